#include "liveheatmap.h"

#include "mapstatestore.h"

#include "areas.h"
#include "coremessages.h"
#include "layerstyles.h"
#include "projectfile.h"
#include "storeselection.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace
{
qint64 nowNs()
{
  return std::chrono::duration_cast<std::chrono::nanoseconds>(
           std::chrono::steady_clock::now().time_since_epoch() )
    .count();
}

//! Takes the incidents that are points and lie far outside the extent out of the list. One whose place is not
//! a point stays wherever its stand-in lies (a county's centroid may be far away): it counts, but is not
//! drawn.
std::vector<tryggkarta::SelectedIncident>
takeOutsidePoints( std::vector<tryggkarta::SelectedIncident> &incidents,
                   const tryggkarta::ProjectExtent &extent )
{
  std::vector<tryggkarta::SelectedIncident> outside;
  auto firstOutside = std::stable_partition( incidents.begin(), incidents.end(),
                                             [&extent]( const tryggkarta::SelectedIncident &i )
                                             { return !i.placesPoint() || extent.contains( i.x, i.y ); } );
  outside.assign( firstOutside, incidents.end() );
  incidents.erase( firstOutside, incidents.end() );
  return outside;
}

//! A round number at or above value (1, 2, 2.5, 5 × 10^n), so legends read well.
double niceCeiling( double value )
{
  if ( !( value > 0 ) )
    return 1;
  const double magnitude = std::pow( 10.0, std::floor( std::log10( value ) ) );
  for ( double step : { 1.0, 2.0, 2.5, 5.0, 10.0 } )
    if ( step * magnitude >= value )
      return step * magnitude;
  return 10 * magnitude;
}
} // namespace

LiveHeatmap::LiveHeatmap( QObject *parent ) : QObject( parent )
{
  mWorker = std::thread( [this] { workerLoop(); } );
}

LiveHeatmap::~LiveHeatmap()
{
  {
    std::lock_guard<std::mutex> lock( mMutex );
    mStop = true;
    mPending.reset();
  }
  mWake.notify_all();
  mWorker.join();
}

QString LiveHeatmap::unitsText()
{
  return tr( "incidents per km² for the period" );
}

void LiveHeatmap::stopWorker( std::unique_lock<std::mutex> &lock )
{
  mPending.reset();
  mIdle.wait( lock, [this] { return !mBusy; } );
  ++mEpoch;
  mAppliedGeneration = mGeneration;
}

QString LiveHeatmap::loadProject( const QString &path, tryggkarta::IncidentStore incidents )
{
  std::unique_lock<std::mutex> lock( mMutex );
  stopWorker( lock );
  mStore = tryggkarta::IncidentStore();
  mObservations.clear();
  mAreas.clear();
  mOutside.clear();
  mProjectExtent.reset();
  mOutsideWarning.clear();
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  if ( !project )
    return CoreMessages::text( project.error() );
  tryggkarta::Selection observationLayer;
  observationLayer.layer = tryggkarta::SelectionLayer::Observations;
  auto observations = tryggkarta::selectIncidents( *project.value(), observationLayer );
  if ( !observations )
    return CoreMessages::text( observations.error() );
  auto areas = tryggkarta::loadAreas( *project.value() );
  if ( areas )
    mAreas = std::move( areas.value() );
  mObservations = std::move( observations.value() );
  auto projectExtent = tryggkarta::projectExtent( *project.value() );
  if ( projectExtent && projectExtent.value() )
    mProjectExtent = *projectExtent.value();
  // The incidents with a point and a time, less the points far outside the project (kept apart and named).
  // One whose place is not a point stays wherever its stand-in lies: it counts, but is not drawn.
  const tryggkarta::IncidentStore &all = incidents;
  std::vector<uint32_t> kept;
  kept.reserve( all.size() );
  for ( size_t row = 0; row < all.size(); ++row )
  {
    if ( !all.selectable( row ) )
      continue;
    if ( mProjectExtent && all.placesPoint( row ) && !mProjectExtent->contains( all.x[row], all.y[row] ) )
      mOutside.push_back( tryggkarta::incidentAt( all, row ) );
    else
      kept.push_back( static_cast<uint32_t>( row ) );
  }
  mStore = kept.size() == all.size() ? std::move( incidents ) : all.subset( kept );
  // Observations far outside are left out of the heatmap as the analyses leave them out (the analyses name
  // them); the warning here is about incidents.
  if ( mProjectExtent )
    tryggkarta::takeOutside( mObservations, *mProjectExtent );
  updateOutsideWarning();
  updateLongestInterval();
  mScaleMaximum = 0;
  mScalePeriodSeconds = 0;
  fitParameters();
  return QString();
}

std::vector<tryggkarta::SelectedIncident> LiveHeatmap::incidents() const
{
  std::vector<tryggkarta::SelectedIncident> all;
  all.reserve( mStore.size() );
  for ( size_t row = 0; row < mStore.size(); ++row )
    all.push_back( tryggkarta::incidentAt( mStore, row ) );
  return all;
}

QString LiveHeatmap::updateIncidents( const QString &path, const std::vector<int64_t> &fids )
{
  if ( fids.empty() )
    return QString();
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  if ( !project )
    return CoreMessages::text( project.error() );
  auto fresh = tryggkarta::readIncidents( *project.value(), fids );
  if ( !fresh )
    return CoreMessages::text( fresh.error() );

  std::unique_lock<std::mutex> lock( mMutex );
  // The worker reads the incidents without the lock while it computes; a pending request may stay (the
  // caller asks for a new heatmap anyway).
  mIdle.wait( lock, [this] { return !mBusy; } );
  std::vector<int64_t> changed = fids;
  std::sort( changed.begin(), changed.end() );
  auto isChanged = [&changed]( const tryggkarta::SelectedIncident &incident )
  { return std::binary_search( changed.begin(), changed.end(), incident.fid ); };
  std::vector<tryggkarta::SelectedIncident> added = std::move( fresh.value() );
  std::vector<tryggkarta::SelectedIncident> outside;
  if ( mProjectExtent )
    outside = takeOutsidePoints( added, *mProjectExtent );
  // A point beyond the heatmap's grid (or the first incident of a project) needs a new grid.
  bool beyondGrid = !mParameters.extent;
  if ( mParameters.extent )
    for ( const tryggkarta::SelectedIncident &incident : added )
      beyondGrid =
        beyondGrid || ( incident.placesPoint() &&
                        ( incident.x < mParameters.extent->xMin || incident.x > mParameters.extent->xMax ||
                          incident.y < mParameters.extent->yMin || incident.y > mParameters.extent->yMax ) );
  // The changed rows out of the store and their new state in, by fid; nothing changes when that fails.
  auto addedStore = tryggkarta::IncidentStore::of( added );
  if ( !addedStore )
    return CoreMessages::text( addedStore.error() );
  if ( const tryggkarta::Status replaced = mStore.replace( changed, addedStore.value() ); !replaced )
    return CoreMessages::text( replaced.error() );
  mOutside.erase( std::remove_if( mOutside.begin(), mOutside.end(), isChanged ), mOutside.end() );
  mOutside.insert( mOutside.end(), outside.begin(), outside.end() );
  std::sort( mOutside.begin(), mOutside.end(), []( const auto &a, const auto &b ) { return a.fid < b.fid; } );
  updateOutsideWarning();
  updateLongestInterval();
  if ( beyondGrid )
  {
    fitParameters();
    // A new grid and radius: a fixed colour scale from the old one no longer fits.
    mScaleMaximum = 0;
    mScalePeriodSeconds = 0;
  }
  return QString();
}

QString LiveHeatmap::updateObservations( const QString &path, const std::vector<int64_t> &fids )
{
  if ( fids.empty() )
    return QString();
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  if ( !project )
    return CoreMessages::text( project.error() );
  auto fresh = tryggkarta::readObservations( *project.value(), fids );
  if ( !fresh )
    return CoreMessages::text( fresh.error() );

  std::unique_lock<std::mutex> lock( mMutex );
  mIdle.wait( lock, [this] { return !mBusy; } );
  std::vector<int64_t> changed = fids;
  std::sort( changed.begin(), changed.end() );
  mObservations.erase(
    std::remove_if( mObservations.begin(), mObservations.end(),
                    [&changed]( const tryggkarta::SelectedIncident &observation )
                    { return std::binary_search( changed.begin(), changed.end(), observation.fid ); } ),
    mObservations.end() );
  std::vector<tryggkarta::SelectedIncident> added = std::move( fresh.value() );
  if ( mProjectExtent )
    tryggkarta::takeOutside( added, *mProjectExtent );
  bool beyondGrid = !mParameters.extent;
  if ( mParameters.extent )
    for ( const tryggkarta::SelectedIncident &observation : added )
      beyondGrid = beyondGrid || observation.x < mParameters.extent->xMin ||
                   observation.x > mParameters.extent->xMax || observation.y < mParameters.extent->yMin ||
                   observation.y > mParameters.extent->yMax;
  const auto middle = mObservations.insert( mObservations.end(), added.begin(), added.end() );
  std::inplace_merge( mObservations.begin(), middle, mObservations.end(),
                      []( const auto &a, const auto &b ) { return a.fid < b.fid; } );
  if ( beyondGrid )
  {
    fitParameters();
    mScaleMaximum = 0;
    mScalePeriodSeconds = 0;
  }
  return QString();
}

void LiveHeatmap::updateLongestInterval()
{
  mLongestInterval = 0;
  for ( size_t row = 0; row < mStore.size(); ++row )
    mLongestInterval = std::max( mLongestInterval, mStore.untilUtc[row] - mStore.fromUtc[row] );
  for ( const tryggkarta::SelectedIncident &incident : mOutside )
    mLongestInterval = std::max( mLongestInterval, incident.untilUtc - incident.fromUtc );
}

void LiveHeatmap::updateOutsideWarning()
{
  mOutsideWarning.clear();
  if ( mOutside.empty() )
    return;
  QStringList fids;
  for ( size_t i = 0; i < std::min<size_t>( mOutside.size(), 5 ); ++i )
    fids << QString::number( mOutside[i].fid );
  if ( mOutside.size() > 5 )
    fids << QStringLiteral( "…" );
  mOutsideWarning = tr( "%n incident(s) lie far outside the municipality and are left out of the heatmap and "
                        "the statistics (fid %1). Check their coordinates.",
                        nullptr, static_cast<int>( mOutside.size() ) )
                      .arg( fids.join( QStringLiteral( ", " ) ) );
}

void LiveHeatmap::fitParameters()
{
  mParameters = tryggkarta::KernelDensityParameters{};
  mParameters.output = tryggkarta::DensityOutput::EventsPerSquareKm;
  mParameters.kernel = tryggkarta::KernelShape::Quartic;
  // The radius from the incidents (from the observations in a project without any), so drawing the
  // observations too keeps the kernel; the grid covers both.
  // Only places that are points: a stack on a municipality's centroid would shrink the radius and stretch the
  // grid.
  bool anyPoint = false;
  for ( size_t row = 0; row < mStore.size() && !anyPoint; ++row )
    anyPoint = mStore.placesPoint( row );
  if ( !anyPoint && mObservations.empty() )
    return;
  std::vector<tryggkarta::WeightedPoint> points;
  points.reserve( anyPoint ? mStore.size() : mObservations.size() );
  std::optional<tryggkarta::MapExtent> extent;
  const auto add = [&]( double x, double y, double weight, bool basis )
  {
    if ( basis )
      points.push_back( { x, y, weight } );
    if ( !extent )
      extent = tryggkarta::MapExtent{ x, y, x, y };
    extent->xMin = std::min( extent->xMin, x );
    extent->yMin = std::min( extent->yMin, y );
    extent->xMax = std::max( extent->xMax, x );
    extent->yMax = std::max( extent->yMax, y );
  };
  for ( size_t row = 0; row < mStore.size(); ++row )
    if ( mStore.placesPoint( row ) )
      add( mStore.x[row], mStore.y[row], mStore.weight[row], anyPoint );
  for ( const tryggkarta::SelectedIncident &observation : mObservations )
    if ( observation.placesPoint() )
      add( observation.x, observation.y, observation.weight, !anyPoint );
  if ( !extent )
    return;
  auto radius = tryggkarta::KernelDensity::defaultRadius( points );
  mParameters.radiusMeters =
    radius ? std::clamp( std::round( radius.value() / 10 ) * 10, 100.0, 1000.0 ) : 300;
  extent->xMin -= mParameters.radiusMeters;
  extent->yMin -= mParameters.radiusMeters;
  extent->xMax += mParameters.radiusMeters;
  extent->yMax += mParameters.radiusMeters;
  const double side = std::max( extent->xMax - extent->xMin, extent->yMax - extent->yMin );
  // At most about 1000 cells a side, in whole multiples of 5 m, never below 10 m.
  mParameters.cellSize = std::max( 10.0, std::ceil( side / 1000 / 5 ) * 5 );
  mParameters.extent = *extent;
}

void LiveHeatmap::clear()
{
  std::unique_lock<std::mutex> lock( mMutex );
  stopWorker( lock );
  mStore = tryggkarta::IncidentStore();
  mObservations.clear();
  mAreas.clear();
  mOutside.clear();
  mProjectExtent.reset();
  mOutsideWarning.clear();
  mLongestInterval = 0;
  mScaleMaximum = 0;
}

QgsRasterLayer *LiveHeatmap::createLayer()
{
  if ( !mLayer )
  {
    mLayer = new QgsRasterLayer( QString(), tr( "Heatmap" ), QStringLiteral( "gdal" ) );
    // A scratch layer that changes with every filter: never part of the saved map state.
    mLayer->setCustomProperty( MapStateStore::sTransientProperty, true );
    mLayer->setOpacity( 0.8 );
  }
  return mLayer;
}

void LiveHeatmap::request( const tryggkarta::Selection &selection )
{
  {
    std::lock_guard<std::mutex> lock( mMutex );
    mPending = Job{ selection, nowNs(), ++mGeneration, mEpoch };
  }
  mWake.notify_all();
}

void LiveHeatmap::computeNow( const tryggkarta::Selection &selection )
{
  Outcome outcome;
  {
    std::unique_lock<std::mutex> lock( mMutex );
    // Not stopWorker: the project stays, only this result replaces what was asked before.
    mPending.reset();
    mIdle.wait( lock, [this] { return !mBusy; } );
    // Holding the lock keeps the worker from starting while this thread uses the raster.
    outcome = compute( Job{ selection, nowNs(), ++mGeneration, mEpoch } );
  }
  apply( outcome );
}

void LiveHeatmap::setFixedScale( bool fixed )
{
  mFixedScale = fixed;
  mScaleMaximum = 0; // refit on the next heatmap; with a fixed scale it then stays
  mScalePeriodSeconds = 0;
}

bool LiveHeatmap::waitUntilIdle( int milliseconds )
{
  const bool onOwnThread = QThread::currentThread() == thread();
  QElapsedTimer timer;
  timer.start();
  int quietChecks = 0;
  while ( timer.elapsed() < milliseconds )
  {
    // Let queued requests (e.g. a filter change waiting in the event loop) and results arrive first.
    if ( onOwnThread )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 5 );
    else
      QThread::msleep( 2 );
    bool idle = false;
    {
      std::lock_guard<std::mutex> lock( mMutex );
      idle = !mPending && !mBusy && mAppliedGeneration == mGeneration;
    }
    quietChecks = idle ? quietChecks + 1 : 0;
    if ( quietChecks >= 3 )
      return true;
  }
  return false;
}

bool LiveHeatmap::isIdle()
{
  std::lock_guard<std::mutex> lock( mMutex );
  return !mPending && !mBusy && mAppliedGeneration == mGeneration;
}

void LiveHeatmap::workerLoop()
{
  std::unique_lock<std::mutex> lock( mMutex );
  while ( true )
  {
    mWake.wait( lock, [this] { return mStop || mPending.has_value(); } );
    if ( mStop )
      return;
    const Job job = *mPending;
    mPending.reset();
    mBusy = true;
    lock.unlock();
    const Outcome outcome = compute( job );
    lock.lock();
    mBusy = false;
    mIdle.notify_all();
    // Hand the result to the GUI thread unless a newer request is already waiting (it will replace it).
    if ( !mPending )
      QMetaObject::invokeMethod(
        this, [this, outcome] { apply( outcome ); }, Qt::QueuedConnection );
    else if ( !outcome.path.isEmpty() )
      QFile::remove( outcome.path );
  }
}

LiveHeatmap::Outcome LiveHeatmap::compute( const Job &job )
{
  Outcome outcome;
  outcome.requestedAtNs = job.requestedAtNs;
  outcome.generation = job.generation;
  outcome.epoch = job.epoch;
  outcome.layer = job.selection.layer;
  if ( job.selection.fromUtc && job.selection.untilUtc )
    outcome.periodSeconds = *job.selection.untilUtc - *job.selection.fromUtc;
  if ( ( mStore.size() == 0 && ( mObservations.empty() || !job.selection.includesObservations() ) ) ||
       !mParameters.extent )
  {
    outcome.error = tr( "The project has no incidents." );
    return outcome;
  }
  const tryggkarta::ProjectArea *area = nullptr;
  if ( job.selection.area )
    for ( const auto &a : mAreas )
      if ( a.name == *job.selection.area || a.code == *job.selection.area )
        area = &a;
  std::vector<tryggkarta::WeightedPoint> points;
  // The incidents (through their columns: a few bytes a row read, not whole records), and the observations
  // when the selection's layer takes them, each filtered by the filters of its own kind. Only places that are
  // points: one known only by its municipality is counted, not drawn.
  auto rows = tryggkarta::filterRows( mStore, job.selection, area );
  if ( !rows )
  {
    outcome.error = CoreMessages::text( rows.error() );
    return outcome;
  }
  points.reserve( rows.value().size() );
  for ( uint32_t row : rows.value() )
    if ( mStore.placesPoint( row ) )
      points.push_back( { mStore.x[row], mStore.y[row], mStore.weight[row] } );
  if ( job.selection.includesObservations() )
  {
    auto selected = tryggkarta::filterIncidents( mObservations, job.selection, area );
    if ( !selected )
    {
      outcome.error = CoreMessages::text( selected.error() );
      return outcome;
    }
    for ( const auto &i : selected.value() )
      if ( i.placesPoint() )
        points.push_back( { i.x, i.y, i.weight } );
  }
  outcome.incidentCount = static_cast<int>( points.size() );
  const tryggkarta::KernelDensity kde( mParameters );
  if ( points.empty() )
  {
    // An empty period is a valid, empty map.
    auto grid =
      kde.grid( { tryggkarta::WeightedPoint{ mParameters.extent->xMin, mParameters.extent->yMin, 1 } } );
    if ( !grid )
    {
      outcome.error = CoreMessages::text( grid.error() );
      return outcome;
    }
    mRaster.grid = grid.value();
    mRaster.values.assign( grid->cellCount(), 0.0 );
  }
  else if ( auto problem = kde.computeInto( points, mRaster ) )
  {
    outcome.error = CoreMessages::text( problem->message );
    return outcome;
  }
  for ( double v : mRaster.values )
    outcome.peak = std::max( outcome.peak, v );

  // A plain Float32 GeoTIFF (no compression: speed matters more than size for a scratch file).
  outcome.path = mDir.filePath( QStringLiteral( "heatmap-%1.tif" ).arg( ++mFileCounter ) );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GTiff" );
  const tryggkarta::AlignedGrid &grid = mRaster.grid;
  GDALDataset *tiff = driver ? driver->Create( outcome.path.toUtf8().constData(), grid.columns, grid.rows, 1,
                                               GDT_Float32, nullptr )
                             : nullptr;
  if ( !tiff )
  {
    outcome.error = tr( "Cannot write the heatmap: %1" ).arg( QString::fromUtf8( CPLGetLastErrorMsg() ) );
    outcome.path.clear();
    return outcome;
  }
  auto transform = grid.geoTransform();
  tiff->SetGeoTransform( transform.data() );
  OGRSpatialReference srs;
  srs.importFromEPSG( 3006 );
  tiff->SetSpatialRef( &srs );
  std::vector<float> values( mRaster.values.begin(), mRaster.values.end() );
  const CPLErr written = tiff->GetRasterBand( 1 )->RasterIO(
    GF_Write, 0, 0, grid.columns, grid.rows, values.data(), grid.columns, grid.rows, GDT_Float32, 0, 0 );
  GDALClose( tiff );
  if ( written != CE_None )
    outcome.error = tr( "Cannot write the heatmap." );
  return outcome;
}

void LiveHeatmap::apply( const Outcome &outcome )
{
  mAppliedGeneration = std::max( mAppliedGeneration, outcome.generation );
  if ( outcome.epoch != mEpoch )
  {
    // Computed for the project that was open before.
    if ( !outcome.path.isEmpty() )
      QFile::remove( outcome.path );
    return;
  }
  if ( !outcome.error.isEmpty() )
  {
    emit failed( outcome.error );
    return;
  }
  if ( !mLayer )
  {
    QFile::remove( outcome.path );
    return;
  }
  const bool refit = !mFixedScale || mScaleMaximum <= 0 || outcome.periodSeconds != mScalePeriodSeconds;
  if ( refit )
  {
    mScaleMaximum = niceCeiling( outcome.peak > 0 ? outcome.peak : 1 );
    mScalePeriodSeconds = outcome.periodSeconds;
  }
  emit aboutToUpdateLayer();
  const QString previous = mShownPath;
  mLayer->setDataSource( outcome.path, mLayer->name(), QStringLiteral( "gdal" ),
                         QgsDataProvider::ProviderOptions() );
  mShownPath = outcome.path;
  mShownLayer = outcome.layer;
  applyRenderer();
  mLayer->triggerRepaint();
  if ( !previous.isEmpty() )
    QFile::remove( previous );
  const double milliseconds = double( nowNs() - outcome.requestedAtNs ) / 1e6;
  emit updated( outcome.incidentCount, outcome.peak, milliseconds );
}

void LiveHeatmap::applyRenderer()
{
  if ( !mLayer || !mLayer->dataProvider() )
    return;
  // Transparent where there is (almost) nothing, then yellow → orange → red → dark red, in real units.
  const double top = mScaleMaximum;
  QList<QgsColorRampShader::ColorRampItem> items;
  const QLocale locale;
  auto label = [&locale]( double value ) { return locale.toString( value, 'f', value < 10 ? 1 : 0 ); };
  items << QgsColorRampShader::ColorRampItem( 0, QColor( 252, 253, 191, 0 ), label( 0 ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.02, QColor( 252, 253, 191, 0 ), QString() );
  items << QgsColorRampShader::ColorRampItem( top * 0.25, QColor( 254, 159, 109, 200 ), label( top * 0.25 ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.5, QColor( 222, 73, 104, 220 ), label( top * 0.5 ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.75, QColor( 140, 41, 129, 235 ), label( top * 0.75 ) );
  items << QgsColorRampShader::ColorRampItem( top, QColor( 59, 15, 112, 245 ),
                                              tr( "%1 or more" ).arg( label( top ) ) );
  auto *ramp = new QgsColorRampShader( 0, top );
  ramp->setColorRampType( QgsColorRampShader::Interpolated );
  ramp->setColorRampItemList( items );
  ramp->setClip( false );
  // The legend lists the steps with their values in real units, not a bar with only its ends.
  QgsColorRampLegendNodeSettings legend;
  legend.setUseContinuousLegend( false );
  ramp->setLegendSettings( new QgsColorRampLegendNodeSettings( legend ) );
  auto *shader = new QgsRasterShader();
  shader->setRasterShaderFunction( ramp );
  auto *renderer = new QgsSingleBandPseudoColorRenderer( mLayer->dataProvider(), 1, shader );
  renderer->setClassificationMin( 0 );
  renderer->setClassificationMax( top );
  mLayer->setRenderer( renderer );
  LayerStyles::useStepLegend( mLayer ); // again: a new data source brings QGIS's default legend back
  mLayer->setName(
    mShownLayer == tryggkarta::SelectionLayer::Incidents
      ? tr( "Heatmap (%1)" ).arg( unitsText() )
      : tr( "Heatmap (%1, with safety-walk observations weighted 3 − rating)" ).arg( unitsText() ) );
}

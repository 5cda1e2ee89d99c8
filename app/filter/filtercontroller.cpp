#include "filtercontroller.h"

#include "docks.h"

#include "analysistext.h"
#include "coremessages.h"
#include "datetimeparser.h"
#include "filterpanel.h"
#include "incidentpointslayer.h"
#include "liveheatmap.h"
#include "mapstatestore.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "reporting.h"
#include "statisticspanel.h"
#include "storeloading.h"
#include "storeselection.h"
#include "stockholmtime.h"
#include "temporal.h"

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QDockWidget>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>
#include <QtConcurrent>

#include <algorithm>
#include <limits>

namespace
{
//! The first and last Stockholm dates the incidents touch (invalid dates when there are none).
void incidentDateRange( const tryggkarta::IncidentStore &incidents, QDate &first, QDate &last )
{
  first = last = QDate();
  if ( incidents.size() == 0 )
    return;
  int64_t from = std::numeric_limits<int64_t>::max();
  int64_t until = std::numeric_limits<int64_t>::min();
  for ( size_t row = 0; row < incidents.size(); ++row )
  {
    from = std::min( from, incidents.fromUtc[row] );
    until = std::max( until, incidents.untilUtc[row] );
  }
  first = StockholmTime::wallClock( from ).date();
  last = StockholmTime::wallClock( until ).date();
}
} // namespace

FilterController::FilterController( ProjectController *projects, QMainWindow *window )
  : QObject( window ), mProjects( projects ), mWindow( window )
{
  mPanel = new FilterPanel( window );
  mPanelDock = Docks::create( window, tr( "Filter" ), QStringLiteral( "FilterDock" ), mPanel, 340 );
  connect( mPanel, &FilterPanel::selectionChanged, this, [this] { apply(); } );

  mStatisticsPanel = new StatisticsPanel( window );
  mStatisticsDock =
    Docks::create( window, tr( "Statistics" ), QStringLiteral( "StatisticsDock" ), mStatisticsPanel, 380 );
  // A hidden panel is brought up to date when it is shown again.
  connect( mStatisticsDock, &QDockWidget::visibilityChanged, this,
           [this]( bool visible )
           {
             if ( visible && mStatisticsStale && !mLoading )
               apply( Apply::Always );
           } );

  mSummary = new QLabel( window );
  mSummary->setObjectName( QStringLiteral( "FilterSummary" ) );
  mSummary->setMinimumWidth( 10 );

  mHeatmap = new LiveHeatmap( this );
  connect( mHeatmap, &LiveHeatmap::aboutToUpdateLayer, this,
           [this] { mDirtyBeforeHeatmap = mProjects->project()->isDirty(); } );
  connect( mHeatmap, &LiveHeatmap::updated, this, &FilterController::onHeatmapUpdated );
  connect( mHeatmap, &LiveHeatmap::failed, this,
           [this]( const QString &text )
           {
             const bool dirty = mProjects->project()->isDirty();
             applyPendingIncidentFilter();
             mProjects->project()->setDirty( dirty );
             emit message( tr( "Heatmap: %1" ).arg( text ), 8000 );
           } );
  connect( mPanel, &FilterPanel::fixedColourScaleChanged, this,
           [this]( bool fixed )
           {
             mHeatmap->setFixedScale( fixed );
             apply( Apply::Always );
           } );

  projects->mapState()->addParticipant( this );
  connect( projects, &ProjectController::opened, this, &FilterController::setProject );
  // The filter, the heatmap and the incident points are complete before the map is first drawn: one render,
  // not one cancelled by the next.
  // A decade of a city's events (millions) is the exception: its first heatmap is made on the worker while
  // the map is drawn, so the window keeps answering.
  connect( projects, &ProjectController::ready, this,
           [this]
           {
             if ( mHeatmap->store().size() < kFirstHeatmapOnWorker )
               return apply( Apply::Now );
             mLoading = false;
             apply( Apply::Always );
           } );
  connect( projects, &ProjectController::closed, this, &FilterController::clear );
  // A category added, renamed, recoloured, hidden or merged: the panel's list and the incidents in memory
  // (a merge moves them) are read again, and the filter applied as it stands.
  connect( projects, &ProjectController::vocabularyChanged, this,
           [this]( const ProjectInfo &info )
           {
             setProject( info );
             apply( Apply::Now );
           } );
}

FilterController::~FilterController()
{
  finishFilterWork(); // it reads the heatmap's incidents
  mProjects->mapState()->removeParticipant( this );
  delete mPanelDock;
  delete mStatisticsDock;
  delete mSummary;
}

void FilterController::setProject( const ProjectInfo &info )
{
  stopFilterWork(); // a result under way is for the incidents before
  mLoading = true;
  mFiltered.clear();
  mAppliedSelection.clear();
  const QString problem = loadIncidents( info.path, mProjects->takeOpenedIncidents( info.path ) );
  if ( !problem.isEmpty() )
    emit message( tr( "The heatmap is not available: %1" ).arg( problem ), 15000 );
  else if ( !mHeatmap->outsideWarning().isEmpty() )
    emit message( mHeatmap->outsideWarning(), 30000 );
  const bool english = mProjects->isEnglish();
  QMap<QString, QString> groupLabels;
  mGroupLabels.clear();
  for ( const CodeLabel &group : info.categoryGroups )
  {
    const QString label = english && !group.labelEn.isEmpty() ? group.labelEn : group.labelSv;
    groupLabels.insert( group.code, label );
    mGroupLabels[group.code.toStdString()] = label.toStdString();
  }
  QDate first, last;
  incidentDateRange( mHeatmap->store(), first, last );
  // The presets start from today in Stockholm, also when the data ends earlier: the panel then says plainly
  // which organisations' newest report is older than the period, rather than moving the period back to the
  // data and hiding that nothing new came in. TRYGGKARTA_TODAY (YYYY-MM-DD) fixes the day for tests and
  // demos.
  QDate today = StockholmTime::now().date();
  const QDate fixedToday = QDate::fromString( qEnvironmentVariable( "TRYGGKARTA_TODAY" ), Qt::ISODate );
  if ( fixedToday.isValid() )
    today = fixedToday;
  mCategories = info.categories;
  mHeatmap->createLayer();
  // The incident points drawn from memory instead of from the GeoPackage (the same layer after a vocabulary
  // change: only its points change).
  QgsVectorLayer *incidents =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "incidents" ) );
  if ( !incidents )
    mPointsLayer.reset();
  else if ( !mPointsLayer || mPointsLayer->sourceLayer() != incidents )
  {
    mPointsLayer.reset(); // the old one goes first: one layer per source
    mPointsLayer = std::make_unique<IncidentPointsLayer>( incidents );
  }
  mPanel->setNewestEvents( tryggkarta::newestEventDates( mHeatmap->store() ) );
  mPanel->setProject( info.categories, groupLabels, info.organisations, first, last, today );
}

QString FilterController::loadIncidents( const QString &path,
                                         std::optional<tryggkarta::IncidentStore> incidents )
{
  // Read here when the project's opening did not (a vocabulary change, the whole file changed): on a worker
  // thread with progress, the window live.
  if ( !incidents )
  {
    StoreLoad load = loadStoreShowingProgress( path, mWindow );
    if ( !load.store )
    {
      stopFilterWork();
      mHeatmap->clear();
      return load.cancelled ? tr( "reading the incidents was cancelled." ) : load.error;
    }
    incidents = std::move( load.store );
  }
  stopFilterWork();
  return mHeatmap->loadProject( path, std::move( *incidents ) );
}

void FilterController::clear()
{
  mLoading = false;
  stopFilterWork(); // a result under way is for the project before
  mHeatmap->clear();
  mFiltered.clear();
  mImprecise = tryggkarta::ImpreciseCounts();
  mPanel->setImpreciseNote( QString() );
  mAppliedSelection.clear();
  mHasPendingIncidentFilter = false;
  mPendingPoints.reset();
  mPointsLayer.reset();
  mSummary->clear();
}

void FilterController::refreshIncidents( const QgsFeatureIds *changed )
{
  QString problem;
  const QString path = mProjects->path();
  if ( changed )
  {
    std::vector<int64_t> fids( changed->begin(), changed->end() );
    std::sort( fids.begin(), fids.end() );
    const QString outsideBefore = mHeatmap->outsideWarning();
    stopFilterWork();
    problem = mHeatmap->updateIncidents( path, fids );
    // An edit that put an incident far outside the municipality (or brought one back) says so.
    if ( problem.isEmpty() && mHeatmap->outsideWarning() != outsideBefore &&
         !mHeatmap->outsideWarning().isEmpty() )
      emit message( mHeatmap->outsideWarning(), 30000 );
    // An organisation typed into the form joins the filter's list at once.
    QStringList organisations;
    const tryggkarta::IncidentStore &store = mHeatmap->store();
    for ( int64_t fid : fids )
      if ( const size_t row = store.rowOf( fid );
           row < store.size() && !store.organisationName( row ).empty() )
        organisations << QString::fromStdString( store.organisationName( row ) );
    mPanel->addOrganisations( organisations );
  }
  else
    problem = loadIncidents( path, std::nullopt );
  if ( !problem.isEmpty() )
    emit message( tr( "The heatmap is not available: %1" ).arg( problem ), 15000 );
  QDate first, last;
  incidentDateRange( mHeatmap->store(), first, last );
  mPanel->setDateRange( first, last );
  mPanel->setNewestEvents( tryggkarta::newestEventDates( mHeatmap->store() ) );
  apply( Apply::Always );
}

void FilterController::refreshObservations( const QgsFeatureIds &changed )
{
  std::vector<int64_t> fids( changed.begin(), changed.end() );
  stopFilterWork();
  const QString problem = mHeatmap->updateObservations( mProjects->path(), fids );
  if ( !problem.isEmpty() )
    emit message( tr( "The heatmap is not available: %1" ).arg( problem ), 15000 );
  if ( mPanel->includeObservations() )
    apply( Apply::Always );
}

std::vector<tryggkarta::SelectedIncident>
FilterController::filteredObservations( const std::vector<std::string> &checklistItems ) const
{
  tryggkarta::Selection selection = mPanel->selection();
  selection.layer = tryggkarta::SelectionLayer::Observations;
  selection.checklistItems = checklistItems;
  auto filtered = tryggkarta::filterIncidents( mHeatmap->observations(), selection, nullptr );
  return filtered ? std::move( filtered.value() ) : std::vector<tryggkarta::SelectedIncident>{};
}

QString FilterController::incidentSubsetSql( const tryggkarta::Selection &selection,
                                             const std::vector<tryggkarta::SelectedIncident> &filtered,
                                             size_t incidentCount, int64_t longestIntervalSeconds,
                                             bool anyImprecise )
{
  // Only places that are points are drawn: a stack on a municipality's centroid is no place.
  const QString pointsOnly = QString::fromStdString( tryggkarta::placesPointSql() );
  if ( filtered.size() == incidentCount )
    return anyImprecise ? pointsOnly : QString();
  // The time-of-week, area and midpoint rules are not plain SQL: then the fids are listed.
  if ( selection.hasTimeOfWeekFilter() || selection.area ||
       selection.intervalRule != tryggkarta::IntervalRule::Overlap )
  {
    QStringList fids;
    fids.reserve( static_cast<int>( filtered.size() ) );
    for ( const tryggkarta::SelectedIncident &incident : filtered )
      if ( incident.placesPoint() )
        fids << QString::number( incident.fid );
    return fids.isEmpty() ? QStringLiteral( "fid < 0" )
                          : QStringLiteral( "fid IN (%1)" ).arg( fids.join( QLatin1Char( ',' ) ) );
  }
  QStringList terms;
  if ( anyImprecise )
    terms << pointsOnly;
  auto quoted = []( const std::string &text )
  {
    return QStringLiteral( "'%1'" ).arg(
      QString::fromStdString( text ).replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) ) );
  };
  auto inList = [&]( const char *column, const std::vector<std::string> &values )
  {
    QStringList items;
    for ( const std::string &v : values )
      items << quoted( v );
    terms << QStringLiteral( "%1 IN (%2)" ).arg( QLatin1String( column ), items.join( QLatin1Char( ',' ) ) );
  };
  if ( selection.untilUtc )
    terms << QStringLiteral( "occurred_from < %1" )
               .arg( quoted( tryggkarta::formatUtcIso( *selection.untilUtc ) ) );
  if ( selection.fromUtc )
  {
    terms << QStringLiteral( "coalesce(occurred_until, occurred_from) >= %1" )
               .arg( quoted( tryggkarta::formatUtcIso( *selection.fromUtc ) ) );
    // The same condition in a form the index on occurred_from can take: no interval in the project is longer
    // than the longest one. Without it SQLite walks the index over everything before the period's end.
    terms << QStringLiteral( "occurred_from >= %1" )
               .arg( quoted( tryggkarta::formatUtcIso( *selection.fromUtc - longestIntervalSeconds ) ) );
  }
  if ( !selection.categories.empty() )
    inList( "category", selection.categories );
  if ( !selection.sources.empty() )
    inList( "source", selection.sources );
  if ( !selection.organisations.empty() )
    inList( "organisation", selection.organisations );
  return terms.join( QStringLiteral( " AND " ) );
}

struct FilterController::FilterWork
{
  std::vector<tryggkarta::SelectedIncident> filtered;
  tryggkarta::ImpreciseCounts imprecise;
  bool anyImprecise = false;
  std::map<std::string, size_t> counts;
  std::shared_ptr<IncidentPoints> points;
  std::optional<QgsFeatureIds> shown;
  size_t incidentCount = 0;
  bool statistics = false;
  std::optional<tryggkarta::Period> beforePeriod;
  std::vector<tryggkarta::SelectedIncident> before;
};

FilterController::FilterWork
FilterController::workOut( const tryggkarta::IncidentStore &columns,
                           const std::vector<tryggkarta::SelectedIncident> &outside,
                           const tryggkarta::Selection &selection, bool statistics )
{
  FilterWork work;
  const tryggkarta::ProjectArea *area = nullptr;
  work.incidentCount = columns.size();
  // The incidents only (the heatmap draws the observations itself when the layer takes them): the map's
  // points, the counts and the statistics are the incidents'.
  // Filtered through the columns (a few bytes a row), only the incidents taken copied.
  auto filtered = tryggkarta::filterRows( columns, selection, area );
  work.filtered = filtered ? tryggkarta::incidentsAt( columns, filtered.value() )
                           : std::vector<tryggkarta::SelectedIncident>{};
  // Those whose place is not a point stay in the counts, the statistics and the table; the map and the
  // heatmap leave them out and say so.
  for ( const tryggkarta::SelectedIncident &incident : work.filtered )
    work.imprecise.add( incident.precision );
  work.anyImprecise = columns.impreciseCount() > 0;

  // Counts per category in the period, whatever categories are ticked.
  tryggkarta::Selection anyCategory = selection;
  anyCategory.categories.clear();
  if ( auto inPeriod = tryggkarta::filterRows( columns, anyCategory, area ) )
  {
    std::vector<size_t> perCategory( columns.categories.size(), 0 );
    for ( uint32_t row : inPeriod.value() )
      ++perCategory[columns.category[row]];
    for ( size_t i = 0; i < perCategory.size(); ++i )
      if ( perCategory[i] > 0 )
        work.counts[columns.categories[i]] = perCategory[i];
  }

  // The same points for the layer that draws them from memory.
  work.points = std::make_shared<IncidentPoints>();
  for ( const tryggkarta::SelectedIncident &incident : work.filtered )
    if ( incident.placesPoint() )
      work.points->add( incident.fid, incident.x, incident.y, incident.category );
  // Those far outside the project are left out of the counts and the heatmap, but drawn where they are (as
  // the GeoPackage layer would), so that the warning about them can be followed on the map.
  if ( auto far = tryggkarta::filterIncidents( outside, selection, area ) )
    for ( const tryggkarta::SelectedIncident &incident : far.value() )
      work.points->add( incident.fid, incident.x, incident.y, incident.category );
  // The incidents the filter selects (those whose place is not a point too: the table lists them), or nothing
  // when it selects all.
  if ( work.filtered.size() != columns.size() )
  {
    work.shown.emplace();
    work.shown->reserve( static_cast<int>( work.filtered.size() ) );
    for ( const tryggkarta::SelectedIncident &incident : work.filtered )
      work.shown->insert( incident.fid );
  }

  // The period before, for the statistics.
  work.statistics = statistics;
  if ( statistics && selection.fromUtc && selection.untilUtc )
    if ( auto before = tryggkarta::previousPeriod( *selection.fromUtc, *selection.untilUtc ) )
    {
      work.beforePeriod = before.value();
      tryggkarta::Selection earlier = selection;
      earlier.fromUtc = work.beforePeriod->fromUtc;
      earlier.untilUtc = work.beforePeriod->untilUtc;
      if ( auto previous = tryggkarta::filterRows( columns, earlier, area ) )
        work.before = tryggkarta::incidentsAt( columns, previous.value() );
    }
  return work;
}

void FilterController::finishFilterWork()
{
  for ( QFuture<void> &work : mFilterWorks )
    work.waitForFinished();
  mFilterWorks.clear();
}

void FilterController::stopFilterWork()
{
  finishFilterWork();
  ++mFilterGeneration; // what they worked out is for the incidents as they were
  mApplying = false;
}

bool FilterController::waitUntilApplied( int milliseconds )
{
  QElapsedTimer timer;
  timer.start();
  while ( mApplying && timer.elapsed() < milliseconds )
    QCoreApplication::processEvents( QEventLoop::AllEvents, 5 );
  return !mApplying;
}

void FilterController::apply( Apply how )
{
  if ( !mProjects->isOpen() )
    return;
  if ( how == Apply::Now )
    mLoading = false;
  const tryggkarta::Selection selection = mPanel->selection();
  const std::string selectionJson = selection.toJson();
  if ( how == Apply::IfChanged && selectionJson == mAppliedSelection )
    return;
  mAppliedSelection = selectionJson;
  if ( how != Apply::Now )
    mHeatmap->request( selection );
  const bool statistics = !mStatisticsDock->isHidden();
  const int generation = ++mFilterGeneration;
  const tryggkarta::IncidentStore &columns = mHeatmap->store();
  if ( how == Apply::Now || columns.size() < mFilterOnWorkerFrom )
  {
    mApplying = false; // a worker's result still to come is thrown away (older number)
    show( selection, workOut( columns, mHeatmap->outside(), selection, statistics ), how );
    return;
  }
  // Millions of incidents: worked out on a worker thread, which only reads them (they change only through
  // this controller, which waits for it first: finishFilterWork). A newer filter change makes this one's
  // result stale; it is dropped when it comes.
  // Earlier workers only read: they are not waited for (their results are dropped), only pruned.
  mFilterWorks.erase( std::remove_if( mFilterWorks.begin(), mFilterWorks.end(),
                                      []( const QFuture<void> &work ) { return work.isFinished(); } ),
                      mFilterWorks.end() );
  mApplying = true;
  auto result = std::make_shared<FilterWork>();
  const std::vector<tryggkarta::SelectedIncident> *outside = &mHeatmap->outside();
  auto *watcher = new QFutureWatcher<void>( this );
  connect( watcher, &QFutureWatcher<void>::finished, this,
           [this, watcher, result, selection, generation, how]
           {
             watcher->deleteLater();
             if ( generation != mFilterGeneration || !mProjects->isOpen() )
               return;
             mApplying = false;
             show( selection, std::move( *result ), how );
             // The heatmap may have come first: its redraw then did not carry these points. A filter is no
             // change to the project (the subset string would mark it).
             if ( mHeatmap->isIdle() )
             {
               const bool dirty = mProjects->project()->isDirty();
               applyPendingIncidentFilter();
               mProjects->project()->setDirty( dirty );
             }
           } );
  const QFuture<void> work =
    QtConcurrent::run( [&columns, outside, selection, statistics, result]
                       { *result = workOut( columns, *outside, selection, statistics ); } );
  mFilterWorks << work;
  watcher->setFuture( work );
}

void FilterController::show( const tryggkarta::Selection &selection, FilterWork &&work, Apply how )
{
  mFiltered = std::move( work.filtered );
  mImprecise = work.imprecise;
  QStringList impreciseLines;
  for ( const tryggkarta::Message &why : tryggkarta::describeImprecise( mImprecise ) )
    impreciseLines << CoreMessages::text( why );
  mPanel->setImpreciseNote( impreciseLines.join( QLatin1Char( '\n' ) ) );
  mPanel->setCategoryCounts( work.counts );

  // The incident points on the map: the same incidents, applied together with the new heatmap so the
  // canvas redraws once.
  mPendingIncidentFilter = incidentSubsetSql( selection, mFiltered, work.incidentCount,
                                              mHeatmap->longestIntervalSeconds(), work.anyImprecise );
  mPendingPoints = std::move( work.points );
  mHasPendingIncidentFilter = true;
  emit applied( work.shown );

  // The statistics: this period against the one before it, with the same filter. A hidden panel is brought
  // up to date when it is shown again.
  mStatisticsStale = !work.statistics || mStatisticsDock->isHidden();
  // Shown while the worker made the rest without it: once more, with it.
  if ( !work.statistics && !mStatisticsDock->isHidden() )
    QTimer::singleShot( 0, this, [this] { apply( Apply::Always ); } );
  if ( !mStatisticsStale )
  {
    StatisticsInput input;
    input.current = mFiltered;
    // Without a whole period (e.g. the end before the start) the panel says the period is empty.
    input.currentPeriod = selection.fromUtc && selection.untilUtc
                            ? tryggkarta::Period{ *selection.fromUtc, *selection.untilUtc }
                            : tryggkarta::Period{ 0, 0 };
    if ( !selection.fromUtc || !selection.untilUtc )
      input.current.clear();
    else if ( work.beforePeriod )
    {
      input.beforePeriod = *work.beforePeriod;
      input.before = std::move( work.before );
    }
    input.categories = mCategories;
    for ( const tryggkarta::ProjectArea &a : mHeatmap->areas() )
      if ( a.kind == "est_area" )
        input.areas.push_back( a );
    input.groupLabels = mGroupLabels;
    mStatisticsPanel->setData( input );
  }
  // In a label of its own: warnings shown in the status bar stay until their time is up, and this comes back.
  mSummary->setText( tr( "%n incident(s) in the filter: %1", nullptr, static_cast<int>( mFiltered.size() ) )
                       .arg( AnalysisText::describeSelection( selection, mProjects->categoryLabels() ) ) );
  if ( selection.includesObservations() )
    mSummary->setText( mSummary->text() + QLatin1Char( ' ' ) +
                       tr( "The heatmap also counts %n observation(s).", nullptr,
                           static_cast<int>( filteredObservations( selection.checklistItems ).size() ) ) );
  // The heatmap now, with the incident filter set with it (onHeatmapUpdated), before the map is drawn.
  if ( how == Apply::Now )
    mHeatmap->computeNow( selection );
}

void FilterController::applyPendingIncidentFilter()
{
  if ( !mHasPendingIncidentFilter )
    return;
  mHasPendingIncidentFilter = false;
  if ( QgsVectorLayer *incidents =
         ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "incidents" ) ) )
    if ( incidents->subsetString() != mPendingIncidentFilter )
      incidents->setSubsetString( mPendingIncidentFilter );
  if ( mPointsLayer && mPendingPoints )
    mPointsLayer->setPoints( std::move( mPendingPoints ) );
  mPendingPoints.reset();
}

void FilterController::onHeatmapUpdated()
{
  applyPendingIncidentFilter();
  QgsProject *project = mProjects->project();
  QgsRasterLayer *layer = mHeatmap->layer();
  if ( layer && !project->mapLayer( layer->id() ) && layer->isValid() )
  {
    // Into the situational picture, below the points and above the areas.
    project->addMapLayer( layer, false );
    QgsLayerTreeGroup *group =
      ProjectLayers::groupOfKind( project->layerTreeRoot(), QStringLiteral( "situation" ) );
    if ( !group )
      group = project->layerTreeRoot();
    group->insertLayer( std::max( 0, group->children().size() - 1 ), layer );
  }
  // The layers changed (heatmap source, incident filter) have asked for a repaint; the cache serves the rest.
  // Neither change is one to save: the filter that caused them is tracked on its own.
  if ( !mDirtyBeforeHeatmap )
    project->setDirty( false );
}

void FilterController::writeMapState( QgsProject *project )
{
  const tryggkarta::Selection selection = mPanel->selection();
  project->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/from" ),
                       mPanel->periodFrom().toString( Qt::ISODate ) );
  project->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/until" ),
                       mPanel->periodUntil().toString( Qt::ISODate ) );
  QStringList categories;
  for ( const std::string &code : selection.categories )
    categories << QString::fromStdString( code );
  project->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/categories" ), categories );
  project->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/observations" ),
                       mPanel->includeObservations() );
}

QStringList FilterController::readMapState( QgsProject &saved )
{
  const QDate from = QDate::fromString(
    saved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/from" ) ), Qt::ISODate );
  const QDate until = QDate::fromString(
    saved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/until" ) ), Qt::ISODate );
  const QStringList categories =
    saved.readListEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/categories" ) );
  if ( from.isValid() && until.isValid() )
    mPanel->setPeriod( from, until );
  if ( !categories.isEmpty() )
    mPanel->setCategoriesChecked( categories );
  mPanel->setIncludeObservations(
    saved.readBoolEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/observations" ), false ) );
  return {};
}

QString FilterController::mapStateKey() const
{
  QStringList categories;
  for ( const std::string &code : mPanel->selection().categories )
    categories << QString::fromStdString( code );
  return QStringLiteral( "%1|%2|%3%4" )
    .arg( mPanel->periodFrom().toString( Qt::ISODate ), mPanel->periodUntil().toString( Qt::ISODate ),
          categories.join( QLatin1Char( ',' ) ),
          mPanel->includeObservations() ? QStringLiteral( "|observations" ) : QString() );
}

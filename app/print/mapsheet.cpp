#include "mapsheet.h"

#include "analysisrun.h"
#include "areas.h"
#include "layerstyles.h"
#include "projectfile.h"
#include "publicmode.h"
#include "results.h"
#include "selection.h"

#include <qgsgraduatedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrasterbandstats.h>
#include <qgsrasterlayer.h>
#include <qgsrendererrange.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <set>

using namespace tryggkarta;

namespace
{
//! The tables of events: never on a public map.
bool isEventTable( const QString &table )
{
  return table == QLatin1String( "incidents" ) || table == QLatin1String( "observations" ) ||
         table == QLatin1String( "safety_walks" );
}

//! A round cell size for a heatmap of this radius: about a tenth, at least 10 m.
double heatmapCell( double radius )
{
  const double raw = std::max( 10.0, radius / 10 );
  for ( double step : { 10.0, 20.0, 25.0, 50.0, 100.0, 200.0, 250.0, 500.0 } )
    if ( raw <= step )
      return step;
  return 1000;
}

//! A graduated style for published cells: counts in five classes of one hue, the lowest class at k.
void applyPublicGridStyle( QgsVectorLayer *layer, int64_t maximum, int minCount )
{
  const QColor colours[] = { QColor( "#fde0dd" ), QColor( "#fa9fb5" ), QColor( "#f768a1" ),
                             QColor( "#c51b8a" ), QColor( "#7a0177" ) };
  QgsRangeList ranges;
  const double top = std::max<double>( maximum, minCount + 4 );
  const double step = ( top - minCount + 1 ) / 5.0;
  double lower = minCount;
  for ( int i = 0; i < 5; ++i )
  {
    const double upper = i == 4 ? top : std::floor( minCount + step * ( i + 1 ) - 1 );
    if ( upper < lower )
      continue;
    QVariantMap properties{ { QStringLiteral( "color" ), colours[i].name() },
                            { QStringLiteral( "outline_color" ), QStringLiteral( "255,255,255,180" ) },
                            { QStringLiteral( "outline_width" ), QStringLiteral( "0.1" ) } };
    const QString label = lower == upper
                            ? QLocale().toString( lower, 'f', 0 )
                            : QStringLiteral( "%1–%2" ).arg( lower, 0, 'f', 0 ).arg( upper, 0, 'f', 0 );
    ranges << QgsRendererRange( lower - 0.5, upper + 0.5, QgsFillSymbol::createSimple( properties ), label );
    lower = upper + 1;
  }
  auto *renderer = new QgsGraduatedSymbolRenderer( QStringLiteral( "count" ), ranges );
  layer->setRenderer( renderer );
  layer->setOpacity( 0.85 );
}

QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

MapSheet::~MapSheet()
{
  // Layers first: they read files in the temporary folder.
  if ( mProject )
    mProject->removeAllMapLayers();
}

Expected<std::unique_ptr<MapSheet>> MapSheet::open( const QString &path )
{
  Expected<ProjectInfo> info = ProjectLayers::readProjectInfo( path );
  if ( !info )
    return Error( info.error() );
  auto file = ProjectFile::open( path.toStdString(), true );
  if ( !file )
    return Error( file.error() );
  if ( Status intact = ( *file )->checkIntact(); !intact )
    return Error( intact.error() );
  std::unique_ptr<MapSheet> sheet( new MapSheet );
  sheet->mInfo = *info;
  sheet->mFile = std::move( *file );
  sheet->mProject = std::make_unique<QgsProject>();
  const LoadResult loaded = ProjectLayers::load( sheet->mProject.get(), sheet->mInfo, false );
  if ( !loaded.error.isEmpty() )
    return Error( MessageCode::ProjectReadFailed, loaded.error.toStdString() );
  return sheet;
}

QList<QgsMapLayer *> MapSheet::backgroundLayers() const
{
  QList<QgsMapLayer *> layers;
  const QgsLayerTree *root = mProject->layerTreeRoot();
  for ( QgsMapLayer *layer : root->layerOrder() )
  {
    const QString table = layer->customProperty( ProjectLayers::sTableProperty ).toString();
    const QgsLayerTreeLayer *node = root->findLayer( layer );
    if ( table.isEmpty() || isEventTable( table ) || !node || !node->isVisible() )
      continue;
    layers << layer;
  }
  return layers;
}

Status MapSheet::prepare( MapContent &content, PrintMapOptions &options )
{
  for ( QgsMapLayer *layer : std::as_const( mMainLayers ) )
    mProject->removeMapLayer( layer );
  mMainLayers.clear();
  ProjectFile &file = *mFile;
  const int epsg = file.projectSrsId();

  std::optional<ProjectArea> area;
  if ( content.selection.area )
  {
    auto found = findArea( file, *content.selection.area );
    if ( !found )
      return Error( MessageCode::ReportUnknownArea, *content.selection.area );
    area = *found;
    content.areaName = found->name;
  }
  auto incidents = selectIncidents( file, content.selection );
  if ( !incidents )
    return Error( incidents.error() );
  // Only places that are points are drawn, aggregated or analysed; the sheet says how many others there are.
  const ImpreciseCounts imprecise = takeImprecise( *incidents );
  if ( incidents->empty() )
    return imprecise.total() > 0
             ? Error( MessageCode::ReportOnlyImprecise, periodText( content ), imprecise.total() )
             : Error( MessageCode::ReportNoEvents, periodText( content ) );

  const PublishRules rules = publishRules( file );
  content.minCount = rules.minCount;
  content.method = MapMethod();
  content.method.events = static_cast<int64_t>( incidents->size() );
  content.method.impreciseLeftOut = imprecise.total();
  const QString folder = mDir.path();
  const QString stem = QDir( folder ).filePath( QStringLiteral( "sheet-%1" ).arg( ++mCounter ) );
  QString units;

  auto addRaster = [&]( const DensityRaster &raster, const QString &name ) -> Status
  {
    const std::string tif = ( stem + QStringLiteral( ".tif" ) ).toStdString();
    const Status written =
      writeGeoTiff( tif, raster.grid, epsg, { RasterBand{ "density", &raster.values } }, {} );
    if ( !written )
      return written;
    auto *layer = new QgsRasterLayer( QString::fromStdString( tif ), name, QStringLiteral( "gdal" ) );
    if ( !layer->isValid() )
    {
      delete layer;
      return Error( MessageCode::ReportWriteFailed, tif, std::string( "QGIS cannot read the heatmap" ) );
    }
    const double peak =
      raster.values.empty() ? 0 : *std::max_element( raster.values.begin(), raster.values.end() );
    LayerStyles::applyDensityStyle( layer, peak );
    mMainLayers << layer;
    return Done();
  };
  auto addVector = [&]( const QString &path, const QString &layerName,
                        const QString &name ) -> QgsVectorLayer *
  {
    QgsVectorLayer::LayerOptions layerOptions( ( QgsCoordinateTransformContext() ) );
    layerOptions.loadDefaultStyle = false;
    auto *layer = new QgsVectorLayer( path + QStringLiteral( "|layername=" ) + layerName, name,
                                      QStringLiteral( "ogr" ), layerOptions );
    if ( !layer->isValid() )
    {
      delete layer;
      return nullptr;
    }
    mMainLayers << layer;
    return layer;
  };

  //! The tables of an analysis written to a GeoPackage, its main table as a layer.
  auto addTables = [&]( const AnalysisOutput &output, const QString &name ) -> Expected<QgsVectorLayer *>
  {
    const std::string gpkg = ( stem + QStringLiteral( ".gpkg" ) ).toStdString();
    std::vector<std::pair<std::string, const ResultTable *>> tables;
    for ( const OutputTable &table : output.tables )
      tables.emplace_back( table.fileLayerName, &table.table );
    if ( tables.empty() )
      return Error( MessageCode::ReportWriteFailed, gpkg, std::string( "the analysis made no table" ) );
    if ( Status written = writeTablesToFile( gpkg, epsg, tables, {} ); !written )
      return Error( written.error() );
    QgsVectorLayer *layer = addVector( text( gpkg ), text( tables.front().first ), name );
    if ( !layer )
      return Error( MessageCode::ReportWriteFailed, gpkg, "QGIS cannot read " + name.toStdString() );
    return layer;
  };

  const bool aggregated = content.publicMode && content.shows != MapShows::Heatmap;
  if ( content.publicMode )
  {
    auto grid = aggregateToGrid( *incidents, rules.minCellMeters, rules );
    if ( !grid )
      return Error( grid.error() );
    content.method.cellMeters = grid->grid.cellSize;
    content.method.events = grid->shownEvents;
    if ( grid->cells.empty() )
      return Error( MessageCode::PublishNothingToShow,
                    static_cast<int64_t>( std::lround( grid->grid.cellSize ) ), rules.minCount,
                    periodText( content ) );
    if ( aggregated )
    {
      const std::string gpkg = ( stem + QStringLiteral( ".gpkg" ) ).toStdString();
      const Status written = writePublicGrid( gpkg, *grid, epsg );
      if ( !written )
        return written;
      int64_t maximum = 0;
      for ( const PublicCell &cell : grid->cells )
        maximum = std::max( maximum, cell.count );
      // writePublicGrid names the layer after the file.
      QgsVectorLayer *layer =
        addVector( text( gpkg ), QFileInfo( text( gpkg ) ).completeBaseName(), tr( "Events per cell" ) );
      if ( !layer )
        return Error( MessageCode::ReportWriteFailed, gpkg, std::string( "QGIS cannot read the cells" ) );
      applyPublicGridStyle( layer, maximum, rules.minCount );
    }
    else
    {
      auto radius = defaultKernelRadius( *incidents );
      const double wanted = radius ? *radius : rules.minRadiusMeters;
      auto heatmap = publicHeatmap( *grid, wanted, rules.minCellMeters, rules );
      if ( !heatmap )
        return Error( heatmap.error() );
      DensityRaster raster;
      raster.grid = heatmap->grid;
      raster.values = heatmap->values;
      content.method.cellMeters = heatmap->grid.cellSize;
      content.method.radiusMeters = heatmap->radiusMeters; // never printed: methodText leaves it out
      units = tr( "events per km² (smoothed from cells)" );
      if ( Status added = addRaster( raster, tr( "Density" ) ); !added )
        return added;
    }
  }
  else
  {
    switch ( content.shows )
    {
    case MapShows::Heatmap:
    {
      auto radius = defaultKernelRadius( *incidents );
      KernelDensitySettings settings;
      settings.radiusMeters = radius ? std::clamp( *radius, 100.0, 2000.0 ) : 300.0;
      settings.cellSizeMeters = heatmapCell( *settings.radiusMeters );
      auto run = runKernelDensity( file, content.selection, *incidents, settings );
      if ( !run )
        return Error( run.error() );
      content.method.kernel = kernelShapeName( settings.kernel );
      content.method.radiusMeters = run->parameters.radiusMeters;
      content.method.cellMeters = run->parameters.cellSize;
      units = tr( "events per km² for the period" );
      if ( Status added = addRaster( *run->output.raster, tr( "Density" ) ); !added )
        return added;
      break;
    }
    case MapShows::HotSpots:
    {
      HotSpotSettings settings;
      settings.cellSizeMeters = 200;
      settings.distanceBandMeters = 400;
      auto run = runHotSpots( file, content.selection, *incidents, settings );
      if ( !run )
        return Error( run.error() );
      content.method.cellMeters = settings.cellSizeMeters;
      content.method.neighbourhoodMeters = *settings.distanceBandMeters;
      content.method.fdr = true;
      auto layer = addTables( run->output, tr( "Hot spots (Gi*)" ) );
      if ( !layer )
        return Error( layer.error() );
      LayerStyles::applyHotSpotStyle( *layer );
      break;
    }
    case MapShows::Clusters:
    {
      ClusterSettings settings;
      settings.epsMeters = 100;
      settings.minPoints = 5;
      auto run = runClusters( file, content.selection, *incidents, settings );
      if ( !run )
        return Error( run.error() );
      content.method.epsMeters = settings.epsMeters;
      content.method.minPoints = settings.minPoints;
      auto layer = addTables( run->output, tr( "Clusters" ) );
      if ( !layer )
        return Error( layer.error() );
      LayerStyles::applyClusterStyle( *layer );
      break;
    }
    case MapShows::Incidents:
      break;
    }
  }

  // The layers, top first: the main layer, the events when shown, the areas and the base map.
  QList<QgsMapLayer *> layers = mMainLayers;
  for ( QgsMapLayer *layer : std::as_const( mMainLayers ) )
    mProject->addMapLayer( layer, false );
  if ( content.shows == MapShows::Incidents && !content.publicMode )
    if ( QgsVectorLayer *events =
           ProjectLayers::layerForTable( mProject.get(), QStringLiteral( "incidents" ) ) )
    {
      QStringList fids;
      for ( const SelectedIncident &incident : *incidents )
        if ( incident.table == RecordTable::Incidents ) // observations' fids are not the incident layer's
          fids << QString::number( incident.fid );
      events->setSubsetString( QStringLiteral( "fid IN (%1)" ).arg( fids.join( QLatin1Char( ',' ) ) ) );
      layers << events;
    }
  layers << backgroundLayers();
  options.layers = layers;
  options.crs = mProject->crs();
  if ( area )
  {
    const double margin =
      std::max( area->envelope.maxX - area->envelope.minX, area->envelope.maxY - area->envelope.minY ) * 0.08;
    options.extent = QgsRectangle( area->envelope.minX - margin, area->envelope.minY - margin,
                                   area->envelope.maxX + margin, area->envelope.maxY + margin );
  }
  else
    options.extent = ProjectLayers::initialExtent( mProject.get() );

  // The texts.
  const CategoryLabels labels = categoryLabelsSv( file );
  content.organisation = projectOrganisation( file );
  content.syntheticData = file.holdsSyntheticData();
  std::set<std::string> sources;
  for ( const SelectedIncident &incident : *incidents )
    sources.insert( incident.source );
  options.title = options.title.isEmpty() ? text( mapTitle( content, labels ) ) : options.title;
  options.periodText = text( periodLine( content ) );
  options.filterText = text( filterText( content.selection, labels ) );
  options.methodText = text( methodText( content ) );
  options.sourcesText =
    text( sourcesText( std::vector<std::string>( sources.begin(), sources.end() ), content.extractedAtUtc ) );
  options.classification = text( classificationText( content.publicMode, content.minCount ) );
  options.organisation = text( content.organisation );
  options.note = text( syntheticNote( content.syntheticData ) );
  options.heatmapUnits = units;
  options.publicMode = content.publicMode;
  return Done();
}

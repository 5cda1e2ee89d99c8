// Screenshots for review: run under Xvfb with TRYGGKARTA_SCREENSHOT_DIR set, e.g.
//   TRYGGKARTA_SCREENSHOT_DIR=/tmp/shots xvfb-run -a -s "-screen 0 1600x1000x24"
//   tests/gui/tryggkarta_gui_tests "[screenshot]"
// Hidden from normal runs (tag [.]).

#include "guitestutil.h"
#include "identifytool.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "filtercontroller.h"
#include "projectlock.h"
#include "recentprojects.h"
#include "welcomepage.h"

#include <catch2/catch.hpp>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QScreen>
#include <QTreeWidget>
#include <QWindow>

TEST_CASE( "screenshots of the main window with the demo open", "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() ); // run by its ctest entry under Xvfb
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1500, 920 );
  window.show();
  // First the welcome page, with the demo among the recent projects.
  RecentProjects::add( demo.path() );
  window.welcomePage()->refresh();
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-welcome.png" ) ) );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-main.png" ) ) );

  // Identify an incident near the centre, zoomed in: the street level of the base map and the results panel.
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const QgsPointXY centre = window.mapCanvas()->extent().center();
  QgsFeature feature;
  QgsFeatureRequest request;
  request.setFilterRect(
    QgsRectangle( centre.x() - 300, centre.y() - 300, centre.x() + 300, centre.y() + 300 ) );
  request.setLimit( 1 );
  if ( incidents->getFeatures( request ).nextFeature( feature ) )
  {
    const QgsPointXY point = feature.geometry().asPoint();
    window.mapCanvas()->setExtent(
      QgsRectangle( point.x() - 450, point.y() - 300, point.x() + 450, point.y() + 300 ) );
    REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
    const QgsPointXY pixel = window.mapCanvas()->getCoordinateTransform()->transform( point );
    window.map()->tools()->identifyTool()->identifyAndReport(
      QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
    REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
    CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-identify.png" ) ) );
  }

  const QString csv = guitest::writeTextFile(
    demo.file( QStringLiteral( "vecka47.csv" ) ),
    QString::fromUtf8( "datum;tid;kategori;x;y;beskrivning\n"
                       "2026-11-20;21:30;Klotter;449800;6575200;Klotter på busskuren\n"
                       "2026-11-21;22:10;Glaskross;450100;6575400;Krossad ruta\n"
                       "2026-11-21;23:00;Klotter;;;Saknar plats\n" ) );
  ImportDialog dialog( csv, &window );
  dialog.show();
  CHECK( guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-import.png" ) ) );
  dialog.hide();

  const ImportOutcome outcome = ImportWorker::run( demo.path(), csv, dialog.options(), {} );
  REQUIRE( outcome.ok );
  ImportResultDialog result( outcome, &window );
  result.show();
  CHECK( guitest::saveScreenshot( &result, QStringLiteral( "tryggkarta-import-result.png" ) ) );
}

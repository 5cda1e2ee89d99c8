// The map's part of the status bar: the cursor's coordinates, the scale that follows and sets the map, and
// the coordinate system.

#include "guitestutil.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "projectcontroller.h"

#include <catch2/catch.hpp>

#include <qgsmapcanvas.h>
#include <qgsmaptopixel.h>
#include <qgsscalecombobox.h>

#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QtTest/QTest>

TEST_CASE( "the status bar shows the cursor's coordinates, the map's scale and its coordinate system",
           "[mapcontroller]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  window.resize( 1200, 800 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  QgsMapCanvas *canvas = window.mapCanvas();
  REQUIRE( guitest::waitForCanvasRender( canvas ) );

  auto *coordinates = window.findChild<QLabel *>( QStringLiteral( "CoordinatesLabel" ) );
  auto *scale = window.findChild<QgsScaleComboBox *>( QStringLiteral( "ScaleCombo" ) );
  auto *crs = window.findChild<QLabel *>( QStringLiteral( "CrsLabel" ) );
  REQUIRE( coordinates );
  REQUIRE( scale );
  REQUIRE( crs );
  CHECK( coordinates->isVisible() );
  CHECK( crs->text() == QStringLiteral( "SWEREF99 TM (EPSG:3006)" ) );

  // The mouse over the map: northing and easting of that point in whole metres, as Swedes write numbers.
  const QPoint pixel( canvas->width() / 3, canvas->height() / 4 );
  QTest::mouseMove( canvas->viewport(), pixel );
  QMouseEvent move( QEvent::MouseMove, pixel, Qt::NoButton, Qt::NoButton, Qt::NoModifier );
  QCoreApplication::sendEvent( canvas->viewport(), &move );
  const QgsPointXY point = canvas->getCoordinateTransform()->toMapCoordinates( pixel );
  const QLocale swedish( QLocale::Swedish, QLocale::Sweden );
  CHECK( coordinates->text() ==
         QStringLiteral( "N %1  E %2 m" )
           .arg( swedish.toString( qRound64( point.y() ) ), swedish.toString( qRound64( point.x() ) ) ) );
  CHECK( point.y() > 6500000 ); // SWEREF 99 TM northings in Värmland
  CHECK( point.x() > 400000 );

  // The scale follows the map, and the map follows a scale typed in.
  canvas->zoomScale( 5000 );
  CHECK( scale->scale() == Approx( 5000 ).epsilon( 1e-3 ) );
  scale->setScale( 20000 );
  CHECK( canvas->scale() == Approx( 20000 ).epsilon( 1e-3 ) );

  // Without a project the map's status widgets go with the map.
  REQUIRE( window.projects()->close( true ) );
  CHECK( !coordinates->isVisible() );
  CHECK( !scale->isVisible() );
}

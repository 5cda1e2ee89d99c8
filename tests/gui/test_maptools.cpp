// The measure tools and the scale bar over the map: what they show is what the ground measures.

#include "guitestutil.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "projectfile.h"
#include "measuretool.h"
#include "scalebaroverlay.h"

#include <catch2/catch.hpp>

#include <qgsdistancearea.h>
#include <qgslayertree.h>
#include <qgslayertreemodel.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayertreeview.h>
#include <qgspallabeling.h>
#include <qgssymbol.h>
#include <qgstextbuffersettings.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsproject.h>

#include <QAction>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QSettings>

#include <cmath>

namespace
{
// Around Kristinehamn's centre, where the demo lies (SWEREF 99 TM).
const QgsRectangle sView( 446500, 6572500, 452500, 6577500 );

QPoint pixelOf( QgsMapCanvas *canvas, const QgsPointXY &point )
{
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( point );
  return QPoint( qRound( pixel.x() ), qRound( pixel.y() ) );
}

void click( MeasureTool *tool, QgsMapCanvas *canvas, const QgsPointXY &point,
            Qt::MouseButton button = Qt::LeftButton )
{
  const QPoint pixel = pixelOf( canvas, point );
  QgsMapMouseEvent move( canvas, QEvent::MouseMove, pixel );
  tool->canvasMoveEvent( &move );
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, pixel, button, button );
  tool->canvasPressEvent( &press );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, pixel, button );
  tool->canvasReleaseEvent( &release );
}

//! A double-click as Qt delivers it: press, release, double-click, release.
void doubleClick( MeasureTool *tool, QgsMapCanvas *canvas, const QgsPointXY &point )
{
  click( tool, canvas, point );
  const QPoint pixel = pixelOf( canvas, point );
  QgsMapMouseEvent dbl( canvas, QEvent::MouseButtonDblClick, pixel, Qt::LeftButton, Qt::LeftButton );
  tool->canvasDoubleClickEvent( &dbl );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, pixel, Qt::LeftButton );
  tool->canvasReleaseEvent( &release );
}

QgsDistanceArea grs1980()
{
  QgsDistanceArea distance;
  distance.setSourceCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ),
                         QgsCoordinateTransformContext() );
  distance.setEllipsoid( QStringLiteral( "EPSG:7019" ) ); // GRS 1980
  return distance;
}

double planarLength( const QVector<QgsPointXY> &points )
{
  double length = 0;
  for ( int i = 1; i < points.size(); ++i )
    length +=
      std::hypot( points.at( i ).x() - points.at( i - 1 ).x(), points.at( i ).y() - points.at( i - 1 ).y() );
  return length;
}

double planarArea( const QVector<QgsPointXY> &points )
{
  double twice = 0;
  for ( int i = 0; i < points.size(); ++i )
  {
    const QgsPointXY &a = points.at( i );
    const QgsPointXY &b = points.at( ( i + 1 ) % points.size() );
    twice += a.x() * b.y() - b.x() * a.y();
  }
  return std::fabs( twice ) / 2;
}
} // namespace

TEST_CASE( "measure results are written in the user's units and number format" )
{
  // The GUI tests run in Swedish: decimal comma, non-breaking space between thousands.
  CHECK( MeasureTool::formatDistance( 42.24 ) == QStringLiteral( "42,2 m" ) );
  CHECK( MeasureTool::formatDistance( 850 ) == QStringLiteral( "850 m" ) );
  CHECK( MeasureTool::formatDistance( 3504 ) == QStringLiteral( "3,50 km" ) );
  CHECK( MeasureTool::formatDistance( 12345 ) == QStringLiteral( "12,3 km" ) );
  CHECK( MeasureTool::formatArea( 640 ) == QStringLiteral( "640 m²" ) );
  CHECK( MeasureTool::formatArea( 23456 ) == QStringLiteral( "2,35 ha" ) );
  CHECK( MeasureTool::formatArea( 1234567 ) == QStringLiteral( "1,23 km²" ) );
}

TEST_CASE( "the measure tools measure distances and areas on the ground with the project's ellipsoid" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1200, 800 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  canvas->setExtent( sView );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
  // SWEREF 99 uses GRS 1980.
  CHECK( window.project()->ellipsoid() == QStringLiteral( "EPSG:7019" ) );

  SECTION( "a polyline: clicks add points, moving shows the running length, a double-click finishes" )
  {
    MeasureTool *tool = window.map()->tools()->distanceTool();
    window.findChild<QAction *>( QStringLiteral( "ActionMeasure" ) )->trigger();
    REQUIRE( canvas->mapTool() == tool );
    REQUIRE( tool->panel() );
    CHECK( tool->panel()->isVisible() );

    click( tool, canvas, QgsPointXY( 448000, 6574000 ) );
    click( tool, canvas, QgsPointXY( 450000, 6574000 ) );
    // The mouse on its way to the third point: the length runs with it.
    const double twoPoints = tool->lengthMeters();
    QgsMapMouseEvent move( canvas, QEvent::MouseMove, pixelOf( canvas, QgsPointXY( 450000, 6575000 ) ) );
    tool->canvasMoveEvent( &move );
    CHECK( tool->lengthMeters( true ) > twoPoints + 900 );
    CHECK( tool->resultText().contains( MeasureTool::formatDistance( tool->lengthMeters( true ) ) ) );

    doubleClick( tool, canvas, QgsPointXY( 450000, 6575500 ) );
    CHECK( tool->isFinished() );
    REQUIRE( tool->points().size() == 3 ); // the release after the double-click adds nothing

    const double expected = grs1980().measureLine( tool->points() );
    CHECK( tool->lengthMeters() == Approx( expected ).epsilon( 1e-9 ) );
    // In SWEREF 99 TM grid and ground distances differ by well under a per mille here: metres, not degrees
    // or feet.
    CHECK( tool->lengthMeters() == Approx( planarLength( tool->points() ) ).epsilon( 0.002 ) );
    CHECK( tool->lengthMeters() == Approx( 3500 ).epsilon( 0.01 ) );
    CHECK( tool->resultText().contains( MeasureTool::formatDistance( expected ) ) );

    // Moving after the end changes nothing; Esc clears.
    tool->canvasMoveEvent( &move );
    CHECK( tool->lengthMeters( true ) == Approx( expected ) );
    QKeyEvent escape( QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier );
    tool->keyPressEvent( &escape );
    CHECK( tool->points().isEmpty() );
    CHECK( tool->lengthMeters() == 0 );

    // Another tool hides the panel.
    window.findChild<QAction *>( QStringLiteral( "ActionMeasureArea" ) )->trigger();
    CHECK( !tool->panel()->isVisible() );
  }

  SECTION( "a polygon: clicks add corners, a right-click finishes, the area and perimeter are on the ground" )
  {
    MeasureTool *tool = window.map()->tools()->areaTool();
    window.findChild<QAction *>( QStringLiteral( "ActionMeasureArea" ) )->trigger();
    REQUIRE( canvas->mapTool() == tool );
    for ( const QgsPointXY &corner : { QgsPointXY( 448000, 6574000 ), QgsPointXY( 449000, 6574000 ),
                                       QgsPointXY( 449000, 6575000 ), QgsPointXY( 448000, 6575000 ) } )
      click( tool, canvas, corner );
    click( tool, canvas, QgsPointXY( 448500, 6574500 ), Qt::RightButton );
    CHECK( tool->isFinished() );
    REQUIRE( tool->points().size() == 4 );

    QVector<QgsPointXY> ring = tool->points();
    ring << ring.first();
    const QgsDistanceArea distance = grs1980();
    CHECK( tool->areaSquareMeters() == Approx( distance.measurePolygon( ring ) ).epsilon( 1e-9 ) );
    CHECK( tool->lengthMeters() == Approx( distance.measureLine( ring ) ).epsilon( 1e-9 ) );
    // About a square kilometre: square metres, not square degrees.
    CHECK( tool->areaSquareMeters() == Approx( planarArea( tool->points() ) ).epsilon( 0.003 ) );
    CHECK( tool->areaSquareMeters() == Approx( 1e6 ).epsilon( 0.02 ) );
    CHECK( tool->resultText().contains( MeasureTool::formatArea( tool->areaSquareMeters() ) ) );

    // Backspace takes back a corner while measuring; a click after the end starts anew.
    click( tool, canvas, QgsPointXY( 448000, 6574000 ) );
    CHECK( !tool->isFinished() );
    CHECK( tool->points().size() == 1 );
    QKeyEvent backspace( QEvent::KeyPress, Qt::Key_Backspace, Qt::NoModifier );
    tool->keyPressEvent( &backspace );
    CHECK( tool->points().isEmpty() );
  }
}

TEST_CASE( "the scale bar shows a round length whose pixels match the map's scale, and can be hidden" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  QSettings().remove( QStringLiteral( "map/showScaleBar" ) );
  {
    MainWindow window;
    window.resize( 1200, 800 );
    window.show();
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    QgsMapCanvas *canvas = window.mapCanvas();
    ScaleBarOverlay *bar = window.map()->scaleBar();
    REQUIRE( bar );
    CHECK( bar->isScaleBarVisible() );

    QList<double> lengths;
    for ( const double scale : { 2500.0, 10000.0, 35000.0, 120000.0 } )
    {
      INFO( "scale 1:" << scale );
      canvas->zoomScale( scale );
      REQUIRE( canvas->scale() == Approx( scale ).epsilon( 0.01 ) );
      // SWEREF 99 TM is in metres: a metre of the bar is a map unit.
      CHECK( bar->lengthPixels() * canvas->mapUnitsPerPixel() ==
             Approx( bar->lengthMeters() ).epsilon( 1e-9 ) );
      // Short enough to stay out of the way, long enough to read.
      CHECK( bar->lengthPixels() <= 180 );
      CHECK( bar->lengthPixels() >= 30 );
      // The label is the length, a round number: 1, 2 or 5 times a power of ten, in m or km.
      const QString label = bar->lengthLabel();
      const bool km = label.endsWith( QLatin1String( " km" ) );
      REQUIRE( ( km || label.endsWith( QLatin1String( " m" ) ) ) );
      bool ok = false;
      const double value = QLocale().toDouble( label.section( QLatin1Char( ' ' ), 0, 0 ), &ok );
      REQUIRE( ok );
      CHECK( value * ( km ? 1000 : 1 ) == Approx( bar->lengthMeters() ) );
      const double mantissa = value / std::pow( 10.0, std::floor( std::log10( value ) ) );
      CHECK( ( mantissa == Approx( 1 ) || mantissa == Approx( 2 ) || mantissa == Approx( 5 ) ) );
      lengths << bar->lengthMeters();
    }
    // It follows the zoom.
    for ( int i = 1; i < lengths.size(); ++i )
      CHECK( lengths.at( i ) > lengths.at( i - 1 ) );

    // Bottom right, clear of the note on synthetic data at the bottom left, also on a narrow map.
    const QLabel *note = canvas->findChild<QLabel *>( QStringLiteral( "SyntheticDataNote" ) );
    REQUIRE( note );
    REQUIRE( note->isVisible() );
    CHECK( bar->isVisible() );
    CHECK( !bar->geometry().intersects( note->geometry() ) );
    CHECK( bar->geometry().right() < canvas->width() );
    CHECK( bar->geometry().bottom() < canvas->height() );
    CHECK( bar->geometry().left() > canvas->width() / 2 );
    window.resize( 900, 700 );
    guitest::waitFor( [] { return false; }, 200 );
    CHECK( !bar->geometry().intersects( note->geometry() ) );
    CHECK( bar->geometry().right() < canvas->width() );
    // The north arrow points (nearly) up: the map is not rotated and true north is within a degree of grid
    // north here.
    CHECK( std::fabs( bar->northBearing() ) < 1.5 );

    QAction *toggle = window.findChild<QAction *>( QStringLiteral( "ActionShowScaleBar" ) );
    REQUIRE( toggle );
    CHECK( toggle->isChecked() );
    toggle->trigger();
    CHECK( !bar->isScaleBarVisible() );
    CHECK( !bar->isVisible() ); // nothing else to show: no web layer needs a credit
  }
  // Remembered for the next window.
  MainWindow window;
  CHECK( !window.map()->scaleBar()->isScaleBarVisible() );
  CHECK( !window.findChild<QAction *>( QStringLiteral( "ActionShowScaleBar" ) )->isChecked() );
  QSettings().remove( QStringLiteral( "map/showScaleBar" ) );
}

TEST_CASE( "the legend names the incident categories and observation classes, and labels stay readable" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  auto *model = qobject_cast<QgsLayerTreeModel *>( window.map()->layerTreeView()->layerTreeModel() );
  REQUIRE( model );

  SECTION( "the legend shows every category in its colour, and the three observation classes, open" )
  {
    QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
    QgsLayerTreeLayer *incidentsNode = window.project()->layerTreeRoot()->findLayer( incidents );
    REQUIRE( incidentsNode );
    CHECK( incidentsNode->isExpanded() );
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
    REQUIRE( project );
    const std::vector<tryggkarta::Category> categories = ( *project )->categories();
    const QList<QgsLayerTreeModelLegendNode *> incidentLegend = model->layerLegendNodes( incidentsNode );
    REQUIRE( incidentLegend.size() == static_cast<int>( categories.size() ) );
    for ( size_t i = 0; i < categories.size(); ++i )
    {
      auto *symbolNode = dynamic_cast<QgsSymbolLegendNode *>( incidentLegend.at( static_cast<int>( i ) ) );
      REQUIRE( symbolNode );
      CHECK( symbolNode->data( Qt::DisplayRole ).toString().toStdString() == categories[i].labelSv );
      CHECK( symbolNode->symbol()->color().name().toStdString() == categories[i].color );
    }

    QgsLayerTreeLayer *observationsNode = window.project()->layerTreeRoot()->findLayer(
      window.map()->layerForTable( QStringLiteral( "observations" ) ) );
    REQUIRE( observationsNode );
    CHECK( observationsNode->isExpanded() );
    CHECK( model->layerLegendNodes( observationsNode ).size() == 3 );
  }

  SECTION( "names have a halo and are left out where they would pile up" )
  {
    auto labelsOf = []( QgsVectorLayer *layer ) -> QgsPalLayerSettings
    {
      REQUIRE( layer );
      REQUIRE( layer->labelsEnabled() );
      auto *simple = dynamic_cast<QgsVectorLayerSimpleLabeling *>( layer->labeling() );
      REQUIRE( simple );
      return simple->settings();
    };
    const QgsPalLayerSettings streets =
      labelsOf( window.map()->layerForTable( QStringLiteral( "map_roads" ) ) );
    const QgsPalLayerSettings areas = labelsOf( window.map()->layerForTable( QStringLiteral( "areas" ) ) );
    for ( const QgsPalLayerSettings &labels : { streets, areas } )
    {
      CHECK( labels.format().buffer().enabled() );
      CHECK( labels.scaleVisibility );
    }
    // Street names when the town fills the map, not when the whole municipality does.
    CHECK( streets.minimumScale >= 25000 );
    CHECK( streets.minimumScale < 100000 );
    CHECK( areas.minimumScale > streets.minimumScale );
    // District names give way first: they have a rule of their own.
    CHECK( areas.dataDefinedProperties().isActive( QgsPalLayerSettings::Show ) );
  }
}

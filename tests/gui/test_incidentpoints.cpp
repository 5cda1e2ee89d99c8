// The incident points drawn from memory (IncidentPointsLayer) in the GeoPackage layer's place: the same
// picture QGIS draws from the file, on the canvas in its place, following the filter, the legend's ticks and
// the selection, aggregated per screen cell when points outnumber pixels, and cancellable.

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "identifytool.h"
#include "incidentpointslayer.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "projectlock.h"

#include <catch2/catch.hpp>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmaplayerrenderer.h>
#include <qgsrendercontext.h>
#include <qgsvectorlayer.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPainter>

#include <random>
#include <set>

namespace
{
//! The layer alone on a transparent image of the canvas's extent and size.
QImage renderAlone( QgsMapCanvas *canvas, QgsMapLayer *layer, const QgsRectangle &extent = QgsRectangle() )
{
  QgsMapSettings settings = canvas->mapSettings();
  settings.setLayers( { layer } );
  settings.setBackgroundColor( Qt::transparent );
  settings.setOutputSize( QSize( 600, 400 ) );
  settings.setExtent( extent.isEmpty() ? canvas->extent() : extent );
  QgsMapRendererSequentialJob job( settings );
  job.start();
  job.waitForFinished();
  return job.renderedImage().convertToFormat( QImage::Format_ARGB32 );
}

int paintedPixels( const QImage &image )
{
  int painted = 0;
  for ( int y = 0; y < image.height(); ++y )
    for ( int x = 0; x < image.width(); ++x )
      painted += qAlpha( image.pixel( x, y ) ) > 0 ? 1 : 0;
  return painted;
}

//! Pixels whose colour differs by more than a rounding step in any channel.
int differentPixels( const QImage &a, const QImage &b )
{
  int different = 0;
  for ( int y = 0; y < a.height(); ++y )
    for ( int x = 0; x < a.width(); ++x )
    {
      const QRgb p = a.pixel( x, y ), q = b.pixel( x, y );
      if ( std::abs( qRed( p ) - qRed( q ) ) > 2 || std::abs( qGreen( p ) - qGreen( q ) ) > 2 ||
           std::abs( qBlue( p ) - qBlue( q ) ) > 2 || std::abs( qAlpha( p ) - qAlpha( q ) ) > 2 )
        ++different;
    }
  return different;
}

std::set<QgsFeatureId> fidsOf( QgsVectorLayer *layer )
{
  std::set<QgsFeatureId> fids;
  QgsFeature feature;
  QgsFeatureIterator it = layer->getFeatures( QgsFeatureRequest().setNoAttributes() );
  while ( it.nextFeature( feature ) )
    fids.insert( feature.id() );
  return fids;
}
} // namespace

TEST_CASE( "the incident points are drawn from memory in the GeoPackage layer's place, as QGIS draws it" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1200, 800 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  REQUIRE( incidents );
  IncidentPointsLayer *points = window.filter()->pointsLayer();
  REQUIRE( points );
  REQUIRE( points->sourceLayer() == incidents );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );

  SECTION( "the canvas draws the points layer instead of the GeoPackage layer, and the tools still see it" )
  {
    CHECK( canvas->layers().contains( points ) );
    CHECK_FALSE( canvas->layers().contains( incidents ) );
    CHECK( IncidentPointsLayer::sourcesOf( canvas->layers() ).contains( incidents ) );
    CHECK_FALSE( IncidentPointsLayer::sourcesOf( canvas->layers() ).contains( points ) );
    // Hidden in the layer tree: neither is drawn.
    window.projects()->project()->layerTreeRoot()->findLayer( incidents )->setItemVisibilityChecked( false );
    REQUIRE( guitest::waitFor(
      [&] { return !IncidentPointsLayer::sourcesOf( canvas->layers() ).contains( incidents ); } ) );
    CHECK_FALSE( canvas->layers().contains( points ) );
    window.projects()->project()->layerTreeRoot()->findLayer( incidents )->setItemVisibilityChecked( true );
    REQUIRE( guitest::waitFor( [&] { return canvas->layers().contains( points ); } ) );
    CHECK_FALSE( canvas->layers().contains( incidents ) );
  }

  SECTION( "it holds exactly the points the GeoPackage layer's filter shows" )
  {
    for ( int step = 0; step < 3; ++step )
    {
      const int position = std::max( 0, window.filter()->panel()->sliderMaximum() - step * 3 );
      window.filter()->panel()->setSliderPosition( position );
      REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
      REQUIRE( guitest::waitForCanvasRender( canvas ) );
      REQUIRE( points->points() );
      const std::set<QgsFeatureId> drawn( points->points()->fid.begin(), points->points()->fid.end() );
      INFO( "slider position " << position << ", filter " << incidents->subsetString().toStdString() );
      CHECK( drawn == fidsOf( incidents ) );
      CHECK( !drawn.empty() );
    }
  }

  SECTION( "its picture equals QGIS's own rendering of the GeoPackage layer" )
  {
    // Every incident whose place is a point: the whole demo, also where points overlap.
    window.filter()->panel()->setPeriod( QDate( 2000, 1, 1 ), QDate( 2100, 1, 1 ) );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    REQUIRE( guitest::waitForCanvasRender( canvas ) );
    REQUIRE( points->points()->size() > 1000 );
    const QImage ours = renderAlone( canvas, points, incidents->extent() );
    const QImage qgis = renderAlone( canvas, incidents, incidents->extent() );
    REQUIRE( lastIncidentPointsFrame().inView == points->points()->size() );
    CHECK_FALSE( lastIncidentPointsFrame().aggregated );
    const int painted = paintedPixels( qgis );
    CHECK( painted > 5000 );
    INFO( "painted " << painted << ", different " << differentPixels( ours, qgis ) );
    CHECK( differentPixels( ours, qgis ) <= painted / 1000 );

    // A category unticked in the legend leaves both pictures alike.
    auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>( incidents->renderer() );
    REQUIRE( renderer );
    incidents->renderer()->checkLegendSymbolItem( renderer->legendSymbolItems().first().ruleKey(), false );
    const QImage oursWithout = renderAlone( canvas, points, incidents->extent() );
    const QImage qgisWithout = renderAlone( canvas, incidents, incidents->extent() );
    CHECK( paintedPixels( qgisWithout ) < painted );
    CHECK( differentPixels( oursWithout, qgisWithout ) <= painted / 1000 );
    CHECK( differentPixels( oursWithout, ours ) > 0 );
  }

  SECTION( "a selected incident is drawn in the selection colour, as QGIS draws it" )
  {
    REQUIRE( points->points()->size() > 0 );
    const QgsFeatureId fid = points->points()->fid.front();
    const QgsPointXY at( points->points()->x.front(), points->points()->y.front() );
    const QgsRectangle around( at.x() - 50, at.y() - 50, at.x() + 50, at.y() + 50 );
    const QImage before = renderAlone( canvas, points, around );
    incidents->selectByIds( { fid } );
    const QImage ours = renderAlone( canvas, points, around );
    const QImage qgis = renderAlone( canvas, incidents, around );
    CHECK( differentPixels( ours, before ) > 20 );
    CHECK( differentPixels( ours, qgis ) <= 10 );
    incidents->removeSelection();
  }

  SECTION( "identify finds an incident under a click on the points drawn from memory" )
  {
    const QgsPointXY at( points->points()->x.back(), points->points()->y.back() );
    const QgsFeatureId fid = points->points()->fid.back();
    canvas->setExtent( QgsRectangle( at.x() - 40, at.y() - 40, at.x() + 40, at.y() + 40 ) );
    REQUIRE( guitest::waitForCanvasRender( canvas ) );
    const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( at );
    bool found = false;
    for ( const auto &result : window.map()->tools()->identifyTool()->identifyAt(
            QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) ) )
      found = found || ( result.mLayer == incidents && result.mFeature.id() == fid );
    CHECK( found );
  }
}

TEST_CASE( "more incident points than pixels are drawn one per screen cell, and a frame can be cancelled" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1000, 700 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  IncidentPointsLayer *points = window.filter()->pointsLayer();
  REQUIRE( points );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
  const QgsRectangle extent = canvas->extent();
  const std::string category = points->points()->categoryCodes.front().toStdString();

  // Half a million points over the view, in one category.
  auto many = std::make_shared<IncidentPoints>();
  std::mt19937 random( 11 );
  std::uniform_real_distribution<double> x( extent.xMinimum(), extent.xMaximum() );
  std::uniform_real_distribution<double> y( extent.yMinimum(), extent.yMaximum() );
  const int count = 500000;
  for ( int i = 0; i < count; ++i )
    many->add( i + 1, x( random ), y( random ), category );
  points->setPoints( many );
  // The canvas draws them first (its frames are counted too): the frames below are the test's own.
  REQUIRE( guitest::waitForCanvasRender( canvas ) );

  SECTION( "aggregated: every point in view counted, at most one symbol per cell drawn" )
  {
    // A view inside the points' extent, of the image's shape, so points cover all of it.
    const double side = std::min( extent.width() / 3, extent.height() / 2 ) * 0.9;
    const QgsPointXY centre = extent.center();
    const QgsRectangle inside( centre.x() - 1.5 * side, centre.y() - side, centre.x() + 1.5 * side,
                               centre.y() + side );
    const QImage image = renderAlone( canvas, points, inside );
    const IncidentPointsFrame frame = lastIncidentPointsFrame();
    CHECK( frame.inView > static_cast<size_t>( count / 2 ) );
    CHECK( frame.inView < static_cast<size_t>( count ) );
    CHECK( frame.aggregated );
    const size_t cells = static_cast<size_t>( ( 600 / IncidentPointsLayer::cellPixels + 2 ) *
                                              ( 400 / IncidentPointsLayer::cellPixels + 2 ) );
    CHECK( frame.drawn <= cells );
    CHECK( frame.drawn > 1000 );
    CHECK( frame.densestCell > 1 );
    // Points everywhere: the picture is covered.
    CHECK( paintedPixels( image ) > 600 * 400 * 99 / 100 );
  }

  SECTION( "a cancelled frame stops without drawing, and the next one draws" )
  {
    QgsMapSettings settings = canvas->mapSettings();
    settings.setLayers( { points } );
    settings.setOutputSize( QSize( 600, 400 ) );
    QImage image( 600, 400, QImage::Format_ARGB32_Premultiplied );
    image.fill( Qt::transparent );
    QPainter painter( &image );
    QgsRenderContext context = QgsRenderContext::fromMapSettings( settings );
    context.setPainter( &painter );
    std::unique_ptr<QgsMapLayerRenderer> renderer( points->createMapRenderer( context ) );
    context.setRenderingStopped( true ); // as QGIS sets it when the map moves on
    CHECK_FALSE( renderer->render() );
    CHECK( lastIncidentPointsFrame().drawn == 0 );
    painter.end();
    CHECK( paintedPixels( image.convertToFormat( QImage::Format_ARGB32 ) ) == 0 );
    // The layer is not left in any state: the next frame draws.
    const QImage next = renderAlone( canvas, points, extent );
    CHECK( lastIncidentPointsFrame().drawn > 1000 );
    CHECK( paintedPixels( next ) > 0 );
  }
}

TEST_CASE( "reading a project's incidents can be cancelled halfway and the open project stays usable" )
{
  guitest::DemoProject demo, big;
  REQUIRE( demo.isValid() );
  REQUIRE( big.isValid() );
  // The other project with the demo's incidents 32 times over: read in more than one step.
  for ( int i = 0; i < 5; ++i )
    guitest::execSql(
      big.path(), QStringLiteral( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, "
                                  "organisation, source, weight, created_at, updated_at) SELECT geom, "
                                  "occurred_from, occurred_until, category, organisation, source, weight, "
                                  "created_at, updated_at FROM incidents" ) );
  const int64_t bigRows = guitest::countRows( big.path(), QStringLiteral( "incidents" ) );
  REQUIRE( bigRows > 70000 );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  const size_t demoIncidents = window.filter()->heatmap()->store().size();
  REQUIRE( demoIncidents > 1000 );

  double readBeforeCancel = 0;
  window.projects()->setIncidentReadObserver(
    [&readBeforeCancel]( double fraction )
    {
      readBeforeCancel = std::max( readBeforeCancel, fraction );
      return fraction < 0.4;
    } );
  const QString message = window.projects()->open( big.path() );
  INFO( message.toStdString() );
  CHECK( message.contains( QFileInfo( big.path() ).fileName() ) );
  CHECK( readBeforeCancel >= 0.4 ); // halfway, not before reading began
  CHECK( readBeforeCancel < 1 );
  // The project open before is still open, whole, and answers the filter.
  CHECK( window.projects()->path() == demo.path() );
  CHECK( window.filter()->heatmap()->store().size() == demoIncidents );
  window.filter()->panel()->setSliderPosition( std::max( 0, window.filter()->panel()->sliderMaximum() - 2 ) );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( window.filter()->pointsLayer()->points()->size() > 0 );

  // Cancelled while the open project itself is opened again: it stays open, and locked against others.
  window.projects()->setIncidentReadObserver( []( double ) { return false; } );
  CHECK_FALSE( window.projects()->open( demo.path() ).isEmpty() );
  CHECK( window.projects()->path() == demo.path() );
  {
    ProjectLock other;
    CHECK_FALSE( other.acquire( demo.path() ).isEmpty() );
  }

  // Not cancelled, it opens with all its incidents.
  window.projects()->setIncidentReadObserver( {} );
  REQUIRE( window.projects()->open( big.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  CHECK( static_cast<int64_t>( window.filter()->heatmap()->store().size() ) == bigRows );
}

#include "walkmaplayers.h"

#include "layerstyles.h"
#include "layoutflow.h"
#include "mapsheet.h"
#include "printmap.h"
#include "projectlayers.h"
#include "sheetstyle.h"

#include <qgsfeature.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsexpression.h>
#include <qgsgeometry.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpoint.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayerlabeling.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QPainter>
#include <QImage>

#include <algorithm>
#include <cmath>

using namespace tryggkarta;

namespace
{
// The walk's colours: the route as the app draws a walk (orange in a white casing), the stops dark with white
// numbers, the start green.
const QColor kRoute( 0xd9, 0x5f, 0x02 );
const QColor kStop( 0x1d, 0x27, 0x33 );
const QColor kStart( 0x1d, 0x6b, 0x3a );
const QColor kCircle( 0x3b, 0x0f, 0x70 );

QgsVectorLayer *memoryLayer( const QString &geometry, const QString &crs, const QString &fields,
                             const QString &name )
{
  return new QgsVectorLayer( QStringLiteral( "%1?crs=%2%3" ).arg( geometry, crs, fields ), name,
                             QStringLiteral( "memory" ) );
}

void addFeature( QgsVectorLayer *layer, const QgsGeometry &geometry, const QgsAttributes &attributes = {} )
{
  QgsFeature feature( layer->fields() );
  feature.setGeometry( geometry );
  if ( !attributes.isEmpty() )
    feature.setAttributes( attributes );
  layer->dataProvider()->addFeature( feature );
}

QgsSimpleLineSymbolLayer *line( const QColor &colour, double widthMm )
{
  auto *layer = new QgsSimpleLineSymbolLayer( colour, widthMm );
  layer->setPenCapStyle( Qt::RoundCap );
  layer->setPenJoinStyle( Qt::RoundJoin );
  return layer;
}

//! The stops: a dark disc with a white ring, big enough to read its number in the dark.
QgsMarkerSymbol *stopSymbol()
{
  auto *disc = new QgsSimpleMarkerSymbolLayer( QgsSimpleMarkerSymbolLayerBase::Circle, 6.2, 0,
                                               Qgis::ScaleMethod::ScaleDiameter, kStop, Qt::white );
  disc->setStrokeWidth( 0.5 );
  return new QgsMarkerSymbol( QgsSymbolLayerList() << disc );
}

//! The start: a green ring around the first point (a stop may sit on the same point).
QgsMarkerSymbol *startSymbol()
{
  auto *ring =
    new QgsSimpleMarkerSymbolLayer( QgsSimpleMarkerSymbolLayerBase::Circle, 9.5, 0,
                                    Qgis::ScaleMethod::ScaleDiameter, QColor( 255, 255, 255, 0 ), kStart );
  ring->setStrokeWidth( 1.1 );
  return new QgsMarkerSymbol( QgsSymbolLayerList() << ring );
}

/**
 * A label drawn whatever it overlaps and before the base map's street names, which keep out of its way (a
 * labelled layer's features are obstacles): the stops' numbers on their discs, "Start" above its ring.
 */
void labelAlways( QgsVectorLayer *layer, const QString &expression, const QColor &colour, double points,
                  QgsPalLayerSettings::QuadrantPosition quadrant, double offsetMm, const QColor &halo )
{
  QgsPalLayerSettings settings;
  settings.fieldName = expression;
  settings.isExpression = true;
  settings.placement = QgsPalLayerSettings::OverPoint;
  settings.quadOffset = quadrant;
  settings.yOffset = offsetMm;
  settings.offsetUnits = QgsUnitTypes::RenderMillimeters;
  settings.displayAll = true;
  settings.priority = 10;
  settings.obstacleSettings().setIsObstacle( true );
  settings.obstacleSettings().setFactor( 2 );
  QgsTextFormat format;
  QFont font( PrintMap::fontFamily() );
  font.setBold( true );
  format.setFont( font );
  format.setSize( points );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( colour );
  if ( halo.isValid() )
  {
    QgsTextBufferSettings buffer;
    buffer.setEnabled( true );
    buffer.setColor( halo );
    buffer.setSize( 0.7 );
    buffer.setSizeUnit( QgsUnitTypes::RenderMillimeters );
    format.setBuffer( buffer );
  }
  settings.setFormat( format );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
  layer->setLabelsEnabled( true );
}
} // namespace

WalkMapLayers::WalkMapLayers( MapSheet &sheet, const Walk &walk, const std::vector<WalkStop> &stops )
  : mProject( sheet.project() ), mCrs( sheet.project()->crs().authid() )
{
  // The base map and the project's boundary; not the EST areas, whose outlines and names would crowd a walk.
  for ( QgsMapLayer *layer : sheet.backgroundLayers() )
    if ( layer->customProperty( ProjectLayers::sTableProperty ).toString() != QLatin1String( "areas" ) )
      mBase << layer;

  mRoute = memoryLayer( QStringLiteral( "LineString" ), mCrs, QString(), tr( "Route" ) );
  if ( walk.route.size() >= 2 )
  {
    QgsPolylineXY points;
    for ( const WalkPoint &p : walk.route )
      points << QgsPointXY( p.x, p.y );
    addFeature( mRoute, QgsGeometry::fromPolylineXY( points ) );
  }
  mRoute->setRenderer( new QgsSingleSymbolRenderer( new QgsLineSymbol(
    QgsSymbolLayerList() << line( QColor( 255, 255, 255, 235 ), 2.4 ) << line( kRoute, 1.3 ) ) ) );

  mStops =
    memoryLayer( QStringLiteral( "Point" ), mCrs, QStringLiteral( "&field=number:integer" ), tr( "Stops" ) );
  for ( const WalkStop &stop : stops )
    addFeature( mStops, QgsGeometry::fromPointXY( QgsPointXY( stop.x, stop.y ) ),
                QgsAttributes() << stop.number );
  mStops->setRenderer( new QgsSingleSymbolRenderer( stopSymbol() ) );
  labelAlways( mStops, QStringLiteral( "\"number\"" ), Qt::white, 9, QgsPalLayerSettings::QuadrantOver, 0,
               QColor() );

  mStart = memoryLayer( QStringLiteral( "Point" ), mCrs, QString(), tr( "Start" ) );
  if ( !walk.route.empty() )
    addFeature( mStart,
                QgsGeometry::fromPointXY( QgsPointXY( walk.route.front().x, walk.route.front().y ) ) );
  else if ( !stops.empty() )
    addFeature( mStart, QgsGeometry::fromPointXY( QgsPointXY( stops.front().x, stops.front().y ) ) );
  mStart->setRenderer( new QgsSingleSymbolRenderer( startSymbol() ) );
  labelAlways( mStart, QgsExpression::quotedString( tr( "Start" ) ), kStart, 8.5,
               QgsPalLayerSettings::QuadrantAbove, -5.5, Qt::white );

  for ( QgsVectorLayer *layer : { mRoute, mStops, mStart } )
  {
    layer->updateExtents();
    mOwned << layer;
    mProject->addMapLayer( layer, false );
  }

  for ( const WalkPoint &p : walk.route )
    mExtent.combineExtentWith( p.x, p.y );
  for ( const WalkStop &stop : stops )
    mExtent.combineExtentWith( stop.x, stop.y );
}

WalkMapLayers::~WalkMapLayers()
{
  QStringList ids;
  for ( QgsMapLayer *layer : std::as_const( mOwned ) )
    ids << layer->id();
  mProject->removeMapLayers( ids );
}

QList<QgsMapLayer *> WalkMapLayers::routeLayers() const
{
  return QList<QgsMapLayer *>() << mStops << mStart << mRoute << mBase;
}

QList<QgsMapLayer *> WalkMapLayers::stopLayers( const WalkStop &stop, double radiusMeters )
{
  auto *circle =
    memoryLayer( QStringLiteral( "Polygon" ), mCrs, QString(), tr( "Within %1 m" ).arg( radiusMeters ) );
  addFeature( circle, QgsGeometry::fromPointXY( QgsPointXY( stop.x, stop.y ) ).buffer( radiusMeters, 36 ) );
  auto *outline = new QgsSimpleLineSymbolLayer( kCircle, 0.5, Qt::DashLine );
  QColor fill = kCircle;
  fill.setAlpha( 22 );
  auto *inside = new QgsSimpleFillSymbolLayer( fill, Qt::SolidPattern, fill, Qt::NoPen );
  circle->setRenderer(
    new QgsSingleSymbolRenderer( new QgsFillSymbol( QgsSymbolLayerList() << inside << outline ) ) );
  circle->updateExtents();
  mOwned << circle;
  mProject->addMapLayer( circle, false );
  return QList<QgsMapLayer *>() << mStops << mStart << mRoute << circle << mBase;
}

double WalkMapLayers::renderImage( const QList<QgsMapLayer *> &layers, const QgsRectangle &extent,
                                   const QSizeF &sizeMm, const QString &file ) const
{
  // The scale that shows all of extent in sizeMm, rounded up as the printed maps round theirs.
  const double scale = PrintMap::roundScale(
    std::max( extent.width() / sizeMm.width(), extent.height() / sizeMm.height() ) * 1000 );
  const QgsPointXY centre = extent.center();
  const double halfWidth = sizeMm.width() * scale / 1000 / 2;
  const double halfHeight = sizeMm.height() * scale / 1000 / 2;
  const QgsRectangle shown( centre.x() - halfWidth, centre.y() - halfHeight, centre.x() + halfWidth,
                            centre.y() + halfHeight );
  const double dpi = 250; // sharp enough for a small map on paper, and a small file
  const QSize pixels( static_cast<int>( std::round( sizeMm.width() / 25.4 * dpi ) ),
                      static_cast<int>( std::round( sizeMm.height() / 25.4 * dpi ) ) );
  QgsMapSettings settings;
  settings.setLayers( layers );
  settings.setDestinationCrs( mProject->crs() );
  settings.setTransformContext( mProject->transformContext() );
  settings.setOutputDpi( dpi );
  settings.setOutputSize( pixels );
  settings.setExtent( shown );
  settings.setBackgroundColor( LayerStyles::mapBackgroundColor() );
  settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
  settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
  QImage image( pixels, QImage::Format_RGB32 );
  image.setDotsPerMeterX( static_cast<int>( std::round( dpi / 0.0254 ) ) );
  image.setDotsPerMeterY( static_cast<int>( std::round( dpi / 0.0254 ) ) );
  image.fill( LayerStyles::mapBackgroundColor() );
  QPainter painter( &image );
  QgsMapRendererCustomPainterJob job( settings, &painter );
  job.renderSynchronously();
  painter.end();
  // Uncompressed: written and read back at once (the PDF compresses it anyway).
  return image.save( file, "BMP" ) ? scale : 0;
}

QgsRectangle WalkMapLayers::routeExtent( double minimumMeters ) const
{
  QgsRectangle extent = mExtent;
  if ( extent.isNull() || extent.isEmpty() )
  {
    // One point, or none: a square around it (or the project's extent).
    if ( extent.isNull() )
      return ProjectLayers::initialExtent( mProject );
  }
  const double margin = std::max( extent.width(), extent.height() ) * 0.08 + 60; // the stops' circles
  extent.grow( margin );
  if ( extent.width() < minimumMeters )
    extent.scale( minimumMeters / std::max( 1.0, extent.width() ) );
  if ( extent.height() < minimumMeters )
    extent.scale( minimumMeters / std::max( 1.0, extent.height() ) );
  return extent;
}

QgsRectangle WalkMapLayers::stopExtent( const WalkStop &stop, double radiusMeters )
{
  const double half = std::max( radiusMeters * 1.35, 80.0 );
  return QgsRectangle( stop.x - half, stop.y - half, stop.x + half, stop.y + half );
}

double WalkMapLayers::addMapKey( LayoutFlow &flow, QgsLayoutItemMap *map, const QRectF &rectMm,
                                 bool withStart, double radiusMeters )
{
  // The arrow and the bar on one line; the key beside them on a wide map, under them on a narrow one.
  const bool narrow = rectMm.width() < 110;
  const double arrowWidth = narrow ? 4.5 : 6;
  const double arrowHeight = narrow ? 7 : 10;
  PrintMap::addNorthArrow( flow.layout(), map, QRectF( rectMm.left(), rectMm.top(), arrowWidth, arrowHeight ),
                           narrow ? 0.6 : 0.8 );
  const double barLeft = rectMm.left() + arrowWidth + 4;
  const double barWidth =
    narrow ? std::min( 45.0, rectMm.right() - barLeft - 2 ) : std::min( 55.0, rectMm.width() * 0.4 );
  QgsLayoutItemScaleBar *bar = PrintMap::addScaleBar( flow.layout(), map, QPointF( barLeft, rectMm.top() ),
                                                      barWidth, narrow ? 0.8 : 0.9 );
  bar->attemptMove( QgsLayoutPoint( barLeft, rectMm.top() + ( narrow ? 0 : 2 ) ) );

  QStringList key;
  if ( !narrow )
    key << tr( "1, 2, 3 …: the stops in their order" );
  if ( withStart )
    key << tr( "green ring: the start" );
  if ( radiusMeters > 0 )
    key << tr( "dashed circle: %1 m around the stop" ).arg( radiusMeters );
  key << tr( "Scale 1:%1" ).arg( QLocale().toString( map->scale(), 'f', 0 ) );
  const QFont keyFont = LayoutFlow::font( 7 );
  const QString keyText = key.join( narrow ? QStringLiteral( " · " ) : QStringLiteral( "\n" ) );
  const double keyLeft = narrow ? rectMm.left() : barLeft + barWidth + 8;
  const double keyTop = narrow ? rectMm.top() + arrowHeight + 1.5 : rectMm.top();
  const double keyHeight = LayoutFlow::textHeight( keyFont, keyText, rectMm.right() - keyLeft );
  flow.label( QRectF( keyLeft, keyTop, rectMm.right() - keyLeft, keyHeight ), keyText, keyFont,
              SheetStyle::kMuted );
  return std::max( arrowHeight, keyTop + keyHeight - rectMm.top() );
}

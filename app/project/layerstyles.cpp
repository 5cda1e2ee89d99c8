#include "layerstyles.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgsfillsymbol.h>
#include <qgslayertreemodellegendnode.h>
#include <qgsmaplayerlegend.h>
#include <qgslayertreelayer.h>
#include <qgsrasterrenderer.h>
#include <qgsfillsymbollayer.h>
#include <qgslinesymbol.h>
#include <qgslinesymbollayer.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

#include <QFont>
#include <QLocale>

#include <cmath>

namespace
{

//! A width given in metres on the ground, kept readable (between minMm and maxMm) at every scale.
QgsMapUnitScale groundWidthLimits( double minMm, double maxMm )
{
  QgsMapUnitScale scale;
  scale.minSizeMMEnabled = true;
  scale.minSizeMM = minMm;
  scale.maxSizeMMEnabled = true;
  scale.maxSizeMM = maxMm;
  return scale;
}

QgsSimpleLineSymbolLayer *lineLayer( const QColor &color, double widthMm, Qt::PenStyle style = Qt::SolidLine )
{
  auto *layer = new QgsSimpleLineSymbolLayer( color, widthMm, style );
  layer->setPenCapStyle( Qt::RoundCap );
  layer->setPenJoinStyle( Qt::RoundJoin );
  return layer;
}

//! A road line whose width follows the road on the ground (metres) within readable limits (mm).
QgsSimpleLineSymbolLayer *roadLayer( const QColor &color, double widthMeters, double minMm, double maxMm,
                                     int pass )
{
  QgsSimpleLineSymbolLayer *layer = lineLayer( color, widthMeters );
  layer->setWidthUnit( QgsUnitTypes::RenderMapUnits );
  layer->setWidthMapUnitScale( groundWidthLimits( minMm, maxMm ) );
  layer->setRenderingPass( pass );
  return layer;
}

QgsLineSymbol *lineSymbol( std::initializer_list<QgsSymbolLayer *> layers )
{
  QgsSymbolLayerList list;
  for ( QgsSymbolLayer *layer : layers )
    list << layer;
  return new QgsLineSymbol( list );
}

QgsFillSymbol *fillSymbol( const QColor &fill, const QColor &stroke, double strokeWidthMm,
                           Qt::PenStyle strokeStyle = Qt::SolidLine )
{
  auto *layer =
    new QgsSimpleFillSymbolLayer( fill, fill.alpha() == 0 ? Qt::NoBrush : Qt::SolidPattern, stroke,
                                  strokeWidthMm > 0 ? strokeStyle : Qt::NoPen, strokeWidthMm );
  return new QgsFillSymbol( QgsSymbolLayerList() << layer );
}

QgsMarkerSymbol *markerSymbol( QgsSimpleMarkerSymbolLayerBase::Shape shape, const QColor &fill, double sizeMm,
                               const QColor &stroke = QColor( 255, 255, 255 ), double strokeWidthMm = 0.25 )
{
  auto *layer =
    new QgsSimpleMarkerSymbolLayer( shape, sizeMm, 0, Qgis::ScaleMethod::ScaleDiameter, fill, stroke );
  layer->setStrokeWidth( strokeWidthMm );
  return new QgsMarkerSymbol( QgsSymbolLayerList() << layer );
}

//! A symbol of the layer's geometry type: fill for polygons, line for lines, marker for points.
QgsSymbol *symbolForGeometry( QgsWkbTypes::GeometryType type, const QColor &color, const QColor &stroke,
                              double sizeMm )
{
  switch ( type )
  {
  case QgsWkbTypes::PolygonGeometry:
    return fillSymbol( color, stroke, stroke.isValid() ? 0.15 : 0 );
  case QgsWkbTypes::LineGeometry:
    return lineSymbol( { lineLayer( stroke.isValid() ? stroke : color, sizeMm ) } );
  default:
    return markerSymbol( QgsSimpleMarkerSymbolLayerBase::Circle, color, sizeMm );
  }
}

QgsTextFormat textFormat( double sizePt, const QColor &color, bool bold = false, bool italic = false,
                          double bufferMm = 0.7 )
{
  QFont font = QFont( QStringLiteral( "Sans Serif" ) );
  font.setBold( bold );
  font.setItalic( italic );
  QgsTextFormat format;
  format.setFont( font );
  format.setSize( sizePt );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( color );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( bufferMm > 0 );
  buffer.setSize( bufferMm );
  buffer.setSizeUnit( QgsUnitTypes::RenderMillimeters );
  buffer.setColor( QColor( 255, 255, 255, 220 ) );
  format.setBuffer( buffer );
  return format;
}

//! Labels shown only from the given scale inward (denominator), so that names do not pile up when zoomed out.
void showLabelsFromScale( QgsPalLayerSettings &settings, double scaleDenominator )
{
  settings.scaleVisibility = true;
  settings.minimumScale = scaleDenominator; // the most zoomed-out scale that still shows them
  settings.maximumScale = 0;
}

void setLabels( QgsVectorLayer *layer, const QgsPalLayerSettings &settings )
{
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( settings ) );
  layer->setLabelsEnabled( true );
}

//! One class of a categorized style: the attribute value, its legend label and its symbol.
struct StyleClass
{
  QString value;
  QString label;
  QgsSymbol *symbol = nullptr;
};

QgsCategorizedSymbolRenderer *categorized( const QString &attribute, const QList<StyleClass> &classes,
                                           QgsSymbol *otherSymbol )
{
  QgsCategoryList categories;
  for ( const StyleClass &entry : classes )
    categories << QgsRendererCategory( entry.value, entry.symbol, entry.label );
  // An empty value catches every kind the list does not name.
  if ( otherSymbol )
    categories << QgsRendererCategory( QVariant(), otherSymbol, LayerStyles::tr( "Other" ) );
  return new QgsCategorizedSymbolRenderer( attribute, categories );
}

void styleLanduse( QgsVectorLayer *layer )
{
  const QgsWkbTypes::GeometryType type = layer->geometryType();
  const QColor stroke; // no outlines: landuse is background, not a boundary
  auto fill = [&]( const char *color ) { return symbolForGeometry( type, QColor( color ), stroke, 0.3 ); };
  const QList<StyleClass> classes = {
    { QStringLiteral( "residential" ), LayerStyles::tr( "Residential" ), fill( "#e9e3da" ) },
    { QStringLiteral( "centre" ), LayerStyles::tr( "Town centre" ), fill( "#eddcd2" ) },
    { QStringLiteral( "industrial" ), LayerStyles::tr( "Industrial" ), fill( "#e3dde6" ) },
    { QStringLiteral( "park" ), LayerStyles::tr( "Park" ), fill( "#d3e8c6" ) },
    { QStringLiteral( "forest" ), LayerStyles::tr( "Forest" ), fill( "#bfd9ad" ) },
    { QStringLiteral( "field" ), LayerStyles::tr( "Field" ), fill( "#f0f0d8" ) },
  };
  layer->setRenderer( categorized( QStringLiteral( "kind" ), classes, fill( "#ebe7e0" ) ) );
}

void styleWater( QgsVectorLayer *layer )
{
  const QColor water( "#aad3df" );
  const QColor shore( "#8fbfd0" );
  QgsSymbol *symbol = nullptr;
  if ( layer->geometryType() == QgsWkbTypes::LineGeometry )
    symbol = lineSymbol( { roadLayer( shore, 8, 0.4, 2.5, 0 ) } );
  else
    symbol = fillSymbol( water, shore, 0.2 );
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );

  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "name" );
  labels.placement = layer->geometryType() == QgsWkbTypes::LineGeometry ? QgsPalLayerSettings::Curved
                                                                        : QgsPalLayerSettings::Horizontal;
  labels.setFormat( textFormat( 8, QColor( "#3f7f9a" ), false, true, 0 ) );
  labels.priority = 3;
  if ( layer->fields().indexOf( labels.fieldName ) >= 0 )
    setLabels( layer, labels );
}

void styleBuildings( QgsVectorLayer *layer )
{
  layer->setRenderer( new QgsSingleSymbolRenderer(
    symbolForGeometry( layer->geometryType(), QColor( "#d6cec6" ), QColor( "#bcb2a8" ), 0.2 ) ) );
}

void styleRoads( QgsVectorLayer *layer )
{
  // Widths are metres on the ground, clamped in mm: roads read as lines in the municipality overview and as
  // streets when zoomed in. Casings go in pass 0 so that crossings merge instead of cutting each other.
  QgsLineSymbol *arterial = lineSymbol( { roadLayer( QColor( "#c9a66b" ), 16, 1.1, 4.5, 0 ),
                                          roadLayer( QColor( "#fde7b5" ), 12, 0.7, 3.6, 3 ) } );
  QgsLineSymbol *street = lineSymbol( { roadLayer( QColor( "#cfc7bd" ), 11, 0.6, 3.2, 0 ),
                                        roadLayer( QColor( "#ffffff" ), 8, 0.35, 2.6, 2 ) } );
  QgsSimpleLineSymbolLayer *pathLine = lineLayer( QColor( "#a48e78" ), 0.3, Qt::DashLine );
  pathLine->setRenderingPass( 1 );
  QgsLineSymbol *path = lineSymbol( { pathLine } );
  QgsLineSymbol *other = lineSymbol( { roadLayer( QColor( "#ffffff" ), 6, 0.3, 2.0, 1 ) } );
  QgsCategorizedSymbolRenderer *renderer =
    categorized( QStringLiteral( "kind" ),
                 { { QStringLiteral( "arterial" ), LayerStyles::tr( "Main road" ), arterial },
                   { QStringLiteral( "street" ), LayerStyles::tr( "Street" ), street },
                   { QStringLiteral( "path" ), LayerStyles::tr( "Footpath and cycle path" ), path } },
                 other );
  renderer->setUsingSymbolLevels( true );
  layer->setRenderer( renderer );

  // Street names along the lines; paths stay unnamed to keep the map calm.
  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "CASE WHEN \"kind\" IN ('arterial', 'street') THEN \"name\" END" );
  labels.isExpression = true;
  labels.placement = QgsPalLayerSettings::Curved;
  labels.lineSettings().setPlacementFlags( QgsLabeling::OnLine );
  labels.lineSettings().setMergeLines( true );
  labels.setFormat( textFormat( 7.5, QColor( "#4d4d4d" ), false, false, 0.8 ) );
  labels.priority = 6;
  // Street names need room: from about a whole town on the screen inward.
  showLabelsFromScale( labels, 40000 );
  if ( layer->fields().indexOf( QStringLiteral( "name" ) ) >= 0 &&
       layer->fields().indexOf( QStringLiteral( "kind" ) ) >= 0 )
    setLabels( layer, labels );
}

void styleRailway( QgsVectorLayer *layer )
{
  // The classic railway: a grey line with white dashes on it.
  QgsSimpleLineSymbolLayer *base = lineLayer( QColor( "#8c8c8c" ), 0.9 );
  base->setPenCapStyle( Qt::FlatCap );
  QgsSimpleLineSymbolLayer *dashes = lineLayer( QColor( "#ffffff" ), 0.45 );
  dashes->setPenCapStyle( Qt::FlatCap );
  dashes->setUseCustomDashPattern( true );
  dashes->setCustomDashVector( { 2.5, 2.5 } );
  dashes->setCustomDashPatternUnit( QgsUnitTypes::RenderMillimeters );
  layer->setRenderer( new QgsSingleSymbolRenderer( lineSymbol( { base, dashes } ) ) );
}

void styleBoundary( QgsVectorLayer *layer )
{
  const QColor color( "#8a7a99" );
  QgsSymbol *symbol = nullptr;
  if ( layer->geometryType() == QgsWkbTypes::PolygonGeometry )
    symbol = fillSymbol( QColor( 0, 0, 0, 0 ), color, 0.7, Qt::DashDotLine );
  else
    symbol = lineSymbol( { lineLayer( color, 0.7, Qt::DashDotLine ) } );
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
}

void stylePois( QgsVectorLayer *layer )
{
  using Shape = QgsSimpleMarkerSymbolLayerBase::Shape;
  // Muted, dark-outlined and small: places to orient by, never to be mistaken for incidents.
  auto poi = []( Shape shape, const char *color, double size )
  { return markerSymbol( shape, QColor( color ), size, QColor( "#5a5a5a" ), 0.2 ); };
  const QList<StyleClass> classes = {
    { QStringLiteral( "station" ), LayerStyles::tr( "Station" ), poi( Shape::Square, "#6f7fa8", 2.6 ) },
    { QStringLiteral( "bus_stop" ), LayerStyles::tr( "Bus stop" ), poi( Shape::Square, "#9fb3cf", 1.6 ) },
    { QStringLiteral( "square" ), LayerStyles::tr( "Square" ), poi( Shape::Diamond, "#c9bfb3", 2.4 ) },
    { QStringLiteral( "school" ), LayerStyles::tr( "School" ), poi( Shape::Pentagon, "#d7c29a", 2.4 ) },
    { QStringLiteral( "shop" ), LayerStyles::tr( "Shop" ), poi( Shape::Square, "#d3bfd3", 1.8 ) },
    { QStringLiteral( "sports" ), LayerStyles::tr( "Sports ground" ), poi( Shape::Hexagon, "#b9d3a9", 2.4 ) },
    { QStringLiteral( "library" ), LayerStyles::tr( "Library" ), poi( Shape::Square, "#c8b49a", 2.2 ) },
    { QStringLiteral( "church" ), LayerStyles::tr( "Church" ), poi( Shape::CrossFill, "#9a9a9a", 2.6 ) },
    { QStringLiteral( "youth_centre" ), LayerStyles::tr( "Youth centre" ),
      poi( Shape::Star, "#e0c27a", 2.8 ) },
  };
  layer->setRenderer(
    categorized( QStringLiteral( "kind" ), classes, poi( Shape::Square, "#cccccc", 1.6 ) ) );

  QgsPalLayerSettings labels;
  // Bus stops are many and their names repeat the streets': they are named only at close zoom.
  labels.fieldName =
    QStringLiteral( "CASE WHEN \"kind\" = 'bus_stop' AND @map_scale > 8000 THEN NULL ELSE \"name\" END" );
  labels.isExpression = true;
  labels.placement = QgsPalLayerSettings::OrderedPositionsAroundPoint;
  labels.dist = 0.8;
  labels.setFormat( textFormat( 7, QColor( "#555555" ), false, false, 0.7 ) );
  labels.priority = 4;
  showLabelsFromScale( labels, 25000 );
  if ( layer->fields().indexOf( QStringLiteral( "name" ) ) >= 0 &&
       layer->fields().indexOf( QStringLiteral( "kind" ) ) >= 0 )
    setLabels( layer, labels );
}

} // namespace

QColor LayerStyles::mapBackgroundColor()
{
  return QColor( "#f4f1ec" );
}

void LayerStyles::applyBaseMapStyle( QgsVectorLayer *layer, const QString &table )
{
  if ( !layer || !layer->isValid() )
    return;
  if ( table == QLatin1String( "map_landuse" ) )
    styleLanduse( layer );
  else if ( table == QLatin1String( "map_water" ) )
    styleWater( layer );
  else if ( table == QLatin1String( "map_buildings" ) )
    styleBuildings( layer );
  else if ( table == QLatin1String( "map_roads" ) )
    styleRoads( layer );
  else if ( table == QLatin1String( "map_railway" ) )
    styleRailway( layer );
  else if ( table == QLatin1String( "map_boundary" ) )
    styleBoundary( layer );
  else if ( table == QLatin1String( "map_pois" ) )
    stylePois( layer );
}

void LayerStyles::applyUserLayerStyle( QgsVectorLayer *layer, int index )
{
  if ( !layer || !layer->isValid() )
    return;
  // Dark, saturated colours that none of the category colours or the pale base map use.
  static const char *const sPalette[] = { "#1f5fa8", "#2e7d32", "#6a3d9a", "#a6511f", "#00838f" };
  const QColor color( sPalette[std::abs( index ) % ( sizeof sPalette / sizeof *sPalette )] );
  QgsSymbol *symbol = nullptr;
  switch ( layer->geometryType() )
  {
  case QgsWkbTypes::PolygonGeometry:
    symbol = fillSymbol( QColor( color.red(), color.green(), color.blue(), 30 ), color, 0.6 );
    break;
  case QgsWkbTypes::LineGeometry:
    symbol = lineSymbol( { lineLayer( color, 0.6 ) } );
    break;
  case QgsWkbTypes::PointGeometry:
    symbol = markerSymbol( QgsSimpleMarkerSymbolLayerBase::Square, color, 2.2, QColor( 255, 255, 255 ), 0.3 );
    break;
  default:
    return; // no geometry: nothing to draw
  }
  layer->setRenderer( new QgsSingleSymbolRenderer( symbol ) );
}

QgsCategorizedSymbolRenderer *
LayerStyles::createIncidentRenderer( const std::vector<tryggkarta::Category> &categories, bool englishLabels )
{
  QgsCategoryList list;
  for ( const tryggkarta::Category &category : categories )
  {
    const QColor color( QString::fromStdString( category.color ) );
    QgsMarkerSymbol *symbol =
      markerSymbol( QgsSimpleMarkerSymbolLayerBase::Circle, color.isValid() ? color : QColor( "#808080" ),
                    2.6, QColor( 255, 255, 255 ), 0.3 );
    const std::string &label =
      englishLabels && !category.labelEn.empty() ? category.labelEn : category.labelSv;
    list << QgsRendererCategory( QString::fromStdString( category.code ), symbol,
                                 QString::fromStdString( label ), !category.hidden );
  }
  return new QgsCategorizedSymbolRenderer( QStringLiteral( "category" ), list );
}

void LayerStyles::applyIncidentStyle( QgsVectorLayer *layer,
                                      const std::vector<tryggkarta::Category> &categories,
                                      bool englishLabels )
{
  if ( !layer || !layer->isValid() )
    return;
  layer->setRenderer( createIncidentRenderer( categories, englishLabels ) );
}

void LayerStyles::applyObservationStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  // A class expression rather than the raw field: OGR may report the GeoPackage BOOLEAN as bool or as
  // integer.
  auto *renderer = new QgsCategorizedSymbolRenderer( QStringLiteral(
    "CASE WHEN \"positive\" IS NULL THEN 'unknown' WHEN \"positive\" THEN 'positive' ELSE 'negative' END" ) );
  renderer->addCategory(
    QgsRendererCategory( QStringLiteral( "negative" ),
                         markerSymbol( QgsSimpleMarkerSymbolLayerBase::EquilateralTriangle,
                                       QColor( "#d7301f" ), 3.0, QColor( 255, 255, 255 ), 0.3 ),
                         LayerStyles::tr( "Negative observation" ) ) );
  renderer->addCategory(
    QgsRendererCategory( QStringLiteral( "positive" ),
                         markerSymbol( QgsSimpleMarkerSymbolLayerBase::Circle, QColor( "#1a9850" ), 2.6,
                                       QColor( 255, 255, 255 ), 0.3 ),
                         LayerStyles::tr( "Positive observation" ) ) );
  renderer->addCategory(
    QgsRendererCategory( QStringLiteral( "unknown" ),
                         markerSymbol( QgsSimpleMarkerSymbolLayerBase::Square, QColor( "#8c8c8c" ), 2.2,
                                       QColor( 255, 255, 255 ), 0.3 ),
                         LayerStyles::tr( "Observation" ) ) );
  layer->setRenderer( renderer );
}

void LayerStyles::applyPositivePlacesStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  layer->setRenderer( new QgsSingleSymbolRenderer( markerSymbol(
    QgsSimpleMarkerSymbolLayerBase::Star, QColor( "#1a9850" ), 4.2, QColor( "#00441b" ), 0.3 ) ) );
}

void LayerStyles::applySafetyWalkStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  static const char *const sPalette[] = { "#d95f02", "#7570b3", "#e7298a", "#1b9e77",
                                          "#66a61e", "#e6ab02", "#a6761d" };
  const int nameIndex = layer->fields().indexOf( QStringLiteral( "name" ) );
  QList<QVariant> names = nameIndex >= 0 ? layer->uniqueValues( nameIndex ).values() : QList<QVariant>();
  std::sort( names.begin(), names.end(),
             []( const QVariant &a, const QVariant &b ) { return a.toString() < b.toString(); } );

  auto route = []( const QColor &color )
  {
    // A white casing under the route keeps it readable over roads.
    return lineSymbol( { lineLayer( QColor( 255, 255, 255, 230 ), 2.0 ), lineLayer( color, 1.1 ) } );
  };
  QgsCategoryList categories;
  int i = 0;
  for ( const QVariant &name : std::as_const( names ) )
  {
    const QColor color( sPalette[i++ % ( sizeof sPalette / sizeof *sPalette )] );
    categories << QgsRendererCategory( name, route( color ), name.toString() );
  }
  if ( categories.isEmpty() )
    layer->setRenderer( new QgsSingleSymbolRenderer( route( QColor( sPalette[0] ) ) ) );
  else
    layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "name" ), categories ) );
}

void LayerStyles::applyAreaStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  // EST areas are what the group works on: strong dashed outlines. Districts only give orientation.
  const QColor estColor( "#2c5aa0" );
  const QColor districtColor( "#8a7a99" );
  const QColor customColor( "#b35806" );
  auto *renderer = new QgsCategorizedSymbolRenderer( QStringLiteral( "kind" ) );
  renderer->addCategory( QgsRendererCategory(
    QStringLiteral( "est_area" ), fillSymbol( QColor( 44, 90, 160, 20 ), estColor, 0.7, Qt::DashLine ),
    tr( "EST area" ) ) );
  renderer->addCategory( QgsRendererCategory(
    QStringLiteral( "district" ), fillSymbol( QColor( 0, 0, 0, 0 ), districtColor, 0.35, Qt::DotLine ),
    tr( "District" ) ) );
  renderer->addCategory( QgsRendererCategory(
    QStringLiteral( "custom" ), fillSymbol( QColor( 179, 88, 6, 20 ), customColor, 0.6, Qt::DashLine ),
    tr( "Own area" ) ) );
  layer->setRenderer( renderer );

  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "name" );
  labels.placement = QgsPalLayerSettings::Horizontal;
  labels.setFormat( textFormat( 9, estColor, true, false, 0.9 ) );
  labels.priority = 9;
  // Colour and weight follow the kind, so district names stay in the background.
  labels.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Color,
    QgsProperty::fromExpression(
      QStringLiteral( "CASE WHEN \"kind\" = 'district' THEN '%1' WHEN \"kind\" = 'custom' "
                      "THEN '%2' ELSE '%3' END" )
        .arg( districtColor.name(), customColor.name(), estColor.name() ) ) );
  labels.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Bold, QgsProperty::fromExpression( QStringLiteral( "\"kind\" <> 'district'" ) ) );
  labels.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Italic, QgsProperty::fromExpression( QStringLiteral( "\"kind\" = 'district'" ) ) );
  // Where a district's name and an EST area's would collide, the EST area's is placed (labels never overlap:
  // the one of lower priority is left out or moved).
  labels.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Priority,
    QgsProperty::fromExpression( QStringLiteral( "CASE WHEN \"kind\" = 'district' THEN 3 ELSE 9 END" ) ) );
  // Zoomed out to the municipality the town is small: EST area names only, districts' from 1:75 000 inward,
  // none beyond 1:150 000.
  showLabelsFromScale( labels, 150000 );
  labels.dataDefinedProperties().setProperty(
    QgsPalLayerSettings::Show,
    QgsProperty::fromExpression( QStringLiteral( "\"kind\" <> 'district' OR @map_scale <= 75000" ) ) );
  setLabels( layer, labels );
}

double LayerStyles::niceCeiling( double value )
{
  if ( !( value > 0 ) || !std::isfinite( value ) )
    return 1;
  const double magnitude = std::pow( 10.0, std::floor( std::log10( value ) ) );
  for ( double step : { 1.0, 2.0, 2.5, 5.0, 10.0 } )
    if ( step * magnitude >= value * ( 1 - 1e-12 ) )
      return step * magnitude;
  return 10 * magnitude;
}

namespace
{
//! A heatmap's legend: its steps with their values, without the band's technical name ("Band 1: Height").
class DensityLegend : public QgsMapLayerLegend
{
public:
  using QgsMapLayerLegend::QgsMapLayerLegend;

  QList<QgsLayerTreeModelLegendNode *>
  createLayerTreeModelLegendNodes( QgsLayerTreeLayer *nodeLayer ) override
  {
    QList<QgsLayerTreeModelLegendNode *> nodes;
    auto *layer = qobject_cast<QgsRasterLayer *>( nodeLayer->layer() );
    if ( !layer || !layer->renderer() )
      return nodes;
    for ( const auto &[label, color] : layer->renderer()->legendSymbologyItems() )
      if ( !label.isEmpty() )
        nodes << new QgsRasterSymbolLegendNode( nodeLayer, color, label );
    return nodes;
  }
};
} // namespace

void LayerStyles::applyDensityStyle( QgsRasterLayer *layer, double peak )
{
  if ( !layer || !layer->isValid() || !layer->dataProvider() )
    return;
  // The same ramp as the live heatmap, so a stored heatmap reads like the one the user saw; the top is a
  // round number so the legend's steps are round too.
  const double top = niceCeiling( peak );
  const QLocale locale;
  auto label = [&locale]( double value )
  {
    const int decimals = value >= 10 ? 0 : value >= 1 ? 1 : value >= 0.01 ? 2 : 4;
    return locale.toString( value, 'f', decimals );
  };
  QList<QgsColorRampShader::ColorRampItem> items;
  items << QgsColorRampShader::ColorRampItem( 0, QColor( 252, 253, 191, 0 ),
                                              tr( "under %1 (not shown)" ).arg( label( top * 0.02 ) ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.02, QColor( 252, 253, 191, 0 ), QString() );
  items << QgsColorRampShader::ColorRampItem( top * 0.25, QColor( 254, 159, 109, 200 ), label( top * 0.25 ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.5, QColor( 222, 73, 104, 220 ), label( top * 0.5 ) );
  items << QgsColorRampShader::ColorRampItem( top * 0.75, QColor( 140, 41, 129, 235 ), label( top * 0.75 ) );
  items << QgsColorRampShader::ColorRampItem( top, QColor( 59, 15, 112, 245 ),
                                              tr( "%1 (peak %2)" ).arg( label( top ), label( peak ) ) );
  auto *ramp = new QgsColorRampShader( 0, top );
  ramp->setColorRampType( QgsColorRampShader::Interpolated );
  ramp->setColorRampItemList( items );
  ramp->setClip( false );
  // The legend lists the steps with their values rather than a bar with only its ends.
  QgsColorRampLegendNodeSettings legend =
    ramp->legendSettings() ? *ramp->legendSettings() : QgsColorRampLegendNodeSettings();
  legend.setUseContinuousLegend( false );
  ramp->setLegendSettings( new QgsColorRampLegendNodeSettings( legend ) );
  auto *shader = new QgsRasterShader();
  shader->setRasterShaderFunction( ramp );
  auto *renderer = new QgsSingleBandPseudoColorRenderer( layer->dataProvider(), 1, shader );
  renderer->setClassificationMin( 0 );
  renderer->setClassificationMax( top );
  layer->setRenderer( renderer );
  layer->setOpacity( 0.85 );
  useStepLegend( layer );
}

void LayerStyles::useStepLegend( QgsRasterLayer *layer )
{
  if ( layer )
    layer->setLegend( new DensityLegend( layer ) );
}

void LayerStyles::applyHotSpotStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  // ArcGIS's and ColorBrewer's diverging red–blue: the strongest evidence the darkest.
  const QColor outline( 255, 255, 255, 160 );
  auto cell = [&]( const char *color ) { return fillSymbol( QColor( color ), outline, 0.1 ); };
  QgsCategoryList categories;
  categories << QgsRendererCategory( 3, cell( "#b2182b" ), tr( "Hot spot 99 %" ) );
  categories << QgsRendererCategory( 2, cell( "#ef6548" ), tr( "Hot spot 95 %" ) );
  categories << QgsRendererCategory( 1, cell( "#fdbb84" ), tr( "Hot spot 90 %" ) );
  categories << QgsRendererCategory( 0, fillSymbol( QColor( 0, 0, 0, 0 ), QColor( 150, 150, 150, 110 ), 0.1 ),
                                     tr( "Not significant" ) );
  categories << QgsRendererCategory( -1, cell( "#c6dbef" ), tr( "Cold spot 90 %" ) );
  categories << QgsRendererCategory( -2, cell( "#6baed6" ), tr( "Cold spot 95 %" ) );
  categories << QgsRendererCategory( -3, cell( "#2166ac" ), tr( "Cold spot 99 %" ) );
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "bin_fdr" ), categories ) );
  layer->setOpacity( 0.8 );
  // Areas carry their names.
  if ( layer->fields().indexOf( QStringLiteral( "name" ) ) >= 0 )
  {
    QgsPalLayerSettings labels;
    labels.fieldName = QStringLiteral( "name" );
    labels.placement = QgsPalLayerSettings::Horizontal;
    labels.setFormat( textFormat( 8.5, QColor( "#333333" ), true, false, 0.8 ) );
    setLabels( layer, labels );
  }
}

void LayerStyles::applyClusterStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  const QColor color( "#6a3d9a" );
  layer->setRenderer( new QgsSingleSymbolRenderer( fillSymbol( QColor( 106, 61, 154, 45 ), color, 0.6 ) ) );
  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "\"count\"" );
  labels.isExpression = true;
  labels.placement = QgsPalLayerSettings::OverPoint;
  labels.setFormat( textFormat( 9, color, true, false, 0.9 ) );
  labels.priority = 8;
  setLabels( layer, labels );
}

void LayerStyles::applyClusterEventStyle( QgsVectorLayer *layer )
{
  if ( !layer || !layer->isValid() )
    return;
  layer->setRenderer( new QgsSingleSymbolRenderer( markerSymbol(
    QgsSimpleMarkerSymbolLayerBase::Circle, QColor( "#6a3d9a" ), 1.6, QColor( 255, 255, 255 ), 0.2 ) ) );
}

void LayerStyles::applyComparisonStyle( QgsVectorLayer *layer, bool areas )
{
  if ( !layer || !layer->isValid() )
    return;
  // Areas: every area coloured by its change. Cells lie over them: only a change beyond chance is filled, the
  // rest are faint outlines, so the areas stay readable.
  auto symbol = [&]( const QColor &fill, bool significant )
  {
    QColor translucent = fill;
    translucent.setAlpha( significant ? 200 : areas ? 140 : 0 );
    const QColor stroke = significant ? QColor( "#222222" ) : QColor( 120, 120, 120, areas ? 150 : 60 );
    return fillSymbol( translucent, stroke, significant ? 0.6 : 0.15 );
  };
  // One class per direction and significance; the expression gives the class.
  const QString expression = QStringLiteral(
    "CASE WHEN \"significant_fdr\" = 1 THEN \"direction\" || '_significant' ELSE \"direction\" END" );
  QgsCategoryList categories;
  categories << QgsRendererCategory( QStringLiteral( "increase_significant" ),
                                     symbol( QColor( "#d7301f" ), true ), tr( "Increase beyond chance" ) );
  categories << QgsRendererCategory( QStringLiteral( "increase" ), symbol( QColor( "#fdbb84" ), false ),
                                     tr( "Increase within chance" ) );
  categories << QgsRendererCategory( QStringLiteral( "unchanged" ), symbol( QColor( "#e0e0e0" ), false ),
                                     tr( "Unchanged" ) );
  categories << QgsRendererCategory( QStringLiteral( "decrease" ), symbol( QColor( "#9ecae1" ), false ),
                                     tr( "Decrease within chance" ) );
  categories << QgsRendererCategory( QStringLiteral( "decrease_significant" ),
                                     symbol( QColor( "#2171b5" ), true ), tr( "Decrease beyond chance" ) );
  layer->setRenderer( new QgsCategorizedSymbolRenderer( expression, categories ) );
  if ( !areas )
    return;
  // The count now and the change (the area layer names the areas), with a star for a change beyond chance.
  QgsPalLayerSettings labels;
  labels.fieldName =
    QStringLiteral( "'%1 ' || \"count_now\" || ' (' || CASE WHEN \"change\" > 0 THEN '+' ELSE '' "
                    "END || \"change\" || ')' || CASE WHEN \"significant_fdr\" = 1 THEN ' *' "
                    "ELSE '' END" )
      .arg( tr( "now" ).replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) ) );
  labels.isExpression = true;
  labels.placement = QgsPalLayerSettings::OverPoint;
  labels.yOffset = 4;
  labels.setFormat( textFormat( 8.5, QColor( "#222222" ), true, false, 0.9 ) );
  labels.priority = 9;
  setLabels( layer, labels );
}

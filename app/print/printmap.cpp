#include "printmap.h"

#include "layerstyles.h"
#include "projectlayers.h"
#include "sheetstyle.h"

#include <qgsapplication.h>
#include <qgsexpressioncontextutils.h>
#include <qgsprojectmetadata.h>
#include <qgscolorramplegendnode.h>
#include <qgscolorramplegendnodesettings.h>
#include <qgscolorrampshader.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgslegendsettings.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgstextformat.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QFontMetricsF>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

const QString PrintMap::sMapId = QStringLiteral( "map" );
const QString PrintMap::sLegendId = QStringLiteral( "legend" );
const QString PrintMap::sScaleBarId = QStringLiteral( "scalebar" );
const QString PrintMap::sNorthArrowId = QStringLiteral( "northarrow" );
const QString PrintMap::sTitleId = QStringLiteral( "title" );
const QString PrintMap::sPeriodId = QStringLiteral( "period" );
const QString PrintMap::sNoteId = QStringLiteral( "note" );
const QString PrintMap::sSourcesId = QStringLiteral( "sources" );
const QString PrintMap::sScaleTextId = QStringLiteral( "scaletext" );
const QString PrintMap::sPrintDateId = QStringLiteral( "printdate" );
const QString PrintMap::sFilterId = QStringLiteral( "filter" );
const QString PrintMap::sMethodId = QStringLiteral( "method" );
const QString PrintMap::sClassificationId = QStringLiteral( "classification" );

namespace
{

// Colours of the sheet: dark text, a muted grey for secondary lines, the note in the app's amber.
const QColor kTextColor = SheetStyle::kText;
const QColor kMutedColor = SheetStyle::kMuted;
const QColor kRuleColor = SheetStyle::kRule;
const QColor kFrameColor( 0x4a, 0x53, 0x5c );
const QColor kNoteText( 0x6b, 0x4a, 0x00 );
const QColor kNoteFill( 0xff, 0xf6, 0xdc );
const QColor kNoteStroke( 0xd2, 0xa9, 0x3f );
const QColor kInternalColor = SheetStyle::kInternal;
const QColor kPublicColor = SheetStyle::kPublic;

//! At most this many entries describe a heatmap's colours in the legend.
constexpr int kMaxHeatmapEntries = 6;

//! Sizes of one sheet, in millimetres and points; A3 scales the type and panel up.
struct SheetMetrics
{
  double margin = 10;
  double gap = 5; //!< between the map and the panel, between blocks
  double panelWidth = 66;
  double widePanelWidth = 100; //!< for a legend that needs two columns
  double type = 1;             //!< font scale
};

SheetMetrics metricsFor( const PrintMapOptions &options )
{
  SheetMetrics metrics;
  if ( options.paper == PrintMapOptions::PaperSize::A3 )
  {
    metrics.margin = 14;
    metrics.gap = 6;
    metrics.panelWidth = 84;
    metrics.widePanelWidth = 128;
    metrics.type = 1.25;
  }
  return metrics;
}

QFont sheetFont( double points, bool bold = false )
{
  QFont font( PrintMap::fontFamily() );
  font.setPointSizeF( points );
  font.setBold( bold );
  return font;
}

//! The height in mm that text takes when wrapped to widthMm, as QgsLayoutItemLabel draws it.
double textHeightMm( const QFont &font, const QString &text, double widthMm )
{
  const double scale = 10; // QgsLayoutUtils::FONT_WORKAROUND_SCALE, private in QGIS 3.22
  const QFontMetricsF metrics( QgsLayoutUtils::scaledFontPixelSize( font ) );
  const QRectF bounds =
    metrics.boundingRect( QRectF( 0, 0, widthMm * scale, 1e7 ), Qt::TextWordWrap | Qt::AlignLeft, text );
  return bounds.height() / scale;
}

double textWidthMm( const QFont &font, const QString &text )
{
  double width = 0;
  for ( const QString &line : text.split( QLatin1Char( '\n' ) ) )
    width = std::max( width, QgsLayoutUtils::textWidthMM( font, line ) );
  return width;
}

QgsLayoutItemLabel *addLabel( QgsPrintLayout *layout, const QString &id, const QString &text,
                              const QFont &font, const QColor &color, const QRectF &rectMm,
                              Qt::AlignmentFlag halign = Qt::AlignLeft )
{
  auto *label = new QgsLayoutItemLabel( layout );
  label->setId( id );
  label->setText( text );
  label->setFont( font );
  label->setFontColor( color );
  label->setHAlign( halign );
  label->setVAlign( Qt::AlignTop );
  label->setMarginX( 0 );
  label->setMarginY( 0 );
  label->setFrameEnabled( false );
  label->setBackgroundEnabled( false );
  layout->addLayoutItem( label );
  label->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  label->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  return label;
}

//! A filled rectangle without a stroke (rules and backgrounds).
QgsLayoutItemShape *addRectangle( QgsPrintLayout *layout, const QRectF &rectMm, const QColor &fill )
{
  auto *shape = new QgsLayoutItemShape( layout );
  shape->setShapeType( QgsLayoutItemShape::Rectangle );
  QVariantMap properties{ { QStringLiteral( "color" ), fill.name() },
                          { QStringLiteral( "style" ), QStringLiteral( "solid" ) },
                          { QStringLiteral( "outline_style" ), QStringLiteral( "no" ) } };
  shape->setSymbol( QgsFillSymbol::createSimple( properties ) );
  layout->addLayoutItem( shape );
  shape->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  shape->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  return shape;
}

//! value rounded to a number of significant digits.
double roundSignificant( double value, int digits )
{
  if ( value == 0 || !std::isfinite( value ) )
    return value;
  const double magnitude = std::pow( 10.0, digits - 1 - std::floor( std::log10( std::fabs( value ) ) ) );
  return std::round( value * magnitude ) / magnitude;
}

//! A legend number: rounded to digits significant digits, in the user's locale (decimal comma in Swedish).
QString formatValue( double value, int digits )
{
  if ( !std::isfinite( value ) )
    return QString();
  const double rounded = roundSignificant( value, digits );
  const int decimals =
    rounded == 0
      ? 0
      : std::max( 0, digits - 1 - static_cast<int>( std::floor( std::log10( std::fabs( rounded ) ) ) ) );
  return QLocale().toString( rounded, 'f', decimals );
}

//! Labels for values with the fewest significant digits (2 to 4) that tell neighbours apart.
QStringList formatValues( const QList<double> &values )
{
  QStringList labels;
  for ( int digits = 2; digits <= 4; ++digits )
  {
    labels.clear();
    for ( double value : values )
      labels << formatValue( value, digits );
    bool distinct = true;
    for ( int i = 1; i < labels.size(); ++i )
      if ( labels.at( i ) == labels.at( i - 1 ) && values.at( i ) != values.at( i - 1 ) )
        distinct = false;
    if ( distinct )
      break;
  }
  return labels;
}

//! Up to count indices spread evenly over 0 … size - 1, keeping the first and the last.
QList<int> spreadIndices( int size, int count )
{
  QList<int> indices;
  if ( size <= count )
  {
    for ( int i = 0; i < size; ++i )
      indices << i;
    return indices;
  }
  for ( int i = 0; i < count; ++i )
  {
    const int index =
      static_cast<int>( std::lround( static_cast<double>( i ) * ( size - 1 ) / ( count - 1 ) ) );
    if ( indices.isEmpty() || indices.last() != index )
      indices << index;
  }
  return indices;
}

/**
 * Makes a pseudocolour raster (a heatmap) readable in the legend: its name with the units as the heading, and
 * either a continuous ramp with rounded ends or a few classes with rounded bounds. Only the legend's own
 * layer tree node is changed, never the layer.
 */
void configureRasterLegend( QgsLayerTreeLayer *node, QgsLegendModel *model, const QString &units )
{
  auto *raster = qobject_cast<QgsRasterLayer *>( node->layer() );
  if ( !raster )
    return;
  if ( !units.isEmpty() )
  {
    // The units on a line of their own under the name, also when the name has them in brackets already.
    QString name = raster->name();
    name.remove( QStringLiteral( "(%1)" ).arg( units ) ).remove( units );
    name = name.trimmed();
    node->setCustomProperty( QStringLiteral( "legend/title-label" ),
                             name.isEmpty() ? units : QStringLiteral( "%1\n%2" ).arg( name, units ) );
  }
  auto *renderer = dynamic_cast<QgsSingleBandPseudoColorRenderer *>( raster->renderer() );
  if ( !renderer || !renderer->shader() )
    return;
  const auto *shader = dynamic_cast<const QgsColorRampShader *>( renderer->shader()->rasterShaderFunction() );
  if ( !shader )
    return;
  const QList<QgsColorRampShader::ColorRampItem> items = shader->colorRampItemList();

  const QList<QgsLayerTreeModelLegendNode *> nodes = model->layerOriginalLegendNodes( node );
  QList<int> rampNodes;
  QList<int> classNodes;
  for ( int i = 0; i < nodes.size(); ++i )
  {
    if ( dynamic_cast<QgsColorRampLegendNode *>( nodes.at( i ) ) )
      rampNodes << i;
    else if ( dynamic_cast<QgsRasterSymbolLegendNode *>( nodes.at( i ) ) )
      classNodes << i;
  }

  if ( !rampNodes.isEmpty() )
  {
    // A continuous ramp: its ends rounded, the units already in the heading.
    QgsColorRampLegendNodeSettings settings =
      shader->legendSettings() ? *shader->legendSettings() : QgsColorRampLegendNodeSettings();
    const QStringList ends = formatValues( { shader->minimumValue(), shader->maximumValue() } );
    settings.setMinimumLabel( ends.value( 0 ) );
    // Without clipping, values above the top of the scale take its colour.
    settings.setMaximumLabel( shader->clip() ? ends.value( 1 )
                                             : QStringLiteral( "≥ %1" ).arg( ends.value( 1 ) ) );
    settings.setDirection( QgsColorRampLegendNodeSettings::MinimumToMaximum ); // the highest on top
    settings.setOrientation( Qt::Vertical );
    QgsMapLayerLegendUtils::setLegendNodeColorRampSettings( node, rampNodes.first(), &settings );
    // Tall enough to read the colours between the ends (mm).
    QgsMapLayerLegendUtils::setLegendNodeSymbolSize( node, rampNodes.first(), QSizeF( 5, 24 ) );
    QgsMapLayerLegendUtils::setLegendNodeOrder( node, { rampNodes.first() } );
    model->refreshLayerLegend( node );
    return;
  }
  if ( classNodes.size() != items.size() || items.isEmpty() )
    return; // not the one-node-per-item legend we know how to relabel

  // Transparent classes (the lowest densities, usually) draw nothing: they need no entry.
  QList<int> visible;
  for ( int i = 0; i < items.size(); ++i )
    if ( items.at( i ).color.alpha() > 0 )
      visible << i;
  QList<int> shown;
  for ( int i : spreadIndices( visible.size(), kMaxHeatmapEntries ) )
    shown << visible.at( i );
  QList<double> values;
  for ( const QgsColorRampShader::ColorRampItem &item : items )
    values << item.value;
  const QStringList formatted = formatValues( values );
  QList<int> order;
  for ( int index : shown )
  {
    QString label;
    if ( shader->colorRampType() == QgsColorRampShader::Discrete )
    {
      // A discrete class holds the values above the previous item's value up to its own.
      const bool last = index == items.size() - 1;
      if ( index == 0 )
        label = QStringLiteral( "≤ %1" ).arg( formatted.at( 0 ) );
      else if ( last && !std::isfinite( values.at( index ) ) )
        label = QStringLiteral( "> %1" ).arg( formatted.at( index - 1 ) );
      else
        label = QStringLiteral( "%1–%2" ).arg( formatted.at( index - 1 ), formatted.at( index ) );
    }
    else if ( index == items.size() - 1 && !shader->clip() )
      label = QStringLiteral( "≥ %1" ).arg( formatted.at( index ) );
    else
      label = formatted.at( index );
    QgsMapLayerLegendUtils::setLegendNodeUserLabel( node, classNodes.at( index ), label );
    order << classNodes.at( index );
  }
  // Highest values on top, as density legends read.
  std::reverse( order.begin(), order.end() );
  QgsMapLayerLegendUtils::setLegendNodeOrder( node, order );
  model->refreshLayerLegend( node );
}

//! Whether a layer belongs in the legend: the situational picture and analysis results, not the base map.
bool showInLegend( const QgsMapLayer *layer )
{
  const QString table = layer->customProperty( ProjectLayers::sTableProperty ).toString();
  if ( table == QLatin1String( "map_boundary" ) )
    return true;
  return !table.startsWith( QLatin1String( "map_" ) );
}

//! The visible layers of the project, top first.
QList<QgsMapLayer *> visibleProjectLayers( const QgsProject *project )
{
  QList<QgsMapLayer *> layers;
  const QgsLayerTree *root = project->layerTreeRoot();
  for ( QgsMapLayer *layer : root->layerOrder() )
  {
    const QgsLayerTreeLayer *node = root->findLayer( layer );
    if ( node && node->isVisible() )
      layers << layer;
  }
  return layers;
}

//! Which legend group a layer belongs to: "analysis", "events" or "map".
QString legendGroupOf( const QgsMapLayer *layer )
{
  const QString table = layer->customProperty( ProjectLayers::sTableProperty ).toString();
  if ( table == QLatin1String( "incidents" ) || table == QLatin1String( "observations" ) ||
       table == QLatin1String( "safety_walks" ) )
    return QStringLiteral( "events" );
  if ( table == QLatin1String( "map_boundary" ) || table == QLatin1String( "areas" ) ||
       table.startsWith( QLatin1String( "map_" ) ) )
    return QStringLiteral( "map" );
  return QStringLiteral( "analysis" );
}

/**
 * The legend's tree: the map's layers in three groups (what the analysis shows, the events, the map's
 * boundaries and areas), so a boundary never stands under the hot spots' heading; a heatmap's colours with
 * rounded values and its units.
 */
void populateLegendTree( QgsLayoutItemLegend *legend, QgsLayoutItemMap *map, const PrintMapOptions &options )
{
  legend->setAutoUpdateModel( false );
  QgsLayerTree *legendRoot = legend->model()->rootGroup();
  legendRoot->removeAllChildren();
  const QList<QPair<QString, QString>> groups = {
    { QStringLiteral( "analysis" ), PrintMap::tr( "Analysis" ) },
    { QStringLiteral( "events" ), PrintMap::tr( "Events" ) },
    { QStringLiteral( "map" ), PrintMap::tr( "Map" ) } };
  for ( const auto &[kind, name] : groups )
  {
    QList<QgsMapLayer *> members;
    for ( QgsMapLayer *layer : map->layers() )
      if ( showInLegend( layer ) && legendGroupOf( layer ) == kind )
        members << layer;
    if ( members.isEmpty() )
      continue;
    QgsLayerTreeGroup *group = legendRoot->addGroup( name );
    for ( QgsMapLayer *layer : std::as_const( members ) )
    {
      QgsLayerTreeLayer *node = group->addLayer( layer );
      if ( qobject_cast<QgsRasterLayer *>( layer ) )
        configureRasterLegend( node, legend->model(), options.heatmapUnits );
    }
  }
}

/**
 * Applies the legend's look at a type scale and number of columns, filters its entries to what the map shows
 * and returns the size it needs (mm) if that fits maxSize. With columns, whole layers per column are tried
 * before a long layer is split over two.
 */
std::optional<QSizeF> fitLegend( QgsLayoutItemLegend *legend, QgsLayoutItemMap *map, double type, int columns,
                                 const QSizeF &maxSize )
{
  legend->setStyleFont( QgsLegendStyle::Title, sheetFont( 10 * type, true ) );
  legend->setStyleFont( QgsLegendStyle::Group, sheetFont( 8.5 * type, true ) );
  legend->setStyleMargin( QgsLegendStyle::Group, QgsLegendStyle::Top, 3.5 * type );
  legend->setStyleFont( QgsLegendStyle::Subgroup, sheetFont( 8 * type, true ) );
  legend->setStyleFont( QgsLegendStyle::SymbolLabel, sheetFont( 7.5 * type ) );
  legend->setStyleMargin( QgsLegendStyle::Title, QgsLegendStyle::Bottom, 2.5 * type );
  legend->setStyleMargin( QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 3 * type );
  legend->setStyleMargin( QgsLegendStyle::Subgroup, QgsLegendStyle::Bottom, 0.5 * type );
  legend->setStyleMargin( QgsLegendStyle::Symbol, QgsLegendStyle::Top, 1.1 * type );
  legend->setStyleMargin( QgsLegendStyle::SymbolLabel, QgsLegendStyle::Left, 2 * type );
  legend->setSymbolWidth( 5 * type );
  legend->setSymbolHeight( 3 * type );
  legend->setColumnCount( columns );
  legend->setResizeToContents( true );

  // The same filter the legend applies when it is drawn: only symbols the map shows.
  const double dpi = legend->layout()->renderContext().dpi();
  const QgsRectangle extent = map->extent();
  const double mmPerMapUnit =
    legend->layout()
      ->convertFromLayoutUnits( map->mapUnitsToLayoutUnits(), QgsUnitTypes::LayoutMillimeters )
      .length();
  const QSizeF pixels = QSizeF( extent.width(), extent.height() ) * mmPerMapUnit * dpi / 25.4;
  const QgsMapSettings mapSettings = map->mapSettings( extent, pixels, dpi, true );
  legend->model()->setLegendFilter( &mapSettings, true, QgsGeometry(), true );

  QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout( legend->layout(), nullptr );
  context.setRendererScale( map->scale() );
  for ( bool split : { false, true } )
  {
    if ( split && columns == 1 )
      break;
    legend->setSplitLayer( split );
    QgsLegendRenderer renderer( legend->model(), legend->legendSettings() );
    const QSizeF size = renderer.minimumSize( &context );
    if ( size.width() <= maxSize.width() + 0.01 && size.height() <= maxSize.height() + 0.01 )
      return size;
  }
  return std::nullopt;
}

/**
 * Finds the largest type scale (and fewest columns) at which the legend fits maxSize, applies it and returns
 * the legend's size. When nothing fits the smallest setting is kept and the legend is clipped to maxSize.
 */
QSizeF fitLegendInto( QgsLayoutItemLegend *legend, QgsLayoutItemMap *map, double type, const QSizeF &maxSize,
                      int maxColumns )
{
  for ( double factor : { 1.0, 0.9, 0.8, 0.7 } )
    for ( int columns = 1; columns <= maxColumns; ++columns )
      if ( const std::optional<QSizeF> size = fitLegend( legend, map, type * factor, columns, maxSize ) )
        return *size;
  legend->setResizeToContents( false );
  return maxSize;
}

//! A round length for a scale bar segment: 1, 2, 2.5 or 5 × 10^n, at most value.
double roundDown125( double value )
{
  const double magnitude = std::pow( 10.0, std::floor( std::log10( value ) ) );
  for ( double step : { 5.0, 2.5, 2.0, 1.0 } )
    if ( step * magnitude <= value )
      return step * magnitude;
  return magnitude;
}

/**
 * A scale bar of four round segments at most widthMm long, in metres or (from 1 km) kilometres, Swedish
 * style: alternating black and white boxes with numbers above.
 */
QgsLayoutItemScaleBar *addScaleBar( QgsPrintLayout *layout, QgsLayoutItemMap *map, const QPointF &topLeft,
                                    double widthMm, double type )
{
  auto *scaleBar = new QgsLayoutItemScaleBar( layout );
  scaleBar->setId( PrintMap::sScaleBarId );
  layout->addLayoutItem( scaleBar );
  scaleBar->setLinkedMap( map );
  scaleBar->applyDefaultSettings();
  scaleBar->setStyle( QStringLiteral( "Single Box" ) );

  const int segments = 4;
  // The map's scale is on the ground whatever its CRS; the bar itself converts from map units.
  const double metresPerMm = map->scale() / 1000.0;
  const double segmentMetres = roundDown125( widthMm * metresPerMm / segments );
  const bool kilometres = segmentMetres * segments >= 1000;
  scaleBar->setUnits( kilometres ? QgsUnitTypes::DistanceKilometers : QgsUnitTypes::DistanceMeters );
  // Segments are given in the bar's units; the labels divide them by this "label unit multiplier".
  scaleBar->setMapUnitsPerScaleBarUnit( 1 );
  scaleBar->setUnitLabel( kilometres ? QStringLiteral( "km" ) : QStringLiteral( "m" ) );
  scaleBar->setSegmentSizeMode( QgsScaleBarSettings::SegmentSizeFixed );
  scaleBar->setUnitsPerSegment( kilometres ? segmentMetres / 1000 : segmentMetres );
  scaleBar->setNumberOfSegments( segments );
  scaleBar->setNumberOfSegmentsLeft( 0 );
  scaleBar->setHeight( 1.8 * type );
  scaleBar->setLabelBarSpace( 1.2 * type );
  scaleBar->setBoxContentSpace( 0.5 );
  QgsTextFormat format;
  format.setFont( sheetFont( 7 * type ) );
  format.setSize( 7 * type );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( kTextColor );
  scaleBar->setTextFormat( format );
  scaleBar->setFrameEnabled( false );
  scaleBar->setBackgroundEnabled( false );
  scaleBar->attemptMove( QgsLayoutPoint( topLeft.x(), topLeft.y() ) );
  scaleBar->update();
  scaleBar->resizeToMinimumWidth();
  return scaleBar;
}

//! QGIS's own north arrow (the layout designer's default), else a drawn "N" with an arrow.
QgsLayoutItem *addNorthArrow( QgsPrintLayout *layout, QgsLayoutItemMap *map, const QRectF &rectMm,
                              double type )
{
  QString svg;
  for ( const QString &folder : QgsApplication::svgPaths() )
  {
    const QString candidate = QDir( folder ).filePath( QStringLiteral( "arrows/NorthArrow_02.svg" ) );
    if ( QFileInfo::exists( candidate ) )
    {
      svg = candidate;
      break;
    }
  }
  if ( svg.isEmpty() )
    return addLabel( layout, PrintMap::sNorthArrowId, QStringLiteral( "N\n▲" ), sheetFont( 11 * type, true ),
                     kTextColor, rectMm, Qt::AlignHCenter );

  auto *picture = new QgsLayoutItemPicture( layout );
  picture->setId( PrintMap::sNorthArrowId );
  picture->setPicturePath( svg, QgsLayoutItemPicture::FormatSVG );
  picture->setSvgFillColor( kTextColor );
  picture->setSvgStrokeColor( kTextColor );
  picture->setSvgStrokeWidth( 0.2 );
  picture->setResizeMode( QgsLayoutItemPicture::Zoom );
  picture->setPictureAnchor( QgsLayoutItem::Middle );
  layout->addLayoutItem( picture );
  picture->setLinkedMap( map );
  picture->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  picture->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  return picture;
}

} // namespace

QgsLayoutItemScaleBar *PrintMap::addScaleBar( QgsPrintLayout *layout, QgsLayoutItemMap *map,
                                              const QPointF &topLeft, double widthMm, double type )
{
  return ::addScaleBar( layout, map, topLeft, widthMm, type );
}

QgsLayoutItem *PrintMap::addNorthArrow( QgsPrintLayout *layout, QgsLayoutItemMap *map, const QRectF &rectMm,
                                        double type )
{
  return ::addNorthArrow( layout, map, rectMm, type );
}

QString PrintMap::fontFamily()
{
  static const QString sFamily = []
  {
    for ( const QString &candidate : { QStringLiteral( "Noto Sans" ), QStringLiteral( "DejaVu Sans" ),
                                       QStringLiteral( "Liberation Sans" ), QStringLiteral( "Arial" ) } )
      if ( QFontInfo( QFont( candidate ) ).family() == candidate )
        return candidate;
    return QFontDatabase::systemFont( QFontDatabase::GeneralFont ).family();
  }();
  return sFamily;
}

QString PrintMap::scaleText( double scale, PrintMapOptions::PaperSize paper,
                             const QgsCoordinateReferenceSystem &crs )
{
  return tr( "Scale 1:%1 (printed on %2)" ).arg( QLocale().toString( scale, 'f', 0 ), paperName( paper ) ) +
         QLatin1Char( '\n' ) + QStringLiteral( "%1 (%2)" ).arg( crs.description(), crs.authid() );
}

QString PrintMap::paperName( PrintMapOptions::PaperSize paper )
{
  return paper == PrintMapOptions::PaperSize::A3 ? QStringLiteral( "A3" ) : QStringLiteral( "A4" );
}

QSizeF PrintMap::pageSizeMm( PrintMapOptions::PaperSize paper, QPageLayout::Orientation orientation )
{
  const QSizeF portrait = paper == PrintMapOptions::PaperSize::A3 ? QSizeF( 297, 420 ) : QSizeF( 210, 297 );
  return orientation == QPageLayout::Landscape ? portrait.transposed() : portrait;
}

double PrintMap::roundScale( double scale )
{
  if ( !( scale > 0 ) || !std::isfinite( scale ) )
    return scale;
  const double magnitude = std::pow( 10.0, std::floor( std::log10( scale ) ) );
  for ( double step : { 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 7.5, 10.0 } )
    if ( step * magnitude >= scale * ( 1 - 1e-9 ) )
      return step * magnitude;
  return 10 * magnitude;
}

QString PrintMap::periodTitle( const QDate &from, const QDate &until )
{
  if ( !from.isValid() || !until.isValid() || until < from )
    return tr( "Situational picture" );
  int fromYear = 0;
  int untilYear = 0;
  const int fromWeek = from.weekNumber( &fromYear );
  const int untilWeek = until.weekNumber( &untilYear );
  const bool wholeWeeks = from.dayOfWeek() == 1 && until.dayOfWeek() == 7;
  if ( wholeWeeks && fromYear == untilYear )
  {
    if ( fromWeek == untilWeek )
      return tr( "Situational picture week %1" ).arg( fromWeek );
    return tr( "Situational picture weeks %1–%2" ).arg( fromWeek ).arg( untilWeek );
  }
  return tr( "Situational picture %1 – %2" )
    .arg( from.toString( Qt::ISODate ), until.toString( Qt::ISODate ) );
}

std::unique_ptr<QgsPrintLayout> PrintMap::buildLayout( QgsProject *project, const PrintMapOptions &options )
{
  const SheetMetrics metrics = metricsFor( options );
  const double type = metrics.type;
  const QSizeF page = pageSizeMm( options.paper, options.orientation );
  const QString title = options.title.isEmpty() ? tr( "Situational picture" ) : options.title;

  auto layout = std::make_unique<QgsPrintLayout>( project );
  layout->initializeDefaults();
  layout->setName( title );
  layout->renderContext().setDpi( options.dpi );
  QgsLayoutItemPage *pageItem = layout->pageCollection()->page( 0 );
  pageItem->setPageSize( QgsLayoutSize( page.width(), page.height() ) );

  const double left = metrics.margin;
  const double right = page.width() - metrics.margin;
  // The footer line: the classification on the left, who made it and when on the right.
  const QFont footerFont = sheetFont( 7.5 * type );
  const QFont classificationFont = sheetFont( 8 * type, true );
  const double footerHeight = textHeightMm( classificationFont, QStringLiteral( "Åg" ), 1000 );
  const double bottom = page.height() - metrics.margin - footerHeight - 2.5 * type;
  const double contentWidth = right - left;

  // Header: title and period on the left, the synthetic-data note boxed on the right.
  const QFont titleFont = sheetFont( 20 * type, true );
  const QFont periodFont = sheetFont( 10.5 * type );
  const QFont noteFont = sheetFont( 10 * type, true );
  double noteWidth = 0;
  if ( !options.note.isEmpty() )
    noteWidth = std::min( textWidthMm( noteFont, options.note ) + 10 * type, contentWidth / 2 );
  const double headingWidth = contentWidth - ( noteWidth > 0 ? noteWidth + metrics.gap : 0 );
  const double titleHeight = textHeightMm( titleFont, title, headingWidth );
  addLabel( layout.get(), sTitleId, title, titleFont, kTextColor,
            QRectF( left, metrics.margin, headingWidth, titleHeight ) );
  double headerBottom = metrics.margin + titleHeight;
  if ( !options.periodText.isEmpty() )
  {
    const double periodTop = headerBottom + 1.5 * type;
    const double periodHeight = textHeightMm( periodFont, options.periodText, headingWidth );
    addLabel( layout.get(), sPeriodId, options.periodText, periodFont, kMutedColor,
              QRectF( left, periodTop, headingWidth, periodHeight ) );
    headerBottom = periodTop + periodHeight;
  }
  if ( noteWidth > 0 )
  {
    const double noteHeight = textHeightMm( noteFont, options.note, noteWidth - 10 * type ) + 5 * type;
    const double noteTop =
      metrics.margin + std::max( 0.0, ( headerBottom - metrics.margin - noteHeight ) / 2 );
    QgsLayoutItemLabel *note =
      addLabel( layout.get(), sNoteId, options.note, noteFont, kNoteText,
                QRectF( right - noteWidth, noteTop, noteWidth, noteHeight ), Qt::AlignHCenter );
    note->setVAlign( Qt::AlignVCenter );
    note->setMarginX( 4 * type ); // 1 mm each side to spare: the label wraps at its exact width
    note->setMarginY( 2.5 * type );
    note->setBackgroundEnabled( true );
    note->setBackgroundColor( kNoteFill );
    note->setFrameEnabled( true );
    note->setFrameStrokeColor( kNoteStroke );
    note->setFrameStrokeWidth( QgsLayoutMeasurement( 0.5, QgsUnitTypes::LayoutMillimeters ) );
    headerBottom = std::max( headerBottom, noteTop + noteHeight );
  }
  const double ruleTop = headerBottom + 3 * type;
  addRectangle( layout.get(), QRectF( left, ruleTop, contentWidth, 0.35 ), kRuleColor );
  const double bodyTop = ruleTop + 0.35 + 4 * type;

  // The map: extent and CRS as the canvas has them, widened to the frame and rounded to a scale.
  auto *map = new QgsLayoutItemMap( layout.get() );
  map->setId( sMapId );
  layout->addLayoutItem( map );
  const QgsCoordinateReferenceSystem crs = options.crs.isValid() ? options.crs : project->crs();
  map->setCrs( crs );
  map->setLayers( options.layers.isEmpty() ? visibleProjectLayers( project ) : options.layers );
  map->setKeepLayerSet( true );
  map->setBackgroundEnabled( true );
  map->setBackgroundColor( LayerStyles::mapBackgroundColor() );
  map->setFrameEnabled( true );
  map->setFrameStrokeColor( kFrameColor );
  map->setFrameStrokeWidth( QgsLayoutMeasurement( 0.3, QgsUnitTypes::LayoutMillimeters ) );
  const QgsRectangle extent = options.extent.isEmpty() || !options.extent.isFinite()
                                ? ProjectLayers::initialExtent( project )
                                : options.extent;
  auto placeMap = [&]( const QRectF &frame )
  {
    map->attemptMove( QgsLayoutPoint( frame.left(), frame.top() ) );
    map->attemptResize( QgsLayoutSize( frame.width(), frame.height() ) );
    map->zoomToExtent( extent );
    map->setScale( roundScale( map->scale() ) );
  };
  // A new map item has neither size nor extent, and resizing it scales its extent: give it both first.
  map->setRect( 0, 0, 100, 100 );
  map->setExtent( extent );

  auto *legend = new QgsLayoutItemLegend( layout.get() );
  legend->setId( sLegendId );
  layout->addLayoutItem( legend );
  legend->setTitle( tr( "Legend" ) );
  legend->setTitleAlignment( Qt::AlignLeft );
  legend->setLinkedMap( map );
  legend->setAutoUpdateModel( false );
  legend->setLegendFilterByMapEnabled( true );
  legend->setEqualColumnWidth( false );
  legend->setWrapString( QStringLiteral( "\n" ) );
  legend->setFontColor( kTextColor );
  legend->setBoxSpace( 0 );
  legend->setColumnSpace( 5 * type );
  legend->setFrameEnabled( false );
  legend->setBackgroundEnabled( false );
  legend->setDrawRasterStroke( false );
  populateLegendTree( legend, map, options );

  // The information block: north arrow and scale bar, the scale in words, sources, the print date.
  const QFont smallFont = sheetFont( 7 * type );
  const QFont scaleFont = sheetFont( 7.5 * type );
  const QDate printDate = options.printDate.isValid() ? options.printDate : QDate::currentDate();
  const QString printed =
    ( options.organisation.isEmpty() ? QString() : options.organisation + QStringLiteral( " · " ) ) +
    tr( "Printed %1 with Tryggkarta" ).arg( printDate.toString( Qt::ISODate ) );
  const double arrowWidth = 9 * type;
  const double arrowHeight = 14 * type;
  const double scaleTextHeight = textHeightMm( scaleFont, QStringLiteral( "1\n2" ), 100 );
  auto infoHeightFor = [&]( double width )
  {
    const double sources =
      options.sourcesText.isEmpty() ? 0 : textHeightMm( smallFont, options.sourcesText, width ) + 2.5 * type;
    const double filter =
      options.filterText.isEmpty() ? 0 : textHeightMm( smallFont, options.filterText, width ) + 2.5 * type;
    const double method =
      options.methodText.isEmpty() ? 0 : textHeightMm( smallFont, options.methodText, width ) + 2.5 * type;
    return arrowHeight + 2.5 * type + scaleTextHeight + 4 * type + method + filter + sources;
  };

  QRectF legendArea;
  QRectF infoArea;
  if ( options.orientation == QPageLayout::Landscape )
  {
    // Side panel: legend from the top, information at the bottom. A long legend first gets slightly smaller
    // type, then a wider panel with two columns, and only then smaller type again.
    struct Candidate
    {
      double factor;
      double panelWidth;
      int columns;
    };
    const double narrow = metrics.panelWidth;
    const double wide = metrics.widePanelWidth;
    const Candidate candidates[] = { { 1.0, narrow, 1 }, { 0.9, narrow, 1 }, { 1.0, wide, 2 },
                                     { 0.9, wide, 2 },   { 0.8, narrow, 1 }, { 0.8, wide, 2 },
                                     { 0.7, wide, 2 } };
    double placedPanel = 0;
    for ( const Candidate &candidate : candidates )
    {
      const double panelLeft = right - candidate.panelWidth;
      if ( candidate.panelWidth != placedPanel )
      {
        placeMap( QRectF( left, bodyTop, panelLeft - metrics.gap - left, bottom - bodyTop ) );
        placedPanel = candidate.panelWidth;
      }
      const double infoHeight = infoHeightFor( candidate.panelWidth );
      infoArea = QRectF( panelLeft, bottom - infoHeight, candidate.panelWidth, infoHeight );
      legendArea =
        QRectF( panelLeft, bodyTop, candidate.panelWidth, infoArea.top() - 2 * metrics.gap - bodyTop );
      if ( const std::optional<QSizeF> size =
             fitLegend( legend, map, type * candidate.factor, candidate.columns, legendArea.size() ) )
      {
        legendArea.setSize( *size );
        break;
      }
      // Nothing fits: the last (smallest) setting is kept and clipped to the panel.
      legend->setResizeToContents( false );
    }
  }
  else
  {
    // Footer: legend on the left in columns, information on the right; the map takes the rest.
    const double infoWidth = std::min( 80.0 * type, contentWidth / 2.5 );
    const double infoHeight = infoHeightFor( infoWidth );
    const double legendWidth = contentWidth - infoWidth - 2 * metrics.gap;
    const double maxFooter = ( bottom - bodyTop ) * 0.4;
    placeMap( QRectF( left, bodyTop, contentWidth, bottom - bodyTop - maxFooter - metrics.gap ) );
    // First the legend for the map at its smallest; then the map grows into what the legend leaves.
    QSizeF size = fitLegendInto( legend, map, type, QSizeF( legendWidth, maxFooter ), 3 );
    double footer = std::max( size.height(), infoHeight );
    placeMap( QRectF( left, bodyTop, contentWidth, bottom - bodyTop - footer - metrics.gap ) );
    size = fitLegendInto( legend, map, type, QSizeF( legendWidth, footer ), 3 );
    legendArea = QRectF( left, bottom - footer, size.width(), size.height() );
    infoArea = QRectF( right - infoWidth, bottom - infoHeight, infoWidth, infoHeight );
  }
  legend->attemptMove( QgsLayoutPoint( legendArea.left(), legendArea.top() ) );
  legend->attemptResize( QgsLayoutSize( legendArea.width(), legendArea.height() ) );

  double y = infoArea.top();
  addNorthArrow( layout.get(), map, QRectF( infoArea.left(), y, arrowWidth, arrowHeight ), type );
  const double barLeft = infoArea.left() + arrowWidth + 5 * type;
  QgsLayoutItemScaleBar *scaleBar =
    addScaleBar( layout.get(), map, QPointF( barLeft, y ),
                 std::min( infoArea.right() - barLeft - 10 * type, 50 * type ), type );
  // Bottom-align the bar with the arrow.
  scaleBar->attemptMove( QgsLayoutPoint( barLeft, y + arrowHeight - scaleBar->sizeWithUnits().height() ) );
  y += arrowHeight + 2.5 * type;

  const QString scaleText = PrintMap::scaleText( map->scale(), options.paper, crs );
  addLabel( layout.get(), sScaleTextId, scaleText, scaleFont, kTextColor,
            QRectF( infoArea.left(), y, infoArea.width(), scaleTextHeight ) );
  y += scaleTextHeight + 4 * type;
  for ( const auto &[id, text] : { std::pair<QString, QString>( sMethodId, options.methodText ),
                                   std::pair<QString, QString>( sFilterId, options.filterText ),
                                   std::pair<QString, QString>( sSourcesId, options.sourcesText ) } )
  {
    if ( text.isEmpty() )
      continue;
    const double height = textHeightMm( smallFont, text, infoArea.width() );
    addLabel( layout.get(), id, text, smallFont, id == sMethodId ? kTextColor : kMutedColor,
              QRectF( infoArea.left(), y, infoArea.width(), height ) );
    y += height + 2.5 * type;
  }

  // The footer: a rule, the classification (red inside the EST group, green when public), the maker and date.
  const double footerTop = page.height() - metrics.margin - footerHeight;
  addRectangle( layout.get(), QRectF( left, footerTop - 1.5 * type, contentWidth, 0.25 ), kRuleColor );
  if ( !options.classification.isEmpty() )
    addLabel( layout.get(), sClassificationId, options.classification, classificationFont,
              options.publicMode ? kPublicColor : kInternalColor,
              QRectF( left, footerTop, contentWidth * 0.6, footerHeight ) );
  addLabel( layout.get(), sPrintDateId, printed, footerFont, kMutedColor,
            QRectF( left + contentWidth * 0.6, footerTop, contentWidth * 0.4, footerHeight ),
            Qt::AlignRight );

  legend->updateFilterByMap( false );
  layout->setCustomProperty( QStringLiteral( "tryggkarta/scaletext" ), scaleText );
  PrintMapOptions shown = options;
  shown.title = title; // the default title when none was given
  setVariables( layout.get(), shown );
  return layout;
}

QString PrintMap::exportPdf( QgsProject *project, const PrintMapOptions &options, const QString &pdfPath )
{
  if ( !project )
    return tr( "No project is open." );
  const std::unique_ptr<QgsPrintLayout> layout = buildLayout( project, options );
  return exportLayout( layout.get(), options, pdfPath );
}

QList<QPair<QString, QString>> PrintMap::variables( const PrintMapOptions &options, const QString &scaleText )
{
  const QDate printDate = options.printDate.isValid() ? options.printDate : QDate::currentDate();
  return { { QStringLiteral( "tryggkarta_title" ), options.title },
           { QStringLiteral( "tryggkarta_period" ), options.periodText },
           { QStringLiteral( "tryggkarta_filter" ), options.filterText },
           { QStringLiteral( "tryggkarta_method" ), options.methodText },
           { QStringLiteral( "tryggkarta_sources" ), options.sourcesText },
           { QStringLiteral( "tryggkarta_classification" ), options.classification },
           { QStringLiteral( "tryggkarta_organisation" ), options.organisation },
           { QStringLiteral( "tryggkarta_note" ), options.note },
           { QStringLiteral( "tryggkarta_units" ), options.heatmapUnits },
           { QStringLiteral( "tryggkarta_scale" ), scaleText },
           { QStringLiteral( "tryggkarta_printed" ), printDate.toString( Qt::ISODate ) } };
}

void PrintMap::setVariables( QgsPrintLayout *layout, const PrintMapOptions &options )
{
  const QString scaleText = layout->customProperty( QStringLiteral( "tryggkarta/scaletext" ) ).toString();
  const QList<QPair<QString, QString>> values = variables( options, scaleText );
  for ( const auto &[name, value] : values )
    QgsExpressionContextUtils::setLayoutVariable( layout, name, value );
  // The sheet's own labels show the variables, so a template opened in QGIS Desktop shows where each text
  // goes and keeps working when moved or restyled.
  const QMap<QString, QString> byItem = {
    { sTitleId, QStringLiteral( "tryggkarta_title" ) },
    { sPeriodId, QStringLiteral( "tryggkarta_period" ) },
    { sFilterId, QStringLiteral( "tryggkarta_filter" ) },
    { sMethodId, QStringLiteral( "tryggkarta_method" ) },
    { sSourcesId, QStringLiteral( "tryggkarta_sources" ) },
    { sClassificationId, QStringLiteral( "tryggkarta_classification" ) },
    { sNoteId, QStringLiteral( "tryggkarta_note" ) },
    { sScaleTextId, QStringLiteral( "tryggkarta_scale" ) } };
  QList<QgsLayoutItemLabel *> labels;
  layout->layoutItems( labels );
  for ( QgsLayoutItemLabel *label : std::as_const( labels ) )
  {
    const auto it = byItem.constFind( label->id() );
    if ( it != byItem.constEnd() )
      label->setText( QStringLiteral( "[% @%1 %]" ).arg( it.value() ) );
    else if ( label->id() == sPrintDateId )
      label->setText(
        QStringLiteral( "[% if(@tryggkarta_organisation = '', '', @tryggkarta_organisation || ' · ') %]" ) +
        tr( "Printed %1 with Tryggkarta" ).arg( QStringLiteral( "[% @tryggkarta_printed %]" ) ) );
    label->refresh();
  }
  // The PDF's metadata: its title and who made it, not the file's name and the login.
  QgsProjectMetadata metadata = layout->project()->metadata();
  metadata.setTitle( options.title );
  metadata.setAuthor( options.organisation.isEmpty() ? QStringLiteral( "Tryggkarta" )
                                                     : options.organisation );
  metadata.setAbstract( options.periodText );
  layout->project()->setMetadata( metadata );
}

void PrintMap::fillLegend( QgsPrintLayout *layout, const PrintMapOptions &options )
{
  auto *legend = qobject_cast<QgsLayoutItemLegend *>( layout->itemById( sLegendId ) );
  auto *map = qobject_cast<QgsLayoutItemMap *>( layout->itemById( sMapId ) );
  if ( !legend || !map )
    return;
  legend->setLinkedMap( map );
  populateLegendTree( legend, map, options );
  legend->setLegendFilterByMapEnabled( true );
  legend->updateFilterByMap( false );
  legend->adjustBoxSize();
}

QString PrintMap::exportLayout( QgsPrintLayout *layout, const PrintMapOptions &options, const QString &path )
{
  auto cannotWrite = []( const QString &file )
  {
    return tr( "Could not write %1. Check that the folder exists, that you may write there and that the "
               "file is not open in another program." )
      .arg( QDir::toNativeSeparators( file ) );
  };
  // Written beside the target and renamed when whole: a failed export leaves an older file as it was.
  const QFileInfo target( path );
  if ( !target.absoluteDir().exists() )
    return cannotWrite( path );
  const QString temporary = target.absoluteDir().filePath( QStringLiteral( ".%1-%2.%3" )
                                                             .arg( target.completeBaseName() )
                                                             .arg( QCoreApplication::applicationPid() )
                                                             .arg( target.suffix() ) );
  QFile::remove( temporary );
  QgsLayoutExporter exporter( layout );
  QgsLayoutExporter::ExportResult result = QgsLayoutExporter::Success;
  if ( path.endsWith( QLatin1String( ".png" ), Qt::CaseInsensitive ) )
  {
    QgsLayoutExporter::ImageExportSettings settings;
    settings.dpi = options.dpi;
    settings.exportMetadata = true;
    settings.generateWorldFile = false;
    result = exporter.exportToImage( temporary, settings );
  }
  else
  {
    QgsLayoutExporter::PdfExportSettings settings;
    settings.dpi = options.dpi;
    settings.rasterizeWholeImage = false;
    settings.forceVectorOutput = false;
    settings.appendGeoreference = true;
    settings.exportMetadata = true;
    // Real text: searchable and sharp at any zoom; the fonts are embedded.
    settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
    result = exporter.exportToPdf( temporary, settings );
  }
  if ( result != QgsLayoutExporter::Success )
    QFile::remove( temporary );
  switch ( result )
  {
  case QgsLayoutExporter::Success:
    if ( QFileInfo( temporary ).size() <= 0 )
    {
      QFile::remove( temporary );
      return cannotWrite( path );
    }
    if ( ( QFileInfo::exists( path ) && !QFile::remove( path ) ) || !QFile::rename( temporary, path ) )
    {
      QFile::remove( temporary );
      return cannotWrite( path );
    }
    return QString();
  case QgsLayoutExporter::Canceled:
    return tr( "Printing was cancelled." );
  case QgsLayoutExporter::MemoryError:
    return tr( "There was not enough memory to print the map at %1 dpi. Try a lower resolution." )
      .arg( options.dpi );
  case QgsLayoutExporter::FileError:
    return cannotWrite( path );
  case QgsLayoutExporter::PrintError:
  case QgsLayoutExporter::SvgLayerError:
  case QgsLayoutExporter::IteratorError:
    break;
  }
  return tr( "Could not create the PDF %1." ).arg( QDir::toNativeSeparators( path ) );
}

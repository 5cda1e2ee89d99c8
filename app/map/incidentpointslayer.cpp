#include "incidentpointslayer.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeedback.h>
#include <qgsmarkersymbol.h>
#include <qgsrendercontext.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

#include <QPainter>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <mutex>
#include <unordered_map>

const QString IncidentPointsLayer::LAYER_TYPE = QStringLiteral( "tryggkarta_incident_points" );

void IncidentPoints::add( int64_t id, double px, double py, const std::string &categoryCode )
{
  // Rows of one category often come together: the last code is checked before the list.
  if ( categoryCodes.empty() || categoryCode != mLastCode )
  {
    const QString code = QString::fromStdString( categoryCode );
    const auto found = std::find( categoryCodes.begin(), categoryCodes.end(), code );
    if ( found == categoryCodes.end() )
    {
      categoryCodes.push_back( code );
      mLastIndex = static_cast<uint16_t>( categoryCodes.size() - 1 );
    }
    else
      mLastIndex = static_cast<uint16_t>( found - categoryCodes.begin() );
    mLastCode = categoryCode;
  }
  fid.push_back( id );
  x.push_back( px );
  y.push_back( py );
  category.push_back( mLastIndex );
  if ( fid.size() == 1 )
    extent = QgsRectangle( px, py, px, py );
  else
    extent.combineExtentWith( px, py );
}

namespace
{
std::mutex frameMutex;
IncidentPointsFrame lastFrame;

//! The layers alive (main thread only).
QList<IncidentPointsLayer *> &liveLayers()
{
  static QList<IncidentPointsLayer *> layers;
  return layers;
}

/**
 * One frame: everything it needs is copied on the main thread when the frame is prepared (the points are
 * shared and immutable, the symbols cloned), so the render thread touches no layer.
 */
class IncidentPointsRenderer : public QgsMapLayerRenderer
{
public:
  IncidentPointsRenderer( IncidentPointsLayer *layer, QgsRenderContext &context )
    : QgsMapLayerRenderer( layer->id(), &context ), mPoints( layer->points() ),
      mFeedback( std::make_unique<QgsFeedback>() )
  {
    QgsVectorLayer *source = layer->sourceLayer();
    if ( mPoints )
      mSymbols.resize( mPoints->categoryCodes.size() ); // null: not drawn
    if ( !mPoints || !source || !source->renderer() )
      return;
    if ( const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( source->renderer() ) )
    {
      const QgsCategoryList &categories = categorized->categories();
      QHash<QString, int> indexOf;
      for ( int i = 0; i < categories.size(); ++i )
        indexOf.insert( categories[i].value().toString(), i );
      for ( size_t i = 0; i < mPoints->categoryCodes.size(); ++i )
      {
        const int index = indexOf.value( mPoints->categoryCodes[i], -1 );
        // A category unticked in the legend (or hidden) is not drawn, as QGIS would not draw it.
        if ( index >= 0 && categories[index].renderState() && categories[index].symbol() &&
             categories[index].symbol()->type() == Qgis::SymbolType::Marker )
          mSymbols[i].reset( static_cast<QgsMarkerSymbol *>( categories[index].symbol()->clone() ) );
      }
    }
    else if ( const auto *single = dynamic_cast<const QgsSingleSymbolRenderer *>( source->renderer() ) )
    {
      if ( single->symbol() && single->symbol()->type() == Qgis::SymbolType::Marker )
        for ( auto &symbol : mSymbols )
          symbol.reset( static_cast<QgsMarkerSymbol *>( single->symbol()->clone() ) );
    }
    const QgsFeatureIds selected = source->selectedFeatureIds();
    mSelected.assign( selected.begin(), selected.end() );
    std::sort( mSelected.begin(), mSelected.end() );
  }

  QgsFeedback *feedback() const override { return mFeedback.get(); }

  bool render() override
  {
    QgsRenderContext &context = *renderContext();
    IncidentPointsFrame frame;
    const bool finished = draw( context, frame );
    std::lock_guard<std::mutex> lock( frameMutex );
    lastFrame = frame;
    return finished;
  }

private:
  bool stopped( QgsRenderContext &context ) const
  {
    return context.renderingStopped() || mFeedback->isCanceled();
  }

  bool draw( QgsRenderContext &context, IncidentPointsFrame &frame )
  {
    if ( !mPoints || mPoints->size() == 0 || !context.painter() ||
         mSymbols.size() != mPoints->categoryCodes.size() )
      return true;
    const IncidentPoints &points = *mPoints;
    const QgsRectangle extent = context.extent();
    const QgsMapToPixel &mapToPixel = context.mapToPixel();
    const QgsCoordinateTransform transform = context.coordinateTransform();
    const bool reproject = transform.isValid() && !transform.isShortCircuited();
    const size_t count = points.size();

    // The rows in view, in fid order (drawing order: a later incident on top, as QGIS draws them).
    std::vector<uint32_t> rows;
    std::vector<QPointF> pixels;
    for ( size_t row = 0; row < count; ++row )
    {
      if ( ( row & 0xFFFF ) == 0 && stopped( context ) )
        return false;
      const double x = points.x[row];
      const double y = points.y[row];
      if ( x < extent.xMinimum() || x > extent.xMaximum() || y < extent.yMinimum() || y > extent.yMaximum() )
        continue;
      if ( !mSymbols[points.category[row]] )
        continue;
      double mapX = x, mapY = y;
      if ( reproject )
      {
        try
        {
          double z = 0;
          transform.transformInPlace( mapX, mapY, z );
        }
        catch ( const QgsCsException & )
        {
          continue;
        }
      }
      rows.push_back( static_cast<uint32_t>( row ) );
      pixels.push_back( mapToPixel.transform( mapX, mapY ).toQPointF() );
    }
    frame.inView = rows.size();

    if ( rows.size() > static_cast<size_t>( IncidentPointsLayer::directLimit ) )
    {
      // More points than the screen shows apart: the topmost of each cell stands for the cell.
      frame.aggregated = true;
      const QPaintDevice *device = context.painter()->device();
      const int width = device ? device->width() : mapToPixel.mapWidth();
      const int height = device ? device->height() : mapToPixel.mapHeight();
      const int cell = IncidentPointsLayer::cellPixels;
      const int columns = std::max( 1, ( width + cell - 1 ) / cell + 2 );
      const int lines = std::max( 1, ( height + cell - 1 ) / cell + 2 );
      std::vector<int32_t> top( static_cast<size_t>( columns ) * lines, -1 );
      std::vector<uint32_t> cellCount( top.size(), 0 );
      for ( size_t i = 0; i < rows.size(); ++i )
      {
        const int column =
          std::clamp( static_cast<int>( std::floor( pixels[i].x() / cell ) ) + 1, 0, columns - 1 );
        const int line =
          std::clamp( static_cast<int>( std::floor( pixels[i].y() / cell ) ) + 1, 0, lines - 1 );
        const size_t at = static_cast<size_t>( line ) * columns + column;
        top[at] = static_cast<int32_t>( i );
        ++cellCount[at];
      }
      frame.densestCell = *std::max_element( cellCount.begin(), cellCount.end() );
      std::vector<uint32_t> kept;
      for ( int32_t i : top )
        if ( i >= 0 )
          kept.push_back( static_cast<uint32_t>( i ) );
      // A selected incident is always drawn, also under another.
      if ( !mSelected.empty() )
        for ( size_t i = 0; i < rows.size(); ++i )
          if ( isSelected( points.fid[rows[i]] ) )
            kept.push_back( static_cast<uint32_t>( i ) );
      std::sort( kept.begin(), kept.end() );
      kept.erase( std::unique( kept.begin(), kept.end() ), kept.end() );
      std::vector<uint32_t> keptRows( kept.size() );
      std::vector<QPointF> keptPixels( kept.size() );
      for ( size_t k = 0; k < kept.size(); ++k )
      {
        keptRows[k] = rows[kept[k]];
        keptPixels[k] = pixels[kept[k]];
      }
      rows.swap( keptRows );
      pixels.swap( keptPixels );
    }

    for ( auto &symbol : mSymbols )
      if ( symbol )
        symbol->startRender( context );
    bool finished = true;
    for ( size_t i = 0; i < rows.size(); ++i )
    {
      if ( ( i & 0x3FF ) == 0 && stopped( context ) )
      {
        finished = false;
        break;
      }
      const uint32_t row = rows[i];
      QgsMarkerSymbol *symbol = mSymbols[points.category[row]].get();
      const bool selected = !mSelected.empty() && isSelected( points.fid[row] );
      symbol->renderPoint( pixels[i], nullptr, context, -1, selected );
      ++frame.drawn;
    }
    for ( auto &symbol : mSymbols )
      if ( symbol )
        symbol->stopRender( context );
    return finished;
  }

  bool isSelected( int64_t fid ) const
  {
    return std::binary_search( mSelected.begin(), mSelected.end(), fid );
  }

  std::shared_ptr<const IncidentPoints> mPoints;
  std::vector<std::unique_ptr<QgsMarkerSymbol>> mSymbols; //!< per category index; null: not drawn
  std::vector<QgsFeatureId> mSelected;                    //!< sorted
  std::unique_ptr<QgsFeedback> mFeedback;
};
} // namespace

IncidentPointsFrame lastIncidentPointsFrame()
{
  std::lock_guard<std::mutex> lock( frameMutex );
  return lastFrame;
}

bool IncidentPointsLayer::mirrors( const QgsVectorLayer *source )
{
  if ( !source || !source->renderer() )
    return false;
  // Marker symbols without data-defined properties (this layer draws without the features' attributes).
  const auto drawable = []( const QgsSymbol *symbol ) {
    return !symbol || ( symbol->type() == Qgis::SymbolType::Marker && !symbol->hasDataDefinedProperties() );
  };
  if ( const auto *categorized = dynamic_cast<const QgsCategorizedSymbolRenderer *>( source->renderer() ) )
  {
    if ( categorized->classAttribute() != QLatin1String( "category" ) )
      return false;
    // One value a class (not merged classes, not "all other values"), as the app writes them.
    for ( const QgsRendererCategory &category : categorized->categories() )
      if ( !drawable( category.symbol() ) || category.value().type() == QVariant::List ||
           category.value().toString().isEmpty() )
        return false;
    return true;
  }
  if ( const auto *single = dynamic_cast<const QgsSingleSymbolRenderer *>( source->renderer() ) )
    return drawable( single->symbol() );
  return false;
}

void IncidentPointsLayer::followSourceStyle()
{
  if ( !mSource )
    return;
  setOpacity( mSource->opacity() );
  setBlendMode( mSource->blendMode() );
  setScaleBasedVisibility( mSource->hasScaleBasedVisibility() );
  setMinimumScale( mSource->minimumScale() );
  setMaximumScale( mSource->maximumScale() );
}

IncidentPointsLayer::IncidentPointsLayer( QgsVectorLayer *source )
  : QgsPluginLayer( LAYER_TYPE, source ? source->name() : QString() ), mSource( source )
{
  if ( source )
  {
    setCrs( source->crs() );
    followSourceStyle();
    // A style this layer cannot draw (classes by another field, say, set in QGIS Desktop) hands the drawing
    // back to QGIS: the canvas is told to substitute again.
    connect( source, &QgsMapLayer::rendererChanged, registry(), &IncidentPointsRegistry::changed );
    connect( source, &QgsMapLayer::styleChanged, this, &IncidentPointsLayer::followSourceStyle );
    connect( source, &QgsMapLayer::opacityChanged, this, &IncidentPointsLayer::followSourceStyle );
    // What changes the picture of the source changes this one: its symbols, the categories ticked in its
    // legend, its selection, its filter.
    connect( source, &QgsMapLayer::repaintRequested, this, [this] { triggerRepaint(); } );
    connect( source, &QgsMapLayer::styleChanged, this, [this] { triggerRepaint(); } );
    connect( source, &QgsMapLayer::rendererChanged, this, [this] { triggerRepaint(); } );
    connect( source, &QgsVectorLayer::selectionChanged, this, [this] { triggerRepaint(); } );
    connect( source, &QgsMapLayer::nameChanged, this, [this] { setName( mSource->name() ); } );
  }
  mValid = true;
  liveLayers().append( this );
  emit registry()->changed();
}

IncidentPointsLayer::~IncidentPointsLayer()
{
  liveLayers().removeAll( this );
  emit registry()->changed();
}

IncidentPointsRegistry *IncidentPointsLayer::registry()
{
  static IncidentPointsRegistry instance;
  return &instance;
}

void IncidentPointsLayer::setPoints( std::shared_ptr<const IncidentPoints> points )
{
  mPoints = std::move( points );
  triggerRepaint();
}

QList<QgsMapLayer *> IncidentPointsLayer::drawnInstead( const QList<QgsMapLayer *> &layers )
{
  QList<QgsMapLayer *> result;
  for ( QgsMapLayer *layer : layers )
  {
    QgsMapLayer *drawn = layer;
    for ( IncidentPointsLayer *points : liveLayers() )
      if ( points->mSource && points->mSource == layer && mirrors( points->mSource ) )
        drawn = points;
    result << drawn;
  }
  return result;
}

QList<QgsMapLayer *> IncidentPointsLayer::sourcesOf( const QList<QgsMapLayer *> &layers )
{
  QList<QgsMapLayer *> result;
  for ( QgsMapLayer *layer : layers )
  {
    if ( auto *points = qobject_cast<IncidentPointsLayer *>( layer ) )
    {
      if ( points->mSource )
        result << points->mSource;
    }
    else
      result << layer;
  }
  return result;
}

IncidentPointsLayer *IncidentPointsLayer::clone() const
{
  auto *copy = new IncidentPointsLayer( mSource );
  copy->mPoints = mPoints;
  return copy;
}

QgsMapLayerRenderer *IncidentPointsLayer::createMapRenderer( QgsRenderContext &rendererContext )
{
  return new IncidentPointsRenderer( this, rendererContext );
}

QgsRectangle IncidentPointsLayer::extent() const
{
  // The points' own: a GeoPackage layer with a filter would read every feature to know its extent.
  return mPoints && mPoints->size() > 0 ? mPoints->extent : QgsRectangle();
}

void IncidentPointsLayer::setTransformContext( const QgsCoordinateTransformContext & ) {}

bool IncidentPointsLayer::readSymbology( const QDomNode &, QString &, QgsReadWriteContext &, StyleCategories )
{
  return true; // the symbols are the source layer's
}

bool IncidentPointsLayer::writeSymbology( QDomNode &, QDomDocument &, QString &, const QgsReadWriteContext &,
                                          StyleCategories ) const
{
  return true;
}

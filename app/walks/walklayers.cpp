#include "walklayers.h"

#include "mapstatestore.h"
#include "projectlayers.h"
#include "routesuggest.h"

#include <qgscoordinatetransform.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace
{
//! The stops' colour: apart from the observations' red and green and the incidents' category colours.
const QColor kStopColor( 0x24, 0x3b, 0x6b );
//! The selected walk's route under its own line: a broad light halo.
const QColor kRouteHalo( 255, 196, 0, 150 );

QString subsetFor( qint64 walkId )
{
  return QStringLiteral( "\"walk_id\" = %1" ).arg( walkId > 0 ? walkId : -1 );
}
} // namespace

WalkLayers::WalkLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent )
  : QObject( parent ), mProject( project ), mCanvas( canvas )
{
}

WalkLayers::~WalkLayers()
{
  delete mRoute;
  delete mStopMark;
  delete mSuggestionRoute;
}

void WalkLayers::applyStopStyle( QgsVectorLayer *layer, const QColor &color )
{
  if ( !layer )
    return;
  auto *circle = new QgsSimpleMarkerSymbolLayer( QgsSimpleMarkerSymbolLayerBase::Circle, 5.2, 0,
                                                 Qgis::ScaleMethod::ScaleDiameter,
                                                 color.isValid() ? color : kStopColor, Qt::white );
  circle->setStrokeWidth( 0.5 );
  layer->setRenderer( new QgsSingleSymbolRenderer( new QgsMarkerSymbol( QgsSymbolLayerList() << circle ) ) );

  // The stop's number inside its circle: the same number as on the walk kit's pages and in the protocol.
  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "stop_number" );
  labels.placement = QgsPalLayerSettings::OverPoint;
  labels.quadOffset = QgsPalLayerSettings::QuadrantOver;
  labels.dist = 0;
  labels.displayAll = true; // a number is never left out for another label
  labels.zIndex = 10;
  labels.priority = 10;
  QFont font( QStringLiteral( "Sans Serif" ) );
  font.setBold( true );
  QgsTextFormat format;
  format.setFont( font );
  format.setSize( 8 );
  format.setSizeUnit( QgsUnitTypes::RenderPoints );
  format.setColor( Qt::white );
  labels.setFormat( format );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( labels ) );
  layer->setLabelsEnabled( true );
}

void WalkLayers::setProjectFile( const QString &path )
{
  removeLayer();
  mPath = path;
  mWalkId = 0;
  if ( mRoute )
    mRoute->reset( QgsWkbTypes::LineGeometry );
  markStop( std::nullopt );
}

void WalkLayers::clear()
{
  showSuggestion( nullptr );
  removeLayer();
  mPath.clear();
  mWalkId = 0;
  if ( mRoute )
    mRoute->reset( QgsWkbTypes::LineGeometry );
  markStop( std::nullopt );
}

void WalkLayers::removeLayer()
{
  if ( mStops && mProject->mapLayer( mStops->id() ) )
  {
    const bool dirty = mProject->isDirty();
    mProject->removeMapLayer( mStops->id() );
    mProject->setDirty( dirty );
  }
  mStops = nullptr;
}

void WalkLayers::createLayer()
{
  if ( mPath.isEmpty() )
    return;
  QgsVectorLayer::LayerOptions options( mProject->transformContext() );
  options.loadDefaultStyle = false;
  auto *layer = new QgsVectorLayer( mPath + QStringLiteral( "|layername=walk_stops" ),
                                    tr( "Stops of the walk" ), QStringLiteral( "ogr" ), options );
  if ( !layer->isValid() )
  {
    delete layer;
    return;
  }
  // A working layer of the session, filtered to the walk shown: not saved with the map.
  layer->setCustomProperty( MapStateStore::sTransientProperty, true );
  layer->setSubsetString( subsetFor( mWalkId ) );
  applyStopStyle( layer );
  const bool dirty = mProject->isDirty();
  mProject->addMapLayer( layer, false );
  QgsLayerTreeGroup *group =
    ProjectLayers::groupOfKind( mProject->layerTreeRoot(), QStringLiteral( "situation" ) );
  if ( !group )
    group = mProject->layerTreeRoot();
  group->insertLayer( 0, layer ); // on top: the numbers are read over everything
  mProject->setDirty( dirty );
  mStops = layer;
}

void WalkLayers::showWalk( qint64 walkId, const std::vector<tryggkarta::WalkPoint> &route )
{
  mWalkId = walkId;
  if ( !mStops && walkId > 0 )
    createLayer();
  if ( mStops && mStops->subsetString() != subsetFor( walkId ) )
  {
    const bool dirty = mProject->isDirty();
    mStops->setSubsetString( subsetFor( walkId ) );
    mProject->setDirty( dirty );
  }
  if ( !mCanvas )
    return;
  if ( !mRoute )
  {
    mRoute = new QgsRubberBand( mCanvas, QgsWkbTypes::LineGeometry );
    mRoute->setColor( kRouteHalo );
    mRoute->setWidth( 9 );
    mRoute->setZValue( 5 ); // under the marks of tools and identify
  }
  mRoute->reset( QgsWkbTypes::LineGeometry );
  if ( route.size() >= 2 )
  {
    const QgsCoordinateReferenceSystem crs = mProject->crs();
    QgsPolylineXY line;
    for ( const tryggkarta::WalkPoint &p : route )
      line << QgsPointXY( p.x, p.y );
    mRoute->setToGeometry( QgsGeometry::fromPolylineXY( line ), crs );
  }
  mRoute->update();
}

void WalkLayers::markStop( const std::optional<tryggkarta::WalkPoint> &point )
{
  if ( !mCanvas )
    return;
  if ( !point )
  {
    if ( mStopMark )
      mStopMark->reset( QgsWkbTypes::PointGeometry );
    return;
  }
  if ( !mStopMark )
  {
    mStopMark = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
    mStopMark->setIcon( QgsRubberBand::ICON_CIRCLE );
    mStopMark->setIconSize( 30 );
    mStopMark->setWidth( 3 );
    mStopMark->setColor( QColor( 255, 140, 0 ) );
    mStopMark->setFillColor( QColor( 0, 0, 0, 0 ) );
  }
  mStopMark->reset( QgsWkbTypes::PointGeometry );
  mStopMark->setToGeometry( QgsGeometry::fromPointXY( QgsPointXY( point->x, point->y ) ), mProject->crs() );
}

void WalkLayers::reload()
{
  if ( !mStops || !mStops->dataProvider() )
    return;
  if ( mCanvas )
    mCanvas->cancelJobs(); // the render running now reads through the provider that reopens
  mStops->dataProvider()->reloadData();
  mStops->updateExtents( true );
  mStops->triggerRepaint();
}

void WalkLayers::showSuggestion( const tryggkarta::SuggestedRoute *route )
{
  delete mSuggestionRoute;
  mSuggestionRoute = nullptr;
  if ( mSuggestionStops && mProject->mapLayer( mSuggestionStops->id() ) )
  {
    const bool dirty = mProject->isDirty();
    mProject->removeMapLayer( mSuggestionStops->id() );
    mProject->setDirty( dirty );
  }
  mSuggestionStops = nullptr;
  if ( !route || !mCanvas )
    return;

  // The route dashed and the stops numbered, in a colour of their own: a proposal, not yet a walk.
  const QColor color( 120, 40, 200 );
  const QgsCoordinateReferenceSystem crs = mProject->crs();
  QgsRectangle extent;
  QgsPolylineXY line;
  for ( const tryggkarta::WalkPoint &p : route->route )
  {
    line << QgsPointXY( p.x, p.y );
    extent.combineExtentWith( p.x, p.y );
  }
  if ( line.size() >= 2 )
  {
    mSuggestionRoute = new QgsRubberBand( mCanvas, QgsWkbTypes::LineGeometry );
    mSuggestionRoute->setColor( QColor( color.red(), color.green(), color.blue(), 210 ) );
    mSuggestionRoute->setWidth( 4 );
    mSuggestionRoute->setLineStyle( Qt::DashLine );
    mSuggestionRoute->setToGeometry( QgsGeometry::fromPolylineXY( line ), crs );
  }
  auto *layer = new QgsVectorLayer(
    QStringLiteral( "Point?crs=%1&field=stop_number:integer&field=name:string" ).arg( crs.authid() ),
    tr( "Suggested stops" ), QStringLiteral( "memory" ) );
  layer->setCustomProperty( MapStateStore::sTransientProperty, true );
  QgsFeatureList features;
  for ( const tryggkarta::WalkStop &stop : route->stops )
  {
    QgsFeature feature( layer->fields() );
    feature.setAttribute( 0, stop.number );
    feature.setAttribute( 1, QString::fromStdString( stop.name ) );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( stop.x, stop.y ) ) );
    features << feature;
    extent.combineExtentWith( stop.x, stop.y );
  }
  layer->dataProvider()->addFeatures( features );
  layer->updateExtents();
  applyStopStyle( layer, color );
  const bool dirty = mProject->isDirty();
  mProject->addMapLayer( layer, false );
  QgsLayerTreeGroup *group =
    ProjectLayers::groupOfKind( mProject->layerTreeRoot(), QStringLiteral( "situation" ) );
  ( group ? group : mProject->layerTreeRoot() )->insertLayer( 0, layer );
  mProject->setDirty( dirty );
  mSuggestionStops = layer;

  // The proposal in view.
  if ( !extent.isNull() )
  {
    try
    {
      const QgsCoordinateTransform transform( crs, mCanvas->mapSettings().destinationCrs(),
                                              mProject->transformContext() );
      QgsRectangle onMap = transform.transformBoundingBox( extent );
      if ( !mCanvas->extent().contains( onMap ) )
      {
        onMap.grow( std::max( 100.0, 0.15 * std::max( onMap.width(), onMap.height() ) ) );
        mCanvas->setExtent( onMap );
      }
    }
    catch ( const QgsCsException & )
    {
    }
  }
  mCanvas->refresh();
}

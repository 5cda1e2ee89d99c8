#include "actionlayers.h"

#include "actiontext.h"
#include "mapstatestore.h"
#include "projectlayers.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatetransform.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgslinesymbollayer.h>
#include <qgslayertreegroup.h>
#include <qgsmapcanvas.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsproperty.h>
#include <qgsrubberband.h>
#include <qgssinglesymbolrenderer.h>
#include <qgstextformat.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace
{
const QColor kOverdueRing( 0xd0, 0x10, 0x10 );
const QColor kPriorityOutline( 0x8e, 0x24, 0xaa );

//! The symbol of a status: a square in its colour, rejected crossed, and a red ring drawn only when overdue.
QgsMarkerSymbol *statusSymbol( const std::string &status )
{
  QgsSymbolLayerList layers;
  auto *ring =
    new QgsSimpleMarkerSymbolLayer( QgsSimpleMarkerSymbolLayerBase::Circle, 6.4, 0,
                                    Qgis::ScaleMethod::ScaleDiameter, QColor( 0, 0, 0, 0 ), kOverdueRing );
  ring->setStrokeWidth( 0.9 );
  ring->setDataDefinedProperty( QgsSymbolLayer::PropertyLayerEnabled,
                                QgsProperty::fromExpression( QStringLiteral( "\"overdue\" = 1" ) ) );
  layers << ring;
  // A square, not a circle: apart from the incidents' and observations' dots whatever the colour.
  auto *square = new QgsSimpleMarkerSymbolLayer(
    QgsSimpleMarkerSymbolLayerBase::Square, 4.2, 0, Qgis::ScaleMethod::ScaleDiameter,
    ActionText::statusColor( status ), QColor( 0x20, 0x20, 0x20 ) );
  square->setStrokeWidth( 0.5 );
  layers << square;
  if ( status == "rejected" )
  {
    auto *cross = new QgsSimpleMarkerSymbolLayer( QgsSimpleMarkerSymbolLayerBase::Cross2, 2.8, 0,
                                                  Qgis::ScaleMethod::ScaleDiameter, Qt::white, Qt::white );
    cross->setStrokeWidth( 0.5 );
    layers << cross;
  }
  return new QgsMarkerSymbol( layers );
}
} // namespace

ActionLayers::ActionLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent )
  : QObject( parent ), mProject( project ), mCanvas( canvas )
{
}

ActionLayers::~ActionLayers()
{
  delete mHighlight;
}

void ActionLayers::addToTree( QgsVectorLayer *layer, int index )
{
  // A working layer of the session: not saved with the map.
  layer->setCustomProperty( MapStateStore::sTransientProperty, true );
  const bool dirty = mProject->isDirty();
  mProject->addMapLayer( layer, false );
  QgsLayerTreeGroup *group =
    ProjectLayers::groupOfKind( mProject->layerTreeRoot(), QStringLiteral( "situation" ) );
  ( group ? group : mProject->layerTreeRoot() )->insertLayer( index, layer );
  mProject->setDirty( dirty );
}

QgsVectorLayer *ActionLayers::createActionsLayer()
{
  const QString crs = mProject->crs().authid();
  auto *layer = new QgsVectorLayer( QStringLiteral( "Point?crs=%1&field=fid:long&field=title:string"
                                                    "&field=status:string&field=overdue:integer"
                                                    "&field=responsible:string&field=deadline:string" )
                                      .arg( crs ),
                                    tr( "Actions" ), QStringLiteral( "memory" ) );
  layer->setObjectName( QStringLiteral( "ActionsLayer" ) );
  QgsCategoryList categories;
  for ( const std::string &status : tryggkarta::actionStatusCodes() )
    categories << QgsRendererCategory( QString::fromStdString( status ), statusSymbol( status ),
                                       ActionText::statusLabel( status ) );
  layer->setRenderer( new QgsCategorizedSymbolRenderer( QStringLiteral( "status" ), categories ) );
  addToTree( layer, 0 );
  return layer;
}

QgsVectorLayer *ActionLayers::createPrioritiesLayer()
{
  const QString crs = mProject->crs().authid();
  auto *layer = new QgsVectorLayer(
    QStringLiteral( "MultiPolygon?crs=%1&field=fid:long&field=rank:integer&field=period:string"
                    "&field=problem:string&field=label:string" )
      .arg( crs ),
    tr( "Priorities" ), QStringLiteral( "memory" ) );
  layer->setObjectName( QStringLiteral( "PrioritiesLayer" ) );
  auto *outline = new QgsSimpleLineSymbolLayer( kPriorityOutline, 0.9, Qt::DashLine );
  auto *fill = new QgsSimpleFillSymbolLayer(
    QColor( kPriorityOutline.red(), kPriorityOutline.green(), kPriorityOutline.blue(), 25 ), Qt::SolidPattern,
    kPriorityOutline, Qt::NoPen );
  layer->setRenderer(
    new QgsSingleSymbolRenderer( new QgsFillSymbol( QgsSymbolLayerList() << fill << outline ) ) );
  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral( "label" );
  labels.placement = QgsPalLayerSettings::OverPoint;
  QgsTextFormat format;
  QFont font( QStringLiteral( "Sans Serif" ) );
  font.setBold( true );
  format.setFont( font );
  format.setSize( 8 );
  format.setColor( kPriorityOutline.darker( 130 ) );
  QgsTextBufferSettings buffer;
  buffer.setEnabled( true );
  buffer.setSize( 1 );
  buffer.setColor( Qt::white );
  format.setBuffer( buffer );
  labels.setFormat( format );
  layer->setLabeling( new QgsVectorLayerSimpleLabeling( labels ) );
  layer->setLabelsEnabled( true );
  addToTree( layer, mActions ? 1 : 0 ); // under the actions' points
  return layer;
}

void ActionLayers::setActions( const std::vector<tryggkarta::Action> &actions, const std::string &today )
{
  if ( !mActions )
    mActions = createActionsLayer();
  if ( mCanvas )
    mCanvas->cancelJobs(); // a render reading the features that go
  QgsVectorDataProvider *provider = mActions->dataProvider();
  provider->truncate();
  QgsFeatureList features;
  for ( const tryggkarta::Action &action : actions )
  {
    if ( !action.place )
      continue;
    QgsFeature feature( mActions->fields() );
    feature.setAttribute( 0, static_cast<qlonglong>( action.fid ) );
    feature.setAttribute( 1, QString::fromStdString( action.title ) );
    feature.setAttribute( 2, QString::fromStdString( action.status ) );
    feature.setAttribute( 3, action.overdue( today ) ? 1 : 0 );
    feature.setAttribute( 4, QString::fromStdString( action.responsible ) );
    feature.setAttribute( 5, QString::fromStdString( action.deadline ) );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( action.place->x, action.place->y ) ) );
    features << feature;
  }
  provider->addFeatures( features );
  mActions->updateExtents();
  mActions->triggerRepaint();
}

void ActionLayers::setPriorities( const std::vector<tryggkarta::Priority> &priorities,
                                  const std::vector<tryggkarta::ProjectArea> &areas )
{
  if ( !mPriorities )
    mPriorities = createPrioritiesLayer();
  if ( mCanvas )
    mCanvas->cancelJobs();
  QgsVectorDataProvider *provider = mPriorities->dataProvider();
  provider->truncate();
  QgsFeatureList features;
  for ( const tryggkarta::Priority &priority : priorities )
  {
    if ( priority.status == "closed" )
      continue;
    QgsGeometry geometry;
    if ( !priority.polygons.empty() )
    {
      QgsMultiPolygonXY multi;
      for ( const auto &ring : priority.polygons )
      {
        QgsPolylineXY line;
        for ( const tryggkarta::ActionPoint &p : ring )
          line << QgsPointXY( p.x, p.y );
        multi << QgsPolygonXY{ line };
      }
      geometry = QgsGeometry::fromMultiPolygonXY( multi );
    }
    else if ( priority.areaId )
    {
      for ( const tryggkarta::ProjectArea &area : areas )
        if ( area.fid == *priority.areaId )
        {
          // The area's rings, outer and holes alike (even-odd): each as a polygon, then combined.
          QVector<QgsGeometry> parts;
          for ( const auto &ring : area.rings )
          {
            QgsPolylineXY line;
            for ( const auto &[x, y] : ring )
              line << QgsPointXY( x, y );
            parts << QgsGeometry::fromPolygonXY( { line } );
          }
          geometry = QgsGeometry::unaryUnion( parts );
        }
    }
    if ( geometry.isNull() )
      continue;
    geometry.convertToMultiType();
    QgsFeature feature( mPriorities->fields() );
    feature.setAttribute( 0, static_cast<qlonglong>( priority.fid ) );
    feature.setAttribute( 1, priority.rank ? QVariant( *priority.rank ) : QVariant() );
    feature.setAttribute( 2, QString::fromStdString( priority.periodLabel ) );
    feature.setAttribute( 3, QString::fromStdString( priority.problem ) );
    const QString problem = QString::fromStdString( priority.problem );
    const QString shortProblem = problem.length() > 40 ? problem.left( 38 ) + QStringLiteral( "…" ) : problem;
    feature.setAttribute( 4, priority.rank ? tr( "%1. %2" ).arg( *priority.rank ).arg( shortProblem )
                                           : shortProblem );
    feature.setGeometry( geometry );
    features << feature;
  }
  provider->addFeatures( features );
  mPriorities->updateExtents();
  mPriorities->triggerRepaint();
}

bool ActionLayers::showAction( const tryggkarta::Action &action )
{
  if ( !mCanvas )
    return false;
  if ( !mHighlight )
  {
    mHighlight = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
    mHighlight->setIcon( QgsRubberBand::ICON_CIRCLE );
    mHighlight->setIconSize( 30 );
    mHighlight->setWidth( 3 );
    mHighlight->setColor( QColor( 0x00, 0xb4, 0xd8 ) );
    mHighlight->setFillColor( QColor( 0, 0, 0, 0 ) );
  }
  mHighlight->reset( QgsWkbTypes::PointGeometry );
  if ( !action.place )
    return false;
  const QgsPointXY point( action.place->x, action.place->y );
  mHighlight->setToGeometry( QgsGeometry::fromPointXY( point ), mProject->crs() );
  try
  {
    const QgsCoordinateTransform transform( mProject->crs(), mCanvas->mapSettings().destinationCrs(),
                                            mProject->transformContext() );
    const QgsPointXY onMap = transform.transform( point );
    QgsRectangle extent = mCanvas->extent();
    // Street level when the map shows more than a district, else only centred.
    if ( extent.width() > 3000 )
      extent = QgsRectangle( onMap.x() - 600, onMap.y() - 400, onMap.x() + 600, onMap.y() + 400 );
    else
      extent = QgsRectangle( onMap.x() - extent.width() / 2, onMap.y() - extent.height() / 2,
                             onMap.x() + extent.width() / 2, onMap.y() + extent.height() / 2 );
    mCanvas->setExtent( extent );
    mCanvas->refresh();
  }
  catch ( const QgsCsException & )
  {
  }
  return true;
}

void ActionLayers::clear()
{
  if ( mHighlight )
    mHighlight->reset( QgsWkbTypes::PointGeometry );
  for ( QPointer<QgsVectorLayer> *layer : { &mActions, &mPriorities } )
  {
    if ( *layer && mProject->mapLayer( ( *layer )->id() ) )
    {
      const bool dirty = mProject->isDirty();
      mProject->removeMapLayer( ( *layer )->id() );
      mProject->setDirty( dirty );
    }
    *layer = nullptr;
  }
}

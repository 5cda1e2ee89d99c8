#include "edittools.h"

#include "incidentpointslayer.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QKeyEvent>

#include <limits>

AddPointTool::AddPointTool( QgsMapCanvas *canvas ) : QgsMapTool( canvas )
{
  setCursor( Qt::CrossCursor );
}

void AddPointTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( e->button() == Qt::LeftButton )
    emit pointChosen( e->mapPoint() );
}

namespace
{
//! How many moved points are drawn while dragging; a larger selection moves the same, only less is drawn.
constexpr int kMaxMovePreview = 500;
} // namespace

SelectTool::SelectTool( QgsMapCanvas *canvas ) : QgsMapTool( canvas )
{
  setCursor( Qt::ArrowCursor );
}

SelectTool::~SelectTool()
{
  resetDrag();
}

void SelectTool::setLayers( const QList<QgsVectorLayer *> &layers )
{
  resetDrag();
  mLayers.clear();
  for ( QgsVectorLayer *layer : layers )
    if ( layer )
      mLayers << layer;
}

QList<QgsVectorLayer *> SelectTool::shownLayers() const
{
  // Only what the user sees can be picked: a hidden layer's points are left alone.
  const QList<QgsMapLayer *> shown = IncidentPointsLayer::sourcesOf( mCanvas->layers() );
  QList<QgsVectorLayer *> result;
  for ( const QPointer<QgsVectorLayer> &layer : mLayers )
    if ( layer && shown.contains( layer.data() ) )
      result << layer.data();
  return result;
}

std::optional<std::pair<QgsVectorLayer *, QgsFeatureId>> SelectTool::featureAt( const QPoint &pixel,
                                                                                bool selectedOnly )
{
  const QgsPointXY mapPoint = toMapCoordinates( pixel );
  const double radius = searchRadiusMU( mCanvas );
  std::optional<std::pair<QgsVectorLayer *, QgsFeatureId>> best;
  double bestDistance = std::numeric_limits<double>::max();
  for ( QgsVectorLayer *layer : shownLayers() )
  {
    const QgsPointXY layerPoint = toLayerCoordinates( layer, mapPoint );
    const QgsRectangle box( layerPoint.x() - radius, layerPoint.y() - radius, layerPoint.x() + radius,
                            layerPoint.y() + radius );
    QgsFeatureRequest request;
    request.setFilterRect( box ).setNoAttributes();
    if ( selectedOnly )
    {
      if ( layer->selectedFeatureCount() == 0 )
        continue;
      request.setFilterFids( layer->selectedFeatureIds() );
    }
    QgsFeatureIterator it = layer->getFeatures( request );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      const double distance = feature.geometry().distance( QgsGeometry::fromPointXY( layerPoint ) );
      if ( distance <= radius && distance < bestDistance )
      {
        bestDistance = distance;
        best = std::make_pair( layer, feature.id() );
      }
    }
  }
  return best;
}

void SelectTool::selectAt( const QPoint &pixel, Qt::KeyboardModifiers modifiers )
{
  const auto hit = featureAt( pixel, false );
  if ( modifiers & ( Qt::ShiftModifier | Qt::ControlModifier ) )
  {
    if ( !hit )
      return;
    QgsVectorLayer *layer = hit->first;
    if ( ( modifiers & Qt::ControlModifier ) && layer->selectedFeatureIds().contains( hit->second ) )
      layer->deselect( hit->second );
    else
      layer->select( hit->second );
    return;
  }
  for ( const QPointer<QgsVectorLayer> &layer : mLayers )
    if ( layer && ( !hit || layer != hit->first ) )
      layer->removeSelection();
  if ( hit )
    hit->first->selectByIds( { hit->second } );
}

void SelectTool::selectInRectangle( const QgsRectangle &mapRectangle, Qt::KeyboardModifiers modifiers )
{
  const Qgis::SelectBehavior behavior =
    ( modifiers & Qt::ShiftModifier )     ? Qgis::SelectBehavior::AddToSelection
    : ( modifiers & Qt::ControlModifier ) ? Qgis::SelectBehavior::RemoveFromSelection
                                          : Qgis::SelectBehavior::SetSelection;
  const QList<QgsVectorLayer *> shown = shownLayers();
  for ( const QPointer<QgsVectorLayer> &layer : mLayers )
  {
    if ( !layer )
      continue;
    if ( !shown.contains( layer.data() ) )
    {
      if ( behavior == Qgis::SelectBehavior::SetSelection )
        layer->removeSelection();
      continue;
    }
    const QgsRectangle box = toLayerCoordinates( layer, mapRectangle );
    QgsFeatureIds ids;
    QgsFeatureIterator it = layer->getFeatures(
      QgsFeatureRequest().setFilterRect( box ).setNoAttributes().setFlags( QgsFeatureRequest::NoGeometry ) );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
      ids.insert( feature.id() );
    layer->selectByIds( ids, behavior );
  }
}

void SelectTool::canvasPressEvent( QgsMapMouseEvent *e )
{
  if ( e->button() != Qt::LeftButton )
    return;
  resetDrag();
  mPressPixel = e->pos();
  mPressPoint = e->mapPoint();
  mDrag = featureAt( e->pos(), true ) ? Drag::PressedOnSelection : Drag::PressedElsewhere;
}

void SelectTool::canvasMoveEvent( QgsMapMouseEvent *e )
{
  if ( mDrag == Drag::None || !( e->buttons() & Qt::LeftButton ) )
    return;
  const bool farEnough = ( e->pos() - mPressPixel ).manhattanLength() >= QApplication::startDragDistance();
  if ( mDrag == Drag::PressedOnSelection && farEnough )
    startMove();
  else if ( mDrag == Drag::PressedElsewhere && farEnough )
  {
    mDrag = Drag::Rectangle;
    mRectangle = new QgsRubberBand( mCanvas, QgsWkbTypes::PolygonGeometry );
    mRectangle->setColor( QColor( 255, 200, 0, 60 ) );
    mRectangle->setStrokeColor( QColor( 200, 140, 0 ) );
    mRectangle->setWidth( 1 );
  }
  if ( mDrag == Drag::Moving )
    updateMove( e->mapPoint() );
  else if ( mDrag == Drag::Rectangle )
    mRectangle->setToGeometry( QgsGeometry::fromRect( QgsRectangle( mPressPoint, e->mapPoint() ) ), nullptr );
}

void SelectTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( e->button() != Qt::LeftButton )
    return;
  const Drag drag = mDrag;
  const QgsPointXY point = e->mapPoint();
  resetDrag();
  switch ( drag )
  {
  case Drag::Moving:
    emit moveRequested( point.x() - mPressPoint.x(), point.y() - mPressPoint.y() );
    break;
  case Drag::Rectangle:
    selectInRectangle( QgsRectangle( mPressPoint, point ), e->modifiers() );
    break;
  case Drag::PressedOnSelection:
  case Drag::PressedElsewhere:
    selectAt( e->pos(), e->modifiers() );
    break;
  case Drag::None:
    break;
  }
}

void SelectTool::canvasDoubleClickEvent( QgsMapMouseEvent *e )
{
  if ( e->button() != Qt::LeftButton )
    return;
  resetDrag();
  const auto hit = featureAt( e->pos(), false );
  if ( !hit )
    return;
  selectAt( e->pos(), Qt::NoModifier );
  emit editRequested();
}

void SelectTool::keyPressEvent( QKeyEvent *e )
{
  if ( e->key() == Qt::Key_Escape )
  {
    // Esc cancels a drag; with nothing being dragged it clears the selection.
    if ( mDrag == Drag::None )
      for ( const QPointer<QgsVectorLayer> &layer : mLayers )
        if ( layer )
          layer->removeSelection();
    resetDrag();
    e->accept();
    return;
  }
  e->ignore();
}

void SelectTool::deactivate()
{
  resetDrag();
  QgsMapTool::deactivate();
}

void SelectTool::startMove()
{
  mDrag = Drag::Moving;
  mMovingFrom.clear();
  for ( QgsVectorLayer *layer : shownLayers() )
  {
    if ( layer->selectedFeatureCount() == 0 )
      continue;
    QgsFeatureIterator it = layer->getSelectedFeatures( QgsFeatureRequest().setNoAttributes() );
    QgsFeature feature;
    while ( mMovingFrom.size() < kMaxMovePreview && it.nextFeature( feature ) )
      if ( feature.hasGeometry() )
        mMovingFrom << toMapCoordinates( layer, feature.geometry().asPoint() );
  }
  mMoving = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
  mMoving->setIcon( QgsRubberBand::ICON_CIRCLE );
  mMoving->setIconSize( 12 );
  mMoving->setColor( QColor( 255, 200, 0 ) );
  mMoving->setStrokeColor( QColor( 60, 60, 60 ) );
  mMoving->setWidth( 2 );
  setCursor( Qt::ClosedHandCursor );
}

void SelectTool::updateMove( const QgsPointXY &mapPoint )
{
  const double dx = mapPoint.x() - mPressPoint.x();
  const double dy = mapPoint.y() - mPressPoint.y();
  mMoving->reset( QgsWkbTypes::PointGeometry );
  for ( int i = 0; i < mMovingFrom.size(); ++i )
    mMoving->addPoint( QgsPointXY( mMovingFrom[i].x() + dx, mMovingFrom[i].y() + dy ),
                       i == mMovingFrom.size() - 1 );
}

void SelectTool::resetDrag()
{
  mDrag = Drag::None;
  delete mRectangle;
  mRectangle = nullptr;
  delete mMoving;
  mMoving = nullptr;
  mMovingFrom.clear();
  setCursor( Qt::ArrowCursor );
}

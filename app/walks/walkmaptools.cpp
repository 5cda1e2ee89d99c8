#include "walkmaptools.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>
#include <qgssnappingconfig.h>
#include <qgssnappingutils.h>
#include <qgsvectorlayer.h>

#include <QKeyEvent>

#include <utility>

#include <limits>

namespace
{
//! How far from a street (screen pixels) a click still lands on it.
constexpr double kSnapTolerancePixels = 12;
const QColor kDrawColor( 220, 80, 0 );
} // namespace

// --- DrawRouteTool
// -------------------------------------------------------------------------------------------

DrawRouteTool::DrawRouteTool( QgsMapCanvas *canvas ) : QgsMapTool( canvas )
{
  setCursor( Qt::CrossCursor );
}

DrawRouteTool::~DrawRouteTool()
{
  delete mBand;
  delete mVertices;
}

void DrawRouteTool::setSnapLayer( QgsVectorLayer *layer )
{
  mSnapLayer = layer;
  mSnapping.reset();
  if ( !layer )
    return;
  // The streets only, on their lines and corners: a route drawn by clicking follows the street it is on.
  mSnapping = std::make_unique<QgsSnappingUtils>( nullptr, false );
  QgsSnappingConfig config;
  config.setEnabled( true );
  config.setMode( QgsSnappingConfig::AdvancedConfiguration );
  config.setIndividualLayerSettings(
    layer,
    QgsSnappingConfig::IndividualLayerSettings(
      true,
      QgsSnappingConfig::SnappingTypeFlag( QgsSnappingConfig::VertexFlag | QgsSnappingConfig::SegmentFlag ),
      kSnapTolerancePixels, QgsTolerance::Pixels ) );
  mSnapping->setConfig( config );
}

QgsPointXY DrawRouteTool::snappedPoint( const QPoint &pixel )
{
  const QgsPointXY mapPoint = toMapCoordinates( pixel );
  if ( !mSnapping || !mSnapLayer )
    return mapPoint;
  mSnapping->setMapSettings( mCanvas->mapSettings() );
  const QgsPointLocator::Match match = mSnapping->snapToMap( pixel );
  return match.isValid() ? match.point() : mapPoint;
}

void DrawRouteTool::updateBand( const std::optional<QgsPointXY> &cursor )
{
  if ( !mBand )
  {
    mBand = new QgsRubberBand( mCanvas, QgsWkbTypes::LineGeometry );
    mBand->setColor( kDrawColor );
    mBand->setWidth( 3 );
    mVertices = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
    mVertices->setIcon( QgsRubberBand::ICON_CIRCLE );
    mVertices->setIconSize( 8 );
    mVertices->setColor( kDrawColor );
  }
  mBand->reset( QgsWkbTypes::LineGeometry );
  mVertices->reset( QgsWkbTypes::PointGeometry );
  for ( const QgsPointXY &point : std::as_const( mPoints ) )
  {
    mBand->addPoint( point, false );
    mVertices->addPoint( point, false );
  }
  if ( cursor && !mPoints.isEmpty() )
    mBand->addPoint( *cursor, false );
  mBand->updatePosition();
  mBand->update();
  mVertices->updatePosition();
  mVertices->update();
}

void DrawRouteTool::addPoint( const QgsPointXY &point )
{
  // Two clicks on the same place (a double-click's first half) make one point.
  if ( !mPoints.isEmpty() && mPoints.last().compare( point, 1e-6 ) )
    return;
  mPoints << point;
  updateBand( std::nullopt );
}

void DrawRouteTool::canvasPressEvent( QgsMapMouseEvent * )
{
  // A press starts a new click: the release that ends a double-click did not come (or is past).
  mIgnoreNextRelease = false;
}

void DrawRouteTool::canvasMoveEvent( QgsMapMouseEvent *e )
{
  if ( !mPoints.isEmpty() )
    updateBand( snappedPoint( e->pos() ) );
}

void DrawRouteTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( std::exchange( mIgnoreNextRelease, false ) )
    return;
  if ( e->button() == Qt::LeftButton )
    addPoint( snappedPoint( e->pos() ) );
  else if ( e->button() == Qt::RightButton )
    finish();
}

void DrawRouteTool::canvasDoubleClickEvent( QgsMapMouseEvent *e )
{
  // The double-click's first click has added the point already.
  if ( e->button() != Qt::LeftButton )
    return;
  addPoint( snappedPoint( e->pos() ) );
  mIgnoreNextRelease = true;
  finish();
}

void DrawRouteTool::keyPressEvent( QKeyEvent *e )
{
  switch ( e->key() )
  {
  case Qt::Key_Return:
  case Qt::Key_Enter:
    finish();
    e->accept();
    break;
  case Qt::Key_Escape:
    cancel();
    e->accept();
    break;
  case Qt::Key_Backspace:
  case Qt::Key_Delete:
    if ( !mPoints.isEmpty() )
    {
      mPoints.removeLast();
      updateBand( std::nullopt );
    }
    e->accept();
    break;
  default:
    e->ignore();
  }
}

void DrawRouteTool::finish()
{
  const QVector<QgsPointXY> points = mPoints;
  mPoints.clear();
  updateBand( std::nullopt );
  if ( points.size() >= 2 )
    emit routeDrawn( points );
  else
    emit tooShort( static_cast<int>( points.size() ) );
}

void DrawRouteTool::cancel()
{
  mPoints.clear();
  updateBand( std::nullopt );
  emit cancelled();
}

void DrawRouteTool::deactivate()
{
  mPoints.clear();
  mIgnoreNextRelease = false;
  delete mBand;
  mBand = nullptr;
  delete mVertices;
  mVertices = nullptr;
  QgsMapTool::deactivate();
}

// --- EditStopsTool
// -------------------------------------------------------------------------------------------

EditStopsTool::EditStopsTool( QgsMapCanvas *canvas ) : QgsMapTool( canvas )
{
  setCursor( Qt::CrossCursor );
}

EditStopsTool::~EditStopsTool()
{
  resetDrag();
}

std::optional<QgsFeatureId> EditStopsTool::stopAt( const QPoint &pixel )
{
  if ( !mLayer )
    return std::nullopt;
  // The circles are larger than other points: a little more room than the usual search radius.
  const double radius = 1.5 * searchRadiusMU( mCanvas );
  const QgsPointXY layerPoint = toLayerCoordinates( mLayer, toMapCoordinates( pixel ) );
  QgsFeatureRequest request;
  request
    .setFilterRect( QgsRectangle( layerPoint.x() - radius, layerPoint.y() - radius, layerPoint.x() + radius,
                                  layerPoint.y() + radius ) )
    .setNoAttributes();
  std::optional<QgsFeatureId> best;
  double bestDistance = std::numeric_limits<double>::max();
  QgsFeatureIterator it = mLayer->getFeatures( request );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    if ( !feature.hasGeometry() )
      continue;
    const double distance = feature.geometry().asPoint().distance( layerPoint );
    if ( distance <= radius && distance < bestDistance )
    {
      bestDistance = distance;
      best = feature.id();
    }
  }
  return best;
}

void EditStopsTool::canvasPressEvent( QgsMapMouseEvent *e )
{
  resetDrag();
  if ( e->button() != Qt::LeftButton )
    return;
  mPressed = stopAt( e->pos() );
  mPressPixel = e->pos();
}

void EditStopsTool::canvasMoveEvent( QgsMapMouseEvent *e )
{
  if ( !mPressed || !( e->buttons() & Qt::LeftButton ) )
    return;
  if ( !mDragging && ( e->pos() - mPressPixel ).manhattanLength() < 4 )
    return;
  mDragging = true;
  if ( !mMoving )
  {
    mMoving = new QgsRubberBand( mCanvas, QgsWkbTypes::PointGeometry );
    mMoving->setIcon( QgsRubberBand::ICON_CIRCLE );
    mMoving->setIconSize( 18 );
    mMoving->setColor( QColor( 255, 140, 0, 200 ) );
  }
  mMoving->reset( QgsWkbTypes::PointGeometry );
  mMoving->addPoint( e->mapPoint() );
}

void EditStopsTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( e->button() != Qt::LeftButton )
    return;
  const std::optional<QgsFeatureId> pressed = mPressed;
  const bool dragged = mDragging;
  resetDrag();
  if ( pressed && dragged )
    emit stopMoved( *pressed, e->mapPoint() );
  else if ( pressed )
    emit stopClicked( *pressed );
  else if ( ( e->pos() - mPressPixel ).manhattanLength() < 4 )
    emit addStopRequested( e->mapPoint() );
}

void EditStopsTool::keyPressEvent( QKeyEvent *e )
{
  if ( e->key() == Qt::Key_Escape && mPressed )
  {
    resetDrag();
    e->accept();
    return;
  }
  e->ignore();
}

void EditStopsTool::resetDrag()
{
  mPressed.reset();
  mDragging = false;
  delete mMoving;
  mMoving = nullptr;
}

void EditStopsTool::deactivate()
{
  resetDrag();
  QgsMapTool::deactivate();
}

// --- PickPointTool
// -------------------------------------------------------------------------------------------

PickPointTool::PickPointTool( QgsMapCanvas *canvas ) : QgsMapTool( canvas )
{
  setCursor( Qt::CrossCursor );
}

void PickPointTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( e->button() == Qt::LeftButton )
    emit picked( e->mapPoint() );
  else if ( e->button() == Qt::RightButton )
    emit cancelled();
}

void PickPointTool::keyPressEvent( QKeyEvent *e )
{
  if ( e->key() == Qt::Key_Escape )
  {
    emit cancelled();
    e->accept();
    return;
  }
  e->ignore();
}

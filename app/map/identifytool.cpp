#include "identifytool.h"

#include "incidentpointslayer.h"

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>

IdentifyTool::IdentifyTool( QgsMapCanvas *canvas ) : QgsMapToolIdentify( canvas ) {}

void IdentifyTool::setLayers( const QList<QgsMapLayer *> &primary, const QList<QgsMapLayer *> &fallback )
{
  mPrimary = primary;
  mFallback = fallback;
}

QList<QgsMapToolIdentify::IdentifyResult> IdentifyTool::identifyAt( const QPoint &pixel )
{
  // Only visible layers: identifying what the user cannot see would be confusing.
  // (The incident points are drawn by a layer of their own in their layer's place.)
  const QList<QgsMapLayer *> visible = IncidentPointsLayer::sourcesOf( mCanvas->layers() );
  auto visibleOnly = [&visible]( const QList<QgsMapLayer *> &layers )
  {
    QList<QgsMapLayer *> result;
    for ( QgsMapLayer *layer : layers )
      if ( visible.contains( layer ) )
        result << layer;
    return result;
  };
  const QList<QgsMapLayer *> primary = visibleOnly( mPrimary );
  QList<IdentifyResult> results;
  if ( !primary.isEmpty() )
    results = identify( pixel.x(), pixel.y(), primary, TopDownAll );
  const QList<QgsMapLayer *> fallback = visibleOnly( mFallback );
  if ( results.isEmpty() && !fallback.isEmpty() )
    results = identify( pixel.x(), pixel.y(), fallback, TopDownStopAtFirst );
  return results;
}

void IdentifyTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( e->button() != Qt::LeftButton )
    return;
  identifyAndReport( e->pixelPoint() );
}

void IdentifyTool::identifyAndReport( const QPoint &pixel )
{
  emit identified( identifyAt( pixel ) );
}

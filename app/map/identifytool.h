#pragma once
// The identify tool: click the map to see the attributes of what is there.

#include <qgsmaptoolidentify.h>

#include <QList>

class QgsMapLayer;

/**
 * Identifies features under a click in the given layers, top to bottom. The situational-picture layers are
 * asked first; the base map answers only when they find nothing, so a click on an incident never lists the
 * land-use polygon under it.
 */
class IdentifyTool : public QgsMapToolIdentify
{
  Q_OBJECT

public:
  explicit IdentifyTool( QgsMapCanvas *canvas );

  //! Layers searched first, and layers searched when the first give nothing.
  void setLayers( const QList<QgsMapLayer *> &primary, const QList<QgsMapLayer *> &fallback );
  const QList<QgsMapLayer *> &primaryLayers() const { return mPrimary; }
  const QList<QgsMapLayer *> &fallbackLayers() const { return mFallback; }

  //! Identifies at a pixel position of the canvas (what a click does).
  QList<QgsMapToolIdentify::IdentifyResult> identifyAt( const QPoint &pixel );

  //! Identifies at a pixel position and emits identified(), as a click does.
  void identifyAndReport( const QPoint &pixel );

  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;

signals:
  //! Emitted after each click, also with no results, so the panel can clear.
  void identified( const QList<QgsMapToolIdentify::IdentifyResult> &results );

private:
  QList<QgsMapLayer *> mPrimary;
  QList<QgsMapLayer *> mFallback;
};

#pragma once
// The map canvas of the window.

#include <qgsmapcanvas.h>

/**
 * The map canvas, drawn at one image pixel per logical pixel. QGIS 3.22 computes the map scale from the
 * device's pixels but the screen's logical DPI, so on a HiDPI screen (device pixel ratio 2) every scale
 * doubles: scale-dependent labels and layers vanish and the scale box shows twice the true scale. Rendering
 * at ratio 1 keeps the scale true; the widgets around the map stay sharp.
 */
class MapCanvas : public QgsMapCanvas
{
  Q_OBJECT

public:
  explicit MapCanvas( QWidget *parent = nullptr );

protected:
  int metric( PaintDeviceMetric metric ) const override;
};

#include "mapcanvas.h"

#include "layerstyles.h"

MapCanvas::MapCanvas( QWidget *parent ) : QgsMapCanvas( parent )
{
  setObjectName( QStringLiteral( "MapCanvas" ) );
  setCanvasColor( LayerStyles::mapBackgroundColor() );
  setCachingEnabled( true );
  setParallelRenderingEnabled( true );
}

int MapCanvas::metric( PaintDeviceMetric metric ) const
{
  if ( metric == PdmDevicePixelRatio )
    return 1;
  if ( metric == PdmDevicePixelRatioScaled )
    return static_cast<int>( devicePixelRatioFScale() );
  return QgsMapCanvas::metric( metric );
}

#pragma once
// A safety walk on a printed map: its route as a line, its stops as big numbered circles (the numbers of the
// kit's pages and of the protocol), its start marked, and the circle a stop's context counts incidents in;
// drawn over the project's base map. Temporary layers in a MapSheet's project, removed again when this goes.

#include "walkstore.h"

#include <qgsrectangle.h>

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QSizeF>

class LayoutFlow;
class MapSheet;
class QgsLayoutItemMap;
class QgsMapLayer;
class QgsProject;
class QgsVectorLayer;

class WalkMapLayers
{
  Q_DECLARE_TR_FUNCTIONS( WalkMapLayers )

public:
  WalkMapLayers( MapSheet &sheet, const tryggkarta::Walk &walk,
                 const std::vector<tryggkarta::WalkStop> &stops );
  ~WalkMapLayers();
  WalkMapLayers( const WalkMapLayers & ) = delete;
  WalkMapLayers &operator=( const WalkMapLayers & ) = delete;

  //! The walk over the base map, top first: stops, start, route, then the sheet's base map.
  QList<QgsMapLayer *> routeLayers() const;
  //! The same with the circle of radiusMeters around one stop (its context's reach) under the walk.
  QList<QgsMapLayer *> stopLayers( const tryggkarta::WalkStop &stop, double radiusMeters );

  /**
   * Draws layers over extent (widened to sizeMm's proportions at a round scale) into an image file (BMP) of
   * sizeMm at 250 dpi, for a picture item: a page holding a map item makes every other item on it costly to
   * draw (each asks the map for its settings), which a page of fifty boxes and labels feels. Returns the
   * scale denominator, or 0 when the file could not be written.
   */
  double renderImage( const QList<QgsMapLayer *> &layers, const QgsRectangle &extent, const QSizeF &sizeMm,
                      const QString &file ) const;

  //! The route and all stops with a margin, at least minimumMeters across.
  QgsRectangle routeExtent( double minimumMeters = 400 ) const;
  //! A stop's surroundings: its circle and a margin.
  static QgsRectangle stopExtent( const tryggkarta::WalkStop &stop, double radiusMeters );

  /**
   * Under a map frame: a north arrow, a scale bar and a key to the walk's marks, from the top of rectMm on
   * the flow's current page (the key under them when the band is narrow); returns the height used (mm).
   * withStart: the key names the start mark; radiusMeters: the circle around a stop.
   */
  static double addMapKey( LayoutFlow &flow, QgsLayoutItemMap *map, const QRectF &rectMm, bool withStart,
                           double radiusMeters = 0 );

private:
  QgsProject *mProject = nullptr;
  QList<QgsMapLayer *> mBase;
  QgsVectorLayer *mRoute = nullptr;
  QgsVectorLayer *mStops = nullptr;
  QgsVectorLayer *mStart = nullptr;
  QList<QgsMapLayer *> mOwned; //!< everything this added to the project
  QgsRectangle mExtent;
  QString mCrs;
};

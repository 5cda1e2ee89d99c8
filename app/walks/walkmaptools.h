#pragma once
// The walks room's map tools: drawing a route by clicking (snapped to the street layer when the project has
// one), moving and adding a walk's stops, and picking a start point for a suggested route.

#include <qgsfeatureid.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>
#include <qgsvectorlayer.h>

#include <QPointer>
#include <QVector>

#include <memory>
#include <optional>

class QgsRubberBand;
class QgsSnappingUtils;

/**
 * Click the route's points; a double-click (or Enter, or a right-click) finishes it, Backspace takes the last
 * point back, Esc cancels. Points snap to the street layer's lines when one is set.
 */
class DrawRouteTool : public QgsMapTool
{
  Q_OBJECT

public:
  explicit DrawRouteTool( QgsMapCanvas *canvas );
  ~DrawRouteTool() override;

  //! The layer to snap to (the project's streets), or nullptr for none.
  void setSnapLayer( QgsVectorLayer *layer );
  QgsVectorLayer *snapLayer() const { return mSnapLayer; }
  //! The points clicked so far (map CRS).
  const QVector<QgsPointXY> &points() const { return mPoints; }
  //! Where a click at a pixel lands: on the nearest street within the tolerance, else where clicked.
  QgsPointXY snappedPoint( const QPoint &pixel );

  void canvasPressEvent( QgsMapMouseEvent *e ) override;
  void canvasMoveEvent( QgsMapMouseEvent *e ) override;
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;
  void canvasDoubleClickEvent( QgsMapMouseEvent *e ) override;
  void keyPressEvent( QKeyEvent *e ) override;
  void deactivate() override;

  //! Finishes the route as it is (what a double-click does).
  void finish();
  //! Throws the points away (what Esc does).
  void cancel();

signals:
  //! The route was finished with these points (map CRS), at least two.
  void routeDrawn( const QVector<QgsPointXY> &mapPoints );
  //! Finished with fewer than two points: no route (how many there were).
  void tooShort( int points );
  //! The user cancelled, or finished with fewer than two points.
  void cancelled();

private:
  void addPoint( const QgsPointXY &point );
  void updateBand( const std::optional<QgsPointXY> &cursor );

  QPointer<QgsVectorLayer> mSnapLayer;
  std::unique_ptr<QgsSnappingUtils> mSnapping;
  QVector<QgsPointXY> mPoints;
  QgsRubberBand *mBand = nullptr;
  QgsRubberBand *mVertices = nullptr;
  //! A double-click arrives after the release of its second click: that release must not add a point.
  bool mIgnoreNextRelease = false;
};

/**
 * Drag a stop of the selected walk to move it; click where there is no stop to add one there; a click on a
 * stop selects it.
 */
class EditStopsTool : public QgsMapTool
{
  Q_OBJECT

public:
  explicit EditStopsTool( QgsMapCanvas *canvas );
  ~EditStopsTool() override;

  //! The layer holding the walk's stops (filtered to the walk).
  void setStopsLayer( QgsVectorLayer *layer ) { mLayer = layer; }
  //! The stop shown nearest to a pixel within the search radius.
  std::optional<QgsFeatureId> stopAt( const QPoint &pixel );

  void canvasPressEvent( QgsMapMouseEvent *e ) override;
  void canvasMoveEvent( QgsMapMouseEvent *e ) override;
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;
  void keyPressEvent( QKeyEvent *e ) override;
  void deactivate() override;

signals:
  //! A stop was dragged to a new place (map CRS).
  void stopMoved( QgsFeatureId stopFid, const QgsPointXY &mapPoint );
  //! A click where there is no stop: add one here (map CRS).
  void addStopRequested( const QgsPointXY &mapPoint );
  //! A click on a stop.
  void stopClicked( QgsFeatureId stopFid );

private:
  void resetDrag();

  QPointer<QgsVectorLayer> mLayer;
  std::optional<QgsFeatureId> mPressed;
  QPoint mPressPixel;
  bool mDragging = false;
  QgsRubberBand *mMoving = nullptr;
};

//! Click the map once to pick a point (a start point); Esc gives up.
class PickPointTool : public QgsMapTool
{
  Q_OBJECT

public:
  explicit PickPointTool( QgsMapCanvas *canvas );
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;
  void keyPressEvent( QKeyEvent *e ) override;

signals:
  void picked( const QgsPointXY &mapPoint );
  void cancelled();
};

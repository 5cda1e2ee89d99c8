#pragma once
// Map tools for editing incidents and observations: one that places a new record where the user clicks, and
// one that selects (click, Shift/Ctrl-click, rectangle), moves the selection by dragging one of its points
// and opens the form on a double-click.

#include <qgsfeatureid.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <QList>
#include <QPointer>

#include <optional>

class QgsRubberBand;
class QgsVectorLayer;

//! Click the map to place a new record.
class AddPointTool : public QgsMapTool
{
  Q_OBJECT

public:
  explicit AddPointTool( QgsMapCanvas *canvas );
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;

signals:
  //! The point clicked, in the map's (the project's) coordinate system.
  void pointChosen( const QgsPointXY &mapPoint );
};

class SelectTool : public QgsMapTool
{
  Q_OBJECT

public:
  explicit SelectTool( QgsMapCanvas *canvas );
  ~SelectTool() override;

  //! The layers whose features can be selected and moved, top first.
  void setLayers( const QList<QgsVectorLayer *> &layers );

  /**
   * Selects what lies under a pixel, as a click does: the nearest feature shown within the search radius.
   * No modifier replaces the selection (nothing there clears it), Shift adds, Ctrl toggles.
   */
  void selectAt( const QPoint &pixel, Qt::KeyboardModifiers modifiers );
  //! Selects the features shown inside a rectangle (map coordinates): replaces, Shift adds, Ctrl removes.
  void selectInRectangle( const QgsRectangle &mapRectangle, Qt::KeyboardModifiers modifiers );
  //! The feature shown nearest to a pixel within the search radius; only selected ones when selectedOnly.
  std::optional<std::pair<QgsVectorLayer *, QgsFeatureId>> featureAt( const QPoint &pixel,
                                                                      bool selectedOnly );

  void canvasPressEvent( QgsMapMouseEvent *e ) override;
  void canvasMoveEvent( QgsMapMouseEvent *e ) override;
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;
  void canvasDoubleClickEvent( QgsMapMouseEvent *e ) override;
  void keyPressEvent( QKeyEvent *e ) override;
  void deactivate() override;

signals:
  //! The selection was dragged by (dx, dy) map units.
  void moveRequested( double dx, double dy );
  //! A feature was double-clicked (it is now the selection).
  void editRequested();

private:
  enum class Drag
  {
    None,
    PressedOnSelection,
    PressedElsewhere,
    Moving,
    Rectangle
  };
  void startMove();
  void updateMove( const QgsPointXY &mapPoint );
  void resetDrag();
  QList<QgsVectorLayer *> shownLayers() const;

  QList<QPointer<QgsVectorLayer>> mLayers;
  Drag mDrag = Drag::None;
  QPoint mPressPixel;
  QgsPointXY mPressPoint;
  QgsRubberBand *mRectangle = nullptr;
  QgsRubberBand *mMoving = nullptr;
  QList<QgsPointXY> mMovingFrom;
};

#pragma once
// Measuring on the map: a distance along a line or the area of a polygon, on the ellipsoid.

#include <qgsdistancearea.h>
#include <qgsmaptool.h>
#include <qgspointxy.h>

#include <QPointer>
#include <QVector>

#include <QFrame>
class QLabel;
class QgsProject;
class QgsRubberBand;

/**
 * The measure tool: click to add points, moving the mouse shows the running result, a double-click or a
 * right-click finishes, Esc clears, Backspace takes back the last point. Lengths and areas are ellipsoidal
 * (the project's ellipsoid, GRS 1980 for SWEREF 99), so they are the distances on the ground, and are shown
 * in a small panel at the top left of the map in m or km, and m², ha or km², with the user's number format.
 */
class MeasureTool : public QgsMapTool
{
  Q_OBJECT

public:
  enum class Mode
  {
    Distance, //!< along a polyline
    Area      //!< inside a polygon (and its perimeter)
  };

  MeasureTool( QgsMapCanvas *canvas, QgsProject *project, Mode mode );
  ~MeasureTool() override;

  Mode mode() const { return mMode; }

  //! The points clicked so far, in the map's CRS (without the one following the mouse).
  const QVector<QgsPointXY> &points() const { return mPoints; }
  //! True after a double-click or right-click ended the measurement.
  bool isFinished() const { return mFinished; }

  //! Length along the points (closed ring for an area), in metres on the ground; with the mouse point if
  //! asked.
  double lengthMeters( bool withMousePoint = false ) const;
  //! Area of the polygon the points make, in square metres on the ground; with the mouse point if asked.
  double areaSquareMeters( bool withMousePoint = false ) const;

  //! The text the panel shows now.
  QString resultText() const;
  //! The results panel over the map (null until the tool was first used).
  QFrame *panel() const { return mPanel.data(); }

  //! Removes the measurement from the map.
  void clear();

  //! "850 m", "1,25 km": metres below a kilometre, kilometres above, in the user's number format.
  static QString formatDistance( double meters );
  //! "640 m²", "2,35 ha", "1,80 km²": square metres below a hectare, hectares below a km², then km².
  static QString formatArea( double squareMeters );

  void canvasMoveEvent( QgsMapMouseEvent *e ) override;
  void canvasReleaseEvent( QgsMapMouseEvent *e ) override;
  void canvasDoubleClickEvent( QgsMapMouseEvent *e ) override;
  void keyPressEvent( QKeyEvent *e ) override;
  void activate() override;
  void deactivate() override;

signals:
  //! The measurement changed: a point added or removed, the mouse moved, finished or cleared.
  void measurementChanged();

private:
  void finish();
  void updateDistanceArea();
  void updateRubberBand();
  void updatePanel();
  QVector<QgsPointXY> pointsWithMouse( bool withMousePoint ) const;

  QgsProject *mProject = nullptr;
  Mode mMode;
  QgsDistanceArea mDistanceArea;
  QVector<QgsPointXY> mPoints;
  QgsPointXY mMousePoint;
  bool mHasMousePoint = false;
  bool mFinished = false;
  //! Qt sends a release after the double-click: it must not start a new measurement.
  bool mIgnoreNextRelease = false;
  QgsRubberBand *mRubberBand = nullptr;
  QPointer<QFrame> mPanel;
  QLabel *mResultLabel = nullptr;
  QLabel *mHintLabel = nullptr;
};

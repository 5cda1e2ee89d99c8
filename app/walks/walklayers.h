#pragma once
// The selected safety walk on the map: its numbered stops as a layer (walk_stops of the project file,
// filtered to the walk, circles with their numbers) at the top of the situational picture, its route
// highlighted, and the selected stop ringed. The stops layer is a working layer of the session: never part of
// the saved map state.

#include "walkstore.h"

#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace tryggkarta
{
struct SuggestedRoute;
}

class QgsMapCanvas;
class QgsProject;
class QgsRubberBand;

class WalkLayers : public QObject
{
  Q_OBJECT

public:
  WalkLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent = nullptr );
  //! Removes the marks from the map (the canvas must still exist).
  ~WalkLayers() override;

  //! A project was opened (or saved as a new file): the stops layer reads this file.
  void setProjectFile( const QString &path );
  //! The project closes: the layer and the marks go.
  void clear();

  //! Shows this walk's stops and highlights its route (project CRS); walkId 0 shows none.
  void showWalk( qint64 walkId, const std::vector<tryggkarta::WalkPoint> &route );
  qint64 shownWalk() const { return mWalkId; }
  //! Rings a stop (project CRS); nothing clears the ring.
  void markStop( const std::optional<tryggkarta::WalkPoint> &point );
  //! The stops were written through another connection: the layer reads them again.
  void reload();
  /**
   * Shows a suggested route (project CRS) with its numbered stops in another colour until it is taken or
   * dropped (nullptr), and moves the map to it when it is not in view.
   */
  void showSuggestion( const tryggkarta::SuggestedRoute *route );
  QgsVectorLayer *suggestionLayer() const { return mSuggestionStops; }

  QgsVectorLayer *stopsLayer() const { return mStops; }
  QgsRubberBand *routeHighlight() const { return mRoute; }

  //! The numbered-circle style of stops (also for the suggested route's preview).
  static void applyStopStyle( QgsVectorLayer *layer, const QColor &color = QColor() );

private:
  void createLayer();
  void removeLayer();

  QgsProject *mProject = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QString mPath;
  QPointer<QgsVectorLayer> mStops;
  QgsRubberBand *mRoute = nullptr;
  QgsRubberBand *mStopMark = nullptr;
  QgsRubberBand *mSuggestionRoute = nullptr;
  QPointer<QgsVectorLayer> mSuggestionStops;
  qint64 mWalkId = 0;
};

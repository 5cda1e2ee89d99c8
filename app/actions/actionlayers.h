#pragma once
// Actions and priorities on the map: the layer "Actions" (a memory layer, every action at its place,
// coloured by status: proposed grey, decided blue, in progress orange, done green, rejected dark grey and
// crossed; an overdue action ringed in red), the layer "Priorities" (the priorities' places outlined), both
// at the top of the situational picture and listed in the layer tree, and a ring on the action selected in
// the list. Working layers of the session, rebuilt after every change; never part of the saved map state.

#include "actionstore.h"
#include "areas.h"

#include <QObject>
#include <QPointer>

#include <vector>

class QgsMapCanvas;
class QgsProject;
class QgsRubberBand;
class QgsVectorLayer;

class ActionLayers : public QObject
{
  Q_OBJECT

public:
  ActionLayers( QgsProject *project, QgsMapCanvas *canvas, QObject *parent = nullptr );
  //! Removes the ring from the map (the canvas must still exist).
  ~ActionLayers() override;

  //! Draws these actions (project CRS); today decides which are overdue.
  void setActions( const std::vector<tryggkarta::Action> &actions, const std::string &today );
  //! Outlines these priorities: their own polygons, else their area's.
  void setPriorities( const std::vector<tryggkarta::Priority> &priorities,
                      const std::vector<tryggkarta::ProjectArea> &areas );
  //! Rings an action's place and pans to it (zooming in when the map shows more than a district); false when
  //! it has no place.
  bool showAction( const tryggkarta::Action &action );
  //! The project closes: the layers and the ring go.
  void clear();

  QgsVectorLayer *actionsLayer() const { return mActions; }
  QgsVectorLayer *prioritiesLayer() const { return mPriorities; }
  QgsRubberBand *highlight() const { return mHighlight; }

private:
  QgsVectorLayer *createActionsLayer();
  QgsVectorLayer *createPrioritiesLayer();
  //! Into the situational picture's group at index (0: on top).
  void addToTree( QgsVectorLayer *layer, int index );

  QgsProject *mProject = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QPointer<QgsVectorLayer> mActions;
  QPointer<QgsVectorLayer> mPriorities;
  QgsRubberBand *mHighlight = nullptr;
};

#pragma once
// The identify results: one entry per feature found under a click, its fields with coded values by their
// labels, references to other records (area, walk, import, stop) by their names, personal-data flags in
// words and times in Stockholm time; a safety-walk observation's photos as thumbnails; the first feature is
// marked on the map.

#include <qgsmaptoolidentify.h>

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class ProjectController;
class QDockWidget;
class QMainWindow;
class QTreeWidget;
class QTreeWidgetItem;
class QgsHighlight;
class QgsMapCanvas;

namespace tryggkarta
{
class Database;
}

class IdentifyPanel : public QObject
{
  Q_OBJECT

public:
  //! The panel is a dock of the window, hidden until something is identified.
  IdentifyPanel( ProjectController *projects, QgsMapCanvas *canvas, QMainWindow *window, QObject *parent );
  //! Removes the marks from the map (the canvas must still exist) and the dock.
  ~IdentifyPanel() override;

  QDockWidget *dock() const { return mDock; }
  //! The results tree (one top-level item per feature found).
  QTreeWidget *tree() const { return mTree; }

  //! Lists what a click found and marks the first on the map.
  void showResults( const QList<QgsMapToolIdentify::IdentifyResult> &results );
  //! Empties the list and removes the marks.
  void clear();

  /**
   * What a reference field (area_id, walk_id, repeat_of, batch_id, stop_id) shows for a record id: the
   * area's name, the walk's name and date, the import's file name and date (Stockholm), the stop's number and
   * name. Empty when the field is not a reference or the record is gone.
   */
  static QString referenceText( tryggkarta::Database &db, const QString &field, qint64 id );

private:
  void clearHighlights();
  //! Under an observation: its photos as thumbnails (a click shows one whole).
  void addPhotos( QTreeWidgetItem *featureItem, qint64 observationFid,
                  const std::function<tryggkarta::Database *()> &connection );
  void showPhoto( qint64 photoFid );

  ProjectController *mProjects = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QDockWidget *mDock = nullptr;
  QTreeWidget *mTree = nullptr;
  //! Marks on the map of what identify found; replaced on each identify.
  QList<QgsHighlight *> mHighlights;
};

#pragma once
// The editing room: adding, changing, moving and deleting incidents and observations on the map with undo,
// and the attribute table. It follows the open project and keeps the filter, heatmap and table current after
// each change.

#include <qgsfeatureid.h>

#include <QObject>

#include <optional>

class AttributeTablePanel;
class FilterController;
class MapTools;
class ProjectController;
class RecordEditor;
class QAction;
class QDockWidget;
class QMainWindow;
class QgsMapCanvas;

class EditingController : public QObject
{
  Q_OBJECT

public:
  EditingController( ProjectController *projects, FilterController *filter, MapTools *tools,
                     QgsMapCanvas *canvas, QMainWindow *window );
  //! The editor and the table go with it (the editor's map tools are MapTools's).
  ~EditingController() override;

  //! Adding, editing, moving and deleting incidents and observations, with undo.
  RecordEditor *editor() const { return mEditor; }
  AttributeTablePanel *attributeTable() const { return mTable; }
  QDockWidget *attributeTableDock() const { return mTableDock; }

  QAction *undoAction() const { return mActionUndo; }
  QAction *redoAction() const { return mActionRedo; }
  QAction *editSelectedAction() const { return mActionEditSelected; }
  QAction *deleteSelectedAction() const { return mActionDeleteSelected; }
  //! Shows or hides the attribute table (the dock's own action).
  QAction *showTableAction() const;

  //! Edits stop while an import writes the project.
  void setImportRunning( bool running );

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  void attach();
  void updateAllowed();

  ProjectController *mProjects = nullptr;
  FilterController *mFilter = nullptr;
  RecordEditor *mEditor = nullptr;
  AttributeTablePanel *mTable = nullptr;
  QDockWidget *mTableDock = nullptr;
  QAction *mActionUndo = nullptr;
  QAction *mActionRedo = nullptr;
  QAction *mActionEditSelected = nullptr;
  QAction *mActionDeleteSelected = nullptr;
  bool mImportRunning = false;
  //! The incidents the map's filter shows (nothing: all), for the table.
  std::optional<QgsFeatureIds> mShownIncidents;
};

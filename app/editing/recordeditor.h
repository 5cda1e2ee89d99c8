#pragma once
// Editing incidents and observations on the map: the map tools, the forms, and an undo stack of commands
// that write through the core store (tryggkarta::RecordEdits) on the main window's connection to the project.
// After each change the layer reloads from the file and recordsChanged() lets the window refresh what
// follows from the data (filter, heatmap, statistics, attribute table).

#include "editvocabulary.h"
#include "recordedits.h"

#include <qgsfeatureid.h>
#include <qgspointxy.h>

#include <QDialog>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>
#include <vector>

class AddPointTool;
class QAction;

class QUndoStack;
class QgsMapCanvas;
class QgsMapTool;
class QgsVectorLayer;
class SelectTool;

namespace tryggkarta
{
class Database;
}

//! The actions of the Edit menu and toolbar; the editor connects and enables them.
struct EditActions
{
  QAction *undo = nullptr;
  QAction *redo = nullptr;
  QAction *addIncident = nullptr;
  QAction *addObservation = nullptr;
  QAction *select = nullptr;
  QAction *editSelected = nullptr;
  QAction *deleteSelected = nullptr;
};

class RecordEditor : public QObject
{
  Q_OBJECT

public:
  //! window: the parent of the forms and messages.
  RecordEditor( QgsMapCanvas *canvas, QWidget *window );
  ~RecordEditor() override;

  //! The editor's map tools; the window's MapTools takes them over (and deletes them).
  QgsMapTool *addIncidentTool() const;
  QgsMapTool *addObservationTool() const;
  SelectTool *selectTool() const { return mSelectTool; }
  //! The tool the canvas returns to when editing becomes impossible (the pan tool).
  void setFallbackTool( QgsMapTool *tool ) { mFallbackTool = tool; }
  //! Connects the window's actions; their enabled state follows the editor from now on.
  void setActions( const EditActions &actions );

  /**
   * A project was opened: the connection to write it through (nullptr when the file is read only: nothing can
   * be edited) and its layers. The undo history starts empty.
   */
  void setProject( tryggkarta::Database *connection, QgsVectorLayer *incidents, QgsVectorLayer *observations,
                   bool englishLabels );
  //! The project closes: its connection, layers and undo history are forgotten.
  void clear();
  //! Allows or stops edits (they stop while an import writes the project).
  void setEditingAllowed( bool allowed );
  //! Whether a change can be made now.
  bool canEdit() const;

  QUndoStack *undoStack() const { return mUndoStack; }
  //! The form open now (a new or edited record), or nullptr.
  QDialog *activeForm() const { return mActiveForm; }
  const EditVocabulary &vocabulary() const { return mVocabulary; }
  //! Reads the project's lists again (the categories changed); forms opened from now on offer the new ones.
  void reloadVocabulary();
  QgsVectorLayer *layer( tryggkarta::RecordTable table ) const;

  //! The selected incidents and observations (the layers' selections).
  std::vector<tryggkarta::RecordId> selectedRecords() const;

  //! Opens the form for a new incident at a point in the map's coordinates (what the Add incident tool does).
  void startIncident( const QgsPointXY &mapPoint );
  //! Opens the form for a new observation at a point in the map's coordinates.
  void startObservation( const QgsPointXY &mapPoint );
  //! Opens the form for the selected record, or the multi-edit form for several incidents.
  void editSelected();
  //! Deletes the selected records, after asking when there are several (confirm).
  void deleteSelected( bool confirm = true );
  //! Moves the selected records by (dx, dy) in the map's coordinates.
  void moveSelected( double dx, double dy );

  // Each of these is one undoable step; they return an error message for the user, or an empty string.
  QString addIncident( const tryggkarta::IncidentRecord &record, bool keepPersonalData );
  QString addObservation( const tryggkarta::ObservationRecord &record, bool keepPersonalData );
  QString updateIncident( qint64 fid, const tryggkarta::IncidentRecord &record, bool keepPersonalData );
  QString updateObservation( qint64 fid, const tryggkarta::ObservationRecord &record, bool keepPersonalData );
  QString updateIncidents( const std::vector<int64_t> &fids, const tryggkarta::IncidentChanges &changes );
  QString moveRecords( const std::vector<tryggkarta::PointMove> &moves );
  QString deleteRecords( const std::vector<tryggkarta::RecordId> &ids );

  // Used by the undo commands: the change without a new step. False (after telling the user) on failure.
  bool removeRecords( const std::vector<tryggkarta::RecordId> &ids );
  bool restoreRecords( const std::vector<tryggkarta::RecordSnapshot> &snapshots );
  bool replaceRecords( const std::vector<tryggkarta::RecordSnapshot> &snapshots );

signals:
  //! Records of a table were written (their fids): the layer has reloaded.
  void recordsChanged( tryggkarta::RecordTable table, const QgsFeatureIds &fids );
  //! A record was added by hand (after recordsChanged).
  void recordAdded( const tryggkarta::RecordId &id );
  //! A short note for the status bar.
  void statusMessage( const QString &message );

private:
  tryggkarta::EditOptions options( bool keepPersonalData = false ) const;
  //! Reloads the layers of the tables that changed and tells the window.
  void afterChange( const std::vector<tryggkarta::RecordId> &ids );
  void select( const std::vector<tryggkarta::RecordId> &ids );
  void deselect( const std::vector<tryggkarta::RecordId> &ids );
  void openIncidentForm( const tryggkarta::IncidentRecord &record, std::optional<qint64> fid );
  void openObservationForm( const tryggkarta::ObservationRecord &record, std::optional<qint64> fid );
  //! Opens a form window-modally and remembers it until it closes.
  void trackForm( QDialog *form );
  void showProblem( const QString &message );
  //! Says what the store accepted but wants said (an observation far from its walk's route): in the status
  //! bar and a box that does not wait.
  void showStoreNotes();
  void showSelectionInBlue();
  void updateActions();
  void rememberOrganisation( const std::string &organisation );

  QgsMapCanvas *mCanvas = nullptr;
  QWidget *mWindow = nullptr;
  QUndoStack *mUndoStack = nullptr;
  AddPointTool *mAddIncidentTool = nullptr;
  AddPointTool *mAddObservationTool = nullptr;
  SelectTool *mSelectTool = nullptr;
  QgsMapTool *mFallbackTool = nullptr;
  EditActions mActions;
  std::unique_ptr<tryggkarta::RecordEdits> mStore;
  QPointer<QgsVectorLayer> mIncidents;
  QPointer<QgsVectorLayer> mObservations;
  EditVocabulary mVocabulary;
  bool mEnglish = false;
  bool mAllowed = true;
  tryggkarta::Database *mConnection = nullptr;
  QPointer<QDialog> mActiveForm;
};

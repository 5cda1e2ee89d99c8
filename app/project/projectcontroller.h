#pragma once
// The open project: its file, lock and connection, opening, closing, New, Save As and the recent projects.
// The rest of the app follows through signals (opened, closing, closed, moved) instead of being attached and
// detached by hand.

#include "projectlayers.h"
#include "incidentstore.h"
#include "projectlock.h"

#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class MapStateStore;
class ProjectRecovery;
class ProjectWork;
class QAction;
class QMenu;
class QWidget;
class QgsMapCanvas;
class QgsProject;

namespace tryggkarta
{
class Database;
}

class ProjectController : public QObject
{
  Q_OBJECT

public:
  //! window: the parent of the dialogs and questions.
  ProjectController( QgsProject *project, QgsMapCanvas *canvas, QWidget *window, QObject *parent = nullptr );
  ~ProjectController() override;

  //! The work on the open project that must end before it closes: the import, and the analyses.
  void setWork( ProjectWork *imports, ProjectWork *analyses );
  /**
   * Another room writes the file on a worker thread (a walk's photos and GPS track): until it says it ended,
   * the project counts as importing (nothing else opens, closes or saves the map into it).
   */
  void noteBackgroundWrite( bool running );
  //! An import (or another room's write on a worker thread) runs on the open project.
  bool isImportRunning() const;

  QgsProject *project() const { return mProject; }
  //! The open project file, or an empty string.
  QString path() const { return mPath; }
  bool isOpen() const { return !mPath.isEmpty(); }
  //! The core's connection to the open file, held while it is open; nullptr when the file is read only.
  tryggkarta::Database *connection() const { return mConnection.get(); }
  //! What was read from the file when it was opened.
  const ProjectInfo &info() const { return mInfo; }
  //! Category code -> label in the interface's language.
  QMap<QString, QString> categoryLabels() const { return mCategoryLabels; }
  //! Whether labels are shown in English (the interface's language).
  bool isEnglish() const { return mEnglish; }
  //! Saving, autosaving and restoring the map state of the open project.
  MapStateStore *mapState() const { return mMapState; }
  //! The background check for damage and the recovery of damaged projects.
  ProjectRecovery *recovery() const { return mRecovery; }

  /**
   * Opens a project file: validates and migrates it with the core, then loads its layers. Returns an error
   * message for the user, or an empty string on success. A file the core refuses leaves the open project as
   * it was; a project whose layers QGIS cannot load leaves nothing open.
   */
  QString open( const QString &path );
  //! Whether open() is under way (reading the incidents, the event loop running).
  bool isOpening() const { return mOpening; }

  /**
   * Closes the open project (after asking to stop analyses and to save a changed map state, unless force is
   * set). Returns false when it stays open: an import runs, or the user chose to keep it.
   */
  bool close( bool force = false );

  /**
   * Saves the whole project, its data and the map state, as a new file and goes on working in it (the old
   * file stays as it was last saved). An existing file at the new path is replaced. Returns an error message,
   * or an empty string.
   */
  QString saveAs( const QString &path );

  //! Saves the map state (see MapStateStore::save()); an error message or an empty string.
  QString save();

  //! Before quitting: stops the analyses and saves a changed map state, asking the user; false to stay.
  bool mayQuit();

  //! For tests: answers the question whether to break a lock another computer holds (default: asks).
  void setBreakLockQuestion( std::function<bool( const ProjectLock::Holder & )> question )
  {
    mBreakLockQuestion = std::move( question );
  }

  //! Called instead of the plain error box when a project to open is refused as damaged (the recovery offers
  //! its way out).
  void setDamagedProjectHandler( std::function<void( const QString &path, const QString &message )> handler )
  {
    mDamagedHandler = std::move( handler );
  }
  //! Whether the last open() failed because the file is damaged.
  bool lastOpenRefusedAsDamaged() const { return mLastOpenDamaged; }

  /**
   * The incidents open() read into memory (before it left the project open until then), for the filter's
   * store: once, and only for that file.
   */
  std::optional<tryggkarta::IncidentStore> takeOpenedIncidents( const QString &path );
  //! For tests: told how much of the incidents open() has read (on a worker thread); false cancels.
  void setIncidentReadObserver( std::function<bool( double )> observer )
  {
    mIncidentReadObserver = std::move( observer );
  }

  // The menu's entries. Their enabled state follows updateActions().
  QAction *newAction() const { return mActionNew; }
  QAction *openAction() const { return mActionOpen; }
  QMenu *recentMenu() const { return mRecentMenu; }
  QAction *openDemoAction() const { return mActionOpenDemo; }
  QAction *saveAction() const { return mActionSave; }
  QAction *saveAsAction() const { return mActionSaveAs; }
  QAction *closeAction() const { return mActionClose; }
  //! Enables the actions for the state now (a project open, an import running).
  void updateActions();

  /**
   * The categories or their groups changed (added, renamed, recoloured, moved, hidden, merged): reads them
   * again from the open project, restyles the incidents' layer and emits vocabularyChanged().
   */
  void reloadVocabulary();

public slots:
  //! Asks for a file name and creates a new, empty project there.
  void newProject();
  //! Asks for a project file and opens it.
  void openDialog();
  //! Opens a project the user picked (asks about the open one first); shows errors.
  void openInteractively( const QString &path );
  //! Opens the demo project (Exempelkommun), creating it in the user's data folder the first time.
  void openDemo();
  //! Asks for a file name and saves the project as a new file.
  void saveAsDialog();

signals:
  //! A project's layers are loaded, before its saved map state is restored: the rooms attach to it here.
  void opened( const ProjectInfo &info );
  //! The saved map state is restored: the map may be shown (a crash's autosave is offered next).
  void restored();
  /**
   * The project is open with its map state: the filter draws its first heatmap with the incidents, so the
   * map is drawn once, complete (the filter controller connects first), then the window settles.
   */
  void ready( const QString &path );
  //! A project could not be opened (the message was shown); what was open before is still open, or nothing.
  void openFailed( const QString &path );
  //! The open project is about to close (or to be replaced by another): what belongs to it lets go.
  void closing();
  //! No project is open any more.
  void closed();
  //! The project was saved as a new file and work goes on in it.
  void moved( const QString &path );
  //! The project's categories or groups changed (see reloadVocabulary()): info() holds the new ones.
  void vocabularyChanged( const ProjectInfo &info );
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  QString openNow( const QString &path );
  bool analysesRunning() const;
  //! Stops the analyses, asking first when ask is set; false when they keep running.
  bool stopAnalyses( bool ask );
  void showError( const QString &title, const QString &message );
  //! Before opening interactively: a lock another computer holds may be broken, after asking.
  void offerToBreakLock( const QString &path );
  void updateRecentMenu();
  //! Forgets the open project after it closed or could not be loaded.
  void forget();

  QgsProject *mProject = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QWidget *mWindow = nullptr;
  MapStateStore *mMapState = nullptr;
  ProjectRecovery *mRecovery = nullptr;
  ProjectWork *mImports = nullptr;
  ProjectWork *mAnalyses = nullptr;
  int mBackgroundWrites = 0;
  QString mPath;
  ProjectInfo mInfo;
  QMap<QString, QString> mCategoryLabels;
  bool mEnglish = false;
  //! Points the map, the connection and the map-state store from one file to the other.
  void switchFile( const QString &from, const QString &to );
  std::unique_ptr<ProjectLock> mLock;
  std::function<bool( const ProjectLock::Holder & )> mBreakLockQuestion;
  std::function<void( const QString &, const QString & )> mDamagedHandler;
  bool mLastOpenDamaged = false;
  std::unique_ptr<tryggkarta::Database> mConnection;
  //! What open() read of the incidents, until the filter takes it.
  std::optional<tryggkarta::IncidentStore> mOpenedIncidents;
  QString mOpenedIncidentsPath;
  std::function<bool( double )> mIncidentReadObserver;
  bool mOpening = false;

  QAction *mActionNew = nullptr;
  QAction *mActionOpen = nullptr;
  QMenu *mRecentMenu = nullptr;
  QAction *mActionOpenDemo = nullptr;
  QAction *mActionSave = nullptr;
  QAction *mActionSaveAs = nullptr;
  QAction *mActionClose = nullptr;
};

#pragma once
// The import room: Import… in the File menu, the import dialog, the import itself on a worker thread with a
// progress dialog that can cancel it, and the result. The map stops drawing while the file is written and
// follows the new data afterwards.

#include "importdialog.h"
#include "importer.h"
#include "importworker.h"
#include "projectwork.h"

#include <QObject>
#include <QPointer>

class FilterController;
class QMessageBox;
class MapController;
class ProjectController;
class QAction;
class QProgressDialog;
class QWidget;

class ImportController : public QObject, public ProjectWork
{
  Q_OBJECT

public:
  ImportController( ProjectController *projects, MapController *map, FilterController *filter,
                    QWidget *window );
  //! Cancels a running import and waits for it.
  ~ImportController() override;

  QAction *importAction() const { return mActionImport; }

  /**
   * Starts importing a file into the open project on a worker thread and returns at once. When it ends the
   * layers reload, finished() is emitted and, if showResult is set, the result dialog opens.
   * While another import runs, this one waits its turn and starts when the others before it have ended (one
   * writer at a time). Returns false (and does nothing) when no project is open.
   */
  bool start( const QString &sourcePath, const tryggkarta::ImportOptions &options, bool showResult = true );
  /**
   * The import dialog for a file, tied to this controller: its category values are read and its checks run
   * through the worker (one writer at a time, with the progress dialog over it), and accepting it starts the
   * import. The caller shows it (exec() or show()); it is deleted when it closes.
   */
  ImportDialog *createDialog( const QString &sourcePath );
  //! The question shown when the file was imported before ("Importera ändå"), while it is open.
  QMessageBox *reimportQuestion() const;
  //! True while an import runs.
  bool isRunning() const;
  //! The files waiting for the running import to end, in the order they will be imported.
  QStringList waiting() const;
  //! Cancels the running import (it rolls back) and the files waiting their turn.
  void cancel();
  //! Before quitting: asks whether to cancel a running import and, if so, waits until it has rolled back.
  //! False when the user keeps it running.
  bool cancelForQuit();
  //! The window is closing: no result dialog opens for an import that ends now.
  void setQuitting( bool quitting ) { mQuitting = quitting; }
  //! Enables the action for the state now (a project open, analyses running).
  void setAnalysesRunning( bool running );

  // ProjectWork: an import is never cancelled to close its project: the project waits for it.
  bool isWorkRunning() const override { return isRunning() || !mQueue.isEmpty(); }
  bool mayStopWork() override { return !isRunning(); }
  bool stopWork() override { return !isRunning(); }

public slots:
  //! Asks for a file, shows the import dialog and starts the import.
  void showDialog();

signals:
  //! An import started or ended.
  void runningChanged( bool running );
  //! An import ended, after the layers were reloaded.
  void finished( const ImportOutcome &outcome );
  //! Something for the status bar; an empty text clears it.
  void message( const QString &text, int milliseconds );

private:
  void onProgress( double fraction );
  void onFinished( const ImportOutcome &outcome );
  void updateActions();
  void startNext();
  void updateProgressLabel();
  //! Offers to import a file again whose content the project holds already.
  void askReimport( const ImportOutcome &outcome, const tryggkarta::ImportOptions &options );

  struct Queued
  {
    QString sourcePath;
    tryggkarta::ImportOptions options;
    bool showResult = true;
    //! Set for a dialog's scan or check: its outcome goes back to the dialog.
    QPointer<ImportDialog> dialog;
    ImportDialog::Run run = ImportDialog::Run::Scan;
  };
  void startNow( const Queued &run );
  //! Tells the dialogs waiting in the queue that their runs will not happen.
  void dropQueue();
  QList<Queued> mQueue;
  Queued mRunning;
  QString mRunningSource;
  QPointer<QMessageBox> mReimportQuestion;
  bool mCancelRequested = false;

  ProjectController *mProjects = nullptr;
  MapController *mMap = nullptr;
  FilterController *mFilter = nullptr;
  QWidget *mWindow = nullptr;
  QAction *mActionImport = nullptr;
  ImportWorker *mWorker = nullptr;
  QPointer<QProgressDialog> mProgress;
  bool mShowResult = true;
  bool mQuitting = false;
  bool mAnalysesRunning = false;
};

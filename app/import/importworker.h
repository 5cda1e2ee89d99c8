#pragma once
// Runs a core import off the GUI thread, reporting progress and the result back through queued signals.

#include "importer.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

//! What an import ended with: the core's report, or its error message.
struct ImportOutcome
{
  //! False when the import failed as a whole (the report is then empty and the project unchanged).
  bool ok = false;
  QString error;
  //! The core's message behind error, when it gave one (e.g. ImportAlreadyImported, to offer importing
  //! anyway).
  std::optional<tryggkarta::Message> errorMessage;
  tryggkarta::ImportReport report;
  QString sourcePath;
  tryggkarta::ImportKind kind = tryggkarta::ImportKind::Incidents;
};
Q_DECLARE_METATYPE( ImportOutcome )

/**
 * One import of a file into a project, on its own thread. The worker opens its own connection to the project
 * (SQLite connections must not cross threads); the GUI keeps running and can cancel at any time, and the core
 * rolls the import back when it is cancelled.
 */
class ImportWorker : public QObject
{
  Q_OBJECT

public:
  ImportWorker( const QString &projectPath, const QString &sourcePath,
                const tryggkarta::ImportOptions &options, QObject *parent = nullptr );
  //! Cancels a running import and waits for its thread to end.
  ~ImportWorker() override;

  //! Starts the import on a new thread and returns at once; finished() follows on this object's thread.
  void start();

  //! Asks the import to stop at its next progress report; safe to call from any thread.
  void cancel();

  //! True from start() until finished() has been emitted.
  bool isRunning() const { return mRunning; }

  //! Runs an import on the calling thread (what the worker's thread does); never throws.
  static ImportOutcome run( const QString &projectPath, const QString &sourcePath,
                            const tryggkarta::ImportOptions &options,
                            const tryggkarta::ImportProgress &progress );

signals:
  //! Progress from 0 to 1, at most a thousand times per import.
  void progressChanged( double fraction );
  //! The import has ended (imported, dry run, cancelled or failed).
  void finished( const ImportOutcome &outcome );

private:
  QString mProjectPath;
  QString mSourcePath;
  tryggkarta::ImportOptions mOptions;
  std::unique_ptr<QThread> mThread;
  std::atomic<bool> mCancelRequested{ false };
  std::atomic<int> mLastPermille{ -1 };
  bool mRunning = false;
};

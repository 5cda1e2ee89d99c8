#include "importworker.h"

#include "coremessages.h"
#include "projectfile.h"

#include <QThread>

#include <exception>

ImportWorker::ImportWorker( const QString &projectPath, const QString &sourcePath,
                            const tryggkarta::ImportOptions &options, QObject *parent )
  : QObject( parent ), mProjectPath( projectPath ), mSourcePath( sourcePath ), mOptions( options )
{
  qRegisterMetaType<ImportOutcome>();
}

ImportWorker::~ImportWorker()
{
  cancel();
  if ( mThread )
    mThread->wait();
}

void ImportWorker::cancel()
{
  mCancelRequested = true;
}

ImportOutcome ImportWorker::run( const QString &projectPath, const QString &sourcePath,
                                 const tryggkarta::ImportOptions &options,
                                 const tryggkarta::ImportProgress &progress )
{
  ImportOutcome outcome;
  outcome.sourcePath = sourcePath;
  outcome.kind = options.kind;
  // Nothing may escape a thread function: an exception here would end the program.
  try
  {
    auto project = tryggkarta::ProjectFile::open( projectPath.toStdString() );
    if ( !project )
    {
      outcome.error = CoreMessages::text( project.error() );
      outcome.errorMessage = project.error();
      return outcome;
    }
    auto report = tryggkarta::importFile( **project, sourcePath.toStdString(), options, progress );
    if ( !report )
    {
      outcome.error = CoreMessages::text( report.error() );
      outcome.errorMessage = report.error();
      return outcome;
    }
    outcome.ok = true;
    outcome.report = std::move( report.value() );
  }
  catch ( const std::exception &e )
  {
    outcome.error =
      tr( "The import stopped because of an unexpected error: %1" ).arg( QString::fromUtf8( e.what() ) );
  }
  catch ( ... )
  {
    outcome.error = tr( "The import stopped because of an unexpected error." );
  }
  return outcome;
}

void ImportWorker::start()
{
  if ( mRunning )
    return;
  mRunning = true;
  mCancelRequested = false;
  mLastPermille = -1;

  auto progress = [this]( double fraction )
  {
    const int permille = qBound( 0, static_cast<int>( fraction * 1000 ), 1000 );
    // Only changes are posted, so a million rows do not flood the GUI's event queue.
    if ( mLastPermille.exchange( permille ) != permille )
      QMetaObject::invokeMethod(
        this, [this, fraction] { emit progressChanged( fraction ); }, Qt::QueuedConnection );
    return !mCancelRequested.load();
  };

  if ( mThread )
    mThread->wait(); // the previous run's thread has posted its result and is ending
  mThread.reset( QThread::create(
    [this, progress]
    {
      ImportOutcome outcome = run( mProjectPath, mSourcePath, mOptions, progress );
      QMetaObject::invokeMethod(
        this,
        [this, outcome]
        {
          mRunning = false;
          emit finished( outcome );
        },
        Qt::QueuedConnection );
    } ) );
  mThread->start();
}

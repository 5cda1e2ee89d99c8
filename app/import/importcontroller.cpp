#include "importcontroller.h"

#include "filtercontroller.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "mapcontroller.h"
#include "projectcontroller.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QAction>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

ImportController::ImportController( ProjectController *projects, MapController *map, FilterController *filter,
                                    QWidget *window )
  : QObject( window ), mProjects( projects ), mMap( map ), mFilter( filter ), mWindow( window )
{
  mActionImport = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddOgrLayer.svg" ) ),
                               tr( "&Import…" ), this );
  mActionImport->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_I ) );
  mActionImport->setToolTip( tr( "Import incidents or safety-walk observations from a file" ) );
  connect( mActionImport, &QAction::triggered, this, &ImportController::showDialog );
  connect( projects, &ProjectController::ready, this, &ImportController::updateActions );
  connect( projects, &ProjectController::closed, this, &ImportController::updateActions );
  updateActions();
}

ImportController::~ImportController()
{
  // The worker waits for its thread; that must happen before the project and canvas go.
  delete mWorker;
  mWorker = nullptr;
}

bool ImportController::isRunning() const
{
  return mWorker && mWorker->isRunning();
}

void ImportController::setAnalysesRunning( bool running )
{
  mAnalysesRunning = running;
  updateActions();
}

void ImportController::updateActions()
{
  // An import writes the project: not while analyses write it too.
  mActionImport->setEnabled( mProjects->isOpen() && !isRunning() && !mAnalysesRunning );
}

QStringList ImportController::waiting() const
{
  QStringList paths;
  for ( const Queued &q : mQueue )
    paths << q.sourcePath;
  return paths;
}

void ImportController::showDialog()
{
  if ( !mProjects->isOpen() || isRunning() )
    return;
  const QString filters = tr( "All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;"
                              "CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;"
                              "Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)" );
  // Several files at once: each gets its dialog, then they are imported one after the other.
  const QStringList paths = QFileDialog::getOpenFileNames(
    mWindow, tr( "Import" ), QFileInfo( mProjects->path() ).absolutePath(), filters );
  for ( const QString &path : paths )
  {
    QPointer<ImportDialog> dialog = createDialog( path );
    if ( !dialog->previewError().isEmpty() )
    {
      QMessageBox::warning( mWindow, tr( "Import" ), dialog->previewError() );
      delete dialog;
      continue;
    }
    // Accepting starts the import (see createDialog()); the next file's dialog follows.
    dialog->exec();
    if ( !mProjects->isOpen() )
      return;
  }
}

QMessageBox *ImportController::reimportQuestion() const
{
  return mReimportQuestion;
}

ImportDialog *ImportController::createDialog( const QString &sourcePath )
{
  auto *dialog = new ImportDialog( sourcePath, mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  if ( mProjects->isOpen() && mProjects->connection() )
  {
    connect( dialog, &ImportDialog::runRequested, this,
             [this, dialog, sourcePath]( const tryggkarta::ImportOptions &options, ImportDialog::Run run )
             {
               Queued queued;
               queued.sourcePath = sourcePath;
               queued.options = options;
               queued.showResult = false;
               queued.dialog = dialog;
               queued.run = run;
               if ( !mProjects->isOpen() )
               {
                 ImportOutcome outcome;
                 outcome.sourcePath = sourcePath;
                 outcome.error = tr( "No project is open." );
                 QMetaObject::invokeMethod(
                   dialog, [dialog, outcome, run] { dialog->runFinished( outcome, run ); },
                   Qt::QueuedConnection );
                 return;
               }
               // Through the queue, and never from inside the signal of a worker that just ended.
               mQueue.append( queued );
               if ( isRunning() )
                 updateProgressLabel();
               else
                 QMetaObject::invokeMethod( this, &ImportController::startNext, Qt::QueuedConnection );
             } );
    // A category added from the dialog is offered by the map, the filter and the forms at once.
    connect( dialog, &ImportDialog::vocabularyChanged, mProjects, &ProjectController::reloadVocabulary );
    dialog->setProject( mProjects->connection(), mProjects->isEnglish() );
  }
  connect( dialog, &QDialog::accepted, this,
           [this, dialog, sourcePath]
           {
             if ( mProjects->isOpen() )
               start( sourcePath, dialog->options(), true );
           } );
  return dialog;
}

bool ImportController::start( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                              bool showResult )
{
  if ( !mProjects->isOpen() )
    return false;
  if ( isRunning() )
  {
    // One writer at a time: this one waits its turn instead of waiting on the project's lock.
    Queued queued;
    queued.sourcePath = sourcePath;
    queued.options = options;
    queued.showResult = showResult;
    mQueue.append( queued );
    updateProgressLabel();
    emit message( tr( "%1 will be imported when %2 has been." )
                    .arg( QFileInfo( sourcePath ).fileName(), QFileInfo( mRunningSource ).fileName() ),
                  0 );
    return true;
  }
  Queued queued;
  queued.sourcePath = sourcePath;
  queued.options = options;
  queued.showResult = showResult;
  startNow( queued );
  return true;
}

void ImportController::startNow( const Queued &run )
{
  const QString &sourcePath = run.sourcePath;
  tryggkarta::ImportOptions withProvenance = run.options;
  if ( withProvenance.importedBy.empty() )
    withProvenance.importedBy =
      qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();

  delete mWorker;
  mWorker = new ImportWorker( mProjects->path(), sourcePath, withProvenance, this );
  mRunning = run;
  mRunning.options = withProvenance;
  mRunningSource = sourcePath;
  mShowResult = run.showResult;
  mCancelRequested = false;
  connect( mWorker, &ImportWorker::progressChanged, this, &ImportController::onProgress );
  connect( mWorker, &ImportWorker::finished, this, &ImportController::onFinished );

  // Over the import dialog that asked for the run, else over the window.
  QWidget *progressParent = run.dialog ? static_cast<QWidget *>( run.dialog.data() ) : mWindow;
  mProgress = new QProgressDialog( QString(), tr( "Cancel" ), 0, 1000, progressParent );
  mProgress->setWindowTitle( tr( "Import" ) );
  mProgress->setAttribute( Qt::WA_DeleteOnClose );
  mProgress->setWindowModality( Qt::WindowModal );
  mProgress->setAutoClose( false );
  mProgress->setAutoReset( false );
  mProgress->setMinimumDuration( 500 );
  mProgress->setValue( 0 );
  updateProgressLabel();
  // Cancelling only asks: the core stops at its next progress report and rolls the import back.
  connect( mProgress, &QProgressDialog::canceled, this, &ImportController::cancel );

  // No map reads the project file while the import writes it: rendering stops until the layers are reloaded.
  mMap->canvas()->stopRendering();
  mMap->canvas()->freeze( true );
  mWorker->start();
  updateActions();
  emit runningChanged( true );
  emit message( tr( "Importing %1…" ).arg( QFileInfo( sourcePath ).fileName() ), 0 );
}

void ImportController::updateProgressLabel()
{
  if ( !mProgress )
    return;
  const QString name = QFileInfo( mRunningSource ).fileName();
  QString label = tr( "Importing %1…" ).arg( name );
  if ( mRunning.dialog && mRunning.run == ImportDialog::Run::Scan )
    label = tr( "Reading the category values of %1…" ).arg( name );
  else if ( mRunning.options.dryRun )
    label = tr( "Checking %1…" ).arg( name );
  if ( !mQueue.isEmpty() )
    label += QLatin1Char( '\n' ) + tr( "%n more file(s) wait their turn.", nullptr, mQueue.size() );
  mProgress->setLabelText( label );
}

void ImportController::onProgress( double fraction )
{
  if ( mProgress && !mProgress->wasCanceled() )
    mProgress->setValue( qBound( 0, static_cast<int>( fraction * 1000 ), 1000 ) );
}

void ImportController::onFinished( const ImportOutcome &outcome )
{
  if ( mProgress )
    mProgress->close();
  emit message( QString(), 0 );
  mMap->canvas()->freeze( false );
  if ( outcome.ok && !outcome.report.dryRun && !outcome.report.cancelled )
  {
    mMap->reloadLayers();
    mFilter->refreshIncidents();
  }
  else
    mMap->canvas()->refresh();
  // The next file waiting starts when this worker has returned from its signal; a cancel stops those waiting
  // too (the user asked to stop importing).
  QStringList dropped;
  if ( mCancelRequested || ( outcome.ok && outcome.report.cancelled ) )
    dropped = waiting();
  if ( !dropped.isEmpty() || !mProjects->isOpen() || mQuitting )
    dropQueue();
  if ( !mQueue.isEmpty() )
    QMetaObject::invokeMethod( this, &ImportController::startNext, Qt::QueuedConnection );
  else
  {
    updateActions();
    emit runningChanged( false );
  }
  if ( !dropped.isEmpty() )
    emit message(
      tr( "Import cancelled: %n file(s) waiting were not imported either.", nullptr, dropped.size() ),
      10000 );
  const Queued finishedRun = mRunning;
  mRunning = Queued();
  if ( finishedRun.dialog )
    finishedRun.dialog->runFinished( outcome, finishedRun.run );
  else if ( mShowResult && !mQuitting )
  {
    const bool importedBefore =
      !outcome.ok && outcome.errorMessage &&
      ( outcome.errorMessage->code == tryggkarta::MessageCode::ImportAlreadyImported ||
        outcome.errorMessage->code == tryggkarta::MessageCode::ImportAlreadyImportedAs );
    if ( importedBefore )
      askReimport( outcome, finishedRun.options );
    else if ( !outcome.ok )
      QMessageBox::warning( mWindow, tr( "Import" ), outcome.error );
    else
    {
      auto *dialog = new ImportResultDialog( outcome, mWindow );
      dialog->setAttribute( Qt::WA_DeleteOnClose );
      dialog->show();
    }
  }
  emit finished( outcome );
}

void ImportController::cancel()
{
  if ( !isRunning() )
    return;
  // Only asks: the core stops at its next progress report and rolls the import back.
  mCancelRequested = true;
  mWorker->cancel();
}

void ImportController::startNext()
{
  if ( isRunning() || mQueue.isEmpty() )
    return;
  if ( !mProjects->isOpen() )
  {
    dropQueue();
    updateActions();
    emit runningChanged( false );
    return;
  }
  const Queued q = mQueue.takeFirst();
  startNow( q );
}

void ImportController::dropQueue()
{
  const QList<Queued> dropped = mQueue;
  mQueue.clear();
  for ( const Queued &q : dropped )
    if ( q.dialog )
    {
      ImportOutcome outcome;
      outcome.ok = true;
      outcome.sourcePath = q.sourcePath;
      outcome.report.cancelled = true;
      outcome.report.dryRun = true;
      const QPointer<ImportDialog> dialog = q.dialog;
      const ImportDialog::Run run = q.run;
      QMetaObject::invokeMethod(
        this,
        [dialog, outcome, run]
        {
          if ( dialog )
            dialog->runFinished( outcome, run );
        },
        Qt::QueuedConnection );
    }
}

void ImportController::askReimport( const ImportOutcome &outcome, const tryggkarta::ImportOptions &options )
{
  // The core's message in the interface's language, and the way to import anyway.
  auto *box =
    new QMessageBox( QMessageBox::Information, tr( "Import" ), outcome.error, QMessageBox::Cancel, mWindow );
  box->setObjectName( QStringLiteral( "ReimportQuestion" ) );
  box->setAttribute( Qt::WA_DeleteOnClose );
  QPushButton *again = box->addButton( tr( "Import Anyway" ), QMessageBox::AcceptRole );
  again->setObjectName( QStringLiteral( "ImportAnywayButton" ) );
  box->setDefaultButton( again );
  const QString sourcePath = outcome.sourcePath;
  tryggkarta::ImportOptions anyway = options;
  anyway.allowReimport = true;
  connect( again, &QPushButton::clicked, this,
           [this, sourcePath, anyway]
           {
             if ( mProjects->isOpen() )
               start( sourcePath, anyway, true );
           } );
  mReimportQuestion = box;
  box->open();
}

bool ImportController::cancelForQuit()
{
  if ( !isRunning() )
    return true;
  const auto answer =
    QMessageBox::question( mWindow, tr( "Import Running" ),
                           tr( "An import is running. Cancel it and quit? Nothing of it will be saved." ) );
  if ( answer != QMessageBox::Yes )
    return false;
  dropQueue();
  // The import may have finished (and been saved) while the question was open: cancel only a running one, and
  // let it roll back before the map state is saved.
  if ( isRunning() )
  {
    mWorker->cancel();
    QElapsedTimer waited;
    waited.start();
    while ( isRunning() && waited.elapsed() < 30000 )
      QCoreApplication::processEvents( QEventLoop::ExcludeUserInputEvents, 50 );
  }
  return true;
}

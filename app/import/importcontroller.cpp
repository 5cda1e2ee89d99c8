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
    ImportDialog dialog( path, mWindow );
    if ( !dialog.previewError().isEmpty() )
    {
      QMessageBox::warning( mWindow, tr( "Import" ), dialog.previewError() );
      continue;
    }
    if ( dialog.exec() != QDialog::Accepted )
      continue;
    if ( !mProjects->isOpen() )
      return;
    start( path, dialog.options(), true );
  }
}

bool ImportController::start( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                              bool showResult )
{
  if ( !mProjects->isOpen() )
    return false;
  if ( isRunning() )
  {
    // One writer at a time: this one waits its turn instead of waiting on the project's lock.
    mQueue.append( Queued{ sourcePath, options, showResult } );
    updateProgressLabel();
    emit message( tr( "%1 will be imported when %2 has been." )
                    .arg( QFileInfo( sourcePath ).fileName(), QFileInfo( mRunningSource ).fileName() ),
                  0 );
    return true;
  }
  startNow( sourcePath, options, showResult );
  return true;
}

void ImportController::startNow( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                                 bool showResult )
{
  tryggkarta::ImportOptions withProvenance = options;
  if ( withProvenance.importedBy.empty() )
    withProvenance.importedBy =
      qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();

  delete mWorker;
  mWorker = new ImportWorker( mProjects->path(), sourcePath, withProvenance, this );
  mRunningSource = sourcePath;
  mShowResult = showResult;
  mCancelRequested = false;
  connect( mWorker, &ImportWorker::progressChanged, this, &ImportController::onProgress );
  connect( mWorker, &ImportWorker::finished, this, &ImportController::onFinished );

  mProgress = new QProgressDialog( QString(), tr( "Cancel" ), 0, 1000, mWindow );
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
  QString label = tr( "Importing %1…" ).arg( QFileInfo( mRunningSource ).fileName() );
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
    mQueue.clear();
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
  if ( mShowResult && !mQuitting )
  {
    if ( !outcome.ok )
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
    mQueue.clear();
    updateActions();
    emit runningChanged( false );
    return;
  }
  const Queued q = mQueue.takeFirst();
  startNow( q.sourcePath, q.options, q.showResult );
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
  mQueue.clear();
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

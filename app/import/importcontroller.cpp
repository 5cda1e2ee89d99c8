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

void ImportController::showDialog()
{
  if ( !mProjects->isOpen() || isRunning() )
    return;
  const QString filters = tr( "All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;"
                              "CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;"
                              "Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)" );
  const QString path = QFileDialog::getOpenFileName( mWindow, tr( "Import" ),
                                                     QFileInfo( mProjects->path() ).absolutePath(), filters );
  if ( path.isEmpty() )
    return;
  ImportDialog dialog( path, mWindow );
  if ( !dialog.previewError().isEmpty() )
  {
    QMessageBox::warning( mWindow, tr( "Import" ), dialog.previewError() );
    return;
  }
  if ( dialog.exec() != QDialog::Accepted )
    return;
  start( path, dialog.options(), true );
}

bool ImportController::start( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                              bool showResult )
{
  if ( !mProjects->isOpen() || isRunning() )
    return false;
  tryggkarta::ImportOptions withProvenance = options;
  if ( withProvenance.importedBy.empty() )
    withProvenance.importedBy =
      qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();

  delete mWorker;
  mWorker = new ImportWorker( mProjects->path(), sourcePath, withProvenance, this );
  mShowResult = showResult;
  connect( mWorker, &ImportWorker::progressChanged, this, &ImportController::onProgress );
  connect( mWorker, &ImportWorker::finished, this, &ImportController::onFinished );

  mProgress = new QProgressDialog( tr( "Importing %1…" ).arg( QFileInfo( sourcePath ).fileName() ),
                                   tr( "Cancel" ), 0, 1000, mWindow );
  mProgress->setWindowTitle( tr( "Import" ) );
  mProgress->setAttribute( Qt::WA_DeleteOnClose );
  mProgress->setWindowModality( Qt::WindowModal );
  mProgress->setAutoClose( false );
  mProgress->setAutoReset( false );
  mProgress->setMinimumDuration( 500 );
  mProgress->setValue( 0 );
  // Cancelling only asks: the core stops at its next progress report and rolls the import back.
  ImportWorker *worker = mWorker;
  connect( mProgress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); } );

  // No map reads the project file while the import writes it: rendering stops until the layers are reloaded.
  mMap->canvas()->stopRendering();
  mMap->canvas()->freeze( true );
  mWorker->start();
  updateActions();
  emit runningChanged( true );
  emit message( tr( "Importing %1…" ).arg( QFileInfo( sourcePath ).fileName() ), 0 );
  return true;
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
  updateActions();
  emit runningChanged( false );
  mMap->canvas()->freeze( false );
  if ( outcome.ok && !outcome.report.dryRun && !outcome.report.cancelled )
  {
    mMap->reloadLayers();
    mFilter->refreshIncidents();
  }
  else
    mMap->canvas()->refresh();
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

bool ImportController::cancelForQuit()
{
  if ( !isRunning() )
    return true;
  const auto answer =
    QMessageBox::question( mWindow, tr( "Import Running" ),
                           tr( "An import is running. Cancel it and quit? Nothing of it will be saved." ) );
  if ( answer != QMessageBox::Yes )
    return false;
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

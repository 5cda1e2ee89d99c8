#include "projectcontroller.h"

#include "coremessages.h"
#include "layerstyles.h"
#include "database.h"
#include "demomunicipality.h"
#include "mapstatestore.h"
#include "projectfile.h"
#include "projectfiles.h"
#include "projectlock.h"
#include "storeloading.h"
#include "projectrecovery.h"
#include "projectwork.h"
#include "qgisinit.h"
#include "recentprojects.h"
#include "vocabulary.h"
#include "storedmapstate.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>

#include <algorithm>
#include <QtConcurrent>

ProjectController::ProjectController( QgsProject *project, QgsMapCanvas *canvas, QWidget *window,
                                      QObject *parent )
  : QObject( parent ), mProject( project ), mCanvas( canvas ), mWindow( window )
{
  mLock = std::make_unique<ProjectLock>();
  mMapState = new MapStateStore( project, canvas, window, this );
  // Nothing is saved while an import writes the file, or while a project's incidents are read for opening.
  mMapState->setBusyCheck( [this] { return isImportRunning() || mOpening; } );
  connect( mMapState, &MapStateStore::message, this, &ProjectController::message );

  mActionNew = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileNew.svg" ) ),
                            tr( "&New Project…" ), this );
  mActionNew->setShortcut( QKeySequence::New );
  connect( mActionNew, &QAction::triggered, this, &ProjectController::newProject );

  mActionOpen = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileOpen.svg" ) ),
                             tr( "&Open Project…" ), this );
  mActionOpen->setShortcut( QKeySequence::Open );
  connect( mActionOpen, &QAction::triggered, this, &ProjectController::openDialog );

  mRecentMenu = new QMenu( tr( "Open &Recent" ), window );
  connect( mRecentMenu, &QMenu::aboutToShow, this, &ProjectController::updateRecentMenu );

  mActionOpenDemo = new QAction( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ),
                                 tr( "Open the &Demo" ), this );
  mActionOpenDemo->setToolTip( tr( "Open Exempelkommun, a made-up town with synthetic events" ) );
  connect( mActionOpenDemo, &QAction::triggered, this, &ProjectController::openDemo );

  mActionSave = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileSave.svg" ) ),
                             tr( "&Save" ), this );
  mActionSave->setShortcut( QKeySequence::Save );
  mActionSave->setToolTip( tr( "Save the map, its styles and the filter in the project file" ) );
  connect( mActionSave, &QAction::triggered, this,
           [this]
           {
             const QString problem = save();
             if ( problem.isEmpty() )
               emit message( tr( "Saved %1" ).arg( QFileInfo( mPath ).fileName() ), 5000 );
             else
               showError( tr( "Save" ), problem );
           } );

  mActionSaveAs = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileSaveAs.svg" ) ),
                               tr( "Save &As…" ), this );
  mActionSaveAs->setShortcut( QKeySequence::SaveAs );
  mActionSaveAs->setToolTip( tr( "Save the project, its data and the map, as a new file" ) );
  connect( mActionSaveAs, &QAction::triggered, this, &ProjectController::saveAsDialog );

  mActionClose = new QAction( tr( "&Close Project" ), this );
  mActionClose->setShortcut( QKeySequence::Close );
  connect( mActionClose, &QAction::triggered, this, [this] { close(); } );
  mRecovery = new ProjectRecovery( this, window );
  mMapState->setAutosaveDeferral( [this] { return mRecovery->isChecking(); } );
  updateActions();
}

ProjectController::~ProjectController()
{
  // Ending normally is not a crash: the autosaved map state goes (a crash skips this and keeps it).
  if ( isOpen() )
    mMapState->removeAutosave();
}

void ProjectController::setWork( ProjectWork *imports, ProjectWork *analyses )
{
  mImports = imports;
  mAnalyses = analyses;
  updateActions();
}

bool ProjectController::isImportRunning() const
{
  return ( mImports && mImports->isWorkRunning() ) || mBackgroundWrites > 0;
}

void ProjectController::noteBackgroundWrite( bool running )
{
  mBackgroundWrites = std::max( 0, mBackgroundWrites + ( running ? 1 : -1 ) );
  updateActions();
}

bool ProjectController::analysesRunning() const
{
  return mAnalyses && mAnalyses->isWorkRunning();
}

bool ProjectController::stopAnalyses( bool ask )
{
  if ( !analysesRunning() )
    return true;
  if ( ask && !mAnalyses->mayStopWork() )
    return false;
  return mAnalyses->stopWork();
}

std::optional<tryggkarta::IncidentStore> ProjectController::takeOpenedIncidents( const QString &path )
{
  std::optional<tryggkarta::IncidentStore> incidents;
  if ( mOpenedIncidents &&
       QFileInfo( path ).absoluteFilePath() == QFileInfo( mOpenedIncidentsPath ).absoluteFilePath() )
    incidents = std::move( mOpenedIncidents );
  mOpenedIncidents.reset();
  mOpenedIncidentsPath.clear();
  return incidents;
}

QString ProjectController::open( const QString &path )
{
  // The incidents are read with the event loop running: nothing may open, close or save meanwhile.
  if ( mOpening )
    return tr( "Another project is being opened. Wait for it, or cancel it." );
  mOpening = true;
  const QString result = openNow( path );
  mOpening = false;
  return result;
}

QString ProjectController::openNow( const QString &path )
{
  if ( isImportRunning() )
    return tr( "An import is running. Wait for it to finish or cancel it before opening another project." );
  // The lock first: a file another Tryggkarta has open is neither migrated nor read. Opening the open file
  // again takes our own lock over.
  const bool reopening =
    isOpen() && QFileInfo( path ).absoluteFilePath() == QFileInfo( mPath ).absoluteFilePath();
  if ( reopening )
    mLock->release();
  auto lock = std::make_unique<ProjectLock>();
  const QString locked = QFileInfo::exists( path ) ? lock->acquire( path ) : QString();
  if ( !locked.isEmpty() )
    return locked;
  mLastOpenDamaged = false;
  auto info = ProjectLayers::readProjectInfo( path );
  if ( !info )
  {
    if ( reopening )
      mLock = std::move( lock ); // the lock taken over stays the open project's
    mLastOpenDamaged = info.error().code == tryggkarta::MessageCode::ProjectDamaged ||
                       info.error().code == tryggkarta::MessageCode::ProjectTruncated;
    return CoreMessages::text( info.error() );
  }
  // The incidents into memory before the open project is left, on a worker thread with progress: a cancel
  // (or a failure) leaves the open project as it was.
  StoreLoad incidents = loadStoreShowingProgress( info->path, mWindow, mIncidentReadObserver );
  if ( !incidents.store )
  {
    if ( reopening )
      mLock = std::move( lock ); // the lock taken over stays the open project's
    return incidents.cancelled ? tr( "Opening %1 was cancelled; nothing was changed." )
                                   .arg( QFileInfo( info->path ).fileName() )
                               : incidents.error;
  }
  // Analyses of the project that closes end before its lock goes (they would write into it meanwhile).
  if ( !stopAnalyses( false ) )
  {
    if ( reopening )
      mLock = std::move( lock ); // the lock taken over stays the open project's
    return tr( "An analysis of the open project did not stop. Try again when it has finished." );
  }
  if ( isOpen() )
  {
    emit closing();
    // The project we leave was closed on purpose: its autosaved map state is not a crash's.
    mMapState->removeAutosave();
  }
  const QString takeOverNote = lock->takeOverNote();
  mLock = std::move( lock );
  mMapState->setProjectFile( QString(), nullptr );

  // A file QGIS Desktop left in WAL mode goes back to a rollback journal (see initQgis) before the map reads
  // it; the connection is then held while the project is open.
  // (A read-only file has none: QGIS reads it as it is.)
  mConnection.reset();
  mConnection = tryggkarta::openSessionConnection( info->path.toStdString() );

  mEnglish = installedLanguage() == QLatin1String( "en" );
  // A render job of the previous project still holds its layers and would touch them when it finishes.
  mCanvas->cancelJobs();
  const LoadResult loaded = ProjectLayers::load( mProject, *info, mEnglish );
  if ( !loaded.error.isEmpty() )
  {
    const bool wasOpen = isOpen();
    forget();
    if ( wasOpen )
      emit closed();
    return loaded.error;
  }

  mPath = info->path;
  mInfo = info.value();
  mCategoryLabels.clear();
  for ( const tryggkarta::Category &category : mInfo.categories )
    mCategoryLabels.insert(
      QString::fromStdString( category.code ),
      QString::fromStdString( mEnglish && !category.labelEn.empty() ? category.labelEn : category.labelSv ) );

  // The incidents read above go to the filter's store (takeOpenedIncidents), for this project only.
  mOpenedIncidents = std::move( incidents.store );
  mOpenedIncidentsPath = info->path;
  emit opened( mInfo );
  mOpenedIncidents.reset();
  mOpenedIncidentsPath.clear();

  QStringList messages = loaded.warnings;
  // An interrupted change rolled back on the way in comes first: the user should know where the copy is.
  if ( !mInfo.recoveryNote.isEmpty() )
    messages.prepend( mInfo.recoveryNote );
  if ( !takeOverNote.isEmpty() )
    messages.prepend( takeOverNote );
  if ( !mInfo.migrationBackupPath.isEmpty() )
    messages << tr( "The project was updated to the current file format; the original was saved as %1." )
                  .arg( mInfo.migrationBackupPath );
  if ( !messages.isEmpty() )
    emit message( messages.join( QLatin1Char( ' ' ) ), 15000 );

  mMapState->setProjectFile( mPath, mConnection.get() );
  RecentProjects::add( mPath );
  mMapState->restoreSaved();
  emit restored();
  mMapState->offerRecovery();
  updateActions();
  emit ready( mPath );
  return QString();
}

void ProjectController::reloadVocabulary()
{
  if ( !isOpen() || !mConnection )
    return;
  auto read = [this]() -> tryggkarta::Expected<tryggkarta::Vocabulary>
  {
    try
    {
      return tryggkarta::readVocabulary( *mConnection );
    }
    catch ( const std::exception &e )
    {
      return tryggkarta::Error( tryggkarta::MessageCode::ProjectFileReadFailed, mPath.toStdString(),
                                e.what() );
    }
  };
  const tryggkarta::Expected<tryggkarta::Vocabulary> vocabulary = read();
  if ( !vocabulary )
  {
    emit message( CoreMessages::text( vocabulary.error() ), 15000 );
    return;
  }
  mInfo.categories = vocabulary->categories;
  mInfo.categoryGroups.clear();
  for ( const tryggkarta::VocabularyEntry &group : vocabulary->groups )
    mInfo.categoryGroups << CodeLabel{ QString::fromStdString( group.code ),
                                       QString::fromStdString( group.labelSv ),
                                       QString::fromStdString( group.labelEn ) };
  mCategoryLabels.clear();
  for ( const tryggkarta::Category &category : mInfo.categories )
    mCategoryLabels.insert(
      QString::fromStdString( category.code ),
      QString::fromStdString( mEnglish && !category.labelEn.empty() ? category.labelEn : category.labelSv ) );
  if ( QgsVectorLayer *incidents = ProjectLayers::layerForTable( mProject, QStringLiteral( "incidents" ) ) )
  {
    LayerStyles::applyIncidentStyle( incidents, mInfo.categories, mEnglish );
    incidents->triggerRepaint();
  }
  emit vocabularyChanged( mInfo );
}

void ProjectController::forget()
{
  mProject->removeAllMapLayers();
  mProject->layerTreeRoot()->removeAllChildren();
  mProject->setDirty( false );
  mPath.clear();
  mInfo = ProjectInfo();
  mCategoryLabels.clear();
  mMapState->setProjectFile( QString(), nullptr );
  mConnection.reset();
  mLock->release();
  updateActions();
}

bool ProjectController::close( bool force )
{
  if ( mOpening )
    return false;
  if ( !isOpen() )
    return true;
  if ( isImportRunning() )
    return false;
  if ( !stopAnalyses( !force ) )
    return false;
  if ( !force && !mMapState->maybeSave() )
    return false;
  emit closing();
  mMapState->removeAutosave();
  mCanvas->cancelJobs();
  forget();
  emit closed();
  return true;
}

bool ProjectController::mayQuit()
{
  if ( mBackgroundWrites > 0 )
    return false; // a walk's photos being written: cancel that first
  return stopAnalyses( true ) && mMapState->maybeSave();
}

QString ProjectController::save()
{
  // The first write checks the file for damage: the check that began when the project opened is waited for
  // (with the window painting, and a way back), not made a second time.
  if ( !mRecovery->waitForCheck() )
    return tr( "Not saved: the check of the project file was cancelled." );
  return mMapState->save();
}

QString ProjectController::saveAs( const QString &path )
{
  if ( mOpening )
    return tr( "Another project is being opened. Wait for it, or cancel it." );
  if ( !isOpen() )
    return tr( "No project is open." );
  if ( isImportRunning() )
    return tr( "An import is running. Save when it has finished." );
  if ( analysesRunning() )
    return tr( "An analysis is running and will store its result in %1. Save As when it has finished." )
      .arg( QFileInfo( mPath ).fileName() );
  const QString oldPath = QFileInfo( mPath ).absoluteFilePath();
  const QString newPath = QFileInfo( path ).absoluteFilePath();
  if ( newPath == oldPath )
    return save();
  if ( !mConnection )
    return tr( "%1 cannot be read to copy it." ).arg( mPath );
  auto lock = std::make_unique<ProjectLock>();
  const QString locked = QFileInfo::exists( newPath ) ? lock->acquire( newPath ) : QString();
  if ( !locked.isEmpty() )
    return locked;
  // An existing file there is moved aside, and only removed once the new one is saved (back if it fails).
  const QString replaced = newPath + QStringLiteral( ".tryggkarta-replaced" );
  QFile::remove( replaced );
  if ( QFileInfo::exists( newPath ) && !QFile::rename( newPath, replaced ) )
    return tr( "%1 exists and cannot be replaced." ).arg( newPath );
  const auto putBack = [&]
  {
    if ( QFileInfo::exists( replaced ) )
    {
      QFile::remove( newPath );
      QFile::rename( replaced, newPath );
    }
  };
  // A consistent copy of everything in the file, data and stored results included; the autosave belongs to
  // the old file.
  const tryggkarta::Status copied = tryggkarta::copyProjectFile(
    *mConnection, newPath.toStdString(), MapStateStore::autosaveName().toStdString() );
  if ( !copied )
  {
    putBack();
    return CoreMessages::text( copied.error() );
  }
  if ( !lock->acquire( newPath ).isEmpty() )
    lock.reset();

  // The map goes on with the new file, and its map state is saved there; if that fails (a full disk), the
  // map goes back to the old file and the copy goes: Save As is done entirely or not at all.
  switchFile( oldPath, newPath );
  const QString problem = save();
  if ( !problem.isEmpty() )
  {
    switchFile( newPath, oldPath );
    lock.reset();
    QFile::remove( newPath );
    putBack();
    mCanvas->refresh();
    return tr( "Could not save the project as %1: %2\nNothing changed: the project open is still %3." )
      .arg( newPath, problem, oldPath );
  }
  // The autosave belonged to the old file.
  if ( std::unique_ptr<tryggkarta::Database> old =
         tryggkarta::openSessionConnection( oldPath.toStdString() ) )
    tryggkarta::removeStoredMapState( *old, MapStateStore::autosaveName().toStdString() );
  QFile::remove( replaced );
  if ( lock )
    mLock = std::move( lock );
  RecentProjects::add( newPath );
  emit moved( mPath );
  return QString();
}

void ProjectController::switchFile( const QString &from, const QString &to )
{
  // Every layer read from one file now reads the other, styles kept.
  mCanvas->cancelJobs();
  for ( QgsMapLayer *layer : mProject->mapLayers() )
  {
    if ( layer->customProperty( MapStateStore::sTransientProperty ).toBool() ||
         !layer->source().contains( from ) )
      continue;
    QString source = layer->source();
    source.replace( from, to );
    layer->setDataSource( source, layer->name(), layer->providerType(), QgsDataProvider::ProviderOptions() );
  }
  mPath = to;
  mInfo.path = to;
  mConnection.reset();
  mConnection = tryggkarta::openSessionConnection( to.toStdString() );
  mMapState->setProjectFile( mPath, mConnection.get() );
  mCanvas->refresh();
}

void ProjectController::offerToBreakLock( const QString &path )
{
  const std::optional<ProjectLock::Holder> holder = ProjectLock::holder( path );
  if ( !holder || holder->thisComputer )
    return; // free, or open in another window here (open() says so)
  const QString who =
    holder->user.isEmpty() ? holder->host : tr( "%1 on %2" ).arg( holder->user, holder->host );
  const bool breakIt =
    mBreakLockQuestion
      ? mBreakLockQuestion( *holder )
      : QMessageBox::question(
          mWindow, tr( "Project Open Elsewhere" ),
          tr( "%1 is open in Tryggkarta by %2 since %3. If it is still open there, close it there first: two "
              "computers writing the same file can lose each other's changes.\n\nIf that computer crashed or "
              "was switched off with the project open, the lock it left can be broken. Break the lock and "
              "open the project here?" )
            .arg( QFileInfo( path ).fileName(), who,
                  QLocale().toString( holder->since, QLocale::ShortFormat ) ),
          QMessageBox::Yes | QMessageBox::No, QMessageBox::No ) == QMessageBox::Yes;
  if ( breakIt )
    ProjectLock::breakLock( path ); // open() says what stands in the way if the lock is still there
}

void ProjectController::openInteractively( const QString &path )
{
  if ( path.isEmpty() || isImportRunning() || ( analysesRunning() && !mAnalyses->mayStopWork() ) ||
       !mMapState->maybeSave() )
    return;
  offerToBreakLock( path );
  const QString error = open( path );
  if ( !error.isEmpty() )
  {
    if ( mLastOpenDamaged && mDamagedHandler )
      mDamagedHandler( path, error );
    else
      showError( tr( "Open Project" ), error );
    if ( !QFileInfo::exists( path ) )
      RecentProjects::remove( path );
    emit openFailed( path );
  }
}

void ProjectController::openDemo()
{
  const QString path = ProjectFiles::demoPath();
  if ( !QFileInfo::exists( path ) )
  {
    QDir().mkpath( QFileInfo( path ).absolutePath() );
    // A few hundred milliseconds of generating: on a worker, with the window responsive.
    QProgressDialog progress( tr( "Creating the demo project…" ), QString(), 0, 0, mWindow );
    progress.setWindowTitle( tr( "Open the Demo" ) );
    progress.setWindowModality( Qt::WindowModal );
    progress.setMinimumDuration( 300 );
    QFuture<QString> future = QtConcurrent::run(
      [path]
      {
        auto created = tryggkarta::createDemoProject( path.toStdString() );
        return created ? QString() : CoreMessages::text( created.error() );
      } );
    while ( !future.isFinished() )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
    progress.close();
    const QString problem = future.result();
    if ( !problem.isEmpty() )
    {
      QFile::remove( path ); // never a half-made demo
      showError( tr( "Open the Demo" ), problem );
      return;
    }
  }
  openInteractively( path );
}

void ProjectController::newProject()
{
  if ( mOpening || isImportRunning() || !mMapState->maybeSave() )
    return;
  QString path = QFileDialog::getSaveFileName( mWindow, tr( "New Project" ), QString(),
                                               tr( "Tryggkarta project (*.gpkg)" ), nullptr,
                                               QFileDialog::DontConfirmOverwrite );
  if ( path.isEmpty() || ( analysesRunning() && !mAnalyses->mayStopWork() ) )
    return;
  path = ProjectFiles::withGpkgSuffix( path );
  // The core refuses an existing file: a project is never overwritten by accident.
  auto created = tryggkarta::ProjectFile::create( path.toStdString() );
  if ( !created )
  {
    showError( tr( "New Project" ), CoreMessages::text( created.error() ) );
    return;
  }
  created->reset(); // close the core's connection before QGIS opens the file
  const QString error = open( path );
  if ( !error.isEmpty() )
    showError( tr( "New Project" ), error );
}

void ProjectController::openDialog()
{
  if ( isImportRunning() || !mMapState->maybeSave() )
    return;
  const QString folder = !isOpen() && !RecentProjects::list().isEmpty()
                           ? QFileInfo( RecentProjects::list().first() ).absolutePath()
                           : QFileInfo( mPath ).absolutePath();
  const QString path = QFileDialog::getOpenFileName( mWindow, tr( "Open Project" ), folder,
                                                     tr( "Tryggkarta project (*.gpkg);;All files (*)" ) );
  if ( path.isEmpty() || ( analysesRunning() && !mAnalyses->mayStopWork() ) )
    return;
  offerToBreakLock( path );
  const QString error = open( path );
  if ( error.isEmpty() )
    return;
  if ( mLastOpenDamaged && mDamagedHandler )
    mDamagedHandler( path, error );
  else
    showError( tr( "Open Project" ), error );
}

void ProjectController::saveAsDialog()
{
  if ( !isOpen() || isImportRunning() )
    return;
  QString path =
    QFileDialog::getSaveFileName( mWindow, tr( "Save Project As" ), QFileInfo( mPath ).absolutePath(),
                                  tr( "Tryggkarta project (*.gpkg)" ) );
  if ( path.isEmpty() )
    return;
  path = ProjectFiles::withGpkgSuffix( path );
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString problem = saveAs( path );
  QApplication::restoreOverrideCursor();
  if ( !problem.isEmpty() )
    showError( tr( "Save Project As" ), problem );
  else
    emit message( tr( "Saved as %1" ).arg( QFileInfo( path ).fileName() ), 5000 );
}

void ProjectController::updateRecentMenu()
{
  mRecentMenu->clear();
  const QStringList recent = RecentProjects::list();
  for ( int i = 0; i < recent.size(); ++i )
  {
    const QString path = recent.at( i );
    // &1 … &9 as keyboard accelerators for the newest nine.
    const QString text = i < 9 ? QStringLiteral( "&%1  %2" ).arg( i + 1 ).arg( QFileInfo( path ).fileName() )
                               : QFileInfo( path ).fileName();
    QAction *action = mRecentMenu->addAction( text );
    action->setToolTip( QDir::toNativeSeparators( path ) );
    action->setStatusTip( QDir::toNativeSeparators( path ) );
    connect( action, &QAction::triggered, this, [this, path] { openInteractively( path ); } );
  }
  if ( recent.isEmpty() )
    mRecentMenu->addAction( tr( "No recent projects" ) )->setEnabled( false );
}

void ProjectController::updateActions()
{
  const bool importing = isImportRunning();
  // While an import writes the open project, no other project is created or opened.
  mActionNew->setEnabled( !importing );
  mActionOpen->setEnabled( !importing );
  mActionOpenDemo->setEnabled( !importing );
  mRecentMenu->setEnabled( !importing );
  mActionSave->setEnabled( isOpen() && !importing );
  mActionSaveAs->setEnabled( isOpen() && !importing );
  mActionClose->setEnabled( isOpen() && !importing );
}

void ProjectController::showError( const QString &title, const QString &message )
{
  QMessageBox::warning( mWindow, title, message );
}

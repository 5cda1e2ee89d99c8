#include "projectrecovery.h"

#include "coremessages.h"
#include "database.h"
#include "integrity.h"
#include "projectcontroller.h"

#include <QAction>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QTimer>
#include <QtConcurrent>

#include <atomic>
#include <optional>

ProjectRecovery::ProjectRecovery( ProjectController *projects, QWidget *window )
  : QObject( projects ), mProjects( projects ), mWindow( window )
{
  mActionRecover = new QAction( tr( "&Recover Data From a Project…" ), this );
  mActionRecover->setToolTip(
    tr( "Copy every row that can still be read from a damaged project into a new project" ) );
  connect( mActionRecover, &QAction::triggered, this, [this] { recoverDialog(); } );
  connect( &mCheck, &QFutureWatcher<QString>::finished, this, &ProjectRecovery::onChecked );
  connect( projects, &ProjectController::ready, this, &ProjectRecovery::startCheck );
  connect( projects, &ProjectController::moved, this, &ProjectRecovery::startCheck );
  // Opening a file the core refuses as damaged: the same way out.
  projects->setDamagedProjectHandler( [this]( const QString &path, const QString &message )
                                      { offerRecovery( path, message ); } );
}

ProjectRecovery::~ProjectRecovery()
{
  mCheck.waitForFinished();
}

void ProjectRecovery::startCheck( const QString &path )
{
  if ( mCheck.isRunning() )
    mCheck.waitForFinished(); // the check of the project before (it only reads)
  mCheckedPath = path;
  // A connection of its own, read only: SQLite's check reads the whole file (a quarter of a second for a
  // small project, a few seconds for a million incidents) while the map is already shown.
  mCheck.setFuture( QtConcurrent::run(
    [file = path.toStdString()]() -> QString
    {
      try
      {
        tryggkarta::Database db( file, tryggkarta::Database::Mode::ReadOnly );
        const tryggkarta::Status intact = tryggkarta::checkIntact( db );
        return intact ? QString() : CoreMessages::text( intact.error() );
      }
      catch ( const tryggkarta::SqlError & )
      {
        return QString(); // not readable now (moved, removed): the first real read says why
      }
    } ) );
}

bool ProjectRecovery::waitForCheck()
{
  if ( !mCheck.isRunning() )
    return true;
  QProgressDialog progress( tr( "Checking the project file for damage before writing to it…" ),
                            tr( "Cancel" ), 0, 0, mWindow );
  progress.setWindowTitle( tr( "Checking the Project" ) );
  progress.setWindowModality( Qt::WindowModal );
  progress.setMinimumDuration( 500 );
  QEventLoop loop;
  connect( &mCheck, &QFutureWatcher<QString>::finished, &loop, &QEventLoop::quit );
  connect( &progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit );
  // Shown after its delay only when its value is set while the loop runs.
  QTimer ticks;
  connect( &ticks, &QTimer::timeout, &progress, [&progress] { progress.setValue( 0 ); } );
  ticks.start( 100 );
  if ( mCheck.isRunning() )
    loop.exec();
  return !progress.wasCanceled();
}

void ProjectRecovery::onChecked()
{
  const QString problem = mCheck.result();
  const QString path = mCheckedPath;
  emit checked( path, problem.isEmpty() );
  if ( problem.isEmpty() || mProjects->path() != path )
    return;
  emit damageFound( path, problem );
  offerRecovery( path, problem );
}

void ProjectRecovery::offerRecovery( const QString &path, const QString &message )
{
  const QString text =
    message + QStringLiteral( "\n\n" ) +
    tr( "Recover Data copies every row that can still be read into a new project and tells what could not be "
        "read. The damaged file is only read." );
  bool recoverIt = false;
  if ( mOfferAnswer )
    recoverIt = mOfferAnswer( text );
  else
  {
    QMessageBox box( QMessageBox::Warning, tr( "Damaged Project" ), text, QMessageBox::Close, mWindow );
    QPushButton *recoverButton = box.addButton( tr( "Recover Data…" ), QMessageBox::AcceptRole );
    box.setDefaultButton( recoverButton );
    box.exec();
    recoverIt = box.clickedButton() == recoverButton;
  }
  if ( recoverIt )
    recoverDialog( path );
}

QString ProjectRecovery::suggestedNewPath( const QString &damagedPath )
{
  const QFileInfo info( damagedPath );
  const QString base =
    info.absolutePath() + QLatin1Char( '/' ) + info.completeBaseName() + tr( "-recovered" );
  QString candidate = base + QStringLiteral( ".gpkg" );
  for ( int n = 2; QFileInfo::exists( candidate ); ++n )
    candidate = base + QStringLiteral( "-%1.gpkg" ).arg( n );
  return candidate;
}

tryggkarta::Expected<tryggkarta::RecoveryReport> ProjectRecovery::recover( const QString &damagedPath,
                                                                           const QString &newPath )
{
  QProgressDialog progress( tr( "Recovering %1…" ).arg( QFileInfo( damagedPath ).fileName() ), tr( "Cancel" ),
                            0, 1000, mWindow );
  progress.setWindowTitle( tr( "Recover Data" ) );
  progress.setWindowModality( Qt::WindowModal );
  progress.setMinimumDuration( 300 );
  progress.setAutoClose( false );
  progress.setAutoReset( false );
  std::atomic<int> permille{ 0 };
  std::atomic<bool> cancel{ false };
  // QFuture needs a value it can make empty: the optional.
  QFuture<std::optional<tryggkarta::Expected<tryggkarta::RecoveryReport>>> future = QtConcurrent::run(
    [&, damaged = damagedPath.toStdString(), target = newPath.toStdString()]
    {
      return std::optional<tryggkarta::Expected<tryggkarta::RecoveryReport>>(
        tryggkarta::recoverProject( damaged, target,
                                    [&]( double fraction )
                                    {
                                      permille = static_cast<int>( fraction * 1000 );
                                      return !cancel.load();
                                    } ) );
    } );
  while ( !future.isFinished() )
  {
    QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
    if ( progress.wasCanceled() )
      cancel = true;
    else
      progress.setValue( permille.load() );
  }
  progress.close();
  return *future.result();
}

QString ProjectRecovery::reportText( const tryggkarta::RecoveryReport &report )
{
  QStringList lines;
  lines << tr( "%1 was recovered into %2; the damaged file was not changed." )
             .arg( QFileInfo( QString::fromStdString( report.damagedPath ) ).fileName(),
                   QFileInfo( QString::fromStdString( report.newPath ) ).fileName() );
  for ( const tryggkarta::Message &note : report.notes )
    lines << CoreMessages::text( note );
  if ( report.complete() )
  {
    lines << tr( "Every row was copied." );
    return lines.join( QLatin1Char( '\n' ) );
  }
  for ( const tryggkarta::TableRecovery &table : report.tables )
  {
    if ( table.unreadable == 0 && table.refused == 0 && table.problems.empty() )
      continue;
    QString line = tr( "%1: %n row(s) copied", nullptr, static_cast<int>( table.copied ) )
                     .arg( QString::fromStdString( table.table ) );
    if ( table.unreadable > 0 )
      line += tr( ", %n could not be read", nullptr, static_cast<int>( table.unreadable ) );
    if ( table.refused > 0 )
      line += tr( ", %n refused by the new project", nullptr, static_cast<int>( table.refused ) );
    lines << line;
    for ( const tryggkarta::Message &problem : table.problems )
      lines << QStringLiteral( "  " ) + CoreMessages::text( problem );
  }
  return lines.join( QLatin1Char( '\n' ) );
}

void ProjectRecovery::recoverDialog( const QString &damagedPath )
{
  QString damaged = damagedPath;
  if ( damaged.isEmpty() )
    damaged = QFileDialog::getOpenFileName( mWindow, tr( "Recover Data From a Project" ),
                                            mProjects->isOpen() ? mProjects->path() : QString(),
                                            tr( "Tryggkarta project (*.gpkg);;All files (*)" ) );
  if ( damaged.isEmpty() )
    return;
  QString target =
    QFileDialog::getSaveFileName( mWindow, tr( "Save the Recovered Project As" ), suggestedNewPath( damaged ),
                                  tr( "Tryggkarta project (*.gpkg)" ) );
  if ( target.isEmpty() )
    return;
  if ( !target.endsWith( QStringLiteral( ".gpkg" ), Qt::CaseInsensitive ) )
    target += QStringLiteral( ".gpkg" );
  const QString absoluteTarget = QFileInfo( target ).absoluteFilePath();
  if ( absoluteTarget == QFileInfo( damaged ).absoluteFilePath() || absoluteTarget == mProjects->path() )
  {
    QMessageBox::warning( mWindow, tr( "Recover Data" ),
                          tr( "Choose a new file for the recovered project: %1 is the damaged project or the "
                              "project that is open." )
                            .arg( QFileInfo( target ).fileName() ) );
    return;
  }
  // The file dialog asked before replacing it; the core never writes over a file.
  if ( QFileInfo::exists( target ) && !QFile::remove( target ) )
  {
    QMessageBox::warning( mWindow, tr( "Recover Data" ),
                          tr( "%1 exists and cannot be replaced." ).arg( target ) );
    return;
  }
  const auto report = recover( damaged, target );
  if ( !report )
  {
    if ( !tryggkarta::isCancelled( report.error() ) )
      QMessageBox::warning( mWindow, tr( "Recover Data" ), CoreMessages::text( report.error() ) );
    return;
  }
  const auto answer = QMessageBox::question( mWindow, tr( "Recover Data" ),
                                             reportText( *report ) + QStringLiteral( "\n\n" ) +
                                               tr( "Open the new project now?" ),
                                             QMessageBox::Open | QMessageBox::Close, QMessageBox::Open );
  if ( answer == QMessageBox::Open )
    mProjects->openInteractively( target );
}

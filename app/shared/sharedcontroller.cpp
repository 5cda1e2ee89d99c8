#include "sharedcontroller.h"

#include "conflictsdialog.h"
#include "coremessages.h"
#include "database.h"
#include "importcontroller.h"
#include "opensharedialog.h"
#include "pgconnection.h"
#include "projectcontroller.h"
#include "shareddatabase.h"
#include "sync.h"
#include "workerprogress.h"

#include <qgsapplication.h>
#include <qgsdatasourceuri.h>

#include <QAction>

#include <algorithm>
#include <optional>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace
{
QString settingsKey( const QString &copyPath )
{
  return QStringLiteral( "shared/authcfg/" ) +
         QString::fromUtf8( QFileInfo( copyPath ).absoluteFilePath().toUtf8().toBase64() );
}
} // namespace

SharedController::SharedController( ProjectController *projects, ImportController *imports, QWidget *window,
                                    QObject *parent )
  : QObject( parent ), mProjects( projects ), mImports( imports ), mWindow( window )
{
  mActionOpen = new QAction( tr( "Open &shared project…" ), this );
  mActionOpen->setToolTip( tr( "Connect to the EST group's shared database and work in its offline copy" ) );
  connect( mActionOpen, &QAction::triggered, this, &SharedController::openSharedDialog );
  mActionSync = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionRefresh.svg" ) ),
                             tr( "S&ynchronise with the shared database" ), this );
  mActionSync->setShortcut( QKeySequence( QStringLiteral( "Ctrl+Shift+Y" ) ) );
  mActionSync->setEnabled( false );
  connect( mActionSync, &QAction::triggered, this,
           [this]
           {
             const QString error = synchroniseNow();
             if ( !error.isEmpty() && mWindow )
               QMessageBox::warning( mWindow, tr( "Synchronise" ), error );
           } );
  mActionConflicts = new QAction( tr( "Synchronisation &conflicts…" ), this );
  mActionConflicts->setEnabled( false );
  connect( mActionConflicts, &QAction::triggered, this, &SharedController::showConflicts );
  mActionRestrict = new QAction( tr( "&Police-restrict the selected records…" ), this );
  mActionRestrict->setToolTip(
    tr( "Only the police and the coordinator will read them; the other organisations' copies lose them" ) );
  mActionUnrestrict = new QAction( tr( "&Lift the police restriction of the selected records" ), this );
  for ( QAction *action : { mActionRestrict, mActionUnrestrict } )
  {
    action->setEnabled( false );
    const bool restrict = action == mActionRestrict;
    connect( action, &QAction::triggered, this,
             [this, restrict]
             {
               const auto selected = mSelected ? mSelected() : std::vector<tryggkarta::RecordId>();
               const QString error = selected.empty() ? tr( "Select the incidents or observations first." )
                                                      : setRestricted( selected, restrict );
               if ( !error.isEmpty() && mWindow )
                 QMessageBox::warning( mWindow, tr( "Police restriction" ), error );
             } );
  }
  mStatus = new QLabel;
  mStatus->setVisible( false );
  mStatus->setTextFormat( Qt::RichText );
  connect( mStatus, &QLabel::linkActivated, this,
           [this]( const QString &link )
           {
             if ( link == QLatin1String( "conflicts" ) )
               showConflicts();
             else if ( link == QLatin1String( "sync" ) )
               mActionSync->trigger();
           } );
  mSendTimer = new QTimer( this );
  mSendTimer->setSingleShot( true );
  mSendTimer->setInterval( 2000 );
  connect( mSendTimer, &QTimer::timeout, this,
           [this]
           {
             const QString error = sendNow();
             if ( !error.isEmpty() )
               emit message( error, 10000 );
           } );
  mStatusTimer = new QTimer( this );
  mStatusTimer->setInterval( 5000 );
  connect( mStatusTimer, &QTimer::timeout, this, &SharedController::refreshStatus );
  connect( mProjects, &ProjectController::ready, this, &SharedController::onReady );
  connect( mProjects, &ProjectController::closed, this, &SharedController::onClosed );
  // A reporter's import goes straight into the shared database.
  if ( mImports )
    connect( mImports, &ImportController::finished, this,
             [this]
             {
               if ( mShared )
                 QTimer::singleShot( 0, this,
                                     [this]
                                     {
                                       const QString error = synchroniseNow();
                                       if ( !error.isEmpty() )
                                         emit message( error, 10000 );
                                     } );
             } );
}

QString SharedController::defaultCopyPath( const QString &conninfo )
{
  QString name;
  static const QRegularExpression service( QStringLiteral( "service\\s*=\\s*'?([^'\\s]+)" ) );
  static const QRegularExpression database( QStringLiteral( "dbname\\s*=\\s*'?([^'\\s]+)" ) );
  static const QRegularExpression host( QStringLiteral( "host\\s*=\\s*'?([^'\\s]+)" ) );
  if ( auto m = service.match( conninfo ); m.hasMatch() )
    name = m.captured( 1 );
  else
  {
    name = database.match( conninfo ).captured( 1 );
    const QString h = QFileInfo( host.match( conninfo ).captured( 1 ) ).fileName();
    if ( !h.isEmpty() )
      name += QStringLiteral( "@" ) + h;
  }
  name.replace( QRegularExpression( QStringLiteral( "[^A-Za-z0-9_.@-]" ) ), QStringLiteral( "_" ) );
  if ( name.isEmpty() )
    name = QStringLiteral( "delat" );
  const QString folder =
    QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) + QStringLiteral( "/delade" );
  return folder + QStringLiteral( "/" ) + name + QStringLiteral( ".gpkg" );
}

QString SharedController::withAuthentication( const QString &conninfo, const QString &authConfig )
{
  if ( authConfig.isEmpty() )
    return conninfo;
  // QGIS's own expansion: the configuration's login and password are added in memory only.
  QgsDataSourceUri uri( conninfo );
  uri.setAuthConfigId( authConfig );
  return uri.connectionInfo( true );
}

void SharedController::openSharedDialog()
{
  OpenSharedDialog dialog( mWindow );
  QSettings settings;
  dialog.setConninfo( settings.value( QStringLiteral( "shared/lastConnection" ) ).toString() );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  settings.setValue( QStringLiteral( "shared/lastConnection" ), dialog.conninfo() );
  const QString error = openShared( dialog.conninfo(), dialog.authConfig(), dialog.copyPath() );
  if ( !error.isEmpty() && mWindow )
    QMessageBox::warning( mWindow, tr( "Open shared project" ), error );
}

QString SharedController::openShared( const QString &conninfo, const QString &authConfig,
                                      const QString &copyPath )
{
  if ( mSyncing )
    return tr( "A synchronisation is under way." );
  if ( mProjects->isImportRunning() )
    return tr( "An import is running. Wait for it to finish or cancel it before opening another project." );
  QDir().mkpath( QFileInfo( copyPath ).absolutePath() );
  const bool sameAsOpen = mProjects->isOpen() && QFileInfo( mProjects->path() ) == QFileInfo( copyPath );
  qint64 pulled = 0, conflicts = 0;
  const QString error = runSync( copyPath, withAuthentication( conninfo, authConfig ), pulled, conflicts );
  if ( !error.isEmpty() )
    return error;
  QSettings().setValue( settingsKey( copyPath ), authConfig );
  if ( !sameAsOpen || pulled > 0 || !mProjects->isOpen() )
  {
    const QString opened = mProjects->open( copyPath );
    if ( !opened.isEmpty() )
      return opened;
  }
  else
    onReady( copyPath );
  if ( conflicts > 0 && mShowConflicts )
    QTimer::singleShot( 0, this, &SharedController::showConflicts );
  return QString();
}

QString SharedController::synchroniseNow()
{
  if ( !mShared || !mProjects->isOpen() )
    return tr( "The open project is not a copy of a shared project." );
  if ( mSyncing )
    return QString();
  if ( mProjects->isImportRunning() )
    return tr( "An import is running: the synchronisation waits until it has finished." );
  const QString path = mProjects->path();
  qint64 pulled = 0, conflicts = 0;
  const QString error = runSync( path, withAuthentication( mConnection, mAuthConfig ), pulled, conflicts );
  if ( !error.isEmpty() )
    return error;
  if ( pulled > 0 )
  {
    // What came in is read like any change to the file: the project is opened again, map state and all.
    const QString opened = mProjects->open( path );
    if ( !opened.isEmpty() )
      return opened;
  }
  refreshStatus();
  if ( conflicts > 0 && mShowConflicts )
    QTimer::singleShot( 0, this, &SharedController::showConflicts );
  return QString();
}

void SharedController::noteLocalEdit()
{
  if ( mShared )
    mSendTimer->start();
}

QString SharedController::sendNow()
{
  if ( !mShared || !mProjects->isOpen() )
    return QString();
  if ( mSyncing || mProjects->isImportRunning() )
  {
    mSendTimer->start(); // later
    return QString();
  }
  qint64 pulled = 0, conflicts = 0;
  const QString error =
    runSync( mProjects->path(), withAuthentication( mConnection, mAuthConfig ), pulled, conflicts, true );
  refreshStatus();
  return error;
}

QString SharedController::setRestricted( const std::vector<tryggkarta::RecordId> &records, bool restricted,
                                         bool confirm )
{
  if ( !mShared || !mProjects->isOpen() || !mProjects->connection() )
    return tr( "The open project is not a copy of a shared project." );
  if ( records.empty() )
    return tr( "Select the incidents or observations first." );
  if ( restricted && confirm && mWindow &&
       QMessageBox::question(
         mWindow, tr( "Police restriction" ),
         tr( "Police-restrict %n record(s)? Only the police and the coordinator will read them; the other "
             "organisations' copies lose them at their next synchronisation.",
             nullptr, static_cast<int>( records.size() ) ) ) != QMessageBox::Yes )
    return QString();
  // A record made here and not yet sent has no place in the shared database: it is sent first.
  auto uuidsOf = [this, &records]
  {
    std::vector<std::pair<std::string, std::string>> uuids; // table, uuid
    tryggkarta::Statement s =
      mProjects->connection()->prepare( "SELECT uuid FROM sync_rows WHERE tbl = ? AND fid = ?" );
    for ( const auto &r : records )
    {
      const std::string table = tryggkarta::recordTableName( r.table );
      s.bind( 1, table ).bind( 2, static_cast<int64_t>( r.fid ) );
      uuids.emplace_back( table, s.step() ? s.text( 0 ) : std::string() );
      s.reset();
    }
    return uuids;
  };
  // What changed here goes first (a record made here has no place in the shared database until it is sent,
  // and an edit not sent would meet the restriction's new version as a conflict).
  if ( const QString error = sendNow(); !error.isEmpty() )
    return error;
  const auto uuids = uuidsOf();
  if ( std::any_of( uuids.begin(), uuids.end(), []( const auto &u ) { return u.second.empty(); } ) )
    return tr( "A record could not be sent to the shared database; synchronise and try again." );
  // On a worker (the server may be slow or gone), all or none: one transaction for every record.
  std::optional<tryggkarta::Message> failure;
  const QString conninfo = withAuthentication( mConnection, mAuthConfig );
  runShowingProgress(
    mWindow,
    WorkerProgressOptions{ tr( "Police restriction" ), tr( "Writing to the shared database…" ), 700 },
    [&]( const std::function<bool( double )> & )
    {
      try
      {
        auto connected = tryggkarta::PgConnection::connect( conninfo.toStdString() );
        if ( !connected.ok() )
        {
          failure = connected.error();
          return;
        }
        tryggkarta::PgTransaction transaction( *connected.value() );
        for ( const auto &[table, uuid] : uuids )
        {
          const auto set = tryggkarta::setSharedRestricted( *connected.value(), table, uuid, restricted );
          if ( !set.ok() )
          {
            failure = set.error();
            return; // the transaction rolls back: none of them changed
          }
        }
        transaction.commit();
      }
      catch ( const std::exception &e )
      {
        failure =
          tryggkarta::Message::make( tryggkarta::MessageCode::SharedQueryFailed,
                                     std::string( "the police restriction" ), std::string( e.what() ) );
      }
    } );
  if ( failure )
    return CoreMessages::text( *failure );
  emit message(
    restricted
      ? tr( "%n record(s) police-restricted.", nullptr, static_cast<int>( uuids.size() ) )
      : tr( "The police restriction of %n record(s) is lifted.", nullptr, static_cast<int>( uuids.size() ) ),
    10000 );
  return synchroniseNow();
}

QString SharedController::runSync( const QString &path, const QString &conninfo, qint64 &pulled,
                                   qint64 &conflicts, bool pushOnly )
{
  mSyncing = true;
  mActionSync->setEnabled( false );
  mProjects->noteBackgroundWrite( true );
  std::optional<tryggkarta::SyncReport> report;
  std::optional<tryggkarta::Message> failure;
  const bool cancelled = runShowingProgress(
    mWindow,
    WorkerProgressOptions{ tr( "Shared project" ), tr( "Synchronising with the shared database…" ), 700 },
    [&]( const std::function<bool( double )> &progress )
    {
      tryggkarta::SyncOptions options;
      options.progress = progress;
      options.pushOnly = pushOnly;
      auto result = tryggkarta::synchronise( path.toStdString(), conninfo.toStdString(), options );
      if ( result.ok() )
        report = result.value();
      else
        failure = result.error();
    } );
  mProjects->noteBackgroundWrite( false );
  mSyncing = false;
  mActionSync->setEnabled( mShared );
  if ( failure )
    return cancelled ? tr( "The synchronisation was cancelled; what was finished is kept on both sides." )
                     : CoreMessages::text( *failure );
  if ( !report )
    return tr( "The synchronisation did not finish." );
  pulled = report->pulled + report->pulledDeletes;
  conflicts = report->openConflicts;
  QStringList notes;
  for ( const auto &note : report->notes )
    notes << CoreMessages::text( note );
  emit message( tr( "Synchronised: %1 rows in, %2 out, %3 conflicts." )
                    .arg( pulled )
                    .arg( report->pushed + report->pushedDeletes )
                    .arg( conflicts ) +
                  ( notes.isEmpty() ? QString() : QStringLiteral( " " ) + notes.join( QLatin1Char( ' ' ) ) ),
                10000 );
  emit synchronised( pulled, report->pushed + report->pushedDeletes, conflicts );
  return QString();
}

void SharedController::onReady( const QString &path )
{
  tryggkarta::Database *db = mProjects->connection();
  const tryggkarta::ReplicaStatus status =
    db ? tryggkarta::replicaStatus( *db ) : tryggkarta::ReplicaStatus();
  mShared = status.replica;
  mConnection = QString::fromStdString( status.connection );
  mAuthConfig = mShared ? QSettings().value( settingsKey( path ) ).toString() : QString();
  mActionSync->setEnabled( mShared && !mSyncing );
  mActionConflicts->setEnabled( mShared );
  mActionRestrict->setEnabled( mShared );
  mActionUnrestrict->setEnabled( mShared );
  mStatus->setVisible( mShared );
  if ( mShared )
    mStatusTimer->start();
  else
    mStatusTimer->stop();
  refreshStatus();
}

void SharedController::onClosed()
{
  mShared = false;
  mConnection.clear();
  mAuthConfig.clear();
  mActionSync->setEnabled( false );
  mActionConflicts->setEnabled( false );
  mActionRestrict->setEnabled( false );
  mActionUnrestrict->setEnabled( false );
  mStatus->setVisible( false );
  mStatusTimer->stop();
}

void SharedController::refreshStatus()
{
  if ( !mShared || !mProjects->connection() )
    return;
  tryggkarta::ReplicaStatus status;
  try
  {
    status = tryggkarta::replicaStatus( *mProjects->connection() );
  }
  catch ( const std::exception & )
  {
    return; // the file is busy (a write under way); the next tick shows it
  }
  QString text = tr( "Shared project" );
  if ( !status.lastSync.empty() )
  {
    const QDateTime at =
      QDateTime::fromString( QString::fromStdString( status.lastSync ), Qt::ISODateWithMs ).toLocalTime();
    text += QStringLiteral( " · " ) + tr( "synchronised %1" ).arg( at.toString( QStringLiteral( "HH:mm" ) ) );
  }
  if ( status.pending > 0 )
    text += QStringLiteral( " · <a href=\"sync\">" ) +
            tr( "%n change(s) to send", nullptr, static_cast<int>( status.pending ) ) +
            QStringLiteral( "</a>" );
  if ( status.openConflicts > 0 )
    text += QStringLiteral( " · <a href=\"conflicts\"><b>" ) +
            tr( "%n conflict(s)", nullptr, static_cast<int>( status.openConflicts ) ) +
            QStringLiteral( "</b></a>" );
  mStatus->setText( text );
  mStatus->setToolTip( tr( "A copy of %1" ).arg( mConnection ) );
}

void SharedController::showConflicts()
{
  if ( !mShared || !mProjects->connection() )
    return;
  ConflictsDialog dialog( *mProjects->connection(), mWindow );
  dialog.exec();
  refreshStatus();
}

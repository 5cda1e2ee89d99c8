#include "projectlock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <QSysInfo>

#include <csignal>
#include <cerrno>

namespace
{
//! Whether a process of this computer runs (a process of another user counts too).
bool processRuns( qint64 pid )
{
  return pid > 0 && ( ::kill( static_cast<pid_t>( pid ), 0 ) == 0 || errno == EPERM );
}

QString userName()
{
  return qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) );
}

//! The lock file's holder as QLockFile wrote it, whether it still runs or not.
std::optional<ProjectLock::Holder> recordedHolder( const QString &projectPath )
{
  const QString path = ProjectLock::lockFilePath( projectPath );
  if ( !QFileInfo::exists( path ) )
    return std::nullopt;
  QLockFile reader( path );
  ProjectLock::Holder holder;
  QString application;
  if ( !reader.getLockInfo( &holder.pid, &holder.host, &application ) )
    return std::nullopt;
  holder.thisComputer = holder.host.isEmpty() || holder.host == QSysInfo::machineHostName();
  holder.since = QFileInfo( path ).lastModified();
  QFile owner( ProjectLock::ownerFilePath( projectPath ) );
  if ( owner.open( QIODevice::ReadOnly ) )
    holder.user = QString::fromUtf8( owner.readLine() ).trimmed();
  return holder;
}
} // namespace

ProjectLock::ProjectLock() = default;

ProjectLock::~ProjectLock()
{
  release();
}

QString ProjectLock::lockFilePath( const QString &projectPath )
{
  const QFileInfo info( projectPath );
  return info.absoluteDir().filePath( QStringLiteral( ".%1.tryggkarta-lock" ).arg( info.fileName() ) );
}

QString ProjectLock::ownerFilePath( const QString &projectPath )
{
  return lockFilePath( projectPath ) + QStringLiteral( "-owner" );
}

std::optional<ProjectLock::Holder> ProjectLock::holder( const QString &projectPath )
{
  auto holder = recordedHolder( projectPath );
  if ( holder && holder->thisComputer && !processRuns( holder->pid ) )
    return std::nullopt; // left by a Tryggkarta that crashed: free to take over
  return holder;
}

QString ProjectLock::acquire( const QString &projectPath )
{
  release();
  mTakeOverNote.clear();
  const std::optional<Holder> before = recordedHolder( projectPath );
  auto lock = std::make_unique<QLockFile>( lockFilePath( projectPath ) );
  // A lock is stale only when its process is gone (QLockFile checks that on this computer); an open project
  // may stay open for days.
  lock->setStaleLockTime( 0 );
  if ( lock->tryLock( 0 ) )
  {
    mLock = std::move( lock );
    if ( before && before->thisComputer )
      mTakeOverNote =
        tr( "Tryggkarta ended without closing %1 (process %2 on this computer, open since %3); its lock was "
            "taken over." )
          .arg( QFileInfo( projectPath ).fileName(), QString::number( before->pid ),
                QLocale().toString( before->since, QLocale::ShortFormat ) );
    // Who has it, for a Tryggkarta on another computer that finds it locked.
    mOwnerFile = ownerFilePath( projectPath );
    QFile owner( mOwnerFile );
    if ( owner.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
      owner.write( userName().toUtf8() + '\n' );
    return QString();
  }
  if ( lock->error() != QLockFile::LockFailedError )
    return QString(); // a read-only folder or a file system without locks: nothing to protect against
  const std::optional<Holder> holding = recordedHolder( projectPath );
  const QString host = holding && !holding->host.isEmpty() ? holding->host : tr( "(unknown)" );
  const QString who = holding && !holding->user.isEmpty()
                        ? tr( "%1 on the computer %2" ).arg( holding->user, host )
                        : tr( "the computer %1" ).arg( host );
  return tr( "%1 is already open in Tryggkarta by %2 (process %3) since %4. Close it there first: two "
             "windows writing the same project file could overwrite each other's changes." )
    .arg( QFileInfo( projectPath ).fileName(), who, QString::number( holding ? holding->pid : 0 ),
          holding ? QLocale().toString( holding->since, QLocale::ShortFormat ) : tr( "(unknown)" ) );
}

void ProjectLock::release()
{
  if ( mLock )
  {
    QFile::remove( mOwnerFile );
    mLock->unlock();
  }
  mLock.reset();
  mOwnerFile.clear();
}

bool ProjectLock::breakLock( const QString &projectPath )
{
  QFile::remove( ownerFilePath( projectPath ) );
  return QFile::remove( lockFilePath( projectPath ) ) || !QFileInfo::exists( lockFilePath( projectPath ) );
}

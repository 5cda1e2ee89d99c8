#include "projectlock.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

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

QString ProjectLock::acquire( const QString &projectPath )
{
  release();
  auto lock = std::make_unique<QLockFile>( lockFilePath( projectPath ) );
  // A lock is stale only when its process is gone (QLockFile checks that on this computer); an open project
  // may stay open for days.
  lock->setStaleLockTime( 0 );
  if ( lock->tryLock( 0 ) )
  {
    mLock = std::move( lock );
    return QString();
  }
  if ( lock->error() != QLockFile::LockFailedError )
    return QString(); // a read-only folder or a file system without locks: nothing to protect against
  qint64 pid = 0;
  QString host, application;
  lock->getLockInfo( &pid, &host, &application );
  return tr( "%1 is already open in Tryggkarta on the computer %2 (process %3). Close it there first: two "
             "windows writing the same project file could overwrite each other's changes." )
    .arg( QFileInfo( projectPath ).fileName(), host.isEmpty() ? tr( "(unknown)" ) : host,
          QString::number( pid ) );
}

void ProjectLock::release()
{
  if ( mLock )
    mLock->unlock();
  mLock.reset();
}

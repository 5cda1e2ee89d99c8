#include "interruption.h"

#include "calendar.h"
#include "database.h"
#include "integrity.h"
#include "stockholmzone.h"

#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tryggkarta
{

namespace fs = std::filesystem;

namespace
{
// SQLite's locks on a database file are POSIX locks on bytes past the first gigabyte (the pending byte, the
// reserved byte and the shared range, see os_unix.c); a program that has the file open holds one of them
// while it reads or writes. In WAL mode every connection holds a read lock on the "dead man switch" byte of
// the shared-memory file (NAME-shm) as long as it is open.
constexpr off_t kPendingByte = 0x40000000;
constexpr off_t kLockRangeLength = 2 + 510;
constexpr off_t kShmDeadManSwitch = 120 + 8;

//! Whether another process holds a lock on the range of the file (nothing known: false).
bool lockedByOtherProcess( const std::string &path, off_t start, off_t length )
{
  // O_RDONLY is enough to ask; the descriptor is only opened when a leftover exists, because closing any
  // descriptor of a file drops this process's own POSIX locks on it.
  const int fd = ::open( path.c_str(), O_RDONLY | O_CLOEXEC );
  if ( fd < 0 )
    return false;
  struct flock lock
  {
  };
  lock.l_type = F_WRLCK;
  lock.l_whence = SEEK_SET;
  lock.l_start = start;
  lock.l_len = length;
  const bool locked = ::fcntl( fd, F_GETLK, &lock ) == 0 && lock.l_type != F_UNLCK;
  ::close( fd );
  return locked;
}

std::optional<int64_t> modifiedUtc( const std::string &path )
{
  struct stat st
  {
  };
  if ( ::stat( path.c_str(), &st ) != 0 )
    return std::nullopt;
  return static_cast<int64_t>( st.st_mtim.tv_sec );
}

std::string utcStamp( int64_t utcSeconds )
{
  const std::time_t t = static_cast<std::time_t>( utcSeconds );
  std::tm tm{};
  gmtime_r( &t, &tm );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm );
  return buffer;
}

bool writable( const std::string &path )
{
  return ::access( path.c_str(), W_OK ) == 0;
}
} // namespace

std::string stockholmTimeText( int64_t utcSeconds )
{
  const int64_t wall = stockholmWallClock( utcSeconds );
  int year = 0, month = 0, day = 0;
  civilFromDays( floorDiv( wall, kSecondsPerDay ), year, month, day );
  const int64_t second = floorMod( wall, kSecondsPerDay );
  char buffer[40];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d:%02d", year, month, day,
                 static_cast<int>( second / 3600 ), static_cast<int>( second / 60 % 60 ),
                 static_cast<int>( second % 60 ) );
  return buffer;
}

std::optional<InterruptedChange> findInterruptedChange( const std::string &path )
{
  std::error_code ec;
  if ( !fs::is_regular_file( path, ec ) || fs::file_size( path, ec ) == 0 )
    return std::nullopt;
  // A change this process has under way is not interrupted (and probing its locks would drop them).
  if ( writtenByThisProcess( path ) )
    return std::nullopt;
  const std::string journal = path + "-journal", log = path + "-wal";
  if ( fs::is_regular_file( journal, ec ) && fs::file_size( journal, ec ) > 0 )
  {
    // As SQLite decides (hasHotJournal in pager.c): a journal whose first byte is zero holds nothing to roll
    // back; one beside a file that a program holds locked belongs to a change under way.
    char first = 0;
    std::ifstream( journal, std::ios::binary ).read( &first, 1 );
    if ( first != 0 && !lockedByOtherProcess( path, kPendingByte, kLockRangeLength ) )
      return InterruptedChange{ journal, false, modifiedUtc( journal ).value_or( 0 ) };
  }
  // An empty log holds nothing (SQLite leaves one after a clean close in some modes).
  if ( fs::is_regular_file( log, ec ) && fs::file_size( log, ec ) > 0 )
  {
    const std::string shm = path + "-shm";
    if ( !fs::exists( shm, ec ) || !lockedByOtherProcess( shm, kShmDeadManSwitch, 1 ) )
      return InterruptedChange{ log, true, modifiedUtc( log ).value_or( 0 ) };
  }
  return std::nullopt;
}

Expected<std::optional<RecoveredChange>> recoverInterruptedChange( const std::string &path,
                                                                   const InterruptedChange &change )
{
  const std::string when = stockholmTimeText( change.interruptedAtUtc );
  std::string folder = fs::path( path ).parent_path().string();
  if ( folder.empty() )
    folder = ".";
  // Rolling back writes the file and removes the leftover (a change of the folder); the copies go there too.
  if ( !writable( path ) || !writable( folder ) || !writable( change.leftover ) )
    return Error( MessageCode::ProjectInterruptedNeedsWrite, path, when );

  std::string backup = path + ".interrupted-" + utcStamp( change.interruptedAtUtc ) + ".bak";
  std::error_code ec;
  for ( int n = 2; fs::exists( backup, ec ); ++n )
    backup =
      path + ".interrupted-" + utcStamp( change.interruptedAtUtc ) + "-" + std::to_string( n ) + ".bak";
  const std::string leftoverBackup = backup + ( change.writeAheadLog ? "-wal" : "-journal" );
  const auto removeCopies = [&]()
  {
    std::error_code ignored;
    fs::remove( backup, ignored );
    fs::remove( leftoverBackup, ignored );
  };
  fs::copy_file( path, backup, ec );
  if ( !ec )
    fs::copy_file( change.leftover, leftoverBackup, ec );
  if ( ec )
  {
    removeCopies();
    return Error( MessageCode::ProjectInterruptedBackupFailed, path, ec.message() );
  }

  try
  {
    // SQLite rolls a hot journal back when it first reads the file; a log is read into the file and removed
    // when the file goes back to a rollback journal, the mode Tryggkarta keeps its projects in.
    Database db( path, Database::Mode::ReadWrite );
    db.queryInt( "PRAGMA schema_version" );
    if ( change.writeAheadLog )
      db.exec( "PRAGMA journal_mode = DELETE" );
  }
  catch ( const SqlError &e )
  {
    // Busy: another connection of this program holds it, so the change is under way after all.
    if ( ( e.code() & 0xff ) == 5 /* SQLITE_BUSY */ || ( e.code() & 0xff ) == 6 /* SQLITE_LOCKED */ )
    {
      removeCopies();
      return std::optional<RecoveredChange>();
    }
    return Error( MessageCode::ProjectInterruptedRecoveryFailed, path, e.what() );
  }
  if ( !change.writeAheadLog && fs::exists( change.leftover, ec ) )
  {
    // SQLite saw the journal's change as under way (a connection of this program holds the file).
    removeCopies();
    return std::optional<RecoveredChange>();
  }
  RecoveredChange recovered;
  recovered.backupPath = backup;
  recovered.leftoverBackupPath = leftoverBackup;
  recovered.note = Message::make( change.writeAheadLog ? MessageCode::ProjectInterruptedLogRecovered
                                                       : MessageCode::ProjectInterruptedRolledBack,
                                  path, when, backup, leftoverBackup );
  return std::optional<RecoveredChange>( std::move( recovered ) );
}

} // namespace tryggkarta

#include "integrity.h"

#include <sqlite3.h>

#include <map>
#include <mutex>
#include <tuple>

#include <sys/stat.h>

namespace tryggkarta
{

namespace
{
//! The file's identity and the state a write changes: size and modification time, of the file and of a
//! write-ahead log beside it (where a program using WAL mode writes its changes first).
struct FileState
{
  dev_t device = 0;
  ino_t inode = 0;
  std::tuple<off_t, int64_t, off_t, int64_t> written{};
  bool operator==( const FileState &other ) const
  {
    return device == other.device && inode == other.inode && written == other.written;
  }
};

std::optional<FileState> stateOf( const std::string &path )
{
  struct stat file
  {
  };
  if ( ::stat( path.c_str(), &file ) != 0 )
    return std::nullopt;
  struct stat log
  {
  };
  const bool hasLog = ::stat( ( path + "-wal" ).c_str(), &log ) == 0;
  FileState state;
  state.device = file.st_dev;
  state.inode = file.st_ino;
  state.written = { file.st_size, int64_t( file.st_mtim.tv_sec ) * 1000000000 + file.st_mtim.tv_nsec,
                    hasLog ? log.st_size : -1,
                    hasLog ? int64_t( log.st_mtim.tv_sec ) * 1000000000 + log.st_mtim.tv_nsec : -1 };
  return state;
}

//! The files found whole in this process, by device and inode, as they were then.
std::mutex sMutex;
std::map<std::pair<dev_t, ino_t>, FileState> sIntact;

//! The connection's main file, or empty for an in-memory or temporary database.
std::string mainFile( Database &db )
{
  const char *name = sqlite3_db_filename( db.handle(), "main" );
  return name ? std::string( name ) : std::string();
}

bool knownIntact( const FileState &state )
{
  std::lock_guard<std::mutex> lock( sMutex );
  const auto it = sIntact.find( { state.device, state.inode } );
  return it != sIntact.end() && it->second == state;
}

void rememberIntact( const FileState &state )
{
  std::lock_guard<std::mutex> lock( sMutex );
  sIntact[{ state.device, state.inode }] = state;
}
} // namespace

std::optional<std::string> findDamage( Database &db )
{
  const int64_t bytes = db.queryInt( "PRAGMA main.page_count" ) * db.queryInt( "PRAGMA main.page_size" );
  // A connection that reads much (the importer's) has a big page cache; the check reads every page once and
  // needs none of them again, so it runs with a small cache and gives the memory back.
  const int64_t cache = db.queryInt( "PRAGMA main.cache_size" );
  const bool shrink = cache < -8192 || cache > 2048;
  if ( shrink )
    db.exec( "PRAGMA main.cache_size = -8192" );
  std::string problems;
  try
  {
    Statement check =
      db.prepare( uint64_t( bytes ) <= kFullIntegrityCheckBytes ? "PRAGMA main.integrity_check(5)"
                                                                : "PRAGMA main.quick_check(5)" );
    while ( check.step() )
    {
      const std::string line = check.text( 0 );
      if ( line == "ok" )
        continue;
      problems += ( problems.empty() ? "" : "; " ) + line;
    }
  }
  catch ( const SqlError & )
  {
    if ( shrink )
      db.exec( "PRAGMA main.cache_size = " + std::to_string( cache ) );
    throw;
  }
  if ( shrink )
    db.exec( "PRAGMA main.cache_size = " + std::to_string( cache ) );
  if ( problems.empty() )
    return std::nullopt;
  return problems;
}

Status checkIntact( Database &db )
{
  const std::string path = mainFile( db );
  if ( path.empty() )
    return Done{};
  const std::optional<FileState> before = stateOf( path );
  if ( before && knownIntact( *before ) )
    return Done{};
  std::optional<std::string> damage;
  try
  {
    damage = findDamage( db );
  }
  catch ( const SqlError &e )
  {
    if ( !e.isDamage() )
      throw;
    damage = e.what();
  }
  if ( damage )
    return Error( MessageCode::ProjectDamaged, db.path().empty() ? path : db.path(), *damage );
  // Remembered only when nothing changed the file while it was read.
  if ( before && stateOf( path ) == before )
    rememberIntact( *before );
  return Done{};
}

void noteOwnCommit( Database &db )
{
  const std::string path = mainFile( db );
  if ( path.empty() )
    return;
  if ( const std::optional<FileState> state = stateOf( path ) )
    rememberIntact( *state );
}

namespace
{
std::map<std::pair<dev_t, ino_t>, int> sWriting;

std::optional<std::pair<dev_t, ino_t>> identityOf( const std::string &path )
{
  struct stat file
  {
  };
  if ( path.empty() || ::stat( path.c_str(), &file ) != 0 )
    return std::nullopt;
  return std::make_pair( file.st_dev, file.st_ino );
}
} // namespace

void noteWriting( Database &db, bool writing )
{
  const auto identity = identityOf( mainFile( db ) );
  if ( !identity )
    return;
  std::lock_guard<std::mutex> lock( sMutex );
  int &count = sWriting[*identity];
  count += writing ? 1 : -1;
  if ( count <= 0 )
    sWriting.erase( *identity );
}

bool writtenByThisProcess( const std::string &path )
{
  const auto identity = identityOf( path );
  if ( !identity )
    return false;
  std::lock_guard<std::mutex> lock( sMutex );
  return sWriting.count( *identity ) > 0;
}

void forgetIntactFiles()
{
  std::lock_guard<std::mutex> lock( sMutex );
  sIntact.clear();
}

} // namespace tryggkarta

#include "integrity.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

namespace tryggkarta
{

namespace
{
//! The file's identity and the state a write changes: size, modification and status-change times, of the file
//! and of a write-ahead log beside it (where a program using WAL mode writes its changes first). The
//! status-change time cannot be set back by a program: any write through the file system moves it.
struct FileState
{
  dev_t device = 0;
  ino_t inode = 0;
  //! Size, modification and status-change times of the file and of its write-ahead log (-1 without one),
  //! SQLite's file change counter (the header's bytes 24-27, moved by every commit in rollback mode) and the
  //! log's salts (new whenever the log starts over): the contents' own account, for file systems whose times
  //! are coarse or set by another computer.
  std::array<int64_t, 8> written{};
  int64_t capturedAt = 0; //!< when it was read (not part of the state)
  //! On a local file system with sub-second times (not part of the state): its times come from this
  //! computer's clock at every tick. A network file system's come from the server's, which may be off.
  bool fineLocalClock = false;
  bool operator==( const FileState &other ) const
  {
    return device == other.device && inode == other.inode && written == other.written;
  }
};

int64_t nanoseconds( const timespec &time )
{
  return int64_t( time.tv_sec ) * 1000000000 + time.tv_nsec;
}

//! Eight bytes at an offset of a file as a number, or -1 when they cannot be read.
int64_t bytesAt( const std::string &path, off_t offset, size_t count )
{
  const int file = ::open( path.c_str(), O_RDONLY | O_CLOEXEC );
  if ( file < 0 )
    return -1;
  unsigned char bytes[8] = {};
  const ssize_t read = ::pread( file, bytes, count, offset );
  ::close( file );
  if ( read != static_cast<ssize_t>( count ) )
    return -1;
  uint64_t value = 0;
  for ( size_t i = 0; i < count; ++i )
    value = ( value << 8 ) | bytes[i];
  return static_cast<int64_t>( value );
}

int64_t nowNanoseconds()
{
  timespec now{};
  ::clock_gettime( CLOCK_REALTIME, &now );
  return int64_t( now.tv_sec ) * 1000000000 + now.tv_nsec;
}

//! File systems whose times a server sets (NFS, SMB/CIFS, FUSE, Ceph, AFS, 9P).
bool networkFileSystem( const std::string &path )
{
  struct statfs info
  {
  };
  if ( ::statfs( path.c_str(), &info ) != 0 )
    return true; // unknown: as if remote
  switch ( static_cast<unsigned long>( info.f_type ) )
  {
  case 0x6969UL:     // NFS
  case 0x517BUL:     // SMB
  case 0xFF534D42UL: // CIFS
  case 0xFE534D42UL: // SMB2
  case 0x65735546UL: // FUSE
  case 0x00C36400UL: // Ceph
  case 0x5346414FUL: // AFS
  case 0x01021997UL: // 9P
    return true;
  default:
    return false;
  }
}

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
  state.capturedAt = nowNanoseconds();
  state.fineLocalClock =
    ( file.st_mtim.tv_nsec != 0 || file.st_ctim.tv_nsec != 0 ) && !networkFileSystem( path );
  state.device = file.st_dev;
  state.inode = file.st_ino;
  state.written = { file.st_size,
                    nanoseconds( file.st_mtim ),
                    nanoseconds( file.st_ctim ),
                    hasLog ? int64_t( log.st_size ) : -1,
                    hasLog ? nanoseconds( log.st_mtim ) : -1,
                    hasLog ? nanoseconds( log.st_ctim ) : -1,
                    bytesAt( path, 24, 4 ),
                    hasLog ? bytesAt( path + "-wal", 16, 8 ) : -1 };
  return state;
}

/**
 * Files found whole are also remembered across processes, in the user's cache folder, by their identity and
 * state only (no path or name): one command checks a big project, the next ones on the unchanged file need
 * not (the check reads the whole file: 0.6 s for a million incidents). Empty when there is no cache folder.
 */
std::string intactListPath()
{
  if ( const char *disabled = std::getenv( "TRYGGKARTA_NO_INTACT_CACHE" ); disabled && *disabled )
    return {};
  const std::string folder = userCacheFolder();
  return folder.empty() ? std::string() : folder + "/intact-files";
}

constexpr size_t kRememberedFiles = 200;

std::string lineOf( const FileState &state )
{
  std::string line =
    std::to_string( uint64_t( state.device ) ) + ' ' + std::to_string( uint64_t( state.inode ) );
  for ( int64_t value : state.written )
    line += ' ' + std::to_string( value );
  return line;
}

std::vector<std::string> rememberedLines( const std::string &listPath )
{
  std::vector<std::string> lines;
  std::ifstream in( listPath );
  std::string line;
  while ( std::getline( in, line ) && lines.size() < 4 * kRememberedFiles )
    lines.push_back( line );
  return lines;
}

bool knownIntactOnDisk( const FileState &state )
{
  const std::string listPath = intactListPath();
  if ( listPath.empty() )
    return false;
  const std::string wanted = lineOf( state );
  for ( const std::string &line : rememberedLines( listPath ) )
    if ( line == wanted )
      return true;
  return false;
}

//! A file changed within this many nanoseconds of now may change again within the same tick of the file
//! system's clock without its times moving: it is remembered in this process only. A file system that keeps
//! sub-second times moves them at every tick of the kernel's clock (a few milliseconds); one that keeps whole
//! seconds (FAT: two) may not move them for up to two seconds.
constexpr int64_t kSettledFineNanoseconds = 50000000;
constexpr int64_t kSettledCoarseNanoseconds = 2000000000;

int64_t settleWindow( const FileState &state )
{
  return state.fineLocalClock ? kSettledFineNanoseconds : kSettledCoarseNanoseconds;
}

//! The last time the file or its log changed.
int64_t lastChange( const FileState &state )
{
  int64_t last = 0;
  for ( size_t i : { 1, 2, 4, 5 } )
    last = std::max( last, state.written[i] );
  return last;
}

//! Whether the file had not changed for a while when its state was read.
bool settled( const FileState &state )
{
  return lastChange( state ) <= state.capturedAt - settleWindow( state );
}

void rememberOnDisk( const FileState &state )
{
  const std::string listPath = intactListPath();
  if ( listPath.empty() || !settled( state ) )
    return;
  const std::string identity =
    std::to_string( uint64_t( state.device ) ) + ' ' + std::to_string( uint64_t( state.inode ) ) + ' ';
  std::vector<std::string> kept;
  for ( std::string &line : rememberedLines( listPath ) )
    if ( line.rfind( identity, 0 ) != 0 )
      kept.push_back( std::move( line ) );
  if ( kept.size() >= kRememberedFiles )
    kept.erase( kept.begin(), kept.end() - static_cast<std::ptrdiff_t>( kRememberedFiles - 1 ) );
  kept.push_back( lineOf( state ) );
  // Written whole beside the list and renamed over it: a reader sees the old list or the new one.
  std::error_code ignored;
  std::filesystem::create_directories( std::filesystem::path( listPath ).parent_path(), ignored );
  std::string temporary = listPath + ".XXXXXX"; // a file of its own: other threads and processes write too
  const int descriptor = ::mkstemp( temporary.data() );
  if ( descriptor < 0 )
    return;
  ::close( descriptor );
  {
    std::ofstream out( temporary, std::ios::trunc );
    for ( const std::string &line : kept )
      out << line << '\n';
    if ( !out.flush() )
    {
      std::filesystem::remove( temporary, ignored );
      return;
    }
  }
  if ( std::rename( temporary.c_str(), listPath.c_str() ) != 0 )
    std::filesystem::remove( temporary, ignored );
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
  {
    std::lock_guard<std::mutex> lock( sMutex );
    const auto it = sIntact.find( { state.device, state.inode } );
    if ( it != sIntact.end() && it->second == state )
      return true;
  }
  if ( !knownIntactOnDisk( state ) )
    return false;
  std::lock_guard<std::mutex> lock( sMutex );
  sIntact[{ state.device, state.inode }] = state;
  return true;
}

void rememberIntact( const FileState &state )
{
  {
    std::lock_guard<std::mutex> lock( sMutex );
    const auto it = sIntact.find( { state.device, state.inode } );
    if ( it != sIntact.end() && it->second == state )
      return;
    sIntact[{ state.device, state.inode }] = state;
  }
  rememberOnDisk( state );
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

namespace
{
//! A check of a file in a given state under way in some thread of this process: another thread wanting the
//! same answer waits for it rather than reading the whole file a second time (the app checks a project in
//! the background when it opens; a save or an edit meanwhile asks too).
struct CheckUnderWay
{
  FileState state;
  bool finished = false;
  bool answered = false; //!< false when the check could not read the file (the waiter then checks itself)
  std::optional<std::string> damage;
};
std::vector<std::shared_ptr<CheckUnderWay>> sUnderWay; // guarded by sMutex
std::atomic<uint64_t> sChecksMade{ 0 };
std::condition_variable sCheckFinished;

std::optional<std::string> damageOf( Database &db )
{
  ++sChecksMade;
  try
  {
    return findDamage( db );
  }
  catch ( const SqlError &e )
  {
    if ( !e.isDamage() )
      throw;
    return std::string( e.what() );
  }
}
} // namespace

uint64_t integrityChecksMade()
{
  return sChecksMade;
}

Status checkIntact( Database &db )
{
  const std::string path = mainFile( db );
  if ( path.empty() )
    return Done{};
  const std::optional<FileState> before = stateOf( path );
  if ( before && knownIntact( *before ) )
    return Done{};
  std::shared_ptr<CheckUnderWay> mine;
  if ( before )
  {
    std::unique_lock<std::mutex> lock( sMutex );
    const auto same = std::find_if( sUnderWay.begin(), sUnderWay.end(),
                                    [&]( const auto &check ) { return check->state == *before; } );
    if ( same != sUnderWay.end() )
    {
      const std::shared_ptr<CheckUnderWay> theirs = *same;
      sCheckFinished.wait( lock, [&] { return theirs->finished; } );
      if ( theirs->answered )
      {
        if ( theirs->damage )
          return Error( MessageCode::ProjectDamaged, db.path().empty() ? path : db.path(), *theirs->damage );
        return Done{};
      }
    }
    else
    {
      mine = std::make_shared<CheckUnderWay>();
      mine->state = *before;
      sUnderWay.push_back( mine );
    }
  }
  // Whatever happens below (an answer, an exception), waiting threads are let go, once.
  auto finish = [&mine]( bool answered, const std::optional<std::string> &damage )
  {
    if ( !mine )
      return;
    {
      std::lock_guard<std::mutex> lock( sMutex );
      mine->finished = true;
      mine->answered = answered;
      mine->damage = damage;
      sUnderWay.erase( std::remove( sUnderWay.begin(), sUnderWay.end(), mine ), sUnderWay.end() );
    }
    mine.reset();
    sCheckFinished.notify_all();
  };
  struct LetGo
  {
    std::function<void()> let;
    ~LetGo() { let(); }
  } letGo{ [&finish] { finish( false, std::nullopt ); } };
  const std::optional<std::string> damage = damageOf( db );
  if ( damage )
  {
    finish( true, damage );
    return Error( MessageCode::ProjectDamaged, db.path().empty() ? path : db.path(), *damage );
  }
  // Remembered only when nothing changed the file while it was read; a waiter for a file that changed
  // meanwhile checks it itself.
  const bool unchanged = before && stateOf( path ) == before;
  if ( unchanged )
    rememberIntact( *before );
  finish( unchanged, std::nullopt );
  return Done{};
}

void rememberIntactWhenSettled( Database &db )
{
  const std::string path = mainFile( db );
  if ( path.empty() || intactListPath().empty() )
    return;
  const std::optional<FileState> state = stateOf( path );
  if ( !state )
    return;
  {
    std::lock_guard<std::mutex> lock( sMutex );
    const auto it = sIntact.find( { state->device, state->inode } );
    if ( it == sIntact.end() || !( it->second == *state ) )
      return; // not known whole as it is now
  }
  if ( knownIntactOnDisk( *state ) )
    return;
  const int64_t window = settleWindow( *state );
  if ( window > kSettledFineNanoseconds )
    return; // whole seconds: not worth the wait
  const int64_t wait = lastChange( *state ) + window - nowNanoseconds();
  if ( wait > window )
    return; // times in the future (a clock set wrong): never settled
  if ( wait > 0 )
    std::this_thread::sleep_for( std::chrono::nanoseconds( wait + 1000000 ) );
  // Unchanged since it was found whole, and now past the clock's tick: any later change moves its times.
  const std::optional<FileState> again = stateOf( path );
  if ( again && *again == *state && settled( *again ) )
    rememberOnDisk( *again );
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

std::string userCacheFolder()
{
  if ( const char *cache = std::getenv( "XDG_CACHE_HOME" ); cache && *cache == '/' )
    return std::string( cache ) + "/tryggkarta";
  if ( const char *home = std::getenv( "HOME" ); home && *home == '/' )
    return std::string( home ) + "/.cache/tryggkarta";
  return {};
}

std::optional<std::string> settledFileStamp( const std::string &path )
{
  const std::optional<FileState> state = stateOf( path );
  if ( !state || !settled( *state ) )
    return std::nullopt;
  return lineOf( *state );
}

bool intactRememberedOnDisk( const std::string &path )
{
  const std::optional<FileState> state = stateOf( path );
  return state && knownIntactOnDisk( *state );
}

} // namespace tryggkarta

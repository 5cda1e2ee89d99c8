#include "storecache.h"

#include "database.h"
#include "integrity.h"

#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tryggkarta
{

namespace
{
namespace fs = std::filesystem;

constexpr char kMagic[8] = { 'T', 'K', 'S', 'T', 'O', 'R', 'E', '2' };
constexpr uint32_t kByteOrder = 0x01020304;
constexpr size_t kKeptStores = 4;

//! The cache file of a project file (by its identity: the stamp's device and inode), or empty.
std::string cacheFileFor( const std::string &stamp )
{
  const std::string folder = incidentStoreCacheFolder();
  if ( folder.empty() )
    return {};
  // "device inode ..." -> "device-inode.store"
  const size_t first = stamp.find( ' ' );
  const size_t second = first == std::string::npos ? first : stamp.find( ' ', first + 1 );
  if ( second == std::string::npos )
    return {};
  return folder + "/" + stamp.substr( 0, first ) + "-" + stamp.substr( first + 1, second - first - 1 ) +
         ".store";
}

class Writer
{
public:
  explicit Writer( std::ofstream &out ) : mOut( out ) {}
  void raw( const void *data, size_t bytes ) { mOut.write( static_cast<const char *>( data ), bytes ); }
  void u64( uint64_t value ) { raw( &value, sizeof value ); }
  void text( const std::string &value )
  {
    u64( value.size() );
    raw( value.data(), value.size() );
  }
  void texts( const std::vector<std::string> &values )
  {
    u64( values.size() );
    for ( const std::string &value : values )
      text( value );
  }
  template <typename T>
  void column( const std::vector<T> &values )
  {
    raw( values.data(), values.size() * sizeof( T ) );
  }

private:
  std::ofstream &mOut;
};

class Reader
{
public:
  explicit Reader( std::ifstream &in ) : mIn( in ) {}
  bool raw( void *data, size_t bytes )
  {
    mIn.read( static_cast<char *>( data ), static_cast<std::streamsize>( bytes ) );
    return static_cast<size_t>( mIn.gcount() ) == bytes;
  }
  bool u64( uint64_t &value ) { return raw( &value, sizeof value ); }
  bool text( std::string &value, size_t limit )
  {
    uint64_t size = 0;
    if ( !u64( size ) || size > limit )
      return false;
    value.resize( size );
    return raw( value.data(), size );
  }
  bool texts( std::vector<std::string> &values, size_t count, size_t limit )
  {
    uint64_t size = 0;
    if ( !u64( size ) || size > count )
      return false;
    values.resize( size );
    for ( std::string &value : values )
      if ( !text( value, limit ) )
        return false;
    return true;
  }
  template <typename T>
  bool column( std::vector<T> &values, size_t rows )
  {
    values.resize( rows );
    return raw( values.data(), rows * sizeof( T ) );
  }

private:
  std::ifstream &mIn;
};

//! Reads a cache file written for this stamp; nothing when it is another file's, another format, or damaged.
std::optional<IncidentStore> readCache( const std::string &path, const std::string &stamp )
{
  std::ifstream in( path, std::ios::binary );
  if ( !in )
    return std::nullopt;
  Reader r( in );
  char magic[8] = {};
  uint32_t order = 0;
  std::string written;
  uint64_t rows = 0;
  if ( !r.raw( magic, sizeof magic ) || std::memcmp( magic, kMagic, sizeof magic ) != 0 ||
       !r.raw( &order, sizeof order ) || order != kByteOrder || !r.text( written, 4096 ) ||
       written != stamp || !r.u64( rows ) || rows > ( uint64_t( 1 ) << 32 ) )
    return std::nullopt;
  IncidentStore store;
  if ( !r.texts( store.categories, 65535, 1 << 16 ) || !r.texts( store.organisations, 65535, 1 << 16 ) ||
       !r.texts( store.sources, 255, 1 << 16 ) || store.organisations.empty() ||
       !store.organisations.front().empty() )
    return std::nullopt;
  const auto n = static_cast<size_t>( rows );
  // The columns must fill the rest of the file exactly (53 bytes a row) before anything is allocated for
  // them: a damaged count is refused, not trusted.
  const std::streamoff at = in.tellg();
  in.seekg( 0, std::ios::end );
  const std::streamoff end = in.tellg();
  in.seekg( at );
  constexpr uint64_t rowBytes = 5 * 8 + 8 + 2 + 2 + 1 + 1 + 1;
  if ( at < 0 || end < at || uint64_t( end - at ) != rows * rowBytes )
    return std::nullopt;
  if ( !r.column( store.fid, n ) || !r.column( store.x, n ) || !r.column( store.y, n ) ||
       !r.column( store.fromUtc, n ) || !r.column( store.untilUtc, n ) || !r.column( store.weight, n ) ||
       !r.column( store.category, n ) || !r.column( store.organisation, n ) || !r.column( store.source, n ) ||
       !r.column( store.precision, n ) || !r.column( store.flags, n ) )
    return std::nullopt;
  char extra = 0;
  if ( in.read( &extra, 1 ) || in.gcount() != 0 )
    return std::nullopt; // longer than written: not ours
  // Every index in its dictionary, fids ascending (rowOf relies on it), codes in range.
  for ( size_t row = 0; row < n; ++row )
    if ( store.category[row] >= store.categories.size() ||
         store.organisation[row] >= store.organisations.size() || store.source[row] >= store.sources.size() ||
         store.precision[row] > 5 || store.flags[row] > 7 ||
         ( row > 0 && store.fid[row] <= store.fid[row - 1] ) )
      return std::nullopt;
  return store;
}

void writeCache( const std::string &path, const std::string &stamp, const IncidentStore &store )
{
  std::error_code ignored;
  const fs::path folder = fs::path( path ).parent_path();
  fs::create_directories( folder, ignored );
  ::chmod( folder.c_str(), 0700 );
  // A file of its own (another thread or process may be writing the same project's cache), private to the
  // user from the first byte.
  std::string temporary = path + ".XXXXXX";
  const int descriptor = ::mkstemp( temporary.data() );
  if ( descriptor < 0 )
    return;
  ::fchmod( descriptor, 0600 );
  ::close( descriptor );
  {
    std::ofstream out( temporary, std::ios::binary | std::ios::trunc );
    Writer w( out );
    w.raw( kMagic, sizeof kMagic );
    w.raw( &kByteOrder, sizeof kByteOrder );
    w.text( stamp );
    w.u64( store.size() );
    w.texts( store.categories );
    w.texts( store.organisations );
    w.texts( store.sources );
    w.column( store.fid );
    w.column( store.x );
    w.column( store.y );
    w.column( store.fromUtc );
    w.column( store.untilUtc );
    w.column( store.weight );
    w.column( store.category );
    w.column( store.organisation );
    w.column( store.source );
    w.column( store.precision );
    w.column( store.flags );
    if ( !out.flush() )
    {
      out.close();
      fs::remove( temporary, ignored );
      return;
    }
  }
  if ( std::rename( temporary.c_str(), path.c_str() ) != 0 )
  {
    fs::remove( temporary, ignored );
    return;
  }
  // The least recently used beyond the few kept go.
  // (Temporary files a crashed writer left, an hour old, go too.)
  std::vector<std::pair<fs::file_time_type, fs::path>> stores;
  const auto hourAgo = fs::file_time_type::clock::now() - std::chrono::hours( 1 );
  for ( const auto &entry : fs::directory_iterator( folder, ignored ) )
  {
    if ( entry.path().extension() == ".store" )
      stores.emplace_back( entry.last_write_time( ignored ), entry.path() );
    else if ( entry.path().filename().string().find( ".store." ) != std::string::npos &&
              entry.last_write_time( ignored ) < hourAgo )
      fs::remove( entry.path(), ignored );
  }
  if ( stores.size() > kKeptStores )
  {
    std::sort( stores.begin(), stores.end() );
    for ( size_t i = 0; i + kKeptStores < stores.size(); ++i )
      fs::remove( stores[i].second, ignored );
  }
}
} // namespace

std::string incidentStoreCacheFolder()
{
  if ( const char *disabled = std::getenv( "TRYGGKARTA_NO_STORE_CACHE" ); disabled && *disabled )
    return {};
  const std::string folder = userCacheFolder();
  return folder.empty() ? std::string() : folder + "/stores";
}

namespace
{
//! Whether the connection sees the file as it is on disk: not inside a transaction of its own, whose changes
//! the file's state does not show yet.
bool seesFileAsStored( Database &db )
{
  return !db.path().empty() && sqlite3_get_autocommit( db.handle() ) != 0;
}
} // namespace

std::optional<IncidentStore> cachedIncidentStore( Database &db )
{
  if ( !seesFileAsStored( db ) )
    return std::nullopt;
  const std::optional<std::string> stamp = settledFileStamp( db.path() );
  if ( !stamp )
    return std::nullopt;
  const std::string path = cacheFileFor( *stamp );
  if ( path.empty() )
    return std::nullopt;
  std::optional<IncidentStore> store = readCache( path, *stamp );
  if ( store )
  {
    // Used: kept the longest.
    std::error_code ignored;
    fs::last_write_time( path, fs::file_time_type::clock::now(), ignored );
  }
  return store;
}

Expected<IncidentStore> loadIncidentStore( Database &db, const ProgressCallback &progress )
{
  if ( std::optional<IncidentStore> cached = cachedIncidentStore( db ) )
  {
    if ( progress )
      progress( 1 );
    return std::move( *cached );
  }
  const std::optional<std::string> before =
    seesFileAsStored( db ) ? settledFileStamp( db.path() ) : std::nullopt;
  Expected<IncidentStore> store = IncidentStore::load( db, progress );
  if ( !store || !before )
    return store;
  // Cached only when nothing wrote to the file while it was read.
  if ( settledFileStamp( db.path() ) == before )
    if ( const std::string path = cacheFileFor( *before ); !path.empty() )
      writeCache( path, *before, store.value() );
  return store;
}

} // namespace tryggkarta

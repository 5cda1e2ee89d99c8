#include "projectfile.h"

#include "integrity.h"
#include "interruption.h"
#include "schema.h"

#include <gdal_priv.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

namespace tryggkarta
{

namespace fs = std::filesystem;

namespace
{
constexpr const char *kSchemaKey = "schema_version";

std::string timestampForFileName()
{
  const std::time_t now = std::time( nullptr );
  std::tm tm{};
  gmtime_r( &now, &tm );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%Y%m%dT%H%M%SZ", &tm );
  return buffer;
}

//! Checks the SQLite header without opening the file through SQLite, so nothing can be written to it.
std::optional<Message> checkSqliteHeader( const std::string &path )
{
  std::error_code ec;
  if ( !fs::exists( path, ec ) )
    return Message::make( MessageCode::FileMissing, path );
  if ( fs::is_directory( path, ec ) )
    return Message::make( MessageCode::ProjectIsFolder, path );
  const auto size = fs::file_size( path, ec );
  if ( ec )
    return Message::make( MessageCode::FileReadFailed, path, ec.message() );
  if ( size == 0 )
    return Message::make( MessageCode::ProjectFileEmpty, path );
  std::ifstream in( path, std::ios::binary );
  unsigned char header[100] = {};
  in.read( reinterpret_cast<char *>( header ), sizeof header );
  if ( in.gcount() < 100 ||
       std::string( reinterpret_cast<char *>( header ), 16 ) != std::string( "SQLite format 3\0", 16 ) )
    return Message::make( MessageCode::ProjectNotSqlite, path );
  uint32_t pageSize = ( header[16] << 8 ) | header[17];
  if ( pageSize == 1 )
    pageSize = 65536;
  const uint32_t pageCount = ( uint32_t( header[28] ) << 24 ) | ( uint32_t( header[29] ) << 16 ) |
                             ( uint32_t( header[30] ) << 8 ) | uint32_t( header[31] );
  if ( pageCount > 0 && uint64_t( pageSize ) * pageCount > size )
    return Message::make( MessageCode::ProjectTruncated, path, static_cast<uint64_t>( size ),
                          uint64_t( pageSize ) * pageCount );
  return std::nullopt;
}

//! Creates an empty GeoPackage with GDAL, so the base tables are exactly what GDAL and QGIS expect.
Status createEmptyGeoPackage( const std::string &path, const std::string &shown )
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  if ( !driver )
    return Error( MessageCode::ProjectNoGeoPackageDriver );
  CPLErrorReset();
  GDALDataset *dataset = driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr );
  if ( !dataset )
    return Error( MessageCode::ProjectCannotCreateFile, shown, CPLGetLastErrorMsg() );
  GDALClose( dataset );
  return Done();
}
} // namespace

std::string utcNowIso()
{
  const auto now = std::chrono::system_clock::now();
  const auto millis =
    std::chrono::duration_cast<std::chrono::milliseconds>( now.time_since_epoch() ).count() % 1000;
  const std::time_t t = std::chrono::system_clock::to_time_t( now );
  std::tm tm{};
  gmtime_r( &t, &tm );
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                 tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>( millis ) );
  return buffer;
}

std::unique_ptr<Database> openSessionConnection( const std::string &path )
{
  try
  {
    auto connection = std::make_unique<Database>( path, Database::Mode::ReadWrite );
    connection->exec( "PRAGMA journal_mode = DELETE" );
    return connection;
  }
  catch ( const SqlError & )
  {
    return nullptr;
  }
}

void migrate( Database &db, int fromVersion, int toVersion )
{
  Transaction transaction( db );
  for ( const Migration &migration : migrations() )
  {
    if ( migration.version <= fromVersion || migration.version > toVersion )
      continue;
    migration.apply( db );
    Statement set = db.prepare( "INSERT INTO tryggkarta_meta (key, value) VALUES (?, ?) "
                                "ON CONFLICT(key) DO UPDATE SET value = excluded.value" );
    set.bind( 1, kSchemaKey ).bind( 2, std::to_string( migration.version ) );
    set.run();
  }
  transaction.commit();
}

ProjectFile::ProjectFile( std::string path, Database db ) : mPath( std::move( path ) ), mDb( std::move( db ) )
{
  mProjectSrsId =
    static_cast<int>( mDb.queryInt( "SELECT value FROM tryggkarta_meta WHERE key = 'project_srs'", 3006 ) );
}

std::string newFileWorkPath( const std::string &path )
{
  const fs::path target( path );
  // The extension kept last, as GDAL asks of a GeoPackage.
  return ( target.parent_path() /
           ( "." + target.stem().string() + ".tryggkarta-new" + target.extension().string() ) )
    .string();
}

namespace
{
//! A database file and what SQLite keeps beside it.
void removeWithJournals( const std::string &file )
{
  std::error_code ec;
  for ( const char *suffix : { "", "-journal", "-wal", "-shm" } )
    fs::remove( file + suffix, ec );
}
} // namespace

void removeNewFileWork( const std::string &path )
{
  removeWithJournals( newFileWorkPath( path ) );
}

namespace
{
//! The folder's entry made durable (a move is an entry of the folder, not of the file).
void syncFolderOf( const std::string &path )
{
  const std::string folder = fs::path( path ).parent_path().string();
  const int descriptor = ::open( folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC );
  if ( descriptor < 0 )
    return;
  ::fsync( descriptor );
  ::close( descriptor );
}
} // namespace

Status placeNewFile( const std::string &made, const std::string &path )
{
  // Moved without ever replacing an existing file: in place whole or not at all.
  if ( ::renameat2( AT_FDCWD, made.c_str(), AT_FDCWD, path.c_str(), RENAME_NOREPLACE ) == 0 )
  {
    syncFolderOf( path );
    return Done();
  }
  int error = errno;
  if ( error == EEXIST )
    return Error( MessageCode::ProjectExists, path );
  if ( error != EINVAL && error != ENOSYS && error != ENOTSUP )
    return Error( MessageCode::ProjectCannotCreateFile, path, std::strerror( error ) );
  // A file system without that kind of move: a hard link, which never replaces a file either.
  if ( ::link( made.c_str(), path.c_str() ) == 0 )
  {
    std::error_code ec;
    fs::remove( made, ec );
    syncFolderOf( path );
    return Done();
  }
  error = errno;
  if ( error == EEXIST )
    return Error( MessageCode::ProjectExists, path );
  std::error_code ec;
  if ( error == EPERM || error == ENOTSUP || error == EXDEV || error == ENOSYS ) // nor hard links
  {
    if ( fs::exists( path, ec ) )
      return Error( MessageCode::ProjectExists, path );
    fs::rename( made, path, ec );
    if ( !ec )
    {
      syncFolderOf( path );
      return Done();
    }
    return Error( MessageCode::ProjectCannotCreateFile, path, ec.message() );
  }
  return Error( MessageCode::ProjectCannotCreateFile, path, std::strerror( error ) );
}

Status createProjectFileAt( const std::string &work, const std::string &shown, int projectSrsId )
{
  removeWithJournals( work );
  const Status created = createEmptyGeoPackage( work, shown );
  if ( !created )
    return created;
  try
  {
    Database db( work, Database::Mode::ReadWrite );
    migrate( db, 0, currentSchemaVersion() );
    if ( projectSrsId != kDefaultProjectSrsId )
    {
      Transaction transaction( db );
      ensureSpatialRefSys( db, projectSrsId );
      for ( const std::string &table : projectFeatureTables() )
      {
        Statement update = db.prepare( "UPDATE gpkg_geometry_columns SET srs_id = ? WHERE table_name = ?" );
        update.bind( 1, projectSrsId ).bind( 2, table );
        update.run();
        Statement contents = db.prepare( "UPDATE gpkg_contents SET srs_id = ? WHERE table_name = ?" );
        contents.bind( 1, projectSrsId ).bind( 2, table );
        contents.run();
      }
      db.exec( "UPDATE tryggkarta_meta SET value = '" + std::to_string( projectSrsId ) +
               "' WHERE key = 'project_srs'" );
      transaction.commit();
    }
    Statement stamp = db.prepare( "INSERT INTO tryggkarta_meta (key, value) VALUES ('created_at', ?)" );
    stamp.bind( 1, utcNowIso() );
    stamp.run();
    return Done();
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectCreateFailed, shown, e.what() );
  }
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::create( const std::string &path, int projectSrsId )
{
  std::error_code ec;
  if ( fs::exists( path, ec ) )
    return Error( MessageCode::ProjectExists, path );
  // Made under a name of its own beside the file and moved to its name when whole: a project interrupted
  // while it is made (a kill, a full disk) is never found half made, and the next attempt starts again.
  removeNewFileWork( path );
  const std::string work = newFileWorkPath( path );
  if ( const Status created = createProjectFileAt( work, path, projectSrsId ); !created )
  {
    removeNewFileWork( path );
    return Error( created.error() );
  }
  // (Closed before the move: SQLite names its journal after the path it opened.)
  if ( const Status placed = placeNewFile( work, path ); !placed )
  {
    removeNewFileWork( path );
    return Error( placed.error() );
  }
  try
  {
    Database db( path, Database::Mode::ReadWrite );
    return std::unique_ptr<ProjectFile>( new ProjectFile( path, std::move( db ) ) );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectCreateFailed, path, e.what() );
  }
}

Expected<std::unique_ptr<ProjectFile>> ProjectFile::open( const std::string &path, bool readOnly )
{
  // SQLite first: a file whose change was interrupted is put right before it is judged, since until then it
  // may look truncated, and a read-only connection cannot read it at all.
  std::optional<RecoveredChange> recovered;
  if ( const std::optional<InterruptedChange> interrupted = findInterruptedChange( path ) )
  {
    auto done = recoverInterruptedChange( path, *interrupted );
    if ( !done )
      return Error{ done.error() };
    recovered = std::move( done.value() );
  }
  if ( const std::optional<Message> headerProblem = checkSqliteHeader( path ) )
    return Error{ *headerProblem };
  try
  {
    Database db( path, readOnly ? Database::Mode::ReadOnly : Database::Mode::ReadWrite );
    const int64_t applicationId = db.queryInt( "PRAGMA application_id" );
    if ( applicationId != 0x47504B47 )
      return Error( MessageCode::ProjectNotGeoPackage, path );
    if ( !db.tableExists( "tryggkarta_meta" ) )
      return Error( MessageCode::ProjectNotTryggkarta, path );
    const int version = static_cast<int>(
      db.queryInt( std::string( "SELECT value FROM tryggkarta_meta WHERE key = '" ) + kSchemaKey + "'", 0 ) );
    const int current = currentSchemaVersion();
    if ( version <= 0 )
      return Error( MessageCode::ProjectNoSchemaVersion, path );
    if ( version > current )
      return Error( MessageCode::ProjectNewerSchema, path, version, current );
    std::string backup;
    if ( version < current )
    {
      if ( readOnly )
        return Error( MessageCode::ProjectMigrationNeedsWrite, path, version );
      if ( Status intact = tryggkarta::checkIntact( db ); !intact )
        return Error{ intact.error() };
      db.close();
      backup = path + ".schema" + std::to_string( version ) + "-" + timestampForFileName() + ".bak";
      std::error_code ec;
      fs::copy_file( path, backup, fs::copy_options::overwrite_existing, ec );
      if ( ec )
        return Error( MessageCode::ProjectBackupFailed, path, ec.message() );
      db = Database( path, Database::Mode::ReadWrite );
      migrate( db, version, current );
    }
    auto project = std::unique_ptr<ProjectFile>( new ProjectFile( path, std::move( db ) ) );
    project->mBackupPath = backup;
    if ( recovered )
    {
      project->mRecoveryNote = recovered->note;
      project->mRecoveryBackupPath = recovered->backupPath;
    }
    return project;
  }
  catch ( const DamagedFileError &e )
  {
    return Error{ e.message };
  }
  catch ( const SqlError &e )
  {
    if ( e.isDamage() )
      return Error( MessageCode::ProjectDamaged, path, e.what() );
    return Error( MessageCode::ProjectOpenFailed, path, e.what() );
  }
}

Status ProjectFile::checkIntact()
{
  try
  {
    return tryggkarta::checkIntact( mDb );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectFileReadFailed, mPath, e.what() );
  }
}

int ProjectFile::schemaVersion()
{
  return static_cast<int>(
    mDb.queryInt( std::string( "SELECT value FROM tryggkarta_meta WHERE key = '" ) + kSchemaKey + "'", 0 ) );
}

std::vector<Category> ProjectFile::categories()
{
  std::vector<Category> result;
  Statement s = mDb.prepare(
    "SELECT code, label_sv, label_en, group_code, color, hidden FROM categories ORDER BY sort_order, fid" );
  while ( s.step() )
    result.push_back(
      Category{ s.text( 0 ), s.text( 1 ), s.text( 2 ), s.text( 3 ), s.text( 4 ), s.int64( 5 ) != 0 } );
  return result;
}

std::vector<std::pair<std::string, int64_t>> ProjectFile::tableCounts()
{
  std::vector<std::pair<std::string, int64_t>> result;
  for ( const char *table : { "incidents", "observations", "safety_walks", "actions", "areas", "categories",
                              "organisations", "import_batches", "import_rejects" } )
    result.emplace_back( table, mDb.queryInt( std::string( "SELECT count(*) FROM " ) + table ) );
  return result;
}

std::vector<std::string> ProjectFile::featureTables()
{
  std::vector<std::string> tables;
  Statement s =
    mDb.prepare( "SELECT table_name FROM gpkg_contents WHERE data_type = 'features' ORDER BY table_name" );
  while ( s.step() )
    tables.push_back( s.text( 0 ) );
  return tables;
}

bool ProjectFile::holdsSyntheticData()
{
  return mDb.queryInt( "SELECT count(*) FROM tryggkarta_meta WHERE key = 'synthetic_data' AND "
                       "lower(value) NOT IN ('0', 'false', 'no', '')" ) > 0;
}

std::string ProjectFile::metaValue( const std::string &key, const std::string &fallback )
{
  Statement s = mDb.prepare( "SELECT value FROM tryggkarta_meta WHERE key = ?" );
  s.bind( 1, key );
  return s.step() ? s.text( 0 ) : fallback;
}

void ProjectFile::setMetaValue( const std::string &key, const std::string &value )
{
  Statement s = mDb.prepare(
    "INSERT INTO tryggkarta_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = "
    "excluded.value" );
  s.bind( 1, key ).bind( 2, value );
  s.run();
}

Status ProjectFile::storeMetaValue( const std::string &key, const std::string &value )
{
  try
  {
    Transaction transaction( mDb );
    if ( value.empty() )
    {
      Statement remove = mDb.prepare( "DELETE FROM tryggkarta_meta WHERE key = ?" );
      remove.bind( 1, key );
      remove.run();
    }
    else
      setMetaValue( key, value );
    transaction.commit();
    return Done{};
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto failure = writeFailureMessage( e, mPath ) )
      return Error{ *failure };
    return Error( MessageCode::EditSaveFailed, e.what() );
  }
}

} // namespace tryggkarta

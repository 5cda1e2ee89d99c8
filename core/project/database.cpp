#include "database.h"

#include "geometryblob.h"
#include "integrity.h"

#include <sqlite3.h>

#include <atomic>

namespace tryggkarta
{

namespace
{
[[noreturn]] void fail( sqlite3 *db, const std::string &what )
{
  throw SqlError( what + ": " + ( db ? sqlite3_errmsg( db ) : "no database" ),
                  db ? sqlite3_extended_errcode( db ) : 0 );
}

// The GeoPackage R-tree triggers call these; GDAL registers them too, so any GPKG tool can write the file.
void envelopeFunction( sqlite3_context *context, sqlite3_value **argv, int which )
{
  if ( sqlite3_value_type( argv[0] ) != SQLITE_BLOB )
  {
    sqlite3_result_null( context );
    return;
  }
  const auto *blob = static_cast<const unsigned char *>( sqlite3_value_blob( argv[0] ) );
  const auto envelope = gpkgEnvelope( blob, sqlite3_value_bytes( argv[0] ) );
  if ( !envelope )
  {
    sqlite3_result_null( context );
    return;
  }
  const double values[4] = { envelope->minX, envelope->maxX, envelope->minY, envelope->maxY };
  sqlite3_result_double( context, values[which] );
}

void stMinX( sqlite3_context *c, int, sqlite3_value **v )
{
  envelopeFunction( c, v, 0 );
}
void stMaxX( sqlite3_context *c, int, sqlite3_value **v )
{
  envelopeFunction( c, v, 1 );
}
void stMinY( sqlite3_context *c, int, sqlite3_value **v )
{
  envelopeFunction( c, v, 2 );
}
void stMaxY( sqlite3_context *c, int, sqlite3_value **v )
{
  envelopeFunction( c, v, 3 );
}
void stIsEmpty( sqlite3_context *context, int, sqlite3_value **argv )
{
  if ( sqlite3_value_type( argv[0] ) != SQLITE_BLOB )
  {
    sqlite3_result_null( context );
    return;
  }
  const auto *blob = static_cast<const unsigned char *>( sqlite3_value_blob( argv[0] ) );
  sqlite3_result_int( context, gpkgIsEmpty( blob, sqlite3_value_bytes( argv[0] ) ) ? 1 : 0 );
}
} // namespace

std::optional<Message> writeFailureMessage( const SqlError &error, const std::string &path )
{
  if ( ( error.code() & 0xff ) == SQLITE_FULL )
    return Message::make( MessageCode::DiskFull, path );
  if ( ( error.code() & 0xff ) == SQLITE_IOERR )
    return Message::make( MessageCode::DiskWriteFailed, path, error.what() );
  if ( ( error.code() & 0xff ) == SQLITE_BUSY || ( error.code() & 0xff ) == SQLITE_LOCKED )
    return Message::make( MessageCode::ProjectBusy, path );
  return std::nullopt;
}

Statement::Statement( sqlite3 *db, std::string_view sql ) : mDb( db )
{
  if ( sqlite3_prepare_v2( db, sql.data(), static_cast<int>( sql.size() ), &mStmt, nullptr ) != SQLITE_OK )
    fail( db, "Could not prepare '" + std::string( sql.substr( 0, 80 ) ) + "'" );
}

Statement::~Statement()
{
  if ( mStmt )
    sqlite3_finalize( mStmt );
}

Statement::Statement( Statement &&other ) noexcept : mDb( other.mDb ), mStmt( other.mStmt )
{
  other.mStmt = nullptr;
}

Statement &Statement::operator=( Statement &&other ) noexcept
{
  if ( this != &other )
  {
    if ( mStmt )
      sqlite3_finalize( mStmt );
    mDb = other.mDb;
    mStmt = other.mStmt;
    other.mStmt = nullptr;
  }
  return *this;
}

Statement &Statement::bind( int index, int64_t value )
{
  if ( sqlite3_bind_int64( mStmt, index, value ) != SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bind( int index, double value )
{
  if ( sqlite3_bind_double( mStmt, index, value ) != SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bind( int index, std::string_view text )
{
  if ( sqlite3_bind_text( mStmt, index, text.data(), static_cast<int>( text.size() ), SQLITE_TRANSIENT ) !=
       SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bindBlob( int index, const void *data, int size )
{
  if ( sqlite3_bind_blob( mStmt, index, data, size, SQLITE_TRANSIENT ) != SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bindStatic( int index, std::string_view text )
{
  if ( sqlite3_bind_text( mStmt, index, text.data(), static_cast<int>( text.size() ), SQLITE_STATIC ) !=
       SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bindBlobStatic( int index, const void *data, int size )
{
  if ( sqlite3_bind_blob( mStmt, index, data, size, SQLITE_STATIC ) != SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bindNull( int index )
{
  if ( sqlite3_bind_null( mStmt, index ) != SQLITE_OK )
    fail( mDb, "bind" );
  return *this;
}

Statement &Statement::bindTextOrNull( int index, std::string_view text )
{
  return text.empty() ? bindNull( index ) : bind( index, text );
}

bool Statement::step()
{
  const int rc = sqlite3_step( mStmt );
  if ( rc == SQLITE_ROW )
    return true;
  if ( rc == SQLITE_DONE )
    return false;
  const std::string message = sqlite3_errmsg( mDb );
  const int code = sqlite3_extended_errcode( mDb );
  sqlite3_reset( mStmt );
  throw SqlError( message, code );
}

void Statement::run()
{
  while ( step() )
  {
  }
  reset();
}

Statement &Statement::bindValueOf( int index, const Statement &source, int column )
{
  if ( sqlite3_bind_value( mStmt, index, sqlite3_column_value( source.mStmt, column ) ) != SQLITE_OK )
    fail( mDb, "Could not bind a value" );
  return *this;
}

void Statement::reset()
{
  sqlite3_reset( mStmt );
  sqlite3_clear_bindings( mStmt );
}

bool Statement::isNull( int column ) const
{
  return sqlite3_column_type( mStmt, column ) == SQLITE_NULL;
}
SqlType Statement::type( int column ) const
{
  switch ( sqlite3_column_type( mStmt, column ) )
  {
  case SQLITE_INTEGER:
    return SqlType::Integer;
  case SQLITE_FLOAT:
    return SqlType::Real;
  case SQLITE_TEXT:
    return SqlType::Text;
  case SQLITE_BLOB:
    return SqlType::Blob;
  default:
    return SqlType::Null;
  }
}
int64_t Statement::int64( int column ) const
{
  return sqlite3_column_int64( mStmt, column );
}
double Statement::real( int column ) const
{
  return sqlite3_column_double( mStmt, column );
}
int Statement::columnCount() const
{
  return sqlite3_column_count( mStmt );
}
std::string Statement::columnName( int column ) const
{
  return sqlite3_column_name( mStmt, column );
}

std::string Statement::text( int column ) const
{
  const auto *p = sqlite3_column_text( mStmt, column );
  return p ? std::string( reinterpret_cast<const char *>( p ), sqlite3_column_bytes( mStmt, column ) )
           : std::string();
}

std::vector<unsigned char> Statement::blob( int column ) const
{
  const auto *p = static_cast<const unsigned char *>( sqlite3_column_blob( mStmt, column ) );
  return p ? std::vector<unsigned char>( p, p + sqlite3_column_bytes( mStmt, column ) )
           : std::vector<unsigned char>();
}

std::string_view Statement::textView( int column ) const
{
  const auto *p = sqlite3_column_text( mStmt, column );
  return p ? std::string_view( reinterpret_cast<const char *>( p ),
                               static_cast<size_t>( sqlite3_column_bytes( mStmt, column ) ) )
           : std::string_view();
}

std::string_view Statement::blobView( int column ) const
{
  const auto *p = static_cast<const char *>( sqlite3_column_blob( mStmt, column ) );
  return p ? std::string_view( p, static_cast<size_t>( sqlite3_column_bytes( mStmt, column ) ) )
           : std::string_view();
}

Database::Database( const std::string &path, Mode mode )
{
  // SQLite's global memory statistics take a mutex on every allocation; nothing here reads them. This only
  // takes effect if SQLite is not initialised yet (GDAL may have done it), which is harmless either way.
  static const int sConfigured = sqlite3_config( SQLITE_CONFIG_MEMSTATUS, 0 );
  (void)sConfigured;
  // One connection is used by one thread at a time (the app gives workers their own), so no mutex per call.
  int flags = SQLITE_OPEN_NOMUTEX;
  switch ( mode )
  {
  case Mode::ReadOnly:
    flags |= SQLITE_OPEN_READONLY;
    break;
  case Mode::ReadWrite:
    flags |= SQLITE_OPEN_READWRITE;
    break;
  case Mode::Create:
    flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    break;
  }
  if ( const int rc = sqlite3_open_v2( path.c_str(), &mDb, flags, nullptr ); rc != SQLITE_OK )
  {
    const std::string message = mDb ? sqlite3_errmsg( mDb ) : "out of memory";
    const int code = mDb ? sqlite3_extended_errcode( mDb ) : rc;
    sqlite3_close( mDb );
    mDb = nullptr;
    throw SqlError( "Could not open " + path + ": " + message, code );
  }
  mPath = path;
  sqlite3_busy_timeout( mDb, 5000 );
  sqlite3_extended_result_codes( mDb, 1 );
  const int fnFlags = SQLITE_UTF8 | SQLITE_DETERMINISTIC;
  sqlite3_create_function( mDb, "ST_MinX", 1, fnFlags, nullptr, stMinX, nullptr, nullptr );
  sqlite3_create_function( mDb, "ST_MaxX", 1, fnFlags, nullptr, stMaxX, nullptr, nullptr );
  sqlite3_create_function( mDb, "ST_MinY", 1, fnFlags, nullptr, stMinY, nullptr, nullptr );
  sqlite3_create_function( mDb, "ST_MaxY", 1, fnFlags, nullptr, stMaxY, nullptr, nullptr );
  sqlite3_create_function( mDb, "ST_IsEmpty", 1, fnFlags, nullptr, stIsEmpty, nullptr, nullptr );
  exec( "PRAGMA foreign_keys = ON" );
}

Database::~Database()
{
  close();
}

Database::Database( Database &&other ) noexcept : mDb( other.mDb ), mPath( std::move( other.mPath ) )
{
  other.mDb = nullptr;
}

Database &Database::operator=( Database &&other ) noexcept
{
  if ( this != &other )
  {
    close();
    mDb = other.mDb;
    mPath = std::move( other.mPath );
    other.mDb = nullptr;
  }
  return *this;
}

void Database::close()
{
  if ( mDb )
  {
    sqlite3_close_v2( mDb );
    mDb = nullptr;
  }
}

void Database::exec( std::string_view sql )
{
  char *message = nullptr;
  const std::string statement( sql );
  if ( sqlite3_exec( mDb, statement.c_str(), nullptr, nullptr, &message ) != SQLITE_OK )
  {
    const std::string text = message ? message : sqlite3_errmsg( mDb );
    const int code = sqlite3_extended_errcode( mDb );
    sqlite3_free( message );
    throw SqlError( text + " (in: " + statement.substr( 0, 120 ) + ")", code );
  }
}

int64_t Database::lastInsertId() const
{
  return sqlite3_last_insert_rowid( mDb );
}
int Database::changes() const
{
  return sqlite3_changes( mDb );
}

bool Database::tableExists( const std::string &name )
{
  Statement s = prepare( "SELECT 1 FROM sqlite_master WHERE type IN ('table','view') AND name = ?" );
  s.bind( 1, name );
  return s.step();
}

int64_t Database::queryInt( std::string_view sql, int64_t fallback )
{
  Statement s = prepare( sql );
  if ( !s.step() || s.isNull( 0 ) )
    return fallback;
  return s.int64( 0 );
}

std::string Database::queryText( std::string_view sql, const std::string &fallback )
{
  Statement s = prepare( sql );
  if ( !s.step() || s.isNull( 0 ) )
    return fallback;
  return s.text( 0 );
}

bool SqlError::isDamage() const
{
  // A schema format number SQLite does not know is a damaged header too; SQLite gives it no code of its own.
  return ( mCode & 0xff ) == SQLITE_CORRUPT || ( mCode & 0xff ) == SQLITE_NOTADB ||
         ( ( mCode & 0xff ) == SQLITE_ERROR &&
           std::string_view( what() ).find( "unsupported file format" ) != std::string_view::npos );
}

Transaction::Transaction( Database &db ) : mDb( db )
{
  if ( mDb.handle() && !sqlite3_get_autocommit( mDb.handle() ) )
  {
    // Nested: the outer transaction checked the file and holds the write lock.
    static std::atomic<int> sCounter{ 0 };
    mSavepoint = "tk_nested_" + std::to_string( ++sCounter );
    mDb.exec( "SAVEPOINT " + mSavepoint );
    return;
  }
  mDb.exec( "BEGIN IMMEDIATE" );
  noteWriting( mDb, true );
  // Checked inside the transaction: with its lock held, no one else can change the file between the check and
  // the writes.
  Status intact = Done{};
  try
  {
    intact = checkIntact( mDb );
  }
  catch ( ... )
  {
    rollback();
    throw;
  }
  if ( !intact )
  {
    rollback();
    throw DamagedFileError( intact.error() );
  }
}

Transaction::~Transaction()
{
  if ( mActive && !mSavepoint.empty() )
  {
    try
    {
      mDb.exec( "ROLLBACK TO " + mSavepoint );
      mDb.exec( "RELEASE " + mSavepoint );
    }
    catch ( const SqlError & )
    {
      // The outer transaction is rolled back by its owner.
    }
    return;
  }
  if ( mActive )
  {
    noteWriting( mDb, false );
    try
    {
      mDb.exec( "ROLLBACK" );
    }
    catch ( const SqlError & )
    {
      // Nothing more can be done in a destructor; SQLite has already rolled back on most errors.
    }
  }
}

void Transaction::commit()
{
  if ( !mSavepoint.empty() )
  {
    mDb.exec( "RELEASE " + mSavepoint );
    mActive = false;
    return;
  }
  mDb.exec( "COMMIT" );
  mActive = false;
  noteWriting( mDb, false );
  // The file was whole when the transaction began and SQLite wrote it; no need to read it all again.
  noteOwnCommit( mDb );
}

void Transaction::rollback()
{
  if ( mActive && !mSavepoint.empty() )
  {
    mActive = false;
    mDb.exec( "ROLLBACK TO " + mSavepoint );
    mDb.exec( "RELEASE " + mSavepoint );
    return;
  }
  if ( mActive )
  {
    mActive = false;
    noteWriting( mDb, false );
    mDb.exec( "ROLLBACK" );
  }
}

} // namespace tryggkarta

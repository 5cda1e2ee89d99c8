#include "sync.h"

#include "database.h"
#include "geometryblob.h"
#include "integrity.h"
#include "json.h"
#include "message.h"
#include "pgconnection.h"
#include "projectfile.h"
#include "rtreepack.h"
#include "shareddatabase.h"
#include "sha256.h"
#include "sharedtables.h"
#include "transactions.h"

#include <gdal_utils.h>
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <charconv>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <random>
#include <set>
#include <tuple>
#include <unordered_map>
#include <variant>

namespace tryggkarta
{

namespace
{

// --- Interruption points for the tests
// ----------------------------------------------------------------------

//! TRYGGKARTA_SYNC_KILL_AT=N kills the process (SIGKILL, as kill -9) at the Nth step of a synchronisation:
//! the tests stop it at every commit on either side and check that the next synchronisation finishes the
//! work.
void killPoint()
{
  static const long killAt = []
  {
    const char *v = std::getenv( "TRYGGKARTA_SYNC_KILL_AT" );
    return v ? std::atol( v ) : 0L;
  }();
  static long step = 0;
  if ( killAt > 0 && ++step == killAt )
    std::raise( SIGKILL );
}

//! TRYGGKARTA_SYNC_TIMING set: how long each phase took, on stderr (for the benchmark's breakdown).
class PhaseTimer
{
public:
  explicit PhaseTimer( const char *what ) : mWhat( what ), mStart( std::chrono::steady_clock::now() ) {}
  ~PhaseTimer()
  {
    static const bool on = std::getenv( "TRYGGKARTA_SYNC_TIMING" ) != nullptr;
    if ( on )
      std::fprintf(
        stderr, "sync %s: %.0f ms\n", mWhat,
        std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - mStart ).count() );
  }

private:
  const char *mWhat;
  std::chrono::steady_clock::time_point mStart;
};

std::string newUuid()
{
  static thread_local std::mt19937_64 random( std::random_device{}() ^
                                              static_cast<uint64_t>( ::time( nullptr ) ) );
  const uint64_t a = random(), b = random();
  unsigned char bytes[16];
  for ( int i = 0; i < 8; ++i )
  {
    bytes[i] = static_cast<unsigned char>( a >> ( 8 * i ) );
    bytes[8 + i] = static_cast<unsigned char>( b >> ( 8 * i ) );
  }
  bytes[6] = static_cast<unsigned char>( ( bytes[6] & 0x0f ) | 0x40 );
  bytes[8] = static_cast<unsigned char>( ( bytes[8] & 0x3f ) | 0x80 );
  static const char *hex = "0123456789abcdef";
  std::string out;
  for ( int i = 0; i < 16; ++i )
  {
    if ( i == 4 || i == 6 || i == 8 || i == 10 )
      out += '-';
    out += hex[bytes[i] >> 4];
    out += hex[bytes[i] & 15];
  }
  return out;
}

std::string toHex( const unsigned char *data, int size )
{
  static const char *hex = "0123456789abcdef";
  std::string out;
  out.reserve( static_cast<size_t>( size ) * 2 );
  for ( int i = 0; i < size; ++i )
  {
    out += hex[data[i] >> 4];
    out += hex[data[i] & 15];
  }
  return out;
}

std::vector<unsigned char> fromHex( const char *text, int length )
{
  auto value = []( char c ) -> int
  {
    if ( c >= '0' && c <= '9' )
      return c - '0';
    if ( c >= 'a' && c <= 'f' )
      return c - 'a' + 10;
    if ( c >= 'A' && c <= 'F' )
      return c - 'A' + 10;
    return 0;
  };
  std::vector<unsigned char> out( static_cast<size_t>( length / 2 ) );
  for ( int i = 0; i + 1 < length; i += 2 )
    out[static_cast<size_t>( i / 2 )] =
      static_cast<unsigned char>( value( text[i] ) * 16 + value( text[i + 1] ) );
  return out;
}

//! A photo in a conflict's two versions: its size and the start of its SHA-256, enough to tell two apart.
std::string blobSummary( const std::vector<unsigned char> &bytes )
{
  Sha256 hash;
  hash.update( bytes.data(), bytes.size() );
  return std::to_string( bytes.size() ) + " bytes, SHA-256 " + hash.hexDigest().substr( 0, 12 );
}

//! Thrown inside the work: the message the synchronisation ends with.
struct SyncStop
{
  Message message;
};

void checkProgress( const ProgressCallback &progress, double fraction )
{
  if ( !reportProgress( progress, fraction ) )
    throw SyncStop{ Message::make( MessageCode::Cancelled ) };
}

// --- The copy's own tables
// ------------------------------------------------------------------------------------

const char *kReplicaSql = R"SQL(
CREATE TABLE IF NOT EXISTS sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS sync_rows (
  tbl TEXT NOT NULL,
  fid INTEGER NOT NULL,
  uuid TEXT NOT NULL,
  version INTEGER NOT NULL,
  owner TEXT,
  restricted INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tbl, fid)
) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS sync_rows_uuid ON sync_rows (tbl, uuid);
CREATE TABLE IF NOT EXISTS sync_changes (
  tbl TEXT NOT NULL,
  fid INTEGER NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('I', 'U', 'D')),
  change_id TEXT,
  sent_change_id TEXT,
  PRIMARY KEY (tbl, fid)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_conflicts (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  tbl TEXT NOT NULL,
  local_fid INTEGER,
  uuid TEXT,
  kind TEXT NOT NULL CHECK (kind IN ('both_changed', 'deleted_there', 'deleted_here', 'refused')),
  server_version INTEGER,
  server_row TEXT,
  local_row TEXT,
  reason TEXT,
  found_at DATETIME NOT NULL,
  resolved_at DATETIME,
  resolution TEXT
);
CREATE INDEX IF NOT EXISTS sync_conflicts_open ON sync_conflicts (tbl, local_fid) WHERE resolved_at IS NULL;
CREATE TABLE IF NOT EXISTS sync_refetch (tbl TEXT NOT NULL, uuid TEXT NOT NULL, PRIMARY KEY (tbl, uuid)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sync_applying (applying INTEGER);
CREATE TABLE IF NOT EXISTS sync_unresolved (
  tbl TEXT NOT NULL,
  fid INTEGER NOT NULL,
  col TEXT NOT NULL,
  uuid TEXT NOT NULL,
  PRIMARY KEY (tbl, fid, col)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS sync_unresolved_uuid ON sync_unresolved (uuid);
)SQL";

std::string triggersSql( const std::string &t )
{
  const std::string q = "'" + t + "'";
  const std::string when = " WHEN NOT EXISTS (SELECT 1 FROM sync_applying) BEGIN ";
  const std::string renew = "sent_change_id = coalesce(change_id, sent_change_id), change_id = NULL";
  std::string sql;
  sql += "CREATE TRIGGER IF NOT EXISTS sync_" + t + "_insert AFTER INSERT ON " + t + when +
         "INSERT INTO sync_changes (tbl, fid, op) VALUES (" + q +
         ", NEW.fid, 'I') ON CONFLICT (tbl, fid) DO UPDATE SET " + renew + "; END;\n";
  sql += "CREATE TRIGGER IF NOT EXISTS sync_" + t + "_update AFTER UPDATE ON " + t + when +
         "INSERT INTO sync_changes (tbl, fid, op) VALUES (" + q +
         ", NEW.fid, 'U') ON CONFLICT (tbl, fid) DO UPDATE SET " + renew + "; END;\n";
  sql += "CREATE TRIGGER IF NOT EXISTS sync_" + t + "_delete AFTER DELETE ON " + t + when +
         "DELETE FROM sync_changes WHERE tbl = " + q +
         " AND fid = OLD.fid AND NOT EXISTS (SELECT 1 FROM sync_rows WHERE tbl = " + q +
         " AND fid = OLD.fid); " + "INSERT INTO sync_changes (tbl, fid, op) SELECT " + q +
         ", OLD.fid, 'D' WHERE EXISTS (SELECT 1 FROM " + "sync_rows WHERE tbl = " + q +
         " AND fid = OLD.fid) ON CONFLICT (tbl, fid) DO UPDATE SET op = 'D', " + renew + "; END;\n";
  return sql;
}

bool isReplica( Database &db )
{
  return db.queryInt( "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'" ) >
           0 &&
         db.queryInt( "SELECT count(*) FROM sync_state WHERE key = 'project_id'" ) > 0;
}

std::string stateValue( Database &db, const std::string &key, const std::string &fallback = std::string() )
{
  Statement s = db.prepare( "SELECT value FROM sync_state WHERE key = ?" );
  s.bind( 1, key );
  return s.step() ? s.text( 0 ) : fallback;
}

void setState( Database &db, const std::string &key, const std::string &value )
{
  Statement s =
    db.prepare( "INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = "
                "excluded.value" );
  s.bind( 1, key ).bind( 2, value );
  s.run();
}

//! Sets the flag that keeps the triggers from recording what the synchronisation itself writes; dropped with
//! the transaction, so a killed synchronisation never leaves it set.
struct Applying
{
  Database &db;
  explicit Applying( Database &d ) : db( d ) { db.exec( "INSERT INTO sync_applying (applying) VALUES (1)" ); }
  //! Before the commit: the flag must never be committed (left unfinished, the rollback takes it away).
  void end() { db.exec( "DELETE FROM sync_applying" ); }
};

// --- A table's columns both ways
// ----------------------------------------------------------------------------

class Codec
{
public:
  Codec( const SharedTable &table, int srid ) : t( table ), mSrid( srid )
  {
    geometryColumns = t.geometryType.empty() ? 0 : t.geometryType == "POINT" ? 2 : 5;
    source = "tryggkarta." + t.name + ( t.vocabulary ? "" : "_lagesbild" );
    select = "uuid::text, version, " + std::string( t.vocabulary ? "NULL::text" : "owner" ) + ", " +
             ( t.restrictable ? "restricted::int" : "0" ) + ", change_id::text";
    if ( geometryColumns == 2 )
      select += ", ST_X(geom)::text, ST_Y(geom)::text";
    else if ( geometryColumns == 5 )
      select += ", encode(ST_AsBinary(geom, 'NDR'), 'hex'), ST_XMin(geom)::text, ST_YMin(geom)::text, "
                "ST_XMax(geom)::text, ST_YMax(geom)::text";
    for ( const auto &c : t.columns )
      select += ", " + sharedSelectExpression( c );
    std::string cols, marks, sets;
    int n = 0;
    if ( geometryColumns )
    {
      cols = "geom";
      marks = "?";
      sets = "geom = ?";
      ++n;
    }
    for ( const auto &c : t.columns )
    {
      cols += ( n ? ", " : "" ) + quoteIdent( c.local() );
      marks += n ? ", ?" : "?";
      sets += ( n ? ", " : "" ) + quoteIdent( c.local() ) + " = ?";
      ++n;
    }
    localColumns = cols;
    localMarks = "(" + marks + ")";
    localColumnCount = n;
    localInsert = "INSERT INTO " + t.name + " (" + cols + ") VALUES (" + marks + ")";
    localUpdate = "UPDATE " + t.name + " SET " + sets + " WHERE fid = ?";
    localSelect = "SELECT fid" + std::string( cols.empty() ? "" : ", " ) + cols + " FROM " + t.name;
  }

  const SharedTable &t;
  int geometryColumns = 0;
  std::string source;
  std::string select; //!< uuid, version, owner, restricted, change_id, the geometry's columns, the columns
  std::string localColumns;
  std::string localInsert;
  std::string localUpdate;
  std::string localSelect;  //!< fid, geom, the columns
  std::string localMarks;   //!< one row's parameters: "(?, ?, ...)"
  int localColumnCount = 0; //!< parameters per row of localInsert

  int firstColumn() const { return 5 + geometryColumns; }

  //! localInsert for n rows in one statement.
  const std::string &localInsertRows( int n )
  {
    std::string &sql = mInsertRows[n];
    if ( sql.empty() )
    {
      sql = "INSERT INTO " + t.name + " (" + localColumns + ") VALUES " + localMarks;
      for ( int i = 1; i < n; ++i )
        sql += ", " + localMarks;
    }
    return sql;
  }

  //! Binds a pulled row's geometry and columns to a local statement from index 1; false when a reference that
  //! cannot be empty could not be found here (the row is one this copy cannot hold).
  template <typename LocalFid>
  bool bind( Statement &s, const PgResult &r, int row, LocalFid localFid,
             std::vector<std::pair<int, std::string>> *unresolved, int first = 1 )
  {
    int index = first;
    if ( geometryColumns == 2 )
    {
      if ( r.isNull( row, 5 ) )
        s.bindNull( index++ );
      else
      {
        const auto blob = encodeGpkgPoint( mSrid, std::strtod( r.raw( row, 5 ), nullptr ),
                                           std::strtod( r.raw( row, 6 ), nullptr ) );
        s.bindBlob( index++, blob.data(), static_cast<int>( blob.size() ) );
      }
    }
    else if ( geometryColumns == 5 )
    {
      if ( r.isNull( row, 5 ) )
        s.bindNull( index++ );
      else
      {
        Envelope e;
        e.minX = std::strtod( r.raw( row, 6 ), nullptr );
        e.minY = std::strtod( r.raw( row, 7 ), nullptr );
        e.maxX = std::strtod( r.raw( row, 8 ), nullptr );
        e.maxY = std::strtod( r.raw( row, 9 ), nullptr );
        const auto blob = encodeGpkgWkb( mSrid, fromHex( r.raw( row, 5 ), r.length( row, 5 ) ), e );
        s.bindBlob( index++, blob.data(), static_cast<int>( blob.size() ) );
      }
    }
    int column = firstColumn();
    for ( const auto &c : t.columns )
    {
      if ( r.isNull( row, column ) )
        s.bindNull( index );
      else if ( c.type == SharedColumnType::Reference )
      {
        const int64_t fid = localFid( c.references, r.text( row, column ) );
        if ( fid > 0 )
          s.bind( index, fid );
        else
        {
          if ( c.notNull )
            return false;
          s.bindNull( index );
          if ( unresolved )
            unresolved->push_back(
              { index, c.local() + "\t" + c.references + "\t" + r.text( row, column ) } );
        }
      }
      else if ( c.type == SharedColumnType::Blob )
      {
        // An empty one stays an empty blob (a null pointer would bind NULL).
        static const unsigned char none = 0;
        const auto bytes = fromHex( r.raw( row, column ), r.length( row, column ) );
        s.bindBlob( index, bytes.empty() ? &none : bytes.data(), static_cast<int>( bytes.size() ) );
      }
      else
        s.bind( index,
                std::string_view( r.raw( row, column ), static_cast<size_t>( r.length( row, column ) ) ) );
      ++index;
      ++column;
    }
    return true;
  }

  std::string serverJson( const PgResult &r, int row ) const
  {
    std::string json = "{";
    bool first = true;
    auto add = [&]( const std::string &key, const std::optional<std::string> &value )
    {
      json += ( first ? "" : ", " ) + jsonString( key ) + ": " +
              ( value ? jsonString( *value ) : std::string( "null" ) );
      first = false;
    };
    if ( geometryColumns == 2 )
      add( "geom", r.isNull( row, 5 ) ? std::nullopt
                                      : std::optional<std::string>( "POINT (" + r.text( row, 5 ) + " " +
                                                                    r.text( row, 6 ) + ")" ) );
    else if ( geometryColumns == 5 )
      add( "geom", r.isNull( row, 5 )
                     ? std::nullopt
                     : std::optional<std::string>( t.geometryType + " within (" + r.text( row, 6 ) + " " +
                                                   r.text( row, 7 ) + ", " + r.text( row, 8 ) + " " +
                                                   r.text( row, 9 ) + ")" ) );
    int column = firstColumn();
    for ( const auto &c : t.columns )
    {
      if ( c.type == SharedColumnType::Blob && !r.isNull( row, column ) )
        add( c.name, blobSummary( fromHex( r.raw( row, column ), r.length( row, column ) ) ) );
      else
        add( c.name, r.optional( row, column ) );
      ++column;
    }
    return json + "}";
  }

  std::string localJson( Database &db, int64_t fid ) const
  {
    Statement s = db.prepare( localSelect + " WHERE fid = ?" );
    s.bind( 1, fid );
    if ( !s.step() )
      return std::string();
    std::string json = "{";
    bool first = true;
    auto add = [&]( const std::string &key, const std::optional<std::string> &value )
    {
      json += ( first ? "" : ", " ) + jsonString( key ) + ": " +
              ( value ? jsonString( *value ) : std::string( "null" ) );
      first = false;
    };
    int column = 1;
    if ( geometryColumns )
    {
      std::optional<std::string> g;
      if ( !s.isNull( column ) )
      {
        const auto blob = s.blobView( column );
        const auto *data = reinterpret_cast<const unsigned char *>( blob.data() );
        if ( geometryColumns == 2 )
        {
          if ( auto p = decodeGpkgPoint( data, static_cast<int>( blob.size() ) ) )
          {
            char buffer[96];
            std::snprintf( buffer, sizeof buffer, "POINT (%.17g %.17g)", p->first, p->second );
            g = buffer;
          }
        }
        else if ( auto e = gpkgEnvelope( data, static_cast<int>( blob.size() ) ) )
        {
          char buffer[160];
          std::snprintf( buffer, sizeof buffer, "%s within (%.17g %.17g, %.17g %.17g)",
                         t.geometryType.c_str(), e->minX, e->minY, e->maxX, e->maxY );
          g = buffer;
        }
      }
      add( "geom", g );
      ++column;
    }
    for ( const auto &c : t.columns )
    {
      std::optional<std::string> v;
      if ( !s.isNull( column ) )
      {
        if ( c.type == SharedColumnType::Reference )
        {
          Statement u = db.prepare( "SELECT uuid FROM sync_rows WHERE tbl = ? AND fid = ?" );
          u.bind( 1, c.references ).bind( 2, s.int64( column ) );
          v = u.step() ? u.text( 0 ) : "local " + std::to_string( s.int64( column ) );
        }
        else if ( c.type == SharedColumnType::Blob )
        {
          const auto bytes = s.blobView( column );
          v = blobSummary( std::vector<unsigned char>( bytes.begin(), bytes.end() ) );
        }
        else if ( c.type == SharedColumnType::Real )
        {
          // As PostgreSQL writes a double: the shortest text that reads back the same (1, not 1.0).
          char buffer[64];
          const auto end = std::to_chars( buffer, buffer + sizeof buffer, s.real( column ) ).ptr;
          v = std::string( buffer, end );
        }
        else
          v = s.text( column );
      }
      add( c.name, v );
      ++column;
    }
    return json + "}";
  }

  //! The pushed geometry as PostgreSQL takes it from hex WKB.
  std::string geometryFromHex( const std::string &column ) const
  {
    std::string g = "ST_GeomFromWKB(decode(" + column + ", 'hex'), " + std::to_string( mSrid ) + ")";
    if ( t.geometryType == "MULTIPOLYGON" )
      g = "ST_Multi(" + g + ")";
    return g;
  }

  int srid() const { return mSrid; }

private:
  int mSrid;
  std::map<int, std::string> mInsertRows;
};

// --- Conflicts ---------------------------------------------------------------------------------------------

bool hasOpenConflict( Database &db, const std::string &table, int64_t fid )
{
  Statement s =
    db.prepare( "SELECT 1 FROM sync_conflicts WHERE tbl = ? AND local_fid = ? AND resolved_at IS NULL" );
  s.bind( 1, table ).bind( 2, fid );
  return s.step();
}

void recordConflict( Database &db, const std::string &table, int64_t fid, const std::string &uuid,
                     const std::string &kind, int64_t serverVersion, const std::string &serverRow,
                     const std::string &localRow, const std::string &reason )
{
  Statement existing = db.prepare(
    fid > 0 ? "SELECT fid FROM sync_conflicts WHERE tbl = ? AND local_fid = ? AND resolved_at IS NULL"
            : "SELECT fid FROM sync_conflicts WHERE tbl = ? AND uuid = ? AND resolved_at IS NULL" );
  existing.bind( 1, table );
  if ( fid > 0 )
    existing.bind( 2, fid );
  else
    existing.bind( 2, uuid );
  if ( existing.step() )
  {
    // One open conflict per row: it shows the newest shared version.
    Statement u =
      db.prepare( "UPDATE sync_conflicts SET kind = ?, server_version = ?, server_row = ?, local_row = ?, "
                  "reason = ? WHERE fid = ?" );
    u.bind( 1, kind )
      .bind( 2, serverVersion )
      .bindTextOrNull( 3, serverRow )
      .bindTextOrNull( 4, localRow )
      .bindTextOrNull( 5, reason )
      .bind( 6, existing.int64( 0 ) );
    u.run();
    return;
  }
  Statement s = db.prepare(
    "INSERT INTO sync_conflicts (tbl, local_fid, uuid, kind, server_version, server_row, local_row, "
    "reason, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  s.bind( 1, table );
  if ( fid > 0 )
    s.bind( 2, fid );
  else
    s.bindNull( 2 );
  s.bindTextOrNull( 3, uuid ).bind( 4, kind ).bind( 5, serverVersion );
  s.bindTextOrNull( 6, serverRow )
    .bindTextOrNull( 7, localRow )
    .bindTextOrNull( 8, reason )
    .bind( 9, utcNowIso() );
  s.run();
}

// --- One synchronisation
// --------------------------------------------------------------------------------------

class Synchroniser
{
public:
  Synchroniser( Database &db, PgConnection &conn, const SharedInfo &info, const SyncOptions &options )
    : mDb( db ), mConn( conn ), mInfo( info ), mOptions( options )
  {
    for ( const auto &t : sharedTables() )
      mCodecs.emplace_back( t, info.srid );
  }

  //! Rows per batch: a table with photos (up to 25 MiB each, twice that as hex) a few at a time, so that a
  //! batch and the next one fetched meanwhile stay well within memory.
  int batchRows( const Codec &codec ) const
  {
    const bool photos =
      std::any_of( codec.t.columns.begin(), codec.t.columns.end(),
                   []( const SharedColumn &c ) { return c.type == SharedColumnType::Blob; } );
    return photos ? std::min( mOptions.batchRows, 8 ) : mOptions.batchRows;
  }

  SyncReport run()
  {
    // A big pull or push touches many pages: kept in memory (64 MiB, as an import does), not spilled to the
    // file in the middle of a transaction.
    mDb.exec( "PRAGMA cache_size = -65536" );
    {
      Transaction transaction( mDb );
      mDb.exec( kReplicaSql );                 // a copy made by an earlier version gets the tables it lacks
      mDb.exec( "DELETE FROM sync_applying" ); // never left set by a finished transaction; just in case
      transaction.commit();
    }
    mReport.login = mInfo.login;
    mReport.kind = mInfo.kind;
    mReport.organisation = mInfo.organisation;
    if ( !mOptions.pushOnly )
    {
      PhaseTimer timer( "pull" );
      pull();
    }
    progressTo( 0.5 );
    if ( mInfo.readOnly() )
    {
      const int64_t pending = mDb.queryInt( "SELECT count(*) FROM sync_changes" );
      if ( pending )
        mReport.notes.push_back( Message::make( MessageCode::SyncReadOnlyRole, mInfo.login ) );
    }
    else
    {
      PhaseTimer timer( "push" );
      push();
    }
    {
      Transaction transaction( mDb );
      setState( mDb, "last_sync_at", utcNowIso() );
      transaction.commit();
    }
    mReport.pending = mDb.queryInt( "SELECT count(*) FROM sync_changes" );
    mReport.openConflicts = mDb.queryInt( "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL" );
    checkProgress( mOptions.progress, 1.0 );
    return mReport;
  }

private:
  //! A prepared statement of the copy, kept for the whole synchronisation (a pull prepares nothing per row).
  Statement &stmt( const std::string &sql )
  {
    auto it = mStatements.find( sql );
    if ( it == mStatements.end() )
      it = mStatements.emplace( sql, mDb.prepare( sql ) ).first;
    it->second.reset();
    return it->second;
  }

  int64_t localFid( const std::string &table, const std::string &uuid )
  {
    Statement &s = stmt( "SELECT fid FROM sync_rows WHERE tbl = ? AND uuid = ?" );
    s.bind( 1, table ).bind( 2, uuid );
    const int64_t fid = s.step() ? s.int64( 0 ) : 0;
    s.reset();
    return fid;
  }

  void keepGoing() { checkProgress( mOptions.progress, mFraction ); }
  void progressTo( double fraction )
  {
    mFraction = fraction;
    checkProgress( mOptions.progress, fraction );
  }

  // --- pull ---

  void pull()
  {
    // One snapshot for every table, so a row's references are there when it arrives. Everything written by a
    // transaction older than the snapshot's xmin is in it; the next pull starts from that xmin, so a row from
    // a transaction that was still running is fetched next time (rows seen twice are skipped by their
    // version).
    PgTransaction transaction( mConn, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY" );
    const std::string mark =
      mConn.query( "SELECT pg_snapshot_xmin(pg_current_snapshot())::text" ).text( 0, 0 );
    const size_t n = mCodecs.size();
    for ( size_t i = 0; i < n; ++i )
    {
      pullTable( mCodecs[i], mark );
      progressTo( 0.4 * static_cast<double>( i + 1 ) / static_cast<double>( n ) );
    }
    refetch();
    // Deletes after every table's rows, the tables that refer to others first: a vocabulary's row goes after
    // the rows that used it. A tombstone counts only while its row is not readable here (a restricted row
    // comes back as a row when the restriction is lifted, or for those who may read it).
    for ( size_t i = n; i-- > 0; )
      pullDeletes( mCodecs[i], mark );
    progressTo( 0.45 );
    transaction.commit();
  }

  void pullDeletes( Codec &codec, const std::string &mark )
  {
    const std::string &name = codec.t.name;
    const std::string since = stateValue( mDb, "pulldel." + name, "0" );
    PgResult deleted =
      mConn.query( "SELECT d.uuid::text FROM tryggkarta.deleted_rows d WHERE d.table_name = $1 AND "
                   "d.tx >= $2::xid8 AND NOT EXISTS (SELECT 1 FROM " +
                     codec.source + " v WHERE v.uuid = d.uuid)",
                   { name, since } );
    Transaction local( mDb );
    Applying applying( mDb );
    for ( int row = 0; row < deleted.rows(); ++row )
      applyDelete( codec, deleted.text( row, 0 ) );
    setState( mDb, "pulldel." + name, mark );
    applying.end();
    local.commit();
    killPoint();
  }

  void pullTable( Codec &codec, const std::string &mark )
  {
    const std::string &name = codec.t.name;
    const std::string since = stateValue( mDb, "pull." + name, "0" );
    mConn.query( "DECLARE tk_pull NO SCROLL CURSOR FOR SELECT " + codec.select + " FROM " + codec.source +
                   " WHERE tx >= $1::xid8",
                 { since } );
    std::vector<PendingReference> unresolved;
    const std::string rtree = "rtree_" + name + "_geom";
    const std::string rtreeTrigger =
      codec.geometryColumns
        ? mDb.queryText( "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + rtree +
                         "_insert'" )
        : std::string();
    // A table this copy has nothing of yet (a new copy) is filled in one transaction, as a bulk load: its
    // indexes made after the rows (one sort each instead of an insert per row), its spatial index packed in
    // one pass, its rows inserted many to a statement. A kill rolls it all back and the next sync starts it
    // again. Otherwise a transaction per batch, each kept when the sync is interrupted later.
    Statement &known = stmt( "SELECT count(*) FROM sync_rows WHERE tbl = ?" );
    known.bind( 1, name );
    const bool fresh =
      known.step() && known.int64( 0 ) == 0 && mDb.queryInt( "SELECT count(*) FROM \"" + name + "\"" ) == 0;
    known.reset();
    mFreshTable = fresh;
    std::unique_ptr<Transaction> whole;
    std::unique_ptr<Applying> wholeApplying;
    std::vector<std::string> indexSql;
    if ( fresh )
    {
      whole = std::make_unique<Transaction>( mDb );
      wholeApplying = std::make_unique<Applying>( mDb );
      Statement indexes =
        mDb.prepare( "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND "
                     "sql IS NOT NULL" );
      indexes.bind( 1, name );
      std::vector<std::string> names;
      while ( indexes.step() )
      {
        names.push_back( indexes.text( 0 ) );
        indexSql.push_back( indexes.text( 1 ) );
      }
      for ( const auto &index : names )
        mDb.exec( "DROP INDEX \"" + index + "\"" );
      // The copy's own trigger does nothing while the rows are applied (sync_applying); the spatial index's
      // is replaced by the packed index at the end. Both are put back before the commit.
      mDb.exec( "DROP TRIGGER IF EXISTS \"sync_" + name + "_insert\"" );
      if ( !rtreeTrigger.empty() )
        mDb.exec( "DROP TRIGGER \"" + rtree + "_insert\"" );
    }
    // The next batch is fetched while this one is written here.
    const std::string fetch = "FETCH " + std::to_string( batchRows( codec ) ) + " FROM tk_pull";
    mConn.send( fetch );
    for ( ;; )
    {
      PgResult batch = mConn.receive();
      if ( batch.rows() == 0 )
        break;
      mConn.send( fetch );
      if ( fresh )
      {
        applyNewRows( codec, batch, unresolved );
        keepGoing();
        continue;
      }
      Transaction local( mDb );
      Applying applying( mDb );
      // New rows go into the spatial index in one pass per batch rather than by the GeoPackage's trigger per
      // row (as an import does); the trigger is put back before the commit, in the same transaction.
      const int64_t lastFid = mDb.queryInt( "SELECT coalesce(max(fid), 0) FROM \"" + name + "\"" );
      if ( !rtreeTrigger.empty() )
        mDb.exec( "DROP TRIGGER \"" + rtree + "_insert\"" );
      for ( int row = 0; row < batch.rows(); ++row )
        applyRow( codec, batch, row, unresolved );
      if ( !rtreeTrigger.empty() )
      {
        indexRowsAfter( name, rtree, lastFid );
        mDb.exec( rtreeTrigger );
      }
      applying.end();
      local.commit();
      killPoint();
      keepGoing();
    }
    mFreshTable = false;
    mConn.exec( "CLOSE tk_pull" );
    if ( whole )
    {
      for ( const auto &sql : indexSql )
        mDb.exec( sql );
      if ( !rtreeTrigger.empty() )
      {
        if ( !packEmptyRTree( mDb, rtree, rtreeEntries( mDb, name, "geom" ) ) )
          indexRowsAfter( name, rtree, 0 );
        mDb.exec( rtreeTrigger );
      }
      mDb.exec( triggersSql( name ) );
      // The links to rows that came later in the same table, and the table's mark, in the same transaction: a
      // kill before its commit leaves the table empty, to be filled again whole.
      resolveLater( codec, unresolved );
      setState( mDb, "pull." + name, mark );
      wholeApplying->end();
      whole->commit();
      killPoint();
      return;
    }
    Transaction local( mDb );
    Applying applying( mDb );
    resolveLater( codec, unresolved );
    setState( mDb, "pull." + name, mark );
    applying.end();
    local.commit();
    killPoint();
  }

  //! A row that belongs to one this login cannot read (yet): asked for again at every synchronisation.
  void askAgainLater( const std::string &table, const std::string &uuid )
  {
    Statement &again = stmt( "INSERT OR IGNORE INTO sync_refetch (tbl, uuid) VALUES (?, ?)" );
    again.bind( 1, table ).bind( 2, uuid );
    again.run();
  }

  //! The table's rows after afterFid into its spatial index in one statement (its trigger is off meanwhile).
  void indexRowsAfter( const std::string &table, const std::string &rtree, int64_t afterFid )
  {
    mDb.exec( "INSERT OR REPLACE INTO \"" + rtree +
              "\" (id, minx, maxx, miny, maxy) SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
              "ST_MaxY(geom) FROM \"" +
              table + "\" WHERE fid > " + std::to_string( afterFid ) +
              " AND geom IS NOT NULL AND NOT ST_IsEmpty(geom)" );
  }

  struct PendingReference
  {
    int64_t fid;
    std::string column, table, uuid;
  };

  //! References to rows that came later in the same table (a repeat walk of a newer walk) are set at the end.
  void resolveLater( Codec &codec, std::vector<PendingReference> &unresolved )
  {
    for ( const auto &u : unresolved )
    {
      const int64_t target = localFid( u.table, u.uuid );
      if ( target <= 0 )
      {
        // A row this login cannot read (a police-restricted incident an action names): the link is kept here
        // and sent back as it was, never cleared by an edit of the row.
        Statement &keep =
          stmt( "INSERT OR REPLACE INTO sync_unresolved (tbl, fid, col, uuid) VALUES (?, ?, ?, ?)" );
        keep.bind( 1, codec.t.name ).bind( 2, u.fid ).bind( 3, u.column ).bind( 4, u.uuid );
        keep.run();
        continue;
      }
      Statement s =
        mDb.prepare( "UPDATE " + codec.t.name + " SET " + quoteIdent( u.column ) + " = ? WHERE fid = ?" );
      s.bind( 1, target ).bind( 2, u.fid );
      s.run();
    }
    unresolved.clear();
  }

  //! Applies one shared row here, unless this copy changed it too (a conflict) or already has it.
  void applyRow( Codec &codec, const PgResult &r, int row, std::vector<PendingReference> &unresolved,
                 bool refetched = false )
  {
    const std::string &name = codec.t.name;
    const std::string uuid = r.text( row, 0 );
    const int64_t version = r.int64( row, 1 );
    int64_t fid = 0, known = 0;
    if ( !mFreshTable )
    {
      Statement &m = stmt( "SELECT fid, version FROM sync_rows WHERE tbl = ? AND uuid = ?" );
      m.bind( 1, name ).bind( 2, uuid );
      if ( m.step() )
      {
        fid = m.int64( 0 );
        known = m.int64( 1 );
      }
      m.reset();
    }
    if ( fid == 0 && codec.t.vocabulary )
    {
      fid = adoptByName( codec, r, row );
      if ( fid < 0 )
        return; // the coordinator's own wording is kept and sent
    }
    if ( fid > 0 )
    {
      if ( known >= version && !refetched )
        return; // already in step (also our own pushed change coming back)
      std::string op, changeId, sentChangeId;
      {
        Statement &p = stmt(
          "SELECT op, coalesce(change_id, ''), coalesce(sent_change_id, '') FROM sync_changes WHERE tbl = "
          "? AND fid = ?" );
        p.bind( 1, name ).bind( 2, fid );
        if ( p.step() )
        {
          op = p.text( 0 );
          changeId = p.text( 1 );
          sentChangeId = p.text( 2 );
        }
        p.reset();
      }
      const std::string serverChange = r.text( row, 4 );
      if ( !op.empty() && !serverChange.empty() &&
           ( serverChange == changeId || serverChange == sentChangeId ) )
      {
        // Our own change, sent by a synchronisation that was interrupted before it could note it here.
        Statement &v = stmt( "UPDATE sync_rows SET version = ? WHERE tbl = ? AND fid = ?" );
        v.bind( 1, version ).bind( 2, name ).bind( 3, fid );
        v.run();
        if ( serverChange == changeId )
        {
          Statement &d = stmt( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
          d.bind( 1, name ).bind( 2, fid );
          d.run();
        }
        return;
      }
      if ( !op.empty() || hasOpenConflict( mDb, name, fid ) )
      {
        recordConflict( mDb, name, fid, uuid, op == "D" ? "deleted_here" : "both_changed", version,
                        codec.serverJson( r, row ), op == "D" ? std::string() : codec.localJson( mDb, fid ),
                        std::string() );
        ++mReport.newConflicts;
        return;
      }
      Statement &present = stmt( "SELECT 1 FROM " + name + " WHERE fid = ?" );
      present.bind( 1, fid );
      const bool here = present.step();
      present.reset();
      if ( !here )
      {
        forget( name, fid );
        fid = 0;
      }
      else
      {
        Statement &u = stmt( codec.localUpdate );
        std::vector<std::pair<int, std::string>> later;
        if ( !codec.bind(
               u, r, row, [this]( const std::string &t, const std::string &id ) { return localFid( t, id ); },
               &later ) )
          return;
        u.bind( static_cast<int>( codec.t.columns.size() ) + ( codec.geometryColumns ? 2 : 1 ), fid );
        if ( !runLocal( u, codec, r, row, fid, uuid, version ) )
          return;
        queueLater( codec, fid, later, unresolved );
        remember( codec, r, row, fid, uuid, version );
        ++mReport.pulled;
        return;
      }
    }
    Statement &insert = stmt( codec.localInsert );
    std::vector<std::pair<int, std::string>> later;
    if ( !codec.bind(
           insert, r, row,
           [this]( const std::string &t, const std::string &id ) { return localFid( t, id ); }, &later ) )
    {
      askAgainLater( name, uuid );
      return;
    }
    if ( !runLocal( insert, codec, r, row, 0, uuid, version ) )
      return;
    fid = mDb.lastInsertId();
    queueLater( codec, fid, later, unresolved );
    remember( codec, r, row, fid, uuid, version );
    if ( !mFreshTable )
      relink( uuid, fid );
    ++mReport.pulled;
  }

  //! A new copy's table (nothing of it here yet): the batch's rows inserted kNewRowsPerStatement to a
  //! statement, and noted as the copy's in the same way. A statement's constant work (its IN-list checks
  //! build a lookup table per execution) is then paid once per many rows: 15 µs a row becomes about 4. A
  //! statement this copy refuses is undone by SQLite and its rows applied one by one, so each refusal is a
  //! conflict of its own as before.
  void applyNewRows( Codec &codec, const PgResult &batch, std::vector<PendingReference> &unresolved )
  {
    if ( codec.t.vocabulary ) // a few rows, matched by name against the coordinator's own wording
    {
      for ( int row = 0; row < batch.rows(); ++row )
        applyRow( codec, batch, row, unresolved );
      return;
    }
    const std::string &name = codec.t.name;
    const auto localFidOf = [this]( const std::string &t, const std::string &id )
    { return localFid( t, id ); };
    std::vector<int> rows;
    std::vector<std::vector<std::pair<int, std::string>>> laters;
    for ( int start = 0; start < batch.rows(); start += kNewRowsPerStatement )
    {
      const int size = std::min( kNewRowsPerStatement, batch.rows() - start );
      rows.clear();
      laters.clear();
      Statement *insert = &stmt( codec.localInsertRows( size ) );
      for ( int row = start; row < start + size; ++row )
      {
        std::vector<std::pair<int, std::string>> later;
        const int first = 1 + static_cast<int>( rows.size() ) * codec.localColumnCount;
        if ( !codec.bind( *insert, batch, row, localFidOf, &later, first ) )
        {
          askAgainLater( name, batch.text( row, 0 ) );
          continue;
        }
        rows.push_back( row );
        laters.push_back( std::move( later ) );
      }
      if ( rows.empty() )
        continue;
      const int n = static_cast<int>( rows.size() );
      if ( n < size ) // some could not be held here: the others bound again to a statement of their number
      {
        insert = &stmt( codec.localInsertRows( n ) );
        for ( int i = 0; i < n; ++i )
          codec.bind( *insert, batch, rows[static_cast<size_t>( i )], localFidOf, nullptr,
                      1 + i * codec.localColumnCount );
      }
      try
      {
        insert->run();
      }
      catch ( const DamagedFileError & )
      {
        throw;
      }
      catch ( const SqlError &e )
      {
        // A check or a reference this copy refuses undoes the statement alone; anything else (a full disk)
        // may have ended the transaction, and stops the synchronisation.
        if ( e.isDamage() || ( e.code() & 0xff ) != SQLITE_CONSTRAINT )
          throw;
        for ( const int row : rows )
          applyRow( codec, batch, row, unresolved );
        continue;
      }
      // One statement's rows have consecutive numbers, in order: the table had none before this copy's fill,
      // and this connection alone writes to it inside the transaction.
      const int64_t firstFid = mDb.lastInsertId() - n + 1;
      Statement &remembered = stmt( rememberRows( n ) );
      for ( int i = 0; i < n; ++i )
      {
        const int row = rows[static_cast<size_t>( i )];
        const int64_t fid = firstFid + i;
        queueLater( codec, fid, laters[static_cast<size_t>( i )], unresolved );
        const int at = 1 + 6 * i;
        remembered.bind( at, name ).bind( at + 1, fid ).bind( at + 2, batch.text( row, 0 ) );
        remembered.bind( at + 3, batch.int64( row, 1 ) );
        if ( batch.isNull( row, 2 ) )
          remembered.bindNull( at + 4 );
        else
          remembered.bind( at + 4, batch.text( row, 2 ) );
        remembered.bind( at + 5, batch.int64( row, 3 ) );
      }
      remembered.run();
      mReport.pulled += n;
      killPoint(); // inside the fill's transaction: a kill here leaves the table as it was
    }
  }

  const std::string &rememberRows( int n )
  {
    std::string &sql = mRememberRows[n];
    if ( sql.empty() )
    {
      sql = "INSERT INTO sync_rows (tbl, fid, uuid, version, owner, restricted) VALUES (?, ?, ?, ?, ?, ?)";
      for ( int i = 1; i < n; ++i )
        sql += ", (?, ?, ?, ?, ?, ?)";
    }
    return sql;
  }

  //! Rows here whose link to this row was kept while it was not readable get it back.
  void relink( const std::string &uuid, int64_t fid )
  {
    Statement &waiting = stmt( "SELECT tbl, fid, col FROM sync_unresolved WHERE uuid = ?" );
    waiting.bind( 1, uuid );
    std::vector<std::tuple<std::string, int64_t, std::string>> links;
    while ( waiting.step() )
      links.emplace_back( waiting.text( 0 ), waiting.int64( 1 ), waiting.text( 2 ) );
    waiting.reset();
    for ( const auto &[table, child, column] : links )
    {
      if ( !sharedTable( table ) )
        continue;
      Statement set =
        mDb.prepare( "UPDATE \"" + table + "\" SET " + quoteIdent( column ) + " = ? WHERE fid = ?" );
      set.bind( 1, fid ).bind( 2, child );
      set.run();
      Statement done = mDb.prepare( "DELETE FROM sync_unresolved WHERE tbl = ? AND fid = ? AND col = ?" );
      done.bind( 1, table ).bind( 2, child ).bind( 3, column );
      done.run();
    }
  }

  void queueLater( Codec &codec, int64_t fid, const std::vector<std::pair<int, std::string>> &later,
                   std::vector<PendingReference> &unresolved )
  {
    if ( !mFreshTable ) // a new copy's table: none of its rows can have links waiting
    {
      Statement &clear = stmt( "DELETE FROM sync_unresolved WHERE tbl = ? AND fid = ?" );
      clear.bind( 1, codec.t.name ).bind( 2, fid );
      clear.run();
    }
    for ( const auto &l : later )
    {
      const std::string &text = l.second;
      const size_t a = text.find( '\t' ), b = text.find( '\t', a + 1 );
      unresolved.push_back(
        { fid, text.substr( 0, a ), text.substr( a + 1, b - a - 1 ), text.substr( b + 1 ) } );
    }
  }

  //! A shared row this copy's file refuses (a value its checks do not allow): kept as a conflict, not
  //! dropped.
  bool runLocal( Statement &s, Codec &codec, const PgResult &r, int row, int64_t fid, const std::string &uuid,
                 int64_t version )
  {
    try
    {
      s.run();
      return true;
    }
    catch ( const DamagedFileError & )
    {
      throw;
    }
    catch ( const SqlError &e )
    {
      if ( e.isDamage() )
        throw;
      recordConflict( mDb, codec.t.name, fid, uuid, "refused", version, codec.serverJson( r, row ),
                      fid ? codec.localJson( mDb, fid ) : std::string(),
                      std::string( "this copy: " ) + e.what() );
      ++mReport.newConflicts;
      return false;
    }
  }

  void remember( Codec &codec, const PgResult &r, int row, int64_t fid, const std::string &uuid,
                 int64_t version )
  {
    Statement &s =
      stmt( "INSERT INTO sync_rows (tbl, fid, uuid, version, owner, restricted) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (tbl, fid) DO UPDATE SET uuid = excluded.uuid, version = excluded.version, "
            "owner = excluded.owner, restricted = excluded.restricted" );
    s.bind( 1, codec.t.name ).bind( 2, fid ).bind( 3, uuid ).bind( 4, version );
    if ( r.isNull( row, 2 ) )
      s.bindNull( 5 );
    else
      s.bind( 5, r.text( row, 2 ) );
    s.bind( 6, r.int64( row, 3 ) );
    s.run();
  }

  void forget( const std::string &table, int64_t fid )
  {
    Statement s = mDb.prepare( "DELETE FROM sync_rows WHERE tbl = ? AND fid = ?" );
    s.bind( 1, table ).bind( 2, fid );
    s.run();
    Statement c = mDb.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
    c.bind( 1, table ).bind( 2, fid );
    c.run();
  }

  //! A vocabulary row the copy already has under the same code (every project starts with the same
  //! vocabularies): matched instead of doubled.
  int64_t adoptByName( Codec &codec, const PgResult &r, int row )
  {
    const SharedTable &t = codec.t;
    // The natural key's columns (a crosswalk entry's crosswalk and source value): a reference is matched as
    // the row here it names.
    std::string where;
    std::vector<std::variant<int64_t, std::string>> values; // a reference's fid here, or the text
    for ( const std::string &key : t.naturalKeyColumns() )
    {
      int column = codec.firstColumn();
      for ( const auto &c : t.columns )
      {
        if ( c.name == key )
        {
          where += ( where.empty() ? "" : " AND " ) + quoteIdent( c.local() ) + " = ?" +
                   ( t.keyNoCase && c.type == SharedColumnType::Text ? " COLLATE NOCASE" : "" );
          if ( c.type == SharedColumnType::Reference )
          {
            const int64_t target = localFid( c.references, r.text( row, column ) );
            if ( target <= 0 )
              return 0;
            values.emplace_back( target );
          }
          else
            values.emplace_back( r.text( row, column ) );
        }
        ++column;
      }
    }
    Statement s = mDb.prepare( "SELECT fid FROM " + t.name + " WHERE " + where +
                               " AND fid NOT IN (SELECT fid FROM sync_rows WHERE tbl = ?)" );
    int index = 1;
    for ( const auto &value : values )
      std::visit( [&]( const auto &v ) { s.bind( index++, v ); }, value );
    s.bind( index, t.name );
    if ( !s.step() )
      return 0;
    const int64_t fid = s.int64( 0 );
    // Adopted: from now on the row is in step with the shared one. A coordinator's own different wording is
    // sent back (the copy's pending change stays); anyone else's copy takes the shared vocabulary.
    Statement m = mDb.prepare( "INSERT INTO sync_rows (tbl, fid, uuid, version) VALUES (?, ?, ?, 0)" );
    m.bind( 1, t.name ).bind( 2, fid ).bind( 3, r.text( row, 0 ) );
    m.run();
    Statement p = mDb.prepare( "SELECT op FROM sync_changes WHERE tbl = ? AND fid = ?" );
    p.bind( 1, t.name ).bind( 2, fid );
    if ( p.step() )
    {
      if ( mInfo.kind == "coordinator" && !sameContent( codec, r, row, fid ) )
      {
        Statement u = mDb.prepare( "UPDATE sync_changes SET op = 'U' WHERE tbl = ? AND fid = ?" );
        u.bind( 1, t.name ).bind( 2, fid );
        u.run();
        Statement v = mDb.prepare( "UPDATE sync_rows SET version = ? WHERE tbl = ? AND fid = ?" );
        v.bind( 1, r.int64( row, 1 ) ).bind( 2, t.name ).bind( 3, fid );
        v.run();
        return -1; // keep ours; it is sent in this synchronisation's push
      }
      Statement d = mDb.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
      d.bind( 1, t.name ).bind( 2, fid );
      d.run();
    }
    return fid;
  }

  bool sameContent( Codec &codec, const PgResult &r, int row, int64_t fid )
  {
    Statement s = mDb.prepare( codec.localSelect + " WHERE fid = ?" );
    s.bind( 1, fid );
    if ( !s.step() )
      return false;
    int local = 1 + ( codec.geometryColumns ? 1 : 0 );
    int column = codec.firstColumn();
    for ( size_t i = 0; i < codec.t.columns.size(); ++i, ++local, ++column )
    {
      const SharedColumn &c = codec.t.columns[i];
      if ( c.type == SharedColumnType::DateTime )
        continue; // when each side wrote it is no difference in what it says
      if ( s.isNull( local ) != r.isNull( row, column ) )
        return false;
      if ( s.isNull( local ) )
        continue;
      if ( c.type == SharedColumnType::Reference
             ? s.int64( local ) != localFid( c.references, r.text( row, column ) )
             : s.text( local ) != r.text( row, column ) )
        return false;
    }
    return true;
  }

  void applyDelete( Codec &codec, const std::string &uuid )
  {
    const std::string &name = codec.t.name;
    Statement m = mDb.prepare( "SELECT fid FROM sync_rows WHERE tbl = ? AND uuid = ?" );
    m.bind( 1, name ).bind( 2, uuid );
    if ( !m.step() )
      return;
    const int64_t fid = m.int64( 0 );
    std::string op;
    {
      Statement p = mDb.prepare( "SELECT op FROM sync_changes WHERE tbl = ? AND fid = ?" );
      p.bind( 1, name ).bind( 2, fid );
      if ( p.step() )
        op = p.text( 0 );
    }
    if ( op == "D" )
    {
      forget( name, fid ); // deleted on both sides
      return;
    }
    std::string reason;
    // Rows changed here that belong to it (a stop added offline to a walk deleted there) would go with it
    // unseen: the delete waits as a conflict instead.
    for ( const auto &child : mCodecs )
      for ( const auto &c : child.t.columns )
        if ( c.type == SharedColumnType::Reference && c.references == name && reason.empty() )
        {
          Statement pending =
            mDb.prepare( "SELECT count(*) FROM \"" + child.t.name + "\" x JOIN sync_changes s ON s.tbl = '" +
                         child.t.name + "' AND s.fid = x.fid WHERE x." + quoteIdent( c.local() ) + " = ?" );
          pending.bind( 1, fid );
          if ( pending.step() && pending.int64( 0 ) > 0 )
            reason = "rows changed here belong to it (" + child.t.name + ")";
        }
    if ( !op.empty() || !reason.empty() || hasOpenConflict( mDb, name, fid ) )
    {
      recordConflict( mDb, name, fid, uuid, "deleted_there", 0, std::string(), codec.localJson( mDb, fid ),
                      reason );
      ++mReport.newConflicts;
      return;
    }
    // Rows here that refer to it keep the link (sent back as it was; set again if the row comes back).
    for ( const auto &child : mCodecs )
      for ( const auto &c : child.t.columns )
        if ( c.type == SharedColumnType::Reference && c.references == name && !c.notNull && !c.cascade )
        {
          Statement keep =
            mDb.prepare( "INSERT OR REPLACE INTO sync_unresolved (tbl, fid, col, uuid) SELECT '" +
                         child.t.name + "', fid, '" + c.local() + "', ? FROM \"" + child.t.name +
                         "\" WHERE " + quoteIdent( c.local() ) + " = ?" );
          keep.bind( 1, uuid ).bind( 2, fid );
          keep.run();
        }
    try
    {
      Statement d = mDb.prepare( "DELETE FROM " + name + " WHERE fid = ?" );
      d.bind( 1, fid );
      d.run();
    }
    catch ( const DamagedFileError & )
    {
      throw;
    }
    catch ( const SqlError &e )
    {
      if ( e.isDamage() )
        throw;
      // Still used here (a category by a crosswalk of this copy): kept, as a conflict with the reason.
      recordConflict( mDb, name, fid, uuid, "deleted_there", 0, std::string(), codec.localJson( mDb, fid ),
                      std::string( "this copy: " ) + e.what() );
      ++mReport.newConflicts;
      return;
    }
    forget( name, fid );
    ++mReport.pulledDeletes;
  }

  bool hasOpenConflictFor( const std::string &table, const std::string &uuid )
  {
    Statement s =
      mDb.prepare( "SELECT 1 FROM sync_conflicts WHERE tbl = ? AND uuid = ? AND resolved_at IS NULL" );
    s.bind( 1, table ).bind( 2, uuid );
    return s.step();
  }

  //! Rows whose conflict was settled for the shared version, and rows kept back because a row they belong to
  //! was not readable: fetched whatever their version.
  void refetch()
  {
    Statement list = mDb.prepare( "SELECT tbl, uuid FROM sync_refetch" );
    std::map<std::string, std::vector<std::string>> byTable;
    while ( list.step() )
      byTable[list.text( 0 )].push_back( list.text( 1 ) );
    if ( byTable.empty() )
      return;
    for ( auto &codec : mCodecs )
    {
      auto it = byTable.find( codec.t.name );
      if ( it == byTable.end() )
        continue;
      Transaction local( mDb );
      Applying applying( mDb );
      std::vector<PendingReference> unresolved;
      for ( const auto &uuid : it->second )
      {
        PgResult r = mConn.query(
          "SELECT " + codec.select + " FROM " + codec.source + " WHERE uuid = $1::uuid", { uuid } );
        const int64_t fid = localFid( codec.t.name, uuid );
        if ( r.rows() == 1 )
        {
          applyRow( codec, r, 0, unresolved, true );
          if ( localFid( codec.t.name, uuid ) <= 0 && !hasOpenConflictFor( codec.t.name, uuid ) )
            continue; // still not storable here (its row is not readable): kept for the next time
        }
        else if ( fid > 0 )
        {
          // Gone there or not readable by this login: the shared version is no row.
          Statement d = mDb.prepare( "DELETE FROM " + codec.t.name + " WHERE fid = ?" );
          d.bind( 1, fid );
          d.run();
          forget( codec.t.name, fid );
        }
        Statement done = mDb.prepare( "DELETE FROM sync_refetch WHERE tbl = ? AND uuid = ?" );
        done.bind( 1, codec.t.name ).bind( 2, uuid );
        done.run();
      }
      resolveLater( codec, unresolved );
      applying.end();
      local.commit();
      killPoint();
    }
  }

  // --- push ---

  struct Outgoing
  {
    int64_t fid = 0;
    std::string uuid;
    int64_t base = 0;
    std::string changeId;
    std::string sentChangeId;
    std::string copyLine;
  };

  void push()
  {
    // First every new local row gets its uuid and every change its id, in one local transaction: from then on
    // a change is sent under the same ids however often the push is interrupted and resumed.
    {
      PhaseTimer timer( "ids" );
      Transaction local( mDb );
      Statement newRows =
        mDb.prepare( "SELECT c.tbl, c.fid FROM sync_changes c WHERE c.op = 'I' AND NOT EXISTS (SELECT 1 "
                     "FROM sync_rows r WHERE r.tbl = c.tbl AND r.fid = c.fid)" );
      std::vector<std::pair<std::string, int64_t>> rows;
      while ( newRows.step() )
        rows.push_back( { newRows.text( 0 ), newRows.int64( 1 ) } );
      Statement map =
        mDb.prepare( "INSERT INTO sync_rows (tbl, fid, uuid, version, owner) VALUES (?, ?, ?, 0, ?)" );
      for ( const auto &r : rows )
      {
        map.bind( 1, r.first ).bind( 2, r.second ).bind( 3, newUuid() );
        if ( mInfo.kind == "reporter" )
          map.bind( 4, mInfo.organisation );
        else
          map.bindNull( 4 );
        map.run();
        map.reset();
      }
      Statement ids = mDb.prepare( "SELECT tbl, fid FROM sync_changes WHERE change_id IS NULL" );
      std::vector<std::pair<std::string, int64_t>> changes;
      while ( ids.step() )
        changes.push_back( { ids.text( 0 ), ids.int64( 1 ) } );
      Statement setId = mDb.prepare( "UPDATE sync_changes SET change_id = ? WHERE tbl = ? AND fid = ?" );
      for ( const auto &c : changes )
      {
        setId.bind( 1, newUuid() ).bind( 2, c.first ).bind( 3, c.second );
        setId.run();
        setId.reset();
      }
      local.commit();
      killPoint();
    }
    const size_t n = mCodecs.size();
    for ( size_t i = 0; i < n; ++i )
    {
      PhaseTimer timer( mCodecs[i].t.name.c_str() );
      pushChanges( mCodecs[i] );
      progressTo( 0.5 + 0.4 * static_cast<double>( i + 1 ) / static_cast<double>( n ) );
    }
    for ( size_t i = n; i-- > 0; )
      pushDeletes( mCodecs[i] );
  }

  std::vector<Outgoing> outgoingChanges( Codec &codec, int64_t afterFid, int limit )
  {
    const std::string &name = codec.t.name;
    Statement s =
      mDb.prepare( "SELECT t.fid, r.uuid, r.version, c.change_id, c.sent_change_id" +
                   std::string( codec.localColumns.empty() ? "" : ", " ) + prefixed( codec.localColumns ) +
                   " FROM " + name + " t JOIN sync_changes c ON c.tbl = '" + name +
                   "' AND c.fid = t.fid AND c.op IN ('I', 'U') JOIN sync_rows r ON r.tbl = '" + name +
                   "' AND r.fid = t.fid WHERE t.fid > ? AND NOT EXISTS (SELECT 1 FROM sync_conflicts k WHERE "
                   "k.tbl = '" +
                   name + "' AND k.local_fid = t.fid AND k.resolved_at IS NULL) ORDER BY t.fid LIMIT ?" );
    s.bind( 1, afterFid ).bind( 2, limit );
    std::vector<Outgoing> out;
    Statement ref = mDb.prepare( "SELECT uuid FROM sync_rows WHERE tbl = ? AND fid = ?" );
    while ( s.step() )
    {
      Outgoing o;
      o.fid = s.int64( 0 );
      o.uuid = s.text( 1 );
      o.base = s.int64( 2 );
      o.changeId = s.text( 3 );
      o.sentChangeId = s.isNull( 4 ) ? std::string() : s.text( 4 );
      std::string &line = o.copyLine;
      appendCopyField( line, o.uuid );
      line += '\t';
      appendCopyField( line, std::to_string( o.base ) );
      line += '\t';
      appendCopyField( line, o.changeId );
      line += '\t';
      appendCopyField( line, ownerOf( codec, s ) );
      int column = 5;
      if ( codec.geometryColumns )
      {
        line += '\t';
        PgParam g;
        if ( !s.isNull( column ) )
        {
          const auto blob = s.blobView( column );
          if ( auto wkb = gpkgWkb( reinterpret_cast<const unsigned char *>( blob.data() ),
                                   static_cast<int>( blob.size() ) ) )
            g = toHex( wkb->first, wkb->second );
        }
        appendCopyField( line, g );
        ++column;
      }
      for ( const auto &c : codec.t.columns )
      {
        line += '\t';
        PgParam v;
        if ( s.isNull( column ) && c.type == SharedColumnType::Reference )
        {
          Statement &kept = stmt( "SELECT uuid FROM sync_unresolved WHERE tbl = ? AND fid = ? AND col = ?" );
          kept.bind( 1, name ).bind( 2, o.fid ).bind( 3, c.local() );
          if ( kept.step() )
            v = kept.text( 0 );
          kept.reset();
        }
        if ( !s.isNull( column ) )
        {
          if ( c.type == SharedColumnType::Reference )
          {
            ref.bind( 1, c.references ).bind( 2, s.int64( column ) );
            if ( ref.step() )
              v = ref.text( 0 );
            ref.reset();
          }
          else if ( c.type == SharedColumnType::Blob )
          {
            // bytea's hex input: \x and two digits a byte.
            const auto bytes = s.blobView( column );
            v = "\\x" + toHex( reinterpret_cast<const unsigned char *>( bytes.data() ),
                               static_cast<int>( bytes.size() ) );
          }
          else
            v = s.text( column );
        }
        appendCopyField( line, v );
        ++column;
      }
      line += '\n';
      out.push_back( std::move( o ) );
    }
    return out;
  }

  //! Who a new row belongs to: a reporter's organisation; for the coordinator an incident's organisation (the
  //! coordinator enters other organisations' reports), else the coordinator's own (no organisation).
  PgParam ownerOf( const Codec &codec, Statement &row ) const
  {
    if ( codec.t.vocabulary )
      return PgParam();
    if ( mInfo.kind == "reporter" )
      return mInfo.organisation;
    if ( codec.t.name == "incidents" )
    {
      int column = 5 + ( codec.geometryColumns ? 1 : 0 );
      for ( const auto &c : codec.t.columns )
      {
        if ( c.name == "organisation" )
          return row.isNull( column ) || row.text( column ).empty() ? PgParam()
                                                                    : PgParam( row.text( column ) );
        ++column;
      }
    }
    return PgParam();
  }

  static std::string prefixed( const std::string &columns )
  {
    std::string out;
    size_t start = 0;
    while ( start < columns.size() )
    {
      size_t comma = columns.find( ", ", start );
      if ( comma == std::string::npos )
        comma = columns.size();
      out += ( out.empty() ? "" : ", " ) + std::string( "t." ) + columns.substr( start, comma - start );
      start = comma + 2;
    }
    return out;
  }

  std::string tempTable( Codec &codec )
  {
    const std::string temp = "tk_push_" + codec.t.name;
    if ( mTempMade.insert( temp ).second )
    {
      std::string sql =
        "CREATE TEMP TABLE IF NOT EXISTS " + temp + " (uuid text, base bigint, change_id text, owner text";
      if ( codec.geometryColumns )
        sql += ", geom text";
      for ( const auto &c : codec.t.columns )
        sql += ", " + quoteIdent( c.name ) + " text";
      sql += ") ON COMMIT DELETE ROWS";
      mConn.exec( sql );
    }
    return temp;
  }

  struct ServerState
  {
    bool present = false;
    int64_t version = 0;
    std::string changeId;
    bool deleted = false;
  };

  void pushChanges( Codec &codec )
  {
    int64_t after = 0;
    for ( ;; )
    {
      std::vector<Outgoing> batch = outgoingChanges( codec, after, batchRows( codec ) );
      if ( batch.empty() )
        break;
      after = batch.back().fid;
      try
      {
        sendChanges( codec, batch, false );
      }
      catch ( const PgError &e )
      {
        if ( !e.isRowRefusal() )
          throw; // the connection, a deadlock, a full disk: the whole sync stops, to be done again
        // A row the database refuses (a policy, a check, a duplicate code) stops the whole batch: send the
        // rows one at a time so that only the refused ones are held back, each with the reason.
        for ( auto &one : batch )
        {
          std::vector<Outgoing> single{ one };
          try
          {
            sendChanges( codec, single, false );
          }
          catch ( const PgError &rowError )
          {
            if ( !rowError.isRowRefusal() )
              throw;
            Transaction local( mDb );
            recordConflict( mDb, codec.t.name, one.fid, one.uuid, "refused", one.base, std::string(),
                            codec.localJson( mDb, one.fid ), rowError.what() );
            local.commit();
            ++mReport.newConflicts;
            mReport.notes.push_back( Message::make( MessageCode::SyncRowRefused, codec.t.name,
                                                    std::to_string( one.fid ),
                                                    std::string( rowError.what() ) ) );
          }
        }
      }
      keepGoing();
    }
  }

  void sendChanges( Codec &codec, std::vector<Outgoing> &batch, bool retry )
  {
    const std::string temp = tempTable( codec );
    const std::string q = "tryggkarta." + codec.t.name;
    std::string data;
    for ( const auto &o : batch )
      data += o.copyLine;
    std::string insertColumns = "uuid, change_id";
    std::string insertValues = "p.uuid::uuid, p.change_id::uuid";
    std::string sets = "change_id = p.change_id::uuid";
    if ( !codec.t.vocabulary )
    {
      insertColumns += ", owner";
      insertValues += ", p.owner";
    }
    // A column the copy holds only as the lägesbild gives it (another organisation's free text, hidden; a
    // generalised place or time) keeps the row's own value when the one sending may not read it: an action's
    // responsible organisation changing its status never blanks its owner's note or moves its point.
    const std::string readsWhole =
      codec.t.vocabulary
        ? std::string( "true" )
        : "(reader.coordinator OR s.owner = reader.organisation" +
            std::string( codec.t.restrictable ? " OR (s.restricted AND reader.restricted)" : "" ) + ")";
    auto guarded = [&]( const std::string &column, const std::string &value )
    { return "CASE WHEN " + readsWhole + " THEN " + value + " ELSE s." + column + " END"; };
    if ( codec.geometryColumns )
    {
      insertColumns += ", geom";
      insertValues += ", " + codec.geometryFromHex( "p.geom" );
      const std::string value = codec.geometryFromHex( "p.geom" );
      sets +=
        ", geom = " + ( sharedGeneralisedColumn( codec.t.name, "geom" ) ? guarded( "geom", value ) : value );
    }
    for ( const auto &c : codec.t.columns )
    {
      const std::string value = "p." + quoteIdent( c.name ) + "::" + sharedPgType( c );
      insertColumns += ", " + quoteIdent( c.name );
      insertValues += ", " + value;
      const bool keep =
        !codec.t.vocabulary && ( c.freeText || sharedGeneralisedColumn( codec.t.name, c.name ) );
      sets += ", " + quoteIdent( c.name ) + " = " + ( keep ? guarded( quoteIdent( c.name ), value ) : value );
    }
    const std::string stateSource = codec.t.vocabulary ? q : codec.source;
    std::unordered_map<std::string, int64_t> applied;
    std::unordered_map<std::string, ServerState> states;
    std::unordered_map<std::string, std::string> serverRows;
    {
      PgTransaction transaction( mConn );
      mConn.copyIn( "COPY " + temp + " FROM STDIN", data );
      PgResult inserted = mConn.query(
        "INSERT INTO " + q + " (" + insertColumns + ") SELECT " + insertValues + " FROM " + temp +
        " p WHERE p.base = 0 ON CONFLICT (uuid) DO NOTHING RETURNING uuid::text, version" );
      for ( int i = 0; i < inserted.rows(); ++i )
        applied[inserted.text( i, 0 )] = inserted.int64( i, 1 );
      PgResult updated = mConn.query(
        "UPDATE " + q + " s SET " + sets + " FROM " + temp +
        " p, (SELECT tryggkarta.is_coordinator() AS coordinator, tryggkarta.my_organisation() AS "
        "organisation, tryggkarta.reads_restricted() AS restricted OFFSET 0) reader WHERE p.base > 0 "
        "AND s.uuid = p.uuid::uuid AND s.version = p.base RETURNING s.uuid::text, s.version" );
      for ( int i = 0; i < updated.rows(); ++i )
        applied[updated.text( i, 0 )] = updated.int64( i, 1 );
      if ( applied.size() < batch.size() )
      {
        PgResult state = mConn.query(
          "SELECT p.uuid, s.version, s.change_id::text, (d.uuid IS NOT NULL)::int, (s.uuid IS NOT "
          "NULL)::int FROM " +
            temp + " p LEFT JOIN " + stateSource +
            " s ON s.uuid = p.uuid::uuid LEFT JOIN "
            "tryggkarta.deleted_rows d ON d.table_name = $1 AND d.uuid = p.uuid::uuid",
          { codec.t.name } );
        for ( int i = 0; i < state.rows(); ++i )
        {
          ServerState st;
          st.present = state.text( i, 4 ) == "1";
          st.version = state.int64( i, 1 );
          st.changeId = state.text( i, 2 );
          st.deleted = state.text( i, 3 ) == "1";
          states[state.text( i, 0 )] = st;
        }
        PgResult rows = mConn.query( "SELECT " + codec.select + " FROM " + codec.source +
                                     " WHERE uuid IN (SELECT uuid::uuid FROM " + temp + ")" );
        for ( int i = 0; i < rows.rows(); ++i )
          serverRows[rows.text( i, 0 )] = codec.serverJson( rows, i );
      }
      transaction.commit();
    }
    killPoint();

    // What the shared database now has, recorded here in one transaction.
    std::vector<Outgoing> again;
    Transaction local( mDb );
    Statement done = mDb.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ? AND change_id = ?" );
    Statement version = mDb.prepare( "UPDATE sync_rows SET version = ? WHERE tbl = ? AND fid = ?" );
    for ( auto &o : batch )
    {
      int64_t newVersion = 0;
      auto a = applied.find( o.uuid );
      bool ours = a != applied.end();
      if ( ours )
        newVersion = a->second;
      else
      {
        const ServerState st = states[o.uuid];
        if ( st.present && st.changeId == o.changeId )
        {
          ours = true; // sent by an earlier, interrupted synchronisation
          newVersion = st.version;
        }
        else if ( st.present && !o.sentChangeId.empty() && st.changeId == o.sentChangeId && !retry )
        {
          // An earlier synchronisation sent the previous edit of this row; send this one on top of it.
          version.bind( 1, st.version ).bind( 2, codec.t.name ).bind( 3, o.fid );
          version.run();
          version.reset();
          o.base = st.version;
          again.push_back( o );
          continue;
        }
        else if ( st.present && st.version != o.base )
        {
          recordConflict( mDb, codec.t.name, o.fid, o.uuid, "both_changed", st.version, serverRows[o.uuid],
                          codec.localJson( mDb, o.fid ), std::string() );
          ++mReport.newConflicts;
          continue;
        }
        else if ( st.deleted )
        {
          recordConflict( mDb, codec.t.name, o.fid, o.uuid, "deleted_there", 0, std::string(),
                          codec.localJson( mDb, o.fid ), std::string() );
          ++mReport.newConflicts;
          continue;
        }
        else
        {
          const std::string reason =
            st.present ? "this login may not change the row" : "this login may not see the row";
          recordConflict( mDb, codec.t.name, o.fid, o.uuid, "refused", st.version, serverRows[o.uuid],
                          codec.localJson( mDb, o.fid ), reason );
          ++mReport.newConflicts;
          mReport.notes.push_back(
            Message::make( MessageCode::SyncRowRefused, codec.t.name, std::to_string( o.fid ), reason ) );
          continue;
        }
      }
      version.bind( 1, newVersion ).bind( 2, codec.t.name ).bind( 3, o.fid );
      version.run();
      version.reset();
      done.bind( 1, codec.t.name ).bind( 2, o.fid ).bind( 3, o.changeId );
      done.run();
      done.reset();
      ++mReport.pushed;
    }
    local.commit();
    killPoint();
    if ( !again.empty() )
    {
      // The rows go again with their new base; their copy lines carry the old one, so make them anew.
      std::vector<Outgoing> fresh;
      for ( const auto &o : again )
      {
        auto one = outgoingChanges( codec, o.fid - 1, 1 );
        if ( !one.empty() && one.front().fid == o.fid )
          fresh.push_back( one.front() );
      }
      if ( !fresh.empty() )
        sendChanges( codec, fresh, true );
    }
  }

  void pushDeletes( Codec &codec )
  {
    const std::string &name = codec.t.name;
    for ( ;; )
    {
      Statement s = mDb.prepare(
        "SELECT c.fid, r.uuid, r.version FROM sync_changes c JOIN sync_rows r ON r.tbl = c.tbl AND "
        "r.fid = c.fid WHERE c.tbl = ? AND c.op = 'D' AND NOT EXISTS (SELECT 1 FROM sync_conflicts "
        "k WHERE k.tbl = c.tbl AND k.local_fid = c.fid AND k.resolved_at IS NULL) ORDER BY c.fid "
        "LIMIT ?" );
      s.bind( 1, name ).bind( 2, mOptions.batchRows );
      std::vector<Outgoing> batch;
      std::string data;
      while ( s.step() )
      {
        Outgoing o;
        o.fid = s.int64( 0 );
        o.uuid = s.text( 1 );
        o.base = s.int64( 2 );
        data += o.uuid + "\t" + std::to_string( o.base ) + "\n";
        batch.push_back( o );
      }
      if ( batch.empty() )
        return;
      std::set<std::string> deleted;
      std::unordered_map<std::string, ServerState> states;
      std::unordered_map<std::string, std::string> serverRows;
      {
        if ( mTempMade.insert( "tk_push_deletes" ).second )
          mConn.exec( "CREATE TEMP TABLE IF NOT EXISTS tk_push_deletes (uuid text, base bigint) ON COMMIT "
                      "DELETE ROWS" );
        PgTransaction transaction( mConn );
        mConn.copyIn( "COPY tk_push_deletes FROM STDIN", data );
        PgResult gone =
          mConn.query( "DELETE FROM tryggkarta." + name +
                       " s USING tk_push_deletes p WHERE s.uuid = p.uuid::uuid AND s.version = p.base "
                       "RETURNING s.uuid::text" );
        for ( int i = 0; i < gone.rows(); ++i )
          deleted.insert( gone.text( i, 0 ) );
        if ( deleted.size() < batch.size() )
        {
          PgResult state = mConn.query(
            "SELECT p.uuid, s.version, (s.uuid IS NOT NULL)::int FROM tk_push_deletes p LEFT JOIN " +
            ( codec.t.vocabulary ? "tryggkarta." + name : codec.source ) + " s ON s.uuid = p.uuid::uuid" );
          for ( int i = 0; i < state.rows(); ++i )
          {
            ServerState st;
            st.present = state.text( i, 2 ) == "1";
            st.version = state.int64( i, 1 );
            states[state.text( i, 0 )] = st;
          }
          PgResult rows = mConn.query( "SELECT " + codec.select + " FROM " + codec.source +
                                       " WHERE uuid IN (SELECT uuid::uuid FROM tk_push_deletes)" );
          for ( int i = 0; i < rows.rows(); ++i )
            serverRows[rows.text( i, 0 )] = codec.serverJson( rows, i );
        }
        transaction.commit();
      }
      killPoint();
      Transaction local( mDb );
      for ( const auto &o : batch )
      {
        const auto st = states[o.uuid];
        if ( deleted.count( o.uuid ) || !st.present )
        {
          // Deleted now, or already gone there (by an interrupted push or by someone else).
          Statement f = mDb.prepare( "DELETE FROM sync_rows WHERE tbl = ? AND fid = ?" );
          f.bind( 1, name ).bind( 2, o.fid );
          f.run();
          Statement c = mDb.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
          c.bind( 1, name ).bind( 2, o.fid );
          c.run();
          if ( deleted.count( o.uuid ) )
            ++mReport.pushedDeletes;
        }
        else if ( st.version != o.base )
        {
          recordConflict( mDb, name, o.fid, o.uuid, "deleted_here", st.version, serverRows[o.uuid],
                          std::string(), std::string() );
          ++mReport.newConflicts;
        }
        else
        {
          recordConflict( mDb, name, o.fid, o.uuid, "refused", st.version, serverRows[o.uuid], std::string(),
                          "this login may not delete the row" );
          ++mReport.newConflicts;
        }
      }
      local.commit();
      killPoint();
    }
  }

  Database &mDb;
  PgConnection &mConn;
  SharedInfo mInfo;
  SyncOptions mOptions;
  std::vector<Codec> mCodecs;
  SyncReport mReport;
  std::set<std::string> mTempMade;
  std::unordered_map<std::string, Statement> mStatements;
  std::map<int, std::string> mRememberRows;
  static constexpr int kNewRowsPerStatement = 64;
  double mFraction = 0;
  bool mFreshTable = false; //!< the table being pulled had nothing in this copy: no row to match
};

//! The shared base map into a new copy, layer by layer (as ogr2ogr would).
std::vector<std::string> copyBasemap( const std::string &conninfo, const std::string &path,
                                      const std::vector<std::string> &layers )
{
  std::vector<std::string> copied;
  for ( const auto &layer : layers )
  {
    std::string source = gdalConnectionName( conninfo );
    GDALDatasetH src =
      GDALOpenEx( source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    if ( !src )
      continue;
    std::vector<std::string> args = {
      "-update", "-nln", layer, "-lco", "GEOMETRY_NAME=geom", "-lco", "FID=fid", "tryggkarta." + layer };
    std::vector<char *> argv;
    for ( auto &a : args )
      argv.push_back( a.data() );
    argv.push_back( nullptr );
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew( argv.data(), nullptr );
    int usageError = 0;
    GDALDatasetH out =
      opts ? GDALVectorTranslate( path.c_str(), nullptr, 1, &src, opts, &usageError ) : nullptr;
    if ( out )
    {
      GDALClose( out );
      copied.push_back( layer );
    }
    GDALVectorTranslateOptionsFree( opts );
    GDALClose( src );
  }
  return copied;
}

//! A copy made when the shared schema had fewer tables shares the later ones from now on: their changes are
//! noted from here, and the rows it already has are sent as new (a refusal, as any, keeps them here); rows
//! with a value in a column a later version added are sent again. The coordinator's tables (the crosswalks,
//! priorities, promises) are sent only from a coordinator's copy; the others' vocabularies are matched by
//! name when they arrive.
void shareLaterTables( Database &db, bool coordinator )
{
  const std::string stored = stateValue( db, "shared_schema" );
  const int had = stored.empty() ? 1 : std::atoi( stored.c_str() );
  if ( had >= kSharedSchemaVersion )
    return;
  Transaction transaction( db );
  for ( const auto &t : sharedTables() )
  {
    if ( t.since <= had )
    {
      // A column a later version added (an action's priority): the rows that have it here are sent again.
      for ( const auto &c : t.columns )
        if ( c.since > had )
          db.exec( "INSERT INTO sync_changes (tbl, fid, op) SELECT '" + t.name + "', t.fid, 'U' FROM " +
                   t.name + " t JOIN sync_rows r ON r.tbl = '" + t.name + "' AND r.fid = t.fid WHERE t." +
                   quoteIdent( c.local() ) + " IS NOT NULL ON CONFLICT (tbl, fid) DO NOTHING" );
      continue;
    }
    db.exec( triggersSql( t.name ) );
    // Only what this login may write is sent: a reporter's copy keeps its own crosswalks and priorities.
    const bool writes = coordinator || ( !t.vocabulary && t.reportersWrite );
    if ( writes )
      db.exec( "INSERT OR IGNORE INTO sync_changes (tbl, fid, op) SELECT '" + t.name + "', fid, 'I' FROM " +
               t.name + " WHERE fid NOT IN (SELECT fid FROM sync_rows WHERE tbl = '" + t.name + "')" );
  }
  setState( db, "shared_schema", std::to_string( kSharedSchemaVersion ) );
  transaction.commit();
}

//! Makes the project file a copy of the shared project: the copy's tables and triggers, and (for a project
//! that already had rows) every row marked as new, to be sent.
void makeReplica( ProjectFile &project, const std::string &connection, const std::string &projectId,
                  bool existingRows, const std::string &login )
{
  Database &db = project.db();
  Transaction transaction( db );
  db.exec( kReplicaSql );
  for ( const auto &t : sharedTables() )
    db.exec( triggersSql( t.name ) );
  if ( existingRows )
    for ( const auto &t : sharedTables() )
      db.exec( "INSERT OR IGNORE INTO sync_changes (tbl, fid, op) SELECT '" + t.name + "', fid, 'I' FROM " +
               t.name );
  setState( db, "shared_schema", std::to_string( kSharedSchemaVersion ) );
  setState( db, "connection", connection );
  setState( db, "project_id", projectId );
  setState( db, "login", login );
  transaction.commit();
}

Error stopped( const Message &why )
{
  if ( isCancelled( why ) )
    return Error( why );
  return Error( MessageCode::SyncFailed, why );
}

} // namespace

Expected<SyncReport> synchronise( const std::string &projectPath, const std::string &conninfo,
                                  const SyncOptions &options )
{
  const bool exists = std::filesystem::exists( projectPath );
  std::string connection = conninfo;
  std::unique_ptr<ProjectFile> project;
  if ( exists )
  {
    auto opened = ProjectFile::open( projectPath );
    if ( !opened.ok() )
      return Error( opened.error() );
    project = std::move( opened.value() );
    if ( auto intact = project->checkIntact(); !intact.ok() )
      return Error( intact.error() );
    if ( isReplica( project->db() ) )
    {
      const std::string stored = stateValue( project->db(), "connection" );
      if ( connection.empty() )
        connection = stored;
    }
    else if ( connection.empty() )
      return Error( MessageCode::SyncNotReplica, projectPath );
  }
  else if ( connection.empty() )
    return Error( MessageCode::SyncNotReplica, projectPath );

  auto connected = PgConnection::connect( connection );
  if ( !connected.ok() )
    return stopped( connected.error() );
  PgConnection &conn = *connected.value();
  auto info = sharedInfo( conn );
  if ( !info.ok() )
    return Error( info.error() );
  // A copy holds every table this program shares: an older schema lacks some, so it is brought up first.
  if ( info.value().schemaVersion < kSharedSchemaVersion )
    return Error( MessageCode::SharedOlderSchema, std::to_string( info.value().schemaVersion ),
                  std::to_string( kSharedSchemaVersion ) );
  std::string projectId;
  try
  {
    projectId = conn.query( "SELECT value FROM tryggkarta.meta WHERE key = 'project_id'" ).text( 0, 0 );
  }
  catch ( const PgError &e )
  {
    return stopped( Message::make( MessageCode::SharedQueryFailed, std::string( "the project's identity" ),
                                   std::string( e.what() ) ) );
  }

  try
  {
    if ( !project )
    {
      // A new copy: a project in the shared coordinate system, the base map and the copy's own tables, made
      // under a name of its own and moved to its name when whole (a copy interrupted before is never found
      // half made); then everything pulled.
      removeNewFileWork( projectPath );
      const std::string work = newFileWorkPath( projectPath );
      struct RemoveUnlessPlaced
      {
        const std::string &path;
        bool placed = false;
        ~RemoveUnlessPlaced()
        {
          if ( !placed )
            removeNewFileWork( path );
        }
      } cleanup{ projectPath };
      if ( const Status created = createProjectFileAt( work, projectPath, info.value().srid ); !created )
        return Error( created.error() );
      const auto layers = copyBasemap( connection, work, info.value().basemapLayers );
      {
        auto opened = ProjectFile::open( work );
        if ( !opened.ok() ) // named as the file asked for, not the name it is made under
          return Error( MessageCode::ProjectCreateFailed, projectPath, opened.error().text() );
        auto &made = *opened.value();
        {
          Transaction transaction( made.db() );
          std::string list;
          for ( const auto &l : layers )
            list += ( list.empty() ? "" : "," ) + l;
          if ( !list.empty() )
            made.setMetaValue( "basemap_layers", list );
          if ( !info.value().municipality.empty() )
            made.setMetaValue( "municipality_name", info.value().municipality );
          if ( !info.value().syntheticData.empty() )
            made.setMetaValue( "synthetic_data", info.value().syntheticData );
          transaction.commit();
        }
        makeReplica( made, withoutPassword( connection ), projectId, false, info.value().login );
      } // closed before the move: SQLite names its journal after the path it opened
      if ( const Status placed = placeNewFile( work, projectPath ); !placed )
        return Error( placed.error() );
      cleanup.placed = true;
      auto opened = ProjectFile::open( projectPath );
      if ( !opened.ok() )
        return Error( opened.error() );
      project = std::move( opened.value() );
    }
    else if ( !isReplica( project->db() ) )
    {
      if ( project->projectSrsId() != info.value().srid )
        return Error( MessageCode::SyncSrsMismatch, projectPath, std::to_string( project->projectSrsId() ),
                      std::to_string( info.value().srid ) );
      makeReplica( *project, withoutPassword( connection ), projectId, true, info.value().login );
    }
    else
    {
      const std::string stored = stateValue( project->db(), "project_id" );
      if ( stored != projectId )
        return Error( MessageCode::SyncOtherDatabase, projectPath,
                      stateValue( project->db(), "connection" ) );
      // A copy holds what its login may read and changes to be sent as that login: never another's.
      const std::string login = stateValue( project->db(), "login" );
      if ( !login.empty() && login != info.value().login )
        return Error( MessageCode::SyncOtherLogin, projectPath, login, info.value().login );
      if ( !conninfo.empty() && withoutPassword( conninfo ) != stateValue( project->db(), "connection" ) )
      {
        Transaction transaction( project->db() );
        setState( project->db(), "connection", withoutPassword( conninfo ) );
        transaction.commit();
      }
      shareLaterTables( project->db(), info.value().kind == "coordinator" );
    }
    Synchroniser synchroniser( project->db(), conn, info.value(), options );
    SyncReport report = synchroniser.run();
    // The copy is opened next (the app opens it at once): its check kept for that process too.
    rememberIntactWhenSettled( project->db() );
    return report;
  }
  catch ( const SyncStop &stop )
  {
    return stopped( stop.message );
  }
  catch ( const PgError &e )
  {
    return stopped( Message::make( MessageCode::SharedQueryFailed, std::string( "the synchronisation" ),
                                   std::string( e.what() ) ) );
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error( damaged.message );
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, projectPath ) )
      return Error( *full );
    return stopped(
      Message::make( MessageCode::SharedQueryFailed, std::string( "the copy" ), std::string( e.what() ) ) );
  }
}

ReplicaStatus replicaStatus( Database &db )
{
  ReplicaStatus status;
  if ( !isReplica( db ) )
    return status;
  status.replica = true;
  status.connection = stateValue( db, "connection" );
  status.lastSync = stateValue( db, "last_sync_at" );
  status.pending = db.queryInt( "SELECT count(*) FROM sync_changes" );
  status.openConflicts = db.queryInt( "SELECT count(*) FROM sync_conflicts WHERE resolved_at IS NULL" );
  return status;
}

std::vector<SyncConflict> openSyncConflicts( Database &db )
{
  std::vector<SyncConflict> out;
  if ( !isReplica( db ) )
    return out;
  Statement s = db.prepare(
    "SELECT fid, tbl, coalesce(local_fid, 0), coalesce(uuid, ''), kind, coalesce(server_version, 0), "
    "coalesce(server_row, ''), coalesce(local_row, ''), coalesce(reason, ''), found_at FROM "
    "sync_conflicts WHERE resolved_at IS NULL ORDER BY fid" );
  while ( s.step() )
    out.push_back( { s.int64( 0 ), s.text( 1 ), s.int64( 2 ), s.text( 3 ), s.text( 4 ), s.int64( 5 ),
                     s.text( 6 ), s.text( 7 ), s.text( 8 ), s.text( 9 ) } );
  return out;
}

Message SyncConflict::describe() const
{
  if ( kind == "both_changed" )
    return Message::make( MessageCode::SyncConflictBothChanged );
  if ( kind == "deleted_there" )
    return Message::make( MessageCode::SyncConflictDeletedThere );
  if ( kind == "deleted_here" )
    return Message::make( MessageCode::SyncConflictDeletedHere );
  return Message::make( MessageCode::SyncRowRefused, table, std::to_string( localFid ), reason );
}

Status resolveSyncConflict( Database &db, int64_t id, bool keepLocal )
{
  return inTransaction<Done>(
    db, MessageCode::SyncFailed,
    [&]() -> Done
    {
      Statement s =
        db.prepare( "SELECT tbl, local_fid, uuid, kind, server_version FROM sync_conflicts WHERE fid = ? AND "
                    "resolved_at IS NULL" );
      s.bind( 1, id );
      if ( !s.step() )
        throw Refused{ Message::make( MessageCode::SyncUnknownConflict, std::to_string( id ) ) };
      const std::string table = s.text( 0 );
      if ( !sharedTable( table ) )
        throw Refused{ Message::make( MessageCode::SyncUnknownConflict, std::to_string( id ) ) };
      const int64_t fid = s.int64( 1 );
      const std::string uuid = s.isNull( 2 ) ? std::string() : s.text( 2 );
      const std::string kind = s.text( 3 );
      const int64_t serverVersion = s.int64( 4 );
      auto run = [&db]( const std::string &sql, const std::vector<std::string> &text,
                        const std::vector<int64_t> &numbers )
      {
        Statement st = db.prepare( sql );
        int i = 1;
        for ( const auto &t : text )
          st.bind( i++, t );
        for ( const auto n : numbers )
          st.bind( i++, n );
        st.run();
      };
      auto refetchShared = [&]
      {
        if ( !uuid.empty() )
          run( "INSERT OR IGNORE INTO sync_refetch (tbl, uuid) VALUES (?, ?)", { table, uuid }, {} );
      };
      if ( keepLocal )
      {
        if ( kind == "both_changed" || kind == "deleted_here" )
        {
          // Sent over the shared version at the next synchronisation (as a new change, with a new id).
          Statement v = db.prepare( "UPDATE sync_rows SET version = ? WHERE tbl = ? AND fid = ?" );
          v.bind( 1, serverVersion ).bind( 2, table ).bind( 3, fid );
          v.run();
          Statement c = db.prepare(
            "UPDATE sync_changes SET sent_change_id = coalesce(change_id, sent_change_id), change_id = "
            "NULL WHERE tbl = ? AND fid = ?" );
          c.bind( 1, table ).bind( 2, fid );
          c.run();
        }
        else if ( kind == "deleted_there" )
        {
          // Sent again as a new row.
          Statement f = db.prepare( "DELETE FROM sync_rows WHERE tbl = ? AND fid = ?" );
          f.bind( 1, table ).bind( 2, fid );
          f.run();
          Statement c = db.prepare(
            "INSERT INTO sync_changes (tbl, fid, op) VALUES (?, ?, 'I') ON CONFLICT (tbl, fid) DO "
            "UPDATE SET op = 'I', change_id = NULL, sent_change_id = NULL" );
          c.bind( 1, table ).bind( 2, fid );
          c.run();
        }
        else
        {
          // Refused: kept here as it is, no longer sent.
          Statement c = db.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
          c.bind( 1, table ).bind( 2, fid );
          c.run();
        }
      }
      else
      {
        Statement c = db.prepare( "DELETE FROM sync_changes WHERE tbl = ? AND fid = ?" );
        c.bind( 1, table ).bind( 2, fid );
        c.run();
        const bool neverSent = db.queryInt( "SELECT count(*) FROM sync_rows WHERE tbl = '" + table +
                                            "' AND fid = " + std::to_string( fid ) + " AND version = 0" ) > 0;
        if ( kind == "deleted_there" || ( kind == "refused" && neverSent ) )
        {
          // The shared version is no row: deleted here too.
          db.exec( "INSERT INTO sync_applying (applying) VALUES (1)" );
          Statement d = db.prepare( "DELETE FROM " + table + " WHERE fid = ?" );
          d.bind( 1, fid );
          d.run();
          db.exec( "DELETE FROM sync_applying" );
          Statement f = db.prepare( "DELETE FROM sync_rows WHERE tbl = ? AND fid = ?" );
          f.bind( 1, table ).bind( 2, fid );
          f.run();
        }
        else
        {
          if ( kind == "deleted_here" )
          {
            Statement f = db.prepare( "DELETE FROM sync_rows WHERE tbl = ? AND fid = ?" );
            f.bind( 1, table ).bind( 2, fid );
            f.run();
          }
          refetchShared();
        }
      }
      Statement r = db.prepare( "UPDATE sync_conflicts SET resolved_at = ?, resolution = ? WHERE fid = ?" );
      r.bind( 1, utcNowIso() ).bind( 2, keepLocal ? "local" : "shared" ).bind( 3, id );
      r.run();
      return Done{};
    } );
}

} // namespace tryggkarta

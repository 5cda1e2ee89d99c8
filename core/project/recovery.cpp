#include "recovery.h"

#include "gpkgcatalogue.h"
#include "database.h"
#include "interruption.h"
#include "progress.h"
#include "projectfile.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <limits>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <random>
#include <set>

namespace tryggkarta
{

namespace fs = std::filesystem;

namespace
{
std::string sqlName( const std::string &name )
{
  std::string result = "\"";
  for ( char c : name )
    result += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
  return result + "\"";
}

//! A temporary folder for copies of the damaged file, removed at the end.
class ScratchFolder
{
public:
  ScratchFolder()
  {
    std::random_device random;
    mPath = fs::temp_directory_path() /
            ( "tryggkarta-recover-" + std::to_string( random() ) + std::to_string( random() ) );
    fs::create_directories( mPath );
  }
  ~ScratchFolder()
  {
    std::error_code ec;
    fs::remove_all( mPath, ec );
  }
  std::string file( const std::string &name ) const { return ( mPath / name ).string(); }

private:
  fs::path mPath;
};

//! The file as a read-only, immutable URI: SQLite takes no locks and never writes beside it.
std::string immutableUri( const std::string &path )
{
  std::string uri = "file:";
  for ( unsigned char c : fs::absolute( path ).string() )
  {
    if ( std::isalnum( c ) || std::string( "/-_.~" ).find( static_cast<char>( c ) ) != std::string::npos )
      uri += static_cast<char>( c );
    else
    {
      char escaped[4];
      std::snprintf( escaped, sizeof escaped, "%%%02X", c );
      uri += escaped;
    }
  }
  return uri + "?mode=ro&immutable=1";
}

//! The damaged file opened for reading only, with a schema entry that cannot be parsed skipped, not fatal.
Database openSource( const std::string &path )
{
  Database db( immutableUri( path ), Database::Mode::ReadOnly );
  db.exec( "PRAGMA writable_schema = ON" );
  return db;
}

struct SourceTable
{
  std::string name;
  std::string sql;
};

//! The tables the source lists (as far as its list can be read), without SQLite's and R-tree internals.
std::vector<SourceTable> readTableList( Database &source,
                                        std::vector<std::pair<std::string, std::string>> &others )
{
  std::vector<SourceTable> tables;
  Statement s = source.prepare( "SELECT type, name, tbl_name, sql FROM sqlite_master" );
  try
  {
    while ( s.step() )
    {
      const std::string type = s.text( 0 ), name = s.text( 1 ), sql = s.text( 3 );
      if ( type == "table" && name.rfind( "sqlite_", 0 ) != 0 && name.rfind( "rtree_", 0 ) != 0 &&
           sql.rfind( "CREATE VIRTUAL", 0 ) != 0 )
        tables.push_back( SourceTable{ name, sql } );
      else if ( !sql.empty() )
        others.emplace_back( s.text( 2 ), sql );
    }
  }
  catch ( const SqlError & )
  {
    // The rest of the list is on a page that cannot be read: the tables found so far are recovered.
    if ( tables.empty() )
      throw;
  }
  return tables;
}

uint32_t readBig( const std::string &bytes, size_t at, int width )
{
  uint32_t value = 0;
  for ( int i = 0; i < width; ++i )
    value = ( value << 8 ) | static_cast<unsigned char>( bytes[at + i] );
  return value;
}

void writeBig( std::string &bytes, size_t at, int width, uint32_t value )
{
  for ( int i = width - 1; i >= 0; --i, value >>= 8 )
    bytes[at + i] = static_cast<char>( value & 0xff );
}

/**
 * A copy of the file with its 100-byte header made valid again (magic, page size, rollback mode, payload
 * fractions, page count from the file's size, schema format and text encoding), when the pages behind it look
 * like SQLite's; nothing otherwise.
 */
std::optional<std::string> repairedHeaderCopy( const std::string &path, const ScratchFolder &scratch )
{
  std::ifstream in( path, std::ios::binary );
  std::string bytes( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );
  if ( bytes.size() < 1024 )
    return std::nullopt;
  uint32_t stated = readBig( bytes, 16, 2 );
  if ( stated == 1 )
    stated = 65536;
  std::vector<uint32_t> candidates = { stated, 4096, 1024, 2048, 8192, 16384, 32768, 65536, 512 };
  std::optional<uint32_t> pageSize;
  for ( uint32_t size : candidates )
  {
    if ( size < 512 || size > 65536 || ( size & ( size - 1 ) ) != 0 || bytes.size() % size != 0 )
      continue;
    // Page 1 holds the schema's b-tree page after the header: a table leaf (13) or interior page (5).
    const unsigned char kind = static_cast<unsigned char>( bytes[100] );
    const unsigned char next = bytes.size() > size ? static_cast<unsigned char>( bytes[size] ) : 0;
    if ( ( kind == 13 || kind == 5 ) && ( next == 0 || next == 2 || next == 5 || next == 10 || next == 13 ) )
    {
      pageSize = size;
      break;
    }
  }
  if ( !pageSize )
    return std::nullopt;
  bytes.replace( 0, 16, std::string( "SQLite format 3\0", 16 ) );
  writeBig( bytes, 16, 2, *pageSize == 65536 ? 1 : *pageSize );
  bytes[18] = bytes[19] = 1;
  bytes[20] = 0;
  bytes[21] = 64;
  bytes[22] = 32;
  bytes[23] = 32;
  writeBig( bytes, 28, 4, static_cast<uint32_t>( bytes.size() / *pageSize ) );
  writeBig( bytes, 92, 4, readBig( bytes, 24, 4 ) );
  const uint32_t format = readBig( bytes, 44, 4 );
  if ( format < 1 || format > 4 )
    writeBig( bytes, 44, 4, 4 );
  const uint32_t encoding = readBig( bytes, 56, 4 );
  if ( encoding < 1 || encoding > 3 )
    writeBig( bytes, 56, 4, 1 );
  const std::string copy = scratch.file( "repaired.gpkg" );
  std::ofstream( copy, std::ios::binary ) << bytes;
  return copy;
}

std::vector<std::string> columnsOf( Database &db, const std::string &table )
{
  std::vector<std::string> columns;
  Statement s = db.prepare( "SELECT * FROM " + sqlName( table ) + " LIMIT 0" );
  for ( int i = 0; i < s.columnCount(); ++i )
    columns.push_back( s.columnName( i ) );
  return columns;
}

std::string joined( const std::vector<std::string> &names, const std::string &prefix = std::string() )
{
  std::string out;
  for ( const std::string &n : names )
    out += ( out.empty() ? "" : ", " ) + prefix + sqlName( n );
  return out;
}

/**
 * Copies the readable rows of one table, row by row in fid order. Where a row cannot be read the next fid is
 * looked up; where a whole page cannot be read, the smallest fid after it from which reading works again is
 * found by probing (doubling, then halving), and the fids in between count as unreadable.
 */
//! Thrown out of the copying when the progress callback asks to stop.
struct RecoveryCancelled
{
};

void copyRows( Database &source, Database &target, const std::string &table, const std::string &insertVerb,
               const std::string &whereExtra, TableRecovery &report, const ProgressCallback &progress = {} )
{
  // How far the copy has come, by fid against the largest (when even that can be read).
  int64_t maxFid = 0;
  if ( progress )
  {
    try
    {
      maxFid = source.queryInt( "SELECT coalesce(max(_rowid_), 0) FROM " + sqlName( table ) );
    }
    catch ( const SqlError & )
    {
    }
  }
  int64_t sinceReport = 0;
  const std::vector<std::string> sourceColumns = columnsOf( source, table );
  const std::vector<std::string> targetColumns = columnsOf( target, table );
  std::vector<std::string> shared;
  for ( const std::string &c : sourceColumns )
    if ( std::find( targetColumns.begin(), targetColumns.end(), c ) != targetColumns.end() )
      shared.push_back( c );
  if ( shared.empty() )
    return;
  const std::string where = whereExtra.empty() ? std::string() : " AND (" + whereExtra + ")";
  Statement read = source.prepare( "SELECT _rowid_, " + joined( shared ) + " FROM " + sqlName( table ) +
                                   " WHERE _rowid_ > ?" + where + " ORDER BY _rowid_" );
  Statement next = source.prepare( "SELECT _rowid_ FROM " + sqlName( table ) +
                                   " WHERE _rowid_ > ? ORDER BY _rowid_ LIMIT 1" );
  std::string placeholders;
  for ( size_t i = 0; i < shared.size(); ++i )
    placeholders += i ? ", ?" : "?";
  Statement insert = target.prepare( insertVerb + " INTO " + sqlName( table ) + " (" + joined( shared ) +
                                     ") VALUES (" + placeholders + ")" );
  int64_t refusedFirst = 0;
  std::string refusedReason;
  int64_t last = std::numeric_limits<int64_t>::min();
  // Whether reading works from just after fid `after` (the first step succeeds).
  const auto readsAfter = [&]( int64_t after )
  {
    try
    {
      read.reset();
      read.bind( 1, after );
      read.step();
      read.reset();
      return true;
    }
    catch ( const SqlError & )
    {
      return false;
    }
  };
  // Every pass starts after a larger fid than the one before, so this ends; the cap only bounds the time a
  // file damaged in very many places takes.
  constexpr int kMaxDamagedPlaces = 10000;
  for ( int damagedPlaces = 0;; )
  {
    read.reset();
    read.bind( 1, last );
    try
    {
      while ( read.step() )
      {
        const int64_t fid = read.int64( 0 );
        // A damaged page can hand out cells in the wrong order; its rows are not trusted.
        if ( fid <= last )
          throw SqlError( "rows out of order", SQLITE_CORRUPT );
        last = fid;
        if ( progress && ++sinceReport == 4096 )
        {
          sinceReport = 0;
          if ( !progress( maxFid > 0 ? std::min( 1.0, static_cast<double>( fid ) / maxFid ) : 0.0 ) )
            throw RecoveryCancelled{};
        }
        for ( size_t i = 0; i < shared.size(); ++i )
          insert.bindValueOf( static_cast<int>( i + 1 ), read, static_cast<int>( i + 1 ) );
        try
        {
          insert.step();
          ++report.copied;
        }
        catch ( const SqlError &e )
        {
          if ( ( e.code() & 0xff ) != SQLITE_CONSTRAINT && ( e.code() & 0xff ) != SQLITE_MISMATCH )
            throw std::runtime_error( e.what() );
          if ( report.refused++ == 0 )
          {
            refusedFirst = last;
            refusedReason = e.what();
          }
        }
        insert.reset();
      }
      break;
    }
    catch ( const SqlError &readError )
    {
      if ( !readError.isDamage() && ( readError.code() & 0xff ) != SQLITE_IOERR )
        throw;
      if ( ++damagedPlaces > kMaxDamagedPlaces )
      {
        report.problems.push_back(
          Message::make( MessageCode::RecoverTableUnreadable, std::string( readError.what() ) ) );
        break;
      }
      const int64_t from = last == std::numeric_limits<int64_t>::min() ? 1 : last + 1;
      // One row that cannot be read (its overflow pages, say): skip just that one.
      std::optional<int64_t> failing;
      try
      {
        next.reset();
        next.bind( 1, last );
        if ( next.step() )
          failing = next.int64( 0 );
        next.reset();
      }
      catch ( const SqlError & )
      {
      }
      if ( failing && *failing >= from && readsAfter( *failing ) )
      {
        report.unreadable += 1;
        report.problems.push_back(
          Message::make( MessageCode::RecoverRowsUnreadable, 1, *failing, *failing ) );
        last = *failing;
        continue;
      }
      // A page that cannot be read: the first fid after it where reading works again, by doubling steps and
      // then halving the last one.
      int64_t bad = from - 1;
      std::optional<int64_t> good;
      for ( int64_t step = 1; step < ( int64_t( 1 ) << 40 ); step *= 2 )
      {
        if ( readsAfter( bad + step ) )
        {
          good = bad + step;
          break;
        }
        bad += step;
      }
      if ( !good )
      {
        report.problems.push_back(
          Message::make( MessageCode::RecoverTableUnreadable, std::string( readError.what() ) ) );
        break;
      }
      while ( *good - bad > 1 )
      {
        const int64_t middle = bad + ( *good - bad ) / 2;
        if ( readsAfter( middle ) )
          good = middle;
        else
          bad = middle;
      }
      report.unreadable += *good - from + 1;
      report.problems.push_back(
        Message::make( MessageCode::RecoverRowsUnreadable, *good - from + 1, from, *good ) );
      last = *good;
    }
  }
  if ( report.refused > 0 )
    report.problems.push_back(
      Message::make( MessageCode::RecoverRowsRefused, report.refused,
                     "fid " + std::to_string( refusedFirst ) + ": " + refusedReason ) );
}

bool hasTable( Database &db, const std::string &name )
{
  try
  {
    return db.tableExists( name );
  }
  catch ( const SqlError & )
  {
    return false;
  }
}

/**
 * References to rows that could not be read: an optional reference is emptied, a row that cannot be without
 * it is removed (and counted as refused). Foreign keys are off while rows are copied, so that a row is not
 * lost only because the row it names came later or was on a damaged page.
 */
void settleReferences( Database &target, std::map<std::string, TableRecovery *> &reports )
{
  std::map<std::string, std::pair<int64_t, std::set<std::string>>> cleared;
  std::map<std::string, int64_t> removed;
  struct Violation
  {
    std::string table;
    int64_t rowid;
    int64_t fkid;
  };
  std::vector<Violation> violations;
  {
    Statement check = target.prepare( "PRAGMA foreign_key_check" );
    while ( check.step() )
      violations.push_back( { check.text( 0 ), check.int64( 1 ), check.int64( 3 ) } );
  }
  for ( const Violation &v : violations )
  {
    Statement fk = target.prepare( "SELECT \"from\" FROM pragma_foreign_key_list(?) WHERE id = ?" );
    fk.bind( 1, v.table ).bind( 2, v.fkid );
    std::string column;
    if ( fk.step() )
      column = fk.text( 0 );
    Statement info = target.prepare( "SELECT \"notnull\" FROM pragma_table_info(?) WHERE name = ?" );
    info.bind( 1, v.table ).bind( 2, column );
    bool required = !info.step() || info.int64( 0 ) != 0;
    if ( !required && !column.empty() )
    {
      // Emptied unless the row's own rules need it (e.g. a link that must name a walk or an action).
      Statement clear = target.prepare( "UPDATE " + sqlName( v.table ) + " SET " + sqlName( column ) +
                                        " = NULL WHERE _rowid_ = ?" );
      clear.bind( 1, v.rowid );
      try
      {
        clear.run();
      }
      catch ( const SqlError & )
      {
        required = true;
      }
    }
    if ( required || column.empty() )
    {
      Statement del = target.prepare( "DELETE FROM " + sqlName( v.table ) + " WHERE _rowid_ = ?" );
      del.bind( 1, v.rowid );
      del.run();
      if ( target.changes() > 0 )
        ++removed[v.table];
    }
    else
    {
      auto &entry = cleared[v.table];
      ++entry.first;
      entry.second.insert( v.table + "." + column );
    }
  }
  for ( const auto &[table, count] : removed )
    if ( auto it = reports.find( table ); it != reports.end() )
    {
      it->second->copied -= count;
      it->second->refused += count;
      it->second->problems.push_back( Message::make( MessageCode::RecoverRowsRefused, count,
                                                     std::string( "FOREIGN KEY constraint failed" ) ) );
    }
  for ( const auto &[table, entry] : cleared )
    if ( auto it = reports.find( table ); it != reports.end() )
    {
      std::string columns;
      for ( const std::string &c : entry.second )
        columns += ( columns.empty() ? "" : ", " ) + c;
      it->second->problems.push_back(
        Message::make( MessageCode::RecoverReferencesCleared, entry.first, columns ) );
    }
}
} // namespace

bool RecoveryReport::complete() const
{
  for ( const TableRecovery &t : tables )
    if ( !t.problems.empty() )
      return false;
  return notes.empty();
}

Expected<RecoveryReport> recoverProject( const std::string &damagedPath, const std::string &newPath,
                                         const ProgressCallback &progress )
{
  std::error_code ec;
  if ( !fs::exists( damagedPath, ec ) )
    return Error( MessageCode::FileMissing, damagedPath );
  if ( fs::exists( newPath, ec ) )
  {
    if ( fs::equivalent( damagedPath, newPath, ec ) )
      return Error( MessageCode::RecoverSameFile, damagedPath );
    return Error( MessageCode::RecoverOutputExists, newPath );
  }
  RecoveryReport report;
  report.damagedPath = damagedPath;
  report.newPath = newPath;
  ScratchFolder scratch;

  // A change left half-done is put right in a copy (as SQLite would on the next open), the file untouched.
  std::string sourcePath = damagedPath;
  if ( const std::optional<InterruptedChange> interrupted = findInterruptedChange( damagedPath ) )
  {
    const std::string copy = scratch.file( "copy.gpkg" );
    fs::copy_file( damagedPath, copy, ec );
    if ( !ec )
      fs::copy_file( interrupted->leftover, copy + ( interrupted->writeAheadLog ? "-wal" : "-journal" ), ec );
    if ( !ec )
    {
      try
      {
        Database putRight( copy, Database::Mode::ReadWrite );
        putRight.queryInt( "PRAGMA schema_version" );
        if ( interrupted->writeAheadLog )
          putRight.exec( "PRAGMA journal_mode = DELETE" );
      }
      catch ( const SqlError & )
      {
        // What SQLite could not put right is read as it is.
      }
      sourcePath = copy;
    }
  }

  Database source;
  std::vector<SourceTable> tables;
  std::vector<std::pair<std::string, std::string>> dependents; // (table, sql) of indexes, triggers, R-trees
  try
  {
    source = openSource( sourcePath );
    tables = readTableList( source, dependents );
  }
  catch ( const SqlError &first )
  {
    const std::optional<std::string> repaired = repairedHeaderCopy( sourcePath, scratch );
    if ( !repaired )
      return Error( MessageCode::RecoverUnreadable, damagedPath, std::string( first.what() ) );
    try
    {
      dependents.clear();
      source = openSource( *repaired );
      tables = readTableList( source, dependents );
      report.notes.push_back( Message::make( MessageCode::RecoverHeaderRepaired ) );
    }
    catch ( const SqlError & )
    {
      return Error( MessageCode::RecoverUnreadable, damagedPath, std::string( first.what() ) );
    }
  }

  int srsId = 3006;
  try
  {
    srsId = static_cast<int>(
      source.queryInt( "SELECT value FROM tryggkarta_meta WHERE key = 'project_srs'", 3006 ) );
  }
  catch ( const SqlError & )
  {
  }
  auto created = ProjectFile::create( newPath, srsId > 0 ? srsId : 3006 );
  if ( !created && srsId != 3006 )
    created = ProjectFile::create( newPath, 3006 );
  if ( !created )
    return Error{ created.error() };
  std::unique_ptr<ProjectFile> project = std::move( created.value() );
  Database &target = project->db();

  const auto sourceHas = [&tables]( const std::string &name )
  {
    return std::any_of( tables.begin(), tables.end(),
                        [&]( const SourceTable &t ) { return t.name == name; } );
  };
  // The new project's own tables (made as in every new project), then those only the damaged file has (stored
  // results, base map layers, stored maps), made from their definitions there.
  std::vector<std::string> own;
  {
    Statement s = target.prepare( "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                                  "'sqlite_%' AND name NOT LIKE 'rtree_%' AND sql NOT LIKE 'CREATE VIRTUAL%' "
                                  "ORDER BY rootpage" );
    while ( s.step() )
      own.push_back( s.text( 0 ) );
  }
  std::vector<SourceTable> extra;
  for ( const SourceTable &t : tables )
    if ( std::find( own.begin(), own.end(), t.name ) == own.end() && t.name.rfind( "gpkg", 0 ) != 0 )
      extra.push_back( t );

  // Tables GDAL and the schema fill in when the project is made: the damaged file's rows replace theirs.
  const std::set<std::string> seeded = { "categories",      "category_groups",  "place_types",
                                         "checklist_items", "action_statuses",  "organisations",
                                         "crosswalks",      "crosswalk_entries" };
  std::vector<TableRecovery> results;
  results.reserve( own.size() + extra.size() );
  std::map<std::string, TableRecovery *> byName;
  const auto reportFor = [&]( const std::string &table ) -> TableRecovery &
  {
    results.push_back( TableRecovery{ table, 0, 0, 0, {} } );
    byName[table] = &results.back();
    return results.back();
  };

  try
  {
    target.exec( "PRAGMA foreign_keys = OFF" );
    Transaction transaction( target );
    // Coordinate systems and what the GeoPackage says of the tables only the damaged file has.
    if ( sourceHas( "gpkg_spatial_ref_sys" ) )
    {
      TableRecovery ignored;
      copyRows( source, target, "gpkg_spatial_ref_sys", "INSERT OR IGNORE", std::string(), ignored );
    }
    // GeoPackage support tables the new project lacks (those of stored rasters: gridded coverages), with
    // their triggers and indexes, as GDAL made them in the damaged file.
    for ( const SourceTable &t : tables )
      if ( t.name.rfind( "gpkg", 0 ) == 0 && !hasTable( target, t.name ) )
      {
        try
        {
          target.exec( t.sql );
          for ( const auto &[owner, sql] : dependents )
            if ( owner == t.name && sql.rfind( "CREATE VIRTUAL", 0 ) != 0 )
              target.exec( sql );
        }
        catch ( const SqlError & )
        {
          // Its rows cannot come then; the layers it describes still do.
        }
      }
    std::vector<std::string> created;
    for ( const SourceTable &t : extra )
    {
      TableRecovery &r = reportFor( t.name );
      try
      {
        target.exec( t.sql );
        created.push_back( t.name );
      }
      catch ( const SqlError &e )
      {
        r.problems.push_back( Message::make( MessageCode::RecoverTableUnreadable, std::string( e.what() ) ) );
      }
    }
    if ( !created.empty() )
    {
      std::string names;
      for ( const std::string &n : created )
      {
        std::string literal = "'";
        for ( char c : n )
          literal += c == '\'' ? std::string( "''" ) : std::string( 1, c );
        names += ( names.empty() ? "" : ", " ) + literal + "'";
      }
      for ( const auto &[catalogue, column] : kGpkgCatalogues )
        if ( sourceHas( catalogue ) && hasTable( target, catalogue ) )
        {
          TableRecovery ignored;
          copyRows( source, target, catalogue, "INSERT OR IGNORE",
                    std::string( column ) + " IN (" + names + ")", ignored );
        }
      // R-trees and the triggers that keep them (and GDAL's feature counts) up to date as rows arrive.
      // An R-tree is its own entry in the schema: rtree_<table>_<geometry column>.
      for ( const auto &[name, sql] : dependents )
        if ( sql.rfind( "CREATE VIRTUAL", 0 ) == 0 &&
             std::any_of( created.begin(), created.end(),
                          [&name = name]( const std::string &t )
                          { return name.rfind( "rtree_" + t + "_", 0 ) == 0; } ) )
        {
          try
          {
            target.exec( sql );
          }
          catch ( const SqlError & )
          {
            // Without its R-tree the layer is still drawn, only slower.
          }
        }
      for ( const auto &[table, sql] : dependents )
        if ( std::find( created.begin(), created.end(), table ) != created.end() &&
             sql.rfind( "CREATE TRIGGER", 0 ) == 0 )
        {
          try
          {
            target.exec( sql );
          }
          catch ( const SqlError & )
          {
            // A trigger that names what the damaged file lost is left out; the rows still come.
          }
        }
    }

    // Progress by table, and within a table by its rows.
    const double tableCount = static_cast<double>( own.size() + created.size() );
    int tableIndex = 0;
    const auto tableProgress = [&]
    {
      const double from = tableIndex / tableCount;
      ++tableIndex;
      if ( !reportProgress( progress, from ) )
        throw RecoveryCancelled{};
      return progressRange( progress, from, tableIndex / tableCount );
    };
    for ( const std::string &table : own )
    {
      const ProgressCallback rows = tableProgress();
      if ( table.rfind( "gpkg", 0 ) == 0 )
        continue;
      TableRecovery &r = reportFor( table );
      if ( !sourceHas( table ) )
      {
        r.problems.push_back( Message::make( MessageCode::RecoverTableMissing ) );
        continue;
      }
      try
      {
        if ( table == "tryggkarta_meta" )
          copyRows( source, target, table, "INSERT OR REPLACE", "key <> 'schema_version'", r, rows );
        else
          copyRows( source, target, table, seeded.count( table ) ? "INSERT OR REPLACE" : "INSERT",
                    std::string(), r, rows );
      }
      catch ( const SqlError &e )
      {
        r.problems.push_back( Message::make( MessageCode::RecoverTableUnreadable, std::string( e.what() ) ) );
      }
    }
    for ( const std::string &table : created )
    {
      const ProgressCallback rows = tableProgress();
      TableRecovery &r = *byName[table];
      try
      {
        copyRows( source, target, table, "INSERT", std::string(), r, rows );
      }
      catch ( const SqlError &e )
      {
        r.problems.push_back( Message::make( MessageCode::RecoverTableUnreadable, std::string( e.what() ) ) );
      }
      for ( const auto &[owner, sql] : dependents )
        if ( owner == table &&
             ( sql.rfind( "CREATE INDEX", 0 ) == 0 || sql.rfind( "CREATE UNIQUE", 0 ) == 0 ) )
        {
          try
          {
            target.exec( sql );
          }
          catch ( const SqlError & )
          {
            // A unique index that the damaged rows break is left out.
          }
        }
    }
    settleReferences( target, byName );
    if ( hasTable( target, "gpkg_ogr_contents" ) )
    {
      std::vector<std::string> counted;
      Statement s = target.prepare( "SELECT table_name FROM gpkg_ogr_contents" );
      while ( s.step() )
        counted.push_back( s.text( 0 ) );
      for ( const std::string &t : counted )
        if ( hasTable( target, t ) )
        {
          Statement update =
            target.prepare( "UPDATE gpkg_ogr_contents SET feature_count = (SELECT count(*) FROM " +
                            sqlName( t ) + ") WHERE table_name = ?" );
          update.bind( 1, t );
          update.run();
        }
    }
    for ( const auto &[key, value] :
          { std::pair<std::string, std::string>{ "recovered_from", fs::absolute( damagedPath ).string() },
            std::pair<std::string, std::string>{ "recovered_at", utcNowIso() } } )
    {
      Statement s = target.prepare( "INSERT OR REPLACE INTO tryggkarta_meta (key, value) VALUES (?, ?)" );
      s.bind( 1, key ).bind( 2, value );
      s.run();
    }
    transaction.commit();
    target.exec( "PRAGMA foreign_keys = ON" );
  }
  catch ( const RecoveryCancelled & )
  {
    project.reset();
    fs::remove( newPath, ec );
    fs::remove( newPath + "-journal", ec );
    return Error( MessageCode::Cancelled );
  }
  catch ( const std::exception &e )
  {
    project.reset();
    fs::remove( newPath, ec );
    fs::remove( newPath + "-journal", ec );
    return Error( MessageCode::RecoverWriteFailed, newPath, std::string( e.what() ) );
  }
  // The project's own tables first, in the order they were made, then those only the damaged file had.
  std::stable_partition( results.begin(), results.end(),
                         [&own]( const TableRecovery &t )
                         { return std::find( own.begin(), own.end(), t.table ) != own.end(); } );
  report.tables = std::move( results );
  return report;
}

} // namespace tryggkarta

// Damaged projects and interrupted changes, end to end: variants of a demo project (its header, zeroed pages,
// truncations, flipped bytes, garbage after it, a journal or write-ahead log left by a program killed while
// writing), each given to every command of tryggkarta-cli as a user would. Whether a variant is damaged is
// asked of SQLite itself (integrity_check on a copy), not of Tryggkarta: a damaged one is refused by every
// command with a message of ours and left byte for byte as it was; one SQLite finds whole is worked on; an
// interrupted change is put right (after a copy) and told; nothing ever ends with a signal.

#include "clitestutil.h"
#include "testutil.h"

#include "database.h"
#include "sha256.h"

#include <catch2/catch.hpp>
#include <gdal_alg.h>
#include <gdal_priv.h>
#include <sqlite3.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>

#include <sys/wait.h>
#include <unistd.h>

using clitest::cli;
using clitest::Run;
using testutil::readFile;
using testutil::TempDir;
using testutil::writeFile;

namespace fs = std::filesystem;

namespace
{
std::string sha256Of( const std::string &path )
{
  const std::string bytes = readFile( path );
  tryggkarta::Sha256 hash;
  hash.update( bytes.data(), bytes.size() );
  return hash.hexDigest();
}

//! The demo project, made once for all test cases of this file.
const std::string &demoProject()
{
  static TempDir sDir;
  static const std::string sPath = []
  {
    const std::string path = sDir.file( "demo.gpkg" );
    const Run made = cli( { "demo", path } );
    INFO( made.output );
    REQUIRE( made.exitCode == 0 );
    return path;
  }();
  return sPath;
}

//! What SQLite itself says of a file: damaged when it cannot open or read it, or its integrity_check is not
//! ok. Asked of a copy, read-only, so the variant is never touched.
bool sqliteFindsDamage( const std::string &path, const std::string &scratch )
{
  fs::copy_file( path, scratch, fs::copy_options::overwrite_existing );
  sqlite3 *db = nullptr;
  bool damaged = true;
  if ( sqlite3_open_v2( scratch.c_str(), &db, SQLITE_OPEN_READONLY, nullptr ) == SQLITE_OK )
  {
    sqlite3_stmt *check = nullptr;
    if ( sqlite3_prepare_v2( db, "PRAGMA integrity_check", -1, &check, nullptr ) == SQLITE_OK )
    {
      damaged = false;
      int rc;
      while ( ( rc = sqlite3_step( check ) ) == SQLITE_ROW )
        if ( std::string( reinterpret_cast<const char *>( sqlite3_column_text( check, 0 ) ) ) != "ok" )
          damaged = true;
      if ( rc != SQLITE_DONE )
        damaged = true;
    }
    sqlite3_finalize( check );
  }
  sqlite3_close( db );
  fs::remove( scratch );
  return damaged;
}

//! The phrases of the messages that refuse a file (from the catalogue's English templates).
bool refusedClearly( const std::string &output, const std::string &file )
{
  const bool ours = output.rfind( "tryggkarta-cli: ", 0 ) == 0;
  const bool coded = output.find( "is damaged (SQLite reports" ) != std::string::npos ||
                     output.find( "is truncated or damaged" ) != std::string::npos ||
                     output.find( "is not a Tryggkarta project" ) != std::string::npos ||
                     output.find( "Nothing can be read from" ) != std::string::npos;
  return ours && coded && output.find( fs::path( file ).filename().string() ) != std::string::npos;
}

struct Tally
{
  int variants = 0, damaged = 0, whole = 0;
  int refusals = 0, successes = 0, recoveredReports = 0;
};

/**
 * Gives the variant to each command (a fresh copy each), and checks what the command did: never a signal; on
 * a damaged variant a clear refusal (recover: its report, or a refusal) with the file byte for byte as it
 * was; on a whole one, the work done.
 */
void runEveryCommand( const std::string &name, const std::string &variant, const TempDir &dir, Tally &tally )
{
  const bool damaged = sqliteFindsDamage( variant, dir.file( "scratch-" + name + ".sqlite" ) );
  ++tally.variants;
  ++( damaged ? tally.damaged : tally.whole );
  const std::string csv =
    writeFile( dir.file( "one.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
  for ( const std::string command : { "info", "import", "kde", "results", "recover" } )
  {
    const std::string project = dir.file( name + "-" + command + ".gpkg" );
    fs::copy_file( variant, project, fs::copy_options::overwrite_existing );
    const std::string before = sha256Of( project );
    const std::string out = dir.file( name + "-" + command + "-recovered.gpkg" );
    std::vector<std::string> args = { command, project };
    if ( command == "import" )
      args.push_back( csv );
    if ( command == "recover" )
      args.insert( args.end(), { "--out", out } );
    const Run run = cli( args );
    INFO( name << ", " << command << " (SQLite finds it " << ( damaged ? "damaged" : "whole" )
               << "): " << run.output );
    REQUIRE( run.exitCode >= 0 ); // not ended by a signal
    CHECK( run.exitCode <= 2 );
    CHECK_FALSE( fs::exists( project + "-journal" ) );
    if ( damaged )
    {
      CHECK( sha256Of( project ) == before );
      if ( command == "recover" && run.exitCode == 0 )
      {
        CHECK_THAT( run.output, Catch::Contains( "the damaged file was not changed" ) );
        CHECK_FALSE( sqliteFindsDamage( out, dir.file( "scratch-out.sqlite" ) ) );
        ++tally.recoveredReports;
      }
      else
      {
        CHECK( run.exitCode == 1 );
        CHECK( refusedClearly( run.output, project ) );
        // The way out names the project.
        if ( run.output.find( "is damaged (SQLite reports" ) != std::string::npos )
          CHECK_THAT( run.output,
                      Catch::Contains( "tryggkarta-cli recover '" + project + "' --out NEW.gpkg" ) );
        ++tally.refusals;
      }
    }
    else
    {
      CHECK( run.exitCode == 0 );
      ++tally.successes;
    }
    fs::remove( project );
    fs::remove( out );
  }
}

//! Every value of every row of the table in fid order, as text with its storage class.
std::vector<std::string> rowsOf( tryggkarta::Database &db, const std::string &table )
{
  std::vector<std::string> rows;
  tryggkarta::Statement s = db.prepare( "SELECT * FROM \"" + table + "\" ORDER BY _rowid_" );
  while ( s.step() )
  {
    std::string row;
    for ( int i = 0; i < s.columnCount(); ++i )
    {
      std::string value;
      if ( s.type( i ) == tryggkarta::SqlType::Blob )
      {
        const auto blob = s.blob( i ); // once: each call gives a new copy
        value.assign( blob.begin(), blob.end() );
      }
      else
        value = s.text( i );
      row += std::to_string( static_cast<int>( s.type( i ) ) ) + ":" + value + "|";
    }
    rows.push_back( row );
  }
  return rows;
}

void report( const std::string &what, const Tally &t )
{
  std::cout << what << ": " << t.variants << " variants (" << t.damaged << " damaged, " << t.whole
            << " whole by SQLite's integrity_check); commands: " << t.refusals << " refused clearly, "
            << t.recoveredReports << " recover reports, " << t.successes << " worked\n";
}

//! The variant: a copy of the demo changed by change, at dir/name.gpkg.
template <typename Change>
std::string variantOf( const TempDir &dir, const std::string &name, Change change )
{
  std::string bytes = readFile( demoProject() );
  change( bytes );
  return writeFile( dir.file( name + ".variant" ), bytes );
}

void putBig( std::string &bytes, size_t at, int width, uint32_t value )
{
  for ( int i = width - 1; i >= 0; --i, value >>= 8 )
    bytes[at + i] = static_cast<char>( value & 0xff );
}

//! Pages of the demo by what they hold, from SQLite's dbstat table: the first page of the table or index.
int64_t pageOf( const std::string &name, const std::string &pageType = std::string(), int skip = 1 )
{
  tryggkarta::Database db( demoProject(), tryggkarta::Database::Mode::ReadOnly );
  tryggkarta::Statement s =
    db.prepare( pageType.empty() ? "SELECT rootpage FROM sqlite_master WHERE name = ?"
                                 : "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? "
                                   "ORDER BY pageno LIMIT 1 OFFSET ?" );
  s.bind( 1, name );
  if ( !pageType.empty() )
    s.bind( 2, pageType ).bind( 3, skip );
  REQUIRE( s.step() );
  return s.int64( 0 );
}

constexpr size_t kPageSize = 4096;

/**
 * A program killed in the middle of a transaction: a child opens the project, begins a transaction that
 * changes the header (page 1) and adds more rows than its tiny page cache holds, so SQLite writes changed
 * pages into the file before the commit, and kills itself. Left: the file half-changed and its hot journal.
 */
void killMidTransaction( const std::string &path, bool walMode )
{
  const pid_t child = fork();
  REQUIRE( child >= 0 );
  if ( child == 0 )
  {
    try
    {
      tryggkarta::Database db( path, tryggkarta::Database::Mode::ReadWrite );
      if ( walMode )
      {
        db.exec( "PRAGMA journal_mode = WAL" );
        // Ten rows committed: they are in the log, and stay.
        for ( int i = 0; i < 10; ++i )
          db.exec( "INSERT INTO audit_log (at, action, details) VALUES ('2024-05-03', 'committed', 'x')" );
      }
      db.exec( "PRAGMA cache_size = 5" );
      db.exec( "BEGIN IMMEDIATE" );
      db.exec( "PRAGMA user_version = 77" );
      db.exec( "INSERT INTO audit_log (at, action, details) SELECT '2024-05-03', 'unfinished', "
               "hex(randomblob(300)) FROM incidents LIMIT 1500" );
      // Killed with the connection open: nothing of SQLite's own clean-up runs.
      raise( SIGKILL );
    }
    catch ( ... )
    {
      _exit( 3 );
    }
    raise( SIGKILL );
    _exit( 4 );
  }
  int status = 0;
  REQUIRE( waitpid( child, &status, 0 ) == child );
  REQUIRE( WIFSIGNALED( status ) );
  REQUIRE( WTERMSIG( status ) == SIGKILL );
}
} // namespace

TEST_CASE( "a project with a damaged header is refused by every command and left as it was",
           "[cli][damaged]" )
{
  TempDir dir;
  Tally tally;
  const size_t pages = readFile( demoProject() ).size() / kPageSize;
  const std::vector<std::pair<std::string, std::function<void( std::string & )>>> variants = {
    { "magic", []( std::string &b ) { b[0] = 'Q'; } },
    { "page-size-invalid", []( std::string &b ) { putBig( b, 16, 2, 3000 ); } },
    { "page-size-doubled", []( std::string &b ) { putBig( b, 16, 2, 8192 ); } },
    { "page-size-halved", []( std::string &b ) { putBig( b, 16, 2, 2048 ); } },
    { "page-count-doubled", [pages]( std::string &b ) { putBig( b, 28, 4, uint32_t( pages * 2 ) ); } },
    { "page-count-ten", []( std::string &b ) { putBig( b, 28, 4, 10 ); } },
    { "schema-cookie", []( std::string &b ) { putBig( b, 40, 4, 0x7fff1234 ); } },
    { "schema-format", []( std::string &b ) { putBig( b, 44, 4, 9 ); } },
    { "text-encoding-utf16", []( std::string &b ) { putBig( b, 56, 4, 2 ); } },
    { "text-encoding-invalid", []( std::string &b ) { putBig( b, 56, 4, 7 ); } },
    { "payload-fractions", []( std::string &b ) { b[21] = 10; } },
  };
  for ( const auto &[name, change] : variants )
    runEveryCommand( name, variantOf( dir, name, change ), dir, tally );
  report( "header", tally );
  CHECK( tally.damaged >= 8 );
}

TEST_CASE( "a project with zeroed pages or cut short is refused by every command and left as it was",
           "[cli][damaged]" )
{
  TempDir dir;
  Tally tally;
  const size_t size = readFile( demoProject() ).size();
  const auto zeroPage = []( int64_t page )
  {
    return [page]( std::string &b ) { std::fill_n( b.begin() + ( page - 1 ) * kPageSize, kPageSize, '\0' ); };
  };
  const auto cutTo = []( size_t length ) { return [length]( std::string &b ) { b.resize( length ); }; };
  const std::vector<std::pair<std::string, std::function<void( std::string & )>>> variants = {
    { "zero-first-page", zeroPage( 1 ) },
    { "zero-incidents-root", zeroPage( pageOf( "incidents" ) ) },
    { "zero-incidents-leaf", zeroPage( pageOf( "incidents", "leaf" ) ) },
    { "zero-categories-root", zeroPage( pageOf( "categories" ) ) },
    { "zero-index-root", zeroPage( pageOf( "incidents_time" ) ) },
    { "zero-last-page", zeroPage( int64_t( size / kPageSize ) ) },
    { "cut-to-50-bytes", cutTo( 50 ) },
    { "cut-to-header", cutTo( 100 ) },
    { "cut-to-one-page", cutTo( kPageSize ) },
    { "cut-in-half", cutTo( size / 2 ) },
    { "cut-one-page-short", cutTo( size - kPageSize ) },
    { "cut-mid-page", cutTo( size - kPageSize / 2 ) },
  };
  for ( const auto &[name, change] : variants )
    runEveryCommand( name, variantOf( dir, name, change ), dir, tally );
  report( "zeroed pages and truncations", tally );
  CHECK( tally.damaged == static_cast<int>( variants.size() ) );
}

TEST_CASE(
  "a project with flipped bytes or garbage after it is refused when damaged and never crashes a command",
  "[cli][damaged]" )
{
  TempDir dir;
  Tally tally;
  const size_t size = readFile( demoProject() ).size();
  std::vector<std::pair<std::string, std::function<void( std::string & )>>> variants;
  // Bytes inverted at 16 places spread over the file: page headers, cell pointers, records, free space.
  for ( int k = 0; k < 16; ++k )
  {
    const size_t at = 100 + k * ( size - 200 ) / 16 + ( k * 37 ) % 211;
    variants.emplace_back( "flip-" + std::to_string( at ), [at]( std::string &b ) { b[at] = ~b[at]; } );
  }
  // And the first bytes of b-tree pages, where SQLite keeps each page's kind and its cell count.
  for ( const int64_t page : { pageOf( "incidents", "leaf" ), pageOf( "incidents", "internal", 0 ),
                               pageOf( "incidents_category" ) } )
    for ( const size_t offset : { size_t( 0 ), size_t( 4 ) } )
    {
      const size_t at = ( page - 1 ) * kPageSize + offset;
      variants.emplace_back( "flip-page-" + std::to_string( page ) + "-" + std::to_string( offset ),
                             [at]( std::string &b ) { b[at] = static_cast<char>( b[at] ^ 0x5a ); } );
    }
  variants.emplace_back( "garbage-after", []( std::string &b ) { b += std::string( 1000, '\x5a' ); } );
  variants.emplace_back( "garbage-page-after",
                         []( std::string &b ) { b += std::string( kPageSize, '\xa5' ); } );
  for ( const auto &[name, change] : variants )
    runEveryCommand( name, variantOf( dir, name, change ), dir, tally );
  report( "flipped bytes and garbage", tally );
  CHECK( tally.damaged >= 5 );
}

TEST_CASE( "a change interrupted during its commit is rolled back by every command after a copy, and told",
           "[cli][damaged]" )
{
  TempDir dir;
  const std::string original = readFile( demoProject() );
  // As left by the kill: the file half-written and its hot journal.
  const std::string killed = dir.file( "killed.gpkg" );
  fs::copy_file( demoProject(), killed );
  killMidTransaction( killed, false );
  REQUIRE( fs::exists( killed + "-journal" ) );
  const std::string journal = readFile( killed + "-journal" );
  const std::string halfWritten = readFile( killed );
  REQUIRE( halfWritten != original );
  const int64_t demoIncidents = tryggkarta::Database( demoProject(), tryggkarta::Database::Mode::ReadOnly )
                                  .queryInt( "SELECT count(*) FROM incidents" );
  REQUIRE( demoIncidents > 0 );

  std::map<std::string, std::string> variants = {
    { "spilled", halfWritten },
    // Killed while SQLite wrote the committed pages: the header already counts pages not yet written.
    { "header-ahead",
      [&]
      {
        std::string b = halfWritten;
        putBig( b, 28, 4, uint32_t( 14656 ) );
        return b;
      }() },
    // Killed just after the journal was synced: the file not yet changed at all.
    { "journal-synced", original },
  };
  int recovered = 0;
  for ( const auto &[name, bytes] : variants )
    for ( const std::string command : { "info", "import", "kde", "results", "recover" } )
    {
      TempDir work;
      const std::string project = writeFile( work.file( "p.gpkg" ), bytes );
      writeFile( project + "-journal", journal );
      const std::string csv =
        writeFile( work.file( "one.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
      std::vector<std::string> args = { command, project };
      if ( command == "import" )
        args.push_back( csv );
      if ( command == "recover" )
        args.insert( args.end(), { "--out", work.file( "new.gpkg" ) } );
      const Run run = cli( args );
      INFO( name << ", " << command << ": " << run.output );
      REQUIRE( run.exitCode == 0 );
      if ( command == "recover" )
      {
        // Only read: the file and its journal are as they were; the change is rolled back in a copy.
        CHECK( readFile( project ) == bytes );
        CHECK( readFile( project + "-journal" ) == journal );
        tryggkarta::Database copy( work.file( "new.gpkg" ), tryggkarta::Database::Mode::ReadOnly );
        CHECK( copy.queryInt( "SELECT count(*) FROM audit_log" ) == 0 );
        CHECK( copy.queryInt( "SELECT count(*) FROM incidents" ) == demoIncidents );
        continue;
      }
      CHECK_THAT( run.output, Catch::Contains( "Tryggkarta was interrupted while changing the project" ) );
      CHECK_FALSE( fs::exists( project + "-journal" ) );
      // The copies beside it are the file and the journal as the kill left them, named so SQLite reads them
      // as the pair they were.
      std::vector<std::string> copies;
      for ( const auto &entry : fs::directory_iterator( work.path() ) )
        if ( entry.path().filename().string().find( ".interrupted-" ) != std::string::npos )
          copies.push_back( entry.path().filename().string() );
      std::sort( copies.begin(), copies.end() );
      REQUIRE( copies.size() == 2 );
      CHECK( copies[1] == copies[0] + "-journal" );
      CHECK_THAT( run.output, Catch::Contains( copies[0] ) );
      CHECK( readFile( work.file( copies[0] ) ) == bytes );
      CHECK( readFile( work.file( copies[1] ) ) == journal );
      if ( command == "info" || command == "results" )
        CHECK( readFile( project ) == original ); // rolled back to the byte
      tryggkarta::Database db( project, tryggkarta::Database::Mode::ReadOnly );
      CHECK( db.queryText( "PRAGMA integrity_check" ) == "ok" );
      CHECK( db.queryInt( "SELECT count(*) FROM audit_log WHERE action = 'unfinished'" ) == 0 );
      CHECK( db.queryInt( "PRAGMA user_version" ) != 77 );
      ++recovered;
    }
  std::cout << "interrupted commits: " << variants.size() << " variants, " << recovered
            << " commands rolled back and told, " << variants.size() << " recover reports\n";
}

TEST_CASE( "a write-ahead log left by a killed program is taken into the file, its finished changes kept",
           "[cli][damaged]" )
{
  TempDir dir;
  const std::string killed = dir.file( "killed.gpkg" );
  fs::copy_file( demoProject(), killed );
  killMidTransaction( killed, true );
  REQUIRE( fs::exists( killed + "-wal" ) );
  const std::string bytes = readFile( killed ), log = readFile( killed + "-wal" );
  for ( const std::string command : { "info", "import", "kde", "results", "recover" } )
  {
    TempDir work;
    const std::string project = writeFile( work.file( "p.gpkg" ), bytes );
    writeFile( project + "-wal", log );
    const std::string csv =
      writeFile( work.file( "one.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
    std::vector<std::string> args = { command, project };
    if ( command == "import" )
      args.push_back( csv );
    if ( command == "recover" )
      args.insert( args.end(), { "--out", work.file( "new.gpkg" ) } );
    const Run run = cli( args );
    INFO( command << ": " << run.output );
    REQUIRE( run.exitCode == 0 );
    const std::string result = command == "recover" ? work.file( "new.gpkg" ) : project;
    if ( command == "recover" )
    {
      CHECK( readFile( project ) == bytes );
      CHECK( readFile( project + "-wal" ) == log );
    }
    else
    {
      CHECK_THAT( run.output, Catch::Contains( "the changes it had finished were kept" ) );
      CHECK_FALSE( fs::exists( project + "-wal" ) );
      CHECK_FALSE( fs::exists( project + "-shm" ) );
      CHECK( readFile( project ).at( 18 ) == 1 ); // back in rollback-journal mode
      CHECK( fs::exists( work.file( "p.gpkg" ) ) );
    }
    tryggkarta::Database db( result, tryggkarta::Database::Mode::ReadOnly );
    CHECK( db.queryText( "PRAGMA integrity_check" ) == "ok" );
    CHECK( db.queryInt( "SELECT count(*) FROM audit_log WHERE action = 'committed'" ) == 10 );
    CHECK( db.queryInt( "SELECT count(*) FROM audit_log WHERE action = 'unfinished'" ) == 0 );
  }
}

TEST_CASE( "recover keeps the stored results, the base map and the vocabularies of a project",
           "[cli][damaged]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  fs::copy_file( demoProject(), project );
  REQUIRE( cli( { "kde", project, "--name", "värme" } ).exitCode == 0 );
  REQUIRE( cli( { "hotspots", project, "--name", "heta" } ).exitCode == 0 );
  const std::string recovered = dir.file( "new.gpkg" );
  const Run run = cli( { "recover", project, "--out", recovered } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK_THAT( run.output, Catch::Contains( "Every row was copied." ) );

  // The same results, listed alike (their creation times included), exported to the same cells.
  const Run before = cli( { "results", project } ), after = cli( { "results", recovered } );
  REQUIRE( after.exitCode == 0 );
  CHECK( after.output == before.output );
  GDALAllRegister();
  for ( const std::string &source : { project, recovered } )
    REQUIRE( cli( { "results", source, "--export", "värme", "--out", source + ".tif" } ).exitCode == 0 );
  const auto checksum = []( const std::string &tif )
  {
    GDALDataset *ds =
      static_cast<GDALDataset *>( GDALOpenEx( tif.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
    REQUIRE( ds );
    GDALRasterBand *band = ds->GetRasterBand( 1 );
    const int sum = GDALChecksumImage( band, 0, 0, band->GetXSize(), band->GetYSize() );
    GDALClose( ds );
    return sum;
  };
  CHECK( checksum( recovered + ".tif" ) == checksum( project + ".tif" ) );
  for ( const std::string &source : { project, recovered } )
    REQUIRE( cli( { "results", source, "--export", "heta", "--out", source + ".csv" } ).exitCode == 0 );
  CHECK( readFile( recovered + ".csv" ) == readFile( project + ".csv" ) );

  // Every table holds what it held, row for row.
  tryggkarta::Database a( project, tryggkarta::Database::Mode::ReadOnly );
  tryggkarta::Database b( recovered, tryggkarta::Database::Mode::ReadOnly );
  for ( const char *table : { "incidents", "observations", "safety_walks", "actions", "areas", "categories",
                              "organisations", "map_roads", "map_buildings", "analysis_results" } )
  {
    INFO( table );
    CHECK( a.queryInt( std::string( "SELECT count(*) FROM " ) + table ) > 0 );
    CHECK( rowsOf( a, table ) == rowsOf( b, table ) );
  }
}

// tryggkarta-cli import and project files end to end: what the README promises about encodings, category
// mapping, personal data, Ctrl+C and the backup before a migration.

#include "clitestutil.h"
#include "testutil.h"

#include "database.h"
#include "projectfile.h"
#include "schema.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>

#include <chrono>
#include <csignal>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <regex>
#include <thread>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using clitest::cli;
using clitest::Run;
using testutil::readFile;
using testutil::TempDir;
using testutil::utf16WithBom;
using testutil::writeFile;

namespace
{

//! A new, empty project made by the CLI.
std::string newProject( const TempDir &dir, const std::string &name = "p.gpkg" )
{
  const std::string path = dir.file( name );
  REQUIRE( cli( { "new", path } ).exitCode == 0 );
  return path;
}

std::string queryText( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryText( sql, "" );
}

int64_t queryInt( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryInt( sql );
}

} // namespace

TEST_CASE( "a UTF-16 CSV with a byte-order mark is imported in either byte order", "[cli][import]" )
{
  TempDir dir;
  const std::string text = "datum;kategori;x;y;beskrivning\n"
                           "2024-05-03;klotter;449270;6574920;Klotter på väggen vid förskolan\n"
                           "2024-05-04;klotter;449300;6574950;Färg på bänkarna i parken\n";
  for ( const bool bigEndian : { false, true } )
  {
    DYNAMIC_SECTION( ( bigEndian ? "big" : "little" ) << "-endian" )
    {
      const std::string project = newProject( dir, bigEndian ? "be.gpkg" : "le.gpkg" );
      const std::string csv = writeFile( dir.file( "utf16.csv" ), utf16WithBom( text, bigEndian ) );
      const Run r = cli( { "import", project, csv } );
      INFO( r.output );
      REQUIRE( r.exitCode == 0 );
      CHECK_THAT( r.output, Catch::Contains( "UTF-16" ) );
      CHECK_THAT( r.output, Catch::Contains( "imported:  2" ) );
      CHECK( queryText( project,
                        "SELECT group_concat(description, '|') FROM (SELECT description FROM incidents "
                        "ORDER BY fid)" ) == "Klotter på väggen vid förskolan|Färg på bänkarna i parken" );
    }
  }
}

TEST_CASE( "an unknown category is rejected unless --map-category maps it to a project category",
           "[cli][import]" )
{
  TempDir dir;
  const std::string csv = writeFile( dir.file( "spray.csv" ), "datum,kategori,x,y\n"
                                                              "2024-05-03,Sprayfärg,449270,6574920\n"
                                                              "2024-05-04,klotter,449300,6574950\n" );
  SECTION( "without a mapping the row is rejected and the category named" )
  {
    const std::string project = newProject( dir );
    const Run r = cli( { "import", project, csv } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "row 2:" ) && Catch::Contains( "Sprayfärg" ) );
    CHECK( queryInt( project, "SELECT count(*) FROM incidents" ) == 1 );
    CHECK( queryInt( project, "SELECT count(*) FROM import_rejects" ) == 1 );
  }
  SECTION( "with --map-category both rows are imported, the mapped one as klotter" )
  {
    const std::string project = newProject( dir );
    const Run r = cli( { "import", project, csv, "--map-category", "Sprayfärg=klotter" } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK( queryInt( project, "SELECT count(*) FROM incidents WHERE category = 'klotter'" ) == 2 );
    CHECK( queryInt( project, "SELECT count(*) FROM import_rejects" ) == 0 );
  }
  SECTION( "a mapping to a code the project does not have is not a way in" )
  {
    const std::string project = newProject( dir );
    const Run r = cli( { "import", project, csv, "--map-category", "Sprayfärg=finnsinte" } );
    INFO( r.output );
    CHECK( queryInt( project, "SELECT count(*) FROM incidents WHERE category = 'finnsinte'" ) == 0 );
  }
}

TEST_CASE( "personal data in free text is replaced unless --keep-personal-data, and flagged either way",
           "[cli][import]" )
{
  TempDir dir;
  const std::string description = "Ring 070-123 45 67 om nyckeln";
  const std::string csv = writeFile( dir.file( "pd.csv" ), "datum,kategori,x,y,beskrivning\n"
                                                           "2024-05-03,klotter,449270,6574920," +
                                                             description + "\n" );
  SECTION( "replaced by default" )
  {
    const std::string project = newProject( dir );
    const Run r = cli( { "import", project, csv } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "flagged:   1" ) );
    const std::string stored = queryText( project, "SELECT description FROM incidents" );
    CHECK( stored.find( "070-123 45 67" ) == std::string::npos );
    CHECK( stored.find( "om nyckeln" ) != std::string::npos );
    CHECK_FALSE( queryText( project, "SELECT screening_flags FROM incidents" ).empty() );
  }
  SECTION( "kept with --keep-personal-data" )
  {
    const std::string project = newProject( dir );
    const Run r = cli( { "import", project, csv, "--keep-personal-data" } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "flagged:   1" ) );
    CHECK( queryText( project, "SELECT description FROM incidents" ) == description );
    CHECK_FALSE( queryText( project, "SELECT screening_flags FROM incidents" ).empty() );
  }
}

TEST_CASE( "Ctrl+C during an import leaves the project byte for byte as it was", "[cli][import]" )
{
  TempDir dir;
  const std::string project = newProject( dir );
  // Enough rows that the import is still writing when it is interrupted.
  const std::string csv = dir.file( "big.csv" );
  {
    std::ofstream out( csv, std::ios::binary );
    out << "datum,kategori,x,y,beskrivning\n";
    for ( int i = 0; i < 400000; ++i )
      out << "2024-05-" << ( 1 + i % 28 ) << ",klotter," << 449000 + i % 500 << "," << 6574700 + i % 400
          << ",Klotter på en vägg nummer " << i << "\n";
  }
  const std::string before = readFile( project );

  const std::string log = dir.file( "import.log" );
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init( &actions );
  posix_spawn_file_actions_addopen( &actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                    0644 );
  posix_spawn_file_actions_adddup2( &actions, STDOUT_FILENO, STDERR_FILENO );
  std::vector<std::string> args = { TRYGGKARTA_CLI, "import", project, csv };
  std::vector<char *> argv;
  for ( std::string &a : args )
    argv.push_back( a.data() );
  argv.push_back( nullptr );
  pid_t pid = 0;
  REQUIRE( posix_spawn( &pid, TRYGGKARTA_CLI, &actions, nullptr, argv.data(), environ ) == 0 );
  posix_spawn_file_actions_destroy( &actions );

  // The import has started writing once SQLite's rollback journal exists (it holds the pages the
  // transaction changes); interrupt it then.
  const std::string journal = project + "-journal";
  int status = 0;
  bool exited = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds( 120 );
  while ( !std::filesystem::exists( journal ) && std::chrono::steady_clock::now() < deadline )
  {
    if ( waitpid( pid, &status, WNOHANG ) == pid )
    {
      exited = true;
      break;
    }
    std::this_thread::sleep_for( std::chrono::milliseconds( 2 ) );
  }
  INFO( readFile( log ) );
  REQUIRE_FALSE( exited ); // finished before it could be interrupted: the test needs more rows
  REQUIRE( std::filesystem::exists( journal ) );
  REQUIRE( kill( pid, SIGINT ) == 0 );
  REQUIRE( waitpid( pid, &status, 0 ) == pid );
  INFO( readFile( log ) );
  REQUIRE( WIFEXITED( status ) );
  CHECK( WEXITSTATUS( status ) == 1 );
  CHECK_THAT( readFile( log ), Catch::Contains( "Cancel" ) );
  CHECK_FALSE( std::filesystem::exists( journal ) );
  CHECK( readFile( project ) == before ); // byte for byte
}

TEST_CASE( "an older project is copied to NAME.gpkg.schemaN-TIMESTAMP.bak before it is migrated",
           "[cli][project]" )
{
  TempDir dir;
  const std::string path = dir.file( "gammal.gpkg" );
  {
    // A project of schema version 1, as the first Tryggkarta wrote it.
    GDALAllRegister();
    GDALDataset *ds = GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create( path.c_str(), 0, 0, 0,
                                                                                 GDT_Unknown, nullptr );
    REQUIRE( ds );
    GDALClose( ds );
    tryggkarta::Database db( path, tryggkarta::Database::Mode::ReadWrite );
    tryggkarta::migrate( db, 0, 1 );
  }
  REQUIRE( tryggkarta::currentSchemaVersion() > 1 );
  const std::string original = readFile( path );
  // Reading it (info) needs no migration; the first write (an import) migrates it.
  CHECK( cli( { "info", path } ).exitCode == 1 );
  CHECK( readFile( path ) == original );
  const std::string csv =
    writeFile( dir.file( "en.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
  const std::time_t start = std::time( nullptr );
  const Run r = cli( { "import", path, csv } );
  const std::time_t end = std::time( nullptr );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( cli( { "info", path } ).output,
              Catch::Contains( "Schema version: " + std::to_string( tryggkarta::currentSchemaVersion() ) ) );

  std::vector<std::string> backups;
  for ( const auto &entry : std::filesystem::directory_iterator( dir.path() ) )
    if ( entry.path().filename().string().find( ".bak" ) != std::string::npos )
      backups.push_back( entry.path().filename().string() );
  REQUIRE( backups.size() == 1 );
  // The timestamp is UTC, YYYYMMDDTHHMMSSZ, from the time of the migration.
  std::smatch match;
  REQUIRE(
    std::regex_match( backups[0], match, std::regex( R"(gammal\.gpkg\.schema1-(\d{8}T\d{6}Z)\.bak)" ) ) );
  std::tm tm{};
  REQUIRE( strptime( match[1].str().c_str(), "%Y%m%dT%H%M%SZ", &tm ) );
  const std::time_t stamped = timegm( &tm );
  CHECK( stamped >= start - 1 );
  CHECK( stamped <= end + 1 );
  CHECK( readFile( dir.file( backups[0] ) ) == original );
}

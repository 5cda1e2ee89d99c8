// A full disk (here: a limit on the size of files the process may write, with SIGXFSZ ignored, so writes fail
// as on a full disk) while the command line writes a project: a clear message, a non-zero exit, and the
// project byte for byte as it was.

#include "clitestutil.h"
#include "database.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

using clitest::Run;
using testutil::readFile;
using testutil::TempDir;

namespace
{
//! Runs the CLI with files limited to limitKiB (bash's ulimit -f) and SIGXFSZ ignored.
Run cliWithFileLimit( int64_t limitKiB, const std::vector<std::string> &args )
{
  std::string command = "ulimit -f " + std::to_string( limitKiB ) + "; trap '' XFSZ; exec " TRYGGKARTA_CLI;
  for ( const std::string &a : args )
    command += " '" + a + "'";
  return clitest::runCommand( "bash -c \"" + command + "\" 2>&1" );
}

//! A limit that leaves the project's file no room to grow.
int64_t noRoomToGrow( const std::string &project )
{
  return static_cast<int64_t>( std::filesystem::file_size( project ) / 1024 ) + 4;
}
} // namespace

TEST_CASE( "an import that fills the disk says so and leaves the project as it was", "[cli][diskfull]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( clitest::cli( { "demo", project, "--seed", "3" } ).exitCode == 0 );
  const std::string csv = dir.file( "vecka.csv" );
  {
    std::ofstream out( csv );
    out << "datum,kategori,x,y,beskrivning\n";
    for ( int i = 0; i < 30000; ++i )
      out << "2024-05-" << ( 1 + i % 28 ) << ",klotter," << 449000 + i % 500 << "," << 6574700 + i % 400
          << ",Klotter på en vägg nummer " << i << "\n";
  }
  const std::string before = readFile( project );
  const Run run = cliWithFileLimit( noRoomToGrow( project ), { "import", project, csv } );
  INFO( run.output );
  CHECK( run.exitCode == 1 );
  CHECK_THAT( run.output,
              Catch::Contains( "could not be written" ) || Catch::Contains( "not enough space" ) );
  CHECK_THAT( run.output, Catch::Contains( "nothing was changed" ) );
  CHECK_FALSE( std::filesystem::exists( project + "-journal" ) );
  CHECK( readFile( project ) == before );
  // And the project works on: the same import without the limit goes in.
  const Run again = clitest::cli( { "import", project, csv, "--quiet" } );
  INFO( again.output );
  CHECK( again.exitCode == 0 );
}

TEST_CASE( "an analysis whose result fills the disk says so and leaves the project as it was",
           "[cli][diskfull]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( clitest::cli( { "demo", project, "--seed", "3" } ).exitCode == 0 );
  const std::string before = readFile( project );
  // A heatmap of 5 m cells over the town: megabytes of raster to store.
  const Run run =
    cliWithFileLimit( noRoomToGrow( project ), { "kde", project, "--cell", "5", "--name", "tät" } );
  INFO( run.output );
  CHECK( run.exitCode == 1 );
  CHECK_THAT( run.output, Catch::Contains( "nothing was changed" ) );
  CHECK( readFile( project ) == before );
  const Run results = clitest::cli( { "results", project } );
  CHECK_THAT( results.output, !Catch::Contains( "tät" ) );
}

TEST_CASE( "an import into a project another program is writing says so plainly and changes nothing",
           "[cli][busy]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( clitest::cli( { "demo", project, "--seed", "3" } ).exitCode == 0 );
  const std::string csv = dir.file( "vecka.csv" );
  {
    std::ofstream out( csv );
    out << "datum,kategori,x,y\n2024-05-02,klotter,449100,6574800\n";
  }
  const std::string before = readFile( project );
  {
    // Another writer holds the project's write lock longer than an import waits for it.
    tryggkarta::Database other( project, tryggkarta::Database::Mode::ReadWrite );
    other.exec( "BEGIN IMMEDIATE" );
    const Run run = clitest::cli( { "import", project, csv } );
    INFO( run.output );
    CHECK( run.exitCode == 1 );
    CHECK_THAT( run.output, Catch::Contains( "is being changed by another program" ) );
    CHECK_THAT( run.output, Catch::Contains( "nothing was changed" ) );
    CHECK_THAT( run.output, !Catch::Contains( "database is locked" ) );
    other.exec( "ROLLBACK" );
  }
  CHECK( readFile( project ) == before );
  // When the other writer has finished, the same import goes in.
  const Run again = clitest::cli( { "import", project, csv, "--quiet" } );
  INFO( again.output );
  CHECK( again.exitCode == 0 );
}

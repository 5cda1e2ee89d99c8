// Crash injection: an import of 100,000 rows killed with SIGKILL at many points (while it reads and writes,
// when its journal appears and grows, while SQLite writes the committed pages into the file, just after the
// commit), each time followed by the first thing a coordinator would do, opening the project (info): it
// opens, an interrupted commit is rolled back after a copy and told, SQLite's integrity_check finds the file
// whole, and the project holds exactly the incidents of before the import or exactly those of after it.

#include "clitestutil.h"
#include "crashinjection.h"
#include "testutil.h"

#include "database.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;

namespace fs = std::filesystem;

namespace
{
//! 100,000 incidents of graffiti over 2024 inside Exempelkommun.
std::string writeBigCsv( const std::string &path )
{
  std::ofstream out( path );
  out << "datum,kategori,x,y\n";
  std::mt19937 random( 7 );
  for ( int i = 0; i < 100000; ++i )
    out << "2024-" << ( 1 + i % 12 ) << "-" << ( 1 + i % 28 ) << ",klotter," << 449000 + random() % 2000
        << "," << 6574000 + random() % 2000 << "\n";
  return path;
}

struct Counts
{
  int64_t incidents = 0;
  int64_t batches = 0;
  bool operator==( const Counts &o ) const { return incidents == o.incidents && batches == o.batches; }
};

Counts countsOf( const std::string &project )
{
  tryggkarta::Database db( project, tryggkarta::Database::Mode::ReadOnly );
  return { db.queryInt( "SELECT count(*) FROM incidents" ),
           db.queryInt( "SELECT count(*) FROM import_batches" ) };
}
} // namespace

TEST_CASE(
  "an import killed at any point leaves a project that opens whole with the incidents of before or after",
  "[cli][crash]" )
{
  TempDir dir;
  const std::string base = dir.file( "base.gpkg" );
  REQUIRE( cli( { "demo", base, "--seed", "3" } ).exitCode == 0 );
  const std::string csv = writeBigCsv( dir.file( "stor.csv" ) );
  const Counts before = countsOf( base );

  // The import left alone: how long it takes here and now, and what it leaves.
  const std::string reference = dir.file( "reference.gpkg" );
  fs::copy_file( base, reference );
  const auto started = std::chrono::steady_clock::now();
  const Run whole = cli( { "import", reference, csv, "--quiet" } );
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  INFO( whole.output );
  REQUIRE( whole.exitCode == 0 );
  const Counts after = countsOf( reference );
  REQUIRE( after.incidents == before.incidents + 100000 );
  const int64_t growth = static_cast<int64_t>( fs::file_size( reference ) - fs::file_size( base ) );
  REQUIRE( growth > 0 );

  struct Point
  {
    std::string name;
    crashtest::KillPoint kill;
    bool duringCommit = false; //!< the kill lands while SQLite writes committed pages into the file
  };
  std::vector<Point> points;
  // Timed points over the first two thirds of the time the import took alone: a run of its own may well be
  // quicker than that one on a shared machine, and the later moments are the journal's and the commit's
  // points below, which wait for what the program does rather than for the clock.
  for ( int tenth = 0; tenth < 10; ++tenth )
    points.push_back( { "after " + std::to_string( 5 + 7 * tenth ) + " % of the time",
                        crashtest::after( seconds * ( 0.05 + 0.07 * tenth ) ) } );
  points.push_back( { "when the journal appears", crashtest::journalHolds( 0 ) } );
  points.push_back( { "when the journal holds 64 KiB", crashtest::journalHolds( 64 << 10 ) } );
  points.push_back( { "when the journal holds 512 KiB", crashtest::journalHolds( 512 << 10 ) } );
  for ( int quarter = 0; quarter < 4; ++quarter )
    points.push_back( { "during commit, the file grown by " + std::to_string( 25 * quarter ) + " %",
                        crashtest::fileWrittenWithJournal( growth * quarter / 4 ), true } );
  points.push_back(
    { "during commit, the last pages", crashtest::fileWrittenWithJournal( growth - 65536 ), true } );
  points.push_back( { "just after the commit", crashtest::journalGone() } );

  int killed = 0, killedDuringCommit = 0, endedAlone = 0, rolledBack = 0, outcomeBefore = 0, outcomeAfter = 0;
  for ( const Point &point : points )
  {
    TempDir work;
    const std::string project = work.file( "p.gpkg" );
    fs::copy_file( base, project );
    const crashtest::Killed run =
      crashtest::runAndKill( { TRYGGKARTA_CLI, "import", project, csv, "--quiet" }, project, point.kill );
    INFO( point.name << ": killed " << run.killed << " at " << run.at.seconds << " s, file "
                     << run.at.fileSize << " B, journal " << run.at.journalSize << " B" );
    if ( !run.killed )
    {
      // The point never came (the import was quicker than the poll): it ended by itself, and well.
      CHECK( run.exitCode == 0 );
      ++endedAlone;
    }
    else
    {
      ++killed;
      if ( point.duringCommit )
        ++killedDuringCommit;
    }
    const bool journalLeft = fs::exists( project + "-journal" ) && fs::file_size( project + "-journal" ) > 0;

    // What the coordinator does next: open it.
    const Run info = cli( { "info", project } );
    INFO( info.output );
    REQUIRE( info.exitCode == 0 );
    CHECK_THAT( info.output, Catch::Contains( "incidents" ) );
    // No hot journal is left: a journal killed before its commit began has its header still zeroed (SQLite
    // writes the magic only when it syncs the journal at commit) and SQLite reads the file as it is.
    if ( fs::exists( project + "-journal" ) && fs::file_size( project + "-journal" ) > 0 )
      CHECK( testutil::readFile( project + "-journal" ).front() == '\0' );
    const bool told =
      info.output.find( "Tryggkarta was interrupted while changing the project" ) != std::string::npos;
    if ( run.killed && point.duringCommit )
    {
      // Killed while the committed pages were written: SQLite's journal is hot and must be rolled back.
      CHECK( journalLeft );
      CHECK( told );
    }
    if ( told )
    {
      ++rolledBack;
      // The file and journal as the kill left them are kept beside it.
      int copies = 0;
      for ( const auto &entry : fs::directory_iterator( work.path() ) )
        if ( entry.path().filename().string().find( ".interrupted-" ) != std::string::npos )
          ++copies;
      CHECK( copies == 2 );
    }

    {
      tryggkarta::Database db( project, tryggkarta::Database::Mode::ReadOnly );
      CHECK( db.queryText( "PRAGMA integrity_check" ) == "ok" );
    }
    const Counts now = countsOf( project );
    CHECK( ( now == before || now == after ) );
    ++( now == after ? outcomeAfter : outcomeBefore );
    // Whatever happened, the project works on: it takes the import now (unless it already has it).
    if ( now == before && &point == &points.front() )
    {
      const Run again = cli( { "import", project, csv, "--quiet" } );
      INFO( again.output );
      CHECK( again.exitCode == 0 );
      CHECK( countsOf( project ) == after );
    }
  }
  // The points were real: most killed the program, and some of them during its commit.
  CHECK( killed >= static_cast<int>( points.size() ) - 3 );
  CHECK( killedDuringCommit >= 3 );
  CHECK( outcomeBefore >= 1 );
  std::cout << "crash injection: " << points.size() << " kill points on an import of 100,000 rows ("
            << seconds << " s): " << killed << " killed (" << killedDuringCommit << " during commit), "
            << endedAlone << " ended first; " << rolledBack << " interrupted commits rolled back and told; "
            << outcomeBefore << " projects as before, " << outcomeAfter << " as after\n";
}

TEST_CASE( "a project killed while it is made is never found half made, and is made again" )
{
  // tryggkarta-cli new killed at moments over its whole run (about 0.1 s): the file is then either absent or
  // a whole project; what the interrupted attempt left under its own name is cleared by the next one.
  TempDir dir;
  const std::string path = dir.file( "ny.gpkg" );
  std::mt19937 random( 20261207 );
  int absent = 0, whole = 0;
  for ( int attempt = 0; attempt < 12; ++attempt )
  {
    INFO( "attempt " << attempt );
    const int ms = 5 + std::uniform_int_distribution<int>( 0, 120 )( random );
    clitest::runCommand( "timeout -s KILL " + std::to_string( ms / 1000.0 ) + " " + TRYGGKARTA_CLI +
                         " new '" + path + "' >/dev/null 2>&1" );
    if ( !fs::exists( path ) )
      ++absent;
    else
    {
      ++whole;
      const Run info = cli( { "info", path } );
      CHECK( info.exitCode == 0 );
      CHECK( info.output.find( "incidents" ) != std::string::npos );
      fs::remove( path );
    }
    const Run made = cli( { "new", path } );
    CHECK( made.exitCode == 0 );
    CHECK( cli( { "info", path } ).exitCode == 0 );
    fs::remove( path );
    // Nothing of the attempts is left beside it.
    for ( const auto &entry : fs::directory_iterator( dir.path() ) )
      CHECK( entry.path().filename().string().find( "tryggkarta-new" ) == std::string::npos );
  }
  INFO( absent << " attempts left no file, " << whole << " a whole project" );
  CHECK( absent >= 1 );
}

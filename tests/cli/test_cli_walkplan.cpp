// tryggkarta-cli walk new|suggest|list|show|stops|repeat|action|correlations end to end on the demo project:
// what is stored is what the output says, bad input gets a clear message and changes nothing.

#include "clitestutil.h"
#include "testutil.h"

#include "database.h"
#include "projectfile.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <sstream>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;

namespace
{

std::string demoProject( const TempDir &dir )
{
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", path } ).exitCode == 0 );
  return path;
}

int64_t queryInt( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryInt( sql );
}

//! The id a command printed on its last line.
int64_t lastLineId( const Run &run )
{
  std::istringstream lines( run.output );
  std::string line, last;
  while ( std::getline( lines, line ) )
    if ( !line.empty() && line.rfind( "note:", 0 ) != 0 )
      last = line;
  return std::stoll( last );
}

} // namespace

TEST_CASE( "walk new stores a planned walk with its plan, and walk show and list tell it back",
           "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const Run made = cli( { "walk",
                          "new",
                          project,
                          "--name",
                          "Vandring vid skolan",
                          "--date",
                          "2027-02-09",
                          "--time",
                          "18:00",
                          "--light",
                          "dusk-and-dark",
                          "--area",
                          "Norr (bostadsområde)",
                          "--invite",
                          "Polisen,Exempelbostäder AB",
                          "--expected",
                          "15",
                          "--meeting-point",
                          "Hållplats Norrbacka",
                          "--purpose",
                          "Se över skolgården kvällstid" } );
  INFO( made.output );
  REQUIRE( made.exitCode == 0 );
  const int64_t id = lastLineId( made );
  CHECK( queryInt( project,
                   "SELECT also_after_dark FROM safety_walks WHERE fid = " + std::to_string( id ) ) == 1 );
  CHECK( queryInt( project,
                   "SELECT count(*) FROM walk_organisations WHERE walk_id = " + std::to_string( id ) ) == 2 );
  const Run shown = cli( { "walk", "show", project, "--walk", std::to_string( id ) } );
  REQUIRE( shown.exitCode == 0 );
  CHECK( shown.output.find( "skymning och mörker" ) != std::string::npos );
  CHECK( shown.output.find( "Hållplats Norrbacka" ) != std::string::npos );
  CHECK( shown.output.find( "planerad" ) != std::string::npos );
  const Run listed = cli( { "walk", "list", project } );
  REQUIRE( listed.exitCode == 0 );
  CHECK( listed.output.find( "Vandring vid skolan" ) != std::string::npos );
  CHECK( listed.output.find( "Trygghetsvandring Centrum–stationen" ) != std::string::npos );
}

TEST_CASE( "walk suggest stores a route with numbered stops and reasons within the limit", "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const int64_t walksBefore = queryInt( project, "SELECT count(*) FROM safety_walks" );
  const Run suggested = cli( { "walk", "suggest", project, "--area", "Stationsområdet", "--max-length",
                               "2000", "--stops", "6", "--name", "Föreslagen vandring" } );
  INFO( suggested.output );
  REQUIRE( suggested.exitCode == 0 );
  const int64_t id = lastLineId( suggested );
  const std::string walk = std::to_string( id );
  CHECK( queryInt( project, "SELECT count(*) FROM safety_walks" ) == walksBefore + 1 );
  const int64_t stops = queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = " + walk );
  CHECK( stops >= 2 );
  CHECK( stops <= 6 );
  CHECK( queryInt( project, "SELECT max(stop_number) FROM walk_stops WHERE walk_id = " + walk ) == stops );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = " + walk +
                              " AND (reason IS NULL OR reason = '')" ) == 0 );
  CHECK( queryInt( project, "SELECT route_source = 'suggested' FROM safety_walks WHERE fid = " + walk ) ==
         1 );
  {
    auto p = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( p.ok() );
    auto loaded = tryggkarta::WalkStore( p.value()->db() ).load( id );
    REQUIRE( loaded.ok() );
    CHECK( loaded->routeLength() <= 2000.5 );
    CHECK( loaded->areaName == "Stationsområdet" );
  }
  // Every stop printed with its number and reason.
  for ( int64_t n = 1; n <= stops; ++n )
    CHECK( suggested.output.find( " " + std::to_string( n ) + ". " ) != std::string::npos );
  CHECK( suggested.output.find( "händelser senaste 6 mån" ) != std::string::npos );

  // The same suggestion as a dry run writes nothing and prints the same stops.
  const Run dry = cli( { "walk", "suggest", project, "--area", "Stationsområdet", "--max-length", "2000",
                         "--stops", "6", "--dry-run" } );
  REQUIRE( dry.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM safety_walks" ) == walksBefore + 1 );
  const auto stopsPart = []( const std::string &output ) { return output.substr( output.find( " 1. " ) ); };
  CHECK( stopsPart( dry.output ).substr( 0, 200 ) == stopsPart( suggested.output ).substr( 0, 200 ) );
}

TEST_CASE( "walk suggest with a limit no route can meet says how short it may be and writes nothing",
           "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const int64_t before = queryInt( project, "SELECT count(*) FROM safety_walks" );
  const Run tooShort = cli( { "walk", "suggest", project, "--area", "Centrum", "--max-length", "30" } );
  CHECK( tooShort.exitCode == 1 );
  CHECK( tooShort.output.find( "No route of two or more stops fits within 30 m" ) != std::string::npos );
  CHECK( tooShort.output.find( "Raise the limit" ) != std::string::npos );
  const Run unknown = cli( { "walk", "suggest", project, "--area", "Atlantis" } );
  CHECK( unknown.exitCode == 1 );
  CHECK( unknown.output.find( "Atlantis" ) != std::string::npos );
  const Run noArea = cli( { "walk", "suggest", project } );
  CHECK( noArea.exitCode == 2 );
  const Run badStops = cli( { "walk", "suggest", project, "--area", "Centrum", "--stops", "1" } );
  CHECK( badStops.exitCode == 2 );
  CHECK( queryInt( project, "SELECT count(*) FROM safety_walks" ) == before );
}

TEST_CASE( "walk stops moves, removes, adds and reorders the numbered stops", "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  // The demo's planned walk 3 has five stops.
  const int64_t second =
    queryInt( project, "SELECT fid FROM walk_stops WHERE walk_id = 3 AND stop_number = 2" );
  const int64_t fifth =
    queryInt( project, "SELECT fid FROM walk_stops WHERE walk_id = 3 AND stop_number = 5" );
  const Run reordered = cli( { "walk", "stops", project, "--walk", "3", "--order", "5,1,2,3,4" } );
  INFO( reordered.output );
  REQUIRE( reordered.exitCode == 0 );
  CHECK( queryInt( project, "SELECT stop_number FROM walk_stops WHERE fid = " + std::to_string( fifth ) ) ==
         1 );
  CHECK( queryInt( project, "SELECT stop_number FROM walk_stops WHERE fid = " + std::to_string( second ) ) ==
         3 );
  const Run removed = cli( { "walk", "stops", project, "--walk", "3", "--remove", "3" } );
  REQUIRE( removed.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE fid = " + std::to_string( second ) ) ==
         0 );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 3" ) == 4 );
  const Run added = cli( { "walk", "stops", project, "--walk", "3", "--add", "449500,6576700,Nytt stopp" } );
  REQUIRE( added.exitCode == 0 );
  CHECK( queryInt( project,
                   "SELECT stop_number FROM walk_stops WHERE walk_id = 3 AND name = 'Nytt stopp'" ) == 5 );
  const Run moved = cli( { "walk", "stops", project, "--walk", "3", "--move", "5:449510,6576710" } );
  REQUIRE( moved.exitCode == 0 );
  CHECK( moved.output.find( "449510.0" ) != std::string::npos );
  // A stop in the sea is refused and nothing changes.
  const Run outside = cli( { "walk", "stops", project, "--walk", "3", "--add", "10,10" } );
  CHECK( outside.exitCode == 1 );
  CHECK( outside.output.find( "not in Sweden" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 3" ) == 5 );
  const Run noWalk = cli( { "walk", "show", project, "--walk", "99" } );
  CHECK( noWalk.exitCode == 1 );
  CHECK( noWalk.output.find( "99" ) != std::string::npos );
}

TEST_CASE( "walk repeat, walk action and walk correlations close the loop after a walk", "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const Run repeat = cli( { "walk", "repeat", project, "--walk", "1", "--date", "2027-03-02" } );
  INFO( repeat.output );
  REQUIRE( repeat.exitCode == 0 );
  const std::string id = std::to_string( lastLineId( repeat ) );
  CHECK( queryInt( project, "SELECT repeat_of FROM safety_walks WHERE fid = " + id ) == 1 );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = " + id ) ==
         queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 1" ) );

  // An observation of walk 2 that proposes something and has no action yet.
  const int64_t observation = queryInt(
    project, "SELECT o.fid FROM observations o WHERE o.walk_id = 2 AND o.proposed_action IS NOT NULL AND "
             "NOT EXISTS (SELECT 1 FROM actions a WHERE a.observation_id = o.fid) ORDER BY o.fid LIMIT 1" );
  REQUIRE( observation > 0 );
  const int64_t actionsBefore = queryInt( project, "SELECT count(*) FROM actions" );
  const Run action = cli( { "walk", "action", project, "--observation", std::to_string( observation ) } );
  REQUIRE( action.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM actions" ) == actionsBefore + 1 );
  CHECK( queryInt( project, "SELECT count(*) FROM actions WHERE status = 'proposed' AND observation_id = " +
                              std::to_string( observation ) ) == 1 );
  const Run again = cli( { "walk", "action", project, "--observation", std::to_string( observation ) } );
  CHECK( again.exitCode == 1 );
  CHECK( again.output.find( "already has an action" ) != std::string::npos );

  const Run correlations = cli( { "walk", "correlations", project } );
  REQUIRE( correlations.exitCode == 0 );
  CHECK( ( correlations.output.find( "stops on" ) != std::string::npos ||
           correlations.output.find( "Too few stops" ) != std::string::npos ) );
}

TEST_CASE(
  "walk suggest will not take the stops of a walk already walked, and walk stops refuses a stop twice",
  "[cli][walkplan]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const int64_t stops = queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 1" );
  const Run walked = cli( { "walk", "suggest", project, "--area", "Centrum", "--walk", "1" } );
  CHECK( walked.exitCode == 1 );
  CHECK( walked.output.find( "Plan a new walk" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 1" ) == stops );
  CHECK( queryInt( project, "SELECT count(*) FROM observations WHERE walk_id = 1 AND stop_id IS NULL" ) ==
         0 );
  const Run twice = cli( { "walk", "stops", project, "--walk", "3", "--order", "1,1,2,3,4" } );
  CHECK( twice.exitCode != 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_stops WHERE walk_id = 3" ) == 5 );
  CHECK( queryInt( project, "SELECT min(stop_number) FROM walk_stops WHERE walk_id = 3" ) == 1 );
  // The planned walk 3 takes a suggestion, in one change.
  const Run planned = cli( { "walk", "suggest", project, "--area", "Norr (bostadsområde)", "--walk", "3" } );
  INFO( planned.output );
  CHECK( planned.exitCode == 0 );
  CHECK( queryInt( project, "SELECT route_source = 'suggested' FROM safety_walks WHERE fid = 3" ) == 1 );
}

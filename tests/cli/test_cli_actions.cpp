// actions, action, priority and follow-up end to end: the real tryggkarta-cli adds actions, moves them
// through their statuses, refuses bad input naming the value with nothing written, lists and exports the list
// (CSV and XLSX read back), adds priorities with figures from the incidents and prints the loose ends.

#include "clitestutil.h"

#include "actionstore.h"
#include "areas.h"
#include "database.h"
#include "projectfile.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <regex>

using clitest::cli;

namespace
{
//! The demo project, made once (its data are fixed by the seed and the end date), copied for each test.
std::string demoCopy( const testutil::TempDir &dir )
{
  static testutil::TempDir demoDir;
  static const std::string demo = []
  {
    const std::string p = demoDir.file( "demo.gpkg" );
    const auto run = cli( { "demo", p, "--seed", "3", "--until", "2026-12-31" } );
    REQUIRE( run.exitCode == 0 );
    return p;
  }();
  const std::string copy = dir.file( "p.gpkg" );
  std::filesystem::copy_file( demo, copy );
  return copy;
}

int64_t addedId( const clitest::Run &run )
{
  std::smatch match;
  REQUIRE( std::regex_search( run.output, match, std::regex( R"(Action (\d+) added)" ) ) );
  return std::stoll( match[1] );
}

int64_t queryInt( const std::string &path, const std::string &sql )
{
  auto project = tryggkarta::ProjectFile::open( path, true );
  REQUIRE( project.ok() );
  return ( *project )->db().queryInt( sql );
}

std::string queryText( const std::string &path, const std::string &sql )
{
  auto project = tryggkarta::ProjectFile::open( path, true );
  REQUIRE( project.ok() );
  return ( *project )->db().queryText( sql );
}

//! The lines of a section of follow-up's output: from its heading to the next blank line.
std::string section( const std::string &output, const std::string &heading )
{
  const std::size_t start = output.find( heading );
  REQUIRE( start != std::string::npos );
  const std::size_t end = output.find( "\n\n", start );
  return output.substr( start, end == std::string::npos ? std::string::npos : end - start );
}

//! What the command line may change, as text: equal means nothing was written.
std::string state( const std::string &path )
{
  return queryText( path,
                    "SELECT (SELECT count(*) FROM actions) || '/' || (SELECT count(*) FROM "
                    "action_status_history) || '/' || (SELECT count(*) FROM audit_log) || '/' || "
                    "(SELECT count(*) FROM priorities) || '/' || (SELECT coalesce(group_concat(status || "
                    "coalesce(decided_date, '') || coalesce(done_date, '')), '') FROM actions)" );
}
} // namespace

TEST_CASE( "action add, status changes and show with its history through the command line", "[cli][actions]" )
{
  testutil::TempDir dir;
  const std::string project = demoCopy( dir );
  const int64_t before = queryInt( project, "SELECT count(*) FROM actions" );
  auto added =
    cli( { "action", project, "add", "--title", "Ny belysning i gångtunneln", "--responsible", "Gatukontoret",
           "--contact-role", "driftchef", "--priority", "1", "--deadline", "2026-06-30", "--cost", "25000",
           "--area", "Centrum", "--note", "Ring 070-123 45 67" } );
  INFO( added.output );
  REQUIRE( added.exitCode == 0 );
  const int64_t id = addedId( added );
  CHECK( queryInt( project, "SELECT count(*) FROM actions" ) == before + 1 );
  CHECK( queryText( project, "SELECT note FROM actions WHERE fid = " + std::to_string( id ) )
           .find( "070-123 45 67" ) == std::string::npos );

  auto decided =
    cli( { "action", project, "status", std::to_string( id ), "beslutad", "--date", "2026-03-01" } );
  INFO( decided.output );
  REQUIRE( decided.exitCode == 0 );
  auto done = cli( { "action", project, "status", std::to_string( id ), "done", "--date", "2026-04-15",
                     "--note", "Monterad" } );
  REQUIRE( done.exitCode == 0 );
  CHECK( queryText( project, "SELECT done_date FROM actions WHERE fid = " + std::to_string( id ) ) ==
         "2026-04-15" );
  CHECK( queryText( project, "SELECT decided_date FROM actions WHERE fid = " + std::to_string( id ) ) ==
         "2026-03-01" );

  auto shown = cli( { "action", project, "show", std::to_string( id ) } );
  INFO( shown.output );
  REQUIRE( shown.exitCode == 0 );
  CHECK( shown.output.find( "Ny belysning i gångtunneln" ) != std::string::npos );
  CHECK( shown.output.find( "Centrum" ) != std::string::npos );
  CHECK( shown.output.find( "25000 kr" ) != std::string::npos );
  CHECK( shown.output.find( "2026-03-01  föreslagen → beslutad" ) != std::string::npos );
  CHECK( shown.output.find( "2026-04-15  beslutad → klar  Monterad" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM action_status_history WHERE action_id = " +
                              std::to_string( id ) ) == 3 );

  // Several at once.
  const int64_t second = addedId( cli( { "action", project, "add", "--title", "Klottersanering" } ) );
  const int64_t third = addedId( cli( { "action", project, "add", "--title", "Röj buskage" } ) );
  auto both = cli( { "action", project, "status", std::to_string( second ) + "," + std::to_string( third ),
                     "in_progress", "--date", "2026-05-01" } );
  INFO( both.output );
  REQUIRE( both.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM actions WHERE status = 'in_progress'" ) >= 2 );

  auto removed = cli( { "action", project, "remove", std::to_string( third ) } );
  REQUIRE( removed.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM actions WHERE fid = " + std::to_string( third ) ) == 0 );
  CHECK( queryInt( project,
                   "SELECT count(*) FROM audit_log WHERE table_name = 'actions' AND action = 'delete'" ) ==
         1 );
}

TEST_CASE( "the command line refuses bad actions naming the bad value, and writes nothing", "[cli][actions]" )
{
  testutil::TempDir dir;
  const std::string project = demoCopy( dir );
  const int64_t id = addedId( cli( { "action", project, "add", "--title", "Befintlig" } ) );
  const std::string ids = std::to_string( id );
  const std::string before = state( project );
  struct Case
  {
    std::vector<std::string> args;
    int exitCode;
    std::string said;
  };
  const std::vector<Case> cases = {
    { { "action", project, "add" }, 2, "--title" },
    { { "action", project, "add", "--title", "X", "--priority", "5" }, 2, "5" },
    { { "action", project, "add", "--title", "X", "--cost", "-300" }, 1, "-300" },
    { { "action", project, "add", "--title", "X", "--cost", "mycket" }, 2, "mycket" },
    { { "action", project, "add", "--title", "X", "--deadline", "2026-13-01" }, 2, "2026-13-01" },
    { { "action", project, "add", "--title", "X", "--kind", "drones" }, 2, "drones" },
    { { "action", project, "add", "--title", "X", "--area", "Atlantis" }, 1, "Atlantis" },
    { { "action", project, "add", "--title", "X", "--observation", "99999" }, 1, "99999" },
    { { "action", project, "add", "--title", "X", "--priority-id", "4242" }, 1, "4242" },
    { { "action", project, "add", "--title", "X", "--kind", "patrols", "--start", "2026-05-01", "--end",
        "2026-04-01" },
      1,
      "2026-04-01" },
    { { "action", project, "add", "--title", "X", "--status", "rejected" }, 1, "reason" },
    { { "action", project, "status", ids, "rejected" }, 1, "reason" },
    { { "action", project, "status", ids, "done" }, 1, "never decided" },
    { { "action", project, "status", ids, "finished" }, 2, "finished" },
    { { "action", project, "status", ids + ",777", "decided" }, 1, "777" },
    { { "action", project, "status", "abc", "decided" }, 2, "abc" },
    { { "action", project, "show", "777" }, 1, "777" },
    { { "action", project, "remove", "777" }, 1, "777" },
    { { "action", project, "fly" }, 2, "fly" },
    { { "actions", project, "--status", "klart" }, 2, "klart" },
    { { "actions", project, "--out", dir.file( "lista.ods" ) }, 2, "lista.ods" },
    { { "priority", project, "add", "--period-label", "T3 2026", "--from", "2026-09-01", "--until",
        "2026-12-31", "--area", "Centrum", "--problem", "X", "--categories", "ufo" },
      1,
      "ufo" },
    { { "priority", project, "add", "--period-label", "T3 2026", "--from", "2026-09-01", "--until",
        "2026-08-31", "--area", "Centrum", "--problem", "X" },
      1,
      "2026-08-31" },
    { { "priority", project, "remove", "4242" }, 1, "4242" },
  };
  for ( const Case &c : cases )
  {
    std::string line;
    for ( const std::string &arg : c.args )
      line += arg + " ";
    INFO( line );
    const auto run = cli( c.args );
    INFO( run.output );
    CHECK( run.exitCode == c.exitCode );
    CHECK( run.output.find( c.said ) != std::string::npos );
    CHECK( state( project ) == before );
  }
}

TEST_CASE( "actions lists and filters, and exports CSV and XLSX with a public variant without note or cost",
           "[cli][actions]" )
{
  testutil::TempDir dir;
  const std::string project = demoCopy( dir );
  const auto base = queryInt( project, "SELECT count(*) FROM actions" );
  const int64_t late = addedId( cli( { "action", project, "add", "--title", "Sen åtgärd", "--responsible",
                                       "Polisen", "--deadline", "2026-02-01", "--note", "INTERN-ANTECKNING",
                                       "--cost", "4711", "--contact-role", "kommunpolis" } ) );
  const int64_t rejected =
    addedId( cli( { "action", project, "add", "--title", "Kameror vid torget", "--responsible", "Kommunen",
                    "--status", "rejected", "--reason", "Tillstånd saknas", "--cost", "99000" } ) );
  const int64_t patrol = addedId(
    cli( { "action", project, "add", "--title", "Patrull fredagar", "--kind", "patrols", "--responsible",
           "Polisen", "--start", "2026-03-01", "--end", "2026-05-31", "--deadline", "2026-09-01" } ) );

  auto table = cli( { "actions", project, "--today", "2026-03-01" } );
  INFO( table.output );
  REQUIRE( table.exitCode == 0 );
  CHECK( table.output.find( "Sen åtgärd" ) != std::string::npos );
  CHECK( table.output.find( "2026-02-01 FÖRSENAD" ) != std::string::npos );
  CHECK( table.output.find( std::to_string( base + 3 ) + " actions" ) != std::string::npos );

  auto police = cli( { "actions", project, "--organisation", "Polisen" } );
  CHECK( police.output.find( "Sen åtgärd" ) != std::string::npos );
  CHECK( police.output.find( "Patrull fredagar" ) != std::string::npos );
  CHECK( police.output.find( "Kameror vid torget" ) == std::string::npos );
  auto overdue = cli( { "actions", project, "--overdue", "--today", "2026-03-01" } );
  CHECK( overdue.output.find( "Sen åtgärd" ) != std::string::npos );
  CHECK( overdue.output.find( "Patrull fredagar" ) == std::string::npos );
  auto interventions = cli( { "actions", project, "--interventions" } );
  CHECK( interventions.output.find( "Patrull fredagar" ) != std::string::npos );
  CHECK( interventions.output.find( "Sen åtgärd" ) == std::string::npos );
  auto avslagna = cli( { "actions", project, "--status", "avslagen" } );
  CHECK( avslagna.output.find( "Kameror vid torget" ) != std::string::npos );
  CHECK( avslagna.output.find( "Sen åtgärd" ) == std::string::npos );

  const std::string csv = dir.file( "åtgärder.csv" );
  auto written = cli( { "actions", project, "--out", csv, "--today", "2026-03-01" } );
  INFO( written.output );
  REQUIRE( written.exitCode == 0 );
  const std::string text = testutil::readFile( csv );
  CHECK( text.rfind( "\xEF\xBB\xBFId;Åtgärd;Typ;Status;", 0 ) == 0 );
  CHECK( text.find( std::to_string( late ) + ";Sen åtgärd;åtgärd;föreslagen;" ) != std::string::npos );
  CHECK( text.find( "INTERN-ANTECKNING" ) != std::string::npos );
  CHECK( text.find( "4711" ) != std::string::npos );
  CHECK( text.find( "kommunpolis" ) != std::string::npos );
  CHECK( text.find( "Tillstånd saknas" ) != std::string::npos );
  (void)rejected;
  (void)patrol;

  const std::string publicCsv = dir.file( "publik.csv" );
  REQUIRE( cli( { "actions", project, "--public", "--out", publicCsv } ).exitCode == 0 );
  const std::string published = testutil::readFile( publicCsv );
  CHECK( published.rfind( "\xEF\xBB\xBF"
                          "Åtgärd;Status;Ansvarig organisation;Deadline;Klar;Skäl till avslag\r\n",
                          0 ) == 0 );
  CHECK( published.find( "Kameror vid torget;avslagen;Kommunen;;;Tillstånd saknas" ) != std::string::npos );
  for ( const char *secret : { "INTERN", "4711", "99000", "kommunpolis" } )
    CHECK( published.find( secret ) == std::string::npos );

  for ( bool isPublic : { false, true } )
  {
    const std::string xlsx = dir.file( isPublic ? "publik.xlsx" : "åtgärder.xlsx" );
    std::vector<std::string> args = { "actions", project, "--out", xlsx };
    if ( isPublic )
      args.push_back( "--public" );
    REQUIRE( cli( args ).exitCode == 0 );
    GDALAllRegister();
    CPLSetConfigOption( "OGR_XLSX_HEADERS", "FORCE" );
    GDALDataset *dataset =
      static_cast<GDALDataset *>( GDALOpenEx( xlsx.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
    REQUIRE( dataset );
    OGRLayer *layer = dataset->GetLayer( 0 );
    REQUIRE( layer );
    OGRFeatureDefn *definition = layer->GetLayerDefn();
    CHECK( definition->GetFieldIndex( "Åtgärd" ) >= 0 );
    CHECK( definition->GetFieldIndex( "Skäl till avslag" ) >= 0 );
    CHECK( ( definition->GetFieldIndex( "Anteckning" ) >= 0 ) == !isPublic );
    CHECK( ( definition->GetFieldIndex( "Kostnad (kr)" ) >= 0 ) == !isPublic );
    CHECK( layer->GetFeatureCount() == base + 3 );
    bool foundLate = false;
    for ( auto &feature : *layer )
      if ( std::string( feature->GetFieldAsString( definition->GetFieldIndex( "Åtgärd" ) ) ) == "Sen åtgärd" )
      {
        foundLate = true;
        if ( !isPublic )
        {
          CHECK( feature->GetFieldAsDouble( definition->GetFieldIndex( "Kostnad (kr)" ) ) == 4711 );
          CHECK( std::string( feature->GetFieldAsString( definition->GetFieldIndex( "Anteckning" ) ) ) ==
                 "INTERN-ANTECKNING" );
        }
      }
    CHECK( foundLate );
    GDALClose( dataset );
    CPLSetConfigOption( "OGR_XLSX_HEADERS", nullptr );
  }
}

TEST_CASE( "priority add fills its figures from the incidents, and follow-up prints the loose ends",
           "[cli][actions]" )
{
  testutil::TempDir dir;
  const std::string project = demoCopy( dir );
  auto added =
    cli( { "priority", project, "add", "--period-label", "T3 2026", "--from", "2026-09-01", "--until",
           "2026-12-31", "--area", "Centrum", "--problem", "Glaskross och bråk vid torget", "--categories",
           "glaskross,brak_hot", "--goal", "Färre händelser", "--rank", "1" } );
  INFO( added.output );
  REQUIRE( added.exitCode == 0 );
  std::smatch match;
  REQUIRE( std::regex_search( added.output, match, std::regex( R"(Priority (\d+) added)" ) ) );
  const int64_t priority = std::stoll( match[1] );
  // The figures printed and stored are the core's for the area and period.
  {
    auto opened = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( opened.ok() );
    auto area = tryggkarta::findArea( **opened, "Centrum" );
    REQUIRE( area.ok() );
    tryggkarta::ActionStore store( ( *opened )->db() );
    auto figures =
      store.priorityFigures( area->fid, "2026-09-01", "2026-12-31", { "glaskross", "brak_hot" } );
    REQUIRE( figures.ok() );
    REQUIRE( figures->size() == 6 );
    for ( const auto &figure : *figures )
      CHECK( added.output.find( figure.label ) != std::string::npos );
    CHECK( std::stoll( figures->front().value ) > 0 );
    CHECK( store.loadPriority( priority )->figures == *figures );
  }

  auto listed = cli( { "priority", project, "list", "--period", "T3 2026" } );
  INFO( listed.output );
  REQUIRE( listed.exitCode == 0 );
  CHECK( listed.output.find( "Glaskross och bråk vid torget" ) != std::string::npos );
  CHECK( listed.output.find( "Händelser tertial 3 2026" ) != std::string::npos );

  auto followUp = cli( { "follow-up", project, "--today", "2026-10-01" } );
  INFO( followUp.output );
  REQUIRE( followUp.exitCode == 0 );
  CHECK(
    section( followUp.output, "Active priorities without actions" ).find( "Glaskross och bråk vid torget" ) !=
    std::string::npos );

  const int64_t action =
    addedId( cli( { "action", project, "add", "--title", "Ordningsvakter vid torget", "--kind", "guards",
                    "--priority-id", std::to_string( priority ), "--deadline", "2026-09-15" } ) );
  followUp = cli( { "follow-up", project, "--today", "2026-10-01" } );
  CHECK(
    section( followUp.output, "Active priorities without actions" ).find( "Glaskross och bråk vid torget" ) ==
    std::string::npos );
  CHECK( section( followUp.output, "Overdue actions" ).find( "Ordningsvakter vid torget" ) !=
         std::string::npos );
  CHECK( section( followUp.output, "Actions with neither" ).find( "Ordningsvakter vid torget" ) ==
         std::string::npos );

  auto removed = cli( { "priority", project, "remove", std::to_string( priority ) } );
  REQUIRE( removed.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM priorities WHERE fid = " + std::to_string( priority ) ) ==
         0 );
  CHECK( queryInt( project, "SELECT count(*) FROM actions WHERE fid = " + std::to_string( action ) +
                              " AND priority_id IS NULL" ) == 1 );
}

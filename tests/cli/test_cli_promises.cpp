// promise, promises and reporting end to end: a citizen promise built with the real command-line tool, its
// follow-up printed as text (internal and public) with counts made here from what the test put in, refusals
// with exit code 1 and nothing stored, usage errors with 2, and who has reported as a table.

#include "clitestutil.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "stockholmzone.h"
#include "testutil.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <regex>

using clitest::cli;

namespace
{

int64_t idIn( const std::string &output, const std::string &before )
{
  std::smatch match;
  REQUIRE( std::regex_search( output, match, std::regex( before + " (\\d+)" ) ) );
  return std::stoll( match[1] );
}

void addCentrum( tryggkarta::ProjectFile &p )
{
  OGRPolygon polygon;
  OGRLinearRing ring;
  ring.addPoint( 450000, 6580000 );
  ring.addPoint( 451000, 6580000 );
  ring.addPoint( 451000, 6581000 );
  ring.addPoint( 450000, 6581000 );
  ring.closeRings();
  polygon.addRing( &ring );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob =
    tryggkarta::encodeGpkgWkb( 3006, wkb, tryggkarta::Envelope{ 450000, 6580000, 451000, 6581000 } );
  auto s = p.db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, 'Centrum', 'est_area')" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.run();
}

void addIncidents( tryggkarta::ProjectFile &p, int year, int count, const std::string &organisation,
                   const std::string &created )
{
  auto s = p.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, organisation, source, "
                           "created_at, updated_at) VALUES (?, ?, 'klotter', ?, 'est', ?, ?)" );
  for ( int i = 0; i < count; ++i )
  {
    const auto blob = tryggkarta::encodeGpkgPoint( 3006, 450100 + i, 6580100 );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.bind( 2, tryggkarta::formatUtcIso( tryggkarta::stockholmToUtc( year, 4, 1 + i, 12, 0, 0 ) ) );
    s.bindTextOrNull( 3, organisation ).bind( 4, created ).bind( 5, created );
    s.run();
    s.reset();
  }
}

int64_t rows( const std::string &project, const std::string &table )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  return ( *file )->db().queryInt( "SELECT count(*) FROM " + table, -1 );
}

} // namespace

TEST_CASE( "a citizen promise made with the command-line tool is followed up as text, internal and public",
           "[cli][promises]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  std::vector<int64_t> walks;
  {
    auto file = tryggkarta::ProjectFile::open( project );
    REQUIRE( file.ok() );
    addCentrum( **file );
    // Klotter in Centrum: 7 in 2026, 3 in 2025 (below k = 5 in the public variant).
    addIncidents( **file, 2026, 7, "", "2026-04-20T10:00:00.000Z" );
    addIncidents( **file, 2025, 3, "", "2025-04-20T10:00:00.000Z" );
    tryggkarta::WalkStore store( ( *file )->db() );
    for ( const auto &[date, status] : std::vector<std::pair<std::string, std::string>>{
            { "2026-03-12", "done" }, { "2026-06-04", "followed_up" }, { "2026-12-01", "planned" } } )
    {
      tryggkarta::Walk walk;
      walk.name = "Vandring " + date;
      walk.date = date;
      walk.status = status;
      walks.push_back( *store.create( walk ) );
    }
  }

  const auto added = cli( { "promise", project, "add", "--year", "2026", "--title", "Tryggare Centrum",
                            "--signed", "2026-02-10", "--police-role", "lokalpolisområdeschef",
                            "--municipality-role", "kommunstyrelsens ordförande" } );
  REQUIRE( added.exitCode == 0 );
  const int64_t promise = idIn( added.output, "citizen promise" );
  const auto activity = cli( { "promise",
                               project,
                               "activity-add",
                               "--promise",
                               std::to_string( promise ),
                               "--title",
                               "Trygghetsvandringar",
                               "--owner",
                               "both",
                               "--kind",
                               "safety_walk",
                               "--count",
                               "4",
                               "--from",
                               "2026-03-01",
                               "--until",
                               "2026-11-30",
                               "--area",
                               "Centrum",
                               "--note",
                               "INTERN-ANTECKNING" } );
  REQUIRE( activity.exitCode == 0 );
  const int64_t activityId = idIn( activity.output, "activity" );
  for ( int64_t walk : walks )
    REQUIRE(
      cli( { "promise", project, "link", std::to_string( activityId ), "--walk", std::to_string( walk ) } )
        .exitCode == 0 );
  REQUIRE(
    cli( { "promise", project, "activity-status", std::to_string( activityId ), "in_progress" } ).exitCode ==
    0 );

  const auto text = cli( { "promises", project, "--year", "2026", "--today", "2026-11-20" } );
  REQUIRE( text.exitCode == 0 );
  INFO( text.output );
  // Two of the three linked walks were held (done or followed up).
  CHECK( text.output.find( "2 av 4 trygghetsvandringar genomförda" ) != std::string::npos );
  CHECK( text.output.find(
           "Vi lovade fyra trygghetsvandringar i Centrum. Vi genomförde två: 12 mars och 4 juni." ) !=
         std::string::npos );
  CHECK( text.output.find( "INTERN-ANTECKNING" ) != std::string::npos );
  CHECK( text.output.find( "Totalt: 7 (året före 3)" ) != std::string::npos );
  CHECK( text.output.find( "lokalpolisområdeschef" ) != std::string::npos );

  const auto publicText =
    cli( { "promises", project, "--year", "2026", "--today", "2026-11-20", "--public" } );
  REQUIRE( publicText.exitCode == 0 );
  INFO( publicText.output );
  CHECK( publicText.output.find( "INTERN-ANTECKNING" ) == std::string::npos );
  CHECK( publicText.output.find( "Vi genomförde två: 12 mars och 4 juni." ) != std::string::npos );
  CHECK( publicText.output.find( "året före 3" ) == std::string::npos );
  CHECK( publicText.output.find( "färre än 5" ) != std::string::npos );

  SECTION( "refusals say why, exit 1 and store nothing" )
  {
    const int64_t promises = rows( project, "citizen_promises" );
    const int64_t activities = rows( project, "promise_activities" );
    const int64_t links = rows( project, "promise_links" );
    const int64_t audit = rows( project, "audit_log" );
    auto run = cli( { "promise", project, "add", "--year", "1999", "--title", "Gammalt" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "2000 to 2100" ) != std::string::npos );
    run = cli( { "promise", project, "add", "--year", "2026", "--title", "Tryggare Centrum" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "already" ) != std::string::npos );
    run = cli(
      { "promise", project, "add", "--year", "2027", "--title", "X", "--police-role", "Anna Svensson" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "person's name" ) != std::string::npos );
    run = cli( { "promise", project, "activity-add", "--promise", std::to_string( promise ), "--title",
                 "Möten", "--owner", "police", "--from", "2026-06-01", "--until", "2026-05-01" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "before it starts" ) != std::string::npos );
    run = cli(
      { "promise", project, "link", std::to_string( activityId ), "--walk", std::to_string( walks[0] ) } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "already linked" ) != std::string::npos );
    run = cli( { "promise", project, "activity-status", std::to_string( activityId ), "done" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "date it was done" ) != std::string::npos );
    run = cli( { "promises", project, "--year", "2025" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "no citizen promise for 2025" ) != std::string::npos );
    CHECK( rows( project, "citizen_promises" ) == promises );
    CHECK( rows( project, "promise_activities" ) == activities );
    CHECK( rows( project, "promise_links" ) == links );
    CHECK( rows( project, "audit_log" ) == audit );
  }

  SECTION( "usage errors exit 2" )
  {
    CHECK( cli( { "promises", project } ).exitCode == 2 );
    CHECK( cli( { "promise", project, "add", "--title", "X" } ).exitCode == 2 );
    CHECK( cli( { "promise", project, "activity-add", "--promise", "1", "--title", "X" } ).exitCode == 2 );
    CHECK( cli( { "promise", project, "link", std::to_string( activityId ) } ).exitCode == 2 );
    CHECK( cli( { "promise", project, "frobnicate" } ).exitCode == 2 );
    CHECK( cli( { "reporting", project, "--weeks", "0" } ).exitCode == 2 );
  }
}

TEST_CASE( "reporting lists each expected organisation with a mark per week, its last report and the weeks "
           "missing",
           "[cli][reporting]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  {
    auto file = tryggkarta::ProjectFile::open( project );
    REQUIRE( file.ok() );
    ( *file )->db().exec( "INSERT INTO organisations (name, reports_weekly) VALUES ('Skolan', 1), "
                          "('Bostadsbolaget', 1), ('Vaktbolaget', 0)" );
    // Skolan: this week (2026-W47) and three weeks before (W44).
    addIncidents( **file, 2026, 2, "Skolan", "2026-11-17T10:00:00.000Z" );
    addIncidents( **file, 2026, 1, "Skolan", "2026-10-27T10:00:00.000Z" );
  }
  auto run = cli( { "reporting", project, "--weeks", "4", "--today", "2026-11-20" } );
  REQUIRE( run.exitCode == 0 );
  INFO( run.output );
  CHECK( run.output.find( "2026-W44 – 2026-W47" ) != std::string::npos );
  std::smatch match;
  REQUIRE( std::regex_search( run.output, match,
                              std::regex( R"(\*Skolan\s+x\s+\.\s+\.\s+x\s+2026-11-17\s+2 \(W45, W46\))" ) ) );
  REQUIRE( std::regex_search( run.output, match,
                              std::regex( R"(\*Bostadsbolaget\s+\.\s+\.\s+\.\s+\.\s+never\s+4)" ) ) );
  CHECK( run.output.find( "Vaktbolaget" ) == std::string::npos );

  run = cli( { "reporting", project, "--expect", "Vaktbolaget", "--weeks", "4", "--today", "2026-11-20" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "*Vaktbolaget" ) != std::string::npos );
  run = cli( { "reporting", project, "--no-expect", "Bostadsbolaget", "--today", "2026-11-20" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Bostadsbolaget  " ) == std::string::npos );
  run = cli( { "reporting", project, "--expect", "Okänd" } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "no organisation 'Okänd'" ) != std::string::npos );
  CHECK( cli( { "reporting", project, "--expect", "A", "--no-expect", "B" } ).exitCode == 2 );
}

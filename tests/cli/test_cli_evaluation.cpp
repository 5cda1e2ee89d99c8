// tryggkarta-cli evaluate, end to end on the demo project: the text result against the core's numbers, the
// stored result, CSV, suggestions and refusals (the PDF: tests/print/test_evaluationprint.cpp).

#include "clitestutil.h"
#include "evaluationdemo.h"
#include "testutil.h"

#include "areas.h"
#include "calendar.h"
#include "evaluation.h"
#include "projectfile.h"

#include <cmath>

using namespace tryggkarta;
using clitest::cli;
using evaluationtest::Demo;
using testutil::TempDir;

namespace
{
std::string fixedText( double value, int decimals )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*f", decimals, value );
  return buffer;
}

bool contains( const std::string &text, const std::string &part )
{
  return text.find( part ) != std::string::npos;
}
} // namespace

TEST_CASE( "evaluate prints the counts and statistics the core computes and stores them with --save",
           "[cli][evaluation]" )
{
  Demo demo;
  const auto core = demo.core( "Centrum", "Norr (bostadsområde)", 200.0 );
  const auto run =
    cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Norr (bostadsområde)", "--buffer",
           "200", "--before", demo.before.text(), "--after", demo.after.text(), "--save" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const EvaluationCounts &n = core.total.stats.counts;
  CHECK( contains( run.output, "target " + fixedText( n.a, 0 ) + " -> " + fixedText( n.b, 0 ) +
                                 ", comparison " + fixedText( n.c, 0 ) + " -> " + fixedText( n.d, 0 ) +
                                 ", buffer " + fixedText( *n.e, 0 ) + " -> " + fixedText( *n.f, 0 ) ) );
  CHECK( contains( run.output, "WDD " + fixedText( core.total.stats.wdd.wdd, 1 ) + " (SE " +
                                 fixedText( core.total.stats.wdd.se, 1 ) ) );
  CHECK( contains( run.output, "Sammanfattning" ) );
  CHECK( contains( run.output, "Stored as evaluation 1" ) );

  auto project = ProjectFile::open( demo.path, true );
  REQUIRE( project );
  auto stored = loadEvaluation( **project, 1 );
  REQUIRE( stored );
  CHECK( stored->total.stats.counts.a == n.a );
  CHECK( stored->total.stats.counts.f == n.f );
  CHECK( stored->settings.bufferMeters == 200 );
}

TEST_CASE( "evaluate writes the table per group and in total as CSV", "[cli][evaluation]" )
{
  Demo demo;
  const auto core = demo.core( "Centrum", "Öster (industriområde)", std::nullopt );
  const std::string csv = demo.dir.file( "utvardering.csv" );
  const auto written =
    cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Öster (industriområde)", "--before",
           demo.before.text(), "--after", demo.after.text(), "--out", csv } );
  INFO( written.output );
  REQUIRE( written.exitCode == 0 );
  const std::string text = testutil::readFile( csv );
  const EvaluationCounts &n = core.total.stats.counts;
  CHECK( contains( text, "total,Totalt," + fixedText( n.a, 0 ) + "," + fixedText( n.b, 0 ) + "," +
                           fixedText( n.c, 0 ) + "," + fixedText( n.d, 0 ) + ",," ) );
}

TEST_CASE( "evaluate refuses overlapping areas and periods and a buffer reaching the comparison area",
           "[cli][evaluation]" )
{
  Demo demo;
  const auto count = [&]
  {
    auto project = ProjectFile::open( demo.path, true );
    return ( *project )->db().queryInt( "SELECT count(*) FROM evaluations" );
  };
  // Centrum lies inside the district Centrala staden.
  auto run = cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Centrala staden",
                    "--before", demo.before.text(), "--after", demo.after.text(), "--save" } );
  CHECK( run.exitCode == 1 );
  CHECK( contains( run.output, "overlap" ) );
  run = cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Stationsområdet", "--buffer",
               "100", "--before", demo.before.text(), "--after", demo.after.text(), "--save" } );
  CHECK( run.exitCode == 1 );
  CHECK( contains( run.output, "buffer of 100 m" ) );
  run = cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Norr (bostadsområde)",
               "--before", demo.after.text(), "--after", demo.after.text(), "--save" } );
  CHECK( run.exitCode == 1 );
  CHECK( contains( run.output, "overlap" ) );
  run = cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Norr (bostadsområde)",
               "--before", "2025-13-01..2025-12-31", "--after", demo.after.text() } );
  CHECK( run.exitCode == 1 );
  CHECK( contains( run.output, "YYYY-MM-DD" ) );
  run = cli( { "evaluate", demo.path, "--target", "Centrum", "--before", demo.before.text(), "--after",
               demo.after.text() } );
  CHECK( run.exitCode == 2 );
  CHECK( count() == 0 );
}

TEST_CASE( "evaluate suggests comparison areas outside the target and evaluates an intervention by its id",
           "[cli][evaluation]" )
{
  Demo demo;
  auto run = cli( { "evaluate", demo.path, "--target", "Centrum", "--buffer", "200", "--before",
                    demo.before.text(), "--suggest-comparison" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( contains( run.output, "Norr (bostadsområde)" ) );
  CHECK_FALSE( contains( run.output, "Centrala staden" ) ); // contains the target
  CHECK_FALSE( contains( run.output, "Stationsområdet" ) ); // within the buffer

  {
    auto project = ProjectFile::open( demo.path );
    REQUIRE( project );
    const int64_t centrum = findArea( **project, "Centrum" )->fid;
    ( *project )
      ->db()
      .exec( "INSERT INTO actions (title, kind, area_id, start_date, end_date, status, created_at, "
             "updated_at) VALUES ('Belysning i parken', 'lighting', " +
             std::to_string( centrum ) + ", '" + demo.after.from + "', '" + demo.after.until +
             "', 'done', 'x', 'x')" );
    ( *project )
      ->db()
      .exec( "INSERT INTO actions (title, kind, status, created_at, updated_at) VALUES ('Möte', "
             "'action', 'done', 'x', 'x')" );
  }
  const auto core = demo.core( "Centrum", "Norr (bostadsområde)", std::nullopt );
  auto project = ProjectFile::open( demo.path, true );
  const std::string id =
    ( *project )->db().queryText( "SELECT fid FROM actions WHERE title = 'Belysning i parken'" );
  const std::string meeting = ( *project )->db().queryText( "SELECT fid FROM actions WHERE title = 'Möte'" );
  run = cli( { "evaluate", demo.path, "--intervention", id, "--comparison", "Norr (bostadsområde)" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( contains( run.output, "Belysning i parken" ) );
  // The before period is as long as the after period, just before it: here the same as the demo's.
  const EvaluationCounts &n = core.total.stats.counts;
  CHECK( contains( run.output, "target " + fixedText( n.a, 0 ) + " -> " + fixedText( n.b, 0 ) ) );
  run = cli( { "evaluate", demo.path, "--intervention", meeting, "--comparison", "Norr (bostadsområde)" } );
  CHECK( run.exitCode == 1 );
  CHECK( contains( run.output, "not an intervention" ) );
}

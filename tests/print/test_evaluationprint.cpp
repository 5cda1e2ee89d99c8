// tryggkarta-cli evaluate --out FILE.pdf, end to end on the demo project through tryggkarta-render: one A4
// page with the settings, the table and the sentences, read back with pdftotext.

#include "clitestutil.h"
#include "testutil.h"

#include "areas.h"
#include "calendar.h"
#include "evaluation.h"
#include "projectfile.h"

#include <cmath>
#include <cstdlib>

using namespace tryggkarta;
using clitest::cli;
using testutil::TempDir;

namespace
{
struct Demo
{
  TempDir dir;
  std::string path;
  DatePeriod before;
  DatePeriod after;

  Demo() : path( dir.file( "demo.gpkg" ) )
  {
    REQUIRE( cli( { "demo", path, "--seed", "1" } ).exitCode == 0 );
    auto project = ProjectFile::open( path, true );
    REQUIRE( project );
    // The last 91 days of the demo's events against the 91 days before.
    const std::string last =
      ( *project )->db().queryText( "SELECT max(substr(occurred_from, 1, 10)) FROM incidents" );
    const int64_t end = *parseIsoDate( last );
    after = { isoDateOf( end - 90 ), isoDateOf( end ) };
    before = { isoDateOf( end - 181 ), isoDateOf( end - 91 ) };
  }

  EvaluationResult core( const std::string &target, const std::string &comparison,
                         std::optional<double> buffer )
  {
    auto project = ProjectFile::open( path, true );
    REQUIRE( project );
    EvaluationSettings s;
    s.targetAreaId = findArea( **project, target )->fid;
    s.comparisonAreaId = findArea( **project, comparison )->fid;
    s.bufferMeters = buffer;
    s.before = before;
    s.after = after;
    auto result = evaluateIntervention( **project, s );
    REQUIRE( result );
    return *result;
  }
};

bool contains( const std::string &text, const std::string &part )
{
  return text.find( part ) != std::string::npos;
}
} // namespace

TEST_CASE( "evaluate writes a one-page PDF with the settings, the table, the sentences and the chart",
           "[cli][evaluation]" )
{
  Demo demo;
  const auto core = demo.core( "Centrum", "Öster (industriområde)", std::nullopt );
  const EvaluationCounts &n = core.total.stats.counts;
  const std::string pdf = demo.dir.file( "utvardering.pdf" );
  const auto printed =
    cli( { "evaluate", demo.path, "--target", "Centrum", "--comparison", "Öster (industriområde)", "--before",
           demo.before.text(), "--after", demo.after.text(), "--out", pdf } );
  INFO( printed.output );
  REQUIRE( printed.exitCode == 0 );
  REQUIRE( std::system( "command -v pdftotext >/dev/null 2>&1" ) == 0 );
  const auto pages = clitest::runCommand( "pdfinfo '" + pdf + "' | grep Pages" );
  CHECK( contains( pages.output, " 1" ) );
  const auto pdfText = clitest::runCommand( "pdftotext -layout '" + pdf + "' -" );
  INFO( pdfText.output );
  CHECK( contains( pdfText.output, "Centrum" ) );
  CHECK( contains( pdfText.output, "Öster (industriområde)" ) );
  CHECK( contains( pdfText.output, demo.before.from ) );
  CHECK( contains( pdfText.output, std::to_string( static_cast<int>( n.a ) ) + " → " +
                                     std::to_string( static_cast<int>( n.b ) ) ) );
  CHECK( contains( pdfText.output, "WDD" ) );
  CHECK( contains( pdfText.output, "RES" ) );
  CHECK( contains( pdfText.output, core.sentences.front().substr( 0, 20 ) ) );
}

// tryggkarta-cli evaluate --out FILE.pdf, end to end on the demo project through tryggkarta-render: one A4
// page with the settings, the table and the sentences, read back with pdftotext.

#include "clitestutil.h"
#include "evaluationdemo.h"
#include "testutil.h"

#include "areas.h"
#include "calendar.h"
#include "evaluation.h"
#include "projectfile.h"

#include <cmath>
#include <cstdlib>

using namespace tryggkarta;
using clitest::cli;
using evaluationtest::Demo;
using testutil::TempDir;

namespace
{
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

// actions --out FILE.pdf end to end: the action list for the follow-up meeting through the real
// tryggkarta-cli (which hands it to tryggkarta-render), read back with pdftotext and pdfinfo: A4 landscape,
// grouped by status, overdue ones marked, and a public variant without notes, costs or contact roles.

#include "clitestutil.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <regex>

using clitest::cli;
using clitest::runCommand;

namespace
{
int64_t addedId( const clitest::Run &run )
{
  std::smatch match;
  REQUIRE( std::regex_search( run.output, match, std::regex( R"(Action (\d+) added)" ) ) );
  return std::stoll( match[1] );
}

std::string pdfText( const std::string &pdf )
{
  return runCommand( "pdftotext -layout -enc UTF-8 '" + pdf + "' - 2>&1" ).output;
}
} // namespace

TEST_CASE( "the action list prints as an A4 landscape PDF grouped by status, with a public variant",
           "[print][actions]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  const int64_t late =
    addedId( cli( { "action", project, "add", "--title", "Byt armatur i gångtunneln", "--responsible",
                    "Gatukontoret", "--contact-role", "driftchef", "--deadline", "2026-02-01", "--note",
                    "INTERN-ANTECKNING", "--cost", "4711" } ) );
  REQUIRE( cli( { "action", project, "status", std::to_string( late ), "decided", "--date", "2026-01-10" } )
             .exitCode == 0 );
  REQUIRE( cli( { "action", project, "add", "--title", "Kameror vid torget", "--responsible", "Kommunen",
                  "--status", "rejected", "--reason", "Tillstånd saknas", "--cost", "99000" } )
             .exitCode == 0 );
  REQUIRE( cli( { "action", project, "add", "--title", "Patrull fredagar", "--kind", "patrols",
                  "--responsible", "Polisen", "--deadline", "2026-12-01" } )
             .exitCode == 0 );

  const std::string pdf = dir.file( "åtgärdslista.pdf" );
  auto run = cli( { "actions", project, "--out", pdf, "--today", "2026-03-01" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::string info = runCommand( "pdfinfo '" + pdf + "' 2>&1" ).output;
  INFO( info );
  std::smatch size;
  REQUIRE( std::regex_search( info, size, std::regex( R"(Page size:\s+([\d.]+) x ([\d.]+) pts)" ) ) );
  CHECK( std::stod( size[1] ) > std::stod( size[2] ) ); // landscape
  CHECK( std::stod( size[1] ) == Approx( 841.89 ).margin( 1 ) );
  const std::string text = pdfText( pdf );
  INFO( text );
  CHECK( text.find( "Åtgärdslista" ) != std::string::npos );
  for ( const char *expected :
        { "Byt armatur i gångtunneln", "FÖRSENAD", "Beslutade (1)", "Föreslagna (1)", "Avslagna (1)",
          "Tillstånd saknas", "INTERN-ANTECKNING", "4711", "driftchef", "polispatrullering" } )
    CHECK( text.find( expected ) != std::string::npos );
  // Grouped by status in their order: proposed, decided, …, rejected.
  CHECK( text.find( "Föreslagna (1)" ) < text.find( "Beslutade (1)" ) );
  CHECK( text.find( "Beslutade (1)" ) < text.find( "Avslagna (1)" ) );

  const std::string publicPdf = dir.file( "publik.pdf" );
  run = cli( { "actions", project, "--public", "--out", publicPdf, "--today", "2026-03-01" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::string published = pdfText( publicPdf );
  INFO( published );
  CHECK( published.find( "publik version" ) != std::string::npos );
  CHECK( published.find( "Byt armatur i gångtunneln" ) != std::string::npos );
  CHECK( published.find( "Tillstånd saknas" ) != std::string::npos );
  for ( const char *secret : { "INTERN", "4711", "99000", "driftchef" } )
    CHECK( published.find( secret ) == std::string::npos );

  // A bad output is refused, nothing written.
  run = cli( { "actions", project, "--out", dir.file( "saknas/lista.pdf" ) } );
  CHECK( run.exitCode != 0 );
  CHECK_FALSE( std::filesystem::exists( dir.file( "saknas/lista.pdf" ) ) );
}

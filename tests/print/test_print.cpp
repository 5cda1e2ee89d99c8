// print, report and templates end to end: the demo municipality printed with every template, the lägesbild
// for a week, a month, a tertial and a year, the public mode's guarantee read off the PDF's own text, and bad
// input refused with nothing written. TRYGGKARTA_PRINT_DIR=/some/folder keeps the PDFs for a look.

#include "clitestutil.h"
#include "projectfile.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

using clitest::cli;
using clitest::runCommand;

namespace
{
//! The demo project, made once for the whole run (its data are fixed by the seed).
const std::string &demoProject()
{
  static testutil::TempDir dir;
  static const std::string path = []
  {
    const std::string p = dir.file( "demo.gpkg" );
    const auto run = cli( { "demo", p } );
    REQUIRE( run.exitCode == 0 );
    return p;
  }();
  return path;
}

std::string pdfText( const std::string &pdf, bool layout = false )
{
  return runCommand( std::string( "pdftotext -enc UTF-8 " ) + ( layout ? "-layout " : "" ) + "'" + pdf +
                     "' - 2>&1" )
    .output;
}

std::string pdfInfo( const std::string &pdf )
{
  return runCommand( "pdfinfo '" + pdf + "' 2>&1" ).output;
}

int pdfPages( const std::string &pdf )
{
  std::smatch match;
  const std::string info = pdfInfo( pdf );
  if ( std::regex_search( info, match, std::regex( R"(Pages:\s+(\d+))" ) ) )
    return std::stoi( match[1] );
  return 0;
}

//! The page size in points, "842 x 595".
std::pair<double, double> pdfPageSize( const std::string &pdf )
{
  std::smatch match;
  const std::string info = pdfInfo( pdf );
  if ( std::regex_search( info, match, std::regex( R"(Page size:\s+([\d.]+) x ([\d.]+))" ) ) )
    return { std::stod( match[1] ), std::stod( match[2] ) };
  return { 0, 0 };
}

//! Keeps a copy for a look when TRYGGKARTA_PRINT_DIR is set.
void keep( const std::string &file )
{
  if ( const char *folder = std::getenv( "TRYGGKARTA_PRINT_DIR" ) )
  {
    std::error_code error;
    std::filesystem::copy_file( file,
                                std::filesystem::path( folder ) / std::filesystem::path( file ).filename(),
                                std::filesystem::copy_options::overwrite_existing, error );
  }
}

std::string readAll( const std::string &path )
{
  std::ifstream in( path, std::ios::binary );
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

//! Text without white space and hyphens: lines wrap (and pdftotext drops a hyphen at a line's end) as the
//! sheet's width decides.
std::string squeezed( const std::string &text )
{
  std::string out;
  for ( char c : text )
    if ( !std::isspace( static_cast<unsigned char>( c ) ) && c != '-' )
      out += c;
  return out;
}

bool contains( const std::string &text, const std::string &part )
{
  return squeezed( text ).find( squeezed( part ) ) != std::string::npos;
}
} // namespace

TEST_CASE(
  "every template prints the demo with its title, period, legend, method, sources and classification",
  "[print]" )
{
  struct Sheet
  {
    const char *name;
    const char *file;
    double widthPt;
    double heightPt;
  };
  const Sheet sheet = GENERATE( Sheet{ "A4 liggande", "a4-liggande.pdf", 842, 595 },
                                Sheet{ "A4 stående", "a4-staende.pdf", 595, 842 },
                                Sheet{ "A3 liggande", "a3-liggande.pdf", 1191, 842 },
                                Sheet{ "A3 stående", "a3-staende.pdf", 842, 1191 } );
  INFO( sheet.name );
  testutil::TempDir dir;
  const std::string pdf = dir.file( sheet.file );
  const auto run = cli( { "print", demoProject(), "--template", sheet.name, "--period", "2025-W47",
                          "--categories", "klotter,glaskross", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const auto [width, height] = pdfPageSize( pdf );
  CHECK( width == Approx( sheet.widthPt ).margin( 2 ) );
  CHECK( height == Approx( sheet.heightPt ).margin( 2 ) );
  const std::string text = pdfText( pdf );
  INFO( text );
  // The title is made from what is shown (it may wrap, so it is checked in its words).
  for ( const char *part : { "Värmekarta: klotter och glaskross, v. 47 2025", "17–23 november 2025",
                             "händelser per km² för perioden", "Kärntäthet, kvartisk kärna, radie",
                             "Kategorier: klotter och glaskross.", "Källor:", "uttag", "Skala 1:",
                             "Underlag för EST – ej för publicering", "Syntetiska data", "Analys", "Karta" } )
    CHECK( contains( text, part ) );
  // The metadata is the map's, not the file's name or the login.
  const std::string info = pdfInfo( pdf );
  CHECK( contains( info, "Värmekarta: klotter och glaskross, v. 47 2025" ) );
  CHECK_FALSE( contains( info, "Author:          root" ) );
}

TEST_CASE( "print shows hot spots with their parameters and writes a PNG as well as a PDF", "[print]" )
{
  testutil::TempDir dir;
  const std::string pdf = dir.file( "hotspots.pdf" );
  auto run = cli( { "print", demoProject(), "--show", "hotspots", "--period", "2025", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::string text = pdfText( pdf );
  CHECK( contains( text, "Hot spots (Gi*): alla kategorier, 2025" ) );
  CHECK( contains( text, "Getis-Ord Gi*, cell 200 m, grannskap 400 m, FDR-korrigerad" ) );
  CHECK( contains( text, "Het punkt 99 %" ) );

  // The organisation on the map and in its metadata, the coordinator's note in the report (not the public
  // one).
  const std::string own = dir.file( "own.gpkg" );
  std::filesystem::copy_file( demoProject(), own );
  REQUIRE( cli( { "settings", own, "--organisation", "Exempelkommunen, trygghetssamordnaren" } ).exitCode ==
           0 );
  REQUIRE(
    cli( { "note", own, "--period", "2025-11", "--text", "Tre bilbränder vid stationen." } ).exitCode == 0 );
  const std::string mapPdf = dir.file( "own-map.pdf" );
  REQUIRE( cli( { "print", own, "--period", "2025-11", "--out", mapPdf } ).exitCode == 0 );
  CHECK( contains( pdfText( mapPdf ), "Exempelkommunen, trygghetssamordnaren" ) );
  CHECK( contains( pdfInfo( mapPdf ), "Author: Exempelkommunen, trygghetssamordnaren" ) );
  const std::string reportPdf = dir.file( "own-report.pdf" );
  REQUIRE( cli( { "report", own, "--period", "2025-11", "--out", reportPdf } ).exitCode == 0 );
  CHECK( contains( pdfText( reportPdf ), "Tre bilbränder vid stationen." ) );
  CHECK( contains( pdfText( reportPdf ), "Exempelkommunen, trygghetssamordnaren" ) );
  const std::string publicPdf = dir.file( "own-public.pdf" );
  REQUIRE( cli( { "report", own, "--period", "2025-11", "--public", "--out", publicPdf } ).exitCode == 0 );
  CHECK_FALSE( contains( pdfText( publicPdf ), "Tre bilbränder vid stationen." ) );

  const std::string png = dir.file( "map.png" );
  run = cli( { "print", demoProject(), "--period", "2025-11", "--dpi", "60", "--out", png } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::string bytes = readAll( png );
  REQUIRE( bytes.size() > 24 );
  CHECK( bytes.compare( 1, 3, "PNG" ) == 0 );
  // A4 landscape at 60 dpi: 297 mm × 60 / 25.4 ≈ 702 pixels wide.
  const auto be32 = [&]( std::size_t at )
  {
    return ( static_cast<unsigned char>( bytes[at] ) << 24 ) |
           ( static_cast<unsigned char>( bytes[at + 1] ) << 16 ) |
           ( static_cast<unsigned char>( bytes[at + 2] ) << 8 ) | static_cast<unsigned char>( bytes[at + 3] );
  };
  CHECK( be32( 16 ) == Approx( 702 ).margin( 3 ) );
  CHECK( be32( 20 ) == Approx( 496 ).margin( 3 ) );
}

TEST_CASE( "the lägesbild report for a week, a month, a tertial and a year has its sections and page numbers",
           "[print][report]" )
{
  struct Case
  {
    const char *period;
    const char *title;
    const char *kind;
  };
  const Case c = GENERATE( Case{ "2025-W47", "Lägesbild v. 47 2025", "Veckorapport" },
                           Case{ "2025-11", "Lägesbild november 2025", "Månadsrapport" },
                           Case{ "2025-T3", "Lägesbild tertial 3 2025", "Tertialrapport" },
                           Case{ "2025", "Lägesbild 2025", "Årsrapport" } );
  INFO( c.period );
  testutil::TempDir dir;
  const std::string pdf = dir.file( std::string( "lagesbild-" ) + c.period + ".pdf" );
  const auto run = cli( { "report", demoProject(), "--period", c.period, "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const int pages = pdfPages( pdf );
  CHECK( pages >= 8 );
  const std::string text = pdfText( pdf );
  CHECK( contains( text, c.title ) );
  CHECK( contains( text, c.kind ) );
  CHECK( contains( pdfInfo( pdf ), c.title ) );
  for ( const char *section :
        { "Innehåll", "1. Sammanfattning", "2. Kartläggning av brott och otrygghet",
          "3. Annan relevant information", "4. Analys", "5. Uppföljning", "Översiktskarta",
          "Händelser per kategori", "Veckans timmar", "Veckotrend", "Rapportering per organisation",
          "Trygghetsvandringar", "Källor och deras begränsningar", "Åtgärder",
          "Insatser och deras utvärdering", "Medborgarlöftet" } )
    CHECK( contains( text, section ) );
  // The maps count the events as the tables do: the overview map's method line names the summary's total.
  {
    std::smatch total, mapped;
    const std::string flat = pdfText( pdf, false );
    REQUIRE(
      std::regex_search( flat, total, std::regex( R"((\d[\d\xc2\xa0 ]*) händelser rapporterades)" ) ) );
    REQUIRE( std::regex_search( flat, mapped,
                                std::regex( R"(Kärntäthet,[^;]*;\s*(\d[\d\xc2\xa0 ]*) händelser)" ) ) );
    CHECK( squeezed( total[1] ) == squeezed( mapped[1] ) );
  }
  // Every page after the cover is numbered "Sida n av N", with the right N.
  for ( int page = 2; page <= pages; ++page )
    CHECK( contains( text, "Sida " + std::to_string( page ) + " av " + std::to_string( pages ) ) );
  CHECK_FALSE( contains( text, "Sida " + std::to_string( pages + 1 ) ) );
  // The contents (page 2) give each heading's page: the first page after them that holds the heading.
  std::vector<std::string> pageTexts;
  {
    std::string layoutText = pdfText( pdf, true );
    std::size_t start = 0;
    for ( std::size_t feed; ( feed = layoutText.find( '\f', start ) ) != std::string::npos; start = feed + 1 )
      pageTexts.push_back( layoutText.substr( start, feed - start ) );
    pageTexts.push_back( layoutText.substr( start ) );
  }
  REQUIRE( pageTexts.size() >= 3 );
  std::istringstream contents( pageTexts[1] );
  std::string line;
  int entries = 0;
  const std::regex entry( R"(^\s*(\S.*\S)\s{2,}(\d+)\s*$)" );
  while ( std::getline( contents, line ) )
  {
    std::smatch match;
    if ( !std::regex_match( line, match, entry ) )
      continue;
    const std::string heading = match[1];
    const int listed = std::stoi( match[2] );
    int found = 0;
    for ( std::size_t page = 2; page < pageTexts.size() && !found; ++page )
    {
      std::istringstream body( pageTexts[page] );
      std::string bodyLine;
      while ( std::getline( body, bodyLine ) && !found )
      {
        const std::size_t first = bodyLine.find_first_not_of( ' ' );
        if ( first != std::string::npos && bodyLine.compare( first, heading.size(), heading ) == 0 &&
             bodyLine.find_first_not_of( ' ', first + heading.size() ) == std::string::npos )
          found = static_cast<int>( page ) + 1;
      }
    }
    INFO( heading );
    CHECK( found == listed );
    ++entries;
  }
  CHECK( entries >= 15 );
}

TEST_CASE( "in the public mode no printed count rests on fewer than k events, and no point is drawn",
           "[print][publish]" )
{
  testutil::TempDir dir;
  const int k = 5; // the demo's default
  const std::string internalPdf = dir.file( "internal.pdf" );
  const std::string publicPdf = dir.file( "public.pdf" );
  REQUIRE( cli( { "report", demoProject(), "--period", "2025-11", "--out", internalPdf } ).exitCode == 0 );
  const auto run = cli( { "report", demoProject(), "--period", "2025-11", "--public", "--out", publicPdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( publicPdf );

  // The category labels of the project: their table rows are read off the PDF's text.
  auto project = tryggkarta::ProjectFile::open( demoProject(), true );
  REQUIRE( project.ok() );
  std::vector<std::string> labels;
  for ( const auto &category : ( *project )->categories() )
    labels.push_back( category.labelSv );

  auto smallCounts = [&]( const std::string &pdf )
  {
    int small = 0;
    int rows = 0;
    std::istringstream lines( pdfText( pdf, true ) );
    std::string line;
    while ( std::getline( lines, line ) )
    {
      const std::size_t start = line.find_first_not_of( ' ' );
      if ( start == std::string::npos )
        continue;
      const std::string trimmed = line.substr( start );
      for ( const std::string &label : labels )
      {
        if ( trimmed.rfind( label, 0 ) != 0 )
          continue;
        // The count columns: whole numbers standing alone (not percentages, which end in %).
        std::string rest = trimmed.substr( label.size() );
        if ( rest.empty() || rest[0] != ' ' )
          continue;
        const std::regex number( R"((^|\s)(\d+)(?=\s|$)(?!\s*%))" );
        bool counted = false;
        for ( auto it = std::sregex_iterator( rest.begin(), rest.end(), number );
              it != std::sregex_iterator(); ++it )
        {
          const int value = std::stoi( ( *it )[2] );
          counted = true;
          if ( value > 0 && value < k )
            ++small;
        }
        rows += counted ? 1 : 0;
      }
    }
    return std::make_pair( small, rows );
  };
  const auto [internalSmall, internalRows] = smallCounts( internalPdf );
  const auto [publicSmall, publicRows] = smallCounts( publicPdf );
  // The internal report has small counts (so the check can fail), the public one has none.
  CHECK( internalRows > 5 );
  CHECK( internalSmall > 0 );
  CHECK( publicRows > 5 );
  CHECK( publicSmall == 0 );
  const std::string text = pdfText( publicPdf );
  CHECK( contains( text, "Publicerad sammanställning: aggregerad, antal under 5 händelser visas inte" ) );
  CHECK( contains( text, "<5" ) );
  CHECK_FALSE( contains( text, "Underlag för EST" ) );
  CHECK_FALSE( contains( text, "radie" ) );

  // A public map: cells, not points, and no radius.
  const std::string map = dir.file( "public-map.pdf" );
  const auto printed =
    cli( { "print", demoProject(), "--period", "2025-11", "--show", "incidents", "--public", "--out", map } );
  INFO( printed.output );
  REQUIRE( printed.exitCode == 0 );
  const std::string mapText = pdfText( map );
  CHECK( contains( mapText, "Händelser per ruta" ) );
  CHECK( contains( mapText, "färre än 5 händelser visas inte" ) );
  // The events' own legend (the group and layer "Händelser" over the category symbols) is on the internal map
  // of events and not on the public one.
  auto hasEventsLegend = []( const std::string &text )
  {
    std::istringstream lines( text );
    std::string line;
    while ( std::getline( lines, line ) )
      if ( line == "Händelser" )
        return true;
    return false;
  };
  const std::string internalMap = dir.file( "internal-map.pdf" );
  REQUIRE(
    cli( { "print", demoProject(), "--period", "2025-11", "--show", "incidents", "--out", internalMap } )
      .exitCode == 0 );
  CHECK( hasEventsLegend( pdfText( internalMap ) ) );
  CHECK_FALSE( hasEventsLegend( mapText ) );
  CHECK_FALSE( contains( mapText, "radie" ) );
}

TEST_CASE( "bad input to print and report is refused with a clear message and nothing written", "[print]" )
{
  testutil::TempDir dir;
  const std::string &project = demoProject();
  const std::string before = readAll( project );
  const std::string out = dir.file( "out.pdf" );
  struct Bad
  {
    std::vector<std::string> args;
    const char *says;
  };
  const std::vector<Bad> cases = {
    { { "report", project, "--period", "1990-W01", "--out", out }, "no events in v. 1 1990" },
    { { "print", project, "--period", "1990-01", "--out", out }, "no events in januari 1990" },
    { { "print", project, "--template", "A5 liggande", "--out", out }, "There is no template 'A5 liggande'" },
    { { "print", project, "--area", "Atlantis", "--out", out }, "no area named 'Atlantis'" },
    { { "report", project, "--period", "2025-11", "--area", "Atlantis", "--out", out },
      "no area named 'Atlantis'" },
    { { "report", project, "--period", "vecka 47", "--out", out }, "is not a period" },
    { { "report", project, "--period", "2025-11", "--out", project }, "is the project file itself" },
    { { "print", project, "--out",
        dir.path().string() + "/../" + dir.path().filename().string() + "/x/../../" +
          std::filesystem::relative( project, dir.path().parent_path() ).string() },
      "is the project file itself" },
    { { "print", project, "--out", dir.file( "map.docx" ) }, "must end in .pdf or .png" },
  };
  for ( const Bad &bad : cases )
  {
    const auto run = cli( bad.args );
    INFO( bad.args[0] << " " << bad.args[2] << ": " << run.output );
    CHECK( run.exitCode != 0 );
    CHECK( contains( run.output, bad.says ) );
    CHECK_FALSE( std::filesystem::exists( out ) );
  }
  CHECK( readAll( project ) == before );
  CHECK( std::filesystem::directory_iterator( dir.path() ) == std::filesystem::directory_iterator() );
}

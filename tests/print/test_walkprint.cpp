// walk-kit and walk-protocol end to end: the demo's planned walk and its followed-up walk printed through the
// real command-line tool, the PDFs read back with pdftotext and pdfinfo; the kit follows the project's own
// checklist; bad input is refused with nothing written. TRYGGKARTA_PRINT_DIR=/some/folder keeps the PDFs.

#include "clitestutil.h"
#include "database.h"
#include "projectfile.h"
#include "recordedits.h"
#include "testphotos.h"
#include "testutil.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
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

//! The PDF's text page by page (pdftotext separates pages by form feeds).
std::vector<std::string> pdfPages( const std::string &pdf )
{
  const std::string text = runCommand( "pdftotext -enc UTF-8 '" + pdf + "' - 2>&1" ).output;
  std::vector<std::string> pages;
  std::size_t start = 0;
  for ( std::size_t feed; ( feed = text.find( '\f', start ) ) != std::string::npos; start = feed + 1 )
    pages.push_back( text.substr( start, feed - start ) );
  if ( start < text.size() && text.find_first_not_of( " \n", start ) != std::string::npos )
    pages.push_back( text.substr( start ) );
  return pages;
}

int pdfPageCount( const std::string &pdf )
{
  std::smatch match;
  const std::string info = runCommand( "pdfinfo '" + pdf + "' 2>&1" ).output;
  if ( std::regex_search( info, match, std::regex( R"(Pages:\s+(\d+))" ) ) )
    return std::stoi( match[1] );
  return 0;
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

//! Text without white space and hyphens: lines wrap as the page's width decides.
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

std::string joined( const std::vector<std::string> &pages )
{
  std::string all;
  for ( const std::string &page : pages )
    all += page + "\n";
  return all;
}

//! The project's checklist labels, in their order.
std::vector<std::string> checklistLabels( const std::string &project )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  std::vector<std::string> labels;
  auto s = ( *file )->db().prepare( "SELECT label_sv FROM checklist_items ORDER BY sort_order, fid" );
  while ( s.step() )
    labels.push_back( s.text( 0 ) );
  return labels;
}

//! The labels of the checklist items recorded at the walk's stops.
std::vector<std::string> recordedLabels( const std::string &project, int64_t walk )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  tryggkarta::Statement s = ( *file )->db().prepare(
    "SELECT DISTINCT c.label_sv FROM observations o JOIN checklist_items c ON c.code = o.checklist_item "
    "WHERE o.walk_id = ? AND o.stop_id IS NOT NULL AND NOT coalesce(o.draft, 0) ORDER BY 1" );
  s.bind( 1, walk );
  std::vector<std::string> labels;
  while ( s.step() )
    labels.push_back( s.text( 0 ) );
  return labels;
}

//! "2025-11-04" as the protocol writes it: "4 november 2025".
std::string swedishDate( const std::string &iso )
{
  static const char *months[] = { "januari", "februari", "mars",      "april",   "maj",      "juni",
                                  "juli",    "augusti",  "september", "oktober", "november", "december" };
  REQUIRE( iso.size() == 10 );
  return std::to_string( std::stoi( iso.substr( 8, 2 ) ) ) + " " +
         months[std::stoi( iso.substr( 5, 2 ) ) - 1] + " " + iso.substr( 0, 4 );
}

struct WalkFacts
{
  tryggkarta::Walk walk;
  std::vector<tryggkarta::WalkStop> stops;
};

WalkFacts walkFacts( const std::string &project, int64_t id )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  tryggkarta::WalkStore store( ( *file )->db() );
  auto walk = store.load( id );
  REQUIRE( walk.ok() );
  auto stops = store.stops( id );
  REQUIRE( stops.ok() );
  return { *walk, *stops };
}

//! The period the command says it counted events over ("events 2025-06-01 – 2025-11-30").
std::string periodOf( const std::string &output )
{
  std::smatch match;
  if ( std::regex_search( output, match, std::regex( R"(events (\d{4}-\d\d-\d\d – \d{4}-\d\d-\d\d))" ) ) )
    return match[1];
  return {};
}
} // namespace

TEST_CASE(
  "the walk kit has the plan, then each stop on its own page with the whole checklist and the period",
  "[print][walks]" )
{
  const int64_t walkId = GENERATE( 3, 1 );
  INFO( "walk " << walkId );
  const WalkFacts facts = walkFacts( demoProject(), walkId );
  REQUIRE( !facts.stops.empty() );
  const std::vector<std::string> labels = checklistLabels( demoProject() );
  REQUIRE( labels.size() >= 5 );

  testutil::TempDir dir;
  const std::string pdf = dir.file( "kit-" + std::to_string( walkId ) + ".pdf" );
  const auto run = cli( { "walk-kit", demoProject(), "--walk", std::to_string( walkId ), "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::string period = periodOf( run.output );
  REQUIRE( !period.empty() );

  // The rule of the layout: the plan on page 1, then one page per stop (the demo's stops each fit one page).
  const int stops = static_cast<int>( facts.stops.size() );
  const std::vector<std::string> pages = pdfPages( pdf );
  REQUIRE( pdfPageCount( pdf ) == 1 + stops );
  REQUIRE( pages.size() == static_cast<std::size_t>( 1 + stops ) );
  const std::string all = joined( pages );
  INFO( pages.front() );

  // Page 1: the plan and the map's key.
  CHECK( contains( pages[0], "Trygghetsvandring:" ) );
  for ( const char *part : { "Datum", "Start", "Ljus", "Mötesplats", "Rutt", "Arrangör", "Inbjudna",
                             "Underlag för EST – ej för publicering", "Syntetiska data" } )
    CHECK( contains( pages[0], part ) );
  CHECK( contains( pages[0], facts.walk.meetingPoint ) );
  CHECK( contains( pages[0], period ) );
  // Route length in km with one decimal.
  CHECK( std::regex_search( pages[0], std::regex( R"(\d+,\d km)" ) ) );

  for ( int number = 1; number <= stops; ++number )
  {
    const tryggkarta::WalkStop &stop = facts.stops[static_cast<std::size_t>( number - 1 )];
    const std::string &page = pages[static_cast<std::size_t>( number )];
    INFO( "stop " << number << ": " << page );
    // The stop's page begins with its number and name, and holds the whole checklist in Swedish.
    CHECK( squeezed( page ).rfind( squeezed( "Stopp " + std::to_string( number ) + ": " + stop.name ), 0 ) ==
           0 );
    for ( const std::string &label : labels )
      CHECK( contains( page, label ) );
    for ( const char *part : { "Checklista", "Förslag på åtgärd", "Ansvarig", "Runt stoppet" } )
      CHECK( contains( page, part ) );
    CHECK( contains( page, period ) );
    if ( !stop.reason.empty() )
      CHECK( contains( page, stop.reason ) );
  }
  // A footer on every page: the walk's name and the page of all.
  for ( int page = 1; page <= 1 + stops; ++page )
  {
    INFO( "page " << page );
    CHECK( contains( pages[static_cast<std::size_t>( page - 1 )],
                     "Sida " + std::to_string( page ) + " av " + std::to_string( 1 + stops ) ) );
    CHECK( contains( pages[static_cast<std::size_t>( page - 1 )], facts.walk.name ) );
  }
  CHECK_FALSE( contains( all, "Sida " + std::to_string( stops + 2 ) ) );
  CHECK( contains( runCommand( "pdfinfo '" + pdf + "' 2>&1" ).output, "Trygghetsvandring:" ) );
}

TEST_CASE( "the walk kit asks the project's own checklist: an item renamed in the project prints renamed",
           "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "renamed.gpkg" );
  std::filesystem::copy_file( demoProject(), project );
  {
    auto file = tryggkarta::ProjectFile::open( project, false );
    REQUIRE( file.ok() );
    ( *file )->db().exec(
      "UPDATE checklist_items SET label_sv = 'Ljus och lampor' WHERE code = 'belysning'" );
  }
  const std::string pdf = dir.file( "kit.pdf" );
  const auto run = cli( { "walk-kit", project, "--walk", "3", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::vector<std::string> pages = pdfPages( pdf );
  REQUIRE( pages.size() >= 2 );
  for ( std::size_t page = 1; page < pages.size(); ++page )
  {
    INFO( pages[page] );
    CHECK( contains( pages[page], "Ljus och lampor" ) );
    // The old label is no line of its own any more.
    CHECK( pages[page].find( "\nBelysning\n" ) == std::string::npos );
  }
}

TEST_CASE( "walk-kit takes the radius and the months of the stops' events", "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string pdf = dir.file( "kit.pdf" );
  const auto run =
    cli( { "walk-kit", demoProject(), "--walk", "1", "--months", "24", "--radius", "250", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::string text = joined( pdfPages( pdf ) );
  CHECK( contains( text, "inom 250 m" ) );
  CHECK( contains( text, periodOf( run.output ) ) );
}

TEST_CASE( "the protocol of a followed-up walk has each stop, the participants per organisation, the summary "
           "and the actions' status",
           "[print][walks]" )
{
  const WalkFacts facts = walkFacts( demoProject(), 1 );
  testutil::TempDir dir;
  const std::string pdf = dir.file( "protokoll.pdf" );
  const auto run = cli( { "walk-protocol", demoProject(), "--walk", "1", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::vector<std::string> pages = pdfPages( pdf );
  REQUIRE( !pages.empty() );
  const std::string text = joined( pages );
  INFO( text );
  CHECK( contains( pages[0], "Protokoll: " + facts.walk.name ) );
  CHECK( contains( pages[0], "Underlag för EST – ej för publicering" ) );
  CHECK( contains( pages[0], swedishDate( facts.walk.date ) ) );
  // Every stop under its number, as on the kit's map; every item recorded, by the project's label.
  for ( const tryggkarta::WalkStop &stop : facts.stops )
    CHECK( contains( text, "Stopp " + std::to_string( stop.number ) + ": " + stop.name ) );
  const std::vector<std::string> labels = recordedLabels( demoProject(), 1 );
  CHECK( labels.size() >= 3 );
  // pdftotext may read a table cell's rating in between the lines of a wrapped label.
  const std::string withoutRatings = std::regex_replace( text, std::regex( "[0-3]/3" ), "" );
  for ( const std::string &label : labels )
  {
    INFO( label );
    CHECK( contains( withoutRatings, label ) );
  }
  // Participants per organisation: counts, and their total.
  int total = 0;
  for ( const tryggkarta::WalkOrganisation &organisation : facts.walk.organisations )
    if ( organisation.participants && *organisation.participants > 0 )
    {
      CHECK( contains( pages[0],
                       organisation.organisation + " " + std::to_string( *organisation.participants ) ) );
      total += *organisation.participants;
    }
  if ( total > 0 )
    CHECK( contains( pages[0], "totalt " + std::to_string( total ) ) );
  for ( const char *part :
        { "Sammanfattning", "Oftast funnet", "Sämst bedömda", "Stoppen", "Betyg", "Anteckning", "Förslag",
          "Ansvarig", "Åtgärd", "klar", "avslagen", "pågår", "Vad hänger ihop med helhetsintrycket" } )
    CHECK( contains( text, part ) );
  // Ratings as "n/3".
  CHECK( std::regex_search( text, std::regex( R"(\b[0-3]/3\b)" ) ) );
  const int count = static_cast<int>( pages.size() );
  for ( int page = 1; page <= count; ++page )
    CHECK( contains( pages[static_cast<std::size_t>( page - 1 )],
                     "Sida " + std::to_string( page ) + " av " + std::to_string( count ) ) );
}

TEST_CASE( "a repeat walk's protocol shows each stop's ratings then and now and what was done in between",
           "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "demo.gpkg" );
  std::filesystem::copy_file( demoProject(), project );
  auto run =
    cli( { "walk", "repeat", project, "--walk", "1", "--name", "Uppföljning", "--date", "2026-05-11" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const int64_t repeat = std::stoll( run.output );
  // Lighting at stop 3 rated 0 on the first walk, with an action done since; now rated 3.
  {
    auto file = tryggkarta::ProjectFile::open( project );
    REQUIRE( file.ok() );
    tryggkarta::Database &db = ( *file )->db();
    REQUIRE( db.queryText( "SELECT rating FROM observations o JOIN walk_stops s ON s.fid = o.stop_id WHERE "
                           "o.walk_id = 1 AND s.stop_number = 3 AND o.checklist_item = 'belysning'" ) ==
             "0" );
    REQUIRE(
      db.queryInt( "SELECT count(*) FROM actions a JOIN observations o ON o.fid = a.observation_id JOIN "
                   "walk_stops s ON s.fid = o.stop_id WHERE o.walk_id = 1 AND s.stop_number = 3" ) > 0 );
    auto stops = tryggkarta::WalkStore( db ).stops( repeat );
    REQUIRE( stops.ok() );
    REQUIRE( stops->size() >= 3 );
    tryggkarta::ObservationRecord now;
    now.x = ( *stops )[2].x;
    now.y = ( *stops )[2].y;
    now.walkId = repeat;
    now.stopId = ( *stops )[2].fid;
    now.checklistItem = "belysning";
    now.rating = 3;
    now.positive = true;
    now.note = "Nya armaturer, väl upplyst";
    REQUIRE( tryggkarta::RecordEdits( db ).insertObservation( now, {} ).ok() );
  }
  const std::string pdf = dir.file( "uppfoljning.pdf" );
  run = cli( { "walk-protocol", project, "--walk", std::to_string( repeat ), "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::string text = joined( pdfPages( pdf ) );
  INFO( text );
  const WalkFacts earlier = walkFacts( project, 1 );
  CHECK( contains( text, "Då och nu: stopp 3 på " + earlier.walk.name ) );
  CHECK( contains( text, "Gjort emellan" ) );
  // The row: the item, then 0/3, now 3/3, and the action done in between (not "inget registrerat").
  CHECK( std::regex_search( squeezed( text ), std::regex( "Belysning0/33/3.*klar" ) ) );
}

TEST_CASE( "the protocol of a walk not yet walked says so instead of empty tables", "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string pdf = dir.file( "protokoll-3.pdf" );
  const auto run = cli( { "walk-protocol", demoProject(), "--walk", "3", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  const std::string text = joined( pdfPages( pdf ) );
  INFO( text );
  CHECK( contains( text, "Inga observationer är registrerade för vandringen ännu" ) );
  CHECK_FALSE( contains( text, "Anteckning" ) ); // no ratings table
  for ( const tryggkarta::WalkStop &stop : walkFacts( demoProject(), 3 ).stops )
    CHECK( contains( text, stop.name ) );
}

TEST_CASE( "the protocol shows a stop's photos and marks the drafts they made", "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "foton.gpkg" );
  std::filesystem::copy_file( demoProject(), project );
  const WalkFacts facts = walkFacts( project, 1 );
  REQUIRE( facts.stops.size() >= 3 );
  const std::string folder = dir.file( "foton" );
  std::filesystem::create_directories( folder );
  // A photo with the camera's GPS 5 m from the third stop: a draft observation there.
  testphotos::writeBytes( folder + "/IMG_0001.jpg",
                          testphotos::withTags( testphotos::makeJpeg( 320, 240 ),
                                                testphotos::tagsAt( facts.stops[2].x + 5, facts.stops[2].y,
                                                                    "2025:11:04 19:01:00" ) ) );
  auto run = cli( { "import-photos", project, "--walk", "1", folder, "--quiet" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );

  const std::string pdf = dir.file( "protokoll.pdf" );
  run = cli( { "walk-protocol", project, "--walk", "1", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::string text = joined( pdfPages( pdf ) );
  INFO( text );
  CHECK( contains( text, "1 foto" ) );
  CHECK( contains( text, "(utkast)" ) );
  CHECK( contains( text, "Foto " ) );
  // The thumbnail is in the PDF as an image (the route map is drawn as vectors).
  const std::string images = runCommand( "pdfimages -list '" + pdf + "' 2>&1" ).output;
  INFO( images );
  CHECK( std::count( images.begin(), images.end(), '\n' ) >= 3 ); // two header lines and the photo
}

TEST_CASE(
  "walk-kit and walk-protocol refuse an unknown walk, a bad output and the project itself, writing nothing",
  "[print][walks]" )
{
  testutil::TempDir dir;
  const std::string &project = demoProject();
  const std::string before = readAll( project );
  const std::string out = dir.file( "out.pdf" );
  struct Bad
  {
    std::vector<std::string> args;
    int exitCode;
    const char *says;
  };
  const std::vector<Bad> cases = {
    { { "walk-kit", project, "--walk", "999", "--out", out }, 1, "999" },
    { { "walk-protocol", project, "--walk", "999", "--out", out }, 1, "999" },
    { { "walk-kit", project, "--walk", "tre", "--out", out }, 2, "--walk takes a walk's id" },
    { { "walk-kit", project, "--out", out }, 2, "walk-kit needs --walk" },
    { { "walk-kit", project, "--walk", "1", "--out", project }, 1, "is the project file itself" },
    { { "walk-protocol", project, "--walk", "1", "--out", project }, 1, "is the project file itself" },
    { { "walk-kit", project, "--walk", "1", "--out", dir.file( "kit.docx" ) }, 1, "must end in .pdf" },
    { { "walk-kit", project, "--walk", "1", "--out", dir.file( "no/such/folder/kit.pdf" ) },
      1,
      "no/such/folder" },
    { { "walk-protocol", project, "--walk", "1", "--out", dir.file( "no/such/folder/p.pdf" ) },
      1,
      "no/such/folder" },
    { { "walk-kit", project, "--walk", "1", "--radius", "5", "--out", out }, 2, "--radius" },
  };
  for ( const Bad &bad : cases )
  {
    const auto run = cli( bad.args );
    INFO( bad.args[0] << " " << bad.args[3] << ": " << run.output );
    CHECK( run.exitCode == bad.exitCode );
    CHECK( contains( run.output, bad.says ) );
    CHECK_FALSE( std::filesystem::exists( out ) );
  }
  CHECK( readAll( project ) == before );
  // Nothing left behind, not even a temporary file.
  CHECK( std::filesystem::directory_iterator( dir.path() ) == std::filesystem::directory_iterator() );
}

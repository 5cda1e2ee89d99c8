// promises --out end to end: the citizen promise's yearly follow-up printed through the real command-line
// tool (handed to tryggkarta-render), read back with pdftotext: A4, Swedish, the counts and dates put in
// here, the public variant without the internal note and without counts below k. TRYGGKARTA_PRINT_DIR keeps
// the PDFs.

#include "clitestutil.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "promises.h"
#include "stockholmzone.h"
#include "testutil.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <regex>

using clitest::cli;
using clitest::runCommand;

namespace
{
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

//! A project with Centrum, klotter there (7 in 2026, 3 in 2025), a promise for 2026 with four walks promised,
//! three walks linked of which two were held, and an internal note.
std::string makeProject( const testutil::TempDir &dir )
{
  using namespace tryggkarta;
  const std::string path = dir.file( "p.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created.ok() );
  ProjectFile &p = **created;
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
  const auto blob = encodeGpkgWkb( 3006, wkb, Envelope{ 450000, 6580000, 451000, 6581000 } );
  auto area = p.db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, 'Centrum', 'est_area')" );
  area.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  area.run();
  const int64_t centrum = p.db().lastInsertId();
  auto incident = p.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                                  "updated_at) VALUES (?, ?, 'klotter', 'est', '2026-05-01', '2026-05-01')" );
  for ( const auto &[year, n] : std::vector<std::pair<int, int>>{ { 2026, 7 }, { 2025, 3 } } )
    for ( int i = 0; i < n; ++i )
    {
      const auto point = encodeGpkgPoint( 3006, 450100 + 10 * i, 6580100 );
      incident.bindBlob( 1, point.data(), static_cast<int>( point.size() ) );
      incident.bind( 2, formatUtcIso( stockholmToUtc( year, 4, 1 + i, 12, 0, 0 ) ) );
      incident.run();
      incident.reset();
    }
  PromiseStore store( p.db() );
  CitizenPromise promise;
  promise.year = 2026;
  promise.title = "Tryggare Centrum";
  promise.signedByPolice = "lokalpolisområdeschef";
  promise.signedByMunicipality = "kommunstyrelsens ordförande";
  const int64_t promiseId = *store.create( promise );
  PromiseActivity activity;
  activity.promiseId = promiseId;
  activity.title = "Trygghetsvandringar i Centrum";
  activity.kind = "safety_walk";
  activity.plannedCount = 4;
  activity.areaId = centrum;
  activity.note = "INTERNANTECKNING";
  const int64_t activityId = *store.addActivity( activity );
  WalkStore walks( p.db() );
  for ( const auto &[date, status] : std::vector<std::pair<std::string, std::string>>{
          { "2026-03-12", "done" }, { "2026-06-04", "done" }, { "2026-09-09", "cancelled" } } )
  {
    Walk walk;
    walk.name = "Vandring " + date;
    walk.date = date;
    walk.status = status;
    REQUIRE( store.linkWalk( activityId, *walks.create( walk ) ).ok() );
  }
  return path;
}
} // namespace

TEST_CASE(
  "promises --out prints the yearly follow-up in Swedish on A4, and the public variant without notes "
  "or small counts",
  "[print][promises]" )
{
  testutil::TempDir dir;
  const std::string project = makeProject( dir );
  const std::string pdf = dir.file( "medborgarlofte-2026.pdf" );
  auto run = cli( { "promises", project, "--year", "2026", "--today", "2026-11-20", "--out", pdf } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  keep( pdf );
  const std::string info = runCommand( "pdfinfo '" + pdf + "' 2>&1" ).output;
  CHECK( std::regex_search( info, std::regex( R"(Page size:\s+595(\.\d+)? x 842)" ) ) );
  const std::string text = runCommand( "pdftotext -enc UTF-8 '" + pdf + "' - 2>&1" ).output;
  INFO( text );
  CHECK( contains( text, "Medborgarlöfte 2026: uppföljning" ) );
  CHECK( contains( text, "Tryggare Centrum" ) );
  CHECK( contains( text, "2 av 4 trygghetsvandringar genomförda" ) );
  CHECK( contains( text,
                   "Vi lovade fyra trygghetsvandringar i Centrum. Vi genomförde två: 12 mars och 4 juni." ) );
  CHECK( contains( text, "INTERNANTECKNING" ) );
  CHECK( contains( text, "lokalpolisområdeschef" ) );
  CHECK( contains( text, "Vandring 2026-09-09" ) );

  const std::string publicPdf = dir.file( "medborgarlofte-2026-publik.pdf" );
  run =
    cli( { "promises", project, "--year", "2026", "--today", "2026-11-20", "--public", "--out", publicPdf } );
  REQUIRE( run.exitCode == 0 );
  keep( publicPdf );
  const std::string publicText = runCommand( "pdftotext -enc UTF-8 '" + publicPdf + "' - 2>&1" ).output;
  INFO( publicText );
  CHECK( contains( publicText, "Medborgarlöfte 2026: så gick det" ) );
  CHECK( contains( publicText, "Vi genomförde två: 12 mars och 4 juni." ) );
  CHECK_FALSE( contains( publicText, "INTERNANTECKNING" ) );
  CHECK_FALSE( contains( publicText, "Vandring 2026-09-09" ) ); // walk names are internal
  // The table's total row: 7 this year shown, 3 last year hidden as below k.
  const std::string layout = runCommand( "pdftotext -layout -enc UTF-8 '" + publicPdf + "' - 2>&1" ).output;
  CHECK( contains( layout, "Totalt 7 <5" ) );
  CHECK_FALSE( contains( layout, "Totalt 7 3" ) );

  // Bad input: nothing written.
  const std::string none = dir.file( "none.pdf" );
  run = cli( { "promises", project, "--year", "2025", "--out", none } );
  CHECK( run.exitCode == 1 );
  CHECK_FALSE( std::filesystem::exists( none ) );
  run = cli( { "promises", project, "--year", "2026", "--out", dir.file( "x.png" ) } );
  CHECK( run.exitCode == 1 );
}

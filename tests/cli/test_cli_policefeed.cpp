// tryggkarta-cli import with the police's event feed and crosswalks: the summary names the crosswalk, counts
// rows left out, duplicates and imprecise places apart from errors; --map-category and --leave-out are kept
// for the next import unless --no-remember.

#include "clitestutil.h"
#include "testutil.h"

#include "projectfile.h"
#include "swedishplaces.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;
using testutil::writeFile;

namespace
{

std::string newProject( const TempDir &dir )
{
  const std::string path = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", path } ).exitCode == 0 );
  return path;
}

int64_t queryInt( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryInt( sql );
}

std::string gpsOf( const std::string &place )
{
  const tryggkarta::SwedishPlace *p = tryggkarta::findSwedishPlace( place );
  REQUIRE( p );
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.6f,%.6f", p->lat, p->lon );
  return buffer;
}

//! Events first..last of a feed: types in turn, every third only in the county.
std::string feed( int first, int last, bool geojson )
{
  const char *types[] = { "Misshandel", "Skadegörelse", "Trafikolycka" };
  const std::string municipality = gpsOf( "Kristinehamn" ), county = gpsOf( "Värmlands län" );
  std::string out = geojson ? "{\"type\": \"FeatureCollection\", \"features\": [\n" : "[\n";
  for ( int id = first; id <= last; ++id )
  {
    const bool inCounty = id % 3 == 0;
    const std::string place = inCounty ? "Värmlands län" : "Kristinehamn";
    const std::string gps = inCounty ? county : municipality;
    const std::string type = types[id % 3 == 1 ? 0 : id % 3 == 2 ? 1 : 2];
    char datetime[40];
    std::snprintf( datetime, sizeof datetime, "2026-11-%02d 21:14:03 +01:00", 10 + id % 10 );
    const std::string properties = "\"datetime\": \"" + std::string( datetime ) + "\", \"name\": \"" + type +
                                   ", " + place + "\", \"summary\": \"Kort text.\", \"url\": \"/h/" +
                                   std::to_string( id ) + "\", \"type\": \"" + type + "\"";
    out += id == first ? "" : ",\n";
    if ( geojson )
    {
      const size_t comma = gps.find( ',' );
      out += "{\"type\": \"Feature\", \"properties\": {\"id\": \"" + std::to_string( id ) + "\", " +
             properties + ", \"location_name\": \"" + place +
             "\"}, \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + gps.substr( comma + 1 ) + ", " +
             gps.substr( 0, comma ) + "]}}";
    }
    else
      out += "{\"id\": " + std::to_string( id ) + ", " + properties + ", \"location\": {\"name\": \"" +
             place + "\", \"gps\": \"" + gps + "\"}}";
  }
  return out + ( geojson ? "\n]}\n" : "\n]\n" );
}

bool has( const Run &run, const std::string &text )
{
  return run.output.find( text ) != std::string::npos;
}

} // namespace

TEST_CASE( "import reads the police feed through its crosswalk and counts what it left out apart",
           "[cli][policefeed]" )
{
  TempDir dir;
  const std::string project = newProject( dir );
  // Events 1-12: four of each type; 3, 6, 9, 12 (traffic accidents) only in the county.
  const Run first = cli( { "import", project, writeFile( dir.file( "v47.json" ), feed( 1, 12, false ) ) } );
  INFO( first.output );
  REQUIRE( first.exitCode == 0 );
  CHECK( has( first, "format:    Police feed (JSON)" ) );
  CHECK( has( first, "crosswalk: polisen" ) );
  CHECK( has( first, "imported:  8" ) );
  CHECK( has( first, "rejected:  0" ) );
  CHECK( has( first, "left out:  4 (on purpose, not errors: 'Trafikolycka' 4)" ) );
  CHECK( has( first, "imprecise: municipality 8 (counted, not drawn as points)" ) );
  CHECK_FALSE( has( first, "duplicates:" ) );
  CHECK( queryInt( project, "SELECT count(*) FROM incidents WHERE source = 'police' AND "
                            "place_precision = 'municipality' AND source_event_id IS NOT NULL" ) == 8 );

  // The next week's GeoJSON overlaps: the events already imported are recognised by their id.
  const Run second =
    cli( { "import", project, writeFile( dir.file( "v48.geojson" ), feed( 7, 18, true ) ) } );
  INFO( second.output );
  REQUIRE( second.exitCode == 0 );
  CHECK( has( second, "format:    Police feed (GeoJSON)" ) );
  CHECK( has( second, "imported:  4" ) );
  CHECK( has( second, "duplicates: 4 (events already in the project or repeated in the file)" ) );
  CHECK( has( second, "rejected:  0" ) );
  CHECK( queryInt( project, "SELECT count(*) FROM incidents" ) == 12 );
  CHECK( queryInt( project, "SELECT count(DISTINCT source_event_id) FROM incidents" ) == 12 );
}

TEST_CASE( "import keeps --map-category and --leave-out in a crosswalk unless --no-remember",
           "[cli][policefeed][crosswalk]" )
{
  TempDir dir;
  const std::string project = newProject( dir );
  const std::string header = "datum,kategori,lat,lon\n";
  const std::string a = writeFile( dir.file( "a.csv" ), header + "2026-11-02,Sprejat,59.31,14.11\n"
                                                                 "2026-11-03,Vägarbete,59.31,14.11\n" );
  const std::string b = writeFile( dir.file( "b.csv" ), header + "2026-11-12,Sprejat,59.31,14.11\n"
                                                                 "2026-11-13,Vägarbete,59.31,14.11\n" );

  const Run forgotten = cli( { "import", project, a, "--map-category", "Sprejat=klotter", "--leave-out",
                               "Vägarbete", "--no-remember" } );
  INFO( forgotten.output );
  REQUIRE( forgotten.exitCode == 0 );
  CHECK( has( forgotten, "imported:  1" ) );
  CHECK( has( forgotten, "left out:  1" ) );
  CHECK_FALSE( has( forgotten, "choices stored" ) );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalks WHERE name = 'importval'" ) == 0 );

  const Run remembered =
    cli( { "import", project, b, "--map-category", "Sprejat=klotter", "--leave-out", "Vägarbete" } );
  INFO( remembered.output );
  REQUIRE( remembered.exitCode == 0 );
  CHECK( has( remembered, "note: 2 choices stored in crosswalk 'importval'" ) );

  // The same values again need no options.
  const Run next = cli( { "import", project,
                          writeFile( dir.file( "c.csv" ), header + "2026-11-22,sprejat,59.31,14.11\n"
                                                                   "2026-11-23,vägarbete,59.31,14.11\n" ) } );
  INFO( next.output );
  REQUIRE( next.exitCode == 0 );
  CHECK( has( next, "crosswalk: importval" ) );
  CHECK( has( next, "imported:  1" ) );
  CHECK( has( next, "rejected:  0" ) );
  CHECK( has( next, "left out:  1 (on purpose, not errors: 'vägarbete' 1)" ) );
  CHECK( queryInt( project, "SELECT count(*) FROM incidents WHERE category = 'klotter'" ) == 3 );

  // A crosswalk the project does not have, and a value both mapped and left out, are refused.
  const Run unknown = cli( { "import", project, a, "--force", "--crosswalk", "nope" } );
  CHECK( unknown.exitCode != 0 );
  CHECK( has( unknown, "The project has no crosswalk named 'nope'." ) );
  const Run both =
    cli( { "import", project, a, "--map-category", "Sprejat=klotter", "--leave-out", "Sprejat" } );
  CHECK( both.exitCode != 0 );
  CHECK( has( both, "given both to --map-category and to --leave-out" ) );
  CHECK( queryInt( project, "SELECT count(*) FROM incidents" ) == 3 );
}

// tryggkarta-cli with incidents known only by their municipality or county: the point analyses leave them out
// and say how many, a count over time keeps them.

#include "clitestutil.h"
#include "testutil.h"

#include "database.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;

TEST_CASE( "the point analyses leave out and count the incidents known only by their municipality or county",
           "[cli][imprecise]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  int64_t municipality = 0, county = 0;
  {
    auto project = tryggkarta::ProjectFile::open( demo, false );
    REQUIRE( project.ok() );
    tryggkarta::Database &db = project.value()->db();
    db.exec(
      "UPDATE incidents SET place_precision = 'municipality' WHERE fid % 10 = 0 AND category = 'klotter'" );
    db.exec( "UPDATE incidents SET place_precision = 'county' WHERE fid % 10 = 1 AND category = 'klotter'" );
    municipality = db.queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" );
    county = db.queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'county'" );
  }
  REQUIRE( municipality > 0 );
  REQUIRE( county > 0 );
  const std::string municipalityLine =
    "warning: " + std::to_string( municipality ) +
    " incidents have only the municipality as their place and are left out here.";
  const std::string countyLine = "warning: " + std::to_string( county ) +
                                 " incidents have only the county as their place and are left out here.";

  const struct
  {
    const char *name;
    std::vector<std::string> args;
    std::vector<std::string> lines;
  } analyses[] = {
    { "kernel density",
      { "kde", demo, "--categories", "klotter", "--out", dir.file( "kde.tif" ) },
      { municipalityLine, countyLine } },
    { "hot spots",
      { "hotspots", demo, "--categories", "klotter", "--out", dir.file( "gi.gpkg" ) },
      { municipalityLine } },
    { "clusters",
      { "clusters", demo, "--categories", "klotter", "--out", dir.file( "c.gpkg" ) },
      { municipalityLine } },
    { "Knox",
      { "knox", demo, "--categories", "klotter", "--permutations", "9", "--out", dir.file( "knox.csv" ) },
      { countyLine } },
  };
  for ( const auto &analysis : analyses )
  {
    DYNAMIC_SECTION( analysis.name )
    {
      const Run r = cli( analysis.args );
      INFO( r.output );
      REQUIRE( r.exitCode == 0 );
      for ( const std::string &line : analysis.lines )
        CHECK_THAT( r.output, Catch::Contains( line ) );
    }
  }
  SECTION( "a count over time keeps them" )
  {
    const Run r = cli( { "profile", demo, "--categories", "klotter", "--out", dir.file( "p.gpkg" ) } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK_THAT( r.output, !Catch::Contains( "as their place" ) );
  }
}

TEST_CASE( "precision detect finds the stand-in points of imports made before, and precision set mends one",
           "[cli][imprecise]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  // A week saved from the police's feed as a spreadsheet: 30 events on the feed's point for Kristinehamn,
  // named in their text; 40 placed where they happened.
  std::string csv = "Datum,Tid,Kategori,Beskrivning,Lat,Lon\n";
  for ( int i = 0; i < 40; ++i )
    csv += "2026-03-" + std::to_string( 10 + i % 9 ) + ",12:00,Klotter,Klotter på skolan," +
           std::to_string( 59.30 + 0.0005 * i ) + "," + std::to_string( 14.10 + 0.0007 * i ) + "\n";
  for ( int i = 0; i < 30; ++i )
    csv += "2026-03-" + std::to_string( 10 + i % 9 ) +
           ",21:05,Klotter,\"10 mars 21.05, Skadegörelse, Kristinehamn\",59.310068,14.108919\n";
  const std::string file = testutil::writeFile( dir.file( "polisen.csv" ), csv );
  const Run imported = cli( { "import", project, file } );
  INFO( imported.output );
  REQUIRE( imported.exitCode == 0 );
  auto query = [&]( const std::string &sql )
  {
    auto opened = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( opened.ok() );
    return opened.value()->db().queryInt( sql );
  };
  REQUIRE( query( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" ) == 30 );

  // As a project made before place precision: every incident exact.
  {
    auto opened = tryggkarta::ProjectFile::open( project, false );
    REQUIRE( opened.ok() );
    opened.value()->db().exec( "UPDATE incidents SET place_precision = 'exact'" );
  }
  const int64_t audits = query( "SELECT count(*) FROM audit_log" );
  const Run detected = cli( { "precision", project, "detect" } );
  INFO( detected.output );
  REQUIRE( detected.exitCode == 0 );
  CHECK_THAT( detected.output, Catch::Contains( "municipality: 30" ) );
  CHECK_THAT( detected.output, Catch::Contains( "Looked at 1 import batch: 30 incidents no longer drawn" ) );
  CHECK_THAT( detected.output, Catch::Contains( "name Kristinehamn as their place" ) );
  CHECK( query( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" ) == 30 );
  CHECK( query( "SELECT count(*) FROM audit_log" ) == audits + 1 );

  // One the coordinator knows the place of, put back on the map; an unknown fid changes nothing.
  const int64_t one = query( "SELECT min(fid) FROM incidents WHERE place_precision = 'municipality'" );
  const Run set = cli( { "precision", project, "set", "exact", std::to_string( one ) } );
  INFO( set.output );
  REQUIRE( set.exitCode == 0 );
  CHECK_THAT( set.output, Catch::Contains( "Set the place precision of 1 incident to exact" ) );
  CHECK( query( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" ) == 29 );
  // Detection again leaves the one the coordinator set.
  REQUIRE( cli( { "precision", project, "detect" } ).exitCode == 0 );
  CHECK( query( "SELECT place_precision = 'exact' FROM incidents WHERE fid = " + std::to_string( one ) ) ==
         1 );
  CHECK( query( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" ) == 29 );
  const Run unknown = cli( { "precision", project, "set", "county", std::to_string( one ) + ",999999" } );
  CHECK( unknown.exitCode == 1 );
  CHECK_THAT( unknown.output, Catch::Contains( "no incident 999999" ) );
  CHECK( query( "SELECT count(*) FROM incidents WHERE place_precision = 'county'" ) == 0 );
  CHECK( cli( { "precision", project, "set", "ungefär", "1" } ).exitCode == 2 );
  CHECK( cli( { "precision", project, "guess" } ).exitCode == 2 );
}

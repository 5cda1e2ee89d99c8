// tryggkarta-cli's imports into a safety walk's record, end to end on the demo project: import-photos (placed
// by GPS or on a GPX track, refused files named and the exit code 1, duplicates skipped on a second run,
// usage errors exit 2, a failure changes nothing) and import --kind walk-route / walk-waypoints.

#include "clitestutil.h"
#include "testphotos.h"
#include "testutil.h"

#include "database.h"
#include "projectfile.h"
#include "recordedits.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <regex>

using clitest::cli;
using clitest::Run;
using testphotos::makeJpeg;
using testphotos::withTags;
using testutil::readFile;
using testutil::TempDir;
using testutil::writeFile;

namespace
{

std::string demoProject( const TempDir &dir )
{
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", path, "--seed", "1" } ).exitCode == 0 );
  return path;
}

int64_t queryInt( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryInt( sql );
}

std::string queryText( const std::string &project, const std::string &sql )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  return p.value()->db().queryText( sql, "" );
}

//! The stops of the demo's first walk, as the project has them.
std::vector<tryggkarta::WalkStop> stopsOf( const std::string &project, int64_t walk )
{
  auto p = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( p.ok() );
  auto stops = tryggkarta::WalkStore( p.value()->db() ).stops( walk );
  REQUIRE( stops.ok() );
  REQUIRE( stops->size() >= 3 );
  return *stops;
}

} // namespace

TEST_CASE( "import-photos places photos by GPS and on the track, names refused files and exits 1",
           "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const auto stops = stopsOf( project, 1 );
  const std::string folder = dir.file( "foton" );
  std::filesystem::create_directories( folder );
  // 8 m east of the first stop, with the camera's GPS.
  testphotos::writeBytes( folder + "/IMG_0001.jpg",
                          withTags( makeJpeg( 320, 240 ), testphotos::tagsAt( stops[0].x + 8, stops[0].y,
                                                                              "2025:11:04 19:01:00" ) ) );
  // Without GPS, taken half-way between the second and third stops by the track (the camera 30 s slow).
  tryggkarta::ExifTags noGps;
  noGps.dateTimeOriginal = "2025:11:04 19:04:30"; // winter: 18:04:30 UTC, plus 30 s
  testphotos::writeBytes( folder + "/IMG_0002.jpg", withTags( makeJpeg( 320, 240 ), noGps ) );
  // A photo cut short on its way from the phone.
  const std::vector<unsigned char> whole = makeJpeg( 320, 240 );
  testphotos::writeBytes( folder + "/IMG_0003.jpg",
                          std::vector<unsigned char>( whole.begin(), whole.begin() + whole.size() / 2 ) );
  const std::string track =
    writeFile( dir.file( "spår.gpx" ),
               testphotos::gpxTrack( "Centrum", { { stops[1].x, stops[1].y, "2025-11-04T18:00:00Z" },
                                                  { stops[2].x, stops[2].y, "2025-11-04T18:10:00Z" } } ) );
  const int64_t observationsBefore = queryInt( project, "SELECT count(*) FROM observations" );

  Run run =
    cli( { "import-photos", project, "--walk", "1", folder, "--track", track, "--clock-offset", "30" } );
  INFO( run.output );
  CHECK( run.exitCode == 1 );
  CHECK( std::regex_search( run.output,
                            std::regex( "IMG_0001\\.jpg: draft observation [0-9]+ at stop 1 '" +
                                        stops[0].name + "' \\(8 m away\\), placed by its GPS position" ) ) );
  CHECK( std::regex_search(
    run.output, std::regex( "IMG_0002\\.jpg: draft observation [0-9]+ at .*, placed on the track by its "
                            "time; taken 2025-11-04 19:05" ) ) );
  CHECK( run.output.find(
           "IMG_0003.jpg: refused: the image cannot be decoded, so the file is damaged or cut short "
           "(Premature end of JPEG file)" ) != std::string::npos );
  CHECK( run.output.find( "placed:     2" ) != std::string::npos );
  CHECK( run.output.find( "refused:    1" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_photos WHERE walk_id = 1" ) == 2 );
  CHECK( queryInt( project, "SELECT count(*) FROM observations" ) == observationsBefore + 2 );
  CHECK( queryInt( project, "SELECT count(*) FROM observations WHERE draft = 1 AND walk_id = 1" ) == 2 );
  // The track put the second photo half-way between the stops.
  const double x =
    std::stod( queryText( project, "SELECT x FROM walk_photos WHERE position_source = 'track'" ) );
  CHECK( x == Approx( ( stops[1].x + stops[2].x ) / 2 ).margin( 0.05 ) );

  // Again, without the broken one: both skipped as stored before, exit 0.
  std::filesystem::remove( folder + "/IMG_0003.jpg" );
  run = cli( { "import-photos", project, "--walk", "1", folder, "--quiet" } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "duplicates: 2" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_photos" ) == 2 );
}

TEST_CASE( "walk photos lists a walk's photos and walk place-photo places one without a position",
           "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const auto stops = stopsOf( project, 1 );
  const std::string photo = dir.file( "IMG_0100.jpg" );
  testphotos::writeBytes( photo, makeJpeg( 64, 48 ) ); // no GPS, no time
  Run run = cli( { "import-photos", project, "--walk", "1", photo } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "walk place-photo" ) != std::string::npos );
  const std::string id = std::to_string( queryInt( project, "SELECT fid FROM walk_photos" ) );

  run = cli( { "walk", "photos", project, "--walk", "1" } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( id + "  IMG_0100.jpg  (no time)  not placed" ) != std::string::npos );
  CHECK( run.output.find( "1 photos, 1 not placed" ) != std::string::npos );

  // Far outside the municipality: refused, exit 1, nothing placed.
  run = cli( { "walk", "place-photo", project, "--photo", id, "--at", "374000,6164000" } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "lies outside the project" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_photos WHERE observation_id IS NULL" ) == 1 );
  // Bad options: exit 2.
  CHECK( cli( { "walk", "place-photo", project, "--photo", "x", "--at", "1,2" } ).exitCode == 2 );
  CHECK( cli( { "walk", "place-photo", project, "--photo", id } ).exitCode == 2 );

  const std::string at = std::to_string( stops[1].x + 5 ) + "," + std::to_string( stops[1].y );
  run = cli( { "walk", "place-photo", project, "--photo", id, "--at", at } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "at stop 2" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_photos WHERE observation_id IS NULL" ) == 0 );
  CHECK( queryText( project, "SELECT position_source FROM walk_photos" ) == "manual" );
  run = cli( { "walk", "photos", project, "--walk", "1" } );
  CHECK( run.output.find( "1 photos, 0 not placed" ) != std::string::npos );
}

TEST_CASE( "import-photos usage errors exit 2, and a failing import changes nothing", "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const std::string photo = testphotos::writeBytes( dir.file( "a.jpg" ), makeJpeg( 32, 32 ) );
  for ( const std::vector<std::string> &args :
        { std::vector<std::string>{ "import-photos", project, photo },
          { "import-photos", project, "--walk", "ett", photo },
          { "import-photos", project, "--walk", "1" },
          { "import-photos", project, "--walk", "1", photo, "--clock-offset", "1.5" },
          { "import-photos", project, "--walk", "1", photo, "--snap-tolerance", "0" },
          { "import-photos", project, "--walk", "1", photo, "--unknown" } } )
  {
    const Run run = cli( args );
    INFO( run.output );
    CHECK( run.exitCode == 2 );
  }
  const std::string before = readFile( project );
  Run run = cli( { "import-photos", project, "--walk", "99", photo } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "There is no safety walk with fid 99" ) != std::string::npos );
  run = cli( { "import-photos", project, "--walk", "1", photo, dir.file( "saknas.jpg" ) } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "saknas.jpg does not exist" ) != std::string::npos );
  CHECK( readFile( project ) == before );
  // A photo without position or time: stored for the user to place, not a failure.
  run = cli( { "import-photos", project, "--walk", "1", photo } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "a.jpg: stored without a place, for you to place on the map" ) !=
         std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM walk_photos WHERE x IS NULL" ) == 1 );
}

TEST_CASE( "import --kind walk-route stores a GPX track as a walk's route or makes a new walk",
           "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const auto stops = stopsOf( project, 1 );
  const std::string gpx = writeFile(
    dir.file( "kväll.gpx" ),
    testphotos::gpxTrack( "Kvällsrundan", { { stops[0].x, stops[0].y, "2025-11-04T17:00:00Z" },
                                            { stops[1].x, stops[1].y, "2025-11-04T17:05:00Z" },
                                            { stops[2].x, stops[2].y, "2025-11-04T17:10:00Z" } } ) );
  const int64_t walksBefore = queryInt( project, "SELECT count(*) FROM safety_walks" );
  Run run = cli( { "import", project, gpx, "--kind", "walk-route" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  std::smatch match;
  REQUIRE(
    std::regex_search( run.output, match, std::regex( "walk: +([0-9]+) 'Kvällsrundan', 2025-11-04" ) ) );
  const std::string id = match[1];
  CHECK( queryInt( project, "SELECT count(*) FROM safety_walks" ) == walksBefore + 1 );
  CHECK( queryText( project, "SELECT route_source || ' ' || status FROM safety_walks WHERE fid = " + id ) ==
         "gpx done" );

  run = cli( { "import", project, gpx, "--kind=walk-route", "--walk", "2" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "replaced a route of" ) != std::string::npos );
  CHECK( queryText( project, "SELECT route_source FROM safety_walks WHERE fid = 2" ) == "gpx" );
  CHECK( queryInt( project, "SELECT count(*) FROM safety_walks" ) == walksBefore + 1 );

  // Bad files and options: named, and nothing changes.
  const std::string before = readFile( project );
  const std::string metres =
    writeFile( dir.file( "sweref.gpx" ), "<?xml version=\"1.0\"?><gpx version=\"1.1\"><trk><trkseg><trkpt "
                                         "lat=\"6574920\" lon=\"449270\"/><trkpt lat=\"6574990\" "
                                         "lon=\"449300\"/></trkseg></trk></gpx>" );
  run = cli( { "import", project, metres, "--kind", "walk-route" } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "sweref.gpx is not in WGS 84 (lat/lon degrees)" ) != std::string::npos );
  CHECK( cli( { "import", project, gpx, "--kind", "walk-route", "--walk", "x" } ).exitCode == 2 );
  CHECK( cli( { "import", project, gpx, "--kind", "walk-route", "--crs", "EPSG:3006" } ).exitCode == 2 );
  CHECK( cli( { "import", project, gpx, "--kind", "walks" } ).exitCode == 2 );
  CHECK( readFile( project ) == before );
}

TEST_CASE( "import --kind walk-waypoints makes draft observations at the walk's stops", "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const auto stops = stopsOf( project, 1 );
  const auto [lon, lat] = testphotos::lonLatOf( stops[2].x + 5, stops[2].y );
  char waypoint[200];
  std::snprintf( waypoint, sizeof waypoint,
                 "<wpt lat=\"%.9f\" lon=\"%.9f\"><time>2025-11-04T18:20:00Z</time><name>Trasig "
                 "lampa</name></wpt>",
                 lat, lon );
  const std::string gpx = writeFile(
    dir.file( "punkter.gpx" ), std::string( "<?xml version=\"1.0\"?><gpx version=\"1.1\">" ) + waypoint +
                                 "<wpt lat=\"40.4\" lon=\"-3.7\"><name>Madrid</name></wpt></gpx>" );
  CHECK( cli( { "import", project, gpx, "--kind", "walk-waypoints" } ).exitCode == 2 );
  Run run = cli( { "import", project, gpx, "--kind", "walk-waypoints", "--walk", "1" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( std::regex_search( run.output,
                            std::regex( "waypoint 1 'Trasig lampa': draft observation [0-9]+ at stop 3 '" +
                                        stops[2].name + "' \\(5 m away\\)" ) ) );
  CHECK( run.output.find(
           "waypoint 2 'Madrid': rejected: its position (lat 40.4, lon -3.7) lies outside Sweden" ) !=
         std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM observations WHERE draft = 1 AND note = 'Trasig lampa' AND "
                            "stop_id = " +
                              std::to_string( stops[2].fid ) ) == 1 );
  // The same file again: refused with the way to force it.
  run = cli( { "import", project, gpx, "--kind", "walk-waypoints", "--walk", "1" } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "Use --force to import it again." ) != std::string::npos );
}

TEST_CASE( "a waypoint far from the walk's route is imported and the import says so, one near it not",
           "[cli][walks]" )
{
  TempDir dir;
  const std::string project = demoProject( dir );
  const auto stops = stopsOf( project, 1 );
  std::vector<tryggkarta::WalkPoint> route;
  {
    auto p = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( p.ok() );
    auto walk = tryggkarta::WalkStore( p.value()->db() ).load( 1 );
    REQUIRE( walk.ok() );
    route = walk->route;
  }
  REQUIRE( route.size() >= 2 );
  // East of the route's easternmost point by 600 m: at least that far from every part of it.
  double east = route.front().x, north = route.front().y;
  for ( const tryggkarta::WalkPoint &point : route )
    if ( point.x > east )
    {
      east = point.x;
      north = point.y;
    }
  const double farEast = east + 600, farNorth = north;
  double farDistance = 0;
  {
    auto p = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( p.ok() );
    farDistance = tryggkarta::distanceToWalkRoute( p.value()->db(), 1, farEast, farNorth ).value_or( -1 );
    REQUIRE( tryggkarta::distanceToWalkRoute( p.value()->db(), 1, stops[1].x, stops[1].y ).value_or( -1 ) <=
             tryggkarta::kObservationRouteToleranceMeters );
  }
  REQUIRE( farDistance >= 600 );
  auto waypoint = []( double x, double y, const char *name )
  {
    const auto [lon, lat] = testphotos::lonLatOf( x, y );
    char text[200];
    std::snprintf( text, sizeof text, "<wpt lat=\"%.9f\" lon=\"%.9f\"><name>%s</name></wpt>", lat, lon,
                   name );
    return std::string( text );
  };
  const std::string gpx =
    writeFile( dir.file( "hemvagen.gpx" ), "<?xml version=\"1.0\"?><gpx version=\"1.1\">" +
                                             waypoint( stops[1].x, stops[1].y, "Skymd sikt" ) +
                                             waypoint( farEast, farNorth, "Mörk gångväg" ) + "</gpx>" );
  const int64_t before = queryInt( project, "SELECT count(*) FROM observations" );
  Run run = cli( { "import", project, gpx, "--kind", "walk-waypoints", "--walk", "1" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM observations" ) == before + 2 );
  // The note follows its waypoint's line, with the distance rounded to metres, and only once.
  const std::string expected = "note: The observation lies " + std::to_string( std::llround( farDistance ) ) +
                               " m from the walk's route, more than 150 m: check that its place is right.";
  const size_t far = run.output.find( "waypoint 2 'Mörk gångväg'" );
  const size_t note = run.output.find( expected );
  REQUIRE( far != std::string::npos );
  REQUIRE( note != std::string::npos );
  CHECK( note > far );
  CHECK( run.output.find( expected, note + 1 ) == std::string::npos );
  CHECK( run.output.find( "note:" ) > far ); // nothing said about the waypoint near the route
}

// GPX files from phones: the track in the project's coordinate system with its times, waypoints with their
// text, and the files refused with a reason (no track, one point, metres written as degrees, a place outside
// Sweden, not GPX at all); placing an instant on a track; the track as a walk's route; waypoints as draft
// observations snapped to the walk's stops.

#include "testphotos.h"
#include "testutil.h"

#include "database.h"
#include "gpx.h"
#include "gpximport.h"
#include "projectfile.h"
#include "recordedits.h"
#include "stockholmzone.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>

using namespace tryggkarta;
using testphotos::lonLatOf;
using testutil::TempDir;
using testutil::writeFile;

namespace
{

constexpr double kEast = 449270, kNorth = 6574920;

std::string header()
{
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
         "xmlns=\"http://www.topografix.com/GPX/1/1\">\n";
}

std::string point( const char *element, double east, double north, const std::string &inner = "" )
{
  const auto [lon, lat] = lonLatOf( east, north );
  char buffer[120];
  std::snprintf( buffer, sizeof buffer, "<%s lat=\"%.9f\" lon=\"%.9f\">", element, lat, lon );
  return buffer + inner + "</" + element + ">\n";
}

std::string timed( const std::string &utc )
{
  return "<time>" + utc + "</time>";
}

Expected<GpxData> read( const TempDir &dir, const std::string &text, GpxNeed need = GpxNeed::Line )
{
  return readGpx( writeFile( dir.file( "fil.gpx" ), text ), 3006, need );
}

//! A project with a walk whose two stops lie 300 m apart.
struct WalkProject
{
  TempDir dir;
  std::unique_ptr<ProjectFile> project;
  int64_t walk = 0;
  std::vector<WalkStop> stops;
  WalkProject()
  {
    auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
    REQUIRE( created.ok() );
    project = std::move( created.value() );
    Walk plan;
    plan.name = "Strandpromenaden";
    auto fid = WalkStore( db() ).create( plan );
    REQUIRE( fid.ok() );
    walk = *fid;
    std::vector<WalkStop> planned( 2 );
    planned[0].x = kEast;
    planned[0].y = kNorth;
    planned[0].name = "Bryggan";
    planned[1].x = kEast + 300;
    planned[1].y = kNorth;
    planned[1].name = "Badplatsen";
    auto stored = WalkStore( db() ).setStops( walk, planned );
    REQUIRE( stored.ok() );
    stops = *stored;
  }
  Database &db() { return project->db(); }
  int64_t count( const std::string &sql ) { return db().queryInt( sql ); }
  std::string bytes() { return testutil::readFile( project->path() ); }
};

} // namespace

TEST_CASE( "a GPX track is read in the project's coordinates with its times, segments joined in time order",
           "[gpx]" )
{
  TempDir dir;
  // The second segment in the file was walked first.
  const std::string text =
    header() + "<trk><name>Kvällsvandring 1 okt</name><trkseg>\n" +
    point( "trkpt", kEast + 200, kNorth, timed( "2025-10-01T18:10:00Z" ) ) +
    point( "trkpt", kEast + 300, kNorth, timed( "2025-10-01T18:15:00Z" ) ) + "</trkseg><trkseg>\n" +
    point( "trkpt", kEast, kNorth, timed( "2025-10-01T18:00:00Z" ) ) +
    point( "trkpt", kEast + 100, kNorth, timed( "2025-10-01T20:05:00+02:00" ) ) + "</trkseg></trk>\n</gpx>\n";
  auto gpx = read( dir, text );
  REQUIRE( gpx.ok() );
  CHECK( gpx->name == "Kvällsvandring 1 okt" );
  CHECK( gpx->lineKind == GpxLineKind::Track );
  CHECK( gpx->lineTimed() );
  REQUIRE( gpx->line.size() == 4 );
  for ( size_t i = 0; i < 4; ++i )
  {
    INFO( "point " << i );
    CHECK( gpx->line[i].x == Approx( kEast + 100.0 * i ).margin( 0.01 ) );
    CHECK( gpx->line[i].y == Approx( kNorth ).margin( 0.01 ) );
  }
  CHECK( gpx->line[1].timeUtc == stockholmToUtc( 2025, 10, 1, 20, 5, 0 ) );
  CHECK( gpx->line[3].timeUtc == stockholmToUtc( 2025, 10, 1, 20, 15, 0 ) );
  CHECK( gpx->contentSha256.size() == 64 );
}

TEST_CASE( "without times the longest track is the line, and a route serves when there is no track", "[gpx]" )
{
  TempDir dir;
  const std::string twoTracks = header() + "<trk><name>Kort</name><trkseg>" +
                                point( "trkpt", kEast, kNorth ) + point( "trkpt", kEast + 50, kNorth ) +
                                "</trkseg></trk><trk><name>Lång</name><trkseg>" +
                                point( "trkpt", kEast, kNorth + 10 ) +
                                point( "trkpt", kEast + 500, kNorth + 10 ) + "</trkseg></trk></gpx>";
  auto tracks = read( dir, twoTracks );
  REQUIRE( tracks.ok() );
  CHECK( tracks->name == "Lång" );
  CHECK_FALSE( tracks->lineTimed() );
  REQUIRE( tracks->line.size() == 2 );
  CHECK( tracks->line[1].x == Approx( kEast + 500 ).margin( 0.01 ) );

  const std::string route = header() + "<rte><name>Planerad</name>" + point( "rtept", kEast, kNorth ) +
                            point( "rtept", kEast, kNorth + 250 ) +
                            point( "rtept", kEast + 80, kNorth + 250 ) + "</rte></gpx>";
  auto planned = read( dir, route );
  REQUIRE( planned.ok() );
  CHECK( planned->lineKind == GpxLineKind::Route );
  CHECK( planned->name == "Planerad" );
  CHECK( planned->line.size() == 3 );
}

TEST_CASE( "GPX waypoints keep their name, description and time, and a time without zone is Stockholm time",
           "[gpx]" )
{
  TempDir dir;
  const std::string text =
    header() +
    point( "wpt", kEast, kNorth,
           "<time>2025-10-01T18:03:00Z</time><name>Mörk gång</name><desc>Ingen "
           "belysning alls</desc>" ) +
    point( "wpt", kEast + 10, kNorth,
           "<time>2025-10-01T20:04:00</time><name>Buskage</name><cmt>Skymmer sikten</cmt>" ) +
    "</gpx>";
  auto gpx = read( dir, text, GpxNeed::Waypoints );
  REQUIRE( gpx.ok() );
  REQUIRE( gpx->waypoints.size() == 2 );
  const GpxWaypoint &first = gpx->waypoints[0];
  CHECK( first.number == 1 );
  CHECK( first.name == "Mörk gång" );
  CHECK( first.description == "Ingen belysning alls" );
  CHECK( first.timeUtc == stockholmToUtc( 2025, 10, 1, 20, 3, 0 ) );
  CHECK( first.x == Approx( kEast ).margin( 0.01 ) );
  CHECK( first.y == Approx( kNorth ).margin( 0.01 ) );
  CHECK( gpx->waypoints[1].description == "Skymmer sikten" );
  CHECK( gpx->waypoints[1].timeUtc == stockholmToUtc( 2025, 10, 1, 20, 4, 0 ) );
  // Waypoints alone are no route.
  auto line = read( dir, text, GpxNeed::Line );
  REQUIRE_FALSE( line.ok() );
  CHECK( line.error().code == MessageCode::GpxNoTrack );
}

TEST_CASE(
  "GPX files without a usable track, or not in WGS 84 degrees, are refused with a reason naming the file",
  "[gpx]" )
{
  TempDir dir;
  struct Case
  {
    const char *what;
    std::string text;
    MessageCode code;
    const char *says;
  };
  const std::vector<Case> cases = {
    { "waypoints only", header() + point( "wpt", kEast, kNorth, "<name>x</name>" ) + "</gpx>",
      MessageCode::GpxNoTrack, "has no track" },
    { "an empty track", header() + "<trk><name>Tom</name></trk></gpx>", MessageCode::GpxEmptyTrack,
      "a track without points" },
    { "one point", header() + "<trk><trkseg>" + point( "trkpt", kEast, kNorth ) + "</trkseg></trk></gpx>",
      MessageCode::GpxOnePoint, "a route needs at least two points" },
    { "SWEREF 99 metres written as lat/lon",
      header() + "<trk><trkseg><trkpt lat=\"6574920\" lon=\"449270\"/><trkpt lat=\"6574950\" "
                 "lon=\"449300\"/></trkseg></trk></gpx>",
      MessageCode::GpxNotDegrees, "is not in WGS 84 (lat/lon degrees)" },
    { "degrees outside Sweden (latitude and longitude swapped)",
      header() +
        "<trk><trkseg><trkpt lat=\"14.1\" lon=\"59.3\"/><trkpt lat=\"14.2\" lon=\"59.4\"/></trkseg></trk>"
        "</gpx>",
      MessageCode::GpxOutsideSweden, "is not in WGS 84 (lat/lon degrees) in Sweden" },
    { "not XML", "lat;lon\n59.3;14.1\n", MessageCode::GpxNotGpx, "is not a GPX file" },
    { "XML cut short", header() + "<trk><trkseg><trkpt lat=\"59.3\" lon=\"14.1\"><time>2025",
      MessageCode::GpxNotGpxDetail, "is not a valid GPX file" },
  };
  for ( const Case &c : cases )
  {
    INFO( c.what );
    auto gpx = read( dir, c.text );
    REQUIRE_FALSE( gpx.ok() );
    CHECK( gpx.error().code == c.code );
    CHECK( gpx.error().text().find( "fil.gpx" ) != std::string::npos );
    CHECK( gpx.error().text().find( c.says ) != std::string::npos );
  }
  // Larger than the limit: refused before it is read.
  const std::string big = dir.file( "stor.gpx" );
  writeFile( big, header() );
  std::filesystem::resize_file( big, kMaxGpxBytes + 1 );
  auto tooLarge = readGpx( big, 3006, GpxNeed::Line );
  REQUIRE_FALSE( tooLarge.ok() );
  CHECK( tooLarge.error().code == MessageCode::GpxTooLarge );
}

TEST_CASE(
  "an instant on a track is interpolated between the points around it, within the margin at its ends, "
  "and not across a gap",
  "[gpx]" )
{
  const int64_t t0 = 1759341600; // 2025-10-01 18:00 UTC
  std::vector<GpxPoint> line = { { 0, 0, t0 },
                                 { 100, 0, t0 + 60 },
                                 { 100, 200, t0 + 120 },
                                 { 900, 200, t0 + 1920 } /* a gap of 30 min and 800 m */ };
  TrackPosition p = positionOnTrack( line, t0 + 90 );
  REQUIRE( p.outcome == TrackPosition::Outcome::Placed );
  CHECK( p.x == Approx( 100 ) );
  CHECK( p.y == Approx( 100 ) );
  p = positionOnTrack( line, t0 + 15 );
  CHECK( p.x == Approx( 25 ) );
  p = positionOnTrack( line, t0 + 60 );
  CHECK( p.x == Approx( 100 ) );
  CHECK( p.y == Approx( 0 ) );
  p = positionOnTrack( line, t0 - kTrackTimeMarginSeconds );
  REQUIRE( p.outcome == TrackPosition::Outcome::Placed );
  CHECK( p.x == Approx( 0 ) );
  p = positionOnTrack( line, t0 - kTrackTimeMarginSeconds - 1 );
  CHECK( p.outcome == TrackPosition::Outcome::Outside );
  CHECK( p.first == t0 );
  CHECK( p.last == t0 + 1920 );
  p = positionOnTrack( line, t0 + 1920 + kTrackTimeMarginSeconds + 1 );
  CHECK( p.outcome == TrackPosition::Outcome::Outside );
  p = positionOnTrack( line, t0 + 1000 );
  REQUIRE( p.outcome == TrackPosition::Outcome::Gap );
  CHECK( p.gapFrom == t0 + 120 );
  CHECK( p.gapTo == t0 + 1920 );
  // Standing still for a long while is no gap: the position is known.
  line.back() = { 110, 200, t0 + 1920 };
  p = positionOnTrack( line, t0 + 1000 );
  CHECK( p.outcome == TrackPosition::Outcome::Placed );
  // Points out of time order are put in order; points without times are not used.
  std::vector<GpxPoint> shuffled = { { 100, 0, t0 + 60 }, { 50, 50, std::nullopt }, { 0, 0, t0 } };
  p = positionOnTrack( shuffled, t0 + 30 );
  CHECK( p.x == Approx( 50 ) );
  CHECK( p.y == Approx( 0 ) );
  CHECK( positionOnTrack( { { 0, 0, std::nullopt }, { 1, 1, std::nullopt } }, t0 ).outcome ==
         TrackPosition::Outcome::NoTimes );
}

TEST_CASE( "a GPX track becomes a walk's route, or a new walk named and dated after the track",
           "[gpx][walks]" )
{
  WalkProject p;
  const std::string gpx =
    writeFile( p.dir.file( "kvällen.gpx" ),
               testphotos::gpxTrack( "Kvällsvandring Strandpromenaden",
                                     { { kEast, kNorth, "2025-10-01T17:30:00Z" },
                                       { kEast + 300, kNorth, "2025-10-01T17:40:00Z" },
                                       { kEast + 300, kNorth + 400, "2025-10-01T17:50:00Z" } } ) );
  RouteImportOptions onWalk;
  onWalk.walkId = p.walk;
  auto replaced = importGpxRoute( p.db(), gpx, onWalk );
  REQUIRE( replaced.ok() );
  CHECK_FALSE( replaced->newWalk );
  CHECK( replaced->walkId == p.walk );
  CHECK( replaced->points == 3 );
  CHECK( replaced->lengthMeters == Approx( 700 ).margin( 0.05 ) );
  auto walk = WalkStore( p.db() ).load( p.walk );
  REQUIRE( walk.ok() );
  CHECK( walk->routeSource == "gpx" );
  REQUIRE( walk->route.size() == 3 );
  CHECK( walk->route[2].y == Approx( kNorth + 400 ).margin( 0.01 ) );
  CHECK( walk->name == "Strandpromenaden" ); // the walk's own name stays

  auto created = importGpxRoute( p.db(), gpx, RouteImportOptions() );
  REQUIRE( created.ok() );
  CHECK( created->newWalk );
  CHECK( created->walkId != p.walk );
  auto made = WalkStore( p.db() ).load( created->walkId );
  REQUIRE( made.ok() );
  CHECK( made->name == "Kvällsvandring Strandpromenaden" );
  CHECK( made->date == "2025-10-01" );
  CHECK( made->startTime == "19:30" ); // Stockholm summer time
  CHECK( made->status == "done" );
  CHECK( made->routeSource == "gpx" );
  CHECK( made->routeLength() == Approx( 700 ).margin( 0.05 ) );

  // A track without times or name: a planned walk named after the file.
  const std::string plain = writeFile( p.dir.file( "Ny runda.gpx" ),
                                       header() + "<trk><trkseg>" + point( "trkpt", kEast, kNorth ) +
                                         point( "trkpt", kEast, kNorth + 100 ) + "</trkseg></trk></gpx>" );
  auto planned = importGpxRoute( p.db(), plain, RouteImportOptions() );
  REQUIRE( planned.ok() );
  auto plannedWalk = WalkStore( p.db() ).load( planned->walkId );
  REQUIRE( plannedWalk.ok() );
  CHECK( plannedWalk->name == "Ny runda" );
  CHECK( plannedWalk->status == "planned" );
  CHECK( plannedWalk->date.empty() );

  // An unknown walk, and a file without a track, change nothing.
  const std::string before = p.bytes();
  RouteImportOptions unknown;
  unknown.walkId = 999;
  CHECK( importGpxRoute( p.db(), gpx, unknown ).error().code == MessageCode::WalkNotFound );
  const std::string noTrack =
    writeFile( p.dir.file( "punkter.gpx" ), header() + point( "wpt", kEast, kNorth ) + "</gpx>" );
  CHECK( importGpxRoute( p.db(), noTrack, RouteImportOptions() ).error().code == MessageCode::GpxNoTrack );
  CHECK( p.bytes() == before );
}

TEST_CASE(
  "GPX waypoints become draft observations at the walk's stops, their text screened for personal data",
  "[gpx][walks]" )
{
  WalkProject p;
  const std::string text = header() +
                           point( "wpt", kEast + 30, kNorth + 5,
                                  timed( "2025-10-01T18:03:00Z" ) +
                                    "<name>Mörk gång</name><desc>Ring Anna på 070-123 45 67</desc>" ) +
                           point( "wpt", kEast + 150, kNorth + 200, "<name>Trasig lampa</name>" ) +
                           point( "wpt", kEast + 160, kNorth + 210, "<name>Klotter</name>" ) +
                           "<wpt lat=\"48.8584\" lon=\"2.2945\"><name>Semesterbild</name></wpt>\n</gpx>\n";
  const std::string path = writeFile( p.dir.file( "telefon.gpx" ), text );
  WaypointImportOptions options;
  options.walkId = p.walk;
  options.actor = "tester";
  auto report = importGpxWaypoints( p.db(), path, options );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 3 );
  CHECK( report->imported[0].stop.stopId == p.stops[0].fid );
  CHECK( report->imported[0].personalData );
  // The second is 250 m from both stops: a new stop 3; the third is 14 m from it.
  CHECK( report->imported[1].stop.added );
  CHECK( report->imported[1].stop.stopNumber == 3 );
  CHECK( report->imported[2].stop.stopNumber == 3 );
  CHECK_FALSE( report->imported[2].stop.added );
  CHECK( report->newStops == std::vector<int>{ 3 } );
  auto stops = WalkStore( p.db() ).stops( p.walk );
  REQUIRE( stops.ok() );
  REQUIRE( stops->size() == 3 );
  CHECK( stops->back().name == "Nytt stopp 3" );
  CHECK( stops->back().reason == "tillagt från GPX-punkt" );
  REQUIRE( report->rejected.size() == 1 );
  CHECK( report->rejected[0].number == 4 );
  CHECK( report->rejected[0].reason.code == MessageCode::GpxWaypointOutsideSweden );

  RecordEdits edits( p.db() );
  auto first = edits.readObservation( report->imported[0].observationId );
  REQUIRE( first.ok() );
  CHECK( first->draft );
  CHECK( first->walkId == p.walk );
  CHECK( first->note == "Mörk gång: Ring Anna på [telefonnummer]" );
  CHECK( first->screeningFlags == "phone" );
  CHECK( first->observedUtc == stockholmToUtc( 2025, 10, 1, 20, 3, 0 ) );
  CHECK_FALSE( edits.readObservation( report->imported[1].observationId )->observedUtc );
  // Provenance: one batch with its counts, the observations linked to it, the reject kept with its row.
  CHECK( p.count( "SELECT count(*) FROM observations WHERE batch_id = " +
                  std::to_string( report->batchId ) ) == 3 );
  CHECK( p.count( "SELECT rows_read FROM import_batches" ) == 4 );
  CHECK( p.count( "SELECT rows_imported FROM import_batches" ) == 3 );
  CHECK( p.count( "SELECT rows_rejected FROM import_batches" ) == 1 );
  CHECK( p.count( "SELECT rows_flagged FROM import_batches" ) == 1 );
  CHECK( p.count( "SELECT row_number FROM import_rejects" ) == 4 );
  CHECK( p.count(
           "SELECT count(*) FROM audit_log WHERE action = 'import' AND details LIKE 'telefon.gpx%'" ) == 1 );

  // The same file again is refused unless asked for, and changes nothing.
  const std::string before = p.bytes();
  auto again = importGpxWaypoints( p.db(), path, options );
  REQUIRE_FALSE( again.ok() );
  CHECK( again.error().code == MessageCode::ImportAlreadyImported );
  CHECK( p.bytes() == before );
  options.allowReimport = true;
  auto forced = importGpxWaypoints( p.db(), path, options );
  REQUIRE( forced.ok() );
  CHECK( forced->imported.size() == 3 );
  REQUIRE( forced->warnings.size() == 1 );
  CHECK( forced->warnings[0].code == MessageCode::ImportReimported );

  // An unknown walk, a tolerance out of range, a file without waypoints: nothing changed.
  const std::string after = p.bytes();
  options.walkId = 999;
  CHECK( importGpxWaypoints( p.db(), path, options ).error().code == MessageCode::WalkNotFound );
  options.walkId = p.walk;
  options.snapToleranceMeters = 5000;
  CHECK( importGpxWaypoints( p.db(), path, options ).error().code == MessageCode::SnapBadTolerance );
  options.snapToleranceMeters = 50;
  const std::string track =
    writeFile( p.dir.file( "spår.gpx" ),
               testphotos::gpxTrack( "Spår", { { kEast, kNorth, "" }, { kEast, kNorth + 9, "" } } ) );
  CHECK( importGpxWaypoints( p.db(), track, options ).error().code == MessageCode::GpxNoWaypoints );
  CHECK( p.bytes() == after );
}

TEST_CASE( "a waypoint outside the project is rejected with the project's extent, a route through it refused",
           "[gpx][walks]" )
{
  WalkProject p;
  testphotos::addSquareArea( p.db(), kEast - 500, kNorth - 500, 1000 );
  const std::string text = header() + point( "wpt", kEast + 20, kNorth, "<name>Bryggan</name>" ) +
                           point( "wpt", kEast + 8000, kNorth, "<name>Grannkommunen</name>" ) + "</gpx>\n";
  WaypointImportOptions options;
  options.walkId = p.walk;
  auto report = importGpxWaypoints( p.db(), writeFile( p.dir.file( "wpt.gpx" ), text ), options );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  REQUIRE( report->rejected.size() == 1 );
  CHECK( report->rejected[0].number == 2 );
  CHECK( report->rejected[0].reason.code == MessageCode::GpxWaypointOutsideProject );
  CHECK( report->newStops.empty() );

  // A track that leaves the project is not stored as the route.
  const std::string track =
    writeFile( p.dir.file( "spar.gpx" ), testphotos::gpxTrack( "Spår", { { kEast, kNorth, "" },
                                                                         { kEast + 300, kNorth, "" },
                                                                         { kEast + 7000, kNorth, "" } } ) );
  const std::string before = p.bytes();
  RouteImportOptions route;
  route.walkId = p.walk;
  auto refused = importGpxRoute( p.db(), track, route );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::WalkPointOutsideProject );
  CHECK( refused.error().text().find( "Point 3 of the route" ) != std::string::npos );
  CHECK( p.bytes() == before );
}

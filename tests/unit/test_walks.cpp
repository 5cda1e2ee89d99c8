// Safety walks: the plan and its numbered stops in the project file, the street network, the suggested route,
// each stop's context, the protocol (with a repeat walk), the rank correlation with the overall feeling, and
// an observation's proposed action made a real action.

#include "testutil.h"

#include "areas.h"
#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "recordedits.h"
#include "routesuggest.h"
#include "selection.h"
#include "streetnetwork.h"
#include "walkcontext.h"
#include "walkprotocol.h"
#include "actionstore.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <cmath>
#include <functional>
#include <map>
#include <set>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
constexpr double kEast = 449270, kNorth = 6574920;

std::unique_ptr<ProjectFile> newProject( const TempDir &dir, const std::string &name = "p.gpkg" )
{
  auto project = ProjectFile::create( dir.file( name ) );
  REQUIRE( project.ok() );
  return std::move( project.value() );
}

std::unique_ptr<ProjectFile> demoProject( const TempDir &dir )
{
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path ).ok() );
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  return std::move( project.value() );
}

int64_t count( ProjectFile &project, const std::string &sql )
{
  return project.db().queryInt( sql );
}

Walk plannedWalk()
{
  Walk walk;
  walk.name = "Kvällsvandring Centrum";
  walk.date = "2026-03-10";
  walk.startTime = "18:30";
  walk.light = "dusk";
  walk.alsoAfterDark = true;
  walk.organiser = "Kommunen";
  walk.expectedParticipants = 15;
  walk.meetingPoint = "Stora torget";
  walk.purpose = "Se över belysningen";
  walk.route = { { kEast, kNorth }, { kEast + 300, kNorth }, { kEast + 300, kNorth + 400 } };
  walk.organisations = { { "Polisen", true, std::nullopt }, { "Exempelbostäder AB", true, std::nullopt } };
  return walk;
}

std::vector<WalkStop> threeStops()
{
  std::vector<WalkStop> stops( 3 );
  stops[0].x = kEast;
  stops[0].y = kNorth;
  stops[0].name = "Torget";
  stops[1].x = kEast + 300;
  stops[1].y = kNorth;
  stops[1].name = "Tunneln";
  stops[2].x = kEast + 300;
  stops[2].y = kNorth + 400;
  stops[2].name = "Parken";
  return stops;
}

int64_t addRating( ProjectFile &project, int64_t walkId, const WalkStop &stop, const std::string &item,
                   int rating, const std::string &proposed = {} )
{
  ObservationRecord r;
  r.x = stop.x;
  r.y = stop.y;
  r.walkId = walkId;
  r.stopId = stop.fid;
  r.checklistItem = item;
  r.rating = rating;
  r.positive = rating >= 2;
  r.proposedAction = proposed;
  r.note = "Anteckning om " + item;
  auto fid = RecordEdits( project.db() ).insertObservation( r, {} );
  REQUIRE( fid.ok() );
  return *fid;
}
} // namespace

TEST_CASE( "a planned walk is stored with its plan, route and invited organisations, and read back",
           "[walks]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  const Walk walk = plannedWalk();
  auto fid = store.create( walk, WalkWriteOptions{ "test", {} } );
  REQUIRE( fid.ok() );
  auto loaded = store.load( *fid );
  REQUIRE( loaded.ok() );
  CHECK( loaded->name == walk.name );
  CHECK( loaded->date == "2026-03-10" );
  CHECK( loaded->startTime == "18:30" );
  CHECK( loaded->light == "dusk" );
  CHECK( loaded->alsoAfterDark );
  CHECK( loaded->expectedParticipants == 15 );
  CHECK( loaded->meetingPoint == "Stora torget" );
  CHECK( loaded->purpose == "Se över belysningen" );
  CHECK( loaded->status == "planned" );
  CHECK( loaded->route == walk.route );
  CHECK( loaded->routeSource == "drawn" );
  CHECK( loaded->routeLength() == Approx( 700 ) );
  CHECK( loaded->organisations == walk.organisations );
  CHECK( lightLabelSv( loaded->light, loaded->alsoAfterDark ) == "skymning och mörker" );
  CHECK( count( *project,
                "SELECT count(*) FROM audit_log WHERE table_name = 'safety_walks' AND actor = 'test'" ) ==
         1 );

  // After the walk: counts per organisation and the status.
  Walk done = *loaded;
  done.status = "done";
  done.organisations[0].participants = 2;
  done.organisations[1].participants = 3;
  done.organisations.push_back( { "Boende", false, 9 } );
  REQUIRE( store.update( done ).ok() );
  auto again = store.load( *fid );
  REQUIRE( again.ok() );
  CHECK( again->status == "done" );
  CHECK( again->organisations == done.organisations );
  auto list = store.list();
  REQUIRE( list.ok() );
  REQUIRE( list->size() == 1 );
  CHECK( list->front().routeLength == Approx( 700 ) );
}

TEST_CASE( "a walk that is not valid is refused with a reason and nothing is written", "[walks]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  const int64_t auditBefore = count( *project, "SELECT count(*) FROM audit_log" );
  struct Case
  {
    const char *what;
    std::function<void( Walk & )> spoil;
    MessageCode code;
  };
  const std::vector<Case> cases = {
    { "no name", []( Walk &w ) { w.name = "  "; }, MessageCode::WalkNameRequired },
    { "a date that does not exist", []( Walk &w ) { w.date = "2026-02-30"; }, MessageCode::WalkBadDate },
    { "a time of 25:00", []( Walk &w ) { w.startTime = "25:00"; }, MessageCode::WalkBadTime },
    { "moonlight", []( Walk &w ) { w.light = "moonlight"; }, MessageCode::WalkBadLight },
    { "an unknown status", []( Walk &w ) { w.status = "maybe"; }, MessageCode::WalkBadStatus },
    { "a route of one point", []( Walk &w ) { w.route.resize( 1 ); }, MessageCode::WalkRouteTooShort },
    { "a route point in Norway's sea",
      []( Walk &w ) {
        w.route[1] = { 100, 100 };
      },
      MessageCode::WalkPointOutsideSweden },
    { "an organisation twice", []( Walk &w ) { w.organisations.push_back( w.organisations[0] ); },
      MessageCode::WalkDuplicateOrganisation },
    { "an unknown area", []( Walk &w ) { w.areaId = 999; }, MessageCode::WalkUnknownArea },
  };
  for ( const Case &c : cases )
  {
    INFO( c.what );
    Walk walk = plannedWalk();
    c.spoil( walk );
    auto fid = store.create( walk );
    REQUIRE_FALSE( fid.ok() );
    CHECK( fid.error().code == c.code );
  }
  CHECK( count( *project, "SELECT count(*) FROM safety_walks" ) == 0 );
  CHECK( count( *project, "SELECT count(*) FROM walk_organisations" ) == 0 );
  CHECK( count( *project, "SELECT count(*) FROM audit_log" ) == auditBefore );
}

TEST_CASE( "stops are numbered in order, reordering keeps each stop and its observations, removing one keeps "
           "its observations at their place",
           "[walks]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  auto walkId = store.create( plannedWalk() );
  REQUIRE( walkId.ok() );
  auto stops = store.setStops( *walkId, threeStops() );
  REQUIRE( stops.ok() );
  REQUIRE( stops->size() == 3 );
  CHECK( ( *stops )[0].number == 1 );
  CHECK( ( *stops )[2].number == 3 );
  CHECK( ( *stops )[1].name == "Tunneln" );
  const int64_t observation = addRating( *project, *walkId, ( *stops )[1], "belysning", 0 );

  // Reorder: the tunnel first.
  std::vector<WalkStop> reordered = { ( *stops )[1], ( *stops )[0], ( *stops )[2] };
  auto after = store.setStops( *walkId, reordered );
  REQUIRE( after.ok() );
  CHECK( ( *after )[0].name == "Tunneln" );
  CHECK( ( *after )[0].number == 1 );
  CHECK( ( *after )[0].fid == ( *stops )[1].fid );
  CHECK( count( *project, "SELECT stop_id FROM observations WHERE fid = " + std::to_string( observation ) ) ==
         ( *stops )[1].fid );
  CHECK( count( *project, "SELECT stop_number FROM walk_stops WHERE name = 'Parken'" ) == 3 );

  // Remove the tunnel: the observation stays with its walk and place, without a stop.
  std::vector<WalkStop> fewer = { ( *after )[1], ( *after )[2] };
  auto removed = store.setStops( *walkId, fewer );
  REQUIRE( removed.ok() );
  CHECK( removed->size() == 2 );
  CHECK( ( *removed )[0].name == "Torget" );
  CHECK( count( *project, "SELECT count(*) FROM observations WHERE stop_id IS NULL AND walk_id = " +
                            std::to_string( *walkId ) ) == 1 );

  // A stop outside Sweden is refused and the stops stay as they were.
  std::vector<WalkStop> bad = *removed;
  bad.push_back( WalkStop{} );
  auto refused = store.setStops( *walkId, bad );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::WalkStopOutsideSweden );
  CHECK( count( *project, "SELECT count(*) FROM walk_stops" ) == 2 );

  // A stop of another walk cannot be taken over.
  auto other = store.create( plannedWalk() );
  REQUIRE( other.ok() );
  auto stolen = store.setStops( *other, { ( *removed )[0] } );
  REQUIRE_FALSE( stolen.ok() );
  CHECK( stolen.error().code == MessageCode::WalkStopNotOnWalk );
}

TEST_CASE( "a write that is one transaction on its own is one step of an outer one, and rolls back with it",
           "[walks][transactions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  {
    Transaction outer( project->db() );
    auto walkId = store.create( plannedWalk() );
    REQUIRE( walkId.ok() );
    REQUIRE( store.setStops( *walkId, threeStops() ).ok() );
    // A failing inner write undoes only itself.
    REQUIRE_FALSE( store.setStops( *walkId, { WalkStop{} } ).ok() );
    CHECK( count( *project, "SELECT count(*) FROM walk_stops" ) == 3 );
    // The outer transaction is never committed.
  }
  CHECK( count( *project, "SELECT count(*) FROM safety_walks" ) == 0 );
  CHECK( count( *project, "SELECT count(*) FROM walk_stops" ) == 0 );
}

TEST_CASE( "the street network is noded where streets cross or nearly meet, and its paths are the shortest",
           "[walks][routing]" )
{
  // A square block 100 m × 100 m drawn as two long lines crossing without a shared vertex, a side street that
  // stops 2 m short of the main street, and a lone path far away.
  StreetNetwork network;
  network.addLine( { { 0, 0 }, { 200, 0 } } );        // east-west main street
  network.addLine( { { 100, -100 }, { 100, 100 } } ); // north-south, crossing it at (100, 0)
  network.addLine( { { 0, 2 }, { 0, 100 } } );        // stops 2 m short of the main street
  network.addLine( { { 0, 100 }, { 100, 100 } } );
  network.addLine( { { 5000, 5000 }, { 5100, 5000 } } ); // unconnected
  network.build();
  REQUIRE_FALSE( network.empty() );

  const auto a = network.nearest( { 0, 50 }, 50 );    // on the side street
  const auto b = network.nearest( { 150, -10 }, 50 ); // near the main street, east of the crossing
  REQUIRE( a );
  REQUIRE( b );
  CHECK( a->distance == Approx( 0 ) );
  CHECK( b->distance == Approx( 10 ) );
  CHECK( b->point.x == Approx( 150 ) );
  const auto tree = network.shortestPaths( *a );
  // Down the side street (48 m), across the 2 m joint, east 150 m: shorter than round the block (50 + 100 +
  // 100
  // + 50).
  CHECK( network.distanceTo( tree, *b ) == Approx( 48 + 2 + 150 ) );
  const auto path = network.pathTo( tree, *b );
  REQUIRE( path.size() >= 3 );
  CHECK( path.front().y == Approx( 50 ) );
  CHECK( path.back().x == Approx( 150 ) );
  const auto far = network.nearest( { 5050, 5000 }, 10 );
  REQUIRE( far );
  CHECK( std::isinf( network.distanceTo( tree, *far ) ) );
  CHECK_FALSE( network.nearest( { 1000, 1000 }, 100 ) );
}

TEST_CASE( "a suggested route visits the area's top places within the length limit, along streets, the same "
           "every time",
           "[walks][suggest]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  SuggestOptions options;
  options.area = "Stationsområdet";
  auto first = suggestRoute( *project, options );
  REQUIRE( first.ok() );
  CHECK( first->stops.size() >= 2 );
  CHECK( first->stops.size() <= 8 );
  CHECK( first->length <= 2500 );
  CHECK( first->length > 0 );
  CHECK( first->alongStreets );
  CHECK( first->route.size() >= first->stops.size() );
  for ( size_t i = 0; i < first->stops.size(); ++i )
  {
    INFO( "stop " << i + 1 );
    CHECK( first->stops[i].number == static_cast<int>( i + 1 ) );
    CHECK_FALSE( first->stops[i].reason.empty() );
    CHECK_FALSE( first->stops[i].name.empty() );
    for ( size_t j = 0; j < i; ++j )
      CHECK( std::hypot( first->stops[i].x - first->stops[j].x, first->stops[i].y - first->stops[j].y ) >=
             100 );
  }
  // The best place of the area is on the route, with its reason.
  REQUIRE_FALSE( first->candidates.empty() );
  const RouteCandidate &best = first->candidates.front();
  bool visitsBest = false;
  for ( const WalkStop &stop : first->stops )
    visitsBest =
      visitsBest || ( std::hypot( stop.x - best.x, stop.y - best.y ) < 1 && stop.reason == best.reason );
  CHECK( visitsBest );
  // The route's line passes every stop and its length is the stated one.
  double lineLength = 0;
  for ( size_t i = 1; i < first->route.size(); ++i )
    lineLength +=
      std::hypot( first->route[i].x - first->route[i - 1].x, first->route[i].y - first->route[i - 1].y );
  CHECK( lineLength == Approx( first->length ).epsilon( 0.01 ) );
  for ( const WalkStop &stop : first->stops )
  {
    double nearest = 1e9;
    for ( const WalkPoint &p : first->route )
      nearest = std::min( nearest, std::hypot( p.x - stop.x, p.y - stop.y ) );
    CHECK( nearest < 0.5 );
  }
  // The reasons name real counts: the first stop's count is the events of the period within its place.
  CHECK( first->stops.front().reason.find( "senaste 6 mån" ) != std::string::npos );

  auto second = suggestRoute( *project, options );
  REQUIRE( second.ok() );
  REQUIRE( second->stops.size() == first->stops.size() );
  for ( size_t i = 0; i < first->stops.size(); ++i )
  {
    CHECK( second->stops[i].x == first->stops[i].x );
    CHECK( second->stops[i].y == first->stops[i].y );
    CHECK( second->stops[i].reason == first->stops[i].reason );
  }
  CHECK( second->route == first->route );

  // Fewer stops and a shorter limit are kept to.
  options.stops = 4;
  options.maxLength = 800;
  auto small = suggestRoute( *project, options );
  REQUIRE( small.ok() );
  CHECK( small->stops.size() <= 4 );
  CHECK( small->length <= 800 );
}

TEST_CASE(
  "stops and route points outside the project are refused, naming the point and the project's extent",
  "[walks]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  auto extent = projectExtent( *project );
  REQUIRE( extent.ok() );
  REQUIRE( extent.value() );
  const Envelope e = ( *extent )->envelope;
  WalkStore store( project->db() );
  Walk walk;
  walk.name = "Utanför";
  auto fid = store.create( walk );
  REQUIRE( fid.ok() );
  std::vector<WalkStop> stops( 2 );
  stops[0].x = ( e.minX + e.maxX ) / 2;
  stops[0].y = ( e.minY + e.maxY ) / 2;
  stops[0].name = "Inne";
  stops[1].x = e.maxX + 500; // half a kilometre beyond the margin: still in Sweden
  stops[1].y = stops[0].y;
  stops[1].name = "Ute";
  const int64_t before = count( *project, "SELECT count(*) FROM walk_stops" );
  auto refused = store.setStops( *fid, stops );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::WalkStopOutsideProject );
  CHECK( refused.error().text().find( "Stop 2 at" ) != std::string::npos );
  CHECK( refused.error().text().find( "the municipality boundary with 2000 m around it" ) !=
         std::string::npos );
  CHECK( count( *project, "SELECT count(*) FROM walk_stops" ) == before );
  stops.pop_back();
  CHECK( store.setStops( *fid, stops ).ok() );

  const std::vector<WalkPoint> route = { { stops[0].x, stops[0].y }, { e.minX - 800, stops[0].y } };
  const Status routeRefused = store.setRoute( *fid, route, "drawn" );
  REQUIRE_FALSE( routeRefused.ok() );
  CHECK( routeRefused.error().code == MessageCode::WalkPointOutsideProject );
  walk.route = route;
  CHECK( store.create( walk ).error().code == MessageCode::WalkPointOutsideProject );

  // Places stored before (an undone deletion, or a walk from before the boundary changed) stay editable: only
  // new and moved points are checked.
  WalkWriteOptions restoring;
  restoring.placesStoredBefore = true;
  auto old = store.create( walk, restoring );
  REQUIRE( old.ok() );
  std::vector<WalkStop> oldStops( 1 );
  oldStops[0].x = e.maxX + 500;
  oldStops[0].y = stops[0].y;
  oldStops[0].name = "Gammalt stopp";
  auto kept = store.setStops( *old, oldStops, restoring );
  REQUIRE( kept.ok() );
  Walk renamed = *store.load( *old );
  renamed.name = "Omdöpt";
  CHECK( store.update( renamed ).ok() ); // the route as stored
  std::vector<WalkStop> same = *kept;
  same.push_back( stops[0] ); // a new stop inside, the old one where it was
  same.back().fid = 0;
  CHECK( store.setStops( *old, same ).ok() );
  same = *store.stops( *old );
  same[0].x += 10; // the old stop moved: checked, and still outside
  CHECK( store.setStops( *old, same ).error().code == MessageCode::WalkStopOutsideProject );
  renamed.route.push_back( { e.maxX + 900, stops[0].y } ); // a new point outside
  CHECK( store.update( renamed ).error().code == MessageCode::WalkPointOutsideProject );
}

TEST_CASE( "an earlier walk's finding marked a problem but not rated is a place the suggestion knows",
           "[walks][suggest]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  auto area = findArea( *project, "Stationsområdet" );
  REQUIRE( area.ok() );
  // A point inside the area, away from where the demo's own walks found things.
  const Envelope &e = area->envelope;
  double x = 0, y = 0;
  bool found = false;
  for ( int i = 1; i < 20 && !found; ++i )
    for ( int j = 1; j < 20 && !found; ++j )
    {
      x = e.minX + ( e.maxX - e.minX ) * i / 20;
      y = e.minY + ( e.maxY - e.minY ) * j / 20;
      found = area->contains( x, y );
    }
  REQUIRE( found );
  ObservationRecord r;
  r.x = x;
  r.y = y;
  r.checklistItem = "belysning";
  r.positive = false; // a problem, with no rating given
  r.note = "Trasig lampa";
  REQUIRE( RecordEdits( project->db() ).insertObservation( r, {} ).ok() );
  SuggestOptions options;
  options.area = "Stationsområdet";
  auto suggested = suggestRoute( *project, options );
  REQUIRE( suggested.ok() );
  bool known = false;
  for ( const RouteCandidate &c : suggested->candidates )
    known =
      known || ( std::hypot( c.x - x, c.y - y ) < 100 && c.reason.find( "belysning en brist vid "
                                                                        "vandringen" ) != std::string::npos );
  CHECK( known );
}

TEST_CASE( "a route suggestion that cannot be made says why", "[walks][suggest]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  SuggestOptions options;
  options.area = "Stationsområdet";
  options.maxLength = 20;
  auto tooShort = suggestRoute( *project, options );
  REQUIRE_FALSE( tooShort.ok() );
  CHECK( tooShort.error().code == MessageCode::WalkSuggestTooShort );
  CHECK( tooShort.error().text().find( "20 m" ) != std::string::npos );

  options.maxLength = 2500;
  options.area = "Ingenstans";
  auto unknown = suggestRoute( *project, options );
  REQUIRE_FALSE( unknown.ok() );

  options.area = "";
  auto none = suggestRoute( *project, options );
  REQUIRE_FALSE( none.ok() );
  CHECK( none.error().code == MessageCode::WalkSuggestNoArea );

  // An area far out in the lake: no events, no walks.
  {
    const double x = kEast - 8000, y = kNorth - 8000;
    const std::string wkt = "MULTIPOLYGON(((" + std::to_string( x ) + " " + std::to_string( y ) + "," +
                            std::to_string( x + 300 ) + " " + std::to_string( y ) + "," +
                            std::to_string( x + 300 ) + " " + std::to_string( y + 300 ) + "," +
                            std::to_string( x ) + " " + std::to_string( y + 300 ) + "," +
                            std::to_string( x ) + " " + std::to_string( y ) + ")))";
    OGRGeometry *geometry = nullptr;
    REQUIRE( OGRGeometryFactory::createFromWkt( wkt.c_str(), nullptr, &geometry ) == OGRERR_NONE );
    std::vector<unsigned char> wkb( static_cast<size_t>( geometry->WkbSize() ) );
    geometry->exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
    OGREnvelope e;
    geometry->getEnvelope( &e );
    OGRGeometryFactory::destroyGeometry( geometry );
    const auto blob = encodeGpkgWkb( 3006, wkb, Envelope{ e.MinX, e.MinY, e.MaxX, e.MaxY } );
    Statement insert =
      project->db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, 'Sjön', 'custom')" );
    insert.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    insert.run();
  }
  options.area = "Sjön";
  auto empty = suggestRoute( *project, options );
  REQUIRE_FALSE( empty.ok() );
  CHECK( empty.error().code == MessageCode::WalkSuggestNoData );
}

TEST_CASE( "without a street layer the suggested route goes in straight legs and says so",
           "[walks][suggest]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  project->db().exec( "UPDATE tryggkarta_meta SET value = 'no_such_table' WHERE key = 'basemap_layers'" );
  SuggestOptions options;
  options.area = "Centrum";
  options.streetTable = "no_such_table";
  options.useStreets = false;
  auto route = suggestRoute( *project, options );
  REQUIRE( route.ok() );
  CHECK_FALSE( route->alongStreets );
  CHECK( route->route.size() == route->stops.size() );
  bool said = false;
  for ( const Message &note : route->notes )
    said = said || note.code == MessageCode::WalkSuggestStraightLegs;
  CHECK( said );
}

TEST_CASE( "a stop's context counts the events within the radius over the period by category, and earlier "
           "walks' findings with their actions",
           "[walks][context]" )
{
  TempDir dir;
  auto project = newProject( dir );
  RecordEdits edits( project->db() );
  auto incident = [&]( double dx, const char *category, int day )
  {
    IncidentRecord r;
    r.x = kEast + dx;
    r.y = kNorth;
    r.fromUtc = stockholmToUtc( 2026, 1, day, 22, 0, 0 );
    r.category = category;
    REQUIRE( edits.insertIncident( r, {} ).ok() );
  };
  incident( 10, "klotter", 5 );
  incident( 60, "klotter", 6 );
  incident( 99, "glaskross", 7 );
  incident( 101, "klotter", 8 );  // outside 100 m
  incident( 20, "glaskross", 1 ); // before the period
  WalkStore store( project->db() );
  auto earlierWalk = store.create( plannedWalk() );
  REQUIRE( earlierWalk.ok() );
  auto earlierStops = store.setStops( *earlierWalk, threeStops() );
  REQUIRE( earlierStops.ok() );
  const int64_t finding =
    addRating( *project, *earlierWalk, ( *earlierStops )[0], "belysning", 0, "Byt armatur" );
  REQUIRE( createActionFromObservation( project->db(), finding ).ok() );

  auto walkId = store.create( plannedWalk() );
  REQUIRE( walkId.ok() );
  auto stops = store.setStops( *walkId, threeStops() );
  REQUIRE( stops.ok() );
  ContextOptions options;
  options.fromUtc = stockholmToUtc( 2026, 1, 3, 0, 0, 0 );
  options.untilUtc = stockholmToUtc( 2026, 2, 1, 0, 0, 0 );
  options.excludeWalk = *walkId;
  auto contexts = stopContexts( *project, *stops, options );
  REQUIRE( contexts.ok() );
  REQUIRE( contexts->size() == 3 );
  const StopContext &first = contexts->front();
  CHECK( first.stopNumber == 1 );
  CHECK( first.incidentCount == 3 );
  REQUIRE( first.categories.size() == 2 );
  CHECK( first.categories[0] == std::make_pair( std::string( "Klotter" ), 2 ) );
  CHECK( first.categories[1] == std::make_pair( std::string( "Glaskross" ), 1 ) );
  REQUIRE( first.earlier.size() == 1 );
  CHECK( first.earlier[0].rating == 0 );
  CHECK( first.earlier[0].checklistItemLabel == "Belysning" );
  REQUIRE( first.earlier[0].actions.size() == 1 );
  CHECK( first.earlier[0].actions[0].statusSv == "föreslagen" );
  CHECK( ( *contexts )[2].incidentCount == 0 );

  // The walk's own observations are not "earlier".
  addRating( *project, *walkId, ( *stops )[0], "sikt", 1 );
  auto again = stopContexts( *project, *stops, options );
  REQUIRE( again.ok() );
  CHECK( again->front().earlier.size() == 1 );
}

TEST_CASE( "the kit holds every stop, its context and the project's own checklist, overall feeling last",
           "[walks][kit]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  project->db().exec( "UPDATE checklist_items SET label_sv = 'Ljus och lampor' WHERE code = 'belysning'" );
  auto kit = buildWalkKit( *project, 3 );
  REQUIRE( kit.ok() );
  CHECK( kit->walk.name == "Trygghetsvandring Norrbacka" );
  REQUIRE( kit->stops.size() == 5 );
  CHECK( kit->contexts.size() == 5 );
  CHECK( kit->checklist.size() ==
         static_cast<size_t>( count( *project, "SELECT count(*) FROM checklist_items" ) ) );
  CHECK( kit->checklist.back().code == "helhetsintryck" );
  CHECK( kit->checklist.front().labelSv == "Ljus och lampor" );
  CHECK( kit->periodText.find( " – " ) == 10 );
  CHECK( kit->periodText.size() == 25 );
  int events = 0;
  for ( const StopContext &c : kit->contexts )
    events += c.incidentCount;
  CHECK( events > 0 );
  auto missing = buildWalkKit( *project, 99 );
  REQUIRE_FALSE( missing.ok() );
  CHECK( missing.error().code == MessageCode::WalkNotFound );
}

TEST_CASE(
  "the protocol has each stop's ratings, what was found most often and the worst stops, a repeat walk "
  "shows then and now with what was done in between",
  "[walks][protocol]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  auto protocol = buildProtocol( *project, 1 );
  REQUIRE( protocol.ok() );
  CHECK( protocol->stops.size() ==
         static_cast<size_t>( count( *project, "SELECT count(*) FROM walk_stops WHERE "
                                               "walk_id = 1" ) ) );
  size_t ratings = 0;
  for ( const ProtocolStop &s : protocol->stops )
    ratings += s.ratings.size();
  CHECK( ratings + protocol->unplaced.size() ==
         static_cast<size_t>( count( *project, "SELECT count(*) FROM observations WHERE walk_id = 1" ) ) );
  CHECK( protocol->participantsTotal == count( *project,
                                               "SELECT sum(participants) FROM walk_organisations WHERE "
                                               "walk_id = 1" ) );
  // Most often: the item with the most negative findings (rated 0–1 or marked a problem), counted by SQL.
  REQUIRE_FALSE( protocol->mostOften.empty() );
  const int64_t topCount =
    count( *project,
           "SELECT count(*) AS n FROM observations WHERE walk_id = 1 AND checklist_item != 'helhetsintryck' "
           "AND (positive = 0 OR (positive IS NULL AND rating <= 1)) GROUP BY checklist_item ORDER BY n DESC "
           "LIMIT 1" );
  CHECK( protocol->mostOften.front().count == topCount );
  REQUIRE_FALSE( protocol->worstStops.empty() );
  const int worst = protocol->worstStops.front();
  for ( const ProtocolStop &s : protocol->stops )
    if ( s.meanRating )
      for ( const ProtocolStop &w : protocol->stops )
        if ( w.stop.number == worst )
          CHECK( *w.meanRating <= *s.meanRating );

  // A repeat walk on the same route: rate stop 3 again, better.
  WalkStore store( project->db() );
  auto repeat = store.planRepeat( 1, "Uppföljande vandring", "2026-11-30" );
  REQUIRE( repeat.ok() );
  auto repeatStops = store.stops( *repeat );
  REQUIRE( repeatStops.ok() );
  REQUIRE( repeatStops->size() == protocol->stops.size() );
  const ProtocolStop &thenStop = protocol->stops[2];
  REQUIRE_FALSE( thenStop.ratings.empty() );
  const StopRating &thenRating = thenStop.ratings.front();
  REQUIRE( thenRating.rating );
  REQUIRE_FALSE( thenRating.actions.empty() ); // so "what was done in between" has something to show
  addRating( *project, *repeat, ( *repeatStops )[2], thenRating.checklistItem, 3 );
  auto now = buildProtocol( *project, *repeat );
  REQUIRE( now.ok() );
  REQUIRE( now->earlier );
  CHECK( now->earlier->fid == 1 );
  const ProtocolStop &nowStop = now->stops[2];
  REQUIRE( nowStop.earlierStop );
  CHECK( nowStop.earlierStop->fid == thenStop.stop.fid );
  bool compared = false;
  for ( const RatingThenNow &row : nowStop.thenNow )
    if ( row.checklistItem == thenRating.checklistItem )
    {
      compared = true;
      CHECK( row.then == thenRating.rating );
      CHECK( row.now == 3 );
      CHECK( row.actionsBetween.size() == thenRating.actions.size() );
    }
  CHECK( compared );
}

TEST_CASE( "Spearman's rank correlation matches a hand computation, ties given average ranks",
           "[walks][stats]" )
{
  // x ranks 1..5; y = 5, 6, 7, 8, 7 ranks 1, 2, 3.5, 5, 3.5; Σdxdy = 8, Σdx² = 10, Σdy² = 9.5: ρ = 8 / √95.
  const auto rho = spearman( { 1, 2, 3, 4, 5 }, { 5, 6, 7, 8, 7 } );
  REQUIRE( rho );
  CHECK( *rho == Approx( 8 / std::sqrt( 95.0 ) ) );
  CHECK( *spearman( { 1, 2, 3 }, { 3, 2, 1 } ) == Approx( -1 ) );
  CHECK_FALSE( spearman( { 1, 2 }, { 1, 2 } ) );
  CHECK_FALSE( spearman( { 1, 1, 1 }, { 1, 2, 3 } ) );
}

TEST_CASE(
  "across walks, the items that go with the overall feeling are ranked with the stops and walks they "
  "rest on",
  "[walks][stats]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  auto a = store.create( plannedWalk() );
  auto b = store.create( plannedWalk() );
  REQUIRE( a.ok() );
  REQUIRE( b.ok() );
  auto stopsA = store.setStops( *a, threeStops() );
  auto stopsB = store.setStops( *b, threeStops() );
  REQUIRE( stopsA.ok() );
  REQUIRE( stopsB.ok() );
  // Lighting follows the feeling exactly; maintenance goes against it.
  const int feeling[] = { 0, 1, 2, 3, 2, 1 };
  const int light[] = { 0, 1, 2, 3, 2, 1 };
  const int upkeep[] = { 3, 2, 1, 0, 1, 2 };
  for ( int i = 0; i < 6; ++i )
  {
    const int64_t walk = i < 3 ? *a : *b;
    const WalkStop &stop =
      i < 3 ? ( *stopsA )[static_cast<size_t>( i )] : ( *stopsB )[static_cast<size_t>( i - 3 )];
    addRating( *project, walk, stop, "helhetsintryck", feeling[i] );
    addRating( *project, walk, stop, "belysning", light[i] );
    addRating( *project, walk, stop, "underhall", upkeep[i] );
  }
  auto correlations = feelingCorrelations( project->db() );
  REQUIRE( correlations.ok() );
  REQUIRE( correlations->size() == 2 );
  CHECK( correlations->front().checklistItem == "belysning" );
  CHECK( correlations->front().rho == Approx( 1 ) );
  CHECK( correlations->front().pairs == 6 );
  CHECK( correlations->front().walks == 2 );
  CHECK( correlations->back().checklistItem == "underhall" );
  CHECK( correlations->back().rho == Approx( -1 ) );
}

TEST_CASE( "an observation's proposed action becomes one real action, linked back to it", "[walks][actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  auto walkId = store.create( plannedWalk() );
  REQUIRE( walkId.ok() );
  auto stops = store.setStops( *walkId, threeStops() );
  REQUIRE( stops.ok() );
  ObservationRecord r;
  r.x = kEast;
  r.y = kNorth;
  r.walkId = *walkId;
  r.stopId = ( *stops )[0].fid;
  r.checklistItem = "belysning";
  r.rating = 0;
  r.proposedAction = "Byt trasiga armaturer";
  r.responsible = "Gatu- och parkenheten";
  r.actionDeadline = "2026-06-30";
  auto observation = RecordEdits( project->db() ).insertObservation( r, {} );
  REQUIRE( observation.ok() );
  auto action = createActionFromObservation( project->db(), *observation, "test" );
  REQUIRE( action.ok() );
  Statement s =
    project->db().prepare( "SELECT title, status, responsible_organisation, deadline, observation_id "
                           "FROM actions WHERE fid = ?" );
  s.bind( 1, *action );
  REQUIRE( s.step() );
  CHECK( s.text( 0 ) == "Byt trasiga armaturer" );
  CHECK( s.text( 1 ) == "proposed" );
  CHECK( s.text( 2 ) == "Gatu- och parkenheten" );
  CHECK( s.text( 3 ) == "2026-06-30" );
  CHECK( s.int64( 4 ) == *observation );
  s.reset();
  // Its status history starts like every other action's.
  auto history = ActionStore( project->db() ).history( *action );
  REQUIRE( history.ok() );
  REQUIRE( history->size() == 1 );
  CHECK( history->front().toStatus == "proposed" );
  CHECK( history->front().fromStatus.empty() );
  CHECK( history->front().actor == "test" );
  auto twice = createActionFromObservation( project->db(), *observation );
  REQUIRE_FALSE( twice.ok() );
  CHECK( twice.error().code == MessageCode::WalkActionExists );
  r.proposedAction.clear();
  auto nothing = RecordEdits( project->db() ).insertObservation( r, {} );
  REQUIRE( nothing.ok() );
  auto refused = createActionFromObservation( project->db(), *nothing );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::WalkNothingProposed );
  CHECK( count( *project, "SELECT count(*) FROM actions" ) == 1 );
}

TEST_CASE( "a repeat walk is planned on the same route and stops, linked to the earlier walk", "[walks]" )
{
  TempDir dir;
  auto project = newProject( dir );
  WalkStore store( project->db() );
  Walk walk = plannedWalk();
  walk.status = "done";
  walk.organisations[0].participants = 4;
  auto walkId = store.create( walk );
  REQUIRE( walkId.ok() );
  REQUIRE( store.setStops( *walkId, threeStops() ).ok() );
  auto repeat = store.planRepeat( *walkId, "", "2026-09-01" );
  REQUIRE( repeat.ok() );
  auto loaded = store.load( *repeat );
  REQUIRE( loaded.ok() );
  CHECK( loaded->repeatOf == *walkId );
  CHECK( loaded->status == "planned" );
  CHECK( loaded->date == "2026-09-01" );
  CHECK( loaded->route == walk.route );
  CHECK( loaded->routeSource == "copied" );
  CHECK( loaded->name.find( "uppföljning" ) != std::string::npos );
  CHECK_FALSE( loaded->organisations[0].participants );
  auto stops = store.stops( *repeat );
  REQUIRE( stops.ok() );
  REQUIRE( stops->size() == 3 );
  CHECK( ( *stops )[1].name == "Tunneln" );
}

TEST_CASE(
  "mistakes that would lose a walk's record are refused: a stop listed twice, a draft made an action, a "
  "start far away, a limit too short with advice that works",
  "[walks]" )
{
  TempDir dir;
  auto project = demoProject( dir );
  WalkStore store( project->db() );
  auto stops = store.stops( 3 );
  REQUIRE( stops.ok() );
  std::vector<WalkStop> twice = *stops;
  twice[1] = twice[0];
  auto refused = store.setStops( 3, twice );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::WalkStopTwice );
  CHECK( store.stops( 3 )->size() == stops->size() );

  ObservationRecord draft;
  draft.x = ( *stops )[0].x;
  draft.y = ( *stops )[0].y;
  draft.walkId = 3;
  draft.draft = true;
  draft.proposedAction = "Byt lampa";
  auto fid = RecordEdits( project->db() ).insertObservation( draft, {} );
  REQUIRE( fid.ok() );
  auto action = createActionFromObservation( project->db(), *fid );
  REQUIRE_FALSE( action.ok() );
  CHECK( action.error().code == MessageCode::WalkActionFromDraft );

  SuggestOptions options;
  options.area = "Centrum";
  options.start = WalkPoint{ 0, 0 };
  auto far = suggestRoute( *project, options );
  REQUIRE_FALSE( far.ok() );
  CHECK( far.error().code == MessageCode::WalkStartOutside );

  // The advice names a limit that works.
  options.start.reset();
  options.maxLength = 50;
  auto tooShort = suggestRoute( *project, options );
  REQUIRE_FALSE( tooShort.ok() );
  REQUIRE( tooShort.error().code == MessageCode::WalkSuggestTooShort );
  const std::string advised = tooShort.error().args.at( 2 ).text;
  options.maxLength = std::stod( advised );
  auto works = suggestRoute( *project, options );
  REQUIRE( works.ok() );
  CHECK( works->stops.size() >= 2 );
}

// Editing single incidents and observations by hand: validated like an import, screened for personal data,
// one transaction each with the audit log; a refused edit leaves the file as it was; a deleted record comes
// back exactly.

#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "recordedits.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
// Kristinehamn's town centre in SWEREF 99 TM (shared/data/README.md).
constexpr double kEast = 449270, kNorth = 6574920;

std::unique_ptr<ProjectFile> newProject( const TempDir &dir )
{
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  return std::move( project.value() );
}

IncidentRecord graffiti()
{
  IncidentRecord r;
  r.x = kEast;
  r.y = kNorth;
  r.fromUtc = stockholmToUtc( 2025, 3, 1, 21, 30, 0 );
  r.category = "klotter";
  r.organisation = "Gatukontoret";
  r.placeType = "park";
  r.weight = 2;
  r.description = "Klotter på muren vid lekplatsen";
  return r;
}

int64_t count( ProjectFile &p, const std::string &sql )
{
  return p.db().queryInt( sql );
}

std::pair<double, double> storedPoint( ProjectFile &p, const std::string &table, int64_t fid )
{
  Statement s = p.db().prepare( "SELECT geom FROM " + table + " WHERE fid = ?" );
  s.bind( 1, fid );
  REQUIRE( s.step() );
  const auto blob = s.blob( 0 );
  const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
  REQUIRE( point );
  return *point;
}

std::string text( ProjectFile &p, const std::string &sql )
{
  return p.db().queryText( sql, "<null>" );
}

EditOptions byTester()
{
  EditOptions options;
  options.actor = "tester";
  return options;
}
} // namespace

TEST_CASE( "an incident entered by hand is stored where and when it happened, as source manual, and logged",
           "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  IncidentRecord record = graffiti();

  SECTION( "an instant" )
  {
    auto fid = edits.insertIncident( record, byTester() );
    REQUIRE( fid.ok() );
    const std::string where = " FROM incidents WHERE fid = " + std::to_string( *fid );
    const auto point = storedPoint( *p, "incidents", *fid );
    CHECK( point.first == kEast );
    CHECK( point.second == kNorth );
    // 21:30 in Stockholm in March is 20:30 UTC, stored in the GeoPackage DATETIME form.
    CHECK( text( *p, "SELECT occurred_from" + where ) == "2025-03-01T20:30:00.000Z" );
    CHECK( text( *p, "SELECT occurred_until" + where ) == "<null>" );
    CHECK( text( *p, "SELECT category || '|' || organisation || '|' || place_type || '|' || weight || '|' || "
                     "source" +
                       where ) == "klotter|Gatukontoret|park|2.0|manual" );
    CHECK( text( *p, "SELECT description" + where ) == record.description );
    CHECK( text( *p, "SELECT screening_flags" + where ) == "<null>" );
    CHECK( parseUtcIso( text( *p, "SELECT created_at" + where ) ).has_value() );
    CHECK( text( *p, "SELECT created_at = updated_at" + where ) == "1" );
    // A new organisation joins the project's list, as in an import.
    CHECK( count( *p, "SELECT count(*) FROM organisations WHERE name = 'Gatukontoret'" ) == 1 );
    CHECK( count( *p, "SELECT count(*) FROM audit_log WHERE action = 'add' AND table_name = 'incidents' AND "
                      "actor = 'tester' AND details LIKE 'fid " +
                        std::to_string( *fid ) + " %'" ) == 1 );
    // The R-tree the GeoPackage keeps for the layer knows the point (QGIS finds it by extent).
    CHECK( count( *p, "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + std::to_string( *fid ) ) ==
           1 );
  }
  SECTION( "an interval, for an event found afterwards" )
  {
    record.untilUtc = stockholmToUtc( 2025, 3, 3, 7, 0, 0 );
    auto fid = edits.insertIncident( record, byTester() );
    REQUIRE( fid.ok() );
    CHECK( text( *p, "SELECT occurred_until FROM incidents WHERE fid = " + std::to_string( *fid ) ) ==
           "2025-03-03T06:00:00.000Z" );
  }
}

TEST_CASE( "an incident that is not valid is refused with a reason and the file is left unchanged",
           "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  REQUIRE( edits.insertIncident( graffiti(), byTester() ).ok() );
  const std::string before = testutil::readFile( p->path() );
  IncidentRecord record = graffiti();
  std::string expected;

  SECTION( "unknown category" )
  {
    record.category = "sprayfarg";
    expected = "'sprayfarg' is not one of the project's categories";
  }
  SECTION( "no category" )
  {
    record.category.clear();
    expected = "no category";
  }
  SECTION( "an interval that ends before it starts" )
  {
    record.untilUtc = record.fromUtc - 3600;
    expected = "The end 2025-03-01 20:30 is before the start 2025-03-01 21:30";
  }
  SECTION( "a time in the future" )
  {
    record.fromUtc = parseUtcIso( utcNowIso() ).value() + 3 * 86400;
    expected = "is in the future";
  }
  SECTION( "coordinates outside Sweden (WGS 84 degrees typed as SWEREF 99 TM)" )
  {
    record.x = 14.1089;
    record.y = 59.3101;
    expected = "outside Sweden";
  }
  SECTION( "a negative count" )
  {
    record.weight = -1;
    expected = "not a number of zero or more";
  }
  SECTION( "an unknown place type" )
  {
    record.placeType = "rymdstation";
    expected = "'rymdstation' is not one of the project's place types";
  }
  auto result = edits.insertIncident( record, byTester() );
  REQUIRE_FALSE( result.ok() );
  CHECK_THAT( result.error().text(), Catch::Contains( expected ) );
  auto update = edits.updateIncident( 1, record, byTester() );
  REQUIRE_FALSE( update.ok() );
  CHECK_THAT( update.error().text(), Catch::Contains( expected ) );
  CHECK( testutil::readFile( p->path() ) == before );
}

TEST_CASE( "personal data typed into a description is replaced and the row flagged, unless kept on purpose",
           "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  IncidentRecord record = graffiti();
  // 811218-9876 has a valid check digit.
  record.description = "Bråk utanför porten, ring 070-123 45 67, 811218-9876 nämndes";
  EditOptions options = byTester();
  SECTION( "redacted by default" )
  {
    auto fid = edits.insertIncident( record, options );
    REQUIRE( fid.ok() );
    const std::string description =
      text( *p, "SELECT description FROM incidents WHERE fid = " + std::to_string( *fid ) );
    CHECK( description.find( "811218-9876" ) == std::string::npos );
    CHECK( description.find( "070-123 45 67" ) == std::string::npos );
    CHECK( description.find( "Bråk utanför porten" ) != std::string::npos );
    CHECK( text( *p, "SELECT screening_flags FROM incidents WHERE fid = " + std::to_string( *fid ) ) ==
           "personnummer,phone" );
  }
  SECTION( "kept when the user insists, and flagged" )
  {
    options.keepPersonalData = true;
    auto fid = edits.insertIncident( record, options );
    REQUIRE( fid.ok() );
    CHECK( text( *p, "SELECT description FROM incidents WHERE fid = " + std::to_string( *fid ) ) ==
           record.description );
    CHECK( text( *p, "SELECT screening_flags FROM incidents WHERE fid = " + std::to_string( *fid ) ) ==
           "personnummer,phone" );
  }
  SECTION( "an observation's note and proposed action are screened together" )
  {
    ObservationRecord observation;
    observation.x = kEast;
    observation.y = kNorth;
    observation.note = "Mörkt, kontakta ola@example.se";
    observation.proposedAction = "Bilen ABC 123 står alltid här";
    auto fid = edits.insertObservation( observation, options );
    REQUIRE( fid.ok() );
    const std::string where = " FROM observations WHERE fid = " + std::to_string( *fid );
    CHECK( text( *p, "SELECT note" + where ).find( "ola@example.se" ) == std::string::npos );
    CHECK( text( *p, "SELECT proposed_action" + where ).find( "ABC 123" ) == std::string::npos );
    CHECK( text( *p, "SELECT screening_flags" + where ) == "email,car_registration" );
  }
}

TEST_CASE( "an observation by hand belongs to a walk and a checklist item that exist, rated 0 to 3",
           "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  p->db().exec( "INSERT INTO safety_walks (name, walk_date) VALUES ('Centrum i mörker', '2025-02-12')" );
  const int64_t walk = p->db().lastInsertId();
  RecordEdits edits( p->db() );
  ObservationRecord r;
  r.x = kEast + 50;
  r.y = kNorth - 20;
  r.walkId = walk;
  r.checklistItem = "belysning";
  r.rating = 1;
  r.positive = false;
  r.note = "Trasig gatlampa vid gångtunneln";
  r.observedUtc = stockholmToUtc( 2025, 2, 12, 19, 15, 0 );

  auto fid = edits.insertObservation( r, byTester() );
  REQUIRE( fid.ok() );
  auto back = edits.readObservation( *fid );
  REQUIRE( back.ok() );
  CHECK( back->walkId == walk );
  CHECK( back->checklistItem == "belysning" );
  CHECK( back->rating == 1 );
  CHECK( back->positive == false );
  CHECK( back->note == r.note );
  CHECK( back->observedUtc == r.observedUtc );
  CHECK( back->x == r.x );

  const std::string before = testutil::readFile( p->path() );
  ObservationRecord bad = r;
  std::string expected;
  SECTION( "a rating of 4" )
  {
    bad.rating = 4;
    expected = "The rating 4 is not 0, 1, 2 or 3";
  }
  SECTION( "a walk that does not exist" )
  {
    bad.walkId = walk + 100;
    expected = "no safety walk with fid";
  }
  SECTION( "an unknown checklist item" )
  {
    bad.checklistItem = "glass";
    expected = "'glass' is not one of the project's checklist items";
  }
  auto refused = edits.insertObservation( bad, byTester() );
  REQUIRE_FALSE( refused.ok() );
  CHECK_THAT( refused.error().text(), Catch::Contains( expected ) );
  CHECK( testutil::readFile( p->path() ) == before );
}

TEST_CASE( "updating an incident changes what was edited and keeps where it came from", "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  // An imported police report, with provenance the form does not show.
  p->db().exec( "INSERT INTO import_batches (file_name, content_sha256, kind, imported_at) VALUES "
                "('polis.csv', 'abc', 'incidents', '2025-01-01T00:00:00.000Z')" );
  RecordEdits edits( p->db() );
  IncidentRecord imported = graffiti();
  imported.description = "Ring [telefonnummer]";
  auto fid = edits.insertIncident( imported, byTester() );
  REQUIRE( fid.ok() );
  const std::string where = " FROM incidents WHERE fid = " + std::to_string( *fid );
  p->db().exec( "UPDATE incidents SET source = 'police', batch_id = 1, source_row = 7, extra_attributes = "
                "'{\"diarienr\":\"5000-K1\"}', screening_flags = 'phone', created_at = "
                "'2025-01-01T00:00:00.000Z', updated_at = '2025-01-01T00:00:00.000Z' WHERE fid = " +
                std::to_string( *fid ) );

  SECTION( "attributes and position" )
  {
    IncidentRecord changed = *edits.readIncident( *fid );
    changed.category = "glaskross";
    changed.x += 120;
    changed.untilUtc = changed.fromUtc + 7200;
    changed.weight = 3;
    REQUIRE( edits.updateIncident( *fid, changed, byTester() ).ok() );
    const auto point = storedPoint( *p, "incidents", *fid );
    CHECK( point.first == kEast + 120 );
    CHECK( text( *p, "SELECT category || '|' || weight || '|' || occurred_until" + where ) ==
           "glaskross|3.0|2025-03-01T22:30:00.000Z" );
    CHECK(
      text( *p, "SELECT source || '|' || batch_id || '|' || source_row || '|' || extra_attributes || '|' "
                "|| created_at" +
                  where ) == "police|1|7|{\"diarienr\":\"5000-K1\"}|2025-01-01T00:00:00.000Z" );
    CHECK( text( *p, "SELECT updated_at > created_at" + where ) == "1" );
    // The description did not change: its flag from the import stays.
    CHECK( text( *p, "SELECT screening_flags" + where ) == "phone" );
    CHECK( count( *p, "SELECT count(*) FROM audit_log WHERE action = 'edit'" ) == 1 );
  }
  SECTION( "a new description is screened afresh" )
  {
    IncidentRecord changed = *edits.readIncident( *fid );
    changed.description = "Krossad ruta i entrén";
    REQUIRE( edits.updateIncident( *fid, changed, byTester() ).ok() );
    CHECK( text( *p, "SELECT screening_flags" + where ) == "<null>" );
    changed.description = "Anmält av 811218-9876";
    REQUIRE( edits.updateIncident( *fid, changed, byTester() ).ok() );
    CHECK( text( *p, "SELECT description" + where ) == "Anmält av [personnummer]" );
    CHECK( text( *p, "SELECT screening_flags" + where ) == "personnummer" );
  }
  SECTION( "an incident that no longer exists" )
  {
    const std::string before = testutil::readFile( p->path() );
    auto result = edits.updateIncident( *fid + 1, graffiti(), byTester() );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "no incident with fid" ) );
    CHECK( testutil::readFile( p->path() ) == before );
  }
}

TEST_CASE( "a multi-edit sets only the fields given on every incident listed", "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  std::vector<int64_t> fids;
  const char *categories[] = { "klotter", "glaskross", "brand", "stold" };
  for ( int i = 0; i < 4; ++i )
  {
    IncidentRecord r = graffiti();
    r.category = categories[i];
    r.x += i * 10;
    r.weight = i + 1;
    r.placeType = i % 2 ? "skola" : "park";
    auto fid = edits.insertIncident( r, byTester() );
    REQUIRE( fid.ok() );
    fids.push_back( *fid );
  }
  IncidentChanges changes;
  changes.organisation = "Bostadsbolaget";
  REQUIRE( edits.updateIncidents( { fids[0], fids[1], fids[2] }, changes, byTester() ).ok() );
  CHECK( count( *p, "SELECT count(*) FROM incidents WHERE organisation = 'Bostadsbolaget'" ) == 3 );
  // Everything else as it was, and the fourth incident untouched.
  CHECK( text( *p, "SELECT group_concat(category || ':' || place_type || ':' || weight, ' ') FROM (SELECT * "
                   "FROM incidents ORDER BY fid)" ) == "klotter:park:1.0 glaskross:skola:2.0 brand:park:3.0 "
                                                       "stold:skola:4.0" );
  CHECK( text( *p, "SELECT organisation FROM incidents WHERE fid = " + std::to_string( fids[3] ) ) ==
         "Gatukontoret" );

  SECTION( "clearing a place type and refusing an unknown category" )
  {
    IncidentChanges clear;
    clear.placeType = "";
    REQUIRE( edits.updateIncidents( { fids[0], fids[1] }, clear, byTester() ).ok() );
    CHECK( count( *p, "SELECT count(*) FROM incidents WHERE place_type IS NULL" ) == 2 );
    const std::string before = testutil::readFile( p->path() );
    IncidentChanges bad;
    bad.category = "okand";
    bad.weight = 5;
    auto refused = edits.updateIncidents( fids, bad, byTester() );
    REQUIRE_FALSE( refused.ok() );
    CHECK_THAT( refused.error().text(), Catch::Contains( "'okand'" ) );
    CHECK( testutil::readFile( p->path() ) == before );
  }
}

TEST_CASE( "moving records changes their position only, and not out of Sweden", "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  auto incident = edits.insertIncident( graffiti(), byTester() );
  ObservationRecord o;
  o.x = kEast;
  o.y = kNorth;
  auto observation = edits.insertObservation( o, byTester() );
  REQUIRE( incident.ok() );
  REQUIRE( observation.ok() );
  auto before = edits.snapshots( { { RecordTable::Incidents, *incident } } );
  REQUIRE( before.ok() );

  REQUIRE( edits
             .move( { { { RecordTable::Incidents, *incident }, kEast + 25, kNorth + 40 },
                      { { RecordTable::Observations, *observation }, kEast - 5, kNorth } },
                    byTester() )
             .ok() );
  CHECK( storedPoint( *p, "incidents", *incident ) == std::make_pair( kEast + 25, kNorth + 40 ) );
  CHECK( storedPoint( *p, "observations", *observation ) == std::make_pair( kEast - 5, kNorth ) );
  CHECK( count( *p, "SELECT count(*) FROM audit_log WHERE action = 'move'" ) == 2 );
  auto after = edits.snapshots( { { RecordTable::Incidents, *incident } } );
  REQUIRE( after.ok() );
  // Nothing but the position and the time of change differs.
  for ( size_t i = 0; i < after->front().columns.size(); ++i )
  {
    const std::string &column = after->front().columns[i];
    if ( column != "geom" && column != "updated_at" )
      CHECK( after->front().values[i] == before->front().values[i] );
  }

  const std::string file = testutil::readFile( p->path() );
  auto refused = edits.move( { { { RecordTable::Incidents, *incident }, 0, 0 } }, byTester() );
  REQUIRE_FALSE( refused.ok() );
  CHECK_THAT( refused.error().text(), Catch::Contains( "outside Sweden" ) );
  CHECK( testutil::readFile( p->path() ) == file );
}

TEST_CASE( "a deleted record is restored with its fid and every value as it was", "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  IncidentRecord r = graffiti();
  r.description = "Ring 070-123 45 67";
  r.untilUtc = r.fromUtc + 600;
  auto first = edits.insertIncident( r, byTester() );
  auto second = edits.insertIncident( graffiti(), byTester() );
  ObservationRecord o;
  o.x = kEast;
  o.y = kNorth;
  o.rating = 0;
  auto observation = edits.insertObservation( o, byTester() );
  REQUIRE( first.ok() );
  REQUIRE( second.ok() );
  REQUIRE( observation.ok() );
  const std::vector<RecordId> ids = { { RecordTable::Incidents, *first },
                                      { RecordTable::Observations, *observation } };
  auto original = edits.snapshots( ids );
  REQUIRE( original.ok() );

  auto removed = edits.remove( ids, byTester() );
  REQUIRE( removed.ok() );
  CHECK( *removed == *original );
  CHECK( count( *p, "SELECT count(*) FROM incidents" ) == 1 );
  CHECK( count( *p, "SELECT count(*) FROM observations" ) == 0 );
  CHECK( count( *p, "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + std::to_string( *first ) ) ==
         0 );
  CHECK( count( *p, "SELECT count(*) FROM audit_log WHERE action = 'delete'" ) == 2 );

  REQUIRE( edits.restore( *removed, byTester() ).ok() );
  auto back = edits.snapshots( ids );
  REQUIRE( back.ok() );
  CHECK( *back == *original );
  CHECK( count( *p, "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + std::to_string( *first ) ) ==
         1 );
  CHECK( count( *p, "SELECT count(*) FROM audit_log WHERE action = 'restore'" ) == 2 );

  SECTION( "a record cannot be restored over one that exists" )
  {
    const std::string file = testutil::readFile( p->path() );
    auto again = edits.restore( *removed, byTester() );
    REQUIRE_FALSE( again.ok() );
    CHECK_THAT( again.error().text(), Catch::Contains( "exists already" ) );
    CHECK( testutil::readFile( p->path() ) == file );
  }
  SECTION( "deleting a record that is not there changes nothing" )
  {
    const std::string file = testutil::readFile( p->path() );
    auto missing =
      edits.remove( { { RecordTable::Incidents, *second }, { RecordTable::Incidents, 999 } }, byTester() );
    REQUIRE_FALSE( missing.ok() );
    CHECK_THAT( missing.error().text(), Catch::Contains( "fid 999" ) );
    CHECK( testutil::readFile( p->path() ) == file );
  }
}

TEST_CASE( "replacing records with an earlier snapshot undoes an update exactly", "[edits]" )
{
  TempDir dir;
  auto p = newProject( dir );
  RecordEdits edits( p->db() );
  auto fid = edits.insertIncident( graffiti(), byTester() );
  REQUIRE( fid.ok() );
  const std::vector<RecordId> ids = { { RecordTable::Incidents, *fid } };
  auto before = edits.snapshots( ids );
  REQUIRE( before.ok() );
  IncidentRecord changed = graffiti();
  changed.category = "brand";
  changed.y += 300;
  REQUIRE( edits.updateIncident( *fid, changed, byTester() ).ok() );
  auto after = edits.snapshots( ids );
  REQUIRE( after.ok() );
  REQUIRE_FALSE( *after == *before );

  REQUIRE( edits.replace( *before, byTester() ).ok() );
  CHECK( *edits.snapshots( ids ) == *before );
  CHECK( storedPoint( *p, "incidents", *fid ).second == kNorth );
  REQUIRE( edits.replace( *after, byTester() ).ok() );
  CHECK( *edits.snapshots( ids ) == *after );
  CHECK( after->front().position() == std::make_pair( kEast, kNorth + 300 ) );
}

TEST_CASE(
  "an observation placed far from its walk's route is stored and said, near it or without a route not",
  "[edits][walks]" )
{
  TempDir dir;
  auto p = newProject( dir );
  WalkStore walks( p->db() );
  Walk walk;
  walk.name = "Centrum i mörker";
  walk.date = "2025-02-12";
  auto walkId = walks.create( walk );
  REQUIRE( walkId.ok() );
  // An L: 400 m east along the street, then 300 m north.
  REQUIRE( walks
             .setRoute( *walkId,
                        { { kEast, kNorth }, { kEast + 400, kNorth }, { kEast + 400, kNorth + 300 } },
                        "drawn" )
             .ok() );
  Walk unrouted;
  unrouted.name = "Stationen";
  auto unroutedId = walks.create( unrouted );
  REQUIRE( unroutedId.ok() );

  auto distance = [&]( double x, double y )
  { return distanceToWalkRoute( p->db(), *walkId, x, y ).value_or( -1 ); };
  CHECK( distance( kEast + 200, kNorth + 100 ) == Approx( 100 ) );
  // The nearest part of the route counts: 250 m from the first leg, 200 m from the second.
  CHECK( distance( kEast + 200, kNorth + 250 ) == Approx( 200 ) );
  // Past the end, the distance to the end point.
  CHECK( distance( kEast + 700, kNorth + 400 ) == Approx( std::hypot( 300.0, 100.0 ) ) );
  CHECK_FALSE( distanceToWalkRoute( p->db(), *unroutedId, kEast, kNorth ) );
  CHECK_FALSE( distanceToWalkRoute( p->db(), *walkId + 100, kEast, kNorth ) );

  RecordEdits edits( p->db() );
  ObservationRecord r;
  r.walkId = *walkId;
  r.checklistItem = "belysning";
  r.rating = 1;
  auto at = [&r]( double x, double y )
  {
    ObservationRecord placed = r;
    placed.x = x;
    placed.y = y;
    return placed;
  };

  // Near the route, and exactly at the tolerance: nothing said.
  REQUIRE( edits.insertObservation( at( kEast + 200, kNorth + 100 ), byTester() ).ok() );
  CHECK( edits.warnings().empty() );
  REQUIRE( edits.insertObservation( at( kEast + 200, kNorth - kObservationRouteToleranceMeters ), byTester() )
             .ok() );
  CHECK( edits.warnings().empty() );

  // Far: stored all the same, and said with the distance and the tolerance.
  const int64_t before = count( *p, "SELECT count(*) FROM observations" );
  auto far = edits.insertObservation( at( kEast + 200, kNorth + 250 ), byTester() );
  REQUIRE( far.ok() );
  CHECK( count( *p, "SELECT count(*) FROM observations" ) == before + 1 );
  REQUIRE( edits.warnings().size() == 1 );
  CHECK( edits.warnings().front().code == MessageCode::WalkObservationFarFromRoute );
  CHECK_THAT( edits.warnings().front().text(), Catch::Contains( "200 m" ) && Catch::Contains( "150 m" ) );
  auto justPast =
    edits.insertObservation( at( kEast + 200, kNorth - kObservationRouteToleranceMeters - 1 ), byTester() );
  REQUIRE( justPast.ok() );
  REQUIRE( edits.warnings().size() == 1 );
  CHECK_THAT( edits.warnings().front().text(), Catch::Contains( "151 m" ) );

  // A refused call says nothing of the one before.
  ObservationRecord bad = at( kEast + 200, kNorth + 250 );
  bad.rating = 4;
  REQUIRE_FALSE( edits.insertObservation( bad, byTester() ).ok() );
  CHECK( edits.warnings().empty() );

  // Without a walk, or on a walk without a route, there is nothing to compare with.
  ObservationRecord loose = at( kEast + 2000, kNorth + 2000 );
  loose.walkId.reset();
  REQUIRE( edits.insertObservation( loose, byTester() ).ok() );
  CHECK( edits.warnings().empty() );
  loose.walkId = *unroutedId;
  REQUIRE( edits.insertObservation( loose, byTester() ).ok() );
  CHECK( edits.warnings().empty() );

  SECTION( "an update says it when the place or the walk changes, not for a new note" )
  {
    ObservationRecord edited = *edits.readObservation( *far );
    edited.note = "Lampan lyser inte";
    REQUIRE( edits.updateObservation( *far, edited, byTester() ).ok() );
    CHECK( edits.warnings().empty() );
    edited.x = kEast + 700;
    edited.y = kNorth + 400;
    REQUIRE( edits.updateObservation( *far, edited, byTester() ).ok() );
    REQUIRE( edits.warnings().size() == 1 );
    CHECK_THAT( edits.warnings().front().text(), Catch::Contains( "316 m" ) );
    edited.walkId = *unroutedId;
    REQUIRE( edits.updateObservation( *far, edited, byTester() ).ok() );
    CHECK( edits.warnings().empty() );
    edited.walkId = *walkId; // back on the routed walk, still far
    REQUIRE( edits.updateObservation( *far, edited, byTester() ).ok() );
    CHECK( edits.warnings().size() == 1 );
  }
  SECTION( "a move says it for each observation it takes far from its route" )
  {
    const int64_t near = *edits.insertObservation( at( kEast + 10, kNorth + 10 ), byTester() );
    REQUIRE( edits
               .move( { { { RecordTable::Observations, near }, kEast - 500, kNorth },
                        { { RecordTable::Observations, *far }, kEast + 390, kNorth + 150 } },
                      byTester() )
               .ok() );
    REQUIRE( edits.warnings().size() == 1 );
    CHECK_THAT( edits.warnings().front().text(), Catch::Contains( "500 m" ) );
    CHECK( storedPoint( *p, "observations", near ).first == kEast - 500 );
    REQUIRE(
      edits.move( { { { RecordTable::Observations, near }, kEast + 10, kNorth + 20 } }, byTester() ).ok() );
    CHECK( edits.warnings().empty() );
  }
}

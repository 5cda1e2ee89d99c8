// The citizen promise (medborgarlöfte): promises, activities and links stored with the audit log, every
// refusal leaving the tables as they were, the yearly follow-up's counts (walks and actions done, incidents
// in the activity's area by category group this year against the year before) checked against counts made
// here from what the test put in, and the public variant (plain Swedish, no internal note, no count below k).

#include "testrandom.h"
#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "promises.h"
#include "stockholmzone.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{

struct Square
{
  double west, south, side;
  bool contains( double x, double y ) const
  {
    return x >= west && x < west + side && y >= south && y < south + side;
  }
};

const Square kCentrum{ 450000, 6580000, 1000 };

int64_t addArea( ProjectFile &project, const std::string &name, const Square &square )
{
  OGRPolygon polygon;
  OGRLinearRing ring;
  ring.addPoint( square.west, square.south );
  ring.addPoint( square.west + square.side, square.south );
  ring.addPoint( square.west + square.side, square.south + square.side );
  ring.addPoint( square.west, square.south + square.side );
  ring.closeRings();
  polygon.addRing( &ring );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob = encodeGpkgWkb(
    3006, wkb, Envelope{ square.west, square.south, square.west + square.side, square.south + square.side } );
  Statement s = project.db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, ?, 'est_area')" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, name );
  s.run();
  return project.db().lastInsertId();
}

void addIncident( ProjectFile &project, double x, double y, int year, int month, int day,
                  const std::string &category )
{
  const auto blob = encodeGpkgPoint( 3006, x, y );
  Statement s = project.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, "
                                      "created_at, updated_at) VALUES (?, ?, ?, 'est', ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, formatUtcIso( stockholmToUtc( year, month, day, 12, 0, 0 ) ) ).bind( 3, category );
  s.bind( 4, "2026-01-01T00:00:00.000Z" ).bind( 5, "2026-01-01T00:00:00.000Z" );
  s.run();
}

int64_t addAction( ProjectFile &project, const std::string &title, const std::string &status,
                   const std::string &doneDate )
{
  Statement s = project.db().prepare( "INSERT INTO actions (title, status, done_date, kind, created_at, "
                                      "updated_at) VALUES (?, ?, ?, 'patrols', '2026-01-01', '2026-01-01')" );
  s.bind( 1, title ).bind( 2, status ).bindTextOrNull( 3, doneDate );
  s.run();
  return project.db().lastInsertId();
}

int64_t addWalk( ProjectFile &project, const std::string &name, const std::string &date,
                 const std::string &status )
{
  Walk walk;
  walk.name = name;
  walk.date = date;
  walk.status = status;
  auto fid = WalkStore( project.db() ).create( walk );
  REQUIRE( fid.ok() );
  return *fid;
}

//! Every row of the promise tables and the audit log, as text: what a refusal must leave unchanged.
std::string snapshot( ProjectFile &project )
{
  std::string all;
  for ( const char *table : { "citizen_promises", "promise_activities", "promise_links", "audit_log" } )
  {
    Statement s = project.db().prepare( std::string( "SELECT * FROM " ) + table + " ORDER BY 1" );
    all += std::string( table ) + ":";
    while ( s.step() )
    {
      for ( int c = 0; c < s.columnCount(); ++c )
        all += s.text( c ) + "|";
      all += "\n";
    }
  }
  return all;
}

int64_t count( ProjectFile &project, const std::string &sql )
{
  return project.db().queryInt( sql, -1 );
}

PromiseWriteOptions fixedToday()
{
  PromiseWriteOptions options;
  options.today = "2026-11-20";
  options.actor = "test";
  return options;
}

} // namespace

TEST_CASE( "a citizen promise with its activities and links is stored, read back and audited", "[promises]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  const int64_t centrum = addArea( p, "Centrum", kCentrum );
  PromiseStore store( p.db() );
  const int64_t auditBefore = count( p, "SELECT count(*) FROM audit_log" );

  CitizenPromise promise;
  promise.year = 2026;
  promise.title = "Tryggare Centrum";
  promise.signedDate = "2026-02-10";
  promise.signedByPolice = "lokalpolisområdeschef";
  promise.signedByMunicipality = "Kommunstyrelsens ordförande";
  promise.summary = "Polisen och kommunen lovar gemensamma insatser i Centrum.";
  auto promiseId = store.create( promise, fixedToday() );
  REQUIRE( promiseId.ok() );

  PromiseActivity walks;
  walks.promiseId = *promiseId;
  walks.title = "Trygghetsvandringar i Centrum";
  walks.kind = "safety_walk";
  walks.owner = "both";
  walks.plannedCount = 4;
  walks.plannedFrom = "2026-03-01";
  walks.plannedUntil = "2026-10-31";
  walks.areaId = centrum;
  walks.note = "Bjud in fastighetsägarna";
  auto walksId = store.addActivity( walks, fixedToday() );
  REQUIRE( walksId.ok() );
  const int64_t walk = addWalk( p, "Vandring mars", "2026-03-12", "done" );
  REQUIRE( store.linkWalk( *walksId, walk, {}, fixedToday() ).ok() );
  const int64_t action = addAction( p, "Patrull fredagar", "in_progress", "" );
  REQUIRE( store.linkAction( *walksId, action, {}, fixedToday() ).ok() );

  auto loaded = store.load( *promiseId );
  REQUIRE( loaded.ok() );
  CHECK( loaded->year == 2026 );
  CHECK( loaded->title == promise.title );
  CHECK( loaded->signedByMunicipality == promise.signedByMunicipality );
  auto activity = store.loadActivity( *walksId );
  REQUIRE( activity.ok() );
  CHECK( activity->plannedCount == 4 );
  CHECK( activity->areaName == "Centrum" );
  CHECK( activity->note == walks.note );
  auto links = store.links( *walksId );
  REQUIRE( links.ok() );
  REQUIRE( links->size() == 2 );
  CHECK( ( *links )[0].walkId == walk );
  CHECK( ( *links )[0].date == "2026-03-12" );
  CHECK( ( *links )[1].actionId == action );
  // One audit row per write: the promise, the activity, two links (and the walk's own).
  CHECK( count( p, "SELECT count(*) FROM audit_log" ) - auditBefore == 5 );
  CHECK( count( p, "SELECT count(*) FROM audit_log WHERE table_name = 'promise_links'" ) == 2 );

  // Status and unlinking.
  REQUIRE( store.setActivityStatus( *walksId, "in_progress", {}, fixedToday() ).ok() );
  CHECK( store.loadActivity( *walksId )->status == "in_progress" );
  REQUIRE( store.unlinkAction( *walksId, action, fixedToday() ).ok() );
  CHECK( store.links( *walksId )->size() == 1 );

  // Removing the promise removes its activities and links, never the walk.
  REQUIRE( store.remove( *promiseId, fixedToday() ).ok() );
  CHECK( count( p, "SELECT count(*) FROM promise_activities" ) == 0 );
  CHECK( count( p, "SELECT count(*) FROM promise_links" ) == 0 );
  CHECK( count( p, "SELECT count(*) FROM safety_walks" ) == 1 );
}

TEST_CASE( "every refusal names the reason and leaves the promise tables and the audit log unchanged",
           "[promises]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  PromiseStore store( p.db() );
  CitizenPromise promise;
  promise.year = 2026;
  promise.title = "Tryggare Centrum";
  auto promiseId = store.create( promise, fixedToday() );
  REQUIRE( promiseId.ok() );
  PromiseActivity activity;
  activity.promiseId = *promiseId;
  activity.title = "Informationsmöten";
  activity.kind = "information_meeting";
  activity.owner = "police";
  auto activityId = store.addActivity( activity, fixedToday() );
  REQUIRE( activityId.ok() );
  const int64_t walk = addWalk( p, "Vandring", "2026-04-01", "done" );
  const int64_t action = addAction( p, "Belysning", "done", "2026-05-01" );
  REQUIRE( store.linkWalk( *activityId, walk, {}, fixedToday() ).ok() );
  REQUIRE( store.linkAction( *activityId, action, {}, fixedToday() ).ok() );
  const std::string before = snapshot( p );

  const auto refusedPromise = [&]( CitizenPromise changed, MessageCode code )
  {
    auto created = store.create( changed, fixedToday() );
    REQUIRE_FALSE( created.ok() );
    CHECK( created.error().code == code );
    CHECK( snapshot( p ) == before );
    if ( code == MessageCode::PromiseDuplicate ) // the same promise may keep its own year and title
      return;
    changed.fid = *promiseId;
    auto updated = store.update( changed, fixedToday() );
    REQUIRE_FALSE( updated.ok() );
    CHECK( updated.error().code == code );
    CHECK( snapshot( p ) == before );
  };
  CitizenPromise bad = promise;
  bad.year = 1999;
  refusedPromise( bad, MessageCode::PromiseBadYear );
  bad.year = 2101;
  refusedPromise( bad, MessageCode::PromiseBadYear );
  bad = promise;
  bad.title = "  ";
  refusedPromise( bad, MessageCode::PromiseTitleRequired );
  bad = promise;
  refusedPromise( bad, MessageCode::PromiseDuplicate );
  bad.title = "Annat";
  bad.signedDate = "2026-02-30";
  refusedPromise( bad, MessageCode::PromiseBadDate );
  bad.signedDate.clear();
  bad.signedByPolice = "Anna Svensson";
  refusedPromise( bad, MessageCode::PromiseSignatoryName );

  const auto refusedActivity = [&]( PromiseActivity changed, MessageCode code )
  {
    auto added = store.addActivity( changed, fixedToday() );
    REQUIRE_FALSE( added.ok() );
    CHECK( added.error().code == code );
    changed.fid = *activityId;
    auto updated = store.updateActivity( changed, fixedToday() );
    REQUIRE_FALSE( updated.ok() );
    CHECK( updated.error().code == code );
    CHECK( snapshot( p ) == before );
  };
  PromiseActivity a = activity;
  a.title.clear();
  refusedActivity( a, MessageCode::PromiseActivityTitleRequired );
  a = activity;
  a.plannedFrom = "2026-06-01";
  a.plannedUntil = "2026-05-31";
  refusedActivity( a, MessageCode::PromiseActivityUntilBeforeFrom );
  a = activity;
  a.doneDate = "2026-05-01";
  refusedActivity( a, MessageCode::PromiseActivityDoneDateNotDone );
  a = activity;
  a.status = "done";
  refusedActivity( a, MessageCode::PromiseActivityDoneWithoutDate );
  a.doneDate = "2026-12-01"; // after today (2026-11-20)
  refusedActivity( a, MessageCode::PromiseActivityDoneInFuture );
  a = activity;
  a.kind = "picnic";
  refusedActivity( a, MessageCode::PromiseActivityBadKind );
  a = activity;
  a.owner = "region";
  refusedActivity( a, MessageCode::PromiseActivityBadOwner );
  a = activity;
  a.status = "finished";
  refusedActivity( a, MessageCode::PromiseActivityBadStatus );
  a = activity;
  a.plannedCount = 0;
  refusedActivity( a, MessageCode::PromiseActivityBadCount );
  a = activity;
  a.areaId = 999;
  refusedActivity( a, MessageCode::PromiseUnknownArea );
  a = activity;
  a.promiseId = 999;
  refusedActivity( a, MessageCode::PromiseNotFound );

  const auto refused = [&]( const auto &result, MessageCode code )
  {
    REQUIRE_FALSE( result.ok() );
    CHECK( result.error().code == code );
    CHECK( snapshot( p ) == before );
  };
  refused( store.linkWalk( *activityId, walk, {}, fixedToday() ), MessageCode::PromiseWalkLinkedAlready );
  refused( store.linkAction( *activityId, action, {}, fixedToday() ),
           MessageCode::PromiseActionLinkedAlready );
  refused( store.linkWalk( *activityId, 999, {}, fixedToday() ), MessageCode::WalkNotFound );
  refused( store.linkAction( *activityId, 999, {}, fixedToday() ), MessageCode::PromiseUnknownAction );
  refused( store.linkWalk( 999, walk, {}, fixedToday() ), MessageCode::PromiseActivityNotFound );
  refused( store.unlinkWalk( *activityId, walk + 1, fixedToday() ), MessageCode::PromiseWalkNotLinked );
  refused( store.unlinkAction( *activityId, action + 1, fixedToday() ), MessageCode::PromiseActionNotLinked );
  refused( store.setActivityStatus( *activityId, "done", {}, fixedToday() ),
           MessageCode::PromiseActivityDoneWithoutDate );
  refused( store.setActivityStatus( *activityId, "planned", "2026-03-01", fixedToday() ),
           MessageCode::PromiseActivityDoneDateNotDone );
  refused( store.setActivityStatus( 999, "planned", {}, fixedToday() ),
           MessageCode::PromiseActivityNotFound );
  refused( store.remove( 999, fixedToday() ), MessageCode::PromiseNotFound );
  refused( store.removeActivity( 999, fixedToday() ), MessageCode::PromiseActivityNotFound );
  CHECK( store.load( 999 ).error().code == MessageCode::PromiseNotFound );
}

TEST_CASE( "free text of a promise and its activities is screened for personal data", "[promises]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  PromiseStore store( ( *project )->db() );
  CitizenPromise promise;
  promise.year = 2027;
  promise.title = "Löfte 2027";
  promise.summary = "Kontakt 070-123 45 67 eller namn@example.se";
  auto id = store.create( promise );
  REQUIRE( id.ok() );
  const std::string summary = store.load( *id )->summary;
  CHECK( summary.find( "070-123 45 67" ) == std::string::npos );
  CHECK( summary.find( "namn@example.se" ) == std::string::npos );
  PromiseActivity activity;
  activity.promiseId = *id;
  activity.title = "Dialog";
  activity.note = "Ring 070-123 45 67";
  auto activityId = store.addActivity( activity );
  REQUIRE( activityId.ok() );
  CHECK( store.loadActivity( *activityId )->note.find( "070-123 45 67" ) == std::string::npos );
}

TEST_CASE( "the follow-up counts what was done and the place's events by group against counts made here",
           "[promises]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  const int64_t centrum = addArea( p, "Centrum", kCentrum );

  // Incidents: random places in and around Centrum, in 2025 and 2026, random categories.
  std::map<std::string, std::string> groupOf;
  std::vector<std::string> codes;
  for ( const Category &c : p.categories() )
  {
    groupOf[c.code] = c.group;
    codes.push_back( c.code );
  }
  REQUIRE( codes.size() > 3 );
  std::map<std::string, int64_t> expected2026, expected2025;
  testutil::Random random( 7 );
  {
    Transaction transaction( p.db() );
    for ( int i = 0; i < 400; ++i )
    {
      const double x = kCentrum.west - 500 + random.uniform() * 2000;
      const double y = kCentrum.south - 500 + random.uniform() * 2000;
      const int year = random.uniform() < 0.5 ? 2025 : 2026;
      const int month = 1 + static_cast<int>( random.uniform() * 12 );
      const int day = 1 + static_cast<int>( random.uniform() * 28 );
      const std::string category = codes[static_cast<size_t>( random.uniform() * 4 )];
      addIncident( p, x, y, year, month, day, category );
      if ( !kCentrum.contains( x, y ) )
        continue;
      // today is 2026-11-20: this year up to it, last year up to 2025-11-20.
      const bool inRange = month < 11 || ( month == 11 && day <= 20 );
      if ( inRange )
        ( year == 2026 ? expected2026 : expected2025 )[groupOf[category]] += 1;
    }
    transaction.commit();
  }

  PromiseStore store( p.db() );
  CitizenPromise promise;
  promise.year = 2026;
  promise.title = "Tryggare Centrum";
  const int64_t promiseId = *store.create( promise );
  PromiseActivity walks;
  walks.promiseId = promiseId;
  walks.title = "Trygghetsvandringar";
  walks.kind = "safety_walk";
  walks.plannedCount = 4;
  walks.areaId = centrum;
  walks.status = "in_progress";
  const int64_t walksId = *store.addActivity( walks );
  struct PlannedWalk
  {
    const char *date;
    const char *status;
  };
  const std::vector<PlannedWalk> made = { { "2026-10-09", "done" },
                                          { "2026-03-12", "followed_up" },
                                          { "2026-06-04", "done" },
                                          { "2026-11-30", "planned" },
                                          { "2026-05-01", "cancelled" } };
  int doneHere = 0;
  std::vector<std::string> doneDates;
  for ( const PlannedWalk &w : made )
  {
    const int64_t fid = addWalk( p, std::string( "Vandring " ) + w.date, w.date, w.status );
    REQUIRE( store.linkWalk( walksId, fid ).ok() );
    if ( std::string( w.status ) == "done" || std::string( w.status ) == "followed_up" )
    {
      ++doneHere;
      doneDates.push_back( w.date );
    }
  }
  std::sort( doneDates.begin(), doneDates.end() );

  PromiseActivity patrols;
  patrols.promiseId = promiseId;
  patrols.title = "Patrullering fredagskvällar";
  patrols.kind = "patrol";
  patrols.owner = "police";
  patrols.plannedCount = 3;
  const int64_t patrolsId = *store.addActivity( patrols );
  int actionsDone = 0;
  for ( const char *status : { "done", "in_progress", "done", "proposed" } )
  {
    const int64_t fid =
      addAction( p, "Patrull", status, std::string( status ) == "done" ? "2026-09-01" : "" );
    REQUIRE( store.linkAction( patrolsId, fid ).ok() );
    actionsDone += std::string( status ) == "done" ? 1 : 0;
  }

  PromiseActivity meeting;
  meeting.promiseId = promiseId;
  meeting.title = "Medborgardialog i skolan";
  meeting.kind = "dialogue";
  meeting.status = "done";
  meeting.doneDate = "2026-04-15";
  const int64_t meetingId = *store.addActivity( meeting );

  FollowUpOptions options;
  options.today = "2026-11-20";
  auto followUps = buildPromiseFollowUps( p, 2026, options );
  REQUIRE( followUps.ok() );
  REQUIRE( followUps->size() == 1 );
  const PromiseFollowUp &f = followUps->front();
  REQUIRE( f.activities.size() == 3 );
  const ActivityFollowUp &w = f.activities[0];
  CHECK( w.activity.fid == walksId );
  CHECK( w.promised == 4 );
  CHECK( w.done == doneHere );
  CHECK( w.doneDates == doneDates );
  CHECK( w.countText == std::to_string( doneHere ) + " av 4 trygghetsvandringar genomförda" );
  CHECK( w.items.size() == made.size() );
  CHECK( w.plainText ==
         "Vi lovade fyra trygghetsvandringar i Centrum. Vi genomförde tre: 12 mars, 4 juni och 9 oktober." );
  const ActivityFollowUp &pa = f.activities[1];
  CHECK( pa.activity.fid == patrolsId );
  CHECK( pa.done == actionsDone );
  CHECK( pa.countText == std::to_string( actionsDone ) + " av 3 patrulleringar genomförda" );
  const ActivityFollowUp &m = f.activities[2];
  CHECK( m.activity.fid == meetingId );
  CHECK( m.done == 1 );
  CHECK( m.doneDates == std::vector<std::string>{ "2026-04-15" } );
  CHECK( f.activitiesDone == 1 );
  CHECK( f.activitiesInProgress == 1 );
  CHECK( f.activitiesPlanned == 1 );

  REQUIRE( w.figures );
  const FollowUpPlaceFigures &fig = *w.figures;
  CHECK( fig.fromDate == "2026-01-01" );
  CHECK( fig.untilDate == "2026-11-20" );
  CHECK( fig.lastYearUntilDate == "2025-11-20" );
  int64_t total2026 = 0, total2025 = 0;
  std::set<std::string> groupsSeen;
  for ( const auto &e : expected2026 )
    total2026 += e.second, groupsSeen.insert( e.first );
  for ( const auto &e : expected2025 )
    total2025 += e.second, groupsSeen.insert( e.first );
  CHECK( fig.total.value == total2026 );
  CHECK( fig.totalLastYear.value == total2025 );
  CHECK( fig.groups.size() == groupsSeen.size() );
  for ( const FollowUpGroupRow &row : fig.groups )
  {
    INFO( row.code );
    CHECK( row.thisYear.value == ( expected2026.count( row.code ) ? expected2026[row.code] : 0 ) );
    CHECK( row.lastYear.value == ( expected2025.count( row.code ) ? expected2025[row.code] : 0 ) );
    CHECK_FALSE( row.label.empty() );
  }
  CHECK( total2026 > 0 );

  const std::string text = promiseFollowUpText( *followUps, false, 5 );
  CHECK( text.find( w.countText ) != std::string::npos );
  CHECK( buildPromiseFollowUps( p, 2025, options ).error().code == MessageCode::PromiseNoneForYear );
}

TEST_CASE( "the public follow-up is plain Swedish without internal notes or counts below k", "[promises]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  const int64_t centrum = addArea( p, "Centrum", kCentrum );
  std::vector<std::string> codes;
  std::map<std::string, std::string> groupOf;
  for ( const Category &c : p.categories() )
  {
    codes.push_back( c.code );
    groupOf[c.code] = c.group;
  }
  // Two groups: one with 12 events in 2026 and 2 in 2025, one with 3 in 2026 and 9 in 2025.
  std::string big, small;
  for ( const std::string &code : codes )
  {
    if ( big.empty() )
      big = code;
    else if ( small.empty() && groupOf[code] != groupOf[big] )
      small = code;
  }
  REQUIRE_FALSE( small.empty() );
  const auto add = [&]( const std::string &category, int year, int n )
  {
    for ( int i = 0; i < n; ++i )
      addIncident( p, kCentrum.west + 10 + i, kCentrum.south + 10, year, 3, 1 + i, category );
  };
  add( big, 2026, 12 );
  add( big, 2025, 2 );
  add( small, 2026, 3 );
  add( small, 2025, 9 );

  PromiseStore store( p.db() );
  CitizenPromise promise;
  promise.year = 2026;
  promise.title = "Tryggare Centrum";
  const int64_t promiseId = *store.create( promise );
  PromiseActivity activity;
  activity.promiseId = promiseId;
  activity.title = "Informationsmöten";
  activity.kind = "information_meeting";
  activity.plannedCount = 2;
  activity.areaId = centrum;
  activity.note = "INTERN-ANTECKNING";
  activity.status = "done";
  activity.doneDate = "2026-05-05";
  REQUIRE( store.addActivity( activity ).ok() );

  FollowUpOptions options;
  options.today = "2026-12-31";
  options.publicMode = true;
  options.minCount = 5;
  auto followUps = buildPromiseFollowUps( p, 2026, options );
  REQUIRE( followUps.ok() );
  const ActivityFollowUp &a = followUps->front().activities.front();
  CHECK( a.activity.note.empty() );
  CHECK( a.plainText == "Vi lovade två informationsmöten i Centrum. Vi genomförde båda: 5 maj." );
  REQUIRE( a.figures );
  // Every published count is 0 or at least k; the small ones are marked, and a complement hides what the
  // total would give away.
  int suppressed = 0;
  for ( const FollowUpGroupRow &row : a.figures->groups )
    for ( const FollowUpCount *c : { &row.thisYear, &row.lastYear } )
    {
      CHECK( ( c->value == 0 || c->value >= 5 ) );
      suppressed += c->suppressed ? 1 : 0;
    }
  CHECK( suppressed >= 2 );
  // 3 this year is below k; 12 beside it is hidden only as a complement (else 15 − 12 gives the 3 away), and
  // is never called "fewer than k".
  for ( const FollowUpGroupRow &row : a.figures->groups )
  {
    if ( row.code == groupOf[small] )
    {
      CHECK( row.thisYear.suppressed );
      CHECK_FALSE( row.thisYear.complementary );
    }
    if ( row.code == groupOf[big] )
    {
      CHECK( row.thisYear.suppressed );
      CHECK( row.thisYear.complementary );
    }
  }
  for ( const FollowUpCount *total : { &a.figures->total, &a.figures->totalLastYear } )
    CHECK( ( total->suppressed || total->value >= 5 ) );
  const std::string text = promiseFollowUpText( *followUps, true, 5 );
  CHECK( text.find( "INTERN-ANTECKNING" ) == std::string::npos );
  CHECK( text.find( "färre än 5" ) != std::string::npos );
  for ( const char *smallCount : { ": 2 ", ": 3 ", "före 2)", "före 3)" } )
    CHECK( text.find( smallCount ) == std::string::npos );

  // The internal variant shows the same counts unsuppressed.
  options.publicMode = false;
  auto internal = buildPromiseFollowUps( p, 2026, options );
  REQUIRE( internal.ok() );
  const FollowUpPlaceFigures &fig = *internal->front().activities.front().figures;
  CHECK( fig.total.value == 15 );
  CHECK( fig.totalLastYear.value == 11 );
  CHECK( promiseFollowUpText( *internal, false, 5 ).find( "INTERN-ANTECKNING" ) != std::string::npos );
}

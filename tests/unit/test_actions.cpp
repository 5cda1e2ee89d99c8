// Priorities and actions: the status rules and the history, refusals that change nothing, where an action is
// drawn, the list's filters, the loose ends, a priority's geometry and figures, and the exports.

#include "testutil.h"
#include "testproject.h"

#include "actionexport.h"
#include "actionstore.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <functional>
#include <map>
#include <random>
#include <set>

using namespace tryggkarta;
using testutil::addSquare;
using testutil::newProject;
using testutil::TempDir;

namespace
{
constexpr double kWest = 449000, kSouth = 6574000;

int64_t addIncident( ProjectFile &project, double x, double y, const std::string &fromIso,
                     const std::string &category = "klotter", const std::string &untilIso = {} )
{
  Statement s = project.db().prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, "
                                      "source, created_at, updated_at) VALUES (?, ?, ?, ?, 'est', ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, fromIso );
  s.bindTextOrNull( 3, untilIso );
  s.bind( 4, category ).bind( 5, "2026-01-01T00:00:00.000Z" ).bind( 6, "2026-01-01T00:00:00.000Z" );
  s.run();
  return project.db().lastInsertId();
}

int64_t addObservation( ProjectFile &project, double x, double y )
{
  Statement s = project.db().prepare( "INSERT INTO observations (geom, checklist_item, rating, created_at, "
                                      "updated_at) VALUES (?, 'belysning', 1, ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, "2026-01-01T00:00:00.000Z" ).bind( 3, "2026-01-01T00:00:00.000Z" );
  s.run();
  return project.db().lastInsertId();
}

//! Everything the action tables hold, as text: equal snapshots mean nothing was written.
std::string snapshot( Database &db )
{
  std::string out;
  for ( const char *table : { "actions", "action_status_history", "priorities", "audit_log" } )
  {
    Statement s = db.prepare( std::string( "SELECT * FROM " ) + table + " ORDER BY fid" );
    while ( s.step() )
    {
      for ( int c = 0; c < s.columnCount(); ++c )
      {
        if ( s.type( c ) == SqlType::Blob )
        {
          const auto blob = s.blob( c );
          out += std::to_string( blob.size() ) + ":" + std::string( blob.begin(), blob.end() );
        }
        else
          out += s.isNull( c ) ? "<null>" : s.text( c );
        out += "|";
      }
      out += "\n";
    }
    out += "--\n";
  }
  return out;
}

int64_t count( ProjectFile &project, const std::string &sql )
{
  return project.db().queryInt( sql );
}

Action basic( const std::string &title )
{
  Action a;
  a.title = title;
  return a;
}

ActionWriteOptions by( const std::string &actor )
{
  ActionWriteOptions options;
  options.actor = actor;
  return options;
}

StatusChangeDetails on( const std::string &date, const std::string &note = {},
                        const std::string &reason = {} )
{
  StatusChangeDetails details;
  details.effectiveDate = date;
  details.note = note;
  details.rejectionReason = reason;
  return details;
}

} // namespace

TEST_CASE( "action statuses and kinds have Swedish labels and statuses are read from code or label",
           "[actions]" )
{
  REQUIRE( actionStatusCodes().size() == 5 );
  CHECK( actionStatusLabelSv( "in_progress" ) == "pågår" );
  CHECK( actionStatusLabelSv( "rejected" ) == "avslagen" );
  CHECK( actionStatusFromText( "klar" ) == std::optional<std::string>( "done" ) );
  CHECK( actionStatusFromText( "Pågår" ) == std::optional<std::string>( "in_progress" ) );
  CHECK( actionStatusFromText( "DECIDED" ) == std::optional<std::string>( "decided" ) );
  CHECK_FALSE( actionStatusFromText( "finished" ) );
  CHECK( actionKindLabelSv( "patrols" ) == "polispatrullering" );
  CHECK_FALSE( isInterventionKind( "action" ) );
  for ( const std::string &kind : actionKinds() )
  {
    CHECK_FALSE( actionKindLabelSv( kind ).empty() );
    CHECK( isInterventionKind( kind ) == ( kind != "action" ) );
  }
}

TEST_CASE( "an action is stored with its first history entry and an audit row, its free text screened",
           "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  Action a = basic( "Byt armatur i gångtunneln" );
  a.note = "Ring 070-123 45 67 om nyckeln";
  a.contactRole = "driftchef";
  a.responsible = "Gatukontoret";
  a.costSek = 12000;
  a.priority = 1;
  a.deadline = "2026-05-31";
  const int64_t audits = count( *project, "SELECT count(*) FROM audit_log" );
  Expected<int64_t> fid = store.create( a, by( "test" ) );
  REQUIRE( fid.ok() );
  Expected<Action> loaded = store.load( *fid );
  REQUIRE( loaded.ok() );
  CHECK( loaded->title == a.title );
  CHECK( loaded->status == "proposed" );
  CHECK( loaded->note.find( "070-123 45 67" ) == std::string::npos );
  CHECK_FALSE( loaded->note.empty() );
  CHECK( loaded->costSek == Approx( 12000 ) );
  CHECK( loaded->contactRole == "driftchef" );
  CHECK( loaded->priority == 1 );
  CHECK_FALSE( loaded->createdAt.empty() );
  auto history = store.history( *fid );
  REQUIRE( history.ok() );
  REQUIRE( history->size() == 1 );
  CHECK( history->front().fromStatus.empty() );
  CHECK( history->front().toStatus == "proposed" );
  CHECK( history->front().actor == "test" );
  CHECK( count( *project, "SELECT count(*) FROM audit_log" ) == audits + 1 );
  CHECK( count( *project,
                "SELECT count(*) FROM audit_log WHERE table_name = 'actions' AND action = 'add'" ) == 1 );
  auto organisations = store.organisations();
  REQUIRE( organisations.ok() );
  CHECK( std::find( organisations->begin(), organisations->end(), "Gatukontoret" ) != organisations->end() );
}

TEST_CASE( "status changes follow the rules and are written to the history with their dates", "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  const int64_t id = *store.create( basic( "Röj buskage vid skolan" ) );

  SECTION( "proposed, decided, in progress, done and back" )
  {
    REQUIRE( store.changeStatus( { id }, "decided", on( "2026-03-01" ), by( "samordnare" ) ).ok() );
    CHECK( store.load( id )->decidedDate == "2026-03-01" );
    REQUIRE( store.changeStatus( { id }, "in_progress", on( "2026-03-10" ) ).ok() );
    REQUIRE( store.changeStatus( { id }, "done", on( "2026-04-02", "klart" ) ).ok() );
    Action done = *store.load( id );
    CHECK( done.status == "done" );
    CHECK( done.doneDate == "2026-04-02" );
    CHECK( done.decidedDate == "2026-03-01" );
    // Reopened: no longer done, so no done date.
    REQUIRE( store.changeStatus( { id }, "in_progress", on( "2026-04-05" ) ).ok() );
    CHECK( store.load( id )->doneDate.empty() );
    auto history = *store.history( id );
    REQUIRE( history.size() == 5 );
    CHECK( history[1].fromStatus == "proposed" );
    CHECK( history[1].toStatus == "decided" );
    CHECK( history[1].effectiveDate == "2026-03-01" );
    CHECK( history[1].actor == "samordnare" );
    CHECK( history[3].toStatus == "done" );
    CHECK( history[3].note == "klart" );
    CHECK( history[4].fromStatus == "done" );
    CHECK( count( *project, "SELECT count(*) FROM audit_log WHERE action = 'status'" ) == 4 );
  }
  SECTION( "done without a decision needs a note" )
  {
    Status refused = store.changeStatus( { id }, "done", on( "2026-03-01" ) );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionDoneNeedsNote );
    CHECK( store.load( id )->status == "proposed" );
    REQUIRE(
      store.changeStatus( { id }, "done", on( "2026-03-01", "beslutat muntligt på EST-mötet" ) ).ok() );
    CHECK( store.load( id )->doneDate == "2026-03-01" );
  }
  SECTION( "rejected needs a reason, which is kept while it stays rejected" )
  {
    Status refused = store.changeStatus( { id }, "rejected", on( "2026-03-01" ) );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionRejectedNeedsReason );
    REQUIRE( store.changeStatus( { id }, "rejected", on( "2026-03-01", {}, "Fastigheten är privat" ) ).ok() );
    CHECK( store.load( id )->rejectionReason == "Fastigheten är privat" );
    CHECK( store.history( id )->back().note.find( "Fastigheten är privat" ) != std::string::npos );
    REQUIRE( store.changeStatus( { id }, "proposed", on( "2026-03-05" ) ).ok() );
    CHECK( store.load( id )->rejectionReason.empty() );
  }
  SECTION( "a date before the decision, a decision after the deadline and the same status are refused" )
  {
    REQUIRE( store.changeStatus( { id }, "decided", on( "2026-03-01" ) ).ok() );
    Status early = store.changeStatus( { id }, "done", on( "2026-02-01" ) );
    REQUIRE_FALSE( early.ok() );
    CHECK( early.error().code == MessageCode::ActionDoneBeforeDecided );
    Status earlyStart = store.changeStatus( { id }, "in_progress", on( "2026-02-01" ) );
    REQUIRE_FALSE( earlyStart.ok() );
    CHECK( earlyStart.error().code == MessageCode::ActionDateBeforeDecision );
    Status same = store.changeStatus( { id }, "decided", on( "2026-03-02" ) );
    REQUIRE_FALSE( same.ok() );
    CHECK( same.error().code == MessageCode::ActionAlreadyInStatus );
    Action withDeadline = basic( "Klottersanering" );
    withDeadline.deadline = "2026-02-15";
    const int64_t other = *store.create( withDeadline );
    Status late = store.changeStatus( { other }, "decided", on( "2026-03-01" ) );
    REQUIRE_FALSE( late.ok() );
    CHECK( late.error().code == MessageCode::ActionDeadlineBeforeDecision );
    CHECK( store.load( other )->decidedDate.empty() );
  }
  SECTION( "several actions change together or not at all" )
  {
    const int64_t second = *store.create( basic( "Belysning vid busshållplatsen" ) );
    REQUIRE( store.changeStatus( { second }, "decided", on( "2026-03-01" ) ).ok() );
    const std::string before = snapshot( project->db() );
    // The first was never decided: marking both done without a note fails for it, and so for both.
    Status refused = store.changeStatus( { second, id }, "done", on( "2026-04-01" ) );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionChangeRefused );
    CHECK( refused.error().text().find( std::to_string( id ) ) != std::string::npos );
    CHECK( snapshot( project->db() ) == before );
    REQUIRE( store.changeStatus( { id }, "decided", on( "2026-03-02" ) ).ok() );
    REQUIRE( store.changeStatus( { second, id }, "done", on( "2026-04-01" ) ).ok() );
    CHECK( store.load( id )->status == "done" );
    CHECK( store.load( second )->doneDate == "2026-04-01" );
  }
  SECTION( "the check alone stores nothing and says the same" )
  {
    CHECK( checkStatusChange( "proposed", "decided", on( "2026-01-01" ) ).ok() );
    CHECK( checkStatusChange( "proposed", "done", {} ).error().code == MessageCode::ActionDoneNeedsNote );
    CHECK( checkStatusChange( "decided", "done", {} ).ok() );
    CHECK( checkStatusChange( "proposed", "finished", {} ).error().code == MessageCode::ActionBadStatus );
    CHECK( checkStatusChange( "decided", "done", on( "2026-01-01" ), "2026-02-01" ).error().code ==
           MessageCode::ActionDoneBeforeDecided );
    CHECK( checkStatusChange( "decided", "in_progress", on( "2026-01-01" ), "2026-02-01" ).error().code ==
           MessageCode::ActionDateBeforeDecision );
    CHECK( checkStatusChange( "decided", "done", on( "2026-02-01" ), "2026-02-01" ).ok() );
  }
}

TEST_CASE(
  "a done date before the decided date is refused on create, update and status change, storing nothing",
  "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  SECTION( "create" )
  {
    Action a = basic( "Beskärning av buskage" );
    a.status = "done";
    a.decidedDate = "2026-03-10";
    a.doneDate = "2026-03-01";
    const std::string before = snapshot( project->db() );
    auto refused = store.create( a );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionDoneBeforeDecided );
    CHECK( refused.error().text().find( "2026-03-01" ) != std::string::npos );
    CHECK( refused.error().text().find( "2026-03-10" ) != std::string::npos );
    CHECK( snapshot( project->db() ) == before );
    a.doneDate = "2026-03-10"; // the same day is fine
    auto stored = store.create( a );
    REQUIRE( stored.ok() );
    CHECK( store.load( *stored )->doneDate == "2026-03-10" );
  }
  SECTION( "update, with the status unchanged and with it changed" )
  {
    Action a = basic( "Klottersanering" );
    const int64_t id = *store.create( a );
    REQUIRE( store.changeStatus( { id }, "decided", on( "2026-03-01" ) ).ok() );
    REQUIRE( store.changeStatus( { id }, "done", on( "2026-04-01" ) ).ok() );
    const std::string before = snapshot( project->db() );
    Action edited = *store.load( id );
    edited.doneDate = "2026-02-15";
    Status refused = store.update( edited );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionDoneBeforeDecided );
    edited = *store.load( id );
    edited.decidedDate = "2026-05-01"; // moving the decision after the done date is the same mistake
    CHECK( store.update( edited ).error().code == MessageCode::ActionDoneBeforeDecided );
    CHECK( snapshot( project->db() ) == before );

    const int64_t other = *store.create( basic( "Belysning vid skolan" ) );
    REQUIRE( store.changeStatus( { other }, "decided", on( "2026-03-01" ) ).ok() );
    Action toDone = *store.load( other );
    toDone.status = "done";
    toDone.doneDate = "2026-02-01";
    const std::string beforeOther = snapshot( project->db() );
    Status changed = store.update( toDone );
    REQUIRE_FALSE( changed.ok() );
    CHECK( changed.error().code == MessageCode::ActionDoneBeforeDecided );
    CHECK( snapshot( project->db() ) == beforeOther );
    CHECK( store.load( other )->status == "decided" );
  }
  SECTION( "status change of several actions: none changes" )
  {
    const int64_t first = *store.create( basic( "Belysning i tunneln" ) );
    const int64_t second = *store.create( basic( "Beskärning vid gångvägen" ) );
    REQUIRE( store.changeStatus( { first }, "decided", on( "2026-03-01" ) ).ok() );
    REQUIRE( store.changeStatus( { second }, "decided", on( "2026-03-20" ) ).ok() );
    const std::string before = snapshot( project->db() );
    Status refused = store.changeStatus( { first, second }, "done", on( "2026-03-10" ) );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == MessageCode::ActionChangeRefused );
    CHECK( refused.error().text().find( "2026-03-20" ) != std::string::npos );
    CHECK( snapshot( project->db() ) == before );
    Status single = store.changeStatus( { second }, "done", on( "2026-03-10" ) );
    CHECK( single.error().code == MessageCode::ActionDoneBeforeDecided );
  }
}

TEST_CASE( "every refused write leaves the action tables as they were", "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const int64_t area = addSquare( *project, "Centrum", kWest, kSouth, 500 );
  ActionStore store( project->db() );
  Action stored = basic( "Befintlig åtgärd" );
  stored.areaId = area;
  const int64_t id = *store.create( stored );
  Priority priority;
  priority.periodLabel = "T1 2026";
  priority.periodFrom = "2026-01-01";
  priority.periodUntil = "2026-04-30";
  priority.areaId = area;
  priority.problem = "Klotter";
  REQUIRE( store.createPriority( priority ).ok() );
  const std::string before = snapshot( project->db() );

  struct Case
  {
    std::string what;
    std::function<void( Action & )> change;
    MessageCode code;
  };
  const std::vector<Case> cases = {
    { "no title", []( Action &a ) { a.title = "  "; }, MessageCode::ActionTitleRequired },
    { "unknown status", []( Action &a ) { a.status = "finished"; }, MessageCode::ActionBadStatus },
    { "unknown kind", []( Action &a ) { a.kind = "drones"; }, MessageCode::ActionBadKind },
    { "rejected without reason", []( Action &a ) { a.status = "rejected"; },
      MessageCode::ActionRejectedNeedsReason },
    { "done never decided", []( Action &a ) { a.status = "done"; }, MessageCode::ActionDoneNeedsNote },
    { "deadline before decision",
      []( Action &a )
      {
        a.status = "decided";
        a.decidedDate = "2026-03-01";
        a.deadline = "2026-02-01";
      },
      MessageCode::ActionDeadlineBeforeDecision },
    { "end before start",
      []( Action &a )
      {
        a.kind = "patrols";
        a.startDate = "2026-05-01";
        a.endDate = "2026-04-01";
      },
      MessageCode::ActionEndBeforeStart },
    { "priority 4", []( Action &a ) { a.priority = 4; }, MessageCode::ActionBadPriority },
    { "priority 0", []( Action &a ) { a.priority = 0; }, MessageCode::ActionBadPriority },
    { "negative cost", []( Action &a ) { a.costSek = -1; }, MessageCode::ActionNegativeCost },
    { "not a date", []( Action &a ) { a.deadline = "2026-02-30"; }, MessageCode::ActionBadDate },
    { "unknown priority", []( Action &a ) { a.priorityId = 999; }, MessageCode::ActionUnknownPriority },
    { "unknown observation", []( Action &a ) { a.observationId = 999; },
      MessageCode::ActionUnknownObservation },
    { "unknown incident", []( Action &a ) { a.incidentId = 999; }, MessageCode::ActionUnknownIncident },
    { "unknown area", []( Action &a ) { a.areaId = 999; }, MessageCode::ActionUnknownArea },
    { "no point",
      []( Action &a ) {
        a.point = ActionPoint{ NAN, 1 };
      },
      MessageCode::ActionBadPoint },
  };
  for ( const Case &c : cases )
  {
    INFO( c.what );
    Action created = basic( "Ny åtgärd" );
    c.change( created );
    Expected<int64_t> refused = store.create( created );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().code == c.code );
    Action updated = *store.load( id );
    c.change( updated );
    Status notUpdated = store.update( updated );
    REQUIRE_FALSE( notUpdated.ok() );
    CHECK( notUpdated.error().code == c.code );
    CHECK( snapshot( project->db() ) == before );
  }
  CHECK( store.changeStatus( {}, "done", {} ).error().code == MessageCode::ActionNoneGiven );
  CHECK( store.changeStatus( { id }, "finished", {} ).error().code == MessageCode::ActionBadStatus );
  CHECK( store.changeStatus( { id, 999 }, "decided", on( "2026-01-01" ) ).error().code ==
         MessageCode::ActionChangeRefused );
  CHECK( store.remove( 999 ).error().code == MessageCode::ActionNotFound );
  CHECK( store.removePriority( 999 ).error().code == MessageCode::PriorityNotFound );
  Priority bad = priority;
  bad.problem = "";
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityProblemRequired );
  bad = priority;
  bad.periodUntil = "2025-12-31";
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityBadPeriod );
  bad = priority;
  bad.categories = { "klotter", "ufo" };
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityUnknownCategory );
  bad = priority;
  bad.placeKind = "cells";
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityOutlineRequired );
  bad.polygons = { { { kWest, kSouth }, { kWest + 100, kSouth } } };
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityBadPolygon );
  bad = priority;
  bad.rank = 0;
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityBadRank );
  bad = priority;
  bad.areaId.reset();
  CHECK( store.createPriority( bad ).error().code == MessageCode::PriorityAreaRequired );
  CHECK( snapshot( project->db() ) == before );
}

TEST_CASE( "an action is drawn at its point, else its observation, incident, area or priority", "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  // An L-shaped area, whose envelope's centre lies outside it: the place must still lie inside.
  std::vector<std::pair<double, double>> corners;
  for ( auto [x, y] : std::vector<std::pair<double, double>>{
          { 0, 0 }, { 400, 0 }, { 400, 100 }, { 100, 100 }, { 100, 400 }, { 0, 400 } } )
    corners.emplace_back( kWest + x, kSouth + y );
  const int64_t area = testutil::addPolygon( project->db(), "Hörnet", corners );
  const int64_t observation = addObservation( *project, kWest + 10, kSouth + 20 );
  const int64_t incident = addIncident( *project, kWest + 30, kSouth + 40, "2026-01-05T12:00:00Z" );

  Action a = basic( "Med punkt" );
  a.point = ActionPoint{ kWest + 1, kSouth + 2 };
  a.observationId = observation;
  a.areaId = area;
  Action b = basic( "Med observation" );
  b.observationId = observation;
  b.incidentId = incident;
  Action c = basic( "Med händelse" );
  c.incidentId = incident;
  c.areaId = area;
  Action d = basic( "Med område" );
  d.areaId = area;
  Action e = basic( "Utan plats" );
  const int64_t ia = *store.create( a ), ib = *store.create( b ), ic = *store.create( c ),
                id = *store.create( d ), ie = *store.create( e );
  auto place = [&]( int64_t fid ) { return store.load( fid )->place; };
  REQUIRE( place( ia ) );
  CHECK( place( ia )->x == kWest + 1 );
  CHECK( place( ia )->y == kSouth + 2 );
  REQUIRE( place( ib ) );
  CHECK( place( ib )->x == kWest + 10 );
  CHECK( place( ib )->y == kSouth + 20 );
  REQUIRE( place( ic ) );
  CHECK( place( ic )->x == kWest + 30 );
  REQUIRE( place( id ) );
  OGRLinearRing ring;
  for ( const auto &[x, y] : corners )
    ring.addPoint( x, y );
  ring.closeRings();
  OGRPolygon polygon;
  polygon.addRing( &ring );
  OGRPoint inside( place( id )->x, place( id )->y );
  CHECK( polygon.Contains( &inside ) );
  CHECK_FALSE( place( ie ) );
  // Through a priority on the area (its geometry is the area's outline).
  Priority p;
  p.periodLabel = "T1 2026";
  p.periodFrom = "2026-01-01";
  p.periodUntil = "2026-04-30";
  p.areaId = area;
  p.problem = "Otrygg plats";
  const int64_t priority = *store.createPriority( p );
  Action f = basic( "Via prioritering" );
  f.priorityId = priority;
  const int64_t iff = *store.create( f );
  REQUIRE( place( iff ) );
  OGRPoint viaPriority( place( iff )->x, place( iff )->y );
  CHECK( polygon.Contains( &viaPriority ) );
  // The list gives the same places.
  auto all = store.list();
  REQUIRE( all.ok() );
  std::map<int64_t, std::optional<ActionPoint>> listed;
  for ( const Action &x : *all )
    listed[x.fid] = x.place;
  CHECK( listed[ib]->x == kWest + 10 );
  CHECK_FALSE( listed[ie] );
  CHECK( listed[id]->x == place( id )->x );
}

TEST_CASE( "the action list filters by status, organisation, priority, area, kind and overdue, by deadline",
           "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const int64_t north = addSquare( *project, "Norr", kWest, kSouth + 1000, 500 );
  const int64_t south = addSquare( *project, "Söder", kWest, kSouth, 500 );
  ActionStore store( project->db() );
  std::mt19937 random( 7 );
  const std::vector<std::string> organisations = { "Polisen", "Gatukontoret", "Bostadsbolaget" };
  const std::vector<std::string> kinds = { "action", "patrols", "lighting" };
  std::vector<Action> made;
  for ( int i = 0; i < 40; ++i )
  {
    Action a = basic( "Åtgärd " + std::to_string( i ) );
    a.responsible = organisations[random() % organisations.size()];
    a.kind = kinds[random() % kinds.size()];
    if ( random() % 4 != 0 )
      a.priority = static_cast<int>( random() % 3 ) + 1;
    if ( random() % 3 != 0 )
      a.areaId = random() % 2 ? north : south;
    if ( random() % 5 != 0 )
      a.deadline = "2026-0" + std::to_string( random() % 9 + 1 ) + "-1" + std::to_string( random() % 9 );
    const int status = static_cast<int>( random() % 5 );
    a.status = actionStatusCodes()[static_cast<size_t>( status )];
    if ( a.status == "rejected" )
      a.rejectionReason = "Inte kommunens mark";
    if ( a.status == "done" || a.status == "decided" )
      a.decidedDate = "2026-01-01";
    a.fid = *store.create( a );
    made.push_back( a );
  }
  const std::string today = "2026-05-15";
  auto expect = [&]( const ActionFilter &filter, const std::function<bool( const Action & )> &keep )
  {
    std::vector<const Action *> expected;
    for ( const Action &a : made )
      if ( keep( a ) )
        expected.push_back( &a );
    std::sort( expected.begin(), expected.end(),
               []( const Action *x, const Action *y )
               {
                 if ( x->deadline.empty() != y->deadline.empty() )
                   return y->deadline.empty();
                 if ( x->deadline != y->deadline )
                   return x->deadline < y->deadline;
                 return x->fid < y->fid;
               } );
    auto listed = store.list( filter );
    REQUIRE( listed.ok() );
    std::vector<int64_t> got, want;
    for ( const Action &a : *listed )
      got.push_back( a.fid );
    for ( const Action *a : expected )
      want.push_back( a->fid );
    CHECK( got == want );
    return want.size();
  };
  ActionFilter all;
  CHECK( expect( all, []( const Action & ) { return true; } ) == 40 );
  ActionFilter statuses;
  statuses.statuses = { "decided", "in_progress" };
  CHECK( expect( statuses,
                 []( const Action &a ) { return a.status == "decided" || a.status == "in_progress"; } ) > 0 );
  ActionFilter police;
  police.organisations = { "Polisen" };
  expect( police, []( const Action &a ) { return a.responsible == "Polisen"; } );
  ActionFilter high;
  high.priority = 1;
  expect( high, []( const Action &a ) { return a.priority == 1; } );
  ActionFilter inNorth;
  inNorth.areaId = north;
  expect( inNorth, [&]( const Action &a ) { return a.areaId == north; } );
  ActionFilter interventions;
  interventions.interventions = true;
  expect( interventions, []( const Action &a ) { return a.kind != "action"; } );
  interventions.interventions = false;
  expect( interventions, []( const Action &a ) { return a.kind == "action"; } );
  ActionFilter overdue;
  overdue.overdueOnly = true;
  overdue.today = today;
  const size_t late = expect(
    overdue, [&]( const Action &a )
    { return !a.deadline.empty() && a.deadline < today && a.status != "done" && a.status != "rejected"; } );
  CHECK( late > 0 );
  ActionFilter combined;
  combined.statuses = { "proposed" };
  combined.organisations = { "Gatukontoret", "Polisen" };
  combined.areaId = south;
  expect( combined, [&]( const Action &a )
          { return a.status == "proposed" && a.responsible != "Bostadsbolaget" && a.areaId == south; } );
  ActionFilter unknown;
  unknown.statuses = { "klar!" };
  CHECK( store.list( unknown ).error().code == MessageCode::ActionBadStatus );
}

TEST_CASE( "traceability lists priorities without actions, actions without origin and overdue actions",
           "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const int64_t area = addSquare( *project, "Centrum", kWest, kSouth, 500 );
  const int64_t observation = addObservation( *project, kWest + 5, kSouth + 5 );
  ActionStore store( project->db() );
  Priority p;
  p.periodLabel = "T2 2026";
  p.periodFrom = "2026-05-01";
  p.periodUntil = "2026-08-31";
  p.areaId = area;
  p.problem = "Bråk vid torget";
  const int64_t acted = *store.createPriority( p );
  p.problem = "Klotter i gångtunneln";
  const int64_t forgotten = *store.createPriority( p );
  p.problem = "Avslutat problem";
  p.status = "closed";
  REQUIRE( store.createPriority( p ).ok() );

  Action onPriority = basic( "Ordningsvakter fredagar" );
  onPriority.priorityId = acted;
  onPriority.deadline = "2026-06-01";
  Action onObservation = basic( "Byt lampa" );
  onObservation.observationId = observation;
  onObservation.deadline = "2026-09-01";
  Action loose = basic( "Städa parken" );
  loose.deadline = "2026-05-01";
  Action looseButRejected = basic( "Kameror" );
  looseButRejected.status = "rejected";
  looseButRejected.rejectionReason = "Inget tillstånd";
  looseButRejected.deadline = "2026-01-01";
  const int64_t a = *store.create( onPriority ), b = *store.create( onObservation ),
                c = *store.create( loose );
  REQUIRE( store.create( looseButRejected ).ok() );
  (void)b;

  auto t = store.traceability( "2026-07-01" );
  REQUIRE( t.ok() );
  REQUIRE( t->prioritiesWithoutActions.size() == 1 );
  CHECK( t->prioritiesWithoutActions[0].fid == forgotten );
  REQUIRE( t->actionsWithoutOrigin.size() == 1 );
  CHECK( t->actionsWithoutOrigin[0].fid == c );
  std::set<int64_t> overdue;
  for ( const Action &x : t->overdue )
    overdue.insert( x.fid );
  CHECK( overdue == std::set<int64_t>{ a, c } );
  // Done, it is no longer overdue; given an origin, it is no longer loose.
  REQUIRE( store.changeStatus( { a }, "decided", on( "2026-05-10" ) ).ok() );
  REQUIRE( store.changeStatus( { a }, "done", on( "2026-06-20" ) ).ok() );
  Action tied = *store.load( c );
  tied.priorityId = forgotten;
  REQUIRE( store.update( tied ).ok() );
  t = store.traceability( "2026-07-01" );
  REQUIRE( t.ok() );
  CHECK( t->prioritiesWithoutActions.empty() );
  CHECK( t->actionsWithoutOrigin.empty() );
  REQUIRE( t->overdue.size() == 1 );
  CHECK( t->overdue[0].fid == c );
  CHECK( store.loadPriority( forgotten )->actionCount == 1 );
}

TEST_CASE( "a priority keeps its place as geometry and its actions outlive it", "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const int64_t area = addSquare( *project, "Centrum", kWest, kSouth, 500 );
  ActionStore store( project->db() );
  Priority onArea;
  onArea.periodLabel = "T3 2026";
  onArea.periodFrom = "2026-09-01";
  onArea.periodUntil = "2026-12-31";
  onArea.rank = 1;
  onArea.areaId = area;
  onArea.problem = "Glaskross vid stationen";
  onArea.categories = { "glaskross", "klotter" };
  onArea.figures = { { "Händelser T3", "48" }, { "Förändring", "+41 %" } };
  onArea.causeAnalysis = "Mörkt, ingen insyn";
  onArea.goal = "Hälften så många";
  const int64_t first = *store.createPriority( onArea );
  Priority onCells = onArea;
  onCells.placeKind = "cells";
  onCells.placeRef = "c1,c2";
  onCells.rank = 2;
  onCells.polygons = {
    { { kWest, kSouth }, { kWest + 100, kSouth }, { kWest + 100, kSouth + 100 }, { kWest, kSouth + 100 } },
    { { kWest + 200, kSouth }, { kWest + 300, kSouth }, { kWest + 300, kSouth + 100 } } };
  const int64_t second = *store.createPriority( onCells );

  Priority loaded = *store.loadPriority( first );
  CHECK( loaded.areaName == "Centrum" );
  CHECK( loaded.categories == onArea.categories );
  CHECK( loaded.figures == onArea.figures );
  CHECK( loaded.rank == 1 );
  CHECK( loaded.polygons.empty() );
  CHECK( loaded.causeAnalysis == onArea.causeAnalysis );
  // The stored geometry: the area's outline, and the cells as a multipolygon of two parts.
  auto geometryOf = [&]( int64_t fid )
  {
    Statement s = project->db().prepare( "SELECT geom FROM priorities WHERE fid = ?" );
    s.bind( 1, fid );
    REQUIRE( s.step() );
    const auto blob = s.blob( 0 );
    const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
    REQUIRE( wkb );
    OGRGeometry *raw = nullptr;
    REQUIRE( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &raw, wkb->second ) == OGRERR_NONE );
    return std::unique_ptr<OGRGeometry>( raw );
  };
  auto areaGeometry = geometryOf( first );
  REQUIRE( wkbFlatten( areaGeometry->getGeometryType() ) == wkbMultiPolygon );
  CHECK( areaGeometry->toMultiPolygon()->get_Area() == Approx( 500.0 * 500.0 ) );
  auto cellsGeometry = geometryOf( second );
  REQUIRE( wkbFlatten( cellsGeometry->getGeometryType() ) == wkbMultiPolygon );
  CHECK( cellsGeometry->toMultiPolygon()->getNumGeometries() == 2 );
  CHECK( cellsGeometry->toMultiPolygon()->get_Area() == Approx( 100.0 * 100.0 + 100.0 * 100.0 / 2 ) );
  Priority cells = *store.loadPriority( second );
  REQUIRE( cells.polygons.size() == 2 );
  CHECK( cells.polygons[1].size() == 3 );
  CHECK( cells.polygons[0][2].x == kWest + 100 );
  // The rtree knows it, so QGIS finds it on the map.
  CHECK( count( *project, "SELECT count(*) FROM rtree_priorities_geom" ) == 2 );

  auto list = store.priorities( "T3 2026" );
  REQUIRE( list.ok() );
  REQUIRE( list->size() == 2 );
  CHECK( ( *list )[0].fid == first );
  CHECK( store.priorities( "T1 2020" )->empty() );

  Action a = basic( "Vakter" );
  a.priorityId = first;
  const int64_t action = *store.create( a );
  CHECK( store.load( action )->priorityProblem == "Glaskross vid stationen" );
  loaded.problem = "Glaskross och klotter vid stationen";
  REQUIRE( store.updatePriority( loaded ).ok() );
  CHECK( store.loadPriority( first )->problem == loaded.problem );
  REQUIRE( store.removePriority( first ).ok() );
  CHECK_FALSE( store.load( action )->priorityId );
  CHECK( store.load( action )->title == "Vakter" );
  CHECK( count( *project, "SELECT count(*) FROM audit_log WHERE table_name = 'priorities'" ) == 4 );
}

TEST_CASE( "priority figures count an area's events against the period before and a year before, and rank it",
           "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  struct Square
  {
    int64_t fid;
    double west, south;
  };
  std::vector<Square> squares;
  for ( int i = 0; i < 4; ++i )
  {
    const double west = kWest + i * 600, south = kSouth;
    squares.push_back(
      { addSquare( *project, "Område " + std::to_string( i ), west, south, 500 ), west, south } );
  }
  addSquare( *project, "Stadsdel", kWest, kSouth, 3000, "district" ); // another kind: not ranked with them
  std::mt19937 random( 11 );
  // Events at noon UTC (the middle of the Stockholm day) on days from 2025-01-01 to 2026-12-31.
  struct Event
  {
    double x, y;
    std::string date, category;
  };
  std::vector<Event> events;
  const int64_t firstDay = *parseUtcIso( "2025-01-01T00:00:00Z" ) / 86400;
  Transaction inserts( project->db() ); // one commit for all of them, not 1500
  for ( int i = 0; i < 1500; ++i )
  {
    Event e;
    e.x = kWest + std::uniform_real_distribution<double>( -50, 2450 )( random );
    e.y = kSouth + std::uniform_real_distribution<double>( -50, 550 )( random );
    const int64_t day = firstDay + static_cast<int64_t>( random() % 730 );
    e.date = formatUtcIso( day * 86400 ).substr( 0, 10 );
    e.category = random() % 3 == 0 ? "glaskross" : "klotter";
    events.push_back( e );
    addIncident( *project, e.x, e.y, e.date + "T12:00:00Z", e.category );
  }
  inserts.commit();
  auto inside = []( const Square &s, const Event &e )
  { return e.x >= s.west && e.x <= s.west + 500 && e.y >= s.south && e.y <= s.south + 500; };
  auto countIn =
    [&]( const Square &s, const std::string &from, const std::string &until, const std::string &category )
  {
    int64_t n = 0;
    for ( const Event &e : events )
      n +=
        inside( s, e ) && e.date >= from && e.date <= until && ( category.empty() || e.category == category )
          ? 1
          : 0;
    return n;
  };
  auto change = [&]( int64_t now, int64_t before, int daysNow, int daysBefore )
  {
    const long percent =
      std::lround( ( ( double( now ) / daysNow ) / ( double( before ) / daysBefore ) - 1 ) * 100 );
    std::string sign = percent > 0 ? "+" : percent < 0 ? "−" : "±";
    return sign + std::to_string( std::labs( percent ) ) + " %";
  };
  ActionStore store( project->db() );
  for ( const std::string &category : { std::string(), std::string( "glaskross" ) } )
  {
    INFO( "category " << category );
    const std::vector<std::string> categories =
      category.empty() ? std::vector<std::string>() : std::vector<std::string>{ category };
    const Square &target = squares[1];
    auto figures = store.priorityFigures( target.fid, "2026-09-01", "2026-12-31", categories );
    REQUIRE( figures.ok() );
    REQUIRE( figures->size() == 6 );
    const int64_t now = countIn( target, "2026-09-01", "2026-12-31", category );
    const int64_t before = countIn( target, "2026-05-01", "2026-08-31", category );
    const int64_t yearBefore = countIn( target, "2025-09-01", "2025-12-31", category );
    CHECK( ( *figures )[0].label == "Händelser tertial 3 2026" );
    CHECK( ( *figures )[0].value == std::to_string( now ) );
    CHECK( ( *figures )[1].label == "Händelser tertial 2 2026" );
    CHECK( ( *figures )[1].value == std::to_string( before ) );
    CHECK( ( *figures )[2].label == "Förändring mot tertial 2 2026" );
    CHECK( ( *figures )[2].value == change( now, before, 122, 123 ) );
    CHECK( ( *figures )[3].value == std::to_string( yearBefore ) );
    CHECK( ( *figures )[4].value == change( now, yearBefore, 122, 122 ) );
    int rank = 1;
    for ( const Square &s : squares )
      rank += countIn( s, "2026-09-01", "2026-12-31", category ) > now ? 1 : 0;
    CHECK( ( *figures )[5].label == "Rang bland områdena" );
    CHECK( ( *figures )[5].value == std::to_string( rank ) + " av 4" );
  }
  CHECK( store.priorityFigures( 999, "2026-09-01", "2026-12-31" ).error().code ==
         MessageCode::ActionUnknownArea );
  CHECK( store.priorityFigures( squares[0].fid, "2026-12-31", "2026-09-01" ).error().code ==
         MessageCode::PriorityBadPeriod );
  CHECK( store.priorityFigures( squares[0].fid, "2026-09-01", "2026-12-31", { "ufo" } ).error().code ==
         MessageCode::PriorityUnknownCategory );
}

TEST_CASE( "update writes a whole action back, and a changed status goes to the history", "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  Action a = basic( "Belysning i parken" );
  a.deadline = "2026-06-30";
  const int64_t id = *store.create( a );
  const Action original = *store.load( id );
  REQUIRE( store.changeStatus( { id }, "decided", on( "2026-03-01" ) ).ok() );
  REQUIRE( store.changeStatus( { id }, "done", on( "2026-04-01" ) ).ok() );
  const Action done = *store.load( id );
  // Undo the last step: the decided copy written back.
  Action decided = done;
  decided.status = "decided";
  decided.doneDate.clear();
  REQUIRE( store.update( decided ).ok() );
  CHECK( store.load( id )->status == "decided" );
  CHECK( store.load( id )->doneDate.empty() );
  CHECK( store.load( id )->decidedDate == "2026-03-01" );
  // Undo everything: the proposed original, then redo done (decided before, so no note is needed).
  REQUIRE( store.update( original ).ok() );
  CHECK( store.load( id )->decidedDate.empty() );
  REQUIRE( store.update( done ).ok() );
  CHECK( store.load( id )->doneDate == "2026-04-01" );
  auto history = *store.history( id );
  CHECK( history.size() == 6 );
  CHECK( history.back().toStatus == "done" );
  // Attributes alone: no history row.
  Action renamed = *store.load( id );
  renamed.title = "Ny belysning i parken";
  renamed.costSek = 35000;
  REQUIRE( store.update( renamed ).ok() );
  CHECK( store.load( id )->title == "Ny belysning i parken" );
  CHECK( store.history( id )->size() == 6 );
  Action missing = renamed;
  missing.fid = 999;
  CHECK( store.update( missing ).error().code == MessageCode::ActionNotFound );
  REQUIRE( store.remove( id ).ok() );
  CHECK( count( *project, "SELECT count(*) FROM action_status_history" ) == 0 );
  CHECK( count( *project,
                "SELECT count(*) FROM audit_log WHERE table_name = 'actions' AND action = 'delete'" ) == 1 );
}

TEST_CASE( "the action list exports to CSV and XLSX, the public variant without note, cost or contact role",
           "[actions]" )
{
  TempDir dir;
  auto project = newProject( dir );
  ActionStore store( project->db() );
  Action a = basic( "Byt armatur; gångtunneln \"norra\"" );
  a.responsible = "Gatukontoret";
  a.contactRole = "driftchef";
  a.note = "INTERN-ANTECKNING";
  a.costSek = 4711;
  a.deadline = "2026-02-01";
  Action b = basic( "Kameror vid torget" );
  b.status = "rejected";
  b.rejectionReason = "Tillstånd saknas";
  b.note = "INTERN-2";
  b.costSek = 99000;
  Action c = basic( "=HYPERLINK(\"http://x\")" ); // a spreadsheet must not run it as a formula
  store.create( a );
  store.create( b );
  store.create( c );
  auto actions = *store.list();
  ActionExportOptions internal;
  internal.today = "2026-03-01";
  ActionExportOptions publicOptions = internal;
  publicOptions.publicVariant = true;

  const std::string csv = dir.file( "lista.csv" );
  REQUIRE( exportActions( csv, actions, internal ).ok() );
  const std::string text = testutil::readFile( csv );
  CHECK( text.rfind( "\xEF\xBB\xBF"
                     "Id;Åtgärd;",
                     0 ) == 0 );
  CHECK( text.find( "\"Byt armatur; gångtunneln \"\"norra\"\"\"" ) != std::string::npos );
  CHECK( text.find( "INTERN-ANTECKNING" ) != std::string::npos );
  CHECK( text.find( "4711" ) != std::string::npos );
  CHECK( text.find( ";ja;" ) != std::string::npos ); // overdue
  CHECK( text.find( ";\"'=HYPERLINK(\"\"http://x\"\")\";" ) != std::string::npos );
  CHECK( text.find( ";=HYPERLINK" ) == std::string::npos );

  const std::string publicCsv = dir.file( "publik.csv" );
  REQUIRE( exportActions( publicCsv, actions, publicOptions ).ok() );
  const std::string published = testutil::readFile( publicCsv );
  CHECK( published.find( "INTERN" ) == std::string::npos );
  CHECK( published.find( "4711" ) == std::string::npos );
  CHECK( published.find( "99000" ) == std::string::npos );
  CHECK( published.find( "driftchef" ) == std::string::npos );
  CHECK( published.find( "Tillstånd saknas" ) != std::string::npos );
  CHECK( published.find( "avslagen" ) != std::string::npos );

  for ( bool isPublic : { false, true } )
  {
    const std::string xlsx = dir.file( isPublic ? "publik.xlsx" : "lista.xlsx" );
    REQUIRE( exportActions( xlsx, actions, isPublic ? publicOptions : internal ).ok() );
    GDALAllRegister();
    CPLSetConfigOption( "OGR_XLSX_HEADERS", "FORCE" );
    GDALDataset *dataset =
      static_cast<GDALDataset *>( GDALOpenEx( xlsx.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
    REQUIRE( dataset );
    OGRLayer *layer = dataset->GetLayer( 0 );
    REQUIRE( layer );
    const std::vector<std::string> header = actionExportHeader( isPublic );
    REQUIRE( layer->GetLayerDefn()->GetFieldCount() == static_cast<int>( header.size() ) );
    for ( size_t i = 0; i < header.size(); ++i )
      CHECK( std::string( layer->GetLayerDefn()->GetFieldDefn( static_cast<int>( i ) )->GetNameRef() ) ==
             header[i] );
    CHECK( layer->GetFeatureCount() == 3 );
    std::string everything;
    for ( auto &feature : *layer )
      for ( int i = 0; i < feature->GetFieldCount(); ++i )
        everything += std::string( feature->GetFieldAsString( i ) ) + "|";
    CHECK( everything.find( "Kameror vid torget" ) != std::string::npos );
    CHECK( ( everything.find( "INTERN" ) != std::string::npos ) == !isPublic );
    CHECK( ( everything.find( "4711" ) != std::string::npos ) == !isPublic );
    GDALClose( dataset );
    CPLSetConfigOption( "OGR_XLSX_HEADERS", nullptr );
  }
  CHECK( exportActions( dir.file( "lista.ods" ), actions ).error().code ==
         MessageCode::ActionExportBadFormat );
}

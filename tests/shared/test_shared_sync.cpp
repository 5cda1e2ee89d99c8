// Offline copies and their synchronisation with the shared database: round trips with edits and deletes on
// both sides, conflicts kept with both versions until settled, two reporters at once, a transaction still
// open during a pull, and a synchronisation killed at every step and resumed with nothing lost or doubled.

#include "sharedtest.h"

#include <csignal>
#include <random>
#include <thread>

using namespace tryggkarta;
using sharedtest::Server;

namespace
{

int64_t count( Database &db, const std::string &sql )
{
  return db.queryInt( sql );
}

int64_t fidOf( Database &db, const std::string &description )
{
  tryggkarta::Statement s = db.prepare( "SELECT fid FROM incidents WHERE description = ?" );
  s.bind( 1, description );
  return s.step() ? s.int64( 0 ) : 0;
}

} // namespace

TEST_CASE( "edits, inserts and deletes travel both ways between copies through the shared database" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" ), bo = dir.file( "bostadsbolaget.gpkg" );
  sharedtest::sync( coord, server.conninfo() );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  {
    auto p = sharedtest::open( bo );
    sharedtest::addIncident( p->db(), 400100, 6580100, "glaskross", "Bostadsbolaget", "Krossad ruta port 3" );
    sharedtest::addIncident( p->db(), 400200, 6580200, "klotter", "Bostadsbolaget", "Klotter i tvättstugan" );
    sharedtest::addIncident( p->db(), 400300, 6580300, "nedskrapning", "Bostadsbolaget",
                             "Grovsopor vid miljöhuset" );
  }
  auto report = sharedtest::sync( bo );
  CHECK( report.pushed == 3 );
  CHECK( report.kind == "reporter" );
  auto admin = sharedtest::connect( server.conninfo() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE owner = 'Bostadsbolaget'" )
           .int64( 0, 0 ) == 3 );

  report = sharedtest::sync( coord );
  CHECK( report.pulled == 3 );
  {
    auto p = sharedtest::open( coord );
    CHECK( count( p->db(), "SELECT count(*) FROM incidents" ) == 3 );
    // The coordinator corrects one and deletes one, and adds a walk with an observation at its stop.
    p->db().exec( "UPDATE incidents SET description = 'Krossad ruta port 3, lagad' WHERE description = "
                  "'Krossad ruta port 3'" );
    p->db().exec( "DELETE FROM incidents WHERE description = 'Klotter i tvättstugan'" );
    p->db().exec( "INSERT INTO safety_walks (name, walk_date, status) VALUES ('Vandring Centrum', "
                  "'2026-11-20', 'done')" );
    const int64_t walk = p->db().lastInsertId();
    const auto blob = encodeGpkgPoint( 3006, 400150, 6580150 );
    Statement stop = p->db().prepare(
      "INSERT INTO walk_stops (geom, walk_id, stop_number, name) VALUES (?, ?, 1, 'Torget')" );
    stop.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, walk );
    stop.run();
    const int64_t stopFid = p->db().lastInsertId();
    Statement obs =
      p->db().prepare( "INSERT INTO observations (geom, walk_id, stop_id, checklist_item, rating, note, "
                       "created_at, updated_at) VALUES (?, ?, ?, 'belysning', 1, 'Mörkt vid trappan', "
                       "'2026-11-20T18:00:00.000Z', '2026-11-20T18:00:00.000Z')" );
    obs.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, walk ).bind( 3, stopFid );
    obs.run();
  }
  report = sharedtest::sync( coord );
  CHECK( report.pushed == 4 ); // the edit, the walk, its stop and the observation
  CHECK( report.pushedDeletes == 1 );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents" ).int64( 0, 0 ) == 2 );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.deleted_rows WHERE table_name = 'incidents'" )
           .int64( 0, 0 ) == 1 );
  CHECK( admin
           ->query( "SELECT s.walk_id = w.uuid AND o.walk_id = w.uuid AND o.stop_id = s.uuid FROM "
                    "tryggkarta.observations o, "
                    "tryggkarta.walk_stops s, tryggkarta.safety_walks w" )
           .text( 0, 0 ) == "t" );

  report = sharedtest::sync( bo );
  CHECK( report.pulledDeletes == 1 );
  {
    auto p = sharedtest::open( bo );
    CHECK( count( p->db(), "SELECT count(*) FROM incidents" ) == 2 );
    CHECK( fidOf( p->db(), "Krossad ruta port 3, lagad" ) > 0 );
    // The walk arrived with its references as this copy's own fids.
    CHECK(
      count( p->db(),
             "SELECT count(*) FROM observations o JOIN walk_stops s ON s.fid = o.stop_id JOIN safety_walks w "
             "ON w.fid = o.walk_id AND w.fid = s.walk_id WHERE w.name = 'Vandring Centrum'" ) == 1 );
    // The other organisation's observation note is its own text: a reporter sees it only if it is theirs.
    CHECK( count( p->db(), "SELECT count(note) FROM observations" ) == 0 );
    CHECK( sharedtest::copyIncidents( p->db() ).size() == 2 );
  }
  // Both copies and the shared database agree.
  auto samordnare = sharedtest::connect( server.conninfo() );
  auto coordCopy = sharedtest::open( coord );
  CHECK( sharedtest::copyIncidents( coordCopy->db() ) == sharedtest::sharedIncidents( *samordnare ) );
  // Nothing to do twice.
  report = sharedtest::sync( coord );
  CHECK( report.pushed == 0 );
  CHECK( report.pulled == 0 );
}

TEST_CASE( "a project file with rows of its own joins the shared project and sends them as new" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string path = dir.file( "egen.gpkg" );
  {
    auto p = ProjectFile::create( path );
    REQUIRE( p.ok() );
    p.value()->db().exec( "INSERT INTO organisations (name, kind) VALUES ('Skolan', 'school')" );
    sharedtest::addIncident( p.value()->db(), 400000, 6580000, "brand", "Skolan", "Brand i papperskorg" );
    sharedtest::addIncident( p.value()->db(), 400010, 6580010, "klotter", "Skolan", "Klotter på skylt" );
  }
  auto report = sharedtest::sync( path, server.as( server.user( "skola" ) ) );
  CHECK( report.pushed == 2 );
  auto admin = sharedtest::connect( server.conninfo() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE owner = 'Skolan'" ).int64( 0, 0 ) ==
         2 );
  // The vocabularies were matched by code, not doubled or sent.
  auto p = sharedtest::open( path );
  CHECK( count( p->db(), "SELECT count(*) FROM categories" ) ==
         admin->query( "SELECT count(*) FROM tryggkarta.categories" ).int64( 0, 0 ) );
  CHECK( count( p->db(), "SELECT count(*) FROM organisations WHERE name = 'Skolan'" ) == 1 );
  CHECK( count( p->db(), "SELECT count(*) FROM sync_changes" ) == 0 );
  // A copy of another shared project is refused.
  Server other;
  other.initWithLogins();
  const auto wrong = synchronise( path, other.conninfo() );
  REQUIRE_FALSE( wrong.ok() );
  CHECK( wrong.error().code == MessageCode::SyncOtherDatabase );
}

TEST_CASE( "a row changed on both sides is a conflict with both versions, settled either way" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" ), bo = dir.file( "bo.gpkg" );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  {
    auto p = sharedtest::open( bo );
    sharedtest::addIncident( p->db(), 400100, 6580100, "glaskross", "Bostadsbolaget", "Ruta" );
    sharedtest::addIncident( p->db(), 400200, 6580200, "klotter", "Bostadsbolaget", "Klotter" );
    sharedtest::addIncident( p->db(), 400300, 6580300, "klotter", "Bostadsbolaget", "Tags" );
  }
  sharedtest::sync( bo );
  sharedtest::sync( coord, server.conninfo() );

  // Both change the same row.
  sharedtest::open( bo )->db().exec(
    "UPDATE incidents SET description = 'Ruta, enligt bolaget' WHERE description = 'Ruta'" );
  sharedtest::open( coord )->db().exec(
    "UPDATE incidents SET description = 'Ruta, enligt samordnaren' WHERE description = 'Ruta'" );
  sharedtest::sync( coord );
  auto report = sharedtest::sync( bo );
  CHECK( report.newConflicts == 1 );
  CHECK( report.openConflicts == 1 );
  CHECK( report.pushed == 0 );
  auto admin = sharedtest::connect( server.conninfo() );
  const auto shared = [&]
  {
    return admin
      ->query( "SELECT string_agg(description, ',' ORDER BY description) FROM tryggkarta.incidents" )
      .text( 0, 0 );
  };
  // Neither side was overwritten.
  CHECK( shared() == "Klotter,Ruta, enligt samordnaren,Tags" );
  {
    auto p = sharedtest::open( bo );
    CHECK( fidOf( p->db(), "Ruta, enligt bolaget" ) > 0 );
    const auto conflicts = openSyncConflicts( p->db() );
    REQUIRE( conflicts.size() == 1 );
    CHECK( conflicts[0].kind == "both_changed" );
    CHECK( conflicts[0].localRow.find( "Ruta, enligt bolaget" ) != std::string::npos );
    CHECK( conflicts[0].serverRow.find( "Ruta, enligt samordnaren" ) != std::string::npos );
    CHECK( conflicts[0].serverVersion == 2 );
    // A later pull does not apply the shared version over it either.
    REQUIRE( resolveSyncConflict( p->db(), conflicts[0].id, true ).ok() );
    CHECK_FALSE( resolveSyncConflict( p->db(), conflicts[0].id, true ).ok() );
  }
  report = sharedtest::sync( bo );
  CHECK( report.pushed == 1 );
  CHECK( report.openConflicts == 0 );
  CHECK( shared() == "Klotter,Ruta, enligt bolaget,Tags" );

  // Changed here, deleted there: the shared version (no row) is taken.
  sharedtest::sync( coord );
  sharedtest::open( coord )->db().exec( "DELETE FROM incidents WHERE description = 'Klotter'" );
  sharedtest::open( bo )->db().exec( "UPDATE incidents SET weight = 2 WHERE description = 'Klotter'" );
  sharedtest::sync( coord );
  report = sharedtest::sync( bo );
  CHECK( report.newConflicts == 1 );
  {
    auto p = sharedtest::open( bo );
    const auto conflicts = openSyncConflicts( p->db() );
    REQUIRE( conflicts.size() == 1 );
    CHECK( conflicts[0].kind == "deleted_there" );
    CHECK( fidOf( p->db(), "Klotter" ) > 0 );
    REQUIRE( resolveSyncConflict( p->db(), conflicts[0].id, false ).ok() );
    CHECK( fidOf( p->db(), "Klotter" ) == 0 );
  }

  // Deleted here, changed there: kept there, fetched back here.
  sharedtest::open( bo )->db().exec( "DELETE FROM incidents WHERE description = 'Tags'" );
  sharedtest::open( coord )->db().exec(
    "UPDATE incidents SET description = 'Tags, sanerade' WHERE description = 'Tags'" );
  sharedtest::sync( coord );
  report = sharedtest::sync( bo );
  CHECK( report.newConflicts == 1 );
  CHECK( shared() == "Ruta, enligt bolaget,Tags, sanerade" );
  {
    auto p = sharedtest::open( bo );
    const auto conflicts = openSyncConflicts( p->db() );
    REQUIRE( conflicts.size() == 1 );
    CHECK( conflicts[0].kind == "deleted_here" );
    REQUIRE( resolveSyncConflict( p->db(), conflicts[0].id, false ).ok() );
  }
  sharedtest::sync( bo );
  {
    auto p = sharedtest::open( bo );
    CHECK( fidOf( p->db(), "Tags, sanerade" ) > 0 );
    CHECK( count( p->db(), "SELECT count(*) FROM sync_changes" ) == 0 );
  }
  auto samordnare = sharedtest::connect( server.as( server.user( "samordnare" ) ) );
  CHECK( sharedtest::copyIncidents( sharedtest::open( bo )->db() ) ==
         sharedtest::sharedIncidents( *samordnare ) );
}

TEST_CASE(
  "a reporter's change to another organisation's row is refused by the database and kept as a conflict" )
{
  Server server;
  server.initWithLogins();
  auto admin = sharedtest::connect( server.conninfo() );
  admin->exec(
    "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, organisation, description, created_at, "
    "updated_at) VALUES (ST_SetSRID(ST_Point(400000, 6580000), 3006), now(), 'klotter', 'Skolan', 'Skolans', "
    "now(), now())" );
  testutil::TempDir dir;
  const std::string bo = dir.file( "bo.gpkg" );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  sharedtest::open( bo )->db().exec( "UPDATE incidents SET category = 'brand'" );
  auto report = sharedtest::sync( bo );
  CHECK( report.pushed == 0 );
  CHECK( report.newConflicts == 1 );
  CHECK_FALSE( report.notes.empty() );
  CHECK( admin->query( "SELECT category FROM tryggkarta.incidents" ).text( 0, 0 ) == "klotter" );
  auto p = sharedtest::open( bo );
  const auto conflicts = openSyncConflicts( p->db() );
  REQUIRE( conflicts.size() == 1 );
  CHECK( conflicts[0].kind == "refused" );
  // Settled for the shared version: fetched back at the next synchronisation.
  REQUIRE( resolveSyncConflict( p->db(), conflicts[0].id, false ).ok() );
  p.reset();
  sharedtest::sync( bo );
  CHECK( sharedtest::open( bo )->db().queryText( "SELECT category FROM incidents" ) == "klotter" );

  // The steering group's copy is read-only: its changes stay in the copy, with a note.
  const std::string styr = dir.file( "styr.gpkg" );
  sharedtest::sync( styr, server.as( server.user( "styr" ) ) );
  sharedtest::open( styr )->db().exec( "UPDATE incidents SET category = 'brand'" );
  report = sharedtest::sync( styr );
  CHECK( report.pending == 1 );
  REQUIRE( report.notes.size() == 1 );
  CHECK( report.notes[0].code == MessageCode::SyncReadOnlyRole );
}

TEST_CASE( "two reporters synchronising at the same time both land whole" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string bo = dir.file( "bo.gpkg" ), skola = dir.file( "skola.gpkg" );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  sharedtest::sync( skola, server.as( server.user( "skola" ) ) );
  for ( const auto &[path, org] :
        { std::pair<std::string, std::string>{ bo, "Bostadsbolaget" }, { skola, "Skolan" } } )
  {
    auto p = sharedtest::open( path );
    Transaction t( p->db() );
    for ( int i = 0; i < 300; ++i )
      sharedtest::addIncident( p->db(), 400000 + i, 6580000 + i, "klotter", org,
                               org + " " + std::to_string( i ) );
    t.commit();
  }
  SyncReport a, b;
  std::string failA, failB;
  std::thread one(
    [&]
    {
      auto r = synchronise( bo, "", SyncOptions{ {}, 50 } );
      if ( r.ok() )
        a = r.value();
      else
        failA = r.error().text();
    } );
  std::thread two(
    [&]
    {
      auto r = synchronise( skola, "", SyncOptions{ {}, 50 } );
      if ( r.ok() )
        b = r.value();
      else
        failB = r.error().text();
    } );
  one.join();
  two.join();
  CHECK( failA.empty() );
  CHECK( failB.empty() );
  CHECK( a.pushed == 300 );
  CHECK( b.pushed == 300 );
  auto admin = sharedtest::connect( server.conninfo() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents" ).int64( 0, 0 ) == 600 );
  CHECK( admin->query( "SELECT count(DISTINCT description) FROM tryggkarta.incidents" ).int64( 0, 0 ) ==
         600 );
  // Each sees the other's rows (without their text) after the next synchronisation.
  sharedtest::sync( bo );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM incidents" ) == 600 );
}

TEST_CASE( "a row written by a transaction still open during a pull arrives with the next one" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string bo = dir.file( "bo.gpkg" );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  auto slow = sharedtest::connect( server.as( server.user( "skola" ) ) );
  slow->exec( "BEGIN" );
  slow->exec(
    "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, created_at, updated_at) VALUES "
    "(ST_SetSRID(ST_Point(400000, 6580000), 3006), now() - interval '1 day', 'klotter', now(), now())" );
  // Meanwhile someone else's row commits and is pulled: the pull's mark must not pass the open transaction.
  auto quick = sharedtest::connect( server.conninfo() );
  quick->exec(
    "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, organisation, created_at, updated_at) "
    "VALUES (ST_SetSRID(ST_Point(400500, 6580500), 3006), now(), 'brand', 'Polisen', now(), now())" );
  auto report = sharedtest::sync( bo );
  CHECK( report.pulled == 1 );
  slow->exec( "COMMIT" );
  report = sharedtest::sync( bo );
  CHECK( report.pulled == 1 );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM incidents" ) == 2 );
}

namespace
{

//! A copy with changes on both sides waiting: 5 new, 2 edited and 1 deleted here; 3 new, 1 edited and 1
//! deleted there. Returns the number of incidents both sides should have after a synchronisation.
int64_t prepareBothSides( Server &server, const std::string &coord )
{
  sharedtest::sync( coord, server.conninfo() );
  {
    auto p = sharedtest::open( coord );
    for ( int i = 0; i < 7; ++i )
      sharedtest::addIncident( p->db(), 400000 + 10 * i, 6580000, "klotter", "Skolan",
                               "bas " + std::to_string( i ) );
  }
  sharedtest::sync( coord );
  {
    auto p = sharedtest::open( coord );
    for ( int i = 0; i < 5; ++i )
      sharedtest::addIncident( p->db(), 401000 + 10 * i, 6581000, "brand", "Polisen",
                               "ny här " + std::to_string( i ) );
    p->db().exec( "UPDATE incidents SET description = 'ändrad här 1' WHERE description = 'bas 1'" );
    p->db().exec( "UPDATE incidents SET description = 'ändrad här 2' WHERE description = 'bas 2'" );
    p->db().exec( "DELETE FROM incidents WHERE description = 'bas 3'" );
  }
  auto bo = sharedtest::connect( server.as( server.user( "bo" ) ) );
  for ( int i = 0; i < 3; ++i )
    bo->exec(
      "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, description, created_at, updated_at) "
      "VALUES (ST_SetSRID(ST_Point(" +
      std::to_string( 402000 + 10 * i ) + ", 6582000), 3006), now(), 'glaskross', 'ny där " +
      std::to_string( i ) + "', now(), now())" );
  auto admin = sharedtest::connect( server.conninfo() );
  admin->exec( "UPDATE tryggkarta.incidents SET description = 'ändrad där 4' WHERE description = 'bas 4'" );
  admin->exec( "DELETE FROM tryggkarta.incidents WHERE description = 'bas 5'" );
  return 7 + 5 - 1 + 3 - 1;
}

void checkInStep( Server &server, const std::string &coord, int64_t expected )
{
  auto admin = sharedtest::connect( server.conninfo() );
  auto p = sharedtest::open( coord );
  const auto here = sharedtest::copyIncidents( p->db() );
  const auto there = sharedtest::sharedIncidents( *admin );
  CHECK( static_cast<int64_t>( there.size() ) == expected );
  CHECK( here == there );
  CHECK( p->db().queryInt( "SELECT count(*) FROM sync_changes" ) == 0 );
  CHECK( p->db().queryInt( "SELECT count(*) FROM sync_conflicts" ) == 0 );
  CHECK( p->db().queryInt( "SELECT count(*) FROM sync_applying" ) == 0 );
  CHECK(
    admin
      ->query(
        "SELECT count(*) FROM tryggkarta.incidents WHERE description IN ('ändrad här 1', 'ändrad här 2', "
        "'ändrad där 4')" )
      .int64( 0, 0 ) == 3 );
}

} // namespace

TEST_CASE( "a synchronisation killed at any step is finished by the next one, nothing lost or doubled" )
{
  // tryggkarta-cli sync killed (SIGKILL, as kill -9) at its Nth commit on either side, for every N until a
  // synchronisation runs to its end; batches of 2 rows make many steps. Each N starts from the same state: a
  // copy of the prepared database and of the prepared project file.
  Server prepared;
  prepared.initWithLogins();
  testutil::TempDir dir;
  const std::string preparedCopy = dir.file( "prepared.gpkg" );
  const int64_t expected = prepareBothSides( prepared, preparedCopy );
  int finished = 0;
  for ( int step = 1; step < 200 && !finished; ++step )
  {
    INFO( "killed at step " << step );
    Server server( prepared.name() );
    const std::string coord = dir.file( "step" + std::to_string( step ) + ".gpkg" );
    std::filesystem::copy_file( preparedCopy, coord );
    const auto killed = clitest::runCommand(
      "TRYGGKARTA_SYNC_KILL_AT=" + std::to_string( step ) + " " + TRYGGKARTA_CLI + " sync '" + coord +
      "' --connect '" + server.conninfo() + "' --batch 2 >/dev/null 2>&1; echo exit=$?" );
    if ( killed.output.find( "exit=137" ) == std::string::npos )
    {
      CHECK( killed.output.find( "exit=0" ) != std::string::npos );
      finished = step;
    }
    const auto resumed = clitest::cli( { "sync", coord, "--connect", server.conninfo(), "--batch", "2" } );
    REQUIRE( resumed.exitCode == 0 );
    checkInStep( server, coord, expected );
    std::filesystem::remove( coord );
  }
  INFO( "a synchronisation ran to its end when killed at step " << finished );
  CHECK( finished > 10 );
}

TEST_CASE(
  "a synchronisation killed at random moments while sending thousands of rows loses and doubles nothing" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" );
  sharedtest::sync( coord, server.conninfo() );
  {
    auto p = sharedtest::open( coord );
    Transaction t( p->db() );
    for ( int i = 0; i < 3000; ++i )
      sharedtest::addIncident( p->db(), 400000 + i, 6580000 + ( i % 100 ), "klotter", "Skolan",
                               "rad " + std::to_string( i ) );
    t.commit();
  }
  std::mt19937 random( 20261207 );
  int kills = 0;
  for ( int attempt = 0; attempt < 6; ++attempt )
  {
    const int ms = std::uniform_int_distribution<int>( 20, 400 )( random );
    const auto run =
      clitest::runCommand( "timeout -s KILL " + std::to_string( ms / 1000.0 ) + " " + TRYGGKARTA_CLI +
                           " sync '" + coord + "' --batch 100 >/dev/null 2>&1; echo exit=$?" );
    if ( run.output.find( "exit=137" ) != std::string::npos )
      ++kills;
  }
  const auto resumed = clitest::cli( { "sync", coord } );
  REQUIRE( resumed.exitCode == 0 );
  auto admin = sharedtest::connect( server.conninfo() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents" ).int64( 0, 0 ) == 3000 );
  CHECK( admin->query( "SELECT count(DISTINCT description) FROM tryggkarta.incidents" ).int64( 0, 0 ) ==
         3000 );
  auto p = sharedtest::open( coord );
  CHECK( sharedtest::copyIncidents( p->db() ) == sharedtest::sharedIncidents( *admin ) );
  CHECK( p->db().queryInt( "SELECT count(*) FROM sync_changes" ) == 0 );
  INFO( kills << " of 6 runs were killed" );
  CHECK( kills >= 1 );

  // A new copy of those rows killed at random moments while it is filled (its tables are each filled in one
  // transaction): the next synchronisation makes it whole, with a sound spatial index.
  const std::string fresh = dir.file( "ny.gpkg" );
  int freshKills = 0;
  for ( int attempt = 0; attempt < 6; ++attempt )
  {
    const int ms = std::uniform_int_distribution<int>( 20, 300 )( random );
    const auto run = clitest::runCommand( "timeout -s KILL " + std::to_string( ms / 1000.0 ) + " " +
                                          TRYGGKARTA_CLI + " sync '" + fresh + "' --connect '" +
                                          server.conninfo() + "' --batch 700 >/dev/null 2>&1; echo exit=$?" );
    if ( run.output.find( "exit=137" ) != std::string::npos )
      ++freshKills;
  }
  const auto made = clitest::cli( { "sync", fresh, "--connect", server.conninfo() } );
  INFO( made.output );
  REQUIRE( made.exitCode == 0 );
  auto n = sharedtest::open( fresh );
  CHECK( sharedtest::copyIncidents( n->db() ) == sharedtest::sharedIncidents( *admin ) );
  CHECK( n->db().queryText( "SELECT rtreecheck('rtree_incidents_geom')" ) == "ok" );
  CHECK( n->db().queryInt( "SELECT count(*) FROM rtree_incidents_geom" ) == 3000 );
  CHECK( n->db().queryInt( "SELECT count(*) FROM sync_changes" ) == 0 );
  CHECK( n->db().queryInt( "SELECT count(*) FROM sync_applying" ) == 0 );
  INFO( freshKills << " of 6 runs making a new copy were killed" );
  CHECK( freshKills >= 1 );

  // Killed at chosen steps (a table's commit, or one of the incidents' statements within their fill): the
  // table is then empty or whole, never half, and the next synchronisation finishes it.
  int stepKills = 0;
  for ( const int step : { 3, 15, 30, 50, 70 } )
  {
    INFO( "killed at step " << step );
    const std::string copy = dir.file( "steg" + std::to_string( step ) + ".gpkg" );
    const auto run = clitest::runCommand( "TRYGGKARTA_SYNC_KILL_AT=" + std::to_string( step ) + " " +
                                          TRYGGKARTA_CLI + " sync '" + copy + "' --connect '" +
                                          server.conninfo() + "' --batch 700 >/dev/null 2>&1; echo exit=$?" );
    if ( run.output.find( "exit=137" ) != std::string::npos )
    {
      ++stepKills;
      const int64_t held = sharedtest::open( copy )->db().queryInt( "SELECT count(*) FROM incidents" );
      CHECK( ( held == 0 || held == 3000 ) );
    }
    REQUIRE( clitest::cli( { "sync", copy } ).exitCode == 0 );
    auto c = sharedtest::open( copy );
    CHECK( sharedtest::copyIncidents( c->db() ) == sharedtest::sharedIncidents( *admin ) );
    CHECK( c->db().queryText( "SELECT rtreecheck('rtree_incidents_geom')" ) == "ok" );
    CHECK( c->db().queryInt( "SELECT count(*) FROM sync_applying" ) == 0 );
  }
  CHECK( stepKills >= 4 );
}

TEST_CASE(
  "a new copy is filled as a bulk load: every row, its spatial index, indexes and triggers, and a row "
  "it refuses kept as a conflict" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" ), fresh = dir.file( "ny.gpkg" );
  sharedtest::sync( coord, server.conninfo() );
  {
    auto p = sharedtest::open( coord );
    Transaction t( p->db() );
    std::mt19937 random( 7 );
    std::uniform_real_distribution<double> x( 400000, 404000 ), y( 6580000, 6584000 );
    for ( int i = 0; i < 1000; ++i )
      sharedtest::addIncident( p->db(), x( random ), y( random ), i % 3 ? "klotter" : "glaskross", "Skolan",
                               "händelse " + std::to_string( i ) );
    // Two walks, their 100 stops interleaved (stop 1 of A, stop 1 of B, ...).
    int64_t walks[2] = { 0, 0 };
    for ( int w = 0; w < 2; ++w )
    {
      p->db().exec( std::string( "INSERT INTO safety_walks (name, walk_date, status) VALUES ('Vandring " ) +
                    ( w ? "B" : "A" ) + "', '2026-11-20', 'done')" );
      walks[w] = p->db().lastInsertId();
    }
    Statement stop =
      p->db().prepare( "INSERT INTO walk_stops (geom, walk_id, stop_number, name) VALUES (?, ?, ?, ?)" );
    for ( int i = 0; i < 100; ++i )
    {
      const auto blob = encodeGpkgPoint( 3006, 400000 + i, 6580000 );
      stop.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
        .bind( 2, walks[i % 2] )
        .bind( 3, 1 + i / 2 );
      stop.bind( 4, "stopp " + std::to_string( i ) );
      stop.run();
    }
    t.commit();
  }
  sharedtest::sync( coord );

  // One row the shared database was made to allow and a copy's file refuses: a negative weight.
  auto admin = sharedtest::connect( server.conninfo() );
  const std::string check =
    admin
      ->query( "SELECT conname FROM pg_constraint WHERE conrelid = 'tryggkarta.incidents'::regclass AND "
               "contype = 'c' AND pg_get_constraintdef(oid) LIKE '%weight%'" )
      .text( 0, 0 );
  admin->exec( "ALTER TABLE tryggkarta.incidents DROP CONSTRAINT " + quoteIdent( check ) );
  admin->exec( "UPDATE tryggkarta.incidents SET weight = -1 WHERE description = 'händelse 500'" );
  const std::string refusedUuid =
    admin->query( "SELECT uuid::text FROM tryggkarta.incidents WHERE weight < 0" ).text( 0, 0 );
  // And a walk the copy refuses (a negative number of participants): its stops cannot be held here, and are
  // asked for again; those of the other walk, in the same statements, arrive.
  const std::string walkCheck =
    admin
      ->query( "SELECT conname FROM pg_constraint WHERE conrelid = 'tryggkarta.safety_walks'::regclass AND "
               "contype = 'c' AND pg_get_constraintdef(oid) LIKE '%participants >=%' AND "
               "pg_get_constraintdef(oid) NOT LIKE '%expected%'" )
      .text( 0, 0 );
  admin->exec( "ALTER TABLE tryggkarta.safety_walks DROP CONSTRAINT " + quoteIdent( walkCheck ) );
  admin->exec( "UPDATE tryggkarta.safety_walks SET participants = -1 WHERE name = 'Vandring B'" );

  // Batches of 300: statements of 64 rows and shorter ones at each batch's end.
  const auto report = sharedtest::sync( fresh, server.conninfo(), 300 );
  CHECK( report.newConflicts == 2 );
  auto n = sharedtest::open( fresh );
  Database &db = n->db();
  const auto conflicts = openSyncConflicts( db );
  REQUIRE( conflicts.size() == 2 );
  for ( const auto &conflict : conflicts )
  {
    CHECK( conflict.kind == "refused" );
    CHECK( conflict.reason.find( "this copy" ) != std::string::npos );
    if ( conflict.table == "incidents" )
      CHECK( conflict.uuid == refusedUuid );
    else
      CHECK( conflict.table == "safety_walks" );
  }
  CHECK( db.queryInt( "SELECT count(*) FROM safety_walks" ) == 1 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM walk_stops s JOIN safety_walks w ON w.fid = s.walk_id WHERE w.name = "
                 "'Vandring A'" ) == 50 );
  CHECK( db.queryInt( "SELECT count(*) FROM walk_stops" ) == 50 );
  CHECK( db.queryInt( "SELECT count(*) FROM walk_stops WHERE name = 'stopp 98' AND stop_number = 50" ) == 1 );
  CHECK( db.queryInt( "SELECT count(*) FROM sync_refetch WHERE tbl = 'walk_stops'" ) == 50 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM walk_stops s JOIN sync_rows r ON r.tbl = 'walk_stops' AND r.fid = "
                 "s.fid" ) == 50 );

  // Every other row, as the coordinator's copy has it (the refused one's line left out).
  auto c = sharedtest::open( coord );
  auto expected = sharedtest::copyIncidents( c->db() );
  expected.erase( std::remove_if( expected.begin(), expected.end(),
                                  [&]( const std::string &line )
                                  { return line.rfind( refusedUuid, 0 ) == 0; } ),
                  expected.end() );
  REQUIRE( expected.size() == 999 );
  CHECK( sharedtest::copyIncidents( db ) == expected );
  CHECK( db.queryInt( "SELECT count(DISTINCT fid) FROM sync_rows WHERE tbl = 'incidents'" ) == 999 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents i JOIN sync_rows r ON r.tbl = 'incidents' AND r.fid = "
                      "i.fid" ) == 999 );

  // The spatial index: sound, every row's own point, and a window answered as the rows' coordinates do.
  CHECK( db.queryText( "SELECT rtreecheck('rtree_incidents_geom')" ) == "ok" );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents i JOIN rtree_incidents_geom r ON r.id = i.fid WHERE "
                      "r.minx <= ST_MinX(i.geom) AND r.maxx >= ST_MaxX(i.geom) AND r.miny <= ST_MinY(i.geom) "
                      "AND r.maxy >= ST_MaxY(i.geom) AND r.maxx - r.minx <= 2 AND r.maxy - r.miny <= 2" ) ==
         999 );
  CHECK( db.queryInt( "SELECT count(*) FROM rtree_incidents_geom" ) == 999 );
  const int64_t inWindow =
    db.queryInt( "SELECT count(*) FROM rtree_incidents_geom WHERE maxx >= 401000 AND minx <= 402500 AND "
                 "maxy >= 6581000 AND miny <= 6582500" );
  const int64_t inner =
    db.queryInt( "SELECT count(*) FROM incidents WHERE ST_MinX(geom) BETWEEN 401001 AND 402499 "
                 "AND ST_MinY(geom) BETWEEN 6581001 AND 6582499" );
  const int64_t outer =
    db.queryInt( "SELECT count(*) FROM incidents WHERE ST_MinX(geom) BETWEEN 400999 AND 402501 "
                 "AND ST_MinY(geom) BETWEEN 6580999 AND 6582501" );
  CHECK( inner > 50 );
  CHECK( inWindow >= inner );
  CHECK( inWindow <= outer );

  // The same indexes and triggers as the coordinator's copy, working again after the fill.
  const std::string objects =
    "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type IN "
    "('index', 'trigger') AND tbl_name = 'incidents' ORDER BY name)";
  CHECK( db.queryText( objects ) == c->db().queryText( objects ) );
  CHECK( db.queryInt( "SELECT count(*) FROM sync_applying" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM sync_changes" ) == 0 );
  const int64_t added =
    sharedtest::addIncident( db, 403999, 6583999, "klotter", "Skolan", "ny efter fyllningen" );
  CHECK( db.queryInt( "SELECT count(*) FROM sync_changes WHERE tbl = 'incidents' AND op = 'I' AND fid = " +
                      std::to_string( added ) ) == 1 );
  CHECK( db.queryInt( "SELECT count(*) FROM rtree_incidents_geom WHERE id = " + std::to_string( added ) ) ==
         1 );
  CHECK( db.queryText( "SELECT rtreecheck('rtree_incidents_geom')" ) == "ok" );
  CHECK( db.queryInt(
           "SELECT count(*) FROM incidents WHERE description = 'händelse 998' AND category = 'klotter'" ) ==
         1 );
  n.reset();
  c.reset();
  const auto next = sharedtest::sync( fresh );
  CHECK( next.pushed == 1 );
  CHECK( next.pulled == 0 );
}

TEST_CASE( "the command-line tool manages the shared project, its users and a copy's conflicts" )
{
  Server server;
  testutil::TempDir dir;
  const std::string conninfo = server.conninfo();
  auto run = clitest::cli( { "shared", "init", conninfo } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "schema tryggkarta version " + std::to_string( kSharedSchemaVersion ) ) !=
         std::string::npos );
  CHECK( clitest::cli( { "shared", "init", conninfo } ).exitCode == 1 );
  CHECK( clitest::cli( { "shared", "add-organisation", conninfo, "Bostadsbolaget", "--kind", "housing" } )
           .exitCode == 0 );
  run = clitest::runCommand( "echo 'hemligt lösen' | " + std::string( TRYGGKARTA_CLI ) +
                             " shared add-user '" + conninfo + "' " + server.user( "bo" ) +
                             " --role reporter --organisation Bostadsbolaget --password-stdin 2>&1" );
  REQUIRE( run.exitCode == 0 );
  // The password was hashed before it left the program.
  auto admin = sharedtest::connect( conninfo );
  CHECK( admin
           ->query( "SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_authid WHERE rolname = $1",
                    { server.user( "bo" ) } )
           .text( 0, 0 ) == "t" );
  run = clitest::cli( { "shared", "add-user", conninfo, server.user( "x" ), "--role", "reporter" } );
  CHECK( run.exitCode == 1 );
  CHECK( run.output.find( "reports for an organisation" ) != std::string::npos );
  run = clitest::cli( { "shared", "list-users", conninfo } );
  CHECK( run.output.find( server.user( "bo" ) + "\treporter\tBostadsbolaget\tyes" ) != std::string::npos );
  run = clitest::cli( { "shared", "info", server.as( server.user( "bo" ) ) } );
  CHECK( run.output.find( "reporter for Bostadsbolaget" ) != std::string::npos );

  const std::string copy = dir.file( "kopia.gpkg" );
  run = clitest::cli( { "sync", copy, "--connect", conninfo } );
  REQUIRE( run.exitCode == 0 );
  // Passwords are never written to the copy.
  CHECK( clitest::cli( { "sync", copy, "--status" } ).output.find( "Not sent:     0 changes" ) !=
         std::string::npos );
  {
    auto p = sharedtest::open( copy );
    sharedtest::addIncident( p->db(), 400000, 6580000, "klotter", "Bostadsbolaget", "Här" );
  }
  REQUIRE( clitest::cli( { "sync", copy } ).exitCode == 0 );
  admin->exec( "UPDATE tryggkarta.incidents SET description = 'Där'" );
  sharedtest::open( copy )->db().exec( "UPDATE incidents SET description = 'Här igen'" );
  run = clitest::cli( { "sync", copy } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "1 conflicts wait for a decision" ) != std::string::npos );
  run = clitest::cli( { "sync", copy, "--conflicts" } );
  CHECK( run.output.find( "\"description\": \"Här igen\"" ) != std::string::npos );
  CHECK( run.output.find( "\"description\": \"Där\"" ) != std::string::npos );
  CHECK( clitest::cli( { "sync", copy, "--resolve", "1", "--keep", "shared" } ).exitCode == 0 );
  REQUIRE( clitest::cli( { "sync", copy } ).exitCode == 0 );
  CHECK( sharedtest::open( copy )->db().queryText( "SELECT description FROM incidents" ) == "Där" );
  CHECK( clitest::cli( { "sync", dir.file( "annan.gpkg" ) } ).exitCode == 1 );
}

TEST_CASE(
  "deletes in the shared database never take rows changed here with them, nor stop a synchronisation" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" ), bo = dir.file( "bo.gpkg" );
  auto admin = sharedtest::connect( server.conninfo() );
  admin->exec( "INSERT INTO tryggkarta.categories (code, label_sv, label_en, group_code, color) VALUES "
               "('ny', 'Ny', 'New', "
               "'skadegorelse', '#123456'), ('oanvand', 'Oanvänd', 'Unused', 'skadegorelse', '#654321')" );
  admin->exec( "INSERT INTO tryggkarta.safety_walks (name, status) VALUES ('Kvällsvandring', 'planned')" );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  {
    auto p = sharedtest::open( bo );
    CHECK( count( p->db(), "SELECT count(*) FROM categories WHERE code IN ('ny', 'oanvand')" ) == 2 );
    // Offline: an incident of the new category, and a stop added to the walk.
    sharedtest::addIncident( p->db(), 400000, 6580000, "ny", "Bostadsbolaget", "Ny sorts händelse" );
    const auto blob = encodeGpkgPoint( 3006, 400100, 6580100 );
    Statement stop =
      p->db().prepare( "INSERT INTO walk_stops (geom, walk_id, stop_number, name) SELECT ?, fid, 1, "
                       "'Port 3' FROM safety_walks WHERE name = 'Kvällsvandring'" );
    stop.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    stop.run();
  }
  // Meanwhile the coordinator removes both categories and the walk.
  admin->exec( "DELETE FROM tryggkarta.categories WHERE code IN ('ny', 'oanvand')" );
  admin->exec( "DELETE FROM tryggkarta.safety_walks WHERE name = 'Kvällsvandring'" );
  const auto report = sharedtest::sync( bo );
  CHECK( report.newConflicts >= 2 );
  auto p = sharedtest::open( bo );
  // The unused category went; the used one and the walk with the new stop stayed, as conflicts.
  CHECK( count( p->db(), "SELECT count(*) FROM categories WHERE code = 'oanvand'" ) == 0 );
  CHECK( count( p->db(), "SELECT count(*) FROM categories WHERE code = 'ny'" ) == 1 );
  CHECK( count( p->db(), "SELECT count(*) FROM walk_stops WHERE name = 'Port 3'" ) == 1 );
  CHECK(
    count( p->db(),
           "SELECT count(*) FROM sync_conflicts WHERE kind = 'deleted_there' AND tbl = 'safety_walks'" ) ==
    1 );
  CHECK( count( p->db(),
                "SELECT count(*) FROM sync_conflicts WHERE kind = 'deleted_there' AND tbl = 'categories'" ) ==
         1 );
}

TEST_CASE(
  "a restricted row leaves the copies that may not read it and comes back when the restriction is lifted" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string bo = dir.file( "bo.gpkg" ), polis = dir.file( "polis.gpkg" );
  auto admin = sharedtest::connect( server.conninfo() );
  const std::string incident = admin
                                 ->query( "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, "
                                          "organisation, description, created_at, "
                                          "updated_at) VALUES (ST_SetSRID(ST_Point(400000, 6580000), 3006), "
                                          "now(), 'ran', 'Polisen', 'Rån', now(), "
                                          "now()) RETURNING uuid::text" )
                                 .text( 0, 0 );
  const std::string action =
    admin
      ->query( "INSERT INTO tryggkarta.actions (title, responsible_organisation, incident_id, created_at, "
               "updated_at) "
               "VALUES ('Belysning', 'Bostadsbolaget', $1::uuid, now(), now()) RETURNING uuid::text",
               { incident } )
      .text( 0, 0 );
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  sharedtest::sync( polis, server.as( server.user( "polis" ) ) );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM incidents" ) == 1 );
  REQUIRE( setSharedRestricted( *admin, "incidents", incident, true ).ok() );
  sharedtest::sync( bo );
  sharedtest::sync( polis );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM incidents" ) == 0 );
  CHECK( sharedtest::open( polis )->db().queryInt( "SELECT count(*) FROM incidents" ) == 1 );
  // The housing company moves the action on; its link to the incident it can no longer read is kept.
  sharedtest::open( bo )->db().exec( "UPDATE actions SET status = 'decided', decided_date = '2026-12-01'" );
  CHECK( sharedtest::sync( bo ).pushed == 1 );
  CHECK(
    admin
      ->query( "SELECT incident_id::text, status FROM tryggkarta.actions WHERE uuid = $1::uuid", { action } )
      .text( 0, 0 ) == incident );
  REQUIRE( setSharedRestricted( *admin, "incidents", incident, false ).ok() );
  sharedtest::sync( bo );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM incidents" ) == 1 );
  // A copy is its login's: another login is refused.
  const auto other = synchronise( bo, server.as( server.user( "skola" ) ) );
  REQUIRE_FALSE( other.ok() );
  CHECK( other.error().code == MessageCode::SyncOtherLogin );
}

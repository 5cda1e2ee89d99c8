// The rest of the EST loop in the shared database (schema version 2): walk organisations and photos,
// priorities and the actions' link to them, evaluations, and the citizen promises with their activities and
// links. The demo municipality joins a shared project and a reporter's copy takes it whole; the EST group's
// decisions are the coordinator's to write; a version 1 database is migrated and an older copy shares the new
// tables from then on.

#include "demomunicipality.h"
#include "sharedtest.h"

using namespace tryggkarta;
using sharedtest::Server;

namespace
{

const char *const kLaterTables[] = { "walk_organisations", "walk_photos",      "priorities",
                                     "evaluations",        "citizen_promises", "promise_activities",
                                     "promise_links",      "crosswalks",       "crosswalk_entries" };

//! A photo's bytes with every byte value COPY's text format and bytea's hex input must carry through: NUL,
//! tab, newline, backslash.
std::string photoBytes()
{
  std::string bytes = "\xff\xd8\xff\xe0 JFIF";
  for ( int i = 0; i < 256; ++i )
    bytes += static_cast<char>( i );
  bytes += std::string( "\\x00\t\n\\\\" );
  return bytes;
}

int64_t addPhoto( Database &db, const std::string &note )
{
  const std::string bytes = photoBytes();
  Statement s = db.prepare(
    "INSERT INTO walk_photos (walk_id, file_name, content_sha256, x, y, position_source, data, note, "
    "created_at) VALUES ((SELECT min(fid) FROM safety_walks), 'IMG_0001.jpg', 'abc', 400100, 6580100, "
    "'manual', ?, ?, '2026-11-20T18:00:00.000Z')" );
  s.bindBlob( 1, bytes.data(), static_cast<int>( bytes.size() ) ).bind( 2, note );
  s.run();
  return db.lastInsertId();
}

int64_t addEvaluation( Database &db )
{
  db.exec(
    "INSERT INTO evaluations (action_id, name, target_area_id, comparison_area_id, buffer_m, "
    "before_from, before_until, after_from, after_until, result, created_at) SELECT (SELECT min(fid) FROM "
    "actions), 'Belysningen i parken', min(fid), max(fid), 200, '2025-01-01', '2025-06-30', "
    "'2025-07-01', '2025-12-31', '{\"did\": -0.4}', '2026-01-10T09:00:00.000Z' FROM areas" );
  return db.lastInsertId();
}

//! A table's rows in a copy as text, sorted, with references as the rows they name (not this copy's fids).
std::vector<std::string> rowsOf( Database &db, const std::string &sql )
{
  Statement s = db.prepare( sql );
  std::vector<std::string> out;
  while ( s.step() )
  {
    std::string line;
    for ( int i = 0; i < s.columnCount(); ++i )
      line += ( i ? "|" : "" ) + ( s.isNull( i ) ? std::string( "-" ) : s.text( i ) );
    out.push_back( line );
  }
  std::sort( out.begin(), out.end() );
  return out;
}

} // namespace

TEST_CASE( "the EST loop's priorities, evaluations, citizen promises, walk organisations and photos go round "
           "between copies" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" ), bo = dir.file( "bostadsbolaget.gpkg" );
  REQUIRE( createDemoProject( coord ).ok() );
  {
    auto p = sharedtest::open( coord );
    addPhoto( p->db(), "Trasig lampa vid entrén" );
    addEvaluation( p->db() );
    for ( const char *table : kLaterTables )
    {
      INFO( table );
      CHECK( p->db().queryInt( std::string( "SELECT count(*) FROM " ) + table ) > 0 );
    }
  }
  // The coordinator's demo joins: every row of every table is sent, none refused.
  auto report = sharedtest::sync( coord, server.conninfo() );
  CHECK( report.newConflicts == 0 );
  auto admin = sharedtest::connect( server.conninfo() );
  {
    auto p = sharedtest::open( coord );
    for ( const char *table : kLaterTables )
    {
      INFO( table );
      CHECK( admin->query( std::string( "SELECT count(*) FROM tryggkarta." ) + table ).int64( 0, 0 ) ==
             p->db().queryInt( std::string( "SELECT count(*) FROM " ) + table ) );
    }
    CHECK( admin->query( "SELECT count(priority_id) FROM tryggkarta.actions" ).int64( 0, 0 ) ==
           p->db().queryInt( "SELECT count(priority_id) FROM actions" ) );
    CHECK( p->db().queryInt( "SELECT count(priority_id) FROM actions" ) > 0 );
  }
  // The photo's bytes arrived as they were.
  const std::string bytes = photoBytes();
  CHECK( admin->query( "SELECT encode(data, 'hex') FROM tryggkarta.walk_photos" ).text( 0, 0 ) ==
         [&]
         {
           static const char *hex = "0123456789abcdef";
           std::string out;
           for ( unsigned char c : bytes )
             out += std::string( 1, hex[c >> 4] ) + hex[c & 15];
           return out;
         }() );
  // The activity's owner (police, municipality or both) is promised_by there: owner is the row's
  // organisation.
  CHECK( admin
           ->query( "SELECT count(*) FROM tryggkarta.promise_activities WHERE promised_by IN ('police', "
                    "'municipality', 'both') AND owner IS NULL" )
           .int64( 0, 0 ) ==
         admin->query( "SELECT count(*) FROM tryggkarta.promise_activities" ).int64( 0, 0 ) );

  // The police's crosswalk every project starts with was matched by name and entry, not doubled; the
  // coordinator's own crosswalk and a new line in the police's are the shared ones.
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.crosswalks" ).int64( 0, 0 ) == 1 );
  {
    auto p = sharedtest::open( coord );
    CHECK( admin->query( "SELECT count(*) FROM tryggkarta.crosswalk_entries" ).int64( 0, 0 ) ==
           p->db().queryInt( "SELECT count(*) FROM crosswalk_entries" ) );
    p->db().exec( "INSERT INTO crosswalks (name, description) VALUES ('Felanmälan', 'Bostadsbolagets "
                  "felanmälan')" );
    p->db().exec( "INSERT INTO crosswalk_entries (crosswalk_id, source_value, category) VALUES ((SELECT fid "
                  "FROM crosswalks WHERE name = 'Felanmälan'), 'Klotter i trapphus', 'klotter')" );
    p->db().exec( "INSERT INTO crosswalk_entries (crosswalk_id, source_value, leave_out) VALUES ((SELECT fid "
                  "FROM crosswalks WHERE name = 'polisen'), 'Okänd händelsetyp från test', 1)" );
  }
  report = sharedtest::sync( coord );
  CHECK( report.pushed == 3 );
  CHECK(
    admin
      ->query( "SELECT c.name FROM tryggkarta.crosswalk_entries e JOIN tryggkarta.crosswalks c ON c.uuid = "
               "e.crosswalk_id WHERE e.source_value = 'Klotter i trapphus'" )
      .text( 0, 0 ) == "Felanmälan" );

  // A photo of an observation, and an empty thumbnail (an empty blob, not none). Then the police restrict the
  // observation and the action the evaluation is about, and one a citizen promise's link names: what is about
  // them is kept from those who may not read them.
  std::vector<int64_t> restrictedActions;
  {
    auto p = sharedtest::open( coord );
    const int64_t second = addPhoto( p->db(), "Skadan vid porten" );
    p->db().exec( "UPDATE walk_photos SET observation_id = (SELECT min(fid) FROM observations) WHERE fid = " +
                  std::to_string( second ) );
    p->db().exec( "UPDATE walk_photos SET thumbnail = x'' WHERE note = 'Trasig lampa vid entrén'" );
    restrictedActions.push_back( p->db().queryInt( "SELECT action_id FROM evaluations" ) );
    restrictedActions.push_back( p->db().queryInt(
      "SELECT action_id FROM promise_links WHERE action_id IS NOT NULL ORDER BY fid DESC LIMIT 1" ) );
  }
  CHECK( sharedtest::sync( coord ).pushed == 2 );
  {
    auto p = sharedtest::open( coord );
    auto uuidOf = [&]( const std::string &table, int64_t fid )
    {
      Statement u = p->db().prepare( "SELECT uuid FROM sync_rows WHERE tbl = ? AND fid = ?" );
      u.bind( 1, table ).bind( 2, fid );
      REQUIRE( u.step() );
      return u.text( 0 );
    };
    REQUIRE( setSharedRestricted(
               *admin, "observations",
               uuidOf( "observations", p->db().queryInt( "SELECT min(fid) FROM observations" ) ), true )
               .ok() );
    for ( const int64_t action : restrictedActions )
      REQUIRE( setSharedRestricted( *admin, "actions", uuidOf( "actions", action ), true ).ok() );
  }

  // A reporter's new copy takes the rest whole, references as its own fids.
  sharedtest::sync( bo, server.as( server.user( "bo" ) ) );
  const std::string priorities =
    "SELECT period_label, period_from, period_until, rank, place_kind, a.name, problem, goal, status, "
    "p.created_at FROM priorities p LEFT JOIN areas a ON a.fid = p.area_id";
  const std::string activities =
    "SELECT c.year, c.title, a.title, a.kind, a.owner, a.status, a.planned_from FROM promise_activities a "
    "JOIN citizen_promises c ON c.fid = a.promise_id";
  const std::string links =
    "SELECT a.title, w.name, x.title FROM promise_links l JOIN promise_activities a ON "
    "a.fid = l.activity_id LEFT JOIN safety_walks w ON w.fid = l.walk_id LEFT JOIN "
    "actions x ON x.fid = l.action_id";
  const std::string walkOrganisations = "SELECT w.name, o.organisation, o.invited, o.participants FROM "
                                        "walk_organisations o JOIN safety_walks w ON w.fid = o.walk_id";
  const std::string actionPriorities =
    "SELECT x.title, p.period_label, p.problem FROM actions x JOIN priorities p ON p.fid = x.priority_id";
  const std::string evaluations =
    "SELECT e.name, x.title, t.name, c.name, e.buffer_m, e.before_from, e.after_until, e.result FROM "
    "evaluations "
    "e LEFT JOIN actions x ON x.fid = e.action_id JOIN areas t ON t.fid = e.target_area_id JOIN areas c ON "
    "c.fid = e.comparison_area_id";
  {
    auto c = sharedtest::open( coord );
    auto r = sharedtest::open( bo );
    const std::string crosswalkEntries = "SELECT c.name, e.source_value, e.category, e.leave_out FROM "
                                         "crosswalk_entries e JOIN crosswalks c ON c.fid = e.crosswalk_id";
    for ( const std::string &sql : { priorities, activities, walkOrganisations, crosswalkEntries } )
    {
      INFO( sql );
      const auto here = rowsOf( r->db(), sql );
      CHECK_FALSE( here.empty() );
      CHECK( here == rowsOf( c->db(), sql ) );
    }
    // The links and the evaluation about a restricted action are not the reporter's to read.
    std::string hidden;
    for ( const int64_t action : restrictedActions )
      hidden += ( hidden.empty() ? "" : ", " ) + std::to_string( action );
    const auto links_here = rowsOf( r->db(), links );
    CHECK_FALSE( links_here.empty() );
    CHECK( links_here ==
           rowsOf( c->db(), links + " WHERE l.action_id IS NULL OR l.action_id NOT IN (" + hidden + ")" ) );
    CHECK( links_here.size() < rowsOf( c->db(), links ).size() );
    CHECK( rowsOf( c->db(), evaluations ).size() == 1 );
    CHECK( rowsOf( r->db(), evaluations ).empty() );
    // Actions the reporter may read keep their priority.
    const auto linked = rowsOf( r->db(), actionPriorities );
    CHECK_FALSE( linked.empty() );
    const auto all = rowsOf( c->db(), actionPriorities );
    for ( const auto &line : linked )
      CHECK( std::find( all.begin(), all.end(), line ) != all.end() );
    // The photo itself is the walk's, everyone's; its note is the coordinator's text. The restricted
    // observation's photo did not come.
    Statement photo = r->db().prepare( "SELECT data, note, x, y, length(thumbnail) FROM walk_photos" );
    REQUIRE( photo.step() );
    CHECK( std::string( photo.blobView( 0 ) ) == bytes );
    CHECK( photo.isNull( 1 ) );
    CHECK( photo.real( 2 ) == 400100 );
    CHECK_FALSE( photo.isNull( 4 ) );
    CHECK( photo.int64( 4 ) == 0 );
    CHECK_FALSE( photo.step() );
  }
  // Nor with plain SQL: the reporter reads other organisations' photos through the lägesbild, without notes.
  {
    auto reporterSql = sharedtest::connect( server.as( server.user( "bo" ) ) );
    CHECK( reporterSql->query( "SELECT count(*) FROM tryggkarta.walk_photos" ).int64( 0, 0 ) == 0 );
    CHECK( reporterSql->query( "SELECT count(*), count(note) FROM tryggkarta.walk_photos_lagesbild" )
             .text( 0, 0 ) == "1" );
    CHECK( reporterSql->query( "SELECT count(note) FROM tryggkarta.walk_photos_lagesbild" ).int64( 0, 0 ) ==
           0 );
    CHECK( reporterSql->query( "SELECT count(*) FROM tryggkarta.evaluations" ).int64( 0, 0 ) == 0 );
    CHECK( reporterSql->query( "SELECT count(*) FROM tryggkarta.evaluations_lagesbild" ).int64( 0, 0 ) == 0 );
    CHECK( reporterSql->query( "SELECT count(*) FROM tryggkarta.promise_links_lagesbild" ).int64( 0, 0 ) ==
           static_cast<int64_t>( rowsOf( sharedtest::open( bo )->db(), links ).size() ) );
  }

  // The EST group's decisions are the coordinator's: a reporter's new priority is refused by the database
  // (kept in the copy with the reason), also with plain SQL.
  {
    auto r = sharedtest::open( bo );
    r->db().exec( "INSERT INTO priorities (period_label, period_from, period_until, problem, created_at, "
                  "updated_at) VALUES ('Vecka 49', '2026-11-30', '2026-12-06', 'Egen prioritering', "
                  "'2026-12-01T08:00:00.000Z', '2026-12-01T08:00:00.000Z')" );
  }
  report = sharedtest::sync( bo );
  CHECK( report.pushed == 0 );
  CHECK( report.newConflicts == 1 );
  {
    auto r = sharedtest::open( bo );
    const auto conflicts = openSyncConflicts( r->db() );
    REQUIRE( conflicts.size() == 1 );
    CHECK( conflicts[0].table == "priorities" );
    CHECK( conflicts[0].kind == "refused" );
  }
  auto reporter = sharedtest::connect( server.as( server.user( "bo" ) ) );
  CHECK_THROWS_AS( reporter->exec( "UPDATE tryggkarta.priorities SET goal = 'Annat mål'" ), PgError );
  CHECK_THROWS_AS( reporter->exec( "DELETE FROM tryggkarta.citizen_promises" ), PgError );
  CHECK_THROWS_AS( reporter->exec( "UPDATE tryggkarta.crosswalk_entries SET note = 'x'" ), PgError );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.priorities WHERE problem = 'Egen prioritering'" )
           .int64( 0, 0 ) == 0 );

  // The coordinator's edit and delete reach the reporter; the reporter's own walk organisation reaches the
  // coordinator.
  {
    auto c = sharedtest::open( coord );
    c->db().exec(
      "UPDATE priorities SET goal = 'Halvera klottret' WHERE fid = (SELECT min(fid) FROM priorities)" );
    c->db().exec( "DELETE FROM evaluations" );
    c->db().exec( "UPDATE promise_activities SET owner = 'both' WHERE fid = (SELECT min(fid) FROM "
                  "promise_activities)" );
  }
  report = sharedtest::sync( coord );
  CHECK( report.pushed == 2 );
  CHECK( report.pushedDeletes == 1 );
  {
    auto r = sharedtest::open( bo );
    r->db().exec( "INSERT INTO walk_organisations (walk_id, organisation, invited, participants) VALUES "
                  "((SELECT max(fid) FROM safety_walks), 'Bostadsbolaget', 1, 2)" );
  }
  report = sharedtest::sync( bo );
  CHECK( report.pushed == 1 );
  CHECK( report.pulled == 2 );
  CHECK( report.pulledDeletes == 0 ); // the evaluation deleted there was never here
  sharedtest::sync( coord );
  {
    auto c = sharedtest::open( coord );
    auto r = sharedtest::open( bo );
    CHECK( r->db().queryInt( "SELECT count(*) FROM priorities WHERE goal = 'Halvera klottret'" ) == 1 );
    CHECK( r->db().queryInt( "SELECT count(*) FROM evaluations" ) == 0 );
    for ( const std::string &sql : { activities, walkOrganisations } )
      CHECK( rowsOf( r->db(), sql ) == rowsOf( c->db(), sql ) );
    CHECK( c->db().queryInt( "SELECT count(*) FROM walk_organisations WHERE organisation = 'Bostadsbolaget' "
                             "AND participants = 2" ) == 1 );
  }

  // The restriction lifted: the observation and its photo come to the reporter's copy. Restricted again
  // after the copy took them: both go from it (the photo by a tombstone of its own), and stay with the
  // police.
  const std::string observation =
    admin->query( "SELECT uuid::text FROM tryggkarta.observations WHERE restricted" ).text( 0, 0 );
  const std::string photos = "SELECT count(*) FROM walk_photos";
  const int64_t photosBefore = sharedtest::open( bo )->db().queryInt( photos );
  REQUIRE( setSharedRestricted( *admin, "observations", observation, false ).ok() );
  sharedtest::sync( bo );
  CHECK( sharedtest::open( bo )->db().queryInt( photos ) == photosBefore + 1 );
  CHECK( sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM walk_photos p JOIN observations o ON "
                                                "o.fid = p.observation_id" ) == 1 );
  const std::string polis = dir.file( "polis.gpkg" );
  sharedtest::sync( polis, server.as( server.user( "polis" ) ) );
  REQUIRE( setSharedRestricted( *admin, "observations", observation, true ).ok() );
  report = sharedtest::sync( bo );
  CHECK( report.pulledDeletes >= 2 ); // the observation and its photo
  CHECK( sharedtest::open( bo )->db().queryInt( photos ) == photosBefore );
  CHECK(
    sharedtest::open( bo )->db().queryInt( "SELECT count(*) FROM walk_photos WHERE observation_id IS NOT "
                                           "NULL" ) == 0 );
  sharedtest::sync( polis );
  CHECK( sharedtest::open( polis )->db().queryInt( photos ) == photosBefore + 1 );
}

TEST_CASE(
  "shared migrate brings a version 1 database to the newest version, and a copy made before shares the "
  "new tables" )
{
  Server server;
  server.initWithLogins( 1 );
  auto admin = sharedtest::connect( server.conninfo() );
  CHECK( sharedSchemaVersion( *admin ) == 1 );
  CHECK( admin->query( "SELECT to_regclass('tryggkarta.priorities') IS NULL" ).text( 0, 0 ) == "t" );
  CHECK( admin
           ->query( "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'tryggkarta' AND "
                    "column_name = 'priority_id'" )
           .int64( 0, 0 ) == 0 );

  // This program's copies need version 2: a synchronisation says what to do and changes nothing.
  testutil::TempDir dir;
  const std::string coord = dir.file( "samordnare.gpkg" );
  const auto refused = synchronise( coord, server.conninfo() );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::SharedOlderSchema );
  CHECK( refused.error().text().find( "shared migrate" ) != std::string::npos );

  auto migrated = migrateSharedDatabase( *admin );
  REQUIRE( migrated.ok() );
  CHECK( migrated.value() == kSharedSchemaVersion );
  // Version 3: the lägesbild's grid for other organisations' incidents.
  CHECK( admin->query( "SELECT tryggkarta.lagesbild_cell()" ).text( 0, 0 ) == "100" );
  for ( const char *table : kLaterTables )
  {
    INFO( table );
    CHECK( admin->query( std::string( "SELECT to_regclass('tryggkarta." ) + table + "') IS NOT NULL" )
             .text( 0, 0 ) == "t" );
  }
  // The actions gained their priority, in the table and in the lägesbild view (granted as before).
  CHECK( admin
           ->query( "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'tryggkarta' AND "
                    "table_name IN ('actions', 'actions_lagesbild') AND column_name = 'priority_id'" )
           .int64( 0, 0 ) == 2 );
  auto steering = sharedtest::connect( server.as( server.user( "styr" ) ) );
  CHECK( steering->query( "SELECT count(priority_id) FROM tryggkarta.actions_lagesbild" ).int64( 0, 0 ) ==
         0 );
  CHECK( steering->query( "SELECT count(*) FROM tryggkarta.priorities_lagesbild" ).int64( 0, 0 ) == 0 );
  // The new tables have the old ones' rules: a reporter cannot write the EST group's priorities.
  auto reporter = sharedtest::connect( server.as( server.user( "bo" ) ) );
  CHECK_THROWS_AS(
    reporter->exec( "INSERT INTO tryggkarta.priorities (period_label, period_from, period_until, "
                    "problem, created_at, updated_at) VALUES ('v', '2026-01-01', '2026-01-07', "
                    "'p', now(), now())" ),
    PgError );

  // The police's crosswalk, which every project starts with, came with the migration (matched by name and
  // entry in the copies, not doubled).
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.crosswalks WHERE name = 'polisen'" ).int64( 0, 0 ) ==
         1 );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.crosswalk_entries" ).int64( 0, 0 ) > 20 );

  // A copy made while the database had version 1 (as its state says), with an action sent then, and later
  // a priority of its own with the action linked to it: from its next synchronisation the new tables are
  // shared, its rows sent as new, and the action sent again with its new column.
  sharedtest::sync( coord, server.conninfo() );
  {
    auto p = sharedtest::open( coord );
    CHECK( p->db().queryInt( "SELECT count(*) FROM sync_rows WHERE tbl = 'crosswalk_entries'" ) ==
           admin->query( "SELECT count(*) FROM tryggkarta.crosswalk_entries" ).int64( 0, 0 ) );
    p->db().exec( "INSERT INTO actions (title, status, created_at, updated_at) VALUES ('Bättre belysning', "
                  "'decided', '2026-09-05T08:00:00.000Z', '2026-09-05T08:00:00.000Z')" );
  }
  CHECK( sharedtest::sync( coord ).pushed == 1 );
  {
    auto p = sharedtest::open( coord );
    p->db().exec( "UPDATE sync_state SET value = '1' WHERE key = 'shared_schema'" );
    for ( const char *table : kLaterTables )
      for ( const char *op : { "insert", "update", "delete" } )
        p->db().exec( std::string( "DROP TRIGGER sync_" ) + table + "_" + op );
    p->db().exec( "INSERT INTO priorities (period_label, period_from, period_until, problem, created_at, "
                  "updated_at) VALUES ('Tertial 3', '2026-09-01', '2026-12-31', 'Skadegörelse vid skolan', "
                  "'2026-09-05T08:00:00.000Z', '2026-09-05T08:00:00.000Z')" );
    // A version 1 program sent the action's edit without the column it did not know.
    p->db().exec( "UPDATE actions SET priority_id = (SELECT fid FROM priorities)" );
    p->db().exec( "DELETE FROM sync_changes" );
  }
  auto report = sharedtest::sync( coord );
  CHECK( report.pushed == 2 );
  CHECK( report.newConflicts == 0 );
  CHECK( admin->query( "SELECT problem FROM tryggkarta.priorities" ).text( 0, 0 ) ==
         "Skadegörelse vid skolan" );
  CHECK( admin
           ->query( "SELECT count(*) FROM tryggkarta.actions a JOIN tryggkarta.priorities p ON p.uuid = "
                    "a.priority_id WHERE a.title = 'Bättre belysning'" )
           .int64( 0, 0 ) == 1 );
  {
    // Changes of the new tables are noted from now on.
    auto p = sharedtest::open( coord );
    CHECK( p->db().queryInt( "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                             "'sync_priorities_update'" ) == 1 );
    p->db().exec( "UPDATE priorities SET status = 'closed'" );
  }
  report = sharedtest::sync( coord );
  CHECK( report.pushed == 1 );
  CHECK( admin->query( "SELECT status FROM tryggkarta.priorities" ).text( 0, 0 ) == "closed" );
}

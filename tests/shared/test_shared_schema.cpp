// The shared database's schema: made in one go, its migrations numbered, an existing or newer one refused.

#include "sharedtest.h"

#include "sharedtables.h"

using namespace tryggkarta;
using sharedtest::Server;

TEST_CASE( "shared init makes the schema with every shared table, view, policy and vocabulary" )
{
  Server server;
  auto conn = sharedtest::connect( server.conninfo() );
  REQUIRE( sharedSchemaVersion( *conn ) == 0 );
  auto info = initSharedDatabase( *conn, server.conninfo(), {} );
  REQUIRE( info.ok() );
  CHECK( info.value().schemaVersion == kSharedSchemaVersion );
  CHECK( info.value().srid == 3006 );
  CHECK( info.value().kind == "coordinator" );
  CHECK( info.value().rolePrefix == "tk_" + server.name() );
  for ( const auto &t : sharedTables() )
  {
    INFO( t.name );
    CHECK( conn->query( "SELECT to_regclass($1) IS NOT NULL", { "tryggkarta." + t.name } ).text( 0, 0 ) ==
           "t" );
    if ( !t.vocabulary )
    {
      CHECK( conn->query( "SELECT to_regclass($1) IS NOT NULL", { "tryggkarta." + t.name + "_lagesbild" } )
               .text( 0, 0 ) == "t" );
      CHECK( conn
               ->query( "SELECT relrowsecurity::int FROM pg_class WHERE oid = $1::regclass",
                        { "tryggkarta." + t.name } )
               .text( 0, 0 ) == "1" );
    }
    if ( !t.geometryType.empty() )
      CHECK(
        conn
          ->query( "SELECT type || ':' || srid FROM geometry_columns WHERE f_table_schema = 'tryggkarta' AND "
                   "f_table_name = $1",
                   { t.name } )
          .text( 0, 0 ) == t.geometryType + ":3006" );
  }
  // The vocabularies are a new project's.
  testutil::TempDir dir;
  auto project = ProjectFile::create( dir.file( "x.gpkg" ) );
  REQUIRE( project.ok() );
  const int64_t categories = project.value()->db().queryInt( "SELECT count(*) FROM categories" );
  CHECK( categories > 20 );
  CHECK( conn->query( "SELECT count(*) FROM tryggkarta.categories" ).int64( 0, 0 ) == categories );
  CHECK( conn->query( "SELECT label_sv FROM tryggkarta.categories WHERE code = 'klotter'" ).text( 0, 0 ) ==
         "Klotter" );
  CHECK( conn->query( "SELECT count(*) FROM tryggkarta.checklist_items" ).int64( 0, 0 ) > 5 );
  // Every write is versioned: an update bumps the version and the transaction id.
  conn->exec( "UPDATE tryggkarta.categories SET label_sv = 'Klotter och tags' WHERE code = 'klotter'" );
  CHECK( conn->query( "SELECT version FROM tryggkarta.categories WHERE code = 'klotter'" ).int64( 0, 0 ) ==
         2 );
  CHECK( conn->query( "SELECT count(*) FROM tryggkarta.schema_migrations" ).int64( 0, 0 ) ==
         kSharedSchemaVersion );
}

TEST_CASE(
  "shared init refuses a database that already has a project, and leaves nothing behind when it fails" )
{
  Server server;
  auto conn = sharedtest::connect( server.conninfo() );
  REQUIRE( initSharedDatabase( *conn, server.conninfo(), {} ).ok() );
  const auto again = initSharedDatabase( *conn, server.conninfo(), {} );
  REQUIRE_FALSE( again.ok() );
  CHECK( again.error().code == MessageCode::SharedAlreadyInitialised );

  // A project file that cannot be read: nothing is made.
  Server other;
  auto otherConn = sharedtest::connect( other.conninfo() );
  SharedInitOptions options;
  options.fromProject = "/nonexistent/project.gpkg";
  REQUIRE_FALSE( initSharedDatabase( *otherConn, other.conninfo(), options ).ok() );
  CHECK( sharedSchemaVersion( *otherConn ) == 0 );
  CHECK( otherConn->query( "SELECT count(*) FROM pg_namespace WHERE nspname = 'tryggkarta'" ).int64( 0, 0 ) ==
         0 );
}

TEST_CASE( "shared migrate brings nothing new to a current schema and refuses a newer one" )
{
  Server server;
  auto conn = sharedtest::connect( server.conninfo() );
  auto before = migrateSharedDatabase( *conn );
  REQUIRE_FALSE( before.ok() );
  CHECK( before.error().code == MessageCode::SharedNotInitialised );
  REQUIRE( initSharedDatabase( *conn, server.conninfo(), {} ).ok() );
  auto migrated = migrateSharedDatabase( *conn );
  REQUIRE( migrated.ok() );
  CHECK( migrated.value() == kSharedSchemaVersion );
  // A schema made by a newer Tryggkarta is never used by this one.
  conn->exec( "INSERT INTO tryggkarta.schema_migrations (version) VALUES (99)" );
  auto info = sharedInfo( *conn );
  REQUIRE_FALSE( info.ok() );
  CHECK( info.error().code == MessageCode::SharedNewerSchema );
  const auto newer = migrateSharedDatabase( *conn );
  REQUIRE_FALSE( newer.ok() );
  CHECK( newer.error().code == MessageCode::SharedNewerSchema );
  testutil::TempDir dir;
  auto report = synchronise( dir.file( "copy.gpkg" ), server.conninfo() );
  REQUIRE_FALSE( report.ok() );
  CHECK( report.error().code == MessageCode::SharedNewerSchema );
}

TEST_CASE( "a connection that fails says where to, without the password" )
{
  auto conn = PgConnection::connect( "host=/nonexistent port=1 dbname=x user=y password=secret123" );
  REQUIRE_FALSE( conn.ok() );
  CHECK( conn.error().code == MessageCode::SharedConnectFailed );
  CHECK( conn.error().text().find( "secret123" ) == std::string::npos );
  CHECK( conn.error().text().find( "/nonexistent" ) != std::string::npos );
  CHECK( withoutPassword( "postgresql://anna:hemligt@db.kommun.se/est" ) ==
         "postgresql://anna@db.kommun.se/est" );
  CHECK( withoutPassword( "service=est password='a b' user=x" ) == "service=est user=x" );
}

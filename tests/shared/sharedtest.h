#pragma once
// Helpers for the shared-database tests: a new database per test on the throw-away cluster (dropped with its
// roles at the end), logins, and a copy's rows compared with the shared ones.

#include "clitestutil.h"
#include "database.h"
#include "geometryblob.h"
#include "pgconnection.h"
#include "projectfile.h"
#include "shareddatabase.h"
#include "sync.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <optional>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>
#include <vector>

namespace sharedtest
{

//! The superuser connection of the test cluster: TRYGGKARTA_TEST_PG, else the one the ctest fixture started.
inline std::string adminConninfo()
{
  if ( const char *env = std::getenv( "TRYGGKARTA_TEST_PG" ); env && *env ) // set but empty: as if unset
    return env;
  std::ifstream in( std::string( TRYGGKARTA_PG_TEST_DIR ) + "/conninfo" );
  std::string line;
  std::getline( in, line );
  return line;
}

/**
 * Before the tests of a main: without a server (and not listing the tests) the exit code to end with, 77
 * (skipped, with a message saying why) or 1 when TRYGGKARTA_REQUIRE_PG asks for a server (CI).
 */
inline std::optional<int> exitWithoutServer( int argc, char *argv[] )
{
  for ( int i = 1; i < argc; ++i )
    if ( std::string( argv[i] ).rfind( "--list", 0 ) == 0 )
      return std::nullopt;
  if ( !adminConninfo().empty() )
    return std::nullopt;
  if ( std::getenv( "TRYGGKARTA_REQUIRE_PG" ) )
  {
    std::cerr << "No PostgreSQL server for the shared-database tests, and TRYGGKARTA_REQUIRE_PG is set: "
                 "scripts/pg-test-cluster.sh start DIR could not start one.\n";
    return 1;
  }
  std::cerr << "Skipped: no PostgreSQL 15 + PostGIS 3 server for the shared-database tests. ctest starts one "
               "(scripts/pg-test-cluster.sh) when the server packages are installed (apt-get install "
               "postgresql-15-postgis-3); or set TRYGGKARTA_TEST_PG to a superuser's connection.\n";
  return 77;
}

//! conninfo with its dbname and user replaced.
inline std::string withDatabase( const std::string &conninfo, const std::string &database,
                                 const std::string &user = "" )
{
  std::string out;
  size_t start = 0;
  while ( start < conninfo.size() )
  {
    size_t space = conninfo.find( ' ', start );
    if ( space == std::string::npos )
      space = conninfo.size();
    const std::string word = conninfo.substr( start, space - start );
    if ( word.rfind( "dbname=", 0 ) != 0 && ( user.empty() || word.rfind( "user=", 0 ) != 0 ) )
      out += word + " ";
    start = space + 1;
  }
  out += "dbname=" + database;
  if ( !user.empty() )
    out += " user=" + user;
  return out;
}

inline std::unique_ptr<tryggkarta::PgConnection> connect( const std::string &conninfo )
{
  auto conn = tryggkarta::PgConnection::connect( conninfo );
  if ( !conn.ok() )
    FAIL( "cannot connect: " << conn.error().text() );
  return std::move( conn.value() );
}

//! A new, empty database of its own for one test, and the logins made for it; all dropped at the end.
class Server
{
public:
  //! A new database, or a copy of another test's (its roles are that one's; it must have no connection open).
  explicit Server( const std::string &templateName = std::string() )
  {
    static std::atomic<int> counter{ 0 };
    mName = "tkt" + std::to_string( ::getpid() ) + "_" + std::to_string( counter++ );
    mAdmin = connect( adminConninfo() );
    mAdmin->exec( "CREATE DATABASE " + mName + ( templateName.empty() ? "" : " TEMPLATE " + templateName ) );
    mConninfo = withDatabase( adminConninfo(), mName );
    mUserSuffix = templateName.empty() ? mName : templateName;
  }
  ~Server()
  {
    try
    {
      mAdmin->exec( "DROP DATABASE IF EXISTS " + mName + " WITH (FORCE)" );
      auto roles =
        mAdmin->query( "SELECT rolname FROM pg_roles WHERE rolname LIKE $1", { "%" + mName + "%" } );
      for ( int i = 0; i < roles.rows(); ++i )
        mAdmin->exec( "DROP ROLE IF EXISTS " + tryggkarta::quoteIdent( roles.text( i, 0 ) ) );
    }
    catch ( ... )
    {
    }
  }
  const std::string &name() const { return mName; }
  //! The database as the cluster's superuser (the project's first coordinator after init).
  const std::string &conninfo() const { return mConninfo; }
  //! The database as a login (made by user()).
  std::string as( const std::string &login ) const { return withDatabase( adminConninfo(), mName, login ); }
  //! A login name unique to this test's database.
  std::string user( const std::string &base ) const { return base + "_" + mUserSuffix; }

  //! init from a new project, with two organisations besides the default ones and a login per role; the
  //! schema as `schemaVersion` made it (0: the newest).
  void initWithLogins( int schemaVersion = 0 )
  {
    auto conn = connect( mConninfo );
    tryggkarta::SharedInitOptions options;
    options.schemaVersion = schemaVersion;
    auto info = tryggkarta::initSharedDatabase( *conn, mConninfo, options );
    if ( !info.ok() )
      FAIL( info.error().text() );
    REQUIRE( tryggkarta::addSharedOrganisation( *conn, "Polisen", "police", true ).ok() );
    REQUIRE( tryggkarta::addSharedOrganisation( *conn, "Bostadsbolaget", "housing", true ).ok() );
    REQUIRE( tryggkarta::addSharedOrganisation( *conn, "Skolan", "school", true ).ok() );
    REQUIRE( tryggkarta::addSharedUser( *conn, user( "polis" ), "reporter", "Polisen", "" ).ok() );
    REQUIRE( tryggkarta::addSharedUser( *conn, user( "bo" ), "reporter", "Bostadsbolaget", "" ).ok() );
    REQUIRE( tryggkarta::addSharedUser( *conn, user( "skola" ), "reporter", "Skolan", "" ).ok() );
    REQUIRE( tryggkarta::addSharedUser( *conn, user( "styr" ), "steering", "", "" ).ok() );
    REQUIRE( tryggkarta::addSharedUser( *conn, user( "samordnare" ), "coordinator", "", "" ).ok() );
  }

  tryggkarta::PgConnection &admin() { return *mAdmin; }

private:
  std::string mName;
  std::string mUserSuffix;
  std::string mConninfo;
  std::unique_ptr<tryggkarta::PgConnection> mAdmin;
};

//! Adds an incident to a project file (as an import or the entry form would); returns its fid.
inline int64_t addIncident( tryggkarta::Database &db, double x, double y, const std::string &category,
                            const std::string &organisation, const std::string &description,
                            const std::string &when = "2026-11-02T18:30:00.000Z" )
{
  const auto blob = tryggkarta::encodeGpkgPoint( 3006, x, y );
  tryggkarta::Statement s = db.prepare( "INSERT INTO incidents (geom, occurred_from, category, organisation, "
                                        "description, source, created_at, updated_at) "
                                        "VALUES (?, ?, ?, ?, ?, 'est', ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, when ).bind( 3, category );
  s.bindTextOrNull( 4, organisation ).bindTextOrNull( 5, description ).bind( 6, when ).bind( 7, when );
  s.run();
  return db.lastInsertId();
}

inline std::unique_ptr<tryggkarta::ProjectFile> open( const std::string &path )
{
  auto project = tryggkarta::ProjectFile::open( path );
  if ( !project.ok() )
    FAIL( project.error().text() );
  return std::move( project.value() );
}

inline tryggkarta::SyncReport sync( const std::string &path, const std::string &conninfo = std::string(),
                                    int batchRows = 5000 )
{
  tryggkarta::SyncOptions options;
  options.batchRows = batchRows;
  auto report = tryggkarta::synchronise( path, conninfo, options );
  if ( !report.ok() )
    FAIL( report.error().text() );
  return report.value();
}

//! The incidents as "uuid|category|description|x|y" lines, sorted: from the shared database as a login sees
//! them in the lägesbild, and from a copy.
inline std::vector<std::string> sharedIncidents( tryggkarta::PgConnection &conn )
{
  auto r = conn.query(
    "SELECT uuid::text || '|' || category || '|' || coalesce(description, '-') || '|' || "
    "round(ST_X(geom))::text || '|' || round(ST_Y(geom))::text FROM tryggkarta.incidents_lagesbild "
    "ORDER BY 1" );
  std::vector<std::string> out;
  for ( int i = 0; i < r.rows(); ++i )
    out.push_back( r.text( i, 0 ) );
  return out;
}

inline std::vector<std::string> copyIncidents( tryggkarta::Database &db )
{
  tryggkarta::Statement s = db.prepare( "SELECT coalesce(r.uuid, 'unsent'), i.category, "
                                        "coalesce(i.description, '-'), i.geom FROM incidents i LEFT JOIN "
                                        "sync_rows r ON r.tbl = 'incidents' AND r.fid = i.fid" );
  std::vector<std::string> out;
  while ( s.step() )
  {
    const auto blob = s.blobView( 3 );
    const auto p = tryggkarta::decodeGpkgPoint( reinterpret_cast<const unsigned char *>( blob.data() ),
                                                static_cast<int>( blob.size() ) );
    char xy[64];
    std::snprintf( xy, sizeof xy, "%.0f|%.0f", p ? p->first : 0.0, p ? p->second : 0.0 );
    out.push_back( s.text( 0 ) + "|" + s.text( 1 ) + "|" + s.text( 2 ) + "|" + xy );
  }
  std::sort( out.begin(), out.end() );
  return out;
}

} // namespace sharedtest

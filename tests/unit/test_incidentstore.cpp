// The incident store: the project's incidents in memory agree with the table row by row (the demo, and rows
// with an interval, no organisation, an imprecise place, a time that is not the stored form); a cancelled
// load returns Cancelled; a fid is found by binary search; the memory is what the columns take.

#include "testproject.h"
#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "incidentstore.h"
#include "projectfile.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <string>

using namespace tryggkarta;
using testutil::TempDir;

TEST_CASE( "the incident store holds every incident of the demo as the table does", "[store]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions() ) );
  auto project = ProjectFile::open( path, false );
  REQUIRE( project );
  Database &db = ( *project )->db();
  // A few rows the demo lacks: imprecise, without an organisation, a time written without milliseconds.
  db.exec( "UPDATE incidents SET place_precision = 'municipality' WHERE fid % 17 = 0" );
  db.exec( "UPDATE incidents SET organisation = NULL WHERE fid % 13 = 0" );
  db.exec( "UPDATE incidents SET occurred_from = substr(occurred_from, 1, 19) || 'Z' WHERE fid % 11 = 0" );

  auto store = IncidentStore::load( db );
  REQUIRE( store );
  const int64_t rows = db.queryInt( "SELECT count(*) FROM incidents" );
  REQUIRE( rows > 1000 );
  REQUIRE( static_cast<int64_t>( store->size() ) == rows );

  // Row by row against the table, read here with the core's own readers.
  Statement s =
    db.prepare( "SELECT fid, geom, weight, occurred_from, occurred_until, category, "
                "coalesce(organisation, ''), source, place_precision FROM incidents ORDER BY fid" );
  size_t row = 0;
  int64_t intervals = 0, withoutOrganisation = 0, imprecise = 0;
  while ( s.step() )
  {
    INFO( "fid " << s.int64( 0 ) );
    REQUIRE( row < store->size() );
    CHECK( store->fid[row] == s.int64( 0 ) );
    const auto blob = s.blob( 1 );
    const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
    REQUIRE( point );
    CHECK( ( store->flags[row] & IncidentStore::HasPoint ) != 0 );
    CHECK( store->x[row] == point->first );
    CHECK( store->y[row] == point->second );
    CHECK( store->weight[row] == static_cast<float>( s.real( 2 ) ) );
    const auto from = parseUtcIso( s.text( 3 ) );
    REQUIRE( from );
    CHECK( store->fromUtc[row] == *from );
    if ( s.isNull( 4 ) )
      CHECK( store->untilUtc[row] == *from );
    else
    {
      ++intervals;
      CHECK( store->untilUtc[row] == std::max( *from, *parseUtcIso( s.text( 4 ) ) ) );
      CHECK( ( store->flags[row] & IncidentStore::HasUntil ) != 0 );
    }
    CHECK( store->categoryCode( row ) == s.text( 5 ) );
    CHECK( store->organisationName( row ) == s.text( 6 ) );
    withoutOrganisation += s.text( 6 ).empty() ? 1 : 0;
    CHECK( store->sourceCode( row ) == s.text( 7 ) );
    CHECK( placePrecisionCode( store->placePrecision( row ) ) == s.text( 8 ) );
    imprecise += placesPoint( store->placePrecision( row ) ) ? 0 : 1;
    ++row;
  }
  CHECK( row == store->size() );
  CHECK( intervals > 0 );
  CHECK( withoutOrganisation > 0 );
  CHECK( imprecise == db.queryInt( "SELECT count(*) FROM incidents WHERE fid % 17 = 0" ) );

  // The same as the analyses' selection of every incident.
  auto selected = selectIncidents( **project, Selection() );
  REQUIRE( selected );
  REQUIRE( selected->size() == store->size() );
  for ( size_t i = 0; i < selected->size(); i += 97 )
  {
    const SelectedIncident &incident = ( *selected )[i];
    const size_t r = store->rowOf( incident.fid );
    REQUIRE( r < store->size() );
    CHECK( store->fromUtc[r] == incident.fromUtc );
    CHECK( store->untilUtc[r] == incident.untilUtc );
    CHECK( store->categoryCode( r ) == incident.category );
  }
  CHECK( store->rowOf( store->fid.back() + 1 ) == store->size() );

  // Memory: the columns at about 48 bytes an incident, and little else.
  CHECK( store->memoryBytes() >= 48 * store->size() );
  CHECK( store->memoryBytes() < 48 * store->size() + 64 * 1024 );
}

TEST_CASE( "a cancelled incident store load says so, and an empty project loads empty", "[store]" )
{
  TempDir dir;
  auto project = testutil::newProject( dir );
  auto empty = IncidentStore::load( project->db() );
  REQUIRE( empty );
  CHECK( empty->size() == 0 );

  Database &db = project->db();
  {
    Transaction transaction( db );
    Statement s = db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                              "updated_at) VALUES (?, '2026-03-01T10:00:00.000Z', 'klotter', 'est', "
                              "'2026-03-01', '2026-03-01')" );
    for ( int i = 0; i < 70000; ++i )
    {
      const auto blob = encodeGpkgPoint( 3006, 450000 + i % 1000, 6580000 + i / 1000 );
      s.reset();
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
      s.run();
    }
    transaction.commit();
  }
  int asked = 0;
  auto cancelled = IncidentStore::load( db,
                                        [&asked]( double )
                                        {
                                          ++asked;
                                          return false;
                                        } );
  REQUIRE_FALSE( cancelled );
  CHECK( cancelled.error().code == MessageCode::Cancelled );
  CHECK( asked == 1 );
  auto whole = IncidentStore::load( db );
  REQUIRE( whole );
  CHECK( whole->size() == 70000 );
  CHECK( whole->x[1001] == 450001 );
  CHECK( whole->y[1001] == 6580001 );
}

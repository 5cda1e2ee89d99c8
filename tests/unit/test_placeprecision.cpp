// Place precision found after an import: a stack of rows on a municipality's or county's centroid, or on any
// point far busier than a real place is, is taken for what it is; a busy real place is not; a precision the
// file gave is kept.

#include "testrandom.h"
#include "testutil.h"
#include "testproject.h"

#include "database.h"
#include "geometryblob.h"
#include "importer.h"
#include "placedetection.h"
#include "placeprecision.h"
#include "projectfile.h"
#include "swedishplaces.h"

#include <catch2/catch.hpp>

#include <ogr_spatialref.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <unordered_set>
#include <memory>
#include <tuple>

using namespace tryggkarta;
using testutil::centroidTm;
using testutil::newProject;
using testutil::TempDir;

namespace
{

//! An import batch's rows written as the importer writes them, one row at a time.
class Batch
{
public:
  explicit Batch( ProjectFile &project ) : mDb( project.db() )
  {
    mDb.exec(
      "INSERT INTO import_batches (file_name, content_sha256, kind, imported_at) VALUES ('f.csv', '', "
      "'incidents', '2026-01-01T00:00:00Z')" );
    id = mDb.lastInsertId();
  }
  //! count rows at (x, y); returns the first row's source_row.
  int64_t add( double x, double y, int count = 1, const char *precision = "exact" )
  {
    const int64_t first = mRow + 1;
    Statement s = mDb.prepare(
      "INSERT INTO incidents (geom, occurred_from, category, source, batch_id, source_row, place_precision, "
      "created_at, updated_at) VALUES (?, '2026-01-05T10:00:00Z', 'klotter', 'est', ?, ?, ?, "
      "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')" );
    for ( int i = 0; i < count; ++i )
    {
      const std::vector<unsigned char> blob = encodeGpkgPoint( 3006, x, y );
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
        .bind( 2, id )
        .bind( 3, ++mRow )
        .bind( 4, precision );
      s.run();
    }
    return first;
  }
  //! count rows each at a point of its own, scattered over some km around (x, y).
  void scatter( double x, double y, int count, testutil::Random &random )
  {
    for ( int i = 0; i < count; ++i )
      add( x + ( random.uniform() - 0.5 ) * 8000, y + ( random.uniform() - 0.5 ) * 8000 );
  }
  int64_t id = 0;

private:
  Database &mDb;
  int64_t mRow = 0;
};

//! Rows of the batch by precision code.
std::map<std::string, int64_t> precisions( ProjectFile &project, int64_t batch )
{
  std::map<std::string, int64_t> out;
  Statement s =
    project.db().prepare( "SELECT place_precision, count(*) FROM incidents WHERE batch_id = ? GROUP BY 1" );
  s.bind( 1, batch );
  while ( s.step() )
    out[s.text( 0 )] = s.int64( 1 );
  return out;
}

int64_t rowsAt( ProjectFile &project, double x, double y, const std::string &precision )
{
  const std::vector<unsigned char> blob = encodeGpkgPoint( 3006, x, y );
  Statement s =
    project.db().prepare( "SELECT count(*) FROM incidents WHERE geom = ? AND place_precision = ?" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, precision );
  REQUIRE( s.step() );
  return s.int64( 0 );
}

std::vector<const Message *> withCode( const PlacePrecisionDetection &found, MessageCode code )
{
  std::vector<const Message *> out;
  for ( const Message &m : found.warnings )
    if ( m.code == code )
      out.push_back( &m );
  return out;
}

// Kristinehamn's town centre, SWEREF 99 TM (6.6 km from the municipality's centroid).
constexpr double kTownEast = 449270, kTownNorth = 6574920;

} // namespace

TEST_CASE( "rows stacked on a municipality's and a county's centroid are taken as that place",
           "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 14 );
  Batch batch( *project );
  const auto [kx, ky] = centroidTm( "Kristinehamn" );
  const auto [vx, vy] = centroidTm( "Värmlands län" );
  const auto [sx, sy] = centroidTm( "Storfors" );
  // A week of a feed exported without its precision, among events placed where they happened.
  batch.scatter( kTownEast, kTownNorth, 200, random );
  batch.add( kx, ky, 30 );
  batch.add( vx, vy, 12 );
  // Rounded or computed from other outlines: 800 m off the table's centroid.
  batch.add( sx + 800, sy, 11 );
  // Two events at one address: a real place.
  batch.add( kTownEast + 10, kTownNorth - 20, 2 );

  const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006 );
  CHECK( found.marked.at( "municipality" ) == 41 );
  CHECK( found.marked.at( "county" ) == 12 );
  CHECK( found.marked.count( "area" ) == 0 );
  CHECK( rowsAt( *project, kx, ky, "municipality" ) == 30 );
  CHECK( rowsAt( *project, vx, vy, "county" ) == 12 );
  CHECK( rowsAt( *project, sx + 800, sy, "municipality" ) == 11 );
  CHECK( rowsAt( *project, kTownEast + 10, kTownNorth - 20, "exact" ) == 2 );
  const auto stored = precisions( *project, batch.id );
  CHECK( stored.at( "exact" ) == 202 );

  // One warning per stand-in point, the busiest first, naming the place.
  const auto centroids = withCode( found, MessageCode::ImportPrecisionCentroid );
  REQUIRE( centroids.size() == 3 );
  CHECK( centroids[0]->args[0].text == "30" );
  CHECK( centroids[0]->args[2].text == "Kristinehamn" );
  CHECK( centroids[1]->args[2].text == "Värmlands län" );
  CHECK( centroids[2]->args[2].text == "Storfors" );
  CHECK( withCode( found, MessageCode::ImportPrecisionRepeated ).empty() );
}

TEST_CASE( "a point repeated far more often than any real place is taken as an area", "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 7 );
  Batch batch( *project );
  // 1,000 events: geocoded addresses (the busiest with 8), and 120 on one point that is no centroid (a
  // district's middle that an export put every event of the district on).
  batch.scatter( kTownEast, kTownNorth, 847, random );
  for ( int address = 0; address < 6; ++address )
    batch.add( kTownEast + 300 * address, kTownNorth + 500, 8 - address );
  batch.add( kTownEast - 2000, kTownNorth + 1000, 120 );

  const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006 );
  CHECK( found.marked.at( "area" ) == 120 );
  CHECK( found.marked.size() == 1 );
  CHECK( rowsAt( *project, kTownEast - 2000, kTownNorth + 1000, "area" ) == 120 );
  CHECK( precisions( *project, batch.id ).at( "exact" ) == 1000 - 120 );
  const auto repeated = withCode( found, MessageCode::ImportPrecisionRepeated );
  REQUIRE( repeated.size() == 1 );
  CHECK( repeated[0]->args[0].text == "120" );
  CHECK( repeated[0]->args[2].text == "8" ); // the next busiest point

  SECTION( "two stand-ins do not hide each other" )
  {
    Batch second( *project );
    second.scatter( kTownEast, kTownNorth, 500, random );
    second.add( kTownEast - 2000, kTownNorth + 1000, 90 );
    second.add( kTownEast + 3000, kTownNorth - 1000, 70 );
    second.add( kTownEast, kTownNorth, 5 );
    const PlacePrecisionDetection again = detectImprecisePlaces( project->db(), second.id, 3006 );
    CHECK( again.marked.at( "area" ) == 160 );
    // The first batch's rows at the same point are not touched again or counted.
    CHECK( rowsAt( *project, kTownEast - 2000, kTownNorth + 1000, "area" ) == 210 );
  }
}

TEST_CASE( "a busy real place is not mistaken for a stand-in", "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 40 );
  Batch batch( *project );
  const auto [kx, ky] = centroidTm( "Kristinehamn" );
  double stationX = kTownEast + 900, stationY = kTownNorth - 400;
  SECTION( "a station in town" ) {}
  SECTION( "a station a kilometre from the municipality's centroid" )
  {
    stationX = kx + 700;
    stationY = ky - 700;
  }
  // 2,000 geocoded events: a station with 40 at one address point, the next busiest addresses with 25 to 5.
  batch.add( stationX, stationY, 40 );
  int placed = 40;
  const int busiest[] = { 25, 18, 12, 10, 9, 8, 7, 6, 6, 5, 5, 5 };
  for ( int i = 0; i < 12; ++i )
  {
    batch.add( kTownEast - 250 * i, kTownNorth + 1200, busiest[i] );
    placed += busiest[i];
  }
  batch.scatter( kTownEast, kTownNorth, 2000 - placed, random );

  // Every row names the municipality (an export's "Ort" column): still a real place.
  NamedPlaceRows named;
  for ( int64_t row = 1; row <= 2000; ++row )
    named.set( row, findSwedishPlace( "Kristinehamn" ) );
  const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006, {}, named );
  CHECK( found.marked.empty() );
  CHECK( found.warnings.empty() );
  CHECK( precisions( *project, batch.id ) == std::map<std::string, int64_t>{ { "exact", 2000 } } );
}

TEST_CASE( "a small week whose every row names the town keeps its busiest real place", "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 60 );
  Batch batch( *project );
  // 60 geocoded events of a week, an "Ort" column naming Kristinehamn on every row: 12 at the station, 2 at
  // the next busiest address, the rest apart.
  batch.add( kTownEast + 900, kTownNorth - 400, 12 );
  batch.add( kTownEast - 300, kTownNorth + 200, 2 );
  batch.scatter( kTownEast, kTownNorth, 46, random );
  NamedPlaceRows named;
  for ( int64_t row = 1; row <= 60; ++row )
    named.set( row, findSwedishPlace( "Kristinehamn" ) );
  CHECK( named.count() == 60 );
  CHECK( named.rowsNaming( findSwedishPlace( "Kristinehamn" ) ) == 60 );
  const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006, {}, named );
  CHECK( found.marked.empty() );
  CHECK( precisions( *project, batch.id ) == std::map<std::string, int64_t>{ { "exact", 60 } } );
}

TEST_CASE( "stacks on a source's own points for several towns are taken as the places their rows name",
           "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 5 );
  Batch batch( *project );
  const SwedishPlace *kristinehamn = findSwedishPlace( "Kristinehamn" );
  REQUIRE( kristinehamn );
  NamedPlaceRows named;
  // A county's week exported from the police's feed as points: each town's events on the feed's point for
  // it, kilometres from its polygon's centroid (Kristinehamn's at the town, 6.6 km away), none ten times
  // busier than the next; and events placed where they happened, some naming the town too.
  struct Town
  {
    const char *name;
    int rows;
  };
  for ( const Town &town :
        { Town{ "Karlstad", 120 }, Town{ "Kristinehamn", 30 }, Town{ "Arvika", 25 }, Town{ "Säffle", 15 } } )
  {
    const SwedishPlace *place = findSwedishPlace( town.name );
    REQUIRE( place );
    auto [x, y] = centroidTm( town.name );
    if ( place == kristinehamn )
      std::tie( x, y ) = std::make_pair( kTownEast, kTownNorth );
    else
    {
      x += 4000;
      y += 5000;
    }
    const int64_t first = batch.add( x, y, town.rows );
    for ( int64_t row = first; row < first + town.rows; ++row )
      named.set( row, place );
  }
  const int64_t firstScattered = batch.add( kTownEast + 50, kTownNorth + 50 );
  batch.scatter( kTownEast, kTownNorth, 299, random );
  for ( int64_t row = firstScattered; row < firstScattered + 300; row += 2 )
    named.set( row, kristinehamn );

  SECTION( "without the names the stacks are not told from busy places" )
  {
    const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006 );
    CHECK( found.marked.empty() );
  }
  SECTION( "with them every stack is taken for its town" )
  {
    const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006, {}, named );
    CHECK( found.marked == std::map<std::string, int64_t>{ { "municipality", 190 } } );
    CHECK( rowsAt( *project, kTownEast, kTownNorth, "municipality" ) == 30 );
    CHECK( precisions( *project, batch.id ).at( "exact" ) == 300 );
    const auto byName = withCode( found, MessageCode::ImportPrecisionNamed );
    REQUIRE( byName.size() == 4 );
    CHECK( byName[0]->args[0].text == "120" );
    CHECK( byName[0]->args[2].text == "Karlstad" );
    CHECK( byName[3]->args[2].text == "Säffle" );
  }
  SECTION( "a stack named for a town 200 km away is not taken for it" )
  {
    NamedPlaceRows far = named;
    for ( int64_t row = 1; row <= 490; ++row )
      if ( named.at( row ) == kristinehamn )
        far.set( row, findSwedishPlace( "Uppsala" ) );
    const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006, {}, far );
    // Not Kristinehamn's: the stack is then only far busier than any place left, an area.
    CHECK( found.marked == std::map<std::string, int64_t>{ { "area", 30 }, { "municipality", 160 } } );
    CHECK( rowsAt( *project, kTownEast, kTownNorth, "area" ) == 30 );
    CHECK( withCode( found, MessageCode::ImportPrecisionNamed ).size() == 3 );
  }
}

TEST_CASE( "an import takes the police's own point for a town, named in the rows' text, for the town",
           "[placeprecision][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 12 );
  std::string csv = "Datum,Tid,Kategori,Beskrivning,Lat,Lon\n";
  for ( int i = 0; i < 60; ++i )
  {
    char row[160];
    std::snprintf( row, sizeof row, "2026-03-%02d,12:00,Klotter,Klotter på skolan,%.6f,%.6f\n", 2 + i % 27,
                   59.3101 + ( random.uniform() - 0.5 ) * 0.04, 14.1089 + ( random.uniform() - 0.5 ) * 0.08 );
    csv += row;
  }
  // The feed's saved week as a spreadsheet: its name column as the description, its gps as the point.
  for ( int i = 0; i < 30; ++i )
    csv += "2026-03-" + std::to_string( 10 + i % 9 ) + ",21:05,Klotter,\"" + std::to_string( 10 + i % 9 ) +
           " mars 21.05, Skadegörelse, Kristinehamn\",59.310068,14.108919\n";
  const std::string path = testutil::writeFile( dir.file( "polisen.csv" ), csv );
  auto report = importFile( *project, path, ImportOptions() );
  REQUIRE( report );
  CHECK( report->rowsImported == 90 );
  CHECK( report->impreciseRows == std::map<std::string, int64_t>{ { "municipality", 30 } } );
  CHECK( project->db().queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality' AND "
                                 "description LIKE '%, Kristinehamn'" ) == 30 );
  CHECK( std::any_of( report->warnings.begin(), report->warnings.end(),
                      []( const Message &m ) {
                        return m.code == MessageCode::ImportPrecisionNamed &&
                               m.args[2].text == "Kristinehamn";
                      } ) );
}

TEST_CASE( "rows whose precision the file gave are left as they are", "[placeprecision]" )
{
  TempDir dir;
  auto project = newProject( dir );
  testutil::Random random( 3 );
  Batch batch( *project );
  const auto [kx, ky] = centroidTm( "Kristinehamn" );
  batch.scatter( kTownEast, kTownNorth, 100, random );
  // 30 rows on the centroid: 10 the file called exact, 5 the file placed on a street, 15 without a word.
  const int64_t firstGiven = batch.add( kx, ky, 10 );
  batch.add( kx, ky, 5, "street" );
  batch.add( kx, ky, 15 );
  std::unordered_set<int64_t> given;
  for ( int64_t row = firstGiven; row < firstGiven + 15; ++row )
    given.insert( row );

  const PlacePrecisionDetection found = detectImprecisePlaces( project->db(), batch.id, 3006, given );
  CHECK( found.marked == std::map<std::string, int64_t>{ { "municipality", 15 } } );
  CHECK( rowsAt( *project, kx, ky, "municipality" ) == 15 );
  CHECK( rowsAt( *project, kx, ky, "exact" ) == 10 );
  CHECK( rowsAt( *project, kx, ky, "street" ) == 5 );
  Statement s = project->db().prepare( "SELECT min(source_row), max(source_row) FROM incidents WHERE "
                                       "place_precision = 'exact' AND geom = ?" );
  const std::vector<unsigned char> blob = encodeGpkgPoint( 3006, kx, ky );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  REQUIRE( s.step() );
  CHECK( s.int64( 0 ) == firstGiven );
  CHECK( s.int64( 1 ) == firstGiven + 9 );
  const auto centroids = withCode( found, MessageCode::ImportPrecisionCentroid );
  REQUIRE( centroids.size() == 1 );
  CHECK( centroids[0]->args[0].text == "15" );
}

TEST_CASE(
  "an import takes a stack on a municipality's centroid for the municipality and keeps what the file "
  "said",
  "[placeprecision][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const SwedishPlace *kristinehamn = findSwedishPlace( "Kristinehamn" );
  REQUIRE( kristinehamn );
  char centroid[64];
  std::snprintf( centroid, sizeof centroid, "%.6f,%.6f", kristinehamn->lat, kristinehamn->lon );
  testutil::Random random( 11 );
  std::string csv = "Datum,Tid,Kategori,Lat,Lon,Platsprecision\n";
  for ( int i = 0; i < 60; ++i )
  {
    char row[128];
    std::snprintf( row, sizeof row, "2026-03-%02d,12:00,Klotter,%.6f,%.6f,\n", 2 + i % 27,
                   59.3101 + ( random.uniform() - 0.5 ) * 0.04, 14.1089 + ( random.uniform() - 0.5 ) * 0.08 );
    csv += row;
  }
  // A feed exported without its precision: 25 events on the municipality's centroid; 5 more there that the
  // file calls exact; 3 that the file says are known only by the municipality, elsewhere.
  for ( int i = 0; i < 25; ++i )
    csv += "2026-03-10,08:00,Klotter," + std::string( centroid ) + ",\n";
  for ( int i = 0; i < 5; ++i )
    csv += "2026-03-11,08:00,Klotter," + std::string( centroid ) + ",exakt\n";
  for ( int i = 0; i < 3; ++i )
    csv += "2026-03-12,08:00,Klotter,59.3300,14.1300,kommun\n";
  const std::string path = testutil::writeFile( dir.file( "feed.csv" ), csv );

  auto report = importFile( *project, path, ImportOptions() );
  REQUIRE( report );
  CHECK( report->rowsImported == 93 );
  CHECK( report->impreciseRows.at( "municipality" ) == 28 );
  CHECK( project->db().queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" ) ==
         28 );
  CHECK( project->db().queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'exact'" ) == 65 );
  // The five the file called exact are among those.
  CHECK( project->db().queryInt( "SELECT count(*) FROM incidents WHERE place_precision = 'exact' AND "
                                 "occurred_from LIKE '2026-03-11T07:00%'" ) == 5 );
  const auto centroids = std::count_if( report->warnings.begin(), report->warnings.end(),
                                        []( const Message &m )
                                        {
                                          return m.code == MessageCode::ImportPrecisionCentroid &&
                                                 m.args[0].text == "25" && m.args[2].text == "Kristinehamn";
                                        } );
  CHECK( centroids == 1 );
  // The three the file gave as municipality named no place: said so, without an empty list of names.
  const auto given = std::find_if( report->warnings.begin(), report->warnings.end(),
                                   []( const Message &m )
                                   { return m.code == MessageCode::ImportPrecisionMunicipalityUnnamed; } );
  REQUIRE( given != report->warnings.end() );
  CHECK( given->args[0].text == "3" );
  CHECK( std::none_of( report->warnings.begin(), report->warnings.end(),
                       []( const Message &m )
                       { return m.code == MessageCode::ImportPrecisionMunicipality; } ) );
}

#include <catch2/catch.hpp>

#include "database.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "projectfile.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <atomic>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace tryggkarta;
namespace fs = std::filesystem;

namespace
{

//! A folder of its own for one test, removed with everything in it afterwards.
class TempDir
{
public:
  TempDir()
  {
    static std::atomic<int> sCounter{ 0 };
    mPath = fs::temp_directory_path() /
            ( "tryggkarta-demo-" + std::to_string( ::getpid() ) + "-" + std::to_string( sCounter++ ) );
    fs::remove_all( mPath );
    fs::create_directories( mPath );
  }
  ~TempDir()
  {
    std::error_code ec;
    fs::remove_all( mPath, ec );
  }
  std::string file( const std::string &name ) const { return ( mPath / name ).string(); }

private:
  fs::path mPath;
};

DemoOptions optionsWithSeed( uint64_t seed )
{
  DemoOptions options;
  options.seed = seed;
  options.untilDate = "2026-11-22";
  options.years = 2;
  return options;
}

//! The demo project, created in dir; fails the test when generation fails.
std::string makeDemo( const TempDir &dir, const std::string &name, const DemoOptions &options,
                      DemoSummary *summary = nullptr )
{
  const std::string path = dir.file( name );
  auto result = createDemoProject( path, options );
  INFO( ( result ? std::string() : result.error().text() ) );
  REQUIRE( result );
  if ( summary )
    *summary = result.value();
  return path;
}

//! Every row of a table as text (blobs as hex), in fid order.
std::vector<std::string> tableRows( Database &db, const std::string &table )
{
  std::vector<std::string> rows;
  Statement s = db.prepare( "SELECT * FROM " + table + " ORDER BY fid" );
  while ( s.step() )
  {
    std::string row;
    for ( int c = 0; c < s.columnCount(); ++c )
    {
      row += '|';
      if ( s.columnName( c ) == "geom" )
      {
        char hex[3];
        for ( unsigned char byte : s.blob( c ) )
        {
          std::snprintf( hex, sizeof hex, "%02x", byte );
          row += hex;
        }
      }
      else
        row += s.isNull( c ) ? "NULL" : s.text( c );
    }
    rows.push_back( row );
  }
  return rows;
}

std::unique_ptr<OGRGeometry> geometryFromBlob( const std::vector<unsigned char> &blob )
{
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  REQUIRE( wkb );
  OGRGeometry *geometry = nullptr;
  REQUIRE( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &geometry, wkb->second ) == OGRERR_NONE );
  return std::unique_ptr<OGRGeometry>( geometry );
}

std::vector<std::unique_ptr<OGRGeometry>> geometries( Database &db, const std::string &sql )
{
  std::vector<std::unique_ptr<OGRGeometry>> result;
  Statement s = db.prepare( sql );
  while ( s.step() )
    result.push_back( geometryFromBlob( s.blob( 0 ) ) );
  return result;
}

//! Area in square metres of the polygons in a geometry (an overlay may return lines or an empty collection).
double surfaceArea( const OGRGeometry &geometry )
{
  switch ( wkbFlatten( geometry.getGeometryType() ) )
  {
  case wkbPolygon:
    return geometry.toPolygon()->get_Area();
  case wkbMultiPolygon:
  case wkbGeometryCollection:
    return geometry.toGeometryCollection()->get_Area();
  default:
    return 0;
  }
}

//! Parses the stored "YYYY-MM-DDTHH:MM:SSZ" strictly; false for anything else.
bool parseStoredUtc( const std::string &text, std::time_t &utc )
{
  std::tm tm{};
  int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  char z = 0;
  // The GeoPackage DATETIME form, whole seconds: YYYY-MM-DDTHH:MM:SS.000Z.
  if ( text.size() != 24 || text.compare( 19, 5, ".000Z" ) != 0 ||
       std::sscanf( text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &year, &month, &day, &hour, &minute, &second,
                    &z ) != 7 ||
       z != '.' )
    return false;
  tm.tm_year = year - 1900;
  tm.tm_mon = month - 1;
  tm.tm_mday = day;
  tm.tm_hour = hour;
  tm.tm_min = minute;
  tm.tm_sec = second;
  utc = timegm( &tm );
  std::tm back{};
  gmtime_r( &utc, &back );
  char formatted[32];
  std::strftime( formatted, sizeof formatted, "%Y-%m-%dT%H:%M:%S.000Z", &back );
  return text == formatted;
}

//! Stockholm wall-clock time for a UTC instant (EU rule: summer time from the last Sunday of March 01:00 UTC
//! to the last Sunday of October 01:00 UTC).
std::tm stockholmLocal( std::time_t utc )
{
  std::tm tm{};
  gmtime_r( &utc, &tm );
  auto lastSundayOneUtc = [&]( int month )
  {
    std::tm first{};
    first.tm_year = tm.tm_year;
    first.tm_mon = month; // the month after: day 0 is the last day of month
    first.tm_mday = 0;
    first.tm_hour = 1;
    std::time_t last = timegm( &first );
    std::tm lastTm{};
    gmtime_r( &last, &lastTm );
    return last - static_cast<std::time_t>( lastTm.tm_wday ) * 86400;
  };
  const bool summer = utc >= lastSundayOneUtc( 3 ) && utc < lastSundayOneUtc( 10 );
  const std::time_t local = utc + ( summer ? 7200 : 3600 );
  std::tm result{};
  gmtime_r( &local, &result );
  return result;
}

} // namespace

TEST_CASE( "the demo is the same for the same seed and differs for another seed", "[demo]" )
{
  TempDir dir;
  const std::string first = makeDemo( dir, "first.gpkg", optionsWithSeed( 7 ) );
  const std::string again = makeDemo( dir, "again.gpkg", optionsWithSeed( 7 ) );
  const std::string other = makeDemo( dir, "other.gpkg", optionsWithSeed( 8 ) );
  Database a( first, Database::Mode::ReadOnly );
  Database b( again, Database::Mode::ReadOnly );
  Database c( other, Database::Mode::ReadOnly );

  for ( const char *table : { "incidents", "observations", "actions", "safety_walks", "areas", "map_roads",
                              "map_buildings", "priorities", "action_status_history", "citizen_promises",
                              "promise_activities", "promise_links", "organisations" } )
  {
    INFO( table );
    CHECK( tableRows( a, table ) == tableRows( b, table ) );
  }
  CHECK( tableRows( a, "incidents" ) != tableRows( c, "incidents" ) );
  // The town itself does not depend on the event seed.
  CHECK( tableRows( a, "map_roads" ) == tableRows( c, "map_roads" ) );
}

TEST_CASE( "the demo has about 1,300 events a year, three walks, their observations and actions", "[demo]" )
{
  TempDir dir;
  DemoSummary summary;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 1 ), &summary );
  Database db( path, Database::Mode::ReadOnly );

  CHECK( summary.incidents == db.queryInt( "SELECT count(*) FROM incidents" ) );
  CHECK( summary.incidents >= 2 * 1150 );
  CHECK( summary.incidents <= 2 * 1450 );

  CHECK( summary.safetyWalks == 3 );
  CHECK( db.queryInt( "SELECT count(DISTINCT status) FROM safety_walks" ) == 3 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM safety_walks WHERE status = 'planned' AND walk_date > '2026-11-22'" ) == 1 );
  CHECK( db.queryInt( "SELECT count(*) FROM safety_walks WHERE participants NOT BETWEEN 8 AND 20" ) == 0 );
  Statement perWalk =
    db.prepare( "SELECT w.status, count(o.fid) FROM safety_walks w LEFT JOIN observations o ON "
                "o.walk_id = w.fid GROUP BY w.fid" );
  while ( perWalk.step() )
  {
    INFO( perWalk.text( 0 ) );
    if ( perWalk.text( 0 ) == "planned" )
      CHECK( perWalk.int64( 1 ) == 0 );
    else
    {
      CHECK( perWalk.int64( 1 ) >= 10 );
      CHECK( perWalk.int64( 1 ) <= 15 );
    }
  }
  CHECK( summary.observations == db.queryInt( "SELECT count(*) FROM observations" ) );
  CHECK( db.queryInt( "SELECT count(*) FROM observations WHERE positive = 1" ) >= 3 );

  CHECK( summary.actions == db.queryInt( "SELECT count(*) FROM actions" ) );
  CHECK( summary.actions >= 15 );
  CHECK( summary.actions <= 35 );
  CHECK( summary.priorities == db.queryInt( "SELECT count(*) FROM priorities" ) );
  CHECK( summary.interventions == db.queryInt( "SELECT count(*) FROM actions WHERE kind != 'action'" ) );
  CHECK( summary.promiseActivities == db.queryInt( "SELECT count(*) FROM promise_activities" ) );
  CHECK( db.queryInt( "SELECT count(DISTINCT status) FROM actions" ) == 5 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM actions WHERE status IN ('decided', 'in_progress', 'done', 'rejected') "
           "AND decided_date IS NULL" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE (status = 'done') != (done_date IS NOT NULL)" ) ==
         0 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM actions WHERE done_date < decided_date OR done_date > '2026-11-22'" ) == 0 );

  CHECK( db.queryInt( "SELECT count(*) FROM areas WHERE kind = 'est_area'" ) == 5 );
  CHECK( db.queryInt( "SELECT count(*) FROM areas WHERE kind = 'district'" ) >= 4 );
  CHECK( summary.areas == db.queryInt( "SELECT count(*) FROM areas" ) );
  CHECK( db.queryInt( "SELECT count(*) FROM organisations" ) >= 8 );

  int64_t mapFeatures = 0;
  for ( const char *table : { "map_boundary", "map_water", "map_landuse", "map_roads", "map_railway",
                              "map_pois", "map_buildings" } )
  {
    INFO( table );
    const int64_t count = db.queryInt( std::string( "SELECT count(*) FROM " ) + table );
    CHECK( count > 0 );
    mapFeatures += count;
  }
  CHECK( summary.baseMapFeatures == mapFeatures );
  CHECK( db.queryInt( "SELECT count(*) FROM map_buildings" ) >= 200 );
  CHECK( db.queryInt( "SELECT count(*) FROM map_pois WHERE kind = 'school'" ) == 3 );
  CHECK( db.queryInt( "SELECT count(*) FROM map_pois WHERE kind = 'bus_stop'" ) >= 4 );

  auto project = ProjectFile::open( path, true );
  REQUIRE( project );
  CHECK( project.value()->metaValue( "synthetic_data" ) == kSyntheticDataNote );
  CHECK( project.value()->metaValue( "municipality_name" ) == "Exempelkommun" );
  CHECK( project.value()->metaValue( "demo_seed" ) == "1" );
  CHECK( project.value()->metaValue( "demo_until" ) == "2026-11-22" );
  CHECK( project.value()->metaValue( "basemap_layers" ).find( "map_water" ) != std::string::npos );
}

TEST_CASE( "no demo event or observation lies in the water, and no road or land use runs into the lake",
           "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 3 ) );
  Database db( path, Database::Mode::ReadOnly );

  const auto water = geometries( db, "SELECT geom FROM map_water" );
  REQUIRE( water.size() == 2 );
  for ( const char *table : { "incidents", "observations" } )
  {
    INFO( table );
    Statement s = db.prepare( std::string( "SELECT geom FROM " ) + table );
    int64_t inWater = 0, points = 0;
    while ( s.step() )
    {
      const auto blob = s.blob( 0 );
      const auto xy = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
      REQUIRE( xy );
      const OGRPoint point( xy->first, xy->second );
      for ( const auto &polygon : water )
        inWater += polygon->Contains( &point ) ? 1 : 0;
      ++points;
    }
    CHECK( points > 0 );
    CHECK( inWater == 0 );
  }

  const auto lake = geometries( db, "SELECT geom FROM map_water WHERE kind = 'lake'" );
  REQUIRE( lake.size() == 1 );
  // Vänern's shore is 1–1.5 km south-west of Stora torget.
  const OGRPoint square( 449270, 6574920 );
  CHECK( lake.front()->Distance( &square ) > 1000 );
  CHECK( lake.front()->Distance( &square ) < 1500 );
  const OGRPoint southWest( 449270 - 2000, 6574920 - 2000 );
  CHECK( lake.front()->Contains( &southWest ) );
  const auto roads = geometries( db, "SELECT geom FROM map_roads" );
  REQUIRE_FALSE( roads.empty() );
  for ( const auto &road : roads )
    CHECK_FALSE( road->Intersects( lake.front().get() ) );
  const auto landuses = geometries( db, "SELECT geom FROM map_landuse" );
  REQUIRE_FALSE( landuses.empty() );
  for ( const auto &landuse : landuses )
  {
    std::unique_ptr<OGRGeometry> overlap( landuse->Intersection( lake.front().get() ) );
    REQUIRE( overlap );
    CHECK( surfaceArea( *overlap ) < 1.0 );
  }
}

TEST_CASE( "demo events use the seeded categories and cover every category group", "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 4 ) );
  Database db( path, Database::Mode::ReadOnly );

  CHECK( db.queryInt(
           "SELECT count(*) FROM incidents WHERE category NOT IN (SELECT code FROM categories)" ) == 0 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM incidents WHERE place_type NOT IN (SELECT code FROM place_types)" ) == 0 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM incidents WHERE organisation NOT IN (SELECT name FROM organisations)" ) ==
         0 );
  CHECK(
    db.queryInt(
      "SELECT count(*) FROM observations WHERE checklist_item NOT IN (SELECT code FROM checklist_items)" ) ==
    0 );
  CHECK(
    db.queryInt(
      "SELECT count(DISTINCT c.group_code) FROM incidents i JOIN categories c ON c.code = i.category" ) ==
    db.queryInt( "SELECT count(*) FROM category_groups WHERE code != 'polis'" ) ); // the EST groups
  // Police records say so; everything else came through the EST actors.
  CHECK( db.queryInt(
           "SELECT count(*) FROM incidents WHERE (source = 'police') != (organisation = 'Polisen')" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents WHERE source NOT IN ('police', 'est')" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents WHERE source = 'police'" ) > 200 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents WHERE description IS NULL OR description = ''" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents WHERE weight NOT IN (1, 2, 3)" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM incidents WHERE weight > 1" ) > 0 );
}

TEST_CASE( "weekend nights at the station and the square are far busier than weekday daytime", "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 5 ) );
  Database db( path, Database::Mode::ReadOnly );

  const double square[2] = { 449270, 6574920 };
  const double station[2] = { 449590, 6575610 };
  int weekendNight = 0, weekdayDay = 0;
  Statement s = db.prepare( "SELECT geom, occurred_from FROM incidents WHERE occurred_until IS NULL" );
  while ( s.step() )
  {
    const auto blob = s.blob( 0 );
    const auto xy = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
    REQUIRE( xy );
    const bool near = std::hypot( xy->first - square[0], xy->second - square[1] ) < 250 ||
                      std::hypot( xy->first - station[0], xy->second - station[1] ) < 250;
    if ( !near )
      continue;
    std::time_t utc = 0;
    REQUIRE( parseStoredUtc( s.text( 1 ), utc ) );
    const std::tm local = stockholmLocal( utc );
    const int day = local.tm_wday; // 0 = Sunday
    const int hour = local.tm_hour;
    // Friday and Saturday nights, 22:00–04:00: 12 hours a week.
    if ( ( ( day == 5 || day == 6 ) && hour >= 22 ) || ( ( day == 6 || day == 0 ) && hour < 4 ) )
      ++weekendNight;
    // Monday to Thursday, 08:00–17:00: 36 hours a week.
    if ( day >= 1 && day <= 4 && hour >= 8 && hour < 17 )
      ++weekdayDay;
  }
  const double nightRatePerHour = weekendNight / 12.0;
  const double dayRatePerHour = weekdayDay / 36.0;
  INFO( "weekend nights " << weekendNight << ", weekday daytime " << weekdayDay );
  CHECK( weekendNight > 100 );
  CHECK( nightRatePerHour > 5 * dayRatePerHour );
}

TEST_CASE( "demo times are valid UTC text inside the two years, a quarter of them intervals", "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 6 ) );
  Database db( path, Database::Mode::ReadOnly );

  // 2024-11-23 00:00 and 2026-11-22 23:59:59 in Stockholm (CET, UTC+1).
  const std::string first = "2024-11-22T23:00:00.000Z";
  const std::string last = "2026-11-22T22:59:59.000Z";
  int64_t rows = 0, intervals = 0;
  Statement s = db.prepare( "SELECT occurred_from, occurred_until, created_at FROM incidents" );
  while ( s.step() )
  {
    ++rows;
    std::time_t from = 0, until = 0, created = 0;
    const std::string fromText = s.text( 0 );
    INFO( fromText );
    REQUIRE( parseStoredUtc( fromText, from ) );
    REQUIRE( parseStoredUtc( s.text( 2 ), created ) );
    CHECK( fromText >= first );
    CHECK( fromText <= last );
    CHECK( created >= from );
    if ( !s.isNull( 1 ) )
    {
      ++intervals;
      const std::string untilText = s.text( 1 );
      REQUIRE( parseStoredUtc( untilText, until ) );
      CHECK( until > from );
      CHECK( untilText <= last );
      CHECK( created >= until );
    }
  }
  REQUIRE( rows > 0 );
  const double intervalShare = static_cast<double>( intervals ) / rows;
  CHECK( intervalShare > 0.18 );
  CHECK( intervalShare < 0.35 );

  // Both years and every month are covered.
  CHECK( db.queryInt( "SELECT count(DISTINCT substr(occurred_from, 1, 7)) FROM incidents" ) >= 24 );

  Statement observed = db.prepare( "SELECT observed_at FROM observations" );
  while ( observed.step() )
  {
    std::time_t t = 0;
    CHECK( parseStoredUtc( observed.text( 0 ), t ) );
  }

  // The autumn walk starts at 18:00 in November (CET, UTC+1), the spring walk at 17:00 in May (CEST, UTC+2).
  Statement walks =
    db.prepare( "SELECT w.walk_date, min(o.observed_at) FROM safety_walks w JOIN observations o ON "
                "o.walk_id = w.fid GROUP BY w.fid ORDER BY w.walk_date" );
  std::vector<std::pair<std::string, std::string>> starts;
  while ( walks.step() )
    starts.emplace_back( walks.text( 0 ), walks.text( 1 ) );
  REQUIRE( starts.size() == 2 );
  CHECK( starts[0].first.substr( 5, 2 ) == "11" );
  CHECK( starts[0].second == starts[0].first + "T17:00:00.000Z" );
  CHECK( starts[1].first.substr( 5, 2 ) == "05" );
  CHECK( starts[1].second == starts[1].first + "T15:00:00.000Z" );
}

TEST_CASE( "GDAL reads the demo's map layers and events in EPSG:3006", "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 2 ) );
  std::map<std::string, int64_t> expected;
  {
    Database db( path, Database::Mode::ReadOnly );
    for ( const char *table : { "map_boundary", "map_water", "map_landuse", "map_roads", "map_railway",
                                "map_pois", "map_buildings", "incidents", "areas" } )
      expected[table] = db.queryInt( std::string( "SELECT count(*) FROM " ) + table );
    CHECK( db.queryInt( "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'map\\_%' ESCAPE '\\' AND "
                        "description = 'Exempelkommun (syntetiska data)'" ) == 7 );
  }

  GDALAllRegister();
  GDALDataset *dataset = static_cast<GDALDataset *>(
    GDALOpenEx( path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
  REQUIRE( dataset );
  for ( const auto &[table, count] : expected )
  {
    INFO( table );
    OGRLayer *layer = dataset->GetLayerByName( table.c_str() );
    REQUIRE( layer );
    CHECK( layer->GetFeatureCount( TRUE ) == count );
    const OGRSpatialReference *srs = layer->GetSpatialRef();
    REQUIRE( srs );
    REQUIRE( srs->GetAuthorityCode( nullptr ) );
    CHECK( std::string( srs->GetAuthorityCode( nullptr ) ) == "3006" );
    OGREnvelope extent;
    CHECK( layer->GetExtent( &extent, TRUE ) == OGRERR_NONE );
    // Everything lies in and around Kristinehamn.
    CHECK( extent.MinX > 440000 );
    CHECK( extent.MaxX < 460000 );
    CHECK( extent.MinY > 6565000 );
    CHECK( extent.MaxY < 6585000 );
  }
  GDALClose( dataset );
}

TEST_CASE( "the demo refuses an existing path and bad options without touching any file", "[demo]" )
{
  TempDir dir;
  const std::string existing = dir.file( "existing.gpkg" );
  {
    std::ofstream out( existing );
    out << "keep me";
  }
  auto result = createDemoProject( existing, optionsWithSeed( 1 ) );
  CHECK_FALSE( result );
  std::ifstream in( existing );
  std::string content;
  std::getline( in, content );
  CHECK( content == "keep me" );

  SECTION( "an impossible end date" )
  {
    DemoOptions options = optionsWithSeed( 1 );
    options.untilDate = "2026-02-30";
    CHECK_FALSE( createDemoProject( dir.file( "bad-date.gpkg" ), options ) );
    CHECK_FALSE( fs::exists( dir.file( "bad-date.gpkg" ) ) );
  }
  SECTION( "zero years" )
  {
    DemoOptions options = optionsWithSeed( 1 );
    options.years = 0;
    CHECK_FALSE( createDemoProject( dir.file( "no-years.gpkg" ), options ) );
    CHECK_FALSE( fs::exists( dir.file( "no-years.gpkg" ) ) );
  }
}

namespace
{

//! The local (Stockholm) date, YYYY-MM-DD, of the midpoint of a stored occurred_from and occurred_until.
std::string midpointLocalDate( const std::string &from, const std::string &until )
{
  std::time_t a = 0, b = 0;
  REQUIRE( parseStoredUtc( from, a ) );
  if ( until.empty() )
    b = a;
  else
    REQUIRE( parseStoredUtc( until, b ) );
  const std::tm local = stockholmLocal( a + ( b - a ) / 2 );
  char text[16];
  std::strftime( text, sizeof text, "%Y-%m-%d", &local );
  return text;
}

//! The demo's events: midpoint date (Stockholm), category and place.
struct DemoEvent
{
  std::string date;
  std::string category;
  OGRPoint point;
};

std::vector<DemoEvent> demoEvents( Database &db )
{
  std::vector<DemoEvent> events;
  Statement s =
    db.prepare( "SELECT occurred_from, coalesce(occurred_until, ''), category, geom FROM incidents" );
  while ( s.step() )
  {
    const auto blob = s.blob( 3 );
    const auto xy = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
    REQUIRE( xy );
    events.push_back(
      { midpointLocalDate( s.text( 0 ), s.text( 1 ) ), s.text( 2 ), OGRPoint( xy->first, xy->second ) } );
  }
  return events;
}

std::unique_ptr<OGRGeometry> areaGeometry( Database &db, const std::string &name )
{
  Statement s = db.prepare( "SELECT geom FROM areas WHERE name = ?" );
  s.bind( 1, name );
  REQUIRE( s.step() );
  return geometryFromBlob( s.blob( 0 ) );
}

//! Events in the area between two dates (both included), in the categories (none: all).
int64_t countEvents( const std::vector<DemoEvent> &events, const OGRGeometry &area, const std::string &from,
                     const std::string &until, const std::set<std::string> &categories = {} )
{
  int64_t n = 0;
  for ( const DemoEvent &e : events )
    if ( e.date >= from && e.date <= until && ( categories.empty() || categories.count( e.category ) ) &&
         area.Contains( &e.point ) )
      ++n;
  return n;
}

std::string figure( const std::string &label, const std::string &value )
{
  return "{\"label\": \"" + label + "\", \"value\": \"" + value + "\"}";
}

//! The same date a year earlier (the demo's interventions never start or end on 29 February).
std::string yearEarlier( const std::string &date )
{
  return std::to_string( std::stoi( date.substr( 0, 4 ) ) - 1 ) + date.substr( 4 );
}

} // namespace

TEST_CASE( "the demo's priorities are the last complete tertial's top three areas by their events, and one "
           "earlier closed one",
           "[demo]" )
{
  TempDir dir;
  DemoSummary summary;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 1 ), &summary );
  Database db( path, Database::Mode::ReadOnly );
  CHECK( summary.priorities == 4 );
  CHECK( db.queryInt( "SELECT count(*) FROM priorities" ) == 4 );
  // The demo ends 2026-11-22, in T3: T2 2026 is the last complete tertial.
  CHECK(
    db.queryInt( "SELECT count(*) FROM priorities WHERE status = 'active' AND period_label = 'T2 2026' AND "
                 "period_from = '2026-05-01' AND period_until = '2026-08-31'" ) == 3 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM priorities WHERE status = 'closed' AND period_until < '2026-05-01'" ) == 1 );
  // The outline is the area's.
  CHECK(
    db.queryInt( "SELECT count(*) FROM priorities p JOIN areas a ON a.fid = p.area_id WHERE p.geom = a.geom "
                 "AND p.place_kind = 'area'" ) == 4 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM priorities WHERE problem = '' OR cause_analysis = '' OR goal = '' OR "
                 "categories NOT LIKE '[\"%\"]'" ) == 0 );

  // The EST areas ranked by their events in T2 2026, counted here.
  const std::vector<DemoEvent> events = demoEvents( db );
  struct Ranked
  {
    std::string name;
    int64_t now, before;
  };
  std::vector<Ranked> ranked;
  {
    Statement s = db.prepare( "SELECT name FROM areas WHERE kind = 'est_area' ORDER BY fid" );
    while ( s.step() )
    {
      const auto area = areaGeometry( db, s.text( 0 ) );
      ranked.push_back( { s.text( 0 ), countEvents( events, *area, "2026-05-01", "2026-08-31" ),
                          countEvents( events, *area, "2026-01-01", "2026-04-30" ) } );
    }
  }
  std::stable_sort( ranked.begin(), ranked.end(),
                    []( const Ranked &a, const Ranked &b ) { return a.now > b.now; } );
  REQUIRE( ranked.size() == 5 );
  Statement s =
    db.prepare( "SELECT p.rank, a.name, p.figures FROM priorities p JOIN areas a ON a.fid = p.area_id "
                "WHERE p.status = 'active' ORDER BY p.rank" );
  int rank = 0;
  while ( s.step() )
  {
    ++rank;
    const Ranked &expected = ranked[static_cast<size_t>( rank - 1 )];
    INFO( "rank " << rank << ": " << expected.name << " " << expected.now << " (T1 " << expected.before
                  << ")" );
    CHECK( s.int64( 0 ) == rank );
    CHECK( s.text( 1 ) == expected.name );
    const std::string figures = s.text( 2 );
    INFO( figures );
    CHECK( figures.find( figure( "Händelser T2 2026", std::to_string( expected.now ) ) ) !=
           std::string::npos );
    const long percent = std::lround( 100.0 * ( expected.now - expected.before ) / expected.before );
    const std::string change =
      percent == 0 ? "±0 %"
                   : ( percent > 0 ? "+" : "\u2212" ) + std::to_string( std::labs( percent ) ) + " %";
    CHECK( figures.find( figure( "Förändring mot T1 2026", change ) ) != std::string::npos );
    CHECK( figures.find( figure( "Rang bland EST-områdena", std::to_string( rank ) + " av 5" ) ) !=
           std::string::npos );
  }
  CHECK( rank == 3 );
  // The third has more events than the fourth: the choice is not a tie.
  CHECK( ranked[2].now > ranked[3].now );
}

TEST_CASE( "demo actions have every status, a history that agrees with their dates, and their links",
           "[demo]" )
{
  TempDir dir;
  DemoSummary summary;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 1 ), &summary );
  Database db( path, Database::Mode::ReadOnly );

  CHECK( db.queryInt( "SELECT count(DISTINCT status) FROM actions" ) == 5 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM actions WHERE status = 'rejected' AND coalesce(rejection_reason, '') "
                 "!= ''" ) >= 1 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE priority_id IS NOT NULL" ) >= 4 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE observation_id IS NOT NULL" ) >= 10 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE priority_id IS NULL AND observation_id IS NULL" ) >=
         1 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE area_id IS NULL" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE coalesce(contact_role, '') = ''" ) == 0 );
  CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE cost_sek > 0" ) >= 5 );
  // Some overdue on the demo's last day, some not.
  const char *open = "status NOT IN ('done', 'rejected') AND deadline IS NOT NULL";
  CHECK( db.queryInt( std::string( "SELECT count(*) FROM actions WHERE " ) + open +
                      " AND deadline < '2026-11-22'" ) >= 2 );
  CHECK( db.queryInt( std::string( "SELECT count(*) FROM actions WHERE " ) + open +
                      " AND deadline >= '2026-11-22'" ) >= 2 );
  // A priority of the tertial nothing acts on yet.
  CHECK(
    db.queryInt( "SELECT count(*) FROM priorities p WHERE status = 'active' AND NOT EXISTS (SELECT 1 FROM "
                 "actions a WHERE a.priority_id = p.fid)" ) >= 1 );

  // Every action's history: from nothing to proposed, each change from the status before, dates in order, the
  // last the current status, the decision and completion on the dates the action has.
  Statement actions = db.prepare(
    "SELECT fid, status, decided_date, done_date, created_at, updated_at FROM actions ORDER BY fid" );
  int64_t checked = 0;
  while ( actions.step() )
  {
    const int64_t fid = actions.int64( 0 );
    const std::string status = actions.text( 1 );
    INFO( "action " << fid << " " << status );
    Statement history =
      db.prepare( "SELECT coalesce(from_status, ''), to_status, effective_date, changed_at FROM "
                  "action_status_history WHERE action_id = ? ORDER BY changed_at, fid" );
    history.bind( 1, fid );
    std::string previous, lastDate, lastChanged, firstChanged;
    std::map<std::string, std::string> dateOf;
    int entries = 0;
    while ( history.step() )
    {
      CHECK( history.text( 0 ) == previous );
      previous = history.text( 1 );
      CHECK( history.text( 2 ) >= lastDate );
      CHECK( history.text( 3 ) > lastChanged );
      CHECK( history.text( 3 ).substr( 0, 10 ) >= history.text( 2 ).substr( 0, 10 ) ); // recorded on or after
      lastDate = history.text( 2 );
      lastChanged = history.text( 3 );
      if ( entries++ == 0 )
      {
        firstChanged = lastChanged;
        CHECK( previous == "proposed" );
      }
      dateOf[previous] = lastDate;
    }
    CHECK( previous == status );
    CHECK( lastDate <= "2026-11-22" );
    CHECK( firstChanged == actions.text( 4 ) );
    CHECK( lastChanged == actions.text( 5 ) );
    if ( status != "proposed" )
      CHECK( dateOf[status == "rejected" ? "rejected" : "decided"] == actions.text( 2 ) );
    if ( status == "done" )
    {
      CHECK( dateOf["done"] == actions.text( 3 ) );
      CHECK( dateOf.count( "in_progress" ) == 1 );
    }
    ++checked;
  }
  CHECK( checked == summary.actions );
  CHECK( checked == db.queryInt( "SELECT count(DISTINCT action_id) FROM action_status_history" ) );
}

TEST_CASE(
  "the demo's intervention that worked shows a clear drop against its comparison area, the other none",
  "[demo]" )
{
  // The areas, categories and periods demoevents.cpp states for the evaluation.
  struct Expected
  {
    const char *kind;
    const char *target;
    const char *comparison;
    std::set<std::string> categories;
    bool works;
  };
  const Expected interventions[] = {
    { "guards",
      "Stationsområdet",
      "Centrum",
      { "samling", "brak_hot", "vald", "glaskross", "klotter" },
      true },
    { "youth_workers",
      "Norr (bostadsområde)",
      "Västra staden",
      { "samling", "klotter", "skadegorelse_ovrig", "glaskross" },
      false },
  };
  // Seeds 1 (the default) and 7; TRYGGKARTA_DEMO_SEEDS=N checks seeds 1 … N instead. The counts are Poisson,
  // so about one seed in twenty fails one of the 95 % checks by chance (17 of 1 … 20 pass all).
  std::vector<uint64_t> seeds = { 1, 7 };
  if ( const char *many = std::getenv( "TRYGGKARTA_DEMO_SEEDS" ) )
    for ( seeds.clear(); seeds.size() < static_cast<size_t>( std::atoi( many ) ); )
      seeds.push_back( seeds.size() + 1 );
  for ( const uint64_t seed : seeds )
  {
    INFO( "seed " << seed );
    TempDir dir;
    DemoSummary summary;
    const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( seed ), &summary );
    Database db( path, Database::Mode::ReadOnly );
    CHECK( summary.interventions == 2 );
    CHECK( db.queryInt( "SELECT count(*) FROM actions WHERE kind != 'action'" ) == 2 );
    const std::vector<DemoEvent> events = demoEvents( db );
    for ( const Expected &expected : interventions )
    {
      INFO( expected.kind );
      Statement s =
        db.prepare( "SELECT a.name, i.start_date, i.end_date FROM actions i JOIN areas a ON a.fid = "
                    "i.area_id WHERE i.kind = ?" );
      s.bind( 1, expected.kind );
      REQUIRE( s.step() );
      CHECK( s.text( 0 ) == expected.target );
      const std::string start = s.text( 1 ), end = s.text( 2 );
      CHECK( start < end );
      CHECK( end < "2026-11-22" );
      const auto target = areaGeometry( db, expected.target );
      const auto comparison = areaGeometry( db, expected.comparison );
      CHECK_FALSE( target->Overlaps( comparison.get() ) );
      CHECK_FALSE( target->Within( comparison.get() ) );
      CHECK_FALSE( comparison->Within( target.get() ) );
      // Before: the same dates a year earlier.
      const double tb =
        countEvents( events, *target, yearEarlier( start ), yearEarlier( end ), expected.categories );
      const double ta = countEvents( events, *target, start, end, expected.categories );
      const double cb =
        countEvents( events, *comparison, yearEarlier( start ), yearEarlier( end ), expected.categories );
      const double ca = countEvents( events, *comparison, start, end, expected.categories );
      INFO( "target " << tb << " → " << ta << ", comparison " << cb << " → " << ca );
      REQUIRE( tb >= 30 );
      REQUIRE( cb >= 30 );
      // Comparable levels before, and the comparison stays level: its change is within what chance gives
      // (95 %, the counts Poisson).
      CHECK( tb / cb > 0.6 );
      CHECK( tb / cb < 1.67 );
      CHECK( std::abs( std::log( ca / cb ) ) < 1.96 * std::sqrt( 1 / ca + 1 / cb ) );
      // The relative effect size RES = (tb·ca)/(ta·cb) as the after/before ratios' quotient, with Welsh and
      // Farrington's Var(ln RES) = 1/a + 1/b + 1/c + 1/d.
      const double relative = ( ta / tb ) / ( ca / cb );
      const double margin = 1.96 * std::sqrt( 1 / ta + 1 / tb + 1 / ca + 1 / cb );
      if ( expected.works )
      {
        CHECK( relative < 0.7 );                    // a drop of more than 30 % against the comparison
        CHECK( std::log( relative ) + margin < 0 ); // and not by chance
      }
      else
        CHECK( std::abs( std::log( relative ) ) < margin ); // no change beyond chance
    }
  }
}

TEST_CASE( "the demo has this year's citizen promise with activities linked to walks and actions", "[demo]" )
{
  TempDir dir;
  DemoSummary summary;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 1 ), &summary );
  Database db( path, Database::Mode::ReadOnly );
  REQUIRE( db.queryInt( "SELECT count(*) FROM citizen_promises" ) == 1 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM citizen_promises WHERE year = 2026 AND signed_by_police = "
                 "'lokalpolisområdeschef' AND signed_by_municipality = 'kommunstyrelsens ordförande' AND "
                 "signed_date <= '2026-11-22'" ) == 1 );
  const int64_t activities = db.queryInt( "SELECT count(*) FROM promise_activities" );
  CHECK( activities == summary.promiseActivities );
  CHECK( activities >= 4 );
  CHECK( activities <= 6 );
  CHECK( db.queryInt( "SELECT count(DISTINCT owner) FROM promise_activities" ) == 3 );
  CHECK( db.queryInt( "SELECT count(*) FROM promise_activities WHERE status = 'done' AND done_date <= "
                      "'2026-11-22'" ) >= 1 );
  CHECK( db.queryInt( "SELECT count(*) FROM promise_activities WHERE status != 'done'" ) >= 1 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM promise_activities WHERE kind = 'safety_walk' AND planned_count >= 1" ) ==
         1 );
  CHECK( db.queryInt(
           "SELECT count(*) FROM promise_activities WHERE place_name IS NULL AND area_id IS NULL" ) == 0 );
  // Links to this year's walks and to actions, interventions among them.
  CHECK( db.queryInt( "SELECT count(*) FROM promise_links l JOIN safety_walks w ON w.fid = l.walk_id WHERE "
                      "w.walk_date LIKE '2026-%'" ) >= 2 );
  CHECK( db.queryInt( "SELECT count(*) FROM promise_links WHERE walk_id IS NOT NULL" ) ==
         db.queryInt( "SELECT count(*) FROM promise_links l JOIN safety_walks w ON w.fid = l.walk_id" ) );
  CHECK( db.queryInt( "SELECT count(*) FROM promise_links l JOIN actions a ON a.fid = l.action_id" ) >= 4 );
  CHECK(
    db.queryInt( "SELECT count(*) FROM promise_links l JOIN actions a ON a.fid = l.action_id WHERE a.kind != "
                 "'action'" ) == 2 );
}

TEST_CASE( "demo organisations report weekly on their weekday, two of them with recent weeks missing",
           "[demo]" )
{
  TempDir dir;
  const std::string path = makeDemo( dir, "demo.gpkg", optionsWithSeed( 1 ) );
  Database db( path, Database::Mode::ReadOnly );
  CHECK( db.queryInt( "SELECT count(*) FROM organisations WHERE reports_weekly = 1" ) == 6 );
  CHECK( db.queryInt( "SELECT reports_weekly FROM organisations WHERE name = 'Polisen'" ) == 0 );

  // Reports per organisation and ISO week (weeks counted back from 2026-11-16, the Monday of the last week).
  std::map<std::string, std::map<int, int64_t>> perWeek;
  std::map<std::string, std::set<int>> weekdays;
  std::time_t lastMonday = 0;
  REQUIRE( parseStoredUtc( "2026-11-16T00:00:00.000Z", lastMonday ) );
  Statement s =
    db.prepare( "SELECT i.organisation, i.created_at FROM incidents i JOIN organisations o ON o.name = "
                "i.organisation WHERE o.reports_weekly = 1" );
  while ( s.step() )
  {
    std::time_t created = 0;
    REQUIRE( parseStoredUtc( s.text( 1 ), created ) );
    const std::tm local = stockholmLocal( created );
    std::tm day = local;
    day.tm_hour = day.tm_min = day.tm_sec = 0;
    const std::time_t localDay = timegm( &day );
    const int weeksBack = static_cast<int>(
      ( lastMonday - ( localDay - static_cast<std::time_t>( ( local.tm_wday + 6 ) % 7 ) * 86400 ) ) /
      ( 7 * 86400 ) );
    ++perWeek[s.text( 0 )][weeksBack];
    if ( weeksBack > 0 ) // the last week's events count as reported on the last day
      weekdays[s.text( 0 )].insert( local.tm_wday );
  }
  for ( const auto &[organisation, days] : weekdays )
  {
    INFO( organisation );
    CHECK( days.size() == 1 ); // one report day a week
  }
  // Most organisations reported in each of the last eight weeks; Fritidsgården not in the last three, and
  // Kollektivtrafiken missed the weeks one and three back.
  auto reported = [&]( const std::string &organisation, int weeksBack )
  { return perWeek[organisation].count( weeksBack ) > 0; };
  for ( int week = 0; week < 3; ++week )
    CHECK_FALSE( reported( "Fritidsgården", week ) );
  CHECK_FALSE( reported( "Kollektivtrafiken", 1 ) );
  CHECK_FALSE( reported( "Kollektivtrafiken", 3 ) );
  int earlierWeeks = 0;
  for ( int week = 3; week < 12; ++week )
    earlierWeeks += reported( "Fritidsgården", week );
  CHECK( earlierWeeks >= 6 );
  for ( const char *organisation : { "Gatu- och parkenheten", "Trygghetsvärdar" } )
    for ( int week = 0; week < 8; ++week )
    {
      INFO( organisation << ", " << week << " weeks back" );
      CHECK( reported( organisation, week ) );
    }
}

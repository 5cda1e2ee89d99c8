// Selections (weekdays, hours, areas, interval rules), areas and masks, results stored in the project, and
// the cluster layer's descriptions.

#include "storeselection.h"
#include "testutil.h"

#include "analysislayers.h"
#include "areas.h"
#include "masks.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "results.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <optional>
#include <set>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
//! Adds an incident at (x, y) in EPSG:3006 with the times as stored text; returns its fid.
int64_t addIncident( ProjectFile &project, double x, double y, const std::string &from,
                     const std::string &until = std::string(), const std::string &category = "klotter" )
{
  Statement s = project.db().prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, "
                                      "source, created_at, updated_at) VALUES (?, ?, ?, ?, 'est', ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, from );
  if ( until.empty() )
    s.bindNull( 3 );
  else
    s.bind( 3, until );
  s.bind( 4, category ).bind( 5, utcNowIso() ).bind( 6, utcNowIso() );
  s.run();
  return project.db().lastInsertId();
}

//! A square area (with an optional square hole) as a GeoPackage multipolygon blob.
void addSquareArea( ProjectFile &project, const std::string &name, const std::string &code, double west,
                    double south, double size, double holeSize = 0 )
{
  OGRPolygon polygon;
  OGRLinearRing outer;
  outer.addPoint( west, south );
  outer.addPoint( west + size, south );
  outer.addPoint( west + size, south + size );
  outer.addPoint( west, south + size );
  outer.closeRings();
  polygon.addRing( &outer );
  if ( holeSize > 0 )
  {
    const double h0 = west + ( size - holeSize ) / 2, v0 = south + ( size - holeSize ) / 2;
    OGRLinearRing hole;
    hole.addPoint( h0, v0 );
    hole.addPoint( h0, v0 + holeSize );
    hole.addPoint( h0 + holeSize, v0 + holeSize );
    hole.addPoint( h0 + holeSize, v0 );
    hole.closeRings();
    polygon.addRing( &hole );
  }
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob = encodeGpkgWkb( 3006, wkb, Envelope{ west, south, west + size, south + size } );
  Statement s =
    project.db().prepare( "INSERT INTO areas (geom, name, kind, code) VALUES (?, ?, 'custom', ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, name ).bind( 3, code );
  s.run();
}

std::set<int64_t> fidsOf( const std::vector<SelectedIncident> &incidents )
{
  std::set<int64_t> out;
  for ( const SelectedIncident &i : incidents )
    out.insert( i.fid );
  return out;
}
} // namespace

TEST_CASE( "local weekday and hour follow Stockholm time across daylight saving", "[selection]" )
{
  int weekday = 0, hour = 0;
  // 2024-03-31 was a Sunday; summer time began at 01:00 UTC (02:00 → 03:00 local).
  stockholmWeekdayHour( *parseUtcIso( "2024-03-31T00:30:00Z" ), weekday, hour );
  CHECK( weekday == 7 );
  CHECK( hour == 1 );
  stockholmWeekdayHour( *parseUtcIso( "2024-03-31T01:30:00Z" ), weekday, hour );
  CHECK( hour == 3 );
  // 23:30 UTC on a Friday in winter is Saturday 00:30 in Stockholm.
  stockholmWeekdayHour( *parseUtcIso( "2024-01-05T23:30:00Z" ), weekday, hour );
  CHECK( weekday == 6 );
  CHECK( hour == 0 );
  // Before 1970 too.
  stockholmWeekdayHour( *parseUtcIso( "1969-12-31T12:00:00Z" ), weekday, hour );
  CHECK( weekday == 3 );
  CHECK( hour == 13 );
}

TEST_CASE( "an interval touches the hours and weekdays it overlaps", "[selection]" )
{
  // Friday 2024-01-05 18:00 to Monday 06:00 local (17:00 and 05:00 UTC).
  const int64_t from = *parseUtcIso( "2024-01-05T17:00:00Z" ), until = *parseUtcIso( "2024-01-08T05:00:00Z" );
  CHECK( touchesTimeOfWeek( from, until, { 6 }, {} ) );
  CHECK( touchesTimeOfWeek( from, until, {}, { 3 } ) );
  CHECK_FALSE( touchesTimeOfWeek( from, until, { 2, 3, 4 }, {} ) );
  CHECK_FALSE( touchesTimeOfWeek( from, until, { 5 }, { 9, 10 } ) ); // Friday, but only from 18:00
  CHECK_FALSE( touchesTimeOfWeek( from, until, { 1 }, { 6, 7 } ) );  // Monday until 06:00, exclusive
  CHECK( touchesTimeOfWeek( from, until, { 1 }, { 5 } ) );
  // An instant touches only its own hour.
  CHECK( touchesTimeOfWeek( from, from, { 5 }, { 18 } ) );
  CHECK_FALSE( touchesTimeOfWeek( from, from, { 5 }, { 19 } ) );
  // No filter: everything.
  CHECK( touchesTimeOfWeek( from, from, {}, {} ) );
}

TEST_CASE( "a selection by weekday, hour, area and interval rule picks exactly the right incidents",
           "[selection]" )
{
  TempDir dir;
  auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( created.ok() );
  ProjectFile &p = *created.value();
  addSquareArea( p, "Torget", "T1", 1000, 1000, 100, 40 ); // a 40 m hole in the middle
  addSquareArea( p, "Parken", "P1", 2000, 1000, 100 );
  // Saturday 2024-01-06 23:30 local (22:30 UTC), in the area.
  const int64_t saturdayNight = addIncident( p, 1010, 1010, "2024-01-06T22:30:00.000Z" );
  // Tuesday 2024-01-09 10:00 local, in the area.
  const int64_t tuesdayMorning = addIncident( p, 1090, 1090, "2024-01-09T09:00:00.000Z" );
  // In the hole of the area, Saturday night.
  const int64_t inHole = addIncident( p, 1050, 1050, "2024-01-06T22:30:00.000Z" );
  // Friday 18:00 to Monday 06:00 local, in the other area: its midpoint is Sunday 00:00 local.
  const int64_t weekend =
    addIncident( p, 2050, 1050, "2024-01-05T17:00:00.000Z", "2024-01-08T05:00:00.000Z" );
  // Saturday December 30 to January 3 (local), midpoint Monday January 1 00:00 local.
  const int64_t newYear =
    addIncident( p, 5000, 5000, "2023-12-29T23:00:00.000Z", "2024-01-02T23:00:00.000Z" );

  auto select = [&p]( const Selection &s )
  {
    auto r = selectIncidents( p, s );
    REQUIRE( r.ok() );
    return fidsOf( r.value() );
  };
  Selection all;
  CHECK( select( all ).size() == 5 );

  Selection weekendNights;
  weekendNights.weekdays = { 6, 7 };
  weekendNights.hours = { 22, 23, 0, 1 };
  // The new-year interval overlaps a Saturday night; by its midpoint (a Monday) it does not count.
  CHECK( select( weekendNights ) == std::set<int64_t>{ saturdayNight, inHole, weekend, newYear } );
  weekendNights.intervalRule = IntervalRule::Midpoint; // the weekend's midpoint is Sunday 00:00
  CHECK( select( weekendNights ) == std::set<int64_t>{ saturdayNight, inHole, weekend } );
  weekendNights.hours = { 22, 23 };
  CHECK( select( weekendNights ) == std::set<int64_t>{ saturdayNight, inHole } );

  Selection inArea;
  inArea.area = "torget"; // by name, any case
  CHECK( select( inArea ) == std::set<int64_t>{ saturdayNight, tuesdayMorning } );
  inArea.area = "P1"; // by code
  CHECK( select( inArea ) == std::set<int64_t>{ weekend } );
  inArea.area = "Nowhere";
  auto missing = selectIncidents( p, inArea );
  REQUIRE_FALSE( missing.ok() );
  CHECK_THAT( missing.error().text(), Catch::Contains( "Torget (T1)" ) );

  Selection fromJanuarySecond;
  fromJanuarySecond.fromUtc = stockholmToUtc( 2024, 1, 2, 0, 0, 0 );
  CHECK( select( fromJanuarySecond ).count( newYear ) == 1 ); // overlaps
  fromJanuarySecond.intervalRule = IntervalRule::Midpoint;
  CHECK( select( fromJanuarySecond ).count( newYear ) == 0 ); // its midpoint is January 1

  // With a period, only the part of an interval inside it counts for weekday and hour.
  Selection mondayInPeriod;
  mondayInPeriod.fromUtc = stockholmToUtc( 2024, 1, 1, 0, 0, 0 );
  mondayInPeriod.untilUtc = stockholmToUtc( 2024, 1, 2, 0, 0, 0 ); // Monday January 1 only
  mondayInPeriod.weekdays = { 2 };                                 // Tuesday: outside the period
  CHECK( select( mondayInPeriod ).count( newYear ) == 0 );
  mondayInPeriod.weekdays = { 1 };
  CHECK( select( mondayInPeriod ).count( newYear ) == 1 );

  Selection bad;
  bad.weekdays = { 8 };
  CHECK_FALSE( selectIncidents( p, bad ).ok() );
  bad.weekdays = {};
  bad.hours = { 24 };
  CHECK_FALSE( selectIncidents( p, bad ).ok() );
}

TEST_CASE( "a selection describes itself and is stored as JSON", "[selection]" )
{
  Selection s;
  CHECK( s.describe() == "all dates" );
  s.fromUtc = stockholmToUtc( 2024, 1, 1, 0, 0, 0 );
  s.untilUtc = stockholmToUtc( 2025, 1, 1, 0, 0, 0 );
  s.categories = { "klotter" };
  s.weekdays = { 5, 6 };
  s.hours = { 22 };
  s.area = "Torget \"Norr\"";
  s.intervalRule = IntervalRule::Midpoint;
  CHECK( s.describe() == "2024-01-01 – 2024-12-31; categories: klotter; weekdays: fre, lör; hours: 22; area: "
                         "Torget \"Norr\"; intervals by midpoint" );
  CHECK( s.toJson() == "{\"from\":\"2023-12-31T23:00:00.000Z\",\"until\":\"2024-12-31T23:00:00.000Z\","
                       "\"categories\":[\"klotter\"],\"sources\":[],\"organisations\":[],\"weekdays\":[5,6],"
                       "\"hours\":[22],\"area\":\"Torget \\\"Norr\\\"\",\"intervals\":\"midpoint\"}" );
}

TEST_CASE( "the area locator finds every area containing a point, holes excluded", "[selection]" )
{
  TempDir dir;
  auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( created.ok() );
  addSquareArea( *created.value(), "A", "", 0, 0, 100, 20 );
  addSquareArea( *created.value(), "B", "", 50, 50, 100 );
  auto areas = loadAreas( *created.value() );
  REQUIRE( areas.ok() );
  REQUIRE( areas->size() == 2 );
  CHECK( ( *areas )[0].areaSquareMeters == Approx( 100 * 100 - 20 * 20 ) );
  AreaLocator locator( areas.value() );
  CHECK( locator.locate( 10, 10 ) == 0 );
  CHECK( locator.locate( 50, 45 ) == -1 ); // in A's hole
  CHECK( locator.locate( 120, 120 ) == 1 );
  CHECK( locator.locateAll( 75, 75 ) == std::vector<int>{ 0, 1 } );
  CHECK( locator.locate( -1, 50 ) == -1 );
  CHECK( locator.locateAll( 500, 500 ).empty() );
}

TEST_CASE( "a land mask leaves out the lake and what lies outside the municipality", "[selection]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions{} ).ok() );
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  // A grid over the demo's extent; compare the mask with GDAL's own point-in-polygon answers.
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *water = ds->GetLayerByName( "map_water" );
  OGRLayer *boundary = ds->GetLayerByName( "map_boundary" );
  REQUIRE( water );
  REQUIRE( boundary );
  OGREnvelope extent;
  REQUIRE( boundary->GetExtent( &extent ) == OGRERR_NONE );
  AlignedGrid grid;
  grid.cellSize = 100;
  grid.westIndex = static_cast<int64_t>( std::floor( extent.MinX / 100 ) );
  grid.northIndex = static_cast<int64_t>( std::ceil( extent.MaxY / 100 ) );
  grid.columns = static_cast<int>( std::ceil( extent.MaxX / 100 ) - grid.westIndex );
  grid.rows = static_cast<int>( grid.northIndex - std::floor( extent.MinY / 100 ) );
  auto mask = rasterizeMask( *project.value(), grid, "land" );
  REQUIRE( mask.ok() );
  size_t agree = 0, cells = 0, inLake = 0, onLand = 0;
  for ( int r = 0; r < grid.rows; r += 3 )
    for ( int c = 0; c < grid.columns; c += 3 )
    {
      OGRPoint centre( grid.cellCentreX( c ), grid.cellCentreY( r ) );
      bool wet = false, inside = false;
      for ( auto &f : *water )
        wet = wet || f->GetGeometryRef()->Contains( &centre );
      for ( auto &f : *boundary )
        inside = inside || f->GetGeometryRef()->Contains( &centre );
      const bool expected = inside && !wet;
      const bool got = ( *mask )[static_cast<size_t>( r ) * grid.columns + c] != 0;
      agree += expected == got ? 1 : 0;
      ++cells;
      inLake += wet ? 1 : 0;
      onLand += expected ? 1 : 0;
    }
  GDALClose( ds );
  REQUIRE( inLake > 10 );
  REQUIRE( onLand > 10 );
  CHECK( agree == cells );
  auto unknown = rasterizeMask( *project.value(), grid, "Atlantis" );
  REQUIRE_FALSE( unknown.ok() );
  CHECK_THAT( unknown.error().text(), Catch::Contains( "No area is called 'Atlantis'" ) );
}

TEST_CASE( "the project's extent is the municipality boundary, else its areas, widened by the margin, and "
           "incidents beyond it are taken out and named",
           "[selection]" )
{
  TempDir dir;
  SECTION( "an empty project has no extent: nothing is outside" )
  {
    auto project = ProjectFile::create( dir.file( "empty.gpkg" ) );
    REQUIRE( project.ok() );
    auto extent = projectExtent( *project.value() );
    REQUIRE( extent.ok() );
    CHECK_FALSE( extent.value().has_value() );
  }
  SECTION( "the areas decide when there is no boundary" )
  {
    auto project = ProjectFile::create( dir.file( "areas.gpkg" ) );
    REQUIRE( project.ok() );
    addSquareArea( *project.value(), "A", "A", 1000, 2000, 500 );
    addSquareArea( *project.value(), "B", "B", 4000, 2500, 1000 );
    auto extent = projectExtent( *project.value(), 100 );
    REQUIRE( extent.ok() );
    REQUIRE( extent.value().has_value() );
    const ProjectExtent &e = **extent;
    CHECK( e.envelope.minX == 900 );
    CHECK( e.envelope.minY == 1900 );
    CHECK( e.envelope.maxX == 5100 );
    CHECK( e.envelope.maxY == 3600 );
    CHECK( e.basis.text() == "the project's areas" );

    std::vector<SelectedIncident> incidents( 5 );
    const double xs[] = { 950, 5200, 3000, 800, 5100 };
    for ( int i = 0; i < 5; ++i )
    {
      incidents[i].fid = i + 1;
      incidents[i].x = xs[i];
      incidents[i].y = 3000;
    }
    const std::vector<SelectedIncident> outside = takeOutside( incidents, e );
    CHECK( fidsOf( outside ) == std::set<int64_t>{ 2, 4 } );
    REQUIRE( incidents.size() == 3 );
    // The others keep their order.
    CHECK( incidents[0].fid == 1 );
    CHECK( incidents[1].fid == 3 );
    CHECK( incidents[2].fid == 5 );
    const std::string warning = describeOutside( outside, e ).value().text();
    CHECK_THAT( warning, Catch::StartsWith( "2 incidents lie outside the project's extent" ) );
    CHECK_THAT( warning, Catch::Contains( "fid 2 (E 5200, N 3000), fid 4 (E 800, N 3000)" ) );
    CHECK_FALSE( describeOutside( {}, e ).has_value() );
  }
  SECTION( "the demo's boundary, not its smaller EST areas" )
  {
    const std::string path = dir.file( "demo.gpkg" );
    REQUIRE( createDemoProject( path, DemoOptions{} ).ok() );
    auto project = ProjectFile::open( path, true );
    REQUIRE( project.ok() );
    auto extent = projectExtent( *project.value() );
    REQUIRE( extent.ok() );
    REQUIRE( extent.value().has_value() );
    CHECK( ( *extent )->basis.text() == "the municipality boundary" );
    auto incidents = selectIncidents( *project.value(), Selection{} );
    REQUIRE( incidents.ok() );
    const size_t all = incidents->size();
    CHECK( takeOutside( incidents.value(), **extent ).empty() );
    CHECK( incidents->size() == all );
  }
}

TEST_CASE( "a raster result is stored in the project, listed with its provenance, exported and removed",
           "[results]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created.ok() );
  ProjectFile &p = *created.value();
  AlignedGrid grid;
  grid.cellSize = 10;
  grid.westIndex = 40000;
  grid.northIndex = 650000;
  grid.columns = 300; // more than one 256-pixel tile each way
  grid.rows = 270;
  std::vector<double> values( grid.cellCount() );
  for ( size_t i = 0; i < values.size(); ++i )
    values[i] = std::sin( double( i ) * 0.001 ) * 100 + double( i % 7 ) * 0.25;
  ResultProvenance provenance;
  provenance.kind = "kde";
  provenance.selection.categories = { "klotter" };
  provenance.parametersJson = "{\"radius_m\":300}";
  provenance.summary = "quartic";
  provenance.units = "events per km² for the period";
  ResultStore store( p );
  auto stored = store.storeRaster( "Heatmap klotter 2024", provenance, grid, values );
  INFO( ( stored.ok() ? std::string() : stored.error().text() ) );
  REQUIRE( stored.ok() );
  CHECK( stored->tables == std::vector<std::string>{ "result_heatmap_klotter_2024" } );
  CHECK( stored->selectionText == "all dates; categories: klotter" );
  CHECK( stored->parametersJson == "{\"radius_m\":300}" );

  // GDAL reads the raster back from the project, cell for cell (Float32), at the same place.
  {
    const std::string uri = "GPKG:" + path + ":result_heatmap_klotter_2024";
    GDALDataset *ds =
      static_cast<GDALDataset *>( GDALOpenEx( uri.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
    REQUIRE( ds );
    CHECK( ds->GetRasterXSize() == grid.columns );
    CHECK( ds->GetRasterYSize() == grid.rows );
    double transform[6];
    ds->GetGeoTransform( transform );
    CHECK( transform[0] == grid.west() );
    CHECK( transform[3] == grid.north() );
    std::vector<float> read( grid.cellCount() );
    REQUIRE( ds->GetRasterBand( 1 )->RasterIO( GF_Read, 0, 0, grid.columns, grid.rows, read.data(),
                                               grid.columns, grid.rows, GDT_Float32, 0, 0 ) == CE_None );
    GDALClose( ds );
    size_t same = 0;
    for ( size_t i = 0; i < read.size(); ++i )
      same += read[i] == static_cast<float>( values[i] ) ? 1 : 0;
    CHECK( same == read.size() );
  }

  // The same name again is refused and changes nothing; replacing works.
  auto again = store.storeRaster( "Heatmap klotter 2024", provenance, grid, values );
  REQUIRE_FALSE( again.ok() );
  CHECK_THAT( again.error().text(), Catch::Contains( "already has a result called 'Heatmap klotter 2024'" ) );
  CHECK( store.list()->size() == 1 );
  provenance.summary = "second";
  auto replaced = store.storeRaster( "Heatmap klotter 2024", provenance, grid, values, true );
  REQUIRE( replaced.ok() );
  CHECK( replaced->summary == "second" );
  CHECK( store.list()->size() == 1 );
  CHECK( store.uniqueName( "Heatmap klotter 2024" ).value() == "Heatmap klotter 2024 (2)" );

  // Export to GeoTIFF carries the provenance.
  const std::string tif = dir.file( "out.tif" );
  REQUIRE( store.exportTo( "Heatmap klotter 2024", tif ).ok() );
  {
    GDALDataset *ds =
      static_cast<GDALDataset *>( GDALOpenEx( tif.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
    REQUIRE( ds );
    CHECK( std::string( ds->GetMetadataItem( "TRYGGKARTA_SELECTION" ) ) == "all dates; categories: klotter" );
    CHECK( ds->GetRasterXSize() == grid.columns );
    GDALClose( ds );
  }
  CHECK_FALSE( store.exportTo( "Heatmap klotter 2024", dir.file( "out.csv" ) ).ok() );

  // Removing leaves no table and no catalogue entry behind.
  REQUIRE( store.remove( "Heatmap klotter 2024" ).ok() );
  CHECK( store.list()->empty() );
  CHECK( p.db().queryInt( "SELECT count(*) FROM sqlite_master WHERE name LIKE 'result_%'" ) == 0 );
  CHECK( p.db().queryInt( "SELECT count(*) FROM gpkg_contents WHERE table_name LIKE 'result_%'" ) == 0 );
  CHECK( p.db().queryInt( "SELECT count(*) FROM gpkg_tile_matrix_set WHERE table_name LIKE 'result_%'" ) ==
         0 );
  // Two deletions: the replaced result and this one.
  CHECK( p.db().queryInt( "SELECT count(*) FROM audit_log WHERE action = 'delete analysis'" ) == 2 );
  CHECK_FALSE( store.remove( "Heatmap klotter 2024" ).ok() );
}

TEST_CASE( "table results become layers QGIS and GDAL read, and a name taken by another table is refused",
           "[results]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created.ok() );
  ProjectFile &p = *created.value();
  using T = ResultField::Type;
  ResultTable polygons;
  polygons.geometry = ResultTable::Geometry::Polygon;
  polygons.fields = {
    { "id", T::Integer }, { "label", T::Text }, { "value", T::Real }, { "at", T::DateTime } };
  for ( int i = 0; i < 3; ++i )
  {
    ResultFeature f;
    const double x = 500000 + i * 100;
    f.rings = { { { x, 6500000 }, { x + 50, 6500000 }, { x + 50, 6500050 }, { x, 6500050 } } };
    f.values = { ResultValue( std::int64_t( i ) ), ResultValue( std::string( "ö" ) + std::to_string( i ) ),
                 i == 1 ? ResultValue() : ResultValue( i * 1.5 ), ResultValue( std::int64_t( 1704067200 ) ) };
    polygons.features.push_back( f );
  }
  ResultTable rows;
  rows.fields = { { "hour", T::Integer }, { "count", T::Real } };
  rows.features.push_back(
    ResultFeature{ {}, std::nullopt, { ResultValue( std::int64_t( 22 ) ), ResultValue( 4.5 ) } } );
  ResultProvenance provenance;
  provenance.kind = "hotspots";
  ResultStore store( p );
  auto stored = store.storeTables( "Gi* vecka 5", provenance, { { "", &polygons }, { "table", &rows } } );
  INFO( ( stored.ok() ? std::string() : stored.error().text() ) );
  REQUIRE( stored.ok() );
  REQUIRE( stored->tables == std::vector<std::string>{ "result_gi_vecka_5", "result_gi_vecka_5_table" } );
  {
    GDALDataset *ds =
      static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
    REQUIRE( ds );
    OGRLayer *layer = ds->GetLayerByName( "result_gi_vecka_5" );
    REQUIRE( layer );
    CHECK( layer->GetFeatureCount() == 3 );
    CHECK( layer->GetSpatialRef()->GetAuthorityCode( nullptr ) == std::string( "3006" ) );
    layer->SetAttributeFilter( "id = 2" );
    OGRFeature *f = layer->GetNextFeature();
    REQUIRE( f );
    CHECK( std::string( f->GetFieldAsString( "label" ) ) == "ö2" );
    CHECK( f->GetFieldAsDouble( "value" ) == 3.0 );
    CHECK( std::string( f->GetFieldAsString( "at" ) ).rfind( "2024/01/01 00:00:00", 0 ) == 0 );
    CHECK( f->GetGeometryRef()->toPolygon()->get_Area() == Approx( 2500 ) );
    OGRFeature::DestroyFeature( f );
    OGRLayer *table = ds->GetLayerByName( "result_gi_vecka_5_table" );
    REQUIRE( table );
    CHECK( table->GetGeomType() == wkbNone );
    GDALClose( ds );
  }
  // Our own connection still sees a sound project (GDAL wrote through its own).
  CHECK( p.db().queryText( "PRAGMA integrity_check" ) == "ok" );

  // A table of that name that is not a result is never overwritten.
  p.db().exec( "CREATE TABLE result_mine (x INTEGER)" );
  auto clash = store.storeTables( "mine", provenance, { { "", &polygons } }, true );
  REQUIRE_FALSE( clash.ok() );
  CHECK_THAT( clash.error().text(), Catch::Contains( "not a Tryggkarta result" ) );
  CHECK( p.db().tableExists( "result_mine" ) );

  // Export of a two-table result needs a GeoPackage.
  CHECK_FALSE( store.exportTo( "Gi* vecka 5", dir.file( "x.geojson" ) ).ok() );
  REQUIRE( store.exportTo( "Gi* vecka 5", dir.file( "x.gpkg" ) ).ok() );
  // Never over the project itself (the export would replace the file), by its own name or another one.
  const auto rowsBefore = p.db().queryInt( "SELECT count(*) FROM result_gi_vecka_5" );
  for ( const std::string &target :
        { p.path(), dir.file( "./" + std::filesystem::path( p.path() ).filename().string() ) } )
  {
    INFO( target );
    auto onItself = store.exportTo( "Gi* vecka 5", target );
    REQUIRE_FALSE( onItself.ok() );
    CHECK_THAT( onItself.error().text(), Catch::Contains( "the project file itself" ) );
  }
  CHECK( p.db().queryInt( "SELECT count(*) FROM result_gi_vecka_5" ) == rowsBefore );
  CHECK( p.db().queryText( "PRAGMA integrity_check" ) == "ok" );
  CHECK( ResultStore::tableNameFor( "Öst – Åby!" ) == "result_ost_aby" );
}

TEST_CASE( "clusters are described by their commonest categories, peak hour and outline", "[results]" )
{
  // Cluster 0: a ring of points, two categories, evenings; cluster 1: three points on a line at noon.
  std::vector<SelectedIncident> incidents;
  ClusteringResult result;
  const double pi = std::acos( -1.0 );
  for ( int i = 0; i < 40; ++i )
  {
    SelectedIncident s;
    s.fid = i + 1;
    s.x = 1000 + 50 * std::cos( 2 * pi * i / 40 );
    s.y = 1000 + 50 * std::sin( 2 * pi * i / 40 );
    // 21:00 local in winter is 20:00 UTC; every fourth event at 15:00 local.
    s.fromUtc = stockholmToUtc( 2024, 2, 1 + i % 20, i % 4 == 0 ? 15 : 21, 0, 0 );
    s.untilUtc = s.fromUtc;
    s.category = i % 3 == 0 ? "skadegorelse" : "klotter";
    incidents.push_back( s );
    result.clusterIds.push_back( 0 );
    result.isCore.push_back( 1 );
  }
  // A C-shaped cluster inside: a concave hull must cut into the C.
  for ( int i = 0; i < 3; ++i )
  {
    SelectedIncident s;
    s.x = 5000 + i * 10;
    s.y = 5000;
    s.fromUtc = stockholmToUtc( 2024, 6, 3, 12, 0, 0 ) - 1800; // an interval 11:30–12:30: midpoint 12:00
    s.untilUtc = s.fromUtc + 3600;
    s.category = "brand";
    incidents.push_back( s );
    result.clusterIds.push_back( 1 );
    result.isCore.push_back( i == 1 );
  }
  SelectedIncident noise;
  noise.x = 9000;
  incidents.push_back( noise );
  result.clusterIds.push_back( ClusteringResult::NOISE );
  result.isCore.push_back( 0 );
  result.clusterCount = 2;

  auto described = describeClusters( incidents, result, ClusterHullOptions{}, { { "klotter", "Klotter" } } );
  REQUIRE( described.ok() );
  REQUIRE( described->size() == 2 );
  const ClusterDescription &ring = ( *described )[0];
  CHECK( ring.count == 40 );
  CHECK( ring.coreCount == 40 );
  REQUIRE( ring.dominantCategories.size() == 2 );
  CHECK( ring.dominantCategories[0] == std::make_pair( std::string( "Klotter" ), std::size_t( 26 ) ) );
  CHECK( ring.dominantCategories[1] == std::make_pair( std::string( "skadegorelse" ), std::size_t( 14 ) ) );
  CHECK( ring.peakHour == 21 );
  CHECK( ring.firstUtc == stockholmToUtc( 2024, 2, 1, 15, 0, 0 ) );
  // The convex hull of 40 points on a circle of radius 50: close to the circle's area.
  CHECK( ring.areaSquareMeters == Approx( pi * 50 * 50 ).epsilon( 0.02 ) );
  const ClusterDescription &line = ( *described )[1];
  CHECK( line.count == 3 );
  CHECK( line.coreCount == 1 );
  CHECK( line.peakHour == 12 );
  CHECK( line.peakWeekday == 1 );     // 2024-06-03 was a Monday
  CHECK( line.areaSquareMeters > 0 ); // points on a line get a small buffer so they show on the map

  // A concave outline of a C shape is smaller than its convex hull.
  std::vector<SelectedIncident> cShape;
  ClusteringResult cResult;
  for ( int i = 0; i <= 30; ++i )
  {
    const double angle = pi / 4 + ( 3 * pi / 2 ) * i / 30;
    for ( double radius : { 80.0, 100.0 } )
    {
      SelectedIncident s;
      s.x = radius * std::cos( angle );
      s.y = radius * std::sin( angle );
      cShape.push_back( s );
      cResult.clusterIds.push_back( 0 );
      cResult.isCore.push_back( 1 );
    }
  }
  cResult.clusterCount = 1;
  auto convex = describeClusters( cShape, cResult, ClusterHullOptions{}, {} );
  ClusterHullOptions concaveOptions;
  concaveOptions.concave = true;
  concaveOptions.concavity = 0.1;
  auto concave = describeClusters( cShape, cResult, concaveOptions, {} );
  REQUIRE( convex.ok() );
  REQUIRE( concave.ok() );
  CHECK( ( *concave )[0].areaSquareMeters < 0.6 * ( *convex )[0].areaSquareMeters );
  concaveOptions.concavity = 0;
  CHECK_FALSE( describeClusters( cShape, cResult, concaveOptions, {} ).ok() );

  const ResultTable hulls = clusterHullTable( described.value() );
  CHECK( hulls.features.size() == 2 );
  const ResultTable events = clusterEventTable( incidents, result, false );
  CHECK( events.features.size() == 43 ); // the noise point is left out
  CHECK( clusterEventTable( incidents, result, true ).features.size() == 44 );
}

TEST_CASE( "filtering incidents in memory gives exactly what selecting them from the project gives",
           "[selection]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions{} ).ok() );
  auto project = ProjectFile::open( path, true );
  REQUIRE( project.ok() );
  auto all = selectIncidentsFromTable( *project.value(), Selection{} );
  REQUIRE( all.ok() );
  REQUIRE( all->size() > 2000 );
  // The columns of the incidents with the observations among them (the filter must skip those rows).
  Selection observationLayer;
  observationLayer.layer = SelectionLayer::Observations;
  auto observations = selectIncidents( *project.value(), observationLayer );
  REQUIRE( observations.ok() );
  REQUIRE( !observations->empty() );
  std::vector<SelectedIncident> withObservations = all.value();
  for ( size_t i = 0; i < observations->size(); ++i )
    withObservations.insert( withObservations.begin() + static_cast<std::ptrdiff_t>( i * 7 ),
                             observations->at( i ) );
  auto store = IncidentStore::of( withObservations );
  REQUIRE( store.ok() );
  const IncidentStore &columns = store.value();
  REQUIRE( columns.size() == withObservations.size() );
  std::vector<Selection> selections( 6 );
  selections[0].fromUtc = stockholmToUtc( 2025, 3, 1, 0, 0, 0 );
  selections[0].untilUtc = stockholmToUtc( 2025, 6, 1, 0, 0, 0 );
  selections[1] = selections[0];
  selections[1].intervalRule = IntervalRule::Midpoint;
  selections[1].weekdays = { 5, 6, 7 };
  selections[2].hours = { 22, 23, 0, 1, 2 };
  selections[2].categories = { "klotter", "samling" };
  selections[3].sources = { "police" };
  selections[3].area = "EST1";
  selections[4].organisations = { all->front().organisation };
  selections[5] = selections[1];
  selections[5].area = "D4";
  for ( const Selection &s : selections )
  {
    INFO( s.describe() );
    // The table's SQL against the records in memory and the store's columns.
    auto fromFile = selectIncidentsFromTable( *project.value(), s );
    REQUIRE( fromFile.ok() );
    std::optional<ProjectArea> area;
    if ( s.area )
      area = findArea( *project.value(), *s.area ).value();
    auto inMemory = filterIncidents( all.value(), s, area ? &*area : nullptr );
    REQUIRE( inMemory.ok() );
    CHECK( fidsOf( inMemory.value() ) == fidsOf( fromFile.value() ) );
    CHECK( !fromFile->empty() );
    CHECK( fromFile->size() < all->size() );
    // The same through the columns (the map's live filter), rows in order.
    auto rows = filterRows( columns, s, area ? &*area : nullptr );
    REQUIRE( rows.ok() );
    CHECK( std::is_sorted( rows->begin(), rows->end() ) );
    std::vector<SelectedIncident> taken;
    for ( uint32_t row : rows.value() )
      taken.push_back( withObservations[row] );
    CHECK( fidsOf( taken ) == fidsOf( fromFile.value() ) );
  }
  Selection needsArea;
  needsArea.area = "EST1";
  CHECK_FALSE( filterIncidents( all.value(), needsArea, nullptr ).ok() );
  CHECK_FALSE( filterRows( columns, needsArea, nullptr ).ok() );
  // Observations' rows are never taken, not even by a selection of both layers.
  Selection both;
  both.layer = SelectionLayer::Both;
  auto rows = filterRows( columns, both, nullptr );
  REQUIRE( rows.ok() );
  CHECK( rows->size() == all->size() );
  Selection unknown;
  unknown.categories = { "no-such-category" };
  REQUIRE( filterRows( columns, unknown, nullptr ).ok() );
  CHECK( filterRows( columns, unknown, nullptr )->empty() );
}

namespace
{
//! Everything in a project file that a stored result touches, as text: the schema, the catalogue rows, the
//! results and the audit log.
std::string projectState( ProjectFile &p )
{
  std::string state;
  for ( const char *sql :
        { "SELECT type || ' ' || name FROM sqlite_master ORDER BY name",
          "SELECT table_name || ' ' || data_type FROM gpkg_contents ORDER BY table_name",
          "SELECT coalesce(table_name, '') || ' ' || extension_name FROM gpkg_extensions ORDER BY 1",
          "SELECT name || ' ' || tables FROM analysis_results ORDER BY fid",
          "SELECT action || ' ' || coalesce(details, '') FROM audit_log ORDER BY fid" } )
  {
    Statement s = p.db().prepare( sql );
    while ( s.step() )
      state += s.text( 0 ) + "\n";
  }
  for ( const char *table : { "gpkg_metadata", "gpkg_tile_matrix_set", "gpkg_2d_gridded_tile_ancillary" } )
    if ( p.db().tableExists( table ) )
      state += std::string( table ) + " " +
               std::to_string( p.db().queryInt( std::string( "SELECT count(*) FROM " ) + table ) ) + "\n";
  return state;
}
} // namespace

TEST_CASE( "a result whose store is cancelled leaves the project as it was, also when it would replace one",
           "[results]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created.ok() );
  ProjectFile &p = *created.value();
  ResultStore store( p );
  AlignedGrid grid;
  grid.cellSize = 10;
  grid.westIndex = 40000;
  grid.northIndex = 650000;
  grid.columns = 40;
  grid.rows = 30;
  const std::vector<double> values( grid.cellCount(), 2.5 );
  ResultProvenance provenance;
  provenance.kind = "kde";
  using T = ResultField::Type;
  ResultTable cells;
  cells.geometry = ResultTable::Geometry::Polygon;
  cells.fields = { { "count", T::Integer } };
  cells.features.push_back(
    ResultFeature{ { { { 400000, 6500000 }, { 400100, 6500000 }, { 400100, 6500100 } } },
                   std::nullopt,
                   { ResultValue( std::int64_t( 3 ) ) } } );
  // A result to replace, stored before.
  REQUIRE( store.storeRaster( "Värmekarta", provenance, grid, values ).ok() );
  const std::string before = projectState( p );

  // Stopped at each report in turn: at the last one (1) the result is complete but not yet committed.
  for ( double stopAt : { 0.0, 0.5, 0.7, 0.9, 1.0 } )
  {
    INFO( "stopped at " << stopAt );
    std::vector<double> seen;
    auto stopper = [&]( double f )
    {
      seen.push_back( f );
      return f < stopAt;
    };
    auto raster = store.storeRaster( "Ny värmekarta", provenance, grid, values, false, stopper );
    REQUIRE_FALSE( raster.ok() );
    CHECK( isCancelled( raster.error() ) );
    auto replacing = store.storeRaster( "Värmekarta", provenance, grid, values, true, stopper );
    REQUIRE_FALSE( replacing.ok() );
    auto tables = store.storeTables( "Celler", provenance, { { "", &cells } }, false, stopper );
    REQUIRE_FALSE( tables.ok() );
    CHECK( isCancelled( tables.error() ) );
    CHECK( projectState( p ) == before );
  }
  // Let through, the same calls store.
  REQUIRE(
    store.storeRaster( "Värmekarta", provenance, grid, values, true, []( double ) { return true; } ).ok() );
  REQUIRE( store.storeTables( "Celler", provenance, { { "", &cells } } ).ok() );
  CHECK( store.list()->size() == 2 );
  CHECK( p.db().queryInt( "SELECT count(*) FROM result_celler" ) == 1 );
  CHECK( p.db().queryInt( "SELECT count(*) FROM rtree_result_celler_geom" ) == 1 );
  CHECK( p.db().queryInt( "PRAGMA foreign_key_check" ) == 0 );
}

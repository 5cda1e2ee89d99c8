// The publishing mode: k from the project, counts per aligned cell and per area with small counts suppressed,
// secondary suppression, a heatmap made from published cells only, and files that hold nothing but cells with
// at least k events. The public guarantee is checked on what is written and computed, against the events put
// in.

#include "testutil.h"

#include "areas.h"
#include "database.h"
#include "kerneldensity.h"
#include "projectfile.h"
#include "publicmode.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>
#include <map>
#include <random>
#include <set>
#include <string>
#include <utility>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{

SelectedIncident incidentAt( double x, double y, int64_t fid = 0 )
{
  SelectedIncident incident;
  incident.fid = fid;
  incident.x = x;
  incident.y = y;
  incident.fromUtc = incident.untilUtc = 1700000000;
  incident.category = "klotter";
  incident.source = "est";
  return incident;
}

/**
 * Events in SWEREF 99 TM: dense clusters, a thin scatter and a few isolated events far from everything, none
 * on a round coordinate (each gets a random fraction of a metre), so no cell corner can coincide with one by
 * construction.
 */
std::vector<SelectedIncident> mixedEvents( std::uint32_t seed )
{
  std::mt19937 random( seed );
  std::normal_distribution<double> spread( 0, 90 );
  std::uniform_real_distribution<double> uniform( 0, 1 );
  std::vector<SelectedIncident> events;
  int64_t fid = 1;
  const auto add = [&]( double x, double y ) { events.push_back( incidentAt( x, y, fid++ ) ); };
  const double centres[][2] = {
    { 450310.37, 6580420.61 }, { 451230.83, 6581160.29 }, { 449820.13, 6579610.77 } };
  for ( const auto &centre : centres )
    for ( int i = 0; i < 60; ++i )
      add( centre[0] + spread( random ), centre[1] + spread( random ) );
  for ( int i = 0; i < 40; ++i ) // thin scatter over 4 × 4 km
    add( 448000 + 4000 * uniform( random ) + 0.37, 6578000 + 4000 * uniform( random ) + 0.61 );
  // Isolated events, kilometres from the rest.
  add( 458123.456, 6586789.012 );
  add( 441234.567, 6572345.678 );
  add( 458900.111, 6572100.222 );
  return events;
}

//! The events within distance of (x, y).
int64_t eventsWithin( const std::vector<SelectedIncident> &events, double x, double y, double distance )
{
  int64_t n = 0;
  for ( const SelectedIncident &e : events )
    if ( std::hypot( e.x - x, e.y - y ) <= distance )
      ++n;
  return n;
}

//! The counts per cell of a size, worked out here on integer cell indices (not with the code under test).
std::map<std::pair<int64_t, int64_t>, int64_t> countsPerCell( const std::vector<SelectedIncident> &events,
                                                              double cell )
{
  std::map<std::pair<int64_t, int64_t>, int64_t> counts;
  for ( const SelectedIncident &e : events )
    ++counts[{ static_cast<int64_t>( std::floor( e.x / cell ) ),
               static_cast<int64_t>( std::floor( e.y / cell ) ) }];
  return counts;
}

//! A square area.
ProjectArea squareArea( int64_t fid, const std::string &name, double west, double south, double side )
{
  ProjectArea area;
  area.fid = fid;
  area.name = name;
  area.kind = "est_area";
  area.rings = { { { west, south },
                   { west + side, south },
                   { west + side, south + side },
                   { west, south + side },
                   { west, south } } };
  area.envelope = Envelope{ west, south, west + side, south + side };
  area.areaSquareMeters = side * side;
  return area;
}

struct ReadCell
{
  std::string id;
  int64_t row = 0, column = 0, count = 0;
  std::vector<std::pair<double, double>> vertices;
};

struct ReadBack
{
  std::vector<std::string> fields;
  std::vector<ReadCell> cells;
};

//! Every feature of the file's one layer, read with GDAL as any reader would.
ReadBack readPublished( const std::string &path )
{
  GDALAllRegister();
  ReadBack out;
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  REQUIRE( ds->GetLayerCount() == 1 );
  OGRLayer *layer = ds->GetLayer( 0 );
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  for ( int i = 0; i < definition->GetFieldCount(); ++i )
    out.fields.push_back( definition->GetFieldDefn( i )->GetNameRef() );
  layer->ResetReading();
  while ( OGRFeature *feature = layer->GetNextFeature() )
  {
    ReadCell cell;
    cell.id = feature->GetFieldAsString( "cell_id" );
    cell.row = feature->GetFieldAsInteger64( "row" );
    cell.column = feature->GetFieldAsInteger64( "column" );
    cell.count = feature->GetFieldAsInteger64( "count" );
    const OGRGeometry *geometry = feature->GetGeometryRef();
    REQUIRE( geometry );
    REQUIRE( wkbFlatten( geometry->getGeometryType() ) == wkbPolygon );
    const OGRPolygon *polygon = geometry->toPolygon();
    REQUIRE( polygon->getNumInteriorRings() == 0 );
    const OGRLinearRing *ring = polygon->getExteriorRing();
    for ( int i = 0; i < ring->getNumPoints(); ++i )
      cell.vertices.emplace_back( ring->getX( i ), ring->getY( i ) );
    out.cells.push_back( cell );
    OGRFeature::DestroyFeature( feature );
  }
  GDALClose( ds );
  return out;
}

//! The files in a folder, by name.
std::set<std::string> filesIn( const std::filesystem::path &folder )
{
  std::set<std::string> names;
  for ( const auto &entry : std::filesystem::directory_iterator( folder ) )
    names.insert( entry.path().filename().string() );
  return names;
}

} // namespace

TEST_CASE( "k comes from the project, 5 by default and never below 2", "[publish]" )
{
  TempDir dir;
  const std::string path = dir.file( "k.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project );
    ProjectFile &p = *project.value();
    CHECK( publishRules( p ).minCount == 5 );
    const PublishRules defaults;
    CHECK( publishRules( p ).minCellMeters == defaults.minCellMeters );
    CHECK( publishRules( p ).minRadiusMeters == defaults.minRadiusMeters );

    p.setMetaValue( "publish_min_count", "1" );
    CHECK( publishRules( p ).minCount == 2 );
    p.setMetaValue( "publish_min_count", "-4" );
    CHECK( publishRules( p ).minCount == 2 );
    p.setMetaValue( "publish_min_count", "3" );
    CHECK( publishRules( p ).minCount == 3 );
    p.setMetaValue( "publish_min_count", " 12 " );
    CHECK( publishRules( p ).minCount == 12 );
    p.setMetaValue( "publish_min_count", "fem" );
    CHECK( publishRules( p ).minCount == 5 );
    p.setMetaValue( "publish_min_count", "7.5" );
    CHECK( publishRules( p ).minCount == 5 );

    for ( int bad : { -1, 0, 1, 101, 1000 } )
    {
      const Status status = setPublishMinCount( p, bad );
      REQUIRE_FALSE( status );
      CHECK( status.error().code == MessageCode::PublishMinCountInvalid );
      CHECK( status.error().text().find( std::to_string( bad ) ) != std::string::npos );
    }
    CHECK( p.metaValue( "publish_min_count" ) == "7.5" ); // refused values change nothing

    for ( int good : { 2, 100, 8 } )
    {
      const Status status = setPublishMinCount( p, good );
      INFO( ( status ? std::string() : status.error().text() ) );
      REQUIRE( status );
      CHECK( publishRules( p ).minCount == good );
    }
  }
  // Stored in the file, not in memory.
  auto reopened = ProjectFile::open( path );
  REQUIRE( reopened );
  CHECK( publishRules( *reopened.value() ).minCount == 8 );
}

TEST_CASE( "aggregateToGrid counts per aligned cell and drops cells below k", "[publish]" )
{
  PublishRules rules;
  rules.minCount = 5;
  rules.minCellMeters = 250;

  // Cell (i, j) of 250 m holds x in [250 i, 250 (i + 1)), y in [250 j, 250 (j + 1)).
  std::vector<SelectedIncident> events;
  const auto addIn = [&]( int64_t i, int64_t j, int count, double dx = 17.3, double dy = 41.9 )
  {
    for ( int n = 0; n < count; ++n )
      events.push_back( incidentAt( 250.0 * static_cast<double>( i ) + dx + n,
                                    250.0 * static_cast<double>( j ) + dy + 2 * n ) );
  };
  addIn( 1800, 26320, 7 );  // north-west, published
  addIn( 1803, 26320, 4 );  // same row, below k
  addIn( 1801, 26318, 5 );  // exactly k, published
  addIn( 1805, 26316, 1 );  // isolated
  addIn( 1804, 26317, 12 ); // south-east, published
  // A point on a cell's west and south edges belongs to that cell (the one east and north of the lines).
  events.push_back( incidentAt( 250.0 * 1801, 250.0 * 26318 ) );
  for ( SelectedIncident &e : events )
    e.weight = 3.5; // counts are events, not weights

  auto result = aggregateToGrid( events, 100, rules ); // raised to 250
  INFO( ( result ? std::string() : result.error().text() ) );
  REQUIRE( result );
  const PublicGrid &grid = result.value();
  CHECK( grid.grid.cellSize == 250 );
  // Aligned: the edges are whole multiples of the cell size.
  CHECK( std::fmod( grid.grid.west(), 250 ) == 0 );
  CHECK( std::fmod( grid.grid.north(), 250 ) == 0 );
  // Without an extent the grid spans the published cells only.
  CHECK( grid.grid.west() == 250.0 * 1800 );
  CHECK( grid.grid.east() == 250.0 * 1805 );
  CHECK( grid.grid.north() == 250.0 * 26321 );
  CHECK( grid.grid.south() == 250.0 * 26317 );

  REQUIRE( grid.cells.size() == 3 );
  CHECK( grid.cells[0].count == 7 );
  CHECK( grid.cells[0].row == 0 );
  CHECK( grid.cells[0].column == 0 );
  CHECK( grid.cells[0].centreX == 250.0 * 1800 + 125 );
  CHECK( grid.cells[0].centreY == 250.0 * 26320 + 125 );
  CHECK( grid.cells[1].count == 6 ); // 5 + the one on the edges
  CHECK( grid.cells[1].row == 2 );
  CHECK( grid.cells[1].column == 1 );
  CHECK( grid.cells[2].count == 12 );
  CHECK( grid.cells[2].row == 3 );
  CHECK( grid.cells[2].column == 4 );
  CHECK( grid.cells[2].centreX == 250.0 * 1804 + 125 );
  CHECK( grid.cells[2].centreY == 250.0 * 26317 + 125 );
  CHECK( grid.shownEvents == 25 );
  CHECK( grid.suppressedCells == 2 );
  CHECK( grid.suppressedEvents == 5 );
  CHECK( grid.shownEvents + grid.suppressedEvents == static_cast<int64_t>( events.size() ) );
  for ( const PublicCell &cell : grid.cells )
  {
    CHECK( cell.centreX == grid.grid.cellCentreX( cell.column ) );
    CHECK( cell.centreY == grid.grid.cellCentreY( cell.row ) );
  }

  SECTION( "a larger cell than the minimum is kept" )
  {
    auto coarse = aggregateToGrid( events, 1000, rules );
    REQUIRE( coarse );
    CHECK( coarse->grid.cellSize == 1000 );
    CHECK( std::fmod( coarse->grid.west(), 1000 ) == 0 );
    int64_t total = 0;
    for ( const PublicCell &cell : coarse->cells )
      total += cell.count;
    CHECK( total == coarse->shownEvents );
    CHECK( coarse->shownEvents + coarse->suppressedEvents == static_cast<int64_t>( events.size() ) );
  }
  SECTION( "k from the rules" )
  {
    PublishRules strict = rules;
    strict.minCount = 7;
    auto fewer = aggregateToGrid( events, 250, strict );
    REQUIRE( fewer );
    REQUIRE( fewer->cells.size() == 2 );
    CHECK( fewer->cells[0].count == 7 );
    CHECK( fewer->cells[1].count == 12 );
    CHECK( fewer->suppressedCells == 3 );
    CHECK( fewer->suppressedEvents == 11 );
  }
  SECTION( "an extent fixes the grid; events outside it are neither shown nor suppressed" )
  {
    MapExtent extent{ 250.0 * 1799 + 10, 250.0 * 26317 + 10, 250.0 * 1804 - 10, 250.0 * 26322 - 3 };
    auto within = aggregateToGrid( events, 250, rules, extent );
    REQUIRE( within );
    CHECK( within->grid.west() == 250.0 * 1799 );
    CHECK( within->grid.north() == 250.0 * 26322 );
    CHECK( within->grid.columns == 5 );
    CHECK( within->grid.rows == 5 );
    REQUIRE( within->cells.size() == 2 );
    CHECK( within->cells[0].count == 7 );
    CHECK( within->cells[0].row == 1 );
    CHECK( within->cells[0].column == 1 );
    CHECK( within->cells[1].count == 6 );
    CHECK( within->suppressedCells == 1 ); // the 4; the 1 and the 12 lie outside
    CHECK( within->suppressedEvents == 4 );
    CHECK( within->shownEvents == 13 );
  }
  SECTION( "nothing to publish is an empty grid, not an error" )
  {
    PublishRules huge = rules;
    huge.minCount = 100;
    auto none = aggregateToGrid( events, 250, huge );
    REQUIRE( none );
    CHECK( none->cells.empty() );
    CHECK( none->grid.cellCount() == 0 ); // not even where the events lie
    CHECK( none->suppressedEvents == static_cast<int64_t>( events.size() ) );
    CHECK( none->suppressedCells == 5 );
  }
}

TEST_CASE( "aggregateToGrid matches an independent count on random events", "[publish]" )
{
  const std::vector<SelectedIncident> events = mixedEvents( 11 );
  for ( int k : { 2, 5, 9 } )
    for ( double cell : { 250.0, 400.0, 1000.0 } )
    {
      PublishRules rules;
      rules.minCount = k;
      auto grid = aggregateToGrid( events, cell, rules );
      REQUIRE( grid );
      const auto expected = countsPerCell( events, cell );
      int64_t shown = 0, suppressed = 0;
      int suppressedCells = 0;
      std::map<std::pair<int64_t, int64_t>, int64_t> published;
      for ( const auto &[key, count] : expected )
      {
        if ( count >= k )
        {
          published[key] = count;
          shown += count;
        }
        else
        {
          suppressed += count;
          ++suppressedCells;
        }
      }
      CHECK( grid->shownEvents == shown );
      CHECK( grid->suppressedEvents == suppressed );
      CHECK( grid->suppressedCells == suppressedCells );
      REQUIRE( grid->cells.size() == published.size() );
      for ( std::size_t n = 0; n < grid->cells.size(); ++n )
      {
        const PublicCell &c = grid->cells[n];
        const std::pair<int64_t, int64_t> key{ grid->grid.westIndex + c.column,
                                               grid->grid.northIndex - 1 - c.row };
        REQUIRE( published.count( key ) == 1 );
        CHECK( published[key] == c.count );
        if ( n > 0 ) // row-major from the north-west
        {
          const PublicCell &p = grid->cells[n - 1];
          CHECK( ( p.row < c.row || ( p.row == c.row && p.column < c.column ) ) );
        }
      }
    }
}

TEST_CASE( "aggregateToGrid refuses no events and cell sizes that are not positive numbers", "[publish]" )
{
  const PublishRules rules;
  auto none = aggregateToGrid( {}, 250, rules );
  REQUIRE_FALSE( none );
  CHECK( none.error().code == MessageCode::PublishNoEvents );
  const std::vector<SelectedIncident> one = { incidentAt( 450000.5, 6580000.5 ) };
  for ( double bad : { 0.0, -250.0, std::nan( "" ), std::numeric_limits<double>::infinity() } )
  {
    auto result = aggregateToGrid( one, bad, rules );
    REQUIRE_FALSE( result );
    CHECK( result.error().code == MessageCode::PublishCellInvalid );
  }
  // One event is never published.
  auto single = aggregateToGrid( one, 250, rules );
  REQUIRE( single );
  CHECK( single->cells.empty() );
  CHECK( single->suppressedEvents == 1 );
}

TEST_CASE( "aggregateToAreas counts per area and suppresses counts below k", "[publish]" )
{
  const std::vector<ProjectArea> areas = { squareArea( 1, "Centrum", 450000, 6580000, 1000 ),
                                           squareArea( 2, "Norr", 450000, 6581000, 1000 ),
                                           squareArea( 3, "Hela", 449000, 6579000, 4000 ), // holds both
                                           squareArea( 4, "Tomt", 460000, 6590000, 500 ) };
  std::vector<SelectedIncident> events;
  for ( int i = 0; i < 7; ++i )
    events.push_back( incidentAt( 450100.5 + 10 * i, 6580500.5 ) ); // Centrum and Hela
  for ( int i = 0; i < 3; ++i )
    events.push_back( incidentAt( 450600.5, 6581200.5 + 10 * i ) ); // Norr and Hela
  events.push_back( incidentAt( 470000.5, 6600000.5 ) );            // in none

  PublishRules rules;
  rules.minCount = 5;
  const std::vector<PublicArea> result = aggregateToAreas( events, areas, rules );
  REQUIRE( result.size() == 4 );
  for ( std::size_t i = 0; i < 4; ++i )
  {
    CHECK( result[i].areaIndex == i );
    CHECK( result[i].label == areas[i].label() );
  }
  CHECK( result[0].count == 7 );
  CHECK_FALSE( result[0].suppressed );
  CHECK( result[1].count == 0 ); // 3 < k
  CHECK( result[1].suppressed );
  CHECK( result[2].count == 10 );
  CHECK_FALSE( result[2].suppressed );
  CHECK( result[3].count == 0 ); // nothing there: 0 is published as it is
  CHECK_FALSE( result[3].suppressed );

  rules.minCount = 3;
  const std::vector<PublicArea> lower = aggregateToAreas( events, areas, rules );
  CHECK( lower[1].count == 3 );
  CHECK_FALSE( lower[1].suppressed );
  CHECK( aggregateToAreas( events, {}, rules ).empty() );
}

namespace
{

/**
 * What a reader of a table with its total can tell of each hidden count, worked out here apart from the core
 * by going through the sums the other hidden counts can make: the reader knows the sum of the hidden counts
 * (the total less the published ones), that a hidden count is at least 1 (a 0 is published), that one below k
 * (marked "<k") is at most k − 1, and that a complement (marked "x") is at least k and, the complements being
 * taken smallest first, at most the smallest non-zero count still published (unless it is larger: hidden
 * for another table's sake). Returns for every hidden count below k the values it can have.
 */
std::map<std::size_t, std::set<int64_t>> possibleHiddenValues( const std::vector<int64_t> &counts,
                                                               const std::vector<bool> &hidden, int64_t k )
{
  int64_t sum = 0;
  int64_t smallestShown = std::numeric_limits<int64_t>::max();
  std::vector<std::size_t> members;
  for ( std::size_t i = 0; i < counts.size(); ++i )
    if ( counts[i] > 0 && hidden[i] )
    {
      members.push_back( i );
      sum += counts[i];
    }
    else if ( counts[i] > 0 )
      smallestShown = std::min( smallestShown, counts[i] );
  const auto range = [&]( std::size_t i )
  {
    if ( counts[i] < k )
      return std::make_pair( int64_t( 1 ), k - 1 );
    return std::make_pair( k, counts[i] <= smallestShown ? std::min( smallestShown, sum ) : sum );
  };
  std::map<std::size_t, std::set<int64_t>> possible;
  for ( std::size_t i : members )
  {
    if ( counts[i] >= k )
      continue;
    // Which sums the others can make, one hidden count after the other.
    std::vector<bool> reach( static_cast<std::size_t>( sum ) + 1, false );
    reach[0] = true;
    for ( std::size_t j : members )
    {
      if ( j == i )
        continue;
      const auto [lowest, highest] = range( j );
      std::vector<bool> next( reach.size(), false );
      for ( int64_t s = 0; s <= sum; ++s )
        if ( reach[static_cast<std::size_t>( s )] )
          for ( int64_t v = lowest; v <= highest && s + v <= sum; ++v )
            next[static_cast<std::size_t>( s + v )] = true;
      reach = std::move( next );
    }
    const auto [lowest, highest] = range( i );
    for ( int64_t v = lowest; v <= highest && v <= sum; ++v )
      if ( reach[static_cast<std::size_t>( sum - v )] )
        possible[i].insert( v );
  }
  return possible;
}

//! The guarantee, checked here: nothing hidden, or two or more hidden summing to at least k with every hidden
//! count below k left at least two possible values (k = 2: its mark alone says 1). Counts below k must be
//! hidden.
bool guaranteeHolds( const std::vector<int64_t> &counts, const std::vector<bool> &hidden, int64_t k )
{
  int n = 0;
  int64_t sum = 0;
  for ( std::size_t i = 0; i < counts.size(); ++i )
  {
    if ( counts[i] > 0 && counts[i] < k && !hidden[i] )
      return false;
    if ( counts[i] > 0 && hidden[i] )
    {
      ++n;
      sum += counts[i];
    }
  }
  if ( n == 0 )
    return true;
  if ( n < 2 || sum < k )
    return false;
  for ( const auto &[index, values] : possibleHiddenValues( counts, hidden, k ) )
    if ( values.size() < 2 && k > 2 )
      return false;
  return true;
}

} // namespace

TEST_CASE( "suppressCounts hides counts below k and, with a total, enough more that none can be worked out",
           "[publish]" )
{
  using Flags = std::vector<bool>;
  // Primary suppression only.
  CHECK( suppressCounts( { 10, 3, 8, 0 }, 5, false ) == Flags{ false, true, false, false } );
  CHECK( suppressCounts( { 4, 4, 20 }, 5, false ) == Flags{ true, true, false } );
  // One suppressed and a total published: 10 + 3 + 8 = 21 would give the 3 back; the next smallest
  // non-zero count goes too.
  CHECK( suppressCounts( { 10, 3, 8, 0 }, 5, true ) == Flags{ false, true, true, false } );
  // Zero is not a count to hide, and never the complement.
  CHECK( suppressCounts( { 0, 4, 0, 6, 9 }, 5, true ) == Flags{ false, true, false, true, false } );
  // Two suppressed summing to at least k hide each other.
  CHECK( suppressCounts( { 10, 3, 2, 8 }, 5, true ) == Flags{ false, true, true, false } );
  // Two summing to less than k do not: 3 + 1 = 4 would tell both are below 5 and together 4.
  CHECK( suppressCounts( { 10, 3, 1, 8 }, 5, true ) == Flags{ false, true, true, true } );
  // Equal smallest counts: the first of them.
  CHECK( suppressCounts( { 9, 8, 1, 8 }, 5, true ) == Flags{ false, true, true, false } );
  // Two hidden 4s sum to 8 ≥ k, but both marked below 5 they can only be 4 and 4: the 20 goes too.
  CHECK( suppressCounts( { 4, 4, 20 }, 5, true ) == Flags{ true, true, true } );
  // Five hidden 1s sum to 5, and each is at least 1: all 1.
  CHECK( suppressCounts( { 1, 1, 1, 1, 1, 20 }, 5, true ) == Flags( 6, true ) );
  // A 3 with the first 5 as its complement: that 5 is at most the other 5 still shown, so the 3 would be 3.
  CHECK( suppressCounts( { 3, 5, 5 }, 5, true ) == Flags{ true, true, true } );
  // k itself is published.
  CHECK( suppressCounts( { 5, 5, 5 }, 5, true ) == Flags{ false, false, false } );
  // A table of one small count: nothing else to hide (the caller must not publish the total).
  CHECK( suppressCounts( { 3 }, 5, true ) == Flags{ true } );
  CHECK( suppressCounts( { 3, 0 }, 5, true ) == Flags{ true, false } );
  CHECK( suppressCounts( {}, 5, true ).empty() );
  // A 1 and a 5 hidden with a total of 6: the 5 is at least 5, so the 1 is 1. All is hidden, and still not
  // safe: the caller must not publish the total.
  CHECK( suppressCounts( { 1, 5 }, 5, true ) == Flags{ true, true } );
  CHECK_FALSE( hiddenCountsSafe( { 1, 5 }, { true, true }, 5 ) );
  CHECK( hiddenCountsSafe( { 1, 6, 0 }, suppressCounts( { 1, 6, 0 }, 5, true ), 5 ) );
  // k below 2 counts as 2: a single event is never shown (its mark "<2" tells it is 1 whatever is hidden).
  CHECK( suppressCounts( { 1, 6, 7 }, 1, false ) == Flags{ true, false, false } );
  CHECK( suppressCounts( { 1, 6, 7 }, 0, true ) == Flags{ true, true, false } );
  // Counts hidden for another table's sake stay hidden and need a partner; a 0 given as hidden is not.
  CHECK( suppressCounts( { 10, 20, 30 }, 5, true, { false, true, false } ) == Flags{ true, true, false } );
  CHECK( suppressCounts( { 10, 20, 30 }, 5, false, { false, true, false } ) == Flags{ false, true, false } );
  CHECK( suppressCounts( { 0, 7 }, 5, true, { true, false } ) == Flags{ false, false } );
  // hiddenCountsSafe: a count below k shown is never safe; nothing hidden is.
  CHECK_FALSE( hiddenCountsSafe( { 3, 10 }, { false, false }, 5 ) );
  CHECK( hiddenCountsSafe( { 5, 10, 0 }, { false, false, false }, 5 ) );
  CHECK_FALSE( hiddenCountsSafe( { 3, 10, 8 }, { true, false, false }, 5 ) );
  CHECK_FALSE( hiddenCountsSafe( { 4, 4, 20 }, { true, true, false }, 5 ) );
  // The check here catches the leaks the old rule (one complement for one suppressed count) left.
  CHECK_FALSE( guaranteeHolds( { 4, 4, 20 }, { true, true, false }, 5 ) );
  CHECK_FALSE( guaranteeHolds( { 3, 5, 5 }, { true, true, false }, 5 ) );
  CHECK_FALSE( guaranteeHolds( { 10, 3, 1, 8 }, { false, true, true, false }, 5 ) );
  CHECK( guaranteeHolds( { 10, 3, 8, 0 }, { false, true, true, false }, 5 ) );

  // Whatever the table: the flags are the counts below k and the smallest others; with a total, either the
  // guarantee holds (checked here by going through every sum) or every non-zero count is hidden; and one
  // complement fewer would not have done.
  std::mt19937 random( 5 );
  std::uniform_int_distribution<int> count( 0, 12 ), length( 1, 8 ), minCount( 2, 7 );
  std::uniform_int_distribution<int> big( 0, 3 );
  int guaranteed = 0, everything = 0, complements = 0;
  for ( int round = 0; round < 3000; ++round )
  {
    const int64_t k = minCount( random );
    std::vector<int64_t> counts( static_cast<std::size_t>( length( random ) ) );
    for ( int64_t &c : counts )
      c = big( random ) == 0 ? count( random ) * 3 : count( random ) / 2;
    const bool total = round % 5 != 0;
    const Flags flags = suppressCounts( counts, static_cast<int>( k ), total );
    INFO( "k = " << k << ", total " << total << ", counts " <<
          [&]
          {
            std::string text;
            for ( std::size_t i = 0; i < counts.size(); ++i )
              text += std::to_string( counts[i] ) + ( flags[i] ? "* " : " " );
            return text;
          }() );
    REQUIRE( flags.size() == counts.size() );
    bool allNonZeroHidden = true;
    std::vector<std::size_t> complementary, candidates;
    for ( std::size_t i = 0; i < counts.size(); ++i )
    {
      const bool small = counts[i] > 0 && counts[i] < k;
      if ( small )
        CHECK( flags[i] );
      if ( counts[i] == 0 )
        CHECK_FALSE( flags[i] );
      if ( counts[i] > 0 && !flags[i] )
        allNonZeroHidden = false;
      if ( counts[i] >= k )
        candidates.push_back( i );
      if ( flags[i] && counts[i] >= k )
        complementary.push_back( i );
    }
    if ( !total )
    {
      CHECK( complementary.empty() );
      continue;
    }
    const bool holds = guaranteeHolds( counts, flags, k );
    CHECK( ( holds || allNonZeroHidden ) );
    CHECK( hiddenCountsSafe( counts, flags, static_cast<int>( k ) ) == holds );
    guaranteed += holds && !complementary.empty();
    everything += !holds;
    // The complements are the smallest others, the first of equals first.
    std::stable_sort( candidates.begin(), candidates.end(),
                      [&]( std::size_t a, std::size_t b ) { return counts[a] < counts[b]; } );
    REQUIRE( complementary.size() <= candidates.size() );
    std::vector<std::size_t> smallest(
      candidates.begin(), candidates.begin() + static_cast<std::ptrdiff_t>( complementary.size() ) );
    std::sort( smallest.begin(), smallest.end() );
    CHECK( smallest == complementary );
    // One fewer would not have done.
    if ( !complementary.empty() )
    {
      Flags fewer = flags;
      fewer[candidates[complementary.size() - 1]] = false;
      CHECK_FALSE( guaranteeHolds( counts, fewer, k ) );
      ++complements;
    }
  }
  // The rounds went through every case.
  CHECK( guaranteed > 100 );
  CHECK( everything > 20 );
  CHECK( complements > 300 );
}

TEST_CASE( "suppressShares hides fractional slots below k and enough more against the total", "[publish]" )
{
  using Flags = std::vector<bool>;
  // Two half events sum to 1 < k: the 10 goes too.
  CHECK( suppressShares( { 0.5, 0.5, 10, 20 }, 5, true ) == Flags{ true, true, true, false } );
  CHECK( suppressShares( { 0.5, 0.5, 10, 20 }, 5, false ) == Flags{ true, true, false, false } );
  // 4.9 hidden beside a 5 still shown and a 30: the 5 goes, and the 4.9 may be anything in ( 0, 4.9 ].
  CHECK( suppressShares( { 4.9, 5, 30 }, 5, true ) == Flags{ true, true, false } );
  // Two hidden 4.8s sum to 9.6: each would be known to lie in [4.6, 5), narrower than one event.
  CHECK( suppressShares( { 4.8, 4.8, 20 }, 5, true ) == Flags{ true, true, true } );
  // 4.5 and 4.5: each in [4, 5], one event wide, enough.
  CHECK( suppressShares( { 4.5, 4.5, 20 }, 5, true ) == Flags{ true, true, false } );
  // Fifteen thirds of an event (an interval spread over three hours, five times) sum to 4.999999999999999 in
  // floating point: that counts as 5.
  {
    std::vector<double> thirds( 15, 1.0 / 3 );
    thirds.push_back( 20 );
    Flags expected( 15, true );
    expected.push_back( false );
    CHECK( suppressShares( thirds, 5, true ) == expected );
  }
  CHECK( suppressShares( { 0, 0, 7 }, 5, true ) == Flags{ false, false, false } );

  // Random hour-of-week slots: checked with the ranges a reader can tell, worked out here.
  std::mt19937 random( 11 );
  std::uniform_real_distribution<double> share( 0, 12 );
  std::uniform_int_distribution<int> zero( 0, 2 ), length( 1, 12 );
  int complemented = 0;
  for ( int round = 0; round < 2000; ++round )
  {
    std::vector<double> values( static_cast<std::size_t>( length( random ) ) );
    for ( double &v : values )
      v = zero( random ) == 0 ? 0 : share( random );
    const double k = 5;
    const Flags flags = suppressShares( values, 5, true );
    REQUIRE( flags.size() == values.size() );
    double sum = 0, smallestShown = std::numeric_limits<double>::infinity();
    int n = 0;
    bool allHidden = true, anyComplement = false;
    for ( std::size_t i = 0; i < values.size(); ++i )
    {
      if ( values[i] > 0 && values[i] < k )
        CHECK( flags[i] );
      if ( values[i] == 0 )
        CHECK_FALSE( flags[i] );
      if ( flags[i] )
      {
        ++n;
        sum += values[i];
        anyComplement = anyComplement || values[i] >= k;
      }
      else if ( values[i] > 0 )
      {
        allHidden = false;
        smallestShown = std::min( smallestShown, values[i] );
      }
    }
    complemented += anyComplement;
    if ( n == 0 || allHidden )
      continue;
    CHECK( n >= 2 );
    CHECK( sum >= k - 1e-9 );
    // Every hidden slot below k keeps a range at least one event wide: ( 0, k ) for those below k, [ k, the
    // smallest shown ] for the complements.
    for ( std::size_t i = 0; i < values.size(); ++i )
    {
      if ( !flags[i] || values[i] >= k )
        continue;
      double othersLowest = 0, othersHighest = 0;
      for ( std::size_t j = 0; j < values.size(); ++j )
        if ( j != i && flags[j] )
        {
          othersLowest += values[j] < k ? 0 : k;
          othersHighest += values[j] < k ? k : smallestShown;
        }
      const double top = std::min( k, sum - othersLowest ), bottom = std::max( 0.0, sum - othersHighest );
      INFO( "slot " << i << " = " << values[i] << ": [" << bottom << ", " << top << "]" );
      CHECK( top - bottom >= 1 - 1e-9 );
    }
  }
  CHECK( complemented > 200 );
}

TEST_CASE( "the public heatmap: every non-zero value rests on at least k events", "[publish]" )
{
  const std::vector<SelectedIncident> events = mixedEvents( 3 );
  PublishRules rules; // k 5, cell 250 m, radius 750 m
  auto grid = aggregateToGrid( events, 250, rules );
  REQUIRE( grid );
  REQUIRE( grid->cells.size() >= 3 );
  REQUIRE( grid->suppressedEvents > 0 );

  // Asked for a fine, revealing heatmap: the minimums win.
  auto heatmap = publicHeatmap( grid.value(), 100, 25, rules );
  INFO( ( heatmap ? std::string() : heatmap.error().text() ) );
  REQUIRE( heatmap );
  CHECK( heatmap->radiusMeters == 750 );
  CHECK( heatmap->grid.cellSize == 250 );
  CHECK( heatmap->events == grid->shownEvents );
  REQUIRE( heatmap->values.size() == heatmap->grid.cellCount() );

  // A value at a cell centre comes from published cells within the radius; each of their events lies within
  // half a published cell's diagonal of its centre.
  const double reach = heatmap->radiusMeters + grid->grid.cellSize * std::sqrt( 2.0 );
  std::size_t nonZero = 0;
  double sum = 0;
  for ( int r = 0; r < heatmap->grid.rows; ++r )
    for ( int c = 0; c < heatmap->grid.columns; ++c )
    {
      const double value = heatmap->values[static_cast<std::size_t>( r ) * heatmap->grid.columns + c];
      CHECK( value >= 0 );
      sum += value;
      if ( value == 0 )
        continue;
      ++nonZero;
      const double x = heatmap->grid.cellCentreX( c ), y = heatmap->grid.cellCentreY( r );
      INFO( "cell " << r << ", " << c << " = " << value );
      CHECK( eventsWithin( events, x, y, reach ) >= rules.minCount );
    }
  CHECK( nonZero > 0 );
  // Scaled to events per km²: the raster holds the published events (the grid reaches past every kernel).
  const double cellKm2 = heatmap->grid.cellSize * heatmap->grid.cellSize / 1e6;
  CHECK( sum * cellKm2 == Approx( static_cast<double>( heatmap->events ) ).epsilon( 0.05 ) );

  // The isolated events show nowhere: no value within a kilometre of them.
  for ( const SelectedIncident &e : events )
  {
    if ( eventsWithin( events, e.x, e.y, 2000 ) != 1 )
      continue;
    for ( int r = 0; r < heatmap->grid.rows; ++r )
      for ( int c = 0; c < heatmap->grid.columns; ++c )
        if ( std::hypot( heatmap->grid.cellCentreX( c ) - e.x, heatmap->grid.cellCentreY( r ) - e.y ) < 1000 )
          CHECK( heatmap->values[static_cast<std::size_t>( r ) * heatmap->grid.columns + c] == 0 );
  }

  // The same check fails on a heatmap of the events themselves: an isolated event makes non-zero values with
  // a single event behind them, so the test above can tell a safe raster from an unsafe one.
  std::vector<WeightedPoint> points;
  for ( const SelectedIncident &e : events )
    points.push_back( { e.x, e.y, 1 } );
  KernelDensityParameters raw;
  raw.radiusMeters = 750;
  raw.cellSize = 250;
  raw.output = DensityOutput::EventsPerSquareKm;
  auto direct = KernelDensity( raw ).compute( points );
  REQUIRE( direct );
  std::size_t violations = 0;
  for ( int r = 0; r < direct->grid.rows; ++r )
    for ( int c = 0; c < direct->grid.columns; ++c )
      if ( direct->value( r, c ) > 0 &&
           eventsWithin( events, direct->grid.cellCentreX( c ), direct->grid.cellCentreY( r ), reach ) <
             rules.minCount )
        ++violations;
  CHECK( violations > 0 );
}

TEST_CASE( "the public heatmap: larger radius and cell are kept, and bad input refused", "[publish]" )
{
  const std::vector<SelectedIncident> events = mixedEvents( 8 );
  PublishRules rules;
  rules.minCount = 6;
  auto grid = aggregateToGrid( events, 300, rules );
  REQUIRE( grid );
  auto wide = publicHeatmap( grid.value(), 1200, 400, rules );
  REQUIRE( wide );
  CHECK( wide->radiusMeters == 1200 );
  CHECK( wide->grid.cellSize == 400 );
  CHECK( std::fmod( wide->grid.west(), 400 ) == 0 );
  CHECK( std::fmod( wide->grid.north(), 400 ) == 0 );

  for ( double bad : { 0.0, -5.0, std::nan( "" ) } )
  {
    auto badCell = publicHeatmap( grid.value(), 800, bad, rules );
    REQUIRE_FALSE( badCell );
    CHECK( badCell.error().code == MessageCode::PublishCellInvalid );
    auto badRadius = publicHeatmap( grid.value(), bad, 250, rules );
    REQUIRE_FALSE( badRadius );
  }
  PublicGrid empty;
  empty.grid.cellSize = 250;
  auto none = publicHeatmap( empty, 800, 250, rules );
  REQUIRE_FALSE( none );
  CHECK( none.error().code == MessageCode::PublishNoEvents );

  // A grid filled by hand with a cell below k: that cell is left out of the heatmap.
  PublicGrid handMade = grid.value();
  PublicCell small;
  small.centreX = 470125;
  small.centreY = 6600125;
  small.count = 2;
  handMade.cells.push_back( small );
  auto guarded = publicHeatmap( handMade, 800, 250, rules );
  REQUIRE( guarded );
  CHECK( guarded->events == grid->shownEvents );
}

TEST_CASE( "writePublicGrid writes only cells of at least k, with no event's coordinates", "[publish]" )
{
  TempDir dir;
  // k from the project.
  auto project = ProjectFile::create( dir.file( "projekt.gpkg" ) );
  REQUIRE( project );
  REQUIRE( setPublishMinCount( *project.value(), 6 ) );
  const PublishRules rules = publishRules( *project.value() );
  REQUIRE( rules.minCount == 6 );

  std::vector<SelectedIncident> events = mixedEvents( 21 );
  auto grid = aggregateToGrid( events, 250, rules );
  REQUIRE( grid );
  REQUIRE_FALSE( grid->cells.empty() );
  REQUIRE( grid->suppressedCells > 0 );
  std::set<std::pair<double, double>> eventPlaces;
  for ( const SelectedIncident &e : events )
    eventPlaces.insert( { e.x, e.y } );

  const std::filesystem::path out = dir.path() / "ut";
  std::filesystem::create_directories( out );
  for ( const std::string name : { "rutor.gpkg", "rutor.csv", "RUTOR2.GPKG" } )
  {
    DYNAMIC_SECTION( name )
    {
      const std::string path = ( out / name ).string();
      const Status written = writePublicGrid( path, grid.value(), 3006 );
      INFO( ( written ? std::string() : written.error().text() ) );
      REQUIRE( written );
      CHECK( filesIn( out ) == std::set<std::string>{ name } ); // no temporary file left beside it

      const ReadBack back = readPublished( path );
      std::vector<std::string> fields = back.fields;
      fields.erase( std::remove( fields.begin(), fields.end(), "WKT" ),
                    fields.end() ); // CSV's geometry column
      CHECK( fields == std::vector<std::string>{ "cell_id", "row", "column", "count" } );
      REQUIRE( back.cells.size() == grid->cells.size() );
      int64_t total = 0;
      std::set<std::string> ids;
      const auto expected = countsPerCell( events, 250 );
      for ( const ReadCell &cell : back.cells )
      {
        INFO( cell.id );
        CHECK( cell.count >= rules.minCount );
        total += cell.count;
        CHECK( ids.insert( cell.id ).second );
        REQUIRE( cell.vertices.size() == 5 );
        double west = cell.vertices[0].first, east = west, south = cell.vertices[0].second, north = south;
        for ( const auto &vertex : cell.vertices )
        {
          CHECK( eventPlaces.count( vertex ) == 0 );
          west = std::min( west, vertex.first );
          east = std::max( east, vertex.first );
          south = std::min( south, vertex.second );
          north = std::max( north, vertex.second );
        }
        // A whole cell on the aligned lattice, holding as many events as the row says.
        CHECK( east - west == 250 );
        CHECK( north - south == 250 );
        CHECK( std::fmod( west, 250 ) == 0 );
        CHECK( std::fmod( south, 250 ) == 0 );
        const auto key =
          std::make_pair( static_cast<int64_t>( west / 250 ), static_cast<int64_t>( south / 250 ) );
        REQUIRE( expected.count( key ) == 1 );
        CHECK( expected.at( key ) == cell.count );
        CHECK( cell.id == "E" + std::to_string( key.first ) + "N" + std::to_string( key.second ) );
        CHECK( grid->grid.westIndex + cell.column == key.first );
        CHECK( grid->grid.northIndex - 1 - cell.row == key.second );
      }
      CHECK( total == grid->shownEvents );

      if ( name == "rutor.csv" ) // the header as a reader sees it: a geometry and the four fields, no more
      {
        const std::string text = testutil::readFile( path );
        CHECK( text.substr( 0, text.find_first_of( "\r\n" ) ) == "WKT,cell_id,row,column,count" );
      }

      // An existing file is never replaced.
      const std::string before = testutil::readFile( path );
      const Status again = writePublicGrid( path, grid.value(), 3006 );
      REQUIRE_FALSE( again );
      CHECK( again.error().code == MessageCode::PublishFileExists );
      CHECK( testutil::readFile( path ) == before );
      CHECK( filesIn( out ) == std::set<std::string>{ name } );
    }
  }
}

TEST_CASE( "writePublicGrid leaves nothing behind when it cannot write", "[publish]" )
{
  TempDir dir;
  const PublishRules rules;
  auto grid = aggregateToGrid( mixedEvents( 4 ), 250, rules );
  REQUIRE( grid );

  const Status extension = writePublicGrid( dir.file( "rutor.geojson" ), grid.value(), 3006 );
  REQUIRE_FALSE( extension );
  CHECK( extension.error().code == MessageCode::ReportOutputFormat );
  const Status noFolder = writePublicGrid( dir.file( "saknas/rutor.gpkg" ), grid.value(), 3006 );
  REQUIRE_FALSE( noFolder );
  PublicGrid empty;
  empty.grid.cellSize = 250;
  const Status nothing = writePublicGrid( dir.file( "tom.csv" ), empty, 3006 );
  REQUIRE_FALSE( nothing );
  CHECK( nothing.error().code == MessageCode::PublishNoEvents );
  CHECK( filesIn( dir.path() ).empty() );

  // A folder that cannot be written to (not for root, which writes anywhere).
  const std::filesystem::path locked = dir.path() / "låst";
  std::filesystem::create_directories( locked );
  std::filesystem::permissions( locked,
                                std::filesystem::perms::owner_read | std::filesystem::perms::owner_exec );
  const Status denied = writePublicGrid( ( locked / "rutor.gpkg" ).string(), grid.value(), 3006 );
  if ( !denied )
  {
    CHECK( denied.error().code == MessageCode::ReportWriteFailed );
    CHECK( filesIn( locked ).empty() );
  }
  std::filesystem::permissions( locked, std::filesystem::perms::owner_all );
}

#include <catch2/catch.hpp>

#include "hotspots.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <utility>
#include <vector>

using namespace tryggkarta;

namespace
{

//! Gi* written out as the formula reads, O(n²), from a full weights matrix w[i][j] (self included).
std::vector<double> referenceGiStar( const std::vector<double> &x, const std::vector<std::vector<double>> &w )
{
  const std::size_t n = x.size();
  double sum = 0, sumSquares = 0;
  for ( double v : x )
  {
    sum += v;
    sumSquares += v * v;
  }
  const double mean = sum / n;
  const double s = std::sqrt( sumSquares / n - mean * mean );
  std::vector<double> z( n );
  for ( std::size_t i = 0; i < n; ++i )
  {
    double swx = 0, sw = 0, sw2 = 0;
    for ( std::size_t j = 0; j < n; ++j )
    {
      swx += w[i][j] * x[j];
      sw += w[i][j];
      sw2 += w[i][j] * w[i][j];
    }
    z[i] = ( swx - mean * sw ) / ( s * std::sqrt( ( n * sw2 - sw * sw ) / ( n - 1 ) ) );
  }
  return z;
}

//! Binary distance-band weights between all cells of a grid, from the cell centres in metres.
std::vector<std::vector<double>> referenceBandWeights( const AlignedGrid &grid, double bandMeters )
{
  const std::size_t n = grid.cellCount();
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0.0 ) );
  for ( std::size_t i = 0; i < n; ++i )
    for ( std::size_t j = 0; j < n; ++j )
    {
      const int ri = static_cast<int>( i ) / grid.columns, ci = static_cast<int>( i ) % grid.columns;
      const int rj = static_cast<int>( j ) / grid.columns, cj = static_cast<int>( j ) % grid.columns;
      const double dx = grid.cellCentreX( ci ) - grid.cellCentreX( cj );
      const double dy = grid.cellCentreY( ri ) - grid.cellCentreY( rj );
      w[i][j] = std::sqrt( dx * dx + dy * dy ) <= bandMeters ? 1.0 : 0.0;
    }
  return w;
}

//! Binary k-nearest weights plus self: all other cells sorted by centre distance (in cells, so ties are
//! exact), ties by cell index (row-major, i.e. north-west first).
std::vector<std::vector<double>> referenceNearestWeights( const AlignedGrid &grid, int k )
{
  const std::size_t n = grid.cellCount();
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0.0 ) );
  for ( std::size_t i = 0; i < n; ++i )
  {
    const long ri = static_cast<long>( i ) / grid.columns, ci = static_cast<long>( i ) % grid.columns;
    std::vector<std::pair<long, std::size_t>> others;
    for ( std::size_t j = 0; j < n; ++j )
    {
      if ( j == i )
        continue;
      const long rj = static_cast<long>( j ) / grid.columns, cj = static_cast<long>( j ) % grid.columns;
      others.push_back( { ( ri - rj ) * ( ri - rj ) + ( ci - cj ) * ( ci - cj ), j } );
    }
    std::sort( others.begin(), others.end() );
    w[i][i] = 1;
    for ( int m = 0; m < k; ++m )
      w[i][others[static_cast<std::size_t>( m )].second] = 1;
  }
  return w;
}

//! Clustered random points in a 3 × 2 km box whose corner is not on the cell grid.
std::vector<WeightedPoint> randomPoints( std::mt19937 &random, std::size_t count, bool weighted )
{
  std::uniform_real_distribution<double> x( 1000037.0, 1003037.0 ), y( 6500011.0, 6502011.0 );
  std::normal_distribution<double> spread( 0.0, 150.0 );
  std::uniform_real_distribution<double> weight( 0.5, 3.0 );
  std::vector<WeightedPoint> points;
  const WeightedPoint centres[2] = { { 1001000, 6501000, 1 }, { 1002300, 6500500, 1 } };
  for ( std::size_t k = 0; k < count; ++k )
  {
    WeightedPoint p;
    if ( k % 3 == 0 )
    {
      p = { x( random ), y( random ), 1 };
    }
    else
    {
      const WeightedPoint &c = centres[k % 2];
      p = { std::clamp( c.x + spread( random ), 1000037.0, 1003037.0 ),
            std::clamp( c.y + spread( random ), 6500011.0, 6502011.0 ), 1 };
    }
    if ( weighted )
      p.weight = weight( random );
    points.push_back( p );
  }
  return points;
}

bool contains( const std::vector<Message> &warnings, const std::string &text )
{
  return std::any_of( warnings.begin(), warnings.end(),
                      [&]( const Message &w ) { return w.text().find( text ) != std::string::npos; } );
}

} // namespace

TEST_CASE( "Gi* on a grid equals the formula evaluated over all pairs of cells", "[hotspots]" )
{
  std::mt19937 random( 20261125 );
  const bool weighted = GENERATE( false, true );
  const std::vector<WeightedPoint> points = randomPoints( random, 800, weighted );

  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;

  SECTION( "distance band" )
  {
    // Bands between ring distances (in cells: 1, 1.41, 2, 2.24, 2.83, 3, 3.16, 3.61, 4), so the reference's
    // distances in metres and the engine's in cells cannot disagree by rounding.
    const double band = GENERATE( 50.0, 150.0, 250.0, 370.0, 430.0 );
    parameters.distanceBandMeters = band;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE( result.ok() );
    const std::vector<double> expected =
      referenceGiStar( result.value().counts, referenceBandWeights( result.value().grid, band ) );
    const std::vector<double> &z = result.value().statistics.zScores;
    REQUIRE( z.size() == expected.size() );
    for ( std::size_t i = 0; i < z.size(); ++i )
      REQUIRE( z[i] == Approx( expected[i] ).margin( 1e-9 ) );
  }

  SECTION( "k nearest neighbours" )
  {
    const int k = GENERATE( 1, 4, 7, 12, 30 );
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = k;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE( result.ok() );
    const std::vector<double> expected =
      referenceGiStar( result.value().counts, referenceNearestWeights( result.value().grid, k ) );
    const std::vector<double> &z = result.value().statistics.zScores;
    for ( std::size_t i = 0; i < z.size(); ++i )
      REQUIRE( z[i] == Approx( expected[i] ).margin( 1e-9 ) );
  }
}

TEST_CASE( "Gi* on areas equals the formula for any weights, the area itself included", "[hotspots]" )
{
  std::mt19937 random( 7 );
  std::uniform_real_distribution<double> value( 0, 20 ), weight( 0.1, 2 ), coin( 0, 1 );
  const std::size_t n = 60;
  std::vector<double> values( n );
  for ( double &v : values )
    v = std::round( value( random ) );
  std::vector<std::vector<SpatialNeighbour>> neighbours( n );
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0.0 ) );
  for ( std::size_t i = 0; i < n; ++i )
  {
    // Half the areas list themselves with their own weight; the others get the implied weight 1.
    w[i][i] = 1;
    if ( i % 2 == 0 )
    {
      w[i][i] = weight( random );
      neighbours[i].push_back( { i, w[i][i] } );
    }
    for ( std::size_t j = 0; j < n; ++j )
    {
      if ( j != i && coin( random ) < 0.1 )
      {
        w[i][j] = weight( random );
        neighbours[i].push_back( { j, w[i][j] } );
      }
    }
  }
  const Expected<GiStarResult> result = HotSpots::giStar( values, neighbours );
  REQUIRE( result.ok() );
  const std::vector<double> expected = referenceGiStar( values, w );
  for ( std::size_t i = 0; i < n; ++i )
    REQUIRE( result.value().zScores[i] == Approx( expected[i] ).margin( 1e-9 ) );
}

TEST_CASE( "one high cell in a 5 × 5 grid gives the z-scores worked out by hand", "[hotspots]" )
{
  // 25 cells of 100 m, 10 events in the centre cell, none elsewhere; band 100 m (inclusive): a cell, its four
  // edge neighbours. n = 25, Σx = 10, X̄ = 0.4, Σx² = 100, S = √(100/25 − 0.4²) = √3.84.
  // Centre: Σw = 5, Σwx = 10: numerator 10 − 0.4·5 = 8; denominator √3.84 · √((25·5 − 25)/24) = √16 = 4;
  //   z = 2, p = erfc(2/√2) = 0.0455: 95 % hot.
  // Corner: Σw = 3 (itself, east, south), Σwx = 0: numerator −1.2; denominator √(3.84 · (75 − 9)/24) =
  //   √10.56; z = −1.2/√10.56 = −0.369274.
  // Edge neighbour of the centre: Σw = 5, Σwx = 10: z = 2 as well.
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 100;
  parameters.extent = MapExtent{ 0, 0, 500, 500 };
  const std::vector<WeightedPoint> points( 10, WeightedPoint{ 250, 250, 1 } );
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  const HotSpotGrid &g = result.value();
  REQUIRE( g.grid.columns == 5 );
  REQUIRE( g.grid.rows == 5 );
  CHECK( g.grid.geoTransform() == std::array<double, 6>{ 0, 100, 0, 500, 0, -100 } );
  CHECK( g.counts[g.cellIndex( 2, 2 )] == 10 );
  CHECK( g.statistics.zScores[g.cellIndex( 2, 2 )] == Approx( 2.0 ).margin( 1e-12 ) );
  CHECK( g.statistics.pValues[g.cellIndex( 2, 2 )] == Approx( 0.0455003 ).margin( 1e-7 ) );
  CHECK( g.statistics.bins[g.cellIndex( 2, 2 )] == 2 );
  CHECK( g.statistics.zScores[g.cellIndex( 1, 2 )] == Approx( 2.0 ).margin( 1e-12 ) );
  CHECK( g.statistics.zScores[g.cellIndex( 0, 0 )] == Approx( -1.2 / std::sqrt( 10.56 ) ).margin( 1e-12 ) );
  CHECK( g.statistics.zScores[g.cellIndex( 0, 0 )] == Approx( -0.369274 ).margin( 1e-6 ) );
  // Only 10 events.
  CHECK( contains( g.statistics.warnings, "only 10 events" ) );
}

TEST_CASE( "Gi* with binary distance-band weights gives PySAL's published value", "[hotspots]" )
{
  // PySAL esda's own test of G_Local(star=True, transform="B"): six points, a 15-unit distance band, values
  // 2, 3, 3.2, 5, 8, 7; the first point's z is -1.39727626 (esda/tests/test_getisord.py, test_star_binary).
  const double xy[6][2] = { { 10, 10 }, { 20, 10 }, { 40, 10 }, { 15, 20 }, { 30, 20 }, { 30, 30 } };
  const std::vector<double> values = { 2, 3, 3.2, 5, 8, 7 };
  std::vector<std::vector<SpatialNeighbour>> neighbours( 6 );
  for ( std::size_t i = 0; i < 6; ++i )
    for ( std::size_t j = 0; j < 6; ++j )
      if ( i != j && std::hypot( xy[i][0] - xy[j][0], xy[i][1] - xy[j][1] ) <= 15 )
        neighbours[i].push_back( { j, 1.0 } );
  const Expected<GiStarResult> result = HotSpots::giStar( values, neighbours );
  REQUIRE( result.ok() );
  CHECK( result.value().zScores[0] == Approx( -1.39727626 ).margin( 1e-8 ) );
}

TEST_CASE( "the Benjamini–Hochberg cut-off is the largest p-value under its step", "[hotspots]" )
{
  // m = 10, alpha = 0.05: steps 0.005, 0.010, 0.015, … Sorted p: 0.004 passes (≤ 0.005), 0.011 fails
  // (> 0.010), 0.013 passes (≤ 0.015), nothing later passes (0.03 > 0.02, 0.045 > 0.025, …). Step-up: the
  // cut-off is 0.013, so 0.011 is significant too although it failed its own step.
  const std::vector<double> p = { 0.3, 0.013, 0.9, 0.004, 0.045, 0.6, 0.011, 0.03, 0.5, 0.07 };
  const std::optional<double> cutoff = HotSpots::fdrCutoff( p, 0.05 );
  REQUIRE( cutoff.has_value() );
  CHECK( *cutoff == 0.013 );
  // At 1 %: steps 0.001, 0.002, …: 0.004 > 0.001, 0.011 > 0.002, 0.013 > 0.003 …: nothing passes.
  CHECK_FALSE( HotSpots::fdrCutoff( p, 0.01 ).has_value() );
  // At 10 %: steps 0.01, 0.02, 0.03, 0.04, 0.05, 0.06, …: 0.045 ≤ 0.05 at rank 5; 0.07 > 0.06 at rank 6.
  CHECK( *HotSpots::fdrCutoff( p, 0.10 ) == 0.045 );

  // Bins: signs from z, levels from p. Uncorrected 0.03 and 0.045 are 95 %, 0.07 is 90 %; corrected, 0.03
  // and 0.045 only pass at 10 % and 0.07 nowhere; 0.004 passes at 5 % but not 1 %.
  std::vector<double> z( p.size() );
  for ( std::size_t i = 0; i < p.size(); ++i )
    z[i] = ( i % 2 == 0 ? 1 : -1 ) * std::sqrt( 2.0 ) * 1.0; // any sign, only the sign is used
  const std::vector<std::int8_t> bins = HotSpots::fdrBins( z, p );
  const std::vector<std::int8_t> expected = { 0, -2, 0, -2, 1, 0, 2, -1, 0, 0 };
  CHECK( bins == expected );
  CHECK( HotSpots::confidenceBin( 3.0, 0.004 ) == 3 );
  CHECK( HotSpots::confidenceBin( -2.0, 0.045 ) == -2 );
  CHECK( HotSpots::confidenceBin( 1.7, 0.07 ) == 1 );
}

TEST_CASE( "FDR bins never claim more confidence than the uncorrected bins", "[hotspots]" )
{
  std::mt19937 random( 99 );
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 250;
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( randomPoints( random, 3000, false ) );
  REQUIRE( result.ok() );
  const GiStarResult &s = result.value().statistics;
  int corrected = 0;
  for ( std::size_t i = 0; i < s.bins.size(); ++i )
  {
    REQUIRE( std::abs( s.binsFdr[i] ) <= std::abs( s.bins[i] ) );
    REQUIRE( ( s.binsFdr[i] == 0 || ( s.binsFdr[i] > 0 ) == ( s.bins[i] > 0 ) ) );
    corrected += s.binsFdr[i] != s.bins[i];
  }
  CHECK( corrected > 0 ); // the correction does something on this data
}

TEST_CASE( "a dense cluster in a random background is a 99 % hot spot, with and without FDR", "[hotspots]" )
{
  std::mt19937 random( 1 );
  std::uniform_real_distribution<double> x( 0, 5000 ), y( 0, 5000 ), offset( -100, 100 );
  std::vector<WeightedPoint> points;
  for ( int k = 0; k < 2000; ++k )
    points.push_back( { 640000 + x( random ), 6580000 + y( random ), 1 } );
  for ( int k = 0; k < 200; ++k )
    points.push_back( { 642550 + offset( random ), 6582550 + offset( random ), 1 } );

  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  const HotSpotGrid &g = result.value();
  CHECK( g.statistics.warnings.empty() );
  const int column = static_cast<int>( std::floor( 642550.0 / 100 ) - g.grid.westIndex );
  const int row = static_cast<int>( g.grid.northIndex - 1 - std::floor( 6582550.0 / 100 ) );
  const std::size_t cell = g.cellIndex( row, column );
  CHECK( g.statistics.zScores[cell] > 10 );
  CHECK( g.statistics.bins[cell] == 3 );
  CHECK( g.statistics.binsFdr[cell] == 3 );
}

TEST_CASE( "the grid is aligned to multiples of the cell size and covers every point", "[hotspots]" )
{
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 200;
  // The east and north extremes lie on cell edges: they belong to the next cell, which must exist.
  const std::vector<WeightedPoint> points = { { 1050, 2020, 1 }, { 1300, 2300, 1 }, { 1120, 2170, 2 } };
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  const HotSpotGrid &g = result.value();
  CHECK( g.grid.geoTransform() == std::array<double, 6>{ 1000, 100, 0, 2400, 0, -100 } );
  CHECK( g.grid.columns == 4 );
  CHECK( g.grid.rows == 4 );
  CHECK( g.eventCount == 3 );
  CHECK( g.counts[g.cellIndex( 0, 3 )] == 1 ); // (1300, 2300): the north-east cell
  CHECK( g.counts[g.cellIndex( 2, 1 )] == 2 ); // weighted
  CHECK( std::accumulate( g.counts.begin(), g.counts.end(), 0.0 ) == 4 );
}

TEST_CASE( "hot spots warn when the result means little", "[hotspots]" )
{
  std::mt19937 random( 3 );
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;

  SECTION( "fewer than 30 events" )
  {
    const Expected<HotSpotGrid> few = HotSpots( parameters ).compute( randomPoints( random, 29, false ) );
    REQUIRE( few.ok() );
    CHECK( contains( few.value().statistics.warnings, "only 29 events" ) );
    const Expected<HotSpotGrid> enough = HotSpots( parameters ).compute( randomPoints( random, 30, false ) );
    REQUIRE( enough.ok() );
    CHECK_FALSE( contains( enough.value().statistics.warnings, "events;" ) );
  }

  SECTION( "a band smaller than the cell size" )
  {
    parameters.distanceBandMeters = 99;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( randomPoints( random, 100, false ) );
    REQUIRE( result.ok() );
    CHECK( contains( result.value().statistics.warnings, "its own only neighbour" ) );
  }

  SECTION( "all cells equal" )
  {
    parameters.extent = MapExtent{ 0, 0, 200, 100 };
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( { { 50, 50, 1 }, { 150, 50, 1 } } );
    REQUIRE( result.ok() );
    CHECK( contains( result.value().statistics.warnings, "All values are equal" ) );
    CHECK( result.value().statistics.bins == std::vector<std::int8_t>{ 0, 0 } );
  }
}

TEST_CASE( "hot spots reject bad input with a message", "[hotspots]" )
{
  const std::vector<WeightedPoint> points = { { 100, 100, 1 }, { 900, 900, 1 } };
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;
  const double nan = std::numeric_limits<double>::quiet_NaN();

  SECTION( "cell size" )
  {
    parameters.cellSizeMeters = GENERATE_COPY( 0.0, -100.0, nan );
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "cell size must be a positive number" ) );
  }
  SECTION( "distance band" )
  {
    parameters.distanceBandMeters = GENERATE_COPY( 0.0, -1.0, nan );
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "distance band must be a positive number" ) );
  }
  SECTION( "no points" )
  {
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( {} );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "no events" ) );
  }
  SECTION( "a point that is not a number" )
  {
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( { { 1, 1, 1 }, { nan, 1, 1 } } );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "Point 2" ) );
  }
  SECTION( "a grid over the memory limit" )
  {
    parameters.cellSizeMeters = 0.01;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(),
                Catch::Contains( "more than the limit" ) && Catch::Contains( "Use a cell size" ) );
  }
  SECTION( "too many nearest neighbours" )
  {
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = 81; // the grid has 9 × 9 = 81 cells
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "smaller than the number of cells" ) );
  }
  SECTION( "areas" )
  {
    CHECK_THAT( HotSpots::giStar( { 1 }, { {} } ).error().text(), Catch::Contains( "at least two areas" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { {} } ).error().text(),
                Catch::Contains( "neighbour lists for 1" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { { { 5, 1 } }, {} } ).error().text(),
                Catch::Contains( "lists neighbour 6" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { { { 1, -1 } }, {} } ).error().text(),
                Catch::Contains( "negative" ) );
  }
}

namespace
{

const double kSqrt3 = std::sqrt( 3.0 );

//! The centre of lattice hexagon (q, r), straight from the definition in HexagonGrid's comment.
std::pair<double, double> latticeCentre( std::int64_t q, std::int64_t r, double cellSize )
{
  return { ( static_cast<double>( q ) + static_cast<double>( r ) / 2 ) * cellSize,
           static_cast<double>( r ) * cellSize * kSqrt3 / 2 };
}

//! The lattice hexagon with the nearest centre, by trying every hexagon near the point.
std::pair<std::int64_t, std::int64_t> nearestHexagon( double x, double y, double cellSize )
{
  const std::int64_t r0 = static_cast<std::int64_t>( std::floor( y / ( cellSize * kSqrt3 / 2 ) ) );
  std::pair<std::int64_t, std::int64_t> best;
  double bestDistance = std::numeric_limits<double>::infinity();
  for ( std::int64_t r = r0 - 2; r <= r0 + 2; ++r )
  {
    const std::int64_t q0 = static_cast<std::int64_t>( std::floor( x / cellSize - r / 2.0 ) );
    for ( std::int64_t q = q0 - 2; q <= q0 + 2; ++q )
    {
      const auto [cx, cy] = latticeCentre( q, r, cellSize );
      const double distance = std::hypot( x - cx, y - cy );
      if ( distance < bestDistance )
      {
        bestDistance = distance;
        best = { q, r };
      }
    }
  }
  return best;
}

//! Cell centres of a hexagon result, from each cell's lattice coordinates.
std::vector<std::pair<double, double>> hexagonCentres( const HotSpotGrid &result )
{
  std::vector<std::pair<double, double>> centres;
  for ( std::size_t i = 0; i < result.cellCount(); ++i )
  {
    const auto [q, r] = result.hexagons.latticeCoordinates( i );
    centres.push_back( latticeCentre( q, r, result.hexagons.cellSize ) );
  }
  return centres;
}

//! Binary distance-band weights between all hexagons, from their centres in metres.
std::vector<std::vector<double>> referenceHexagonBandWeights( const HotSpotGrid &result, double bandMeters )
{
  const std::vector<std::pair<double, double>> c = hexagonCentres( result );
  const std::size_t n = c.size();
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0.0 ) );
  for ( std::size_t i = 0; i < n; ++i )
    for ( std::size_t j = 0; j < n; ++j )
      w[i][j] = std::hypot( c[i].first - c[j].first, c[i].second - c[j].second ) <= bandMeters ? 1.0 : 0.0;
  return w;
}

//! Binary k-nearest weights plus self between hexagons: others sorted by centre distance (squared distances
//! between lattice centres are whole numbers of cells², so rounding makes ties exact), ties by cell number.
std::vector<std::vector<double>> referenceHexagonNearestWeights( const HotSpotGrid &result, int k )
{
  const std::vector<std::pair<double, double>> c = hexagonCentres( result );
  const double cell = result.hexagons.cellSize;
  const std::size_t n = c.size();
  std::vector<std::vector<double>> w( n, std::vector<double>( n, 0.0 ) );
  for ( std::size_t i = 0; i < n; ++i )
  {
    std::vector<std::pair<long long, std::size_t>> others;
    for ( std::size_t j = 0; j < n; ++j )
    {
      const double dx = ( c[i].first - c[j].first ) / cell, dy = ( c[i].second - c[j].second ) / cell;
      if ( j != i )
        others.push_back( { std::llround( dx * dx + dy * dy ), j } );
    }
    std::sort( others.begin(), others.end() );
    w[i][i] = 1;
    for ( int m = 0; m < k; ++m )
      w[i][others[static_cast<std::size_t>( m )].second] = 1;
  }
  return w;
}

//! Twice the signed area of a closed ring (positive counter-clockwise), relative to its first vertex.
double ringArea( const std::vector<std::pair<double, double>> &ring )
{
  double twiceArea = 0;
  for ( std::size_t i = 1; i + 1 < ring.size(); ++i )
  {
    const double ax = ring[i].first - ring[0].first, ay = ring[i].second - ring[0].second;
    const double bx = ring[i + 1].first - ring[0].first, by = ring[i + 1].second - ring[0].second;
    twiceArea += ax * by - ay * bx;
  }
  return twiceArea / 2;
}

} // namespace

TEST_CASE( "a point lands in the hexagon with the nearest centre, on one lattice whatever the extent",
           "[hotspots]" )
{
  const double cell = 100;
  SECTION( "known positions" )
  {
    CHECK( HexagonGrid::hexagonAt( 0, 0, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 0 } );
    CHECK( HexagonGrid::hexagonAt( 30, 20, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 0 } );
    CHECK( HexagonGrid::hexagonAt( 100, 0, cell ) == std::pair<std::int64_t, std::int64_t>{ 1, 0 } );
    // Row 1 is 86.6 m north and shifted half a cell east; (−1, 1) is centred at (−50, 86.6).
    CHECK( HexagonGrid::hexagonAt( 45, 80, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 1 } );
    CHECK( HexagonGrid::hexagonAt( -55, 90, cell ) == std::pair<std::int64_t, std::int64_t>{ -1, 1 } );
    CHECK( HexagonGrid::hexagonAt( -10, -80, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, -1 } );
    // Just either side of the slanted edge between (0, 0) and (0, 1), whose midpoint is (25, 43.30).
    CHECK( HexagonGrid::hexagonAt( 25, 43.2, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 0 } );
    CHECK( HexagonGrid::hexagonAt( 25, 43.4, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 1 } );
  }

  SECTION( "a point on an edge goes east, as on a square grid" )
  {
    // x = ±50 is the vertical edge between (0, 0) and its east and west neighbours.
    CHECK( HexagonGrid::hexagonAt( 50, 0, cell ) == std::pair<std::int64_t, std::int64_t>{ 1, 0 } );
    CHECK( HexagonGrid::hexagonAt( 50, -20, cell ) == std::pair<std::int64_t, std::int64_t>{ 1, 0 } );
    CHECK( HexagonGrid::hexagonAt( -50, 10, cell ) == std::pair<std::int64_t, std::int64_t>{ 0, 0 } );
  }

  SECTION( "random points, at SWEREF 99 TM coordinates" )
  {
    std::mt19937 random( 11 );
    std::uniform_real_distribution<double> x( 600000, 700000 ), y( 6500000, 6600000 );
    const double size = GENERATE( 100.0, 250.0, 37.5 );
    for ( int k = 0; k < 20000; ++k )
    {
      const double px = x( random ), py = y( random );
      REQUIRE( HexagonGrid::hexagonAt( px, py, size ) == nearestHexagon( px, py, size ) );
    }
  }

  SECTION( "grids over different extents hold the same hexagon for a point" )
  {
    HotSpotParameters parameters;
    parameters.shape = HotSpotGridShape::Hexagon;
    parameters.cellSizeMeters = cell;
    parameters.distanceBandMeters = 200;
    const WeightedPoint point{ 674321.5, 6581234.25, 1 };
    std::vector<std::pair<double, double>> centres;
    for ( const MapExtent &extent : { MapExtent{ 673000, 6580000, 676000, 6583000 },
                                      MapExtent{ 674012.3, 6580977.7, 674988.1, 6581777.9 } } )
    {
      parameters.extent = extent;
      const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( { point } );
      REQUIRE( result.ok() );
      const std::optional<std::size_t> index = result.value().hexagons.cellAt( point.x, point.y );
      REQUIRE( index.has_value() );
      CHECK( result.value().counts[*index] == 1 );
      centres.push_back( result.value().cellCentre( *index ) );
    }
    CHECK( centres[0] == centres[1] );
    const auto [q, r] = nearestHexagon( point.x, point.y, cell );
    CHECK( centres[0].first == Approx( latticeCentre( q, r, cell ).first ).margin( 1e-6 ) );
    CHECK( centres[0].second == Approx( latticeCentre( q, r, cell ).second ).margin( 1e-6 ) );
  }
}

TEST_CASE( "a hexagon grid holds exactly the hexagons that overlap the study area", "[hotspots]" )
{
  const double cell = 100, circumradius = cell / kSqrt3;
  HotSpotParameters parameters;
  parameters.shape = HotSpotGridShape::Hexagon;
  parameters.cellSizeMeters = cell;
  parameters.distanceBandMeters = 200;
  const MapExtent extent =
    GENERATE( MapExtent{ 1000, 2000, 2000, 2600 }, MapExtent{ 640037.3, 6580011.9, 641512.8, 6580777.1 } );
  parameters.extent = extent;
  const Expected<HexagonGrid> result =
    HotSpots( parameters ).hexagonGrid( { { extent.xMin, extent.yMin, 1 } } );
  REQUIRE( result.ok() );
  const HexagonGrid &grid = result.value();

  // How far the hexagon centred at (cx, cy) is from containing the rectangle's point nearest its centre:
  // ≤ 0 where it overlaps. A pointy-top hexagon holds (dx, dy) if |dx| ≤ cell/2 and |dy| + |dx|/√3 ≤ R.
  const auto gap = [&]( std::pair<double, double> centre )
  {
    const double dx = std::abs( std::clamp( centre.first, extent.xMin, extent.xMax ) - centre.first );
    const double dy = std::abs( std::clamp( centre.second, extent.yMin, extent.yMax ) - centre.second );
    return std::max( dx - cell / 2, dy + dx / kSqrt3 - circumradius );
  };
  for ( std::size_t i = 0; i < grid.cellCount(); ++i )
  {
    const auto [q, r] = grid.latticeCoordinates( i );
    REQUIRE( grid.cellIndex( q, r ) == i );
    REQUIRE( gap( latticeCentre( q, r, cell ) ) <= 1e-6 );
  }
  const auto [q0, r0] = HexagonGrid::hexagonAt( extent.xMin, extent.yMin, cell );
  const auto [q1, r1] = HexagonGrid::hexagonAt( extent.xMax, extent.yMax, cell );
  std::size_t overlapping = 0;
  for ( std::int64_t r = r0 - 3; r <= r1 + 3; ++r )
    for ( std::int64_t q = q0 - 10; q <= q1 + 10; ++q )
    {
      if ( gap( latticeCentre( q, r, cell ) ) < -1e-6 )
      {
        ++overlapping;
        REQUIRE( grid.cellIndex( q, r ).has_value() );
      }
    }
  CHECK( grid.cellCount() == overlapping );
  // Every point of the study area falls in the grid, but for points on its east and north edges, which go
  // to the hexagon east or north of the edge (as they go to the next square on a square grid).
  for ( int i = 0; i < 40; ++i )
    for ( int j = 0; j < 40; ++j )
      REQUIRE( grid.cellAt( extent.xMin + extent.width() * i / 40, extent.yMin + extent.height() * j / 40 ) );
}

TEST_CASE( "a hexagon grid around the points holds every point, on the edges too", "[hotspots]" )
{
  HotSpotParameters parameters;
  parameters.shape = HotSpotGridShape::Hexagon;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 200;
  // The bounding box's east edge x = 2000 is the edge between hexagons in every other row; its north edge
  // is the northern vertex of hexagon (7, 26).
  HexagonGrid lattice;
  lattice.cellSize = 100;
  const double north = lattice.ring( 7, 26 )[3].second;
  std::vector<WeightedPoint> points = { { 1000, 2000, 1 }, { 2000, north, 1 } };
  for ( int k = 0; k <= 60; ++k )
  {
    points.push_back( { 2000, 2000 + ( north - 2000 ) * k / 60, 1 } );
    points.push_back( { 1000 + 10.0 * k, north, 1 } );
  }
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  CHECK( result.value().eventCount == points.size() );
  // With the same rectangle as the study area, those hexagons only touch it and are not in the grid.
  parameters.extent = MapExtent{ 1000, 2000, 2000, north };
  const Expected<HotSpotGrid> inArea = HotSpots( parameters ).compute( points );
  REQUIRE( inArea.ok() );
  CHECK( inArea.value().eventCount < points.size() );
  CHECK( inArea.value().cellCount() < result.value().cellCount() );
}

TEST_CASE( "an interior hexagon has 6 neighbours within one cell size and 18 within two", "[hotspots]" )
{
  // One hexagon with events among empty ones: a cell's z is positive exactly when its neighbourhood holds
  // that hexagon, so counting them counts its neighbourhood (itself included).
  HotSpotParameters parameters;
  parameters.shape = HotSpotGridShape::Hexagon;
  parameters.cellSizeMeters = 100;
  parameters.extent = MapExtent{ 0, 0, 1500, 1500 };
  const WeightedPoint hot{ 750, 779.4, 1 }; // the centre of hexagon (3, 9)
  const std::vector<WeightedPoint> points( 10, hot );

  const auto neighbourhood = [&]( const HotSpotParameters &p )
  {
    const Expected<HotSpotGrid> result = HotSpots( p ).compute( points );
    REQUIRE( result.ok() );
    const HotSpotGrid &g = result.value();
    const std::pair<double, double> centre = g.cellCentre( *g.hexagons.cellAt( hot.x, hot.y ) );
    std::vector<double> distances; // in cells, from the hot hexagon
    for ( std::size_t i = 0; i < g.cellCount(); ++i )
      if ( g.statistics.zScores[i] > 0 )
        distances.push_back(
          std::hypot( g.cellCentre( i ).first - centre.first, g.cellCentre( i ).second - centre.second ) /
          100 );
    return distances;
  };
  const auto countWithin = []( const std::vector<double> &distances, double limit )
  {
    return std::count_if( distances.begin(), distances.end(), [&]( double d ) { return d <= limit + 1e-9; } );
  };

  SECTION( "distance band" )
  {
    parameters.distanceBandMeters = 100;
    std::vector<double> distances = neighbourhood( parameters );
    CHECK( distances.size() == 7 );
    CHECK( countWithin( distances, 1 ) == 7 );
    parameters.distanceBandMeters = 200; // rings at 1, √3 and 2 cells
    distances = neighbourhood( parameters );
    CHECK( distances.size() == 19 );
    CHECK( countWithin( distances, 1 ) == 7 );
    CHECK( countWithin( distances, std::sqrt( 3.0 ) ) == 13 );
    CHECK( countWithin( distances, 2 ) == 19 );
  }
  SECTION( "6 nearest neighbours" )
  {
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = 6;
    const std::vector<double> distances = neighbourhood( parameters );
    CHECK( distances.size() == 7 );
    CHECK( countWithin( distances, 1 ) == 7 );
  }
}

TEST_CASE( "Gi* on hexagons equals the formula evaluated over all pairs of hexagons", "[hotspots]" )
{
  std::mt19937 random( 20261126 );
  const bool weighted = GENERATE( false, true );
  const std::vector<WeightedPoint> points = randomPoints( random, 800, weighted );

  HotSpotParameters parameters;
  parameters.shape = HotSpotGridShape::Hexagon;
  parameters.cellSizeMeters = 100;

  SECTION( "distance band" )
  {
    // Bands between ring distances (in cells: 1, 1.73, 2, 2.65, 3, 3.46, 3.61, 4), so the reference's
    // distances in metres and the engine's in cells cannot disagree by rounding.
    const double band = GENERATE( 50.0, 150.0, 190.0, 250.0, 290.0, 370.0 );
    parameters.distanceBandMeters = band;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE( result.ok() );
    CHECK( result.value().eventCount == points.size() );
    const std::vector<double> expected =
      referenceGiStar( result.value().counts, referenceHexagonBandWeights( result.value(), band ) );
    const std::vector<double> &z = result.value().statistics.zScores;
    REQUIRE( z.size() == expected.size() );
    for ( std::size_t i = 0; i < z.size(); ++i )
      REQUIRE( z[i] == Approx( expected[i] ).margin( 1e-9 ) );
  }

  SECTION( "k nearest neighbours" )
  {
    const int k = GENERATE( 1, 5, 6, 7, 12, 18, 30 );
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = k;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE( result.ok() );
    const std::vector<double> expected =
      referenceGiStar( result.value().counts, referenceHexagonNearestWeights( result.value(), k ) );
    const std::vector<double> &z = result.value().statistics.zScores;
    REQUIRE( z.size() == expected.size() );
    for ( std::size_t i = 0; i < z.size(); ++i )
      REQUIRE( z[i] == Approx( expected[i] ).margin( 1e-9 ) );
  }
}

TEST_CASE( "hexagon outlines have the hexagon's area and share edges with their neighbours", "[hotspots]" )
{
  HexagonGrid grid;
  grid.cellSize = GENERATE( 100.0, 37.5 );
  const double side = grid.cellSize / kSqrt3;
  const std::int64_t q = 6123, r = 75321; // near Stockholm in SWEREF 99 TM at 100 m
  const std::vector<std::pair<double, double>> ring = grid.ring( q, r );
  REQUIRE( ring.size() == 7 );
  CHECK( ring.front() == ring.back() );
  CHECK( ringArea( ring ) == Approx( grid.cellSize * grid.cellSize * kSqrt3 / 2 ).epsilon( 1e-9 ) );
  CHECK( grid.cellArea() == Approx( ringArea( ring ) ).epsilon( 1e-9 ) );
  const auto [cx, cy] = latticeCentre( q, r, grid.cellSize );
  CHECK( grid.centre( q, r ).first == Approx( cx ).margin( 1e-6 ) );
  CHECK( grid.centre( q, r ).second == Approx( cy ).margin( 1e-6 ) );
  for ( std::size_t i = 0; i < 6; ++i )
    CHECK( std::hypot( ring[i].first - cx, ring[i].second - cy ) == Approx( side ).epsilon( 1e-9 ) );

  // Each of the six neighbours shares exactly two vertices, bit for bit; a hexagon two rows away none.
  const std::pair<int, int> neighbours[6] = { { 1, 0 },  { -1, 0 }, { 0, 1 },
                                              { -1, 1 }, { 0, -1 }, { 1, -1 } };
  const auto shared = [&]( std::int64_t dq, std::int64_t dr )
  {
    const std::vector<std::pair<double, double>> other = grid.ring( q + dq, r + dr );
    return std::count_if( ring.begin(), ring.end() - 1,
                          [&]( const std::pair<double, double> &v )
                          { return std::find( other.begin(), other.end() - 1, v ) != other.end() - 1; } );
  };
  for ( const auto &[dq, dr] : neighbours )
    CHECK( shared( dq, dr ) == 2 );
  CHECK( shared( 1, 1 ) == 0 );
}

TEST_CASE( "square outlines are the grid's cells", "[hotspots]" )
{
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 200;
  const std::vector<WeightedPoint> points = { { 1050, 2020, 1 }, { 1300, 2300, 1 }, { 1120, 2170, 2 } };
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  const HotSpotGrid &g = result.value();
  REQUIRE( g.cellCount() == 16 );
  // Row 2, column 1 of the grid with its north-west corner at (1000, 2400): x 1100–1200, y 2100–2200.
  const std::size_t index = g.cellIndex( 2, 1 );
  const std::vector<std::pair<double, double>> expected = {
    { 1100, 2100 }, { 1200, 2100 }, { 1200, 2200 }, { 1100, 2200 }, { 1100, 2100 } };
  CHECK( g.cellRing( index ) == expected );
  CHECK( g.cellCentre( index ) == std::pair<double, double>{ 1150, 2150 } );
  for ( int row = 0; row < g.grid.rows; ++row )
    for ( int column = 0; column < g.grid.columns; ++column )
    {
      const std::vector<std::pair<double, double>> ring = g.cellRing( g.cellIndex( row, column ) );
      CHECK( ringArea( ring ) == 10000 );
      CHECK( ring[0] ==
             std::pair<double, double>{ g.grid.cellCentreX( column ) - 50, g.grid.cellCentreY( row ) - 50 } );
    }
}

TEST_CASE( "the cell list can leave out empty cells, which still count in the statistics", "[hotspots]" )
{
  std::mt19937 random( 5 );
  const std::vector<WeightedPoint> points = randomPoints( random, 400, false );
  HotSpotParameters parameters;
  parameters.shape = GENERATE( HotSpotGridShape::Square, HotSpotGridShape::Hexagon );
  parameters.cellSizeMeters = 50;
  parameters.distanceBandMeters = 150;
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
  REQUIRE( result.ok() );
  const HotSpotGrid &g = result.value();
  const GiStarResult &s = g.statistics;

  const std::vector<HotSpotCell> all = g.cells();
  REQUIRE( all.size() == g.cellCount() );
  for ( const HotSpotCell &cell : all )
  {
    REQUIRE( cell.ring.size() == ( parameters.shape == HotSpotGridShape::Square ? 5u : 7u ) );
    REQUIRE( cell.zScore == s.zScores[cell.index] );
    REQUIRE( cell.binFdr == s.binsFdr[cell.index] );
  }

  const std::vector<HotSpotCell> nonEmpty = g.cells( HotSpotCellFilter::NonEmpty );
  const auto occupied = static_cast<std::size_t>(
    std::count_if( g.counts.begin(), g.counts.end(), []( double c ) { return c != 0; } ) );
  CHECK( nonEmpty.size() == occupied );
  CHECK( nonEmpty.size() < all.size() / 2 );
  double events = 0;
  for ( const HotSpotCell &cell : nonEmpty )
  {
    events += cell.count;
    REQUIRE( cell.count == g.counts[cell.index] );
    REQUIRE( cell.ring == g.cellRing( cell.index ) );
    REQUIRE( cell.pValue == s.pValues[cell.index] );
    REQUIRE( cell.bin == s.bins[cell.index] );
  }
  CHECK( events == 400 );

  const std::vector<HotSpotCell> kept = g.cells( HotSpotCellFilter::NonEmptyOrSignificant );
  const auto significantEmpty = static_cast<std::size_t>( std::count_if(
    all.begin(), all.end(), []( const HotSpotCell &c ) { return c.count == 0 && c.bin != 0; } ) );
  CHECK( kept.size() == occupied + significantEmpty );
  CHECK( significantEmpty > 0 ); // empty cells next to the clusters are hot
}

TEST_CASE( "hexagon grids reject a cell size that would exceed the memory limit", "[hotspots]" )
{
  HotSpotParameters parameters;
  parameters.shape = HotSpotGridShape::Hexagon;
  parameters.cellSizeMeters = 0.01;
  parameters.distanceBandMeters = 300;
  const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( { { 100, 100, 1 }, { 900, 900, 1 } } );
  REQUIRE_FALSE( result.ok() );
  CHECK_THAT( result.error().text(), Catch::Contains( "hexagons" ) && Catch::Contains( "Use a cell size" ) );
}

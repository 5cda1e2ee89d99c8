#include <catch2/catch.hpp>

#include "hotspots.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <numeric>
#include <random>
#include <string>
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

bool contains( const std::vector<std::string> &warnings, const std::string &text )
{
  return std::any_of( warnings.begin(), warnings.end(),
                      [&]( const std::string &w ) { return w.find( text ) != std::string::npos; } );
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
    CHECK_THAT( result.error(), Catch::Contains( "cell size must be a positive number" ) );
  }
  SECTION( "distance band" )
  {
    parameters.distanceBandMeters = GENERATE_COPY( 0.0, -1.0, nan );
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error(), Catch::Contains( "distance band must be a positive number" ) );
  }
  SECTION( "no points" )
  {
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( {} );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error(), Catch::Contains( "no events" ) );
  }
  SECTION( "a point that is not a number" )
  {
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( { { 1, 1, 1 }, { nan, 1, 1 } } );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error(), Catch::Contains( "Point 2" ) );
  }
  SECTION( "a grid over the memory limit" )
  {
    parameters.cellSizeMeters = 0.01;
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error(),
                Catch::Contains( "more than the limit" ) && Catch::Contains( "Use a cell size" ) );
  }
  SECTION( "too many nearest neighbours" )
  {
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = 81; // the grid has 9 × 9 = 81 cells
    const Expected<HotSpotGrid> result = HotSpots( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error(), Catch::Contains( "smaller than the number of cells" ) );
  }
  SECTION( "areas" )
  {
    CHECK_THAT( HotSpots::giStar( { 1 }, { {} } ).error(), Catch::Contains( "at least two areas" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { {} } ).error(), Catch::Contains( "neighbour lists for 1" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { { { 5, 1 } }, {} } ).error(),
                Catch::Contains( "lists neighbour 6" ) );
    CHECK_THAT( HotSpots::giStar( { 1, 2 }, { { { 1, -1 } }, {} } ).error(), Catch::Contains( "negative" ) );
  }
}

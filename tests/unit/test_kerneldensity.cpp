#include <catch2/catch.hpp>

#include "kerneldensity.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

const double kPi = 3.14159265358979323846;

//! The kernels as the domain defines them, written out independently of the engine.
long double referenceKernel( KernelShape kernel, long double distance, long double radius,
                             long double sigmas )
{
  const long double u = distance / radius;
  if ( kernel == KernelShape::Gaussian )
    return u > sigmas ? 0.0L : std::exp( -u * u / 2 );
  if ( u > 1 )
    return 0;
  switch ( kernel )
  {
  case KernelShape::Quartic:
    return ( 1 - u * u ) * ( 1 - u * u );
  case KernelShape::Triweight:
    return ( 1 - u * u ) * ( 1 - u * u ) * ( 1 - u * u );
  case KernelShape::Epanechnikov:
    return 1 - u * u;
  case KernelShape::Uniform:
    return 1;
  case KernelShape::Triangular:
    return 1 - u;
  case KernelShape::Gaussian:
    break;
  }
  return 0;
}

//! Clustered points in SWEREF 99 TM-sized coordinates, with weights.
std::vector<WeightedPoint> randomPoints( int count, std::uint32_t seed )
{
  std::mt19937 random( seed );
  std::normal_distribution<double> spread( 0, 120 );
  std::uniform_real_distribution<double> uniform( 0, 1 );
  const double centres[][2] = { { 674210.3, 6580400.7 }, { 674700.9, 6580950.2 }, { 673900.1, 6581100.6 } };
  std::vector<WeightedPoint> points;
  for ( int k = 0; k < count; ++k )
  {
    const double *centre = centres[k % 3];
    if ( k % 5 == 4 ) // a scattered background
      points.push_back( { centre[0] + 1200 * uniform( random ) - 600,
                          centre[1] + 1200 * uniform( random ) - 600, 0.5 + 1.5 * uniform( random ) } );
    else
      points.push_back(
        { centre[0] + spread( random ), centre[1] + spread( random ), 0.5 + 1.5 * uniform( random ) } );
  }
  return points;
}

const std::vector<KernelShape> kAllKernels = { KernelShape::Quartic,      KernelShape::Triweight,
                                               KernelShape::Epanechnikov, KernelShape::Uniform,
                                               KernelShape::Triangular,   KernelShape::Gaussian };

std::string kernelName( KernelShape kernel )
{
  switch ( kernel )
  {
  case KernelShape::Quartic:
    return "quartic";
  case KernelShape::Triweight:
    return "triweight";
  case KernelShape::Epanechnikov:
    return "Epanechnikov";
  case KernelShape::Uniform:
    return "uniform";
  case KernelShape::Triangular:
    return "triangular";
  case KernelShape::Gaussian:
    return "Gaussian";
  }
  return "?";
}

KernelDensityParameters parametersFor( KernelShape kernel, double radius, double cell )
{
  KernelDensityParameters parameters;
  parameters.kernel = kernel;
  parameters.radiusMeters = radius;
  parameters.cellSize = cell;
  return parameters;
}

} // namespace

TEST_CASE( "every cell equals the direct kernel sum over the exact point positions", "[kde]" )
{
  const std::vector<WeightedPoint> points = randomPoints( 400, 7 );
  for ( KernelShape kernel : kAllKernels )
  {
    // An odd cell size and a radius that is not a whole number of cells, so no point sits on a cell centre.
    // The Gaussian's radius is σ: 60 m at 3σ reaches as far as the others' 180 m.
    const double radius = kernel == KernelShape::Gaussian ? 60.0 : 180.0;
    KernelDensityParameters parameters = parametersFor( kernel, radius, 7.3 );
    const Expected<DensityRaster> result = KernelDensity( parameters ).compute( points );
    REQUIRE( result.ok() );
    const DensityRaster &raster = result.value();
    REQUIRE( raster.grid.columns > 200 );

    int worst = 0;
    double worstRelative = 0;
    double worstAbsolute = 0;
    for ( int row = 0; row < raster.grid.rows; ++row )
    {
      // Cell centres in extended precision: a double centre is only good to ~1e-9 m at these coordinates.
      const long double cy = ( raster.grid.northIndex - row - 0.5L ) * raster.grid.cellSize;
      for ( int column = 0; column < raster.grid.columns; ++column )
      {
        const long double cx = ( raster.grid.westIndex + column + 0.5L ) * raster.grid.cellSize;
        long double expected = 0;
        for ( const WeightedPoint &p : points )
        {
          const long double d = std::hypot( cx - p.x, cy - p.y );
          expected += p.weight * referenceKernel( kernel, d, radius, 3 );
        }
        const double error = std::abs( raster.value( row, column ) - static_cast<double>( expected ) );
        if ( error > 1e-12 && error > 1e-9 * std::abs( static_cast<double>( expected ) ) )
          ++worst;
        worstAbsolute = std::max( worstAbsolute, error );
        if ( expected != 0 )
          worstRelative = std::max( worstRelative, error / std::abs( static_cast<double>( expected ) ) );
      }
    }
    INFO( kernelName( kernel ) << ": worst relative error " << worstRelative << ", absolute "
                               << worstAbsolute );
    CHECK( worst == 0 );
  }
}

TEST_CASE( "the result does not depend on the number of threads", "[kde]" )
{
  const std::vector<WeightedPoint> points = randomPoints( 3000, 11 );
  for ( KernelShape kernel : { KernelShape::Quartic, KernelShape::Triangular, KernelShape::Gaussian } )
  {
    KernelDensityParameters parameters = parametersFor( kernel, 90, 5 );
    parameters.threads = 1;
    const Expected<DensityRaster> one = KernelDensity( parameters ).compute( points );
    parameters.threads = 3;
    const Expected<DensityRaster> three = KernelDensity( parameters ).compute( points );
    REQUIRE( one.ok() );
    REQUIRE( three.ok() );
    INFO( kernelName( kernel ) );
    CHECK( one.value().values == three.value().values );
  }
}

TEST_CASE( "scaled output sums to the total weight when the grid covers every kernel", "[kde]" )
{
  // The raster sum is a midpoint rule for the kernel's integral. Its error shrinks with the kernel's
  // smoothness at its edge: tiny for quartic and triweight, larger for the kernels with a kink or a step at
  // the edge, where it also averages out over random point positions. The tolerances are what those errors
  // allow, not the float noise.
  const std::vector<WeightedPoint> points = randomPoints( 2000, 3 );
  double totalWeight = 0;
  for ( const WeightedPoint &p : points )
    totalWeight += p.weight;
  struct Case
  {
    KernelShape kernel;
    double tolerance;
  };
  for ( const Case &c : { Case{ KernelShape::Quartic, 1e-6 }, Case{ KernelShape::Triweight, 1e-6 },
                          Case{ KernelShape::Epanechnikov, 1e-4 }, Case{ KernelShape::Triangular, 1e-4 },
                          Case{ KernelShape::Uniform, 2e-3 }, Case{ KernelShape::Gaussian, 2e-3 } } )
  {
    const double radius = c.kernel == KernelShape::Gaussian ? 50 : 150;
    KernelDensityParameters parameters = parametersFor( c.kernel, radius, 5 );
    parameters.output = DensityOutput::Scaled;
    const Expected<DensityRaster> result = KernelDensity( parameters ).compute( points );
    REQUIRE( result.ok() );
    double sum = 0;
    for ( double v : result.value().values )
      sum += v;
    const double cellArea = 5.0 * 5.0;
    INFO( kernelName( c.kernel ) << ": sum × cell area = " << sum * cellArea << ", total weight "
                                 << totalWeight );
    CHECK( std::abs( sum * cellArea - totalWeight ) < c.tolerance * totalWeight );
  }
}

TEST_CASE( "events per km² are the scaled density times a million", "[kde]" )
{
  const std::vector<WeightedPoint> points = { { 500, 500, 1 } };
  KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 100, 10 );
  parameters.output = DensityOutput::EventsPerSquareKm;
  const Expected<DensityRaster> result = KernelDensity( parameters ).compute( points );
  REQUIRE( result.ok() );
  // The point is not on a cell centre (centres are at 5, 15, ...): the peak cell is 5√2 m away.
  const double expected = 1e6 * 3 / ( kPi * 100 * 100 ) * std::pow( 1 - 50.0 / 10000, 2 );
  double peak = 0;
  for ( double v : result.value().values )
    peak = std::max( peak, v );
  CHECK( peak == Approx( expected ).epsilon( 1e-12 ) );
}

TEST_CASE( "a point at a cell centre gives the kernel's peak there", "[kde]" )
{
  for ( KernelShape kernel : kAllKernels )
  {
    const std::vector<WeightedPoint> points = { { 1005, 2005, 2.5 } };
    const Expected<DensityRaster> result = KernelDensity( parametersFor( kernel, 50, 10 ) ).compute( points );
    REQUIRE( result.ok() );
    const DensityRaster &raster = result.value();
    const int column = static_cast<int>( ( 1005 - raster.grid.west() ) / 10 );
    const int row = static_cast<int>( ( raster.grid.north() - 2005 ) / 10 );
    INFO( kernelName( kernel ) );
    REQUIRE( raster.grid.cellCentreX( column ) == 1005 );
    REQUIRE( raster.grid.cellCentreY( row ) == 2005 );
    CHECK( raster.value( row, column ) == Approx( 2.5 ).epsilon( 1e-12 ) );
  }
}

TEST_CASE( "grids are aligned to the cell size and line up across selections and extents", "[kde]" )
{
  const std::vector<WeightedPoint> all = randomPoints( 600, 5 );
  const std::vector<WeightedPoint> first( all.begin(), all.begin() + 250 );
  const std::vector<WeightedPoint> second( all.begin() + 250, all.end() );
  const KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 120, 8 );

  const DensityRaster whole = KernelDensity( parameters ).compute( all ).value();
  const DensityRaster partA = KernelDensity( parameters ).compute( first ).value();
  KernelDensityParameters withExtent = parameters;
  withExtent.extent = MapExtent{ 673903.7, 6580111.1, 674655.2, 6580888.9 }; // cuts through the points
  const DensityRaster partB = KernelDensity( withExtent ).compute( second ).value();

  SECTION( "origins are whole multiples of the cell size" )
  {
    for ( const DensityRaster *raster : { &whole, &partA, &partB } )
    {
      CHECK( std::fmod( raster->grid.west(), 8.0 ) == 0 );
      CHECK( std::fmod( raster->grid.north(), 8.0 ) == 0 );
      const std::array<double, 6> transform = raster->grid.geoTransform();
      CHECK( transform[0] == raster->grid.west() );
      CHECK( transform[3] == raster->grid.north() );
      CHECK( transform[5] == -8.0 );
    }
    CHECK( partB.grid.west() <= 673903.7 );
    CHECK( partB.grid.east() >= 674655.2 );
    CHECK( partB.grid.east() - 674655.2 < 8 );
  }

  SECTION( "densities of two selections add up, cell for cell, to the density of both" )
  {
    int compared = 0;
    int mismatches = 0;
    for ( int row = 0; row < partB.grid.rows; ++row )
    {
      for ( int column = 0; column < partB.grid.columns; ++column )
      {
        // The same cell in the other grids, found by whole-cell offsets.
        const std::int64_t wholeColumn = partB.grid.westIndex + column - whole.grid.westIndex;
        const std::int64_t wholeRow = whole.grid.northIndex - partB.grid.northIndex + row;
        const std::int64_t aColumn = partB.grid.westIndex + column - partA.grid.westIndex;
        const std::int64_t aRow = partA.grid.northIndex - partB.grid.northIndex + row;
        REQUIRE( wholeColumn >= 0 );
        REQUIRE( wholeRow >= 0 );
        REQUIRE( wholeColumn < whole.grid.columns );
        REQUIRE( wholeRow < whole.grid.rows );
        const double a =
          ( aColumn >= 0 && aRow >= 0 && aColumn < partA.grid.columns && aRow < partA.grid.rows )
            ? partA.value( static_cast<int>( aRow ), static_cast<int>( aColumn ) )
            : 0.0;
        const double expected = whole.value( static_cast<int>( wholeRow ), static_cast<int>( wholeColumn ) );
        const double sum = a + partB.value( row, column );
        if ( std::abs( sum - expected ) > 1e-12 + 1e-9 * std::abs( expected ) )
          ++mismatches;
        ++compared;
      }
    }
    CHECK( compared > 5000 );
    CHECK( mismatches == 0 );
  }
}

TEST_CASE( "a mask keeps only the marked cells", "[kde]" )
{
  const std::vector<WeightedPoint> points = randomPoints( 100, 9 );
  KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 100, 10 );
  const AlignedGrid grid = KernelDensity( parameters ).grid( points ).value();
  const DensityRaster unmasked = KernelDensity( parameters ).compute( points ).value();
  parameters.mask.assign( grid.cellCount(), 1 );
  for ( int column = 0; column < grid.columns; ++column )
    parameters.mask[static_cast<std::size_t>( 3 * grid.columns + column )] = 0; // drop the fourth row
  parameters.maskedValue = -1;
  const DensityRaster masked = KernelDensity( parameters ).compute( points ).value();
  for ( std::size_t k = 0; k < grid.cellCount(); ++k )
  {
    const bool inDroppedRow = k / static_cast<std::size_t>( grid.columns ) == 3;
    REQUIRE( masked.values[k] == ( inDroppedRow ? -1 : unmasked.values[k] ) );
  }

  parameters.mask.pop_back();
  const Expected<DensityRaster> wrongSize = KernelDensity( parameters ).compute( points );
  REQUIRE_FALSE( wrongSize.ok() );
  CHECK_THAT( wrongSize.error().text(), Catch::Contains( "mask" ) );
}

TEST_CASE( "points outside a given extent still count where their kernels reach in", "[kde]" )
{
  const std::vector<WeightedPoint> points = { { -30, 50, 1 } }; // 35 m west and 5 m north of a cell centre
  KernelDensityParameters parameters = parametersFor( KernelShape::Epanechnikov, 100, 10 );
  parameters.extent = MapExtent{ 0, 0, 100, 100 };
  const DensityRaster raster = KernelDensity( parameters ).compute( points ).value();
  REQUIRE( raster.grid.columns == 10 );
  REQUIRE( raster.grid.rows == 10 );
  CHECK( raster.value( 5, 0 ) == Approx( 1 - ( 35.0 * 35.0 + 5.0 * 5.0 ) / 10000 ).epsilon( 1e-12 ) );
}

TEST_CASE( "invalid input is refused with a message saying what is wrong", "[kde]" )
{
  const std::vector<WeightedPoint> points = { { 100, 100, 1 }, { 300, 200, 1 } };
  const double nan = std::numeric_limits<double>::quiet_NaN();

  SECTION( "radius" )
  {
    for ( double radius : { 0.0, -5.0, nan } )
    {
      const Expected<DensityRaster> result =
        KernelDensity( parametersFor( KernelShape::Quartic, radius, 10 ) ).compute( points );
      REQUIRE_FALSE( result.ok() );
      CHECK_THAT( result.error().text(), Catch::Contains( "radius must be a positive number" ) );
    }
  }
  SECTION( "cell size" )
  {
    for ( double cell : { 0.0, -1.0, nan } )
    {
      const Expected<DensityRaster> result =
        KernelDensity( parametersFor( KernelShape::Quartic, 100, cell ) ).compute( points );
      REQUIRE_FALSE( result.ok() );
      CHECK_THAT( result.error().text(), Catch::Contains( "cell size must be a positive number" ) );
    }
  }
  SECTION( "no points" )
  {
    const Expected<DensityRaster> result =
      KernelDensity( parametersFor( KernelShape::Quartic, 100, 10 ) ).compute( {} );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "no points" ) );
  }
  SECTION( "a point that is not a number" )
  {
    const Expected<DensityRaster> result = KernelDensity( parametersFor( KernelShape::Quartic, 100, 10 ) )
                                             .compute( { { 1, 2, 1 }, { nan, 3, 1 } } );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "Point 2" ) );
  }
  SECTION( "a grid too large for memory, before allocating it, with a cell size that fits" )
  {
    // 100 km × 100 km at 1 m: 10^10 cells, 75 GiB.
    const std::vector<WeightedPoint> far = { { 0, 0, 1 }, { 100000, 100000, 1 } };
    const Expected<DensityRaster> result =
      KernelDensity( parametersFor( KernelShape::Quartic, 100, 1 ) ).compute( far );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "more than the limit of 2 GiB" ) );
    // sqrt( 100200² × 8 B / 2 GiB ) = 6.1 m: the next round size is 10 m.
    CHECK_THAT( result.error().text(), Catch::Contains( "at least 10 m" ) );
    CHECK( KernelDensity( parametersFor( KernelShape::Quartic, 100, 10 ) ).grid( far ).ok() );
  }
}

TEST_CASE( "the default radius follows ArcGIS's spatial Silverman rule", "[kde]" )
{
  SECTION( "a hand-computed example" )
  {
    // Mean centre (0, 0); distances 1, 1, 1, 1, 0; SD = sqrt( 4 / 5 ); median distance 1.
    // min( 0.894427, 1.201122 × 1 ) = 0.894427; × 0.9 × 5^-0.2 = 0.8049845 × 0.7247797 = 0.5834355.
    const std::vector<WeightedPoint> points = {
      { 1, 0, 1 }, { -1, 0, 1 }, { 0, 1, 1 }, { 0, -1, 1 }, { 0, 0, 1 } };
    const Expected<double> radius = KernelDensity::defaultRadius( points );
    REQUIRE( radius.ok() );
    CHECK( radius.value() == Approx( 0.9 * std::sqrt( 0.8 ) * std::pow( 5.0, -0.2 ) ).epsilon( 1e-12 ) );
  }
  SECTION( "an outlier does not blow it up: the median distance takes over" )
  {
    // A square's corners and centre, plus one point 1 km away.
    std::vector<WeightedPoint> points = { { -1, -1, 1 }, { 1, -1, 1 }, { -1, 1, 1 }, { 1, 1, 1 } };
    points.push_back( { 0, 0, 1 } );
    points.push_back( { 1000, 0, 1 } );
    const Expected<double> radius = KernelDensity::defaultRadius( points );
    REQUIRE( radius.ok() );
    // Mean centre ( 1000 / 6, 0 ); distances sorted: the median of six is the mean of the 3rd and 4th.
    const double mx = 1000.0 / 6;
    std::vector<double> d = { std::hypot( -1 - mx, 1.0 ),
                              std::hypot( -1 - mx, 1.0 ),
                              std::hypot( 1 - mx, 1.0 ),
                              std::hypot( 1 - mx, 1.0 ),
                              mx,
                              1000 - mx };
    std::sort( d.begin(), d.end() );
    const double median = ( d[2] + d[3] ) / 2;
    const double expected = 0.9 * std::sqrt( 1 / std::log( 2.0 ) ) * median * std::pow( 6.0, -0.2 );
    CHECK( radius.value() == Approx( expected ).epsilon( 1e-12 ) );
  }
  SECTION( "weights count as that many points" )
  {
    const std::vector<WeightedPoint> weighted = { { 0, 0, 2 }, { 3, 4, 1 } };
    const std::vector<WeightedPoint> repeated = { { 0, 0, 1 }, { 0, 0, 1 }, { 3, 4, 1 } };
    CHECK( KernelDensity::defaultRadius( weighted ).value() ==
           Approx( KernelDensity::defaultRadius( repeated ).value() ).epsilon( 1e-12 ) );
  }
  SECTION( "all points in one place" )
  {
    CHECK_FALSE( KernelDensity::defaultRadius( { { 5, 5, 1 }, { 5, 5, 1 } } ).ok() );
  }
  SECTION( "many weighted points: the median found by selection is the one a whole sort finds" )
  {
    // The reference: the rule written out with a whole sort (as before the selection).
    const auto reference = []( const std::vector<WeightedPoint> &points )
    {
      double total = 0, sx = 0, sy = 0;
      for ( const WeightedPoint &p : points )
      {
        total += p.weight;
        sx += p.weight * p.x;
        sy += p.weight * p.y;
      }
      const double mx = sx / total, my = sy / total;
      std::vector<std::pair<double, double>> d;
      double squares = 0;
      for ( const WeightedPoint &p : points )
        if ( p.weight > 0 )
        {
          squares += p.weight * ( ( p.x - mx ) * ( p.x - mx ) + ( p.y - my ) * ( p.y - my ) );
          d.emplace_back( std::hypot( p.x - mx, p.y - my ), p.weight );
        }
      std::sort( d.begin(), d.end() );
      double cumulative = 0, median = d.back().first;
      for ( size_t k = 0; k < d.size(); ++k )
      {
        cumulative += d[k].second;
        if ( cumulative >= total / 2 * ( 1 - 1e-12 ) )
        {
          median = d[k].first;
          if ( std::abs( cumulative - total / 2 ) <= 1e-12 * total && k + 1 < d.size() )
            median = ( d[k].first + d[k + 1].first ) / 2;
          break;
        }
      }
      const double spread =
        std::min( std::sqrt( squares / total ), std::sqrt( 1 / std::log( 2.0 ) ) * median );
      return 0.9 * spread * std::pow( total, -0.2 );
    };
    std::mt19937 random( 11 );
    std::normal_distribution<double> place( 0, 500 );
    std::uniform_int_distribution<int> weight( 0, 3 );
    for ( int n : { 1000, 4097, 20000 } )
    {
      INFO( n << " points" );
      std::vector<WeightedPoint> points;
      for ( int i = 0; i < n; ++i )
        points.push_back( { place( random ), place( random ), static_cast<double>( weight( random ) ) } );
      points.push_back( { 1, 1, 1 } );
      CHECK( KernelDensity::defaultRadius( points ).value() ==
             Approx( reference( points ) ).epsilon( 1e-12 ) );
      // An even count of unit weights: the median is the mean of the two middle distances (the upper one
      // found outside the range the selection kept).
      std::vector<WeightedPoint> even;
      for ( int i = 0; i < n - n % 2; ++i )
        even.push_back( { place( random ), place( random ), 1 } );
      CHECK( KernelDensity::defaultRadius( even ).value() == Approx( reference( even ) ).epsilon( 1e-12 ) );
    }
  }
  SECTION( "the default cell size is the shorter side / 250" )
  {
    CHECK( KernelDensity::defaultCellSize( { 0, 0, 20000, 5000 } ) == 20 );
  }
}

namespace
{

//! A regular pattern of unit points every 5 m over [0, side]², off the 10 m cell centres: a uniform
//! density of 1 / 25 m².
std::vector<WeightedPoint> uniformPoints( double side )
{
  std::vector<WeightedPoint> points;
  for ( double x = 1.8; x < side; x += 5 )
  {
    for ( double y = 3.2; y < side; y += 5 )
      points.push_back( { x, y, 1 } );
  }
  return points;
}

} // namespace

TEST_CASE( "edge correction lifts the density at the study area's edge to the interior level", "[kde]" )
{
  // Without a mask the study area is the grid: 1 km × 1 km, 10 m cells, a 100 m radius.
  const double density = 1.0 / 25;
  const std::vector<WeightedPoint> points = uniformPoints( 1000 );
  KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 100, 10 );
  parameters.extent = MapExtent{ 0, 0, 1000, 1000 };
  parameters.output = DensityOutput::Scaled;
  const DensityRaster plain = KernelDensity( parameters ).compute( points ).value();
  parameters.edgeCorrection = true;
  const DensityRaster corrected = KernelDensity( parameters ).compute( points ).value();
  REQUIRE( corrected.grid.rows == 100 );

  SECTION( "the interior is the uniform density, with or without correction" )
  {
    CHECK( plain.value( 50, 50 ) == Approx( density ).epsilon( 0.005 ) );
    CHECK( corrected.value( 50, 50 ) == plain.value( 50, 50 ) );
  }
  SECTION( "at the middle of an edge the plain estimate is about half, the corrected one the density" )
  {
    CHECK( plain.value( 0, 50 ) / density == Approx( 0.55 ).margin( 0.05 ) );
    CHECK( corrected.value( 0, 50 ) == Approx( density ).epsilon( 0.02 ) );
    CHECK( corrected.value( 50, 99 ) == Approx( density ).epsilon( 0.02 ) );
  }
  SECTION( "in a corner the plain estimate is about a quarter, the corrected one the density" )
  {
    CHECK( plain.value( 99, 0 ) / density == Approx( 0.3 ).margin( 0.05 ) );
    CHECK( corrected.value( 99, 0 ) == Approx( density ).epsilon( 0.02 ) );
  }
}

TEST_CASE( "edge correction changes only cells within the kernel's reach of the study area's edge", "[kde]" )
{
  for ( KernelShape kernel : kAllKernels )
  {
    // 90 m, 9 cells, for every kernel: the Gaussian's radius is σ, 30 m at 3σ.
    const double radius = kernel == KernelShape::Gaussian ? 30.0 : 90.0;
    const int reachCells = 9;
    const std::vector<WeightedPoint> points = randomPoints( 500, 17 );
    KernelDensityParameters parameters = parametersFor( kernel, radius, 10 );
    const DensityRaster plain = KernelDensity( parameters ).compute( points ).value();
    parameters.edgeCorrection = true;
    const DensityRaster corrected = KernelDensity( parameters ).compute( points ).value();
    REQUIRE( corrected.grid.rows == plain.grid.rows );
    int changedInside = 0;
    int changedNearEdge = 0;
    for ( int row = 0; row < plain.grid.rows; ++row )
    {
      for ( int column = 0; column < plain.grid.columns; ++column )
      {
        const int toEdge =
          std::min( { row, column, plain.grid.rows - 1 - row, plain.grid.columns - 1 - column } );
        const bool changed = corrected.value( row, column ) != plain.value( row, column );
        if ( toEdge > reachCells )
          changedInside += changed;
        else
          changedNearEdge += changed;
      }
    }
    INFO( kernelName( kernel ) );
    CHECK( changedInside == 0 );
    CHECK( changedNearEdge > 0 );
  }
}

TEST_CASE( "with a mask, edge correction takes the kept cells as the study area", "[kde]" )
{
  // Events only on land: a disc of 400 m around ( 500, 500 ) in a 1 km square, the rest is water.
  const double density = 1.0 / 25;
  auto onLand = []( double x, double y ) { return std::hypot( x - 500, y - 500 ) < 400; };
  std::vector<WeightedPoint> points;
  for ( const WeightedPoint &point : uniformPoints( 1000 ) )
  {
    if ( onLand( point.x, point.y ) )
      points.push_back( point );
  }
  KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 100, 10 );
  parameters.extent = MapExtent{ 0, 0, 1000, 1000 };
  parameters.output = DensityOutput::Scaled;
  const AlignedGrid grid = KernelDensity( parameters ).grid( points ).value();
  parameters.mask.assign( grid.cellCount(), 0 );
  for ( int row = 0; row < grid.rows; ++row )
  {
    for ( int column = 0; column < grid.columns; ++column )
      parameters.mask[static_cast<std::size_t>( row * grid.columns + column )] =
        onLand( grid.cellCentreX( column ), grid.cellCentreY( row ) );
  }
  parameters.maskedValue = -1;
  const DensityRaster plain = KernelDensity( parameters ).compute( points ).value();
  parameters.edgeCorrection = true;
  parameters.threads = 1;
  const DensityRaster corrected = KernelDensity( parameters ).compute( points ).value();

  // Row 50, column 10: ( 105, 495 ), 5 m inside the shore.
  CHECK( plain.value( 50, 10 ) / density == Approx( 0.55 ).margin( 0.06 ) );
  CHECK( corrected.value( 50, 10 ) == Approx( density ).epsilon( 0.03 ) );
  CHECK( corrected.value( 50, 50 ) == plain.value( 50, 50 ) );
  CHECK( corrected.value( 0, 0 ) == -1 );

  parameters.threads = 3;
  CHECK( KernelDensity( parameters ).compute( points ).value().values == corrected.values );
}

TEST_CASE( "edge correction divides by at most its minimum share", "[kde]" )
{
  // One kept cell alone: almost all of its kernel's mass lies outside, so the share is tiny.
  const std::vector<WeightedPoint> points = { { 503, 497, 1 }, { 520, 510, 2 } };
  KernelDensityParameters parameters = parametersFor( KernelShape::Quartic, 100, 10 );
  parameters.extent = MapExtent{ 0, 0, 1000, 1000 };
  const AlignedGrid grid = KernelDensity( parameters ).grid( points ).value();
  parameters.mask.assign( grid.cellCount(), 0 );
  parameters.mask[50 * 100 + 50] = 1;
  const double plain = KernelDensity( parameters ).compute( points ).value().value( 50, 50 );
  parameters.edgeCorrection = true;
  parameters.edgeCorrectionMinimumShare = 0.25;
  const double corrected = KernelDensity( parameters ).compute( points ).value().value( 50, 50 );
  CHECK( plain > 0 );
  CHECK( corrected == Approx( 4 * plain ).epsilon( 1e-12 ) );

  SECTION( "the minimum share must be in ( 0, 1 ]" )
  {
    for ( double share : { 0.0, -0.5, 1.5 } )
    {
      parameters.edgeCorrectionMinimumShare = share;
      const Expected<DensityRaster> result = KernelDensity( parameters ).compute( points );
      REQUIRE_FALSE( result.ok() );
      CHECK_THAT( result.error().text(), Catch::Contains( "minimum share" ) );
    }
  }
  SECTION( "kernels far wider than the cells are refused, with the way out" )
  {
    parameters = parametersFor( KernelShape::Quartic, 5000, 1 );
    parameters.edgeCorrection = true;
    const Expected<DensityRaster> result = KernelDensity( parameters ).compute( points );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "larger cell size" ) );
  }
}

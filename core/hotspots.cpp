#include "hotspots.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <tuple>
#include <utility>

namespace tryggkarta
{

namespace
{

//! Working memory per grid cell: counts, z, p, two bins, neighbour sums, prefix sums and the FDR sort.
constexpr double kBytesPerCell = 8 * 7 + 2;

//! Distances are compared in cell units with this relative slack, so a 300 m band on 100 m cells reaches
//! the cell three cells away despite rounding.
constexpr double kBandTolerance = 1e-9;

std::string formatNumber( double value )
{
  char buffer[64];
  std::snprintf( buffer, sizeof( buffer ), "%.6g", value );
  return buffer;
}

bool positiveFinite( double value )
{
  return std::isfinite( value ) && value > 0;
}

//! Computes z, p and bins from the values and, per cell, Σ w x, Σ w and Σ w².
GiStarResult finish( const std::vector<double> &values, const std::vector<double> &sumWeightedValues,
                     const std::vector<double> &sumWeights, const std::vector<double> &sumSquaredWeights )
{
  const std::size_t n = values.size();
  GiStarResult result;
  result.zScores.assign( n, 0.0 );
  result.pValues.assign( n, 1.0 );

  // Two passes for the standard deviation: the same quantity as √(Σx²/n − X̄²), without the cancellation.
  const double count = static_cast<double>( n );
  const double mean = std::accumulate( values.begin(), values.end(), 0.0 ) / count;
  double sumSquaredDeviations = 0;
  for ( double value : values )
    sumSquaredDeviations += ( value - mean ) * ( value - mean );
  const double standardDeviation = std::sqrt( sumSquaredDeviations / count );

  if ( !( standardDeviation > 0 ) )
  {
    result.warnings.push_back( "All values are equal, so there are no hot or cold spots to find." );
  }
  else
  {
    for ( std::size_t i = 0; i < n; ++i )
    {
      const double w = sumWeights[i];
      const double variance = ( count * sumSquaredWeights[i] - w * w ) / ( count - 1 );
      // A cell whose neighbourhood is the whole study area with equal weights has no variance: no evidence.
      if ( !( variance > 0 ) )
        continue;
      const double z = ( sumWeightedValues[i] - mean * w ) / ( standardDeviation * std::sqrt( variance ) );
      result.zScores[i] = z;
      result.pValues[i] = HotSpots::twoSidedPValue( z );
    }
  }

  result.bins.resize( n );
  for ( std::size_t i = 0; i < n; ++i )
    result.bins[i] =
      static_cast<std::int8_t>( HotSpots::confidenceBin( result.zScores[i], result.pValues[i] ) );
  result.binsFdr = HotSpots::fdrBins( result.zScores, result.pValues );
  return result;
}

//! Σ over the disc of radius radiusCells (in cells, inclusive) around every cell of values, and the number
//! of grid cells inside each disc, by per-row prefix sums over the disc's row spans.
void bandSums( const std::vector<double> &values, int rows, int columns, double radiusCells,
               std::vector<double> &sums, std::vector<double> &neighbourCounts )
{
  const std::size_t cellCount = values.size();
  const std::size_t width = static_cast<std::size_t>( columns );
  sums.assign( cellCount, 0.0 );
  neighbourCounts.assign( cellCount, 0.0 );

  // The disc's half-width in columns for each row offset.
  const double radiusSquared = radiusCells * radiusCells * ( 1 + kBandTolerance );
  const int rowReach =
    static_cast<int>( std::min( double( rows - 1 ), std::floor( std::sqrt( radiusSquared ) ) ) );
  std::vector<int> halfWidths( static_cast<std::size_t>( rowReach ) + 1 );
  for ( int dr = 0; dr <= rowReach; ++dr )
  {
    // Clamped first, so a band far wider than the grid cannot overflow an int.
    int h = static_cast<int>(
      std::min( double( columns ), std::floor( std::sqrt( radiusSquared - double( dr ) * dr ) ) ) );
    while ( h < columns && double( h + 1 ) * ( h + 1 ) + double( dr ) * dr <= radiusSquared )
      ++h;
    while ( h > 0 && double( h ) * h + double( dr ) * dr > radiusSquared )
      --h;
    halfWidths[static_cast<std::size_t>( dr )] = std::min( h, columns - 1 );
  }

  // prefix[r][c] = Σ values[r][0 … c − 1], one extra column per row.
  std::vector<double> prefix( static_cast<std::size_t>( rows ) * ( width + 1 ) );
  for ( std::size_t r = 0; r < static_cast<std::size_t>( rows ); ++r )
  {
    double *rowPrefix = prefix.data() + r * ( width + 1 );
    const double *rowValues = values.data() + r * width;
    rowPrefix[0] = 0;
    for ( std::size_t c = 0; c < width; ++c )
      rowPrefix[c + 1] = rowPrefix[c] + rowValues[c];
  }

  for ( int row = 0; row < rows; ++row )
  {
    double *rowSums = sums.data() + static_cast<std::size_t>( row ) * width;
    double *rowCounts = neighbourCounts.data() + static_cast<std::size_t>( row ) * width;
    for ( int dr = -rowReach; dr <= rowReach; ++dr )
    {
      const int sourceRow = row + dr;
      if ( sourceRow < 0 || sourceRow >= rows )
        continue;
      const int h = halfWidths[static_cast<std::size_t>( std::abs( dr ) )];
      const double *rowPrefix = prefix.data() + static_cast<std::size_t>( sourceRow ) * ( width + 1 );
      for ( int column = 0; column < columns; ++column )
      {
        const int first = std::max( column - h, 0 );
        const int last = std::min( column + h, columns - 1 ) + 1; // exclusive
        rowSums[column] += rowPrefix[last] - rowPrefix[first];
        rowCounts[column] += last - first;
      }
    }
  }
}

//! Σ over each cell's k nearest cells and itself; ties are broken by row, then column (north-west first).
Expected<std::vector<double>> nearestSums( const std::vector<double> &values, int rows, int columns, int k )
{
  struct Offset
  {
    int dr;
    int dc;
    long long distanceSquared;
  };
  const std::size_t needed = static_cast<std::size_t>( k ) + 1;
  std::vector<double> sums( values.size(), 0.0 );
  // Offsets up to a radius, sorted by distance; if a cell cannot find k within it (at a corner or in a thin
  // grid), all cells retry with a larger one. Every offset within the radius is listed, so the first k found
  // are the true nearest. fullRadius reaches every cell from every cell, so the search always ends.
  const int fullRadius = static_cast<int>( std::ceil( std::hypot( double( rows ), double( columns ) ) ) );
  int radius = std::min( fullRadius, static_cast<int>( std::ceil( std::sqrt( double( needed ) ) ) ) + 1 );
  for ( ;; )
  {
    std::vector<Offset> offsets;
    for ( int dr = -radius; dr <= radius; ++dr )
      for ( int dc = -radius; dc <= radius; ++dc )
      {
        const long long d2 = static_cast<long long>( dr ) * dr + static_cast<long long>( dc ) * dc;
        if ( d2 <= static_cast<long long>( radius ) * radius )
          offsets.push_back( { dr, dc, d2 } );
      }
    std::sort( offsets.begin(), offsets.end(),
               []( const Offset &a, const Offset &b ) {
                 return std::tie( a.distanceSquared, a.dr, a.dc ) < std::tie( b.distanceSquared, b.dr, b.dc );
               } );

    bool complete = true;
    for ( int row = 0; row < rows && complete; ++row )
    {
      for ( int column = 0; column < columns; ++column )
      {
        std::size_t found = 0;
        double sum = 0;
        for ( const Offset &offset : offsets )
        {
          const int r = row + offset.dr;
          const int c = column + offset.dc;
          if ( r < 0 || r >= rows || c < 0 || c >= columns )
            continue;
          sum += values[static_cast<std::size_t>( r ) * static_cast<std::size_t>( columns ) +
                        static_cast<std::size_t>( c )];
          if ( ++found == needed )
            break;
        }
        if ( found < needed )
        {
          complete = false;
          break;
        }
        sums[static_cast<std::size_t>( row ) * static_cast<std::size_t>( columns ) +
             static_cast<std::size_t>( column )] = sum;
      }
    }
    if ( complete )
      return sums;
    if ( radius == fullRadius )
      return Error{ "Could not find " + std::to_string( k ) + " neighbours for every cell." };
    radius = std::min( radius * 2, fullRadius );
  }
}

} // namespace

HotSpots::HotSpots( HotSpotParameters parameters ) : mParameters( std::move( parameters ) ) {}

double HotSpots::twoSidedPValue( double zScore )
{
  return std::erfc( std::abs( zScore ) / std::sqrt( 2.0 ) );
}

int HotSpots::confidenceBin( double zScore, double pValue )
{
  int level = 0;
  if ( pValue <= 0.01 )
    level = 3;
  else if ( pValue <= 0.05 )
    level = 2;
  else if ( pValue <= 0.10 )
    level = 1;
  if ( zScore > 0 )
    return level;
  if ( zScore < 0 )
    return -level;
  return 0;
}

std::optional<double> HotSpots::fdrCutoff( const std::vector<double> &pValues, double alpha )
{
  std::vector<double> sorted = pValues;
  std::sort( sorted.begin(), sorted.end() );
  const double m = static_cast<double>( sorted.size() );
  // Step-up: the largest rank that passes decides, even if smaller ranks fail their own comparison.
  for ( std::size_t r = sorted.size(); r > 0; --r )
  {
    if ( sorted[r - 1] <= alpha * static_cast<double>( r ) / m )
      return sorted[r - 1];
  }
  return std::nullopt;
}

std::vector<std::int8_t> HotSpots::fdrBins( const std::vector<double> &zScores,
                                            const std::vector<double> &pValues )
{
  const std::optional<double> cutoffs[3] = { fdrCutoff( pValues, 0.10 ), fdrCutoff( pValues, 0.05 ),
                                             fdrCutoff( pValues, 0.01 ) };
  std::vector<std::int8_t> bins( pValues.size(), 0 );
  for ( std::size_t i = 0; i < pValues.size(); ++i )
  {
    int level = 0;
    for ( int l = 3; l >= 1; --l )
    {
      const std::optional<double> &cutoff = cutoffs[l - 1];
      if ( cutoff && pValues[i] <= *cutoff && confidenceBin( 1, pValues[i] ) >= l )
      {
        level = l;
        break;
      }
    }
    bins[i] = static_cast<std::int8_t>( zScores[i] > 0 ? level : zScores[i] < 0 ? -level : 0 );
  }
  return bins;
}

Expected<GiStarResult> HotSpots::giStar( const std::vector<double> &values,
                                         const std::vector<std::vector<SpatialNeighbour>> &neighbours )
{
  const std::size_t n = values.size();
  if ( n < 2 )
    return Error{ "Gi* needs at least two areas (there " + std::string( n == 1 ? "is one" : "are none" ) +
                  ")." };
  if ( neighbours.size() != n )
    return Error{ "There are " + std::to_string( n ) + " values but neighbour lists for " +
                  std::to_string( neighbours.size() ) + " areas." };
  for ( std::size_t i = 0; i < n; ++i )
  {
    if ( !std::isfinite( values[i] ) )
      return Error{ "The value of area " + std::to_string( i + 1 ) + " is not a number." };
  }

  std::vector<double> sumWeightedValues( n, 0.0 ), sumWeights( n, 0.0 ), sumSquaredWeights( n, 0.0 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    bool hasSelf = false;
    for ( const SpatialNeighbour &neighbour : neighbours[i] )
    {
      if ( neighbour.index >= n )
        return Error{ "Area " + std::to_string( i + 1 ) + " lists neighbour " +
                      std::to_string( neighbour.index + 1 ) + ", but there are only " + std::to_string( n ) +
                      " areas." };
      if ( !std::isfinite( neighbour.weight ) || neighbour.weight < 0 )
        return Error{ "Area " + std::to_string( i + 1 ) +
                      " has a neighbour weight that is negative or not a number." };
      hasSelf = hasSelf || neighbour.index == i;
      sumWeightedValues[i] += neighbour.weight * values[neighbour.index];
      sumWeights[i] += neighbour.weight;
      sumSquaredWeights[i] += neighbour.weight * neighbour.weight;
    }
    if ( !hasSelf )
    {
      sumWeightedValues[i] += values[i];
      sumWeights[i] += 1;
      sumSquaredWeights[i] += 1;
    }
  }
  GiStarResult result = finish( values, sumWeightedValues, sumWeights, sumSquaredWeights );
  if ( n < sMinimumEvents )
    result.warnings.push_back( "There are only " + std::to_string( n ) +
                               " areas; Gi* needs at least 30 to be meaningful." );
  return result;
}

Expected<AlignedGrid> HotSpots::grid( const std::vector<WeightedPoint> &points ) const
{
  const HotSpotParameters &p = mParameters;
  if ( !positiveFinite( p.cellSizeMeters ) )
    return Error{ "The cell size must be a positive number of metres (it is " +
                  formatNumber( p.cellSizeMeters ) + ")." };
  if ( p.neighbourhood == HotSpotNeighbourhood::DistanceBand && !positiveFinite( p.distanceBandMeters ) )
    return Error{ "The distance band must be a positive number of metres (it is " +
                  formatNumber( p.distanceBandMeters ) + ")." };
  if ( p.neighbourhood == HotSpotNeighbourhood::KNearest && p.neighbourCount < 1 )
    return Error{ "The number of neighbours must be at least 1 (it is " + std::to_string( p.neighbourCount ) +
                  ")." };
  for ( std::size_t k = 0; k < points.size(); ++k )
  {
    if ( !std::isfinite( points[k].x ) || !std::isfinite( points[k].y ) ||
         !std::isfinite( points[k].weight ) )
      return Error{ "Point " + std::to_string( k + 1 ) +
                    " has a coordinate or weight that is not a number." };
  }
  if ( points.empty() )
    return Error{ "There are no events to find hot spots in." };

  const double cell = p.cellSizeMeters;
  double west, south, east, north; // in cells
  if ( p.extent )
  {
    const MapExtent &e = *p.extent;
    if ( !( std::isfinite( e.xMin ) && std::isfinite( e.yMin ) && std::isfinite( e.xMax ) &&
            std::isfinite( e.yMax ) && e.xMax > e.xMin && e.yMax > e.yMin ) )
      return Error{ "The study area is not a valid rectangle." };
    west = std::floor( e.xMin / cell );
    south = std::floor( e.yMin / cell );
    east = std::max( std::ceil( e.xMax / cell ), west + 1 );
    north = std::max( std::ceil( e.yMax / cell ), south + 1 );
  }
  else
  {
    double xMin = points[0].x, xMax = points[0].x, yMin = points[0].y, yMax = points[0].y;
    for ( const WeightedPoint &point : points )
    {
      xMin = std::min( xMin, point.x );
      xMax = std::max( xMax, point.x );
      yMin = std::min( yMin, point.y );
      yMax = std::max( yMax, point.y );
    }
    // A point on a cell's east or north edge belongs to the next cell, so the grid reaches one past it.
    west = std::floor( xMin / cell );
    south = std::floor( yMin / cell );
    east = std::floor( xMax / cell ) + 1;
    north = std::floor( yMax / cell ) + 1;
  }

  const double columns = east - west;
  const double rows = north - south;
  const double bytes = columns * rows * kBytesPerCell;
  if ( bytes > static_cast<double>( p.maxMemoryBytes ) || columns > std::numeric_limits<int>::max() ||
       rows > std::numeric_limits<int>::max() )
  {
    constexpr double kMiB = 1024.0 * 1024.0;
    const double suggestion = cell * std::sqrt( bytes / static_cast<double>( p.maxMemoryBytes ) ) * 1.01;
    return Error{ "A grid of " + formatNumber( columns ) + " × " + formatNumber( rows ) + " cells of " +
                  formatNumber( cell ) + " m would need " + formatNumber( bytes / kMiB ) +
                  " MiB, more than the limit of " +
                  formatNumber( static_cast<double>( p.maxMemoryBytes ) / kMiB ) +
                  " MiB. Use a cell size of at least " + formatNumber( std::ceil( suggestion ) ) + " m." };
  }

  AlignedGrid grid;
  grid.cellSize = cell;
  grid.westIndex = static_cast<std::int64_t>( west );
  grid.northIndex = static_cast<std::int64_t>( north );
  grid.columns = static_cast<int>( columns );
  grid.rows = static_cast<int>( rows );
  return grid;
}

Expected<HotSpotGrid> HotSpots::compute( const std::vector<WeightedPoint> &points ) const
{
  Expected<AlignedGrid> gridResult = grid( points );
  if ( !gridResult )
    return Error{ gridResult.error() };

  const HotSpotParameters &p = mParameters;
  HotSpotGrid result;
  result.grid = *gridResult;
  const AlignedGrid &g = result.grid;
  const std::size_t cellCount = g.cellCount();
  if ( cellCount < 2 )
    return Error{ "The grid has a single cell; use a smaller cell size." };
  if ( p.neighbourhood == HotSpotNeighbourhood::KNearest &&
       static_cast<std::size_t>( p.neighbourCount ) >= cellCount )
    return Error{ "The number of neighbours (" + std::to_string( p.neighbourCount ) +
                  ") must be smaller than the number of cells (" + std::to_string( cellCount ) + ")." };

  // Binning, in cell units relative to the grid's north-west corner.
  result.counts.assign( cellCount, 0.0 );
  std::size_t outside = 0;
  for ( const WeightedPoint &point : points )
  {
    const double column = std::floor( point.x / g.cellSize ) - static_cast<double>( g.westIndex );
    const double row = static_cast<double>( g.northIndex - 1 ) - std::floor( point.y / g.cellSize );
    if ( column < 0 || row < 0 || column >= g.columns || row >= g.rows )
    {
      ++outside;
      continue;
    }
    result.counts[static_cast<std::size_t>( row ) * static_cast<std::size_t>( g.columns ) +
                  static_cast<std::size_t>( column )] += point.weight;
  }
  result.eventCount = points.size() - outside;

  std::vector<std::string> warnings;
  if ( result.eventCount < sMinimumEvents )
    warnings.push_back( "There are only " + std::to_string( result.eventCount ) +
                        " events; hot spots from fewer than 30 mean little." );
  if ( outside > 0 )
    warnings.push_back( std::to_string( outside ) + " events outside the study area were left out." );

  if ( p.neighbourhood == HotSpotNeighbourhood::DistanceBand )
  {
    if ( p.distanceBandMeters < g.cellSize )
      warnings.push_back( "The distance band (" + formatNumber( p.distanceBandMeters ) +
                          " m) is smaller than the cell size (" + formatNumber( g.cellSize ) +
                          " m), so each cell is its own only neighbour." );
    std::vector<double> sums, neighbourCounts;
    bandSums( result.counts, g.rows, g.columns, p.distanceBandMeters / g.cellSize, sums, neighbourCounts );
    // Binary weights: Σ w² = Σ w.
    result.statistics = finish( result.counts, sums, neighbourCounts, neighbourCounts );
  }
  else
  {
    Expected<std::vector<double>> sums = nearestSums( result.counts, g.rows, g.columns, p.neighbourCount );
    if ( !sums )
      return Error{ sums.error() };
    const std::vector<double> neighbourCounts( cellCount, static_cast<double>( p.neighbourCount ) + 1 );
    result.statistics = finish( result.counts, *sums, neighbourCounts, neighbourCounts );
  }
  warnings.insert( warnings.end(), result.statistics.warnings.begin(), result.statistics.warnings.end() );
  result.statistics.warnings = std::move( warnings );
  return result;
}

} // namespace tryggkarta

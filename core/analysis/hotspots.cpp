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

constexpr double kSqrt3 = 1.7320508075688772;

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
    result.warnings.push_back( Message::make( MessageCode::HotSpotAllEqual ) );
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

/**
 * A grid of squares or hexagons as rows of cells on a lattice, for the neighbour sums. Row i (0 = north)
 * holds the cells of lattice columns first[i] … first[i] + count[i] − 1, numbered from start[i]. The squared
 * distance in cells between the centres of cell (i, c) and cell (i + di, c + dc) is dc² + di² for squares
 * and dc² − dc·di + di² for hexagons (c is the axial q; di counts rows southward, so dr = −di).
 */
struct CellRows
{
  bool hexagonal = false;
  std::vector<std::int64_t> first;
  std::vector<std::int64_t> count;
  std::vector<std::size_t> start;
  std::int64_t minFirst = 0; //!< the smallest column of any row (with maxLast −1: no cells yet)
  std::int64_t maxLast = -1; //!< the largest column of any row

  std::int64_t rowCount() const { return static_cast<std::int64_t>( first.size() ); }
  //! No two cells of the grid are further apart than this many columns.
  std::int64_t columnSpan() const { return maxLast - minFirst; }

  long long distanceSquared( long long di, long long dc ) const
  {
    return dc * dc + di * di - ( hexagonal ? dc * di : 0 );
  }

  void addRow( std::int64_t firstColumn, std::int64_t columns )
  {
    const std::size_t begin = start.empty() ? 0 : start.back() + static_cast<std::size_t>( count.back() );
    if ( columns > 0 )
    {
      const bool firstCells = maxLast < minFirst;
      minFirst = firstCells ? firstColumn : std::min( minFirst, firstColumn );
      maxLast = firstCells ? firstColumn + columns - 1 : std::max( maxLast, firstColumn + columns - 1 );
    }
    first.push_back( firstColumn );
    count.push_back( columns );
    start.push_back( begin );
  }

  static CellRows squares( const AlignedGrid &grid )
  {
    CellRows rows;
    for ( int row = 0; row < grid.rows; ++row )
      rows.addRow( 0, grid.columns );
    return rows;
  }

  static CellRows hexagons( const HexagonGrid &grid )
  {
    CellRows rows;
    rows.hexagonal = true;
    for ( const HexagonGrid::Row &row : grid.rows )
      rows.addRow( row.firstQ, row.count );
    return rows;
  }
};

//! Σ over the disc of radius radiusCells (in cells, inclusive) around every cell of values, and the number
//! of grid cells inside each disc, by per-row prefix sums over the disc's spans in each row.
void bandSums( const CellRows &rows, const std::vector<double> &values, double radiusCells,
               std::vector<double> &sums, std::vector<double> &neighbourCounts )
{
  const std::size_t cellCount = values.size();
  sums.assign( cellCount, 0.0 );
  neighbourCounts.assign( cellCount, 0.0 );
  const std::int64_t rowCount = rows.rowCount();
  const std::int64_t span = rows.columnSpan();

  // The rows within reach: the nearest cell di rows away is di (squares) or di √3/2 (hexagons) away.
  const double limit = radiusCells * radiusCells * ( 1 + kBandTolerance );
  const double rowFactor = rows.hexagonal ? 0.75 : 1.0;
  // Clamped first, so a band far wider than the grid cannot overflow.
  std::int64_t reach = static_cast<std::int64_t>(
    std::min( double( rowCount - 1 ), std::floor( std::sqrt( limit / rowFactor ) ) ) );
  while ( reach < rowCount - 1 && rowFactor * double( reach + 1 ) * double( reach + 1 ) <= limit )
    ++reach;
  while ( reach > 0 && rowFactor * double( reach ) * double( reach ) > limit )
    --reach;

  // For each row offset, the column offsets within the band: an interval around 0 (squares) or di/2
  // (hexagons), found in floating point and then settled with exact integer distances.
  struct Span
  {
    std::int64_t rowOffset, low, high;
  };
  std::vector<Span> spans;
  const auto inside = [&]( std::int64_t di, std::int64_t dc )
  { return double( rows.distanceSquared( di, dc ) ) <= limit; };
  for ( std::int64_t di = -reach; di <= reach; ++di )
  {
    const double middle = rows.hexagonal ? double( di ) / 2 : 0.0;
    const double halfWidth = std::sqrt( std::max( 0.0, limit - rowFactor * double( di ) * double( di ) ) );
    const double bound = double( span ) + 1;
    std::int64_t low = static_cast<std::int64_t>( std::ceil( std::max( middle - halfWidth, -bound ) ) );
    std::int64_t high = static_cast<std::int64_t>( std::floor( std::min( middle + halfWidth, bound ) ) );
    while ( low > -span && inside( di, low - 1 ) )
      --low;
    while ( low <= high && !inside( di, low ) )
      ++low;
    while ( high < span && inside( di, high + 1 ) )
      ++high;
    while ( high >= low && !inside( di, high ) )
      --high;
    if ( low <= high )
      spans.push_back( { di, low, high } );
  }

  // Row j's prefix sums start at start[j] + j: prefix[k] = Σ of the row's first k values.
  std::vector<double> prefix( cellCount + static_cast<std::size_t>( rowCount ) );
  for ( std::int64_t j = 0; j < rowCount; ++j )
  {
    const std::size_t begin = rows.start[static_cast<std::size_t>( j )];
    double *rowPrefix = prefix.data() + begin + static_cast<std::size_t>( j );
    rowPrefix[0] = 0;
    for ( std::int64_t k = 0; k < rows.count[static_cast<std::size_t>( j )]; ++k )
      rowPrefix[k + 1] = rowPrefix[k] + values[begin + static_cast<std::size_t>( k )];
  }

  for ( std::int64_t i = 0; i < rowCount; ++i )
  {
    const std::size_t rowStart = rows.start[static_cast<std::size_t>( i )];
    const std::int64_t rowFirst = rows.first[static_cast<std::size_t>( i )];
    const std::int64_t rowColumns = rows.count[static_cast<std::size_t>( i )];
    double *rowSums = sums.data() + rowStart;
    double *rowCounts = neighbourCounts.data() + rowStart;
    for ( const Span &s : spans )
    {
      const std::int64_t j = i + s.rowOffset;
      if ( j < 0 || j >= rowCount )
        continue;
      const std::size_t sourceIndex = static_cast<std::size_t>( j );
      const std::int64_t sourceFirst = rows.first[sourceIndex];
      const std::int64_t sourceColumns = rows.count[sourceIndex];
      const double *sourcePrefix = prefix.data() + rows.start[sourceIndex] + sourceIndex;
      for ( std::int64_t k = 0; k < rowColumns; ++k )
      {
        // The span in the source row's own positions, clipped to the row.
        const std::int64_t column = rowFirst + k - sourceFirst;
        const std::int64_t from = std::max<std::int64_t>( column + s.low, 0 );
        const std::int64_t to = std::min( column + s.high, sourceColumns - 1 ) + 1; // exclusive
        if ( from >= to )
          continue;
        rowSums[k] += sourcePrefix[to] - sourcePrefix[from];
        rowCounts[k] += double( to - from );
      }
    }
  }
}

//! Σ over each cell's k nearest cells and itself; ties go to the lower cell number (north, then west).
Expected<std::vector<double>> nearestSums( const CellRows &rows, const std::vector<double> &values, int k )
{
  struct Offset
  {
    long long di;
    long long dc;
    long long distanceSquared;
  };
  const std::size_t needed = static_cast<std::size_t>( k ) + 1;
  const std::int64_t rowCount = rows.rowCount();
  std::vector<double> sums( values.size(), 0.0 );
  // Offsets up to a radius, sorted by distance; if a cell cannot find k within it (at a corner or in a thin
  // grid), all cells retry with a larger one. Every offset within the radius is listed, so the first k found
  // are the true nearest. fullRadius reaches every cell from every cell, so the search always ends.
  const double rowSpan = double( rowCount ), columnSpan = double( rows.columnSpan() ) + 1;
  const long long fullRadius = static_cast<long long>(
    rows.hexagonal ? rowSpan + columnSpan : std::ceil( std::hypot( rowSpan, columnSpan ) ) );
  long long radius =
    std::min( fullRadius, static_cast<long long>( std::ceil( std::sqrt( double( needed ) ) ) ) + 1 );
  for ( ;; )
  {
    // Within the radius, |di| and |dc| are at most the radius (squares) or radius × 2/√3 (hexagons).
    const long long reach =
      rows.hexagonal ? static_cast<long long>( double( radius ) * 2 / std::sqrt( 3.0 ) ) + 1 : radius;
    std::vector<Offset> offsets;
    for ( long long di = -reach; di <= reach; ++di )
      for ( long long dc = -reach; dc <= reach; ++dc )
      {
        const long long d2 = rows.distanceSquared( di, dc );
        if ( d2 <= radius * radius )
          offsets.push_back( { di, dc, d2 } );
      }
    // Cell numbers grow southward by row, then eastward, so (di, dc) order is cell-number order.
    std::sort( offsets.begin(), offsets.end(),
               []( const Offset &a, const Offset &b ) {
                 return std::tie( a.distanceSquared, a.di, a.dc ) < std::tie( b.distanceSquared, b.di, b.dc );
               } );

    bool complete = true;
    for ( std::int64_t i = 0; i < rowCount && complete; ++i )
    {
      const std::size_t rowIndex = static_cast<std::size_t>( i );
      for ( std::int64_t column = 0; column < rows.count[rowIndex]; ++column )
      {
        const std::int64_t latticeColumn = rows.first[rowIndex] + column;
        std::size_t found = 0;
        double sum = 0;
        for ( const Offset &offset : offsets )
        {
          const std::int64_t j = i + offset.di;
          if ( j < 0 || j >= rowCount )
            continue;
          const std::size_t source = static_cast<std::size_t>( j );
          const std::int64_t c = latticeColumn + offset.dc - rows.first[source];
          if ( c < 0 || c >= rows.count[source] )
            continue;
          sum += values[rows.start[source] + static_cast<std::size_t>( c )];
          if ( ++found == needed )
            break;
        }
        if ( found < needed )
        {
          complete = false;
          break;
        }
        sums[rows.start[rowIndex] + static_cast<std::size_t>( column )] = sum;
      }
    }
    if ( complete )
      return sums;
    if ( radius == fullRadius )
      return Error( MessageCode::HotSpotNeighboursNotFound, k );
    radius = std::min( radius * 2, fullRadius );
  }
}

//! Why a grid of this many cells is too large, if it is.
std::optional<Error> tooLarge( double columns, double rows, double cell, std::size_t maxMemoryBytes,
                               bool hexagons )
{
  const double bytes = columns * rows * kBytesPerCell;
  if ( bytes <= static_cast<double>( maxMemoryBytes ) && columns <= std::numeric_limits<int>::max() &&
       rows <= std::numeric_limits<int>::max() )
    return std::nullopt;
  constexpr double kMiB = 1024.0 * 1024.0;
  const double suggestion = cell * std::sqrt( bytes / static_cast<double>( maxMemoryBytes ) ) * 1.01;
  return Error( hexagons ? MessageCode::HotSpotHexagonGridTooLarge : MessageCode::HotSpotGridTooLarge,
                formatNumber( columns ), formatNumber( rows ), formatNumber( cell ),
                formatNumber( bytes / kMiB ), formatNumber( static_cast<double>( maxMemoryBytes ) / kMiB ),
                formatNumber( std::ceil( suggestion ) ) );
}

//! The study rectangle: the extent, checked, or the points' bounding box.
Expected<MapExtent> studyRectangle( const std::optional<MapExtent> &extent,
                                    const std::vector<WeightedPoint> &points )
{
  if ( extent )
  {
    const MapExtent &e = *extent;
    if ( !( std::isfinite( e.xMin ) && std::isfinite( e.yMin ) && std::isfinite( e.xMax ) &&
            std::isfinite( e.yMax ) && e.xMax > e.xMin && e.yMax > e.yMin ) )
      return Error( MessageCode::AnalysisBadStudyArea );
    return e;
  }
  MapExtent box{ points[0].x, points[0].y, points[0].x, points[0].y };
  for ( const WeightedPoint &point : points )
  {
    box.xMin = std::min( box.xMin, point.x );
    box.xMax = std::max( box.xMax, point.x );
    box.yMin = std::min( box.yMin, point.y );
    box.yMax = std::max( box.yMax, point.y );
  }
  return box;
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
    return Error( n == 1 ? MessageCode::HotSpotOneArea : MessageCode::HotSpotNoAreas );
  if ( neighbours.size() != n )
    return Error( MessageCode::HotSpotNeighbourListMismatch, n, neighbours.size() );
  for ( std::size_t i = 0; i < n; ++i )
  {
    if ( !std::isfinite( values[i] ) )
      return Error( MessageCode::HotSpotAreaValueNotNumber, i + 1 );
  }

  std::vector<double> sumWeightedValues( n, 0.0 ), sumWeights( n, 0.0 ), sumSquaredWeights( n, 0.0 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    bool hasSelf = false;
    for ( const SpatialNeighbour &neighbour : neighbours[i] )
    {
      if ( neighbour.index >= n )
        return Error( MessageCode::HotSpotBadNeighbour, i + 1, neighbour.index + 1, n );
      if ( !std::isfinite( neighbour.weight ) || neighbour.weight < 0 )
        return Error( MessageCode::HotSpotBadNeighbourWeight, i + 1 );
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
    result.warnings.push_back( Message::make( MessageCode::HotSpotFewAreas, n ) );
  return result;
}

std::optional<Error> HotSpots::validate( const std::vector<WeightedPoint> &points ) const
{
  const HotSpotParameters &p = mParameters;
  if ( !positiveFinite( p.cellSizeMeters ) )
    return Error( MessageCode::AnalysisBadCellSize, formatNumber( p.cellSizeMeters ) );
  if ( p.neighbourhood == HotSpotNeighbourhood::DistanceBand && !positiveFinite( p.distanceBandMeters ) )
    return Error( MessageCode::HotSpotBadBand, formatNumber( p.distanceBandMeters ) );
  if ( p.neighbourhood == HotSpotNeighbourhood::KNearest && p.neighbourCount < 1 )
    return Error( MessageCode::HotSpotBadNeighbourCount, p.neighbourCount );
  for ( std::size_t k = 0; k < points.size(); ++k )
  {
    if ( !std::isfinite( points[k].x ) || !std::isfinite( points[k].y ) ||
         !std::isfinite( points[k].weight ) )
      return Error( MessageCode::AnalysisPointNotNumber, k + 1 );
  }
  if ( points.empty() )
    return Error( MessageCode::HotSpotNoEvents );
  return std::nullopt;
}

Expected<AlignedGrid> HotSpots::grid( const std::vector<WeightedPoint> &points ) const
{
  if ( std::optional<Error> problem = validate( points ) )
    return *problem;
  const Expected<MapExtent> rectangle = studyRectangle( mParameters.extent, points );
  if ( !rectangle )
    return Error{ rectangle.error() };

  const double cell = mParameters.cellSizeMeters;
  const MapExtent &e = rectangle.value();
  double west, south, east, north; // in cells
  west = std::floor( e.xMin / cell );
  south = std::floor( e.yMin / cell );
  if ( mParameters.extent )
  {
    east = std::max( std::ceil( e.xMax / cell ), west + 1 );
    north = std::max( std::ceil( e.yMax / cell ), south + 1 );
  }
  else
  {
    // A point on a cell's east or north edge belongs to the next cell, so the grid reaches one past it.
    east = std::floor( e.xMax / cell ) + 1;
    north = std::floor( e.yMax / cell ) + 1;
  }

  const double columns = east - west;
  const double rows = north - south;
  if ( std::optional<Error> problem = tooLarge( columns, rows, cell, mParameters.maxMemoryBytes, false ) )
    return *problem;

  AlignedGrid grid;
  grid.cellSize = cell;
  grid.westIndex = static_cast<std::int64_t>( west );
  grid.northIndex = static_cast<std::int64_t>( north );
  grid.columns = static_cast<int>( columns );
  grid.rows = static_cast<int>( rows );
  return grid;
}

Expected<HexagonGrid> HotSpots::hexagonGrid( const std::vector<WeightedPoint> &points ) const
{
  if ( std::optional<Error> problem = validate( points ) )
    return *problem;
  const Expected<MapExtent> rectangle = studyRectangle( mParameters.extent, points );
  if ( !rectangle )
    return Error{ rectangle.error() };

  HexagonGrid grid;
  grid.cellSize = mParameters.cellSizeMeters;
  const double cell = grid.cellSize;
  const double rowSpacing = grid.rowSpacing();
  const double circumradius = cell / kSqrt3; // centre to vertex
  const MapExtent &e = rectangle.value();
  // A hexagon overlaps the rectangle if its centre lies in the rectangle grown by a hexagon: within
  // cellSize / 2 east or west of it where the centre is at most circumradius / 2 north or south of it,
  // narrowing to 0 at circumradius. Hexagons that only touch it are left out (as squares that only touch
  // the study area are), so no empty hexagons from outside it count in n; the slack keeps rounding from
  // deciding which.
  const double slack = 1e-9 * cell + 1e-12 * std::max( { std::abs( e.xMin ), std::abs( e.xMax ),
                                                         std::abs( e.yMin ), std::abs( e.yMax ) } );
  const double northRow = std::floor( ( e.yMax + circumradius ) / rowSpacing );
  const double southRow = std::ceil( ( e.yMin - circumradius ) / rowSpacing );
  const double rowCount = std::max( 0.0, northRow - southRow + 1 );
  if ( std::optional<Error> problem =
         tooLarge( e.width() / cell + 2, rowCount + 2, cell, mParameters.maxMemoryBytes, true ) )
    return *problem;

  // Per lattice row from the north, the first and last q (none where first > last).
  struct Range
  {
    std::int64_t first, last;
  };
  std::int64_t north = static_cast<std::int64_t>( northRow );
  std::vector<Range> ranges;
  for ( double r = northRow; r >= southRow; --r )
  {
    const double centreY = r * rowSpacing;
    const double outside = std::max( { 0.0, e.yMin - centreY, centreY - e.yMax } );
    const double reach =
      ( outside <= circumradius / 2 ? cell / 2 : ( circumradius - outside ) * cell / circumradius ) - slack;
    if ( reach < 0 )
      ranges.push_back( { 0, -1 } );
    else
      ranges.push_back( { static_cast<std::int64_t>( std::ceil( ( e.xMin - reach ) / cell - r / 2 ) ),
                          static_cast<std::int64_t>( std::floor( ( e.xMax + reach ) / cell - r / 2 ) ) } );
  }

  // Around the points' bounding box, a point on its east or north edge goes to the hexagon east or north
  // of the edge, which may only touch the box (as the square grid reaches one cell past such a point): add
  // those. Points further than twice the slack from the box's edges lie in hexagons that overlap it.
  if ( !mParameters.extent )
  {
    const double margin = 2 * slack;
    for ( const WeightedPoint &point : points )
    {
      if ( point.x > e.xMin + margin && point.x < e.xMax - margin && point.y > e.yMin + margin &&
           point.y < e.yMax - margin )
        continue;
      const auto [q, r] = HexagonGrid::hexagonAt( point.x, point.y, cell );
      if ( r > north )
      {
        ranges.insert( ranges.begin(), static_cast<std::size_t>( r - north ), Range{ 0, -1 } );
        north = r;
      }
      const std::size_t index = static_cast<std::size_t>( north - r );
      if ( index >= ranges.size() )
        ranges.resize( index + 1, Range{ 0, -1 } );
      Range &range = ranges[index];
      if ( range.first > range.last )
        range = { q, q };
      range = { std::min( range.first, q ), std::max( range.last, q ) };
    }
  }

  for ( std::size_t i = 0; i < ranges.size(); ++i )
  {
    HexagonGrid::Row row;
    row.firstQ = ranges[i].first;
    row.count = static_cast<int>( std::max<std::int64_t>( 0, ranges[i].last - ranges[i].first + 1 ) );
    row.firstCell = grid.cellCount();
    if ( grid.rows.empty() && row.count == 0 )
      continue; // north of the grid
    if ( grid.rows.empty() )
      grid.northRow = north - static_cast<std::int64_t>( i );
    grid.rows.push_back( row );
  }
  while ( !grid.rows.empty() && grid.rows.back().count == 0 )
    grid.rows.pop_back(); // south of the grid
  return grid;
}

Expected<HotSpotGrid> HotSpots::compute( const std::vector<WeightedPoint> &points ) const
{
  const HotSpotParameters &p = mParameters;
  HotSpotGrid result;
  result.shape = p.shape;
  CellRows rows;
  std::size_t outside = 0;
  if ( p.shape == HotSpotGridShape::Square )
  {
    Expected<AlignedGrid> gridResult = grid( points );
    if ( !gridResult )
      return Error{ gridResult.error() };
    result.grid = *gridResult;
    const AlignedGrid &g = result.grid;
    rows = CellRows::squares( g );
    // Binning, in cell units relative to the grid's north-west corner.
    result.counts.assign( g.cellCount(), 0.0 );
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
  }
  else
  {
    Expected<HexagonGrid> gridResult = hexagonGrid( points );
    if ( !gridResult )
      return Error{ gridResult.error() };
    result.hexagons = std::move( *gridResult );
    const HexagonGrid &g = result.hexagons;
    rows = CellRows::hexagons( g );
    result.counts.assign( g.cellCount(), 0.0 );
    for ( const WeightedPoint &point : points )
    {
      const std::optional<std::size_t> cell = g.cellAt( point.x, point.y );
      if ( cell )
        result.counts[*cell] += point.weight;
      else
        ++outside;
    }
  }
  result.eventCount = points.size() - outside;

  const std::size_t cellCount = result.counts.size();
  const double cellSize = p.cellSizeMeters;
  if ( cellCount < 2 )
    return Error( MessageCode::HotSpotSingleCell );
  if ( p.neighbourhood == HotSpotNeighbourhood::KNearest &&
       static_cast<std::size_t>( p.neighbourCount ) >= cellCount )
    return Error( MessageCode::HotSpotTooManyNeighbours, p.neighbourCount, cellCount );

  std::vector<Message> warnings;
  if ( result.eventCount < sMinimumEvents )
    warnings.push_back( Message::make( MessageCode::HotSpotFewEvents, result.eventCount ) );
  if ( outside > 0 )
    warnings.push_back( Message::make( MessageCode::HotSpotEventsOutside, outside ) );

  if ( p.neighbourhood == HotSpotNeighbourhood::DistanceBand )
  {
    if ( p.distanceBandMeters < cellSize )
      warnings.push_back( Message::make( MessageCode::HotSpotBandBelowCell,
                                         formatNumber( p.distanceBandMeters ), formatNumber( cellSize ) ) );
    std::vector<double> sums, neighbourCounts;
    bandSums( rows, result.counts, p.distanceBandMeters / cellSize, sums, neighbourCounts );
    // Binary weights: Σ w² = Σ w.
    result.statistics = finish( result.counts, sums, neighbourCounts, neighbourCounts );
  }
  else
  {
    Expected<std::vector<double>> sums = nearestSums( rows, result.counts, p.neighbourCount );
    if ( !sums )
      return Error{ sums.error() };
    const std::vector<double> neighbourCounts( cellCount, static_cast<double>( p.neighbourCount ) + 1 );
    result.statistics = finish( result.counts, *sums, neighbourCounts, neighbourCounts );
  }
  warnings.insert( warnings.end(), result.statistics.warnings.begin(), result.statistics.warnings.end() );
  result.statistics.warnings = std::move( warnings );
  return result;
}

double HexagonGrid::rowSpacing() const
{
  return cellSize * kSqrt3 / 2;
}

double HexagonGrid::cellArea() const
{
  return cellSize * cellSize * kSqrt3 / 2;
}

std::pair<std::int64_t, std::int64_t> HexagonGrid::hexagonAt( double x, double y, double cellSize )
{
  // In lattice units: u along rows in cells, v in rows. The nearest centre lies in one of the two rows
  // around the point (a hexagon reaches 2/3 of the row spacing north and south of its row), and within a
  // row at the nearest q.
  const double u = x / cellSize;
  const double v = y / ( cellSize * kSqrt3 / 2 );
  const double southRow = std::floor( v );
  double bestQ = 0, bestR = 0, bestDistance = std::numeric_limits<double>::infinity();
  for ( double r : { southRow + 1, southRow } ) // north first: it keeps ties
  {
    const double q = std::floor( u - r / 2 + 0.5 ); // a tie within the row goes east
    const double dx = u - ( q + r / 2 );
    const double dy = ( v - r ) * kSqrt3 / 2;
    const double distance = dx * dx + dy * dy;
    if ( distance < bestDistance )
    {
      bestDistance = distance;
      bestQ = q;
      bestR = r;
    }
  }
  return { static_cast<std::int64_t>( bestQ ), static_cast<std::int64_t>( bestR ) };
}

std::pair<std::int64_t, std::int64_t> HexagonGrid::latticeCoordinates( std::size_t cell ) const
{
  // The last row starting at or before the cell; empty rows share their start with the next row.
  const auto next = std::upper_bound( rows.begin(), rows.end(), cell,
                                      []( std::size_t c, const Row &row ) { return c < row.firstCell; } );
  const std::size_t rowIndex = static_cast<std::size_t>( next - rows.begin() ) - 1;
  const Row &row = rows[rowIndex];
  return { row.firstQ + static_cast<std::int64_t>( cell - row.firstCell ),
           northRow - static_cast<std::int64_t>( rowIndex ) };
}

std::optional<std::size_t> HexagonGrid::cellIndex( std::int64_t q, std::int64_t r ) const
{
  const std::int64_t rowIndex = northRow - r;
  if ( rowIndex < 0 || rowIndex >= static_cast<std::int64_t>( rows.size() ) )
    return std::nullopt;
  const Row &row = rows[static_cast<std::size_t>( rowIndex )];
  if ( q < row.firstQ || q >= row.firstQ + row.count )
    return std::nullopt;
  return row.firstCell + static_cast<std::size_t>( q - row.firstQ );
}

std::optional<std::size_t> HexagonGrid::cellAt( double x, double y ) const
{
  const auto [q, r] = hexagonAt( x, y, cellSize );
  return cellIndex( q, r );
}

std::pair<double, double> HexagonGrid::centre( std::int64_t q, std::int64_t r ) const
{
  return { static_cast<double>( 2 * q + r ) * ( cellSize / 2 ), static_cast<double>( r ) * rowSpacing() };
}

std::vector<std::pair<double, double>> HexagonGrid::ring( std::int64_t q, std::int64_t r ) const
{
  // Vertices at x = (2q + r + a) × cellSize / 2 and y = (3r + b) × rowSpacing / 3 for small integers a, b:
  // the same integers, hence the same coordinates, for every hexagon that shares the vertex.
  static constexpr int kOffsets[7][2] = { { 0, -2 }, { 1, -1 },  { 1, 1 }, { 0, 2 },
                                          { -1, 1 }, { -1, -1 }, { 0, -2 } };
  const double halfCell = cellSize / 2;
  const double thirdRow = rowSpacing() / 3;
  std::vector<std::pair<double, double>> vertices;
  vertices.reserve( 7 );
  for ( const auto &offset : kOffsets )
    vertices.emplace_back( static_cast<double>( 2 * q + r + offset[0] ) * halfCell,
                           static_cast<double>( 3 * r + offset[1] ) * thirdRow );
  return vertices;
}

std::size_t HotSpotGrid::cellCount() const
{
  return shape == HotSpotGridShape::Square ? grid.cellCount() : hexagons.cellCount();
}

std::pair<double, double> HotSpotGrid::cellCentre( std::size_t cell ) const
{
  if ( shape == HotSpotGridShape::Hexagon )
  {
    const auto [q, r] = hexagons.latticeCoordinates( cell );
    return hexagons.centre( q, r );
  }
  const std::size_t columns = static_cast<std::size_t>( grid.columns );
  return { grid.cellCentreX( static_cast<int>( cell % columns ) ),
           grid.cellCentreY( static_cast<int>( cell / columns ) ) };
}

std::vector<std::pair<double, double>> HotSpotGrid::cellRing( std::size_t cell ) const
{
  if ( shape == HotSpotGridShape::Hexagon )
  {
    const auto [q, r] = hexagons.latticeCoordinates( cell );
    return hexagons.ring( q, r );
  }
  // From the cell's integer edges, as the grid's own edges are.
  const std::int64_t columns = grid.columns;
  const std::int64_t column = grid.westIndex + static_cast<std::int64_t>( cell ) % columns;
  const std::int64_t row = grid.northIndex - static_cast<std::int64_t>( cell ) / columns; // north edge
  const double west = static_cast<double>( column ) * grid.cellSize;
  const double east = static_cast<double>( column + 1 ) * grid.cellSize;
  const double north = static_cast<double>( row ) * grid.cellSize;
  const double south = static_cast<double>( row - 1 ) * grid.cellSize;
  return { { west, south }, { east, south }, { east, north }, { west, north }, { west, south } };
}

HotSpotCell HotSpotGrid::cell( std::size_t cell ) const
{
  HotSpotCell result;
  result.index = cell;
  std::tie( result.centreX, result.centreY ) = cellCentre( cell );
  result.ring = cellRing( cell );
  result.count = counts[cell];
  if ( cell < statistics.zScores.size() )
  {
    result.zScore = statistics.zScores[cell];
    result.pValue = statistics.pValues[cell];
    result.bin = statistics.bins[cell];
    result.binFdr = statistics.binsFdr[cell];
  }
  return result;
}

std::vector<HotSpotCell> HotSpotGrid::cells( HotSpotCellFilter filter ) const
{
  std::vector<HotSpotCell> result;
  for ( std::size_t i = 0; i < counts.size(); ++i )
  {
    const bool significant = i < statistics.bins.size() && statistics.bins[i] != 0;
    const bool keep = filter == HotSpotCellFilter::All || counts[i] != 0 ||
                      ( filter == HotSpotCellFilter::NonEmptyOrSignificant && significant );
    if ( keep )
      result.push_back( cell( i ) );
  }
  return result;
}

} // namespace tryggkarta

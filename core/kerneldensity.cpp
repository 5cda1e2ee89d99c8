#include "kerneldensity.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <sstream>
#include <system_error>
#include <thread>
#include <utility>

#if defined( __SSE2__ )
#include <emmintrin.h>
#endif

// How the sums are made fast without approximation
// ------------------------------------------------
// Everything is computed in cell units: a point's column coordinate qx = ( x - west ) / cellSize - 0.5 puts
// the centre of column i at qx = i, and likewise qy (measured southwards from the north edge) for rows.
//
// Polynomial kernels (quartic, triweight, Epanechnikov, uniform) are (1 - d²/R²)^m. On grid row j a point
// contributes t(i)^m with t(i) = ( A - ( i - qx )² ) / R², A = R² - ( j - qy )², for columns i inside
// [qx - sqrt(A), qx + sqrt(A)]: a polynomial of degree 2m in i over an interval. So per point and row we add
// the polynomial's 2m + 1 coefficients into difference arrays at the interval's first column and subtract
// them after its last; a running sum along the row then holds, at every column, the sum of the polynomials
// of exactly the points that reach that cell, and evaluating it there gives the exact kernel sum. That is
// O(m) work per point and row instead of O(width of the kernel).
//
// To keep the polynomials well conditioned the row is cut into blocks of about two radii, each with its
// own local variable u = i - (block centre); a point's interval is split at block edges and each piece's
// coefficients are computed directly in that block's u (so |u| and the coefficients stay small and nothing
// cancels badly). The running sums restart at each block, and wherever no point reaches a cell (an integer
// count, kept alongside) the cell is exactly 0 and the sums are reset, so rounding left by points that
// ended does not linger. The test compares every cell with the direct formula to 1e-9 relative.
//
// The triangular kernel (a square root) and the Gaussian (exp) are stamped: per point, the column factors
// (dx², or exp( -dx² / 2σ² ), since the Gaussian separates) are computed once per band of rows and then each
// row inside the disc is one vectorised pass.
//
// Rows are split into chunks handed to the threads; each cell always receives its points' contributions in
// the same order (points are bucketed by row with a stable counting sort), so the result does not depend on
// the number of threads.

namespace tryggkarta
{

namespace
{

// Columns sharing one local polynomial variable (a power of two, log2 returned): about two kernel radii (one
// for the cubic triweight), so a polynomial stays within a few hundred times its peak over the block (well
// conditioned) while most point-rows need one or two pieces.
int blockShiftFor( double radiusCells, int degree )
{
  const double width = degree > 4 ? radiusCells : 2 * radiusCells;
  int shift = 3;
  while ( shift < 6 && ( 1 << shift ) < width )
    ++shift;
  return shift;
}

constexpr int kPolynomialChunkRows = 8;
constexpr int kStampChunkRows = 64; // larger: the per-point column factors are computed once per chunk

constexpr double kPi = 3.14159265358979323846;

std::string formatNumber( double value )
{
  std::ostringstream out;
  out.precision( 6 );
  out << value;
  return out.str();
}

bool isPositiveFinite( double value )
{
  return std::isfinite( value ) && value > 0;
}

//! Points in cell units, sorted by the row they lie in.
struct PreparedPoints
{
  std::vector<double> qx;
  std::vector<double> qy;
  std::vector<double> weight;
  std::vector<std::size_t> bucketStart; // points of bucket b: [bucketStart[b], bucketStart[b + 1])
  std::int64_t bucketOffset = 0;        // bucket of a point = floor( qy ) + bucketOffset

  //! The points that may reach rows [firstRow, lastRow].
  std::pair<std::size_t, std::size_t> range( int firstRow, int lastRow, double radiusCells ) const
  {
    const std::int64_t buckets = static_cast<std::int64_t>( bucketStart.size() ) - 1;
    std::int64_t first = static_cast<std::int64_t>( std::floor( firstRow - radiusCells ) ) + bucketOffset;
    std::int64_t last = static_cast<std::int64_t>( std::floor( lastRow + radiusCells ) ) + bucketOffset;
    first = std::clamp<std::int64_t>( first, 0, buckets );
    last = std::clamp<std::int64_t>( last + 1, 0, buckets );
    return { bucketStart[static_cast<std::size_t>( first )], bucketStart[static_cast<std::size_t>( last )] };
  }
};

//! x - index × cellSize with a single rounding, so points keep their exact position relative to the grid
//! even at SWEREF 99 coordinates (millions of metres) with a cell size like 7.3 that binary cannot represent.
double offsetFromGridLine( double x, std::int64_t index, double cellSize )
{
  // Dekker's exact product: index × cellSize = product + error exactly (no FMA needed).
  const double a = static_cast<double>( index );
  const double product = a * cellSize;
  constexpr double kSplitter = 134217729.0; // 2^27 + 1
  double t = kSplitter * a;
  const double aHigh = t - ( t - a );
  const double aLow = a - aHigh;
  t = kSplitter * cellSize;
  const double cHigh = t - ( t - cellSize );
  const double cLow = cellSize - cHigh;
  const double error = ( ( aHigh * cHigh - product ) + aHigh * cLow + aLow * cHigh ) + aLow * cLow;
  // x - product is exact when they are within a factor of two (Sterbenz), as for points near the grid.
  return ( x - product ) - error;
}

PreparedPoints preparePoints( const std::vector<WeightedPoint> &points, const AlignedGrid &grid,
                              double radiusCells )
{
  PreparedPoints prepared;
  const double cell = grid.cellSize;
  auto columnOf = [&]( const WeightedPoint &point )
  { return offsetFromGridLine( point.x, grid.westIndex, cell ) / cell - 0.5; };
  auto rowOf = [&]( const WeightedPoint &point )
  { return -offsetFromGridLine( point.y, grid.northIndex, cell ) / cell - 0.5; };
  prepared.bucketOffset = static_cast<std::int64_t>( std::ceil( radiusCells ) ) + 1;
  const std::int64_t buckets = grid.rows + 2 * prepared.bucketOffset;

  // Only points whose support reaches the grid matter.
  std::vector<std::int64_t> bucketOf( points.size(), -1 );
  std::vector<std::size_t> counts( static_cast<std::size_t>( buckets ) + 1, 0 );
  for ( std::size_t p = 0; p < points.size(); ++p )
  {
    const double qx = columnOf( points[p] );
    const double qy = rowOf( points[p] );
    if ( qx < -radiusCells || qx > grid.columns - 1 + radiusCells || qy < -radiusCells ||
         qy > grid.rows - 1 + radiusCells || points[p].weight == 0 )
      continue;
    const std::int64_t b = static_cast<std::int64_t>( std::floor( qy ) ) + prepared.bucketOffset;
    bucketOf[p] = b;
    ++counts[static_cast<std::size_t>( b ) + 1];
  }
  for ( std::size_t b = 1; b < counts.size(); ++b )
    counts[b] += counts[b - 1];
  prepared.bucketStart = counts;
  const std::size_t used = counts.back();
  prepared.qx.resize( used );
  prepared.qy.resize( used );
  prepared.weight.resize( used );
  for ( std::size_t p = 0; p < points.size(); ++p )
  {
    if ( bucketOf[p] < 0 )
      continue;
    const std::size_t slot = counts[static_cast<std::size_t>( bucketOf[p] )]++;
    prepared.qx[slot] = columnOf( points[p] );
    prepared.qy[slot] = rowOf( points[p] );
    prepared.weight[slot] = points[p].weight;
  }
  // Within a bucket, west to east (ties in input order): the rows' updates then sweep along the row instead
  // of jumping about it, which keeps them in cache.
  std::vector<std::size_t> order;
  std::vector<double> sortedQx, sortedQy, sortedWeight;
  for ( std::size_t b = 0; b + 1 < prepared.bucketStart.size(); ++b )
  {
    const std::size_t first = prepared.bucketStart[b];
    const std::size_t last = prepared.bucketStart[b + 1];
    if ( last - first < 2 )
      continue;
    order.resize( last - first );
    for ( std::size_t k = 0; k < order.size(); ++k )
      order[k] = first + k;
    std::stable_sort( order.begin(), order.end(),
                      [&]( std::size_t l, std::size_t r ) { return prepared.qx[l] < prepared.qx[r]; } );
    sortedQx.resize( order.size() );
    sortedQy.resize( order.size() );
    sortedWeight.resize( order.size() );
    for ( std::size_t k = 0; k < order.size(); ++k )
    {
      sortedQx[k] = prepared.qx[order[k]];
      sortedQy[k] = prepared.qy[order[k]];
      sortedWeight[k] = prepared.weight[order[k]];
    }
    std::copy( sortedQx.begin(), sortedQx.end(), prepared.qx.begin() + static_cast<std::ptrdiff_t>( first ) );
    std::copy( sortedQy.begin(), sortedQy.end(), prepared.qy.begin() + static_cast<std::ptrdiff_t>( first ) );
    std::copy( sortedWeight.begin(), sortedWeight.end(),
               prepared.weight.begin() + static_cast<std::ptrdiff_t>( first ) );
  }
  return prepared;
}

//! Per-thread working memory.
struct Scratch
{
  std::vector<double> coefficients; // difference arrays, interleaved per column
  std::vector<double> columnFactors;
};

//! Coefficients of weight × ( alpha + beta u + gamma u² )^M in u, lowest degree first.
template <int M>
inline void powerCoefficients( double alpha, double beta, double gamma, double weight, double *c )
{
  if constexpr ( M == 0 )
  {
    c[0] = weight;
  }
  else if constexpr ( M == 1 )
  {
    c[0] = weight * alpha;
    c[1] = weight * beta;
    c[2] = weight * gamma;
  }
  else
  {
    const double s0 = alpha * alpha;
    const double s1 = 2 * alpha * beta;
    const double s2 = beta * beta + 2 * alpha * gamma;
    const double s3 = 2 * beta * gamma;
    const double s4 = gamma * gamma;
    if constexpr ( M == 2 )
    {
      c[0] = weight * s0;
      c[1] = weight * s1;
      c[2] = weight * s2;
      c[3] = weight * s3;
      c[4] = weight * s4;
    }
    else
    {
      static_assert( M == 3, "kernels up to triweight" );
      c[0] = weight * ( s0 * alpha );
      c[1] = weight * ( s0 * beta + s1 * alpha );
      c[2] = weight * ( s0 * gamma + s1 * beta + s2 * alpha );
      c[3] = weight * ( s1 * gamma + s2 * beta + s3 * alpha );
      c[4] = weight * ( s2 * gamma + s3 * beta + s4 * alpha );
      c[5] = weight * ( s3 * gamma + s4 * beta );
      c[6] = weight * ( s4 * gamma );
    }
  }
}

//! max( ceil( x ), 0 ) for x within int range, without a libm call (SSE2 has no rounding instruction).
inline int ceilAtLeastZero( double x )
{
  if ( !( x > 0 ) )
    return 0;
  const int truncated = static_cast<int>( x );
  return truncated + ( truncated < x );
}

//! min( floor( x ), maxIndex ), or -1 for negative x.
inline int floorAtMost( double x, int maxIndex )
{
  if ( x < 0 )
    return -1;
  if ( x >= maxIndex )
    return maxIndex;
  return static_cast<int>( x );
}

//! target[k] += source[k] (or -=) for an even number of values, two at a time where SSE2 is there.
template <int N, bool Subtract>
inline void accumulate( double *target, const double *source )
{
  static_assert( N % 2 == 0, "slots hold pairs" );
#if defined( __SSE2__ )
#pragma GCC unroll 8
  for ( int k = 0; k < N; k += 2 )
  {
    const __m128d t = _mm_loadu_pd( target + k );
    const __m128d v = _mm_loadu_pd( source + k );
    _mm_storeu_pd( target + k, Subtract ? _mm_sub_pd( t, v ) : _mm_add_pd( t, v ) );
  }
#else
#pragma GCC unroll 8
  for ( int k = 0; k < N; ++k )
    target[k] = Subtract ? target[k] - source[k] : target[k] + source[k];
#endif
}

//! Rows [firstRow, endRow) of a kernel ( 1 - d²/R² )^M, see the comment at the top.
template <int M>
void polynomialRows( const PreparedPoints &points, const AlignedGrid &grid, double radiusCells, double factor,
                     int firstRow, int endRow, double *out, Scratch &scratch )
{
  // A slot holds the 2M + 1 coefficients and, last, the number of points (an exact integer in a double),
  // so one pass of paired additions updates both.
  constexpr int kTerms = 2 * M + 1;
  constexpr int kSlot = kTerms + 1;
  const int columns = grid.columns;
  const int blockShift = blockShiftFor( radiusCells, 2 * M );
  const int blockWidth = 1 << blockShift;
  const int blocks = ( columns + blockWidth - 1 ) >> blockShift;
  // Each block has one slot more than it has columns: a piece ending at the block's last column subtracts
  // its coefficients there, where nothing reads them, instead of needing a branch.
  const std::size_t slots = static_cast<std::size_t>( blocks ) * ( blockWidth + 1 );
  scratch.coefficients.assign( slots * kSlot, 0.0 );
  double *diff = scratch.coefficients.data();
  const double r2 = radiusCells * radiusCells;
  const double inverseR2 = 1.0 / r2;
  const double gamma = -inverseR2;
  const double *qxs = points.qx.data();
  const double *qys = points.qy.data();
  const double *weights = points.weight.data();

  for ( int row = firstRow; row < endRow; ++row )
  {
    const auto [begin, end] = points.range( row, row, radiusCells );
    for ( std::size_t p = begin; p < end; ++p )
    {
      const double dy = row - qys[p];
      const double a = r2 - dy * dy;
      if ( a < 0 )
        continue;
      const double halfWidth = std::sqrt( a );
      const double qx = qxs[p];
      const int first = ceilAtLeastZero( qx - halfWidth );
      const int last = floorAtMost( qx + halfWidth, columns - 1 );
      if ( first > last )
        continue;
      const int lastBlock = last >> blockShift;
      int block = first >> blockShift;
      int pieceFirst = first;
      double localQx = qx - ( ( block << blockShift ) + blockWidth / 2 );
      for ( ;; )
      {
        const int blockStart = block << blockShift;
        const int pieceLast = std::min( last, blockStart + blockWidth - 1 );
        // t(u) = ( a - ( u - localQx )² ) / R², u = column - block centre
        alignas( 16 ) double c[kSlot];
        powerCoefficients<M>( ( a - localQx * localQx ) * inverseR2, 2 * localQx * inverseR2, gamma,
                              weights[p], c );
        c[kTerms] = 1;
        const std::size_t slotBase = static_cast<std::size_t>( block ) * ( blockWidth + 1 ) - blockStart;
        accumulate<kSlot, false>( diff + ( slotBase + pieceFirst ) * kSlot, c );
        accumulate<kSlot, true>( diff + ( slotBase + pieceLast + 1 ) * kSlot, c );
        if ( block == lastBlock )
          break;
        ++block;
        pieceFirst = blockStart + blockWidth;
        localQx -= blockWidth;
      }
    }

    double *rowOut = out + static_cast<std::size_t>( row ) * static_cast<std::size_t>( columns );
    for ( int block = 0; block < blocks; ++block )
    {
      const int blockStart = block << blockShift;
      const int width = std::min( blockWidth, columns - blockStart );
      double *blockSlots = diff + static_cast<std::size_t>( block ) * ( blockWidth + 1 ) * kSlot;
      double *blockOut = rowOut + blockStart;
      alignas( 16 ) double sum[kSlot] = {};
      for ( int i = 0; i < width; ++i )
      {
        double *d = blockSlots + static_cast<std::size_t>( i ) * kSlot;
        accumulate<kSlot, false>( sum, d );
#pragma GCC unroll 8
        for ( int k = 0; k < kSlot; ++k )
          d[k] = 0;
        if ( sum[kTerms] == 0 )
        {
          // No point reaches this cell: exactly zero, and drop the rounding left by points that ended.
#pragma GCC unroll 8
          for ( int k = 0; k < kTerms; ++k )
            sum[k] = 0;
          blockOut[i] = 0;
          continue;
        }
        const double u = i - blockWidth / 2;
        double value = sum[kTerms - 1];
#pragma GCC unroll 8
        for ( int k = kTerms - 2; k >= 0; --k )
          value = value * u + sum[k];
        blockOut[i] = value * factor;
      }
      // The sinks (and, in a short last block, the slots past the grid).
      std::fill( blockSlots + static_cast<std::size_t>( width ) * kSlot,
                 blockSlots + static_cast<std::size_t>( blockWidth + 1 ) * kSlot, 0.0 );
    }
  }
}

//! Adds base - scale × sqrt( dx2[k] + dy2 ) to row[k] for k < n.
inline void addTriangularRow( double *row, const double *dx2, int n, double dy2, double base, double scale )
{
  int k = 0;
#if defined( __SSE2__ )
  const __m128d vdy2 = _mm_set1_pd( dy2 );
  const __m128d vbase = _mm_set1_pd( base );
  const __m128d vscale = _mm_set1_pd( scale );
  for ( ; k + 2 <= n; k += 2 )
  {
    const __m128d d = _mm_sqrt_pd( _mm_add_pd( _mm_loadu_pd( dx2 + k ), vdy2 ) );
    const __m128d v = _mm_sub_pd( vbase, _mm_mul_pd( vscale, d ) );
    _mm_storeu_pd( row + k, _mm_add_pd( _mm_loadu_pd( row + k ), v ) );
  }
#endif
  for ( ; k < n; ++k )
    row[k] += base - scale * std::sqrt( dx2[k] + dy2 );
}

//! Adds scale × factors[k] to row[k] for k < n.
inline void addScaledRow( double *row, const double *factors, int n, double scale )
{
  int k = 0;
#if defined( __SSE2__ )
  const __m128d vscale = _mm_set1_pd( scale );
  for ( ; k + 2 <= n; k += 2 )
    _mm_storeu_pd( row + k,
                   _mm_add_pd( _mm_loadu_pd( row + k ), _mm_mul_pd( vscale, _mm_loadu_pd( factors + k ) ) ) );
#endif
  for ( ; k < n; ++k )
    row[k] += scale * factors[k];
}

//! Rows [firstRow, endRow) of the triangular or Gaussian kernel, by stamping (see the top).
void stampRows( KernelShape kernel, const PreparedPoints &points, const AlignedGrid &grid, double radiusCells,
                double sigmaCells, double factor, int firstRow, int endRow, double *out, Scratch &scratch )
{
  const int columns = grid.columns;
  const double r2 = radiusCells * radiusCells;
  const double halfInverseVariance = 0.5 / ( sigmaCells * sigmaCells );
  const int maxWidth = static_cast<int>( 2 * std::ceil( radiusCells ) ) + 3;
  scratch.columnFactors.resize( static_cast<std::size_t>( maxWidth ) );
  double *factors = scratch.columnFactors.data();
  // The output is not zeroed beforehand (a reused raster holds old values): clear this band here.
  std::fill( out + static_cast<std::size_t>( firstRow ) * static_cast<std::size_t>( columns ),
             out + static_cast<std::size_t>( endRow ) * static_cast<std::size_t>( columns ), 0.0 );

  const auto [begin, end] = points.range( firstRow, endRow - 1, radiusCells );
  for ( std::size_t p = begin; p < end; ++p )
  {
    const double qx = points.qx[p];
    const double qy = points.qy[p];
    const double weight = points.weight[p];
    const int rowFirst = std::max( firstRow, static_cast<int>( std::ceil( qy - radiusCells ) ) );
    const int rowLast = std::min( endRow - 1, static_cast<int>( std::floor( qy + radiusCells ) ) );
    const int colFirst = std::max( 0, static_cast<int>( std::ceil( qx - radiusCells ) ) );
    const int colLast = std::min( columns - 1, static_cast<int>( std::floor( qx + radiusCells ) ) );
    if ( rowFirst > rowLast || colFirst > colLast )
      continue;
    for ( int i = colFirst; i <= colLast; ++i )
    {
      const double dx = i - qx;
      factors[i - colFirst] =
        kernel == KernelShape::Gaussian ? std::exp( -dx * dx * halfInverseVariance ) : dx * dx;
    }
    for ( int row = rowFirst; row <= rowLast; ++row )
    {
      const double dy = row - qy;
      const double a = r2 - dy * dy;
      if ( a < 0 )
        continue;
      const double halfWidth = std::sqrt( a );
      const int first = std::max( colFirst, static_cast<int>( std::ceil( qx - halfWidth ) ) );
      const int last = std::min( colLast, static_cast<int>( std::floor( qx + halfWidth ) ) );
      if ( first > last )
        continue;
      double *rowOut = out + static_cast<std::size_t>( row ) * static_cast<std::size_t>( columns ) + first;
      const double *rowFactors = factors + ( first - colFirst );
      if ( kernel == KernelShape::Gaussian )
        addScaledRow( rowOut, rowFactors, last - first + 1,
                      weight * std::exp( -dy * dy * halfInverseVariance ) );
      else
        addTriangularRow( rowOut, rowFactors, last - first + 1, dy * dy, weight, weight / radiusCells );
    }
  }
  if ( factor != 1 )
  {
    double *chunk = out + static_cast<std::size_t>( firstRow ) * static_cast<std::size_t>( columns );
    const std::size_t n = static_cast<std::size_t>( endRow - firstRow ) * static_cast<std::size_t>( columns );
    for ( std::size_t k = 0; k < n; ++k )
      chunk[k] *= factor;
  }
}

std::optional<Error> validate( const KernelDensityParameters &parameters )
{
  if ( !isPositiveFinite( parameters.radiusMeters ) )
    return Error{ "The radius must be a positive number of metres (it is " +
                  formatNumber( parameters.radiusMeters ) + ")." };
  if ( !isPositiveFinite( parameters.cellSize ) )
    return Error{ "The cell size must be a positive number of metres (it is " +
                  formatNumber( parameters.cellSize ) + ")." };
  if ( parameters.kernel == KernelShape::Gaussian &&
       !isPositiveFinite( parameters.gaussianTruncationSigmas ) )
    return Error{
      "The Gaussian kernel's truncation must be a positive number of standard deviations (it is " +
      formatNumber( parameters.gaussianTruncationSigmas ) + ")." };
  if ( parameters.extent )
  {
    const MapExtent &e = *parameters.extent;
    if ( !std::isfinite( e.xMin ) || !std::isfinite( e.yMin ) || !std::isfinite( e.xMax ) ||
         !std::isfinite( e.yMax ) || e.xMax < e.xMin || e.yMax < e.yMin )
      return Error{ "The extent is not a valid rectangle." };
  }
  return std::nullopt;
}

//! The smallest "round" cell size (1, 2, 2.5 or 5 × 10^k) at least this large.
double roundCellSizeUp( double cellSize )
{
  const double decade = std::pow( 10.0, std::floor( std::log10( cellSize ) ) );
  for ( double step : { 1.0, 2.0, 2.5, 5.0, 10.0 } )
  {
    if ( step * decade >= cellSize )
      return step * decade;
  }
  return 10 * decade;
}

struct GridSize
{
  std::int64_t westIndex, northIndex;
  double columns, rows; // as doubles: may be far too large for an int before the limit is checked
};

GridSize gridSize( const MapExtent &extent, double cellSize )
{
  const double west = std::floor( extent.xMin / cellSize );
  const double east = std::ceil( extent.xMax / cellSize );
  const double south = std::floor( extent.yMin / cellSize );
  const double north = std::ceil( extent.yMax / cellSize );
  return { static_cast<std::int64_t>( west ), static_cast<std::int64_t>( north ),
           std::max( east - west, 1.0 ), std::max( north - south, 1.0 ) };
}

} // namespace

KernelDensity::KernelDensity( KernelDensityParameters parameters ) : mParameters( std::move( parameters ) ) {}

double KernelDensity::supportRadius( KernelShape kernel, double radiusMeters,
                                     double gaussianTruncationSigmas )
{
  return kernel == KernelShape::Gaussian ? radiusMeters * gaussianTruncationSigmas : radiusMeters;
}

double KernelDensity::kernelValue( KernelShape kernel, double distanceMeters, double radiusMeters,
                                   double gaussianTruncationSigmas )
{
  const double u = distanceMeters / radiusMeters;
  if ( kernel == KernelShape::Gaussian )
    return u > gaussianTruncationSigmas ? 0.0 : std::exp( -0.5 * u * u );
  if ( u > 1 )
    return 0;
  const double t = 1 - u * u;
  switch ( kernel )
  {
  case KernelShape::Quartic:
    return t * t;
  case KernelShape::Triweight:
    return t * t * t;
  case KernelShape::Epanechnikov:
    return t;
  case KernelShape::Uniform:
    return 1;
  case KernelShape::Triangular:
    return 1 - u;
  case KernelShape::Gaussian:
    break;
  }
  return 0;
}

double KernelDensity::scaleFactor( KernelShape kernel, double radiusMeters, double gaussianTruncationSigmas )
{
  const double area = kPi * radiusMeters * radiusMeters;
  switch ( kernel )
  {
  case KernelShape::Quartic:
    return 3 / area;
  case KernelShape::Triweight:
    return 4 / area;
  case KernelShape::Epanechnikov:
    return 2 / area;
  case KernelShape::Uniform:
    return 1 / area;
  case KernelShape::Triangular:
    return 3 / area;
  case KernelShape::Gaussian:
    // The integral of exp( -d² / 2σ² ) over the disc d <= kσ is 2πσ² ( 1 - exp( -k² / 2 ) ).
    return 1 / ( 2 * area * -std::expm1( -0.5 * gaussianTruncationSigmas * gaussianTruncationSigmas ) );
  }
  return 1;
}

double KernelDensity::defaultCellSize( const MapExtent &extent )
{
  return std::min( extent.width(), extent.height() ) / 250;
}

Expected<double> KernelDensity::defaultRadius( const std::vector<WeightedPoint> &points )
{
  double totalWeight = 0;
  double sumX = 0;
  double sumY = 0;
  for ( const WeightedPoint &point : points )
  {
    if ( !std::isfinite( point.x ) || !std::isfinite( point.y ) || !std::isfinite( point.weight ) ||
         point.weight < 0 )
      return Error{ "A default radius needs finite coordinates and non-negative weights." };
    totalWeight += point.weight;
    sumX += point.weight * point.x;
    sumY += point.weight * point.y;
  }
  if ( !( totalWeight > 0 ) )
    return Error{ "A default radius needs points with a positive total weight." };
  const double meanX = sumX / totalWeight;
  const double meanY = sumY / totalWeight;

  std::vector<std::pair<double, double>> distances; // ( distance to the mean centre, weight )
  distances.reserve( points.size() );
  double sumSquares = 0;
  for ( const WeightedPoint &point : points )
  {
    if ( point.weight == 0 )
      continue;
    const double dx = point.x - meanX;
    const double dy = point.y - meanY;
    sumSquares += point.weight * ( dx * dx + dy * dy );
    distances.emplace_back( std::hypot( dx, dy ), point.weight );
  }
  const double standardDistance = std::sqrt( sumSquares / totalWeight );

  // Weighted median: where the cumulative weight reaches half; on an exact tie, the mean of the two sides
  // (which gives the ordinary median for unit weights).
  std::sort( distances.begin(), distances.end() );
  const double half = totalWeight / 2;
  double cumulative = 0;
  double median = distances.back().first;
  for ( std::size_t k = 0; k < distances.size(); ++k )
  {
    cumulative += distances[k].second;
    if ( cumulative >= half * ( 1 - 1e-12 ) )
    {
      median = distances[k].first;
      if ( std::abs( cumulative - half ) <= 1e-12 * totalWeight && k + 1 < distances.size() )
        median = ( distances[k].first + distances[k + 1].first ) / 2;
      break;
    }
  }

  const double spread = std::min( standardDistance, std::sqrt( 1 / std::log( 2.0 ) ) * median );
  const double radius = 0.9 * spread * std::pow( totalWeight, -0.2 );
  if ( !( radius > 0 ) )
    return Error{ "A default radius needs points at more than one place." };
  return radius;
}

Expected<AlignedGrid> KernelDensity::grid( const std::vector<WeightedPoint> &points ) const
{
  const KernelDensityParameters &p = mParameters;
  if ( std::optional<Error> error = validate( p ) )
    return *error;
  for ( std::size_t k = 0; k < points.size(); ++k )
  {
    if ( !std::isfinite( points[k].x ) || !std::isfinite( points[k].y ) ||
         !std::isfinite( points[k].weight ) )
      return Error{ "Point " + std::to_string( k + 1 ) +
                    " has a coordinate or weight that is not a number." };
  }

  MapExtent extent;
  if ( p.extent )
  {
    extent = *p.extent;
  }
  else
  {
    if ( points.empty() )
      return Error{ "There are no points to estimate a density from." };
    extent = { points[0].x, points[0].y, points[0].x, points[0].y };
    for ( const WeightedPoint &point : points )
    {
      extent.xMin = std::min( extent.xMin, point.x );
      extent.yMin = std::min( extent.yMin, point.y );
      extent.xMax = std::max( extent.xMax, point.x );
      extent.yMax = std::max( extent.yMax, point.y );
    }
    const double support = supportRadius( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas );
    extent.xMin -= support;
    extent.yMin -= support;
    extent.xMax += support;
    extent.yMax += support;
  }

  const GridSize size = gridSize( extent, p.cellSize );
  const double bytes = size.columns * size.rows * sizeof( double );
  const double limit = static_cast<double>( p.maxGridBytes );
  const double maxSide = std::numeric_limits<int>::max();
  if ( bytes > limit || size.columns > maxSide || size.rows > maxSide )
  {
    // Suggest the smallest round cell size that fits, checked on the real snapped grid.
    double suggestion = roundCellSizeUp( p.cellSize * std::sqrt( bytes / limit ) * ( 1 + 1e-9 ) );
    for ( int attempt = 0; attempt < 20; ++attempt )
    {
      const GridSize s = gridSize( extent, suggestion );
      if ( s.columns * s.rows * sizeof( double ) <= limit && s.columns <= maxSide && s.rows <= maxSide )
        break;
      suggestion = roundCellSizeUp( suggestion * 1.01 );
    }
    constexpr double kGiB = 1024.0 * 1024.0 * 1024.0;
    return Error{ "A grid of " + formatNumber( size.columns ) + " × " + formatNumber( size.rows ) +
                  " cells of " + formatNumber( p.cellSize ) + " m would need " +
                  formatNumber( bytes / kGiB ) + " GiB, more than the limit of " +
                  formatNumber( limit / kGiB ) + " GiB. Use a cell size of at least " +
                  formatNumber( suggestion ) + " m." };
  }

  AlignedGrid grid;
  grid.cellSize = p.cellSize;
  grid.westIndex = size.westIndex;
  grid.northIndex = size.northIndex;
  grid.columns = static_cast<int>( size.columns );
  grid.rows = static_cast<int>( size.rows );
  return grid;
}

Expected<DensityRaster> KernelDensity::compute( const std::vector<WeightedPoint> &points ) const
{
  DensityRaster raster;
  if ( std::optional<Error> error = computeInto( points, raster ) )
    return *error;
  return raster;
}

std::optional<Error> KernelDensity::computeInto( const std::vector<WeightedPoint> &points,
                                                 DensityRaster &raster ) const
{
  Expected<AlignedGrid> gridResult = grid( points );
  if ( !gridResult )
    return Error{ gridResult.error() };
  const KernelDensityParameters &p = mParameters;
  raster.grid = gridResult.value();
  const AlignedGrid &g = raster.grid;
  if ( !p.mask.empty() && p.mask.size() != g.cellCount() )
    return Error{ "The mask has " + std::to_string( p.mask.size() ) + " cells but the grid has " +
                  std::to_string( g.cellCount() ) + " (" + std::to_string( g.columns ) + " × " +
                  std::to_string( g.rows ) + ")." };

  // Every cell is written below, so a reused raster keeps its memory and is not cleared first (clearing and
  // first-touching hundreds of megabytes costs more than many kernel sums).
  raster.values.resize( g.cellCount() );
  const double radiusCells =
    supportRadius( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas ) / g.cellSize;
  const double sigmaCells = p.radiusMeters / g.cellSize;
  const PreparedPoints prepared = preparePoints( points, g, radiusCells );

  double factor = 1;
  if ( p.output != DensityOutput::Raw )
    factor = scaleFactor( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas );
  if ( p.output == DensityOutput::EventsPerSquareKm )
    factor *= 1e6;

  const bool stamped = p.kernel == KernelShape::Triangular || p.kernel == KernelShape::Gaussian;
  const int chunkRows = stamped ? kStampChunkRows : kPolynomialChunkRows;
  const int chunks = ( g.rows + chunkRows - 1 ) / chunkRows;
  double *out = raster.values.data();

  auto runChunk = [&]( int chunk, Scratch &scratch )
  {
    const int first = chunk * chunkRows;
    const int end = std::min( first + chunkRows, g.rows );
    switch ( p.kernel )
    {
    case KernelShape::Quartic:
      polynomialRows<2>( prepared, g, radiusCells, factor, first, end, out, scratch );
      break;
    case KernelShape::Triweight:
      polynomialRows<3>( prepared, g, radiusCells, factor, first, end, out, scratch );
      break;
    case KernelShape::Epanechnikov:
      polynomialRows<1>( prepared, g, radiusCells, factor, first, end, out, scratch );
      break;
    case KernelShape::Uniform:
      polynomialRows<0>( prepared, g, radiusCells, factor, first, end, out, scratch );
      break;
    case KernelShape::Triangular:
    case KernelShape::Gaussian:
      stampRows( p.kernel, prepared, g, radiusCells, sigmaCells, factor, first, end, out, scratch );
      break;
    }
  };

  int threads = p.threads > 0 ? p.threads : static_cast<int>( std::thread::hardware_concurrency() );
  threads = std::clamp( threads, 1, std::max( chunks, 1 ) );
  // Chunks are handed out dynamically (points cluster, so rows differ in cost); which thread computes a row
  // does not change its value.
  std::atomic<int> nextChunk{ 0 };
  auto work = [&]()
  {
    Scratch scratch;
    for ( int chunk = nextChunk++; chunk < chunks; chunk = nextChunk++ )
      runChunk( chunk, scratch );
  };
  std::vector<std::thread> helpers;
  try
  {
    for ( int t = 1; t < threads; ++t )
      helpers.emplace_back( work );
  }
  catch ( const std::system_error & )
  {
    // No thread to spare: the threads already started and this one share the chunks.
  }
  work();
  for ( std::thread &helper : helpers )
    helper.join();

  if ( !p.mask.empty() )
  {
    for ( std::size_t k = 0; k < raster.values.size(); ++k )
    {
      if ( !p.mask[k] )
        raster.values[k] = p.maskedValue;
    }
  }
  return std::nullopt;
}

} // namespace tryggkarta

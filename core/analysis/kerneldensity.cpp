#include "kerneldensity.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <mutex>
#include <new>
#include <sstream>
#include <system_error>
#include <thread>
#include <utility>

#if defined( __SSE2__ ) || defined( _M_X64 )
#define TRYGGKARTA_SSE2 1
#include <emmintrin.h>
#endif
#if defined( TRYGGKARTA_SSE2 ) && defined( __GNUC__ ) && !defined( __clang__ ) && defined( __x86_64__ )
// AVX2 and AVX-512 variants of the inner loop, chosen at run time on processors that have them. GCC only:
// Clang refuses AVX values in the shared (not AVX-compiled) templates even where they are only ever inlined
// into AVX code.
#define TRYGGKARTA_AVX2 1
#include <immintrin.h>
#endif
#if defined( __linux__ )
#include <sys/mman.h>
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
// To keep the polynomials well conditioned the row is cut into blocks of two radii (at most 64 or 128
// columns), each with its own local variable u = i - (block centre); the running sum restarts at each block,
// so a point whose interval continues into the next block adds its coefficients again at that block's start,
// computed directly in its u (so |u| and the coefficients stay small and nothing cancels badly), and
// subtracts them after its last column. Wherever no point reaches a cell (an integer count, kept alongside)
// the cell is exactly 0 and the sums are reset, so rounding left by points that ended does not linger. The
// test compares every cell with the direct formula to 1e-9 relative.
//
// What limits the speed is the chain of dependent steps per point and row (square root, rounding to the
// interval's ends, block, coefficients, store). So for radii up to 64 cells (32 for the triweight; an
// interval then reaches into at most two blocks) several points are done at once in SIMD lanes (two with
// SSE2, four with AVX2, eight with AVX-512, as the processor has), the coefficients for both candidate blocks
// are computed before the interval's ends are known (they need only the point and the row), and lanes that
// do not reach the row write to a slot nobody reads instead of branching. Larger radii go piece by piece.
//
// The triangular kernel (a square root) and the Gaussian (exp) are stamped: per point, the column factors
// (dx², or exp( -dx² / 2σ² ), since the Gaussian separates) are computed once per band of rows and then each
// row inside the disc is one vectorised pass.
//
// Rows are split into chunks handed to the threads, each writing only its own rows (no per-thread rasters,
// no reduction); each cell always receives its points' contributions in the same order (points are sorted
// by row with a stable counting sort), so the result does not depend on the number of threads.
// (It may differ in the last bits between processors with different SIMD instructions.)
//
// Memory: the points are copied once into row order, and large buffers (and a new raster) are backed by
// transparent huge pages where Linux offers them: on some virtual machines first touching memory page by
// page costs more than the kernel sums (a 2000 × 2000 raster: ~100 ms with 4 KiB pages, ~8 ms with 2 MiB
// ones).
//
// Edge correction: a cell's share of kernel mass inside the study area is ( G - O ) / S, with S the kernel
// summed over the whole lattice of cell offsets, G the part of that within the grid (four look-ups in a
// cumulative table of the kernel's lattice values) and O the kernel sum of the masked-out cells within reach
// of the study area, computed by the machinery above with those cells as points.

namespace tryggkarta
{

namespace
{

// Columns sharing one local polynomial variable (a power of two, log2 returned): two kernel radii, so that a
// point's interval on a row reaches into at most two blocks, but at most 128 (64 for the sixth-degree
// triweight): the rounding left by points that ended accumulates over a block, and wider blocks hold more
// points and larger coefficients (with 512-column blocks, errors reach 1e-9 of the value; up to these limits
// they stay near those of 64 columns, 1e-11).
int blockShiftFor( double radiusCells, int degree )
{
  const int maxShift = degree > 4 ? 6 : 7;
  int shift = 3;
  while ( shift < maxShift && ( 1 << shift ) < 2 * radiusCells )
    ++shift;
  return shift;
}

constexpr int kPolynomialChunkRows = 8;
constexpr int kStampChunkRows = 64; // larger: the per-point column factors are computed once per chunk
constexpr int kEdgeChunkRows = 64;

//! The largest support, in cells, for which the edge correction's table of lattice kernel values is made.
constexpr double kMaxEdgeCorrectionCells = 1000;

constexpr double kPi = 3.14159265358979323846;

bool isPositiveFinite( double value )
{
  return std::isfinite( value ) && value > 0;
}

//! Asks for transparent huge pages for the whole pages inside [data, data + bytes), before they are touched.
void adviseHugePages( void *data, std::size_t bytes )
{
#if defined( __linux__ ) && defined( MADV_HUGEPAGE )
  constexpr std::uintptr_t kPage = 4096;
  const std::uintptr_t begin = ( reinterpret_cast<std::uintptr_t>( data ) + kPage - 1 ) & ~( kPage - 1 );
  const std::uintptr_t end = ( reinterpret_cast<std::uintptr_t>( data ) + bytes ) & ~( kPage - 1 );
  if ( end > begin )
    madvise( reinterpret_cast<void *>( begin ), end - begin, MADV_HUGEPAGE ); // only advice: ignore failure
#else
  (void)data;
  (void)bytes;
#endif
}

//! Uninitialised storage for trivially copyable values. On Linux, buffers from 256 KiB up are mapped
//! directly, in whole 2 MiB pages and advised to use huge pages (see the top); through malloc they would,
//! once a large block has been freed, come from the heap, which then grows and stays resident.
template <typename T>
class Buffer
{
public:
  Buffer() = default;
  explicit Buffer( std::size_t count )
  {
    const std::size_t bytes = std::max<std::size_t>( count, 1 ) * sizeof( T );
#if defined( __linux__ )
    constexpr std::size_t kHugePage = std::size_t( 2 ) << 20;
    if ( bytes >= kHugePage / 8 )
    {
      const std::size_t length = ( bytes + kHugePage - 1 ) / kHugePage * kHugePage;
      void *mapped =
        mmap( nullptr, length + kHugePage, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0 );
      if ( mapped == MAP_FAILED )
        throw std::bad_alloc();
      // Keep the 2 MiB-aligned part.
      char *start = static_cast<char *>( mapped );
      char *aligned = reinterpret_cast<char *>(
        ( reinterpret_cast<std::uintptr_t>( start ) + kHugePage - 1 ) & ~std::uintptr_t( kHugePage - 1 ) );
      if ( aligned > start )
        munmap( start, static_cast<std::size_t>( aligned - start ) );
      if ( aligned + length < start + length + kHugePage )
        munmap( aligned + length,
                static_cast<std::size_t>( start + length + kHugePage - ( aligned + length ) ) );
      adviseHugePages( aligned, length );
      mData = reinterpret_cast<T *>( aligned );
      mMappedBytes = length;
      return;
    }
#endif
    mData = static_cast<T *>( std::malloc( bytes ) );
    if ( !mData )
      throw std::bad_alloc();
  }
  Buffer( const Buffer & ) = delete;
  Buffer &operator=( const Buffer & ) = delete;
  Buffer( Buffer &&other ) noexcept
  {
    swap( other );
  }
  Buffer &operator=( Buffer &&other ) noexcept
  {
    swap( other );
    return *this;
  }
  ~Buffer()
  {
#if defined( __linux__ )
    if ( mMappedBytes )
    {
      munmap( mData, mMappedBytes );
      return;
    }
#endif
    std::free( mData );
  }

  T *data()
  {
    return mData;
  }
  const T *data() const
  {
    return mData;
  }
  T &operator[]( std::size_t k )
  {
    return mData[k];
  }
  const T &operator[]( std::size_t k ) const
  {
    return mData[k];
  }

private:
  void swap( Buffer &other )
  {
    std::swap( mData, other.mData );
    std::swap( mMappedBytes, other.mMappedBytes );
  }

  T *mData = nullptr;
  std::size_t mMappedBytes = 0; // nonzero: mapped, not malloc'ed
};

//! A point in cell units.
struct CellPoint
{
  double qx;
  double qy;
  double weight;
};

//! Points in cell units, sorted by the row they lie in; one array per coordinate, so that neighbouring
//! points load together into SIMD lanes.
struct PreparedPoints
{
  Buffer<double> qx;
  Buffer<double> qy;
  Buffer<double> weight;
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

//! The first count points (in cell units, each reaching the grid) ordered by row bucket, in their order
//! within a bucket: a stable counting sort, cheap and deterministic. (Ordering them by column as well made
//! no difference to the speed.)
PreparedPoints sortPoints( Buffer<CellPoint> points, std::size_t count, const AlignedGrid &grid,
                           double radiusCells )
{
  PreparedPoints prepared;
  const std::int64_t margin = static_cast<std::int64_t>( std::ceil( radiusCells ) ) + 1;
  prepared.bucketOffset = margin;
  const std::size_t rowBuckets = static_cast<std::size_t>( grid.rows + 2 * margin );
  auto rowBucket = [margin]( double qy )
  { return static_cast<std::size_t>( static_cast<std::int64_t>( std::floor( qy ) ) + margin ); };

  std::vector<std::size_t> rowStart( rowBuckets + 1, 0 );
  for ( std::size_t k = 0; k < count; ++k )
    ++rowStart[rowBucket( points[k].qy ) + 1];
  for ( std::size_t b = 1; b <= rowBuckets; ++b )
    rowStart[b] += rowStart[b - 1];
  prepared.bucketStart = rowStart;
  prepared.qx = Buffer<double>( count );
  prepared.qy = Buffer<double>( count );
  prepared.weight = Buffer<double>( count );
  for ( std::size_t k = 0; k < count; ++k )
  {
    const CellPoint &p = points[k];
    const std::size_t slot = rowStart[rowBucket( p.qy )]++;
    prepared.qx[slot] = p.qx;
    prepared.qy[slot] = p.qy;
    prepared.weight[slot] = p.weight;
  }
  return prepared;
}

//! The points whose support reaches the grid, in cell units, sorted (see sortPoints).
PreparedPoints preparePoints( const std::vector<WeightedPoint> &points, const AlignedGrid &grid,
                              double radiusCells )
{
  const double cell = grid.cellSize;
  Buffer<CellPoint> kept( points.size() );
  std::size_t used = 0;
  for ( const WeightedPoint &point : points )
  {
    const double qx = offsetFromGridLine( point.x, grid.westIndex, cell ) / cell - 0.5;
    const double qy = -offsetFromGridLine( point.y, grid.northIndex, cell ) / cell - 0.5;
    if ( !( qx >= -radiusCells && qx <= grid.columns - 1 + radiusCells && qy >= -radiusCells &&
            qy <= grid.rows - 1 + radiusCells ) ||
         point.weight == 0 )
      continue;
    kept[used++] = { qx, qy, point.weight };
  }
  return sortPoints( std::move( kept ), used, grid, radiusCells );
}

//! Per-thread working memory.
struct Scratch
{
  std::vector<double> coefficients; // difference arrays, slots per column, from a 64-byte boundary
  std::vector<double> columnFactors;

  //! Zeroed difference arrays of this many doubles, 64-byte aligned (a slot then never straddles cache
  //! lines). They are all zero again after each row (except the waste slot), so reuse keeps them.
  double *differences( std::size_t count )
  {
    constexpr std::size_t kAlignment = 64 / sizeof( double );
    if ( coefficients.size() != count + kAlignment )
      coefficients.assign( count + kAlignment, 0.0 );
    const std::uintptr_t address = reinterpret_cast<std::uintptr_t>( coefficients.data() );
    return coefficients.data() + ( ( 64 - address % 64 ) % 64 ) / sizeof( double );
  }
};

#if defined( __GNUC__ )
#define TRYGGKARTA_ALWAYS_INLINE inline __attribute__( ( always_inline ) )
#else
#define TRYGGKARTA_ALWAYS_INLINE inline
#endif

// The lane types for addPointRows: the same few operations on 1, 2 or 4 doubles. Comparisons return masks
// that select with bitAnd and select.

//! One lane, plain C++ (the remainder of a row, and processors without SSE2). Masks are 1 or 0.
struct Scalar
{
  static constexpr int kLanes = 1;
  using Vec = double;
  static Vec load( const double *p ) { return *p; }
  static Vec set( double v ) { return v; }
  static Vec add( Vec l, Vec r ) { return l + r; }
  static Vec sub( Vec l, Vec r ) { return l - r; }
  static Vec mul( Vec l, Vec r ) { return l * r; }
  static Vec max( Vec l, Vec r ) { return l > r ? l : r; }
  static Vec min( Vec l, Vec r ) { return l < r ? l : r; }
  static Vec sqrt( Vec v ) { return std::sqrt( v ); }
  static Vec greaterEqual( Vec l, Vec r ) { return l >= r ? 1 : 0; }
  static Vec lessEqual( Vec l, Vec r ) { return l <= r ? 1 : 0; }
  static Vec less( Vec l, Vec r ) { return l < r ? 1 : 0; }
  static Vec greater( Vec l, Vec r ) { return l > r ? 1 : 0; }
  static Vec bitAnd( Vec value, Vec mask ) { return mask != 0 ? value : 0; }
  static Vec select( Vec mask, Vec yes, Vec no ) { return mask != 0 ? yes : no; }
  //! Towards zero, for values within int range.
  static Vec truncate( Vec v ) { return static_cast<double>( static_cast<std::int32_t>( v ) ); }
  //! The lanes as ints (whole numbers within int range).
  static void storeInts( Vec v, std::int32_t *out ) { *out = static_cast<std::int32_t>( v ); }
  //! One lane's slot: the coefficients c[0..2M], then the count.
  template <int M>
  struct LaneSlot
  {
    double values[2 * M + 2];
  };
  //! Each lane's slot.
  template <int M>
  static void transpose( const Vec *c, const Vec &count, LaneSlot<M> *lanes )
  {
    for ( int k = 0; k <= 2 * M; ++k )
      lanes[0].values[k] = c[k];
    lanes[0].values[2 * M + 1] = count;
  }
  //! slot += lane, or -=.
  template <int M, bool Subtract>
  static void addSlot( double *slot, const LaneSlot<M> &lane )
  {
    for ( int k = 0; k < 2 * M + 2; ++k )
      slot[k] = Subtract ? slot[k] - lane.values[k] : slot[k] + lane.values[k];
  }
};

#if defined( TRYGGKARTA_SSE2 )
//! Two lanes, SSE2 (every x86-64 processor).
struct Sse2
{
  static constexpr int kLanes = 2;
  using Vec = __m128d;
  static TRYGGKARTA_ALWAYS_INLINE Vec load( const double *p ) { return _mm_loadu_pd( p ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec set( double v ) { return _mm_set1_pd( v ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec add( Vec l, Vec r ) { return _mm_add_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec sub( Vec l, Vec r ) { return _mm_sub_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec mul( Vec l, Vec r ) { return _mm_mul_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec max( Vec l, Vec r ) { return _mm_max_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec min( Vec l, Vec r ) { return _mm_min_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec sqrt( Vec v ) { return _mm_sqrt_pd( v ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec greaterEqual( Vec l, Vec r ) { return _mm_cmpge_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec lessEqual( Vec l, Vec r ) { return _mm_cmple_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec less( Vec l, Vec r ) { return _mm_cmplt_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec greater( Vec l, Vec r ) { return _mm_cmpgt_pd( l, r ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec bitAnd( Vec value, Vec mask ) { return _mm_and_pd( value, mask ); }
  static TRYGGKARTA_ALWAYS_INLINE Vec select( Vec mask, Vec yes, Vec no )
  {
    return _mm_or_pd( _mm_and_pd( mask, yes ), _mm_andnot_pd( mask, no ) );
  }
  static TRYGGKARTA_ALWAYS_INLINE Vec truncate( Vec v ) { return _mm_cvtepi32_pd( _mm_cvttpd_epi32( v ) ); }
  static TRYGGKARTA_ALWAYS_INLINE void storeInts( Vec v, std::int32_t *out )
  {
    _mm_storel_epi64( reinterpret_cast<__m128i *>( out ), _mm_cvttpd_epi32( v ) );
  }
  template <int M>
  struct LaneSlot
  {
    __m128d pairs[M + 1];
  };
  template <int M>
  static TRYGGKARTA_ALWAYS_INLINE void transpose( const Vec *c, const Vec &count, LaneSlot<M> *lanes )
  {
#pragma GCC unroll 4
    for ( int k = 0; k <= M; ++k )
    {
      const __m128d odd = k < M ? c[2 * k + 1] : count;
      lanes[0].pairs[k] = _mm_unpacklo_pd( c[2 * k], odd );
      lanes[1].pairs[k] = _mm_unpackhi_pd( c[2 * k], odd );
    }
  }
  template <int M, bool Subtract>
  static TRYGGKARTA_ALWAYS_INLINE void addSlot( double *slot, const LaneSlot<M> &lane )
  {
#pragma GCC unroll 4
    for ( int k = 0; k <= M; ++k )
    {
      const __m128d t = _mm_loadu_pd( slot + 2 * k );
      _mm_storeu_pd( slot + 2 * k,
                     Subtract ? _mm_sub_pd( t, lane.pairs[k] ) : _mm_add_pd( t, lane.pairs[k] ) );
    }
  }
};
#endif

#if defined( TRYGGKARTA_AVX2 )
// Not always_inline: these may only be inlined into functions compiled for AVX2 or AVX-512
// (addRowPointsAvx2 and addRowPointsAvx512 inline everything they call). GCC notes that AVX arguments change
// the ABI of functions compiled without AVX; none of these is ever called as such.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wpsabi"
#define TRYGGKARTA_AVX2_INLINE inline __attribute__( ( target( "avx2,fma" ) ) )
//! Four lanes, AVX2.
struct Avx2
{
  static constexpr int kLanes = 4;
  using Vec = __m256d;
  static TRYGGKARTA_AVX2_INLINE Vec load( const double *p ) { return _mm256_loadu_pd( p ); }
  static TRYGGKARTA_AVX2_INLINE Vec set( double v ) { return _mm256_set1_pd( v ); }
  static TRYGGKARTA_AVX2_INLINE Vec add( Vec l, Vec r ) { return _mm256_add_pd( l, r ); }
  static TRYGGKARTA_AVX2_INLINE Vec sub( Vec l, Vec r ) { return _mm256_sub_pd( l, r ); }
  static TRYGGKARTA_AVX2_INLINE Vec mul( Vec l, Vec r ) { return _mm256_mul_pd( l, r ); }
  static TRYGGKARTA_AVX2_INLINE Vec max( Vec l, Vec r ) { return _mm256_max_pd( l, r ); }
  static TRYGGKARTA_AVX2_INLINE Vec min( Vec l, Vec r ) { return _mm256_min_pd( l, r ); }
  static TRYGGKARTA_AVX2_INLINE Vec sqrt( Vec v ) { return _mm256_sqrt_pd( v ); }
  static TRYGGKARTA_AVX2_INLINE Vec greaterEqual( Vec l, Vec r ) { return _mm256_cmp_pd( l, r, _CMP_GE_OQ ); }
  static TRYGGKARTA_AVX2_INLINE Vec lessEqual( Vec l, Vec r ) { return _mm256_cmp_pd( l, r, _CMP_LE_OQ ); }
  static TRYGGKARTA_AVX2_INLINE Vec less( Vec l, Vec r ) { return _mm256_cmp_pd( l, r, _CMP_LT_OQ ); }
  static TRYGGKARTA_AVX2_INLINE Vec greater( Vec l, Vec r ) { return _mm256_cmp_pd( l, r, _CMP_GT_OQ ); }
  static TRYGGKARTA_AVX2_INLINE Vec bitAnd( Vec value, Vec mask ) { return _mm256_and_pd( value, mask ); }
  static TRYGGKARTA_AVX2_INLINE Vec select( Vec mask, Vec yes, Vec no )
  {
    return _mm256_blendv_pd( no, yes, mask );
  }
  static TRYGGKARTA_AVX2_INLINE Vec truncate( Vec v )
  {
    return _mm256_round_pd( v, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC );
  }
  static TRYGGKARTA_AVX2_INLINE void storeInts( Vec v, std::int32_t *out )
  {
    _mm_storeu_si128( reinterpret_cast<__m128i *>( out ), _mm256_cvttpd_epi32( v ) );
  }
  //! The slot's values in fours, and a last pair when their number is not a multiple of four (M even).
  template <int M>
  struct LaneSlot
  {
    static constexpr int kQuads = ( 2 * M + 2 ) / 4;
    __m256d quads[kQuads > 0 ? kQuads : 1];
    __m128d pair;
  };
  template <int M>
  static TRYGGKARTA_AVX2_INLINE void transpose( const Vec *c, const Vec &count, LaneSlot<M> *lanes )
  {
    constexpr int kQuads = LaneSlot<M>::kQuads;
    Vec value[2 * M + 2];
#pragma GCC unroll 8
    for ( int k = 0; k <= 2 * M; ++k )
      value[k] = c[k];
    value[2 * M + 1] = count;
#pragma GCC unroll 2
    for ( int q = 0; q < kQuads; ++q )
    {
      const Vec t0 = _mm256_unpacklo_pd( value[4 * q], value[4 * q + 1] );
      const Vec t1 = _mm256_unpackhi_pd( value[4 * q], value[4 * q + 1] );
      const Vec t2 = _mm256_unpacklo_pd( value[4 * q + 2], value[4 * q + 3] );
      const Vec t3 = _mm256_unpackhi_pd( value[4 * q + 2], value[4 * q + 3] );
      lanes[0].quads[q] = _mm256_permute2f128_pd( t0, t2, 0x20 );
      lanes[1].quads[q] = _mm256_permute2f128_pd( t1, t3, 0x20 );
      lanes[2].quads[q] = _mm256_permute2f128_pd( t0, t2, 0x31 );
      lanes[3].quads[q] = _mm256_permute2f128_pd( t1, t3, 0x31 );
    }
    if constexpr ( M % 2 == 0 )
    {
      const Vec u0 = _mm256_unpacklo_pd( c[2 * M], count );
      const Vec u1 = _mm256_unpackhi_pd( c[2 * M], count );
      lanes[0].pair = _mm256_castpd256_pd128( u0 );
      lanes[1].pair = _mm256_castpd256_pd128( u1 );
      lanes[2].pair = _mm256_extractf128_pd( u0, 1 );
      lanes[3].pair = _mm256_extractf128_pd( u1, 1 );
    }
  }
  template <int M, bool Subtract>
  static TRYGGKARTA_AVX2_INLINE void addSlot( double *slot, const LaneSlot<M> &lane )
  {
    constexpr int kQuads = LaneSlot<M>::kQuads;
#pragma GCC unroll 2
    for ( int q = 0; q < kQuads; ++q )
    {
      const __m256d t = _mm256_loadu_pd( slot + 4 * q );
      _mm256_storeu_pd( slot + 4 * q,
                        Subtract ? _mm256_sub_pd( t, lane.quads[q] ) : _mm256_add_pd( t, lane.quads[q] ) );
    }
    if constexpr ( M % 2 == 0 )
    {
      const __m128d t = _mm_loadu_pd( slot + 4 * kQuads );
      _mm_storeu_pd( slot + 4 * kQuads, Subtract ? _mm_sub_pd( t, lane.pair ) : _mm_add_pd( t, lane.pair ) );
    }
  }
};

#define TRYGGKARTA_AVX512_INLINE inline __attribute__( ( target( "avx512f,avx512dq,avx2,fma" ) ) )
//! Eight lanes, AVX-512 (masks kept as all-ones doubles, like the others); the slots as two AVX2 halves.
struct Avx512
{
  static constexpr int kLanes = 8;
  using Vec = __m512d;
  // The masked forms, with every lane selected: GCC 12's unmasked ones warn of an uninitialised operand.
  static constexpr __mmask8 kAll = 0xff;
  template <int Half>
  static TRYGGKARTA_AVX512_INLINE __m256d half( Vec v )
  {
    return _mm512_mask_extractf64x4_pd( _mm256_setzero_pd(), kAll, v, Half );
  }
  static TRYGGKARTA_AVX512_INLINE Vec load( const double *p ) { return _mm512_loadu_pd( p ); }
  static TRYGGKARTA_AVX512_INLINE Vec set( double v ) { return _mm512_set1_pd( v ); }
  static TRYGGKARTA_AVX512_INLINE Vec add( Vec l, Vec r ) { return _mm512_add_pd( l, r ); }
  static TRYGGKARTA_AVX512_INLINE Vec sub( Vec l, Vec r ) { return _mm512_sub_pd( l, r ); }
  static TRYGGKARTA_AVX512_INLINE Vec mul( Vec l, Vec r ) { return _mm512_mul_pd( l, r ); }
  static TRYGGKARTA_AVX512_INLINE Vec max( Vec l, Vec r ) { return _mm512_mask_max_pd( l, kAll, l, r ); }
  static TRYGGKARTA_AVX512_INLINE Vec min( Vec l, Vec r ) { return _mm512_mask_min_pd( l, kAll, l, r ); }
  static TRYGGKARTA_AVX512_INLINE Vec sqrt( Vec v ) { return _mm512_mask_sqrt_pd( v, kAll, v ); }
  static TRYGGKARTA_AVX512_INLINE Vec fromMask( __mmask8 mask )
  {
    return _mm512_castsi512_pd( _mm512_movm_epi64( mask ) );
  }
  static TRYGGKARTA_AVX512_INLINE Vec greaterEqual( Vec l, Vec r )
  {
    return fromMask( _mm512_cmp_pd_mask( l, r, _CMP_GE_OQ ) );
  }
  static TRYGGKARTA_AVX512_INLINE Vec lessEqual( Vec l, Vec r )
  {
    return fromMask( _mm512_cmp_pd_mask( l, r, _CMP_LE_OQ ) );
  }
  static TRYGGKARTA_AVX512_INLINE Vec less( Vec l, Vec r )
  {
    return fromMask( _mm512_cmp_pd_mask( l, r, _CMP_LT_OQ ) );
  }
  static TRYGGKARTA_AVX512_INLINE Vec greater( Vec l, Vec r )
  {
    return fromMask( _mm512_cmp_pd_mask( l, r, _CMP_GT_OQ ) );
  }
  static TRYGGKARTA_AVX512_INLINE Vec bitAnd( Vec value, Vec mask ) { return _mm512_and_pd( value, mask ); }
  static TRYGGKARTA_AVX512_INLINE Vec select( Vec mask, Vec yes, Vec no )
  {
    return _mm512_mask_blend_pd( _mm512_movepi64_mask( _mm512_castpd_si512( mask ) ), no, yes );
  }
  static TRYGGKARTA_AVX512_INLINE Vec truncate( Vec v )
  {
    return _mm512_mask_roundscale_pd( v, kAll, v, _MM_FROUND_TO_ZERO | _MM_FROUND_NO_EXC );
  }
  static TRYGGKARTA_AVX512_INLINE void storeInts( Vec v, std::int32_t *out )
  {
    _mm256_storeu_si256( reinterpret_cast<__m256i *>( out ),
                         _mm512_mask_cvttpd_epi32( _mm256_setzero_si256(), kAll, v ) );
  }
  template <int M>
  using LaneSlot = Avx2::LaneSlot<M>;
  template <int M>
  static TRYGGKARTA_AVX512_INLINE void transpose( const Vec *c, const Vec &count, LaneSlot<M> *lanes )
  {
    __m256d low[2 * M + 1];
    __m256d high[2 * M + 1];
#pragma GCC unroll 8
    for ( int k = 0; k <= 2 * M; ++k )
    {
      low[k] = half<0>( c[k] );
      high[k] = half<1>( c[k] );
    }
    Avx2::transpose<M>( low, half<0>( count ), lanes );
    Avx2::transpose<M>( high, half<1>( count ), lanes + 4 );
  }
  template <int M, bool Subtract>
  static TRYGGKARTA_AVX512_INLINE void addSlot( double *slot, const LaneSlot<M> &lane )
  {
    Avx2::addSlot<M, Subtract>( slot, lane );
  }
};
#endif

//! What every point-row of one kernel and grid shares.
struct RowSetup
{
  double radius;     // R, cells
  double r2;         // R², cells²
  double inverseR2;  // 1 / R²
  double blockWidth; // columns, a power of two
  double lastColumn;
  double wasteSlot; // after all blocks: written, never read
};

//! The coefficients c[0..2M] in u of weight × t^M, t = ( a - ( u - centre )² ) / R², for each lane.
template <class V, int M>
TRYGGKARTA_ALWAYS_INLINE void coefficients( const typename V::Vec &a, const typename V::Vec &centre,
                                            const typename V::Vec &weight, double inverseR2,
                                            typename V::Vec *c )
{
  using Vec = typename V::Vec;
  const Vec alpha = V::mul( V::sub( a, V::mul( centre, centre ) ), V::set( inverseR2 ) );
  const Vec beta = V::mul( centre, V::set( 2 * inverseR2 ) );
  const double gamma = -inverseR2;
  if constexpr ( M == 0 )
  {
    c[0] = weight;
  }
  else if constexpr ( M == 1 )
  {
    c[0] = V::mul( weight, alpha );
    c[1] = V::mul( weight, beta );
    c[2] = V::mul( weight, V::set( gamma ) );
  }
  else
  {
    const Vec twoGamma = V::set( 2 * gamma );
    const Vec s0 = V::mul( alpha, alpha );
    const Vec s1 = V::mul( V::add( alpha, alpha ), beta );
    const Vec s2 = V::add( V::mul( beta, beta ), V::mul( twoGamma, alpha ) );
    const Vec s3 = V::mul( twoGamma, beta );
    const double s4 = gamma * gamma;
    if constexpr ( M == 2 )
    {
      c[0] = V::mul( weight, s0 );
      c[1] = V::mul( weight, s1 );
      c[2] = V::mul( weight, s2 );
      c[3] = V::mul( weight, s3 );
      c[4] = V::mul( weight, V::set( s4 ) );
    }
    else
    {
      static_assert( M == 3, "kernels up to triweight" );
      const Vec g = V::set( gamma );
      const Vec t4 = V::set( s4 );
      c[0] = V::mul( weight, V::mul( s0, alpha ) );
      c[1] = V::mul( weight, V::add( V::mul( s0, beta ), V::mul( s1, alpha ) ) );
      c[2] = V::mul( weight, V::add( V::add( V::mul( s0, g ), V::mul( s1, beta ) ), V::mul( s2, alpha ) ) );
      c[3] = V::mul( weight, V::add( V::add( V::mul( s1, g ), V::mul( s2, beta ) ), V::mul( s3, alpha ) ) );
      c[4] = V::mul( weight, V::add( V::add( V::mul( s2, g ), V::mul( s3, beta ) ), V::mul( t4, alpha ) ) );
      c[5] = V::mul( weight, V::add( V::mul( s3, g ), V::mul( t4, beta ) ) );
      c[6] = V::mul( weight, V::set( s4 * gamma ) );
    }
  }
}

//! Doubles per slot of the difference arrays: the 2M + 1 coefficients and the count, padded to a multiple of
//! four so that AVX2 updates them in aligned fours.
template <int M>
constexpr std::size_t kSlotSize = ( 2 * M + 2 + 3 ) / 4 * 4;

//! Each lane's three slot updates (see addPointRows).
template <class V, int M>
TRYGGKARTA_ALWAYS_INLINE void addSlots( double *diff, const std::int32_t *slot, const typename V::Vec *first,
                                        const typename V::Vec *last, const typename V::Vec &count )
{
  constexpr int kLanes = V::kLanes;
  typename V::template LaneSlot<M> firstSlots[kLanes];
  typename V::template LaneSlot<M> lastSlots[kLanes];
  V::template transpose<M>( first, count, firstSlots );
  V::template transpose<M>( last, count, lastSlots );
#pragma GCC unroll 4
  for ( int lane = 0; lane < kLanes; ++lane )
  {
    V::template addSlot<M, false>( diff + static_cast<std::size_t>( slot[lane] ) * kSlotSize<M>,
                                   firstSlots[lane] );
    V::template addSlot<M, false>( diff + static_cast<std::size_t>( slot[kLanes + lane] ) * kSlotSize<M>,
                                   lastSlots[lane] );
    V::template addSlot<M, true>( diff + static_cast<std::size_t>( slot[2 * kLanes + lane] ) * kSlotSize<M>,
                                  lastSlots[lane] );
  }
}

/**
 * V::kLanes points on one row (see the comment at the top): each adds its polynomial at its interval's first
 * column, again at the start of the next block if the interval reaches into it, and subtracts it after the
 * interval's last column. Column i of block b is slot i + b of the difference arrays; each block has one
 * slot more than it has columns, its sink, never read: an interval ending at its block's last column
 * subtracts there, and one that stays in its block "adds again" there, so there is no branch. Neither is
 * there for a point that reaches no cell of the row: its lane writes to the waste slot.
 */
template <class V, int M>
TRYGGKARTA_ALWAYS_INLINE void addPointRows( const double *qx, const double *qy, const double *weight,
                                            double row, const RowSetup &s, double *diff )
{
  using Vec = typename V::Vec;
  const Vec zero = V::set( 0 );
  const Vec one = V::set( 1 );
  const Vec width = V::set( s.blockWidth );
  const Vec x = V::load( qx );
  const Vec dy = V::sub( V::set( row ), V::load( qy ) );
  const Vec aSigned = V::sub( V::set( s.r2 ), V::mul( dy, dy ) );
  const Vec a = V::max( aSigned, zero );

  // Blocks are at least 2R wide, so an interval lies in block b = block( max( x - R, 0 ) ) or b + 1: the
  // coefficients in both blocks' local variables need only the point and the row.
  const Vec lowestColumn = V::max( V::sub( x, V::set( s.radius ) ), zero );
  const Vec block = V::truncate( V::mul( lowestColumn, V::set( 1 / s.blockWidth ) ) ); // exact: 2^-k
  const Vec nextBlockStart = V::mul( V::add( block, one ), width );
  const Vec centre = V::sub( x, V::sub( nextBlockStart, V::set( s.blockWidth / 2 ) ) );
  const Vec w = V::load( weight );
  Vec here[2 * M + 1];
  Vec next[2 * M + 1];
  coefficients<V, M>( a, centre, w, s.inverseR2, here );
  coefficients<V, M>( a, V::sub( centre, width ), w, s.inverseR2, next );

  // The interval: first = ceil( max( x - h, 0 ) ), last = floor( min( x + h, last column ) ), by truncation
  // (SSE2 has no rounding instruction); the low end is not negative, the high end at least -R - 1.
  const Vec halfWidth = V::sqrt( a );
  const Vec low = V::max( V::sub( x, halfWidth ), zero );
  const Vec high = V::min( V::add( x, halfWidth ), V::set( s.lastColumn ) );
  const Vec lowTruncated = V::truncate( low );
  const Vec highTruncated = V::truncate( high );
  const Vec first = V::add( lowTruncated, V::bitAnd( one, V::less( lowTruncated, low ) ) );
  const Vec last = V::sub( highTruncated, V::bitAnd( one, V::greater( highTruncated, high ) ) );
  const Vec firstInNext = V::greaterEqual( first, nextBlockStart );
  const Vec lastInNext = V::greaterEqual( last, nextBlockStart );
  const Vec firstBlock = V::add( block, V::bitAnd( one, firstInNext ) );
  const Vec lastBlock = V::add( block, V::bitAnd( one, lastInNext ) );
  Vec firstCoefficients[2 * M + 1];
  Vec lastCoefficients[2 * M + 1];
#pragma GCC unroll 8
  for ( int k = 0; k <= 2 * M; ++k )
  {
    firstCoefficients[k] = V::select( firstInNext, next[k], here[k] );
    lastCoefficients[k] = V::select( lastInNext, next[k], here[k] );
  }

  // Slots: the first column's; the last block's start, or the first block's sink when that is the same
  // block; after the last column. Lanes whose point reaches no cell of the row go to the waste slot.
  const Vec valid = V::bitAnd( V::greaterEqual( aSigned, zero ), V::lessEqual( first, last ) );
  const Vec waste = V::set( s.wasteSlot );
  const Vec firstSlot = V::add( first, firstBlock );
  const Vec lastStart =
    V::add( V::mul( firstBlock, V::add( width, one ) ), V::add( width, V::sub( lastBlock, firstBlock ) ) );
  const Vec endSlot = V::add( V::add( last, one ), lastBlock );
  alignas( 32 ) std::int32_t slots[3 * V::kLanes];
  V::storeInts( V::select( valid, firstSlot, waste ), slots );
  V::storeInts( V::select( valid, lastStart, waste ), slots + V::kLanes );
  V::storeInts( V::select( valid, endSlot, waste ), slots + 2 * V::kLanes );
  addSlots<V, M>( diff, slots, firstCoefficients, lastCoefficients, one );
}

//! The points [p, end) on a row, V::kLanes at a time; returns where it stopped (fewer than kLanes left).
template <class V, int M>
TRYGGKARTA_ALWAYS_INLINE std::size_t addRowPoints( const PreparedPoints &points, std::size_t p,
                                                   std::size_t end, double row, const RowSetup &s,
                                                   double *diff )
{
  const double *qx = points.qx.data();
  const double *qy = points.qy.data();
  const double *weight = points.weight.data();
  // A copy the stores to diff cannot alias, so its values stay in registers across the loop.
  const RowSetup setup = s;
  for ( ; p + V::kLanes <= end; p += V::kLanes )
    addPointRows<V, M>( qx + p, qy + p, weight + p, row, setup, diff );
  return p;
}

#if defined( TRYGGKARTA_AVX2 )
//! addRowPoints with AVX2: compiled for AVX2 with everything inlined into it; call only where the
//! processor has it (hasAvx2()).
template <int M>
__attribute__( ( target( "avx2,fma" ), flatten ) ) std::size_t
addRowPointsAvx2( const PreparedPoints &points, std::size_t p, std::size_t end, double row, const RowSetup &s,
                  double *diff )
{
  return addRowPoints<Avx2, M>( points, p, end, row, s, diff );
}

//! addRowPoints with AVX-512, likewise (hasAvx512()).
template <int M>
__attribute__( ( target( "avx512f,avx512dq,avx2,fma" ), flatten ) ) std::size_t
addRowPointsAvx512( const PreparedPoints &points, std::size_t p, std::size_t end, double row,
                    const RowSetup &s, double *diff )
{
  return addRowPoints<Avx512, M>( points, p, end, row, s, diff );
}
#pragma GCC diagnostic pop

bool hasAvx2()
{
  static const bool has = __builtin_cpu_supports( "avx2" ) && __builtin_cpu_supports( "fma" );
  return has;
}

bool hasAvx512()
{
  static const bool has =
    hasAvx2() && __builtin_cpu_supports( "avx512f" ) && __builtin_cpu_supports( "avx512dq" );
  return has;
}
#endif

//! One point on one row when its interval may reach into more than two blocks (radii of more than 64 cells,
//! 32 for the triweight): one piece per block, each block's coefficients in its own variable.
template <int M>
void addPointRowPieces( double qx, double qy, double weight, double row, const RowSetup &s, int blockShift,
                        double *diff )
{
  constexpr std::size_t kSlot = kSlotSize<M>;
  const double dy = row - qy;
  const double a = s.r2 - dy * dy;
  if ( a < 0 )
    return;
  const double halfWidth = std::sqrt( a );
  const double low = std::max( qx - halfWidth, 0.0 );
  const double high = std::min( qx + halfWidth, s.lastColumn );
  const int lowTruncated = static_cast<int>( low );   // not negative: floor
  const int highTruncated = static_cast<int>( high ); // at least -R - 1
  const int first = lowTruncated + ( lowTruncated < low );
  const int last = highTruncated - ( highTruncated > high );
  if ( first > last )
    return;
  int block = first >> blockShift;
  const int lastBlock = last >> blockShift;
  double centre = qx - ( ( block << blockShift ) + s.blockWidth / 2 );
  double c[2 * M + 1];
  Scalar::LaneSlot<M> piece;
  coefficients<Scalar, M>( a, centre, weight, s.inverseR2, c );
  Scalar::transpose<M>( c, 1.0, &piece );
  Scalar::addSlot<M, false>( diff + static_cast<std::size_t>( first + block ) * kSlot, piece );
  while ( block < lastBlock )
  {
    ++block;
    centre -= s.blockWidth;
    coefficients<Scalar, M>( a, centre, weight, s.inverseR2, c );
    Scalar::transpose<M>( c, 1.0, &piece );
    Scalar::addSlot<M, false>( diff + static_cast<std::size_t>( ( block << blockShift ) + block ) * kSlot,
                               piece );
  }
  Scalar::addSlot<M, true>( diff + static_cast<std::size_t>( last + 1 + block ) * kSlot, piece );
}

//! The running sums along a row: the 2M + 1 coefficients and the point count (in registers).
template <int M>
struct RunningSum
{
#if defined( TRYGGKARTA_SSE2 )
  __m128d pairs[M + 1];

  void clear()
  {
#pragma GCC unroll 4
    for ( int k = 0; k <= M; ++k )
      pairs[k] = _mm_setzero_pd();
  }
  //! Adds a slot and clears it.
  void take( double *slot )
  {
#pragma GCC unroll 4
    for ( int k = 0; k <= M; ++k )
    {
      pairs[k] = _mm_add_pd( pairs[k], _mm_loadu_pd( slot + 2 * k ) );
      _mm_storeu_pd( slot + 2 * k, _mm_setzero_pd() );
    }
  }
  double count() const
  {
    return _mm_cvtsd_f64( _mm_unpackhi_pd( pairs[M], pairs[M] ) );
  }
  double coefficient( int k ) const
  {
    return k % 2 ? _mm_cvtsd_f64( _mm_unpackhi_pd( pairs[k / 2], pairs[k / 2] ) )
                 : _mm_cvtsd_f64( pairs[k / 2] );
  }
#else
  double values[2 * M + 2];

  void clear()
  {
    for ( double &value : values )
      value = 0;
  }
  void take( double *slot )
  {
    for ( int k = 0; k < 2 * M + 2; ++k )
    {
      values[k] += slot[k];
      slot[k] = 0;
    }
  }
  double count() const
  {
    return values[2 * M + 1];
  }
  double coefficient( int k ) const
  {
    return values[k];
  }
#endif

  //! The polynomial at u.
  double evaluate( double u ) const
  {
    double value = coefficient( 2 * M );
#pragma GCC unroll 8
    for ( int k = 2 * M - 1; k >= 0; --k )
      value = value * u + coefficient( k );
    return value;
  }
};

//! Rows [firstRow, endRow) of a kernel ( 1 - d²/R² )^M, see the comment at the top.
template <int M>
void polynomialRows( const PreparedPoints &points, const AlignedGrid &grid, double radiusCells, double factor,
                     int firstRow, int endRow, double *out, Scratch &scratch )
{
  // A slot holds the 2M + 1 coefficients and, last, the number of points (an exact integer in a double),
  // so the same additions update both.
  constexpr std::size_t kSlot = kSlotSize<M>;
  const int columns = grid.columns;
  const int blockShift = blockShiftFor( radiusCells, 2 * M );
  const int blockWidth = 1 << blockShift;
  const int blocks = ( columns + blockWidth - 1 ) >> blockShift;
  RowSetup setup;
  setup.radius = radiusCells;
  setup.r2 = radiusCells * radiusCells;
  setup.inverseR2 = 1 / setup.r2;
  setup.blockWidth = blockWidth;
  setup.lastColumn = columns - 1;
  const std::size_t slots = static_cast<std::size_t>( blocks ) * ( blockWidth + 1 );
  // Larger radii reach into more than two blocks.
  const bool twoBlocks = blockWidth >= 2 * radiusCells;
  setup.wasteSlot = static_cast<double>( slots );
  double *diff = scratch.differences( ( slots + 1 ) * kSlot );
  const double halfBlock = blockWidth / 2;

  for ( int row = firstRow; row < endRow; ++row )
  {
    const auto [begin, end] = points.range( row, row, radiusCells );
    std::size_t p = begin;
    if ( twoBlocks )
    {
#if defined( TRYGGKARTA_AVX2 )
      if ( hasAvx512() )
        p = addRowPointsAvx512<M>( points, p, end, row, setup, diff );
      if ( hasAvx2() )
        p = addRowPointsAvx2<M>( points, p, end, row, setup, diff );
#endif
#if defined( TRYGGKARTA_SSE2 )
      p = addRowPoints<Sse2, M>( points, p, end, row, setup, diff );
#endif
      addRowPoints<Scalar, M>( points, p, end, row, setup, diff );
    }
    else
    {
      for ( ; p < end; ++p )
        addPointRowPieces<M>( points.qx[p], points.qy[p], points.weight[p], row, setup, blockShift, diff );
    }

    double *rowOut = out + static_cast<std::size_t>( row ) * static_cast<std::size_t>( columns );
    for ( int block = 0; block < blocks; ++block )
    {
      const int blockStart = block << blockShift;
      const int width = std::min( blockWidth, columns - blockStart );
      double *blockSlots = diff + static_cast<std::size_t>( blockStart + block ) * kSlot;
      double *blockOut = rowOut + blockStart;
      RunningSum<M> sum;
      sum.clear();
      for ( int i = 0; i < width; ++i )
      {
        sum.take( blockSlots + static_cast<std::size_t>( i ) * kSlot );
        if ( sum.count() == 0 )
        {
          // No point reaches this cell: exactly zero, and drop the rounding left by points that ended.
          sum.clear();
          blockOut[i] = 0;
          continue;
        }
        blockOut[i] = sum.evaluate( i - halfBlock ) * factor;
      }
      // The sink (and, in a short last block, the slots past the grid).
      std::fill( blockSlots + static_cast<std::size_t>( width ) * kSlot,
                 blockSlots + static_cast<std::size_t>( blockWidth + 1 ) * kSlot, 0.0 );
    }
  }
}

//! Adds base - scale × sqrt( dx2[k] + dy2 ) to row[k] for k < n.
inline void addTriangularRow( double *row, const double *dx2, int n, double dy2, double base, double scale )
{
  int k = 0;
#if defined( TRYGGKARTA_SSE2 )
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
#if defined( TRYGGKARTA_SSE2 )
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

//! Runs fn( chunk, scratch ) for every chunk in [0, chunks) on up to `threads` threads (0 = all cores),
//! handing chunks out as threads become free (points cluster, so rows differ in cost).
template <typename Function>
void forEachChunk( int chunks, int threads, Function fn )
{
  threads = threads > 0 ? threads : static_cast<int>( std::thread::hardware_concurrency() );
  threads = std::clamp( threads, 1, std::max( chunks, 1 ) );
  std::atomic<int> nextChunk{ 0 };
  auto work = [&]()
  {
    Scratch scratch;
    for ( int chunk = nextChunk++; chunk < chunks; chunk = nextChunk++ )
      fn( chunk, scratch );
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
}

//! Writes every cell of out (the grid's cells, row-major) with factor × the points' kernel sum there.
void kernelSums( const KernelDensityParameters &p, const PreparedPoints &points, const AlignedGrid &g,
                 double factor, double *out )
{
  const double radiusCells =
    KernelDensity::supportRadius( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas ) / g.cellSize;
  const double sigmaCells = p.radiusMeters / g.cellSize;
  const bool stamped = p.kernel == KernelShape::Triangular || p.kernel == KernelShape::Gaussian;
  const int chunkRows = stamped ? kStampChunkRows : kPolynomialChunkRows;
  const int chunks = ( g.rows + chunkRows - 1 ) / chunkRows;
  forEachChunk( chunks, p.threads,
                [&]( int chunk, Scratch &scratch )
                {
                  const int first = chunk * chunkRows;
                  const int end = std::min( first + chunkRows, g.rows );
                  switch ( p.kernel )
                  {
                  case KernelShape::Quartic:
                    polynomialRows<2>( points, g, radiusCells, factor, first, end, out, scratch );
                    break;
                  case KernelShape::Triweight:
                    polynomialRows<3>( points, g, radiusCells, factor, first, end, out, scratch );
                    break;
                  case KernelShape::Epanechnikov:
                    polynomialRows<1>( points, g, radiusCells, factor, first, end, out, scratch );
                    break;
                  case KernelShape::Uniform:
                    polynomialRows<0>( points, g, radiusCells, factor, first, end, out, scratch );
                    break;
                  case KernelShape::Triangular:
                  case KernelShape::Gaussian:
                    stampRows( p.kernel, points, g, radiusCells, sigmaCells, factor, first, end, out,
                               scratch );
                    break;
                  }
                } );
}

//! The raw kernel at a lattice offset of ( dx, dy ) cells, as kernelSums evaluates it for a point at a
//! cell centre (support radius and σ in cells).
double latticeKernel( KernelShape kernel, double dx, double dy, double radiusCells, double sigmaCells )
{
  const double r2 = radiusCells * radiusCells;
  const double a = r2 - dy * dy;
  if ( a < 0 || dx * dx > a )
    return 0;
  const double t = ( a - dx * dx ) / r2;
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
    return 1 - std::sqrt( dx * dx + dy * dy ) / radiusCells;
  case KernelShape::Gaussian:
    return std::exp( -0.5 * ( dx * dx + dy * dy ) / ( sigmaCells * sigmaCells ) );
  }
  return 0;
}

/**
 * The edge correction's factor for every cell of the grid: 1 / max( share, minimum share ), where share is
 * the kernel-weighted share of the study area's cells (the mask's kept cells, or the grid) among all cells
 * within reach, counting the lattice beyond the grid too: ( G - O ) / S as described at the top. Masked-out
 * cells get 1 (their value is replaced anyway).
 */
Buffer<double> edgeCorrectionFactors( const KernelDensityParameters &p, const AlignedGrid &g )
{
  const double radiusCells =
    KernelDensity::supportRadius( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas ) / g.cellSize;
  const double sigmaCells = p.radiusMeters / g.cellSize;
  const int n = static_cast<int>( std::floor( radiusCells ) );
  const std::size_t columns = static_cast<std::size_t>( g.columns );

  // The kernel's lattice values, cumulative in both directions: cumulative[( y + n + 1 ) × side + x + n + 1]
  // = sum over dy <= y, dx <= x; the row and column for -n - 1 are zero.
  const std::size_t side = static_cast<std::size_t>( 2 * n + 2 );
  std::vector<double> cumulative( side * side, 0.0 );
  for ( int y = -n; y <= n; ++y )
  {
    double rowSum = 0;
    const std::size_t at = static_cast<std::size_t>( y + n + 1 ) * side;
    for ( int x = -n; x <= n; ++x )
    {
      rowSum += latticeKernel( p.kernel, x, y, radiusCells, sigmaCells );
      cumulative[at + static_cast<std::size_t>( x + n + 1 )] =
        cumulative[at - side + static_cast<std::size_t>( x + n + 1 )] + rowSum;
    }
  }
  auto cumulativeAt = [&]( int y, int x ) {
    return cumulative[static_cast<std::size_t>( y + n + 1 ) * side + static_cast<std::size_t>( x + n + 1 )];
  };
  const double total = cumulativeAt( n, n );

  // O: the kernel sums of the masked-out cells within reach of the study area (a square around the disc),
  // with those cells as points.
  Buffer<double> factors( g.cellCount() );
  Buffer<double> outside;
  bool anyOutside = false;
  if ( !p.mask.empty() )
  {
    // Near: some kept cell within n columns (rowNear), then also within n rows.
    Buffer<std::uint8_t> rowNear( g.cellCount() );
    for ( int row = 0; row < g.rows; ++row )
    {
      const std::uint8_t *keep = p.mask.data() + static_cast<std::size_t>( row ) * columns;
      std::uint8_t *near = rowNear.data() + static_cast<std::size_t>( row ) * columns;
      int inWindow = 0;
      for ( int i = 0; i < std::min( n, g.columns ); ++i )
        inWindow += keep[i] != 0;
      for ( int i = 0; i < g.columns; ++i )
      {
        if ( i + n < g.columns )
          inWindow += keep[i + n] != 0;
        if ( i - n - 1 >= 0 )
          inWindow -= keep[i - n - 1] != 0;
        near[i] = inWindow > 0;
      }
    }
    Buffer<CellPoint> cells( g.cellCount() );
    std::size_t count = 0;
    std::vector<int> inWindow( columns, 0 );
    for ( int row = 0; row < std::min( n, g.rows ); ++row )
    {
      for ( std::size_t i = 0; i < columns; ++i )
        inWindow[i] += rowNear[static_cast<std::size_t>( row ) * columns + i];
    }
    for ( int row = 0; row < g.rows; ++row )
    {
      if ( row + n < g.rows )
      {
        for ( std::size_t i = 0; i < columns; ++i )
          inWindow[i] += rowNear[static_cast<std::size_t>( row + n ) * columns + i];
      }
      if ( row - n - 1 >= 0 )
      {
        for ( std::size_t i = 0; i < columns; ++i )
          inWindow[i] -= rowNear[static_cast<std::size_t>( row - n - 1 ) * columns + i];
      }
      for ( std::size_t i = 0; i < columns; ++i )
      {
        if ( inWindow[i] > 0 && !p.mask[static_cast<std::size_t>( row ) * columns + i] )
          cells[count++] = { static_cast<double>( i ), static_cast<double>( row ), 1.0 };
      }
    }
    if ( count > 0 )
    {
      anyOutside = true;
      outside = Buffer<double>( g.cellCount() );
      kernelSums( p, sortPoints( std::move( cells ), count, g, radiusCells ), g, 1.0, outside.data() );
    }
  }

  // G per cell from the cumulative table, then the factor.
  const int chunks = ( g.rows + kEdgeChunkRows - 1 ) / kEdgeChunkRows;
  const double minimumShare = p.edgeCorrectionMinimumShare;
  forEachChunk( chunks, p.threads,
                [&]( int chunk, Scratch & )
                {
                  const int endRow = std::min( ( chunk + 1 ) * kEdgeChunkRows, g.rows );
                  for ( int row = chunk * kEdgeChunkRows; row < endRow; ++row )
                  {
                    const int y0 = std::max( -row, -n );
                    const int y1 = std::min( g.rows - 1 - row, n );
                    for ( int i = 0; i < g.columns; ++i )
                    {
                      const std::size_t k =
                        static_cast<std::size_t>( row ) * columns + static_cast<std::size_t>( i );
                      if ( !p.mask.empty() && !p.mask[k] )
                      {
                        factors[k] = 1;
                        continue;
                      }
                      const int x0 = std::max( -i, -n );
                      const int x1 = std::min( g.columns - 1 - i, n );
                      double inside = cumulativeAt( y1, x1 ) - cumulativeAt( y0 - 1, x1 ) -
                                      cumulativeAt( y1, x0 - 1 ) + cumulativeAt( y0 - 1, x0 - 1 );
                      if ( anyOutside )
                        inside -= outside[k];
                      factors[k] = 1 / std::max( inside / total, minimumShare );
                    }
                  }
                } );
  return factors;
}

std::optional<Error> validate( const KernelDensityParameters &parameters )
{
  if ( !isPositiveFinite( parameters.radiusMeters ) )
    return Error( MessageCode::KdeBadRadius, formatNumber( parameters.radiusMeters ) );
  if ( !isPositiveFinite( parameters.cellSize ) )
    return Error( MessageCode::AnalysisBadCellSize, formatNumber( parameters.cellSize ) );
  if ( parameters.kernel == KernelShape::Gaussian &&
       !isPositiveFinite( parameters.gaussianTruncationSigmas ) )
    return Error( MessageCode::KdeBadTruncation, formatNumber( parameters.gaussianTruncationSigmas ) );
  if ( parameters.edgeCorrection )
  {
    if ( !( parameters.edgeCorrectionMinimumShare > 0 && parameters.edgeCorrectionMinimumShare <= 1 ) )
      return Error( MessageCode::KdeBadEdgeShare, formatNumber( parameters.edgeCorrectionMinimumShare ) );
    const double supportCells = KernelDensity::supportRadius( parameters.kernel, parameters.radiusMeters,
                                                              parameters.gaussianTruncationSigmas ) /
                                parameters.cellSize;
    if ( supportCells > kMaxEdgeCorrectionCells )
      return Error( MessageCode::KdeEdgeKernelTooLarge, formatNumber( kMaxEdgeCorrectionCells ),
                    formatNumber( supportCells ) );
  }
  if ( parameters.extent )
  {
    const MapExtent &e = *parameters.extent;
    if ( !std::isfinite( e.xMin ) || !std::isfinite( e.yMin ) || !std::isfinite( e.xMax ) ||
         !std::isfinite( e.yMax ) || e.xMax < e.xMin || e.yMax < e.yMin )
      return Error( MessageCode::KdeBadExtent );
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

bool sameGrid( const AlignedGrid &l, const AlignedGrid &r )
{
  return l.cellSize == r.cellSize && l.westIndex == r.westIndex && l.northIndex == r.northIndex &&
         l.columns == r.columns && l.rows == r.rows;
}

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

//! The edge correction's factors for the last grid they were computed for.
struct KernelDensity::EdgeCorrectionCache
{
  std::mutex mutex;
  std::optional<AlignedGrid> grid;
  Buffer<double> factors;
};

KernelDensity::KernelDensity( KernelDensityParameters parameters ) : mParameters( std::move( parameters ) )
{
  if ( mParameters.edgeCorrection )
    mEdgeCorrectionCache = std::make_shared<EdgeCorrectionCache>();
}

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
      return Error( MessageCode::KdeRadiusBadPoints );
    totalWeight += point.weight;
    sumX += point.weight * point.x;
    sumY += point.weight * point.y;
  }
  if ( !( totalWeight > 0 ) )
    return Error( MessageCode::KdeRadiusNoWeight );
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

  // Weighted median: where the cumulative weight (in sorted order) reaches half; on an exact tie, the mean of
  // the two sides (which gives the ordinary median for unit weights). Found by selection, not a whole sort:
  // the range holding it is halved with nth_element until it is small, then sorted (ten million points in a
  // fraction of the time a sort takes).
  const double half = totalWeight / 2;
  const double target = half * ( 1 - 1e-12 );
  std::size_t lo = 0, hi = distances.size();
  double before = 0; // the weight of everything below lo
  while ( hi - lo > 64 )
  {
    const std::size_t mid = lo + ( hi - lo ) / 2;
    std::nth_element( distances.begin() + static_cast<std::ptrdiff_t>( lo ),
                      distances.begin() + static_cast<std::ptrdiff_t>( mid ),
                      distances.begin() + static_cast<std::ptrdiff_t>( hi ) );
    double below = 0;
    for ( std::size_t k = lo; k < mid; ++k )
      below += distances[k].second;
    if ( before + below >= target )
      hi = mid;
    else
    {
      before += below;
      lo = mid;
    }
  }
  std::sort( distances.begin() + static_cast<std::ptrdiff_t>( lo ),
             distances.begin() + static_cast<std::ptrdiff_t>( hi ) );
  double cumulative = before;
  double median = distances[hi - 1].first;
  for ( std::size_t k = lo; k < hi; ++k )
  {
    cumulative += distances[k].second;
    if ( cumulative >= target )
    {
      median = distances[k].first;
      if ( std::abs( cumulative - half ) <= 1e-12 * totalWeight && k + 1 < distances.size() )
      {
        // The next in sorted order: in the range, or the smallest above it.
        const double next =
          k + 1 < hi
            ? distances[k + 1].first
            : std::min_element( distances.begin() + static_cast<std::ptrdiff_t>( hi ), distances.end() )
                ->first;
        median = ( distances[k].first + next ) / 2;
      }
      break;
    }
  }

  const double spread = std::min( standardDistance, std::sqrt( 1 / std::log( 2.0 ) ) * median );
  const double radius = 0.9 * spread * std::pow( totalWeight, -0.2 );
  if ( !( radius > 0 ) )
    return Error( MessageCode::KdeRadiusOnePlace );
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
      return Error( MessageCode::AnalysisPointNotNumber, k + 1 );
  }

  MapExtent extent;
  if ( p.extent )
  {
    extent = *p.extent;
  }
  else
  {
    if ( points.empty() )
      return Error( MessageCode::KdeNoPoints );
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
    return Error( MessageCode::KdeGridTooLarge, formatNumber( size.columns ), formatNumber( size.rows ),
                  formatNumber( p.cellSize ), formatNumber( bytes / kGiB ), formatNumber( limit / kGiB ),
                  formatNumber( suggestion ) );
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
    return Error( MessageCode::KdeMaskMismatch, p.mask.size(), g.cellCount(), g.columns, g.rows );

  // Every cell is written below, so a reused raster keeps its memory and is not cleared first. New memory is
  // advised to use huge pages before std::vector first touches it (see the top).
  if ( raster.values.capacity() < g.cellCount() )
  {
    std::vector<double>().swap( raster.values );
    raster.values.reserve( g.cellCount() );
    if ( g.cellCount() * sizeof( double ) >= ( std::size_t( 4 ) << 20 ) )
      adviseHugePages( raster.values.data(), g.cellCount() * sizeof( double ) );
  }
  raster.values.resize( g.cellCount() );
  const double radiusCells =
    supportRadius( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas ) / g.cellSize;

  double factor = 1;
  if ( p.output != DensityOutput::Raw )
    factor = scaleFactor( p.kernel, p.radiusMeters, p.gaussianTruncationSigmas );
  if ( p.output == DensityOutput::EventsPerSquareKm )
    factor *= 1e6;
  kernelSums( p, preparePoints( points, g, radiusCells ), g, factor, raster.values.data() );

  if ( p.edgeCorrection )
  {
    const std::lock_guard<std::mutex> lock( mEdgeCorrectionCache->mutex );
    EdgeCorrectionCache &cache = *mEdgeCorrectionCache;
    if ( !cache.grid || !sameGrid( *cache.grid, g ) )
    {
      cache.grid.reset();
      cache.factors = edgeCorrectionFactors( p, g );
      cache.grid = g;
    }
    for ( std::size_t k = 0; k < raster.values.size(); ++k )
      raster.values[k] *= cache.factors[k];
  }
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

#include "clustering.h"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <sstream>
#include <thread>

namespace tryggkarta
{

namespace
{

// How it works: points are bucketed in a uniform grid whose cells are at least eps wide, so a point's
// neighbours lie in the 3 × 3 cells around its own. Points are sorted by cell key (row × columns + column,
// a stable radix sort, so ties keep input order); the three cells of one grid row next to a cell are then one
// contiguous run of the sorted arrays. Pass 1 counts neighbours (in parallel, each point on its own),
// pass 2 joins neighbouring core points in a lock-free union-find (in parallel: which threads join which
// pairs first changes the trees but not the sets), labels are then given serially in input order, and pass 3
// gives each border point the lowest label among its core neighbours (in parallel, each point on its own). So
// the thread count cannot change the result.

using Index = std::uint32_t;

//! Points sorted by grid cell, with the cells and the runs of sorted positions they cover.
struct SortedGrid
{
  std::vector<Index> order;            //!< sorted position -> input index
  std::vector<double> xs;              //!< metres, sorted order
  std::vector<double> ys;              //!< metres, sorted order
  std::vector<std::int64_t> times;     //!< Unix seconds, sorted order (ST-DBSCAN only)
  std::vector<std::uint64_t> cellKeys; //!< the non-empty cells, ascending
  std::vector<Index> cellStart;        //!< first sorted position of each cell; one extra at the end
  std::uint64_t columns = 1;
  std::uint64_t rows = 1;

  //! The sorted-position runs [begin, end) of the 3 grid rows around cell \a cell (empty runs skipped).
  int neighbourRuns( std::size_t cell, Index *begins, Index *ends ) const
  {
    const std::uint64_t key = cellKeys[cell];
    const std::uint64_t column = key % columns;
    const std::uint64_t row = key / columns;
    const std::uint64_t firstColumn = column > 0 ? column - 1 : 0;
    const std::uint64_t lastColumn = std::min( column + 1, columns - 1 );
    int runs = 0;
    for ( std::uint64_t r = row > 0 ? row - 1 : 0; r <= std::min( row + 1, rows - 1 ); ++r )
    {
      const auto lo = std::lower_bound( cellKeys.begin(), cellKeys.end(), r * columns + firstColumn );
      const auto hi = std::upper_bound( lo, cellKeys.end(), r * columns + lastColumn );
      if ( lo == hi )
        continue;
      begins[runs] = cellStart[static_cast<std::size_t>( lo - cellKeys.begin() )];
      ends[runs] = cellStart[static_cast<std::size_t>( hi - cellKeys.begin() )];
      ++runs;
    }
    return runs;
  }
};

SortedGrid buildGrid( const std::vector<ClusterPoint> &points, const std::vector<std::int64_t> *times,
                      double epsMeters )
{
  const std::size_t n = points.size();
  SortedGrid grid;
  double xMin = points[0].x, xMax = points[0].x, yMin = points[0].y, yMax = points[0].y;
  for ( const ClusterPoint &p : points )
  {
    xMin = std::min( xMin, p.x );
    xMax = std::max( xMax, p.x );
    yMin = std::min( yMin, p.y );
    yMax = std::max( yMax, p.y );
  }
  // Cells wider than eps stay correct (neighbours are still in the 3 × 3 cells); widening them keeps the
  // cell keys within 64 bits when eps is tiny against the extent.
  const double cellSize =
    std::max( { epsMeters, ( xMax - xMin ) / 1073741824.0, ( yMax - yMin ) / 1073741824.0 } );
  grid.columns = static_cast<std::uint64_t>( std::floor( ( xMax - xMin ) / cellSize ) ) + 1;
  grid.rows = static_cast<std::uint64_t>( std::floor( ( yMax - yMin ) / cellSize ) ) + 1;

  std::vector<std::uint64_t> keys( n ), keysTmp( n );
  std::vector<Index> order( n ), orderTmp( n );
  std::uint64_t maxKey = 0;
  for ( std::size_t i = 0; i < n; ++i )
  {
    const auto column =
      std::min( static_cast<std::uint64_t>( ( points[i].x - xMin ) / cellSize ), grid.columns - 1 );
    const auto row =
      std::min( static_cast<std::uint64_t>( ( points[i].y - yMin ) / cellSize ), grid.rows - 1 );
    keys[i] = row * grid.columns + column;
    order[i] = static_cast<Index>( i );
    maxKey = std::max( maxKey, keys[i] );
  }

  // Stable LSD radix sort by key, 11 bits a pass, only as many passes as the largest key needs.
  constexpr int BITS = 11;
  constexpr std::size_t BUCKETS = std::size_t( 1 ) << BITS;
  std::vector<Index> counts( BUCKETS + 1 );
  for ( int shift = 0; shift == 0 || ( shift < 64 && ( maxKey >> shift ) != 0 ); shift += BITS )
  {
    std::fill( counts.begin(), counts.end(), 0 );
    for ( std::size_t i = 0; i < n; ++i )
      ++counts[( ( keys[i] >> shift ) & ( BUCKETS - 1 ) ) + 1];
    for ( std::size_t b = 0; b < BUCKETS; ++b )
      counts[b + 1] += counts[b];
    for ( std::size_t i = 0; i < n; ++i )
    {
      const Index target = counts[( keys[i] >> shift ) & ( BUCKETS - 1 )]++;
      keysTmp[target] = keys[i];
      orderTmp[target] = order[i];
    }
    keys.swap( keysTmp );
    order.swap( orderTmp );
  }

  grid.xs.resize( n );
  grid.ys.resize( n );
  if ( times )
    grid.times.resize( n );
  for ( std::size_t s = 0; s < n; ++s )
  {
    grid.xs[s] = points[order[s]].x;
    grid.ys[s] = points[order[s]].y;
    if ( times )
      grid.times[s] = ( *times )[order[s]];
    if ( s == 0 || keys[s] != keys[s - 1] )
    {
      grid.cellKeys.push_back( keys[s] );
      grid.cellStart.push_back( static_cast<Index>( s ) );
    }
  }
  grid.cellStart.push_back( static_cast<Index>( n ) );
  grid.order = std::move( order );
  return grid;
}

//! The runs of sorted positions holding a cell's possible neighbours.
struct NeighbourRuns
{
  Index begin[3];
  Index end[3];
  int count = 0;
};

/**
 * Runs \a work( block ) for every block, spread over \a threads threads. The calling thread reports the share
 * of blocks done (mapped onto from … to) after each block it runs; when the callback asks to stop, no thread
 * starts another block. Returns false when it stopped.
 */
template <typename Work>
bool runBlocks( std::size_t blockCount, int threads, Work work, const ProgressCallback &progress = {},
                double from = 0, double to = 1 )
{
  std::atomic<std::size_t> next{ 0 };
  std::atomic<std::size_t> done{ 0 };
  std::atomic<bool> stop{ false };
  auto worker = [&]( bool reporting )
  {
    for ( std::size_t block = next++; block < blockCount && !stop.load( std::memory_order_relaxed );
          block = next++ )
    {
      work( block );
      const std::size_t finished = ++done;
      if ( reporting && progress &&
           !progress( from +
                      ( to - from ) * static_cast<double>( finished ) / static_cast<double>( blockCount ) ) )
        stop = true;
    }
  };
  std::vector<std::thread> helpers;
  for ( int t = 1; t < threads; ++t )
    helpers.emplace_back( worker, false );
  worker( true );
  for ( std::thread &helper : helpers )
    helper.join();
  return !stop;
}

//! Union-find over sorted positions, safe to use from several threads at once. A root is always the lowest
//! position of its set (links go from the higher root to the lower), so the sets found do not depend on the
//! order in which the threads join them.
class DisjointSets
{
public:
  explicit DisjointSets( std::size_t n ) : mParent( n )
  {
    for ( std::size_t i = 0; i < n; ++i )
      mParent[i].store( static_cast<Index>( i ), std::memory_order_relaxed );
  }
  Index find( Index a )
  {
    for ( ;; )
    {
      Index parent = mParent[a].load( std::memory_order_acquire );
      if ( parent == a )
        return a;
      const Index grandParent = mParent[parent].load( std::memory_order_acquire );
      // Path halving. A plain store is enough: a is no root, and whatever a racing thread wrote there is also
      // an ancestor of a, so any value left is correct.
      if ( grandParent != parent )
        mParent[a].store( grandParent, std::memory_order_release );
      a = grandParent;
    }
  }
  static constexpr Index NO_CORE = std::numeric_limits<Index>::max();
  static constexpr Index MIXED = std::numeric_limits<Index>::max() - 1;

  //! The root shared by the core points in positions [begin, end), MIXED if they have several, NO_CORE if
  //! none.
  Index commonRoot( const std::uint8_t *core, Index begin, Index end )
  {
    Index common = NO_CORE;
    for ( Index i = begin; i < end; ++i )
    {
      if ( !core[i] )
        continue;
      const Index root = find( i );
      if ( common == NO_CORE )
        common = root;
      else if ( root != common )
        return MIXED;
    }
    return common;
  }

  //! Joins the sets of a and b; returns the root of the joined set.
  Index unite( Index a, Index b )
  {
    for ( ;; )
    {
      a = find( a );
      b = find( b );
      if ( a == b )
        return a;
      if ( a < b )
        std::swap( a, b );
      Index expected = a; // a is the higher root: link it below b unless another thread moved it meanwhile
      if ( mParent[a].compare_exchange_strong( expected, b, std::memory_order_acq_rel ) )
        return b;
    }
  }

private:
  std::vector<std::atomic<Index>> mParent;
};

template <bool WITH_TIME>
Expected<ClusteringResult> cluster( const std::vector<ClusterPoint> &points,
                                    const std::vector<std::int64_t> *times, const DbscanParameters &p,
                                    const ProgressCallback &progress )
{
  const std::size_t n = points.size();
  ClusteringResult result;
  result.clusterIds.assign( n, ClusteringResult::NOISE );
  result.isCore.assign( n, 0 );
  if ( n == 0 )
    return result;

  const SortedGrid grid = buildGrid( points, times, p.epsMeters );
  const double eps2 = p.epsMeters * p.epsMeters;
  // |Δt| is a whole number of seconds, so |Δt| <= timeEps exactly when |Δt| <= floor( timeEps ).
  const std::uint64_t timeEps = p.timeEpsSeconds >= 9.2e18
                                  ? std::numeric_limits<std::uint64_t>::max()
                                  : static_cast<std::uint64_t>( std::floor( p.timeEpsSeconds ) );
  const double *xs = grid.xs.data();
  const double *ys = grid.ys.data();
  const std::int64_t *ts = grid.times.data();
  auto neighbours = [=]( Index a, Index b )
  {
    const double dx = xs[a] - xs[b];
    const double dy = ys[a] - ys[b];
    if ( dx * dx + dy * dy > eps2 )
      return false;
    if constexpr ( WITH_TIME )
    {
      // Unsigned difference: exact for any pair of 64-bit times.
      const std::uint64_t dt = ts[a] > ts[b]
                                 ? static_cast<std::uint64_t>( ts[a] ) - static_cast<std::uint64_t>( ts[b] )
                                 : static_cast<std::uint64_t>( ts[b] ) - static_cast<std::uint64_t>( ts[a] );
      return dt <= timeEps;
    }
    return true;
  };

  // Blocks of whole cells with about 4096 points each, for the parallel passes.
  const std::size_t cellCount = grid.cellKeys.size();
  std::vector<std::size_t> blockStart{ 0 };
  for ( std::size_t c = 0, inBlock = 0; c < cellCount; ++c )
  {
    inBlock += grid.cellStart[c + 1] - grid.cellStart[c];
    if ( inBlock >= 4096 && c + 1 < cellCount )
    {
      blockStart.push_back( c + 1 );
      inBlock = 0;
    }
  }
  blockStart.push_back( cellCount );
  const std::size_t blockCount = blockStart.size() - 1;
  // The neighbour runs of every cell, found once.
  std::vector<NeighbourRuns> cellRuns( cellCount );
  int threads = p.threads > 0 ? p.threads : static_cast<int>( std::thread::hardware_concurrency() );
  threads = static_cast<int>(
    std::clamp<std::size_t>( static_cast<std::size_t>( std::max( threads, 1 ) ), 1, blockCount ) );

  if ( !reportProgress( progress, 0.05 ) )
    return Error( MessageCode::Cancelled );
  if ( !runBlocks(
         blockCount, threads,
         [&]( std::size_t block )
         {
           for ( std::size_t c = blockStart[block]; c < blockStart[block + 1]; ++c )
             cellRuns[c].count = grid.neighbourRuns( c, cellRuns[c].begin, cellRuns[c].end );
         },
         progress, 0.05, 0.1 ) )
    return Error( MessageCode::Cancelled );

  // Pass 1: core points (counting stops at minPoints).
  std::vector<std::uint8_t> core( n, 0 );
  const Index minPoints = static_cast<Index>( p.minPoints );
  if ( !runBlocks(
         blockCount, threads,
         [&]( std::size_t block )
         {
           const auto near = neighbours; // a local copy keeps its captures in registers
           for ( std::size_t c = blockStart[block]; c < blockStart[block + 1]; ++c )
           {
             const Index *begins = cellRuns[c].begin;
             const Index *ends = cellRuns[c].end;
             const int runs = cellRuns[c].count;
             for ( Index a = grid.cellStart[c]; a < grid.cellStart[c + 1]; ++a )
             {
               Index count = 0;
               for ( int r = 0; r < runs && count < minPoints; ++r )
                 for ( Index b = begins[r]; b < ends[r] && count < minPoints; ++b )
                   count += near( a, b ) ? 1 : 0;
               core[a] = count >= minPoints ? 1 : 0;
             }
           }
         },
         progress, 0.1, 0.45 ) )
    return Error( MessageCode::Cancelled );

  // Pass 2: connect neighbouring core points; each pair is seen once, from its lower sorted position. A run
  // whose core points are already in one set with all of the cell's is skipped: in dense hotspots most are,
  // joined through the cells before them. Sets only ever merge, so the skip stays right under concurrency.
  DisjointSets sets( n );
  if ( !runBlocks(
         blockCount, threads,
         [&]( std::size_t block )
         {
           const auto near = neighbours; // a local copy keeps its captures in registers
           for ( std::size_t c = blockStart[block]; c < blockStart[block + 1]; ++c )
           {
             const Index cellBegin = grid.cellStart[c];
             const Index cellEnd = grid.cellStart[c + 1];
             if ( sets.commonRoot( core.data(), cellBegin, cellEnd ) == DisjointSets::NO_CORE )
               continue;
             const NeighbourRuns &runs = cellRuns[c];
             for ( int r = 0; r < runs.count; ++r )
             {
               const Index runBegin = std::max( runs.begin[r], cellBegin );
               const Index runEnd = runs.end[r];
               if ( runEnd <= runBegin )
                 continue;
               auto oneSet = [&]()
               {
                 const Index cellRootNow = sets.commonRoot( core.data(), cellBegin, cellEnd );
                 const Index runRoot = sets.commonRoot( core.data(), runBegin, runEnd );
                 return runRoot == DisjointSets::NO_CORE ||
                        ( runRoot == cellRootNow && cellRootNow != DisjointSets::MIXED );
               };
               if ( oneSet() )
                 continue;
               // The check is repeated after 1, 2, 4, ... more points, so it costs at most a few scans of
               // the run.
               Index checkAfter = 1, sinceCheck = 0;
               for ( Index a = cellBegin; a < cellEnd; ++a )
               {
                 if ( !core[a] )
                   continue;
                 Index root = a; // kept up to date so that most unite() calls find both roots at once
                 for ( Index b = std::max( runBegin, a + 1 ); b < runEnd; ++b )
                 {
                   if ( core[b] && near( a, b ) )
                     root = sets.unite( root, b );
                 }
                 if ( ++sinceCheck == checkAfter )
                 {
                   if ( oneSet() )
                     break;
                   sinceCheck = 0;
                   checkAfter *= 2;
                 }
               }
             }
           }
         },
         progress, 0.45, 0.75 ) )
    return Error( MessageCode::Cancelled );

  // Labels in order of each cluster's lowest input index among its core points.
  std::vector<Index> position( n );
  for ( std::size_t s = 0; s < n; ++s )
    position[grid.order[s]] = static_cast<Index>( s );
  std::vector<int> rootLabel( n, ClusteringResult::NOISE );
  std::vector<int> labels( n, ClusteringResult::NOISE ); // sorted order
  for ( std::size_t i = 0; i < n; ++i )
  {
    const Index s = position[i];
    if ( !core[s] )
      continue;
    int &label = rootLabel[sets.find( s )];
    if ( label == ClusteringResult::NOISE )
      label = result.clusterCount++;
    labels[s] = label;
  }

  // Pass 3: a border point joins the lowest-numbered cluster among its core neighbours.
  if ( !runBlocks(
         blockCount, threads,
         [&]( std::size_t block )
         {
           const auto near = neighbours; // a local copy keeps its captures in registers
           for ( std::size_t c = blockStart[block]; c < blockStart[block + 1]; ++c )
           {
             const Index *begins = cellRuns[c].begin;
             const Index *ends = cellRuns[c].end;
             const int runs = cellRuns[c].count;
             for ( Index a = grid.cellStart[c]; a < grid.cellStart[c + 1]; ++a )
             {
               if ( core[a] )
                 continue;
               int best = std::numeric_limits<int>::max();
               for ( int r = 0; r < runs; ++r )
                 for ( Index b = begins[r]; b < ends[r]; ++b )
                   if ( core[b] && labels[b] < best && near( a, b ) )
                     best = labels[b];
               if ( best != std::numeric_limits<int>::max() )
                 labels[a] = best;
             }
           }
         },
         progress, 0.75, 0.95 ) )
    return Error( MessageCode::Cancelled );

  for ( std::size_t s = 0; s < n; ++s )
  {
    result.clusterIds[grid.order[s]] = labels[s];
    result.isCore[grid.order[s]] = core[s];
  }

  if ( !p.computeSummaries )
  {
    reportProgress( progress, 1 );
    return result;
  }

  // Summaries: the points of each cluster gathered by a counting sort on the cluster id.
  const auto clusterCount = static_cast<std::size_t>( result.clusterCount );
  result.clusters.resize( clusterCount );
  std::vector<std::size_t> memberStart( clusterCount + 1, 0 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    const int id = result.clusterIds[i];
    if ( id == ClusteringResult::NOISE )
      continue;
    ClusterSummary &summary = result.clusters[static_cast<std::size_t>( id )];
    ++memberStart[static_cast<std::size_t>( id ) + 1];
    summary.coreCount += result.isCore[i];
    if ( times )
    {
      const std::int64_t t = ( *times )[i];
      summary.firstTimeSeconds = summary.firstTimeSeconds ? std::min( *summary.firstTimeSeconds, t ) : t;
      summary.lastTimeSeconds = summary.lastTimeSeconds ? std::max( *summary.lastTimeSeconds, t ) : t;
    }
  }
  for ( std::size_t k = 0; k < clusterCount; ++k )
    memberStart[k + 1] += memberStart[k];
  std::vector<ClusterPoint> members( memberStart[clusterCount] );
  std::vector<std::size_t> fill( memberStart.begin(), memberStart.end() - 1 );
  for ( std::size_t i = 0; i < n; ++i )
  {
    if ( result.clusterIds[i] != ClusteringResult::NOISE )
      members[fill[static_cast<std::size_t>( result.clusterIds[i] )]++] = points[i];
  }
  runBlocks( clusterCount, threads,
             [&]( std::size_t k )
             {
               ClusterSummary &summary = result.clusters[k];
               summary.clusterId = static_cast<int>( k );
               summary.count = memberStart[k + 1] - memberStart[k];
               summary.hull = convexHull( std::vector<ClusterPoint>(
                 members.begin() + static_cast<std::ptrdiff_t>( memberStart[k] ),
                 members.begin() + static_cast<std::ptrdiff_t>( memberStart[k + 1] ) ) );
             } );
  reportProgress( progress, 1 );
  return result;
}

std::optional<Error> validate( const std::vector<ClusterPoint> &points, const DbscanParameters &p )
{
  if ( !( p.epsMeters > 0 ) || !std::isfinite( p.epsMeters ) )
    return Error( MessageCode::ClusterBadEps, formatNumber( p.epsMeters ) );
  if ( p.minPoints < 1 )
    return Error( MessageCode::ClusterBadMinPoints, p.minPoints );
  if ( points.size() >= std::numeric_limits<Index>::max() - 1 )
    return Error( MessageCode::ClusterTooManyPoints, points.size() );
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    if ( !std::isfinite( points[i].x ) || !std::isfinite( points[i].y ) )
      return Error( MessageCode::ClusterBadPoint, i, formatNumber( points[i].x ),
                    formatNumber( points[i].y ) );
  }
  return std::nullopt;
}

double cross( const ClusterPoint &o, const ClusterPoint &a, const ClusterPoint &b )
{
  return ( a.x - o.x ) * ( b.y - o.y ) - ( a.y - o.y ) * ( b.x - o.x );
}

} // namespace

Expected<ClusteringResult> dbscan( const std::vector<ClusterPoint> &points,
                                   const DbscanParameters &parameters, const ProgressCallback &progress )
{
  if ( std::optional<Error> error = validate( points, parameters ) )
    return *error;
  return cluster<false>( points, nullptr, parameters, progress );
}

Expected<ClusteringResult> stDbscan( const std::vector<ClusterPoint> &points,
                                     const std::vector<std::int64_t> &timesSeconds,
                                     const DbscanParameters &parameters, const ProgressCallback &progress )
{
  if ( std::optional<Error> error = validate( points, parameters ) )
    return *error;
  if ( !( parameters.timeEpsSeconds > 0 ) )
    return Error( MessageCode::ClusterBadTimeEps, formatNumber( parameters.timeEpsSeconds ) );
  if ( timesSeconds.size() != points.size() )
    return Error( MessageCode::ClusterTimesMismatch, points.size(), timesSeconds.size() );
  return cluster<true>( points, &timesSeconds, parameters, progress );
}

std::vector<ClusterPoint> convexHull( std::vector<ClusterPoint> points )
{
  std::sort( points.begin(), points.end(),
             []( const ClusterPoint &a, const ClusterPoint &b )
             { return a.x < b.x || ( a.x == b.x && a.y < b.y ); } );
  points.erase( std::unique( points.begin(), points.end(),
                             []( const ClusterPoint &a, const ClusterPoint &b )
                             { return a.x == b.x && a.y == b.y; } ),
                points.end() );
  if ( points.size() < 3 )
    return points;
  std::vector<ClusterPoint> hull( 2 * points.size() );
  std::size_t k = 0;
  for ( std::size_t i = 0; i < points.size(); ++i ) // lower hull
  {
    while ( k >= 2 && cross( hull[k - 2], hull[k - 1], points[i] ) <= 0 )
      --k;
    hull[k++] = points[i];
  }
  for ( std::size_t i = points.size() - 1, lower = k + 1; i > 0; --i ) // upper hull
  {
    while ( k >= lower && cross( hull[k - 2], hull[k - 1], points[i - 1] ) <= 0 )
      --k;
    hull[k++] = points[i - 1];
  }
  hull.resize( k - 1 ); // the last point repeats the first
  return hull;
}

} // namespace tryggkarta

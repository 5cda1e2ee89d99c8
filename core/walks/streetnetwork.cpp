#include "streetnetwork.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <queue>
#include <set>

namespace tryggkarta
{

namespace
{

constexpr double kMergeTolerance = 0.5; // metres: vertices closer than this are one node

double dist( const WalkPoint &a, const WalkPoint &b )
{
  return std::hypot( a.x - b.x, a.y - b.y );
}

//! The parameter t in [0, 1] of the point on segment ab nearest to p.
double projectT( const WalkPoint &a, const WalkPoint &b, const WalkPoint &p )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double len2 = dx * dx + dy * dy;
  if ( len2 <= 0 )
    return 0;
  return std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / len2, 0.0, 1.0 );
}

//! Proper or touching intersection of segments ab and cd: the parameters on each, or nothing.
std::optional<std::pair<double, double>> intersect( const WalkPoint &a, const WalkPoint &b,
                                                    const WalkPoint &c, const WalkPoint &d )
{
  const double rX = b.x - a.x, rY = b.y - a.y, sX = d.x - c.x, sY = d.y - c.y;
  const double denominator = rX * sY - rY * sX;
  if ( std::fabs( denominator ) < 1e-12 )
    return std::nullopt;
  const double t = ( ( c.x - a.x ) * sY - ( c.y - a.y ) * sX ) / denominator;
  const double u = ( ( c.x - a.x ) * rY - ( c.y - a.y ) * rX ) / denominator;
  const double eps = 1e-9;
  if ( t < -eps || t > 1 + eps || u < -eps || u > 1 + eps )
    return std::nullopt;
  return std::make_pair( std::clamp( t, 0.0, 1.0 ), std::clamp( u, 0.0, 1.0 ) );
}

} // namespace

void StreetNetwork::addLine( const std::vector<WalkPoint> &line )
{
  if ( line.size() >= 2 )
    mLines.push_back( line );
}

void StreetNetwork::build()
{
  mNodes.clear();
  mEdges.clear();
  mAdjacent.clear();
  mIndex.clear();

  // Every segment of every line, with the parameters where it must be split.
  struct Segment
  {
    WalkPoint a, b;
    std::vector<double> splits;
  };
  std::vector<Segment> segments;
  for ( const auto &line : mLines )
    for ( size_t i = 1; i < line.size(); ++i )
      if ( dist( line[i - 1], line[i] ) > 0 )
        segments.push_back( { line[i - 1], line[i], { 0.0, 1.0 } } );

  // Crossings: segments that share a grid cell are tested against each other.
  const double cell = 50;
  std::unordered_map<int64_t, std::vector<int>> grid;
  for ( size_t s = 0; s < segments.size(); ++s )
  {
    const Segment &seg = segments[s];
    const int64_t x0 = static_cast<int64_t>( std::floor( std::min( seg.a.x, seg.b.x ) / cell ) );
    const int64_t x1 = static_cast<int64_t>( std::floor( std::max( seg.a.x, seg.b.x ) / cell ) );
    const int64_t y0 = static_cast<int64_t>( std::floor( std::min( seg.a.y, seg.b.y ) / cell ) );
    const int64_t y1 = static_cast<int64_t>( std::floor( std::max( seg.a.y, seg.b.y ) / cell ) );
    for ( int64_t cx = x0; cx <= x1; ++cx )
      for ( int64_t cy = y0; cy <= y1; ++cy )
        grid[cellKey( cx, cy )].push_back( static_cast<int>( s ) );
  }
  // Dangling ends: a line that stops just short of another street (a generalised junction) is joined to it.
  constexpr double kJoinTolerance = 15; // pedestrians cross a short gap
  const size_t original = segments.size();
  for ( size_t s = 0; s < original; ++s )
    for ( const WalkPoint end : { segments[s].a, segments[s].b } )
    {
      const int64_t cx = static_cast<int64_t>( std::floor( end.x / cell ) );
      const int64_t cy = static_cast<int64_t>( std::floor( end.y / cell ) );
      int best = -1;
      double bestT = 0, bestD = kJoinTolerance;
      bool touches = false;
      for ( int64_t dx = -1; dx <= 1 && !touches; ++dx )
        for ( int64_t dy = -1; dy <= 1 && !touches; ++dy )
        {
          const auto it = grid.find( cellKey( cx + dx, cy + dy ) );
          if ( it == grid.end() )
            continue;
          for ( int other : it->second )
          {
            if ( static_cast<size_t>( other ) == s )
              continue;
            const Segment &o = segments[static_cast<size_t>( other )];
            const double t = projectT( o.a, o.b, end );
            const WalkPoint q{ o.a.x + t * ( o.b.x - o.a.x ), o.a.y + t * ( o.b.y - o.a.y ) };
            const double d = dist( end, q );
            if ( d <= kMergeTolerance )
            {
              touches = true; // already joined (shares a point or lies on it)
              break;
            }
            if ( d < bestD || ( d == bestD && other < best ) )
            {
              best = other;
              bestD = d;
              bestT = t;
            }
          }
        }
      if ( touches || best < 0 )
        continue;
      Segment &o = segments[static_cast<size_t>( best )];
      o.splits.push_back( bestT );
      const WalkPoint q{ o.a.x + bestT * ( o.b.x - o.a.x ), o.a.y + bestT * ( o.b.y - o.a.y ) };
      segments.push_back( { end, q, { 0.0, 1.0 } } );
    }

  std::set<std::pair<int, int>> tested;
  std::vector<int64_t> keys;
  keys.reserve( grid.size() );
  for ( const auto &entry : grid )
    keys.push_back( entry.first );
  std::sort( keys.begin(), keys.end() ); // deterministic order
  for ( int64_t key : keys )
  {
    const std::vector<int> &members = grid[key];
    for ( size_t i = 0; i < members.size(); ++i )
      for ( size_t j = i + 1; j < members.size(); ++j )
      {
        const int s1 = std::min( members[i], members[j] ), s2 = std::max( members[i], members[j] );
        if ( !tested.insert( { s1, s2 } ).second )
          continue;
        if ( const auto hit = intersect( segments[s1].a, segments[s1].b, segments[s2].a, segments[s2].b ) )
        {
          segments[s1].splits.push_back( hit->first );
          segments[s2].splits.push_back( hit->second );
        }
      }
  }

  // Nodes: points merged within the tolerance (a hash on a grid of the tolerance, checking neighbours).
  std::unordered_map<int64_t, std::vector<int>> nodeGrid;
  auto nodeOf = [&]( const WalkPoint &p ) -> int
  {
    const int64_t cx = static_cast<int64_t>( std::floor( p.x / kMergeTolerance ) );
    const int64_t cy = static_cast<int64_t>( std::floor( p.y / kMergeTolerance ) );
    for ( int64_t dx = -1; dx <= 1; ++dx )
      for ( int64_t dy = -1; dy <= 1; ++dy )
      {
        const auto it = nodeGrid.find( cellKey( cx + dx, cy + dy ) );
        if ( it == nodeGrid.end() )
          continue;
        for ( int n : it->second )
          if ( dist( mNodes[n], p ) <= kMergeTolerance )
            return n;
      }
    mNodes.push_back( p );
    const int n = static_cast<int>( mNodes.size() ) - 1;
    nodeGrid[cellKey( cx, cy )].push_back( n );
    return n;
  };

  std::set<std::pair<int, int>> edgeSet;
  for ( Segment &seg : segments )
  {
    std::sort( seg.splits.begin(), seg.splits.end() );
    int previous = -1;
    for ( double t : seg.splits )
    {
      const WalkPoint p{ seg.a.x + t * ( seg.b.x - seg.a.x ), seg.a.y + t * ( seg.b.y - seg.a.y ) };
      const int node = nodeOf( p );
      if ( previous >= 0 && previous != node &&
           edgeSet.insert( { std::min( previous, node ), std::max( previous, node ) } ).second )
        mEdges.push_back( { previous, node, dist( mNodes[previous], mNodes[node] ) } );
      previous = node;
    }
  }

  mAdjacent.assign( mNodes.size(), {} );
  for ( size_t e = 0; e < mEdges.size(); ++e )
  {
    mAdjacent[mEdges[e].a].push_back( { mEdges[e].b, static_cast<int>( e ) } );
    mAdjacent[mEdges[e].b].push_back( { mEdges[e].a, static_cast<int>( e ) } );
  }
  // Connected parts, and the largest (by street length; the lowest number on a tie).
  mComponent.assign( mNodes.size(), -1 );
  std::vector<double> lengths;
  for ( size_t start = 0; start < mNodes.size(); ++start )
  {
    if ( mComponent[start] >= 0 )
      continue;
    const int id = static_cast<int>( lengths.size() );
    lengths.push_back( 0 );
    std::vector<int> stack{ static_cast<int>( start ) };
    mComponent[start] = id;
    while ( !stack.empty() )
    {
      const int node = stack.back();
      stack.pop_back();
      for ( const auto &[next, edge] : mAdjacent[node] )
      {
        if ( node < next )
          lengths[id] += mEdges[edge].length;
        if ( mComponent[next] < 0 )
        {
          mComponent[next] = id;
          stack.push_back( next );
        }
      }
    }
  }
  mLargestComponent =
    lengths.empty()
      ? -1
      : static_cast<int>( std::max_element( lengths.begin(), lengths.end() ) - lengths.begin() );

  for ( size_t e = 0; e < mEdges.size(); ++e )
  {
    const WalkPoint &a = mNodes[mEdges[e].a], &b = mNodes[mEdges[e].b];
    const int64_t x0 = static_cast<int64_t>( std::floor( std::min( a.x, b.x ) / mCell ) );
    const int64_t x1 = static_cast<int64_t>( std::floor( std::max( a.x, b.x ) / mCell ) );
    const int64_t y0 = static_cast<int64_t>( std::floor( std::min( a.y, b.y ) / mCell ) );
    const int64_t y1 = static_cast<int64_t>( std::floor( std::max( a.y, b.y ) / mCell ) );
    for ( int64_t cx = x0; cx <= x1; ++cx )
      for ( int64_t cy = y0; cy <= y1; ++cy )
        mIndex[cellKey( cx, cy )].push_back( static_cast<int>( e ) );
  }
}

std::optional<StreetNetwork::Snap> StreetNetwork::nearest( const WalkPoint &p, double maxDistance,
                                                           bool connectedOnly ) const
{
  std::optional<Snap> best;
  const int64_t cx = static_cast<int64_t>( std::floor( p.x / mCell ) );
  const int64_t cy = static_cast<int64_t>( std::floor( p.y / mCell ) );
  const int64_t reach = static_cast<int64_t>( std::ceil( maxDistance / mCell ) ) + 1;
  for ( int64_t ring = 0; ring <= reach; ++ring )
  {
    // Cells at Chebyshev distance `ring`; once something is found, one more ring settles it.
    for ( int64_t dx = -ring; dx <= ring; ++dx )
      for ( int64_t dy = -ring; dy <= ring; ++dy )
      {
        if ( std::max( std::llabs( dx ), std::llabs( dy ) ) != ring )
          continue;
        const auto it = mIndex.find( cellKey( cx + dx, cy + dy ) );
        if ( it == mIndex.end() )
          continue;
        for ( int e : it->second )
        {
          if ( connectedOnly && mComponent[mEdges[e].a] != mLargestComponent )
            continue;
          const WalkPoint &a = mNodes[mEdges[e].a], &b = mNodes[mEdges[e].b];
          const double t = projectT( a, b, p );
          const WalkPoint q{ a.x + t * ( b.x - a.x ), a.y + t * ( b.y - a.y ) };
          const double d = dist( p, q );
          if ( d <= maxDistance &&
               ( !best || d < best->distance || ( d == best->distance && e < best->edge ) ) )
            best = Snap{ e, q, d };
        }
      }
    if ( best && static_cast<double>( ring - 1 ) * mCell > best->distance )
      break;
  }
  return best;
}

StreetNetwork::Tree StreetNetwork::shortestPaths( const Snap &source ) const
{
  Tree tree;
  tree.source = source;
  tree.distance.assign( mNodes.size(), std::numeric_limits<double>::infinity() );
  tree.previous.assign( mNodes.size(), -1 );
  if ( source.edge < 0 )
    return tree;
  using Item = std::pair<double, int>;
  std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
  const Edge &start = mEdges[source.edge];
  for ( int node : { start.a, start.b } )
  {
    const double d = dist( source.point, mNodes[node] );
    if ( d < tree.distance[node] )
    {
      tree.distance[node] = d;
      queue.push( { d, node } );
    }
  }
  while ( !queue.empty() )
  {
    const auto [d, node] = queue.top();
    queue.pop();
    if ( d > tree.distance[node] )
      continue;
    for ( const auto &[next, edge] : mAdjacent[node] )
    {
      const double nd = d + mEdges[edge].length;
      if ( nd < tree.distance[next] || ( nd == tree.distance[next] && node < tree.previous[next] ) )
      {
        if ( nd < tree.distance[next] )
          queue.push( { nd, next } );
        tree.distance[next] = nd;
        tree.previous[next] = node;
      }
    }
  }
  return tree;
}

double StreetNetwork::distanceTo( const Tree &tree, const Snap &target ) const
{
  if ( target.edge < 0 || tree.source.edge < 0 )
    return std::numeric_limits<double>::infinity();
  if ( target.edge == tree.source.edge )
    return dist( tree.source.point, target.point );
  const Edge &e = mEdges[target.edge];
  return std::min( tree.distance[e.a] + dist( mNodes[e.a], target.point ),
                   tree.distance[e.b] + dist( mNodes[e.b], target.point ) );
}

std::vector<WalkPoint> StreetNetwork::pathTo( const Tree &tree, const Snap &target ) const
{
  std::vector<WalkPoint> path;
  if ( target.edge < 0 || tree.source.edge < 0 )
    return path;
  if ( target.edge == tree.source.edge )
    return { tree.source.point, target.point };
  const Edge &e = mEdges[target.edge];
  const double viaA = tree.distance[e.a] + dist( mNodes[e.a], target.point );
  const double viaB = tree.distance[e.b] + dist( mNodes[e.b], target.point );
  int node = viaA <= viaB ? e.a : e.b;
  if ( !std::isfinite( tree.distance[node] ) )
    return path;
  std::vector<WalkPoint> reversed{ target.point };
  while ( node >= 0 )
  {
    reversed.push_back( mNodes[node] );
    node = tree.previous[node];
  }
  reversed.push_back( tree.source.point );
  path.assign( reversed.rbegin(), reversed.rend() );
  // Drop repeated points (a snapped place on a node).
  path.erase( std::unique( path.begin(), path.end(),
                           []( const WalkPoint &a, const WalkPoint &b ) { return dist( a, b ) < 1e-6; } ),
              path.end() );
  return path;
}

} // namespace tryggkarta

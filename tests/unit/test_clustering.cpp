#include <catch2/catch.hpp>

#include "clustering.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <random>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

struct ReferenceResult
{
  std::vector<int> ids;
  std::vector<std::uint8_t> core;
};

//! O(n²) DBSCAN written as scikit-learn's dbscan_inner: neighbourhoods, core points, then a depth-first
//! expansion from each unlabelled core point in input order. times may be empty (plain DBSCAN).
ReferenceResult referenceDbscan( const std::vector<ClusterPoint> &points,
                                 const std::vector<std::int64_t> &times, double eps, int minPoints,
                                 double timeEps )
{
  const std::size_t n = points.size();
  std::vector<std::vector<std::size_t>> neighbourhoods( n );
  for ( std::size_t i = 0; i < n; ++i )
  {
    for ( std::size_t j = 0; j < n; ++j )
    {
      const double dx = points[i].x - points[j].x;
      const double dy = points[i].y - points[j].y;
      const bool nearInTime = times.empty() || std::llabs( times[i] - times[j] ) <= timeEps;
      if ( dx * dx + dy * dy <= eps * eps && nearInTime )
        neighbourhoods[i].push_back( j );
    }
  }
  ReferenceResult result;
  result.ids.assign( n, -1 );
  result.core.assign( n, 0 );
  for ( std::size_t i = 0; i < n; ++i )
    result.core[i] = neighbourhoods[i].size() >= static_cast<std::size_t>( minPoints ) ? 1 : 0;
  int label = 0;
  for ( std::size_t start = 0; start < n; ++start )
  {
    if ( result.ids[start] != -1 || !result.core[start] )
      continue;
    std::vector<std::size_t> stack{ start };
    while ( !stack.empty() )
    {
      const std::size_t i = stack.back();
      stack.pop_back();
      if ( result.ids[i] != -1 )
        continue;
      result.ids[i] = label;
      if ( !result.core[i] )
        continue;
      for ( std::size_t j : neighbourhoods[i] )
      {
        if ( result.ids[j] == -1 )
          stack.push_back( j );
      }
    }
    ++label;
  }
  return result;
}

//! Gaussian hotspots over a uniform background, in a square of sideMeters.
std::vector<ClusterPoint> clusteredPoints( std::size_t n, double sideMeters, unsigned seed )
{
  std::mt19937_64 random( seed );
  std::uniform_real_distribution<double> uniform( 0, sideMeters );
  std::vector<ClusterPoint> centres( 8 );
  for ( ClusterPoint &c : centres )
    c = { uniform( random ), uniform( random ) };
  std::normal_distribution<double> spread( 0, sideMeters / 40 );
  std::vector<ClusterPoint> points;
  for ( std::size_t i = 0; i < n; ++i )
  {
    if ( i % 3 == 0 )
      points.push_back( { uniform( random ), uniform( random ) } );
    else
    {
      const ClusterPoint &c = centres[i % centres.size()];
      points.push_back( { c.x + spread( random ), c.y + spread( random ) } );
    }
  }
  return points;
}

//! True when the core points of a and b are grouped the same way, whatever the labels.
bool samePartitionOfCorePoints( const std::vector<int> &a, const std::vector<int> &b,
                                const std::vector<std::uint8_t> &core )
{
  std::map<int, int> aToB, bToA;
  for ( std::size_t i = 0; i < a.size(); ++i )
  {
    if ( !core[i] )
      continue;
    if ( aToB.emplace( a[i], b[i] ).first->second != b[i] )
      return false;
    if ( bToA.emplace( b[i], a[i] ).first->second != a[i] )
      return false;
  }
  return true;
}

ClusteringResult run( const std::vector<ClusterPoint> &points, DbscanParameters parameters )
{
  Expected<ClusteringResult> result = dbscan( points, parameters );
  REQUIRE( result.ok() );
  return result.value();
}

} // namespace

TEST_CASE( "dbscan finds two clusters, a shared border point and noise", "[clusters]" )
{
  // Two squares of four core points 1.8 m apart; point 2 is within eps of a core point of each square,
  // point 10 only of the second square; points 0 and 11 are alone.
  const std::vector<ClusterPoint> points{ { 10, 10 },   { 2.3, 0 },   { 1.4, 0 },   { 0, 0 },
                                          { 0.5, 0 },   { 2.8, 0 },   { 0, 0.5 },   { 0.5, 0.5 },
                                          { 2.3, 0.5 }, { 2.8, 0.5 }, { 3.7, 0.5 }, { 0, 3 } };
  DbscanParameters parameters;
  parameters.epsMeters = 1;
  parameters.minPoints = 4;
  const ClusteringResult result = run( points, parameters );

  // The square holding point 1 comes first; the shared border point goes to it, the lower id.
  CHECK( result.clusterIds == std::vector<int>{ -1, 0, 0, 1, 1, 0, 1, 1, 0, 0, 0, -1 } );
  CHECK( result.isCore == std::vector<std::uint8_t>{ 0, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0 } );
  CHECK( result.clusterCount == 2 );
  REQUIRE( result.clusters.size() == 2 );
  CHECK( result.clusters[0].count == 6 );
  CHECK( result.clusters[0].coreCount == 4 );
  CHECK( result.clusters[1].count == 4 );
  CHECK( result.clusters[1].hull.size() == 4 );
}

TEST_CASE( "dbscan agrees with a brute-force reference on clustered data", "[clusters]" )
{
  struct Case
  {
    std::size_t n;
    double side;
    double eps;
    int minPoints;
  };
  const std::vector<Case> cases{ { 1500, 2000, 40, 5 }, { 1500, 2000, 25, 10 }, { 800, 500, 10, 1 },
                                 { 800, 500, 10, 2 },   { 2000, 3000, 60, 4 },  { 300, 1e9, 1e6, 3 } };
  unsigned seed = 1;
  for ( const Case &c : cases )
  {
    CAPTURE( c.n, c.side, c.eps, c.minPoints );
    const std::vector<ClusterPoint> points = clusteredPoints( c.n, c.side, seed++ );
    DbscanParameters parameters;
    parameters.epsMeters = c.eps;
    parameters.minPoints = c.minPoints;
    const ClusteringResult result = run( points, parameters );
    const ReferenceResult reference = referenceDbscan( points, {}, c.eps, c.minPoints, 0 );

    REQUIRE( result.isCore == reference.core );
    CHECK( samePartitionOfCorePoints( result.clusterIds, reference.ids, reference.core ) );
    CHECK( result.clusterIds == reference.ids );
    CHECK( result.clusterCount == *std::max_element( reference.ids.begin(), reference.ids.end() ) + 1 );
  }
}

TEST_CASE( "dbscan copes with a search distance far smaller than the extent", "[clusters]" )
{
  // 2e9 m / 1e-3 m would be 2e12 columns; the grid widens its cells instead of overflowing its keys.
  std::vector<ClusterPoint> points{ { -1e9, -1e9 }, { 1e9, 1e9 } };
  for ( int i = 0; i < 5; ++i )
    points.push_back( { 12345.0 + i * 0.0004, 0 } );
  DbscanParameters parameters;
  parameters.epsMeters = 1e-3;
  parameters.minPoints = 3;
  const ClusteringResult result = run( points, parameters );
  CHECK( result.clusterIds == referenceDbscan( points, {}, 1e-3, 3, 0 ).ids );
  CHECK( result.clusterCount == 1 );
}

TEST_CASE( "dbscan gives the same ids on every run and thread count", "[clusters]" )
{
  const std::vector<ClusterPoint> points = clusteredPoints( 100000, 20000, 42 );
  DbscanParameters parameters;
  parameters.epsMeters = 50;
  parameters.minPoints = 10;
  parameters.threads = 1;
  const ClusteringResult single = run( points, parameters );
  REQUIRE( single.clusterCount > 1 );
  for ( int threads : { 1, 2, 3, 8 } )
  {
    CAPTURE( threads );
    parameters.threads = threads;
    const ClusteringResult other = run( points, parameters );
    CHECK( other.clusterIds == single.clusterIds );
    CHECK( other.isCore == single.isCore );
    REQUIRE( other.clusters.size() == single.clusters.size() );
    for ( std::size_t k = 0; k < other.clusters.size(); ++k )
      CHECK( other.clusters[k].hull.size() == single.clusters[k].hull.size() );
  }
}

TEST_CASE( "st-dbscan separates events at the same place a week apart", "[clusters]" )
{
  const std::int64_t monday = 1767571200; // 2026-01-05 00:00 UTC
  const std::int64_t week = 7 * 24 * 3600;
  std::vector<ClusterPoint> points;
  std::vector<std::int64_t> times;
  for ( int i = 0; i < 40; ++i )
  {
    points.push_back( { 674000.0 + ( i % 5 ) * 3, 6580000.0 + ( i % 7 ) * 2 } );
    times.push_back( monday + ( i % 2 ) * week + i * 600 );
  }
  DbscanParameters parameters;
  parameters.epsMeters = 30;
  parameters.minPoints = 5;
  parameters.timeEpsSeconds = 24 * 3600;

  SECTION( "plain dbscan sees one cluster" )
  {
    CHECK( run( points, parameters ).clusterCount == 1 );
  }
  SECTION( "st-dbscan sees one per week, with its first and last times" )
  {
    Expected<ClusteringResult> result = stDbscan( points, times, parameters );
    REQUIRE( result.ok() );
    REQUIRE( result->clusterCount == 2 );
    for ( std::size_t i = 0; i < points.size(); ++i )
      CHECK( result->clusterIds[i] == static_cast<int>( i % 2 ) );
    CHECK( *result->clusters[0].firstTimeSeconds == monday );
    CHECK( *result->clusters[0].lastTimeSeconds == monday + 38 * 600 );
    CHECK( *result->clusters[1].firstTimeSeconds == monday + week + 600 );
    CHECK( *result->clusters[1].lastTimeSeconds == monday + week + 39 * 600 );
  }
  SECTION( "st-dbscan agrees with the brute-force reference" )
  {
    const std::vector<ClusterPoint> random = clusteredPoints( 1500, 2000, 7 );
    std::mt19937_64 generator( 7 );
    std::uniform_int_distribution<std::int64_t> hour( 0, 24 * 14 );
    std::vector<std::int64_t> randomTimes;
    for ( std::size_t i = 0; i < random.size(); ++i )
      randomTimes.push_back( monday + hour( generator ) * 3600 );
    parameters.epsMeters = 60;
    parameters.minPoints = 4;
    parameters.timeEpsSeconds = 3 * 3600 + 0.5;
    Expected<ClusteringResult> result = stDbscan( random, randomTimes, parameters );
    REQUIRE( result.ok() );
    const ReferenceResult reference = referenceDbscan( random, randomTimes, parameters.epsMeters,
                                                       parameters.minPoints, parameters.timeEpsSeconds );
    REQUIRE( result->isCore == reference.core );
    CHECK( result->clusterIds == reference.ids );
    CHECK( result->clusterCount > 1 );
  }
}

TEST_CASE( "cluster hulls contain their points", "[clusters]" )
{
  SECTION( "a square with points inside has its four corners as hull" )
  {
    const std::vector<ClusterPoint> hull =
      convexHull( { { 1, 1 }, { 0, 0 }, { 2, 0 }, { 2, 2 }, { 0, 2 }, { 1, 0 }, { 0.5, 1.5 }, { 0, 0 } } );
    REQUIRE( hull.size() == 4 );
    CHECK( hull[0].x == 0 );
    CHECK( hull[0].y == 0 );
    CHECK( hull[1].x == 2 );
    CHECK( hull[1].y == 0 );
  }
  SECTION( "collinear points give a segment" )
  {
    CHECK( convexHull( { { 0, 0 }, { 1, 1 }, { 2, 2 } } ).size() == 2 );
  }
  SECTION( "every clustered point is inside or on its counter-clockwise hull" )
  {
    const std::vector<ClusterPoint> points = clusteredPoints( 5000, 3000, 3 );
    DbscanParameters parameters;
    parameters.epsMeters = 50;
    parameters.minPoints = 5;
    const ClusteringResult result = run( points, parameters );
    REQUIRE( result.clusterCount > 1 );
    std::size_t outside = 0;
    for ( std::size_t i = 0; i < points.size(); ++i )
    {
      if ( result.clusterIds[i] < 0 )
        continue;
      const std::vector<ClusterPoint> &hull =
        result.clusters[static_cast<std::size_t>( result.clusterIds[i] )].hull;
      if ( hull.size() < 3 )
        continue;
      for ( std::size_t k = 0; k < hull.size(); ++k )
      {
        const ClusterPoint &a = hull[k];
        const ClusterPoint &b = hull[( k + 1 ) % hull.size()];
        const double cross = ( b.x - a.x ) * ( points[i].y - a.y ) - ( b.y - a.y ) * ( points[i].x - a.x );
        if ( cross < -1e-6 )
        {
          ++outside;
          break;
        }
      }
    }
    CHECK( outside == 0 );
  }
}

TEST_CASE( "clustering rejects bad parameters and coordinates with clear messages", "[clusters]" )
{
  const std::vector<ClusterPoint> points{ { 0, 0 }, { 1, 1 } };
  DbscanParameters parameters;
  const double nan = std::numeric_limits<double>::quiet_NaN();

  for ( double eps : { 0.0, -5.0, nan, std::numeric_limits<double>::infinity() } )
  {
    CAPTURE( eps );
    parameters.epsMeters = eps;
    Expected<ClusteringResult> result = dbscan( points, parameters );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(),
                Catch::Contains( "eps" ) && Catch::Contains( "positive number of metres" ) );
  }
  parameters.epsMeters = 50;

  parameters.minPoints = 0;
  Expected<ClusteringResult> noMinimum = dbscan( points, parameters );
  REQUIRE_FALSE( noMinimum.ok() );
  CHECK_THAT( noMinimum.error().text(), Catch::Contains( "at least 1; got 0" ) );
  parameters.minPoints = 5;

  Expected<ClusteringResult> badPoint = dbscan( { { 0, 0 }, { 1, 1 }, { nan, 3 } }, parameters );
  REQUIRE_FALSE( badPoint.ok() );
  CHECK_THAT( badPoint.error().text(), Catch::StartsWith( "Point 2 has invalid coordinates" ) );

  for ( double timeEps : { 0.0, -1.0, nan } )
  {
    CAPTURE( timeEps );
    parameters.timeEpsSeconds = timeEps;
    Expected<ClusteringResult> result = stDbscan( points, { 0, 1 }, parameters );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "time window" ) && Catch::Contains( "seconds" ) );
  }
  parameters.timeEpsSeconds = 60;
  Expected<ClusteringResult> missingTimes = stDbscan( points, { 0 }, parameters );
  REQUIRE_FALSE( missingTimes.ok() );
  CHECK_THAT( missingTimes.error().text(), Catch::Contains( "one time per point" ) );

  CHECK( dbscan( {}, parameters )->clusterCount == 0 );
}

TEST_CASE( "st-dbscan reports its progress and stops when asked, leaving no result", "[clusters]" )
{
  const std::vector<ClusterPoint> points = clusteredPoints( 40000, 5000, 3 );
  std::vector<std::int64_t> times( points.size() );
  for ( std::size_t i = 0; i < points.size(); ++i )
    times[i] = 1767571200 + static_cast<std::int64_t>( i % 500 ) * 3600;
  DbscanParameters parameters;
  parameters.epsMeters = 60;
  parameters.minPoints = 4;
  parameters.timeEpsSeconds = 7 * 24 * 3600;
  parameters.threads = 2;

  SECTION( "the fractions grow to 1 on a run to the end" )
  {
    std::vector<double> fractions;
    Expected<ClusteringResult> result = stDbscan( points, times, parameters,
                                                  [&]( double f )
                                                  {
                                                    fractions.push_back( f );
                                                    return true;
                                                  } );
    REQUIRE( result.ok() );
    REQUIRE( fractions.size() > 3 );
    CHECK( std::is_sorted( fractions.begin(), fractions.end() ) );
    CHECK( fractions.back() == 1.0 );
  }
  SECTION( "a callback that says stop ends the run early with the cancelled message" )
  {
    int callsAfterStop = 0;
    bool stopped = false;
    double last = 0;
    Expected<ClusteringResult> result = stDbscan( points, times, parameters,
                                                  [&]( double f )
                                                  {
                                                    callsAfterStop += stopped ? 1 : 0;
                                                    last = f;
                                                    stopped = stopped || f >= 0.2;
                                                    return !stopped;
                                                  } );
    REQUIRE_FALSE( result.ok() );
    CHECK( isCancelled( result.error() ) );
    // It stopped at the first report past a fifth instead of going on to the end.
    CHECK( callsAfterStop == 0 );
    CHECK( last < 0.5 );
  }
}

// Our DBSCAN against QGIS 3.22's native:dbscanclustering, run through qgis_process (correctness
// against a peer).
//
// DBSCAN's result is unique up to the numbering of clusters and the cluster a border point joins when core
// points of several clusters reach it. So: core points must fall into the same clusters (a bijection between
// our ids and QGIS's), noise must be the same points, and a border point may sit in another cluster than ours
// only when core points of that cluster reach it too. (In practice QGIS, like us and scikit-learn, gives such
// a point to the lowest-numbered cluster, so the two agree point for point.)

#include <catch2/catch.hpp>

#include "clustering.h"
#include "qgistestutil.h"
#include "testutil.h"

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

//! Writes points to a GeoPackage layer in EPSG:3006 with an integer field idx (the point's index).
void writePoints( const std::string &path, const std::vector<ClusterPoint> &points )
{
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  REQUIRE( driver );
  std::unique_ptr<GDALDataset> dataset( driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) );
  REQUIRE( dataset );
  OGRSpatialReference crs;
  crs.importFromEPSG( 3006 );
  OGRLayer *layer = dataset->CreateLayer( "points", &crs, wkbPoint, nullptr );
  REQUIRE( layer );
  OGRFieldDefn idx( "idx", OFTInteger );
  REQUIRE( layer->CreateField( &idx ) == OGRERR_NONE );
  REQUIRE( dataset->StartTransaction() == OGRERR_NONE );
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    OGRFeature feature( layer->GetLayerDefn() );
    feature.SetField( 0, static_cast<int>( i ) );
    feature.SetGeometry( std::make_unique<OGRPoint>( points[i].x, points[i].y ).get() );
    REQUIRE( layer->CreateFeature( &feature ) == OGRERR_NONE );
  }
  REQUIRE( dataset->CommitTransaction() == OGRERR_NONE );
}

//! QGIS's cluster per input point (by the idx field), ClusteringResult::NOISE where its CLUSTER_ID is null.
std::vector<int> readClusterIds( const std::string &path, std::size_t pointCount )
{
  std::unique_ptr<GDALDataset> dataset(
    GDALDataset::Open( path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
  REQUIRE( dataset );
  OGRLayer *layer = dataset->GetLayer( 0 );
  REQUIRE( layer );
  const int idxField = layer->GetLayerDefn()->GetFieldIndex( "idx" );
  const int clusterField = layer->GetLayerDefn()->GetFieldIndex( "CLUSTER_ID" );
  REQUIRE( idxField >= 0 );
  REQUIRE( clusterField >= 0 );
  std::vector<int> ids( pointCount, ClusteringResult::NOISE );
  std::size_t read = 0;
  for ( const auto &feature : *layer )
  {
    const int idx = feature->GetFieldAsInteger( idxField );
    REQUIRE( idx >= 0 );
    REQUIRE( static_cast<std::size_t>( idx ) < pointCount );
    if ( feature->IsFieldSetAndNotNull( clusterField ) )
      ids[static_cast<std::size_t>( idx )] = feature->GetFieldAsInteger( clusterField );
    ++read;
  }
  REQUIRE( read == pointCount );
  return ids;
}

struct QgisClusters
{
  std::vector<int> ids; //!< per point, NOISE for noise
  int clusterCount = 0; //!< QGIS's NUM_CLUSTERS
};

//! Runs native:dbscanclustering on points written to a GeoPackage.
QgisClusters qgisDbscan( const std::vector<ClusterPoint> &points, double eps, int minSize )
{
  const testutil::TempDir folder;
  writePoints( folder.file( "points.gpkg" ), points );
  const qgistest::QgisProcessRun run = qgistest::runQgisAlgorithm(
    QStringLiteral( "native:dbscanclustering" ),
    { QStringLiteral( "--INPUT=%1" ).arg( QString::fromStdString( folder.file( "points.gpkg" ) ) ),
      QStringLiteral( "--MIN_SIZE=%1" ).arg( minSize ), QStringLiteral( "--EPS=%1" ).arg( eps, 0, 'g', 17 ),
      QStringLiteral( "--DBSCAN*=false" ),
      QStringLiteral( "--OUTPUT=%1" ).arg( QString::fromStdString( folder.file( "clusters.gpkg" ) ) ) } );
  INFO( "qgis_process output:\n" << run.output.toStdString() );
  REQUIRE( run.finished );
  REQUIRE( run.exitCode == 0 );
  REQUIRE( run.results.contains( QStringLiteral( "NUM_CLUSTERS" ) ) );
  QgisClusters clusters;
  clusters.ids = readClusterIds( folder.file( "clusters.gpkg" ), points.size() );
  clusters.clusterCount = run.results.value( QStringLiteral( "NUM_CLUSTERS" ) ).toInt();
  return clusters;
}

/**
 * About 3000 points in SWEREF 99 TM: 20 hot spots of 20-200 points with spreads of 15-80 m and a scattered
 * background over a 3 × 3 km square, and, east of it, eight "dumbbells": a border point between two clusters
 * that cannot merge through it (with eps 50 m and 10 points it reaches one core point of each). Shuffled, so
 * the order of the clusters' first core points is not the order they were made in.
 */
std::vector<ClusterPoint> fixturePoints()
{
  constexpr double west = 371000, south = 6163000, side = 3000; // metres
  qgistest::Random random( 20240611 );
  std::vector<ClusterPoint> points;
  for ( int h = 0; h < 20; ++h )
  {
    const double cx = west + side * ( 0.1 + 0.8 * random.uniform() );
    const double cy = south + side * ( 0.1 + 0.8 * random.uniform() );
    const double spread = 15 + 65 * random.uniform();
    const int count = 20 + static_cast<int>( 180 * random.uniform() );
    for ( int k = 0; k < count; ++k )
      points.push_back( { cx + spread * random.normal(), cy + spread * random.normal() } );
  }
  while ( points.size() < 2700 )
    points.push_back( { west + side * random.uniform(), south + side * random.uniform() } );
  auto tightGroup = [&]( double cx, double cy, int count )
  {
    for ( int k = 0; k < count; ++k )
    {
      const double angle = 2 * 3.14159265358979323846 * random.uniform();
      const double r = 3 * std::sqrt( random.uniform() );
      points.push_back( { cx + r * std::cos( angle ), cy + r * std::sin( angle ) } );
    }
  };
  for ( int d = 0; d < 8; ++d )
  {
    // Each side: 11 points within 3 m of ( ±65, 0 ) and one at ( ±45, 0 ), 20 m from them: all 12 are core.
    // The point at ( 0, 0 ) reaches only the two at ±45 m (90 m apart): a border point of both clusters.
    const double cx = west + side + 300;
    const double cy = south + 300 + 300 * d;
    tightGroup( cx - 65, cy, 11 );
    tightGroup( cx + 65, cy, 11 );
    points.push_back( { cx - 45, cy } );
    points.push_back( { cx + 45, cy } );
    points.push_back( { cx, cy } );
  }
  for ( std::size_t i = points.size() - 1; i > 0; --i )
    std::swap( points[i],
               points[static_cast<std::size_t>( random.uniform() * static_cast<double>( i + 1 ) )] );
  return points;
}

bool within( const ClusterPoint &a, const ClusterPoint &b, double eps )
{
  const double dx = a.x - b.x;
  const double dy = a.y - b.y;
  return dx * dx + dy * dy <= eps * eps;
}

} // namespace

TEST_CASE(
  "DBSCAN finds QGIS's clusters: the same core partition and noise, border points only where shared" )
{
  const std::vector<ClusterPoint> points = fixturePoints();
  constexpr double eps = 50; // metres
  constexpr int minPoints = 10;
  DbscanParameters parameters;
  parameters.epsMeters = eps;
  parameters.minPoints = minPoints;
  parameters.computeSummaries = false;
  const Expected<ClusteringResult> computed = dbscan( points, parameters );
  REQUIRE( computed );
  const ClusteringResult &ours = computed.value();
  const QgisClusters qgis = qgisDbscan( points, eps, minPoints );

  // Core points: our id -> QGIS's id must be a function, and so must QGIS's id -> ours.
  std::map<int, int> toQgis;
  std::map<int, int> fromQgis;
  std::size_t coreMismatches = 0;
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    if ( !ours.isCore[i] )
      continue;
    const int theirs = qgis.ids[i];
    const bool consistent =
      theirs != ClusteringResult::NOISE &&
      toQgis.emplace( ours.clusterIds[i], theirs ).first->second == theirs &&
      fromQgis.emplace( theirs, ours.clusterIds[i] ).first->second == ours.clusterIds[i];
    coreMismatches += consistent ? 0 : 1;
  }
  std::set<int> qgisIds( qgis.ids.begin(), qgis.ids.end() );
  qgisIds.erase( ClusteringResult::NOISE );
  INFO( "clusters: ours " << ours.clusterCount << ", QGIS " << qgis.clusterCount << " (" << qgisIds.size()
                          << " ids in its output)" );
  REQUIRE( coreMismatches == 0 );
  REQUIRE( ours.clusterCount == qgis.clusterCount );
  REQUIRE( static_cast<int>( toQgis.size() ) == ours.clusterCount );
  REQUIRE( fromQgis.size() == qgisIds.size() );

  // Noise: the same points.
  std::size_t noiseMismatches = 0;
  for ( std::size_t i = 0; i < points.size(); ++i )
    noiseMismatches +=
      ( ours.clusterIds[i] == ClusteringResult::NOISE ) != ( qgis.ids[i] == ClusteringResult::NOISE );
  REQUIRE( noiseMismatches == 0 );

  // Border points: in another cluster than ours only when a core point of that cluster reaches them as well.
  std::size_t borderPoints = 0;
  std::size_t shared = 0;      // border points reached by core points of two or more clusters
  std::size_t different = 0;   // border points QGIS puts in another cluster than ours
  std::size_t unexplained = 0; // ... although no core point of that cluster reaches them
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    if ( ours.isCore[i] || ours.clusterIds[i] == ClusteringResult::NOISE )
      continue;
    ++borderPoints;
    std::set<int> reaching;
    for ( std::size_t j = 0; j < points.size(); ++j )
    {
      if ( ours.isCore[j] && within( points[i], points[j], eps ) )
        reaching.insert( ours.clusterIds[j] );
    }
    shared += reaching.size() > 1 ? 1 : 0;
    const int theirs = fromQgis.at( qgis.ids[i] );
    if ( theirs != ours.clusterIds[i] )
    {
      ++different;
      unexplained += reaching.count( theirs ) ? 0 : 1;
    }
  }
  INFO( "border points: " << borderPoints << ", reached by several clusters: " << shared
                          << ", in another cluster in QGIS: " << different );
  REQUIRE( shared >= 8 ); // the fixture's dumbbells: the rule for shared border points is exercised
  REQUIRE( unexplained == 0 );
}

TEST_CASE( "QGIS's minimum cluster size, like our minPoints, counts the point itself" )
{
  // Groups of 4, 5 and 6 points within a metre of each other, a kilometre apart. With a minimum of 5, a point
  // of the group of 5 has 4 other points within eps: a core point only if it counts itself, as
  // native:dbscanclustering's neighbour search (QgsSpatialIndexKDBush::within) and scikit-learn's min_samples
  // do, and as our minPoints does.
  std::vector<ClusterPoint> points;
  for ( int size = 4; size <= 6; ++size )
  {
    for ( int k = 0; k < size; ++k )
      points.push_back( { 371000.0 + 1000 * size + 0.2 * k, 6163000.0 + 0.1 * k } );
  }
  DbscanParameters parameters;
  parameters.epsMeters = 50;
  parameters.minPoints = 5;
  const ClusteringResult ours = dbscan( points, parameters ).value();
  const QgisClusters qgis = qgisDbscan( points, parameters.epsMeters, parameters.minPoints );

  // Per group: clustered or noise (all points of a group share the outcome).
  auto outcome = []( const std::vector<int> &ids )
  {
    return std::vector<bool>{ ids[0] != ClusteringResult::NOISE, ids[4] != ClusteringResult::NOISE,
                              ids[9] != ClusteringResult::NOISE };
  };
  const std::vector<bool> expected{ false, true, true };
  CHECK( outcome( qgis.ids ) == expected );
  CHECK( outcome( ours.clusterIds ) == expected );
}

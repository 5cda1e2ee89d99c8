// DBSCAN benchmark child: Tryggkarta's dbscan on the points dbscan_bench wrote, in a process that links only
// tryggkarta_core (so its start-up time and memory are ours, not Qt's or QGIS's).
//
//   dbscan_ours POINTS.bin EPS MIN_POINTS THREADS LABELS_OUT
//
// POINTS.bin holds little-endian float64 x, y pairs (metres). Prints "RESULT fit_ms=... clusters=...", fit_ms
// timing dbscan() only, and writes the cluster ids (-1 noise) as little-endian int32 to LABELS_OUT.

#include "clustering.h"

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <vector>

using namespace tryggkarta;

int main( int argc, char **argv )
{
  if ( argc != 6 )
  {
    std::fprintf( stderr, "usage: %s POINTS.bin EPS MIN_POINTS THREADS LABELS_OUT\n", argv[0] );
    return 2;
  }
  std::vector<ClusterPoint> points;
  {
    std::ifstream in( argv[1], std::ios::binary );
    double xy[2];
    while ( in.read( reinterpret_cast<char *>( xy ), sizeof xy ) )
      points.push_back( { xy[0], xy[1] } );
  }
  DbscanParameters parameters;
  parameters.epsMeters = std::atof( argv[2] );
  parameters.minPoints = std::atoi( argv[3] );
  parameters.threads = std::atoi( argv[4] );
  parameters.computeSummaries = false; // neither QGIS nor scikit-learn makes hulls
  const auto start = std::chrono::steady_clock::now();
  const Expected<ClusteringResult> result = dbscan( points, parameters );
  const double fitMs =
    std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - start ).count();
  if ( !result )
  {
    std::fprintf( stderr, "%s\n", result.error().text().c_str() );
    return 1;
  }
  const std::vector<std::int32_t> labels( result.value().clusterIds.begin(),
                                          result.value().clusterIds.end() );
  std::ofstream out( argv[5], std::ios::binary );
  out.write( reinterpret_cast<const char *>( labels.data() ),
             static_cast<std::streamsize>( labels.size() * sizeof( std::int32_t ) ) );
  if ( !out )
    return 1;
  std::printf(
    "RESULT fit_ms=%.2f clusters=%d noise=%lld\n", fitMs, result.value().clusterCount,
    static_cast<long long>( std::count( labels.begin(), labels.end(), ClusteringResult::NOISE ) ) );
  return 0;
}

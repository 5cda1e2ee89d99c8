#pragma once
// Density-based clustering of events (DBSCAN and ST-DBSCAN) for cluster maps: an id per event and a hull
// with counts per cluster.

#include "expected.h"
#include "progress.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <vector>

namespace tryggkarta
{

//! A point in a projected CRS (metres).
struct ClusterPoint
{
  double x = 0; //!< metres
  double y = 0; //!< metres
};

/**
 * Parameters of DBSCAN and ST-DBSCAN.
 *
 * Two points are neighbours when their distance is <= epsMeters (and, for ST-DBSCAN, their times differ by
 * <= timeEpsSeconds). A point is a core point when it has at least minPoints neighbours counting itself:
 * the semantics of scikit-learn's min_samples and of QGIS's native:dbscanclustering "minimum cluster size"
 * (whose neighbour search also returns the point itself).
 */
struct DbscanParameters
{
  double epsMeters = 50;        //!< neighbourhood radius, metres
  int minPoints = 5;            //!< neighbours (the point included) that make a core point
  double timeEpsSeconds = 0;    //!< ST-DBSCAN only: greatest time difference between neighbours, seconds
  bool computeSummaries = true; //!< fill ClusteringResult::clusters (hulls, counts, times)
  int threads = 0;              //!< 0: all hardware threads; results never depend on it
};

//! What is known about one cluster, for the cluster layer.
struct ClusterSummary
{
  int clusterId = 0;
  std::size_t count = 0;     //!< points in the cluster, border points included
  std::size_t coreCount = 0; //!< core points in the cluster
  //! Convex hull, counter-clockwise, first point not repeated; 1 or 2 points when the cluster is degenerate.
  std::vector<ClusterPoint> hull;
  std::optional<std::int64_t> firstTimeSeconds; //!< ST-DBSCAN only: earliest time, Unix seconds
  std::optional<std::int64_t> lastTimeSeconds;  //!< ST-DBSCAN only: latest time, Unix seconds
};

/**
 * The result of a clustering run.
 *
 * Cluster ids are 0 .. clusterCount - 1, numbered in the order of each cluster's lowest-index core point (the
 * order of scikit-learn's labels). A border point within reach of several clusters belongs to the one with
 * the lowest id among them, i.e. the cluster that reaches it first when clusters are expanded in id order
 * (as scikit-learn does). The same input always gives the same ids, whatever the thread count.
 */
struct ClusteringResult
{
  static constexpr int NOISE = -1;

  std::vector<int> clusterIds;      //!< per input point; NOISE for noise
  std::vector<std::uint8_t> isCore; //!< per input point; 1 for a core point
  int clusterCount = 0;
  std::vector<ClusterSummary> clusters; //!< indexed by cluster id (empty unless computeSummaries)
};

//! DBSCAN on points in metres. The progress callback may stop it (it then fails with MessageCode::Cancelled).
Expected<ClusteringResult> dbscan( const std::vector<ClusterPoint> &points,
                                   const DbscanParameters &parameters,
                                   const ProgressCallback &progress = {} );

/**
 * ST-DBSCAN: DBSCAN whose neighbours must also lie within timeEpsSeconds of each other in time
 * (timesSeconds holds one Unix time per point). This is the simplified ST-DBSCAN that QGIS's
 * native:stdbscanclustering implements, without Birant and Kut's cluster-mean check. The progress callback
 * may stop it (it then fails with MessageCode::Cancelled).
 */
Expected<ClusteringResult> stDbscan( const std::vector<ClusterPoint> &points,
                                     const std::vector<std::int64_t> &timesSeconds,
                                     const DbscanParameters &parameters,
                                     const ProgressCallback &progress = {} );

//! Convex hull by Andrew's monotone chain: counter-clockwise, first point not repeated, no collinear points.
std::vector<ClusterPoint> convexHull( std::vector<ClusterPoint> points );

} // namespace tryggkarta

#pragma once
// Turning analysis outputs into the tables the project stores and the map shows: cluster hulls with what is
// in them, the events' cluster ids, hot-spot cells.

#include "clustering.h"
#include "expected.h"
#include "hotspots.h"
#include "results.h"
#include "selection.h"

#include <map>
#include <string>
#include <vector>

namespace tryggkarta
{

//! How cluster outlines are drawn.
struct ClusterHullOptions
{
  //! Concave hulls follow the points more closely; convex hulls are the smallest convex polygon.
  bool concave = false;
  //! GEOS's concave-hull ratio: 1 is the convex hull, smaller values follow the points more tightly.
  double concavity = 0.3;
  //! Clusters whose points lie on a line or at one place get a buffer of this many metres to be visible.
  double degenerateBufferMeters = 5;
};

//! What the cluster layer says about one cluster.
struct ClusterDescription
{
  int clusterId = 0;
  std::size_t count = 0;
  std::size_t coreCount = 0;
  //! The (up to) three commonest categories as "label N", most frequent first (ties by code).
  std::vector<std::pair<std::string, std::size_t>> dominantCategories;
  int64_t firstUtc = 0; //!< the earliest start of an event in the cluster
  int64_t lastUtc = 0;  //!< the latest end
  int peakHour = 0;     //!< the local hour (0–23) in which most events' midpoints fall; ties: the earliest
  int peakWeekday = 1;  //!< likewise the ISO weekday (1 = Monday)
  //! The outline's rings (one outer ring).
  std::vector<std::vector<std::pair<double, double>>> rings;
  double areaSquareMeters = 0;
};

//! The key a point is counted under among a cluster's categories: its category for an incident,
//! "checklist:CODE" for an observation (so a checklist item never merges with a category of the same code).
std::string clusterCategoryKey( RecordTable table, const std::string &code );

/**
 * Describes each cluster of a clustering of incidents and/or observations (result.clusterIds parallel to
 * incidents). categoryLabels maps the clusterCategoryKey of each point to the label to show (the key is shown
 * when missing). Points without a time (see SelectedIncident::timeKnown) count everywhere but in the times.
 */
Expected<std::vector<ClusterDescription>>
describeClusters( const std::vector<SelectedIncident> &incidents, const ClusteringResult &result,
                  const ClusterHullOptions &options,
                  const std::map<std::string, std::string> &categoryLabels );

//! The cluster layer: a polygon per cluster with cluster_id, count, core_count, categories, top_category,
//! first, last, peak_hour, peak_weekday, area_m2.
ResultTable clusterHullTable( const std::vector<ClusterDescription> &clusters );

//! A point per clustered incident (noise left out unless includeNoise) with incident_fid, cluster_id
//! (−1 for noise), core, category, occurred_from; when observations are among them also observation_fid and
//! checklist_item (an observation's incident_fid and category are NULL, an incident's observation_fid and
//! checklist_item), so the two kinds of fid are never mixed in one column.
ResultTable clusterEventTable( const std::vector<SelectedIncident> &incidents, const ClusteringResult &result,
                               bool includeNoise );

//! A polygon per hot-spot grid cell (square or hexagon) with cell, count, z, p, bin, bin_fdr and a class
//! label; empty cells outside any hot or cold spot are left out unless includeEmpty (they still count in the
//! statistics).
ResultTable hotSpotCellTable( const HotSpotGrid &grid, bool includeEmpty );

//! The readable class of a Gi* bin: "hot 99 %", "cold 90 %", "not significant".
std::string hotSpotClassLabel( int bin );

} // namespace tryggkarta

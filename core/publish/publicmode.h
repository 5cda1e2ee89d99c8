#pragma once
// The publishing mode: maps and tables for readers outside the EST group (the municipal website, the board).
// Everything is aggregated to grid cells or areas; a cell, area or table row with fewer than k events (k from
// the project, default 5) is suppressed; no point symbols, no free text; the heatmap is made from the
// aggregated cells only, with a coarser minimum radius and cell, and its radius is not printed. So nothing
// published rests on fewer than k events, and no event's coordinates can be read back.

#include "expected.h"
#include "kerneldensity.h"
#include "selection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;
struct ProjectArea;

struct PublishRules
{
  int minCount = 5;             //!< k
  double minCellMeters = 250;   //!< the smallest grid cell (and heatmap cell) published
  double minRadiusMeters = 750; //!< the smallest heatmap radius published
};

//! The project's rules: k from tryggkarta_meta "publish_min_count" (default 5; values below 2 count as 2).
PublishRules publishRules( ProjectFile &project );
//! Stores k in the project (2 … 100), in one transaction.
Status setPublishMinCount( ProjectFile &project, int minCount );

//! One published grid cell; only cells with at least k events exist.
struct PublicCell
{
  int row = 0;    //!< 0 is north
  int column = 0; //!< 0 is west
  double centreX = 0;
  double centreY = 0;
  int64_t count = 0; //!< ≥ k
};

struct PublicGrid
{
  AlignedGrid grid;              //!< aligned to multiples of the cell size
  std::vector<PublicCell> cells; //!< row-major, north-west first
  int64_t shownEvents = 0;       //!< events in published cells
  int64_t suppressedEvents = 0;  //!< events in cells below k (not published)
  int suppressedCells = 0;       //!< non-empty cells below k
};

/**
 * Counts the incidents per cell of cellMeters (raised to rules.minCellMeters) on a grid aligned to its
 * multiples, and keeps only cells with at least rules.minCount events. Fails for no incidents or a cell size
 * that is not a positive number.
 */
Expected<PublicGrid> aggregateToGrid( const std::vector<SelectedIncident> &incidents, double cellMeters,
                                      const PublishRules &rules,
                                      const std::optional<MapExtent> &extent = std::nullopt );

//! One published area.
struct PublicArea
{
  std::size_t areaIndex = 0; //!< into the areas given
  std::string label;
  int64_t count = 0;
  bool suppressed = false; //!< 0 < count < k: the count is not published (count is then 0)
};

//! The incidents per area (an event counts in every area holding it), counts below k suppressed.
std::vector<PublicArea> aggregateToAreas( const std::vector<SelectedIncident> &incidents,
                                          const std::vector<ProjectArea> &areas, const PublishRules &rules );

/**
 * Which counts of a table to suppress: every count with 0 < count < k, and, when exactly one is suppressed
 * and the table publishes a total, the next smallest non-zero count too (so the suppressed one cannot be
 * worked out by subtraction). Returns one flag per count.
 */
std::vector<bool> suppressCounts( const std::vector<int64_t> &counts, int minCount, bool totalPublished );

struct PublicHeatmap
{
  AlignedGrid grid;
  std::vector<double> values; //!< row-major, events per km²; 0 where nothing is published
  double radiusMeters = 0;    //!< used, never printed
  int64_t events = 0;         //!< events in the published cells it was made from
};

/**
 * A heatmap safe to publish: the kernel density of the published cells' centres weighted by their counts
 * (never of the events themselves), with the radius and cell raised to the rules' minimums. Every non-zero
 * value then rests on at least k events.
 */
Expected<PublicHeatmap> publicHeatmap( const PublicGrid &cells, double radiusMeters, double cellMeters,
                                       const PublishRules &rules );

//! Writes the published cells as polygons (GeoPackage or CSV with WKT, by the extension) with their counts
//! and nothing else; fails when the file exists or cannot be written (nothing is left behind).
Status writePublicGrid( const std::string &path, const PublicGrid &grid, int epsg );

} // namespace tryggkarta

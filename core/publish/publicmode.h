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
 * that is not a positive number. Incidents whose place is not a point are in no cell.
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

//! The incidents per area (an event counts in every area holding it; one whose place is not a point in none),
//! counts below k suppressed.
std::vector<PublicArea> aggregateToAreas( const std::vector<SelectedIncident> &incidents,
                                          const std::vector<ProjectArea> &areas, const PublishRules &rules );

/**
 * Which counts of a table to hide: every count with 0 < count < k (primary suppression) and, when the table
 * publishes a total its rows add up to, enough more that no hidden count below k can be worked out by
 * subtraction (complementary suppression). Returns one flag per count; a zero is never hidden (it is
 * published as 0), and neither is a count the caller gives as hidden already when it is 0.
 *
 * With a total the result guarantees: either nothing is hidden, or at least two counts are hidden, the true
 * values of the hidden counts sum to at least k, and the total cannot pin a hidden count below k to a single
 * value. To get there the next smallest non-zero count still published is hidden (the first of equals),
 * again and again; when even every non-zero count is hidden that does not hold, every non-zero count is
 * hidden and the caller must not publish the total (hiddenCountsSafe tells).
 *
 * Why so: the total less the published counts (a published 0 included) gives the sum of the hidden ones, and
 * nothing more. A reader also knows what the marks tell: a hidden count is at least 1 (a 0 would have been
 * published), one marked as below k is at most k − 1, one hidden as a complement is at least k and, as the
 * complements are taken smallest first, at most the smallest non-zero count still published. Two hidden
 * counts summing to at least k are not enough on their own: two hidden 4s (k = 5) with their sum of 8 are
 * both 4, five hidden 1s summing to 5 are all 1, and a hidden 1 beside a complement of 5 summing to 6 is 1.
 * So the sum must also leave every hidden count below k at least two possible values (for k = 2 the mark
 * alone already says 1, which hiding cannot help). A table is checked on its own: what several tables
 * sharing counts tell together (a group row and its categories) is the caller's to handle.
 *
 * hiddenAlready (empty or one flag per count): counts hidden for another table's sake, kept hidden and
 * counted in the guarantee.
 */
std::vector<bool> suppressCounts( const std::vector<int64_t> &counts, int minCount, bool totalPublished,
                                  const std::vector<bool> &hiddenAlready = {} );

/**
 * suppressCounts for shares of events, such as the hour-of-week slots of the aoristic method, where an event
 * known only as an interval is spread over several slots and a slot's value is a fraction. A slot with
 * 0 < value < k is hidden, and with a total the same guarantee holds on the exact (unrounded) sums: at least
 * two slots hidden, their values summing to at least k (up to floating-point dust), and the total leaving
 * every hidden slot below k a range at least one event wide (a hidden share may be any value above 0). The
 * published values are rounded or drawn as colours, so a reader knows the sums less exactly than this.
 */
std::vector<bool> suppressShares( const std::vector<double> &shares, int minCount, bool totalPublished );

//! Whether a table with a published total and these counts hidden meets the guarantee of suppressCounts:
//! false when a count below k is not hidden; true when none is hidden. Flags on zero counts are ignored.
bool hiddenCountsSafe( const std::vector<int64_t> &counts, const std::vector<bool> &hidden, int minCount );

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

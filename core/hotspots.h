#pragma once
// Statistical hot spots: Getis-Ord Gi* on an aligned grid of event counts or on caller-defined areas.

#include "expected.h"
#include "kerneldensity.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

//! Which cells count as a cell's neighbours on a grid.
enum class HotSpotNeighbourhood
{
  DistanceBand, //!< cells whose centres lie within the band (inclusive), weight 1
  KNearest      //!< the k cells with the nearest centres, weight 1 (ties broken north-west first)
};

//! One neighbour of an area and its spatial weight.
struct SpatialNeighbour
{
  std::size_t index = 0; //!< the neighbour's position in the value list
  double weight = 1;
};

//! Gi* per cell or area, with ArcGIS's confidence bins (Gi_Bin): ±3 = 99 %, ±2 = 95 %, ±1 = 90 %, 0 = none.
struct GiStarResult
{
  std::vector<double> zScores;       //!< G*_i, a standard normal z-score under the null hypothesis
  std::vector<double> pValues;       //!< two-sided
  std::vector<std::int8_t> bins;     //!< uncorrected confidence bins, −3 … 3
  std::vector<std::int8_t> binsFdr;  //!< bins after the Benjamini–Hochberg false-discovery-rate correction
  std::vector<std::string> warnings; //!< reasons to read the result with care, for the user
};

//! How to compute hot spots on a grid.
struct HotSpotParameters
{
  double cellSizeMeters = 0;
  HotSpotNeighbourhood neighbourhood = HotSpotNeighbourhood::DistanceBand;
  //! For DistanceBand: neighbours are cells whose centres are at most this far apart (metres).
  double distanceBandMeters = 0;
  //! For KNearest: how many neighbours each cell has besides itself.
  int neighbourCount = 8;
  //! The study area; without it, the points' bounding box. Either way snapped outward to multiples of the
  //! cell size. Every cell of the grid counts in n, empty ones too; points outside are left out.
  std::optional<MapExtent> extent;
  //! Refuse grids whose working memory would exceed this.
  std::size_t maxMemoryBytes = std::size_t( 1 ) << 30;
};

//! Gi* on a grid: per cell the sum of point weights (the count) and its statistics. Row 0 is north.
struct HotSpotGrid
{
  AlignedGrid grid;
  std::vector<double> counts; //!< row-major, sum of the weights of the points in each cell
  GiStarResult statistics;    //!< row-major, one entry per cell
  std::size_t eventCount = 0; //!< points that fell inside the grid

  std::size_t cellIndex( int row, int column ) const
  {
    return static_cast<std::size_t>( row ) * static_cast<std::size_t>( grid.columns ) +
           static_cast<std::size_t>( column );
  }
};

/**
 * Getis-Ord Gi* hot-spot analysis (Getis & Ord 1995, as ArcGIS's Hot Spot Analysis computes it):
 *   G*_i = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)))
 * with X̄ and S the mean and (population) standard deviation of all n values, each cell its own neighbour.
 *
 * On a grid with a distance band the neighbour sums are a convolution with a 0/1 disc, done with per-row
 * prefix sums over the disc's row spans: O(cells × disc rows), milliseconds for 200 × 200 cells.
 */
class HotSpots
{
public:
  explicit HotSpots( HotSpotParameters parameters );

  const HotSpotParameters &parameters() const { return mParameters; }

  //! The grid compute() would use for these points, or why the input is invalid.
  Expected<AlignedGrid> grid( const std::vector<WeightedPoint> &points ) const;

  //! Bins the points into the grid and computes Gi* per cell, or says why it cannot.
  Expected<HotSpotGrid> compute( const std::vector<WeightedPoint> &points ) const;

  /**
   * Gi* on arbitrary areas: values[i] is area i's value (e.g. its count), neighbours[i] its neighbours with
   * their weights. Each area is its own neighbour (the star): if neighbours[i] does not list i, it is added
   * with weight 1. Areas not listed have weight 0.
   */
  static Expected<GiStarResult> giStar( const std::vector<double> &values,
                                        const std::vector<std::vector<SpatialNeighbour>> &neighbours );

  //! ArcGIS's Gi_Bin for a z-score and its two-sided p-value: ±3 for p ≤ 0.01, ±2 for ≤ 0.05, ±1 for ≤ 0.10.
  static int confidenceBin( double zScore, double pValue );

  //! The two-sided p-value of a standard normal z-score.
  static double twoSidedPValue( double zScore );

  /**
   * The Benjamini–Hochberg cut-off at a false-discovery rate alpha: the largest p_(r) (sorted ascending,
   * r = 1…m) with p_(r) ≤ alpha × r / m. Tests with p ≤ the cut-off are significant; none if it is empty.
   */
  static std::optional<double> fdrCutoff( const std::vector<double> &pValues, double alpha );

  //! The bins after the FDR correction: a cell keeps a confidence level only if its p-value passes the
  //! Benjamini–Hochberg cut-off at that level (over all cells); otherwise it drops to the next it passes.
  static std::vector<std::int8_t> fdrBins( const std::vector<double> &zScores,
                                           const std::vector<double> &pValues );

  //! Fewer events than this make the result unreliable (ArcGIS's and the literature's rule of thumb).
  static constexpr std::size_t sMinimumEvents = 30;

private:
  HotSpotParameters mParameters;
};

} // namespace tryggkarta

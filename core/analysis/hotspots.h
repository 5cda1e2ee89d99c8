#pragma once
// Statistical hot spots: Getis-Ord Gi* on an aligned grid of squares or hexagons of event counts, or on
// caller-defined areas.

#include "expected.h"
#include "kerneldensity.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tryggkarta
{

//! Which cells count as a cell's neighbours on a grid.
enum class HotSpotNeighbourhood
{
  DistanceBand, //!< cells whose centres lie within the band (inclusive), weight 1
  KNearest      //!< the k cells with the nearest centres, weight 1 (ties go to the lower cell number:
                //!< north first, then west)
};

//! The shape of a grid's cells.
enum class HotSpotGridShape
{
  Square, //!< an AlignedGrid: rows and columns of squares, aligned to multiples of the cell size
  Hexagon //!< a HexagonGrid: hexagons on a fixed lattice anchored at the CRS origin
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
  std::vector<double> zScores;      //!< G*_i, a standard normal z-score under the null hypothesis
  std::vector<double> pValues;      //!< two-sided
  std::vector<std::int8_t> bins;    //!< uncorrected confidence bins, −3 … 3
  std::vector<std::int8_t> binsFdr; //!< bins after the Benjamini–Hochberg false-discovery-rate correction
  std::vector<Message> warnings;    //!< reasons to read the result with care, for the user
};

//! How to compute hot spots on a grid.
struct HotSpotParameters
{
  HotSpotGridShape shape = HotSpotGridShape::Square;
  //! Squares: the side. Hexagons: the distance between the centres of neighbouring hexagons (= the width
  //! across the flat sides); a hexagon then covers cellSizeMeters² × √3 / 2.
  double cellSizeMeters = 0;
  HotSpotNeighbourhood neighbourhood = HotSpotNeighbourhood::DistanceBand;
  //! For DistanceBand: neighbours are cells whose centres are at most this far apart (metres).
  double distanceBandMeters = 0;
  //! For KNearest: how many neighbours each cell has besides itself.
  int neighbourCount = 8;
  //! The study area; without it, the points' bounding box. Squares: snapped outward to multiples of the
  //! cell size. Hexagons: the hexagons of the lattice that overlap it (not those that only touch it). Around
  //! the bounding box, also the cells that hold points on its east or north edge. Either way every cell of
  //! the grid counts in n, empty ones too; points in no cell of the grid are left out.
  std::optional<MapExtent> extent;
  //! Refuse grids whose working memory would exceed this.
  std::size_t maxMemoryBytes = std::size_t( 1 ) << 30;
};

/**
 * Pointy-top hexagons on one lattice anchored at the CRS origin, so that hexagon grids over different
 * selections or extents share their hexagons, as aligned square grids share their cells.
 *
 * cellSize is the distance between the centres of neighbouring hexagons, which is also the width across the
 * flat (east and west) sides; a side is cellSize / √3 long and a hexagon covers cellSize² × √3 / 2 (8 660 m²
 * at 100 m). Hexagon (q, r) in axial coordinates has its centre at x = (q + r / 2) × cellSize,
 * y = r × cellSize × √3 / 2: lattice rows are horizontal, r grows northward, hexagon (0, 0) is centred on the
 * origin. In centre-to-centre distances (in cells) hexagon (q, r) and (q + dq, r + dr) are
 * √(dq² + dq·dr + dr²) apart: 6 neighbours at 1, 6 more at √3, 6 more at 2.
 *
 * A grid holds a run of consecutive hexagons in each of consecutive lattice rows; its cells are numbered row
 * by row from the north, west to east within a row (as the squares of an AlignedGrid).
 */
struct HexagonGrid
{
  //! The hexagons of one lattice row that belong to the grid.
  struct Row
  {
    std::int64_t firstQ = 0;   //!< q of the westernmost hexagon
    int count = 0;             //!< hexagons in the row
    std::size_t firstCell = 0; //!< the cell number of the westernmost hexagon
  };

  double cellSize = 0;       //!< metres between neighbouring centres
  std::int64_t northRow = 0; //!< lattice r of rows[0]
  std::vector<Row> rows;     //!< north to south: rows[i] is lattice row r = northRow − i

  //! The number of hexagons.
  std::size_t cellCount() const
  {
    return rows.empty() ? 0 : rows.back().firstCell + static_cast<std::size_t>( rows.back().count );
  }
  //! The distance between neighbouring lattice rows, cellSize × √3 / 2.
  double rowSpacing() const;
  //! The area of one hexagon, cellSize² × √3 / 2.
  double cellArea() const;
  //! The axial coordinates (q, r) of a cell.
  std::pair<std::int64_t, std::int64_t> latticeCoordinates( std::size_t cell ) const;
  //! The cell number of hexagon (q, r), if the grid holds it.
  std::optional<std::size_t> cellIndex( std::int64_t q, std::int64_t r ) const;
  //! The cell that holds the point (x, y), if the grid holds its hexagon (see hexagonAt()).
  std::optional<std::size_t> cellAt( double x, double y ) const;
  //! The centre of hexagon (q, r), map units.
  std::pair<double, double> centre( std::int64_t q, std::int64_t r ) const;
  //! The outline of hexagon (q, r): closed (7 points), counter-clockwise from the southern vertex. Vertices
  //! are computed from lattice integers, so neighbouring hexagons share theirs exactly.
  std::vector<std::pair<double, double>> ring( std::int64_t q, std::int64_t r ) const;

  /**
   * The lattice hexagon (q, r) that holds the point (x, y): the one with the nearest centre. A point
   * equally near two centres (on an edge) goes to the northern one, or if they lie in one row, the eastern
   * one, as a point on a square's edge goes to the square to the north or east.
   */
  static std::pair<std::int64_t, std::int64_t> hexagonAt( double x, double y, double cellSize );
};

//! One cell of a hot-spot grid with its outline and statistics: a feature of a polygon layer.
struct HotSpotCell
{
  std::size_t index = 0; //!< the cell's position in HotSpotGrid::counts and statistics
  double centreX = 0;    //!< map units
  double centreY = 0;    //!< map units
  //! Closed ring (first point repeated), counter-clockwise, map units: 5 points for a square, 7 for a
  //! hexagon.
  std::vector<std::pair<double, double>> ring;
  double count = 0; //!< sum of the weights of the points in the cell
  double zScore = 0;
  double pValue = 1;
  std::int8_t bin = 0;    //!< uncorrected confidence bin, −3 … 3
  std::int8_t binFdr = 0; //!< confidence bin after the FDR correction
};

//! Which cells to list as polygons; all cells count in the statistics whichever is chosen.
enum class HotSpotCellFilter
{
  All,
  NonEmpty,             //!< cells with points (a nonzero count)
  NonEmptyOrSignificant //!< cells with points, and empty ones in a hot or cold spot (an uncorrected bin ≠ 0)
};

/**
 * Gi* on a grid: per cell the sum of point weights (the count) and its statistics. Cells are numbered row by
 * row from the north, west to east within a row, for squares (grid) and hexagons (hexagons) alike; cell(),
 * cellRing() and cells() give squares and hexagons the same shape for writing a polygon layer.
 */
struct HotSpotGrid
{
  HotSpotGridShape shape = HotSpotGridShape::Square;
  AlignedGrid grid;           //!< the squares (shape Square only)
  HexagonGrid hexagons;       //!< the hexagons (shape Hexagon only)
  std::vector<double> counts; //!< per cell, sum of the weights of the points in each cell
  GiStarResult statistics;    //!< per cell
  std::size_t eventCount = 0; //!< points that fell inside the grid

  //! The cell number of a square (shape Square).
  std::size_t cellIndex( int row, int column ) const
  {
    return static_cast<std::size_t>( row ) * static_cast<std::size_t>( grid.columns ) +
           static_cast<std::size_t>( column );
  }

  //! The number of cells, squares or hexagons.
  std::size_t cellCount() const;
  //! The centre of a cell, map units.
  std::pair<double, double> cellCentre( std::size_t cell ) const;
  //! The outline of a cell: a closed ring, counter-clockwise, map units. Neighbouring cells share vertices
  //! exactly, so a polygon layer of them has no slivers or gaps.
  std::vector<std::pair<double, double>> cellRing( std::size_t cell ) const;
  //! A cell with its outline and statistics.
  HotSpotCell cell( std::size_t cell ) const;
  //! The cells to write as a polygon layer, in cell order; leaving out empty cells keeps the layer small.
  std::vector<HotSpotCell> cells( HotSpotCellFilter filter = HotSpotCellFilter::All ) const;
};

/**
 * Getis-Ord Gi* hot-spot analysis (Getis & Ord 1995, as ArcGIS's Hot Spot Analysis computes it):
 *   G*_i = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √((n Σ_j w_ij² − (Σ_j w_ij)²) / (n − 1)))
 * with X̄ and S the mean and (population) standard deviation of all n values, each cell its own neighbour.
 *
 * On a grid with a distance band the neighbour sums are a convolution with a 0/1 disc, done with per-row
 * prefix sums over the disc's row spans: O(cells × disc rows), milliseconds for 200 × 200 squares or
 * 46 000 hexagons. Squares and hexagons share this code: both are rows of cells on a lattice, differing in
 * the distance between two cells.
 */
class HotSpots
{
public:
  explicit HotSpots( HotSpotParameters parameters );

  const HotSpotParameters &parameters() const { return mParameters; }

  //! The square grid compute() would use for these points (whatever the shape), or why the input is invalid.
  Expected<AlignedGrid> grid( const std::vector<WeightedPoint> &points ) const;

  //! The hexagon grid compute() would use for these points (whatever the shape), or why the input is invalid.
  Expected<HexagonGrid> hexagonGrid( const std::vector<WeightedPoint> &points ) const;

  //! Bins the points into the grid of the parameters' shape and computes Gi* per cell, or says why it cannot.
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
  //! Why the parameters or points cannot be used, if they cannot.
  std::optional<Error> validate( const std::vector<WeightedPoint> &points ) const;

  HotSpotParameters mParameters;
};

} // namespace tryggkarta

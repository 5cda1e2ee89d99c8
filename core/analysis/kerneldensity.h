#pragma once
// Kernel density estimation (heatmaps) from weighted points on an aligned raster grid.

#include "expected.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

namespace tryggkarta
{

//! The shape of the kernel; u = distance / radius, and every shape but the Gaussian is zero for u > 1.
enum class KernelShape
{
  Quartic,      //!< (1 - u²)², the default (QGIS and ArcGIS use it)
  Triweight,    //!< (1 - u²)³
  Epanechnikov, //!< 1 - u²
  Uniform,      //!< 1
  Triangular,   //!< 1 - u
  Gaussian,     //!< exp(-d² / 2σ²) with σ = the radius, truncated at a number of σ
};

//! What a cell's value means.
enum class DensityOutput
{
  Raw,    //!< sum of weight × kernel value; the peak of one point of weight 1 is 1
  Scaled, //!< a density: divided by the kernel's integral, so sum(cells) × cell area = total weight
  EventsPerSquareKm //!< Scaled × 1e6 (coordinates in metres): events per km² for the period the points cover
};

//! A point in a projected CRS (metres) with its weight (1 for a plain count).
struct WeightedPoint
{
  double x = 0; //!< metres
  double y = 0; //!< metres
  double weight = 1;
};

//! A rectangle in map units (metres).
struct MapExtent
{
  double xMin = 0;
  double yMin = 0;
  double xMax = 0;
  double yMax = 0;

  double width() const { return xMax - xMin; }
  double height() const { return yMax - yMin; }
};

/**
 * A raster grid aligned to its cell size: its west and north edges are whole multiples of the cell size, so
 * grids over different selections or extents share cell boundaries and can be compared cell for cell.
 * Row 0 is the north row, as in GDAL rasters.
 */
struct AlignedGrid
{
  double cellSize = 0;         //!< metres
  std::int64_t westIndex = 0;  //!< west edge / cellSize
  std::int64_t northIndex = 0; //!< north edge / cellSize
  int columns = 0;
  int rows = 0;

  double west() const { return static_cast<double>( westIndex ) * cellSize; }
  double north() const { return static_cast<double>( northIndex ) * cellSize; }
  double east() const { return static_cast<double>( westIndex + columns ) * cellSize; }
  double south() const { return static_cast<double>( northIndex - rows ) * cellSize; }
  //! The x of the centre of cells in this column.
  double cellCentreX( int column ) const
  {
    return ( static_cast<double>( westIndex + column ) + 0.5 ) * cellSize;
  }
  //! The y of the centre of cells in this row (row 0 is north).
  double cellCentreY( int row ) const { return ( static_cast<double>( northIndex - row ) - 0.5 ) * cellSize; }
  std::size_t cellCount() const
  {
    return static_cast<std::size_t>( columns ) * static_cast<std::size_t>( rows );
  }
  //! GDAL's geotransform: west, cell size, 0, north, 0, -cell size.
  std::array<double, 6> geoTransform() const { return { west(), cellSize, 0.0, north(), 0.0, -cellSize }; }
};

//! A computed density raster.
struct DensityRaster
{
  AlignedGrid grid;
  std::vector<double> values; //!< row-major, grid.rows × grid.columns, row 0 north

  double value( int row, int column ) const
  {
    return values[static_cast<std::size_t>( row ) * static_cast<std::size_t>( grid.columns ) +
                  static_cast<std::size_t>( column )];
  }
};

//! How to estimate a density.
struct KernelDensityParameters
{
  //! The kernel's radius (bandwidth) in metres; for the Gaussian, its standard deviation σ.
  double radiusMeters = 0;
  //! Metres.
  double cellSize = 0;
  KernelShape kernel = KernelShape::Quartic;
  //! Where the Gaussian is cut off, in standard deviations; the scaled output is renormalised for the cut.
  double gaussianTruncationSigmas = 3;
  DensityOutput output = DensityOutput::Raw;
  //! The area to cover; without it, the points' bounding box grown by the kernel's support. Either way the
  //! grid is snapped outward to multiples of the cell size. Points outside still count where their kernels
  //! reach in.
  std::optional<MapExtent> extent;
  //! Cells to keep, one byte per cell of the grid (see KernelDensity::grid()), nonzero = keep; empty = all.
  //! The kept cells are also the study area for the edge correction.
  std::vector<std::uint8_t> mask;
  //! The value of masked-out cells.
  double maskedValue = 0;
  /**
   * Corrects the underestimate near the edge of the study area (the mask's kept cells, or without a mask the
   * grid): part of a kernel centred near the edge falls outside, where no events are recorded, so there the
   * plain estimate is too low, about half at a straight edge and a quarter in a corner. The Diggle / Jones
   * correction divides each cell's value by the share of the kernel's mass centred at that cell that lies in
   * the study area: the kernel-weighted share of the study area's cells within reach, summed on the grid.
   * Cells farther than the kernel's support from the edge are unchanged. Scaled outputs then no longer sum
   * exactly to the total weight. Kernels reaching more than 1000 cells are refused (use a larger cell size).
   */
  bool edgeCorrection = false;
  //! The smallest share the edge correction divides by (so it multiplies by at most 1 / this, 5 for 0.2):
  //! keeps isolated or thin parts of the study area, where the share is tiny, from blowing up.
  double edgeCorrectionMinimumShare = 0.2;
  //! Refuse grids whose values would need more memory than this (8 bytes a cell).
  std::size_t maxGridBytes = std::size_t( 2 ) << 30;
  //! Threads to use; 0 = all cores. The result does not depend on it.
  int threads = 0;
};

/**
 * Kernel density estimation: each cell is the sum over points of weight × K(distance from the point to the
 * cell's centre), evaluated exactly (points are not moved to cell centres), optionally scaled to a density
 * and edge corrected.
 *
 * Meant to be fast enough to recompute live while a time slider moves (the goal is 10^5 points on a
 * 1000 × 1000 grid in under 100 ms on two cores; tests/bench/kde_bench measures it): the polynomial kernels
 * are summed row by row with difference arrays of polynomial coefficients, the others by vectorised stamping;
 * see kerneldensity.cpp. The edge correction's shares depend only on the grid, not on the points: they are
 * computed once per grid and kept by this object (and its copies), so keep the object while only the points
 * change.
 */
class KernelDensity
{
public:
  explicit KernelDensity( KernelDensityParameters parameters );

  const KernelDensityParameters &parameters() const { return mParameters; }

  //! The grid compute() would fill for these points (for building a mask), or why the input is invalid.
  Expected<AlignedGrid> grid( const std::vector<WeightedPoint> &points ) const;

  //! Estimates the density, or says why it cannot (invalid parameters, no points, a grid too large).
  Expected<DensityRaster> compute( const std::vector<WeightedPoint> &points ) const;

  //! As compute(), into a raster whose memory is reused (for live recomputation, e.g. a time slider);
  //! returns the error, if any.
  std::optional<Error> computeInto( const std::vector<WeightedPoint> &points, DensityRaster &raster ) const;

  //! The raw kernel value at a distance (metres): 1 at the centre, 0 beyond the support.
  static double kernelValue( KernelShape kernel, double distanceMeters, double radiusMeters,
                             double gaussianTruncationSigmas = 3 );

  //! The factor from raw to scaled values: 1 / the kernel's integral over the plane, in 1 / m².
  static double scaleFactor( KernelShape kernel, double radiusMeters, double gaussianTruncationSigmas = 3 );

  //! How far a kernel reaches, in metres: the radius, or truncation × σ for the Gaussian.
  static double supportRadius( KernelShape kernel, double radiusMeters, double gaussianTruncationSigmas = 3 );

  /**
   * A default radius from the data, the spatial variant of Silverman's rule that ArcGIS documents:
   * 0.9 × min( SD, sqrt( 1 / ln 2 ) × Dm ) × n^-0.2, where SD is the (weighted) standard distance, Dm the
   * (weighted) median distance to the weighted mean centre and n the sum of the weights (the number of
   * points when all weights are 1). Taking the minimum keeps a few outlying points from inflating it.
   * Fails for fewer than two distinct points or a non-positive total weight.
   */
  static Expected<double> defaultRadius( const std::vector<WeightedPoint> &points );

  //! A default cell size, ArcGIS's: the shorter side of the output extent / 250.
  static double defaultCellSize( const MapExtent &extent );

private:
  struct EdgeCorrectionCache;

  KernelDensityParameters mParameters;
  std::shared_ptr<EdgeCorrectionCache> mEdgeCorrectionCache;
};

} // namespace tryggkarta

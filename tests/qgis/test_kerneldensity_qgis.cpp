// Our kernel density against QGIS 3.22's QgsKernelDensityEstimation (correctness against a peer).
//
// QGIS 3.22 equals the exact formula only on input it places exactly (see domain.md, "Hotspot analysis"):
// every point at a cell centre, and the grid's west, south and north edges on multiples of the cell size. Its
// grid is the layer's extent grown by the radius, with one more row and column than that extent holds
// (ceil( size / cell ) + 1), and it accumulates in float32. These tests build such input and compare every
// cell of QGIS's raster.

#include <catch2/catch.hpp>

#include "kerneldensity.h"
#include "qgistestutil.h"
#include "testutil.h"

#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgskde.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <gdal.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

constexpr double CELL_SIZE = 10; // metres
constexpr double NODATA = -9999; // QGIS's value for cells no point reaches

//! A raster read back with GDAL.
struct RasterFile
{
  std::array<double, 6> geoTransform{};
  int columns = 0;
  int rows = 0;
  std::vector<double> values; //!< row-major, row 0 north
};

RasterFile readRaster( const std::string &path )
{
  RasterFile raster;
  GDALDatasetH dataset = GDALOpen( path.c_str(), GA_ReadOnly );
  REQUIRE( dataset );
  REQUIRE( GDALGetGeoTransform( dataset, raster.geoTransform.data() ) == CE_None );
  raster.columns = GDALGetRasterXSize( dataset );
  raster.rows = GDALGetRasterYSize( dataset );
  raster.values.resize( static_cast<std::size_t>( raster.columns ) *
                        static_cast<std::size_t>( raster.rows ) );
  const CPLErr read =
    GDALRasterIO( GDALGetRasterBand( dataset, 1 ), GF_Read, 0, 0, raster.columns, raster.rows,
                  raster.values.data(), raster.columns, raster.rows, GDT_Float64, 0, 0 );
  GDALClose( dataset );
  REQUIRE( read == CE_None );
  return raster;
}

/**
 * About 400 points at the centres of 10 m cells in a 3 × 3 km square of SWEREF 99 TM: three hot spots and a
 * scattered background, sparse enough that no cell sums more than a few dozen kernels (so QGIS's float32
 * sums stay within 1e-6 of the exact ones).
 */
std::vector<WeightedPoint> cellCentredPoints( double west, double south, double side )
{
  qgistest::Random random( 31 );
  const std::array<std::array<double, 3>, 3> hotspots{ {
    { 0.3, 0.6, 250 }, // x, y (fractions of the side), spread (metres)
    { 0.7, 0.7, 350 },
    { 0.55, 0.25, 200 },
  } };
  std::vector<WeightedPoint> points;
  while ( points.size() < 400 )
  {
    double x;
    double y;
    if ( random.uniform() < 0.35 )
    {
      const auto &h = hotspots[static_cast<std::size_t>( random.uniform() * 3 ) % 3];
      x = side * h[0] + h[2] * random.normal();
      y = side * h[1] + h[2] * random.normal();
    }
    else
    {
      x = side * random.uniform();
      y = side * random.uniform();
    }
    if ( x < 0 || y < 0 || x >= side || y >= side )
      continue;
    points.push_back( { west + ( std::floor( x / CELL_SIZE ) + 0.5 ) * CELL_SIZE,
                        south + ( std::floor( y / CELL_SIZE ) + 0.5 ) * CELL_SIZE, 1.0 } );
  }
  return points;
}

//! QGIS's raw quartic density of these points, with zero-weight anchors that make its grid edges multiples of
//! the cell size: its extent is the points' bounding box grown by the radius.
RasterFile qgisDensity( const std::vector<WeightedPoint> &points, const MapExtent &anchors, double radius,
                        const std::string &outputPath )
{
  QgsVectorLayer layer( QStringLiteral( "Point?crs=EPSG:3006&field=w:double" ), QStringLiteral( "p" ),
                        QStringLiteral( "memory" ) );
  REQUIRE( layer.isValid() );
  QgsFeatureList features;
  auto addPoint = [&]( double x, double y, double weight )
  {
    QgsFeature feature( layer.fields() );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( x, y ) ) );
    feature.setAttribute( 0, weight );
    features.append( feature );
  };
  addPoint( anchors.xMin, anchors.yMax, 0 );
  addPoint( anchors.xMax, anchors.yMin, 0 );
  for ( const WeightedPoint &p : points )
    addPoint( p.x, p.y, p.weight );
  REQUIRE( layer.dataProvider()->addFeatures( features ) );
  layer.updateExtents();

  QgsKernelDensityEstimation::Parameters parameters;
  parameters.source = &layer;
  parameters.radius = radius;
  parameters.pixelSize = CELL_SIZE;
  parameters.weightField = QStringLiteral( "w" );
  parameters.shape = QgsKernelDensityEstimation::KernelQuartic;
  parameters.decayRatio = 0;
  parameters.outputValues = QgsKernelDensityEstimation::OutputRaw;
  QgsKernelDensityEstimation kde( parameters, QString::fromStdString( outputPath ),
                                  QStringLiteral( "GTiff" ) );
  REQUIRE( kde.run() == QgsKernelDensityEstimation::Success );
  return readRaster( outputPath );
}

std::string describeGrid( const std::array<double, 6> &transform, int columns, int rows )
{
  char text[200];
  std::snprintf( text, sizeof text, "origin (%.3f, %.3f), cell %.3f x %.3f, %d x %d cells", transform[0],
                 transform[3], transform[1], -transform[5], columns, rows );
  return text;
}

} // namespace

TEST_CASE( "raw quartic density equals QGIS's QgsKernelDensityEstimation in every cell of an aligned grid" )
{
  // 125 m is not a whole number of cells: the anchors still put QGIS's grid edges on multiples of the cell.
  const double radius = GENERATE( 50.0, 125.0, 300.0 );
  CAPTURE( radius );
  constexpr double west = 371000, south = 6163000, side = 3000; // SWEREF 99 TM, metres
  const std::vector<WeightedPoint> points = cellCentredPoints( west, south, side );

  // QGIS's grid edges: the anchors' extent grown by the radius. Put them on multiples of the cell size.
  const double gridWest = std::floor( ( west - radius ) / CELL_SIZE ) * CELL_SIZE;
  const double gridSouth = std::floor( ( south - radius ) / CELL_SIZE ) * CELL_SIZE;
  const double gridEast = std::ceil( ( west + side + radius ) / CELL_SIZE ) * CELL_SIZE;
  const double gridNorth = std::ceil( ( south + side + radius ) / CELL_SIZE ) * CELL_SIZE;
  const MapExtent anchors{ gridWest + radius, gridSouth + radius, gridEast - radius, gridNorth - radius };
  const testutil::TempDir folder;
  const RasterFile qgis = qgisDensity( points, anchors, radius, folder.file( "qgis.tif" ) );

  // Ours on the same cells: QGIS 3.22 makes ceil( size / cell ) + 1 columns and rows from its north-west
  // corner, one more of each than its extent holds; those extra cells (east and south) are compared too.
  const int columns = static_cast<int>( std::lround( ( gridEast - gridWest ) / CELL_SIZE ) ) + 1;
  const int rows = static_cast<int>( std::lround( ( gridNorth - gridSouth ) / CELL_SIZE ) ) + 1;
  KernelDensityParameters parameters;
  parameters.radiusMeters = radius;
  parameters.cellSize = CELL_SIZE;
  parameters.kernel = KernelShape::Quartic;
  parameters.output = DensityOutput::Raw;
  parameters.extent =
    MapExtent{ gridWest, gridNorth - rows * CELL_SIZE, gridWest + columns * CELL_SIZE, gridNorth };
  const Expected<DensityRaster> computed = KernelDensity( parameters ).compute( points );
  REQUIRE( computed );
  const DensityRaster &ours = computed.value();

  // The same cells, or the comparison means nothing.
  INFO( "QGIS's grid: " << describeGrid( qgis.geoTransform, qgis.columns, qgis.rows ) );
  INFO( "our grid:    " << describeGrid( ours.grid.geoTransform(), ours.grid.columns, ours.grid.rows ) );
  REQUIRE( qgis.geoTransform == ours.grid.geoTransform() );
  REQUIRE( qgis.columns == ours.grid.columns );
  REQUIRE( qgis.rows == ours.grid.rows );

  // Every cell within 1e-6 of ours, relative; cells (nearly) zero in both within a tiny absolute amount (our
  // sums of polynomial coefficients leave ~1e-13 where a kernel's edge just reaches a cell).
  std::size_t mismatches = 0;
  std::size_t nonZero = 0;
  double worstRelative = 0;
  std::string worstCell;
  for ( int row = 0; row < qgis.rows; ++row )
  {
    for ( int column = 0; column < qgis.columns; ++column )
    {
      double theirs = qgis.values[static_cast<std::size_t>( row ) * qgis.columns + column];
      if ( theirs == NODATA )
        theirs = 0;
      const double mine = ours.value( row, column );
      const double difference = std::abs( theirs - mine );
      nonZero += mine > 1e-9 ? 1 : 0;
      if ( difference <= 1e-9 )
        continue;
      const double relative = difference / std::abs( mine );
      if ( relative > worstRelative )
      {
        worstRelative = relative;
        worstCell = "row " + std::to_string( row ) + ", column " + std::to_string( column ) + ": QGIS " +
                    std::to_string( theirs ) + ", ours " + std::to_string( mine );
      }
      mismatches += relative > 1e-6 ? 1 : 0;
    }
  }
  INFO( "cells compared: " << qgis.columns * qgis.rows << ", nonzero: " << nonZero
                           << "; worst relative difference " << worstRelative << " at " << worstCell );
  REQUIRE( nonZero > 1000 );
  REQUIRE( mismatches == 0 );
}

// Kernel density benchmark: Tryggkarta's KernelDensity against QGIS's QgsKernelDensityEstimation on the same
// points and grid, in the same run, each measured in a child process of its own (so peak memory is each
// engine's). Also checks that the two agree on aligned, cell-centred input (the only input QGIS 3.22 places
// exactly), that ours equals the direct formula on points off the cell centres, and what the edge correction
// costs (its first run computes the shares, later ones reuse them).
//
//   kde_bench                   all scenarios (10^4, 10^5, 10^6 points; QGIS at 10^6 once: it is slow)
//   kde_bench --max-points N    only scenarios up to N points
//   kde_bench --no-qgis         ours only

#include "testrandom.h"
#include "kerneldensity.h"

#include <qgsapplication.h>
#include <qgsfeature.h>
#include <qgsfields.h>
#include <qgsgeometry.h>
#include <qgskde.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <gdal.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <sstream>
#include <string>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace tryggkarta;

namespace
{

constexpr double kRadius = 300;  // metres
constexpr double kCellSize = 10; // metres

using testutil::Random;

/**
 * Points clustered like a town in a municipality of side × side metres: a town centre, a dozen hot spots
 * (centre streets, a station, schools) and a scattered background. With cellCentred, each point is moved to
 * the centre of its 10 m cell (for the comparison with QGIS).
 */
std::vector<WeightedPoint> townPoints( int count, double side, bool cellCentred )
{
  Random random( 20240611 );
  std::vector<std::array<double, 3>> hotspots; // x, y, spread
  for ( int k = 0; k < 12; ++k )
    hotspots.push_back( { side * ( 0.3 + 0.4 * random.uniform() ), side * ( 0.3 + 0.4 * random.uniform() ),
                          80 + 170 * random.uniform() } );
  std::vector<WeightedPoint> points;
  points.reserve( static_cast<std::size_t>( count ) );
  while ( static_cast<int>( points.size() ) < count )
  {
    const double kind = random.uniform();
    double x;
    double y;
    if ( kind < 0.45 )
    {
      x = side * 0.5 + side * 0.06 * random.normal();
      y = side * 0.45 + side * 0.06 * random.normal();
    }
    else if ( kind < 0.8 )
    {
      const auto &h = hotspots[static_cast<std::size_t>( random.uniform() * 12 ) % 12];
      x = h[0] + h[2] * random.normal();
      y = h[1] + h[2] * random.normal();
    }
    else
    {
      x = side * random.uniform();
      y = side * random.uniform();
    }
    if ( x < 0 || y < 0 || x >= side || y >= side )
      continue;
    if ( cellCentred )
    {
      x = std::floor( x / kCellSize ) * kCellSize + kCellSize / 2;
      y = std::floor( y / kCellSize ) * kCellSize + kCellSize / 2;
    }
    points.push_back( { x, y, 1.0 } );
  }
  return points;
}

double peakRssMb()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return usage.ru_maxrss / 1024.0;
}

double median( std::vector<double> values )
{
  std::sort( values.begin(), values.end() );
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : ( values[n / 2 - 1] + values[n / 2] ) / 2;
}

double millisecondsSince( std::chrono::steady_clock::time_point start )
{
  return std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - start ).count();
}

//! The grid QGIS 3.22 makes for points in [0, side]² (with zero-weight anchors at the corners): the bounding
//! box grown by the radius, whose edges are then multiples of the cell size.
MapExtent qgisExtent( double side )
{
  return { -kRadius, -kRadius, side + kRadius, side + kRadius };
}

//! Child: our engine, timed. offCentre additionally compares sample cells with the direct formula;
//! edgeCorrection turns that on (the first run then also computes the shares, later runs reuse them).
int runOurs( int count, double side, int repeats, int threads, bool exactGrid, bool offCentre,
             bool edgeCorrection )
{
  const std::vector<WeightedPoint> points = townPoints( count, side, !offCentre );
  const double rssBefore = peakRssMb();
  KernelDensityParameters parameters;
  parameters.radiusMeters = kRadius;
  parameters.cellSize = kCellSize;
  parameters.threads = threads;
  parameters.extent = exactGrid ? MapExtent{ 0, 0, side, side } : qgisExtent( side );
  parameters.edgeCorrection = edgeCorrection;
  const KernelDensity kde( parameters );
  std::vector<double> times;
  Expected<DensityRaster> result = DensityRaster();
  for ( int r = 0; r < repeats; ++r )
  {
    const auto start = std::chrono::steady_clock::now();
    result = kde.compute( points );
    times.push_back( millisecondsSince( start ) );
    if ( !result )
    {
      std::fprintf( stderr, "%s\n", result.error().text().c_str() );
      return 1;
    }
  }
  const DensityRaster &raster = result.value();
  // Live recomputation (a time slider): the raster's memory reused between runs.
  std::vector<double> reuseTimes;
  DensityRaster reused;
  for ( int r = 0; r < repeats; ++r )
  {
    const auto start = std::chrono::steady_clock::now();
    kde.computeInto( points, reused );
    reuseTimes.push_back( millisecondsSince( start ) );
  }
  std::printf(
    "RESULT reuse_median_ms=%.2f first_ms=%.2f later_median_ms=%.2f ", median( reuseTimes ), times.front(),
    times.size() > 1 ? median( std::vector<double>( times.begin() + 1, times.end() ) ) : times.front() );
  std::printf( "median_ms=%.2f min_ms=%.2f runs=%d grid=%dx%d rss_before_mb=%.1f rss_peak_mb=%.1f",
               median( times ), *std::min_element( times.begin(), times.end() ), repeats, raster.grid.columns,
               raster.grid.rows, rssBefore, peakRssMb() );

  if ( offCentre )
  {
    // The direct formula at sample cells, over every point, in extended precision.
    Random random( 7 );
    double worstRelative = 0;
    double peak = *std::max_element( raster.values.begin(), raster.values.end() );
    for ( int k = 0; k < 400; ++k )
    {
      const int row = static_cast<int>( random.uniform() * raster.grid.rows );
      const int column = static_cast<int>( random.uniform() * raster.grid.columns );
      const long double cx = ( raster.grid.westIndex + column + 0.5L ) * kCellSize;
      const long double cy = ( raster.grid.northIndex - row - 0.5L ) * kCellSize;
      long double sum = 0;
      for ( const WeightedPoint &p : points )
      {
        const long double d2 = ( cx - p.x ) * ( cx - p.x ) + ( cy - p.y ) * ( cy - p.y );
        if ( d2 <= kRadius * kRadius )
          sum += p.weight * ( 1 - d2 / ( kRadius * kRadius ) ) * ( 1 - d2 / ( kRadius * kRadius ) );
      }
      const double error = std::abs( raster.value( row, column ) - static_cast<double>( sum ) );
      if ( error > 1e-12 )
        worstRelative =
          std::max( worstRelative, error / std::max( std::abs( static_cast<double>( sum ) ), 1e-300 ) );
    }
    std::printf( " exact_worst_rel=%.3g peak=%.6g", worstRelative, peak );
  }
  std::printf( "\n" );
  return 0;
}

//! Child: QGIS's QgsKernelDensityEstimation, timed; --compare reads its raster back and compares with ours.
int runQgis( int argc, char **argv, int count, double side, int repeats, bool compare )
{
  setenv( "QT_QPA_PLATFORM", "offscreen", 1 );
  QgsApplication app( argc, argv, false );
  QgsApplication::setPrefixPath( "/usr", true );
  QgsApplication::initQgis();

  const std::vector<WeightedPoint> points = townPoints( count, side, true );
  QgsVectorLayer layer( QStringLiteral( "Point?crs=EPSG:3006&field=w:double" ), QStringLiteral( "p" ),
                        QStringLiteral( "memory" ) );
  if ( !layer.isValid() )
  {
    std::fprintf( stderr, "could not create a memory layer\n" );
    return 1;
  }
  QgsFeatureList features;
  features.reserve( count + 2 );
  auto addPoint = [&]( double x, double y, double weight )
  {
    QgsFeature feature( layer.fields() );
    feature.setGeometry( QgsGeometry::fromPointXY( QgsPointXY( x, y ) ) );
    feature.setAttribute( 0, weight );
    features.append( feature );
  };
  // Zero-weight anchors at two corners put QGIS's grid edges on multiples of the cell size. Not at (0, 0):
  // QGIS takes a point there for a null extent.
  addPoint( 0, side, 0 );
  addPoint( side, 0, 0 );
  for ( const WeightedPoint &p : points )
    addPoint( p.x, p.y, p.weight );
  layer.dataProvider()->addFeatures( features );
  features.clear();
  layer.updateExtents();
  const double rssBefore = peakRssMb();

  const QTemporaryDir work; // removed with what QGIS wrote into it
  const QString output = work.filePath( QStringLiteral( "kde_bench_qgis.tif" ) );
  QgsKernelDensityEstimation::Parameters parameters;
  parameters.source = &layer;
  parameters.radius = kRadius;
  parameters.pixelSize = kCellSize;
  parameters.weightField = QStringLiteral( "w" );
  parameters.shape = QgsKernelDensityEstimation::KernelQuartic;
  parameters.decayRatio = 0;
  parameters.outputValues = QgsKernelDensityEstimation::OutputRaw;
  std::vector<double> times;
  for ( int r = 0; r < repeats; ++r )
  {
    QgsKernelDensityEstimation kde( parameters, output, QStringLiteral( "GTiff" ) );
    const auto start = std::chrono::steady_clock::now();
    if ( kde.run() != QgsKernelDensityEstimation::Success )
    {
      std::fprintf( stderr, "QGIS KDE failed\n" );
      return 1;
    }
    times.push_back( millisecondsSince( start ) );
  }
  std::printf( "RESULT median_ms=%.2f min_ms=%.2f runs=%d rss_before_mb=%.1f rss_peak_mb=%.1f",
               median( times ), *std::min_element( times.begin(), times.end() ), repeats, rssBefore,
               peakRssMb() );

  if ( compare )
  {
    GDALDatasetH dataset = GDALOpen( output.toUtf8().constData(), GA_ReadOnly );
    double transform[6];
    GDALGetGeoTransform( dataset, transform );
    const int columns = GDALGetRasterXSize( dataset );
    const int rows = GDALGetRasterYSize( dataset );
    std::vector<float> qgis( static_cast<std::size_t>( columns ) * rows );
    if ( GDALRasterIO( GDALGetRasterBand( dataset, 1 ), GF_Read, 0, 0, columns, rows, qgis.data(), columns,
                       rows, GDT_Float32, 0, 0 ) != CE_None )
      return 1;
    GDALClose( dataset );

    KernelDensityParameters ours;
    ours.radiusMeters = kRadius;
    ours.cellSize = kCellSize;
    ours.extent = qgisExtent( side );
    const DensityRaster raster = KernelDensity( ours ).compute( points ).value();
    if ( transform[0] != raster.grid.west() || transform[3] != raster.grid.north() ||
         transform[1] != kCellSize )
    {
      std::printf( " compare=grids_differ qgis_origin=%g,%g ours=%g,%g\n", transform[0], transform[3],
                   raster.grid.west(), raster.grid.north() );
      return 0;
    }
    const double peak = *std::max_element( raster.values.begin(), raster.values.end() );
    double worstRelative = 0; // over cells above 1e-3 × the peak
    double worstAbsolute = 0; // over all cells
    long long compared = 0;
    for ( int row = 0; row < std::min( rows, raster.grid.rows ); ++row )
    {
      for ( int column = 0; column < std::min( columns, raster.grid.columns ); ++column )
      {
        float q = qgis[static_cast<std::size_t>( row ) * columns + column];
        if ( q == -9999.0f )
          q = 0; // QGIS's nodata where no point reaches
        const double o = raster.value( row, column );
        const double error = std::abs( q - o );
        worstAbsolute = std::max( worstAbsolute, error );
        if ( o > 1e-3 * peak )
          worstRelative = std::max( worstRelative, error / o );
        ++compared;
      }
    }
    std::printf(
      " compare_cells=%lld qgis_grid=%dx%d ours_grid=%dx%d worst_rel=%.3g worst_abs=%.3g peak=%.6g", compared,
      columns, rows, raster.grid.columns, raster.grid.rows, worstRelative, worstAbsolute, peak );
  }
  std::printf( "\n" );
  QgsApplication::exitQgis();
  return 0;
}

//! Runs this program as a child with these arguments and returns its RESULT fields.
std::map<std::string, std::string> runChild( const std::string &self, const std::string &arguments )
{
  std::map<std::string, std::string> fields;
  const std::string command = self + " --child " + arguments + " 2>/dev/null";
  FILE *pipe = popen( command.c_str(), "r" );
  if ( !pipe )
    return fields;
  char line[4096];
  while ( std::fgets( line, sizeof line, pipe ) )
  {
    std::string text( line );
    if ( text.rfind( "RESULT ", 0 ) != 0 )
      continue;
    std::istringstream in( text.substr( 7 ) );
    std::string field;
    while ( in >> field )
    {
      const std::size_t equals = field.find( '=' );
      if ( equals != std::string::npos )
        fields[field.substr( 0, equals )] = field.substr( equals + 1 );
    }
  }
  pclose( pipe );
  return fields;
}

double number( const std::map<std::string, std::string> &fields, const std::string &key )
{
  const auto it = fields.find( key );
  return it == fields.end() ? std::nan( "" ) : std::atof( it->second.c_str() );
}

} // namespace

int main( int argc, char **argv )
{
  if ( argc >= 2 && std::string( argv[1] ) == "--child" && argc >= 8 )
  {
    // --child ours|qgis count side repeats threads flags
    const std::string engine = argv[2];
    const int count = std::atoi( argv[3] );
    const double side = std::atof( argv[4] );
    const int repeats = std::atoi( argv[5] );
    const int threads = std::atoi( argv[6] );
    const std::string flags = argv[7];
    if ( engine == "ours" )
      return runOurs( count, side, repeats, threads, flags.find( "exactgrid" ) != std::string::npos,
                      flags.find( "offcentre" ) != std::string::npos,
                      flags.find( "edge" ) != std::string::npos );
    return runQgis( argc, argv, count, side, repeats, flags.find( "compare" ) != std::string::npos );
  }

  int maxPoints = 1000000;
  bool withQgis = true;
  for ( int k = 1; k < argc; ++k )
  {
    const std::string argument = argv[k];
    if ( argument == "--max-points" && k + 1 < argc )
      maxPoints = std::atoi( argv[++k] );
    else if ( argument == "--no-qgis" )
      withQgis = false;
  }
  const std::string self = argv[0];

  std::printf(
    "Kernel density, quartic, radius %.0f m, cell %.0f m, raw output; medians of the runs shown.\n", kRadius,
    kCellSize );
  std::printf(
    "Each engine runs in a child process of its own; peak RSS is that process's (QGIS's includes\n"
    "QgsApplication and the memory layer; 'before' is the RSS just before the first KDE run).\n\n" );

  // The live heatmap's goal: 10^5 points on a 1000 × 1000 grid (10 × 10 km), points off the cell centres.
  {
    const std::map<std::string, std::string> two =
      runChild( self, "ours 100000 10000 5 0 exactgrid,offcentre" );
    const std::map<std::string, std::string> one =
      runChild( self, "ours 100000 10000 5 1 exactgrid,offcentre" );
    std::printf(
      "goal: 1e5 points, grid %s: ours %.1f ms (2 threads), %.1f ms (1 thread); reusing the raster "
      "(live recomputation) %.1f ms (2 threads); peak RSS %.0f MB; "
      "worst relative error against the direct formula at 400 sample cells: %s\n",
      two.count( "grid" ) ? two.at( "grid" ).c_str() : "?", number( two, "median_ms" ),
      number( one, "median_ms" ), number( two, "reuse_median_ms" ), number( two, "rss_peak_mb" ),
      two.count( "exact_worst_rel" ) ? two.at( "exact_worst_rel" ).c_str() : "?" );
    const std::map<std::string, std::string> edge = runChild( self, "ours 100000 10000 5 0 exactgrid,edge" );
    std::printf( "with edge correction (the grid as study area), same KernelDensity: first run %.1f ms (also "
                 "computes the shares), the runs after it %.1f ms, reusing the raster %.1f ms\n\n",
                 number( edge, "first_ms" ), number( edge, "later_median_ms" ),
                 number( edge, "reuse_median_ms" ) );
  }

  struct Scenario
  {
    int count;
    double side;
    int qgisRepeats;
  };
  const Scenario scenarios[] = {
    { 10000, 20000, 5 }, { 100000, 20000, 3 }, { 1000000, 20000, 1 }, { 100000, 10000, 3 } };
  std::printf( "%-9s %-10s %-11s %9s %9s %12s %9s %14s %14s %12s\n", "points", "area", "grid", "ours ms",
               "reuse ms", "QGIS ms", "QGIS/ours", "ours RSS MB", "QGIS RSS MB", "max rel diff" );
  for ( const Scenario &s : scenarios )
  {
    if ( s.count > maxPoints )
      continue;
    const std::string common = std::to_string( s.count ) + " " + std::to_string( static_cast<int>( s.side ) );
    const std::map<std::string, std::string> ours = runChild( self, "ours " + common + " 5 0 qgisgrid" );
    std::map<std::string, std::string> qgis;
    if ( withQgis )
      qgis = runChild( self, "qgis " + common + " " + std::to_string( s.qgisRepeats ) + " 0 compare" );
    const double oursMs = number( ours, "median_ms" );
    const double qgisMs = number( qgis, "median_ms" );
    char area[32];
    std::snprintf( area, sizeof area, "%.0fx%.0f km", s.side / 1000, s.side / 1000 );
    std::printf( "%-9d %-10s %-11s %9.1f %9.1f %9.1f(%d) %9.1f %6.1f (%5.1f) %6.1f (%5.1f) %12s\n", s.count,
                 area, ours.count( "grid" ) ? ours.at( "grid" ).c_str() : "?", oursMs,
                 number( ours, "reuse_median_ms" ), qgisMs, s.qgisRepeats, qgisMs / oursMs,
                 number( ours, "rss_peak_mb" ), number( ours, "rss_before_mb" ),
                 number( qgis, "rss_peak_mb" ), number( qgis, "rss_before_mb" ),
                 qgis.count( "worst_rel" ) ? qgis.at( "worst_rel" ).c_str() : "-" );
    std::fflush( stdout );
  }
  std::printf(
    "\nQGIS ms: median of (n) runs. RSS: peak (before). max rel diff: QGIS's float32 raster against ours,\n"
    "cells above 1e-3 of the peak, aligned cell-centred points (QGIS's grid has one extra row and column,\n"
    "not compared).\n" );
  return 0;
}

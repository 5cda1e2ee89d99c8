// DBSCAN benchmark: Tryggkarta's dbscan against QGIS's native:dbscanclustering and scikit-learn's DBSCAN on
// the same points, in the same run. Every run is a process of its own, timed and measured (peak RSS) by
// /usr/bin/time under a timeout, so the benchmark always finishes; the labels of the engines are compared.
//
//   dbscan_bench [--sizes 10000,100000,1000000] [--repeats 5] [--qgis-repeats 3] [--timeout 900]
//                [--work DIR] [--no-qgis] [--no-sklearn] [--sklearn-algorithm auto|kd_tree|ball_tree]
//
// Engines:
//   ours          tryggkarta::dbscan without summaries (hulls), with all cores and with 1 thread, in
//                 dbscan_ours (linked with tryggkarta_core only); the fit is timed inside the process
//   QGIS          native:dbscanclustering run in process (QgsProcessingAlgorithm::run) from a memory layer to
//   a
//                 memory layer: the algorithm's own time (spatial index, clustering, output features)
//   qgis_process  qgis_process.bin run native:dbscanclustering, GeoPackage in and out, as a user runs it;
//                 only the whole process is timed (it prints no times)
//   scikit-learn  DBSCAN( eps, min_samples, algorithm ) through /usr/bin/python3 (dbscan_sklearn.py); the fit
//   is
//                 timed inside the process; one thread (n_jobs=None)

#include "testrandom.h"
#include "clustering.h"
#include "qgisinit.h"

#include <qgsapplication.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsnativealgorithms.h>
#include <qgsprocessing.h>
#include <qgsprocessingalgorithm.h>
#include <qgsprocessingcontext.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>
#include <qgsvectorlayer.h>

#include <QTemporaryDir>

#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

constexpr double EPS_METERS = 50;
constexpr int MIN_POINTS = 10;    // the point itself included, as QGIS's minimum cluster size and min_samples
constexpr double SIDE = 20000;    // metres: the points cover a 20 × 20 km municipality
constexpr double WEST = 360000;   // SWEREF 99 TM, metres
constexpr double SOUTH = 6150000; // SWEREF 99 TM, metres

using testutil::Random;

/**
 * Events in a 20 × 20 km municipality: 60 % in 150 hot spots whose spreads range from 40 m (a square, a
 * station) to 300 m (a centre), 40 % scattered. Dense enough at 10^6 points that most hot spots are clusters
 * with hundreds of neighbours per point, sparse enough that scikit-learn's neighbour lists fit in memory.
 */
std::vector<ClusterPoint> benchmarkPoints( int count )
{
  Random random( 20240612 );
  struct Hotspot
  {
    double x, y, spread;
  };
  std::vector<Hotspot> hotspots;
  for ( int h = 0; h < 150; ++h )
    hotspots.push_back( { SIDE * ( 0.05 + 0.9 * random.uniform() ), SIDE * ( 0.05 + 0.9 * random.uniform() ),
                          40 + 260 * random.uniform() } );
  std::vector<ClusterPoint> points;
  points.reserve( static_cast<std::size_t>( count ) );
  while ( static_cast<int>( points.size() ) < count )
  {
    double x;
    double y;
    if ( random.uniform() < 0.6 )
    {
      const Hotspot &h = hotspots[static_cast<std::size_t>( random.uniform() * 150 ) % 150];
      x = h.x + h.spread * random.normal();
      y = h.y + h.spread * random.normal();
    }
    else
    {
      x = SIDE * random.uniform();
      y = SIDE * random.uniform();
    }
    if ( x < 0 || y < 0 || x >= SIDE || y >= SIDE )
      continue;
    points.push_back( { WEST + x, SOUTH + y } );
  }
  return points;
}

//! The points as little-endian float64 x, y pairs (for ours and scikit-learn).
bool writeBinary( const std::string &path, const std::vector<ClusterPoint> &points )
{
  std::ofstream out( path, std::ios::binary );
  for ( const ClusterPoint &p : points )
  {
    out.write( reinterpret_cast<const char *>( &p.x ), sizeof p.x );
    out.write( reinterpret_cast<const char *>( &p.y ), sizeof p.y );
  }
  return static_cast<bool>( out );
}

//! The points as a GeoPackage layer in EPSG:3006 with their index in a field idx (for QGIS).
bool writeGeoPackage( const std::string &path, const std::vector<ClusterPoint> &points )
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  std::unique_ptr<GDALDataset> dataset( driver ? driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr )
                                               : nullptr );
  if ( !dataset )
    return false;
  OGRSpatialReference crs;
  crs.importFromEPSG( 3006 );
  OGRLayer *layer = dataset->CreateLayer( "points", &crs, wkbPoint, nullptr );
  OGRFieldDefn idx( "idx", OFTInteger );
  if ( !layer || layer->CreateField( &idx ) != OGRERR_NONE || dataset->StartTransaction() != OGRERR_NONE )
    return false;
  OGRFeature feature( layer->GetLayerDefn() );
  for ( std::size_t i = 0; i < points.size(); ++i )
  {
    feature.SetFID( OGRNullFID );
    feature.SetField( 0, static_cast<int>( i ) );
    OGRPoint point( points[i].x, points[i].y );
    feature.SetGeometry( &point );
    if ( layer->CreateFeature( &feature ) != OGRERR_NONE )
      return false;
  }
  return dataset->CommitTransaction() == OGRERR_NONE;
}

bool writeLabels( const std::string &path, const std::vector<std::int32_t> &labels )
{
  std::ofstream out( path, std::ios::binary );
  out.write( reinterpret_cast<const char *>( labels.data() ),
             static_cast<std::streamsize>( labels.size() * sizeof( std::int32_t ) ) );
  return static_cast<bool>( out );
}

std::vector<std::int32_t> readLabels( const std::string &path )
{
  std::ifstream in( path, std::ios::binary );
  std::vector<std::int32_t> labels;
  std::int32_t label;
  while ( in.read( reinterpret_cast<char *>( &label ), sizeof label ) )
    labels.push_back( label );
  return labels;
}

double peakRssMb()
{
  rusage usage{};
  getrusage( RUSAGE_SELF, &usage );
  return usage.ru_maxrss / 1024.0;
}

double millisecondsSince( std::chrono::steady_clock::time_point start )
{
  return std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - start ).count();
}

//! Child: QGIS's native:dbscanclustering in process, from a memory layer to a memory layer, the algorithm
//! timed.
int runQgis( int argc, char **argv, const std::string &gpkgPath, double eps, int minPoints,
             const std::string &labelsPath )
{
  QTemporaryDir profile;
  QgisInitOptions options;
  options.gui = false;
  options.profileFolder = profile.path();
  options.language = QStringLiteral( "en" );
  QgisApplicationPtr app = initQgis( argc, argv, options );
  QgsApplication::processingRegistry()->addProvider(
    new QgsNativeAlgorithms( QgsApplication::processingRegistry() ) );
  const QgsProcessingAlgorithm *algorithm =
    QgsApplication::processingRegistry()->algorithmById( QStringLiteral( "native:dbscanclustering" ) );
  if ( !algorithm )
  {
    std::fprintf( stderr, "native:dbscanclustering not found\n" );
    return 1;
  }

  QgsProcessingContext context;
  QgsProcessingFeedback feedback;
  QString inputId;
  {
    QgsVectorLayer file( QString::fromStdString( gpkgPath ), QStringLiteral( "points" ),
                         QStringLiteral( "ogr" ) );
    if ( !file.isValid() )
    {
      std::fprintf( stderr, "cannot open %s\n", gpkgPath.c_str() );
      return 1;
    }
    QgsVectorLayer *memory = file.materialize( QgsFeatureRequest() );
    inputId = memory->id();
    context.temporaryLayerStore()->addMapLayer( memory );
  }
  const double rssBefore = peakRssMb();
  const QVariantMap parameters{ { QStringLiteral( "INPUT" ), inputId },
                                { QStringLiteral( "MIN_SIZE" ), minPoints },
                                { QStringLiteral( "EPS" ), eps },
                                { QStringLiteral( "DBSCAN*" ), false },
                                { QStringLiteral( "OUTPUT" ), QgsProcessing::TEMPORARY_OUTPUT } };
  bool ok = false;
  const auto start = std::chrono::steady_clock::now();
  const QVariantMap results = algorithm->run( parameters, context, &feedback, &ok );
  const double algorithmMs = millisecondsSince( start );
  auto *output = qobject_cast<QgsVectorLayer *>( QgsProcessingUtils::mapLayerFromString(
    results.value( QStringLiteral( "OUTPUT" ) ).toString(), context ) );
  if ( !ok || !output )
  {
    std::fprintf( stderr, "native:dbscanclustering failed\n" );
    return 1;
  }
  const int idxField = output->fields().lookupField( QStringLiteral( "idx" ) );
  const int clusterField = output->fields().lookupField( QStringLiteral( "CLUSTER_ID" ) );
  std::vector<std::int32_t> labels( static_cast<std::size_t>( output->featureCount() ),
                                    ClusteringResult::NOISE );
  QgsFeatureIterator features = output->getFeatures();
  QgsFeature feature;
  while ( features.nextFeature( feature ) )
  {
    const QVariant cluster = feature.attribute( clusterField );
    const auto idx = static_cast<std::size_t>( feature.attribute( idxField ).toLongLong() );
    if ( idx < labels.size() && !cluster.isNull() )
      labels[idx] = cluster.toInt();
  }
  if ( !writeLabels( labelsPath, labels ) )
    return 1;
  std::printf( "RESULT alg_ms=%.2f clusters=%d rss_before_mb=%.1f rss_peak_mb=%.1f\n", algorithmMs,
               results.value( QStringLiteral( "NUM_CLUSTERS" ) ).toInt(), rssBefore, peakRssMb() );
  return 0;
}

//! One measured process.
struct Run
{
  bool ok = false;
  bool timedOut = false;
  double seconds = 0;                        //!< wall time of the whole process
  double rssMb = 0;                          //!< peak resident memory
  std::map<std::string, std::string> fields; //!< its RESULT line
  std::string errorTail;

  double number( const std::string &key ) const
  {
    const auto it = fields.find( key );
    return it == fields.end() ? std::nan( "" ) : std::atof( it->second.c_str() );
  }
};

std::string quoted( const std::string &text )
{
  std::string result = "'";
  for ( char c : text )
    result += c == '\'' ? std::string( "'\\''" ) : std::string( 1, c );
  return result + "'";
}

//! Runs a command under /usr/bin/time and timeout; collects its RESULT fields (and qgis_process's
//! NUM_CLUSTERS).
Run measure( const std::string &command, int timeoutSeconds, const std::string &work )
{
  Run run;
  const std::string timeFile = work + "/time.txt";
  const std::string errorFile = work + "/stderr.txt";
  std::remove( timeFile.c_str() );
  // /usr/bin/time reports the largest peak RSS of the process tree it waits for, so timeout does not hide it.
  const std::string full = "/usr/bin/time -f '%e %M' -o " + quoted( timeFile ) + " timeout --kill-after=10 " +
                           std::to_string( timeoutSeconds ) + " " + command + " 2>" + quoted( errorFile );
  FILE *pipe = popen( full.c_str(), "r" );
  if ( !pipe )
    return run;
  char line[4096];
  while ( std::fgets( line, sizeof line, pipe ) )
  {
    std::string text( line );
    if ( text.rfind( "NUM_CLUSTERS:", 0 ) == 0 )
    {
      std::istringstream in( text.substr( 13 ) );
      std::string value;
      in >> value;
      run.fields["clusters"] = value;
    }
    if ( text.rfind( "RESULT ", 0 ) != 0 )
      continue;
    std::istringstream in( text.substr( 7 ) );
    std::string field;
    while ( in >> field )
    {
      const std::size_t equals = field.find( '=' );
      if ( equals != std::string::npos )
        run.fields[field.substr( 0, equals )] = field.substr( equals + 1 );
    }
  }
  const int status = pclose( pipe );
  const int exitCode = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
  // time's output ends with "%e %M" (a line "Command exited with non-zero status N" may come first).
  std::ifstream times( timeFile );
  std::string timeLine;
  for ( std::string l; std::getline( times, l ); )
    timeLine = l;
  std::istringstream( timeLine ) >> run.seconds >> run.rssMb;
  run.rssMb /= 1024;
  run.timedOut = exitCode == 124 || exitCode == 137;
  run.ok = exitCode == 0;
  if ( !run.ok )
  {
    std::ifstream errors( errorFile );
    std::string all( ( std::istreambuf_iterator<char>( errors ) ), std::istreambuf_iterator<char>() );
    run.errorTail = all.size() > 600 ? all.substr( all.size() - 600 ) : all;
  }
  return run;
}

double median( std::vector<double> values )
{
  if ( values.empty() )
    return std::nan( "" );
  std::sort( values.begin(), values.end() );
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : ( values[n / 2 - 1] + values[n / 2] ) / 2;
}

//! The medians of an engine's runs at one size.
struct Summary
{
  int runs = 0;          //!< successful runs
  bool timedOut = false; //!< a run hit the timeout
  bool failed = false;   //!< a run failed otherwise
  double timeoutSeconds = 0;
  std::map<std::string, std::vector<double>> values; //!< "s", "rss", and RESULT fields

  void add( const Run &run, const std::vector<std::string> &keys )
  {
    timedOut |= run.timedOut;
    failed |= !run.ok && !run.timedOut;
    if ( !run.ok )
      return;
    ++runs;
    values["s"].push_back( run.seconds );
    values["rss"].push_back( run.rssMb );
    for ( const std::string &key : keys )
      values[key].push_back( run.number( key ) );
  }
  double get( const std::string &key ) const
  {
    const auto it = values.find( key );
    return it == values.end() ? std::nan( "" ) : median( it->second );
  }
  //! A time for the table: the median, "> N s" after a timeout, "failed", or "-" when not run.
  std::string show( const std::string &key, double scale, const char *format ) const
  {
    char text[64];
    if ( runs > 0 )
      std::snprintf( text, sizeof text, format, get( key ) * scale );
    else if ( timedOut )
      std::snprintf( text, sizeof text, "> %.0f s", timeoutSeconds );
    else
      std::snprintf( text, sizeof text, "%s", failed ? "failed" : "-" );
    return text;
  }
};

std::string ratio( double numerator, double denominator, bool timedOut, double timeoutMs )
{
  char text[64];
  if ( std::isfinite( numerator ) && std::isfinite( denominator ) && denominator > 0 )
    std::snprintf( text, sizeof text, "%.1f", numerator / denominator );
  else if ( timedOut && std::isfinite( denominator ) && denominator > 0 )
    std::snprintf( text, sizeof text, "> %.0f", timeoutMs / denominator );
  else
    std::snprintf( text, sizeof text, "-" );
  return text;
}

//! How another engine's labels compare with ours: "identical", "same partition" (the same clusters numbered
//! otherwise), or how many points differ under the best one-to-one matching of cluster ids.
std::string compareLabels( const std::vector<std::int32_t> &ours, const std::vector<std::int32_t> &theirs )
{
  if ( theirs.empty() )
    return "-";
  if ( theirs.size() != ours.size() )
    return "wrong count " + std::to_string( theirs.size() );
  if ( ours == theirs )
    return "identical";
  std::map<std::int32_t, std::int32_t> toTheirs;
  std::map<std::int32_t, std::int32_t> toOurs;
  std::size_t differing = 0;
  for ( std::size_t i = 0; i < ours.size(); ++i )
  {
    const bool oursNoise = ours[i] < 0;
    const bool theirsNoise = theirs[i] < 0;
    if ( oursNoise || theirsNoise )
    {
      differing += oursNoise != theirsNoise ? 1 : 0;
      continue;
    }
    const bool consistent = toTheirs.emplace( ours[i], theirs[i] ).first->second == theirs[i] &&
                            toOurs.emplace( theirs[i], ours[i] ).first->second == ours[i];
    differing += consistent ? 0 : 1;
  }
  return differing == 0 ? "same partition" : std::to_string( differing ) + " points differ";
}

std::string loadAverage()
{
  std::ifstream in( "/proc/loadavg" );
  std::string one, five, fifteen;
  in >> one >> five >> fifteen;
  return one + " " + five + " " + fifteen;
}

} // namespace

int main( int argc, char **argv )
{
  if ( argc >= 2 && std::string( argv[1] ) == "--child" )
  {
    // --child qgis POINTS.gpkg EPS MIN LABELS
    const std::string engine = argc >= 3 ? argv[2] : "";
    if ( engine == "qgis" && argc == 7 )
      return runQgis( argc, argv, argv[3], std::atof( argv[4] ), std::atoi( argv[5] ), argv[6] );
    std::fprintf( stderr, "bad child arguments\n" );
    return 2;
  }

  std::vector<int> sizes{ 10000, 100000, 1000000 };
  int repeats = 5;
  int qgisRepeats = 3;
  int timeoutSeconds = 900;
  bool withQgis = true;
  bool withSklearn = true;
  std::string sklearnAlgorithm = "auto";
  std::string work = std::filesystem::temp_directory_path().string() + "/tryggkarta-dbscan-bench";
  for ( int k = 1; k < argc; ++k )
  {
    const std::string argument = argv[k];
    const bool hasValue = k + 1 < argc;
    if ( argument == "--sizes" && hasValue )
    {
      sizes.clear();
      std::istringstream in( argv[++k] );
      for ( std::string size; std::getline( in, size, ',' ); )
        sizes.push_back( std::atoi( size.c_str() ) );
    }
    else if ( argument == "--repeats" && hasValue )
      repeats = std::max( 1, std::atoi( argv[++k] ) );
    else if ( argument == "--qgis-repeats" && hasValue )
      qgisRepeats = std::max( 1, std::atoi( argv[++k] ) );
    else if ( argument == "--timeout" && hasValue )
      timeoutSeconds = std::max( 1, std::atoi( argv[++k] ) );
    else if ( argument == "--work" && hasValue )
      work = argv[++k];
    else if ( argument == "--sklearn-algorithm" && hasValue )
      sklearnAlgorithm = argv[++k];
    else if ( argument == "--no-qgis" )
      withQgis = false;
    else if ( argument == "--no-sklearn" )
      withSklearn = false;
    else
    {
      std::fprintf( stderr, "unknown argument %s\n", argument.c_str() );
      return 2;
    }
  }
  std::filesystem::create_directories( work );
  const std::string self = std::filesystem::canonical( "/proc/self/exe" ).string();
  const std::string oursProgram = DBSCAN_OURS_PROGRAM;
  const std::string qgisProcess = TRYGGKARTA_QGIS_PROCESS;
  const std::string python = "/usr/bin/python3";
  const std::string sklearnScript = DBSCAN_SKLEARN_SCRIPT;
  withSklearn = withSklearn && std::system( ( python + " -c 'import sklearn' 2>/dev/null" ).c_str() ) == 0;
  withQgis = withQgis && access( qgisProcess.c_str(), X_OK ) == 0;
  const unsigned cores = std::max( 1u, static_cast<unsigned>( sysconf( _SC_NPROCESSORS_ONLN ) ) );
  const std::string eps = std::to_string( EPS_METERS );
  const std::string minPoints = std::to_string( MIN_POINTS );

  std::printf( "DBSCAN, eps %.0f m, min points %d (the point itself included), points over %.0f x %.0f km\n"
               "(60 %% in 150 hot spots, 40 %% scattered). Each run is a process of its own; medians of the\n"
               "runs, (n) = runs. %u cores; load average at start %s.\n\n",
               EPS_METERS, MIN_POINTS, SIDE / 1000, SIDE / 1000, cores, loadAverage().c_str() );
  if ( !withQgis )
    std::printf( "QGIS: not run (--no-qgis, or %s missing: Debian package qgis)\n", qgisProcess.c_str() );
  if ( !withSklearn )
    std::printf( "scikit-learn: not run (--no-sklearn, or %s cannot import sklearn: python3-sklearn)\n",
                 python.c_str() );

  struct Row
  {
    int count = 0;
    int clusters = 0;
    double noiseShare = 0;
    Summary ours, oursOneThread, qgis, qgisProcess, sklearn;
    std::string qgisLabels = "-", sklearnLabels = "-", qgisProcessClusters = "-";
  };
  std::vector<Row> rows;
  std::vector<std::string> failures; // what makes the run a failure (a smoke run must not pass on it)
  for ( const int count : sizes )
  {
    Row row;
    row.count = count;
    const std::string stem = work + "/points-" + std::to_string( count );
    if ( !std::filesystem::exists( stem + ".gpkg" ) )
    {
      const std::vector<ClusterPoint> points = benchmarkPoints( count );
      std::filesystem::remove( stem + ".bin" );
      if ( !writeBinary( stem + ".bin", points ) || !writeGeoPackage( stem + ".tmp.gpkg", points ) )
      {
        std::fprintf( stderr, "cannot write the points to %s\n", work.c_str() );
        return 1;
      }
      std::filesystem::rename( stem + ".tmp.gpkg", stem + ".gpkg" );
    }
    const int runsHere = count >= 1000000 ? std::max( 1, std::min( repeats, 3 ) ) : repeats;
    const int qgisRunsHere = count >= 1000000 ? 1 : qgisRepeats;
    for ( Summary *summary : { &row.ours, &row.oursOneThread, &row.qgis, &row.qgisProcess, &row.sklearn } )
      summary->timeoutSeconds = timeoutSeconds;

    for ( int r = 0; r < runsHere; ++r )
    {
      row.ours.add( measure( quoted( oursProgram ) + " " + quoted( stem + ".bin" ) + " " + eps + " " +
                               minPoints + " 0 " + quoted( stem + ".ours.labels" ),
                             timeoutSeconds, work ),
                    { "fit_ms" } );
      row.oursOneThread.add( measure( quoted( oursProgram ) + " " + quoted( stem + ".bin" ) + " " + eps +
                                        " " + minPoints + " 1 " + quoted( stem + ".ours1.labels" ),
                                      timeoutSeconds, work ),
                             { "fit_ms" } );
      if ( withSklearn && !row.sklearn.timedOut )
      {
        const Run run =
          measure( python + " " + quoted( sklearnScript ) + " " + quoted( stem + ".bin" ) + " " + eps + " " +
                     minPoints + " " + sklearnAlgorithm + " " + quoted( stem + ".sklearn.labels" ),
                   timeoutSeconds, work );
        row.sklearn.add( run, { "fit_ms" } );
        if ( !run.ok && !run.timedOut )
          std::fprintf( stderr, "scikit-learn failed at %d points: %s\n", count, run.errorTail.c_str() );
      }
    }
    for ( int r = 0; withQgis && r < qgisRunsHere; ++r )
    {
      if ( !row.qgis.timedOut )
      {
        const Run run = measure( "env QT_QPA_PLATFORM=offscreen " + quoted( self ) + " --child qgis " +
                                   quoted( stem + ".gpkg" ) + " " + eps + " " + minPoints + " " +
                                   quoted( stem + ".qgis.labels" ),
                                 timeoutSeconds, work );
        row.qgis.add( run, { "alg_ms", "rss_before_mb" } );
        if ( !run.ok && !run.timedOut )
          std::fprintf( stderr, "QGIS in process failed at %d points: %s\n", count, run.errorTail.c_str() );
      }
      if ( !row.qgisProcess.timedOut )
      {
        const std::string output = stem + ".qgis_process.gpkg";
        std::filesystem::remove( output );
        const Run run = measure( "env QT_QPA_PLATFORM=offscreen " + quoted( qgisProcess ) +
                                   " run native:dbscanclustering --INPUT=" + quoted( stem + ".gpkg" ) +
                                   " --MIN_SIZE=" + minPoints + " --EPS=" + eps +
                                   " --DBSCAN*=false --OUTPUT=" + quoted( output ),
                                 timeoutSeconds, work );
        row.qgisProcess.add( run, {} );
        if ( run.ok )
          row.qgisProcessClusters = run.fields.count( "clusters" ) ? run.fields.at( "clusters" ) : "?";
        else if ( !run.timedOut )
          std::fprintf( stderr, "qgis_process failed at %d points: %s\n", count, run.errorTail.c_str() );
        std::filesystem::remove( output );
      }
    }

    const std::vector<std::int32_t> ours = readLabels( stem + ".ours.labels" );
    row.clusters = ours.empty() ? 0 : *std::max_element( ours.begin(), ours.end() ) + 1;
    row.noiseShare = ours.empty() ? 0 : 100.0 * std::count( ours.begin(), ours.end(), -1 ) / ours.size();
    if ( ours.empty() )
      failures.push_back( "no labels from ours at " + std::to_string( count ) + " points" );
    if ( readLabels( stem + ".ours1.labels" ) != ours )
      failures.push_back( "our labels differ between 1 thread and " + std::to_string( cores ) + " at " +
                          std::to_string( count ) + " points" );
    const std::pair<const char *, const Summary *> engines[] = { { "ours", &row.ours },
                                                                 { "ours (1 thread)", &row.oursOneThread },
                                                                 { "QGIS in process", &row.qgis },
                                                                 { "qgis_process", &row.qgisProcess },
                                                                 { "scikit-learn", &row.sklearn } };
    for ( const auto &[engine, summary] : engines )
      if ( summary->failed || summary->timedOut )
        failures.push_back( std::string( engine ) + ( summary->timedOut ? " timed out" : " failed" ) +
                            " at " + std::to_string( count ) + " points" );
    if ( row.sklearn.runs > 0 )
      row.sklearnLabels = compareLabels( ours, readLabels( stem + ".sklearn.labels" ) );
    if ( row.qgis.runs > 0 )
      row.qgisLabels = compareLabels( ours, readLabels( stem + ".qgis.labels" ) );
    for ( const char *suffix : { ".ours.labels", ".ours1.labels", ".sklearn.labels", ".qgis.labels" } )
      std::filesystem::remove( stem + suffix );
    rows.push_back( row );
    std::fprintf( stderr, "%d points done\n", count );
  }

  std::printf(
    "\nAlgorithm time (ms): ours timed around dbscan(); QGIS around QgsProcessingAlgorithm::run (memory\n"
    "layer in and out); scikit-learn around DBSCAN.fit(). Ratios: theirs / ours (ours with %u threads;\n"
    "in brackets against ours with 1 thread, as QGIS and scikit-learn use one).\n\n",
    cores );
  std::printf( "%-8s %-9s %-6s %12s %12s %13s %13s %16s %16s\n", "points", "clusters", "noise", "ours",
               "ours 1 thr", "QGIS", "scikit-learn", "QGIS/ours", "sklearn/ours" );
  for ( const Row &row : rows )
  {
    char noise[16];
    std::snprintf( noise, sizeof noise, "%.0f%%", row.noiseShare );
    const double oursMs = row.ours.get( "fit_ms" );
    const double oneMs = row.oursOneThread.get( "fit_ms" );
    const double qgisMs = row.qgis.get( "alg_ms" );
    const double sklearnMs = row.sklearn.get( "fit_ms" );
    const double timeoutMs = timeoutSeconds * 1000.0;
    const std::string qgisRatio = ratio( qgisMs, oursMs, row.qgis.timedOut, timeoutMs ) + " (" +
                                  ratio( qgisMs, oneMs, row.qgis.timedOut, timeoutMs ) + ")";
    const std::string sklearnRatio = ratio( sklearnMs, oursMs, row.sklearn.timedOut, timeoutMs ) + " (" +
                                     ratio( sklearnMs, oneMs, row.sklearn.timedOut, timeoutMs ) + ")";
    std::printf( "%-8d %-9d %-6s %8s (%d) %8s (%d) %9s (%d) %9s (%d) %16s %16s\n", row.count, row.clusters,
                 noise, row.ours.show( "fit_ms", 1, "%.1f" ).c_str(), row.ours.runs,
                 row.oursOneThread.show( "fit_ms", 1, "%.1f" ).c_str(), row.oursOneThread.runs,
                 row.qgis.show( "alg_ms", 1, "%.1f" ).c_str(), row.qgis.runs,
                 row.sklearn.show( "fit_ms", 1, "%.1f" ).c_str(), row.sklearn.runs, qgisRatio.c_str(),
                 sklearnRatio.c_str() );
  }

  std::printf(
    "\nWhole process (s) and peak RSS (MB, /usr/bin/time): ours reads raw doubles; qgis_process reads\n"
    "and writes GeoPackages and starts QGIS (about 2-3 s, Python plugins included); QGIS in process\n"
    "includes QGIS's start and the memory layer (RSS before the algorithm in brackets); scikit-learn\n"
    "includes Python's start and reading raw doubles.\n\n" );
  std::printf( "%-8s %10s %8s | %14s %9s %8s | %16s | %12s %9s %8s\n", "points", "ours s", "MB",
               "qgis_process s", "/ours", "MB", "QGIS in-proc MB", "sklearn s", "/ours", "MB" );
  for ( const Row &row : rows )
  {
    char qgisRss[48];
    std::snprintf( qgisRss, sizeof qgisRss, "%.0f (%.0f)", row.qgis.get( "rss" ),
                   row.qgis.get( "rss_before_mb" ) );
    const double oursSeconds = row.ours.get( "s" );
    std::printf(
      "%-8d %10s %8s | %14s %9s %8s | %16s | %12s %9s %8s\n", row.count,
      row.ours.show( "s", 1, "%.2f" ).c_str(), row.ours.show( "rss", 1, "%.0f" ).c_str(),
      row.qgisProcess.show( "s", 1, "%.2f" ).c_str(),
      ratio( row.qgisProcess.get( "s" ), oursSeconds, row.qgisProcess.timedOut, timeoutSeconds ).c_str(),
      row.qgisProcess.show( "rss", 1, "%.0f" ).c_str(),
      row.qgis.runs > 0 ? qgisRss : row.qgis.show( "rss", 1, "%.0f" ).c_str(),
      row.sklearn.show( "s", 1, "%.2f" ).c_str(),
      ratio( row.sklearn.get( "s" ), oursSeconds, row.sklearn.timedOut, timeoutSeconds ).c_str(),
      row.sklearn.show( "rss", 1, "%.0f" ).c_str() );
  }

  std::printf( "\nLabels against ours (scikit-learn: %s; QGIS: cluster ids from 1, so \"same partition\" is "
               "agreement):\n",
               sklearnAlgorithm.c_str() );
  bool disagree = false;
  for ( const Row &row : rows )
  {
    std::printf( "%-8d scikit-learn %-16s QGIS %-16s qgis_process clusters %s (ours %d)\n", row.count,
                 row.sklearnLabels.c_str(), row.qgisLabels.c_str(), row.qgisProcessClusters.c_str(),
                 row.clusters );
    disagree |=
      row.sklearnLabels.find( "differ" ) != std::string::npos ||
      row.qgisLabels.find( "differ" ) != std::string::npos ||
      ( row.qgisProcessClusters != "-" && row.qgisProcessClusters != std::to_string( row.clusters ) );
  }
  std::printf( "\nLoad average at end: %s\n", loadAverage().c_str() );
  if ( disagree )
    failures.push_back( "the labels of the engines disagree" );
  // The closing line only when every engine that ran finished in time and agrees: a smoke run fails
  // otherwise.
  for ( const std::string &failure : failures )
    std::fprintf( stderr, "DBSCAN benchmark FAILED: %s\n", failure.c_str() );
  if ( !failures.empty() )
    return 1;
  std::printf( "DBSCAN benchmark done\n" );
  return 0;
}

// The live heatmap's refresh: 10^5 incidents in the demo municipality, the time slider moved week by week in
// the real main window (offscreen), timed from the filter change to the heatmap layer updated and to the
// canvas repainted. Also the memory of the app with the demo open. Run: tests/bench/heatmap_bench
// [--incidents N].

#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "filterpanel.h"
#include "geometryblob.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "projectfile.h"
#include "qgisinit.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

namespace
{
long rssMiB()
{
  QFile status( QStringLiteral( "/proc/self/status" ) );
  if ( !status.open( QIODevice::ReadOnly ) )
    return -1;
  for ( const QByteArray &line : status.readAll().split( '\n' ) )
    if ( line.startsWith( "VmRSS:" ) )
      return line.mid( 6 ).trimmed().split( ' ' ).first().toLong() / 1024;
  return -1;
}

double median( std::vector<double> values )
{
  std::sort( values.begin(), values.end() );
  return values.empty() ? 0 : values[values.size() / 2];
}

//! Adds incidents around the demo's existing ones (same places, jittered, spread over its two years).
void addIncidents( const std::string &path, int count )
{
  auto project = tryggkarta::ProjectFile::open( path );
  auto incidents = tryggkarta::selectIncidents( *project.value(), tryggkarta::Selection{} );
  const auto &seed = incidents.value();
  std::mt19937_64 random( 7 );
  std::normal_distribution<double> jitter( 0, 60 );
  std::uniform_int_distribution<size_t> pick( 0, seed.size() - 1 );
  std::uniform_int_distribution<int64_t> shift( -365 * 86400LL, 365 * 86400LL );
  tryggkarta::Database &db = project.value()->db();
  tryggkarta::Transaction transaction( db );
  tryggkarta::Statement insert =
    db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, weight, "
                "created_at, updated_at) VALUES (?, ?, ?, 'est', 1, ?, ?)" );
  const std::string now = tryggkarta::utcNowIso();
  const int64_t last = seed.back().fromUtc;
  for ( int i = 0; i < count; ++i )
  {
    const auto &s = seed[pick( random )];
    const auto blob = tryggkarta::encodeGpkgPoint( 3006, s.x + jitter( random ), s.y + jitter( random ) );
    const int64_t when = std::min( last, s.fromUtc + shift( random ) );
    insert.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
      .bind( 2, tryggkarta::formatUtcIso( when ) )
      .bind( 3, s.category )
      .bind( 4, now )
      .bind( 5, now );
    insert.run();
  }
  transaction.commit();
}
} // namespace

int main( int argc, char *argv[] )
{
  int incidents = 100000;
  int steps = 15;
  for ( int i = 1; i + 1 < argc; ++i )
  {
    if ( QByteArray( argv[i] ) == "--incidents" )
      incidents = std::atoi( argv[i + 1] );
    if ( QByteArray( argv[i] ) == "--steps" )
      steps = std::atoi( argv[i + 1] );
  }
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QTemporaryDir home;
  qputenv( "XDG_CONFIG_HOME", home.filePath( QStringLiteral( "config" ) ).toLocal8Bit() );
  qputenv( "XDG_DATA_HOME", home.filePath( QStringLiteral( "data" ) ).toLocal8Bit() );
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
    qputenv( "XDG_RUNTIME_DIR", home.path().toLocal8Bit() );
  QgisInitOptions options;
  options.profileFolder = home.filePath( QStringLiteral( "profile" ) );
  options.language = QStringLiteral( "sv" );
  QgisApplicationPtr app = initQgis( argc, argv, options );

  const std::string demoPath = home.filePath( QStringLiteral( "demo.gpkg" ) ).toStdString();
  if ( !tryggkarta::createDemoProject( demoPath, tryggkarta::DemoOptions{} ).ok() )
    return 1;
  long demoRss = 0;
  {
    MainWindow window;
    window.resize( 1400, 900 );
    window.show();
    window.projects()->open( QString::fromStdString( demoPath ) );
    window.filter()->heatmap()->waitUntilIdle( 20000 );
    demoRss = rssMiB();
  }

  const std::string bigPath = home.filePath( QStringLiteral( "big.gpkg" ) ).toStdString();
  tryggkarta::createDemoProject( bigPath, tryggkarta::DemoOptions{} );
  addIncidents( bigPath, incidents - 2600 );
  MainWindow window;
  window.resize( 1400, 900 );
  window.show();
  QElapsedTimer openTimer;
  openTimer.start();
  const QString problem = window.projects()->open( QString::fromStdString( bigPath ) );
  if ( !problem.isEmpty() )
  {
    std::fprintf( stderr, "%s\n", problem.toUtf8().constData() );
    return 1;
  }
  window.filter()->heatmap()->waitUntilIdle( 60000 );
  const double openMs = openTimer.elapsed();
  FilterPanel *panel = window.filter()->panel();
  panel->setSliderStep( FilterPanel::Step::Month );
  window.filter()->heatmap()->waitUntilIdle( 60000 );
  QgsMapCanvas *canvas = window.mapCanvas();

  std::vector<double> toLayer, toRepaint;
  double heatmapMs = 0;
  int shown = 0;
  QObject::connect( window.filter()->heatmap(), &LiveHeatmap::updated,
                    [&]( int count, double, double ms )
                    {
                      heatmapMs = ms;
                      shown = count;
                    } );
  const int maximum = panel->sliderMaximum();
  for ( int step = 0; step < steps; ++step )
  {
    // Wait for the canvas to be idle, then move the slider and time until the heatmap is on the canvas.
    QEventLoop settle;
    QTimer::singleShot( 200, &settle, &QEventLoop::quit );
    settle.exec();
    heatmapMs = -1;
    bool repainted = false;
    QElapsedTimer timer;
    auto connection = QObject::connect( canvas, &QgsMapCanvas::mapCanvasRefreshed,
                                        [&]
                                        {
                                          if ( heatmapMs >= 0 )
                                            repainted = true;
                                        } );
    timer.start();
    panel->setSliderPosition( maximum - 1 - ( step % std::max( 1, maximum - 1 ) ) );
    while ( !repainted && timer.elapsed() < 30000 )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 1 );
    QObject::disconnect( connection );
    toLayer.push_back( heatmapMs );
    toRepaint.push_back( timer.nsecsElapsed() / 1e6 );
  }
  // For comparison: a repaint with nothing changed (every layer from the render cache).
  std::vector<double> plain;
  for ( int i = 0; i < 5; ++i )
  {
    QEventLoop settle;
    QTimer::singleShot( 200, &settle, &QEventLoop::quit );
    settle.exec();
    bool done = false;
    auto connection = QObject::connect( canvas, &QgsMapCanvas::mapCanvasRefreshed, [&] { done = true; } );
    QElapsedTimer timer;
    timer.start();
    canvas->refresh();
    while ( !done && timer.elapsed() < 30000 )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 1 );
    QObject::disconnect( connection );
    plain.push_back( timer.nsecsElapsed() / 1e6 );
  }
  const auto &params = window.filter()->heatmap()->parameters();
  std::printf(
    "Live heatmap, %zu incidents in the project, monthly slider steps (%d steps, last month %d incidents)\n",
    window.filter()->heatmap()->incidents().size(), steps, shown );
  std::printf( "  grid: cell %.0f m, radius %.0f m\n", params.cellSize, params.radiusMeters );
  std::printf( "  open the project (layers + incidents in memory + first heatmap): %.0f ms\n", openMs );
  std::printf( "  filter change -> heatmap layer updated: median %.1f ms\n", median( toLayer ) );
  std::printf( "  filter change -> canvas repainted:      median %.1f ms (goal: under 200 ms)\n",
               median( toRepaint ) );
  std::printf( "  canvas repaint with nothing changed:    median %.1f ms\n", median( plain ) );
  std::printf( "  memory with the demo open: %ld MiB RSS; with %d incidents: %ld MiB\n", demoRss, incidents,
               rssMiB() );
  return 0;
}

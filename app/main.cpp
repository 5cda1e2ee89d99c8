// tryggkarta: the desktop app. Opens the project given on the command line, if any; otherwise the welcome
// page. tryggkarta --shared CONNECTION [COPY.gpkg] opens a shared project (File → Open shared project): its
// offline copy is synchronised (made first when missing) and opened.

#include "mainwindow.h"
#include "projectcontroller.h"
#include "sharedcontroller.h"
#include "qgisinit.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QFile>
#include <QMessageBox>

#include <cstdio>
#include <cstdlib>

namespace
{
long residentMiB()
{
  QFile status( QStringLiteral( "/proc/self/status" ) );
  if ( !status.open( QIODevice::ReadOnly ) )
    return -1;
  for ( const QByteArray &line : status.readAll().split( '\n' ) )
    if ( line.startsWith( "VmRSS:" ) )
      return line.mid( 6 ).trimmed().split( ' ' ).first().toLong() / 1024;
  return -1;
}
} // namespace

int main( int argc, char *argv[] )
{
  QgisApplicationPtr app = initQgis( argc, argv );
  MainWindow window;
  // For the start-up benchmark (tests/bench/startup_bench.sh): report the first map drawn with the project's
  // layers, and the memory then, and leave at once.
  if ( qEnvironmentVariableIsSet( "TRYGGKARTA_BENCH_FIRST_RENDER" ) )
    QObject::connect( window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed, &window,
                      [&window]
                      {
                        if ( window.mapCanvas()->layers().isEmpty() )
                          return;
                        std::printf( "first-render rss-mib %ld layers %d\n", residentMiB(),
                                     static_cast<int>( window.mapCanvas()->layers().size() ) );
                        std::fflush( stdout );
                        std::_Exit( 0 );
                      } );
  window.show();
  const QStringList arguments = QCoreApplication::arguments();
  if ( arguments.size() > 2 && arguments.at( 1 ) == QLatin1String( "--shared" ) )
  {
    const QString copy =
      arguments.size() > 3 ? arguments.at( 3 ) : SharedController::defaultCopyPath( arguments.at( 2 ) );
    const QString error = window.shared()->openShared( arguments.at( 2 ), QString(), copy );
    if ( !error.isEmpty() )
      QMessageBox::warning( &window, MainWindow::tr( "Open shared project" ), error );
  }
  else if ( arguments.size() > 1 )
  {
    const QString error = window.projects()->open( arguments.at( 1 ) );
    if ( !error.isEmpty() )
      QMessageBox::warning( &window, MainWindow::tr( "Open Project" ), error );
  }
  return app->exec();
}

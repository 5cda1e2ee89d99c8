// Prepares the start-up benchmark's project: the demo municipality with its map state saved by Tryggkarta
// (styled layers, view and filter inside the GeoPackage), so that Tryggkarta and QGIS Desktop open the same
// file with the same layers. With INCIDENTS, the demo gets that many incidents (see benchproject.h).
// Run: startup_prepare OUT.gpkg [INCIDENTS]
#include "benchproject.h"
#include "demomunicipality.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "qgisinit.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

int main( int argc, char *argv[] )
{
  if ( argc != 2 && argc != 3 )
  {
    std::fprintf( stderr, "usage: startup_prepare OUT.gpkg [INCIDENTS]\n" );
    return 2;
  }
  const QString path = QString::fromLocal8Bit( argv[1] );
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  QTemporaryDir home;
  qputenv( "XDG_CONFIG_HOME", home.filePath( QStringLiteral( "config" ) ).toLocal8Bit() );
  qputenv( "XDG_DATA_HOME", home.filePath( QStringLiteral( "data" ) ).toLocal8Bit() );
  QgisInitOptions options;
  options.profileFolder = home.filePath( QStringLiteral( "profile" ) );
  QgisApplicationPtr app = initQgis( argc, argv, options );
  if ( argc == 3 )
  {
    if ( !benchproject::createProject( path.toStdString(), std::atoll( argv[2] ) ) )
    {
      std::fprintf( stderr, "could not make %s with %s incidents\n", argv[1], argv[2] );
      return 1;
    }
  }
  else if ( auto created = tryggkarta::createDemoProject( path.toStdString() ); !created )
  {
    std::fprintf( stderr, "%s\n", created.error().text().c_str() );
    return 1;
  }
  MainWindow window;
  window.resize( 1400, 900 );
  QString problem = window.projects()->open( path );
  if ( problem.isEmpty() )
  {
    window.filter()->heatmap()->waitUntilIdle( 20000 );
    problem = window.projects()->save();
  }
  if ( !problem.isEmpty() )
  {
    std::fprintf( stderr, "%s\n", problem.toUtf8().constData() );
    return 1;
  }
  std::printf( "prepared %s\n", argv[1] );
  return 0;
}

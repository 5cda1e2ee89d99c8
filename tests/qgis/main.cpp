// The QGIS comparison tests' own Catch main: one QgsApplication for the whole binary, started through
// initQgis, without widgets and without a display.

#include "catchrun.h"

#include "qgisinit.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

int main( int argc, char *argv[] )
{
  qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Settings and QGIS profiles (ours and those of the qgis_process children, which inherit the environment)
  // go to a folder of their own: tests never read or change the user's.
  QTemporaryDir home;
  qputenv( "XDG_CONFIG_HOME", home.filePath( QStringLiteral( "config" ) ).toLocal8Bit() );
  qputenv( "XDG_DATA_HOME", home.filePath( QStringLiteral( "data" ) ).toLocal8Bit() );
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
    qputenv( "XDG_RUNTIME_DIR", home.path().toLocal8Bit() ); // private (0700), so Qt accepts it

  QgisInitOptions options;
  options.gui = false;
  options.profileFolder = home.filePath( QStringLiteral( "profile" ) );
  options.language = QStringLiteral( "en" );
  QgisApplicationPtr app = initQgis( argc, argv, options );
  return runCatchSession( argc, argv );
}

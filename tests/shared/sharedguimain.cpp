// Catch main for the app on the shared database: the shared tests' skip (exit 77 without a server, unless
// TRYGGKARTA_REQUIRE_PG) and the GUI tests' QgsApplication on the offscreen platform.
#include "catchrun.h"
#include "sharedtest.h"

#include "qgisinit.h"

#include <QTemporaryDir>

int main( int argc, char *argv[] )
{
  if ( const auto code = sharedtest::exitWithoutServer( argc, argv ) )
    return *code;
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
  return runCatchSession( argc, argv );
}

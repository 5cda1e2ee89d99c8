// Catch main for the app on the shared database: the shared tests' skip (exit 77 without a server, unless
// TRYGGKARTA_REQUIRE_PG) and the GUI tests' QgsApplication on the offscreen platform.
#define CATCH_CONFIG_RUNNER
#include "sharedtest.h"

#include "qgisinit.h"

#include <QTemporaryDir>

#include <cstring>
#include <iostream>

int main( int argc, char *argv[] )
{
  bool listing = false;
  for ( int i = 1; i < argc; ++i )
    if ( std::strncmp( argv[i], "--list", 6 ) == 0 )
      listing = true;
  if ( !listing && sharedtest::adminConninfo().empty() )
  {
    if ( std::getenv( "TRYGGKARTA_REQUIRE_PG" ) )
    {
      std::cerr << "No PostgreSQL server for the shared-database tests, and TRYGGKARTA_REQUIRE_PG is set.\n";
      return 1;
    }
    std::cerr << "Skipped: PostgreSQL 15 with PostGIS 3 is not installed here (apt-get install "
                 "postgresql-15-postgis-3), so the shared-database tests cannot run.\n";
    return 77;
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
  return Catch::Session().run( argc, argv );
}

// The GUI tests' own Catch main: one QgsApplication for the whole binary, started through initQgis.

#include "catchrun.h"

#include "demomunicipality.h"
#include "qgisinit.h"

#include <qgsapplication.h>

#include <QTemporaryDir>

int main( int argc, char *argv[] )
{
  // Screenshots are taken on a real (Xvfb) display; everything else runs without one, also when CTest
  // discovers the tests at build time.
  if ( qEnvironmentVariableIsEmpty( "TRYGGKARTA_SCREENSHOT_DIR" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  // Settings and the QGIS profile go to a folder of their own: tests never read or change the user's.
  QTemporaryDir home;
  qputenv( "XDG_CONFIG_HOME", home.filePath( QStringLiteral( "config" ) ).toLocal8Bit() );
  qputenv( "XDG_DATA_HOME", home.filePath( QStringLiteral( "data" ) ).toLocal8Bit() );
  if ( qEnvironmentVariableIsEmpty( "XDG_RUNTIME_DIR" ) )
    qputenv( "XDG_RUNTIME_DIR", home.path().toLocal8Bit() ); // private (0700), so Qt accepts it

  // The filter's presets start from today; the tests see the demo as of its last day (the day its data ends),
  // so what "last month" shows does not change with the calendar. A test may set a day of its own.
  if ( qEnvironmentVariableIsEmpty( "TRYGGKARTA_TODAY" ) )
    qputenv( "TRYGGKARTA_TODAY", QByteArray::fromStdString( tryggkarta::DemoOptions().untilDate ) );

  QgisInitOptions options;
  options.profileFolder = home.filePath( QStringLiteral( "profile" ) );
  // The tests assert Swedish text, so they run in Swedish whatever TRYGGKARTA_LANG (the app's switch) says.
  // TRYGGKARTA_TEST_LANGUAGE=en runs them in English: the English test's own ctest entry, and screenshots in
  // English for a manual look.
  options.language = qEnvironmentVariable( "TRYGGKARTA_TEST_LANGUAGE" ) == QLatin1String( "en" )
                       ? QStringLiteral( "en" )
                       : QStringLiteral( "sv" );
  QgisApplicationPtr app = initQgis( argc, argv, options );
  return runCatchSession( argc, argv );
}

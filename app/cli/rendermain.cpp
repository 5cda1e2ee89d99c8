// tryggkarta-render: the command-line tool's print, report, templates, walk-kit and walk-protocol commands,
// which need QGIS. The command-line tool hands these commands over to this program (same arguments), so its
// other commands start without loading QGIS. Runs without a display (Qt's offscreen platform).

#include "cliutil.h"
#include "qgisinit.h"

#include <qgsapplication.h>

#include <gdal_priv.h>

#include <iostream>

namespace tryggkarta
{
int commandPrint( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandReport( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandTemplates( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandWalkKit( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandWalkProtocol( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandEvaluatePdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandActionsPdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandPromisesPdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
} // namespace tryggkarta

int main( int argc, char **argv )
{
  if ( !qEnvironmentVariableIsSet( "QT_QPA_PLATFORM" ) )
    qputenv( "QT_QPA_PLATFORM", "offscreen" );
  const std::vector<std::string> args( argv + 1, argv + argc );
  if ( args.empty() )
  {
    std::cerr << "tryggkarta-render: give print, report, templates, walk-kit or walk-protocol (see "
                 "tryggkarta-cli --help)\n";
    return 2;
  }
  QgisInitOptions options;
  options.gui = true; // layouts need fonts and painting, if not a screen
  // A temporary QGIS profile: a scheduled run leaves no settings behind.
  QgisApplicationPtr app = initQgis( argc, argv, options );
  GDALAllRegister();
  const std::vector<std::string> rest( args.begin() + 1, args.end() );
  try
  {
    if ( args[0] == "print" )
      return tryggkarta::commandPrint( rest, std::cout, std::cerr );
    if ( args[0] == "report" )
      return tryggkarta::commandReport( rest, std::cout, std::cerr );
    if ( args[0] == "templates" )
      return tryggkarta::commandTemplates( rest, std::cout, std::cerr );
    if ( args[0] == "walk-kit" )
      return tryggkarta::commandWalkKit( rest, std::cout, std::cerr );
    if ( args[0] == "walk-protocol" )
      return tryggkarta::commandWalkProtocol( rest, std::cout, std::cerr );
    if ( args[0] == "evaluate" )
      return tryggkarta::commandEvaluatePdf( rest, std::cout, std::cerr );
    if ( args[0] == "actions" )
      return tryggkarta::commandActionsPdf( rest, std::cout, std::cerr );
    if ( args[0] == "promises" )
      return tryggkarta::commandPromisesPdf( rest, std::cout, std::cerr );
  }
  catch ( const std::exception &e )
  {
    return tryggkarta::cli::fail( std::cerr, std::string( e.what() ) );
  }
  return tryggkarta::cli::usage( std::cerr, "unknown command '" + args[0] + "'" );
}

#include "cli.h"

#include "cliutil.h"

#include <gdal_priv.h>

namespace tryggkarta
{

using namespace cli;

int runCli( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  GDALAllRegister();
  if ( args.empty() )
    return usage( err, "no command given" );
  const std::string &command = args[0];
  const std::vector<std::string> rest( args.begin() + 1, args.end() );
  if ( command == "--help" || command == "-h" || command == "help" )
  {
    out << usageText();
    return 0;
  }
  if ( command == "new" )
    return commandNew( rest, out, err );
  if ( command == "demo" )
    return commandDemo( rest, out, err );
  if ( command == "info" )
    return commandInfo( rest, out, err );
  if ( command == "kde" )
    return commandKde( rest, out, err );
  if ( command == "hotspots" )
    return commandHotspots( rest, out, err );
  if ( command == "clusters" )
    return commandClusters( rest, out, err );
  if ( command == "compare" )
    return commandCompare( rest, out, err );
  if ( command == "profile" )
    return commandProfile( rest, out, err );
  if ( command == "knox" )
    return commandKnox( rest, out, err );
  if ( command == "results" )
    return commandResults( rest, out, err );
  if ( command == "import" )
    return commandImport( rest, out, err );
  return usage( err, "unknown command '" + command + "'" );
}

} // namespace tryggkarta

#include "cli.h"

#include "climessages.h"
#include "cliutil.h"
#include "database.h"

#include <gdal_priv.h>

namespace tryggkarta
{

using namespace cli;

namespace
{
int dispatch( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
}

int runCli( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  // A read that meets damage the first check did not see (or a file changed meanwhile) ends the command with
  // a message, never with an uncaught exception.
  try
  {
    return dispatch( args, out, err );
  }
  catch ( const DamagedFileError &e )
  {
    return fail( err, e.message );
  }
  catch ( const SqlError &e )
  {
    if ( e.isDamage() && args.size() > 1 )
      return fail( err, Message::make( MessageCode::ProjectDamaged, args[1], std::string( e.what() ) ) );
    return fail( err, Message::make( MessageCode::ProjectReadFailed, std::string( e.what() ) ) );
  }
  catch ( const std::exception &e )
  {
    return fail( err, std::string( e.what() ) );
  }
}

namespace
{
int dispatch( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
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
  if ( command == "recover" )
    return commandRecover( rest, out, err );
  return usage( err, "unknown command '" + command + "'" );
}
} // namespace

} // namespace tryggkarta

#include "cli.h"

#include "actioncommands.h"
#include "climessages.h"
#include "cliutil.h"
#include "database.h"
#include "evaluatecommands.h"
#include "paths.h"

#include <gdal_priv.h>

#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>

extern char **environ;

namespace tryggkarta
{

using namespace cli;

namespace
{
int dispatch( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );

//! The program that runs the commands needing QGIS: TRYGGKARTA_RENDER, else beside this program, else where
//! the build put it.
std::string renderProgram()
{
  if ( const char *fromEnvironment = std::getenv( "TRYGGKARTA_RENDER" ) )
    return fromEnvironment;
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink( "/proc/self/exe", error );
  if ( !error )
  {
    const std::filesystem::path sibling = self.parent_path() / "tryggkarta-render";
    if ( std::filesystem::exists( sibling, error ) )
      return sibling.string();
  }
#ifdef TRYGGKARTA_RENDER_PATH
  return TRYGGKARTA_RENDER_PATH;
#else
  return {};
#endif
}

/**
 * Runs print, report, templates, walk-kit or walk-protocol in tryggkarta-render with the same arguments,
 * passing its output on: the other commands never load QGIS.
 */
int runRender( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  const std::string program = renderProgram();
  std::error_code error;
  if ( program.empty() || !std::filesystem::exists( program, error ) )
    return fail( err,
                 "'" + args[0] +
                   "' needs tryggkarta-render, which this build does not have (it is built with the app)" );
  int outPipe[2];
  int errPipe[2];
  if ( pipe( outPipe ) != 0 || pipe( errPipe ) != 0 )
    return fail( err, std::string( "cannot start tryggkarta-render" ) );
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init( &actions );
  posix_spawn_file_actions_adddup2( &actions, outPipe[1], 1 );
  posix_spawn_file_actions_adddup2( &actions, errPipe[1], 2 );
  posix_spawn_file_actions_addclose( &actions, outPipe[0] );
  posix_spawn_file_actions_addclose( &actions, errPipe[0] );
  std::vector<char *> argv;
  argv.push_back( const_cast<char *>( program.c_str() ) );
  for ( const std::string &arg : args )
    argv.push_back( const_cast<char *>( arg.c_str() ) );
  argv.push_back( nullptr );
  pid_t pid = 0;
  const int spawned = posix_spawn( &pid, program.c_str(), &actions, nullptr, argv.data(), environ );
  posix_spawn_file_actions_destroy( &actions );
  close( outPipe[1] );
  close( errPipe[1] );
  if ( spawned != 0 )
  {
    close( outPipe[0] );
    close( errPipe[0] );
    return fail( err, "cannot start " + program );
  }
  pollfd fds[2] = { { outPipe[0], POLLIN, 0 }, { errPipe[0], POLLIN, 0 } };
  int open = 2;
  char buffer[4096];
  while ( open > 0 )
  {
    if ( poll( fds, 2, -1 ) < 0 )
      break;
    for ( int i = 0; i < 2; ++i )
    {
      if ( fds[i].fd < 0 || !( fds[i].revents & ( POLLIN | POLLHUP | POLLERR ) ) )
        continue;
      const ssize_t n = read( fds[i].fd, buffer, sizeof buffer );
      if ( n > 0 )
        ( i == 0 ? out : err ).write( buffer, n );
      else
      {
        close( fds[i].fd );
        fds[i].fd = -1;
        --open;
      }
    }
  }
  int status = 0;
  waitpid( pid, &status, 0 );
  out.flush();
  if ( WIFEXITED( status ) )
    return WEXITSTATUS( status );
  return fail( err,
               "tryggkarta-render ended abnormally (signal " + std::to_string( WTERMSIG( status ) ) + ")" );
}
} // namespace

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
  if ( command == "walk" )
    return commandWalk( rest, out, err );
  if ( command == "import-photos" )
    return commandImportPhotos( rest, out, err );
  if ( command == "recover" )
    return commandRecover( rest, out, err );
  if ( command == "settings" )
    return commandSettings( rest, out, err );
  if ( command == "note" )
    return commandNote( rest, out, err );
  if ( command == "evaluate" )
    // The evaluation as text, CSV or stored here; as a PDF through QGIS layouts in tryggkarta-render.
    return evaluateWritesPdf( rest ) ? runRender( args, out, err ) : commandEvaluate( rest, out, err );
  if ( command == "promises" )
  {
    // The follow-up as text here; as a PDF (--out) through QGIS layouts in tryggkarta-render.
    const bool pdf =
      std::any_of( rest.begin(), rest.end(),
                   []( const std::string &arg ) { return arg == "--out" || arg.rfind( "--out=", 0 ) == 0; } );
    return pdf ? runRender( args, out, err ) : commandPromises( rest, out, err );
  }
  if ( command == "promise" )
    return commandPromise( rest, out, err );
  if ( command == "reporting" )
    return commandReporting( rest, out, err );
  if ( command == "actions" )
  {
    // The action list as text, CSV or XLSX here; as a PDF through QGIS layouts in tryggkarta-render.
    Arguments parsed;
    const bool pdf = !parseArguments( rest, actionListValueOptions(), actionListFlags(), parsed ) &&
                     parsed.value( "--out" ) && lowerExtension( *parsed.value( "--out" ) ) == ".pdf";
    return pdf ? runRender( args, out, err ) : commandActions( rest, out, err );
  }
  if ( command == "action" )
    return commandAction( rest, out, err );
  if ( command == "priority" )
    return commandPriority( rest, out, err );
  if ( command == "follow-up" )
    return commandFollowUp( rest, out, err );
  if ( command == "crosswalk" )
    return commandCrosswalk( rest, out, err );
  if ( command == "category" )
    return commandCategory( rest, out, err );
  if ( command == "precision" )
    return commandPrecision( rest, out, err );
  if ( command == "shared" )
    return commandShared( rest, out, err );
  if ( command == "sync" )
    return commandSync( rest, out, err );
  if ( command == "print" || command == "report" || command == "templates" || command == "walk-kit" ||
       command == "walk-protocol" )
    return runRender( args, out, err );
  return usage( err, "unknown command '" + command + "'" );
}
} // namespace

} // namespace tryggkarta

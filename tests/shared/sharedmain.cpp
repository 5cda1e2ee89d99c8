// Catch2's main for the shared-database tests: skips the run (exit 77, which ctest shows as skipped) when no
// PostgreSQL server with PostGIS can be had and none is required; lists tests without a server.
#include "catchrun.h"
#include "sharedtest.h"

int main( int argc, char *argv[] )
{
  if ( const auto code = sharedtest::exitWithoutServer( argc, argv ) )
    return *code;
  return runCatchSession( argc, argv );
}

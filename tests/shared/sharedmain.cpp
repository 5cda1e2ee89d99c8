// Catch2's main for the shared-database tests: skips the run (exit 77, which ctest shows as skipped) when no
// PostgreSQL server with PostGIS can be had and none is required; lists tests without a server.
#define CATCH_CONFIG_RUNNER
#include "sharedtest.h"

#include <cstdlib>
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
      std::cerr << "No PostgreSQL server for the shared-database tests, and TRYGGKARTA_REQUIRE_PG is set: "
                   "scripts/pg-test-cluster.sh start DIR could not start one.\n";
      return 1;
    }
    std::cerr << "Skipped: PostgreSQL 15 with PostGIS 3 is not installed here (apt-get install "
                 "postgresql-15-postgis-3), so the shared-database tests cannot run.\n";
    return 77;
  }
  return Catch::Session().run( argc, argv );
}

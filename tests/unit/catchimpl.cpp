// Catch2's implementation, compiled once for every test binary (it is most of Catch2's compile time); each
// binary's main only calls runCatchSession.
#define CATCH_CONFIG_RUNNER
#include "catchrun.h"

#include <catch2/catch.hpp>

int runCatchSession( int argc, char *argv[] )
{
  return Catch::Session().run( argc, argv );
}

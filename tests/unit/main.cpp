// The core's, the CLI's and the print tests' main: Catch2's own (its implementation is in catchimpl.cpp).
#include "catchrun.h"

int main( int argc, char *argv[] )
{
  return runCatchSession( argc, argv );
}

#include "cli.h"

#include <iostream>

int main( int argc, char **argv )
{
  return tryggkarta::runCli( std::vector<std::string>( argv + 1, argv + argc ), std::cout, std::cerr );
}

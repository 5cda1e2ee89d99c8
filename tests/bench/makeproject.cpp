// Makes a benchmark project: the demo municipality with N incidents (see benchproject.h).
// Run: tryggkarta_bench_makeproject OUT.gpkg N
#include "benchproject.h"

#include <cstdio>
#include <cstdlib>

int main( int argc, char *argv[] )
{
  if ( argc != 3 || std::atoll( argv[2] ) <= 0 )
  {
    std::fprintf( stderr, "usage: tryggkarta_bench_makeproject OUT.gpkg INCIDENTS\n" );
    return 2;
  }
  std::remove( argv[1] );
  if ( !benchproject::createProject( argv[1], std::atoll( argv[2] ) ) )
  {
    std::fprintf( stderr, "could not make %s\n", argv[1] );
    return 1;
  }
  std::printf( "made %s with %s incidents\n", argv[1], argv[2] );
  return 0;
}

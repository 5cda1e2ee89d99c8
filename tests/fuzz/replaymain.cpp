// Replays inputs through a fuzz target's entry point without libFuzzer: every file in the folders (and files)
// given, in name order. Fails when there was nothing to replay, so a missing corpus cannot pass.

#include "fuzztarget.h"

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <vector>

int main( int argc, char **argv )
{
  namespace fs = std::filesystem;
  std::vector<fs::path> inputs;
  for ( int i = 1; i < argc; ++i )
  {
    const fs::path path( argv[i] );
    std::error_code ec;
    if ( fs::is_directory( path, ec ) )
    {
      for ( const auto &entry : fs::directory_iterator( path ) )
        if ( entry.is_regular_file() )
          inputs.push_back( entry.path() );
    }
    else if ( fs::is_regular_file( path, ec ) )
      inputs.push_back( path );
  }
  std::sort( inputs.begin(), inputs.end() );
  if ( inputs.empty() )
  {
    std::fprintf( stderr, "no inputs to replay\n" );
    return 1;
  }
  for ( const fs::path &input : inputs )
  {
    std::ifstream in( input, std::ios::binary );
    const std::string bytes( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );
    std::printf( "%s\n", input.string().c_str() );
    std::fflush( stdout );
    LLVMFuzzerTestOneInput( reinterpret_cast<const uint8_t *>( bytes.data() ), bytes.size() );
  }
  std::printf( "%zu inputs replayed\n", inputs.size() );
  return 0;
}

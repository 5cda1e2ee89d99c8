#pragma once
// What the fuzz targets share: the libFuzzer entry point each defines, and a temporary folder for the targets
// that must hand their input to the code as a file. The same sources build two ways: with libFuzzer
// (TRYGGKARTA_FUZZ=ON, scripts/fuzz.sh) and, in the normal build, with replaymain.cpp, which feeds every
// file of the target's corpus and regressions through the same entry point on every test run.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size );

namespace fuzzing
{

//! A folder of its own for the process, removed when the process ends normally.
class ScratchDir
{
public:
  ScratchDir()
  {
    std::string pattern = ( std::filesystem::temp_directory_path() / "tryggkarta-fuzz-XXXXXX" ).string();
    if ( !mkdtemp( pattern.data() ) )
      std::abort();
    mPath = pattern;
  }
  ~ScratchDir()
  {
    std::error_code ec;
    std::filesystem::remove_all( mPath, ec );
  }
  std::string file( const std::string &name ) const { return ( mPath / name ).string(); }

private:
  std::filesystem::path mPath;
};

//! The scratch folder of this process.
inline const ScratchDir &scratch()
{
  static const ScratchDir sDir;
  return sDir;
}

//! Writes the bytes to path, replacing what was there.
inline void writeBytes( const std::string &path, std::string_view bytes )
{
  std::ofstream out( path, std::ios::binary | std::ios::trunc );
  out.write( bytes.data(), static_cast<std::streamsize>( bytes.size() ) );
}

//! Stops the process with a message when a property the code promises does not hold (a crash to libFuzzer).
#define FUZZ_ASSERT( condition )                                                                             \
  do                                                                                                         \
  {                                                                                                          \
    if ( !( condition ) )                                                                                    \
    {                                                                                                        \
      std::fprintf( stderr, "%s:%d: fuzz property failed: %s\n", __FILE__, __LINE__, #condition );           \
      std::abort();                                                                                          \
    }                                                                                                        \
  } while ( false )

} // namespace fuzzing

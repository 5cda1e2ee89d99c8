#pragma once
// Small helpers for tests: a temporary folder removed at the end, files written from strings.

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace testutil
{

class TempDir
{
public:
  TempDir()
  {
    std::random_device rd;
    mPath = std::filesystem::temp_directory_path() /
            ( "tryggkarta-test-" + std::to_string( rd() ) + std::to_string( rd() ) );
    std::filesystem::create_directories( mPath );
  }
  ~TempDir()
  {
    std::error_code ec;
    std::filesystem::remove_all( mPath, ec );
  }
  std::string file( const std::string &name ) const { return ( mPath / name ).string(); }
  const std::filesystem::path &path() const { return mPath; }

private:
  std::filesystem::path mPath;
};

inline std::string writeFile( const std::string &path, const std::string &content )
{
  std::ofstream out( path, std::ios::binary );
  out << content;
  return path;
}

inline std::string readFile( const std::string &path )
{
  std::ifstream in( path, std::ios::binary );
  return std::string( std::istreambuf_iterator<char>( in ), std::istreambuf_iterator<char>() );
}

} // namespace testutil

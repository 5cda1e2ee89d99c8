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

//! UTF-8 text of the Basic Multilingual Plane as UTF-16 with a byte-order mark, little- or big-endian.
inline std::string utf16WithBom( const std::string &utf8, bool bigEndian )
{
  std::string bytes = bigEndian ? std::string( "\xFE\xFF", 2 ) : std::string( "\xFF\xFE", 2 );
  for ( size_t i = 0; i < utf8.size(); ++i )
  {
    const auto byte = [&]( size_t at )
    { return static_cast<unsigned>( static_cast<unsigned char>( utf8[at] ) ); };
    unsigned code = byte( i );
    if ( code >= 0xE0 ) // three bytes
    {
      code = ( ( code & 0x0F ) << 12 ) | ( ( byte( i + 1 ) & 0x3F ) << 6 ) | ( byte( i + 2 ) & 0x3F );
      i += 2;
    }
    else if ( code >= 0xC0 ) // two bytes
    {
      code = ( ( code & 0x1F ) << 6 ) | ( byte( i + 1 ) & 0x3F );
      i += 1;
    }
    const char high = static_cast<char>( code >> 8 ), low = static_cast<char>( code & 0xFF );
    bytes += bigEndian ? high : low;
    bytes += bigEndian ? low : high;
  }
  return bytes;
}

inline std::string readFile( const std::string &path )
{
  std::ifstream in( path, std::ios::binary );
  return std::string( std::istreambuf_iterator<char>( in ), std::istreambuf_iterator<char>() );
}

} // namespace testutil

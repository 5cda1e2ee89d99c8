#include "paths.h"

#include <cctype>
#include <filesystem>

namespace tryggkarta
{

std::string lowerExtension( const std::string &path )
{
  std::string extension = std::filesystem::path( path ).extension().string();
  for ( char &c : extension )
    c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  return extension;
}

std::string fileName( const std::string &path )
{
  return std::filesystem::path( path ).filename().string();
}

} // namespace tryggkarta

#include "json.h"

#include <cstdio>

namespace tryggkarta
{

std::string jsonEscape( std::string_view text )
{
  std::string out;
  out.reserve( text.size() + 2 );
  for ( char c : text )
  {
    switch ( c )
    {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    default:
      if ( static_cast<unsigned char>( c ) < 0x20 )
      {
        char buffer[8];
        std::snprintf( buffer, sizeof buffer, "\\u%04x", c );
        out += buffer;
      }
      else
        out += c;
    }
  }
  return out;
}

} // namespace tryggkarta

#include "csvfield.h"

namespace tryggkarta
{

std::string spreadsheetCsvField( const std::string &field )
{
  std::string text = field;
  if ( !text.empty() && std::string( "=+-@\t\r" ).find( text[0] ) != std::string::npos )
    text = "'" + text;
  if ( text.find_first_of( ";\"\r\n" ) == std::string::npos )
    return text;
  std::string out = "\"";
  for ( char c : text )
  {
    if ( c == '"' )
      out += '"';
    out += c;
  }
  return out + "\"";
}

} // namespace tryggkarta

#pragma once
// Just enough JSON writing for the metadata the project stores (selections, parameters, extra columns).

#include <string>
#include <string_view>

namespace tryggkarta
{

//! The text escaped for use inside a JSON string (quotes not added).
std::string jsonEscape( std::string_view text );
//! The text as a quoted JSON string.
inline std::string jsonString( std::string_view text )
{
  return '"' + jsonEscape( text ) + '"';
}

} // namespace tryggkarta

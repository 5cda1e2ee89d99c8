#pragma once
// File names as messages and format choices need them.

#include <string>

namespace tryggkarta
{

//! The extension with its dot, in lowercase ASCII: "Data.GPKG" → ".gpkg"; empty when there is none.
std::string lowerExtension( const std::string &path );
//! The last part of a path: "/tmp/händelser.csv" → "händelser.csv".
std::string fileName( const std::string &path );

} // namespace tryggkarta

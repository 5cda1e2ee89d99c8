#pragma once
// How precise an incident's place is. Only exact, address and street places are points on the map: an event
// whose place is an area, a municipality or a county (the police feed gives the centroid of the municipality
// it names) stays in every count, table, trend, comparison and report, and out of everything that places
// points (the map's symbols, the heatmap, clusters, Gi*, Knox, a walk's context), which say how many they
// left out and why.

#include <optional>
#include <string>

namespace tryggkarta
{

enum class PlacePrecision
{
  Exact,        //!< "exact": a measured or clicked point
  Address,      //!< "address": a street address
  Street,       //!< "street": a street or a named place
  Area,         //!< "area": only a district or a part of town
  Municipality, //!< "municipality": only the municipality
  County        //!< "county": only the county
};

//! The stored code: "exact", "address", "street", "area", "municipality", "county".
const char *placePrecisionCode( PlacePrecision precision );
//! The precision of a code, or of a Swedish word a file may hold ("exakt", "adress", "gata", "plats",
//! "område", "kommun", "län"), any case; nothing for anything else.
std::optional<PlacePrecision> placePrecisionNamed( const std::string &text );
//! True for exact, address and street: the place is a point worth drawing and analysing as one.
inline bool placesPoint( PlacePrecision precision )
{
  return precision == PlacePrecision::Exact || precision == PlacePrecision::Address ||
         precision == PlacePrecision::Street;
}
//! The SQL condition on incidents' place_precision for the rows that are points (for a table alias prefix).
std::string placesPointSql( const std::string &prefix = std::string() );

} // namespace tryggkarta

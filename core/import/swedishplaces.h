#pragma once
// Sweden's 290 municipalities and 21 counties with a centroid each, from the open SCB boundaries (CC0,
// "Kommungränser: SCB"), compiled into the program: to recognise a place name in a file as a municipality or
// a county, and a point that many rows share as such a place's centroid (the police feed gives the centroid
// of the municipality or county it names, not the event's place).

#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

struct SwedishPlace
{
  std::string code; //!< SCB's code: "1781" (a municipality), "17" (a county)
  std::string name; //!< "Kristinehamn", "Värmlands län"
  bool county = false;
  double lon = 0, lat = 0; //!< the centroid, WGS 84
};

//! Every municipality and county.
const std::vector<SwedishPlace> &swedishPlaces();

//! The municipality or county a name means, without regard to case and spaces ("kristinehamn", "Värmlands
//! län", "Värmland" and "Värmlands" for the county, "Kristinehamns kommun"); nullptr for anything else.
const SwedishPlace *findSwedishPlace( const std::string &name );

//! The place whose centroid lies nearest (lon, lat), if within toleranceMetres.
const SwedishPlace *nearestSwedishCentroid( double lon, double lat, double toleranceMetres );

} // namespace tryggkarta

#include "swedishplaces.h"

#include "fieldmapping.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <unordered_map>

namespace tryggkarta
{

namespace
{

struct PlaceRow
{
  const char *code;
  const char *name;
  bool county;
  double lon, lat;
};

// Made by scripts/make-swedish-places.py from SCB's boundaries (CC0, "Kommungränser: SCB").
const PlaceRow kPlaces[] = {
#include "swedishplaces_data.inc"
};

//! The name as a key: lower case (å, ä, ö kept apart from a and o), without spaces, hyphens or other marks.
std::string placeKey( std::string_view text )
{
  std::string key = labelKey( text );
  std::string out;
  out.reserve( key.size() );
  for ( char c : key )
    if ( c != ' ' )
      out += c;
  return out;
}

//! Whether text ends with suffix; if so, takes it off.
bool takeSuffix( std::string &text, const std::string &suffix )
{
  if ( text.size() <= suffix.size() ||
       text.compare( text.size() - suffix.size(), suffix.size(), suffix ) != 0 )
    return false;
  text.erase( text.size() - suffix.size() );
  return true;
}

struct Index
{
  std::unordered_map<std::string, const SwedishPlace *> municipalities; //!< by the name's key
  std::unordered_map<std::string, const SwedishPlace *> counties; //!< by the full name's key ("varmlandslän")
  std::unordered_map<std::string, const SwedishPlace *>
    countyShort; //!< by the name without "län" ("varmlands")
};

const Index &index()
{
  static const Index built = []
  {
    Index index;
    for ( const SwedishPlace &place : swedishPlaces() )
    {
      std::string key = placeKey( place.name );
      if ( !place.county )
      {
        index.municipalities.emplace( key, &place );
        continue;
      }
      index.counties.emplace( key, &place );
      if ( takeSuffix( key, "län" ) )
        index.countyShort.emplace( key, &place );
    }
    // A municipality whose genitive is not its name plus s ("Falu kommun").
    if ( const auto falun = index.municipalities.find( "falun" ); falun != index.municipalities.end() )
      index.municipalities.emplace( "falu", falun->second );
    return index;
  }();
  return built;
}

const SwedishPlace *found( const std::unordered_map<std::string, const SwedishPlace *> &map,
                           const std::string &key )
{
  const auto it = map.find( key );
  return it == map.end() ? nullptr : it->second;
}

constexpr double kEarthRadiusMeters = 6371008.8; // the mean radius

double distanceMeters( double lon1, double lat1, double lon2, double lat2 )
{
  constexpr double kRadians = 3.14159265358979323846 / 180;
  const double dLat = ( lat2 - lat1 ) * kRadians;
  const double dLon = ( lon2 - lon1 ) * kRadians;
  const double a =
    std::sin( dLat / 2 ) * std::sin( dLat / 2 ) +
    std::cos( lat1 * kRadians ) * std::cos( lat2 * kRadians ) * std::sin( dLon / 2 ) * std::sin( dLon / 2 );
  return 2 * kEarthRadiusMeters * std::asin( std::min( 1.0, std::sqrt( a ) ) );
}

} // namespace

const std::vector<SwedishPlace> &swedishPlaces()
{
  static const std::vector<SwedishPlace> places = []
  {
    std::vector<SwedishPlace> out;
    out.reserve( std::size( kPlaces ) );
    for ( const PlaceRow &row : kPlaces )
      out.push_back( SwedishPlace{ row.code, row.name, row.county, row.lon, row.lat } );
    return out;
  }();
  return places;
}

const SwedishPlace *findSwedishPlace( const std::string &name )
{
  const Index &places = index();
  std::string key = placeKey( name );
  if ( key.empty() )
    return nullptr;
  // The name itself: a municipality before a county's short name ("Kalmar" is the town, "Kalmar län" the
  // county).
  if ( const SwedishPlace *place = found( places.municipalities, key ) )
    return place;
  if ( const SwedishPlace *place = found( places.counties, key ) )
    return place;
  // "Kristinehamns kommun", "Stockholms stad", "Borås kommun".
  std::string stem = key;
  if ( takeSuffix( stem, "kommun" ) || takeSuffix( stem, "stad" ) )
  {
    if ( const SwedishPlace *place = found( places.municipalities, stem ) )
      return place;
    if ( takeSuffix( stem, "s" ) )
      if ( const SwedishPlace *place = found( places.municipalities, stem ) )
        return place;
    return nullptr;
  }
  // "Värmlands", "Skåne", "Västra Götalands"; then "Värmland", "Dalarna".
  if ( const SwedishPlace *place = found( places.countyShort, key ) )
    return place;
  if ( const SwedishPlace *place = found( places.countyShort, key + "s" ) )
    return place;
  return nullptr;
}

const SwedishPlace *nearestSwedishCentroid( double lon, double lat, double toleranceMetres )
{
  if ( !std::isfinite( lon ) || !std::isfinite( lat ) )
    return nullptr;
  const SwedishPlace *nearest = nullptr;
  double nearestMetres = toleranceMetres;
  for ( const SwedishPlace &place : swedishPlaces() )
  {
    const double metres = distanceMeters( lon, lat, place.lon, place.lat );
    // A municipality before a county at the same distance (Gotland is both).
    if ( metres < nearestMetres ||
         ( metres <= nearestMetres && ( !nearest || ( nearest->county && !place.county ) ) ) )
    {
      nearest = &place;
      nearestMetres = metres;
    }
  }
  return nearest;
}

} // namespace tryggkarta

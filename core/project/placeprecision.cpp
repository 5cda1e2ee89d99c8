#include "placeprecision.h"

#include "fieldmapping.h"

namespace tryggkarta
{

const char *placePrecisionCode( PlacePrecision precision )
{
  switch ( precision )
  {
  case PlacePrecision::Exact:
    return "exact";
  case PlacePrecision::Address:
    return "address";
  case PlacePrecision::Street:
    return "street";
  case PlacePrecision::Area:
    return "area";
  case PlacePrecision::Municipality:
    return "municipality";
  case PlacePrecision::County:
    return "county";
  }
  return "exact";
}

std::optional<PlacePrecision> placePrecisionNamed( const std::string &text )
{
  const std::string t = normalizeName( text );
  struct Name
  {
    const char *word;
    PlacePrecision precision;
  };
  static const Name kNames[] = {
    { "exact", PlacePrecision::Exact },
    { "exakt", PlacePrecision::Exact },
    { "point", PlacePrecision::Exact },
    { "punkt", PlacePrecision::Exact },
    { "address", PlacePrecision::Address },
    { "adress", PlacePrecision::Address },
    { "street", PlacePrecision::Street },
    { "gata", PlacePrecision::Street },
    { "place", PlacePrecision::Street },
    { "plats", PlacePrecision::Street },
    { "area", PlacePrecision::Area },
    { "omrade", PlacePrecision::Area },
    { "district", PlacePrecision::Area },
    { "stadsdel", PlacePrecision::Area },
    { "municipality", PlacePrecision::Municipality },
    { "kommun", PlacePrecision::Municipality },
    { "county", PlacePrecision::County },
    { "lan", PlacePrecision::County },
  };
  for ( const Name &n : kNames )
    if ( t == n.word )
      return n.precision;
  return std::nullopt;
}

std::string placesPointSql( const std::string &prefix )
{
  return prefix + "place_precision IN ('exact', 'address', 'street')";
}

} // namespace tryggkarta

#include "coordinatedetection.h"

#include <ogr_spatialref.h>

#include <algorithm>
#include <memory>

namespace tryggkarta
{

namespace
{
struct Range
{
  double min, max;
  bool contains( double v ) const { return v >= min && v <= max; }
};

// Sweden's extent in each system, with a margin.
constexpr Range kLon{ 10.0, 24.5 };
constexpr Range kLat{ 55.0, 69.5 };
constexpr Range kTmEast{ 250000, 950000 };
constexpr Range kNorth{ 6100000, 7700000 };
constexpr Range kRt90East{ 1200000, 1900000 };
constexpr Range kLocalEast{ 0, 250000 - 1e-9 };

double median( std::vector<double> values )
{
  std::nth_element( values.begin(), values.begin() + values.size() / 2, values.end() );
  return values[values.size() / 2];
}

//! The local SWEREF 99 zone whose coordinates land inside the project extent, or 0.
int localZoneInside( double east, double north, const Envelope &extent )
{
  int found = 0;
  OGRSpatialReference tm;
  tm.importFromEPSG( 3006 );
  tm.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  const double margin = 20000;
  for ( int epsg = 3007; epsg <= 3018; ++epsg )
  {
    OGRSpatialReference zone;
    if ( zone.importFromEPSG( epsg ) != OGRERR_NONE )
      continue;
    zone.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    std::unique_ptr<OGRCoordinateTransformation> ct( OGRCreateCoordinateTransformation( &zone, &tm ) );
    double x = east, y = north;
    if ( !ct || !ct->Transform( 1, &x, &y ) )
      continue;
    if ( x >= extent.minX - margin && x <= extent.maxX + margin && y >= extent.minY - margin &&
         y <= extent.maxY + margin )
    {
      if ( found )
        return 0; // ambiguous
      found = epsg;
    }
  }
  return found;
}
} // namespace

bool insideSwedenLonLat( double lon, double lat )
{
  return kLon.contains( lon ) && kLat.contains( lat );
}

CrsGuess guessCrs( const std::vector<std::pair<double, double>> &samples,
                   const std::optional<Envelope> &projectExtent3006 )
{
  CrsGuess guess;
  if ( samples.empty() )
  {
    guess.problem = CrsGuess::Problem::NoNumericCoordinates;
    return guess;
  }
  std::vector<double> first, second;
  for ( const auto &s : samples )
  {
    first.push_back( s.first );
    second.push_back( s.second );
  }
  const double a = median( first ), b = median( second );
  guess.medianFirst = a;
  guess.medianSecond = b;
  auto decide = [&]( int epsg, bool swapped, const char *system )
  {
    guess.epsg = epsg;
    guess.swapped = swapped;
    guess.explanation = Message::make( MessageCode::ImportCrsRecognised, epsg, system );
  };
  if ( kLon.contains( a ) && kLat.contains( b ) )
    decide( 4326, false, "WGS 84" );
  else if ( kLat.contains( a ) && kLon.contains( b ) )
    decide( 4326, true, "WGS 84" );
  else if ( kTmEast.contains( a ) && kNorth.contains( b ) )
    decide( 3006, false, "SWEREF 99 TM" );
  else if ( kNorth.contains( a ) && kTmEast.contains( b ) )
    decide( 3006, true, "SWEREF 99 TM" );
  else if ( kRt90East.contains( a ) && kNorth.contains( b ) )
    decide( 3021, false, "RT90 2.5 gon V" );
  else if ( kNorth.contains( a ) && kRt90East.contains( b ) )
    decide( 3021, true, "RT90 2.5 gon V" );
  else if ( ( kLocalEast.contains( a ) && kNorth.contains( b ) ) ||
            ( kNorth.contains( a ) && kLocalEast.contains( b ) ) )
  {
    const bool swapped = kNorth.contains( a );
    const double east = swapped ? b : a, north = swapped ? a : b;
    const int zone = projectExtent3006 ? localZoneInside( east, north, *projectExtent3006 ) : 0;
    if ( zone )
    {
      guess.epsg = zone;
      guess.swapped = swapped;
      guess.explanation = Message::make( MessageCode::ImportCrsRecognisedLocalZone, zone );
    }
    else
      guess.problem = CrsGuess::Problem::LocalZoneUnknown;
  }
  else
    guess.problem = CrsGuess::Problem::NotRecognised;
  return guess;
}

} // namespace tryggkarta

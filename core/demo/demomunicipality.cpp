#include "demomunicipality.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "schema.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <limits>
#include <map>
#include <memory>
#include <random>
#include <stdexcept>
#include <string>
#include <vector>

namespace tryggkarta
{

namespace
{

constexpr int kSrsId = 3006;
// Stora torget, the square: Kristinehamn's real centre in SWEREF 99 TM. All map data below is given in metres
// east and north of it.
constexpr double kSquareEasting = 449270.0;
constexpr double kSquareNorthing = 6574920.0;
constexpr double kIncidentsPerYear = 1300.0;
// The town is the same whatever the event seed, so screenshots and documentation stay comparable.
constexpr uint64_t kBaseMapSeed = 0x4b72697374696e65ULL;
constexpr double kPi = 3.14159265358979323846;
constexpr int64_t kSecondsPerDay = 86400;

// ---------------------------------------------------------------------------------------------------------------
// Randomness

//! Seeded randomness with our own distributions: the std:: distributions differ between standard libraries.
class Random
{
public:
  explicit Random( uint64_t seed ) : mEngine( seed ) {}

  //! Uniform in [0, 1), from the top 53 bits.
  double uniform() { return static_cast<double>( mEngine() >> 11 ) * ( 1.0 / 9007199254740992.0 ); }
  double uniform( double low, double high ) { return low + ( high - low ) * uniform(); }
  //! Uniform integer in [low, high].
  int uniformInt( int low, int high )
  {
    const int value = low + static_cast<int>( std::floor( uniform() * ( high - low + 1 ) ) );
    return std::min( value, high );
  }
  bool chance( double probability ) { return uniform() < probability; }
  //! Standard normal (Box–Muller, one value per call so the stream does not depend on call history).
  double normal()
  {
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt( -2.0 * std::log( u1 ) ) * std::cos( 2.0 * kPi * u2 );
  }
  //! Poisson count: Knuth's product method, exact for the means used here (a few hundred at most).
  int poisson( double mean )
  {
    if ( mean <= 0 )
      return 0;
    if ( mean > 600 )
      return std::max( 0, static_cast<int>( std::lround( mean + std::sqrt( mean ) * normal() ) ) );
    const double limit = std::exp( -mean );
    double product = 1.0;
    int count = -1;
    do
    {
      ++count;
      product *= uniform();
    } while ( product > limit );
    return count;
  }
  template <typename T>
  const T &pick( const std::vector<T> &items )
  {
    return items[static_cast<size_t>( uniformInt( 0, static_cast<int>( items.size() ) - 1 ) )];
  }

private:
  std::mt19937_64 mEngine;
};

// ---------------------------------------------------------------------------------------------------------------
// Calendar and Europe/Stockholm time (the DST rule itself lives in datetimeparser)

struct CivilDate
{
  int year = 0, month = 0, day = 0;
};

CivilDate daysToCivil( int64_t days )
{
  CivilDate date;
  civilFromDays( days, date.year, date.month, date.day );
  return date;
}

int64_t floorDiv( int64_t a, int64_t b )
{
  return a / b - ( ( a % b != 0 ) && ( ( a < 0 ) != ( b < 0 ) ) );
}

//! 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
int weekdayOfDays( int64_t days )
{
  return static_cast<int>( ( ( days + 3 ) % 7 + 7 ) % 7 );
}

//! The generator counts wall-clock time in Stockholm as seconds since 1970-01-01 00:00 local; this is UTC.
int64_t stockholmLocalToUtc( int64_t localSeconds )
{
  const int64_t days = floorDiv( localSeconds, kSecondsPerDay );
  const int64_t secondOfDay = localSeconds - days * kSecondsPerDay;
  const CivilDate date = daysToCivil( days );
  return stockholmToUtc( date.year, date.month, date.day, static_cast<int>( secondOfDay / 3600 ),
                         static_cast<int>( secondOfDay / 60 % 60 ), static_cast<int>( secondOfDay % 60 ) );
}

int64_t utcToStockholmLocal( int64_t utcSeconds )
{
  return utcSeconds + static_cast<int64_t>( stockholmOffsetMinutes( utcSeconds ) ) * 60;
}

std::string formatDate( int64_t days )
{
  const CivilDate date = daysToCivil( days );
  char buffer[16];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day );
  return buffer;
}

//! UTC text for a local date and wall-clock time in Stockholm.
std::string localToUtcText( int64_t days, int hour, int minute )
{
  return formatUtcIso( stockholmLocalToUtc( days * kSecondsPerDay + hour * 3600 + minute * 60 ) );
}

bool parseIsoDate( const std::string &text, int64_t &days )
{
  int year = 0, month = 0, day = 0;
  char tail = 0;
  if ( text.size() != 10 || std::sscanf( text.c_str(), "%4d-%2d-%2d%c", &year, &month, &day, &tail ) != 3 )
    return false;
  if ( month < 1 || month > 12 || day < 1 || day > 31 )
    return false;
  days = daysFromCivil( year, month, day );
  const CivilDate back = daysToCivil( days );
  return back.year == year && back.month == month && back.day == day;
}

// ---------------------------------------------------------------------------------------------------------------
// Plane geometry in SWEREF 99 TM metres

struct XY
{
  double x = 0;
  double y = 0;
};
using Path = std::vector<XY>;

//! A point given in metres east and north of Stora torget.
XY fromSquare( const XY &offset )
{
  return { kSquareEasting + offset.x, kSquareNorthing + offset.y };
}

Path fromSquare( const std::vector<XY> &offsets )
{
  Path path;
  path.reserve( offsets.size() );
  for ( const XY &offset : offsets )
    path.push_back( fromSquare( offset ) );
  return path;
}

// sqrt rather than std::hypot: hypot guards against overflow and is several times slower, which shows in the
// building placement's many distance tests; map coordinates are nowhere near overflow.
double distance( const XY &a, const XY &b )
{
  return std::sqrt( ( a.x - b.x ) * ( a.x - b.x ) + ( a.y - b.y ) * ( a.y - b.y ) );
}

double pointSegmentDistance( const XY &p, const XY &a, const XY &b )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double lengthSquared = dx * dx + dy * dy;
  double t = lengthSquared > 0 ? ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / lengthSquared : 0;
  t = std::clamp( t, 0.0, 1.0 );
  return distance( p, { a.x + t * dx, a.y + t * dy } );
}

double pathLength( const Path &path )
{
  double length = 0;
  for ( size_t i = 1; i < path.size(); ++i )
    length += distance( path[i - 1], path[i] );
  return length;
}

//! The point lengthMeters along the path (clamped to its ends).
XY pointAlong( const Path &path, double lengthMeters )
{
  for ( size_t i = 1; i < path.size(); ++i )
  {
    const double segment = distance( path[i - 1], path[i] );
    if ( lengthMeters <= segment && segment > 0 )
    {
      const double t = lengthMeters / segment;
      return { path[i - 1].x + t * ( path[i].x - path[i - 1].x ),
               path[i - 1].y + t * ( path[i].y - path[i - 1].y ) };
    }
    lengthMeters -= segment;
  }
  return path.back();
}

bool segmentsCross( const XY &a, const XY &b, const XY &c, const XY &d )
{
  auto side = []( const XY &p, const XY &q, const XY &r )
  { return ( q.x - p.x ) * ( r.y - p.y ) - ( q.y - p.y ) * ( r.x - p.x ); };
  const double d1 = side( c, d, a ), d2 = side( c, d, b ), d3 = side( a, b, c ), d4 = side( a, b, d );
  return ( ( d1 > 0 ) != ( d2 > 0 ) ) && ( ( d3 > 0 ) != ( d4 > 0 ) );
}

//! Even-odd point in polygon test over any number of rings (outer rings and holes alike).
bool ringsContain( const std::vector<Path> &rings, const XY &p )
{
  bool inside = false;
  for ( const Path &ring : rings )
  {
    for ( size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++ )
    {
      if ( ( ring[i].y > p.y ) != ( ring[j].y > p.y ) &&
           p.x < ( ring[j].x - ring[i].x ) * ( p.y - ring[i].y ) / ( ring[j].y - ring[i].y ) + ring[i].x )
        inside = !inside;
    }
  }
  return inside;
}

Path ringPath( const OGRLinearRing *ring )
{
  Path path;
  for ( int i = 0; i < ring->getNumPoints(); ++i )
    path.push_back( { ring->getX( i ), ring->getY( i ) } );
  return path;
}

//! Fast point-in-area tests for sampling, over polygons that do not overlap each other.
class Region
{
public:
  void add( const OGRMultiPolygon &polygons )
  {
    for ( const OGRPolygon *polygon : polygons )
    {
      mRings.push_back( ringPath( polygon->getExteriorRing() ) );
      for ( int i = 0; i < polygon->getNumInteriorRings(); ++i )
        mRings.push_back( ringPath( polygon->getInteriorRing( i ) ) );
    }
    OGREnvelope envelope;
    polygons.getEnvelope( &envelope );
    mEnvelope.Merge( envelope );
  }
  bool contains( const XY &p ) const
  {
    if ( !mEnvelope.IsInit() || p.x < mEnvelope.MinX || p.x > mEnvelope.MaxX || p.y < mEnvelope.MinY ||
         p.y > mEnvelope.MaxY )
      return false;
    return ringsContain( mRings, p );
  }
  const OGREnvelope &envelope() const { return mEnvelope; }

private:
  std::vector<Path> mRings;
  OGREnvelope mEnvelope;
};

using GeometryPtr = std::unique_ptr<OGRGeometry>;
using MultiPolygonPtr = std::unique_ptr<OGRMultiPolygon>;

std::unique_ptr<OGRPolygon> makePolygon( const Path &ring )
{
  auto exterior = std::make_unique<OGRLinearRing>();
  for ( const XY &p : ring )
    exterior->addPoint( p.x, p.y );
  exterior->closeRings();
  auto polygon = std::make_unique<OGRPolygon>();
  polygon->addRingDirectly( exterior.release() );
  return polygon;
}

std::unique_ptr<OGRLineString> makeLine( const Path &path )
{
  auto line = std::make_unique<OGRLineString>();
  for ( const XY &p : path )
    line->addPoint( p.x, p.y );
  return line;
}

// Overlay operations go through GEOS; without it (a GDAL built without GEOS) the map is left unclipped.
GeometryPtr intersection( const OGRGeometry &a, const OGRGeometry &b )
{
  GeometryPtr result( a.Intersection( &b ) );
  return result ? std::move( result ) : GeometryPtr( a.clone() );
}

GeometryPtr difference( const OGRGeometry &a, const OGRGeometry *b )
{
  if ( !b || b->IsEmpty() )
    return GeometryPtr( a.clone() );
  GeometryPtr result( a.Difference( b ) );
  return result ? std::move( result ) : GeometryPtr( a.clone() );
}

GeometryPtr unite( const OGRGeometry *a, const OGRGeometry &b )
{
  if ( !a || a->IsEmpty() )
    return GeometryPtr( b.clone() );
  GeometryPtr result( a->Union( &b ) );
  return result ? std::move( result ) : GeometryPtr( a->clone() );
}

//! The polygons of an overlay result, dropping slivers smaller than minAreaSquareMeters.
void collectPolygons( const OGRGeometry *geometry, double minAreaSquareMeters, OGRMultiPolygon &out )
{
  if ( !geometry )
    return;
  switch ( wkbFlatten( geometry->getGeometryType() ) )
  {
  case wkbPolygon:
    if ( geometry->toPolygon()->get_Area() >= minAreaSquareMeters )
      out.addGeometry( geometry );
    break;
  case wkbMultiPolygon:
  case wkbGeometryCollection:
  {
    const OGRGeometryCollection *collection = geometry->toGeometryCollection();
    for ( int i = 0; i < collection->getNumGeometries(); ++i )
      collectPolygons( collection->getGeometryRef( i ), minAreaSquareMeters, out );
    break;
  }
  default:
    break;
  }
}

MultiPolygonPtr polygonsOf( const OGRGeometry *geometry, double minAreaSquareMeters )
{
  auto out = std::make_unique<OGRMultiPolygon>();
  collectPolygons( geometry, minAreaSquareMeters, *out );
  return out;
}

//! The line parts of an overlay result, dropping pieces shorter than minLengthMeters.
void collectLines( const OGRGeometry *geometry, double minLengthMeters, std::vector<Path> &out )
{
  if ( !geometry )
    return;
  switch ( wkbFlatten( geometry->getGeometryType() ) )
  {
  case wkbLineString:
  {
    const OGRLineString *line = geometry->toLineString();
    Path path;
    for ( int i = 0; i < line->getNumPoints(); ++i )
      path.push_back( { line->getX( i ), line->getY( i ) } );
    if ( path.size() >= 2 && pathLength( path ) >= minLengthMeters )
      out.push_back( std::move( path ) );
    break;
  }
  case wkbMultiLineString:
  case wkbGeometryCollection:
  {
    const OGRGeometryCollection *collection = geometry->toGeometryCollection();
    for ( int i = 0; i < collection->getNumGeometries(); ++i )
      collectLines( collection->getGeometryRef( i ), minLengthMeters, out );
    break;
  }
  default:
    break;
  }
}

struct Wave
{
  double amplitudeMeters;
  double wavelengthMeters;
  double phase;
};

//! Densifies a polyline and shifts each vertex sideways by a sum of waves: natural-looking shores and rivers.
Path wobble( const Path &controls, double stepMeters, const std::vector<Wave> &waves )
{
  Path out;
  double travelled = 0;
  auto shifted = [&]( const XY &p, double nx, double ny )
  {
    double offset = 0;
    for ( const Wave &wave : waves )
      offset += wave.amplitudeMeters * std::sin( 2 * kPi * travelled / wave.wavelengthMeters + wave.phase );
    return XY{ p.x + nx * offset, p.y + ny * offset };
  };
  for ( size_t i = 1; i < controls.size(); ++i )
  {
    const XY &a = controls[i - 1];
    const XY &b = controls[i];
    const double length = distance( a, b );
    const double nx = -( b.y - a.y ) / length, ny = ( b.x - a.x ) / length;
    const int steps = std::max( 1, static_cast<int>( std::ceil( length / stepMeters ) ) );
    for ( int s = 0; s < steps; ++s )
    {
      const double t = static_cast<double>( s ) / steps;
      out.push_back( shifted( { a.x + t * ( b.x - a.x ), a.y + t * ( b.y - a.y ) }, nx, ny ) );
      travelled += length / steps;
    }
    if ( i + 1 == controls.size() )
      out.push_back( shifted( b, nx, ny ) );
  }
  return out;
}

//! An oriented rectangle (a building footprint).
struct Rectangle
{
  XY centre;
  double ux, uy;                // unit vector along the street
  double halfLength, halfDepth; // metres
  std::array<XY, 4> corners() const
  {
    const double vx = -uy, vy = ux;
    return { XY{ centre.x + ux * halfLength + vx * halfDepth, centre.y + uy * halfLength + vy * halfDepth },
             XY{ centre.x - ux * halfLength + vx * halfDepth, centre.y - uy * halfLength + vy * halfDepth },
             XY{ centre.x - ux * halfLength - vx * halfDepth, centre.y - uy * halfLength - vy * halfDepth },
             XY{ centre.x + ux * halfLength - vx * halfDepth, centre.y + uy * halfLength - vy * halfDepth } };
  }
  double radius() const { return std::sqrt( halfLength * halfLength + halfDepth * halfDepth ); }
};

//! Separating-axis test for two oriented rectangles, each grown by marginMeters.
bool rectanglesOverlap( const Rectangle &a, const Rectangle &b, double marginMeters )
{
  if ( distance( a.centre, b.centre ) > a.radius() + b.radius() + 2 * marginMeters )
    return false;
  const double dx = b.centre.x - a.centre.x, dy = b.centre.y - a.centre.y;
  for ( const Rectangle *r : { &a, &b } )
  {
    const double axes[2][2] = { { r->ux, r->uy }, { -r->uy, r->ux } };
    for ( const auto &axis : axes )
    {
      auto extent = [&]( const Rectangle &q )
      {
        return q.halfLength * std::fabs( q.ux * axis[0] + q.uy * axis[1] ) +
               q.halfDepth * std::fabs( -q.uy * axis[0] + q.ux * axis[1] ) + marginMeters;
      };
      if ( std::fabs( dx * axis[0] + dy * axis[1] ) > extent( a ) + extent( b ) )
        return false;
    }
  }
  return true;
}

struct Segment
{
  XY a, b;
  //! False when p is certainly farther than marginMeters from the segment (a bounding-box test).
  bool mayBeNear( const XY &p, double marginMeters ) const
  {
    return p.x >= std::min( a.x, b.x ) - marginMeters && p.x <= std::max( a.x, b.x ) + marginMeters &&
           p.y >= std::min( a.y, b.y ) - marginMeters && p.y <= std::max( a.y, b.y ) + marginMeters;
  }
};

double segmentRectangleDistance( const Segment &s, const Rectangle &r )
{
  const auto corners = r.corners();
  const std::vector<Path> ring = { Path( corners.begin(), corners.end() ) };
  if ( ringsContain( ring, s.a ) || ringsContain( ring, s.b ) )
    return 0;
  double best = std::numeric_limits<double>::max();
  for ( size_t i = 0; i < 4; ++i )
  {
    const XY &c = corners[i];
    const XY &d = corners[( i + 1 ) % 4];
    if ( segmentsCross( s.a, s.b, c, d ) )
      return 0;
    best = std::min( { best, pointSegmentDistance( c, s.a, s.b ), pointSegmentDistance( s.a, c, d ),
                       pointSegmentDistance( s.b, c, d ) } );
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// The town: data tables (metres from Stora torget)

struct RoadSpec
{
  const char *name;
  const char *kind; // arterial, street, path
  std::vector<XY> points;
};

// Named roads drawn by hand; residential street grids are added by rule below.
const std::vector<RoadSpec> &namedRoads()
{
  static const std::vector<RoadSpec> sRoads = {
    { "Storgatan",
      "arterial",
      { { -1650, 180 }, { -900, 120 }, { -300, 70 }, { 0, 60 }, { 600, 60 }, { 1450, 80 } } },
    { "Industrivägen", "arterial", { { 1450, 80 }, { 2200, 20 }, { 2950, -50 }, { 3400, -80 } } },
    { "Östra Ringvägen",
      "arterial",
      { { 250, -1420 },
        { 850, -1150 },
        { 1300, -600 },
        { 1450, 80 },
        { 1450, 800 },
        { 1300, 1500 },
        { 950, 2100 },
        { 500, 2350 } } },
    { "Norra Ringvägen", "arterial", { { 500, 2350 }, { -200, 2420 }, { -900, 2250 }, { -1500, 1800 } } },
    { "Västra Ringvägen", "arterial", { { -1500, 1800 }, { -1750, 1100 }, { -1800, 500 }, { -1650, 180 } } },
    { "Vänersvägen",
      "arterial",
      { { 250, -1420 }, { 700, -1700 }, { 1100, -2050 }, { 1500, -2500 }, { 1900, -2900 } } },
    { "Kungsgatan", "street", { { 150, -1400 }, { 120, -800 }, { 120, -380 }, { 120, 60 }, { 120, 650 } } },
    { "Norra Allén", "street", { { 120, 650 }, { 220, 1100 }, { 236, 1650 }, { 250, 1800 }, { 320, 2900 } } },
    { "Järnvägsgatan", "street", { { -210, 650 }, { 1000, 650 } } },
    { "Kyrkogatan", "street", { { -210, 280 }, { 540, 280 } } },
    { "Drottninggatan", "street", { { -210, -160 }, { 540, -160 } } },
    { "Södra Vallgatan", "street", { { -210, -380 }, { 920, -380 } } },
    { "Västra Strandgatan", "street", { { -210, -380 }, { -210, 650 } } },
    { "Västra Torggatan", "street", { { -100, -380 }, { -100, 650 } } },
    { "Nygatan", "street", { { 330, -380 }, { 330, 650 } } },
    { "Parkgatan", "street", { { 540, -380 }, { 540, 650 } } },
    { "Kvarnvägen", "street", { { 540, 420 }, { 1450, 420 } } },
    { "Hamngatan", "street", { { -100, -380 }, { -180, -700 }, { -260, -1050 }, { -300, -1330 } } },
    { "Skolgatan", "street", { { 236, 1650 }, { 450, 1640 }, { 800, 1620 }, { 1290, 1550 } } },
    { "Sjögatan", "street", { { -900, 120 }, { -1000, -250 } } },
    { "Fabriksgatan", "street", { { 1700, -650 }, { 1750, 600 } } },
    { "Verkstadsgatan", "street", { { 2500, -650 }, { 2550, 550 } } },
    { "Lagergatan", "street", { { 1750, -300 }, { 2900, -350 } } },
    { "Strandpromenaden",
      "path",
      { { -300, -1330 },
        { -520, -1170 },
        { -700, -930 },
        { -830, -640 },
        { -1050, -380 },
        { -1300, -180 },
        { -1400, 0 },
        { -1420, 162 } } },
    { "Åpromenaden", "path", { { -420, -450 }, { -400, 0 }, { -390, 400 }, { -380, 640 } } },
    { "Stadsparksstigen", "path", { { 560, -240 }, { 740, 0 }, { 900, 240 } } },
    { "Parkstigen", "path", { { 560, 120 }, { 920, -120 } } },
    { "Stationsstigen", "path", { { 450, 650 }, { 480, 780 }, { 500, 1000 } } },
    { "Skolstigen", "path", { { 450, 1700 }, { 600, 1760 }, { 800, 1840 } } },
    { "Elljusspåret",
      "path",
      { { -1200, 2400 }, { -600, 2650 }, { 0, 2700 }, { 400, 2600 }, { 700, 2450 } } },
  };
  return sRoads;
}

struct AreaSpec
{
  const char *kind;
  const char *name;
  std::vector<XY> ring;
};

// Land use in priority order: a later polygon only gets what the earlier ones left.
const std::vector<AreaSpec> &landuseSpecs()
{
  static const std::vector<AreaSpec> sLanduse = {
    { "park", "Stadsparken", { { 560, -260 }, { 920, -260 }, { 920, 260 }, { 560, 260 } } },
    { "park",
      "Strandparken",
      { { -1450, 50 },
        { -1300, -100 },
        { -950, -330 },
        { -600, -380 },
        { -420, -560 },
        { -400, -1150 },
        { -250, -1250 },
        { -250, -1800 },
        { -1900, -1800 },
        { -1900, -200 } } },
    { "park", "Åparken", { { -460, -500 }, { -320, -500 }, { -320, 700 }, { -460, 700 } } },
    { "park", "Norrbackaparken", { { 550, 1660 }, { 820, 1660 }, { 820, 1860 }, { 550, 1860 } } },
    { "centre",
      "Centrum",
      { { -280, -420 }, { 560, -420 }, { 560, 560 }, { 1000, 560 }, { 1000, 730 }, { -280, 730 } } },
    { "centre", "Kvarnens köpcentrum", { { 1000, 250 }, { 1400, 250 }, { 1400, 600 }, { 1000, 600 } } },
    { "industrial",
      "Östra industriområdet",
      { { 1520, -700 }, { 2900, -700 }, { 2950, 650 }, { 1520, 650 } } },
    { "industrial", "Hamnen", { { -250, -1250 }, { 400, -1330 }, { 600, -1850 }, { -250, -1850 } } },
    { "residential", "Norrbacka", { { -250, 760 }, { 1400, 760 }, { 1350, 2250 }, { -250, 2250 } } },
    { "residential",
      "Väster",
      { { -1800, 2150 }, { -330, 2250 }, { -330, -350 }, { -950, -330 }, { -1300, -100 }, { -1800, 100 } } },
    { "residential",
      "Söder",
      { { -250, -420 },
        { 900, -420 },
        { 950, -1050 },
        { 450, -1300 },
        { -250, -1250 },
        { -400, -1150 },
        { -560, -800 },
        { -420, -420 } } },
    { "residential",
      "Östermalm",
      { { 920, -1000 },
        { 1300, -700 },
        { 1500, -700 },
        { 1500, 760 },
        { 560, 760 },
        { 560, 260 },
        { 920, 260 } } },
    { "residential",
      "Nordost",
      { { 1450, 660 }, { 2400, 660 }, { 2400, 1900 }, { 1150, 2150 }, { 1320, 1500 } } },
    // Forest and fields fill what the town leaves, out to the boundary.
    { "forest",
      "Norra skogen",
      { { -3300, 2150 },
        { -1800, 2150 },
        { -300, 2200 },
        { 1000, 2100 },
        { 2400, 1850 },
        { 3300, 1850 },
        { 3300, 3300 },
        { -3300, 3300 } } },
    { "forest", "Västra skogen", { { -3300, 1100 }, { -1800, 1100 }, { -1800, 2200 }, { -3300, 2200 } } },
    { "forest", "Östra skogen", { { 2950, -900 }, { 3300, -900 }, { 3300, 900 }, { 2950, 900 } } },
    { "forest", "Hamnskogen", { { 300, -1250 }, { 1000, -1000 }, { 1000, -2900 }, { 300, -2900 } } },
    { "field", "Norrängen", { { 2400, 650 }, { 3300, 650 }, { 3300, 1900 }, { 2400, 1900 } } },
    { "field",
      "Södra åkrarna",
      { { 1000, -2900 }, { 3300, -2900 }, { 3300, -700 }, { 1520, -700 }, { 1300, -700 }, { 950, -1050 } } },
    { "field", "Västra åkrarna", { { -3300, -700 }, { -1800, -700 }, { -1800, 1100 }, { -3300, 1100 } } },
  };
  return sLanduse;
}

struct StreetGridSpec
{
  const char *residentialArea;
  double angleDegrees;
  double spacingMeters;
  std::vector<const char *> namesAlong;
  std::vector<const char *> namesAcross;
};

// Local streets in the residential areas: a rotated grid clipped to the area.
const std::vector<StreetGridSpec> &streetGrids()
{
  static const std::vector<StreetGridSpec> sGrids = {
    { "Norrbacka",
      5,
      170,
      { "Björkvägen", "Lönnvägen", "Aspvägen", "Rönnvägen", "Almvägen", "Ekvägen", "Hasselvägen", "Lindvägen",
        "Sälgvägen" },
      { "Norrbackavägen", "Tallvägen", "Granvägen", "Enevägen", "Lärkvägen", "Idegransvägen", "Måsvägen",
        "Tranvägen", "Svanvägen", "Trastvägen" } },
    { "Väster",
      -20,
      180,
      { "Fiskaregatan", "Sjömansgatan", "Båtsmansgatan", "Skepparegatan", "Ankargatan", "Seglaregatan",
        "Roddaregatan", "Kajgatan", "Ekogatan" },
      { "Västra Vallgatan", "Kvarngatan", "Bruksgatan", "Smedjegatan", "Hyttgatan", "Kopparslagaregatan",
        "Garvaregatan", "Krukmakaregatan", "Tunnbindaregatan", "Repslagaregatan" } },
    { "Söder",
      30,
      160,
      { "Strandgatan", "Vassgatan", "Näckrosvägen", "Sävgatan", "Vågvägen", "Sjöbodsvägen" },
      { "Sundsgatan", "Badhusgatan", "Bryggvägen", "Udsvägen", "Notvägen" } },
    { "Östermalm",
      0,
      160,
      { "Östra Vallgatan", "Tegelbruksgatan", "Hantverkargatan", "Mältargatan", "Bagaregatan" },
      { "Trädgårdsgatan", "Bryggaregatan", "Humlegatan", "Gjutaregatan", "Snickaregatan" } },
    { "Nordost",
      15,
      180,
      { "Klövervägen", "Blåklintsvägen", "Prästkragevägen", "Vallmovägen", "Smörblommevägen", "Kamomillvägen",
        "Linnévägen" },
      { "Ängsvägen", "Hagvägen", "Gärdesvägen", "Åkervägen", "Fältvägen", "Betesvägen", "Gräsvägen" } },
  };
  return sGrids;
}

struct PoiSpec
{
  const char *name;
  const char *kind;
  XY offset;
};

const std::vector<PoiSpec> &pois()
{
  static const std::vector<PoiSpec> sPois = {
    { "Resecentrum", "station", { 300, 705 } },
    { "Stora torget", "square", { 0, 0 } },
    { "Västerskolan", "school", { -900, 600 } },
    { "Norrbackaskolan", "school", { 450, 1710 } },
    { "Strandskolan", "school", { 450, -850 } },
    { "Kvarnens köpcentrum", "shop", { 1180, 500 } },
    { "Västervallen idrottsplats", "sports", { -1300, 1450 } },
    { "Stadsbiblioteket", "library", { 40, 230 } },
    { "Stadskyrkan", "church", { -150, 350 } },
    { "Fritidsgården Växthuset", "youth_centre", { 600, 610 } },
    { "Hållplats Resecentrum", "bus_stop", { 360, 660 } },
    { "Hållplats Stora torget", "bus_stop", { 160, 10 } },
    { "Hållplats Norrbacka", "bus_stop", { 260, 1800 } },
    { "Hållplats Västerskolan", "bus_stop", { -890, 135 } },
    { "Hållplats Hamnen", "bus_stop", { -250, -1290 } },
    { "Hållplats Industrivägen", "bus_stop", { 2000, 55 } },
    { "Hållplats Köpcentrum", "bus_stop", { 1200, 440 } },
    { "Hållplats Skolgatan", "bus_stop", { 800, 1640 } },
  };
  return sPois;
}

const std::vector<XY> kBoundary = { { -3150, 1500 }, { -2200, 2750 }, { -600, 3050 },   { 1200, 2950 },
                                    { 2800, 2450 },  { 3200, 900 },   { 3150, -900 },   { 2400, -2050 },
                                    { 1300, -2650 }, { 0, -2350 },    { -1400, -1750 }, { -2600, -950 },
                                    { -3200, 200 } };

// Vänern's shore from north-west to south-east; the lake lies to the south-west of it.
const std::vector<XY> kShoreline = { { -3700, 1150 }, { -3000, 700 },  { -2500, 300 },  { -2050, 120 },
                                     { -1700, -150 }, { -1400, -330 }, { -1150, -480 }, { -950, -750 },
                                     { -800, -1050 }, { -650, -1250 }, { -450, -1380 }, { -250, -1520 },
                                     { -50, -1560 },  { 150, -1700 },  { 350, -1900 },  { 650, -2050 },
                                     { 950, -2350 },  { 1250, -2750 }, { 1500, -3300 }, { 1600, -3700 } };

// Varnan's centre line from the north edge of town to its mouth, a little into the lake.
const std::vector<XY> kRiver = { { -120, 3300 }, { -230, 2700 },  { -170, 2100 }, { -290, 1500 },
                                 { -290, 900 },  { -300, 300 },   { -300, -200 }, { -350, -550 },
                                 { -500, -900 }, { -620, -1200 }, { -720, -1420 } };
constexpr double kRiverHalfWidthMeters = 15;

const std::vector<XY> kRailway = { { -3400, 1350 }, { -2000, 1080 }, { -900, 880 },
                                   { -290, 790 },   { 300, 765 },    { 1000, 760 },
                                   { 1800, 700 },   { 2600, 560 },   { 3400, 380 } };

// Districts tile the town; EST areas are the smaller areas the EST group follows.
const std::vector<AreaSpec> &areaSpecs()
{
  static const std::vector<AreaSpec> sAreas = {
    { "est_area", "Centrum", { { -280, -420 }, { 560, -420 }, { 560, 560 }, { -280, 560 } } },
    { "est_area", "Stationsområdet", { { -280, 560 }, { 1000, 560 }, { 1000, 900 }, { -280, 900 } } },
    { "est_area",
      "Norr (bostadsområde)",
      { { -250, 1200 }, { 1300, 1200 }, { 1300, 2250 }, { -250, 2250 } } },
    { "est_area",
      "Strandparken/Hamnen",
      { { -1450, 50 },
        { -1300, -100 },
        { -950, -330 },
        { -650, -800 },
        { -400, -1150 },
        { -250, -1250 },
        { 500, -1350 },
        { 600, -1900 },
        { -1900, -1900 },
        { -1900, -200 } } },
    { "est_area",
      "Öster (industriområde)",
      { { 1520, -700 }, { 2900, -700 }, { 2950, 650 }, { 1520, 650 } } },
    { "district", "Centrala staden", { { -290, -420 }, { 1000, -420 }, { 1000, 760 }, { -290, 760 } } },
    { "district", "Norra staden", { { -290, 760 }, { 1600, 760 }, { 1600, 3200 }, { -290, 3200 } } },
    { "district", "Västra staden", { { -3400, -200 }, { -290, -200 }, { -290, 3200 }, { -3400, 3200 } } },
    { "district",
      "Södra staden",
      { { -3400, -3000 },
        { 1000, -3000 },
        { 1000, -420 },
        { -290, -420 },
        { -290, -200 },
        { -3400, -200 } } },
    { "district",
      "Östra staden",
      { { 1000, -3000 }, { 3400, -3000 }, { 3400, 3200 }, { 1600, 3200 }, { 1600, 760 }, { 1000, 760 } } },
  };
  return sAreas;
}

struct Road
{
  std::string name;
  std::string kind;
  Path path;
};

struct Landuse
{
  std::string kind;
  std::string name;
  MultiPolygonPtr geometry;
};

struct Building
{
  std::string kind;
  Rectangle footprint;
};

//! The generated base map, with regions for quick point tests.
struct Town
{
  MultiPolygonPtr boundary;
  MultiPolygonPtr lake;
  MultiPolygonPtr river;
  std::vector<Landuse> landuse;
  std::vector<Road> roads;
  std::vector<Path> railway;
  std::vector<Building> buildings;
  Region boundaryRegion;
  Region water;
  Region builtUp;
  std::map<std::string, Region> landuseRegions; // by kind
};

void buildWater( Town &town )
{
  // Lake: the wobbled shoreline closed far out in the lake.
  Path lakeRing =
    wobble( fromSquare( kShoreline ), 40, { { 45, 900, 0.3 }, { 22, 330, 1.7 }, { 8, 110, 4.1 } } );
  for ( const XY &corner : fromSquare( { { 1600, -4500 }, { -4800, -4500 }, { -4800, 1150 } } ) )
    lakeRing.push_back( corner );
  town.lake = polygonsOf( makePolygon( lakeRing ).get(), 0 );

  const Path riverLine = wobble( fromSquare( kRiver ), 25, { { 12, 300, 0.0 }, { 6, 120, 2.0 } } );
  GeometryPtr riverPolygon( makeLine( riverLine )->Buffer( kRiverHalfWidthMeters, 6 ) );
  town.river = riverPolygon ? polygonsOf( difference( *riverPolygon, town.lake.get() ).get(), 100 )
                            : std::make_unique<OGRMultiPolygon>();
  town.water.add( *town.lake );
  town.water.add( *town.river );
}

void buildLanduse( Town &town )
{
  GeometryPtr taken = unite( town.lake.get(), *town.river );
  for ( const AreaSpec &spec : landuseSpecs() )
  {
    GeometryPtr clipped = intersection( *makePolygon( fromSquare( spec.ring ) ), *town.boundary );
    clipped = difference( *clipped, taken.get() );
    MultiPolygonPtr polygons = polygonsOf( clipped.get(), 2000 );
    if ( polygons->IsEmpty() )
      continue;
    taken = unite( taken.get(), *polygons );
    town.landuseRegions[spec.kind].add( *polygons );
    if ( std::string( spec.kind ) == "residential" || std::string( spec.kind ) == "centre" ||
         std::string( spec.kind ) == "industrial" )
      town.builtUp.add( *polygons );
    town.landuse.push_back( { spec.kind, spec.name, std::move( polygons ) } );
  }
}

std::vector<Segment> roadSegments( const std::vector<Road> &roads )
{
  std::vector<Segment> segments;
  for ( const Road &road : roads )
    for ( size_t i = 1; i < road.path.size(); ++i )
      segments.push_back( { road.path[i - 1], road.path[i] } );
  return segments;
}

//! True when most of the line runs within nearMeters of an existing road (a grid line doubling a street).
bool doublesExistingRoad( const Path &line, const std::vector<Segment> &segments, double nearMeters )
{
  const double length = pathLength( line );
  int near = 0;
  const int samples = 7;
  for ( int i = 0; i < samples; ++i )
  {
    const XY p = pointAlong( line, length * ( i + 0.5 ) / samples );
    for ( const Segment &s : segments )
    {
      if ( s.mayBeNear( p, nearMeters ) && pointSegmentDistance( p, s.a, s.b ) < nearMeters )
      {
        ++near;
        break;
      }
    }
  }
  return near * 2 > samples;
}

void buildRoads( Town &town )
{
  // Roads stop a few metres from the lake shore; they simply cross the river (bridges).
  GeometryPtr lakeMargin( town.lake->Buffer( 8, 4 ) );
  const GeometryPtr land = difference( *town.boundary, lakeMargin ? lakeMargin.get() : town.lake.get() );
  for ( const RoadSpec &spec : namedRoads() )
  {
    std::vector<Path> parts;
    collectLines( intersection( *makeLine( fromSquare( spec.points ) ), *land ).get(), 20, parts );
    for ( Path &part : parts )
      town.roads.push_back( { spec.name, spec.kind, std::move( part ) } );
  }

  for ( const StreetGridSpec &grid : streetGrids() )
  {
    const Landuse *area = nullptr;
    for ( const Landuse &landuse : town.landuse )
      if ( landuse.name == grid.residentialArea )
        area = &landuse;
    if ( !area )
      continue;
    OGREnvelope envelope;
    area->geometry->getEnvelope( &envelope );
    const XY centre{ ( envelope.MinX + envelope.MaxX ) / 2, ( envelope.MinY + envelope.MaxY ) / 2 };
    const double reach = std::hypot( envelope.MaxX - envelope.MinX, envelope.MaxY - envelope.MinY ) / 2 + 10;
    for ( int direction = 0; direction < 2; ++direction )
    {
      const double angle = ( grid.angleDegrees + 90.0 * direction ) * kPi / 180.0;
      const double ux = std::cos( angle ), uy = std::sin( angle );
      const std::vector<const char *> &names = direction == 0 ? grid.namesAlong : grid.namesAcross;
      size_t nameIndex = 0;
      const int lines = static_cast<int>( reach / grid.spacingMeters );
      for ( int k = -lines; k <= lines; ++k )
      {
        // Half a spacing off the centre, so grid lines miss the hand-drawn streets through it.
        const double offset = ( k + 0.5 ) * grid.spacingMeters;
        const XY base{ centre.x - uy * offset, centre.y + ux * offset };
        const Path line = { { base.x - ux * reach, base.y - uy * reach },
                            { base.x + ux * reach, base.y + uy * reach } };
        std::vector<Path> parts;
        collectLines( intersection( *makeLine( line ), *area->geometry ).get(), 120, parts );
        const std::vector<Segment> existing = roadSegments( town.roads );
        bool named = false;
        for ( Path &part : parts )
        {
          if ( doublesExistingRoad( part, existing, 45 ) )
            continue;
          town.roads.push_back( { names[nameIndex % names.size()], "street", std::move( part ) } );
          named = true;
        }
        if ( named )
          ++nameIndex;
      }
    }
  }

  collectLines( intersection( *makeLine( fromSquare( kRailway ) ), *town.boundary ).get(), 20, town.railway );
}

struct BuildingStyle
{
  const char *landuseKind;
  double lengthMin, lengthMax; // metres along the street
  double depthMin, depthMax;   // metres
  double setbackMeters;        // from the street's centre line to the facade
  double keepShare;            // share of candidate plots that get a building
};

const BuildingStyle kBuildingStyles[] = {
  { "centre", 22, 36, 12, 16, 11, 0.95 },
  { "residential", 11, 26, 9, 13, 16, 0.4 },
  { "industrial", 35, 70, 20, 40, 25, 0.8 },
};

// Open places where no buildings go: Stora torget fills its whole block, and the station forecourt.
const std::vector<std::vector<XY>> kOpenSpaces = {
  { { -100, -160 }, { 120, -160 }, { 120, 60 }, { -100, 60 } },
  { { 230, 650 }, { 420, 650 }, { 420, 740 }, { 230, 740 } },
};

void buildBuildings( Town &town, Random &random )
{
  std::vector<std::vector<Path>> openSpaces; // one ring each, as ringsContain takes them
  for ( const std::vector<XY> &ring : kOpenSpaces )
    openSpaces.push_back( { fromSquare( ring ) } );
  const std::vector<Segment> segments = roadSegments( town.roads );
  const double stepMeters = 34;
  for ( const Road &road : town.roads )
  {
    if ( road.kind == "path" )
      continue;
    for ( size_t i = 1; i < road.path.size(); ++i )
    {
      const XY &a = road.path[i - 1];
      const XY &b = road.path[i];
      const double length = distance( a, b );
      if ( length < stepMeters )
        continue;
      const double ux = ( b.x - a.x ) / length, uy = ( b.y - a.y ) / length;
      for ( double along = stepMeters / 2; along < length - stepMeters / 2; along += stepMeters )
      {
        for ( int side : { -1, 1 } )
        {
          const double jitter = random.uniform( -3, 3 );
          const XY onStreet{ a.x + ux * ( along + jitter ), a.y + uy * ( along + jitter ) };
          const XY probe{ onStreet.x - uy * side * 25, onStreet.y + ux * side * 25 };
          const BuildingStyle *style = nullptr;
          for ( const BuildingStyle &candidate : kBuildingStyles )
            if ( town.landuseRegions[candidate.landuseKind].contains( probe ) )
              style = &candidate;
          if ( !style || random.uniform() > style->keepShare )
            continue;
          const double halfLength = random.uniform( style->lengthMin, style->lengthMax ) / 2;
          const double halfDepth = random.uniform( style->depthMin, style->depthMax ) / 2;
          const double centreOffset = style->setbackMeters + halfDepth;
          const Rectangle footprint{
            { onStreet.x - uy * side * centreOffset, onStreet.y + ux * side * centreOffset },
            ux,
            uy,
            halfLength,
            halfDepth };
          const auto corners = footprint.corners();
          if ( !std::all_of( corners.begin(), corners.end(),
                             [&]( const XY &c )
                             {
                               return town.builtUp.contains( c ) &&
                                      std::none_of( openSpaces.begin(), openSpaces.end(),
                                                    [&]( const std::vector<Path> &open )
                                                    { return ringsContain( open, c ); } );
                             } ) )
            continue;
          const double clearanceMeters = 7;
          if ( std::any_of( segments.begin(), segments.end(),
                            [&]( const Segment &s )
                            {
                              return s.mayBeNear( footprint.centre, footprint.radius() + clearanceMeters ) &&
                                     segmentRectangleDistance( s, footprint ) < clearanceMeters;
                            } ) )
            continue;
          if ( std::any_of( town.buildings.begin(), town.buildings.end(),
                            [&]( const Building &other )
                            { return rectanglesOverlap( other.footprint, footprint, 2 ); } ) )
            continue;
          town.buildings.push_back( { style->landuseKind, footprint } );
        }
      }
    }
  }
}

Town buildTown()
{
  Town town;
  const Path boundaryRing = wobble( fromSquare( kBoundary ), 60, { { 15, 500, 0.5 }, { 6, 170, 2.2 } } );
  town.boundary = polygonsOf( makePolygon( boundaryRing ).get(), 0 );
  town.boundaryRegion.add( *town.boundary );
  buildWater( town );
  buildLanduse( town );
  buildRoads( town );
  Random random( kBaseMapSeed );
  buildBuildings( town, random );
  return town;
}

// ---------------------------------------------------------------------------------------------------------------
// Event patterns: when, where and what

//! Relative likelihood by hour, by day and by month (each at most 1). With shiftNights, the small hours count
//! as the evening before: 01:00 on a Saturday is Friday night.
struct TimeProfile
{
  std::array<double, 24> hour;
  std::array<double, 7> day; // Monday first
  std::array<double, 12> month;
  bool shiftNights;
};

enum class Profile
{
  Nightlife,
  School,
  ParkSummer,
  ResidentialEvening,
  IndustrialNight,
  RoadsSummer,
  OfficeHours,
  DarkSeason,
  GrowingSeason,
  SummerEvent,
  ShopHours,
  ShopEvening,
  Evening,
};

const TimeProfile &timeProfile( Profile profile )
{
  static const std::map<Profile, TimeProfile> sProfiles = {
    { Profile::Nightlife,
      { { 1,   1,   .9,  .6,  .3, .1,  .05, .05, .08, .1,  .12, .14,
          .15, .15, .15, .18, .2, .25, .3,  .4,  .55, .75, .9,  1 },
        { .3, .3, .35, .45, 1, 1, .35 },
        { .8, .8, .85, .9, 1, 1, 1, 1, .95, .9, .85, .95 },
        true } },
    { Profile::School,
      { { .1, .05, .03, .02, .02, .02, .03, .05, .08, .08, .1,  .15,
          .3, .4,  .6,  .85, 1,   1,   1,   1,   .9,  .7,  .45, .25 },
        { 1, 1, 1, 1, 1, .8, .6 },
        { 1, 1, 1, 1, 1, .8, .45, .8, 1, 1, 1, .9 },
        true } },
    { Profile::ParkSummer,
      { { .8, .6, .35, .15, .05, .03, .03, .05, .07, .1, .15, .2,
          .3, .3, .35, .4,  .5,  .6,  .75, .9,  1,   1,  1,   .9 },
        { .55, .55, .6, .7, 1, 1, .7 },
        { .08, .08, .12, .3, .65, 1, 1, .95, .6, .25, .1, .08 },
        true } },
    { Profile::ResidentialEvening,
      { { .5,  .35, .2,  .1, .05, .05, .05, .05, .06, .08, .1, .12,
          .15, .18, .25, .4, .55, .7,  .85, 1,   1,   1,   .9, .7 },
        { .8, .8, .8, .85, 1, 1, .85 },
        { 1, 1, .9, .7, .55, .5, .5, .55, .7, .85, 1, 1 },
        true } },
    { Profile::IndustrialNight,
      { { 1,   1,   1,   1,   .8,  .5,  .15, .05, .05, .05, .05, .05,
          .05, .05, .05, .05, .05, .05, .1,  .2,  .35, .6,  .85, 1 },
        { .7, .7, .7, .75, 1, 1, .85 },
        { 1, 1, .9, .8, .7, .65, .8, .7, .8, .9, 1, 1 },
        true } },
    { Profile::RoadsSummer,
      { { .3,  .15, .08, .05, .03, .03, .03, .05, .05, .06, .08, .1,
          .15, .2,  .3,  .4,  .55, .75, .9,  1,   1,   1,   .8,  .5 },
        { .6, .6, .6, .7, 1, 1, .8 },
        { .05, .05, .2, .6, 1, 1, .9, 1, .8, .4, .1, .05 },
        true } },
    { Profile::OfficeHours,
      { { .01, .01, .01, .01, .01, .01, .05, .4,  1,   1,   1,   1,
          .8,  1,   1,   1,   .6,  .2,  .05, .05, .05, .03, .02, .01 },
        { 1, 1, 1, 1, .9, .08, .05 },
        { 1, 1, 1, 1, 1, 1, .5, .8, 1, 1, 1, 1 },
        false } },
    { Profile::DarkSeason,
      { { .01, .01, .01, .01, .01, .01, .05, .4, 1, 1, 1, 1, .8, 1, 1, 1, .7, .5, .5, .5, .4, .2, .05, .02 },
        { 1, 1, 1, 1, .9, .3, .3 },
        { 1, .9, .6, .3, .15, .1, .1, .2, .5, .9, 1, 1 },
        false } },
    { Profile::GrowingSeason,
      { { .01, .01, .01, .01, .01, .01, .05, .4, 1,   1,   1,   1,
          .8,  1,   1,   1,   .6,  .3,  .2,  .1, .05, .03, .02, .01 },
        { 1, 1, 1, 1, .9, .2, .2 },
        { .1, .1, .15, .3, .7, 1, .8, 1, .9, .5, .2, .1 },
        false } },
    { Profile::SummerEvent,
      { { .01, .01, .01, .01, .01, .01, .01, .01, .02, .1, .4, .7, 1, 1, 1, 1, 1, 1, 1, 1, 1, .8, .5, .2 },
        { .05, .05, .05, .1, .4, 1, .5 },
        { .1, .1, .1, .2, .5, 1, .9, 1, .5, .2, .2, .6 },
        false } },
    { Profile::ShopHours,
      { { .02, .02, .02, .02, .02, .02, .02, .02, .05, .4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, .5, .05, .02, .02 },
        { .8, .8, .8, .85, 1, 1, .7 },
        { .8, .75, .8, .8, .85, .85, .85, .85, .85, .85, .9, 1 },
        false } },
    { Profile::ShopEvening,
      { { .1, .05, .03, .02, .02, .02, .02, .03, .05, .08, .1, .15,
          .2, .25, .3,  .5,  .7,  .85, 1,   1,   1,   .6,  .2, .1 },
        { .85, .85, .85, .9, 1, 1, .8 },
        { 1, 1, .9, .75, .6, .5, .5, .55, .7, .85, 1, 1 },
        true } },
    { Profile::Evening,
      { { .35, .25, .2, .15, .1, .1, .15, .3, .45, .5, .5, .5,
          .55, .55, .6, .7,  .8, .9, 1,   1,  1,   .9, .7, .5 },
        { .85, .85, .85, .9, 1, 1, .9 },
        { .85, .85, .9, .95, 1, 1, 1, 1, 1, .95, .9, .9 },
        true } },
  };
  return sProfiles.at( profile );
}

//! How an event's time is known: an instant, or an interval because it was found afterwards.
enum class Interval
{
  None,
  Hours,        // went on for a few hours (a party, a gathering)
  Overnight,    // from the evening to the next morning
  WeekendFound, // from Friday afternoon, found on Monday morning (schools)
  MultiDay,     // basements, storage rooms, dumped waste: one to five days
  Workday,      // a bicycle left at the station in the morning, gone in the afternoon
};

enum class Where
{
  Point,   // around a place, Gaussian scatter
  Roads,   // along named roads
  Paths,   // along footpaths
  BuiltUp, // anywhere in the built-up area (thin background)
};

struct CategoryRate
{
  const char *category;
  double perYear; // before scaling to kIncidentsPerYear
  Profile profile;
  Interval interval = Interval::None;
  double intervalShare = 0;
  const char *placeType = nullptr; // overrides the hotspot's
};

struct Hotspot
{
  const char *name;
  Where where;
  XY offset;          // from the square, for Where::Point
  double sigmaMeters; // scatter
  const char *placeType;
  std::vector<const char *> reporters;
  std::vector<CategoryRate> rates;
  std::vector<const char *> roadNames = {}; // for Where::Roads
};

Hotspot schoolHotspot( const char *name, XY offset )
{
  return { name,
           Where::Point,
           offset,
           50,
           "skola",
           { "Skolan", "Skolan", "Fritidsgården" },
           { { "klotter", 22, Profile::School, Interval::WeekendFound, 0.55 },
             { "skadegorelse_ovrig", 10, Profile::School, Interval::WeekendFound, 0.5 },
             { "glaskross", 7, Profile::School, Interval::WeekendFound, 0.4 },
             { "samling", 14, Profile::School },
             { "brand", 3, Profile::School },
             { "nedskrapning", 6, Profile::School, Interval::WeekendFound, 0.3 },
             { "incident_personal", 2, Profile::School } } };
}

const std::vector<Hotspot> &hotspots()
{
  static const std::vector<Hotspot> sHotspots = {
    { "Stora torget",
      Where::Point,
      { 0, -20 },
      60,
      "offentlig_plats",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "brak_hot", 35, Profile::Nightlife },
        { "vald", 10, Profile::Nightlife },
        { "glaskross", 20, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "storande_fest", 12, Profile::Nightlife, Interval::Hours, 0.3 },
        { "samling", 25, Profile::Nightlife },
        { "nedskrapning", 20, Profile::Nightlife, Interval::Overnight, 0.4 },
        { "klotter", 8, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "ran", 2, Profile::Nightlife },
        { "positiv_plats", 3, Profile::OfficeHours },
        { "arrangemang", 4, Profile::SummerEvent } } },
    { "Storgatans krogstråk",
      Where::Point,
      { 330, 60 },
      70,
      "offentlig_plats",
      { "Trygghetsvärdar" },
      { { "brak_hot", 20, Profile::Nightlife },
        { "vald", 8, Profile::Nightlife },
        { "storande_fest", 10, Profile::Nightlife, Interval::Hours, 0.3 },
        { "glaskross", 10, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "nedskrapning", 8, Profile::Nightlife, Interval::Overnight, 0.4 } } },
    { "Resecentrum",
      Where::Point,
      { 320, 690 },
      45,
      "station",
      { "Kollektivtrafiken", "Trygghetsvärdar" },
      { { "brak_hot", 25, Profile::Nightlife },
        { "vald", 6, Profile::Nightlife },
        { "glaskross", 15, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "samling", 30, Profile::Nightlife },
        { "narkotika", 10, Profile::Nightlife },
        { "cykelstold", 25, Profile::Evening, Interval::Workday, 0.6 },
        { "klotter", 12, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "incident_personal", 5, Profile::Nightlife },
        { "skadegorelse_ovrig", 8, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "positiv_plats", 1, Profile::OfficeHours } } },
    { "Gångtunneln vid stationen",
      Where::Point,
      { 480, 790 },
      20,
      "gata",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "dalig_belysning", 4, Profile::DarkSeason },
        { "odslig_plats", 2, Profile::DarkSeason },
        { "klotter", 6, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "samling", 4, Profile::Nightlife },
        { "narkotika", 3, Profile::Nightlife } } },
    schoolHotspot( "Västerskolan", { -900, 600 } ),
    schoolHotspot( "Norrbackaskolan", { 450, 1710 } ),
    schoolHotspot( "Strandskolan", { 450, -850 } ),
    { "Stadsparken",
      Where::Point,
      { 740, 0 },
      90,
      "park",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "nedskrapning", 22, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "samling", 18, Profile::ParkSummer },
        { "narkotika", 10, Profile::ParkSummer },
        { "sprutfynd", 6, Profile::OfficeHours },
        { "storande_fest", 6, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "skadegorelse_ovrig", 5, Profile::ParkSummer, Interval::Overnight, 0.5 },
        { "positiv_plats", 3, Profile::OfficeHours } } },
    { "Strandparken",
      Where::Point,
      { -800, -800 },
      130,
      "park",
      { "Gatu- och parkenheten" },
      { { "nedskrapning", 28, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "samling", 18, Profile::ParkSummer },
        { "narkotika", 8, Profile::ParkSummer },
        { "sprutfynd", 5, Profile::OfficeHours },
        { "storande_fest", 8, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "brak_hot", 5, Profile::ParkSummer },
        { "glaskross", 6, Profile::ParkSummer, Interval::Overnight, 0.3 },
        { "arrangemang", 3, Profile::SummerEvent },
        { "positiv_plats", 2, Profile::OfficeHours } } },
    { "Hamnen",
      Where::Point,
      { -250, -1330 },
      70,
      "offentlig_plats",
      { "Gatu- och parkenheten" },
      { { "samling", 6, Profile::ParkSummer },
        { "storande_fest", 5, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "nedskrapning", 6, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "stold", 6, Profile::IndustrialNight, Interval::Overnight, 0.5 },
        { "positiv_plats", 2, Profile::OfficeHours } } },
    { "Norrbacka bostadsområde",
      Where::Point,
      { 300, 1950 },
      140,
      "bostadsomrade",
      { "Exempelbostäder AB", "Exempelbostäder AB", "Fritidsgården" },
      { { "samling", 28, Profile::ResidentialEvening, Interval::Hours, 0.2, "trapphus" },
        { "inbrott", 12, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "cykelstold", 14, Profile::ResidentialEvening, Interval::Overnight, 0.6 },
        { "klotter", 10, Profile::ResidentialEvening, Interval::Overnight, 0.4, "trapphus" },
        { "nedskrapning", 8, Profile::ResidentialEvening },
        { "brand", 4, Profile::ResidentialEvening },
        { "storande_fest", 6, Profile::Nightlife },
        { "buskorning", 5, Profile::RoadsSummer } } },
    { "Västra bostadsområdet",
      Where::Point,
      { -1000, 900 },
      150,
      "bostadsomrade",
      { "Exempelbostäder AB" },
      { { "samling", 16, Profile::ResidentialEvening, Interval::Hours, 0.2, "trapphus" },
        { "inbrott", 8, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "cykelstold", 8, Profile::ResidentialEvening, Interval::Overnight, 0.6 },
        { "klotter", 6, Profile::ResidentialEvening, Interval::Overnight, 0.4 },
        { "nedskrapning", 5, Profile::ResidentialEvening },
        { "storande_fest", 4, Profile::Nightlife } } },
    { "Söder bostadsområde",
      Where::Point,
      { 250, -650 },
      120,
      "bostadsomrade",
      { "Exempelbostäder AB" },
      { { "samling", 8, Profile::ResidentialEvening, Interval::None, 0, "trapphus" },
        { "cykelstold", 7, Profile::ResidentialEvening, Interval::Overnight, 0.5 },
        { "inbrott", 5, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "klotter", 5, Profile::ResidentialEvening, Interval::Overnight, 0.4 } } },
    { "Östra industriområdet",
      Where::Point,
      { 2150, -50 },
      260,
      "industri",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "inbrott", 22, Profile::IndustrialNight, Interval::Overnight, 0.7 },
        { "stold", 20, Profile::IndustrialNight, Interval::Overnight, 0.6 },
        { "brand", 7, Profile::IndustrialNight },
        { "skadegorelse_ovrig", 6, Profile::IndustrialNight, Interval::Overnight, 0.5 },
        { "nedskrapning", 8, Profile::OfficeHours, Interval::MultiDay, 0.5 },
        { "odslig_plats", 3, Profile::DarkSeason },
        { "buskorning", 6, Profile::RoadsSummer } } },
    { "Kvarnens köpcentrum",
      Where::Point,
      { 1180, 470 },
      60,
      "handel",
      { "Trygghetsvärdar" },
      { { "samling", 18, Profile::ShopEvening },
        { "stold", 22, Profile::ShopHours },
        { "brak_hot", 7, Profile::ShopEvening },
        { "nedskrapning", 5, Profile::ShopEvening },
        { "klotter", 4, Profile::ShopEvening, Interval::Overnight, 0.5 },
        { "incident_personal", 3, Profile::ShopHours } } },
    { "Fritidsgården",
      Where::Point,
      { 600, 610 },
      35,
      "offentlig_plats",
      { "Fritidsgården" },
      { { "samling", 8, Profile::School },
        { "brak_hot", 4, Profile::School },
        { "incident_personal", 4, Profile::School },
        { "klotter", 4, Profile::School, Interval::Overnight, 0.5 } } },
    { "Västervallen",
      Where::Point,
      { -1300, 1450 },
      80,
      "offentlig_plats",
      { "Gatu- och parkenheten" },
      { { "arrangemang", 6, Profile::SummerEvent },
        { "nedskrapning", 5, Profile::SummerEvent },
        { "brak_hot", 3, Profile::SummerEvent },
        { "skadegorelse_ovrig", 3, Profile::Evening, Interval::Overnight, 0.5 } } },
    { "Buskörningsvägar",
      Where::Roads,
      {},
      8,
      "gata",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "buskorning", 35, Profile::RoadsSummer, Interval::Hours, 0.2 } },
      { "Hamngatan", "Vänersvägen", "Industrivägen", "Strandpromenaden", "Norra Ringvägen", "Lagergatan" } },
    { "Gångvägar och parker",
      Where::Paths,
      {},
      5,
      "gata",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "dalig_belysning", 18, Profile::DarkSeason },
        { "skymd_sikt", 12, Profile::GrowingSeason },
        { "odslig_plats", 6, Profile::DarkSeason },
        { "sprutfynd", 3, Profile::OfficeHours, Interval::None, 0, "park" } } },
    { "Bakgrund",
      Where::BuiltUp,
      {},
      0,
      "bostadsomrade",
      { "Exempelbostäder AB", "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "klotter", 20, Profile::Evening, Interval::Overnight, 0.4 },
        { "nedskrapning", 15, Profile::Evening, Interval::Overnight, 0.3, "gata" },
        { "cykelstold", 15, Profile::Evening, Interval::Overnight, 0.5 },
        { "skadegorelse_ovrig", 12, Profile::Evening, Interval::Overnight, 0.4, "gata" },
        { "inbrott", 10, Profile::Evening, Interval::MultiDay, 0.6, "kallare_garage" },
        { "stold", 10, Profile::Evening, Interval::Overnight, 0.4, "gata" },
        { "samling", 10, Profile::ResidentialEvening, Interval::None, 0, "trapphus" },
        { "brak_hot", 5, Profile::Nightlife, Interval::None, 0, "gata" },
        { "dalig_belysning", 5, Profile::DarkSeason, Interval::None, 0, "gata" },
        { "buskorning", 4, Profile::RoadsSummer, Interval::None, 0, "gata" } } },
  };
  return sHotspots;
}

//! Who reports a category: police share, and a unit that often reports it instead of the place's own
//! reporters.
struct Reporting
{
  const char *category;
  double policeShare;
  const char *usualReporter;
  double usualReporterShare;
};

const Reporting kReporting[] = {
  { "vald", 0.95, "Trygghetsvärdar", 1.0 },
  { "ran", 1.0, nullptr, 0 },
  { "inbrott", 0.75, nullptr, 0 },
  { "stold", 0.7, nullptr, 0 },
  { "cykelstold", 0.8, nullptr, 0 },
  { "brak_hot", 0.5, "Trygghetsvärdar", 0.4 },
  { "narkotika", 0.55, nullptr, 0 },
  { "buskorning", 0.35, nullptr, 0 },
  { "storande_fest", 0.3, nullptr, 0 },
  { "brand", 0.1, "Räddningstjänsten", 0.6 },
  { "sprutfynd", 0, "Gatu- och parkenheten", 0.5 },
  { "nedskrapning", 0, "Gatu- och parkenheten", 0.4 },
  { "dalig_belysning", 0, "Gatu- och parkenheten", 0.3 },
  { "skymd_sikt", 0, "Gatu- och parkenheten", 0.3 },
  { "glaskross", 0.15, nullptr, 0 },
  { "positiv_plats", 0, nullptr, 0 },
  { "arrangemang", 0.2, nullptr, 0 },
};
constexpr double kDefaultPoliceShare = 0.05;

struct Phrases
{
  const char *category;
  const char *placeType; // nullptr: any place
  std::vector<const char *> texts;
};

// Short descriptions of places and situations, never of persons (domain.md, privacy).
const std::vector<Phrases> &descriptions()
{
  static const std::vector<Phrases> sPhrases = {
    { "klotter",
      "skola",
      { "Klotter på fasad mot skolgården", "Klotter på förrådsbyggnaden vid skolan",
        "Taggar på fönster och dörrar vid skolans entré", "Klotter på skolans cykelskjul" } },
    { "klotter",
      "station",
      { "Klotter i väntsalen", "Klotter på perrongens väderskydd", "Taggar på cykelparkeringens tak" } },
    { "klotter",
      "trapphus",
      { "Klotter i trapphuset", "Klotter på källardörren", "Taggar i hissen och på postboxarna" } },
    { "klotter",
      nullptr,
      { "Klotter på fasad", "Klotter på elskåp", "Taggar på busskur", "Klotter på skyltfönster",
        "Klotter på papperskorgar och bänkar" } },
    { "glaskross",
      "skola",
      { "Krossad ruta i skolans matsal", "Krossat glas på skolgården", "Krossad ruta i paviljongen" } },
    { "glaskross",
      nullptr,
      { "Krossad ruta i busskuren", "Krossat glas på gångvägen", "Krossad entrédörr",
        "Krossade flaskor på torget" } },
    { "brand", "skola", { "Brand i papperskorg vid skolgården", "Anlagd brand i containern bakom skolan" } },
    { "brand",
      "industri",
      { "Brand i container på industriområdet", "Brand i lastpallar bakom lagerbyggnad" } },
    { "brand",
      nullptr,
      { "Brand i sopkärl vid miljöstugan", "Brand i papperskorg", "Brand i barnvagnsrum" } },
    { "skadegorelse_ovrig",
      "skola",
      { "Skadat staket runt skolgården", "Sönderslagen belysning vid skolans entré",
        "Skadade lekredskap på skolgården" } },
    { "skadegorelse_ovrig",
      nullptr,
      { "Sönderslagen belysningsarmatur", "Trasig papperskorg", "Uppbrutet elskåp", "Sönderslagna bänkar",
        "Skadade cykelställ" } },
    { "nedskrapning",
      "park",
      { "Mycket skräp vid grillplatsen", "Nedskräpning och tomma flaskor vid bänkarna",
        "Skräp och pizzakartonger vid bryggan" } },
    { "nedskrapning",
      "industri",
      { "Dumpat avfall vid infarten", "Olovlig avfallsdumpning bakom lagret",
        "Dumpade däck vid vändplanen" } },
    { "nedskrapning",
      nullptr,
      { "Nedskräpning vid bänkarna", "Fulla papperskorgar och skräp runt", "Skräp och fimpar vid entrén" } },
    { "brak_hot",
      "station",
      { "Bråk i väntsalen", "Hotfull stämning på perrongen", "Bråk vid busshållplatsen" } },
    { "brak_hot",
      nullptr,
      { "Bråk utanför restaurang vid stängning", "Hotfull stämning i taxikön", "Högljutt bråk på torget",
        "Bråk vid entrén" } },
    { "vald",
      nullptr,
      { "Misshandel utanför nattklubb", "Slagsmål på torget", "Misshandel vid busshållplatsen",
        "Slagsmål vid korvkiosken" } },
    { "buskorning",
      nullptr,
      { "Mopeder kör på gång- och cykelvägen", "Buskörning med EPA-traktorer på parkeringen",
        "Mopedbuskörning i parken", "Hög fart och rivstarter på gatan" } },
    { "storande_fest",
      nullptr,
      { "Störande fest med hög musik", "Oljud och musik från parkeringen", "Högljudd samling med musik" } },
    { "samling",
      "trapphus",
      { "Grupp ungdomar samlas i trapphuset, nedskräpning", "Samling i källargången, rökning och skräp",
        "Samling i trapphuset, boende upplever otrygghet" } },
    { "samling",
      "skola",
      { "Samling på skolgården, krossat glas", "Grupp samlas under skolans tak vid entrén",
        "Samling vid skolans cykelskjul, fimpar och skräp" } },
    { "samling",
      "station",
      { "Samling i väntsalen, resenärer upplever otrygghet", "Grupp samlas vid cykelparkeringen",
        "Samling vid perrongens trappa" } },
    { "samling",
      "park",
      { "Samling vid lekplatsen, flaskor och skräp kvar", "Grupp samlas vid bryggan, flaskor kvar",
        "Samling vid grillplatsen med musik" } },
    { "samling",
      "handel",
      { "Samling vid köpcentrets entré", "Grupp samlas i köpcentrets parkeringsgarage",
        "Samling vid snabbmatsrestaurangen" } },
    { "samling",
      nullptr,
      { "Samling på torget, resenärer och förbipasserande undviker platsen",
        "Otrygghetsskapande samling vid busskuren", "Grupp samlas vid parkeringen" } },
    { "narkotika",
      nullptr,
      { "Misstänkt narkotikaförsäljning vid parkbänkarna", "Misstänkt narkotikabruk i gångtunneln",
        "Lukt av cannabis vid parkeringen", "Misstänkt försäljning vid hållplatsen" } },
    { "sprutfynd",
      nullptr,
      { "Kanyl hittad i rabatten", "Sprutor i buskaget vid gångvägen", "Sprutfynd vid lekplatsen" } },
    { "inbrott",
      "kallare_garage",
      { "Inbrott i källarförråd", "Inbrott i cykelrum", "Uppbrutna förrådsdörrar i källaren",
        "Inbrott i garage" } },
    { "inbrott", "industri", { "Inbrott i verkstadslokal", "Inbrott i byggbod", "Inbrott i lagerlokal" } },
    { "inbrott", nullptr, { "Inbrott i förråd", "Inbrott i kiosk", "Inbrott i föreningslokal" } },
    { "stold",
      "industri",
      { "Stöld av diesel från arbetsmaskin", "Stöld av verktyg från byggarbetsplats",
        "Stöld av kopparkabel" } },
    { "stold", "handel", { "Butiksstöld", "Stöld ur bil på parkeringen", "Stöld av varor från lastkaj" } },
    { "stold", nullptr, { "Stöld ur bil", "Stöld av båtmotor", "Stöld från byggarbetsplats" } },
    { "ran", nullptr, { "Rån vid bankomat", "Rån på gångvägen", "Personrån vid hållplatsen" } },
    { "cykelstold",
      nullptr,
      { "Cykelstöld från cykelparkeringen", "Stöld av elcykel från cykelställ",
        "Cykel stulen ur cykelrummet" } },
    { "dalig_belysning",
      nullptr,
      { "Trasig gatubelysning längs gångvägen", "Mörk passage, flera lampor släckta",
        "Gångtunneln dåligt upplyst", "Belysning saknas vid hållplatsen" } },
    { "skymd_sikt",
      nullptr,
      { "Höga buskar skymmer sikten längs gångvägen", "Igenvuxen häck vid övergångsställe",
        "Skymd sikt vid tunnelmynningen" } },
    { "odslig_plats",
      nullptr,
      { "Öde parkering utan insyn", "Gångväg utan insyn från bostäder", "Öde område efter stängning" } },
    { "incident_personal",
      nullptr,
      { "Hot mot personal vid entrén", "Personal utsatt för hot vid stängning",
        "Hot mot personal vid hållplatsen", "Personal utsatt för glåpord och hot" } },
    { "arrangemang", "park", { "Sommarkonsert i Strandparken", "Midsommarfirande", "Familjedag i parken" } },
    { "arrangemang",
      nullptr,
      { "Marknad på torget", "Julmarknad", "Fotbollsmatch", "Musikfestival", "Cupfinal på idrottsplatsen" } },
    { "positiv_plats",
      nullptr,
      { "Upplevs trygg: bra belysning och folkliv", "Ny belysning, platsen känns tryggare",
        "Trivsam plats med mycket folk dagtid", "Öppen och överblickbar plats" } },
  };
  return sPhrases;
}

const Phrases &phrasesFor( const std::string &category, const std::string &placeType )
{
  const Phrases *fallback = nullptr;
  for ( const Phrases &phrases : descriptions() )
  {
    if ( category != phrases.category )
      continue;
    if ( phrases.placeType && placeType == phrases.placeType )
      return phrases;
    if ( !phrases.placeType )
      fallback = &phrases;
  }
  if ( !fallback )
    throw std::logic_error( "No description for category " + category );
  return *fallback;
}

struct Period
{
  int64_t firstDay = 0; // days since 1970-01-01, local dates
  int64_t lastDay = 0;
  int64_t startUtc = 0; // first day 00:00 local
  int64_t endUtc = 0;   // last day 23:59:59 local
  int64_t dayCount() const { return lastDay - firstDay + 1; }
};

struct IncidentRecord
{
  int64_t fromUtc = 0;
  int64_t untilUtc = -1; // -1: an instant
  XY position;
  std::string category;
  std::string organisation;
  std::string placeType;
  std::string description;
  std::string source;
  double weight = 1;
  int64_t createdUtc = 0;
};

class IncidentGenerator
{
public:
  IncidentGenerator( const Town &town, const Period &period, Random &random )
    : mTown( town ), mPeriod( period ), mRandom( random )
  {
  }

  std::vector<IncidentRecord> generate( int years )
  {
    double totalPerYear = 0;
    for ( const Hotspot &hotspot : hotspots() )
      for ( const CategoryRate &rate : hotspot.rates )
        totalPerYear += rate.perYear;
    const double scale = kIncidentsPerYear / totalPerYear;

    std::vector<IncidentRecord> records;
    for ( const Hotspot &hotspot : hotspots() )
    {
      const std::vector<Path> lines = linesFor( hotspot );
      for ( const CategoryRate &rate : hotspot.rates )
      {
        const int count = mRandom.poisson( rate.perYear * scale * years );
        for ( int i = 0; i < count; ++i )
          records.push_back( makeIncident( hotspot, rate, lines ) );
      }
    }
    std::stable_sort( records.begin(), records.end(),
                      []( const IncidentRecord &a, const IncidentRecord &b )
                      { return a.fromUtc < b.fromUtc; } );
    return records;
  }

private:
  std::vector<Path> linesFor( const Hotspot &hotspot ) const
  {
    std::vector<Path> lines;
    for ( const Road &road : mTown.roads )
    {
      const bool wanted =
        hotspot.where == Where::Paths
          ? road.kind == "path"
          : std::find_if( hotspot.roadNames.begin(), hotspot.roadNames.end(),
                          [&]( const char *name ) { return road.name == name; } ) != hotspot.roadNames.end();
      if ( wanted )
        lines.push_back( road.path );
    }
    return lines;
  }

  bool isValidPlace( const XY &p ) const
  {
    return mTown.boundaryRegion.contains( p ) && !mTown.water.contains( p );
  }

  //! A location for the hotspot; candidates in the water or outside the town are drawn again.
  XY drawPosition( const Hotspot &hotspot, const std::vector<Path> &lines )
  {
    double totalLength = 0;
    for ( const Path &line : lines )
      totalLength += pathLength( line );
    for ( int attempt = 0; attempt < 10000; ++attempt )
    {
      XY p;
      switch ( hotspot.where )
      {
      case Where::Point:
      {
        const XY centre = fromSquare( hotspot.offset );
        p = { centre.x + hotspot.sigmaMeters * mRandom.normal(),
              centre.y + hotspot.sigmaMeters * mRandom.normal() };
        break;
      }
      case Where::Roads:
      case Where::Paths:
      {
        if ( lines.empty() )
          throw std::logic_error( std::string( "No roads for " ) + hotspot.name );
        double along = mRandom.uniform( 0, totalLength );
        size_t index = 0;
        while ( index + 1 < lines.size() && along > pathLength( lines[index] ) )
          along -= pathLength( lines[index++] );
        const XY onLine = pointAlong( lines[index], along );
        p = { onLine.x + hotspot.sigmaMeters * mRandom.normal(),
              onLine.y + hotspot.sigmaMeters * mRandom.normal() };
        break;
      }
      case Where::BuiltUp:
      {
        const OGREnvelope &e = mTown.builtUp.envelope();
        p = { mRandom.uniform( e.MinX, e.MaxX ), mRandom.uniform( e.MinY, e.MaxY ) };
        if ( !mTown.builtUp.contains( p ) )
          continue;
        break;
      }
      }
      if ( isValidPlace( p ) )
        return { std::round( p.x * 10 ) / 10, std::round( p.y * 10 ) / 10 };
    }
    throw std::logic_error( std::string( "No place on land for " ) + hotspot.name );
  }

  //! A local day and minute drawn from the profile by rejection sampling.
  int64_t drawLocalTime( Profile profile )
  {
    const TimeProfile &p = timeProfile( profile );
    for ( int attempt = 0; attempt < 100000; ++attempt )
    {
      const int64_t day =
        mPeriod.firstDay + mRandom.uniformInt( 0, static_cast<int>( mPeriod.dayCount() ) - 1 );
      const int minute = mRandom.uniformInt( 0, 24 * 60 - 1 );
      const int hour = minute / 60;
      const int weekday = weekdayOfDays( p.shiftNights && hour < 6 ? day - 1 : day );
      const int month = daysToCivil( day ).month;
      if ( mRandom.uniform() < p.hour[hour] * p.day[weekday] * p.month[month - 1] )
        return day * kSecondsPerDay + minute * 60;
    }
    throw std::logic_error( "Time profile never accepts" );
  }

  //! Local seconds for a day at a time drawn between two hours, on a five-minute grid as reports give it.
  int64_t localAt( int64_t day, double fromHour, double toHour )
  {
    const int minute = static_cast<int>( mRandom.uniform( fromHour, toHour ) * 12 ) * 5;
    return day * kSecondsPerDay + minute * 60;
  }

  //! Replaces the instant by an interval when the event was found afterwards; false if it would leave the
  //! period.
  bool makeInterval( Interval kind, int64_t instantLocal, int64_t &fromLocal, int64_t &untilLocal )
  {
    const int64_t day = floorDiv( instantLocal, kSecondsPerDay );
    const int hour = static_cast<int>( ( instantLocal - day * kSecondsPerDay ) / 3600 );
    switch ( kind )
    {
    case Interval::None:
      return false;
    case Interval::Hours:
      fromLocal = instantLocal;
      untilLocal = instantLocal + mRandom.uniformInt( 4, 20 ) * 15 * 60;
      break;
    case Interval::Overnight:
    {
      const int64_t evening = hour < 12 ? day - 1 : day;
      fromLocal = localAt( evening, 17, 22 );
      untilLocal = localAt( evening + 1, 5.5, 8.5 );
      break;
    }
    case Interval::WeekendFound:
    {
      const int64_t friday = day - ( weekdayOfDays( day ) + 7 - 4 ) % 7;
      fromLocal = localAt( friday, 15, 18.5 );
      untilLocal = localAt( friday + 3, 6, 8 );
      break;
    }
    case Interval::MultiDay:
      fromLocal = localAt( day, 8, 20 );
      untilLocal = localAt( day + mRandom.uniformInt( 1, 5 ), 7, 18 );
      break;
    case Interval::Workday:
      fromLocal = localAt( day, 6.5, 9 );
      untilLocal = localAt( day, 15, 18.5 );
      break;
    }
    return true;
  }

  IncidentRecord makeIncident( const Hotspot &hotspot, const CategoryRate &rate,
                               const std::vector<Path> &lines )
  {
    IncidentRecord record;
    record.category = rate.category;
    record.placeType = rate.placeType ? rate.placeType : hotspot.placeType;
    record.position = drawPosition( hotspot, lines );

    const int64_t instantLocal = drawLocalTime( rate.profile );
    record.fromUtc = stockholmLocalToUtc( instantLocal );
    int64_t fromLocal = 0, untilLocal = 0;
    if ( rate.intervalShare > 0 && mRandom.chance( rate.intervalShare ) &&
         makeInterval( rate.interval, instantLocal, fromLocal, untilLocal ) )
    {
      const int64_t fromUtc = stockholmLocalToUtc( fromLocal );
      const int64_t untilUtc = stockholmLocalToUtc( untilLocal );
      if ( fromUtc >= mPeriod.startUtc && untilUtc <= mPeriod.endUtc && untilUtc > fromUtc )
      {
        record.fromUtc = fromUtc;
        record.untilUtc = untilUtc;
      }
    }

    const Reporting *reporting = nullptr;
    for ( const Reporting &r : kReporting )
      if ( record.category == r.category )
        reporting = &r;
    const double policeShare = reporting ? reporting->policeShare : kDefaultPoliceShare;
    if ( mRandom.chance( policeShare ) )
    {
      record.source = "police";
      record.organisation = "Polisen";
    }
    else
    {
      record.source = "est";
      const bool usual =
        reporting && reporting->usualReporter && mRandom.chance( reporting->usualReporterShare );
      record.organisation = usual ? reporting->usualReporter : mRandom.pick( hotspot.reporters );
    }
    if ( record.source == "est" )
      record.fromUtc -= record.fromUtc % 300; // EST reports give times to five minutes

    const double weightDraw = mRandom.uniform();
    record.weight = weightDraw < 0.03 ? 3 : weightDraw < 0.11 ? 2 : 1;
    record.description = mRandom.pick( phrasesFor( record.category, record.placeType ).texts );

    // Police records arrive within a day or two, at any hour; EST actors report within the week, in office
    // hours on a weekday.
    const int64_t known = record.untilUtc >= 0 ? record.untilUtc : record.fromUtc;
    int64_t created = 0;
    if ( record.source == "police" )
      created = known + mRandom.uniformInt( 1, 48 ) * 3600;
    else
    {
      int64_t day = floorDiv( utcToStockholmLocal( known ), kSecondsPerDay ) + mRandom.uniformInt( 0, 6 );
      const int64_t time = localAt( 0, 8, 16.5 );
      do
      {
        while ( weekdayOfDays( day ) >= 5 )
          ++day;
        created = stockholmLocalToUtc( day * kSecondsPerDay + time );
        ++day;
      } while ( created < known );
    }
    record.createdUtc = std::max( known, std::min( created, mPeriod.endUtc ) );
    return record;
  }

  const Town &mTown;
  const Period &mPeriod;
  Random &mRandom;
};

// ---------------------------------------------------------------------------------------------------------------
// Safety walks, observations and actions

struct ActionPlan
{
  const char *title;
  const char *status; // proposed, decided, in_progress, done, rejected
  const char *responsible;
  int priority;
  int doneAfterDays; // after the decision, for done actions
  const char *rejectionReason;
};

struct StopSpec
{
  XY offset;
  const char *checklistItem;
  int rating; // 0 = very unsafe … 3 = good
  bool positive;
  const char *note;
  const char *proposedAction;
  std::vector<ActionPlan> actions; // what the follow-up made of it (none for good places)
};

enum class WalkTiming
{
  LastAutumn, // the oldest, followed up
  LastSpring,
  Upcoming, // planned, after the period
};

struct WalkSpec
{
  const char *name;
  const char *areaName;
  const char *lightCondition;
  const char *status;
  WalkTiming timing;
  int participants;
  int startHour;
  const char *organiser;
  std::vector<XY> route;
  std::vector<StopSpec> stops;
};

const std::vector<WalkSpec> &walkSpecs()
{
  static const std::vector<WalkSpec> sWalks = {
    { "Trygghetsvandring Centrum–stationen",
      "Centrum",
      "dark",
      "followed_up",
      WalkTiming::LastAutumn,
      14,
      18,
      "Kommunen (trygghetssamordnare) och Polisen",
      { { 0, 0 },
        { -100, 0 },
        { -100, -160 },
        { -210, -160 },
        { -210, 280 },
        { 120, 280 },
        { 120, 650 },
        { 450, 650 },
        { 480, 780 },
        { 500, 1000 } },
      {
        { { 0, 0 },
          "helhetsintryck",
          3,
          true,
          "Stora torget: väl upplyst, folkliv och öppna caféer kvällstid",
          "",
          {} },
        { { -40, -95 },
          "underhall",
          1,
          false,
          "Fulla papperskorgar och skräp vid bänkarna på torgets södra del",
          "Tätare tömning av papperskorgar fredag–söndag",
          { { "Tätare tömning av papperskorgar vid Stora torget", "done", "Gatu- och parkenheten", 2, 30,
              nullptr } } },
        { { -170, -155 },
          "belysning",
          0,
          false,
          "Drottninggatan mot ån: två gatlampor släckta, mörk passage",
          "Byt trasiga armaturer och se över belysningen mot ån",
          { { "Byt armaturer på Drottninggatan mot ån", "done", "Gatu- och parkenheten", 1, 21, nullptr } } },
        { { -205, 100 },
          "sikt",
          1,
          false,
          "Västra Strandgatan: höga buskar längs ån skymmer sikten mot gångvägen",
          "Gallra buskaget längs ån till högst en halv meter",
          { { "Gallra buskage längs Västra Strandgatan", "done", "Gatu- och parkenheten", 2, 60,
              nullptr } } },
        { { -20, 285 },
          "folkliv",
          1,
          false,
          "Kyrkogatan kvällstid: öde, stängda lokaler och få fönster mot gatan",
          "Uppmuntra fastighetsägare att tända skyltfönster kvällstid",
          { { "Tända skyltfönster kvällstid på Kyrkogatan", "rejected", "Gatu- och parkenheten", 3, 0,
              "Ligger hos fastighetsägarna; frågan lyfts i centrumföreningen i stället" } } },
        { { 40, 275 },
          "belysning",
          3,
          true,
          "Kyrkogatan vid biblioteket: ny belysning, upplevs tryggt",
          "",
          {} },
        { { 120, 285 },
          "trafiksakerhet",
          1,
          false,
          "Korsningen Kungsgatan–Kyrkogatan: hög fart och otydligt övergångsställe",
          "Bygg om till upphöjt övergångsställe",
          { { "Upphöjt övergångsställe Kungsgatan–Kyrkogatan", "in_progress", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { 125, 460 },
          "overblickbarhet",
          1,
          false,
          "Kungsgatan: infarten till parkeringsgården är mörk och skymd",
          "Belysning och trafikspegel vid infarten",
          { { "Belysning vid parkeringsgårdens infart", "done", "Exempelbostäder AB", 2, 45, nullptr } } },
        { { 300, 690 },
          "kollektivtrafik",
          2,
          false,
          "Resecentrum: upplyst väntsal, men den stänger klockan 22",
          "Förlängda öppettider för väntsalen fredag och lördag",
          { { "Öppen väntsal till 01 fredag och lördag", "decided", "Kollektivtrafiken", 2, 0, nullptr } } },
        { { 370, 660 },
          "underhall",
          0,
          false,
          "Cykelparkeringen vid Resecentrum: klotter, övergivna cyklar och krossat glas",
          "Städa cykelparkeringen och rensa övergivna cyklar",
          { { "Städning och cykelrensning vid Resecentrum", "done", "Gatu- och parkenheten", 1, 20,
              nullptr } } },
        { { 478, 775 },
          "belysning",
          0,
          false,
          "Gångtunneln under järnvägen: trasiga lysrör, mörk och lång",
          "Ny belysning och ljus målning i gångtunneln",
          { { "Ny belysning i gångtunneln vid stationen", "in_progress", "Gatu- och parkenheten", 1, 0,
              nullptr } } },
        { { 484, 805 },
          "alternativa_vagar",
          0,
          false,
          "Gångtunneln: ingen alternativ väg och ingen sikt till utgången",
          "Speglar vid tunnelmynningarna",
          { { "Speglar vid gångtunnelns mynningar", "rejected", "Gatu- och parkenheten", 3, 0,
              "Ersätts av ny belysning i tunneln; speglar bedöms ge liten effekt" } } },
        { { 497, 960 },
          "tillganglighet",
          2,
          false,
          "Stationsstigen norr om järnvägen: brant backe och ojämn beläggning",
          "Laga beläggningen",
          {} },
      } },
    { "Trygghetsvandring Strandparken",
      "Strandparken/Hamnen",
      "daylight",
      "done",
      WalkTiming::LastSpring,
      9,
      17,
      "Kommunen (trygghetssamordnare) och Gatu- och parkenheten",
      { { -250, -1290 },
        { -300, -1330 },
        { -520, -1170 },
        { -700, -930 },
        { -830, -640 },
        { -1050, -380 },
        { -1300, -180 },
        { -1400, 0 },
        { -1420, 162 } },
      {
        { { -245, -1280 },
          "kollektivtrafik",
          2,
          false,
          "Hållplats Hamnen: väderskydd finns men tidtabellen är klottrad",
          "Sanera och byt tidtabell",
          {} },
        { { -330, -1320 }, "folkliv", 3, true, "Hamnen: mycket folk och öppen uteservering", "", {} },
        { { -430, -1240 },
          "underhall",
          1,
          false,
          "Gästhamnens toalettbyggnad: klotter och trasig dörr",
          "Sanera klotter och laga dörren",
          { { "Sanering och ny dörr vid gästhamnens toalett", "done", "Gatu- och parkenheten", 2, 25,
              nullptr } } },
        { { -540, -1145 },
          "sikt",
          1,
          false,
          "Gångbron över Varnan: täta buskar vid brofästet",
          "Röj vegetationen vid brofästet",
          { { "Röjning vid gångbron över Varnan", "decided", "Gatu- och parkenheten", 2, 0, nullptr } } },
        { { -715, -905 },
          "belysning",
          1,
          false,
          "Strandpromenaden väster om ån: belysning saknas på en lång sträcka",
          "Komplettera belysningen längs promenaden",
          { { "Ny belysning längs Strandpromenaden", "proposed", "Gatu- och parkenheten", 1, 0, nullptr } } },
        { { -800, -690 },
          "overblickbarhet",
          3,
          true,
          "Badplatsen: öppen yta och god överblick över vattnet",
          "",
          {} },
        { { -900, -540 },
          "underhall",
          0,
          false,
          "Grillplatsen: mycket skräp, kapsyler och krossat glas",
          "Fler papperskorgar och tätare städning sommartid",
          { { "Fler papperskorgar vid grillplatsen", "in_progress", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { -990, -430 },
          "folkliv",
          1,
          false,
          "Skogspartiet vid udden: öde, få rör sig här kvällstid",
          "Flytta utegymmet närmare gångvägen",
          { { "Utegym närmare Strandpromenaden", "proposed", "Gatu- och parkenheten", 3, 0, nullptr } } },
        { { -1120, -320 },
          "trafiksakerhet",
          2,
          false,
          "Infarten till Strandparkens parkering: mopeder kör in på gångvägen",
          "Bommar vid gångvägens infarter",
          { { "Bommar vid Strandpromenadens infarter", "decided", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { -1180, -270 },
          "tillganglighet",
          1,
          false,
          "Trappan ner mot bryggan saknar ledstång",
          "Montera ledstång",
          { { "Ledstång vid trappan mot bryggan", "done", "Gatu- och parkenheten", 3, 30, nullptr } } },
        { { -1300, -170 },
          "helhetsintryck",
          2,
          false,
          "Strandparken dagtid: trivsam, men upplevs otrygg efter mörkrets inbrott",
          "Ny vandring i mörker efter åtgärderna",
          {} },
        { { -1415, 150 },
          "belysning",
          3,
          true,
          "Storgatans västra del: bra belysning och många fönster mot gatan",
          "",
          {} },
      } },
    { "Trygghetsvandring Norrbacka",
      "Norr (bostadsområde)",
      "dark",
      "planned",
      WalkTiming::Upcoming,
      11,
      18,
      "Kommunen (trygghetssamordnare), Exempelbostäder AB och Polisen",
      { { 220, 1100 }, { 236, 1650 }, { 450, 1640 }, { 450, 1700 }, { 600, 1760 }, { 800, 1840 } },
      {} },
  };
  return sWalks;
}

struct AreaActionSpec
{
  const char *title;
  const char *description;
  const char *areaName;
  const char *responsible;
  int priority;
  const char *status;
  int createdDaysBeforeEnd;
  int doneAfterDays;
  const char *rejectionReason;
};

// Actions the EST group decided from the lägesbild rather than from a walk.
const std::vector<AreaActionSpec> &areaActions()
{
  static const std::vector<AreaActionSpec> sActions = {
    { "Riktad polisnärvaro vid Stora torget fredag och lördag natt",
      "Lägesbilden visar bråk och glaskross helgnätter kring torget och krogstråket.", "Centrum", "Polisen",
      1, "in_progress", 200, 0, nullptr },
    { "Trygghetsvärdar vid Resecentrum helgkvällar",
      "Samling och bråk vid stationen kvällstid; värdar fredag–lördag 20–02.", "Stationsområdet",
      "Trygghetsvärdar", 1, "done", 330, 60, nullptr },
    { "Klottersanering inom 24 timmar vid skolorna",
      "Klotter hittas måndagar efter helger; snabb sanering minskar nytt klotter.", "Norr (bostadsområde)",
      "Skolan", 2, "decided", 90, 0, nullptr },
    { "Kvällsöppet på fritidsgården fredagar", "Samlingar i trapphusen i Norrbacka vintertid.",
      "Norr (bostadsområde)", "Fritidsgården", 2, "proposed", 40, 0, nullptr },
    { "Kameraövervakning vid Resecentrum", "Förslag från referensgruppen.", "Stationsområdet",
      "Kollektivtrafiken", 3, "rejected", 260, 0,
      "Belysning och trygghetsvärdar prövas först; frågan tas upp igen vid årsuppföljningen" },
    { "Belysningsinventering i Östra industriområdet",
      "Inbrott och bränder nattetid; mörka ytor mellan lagerbyggnaderna.", "Öster (industriområde)",
      "Gatu- och parkenheten", 2, "decided", 150, 0, nullptr },
  };
  return sActions;
}

//! The latest date with the given month and day on or before limitDay, moved back to the wanted weekday.
int64_t latestDate( int month, int day, int weekday, int64_t limitDay )
{
  int year = daysToCivil( limitDay ).year;
  int64_t candidate = daysFromCivil( year, month, day );
  if ( candidate > limitDay )
    candidate = daysFromCivil( year - 1, month, day );
  return candidate - ( weekdayOfDays( candidate ) - weekday + 7 ) % 7;
}

struct WalkDates
{
  std::vector<int64_t> days; // per walk in walkSpecs()
};

WalkDates walkDates( const Period &period )
{
  WalkDates dates;
  // A dark November Tuesday about a year back (time for follow-up), else the latest one in a short period.
  int64_t autumn = latestDate( 11, 6, 1, period.lastDay - 200 );
  if ( autumn < period.firstDay + 14 )
    autumn = latestDate( 11, 6, 1, period.lastDay - 60 );
  if ( autumn < period.firstDay + 14 )
    autumn = period.firstDay + 30 + ( 8 - weekdayOfDays( period.firstDay + 30 ) ) % 7; // the Tuesday after
  int64_t spring = latestDate( 5, 14, 2, period.lastDay - 30 );
  if ( spring <= autumn + 60 )
    spring = std::min( autumn + 120, period.lastDay - 14 );
  const int64_t upcoming = period.lastDay + 24 + ( 8 - weekdayOfDays( period.lastDay + 24 ) ) % 7;
  for ( const WalkSpec &walk : walkSpecs() )
  {
    switch ( walk.timing )
    {
    case WalkTiming::LastAutumn:
      dates.days.push_back( autumn );
      break;
    case WalkTiming::LastSpring:
      dates.days.push_back( spring );
      break;
    case WalkTiming::Upcoming:
      dates.days.push_back( upcoming );
      break;
    }
  }
  return dates;
}

// ---------------------------------------------------------------------------------------------------------------
// Writing

std::vector<unsigned char> blobOf( const OGRGeometry &geometry )
{
  std::vector<unsigned char> wkb( static_cast<size_t>( geometry.WkbSize() ) );
  geometry.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  OGREnvelope e;
  geometry.getEnvelope( &e );
  return encodeGpkgWkb( kSrsId, wkb, Envelope{ e.MinX, e.MinY, e.MaxX, e.MaxY } );
}

void bindGeometry( Statement &statement, int index, const std::vector<unsigned char> &blob )
{
  statement.bindBlob( index, blob.data(), static_cast<int>( blob.size() ) );
}

struct MapLayer
{
  const char *table;
  const char *geometryType;
  const char *columns;
  const char *identifier;
};

// Bottom to top, as a map would draw them.
const MapLayer kMapLayers[] = {
  { "map_boundary", "MULTIPOLYGON", "name TEXT", "Kommungräns (exempel)" },
  { "map_landuse", "MULTIPOLYGON",
    "kind TEXT NOT NULL CHECK (kind IN ('residential', 'centre', 'industrial', 'park', 'forest', 'field')), "
    "name TEXT",
    "Markanvändning (exempel)" },
  { "map_water", "MULTIPOLYGON", "name TEXT, kind TEXT CHECK (kind IN ('lake', 'river'))",
    "Vatten (exempel)" },
  { "map_buildings", "MULTIPOLYGON", "kind TEXT", "Byggnader (exempel)" },
  { "map_roads", "LINESTRING", "name TEXT, kind TEXT NOT NULL CHECK (kind IN ('arterial', 'street', 'path'))",
    "Vägar och gator (exempel)" },
  { "map_railway", "LINESTRING", "name TEXT", "Järnväg (exempel)" },
  { "map_pois", "POINT",
    "name TEXT, kind TEXT NOT NULL CHECK (kind IN ('station', 'square', 'school', 'shop', 'sports', "
    "'library', "
    "'church', 'bus_stop', 'youth_centre'))",
    "Målpunkter (exempel)" },
};

int64_t writeBaseMap( Database &db, const Town &town )
{
  std::string layerList;
  for ( const MapLayer &layer : kMapLayers )
  {
    db.exec( std::string( "CREATE TABLE " ) + layer.table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " +
             layer.geometryType + " NOT NULL, " + layer.columns + ")" );
    registerFeatureTable( db, layer.table, layer.geometryType, kSrsId, layer.identifier, kSyntheticDataNote );
    layerList += ( layerList.empty() ? "" : "," ) + std::string( layer.table );
  }

  int64_t features = 0;
  {
    Statement insert = db.prepare( "INSERT INTO map_boundary (geom, name) VALUES (?, ?)" );
    bindGeometry( insert, 1, blobOf( *town.boundary ) );
    insert.bind( 2, "Exempelkommun" );
    insert.run();
    ++features;
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_water (geom, name, kind) VALUES (?, ?, ?)" );
    bindGeometry( insert, 1, blobOf( *town.lake ) );
    insert.bind( 2, "Vänern" ).bind( 3, "lake" );
    insert.run();
    bindGeometry( insert, 1, blobOf( *town.river ) );
    insert.bind( 2, "Varnan" ).bind( 3, "river" );
    insert.run();
    features += 2;
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_landuse (geom, kind, name) VALUES (?, ?, ?)" );
    for ( const Landuse &landuse : town.landuse )
    {
      bindGeometry( insert, 1, blobOf( *landuse.geometry ) );
      insert.bind( 2, landuse.kind ).bindTextOrNull( 3, landuse.kind == "field" ? "" : landuse.name );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_buildings (geom, kind) VALUES (?, ?)" );
    for ( const Building &building : town.buildings )
    {
      const auto corners = building.footprint.corners();
      OGRMultiPolygon footprint;
      footprint.addGeometryDirectly( makePolygon( Path( corners.begin(), corners.end() ) ).release() );
      bindGeometry( insert, 1, blobOf( footprint ) );
      insert.bind( 2, building.kind );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_roads (geom, name, kind) VALUES (?, ?, ?)" );
    for ( const Road &road : town.roads )
    {
      bindGeometry( insert, 1, blobOf( *makeLine( road.path ) ) );
      insert.bind( 2, road.name ).bind( 3, road.kind );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_railway (geom, name) VALUES (?, ?)" );
    for ( const Path &part : town.railway )
    {
      bindGeometry( insert, 1, blobOf( *makeLine( part ) ) );
      insert.bind( 2, "Värmlandsbanan" );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_pois (geom, name, kind) VALUES (?, ?, ?)" );
    for ( const PoiSpec &poi : pois() )
    {
      const XY p = fromSquare( poi.offset );
      bindGeometry( insert, 1, encodeGpkgPoint( kSrsId, p.x, p.y ) );
      insert.bind( 2, poi.name ).bind( 3, poi.kind );
      insert.run();
      ++features;
    }
  }

  // Layer extents from the R-tree, so GIS clients need not scan the features.
  for ( const MapLayer &layer : kMapLayers )
  {
    const std::string rtree = std::string( "rtree_" ) + layer.table + "_geom";
    db.exec( "UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM " + rtree +
             "), max_x = (SELECT max(maxx) FROM " + rtree + "), min_y = (SELECT min(miny) FROM " + rtree +
             "), max_y = (SELECT max(maxy) FROM " + rtree + ") WHERE table_name = '" + layer.table + "'" );
  }

  Statement meta =
    db.prepare( "INSERT OR REPLACE INTO tryggkarta_meta (key, value) VALUES ('basemap_layers', ?)" );
  meta.bind( 1, layerList );
  meta.run();
  return features;
}

std::map<std::string, int64_t> writeAreas( Database &db, const Town &town, int64_t &count )
{
  std::map<std::string, int64_t> ids;
  const GeometryPtr land = difference( *town.boundary, town.lake.get() );
  Statement insert = db.prepare( "INSERT INTO areas (geom, name, kind, code, note) VALUES (?, ?, ?, ?, ?)" );
  int estNumber = 0, districtNumber = 0;
  for ( const AreaSpec &spec : areaSpecs() )
  {
    const MultiPolygonPtr polygons =
      polygonsOf( intersection( *makePolygon( fromSquare( spec.ring ) ), *land ).get(), 1000 );
    if ( polygons->IsEmpty() )
      continue;
    const bool est = std::string( spec.kind ) == "est_area";
    const std::string code =
      est ? "EST" + std::to_string( ++estNumber ) : "D" + std::to_string( ++districtNumber );
    bindGeometry( insert, 1, blobOf( *polygons ) );
    insert.bind( 2, spec.name ).bind( 3, spec.kind ).bind( 4, code ).bind( 5, kSyntheticDataNote );
    insert.run();
    ids[spec.name] = db.lastInsertId();
    ++count;
  }
  return ids;
}

void writeOrganisations( Database &db )
{
  const char *organisations[][2] = {
    { "Polisen", "police" },
    { "Gatu- och parkenheten", "municipality" },
    { "Fritidsgården", "municipality" },
    { "Skolan", "school" },
    { "Exempelbostäder AB", "housing" },
    { "Trygghetsvärdar", "security" },
    { "Räddningstjänsten", "rescue" },
    { "Kollektivtrafiken", "public_transport" },
  };
  Statement insert = db.prepare( "INSERT OR IGNORE INTO organisations (name, kind) VALUES (?, ?)" );
  for ( const auto &organisation : organisations )
  {
    insert.bind( 1, organisation[0] ).bind( 2, organisation[1] );
    insert.run();
  }
}

int64_t writeIncidents( Database &db, const std::vector<IncidentRecord> &records )
{
  Statement insert =
    db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, "
                "place_type, weight, description, source, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  std::vector<unsigned char> blob;
  for ( const IncidentRecord &r : records )
  {
    blob.clear();
    appendGpkgPoint( blob, kSrsId, r.position.x, r.position.y );
    bindGeometry( insert, 1, blob );
    insert.bind( 2, formatUtcIso( r.fromUtc ) );
    if ( r.untilUtc >= 0 )
      insert.bind( 3, formatUtcIso( r.untilUtc ) );
    else
      insert.bindNull( 3 );
    const std::string created = formatUtcIso( r.createdUtc );
    insert.bind( 4, r.category ).bind( 5, r.organisation ).bind( 6, r.placeType ).bind( 7, r.weight );
    insert.bind( 8, r.description ).bind( 9, r.source ).bind( 10, created ).bind( 11, created );
    insert.run();
  }
  return static_cast<int64_t>( records.size() );
}

//! Office time (10:00 local) on a date, as stored UTC text: when a protocol or decision was registered.
std::string officeTime( int64_t day )
{
  return localToUtcText( day, 10, 0 );
}

void writeWalks( Database &db, const Town &town, const Period &period,
                 const std::map<std::string, int64_t> &areaIds, Random &random, DemoSummary &summary )
{
  const WalkDates dates = walkDates( period );
  Statement walkInsert =
    db.prepare( "INSERT INTO safety_walks (geom, name, walk_date, light_condition, area_id, organiser, "
                "participants, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  Statement observationInsert = db.prepare(
    "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, note, proposed_action, "
    "observed_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  Statement actionInsert =
    db.prepare( "INSERT INTO actions (title, description, observation_id, area_id, responsible_organisation, "
                "priority, deadline, "
                "status, decided_date, done_date, rejection_reason, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );

  auto writeAction = [&]( const char *title, const std::string &description, int64_t observationId,
                          int64_t areaId, const char *responsible, int priority, const std::string &status,
                          int64_t createdDay, int doneAfterDays, const char *rejectionReason )
  {
    const bool decided = status != "proposed";
    const int64_t decidedDay = std::min( createdDay + 18, period.lastDay );
    const int64_t doneDay = std::min( decidedDay + std::max( doneAfterDays, 1 ), period.lastDay );
    const int64_t deadlineDay = ( decided ? decidedDay : createdDay ) + 60 * priority;
    actionInsert.bind( 1, title ).bindTextOrNull( 2, description );
    if ( observationId > 0 )
      actionInsert.bind( 3, observationId );
    else
      actionInsert.bindNull( 3 );
    if ( areaId > 0 )
      actionInsert.bind( 4, areaId );
    else
      actionInsert.bindNull( 4 );
    actionInsert.bind( 5, responsible ).bind( 6, priority );
    if ( status != "rejected" )
      actionInsert.bind( 7, formatDate( deadlineDay ) );
    else
      actionInsert.bindNull( 7 );
    actionInsert.bind( 8, status );
    if ( decided )
      actionInsert.bind( 9, formatDate( decidedDay ) );
    else
      actionInsert.bindNull( 9 );
    if ( status == "done" )
      actionInsert.bind( 10, formatDate( doneDay ) );
    else
      actionInsert.bindNull( 10 );
    actionInsert.bindTextOrNull( 11, rejectionReason ? rejectionReason : "" );
    actionInsert.bindNull( 12 );
    const int64_t lastChange = status == "done" ? doneDay : decided ? decidedDay : createdDay;
    actionInsert.bind( 13, officeTime( createdDay ) ).bind( 14, officeTime( lastChange ) );
    actionInsert.run();
    ++summary.actions;
  };

  const std::vector<WalkSpec> &walks = walkSpecs();
  for ( size_t w = 0; w < walks.size(); ++w )
  {
    const WalkSpec &walk = walks[w];
    const int64_t day = dates.days[w];
    const auto area = areaIds.find( walk.areaName );
    const int64_t areaId = area != areaIds.end() ? area->second : 0;
    std::string note;
    if ( walk.timing == WalkTiming::LastAutumn )
      note = "Protokoll skickat. Uppföljningsmöte hölls " +
             formatDate( std::min( day + 70, period.lastDay ) ) + ".";
    else if ( walk.timing == WalkTiming::LastSpring )
      note = "Protokoll skickat till berörda förvaltningar och Exempelbostäder AB.";
    else
      note = "Inbjudan skickad till boende, Exempelbostäder AB och Polisen. " +
             std::to_string( walk.participants ) + " anmälda.";

    bindGeometry( walkInsert, 1, blobOf( *makeLine( fromSquare( walk.route ) ) ) );
    walkInsert.bind( 2, walk.name ).bind( 3, formatDate( day ) ).bind( 4, walk.lightCondition );
    if ( areaId > 0 )
      walkInsert.bind( 5, areaId );
    else
      walkInsert.bindNull( 5 );
    walkInsert.bind( 6, walk.organiser ).bind( 7, walk.participants ).bind( 8, walk.status ).bind( 9, note );
    walkInsert.run();
    const int64_t walkId = db.lastInsertId();
    ++summary.safetyWalks;

    for ( size_t s = 0; s < walk.stops.size(); ++s )
    {
      const StopSpec &stop = walk.stops[s];
      // Participants stand near the place, not on it: a few metres of scatter, never in the water.
      const XY place = fromSquare( stop.offset );
      XY p = place;
      for ( int attempt = 0; attempt == 0 || town.water.contains( p ); ++attempt )
      {
        if ( attempt == 100 )
          throw std::logic_error( std::string( "Safety-walk stop in the water: " ) + stop.note );
        p = { std::round( ( place.x + 3 * random.normal() ) * 10 ) / 10,
              std::round( ( place.y + 3 * random.normal() ) * 10 ) / 10 };
      }
      const std::string observedAt = formatUtcIso( stockholmLocalToUtc(
        day * kSecondsPerDay + walk.startHour * 3600 + static_cast<int64_t>( s ) * 7 * 60 ) );
      const std::string created = officeTime( day + 2 );
      bindGeometry( observationInsert, 1, encodeGpkgPoint( kSrsId, p.x, p.y ) );
      observationInsert.bind( 2, walkId ).bind( 3, stop.checklistItem ).bind( 4, stop.rating );
      observationInsert.bind( 5, stop.positive ? 1 : 0 )
        .bind( 6, stop.note )
        .bindTextOrNull( 7, stop.proposedAction );
      observationInsert.bind( 8, observedAt ).bind( 9, created ).bind( 10, created );
      observationInsert.run();
      const int64_t observationId = db.lastInsertId();
      ++summary.observations;

      for ( const ActionPlan &plan : stop.actions )
        writeAction( plan.title, stop.proposedAction, observationId, areaId, plan.responsible, plan.priority,
                     plan.status, day + 3, plan.doneAfterDays, plan.rejectionReason );
    }
  }

  for ( const AreaActionSpec &spec : areaActions() )
  {
    const auto area = areaIds.find( spec.areaName );
    const int64_t createdDay = std::max( period.lastDay - spec.createdDaysBeforeEnd, period.firstDay );
    writeAction( spec.title, spec.description, 0, area != areaIds.end() ? area->second : 0, spec.responsible,
                 spec.priority, spec.status, createdDay, spec.doneAfterDays, spec.rejectionReason );
  }
}

void writeMeta( Database &db, const DemoOptions &options )
{
  Statement meta = db.prepare( "INSERT OR REPLACE INTO tryggkarta_meta (key, value) VALUES (?, ?)" );
  const std::pair<const char *, std::string> values[] = {
    { "synthetic_data", kSyntheticDataNote },          { "municipality_name", "Exempelkommun" },
    { "demo_seed", std::to_string( options.seed ) },   { "demo_until", options.untilDate },
    { "demo_years", std::to_string( options.years ) },
  };
  for ( const auto &[key, value] : values )
  {
    meta.bind( 1, key ).bind( 2, value );
    meta.run();
  }
}

} // namespace

Expected<DemoSummary> createDemoProject( const std::string &path, const DemoOptions &options )
{
  int64_t untilDay = 0;
  if ( !parseIsoDate( options.untilDate, untilDay ) )
    return Error( MessageCode::DemoBadEndDate, options.untilDate );
  if ( options.years < 1 || options.years > 10 )
    return Error( MessageCode::DemoBadYears, options.years );

  Period period;
  const CivilDate until = daysToCivil( untilDay );
  // Clamp 29 February to the 28th in a year without it.
  const int64_t sameDayEarlier = daysFromCivil( until.year - options.years, until.month, until.day );
  const bool dayExists = daysToCivil( sameDayEarlier ).day == until.day;
  period.firstDay =
    ( dayExists ? sameDayEarlier : daysFromCivil( until.year - options.years, until.month, 28 ) ) + 1;
  period.lastDay = untilDay;
  period.startUtc = stockholmLocalToUtc( period.firstDay * kSecondsPerDay );
  period.endUtc = stockholmLocalToUtc( period.lastDay * kSecondsPerDay + kSecondsPerDay - 1 );

  auto created = ProjectFile::create( path );
  if ( !created )
    return Error{ created.error() };
  std::unique_ptr<ProjectFile> project = std::move( created.value() );

  std::string failure;
  DemoSummary summary;
  try
  {
    const Town town = buildTown();
    Random random( options.seed );
    IncidentGenerator generator( town, period, random );
    const std::vector<IncidentRecord> incidents = generator.generate( options.years );

    Database &db = project->db();
    Transaction transaction( db );
    summary.baseMapFeatures = writeBaseMap( db, town );
    const std::map<std::string, int64_t> areaIds = writeAreas( db, town, summary.areas );
    writeOrganisations( db );
    summary.incidents = writeIncidents( db, incidents );
    writeWalks( db, town, period, areaIds, random, summary );
    writeMeta( db, options );
    transaction.commit();
  }
  catch ( const std::exception &e )
  {
    failure = e.what();
  }
  if ( failure.empty() )
    return summary;

  project.reset();
  std::error_code ec;
  std::filesystem::remove( path, ec );
  return Error( MessageCode::DemoCreateFailed, path, failure );
}

} // namespace tryggkarta

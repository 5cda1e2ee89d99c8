#include "demoparts.h"

#include "datetimeparser.h"
#include "geometryblob.h"

#include <cstdio>

// The demo's shared helpers: dates, plane geometry and geometry blobs.

namespace tryggkarta::demo
{

namespace
{

// Stora torget, the square: Kristinehamn's real centre in SWEREF 99 TM. All map data is given in metres east
// and north of it.
constexpr double kSquareEasting = 449270.0;
constexpr double kSquareNorthing = 6574920.0;

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

} // namespace

CivilDate daysToCivil( int64_t days )
{
  CivilDate date;
  civilFromDays( days, date.year, date.month, date.day );
  return date;
}

std::string formatDate( int64_t days )
{
  const CivilDate date = daysToCivil( days );
  char buffer[16];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day );
  return buffer;
}

std::string localToUtcText( int64_t days, int hour, int minute )
{
  return formatUtcIso( stockholmWallClockToUtc( days * kSecondsPerDay + hour * 3600 + minute * 60 ) );
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

double pathLength( const Path &path )
{
  double length = 0;
  for ( size_t i = 1; i < path.size(); ++i )
    length += distance( path[i - 1], path[i] );
  return length;
}

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

MultiPolygonPtr polygonsOf( const OGRGeometry *geometry, double minAreaSquareMeters )
{
  auto out = std::make_unique<OGRMultiPolygon>();
  collectPolygons( geometry, minAreaSquareMeters, *out );
  return out;
}

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

} // namespace tryggkarta::demo

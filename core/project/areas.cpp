#include "areas.h"

#include "projectfile.h"

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <limits>
#include <memory>
#include <optional>

namespace tryggkarta
{

namespace
{
std::string lowered( std::string text )
{
  for ( char &c : text )
    c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  return text;
}

void addRing( ProjectArea &area, const OGRLinearRing *ring )
{
  if ( !ring || ring->getNumPoints() < 3 )
    return;
  std::vector<std::pair<double, double>> points;
  points.reserve( static_cast<size_t>( ring->getNumPoints() ) );
  for ( int i = 0; i < ring->getNumPoints(); ++i )
    points.emplace_back( ring->getX( i ), ring->getY( i ) );
  area.rings.push_back( std::move( points ) );
}

void addPolygon( ProjectArea &area, const OGRPolygon *polygon )
{
  addRing( area, polygon->getExteriorRing() );
  for ( int i = 0; i < polygon->getNumInteriorRings(); ++i )
    addRing( area, polygon->getInteriorRing( i ) );
}

Expected<ProjectArea> areaFromRow( Statement &s )
{
  ProjectArea area;
  area.fid = s.int64( 0 );
  area.name = s.text( 2 );
  area.kind = s.text( 3 );
  area.code = s.isNull( 4 ) ? std::string() : s.text( 4 );
  const auto blob = s.blob( 1 );
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  if ( !wkb )
    return Error( MessageCode::AreaUnreadableGeometry, area.name );
  OGRGeometry *raw = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &raw, wkb->second ) != OGRERR_NONE || !raw )
    return Error( MessageCode::AreaUnreadableGeometry, area.name );
  std::unique_ptr<OGRGeometry> geometry( raw );
  const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
  if ( type == wkbPolygon )
    addPolygon( area, geometry->toPolygon() );
  else if ( type == wkbMultiPolygon )
    for ( const OGRPolygon *polygon : *geometry->toMultiPolygon() )
      addPolygon( area, polygon );
  else
    return Error( MessageCode::AreaNotPolygon, area.name );
  OGREnvelope envelope;
  geometry->getEnvelope( &envelope );
  area.envelope = Envelope{ envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY };
  if ( type == wkbPolygon )
    area.areaSquareMeters = geometry->toPolygon()->get_Area();
  else
    area.areaSquareMeters = geometry->toMultiPolygon()->get_Area();
  return area;
}

constexpr const char *kAreaColumns = "SELECT fid, geom, name, kind, code FROM areas";
} // namespace

bool ProjectArea::contains( double x, double y ) const
{
  if ( x < envelope.minX || x > envelope.maxX || y < envelope.minY || y > envelope.maxY )
    return false;
  bool inside = false;
  for ( const auto &ring : rings )
  {
    const size_t n = ring.size();
    for ( size_t i = 0, j = n - 1; i < n; j = i++ )
    {
      const double xi = ring[i].first, yi = ring[i].second;
      const double xj = ring[j].first, yj = ring[j].second;
      if ( ( yi > y ) != ( yj > y ) && x < ( xj - xi ) * ( y - yi ) / ( yj - yi ) + xi )
        inside = !inside;
    }
  }
  return inside;
}

std::string ProjectArea::label() const
{
  return code.empty() ? name : name + " (" + code + ")";
}

Expected<std::vector<ProjectArea>> loadAreas( ProjectFile &project, const std::string &kind )
{
  return loadAreas( project.db(), kind );
}

Expected<std::vector<ProjectArea>> loadAreas( Database &db, const std::string &kind )
{
  try
  {
    Statement s = db.prepare( std::string( kAreaColumns ) +
                              ( kind.empty() ? " ORDER BY fid" : " WHERE kind = ? ORDER BY fid" ) );
    if ( !kind.empty() )
      s.bind( 1, kind );
    std::vector<ProjectArea> areas;
    while ( s.step() )
    {
      auto area = areaFromRow( s );
      if ( !area )
        return Error{ area.error() };
      areas.push_back( std::move( area.value() ) );
    }
    return areas;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::AreasReadFailed, e.what() );
  }
}

Expected<ProjectArea> findArea( ProjectFile &project, const std::string &nameCodeOrFid )
{
  auto areas = loadAreas( project );
  if ( !areas )
    return Error{ areas.error() };
  const std::string wanted = lowered( nameCodeOrFid );
  for ( const ProjectArea &area : areas.value() )
    if ( std::to_string( area.fid ) == nameCodeOrFid || lowered( area.code ) == wanted ||
         lowered( area.name ) == wanted )
      return area;
  std::string known;
  for ( const ProjectArea &area : areas.value() )
    known += ( known.empty() ? "" : ", " ) + area.label();
  if ( known.empty() )
    return Error( MessageCode::AreaNoAreas, nameCodeOrFid );
  return Error( MessageCode::AreaNotFound, nameCodeOrFid, known );
}

Expected<std::optional<ProjectExtent>> projectExtent( ProjectFile &project, double marginMeters )
{
  return projectExtent( project.db(), marginMeters );
}

Expected<std::optional<ProjectExtent>> projectExtent( Database &db, double marginMeters )
{
  std::optional<Envelope> envelope;
  auto grow = [&envelope]( const Envelope &e )
  {
    if ( !envelope )
      envelope = e;
    envelope->minX = std::min( envelope->minX, e.minX );
    envelope->minY = std::min( envelope->minY, e.minY );
    envelope->maxX = std::max( envelope->maxX, e.maxX );
    envelope->maxY = std::max( envelope->maxY, e.maxY );
  };
  Message basis = Message::make( MessageCode::ExtentMunicipalityBoundary );
  try
  {
    if ( db.tableExists( "map_boundary" ) )
    {
      Statement s = db.prepare( "SELECT geom FROM map_boundary WHERE geom IS NOT NULL" );
      while ( s.step() )
      {
        const std::vector<unsigned char> blob = s.blob( 0 );
        if ( auto e = gpkgEnvelope( blob.data(), static_cast<int>( blob.size() ) ) )
          grow( *e );
      }
    }
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::BoundaryReadFailed, e.what() );
  }
  if ( !envelope )
  {
    auto areas = loadAreas( db );
    if ( !areas )
      return Error{ areas.error() };
    for ( const ProjectArea &area : areas.value() )
      grow( area.envelope );
    basis = Message::make( MessageCode::ExtentProjectAreas );
  }
  if ( !envelope )
    return std::optional<ProjectExtent>();
  envelope->minX -= marginMeters;
  envelope->minY -= marginMeters;
  envelope->maxX += marginMeters;
  envelope->maxY += marginMeters;
  return std::optional<ProjectExtent>( ProjectExtent{ *envelope, basis, marginMeters } );
}

AreaLocator::AreaLocator( const std::vector<ProjectArea> &areas ) : mAreas( areas )
{
  if ( areas.empty() )
    return;
  mExtent = areas.front().envelope;
  for ( const ProjectArea &area : areas )
  {
    mExtent.minX = std::min( mExtent.minX, area.envelope.minX );
    mExtent.minY = std::min( mExtent.minY, area.envelope.minY );
    mExtent.maxX = std::max( mExtent.maxX, area.envelope.maxX );
    mExtent.maxY = std::max( mExtent.maxY, area.envelope.maxY );
  }
  // About 4 buckets per area along each side keeps the candidate lists short.
  const int side =
    std::clamp( static_cast<int>( std::ceil( std::sqrt( double( areas.size() ) ) * 4 ) ), 1, 256 );
  mColumns = mRows = side;
  mCellWidth = std::max( ( mExtent.maxX - mExtent.minX ) / mColumns, 1e-9 );
  mCellHeight = std::max( ( mExtent.maxY - mExtent.minY ) / mRows, 1e-9 );
  mBuckets.assign( static_cast<size_t>( mColumns * mRows ), {} );
  for ( size_t i = 0; i < areas.size(); ++i )
  {
    const Envelope &e = areas[i].envelope;
    const int c0 = std::clamp( static_cast<int>( ( e.minX - mExtent.minX ) / mCellWidth ), 0, mColumns - 1 );
    const int c1 = std::clamp( static_cast<int>( ( e.maxX - mExtent.minX ) / mCellWidth ), 0, mColumns - 1 );
    const int r0 = std::clamp( static_cast<int>( ( e.minY - mExtent.minY ) / mCellHeight ), 0, mRows - 1 );
    const int r1 = std::clamp( static_cast<int>( ( e.maxY - mExtent.minY ) / mCellHeight ), 0, mRows - 1 );
    for ( int r = r0; r <= r1; ++r )
      for ( int c = c0; c <= c1; ++c )
        mBuckets[static_cast<size_t>( r * mColumns + c )].push_back( static_cast<int>( i ) );
  }
}

int AreaLocator::locate( double x, double y ) const
{
  if ( mAreas.empty() || x < mExtent.minX || x > mExtent.maxX || y < mExtent.minY || y > mExtent.maxY )
    return -1;
  const int c = std::clamp( static_cast<int>( ( x - mExtent.minX ) / mCellWidth ), 0, mColumns - 1 );
  const int r = std::clamp( static_cast<int>( ( y - mExtent.minY ) / mCellHeight ), 0, mRows - 1 );
  for ( int index : mBuckets[static_cast<size_t>( r * mColumns + c )] )
    if ( mAreas[static_cast<size_t>( index )].contains( x, y ) )
      return index;
  return -1;
}

std::vector<int> AreaLocator::locateAll( double x, double y ) const
{
  std::vector<int> found;
  if ( mAreas.empty() || x < mExtent.minX || x > mExtent.maxX || y < mExtent.minY || y > mExtent.maxY )
    return found;
  const int c = std::clamp( static_cast<int>( ( x - mExtent.minX ) / mCellWidth ), 0, mColumns - 1 );
  const int r = std::clamp( static_cast<int>( ( y - mExtent.minY ) / mCellHeight ), 0, mRows - 1 );
  for ( int index : mBuckets[static_cast<size_t>( r * mColumns + c )] )
    if ( mAreas[static_cast<size_t>( index )].contains( x, y ) )
      found.push_back( index );
  return found;
}

} // namespace tryggkarta

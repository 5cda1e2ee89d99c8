#include "gpx.h"

#include "calendar.h"
#include "coordinatedetection.h"
#include "paths.h"
#include "sha256.h"
#include "stockholmzone.h"
#include "walkfiles.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cmath>
#include <map>

namespace tryggkarta
{

namespace
{

struct DatasetCloser
{
  void operator()( GDALDataset *dataset ) const { GDALClose( dataset ); }
};

//! The feature's time field as Unix seconds: its own offset, UTC, or (unknown or local) Stockholm time.
std::optional<int64_t> featureTime( OGRFeature *feature, int index )
{
  if ( index < 0 || !feature->IsFieldSetAndNotNull( index ) )
    return std::nullopt;
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, tz = 0;
  float s = 0;
  if ( !feature->GetFieldAsDateTime( index, &y, &mo, &d, &h, &mi, &s, &tz ) || mo < 1 || mo > 12 || d < 1 ||
       d > 31 )
    return std::nullopt;
  const int seconds = static_cast<int>( std::floor( s ) );
  if ( tz <= 1 )
    return stockholmToUtc( y, mo, d, h, mi, seconds );
  const int64_t wallClock = daysFromCivil( y, mo, d ) * kSecondsPerDay + h * 3600 + mi * 60 + seconds;
  return wallClock - int64_t( tz - 100 ) * 15 * 60;
}

//! A point as read, before its transformation.
struct RawPoint
{
  double lon = 0;
  double lat = 0;
  std::optional<int64_t> time;
};

//! One segment of a track (or one route), in the file's order.
struct RawPart
{
  int64_t owner = 0; //!< the track's or route's fid
  int64_t segment = 0;
  std::vector<RawPoint> points;
};

//! The parts of a point layer (track_points or route_points) grouped by owner and segment, in file order.
std::vector<RawPart> readParts( OGRLayer *layer, const char *ownerField, const char *segmentField )
{
  std::vector<RawPart> parts;
  if ( !layer )
    return parts;
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  const int owner = definition->GetFieldIndex( ownerField );
  const int segment = segmentField ? definition->GetFieldIndex( segmentField ) : -1;
  const int time = definition->GetFieldIndex( "time" );
  std::map<std::pair<int64_t, int64_t>, size_t> index;
  layer->ResetReading();
  while ( std::unique_ptr<OGRFeature> feature{ layer->GetNextFeature() } )
  {
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbPoint || geometry->IsEmpty() )
      continue;
    const auto *point = geometry->toPoint();
    const std::pair<int64_t, int64_t> key{ owner >= 0 ? feature->GetFieldAsInteger64( owner ) : 0,
                                           segment >= 0 ? feature->GetFieldAsInteger64( segment ) : 0 };
    auto it = index.find( key );
    if ( it == index.end() )
    {
      it = index.emplace( key, parts.size() ).first;
      parts.push_back( { key.first, key.second, {} } );
    }
    parts[it->second].points.push_back(
      { point->getX(), point->getY(), featureTime( feature.get(), time ) } );
  }
  return parts;
}

//! Names of a layer's features (tracks or routes) by fid.
std::map<int64_t, std::string> featureNames( OGRLayer *layer )
{
  std::map<int64_t, std::string> names;
  if ( !layer )
    return names;
  const int name = layer->GetLayerDefn()->GetFieldIndex( "name" );
  layer->ResetReading();
  while ( std::unique_ptr<OGRFeature> feature{ layer->GetNextFeature() } )
    names[feature->GetFID()] = name >= 0 ? feature->GetFieldAsString( name ) : "";
  return names;
}

std::vector<GpxWaypoint> readWaypoints( OGRLayer *layer )
{
  std::vector<GpxWaypoint> waypoints;
  if ( !layer )
    return waypoints;
  OGRFeatureDefn *definition = layer->GetLayerDefn();
  const int name = definition->GetFieldIndex( "name" );
  const int desc = definition->GetFieldIndex( "desc" );
  const int cmt = definition->GetFieldIndex( "cmt" );
  const int time = definition->GetFieldIndex( "time" );
  layer->ResetReading();
  int number = 0;
  while ( std::unique_ptr<OGRFeature> feature{ layer->GetNextFeature() } )
  {
    ++number;
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( !geometry || wkbFlatten( geometry->getGeometryType() ) != wkbPoint || geometry->IsEmpty() )
      continue;
    GpxWaypoint waypoint;
    waypoint.number = number;
    waypoint.lon = geometry->toPoint()->getX();
    waypoint.lat = geometry->toPoint()->getY();
    if ( name >= 0 )
      waypoint.name = feature->GetFieldAsString( name );
    // Phones write the typed text into desc or cmt.
    if ( desc >= 0 )
      waypoint.description = feature->GetFieldAsString( desc );
    if ( waypoint.description.empty() && cmt >= 0 )
      waypoint.description = feature->GetFieldAsString( cmt );
    waypoint.timeUtc = featureTime( feature.get(), time );
    waypoints.push_back( std::move( waypoint ) );
  }
  return waypoints;
}

double partLength( const std::vector<GpxPoint> &points )
{
  double length = 0;
  for ( size_t i = 1; i < points.size(); ++i )
    length += std::hypot( points[i].x - points[i - 1].x, points[i].y - points[i - 1].y );
  return length;
}

} // namespace

// --- LonLatToProject ---

Expected<LonLatToProject> LonLatToProject::make( int projectEpsg, const std::string &fileName )
{
  OGRSpatialReference wgs84, project;
  if ( wgs84.importFromEPSG( 4326 ) != OGRERR_NONE || project.importFromEPSG( projectEpsg ) != OGRERR_NONE )
    return Error( MessageCode::ImportCannotTransform, fileName, std::string( "EPSG:4326" ) );
  wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  project.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  LonLatToProject result;
  result.mTransform.reset( OGRCreateCoordinateTransformation( &wgs84, &project ) );
  if ( !result.mTransform )
    return Error( MessageCode::ImportCannotTransform, fileName, std::string( "EPSG:4326" ) );
  return result;
}

LonLatToProject::~LonLatToProject() = default;
LonLatToProject::LonLatToProject( LonLatToProject && ) noexcept = default;
LonLatToProject &LonLatToProject::operator=( LonLatToProject && ) noexcept = default;

bool LonLatToProject::apply( double lon, double lat, double &x, double &y ) const
{
  x = lon;
  y = lat;
  return mTransform && mTransform->Transform( 1, &x, &y ) && std::isfinite( x ) && std::isfinite( y );
}

// --- Reading ---

bool GpxData::lineTimed() const
{
  return !line.empty() &&
         std::all_of( line.begin(), line.end(), []( const GpxPoint &p ) { return p.timeUtc.has_value(); } );
}

Expected<GpxData> readGpx( const std::string &path, int projectEpsg, GpxNeed need )
{
  GpxData data;
  data.fileName = fileName( path );
  const std::string &name = data.fileName;
  auto size = regularFileSize( path );
  if ( !size )
    return Error{ size.error() };
  if ( *size > kMaxGpxBytes )
    return Error( MessageCode::GpxTooLarge, name, mebibytes( *size ), mebibytes( kMaxGpxBytes ) );
  if ( *size == 0 )
    return Error( MessageCode::ImportFileEmpty, name );
  auto bytes = readFileBytes( path );
  if ( !bytes )
    return Error{ bytes.error() };
  Sha256 sha;
  sha.update( bytes->data(), bytes->size() );
  data.contentSha256 = sha.hexDigest();

  GDALAllRegister();
  const VsiMemoryFile file( *bytes, ".gpx" );
  const char *drivers[] = { "GPX", nullptr };
  const GdalErrorCapture errors( file.path(), name );
  std::unique_ptr<GDALDataset, DatasetCloser> dataset( static_cast<GDALDataset *>(
    GDALOpenEx( file.path().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
  if ( !dataset )
  {
    // The GPX driver takes a file whose start looks like GPX; what it then cannot parse, it says why.
    const std::string why = errors.lastFailure();
    if ( why.find( "XML" ) == std::string::npos )
      return Error( MessageCode::GpxNotGpx, name );
    return Error( MessageCode::GpxNotGpxDetail, name, why );
  }
  std::vector<RawPart> tracks =
    readParts( dataset->GetLayerByName( "track_points" ), "track_fid", "track_seg_id" );
  std::vector<RawPart> routes = readParts( dataset->GetLayerByName( "route_points" ), "route_fid", nullptr );
  const std::map<int64_t, std::string> trackNames = featureNames( dataset->GetLayerByName( "tracks" ) );
  const std::map<int64_t, std::string> routeNames = featureNames( dataset->GetLayerByName( "routes" ) );
  data.waypoints = readWaypoints( dataset->GetLayerByName( "waypoints" ) );
  // The GPX driver parses while reading: XML errors show up only now.
  if ( !errors.failures().empty() )
    return Error( MessageCode::GpxNotGpxDetail, name, errors.lastFailure() );

  // Degrees, and somewhere in Sweden: numbers in metres (SWEREF 99 written as lat/lon) are refused here.
  int64_t points = 0;
  bool anyInSweden = false;
  std::optional<RawPoint> first;
  auto check = [&]( double lon, double lat ) -> std::optional<Message>
  {
    if ( !std::isfinite( lon ) || !std::isfinite( lat ) || std::fabs( lat ) > 90 || std::fabs( lon ) > 180 )
      return Message::make( MessageCode::GpxNotDegrees, name, formatReal( lat, 10 ), formatReal( lon, 10 ) );
    ++points;
    if ( !first )
      first = RawPoint{ lon, lat, std::nullopt };
    anyInSweden = anyInSweden || insideSwedenLonLat( lon, lat );
    return std::nullopt;
  };
  for ( const auto *parts : { &tracks, &routes } )
    for ( const RawPart &part : *parts )
      for ( const RawPoint &p : part.points )
        if ( auto problem = check( p.lon, p.lat ) )
          return Error{ *problem };
  for ( const GpxWaypoint &w : data.waypoints )
    if ( auto problem = check( w.lon, w.lat ) )
      return Error{ *problem };
  if ( points > 0 && !anyInSweden )
    return Error( MessageCode::GpxOutsideSweden, name, points, formatReal( first->lat, 8 ),
                  formatReal( first->lon, 8 ) );

  auto transform = LonLatToProject::make( projectEpsg, name );
  if ( !transform )
    return Error{ transform.error() };
  auto toProject = [&]( const RawPart &part, std::vector<GpxPoint> &out ) -> bool
  {
    for ( const RawPoint &p : part.points )
    {
      GpxPoint point;
      point.timeUtc = p.time;
      if ( !transform->apply( p.lon, p.lat, point.x, point.y ) )
        return false;
      out.push_back( point );
    }
    return true;
  };
  for ( GpxWaypoint &w : data.waypoints )
    if ( !transform->apply( w.lon, w.lat, w.x, w.y ) )
      return Error( MessageCode::ImportCannotTransform, name, std::string( "EPSG:4326" ) );

  const bool allTimed =
    !tracks.empty() &&
    std::all_of( tracks.begin(), tracks.end(),
                 []( const RawPart &part )
                 {
                   return std::all_of( part.points.begin(), part.points.end(),
                                       []( const RawPoint &p ) { return p.time.has_value(); } );
                 } );
  if ( allTimed )
  {
    // Every segment of every track, in the order they were walked.
    std::stable_sort( tracks.begin(), tracks.end(),
                      []( const RawPart &a, const RawPart &b )
                      { return *a.points.front().time < *b.points.front().time; } );
    for ( const RawPart &part : tracks )
      if ( !toProject( part, data.line ) )
        return Error( MessageCode::ImportCannotTransform, name, std::string( "EPSG:4326" ) );
    std::stable_sort( data.line.begin(), data.line.end(),
                      []( const GpxPoint &a, const GpxPoint &b ) { return *a.timeUtc < *b.timeUtc; } );
    data.lineKind = GpxLineKind::Track;
    const auto named = trackNames.find( tracks.front().owner );
    data.name = named == trackNames.end() ? std::string() : named->second;
  }
  else
  {
    // The longest track (its segments in file order), else the longest route.
    for ( const auto &[parts, names, kind] : { std::make_tuple( &tracks, &trackNames, GpxLineKind::Track ),
                                               std::make_tuple( &routes, &routeNames, GpxLineKind::Route ) } )
    {
      if ( data.lineKind != GpxLineKind::None || parts->empty() )
        continue;
      std::map<int64_t, std::vector<GpxPoint>> owners;
      std::vector<int64_t> order;
      for ( const RawPart &part : *parts )
      {
        if ( !owners.count( part.owner ) )
          order.push_back( part.owner );
        if ( !toProject( part, owners[part.owner] ) )
          return Error( MessageCode::ImportCannotTransform, name, std::string( "EPSG:4326" ) );
      }
      int64_t best = order.front();
      for ( int64_t owner : order )
        if ( partLength( owners[owner] ) > partLength( owners[best] ) )
          best = owner;
      data.line = std::move( owners[best] );
      data.lineKind = kind;
      const auto named = names->find( best );
      data.name = named == names->end() ? std::string() : named->second;
    }
  }

  if ( need == GpxNeed::Waypoints )
  {
    if ( data.waypoints.empty() )
      return Error( MessageCode::GpxNoWaypoints, name );
    return data;
  }
  if ( data.line.empty() )
  {
    // A <trk> or <rte> element without points is an empty track; none at all is no track.
    if ( !trackNames.empty() || !routeNames.empty() )
      return Error( MessageCode::GpxEmptyTrack, name );
    return Error( MessageCode::GpxNoTrack, name );
  }
  if ( data.line.size() < 2 )
    return Error( MessageCode::GpxOnePoint, name );
  return data;
}

// --- Placing by time ---

TrackPosition positionOnTrack( const std::vector<GpxPoint> &line, int64_t utc )
{
  TrackPosition result;
  std::vector<GpxPoint> timed;
  for ( const GpxPoint &p : line )
    if ( p.timeUtc )
      timed.push_back( p );
  if ( timed.empty() )
    return result;
  const auto earlier = []( const GpxPoint &a, const GpxPoint &b ) { return *a.timeUtc < *b.timeUtc; };
  if ( !std::is_sorted( timed.begin(), timed.end(), earlier ) )
    std::stable_sort( timed.begin(), timed.end(), earlier );
  result.first = *timed.front().timeUtc;
  result.last = *timed.back().timeUtc;
  if ( utc < result.first - kTrackTimeMarginSeconds || utc > result.last + kTrackTimeMarginSeconds )
  {
    result.outcome = TrackPosition::Outcome::Outside;
    return result;
  }
  result.outcome = TrackPosition::Outcome::Placed;
  if ( utc <= result.first )
  {
    result.x = timed.front().x;
    result.y = timed.front().y;
    return result;
  }
  if ( utc >= result.last )
  {
    result.x = timed.back().x;
    result.y = timed.back().y;
    return result;
  }
  // The first point at or after utc, and the one before it.
  const auto after = std::lower_bound( timed.begin(), timed.end(), utc,
                                       []( const GpxPoint &p, int64_t t ) { return *p.timeUtc < t; } );
  const GpxPoint &b = *after;
  if ( *b.timeUtc == utc )
  {
    result.x = b.x;
    result.y = b.y;
    return result;
  }
  const GpxPoint &a = *( after - 1 );
  const int64_t span = *b.timeUtc - *a.timeUtc;
  if ( span > kTrackGapSeconds && std::hypot( b.x - a.x, b.y - a.y ) > kTrackGapMeters )
  {
    result.outcome = TrackPosition::Outcome::Gap;
    result.gapFrom = *a.timeUtc;
    result.gapTo = *b.timeUtc;
    return result;
  }
  const double share = static_cast<double>( utc - *a.timeUtc ) / static_cast<double>( span );
  result.x = a.x + ( b.x - a.x ) * share;
  result.y = a.y + ( b.y - a.y ) * share;
  return result;
}

} // namespace tryggkarta

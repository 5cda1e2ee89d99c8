#include "walkstore.h"

#include "projectbounds.h"

#include "calendar.h"
#include "database.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "textscreening.h"
#include "transactions.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <memory>
#include <set>

namespace tryggkarta
{

namespace
{

std::string number( double v )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.2f", v );
  return buffer;
}

std::string redacted( const std::string &text )
{
  const ScreeningResult result = screenText( text );
  return result.clean() ? text : redact( text, result );
}

void bindText( Statement &s, int index, const std::string &text )
{
  text.empty() ? s.bindNull( index ) : s.bind( index, text );
}

int tableSrs( Database &db, const char *table )
{
  Statement s = db.prepare( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?" );
  s.bind( 1, table );
  return s.step() ? static_cast<int>( s.int64( 0 ) ) : 3006;
}

//! Tells whether points of a CRS lie in Sweden; the transformation is made once for many points.
class SwedenTest
{
public:
  explicit SwedenTest( int srs ) : mSrs( srs )
  {
    if ( srs == 3006 )
      return;
    OGRSpatialReference source, wgs84;
    if ( source.importFromEPSG( srs ) != OGRERR_NONE || wgs84.importFromEPSG( 4326 ) != OGRERR_NONE )
      return;
    source.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    mTransform.reset( OGRCreateCoordinateTransformation( &source, &wgs84 ) );
  }
  bool inside( double x, double y ) const
  {
    if ( !std::isfinite( x ) || !std::isfinite( y ) )
      return false;
    if ( mSrs == 3006 )
      return x >= 200000 && x <= 1000000 && y >= 6100000 && y <= 7700000;
    double lon = x, lat = y;
    return mTransform && mTransform->Transform( 1, &lon, &lat ) && lon >= 10.0 && lon <= 24.5 &&
           lat >= 55.0 && lat <= 69.5;
  }

private:
  int mSrs;
  std::unique_ptr<OGRCoordinateTransformation> mTransform;
};

std::vector<unsigned char> lineBlob( int srs, const std::vector<WalkPoint> &points )
{
  std::vector<unsigned char> wkb;
  wkb.reserve( 9 + points.size() * 16 );
  auto put32 = [&]( uint32_t v )
  {
    for ( int i = 0; i < 4; ++i )
      wkb.push_back( static_cast<unsigned char>( v >> ( 8 * i ) ) );
  };
  auto putDouble = [&]( double d )
  {
    uint64_t bits;
    std::memcpy( &bits, &d, sizeof bits );
    for ( int i = 0; i < 8; ++i )
      wkb.push_back( static_cast<unsigned char>( bits >> ( 8 * i ) ) );
  };
  wkb.push_back( 1 );
  put32( 2 );
  put32( static_cast<uint32_t>( points.size() ) );
  Envelope envelope;
  envelope.minX = envelope.minY = HUGE_VAL;
  envelope.maxX = envelope.maxY = -HUGE_VAL;
  for ( const WalkPoint &p : points )
  {
    putDouble( p.x );
    putDouble( p.y );
    envelope.minX = std::min( envelope.minX, p.x );
    envelope.maxX = std::max( envelope.maxX, p.x );
    envelope.minY = std::min( envelope.minY, p.y );
    envelope.maxY = std::max( envelope.maxY, p.y );
  }
  return encodeGpkgWkb( srs, wkb, envelope );
}

std::vector<WalkPoint> lineOf( const std::vector<unsigned char> &blob )
{
  std::vector<WalkPoint> points;
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  if ( !wkb )
    return points;
  OGRGeometry *geometry = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &geometry, wkb->second ) != OGRERR_NONE ||
       !geometry )
    return points;
  std::unique_ptr<OGRGeometry> owned( geometry );
  if ( const auto *line = dynamic_cast<const OGRLineString *>( geometry ) )
  {
    for ( int i = 0; i < line->getNumPoints(); ++i )
      points.push_back( { line->getX( i ), line->getY( i ) } );
  }
  else if ( const auto *multi = dynamic_cast<const OGRMultiLineString *>( geometry ) )
  {
    for ( const OGRLineString *part : *multi )
      for ( int i = 0; i < part->getNumPoints(); ++i )
        points.push_back( { part->getX( i ), part->getY( i ) } );
  }
  return points;
}

void audit( Database &db, const std::string &actor, const std::string &action, const std::string &table,
            int64_t rows, const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, ?, ?, ?)" );
  s.bind( 1, utcNowIso() );
  bindText( s, 2, actor );
  s.bind( 3, action ).bind( 4, table ).bind( 5, rows ).bind( 6, details );
  s.run();
}

//! The walk's route as stored (empty for a new walk or one without a route).
std::vector<WalkPoint> storedRoute( Database &db, int64_t walkId )
{
  if ( walkId == 0 )
    return {};
  Statement s = db.prepare( "SELECT geom FROM safety_walks WHERE fid = ?" );
  s.bind( 1, walkId );
  if ( !s.step() || s.isNull( 0 ) )
    return {};
  return lineOf( s.blob( 0 ) );
}

/**
 * Refuses a route of one point and points outside Sweden; points not among known (the route as stored)
 * must also lie inside the project's extent, unless placesStoredBefore.
 */
void validateRoute( Database &db, const std::vector<WalkPoint> &route,
                    const std::vector<WalkPoint> &known = {}, bool placesStoredBefore = false )
{
  if ( route.empty() )
    return;
  if ( route.size() < 2 )
    throw Refused{ Message::make( MessageCode::WalkRouteTooShort, static_cast<int64_t>( route.size() ) ) };
  const int srs = tableSrs( db, "safety_walks" );
  const SwedenTest sweden( srs );
  const ProjectBounds bounds( db );
  for ( size_t i = 0; i < route.size(); ++i )
  {
    if ( !sweden.inside( route[i].x, route[i].y ) )
      throw Refused{ Message::make( MessageCode::WalkPointOutsideSweden, static_cast<int64_t>( i + 1 ),
                                    number( route[i].x ), number( route[i].y ), srs ) };
    const bool kept = placesStoredBefore || std::find( known.begin(), known.end(), route[i] ) != known.end();
    if ( !kept && !bounds.contains( route[i].x, route[i].y ) )
      throw Refused{ Message::make( MessageCode::WalkPointOutsideProject, static_cast<int64_t>( i + 1 ),
                                    number( route[i].x ), number( route[i].y ), bounds.basis(),
                                    bounds.marginMeters() ) };
  }
}

void validateWalk( Database &db, const Walk &walk, bool placesStoredBefore = false )
{
  if ( walk.name.find_first_not_of( " \t\r\n" ) == std::string::npos )
    throw Refused{ Message::make( MessageCode::WalkNameRequired ) };
  if ( !walk.date.empty() && !isIsoDate( walk.date ) )
    throw Refused{ Message::make( MessageCode::WalkBadDate, "'" + walk.date + "'" ) };
  if ( !walk.startTime.empty() )
  {
    const std::string &t = walk.startTime;
    const bool ok = t.size() == 5 && t[2] == ':' && std::isdigit( static_cast<unsigned char>( t[0] ) ) &&
                    std::isdigit( static_cast<unsigned char>( t[1] ) ) &&
                    std::isdigit( static_cast<unsigned char>( t[3] ) ) &&
                    std::isdigit( static_cast<unsigned char>( t[4] ) ) &&
                    ( t[0] - '0' ) * 10 + ( t[1] - '0' ) < 24 && ( t[3] - '0' ) < 6;
    if ( !ok )
      throw Refused{ Message::make( MessageCode::WalkBadTime, "'" + t + "'" ) };
  }
  if ( !walk.light.empty() && walk.light != "daylight" && walk.light != "dusk" && walk.light != "dark" )
    throw Refused{ Message::make( MessageCode::WalkBadLight, "'" + walk.light + "'" ) };
  bool statusOk = false;
  for ( const std::string &s : walkStatuses() )
    statusOk = statusOk || s == walk.status;
  if ( !statusOk )
    throw Refused{ Message::make( MessageCode::WalkBadStatus, "'" + walk.status + "'" ) };
  for ( const auto &count : { walk.expectedParticipants, walk.participants } )
    if ( count && *count < 0 )
      throw Refused{ Message::make( MessageCode::WalkBadParticipants, static_cast<int64_t>( *count ) ) };
  if ( walk.areaId )
  {
    Statement s = db.prepare( "SELECT 1 FROM areas WHERE fid = ?" );
    s.bind( 1, *walk.areaId );
    if ( !s.step() )
      throw Refused{ Message::make( MessageCode::WalkUnknownArea, *walk.areaId ) };
  }
  std::set<std::string> names;
  for ( const WalkOrganisation &o : walk.organisations )
  {
    if ( o.organisation.find_first_not_of( " \t" ) == std::string::npos )
      throw Refused{ Message::make( MessageCode::WalkEmptyOrganisation ) };
    if ( !names.insert( o.organisation ).second )
      throw Refused{ Message::make( MessageCode::WalkDuplicateOrganisation, "'" + o.organisation + "'" ) };
    if ( o.participants && *o.participants < 0 )
      throw Refused{
        Message::make( MessageCode::WalkBadParticipants, static_cast<int64_t>( *o.participants ) ) };
  }
  validateRoute( db, walk.route, storedRoute( db, walk.fid ), placesStoredBefore );
}

void requireWalk( Database &db, int64_t walkId )
{
  Statement s = db.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
  s.bind( 1, walkId );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::WalkNotFound, walkId ) };
}

void writeOrganisations( Database &db, int64_t walkId, const std::vector<WalkOrganisation> &organisations )
{
  Statement clear = db.prepare( "DELETE FROM walk_organisations WHERE walk_id = ?" );
  clear.bind( 1, walkId );
  clear.run();
  Statement insert = db.prepare(
    "INSERT INTO walk_organisations (walk_id, organisation, invited, participants) VALUES (?, ?, ?, ?)" );
  for ( const WalkOrganisation &o : organisations )
  {
    insert.bind( 1, walkId ).bind( 2, redacted( o.organisation ) ).bind( 3, o.invited ? 1 : 0 );
    o.participants ? insert.bind( 4, static_cast<int64_t>( *o.participants ) ) : insert.bindNull( 4 );
    insert.run();
    insert.reset();
  }
}

void bindWalk( Database &db, Statement &s, const Walk &walk )
{
  if ( walk.route.empty() )
    s.bindNull( 1 );
  else
  {
    const auto blob = lineBlob( tableSrs( db, "safety_walks" ), walk.route );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  }
  s.bind( 2, redacted( walk.name ) );
  bindText( s, 3, walk.date );
  bindText( s, 4, walk.light );
  walk.areaId ? s.bind( 5, *walk.areaId ) : s.bindNull( 5 );
  bindText( s, 6, redacted( walk.organiser ) );
  walk.participants ? s.bind( 7, static_cast<int64_t>( *walk.participants ) ) : s.bindNull( 7 );
  s.bind( 8, walk.status );
  bindText( s, 9, redacted( walk.note ) );
  bindText( s, 10, walk.startTime );
  s.bind( 11, walk.alsoAfterDark ? 1 : 0 );
  bindText( s, 12, redacted( walk.meetingPoint ) );
  bindText( s, 13, redacted( walk.purpose ) );
  walk.expectedParticipants ? s.bind( 14, static_cast<int64_t>( *walk.expectedParticipants ) )
                            : s.bindNull( 14 );
  walk.repeatOf ? s.bind( 15, *walk.repeatOf ) : s.bindNull( 15 );
  bindText( s, 16,
            walk.route.empty()         ? std::string()
            : walk.routeSource.empty() ? "drawn"
                                       : walk.routeSource );
  s.bind( 17, utcNowIso() );
}

std::vector<WalkStop> readStops( Database &db, int64_t walkId )
{
  std::vector<WalkStop> stops;
  Statement s = db.prepare( "SELECT fid, stop_number, geom, name, reason FROM walk_stops WHERE walk_id = ? "
                            "ORDER BY stop_number, fid" );
  s.bind( 1, walkId );
  while ( s.step() )
  {
    WalkStop stop;
    stop.fid = s.int64( 0 );
    stop.number = static_cast<int>( s.int64( 1 ) );
    const auto blob = s.blob( 2 );
    if ( const auto p = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
    {
      stop.x = p->first;
      stop.y = p->second;
    }
    stop.name = s.text( 3 );
    stop.reason = s.text( 4 );
    stops.push_back( std::move( stop ) );
  }
  return stops;
}

std::vector<WalkStop> writeStops( Database &db, int64_t walkId, const std::vector<WalkStop> &stops,
                                  bool placesStoredBefore = false )
{
  requireWalk( db, walkId );
  // Where the stored stops are: one kept where it was is not checked against the project's extent again.
  std::map<int64_t, std::pair<double, double>> storedAt;
  for ( const WalkStop &old : readStops( db, walkId ) )
    storedAt[old.fid] = { old.x, old.y };
  const int srs = tableSrs( db, "walk_stops" );
  const SwedenTest sweden( srs );
  const ProjectBounds bounds( db );
  std::set<int64_t> kept;
  for ( size_t i = 0; i < stops.size(); ++i )
  {
    const WalkStop &stop = stops[i];
    if ( !sweden.inside( stop.x, stop.y ) )
      throw Refused{ Message::make( MessageCode::WalkStopOutsideSweden, static_cast<int64_t>( i + 1 ),
                                    number( stop.x ), number( stop.y ), srs ) };
    const auto stored = storedAt.find( stop.fid );
    const bool inPlace = placesStoredBefore || ( stop.fid != 0 && stored != storedAt.end() &&
                                                 stored->second == std::make_pair( stop.x, stop.y ) );
    if ( !inPlace && !bounds.contains( stop.x, stop.y ) )
      throw Refused{ Message::make( MessageCode::WalkStopOutsideProject, static_cast<int64_t>( i + 1 ),
                                    number( stop.x ), number( stop.y ), bounds.basis(),
                                    bounds.marginMeters() ) };
    if ( stop.fid != 0 )
    {
      Statement owner = db.prepare( "SELECT walk_id FROM walk_stops WHERE fid = ?" );
      owner.bind( 1, stop.fid );
      if ( !owner.step() || owner.int64( 0 ) != walkId )
        throw Refused{ Message::make( MessageCode::WalkStopNotOnWalk, stop.fid, walkId ) };
      if ( !kept.insert( stop.fid ).second )
        throw Refused{ Message::make( MessageCode::WalkStopTwice, stop.fid ) };
    }
  }
  // Stops left out are deleted; their observations keep their place and walk (ON DELETE SET NULL).
  std::vector<int64_t> removed;
  for ( const WalkStop &old : readStops( db, walkId ) )
    if ( !kept.count( old.fid ) )
      removed.push_back( old.fid );
  Statement remove = db.prepare( "DELETE FROM walk_stops WHERE fid = ?" );
  for ( int64_t fid : removed )
  {
    remove.bind( 1, fid );
    remove.run();
    remove.reset();
  }
  Statement update =
    db.prepare( "UPDATE walk_stops SET stop_number = ?, geom = ?, name = ?, reason = ? WHERE fid = ?" );
  Statement insert =
    db.prepare( "INSERT INTO walk_stops (walk_id, stop_number, geom, name, reason) VALUES (?, ?, ?, ?, ?)" );
  for ( size_t i = 0; i < stops.size(); ++i )
  {
    const WalkStop &stop = stops[i];
    const auto blob = encodeGpkgPoint( srs, stop.x, stop.y );
    const int number = static_cast<int>( i + 1 );
    if ( stop.fid != 0 )
    {
      update.bind( 1, number ).bindBlob( 2, blob.data(), static_cast<int>( blob.size() ) );
      bindText( update, 3, redacted( stop.name ) );
      bindText( update, 4, redacted( stop.reason ) );
      update.bind( 5, stop.fid );
      update.run();
      update.reset();
    }
    else
    {
      insert.bind( 1, walkId ).bind( 2, number ).bindBlob( 3, blob.data(), static_cast<int>( blob.size() ) );
      bindText( insert, 4, redacted( stop.name ) );
      bindText( insert, 5, redacted( stop.reason ) );
      insert.run();
      insert.reset();
    }
  }
  // Observations at a removed stop lost their stop; the ones at kept stops keep theirs.
  return readStops( db, walkId );
}

const char *kInsertWalk =
  "INSERT INTO safety_walks (geom, name, walk_date, light_condition, area_id, organiser, participants, "
  "status, note, start_time, also_after_dark, meeting_point, purpose, expected_participants, repeat_of, "
  "route_source, updated_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

int64_t insertWalk( Database &db, const Walk &walk, bool placesStoredBefore = false )
{
  validateWalk( db, walk, placesStoredBefore );
  Statement s = db.prepare( kInsertWalk );
  bindWalk( db, s, walk );
  s.bind( 18, utcNowIso() );
  s.run();
  const int64_t fid = db.lastInsertId();
  writeOrganisations( db, fid, walk.organisations );
  return fid;
}

} // namespace

const std::vector<std::string> &walkStatuses()
{
  static const std::vector<std::string> sStatuses = { "planned", "done", "followed_up", "cancelled" };
  return sStatuses;
}

std::string walkStatusLabelSv( const std::string &status )
{
  if ( status == "planned" )
    return "planerad";
  if ( status == "done" )
    return "genomförd";
  if ( status == "followed_up" )
    return "uppföljd";
  if ( status == "cancelled" )
    return "inställd";
  return status;
}

std::string lightLabelSv( const std::string &light, bool alsoAfterDark )
{
  if ( light == "dusk" && alsoAfterDark )
    return "skymning och mörker";
  if ( light == "daylight" )
    return "dagsljus";
  if ( light == "dusk" )
    return "skymning";
  if ( light == "dark" )
    return "mörker";
  return light;
}

double Walk::routeLength() const
{
  double length = 0;
  for ( size_t i = 1; i < route.size(); ++i )
    length += std::hypot( route[i].x - route[i - 1].x, route[i].y - route[i - 1].y );
  return length;
}

WalkStore::WalkStore( Database &db ) : mDb( db ) {}

Expected<int64_t> WalkStore::create( const Walk &walk, const WalkWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::WalkSaveFailed,
    [&]
    {
      // A new walk's fid is not the walk it may have been before (walk.fid is ignored).
      Walk fresh = walk;
      fresh.fid = 0;
      const int64_t fid = insertWalk( mDb, fresh, options.placesStoredBefore );
      audit( mDb, options.actor, "add", "safety_walks", 1,
             "walk " + std::to_string( fid ) + " (" +
               ( options.origin.empty() ? std::string( "planned by hand" ) : options.origin ) + ")" );
      return fid;
    } );
}

Status WalkStore::update( const Walk &walk, const WalkWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::WalkSaveFailed,
    [&]
    {
      requireWalk( mDb, walk.fid );
      validateWalk( mDb, walk, options.placesStoredBefore );
      if ( walk.repeatOf && *walk.repeatOf == walk.fid )
        throw Refused{ Message::make( MessageCode::WalkNotFound, *walk.repeatOf ) };
      Statement s = mDb.prepare(
        "UPDATE safety_walks SET geom = ?, name = ?, walk_date = ?, light_condition = ?, area_id = ?, "
        "organiser = ?, participants = ?, status = ?, note = ?, start_time = ?, also_after_dark = ?, "
        "meeting_point = ?, purpose = ?, expected_participants = ?, repeat_of = ?, route_source = ?, "
        "updated_at = ? WHERE fid = ?" );
      bindWalk( mDb, s, walk );
      s.bind( 18, walk.fid );
      s.run();
      writeOrganisations( mDb, walk.fid, walk.organisations );
      audit( mDb, options.actor, "edit", "safety_walks", 1, "walk " + std::to_string( walk.fid ) );
      return Done{};
    } );
}

Status WalkStore::remove( int64_t walkId, const WalkWriteOptions &options )
{
  return inTransaction<Done>( mDb, MessageCode::WalkSaveFailed,
                              [&]
                              {
                                requireWalk( mDb, walkId );
                                Statement s = mDb.prepare( "DELETE FROM safety_walks WHERE fid = ?" );
                                s.bind( 1, walkId );
                                s.run();
                                audit( mDb, options.actor, "delete", "safety_walks", 1,
                                       "walk " + std::to_string( walkId ) );
                                return Done{};
                              } );
}

Expected<Walk> WalkStore::load( int64_t walkId )
{
  try
  {
    Statement s = mDb.prepare(
      "SELECT w.fid, w.geom, w.name, w.walk_date, w.light_condition, w.area_id, a.name, w.organiser, "
      "w.participants, w.status, w.note, w.start_time, w.also_after_dark, w.meeting_point, w.purpose, "
      "w.expected_participants, w.repeat_of, w.route_source FROM safety_walks w LEFT JOIN areas a ON "
      "a.fid = w.area_id WHERE w.fid = ?" );
    s.bind( 1, walkId );
    if ( !s.step() )
      return Error( MessageCode::WalkNotFound, walkId );
    Walk walk;
    walk.fid = s.int64( 0 );
    if ( !s.isNull( 1 ) )
      walk.route = lineOf( s.blob( 1 ) );
    walk.name = s.text( 2 );
    walk.date = s.text( 3 );
    walk.light = s.text( 4 );
    if ( !s.isNull( 5 ) )
      walk.areaId = s.int64( 5 );
    walk.areaName = s.text( 6 );
    walk.organiser = s.text( 7 );
    if ( !s.isNull( 8 ) )
      walk.participants = static_cast<int>( s.int64( 8 ) );
    walk.status = s.text( 9 );
    walk.note = s.text( 10 );
    walk.startTime = s.text( 11 );
    walk.alsoAfterDark = s.int64( 12 ) != 0;
    walk.meetingPoint = s.text( 13 );
    walk.purpose = s.text( 14 );
    if ( !s.isNull( 15 ) )
      walk.expectedParticipants = static_cast<int>( s.int64( 15 ) );
    if ( !s.isNull( 16 ) )
      walk.repeatOf = s.int64( 16 );
    walk.routeSource = s.text( 17 );
    Statement o = mDb.prepare( "SELECT organisation, invited, participants FROM walk_organisations WHERE "
                               "walk_id = ? ORDER BY fid" );
    o.bind( 1, walkId );
    while ( o.step() )
    {
      WalkOrganisation org;
      org.organisation = o.text( 0 );
      org.invited = o.int64( 1 ) != 0;
      if ( !o.isNull( 2 ) )
        org.participants = static_cast<int>( o.int64( 2 ) );
      walk.organisations.push_back( std::move( org ) );
    }
    return walk;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<std::vector<WalkSummary>> WalkStore::list()
{
  try
  {
    std::vector<WalkSummary> walks;
    Statement s = mDb.prepare(
      "SELECT w.fid, w.name, w.walk_date, w.status, a.name, w.geom, "
      "(SELECT count(*) FROM walk_stops st WHERE st.walk_id = w.fid), "
      "(SELECT count(*) FROM observations o WHERE o.walk_id = w.fid) FROM safety_walks w LEFT JOIN areas a "
      "ON a.fid = w.area_id ORDER BY w.walk_date IS NULL, w.walk_date DESC, w.fid DESC" );
    while ( s.step() )
    {
      WalkSummary summary;
      summary.fid = s.int64( 0 );
      summary.name = s.text( 1 );
      summary.date = s.text( 2 );
      summary.status = s.text( 3 );
      summary.areaName = s.text( 4 );
      if ( !s.isNull( 5 ) )
      {
        Walk line;
        line.route = lineOf( s.blob( 5 ) );
        summary.routeLength = line.routeLength();
      }
      summary.stops = static_cast<int>( s.int64( 6 ) );
      summary.observations = static_cast<int>( s.int64( 7 ) );
      walks.push_back( std::move( summary ) );
    }
    return walks;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<std::vector<WalkStop>> WalkStore::stops( int64_t walkId )
{
  try
  {
    Statement s = mDb.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
    s.bind( 1, walkId );
    if ( !s.step() )
      return Error( MessageCode::WalkNotFound, walkId );
    return readStops( mDb, walkId );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<std::vector<WalkStop>> WalkStore::setStops( int64_t walkId, const std::vector<WalkStop> &stops,
                                                     const WalkWriteOptions &options )
{
  return inTransaction<std::vector<WalkStop>>(
    mDb, MessageCode::WalkSaveFailed,
    [&]
    {
      auto result = writeStops( mDb, walkId, stops, options.placesStoredBefore );
      audit( mDb, options.actor, "edit", "walk_stops", static_cast<int64_t>( result.size() ),
             "stops of walk " + std::to_string( walkId ) );
      return result;
    } );
}

Status WalkStore::setRoute( int64_t walkId, const std::vector<WalkPoint> &route,
                            const std::string &routeSource, const WalkWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::WalkSaveFailed,
    [&]
    {
      requireWalk( mDb, walkId );
      if ( route.size() < 2 )
        throw Refused{
          Message::make( MessageCode::WalkRouteTooShort, static_cast<int64_t>( route.size() ) ) };
      validateRoute( mDb, route, storedRoute( mDb, walkId ), options.placesStoredBefore );
      const auto blob = lineBlob( tableSrs( mDb, "safety_walks" ), route );
      Statement s =
        mDb.prepare( "UPDATE safety_walks SET geom = ?, route_source = ?, updated_at = ? WHERE fid = ?" );
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
      s.bind( 2, routeSource.empty() ? std::string( "drawn" ) : routeSource )
        .bind( 3, utcNowIso() )
        .bind( 4, walkId );
      s.run();
      audit( mDb, options.actor, "edit", "safety_walks", 1,
             "route of walk " + std::to_string( walkId ) + " (" + routeSource + ")" );
      return Done{};
    } );
}

Expected<int64_t> WalkStore::planRepeat( int64_t walkId, const std::string &name, const std::string &date,
                                         const WalkWriteOptions &options )
{
  Expected<Walk> earlier = load( walkId );
  if ( !earlier )
    return Error{ earlier.error() };
  return inTransaction<int64_t>( mDb, MessageCode::WalkSaveFailed,
                                 [&]
                                 {
                                   Walk repeat = *earlier;
                                   repeat.fid = 0;
                                   repeat.name = name.empty() ? earlier->name + " (uppföljning)" : name;
                                   repeat.date = date;
                                   repeat.status = "planned";
                                   repeat.participants.reset();
                                   repeat.note.clear();
                                   repeat.repeatOf = walkId;
                                   repeat.routeSource = repeat.route.empty() ? std::string() : "copied";
                                   for ( WalkOrganisation &o : repeat.organisations )
                                     o.participants.reset();
                                   // The earlier walk's route and stops, as stored: not checked again.
                                   const int64_t fid = insertWalk( mDb, repeat, true );
                                   std::vector<WalkStop> stops = readStops( mDb, walkId );
                                   for ( WalkStop &stop : stops )
                                     stop.fid = 0;
                                   writeStops( mDb, fid, stops, true );
                                   audit( mDb, options.actor, "add", "safety_walks", 1,
                                          "walk " + std::to_string( fid ) + " (repeat of walk " +
                                            std::to_string( walkId ) + ")" );
                                   return fid;
                                 } );
}

} // namespace tryggkarta

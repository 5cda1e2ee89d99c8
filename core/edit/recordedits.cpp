#include "recordedits.h"

#include "calendar.h"
#include "vocabulary.h"

#include "coordinatedetection.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "textscreening.h"
#include "transactions.h"

#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>

namespace tryggkarta
{

namespace
{

std::string quoted( const std::string &text )
{
  return "'" + text + "'";
}

//! A UTC instant as Stockholm wall-clock time, "2025-03-01 21:30", for messages.
std::string localText( int64_t utcSeconds )
{
  const int64_t local = stockholmWallClock( utcSeconds );
  const int64_t days = floorDiv( local, kSecondsPerDay );
  const int64_t rest = local - days * kSecondsPerDay;
  int year = 0, month = 0, day = 0;
  civilFromDays( days, year, month, day );
  char buffer[40];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d %02d:%02d", year, month, day,
                 static_cast<int>( rest / 3600 ), static_cast<int>( rest % 3600 / 60 ) );
  return buffer;
}

std::string number( double value )
{
  char buffer[40];
  std::snprintf( buffer, sizeof buffer, "%.10g", value );
  return buffer;
}

int64_t nowSeconds()
{
  return std::chrono::duration_cast<std::chrono::seconds>(
           std::chrono::system_clock::now().time_since_epoch() )
    .count();
}

std::string fidList( const std::vector<int64_t> &fids )
{
  std::string text = fids.size() == 1 ? "fid " : "fids ";
  const size_t shown = std::min<size_t>( fids.size(), 20 );
  for ( size_t i = 0; i < shown; ++i )
    text += ( i ? ", " : "" ) + std::to_string( fids[i] );
  if ( fids.size() > shown )
    text += ", … (" + std::to_string( fids.size() ) + " in all)";
  return text;
}

bool exists( Database &db, const std::string &sql, const std::string &value )
{
  Statement s = db.prepare( sql );
  s.bind( 1, value );
  return s.step();
}

bool exists( Database &db, const std::string &sql, int64_t value )
{
  Statement s = db.prepare( sql );
  s.bind( 1, value );
  return s.step();
}

bool recordExists( Database &db, RecordId id )
{
  return exists( db, std::string( "SELECT 1 FROM " ) + recordTableName( id.table ) + " WHERE fid = ?",
                 id.fid );
}

int tableSrsId( Database &db, RecordTable table )
{
  Statement s = db.prepare( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?" );
  s.bind( 1, recordTableName( table ) );
  return s.step() ? static_cast<int>( s.int64( 0 ) ) : 3006;
}

//! Throws Refused when a point is not a sane place in Sweden in the table's CRS.
void checkPosition( Database &db, RecordTable table, double x, double y )
{
  if ( !isPositionInSweden( db, table, x, y ) )
    throw Refused{ Message::make( table == RecordTable::Incidents ? MessageCode::EditIncidentOutsideSweden
                                                                  : MessageCode::EditObservationOutsideSweden,
                                  number( x ), number( y ), tableSrsId( db, table ) ) };
}

//! What a time is called in a message about it.
enum class TimeKind
{
  Time,
  Start,
  ObservationTime
};

void checkTime( int64_t utc, TimeKind kind )
{
  if ( isTimeAccepted( utc ) )
    return;
  if ( utc < 0 )
    throw Refused{ Message::make( kind == TimeKind::Start ? MessageCode::EditStartBefore1970
                                  : kind == TimeKind::ObservationTime
                                    ? MessageCode::EditObservationTimeBefore1970
                                    : MessageCode::EditTimeBefore1970,
                                  localText( utc ) ) };
  throw Refused{ Message::make( kind == TimeKind::Start             ? MessageCode::EditStartInFuture
                                : kind == TimeKind::ObservationTime ? MessageCode::EditObservationTimeInFuture
                                                                    : MessageCode::EditTimeInFuture,
                                localText( utc ) ) };
}

//! Merges comma-separated kind codes, keeping the fixed order the importer uses.
std::string mergeFlags( const std::string &a, const std::string &b )
{
  std::string merged;
  for ( const char *kind : { "personnummer", "phone", "email", "car_registration" } )
    if ( a.find( kind ) != std::string::npos || b.find( kind ) != std::string::npos )
      merged += ( merged.empty() ? "" : "," ) + std::string( kind );
  return merged;
}

//! The text to store: redacted unless kept; the kinds found are merged into flags.
std::string screened( const std::string &text, const EditOptions &options, std::string &flags )
{
  const ScreeningResult result = screenText( text );
  if ( result.clean() )
    return text;
  flags = mergeFlags( flags, result.flags() );
  return options.keepPersonalData ? text : redact( text, result );
}

void bindText( Statement &s, int index, const std::string &text )
{
  text.empty() ? s.bindNull( index ) : s.bind( index, text );
}

void audit( Database &db, const EditOptions &options, const std::string &action, RecordTable table,
            const std::vector<int64_t> &fids )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, ?, ?, ?)" );
  s.bind( 1, utcNowIso() );
  bindText( s, 2, options.actor );
  s.bind( 3, action ).bind( 4, recordTableName( table ) ).bind( 5, static_cast<int64_t>( fids.size() ) );
  const std::string origin = options.origin.empty() ? std::string( "by hand" ) : options.origin;
  s.bind( 6, fidList( fids ) + " (" + origin + ")" );
  s.run();
}

//! One audit row per table for a list of records from both tables.
void auditRecords( Database &db, const EditOptions &options, const std::string &action,
                   const std::vector<RecordId> &ids )
{
  std::map<RecordTable, std::vector<int64_t>> byTable;
  for ( const RecordId &id : ids )
    byTable[id.table].push_back( id.fid );
  for ( const auto &[table, fids] : byTable )
    audit( db, options, action, table, fids );
}

void validateIncident( Database &db, const IncidentRecord &r )
{
  if ( r.category.empty() )
    throw Refused{ Message::make( MessageCode::EditNoCategory ) };
  if ( !exists( db, "SELECT 1 FROM categories WHERE code = ?", r.category ) )
    throw Refused{ Message::make( MessageCode::EditUnknownCategory, quoted( r.category ) ) };
  checkTime( r.fromUtc, r.untilUtc ? TimeKind::Start : TimeKind::Time );
  if ( r.untilUtc && *r.untilUtc < r.fromUtc )
    throw Refused{
      Message::make( MessageCode::EditEndBeforeStart, localText( *r.untilUtc ), localText( r.fromUtc ) ) };
  if ( !std::isfinite( r.weight ) || r.weight < 0 )
    throw Refused{ Message::make( MessageCode::EditBadWeight, number( r.weight ) ) };
  if ( !r.placeType.empty() && !exists( db, "SELECT 1 FROM place_types WHERE code = ?", r.placeType ) )
    throw Refused{ Message::make( MessageCode::EditUnknownPlaceType, quoted( r.placeType ) ) };
  checkPosition( db, RecordTable::Incidents, r.x, r.y );
}

void validateObservation( Database &db, const ObservationRecord &r )
{
  if ( r.walkId && !exists( db, "SELECT 1 FROM safety_walks WHERE fid = ?", *r.walkId ) )
    throw Refused{ Message::make( MessageCode::EditUnknownWalk, *r.walkId ) };
  if ( !r.checklistItem.empty() &&
       !exists( db, "SELECT 1 FROM checklist_items WHERE code = ?", r.checklistItem ) )
    throw Refused{ Message::make( MessageCode::EditUnknownChecklistItem, quoted( r.checklistItem ) ) };
  if ( r.rating && ( *r.rating < 0 || *r.rating > 3 ) )
    throw Refused{ Message::make( MessageCode::EditBadRating, *r.rating ) };
  if ( r.observedUtc )
    checkTime( *r.observedUtc, TimeKind::ObservationTime );
  if ( r.stopId && !exists( db, "SELECT 1 FROM walk_stops WHERE fid = ?", *r.stopId ) )
    throw Refused{ Message::make( MessageCode::EditUnknownStop, *r.stopId ) };
  if ( !r.lightCondition.empty() && r.lightCondition != "daylight" && r.lightCondition != "dusk" &&
       r.lightCondition != "dark" )
    throw Refused{ Message::make( MessageCode::EditBadLightCondition, quoted( r.lightCondition ) ) };
  if ( !r.actionDeadline.empty() && !isIsoDate( r.actionDeadline ) )
    throw Refused{ Message::make( MessageCode::EditBadDeadline, quoted( r.actionDeadline ) ) };
  checkPosition( db, RecordTable::Observations, r.x, r.y );
}

std::vector<unsigned char> pointBlob( Database &db, RecordTable table, double x, double y )
{
  return encodeGpkgPoint( tableSrsId( db, table ), x, y );
}

Message missingRecord( RecordId id )
{
  return Message::make( id.table == RecordTable::Incidents ? MessageCode::EditNoSuchIncident
                                                           : MessageCode::EditNoSuchObservation,
                        id.fid );
}

void requireRecord( Database &db, RecordId id )
{
  if ( !recordExists( db, id ) )
    throw Refused{ missingRecord( id ) };
}

std::vector<RecordSnapshot> readSnapshots( Database &db, const std::vector<RecordId> &ids )
{
  std::vector<RecordSnapshot> result;
  result.reserve( ids.size() );
  std::map<RecordTable, Statement> queries;
  for ( const RecordId &id : ids )
  {
    auto it = queries.find( id.table );
    if ( it == queries.end() )
      it = queries
             .emplace( id.table, db.prepare( std::string( "SELECT * FROM " ) + recordTableName( id.table ) +
                                             " WHERE fid = ?" ) )
             .first;
    Statement &s = it->second;
    s.bind( 1, id.fid );
    if ( !s.step() )
    {
      s.reset();
      throw Refused{ missingRecord( id ) };
    }
    RecordSnapshot snapshot;
    snapshot.id = id;
    for ( int c = 0; c < s.columnCount(); ++c )
    {
      snapshot.columns.push_back( s.columnName( c ) );
      switch ( s.type( c ) )
      {
      case SqlType::Integer:
        snapshot.values.emplace_back( s.int64( c ) );
        break;
      case SqlType::Real:
        snapshot.values.emplace_back( s.real( c ) );
        break;
      case SqlType::Text:
        snapshot.values.emplace_back( s.text( c ) );
        break;
      case SqlType::Blob:
        snapshot.values.emplace_back( s.blob( c ) );
        break;
      case SqlType::Null:
        snapshot.values.emplace_back( std::monostate{} );
        break;
      }
    }
    s.reset();
    result.push_back( std::move( snapshot ) );
  }
  return result;
}

void bindValue( Statement &s, int index, const SqlValue &value )
{
  if ( const auto *i = std::get_if<int64_t>( &value ) )
    s.bind( index, *i );
  else if ( const auto *d = std::get_if<double>( &value ) )
    s.bind( index, *d );
  else if ( const auto *t = std::get_if<std::string>( &value ) )
    s.bind( index, *t );
  else if ( const auto *b = std::get_if<std::vector<unsigned char>>( &value ) )
    s.bindBlob( index, b->data(), static_cast<int>( b->size() ) );
  else
    s.bindNull( index );
}

std::string quotedColumn( const std::string &name )
{
  std::string result = "\"";
  for ( char c : name )
    result += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
  return result + "\"";
}

int srsIdOf( Database &db, const char *table )
{
  Statement s = db.prepare( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?" );
  s.bind( 1, table );
  return s.step() ? static_cast<int>( s.int64( 0 ) ) : 0;
}

//! Whether a CRS measures in metres (a projected one), so distances in it are metres.
bool isProjectedMetres( int srs )
{
  if ( srs == 3006 || ( srs >= 3007 && srs <= 3018 ) )
    return true;
  OGRSpatialReference crs;
  if ( srs <= 0 || crs.importFromEPSG( srs ) != OGRERR_NONE )
    return false;
  return crs.IsProjected() && std::fabs( crs.GetLinearUnits() - 1.0 ) < 1e-9;
}

//! The distance from (x, y) to the segment (ax, ay)–(bx, by).
double segmentDistance( double x, double y, double ax, double ay, double bx, double by )
{
  const double dx = bx - ax, dy = by - ay;
  const double length2 = dx * dx + dy * dy;
  double t = length2 > 0 ? ( ( x - ax ) * dx + ( y - ay ) * dy ) / length2 : 0;
  t = std::max( 0.0, std::min( 1.0, t ) );
  return std::hypot( x - ( ax + t * dx ), y - ( ay + t * dy ) );
}

//! The smallest distance from (x, y) to a line string's segments (to its point when it has one).
void lineDistance( const OGRLineString &line, double x, double y, std::optional<double> &best )
{
  const int n = line.getNumPoints();
  for ( int i = 0; i < n; ++i )
  {
    const double d = i + 1 < n ? segmentDistance( x, y, line.getX( i ), line.getY( i ), line.getX( i + 1 ),
                                                  line.getY( i + 1 ) )
                               : ( n == 1 ? std::hypot( x - line.getX( 0 ), y - line.getY( 0 ) ) : HUGE_VAL );
    if ( !best || d < *best )
      best = d;
  }
}

} // namespace

std::optional<double> distanceToWalkRoute( Database &db, int64_t walkId, double x, double y )
{
  const int srs = srsIdOf( db, "safety_walks" );
  if ( srs != srsIdOf( db, "observations" ) || !isProjectedMetres( srs ) )
    return std::nullopt;
  Statement s = db.prepare( "SELECT geom FROM safety_walks WHERE fid = ?" );
  s.bind( 1, walkId );
  if ( !s.step() || s.isNull( 0 ) )
    return std::nullopt;
  const std::vector<unsigned char> blob = s.blob( 0 );
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  if ( !wkb || gpkgIsEmpty( blob.data(), static_cast<int>( blob.size() ) ) )
    return std::nullopt;
  OGRGeometry *raw = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &raw, wkb->second ) != OGRERR_NONE || !raw )
    return std::nullopt;
  const std::unique_ptr<OGRGeometry> geometry( raw );
  std::optional<double> best;
  const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
  if ( type == wkbLineString )
    lineDistance( *geometry->toLineString(), x, y, best );
  else if ( type == wkbMultiLineString )
    for ( const OGRLineString *part : *geometry->toMultiLineString() )
      lineDistance( *part, x, y, best );
  if ( best && !std::isfinite( *best ) )
    return std::nullopt;
  return best;
}

std::optional<Message> observationRouteWarning( Database &db, std::optional<int64_t> walkId, double x,
                                                double y )
{
  if ( !walkId )
    return std::nullopt;
  const std::optional<double> distance = distanceToWalkRoute( db, *walkId, x, y );
  if ( !distance || *distance <= kObservationRouteToleranceMeters )
    return std::nullopt;
  return Message::make( MessageCode::WalkObservationFarFromRoute,
                        std::to_string( static_cast<int64_t>( std::llround( *distance ) ) ),
                        std::to_string( static_cast<int64_t>( kObservationRouteToleranceMeters ) ) );
}

bool isTimeAccepted( int64_t utcSeconds )
{
  return utcSeconds >= 0 && utcSeconds <= nowSeconds() + kSecondsPerDay;
}

bool isPositionInSweden( Database &db, RecordTable table, double x, double y )
{
  const int srs = tableSrsId( db, table );
  if ( !std::isfinite( x ) || !std::isfinite( y ) )
    return false;
  if ( srs == 3006 )
    return x >= 200000 && x <= 1000000 && y >= 6100000 && y <= 7700000;
  OGRSpatialReference source, wgs84;
  if ( source.importFromEPSG( srs ) != OGRERR_NONE || wgs84.importFromEPSG( 4326 ) != OGRERR_NONE )
    return false;
  source.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> transform(
    OGRCreateCoordinateTransformation( &source, &wgs84 ) );
  double lon = x, lat = y;
  return transform && transform->Transform( 1, &lon, &lat ) && insideSwedenLonLat( lon, lat );
}

const char *recordTableName( RecordTable table )
{
  return table == RecordTable::Incidents ? "incidents" : "observations";
}

std::optional<std::pair<double, double>> RecordSnapshot::position() const
{
  for ( size_t i = 0; i < columns.size() && i < values.size(); ++i )
    if ( columns[i] == "geom" )
      if ( const auto *blob = std::get_if<std::vector<unsigned char>>( &values[i] ) )
        return decodeGpkgPoint( blob->data(), static_cast<int>( blob->size() ) );
  return std::nullopt;
}

RecordEdits::RecordEdits( Database &db ) : mDb( db ) {}

Expected<int64_t> RecordEdits::insertIncident( const IncidentRecord &record, const EditOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::EditSaveIncidentFailed,
    [&]
    {
      validateIncident( mDb, record );
      addOrganisation( mDb, record.organisation );
      std::string flags;
      const std::string text = screened( record.description, options, flags );
      const std::string now = utcNowIso();
      const auto geometry = pointBlob( mDb, RecordTable::Incidents, record.x, record.y );
      Statement s = mDb.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, "
                                 "organisation, place_type, weight, description, screening_flags, source, "
                                 "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'manual', ?, "
                                 "?)" );
      s.bindBlob( 1, geometry.data(), static_cast<int>( geometry.size() ) );
      s.bind( 2, formatUtcIso( record.fromUtc ) );
      record.untilUtc ? s.bind( 3, formatUtcIso( *record.untilUtc ) ) : s.bindNull( 3 );
      s.bind( 4, record.category );
      bindText( s, 5, record.organisation );
      bindText( s, 6, record.placeType );
      s.bind( 7, record.weight );
      bindText( s, 8, text );
      bindText( s, 9, flags );
      s.bind( 10, now ).bind( 11, now );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options, "add", RecordTable::Incidents, { fid } );
      return fid;
    } );
}

Expected<int64_t> RecordEdits::insertObservation( const ObservationRecord &record,
                                                  const EditOptions &options )
{
  mWarnings.clear();
  std::vector<Message> warnings;
  auto inserted = inTransaction<int64_t>(
    mDb, MessageCode::EditSaveObservationFailed,
    [&]
    {
      validateObservation( mDb, record );
      if ( auto far = observationRouteWarning( mDb, record.walkId, record.x, record.y ) )
        warnings.push_back( std::move( *far ) );
      std::string flags;
      const std::string note = screened( record.note, options, flags );
      const std::string action = screened( record.proposedAction, options, flags );
      const std::string responsible = screened( record.responsible, options, flags );
      const std::string now = utcNowIso();
      const auto geometry = pointBlob( mDb, RecordTable::Observations, record.x, record.y );
      Statement s =
        mDb.prepare( "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, "
                     "note, proposed_action, observed_at, screening_flags, created_at, updated_at, stop_id, "
                     "draft, responsible, action_deadline, light_condition) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
      s.bindBlob( 1, geometry.data(), static_cast<int>( geometry.size() ) );
      record.walkId ? s.bind( 2, *record.walkId ) : s.bindNull( 2 );
      bindText( s, 3, record.checklistItem );
      record.rating ? s.bind( 4, *record.rating ) : s.bindNull( 4 );
      record.positive ? s.bind( 5, *record.positive ? 1 : 0 ) : s.bindNull( 5 );
      bindText( s, 6, note );
      bindText( s, 7, action );
      record.observedUtc ? s.bind( 8, formatUtcIso( *record.observedUtc ) ) : s.bindNull( 8 );
      bindText( s, 9, flags );
      s.bind( 10, now ).bind( 11, now );
      record.stopId ? s.bind( 12, *record.stopId ) : s.bindNull( 12 );
      s.bind( 13, record.draft ? 1 : 0 );
      bindText( s, 14, responsible );
      bindText( s, 15, record.actionDeadline );
      bindText( s, 16, record.lightCondition );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options, "add", RecordTable::Observations, { fid } );
      return fid;
    } );
  if ( inserted )
    mWarnings = std::move( warnings );
  return inserted;
}

Status RecordEdits::updateIncident( int64_t fid, const IncidentRecord &record, const EditOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::EditSaveIncidentFailed,
    [&]
    {
      requireRecord( mDb, { RecordTable::Incidents, fid } );
      validateIncident( mDb, record );
      addOrganisation( mDb, record.organisation );
      Statement old = mDb.prepare( "SELECT description, screening_flags FROM incidents WHERE fid = ?" );
      old.bind( 1, fid );
      old.step();
      std::string text = record.description;
      std::string flags = old.text( 1 );
      if ( text != old.text( 0 ) )
      {
        // The flags say what was found in the text as it is now: a new text is screened afresh.
        flags.clear();
        text = screened( record.description, options, flags );
      }
      old.reset();
      const auto geometry = pointBlob( mDb, RecordTable::Incidents, record.x, record.y );
      Statement s =
        mDb.prepare( "UPDATE incidents SET geom = ?, occurred_from = ?, occurred_until = ?, category = ?, "
                     "organisation = ?, place_type = ?, weight = ?, description = ?, screening_flags = ?, "
                     "updated_at = ? WHERE fid = ?" );
      s.bindBlob( 1, geometry.data(), static_cast<int>( geometry.size() ) );
      s.bind( 2, formatUtcIso( record.fromUtc ) );
      record.untilUtc ? s.bind( 3, formatUtcIso( *record.untilUtc ) ) : s.bindNull( 3 );
      s.bind( 4, record.category );
      bindText( s, 5, record.organisation );
      bindText( s, 6, record.placeType );
      s.bind( 7, record.weight );
      bindText( s, 8, text );
      bindText( s, 9, flags );
      s.bind( 10, utcNowIso() ).bind( 11, fid );
      s.run();
      audit( mDb, options, "edit", RecordTable::Incidents, { fid } );
      return Done{};
    } );
}

Status RecordEdits::updateObservation( int64_t fid, const ObservationRecord &record,
                                       const EditOptions &options )
{
  mWarnings.clear();
  std::vector<Message> warnings;
  Status updated = inTransaction<Done>(
    mDb, MessageCode::EditSaveObservationFailed,
    [&]
    {
      requireRecord( mDb, { RecordTable::Observations, fid } );
      validateObservation( mDb, record );
      {
        // Said again only when the place or the walk changes: editing the note of an observation the user
        // already kept where it is says nothing new.
        Statement was = mDb.prepare( "SELECT geom, walk_id FROM observations WHERE fid = ?" );
        was.bind( 1, fid );
        was.step();
        const std::vector<unsigned char> blob =
          was.isNull( 0 ) ? std::vector<unsigned char>() : was.blob( 0 );
        const auto oldPoint = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
        const std::optional<int64_t> oldWalk =
          was.isNull( 1 ) ? std::nullopt : std::optional<int64_t>( was.int64( 1 ) );
        const bool moved = !oldPoint || oldPoint->first != record.x || oldPoint->second != record.y;
        if ( moved || oldWalk != record.walkId )
          if ( auto far = observationRouteWarning( mDb, record.walkId, record.x, record.y ) )
            warnings.push_back( std::move( *far ) );
      }
      Statement old = mDb.prepare(
        "SELECT note, proposed_action, screening_flags, responsible FROM observations WHERE fid = ?" );
      old.bind( 1, fid );
      old.step();
      std::string note = record.note;
      std::string action = record.proposedAction;
      std::string responsible = record.responsible;
      std::string flags = old.text( 2 );
      if ( note != old.text( 0 ) || action != old.text( 1 ) || responsible != old.text( 3 ) )
      {
        flags.clear();
        note = screened( record.note, options, flags );
        action = screened( record.proposedAction, options, flags );
        responsible = screened( record.responsible, options, flags );
      }
      old.reset();
      const auto geometry = pointBlob( mDb, RecordTable::Observations, record.x, record.y );
      Statement s =
        mDb.prepare( "UPDATE observations SET geom = ?, walk_id = ?, checklist_item = ?, rating = ?, "
                     "positive = ?, note = ?, proposed_action = ?, observed_at = ?, "
                     "screening_flags = ?, updated_at = ?, stop_id = ?, draft = ?, responsible = ?, "
                     "action_deadline = ?, light_condition = ? WHERE fid = ?" );
      s.bindBlob( 1, geometry.data(), static_cast<int>( geometry.size() ) );
      record.walkId ? s.bind( 2, *record.walkId ) : s.bindNull( 2 );
      bindText( s, 3, record.checklistItem );
      record.rating ? s.bind( 4, *record.rating ) : s.bindNull( 4 );
      record.positive ? s.bind( 5, *record.positive ? 1 : 0 ) : s.bindNull( 5 );
      bindText( s, 6, note );
      bindText( s, 7, action );
      record.observedUtc ? s.bind( 8, formatUtcIso( *record.observedUtc ) ) : s.bindNull( 8 );
      bindText( s, 9, flags );
      s.bind( 10, utcNowIso() );
      record.stopId ? s.bind( 11, *record.stopId ) : s.bindNull( 11 );
      s.bind( 12, record.draft ? 1 : 0 );
      bindText( s, 13, responsible );
      bindText( s, 14, record.actionDeadline );
      bindText( s, 15, record.lightCondition );
      s.bind( 16, fid );
      s.run();
      audit( mDb, options, "edit", RecordTable::Observations, { fid } );
      return Done{};
    } );
  if ( updated )
    mWarnings = std::move( warnings );
  return updated;
}

Status RecordEdits::updateIncidents( const std::vector<int64_t> &fids, const IncidentChanges &changes,
                                     const EditOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::EditSaveIncidentsFailed,
    [&]
    {
      if ( fids.empty() || changes.empty() )
        return Done{};
      for ( int64_t fid : fids )
        requireRecord( mDb, { RecordTable::Incidents, fid } );
      if ( changes.category )
      {
        if ( changes.category->empty() )
          throw Refused{ Message::make( MessageCode::EditCategoryRequired ) };
        if ( !exists( mDb, "SELECT 1 FROM categories WHERE code = ?", *changes.category ) )
          throw Refused{ Message::make( MessageCode::EditUnknownCategory, quoted( *changes.category ) ) };
      }
      if ( changes.placeType && !changes.placeType->empty() &&
           !exists( mDb, "SELECT 1 FROM place_types WHERE code = ?", *changes.placeType ) )
        throw Refused{ Message::make( MessageCode::EditUnknownPlaceType, quoted( *changes.placeType ) ) };
      if ( changes.weight && ( !std::isfinite( *changes.weight ) || *changes.weight < 0 ) )
        throw Refused{ Message::make( MessageCode::EditBadWeight, number( *changes.weight ) ) };
      if ( changes.organisation )
        addOrganisation( mDb, *changes.organisation );
      // Only the fields that were given: a multi-edit leaves everything else of each incident as it was.
      std::string sql = "UPDATE incidents SET updated_at = ?";
      if ( changes.category )
        sql += ", category = ?";
      if ( changes.organisation )
        sql += ", organisation = ?";
      if ( changes.placeType )
        sql += ", place_type = ?";
      if ( changes.weight )
        sql += ", weight = ?";
      sql += " WHERE fid = ?";
      Statement s = mDb.prepare( sql );
      const std::string now = utcNowIso();
      for ( int64_t fid : fids )
      {
        int index = 1;
        s.bind( index++, now );
        if ( changes.category )
          s.bind( index++, *changes.category );
        if ( changes.organisation )
          bindText( s, index++, *changes.organisation );
        if ( changes.placeType )
          bindText( s, index++, *changes.placeType );
        if ( changes.weight )
          s.bind( index++, *changes.weight );
        s.bind( index, fid );
        s.run();
      }
      audit( mDb, options, "edit", RecordTable::Incidents, fids );
      return Done{};
    } );
}

Status RecordEdits::move( const std::vector<PointMove> &moves, const EditOptions &options )
{
  mWarnings.clear();
  std::vector<Message> warnings;
  Status moved = inTransaction<Done>(
    mDb, MessageCode::EditMoveFailed,
    [&]
    {
      std::vector<RecordId> ids;
      const std::string now = utcNowIso();
      for ( const PointMove &m : moves )
      {
        requireRecord( mDb, m.id );
        checkPosition( mDb, m.id.table, m.x, m.y );
        if ( m.id.table == RecordTable::Observations )
        {
          Statement walk = mDb.prepare( "SELECT walk_id FROM observations WHERE fid = ?" );
          walk.bind( 1, m.id.fid );
          if ( walk.step() && !walk.isNull( 0 ) )
            if ( auto far = observationRouteWarning( mDb, walk.int64( 0 ), m.x, m.y ) )
              warnings.push_back( std::move( *far ) );
        }
        const auto geometry = pointBlob( mDb, m.id.table, m.x, m.y );
        Statement s = mDb.prepare( std::string( "UPDATE " ) + recordTableName( m.id.table ) +
                                   " SET geom = ?, updated_at = ? WHERE fid = ?" );
        s.bindBlob( 1, geometry.data(), static_cast<int>( geometry.size() ) );
        s.bind( 2, now ).bind( 3, m.id.fid );
        s.run();
        ids.push_back( m.id );
      }
      auditRecords( mDb, options, "move", ids );
      return Done{};
    } );
  if ( moved )
    mWarnings = std::move( warnings );
  return moved;
}

Expected<std::vector<RecordSnapshot>> RecordEdits::remove( const std::vector<RecordId> &ids,
                                                           const EditOptions &options )
{
  return inTransaction<std::vector<RecordSnapshot>>(
    mDb, MessageCode::EditDeleteFailed,
    [&]
    {
      std::vector<RecordSnapshot> removed = readSnapshots( mDb, ids );
      for ( const RecordId &id : ids )
      {
        Statement s =
          mDb.prepare( std::string( "DELETE FROM " ) + recordTableName( id.table ) + " WHERE fid = ?" );
        s.bind( 1, id.fid );
        s.run();
      }
      auditRecords( mDb, options, "delete", ids );
      return removed;
    } );
}

Status RecordEdits::restore( const std::vector<RecordSnapshot> &snapshots, const EditOptions &options )
{
  return inTransaction<Done>( mDb, MessageCode::EditRestoreFailed,
                              [&]
                              {
                                std::vector<RecordId> ids;
                                for ( const RecordSnapshot &snapshot : snapshots )
                                {
                                  if ( recordExists( mDb, snapshot.id ) )
                                    throw Refused{ Message::make( snapshot.id.table == RecordTable::Incidents
                                                                    ? MessageCode::EditIncidentExists
                                                                    : MessageCode::EditObservationExists,
                                                                  snapshot.id.fid ) };
                                  std::string columns, places;
                                  for ( const std::string &column : snapshot.columns )
                                  {
                                    columns += ( columns.empty() ? "" : ", " ) + quotedColumn( column );
                                    places += places.empty() ? "?" : ", ?";
                                  }
                                  Statement s = mDb.prepare( std::string( "INSERT INTO " ) +
                                                             recordTableName( snapshot.id.table ) + " (" +
                                                             columns + ") VALUES (" + places + ")" );
                                  for ( size_t i = 0; i < snapshot.values.size(); ++i )
                                    bindValue( s, static_cast<int>( i + 1 ), snapshot.values[i] );
                                  s.run();
                                  ids.push_back( snapshot.id );
                                }
                                auditRecords( mDb, options, "restore", ids );
                                return Done{};
                              } );
}

Status RecordEdits::replace( const std::vector<RecordSnapshot> &snapshots, const EditOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::EditSaveFailed,
    [&]
    {
      std::vector<RecordId> ids;
      for ( const RecordSnapshot &snapshot : snapshots )
      {
        requireRecord( mDb, snapshot.id );
        std::string assignments;
        for ( const std::string &column : snapshot.columns )
          if ( column != "fid" )
            assignments += ( assignments.empty() ? "" : ", " ) + quotedColumn( column ) + " = ?";
        Statement s = mDb.prepare( std::string( "UPDATE " ) + recordTableName( snapshot.id.table ) + " SET " +
                                   assignments + " WHERE fid = ?" );
        int index = 1;
        for ( size_t i = 0; i < snapshot.values.size(); ++i )
          if ( snapshot.columns[i] != "fid" )
            bindValue( s, index++, snapshot.values[i] );
        s.bind( index, snapshot.id.fid );
        s.run();
        ids.push_back( snapshot.id );
      }
      auditRecords( mDb, options, "edit", ids );
      return Done{};
    } );
}

Expected<std::vector<RecordSnapshot>> RecordEdits::snapshots( const std::vector<RecordId> &ids )
{
  try
  {
    return readSnapshots( mDb, ids );
  }
  catch ( const Refused &invalid )
  {
    return Error{ invalid.message };
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::EditReadRecordsFailed, e.what() );
  }
}

Expected<IncidentRecord> RecordEdits::readIncident( int64_t fid )
{
  try
  {
    Statement s =
      mDb.prepare( "SELECT geom, occurred_from, occurred_until, category, organisation, place_type, "
                   "weight, description, screening_flags, source FROM incidents WHERE fid = ?" );
    s.bind( 1, fid );
    if ( !s.step() )
      return Error( MessageCode::EditIncidentNotFound, fid );
    IncidentRecord r;
    const auto blob = s.blob( 0 );
    if ( const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
    {
      r.x = point->first;
      r.y = point->second;
    }
    r.fromUtc = parseUtcIso( s.text( 1 ) ).value_or( 0 );
    if ( !s.isNull( 2 ) )
      r.untilUtc = parseUtcIso( s.text( 2 ) );
    r.category = s.text( 3 );
    r.organisation = s.text( 4 );
    r.placeType = s.text( 5 );
    r.weight = s.isNull( 6 ) ? 1 : s.real( 6 );
    r.description = s.text( 7 );
    r.screeningFlags = s.text( 8 );
    r.source = s.text( 9 );
    return r;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::EditReadIncidentFailed, e.what() );
  }
}

Expected<ObservationRecord> RecordEdits::readObservation( int64_t fid )
{
  try
  {
    Statement s =
      mDb.prepare( "SELECT geom, walk_id, checklist_item, rating, positive, note, proposed_action, "
                   "observed_at, screening_flags, stop_id, draft, responsible, action_deadline, "
                   "light_condition FROM observations WHERE fid = ?" );
    s.bind( 1, fid );
    if ( !s.step() )
      return Error( MessageCode::EditObservationNotFound, fid );
    ObservationRecord r;
    const auto blob = s.blob( 0 );
    if ( const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
    {
      r.x = point->first;
      r.y = point->second;
    }
    if ( !s.isNull( 1 ) )
      r.walkId = s.int64( 1 );
    r.checklistItem = s.text( 2 );
    if ( !s.isNull( 3 ) )
      r.rating = static_cast<int>( s.int64( 3 ) );
    if ( !s.isNull( 4 ) )
      r.positive = s.int64( 4 ) != 0;
    r.note = s.text( 5 );
    r.proposedAction = s.text( 6 );
    if ( !s.isNull( 7 ) )
      r.observedUtc = parseUtcIso( s.text( 7 ) );
    r.screeningFlags = s.text( 8 );
    if ( !s.isNull( 9 ) )
      r.stopId = s.int64( 9 );
    r.draft = s.int64( 10 ) != 0;
    r.responsible = s.text( 11 );
    r.actionDeadline = s.text( 12 );
    r.lightCondition = s.text( 13 );
    return r;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::EditReadObservationFailed, e.what() );
  }
}

} // namespace tryggkarta

#include "actionstore.h"

#include "areas.h"
#include "calendar.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "json.h"
#include "placeprecision.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "swedishtext.h"
#include "textscreening.h"
#include "transactions.h"

#include <cpl_json.h>
#include <ogr_api.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <set>

namespace tryggkarta
{

namespace
{

bool blank( const std::string &text )
{
  return text.find_first_not_of( " \t\r\n" ) == std::string::npos;
}

std::string screened( const std::string &text )
{
  const ScreeningResult result = screenText( text );
  return result.clean() ? text : redact( text, result );
}

std::string quoted( const std::string &text )
{
  return "'" + text + "'";
}

std::string todayStockholm()
{
  return isoDateOfDay( stockholmDay( static_cast<int64_t>( std::time( nullptr ) ) ) );
}

std::string joined( const std::vector<std::string> &items, const std::string &separator )
{
  std::string out;
  for ( const std::string &item : items )
    out += ( out.empty() ? "" : separator ) + item;
  return out;
}

std::string placeholders( std::size_t n )
{
  std::string out = "(";
  for ( std::size_t i = 0; i < n; ++i )
    out += i == 0 ? "?" : ", ?";
  return out + ")";
}

bool contains( const std::vector<std::string> &list, const std::string &value )
{
  return std::find( list.begin(), list.end(), value ) != list.end();
}

void audit( Database &db, const std::string &actor, const std::string &action, const std::string &table,
            int64_t rows, const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, ?, ?, ?)" );
  s.bind( 1, utcNowIso() );
  s.bindTextOrNull( 2, actor );
  s.bind( 3, action ).bind( 4, table ).bind( 5, rows ).bind( 6, details );
  s.run();
}

std::string originText( const ActionWriteOptions &options )
{
  return options.origin.empty() ? std::string( "by hand" ) : options.origin;
}

int tableSrs( Database &db, const char *table )
{
  Statement s = db.prepare( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = ?" );
  s.bind( 1, table );
  return s.step() ? static_cast<int>( s.int64( 0 ) ) : 3006;
}

bool rowExists( Database &db, const char *table, int64_t fid )
{
  Statement s = db.prepare( std::string( "SELECT 1 FROM " ) + table + " WHERE fid = ?" );
  s.bind( 1, fid );
  return s.step();
}

// ---------------------------------------------------------------------------------------------------------
// Geometry
// ---------------------------------------------------------------------------------------------------------

std::unique_ptr<OGRGeometry> geometryOf( const std::vector<unsigned char> &blob )
{
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  if ( !wkb || gpkgIsEmpty( blob.data(), static_cast<int>( blob.size() ) ) )
    return nullptr;
  OGRGeometry *raw = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &raw, wkb->second ) != OGRERR_NONE || !raw )
    return nullptr;
  return std::unique_ptr<OGRGeometry>( raw );
}

//! A point inside a polygon or multipolygon (GEOS's point on surface), else its first vertex.
std::optional<ActionPoint> pointInside( const OGRGeometry &geometry )
{
  const OGRwkbGeometryType type = wkbFlatten( geometry.getGeometryType() );
  if ( type == wkbPoint )
  {
    const OGRPoint *p = geometry.toPoint();
    return ActionPoint{ p->getX(), p->getY() };
  }
  const OGRPolygon *first = nullptr;
  if ( type == wkbPolygon )
    first = geometry.toPolygon();
  else if ( type == wkbMultiPolygon && !geometry.toMultiPolygon()->IsEmpty() )
    first = geometry.toMultiPolygon()->getGeometryRef( 0 );
  if ( !first )
    return std::nullopt;
  // GEOS's point on surface (OGRSurface::PointOnSurface is not implemented for polygons in GDAL 3.6).
  CPLPushErrorHandler( CPLQuietErrorHandler );
  OGRGeometryH inside =
    OGR_G_PointOnSurface( OGRGeometry::ToHandle( const_cast<OGRGeometry *>( &geometry ) ) );
  CPLPopErrorHandler();
  if ( inside )
  {
    std::unique_ptr<OGRGeometry> owned( OGRGeometry::FromHandle( inside ) );
    if ( wkbFlatten( owned->getGeometryType() ) == wkbPoint && !owned->IsEmpty() )
      return ActionPoint{ owned->toPoint()->getX(), owned->toPoint()->getY() };
  }
  const OGRLinearRing *ring = first->getExteriorRing();
  if ( ring && ring->getNumPoints() > 0 )
    return ActionPoint{ ring->getX( 0 ), ring->getY( 0 ) };
  return std::nullopt;
}

std::optional<ActionPoint> pointOfBlob( const std::vector<unsigned char> &blob )
{
  if ( blob.empty() )
    return std::nullopt;
  if ( const auto p = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
    return ActionPoint{ p->first, p->second };
  const std::unique_ptr<OGRGeometry> geometry = geometryOf( blob );
  return geometry ? pointInside( *geometry ) : std::nullopt;
}

std::vector<unsigned char> multiPolygonBlob( int srs, const OGRMultiPolygon &multi )
{
  std::vector<unsigned char> wkb( static_cast<std::size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  OGREnvelope envelope;
  multi.getEnvelope( &envelope );
  return encodeGpkgWkb( srs, wkb, Envelope{ envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY } );
}

std::vector<unsigned char> polygonsBlob( int srs, const std::vector<std::vector<ActionPoint>> &polygons )
{
  OGRMultiPolygon multi;
  for ( const std::vector<ActionPoint> &outline : polygons )
  {
    auto ring = std::make_unique<OGRLinearRing>();
    for ( const ActionPoint &p : outline )
      ring->addPoint( p.x, p.y );
    ring->closeRings();
    OGRPolygon polygon;
    polygon.addRingDirectly( ring.release() );
    multi.addGeometry( &polygon );
  }
  return multiPolygonBlob( srs, multi );
}

std::vector<std::vector<ActionPoint>> outerRings( const std::vector<unsigned char> &blob )
{
  std::vector<std::vector<ActionPoint>> rings;
  const std::unique_ptr<OGRGeometry> geometry = geometryOf( blob );
  if ( !geometry )
    return rings;
  auto add = [&]( const OGRPolygon *polygon )
  {
    const OGRLinearRing *ring = polygon->getExteriorRing();
    if ( !ring )
      return;
    std::vector<ActionPoint> points;
    const int n = ring->getNumPoints();
    // Stored closed; given (and read back) without the repeated first point.
    const int last =
      n > 1 && ring->getX( 0 ) == ring->getX( n - 1 ) && ring->getY( 0 ) == ring->getY( n - 1 ) ? n - 1 : n;
    for ( int i = 0; i < last; ++i )
      points.push_back( { ring->getX( i ), ring->getY( i ) } );
    rings.push_back( std::move( points ) );
  };
  const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
  if ( type == wkbPolygon )
    add( geometry->toPolygon() );
  else if ( type == wkbMultiPolygon )
    for ( const OGRPolygon *polygon : *geometry->toMultiPolygon() )
      add( polygon );
  return rings;
}

//! The area's outline as a multipolygon blob in the priorities' CRS.
std::vector<unsigned char> areaOutlineBlob( Database &db, int64_t areaId, int srs )
{
  Statement s = db.prepare( "SELECT geom, name FROM areas WHERE fid = ?" );
  s.bind( 1, areaId );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::ActionUnknownArea, areaId ) };
  const std::unique_ptr<OGRGeometry> geometry = geometryOf( s.blob( 0 ) );
  if ( !geometry )
    throw Refused{ Message::make( MessageCode::PriorityAreaUnreadable, s.text( 1 ) ) };
  std::unique_ptr<OGRGeometry> multi(
    OGRGeometryFactory::forceToMultiPolygon( geometry->clone() ) ); // takes the clone
  if ( !multi || wkbFlatten( multi->getGeometryType() ) != wkbMultiPolygon )
    throw Refused{ Message::make( MessageCode::PriorityAreaUnreadable, s.text( 1 ) ) };
  return multiPolygonBlob( srs, *multi->toMultiPolygon() );
}

//! Every area of the project with its rings, for counting (as core/project/areas.cpp reads them).
std::vector<ProjectArea> readAreas( Database &db )
{
  std::vector<ProjectArea> areas;
  Statement s = db.prepare( "SELECT fid, geom, name, kind, code FROM areas ORDER BY fid" );
  while ( s.step() )
  {
    ProjectArea area;
    area.fid = s.int64( 0 );
    area.name = s.text( 2 );
    area.kind = s.text( 3 );
    area.code = s.isNull( 4 ) ? std::string() : s.text( 4 );
    const std::unique_ptr<OGRGeometry> geometry = geometryOf( s.blob( 1 ) );
    if ( geometry )
    {
      auto addRing = [&]( const OGRLinearRing *ring )
      {
        if ( !ring || ring->getNumPoints() < 3 )
          return;
        std::vector<std::pair<double, double>> points;
        for ( int i = 0; i < ring->getNumPoints(); ++i )
          points.emplace_back( ring->getX( i ), ring->getY( i ) );
        area.rings.push_back( std::move( points ) );
      };
      auto addPolygon = [&]( const OGRPolygon *polygon )
      {
        addRing( polygon->getExteriorRing() );
        for ( int i = 0; i < polygon->getNumInteriorRings(); ++i )
          addRing( polygon->getInteriorRing( i ) );
      };
      const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
      if ( type == wkbPolygon )
        addPolygon( geometry->toPolygon() );
      else if ( type == wkbMultiPolygon )
        for ( const OGRPolygon *polygon : *geometry->toMultiPolygon() )
          addPolygon( polygon );
      OGREnvelope envelope;
      geometry->getEnvelope( &envelope );
      area.envelope = Envelope{ envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY };
    }
    areas.push_back( std::move( area ) );
  }
  return areas;
}

// ---------------------------------------------------------------------------------------------------------
// Actions: checks
// ---------------------------------------------------------------------------------------------------------

std::string statusList()
{
  return joined( actionStatusCodes(), ", " );
}

void checkDate( const std::string &what, const std::string &date )
{
  if ( !date.empty() && !isIsoDate( date ) )
    throw Refused{ Message::make( MessageCode::ActionBadDate, what, quoted( date ) ) };
}

void checkStatusCode( const std::string &status )
{
  if ( !contains( actionStatusCodes(), status ) )
    throw Refused{ Message::make( MessageCode::ActionBadStatus, quoted( status ), statusList() ) };
}

/**
 * The status rules of a change (see checkStatusChange); everDecided: the action was decided, started or done
 * before (its history says so), so marking it done needs no note.
 */
void checkChange( const std::string &from, const std::string &to, const StatusChangeDetails &details,
                  const std::string &decidedDate, bool everDecided )
{
  checkStatusCode( to );
  if ( !from.empty() )
    checkStatusCode( from );
  checkDate( "date", details.effectiveDate );
  checkDate( "decision date", decidedDate );
  if ( to == "rejected" && blank( details.rejectionReason ) )
    throw Refused{ Message::make( MessageCode::ActionRejectedNeedsReason ) };
  const bool decided = everDecided || !decidedDate.empty() || from == "decided" || from == "in_progress";
  if ( to == "done" && !decided && blank( details.note ) )
    throw Refused{ Message::make( MessageCode::ActionDoneNeedsNote ) };
  if ( ( to == "in_progress" || to == "done" || to == "rejected" ) && !decidedDate.empty() )
  {
    const std::string effective = details.effectiveDate.empty() ? todayStockholm() : details.effectiveDate;
    if ( effective < decidedDate )
      throw Refused{ Message::make( to == "done" ? MessageCode::ActionDoneBeforeDecided
                                                 : MessageCode::ActionDateBeforeDecision,
                                    effective, decidedDate ) };
  }
}

//! Everything but the status rules: text, codes, numbers, dates, references.
void checkAction( Database &db, const Action &action )
{
  if ( blank( action.title ) )
    throw Refused{ Message::make( MessageCode::ActionTitleRequired ) };
  if ( !contains( actionKinds(), action.kind ) )
    throw Refused{
      Message::make( MessageCode::ActionBadKind, quoted( action.kind ), joined( actionKinds(), ", " ) ) };
  checkStatusCode( action.status );
  if ( action.priority && ( *action.priority < 1 || *action.priority > 3 ) )
    throw Refused{
      Message::make( MessageCode::ActionBadPriority, static_cast<int64_t>( *action.priority ) ) };
  if ( action.costSek && ( !std::isfinite( *action.costSek ) || *action.costSek < 0 ) )
    throw Refused{ Message::make( MessageCode::ActionNegativeCost, formatNumber( *action.costSek ) ) };
  checkDate( "deadline", action.deadline );
  checkDate( "decision date", action.decidedDate );
  checkDate( "done date", action.doneDate );
  checkDate( "start date", action.startDate );
  checkDate( "end date", action.endDate );
  if ( !action.deadline.empty() && !action.decidedDate.empty() && action.deadline < action.decidedDate )
    throw Refused{
      Message::make( MessageCode::ActionDeadlineBeforeDecision, action.deadline, action.decidedDate ) };
  if ( action.status == "done" && !action.doneDate.empty() && !action.decidedDate.empty() &&
       action.doneDate < action.decidedDate )
    throw Refused{
      Message::make( MessageCode::ActionDoneBeforeDecided, action.doneDate, action.decidedDate ) };
  if ( !action.startDate.empty() && !action.endDate.empty() && action.endDate < action.startDate )
    throw Refused{ Message::make( MessageCode::ActionEndBeforeStart, action.endDate, action.startDate ) };
  if ( action.point && ( !std::isfinite( action.point->x ) || !std::isfinite( action.point->y ) ) )
    throw Refused{ Message::make( MessageCode::ActionBadPoint, formatNumber( action.point->x ),
                                  formatNumber( action.point->y ) ) };
  if ( action.status == "rejected" && blank( action.rejectionReason ) )
    throw Refused{ Message::make( MessageCode::ActionRejectedNeedsReason ) };
  if ( action.priorityId && !rowExists( db, "priorities", *action.priorityId ) )
    throw Refused{ Message::make( MessageCode::ActionUnknownPriority, *action.priorityId ) };
  if ( action.observationId && !rowExists( db, "observations", *action.observationId ) )
    throw Refused{ Message::make( MessageCode::ActionUnknownObservation, *action.observationId ) };
  if ( action.incidentId && !rowExists( db, "incidents", *action.incidentId ) )
    throw Refused{ Message::make( MessageCode::ActionUnknownIncident, *action.incidentId ) };
  if ( action.areaId && !rowExists( db, "areas", *action.areaId ) )
    throw Refused{ Message::make( MessageCode::ActionUnknownArea, *action.areaId ) };
}

//! Whether the history shows the action decided, started or done at some time.
bool everDecided( Database &db, int64_t actionId )
{
  Statement s = db.prepare( "SELECT 1 FROM action_status_history WHERE action_id = ? AND to_status IN "
                            "('decided', 'in_progress', 'done') LIMIT 1" );
  s.bind( 1, actionId );
  return s.step();
}

// ---------------------------------------------------------------------------------------------------------
// Actions: rows
// ---------------------------------------------------------------------------------------------------------

constexpr const char *kActionColumns =
  "SELECT a.fid, a.title, a.description, a.kind, a.priority_id, a.observation_id, a.incident_id, a.area_id, "
  "a.cluster_ref, a.responsible_organisation, a.contact_role, a.priority, a.deadline, a.cost_sek, a.status, "
  "a.decided_date, a.done_date, a.rejection_reason, a.note, a.start_date, a.end_date, a.x, a.y, "
  "a.created_at, "
  "a.updated_at, ar.name, p.problem, o.geom, i.geom, ar.geom, p.geom FROM actions a "
  "LEFT JOIN areas ar ON ar.fid = a.area_id LEFT JOIN priorities p ON p.fid = a.priority_id "
  "LEFT JOIN observations o ON o.fid = a.observation_id LEFT JOIN incidents i ON i.fid = a.incident_id";

std::optional<int64_t> optionalId( Statement &s, int column )
{
  return s.isNull( column ) ? std::nullopt : std::optional<int64_t>( s.int64( column ) );
}

//! Reads actions; the places of areas and priorities are computed once each.
class ActionReader
{
public:
  ActionReader() = default;

  Action read( Statement &s )
  {
    Action a;
    a.fid = s.int64( 0 );
    a.title = s.text( 1 );
    a.description = s.text( 2 );
    a.kind = s.text( 3 );
    a.priorityId = optionalId( s, 4 );
    a.observationId = optionalId( s, 5 );
    a.incidentId = optionalId( s, 6 );
    a.areaId = optionalId( s, 7 );
    a.clusterRef = s.text( 8 );
    a.responsible = s.text( 9 );
    a.contactRole = s.text( 10 );
    if ( !s.isNull( 11 ) )
      a.priority = static_cast<int>( s.int64( 11 ) );
    a.deadline = s.text( 12 );
    if ( !s.isNull( 13 ) )
      a.costSek = s.real( 13 );
    a.status = s.text( 14 );
    a.decidedDate = s.text( 15 );
    a.doneDate = s.text( 16 );
    a.rejectionReason = s.text( 17 );
    a.note = s.text( 18 );
    a.startDate = s.text( 19 );
    a.endDate = s.text( 20 );
    if ( !s.isNull( 21 ) && !s.isNull( 22 ) )
      a.point = ActionPoint{ s.real( 21 ), s.real( 22 ) };
    a.createdAt = s.text( 23 );
    a.updatedAt = s.text( 24 );
    a.areaName = s.text( 25 );
    a.priorityProblem = s.text( 26 );
    if ( a.point )
      a.place = a.point;
    if ( !a.place && !s.isNull( 27 ) )
      a.place = pointOfBlob( s.blob( 27 ) );
    if ( !a.place && !s.isNull( 28 ) )
      a.place = pointOfBlob( s.blob( 28 ) );
    if ( !a.place && a.areaId && !s.isNull( 29 ) )
      a.place = cached( mAreas, *a.areaId, s, 29 );
    if ( !a.place && a.priorityId && !s.isNull( 30 ) )
      a.place = cached( mPriorities, *a.priorityId, s, 30 );
    return a;
  }

private:
  std::optional<ActionPoint> cached( std::map<int64_t, std::optional<ActionPoint>> &cache, int64_t id,
                                     Statement &s, int column )
  {
    auto it = cache.find( id );
    if ( it == cache.end() )
      it = cache.emplace( id, pointOfBlob( s.blob( column ) ) ).first;
    return it->second;
  }

  std::map<int64_t, std::optional<ActionPoint>> mAreas;
  std::map<int64_t, std::optional<ActionPoint>> mPriorities;
};

Action loadAction( Database &db, int64_t actionId )
{
  Statement s = db.prepare( std::string( kActionColumns ) + " WHERE a.fid = ?" );
  s.bind( 1, actionId );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::ActionNotFound, actionId ) };
  ActionReader reader;
  return reader.read( s );
}

//! Binds the action's columns 1 … 22 (see kWriteColumns).
void bindAction( Statement &s, const Action &a )
{
  s.bind( 1, screened( a.title ) );
  s.bindTextOrNull( 2, screened( a.description ) );
  s.bind( 3, a.kind );
  a.priorityId ? s.bind( 4, *a.priorityId ) : s.bindNull( 4 );
  a.observationId ? s.bind( 5, *a.observationId ) : s.bindNull( 5 );
  a.incidentId ? s.bind( 6, *a.incidentId ) : s.bindNull( 6 );
  a.areaId ? s.bind( 7, *a.areaId ) : s.bindNull( 7 );
  s.bindTextOrNull( 8, a.clusterRef );
  s.bindTextOrNull( 9, screened( a.responsible ) );
  s.bindTextOrNull( 10, screened( a.contactRole ) );
  a.priority ? s.bind( 11, static_cast<int64_t>( *a.priority ) ) : s.bindNull( 11 );
  s.bindTextOrNull( 12, a.deadline );
  a.costSek ? s.bind( 13, *a.costSek ) : s.bindNull( 13 );
  s.bind( 14, a.status );
  s.bindTextOrNull( 15, a.decidedDate );
  s.bindTextOrNull( 16, a.doneDate );
  s.bindTextOrNull( 17, a.status == "rejected" ? screened( a.rejectionReason ) : std::string() );
  s.bindTextOrNull( 18, screened( a.note ) );
  s.bindTextOrNull( 19, a.startDate );
  s.bindTextOrNull( 20, a.endDate );
  a.point ? s.bind( 21, a.point->x ) : s.bindNull( 21 );
  a.point ? s.bind( 22, a.point->y ) : s.bindNull( 22 );
}

constexpr const char *kWriteColumns =
  "title, description, kind, priority_id, observation_id, incident_id, area_id, cluster_ref, "
  "responsible_organisation, contact_role, priority, deadline, cost_sek, status, decided_date, done_date, "
  "rejection_reason, note, start_date, end_date, x, y";

void writeHistory( Database &db, int64_t actionId, const std::string &from, const std::string &to,
                   const std::string &effectiveDate, const std::string &actor, const std::string &note )
{
  Statement s = db.prepare( "INSERT INTO action_status_history (action_id, from_status, to_status, "
                            "effective_date, changed_at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)" );
  s.bind( 1, actionId );
  s.bindTextOrNull( 2, from );
  s.bind( 3, to );
  s.bindTextOrNull( 4, effectiveDate );
  s.bind( 5, utcNowIso() );
  s.bindTextOrNull( 6, actor );
  s.bindTextOrNull( 7, screened( note ) );
  s.run();
}

//! The note a history row keeps: the note, and for a rejection its reason.
std::string historyNote( const std::string &to, const StatusChangeDetails &details )
{
  std::string note = details.note;
  if ( to == "rejected" && !blank( details.rejectionReason ) )
    note =
      blank( note ) ? "Skäl: " + details.rejectionReason : note + " (skäl: " + details.rejectionReason + ")";
  return note;
}

/**
 * The action as it is after moving from its stored status to action.status: the decision or done date set
 * from the effective date when not given, the done date cleared when it is no longer done. Returns the
 * effective date.
 */
std::string applyStatusDates( Action &action, const std::string &from, const StatusChangeDetails &details,
                              bool fromEffective )
{
  const std::string &to = action.status;
  std::string effective = details.effectiveDate;
  if ( effective.empty() && !fromEffective )
  {
    if ( to == "decided" )
      effective = action.decidedDate;
    else if ( to == "done" )
      effective = action.doneDate;
  }
  if ( effective.empty() )
    effective = todayStockholm();
  if ( to == "decided" && ( fromEffective || action.decidedDate.empty() ) )
    action.decidedDate = effective;
  if ( to == "done" && ( fromEffective || action.doneDate.empty() ) )
    action.doneDate = effective;
  if ( to != "done" && from == "done" )
    action.doneDate.clear();
  if ( to == "rejected" && !blank( details.rejectionReason ) )
    action.rejectionReason = details.rejectionReason;
  return effective;
}

std::string actionLabel( int64_t fid )
{
  return "action " + std::to_string( fid );
}

// ---------------------------------------------------------------------------------------------------------
// Priorities: rows
// ---------------------------------------------------------------------------------------------------------

std::string figuresJson( const std::vector<PriorityFigure> &figures )
{
  std::string json = "[";
  for ( std::size_t i = 0; i < figures.size(); ++i )
    json += ( i ? "," : "" ) + std::string( "{\"label\":" ) + jsonString( figures[i].label ) +
            ",\"value\":" + jsonString( figures[i].value ) + "}";
  return json + "]";
}

std::vector<PriorityFigure> figuresOf( const std::string &json )
{
  std::vector<PriorityFigure> figures;
  if ( json.empty() )
    return figures;
  CPLJSONDocument document;
  if ( !document.LoadMemory( json ) )
    return figures;
  const CPLJSONArray array = document.GetRoot().ToArray();
  for ( int i = 0; i < array.Size(); ++i )
    figures.push_back( { array[i].GetString( "label" ), array[i].GetString( "value" ) } );
  return figures;
}

std::vector<std::string> splitCodes( const std::string &text )
{
  std::vector<std::string> codes;
  std::string current;
  for ( char c : text + "," )
  {
    if ( c == ',' )
    {
      if ( !current.empty() )
        codes.push_back( current );
      current.clear();
    }
    else if ( c != ' ' )
      current += c;
  }
  return codes;
}

void checkCategories( Database &db, const std::vector<std::string> &categories )
{
  Statement s = db.prepare( "SELECT 1 FROM categories WHERE code = ?" );
  for ( const std::string &code : categories )
  {
    s.bind( 1, code );
    const bool known = s.step();
    s.reset();
    if ( !known )
      throw Refused{ Message::make( MessageCode::PriorityUnknownCategory, quoted( code ) ) };
  }
}

void checkPriority( Database &db, const Priority &p )
{
  if ( blank( p.periodLabel ) )
    throw Refused{ Message::make( MessageCode::PriorityPeriodLabelRequired ) };
  if ( !isIsoDate( p.periodFrom ) || !isIsoDate( p.periodUntil ) || p.periodUntil < p.periodFrom )
    throw Refused{
      Message::make( MessageCode::PriorityBadPeriod, quoted( p.periodFrom ), quoted( p.periodUntil ) ) };
  if ( p.rank && *p.rank < 1 )
    throw Refused{ Message::make( MessageCode::PriorityBadRank, static_cast<int64_t>( *p.rank ) ) };
  if ( p.placeKind != "area" && p.placeKind != "cells" && p.placeKind != "cluster" )
    throw Refused{ Message::make( MessageCode::PriorityBadPlaceKind, quoted( p.placeKind ) ) };
  if ( p.status != "active" && p.status != "closed" )
    throw Refused{ Message::make( MessageCode::PriorityBadStatus, quoted( p.status ) ) };
  if ( blank( p.problem ) )
    throw Refused{ Message::make( MessageCode::PriorityProblemRequired ) };
  if ( p.areaId && !rowExists( db, "areas", *p.areaId ) )
    throw Refused{ Message::make( MessageCode::ActionUnknownArea, *p.areaId ) };
  if ( p.placeKind == "area" && !p.areaId )
    throw Refused{ Message::make( MessageCode::PriorityAreaRequired ) };
  if ( p.placeKind != "area" )
  {
    if ( p.polygons.empty() )
      throw Refused{ Message::make( MessageCode::PriorityOutlineRequired, p.placeKind ) };
    for ( std::size_t i = 0; i < p.polygons.size(); ++i )
    {
      const auto &outline = p.polygons[i];
      const bool finite =
        std::all_of( outline.begin(), outline.end(),
                     []( const ActionPoint &pt ) { return std::isfinite( pt.x ) && std::isfinite( pt.y ); } );
      if ( outline.size() < 3 || !finite )
        throw Refused{ Message::make( MessageCode::PriorityBadPolygon, static_cast<int64_t>( i + 1 ),
                                      static_cast<int64_t>( outline.size() ) ) };
    }
  }
  checkCategories( db, p.categories );
}

//! Binds the priority's columns 1 … 13 (see kPriorityColumns).
void bindPriority( Database &db, Statement &s, const Priority &p )
{
  const int srs = tableSrs( db, "priorities" );
  const std::vector<unsigned char> blob =
    p.placeKind == "area" ? areaOutlineBlob( db, *p.areaId, srs ) : polygonsBlob( srs, p.polygons );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, screened( p.periodLabel ) );
  s.bind( 3, p.periodFrom );
  s.bind( 4, p.periodUntil );
  p.rank ? s.bind( 5, static_cast<int64_t>( *p.rank ) ) : s.bindNull( 5 );
  s.bind( 6, p.placeKind );
  p.areaId ? s.bind( 7, *p.areaId ) : s.bindNull( 7 );
  s.bindTextOrNull( 8, p.placeRef );
  s.bind( 9, screened( p.problem ) );
  s.bindTextOrNull( 10, joined( p.categories, "," ) );
  s.bindTextOrNull( 11, p.figures.empty() ? std::string() : figuresJson( p.figures ) );
  s.bindTextOrNull( 12, screened( p.causeAnalysis ) );
  s.bindTextOrNull( 13, screened( p.goal ) );
  s.bind( 14, p.status );
}

constexpr const char *kPriorityWriteColumns =
  "geom, period_label, period_from, period_until, rank, place_kind, area_id, place_ref, problem, categories, "
  "figures, cause_analysis, goal, status";

constexpr const char *kPriorityColumns =
  "SELECT p.fid, p.geom, p.period_label, p.period_from, p.period_until, p.rank, p.place_kind, p.area_id, "
  "p.place_ref, p.problem, p.categories, p.figures, p.cause_analysis, p.goal, p.status, p.created_at, "
  "p.updated_at, ar.name, (SELECT count(*) FROM actions a WHERE a.priority_id = p.fid) FROM priorities p "
  "LEFT JOIN areas ar ON ar.fid = p.area_id";

Priority readPriority( Statement &s )
{
  Priority p;
  p.fid = s.int64( 0 );
  p.periodLabel = s.text( 2 );
  p.periodFrom = s.text( 3 );
  p.periodUntil = s.text( 4 );
  if ( !s.isNull( 5 ) )
    p.rank = static_cast<int>( s.int64( 5 ) );
  p.placeKind = s.text( 6 );
  p.areaId = optionalId( s, 7 );
  p.placeRef = s.text( 8 );
  if ( p.placeKind != "area" && !s.isNull( 1 ) )
    p.polygons = outerRings( s.blob( 1 ) );
  p.problem = s.text( 9 );
  p.categories = splitCodes( s.text( 10 ) );
  p.figures = figuresOf( s.text( 11 ) );
  p.causeAnalysis = s.text( 12 );
  p.goal = s.text( 13 );
  p.status = s.text( 14 );
  p.createdAt = s.text( 15 );
  p.updatedAt = s.text( 16 );
  p.areaName = s.text( 17 );
  p.actionCount = static_cast<int>( s.int64( 18 ) );
  return p;
}

Priority loadPriorityRow( Database &db, int64_t priorityId )
{
  Statement s = db.prepare( std::string( kPriorityColumns ) + " WHERE p.fid = ?" );
  s.bind( 1, priorityId );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::PriorityNotFound, priorityId ) };
  return readPriority( s );
}

std::string priorityLabel( int64_t fid )
{
  return "priority " + std::to_string( fid );
}

//! "+41 %", "−12 %", "±0 %"; "–" when there was nothing before to compare with.
std::string changeText( int64_t now, int64_t before, int daysNow, int daysBefore )
{
  if ( before <= 0 || daysNow <= 0 || daysBefore <= 0 )
    return now > 0 ? "ny (0 före)" : "–";
  const double change =
    ( static_cast<double>( now ) / daysNow ) / ( static_cast<double>( before ) / daysBefore );
  const int64_t percent = static_cast<int64_t>( std::llround( ( change - 1 ) * 100 ) );
  if ( percent == 0 )
    return "±0 %";
  return ( percent > 0 ? "+" : "" ) + swedishInteger( percent ) + " %";
}

} // namespace

// -------------------------------------------------------------------------------------------------------------
// Vocabulary
// -------------------------------------------------------------------------------------------------------------

const std::vector<std::string> &actionStatusCodes()
{
  static const std::vector<std::string> sCodes = { "proposed", "decided", "in_progress", "done", "rejected" };
  return sCodes;
}

const std::vector<std::string> &actionKinds()
{
  static const std::vector<std::string> sKinds = { "action",        "patrols",  "guards",
                                                   "lighting",      "cleaning", "pruning",
                                                   "youth_workers", "cameras",  "other_intervention" };
  return sKinds;
}

std::string actionKindLabelSv( const std::string &kind )
{
  static const std::map<std::string, std::string> sLabels = {
    { "action", "åtgärd" },
    { "patrols", "polispatrullering" },
    { "guards", "ordningsvakter/väktare" },
    { "lighting", "belysning" },
    { "cleaning", "städning/klottersanering" },
    { "pruning", "röjning av vegetation" },
    { "youth_workers", "fältassistenter/fritidsledare" },
    { "cameras", "kamerabevakning" },
    { "other_intervention", "annan insats" } };
  const auto it = sLabels.find( kind );
  return it == sLabels.end() ? kind : it->second;
}

std::string actionStatusLabelSv( const std::string &status )
{
  if ( status == "proposed" )
    return "föreslagen";
  if ( status == "decided" )
    return "beslutad";
  if ( status == "in_progress" )
    return "pågår";
  if ( status == "done" )
    return "klar";
  if ( status == "rejected" )
    return "avslagen";
  return status;
}

std::optional<std::string> actionStatusFromText( const std::string &text )
{
  std::string lowered;
  for ( char c : text )
    lowered += static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  for ( const std::string &code : actionStatusCodes() )
    if ( lowered == code || lowered == actionStatusLabelSv( code ) )
      return code;
  if ( lowered == "in-progress" || lowered == "pagar" || lowered == "påbörjad" || lowered == "pågående" )
    return std::string( "in_progress" );
  return std::nullopt;
}

bool isInterventionKind( const std::string &kind )
{
  return kind != "action";
}

std::string todayInStockholm()
{
  return todayStockholm();
}

bool Action::overdue( const std::string &today ) const
{
  return !deadline.empty() && deadline < today && status != "done" && status != "rejected";
}

Status checkStatusChange( const std::string &fromStatus, const std::string &toStatus,
                          const StatusChangeDetails &details, const std::string &decidedDate )
{
  try
  {
    checkChange( fromStatus, toStatus, details, decidedDate, false );
    return Done{};
  }
  catch ( const Refused &invalid )
  {
    return Error{ invalid.message };
  }
}

// -------------------------------------------------------------------------------------------------------------
// ActionStore: actions
// -------------------------------------------------------------------------------------------------------------

ActionStore::ActionStore( Database &db ) : mDb( db ) {}

Expected<int64_t> ActionStore::create( const Action &given, const ActionWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::ActionSaveFailed,
    [&]
    {
      Action action = given;
      checkAction( mDb, action );
      StatusChangeDetails details;
      details.note = action.note;
      details.rejectionReason = action.rejectionReason;
      // Its status took effect on the date the action gives for it, else today.
      if ( action.status == "decided" || action.status == "in_progress" )
        details.effectiveDate = action.decidedDate;
      else if ( action.status == "done" )
        details.effectiveDate = action.doneDate;
      checkChange( {}, action.status, details,
                   action.status == "decided" ? std::string() : action.decidedDate, false );
      const std::string effective = applyStatusDates( action, {}, details, false );
      checkAction( mDb, action ); // the dates set above against the deadline
      const std::string now = utcNowIso();
      Statement s =
        mDb.prepare( std::string( "INSERT INTO actions (" ) + kWriteColumns +
                     ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?, ?, ?, ?, ?, ?, ?, ?)" );
      bindAction( s, action );
      s.bind( 23, now ).bind( 24, now );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      writeHistory( mDb, fid, {}, action.status, effective, options.actor,
                    options.origin.empty() ? std::string() : options.origin );
      audit( mDb, options.actor, "add", "actions", 1,
             actionLabel( fid ) + " (" + action.status + ", " + originText( options ) + ")" );
      return fid;
    } );
}

Status ActionStore::update( const Action &given, const ActionWriteOptions &options,
                            const StatusChangeDetails &details )
{
  return inTransaction<Done>(
    mDb, MessageCode::ActionSaveFailed,
    [&]
    {
      const Action old = loadAction( mDb, given.fid );
      Action action = given;
      StatusChangeDetails merged = details;
      if ( merged.rejectionReason.empty() )
        merged.rejectionReason = action.rejectionReason;
      if ( action.status == "rejected" && action.rejectionReason.empty() )
        action.rejectionReason = merged.rejectionReason;
      checkAction( mDb, action );
      const bool changed = action.status != old.status;
      std::string effective;
      if ( changed )
      {
        const std::string decided = old.decidedDate.empty() ? action.decidedDate : old.decidedDate;
        checkChange( old.status, action.status, merged, action.status == "decided" ? std::string() : decided,
                     everDecided( mDb, old.fid ) );
        effective = applyStatusDates( action, old.status, merged, !details.effectiveDate.empty() );
        checkAction( mDb, action );
      }
      Statement s =
        mDb.prepare( std::string( "UPDATE actions SET (" ) + kWriteColumns +
                     ", updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?, ?) WHERE fid = ?" );
      bindAction( s, action );
      s.bind( 23, utcNowIso() ).bind( 24, action.fid );
      s.run();
      if ( changed )
      {
        writeHistory( mDb, action.fid, old.status, action.status, effective, options.actor,
                      historyNote( action.status, merged ) );
        audit( mDb, options.actor, "status", "actions", 1,
               actionLabel( action.fid ) + ": " + old.status + " → " + action.status + " " + effective );
      }
      audit( mDb, options.actor, "edit", "actions", 1,
             actionLabel( action.fid ) + " (" + originText( options ) + ")" );
      return Done{};
    } );
}

Status ActionStore::changeStatus( const std::vector<int64_t> &actionIds, const std::string &toStatus,
                                  const StatusChangeDetails &details, const ActionWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::ActionSaveFailed,
    [&]
    {
      if ( actionIds.empty() )
        throw Refused{ Message::make( MessageCode::ActionNoneGiven ) };
      checkStatusCode( toStatus );
      std::vector<int64_t> ids;
      for ( int64_t id : actionIds )
        if ( std::find( ids.begin(), ids.end(), id ) == ids.end() )
          ids.push_back( id );
      const bool several = ids.size() > 1;
      for ( int64_t id : ids )
      {
        try
        {
          const Action old = loadAction( mDb, id );
          if ( old.status == toStatus )
            throw Refused{
              Message::make( MessageCode::ActionAlreadyInStatus, id, actionStatusLabelSv( toStatus ) ) };
          checkChange( old.status, toStatus, details, toStatus == "decided" ? std::string() : old.decidedDate,
                       everDecided( mDb, id ) );
          Action action = old;
          action.status = toStatus;
          const std::string effective = applyStatusDates( action, old.status, details, true );
          if ( toStatus != "rejected" )
            action.rejectionReason.clear();
          checkAction( mDb, action ); // e.g. a decision after the deadline
          Statement s = mDb.prepare( "UPDATE actions SET status = ?, decided_date = ?, done_date = ?, "
                                     "rejection_reason = ?, updated_at = ? WHERE fid = ?" );
          s.bind( 1, toStatus );
          s.bindTextOrNull( 2, action.decidedDate );
          s.bindTextOrNull( 3, action.doneDate );
          s.bindTextOrNull( 4, toStatus == "rejected" ? screened( action.rejectionReason ) : std::string() );
          s.bind( 5, utcNowIso() ).bind( 6, id );
          s.run();
          writeHistory( mDb, id, old.status, toStatus, effective, options.actor,
                        historyNote( toStatus, details ) );
          audit( mDb, options.actor, "status", "actions", 1,
                 actionLabel( id ) + ": " + old.status + " → " + toStatus + " " + effective );
        }
        catch ( const Refused &invalid )
        {
          if ( !several )
            throw;
          throw Refused{ Message::make( MessageCode::ActionChangeRefused, id, invalid.message ) };
        }
      }
      return Done{};
    } );
}

Status ActionStore::remove( int64_t actionId, const ActionWriteOptions &options )
{
  return inTransaction<Done>( mDb, MessageCode::ActionSaveFailed,
                              [&]
                              {
                                const Action old = loadAction( mDb, actionId );
                                Statement s = mDb.prepare( "DELETE FROM actions WHERE fid = ?" );
                                s.bind( 1, actionId );
                                s.run();
                                audit( mDb, options.actor, "delete", "actions", 1,
                                       actionLabel( actionId ) + " (" + old.status + ", " +
                                         originText( options ) + ")" );
                                return Done{};
                              } );
}

Expected<Action> ActionStore::load( int64_t actionId )
{
  return refusing<Action>( MessageCode::ActionReadFailed, [&] { return loadAction( mDb, actionId ); } );
}

Expected<std::vector<Action>> ActionStore::list( const ActionFilter &filter )
{
  return refusing<std::vector<Action>>(
    MessageCode::ActionReadFailed,
    [&]
    {
      for ( const std::string &status : filter.statuses )
        checkStatusCode( status );
      std::string sql = std::string( kActionColumns ) + " WHERE 1";
      if ( !filter.statuses.empty() )
        sql += " AND a.status IN " + placeholders( filter.statuses.size() );
      if ( !filter.organisations.empty() )
        sql += " AND a.responsible_organisation IN " + placeholders( filter.organisations.size() );
      if ( filter.priority )
        sql += " AND a.priority = ?";
      if ( filter.areaId )
        sql += " AND a.area_id = ?";
      if ( filter.priorityId )
        sql += " AND a.priority_id = ?";
      if ( filter.interventions )
        sql += *filter.interventions ? " AND a.kind != 'action'" : " AND a.kind = 'action'";
      if ( filter.overdueOnly )
        sql += " AND a.deadline IS NOT NULL AND a.deadline < ? AND a.status NOT IN ('done', 'rejected')";
      sql += " ORDER BY a.deadline IS NULL, a.deadline, a.fid";
      Statement s = mDb.prepare( sql );
      int index = 1;
      for ( const std::string &status : filter.statuses )
        s.bind( index++, status );
      for ( const std::string &organisation : filter.organisations )
        s.bind( index++, organisation );
      if ( filter.priority )
        s.bind( index++, static_cast<int64_t>( *filter.priority ) );
      if ( filter.areaId )
        s.bind( index++, *filter.areaId );
      if ( filter.priorityId )
        s.bind( index++, *filter.priorityId );
      if ( filter.overdueOnly )
        s.bind( index++, filter.today.empty() ? todayStockholm() : filter.today );
      std::vector<Action> actions;
      ActionReader reader;
      while ( s.step() )
        actions.push_back( reader.read( s ) );
      return actions;
    } );
}

Expected<std::vector<ActionStatusChange>> ActionStore::history( int64_t actionId )
{
  return refusing<std::vector<ActionStatusChange>>(
    MessageCode::ActionReadFailed,
    [&]
    {
      if ( !rowExists( mDb, "actions", actionId ) )
        throw Refused{ Message::make( MessageCode::ActionNotFound, actionId ) };
      Statement s =
        mDb.prepare( "SELECT fid, from_status, to_status, effective_date, changed_at, actor, note "
                     "FROM action_status_history WHERE action_id = ? ORDER BY changed_at, fid" );
      s.bind( 1, actionId );
      std::vector<ActionStatusChange> changes;
      while ( s.step() )
        changes.push_back(
          { s.int64( 0 ), s.text( 1 ), s.text( 2 ), s.text( 3 ), s.text( 4 ), s.text( 5 ), s.text( 6 ) } );
      return changes;
    } );
}

Expected<std::vector<std::string>> ActionStore::organisations()
{
  return refusing<std::vector<std::string>>(
    MessageCode::ActionReadFailed,
    [&]
    {
      std::vector<std::string> names;
      Statement s =
        mDb.prepare( "SELECT responsible_organisation FROM actions WHERE responsible_organisation "
                     "IS NOT NULL AND responsible_organisation != '' UNION SELECT name FROM "
                     "organisations ORDER BY 1" );
      while ( s.step() )
        names.push_back( s.text( 0 ) );
      return names;
    } );
}

// -------------------------------------------------------------------------------------------------------------
// ActionStore: priorities
// -------------------------------------------------------------------------------------------------------------

Expected<int64_t> ActionStore::createPriority( const Priority &priority, const ActionWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::PrioritySaveFailed,
    [&]
    {
      checkPriority( mDb, priority );
      const std::string now = utcNowIso();
      Statement s =
        mDb.prepare( std::string( "INSERT INTO priorities (" ) + kPriorityWriteColumns +
                     ", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                     "?)" );
      bindPriority( mDb, s, priority );
      s.bind( 15, now ).bind( 16, now );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options.actor, "add", "priorities", 1,
             priorityLabel( fid ) + " (" + priority.periodLabel + ", " + originText( options ) + ")" );
      return fid;
    } );
}

Status ActionStore::updatePriority( const Priority &priority, const ActionWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PrioritySaveFailed,
    [&]
    {
      loadPriorityRow( mDb, priority.fid );
      checkPriority( mDb, priority );
      Statement s =
        mDb.prepare( std::string( "UPDATE priorities SET (" ) + kPriorityWriteColumns +
                     ", updated_at) = (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) WHERE fid = ?" );
      bindPriority( mDb, s, priority );
      s.bind( 15, utcNowIso() ).bind( 16, priority.fid );
      s.run();
      audit( mDb, options.actor, "edit", "priorities", 1,
             priorityLabel( priority.fid ) + " (" + originText( options ) + ")" );
      return Done{};
    } );
}

Status ActionStore::removePriority( int64_t priorityId, const ActionWriteOptions &options )
{
  return inTransaction<Done>( mDb, MessageCode::PrioritySaveFailed,
                              [&]
                              {
                                const Priority old = loadPriorityRow( mDb, priorityId );
                                Statement s = mDb.prepare( "DELETE FROM priorities WHERE fid = ?" );
                                s.bind( 1, priorityId );
                                s.run();
                                audit( mDb, options.actor, "delete", "priorities", 1,
                                       priorityLabel( priorityId ) + " (" + old.periodLabel + ", " +
                                         std::to_string( old.actionCount ) +
                                         " actions kept without a priority, " + originText( options ) + ")" );
                                return Done{};
                              } );
}

Expected<Priority> ActionStore::loadPriority( int64_t priorityId )
{
  return refusing<Priority>( MessageCode::ActionReadFailed,
                             [&] { return loadPriorityRow( mDb, priorityId ); } );
}

Expected<std::vector<Priority>> ActionStore::priorities( const std::string &periodLabel )
{
  return refusing<std::vector<Priority>>(
    MessageCode::ActionReadFailed,
    [&]
    {
      std::string sql = kPriorityColumns;
      if ( !periodLabel.empty() )
        sql += " WHERE p.period_label = ?";
      sql += " ORDER BY p.period_from DESC, p.period_label, p.rank IS NULL, p.rank, p.fid";
      Statement s = mDb.prepare( sql );
      if ( !periodLabel.empty() )
        s.bind( 1, periodLabel );
      std::vector<Priority> list;
      while ( s.step() )
        list.push_back( readPriority( s ) );
      return list;
    } );
}

Expected<std::vector<PriorityFigure>>
ActionStore::priorityFigures( int64_t areaId, const std::string &periodFrom, const std::string &periodUntil,
                              const std::vector<std::string> &categories )
{
  return refusing<std::vector<PriorityFigure>>(
    MessageCode::ActionReadFailed,
    [&]
    {
      if ( !rowExists( mDb, "areas", areaId ) )
        throw Refused{ Message::make( MessageCode::ActionUnknownArea, areaId ) };
      if ( !isIsoDate( periodFrom ) || !isIsoDate( periodUntil ) || periodUntil < periodFrom )
        throw Refused{
          Message::make( MessageCode::PriorityBadPeriod, quoted( periodFrom ), quoted( periodUntil ) ) };
      checkCategories( mDb, categories );
      Expected<ReportPeriod> parsed = reportPeriodFromDates( periodFrom, periodUntil );
      if ( !parsed )
        throw Refused{ parsed.error() };
      const ReportPeriod period = *parsed;
      const ReportPeriod previous = period.previous();
      const ReportPeriod lastYear = period.lastYear();
      const std::vector<ProjectArea> areas = readAreas( mDb );
      std::size_t target = 0;
      for ( std::size_t i = 0; i < areas.size(); ++i )
        if ( areas[i].fid == areaId )
          target = i;
      const AreaLocator locator( areas );
      // Each event counts where its interval's midpoint falls, as in the lägesbild report; one whose place is
      // not a point (only the municipality, say) lies in no area.
      const int64_t earliest = std::min( previous.fromUtc, lastYear.fromUtc );
      std::string sql =
        "SELECT geom, occurred_from, occurred_until FROM incidents WHERE occurred_from < ? AND "
        "coalesce(occurred_until, occurred_from) >= ? AND " +
        placesPointSql();
      if ( !categories.empty() )
        sql += " AND category IN " + placeholders( categories.size() );
      Statement s = mDb.prepare( sql );
      s.bind( 1, formatUtcIso( period.untilUtc ) ).bind( 2, formatUtcIso( earliest ) );
      int index = 3;
      for ( const std::string &code : categories )
        s.bind( index++, code );
      std::vector<int64_t> nowByArea( areas.size(), 0 );
      int64_t before = 0, yearBefore = 0;
      while ( s.step() )
      {
        const auto blob = s.blob( 0 );
        const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
        const std::optional<int64_t> from = parseUtcIso( s.text( 1 ) );
        if ( !point || !from )
          continue;
        const std::optional<int64_t> until = s.isNull( 2 ) ? from : parseUtcIso( s.text( 2 ) );
        const int64_t middle = *from + ( until.value_or( *from ) - *from ) / 2;
        const bool inNow = middle >= period.fromUtc && middle < period.untilUtc;
        const bool inBefore = middle >= previous.fromUtc && middle < previous.untilUtc;
        const bool inYear = middle >= lastYear.fromUtc && middle < lastYear.untilUtc;
        if ( !inNow && !inBefore && !inYear )
          continue;
        for ( int i : locator.locateAll( point->first, point->second ) )
        {
          if ( inNow )
            ++nowByArea[static_cast<std::size_t>( i )];
          if ( static_cast<std::size_t>( i ) == target )
          {
            before += inBefore ? 1 : 0;
            yearBefore += inYear ? 1 : 0;
          }
        }
      }
      const int64_t now = nowByArea[target];
      int rank = 1, ofAreas = 0;
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        if ( areas[i].kind != areas[target].kind )
          continue;
        ++ofAreas;
        rank += nowByArea[i] > now ? 1 : 0;
      }
      std::vector<PriorityFigure> figures;
      figures.push_back( { "Händelser " + period.label(), std::to_string( now ) } );
      figures.push_back( { "Händelser " + previous.label(), std::to_string( before ) } );
      figures.push_back(
        { "Förändring mot " + previous.label(), changeText( now, before, period.days(), previous.days() ) } );
      figures.push_back( { "Händelser " + lastYear.label(), std::to_string( yearBefore ) } );
      figures.push_back( { "Förändring mot " + lastYear.label(),
                           changeText( now, yearBefore, period.days(), lastYear.days() ) } );
      figures.push_back(
        { "Rang bland områdena", std::to_string( rank ) + " av " + std::to_string( ofAreas ) } );
      return figures;
    } );
}

Expected<Traceability> ActionStore::traceability( const std::string &today )
{
  const std::string day = today.empty() ? todayStockholm() : today;
  Traceability t;
  auto all = priorities();
  if ( !all )
    return Error{ all.error() };
  for ( const Priority &p : *all )
    if ( p.status == "active" && p.actionCount == 0 )
      t.prioritiesWithoutActions.push_back( p );
  auto actions = list();
  if ( !actions )
    return Error{ actions.error() };
  for ( const Action &a : *actions )
  {
    if ( !a.priorityId && !a.observationId && a.status != "rejected" )
      t.actionsWithoutOrigin.push_back( a );
    if ( a.overdue( day ) )
      t.overdue.push_back( a );
  }
  return t;
}

} // namespace tryggkarta

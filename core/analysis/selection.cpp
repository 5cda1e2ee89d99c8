#include "selection.h"

#include "calendar.h"

#include "areas.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "json.h"
#include "projectfile.h"

#include <iterator>
#include <sstream>
#include <algorithm>
#include <array>
#include <cmath>

namespace tryggkarta
{

namespace
{
//! The Stockholm local date of a UTC instant, as YYYY-MM-DD.
std::string localDate( int64_t utcSeconds )
{
  return formatUtcIso( stockholmWallClock( utcSeconds ) ).substr( 0, 10 );
}

template <typename T>
std::string joined( const std::vector<T> &values, const char *separator = ", " )
{
  std::string out;
  for ( const T &v : values )
  {
    if ( !out.empty() )
      out += separator;
    if constexpr ( std::is_same_v<T, std::string> )
      out += v;
    else
      out += std::to_string( v );
  }
  return out;
}

template <typename T>
std::string jsonArray( const std::vector<T> &values )
{
  std::string out = "[";
  for ( const T &v : values )
  {
    if ( out.size() > 1 )
      out += ",";
    if constexpr ( std::is_same_v<T, std::string> )
      out += jsonString( v );
    else
      out += std::to_string( v );
  }
  return out + "]";
}

//! "(?, ?, ?)" for an IN clause.
std::string placeholders( size_t count )
{
  std::string out = "(";
  for ( size_t i = 0; i < count; ++i )
    out += i ? ", ?" : "?";
  return out + ")";
}

//! 168 flags, slot (weekday − 1) × 24 + hour.
std::array<bool, 168> slotMask( const std::vector<int> &weekdays, const std::vector<int> &hours )
{
  std::array<bool, 168> mask{};
  for ( int d = 1; d <= 7; ++d )
    for ( int h = 0; h < 24; ++h )
      mask[static_cast<size_t>( ( d - 1 ) * 24 + h )] =
        ( weekdays.empty() || std::find( weekdays.begin(), weekdays.end(), d ) != weekdays.end() ) &&
        ( hours.empty() || std::find( hours.begin(), hours.end(), h ) != hours.end() );
  return mask;
}

bool touchesMask( int64_t fromUtc, int64_t untilUtc, const std::array<bool, 168> &mask )
{
  int weekday = 0, hour = 0;
  if ( untilUtc <= fromUtc )
  {
    stockholmWeekdayHour( fromUtc, weekday, hour );
    return mask[static_cast<size_t>( ( weekday - 1 ) * 24 + hour )];
  }
  if ( untilUtc - fromUtc >= 7 * kSecondsPerDay + kSecondsPerHour )
    return std::find( mask.begin(), mask.end(), true ) != mask.end();
  // Stockholm's offsets are whole hours, so local hours start on UTC hours.
  for ( int64_t t = fromUtc; t < untilUtc; t = ( floorDiv( t, kSecondsPerHour ) + 1 ) * kSecondsPerHour )
  {
    stockholmWeekdayHour( t, weekday, hour );
    if ( mask[static_cast<size_t>( ( weekday - 1 ) * 24 + hour )] )
      return true;
  }
  return false;
}

const char *const kWeekdayNames[] = { "mån", "tis", "ons", "tor", "fre", "lör", "sön" };
} // namespace

void stockholmWeekdayHour( int64_t utcSeconds, int &weekday, int &hour )
{
  const int64_t local = stockholmWallClock( utcSeconds );
  const int64_t days = floorDiv( local, kSecondsPerDay );
  weekday = isoWeekday( days );
  hour = static_cast<int>( ( local - days * kSecondsPerDay ) / kSecondsPerHour );
}

bool touchesTimeOfWeek( int64_t fromUtc, int64_t untilUtc, const std::vector<int> &weekdays,
                        const std::vector<int> &hours )
{
  if ( weekdays.empty() && hours.empty() )
    return true;
  return touchesMask( fromUtc, untilUtc, slotMask( weekdays, hours ) );
}

std::string Selection::describe() const
{
  // Local dates, the until date inclusive (the period ends just before untilUtc).
  std::string out = !fromUtc && !untilUtc ? std::string( "all dates" )
                    : !untilUtc           ? "from " + localDate( *fromUtc )
                    : !fromUtc            ? "until " + localDate( *untilUtc - 1 )
                                          : localDate( *fromUtc ) + " – " + localDate( *untilUtc - 1 );
  if ( !categories.empty() )
    out += "; categories: " + joined( categories );
  if ( !sources.empty() )
    out += "; sources: " + joined( sources );
  if ( !organisations.empty() )
    out += "; organisations: " + joined( organisations );
  if ( !weekdays.empty() )
  {
    std::vector<std::string> names;
    for ( int d : weekdays )
      names.push_back( d >= 1 && d <= 7 ? kWeekdayNames[d - 1] : std::to_string( d ) );
    out += "; weekdays: " + joined( names );
  }
  if ( !hours.empty() )
    out += "; hours: " + joined( hours );
  if ( area )
    out += "; area: " + *area;
  if ( intervalRule == IntervalRule::Midpoint )
    out += "; intervals by midpoint";
  return out;
}

std::string Selection::toJson() const
{
  std::string out = "{";
  out += "\"from\":" + ( fromUtc ? jsonString( formatUtcIso( *fromUtc ) ) : std::string( "null" ) );
  out += ",\"until\":" + ( untilUtc ? jsonString( formatUtcIso( *untilUtc ) ) : std::string( "null" ) );
  out += ",\"categories\":" + jsonArray( categories );
  out += ",\"sources\":" + jsonArray( sources );
  out += ",\"organisations\":" + jsonArray( organisations );
  out += ",\"weekdays\":" + jsonArray( weekdays );
  out += ",\"hours\":" + jsonArray( hours );
  out += ",\"area\":" + ( area ? jsonString( *area ) : std::string( "null" ) );
  out += ",\"intervals\":";
  out += intervalRule == IntervalRule::Midpoint ? "\"midpoint\"" : "\"overlap\"";
  return out + "}";
}

namespace
{
std::optional<Error> checkSelection( const Selection &selection )
{
  if ( selection.fromUtc && selection.untilUtc && *selection.untilUtc <= *selection.fromUtc )
    return Error( MessageCode::SelectionPeriodReversed );
  for ( int d : selection.weekdays )
    if ( d < 1 || d > 7 )
      return Error( MessageCode::SelectionBadWeekday, d );
  for ( int h : selection.hours )
    if ( h < 0 || h > 23 )
      return Error( MessageCode::SelectionBadHour, h );
  return std::nullopt;
}

//! The time and place rules of a selection (period, interval rule, weekdays, hours, area).
class TimePlaceRule
{
public:
  TimePlaceRule( const Selection &selection, const ProjectArea *area )
    : mSelection( selection ), mArea( area ), mFilterTimeOfWeek( selection.hasTimeOfWeekFilter() ),
      mMask( slotMask( selection.weekdays, selection.hours ) )
  {
  }

  bool accepts( const SelectedIncident &incident ) const
  {
    if ( mArea && !mArea->contains( incident.x, incident.y ) )
      return false;
    const Selection &s = mSelection;
    if ( s.intervalRule == IntervalRule::Midpoint )
    {
      const int64_t middle = incident.midpointUtc();
      if ( ( s.fromUtc && middle < *s.fromUtc ) || ( s.untilUtc && middle >= *s.untilUtc ) )
        return false;
      return !mFilterTimeOfWeek || touchesMask( middle, middle, mMask );
    }
    if ( ( s.untilUtc && incident.fromUtc >= *s.untilUtc ) ||
         ( s.fromUtc && incident.untilUtc < *s.fromUtc ) )
      return false;
    if ( !mFilterTimeOfWeek )
      return true;
    // Only the part of the interval inside the period counts.
    int64_t from = incident.fromUtc, until = incident.untilUtc;
    if ( s.fromUtc )
      from = std::max( from, *s.fromUtc );
    if ( s.untilUtc && until >= *s.untilUtc )
      until = std::max( from, *s.untilUtc - 1 );
    return touchesMask( from, until, mMask );
  }

private:
  const Selection &mSelection;
  const ProjectArea *mArea;
  bool mFilterTimeOfWeek;
  std::array<bool, 168> mMask;
};

bool listed( const std::vector<std::string> &list, const std::string &value )
{
  return list.empty() || std::find( list.begin(), list.end(), value ) != list.end();
}
} // namespace

Expected<std::vector<SelectedIncident>> filterIncidents( const std::vector<SelectedIncident> &incidents,
                                                         const Selection &selection, const ProjectArea *area )
{
  if ( auto problem = checkSelection( selection ) )
    return *problem;
  if ( selection.area && !area )
    return Error( MessageCode::SelectionAreaNotGiven, *selection.area );
  const TimePlaceRule rule( selection, selection.area ? area : nullptr );
  std::vector<SelectedIncident> out;
  for ( const SelectedIncident &incident : incidents )
    if ( listed( selection.categories, incident.category ) && listed( selection.sources, incident.source ) &&
         listed( selection.organisations, incident.organisation ) && rule.accepts( incident ) )
      out.push_back( incident );
  return out;
}

constexpr const char *kIncidentColumns =
  "SELECT fid, geom, weight, occurred_from, occurred_until, category, organisation, source FROM incidents";

//! Reads fid, place and time of a row of kIncidentColumns; false when the row has no usable point or time.
static bool readIncidentRow( Statement &s, SelectedIncident &incident )
{
  incident.fid = s.int64( 0 );
  const auto blob = s.blob( 1 );
  const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
  if ( !point )
    return false;
  incident.x = point->first;
  incident.y = point->second;
  incident.weight = s.real( 2 );
  const auto from = parseUtcIso( s.text( 3 ) );
  if ( !from )
    return false;
  incident.fromUtc = *from;
  incident.untilUtc = *from;
  if ( !s.isNull( 4 ) )
    if ( const auto until = parseUtcIso( s.text( 4 ) ) )
      incident.untilUtc = std::max( *until, *from );
  return true;
}

//! Reads category, organisation and source of a row of kIncidentColumns.
static void readIncidentAttributes( Statement &s, SelectedIncident &incident )
{
  incident.category = s.text( 5 );
  if ( !s.isNull( 6 ) )
    incident.organisation = s.text( 6 );
  incident.source = s.text( 7 );
}

Expected<std::vector<SelectedIncident>> selectIncidents( ProjectFile &project, const Selection &selection )
{
  if ( auto problem = checkSelection( selection ) )
    return *problem;
  try
  {
    Database &db = project.db();
    for ( const std::string &code : selection.categories )
    {
      Statement known = db.prepare( "SELECT 1 FROM categories WHERE code = ?" );
      known.bind( 1, code );
      if ( !known.step() )
        return Error( MessageCode::SelectionUnknownCategory, code );
    }
    std::optional<ProjectArea> area;
    if ( selection.area )
    {
      auto found = findArea( project, *selection.area );
      if ( !found )
        return Error{ found.error() };
      area = std::move( found.value() );
    }
    // The stored times are fixed-width UTC text, so they compare correctly as text. Both interval rules
    // start from the overlap condition; the midpoint rule then narrows it.
    std::string sql = std::string( kIncidentColumns ) + " WHERE 1";
    if ( selection.untilUtc )
      sql += " AND occurred_from < ?";
    if ( selection.fromUtc )
      sql += " AND coalesce(occurred_until, occurred_from) >= ?";
    if ( !selection.categories.empty() )
      sql += " AND category IN " + placeholders( selection.categories.size() );
    if ( !selection.sources.empty() )
      sql += " AND source IN " + placeholders( selection.sources.size() );
    if ( !selection.organisations.empty() )
      sql += " AND organisation IN " + placeholders( selection.organisations.size() );
    if ( area )
      sql += " AND fid IN (SELECT id FROM rtree_incidents_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? "
             "AND miny <= ?)";
    sql += " ORDER BY fid";
    Statement s = db.prepare( sql );
    int index = 1;
    if ( selection.untilUtc )
      s.bind( index++, formatUtcIso( *selection.untilUtc ) );
    if ( selection.fromUtc )
      s.bind( index++, formatUtcIso( *selection.fromUtc ) );
    for ( const auto *list : { &selection.categories, &selection.sources, &selection.organisations } )
      for ( const std::string &value : *list )
        s.bind( index++, value );
    if ( area )
    {
      for ( double value :
            { area->envelope.minX, area->envelope.maxX, area->envelope.minY, area->envelope.maxY } )
        s.bind( index++, value );
    }
    const TimePlaceRule rule( selection, area ? &*area : nullptr );
    std::vector<SelectedIncident> incidents;
    while ( s.step() )
    {
      SelectedIncident incident;
      if ( !readIncidentRow( s, incident ) || !rule.accepts( incident ) )
        continue;
      readIncidentAttributes( s, incident );
      incidents.push_back( std::move( incident ) );
    }
    return incidents;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SelectionReadFailed, e.what() );
  }
}

Expected<std::vector<SelectedIncident>> readIncidents( ProjectFile &project,
                                                       const std::vector<int64_t> &fids )
{
  try
  {
    Statement s = project.db().prepare( std::string( kIncidentColumns ) + " WHERE fid = ?" );
    std::vector<SelectedIncident> incidents;
    std::vector<int64_t> sorted = fids;
    std::sort( sorted.begin(), sorted.end() );
    sorted.erase( std::unique( sorted.begin(), sorted.end() ), sorted.end() );
    for ( int64_t fid : sorted )
    {
      s.reset();
      s.bind( 1, fid );
      SelectedIncident incident;
      if ( s.step() && readIncidentRow( s, incident ) )
      {
        readIncidentAttributes( s, incident );
        incidents.push_back( std::move( incident ) );
      }
    }
    return incidents;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SelectionReadFailed, e.what() );
  }
}

Expected<std::vector<WeightedPoint>> selectIncidentPoints( ProjectFile &project, const Selection &selection )
{
  auto incidents = selectIncidents( project, selection );
  if ( !incidents )
    return Error{ incidents.error() };
  std::vector<WeightedPoint> points;
  points.reserve( incidents.value().size() );
  for ( const SelectedIncident &incident : incidents.value() )
    points.push_back( WeightedPoint{ incident.x, incident.y, incident.weight } );
  return points;
}

std::vector<SelectedIncident> takeOutside( std::vector<SelectedIncident> &incidents,
                                           const ProjectExtent &extent )
{
  std::vector<SelectedIncident> outside;
  auto firstOutside =
    std::stable_partition( incidents.begin(), incidents.end(),
                           [&extent]( const SelectedIncident &i ) { return extent.contains( i.x, i.y ); } );
  outside.assign( std::make_move_iterator( firstOutside ), std::make_move_iterator( incidents.end() ) );
  incidents.erase( firstOutside, incidents.end() );
  return outside;
}

std::optional<Message> describeOutside( const std::vector<SelectedIncident> &outside,
                                        const ProjectExtent &extent )
{
  if ( outside.empty() )
    return std::nullopt;
  const size_t shown = std::min<size_t>( outside.size(), 5 );
  std::ostringstream list;
  for ( size_t i = 0; i < shown; ++i )
    list << ( i ? "," : "" ) << " fid " << outside[i].fid << " (E " << std::llround( outside[i].x ) << ", N "
         << std::llround( outside[i].y ) << ")";
  const std::string km = formatReal( extent.marginMeters / 1000, 6 );
  const bool areas = extent.basis.code == MessageCode::ExtentProjectAreas;
  if ( outside.size() == 1 )
    return Message::make( areas ? MessageCode::OutsideOneAreas : MessageCode::OutsideOneBoundary, 1, km,
                          list.str() );
  if ( outside.size() > shown )
    return Message::make( areas ? MessageCode::OutsideManyMoreAreas : MessageCode::OutsideManyMoreBoundary,
                          outside.size(), km, list.str(), outside.size() - shown );
  return Message::make( areas ? MessageCode::OutsideManyAreas : MessageCode::OutsideManyBoundary,
                        outside.size(), km, list.str() );
}

} // namespace tryggkarta

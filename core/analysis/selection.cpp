#include "selection.h"
#include "storecache.h"
#include "storeselection.h"

#include "calendar.h"

#include "areas.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "json.h"
#include "projectfile.h"
#include "stockholmzone.h"

#include <cpl_error.h>
#include <cpl_json.h>

#include <iterator>
#include <map>
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

const char *selectionLayerName( SelectionLayer layer )
{
  switch ( layer )
  {
  case SelectionLayer::Incidents:
    return "incidents";
  case SelectionLayer::Observations:
    return "observations";
  case SelectionLayer::Both:
    return "both";
  }
  return "incidents";
}

std::optional<SelectionLayer> selectionLayerNamed( const std::string &name )
{
  for ( SelectionLayer layer :
        { SelectionLayer::Incidents, SelectionLayer::Observations, SelectionLayer::Both } )
    if ( name == selectionLayerName( layer ) )
      return layer;
  return std::nullopt;
}

double observationWeight( std::optional<int> rating )
{
  return rating ? 3.0 - std::clamp( *rating, 0, 3 ) : 1.0;
}

std::string selectionPointsNoun( const Selection &selection )
{
  switch ( selection.layer )
  {
  case SelectionLayer::Incidents:
    return "incidents";
  case SelectionLayer::Observations:
    return "observations";
  case SelectionLayer::Both:
    return "incidents and observations";
  }
  return "incidents";
}

std::string Selection::describe() const
{
  // Local dates, the until date inclusive (the period ends just before untilUtc).
  std::string out = !fromUtc && !untilUtc ? std::string( "all dates" )
                    : !untilUtc           ? "from " + localDate( *fromUtc )
                    : !fromUtc            ? "until " + localDate( *untilUtc - 1 )
                                          : localDate( *fromUtc ) + " – " + localDate( *untilUtc - 1 );
  const std::string weighting = std::string( "weighted " ) + kObservationWeightRule +
                                " (problems only: positive places and drafts left out)";
  if ( layer == SelectionLayer::Observations )
    out += "; layer: observations from safety walks, " + weighting;
  else if ( layer == SelectionLayer::Both )
    out += "; layer: incidents and observations from safety walks, the observations " + weighting;
  // The incidents' own filters say so when observations are in the selection too.
  const std::string incidentsOnly = includesObservations() ? " (incidents only)" : "";
  if ( !categories.empty() )
    out += "; categories" + incidentsOnly + ": " + joined( categories );
  if ( !sources.empty() )
    out += "; sources" + incidentsOnly + ": " + joined( sources );
  if ( !organisations.empty() )
    out += "; organisations" + incidentsOnly + ": " + joined( organisations );
  if ( includesObservations() && !checklistItems.empty() )
    out += "; checklist items: " + joined( checklistItems );
  if ( includesObservations() && !walkIds.empty() )
    out += "; walks: " + joined( walkIds );
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
  if ( includesObservations() )
  {
    out += ",\"layer\":" + jsonString( selectionLayerName( layer ) );
    out += ",\"observation_weight\":" + jsonString( kObservationWeightRule );
    out += ",\"checklist_items\":" + jsonArray( checklistItems );
    out += ",\"walks\":" + jsonArray( walkIds );
  }
  return out + "}";
}

Expected<Selection> selectionFromJson( const std::string &json )
{
  CPLJSONDocument document;
  // A text that is no JSON is this function's error to report, not GDAL's to print.
  CPLPushErrorHandler( CPLQuietErrorHandler );
  const bool loaded = !json.empty() && document.LoadMemory( json );
  CPLPopErrorHandler();
  if ( !loaded || document.GetRoot().GetType() != CPLJSONObject::Type::Object )
    return Error( MessageCode::SelectionBadJson, json.substr( 0, 200 ) );
  const CPLJSONObject root = document.GetRoot();
  Selection selection;
  auto instant = [&root]( const char *key ) -> std::optional<int64_t>
  {
    const CPLJSONObject value = root.GetObj( key );
    return value.GetType() == CPLJSONObject::Type::String ? parseUtcIso( value.ToString() ) : std::nullopt;
  };
  auto texts = [&root]( const char *key )
  {
    std::vector<std::string> out;
    const CPLJSONArray array = root.GetArray( key );
    for ( int i = 0; array.IsValid() && i < array.Size(); ++i )
      out.push_back( array[i].ToString() );
    return out;
  };
  auto numbers = [&root]( const char *key )
  {
    std::vector<int64_t> out;
    const CPLJSONArray array = root.GetArray( key );
    for ( int i = 0; array.IsValid() && i < array.Size(); ++i )
      out.push_back( array[i].ToLong() );
    return out;
  };
  selection.fromUtc = instant( "from" );
  selection.untilUtc = instant( "until" );
  selection.categories = texts( "categories" );
  selection.sources = texts( "sources" );
  selection.organisations = texts( "organisations" );
  for ( int64_t day : numbers( "weekdays" ) )
    selection.weekdays.push_back( static_cast<int>( day ) );
  for ( int64_t hour : numbers( "hours" ) )
    selection.hours.push_back( static_cast<int>( hour ) );
  if ( root.GetObj( "area" ).GetType() == CPLJSONObject::Type::String )
    selection.area = root.GetString( "area" );
  if ( root.GetString( "intervals" ) == "midpoint" )
    selection.intervalRule = IntervalRule::Midpoint;
  // Results stored before observations took part have no layer: incidents.
  selection.layer =
    selectionLayerNamed( root.GetString( "layer", "incidents" ) ).value_or( SelectionLayer::Incidents );
  selection.checklistItems = texts( "checklist_items" );
  selection.walkIds = numbers( "walks" );
  return selection;
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
      mFilterTime( selection.hasTimeFilter() ), mMask( slotMask( selection.weekdays, selection.hours ) )
  {
  }

  bool accepts( const SelectedIncident &incident ) const
  {
    return accepts( incident.fromUtc, incident.untilUtc, incident.timeKnown, incident.placesPoint(),
                    incident.x, incident.y );
  }

  //! The same from the parts of an incident (columns).
  bool accepts( int64_t fromUtc, int64_t untilUtc, bool timeKnown, bool placesPoint, double x,
                double y ) const
  {
    // Where in the municipality an incident known only by its municipality (or county, or area) happened is
    // not known: it is in no area.
    if ( mArea && ( !placesPoint || !mArea->contains( x, y ) ) )
      return false;
    // A point without a time (an observation with neither its own time nor a walk date) belongs to no
    // period, weekday or hour.
    if ( !timeKnown )
      return !mFilterTime;
    const Selection &s = mSelection;
    if ( s.intervalRule == IntervalRule::Midpoint )
    {
      const int64_t middle = fromUtc + ( untilUtc - fromUtc ) / 2;
      if ( ( s.fromUtc && middle < *s.fromUtc ) || ( s.untilUtc && middle >= *s.untilUtc ) )
        return false;
      return !mFilterTimeOfWeek || touchesMask( middle, middle, mMask );
    }
    if ( ( s.untilUtc && fromUtc >= *s.untilUtc ) || ( s.fromUtc && untilUtc < *s.fromUtc ) )
      return false;
    if ( !mFilterTimeOfWeek )
      return true;
    // Only the part of the interval inside the period counts.
    int64_t from = fromUtc, until = untilUtc;
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
  bool mFilterTime;
  std::array<bool, 168> mMask;
};

template <typename T>
bool listed( const std::vector<T> &list, const T &value )
{
  return list.empty() || std::find( list.begin(), list.end(), value ) != list.end();
}
} // namespace

bool matchesKindFilters( const SelectedIncident &point, const Selection &selection )
{
  if ( point.isObservation() )
    return selection.includesObservations() && listed( selection.checklistItems, point.checklistItem ) &&
           ( selection.walkIds.empty() || ( point.walkId && listed( selection.walkIds, *point.walkId ) ) );
  return selection.includesIncidents() && listed( selection.categories, point.category ) &&
         listed( selection.sources, point.source ) && listed( selection.organisations, point.organisation );
}

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
    if ( matchesKindFilters( incident, selection ) && rule.accepts( incident ) )
      out.push_back( incident );
  return out;
}

Expected<std::vector<uint32_t>> filterRows( const IncidentStore &store, const Selection &selection,
                                            const ProjectArea *area )
{
  if ( auto problem = checkSelection( selection ) )
    return *problem;
  if ( selection.area && !area )
    return Error( MessageCode::SelectionAreaNotGiven, *selection.area );
  std::vector<uint32_t> rows;
  if ( !selection.includesIncidents() )
    return rows;
  // Which dictionary entries the lists take (all, for an empty list).
  const auto taken = []( const std::vector<std::string> &dictionary, const std::vector<std::string> &list )
  {
    std::vector<uint8_t> yes( dictionary.size(), 0 );
    for ( size_t i = 0; i < dictionary.size(); ++i )
      yes[i] = listed( list, dictionary[i] ) ? 1 : 0;
    return yes;
  };
  const std::vector<uint8_t> category = taken( store.categories, selection.categories );
  const std::vector<uint8_t> source = taken( store.sources, selection.sources );
  const std::vector<uint8_t> organisation = taken( store.organisations, selection.organisations );
  const TimePlaceRule rule( selection, selection.area ? area : nullptr );
  const size_t n = store.size();
  for ( size_t row = 0; row < n; ++row )
  {
    if ( !store.selectable( row ) || !category[store.category[row]] || !source[store.source[row]] ||
         !organisation[store.organisation[row]] )
      continue;
    if ( rule.accepts( store.fromUtc[row], store.untilUtc[row], true, store.placesPoint( row ), store.x[row],
                       store.y[row] ) )
      rows.push_back( static_cast<uint32_t>( row ) );
  }
  return rows;
}

SelectedIncident incidentAt( const IncidentStore &store, size_t row )
{
  SelectedIncident incident;
  incident.fid = store.fid[row];
  incident.x = store.x[row];
  incident.y = store.y[row];
  incident.weight = store.weight[row];
  incident.fromUtc = store.fromUtc[row];
  incident.untilUtc = store.untilUtc[row];
  incident.category = store.categoryCode( row );
  incident.organisation = store.organisationName( row );
  incident.source = store.sourceCode( row );
  incident.precision = store.placePrecision( row );
  return incident;
}

std::vector<SelectedIncident> incidentsAt( const IncidentStore &store, const std::vector<uint32_t> &rows )
{
  std::vector<SelectedIncident> out;
  out.reserve( rows.size() );
  for ( uint32_t row : rows )
    out.push_back( incidentAt( store, row ) );
  return out;
}

constexpr const char *kIncidentColumns = "SELECT fid, geom, weight, occurred_from, occurred_until, category, "
                                         "organisation, source, place_precision FROM incidents";

//! The precision of a stored code (the schema allows only the six).
static PlacePrecision storedPrecision( const Statement &s, int column )
{
  if ( s.isNull( column ) )
    return PlacePrecision::Exact;
  const std::string code = s.text( column );
  for ( PlacePrecision precision :
        { PlacePrecision::Exact, PlacePrecision::Address, PlacePrecision::Street, PlacePrecision::Area,
          PlacePrecision::Municipality, PlacePrecision::County } )
    if ( code == placePrecisionCode( precision ) )
      return precision;
  return PlacePrecision::Exact;
}

//! Reads fid, place (with its precision) and time of a row of kIncidentColumns; false when the row has no
//! usable point or time.
static bool readIncidentRow( Statement &s, SelectedIncident &incident )
{
  incident.fid = s.int64( 0 );
  incident.precision = storedPrecision( s, 8 );
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

/**
 * The observations that take part in analyses: not drafts, marked negative (or unmarked with a rating), and
 * with a weight above 0 (rated below 3). See SelectionLayer.
 */
constexpr const char *kObservationColumns =
  "SELECT o.fid, o.geom, o.rating, o.observed_at, substr(w.walk_date, 1, 10), o.checklist_item, o.walk_id "
  "FROM observations o LEFT JOIN safety_walks w ON w.fid = o.walk_id "
  "WHERE NOT coalesce(o.draft, 0) AND (o.positive = 0 OR (o.positive IS NULL AND o.rating IS NOT NULL)) "
  "AND (o.rating IS NULL OR o.rating < 3)";

//! Reads a row of kObservationColumns; false when the row has no usable point.
static bool readObservationRow( Statement &s, SelectedIncident &observation )
{
  observation.table = RecordTable::Observations;
  observation.fid = s.int64( 0 );
  const auto blob = s.blob( 1 );
  const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
  if ( !point )
    return false;
  observation.x = point->first;
  observation.y = point->second;
  observation.weight = observationWeight(
    s.isNull( 2 ) ? std::nullopt : std::optional<int>( static_cast<int>( s.int64( 2 ) ) ) );
  if ( !( observation.weight > 0 ) )
    return false;
  observation.timeKnown = false;
  if ( !s.isNull( 3 ) )
    if ( const auto at = parseUtcIso( s.text( 3 ) ) )
    {
      observation.fromUtc = observation.untilUtc = *at;
      observation.timeKnown = true;
    }
  if ( !observation.timeKnown && !s.isNull( 4 ) )
    if ( const auto day = parseIsoDate( s.text( 4 ) ) )
    {
      // The walk's date as that whole local day, as a date without a time is read everywhere.
      observation.fromUtc = stockholmWallClockToUtc( *day * kSecondsPerDay );
      observation.untilUtc = stockholmWallClockToUtc( ( *day + 1 ) * kSecondsPerDay ) - 1;
      observation.timeKnown = true;
    }
  observation.source = "safety_walk";
  if ( !s.isNull( 5 ) )
    observation.checklistItem = s.text( 5 );
  if ( !s.isNull( 6 ) )
    observation.walkId = s.int64( 6 );
  return true;
}

namespace
{
//! Binds the values of a list to the statement from index on.
void bindAll( Statement &s, int &index, const std::vector<std::string> &values )
{
  for ( const std::string &value : values )
    s.bind( index++, value );
}

void bindEnvelope( Statement &s, int &index, const ProjectArea &area )
{
  for ( double value : { area.envelope.minX, area.envelope.maxX, area.envelope.minY, area.envelope.maxY } )
    s.bind( index++, value );
}

//! Which incidents readSelectedIncidents reads.
enum class PlaceRule
{
  Any,          //!< whatever their place
  OnlyImprecise //!< only those whose place is not a point
};

//! The incidents of a selection (its incident filters, period, time of week and area), in fid order.
std::vector<SelectedIncident> readSelectedIncidents( Database &db, const Selection &selection,
                                                     const ProjectArea *area,
                                                     PlaceRule places = PlaceRule::Any )
{
  // The stored times are fixed-width UTC text, so they compare correctly as text. Both interval rules
  // start from the overlap condition; the midpoint rule then narrows it.
  std::string sql = std::string( kIncidentColumns ) + " WHERE 1";
  // Only points lie in an area; the rows that are not points have an index of their own.
  if ( area )
    sql += " AND " + placesPointSql();
  else if ( places == PlaceRule::OnlyImprecise )
    sql += " AND place_precision NOT IN ('exact', 'address', 'street')";
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
    bindAll( s, index, *list );
  if ( area )
    bindEnvelope( s, index, *area );
  const TimePlaceRule rule( selection, area );
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

//! The observations of a selection (its observation filters, period, time of week and area), in fid order.
std::vector<SelectedIncident> readSelectedObservations( Database &db, const Selection &selection,
                                                        const ProjectArea *area )
{
  // A few hundred a year: the time rules are applied in memory (an observation's time may be its walk's).
  std::string sql = kObservationColumns;
  if ( !selection.checklistItems.empty() )
    sql += " AND o.checklist_item IN " + placeholders( selection.checklistItems.size() );
  if ( !selection.walkIds.empty() )
    sql += " AND o.walk_id IN " + placeholders( selection.walkIds.size() );
  if ( area )
    sql += " AND o.fid IN (SELECT id FROM rtree_observations_geom WHERE maxx >= ? AND minx <= ? AND "
           "maxy >= ? AND miny <= ?)";
  sql += " ORDER BY o.fid";
  Statement s = db.prepare( sql );
  int index = 1;
  bindAll( s, index, selection.checklistItems );
  for ( int64_t walk : selection.walkIds )
    s.bind( index++, walk );
  if ( area )
    bindEnvelope( s, index, *area );
  const TimePlaceRule rule( selection, area );
  std::vector<SelectedIncident> observations;
  while ( s.step() )
  {
    SelectedIncident observation;
    if ( readObservationRow( s, observation ) && rule.accepts( observation ) )
      observations.push_back( std::move( observation ) );
  }
  return observations;
}

//! Why the selection's checklist items or walks are not the project's, if so.
std::optional<Error> checkObservationFilters( Database &db, const Selection &selection )
{
  for ( const std::string &code : selection.checklistItems )
  {
    Statement known = db.prepare( "SELECT 1 FROM checklist_items WHERE code = ?" );
    known.bind( 1, code );
    if ( !known.step() )
    {
      std::vector<std::string> codes;
      Statement all = db.prepare( "SELECT code FROM checklist_items ORDER BY sort_order, code" );
      while ( all.step() )
        codes.push_back( all.text( 0 ) );
      return Error( MessageCode::SelectionUnknownChecklistItem, code, joined( codes ) );
    }
  }
  for ( int64_t walk : selection.walkIds )
  {
    Statement known = db.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
    known.bind( 1, walk );
    if ( !known.step() )
      return Error( MessageCode::SelectionUnknownWalk, walk );
  }
  return std::nullopt;
}
} // namespace

namespace
{
Expected<std::vector<SelectedIncident>> selectIncidentsVia( ProjectFile &project, const Selection &selection,
                                                            bool throughStore )
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
    if ( selection.includesObservations() )
      if ( auto problem = checkObservationFilters( db, selection ) )
        return *problem;
    std::optional<ProjectArea> area;
    if ( selection.area )
    {
      auto found = findArea( project, *selection.area );
      if ( !found )
        return Error{ found.error() };
      area = std::move( found.value() );
    }
    const ProjectArea *inside = area ? &*area : nullptr;
    std::vector<SelectedIncident> points;
    if ( selection.includesIncidents() )
    {
      // Through the incident store when it is cached for the file as it is (tens of milliseconds for a
      // million incidents), or when the selection reads every row anyway (then it is cached for the next
      // time); a period read from a project not cached takes its rows through the table's index.
      std::optional<IncidentStore> store;
      if ( throughStore )
        store = cachedIncidentStore( db );
      if ( throughStore && !store && !selection.fromUtc && !selection.untilUtc )
      {
        auto loaded = loadIncidentStore( db );
        if ( !loaded )
          return Error{ loaded.error() };
        store = std::move( loaded.value() );
      }
      if ( store )
      {
        auto rows = filterRows( *store, selection, inside );
        if ( !rows )
          return Error{ rows.error() };
        points = incidentsAt( *store, rows.value() );
      }
      else
        points = readSelectedIncidents( db, selection, inside );
    }
    if ( selection.includesObservations() )
    {
      std::vector<SelectedIncident> observations = readSelectedObservations( db, selection, inside );
      points.insert( points.end(), std::make_move_iterator( observations.begin() ),
                     std::make_move_iterator( observations.end() ) );
    }
    return points;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SelectionReadFailed, e.what() );
  }
}

} // namespace

Expected<std::vector<SelectedIncident>> selectIncidents( ProjectFile &project, const Selection &selection )
{
  return selectIncidentsVia( project, selection, true );
}

Expected<std::vector<SelectedIncident>> selectIncidentsFromTable( ProjectFile &project,
                                                                  const Selection &selection )
{
  return selectIncidentsVia( project, selection, false );
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

Expected<std::vector<SelectedIncident>> readObservations( ProjectFile &project,
                                                          const std::vector<int64_t> &fids )
{
  try
  {
    Statement s = project.db().prepare( std::string( kObservationColumns ) + " AND o.fid = ?" );
    std::vector<SelectedIncident> observations;
    std::vector<int64_t> sorted = fids;
    std::sort( sorted.begin(), sorted.end() );
    sorted.erase( std::unique( sorted.begin(), sorted.end() ), sorted.end() );
    for ( int64_t fid : sorted )
    {
      s.reset();
      s.bind( 1, fid );
      SelectedIncident observation;
      if ( s.step() && readObservationRow( s, observation ) )
        observations.push_back( std::move( observation ) );
    }
    return observations;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SelectionReadObservationsFailed, e.what() );
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
    if ( incident.placesPoint() )
      points.push_back( WeightedPoint{ incident.x, incident.y, incident.weight } );
  return points;
}

void ImpreciseCounts::add( PlacePrecision precision )
{
  switch ( precision )
  {
  case PlacePrecision::Area:
    ++area;
    break;
  case PlacePrecision::Municipality:
    ++municipality;
    break;
  case PlacePrecision::County:
    ++county;
    break;
  case PlacePrecision::Exact:
  case PlacePrecision::Address:
  case PlacePrecision::Street:
    break;
  }
}

ImpreciseCounts &ImpreciseCounts::operator+=( const ImpreciseCounts &other )
{
  area += other.area;
  municipality += other.municipality;
  county += other.county;
  return *this;
}

ImpreciseCounts takeImprecise( std::vector<SelectedIncident> &incidents )
{
  ImpreciseCounts counts;
  auto firstImprecise = std::stable_partition( incidents.begin(), incidents.end(),
                                               []( const SelectedIncident &i ) { return i.placesPoint(); } );
  for ( auto it = firstImprecise; it != incidents.end(); ++it )
    counts.add( it->precision );
  incidents.erase( firstImprecise, incidents.end() );
  return counts;
}

Expected<ImpreciseCounts> countImprecise( ProjectFile &project, const Selection &selection )
{
  if ( !selection.includesIncidents() )
    return ImpreciseCounts();
  if ( auto problem = checkSelection( selection ) )
    return *problem;
  try
  {
    ImpreciseCounts counts;
    for ( const SelectedIncident &incident :
          readSelectedIncidents( project.db(), selection, nullptr, PlaceRule::OnlyImprecise ) )
      counts.add( incident.precision );
    return counts;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SelectionReadFailed, e.what() );
  }
}

std::vector<Message> describeImprecise( const ImpreciseCounts &counts )
{
  std::vector<Message> out;
  if ( counts.municipality > 0 )
    out.push_back( Message::make( MessageCode::ImpreciseLeftOutMunicipality, counts.municipality ) );
  if ( counts.county > 0 )
    out.push_back( Message::make( MessageCode::ImpreciseLeftOutCounty, counts.county ) );
  if ( counts.area > 0 )
    out.push_back( Message::make( MessageCode::ImpreciseLeftOutArea, counts.area ) );
  return out;
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

namespace
{
//! The first few points of a list as " fid 12 (E 449270, N 6574920), …", observations as "observation 12".
std::string pointList( const std::vector<const SelectedIncident *> &points, size_t shown )
{
  std::ostringstream list;
  for ( size_t i = 0; i < shown; ++i )
    list << ( i ? "," : "" ) << ( points[i]->isObservation() ? " observation " : " fid " ) << points[i]->fid
         << " (E " << std::llround( points[i]->x ) << ", N " << std::llround( points[i]->y ) << ")";
  return list.str();
}

std::vector<const SelectedIncident *> ofTable( const std::vector<SelectedIncident> &points,
                                               RecordTable table )
{
  std::vector<const SelectedIncident *> out;
  for ( const SelectedIncident &point : points )
    if ( point.table == table )
      out.push_back( &point );
  return out;
}
} // namespace

std::optional<Message> describeOutside( const std::vector<SelectedIncident> &all,
                                        const ProjectExtent &extent )
{
  const std::vector<const SelectedIncident *> outside = ofTable( all, RecordTable::Incidents );
  if ( outside.empty() )
    return std::nullopt;
  const size_t shown = std::min<size_t>( outside.size(), 5 );
  const std::string list = pointList( outside, shown );
  const std::string km = formatReal( extent.marginMeters / 1000, 6 );
  const bool areas = extent.basis.code == MessageCode::ExtentProjectAreas;
  if ( outside.size() == 1 )
    return Message::make( areas ? MessageCode::OutsideOneAreas : MessageCode::OutsideOneBoundary, 1, km,
                          list );
  if ( outside.size() > shown )
    return Message::make( areas ? MessageCode::OutsideManyMoreAreas : MessageCode::OutsideManyMoreBoundary,
                          outside.size(), km, list, outside.size() - shown );
  return Message::make( areas ? MessageCode::OutsideManyAreas : MessageCode::OutsideManyBoundary,
                        outside.size(), km, list );
}

std::optional<Message> describeOutsideObservations( const std::vector<SelectedIncident> &all,
                                                    const ProjectExtent &extent )
{
  const std::vector<const SelectedIncident *> outside = ofTable( all, RecordTable::Observations );
  if ( outside.empty() )
    return std::nullopt;
  const size_t shown = std::min<size_t>( outside.size(), 5 );
  std::string list = pointList( outside, shown );
  if ( outside.size() > shown )
    list += ", …";
  return Message::make( MessageCode::OutsideObservations, outside.size(),
                        formatReal( extent.marginMeters / 1000, 6 ), list );
}

} // namespace tryggkarta

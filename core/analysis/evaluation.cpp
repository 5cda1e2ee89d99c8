#include "evaluation.h"

#include "actionstore.h"

#include "areas.h"
#include "calendar.h"
#include "database.h"
#include "geometryblob.h"
#include "json.h"
#include "projectfile.h"
#include "selection.h"
#include "stockholmzone.h"
#include "transactions.h"

#include <cpl_json.h>
#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <set>

namespace tryggkarta
{

namespace
{

//! Overlaps smaller than this (m²) are taken for areas that only touch (digitising noise).
constexpr double kOverlapToleranceSquareMeters = 1.0;

std::optional<int64_t> dayOf( const std::string &date )
{
  return parseIsoDate( date );
}

std::string jsonNumber( double value )
{
  if ( !std::isfinite( value ) )
    return "null";
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.10g", value );
  return buffer;
}

std::string jsonStrings( const std::vector<std::string> &values )
{
  std::string out = "[";
  for ( size_t i = 0; i < values.size(); ++i )
    out += ( i ? "," : "" ) + jsonString( values[i] );
  return out + "]";
}

std::string jsonNumbers( const std::vector<double> &values )
{
  std::string out = "[";
  for ( size_t i = 0; i < values.size(); ++i )
    out += ( i ? "," : "" ) + jsonNumber( values[i] );
  return out + "]";
}

std::string formatArea( double squareMeters )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%.0f", squareMeters );
  return buffer;
}

//! An area's outline as an OGR geometry, or nothing.
std::unique_ptr<OGRGeometry> areaGeometry( Database &db, int64_t fid )
{
  Statement s = db.prepare( "SELECT geom FROM areas WHERE fid = ?" );
  s.bind( 1, fid );
  if ( !s.step() || s.isNull( 0 ) )
    return nullptr;
  const std::vector<unsigned char> blob = s.blob( 0 );
  const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
  if ( !wkb )
    return nullptr;
  OGRGeometry *raw = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &raw, wkb->second ) != OGRERR_NONE || !raw )
    return nullptr;
  std::unique_ptr<OGRGeometry> geometry( raw );
  const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
  if ( type != wkbPolygon && type != wkbMultiPolygon )
    return nullptr;
  if ( !geometry->IsValid() )
  {
    std::unique_ptr<OGRGeometry> fixed( geometry->Buffer( 0 ) );
    if ( fixed )
      geometry = std::move( fixed );
  }
  return geometry;
}

double overlapArea( const OGRGeometry &a, const OGRGeometry &b )
{
  if ( !a.Intersects( &b ) )
    return 0;
  std::unique_ptr<OGRGeometry> common( a.Intersection( &b ) );
  if ( !common )
    return 0;
  const OGRwkbGeometryType type = wkbFlatten( common->getGeometryType() );
  if ( type == wkbPolygon || type == wkbMultiPolygon || type == wkbGeometryCollection )
  {
    if ( type == wkbPolygon )
      return common->toPolygon()->get_Area();
    if ( type == wkbMultiPolygon )
      return common->toMultiPolygon()->get_Area();
    return common->toGeometryCollection()->get_Area();
  }
  return 0;
}

void addRings( ProjectArea &area, const OGRGeometry *geometry )
{
  const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
  if ( type == wkbPolygon )
  {
    for ( const OGRLinearRing *ring : *geometry->toPolygon() )
    {
      std::vector<std::pair<double, double>> points;
      for ( int i = 0; i < ring->getNumPoints(); ++i )
        points.emplace_back( ring->getX( i ), ring->getY( i ) );
      area.rings.push_back( std::move( points ) );
    }
  }
  else if ( type == wkbMultiPolygon || type == wkbGeometryCollection )
  {
    for ( const OGRGeometry *part : *geometry->toGeometryCollection() )
      addRings( area, part );
  }
}

//! A polygon geometry as an area for the fast point test.
ProjectArea ringArea( const OGRGeometry &geometry )
{
  ProjectArea area;
  addRings( area, &geometry );
  OGREnvelope envelope;
  geometry.getEnvelope( &envelope );
  area.envelope = { envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY };
  return area;
}

struct CategoryGroupInfo
{
  std::string code;
  std::string label;
};

//! The category groups in display order.
std::vector<CategoryGroupInfo> categoryGroups( Database &db )
{
  std::vector<CategoryGroupInfo> groups;
  Statement s = db.prepare( "SELECT code, label_sv FROM category_groups ORDER BY sort_order, code" );
  while ( s.step() )
    groups.push_back( { s.text( 0 ), s.text( 1 ) } );
  return groups;
}

//! The category codes the settings ask for (all the project's when none), or why not.
std::vector<std::string> resolveCategories( ProjectFile &project, const std::vector<std::string> &asked )
{
  const std::vector<Category> categories = project.categories();
  if ( asked.empty() )
  {
    std::vector<std::string> all;
    for ( const Category &c : categories )
      all.push_back( c.code );
    return all;
  }
  std::vector<std::string> codes;
  for ( const std::string &code : asked )
  {
    bool found = false;
    for ( const Category &c : categories )
    {
      if ( c.code == code || c.group == code )
      {
        found = true;
        if ( std::find( codes.begin(), codes.end(), c.code ) == codes.end() )
          codes.push_back( c.code );
      }
    }
    if ( !found )
      throw Refused{ Message::make( MessageCode::EvaluationUnknownCategory, code ) };
  }
  return codes;
}

void checkPeriods( const EvaluationSettings &settings )
{
  for ( const auto &[period, which] :
        { std::pair<const DatePeriod *, const char *>{ &settings.before, "before" },
          { &settings.after, "after" } } )
  {
    auto parsed = parseDatePeriod( period->text(), which );
    if ( !parsed )
      throw Refused{ parsed.error() };
  }
  const int64_t beforeFrom = *dayOf( settings.before.from ), beforeUntil = *dayOf( settings.before.until );
  const int64_t afterFrom = *dayOf( settings.after.from ), afterUntil = *dayOf( settings.after.until );
  if ( afterUntil < beforeFrom )
    throw Refused{ Message::make( MessageCode::EvaluationAfterBeforeBefore, settings.after.text(),
                                  settings.before.text() ) };
  if ( afterFrom <= beforeUntil )
    throw Refused{
      Message::make( MessageCode::EvaluationPeriodsOverlap, settings.before.text(), settings.after.text() ) };
}

//! What checking the settings finds out, for counting.
struct Prepared
{
  ProjectArea target;
  ProjectArea comparison;
  std::optional<ProjectArea> buffer;
  std::unique_ptr<OGRGeometry> targetGeometry;
  std::unique_ptr<OGRGeometry> bufferGeometry; //!< the grown outline (target included)
  std::vector<std::string> categories;
};

ProjectArea findAreaById( const std::vector<ProjectArea> &areas, int64_t fid )
{
  for ( const ProjectArea &area : areas )
    if ( area.fid == fid )
      return area;
  throw Refused{ Message::make( MessageCode::EvaluationUnknownArea, fid ) };
}

Prepared prepare( ProjectFile &project, const EvaluationSettings &settings )
{
  checkPeriods( settings );
  auto areas = loadAreas( project );
  if ( !areas )
    throw Refused{ areas.error() };
  Prepared prepared;
  prepared.target = findAreaById( *areas, settings.targetAreaId );
  prepared.comparison = findAreaById( *areas, settings.comparisonAreaId );
  if ( settings.targetAreaId == settings.comparisonAreaId )
    throw Refused{ Message::make( MessageCode::EvaluationSameArea, prepared.target.label() ) };
  if ( settings.bufferMeters &&
       !( *settings.bufferMeters > 0 && *settings.bufferMeters <= kMaximumEvaluationBufferMeters ) )
    throw Refused{ Message::make( MessageCode::EvaluationBadBuffer,
                                  formatNumber( kMaximumEvaluationBufferMeters ),
                                  formatNumber( *settings.bufferMeters ) ) };
  prepared.targetGeometry = areaGeometry( project.db(), settings.targetAreaId );
  if ( !prepared.targetGeometry )
    throw Refused{ Message::make( MessageCode::EvaluationAreaUnreadable, prepared.target.label() ) };
  auto comparisonGeometry = areaGeometry( project.db(), settings.comparisonAreaId );
  if ( !comparisonGeometry )
    throw Refused{ Message::make( MessageCode::EvaluationAreaUnreadable, prepared.comparison.label() ) };
  const double common = overlapArea( *prepared.targetGeometry, *comparisonGeometry );
  if ( common > kOverlapToleranceSquareMeters )
    throw Refused{ Message::make( MessageCode::EvaluationAreasOverlap, prepared.target.label(),
                                  prepared.comparison.label(), formatArea( common ) ) };
  if ( settings.bufferMeters )
  {
    prepared.bufferGeometry.reset( prepared.targetGeometry->Buffer( *settings.bufferMeters, 16 ) );
    if ( !prepared.bufferGeometry )
      throw Refused{ Message::make( MessageCode::EvaluationAreaUnreadable, prepared.target.label() ) };
    const double inBuffer = overlapArea( *prepared.bufferGeometry, *comparisonGeometry );
    if ( inBuffer > kOverlapToleranceSquareMeters )
      throw Refused{ Message::make( MessageCode::EvaluationBufferOverlapsComparison,
                                    formatNumber( *settings.bufferMeters ), prepared.target.label(),
                                    prepared.comparison.label(), formatArea( inBuffer ) ) };
    std::unique_ptr<OGRGeometry> ring( prepared.bufferGeometry->Difference( prepared.targetGeometry.get() ) );
    if ( !ring )
      throw Refused{ Message::make( MessageCode::EvaluationAreaUnreadable, prepared.target.label() ) };
    prepared.buffer = ringArea( *ring );
  }
  prepared.categories = resolveCategories( project, settings.categories );
  return prepared;
}

//! The local day (days since 1970-01-01 in Stockholm) of a UTC instant.
int64_t localDay( int64_t utc )
{
  return floorDiv( stockholmWallClock( utc ), 86400 );
}

int64_t dayStartUtc( int64_t day )
{
  int y = 0, m = 0, d = 0;
  civilFromDays( day, y, m, d );
  return stockholmToUtc( y, m, d, 0, 0, 0 );
}

EvaluationCounts emptyCounts( const EvaluationSettings &settings )
{
  EvaluationCounts counts;
  counts.beforeDays = settings.before.days();
  counts.afterDays = settings.after.days();
  if ( settings.bufferMeters )
  {
    counts.e = 0;
    counts.f = 0;
  }
  return counts;
}

std::string isoWeekText( int64_t day )
{
  int y = 0, m = 0, d = 0;
  civilFromDays( day, y, m, d );
  // The ISO week of a Monday: its Thursday's year.
  int ty = 0, tm = 0, td = 0;
  civilFromDays( day + 3, ty, tm, td );
  const int64_t jan1 = daysFromCivil( ty, 1, 1 );
  const int week = static_cast<int>( ( day + 3 - jan1 ) / 7 ) + 1;
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%04d-W%02d", ty, week );
  return buffer;
}

void finish( EvaluationGroup &group )
{
  group.stats = evaluationStatistics( group.stats.counts );
}

std::string groupJson( const EvaluationGroup &group )
{
  const EvaluationStatistics &s = group.stats;
  const EvaluationCounts &n = s.counts;
  std::string out = "{\"code\":" + jsonString( group.code ) + ",\"label\":" + jsonString( group.label ) +
                    ",\"categories\":" + jsonStrings( group.categories );
  out += ",\"counts\":{\"a\":" + jsonNumber( n.a ) + ",\"b\":" + jsonNumber( n.b ) +
         ",\"c\":" + jsonNumber( n.c ) + ",\"d\":" + jsonNumber( n.d );
  if ( n.hasBuffer() )
    out += ",\"e\":" + jsonNumber( *n.e ) + ",\"f\":" + jsonNumber( *n.f );
  out += "}";
  out += ",\"did\":" + jsonNumber( s.did.did );
  if ( s.res.computed() )
    out += ",\"res\":{\"value\":" + jsonNumber( s.res.res ) + ",\"lower\":" + jsonNumber( s.res.lower ) +
           ",\"upper\":" + jsonNumber( s.res.upper ) + "}";
  else
    out += ",\"res\":{\"refusal\":" + jsonString( s.res.refusal->id() ) + "}";
  out += ",\"wdd\":{\"value\":" + jsonNumber( s.wdd.wdd ) + ",\"se\":" + jsonNumber( s.wdd.se ) +
         ",\"lower\":" + jsonNumber( s.wdd.lower ) + ",\"upper\":" + jsonNumber( s.wdd.upper ) +
         ",\"z\":" + jsonNumber( s.wdd.z ) + "}";
  if ( s.wdq.computed() )
    out += ",\"wdq\":{\"value\":" + jsonNumber( s.wdq.wdq ) +
           ",\"reading\":" + jsonString( wdqReadingEn( s.wdq.reading ) ) + "}";
  else
    out += ",\"wdq\":{\"refusal\":" + jsonString( s.wdq.refusal->id() ) + "}";
  return out + "}";
}

template <typename T, typename Body>
Expected<T> guarded( Body body, MessageCode sqlFailure )
{
  return refusing<T>( sqlFailure, std::move( body ) );
}

} // namespace

int DatePeriod::days() const
{
  const auto f = parseIsoDate( from ), u = parseIsoDate( until );
  if ( !f || !u || *u < *f )
    return 0;
  return static_cast<int>( *u - *f + 1 );
}

Expected<DatePeriod> parseDatePeriod( const std::string &text, const std::string &which )
{
  const auto dots = text.find( ".." );
  if ( dots == std::string::npos )
    return Error( MessageCode::EvaluationBadPeriod, which, text );
  DatePeriod period{ text.substr( 0, dots ), text.substr( dots + 2 ) };
  const auto from = parseIsoDate( period.from ), until = parseIsoDate( period.until );
  if ( !from || !until || period.from.size() != 10 || period.until.size() != 10 )
    return Error( MessageCode::EvaluationBadPeriod, which, text );
  if ( *until < *from )
    return Error( MessageCode::EvaluationPeriodReversed, which, text );
  return period;
}

Expected<InterventionInfo> loadIntervention( ProjectFile &project, int64_t actionId )
{
  return guarded<InterventionInfo>(
    [&]
    {
      Statement s = project.db().prepare( "SELECT fid, title, kind, area_id, coalesce(start_date, ''), "
                                          "coalesce(end_date, '') FROM actions WHERE "
                                          "fid = ?" );
      s.bind( 1, actionId );
      if ( !s.step() )
        throw Refused{ Message::make( MessageCode::EvaluationUnknownIntervention, actionId ) };
      InterventionInfo info;
      info.fid = s.int64( 0 );
      info.title = s.text( 1 );
      info.kind = s.text( 2 );
      if ( !s.isNull( 3 ) )
        info.areaId = s.int64( 3 );
      info.startDate = s.text( 4 ).substr( 0, 10 );
      info.endDate = s.text( 5 ).substr( 0, 10 );
      if ( info.kind == "action" )
        throw Refused{ Message::make( MessageCode::EvaluationNotIntervention, actionId, info.title ) };
      return info;
    },
    MessageCode::EvaluationReadFailed );
}

Expected<EvaluationSettings> settingsFromIntervention( ProjectFile &project, int64_t actionId,
                                                       const EvaluationSettings &given )
{
  auto info = loadIntervention( project, actionId );
  if ( !info )
    return Error( info.error() );
  EvaluationSettings settings = given;
  settings.interventionId = actionId;
  if ( settings.targetAreaId == 0 )
  {
    if ( !info->areaId )
      return Error( MessageCode::EvaluationInterventionNoArea, actionId, info->title );
    settings.targetAreaId = *info->areaId;
  }
  if ( settings.after.from.empty() )
  {
    if ( info->startDate.empty() || info->endDate.empty() )
      return Error( MessageCode::EvaluationInterventionNoPeriod, actionId, info->title );
    settings.after = { info->startDate, info->endDate };
    // An intervention still running is evaluated up to yesterday: days that have not come hold no events yet,
    // and counting them as zero would make any intervention look like it worked.
    const auto today = parseIsoDate( todayInStockholm() );
    if ( today && settings.after.until >= isoDateOf( *today ) )
      settings.after.until = isoDateOf( *today - 1 );
  }
  auto after = parseDatePeriod( settings.after.text(), "after" );
  if ( !after )
    return Error( after.error() );
  if ( settings.before.from.empty() )
  {
    const int64_t start = *parseIsoDate( settings.after.from );
    const int64_t days = settings.after.days();
    settings.before = { isoDateOf( start - days ), isoDateOf( start - 1 ) };
  }
  return settings;
}

std::string EvaluationResult::displayName() const
{
  if ( !settings.name.empty() )
    return settings.name;
  std::string name = interventionTitle.empty() ? targetName : interventionTitle + " (" + targetName + ")";
  return name + " mot " + comparisonName + ", " + settings.before.text() + " → " + settings.after.text();
}

namespace
{
//! The total's sentences, then how many events were left out for a place that is not a point.
std::vector<std::string> sentencesOf( const EvaluationResult &result )
{
  std::vector<std::string> sentences = evaluationSentencesSv( result.total.stats );
  const int64_t left = result.imprecise.total();
  if ( left > 0 )
  {
    std::string places;
    for ( const auto &[count, name] : { std::make_pair( result.imprecise.municipality, "bara kommunen" ),
                                        std::make_pair( result.imprecise.county, "bara länet" ),
                                        std::make_pair( result.imprecise.area, "bara ett område" ) } )
      if ( count > 0 )
        places += ( places.empty() ? "" : ", " ) + std::to_string( count ) + " med " + name;
    sentences.push_back( std::to_string( left ) + ( left == 1 ? " händelse" : " händelser" ) +
                         " i perioderna har ingen punkt som plats (" + places +
                         ") och kan inte räknas till något område: de är inte med i siffrorna." );
  }
  return sentences;
}
} // namespace

std::string EvaluationResult::toJson() const
{
  std::string out =
    "{\"target\":" + jsonString( targetName ) + ",\"comparison\":" + jsonString( comparisonName );
  out += ",\"intervention\":" + jsonString( interventionTitle ) +
         ",\"intervention_kind\":" + jsonString( interventionKind );
  out += ",\"before_days\":" + jsonNumber( total.stats.counts.beforeDays ) +
         ",\"after_days\":" + jsonNumber( total.stats.counts.afterDays );
  out += ",\"method\":\"incidents at the midpoint of their time, inside the areas; after counts scaled by "
         "before_days/after_days\"";
  out += ",\"total\":" + groupJson( total ) + ",\"groups\":[";
  for ( size_t i = 0; i < groups.size(); ++i )
    out += ( i ? "," : "" ) + groupJson( groups[i] );
  out += "],\"weeks\":{\"starts\":" + jsonStrings( weeks.weekStarts ) +
         ",\"labels\":" + jsonStrings( weeks.labels ) + ",\"target\":" + jsonNumbers( weeks.target ) +
         ",\"comparison\":" + jsonNumbers( weeks.comparison ) + ",\"buffer\":" + jsonNumbers( weeks.buffer ) +
         "}";
  out += ",\"left_out_not_points\":{\"area\":" + std::to_string( imprecise.area ) +
         ",\"municipality\":" + std::to_string( imprecise.municipality ) +
         ",\"county\":" + std::to_string( imprecise.county ) + "}";
  out += ",\"sentences\":" + jsonStrings( sentences );
  return out + "}";
}

Status checkEvaluationSettings( ProjectFile &project, const EvaluationSettings &settings )
{
  return guarded<Done>(
    [&]
    {
      prepare( project, settings );
      return Done{};
    },
    MessageCode::EvaluationReadFailed );
}

Expected<EvaluationResult> evaluateIntervention( ProjectFile &project, const EvaluationSettings &settings,
                                                 const ProgressCallback &progress )
{
  return guarded<EvaluationResult>(
    [&]() -> Expected<EvaluationResult>
    {
      const Prepared prepared = prepare( project, settings );
      if ( !reportProgress( progress, 0.1 ) )
        return Error( MessageCode::Cancelled );
      EvaluationResult result;
      result.settings = settings;
      result.targetName = prepared.target.label();
      result.comparisonName = prepared.comparison.label();
      if ( settings.interventionId )
      {
        auto info = loadIntervention( project, *settings.interventionId );
        if ( !info )
          return Error( info.error() );
        result.interventionTitle = info->title;
        result.interventionKind = info->kind;
      }

      const int64_t beforeFrom = *dayOf( settings.before.from ),
                    beforeUntil = *dayOf( settings.before.until );
      const int64_t afterFrom = *dayOf( settings.after.from ), afterUntil = *dayOf( settings.after.until );
      Selection selection;
      selection.fromUtc = dayStartUtc( beforeFrom );
      selection.untilUtc = dayStartUtc( afterUntil + 1 );
      selection.categories = settings.categories.empty() ? std::vector<std::string>() : prepared.categories;
      selection.intervalRule = IntervalRule::Midpoint;
      auto incidents = selectIncidents( project, selection );
      if ( !incidents )
        return Error( incidents.error() );
      if ( !reportProgress( progress, 0.4 ) )
        return Error( MessageCode::Cancelled );

      // Groups: those with a category in the selection, in display order.
      std::map<std::string, std::string> groupOfCategory;
      for ( const Category &c : project.categories() )
        groupOfCategory[c.code] = c.group;
      std::set<std::string> selectedCodes( prepared.categories.begin(), prepared.categories.end() );
      std::map<std::string, size_t> groupIndex;
      for ( const CategoryGroupInfo &g : categoryGroups( project.db() ) )
      {
        EvaluationGroup group;
        group.code = g.code;
        group.label = g.label;
        for ( const std::string &code : prepared.categories )
          if ( groupOfCategory[code] == g.code )
            group.categories.push_back( code );
        if ( group.categories.empty() )
          continue;
        group.stats.counts = emptyCounts( settings );
        groupIndex[g.code] = result.groups.size();
        result.groups.push_back( std::move( group ) );
      }
      result.total.label = "Totalt";
      result.total.categories = prepared.categories;
      result.total.stats.counts = emptyCounts( settings );

      // Weeks from the Monday of the before period's first week to the after period's last day.
      const int64_t firstMonday = beforeFrom - ( isoWeekday( beforeFrom ) - 1 );
      const size_t weekCount = static_cast<size_t>( ( afterUntil - firstMonday ) / 7 + 1 );
      for ( size_t w = 0; w < weekCount; ++w )
      {
        const int64_t monday = firstMonday + static_cast<int64_t>( w ) * 7;
        result.weeks.weekStarts.push_back( isoDateOf( monday ) );
        result.weeks.labels.push_back( isoWeekText( monday ) );
      }
      result.weeks.target.assign( weekCount, 0 );
      result.weeks.comparison.assign( weekCount, 0 );
      if ( prepared.buffer )
        result.weeks.buffer.assign( weekCount, 0 );

      size_t done = 0;
      for ( const SelectedIncident &incident : *incidents )
      {
        if ( ++done % 4096 == 0 &&
             !reportProgress( progress, 0.4 + 0.55 * static_cast<double>( done ) / incidents->size() ) )
          return Error( MessageCode::Cancelled );
        if ( !incident.timeKnown )
          continue;
        if ( !settings.categories.empty() && !selectedCodes.count( incident.category ) )
          continue;
        const int64_t day = localDay( incident.midpointUtc() );
        const bool before = day >= beforeFrom && day <= beforeUntil;
        const bool after = day >= afterFrom && day <= afterUntil;
        // Only a point lies in an area: one known only by its municipality is in neither, and counted as
        // such.
        if ( !incident.placesPoint() )
        {
          if ( before || after )
            result.imprecise.add( incident.precision );
          continue;
        }
        if ( day < firstMonday || day > afterUntil )
          continue;
        const size_t week = static_cast<size_t>( ( day - firstMonday ) / 7 );
        int where = -1; // 0 target, 1 comparison, 2 buffer
        if ( prepared.target.contains( incident.x, incident.y ) )
          where = 0;
        else if ( prepared.comparison.contains( incident.x, incident.y ) )
          where = 1;
        else if ( prepared.buffer && prepared.buffer->contains( incident.x, incident.y ) )
          where = 2;
        if ( where < 0 )
          continue;
        if ( day >= beforeFrom )
          ( where == 0   ? result.weeks.target
            : where == 1 ? result.weeks.comparison
                         : result.weeks.buffer )[week] += 1;
        if ( !before && !after )
          continue;
        const auto add = [&]( EvaluationCounts &counts )
        {
          if ( where == 0 )
            ( before ? counts.a : counts.b ) += 1;
          else if ( where == 1 )
            ( before ? counts.c : counts.d ) += 1;
          else
            *( before ? counts.e : counts.f ) += 1;
        };
        add( result.total.stats.counts );
        const auto group = groupIndex.find( groupOfCategory[incident.category] );
        if ( group != groupIndex.end() )
          add( result.groups[group->second].stats.counts );
      }
      // Groups without a single event in any area and period say nothing: left out.
      result.groups.erase(
        std::remove_if( result.groups.begin(), result.groups.end(),
                        []( const EvaluationGroup &g )
                        {
                          const EvaluationCounts &n = g.stats.counts;
                          return n.a + n.b + n.c + n.d + n.e.value_or( 0 ) + n.f.value_or( 0 ) == 0;
                        } ),
        result.groups.end() );
      for ( EvaluationGroup &group : result.groups )
        finish( group );
      finish( result.total );
      result.sentences = sentencesOf( result );
      reportProgress( progress, 1 );
      return result;
    },
    MessageCode::EvaluationReadFailed );
}

Expected<std::vector<ComparisonSuggestion>> suggestComparisonAreas( ProjectFile &project,
                                                                    const EvaluationSettings &settings )
{
  return guarded<std::vector<ComparisonSuggestion>>(
    [&]() -> Expected<std::vector<ComparisonSuggestion>>
    {
      auto before = parseDatePeriod( settings.before.text(), "before" );
      if ( !before )
        return Error( before.error() );
      auto areas = loadAreas( project );
      if ( !areas )
        return Error( areas.error() );
      const ProjectArea target = findAreaById( *areas, settings.targetAreaId );
      auto targetGeometry = areaGeometry( project.db(), target.fid );
      if ( !targetGeometry )
        throw Refused{ Message::make( MessageCode::EvaluationAreaUnreadable, target.label() ) };
      std::unique_ptr<OGRGeometry> reach;
      if ( settings.bufferMeters )
        reach.reset( targetGeometry->Buffer( *settings.bufferMeters, 16 ) );
      const OGRGeometry &excluded = reach ? *reach : *targetGeometry;

      std::vector<const ProjectArea *> candidates;
      for ( const ProjectArea &area : *areas )
      {
        if ( area.fid == target.fid )
          continue;
        auto geometry = areaGeometry( project.db(), area.fid );
        if ( !geometry || overlapArea( excluded, *geometry ) > kOverlapToleranceSquareMeters )
          continue;
        candidates.push_back( &area );
      }
      if ( candidates.empty() )
        throw Refused{ Message::make( MessageCode::EvaluationNoComparisonCandidates ) };

      const int64_t from = *dayOf( settings.before.from ), until = *dayOf( settings.before.until );
      const int64_t middle = from + ( until - from + 1 ) / 2;
      Selection selection;
      selection.fromUtc = dayStartUtc( from );
      selection.untilUtc = dayStartUtc( until + 1 );
      selection.intervalRule = IntervalRule::Midpoint;
      if ( !settings.categories.empty() )
        selection.categories = resolveCategories( project, settings.categories );
      auto incidents = selectIncidents( project, selection );
      if ( !incidents )
        return Error( incidents.error() );
      std::vector<double> first( candidates.size() + 1, 0 ), second( candidates.size() + 1, 0 );
      for ( const SelectedIncident &incident : *incidents )
      {
        if ( !incident.timeKnown || !incident.placesPoint() )
          continue;
        const int64_t day = localDay( incident.midpointUtc() );
        if ( day < from || day > until )
          continue;
        auto &half = day < middle ? first : second;
        if ( target.contains( incident.x, incident.y ) )
          half[0] += 1;
        for ( size_t i = 0; i < candidates.size(); ++i )
          if ( candidates[i]->contains( incident.x, incident.y ) )
            half[i + 1] += 1;
      }
      const auto trend = [&]( size_t i ) { return std::log( ( second[i] + 0.5 ) / ( first[i] + 0.5 ) ); };
      std::vector<ComparisonSuggestion> suggestions;
      for ( size_t i = 0; i < candidates.size(); ++i )
      {
        ComparisonSuggestion s;
        s.areaId = candidates[i]->fid;
        s.name = candidates[i]->label();
        s.targetBefore = first[0] + second[0];
        s.count = first[i + 1] + second[i + 1];
        s.targetTrend = trend( 0 );
        s.trend = trend( i + 1 );
        s.score = std::fabs( std::log( ( s.count + 0.5 ) / ( s.targetBefore + 0.5 ) ) ) +
                  std::fabs( s.trend - s.targetTrend );
        suggestions.push_back( s );
      }
      std::stable_sort( suggestions.begin(), suggestions.end(),
                        []( const ComparisonSuggestion &x, const ComparisonSuggestion &y )
                        { return x.score < y.score; } );
      return suggestions;
    },
    MessageCode::EvaluationReadFailed );
}

Expected<int64_t> storeEvaluation( ProjectFile &project, const EvaluationResult &result,
                                   const std::string &actor )
{
  Database &db = project.db();
  try
  {
    Transaction transaction( db );
    Statement s = db.prepare(
      "INSERT INTO evaluations (action_id, name, target_area_id, comparison_area_id, buffer_m, before_from, "
      "before_until, after_from, after_until, categories, result, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
      "?, "
      "?, ?, ?, ?)" );
    const EvaluationSettings &settings = result.settings;
    if ( settings.interventionId )
      s.bind( 1, *settings.interventionId );
    else
      s.bindNull( 1 );
    s.bind( 2, result.displayName() );
    s.bind( 3, settings.targetAreaId ).bind( 4, settings.comparisonAreaId );
    if ( settings.bufferMeters )
      s.bind( 5, *settings.bufferMeters );
    else
      s.bindNull( 5 );
    s.bind( 6, settings.before.from ).bind( 7, settings.before.until );
    s.bind( 8, settings.after.from ).bind( 9, settings.after.until );
    s.bind( 10, jsonStrings( settings.categories ) );
    s.bind( 11, result.toJson() );
    s.bind( 12, utcNowIso() );
    s.run();
    const int64_t fid = db.lastInsertId();
    Statement audit = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                                  "VALUES (?, ?, ?, ?, ?, ?)" );
    audit.bind( 1, utcNowIso() );
    audit.bindTextOrNull( 2, actor );
    audit.bind( 3, "evaluate" ).bind( 4, "evaluations" ).bind( 5, int64_t( 1 ) );
    audit.bind( 6, "evaluation " + std::to_string( fid ) + ": " + result.displayName() );
    audit.run();
    transaction.commit();
    return fid;
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error( damaged.message );
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error( *full );
    return Error( MessageCode::EvaluationSaveFailed, std::string( e.what() ) );
  }
}

namespace
{
EvaluationCounts countsFromJson( const CPLJSONObject &counts, double beforeDays, double afterDays )
{
  EvaluationCounts n;
  n.a = counts.GetDouble( "a", 0 );
  n.b = counts.GetDouble( "b", 0 );
  n.c = counts.GetDouble( "c", 0 );
  n.d = counts.GetDouble( "d", 0 );
  if ( counts.GetObj( "e" ).IsValid() )
  {
    n.e = counts.GetDouble( "e", 0 );
    n.f = counts.GetDouble( "f", 0 );
  }
  n.beforeDays = beforeDays;
  n.afterDays = afterDays;
  return n;
}

std::vector<std::string> stringsOf( const CPLJSONArray &array )
{
  std::vector<std::string> values;
  for ( int i = 0; i < array.Size(); ++i )
    values.push_back( array[i].ToString() );
  return values;
}

std::vector<double> numbersOf( const CPLJSONArray &array )
{
  std::vector<double> values;
  for ( int i = 0; i < array.Size(); ++i )
    values.push_back( array[i].ToDouble( 0 ) );
  return values;
}

EvaluationGroup groupFromJson( const CPLJSONObject &object, double beforeDays, double afterDays )
{
  EvaluationGroup group;
  group.code = object.GetString( "code" );
  group.label = object.GetString( "label" );
  group.categories = stringsOf( object.GetArray( "categories" ) );
  group.stats = evaluationStatistics( countsFromJson( object.GetObj( "counts" ), beforeDays, afterDays ) );
  return group;
}

std::vector<EvaluationResult> readStored( Database &db, const std::string &where, int64_t value )
{
  Statement s =
    db.prepare( "SELECT fid, action_id, name, target_area_id, comparison_area_id, buffer_m, "
                "before_from, before_until, after_from, after_until, categories, result, created_at "
                "FROM evaluations" +
                where + " ORDER BY created_at DESC, fid DESC" );
  if ( !where.empty() )
    s.bind( 1, value );
  std::vector<EvaluationResult> results;
  while ( s.step() )
  {
    EvaluationResult r;
    r.fid = s.int64( 0 );
    if ( !s.isNull( 1 ) )
      r.settings.interventionId = s.int64( 1 );
    r.settings.name = s.text( 2 );
    r.settings.targetAreaId = s.int64( 3 );
    r.settings.comparisonAreaId = s.int64( 4 );
    if ( !s.isNull( 5 ) )
      r.settings.bufferMeters = s.real( 5 );
    r.settings.before = { s.text( 6 ), s.text( 7 ) };
    r.settings.after = { s.text( 8 ), s.text( 9 ) };
    r.createdAt = s.text( 12 );
    CPLJSONDocument categories;
    CPLPushErrorHandler( CPLQuietErrorHandler );
    const bool categoriesLoaded = categories.LoadMemory( s.text( 10 ) );
    CPLJSONDocument document;
    const bool loaded = document.LoadMemory( s.text( 11 ) );
    CPLPopErrorHandler();
    if ( categoriesLoaded && categories.GetRoot().GetType() == CPLJSONObject::Type::Array )
      r.settings.categories = stringsOf( categories.GetRoot().ToArray() );
    if ( !loaded || document.GetRoot().GetType() != CPLJSONObject::Type::Object )
      throw Refused{ Message::make( MessageCode::EvaluationStoredUnreadable, r.fid,
                                    std::string( "its result is not JSON" ) ) };
    const CPLJSONObject root = document.GetRoot();
    const double beforeDays = r.settings.before.days(), afterDays = r.settings.after.days();
    r.targetName = root.GetString( "target" );
    r.comparisonName = root.GetString( "comparison" );
    r.interventionTitle = root.GetString( "intervention" );
    r.interventionKind = root.GetString( "intervention_kind" );
    r.total = groupFromJson( root.GetObj( "total" ), beforeDays, afterDays );
    const CPLJSONArray groups = root.GetArray( "groups" );
    for ( int i = 0; i < groups.Size(); ++i )
      r.groups.push_back( groupFromJson( groups[i], beforeDays, afterDays ) );
    const CPLJSONObject weeks = root.GetObj( "weeks" );
    r.weeks.weekStarts = stringsOf( weeks.GetArray( "starts" ) );
    r.weeks.labels = stringsOf( weeks.GetArray( "labels" ) );
    r.weeks.target = numbersOf( weeks.GetArray( "target" ) );
    r.weeks.comparison = numbersOf( weeks.GetArray( "comparison" ) );
    r.weeks.buffer = numbersOf( weeks.GetArray( "buffer" ) );
    const CPLJSONObject imprecise = root.GetObj( "left_out_not_points" );
    if ( imprecise.IsValid() )
    {
      r.imprecise.area = imprecise.GetLong( "area", 0 );
      r.imprecise.municipality = imprecise.GetLong( "municipality", 0 );
      r.imprecise.county = imprecise.GetLong( "county", 0 );
    }
    r.sentences = sentencesOf( r );
    results.push_back( std::move( r ) );
  }
  return results;
}
} // namespace

Expected<std::vector<EvaluationResult>> storedEvaluations( ProjectFile &project,
                                                           std::optional<int64_t> actionId )
{
  return guarded<std::vector<EvaluationResult>>(
    [&]
    { return readStored( project.db(), actionId ? " WHERE action_id = ?" : "", actionId.value_or( 0 ) ); },
    MessageCode::EvaluationReadFailed );
}

Expected<EvaluationResult> loadEvaluation( ProjectFile &project, int64_t evaluationId )
{
  return guarded<EvaluationResult>(
    [&]() -> Expected<EvaluationResult>
    {
      auto results = readStored( project.db(), " WHERE fid = ?", evaluationId );
      if ( results.empty() )
        return Error( MessageCode::EvaluationUnknown, evaluationId );
      return std::move( results.front() );
    },
    MessageCode::EvaluationReadFailed );
}

} // namespace tryggkarta

#include "reporting.h"

#include "incidentstore.h"

#include "calendar.h"
#include "database.h"
#include "datetimeparser.h"
#include "projectfile.h"
#include "stockholmzone.h"
#include "swedishtext.h"
#include "temporal.h"

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <limits>
#include <map>
#include <set>

namespace tryggkarta
{

namespace
{

std::string weekLabel( int isoYear, int week )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%04d-W%02d", isoYear, week );
  return buffer;
}

//! The Stockholm local day of a stored UTC time, if it reads.
std::optional<int64_t> localDayOfStored( const std::string &text )
{
  const auto utc = parseUtcIso( text );
  if ( !utc )
    return std::nullopt;
  return stockholmDay( *utc );
}

} // namespace

void setReportingOrganisations( ReportingOverview &overview,
                                std::map<std::string, OrganisationReporting> byName )
{
  std::vector<OrganisationReporting> expectedOnes, others;
  for ( auto &item : byName )
  {
    OrganisationReporting &o = item.second;
    for ( size_t i = 0; i < o.perWeek.size() && i < overview.weeks.size(); ++i )
    {
      if ( o.perWeek[i] > 0 )
        ++o.weeksReported;
      else
        o.missingWeeks.push_back( overview.weeks[i].label );
    }
    if ( !o.expected && o.weeksReported == 0 )
      continue;
    ( o.expected ? expectedOnes : others ).push_back( std::move( o ) );
  }
  overview.organisations = std::move( expectedOnes );
  for ( OrganisationReporting &o : others )
    overview.organisations.push_back( std::move( o ) );
}

Expected<ReportingOverview> reportingOverview( Database &db, int weeks, const std::string &today )
{
  if ( weeks < 1 || weeks > kMaxReportingWeeks )
    return Error( MessageCode::ReportingBadWeeks, kMaxReportingWeeks, weeks );
  ReportingOverview overview;
  int64_t todayDay = 0;
  if ( today.empty() )
    todayDay = stockholmDay( static_cast<int64_t>( std::time( nullptr ) ) );
  else if ( const auto parsed = parseIsoDate( today ) )
    todayDay = *parsed;
  else
    return Error( MessageCode::PromiseBadDate, today );
  overview.today = isoDateOf( todayDay );
  const int64_t thisMonday = todayDay - ( isoWeekday( todayDay ) - 1 );
  const int64_t firstMonday = thisMonday - 7 * static_cast<int64_t>( weeks - 1 );
  for ( int i = 0; i < weeks; ++i )
  {
    const int64_t monday = firstMonday + 7 * i;
    int y = 0, m = 0, d = 0;
    civilFromDays( monday, y, m, d );
    const IsoWeek iso = isoWeek( y, m, d );
    ReportingWeek week;
    week.isoYear = iso.year;
    week.week = iso.week;
    week.label = weekLabel( iso.year, iso.week );
    week.monday = isoDateOf( monday );
    week.sunday = isoDateOf( monday + 6 );
    overview.weeks.push_back( std::move( week ) );
  }
  try
  {
    std::map<std::string, OrganisationReporting> byName;
    const auto entry = [&]( const std::string &name ) -> OrganisationReporting &
    {
      OrganisationReporting &o = byName[name];
      if ( o.name.empty() )
      {
        o.name = name;
        o.perWeek.assign( static_cast<size_t>( weeks ), 0 );
      }
      return o;
    };
    Statement expected = db.prepare( "SELECT name FROM organisations WHERE reports_weekly = 1" );
    while ( expected.step() )
      entry( expected.text( 0 ) ).expected = true;
    // A day's margin on either side of the window in UTC text; the exact week comes from the local day.
    Statement s = db.prepare( "SELECT organisation, created_at FROM incidents WHERE organisation IS NOT NULL "
                              "AND organisation != '' AND created_at >= ?" );
    s.bind( 1, isoDateOf( firstMonday - 1 ) );
    while ( s.step() )
    {
      const auto day = localDayOfStored( s.text( 1 ) );
      if ( !day || *day < firstMonday || *day >= thisMonday + 7 )
        continue;
      entry( s.text( 0 ) ).perWeek[static_cast<size_t>( ( *day - firstMonday ) / 7 )] += 1;
    }
    Statement last =
      db.prepare( "SELECT organisation, max(created_at) FROM incidents WHERE organisation IS NOT "
                  "NULL AND organisation != '' GROUP BY organisation" );
    while ( last.step() )
    {
      const auto found = byName.find( last.text( 0 ) );
      if ( found == byName.end() )
        continue;
      if ( const auto day = localDayOfStored( last.text( 1 ) ) )
        found->second.lastReportDate = isoDateOf( *day );
    }
    setReportingOrganisations( overview, std::move( byName ) );
    return overview;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ReportingReadFailed, e.what() );
  }
}

Status setReportsWeekly( Database &db, const std::string &organisation, bool expected,
                         const std::string &actor )
{
  try
  {
    Transaction transaction( db );
    Statement s = db.prepare( "UPDATE organisations SET reports_weekly = ? WHERE name = ?" );
    s.bind( 1, expected ? 1 : 0 ).bind( 2, organisation );
    s.run();
    if ( db.changes() == 0 )
    {
      std::vector<std::string> names;
      Statement all = db.prepare( "SELECT name FROM organisations ORDER BY name" );
      while ( all.step() )
        names.push_back( all.text( 0 ) );
      std::string list;
      for ( const std::string &n : names )
        list += ( list.empty() ? "" : ", " ) + n;
      return Error( MessageCode::ReportingUnknownOrganisation, organisation, list.empty() ? "(none)" : list );
    }
    Statement audit = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                                  "VALUES (?, ?, 'edit', 'organisations', 1, ?)" );
    audit.bind( 1, utcNowIso() );
    actor.empty() ? audit.bindNull( 2 ) : audit.bind( 2, actor );
    audit.bind( 3, organisation + ( expected ? ": expected to report every week"
                                             : ": not expected to report every week" ) );
    audit.run();
    transaction.commit();
    return Done{};
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error{ *full };
    return Error( MessageCode::ReportingSaveFailed, e.what() );
  }
}

namespace
{
std::vector<NewestEvent> newestEventsOf( const std::map<std::string, int64_t> &byOrganisation,
                                         const std::map<std::string, int64_t> &bySource )
{
  std::vector<NewestEvent> result;
  for ( const bool sources : { false, true } )
    for ( const auto &entry : sources ? bySource : byOrganisation )
    {
      NewestEvent e;
      e.isSource = sources;
      e.name = entry.first;
      e.label = sources ? "källan " + sourceLabelSv( e.name ) : e.name;
      e.date = isoDateOf( stockholmDay( entry.second ) );
      result.push_back( std::move( e ) );
    }
  return result;
}
} // namespace

std::vector<NewestEvent> newestEventDates( const std::vector<SelectedIncident> &incidents )
{
  std::map<std::string, int64_t> byOrganisation, bySource;
  for ( const SelectedIncident &incident : incidents )
  {
    if ( incident.isObservation() )
      continue;
    for ( auto [map, key] : { std::make_pair( &byOrganisation, &incident.organisation ),
                              std::make_pair( &bySource, &incident.source ) } )
    {
      if ( key->empty() )
        continue;
      const auto found = map->find( *key );
      if ( found == map->end() || found->second < incident.fromUtc )
        ( *map )[*key] = incident.fromUtc;
    }
  }
  return newestEventsOf( byOrganisation, bySource );
}

std::vector<NewestEvent> newestEventDates( const IncidentStore &store )
{
  // Newest per dictionary entry, then by name.
  constexpr int64_t none = std::numeric_limits<int64_t>::min();
  std::vector<int64_t> organisation( store.organisations.size(), none ), source( store.sources.size(), none );
  for ( size_t row = 0; row < store.size(); ++row )
  {
    if ( !store.selectable( row ) )
      continue;
    organisation[store.organisation[row]] =
      std::max( organisation[store.organisation[row]], store.fromUtc[row] );
    source[store.source[row]] = std::max( source[store.source[row]], store.fromUtc[row] );
  }
  std::map<std::string, int64_t> byOrganisation, bySource;
  for ( size_t i = 0; i < organisation.size(); ++i )
    if ( organisation[i] != none && !store.organisations[i].empty() )
      byOrganisation[store.organisations[i]] = organisation[i];
  for ( size_t i = 0; i < source.size(); ++i )
    if ( source[i] != none && !store.sources[i].empty() )
      bySource[store.sources[i]] = source[i];
  return newestEventsOf( byOrganisation, bySource );
}

std::string sourceLabelSv( const std::string &source )
{
  if ( source == "est" )
    return "EST-rapporter";
  if ( source == "police" )
    return "polisen";
  if ( source == "safety_walk" )
    return "trygghetsvandringar";
  if ( source == "manual" )
    return "manuellt inlagda";
  return source;
}

Expected<std::vector<NewestEvent>> newestEventDates( Database &db )
{
  try
  {
    std::vector<NewestEvent> result;
    for ( const bool sources : { false, true } )
    {
      const std::string column = sources ? "source" : "organisation";
      Statement s =
        db.prepare( "SELECT " + column + ", max(occurred_from) FROM incidents WHERE " + column +
                    " IS NOT NULL AND " + column + " != '' GROUP BY " + column + " ORDER BY " + column );
      while ( s.step() )
      {
        const auto day = localDayOfStored( s.text( 1 ) );
        if ( !day )
          continue;
        NewestEvent e;
        e.isSource = sources;
        e.name = s.text( 0 );
        e.label = sources ? "källan " + sourceLabelSv( e.name ) : e.name;
        e.date = isoDateOf( *day );
        result.push_back( std::move( e ) );
      }
    }
    return result;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ReportingReadFailed, e.what() );
  }
}

} // namespace tryggkarta

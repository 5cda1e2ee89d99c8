#include "sharedreporting.h"

#include "message.h"
#include "pgconnection.h"

#include <map>

namespace tryggkarta
{

Status mergeSharedReporting( PgConnection &conn, ReportingOverview &overview )
{
  if ( overview.weeks.empty() )
    return Done{};
  const size_t weeks = overview.weeks.size();
  try
  {
    std::map<std::string, OrganisationReporting> byName;
    const auto entry = [&]( const std::string &name ) -> OrganisationReporting &
    {
      OrganisationReporting &o = byName[name];
      if ( o.name.empty() )
      {
        o.name = name;
        o.perWeek.assign( weeks, 0 );
      }
      return o;
    };
    PgResult expected = conn.query( "SELECT name FROM tryggkarta.organisations WHERE reports_weekly" );
    for ( int i = 0; i < expected.rows(); ++i )
      entry( expected.text( i, 0 ) ).expected = true;
    std::map<std::string, size_t> weekOf;
    for ( size_t i = 0; i < weeks; ++i )
      weekOf[overview.weeks[i].monday] = i;
    PgResult counts =
      conn.query( "SELECT organisation, week_start::text, incidents FROM tryggkarta.reported_weeks WHERE "
                  "organisation IS NOT NULL AND week_start BETWEEN $1::date AND $2::date",
                  { overview.weeks.front().monday, overview.weeks.back().monday } );
    for ( int i = 0; i < counts.rows(); ++i )
    {
      const auto week = weekOf.find( counts.text( i, 1 ) );
      if ( week != weekOf.end() )
        entry( counts.text( i, 0 ) ).perWeek[week->second] += counts.int64( i, 2 );
    }
    PgResult last =
      conn.query( "SELECT organisation, to_char(max(last_reported) AT TIME ZONE 'Europe/Stockholm', "
                  "'YYYY-MM-DD') FROM tryggkarta.reported_weeks WHERE organisation IS NOT NULL GROUP BY 1" );
    for ( int i = 0; i < last.rows(); ++i )
    {
      const auto found = byName.find( last.text( i, 0 ) );
      if ( found != byName.end() )
        found->second.lastReportDate = last.text( i, 1 );
    }
    setReportingOrganisations( overview, std::move( byName ) );
    return Done{};
  }
  catch ( const PgError &e )
  {
    return Error( MessageCode::SharedQueryFailed, std::string( "who has reported" ),
                  std::string( e.what() ) );
  }
}

} // namespace tryggkarta

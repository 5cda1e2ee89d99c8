// Who has reported: ISO weeks in Stockholm time around a year with 53 weeks, organisations expected to report
// that never did, the incident's created_at (when it entered the project) counting rather than when it
// happened, setting who is expected, and the newest event per organisation and source. Expected weeks and
// dates are worked out here with the C library (strftime's %G-W%V), never taken from the code under test.

#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "reporting.h"
#include "stockholmzone.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <map>
#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{

//! The ISO week label of a civil date by the C library.
std::string isoWeekByLibc( int year, int month, int day )
{
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month - 1;
  t.tm_mday = day;
  t.tm_hour = 12;
  const time_t when = timegm( &t );
  std::tm norm{};
  gmtime_r( &when, &norm );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%G-W%V", &norm );
  return buffer;
}

//! The civil date a number of days after one, by the C library.
std::string daysAfter( int year, int month, int day, int days )
{
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = month - 1;
  t.tm_mday = day + days;
  t.tm_hour = 12;
  const time_t when = timegm( &t );
  std::tm norm{};
  gmtime_r( &when, &norm );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%Y-%m-%d", &norm );
  return buffer;
}

void addOrganisation( ProjectFile &p, const std::string &name, bool weekly )
{
  Statement s = p.db().prepare( "INSERT INTO organisations (name, reports_weekly) VALUES (?, ?)" );
  s.bind( 1, name ).bind( 2, weekly ? 1 : 0 );
  s.run();
}

//! An incident entered at createdUtc (UTC text), that happened at occurredUtc.
void addIncident( ProjectFile &p, const std::string &organisation, const std::string &createdUtc,
                  const std::string &occurredUtc, const std::string &source = "est" )
{
  const auto blob = encodeGpkgPoint( 3006, 450000, 6580000 );
  Statement s = p.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, organisation, source, "
                                "created_at, updated_at) VALUES (?, ?, 'klotter', ?, ?, ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, occurredUtc );
  s.bindTextOrNull( 3, organisation ).bind( 4, source ).bind( 5, createdUtc ).bind( 6, createdUtc );
  s.run();
}

const OrganisationReporting *find( const ReportingOverview &o, const std::string &name )
{
  for ( const OrganisationReporting &r : o.organisations )
    if ( r.name == name )
      return &r;
  return nullptr;
}

} // namespace

TEST_CASE( "the weeks run as ISO weeks in Stockholm time across a year with week 53", "[reporting]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  addOrganisation( p, "Skolan", true );
  // 2026 ends with ISO week 53 (it begins on a Thursday); today is Wednesday 2027-01-06, in 2027-W01.
  REQUIRE( isoWeekByLibc( 2026, 12, 31 ) == "2026-W53" );
  // Thursday 31 December 2026 (W53); Sunday 3 January 2027 at 23:30 UTC is Monday 00:30 in Stockholm (W01).
  addIncident( p, "Skolan", "2026-12-31T10:00:00.000Z", "2026-12-20T10:00:00.000Z" );
  addIncident( p, "Skolan", "2027-01-03T23:30:00.000Z", "2026-12-01T10:00:00.000Z" );
  // Monday 2026-11-16 (W47) is the oldest of eight weeks; the Sunday before it (W46) is outside.
  addIncident( p, "Skolan", "2026-11-16T08:00:00.000Z", "2026-11-16T08:00:00.000Z" );
  addIncident( p, "Skolan", "2026-11-15T12:00:00.000Z", "2026-11-15T12:00:00.000Z" );

  auto overview = reportingOverview( p.db(), 8, "2027-01-06" );
  REQUIRE( overview.ok() );
  REQUIRE( overview->weeks.size() == 8 );
  // The weeks by the C library: the Mondays eight weeks back from 2027-01-04.
  for ( int i = 0; i < 8; ++i )
  {
    const std::string monday = daysAfter( 2027, 1, 4, -7 * ( 7 - i ) );
    INFO( monday );
    CHECK( overview->weeks[static_cast<size_t>( i )].monday == monday );
    CHECK( overview->weeks[static_cast<size_t>( i )].label ==
           isoWeekByLibc( std::stoi( monday.substr( 0, 4 ) ), std::stoi( monday.substr( 5, 2 ) ),
                          std::stoi( monday.substr( 8, 2 ) ) ) );
  }
  CHECK( overview->weeks.back().label == "2027-W01" );
  CHECK( overview->weeks[6].label == "2026-W53" );
  CHECK( overview->weeks.front().label == "2026-W47" );

  const OrganisationReporting *school = find( *overview, "Skolan" );
  REQUIRE( school );
  CHECK( school->expected );
  const std::vector<int64_t> expected = { 1, 0, 0, 0, 0, 0, 1, 1 };
  CHECK( school->perWeek == expected );
  CHECK( school->weeksReported == 3 );
  CHECK( school->missingWeeks ==
         std::vector<std::string>{ "2026-W48", "2026-W49", "2026-W50", "2026-W51", "2026-W52" } );
  CHECK( school->lastReportDate == "2027-01-04" ); // Stockholm's date of 2027-01-03T23:30Z
}

TEST_CASE( "an organisation expected to report that never did has every week missing", "[reporting]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  addOrganisation( p, "Bostadsbolaget", true );
  addOrganisation( p, "Vaktbolaget", false ); // neither expected nor reporting: not listed
  addOrganisation( p, "Räddningstjänsten", false );
  addIncident( p, "Räddningstjänsten", "2026-11-18T09:00:00.000Z", "2026-11-17T09:00:00.000Z" );

  auto overview = reportingOverview( p.db(), 4, "2026-11-20" );
  REQUIRE( overview.ok() );
  REQUIRE( overview->organisations.size() == 2 );
  // Expected ones first.
  CHECK( overview->organisations[0].name == "Bostadsbolaget" );
  const OrganisationReporting *housing = find( *overview, "Bostadsbolaget" );
  REQUIRE( housing );
  CHECK( housing->weeksReported == 0 );
  CHECK( housing->lastReportDate.empty() );
  CHECK( housing->missingWeeks.size() == 4 );
  CHECK( find( *overview, "Vaktbolaget" ) == nullptr );
  const OrganisationReporting *rescue = find( *overview, "Räddningstjänsten" );
  REQUIRE( rescue );
  CHECK_FALSE( rescue->expected );
  CHECK( rescue->reported( 3 ) );
  CHECK_FALSE( rescue->reported( 2 ) );
}

TEST_CASE( "a report counts in the week it entered the project, not the week the event happened",
           "[reporting]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  addOrganisation( p, "Polisen", true );
  // Events of September reported (imported) on Tuesday 2026-11-17; one of this week entered long ago is
  // impossible, but an event dated this week entered in October counts in October.
  addIncident( p, "Polisen", "2026-11-17T07:00:00.000Z", "2026-09-02T20:00:00.000Z" );
  addIncident( p, "Polisen", "2026-11-17T07:00:00.000Z", "2026-09-05T20:00:00.000Z" );
  auto overview = reportingOverview( p.db(), 8, "2026-11-20" );
  REQUIRE( overview.ok() );
  const OrganisationReporting *police = find( *overview, "Polisen" );
  REQUIRE( police );
  CHECK( police->perWeek.back() == 2 );
  CHECK( police->weeksReported == 1 );
  CHECK( police->lastReportDate == "2026-11-17" );
  CHECK( overview->weeks.back().label == isoWeekByLibc( 2026, 11, 20 ) );

  // The newest event is from September, though it was reported this week.
  auto newest = newestEventDates( p.db() );
  REQUIRE( newest.ok() );
  bool sawOrganisation = false, sawSource = false;
  for ( const NewestEvent &e : *newest )
  {
    if ( !e.isSource && e.name == "Polisen" )
    {
      sawOrganisation = true;
      CHECK( e.date == "2026-09-05" );
      CHECK( e.label == "Polisen" );
    }
    if ( e.isSource && e.name == "est" )
    {
      sawSource = true;
      CHECK( e.date == "2026-09-05" );
    }
  }
  CHECK( sawOrganisation );
  CHECK( sawSource );
}

TEST_CASE( "who is expected to report every week is set with the audit log and unknown names are refused",
           "[reporting]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  ProjectFile &p = **project;
  addOrganisation( p, "Skolan", false );
  const int64_t auditBefore = p.db().queryInt( "SELECT count(*) FROM audit_log" );
  REQUIRE( setReportsWeekly( p.db(), "Skolan", true, "test" ).ok() );
  CHECK( p.db().queryInt( "SELECT reports_weekly FROM organisations WHERE name = 'Skolan'" ) == 1 );
  CHECK( p.db().queryInt( "SELECT count(*) FROM audit_log" ) == auditBefore + 1 );
  auto overview = reportingOverview( p.db(), 2, "2026-11-20" );
  REQUIRE( overview.ok() );
  CHECK( find( *overview, "Skolan" ) != nullptr );

  auto refused = setReportsWeekly( p.db(), "Okänd", true );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::ReportingUnknownOrganisation );
  CHECK( refused.error().text().find( "Skolan" ) != std::string::npos );
  CHECK( p.db().queryInt( "SELECT count(*) FROM audit_log" ) == auditBefore + 1 );

  REQUIRE( setReportsWeekly( p.db(), "Skolan", false ).ok() );
  CHECK( find( *reportingOverview( p.db(), 2, "2026-11-20" ), "Skolan" ) == nullptr );

  CHECK( reportingOverview( p.db(), 0, "2026-11-20" ).error().code == MessageCode::ReportingBadWeeks );
  CHECK( reportingOverview( p.db(), kMaxReportingWeeks + 1, "2026-11-20" ).error().code ==
         MessageCode::ReportingBadWeeks );
  CHECK( reportingOverview( p.db(), 8, "2026-13-01" ).error().code == MessageCode::PromiseBadDate );
}

// tryggkarta-cli promises|promise|reporting: the year's citizen promise (medborgarlöfte) edited headless and
// followed up as text (the PDF runs in tryggkarta-render: promiseprintcommands.cpp), and who has reported in
// the last weeks.

#include "areas.h"
#include "calendar.h"
#include "cliutil.h"
#include "database.h"
#include "message.h"
#include "projectfile.h"
#include "promises.h"
#include "publicmode.h"
#include "reporting.h"

#include <algorithm>
#include <iomanip>
#include <sstream>

namespace tryggkarta::cli
{

namespace
{

PromiseWriteOptions cliWrite()
{
  PromiseWriteOptions options;
  options.actor = "tryggkarta-cli";
  options.origin = "tryggkarta-cli";
  return options;
}

std::optional<std::string> readId( const std::string &text, const char *what, int64_t &id )
{
  try
  {
    size_t used = 0;
    id = std::stoll( text, &used );
    if ( used == text.size() && id > 0 )
      return std::nullopt;
  }
  catch ( const std::exception & )
  {
  }
  return std::string( what ) + " must be an id (a whole number above 0), not '" + text + "'";
}

std::optional<std::string> readYear( const Arguments &a, int &year )
{
  const auto text = a.value( "--year" );
  if ( !text )
    return std::string( "needs --year YYYY" );
  try
  {
    size_t used = 0;
    year = std::stoi( *text, &used );
    if ( used == text->size() )
      return std::nullopt;
  }
  catch ( const std::exception & )
  {
  }
  return "--year must be a year (YYYY), not '" + *text + "'";
}

int promiseAdd( ProjectFile &project, const Arguments &a, std::ostream &out, std::ostream &err )
{
  CitizenPromise promise;
  if ( auto problem = readYear( a, promise.year ) )
    return usage( err, "promise add " + *problem );
  const auto title = a.value( "--title" );
  if ( !title )
    return usage( err, "promise add needs --title TEXT" );
  promise.title = *title;
  promise.signedDate = a.value( "--signed" ).value_or( "" );
  promise.signedByPolice = a.value( "--police-role" ).value_or( "" );
  promise.signedByMunicipality = a.value( "--municipality-role" ).value_or( "" );
  promise.summary = a.value( "--summary" ).value_or( "" );
  promise.lagesbildBasis = a.value( "--basis" ).value_or( "" );
  auto fid = PromiseStore( project.db() ).create( promise, cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << "Added the citizen promise " << *fid << " for " << promise.year << ": " << promise.title << "\n";
  return 0;
}

int activityAdd( ProjectFile &project, const Arguments &a, std::ostream &out, std::ostream &err )
{
  PromiseActivity activity;
  const auto promiseText = a.value( "--promise" );
  if ( !promiseText )
    return usage( err, "promise activity-add needs --promise ID (see: tryggkarta-cli promise PROJECT list)" );
  if ( auto problem = readId( *promiseText, "--promise", activity.promiseId ) )
    return usage( err, *problem );
  const auto title = a.value( "--title" );
  if ( !title )
    return usage( err, "promise activity-add needs --title TEXT" );
  activity.title = *title;
  const auto owner = a.value( "--owner" );
  if ( !owner )
    return usage( err, "promise activity-add needs --owner police|municipality|both" );
  activity.owner = *owner;
  activity.kind = a.value( "--kind" ).value_or( "other" );
  if ( a.value( "--count" ) )
  {
    int count = 0;
    if ( auto problem = readInteger( a, "--count", count, 1, 1000 ) )
      return usage( err, *problem );
    activity.plannedCount = count;
  }
  activity.plannedFrom = a.value( "--from" ).value_or( "" );
  activity.plannedUntil = a.value( "--until" ).value_or( "" );
  activity.description = a.value( "--description" ).value_or( "" );
  activity.placeName = a.value( "--place" ).value_or( "" );
  activity.note = a.value( "--note" ).value_or( "" );
  if ( const auto area = a.value( "--area" ) )
  {
    auto found = findArea( project, *area );
    if ( !found )
      return fail( err, found.error() );
    activity.areaId = found->fid;
  }
  auto fid = PromiseStore( project.db() ).addActivity( activity, cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << "Added the activity " << *fid << " to the citizen promise " << activity.promiseId << ": "
      << activity.title << "\n";
  return 0;
}

int activityStatus( ProjectFile &project, const Arguments &a, std::ostream &out, std::ostream &err )
{
  if ( a.positional.size() != 3 )
    return usage( err, "promise activity-status needs an activity id and a status "
                       "(planned, in_progress, done or cancelled)" );
  int64_t id = 0;
  if ( auto problem = readId( a.positional[1], "the activity", id ) )
    return usage( err, *problem );
  const std::string status = a.positional[2];
  const std::string date = a.value( "--date" ).value_or( "" );
  auto done = PromiseStore( project.db() ).setActivityStatus( id, status, date, cliWrite() );
  if ( !done )
    return fail( err, done.error() );
  out << "The activity " << id << " is " << promiseStatusLabelSv( status )
      << ( date.empty() ? "" : " " + date ) << "\n";
  return 0;
}

int linkOrUnlink( ProjectFile &project, const Arguments &a, bool link, std::ostream &out, std::ostream &err )
{
  const char *sub = link ? "link" : "unlink";
  if ( a.positional.size() != 2 )
    return usage( err,
                  std::string( "promise " ) + sub + " needs an activity id and --walk ID or --action ID" );
  int64_t activity = 0;
  if ( auto problem = readId( a.positional[1], "the activity", activity ) )
    return usage( err, *problem );
  const auto walk = a.value( "--walk" );
  const auto action = a.value( "--action" );
  if ( bool( walk ) == bool( action ) )
    return usage( err, std::string( "promise " ) + sub + " needs either --walk ID or --action ID" );
  int64_t target = 0;
  if ( auto problem = readId( walk ? *walk : *action, walk ? "--walk" : "--action", target ) )
    return usage( err, *problem );
  PromiseStore store( project.db() );
  Status result = Done{};
  if ( link )
  {
    auto linked = walk ? store.linkWalk( activity, target, a.value( "--note" ).value_or( "" ), cliWrite() )
                       : store.linkAction( activity, target, a.value( "--note" ).value_or( "" ), cliWrite() );
    if ( !linked )
      result = Error{ linked.error() };
  }
  else
    result = walk ? store.unlinkWalk( activity, target, cliWrite() )
                  : store.unlinkAction( activity, target, cliWrite() );
  if ( !result )
    return fail( err, result.error() );
  out << ( link ? "Linked " : "Unlinked " ) << ( walk ? "the safety walk " : "the action " ) << target
      << ( link ? " to" : " from" ) << " the activity " << activity << "\n";
  return 0;
}

int promiseList( ProjectFile &project, std::ostream &out, std::ostream &err )
{
  PromiseStore store( project.db() );
  auto promises = store.list();
  if ( !promises )
    return fail( err, promises.error() );
  if ( promises->empty() )
    out << "No citizen promises.\n";
  for ( const CitizenPromise &p : *promises )
  {
    out << p.fid << "\t" << p.year << "\t" << p.title << "\n";
    auto activities = store.activities( p.fid );
    if ( !activities )
      return fail( err, activities.error() );
    for ( const PromiseActivity &act : *activities )
      out << "  activity " << act.fid << "\t" << act.kind << "\t" << act.status << "\t" << act.title << "\n";
  }
  return 0;
}

//! Characters (UTF-8 code points) of a text, for columns.
size_t characters( const std::string &text )
{
  return static_cast<size_t>( std::count_if(
    text.begin(), text.end(), []( char c ) { return ( static_cast<unsigned char>( c ) & 0xC0 ) != 0x80; } ) );
}

const std::vector<std::string> kSubcommands = { "add",  "activity-add", "activity-status", "link", "unlink",
                                                "list", "remove",       "activity-remove" };

} // namespace

int commandPromises( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--year", "--today" }, { "--public" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "promises needs exactly one project file" );
  int year = 0;
  if ( auto problem = readYear( a, year ) )
    return usage( err, "promises " + *problem );
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  FollowUpOptions options;
  options.publicMode = a.has( "--public" );
  options.minCount = publishRules( **project ).minCount;
  options.today = a.value( "--today" ).value_or( "" );
  auto followUps = buildPromiseFollowUps( **project, year, options );
  if ( !followUps )
    return fail( err, followUps.error() );
  out << promiseFollowUpText( *followUps, options.publicMode, options.minCount );
  return 0;
}

int commandPromise( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() < 2 )
    return usage( err, "promise needs a project file and a subcommand: add, activity-add, activity-status, "
                       "link, unlink, list, remove or activity-remove" );
  // promise PROJECT SUB … (and, like walk, promise SUB PROJECT …)
  std::vector<std::string> rest = args;
  if ( std::find( kSubcommands.begin(), kSubcommands.end(), rest[0] ) != kSubcommands.end() )
    std::swap( rest[0], rest[1] );
  const std::string projectPath = rest[0];
  const std::string sub = rest[1];
  if ( std::find( kSubcommands.begin(), kSubcommands.end(), sub ) == kSubcommands.end() )
    return usage( err,
                  "unknown promise subcommand '" + sub +
                    "' (add, activity-add, activity-status, link, unlink, list, remove, activity-remove)" );
  Arguments a;
  const std::vector<std::string> options( rest.begin() + 1, rest.end() );
  if ( auto problem = parseArguments(
         options, { "--year",        "--title", "--signed",  "--police-role", "--municipality-role",
                    "--summary",     "--basis", "--promise", "--owner",       "--kind",
                    "--count",       "--from",  "--until",   "--area",        "--place",
                    "--description", "--note",  "--date",    "--walk",        "--action" },
         {}, a ) )
    return usage( err, *problem );
  auto project = openProject( projectPath, sub == "list", err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = **project;
  if ( sub == "add" )
    return promiseAdd( p, a, out, err );
  if ( sub == "activity-add" )
    return activityAdd( p, a, out, err );
  if ( sub == "activity-status" )
    return activityStatus( p, a, out, err );
  if ( sub == "link" || sub == "unlink" )
    return linkOrUnlink( p, a, sub == "link", out, err );
  if ( sub == "list" )
    return promiseList( p, out, err );
  // remove ID, activity-remove ID
  if ( a.positional.size() != 2 )
    return usage( err, "promise " + sub + " needs an id" );
  int64_t id = 0;
  if ( auto problem = readId( a.positional[1], "the id", id ) )
    return usage( err, *problem );
  PromiseStore store( p.db() );
  const Status removed =
    sub == "remove" ? store.remove( id, cliWrite() ) : store.removeActivity( id, cliWrite() );
  if ( !removed )
    return fail( err, removed.error() );
  out << ( sub == "remove" ? "Removed the citizen promise " : "Removed the activity " ) << id << "\n";
  return 0;
}

int commandReporting( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--weeks", "--expect", "--no-expect", "--today" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "reporting needs exactly one project file" );
  int weeks = 8;
  if ( auto problem = readInteger( a, "--weeks", weeks, 1, kMaxReportingWeeks ) )
    return usage( err, *problem );
  const auto expect = a.value( "--expect" );
  const auto noExpect = a.value( "--no-expect" );
  if ( expect && noExpect )
    return usage( err, "give --expect or --no-expect, not both" );
  // Checked before --expect / --no-expect writes anything.
  if ( const auto today = a.value( "--today" ); today && !isIsoDate( *today ) )
    return usage( err, "--today must be a date YYYY-MM-DD, not '" + *today + "'" );
  auto project = openProject( a.positional[0], !expect && !noExpect, err );
  if ( !project )
    return fail( err, project.error() );
  if ( expect || noExpect )
  {
    auto set =
      setReportsWeekly( ( *project )->db(), expect ? *expect : *noExpect, bool( expect ), "tryggkarta-cli" );
    if ( !set )
      return fail( err, set.error() );
    out << ( expect ? *expect : *noExpect )
        << ( expect ? " is expected to report every week\n"
                    : " is no longer expected to report every week\n" );
  }
  auto overview = reportingOverview( ( *project )->db(), weeks, a.value( "--today" ).value_or( "" ) );
  if ( !overview )
    return fail( err, overview.error() );
  size_t nameWidth = 14;
  for ( const OrganisationReporting &o : overview->organisations )
    nameWidth = std::max( nameWidth, characters( o.name ) + 3 );
  out << "Weeks " << overview->weeks.front().label << " – " << overview->weeks.back().label << " (today "
      << overview->today << "); x = reported, . = no report, * = expected every week\n";
  out << "Organisation" << std::string( nameWidth - 12, ' ' );
  for ( const ReportingWeek &w : overview->weeks )
    out << ( w.week < 10 ? " " : "" ) << w.week << " ";
  out << " Last report  Missing\n";
  if ( overview->organisations.empty() )
    out << "(no organisation is expected to report and none reported in these weeks)\n";
  for ( const OrganisationReporting &o : overview->organisations )
  {
    std::string name = ( o.expected ? "*" : " " ) + o.name;
    out << name << std::string( nameWidth - characters( name ), ' ' );
    for ( size_t i = 0; i < o.perWeek.size(); ++i )
      out << ( o.reported( i ) ? " x " : " . " );
    out << " " << std::left << std::setw( 11 )
        << ( o.lastReportDate.empty() ? std::string( "never" ) : o.lastReportDate ) << "  "
        << o.missingWeeks.size();
    std::string missing;
    for ( const std::string &label : o.missingWeeks )
      missing += ( missing.empty() ? "" : ", " ) + label.substr( 5 );
    out << ( missing.empty() ? std::string() : " (" + missing + ")" ) << "\n";
  }
  return 0;
}

} // namespace tryggkarta::cli

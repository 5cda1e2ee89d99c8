#include "walkcontext.h"

#include "calendar.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "selection.h"
#include "textscreening.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>

namespace tryggkarta
{

namespace
{

int64_t nowUtc()
{
  return std::chrono::duration_cast<std::chrono::seconds>(
           std::chrono::system_clock::now().time_since_epoch() )
    .count();
}

//! The same time of day `months` calendar months earlier (the day clamped to the month's length).
int64_t minusMonths( int64_t utc, int months )
{
  const int64_t days = floorDiv( utc, 86400 );
  const int64_t secondOfDay = utc - days * 86400;
  int year = 0, month = 0, day = 0;
  civilFromDays( days, year, month, day );
  int total = year * 12 + ( month - 1 ) - months;
  year = total / 12;
  month = total % 12 + 1;
  static const int kLengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  int length = kLengths[month - 1];
  if ( month == 2 && ( ( year % 4 == 0 && year % 100 != 0 ) || year % 400 == 0 ) )
    length = 29;
  return daysFromCivil( year, month, std::min( day, length ) ) * 86400 + secondOfDay;
}

std::string screenedText( const std::string &text )
{
  const ScreeningResult result = screenText( text );
  return result.clean() ? text : redact( text, result );
}

} // namespace

void screenForPrint( Walk &walk, std::vector<WalkStop> &stops )
{
  for ( std::string *text : { &walk.name, &walk.organiser, &walk.meetingPoint, &walk.purpose, &walk.note } )
    *text = screenedText( *text );
  for ( WalkOrganisation &o : walk.organisations )
    o.organisation = screenedText( o.organisation );
  for ( WalkStop &stop : stops )
  {
    stop.name = screenedText( stop.name );
    stop.reason = screenedText( stop.reason );
  }
}

std::string actionStatusSv( const std::string &status )
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

std::vector<ActionBrief> actionsOfObservation( Database &db, int64_t observationFid )
{
  std::vector<ActionBrief> actions;
  Statement s =
    db.prepare( "SELECT fid, title, status, responsible_organisation, deadline, done_date, "
                "rejection_reason, updated_at FROM actions WHERE observation_id = ? ORDER BY fid" );
  s.bind( 1, observationFid );
  while ( s.step() )
  {
    ActionBrief a;
    a.fid = s.int64( 0 );
    a.title = screenedText( s.text( 1 ) );
    a.status = s.text( 2 );
    a.statusSv = actionStatusSv( a.status );
    a.responsible = s.text( 3 );
    a.deadline = s.text( 4 );
    a.doneDate = s.text( 5 );
    a.rejectionReason = screenedText( s.text( 6 ) );
    a.updatedAt = s.text( 7 );
    actions.push_back( std::move( a ) );
  }
  return actions;
}

int64_t latestIncidentEnd( Database &db )
{
  const std::string latest =
    db.queryText( "SELECT max(coalesce(occurred_until, occurred_from)) FROM incidents", std::string() );
  if ( latest.empty() )
    return 0;
  if ( const auto parsed = parseUtcIso( latest ) )
    return *parsed;
  return 0;
}

std::pair<int64_t, int64_t> contextPeriod( const ContextOptions &options )
{
  const int64_t until = options.untilUtc.value_or( nowUtc() );
  const int64_t from = options.fromUtc.value_or( minusMonths( until, std::max( options.months, 1 ) ) );
  return { from, until };
}

namespace
{

//! The options with the period's end filled in: the end of the day of the latest incident when that is before
//! now (the lägesbild's own end), else now.
ContextOptions resolved( Database &db, ContextOptions options )
{
  if ( !options.untilUtc )
  {
    const int64_t now = nowUtc();
    const int64_t latest = latestIncidentEnd( db );
    if ( latest > 0 && latest < now )
      options.untilUtc = ( floorDiv( latest, 86400 ) + 1 ) * 86400;
    else
      options.untilUtc = now;
  }
  return options;
}

} // namespace

Expected<std::vector<StopContext>> stopContexts( ProjectFile &project, const std::vector<WalkStop> &stops,
                                                 const ContextOptions &requested )
{
  const ContextOptions options = resolved( project.db(), requested );
  const auto [from, until] = contextPeriod( options );
  Selection selection;
  selection.fromUtc = from;
  selection.untilUtc = until;
  Expected<std::vector<SelectedIncident>> incidents = selectIncidents( project, selection );
  if ( !incidents )
    return Error{ incidents.error() };
  // An incident known only by its municipality sits on the municipality's centroid: near a stop by chance.
  const ImpreciseCounts imprecise = takeImprecise( *incidents );
  std::map<std::string, std::string> labels;
  for ( const Category &c : project.categories() )
    labels[c.code] = c.labelSv;
  const double radius = options.radius > 0 ? options.radius : 100;

  try
  {
    Database &db = project.db();
    struct Obs
    {
      EarlierObservation o;
      double x = 0, y = 0;
    };
    std::vector<Obs> observations;
    {
      Statement s = db.prepare(
        "SELECT o.fid, o.geom, o.walk_id, w.name, w.walk_date, o.checklist_item, c.label_sv, o.rating, "
        "o.positive, o.note FROM observations o LEFT JOIN safety_walks w ON w.fid = o.walk_id LEFT JOIN "
        "checklist_items c ON c.code = o.checklist_item WHERE o.draft = 0 AND (? IS NULL OR o.walk_id IS "
        "NULL "
        "OR o.walk_id != ?) ORDER BY o.fid" );
      if ( options.excludeWalk )
        s.bind( 1, *options.excludeWalk ).bind( 2, *options.excludeWalk );
      else
        s.bindNull( 1 ).bindNull( 2 );
      while ( s.step() )
      {
        Obs obs;
        const auto blob = s.blob( 1 );
        const auto p = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
        if ( !p )
          continue;
        obs.x = p->first;
        obs.y = p->second;
        obs.o.observationFid = s.int64( 0 );
        obs.o.walkId = s.isNull( 2 ) ? 0 : s.int64( 2 );
        obs.o.walkName = s.text( 3 );
        obs.o.walkDate = s.text( 4 );
        obs.o.checklistItem = s.text( 5 );
        obs.o.checklistItemLabel = s.text( 6 );
        if ( !s.isNull( 7 ) )
          obs.o.rating = static_cast<int>( s.int64( 7 ) );
        obs.o.positive = !s.isNull( 8 ) && s.int64( 8 ) != 0;
        obs.o.note = screenedText( s.text( 9 ) );
        observations.push_back( std::move( obs ) );
      }
    }

    std::vector<StopContext> contexts;
    contexts.reserve( stops.size() );
    for ( const WalkStop &stop : stops )
    {
      StopContext context;
      context.stopFid = stop.fid;
      context.stopNumber = stop.number;
      context.radius = radius;
      context.imprecise = imprecise;
      std::map<std::string, int> counts;
      for ( const SelectedIncident &incident : *incidents )
        if ( std::hypot( incident.x - stop.x, incident.y - stop.y ) <= radius )
        {
          ++context.incidentCount;
          const auto label = labels.find( incident.category );
          ++counts[label != labels.end() ? label->second : incident.category];
        }
      context.categories.assign( counts.begin(), counts.end() );
      std::stable_sort( context.categories.begin(), context.categories.end(),
                        []( const auto &a, const auto &b ) { return a.second > b.second; } );
      for ( const Obs &obs : observations )
      {
        const double d = std::hypot( obs.x - stop.x, obs.y - stop.y );
        if ( d > radius )
          continue;
        EarlierObservation earlier = obs.o;
        earlier.distance = d;
        earlier.actions = actionsOfObservation( db, earlier.observationFid );
        context.earlier.push_back( std::move( earlier ) );
      }
      std::stable_sort( context.earlier.begin(), context.earlier.end(),
                        []( const EarlierObservation &a, const EarlierObservation &b )
                        { return a.distance < b.distance; } );
      contexts.push_back( std::move( context ) );
    }
    return contexts;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<WalkKit> buildWalkKit( ProjectFile &project, int64_t walkId, const ContextOptions &requested )
{
  WalkStore store( project.db() );
  Expected<Walk> walk = store.load( walkId );
  if ( !walk )
    return Error{ walk.error() };
  Expected<std::vector<WalkStop>> stops = store.stops( walkId );
  if ( !stops )
    return Error{ stops.error() };
  ContextOptions options = requested;
  // A kit for a walk already dated counts the events before it, not those after it (a kit printed again
  // later shows what the walkers knew then).
  if ( !options.untilUtc && !walk->date.empty() )
    if ( const auto day = parseIsoDate( walk->date ) )
    {
      const ContextOptions latest = resolved( project.db(), options );
      options.untilUtc = std::min( *latest.untilUtc, *day * 86400 );
    }
  options = resolved( project.db(), options );
  options.excludeWalk = walkId;
  Expected<std::vector<StopContext>> contexts = stopContexts( project, *stops, options );
  if ( !contexts )
    return Error{ contexts.error() };
  Expected<Vocabulary> vocabulary = readVocabulary( project.db() );
  if ( !vocabulary )
    return Error{ vocabulary.error() };

  WalkKit kit;
  kit.walk = std::move( *walk );
  kit.stops = std::move( *stops );
  kit.contexts = std::move( *contexts );
  kit.checklist = vocabulary->checklistItems;
  screenForPrint( kit.walk, kit.stops );
  // The overall feeling is the line the walkers fill in last.
  std::stable_partition( kit.checklist.begin(), kit.checklist.end(),
                         []( const VocabularyEntry &e ) { return e.code != "helhetsintryck"; } );
  const auto [from, until] = contextPeriod( options );
  kit.periodFrom = from;
  kit.periodUntil = until;
  kit.periodText = isoDateOf( floorDiv( from, 86400 ) ) + " – " + isoDateOf( floorDiv( until - 1, 86400 ) );
  kit.organisation = project.metaValue( "organisation" );
  if ( !kit.contexts.empty() )
    kit.imprecise = kit.contexts.front().imprecise;
  kit.notes = describeImprecise( kit.imprecise );
  return kit;
}

} // namespace tryggkarta

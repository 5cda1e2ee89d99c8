// tryggkarta-cli actions | action | priority | follow-up: EST's prioritise → act → follow up headless. The
// action list as a table, CSV or XLSX (the PDF is written by tryggkarta-render, actionprintcommands.cpp),
// actions added and moved through their statuses, priorities with their figures, and the loose ends.

#include "actioncommands.h"

#include "actionexport.h"
#include "areas.h"
#include "calendar.h"
#include "cliutil.h"
#include "database.h"
#include "message.h"
#include "paths.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "results.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <sstream>

namespace tryggkarta::cli
{

namespace
{

ActionWriteOptions cliWrite()
{
  ActionWriteOptions options;
  options.actor = "tryggkarta-cli";
  options.origin = "tryggkarta-cli";
  return options;
}

//! Characters (not bytes) of UTF-8 text, for lining up columns.
std::size_t width( const std::string &text )
{
  std::size_t n = 0;
  for ( unsigned char c : text )
    n += ( c & 0xC0 ) != 0x80 ? 1 : 0;
  return n;
}

//! The text cut to at most max characters (an ellipsis at the end when cut).
std::string cut( const std::string &text, std::size_t max )
{
  if ( width( text ) <= max )
    return text;
  std::string out;
  std::size_t n = 0;
  for ( std::size_t i = 0; i < text.size(); ++i )
  {
    const unsigned char c = static_cast<unsigned char>( text[i] );
    if ( ( c & 0xC0 ) != 0x80 && ++n > max - 1 )
      break;
    out += text[i];
  }
  return out + "…";
}

std::string padded( const std::string &text, std::size_t columns )
{
  const std::size_t w = width( text );
  return w >= columns ? text : text + std::string( columns - w, ' ' );
}

//! Rows as a table with a header and a rule, each column as wide as its widest cell.
void printTable( std::ostream &out, const std::vector<std::string> &header,
                 const std::vector<std::vector<std::string>> &rows )
{
  std::vector<std::size_t> widths( header.size(), 0 );
  for ( std::size_t i = 0; i < header.size(); ++i )
    widths[i] = width( header[i] );
  for ( const auto &row : rows )
    for ( std::size_t i = 0; i < row.size() && i < widths.size(); ++i )
      widths[i] = std::max( widths[i], width( row[i] ) );
  auto line = [&]( const std::vector<std::string> &cells )
  {
    std::string text;
    for ( std::size_t i = 0; i < cells.size(); ++i )
      text += ( i ? "  " : "" ) + ( i + 1 == cells.size() ? cells[i] : padded( cells[i], widths[i] ) );
    while ( !text.empty() && text.back() == ' ' )
      text.pop_back();
    out << text << "\n";
  };
  line( header );
  std::size_t total = 0;
  for ( std::size_t w : widths )
    total += w + 2;
  out << std::string( total > 2 ? total - 2 : 0, '-' ) << "\n";
  for ( const auto &row : rows )
    line( row );
}

std::optional<std::string> readId( const std::string &what, const std::string &text, int64_t &id )
{
  try
  {
    size_t used = 0;
    id = std::stoll( text, &used );
    if ( used != text.size() || id <= 0 )
      throw std::invalid_argument( text );
  }
  catch ( const std::exception & )
  {
    return what + " must be an id (a whole number of 1 or more), not '" + text + "'";
  }
  return std::nullopt;
}

std::optional<std::string> readOptionalId( const Arguments &a, const std::string &option,
                                           std::optional<int64_t> &id )
{
  if ( auto text = a.value( option ) )
  {
    int64_t value = 0;
    if ( auto problem = readId( option, *text, value ) )
      return problem;
    id = value;
  }
  return std::nullopt;
}

//! A status by its code or Swedish label, or a usage problem naming it.
std::optional<std::string> readStatus( const std::string &text, std::string &status )
{
  if ( auto code = actionStatusFromText( text ) )
  {
    status = *code;
    return std::nullopt;
  }
  std::string list;
  for ( const std::string &code : actionStatusCodes() )
    list += ( list.empty() ? "" : ", " ) + code + " (" + actionStatusLabelSv( code ) + ")";
  return "unknown action status '" + text + "': use " + list;
}

std::optional<std::string> readDateOption( const Arguments &a, const std::string &option, std::string &date )
{
  if ( auto text = a.value( option ) )
  {
    if ( !isIsoDate( *text ) )
      return option + " must be a date YYYY-MM-DD, not '" + *text + "'";
    date = *text;
  }
  return std::nullopt;
}

std::string placeText( const Action &a )
{
  if ( !a.place )
    return "-";
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.0f, %.0f", a.place->x, a.place->y );
  return buffer;
}

std::string money( double sek )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.0f kr", sek );
  return buffer;
}

void printActions( std::ostream &out, const std::vector<Action> &actions, const std::string &today,
                   bool isPublic )
{
  if ( actions.empty() )
  {
    out << "No actions.\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for ( const Action &a : actions )
  {
    std::string deadline = a.deadline.empty() ? "-" : a.deadline;
    if ( a.overdue( today ) )
      deadline += " FÖRSENAD";
    if ( isPublic )
      rows.push_back( { actionStatusLabelSv( a.status ), cut( a.title, 50 ), a.responsible, deadline,
                        a.doneDate.empty() ? "-" : a.doneDate,
                        a.status == "rejected" ? a.rejectionReason : std::string() } );
    else
      rows.push_back( { std::to_string( a.fid ), actionStatusLabelSv( a.status ), cut( a.title, 40 ),
                        isInterventionKind( a.kind ) ? actionKindLabelSv( a.kind ) : std::string( "-" ),
                        a.responsible.empty() ? "-" : a.responsible,
                        a.priority ? std::to_string( *a.priority ) : "-", deadline,
                        a.priorityId ? std::to_string( *a.priorityId ) : "-",
                        a.areaName.empty() ? "-" : a.areaName } );
  }
  if ( isPublic )
    printTable( out, { "Status", "Åtgärd", "Ansvarig", "Deadline", "Klar", "Skäl (avslagen)" }, rows );
  else
    printTable( out,
                { "Id", "Status", "Åtgärd", "Insats", "Ansvarig", "Prio", "Deadline", "Problem", "Område" },
                rows );
  int overdue = 0;
  for ( const Action &a : actions )
    overdue += a.overdue( today ) ? 1 : 0;
  out << actions.size() << ( actions.size() == 1 ? " action" : " actions" );
  if ( overdue > 0 )
    out << ", " << overdue << " overdue";
  out << ".\n";
}

void printPriorities( std::ostream &out, const std::vector<Priority> &priorities )
{
  if ( priorities.empty() )
  {
    out << "No priorities.\n";
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for ( const Priority &p : priorities )
    rows.push_back( { std::to_string( p.fid ), p.periodLabel, p.rank ? std::to_string( *p.rank ) : "-",
                      p.areaName.empty() ? p.placeKind : p.areaName, cut( p.problem, 45 ),
                      std::to_string( p.actionCount ), p.status == "active" ? "aktiv" : "avslutad" } );
  printTable( out, { "Id", "Period", "Rang", "Plats", "Problem", "Åtgärder", "Status" }, rows );
}

// ----- actions
// -----------------------------------------------------------------------------------------------

int actionAdd( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  Action action;
  const auto title = a.value( "--title" );
  if ( !title )
    return usage( err, "action add needs --title TEXT (what is to be done)" );
  action.title = *title;
  action.description = a.value( "--description" ).value_or( "" );
  if ( auto kind = a.value( "--kind" ) )
  {
    if ( std::find( actionKinds().begin(), actionKinds().end(), *kind ) == actionKinds().end() )
    {
      std::string list;
      for ( const std::string &k : actionKinds() )
        list += ( list.empty() ? "" : ", " ) + k;
      return usage( err, "unknown action kind '" + *kind + "': use " + list );
    }
    action.kind = *kind;
  }
  for ( const auto &[option, target] :
        { std::pair<const char *, std::optional<int64_t> *>{ "--priority-id", &action.priorityId },
          { "--observation", &action.observationId },
          { "--incident", &action.incidentId } } )
    if ( auto problem = readOptionalId( a, option, *target ) )
      return usage( err, *problem );
  if ( auto area = a.value( "--area" ) )
  {
    Expected<ProjectArea> found = findArea( project, *area );
    if ( !found )
      return fail( err, found.error() );
    action.areaId = found->fid;
  }
  action.clusterRef = a.value( "--cluster" ).value_or( "" );
  action.responsible = a.value( "--responsible" ).value_or( "" );
  action.contactRole = a.value( "--contact-role" ).value_or( "" );
  int priority = 0;
  if ( auto problem = readInteger( a, "--priority", priority, 1, 3 ) )
    return usage( err, *problem );
  if ( a.value( "--priority" ) )
    action.priority = priority;
  for ( const auto &[option, target] :
        { std::pair<const char *, std::string *>{ "--deadline", &action.deadline },
          { "--start", &action.startDate },
          { "--end", &action.endDate },
          { "--decided", &action.decidedDate } } )
    if ( auto problem = readDateOption( a, option, *target ) )
      return usage( err, *problem );
  if ( auto cost = a.value( "--cost" ) )
  {
    try
    {
      size_t used = 0;
      const double value = std::stod( *cost, &used );
      if ( used != cost->size() || !std::isfinite( value ) )
        throw std::invalid_argument( *cost );
      action.costSek = value; // a negative cost is refused by the core, with the value
    }
    catch ( const std::exception & )
    {
      return usage( err, "--cost must be a number of kronor, not '" + *cost + "'" );
    }
  }
  if ( auto at = a.value( "--at" ) )
  {
    const size_t comma = at->find( ',' );
    try
    {
      if ( comma == std::string::npos )
        throw std::invalid_argument( *at );
      size_t used = 0;
      const double x = std::stod( at->substr( 0, comma ), &used );
      if ( used != comma )
        throw std::invalid_argument( *at );
      const std::string yText = at->substr( comma + 1 );
      const double y = std::stod( yText, &used );
      if ( used != yText.size() )
        throw std::invalid_argument( *at );
      action.point = ActionPoint{ x, y };
    }
    catch ( const std::exception & )
    {
      return usage( err, "--at must be X,Y in the project's coordinate system (metres), not '" + *at + "'" );
    }
  }
  if ( auto status = a.value( "--status" ) )
    if ( auto problem = readStatus( *status, action.status ) )
      return usage( err, *problem );
  action.rejectionReason = a.value( "--reason" ).value_or( "" );
  action.note = a.value( "--note" ).value_or( "" );
  ActionStore store( project.db() );
  Expected<int64_t> fid = store.create( action, cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << "Action " << *fid << " added (" << actionStatusLabelSv( action.status ) << "): " << action.title
      << "\n";
  return 0;
}

int actionStatus( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  if ( a.positional.size() != 4 )
    return usage( err, "action status needs PROJECT status ID[,ID] STATUS" );
  std::vector<int64_t> ids;
  for ( const std::string &text : splitList( a.positional[2] ) )
  {
    int64_t id = 0;
    if ( auto problem = readId( "action status", text, id ) )
      return usage( err, *problem );
    ids.push_back( id );
  }
  if ( ids.empty() )
    return usage( err, "action status needs the actions' ids (ID or ID,ID,...)" );
  std::string status;
  if ( auto problem = readStatus( a.positional[3], status ) )
    return usage( err, *problem );
  StatusChangeDetails details;
  if ( auto problem = readDateOption( a, "--date", details.effectiveDate ) )
    return usage( err, *problem );
  details.note = a.value( "--note" ).value_or( "" );
  details.rejectionReason = a.value( "--reason" ).value_or( "" );
  ActionStore store( project.db() );
  if ( Status changed = store.changeStatus( ids, status, details, cliWrite() ); !changed )
    return fail( err, changed.error() );
  out << ( ids.size() == 1 ? "Action " : "Actions " );
  for ( std::size_t i = 0; i < ids.size(); ++i )
    out << ( i ? ", " : "" ) << ids[i];
  out << " now " << actionStatusLabelSv( status ) << ".\n";
  return 0;
}

int actionShow( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  if ( a.positional.size() != 3 )
    return usage( err, "action show needs PROJECT show ID" );
  int64_t id = 0;
  if ( auto problem = readId( "action show", a.positional[2], id ) )
    return usage( err, *problem );
  ActionStore store( project.db() );
  Expected<Action> action = store.load( id );
  if ( !action )
    return fail( err, action.error() );
  Expected<std::vector<ActionStatusChange>> history = store.history( id );
  if ( !history )
    return fail( err, history.error() );
  const Action &x = *action;
  const std::string today = todayInStockholm();
  auto row = [&]( const std::string &key, const std::string &value )
  {
    if ( !value.empty() )
      out << padded( key + ":", 22 ) << value << "\n";
  };
  row( "Action", std::to_string( x.fid ) + " " + x.title );
  row( "Kind", actionKindLabelSv( x.kind ) );
  row( "Status", actionStatusLabelSv( x.status ) + ( x.overdue( today ) ? " (FÖRSENAD)" : "" ) );
  row( "Description", x.description );
  row( "Priority (problem)", x.priorityId ? std::to_string( *x.priorityId ) + " " + x.priorityProblem : "" );
  row( "Observation", x.observationId ? std::to_string( *x.observationId ) : "" );
  row( "Incident", x.incidentId ? std::to_string( *x.incidentId ) : "" );
  row( "Cluster", x.clusterRef );
  row( "Area", x.areaName );
  row( "Responsible", x.responsible );
  row( "Contact role", x.contactRole );
  row( "Priority", x.priority ? std::to_string( *x.priority ) : "" );
  row( "Decided", x.decidedDate );
  row( "Deadline", x.deadline );
  row( "Done", x.doneDate );
  row( "Start", x.startDate );
  row( "End", x.endDate );
  row( "Cost", x.costSek ? money( *x.costSek ) : "" );
  row( "Rejected because", x.status == "rejected" ? x.rejectionReason : "" );
  row( "Note", x.note );
  row( "Place", placeText( x ) );
  out << "History:\n";
  for ( const ActionStatusChange &change : *history )
  {
    out << "  " << ( change.effectiveDate.empty() ? std::string( "          " ) : change.effectiveDate )
        << "  "
        << ( change.fromStatus.empty() ? std::string( "(ny)" ) : actionStatusLabelSv( change.fromStatus ) )
        << " → " << actionStatusLabelSv( change.toStatus );
    if ( !change.note.empty() )
      out << "  " << change.note;
    out << "  [" << change.changedAt << ( change.actor.empty() ? "" : ", " + change.actor ) << "]\n";
  }
  return 0;
}

int actionRemove( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  if ( a.positional.size() != 3 )
    return usage( err, "action remove needs PROJECT remove ID" );
  int64_t id = 0;
  if ( auto problem = readId( "action remove", a.positional[2], id ) )
    return usage( err, *problem );
  ActionStore store( project.db() );
  if ( Status removed = store.remove( id, cliWrite() ); !removed )
    return fail( err, removed.error() );
  out << "Action " << id << " removed (the audit log keeps that it was).\n";
  return 0;
}

// ----- priorities
// --------------------------------------------------------------------------------------------

int priorityAdd( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  Priority priority;
  std::string from, until;
  if ( auto period = a.value( "--period" ) )
  {
    Expected<ReportPeriod> parsed = parseReportPeriod( *period );
    if ( !parsed )
      return fail( err, parsed.error() );
    from = parsed->fromDate;
    until = parsed->untilDate;
  }
  if ( auto problem = readDateOption( a, "--from", from ) )
    return usage( err, *problem );
  if ( auto problem = readDateOption( a, "--until", until ) )
    return usage( err, *problem );
  if ( from.empty() || until.empty() )
    return usage( err, "priority add needs --from DATE --until DATE (or --period 2026-T3)" );
  const auto label = a.value( "--period-label" );
  if ( !label )
    return usage( err, "priority add needs --period-label TEXT (e.g. 'T3 2026')" );
  const auto areaText = a.value( "--area" );
  if ( !areaText )
    return usage( err, "priority add needs --area NAME (the area the problem is in)" );
  Expected<ProjectArea> area = findArea( project, *areaText );
  if ( !area )
    return fail( err, area.error() );
  const auto problemText = a.value( "--problem" );
  if ( !problemText )
    return usage( err, "priority add needs --problem TEXT (the problem in words)" );
  priority.periodLabel = *label;
  priority.periodFrom = from;
  priority.periodUntil = until;
  priority.placeKind = "area";
  priority.areaId = area->fid;
  priority.problem = *problemText;
  if ( auto categories = a.value( "--categories" ) )
    priority.categories = splitList( *categories );
  priority.causeAnalysis = a.value( "--cause" ).value_or( "" );
  priority.goal = a.value( "--goal" ).value_or( "" );
  int rank = 0;
  if ( auto problem = readInteger( a, "--rank", rank, 1, 100 ) )
    return usage( err, *problem );
  if ( a.value( "--rank" ) )
    priority.rank = rank;
  ActionStore store( project.db() );
  Expected<std::vector<PriorityFigure>> figures =
    store.priorityFigures( area->fid, from, until, priority.categories );
  if ( !figures )
    return fail( err, figures.error() );
  priority.figures = *figures;
  Expected<int64_t> fid = store.createPriority( priority, cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << "Priority " << *fid << " added (" << priority.periodLabel << ", " << area->label() << "):\n";
  for ( const PriorityFigure &figure : priority.figures )
    out << "  " << padded( figure.label + ":", 40 ) << figure.value << "\n";
  return 0;
}

int priorityList( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  ActionStore store( project.db() );
  Expected<std::vector<Priority>> list = store.priorities( a.value( "--period" ).value_or( "" ) );
  if ( !list )
    return fail( err, list.error() );
  printPriorities( out, *list );
  for ( const Priority &p : *list )
  {
    if ( p.figures.empty() )
      continue;
    out << "\n" << p.fid << " " << p.periodLabel << ": " << p.problem << "\n";
    for ( const PriorityFigure &figure : p.figures )
      out << "  " << padded( figure.label + ":", 40 ) << figure.value << "\n";
  }
  return 0;
}

int priorityRemove( const Arguments &a, ProjectFile &project, std::ostream &out, std::ostream &err )
{
  if ( a.positional.size() != 3 )
    return usage( err, "priority remove needs PROJECT remove ID" );
  int64_t id = 0;
  if ( auto problem = readId( "priority remove", a.positional[2], id ) )
    return usage( err, *problem );
  ActionStore store( project.db() );
  if ( Status removed = store.removePriority( id, cliWrite() ); !removed )
    return fail( err, removed.error() );
  out << "Priority " << id << " removed; its actions stay, without a priority.\n";
  return 0;
}

} // namespace

// ----- shared with tryggkarta-render
// ---------------------------------------------------------------------------

const std::vector<std::string> &actionListValueOptions()
{
  static const std::vector<std::string> sOptions = {
    "--status", "--organisation", "--priority", "--priority-id", "--area", "--out", "--today" };
  return sOptions;
}

const std::vector<std::string> &actionListFlags()
{
  static const std::vector<std::string> sFlags = { "--overdue", "--interventions", "--actions-only",
                                                   "--public" };
  return sFlags;
}

std::optional<std::string> readActionFilter( const Arguments &a, ProjectFile &project, ActionFilter &filter,
                                             std::ostream &err, bool &failed )
{
  failed = false;
  for ( const auto &[option, value] : a.options )
  {
    if ( option == "--status" )
      for ( const std::string &text : splitList( value ) )
      {
        std::string status;
        if ( auto problem = readStatus( text, status ) )
          return problem;
        filter.statuses.push_back( status );
      }
    else if ( option == "--organisation" )
      for ( const std::string &organisation : splitList( value ) )
        filter.organisations.push_back( organisation );
  }
  int priority = 0;
  if ( auto problem = readInteger( a, "--priority", priority, 1, 3 ) )
    return problem;
  if ( a.value( "--priority" ) )
    filter.priority = priority;
  if ( auto problem = readOptionalId( a, "--priority-id", filter.priorityId ) )
    return problem;
  if ( auto problem = readDateOption( a, "--today", filter.today ) )
    return problem;
  filter.overdueOnly = a.has( "--overdue" );
  if ( a.has( "--interventions" ) && a.has( "--actions-only" ) )
    return std::string( "give --interventions or --actions-only, not both" );
  if ( a.has( "--interventions" ) )
    filter.interventions = true;
  if ( a.has( "--actions-only" ) )
    filter.interventions = false;
  if ( auto area = a.value( "--area" ) )
  {
    Expected<ProjectArea> found = findArea( project, *area );
    if ( !found )
    {
      fail( err, found.error() );
      failed = true;
      return std::nullopt;
    }
    filter.areaId = found->fid;
  }
  return std::nullopt;
}

std::string describeActionFilter( const ActionFilter &filter, const std::string &areaName )
{
  std::vector<std::string> parts;
  if ( !filter.statuses.empty() )
  {
    std::string statuses;
    for ( const std::string &s : filter.statuses )
      statuses += ( statuses.empty() ? "" : ", " ) + actionStatusLabelSv( s );
    parts.push_back( "status " + statuses );
  }
  if ( !filter.organisations.empty() )
  {
    std::string names;
    for ( const std::string &o : filter.organisations )
      names += ( names.empty() ? "" : ", " ) + o;
    parts.push_back( "ansvarig " + names );
  }
  if ( filter.priority )
    parts.push_back( "prioritet " + std::to_string( *filter.priority ) );
  if ( filter.priorityId )
    parts.push_back( "prioriterat problem " + std::to_string( *filter.priorityId ) );
  if ( !areaName.empty() )
    parts.push_back( "område " + areaName );
  if ( filter.interventions )
    parts.push_back( *filter.interventions ? "insatser" : "åtgärder utom insatser" );
  if ( filter.overdueOnly )
    parts.push_back( "försenade" );
  std::string text;
  for ( const std::string &part : parts )
    text += ( text.empty() ? "" : "; " ) + part;
  return text.empty() ? std::string( "alla åtgärder" ) : text;
}

// ----- the commands
// ------------------------------------------------------------------------------------------

int commandActions( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, actionListValueOptions(), actionListFlags(), a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "actions needs exactly one project file" );
  const auto outPath = a.value( "--out" );
  if ( outPath )
  {
    const std::string extension = lowerExtension( *outPath );
    if ( extension != ".csv" && extension != ".xlsx" )
      return usage( err, "actions --out writes FILE.csv, FILE.xlsx or FILE.pdf, not '" + *outPath + "'" );
    if ( isSameFile( *outPath, a.positional[0] ) )
      return fail( err, Message::make( MessageCode::ReportOutputIsProject, *outPath ) );
  }
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  ActionFilter filter;
  bool failed = false;
  if ( auto problem = readActionFilter( a, **project, filter, err, failed ) )
    return usage( err, *problem );
  if ( failed )
    return 1;
  ActionStore store( ( *project )->db() );
  Expected<std::vector<Action>> actions = store.list( filter );
  if ( !actions )
    return fail( err, actions.error() );
  const std::string today = filter.today.empty() ? todayInStockholm() : filter.today;
  if ( !outPath )
  {
    printActions( out, *actions, today, a.has( "--public" ) );
    return 0;
  }
  ActionExportOptions options;
  options.publicVariant = a.has( "--public" );
  options.today = today;
  if ( Status written = exportActions( *outPath, *actions, options ); !written )
    return fail( err, written.error() );
  out << "Wrote " << actions->size() << ( actions->size() == 1 ? " action" : " actions" )
      << ( options.publicVariant ? " (public)" : "" ) << " to " << *outPath << "\n";
  return 0;
}

int commandAction( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args,
         { "--title",  "--description", "--kind",        "--priority-id",  "--observation", "--incident",
           "--area",   "--cluster",     "--responsible", "--contact-role", "--priority",    "--deadline",
           "--cost",   "--start",       "--end",         "--decided",      "--at",          "--status",
           "--reason", "--note",        "--date" },
         {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() < 2 )
    return usage( err, "action needs a project file and a subcommand: add, status, show or remove" );
  const std::string sub = a.positional[1];
  if ( sub != "add" && sub != "status" && sub != "show" && sub != "remove" )
    return usage( err, "unknown action subcommand '" + sub + "' (add, status, show, remove)" );
  if ( sub == "add" && a.positional.size() != 2 )
    return usage( err, "action add takes no further arguments: give the action with options (--title ...)" );
  auto project = openProject( a.positional[0], sub == "show", err );
  if ( !project )
    return fail( err, project.error() );
  if ( sub == "add" )
    return actionAdd( a, **project, out, err );
  if ( sub == "status" )
    return actionStatus( a, **project, out, err );
  if ( sub == "show" )
    return actionShow( a, **project, out, err );
  return actionRemove( a, **project, out, err );
}

int commandPriority( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args,
                                      { "--period-label", "--from", "--until", "--period", "--area",
                                        "--problem", "--categories", "--cause", "--goal", "--rank" },
                                      {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() < 2 )
    return usage( err, "priority needs a project file and a subcommand: add, list or remove" );
  const std::string sub = a.positional[1];
  if ( sub != "add" && sub != "list" && sub != "remove" )
    return usage( err, "unknown priority subcommand '" + sub + "' (add, list, remove)" );
  if ( sub != "remove" && a.positional.size() != 2 )
    return usage( err, "priority " + sub + " takes no further arguments" );
  auto project = openProject( a.positional[0], sub == "list", err );
  if ( !project )
    return fail( err, project.error() );
  if ( sub == "add" )
    return priorityAdd( a, **project, out, err );
  if ( sub == "list" )
    return priorityList( a, **project, out, err );
  return priorityRemove( a, **project, out, err );
}

int commandFollowUp( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--today" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "follow-up needs exactly one project file" );
  std::string today;
  if ( auto problem = readDateOption( a, "--today", today ) )
    return usage( err, *problem );
  if ( today.empty() )
    today = todayInStockholm();
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  ActionStore store( ( *project )->db() );
  Expected<Traceability> loose = store.traceability( today );
  if ( !loose )
    return fail( err, loose.error() );
  out << "Follow-up as of " << today << "\n\n";
  out << "Active priorities without actions (" << loose->prioritiesWithoutActions.size() << "):\n";
  if ( loose->prioritiesWithoutActions.empty() )
    out << "  none\n";
  for ( const Priority &p : loose->prioritiesWithoutActions )
    out << "  " << p.fid << "  " << p.periodLabel << "  " << ( p.areaName.empty() ? p.placeKind : p.areaName )
        << "  " << p.problem << "\n";
  out << "\nActions with neither a priority nor an observation (" << loose->actionsWithoutOrigin.size()
      << "):\n";
  if ( loose->actionsWithoutOrigin.empty() )
    out << "  none\n";
  for ( const Action &x : loose->actionsWithoutOrigin )
    out << "  " << x.fid << "  " << actionStatusLabelSv( x.status ) << "  " << x.title << "\n";
  out << "\nOverdue actions (" << loose->overdue.size() << "):\n";
  if ( loose->overdue.empty() )
    out << "  none\n";
  for ( const Action &x : loose->overdue )
    out << "  " << x.fid << "  deadline " << x.deadline << "  " << actionStatusLabelSv( x.status ) << "  "
        << ( x.responsible.empty() ? "(no one responsible)" : x.responsible ) << "  " << x.title << "\n";
  return 0;
}

} // namespace tryggkarta::cli

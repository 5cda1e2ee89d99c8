// tryggkarta-cli walk new|suggest|list|show|stops|repeat|action|correlations: planning and following up
// safety walks headless.

#include "areas.h"
#include "calendar.h"
#include "cliutil.h"
#include "database.h"
#include "message.h"
#include "photos.h"
#include "recordedits.h"
#include "swedishtext.h"
#include "projectfile.h"
#include "routesuggest.h"
#include "walkcontext.h"
#include "walkprotocol.h"
#include "walkstore.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iomanip>
#include <optional>
#include <sstream>

namespace tryggkarta::cli
{

namespace
{

WalkWriteOptions cliWrite()
{
  WalkWriteOptions options;
  options.actor = "tryggkarta-cli";
  return options;
}

std::string metres( double length )
{
  char buffer[32];
  if ( length >= 1000 )
    std::snprintf( buffer, sizeof buffer, "%.2f km", length / 1000 );
  else
    std::snprintf( buffer, sizeof buffer, "%.0f m", length );
  return buffer;
}

std::optional<std::string> readWalkId( const Arguments &a, int64_t &walkId )
{
  const auto text = a.value( "--walk" );
  if ( !text )
    return std::string( "needs --walk ID (see: tryggkarta-cli walk list PROJECT)" );
  try
  {
    size_t used = 0;
    walkId = std::stoll( *text, &used );
    if ( used != text->size() || walkId <= 0 )
      throw std::invalid_argument( *text );
  }
  catch ( const std::exception & )
  {
    return "--walk must be a walk's id (a whole number), not '" + *text + "'";
  }
  return std::nullopt;
}

std::optional<std::string> readPoint( const std::string &option, const std::string &text, WalkPoint &point )
{
  const size_t comma = text.find( ',' );
  try
  {
    if ( comma == std::string::npos )
      throw std::invalid_argument( text );
    size_t used = 0;
    point.x = std::stod( text.substr( 0, comma ), &used );
    const std::string y = text.substr( comma + 1 );
    point.y = std::stod( y, &used );
    if ( used != y.size() || !std::isfinite( point.x ) || !std::isfinite( point.y ) )
      throw std::invalid_argument( text );
  }
  catch ( const std::exception & )
  {
    return option + " must be X,Y in the project's coordinate system (metres), not '" + text + "'";
  }
  return std::nullopt;
}

//! Reads the walk's plan options into walk; a usage problem as text.
std::optional<std::string> readPlan( const Arguments &a, ProjectFile &project, Walk &walk, std::ostream &err,
                                     bool &failed )
{
  if ( auto name = a.value( "--name" ) )
    walk.name = *name;
  if ( auto date = a.value( "--date" ) )
    walk.date = *date;
  if ( auto time = a.value( "--time" ) )
    walk.startTime = *time;
  if ( auto light = a.value( "--light" ) )
  {
    if ( *light == "dusk-and-dark" || *light == "both" )
    {
      walk.light = "dusk";
      walk.alsoAfterDark = true;
    }
    else if ( *light == "daylight" || *light == "dusk" || *light == "dark" )
    {
      walk.light = *light;
      walk.alsoAfterDark = false;
    }
    else
      return "--light must be daylight, dusk, dark or dusk-and-dark, not '" + *light + "'";
  }
  if ( auto area = a.value( "--area" ) )
  {
    Expected<ProjectArea> found = findArea( project, *area );
    if ( !found )
    {
      fail( err, found.error() );
      failed = true;
      return std::nullopt;
    }
    walk.areaId = found->fid;
  }
  if ( auto organiser = a.value( "--organiser" ) )
    walk.organiser = *organiser;
  if ( auto meeting = a.value( "--meeting-point" ) )
    walk.meetingPoint = *meeting;
  if ( auto purpose = a.value( "--purpose" ) )
    walk.purpose = *purpose;
  int expected = 0;
  if ( auto problem = readInteger( a, "--expected", expected, 0, 10000 ) )
    return problem;
  if ( a.value( "--expected" ) )
    walk.expectedParticipants = expected;
  if ( auto status = a.value( "--status" ) )
    walk.status = *status;
  for ( const auto &[option, value] : a.options )
    if ( option == "--invite" )
      for ( const std::string &organisation : splitList( value ) )
        walk.organisations.push_back( { organisation, true, std::nullopt } );
  return std::nullopt;
}

void printWalk( std::ostream &out, const Walk &walk, const std::vector<WalkStop> &stops )
{
  out << "Walk " << walk.fid << ": " << walk.name << "\n";
  out << "  status:        " << walkStatusLabelSv( walk.status ) << " (" << walk.status << ")\n";
  out << "  date:          " << ( walk.date.empty() ? "(not set)" : walk.date )
      << ( walk.startTime.empty() ? "" : " " + walk.startTime ) << "\n";
  if ( !walk.light.empty() )
    out << "  light:         " << lightLabelSv( walk.light, walk.alsoAfterDark ) << "\n";
  if ( !walk.areaName.empty() )
    out << "  area:          " << walk.areaName << "\n";
  if ( !walk.organiser.empty() )
    out << "  organiser:     " << walk.organiser << "\n";
  if ( !walk.meetingPoint.empty() )
    out << "  meeting point: " << walk.meetingPoint << "\n";
  if ( !walk.purpose.empty() )
    out << "  purpose:       " << walk.purpose << "\n";
  if ( walk.expectedParticipants )
    out << "  expected:      " << *walk.expectedParticipants << " participants\n";
  if ( walk.participants )
    out << "  participants:  " << *walk.participants << "\n";
  for ( const WalkOrganisation &o : walk.organisations )
    out << "  organisation:  " << o.organisation
        << ( o.participants ? " (" + std::to_string( *o.participants ) + " took part)" : std::string() )
        << "\n";
  if ( walk.repeatOf )
    out << "  repeats walk:  " << *walk.repeatOf << "\n";
  out << "  route:         "
      << ( walk.route.empty() ? std::string( "(none yet)" )
                              : metres( walk.routeLength() ) + ", " + std::to_string( walk.route.size() ) +
                                  " points (" + walk.routeSource + ")" )
      << "\n";
  out << "  stops:         " << stops.size() << "\n";
  for ( const WalkStop &stop : stops )
  {
    out << "    " << std::setw( 2 ) << stop.number << ". " << ( stop.name.empty() ? "(no name)" : stop.name );
    char position[64];
    std::snprintf( position, sizeof position, "  (%.1f, %.1f)", stop.x, stop.y );
    out << position;
    if ( !stop.reason.empty() )
      out << "\n        " << stop.reason;
    out << "\n";
  }
}

int walkNew( const Arguments &a, std::ostream &out, std::ostream &err )
{
  if ( !a.value( "--name" ) )
    return usage( err, "walk new needs --name NAME" );
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  Walk walk;
  bool failed = false;
  if ( auto problem = readPlan( a, **project, walk, err, failed ) )
    return usage( err, *problem );
  if ( failed )
    return 1;
  WalkStore store( ( *project )->db() );
  Expected<int64_t> fid = store.create( walk, cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << *fid << "\n";
  return 0;
}

int walkSuggest( const Arguments &a, std::ostream &out, std::ostream &err )
{
  SuggestOptions options;
  if ( auto area = a.value( "--area" ) )
    options.area = *area;
  else
    return usage( err, "walk suggest needs --area NAME (an area's name, code or fid)" );
  if ( auto problem = readNumber( a, "--max-length", options.maxLength, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readInteger( a, "--stops", options.stops, 2, 30 ) )
    return usage( err, *problem );
  if ( auto problem = readInteger( a, "--months", options.months, 1, 120 ) )
    return usage( err, *problem );
  if ( auto start = a.value( "--start" ) )
  {
    WalkPoint p;
    if ( auto problem = readPoint( "--start", *start, p ) )
      return usage( err, *problem );
    options.start = p;
  }
  options.loop = a.has( "--loop" );
  options.useStreets = !a.has( "--straight" );
  int64_t existing = 0;
  if ( a.value( "--walk" ) )
    if ( auto problem = readWalkId( a, existing ) )
      return usage( err, *problem );
  const bool dryRun = a.has( "--dry-run" );
  auto project = openProject( a.positional[0], dryRun, err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = **project;
  Expected<SuggestedRoute> route = suggestRoute( p, options );
  if ( !route )
    return fail( err, route.error() );
  for ( const Message &note : route->notes )
    err << "note: " << note.text() << "\n";

  out << "Suggested route in " << options.area << ": " << route->stops.size() << " stops, "
      << metres( route->length )
      << ( route->alongStreets ? " along streets" : ", with straight legs (see the notes)" ) << "\n";
  if ( !route->startName.empty() )
    out << "Starts at: " << route->startName << "\n";
  out << "Period: " << isoDateOf( floorDiv( route->periodFrom, 86400 ) ) << " – "
      << isoDateOf( floorDiv( route->periodUntil - 1, 86400 ) ) << "\n";
  for ( const WalkStop &stop : route->stops )
    out << "  " << std::setw( 2 ) << stop.number << ". " << stop.name << ": " << stop.reason << "\n";
  if ( dryRun )
    return 0;

  WalkStore store( p.db() );
  int64_t walkId = existing;
  if ( walkId != 0 )
  {
    // A walk already walked keeps its stops: its observations belong to them.
    Expected<Walk> walk = store.load( walkId );
    if ( !walk )
      return fail( err, walk.error() );
    const int64_t observations =
      p.db().queryInt( "SELECT count(*) FROM observations WHERE walk_id = " + std::to_string( walkId ) );
    if ( walk->status != "planned" || observations > 0 )
      return fail( err, Message::make( MessageCode::WalkSuggestWalked, walkId,
                                       walkStatusLabelSv( walk->status ), observations ) );
  }
  // The walk, its route and its stops are one change: all or nothing.
  std::optional<Transaction> transaction;
  try
  {
    transaction.emplace( p.db() );
  }
  catch ( const DamagedFileError &e )
  {
    return fail( err, e.message );
  }
  catch ( const SqlError &e )
  {
    return fail( err, Message::make( MessageCode::WalkSaveFailed, std::string( e.what() ) ) );
  }
  if ( walkId == 0 )
  {
    Walk walk;
    walk.name = "Trygghetsvandring " + options.area;
    bool failed = false;
    if ( auto problem = readPlan( a, p, walk, err, failed ) )
      return usage( err, *problem );
    if ( failed )
      return 1;
    if ( !walk.areaId )
      if ( Expected<ProjectArea> area = findArea( p, options.area ) )
        walk.areaId = area->fid;
    if ( walk.meetingPoint.empty() && !route->startName.empty() && route->startName != "vald startpunkt" )
      walk.meetingPoint = route->startName;
    walk.route = route->route;
    walk.routeSource = "suggested";
    Expected<int64_t> fid = store.create( walk, cliWrite() );
    if ( !fid )
      return fail( err, fid.error() );
    walkId = *fid;
  }
  else if ( Status stored = store.setRoute( walkId, route->route, "suggested", cliWrite() ); !stored )
    return fail( err, stored.error() );
  Expected<std::vector<WalkStop>> stored = store.setStops( walkId, route->stops, cliWrite() );
  if ( !stored )
    return fail( err, stored.error() );
  try
  {
    transaction->commit();
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, p.path() ) )
      return fail( err, *full );
    return fail( err, Message::make( MessageCode::WalkSaveFailed, std::string( e.what() ) ) );
  }
  out << "Stored as walk " << walkId << "\n" << walkId << "\n";
  return 0;
}

int walkList( const Arguments &a, std::ostream &out, std::ostream &err )
{
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  WalkStore store( ( *project )->db() );
  Expected<std::vector<WalkSummary>> walks = store.list();
  if ( !walks )
    return fail( err, walks.error() );
  if ( walks->empty() )
  {
    out << "The project has no safety walks yet.\n";
    return 0;
  }
  for ( const WalkSummary &w : *walks )
    out << std::setw( 4 ) << w.fid << "  " << ( w.date.empty() ? "(no date)  " : w.date ) << "  " << std::left
        << std::setw( 11 ) << walkStatusLabelSv( w.status ) << std::right << "  " << w.name << "  ("
        << w.stops << " stops, " << w.observations << " observations, " << metres( w.routeLength ) << ")\n";
  return 0;
}

int walkShow( const Arguments &a, std::ostream &out, std::ostream &err )
{
  int64_t walkId = 0;
  if ( auto problem = readWalkId( a, walkId ) )
    return usage( err, "walk show " + *problem );
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  WalkStore store( ( *project )->db() );
  Expected<Walk> walk = store.load( walkId );
  if ( !walk )
    return fail( err, walk.error() );
  Expected<std::vector<WalkStop>> stops = store.stops( walkId );
  if ( !stops )
    return fail( err, stops.error() );
  printWalk( out, *walk, *stops );
  if ( a.has( "--context" ) )
  {
    ContextOptions options;
    options.excludeWalk = walkId;
    double radius = options.radius;
    if ( auto problem = readNumber( a, "--radius", radius, "metres" ) )
      return usage( err, *problem );
    options.radius = radius;
    if ( auto problem = readInteger( a, "--months", options.months, 1, 120 ) )
      return usage( err, *problem );
    Expected<WalkKit> kit = buildWalkKit( **project, walkId, options );
    if ( !kit )
      return fail( err, kit.error() );
    out << "Context (" << kit->periodText << ", within " << options.radius << " m):\n";
    for ( const Message &note : kit->notes )
      out << "  note: " << note.text() << "\n";
    for ( const StopContext &c : kit->contexts )
    {
      out << "  stop " << c.stopNumber << ": " << c.incidentCount << " incidents";
      for ( size_t i = 0; i < c.categories.size() && i < 4; ++i )
        out << ( i ? ", " : ": " ) << c.categories[i].first << " " << c.categories[i].second;
      out << "\n";
      for ( const EarlierObservation &e : c.earlier )
      {
        out << "    " << e.walkDate << " " << e.checklistItemLabel
            << ( e.rating ? " " + std::to_string( *e.rating ) + "/3" : std::string() ) << ": " << e.note
            << "\n";
        for ( const ActionBrief &action : e.actions )
          out << "      åtgärd " << action.fid << " (" << action.statusSv << "): " << action.title << "\n";
      }
    }
  }
  return 0;
}

int walkStops( const Arguments &a, std::ostream &out, std::ostream &err )
{
  int64_t walkId = 0;
  if ( auto problem = readWalkId( a, walkId ) )
    return usage( err, "walk stops " + *problem );
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  WalkStore store( ( *project )->db() );
  Expected<std::vector<WalkStop>> stops = store.stops( walkId );
  if ( !stops )
    return fail( err, stops.error() );
  std::vector<WalkStop> changed = *stops;
  // --add X,Y[,NAME], --remove N, --move N:X,Y, --order 3,1,2
  for ( const auto &[option, value] : a.options )
  {
    if ( option == "--add" )
    {
      const size_t second = value.find( ',', value.find( ',' ) + 1 );
      WalkStop stop;
      WalkPoint p;
      if ( auto problem = readPoint( "--add", value.substr( 0, second ), p ) )
        return usage( err, *problem );
      stop.x = p.x;
      stop.y = p.y;
      stop.name = second == std::string::npos ? std::string() : value.substr( second + 1 );
      changed.push_back( stop );
    }
    else if ( option == "--remove" || option == "--move" )
    {
      const std::string numberText = option == "--move" ? value.substr( 0, value.find( ':' ) ) : value;
      int number = 0;
      try
      {
        number = std::stoi( numberText );
      }
      catch ( const std::exception & )
      {
        return usage( err, option + " needs a stop number, not '" + numberText + "'" );
      }
      auto it = std::find_if( changed.begin(), changed.end(),
                              [&]( const WalkStop &s ) { return s.number == number; } );
      if ( it == changed.end() )
        return usage( err, option + ": the walk has no stop " + numberText );
      if ( option == "--remove" )
        changed.erase( it );
      else
      {
        if ( value.find( ':' ) == std::string::npos )
          return usage( err, "--move needs N:X,Y" );
        WalkPoint p;
        if ( auto problem = readPoint( "--move", value.substr( value.find( ':' ) + 1 ), p ) )
          return usage( err, *problem );
        it->x = p.x;
        it->y = p.y;
      }
    }
    else if ( option == "--order" )
    {
      std::vector<WalkStop> ordered;
      for ( const std::string &n : splitList( value ) )
      {
        auto it = std::find_if( changed.begin(), changed.end(),
                                [&]( const WalkStop &s ) { return std::to_string( s.number ) == n; } );
        if ( it == changed.end() )
          return usage( err, "--order: the walk has no stop " + n );
        ordered.push_back( *it );
      }
      if ( ordered.size() != changed.size() )
        return usage( err, "--order must list every stop once" );
      changed = ordered;
    }
  }
  Expected<std::vector<WalkStop>> stored = store.setStops( walkId, changed, cliWrite() );
  if ( !stored )
    return fail( err, stored.error() );
  Expected<Walk> walk = store.load( walkId );
  if ( !walk )
    return fail( err, walk.error() );
  printWalk( out, *walk, *stored );
  return 0;
}

int walkRepeat( const Arguments &a, std::ostream &out, std::ostream &err )
{
  int64_t walkId = 0;
  if ( auto problem = readWalkId( a, walkId ) )
    return usage( err, "walk repeat " + *problem );
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  WalkStore store( ( *project )->db() );
  Expected<int64_t> fid = store.planRepeat( walkId, a.value( "--name" ).value_or( "" ),
                                            a.value( "--date" ).value_or( "" ), cliWrite() );
  if ( !fid )
    return fail( err, fid.error() );
  out << *fid << "\n";
  return 0;
}

int walkAction( const Arguments &a, std::ostream &out, std::ostream &err )
{
  const auto text = a.value( "--observation" );
  if ( !text )
    return usage( err, "walk action needs --observation FID" );
  int64_t fid = 0;
  try
  {
    fid = std::stoll( *text );
  }
  catch ( const std::exception & )
  {
    return usage( err, "--observation must be an observation's fid, not '" + *text + "'" );
  }
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  Expected<int64_t> action = createActionFromObservation( ( *project )->db(), fid, "tryggkarta-cli" );
  if ( !action )
    return fail( err, action.error() );
  out << "Action " << *action << " (föreslagen) made from observation " << fid << "\n" << *action << "\n";
  return 0;
}

//! walk photos: the walk's photos, placed or waiting for a place.
int walkPhotoList( const Arguments &a, std::ostream &out, std::ostream &err )
{
  int64_t walkId = 0;
  if ( auto problem = readWalkId( a, walkId ) )
    return usage( err, "walk photos " + *problem );
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  Expected<std::vector<WalkPhotoEntry>> photos = walkPhotos( ( *project )->db(), walkId );
  if ( !photos )
    return fail( err, photos.error() );
  size_t unplaced = 0;
  for ( const WalkPhotoEntry &p : *photos )
  {
    out << "  " << p.photoId << "  " << p.fileName << "  "
        << ( p.takenUtc ? stockholmDateTimeText( *p.takenUtc ) : std::string( "(no time)" ) ) << "  ";
    if ( p.placed() )
      out << "observation " << *p.observationId << " (" << p.positionSource << ")\n";
    else
    {
      out << "not placed\n";
      ++unplaced;
    }
  }
  out << photos->size() << " photos, " << unplaced << " not placed"
      << ( unplaced ? " (walk place-photo --photo ID --at X,Y places one)" : "" ) << "\n";
  return 0;
}

//! walk place-photo --photo ID --at X,Y: an unplaced photo becomes a draft observation there.
int walkPlacePhoto( const Arguments &a, std::ostream &out, std::ostream &err )
{
  const auto photoText = a.value( "--photo" );
  const auto atText = a.value( "--at" );
  if ( !photoText || !atText )
    return usage( err, "walk place-photo needs --photo ID and --at X,Y" );
  int64_t photoId = 0;
  try
  {
    size_t used = 0;
    photoId = std::stoll( *photoText, &used );
    if ( used != photoText->size() )
      throw std::invalid_argument( *photoText );
  }
  catch ( const std::exception & )
  {
    return usage( err, "--photo must be a photo's id (walk photos lists them), not '" + *photoText + "'" );
  }
  WalkPoint at;
  if ( auto problem = readPoint( "--at", *atText, at ) )
    return usage( err, *problem );
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  EditOptions options;
  options.actor = "tryggkarta-cli";
  Expected<PlacedPhoto> placed =
    placePhoto( ( *project )->db(), photoId, at.x, at.y, kDefaultSnapToleranceMeters, options );
  if ( !placed )
    return fail( err, placed.error() );
  out << "Photo " << photoId << " placed: draft observation " << placed->observationId << " at stop "
      << placed->stop.stopNumber << ( placed->stop.added ? " (a new stop)" : "" ) << "\n";
  for ( const Message &note : placed->notes )
    out << "  " << note.text() << "\n";
  return 0;
}

int walkCorrelations( const Arguments &a, std::ostream &out, std::ostream &err )
{
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  Expected<std::vector<FeelingCorrelation>> correlations = feelingCorrelations( ( *project )->db() );
  if ( !correlations )
    return fail( err, correlations.error() );
  if ( correlations->empty() )
  {
    out << "Too few stops with both an item and the overall feeling rated (3 are needed per item).\n";
    return 0;
  }
  out << "Checklist items and the overall feeling (Spearman's rank correlation):\n";
  for ( const FeelingCorrelation &c : *correlations )
  {
    char rho[16];
    std::snprintf( rho, sizeof rho, "%+.2f", c.rho );
    out << "  " << rho << "  " << c.label << "  (" << c.pairs << " stops on " << c.walks << " walks)\n";
  }
  return 0;
}

} // namespace

int commandWalk( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.empty() )
    return usage( err, "walk needs a subcommand: new, suggest, list, show, stops, repeat, action, "
                       "correlations, photos or place-photo" );
  const std::string sub = args[0];
  const std::vector<std::string> rest( args.begin() + 1, args.end() );
  Arguments a;
  if ( auto problem = parseArguments(
         rest, { "--name",          "--date",    "--time",     "--light",       "--area",   "--organiser",
                 "--meeting-point", "--purpose", "--expected", "--status",      "--invite", "--max-length",
                 "--stops",         "--months",  "--start",    "--walk",        "--radius", "--add",
                 "--remove",        "--move",    "--order",    "--observation", "--photo",  "--at" },
         { "--loop", "--straight", "--dry-run", "--context" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "walk " + sub + " needs exactly one project file" );
  if ( sub == "new" )
    return walkNew( a, out, err );
  if ( sub == "suggest" )
    return walkSuggest( a, out, err );
  if ( sub == "list" )
    return walkList( a, out, err );
  if ( sub == "show" )
    return walkShow( a, out, err );
  if ( sub == "stops" )
    return walkStops( a, out, err );
  if ( sub == "repeat" )
    return walkRepeat( a, out, err );
  if ( sub == "action" )
    return walkAction( a, out, err );
  if ( sub == "correlations" )
    return walkCorrelations( a, out, err );
  if ( sub == "photos" )
    return walkPhotoList( a, out, err );
  if ( sub == "place-photo" )
    return walkPlacePhoto( a, out, err );
  return usage( err,
                "unknown walk subcommand '" + sub +
                  "' (new, suggest, list, show, stops, repeat, action, correlations, photos, place-photo)" );
}

} // namespace tryggkarta::cli

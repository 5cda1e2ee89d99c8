// tryggkarta-cli's imports into a safety walk's record: the walk's photos (import-photos) and a phone's GPX
// file (import --kind walk-route | walk-waypoints). Each is one transaction; Ctrl+C during the photos rolls
// it back.

#include "climessages.h"
#include "cliutil.h"
#include "gpximport.h"
#include "photos.h"
#include "projectfile.h"
#include "swedishtext.h"
#include "walkstore.h"

#include <csignal>
#include <cstdio>
#include <filesystem>

namespace tryggkarta::cli
{

namespace
{

volatile std::sig_atomic_t sInterrupted = 0;
void onInterrupt( int )
{
  sInterrupted = 1;
}

std::string metres( double value )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%.0f", value );
  return buffer;
}

//! "a walk id" from --walk: a whole number of 1 or more; a usage problem as text.
std::optional<std::string> readWalk( const Arguments &a, std::optional<int64_t> &walk )
{
  if ( auto text = a.value( "--walk" ) )
  {
    if ( text->empty() || text->size() > 15 || text->find_first_not_of( "0123456789" ) != std::string::npos ||
         std::stoll( *text ) < 1 )
      return "--walk takes a walk's id (its fid, a whole number), not '" + *text + "'";
    walk = std::stoll( *text );
  }
  return std::nullopt;
}

std::optional<std::string> readTolerance( const Arguments &a, double &tolerance )
{
  if ( auto problem = readNumber( a, "--snap-tolerance", tolerance, "metres" ) )
    return problem;
  if ( Status valid = checkSnapTolerance( tolerance ); !valid )
    return "--snap-tolerance: " + messageText( valid.error() );
  return std::nullopt;
}

//! "stop 2 'Gångtunneln' (12 m away)" or "new stop 3 'Nytt stopp 3'".
std::string stopText( const StopSnap &stop, const std::vector<WalkStop> &stops )
{
  std::string name;
  for ( const WalkStop &s : stops )
    if ( s.fid == stop.stopId )
      name = " '" + s.name + "'";
  if ( stop.added )
    return "new stop " + std::to_string( stop.stopNumber ) + name;
  return "stop " + std::to_string( stop.stopNumber ) + name + " (" + metres( stop.distanceMeters ) +
         " m away)";
}

std::string takenText( const std::optional<int64_t> &utc )
{
  return utc ? "; taken " + stockholmDateTimeText( *utc ) : std::string();
}

void printNotes( std::ostream &out, const std::vector<Message> &notes )
{
  for ( const Message &note : notes )
    out << "    note: " << messageText( note ) << "\n";
}

int importWalkRoute( const Arguments &a, std::ostream &out, std::ostream &err )
{
  std::optional<int64_t> walk;
  if ( auto problem = readWalk( a, walk ) )
    return usage( err, *problem );
  for ( const char *other : { "--snap-tolerance" } )
    if ( a.value( other ) )
      return usage( err, std::string( other ) + " is for --kind walk-waypoints" );
  if ( a.has( "--keep-personal-data" ) || a.has( "--force" ) )
    return usage( err, "--keep-personal-data and --force are for --kind walk-waypoints" );
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  RouteImportOptions options;
  options.walkId = walk;
  if ( const char *user = std::getenv( "USER" ) )
    options.actor = user;
  auto result = importGpxRoute( project.value()->db(), a.positional[1], options );
  if ( !result )
    return fail( err, result.error() );
  const RouteImportReport &r = result.value();
  out << ( r.newWalk ? "New walk from " : "Route from " )
      << std::filesystem::path( a.positional[1] ).filename().string() << "\n";
  out << "  walk:    " << r.walkId << " '" << r.walkName << "'" << ( r.date.empty() ? "" : ", " + r.date )
      << "\n";
  out << "  route:   " << r.points << " points, " << metresText( r.lengthMeters ) << " (source gpx)\n";
  if ( r.replacedLengthMeters > 0 )
    out << "  replaced a route of " << metresText( r.replacedLengthMeters ) << "\n";
  return 0;
}

int importWalkWaypoints( const Arguments &a, std::ostream &out, std::ostream &err )
{
  std::optional<int64_t> walk;
  if ( auto problem = readWalk( a, walk ) )
    return usage( err, *problem );
  if ( !walk )
    return usage( err, "--kind walk-waypoints needs --walk ID: the walk the waypoints were marked on" );
  WaypointImportOptions options;
  options.walkId = *walk;
  if ( auto problem = readTolerance( a, options.snapToleranceMeters ) )
    return usage( err, *problem );
  options.keepPersonalData = a.has( "--keep-personal-data" );
  options.allowReimport = a.has( "--force" );
  if ( const char *user = std::getenv( "USER" ) )
    options.actor = user;
  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  Database &db = project.value()->db();
  auto result = importGpxWaypoints( db, a.positional[1], options );
  if ( !result )
    return fail( err, result.error() );
  const WaypointImportReport &r = result.value();
  const auto stops = WalkStore( db ).stops( *walk );
  const std::vector<WalkStop> noStops;
  if ( !a.has( "--quiet" ) )
  {
    for ( const ImportedWaypoint &w : r.imported )
    {
      out << r.fileName << ": waypoint " << w.number << ( w.name.empty() ? "" : " '" + w.name + "'" )
          << ": draft observation " << w.observationId << " at "
          << stopText( w.stop, stops ? *stops : noStops )
          << ( w.personalData ? ( options.keepPersonalData ? " (personal data kept, flagged)"
                                                           : " (personal data replaced)" )
                              : "" )
          << "\n";
      printNotes( out, w.notes );
    }
    for ( const RejectedWaypoint &w : r.rejected )
      out << r.fileName << ": waypoint " << w.number << ( w.name.empty() ? "" : " '" + w.name + "'" )
          << ": rejected: " << messageText( w.reason ) << "\n";
  }
  out << "Imported waypoints: " << r.fileName << " into walk " << *walk << "\n";
  out << "  draft observations: " << r.imported.size() << " (confirm them in the walk's record)\n";
  out << "  rejected:           " << r.rejected.size() << "\n";
  if ( !r.newStops.empty() )
  {
    out << "  new stops:         ";
    for ( int number : r.newStops )
      out << " " << number;
    out << "\n";
  }
  out << "  batch:              " << r.batchId << "\n";
  for ( const Message &w : r.warnings )
    out << "  note: " << messageText( w ) << "\n";
  return 0;
}

} // namespace

bool isWalkImportKind( const std::vector<std::string> &args )
{
  for ( size_t i = 0; i < args.size(); ++i )
  {
    std::string kind;
    if ( args[i] == "--kind" && i + 1 < args.size() )
      kind = args[i + 1];
    else if ( args[i].rfind( "--kind=", 0 ) == 0 )
      kind = args[i].substr( 7 );
    if ( kind == "walk-route" || kind == "walk-waypoints" )
      return true;
  }
  return false;
}

int commandImportWalkGpx( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--kind", "--walk", "--snap-tolerance" },
                                      { "--keep-personal-data", "--force", "--quiet" }, a ) )
    return usage( err, *problem + " (for --kind walk-route or walk-waypoints)" );
  if ( a.positional.size() != 2 )
    return usage( err, "import needs a project file and a GPX file" );
  const std::string kind = a.value( "--kind" ).value_or( "" );
  if ( kind == "walk-route" )
    return importWalkRoute( a, out, err );
  return importWalkWaypoints( a, out, err );
}

int commandImportPhotos( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--walk", "--track", "--clock-offset", "--snap-tolerance" },
                                      { "--keep-personal-data", "--quiet" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() < 2 )
    return usage( err, "import-photos needs a project file and photos (files or a folder)" );
  std::optional<int64_t> walk;
  if ( auto problem = readWalk( a, walk ) )
    return usage( err, *problem );
  if ( !walk )
    return usage( err, "import-photos needs --walk ID: the walk the photos were taken on" );
  PhotoImportOptions options;
  options.walkId = *walk;
  if ( auto problem = readTolerance( a, options.snapToleranceMeters ) )
    return usage( err, *problem );
  if ( auto offset = a.value( "--clock-offset" ) )
  {
    const std::string &t = *offset;
    const size_t digits = !t.empty() && ( t[0] == '-' || t[0] == '+' ) ? 1 : 0;
    if ( t.size() == digits || t.size() > digits + 10 ||
         t.find_first_not_of( "0123456789", digits ) != std::string::npos ||
         std::llabs( std::stoll( t ) ) > kMaxClockOffsetSeconds )
      return usage( err,
                    "--clock-offset takes whole seconds to add to the camera's clock (e.g. 90 or -3600), "
                    "at most " +
                      std::to_string( kMaxClockOffsetSeconds ) + " either way, not '" + t + "'" );
    options.clockOffsetSeconds = std::stoll( t );
  }
  if ( auto track = a.value( "--track" ) )
    options.trackPath = *track;
  options.keepPersonalData = a.has( "--keep-personal-data" );
  if ( const char *user = std::getenv( "USER" ) )
    options.actor = user;

  std::vector<std::string> files;
  for ( size_t i = 1; i < a.positional.size(); ++i )
  {
    std::error_code ec;
    if ( std::filesystem::is_directory( a.positional[i], ec ) )
    {
      auto inFolder = photoFilesInFolder( a.positional[i] );
      if ( !inFolder )
        return fail( err, inFolder.error() );
      files.insert( files.end(), inFolder->begin(), inFolder->end() );
    }
    else
      files.push_back( a.positional[i] );
  }

  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  Database &db = project.value()->db();
  std::signal( SIGINT, onInterrupt );
  auto result = importPhotos( db, files, options, []( double ) { return sInterrupted == 0; } );
  std::signal( SIGINT, SIG_DFL );
  if ( !result )
    return fail( err, result.error() );
  const PhotoImportReport &r = result.value();
  const auto stops = WalkStore( db ).stops( *walk );
  const std::vector<WalkStop> noStops;
  auto name = []( const std::string &path ) { return std::filesystem::path( path ).filename().string(); };
  if ( !a.has( "--quiet" ) )
  {
    for ( const ImportedPhoto &p : r.imported )
    {
      out << name( p.path ) << ": draft observation " << p.observationId << " at "
          << stopText( p.stop, stops ? *stops : noStops )
          << ( p.placement == PhotoPlacement::Exif ? ", placed by its GPS position"
                                                   : ", placed on the track by its time" )
          << takenText( p.takenUtc ) << "; photo " << p.photoId << ", " << p.width << " x " << p.height
          << "\n";
      printNotes( out, p.notes );
    }
    for ( const UnplacedPhoto &p : r.unplaced )
    {
      out << name( p.path )
          << ": stored without a place, for you to place on the map (walk place-photo --photo " << p.photoId
          << " --at X,Y): " << messageText( p.reason ) << "\n";
      printNotes( out, p.notes );
    }
    for ( const DuplicatePhoto &p : r.duplicates )
      out << name( p.path ) << ": skipped: already stored for this walk as photo " << p.existingPhotoId
          << " (" << p.existingFileName << ")\n";
  }
  // Refused files are always listed: they are why the exit code is 1.
  for ( const RefusedPhoto &p : r.refused )
    out << name( p.path ) << ": refused: " << messageText( p.reason ) << "\n";
  out << "Photos for walk " << *walk << ": " << files.size() << " files\n"
      << "  placed:     " << r.imported.size() << " (draft observations, to confirm)\n"
      << "  unplaced:   " << r.unplaced.size() << " (stored, to place by hand)\n"
      << "  duplicates: " << r.duplicates.size() << " (stored before, skipped)\n"
      << "  refused:    " << r.refused.size() << "\n";
  if ( !r.newStops.empty() )
  {
    out << "  new stops: ";
    for ( int number : r.newStops )
      out << " " << number;
    out << "\n";
  }
  return r.refused.empty() ? 0 : 1;
}

} // namespace tryggkarta::cli

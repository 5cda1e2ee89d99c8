#include "gpximport.h"

#include "calendar.h"
#include "database.h"
#include "gpx.h"
#include "paths.h"
#include "projectbounds.h"
#include "projectfile.h"
#include "recordedits.h"
#include "stockholmzone.h"
#include "swedishtext.h"
#include "textscreening.h"
#include "walkfiles.h"
#include "walkstore.h"

#include <cstdio>

namespace tryggkarta
{

namespace
{

//! Thrown inside the import's transaction to end it with this message (nothing is kept).
struct Abort
{
  Message message;
};

std::string withoutExtension( const std::string &name )
{
  const size_t dot = name.rfind( '.' );
  return dot == std::string::npos || dot == 0 ? name : name.substr( 0, dot );
}

//! "HH:MM" of a UTC instant in Stockholm.
std::string stockholmClock( int64_t utc )
{
  const int64_t seconds = floorMod( stockholmWallClock( utc ), kSecondsPerDay );
  char buffer[8];
  std::snprintf( buffer, sizeof buffer, "%02d:%02d", static_cast<int>( seconds / 3600 ),
                 static_cast<int>( seconds % 3600 / 60 ) );
  return buffer;
}

//! A waypoint's note: its name and its description (a phone often repeats one as the other).
std::string waypointNote( const GpxWaypoint &w )
{
  if ( w.description.empty() || w.description == w.name )
    return w.name;
  if ( w.name.empty() )
    return w.description;
  return w.name + ": " + w.description;
}

} // namespace

Expected<RouteImportReport> importGpxRoute( Database &db, const std::string &path,
                                            const RouteImportOptions &options )
{
  int srs = 3006;
  try
  {
    srs = projectPointSrs( db );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, std::string( e.what() ) );
  }
  auto gpx = readGpx( path, srs, GpxNeed::Line );
  if ( !gpx )
    return Error{ gpx.error() };
  RouteImportReport report;
  std::vector<WalkPoint> route;
  route.reserve( gpx->line.size() );
  for ( const GpxPoint &p : gpx->line )
    route.push_back( { p.x, p.y } );
  Walk line;
  line.route = route;
  report.points = route.size();
  report.lengthMeters = line.routeLength();

  WalkStore store( db );
  WalkWriteOptions walkOptions;
  walkOptions.actor = options.actor;
  walkOptions.origin = "from GPX " + gpx->fileName;
  if ( options.walkId )
  {
    auto walk = store.load( *options.walkId );
    if ( !walk )
      return Error{ walk.error() };
    report.walkId = *options.walkId;
    report.walkName = walk->name;
    report.date = walk->date;
    report.replacedLengthMeters = walk->routeLength();
    if ( Status stored = store.setRoute( *options.walkId, route, "gpx", walkOptions ); !stored )
      return Error{ stored.error() };
    return report;
  }

  Walk walk;
  walk.name = gpx->name.empty() ? withoutExtension( gpx->fileName ) : gpx->name;
  walk.route = route;
  walk.routeSource = "gpx";
  if ( gpx->lineTimed() )
  {
    // A recorded track was walked: its first point says when.
    const int64_t start = *gpx->line.front().timeUtc;
    walk.date = isoDateOfDay( stockholmDay( start ) );
    walk.startTime = stockholmClock( start );
    walk.status = "done";
  }
  auto created = store.create( walk, walkOptions );
  if ( !created )
    return Error{ created.error() };
  auto stored = store.load( *created );
  report.walkId = *created;
  report.newWalk = true;
  report.walkName = stored ? stored->name : walk.name;
  report.date = walk.date;
  return report;
}

Expected<WaypointImportReport> importGpxWaypoints( Database &db, const std::string &path,
                                                   const WaypointImportOptions &options )
{
  if ( Status tolerance = checkSnapTolerance( options.snapToleranceMeters ); !tolerance )
    return Error{ tolerance.error() };
  int srs = 3006;
  try
  {
    srs = projectPointSrs( db );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, std::string( e.what() ) );
  }
  auto gpx = readGpx( path, srs, GpxNeed::Waypoints );
  if ( !gpx )
    return Error{ gpx.error() };
  const std::string &name = gpx->fileName;
  try
  {
    Transaction transaction( db );
    WaypointImportReport report;
    report.fileName = name;
    {
      Statement walk = db.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
      walk.bind( 1, options.walkId );
      if ( !walk.step() )
        return Error( MessageCode::WalkNotFound, options.walkId );
    }
    Statement batch =
      db.prepare( "INSERT INTO import_batches (file_name, content_sha256, kind, format, source_crs, "
                  "imported_at, imported_by, options) VALUES (?, ?, 'observations', 'GPX', "
                  "'EPSG:4326', ?, ?, ?)" );
    batch.bind( 1, name )
      .bind( 2, gpx->contentSha256 )
      .bind( 3, utcNowIso() )
      .bindTextOrNull( 4, options.actor );
    batch.bind( 5, "walk waypoints; walk=" + std::to_string( options.walkId ) +
                     "; snap=" + formatNumber( options.snapToleranceMeters ) + " m" );
    batch.run();
    report.batchId = db.lastInsertId();

    Statement previous =
      db.prepare( "SELECT fid, imported_at, file_name FROM import_batches WHERE content_sha256 "
                  "= ? AND fid != ? ORDER BY fid LIMIT 1" );
    previous.bind( 1, gpx->contentSha256 ).bind( 2, report.batchId );
    if ( previous.step() )
    {
      const std::string earlier = previous.text( 2 );
      const int64_t earlierBatch = previous.int64( 0 );
      const std::string earlierAt = previous.text( 1 ).substr( 0, 16 );
      if ( !options.allowReimport )
        return earlier == name
                 ? Error( MessageCode::ImportAlreadyImported, name, earlierBatch, earlierAt )
                 : Error( MessageCode::ImportAlreadyImportedAs, name, earlier, earlierBatch, earlierAt );
      report.warnings.push_back(
        earlier == name
          ? Message::make( MessageCode::ImportReimported, name, earlierBatch, earlierAt )
          : Message::make( MessageCode::ImportReimportedAs, name, earlier, earlierBatch, earlierAt ) );
    }
    previous.reset();

    WalkWriteOptions walkOptions;
    walkOptions.actor = options.actor;
    StopSnapper snapper( db, options.walkId, options.snapToleranceMeters, walkOptions );
    Statement reject =
      db.prepare( "INSERT INTO import_rejects (batch_id, row_number, raw_row, reason) VALUES (?, ?, ?, ?)" );
    Statement link = db.prepare( "UPDATE observations SET batch_id = ?, source_row = ? WHERE fid = ?" );
    int64_t flagged = 0;
    const ProjectBounds bounds( db );
    for ( const GpxWaypoint &w : gpx->waypoints )
    {
      const std::string note = waypointNote( w );
      const bool inSweden = isPositionInSweden( db, RecordTable::Observations, w.x, w.y );
      if ( !inSweden || !bounds.contains( w.x, w.y ) )
      {
        const Message reason =
          inSweden ? Message::make( MessageCode::GpxWaypointOutsideProject, formatReal( w.lat, 8 ),
                                    formatReal( w.lon, 8 ), bounds.basis(), bounds.marginMeters() )
                   : Message::make( MessageCode::GpxWaypointOutsideSweden, formatReal( w.lat, 8 ),
                                    formatReal( w.lon, 8 ) );
        // The raw row is the waypoint as the file has it, screened like the note would have been.
        std::string raw = formatReal( w.lat, 10 ) + ", " + formatReal( w.lon, 10 ) + ", " + note;
        const ScreeningResult screening = screenText( raw );
        if ( !screening.clean() && !options.keepPersonalData )
          raw = redact( raw, screening );
        reject.bind( 1, report.batchId ).bind( 2, w.number ).bind( 3, raw ).bind( 4, reason.text() );
        reject.run();
        reject.reset();
        report.rejected.push_back( { w.number, w.name, reason } );
        continue;
      }
      std::optional<int64_t> time = w.timeUtc;
      if ( time && !isTimeAccepted( *time ) )
      {
        report.warnings.push_back(
          Message::make( MessageCode::GpxWaypointTimeIgnored, w.number, stockholmDateTimeText( *time ) ) );
        time.reset();
      }
      EditOptions edit;
      edit.actor = options.actor;
      edit.keepPersonalData = options.keepPersonalData;
      edit.origin = "from waypoint " + std::to_string( w.number ) + " of " + name;
      auto added = addDraftObservation( db, snapper, { w.x, w.y, time, note }, kStopAddedFromWaypoint, edit );
      if ( !added )
        throw Abort{ added.error() };
      link.bind( 1, report.batchId ).bind( 2, w.number ).bind( 3, added->observationId );
      link.run();
      link.reset();
      const bool personal = !screenText( note ).clean();
      flagged += personal ? 1 : 0;
      if ( added->stop.added )
        report.newStops.push_back( added->stop.stopNumber );
      report.imported.push_back(
        { w.number, w.name, added->observationId, added->stop, personal, added->notes } );
    }
    Statement finish =
      db.prepare( "UPDATE import_batches SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
                  "rows_flagged = ? WHERE fid = ?" );
    finish.bind( 1, static_cast<int64_t>( gpx->waypoints.size() ) )
      .bind( 2, static_cast<int64_t>( report.imported.size() ) )
      .bind( 3, static_cast<int64_t>( report.rejected.size() ) )
      .bind( 4, flagged )
      .bind( 5, report.batchId );
    finish.run();
    transaction.commit();
    return report;
  }
  catch ( const Abort &abort )
  {
    return Error( MessageCode::ImportFailed, name, abort.message );
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error{ *full };
    return Error( MessageCode::ImportFailed, name, std::string( e.what() ) );
  }
}

} // namespace tryggkarta

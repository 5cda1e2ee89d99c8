#include "importer.h"

#include "coordinatedetection.h"
#include "datetimeparser.h"
#include "fieldmapping.h"
#include "geometryblob.h"
#include "importcrs.h"
#include "paths.h"
#include "projectfile.h"
#include "rowinterpreter.h"
#include "rowsource.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>

// The importer orchestrates: a RowSource reads the file (rowsource.h), the mapping is resolved
// (fieldmapping.h), the CRS decided (importcrs.h), each row interpreted (rowinterpreter.h); here the records
// are transformed in chunks, checked against Sweden and written in one transaction.

namespace tryggkarta
{

namespace
{

constexpr size_t kChunkRows = 8192;
constexpr size_t kMaxRejectsInReport = 1000;

void appendIso( std::string &out, int64_t seconds )
{
  out += formatUtcIso( seconds );
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

Expected<ImportPreview> previewFile( const std::string &path, const ImportOptions &options )
{
  auto source = openRowSource( path, options );
  if ( !source )
    return Error{ source.error() };
  RowSource &s = *source.value();
  ImportPreview preview;
  preview.format = s.format();
  preview.columns = s.columns();
  std::vector<Message> warnings;
  const std::string name = fileName( path );
  auto mapping = resolveMapping( name, s.columns(), options, s.hasGeometry(), warnings );
  if ( mapping )
    preview.mapping = mapping.value();
  else
  {
    preview.mapping = autoMapFields( s.columns(), options.kind );
    preview.warnings.push_back( mapping.error() );
  }
  SourceRow row;
  while ( preview.sampleRows.size() < 20 && s.next( row ) )
  {
    std::vector<std::string> values( row.values.begin(), row.values.end() );
    if ( row.hasGeometry )
    {
      char buffer[80];
      std::snprintf( buffer, sizeof buffer, "POINT (%.8g %.8g)", row.gx, row.gy );
      values.emplace_back( buffer );
    }
    preview.sampleRows.push_back( std::move( values ) );
  }
  if ( s.hasGeometry() )
    preview.columns.push_back( "(geometry)" );
  for ( const Message &w : warnings )
    preview.warnings.push_back( w );
  return preview;
}

Expected<ImportReport> importFile( ProjectFile &project, const std::string &path,
                                   const ImportOptions &options, const ImportProgress &progress )
{
  auto opened = openRowSource( path, options );
  if ( !opened )
    return Error{ opened.error() };
  RowSource &source = *opened.value();
  const std::string name = fileName( path );

  ImportReport report;
  report.fileName = name;
  report.format = source.format();
  report.layer = source.layer();
  report.encoding = source.encoding();
  report.warnings = source.warnings();
  report.delimiter = source.delimiter();
  report.dryRun = options.dryRun;
  if ( options.kind == ImportKind::Incidents && options.defaultSource != "est" &&
       options.defaultSource != "police" && options.defaultSource != "safety_walk" &&
       options.defaultSource != "manual" )
    return Error( MessageCode::ImportUnknownDefaultSource, options.defaultSource );

  auto mapping = resolveMapping( name, source.columns(), options, source.hasGeometry(), report.warnings );
  if ( !mapping )
    return Error{ mapping.error() };
  report.mapping = mapping.value();
  try
  {
    // Mapped categories must exist: a typo here would otherwise only fail at commit.
    const std::string vocabulary = options.kind == ImportKind::Incidents ? "categories" : "checklist_items";
    for ( const auto &[value, code] : options.categoryMap )
    {
      Statement known = project.db().prepare( "SELECT 1 FROM " + vocabulary + " WHERE code = ?" );
      known.bind( 1, code );
      if ( !known.step() )
        return Error( options.kind == ImportKind::Incidents ? MessageCode::ImportMappedToUnknownCategory
                                                            : MessageCode::ImportMappedToUnknownChecklistItem,
                      value, code );
    }
  }
  catch ( const SqlError &e )
  {
    if ( e.isDamage() )
      return Error( MessageCode::ProjectDamaged, project.path(), e.what() );
    return Error( MessageCode::ProjectReadFailed, e.what() );
  }

  {
    SourceRow first;
    if ( !source.next( first ) )
      return Error( MessageCode::ImportNoRows, name );
    source.rewind();
  }

  // Hash the file on the second core while the rows are read.
  std::future<std::string> hash;
  if ( source.hashesInBackground() )
    hash = std::async( std::launch::async, [&source]() { return source.hashContent(); } );

  Database &db = project.db();
  try
  {
    RowInterpreter interpreter( project, options, source.columns(), report.mapping, report );
    auto crs = decideCrs( name, source, interpreter, options, db, project.projectSrsId() );
    if ( !crs )
    {
      if ( hash.valid() ) // only CSV hashes in the background
        hash.wait();
      return Error{ crs.error() };
    }
    report.sourceCrs = crs->label;
    if ( crs->swapped )
      report.warnings.push_back( Message::make( MessageCode::ImportSwappedColumns ) );

    OGRSpatialReference target;
    target.importFromEPSG( project.projectSrsId() );
    target.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG( 4326 );
    wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    std::unique_ptr<OGRCoordinateTransformation> toProject(
      OGRCreateCoordinateTransformation( crs->srs.get(), &target ) );
    std::unique_ptr<OGRCoordinateTransformation> toWgs84(
      OGRCreateCoordinateTransformation( &target, &wgs84 ) );
    if ( !toProject || !toWgs84 )
    {
      if ( hash.valid() ) // only CSV hashes in the background
        hash.wait();
      return Error( MessageCode::ImportCannotTransform, name, crs->label );
    }
    const bool projectIsTm = project.projectSrsId() == 3006;

    // Memory stays bounded whatever the file's size: a page cache of 64 MiB that spills the transaction's
    // pages to the file (their originals are in the journal), and temporary data (the sort that rebuilds an
    // index, statement journals) in temporary files rather than in memory. A 10^7-row import peaks near 220
    // MiB.
    db.exec( "PRAGMA temp_store = FILE" );
    db.exec( "PRAGMA cache_size = -65536" );
    Transaction transaction( db );
    // Foreign keys are checked at commit, so no single insert can abort half-way and need a statement
    // journal.
    db.exec( "PRAGMA defer_foreign_keys = ON" );
    // The R-tree is filled in one pass after the rows instead of by a trigger per row; the trigger is put
    // back before commit, inside the same transaction, so a failure or cancel restores it with everything
    // else.
    const std::string table = options.kind == ImportKind::Incidents ? "incidents" : "observations";
    const std::string rtree = "rtree_" + table + "_geom";
    const std::string triggerSql = db.queryText(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + rtree + "_insert'" );
    if ( !triggerSql.empty() )
      db.exec( "DROP TRIGGER \"" + rtree + "_insert\"" );
    // A large import into a smaller table rebuilds the secondary indexes afterwards (one sort) instead of
    // inserting into them row by row in random order.
    std::vector<std::string> indexSql;
    const int64_t existingRows = db.queryInt( "SELECT count(*) FROM \"" + table + "\"" );
    if ( source.estimatedRows() > std::max<int64_t>( 50000, existingRows ) )
    {
      Statement indexes =
        db.prepare( "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql "
                    "IS NOT NULL" );
      indexes.bind( 1, table );
      std::vector<std::string> names;
      while ( indexes.step() )
      {
        names.push_back( indexes.text( 0 ) );
        indexSql.push_back( indexes.text( 1 ) );
      }
      for ( const std::string &index : names )
        db.exec( "DROP INDEX \"" + index + "\"" );
    }
    Statement batch =
      db.prepare( "INSERT INTO import_batches (file_name, content_sha256, kind, format, source_crs, "
                  "imported_at, imported_by, options) VALUES (?, '', ?, ?, ?, ?, ?, ?)" );
    std::string optionsText = options.dryRun ? "dry-run" : "";
    for ( const auto &[target, column] : report.mapping )
      optionsText += ( optionsText.empty() ? "" : "; " ) + target + "=" + column;
    batch.bind( 1, name )
      .bind( 2, options.kind == ImportKind::Incidents ? "incidents" : "observations" )
      .bind( 3, report.format )
      .bind( 4, report.sourceCrs.text() )
      .bind( 5, utcNowIso() )
      .bindTextOrNull( 6, options.importedBy )
      .bind( 7, optionsText );
    batch.run();
    const int64_t batchId = db.lastInsertId();
    report.batchId = batchId;

    Statement reject =
      db.prepare( "INSERT INTO import_rejects (batch_id, row_number, raw_row, reason) VALUES (?, ?, ?, ?)" );
    Statement insertIncident =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, "
                  "place_type, weight, description, "
                  "screening_flags, source, batch_id, source_row, extra_attributes, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
    Statement insertObservation =
      db.prepare( "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, note, photos, "
                  "proposed_action, observed_at, "
                  "screening_flags, batch_id, source_row, extra_attributes, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
    const std::string now = utcNowIso();
    const int srsId = project.projectSrsId();

    std::vector<PendingRecord> chunk( kChunkRows );
    std::vector<double> xs( kChunkRows ), ys( kChunkRows ), lons( kChunkRows ), lats( kChunkRows );
    std::vector<int> success( kChunkRows );
    std::vector<unsigned char> geometry;
    std::string fromText, untilText;

    auto rejectRow = [&]( const PendingRecord &p )
    {
      ++report.rowsRejected;
      // The table keeps the English, as QGIS Desktop users read it there.
      const std::string reason = p.reject->text();
      reject.bind( 1, batchId ).bind( 2, p.rowNumber ).bindStatic( 3, p.raw ).bindStatic( 4, reason );
      reject.run();
      if ( report.rejects.size() < kMaxRejectsInReport )
        report.rejects.push_back( RejectedRow{ p.rowNumber, *p.reject, p.raw } );
    };

    auto flush = [&]( size_t count )
    {
      // Transform the chunk's coordinates in one call, then check them against Sweden and insert.
      size_t n = 0;
      std::vector<size_t> index;
      index.reserve( count );
      for ( size_t i = 0; i < count; ++i )
        if ( !chunk[i].reject )
        {
          xs[n] = chunk[i].x;
          ys[n] = chunk[i].y;
          index.push_back( i );
          ++n;
        }
      if ( n > 0 )
      {
        std::fill( success.begin(), success.begin() + static_cast<long>( n ), 0 );
        // Points far outside the projection's area make PROJ print errors; they are reported per row instead.
        CPLPushErrorHandler( CPLQuietErrorHandler );
        toProject->Transform( static_cast<int>( n ), xs.data(), ys.data(), nullptr, success.data() );
        std::copy( xs.begin(), xs.begin() + static_cast<long>( n ), lons.begin() );
        std::copy( ys.begin(), ys.begin() + static_cast<long>( n ), lats.begin() );
        if ( !projectIsTm )
          toWgs84->Transform( static_cast<int>( n ), lons.data(), lats.data(), nullptr, nullptr );
        CPLPopErrorHandler();
      }
      for ( size_t k = 0; k < n; ++k )
      {
        PendingRecord &p = chunk[index[k]];
        bool inside = success[k] != 0 && std::isfinite( xs[k] ) && std::isfinite( ys[k] );
        if ( inside )
          inside = projectIsTm
                     ? ( xs[k] >= 200000 && xs[k] <= 1000000 && ys[k] >= 6100000 && ys[k] <= 7700000 )
                     : insideSwedenLonLat( lons[k], lats[k] );
        if ( !inside )
          p.reject = Message::make( MessageCode::ImportRowOutsideSweden, formatReal( p.x, 10 ),
                                    formatReal( p.y, 10 ) );
        else
        {
          p.x = xs[k];
          p.y = ys[k];
        }
      }
      for ( size_t i = 0; i < count; ++i )
      {
        PendingRecord &p = chunk[i];
        if ( p.reject )
        {
          rejectRow( p );
          continue;
        }
        geometry.clear();
        appendGpkgPoint( geometry, srsId, p.x, p.y );
        interpreter.keepOrganisation( p.organisation );
        if ( !p.flags.empty() )
          ++report.rowsFlagged;
        if ( options.kind == ImportKind::Incidents )
        {
          fromText.clear();
          appendIso( fromText, p.times.from );
          Statement &s = insertIncident;
          s.bindBlobStatic( 1, geometry.data(), static_cast<int>( geometry.size() ) )
            .bindStatic( 2, fromText );
          if ( p.times.until )
          {
            untilText.clear();
            appendIso( untilText, *p.times.until );
            s.bindStatic( 3, untilText );
          }
          else
            s.bindNull( 3 );
          s.bindStatic( 4, p.category );
          p.organisation.empty() ? s.bindNull( 5 ) : s.bindStatic( 5, p.organisation );
          p.placeType.empty() ? s.bindNull( 6 ) : s.bindStatic( 6, p.placeType );
          s.bind( 7, p.weight );
          p.text.empty() ? s.bindNull( 8 ) : s.bindStatic( 8, p.text );
          p.flags.empty() ? s.bindNull( 9 ) : s.bindStatic( 9, p.flags );
          s.bindStatic( 10, p.source ).bind( 11, batchId ).bind( 12, p.rowNumber );
          p.extra.empty() ? s.bindNull( 13 ) : s.bindStatic( 13, p.extra );
          s.bindStatic( 14, now ).bindStatic( 15, now );
          s.run();
        }
        else
        {
          Statement &s = insertObservation;
          s.bindBlobStatic( 1, geometry.data(), static_cast<int>( geometry.size() ) );
          p.walkId ? s.bind( 2, p.walkId ) : s.bindNull( 2 );
          p.category.empty() ? s.bindNull( 3 ) : s.bindStatic( 3, p.category );
          p.rating >= 0 ? s.bind( 4, p.rating ) : s.bindNull( 4 );
          p.positive >= 0 ? s.bind( 5, p.positive ) : s.bindNull( 5 );
          p.text.empty() ? s.bindNull( 6 ) : s.bindStatic( 6, p.text );
          p.photos.empty() ? s.bindNull( 7 ) : s.bindStatic( 7, p.photos );
          p.text2.empty() ? s.bindNull( 8 ) : s.bindStatic( 8, p.text2 );
          fromText.clear();
          if ( p.hasTime )
          {
            appendIso( fromText, p.times.from );
            s.bindStatic( 9, fromText );
          }
          else
            s.bindNull( 9 );
          p.flags.empty() ? s.bindNull( 10 ) : s.bindStatic( 10, p.flags );
          s.bind( 11, batchId ).bind( 12, p.rowNumber );
          p.extra.empty() ? s.bindNull( 13 ) : s.bindStatic( 13, p.extra );
          s.bindStatic( 14, now ).bindStatic( 15, now );
          s.run();
        }
        ++report.rowsImported;
      }
    };

    SourceRow row;
    size_t filled = 0;
    bool cancelled = false;
    while ( source.next( row ) )
    {
      ++report.rowsRead;
      PendingRecord &p = chunk[filled];
      p.clear();
      interpreter.interpret( row, crs->swapped, p );
      if ( ++filled == kChunkRows )
      {
        flush( filled );
        filled = 0;
        if ( progress && !progress( source.progress() ) )
        {
          cancelled = true;
          break;
        }
      }
    }
    if ( !cancelled )
      flush( filled );
    const std::string sha = hash.valid() ? hash.get() : source.hashContent();

    // A cancel, during the rows or after the last of them, keeps nothing.
    auto cancelledReport = [&]()
    {
      transaction.rollback();
      report.cancelled = true;
      report.batchId = 0;
      report.warnings.push_back( Message::make( MessageCode::ImportCancelled ) );
      return report;
    };
    if ( cancelled )
      return cancelledReport();

    Statement previous = db.prepare(
      "SELECT fid, imported_at, file_name FROM import_batches WHERE content_sha256 = ? AND fid != ? "
      "ORDER BY fid LIMIT 1" );
    previous.bind( 1, sha ).bind( 2, batchId );
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

    report.newOrganisations = interpreter.newOrganisations();

    {
      Statement index = db.prepare( "INSERT INTO \"" + rtree +
                                    "\" (id, minx, maxx, miny, maxy) SELECT fid, ST_MinX(geom), "
                                    "ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM \"" +
                                    table + "\" WHERE batch_id = ?" );
      index.bind( 1, batchId );
      index.run();
    }
    if ( !triggerSql.empty() )
      db.exec( triggerSql );
    for ( const std::string &sql : indexSql )
      db.exec( sql );

    Statement finish =
      db.prepare( "UPDATE import_batches SET content_sha256 = ?, rows_read = ?, rows_imported = ?, "
                  "rows_rejected = ?, rows_flagged = ? WHERE fid = ?" );
    finish.bind( 1, sha )
      .bind( 2, report.rowsRead )
      .bind( 3, report.rowsImported )
      .bind( 4, report.rowsRejected )
      .bind( 5, report.rowsFlagged )
      .bind( 6, batchId );
    finish.run();

    if ( !report.unknownCategories.empty() )
    {
      std::string list;
      for ( const auto &[value, count] : report.unknownCategories )
        list += ( list.empty() ? "" : ", " ) + quotedValue( value ) + " (" + std::to_string( count ) + ")";
      report.warnings.push_back( Message::make( options.kind == ImportKind::Incidents
                                                  ? MessageCode::ImportUnknownCategories
                                                  : MessageCode::ImportUnknownChecklistItems,
                                                list ) );
    }
    if ( interpreter.unknownPlaceTypes() > 0 )
      report.warnings.push_back(
        Message::make( MessageCode::ImportUnknownPlaceTypes, interpreter.unknownPlaceTypes() ) );
    if ( report.rowsFlagged > 0 )
    {
      std::string kinds;
      for ( const auto &[kind, count] : report.personalData )
        kinds += ( kinds.empty() ? "" : ", " ) + kind + ": " + std::to_string( count );
      report.warnings.push_back( Message::make( options.redactPersonalData
                                                  ? MessageCode::ImportPersonalDataReplaced
                                                  : MessageCode::ImportPersonalDataKept,
                                                report.rowsFlagged, kinds ) );
    }
    if ( progress && !progress( 1.0 ) )
      return cancelledReport();
    if ( options.dryRun )
    {
      // A real import checks foreign keys at commit; a dry run must find the same problems.
      Statement check = db.prepare( "SELECT count(*) FROM pragma_foreign_key_check('" + table + "')" );
      if ( check.step() && check.int64( 0 ) > 0 )
        return Error( MessageCode::ImportDryRunWouldFail, name, check.int64( 0 ) );
      transaction.rollback();
      report.batchId = 0;
    }
    else
      transaction.commit();
    return report;
  }
  catch ( const DamagedFileError &e )
  {
    if ( hash.valid() )
      hash.wait();
    return Error{ e.message };
  }
  catch ( const SqlError &e )
  {
    if ( hash.valid() )
      hash.wait();
    if ( auto full = writeFailureMessage( e, project.path() ) )
      return Error{ *full };
    // Damage the check before the write did not see (a read of a page it found later): the project's message.
    if ( e.isDamage() )
      return Error( MessageCode::ProjectDamaged, project.path(), e.what() );
    return Error( MessageCode::ImportFailed, name, e.what() );
  }
}

} // namespace tryggkarta

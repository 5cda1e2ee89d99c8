#include "importer.h"

#include "coordinatedetection.h"
#include "crosswalks.h"
#include "datetimeparser.h"
#include "fieldmapping.h"
#include "geometryblob.h"
#include "importcrs.h"
#include "paths.h"
#include "placedetection.h"
#include "projectfile.h"
#include "rowinterpreter.h"
#include "rowsource.h"
#include "swedishplaces.h"
#include "textscreening.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <future>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

// The importer orchestrates: a RowSource reads the file (rowsource.h), the mapping is resolved
// (fieldmapping.h), the CRS decided (importcrs.h), each row interpreted (rowinterpreter.h); here the records
// are transformed in chunks, checked against Sweden and written in one transaction.

namespace tryggkarta
{

namespace
{

constexpr size_t kChunkRows = 8192;
//! The share of the progress the first pass over the category column takes, when there is one.
constexpr double kPrePassShare = 0.1;
constexpr size_t kMaxRejectsInReport = 1000;

void appendIso( std::string &out, int64_t seconds )
{
  out += formatUtcIso( seconds );
}

//! "'a' (3), 'b' (1)": values with their counts, the most frequent first, at most limit of them; empty values
//! are left out ("–" when there is no other).
std::string countedList( const std::map<std::string, int64_t> &counts, size_t limit = 20 )
{
  std::vector<std::pair<std::string, int64_t>> sorted;
  for ( const auto &entry : counts )
    if ( !entry.first.empty() )
      sorted.push_back( entry );
  if ( sorted.empty() )
    return "–";
  std::stable_sort( sorted.begin(), sorted.end(),
                    []( const auto &a, const auto &b ) { return a.second > b.second; } );
  std::string list;
  for ( size_t i = 0; i < sorted.size() && i < limit; ++i )
    list += ( list.empty() ? "" : ", " ) + quotedValue( sorted[i].first ) + " (" +
            std::to_string( sorted[i].second ) + ")";
  if ( sorted.size() > limit )
    list += ", …";
  return list;
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
  auto mapping = resolveMapping( name, s.columns(), options, s.hasGeometry(), warnings, s.defaultMapping() );
  if ( mapping )
    preview.mapping = mapping.value();
  else
  {
    preview.mapping = autoMapFields( s.columns(), options.kind );
    for ( const auto &[target, column] : s.defaultMapping() )
      preview.mapping[target] = column;
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
                                   const ImportOptions &givenOptions, const ImportProgress &progress )
{
  auto opened = openRowSource( path, givenOptions );
  if ( !opened )
    return Error{ opened.error() };
  RowSource &source = *opened.value();
  const std::string name = fileName( path );
  // A format that says whose its rows are (the police feed) gives their source, unless the user chose one.
  ImportOptions options = givenOptions;
  if ( !source.defaultSource().empty() && options.defaultSource == "est" )
    options.defaultSource = source.defaultSource();
  options.eventIdRequired = options.eventIdRequired || source.defaultSource() == "police";

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

  auto mapping = resolveMapping( name, source.columns(), options, source.hasGeometry(), report.warnings,
                                 source.defaultMapping() );
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
    if ( options.kind == ImportKind::Incidents && !options.crosswalk.empty() )
    {
      auto named = CrosswalkStore( project.db() ).load( options.crosswalk );
      if ( !named )
        return Error{ named.error() };
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
    // Categories (incidents) are read through a crosswalk: the one named, else the one that knows most of the
    // file's values that the project does not know itself. Every value of the file is counted for the report,
    // in a first pass over the category column when the crosswalk is still to be picked.
    std::optional<Crosswalk> crosswalk;
    bool prePass = false; // the first pass reported progress: the rows' pass goes on from kPrePassShare
    if ( options.kind == ImportKind::Incidents )
    {
      if ( !options.crosswalk.empty() )
      {
        auto named = CrosswalkStore( db ).load( options.crosswalk );
        if ( !named )
        {
          if ( hash.valid() )
            hash.wait();
          return Error{ named.error() };
        }
        crosswalk = std::move( named.value() );
        interpreter.countCategoryValues( true );
      }
      else
      {
        const int column = interpreter.categoryColumn();
        std::unordered_map<std::string, int64_t> counts;
        std::string key;
        SourceRow row;
        int64_t skimmed = 0;
        while ( column >= 0 && source.skim( row ) )
        {
          // The first pass is a tenth of the import's progress, and can be cancelled like the rest.
          if ( ++skimmed % static_cast<int64_t>( kChunkRows ) == 0 && progress )
          {
            prePass = true;
            if ( !progress( kPrePassShare * source.progress() ) )
            {
              if ( hash.valid() )
                hash.wait();
              report.cancelled = true;
              report.warnings.push_back( Message::make( MessageCode::ImportCancelled ) );
              return report;
            }
          }
          if ( static_cast<size_t>( column ) >= row.values.size() )
            continue;
          const std::string_view value = trim( row.values[column] );
          if ( value.empty() )
            continue;
          key.assign( value.data(), value.size() );
          ++counts[key];
        }
        source.rewind();
        report.categoryValues.insert( counts.begin(), counts.end() );
        std::map<std::string, int64_t> unknown;
        for ( const auto &[value, count] : report.categoryValues )
          if ( !interpreter.projectKnowsCategory( value ) )
            unknown.emplace( value, count );
        if ( !unknown.empty() )
        {
          auto all = CrosswalkStore( db ).list();
          if ( !all )
          {
            if ( hash.valid() )
              hash.wait();
            return Error{ all.error() };
          }
          if ( const auto picked = pickCrosswalk( all.value(), unknown ) )
            for ( Crosswalk &c : all.value() )
              if ( c.name == *picked )
                crosswalk = std::move( c );
        }
      }
      if ( crosswalk )
        report.crosswalk = crosswalk->name;
      interpreter.useCrosswalk( crosswalk ? &*crosswalk : nullptr,
                                crosswalk ? crosswalk->name : std::string( kImportChoicesCrosswalk ) );
    }
    else
      interpreter.countCategoryValues( true );
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
                  "imported_at, imported_by, options, crosswalk) VALUES (?, '', ?, ?, ?, ?, ?, ?, ?)" );
    std::string optionsText = options.dryRun ? "dry-run" : "";
    for ( const auto &[target, column] : report.mapping )
      optionsText += ( optionsText.empty() ? "" : "; " ) + target + "=" + column;
    batch.bind( 1, name )
      .bind( 2, options.kind == ImportKind::Incidents ? "incidents" : "observations" )
      .bind( 3, report.format )
      .bind( 4, report.sourceCrs.text() )
      .bind( 5, utcNowIso() )
      .bindTextOrNull( 6, options.importedBy )
      .bind( 7, optionsText )
      .bindTextOrNull( 8, report.crosswalk );
    batch.run();
    const int64_t batchId = db.lastInsertId();
    report.batchId = batchId;

    Statement reject = db.prepare( "INSERT INTO import_rejects (batch_id, row_number, raw_row, reason, "
                                   "left_out) VALUES (?, ?, ?, ?, ?)" );
    Statement insertIncident =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, "
                  "place_type, weight, description, "
                  "screening_flags, source, batch_id, source_row, extra_attributes, created_at, updated_at, "
                  "place_precision, source_event_id, place_precision_given) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
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
    std::unordered_set<int64_t> precisionGivenRows; // rows the file called exact: detection leaves them
    // Rows that name a municipality or county (their place's name, or the last part of their text's first
    // line, as the police write "…, Misshandel, Kristinehamn"): detection takes a stack of them for that
    // place.
    NamedPlaceRows namedRows;
    std::unordered_map<std::string, const SwedishPlace *> placeByName;
    auto namedPlace = [&placeByName]( std::string_view name ) -> const SwedishPlace *
    {
      while ( !name.empty() && std::isspace( static_cast<unsigned char>( name.front() ) ) )
        name.remove_prefix( 1 );
      while ( !name.empty() && std::isspace( static_cast<unsigned char>( name.back() ) ) )
        name.remove_suffix( 1 );
      if ( name.empty() || name.size() > 64 )
        return nullptr;
      // Only the names found are kept: free text ends in as many ways as it has rows.
      std::string key( name );
      const auto it = placeByName.find( key );
      if ( it != placeByName.end() )
        return it->second;
      const SwedishPlace *place = findSwedishPlace( key );
      if ( place )
        placeByName.emplace( std::move( key ), place );
      return place;
    };
    // Imported rows whose place is only a municipality or a county, by the place named.
    std::map<std::string, int64_t> municipalityPlaces, countyPlaces;

    auto rejectRow = [&]( const PendingRecord &p )
    {
      // Rows left out on purpose and events already imported are kept with the rejects, but are no errors.
      if ( p.leftOut )
        ++report.rowsLeftOut;
      else if ( p.duplicate )
        ++report.rowsDuplicate;
      else
        ++report.rowsRejected;
      // The table keeps the English, as QGIS Desktop users read it there. The row as read is kept to be
      // mended, with personal data in it redacted as in the incidents (a left-out police event's summary, a
      // repeated event's text).
      const std::string reason = p.reject->text();
      const std::string *raw = &p.raw;
      std::string redacted;
      if ( options.redactPersonalData )
      {
        const ScreeningResult screening = screenText( p.raw );
        if ( !screening.clean() )
        {
          redacted = redact( p.raw, screening );
          raw = &redacted;
        }
      }
      reject.bind( 1, batchId ).bind( 2, p.rowNumber ).bindStatic( 3, *raw ).bindStatic( 4, reason );
      reject.bind( 5, p.leftOut ? 1 : 0 );
      reject.run();
      if ( !p.leftOut && !p.duplicate && report.rejects.size() < kMaxRejectsInReport )
        report.rejects.push_back( RejectedRow{ p.rowNumber, *p.reject, *raw } );
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
          s.bindStatic( 16, p.precision );
          s.bind( 18, p.precisionGiven ? 1 : 0 );
          if ( p.precisionGiven && std::strcmp( p.precision, "exact" ) == 0 )
            precisionGivenRows.insert( p.rowNumber );
          if ( !p.precisionGiven )
          {
            const SwedishPlace *named = namedPlace( p.placeName );
            if ( !named && p.placeName.empty() )
            {
              std::string_view line( p.text );
              line = line.substr( 0, line.find( '\n' ) );
              const size_t comma = line.rfind( ',' );
              if ( comma != std::string_view::npos )
                named = namedPlace( line.substr( comma + 1 ) );
            }
            if ( named )
              namedRows.set( p.rowNumber, named );
          }
          p.eventId.empty() ? s.bindNull( 17 ) : s.bindStatic( 17, p.eventId );
          s.run();
          if ( std::strcmp( p.precision, "exact" ) != 0 && std::strcmp( p.precision, "address" ) != 0 &&
               std::strcmp( p.precision, "street" ) != 0 )
          {
            ++report.impreciseRows[p.precision];
            if ( std::strcmp( p.precision, "municipality" ) == 0 )
              ++municipalityPlaces[p.placeName];
            else if ( std::strcmp( p.precision, "county" ) == 0 )
              ++countyPlaces[p.placeName];
          }
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
        if ( progress && !progress( prePass ? kPrePassShare + ( 1 - kPrePassShare ) * source.progress()
                                            : source.progress() ) )
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

    // The user's choices for categories are kept in the crosswalk used (or the import's own), in this
    // transaction: an import rolled back or only checked keeps none of them.
    if ( options.kind == ImportKind::Incidents && !options.dryRun && options.rememberChoices &&
         ( !options.categoryMap.empty() || !options.leaveOut.empty() ) )
    {
      std::vector<CrosswalkEntry> entries;
      for ( const auto &[value, code] : options.categoryMap )
        entries.push_back( CrosswalkEntry{ value, code, false, std::string() } );
      for ( const std::string &value : options.leaveOut )
        if ( !options.categoryMap.count( value ) )
          entries.push_back( CrosswalkEntry{ value, std::string(), true, std::string() } );
      const std::string storeIn = report.crosswalk.empty() ? kImportChoicesCrosswalk : report.crosswalk;
      const Status stored = CrosswalkStore( db ).set(
        storeIn, entries, CrosswalkWriteOptions{ options.importedBy, "import " + name } );
      if ( !stored )
        return Error{ stored.error() };
      report.warnings.push_back( Message::make( MessageCode::ImportCrosswalkStored,
                                                static_cast<int64_t>( entries.size() ), storeIn ) );
    }

    // Places that are only a municipality or a county, as the source said (the police feed).
    for ( const auto &[places, precision, named, unnamed] :
          { std::make_tuple( &municipalityPlaces, "municipality", MessageCode::ImportPrecisionMunicipality,
                             MessageCode::ImportPrecisionMunicipalityUnnamed ),
            std::make_tuple( &countyPlaces, "county", MessageCode::ImportPrecisionCounty,
                             MessageCode::ImportPrecisionCountyUnnamed ) } )
    {
      const auto found = report.impreciseRows.find( precision );
      if ( found == report.impreciseRows.end() || found->second == 0 )
        continue;
      const int64_t rows = found->second;
      const std::string names = countedList( *places, 10 );
      report.warnings.push_back( names == "–" ? Message::make( unnamed, rows )
                                              : Message::make( named, rows, names ) );
    }

    // Stand-in points found among the rows (many rows on exactly one municipality's or county's centroid, or
    // on one point far busier than any real place): their precision set (placedetection.h). Before the
    // indexes a large import dropped are built again, so that the rows changed are not changed in them too.
    if ( options.kind == ImportKind::Incidents )
    {
      // The rows are new: their updated_at is the import's. The trigger that would touch it again for every
      // row changed (an UPDATE in an UPDATE) is put back right after, inside the same transaction.
      const std::string touchSql =
        db.queryText( "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'incidents_touch'" );
      if ( !touchSql.empty() )
        db.exec( "DROP TRIGGER incidents_touch" );
      const PlacePrecisionDetection detected =
        detectImprecisePlaces( db, batchId, srsId, precisionGivenRows, namedRows );
      if ( !touchSql.empty() )
        db.exec( touchSql );
      for ( const auto &[code, rows] : detected.marked )
        report.impreciseRows[code] += rows;
      report.warnings.insert( report.warnings.end(), detected.warnings.begin(), detected.warnings.end() );
    }

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

    Statement finish = db.prepare(
      "UPDATE import_batches SET content_sha256 = ?, rows_read = ?, rows_imported = ?, "
      "rows_rejected = ?, rows_flagged = ?, rows_left_out = ?, rows_duplicate = ? WHERE fid = ?" );
    finish.bind( 1, sha )
      .bind( 2, report.rowsRead )
      .bind( 3, report.rowsImported )
      .bind( 4, report.rowsRejected )
      .bind( 5, report.rowsFlagged )
      .bind( 6, report.rowsLeftOut )
      .bind( 7, report.rowsDuplicate )
      .bind( 8, batchId );
    finish.run();

    if ( crosswalk )
    {
      int64_t known = 0;
      for ( const auto &entry : report.categoryValues )
        known += crosswalk->find( entry.first ) ? 1 : 0;
      report.warnings.push_back( Message::make( MessageCode::ImportUsedCrosswalk, crosswalk->name, known,
                                                static_cast<int64_t>( report.categoryValues.size() ) ) );
    }
    if ( report.rowsLeftOut > 0 )
      report.warnings.push_back(
        Message::make( MessageCode::ImportLeftOutSummary, report.rowsLeftOut,
                       report.crosswalk.empty() ? kImportChoicesCrosswalk : report.crosswalk,
                       countedList( report.leftOutValues ) ) );
    if ( report.rowsDuplicate > 0 )
      report.warnings.push_back( Message::make( MessageCode::ImportDuplicateEvents, report.rowsDuplicate ) );

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

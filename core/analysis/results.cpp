#include "results.h"

#include "gpkgcatalogue.h"
#include "datetimeparser.h"
#include "json.h"
#include "paths.h"
#include "projectfile.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <unistd.h>

namespace tryggkarta
{

namespace
{
struct DatasetCloser
{
  void operator()( GDALDataset *dataset ) const { GDALClose( dataset ); }
};
using DatasetPtr = std::unique_ptr<GDALDataset, DatasetCloser>;

//! Closes a dataset (flushing what it buffered); false when GDAL reported a failure while closing.
bool closeDataset( DatasetPtr &dataset )
{
  CPLErrorReset();
  GDALClose( dataset.release() );
  return CPLGetLastErrorType() < CE_Failure;
}

//! What failed, with GDAL's own words about it when it has some.
Error gdalError( Message what )
{
  const char *message = CPLGetLastErrorMsg();
  // GDAL passes on SQLite's and the system's words for a full or failing disk.
  const std::string text = message ? message : "";
  if ( text.find( "disk I/O error" ) != std::string::npos ||
       text.find( "disk is full" ) != std::string::npos || text.find( "No space left" ) != std::string::npos )
    return Error( MessageCode::DiskFailureWhile, std::move( what ), text );
  if ( message && *message )
    return Error( MessageCode::GdalFailure, std::move( what ), message );
  return Error{ std::move( what ) };
}

OGRFieldType ogrType( ResultField::Type type )
{
  switch ( type )
  {
  case ResultField::Type::Integer:
    return OFTInteger64;
  case ResultField::Type::Real:
    return OFTReal;
  case ResultField::Type::Text:
    return OFTString;
  case ResultField::Type::DateTime:
    return OFTDateTime;
  }
  return OFTString;
}

void setValue( OGRFeature &feature, int index, const ResultField &field, const ResultValue &value )
{
  if ( std::holds_alternative<std::monostate>( value ) )
  {
    feature.SetFieldNull( index );
    return;
  }
  if ( field.type == ResultField::Type::DateTime )
  {
    const int64_t seconds = std::holds_alternative<std::int64_t>( value ) ? std::get<std::int64_t>( value )
                            : std::holds_alternative<double>( value )
                              ? static_cast<int64_t>( std::get<double>( value ) )
                              : 0;
    int year = 0, month = 0, day = 0;
    const int64_t days = floorDiv( seconds, kSecondsPerDay );
    civilFromDays( days, year, month, day );
    const int64_t rest = seconds - days * kSecondsPerDay;
    feature.SetField( index, year, month, day, static_cast<int>( rest / 3600 ),
                      static_cast<int>( rest / 60 % 60 ), static_cast<float>( rest % 60 ), 100 );
    return;
  }
  if ( const auto *integer = std::get_if<std::int64_t>( &value ) )
    feature.SetField( index, static_cast<GIntBig>( *integer ) );
  else if ( const auto *real = std::get_if<double>( &value ) )
    feature.SetField( index, *real );
  else
    feature.SetField( index, std::get<std::string>( value ).c_str() );
}

//! Writes one table as a layer of an open dataset, in one transaction where the driver has them.
Status writeLayer( GDALDataset &dataset, const std::string &layerName, OGRSpatialReference &srs,
                   const ResultTable &table, CPLStringList options )
{
  const OGRwkbGeometryType type = table.geometry == ResultTable::Geometry::Polygon ? wkbPolygon
                                  : table.geometry == ResultTable::Geometry::Point ? wkbPoint
                                                                                   : wkbNone;
  OGRLayer *layer =
    dataset.CreateLayer( layerName.c_str(), type == wkbNone ? nullptr : &srs, type, options.List() );
  if ( !layer )
    return gdalError( Message::make( MessageCode::ResultsCannotCreateLayer, layerName ) );
  for ( const ResultField &field : table.fields )
  {
    OGRFieldDefn definition( field.name.c_str(), ogrType( field.type ) );
    if ( layer->CreateField( &definition ) != OGRERR_NONE )
      return gdalError( Message::make( MessageCode::ResultsCannotCreateField, field.name, layerName ) );
  }
  const bool transaction = dataset.StartTransaction() == OGRERR_NONE;
  for ( const ResultFeature &row : table.features )
  {
    OGRFeature feature( layer->GetLayerDefn() );
    for ( size_t i = 0; i < table.fields.size() && i < row.values.size(); ++i )
      setValue( feature, static_cast<int>( i ), table.fields[i], row.values[i] );
    if ( table.geometry == ResultTable::Geometry::Polygon && !row.rings.empty() )
    {
      OGRPolygon polygon;
      for ( const auto &points : row.rings )
      {
        OGRLinearRing ring;
        for ( const auto &[x, y] : points )
          ring.addPoint( x, y );
        ring.closeRings();
        polygon.addRing( &ring );
      }
      feature.SetGeometry( &polygon );
    }
    else if ( table.geometry == ResultTable::Geometry::Point && row.point )
    {
      OGRPoint point( row.point->first, row.point->second );
      feature.SetGeometry( &point );
    }
    if ( layer->CreateFeature( &feature ) != OGRERR_NONE )
    {
      if ( transaction )
        dataset.RollbackTransaction();
      return gdalError( Message::make( MessageCode::ResultsCannotWriteFeature, layerName ) );
    }
  }
  if ( transaction && dataset.CommitTransaction() != OGRERR_NONE )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, layerName ) );
  return Done{};
}

std::string tableList( const std::vector<std::string> &tables )
{
  std::string out;
  for ( const std::string &t : tables )
    out += ( out.empty() ? "" : "," ) + t;
  return out;
}

std::vector<std::string> splitTables( const std::string &text )
{
  std::vector<std::string> out;
  size_t start = 0;
  while ( start <= text.size() )
  {
    const size_t comma = text.find( ',', start );
    const std::string part =
      text.substr( start, comma == std::string::npos ? std::string::npos : comma - start );
    if ( !part.empty() )
      out.push_back( part );
    if ( comma == std::string::npos )
      break;
    start = comma + 1;
  }
  return out;
}

constexpr const char *kResultColumns =
  "SELECT fid, name, kind, tables, selection, selection_text, parameters, "
  "summary, units, created_at FROM analysis_results";

StoredResult resultFromRow( Statement &s )
{
  StoredResult r;
  r.id = s.int64( 0 );
  r.name = s.text( 1 );
  r.kind = s.text( 2 );
  r.tables = splitTables( s.text( 3 ) );
  r.selectionJson = s.isNull( 4 ) ? std::string() : s.text( 4 );
  r.selectionText = s.isNull( 5 ) ? std::string() : s.text( 5 );
  r.parametersJson = s.isNull( 6 ) ? std::string() : s.text( 6 );
  r.summary = s.isNull( 7 ) ? std::string() : s.text( 7 );
  r.units = s.isNull( 8 ) ? std::string() : s.text( 8 );
  r.createdAt = s.text( 9 );
  return r;
}
} // namespace

Status writeGeoTiff( const std::string &path, const AlignedGrid &grid, int epsg,
                     const std::vector<RasterBand> &bands, const ResultMetadata &metadata )
{
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GTiff" );
  // Fast deflate (level 1, on every core): the analyses write their grids as they finish, a few MB to tens of
  // MB; the strongest level saves a few per cent of the size at twice the time.
  const char *createOptions[] = { "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS", "TILED=YES",
                                  nullptr };
  DatasetPtr tiff( driver ? driver->Create( path.c_str(), grid.columns, grid.rows,
                                            static_cast<int>( bands.size() ), GDT_Float32,
                                            const_cast<char **>( createOptions ) )
                          : nullptr );
  if ( !tiff )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  auto transform = grid.geoTransform();
  tiff->SetGeoTransform( transform.data() );
  OGRSpatialReference srs;
  srs.importFromEPSG( epsg );
  tiff->SetSpatialRef( &srs );
  std::vector<float> row( static_cast<size_t>( grid.columns ) );
  CPLErr written = CE_None;
  for ( size_t b = 0; b < bands.size(); ++b )
  {
    GDALRasterBand *band = tiff->GetRasterBand( static_cast<int>( b ) + 1 );
    band->SetDescription( bands[b].name.c_str() );
    const std::vector<double> &values = *bands[b].values;
    for ( int r = 0; r < grid.rows && written == CE_None; ++r )
    {
      for ( int c = 0; c < grid.columns; ++c )
        row[static_cast<size_t>( c )] =
          static_cast<float>( values[static_cast<size_t>( r ) * static_cast<size_t>( grid.columns ) + c] );
      written =
        band->RasterIO( GF_Write, 0, r, grid.columns, 1, row.data(), grid.columns, 1, GDT_Float32, 0, 0 );
    }
  }
  for ( const auto &[key, value] : metadata )
    tiff->SetMetadataItem( key.c_str(), value.c_str() );
  if ( written != CE_None )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  if ( !closeDataset( tiff ) )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  return Done{};
}

bool isSameFile( const std::string &a, const std::string &b )
{
  std::error_code error;
  return std::filesystem::equivalent( a, b, error ) && !error;
}

Status writeTablesToFile( const std::string &path, int epsg,
                          const std::vector<std::pair<std::string, const ResultTable *>> &tables,
                          const ResultMetadata &metadata )
{
  const std::string extension = lowerExtension( path );
  const char *driverName = extension == ".gpkg"                              ? "GPKG"
                           : extension == ".geojson" || extension == ".json" ? "GeoJSON"
                           : extension == ".csv"                             ? "CSV"
                                                                             : nullptr;
  if ( !driverName )
    return Error( MessageCode::ResultsBadExtension, path );
  if ( tables.empty() )
    return Error( MessageCode::ResultsNothingToWrite, path );
  if ( tables.size() > 1 && std::string( driverName ) != "GPKG" )
    return Error( MessageCode::ResultsManyTablesNeedGpkg, tables.size() );
  std::error_code ignored;
  std::filesystem::remove( path, ignored );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName );
  DatasetPtr dataset( driver ? driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) : nullptr );
  if ( !dataset )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  OGRSpatialReference srs;
  srs.importFromEPSG( epsg );
  srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  for ( const auto &[name, table] : tables )
  {
    CPLStringList options;
    if ( std::string( driverName ) == "CSV" && table->geometry != ResultTable::Geometry::None )
      options.SetNameValue( "GEOMETRY", "AS_WKT" );
    if ( std::string( driverName ) == "GeoJSON" )
      options.SetNameValue( "WRITE_NAME", "NO" );
    if ( auto status = writeLayer( *dataset, name, srs, *table, options ); !status )
      return status;
  }
  if ( std::string( driverName ) == "GPKG" )
    for ( const auto &[key, value] : metadata )
      dataset->SetMetadataItem( key.c_str(), value.c_str() );
  if ( !closeDataset( dataset ) )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  return Done{};
}

ResultStore::ResultStore( ProjectFile &project ) : mProject( project ) {}

std::string ResultStore::tableNameFor( const std::string &name )
{
  std::string out = "result_";
  for ( unsigned char c : name )
  {
    if ( std::isalnum( c ) && c < 0x80 )
      out += static_cast<char>( std::tolower( c ) );
    else if ( c == 0xc3 ) // the lead byte of å ä ö Å Ä Ö é: the next byte decides
      continue;
    else if ( c == 0xa5 || c == 0xa4 || c == 0x85 || c == 0x84 )
      out += 'a';
    else if ( c == 0xb6 || c == 0x96 )
      out += 'o';
    else if ( c == 0xa9 || c == 0x89 )
      out += 'e';
    else if ( out.back() != '_' )
      out += '_';
  }
  while ( out.size() > 7 && out.back() == '_' )
    out.pop_back();
  return out.size() > 60 ? out.substr( 0, 60 ) : out;
}

Expected<std::string> ResultStore::uniqueName( const std::string &base )
{
  try
  {
    Database &db = mProject.db();
    for ( int n = 1; n < 10000; ++n )
    {
      const std::string candidate = n == 1 ? base : base + " (" + std::to_string( n ) + ")";
      Statement s = db.prepare( "SELECT 1 FROM analysis_results WHERE name = ?" );
      s.bind( 1, candidate );
      const std::string table = tableNameFor( candidate );
      if ( !s.step() && !db.tableExists( table ) )
        return candidate;
    }
    return Error( MessageCode::ResultsTooManyNamed, base );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ResultsReadFailed, e.what() );
  }
}

Expected<std::optional<StoredResult>> ResultStore::checkName( const std::string &name, bool replace )
{
  if ( name.empty() )
    return Error( MessageCode::ResultsNeedName );
  try
  {
    Statement s = mProject.db().prepare( std::string( kResultColumns ) + " WHERE name = ?" );
    s.bind( 1, name );
    if ( s.step() )
    {
      if ( !replace )
        return Error( MessageCode::ResultsNameTaken, name );
      return std::optional<StoredResult>( resultFromRow( s ) );
    }
    // A table of that name that is not a result (someone's own layer) is never overwritten.
    const std::string table = tableNameFor( name );
    if ( mProject.db().tableExists( table ) )
      return Error( MessageCode::ResultsTableTaken, table );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectReadFailed, e.what() );
  }
  return std::optional<StoredResult>();
}

namespace
{
//! A GeoPackage in the temporary folder that a result is written to before it is copied into the project;
//! removed when it goes.
class ScratchGeoPackage
{
public:
  ScratchGeoPackage()
  {
    static std::atomic<unsigned> sCounter{ 0 };
    std::error_code ignored;
    const std::filesystem::path folder = std::filesystem::temp_directory_path( ignored );
    mPath = ( folder / ( "tryggkarta-result-" + std::to_string( ::getpid() ) + "-" +
                         std::to_string( sCounter++ ) + ".gpkg" ) )
              .string();
    std::filesystem::remove( mPath, ignored );
  }
  ~ScratchGeoPackage()
  {
    std::error_code ignored;
    std::filesystem::remove( mPath, ignored );
    std::filesystem::remove( mPath + "-journal", ignored );
  }
  ScratchGeoPackage( const ScratchGeoPackage & ) = delete;
  ScratchGeoPackage &operator=( const ScratchGeoPackage & ) = delete;
  const std::string &path() const { return mPath; }

private:
  std::string mPath;
};

std::string quoted( const std::string &identifier )
{
  std::string out = "\"";
  for ( char c : identifier )
    out += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
  return out + "\"";
}

//! The columns of a table in a schema ("main" or "scratch").
std::vector<std::string> columnsOf( Database &db, const std::string &schema, const std::string &table )
{
  std::vector<std::string> columns;
  Statement s = db.prepare( "SELECT name FROM pragma_table_info(?, ?)" );
  s.bind( 1, table ).bind( 2, schema );
  while ( s.step() )
    columns.push_back( s.text( 0 ) );
  return columns;
}

bool schemaHasTable( Database &db, const std::string &schema, const std::string &table )
{
  Statement s = db.prepare( "SELECT 1 FROM " + schema + ".sqlite_master WHERE type = 'table' AND name = ?" );
  s.bind( 1, table );
  return s.step();
}

/**
 * Drops tables of a result and what the GeoPackage catalogue says about them, inside the caller's
 * transaction: the metadata only they refer to, the catalogue rows (children before parents), the R-tree and
 * the table.
 */
void dropTablesWithin( Database &db, const std::vector<std::string> &tables )
{
  const bool metadata = db.tableExists( "gpkg_metadata" ) && db.tableExists( "gpkg_metadata_reference" );
  for ( const std::string &table : tables )
  {
    std::vector<int64_t> metadataIds;
    if ( metadata )
    {
      Statement ids =
        db.prepare( "SELECT md_file_id FROM gpkg_metadata_reference WHERE lower(table_name) = lower(?)" );
      ids.bind( 1, table );
      while ( ids.step() )
        metadataIds.push_back( ids.int64( 0 ) );
    }
    for ( auto it = std::rbegin( kGpkgCatalogues ); it != std::rend( kGpkgCatalogues ); ++it )
      if ( db.tableExists( it->first ) )
      {
        Statement s = db.prepare( std::string( "DELETE FROM " ) + it->first + " WHERE lower(" + it->second +
                                  ") = lower(?)" );
        s.bind( 1, table );
        s.run();
      }
    for ( int64_t id : metadataIds )
    {
      Statement s = db.prepare( "DELETE FROM gpkg_metadata WHERE id = ? AND NOT EXISTS (SELECT 1 FROM "
                                "gpkg_metadata_reference WHERE md_file_id = ? OR md_parent_id = ?)" );
      s.bind( 1, id ).bind( 2, id ).bind( 3, id );
      s.run();
    }
    db.exec( "DROP TABLE IF EXISTS " + quoted( "rtree_" + table + "_geom" ) );
    db.exec( "DROP TABLE IF EXISTS " + quoted( table ) );
  }
}

/**
 * Copies tables written by GDAL into the attached scratch GeoPackage to the project, inside the caller's
 * transaction, with everything GDAL wrote about them: the GeoPackage support tables the project lacks, the
 * tables with their rows, R-tree, indexes and triggers, their catalogue rows and metadata.
 */
void copyTablesWithin( Database &db, const std::vector<std::string> &tables )
{
  // Support tables (gpkg_*) the project does not have yet, with their triggers and indexes.
  std::vector<std::pair<std::string, std::string>> support;
  {
    Statement s =
      db.prepare( "SELECT name, sql FROM scratch.sqlite_master WHERE type = 'table' AND name LIKE "
                  "'gpkg%' AND sql IS NOT NULL ORDER BY rootpage" );
    while ( s.step() )
      support.emplace_back( s.text( 0 ), s.text( 1 ) );
  }
  auto dependents = [&db]( const std::string &table, const char *type )
  {
    std::vector<std::string> sql;
    Statement s = db.prepare( "SELECT sql FROM scratch.sqlite_master WHERE type = ? AND tbl_name = ? AND sql "
                              "IS NOT NULL ORDER BY name" );
    s.bind( 1, type ).bind( 2, table );
    while ( s.step() )
      sql.push_back( s.text( 0 ) );
    return sql;
  };
  for ( const auto &[name, sql] : support )
    if ( !db.tableExists( name ) )
    {
      db.exec( sql );
      for ( const char *type : { "index", "trigger" } )
        for ( const std::string &dependent : dependents( name, type ) )
          db.exec( dependent );
    }

  // Spatial reference systems the tables use and the project lacks.
  if ( schemaHasTable( db, "scratch", "gpkg_spatial_ref_sys" ) )
  {
    std::vector<std::string> shared;
    const std::vector<std::string> mainColumns = columnsOf( db, "main", "gpkg_spatial_ref_sys" );
    for ( const std::string &c : columnsOf( db, "scratch", "gpkg_spatial_ref_sys" ) )
      if ( std::find( mainColumns.begin(), mainColumns.end(), c ) != mainColumns.end() )
        shared.push_back( quoted( c ) );
    std::string list;
    for ( const std::string &c : shared )
      list += ( list.empty() ? "" : ", " ) + c;
    db.exec( "INSERT INTO main.gpkg_spatial_ref_sys (" + list + ") SELECT " + list +
             " FROM scratch.gpkg_spatial_ref_sys WHERE srs_id IN (SELECT srs_id FROM scratch.gpkg_contents) "
             "AND srs_id NOT IN (SELECT srs_id FROM main.gpkg_spatial_ref_sys)" );
  }

  for ( const std::string &table : tables )
  {
    // The table and its rows (the same definition, so the same column order), then its R-tree.
    std::string tableSql;
    std::vector<std::pair<std::string, std::string>> virtualTables;
    {
      // The R-tree of a layer is rtree_<table>_<geometry column> (another result table may share the prefix).
      Statement s = db.prepare(
        "SELECT name, sql FROM scratch.sqlite_master WHERE type = 'table' AND (name = ? OR (sql LIKE 'CREATE "
        "VIRTUAL TABLE%' AND name IN (SELECT 'rtree_' || table_name || '_' || column_name FROM "
        "scratch.gpkg_geometry_columns WHERE table_name = ?)))" );
      s.bind( 1, table ).bind( 2, table );
      while ( s.step() )
      {
        const std::string name = s.text( 0 );
        if ( name == table )
          tableSql = s.text( 1 );
        else
          virtualTables.emplace_back( name, s.text( 1 ) );
      }
    }
    if ( tableSql.empty() )
      throw SqlError( "the table " + table + " was not written" );
    db.exec( tableSql );
    db.exec( "INSERT INTO main." + quoted( table ) + " SELECT * FROM scratch." + quoted( table ) );
    for ( const auto &[name, sql] : virtualTables )
    {
      db.exec( sql );
      db.exec( "INSERT INTO main." + quoted( name ) + " SELECT * FROM scratch." + quoted( name ) );
    }

    // Catalogue rows, parents first; generated ids are left to the project.
    for ( const auto &[catalogue, column] : kGpkgCatalogues )
    {
      if ( std::string( catalogue ) == "gpkg_metadata_reference" ||
           !schemaHasTable( db, "scratch", catalogue ) || !db.tableExists( catalogue ) )
        continue;
      const std::vector<std::string> mainColumns = columnsOf( db, "main", catalogue );
      std::string list;
      for ( const std::string &c : columnsOf( db, "scratch", catalogue ) )
        if ( c != "id" && std::find( mainColumns.begin(), mainColumns.end(), c ) != mainColumns.end() )
          list += ( list.empty() ? "" : ", " ) + quoted( c );
      Statement copy =
        db.prepare( "INSERT INTO main." + std::string( catalogue ) + " (" + list + ") SELECT " + list +
                    " FROM scratch." + catalogue + " WHERE lower(" + column + ") = lower(?)" );
      copy.bind( 1, table );
      copy.run();
    }

    // Metadata (GDAL keeps a raster's metadata items there): each document gets a new id in the project.
    if ( schemaHasTable( db, "scratch", "gpkg_metadata_reference" ) && db.tableExists( "gpkg_metadata" ) )
    {
      std::vector<int64_t> ids;
      {
        Statement s = db.prepare( "SELECT DISTINCT md_file_id FROM scratch.gpkg_metadata_reference WHERE "
                                  "lower(table_name) = lower(?)" );
        s.bind( 1, table );
        while ( s.step() )
          ids.push_back( s.int64( 0 ) );
      }
      for ( int64_t id : ids )
      {
        Statement document = db.prepare(
          "INSERT INTO main.gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) SELECT "
          "md_scope, md_standard_uri, mime_type, metadata FROM scratch.gpkg_metadata WHERE id = ?" );
        document.bind( 1, id );
        document.run();
        const int64_t newId = db.lastInsertId();
        Statement reference = db.prepare(
          "INSERT INTO main.gpkg_metadata_reference (reference_scope, table_name, column_name, row_id_value, "
          "timestamp, md_file_id, md_parent_id) SELECT reference_scope, table_name, column_name, "
          "row_id_value, "
          "timestamp, ?, NULL FROM scratch.gpkg_metadata_reference WHERE md_file_id = ? AND "
          "lower(table_name) = "
          "lower(?)" );
        reference.bind( 1, newId ).bind( 2, id ).bind( 3, table );
        reference.run();
      }
    }

    for ( const char *type : { "index", "trigger" } )
      for ( const std::string &sql : dependents( table, type ) )
        db.exec( sql );
  }

  // Extensions declared for the support tables or the whole file (gridded coverage, metadata), once. The
  // CRS WKT extension belongs to how the project's own gpkg_spatial_ref_sys was made: left alone.
  if ( schemaHasTable( db, "scratch", "gpkg_extensions" ) && db.tableExists( "gpkg_extensions" ) )
  {
    std::string resultTables;
    for ( const std::string &table : tables )
      resultTables += ( resultTables.empty() ? "" : " AND " ) +
                      std::string( "lower(coalesce(e.table_name, '')) <> lower('" ) + table + "')";
    db.exec(
      "INSERT INTO main.gpkg_extensions (table_name, column_name, extension_name, definition, scope) "
      "SELECT table_name, column_name, extension_name, definition, scope FROM scratch.gpkg_extensions e "
      "WHERE " +
      resultTables +
      " AND coalesce(e.table_name, '') <> 'gpkg_spatial_ref_sys' AND NOT EXISTS (SELECT 1 FROM "
      "main.gpkg_extensions m WHERE m.table_name IS e.table_name AND m.column_name IS e.column_name AND "
      "m.extension_name = e.extension_name)" );
  }
}

//! Detaches the scratch GeoPackage when it goes.
struct ScratchAttachment
{
  Database &db;
  ~ScratchAttachment()
  {
    try
    {
      db.exec( "DETACH DATABASE scratch" );
    }
    catch ( const SqlError & )
    {
      // Detaching fails only while a statement on it is open; the connection drops it when it closes.
    }
  }
};
} // namespace

Expected<StoredResult> ResultStore::commitScratch( const std::string &scratchPath, const std::string &name,
                                                   const ResultProvenance &provenance,
                                                   const std::vector<std::string> &tables,
                                                   const std::optional<StoredResult> &replaced,
                                                   const ProgressCallback &progress )
{
  Database &db = mProject.db();
  try
  {
    Statement attach = db.prepare( "ATTACH DATABASE ? AS scratch" );
    attach.bind( 1, scratchPath );
    attach.run();
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ResultsScratchReadFailed, scratchPath, e.what() );
  }
  ScratchAttachment attachment{ db };
  try
  {
    Transaction transaction( db );
    if ( replaced )
    {
      dropTablesWithin( db, replaced->tables );
      Statement s = db.prepare( "DELETE FROM analysis_results WHERE fid = ?" );
      s.bind( 1, replaced->id );
      s.run();
      Statement audit =
        db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                    "VALUES (?, NULL, 'delete analysis', ?, NULL, ?)" );
      audit.bind( 1, utcNowIso() )
        .bind( 2, replaced->tables.front() )
        .bind( 3, replaced->kind + " '" + name + "' (replaced)" );
      audit.run();
    }
    for ( const std::string &table : tables )
      if ( db.tableExists( table ) )
        return Error( MessageCode::ResultsTableExists, table );
    if ( !reportProgress( progress, 0.7 ) )
      return Error( MessageCode::Cancelled );
    copyTablesWithin( db, tables );
    if ( !reportProgress( progress, 0.9 ) )
      return Error( MessageCode::Cancelled );
    Statement insert =
      db.prepare( "INSERT INTO analysis_results (name, kind, tables, selection, selection_text, "
                  "parameters, summary, units, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
    insert.bind( 1, name )
      .bind( 2, provenance.kind )
      .bind( 3, tableList( tables ) )
      .bind( 4, provenance.selection.toJson() )
      .bind( 5, provenance.selection.describe() )
      .bind( 6, provenance.parametersJson.empty() ? std::string( "{}" ) : provenance.parametersJson )
      .bind( 7, provenance.summary )
      .bind( 8, provenance.units )
      .bind( 9, utcNowIso() );
    insert.run();
    Statement audit = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                                  "VALUES (?, NULL, 'analysis', ?, NULL, ?)" );
    audit.bind( 1, utcNowIso() ).bind( 2, tables.front() ).bind( 3, provenance.kind + " '" + name + "'" );
    audit.run();
    // The last moment to stop: after this the result is in the project.
    if ( !reportProgress( progress, 1 ) )
      return Error( MessageCode::Cancelled );
    transaction.commit();
  }
  catch ( const DamagedFileError &e )
  {
    return Error{ e.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error{ *full };
    return Error( MessageCode::ResultsStoreFailed, e.what() );
  }
  return find( name );
}

Expected<StoredResult> ResultStore::storeRaster( const std::string &name, const ResultProvenance &provenance,
                                                 const AlignedGrid &grid, const std::vector<double> &values,
                                                 bool replace, const ProgressCallback &progress )
{
  if ( values.size() != grid.cellCount() || grid.cellCount() == 0 )
    return Error( MessageCode::ResultsRasterMismatch );
  auto replaced = checkName( name, replace );
  if ( !replaced )
    return Error{ replaced.error() };
  const std::string table = tableNameFor( name );
  // GDAL writes the raster (tiles, gridded-coverage catalogue, metadata) to a scratch file; the project gets
  // all of it in one transaction, so a failure or a cancel leaves it as it was.
  ScratchGeoPackage scratch;
  CPLStringList options;
  options.SetNameValue( "RASTER_TABLE", table.c_str() );
  options.SetNameValue( "RASTER_IDENTIFIER", name.c_str() );
  options.SetNameValue( "RASTER_DESCRIPTION", ( provenance.summary + " " + provenance.units ).c_str() );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  {
    DatasetPtr raster( driver ? driver->Create( scratch.path().c_str(), grid.columns, grid.rows, 1,
                                                GDT_Float32, options.List() )
                              : nullptr );
    if ( !raster )
      return gdalError( Message::make( MessageCode::ResultsCannotWriteRasterTo, table, scratch.path() ) );
    auto transform = grid.geoTransform();
    raster->SetGeoTransform( transform.data() );
    OGRSpatialReference srs;
    srs.importFromEPSG( mProject.projectSrsId() );
    raster->SetSpatialRef( &srs );
    GDALRasterBand *band = raster->GetRasterBand( 1 );
    band->SetDescription( provenance.kind.c_str() );
    std::vector<float> data( values.begin(), values.end() );
    if ( band->RasterIO( GF_Write, 0, 0, grid.columns, grid.rows, data.data(), grid.columns, grid.rows,
                         GDT_Float32, 0, 0 ) != CE_None )
      return gdalError( Message::make( MessageCode::ResultsCannotWriteRaster, table ) );
    raster->SetMetadataItem( "TRYGGKARTA_SELECTION", provenance.selection.describe().c_str() );
    raster->SetMetadataItem( "TRYGGKARTA_PARAMETERS", provenance.parametersJson.c_str() );
    raster->SetMetadataItem( "TRYGGKARTA_UNITS", provenance.units.c_str() );
    if ( !closeDataset( raster ) )
      return gdalError( Message::make( MessageCode::ResultsCannotWriteRaster, table ) );
  }
  if ( !reportProgress( progress, 0.5 ) )
    return Error( MessageCode::Cancelled );
  return commitScratch( scratch.path(), name, provenance, { table }, replaced.value(), progress );
}

Expected<StoredResult>
ResultStore::storeTables( const std::string &name, const ResultProvenance &provenance,
                          const std::vector<std::pair<std::string, const ResultTable *>> &tables,
                          bool replace, const ProgressCallback &progress )
{
  if ( tables.empty() )
    return Error( MessageCode::ResultsNoTables );
  auto replaced = checkName( name, replace );
  if ( !replaced )
    return Error{ replaced.error() };
  const std::string base = tableNameFor( name );
  std::vector<std::string> names;
  for ( const auto &[suffix, table] : tables )
    names.push_back( suffix.empty() ? base : base + "_" + suffix );
  // As for rasters: GDAL writes the layers to a scratch file, the project gets them in one transaction.
  ScratchGeoPackage scratch;
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  DatasetPtr dataset( driver ? driver->Create( scratch.path().c_str(), 0, 0, 0, GDT_Unknown, nullptr )
                             : nullptr );
  if ( !dataset )
    return gdalError( Message::make( MessageCode::ResultsCannotWriteResultTo, scratch.path() ) );
  OGRSpatialReference srs;
  srs.importFromEPSG( mProject.projectSrsId() );
  srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  for ( size_t i = 0; i < tables.size(); ++i )
  {
    CPLStringList options;
    options.SetNameValue( "GEOMETRY_NAME", "geom" );
    options.SetNameValue( "FID", "fid" );
    const std::string identifier = tables[i].first.empty() ? name : name + " (" + tables[i].first + ")";
    options.SetNameValue( "IDENTIFIER", identifier.c_str() );
    options.SetNameValue( "DESCRIPTION", provenance.summary.c_str() );
    if ( tables[i].second->geometry == ResultTable::Geometry::None )
      options.SetNameValue( "ASPATIAL_VARIANT", "GPKG_ATTRIBUTES" );
    if ( auto written = writeLayer( *dataset, names[i], srs, *tables[i].second, options ); !written )
      return Error{ written.error() };
    if ( !reportProgress( progress,
                          0.5 * static_cast<double>( i + 1 ) / static_cast<double>( tables.size() ) ) )
      return Error( MessageCode::Cancelled );
  }
  if ( !closeDataset( dataset ) )
    return gdalError( Message::make( MessageCode::ResultsCannotWriteResultTo, scratch.path() ) );
  return commitScratch( scratch.path(), name, provenance, names, replaced.value(), progress );
}

Expected<std::vector<StoredResult>> ResultStore::list()
{
  try
  {
    Statement s = mProject.db().prepare( std::string( kResultColumns ) + " ORDER BY fid" );
    std::vector<StoredResult> results;
    while ( s.step() )
      results.push_back( resultFromRow( s ) );
    return results;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ResultsReadFailed, e.what() );
  }
}

Expected<StoredResult> ResultStore::find( const std::string &name )
{
  try
  {
    Statement s = mProject.db().prepare( std::string( kResultColumns ) + " WHERE name = ?" );
    s.bind( 1, name );
    if ( s.step() )
      return resultFromRow( s );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ResultsReadFailed, e.what() );
  }
  auto all = list();
  std::string known;
  if ( all )
    for ( const StoredResult &r : all.value() )
      known += ( known.empty() ? "" : ", " ) + std::string( "'" ) + r.name + "'";
  if ( known.empty() )
    return Error( MessageCode::ResultsNotFoundNone, name );
  return Error( MessageCode::ResultsNotFound, name, known );
}

Status ResultStore::remove( const std::string &name )
{
  auto result = find( name );
  if ( !result )
    return Error{ result.error() };
  try
  {
    Database &db = mProject.db();
    Transaction transaction( db );
    dropTablesWithin( db, result->tables );
    Statement s = db.prepare( "DELETE FROM analysis_results WHERE fid = ?" );
    s.bind( 1, result->id );
    s.run();
    Statement audit = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                                  "VALUES (?, NULL, 'delete analysis', ?, NULL, ?)" );
    audit.bind( 1, utcNowIso() )
      .bind( 2, result->tables.front() )
      .bind( 3, result->kind + " '" + name + "'" );
    audit.run();
    transaction.commit();
  }
  catch ( const DamagedFileError &e )
  {
    return Error{ e.message };
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ResultsRemoveFailed, e.what() );
  }
  return Done{};
}

Status ResultStore::exportTo( const std::string &name, const std::string &path )
{
  if ( isSameFile( path, mProject.path() ) )
    return Error( MessageCode::ResultsExportToProject, path );
  auto result = find( name );
  if ( !result )
    return Error{ result.error() };
  const std::string main = result->tables.front();
  bool raster = false;
  try
  {
    Statement s = mProject.db().prepare( "SELECT data_type FROM gpkg_contents WHERE table_name = ?" );
    s.bind( 1, main );
    raster = s.step() && s.text( 0 ) == "2d-gridded-coverage";
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectReadFailed, e.what() );
  }
  const std::string extension = lowerExtension( path );
  if ( raster )
  {
    if ( extension != ".tif" && extension != ".tiff" )
      return Error( MessageCode::ResultsRasterNeedsTif, name );
    const std::string source = "GPKG:" + mProject.path() + ":" + main;
    DatasetPtr input( static_cast<GDALDataset *>(
      GDALOpenEx( source.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
    if ( !input )
      return gdalError( Message::make( MessageCode::ResultsCannotReadRaster, main ) );
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GTiff" );
    // Fast deflate (level 1, on every core): the analyses write their grids as they finish, a few MB to tens
    // of
    // MB; the strongest level saves a few per cent of the size at twice the time.
    const char *createOptions[] = { "COMPRESS=DEFLATE", "ZLEVEL=1", "NUM_THREADS=ALL_CPUS", "TILED=YES",
                                    nullptr };
    DatasetPtr output( driver->CreateCopy( path.c_str(), input.get(), FALSE,
                                           const_cast<char **>( createOptions ), nullptr, nullptr ) );
    if ( !output )
      return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
    output->SetMetadataItem( "TRYGGKARTA_RESULT", name.c_str() );
    output->SetMetadataItem( "TRYGGKARTA_SELECTION", result->selectionText.c_str() );
    output->SetMetadataItem( "TRYGGKARTA_PARAMETERS", result->parametersJson.c_str() );
    output->SetMetadataItem( "TRYGGKARTA_UNITS", result->units.c_str() );
    return Done{};
  }
  const std::string source = mProject.path();
  DatasetPtr input( static_cast<GDALDataset *>(
    GDALOpenEx( source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
  if ( !input )
    return gdalError( Message::make( MessageCode::ResultsCannotRead, source ) );
  if ( extension != ".gpkg" && result->tables.size() > 1 )
    return Error( MessageCode::ResultsExportManyTablesNeedGpkg, name, result->tables.size() );
  const char *driverName = extension == ".gpkg"                              ? "GPKG"
                           : extension == ".geojson" || extension == ".json" ? "GeoJSON"
                           : extension == ".csv"                             ? "CSV"
                                                                             : nullptr;
  if ( !driverName )
    return Error( MessageCode::ResultsBadExtension, path );
  std::error_code ignored;
  std::filesystem::remove( path, ignored );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName );
  DatasetPtr output( driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) );
  if ( !output )
    return gdalError( Message::make( MessageCode::ResultsCannotWrite, path ) );
  for ( const std::string &table : result->tables )
  {
    OGRLayer *layer = input->GetLayerByName( table.c_str() );
    if ( !layer )
      return Error( MessageCode::ResultsLostTable, table, name );
    CPLStringList options;
    if ( std::string( driverName ) == "CSV" && layer->GetGeomType() != wkbNone )
      options.SetNameValue( "GEOMETRY", "AS_WKT" );
    if ( !output->CopyLayer( layer, table.c_str(), options.List() ) )
      return gdalError( Message::make( MessageCode::ResultsCannotWriteTableTo, table, path ) );
  }
  if ( std::string( driverName ) == "GPKG" )
  {
    output->SetMetadataItem( "TRYGGKARTA_RESULT", name.c_str() );
    output->SetMetadataItem( "TRYGGKARTA_SELECTION", result->selectionText.c_str() );
    output->SetMetadataItem( "TRYGGKARTA_PARAMETERS", result->parametersJson.c_str() );
  }
  return Done{};
}

} // namespace tryggkarta

#include "results.h"

#include "datetimeparser.h"
#include "json.h"
#include "projectfile.h"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <memory>

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

std::string gdalError( const std::string &what )
{
  const char *message = CPLGetLastErrorMsg();
  return what + ( message && *message ? std::string( ": " ) + message : std::string() );
}

std::string lowerExtension( const std::string &path )
{
  std::string extension = std::filesystem::path( path ).extension().string();
  for ( char &c : extension )
    c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  return extension;
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
    const int64_t days = seconds >= 0 ? seconds / 86400 : ( seconds - 86399 ) / 86400;
    civilFromDays( days, year, month, day );
    const int64_t rest = seconds - days * 86400;
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
    return Error{ gdalError( "Cannot create the layer " + layerName ) };
  for ( const ResultField &field : table.fields )
  {
    OGRFieldDefn definition( field.name.c_str(), ogrType( field.type ) );
    if ( layer->CreateField( &definition ) != OGRERR_NONE )
      return Error{ gdalError( "Cannot create the field " + field.name + " of " + layerName ) };
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
      return Error{ gdalError( "Cannot write a feature of " + layerName ) };
    }
  }
  if ( transaction && dataset.CommitTransaction() != OGRERR_NONE )
    return Error{ gdalError( "Cannot write " + layerName ) };
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
  const char *createOptions[] = { "COMPRESS=DEFLATE", "TILED=YES", nullptr };
  DatasetPtr tiff( driver ? driver->Create( path.c_str(), grid.columns, grid.rows,
                                            static_cast<int>( bands.size() ), GDT_Float32,
                                            const_cast<char **>( createOptions ) )
                          : nullptr );
  if ( !tiff )
    return Error{ gdalError( "Cannot write " + path ) };
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
    return Error{ gdalError( "Cannot write " + path ) };
  if ( !closeDataset( tiff ) )
    return Error{ gdalError( "Cannot write " + path ) };
  return Done{};
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
    return Error{ "Cannot write " + path + ": the file name must end in .gpkg, .geojson or .csv." };
  if ( tables.empty() )
    return Error{ "Nothing to write to " + path + "." };
  if ( tables.size() > 1 && std::string( driverName ) != "GPKG" )
    return Error{ "This result has " + std::to_string( tables.size() ) +
                  " tables; write it to a GeoPackage (.gpkg), which holds them all." };
  std::error_code ignored;
  std::filesystem::remove( path, ignored );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName );
  DatasetPtr dataset( driver ? driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) : nullptr );
  if ( !dataset )
    return Error{ gdalError( "Cannot write " + path ) };
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
    return Error{ gdalError( "Cannot write " + path ) };
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
    return Error{ "Too many results are called '" + base + "'." };
  }
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot read the stored results: " ) + e.what() };
  }
}

Status ResultStore::prepareName( const std::string &name, bool replace )
{
  if ( name.empty() )
    return Error{ "A result needs a name." };
  auto existing = find( name );
  if ( existing )
  {
    if ( !replace )
      return Error{ "The project already has a result called '" + name +
                    "'. Choose another name or replace it." };
    return remove( name );
  }
  try
  {
    // A table of that name that is not a result (someone's own layer) is never overwritten.
    const std::string table = tableNameFor( name );
    if ( mProject.db().tableExists( table ) )
      return Error{ "The project already has a table " + table +
                    " that is not a Tryggkarta result; choose "
                    "another name." };
  }
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot read the project: " ) + e.what() };
  }
  return Done{};
}

Expected<StoredResult> ResultStore::registerResult( const std::string &name,
                                                    const ResultProvenance &provenance,
                                                    const std::vector<std::string> &tables )
{
  try
  {
    Database &db = mProject.db();
    Transaction transaction( db );
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
    transaction.commit();
  }
  catch ( const SqlError &e )
  {
    dropTables( tables );
    return Error{ std::string( "Cannot record the result: " ) + e.what() };
  }
  return find( name );
}

Expected<StoredResult> ResultStore::storeRaster( const std::string &name, const ResultProvenance &provenance,
                                                 const AlignedGrid &grid, const std::vector<double> &values,
                                                 bool replace )
{
  if ( values.size() != grid.cellCount() || grid.cellCount() == 0 )
    return Error{ "The raster does not match its grid." };
  if ( auto status = prepareName( name, replace ); !status )
    return Error{ status.error() };
  const std::string table = tableNameFor( name );
  CPLStringList options;
  options.SetNameValue( "APPEND_SUBDATASET", "YES" );
  options.SetNameValue( "RASTER_TABLE", table.c_str() );
  options.SetNameValue( "RASTER_IDENTIFIER", name.c_str() );
  options.SetNameValue( "RASTER_DESCRIPTION", ( provenance.summary + " " + provenance.units ).c_str() );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  Status written = Done{};
  {
    DatasetPtr raster( driver ? driver->Create( mProject.path().c_str(), grid.columns, grid.rows, 1,
                                                GDT_Float32, options.List() )
                              : nullptr );
    if ( !raster )
      return Error{ gdalError( "Cannot add the raster " + table + " to " + mProject.path() ) };
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
      written = Error{ gdalError( "Cannot write the raster " + table ) };
    raster->SetMetadataItem( "TRYGGKARTA_SELECTION", provenance.selection.describe().c_str() );
    raster->SetMetadataItem( "TRYGGKARTA_PARAMETERS", provenance.parametersJson.c_str() );
    raster->SetMetadataItem( "TRYGGKARTA_UNITS", provenance.units.c_str() );
    if ( !closeDataset( raster ) && written )
      written = Error{ gdalError( "Cannot write the raster " + table ) };
  }
  if ( !written )
  {
    dropTables( { table } );
    return Error{ written.error() };
  }
  return registerResult( name, provenance, { table } );
}

Expected<StoredResult>
ResultStore::storeTables( const std::string &name, const ResultProvenance &provenance,
                          const std::vector<std::pair<std::string, const ResultTable *>> &tables,
                          bool replace )
{
  if ( tables.empty() )
    return Error{ "The result has no tables." };
  if ( auto status = prepareName( name, replace ); !status )
    return Error{ status.error() };
  const std::string base = tableNameFor( name );
  std::vector<std::string> names;
  for ( const auto &[suffix, table] : tables )
  {
    const std::string tableName = suffix.empty() ? base : base + "_" + suffix;
    if ( mProject.db().tableExists( tableName ) )
      return Error{ "The project already has a table " + tableName + "; choose another name." };
    names.push_back( tableName );
  }
  DatasetPtr dataset( static_cast<GDALDataset *>(
    GDALOpenEx( mProject.path().c_str(), GDAL_OF_VECTOR | GDAL_OF_UPDATE, nullptr, nullptr, nullptr ) ) );
  if ( !dataset )
    return Error{ gdalError( "Cannot open " + mProject.path() + " to add the result" ) };
  OGRSpatialReference srs;
  srs.importFromEPSG( mProject.projectSrsId() );
  srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  Status written = Done{};
  for ( size_t i = 0; i < tables.size() && written; ++i )
  {
    CPLStringList options;
    options.SetNameValue( "GEOMETRY_NAME", "geom" );
    options.SetNameValue( "FID", "fid" );
    const std::string identifier = tables[i].first.empty() ? name : name + " (" + tables[i].first + ")";
    options.SetNameValue( "IDENTIFIER", identifier.c_str() );
    options.SetNameValue( "DESCRIPTION", provenance.summary.c_str() );
    if ( tables[i].second->geometry == ResultTable::Geometry::None )
      options.SetNameValue( "ASPATIAL_VARIANT", "GPKG_ATTRIBUTES" );
    written = writeLayer( *dataset, names[i], srs, *tables[i].second, options );
  }
  if ( !closeDataset( dataset ) && written )
    written = Error{ gdalError( "Cannot write the result to " + mProject.path() ) };
  if ( !written )
  {
    dropTables( names );
    return Error{ written.error() };
  }
  return registerResult( name, provenance, names );
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
    return Error{ std::string( "Cannot read the stored results: " ) + e.what() };
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
    return Error{ std::string( "Cannot read the stored results: " ) + e.what() };
  }
  auto all = list();
  std::string known;
  if ( all )
    for ( const StoredResult &r : all.value() )
      known += ( known.empty() ? "" : ", " ) + std::string( "'" ) + r.name + "'";
  return Error{
    "The project has no result called '" + name + "'." +
    ( known.empty() ? std::string( " It has no stored results." ) : " Stored results: " + known + "." ) };
}

Status ResultStore::remove( const std::string &name )
{
  auto result = find( name );
  if ( !result )
    return Error{ result.error() };
  if ( auto status = dropTables( result->tables ); !status )
    return status;
  try
  {
    Database &db = mProject.db();
    Transaction transaction( db );
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
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot remove the result: " ) + e.what() };
  }
  return Done{};
}

Status ResultStore::dropTables( const std::vector<std::string> &tables )
{
  try
  {
    Database &db = mProject.db();
    Transaction transaction( db );
    // Children before parents: the GeoPackage catalogue tables reference gpkg_contents.
    const std::pair<const char *, const char *> references[] = {
      { "gpkg_2d_gridded_tile_ancillary", "tpudt_name" },
      { "gpkg_2d_gridded_coverage_ancillary", "tile_matrix_set_name" },
      { "gpkg_tile_matrix", "table_name" },
      { "gpkg_tile_matrix_set", "table_name" },
      { "gpkg_geometry_columns", "table_name" },
      { "gpkg_extensions", "table_name" },
      { "gpkg_ogr_contents", "table_name" },
      { "gpkg_data_columns", "table_name" },
      { "gpkg_metadata_reference", "table_name" },
      { "gpkg_contents", "table_name" } };
    for ( const std::string &table : tables )
    {
      for ( const auto &[catalogue, column] : references )
        if ( db.tableExists( catalogue ) )
        {
          Statement s = db.prepare( std::string( "DELETE FROM " ) + catalogue + " WHERE lower(" + column +
                                    ") = lower(?)" );
          s.bind( 1, table );
          s.run();
        }
      db.exec( "DROP TABLE IF EXISTS \"rtree_" + table + "_geom\"" );
      db.exec( "DROP TABLE IF EXISTS \"" + table + "\"" );
    }
    transaction.commit();
  }
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot remove the result's tables: " ) + e.what() };
  }
  return Done{};
}

Status ResultStore::exportTo( const std::string &name, const std::string &path )
{
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
    return Error{ std::string( "Cannot read the project: " ) + e.what() };
  }
  const std::string extension = lowerExtension( path );
  if ( raster )
  {
    if ( extension != ".tif" && extension != ".tiff" )
      return Error{ "'" + name + "' is a raster: export it to a GeoTIFF (.tif)." };
    const std::string source = "GPKG:" + mProject.path() + ":" + main;
    DatasetPtr input( static_cast<GDALDataset *>(
      GDALOpenEx( source.c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) ) );
    if ( !input )
      return Error{ gdalError( "Cannot read the raster " + main ) };
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GTiff" );
    const char *createOptions[] = { "COMPRESS=DEFLATE", "TILED=YES", nullptr };
    DatasetPtr output( driver->CreateCopy( path.c_str(), input.get(), FALSE,
                                           const_cast<char **>( createOptions ), nullptr, nullptr ) );
    if ( !output )
      return Error{ gdalError( "Cannot write " + path ) };
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
    return Error{ gdalError( "Cannot read " + source ) };
  if ( extension != ".gpkg" && result->tables.size() > 1 )
    return Error{ "'" + name + "' has " + std::to_string( result->tables.size() ) +
                  " tables; export it to a GeoPackage (.gpkg), which holds them all." };
  const char *driverName = extension == ".gpkg"                              ? "GPKG"
                           : extension == ".geojson" || extension == ".json" ? "GeoJSON"
                           : extension == ".csv"                             ? "CSV"
                                                                             : nullptr;
  if ( !driverName )
    return Error{ "Cannot write " + path + ": the file name must end in .gpkg, .geojson or .csv." };
  std::error_code ignored;
  std::filesystem::remove( path, ignored );
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName );
  DatasetPtr output( driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) );
  if ( !output )
    return Error{ gdalError( "Cannot write " + path ) };
  for ( const std::string &table : result->tables )
  {
    OGRLayer *layer = input->GetLayerByName( table.c_str() );
    if ( !layer )
      return Error{ "The project has lost the table " + table + " of '" + name + "'." };
    CPLStringList options;
    if ( std::string( driverName ) == "CSV" && layer->GetGeomType() != wkbNone )
      options.SetNameValue( "GEOMETRY", "AS_WKT" );
    if ( !output->CopyLayer( layer, table.c_str(), options.List() ) )
      return Error{ gdalError( "Cannot write " + table + " to " + path ) };
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

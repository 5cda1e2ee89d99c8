#include "rowsource.h"

#include "csvsource.h"
#include "filelimits.h"
#include "importlimits.h"
#include "ogrsource.h"
#include "paths.h"
#include "policefeedsource.h"

#include <filesystem>
#include <fstream>

namespace tryggkarta
{

namespace fs = std::filesystem;

std::string shortenedRaw( std::string_view raw )
{
  if ( raw.size() <= kShortenedRawBytes )
    return std::string( raw );
  size_t cut = kShortenedRawBytes;
  // Never cut inside a UTF-8 character.
  while ( cut > 0 && ( static_cast<unsigned char>( raw[cut] ) & 0xC0 ) == 0x80 )
    --cut;
  return std::string( raw.substr( 0, cut ) ) + "…";
}

namespace
{

//! The limits GDAL cannot keep by itself, checked before it reads the file: JSON (by extension or, for a
//! file OGR is left to recognise, by its first character) and XLSX workbooks (any ZIP).
Status checkBeforeOgr( const std::string &path, const std::string &ext )
{
  if ( ext == ".geojson" || ext == ".json" )
    return checkJsonLimits( path );
  if ( ext == ".xlsx" )
    return checkSheetLimits( path );
  if ( ext == ".gpkg" || ext == ".shp" || ext == ".gpx" )
    return Done();
  std::ifstream in( path, std::ios::binary );
  char head[4] = {};
  in.read( head, sizeof head );
  if ( in.gcount() == 4 && std::string_view( head, 4 ) == std::string_view( "PK\x03\x04", 4 ) )
    return checkSheetLimits( path );
  // The first character that is not white space (after a UTF-8 BOM) opens a JSON text.
  in.clear();
  in.seekg( 0 );
  char c = 0;
  for ( int i = 0; i < 4096 && in.get( c ); ++i )
    if ( c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\xEF' && c != '\xBB' && c != '\xBF' )
      break;
  if ( c == '{' || c == '[' )
    return checkJsonLimits( path );
  return Done();
}

} // namespace

Expected<std::unique_ptr<RowSource>> openRowSource( const std::string &path, const ImportOptions &options )
{
  std::error_code ec;
  const std::string name = fileName( path );
  if ( !fs::exists( path, ec ) )
    return Error( MessageCode::FileMissing, path );
  if ( fs::is_directory( path, ec ) )
    return Error( MessageCode::ImportFileIsFolder, path );
  const std::string ext = lowerExtension( path );
  if ( ext != ".shp" && fs::file_size( path, ec ) == 0 )
    return Error( MessageCode::ImportFileEmpty, name );
  struct Format
  {
    const char *ext, *driver, *label;
  };
  static const Format formats[] = {
    { ".geojson", "GeoJSON", "GeoJSON" }, { ".json", "GeoJSON", "GeoJSON" },
    { ".gpkg", "GPKG", "GeoPackage" },    { ".shp", "ESRI Shapefile", "Shapefile" },
    { ".xlsx", "XLSX", "Excel (XLSX)" },  { ".gpx", "GPX", "GPX" } };
  if ( ext == ".csv" || ext == ".txt" || ext == ".tsv" || ext == ".tab" )
  {
    auto source = std::make_unique<CsvSource>(
      path, options.encoding, options.delimiter ? options.delimiter : ( ext == ".tsv" ? '\t' : 0 ) );
    const Status opened = source->open();
    if ( !opened )
      return Error{ opened.error() };
    return std::unique_ptr<RowSource>( std::move( source ) );
  }
  // The police's event feed, as saved from its API or converted to GeoJSON, is told by its content (its
  // reader keeps the JSON limits itself); any other JSON goes through OGR.
  if ( ( ext == ".json" || ext == ".geojson" ) && looksLikePoliceFeed( path ) )
  {
    auto source = std::make_unique<PoliceFeedSource>( path );
    const Status opened = source->open();
    if ( !opened )
      return Error{ opened.error() };
    return std::unique_ptr<RowSource>( std::move( source ) );
  }
  const Status withinLimits = checkBeforeOgr( path, ext );
  if ( !withinLimits )
    return Error{ withinLimits.error() };
  for ( const Format &format : formats )
  {
    if ( ext == format.ext )
    {
      auto source = std::make_unique<OgrSource>( path );
      const Status opened = source->open( format.driver, options.layerName, format.label );
      if ( !opened )
        return Error{ opened.error() };
      return std::unique_ptr<RowSource>( std::move( source ) );
    }
  }
  // Anything else OGR can read (a KML, a FlatGeobuf, …) is taken as it comes.
  auto source = std::make_unique<OgrSource>( path );
  if ( !source->open( std::string(), options.layerName, "vector data" ) )
    return Error( MessageCode::ImportUnknownFileType, name, ext );
  return std::unique_ptr<RowSource>( std::move( source ) );
}

} // namespace tryggkarta

#include "rowsource.h"

#include "csvsource.h"
#include "ogrsource.h"
#include "paths.h"

#include <filesystem>

namespace tryggkarta
{

namespace fs = std::filesystem;

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

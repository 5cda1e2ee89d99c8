#include "cli.h"

#include "demomunicipality.h"
#include "importer.h"
#include "projectfile.h"
#include "datetimeparser.h"
#include "clustering.h"
#include "hotspots.h"
#include "kerneldensity.h"
#include "selection.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <chrono>
#include <csignal>
#include <cstdlib>
#include <iomanip>
#include <map>
#include <optional>

namespace tryggkarta
{

namespace
{

const char *kUsage = R"(Usage: tryggkarta-cli COMMAND ...

Commands:
  new OUT.gpkg [--crs EPSG:N]
      Create an empty project (SWEREF 99 TM unless another CRS is given).
  demo OUT.gpkg [--seed N] [--until YYYY-MM-DD]
      Create the demo project Exempelkommun (synthetic data).
  info PROJECT.gpkg
      Show the schema version and the number of rows per table.
  kde PROJECT.gpkg --out FILE.tif [options]
      Kernel density (heatmap) of the selected incidents to a Float32 GeoTIFF on a grid
      aligned to multiples of the cell size.
      --radius M                      bandwidth in metres (default: ArcGIS's spatial
                                      Silverman rule from the selected points)
      --cell M                        cell size in metres (default 10)
      --kernel quartic|triweight|epanechnikov|uniform|triangular|gaussian
      --output raw|scaled|per-km2     (default per-km2: events per km² for the period)
      --from YYYY-MM-DD --until YYYY-MM-DD
                                      the period (local dates, until inclusive);
                                      an interval counts where it overlaps
      --categories CODE,CODE          --sources est,police,...
  hotspots PROJECT.gpkg --out FILE.tif [--cell M] [--band M] [selection]
      Getis-Ord Gi* hot spots on a grid (default 100 m cells, 300 m band): a GeoTIFF
      with bands count, z, p and the 99/95/90 % hot/cold class after FDR correction.
  clusters PROJECT.gpkg --out FILE.gpkg [--eps M] [--min-points N] [selection]
      DBSCAN clusters of the selected incidents (default eps 50 m, 10 incidents):
      a GeoPackage layer of cluster hulls with their counts.
  import PROJECT.gpkg FILE [options]
      Import incidents or safety-walk observations from CSV, GeoJSON, GeoPackage,
      Shapefile, XLSX or GPX. Every row is imported or rejected with its reason.
      --kind incidents|observations   what the rows are (default incidents)
      --crs EPSG:N                    the file's coordinate system (default: from the
                                      file, or recognised from the values)
      --map FIELD=COLUMN              map a column to a field (repeatable); fields:
                                      x y lon lat date time from until category
                                      organisation place_type weight description source
                                      (observations: walk checklist_item rating positive
                                      note photos proposed_action)
      --map-category VALUE=CODE       read a category value as a project category
      --layer NAME                    layer of a multi-layer file
      --encoding UTF-8|CP1252         CSV text encoding (default: detected)
      --delimiter ','|';'|tab         CSV delimiter (default: detected)
      --source est|police|safety_walk|manual
                                      source of rows without a source column (default est)
      --keep-personal-data            flag personal data in free text but do not redact it
      --force                         import a file whose content was imported before
      --dry-run                       check and report, change nothing
      --quiet                         print the summary, not every reject
)";

int usage( std::ostream &err, const std::string &message )
{
  err << "tryggkarta-cli: " << message << "\n\n" << kUsage;
  return 2;
}

struct Arguments
{
  std::vector<std::string> positional;
  std::multimap<std::string, std::string> options;
  std::vector<std::string> flags;
  bool has( const std::string &flag ) const
  {
    return std::find( flags.begin(), flags.end(), flag ) != flags.end();
  }
  std::optional<std::string> value( const std::string &name ) const
  {
    const auto it = options.find( name );
    return it == options.end() ? std::nullopt : std::optional<std::string>( it->second );
  }
};

//! Splits arguments; options listed in withValue take the next argument (or --name=value).
std::optional<std::string> parseArguments( const std::vector<std::string> &args,
                                           const std::vector<std::string> &withValue,
                                           const std::vector<std::string> &booleans, Arguments &out )
{
  for ( size_t i = 0; i < args.size(); ++i )
  {
    const std::string &a = args[i];
    if ( a.rfind( "--", 0 ) != 0 || a == "--" )
    {
      out.positional.push_back( a );
      continue;
    }
    std::string name = a, value;
    const size_t eq = a.find( '=' );
    bool inlineValue = false;
    if ( eq != std::string::npos )
    {
      name = a.substr( 0, eq );
      value = a.substr( eq + 1 );
      inlineValue = true;
    }
    if ( std::find( withValue.begin(), withValue.end(), name ) != withValue.end() )
    {
      if ( !inlineValue )
      {
        if ( i + 1 >= args.size() )
          return "option " + name + " needs a value";
        value = args[++i];
      }
      out.options.emplace( name, value );
    }
    else if ( std::find( booleans.begin(), booleans.end(), name ) != booleans.end() && !inlineValue )
      out.flags.push_back( name );
    else
      return "unknown option " + a;
  }
  return std::nullopt;
}

std::optional<int> parseEpsg( const std::string &text )
{
  std::string digits = text;
  for ( const char *prefix : { "EPSG:", "epsg:" } )
    if ( digits.rfind( prefix, 0 ) == 0 )
      digits = digits.substr( 5 );
  if ( digits.empty() || digits.find_first_not_of( "0123456789" ) != std::string::npos || digits.size() > 6 )
    return std::nullopt;
  return std::stoi( digits );
}

int commandDemo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--seed", "--until" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "demo needs exactly one output file" );
  DemoOptions options;
  if ( auto seed = a.value( "--seed" ) )
  {
    if ( seed->empty() || seed->find_first_not_of( "0123456789" ) != std::string::npos || seed->size() > 18 )
      return usage( err, "--seed must be a whole number" );
    options.seed = std::stoull( *seed );
  }
  if ( auto until = a.value( "--until" ) )
    options.untilDate = *until;
  const auto started = std::chrono::steady_clock::now();
  auto result = createDemoProject( a.positional[0], options );
  if ( !result )
  {
    err << "tryggkarta-cli: " << result.error() << "\n";
    return 1;
  }
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  out << "Created " << a.positional[0] << ": " << kSyntheticDataNote << "\n"
      << "  incidents:     " << result->incidents << "\n"
      << "  safety walks:  " << result->safetyWalks << "\n"
      << "  observations:  " << result->observations << "\n"
      << "  actions:       " << result->actions << "\n"
      << "  areas:         " << result->areas << "\n"
      << "  map features:  " << result->baseMapFeatures << "\n"
      << "  in " << std::fixed << std::setprecision( 2 ) << seconds << " s\n";
  return 0;
}

int commandNew( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--crs" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "new needs exactly one output file" );
  int epsg = 3006;
  if ( auto crs = a.value( "--crs" ) )
  {
    const auto parsed = parseEpsg( *crs );
    if ( !parsed )
      return usage( err, "--crs must look like EPSG:3006, not '" + *crs + "'" );
    epsg = *parsed;
  }
  auto project = ProjectFile::create( a.positional[0], epsg );
  if ( !project )
  {
    err << "tryggkarta-cli: " << project.error() << "\n";
    return 1;
  }
  out << "Created " << a.positional[0] << " (EPSG:" << epsg << ")\n";
  return 0;
}

int commandInfo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, {}, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "info needs exactly one project file" );
  auto project = ProjectFile::open( a.positional[0], true );
  if ( !project )
  {
    err << "tryggkarta-cli: " << project.error() << "\n";
    return 1;
  }
  ProjectFile &p = *project.value();
  out << "Project:        " << p.path() << "\n";
  out << "Schema version: " << p.schemaVersion() << "\n";
  out << "CRS:            EPSG:" << p.projectSrsId() << "\n";
  const std::string note = p.metaValue( "synthetic_data" );
  if ( !note.empty() )
    out << "Note:           " << note << "\n";
  for ( const auto &[table, count] : p.tableCounts() )
    out << "  " << std::left << std::setw( 16 ) << table << std::right << std::setw( 10 ) << count << "\n";
  return 0;
}

std::string delimiterName( char d )
{
  switch ( d )
  {
  case '\t':
    return "tab";
  case 0:
    return "-";
  default:
    return std::string( 1, d );
  }
}

std::vector<std::string> splitList( const std::string &text )
{
  std::vector<std::string> out;
  size_t start = 0;
  while ( start <= text.size() )
  {
    const size_t comma = text.find( ',', start );
    const std::string item =
      text.substr( start, comma == std::string::npos ? std::string::npos : comma - start );
    if ( !item.empty() )
      out.push_back( item );
    if ( comma == std::string::npos )
      break;
    start = comma + 1;
  }
  return out;
}

//! A local date (Europe/Stockholm) to Unix seconds at its start; dayOffset 1 gives the next day's start.
std::optional<int64_t> localDateStart( const std::string &text, int dayOffset )
{
  const auto value = parseDateTime( text );
  if ( !value || !value->hasDate || value->hasTime )
    return std::nullopt;
  int y = value->year, m = value->month, d = value->day;
  civilFromDays( daysFromCivil( y, m, d ) + dayOffset, y, m, d );
  return stockholmToUtc( y, m, d, 0, 0, 0 );
}

//! Reads --from, --until, --categories and --sources; a usage problem as text.
std::optional<std::string> readSelection( const Arguments &a, Selection &selection )
{
  if ( auto from = a.value( "--from" ) )
  {
    selection.fromUtc = localDateStart( *from, 0 );
    if ( !selection.fromUtc )
      return "--from must be a date like 2024-01-01, not '" + *from + "'";
  }
  if ( auto until = a.value( "--until" ) )
  {
    selection.untilUtc = localDateStart( *until, 1 );
    if ( !selection.untilUtc )
      return "--until must be a date like 2024-12-31, not '" + *until + "'";
  }
  if ( auto categories = a.value( "--categories" ) )
    selection.categories = splitList( *categories );
  if ( auto sources = a.value( "--sources" ) )
    selection.sources = splitList( *sources );
  return std::nullopt;
}

const std::vector<std::string> kSelectionOptions = { "--from", "--until", "--categories", "--sources" };

std::vector<std::string> withSelectionOptions( std::vector<std::string> options )
{
  options.insert( options.end(), kSelectionOptions.begin(), kSelectionOptions.end() );
  return options;
}

//! Reads a number of metres for an option, if given; a usage problem as text.
std::optional<std::string> readMeters( const Arguments &a, const char *name, double &value )
{
  if ( auto text = a.value( name ) )
  {
    char *end = nullptr;
    value = std::strtod( text->c_str(), &end );
    if ( text->empty() || *end != '\0' )
      return std::string( name ) + " must be a number of metres, not '" + *text + "'";
  }
  return std::nullopt;
}

//! The selected incidents of a project, or 1 after printing why there are none.
struct SelectedPoints
{
  std::unique_ptr<ProjectFile> project;
  std::vector<WeightedPoint> points;
};

std::optional<SelectedPoints> loadSelection( const std::string &path, const Selection &selection,
                                             std::ostream &err )
{
  auto project = ProjectFile::open( path, true );
  if ( !project )
  {
    err << "tryggkarta-cli: " << project.error() << "\n";
    return std::nullopt;
  }
  auto points = selectIncidentPoints( *project.value(), selection );
  if ( !points )
  {
    err << "tryggkarta-cli: " << points.error() << "\n";
    return std::nullopt;
  }
  if ( points->empty() )
  {
    err << "tryggkarta-cli: no incidents match the selection (" << selection.describe() << ").\n";
    return std::nullopt;
  }
  return SelectedPoints{ std::move( project.value() ), std::move( points.value() ) };
}

//! Writes Float32 bands on an aligned grid to a GeoTIFF with metadata; an error message or empty.
std::string writeGeoTiff( const std::string &path, const AlignedGrid &grid, int epsg,
                          const std::vector<std::pair<std::string, const std::vector<double> *>> &bands,
                          const std::vector<std::pair<std::string, std::string>> &metadata )
{
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GTiff" );
  const char *createOptions[] = { "COMPRESS=DEFLATE", "TILED=YES", nullptr };
  GDALDataset *tiff =
    driver ? driver->Create( path.c_str(), grid.columns, grid.rows, static_cast<int>( bands.size() ),
                             GDT_Float32, const_cast<char **>( createOptions ) )
           : nullptr;
  if ( !tiff )
    return "cannot write " + path + ": " + CPLGetLastErrorMsg();
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
    band->SetDescription( bands[b].first.c_str() );
    const std::vector<double> &values = *bands[b].second;
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
  GDALClose( tiff );
  return written == CE_None ? std::string() : "cannot write " + path + ": " + CPLGetLastErrorMsg();
}

int commandKde( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args, withSelectionOptions( { "--out", "--radius", "--cell", "--kernel", "--output" } ), {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "kde needs exactly one project file" );
  const auto outPath = a.value( "--out" );
  if ( !outPath || outPath->empty() )
    return usage( err, "kde needs --out FILE.tif" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  KernelDensityParameters parameters;
  parameters.cellSize = 10;
  parameters.output = DensityOutput::EventsPerSquareKm;
  const std::pair<const char *, KernelShape> kernels[] = {
    { "quartic", KernelShape::Quartic },           { "triweight", KernelShape::Triweight },
    { "epanechnikov", KernelShape::Epanechnikov }, { "uniform", KernelShape::Uniform },
    { "triangular", KernelShape::Triangular },     { "gaussian", KernelShape::Gaussian } };
  if ( auto kernel = a.value( "--kernel" ) )
  {
    bool found = false;
    for ( const auto &[name, shape] : kernels )
      if ( *kernel == name )
      {
        parameters.kernel = shape;
        found = true;
      }
    if ( !found )
      return usage( err, "unknown --kernel '" + *kernel + "'" );
  }
  if ( auto output = a.value( "--output" ) )
  {
    if ( *output == "raw" )
      parameters.output = DensityOutput::Raw;
    else if ( *output == "scaled" )
      parameters.output = DensityOutput::Scaled;
    else if ( *output != "per-km2" )
      return usage( err, "--output must be raw, scaled or per-km2" );
  }
  for ( auto [name, target] : { std::make_pair( "--radius", &parameters.radiusMeters ),
                                std::make_pair( "--cell", &parameters.cellSize ) } )
    if ( auto problem = readMeters( a, name, *target ) )
      return usage( err, *problem );

  auto selected = loadSelection( a.positional[0], selection, err );
  if ( !selected )
    return 1;
  std::string radiusNote = "chosen";
  if ( !a.value( "--radius" ) )
  {
    auto radius = KernelDensity::defaultRadius( selected->points );
    if ( !radius )
    {
      err << "tryggkarta-cli: " << radius.error() << "\n";
      return 1;
    }
    parameters.radiusMeters = radius.value();
    radiusNote = "from the data (spatial Silverman rule)";
  }
  const auto started = std::chrono::steady_clock::now();
  auto raster = KernelDensity( parameters ).compute( selected->points );
  if ( !raster )
  {
    err << "tryggkarta-cli: " << raster.error() << "\n";
    return 1;
  }
  const double milliseconds =
    std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - started ).count();
  const char *units = parameters.output == DensityOutput::Raw      ? "raw kernel sum"
                      : parameters.output == DensityOutput::Scaled ? "events per m²"
                                                                   : "events per km² for the period";
  std::vector<std::pair<std::string, std::string>> metadata = {
    { "TRYGGKARTA_SELECTION", selection.describe() },
    { "TRYGGKARTA_RADIUS_M", std::to_string( parameters.radiusMeters ) },
    { "TRYGGKARTA_CELL_M", std::to_string( parameters.cellSize ) },
    { "TRYGGKARTA_UNITS", units } };
  const std::string note = selected->project->metaValue( "synthetic_data" );
  if ( !note.empty() )
    metadata.emplace_back( "TRYGGKARTA_NOTE", note );
  const std::string problem = writeGeoTiff( *outPath, raster->grid, selected->project->projectSrsId(),
                                            { { "density", &raster->values } }, metadata );
  if ( !problem.empty() )
  {
    err << "tryggkarta-cli: " << problem << "\n";
    return 1;
  }
  const AlignedGrid &grid = raster->grid;
  double peak = 0;
  for ( double v : raster->values )
    peak = std::max( peak, v );
  out << "Kernel density: " << *outPath << "\n"
      << "  selection: " << selection.describe() << " (" << selected->points.size() << " incidents)\n"
      << "  radius:    " << std::fixed << std::setprecision( 1 ) << parameters.radiusMeters << " m, "
      << radiusNote << "\n  grid:      " << grid.columns << " x " << grid.rows << " cells of "
      << parameters.cellSize << " m, west " << grid.west() << ", north " << grid.north() << "\n"
      << "  peak:      " << std::setprecision( 3 ) << peak << " (" << units << ")\n"
      << "  computed in " << std::setprecision( 1 ) << milliseconds << " ms\n";
  return 0;
}

int commandHotspots( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, withSelectionOptions( { "--out", "--cell", "--band" } ), {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "hotspots needs exactly one project file" );
  const auto outPath = a.value( "--out" );
  if ( !outPath || outPath->empty() )
    return usage( err, "hotspots needs --out FILE.tif" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;
  if ( auto problem = readMeters( a, "--cell", parameters.cellSizeMeters ) )
    return usage( err, *problem );
  if ( auto problem = readMeters( a, "--band", parameters.distanceBandMeters ) )
    return usage( err, *problem );
  auto selected = loadSelection( a.positional[0], selection, err );
  if ( !selected )
    return 1;
  auto result = HotSpots( parameters ).compute( selected->points );
  if ( !result )
  {
    err << "tryggkarta-cli: " << result.error() << "\n";
    return 1;
  }
  const GiStarResult &stats = result->statistics;
  std::vector<double> bins( stats.binsFdr.begin(), stats.binsFdr.end() );
  std::vector<std::pair<std::string, std::string>> metadata = {
    { "TRYGGKARTA_SELECTION", selection.describe() },
    { "TRYGGKARTA_CELL_M", std::to_string( parameters.cellSizeMeters ) },
    { "TRYGGKARTA_BAND_M", std::to_string( parameters.distanceBandMeters ) },
    { "TRYGGKARTA_BINS", "-3..3: cold/hot at 99/95/90 % after the false-discovery-rate correction" } };
  const std::string note = selected->project->metaValue( "synthetic_data" );
  if ( !note.empty() )
    metadata.emplace_back( "TRYGGKARTA_NOTE", note );
  const std::string problem = writeGeoTiff(
    *outPath, result->grid, selected->project->projectSrsId(),
    { { "count", &result->counts }, { "z", &stats.zScores }, { "p", &stats.pValues }, { "bin_fdr", &bins } },
    metadata );
  if ( !problem.empty() )
  {
    err << "tryggkarta-cli: " << problem << "\n";
    return 1;
  }
  int classes[7] = {};
  for ( std::int8_t bin : stats.binsFdr )
    ++classes[bin + 3];
  out << "Hot spots (Getis-Ord Gi*): " << *outPath << "\n"
      << "  selection: " << selection.describe() << " (" << result->eventCount << " incidents)\n"
      << "  grid:      " << result->grid.columns << " x " << result->grid.rows << " cells of "
      << parameters.cellSizeMeters << " m, distance band " << parameters.distanceBandMeters << " m\n"
      << "  hot 99/95/90 %:  " << classes[6] << " / " << classes[5] << " / " << classes[4] << " cells\n"
      << "  cold 99/95/90 %: " << classes[0] << " / " << classes[1] << " / " << classes[2]
      << " cells (after FDR correction)\n";
  for ( const std::string &warning : stats.warnings )
    out << "  note: " << warning << "\n";
  return 0;
}

int commandClusters( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, withSelectionOptions( { "--out", "--eps", "--min-points" } ), {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "clusters needs exactly one project file" );
  const auto outPath = a.value( "--out" );
  if ( !outPath || outPath->empty() )
    return usage( err, "clusters needs --out FILE.gpkg" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  DbscanParameters parameters;
  parameters.epsMeters = 50;
  parameters.minPoints = 10;
  if ( auto problem = readMeters( a, "--eps", parameters.epsMeters ) )
    return usage( err, *problem );
  if ( auto minPoints = a.value( "--min-points" ) )
  {
    if ( minPoints->empty() || minPoints->find_first_not_of( "0123456789" ) != std::string::npos ||
         minPoints->size() > 6 )
      return usage( err, "--min-points must be a whole number" );
    parameters.minPoints = std::stoi( *minPoints );
  }
  auto selected = loadSelection( a.positional[0], selection, err );
  if ( !selected )
    return 1;
  std::vector<ClusterPoint> points;
  points.reserve( selected->points.size() );
  for ( const WeightedPoint &p : selected->points )
    points.push_back( ClusterPoint{ p.x, p.y } );
  auto result = dbscan( points, parameters );
  if ( !result )
  {
    err << "tryggkarta-cli: " << result.error() << "\n";
    return 1;
  }

  // One polygon per cluster (its convex hull) in a GeoPackage layer that QGIS opens directly.
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "GPKG" );
  GDALDataset *gpkg = driver ? driver->Create( outPath->c_str(), 0, 0, 0, GDT_Unknown, nullptr ) : nullptr;
  if ( !gpkg )
  {
    err << "tryggkarta-cli: cannot write " << *outPath << ": " << CPLGetLastErrorMsg() << "\n";
    return 1;
  }
  OGRSpatialReference srs;
  srs.importFromEPSG( selected->project->projectSrsId() );
  OGRLayer *layer = gpkg->CreateLayer( "clusters", &srs, wkbPolygon, nullptr );
  OGRFieldDefn id( "cluster_id", OFTInteger ), count( "count", OFTInteger ), core( "core_count", OFTInteger ),
    about( "selection", OFTString );
  for ( OGRFieldDefn *field : { &id, &count, &core, &about } )
    layer->CreateField( field );
  int written = 0, degenerate = 0;
  for ( const ClusterSummary &cluster : result->clusters )
  {
    if ( cluster.hull.size() < 3 )
    {
      ++degenerate; // all its points on a line: no area to draw
      continue;
    }
    OGRLinearRing ring;
    for ( const ClusterPoint &p : cluster.hull )
      ring.addPoint( p.x, p.y );
    ring.closeRings();
    OGRPolygon polygon;
    polygon.addRing( &ring );
    OGRFeature feature( layer->GetLayerDefn() );
    feature.SetField( "cluster_id", cluster.clusterId );
    feature.SetField( "count", static_cast<int>( cluster.count ) );
    feature.SetField( "core_count", static_cast<int>( cluster.coreCount ) );
    feature.SetField( "selection", selection.describe().c_str() );
    feature.SetGeometry( &polygon );
    if ( layer->CreateFeature( &feature ) == OGRERR_NONE )
      ++written;
  }
  GDALClose( gpkg );
  size_t noise = 0;
  for ( int cluster : result->clusterIds )
    noise += cluster == ClusteringResult::NOISE ? 1 : 0;
  out << "Clusters (DBSCAN): " << *outPath << "\n"
      << "  selection: " << selection.describe() << " (" << points.size() << " incidents)\n"
      << "  eps " << parameters.epsMeters << " m, at least " << parameters.minPoints << " incidents\n"
      << "  clusters:  " << result->clusterCount << " (" << written << " hulls written";
  if ( degenerate )
    out << ", " << degenerate << " on a line without an area";
  out << ")\n  noise:     " << noise << " incidents in no cluster\n";
  return 0;
}

volatile std::sig_atomic_t sInterrupted = 0;
void onInterrupt( int )
{
  sInterrupted = 1;
}

int commandImport( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args,
         { "--kind", "--crs", "--map", "--map-category", "--layer", "--encoding", "--delimiter", "--source" },
         { "--dry-run", "--force", "--keep-personal-data", "--quiet" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 2 )
    return usage( err, "import needs a project file and a file to import" );
  ImportOptions options;
  if ( auto kind = a.value( "--kind" ) )
  {
    if ( *kind == "incidents" )
      options.kind = ImportKind::Incidents;
    else if ( *kind == "observations" )
      options.kind = ImportKind::Observations;
    else
      return usage( err, "--kind must be incidents or observations, not '" + *kind + "'" );
  }
  if ( auto crs = a.value( "--crs" ) )
  {
    options.sourceEpsg = parseEpsg( *crs );
    if ( !options.sourceEpsg )
      return usage( err, "--crs must look like EPSG:3006, not '" + *crs + "'" );
  }
  for ( auto [it, end] = a.options.equal_range( "--map" ); it != end; ++it )
  {
    const size_t eq = it->second.find( '=' );
    if ( eq == std::string::npos || eq == 0 )
      return usage( err, "--map takes FIELD=COLUMN, not '" + it->second + "'" );
    const std::string field = it->second.substr( 0, eq );
    if ( options.fieldMap.count( field ) )
      return usage( err, "--map " + field + " is given twice" );
    options.fieldMap[field] = it->second.substr( eq + 1 );
  }
  for ( auto [it, end] = a.options.equal_range( "--map-category" ); it != end; ++it )
  {
    const size_t eq = it->second.find( '=' );
    if ( eq == std::string::npos || eq == 0 || eq + 1 == it->second.size() )
      return usage( err, "--map-category takes VALUE=CODE, not '" + it->second + "'" );
    options.categoryMap[it->second.substr( 0, eq )] = it->second.substr( eq + 1 );
  }
  if ( auto layer = a.value( "--layer" ) )
    options.layerName = *layer;
  if ( auto encoding = a.value( "--encoding" ) )
  {
    if ( *encoding != "UTF-8" && *encoding != "CP1252" && *encoding != "utf-8" && *encoding != "cp1252" )
      return usage( err, "--encoding must be UTF-8 or CP1252" );
    options.encoding = *encoding == "utf-8" ? "UTF-8" : *encoding == "cp1252" ? "CP1252" : *encoding;
  }
  if ( auto delimiter = a.value( "--delimiter" ) )
  {
    if ( *delimiter == "tab" || *delimiter == "\\t" )
      options.delimiter = '\t';
    else if ( delimiter->size() == 1 && std::string( ",;|" ).find( ( *delimiter )[0] ) != std::string::npos )
      options.delimiter = ( *delimiter )[0];
    else
      return usage( err, "--delimiter must be ',', ';', '|' or tab" );
  }
  if ( auto source = a.value( "--source" ) )
    options.defaultSource = *source;
  options.dryRun = a.has( "--dry-run" );
  options.allowReimport = a.has( "--force" );
  options.redactPersonalData = !a.has( "--keep-personal-data" );
  if ( const char *user = std::getenv( "USER" ) )
    options.importedBy = user;

  auto project = ProjectFile::open( a.positional[0] );
  if ( !project )
  {
    err << "tryggkarta-cli: " << project.error() << "\n";
    return 1;
  }
  // Ctrl+C cancels cleanly: the transaction is rolled back and the project is left as it was.
  std::signal( SIGINT, onInterrupt );
  const auto started = std::chrono::steady_clock::now();
  auto result =
    importFile( *project.value(), a.positional[1], options, []( double ) { return sInterrupted == 0; } );
  std::signal( SIGINT, SIG_DFL );
  if ( !result )
  {
    err << "tryggkarta-cli: " << result.error() << "\n";
    return 1;
  }
  const ImportReport &r = result.value();
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  if ( !a.has( "--quiet" ) )
    for ( const RejectedRow &reject : r.rejects )
      out << r.fileName << ": row " << reject.rowNumber << ": " << reject.reason << "\n";
  if ( !a.has( "--quiet" ) && !r.dryRun && !r.cancelled &&
       r.rowsRejected > static_cast<int64_t>( r.rejects.size() ) )
    out << "(" << r.rowsRejected - static_cast<int64_t>( r.rejects.size() )
        << " more rejects are listed in the project's import_rejects table)\n";
  out << ( r.cancelled ? "Cancelled: "
           : r.dryRun  ? "Dry run (nothing was changed): "
                       : "Imported: " )
      << r.fileName << "\n";
  out << "  format:    " << r.format;
  if ( !r.layer.empty() )
    out << ", layer " << r.layer;
  if ( r.format == "CSV" )
    out << ", " << r.encoding << ", delimiter " << delimiterName( r.delimiter );
  out << "\n  CRS:       " << r.sourceCrs << "\n  mapping:  ";
  for ( const auto &[target, column] : r.mapping )
    out << " " << target << "=" << column;
  out << "\n  rows read: " << r.rowsRead << "\n  imported:  " << r.rowsImported
      << "\n  rejected:  " << r.rowsRejected << "\n  flagged:   " << r.rowsFlagged
      << " (personal data in free text)\n";
  if ( r.batchId )
    out << "  batch:     " << r.batchId << "\n";
  if ( !r.newOrganisations.empty() )
  {
    out << "  new organisations:";
    for ( const std::string &o : r.newOrganisations )
      out << " '" << o << "'";
    out << "\n";
  }
  for ( const std::string &w : r.warnings )
    out << "  note: " << w << "\n";
  out << "  in " << std::fixed << std::setprecision( 2 ) << seconds << " s\n";
  return r.cancelled ? 1 : 0;
}

} // namespace

int runCli( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  GDALAllRegister();
  if ( args.empty() )
    return usage( err, "no command given" );
  const std::string &command = args[0];
  const std::vector<std::string> rest( args.begin() + 1, args.end() );
  if ( command == "--help" || command == "-h" || command == "help" )
  {
    out << kUsage;
    return 0;
  }
  if ( command == "new" )
    return commandNew( rest, out, err );
  if ( command == "demo" )
    return commandDemo( rest, out, err );
  if ( command == "info" )
    return commandInfo( rest, out, err );
  if ( command == "kde" )
    return commandKde( rest, out, err );
  if ( command == "hotspots" )
    return commandHotspots( rest, out, err );
  if ( command == "clusters" )
    return commandClusters( rest, out, err );
  if ( command == "import" )
    return commandImport( rest, out, err );
  return usage( err, "unknown command '" + command + "'" );
}

} // namespace tryggkarta

// tryggkarta-cli's analysis commands: kde, hotspots, clusters, and the stored results.

#include "analysislayers.h"
#include "areas.h"
#include "cliutil.h"
#include "clustering.h"
#include "datetimeparser.h"
#include "hotspots.h"
#include "json.h"
#include "kerneldensity.h"
#include "projectfile.h"
#include "results.h"
#include "selection.h"
#include "temporal.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <iomanip>
#include <map>
#include <memory>
#include <sstream>

namespace tryggkarta::cli
{

namespace
{

//! Where an analysis puts its result: a file, or the project under a name.
struct OutputChoice
{
  std::optional<std::string> outPath;
  std::optional<std::string> name;
  bool replace = false;
  bool storing() const { return !outPath; }
};

const std::vector<std::string> kOutputOptions = { "--out", "--name" };

std::optional<std::string> readOutput( const Arguments &a, OutputChoice &output )
{
  output.outPath = a.value( "--out" );
  output.name = a.value( "--name" );
  output.replace = a.has( "--replace" );
  if ( output.outPath && output.outPath->empty() )
    return "--out needs a file name";
  if ( output.outPath && ( output.name || output.replace ) )
    return "--out writes a file; --name and --replace are for results stored in the project";
  if ( output.name && output.name->empty() )
    return "--name needs a name";
  return std::nullopt;
}

std::vector<std::string> analysisOptions( std::vector<std::string> options )
{
  options.insert( options.end(), kOutputOptions.begin(), kOutputOptions.end() );
  return withSelectionOptions( options );
}

//! A project and its selected incidents, or nothing after printing why.
struct Loaded
{
  std::unique_ptr<ProjectFile> project;
  std::vector<SelectedIncident> incidents;
};

/**
 * Leaves out the incidents that lie outside the project's extent (a wrong coordinate system on import puts
 * them hundreds of kilometres away, and one of them would stretch every grid over half of Sweden), with a
 * warning.
 */
bool leaveOutOutside( ProjectFile &project, std::vector<SelectedIncident> &incidents, std::ostream &err )
{
  auto extent = projectExtent( project );
  if ( !extent )
  {
    fail( err, extent.error() );
    return false;
  }
  if ( extent.value() )
  {
    const std::vector<SelectedIncident> outside = takeOutside( incidents, **extent );
    if ( !outside.empty() )
      err << "tryggkarta-cli: warning: " << describeOutside( outside, **extent ) << "\n";
  }
  return true;
}

//! A project and its selected incidents (for a spatial analysis, those inside the project's extent).
std::optional<Loaded> load( const std::string &path, const Selection &selection, bool writable,
                            std::ostream &err, bool spatial = true )
{
  auto project = ProjectFile::open( path, !writable );
  if ( !project )
  {
    fail( err, project.error() );
    return std::nullopt;
  }
  auto incidents = selectIncidents( *project.value(), selection );
  if ( !incidents )
  {
    fail( err, incidents.error() );
    return std::nullopt;
  }
  if ( spatial && !leaveOutOutside( *project.value(), incidents.value(), err ) )
    return std::nullopt;
  if ( incidents->empty() )
  {
    fail( err, "no incidents match the selection (" + selection.describe() + "); nothing was written." );
    return std::nullopt;
  }
  return Loaded{ std::move( project.value() ), std::move( incidents.value() ) };
}

std::vector<WeightedPoint> pointsOf( const std::vector<SelectedIncident> &incidents )
{
  std::vector<WeightedPoint> points;
  points.reserve( incidents.size() );
  for ( const SelectedIncident &i : incidents )
    points.push_back( WeightedPoint{ i.x, i.y, i.weight } );
  return points;
}

std::string number( double value, int decimals = 1 )
{
  std::ostringstream out;
  out << std::fixed << std::setprecision( decimals ) << value;
  return out.str();
}

//! The default name of a result: the method and the selection's period.
std::string defaultName( const std::string &method, const Selection &selection )
{
  const std::string described = selection.describe();
  const size_t semicolon = described.find( ';' );
  return method + " " + described.substr( 0, semicolon ) +
         ( semicolon == std::string::npos ? "" : " (filtered)" );
}

//! Stores or writes; prints where it went. Returns the exit code.
template <typename StoreFunction, typename WriteFunction>
int deliver( const OutputChoice &output, Loaded &loaded, const std::string &method,
             const Selection &selection, StoreFunction store, WriteFunction write, std::ostream &out,
             std::ostream &err )
{
  if ( output.outPath )
  {
    const Status status = write( *output.outPath );
    if ( !status )
      return fail( err, status.error() + " Nothing was written." );
    out << "  written to " << *output.outPath << "\n";
    return 0;
  }
  ResultStore store_( *loaded.project );
  std::string name;
  if ( output.name )
    name = *output.name;
  else
  {
    auto unique = store_.uniqueName( defaultName( method, selection ) );
    if ( !unique )
      return fail( err, unique.error() );
    name = unique.value();
  }
  Expected<StoredResult> stored = store( store_, name, output.replace );
  if ( !stored )
    return fail( err, stored.error() + " Nothing was stored." );
  out << "  stored in the project as '" << stored->name << "' (table";
  out << ( stored->tables.size() > 1 ? "s" : "" );
  for ( const std::string &t : stored->tables )
    out << " " << t;
  out << ")\n";
  return 0;
}

ResultMetadata fileMetadata( Loaded &loaded, const Selection &selection, const std::string &parameters,
                             const std::string &units )
{
  ResultMetadata metadata = { { "TRYGGKARTA_SELECTION", selection.describe() },
                              { "TRYGGKARTA_PARAMETERS", parameters } };
  if ( !units.empty() )
    metadata.emplace_back( "TRYGGKARTA_UNITS", units );
  const std::string note = loaded.project->metaValue( "synthetic_data" );
  if ( !note.empty() )
    metadata.emplace_back( "TRYGGKARTA_NOTE", note );
  return metadata;
}

std::string lowerExtension( const std::string &path )
{
  const size_t dot = path.rfind( '.' );
  std::string extension = dot == std::string::npos ? std::string() : path.substr( dot );
  for ( char &c : extension )
    c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  return extension;
}

std::map<std::string, std::string> categoryLabels( ProjectFile &project )
{
  std::map<std::string, std::string> labels;
  for ( const Category &c : project.categories() )
    labels[c.code] = c.labelSv.empty() ? c.code : c.labelSv;
  return labels;
}

} // namespace

int commandKde( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, analysisOptions( { "--radius", "--cell", "--kernel", "--output", "--mask" } ),
                         { "--replace", "--edge-correction" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "kde needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  if ( output.outPath && lowerExtension( *output.outPath ) != ".tif" &&
       lowerExtension( *output.outPath ) != ".tiff" )
    return usage( err, "kde writes a GeoTIFF: --out must end in .tif" );
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
  std::string kernelName = "quartic";
  if ( auto kernel = a.value( "--kernel" ) )
  {
    bool found = false;
    for ( const auto &[name, shape] : kernels )
      if ( *kernel == name )
      {
        parameters.kernel = shape;
        kernelName = name;
        found = true;
      }
    if ( !found )
      return usage( err, "unknown --kernel '" + *kernel + "'" );
  }
  std::string outputName = "per-km2";
  if ( auto kind = a.value( "--output" ) )
  {
    if ( *kind == "raw" )
      parameters.output = DensityOutput::Raw;
    else if ( *kind == "scaled" )
      parameters.output = DensityOutput::Scaled;
    else if ( *kind != "per-km2" )
      return usage( err, "--output must be raw, scaled or per-km2" );
    outputName = *kind;
  }
  if ( auto problem = readNumber( a, "--radius", parameters.radiusMeters, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readNumber( a, "--cell", parameters.cellSize, "metres" ) )
    return usage( err, *problem );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  const std::vector<WeightedPoint> points = pointsOf( loaded->incidents );
  std::string radiusNote = "chosen";
  if ( !a.value( "--radius" ) )
  {
    auto radius = KernelDensity::defaultRadius( points );
    if ( !radius )
      return fail( err, radius.error() );
    parameters.radiusMeters = radius.value();
    radiusNote = "from the data (spatial Silverman rule)";
  }
  parameters.edgeCorrection = a.has( "--edge-correction" );
  const auto mask = a.value( "--mask" );
  if ( mask )
  {
    auto grid = KernelDensity( parameters ).grid( points );
    if ( !grid )
      return fail( err, grid.error() );
    auto cells = rasterizeMask( *loaded->project, grid.value(), *mask );
    if ( !cells )
      return fail( err, cells.error() );
    parameters.mask = std::move( cells.value() );
  }
  const auto started = std::chrono::steady_clock::now();
  auto raster = KernelDensity( parameters ).compute( points );
  if ( !raster )
    return fail( err, raster.error() + " Nothing was written." );
  const double milliseconds =
    std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - started ).count();
  const std::string units = parameters.output == DensityOutput::Raw      ? "raw kernel sum"
                            : parameters.output == DensityOutput::Scaled ? "events per m²"
                                                                         : "events per km² for the period";
  const AlignedGrid &grid = raster->grid;
  std::string json =
    "{\"method\":\"kernel density\",\"kernel\":" + jsonString( kernelName ) +
    ",\"radius_m\":" + number( parameters.radiusMeters, 3 ) +
    ",\"radius_from_data\":" + ( a.value( "--radius" ) ? "false" : "true" ) +
    ",\"cell_m\":" + number( parameters.cellSize, 3 ) + ",\"output\":" + jsonString( outputName ) +
    ",\"mask\":" + ( mask ? jsonString( *mask ) : std::string( "null" ) ) +
    ",\"edge_correction\":" + ( parameters.edgeCorrection ? "true" : "false" ) +
    ",\"grid\":{\"west\":" + number( grid.west(), 3 ) + ",\"north\":" + number( grid.north(), 3 ) +
    ",\"columns\":" + std::to_string( grid.columns ) + ",\"rows\":" + std::to_string( grid.rows ) +
    "},\"incidents\":" + std::to_string( points.size() ) + "}";
  double peak = 0;
  for ( double v : raster->values )
    peak = std::max( peak, v );
  out << "Kernel density\n"
      << "  selection: " << selection.describe() << " (" << points.size() << " incidents)\n"
      << "  radius:    " << number( parameters.radiusMeters ) << " m, " << radiusNote << "\n"
      << "  grid:      " << grid.columns << " x " << grid.rows << " cells of "
      << number( parameters.cellSize ) << " m, west " << number( grid.west() ) << ", north "
      << number( grid.north() ) << "\n"
      << "  peak:      " << number( peak, 3 ) << " (" << units << ")\n"
      << "  computed in " << number( milliseconds ) << " ms\n";
  ResultProvenance provenance{ "kde", selection, json,
                               kernelName + " kernel, radius " + number( parameters.radiusMeters, 0 ) +
                                 " m, cell " + number( parameters.cellSize, 0 ) + " m, " +
                                 std::to_string( points.size() ) + " incidents",
                               units };
  return deliver(
    output, *loaded, "kde", selection,
    [&]( ResultStore &store, const std::string &name, bool replace )
    { return store.storeRaster( name, provenance, grid, raster->values, replace ); },
    [&]( const std::string &path )
    {
      return writeGeoTiff( path, grid, loaded->project->projectSrsId(), { { "density", &raster->values } },
                           fileMetadata( *loaded, selection, json, units ) );
    },
    out, err );
}

int commandHotspots( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, analysisOptions( { "--cell", "--band", "--neighbours", "--areas" } ),
                         { "--replace", "--all-cells", "--hexagons" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "hotspots needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  HotSpotParameters parameters;
  parameters.cellSizeMeters = 100;
  parameters.distanceBandMeters = 300;
  if ( auto problem = readNumber( a, "--cell", parameters.cellSizeMeters, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readNumber( a, "--band", parameters.distanceBandMeters, "metres" ) )
    return usage( err, *problem );
  if ( a.value( "--neighbours" ) )
  {
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    if ( auto problem = readInteger( a, "--neighbours", parameters.neighbourCount, 1, 1000 ) )
      return usage( err, *problem );
    if ( a.value( "--band" ) )
      return usage( err, "give either --band or --neighbours" );
  }
  if ( a.has( "--hexagons" ) )
    parameters.shape = HotSpotGridShape::Hexagon;
  const auto areaKind = a.value( "--areas" );
  if ( areaKind && *areaKind != "est_area" && *areaKind != "district" && *areaKind != "custom" &&
       *areaKind != "all" )
    return usage( err, "--areas must be est_area, district, custom or all" );
  if ( areaKind && ( a.value( "--cell" ) || a.value( "--neighbours" ) ) )
    return usage( err, "--areas works on the project's areas: --cell and --neighbours are for grids" );
  const std::string extension = output.outPath ? lowerExtension( *output.outPath ) : std::string();
  if ( output.outPath && extension != ".gpkg" && extension != ".geojson" && extension != ".csv" &&
       ( extension != ".tif" || areaKind || a.has( "--hexagons" ) ) )
    return usage( err, "hotspots --out must end in .gpkg, .geojson, .csv (or .tif for a square grid)" );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  const std::vector<WeightedPoint> points = pointsOf( loaded->incidents );
  ResultTable table;
  std::string json, summary;
  int classes[7] = {};
  std::vector<std::string> warnings;
  std::optional<HotSpotGrid> gridResult;
  if ( areaKind )
  {
    auto areas = loadAreas( *loaded->project, *areaKind == "all" ? std::string() : *areaKind );
    if ( !areas )
      return fail( err, areas.error() );
    if ( areas->size() < 3 )
      return fail( err, "Gi* on areas needs at least 3 areas; the project has " +
                          std::to_string( areas->size() ) +
                          ( *areaKind == "all" ? "" : " of kind " + *areaKind ) + "." );
    std::vector<double> counts( areas->size(), 0 );
    AreaLocator locator( areas.value() );
    size_t inside = 0;
    for ( const WeightedPoint &p : points )
    {
      // Areas of different kinds may overlap: an incident counts in each area it lies in.
      const std::vector<int> in = locator.locateAll( p.x, p.y );
      for ( int index : in )
        counts[static_cast<size_t>( index )] += p.weight;
      inside += in.empty() ? 0 : 1;
    }
    // Neighbours: areas whose outlines come within the band (default: touching, 1 m for digitising slack).
    const double band = a.value( "--band" ) ? parameters.distanceBandMeters : 1.0;
    std::vector<std::unique_ptr<OGRPolygon>> outlines;
    for ( const ProjectArea &area : areas.value() )
    {
      auto polygon = std::make_unique<OGRPolygon>();
      for ( const auto &ring : area.rings )
      {
        OGRLinearRing r;
        for ( const auto &[x, y] : ring )
          r.addPoint( x, y );
        r.closeRings();
        polygon->addRing( &r );
      }
      outlines.push_back( std::move( polygon ) );
    }
    std::vector<std::vector<SpatialNeighbour>> neighbours( areas->size() );
    for ( size_t i = 0; i < areas->size(); ++i )
      for ( size_t j = 0; j < areas->size(); ++j )
        if ( i != j && outlines[i]->Distance( outlines[j].get() ) <= band )
          neighbours[i].push_back( SpatialNeighbour{ j, 1.0 } );
    auto statistics = HotSpots::giStar( counts, neighbours );
    if ( !statistics )
      return fail( err, statistics.error() );
    warnings = statistics->warnings;
    using T = ResultField::Type;
    table.geometry = ResultTable::Geometry::Polygon;
    table.fields = { { "area_fid", T::Integer }, { "name", T::Text },       { "code", T::Text },
                     { "count", T::Real },       { "z", T::Real },          { "p", T::Real },
                     { "bin", T::Integer },      { "bin_fdr", T::Integer }, { "class", T::Text } };
    for ( size_t i = 0; i < areas->size(); ++i )
    {
      const ProjectArea &area = ( *areas )[i];
      ResultFeature feature;
      feature.rings = area.rings;
      feature.values = { ResultValue( area.fid ),
                         ResultValue( area.name ),
                         area.code.empty() ? ResultValue() : ResultValue( area.code ),
                         ResultValue( counts[i] ),
                         ResultValue( statistics->zScores[i] ),
                         ResultValue( statistics->pValues[i] ),
                         ResultValue( std::int64_t( statistics->bins[i] ) ),
                         ResultValue( std::int64_t( statistics->binsFdr[i] ) ),
                         ResultValue( hotSpotClassLabel( statistics->binsFdr[i] ) ) };
      table.features.push_back( std::move( feature ) );
      ++classes[statistics->binsFdr[i] + 3];
    }
    json = "{\"method\":\"Getis-Ord Gi*\",\"on\":\"areas\",\"kind\":" + jsonString( *areaKind ) +
           ",\"neighbours_within_m\":" + number( band, 1 ) +
           ",\"incidents_in_areas\":" + std::to_string( inside ) + "}";
    summary = "Gi* on " + std::to_string( areas->size() ) + " areas (" + *areaKind + ")";
    out << "Hot spots (Getis-Ord Gi*) on areas\n"
        << "  selection: " << selection.describe() << " (" << inside << " of " << points.size()
        << " incidents inside the areas)\n"
        << "  areas:     " << areas->size() << " (" << *areaKind << "), neighbours within " << number( band )
        << " m\n";
  }
  else
  {
    auto result = HotSpots( parameters ).compute( points );
    if ( !result )
      return fail( err, result.error() + " Nothing was written." );
    gridResult = std::move( result.value() );
    warnings = gridResult->statistics.warnings;
    for ( std::int8_t bin : gridResult->statistics.binsFdr )
      ++classes[bin + 3];
    table = hotSpotCellTable( *gridResult, a.has( "--all-cells" ) );
    const bool knn = parameters.neighbourhood == HotSpotNeighbourhood::KNearest;
    const bool hexagons = parameters.shape == HotSpotGridShape::Hexagon;
    json = "{\"method\":\"Getis-Ord Gi*\",\"on\":" +
           std::string( hexagons ? "\"hexagon grid\"" : "\"square grid\"" ) +
           ",\"cell_m\":" + number( parameters.cellSizeMeters, 3 ) +
           ( knn ? ",\"k_nearest\":" + std::to_string( parameters.neighbourCount )
                 : ",\"band_m\":" + number( parameters.distanceBandMeters, 3 ) ) +
           ",\"fdr\":true,\"incidents\":" + std::to_string( gridResult->eventCount ) + "}";
    summary = "Gi* on " + number( parameters.cellSizeMeters, 0 ) +
              ( hexagons ? " m hexagons, " : " m cells, " ) +
              ( knn ? std::to_string( parameters.neighbourCount ) + " nearest"
                    : "band " + number( parameters.distanceBandMeters, 0 ) + " m" );
    out << "Hot spots (Getis-Ord Gi*)\n"
        << "  selection: " << selection.describe() << " (" << gridResult->eventCount << " incidents)\n"
        << "  grid:      "
        << ( hexagons ? std::to_string( gridResult->cellCount() ) + " hexagons " +
                          number( parameters.cellSizeMeters ) + " m apart, "
                      : std::to_string( gridResult->grid.columns ) + " x " +
                          std::to_string( gridResult->grid.rows ) + " cells of " +
                          number( parameters.cellSizeMeters ) + " m, " )
        << ( knn ? std::to_string( parameters.neighbourCount ) + " nearest neighbours"
                 : "distance band " + number( parameters.distanceBandMeters ) + " m" )
        << "\n";
  }
  const char *unit = areaKind ? "areas" : "cells";
  out << "  hot 99/95/90 %:  " << classes[6] << " / " << classes[5] << " / " << classes[4] << " " << unit
      << "\n"
      << "  cold 99/95/90 %: " << classes[0] << " / " << classes[1] << " / " << classes[2] << " " << unit
      << " (after FDR correction)\n";
  for ( const std::string &warning : warnings )
    out << "  note: " << warning << "\n";
  ResultProvenance provenance{ "hotspots", selection, json, summary, "Gi* z-score and class" };
  return deliver(
    output, *loaded, "hotspots", selection,
    [&]( ResultStore &store, const std::string &name, bool replace ) {
      return store.storeTables( name, provenance, { { "", &table } }, replace );
    },
    [&]( const std::string &path ) -> Status
    {
      const ResultMetadata metadata = fileMetadata( *loaded, selection, json, "" );
      if ( lowerExtension( path ) == ".tif" )
      {
        const GiStarResult &s = gridResult->statistics;
        std::vector<double> bins( s.binsFdr.begin(), s.binsFdr.end() );
        return writeGeoTiff( path, gridResult->grid, loaded->project->projectSrsId(),
                             { { "count", &gridResult->counts },
                               { "z", &s.zScores },
                               { "p", &s.pValues },
                               { "bin_fdr", &bins } },
                             metadata );
      }
      return writeTablesToFile( path, loaded->project->projectSrsId(), { { "hotspots", &table } }, metadata );
    },
    out, err );
}

int commandClusters( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args, analysisOptions( { "--eps", "--min-points", "--time-eps", "--hull", "--concavity" } ),
         { "--replace" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "clusters needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  if ( output.outPath && lowerExtension( *output.outPath ) != ".gpkg" )
    return usage( err, "clusters writes two layers: --out must be a GeoPackage (.gpkg)" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  DbscanParameters parameters;
  parameters.epsMeters = 50;
  parameters.minPoints = 10;
  if ( auto problem = readNumber( a, "--eps", parameters.epsMeters, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readInteger( a, "--min-points", parameters.minPoints, 1, 1000000 ) )
    return usage( err, *problem );
  double timeEpsDays = 0;
  if ( auto problem = readNumber( a, "--time-eps", timeEpsDays, "days" ) )
    return usage( err, *problem );
  if ( a.value( "--time-eps" ) && !( timeEpsDays > 0 ) )
    return usage( err, "--time-eps must be more than 0 days" );
  parameters.timeEpsSeconds = timeEpsDays * 86400;
  ClusterHullOptions hull;
  if ( auto shape = a.value( "--hull" ) )
  {
    if ( *shape != "convex" && *shape != "concave" )
      return usage( err, "--hull must be convex or concave" );
    hull.concave = *shape == "concave";
  }
  if ( auto problem = readNumber( a, "--concavity", hull.concavity, "0 to 1" ) )
    return usage( err, *problem );
  hull.degenerateBufferMeters = std::max( 1.0, parameters.epsMeters / 10 );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  std::vector<ClusterPoint> points;
  std::vector<std::int64_t> times;
  points.reserve( loaded->incidents.size() );
  for ( const SelectedIncident &i : loaded->incidents )
  {
    points.push_back( ClusterPoint{ i.x, i.y } );
    times.push_back( i.midpointUtc() );
  }
  const bool spaceTime = a.value( "--time-eps" ).has_value();
  auto result = spaceTime ? stDbscan( points, times, parameters ) : dbscan( points, parameters );
  if ( !result )
    return fail( err, result.error() + " Nothing was written." );
  auto clusters =
    describeClusters( loaded->incidents, result.value(), hull, categoryLabels( *loaded->project ) );
  if ( !clusters )
    return fail( err, clusters.error() );
  const ResultTable hulls = clusterHullTable( clusters.value() );
  const ResultTable events = clusterEventTable( loaded->incidents, result.value(), false );
  size_t noise = 0;
  for ( int cluster : result->clusterIds )
    noise += cluster == ClusteringResult::NOISE ? 1 : 0;
  const std::string method = spaceTime ? "ST-DBSCAN" : "DBSCAN";
  const std::string json =
    "{\"method\":" + jsonString( method ) + ",\"eps_m\":" + number( parameters.epsMeters, 3 ) +
    ",\"min_points\":" + std::to_string( parameters.minPoints ) +
    ( spaceTime ? ",\"time_eps_days\":" + number( timeEpsDays, 3 ) : std::string() ) + ",\"hull\":" +
    ( hull.concave ? "\"concave\",\"concavity\":" + number( hull.concavity, 3 )
                   : std::string( "\"convex\"" ) ) +
    ",\"incidents\":" + std::to_string( points.size() ) + "}";
  out << "Clusters (" << method << ")\n"
      << "  selection: " << selection.describe() << " (" << points.size() << " incidents)\n"
      << "  eps " << number( parameters.epsMeters ) << " m";
  if ( spaceTime )
    out << " and " << number( timeEpsDays ) << " days";
  out << ", at least " << parameters.minPoints << " incidents\n"
      << "  clusters:  " << result->clusterCount << "\n"
      << "  noise:     " << noise << " incidents in no cluster\n";
  std::vector<const ClusterDescription *> largest;
  for ( const ClusterDescription &c : clusters.value() )
    largest.push_back( &c );
  std::stable_sort( largest.begin(), largest.end(), []( auto *x, auto *y ) { return x->count > y->count; } );
  for ( size_t i = 0; i < largest.size() && i < 5; ++i )
  {
    const ClusterDescription &c = *largest[i];
    out << "  cluster " << c.clusterId << ": " << c.count << " incidents, peak hour " << c.peakHour << ":00";
    if ( !c.dominantCategories.empty() )
      out << ", mostly " << c.dominantCategories[0].first << " (" << c.dominantCategories[0].second << ")";
    out << "\n";
  }
  ResultProvenance provenance{ "clusters", selection, json,
                               method + ", eps " + number( parameters.epsMeters, 0 ) + " m, " +
                                 std::to_string( parameters.minPoints ) +
                                 " incidents: " + std::to_string( result->clusterCount ) + " clusters",
                               "" };
  return deliver(
    output, *loaded, "clusters", selection,
    [&]( ResultStore &store, const std::string &name, bool replace ) {
      return store.storeTables( name, provenance, { { "", &hulls }, { "events", &events } }, replace );
    },
    [&]( const std::string &path )
    {
      return writeTablesToFile( path, loaded->project->projectSrsId(),
                                { { "clusters", &hulls }, { "events", &events } },
                                fileMetadata( *loaded, selection, json, "" ) );
    },
    out, err );
}

int commandResults( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--delete", "--export", "--out" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "results needs exactly one project file" );
  const auto remove = a.value( "--delete" ), exportName = a.value( "--export" ), outPath = a.value( "--out" );
  if ( remove && exportName )
    return usage( err, "give either --delete or --export" );
  if ( exportName && !outPath )
    return usage( err, "--export needs --out FILE" );
  if ( outPath && !exportName )
    return usage( err, "--out goes with --export NAME" );
  auto project = ProjectFile::open( a.positional[0], !remove );
  if ( !project )
    return fail( err, project.error() );
  ResultStore store( *project.value() );
  if ( remove )
  {
    if ( auto status = store.remove( *remove ); !status )
      return fail( err, status.error() );
    out << "Removed '" << *remove << "'\n";
    return 0;
  }
  if ( exportName )
  {
    if ( auto status = store.exportTo( *exportName, *outPath ); !status )
      return fail( err, status.error() );
    out << "Exported '" << *exportName << "' to " << *outPath << "\n";
    return 0;
  }
  auto results = store.list();
  if ( !results )
    return fail( err, results.error() );
  if ( results->empty() )
  {
    out << "No stored results in " << a.positional[0] << ".\n";
    return 0;
  }
  for ( const StoredResult &r : results.value() )
  {
    out << r.name << "\n  kind:       " << r.kind << "\n  selection:  " << r.selectionText
        << "\n  summary:    " << r.summary << "\n  parameters: " << r.parametersJson << "\n  tables:    ";
    for ( const std::string &t : r.tables )
      out << " " << t;
    out << "\n  created:    " << r.createdAt << "\n";
  }
  return 0;
}

namespace
{
const char *const kWeekdayShort[] = { "mån", "tis", "ons", "tor", "fre", "lör", "sön" };

std::string pText( double p )
{
  if ( p < 0.001 )
    return "<0.001";
  return number( p, 3 );
}

std::string changeText( const CountChange &c )
{
  std::string text = ( c.change > 0 ? "+" : "" ) + std::to_string( c.change );
  if ( c.percentChange )
    text += " (" + std::string( *c.percentChange > 0 ? "+" : "" ) + number( *c.percentChange, 0 ) + " %)";
  return text;
}

std::string significanceText( const CountChange &c )
{
  if ( c.significantFdr )
    return c.direction == ChangeDirection::Increase ? "significant increase" : "significant decrease";
  if ( c.significant )
    return "significant alone, not after FDR";
  return "within chance";
}

std::vector<ResultValue> changeValues( const CountChange &c )
{
  return { ResultValue( c.countNow ),
           ResultValue( c.countBefore ),
           ResultValue( c.change ),
           c.percentChange ? ResultValue( *c.percentChange ) : ResultValue(),
           ResultValue( c.pValue ),
           ResultValue( std::int64_t( c.significant ? 1 : 0 ) ),
           ResultValue( std::int64_t( c.significantFdr ? 1 : 0 ) ),
           ResultValue( std::string( c.direction == ChangeDirection::Increase   ? "increase"
                                     : c.direction == ChangeDirection::Decrease ? "decrease"
                                                                                : "unchanged" ) ) };
}

std::vector<ResultField> changeFields()
{
  using T = ResultField::Type;
  return { { "count_now", T::Integer },
           { "count_before", T::Integer },
           { "change", T::Integer },
           { "change_pct", T::Real },
           { "p", T::Real },
           { "significant", T::Integer },
           { "significant_fdr", T::Integer },
           { "direction", T::Text } };
}

//! The period of the selection, or of the selected incidents themselves when the selection has none.
Period periodOf( const Selection &selection, const std::vector<SelectedIncident> &incidents )
{
  Period period;
  period.fromUtc = selection.fromUtc ? *selection.fromUtc : incidents.front().fromUtc;
  period.untilUtc = selection.untilUtc ? *selection.untilUtc : incidents.front().untilUtc + 1;
  if ( !selection.fromUtc || !selection.untilUtc )
    for ( const SelectedIncident &i : incidents )
    {
      if ( !selection.fromUtc )
        period.fromUtc = std::min( period.fromUtc, i.fromUtc );
      if ( !selection.untilUtc )
        period.untilUtc = std::max( period.untilUtc, i.untilUtc + 1 );
    }
  return period;
}
} // namespace

int commandCompare( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, analysisOptions( { "--against", "--areas", "--cell", "--alpha", "--top" } ),
                         { "--replace" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "compare needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  if ( output.outPath && lowerExtension( *output.outPath ) != ".gpkg" )
    return usage( err, "compare writes an area layer and a cell layer: --out must be a GeoPackage (.gpkg)" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  if ( !selection.fromUtc || !selection.untilUtc )
    return usage( err, "compare needs the period: --from and --until" );
  const std::string against = a.value( "--against" ).value_or( "previous" );
  if ( against != "previous" && against != "last-year" )
    return usage( err, "--against must be previous or last-year" );
  const std::string areaKind = a.value( "--areas" ).value_or( "est_area" );
  if ( areaKind != "est_area" && areaKind != "district" && areaKind != "custom" && areaKind != "all" )
    return usage( err, "--areas must be est_area, district, custom or all" );
  double cell = 250;
  if ( auto problem = readNumber( a, "--cell", cell, "metres" ) )
    return usage( err, *problem );
  ComparisonParameters parameters;
  if ( auto problem = readNumber( a, "--alpha", parameters.alpha, "0 to 1" ) )
    return usage( err, *problem );
  if ( !( parameters.alpha > 0 && parameters.alpha < 1 ) )
    return usage( err, "--alpha must lie between 0 and 1" );
  int top = 3;
  if ( auto problem = readInteger( a, "--top", top, 1, 1000 ) )
    return usage( err, *problem );
  auto before = against == "previous" ? previousPeriod( *selection.fromUtc, *selection.untilUtc )
                                      : samePeriodLastYear( *selection.fromUtc, *selection.untilUtc );
  if ( !before )
    return fail( err, before.error() );
  parameters.current = Period{ *selection.fromUtc, *selection.untilUtc };
  parameters.before = before.value();
  Selection earlier = selection;
  earlier.fromUtc = parameters.before.fromUtc;
  earlier.untilUtc = parameters.before.untilUtc;

  auto project = ProjectFile::open( a.positional[0], !output.storing() );
  if ( !project )
    return fail( err, project.error() );
  auto now = selectIncidents( *project.value(), selection );
  if ( !now )
    return fail( err, now.error() );
  auto then = selectIncidents( *project.value(), earlier );
  if ( !then )
    return fail( err, then.error() );
  if ( !leaveOutOutside( *project.value(), now.value(), err ) ||
       !leaveOutOutside( *project.value(), then.value(), err ) )
    return 1;
  if ( now->empty() && then->empty() )
    return fail( err, "no incidents match the selection in either period (" + selection.describe() + " and " +
                        earlier.describe() + "); nothing was written." );
  auto areas = loadAreas( *project.value(), areaKind == "all" ? std::string() : areaKind );
  if ( !areas )
    return fail( err, areas.error() );
  auto byArea = compareAreas( now.value(), then.value(), areas.value(), parameters );
  if ( !byArea )
    return fail( err, byArea.error() );
  auto byCell = compareGrid( now.value(), then.value(), cell, parameters );
  if ( !byCell )
    return fail( err, byCell.error() );

  out << "Comparison\n"
      << "  now:     " << selection.describe() << " (" << now->size() << " incidents)\n"
      << "  before:  " << earlier.describe() << " (" << then->size() << " incidents)\n"
      << "  total:   " << byArea->total.countNow << " vs " << byArea->total.countBefore << ", "
      << changeText( byArea->total ) << ", p " << pText( byArea->total.pValue ) << ": "
      << significanceText( byArea->total ) << "\n";
  if ( !areas->empty() )
  {
    out << "  ranked areas (" << areaKind << "; most incidents now first):\n";
    for ( size_t r = 0; r < byArea->ranking.size(); ++r )
    {
      const AreaComparisonRow &row = byArea->rows[byArea->ranking[r]];
      out << "  " << std::setw( 3 ) << r + 1 << ". " << row.label << ": " << row.counts.countNow
          << " (before " << row.counts.countBefore << ", " << changeText( row.counts ) << ", p "
          << pText( row.counts.pValue ) << ", " << significanceText( row.counts ) << ")";
      if ( row.perSquareKmNow )
        out << ", " << number( *row.perSquareKmNow, 1 ) << " per km²";
      out << ( static_cast<int>( r ) < top ? "  <- top " + std::to_string( top ) : std::string() ) << "\n";
    }
  }
  else
    out << "  (the project has no areas of kind " << areaKind << ")\n";
  size_t up = 0, down = 0;
  for ( const CellComparisonRow &c : byCell->cells )
    if ( c.counts.significantFdr )
      ( c.counts.direction == ChangeDirection::Increase ? up : down ) += 1;
  out << "  cells of " << number( cell, 0 ) << " m: " << byCell->cells.size() << " with incidents, " << up
      << " significant increases and " << down << " decreases after FDR\n";
  if ( now->size() + then->size() < 30 )
    out << "  note: few incidents; differences between periods are mostly chance at these counts.\n";

  using T = ResultField::Type;
  ResultTable areaTable;
  areaTable.geometry = ResultTable::Geometry::Polygon;
  areaTable.fields = { { "rank", T::Integer }, { "area_fid", T::Integer }, { "area", T::Text } };
  for ( const ResultField &f : changeFields() )
    areaTable.fields.push_back( f );
  areaTable.fields.push_back( { "per_km2_now", T::Real } );
  areaTable.fields.push_back( { "per_km2_before", T::Real } );
  std::vector<size_t> rankOf( byArea->rows.size() );
  for ( size_t r = 0; r < byArea->ranking.size(); ++r )
    rankOf[byArea->ranking[r]] = r + 1;
  for ( size_t i = 0; i < byArea->rows.size(); ++i )
  {
    const AreaComparisonRow &row = byArea->rows[i];
    ResultFeature f;
    f.rings = ( *areas )[row.areaIndex].rings;
    f.values = { ResultValue( std::int64_t( rankOf[i] ) ), ResultValue( row.fid ), ResultValue( row.label ) };
    for ( ResultValue &v : changeValues( row.counts ) )
      f.values.push_back( std::move( v ) );
    f.values.push_back( row.perSquareKmNow ? ResultValue( *row.perSquareKmNow ) : ResultValue() );
    f.values.push_back( row.perSquareKmBefore ? ResultValue( *row.perSquareKmBefore ) : ResultValue() );
    areaTable.features.push_back( std::move( f ) );
  }
  ResultTable cellTable;
  cellTable.geometry = ResultTable::Geometry::Polygon;
  cellTable.fields = { { "row", T::Integer }, { "col", T::Integer } };
  for ( const ResultField &f : changeFields() )
    cellTable.fields.push_back( f );
  for ( const CellComparisonRow &c : byCell->cells )
  {
    ResultFeature f;
    const double h = cell / 2;
    f.rings = { { { c.centreX - h, c.centreY + h },
                  { c.centreX + h, c.centreY + h },
                  { c.centreX + h, c.centreY - h },
                  { c.centreX - h, c.centreY - h } } };
    f.values = { ResultValue( std::int64_t( c.row ) ), ResultValue( std::int64_t( c.column ) ) };
    for ( ResultValue &v : changeValues( c.counts ) )
      f.values.push_back( std::move( v ) );
    cellTable.features.push_back( std::move( f ) );
  }
  const std::string json =
    "{\"method\":\"period comparison\",\"test\":\"exact conditional Poisson\",\"against\":" +
    jsonString( against ) +
    ",\"before\":{\"from\":" + jsonString( formatUtcIso( parameters.before.fromUtc ) ) +
    ",\"until\":" + jsonString( formatUtcIso( parameters.before.untilUtc ) ) +
    "},\"areas\":" + jsonString( areaKind ) + ",\"cell_m\":" + number( cell, 3 ) +
    ",\"alpha\":" + number( parameters.alpha, 4 ) + "}";
  Loaded loaded{ std::move( project.value() ), std::move( now.value() ) };
  ResultProvenance provenance{ "compare", selection, json,
                               "against " + earlier.describe() + ": " +
                                 std::to_string( byArea->total.countNow ) + " vs " +
                                 std::to_string( byArea->total.countBefore ),
                               "" };
  return deliver(
    output, loaded, "compare", selection,
    [&]( ResultStore &store, const std::string &name, bool replace ) {
      return store.storeTables( name, provenance, { { "", &areaTable }, { "cells", &cellTable } }, replace );
    },
    [&]( const std::string &path )
    {
      return writeTablesToFile( path, loaded.project->projectSrsId(),
                                { { "areas", &areaTable }, { "cells", &cellTable } },
                                fileMetadata( loaded, selection, json, "" ) );
    },
    out, err );
}

int commandProfile( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, analysisOptions( { "--by" } ), { "--replace", "--midpoint" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "profile needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  if ( output.outPath && lowerExtension( *output.outPath ) != ".gpkg" )
    return usage( err, "profile writes two tables: --out must be a GeoPackage (.gpkg)" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  const std::string by = a.value( "--by" ).value_or( "week" );
  if ( by != "week" && by != "month" )
    return usage( err, "--by must be week or month" );
  // Times only: where an incident lies does not matter here.
  auto loaded = load( a.positional[0], selection, output.storing(), err, false );
  if ( !loaded )
    return 1;
  const bool midpoint = a.has( "--midpoint" );
  auto matrix = hourWeekdayMatrix( loaded->incidents,
                                   midpoint ? IntervalWeighting::Midpoint : IntervalWeighting::Aoristic );
  if ( !matrix )
    return fail( err, matrix.error() );
  const Period period = periodOf( selection, loaded->incidents );
  auto series = categorySeries( loaded->incidents, period.fromUtc, period.untilUtc,
                                by == "week" ? SeriesInterval::IsoWeek : SeriesInterval::Month );
  if ( !series )
    return fail( err, series.error() );

  out << "Profile\n  selection: " << selection.describe() << " (" << loaded->incidents.size() << " incidents";
  if ( matrix->spreadEventCount )
    out << ", " << matrix->spreadEventCount << " known only as intervals, "
        << ( midpoint ? "placed at their midpoints" : "spread over their hours" );
  double largest = 0;
  for ( double v : matrix->counts )
    largest = std::max( largest, v );
  // Spread intervals give fractions: show a decimal while the numbers are small.
  const int decimals = largest < 20 ? 1 : 0;
  const int width = decimals ? 5 : 4;
  out << ")\n  hour x weekday (Stockholm time):\n       ";
  for ( int h = 0; h < 24; ++h )
    out << std::setw( width ) << h;
  out << "\n";
  double peak = 0;
  int peakDay = 1, peakHour = 0;
  for ( int d = 1; d <= 7; ++d )
  {
    out << "  " << kWeekdayShort[d - 1] << "  "; // three letters each (setw would count UTF-8 bytes)
    for ( int h = 0; h < 24; ++h )
    {
      const double v = matrix->count( d, h );
      out << std::setw( width ) << number( v, decimals );
      if ( v > peak )
      {
        peak = v;
        peakDay = d;
        peakHour = h;
      }
    }
    out << "\n";
  }
  out << "  peak: " << kWeekdayShort[peakDay - 1] << " " << peakHour << ":00–" << peakHour + 1 << ":00 ("
      << number( peak, 1 ) << " incidents)\n";
  out << "  " << ( by == "week" ? "weekly" : "monthly" ) << " series: " << series->labels.size() << " "
      << ( by == "week" ? "weeks" : "months" );
  if ( !series->totals.empty() )
  {
    const auto busiest =
      std::max_element( series->totals.begin(), series->totals.end() ) - series->totals.begin();
    out << ", busiest " << series->labels[static_cast<size_t>( busiest )] << " ("
        << number( series->totals[static_cast<size_t>( busiest )], 0 ) << ")";
    const size_t last = series->labels.size() - 1;
    out << ", last " << series->labels[last] << " (" << number( series->totals[last], 0 ) << ")";
  }
  out << "\n";

  using T = ResultField::Type;
  ResultTable matrixTable;
  matrixTable.fields = { { "weekday", T::Integer },
                         { "weekday_name", T::Text },
                         { "hour", T::Integer },
                         { "count", T::Real },
                         { "weight", T::Real } };
  for ( int d = 1; d <= 7; ++d )
    for ( int h = 0; h < 24; ++h )
      matrixTable.features.push_back(
        ResultFeature{ {},
                       std::nullopt,
                       { ResultValue( std::int64_t( d ) ), ResultValue( std::string( kWeekdayShort[d - 1] ) ),
                         ResultValue( std::int64_t( h ) ), ResultValue( matrix->count( d, h ) ),
                         ResultValue( matrix->weight( d, h ) ) } } );
  ResultTable seriesTable;
  seriesTable.fields = { { "bin", T::Text },      { "starts", T::DateTime }, { "partial", T::Integer },
                         { "category", T::Text }, { "count", T::Real },      { "weight", T::Real } };
  for ( size_t c = 0; c < series->categories.size(); ++c )
    for ( size_t b = 0; b < series->labels.size(); ++b )
      seriesTable.features.push_back( ResultFeature{
        {},
        std::nullopt,
        { ResultValue( series->labels[b] ), ResultValue( series->binStartsUtc[b] ),
          ResultValue( std::int64_t( series->partial[b] ? 1 : 0 ) ), ResultValue( series->categories[c] ),
          ResultValue( series->counts[c][b] ), ResultValue( series->weights[c][b] ) } } );
  const std::string json = "{\"method\":\"hour x weekday and series\",\"intervals\":" +
                           std::string( midpoint ? "\"midpoint\"" : "\"aoristic\"" ) +
                           ",\"by\":" + jsonString( by ) + "}";
  ResultProvenance provenance{ "profile", selection, json,
                               std::to_string( loaded->incidents.size() ) + " incidents; peak " +
                                 kWeekdayShort[peakDay - 1] + " " + std::to_string( peakHour ) + ":00",
                               "incidents" };
  return deliver(
    output, *loaded, "profile", selection,
    [&]( ResultStore &store, const std::string &name, bool replace )
    {
      return store.storeTables( name, provenance, { { "", &matrixTable }, { "series", &seriesTable } },
                                replace );
    },
    [&]( const std::string &path )
    {
      return writeTablesToFile( path, loaded->project->projectSrsId(),
                                { { "hour_weekday", &matrixTable }, { "series", &seriesTable } },
                                fileMetadata( *loaded, selection, json, "" ) );
    },
    out, err );
}

int commandKnox( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, analysisOptions( { "--distances", "--days", "--permutations", "--seed" } ),
                         { "--replace", "--calendar-days" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "knox needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  const std::string extension = output.outPath ? lowerExtension( *output.outPath ) : std::string();
  if ( output.outPath && extension != ".csv" && extension != ".gpkg" )
    return usage( err, "knox writes a table: --out must end in .csv or .gpkg" );
  Selection selection;
  if ( auto problem = readSelection( a, selection ) )
    return usage( err, *problem );
  KnoxParameters parameters;
  auto readBands = [&a]( const char *name, std::vector<double> &bands ) -> std::optional<std::string>
  {
    if ( auto text = a.value( name ) )
    {
      bands.clear();
      for ( const std::string &item : splitList( *text ) )
      {
        char *end = nullptr;
        const double v = std::strtod( item.c_str(), &end );
        if ( *end != '\0' || !std::isfinite( v ) )
          return std::string( name ) + " takes increasing numbers like 100,200,300, not '" + *text + "'";
        bands.push_back( v );
      }
    }
    return std::nullopt;
  };
  if ( auto problem = readBands( "--distances", parameters.spaceBandsMeters ) )
    return usage( err, *problem );
  if ( auto problem = readBands( "--days", parameters.timeBandsDays ) )
    return usage( err, *problem );
  if ( auto problem = readInteger( a, "--permutations", parameters.permutations, 1, 99999 ) )
    return usage( err, *problem );
  int seed = 20240607;
  if ( auto problem = readInteger( a, "--seed", seed, 0, 999999999 ) )
    return usage( err, *problem );
  parameters.seed = static_cast<std::uint64_t>( seed );
  parameters.calendarDays = a.has( "--calendar-days" );
  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  const auto started = std::chrono::steady_clock::now();
  auto result = knoxTest( loaded->incidents, parameters );
  if ( !result )
    return fail( err, result.error() + " Nothing was written." );
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  out << "Near repeat (Knox test)\n  selection: " << selection.describe() << " (" << result->eventCount
      << " incidents, " << result->closePairCount << " pairs within "
      << number( parameters.spaceBandsMeters.back(), 0 ) << " m)\n  " << result->permutations
      << " Monte Carlo permutations of the times, seed " << seed << ", " << number( seconds, 2 )
      << " s\n  observed / expected (Knox ratio), * p <= 0.05:\n  " << std::setw( 12 ) << "";
  double lowerDays = 0;
  for ( double days : result->timeBandsDays )
  {
    out << std::setw( 16 ) << ( number( lowerDays, 0 ) + "-" + number( days, 0 ) + " d" );
    lowerDays = days;
  }
  out << "\n";
  double lowerMeters = 0;
  using T = ResultField::Type;
  ResultTable table;
  table.fields = { { "distance_from_m", T::Real }, { "distance_to_m", T::Real },
                   { "days_from", T::Real },       { "days_to", T::Real },
                   { "observed", T::Integer },     { "expected", T::Real },
                   { "ratio", T::Real },           { "p", T::Real } };
  for ( size_t s = 0; s < result->spaceBandsMeters.size(); ++s )
  {
    out << "  " << std::setw( 12 )
        << ( number( lowerMeters, 0 ) + "-" + number( result->spaceBandsMeters[s], 0 ) + " m" );
    lowerDays = 0;
    for ( size_t t = 0; t < result->timeBandsDays.size(); ++t )
    {
      const KnoxCell &c = result->cell( s, t );
      out << std::setw( 16 )
          << ( std::to_string( c.observed ) + "/" + number( c.expected, 1 ) + " " +
               ( c.ratio ? number( *c.ratio, 2 ) : std::string( "-" ) ) + ( c.pValue <= 0.05 ? "*" : " " ) );
      ResultFeature row;
      for ( double v : { lowerMeters, result->spaceBandsMeters[s], lowerDays, result->timeBandsDays[t] } )
        row.values.emplace_back( v );
      row.values.emplace_back( c.observed );
      row.values.emplace_back( c.expected );
      row.values.push_back( c.ratio ? ResultValue( *c.ratio ) : ResultValue() );
      row.values.emplace_back( c.pValue );
      table.features.push_back( std::move( row ) );
      lowerDays = result->timeBandsDays[t];
    }
    out << "\n";
    lowerMeters = result->spaceBandsMeters[s];
  }
  const KnoxCell &closest = result->cell( 0, 0 );
  if ( closest.ratio && closest.pValue <= 0.05 && *closest.ratio > 1 )
    out << "  Near repeats: incidents within " << number( result->spaceBandsMeters[0], 0 ) << " m and "
        << number( result->timeBandsDays[0], 0 ) << " days of each other are " << number( *closest.ratio, 1 )
        << " times as common as chance would give.\n";
  else
    out << "  No clear near-repeat pattern at the closest distance and time.\n";
  out << "  Each cell is tested on its own; with many cells, a few p <= 0.05 arise by chance.\n";
  std::string bandsJson = "{\"method\":\"Knox test\",\"distances_m\":[";
  for ( size_t i = 0; i < parameters.spaceBandsMeters.size(); ++i )
    bandsJson += ( i ? "," : "" ) + number( parameters.spaceBandsMeters[i], 3 );
  bandsJson += "],\"days\":[";
  for ( size_t i = 0; i < parameters.timeBandsDays.size(); ++i )
    bandsJson += ( i ? "," : "" ) + number( parameters.timeBandsDays[i], 3 );
  bandsJson += "],\"permutations\":" + std::to_string( parameters.permutations ) +
               ",\"seed\":" + std::to_string( seed ) +
               ",\"calendar_days\":" + ( parameters.calendarDays ? "true" : "false" ) + "}";
  ResultProvenance provenance{ "knox", selection, bandsJson,
                               std::to_string( result->eventCount ) + " incidents, " +
                                 std::to_string( parameters.permutations ) + " permutations",
                               "pairs" };
  return deliver(
    output, *loaded, "knox", selection,
    [&]( ResultStore &store, const std::string &name, bool replace ) {
      return store.storeTables( name, provenance, { { "", &table } }, replace );
    },
    [&]( const std::string &path )
    {
      return writeTablesToFile( path, loaded->project->projectSrsId(), { { "knox", &table } },
                                fileMetadata( *loaded, selection, bandsJson, "" ) );
    },
    out, err );
}

} // namespace tryggkarta::cli

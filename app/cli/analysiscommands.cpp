// tryggkarta-cli's analysis commands: kde, hotspots, clusters, and the stored results.

#include "analysisrun.h"
#include "areas.h"
#include "climessages.h"
#include "cliutil.h"

#include "clustering.h"
#include "datetimeparser.h"
#include "hotspots.h"
#include "json.h"
#include "kerneldensity.h"
#include "paths.h"
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

//! The options of an analysis that may count safety-walk observations too (kde, hotspots, clusters).
std::vector<std::string> pointAnalysisOptions( std::vector<std::string> options )
{
  options.insert( options.end(), layerOptions().begin(), layerOptions().end() );
  return analysisOptions( options );
}

//! Reads the selection and layer options; a usage problem as text.
std::optional<std::string> readPointSelection( const Arguments &a, Selection &selection )
{
  if ( auto problem = readSelection( a, selection ) )
    return problem;
  return readLayer( a, selection );
}

//! A project and its selected incidents, or nothing after printing why.
struct Loaded
{
  std::unique_ptr<ProjectFile> project;
  std::vector<SelectedIncident> incidents;
};

//! Opens the project and selects the incidents (for a spatial analysis, those inside the project's extent,
//! with a warning for the others); nothing after printing why, also when none are selected.
std::optional<Loaded> load( const std::string &path, const Selection &selection, bool writable,
                            std::ostream &err, bool spatial = true )
{
  auto project = openProject( path, !writable, err );
  if ( !project )
  {
    fail( err, project.error() );
    return std::nullopt;
  }
  auto selected = selectAnalysisIncidents( *project.value(), selection, spatial );
  if ( !selected )
  {
    fail( err, selected.error() );
    return std::nullopt;
  }
  for ( const Message &warning : selected->warnings() )
    err << "tryggkarta-cli: warning: " << messageText( warning ) << "\n";
  if ( selected->incidents.empty() )
  {
    fail( err, noIncidentsMessage( selection ) );
    return std::nullopt;
  }
  return Loaded{ std::move( project.value() ), std::move( selected->incidents ) };
}

std::string number( double value, int decimals = 1 )
{
  std::ostringstream out;
  out << std::fixed << std::setprecision( decimals ) << value;
  return out.str();
}

//! Stores the output in the project or writes it to the file; prints where it went. Returns the exit code.
template <typename WriteFunction>
int deliver( const OutputChoice &output, ProjectFile &project, const Selection &selection,
             const AnalysisOutput &analysis, WriteFunction write, std::ostream &out, std::ostream &err )
{
  if ( output.outPath )
  {
    if ( isSameFile( *output.outPath, project.path() ) )
      return fail( err,
                   "--out " + *output.outPath +
                     " is the project file itself; writing there would replace the project. Choose another "
                     "file name. Nothing was written." );
    const Status status = write( *output.outPath );
    if ( !status )
      return fail( err, messageText( status.error() ) + " Nothing was written." );
    out << "  written to " << *output.outPath << "\n";
    return 0;
  }
  ResultStore store( project );
  std::string name;
  if ( output.name )
    name = *output.name;
  else
  {
    auto unique = store.uniqueName( defaultResultName( analysis.provenance.kind, selection ) );
    if ( !unique )
      return fail( err, unique.error() );
    name = unique.value();
  }
  Expected<StoredResult> stored = storeOutput( store, name, analysis, output.replace );
  if ( !stored )
  {
    const MessageCode code = stored.error().code;
    const bool saysSo = code == MessageCode::DiskFull || code == MessageCode::DiskWriteFailed ||
                        code == MessageCode::DiskFailureWhile;
    return fail( err, messageText( stored.error() ) + ( saysSo ? "" : " Nothing was stored." ) );
  }
  out << "  stored in the project as '" << stored->name << "' (table";
  out << ( stored->tables.size() > 1 ? "s" : "" );
  for ( const std::string &t : stored->tables )
    out << " " << t;
  out << ")\n";
  return 0;
}

ResultMetadata fileMetadata( ProjectFile &project, const Selection &selection, const std::string &parameters,
                             const std::string &units )
{
  ResultMetadata metadata = { { "TRYGGKARTA_SELECTION", selection.describe() },
                              { "TRYGGKARTA_PARAMETERS", parameters } };
  if ( !units.empty() )
    metadata.emplace_back( "TRYGGKARTA_UNITS", units );
  const std::string note = project.metaValue( "synthetic_data" );
  if ( !note.empty() )
    metadata.emplace_back( "TRYGGKARTA_NOTE", note );
  return metadata;
}

//! Writes an output's tables to a file, each as its file layer.
Status writeOutputTables( const std::string &path, ProjectFile &project, const Selection &selection,
                          const AnalysisOutput &analysis )
{
  std::vector<std::pair<std::string, const ResultTable *>> tables;
  for ( const OutputTable &t : analysis.tables )
    tables.emplace_back( t.fileLayerName, &t.table );
  return writeTablesToFile( path, project.projectSrsId(), tables,
                            fileMetadata( project, selection, analysis.provenance.parametersJson, "" ) );
}

} // namespace

int commandKde( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args, pointAnalysisOptions( { "--radius", "--cell", "--kernel", "--output", "--mask" } ),
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
  if ( auto problem = readPointSelection( a, selection ) )
    return usage( err, *problem );
  KernelDensitySettings settings;
  if ( auto kernel = a.value( "--kernel" ) )
  {
    const auto shape = kernelShapeNamed( *kernel );
    if ( !shape )
      return usage( err, "unknown --kernel '" + *kernel + "'" );
    settings.kernel = *shape;
  }
  if ( auto kind = a.value( "--output" ) )
  {
    const auto densityOutput = densityOutputNamed( *kind );
    if ( !densityOutput )
      return usage( err, "--output must be raw, scaled or per-km2" );
    settings.output = *densityOutput;
  }
  double radius = 0;
  if ( auto problem = readNumber( a, "--radius", radius, "metres" ) )
    return usage( err, *problem );
  if ( a.value( "--radius" ) )
    settings.radiusMeters = radius;
  if ( auto problem = readNumber( a, "--cell", settings.cellSizeMeters, "metres" ) )
    return usage( err, *problem );
  settings.edgeCorrection = a.has( "--edge-correction" );
  settings.mask = a.value( "--mask" );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  auto run = runKernelDensity( *loaded->project, selection, loaded->incidents, settings );
  if ( !run )
    return fail( err, messageText( run.error() ) + " Nothing was written." );
  const KernelDensityParameters &parameters = run->parameters;
  const DensityRaster &raster = *run->output.raster;
  const AlignedGrid &grid = raster.grid;
  const std::string &units = run->output.provenance.units;
  out << "Kernel density\n"
      << "  selection: " << selection.describe() << " (" << run->incidentCount << " "
      << selectionPointsNoun( selection ) << ")\n"
      << "  radius:    " << number( parameters.radiusMeters ) << " m, "
      << ( run->radiusFromData ? "from the data (spatial Silverman rule)" : "chosen" ) << "\n"
      << "  grid:      " << grid.columns << " x " << grid.rows << " cells of "
      << number( parameters.cellSize ) << " m, west " << number( grid.west() ) << ", north "
      << number( grid.north() ) << "\n"
      << "  peak:      " << number( run->peak, 3 ) << " (" << units << ")\n"
      << "  computed in " << number( run->milliseconds ) << " ms\n";
  return deliver(
    output, *loaded->project, selection, run->output,
    [&]( const std::string &path )
    {
      return writeGeoTiff(
        path, grid, loaded->project->projectSrsId(), { { "density", &raster.values } },
        fileMetadata( *loaded->project, selection, run->output.provenance.parametersJson, units ) );
    },
    out, err );
}

int commandHotspots( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, pointAnalysisOptions( { "--cell", "--band", "--neighbours", "--areas" } ),
                         { "--replace", "--all-cells", "--hexagons" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "hotspots needs exactly one project file" );
  OutputChoice output;
  if ( auto problem = readOutput( a, output ) )
    return usage( err, *problem );
  Selection selection;
  if ( auto problem = readPointSelection( a, selection ) )
    return usage( err, *problem );
  HotSpotSettings settings;
  if ( auto problem = readNumber( a, "--cell", settings.cellSizeMeters, "metres" ) )
    return usage( err, *problem );
  double band = 300;
  if ( auto problem = readNumber( a, "--band", band, "metres" ) )
    return usage( err, *problem );
  if ( a.value( "--band" ) )
    settings.distanceBandMeters = band;
  if ( a.value( "--neighbours" ) )
  {
    int k = 8;
    if ( auto problem = readInteger( a, "--neighbours", k, 1, 1000 ) )
      return usage( err, *problem );
    if ( a.value( "--band" ) )
      return usage( err, "give either --band or --neighbours" );
    settings.neighbourCount = k;
  }
  settings.hexagons = a.has( "--hexagons" );
  settings.allCells = a.has( "--all-cells" );
  settings.areaKind = a.value( "--areas" );
  if ( settings.areaKind && !isAreaKind( *settings.areaKind ) )
    return usage( err, "--areas must be est_area, district, custom or all" );
  if ( settings.areaKind && ( a.value( "--cell" ) || a.value( "--neighbours" ) ) )
    return usage( err, "--areas works on the project's areas: --cell and --neighbours are for grids" );
  const std::string extension = output.outPath ? lowerExtension( *output.outPath ) : std::string();
  if ( output.outPath && extension != ".gpkg" && extension != ".geojson" && extension != ".csv" &&
       ( extension != ".tif" || settings.areaKind || settings.hexagons ) )
    return usage( err, "hotspots --out must end in .gpkg, .geojson, .csv (or .tif for a square grid)" );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  auto run = runHotSpots( *loaded->project, selection, loaded->incidents, settings );
  if ( !run )
    return fail( err, messageText( run.error() ) + " Nothing was written." );
  if ( settings.areaKind )
    out << "Hot spots (Getis-Ord Gi*) on areas\n"
        << "  selection: " << selection.describe() << " (" << run->incidentsInAreas << " of "
        << run->incidentCount << " " << selectionPointsNoun( selection ) << " inside the areas)\n"
        << "  areas:     " << run->areaCount << " (" << *settings.areaKind << "), neighbours within "
        << number( run->areaBandMeters ) << " m\n";
  else
  {
    const HotSpotGrid &grid = *run->grid;
    const bool knn = settings.neighbourCount.has_value();
    out << "Hot spots (Getis-Ord Gi*)\n"
        << "  selection: " << selection.describe() << " (" << grid.eventCount << " "
        << selectionPointsNoun( selection ) << ")\n"
        << "  grid:      "
        << ( settings.hexagons
               ? std::to_string( grid.cellCount() ) + " hexagons " + number( settings.cellSizeMeters ) +
                   " m apart, "
               : std::to_string( grid.grid.columns ) + " x " + std::to_string( grid.grid.rows ) +
                   " cells of " + number( settings.cellSizeMeters ) + " m, " )
        << ( knn ? std::to_string( *settings.neighbourCount ) + " nearest neighbours"
                 : "distance band " + number( settings.distanceBandMeters.value_or( 300 ) ) + " m" )
        << "\n";
  }
  const char *unit = settings.areaKind ? "areas" : "cells";
  const auto &classes = run->classes;
  out << "  hot 99/95/90 %:  " << classes[6] << " / " << classes[5] << " / " << classes[4] << " " << unit
      << "\n"
      << "  cold 99/95/90 %: " << classes[0] << " / " << classes[1] << " / " << classes[2] << " " << unit
      << " (after FDR correction)\n";
  for ( const Message &warning : run->warnings )
    out << "  note: " << messageText( warning ) << "\n";
  return deliver(
    output, *loaded->project, selection, run->output,
    [&]( const std::string &path ) -> Status
    {
      if ( lowerExtension( path ) == ".tif" )
      {
        const GiStarResult &s = run->grid->statistics;
        std::vector<double> bins( s.binsFdr.begin(), s.binsFdr.end() );
        return writeGeoTiff(
          path, run->grid->grid, loaded->project->projectSrsId(),
          { { "count", &run->grid->counts }, { "z", &s.zScores }, { "p", &s.pValues }, { "bin_fdr", &bins } },
          fileMetadata( *loaded->project, selection, run->output.provenance.parametersJson, "" ) );
      }
      return writeOutputTables( path, *loaded->project, selection, run->output );
    },
    out, err );
}

int commandClusters( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args, pointAnalysisOptions( { "--eps", "--min-points", "--time-eps", "--hull", "--concavity" } ),
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
  if ( auto problem = readPointSelection( a, selection ) )
    return usage( err, *problem );
  ClusterSettings settings;
  if ( auto problem = readNumber( a, "--eps", settings.epsMeters, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readInteger( a, "--min-points", settings.minPoints, 1, 1000000 ) )
    return usage( err, *problem );
  double timeEpsDays = 0;
  if ( auto problem = readNumber( a, "--time-eps", timeEpsDays, "days" ) )
    return usage( err, *problem );
  if ( a.value( "--time-eps" ) )
  {
    if ( !( timeEpsDays > 0 ) )
      return usage( err, "--time-eps must be more than 0 days" );
    settings.timeEpsDays = timeEpsDays;
  }
  if ( auto shape = a.value( "--hull" ) )
  {
    if ( *shape != "convex" && *shape != "concave" )
      return usage( err, "--hull must be convex or concave" );
    settings.concaveHull = *shape == "concave";
  }
  if ( auto problem = readNumber( a, "--concavity", settings.concavity, "0 to 1" ) )
    return usage( err, *problem );

  auto loaded = load( a.positional[0], selection, output.storing(), err );
  if ( !loaded )
    return 1;
  auto run = runClusters( *loaded->project, selection, loaded->incidents, settings );
  if ( !run )
    return fail( err, messageText( run.error() ) + " Nothing was written." );
  out << "Clusters (" << run->method << ")\n"
      << "  selection: " << selection.describe() << " (" << run->incidentCount << " "
      << selectionPointsNoun( selection ) << ")\n"
      << "  eps " << number( settings.epsMeters ) << " m";
  if ( settings.timeEpsDays )
    out << " and " << number( *settings.timeEpsDays ) << " days";
  const std::string noun = selectionPointsNoun( selection );
  out << ", at least " << settings.minPoints << " " << noun << "\n"
      << "  clusters:  " << run->clustering.clusterCount << "\n"
      << "  noise:     " << run->noiseCount << " " << noun << " in no cluster\n";
  std::vector<const ClusterDescription *> largest;
  for ( const ClusterDescription &c : run->clusters )
    largest.push_back( &c );
  std::stable_sort( largest.begin(), largest.end(), []( auto *x, auto *y ) { return x->count > y->count; } );
  for ( size_t i = 0; i < largest.size() && i < 5; ++i )
  {
    const ClusterDescription &c = *largest[i];
    out << "  cluster " << c.clusterId << ": " << c.count << " " << noun << ", peak hour " << c.peakHour
        << ":00";
    if ( !c.dominantCategories.empty() )
      out << ", mostly " << c.dominantCategories[0].first << " (" << c.dominantCategories[0].second << ")";
    out << "\n";
  }
  return deliver(
    output, *loaded->project, selection, run->output,
    [&]( const std::string &path )
    { return writeOutputTables( path, *loaded->project, selection, run->output ); },
    out, err );
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
  ComparisonSettings settings;
  const std::string against = a.value( "--against" ).value_or( "previous" );
  if ( against != "previous" && against != "last-year" )
    return usage( err, "--against must be previous or last-year" );
  settings.againstLastYear = against == "last-year";
  settings.areaKind = a.value( "--areas" ).value_or( "est_area" );
  if ( !isAreaKind( settings.areaKind ) )
    return usage( err, "--areas must be est_area, district, custom or all" );
  if ( auto problem = readNumber( a, "--cell", settings.cellSizeMeters, "metres" ) )
    return usage( err, *problem );
  if ( auto problem = readNumber( a, "--alpha", settings.alpha, "0 to 1" ) )
    return usage( err, *problem );
  if ( !( settings.alpha > 0 && settings.alpha < 1 ) )
    return usage( err, "--alpha must lie between 0 and 1" );
  int top = 3;
  if ( auto problem = readInteger( a, "--top", top, 1, 1000 ) )
    return usage( err, *problem );

  auto project = openProject( a.positional[0], !output.storing(), err );
  if ( !project )
    return fail( err, project.error() );
  auto incidents = selectComparisonIncidents( *project.value(), selection, settings );
  if ( !incidents )
    return fail( err, incidents.error() );
  for ( const AnalysisIncidents *set : { &incidents->now, &incidents->before } )
    for ( const Message &warning : set->warnings() )
      err << "tryggkarta-cli: warning: " << messageText( warning ) << "\n";
  auto run = runComparison( *project.value(), selection, incidents.value(), settings );
  if ( !run )
    return fail( err, run.error() );
  const AreaComparison &byArea = run->byArea;
  out << "Comparison\n"
      << "  now:     " << selection.describe() << " (" << incidents->now.incidents.size() << " incidents)\n"
      << "  before:  " << incidents->earlier.describe() << " (" << incidents->before.incidents.size()
      << " incidents)\n"
      << "  total:   " << byArea.total.countNow << " vs " << byArea.total.countBefore << ", "
      << changeText( byArea.total ) << ", p " << pText( byArea.total.pValue ) << ": "
      << significanceText( byArea.total ) << "\n";
  if ( !run->areas.empty() )
  {
    out << "  ranked areas (" << settings.areaKind << "; most incidents now first):\n";
    for ( size_t r = 0; r < byArea.ranking.size(); ++r )
    {
      const AreaComparisonRow &row = byArea.rows[byArea.ranking[r]];
      out << "  " << std::setw( 3 ) << r + 1 << ". " << row.label << ": " << row.counts.countNow
          << " (before " << row.counts.countBefore << ", " << changeText( row.counts ) << ", p "
          << pText( row.counts.pValue ) << ", " << significanceText( row.counts ) << ")";
      if ( row.perSquareKmNow )
        out << ", " << number( *row.perSquareKmNow, 1 ) << " per km²";
      out << ( static_cast<int>( r ) < top ? "  <- top " + std::to_string( top ) : std::string() ) << "\n";
    }
  }
  else
    out << "  (the project has no areas of kind " << settings.areaKind << ")\n";
  out << "  cells of " << number( settings.cellSizeMeters, 0 ) << " m: " << run->byCell.cells.size()
      << " with incidents, " << run->increasedCells << " significant increases and " << run->decreasedCells
      << " decreases after FDR\n";
  for ( const Message &note : run->output.notes )
    out << "  note: " << messageText( note ) << "\n";
  return deliver(
    output, *project.value(), selection, run->output,
    [&]( const std::string &path )
    { return writeOutputTables( path, *project.value(), selection, run->output ); },
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
  AnalysisOutput analysis;
  analysis.provenance =
    ResultProvenance{ "profile", selection, json,
                      std::to_string( loaded->incidents.size() ) + " incidents; peak " +
                        kWeekdayShort[peakDay - 1] + " " + std::to_string( peakHour ) + ":00",
                      "incidents" };
  analysis.tables.push_back( OutputTable{ "", "hour_weekday", std::move( matrixTable ) } );
  analysis.tables.push_back( OutputTable{ "series", "series", std::move( seriesTable ) } );
  return deliver(
    output, *loaded->project, selection, analysis,
    [&]( const std::string &path )
    { return writeOutputTables( path, *loaded->project, selection, analysis ); },
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
    return fail( err, messageText( result.error() ) + " Nothing was written." );
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
  AnalysisOutput analysis;
  analysis.provenance = ResultProvenance{ "knox", selection, bandsJson,
                                          std::to_string( result->eventCount ) + " incidents, " +
                                            std::to_string( parameters.permutations ) + " permutations",
                                          "pairs" };
  analysis.tables.push_back( OutputTable{ "", "knox", std::move( table ) } );
  return deliver(
    output, *loaded->project, selection, analysis,
    [&]( const std::string &path )
    { return writeOutputTables( path, *loaded->project, selection, analysis ); },
    out, err );
}

} // namespace tryggkarta::cli
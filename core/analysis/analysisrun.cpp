#include "analysisrun.h"

#include "calendar.h"

#include "datetimeparser.h"
#include "json.h"
#include "masks.h"
#include "projectfile.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <map>
#include <memory>
#include <sstream>

namespace tryggkarta
{

namespace
{

std::string number( double value, int decimals = 1 )
{
  std::ostringstream out;
  out << std::fixed << std::setprecision( decimals ) << value;
  return out.str();
}

//! The points of the incidents whose place is a point (selectAnalysisIncidents has left the others out
//! already; a list made otherwise does not bring them in).
std::vector<WeightedPoint> pointsOf( const std::vector<SelectedIncident> &incidents )
{
  std::vector<WeightedPoint> points;
  points.reserve( incidents.size() );
  for ( const SelectedIncident &i : incidents )
    if ( i.placesPoint() )
      points.push_back( WeightedPoint{ i.x, i.y, i.weight } );
  return points;
}

//! The incidents whose place is a point: the list itself when all are, else a copy without the others in
//! kept.
const std::vector<SelectedIncident> &pointsOnly( const std::vector<SelectedIncident> &incidents,
                                                 std::vector<SelectedIncident> &kept )
{
  if ( std::all_of( incidents.begin(), incidents.end(),
                    []( const SelectedIncident &i ) { return i.placesPoint(); } ) )
    return incidents;
  kept = incidents;
  takeImprecise( kept );
  return kept;
}

std::map<std::string, std::string> categoryLabels( ProjectFile &project )
{
  std::map<std::string, std::string> labels;
  for ( const Category &c : project.categories() )
    labels[c.code] = c.labelSv.empty() ? c.code : c.labelSv;
  // Observations are described by their checklist items (see clusterCategoryKey).
  Statement items = project.db().prepare( "SELECT code, label_sv FROM checklist_items" );
  while ( items.step() )
    labels[clusterCategoryKey( RecordTable::Observations, items.text( 0 ) )] =
      "Vandring: " + ( items.isNull( 1 ) || items.text( 1 ).empty() ? items.text( 0 ) : items.text( 1 ) );
  labels[clusterCategoryKey( RecordTable::Observations, "" )] = "Vandring";
  return labels;
}

//! The layer and the observations' weighting for a method's parameters (JSON members with a leading comma),
//! nothing for incidents: a result says what it was made from and how. DBSCAN counts points, unweighted.
std::string layerJson( const Selection &selection, bool weighted = true )
{
  if ( !selection.includesObservations() )
    return std::string();
  return ",\"layer\":" + jsonString( selectionLayerName( selection.layer ) ) + ",\"observation_weight\":" +
         ( weighted ? jsonString( kObservationWeightRule ) : jsonString( "none" ) );
}

//! How many points, in words: "42 incidents", "12 observations (weighted 3 − rating)".
std::string pointsText( const Selection &selection, std::size_t count )
{
  std::string text = std::to_string( count ) + " " + selectionPointsNoun( selection );
  if ( selection.includesObservations() )
    text += std::string( " (observations weighted " ) + kObservationWeightRule + ")";
  return text;
}

const std::pair<const char *, KernelShape> kKernels[] = {
  { "quartic", KernelShape::Quartic },           { "triweight", KernelShape::Triweight },
  { "epanechnikov", KernelShape::Epanechnikov }, { "uniform", KernelShape::Uniform },
  { "triangular", KernelShape::Triangular },     { "gaussian", KernelShape::Gaussian } };

} // namespace

// ---------------------------------------------------------------------------------------------------------

Expected<StoredResult> storeOutput( ResultStore &store, const std::string &name, const AnalysisOutput &output,
                                    bool replace, const ProgressCallback &progress )
{
  if ( output.raster )
    return store.storeRaster( name, output.provenance, output.raster->grid, output.raster->values, replace,
                              progress );
  std::vector<std::pair<std::string, const ResultTable *>> tables;
  for ( const OutputTable &t : output.tables )
    tables.emplace_back( t.suffix, &t.table );
  return store.storeTables( name, output.provenance, tables, replace, progress );
}

std::string defaultResultName( const std::string &method, const Selection &selection,
                               const std::string &filteredWord )
{
  const std::string described = selection.describe();
  const size_t semicolon = described.find( ';' );
  return method + " " + described.substr( 0, semicolon ) +
         ( semicolon == std::string::npos ? "" : " (" + filteredWord + ")" );
}

std::vector<Message> AnalysisIncidents::warnings() const
{
  std::vector<Message> out;
  for ( const std::optional<Message> *warning : { &outsideWarning, &observationsOutsideWarning } )
    if ( *warning )
      out.push_back( **warning );
  for ( Message &warning : describeImprecise( imprecise ) )
    out.push_back( std::move( warning ) );
  return out;
}

Expected<AnalysisIncidents> selectAnalysisIncidents( ProjectFile &project, const Selection &selection,
                                                     bool spatial )
{
  auto incidents = selectIncidents( project, selection );
  if ( !incidents )
    return Error{ incidents.error() };
  AnalysisIncidents out;
  out.incidents = std::move( incidents.value() );
  if ( selection.area )
  {
    // The selection's area took out those whose place is not a point: how many.
    auto imprecise = countImprecise( project, selection );
    if ( !imprecise )
      return Error{ imprecise.error() };
    out.imprecise = imprecise.value();
  }
  if ( spatial )
  {
    out.imprecise += takeImprecise( out.incidents );
    auto extent = projectExtent( project );
    if ( !extent )
      return Error{ extent.error() };
    if ( extent.value() )
    {
      const std::vector<SelectedIncident> outside = takeOutside( out.incidents, **extent );
      out.outsideWarning = describeOutside( outside, **extent );
      out.observationsOutsideWarning = describeOutsideObservations( outside, **extent );
    }
  }
  return out;
}

Message noIncidentsMessage( const Selection &selection )
{
  const MessageCode code =
    selection.layer == SelectionLayer::Observations ? MessageCode::AnalysisNoObservations
    : selection.layer == SelectionLayer::Both       ? MessageCode::AnalysisNoIncidentsOrObservations
                                                    : MessageCode::AnalysisNoIncidents;
  return Message::make( code, selection.describe() );
}

bool isAreaKind( const std::string &kind )
{
  return kind == "est_area" || kind == "district" || kind == "custom" || kind == "all";
}

// ---------------------------------------------------------------------------------------------------------
// Kernel density

std::optional<KernelShape> kernelShapeNamed( const std::string &name )
{
  for ( const auto &[text, shape] : kKernels )
    if ( name == text )
      return shape;
  return std::nullopt;
}

std::string kernelShapeName( KernelShape kernel )
{
  for ( const auto &[text, shape] : kKernels )
    if ( kernel == shape )
      return text;
  return "quartic";
}

std::optional<DensityOutput> densityOutputNamed( const std::string &name )
{
  if ( name == "raw" )
    return DensityOutput::Raw;
  if ( name == "scaled" )
    return DensityOutput::Scaled;
  if ( name == "per-km2" )
    return DensityOutput::EventsPerSquareKm;
  return std::nullopt;
}

std::string densityOutputName( DensityOutput output )
{
  switch ( output )
  {
  case DensityOutput::Raw:
    return "raw";
  case DensityOutput::Scaled:
    return "scaled";
  case DensityOutput::EventsPerSquareKm:
    return "per-km2";
  }
  return "per-km2";
}

std::string densityUnits( DensityOutput output )
{
  return output == DensityOutput::Raw      ? "raw kernel sum"
         : output == DensityOutput::Scaled ? "events per m²"
                                           : "events per km² for the period";
}

Expected<double> defaultKernelRadius( const std::vector<SelectedIncident> &incidents )
{
  return KernelDensity::defaultRadius( pointsOf( incidents ) );
}

namespace
{
//! The parameters for the settings, the radius resolved from the data when not given.
Expected<KernelDensityParameters> kernelDensityParameters( const std::vector<WeightedPoint> &points,
                                                           const KernelDensitySettings &settings )
{
  KernelDensityParameters parameters;
  parameters.cellSize = settings.cellSizeMeters;
  parameters.kernel = settings.kernel;
  parameters.output = settings.output;
  parameters.edgeCorrection = settings.edgeCorrection;
  if ( settings.radiusMeters )
    parameters.radiusMeters = *settings.radiusMeters;
  else
  {
    auto radius = KernelDensity::defaultRadius( points );
    if ( !radius )
      return Error{ radius.error() };
    parameters.radiusMeters = radius.value();
  }
  return parameters;
}
} // namespace

Expected<AlignedGrid> planKernelDensity( const std::vector<SelectedIncident> &incidents,
                                         const KernelDensitySettings &settings )
{
  const std::vector<WeightedPoint> points = pointsOf( incidents );
  auto parameters = kernelDensityParameters( points, settings );
  if ( !parameters )
    return Error{ parameters.error() };
  return KernelDensity( parameters.value() ).grid( points );
}

Expected<KernelDensityRun> runKernelDensity( ProjectFile &project, const Selection &selection,
                                             const std::vector<SelectedIncident> &incidents,
                                             const KernelDensitySettings &settings,
                                             const ProgressCallback &progress )
{
  const std::vector<WeightedPoint> points = pointsOf( incidents );
  if ( points.empty() )
    return Error{ noIncidentsMessage( selection ) };
  auto resolved = kernelDensityParameters( points, settings );
  if ( !resolved )
    return Error{ resolved.error() };
  KernelDensityRun run;
  run.parameters = std::move( resolved.value() );
  run.radiusFromData = !settings.radiusMeters;
  run.incidentCount = points.size();
  KernelDensityParameters &parameters = run.parameters;
  if ( settings.mask )
  {
    auto grid = KernelDensity( parameters ).grid( points );
    if ( !grid )
      return Error{ grid.error() };
    auto cells = rasterizeMask( project, grid.value(), *settings.mask );
    if ( !cells )
      return Error{ cells.error() };
    parameters.mask = std::move( cells.value() );
  }
  if ( !reportProgress( progress, 0.1 ) )
    return Error( MessageCode::Cancelled );
  const auto started = std::chrono::steady_clock::now();
  auto raster = KernelDensity( parameters ).compute( points );
  if ( !raster )
    return Error{ raster.error() };
  run.milliseconds =
    std::chrono::duration<double, std::milli>( std::chrono::steady_clock::now() - started ).count();
  parameters.mask.clear();
  for ( double v : raster->values )
    run.peak = std::max( run.peak, v );

  const std::string kernelName = kernelShapeName( parameters.kernel );
  const AlignedGrid &grid = raster->grid;
  const std::string units = densityUnits( parameters.output );
  const std::string json =
    "{\"method\":\"kernel density\",\"kernel\":" + jsonString( kernelName ) +
    ",\"radius_m\":" + number( parameters.radiusMeters, 3 ) +
    ",\"radius_from_data\":" + ( run.radiusFromData ? "true" : "false" ) +
    ",\"cell_m\":" + number( parameters.cellSize, 3 ) +
    ",\"output\":" + jsonString( densityOutputName( parameters.output ) ) +
    ",\"mask\":" + ( settings.mask ? jsonString( *settings.mask ) : std::string( "null" ) ) +
    ",\"edge_correction\":" + ( parameters.edgeCorrection ? "true" : "false" ) +
    ",\"grid\":{\"west\":" + number( grid.west(), 3 ) + ",\"north\":" + number( grid.north(), 3 ) +
    ",\"columns\":" + std::to_string( grid.columns ) + ",\"rows\":" + std::to_string( grid.rows ) +
    "},\"incidents\":" + std::to_string( points.size() ) + layerJson( selection ) + "}";
  run.output.provenance =
    ResultProvenance{ "kde", selection, json,
                      kernelName + " kernel, radius " + number( parameters.radiusMeters, 0 ) + " m, cell " +
                        number( parameters.cellSize, 0 ) + " m, " + pointsText( selection, points.size() ),
                      units };
  run.output.raster = std::move( raster.value() );
  reportProgress( progress, 1 );
  return run;
}

// ---------------------------------------------------------------------------------------------------------
// Hot spots

namespace
{
HotSpotParameters hotSpotParameters( const HotSpotSettings &settings )
{
  HotSpotParameters parameters;
  parameters.cellSizeMeters = settings.cellSizeMeters;
  parameters.distanceBandMeters = settings.distanceBandMeters.value_or( 300 );
  if ( settings.neighbourCount )
  {
    parameters.neighbourhood = HotSpotNeighbourhood::KNearest;
    parameters.neighbourCount = *settings.neighbourCount;
  }
  if ( settings.hexagons )
    parameters.shape = HotSpotGridShape::Hexagon;
  return parameters;
}
} // namespace

std::optional<Error> checkHotSpots( const std::vector<SelectedIncident> &incidents,
                                    const HotSpotSettings &settings )
{
  if ( settings.areaKind )
  {
    if ( !isAreaKind( *settings.areaKind ) )
      return Error( MessageCode::AnalysisBadAreaKind );
    if ( settings.distanceBandMeters && !( *settings.distanceBandMeters >= 0 ) )
      return Error( MessageCode::AnalysisBadAreaBand );
    return std::nullopt;
  }
  const HotSpots hotSpots( hotSpotParameters( settings ) );
  const std::vector<WeightedPoint> points = pointsOf( incidents );
  if ( settings.hexagons )
  {
    auto grid = hotSpots.hexagonGrid( points );
    return grid ? std::nullopt : std::optional<Error>( Error{ grid.error() } );
  }
  auto grid = hotSpots.grid( points );
  return grid ? std::nullopt : std::optional<Error>( Error{ grid.error() } );
}

Expected<HotSpotRun> runHotSpots( ProjectFile &project, const Selection &selection,
                                  const std::vector<SelectedIncident> &incidents,
                                  const HotSpotSettings &settings, const ProgressCallback &progress )
{
  const std::vector<WeightedPoint> points = pointsOf( incidents );
  if ( points.empty() )
    return Error{ noIncidentsMessage( selection ) };
  HotSpotRun run;
  run.incidentCount = points.size();
  ResultTable table;
  std::string json, summary;
  if ( settings.areaKind )
  {
    const std::string &areaKind = *settings.areaKind;
    if ( !isAreaKind( areaKind ) )
      return Error( MessageCode::AnalysisBadAreaKind );
    auto areas = loadAreas( project, areaKind == "all" ? std::string() : areaKind );
    if ( !areas )
      return Error{ areas.error() };
    if ( areas->size() < 3 )
      return areaKind == "all" ? Error( MessageCode::HotSpotAreasTooFew, areas->size() )
                               : Error( MessageCode::HotSpotAreasTooFewOfKind, areas->size(), areaKind );
    std::vector<double> counts( areas->size(), 0 );
    AreaLocator locator( areas.value() );
    for ( const WeightedPoint &p : points )
    {
      // Areas of different kinds may overlap: an incident counts in each area it lies in.
      const std::vector<int> in = locator.locateAll( p.x, p.y );
      for ( int index : in )
        counts[static_cast<size_t>( index )] += p.weight;
      run.incidentsInAreas += in.empty() ? 0 : 1;
    }
    if ( !reportProgress( progress, 0.3 ) )
      return Error( MessageCode::Cancelled );
    // Neighbours: areas whose outlines come within the band (default: touching, 1 m for digitising slack).
    const double band = settings.distanceBandMeters.value_or( 1.0 );
    run.areaBandMeters = band;
    run.areaCount = areas->size();
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
    if ( !reportProgress( progress, 0.7 ) )
      return Error( MessageCode::Cancelled );
    auto statistics = HotSpots::giStar( counts, neighbours );
    if ( !statistics )
      return Error{ statistics.error() };
    run.warnings = statistics->warnings;
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
      ++run.classes[static_cast<size_t>( statistics->binsFdr[i] + 3 )];
    }
    json = "{\"method\":\"Getis-Ord Gi*\",\"on\":\"areas\",\"kind\":" + jsonString( areaKind ) +
           ",\"neighbours_within_m\":" + number( band, 1 ) +
           ",\"incidents_in_areas\":" + std::to_string( run.incidentsInAreas ) + layerJson( selection ) + "}";
    summary = "Gi* on " + std::to_string( areas->size() ) + " areas (" + areaKind + ")";
  }
  else
  {
    const HotSpotParameters parameters = hotSpotParameters( settings );
    auto result = HotSpots( parameters ).compute( points );
    if ( !result )
      return Error{ result.error() };
    run.grid = std::move( result.value() );
    if ( !reportProgress( progress, 0.7 ) )
      return Error( MessageCode::Cancelled );
    run.warnings = run.grid->statistics.warnings;
    for ( std::int8_t bin : run.grid->statistics.binsFdr )
      ++run.classes[static_cast<size_t>( bin + 3 )];
    table = hotSpotCellTable( *run.grid, settings.allCells );
    const bool knn = parameters.neighbourhood == HotSpotNeighbourhood::KNearest;
    const bool hexagons = parameters.shape == HotSpotGridShape::Hexagon;
    json = "{\"method\":\"Getis-Ord Gi*\",\"on\":" +
           std::string( hexagons ? "\"hexagon grid\"" : "\"square grid\"" ) +
           ",\"cell_m\":" + number( parameters.cellSizeMeters, 3 ) +
           ( knn ? ",\"k_nearest\":" + std::to_string( parameters.neighbourCount )
                 : ",\"band_m\":" + number( parameters.distanceBandMeters, 3 ) ) +
           ",\"fdr\":true,\"incidents\":" + std::to_string( run.grid->eventCount ) + layerJson( selection ) +
           "}";
    summary = "Gi* on " + number( parameters.cellSizeMeters, 0 ) +
              ( hexagons ? " m hexagons, " : " m cells, " ) +
              ( knn ? std::to_string( parameters.neighbourCount ) + " nearest"
                    : "band " + number( parameters.distanceBandMeters, 0 ) + " m" );
  }
  if ( selection.includesObservations() )
    summary += ", " + pointsText( selection, points.size() );
  run.output.provenance = ResultProvenance{ "hotspots", selection, json, summary, "Gi* z-score and class" };
  run.output.notes = run.warnings;
  run.output.tables.push_back( OutputTable{ "", "hotspots", std::move( table ) } );
  reportProgress( progress, 1 );
  return run;
}

// ---------------------------------------------------------------------------------------------------------
// Clusters

Expected<ClusterRun> runClusters( ProjectFile &project, const Selection &selection,
                                  const std::vector<SelectedIncident> &selected,
                                  const ClusterSettings &settings, const ProgressCallback &progress )
{
  std::vector<SelectedIncident> kept;
  const std::vector<SelectedIncident> &incidents = pointsOnly( selected, kept );
  if ( incidents.empty() )
    return Error{ noIncidentsMessage( selection ) };
  if ( settings.timeEpsDays && !( *settings.timeEpsDays > 0 ) )
    return Error( MessageCode::ClusterBadTimeWindow );
  if ( !( settings.concavity >= 0 && settings.concavity <= 1 ) )
    return Error( MessageCode::ClusterBadConcavity );
  DbscanParameters parameters;
  parameters.epsMeters = settings.epsMeters;
  parameters.minPoints = settings.minPoints;
  parameters.timeEpsSeconds = settings.timeEpsDays.value_or( 0 ) * kSecondsPerDay;
  ClusterHullOptions hull;
  hull.concave = settings.concaveHull;
  hull.concavity = settings.concavity;
  hull.degenerateBufferMeters = std::max( 1.0, parameters.epsMeters / 10 );

  std::vector<ClusterPoint> points;
  std::vector<std::int64_t> times;
  points.reserve( incidents.size() );
  times.reserve( incidents.size() );
  for ( const SelectedIncident &i : incidents )
  {
    points.push_back( ClusterPoint{ i.x, i.y } );
    times.push_back( i.midpointUtc() );
  }
  ClusterRun run;
  run.incidentCount = points.size();
  const bool spaceTime = settings.timeEpsDays.has_value();
  const ProgressCallback clustering = progressRange( progress, 0, 0.8 );
  auto result =
    spaceTime ? stDbscan( points, times, parameters, clustering ) : dbscan( points, parameters, clustering );
  if ( !result )
    return Error{ result.error() };
  run.clustering = std::move( result.value() );
  auto clusters = describeClusters( incidents, run.clustering, hull, categoryLabels( project ) );
  if ( !clusters )
    return Error{ clusters.error() };
  run.clusters = std::move( clusters.value() );
  if ( !reportProgress( progress, 0.95 ) )
    return Error( MessageCode::Cancelled );
  for ( int cluster : run.clustering.clusterIds )
    run.noiseCount += cluster == ClusteringResult::NOISE ? 1 : 0;
  run.method = spaceTime ? "ST-DBSCAN" : "DBSCAN";
  const std::string json =
    "{\"method\":" + jsonString( run.method ) + ",\"eps_m\":" + number( parameters.epsMeters, 3 ) +
    ",\"min_points\":" + std::to_string( parameters.minPoints ) +
    ( spaceTime ? ",\"time_eps_days\":" + number( *settings.timeEpsDays, 3 ) : std::string() ) +
    ",\"hull\":" +
    ( hull.concave ? "\"concave\",\"concavity\":" + number( hull.concavity, 3 )
                   : std::string( "\"convex\"" ) ) +
    ",\"incidents\":" + std::to_string( points.size() ) + layerJson( selection, false ) + "}";
  run.output.provenance = ResultProvenance{
    "clusters", selection, json,
    run.method + ", eps " + number( parameters.epsMeters, 0 ) + " m, " +
      std::to_string( parameters.minPoints ) + " " + selectionPointsNoun( selection ) + ": " +
      std::to_string( run.clustering.clusterCount ) + " clusters" +
      ( selection.includesObservations() ? std::string( " (DBSCAN counts points: each observation once)" )
                                         : std::string() ),
    "" };
  run.output.tables.push_back( OutputTable{ "", "clusters", clusterHullTable( run.clusters ) } );
  run.output.tables.push_back(
    OutputTable{ "events", "events", clusterEventTable( incidents, run.clustering, false ) } );
  reportProgress( progress, 1 );
  return run;
}

// ---------------------------------------------------------------------------------------------------------
// Comparison

namespace
{
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

Expected<Period> earlierPeriod( const Selection &selection, const ComparisonSettings &settings )
{
  if ( !selection.fromUtc || !selection.untilUtc )
    return Error( MessageCode::CompareNeedsPeriod );
  return settings.againstLastYear ? samePeriodLastYear( *selection.fromUtc, *selection.untilUtc )
                                  : previousPeriod( *selection.fromUtc, *selection.untilUtc );
}
} // namespace

Expected<ComparisonIncidents> selectComparisonIncidents( ProjectFile &project, const Selection &selection,
                                                         const ComparisonSettings &settings )
{
  auto before = earlierPeriod( selection, settings );
  if ( !before )
    return Error{ before.error() };
  ComparisonIncidents out;
  out.earlier = selection;
  out.earlier.fromUtc = before->fromUtc;
  out.earlier.untilUtc = before->untilUtc;
  auto now = selectAnalysisIncidents( project, selection );
  if ( !now )
    return Error{ now.error() };
  auto then = selectAnalysisIncidents( project, out.earlier );
  if ( !then )
    return Error{ then.error() };
  out.now = std::move( now.value() );
  out.before = std::move( then.value() );
  return out;
}

Expected<ComparisonRun> runComparison( ProjectFile &project, const Selection &selection,
                                       const ComparisonIncidents &incidents,
                                       const ComparisonSettings &settings, const ProgressCallback &progress )
{
  if ( !isAreaKind( settings.areaKind ) )
    return Error( MessageCode::AnalysisBadAreaKind );
  auto before = earlierPeriod( selection, settings );
  if ( !before )
    return Error{ before.error() };
  const std::vector<SelectedIncident> &now = incidents.now.incidents;
  const std::vector<SelectedIncident> &then = incidents.before.incidents;
  if ( now.empty() && then.empty() )
    return Error( MessageCode::CompareNoIncidents, selection.describe(), incidents.earlier.describe() );
  ComparisonRun run;
  run.parameters.alpha = settings.alpha;
  run.parameters.current = Period{ *selection.fromUtc, *selection.untilUtc };
  run.parameters.before = before.value();
  auto areas = loadAreas( project, settings.areaKind == "all" ? std::string() : settings.areaKind );
  if ( !areas )
    return Error{ areas.error() };
  run.areas = std::move( areas.value() );
  auto byArea = compareAreas( now, then, run.areas, run.parameters );
  if ( !byArea )
    return Error{ byArea.error() };
  run.byArea = std::move( byArea.value() );
  if ( !reportProgress( progress, 0.2 ) )
    return Error( MessageCode::Cancelled );
  auto byCell = compareGrid( now, then, settings.cellSizeMeters, run.parameters, std::nullopt,
                             progressRange( progress, 0.2, 0.9 ) );
  if ( !byCell )
    return Error{ byCell.error() };
  run.byCell = std::move( byCell.value() );
  for ( const CellComparisonRow &c : run.byCell.cells )
    if ( c.counts.significantFdr )
      ( c.counts.direction == ChangeDirection::Increase ? run.increasedCells : run.decreasedCells ) += 1;

  using T = ResultField::Type;
  ResultTable areaTable;
  areaTable.geometry = ResultTable::Geometry::Polygon;
  areaTable.fields = { { "rank", T::Integer }, { "area_fid", T::Integer }, { "area", T::Text } };
  for ( const ResultField &f : changeFields() )
    areaTable.fields.push_back( f );
  areaTable.fields.push_back( { "per_km2_now", T::Real } );
  areaTable.fields.push_back( { "per_km2_before", T::Real } );
  std::vector<size_t> rankOf( run.byArea.rows.size() );
  for ( size_t r = 0; r < run.byArea.ranking.size(); ++r )
    rankOf[run.byArea.ranking[r]] = r + 1;
  for ( size_t i = 0; i < run.byArea.rows.size(); ++i )
  {
    const AreaComparisonRow &row = run.byArea.rows[i];
    ResultFeature f;
    f.rings = run.areas[row.areaIndex].rings;
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
  const double cell = settings.cellSizeMeters;
  for ( const CellComparisonRow &c : run.byCell.cells )
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
    jsonString( settings.againstLastYear ? "last-year" : "previous" ) +
    ",\"before\":{\"from\":" + jsonString( formatUtcIso( run.parameters.before.fromUtc ) ) +
    ",\"until\":" + jsonString( formatUtcIso( run.parameters.before.untilUtc ) ) +
    "},\"areas\":" + jsonString( settings.areaKind ) + ",\"cell_m\":" + number( cell, 3 ) +
    ",\"alpha\":" + number( run.parameters.alpha, 4 ) + "}";
  run.output.provenance = ResultProvenance{ "compare", selection, json,
                                            "against " + incidents.earlier.describe() + ": " +
                                              std::to_string( run.byArea.total.countNow ) + " vs " +
                                              std::to_string( run.byArea.total.countBefore ),
                                            "" };
  if ( now.size() + then.size() < 30 )
    run.output.notes.push_back( Message::make( MessageCode::CompareFewIncidents ) );
  run.output.tables.push_back( OutputTable{ "", "areas", std::move( areaTable ) } );
  run.output.tables.push_back( OutputTable{ "cells", "cells", std::move( cellTable ) } );
  reportProgress( progress, 1 );
  return run;
}

} // namespace tryggkarta

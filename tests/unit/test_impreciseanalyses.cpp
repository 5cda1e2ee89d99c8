// Incidents whose place is not a point (only the municipality, the county or an area) stay in the counts and
// are left out of everything that places points, which says how many it left out: kernel density, Gi*,
// clusters, the Knox test, a walk's context, the areas.

#include "testrandom.h"
#include "testutil.h"
#include "testproject.h"

#include "analysisrun.h"
#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "lagesbild.h"
#include "projectfile.h"
#include "publicmode.h"
#include "reportperiod.h"
#include "selection.h"
#include "swedishplaces.h"
#include "temporal.h"
#include "walkcontext.h"

#include <catch2/catch.hpp>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>

using namespace tryggkarta;
using testutil::addSquare;
using testutil::centroidTm;
using testutil::TempDir;

namespace
{

constexpr double kClusterEast = 449300, kClusterNorth = 6574900; // a square in Kristinehamn's centre
constexpr int kClustered = 40, kSpread = 40, kStacked = 40, kInArea = 5;
constexpr int kExact = kClustered + kSpread;

void addIncident( Statement &s, double x, double y, const std::string &at, const char *precision )
{
  const std::vector<unsigned char> blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, at ).bind( 3, precision );
  s.run();
}

/**
 * March 2026: 40 incidents gathered within 30 m of a square (a cluster, a hot spot), 40 spread over the town,
 * 40 police events known only as "Kristinehamn" on the municipality's centroid, and 5 known only as the
 * centre (area precision) on the square itself. One area, "Centrum", around the square.
 */
std::unique_ptr<ProjectFile> makeProject( const TempDir &dir )
{
  auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( created.ok() );
  std::unique_ptr<ProjectFile> project = std::move( created.value() );
  testutil::Random random( 2026 );
  const auto [sx, sy] = centroidTm( "Kristinehamn" );
  {
    Transaction transaction( project->db() );
    Statement s = project->db().prepare(
      "INSERT INTO incidents (geom, occurred_from, category, source, place_precision, created_at, "
      "updated_at) "
      "VALUES (?, ?, 'klotter', 'police', ?, '2026-04-01T00:00:00Z', '2026-04-01T00:00:00Z')" );
    auto day = [&random]
    {
      const int d = 2 + static_cast<int>( random.uniform() * 27 );
      const int h = static_cast<int>( random.uniform() * 24 );
      return "2026-03-" + std::string( d < 10 ? "0" : "" ) + std::to_string( d ) + "T" +
             std::string( h < 10 ? "0" : "" ) + std::to_string( h ) + ":00:00Z";
    };
    for ( int i = 0; i < kClustered; ++i )
      addIncident( s, kClusterEast + ( random.uniform() - 0.5 ) * 60,
                   kClusterNorth + ( random.uniform() - 0.5 ) * 60, day(), i % 2 ? "exact" : "address" );
    for ( int i = 0; i < kSpread; ++i )
      addIncident( s, kClusterEast + ( random.uniform() - 0.5 ) * 3000,
                   kClusterNorth + ( random.uniform() - 0.5 ) * 3000, day(), "street" );
    for ( int i = 0; i < kStacked; ++i )
      addIncident( s, sx, sy, day(), "municipality" );
    for ( int i = 0; i < kInArea; ++i )
      addIncident( s, kClusterEast, kClusterNorth, day(), "area" );
    transaction.commit();
  }
  addSquare( *project, "Centrum", kClusterEast - 500, kClusterNorth - 500, 1000 );
  return project;
}

Selection march()
{
  Selection selection;
  selection.fromUtc = parseUtcIso( "2026-03-01T00:00:00Z" );
  selection.untilUtc = parseUtcIso( "2026-04-01T00:00:00Z" );
  return selection;
}

bool hasWarning( const std::vector<Message> &warnings, MessageCode code, int64_t count )
{
  return std::any_of( warnings.begin(), warnings.end(),
                      [&]( const Message &m ) {
                        return m.code == code && !m.args.empty() && m.args[0].text == std::to_string( count );
                      } );
}

} // namespace

TEST_CASE( "a spatial selection leaves out the places that are not points and says how many of each kind",
           "[imprecise]" )
{
  TempDir dir;
  auto project = makeProject( dir );

  // Every incident is selected, with its precision.
  auto all = selectIncidents( *project, march() );
  REQUIRE( all );
  CHECK( all->size() == static_cast<size_t>( kExact + kStacked + kInArea ) );
  CHECK( std::count_if( all->begin(), all->end(),
                        []( const SelectedIncident &i ) { return i.placesPoint(); } ) == kExact );

  auto spatial = selectAnalysisIncidents( *project, march(), true );
  REQUIRE( spatial );
  CHECK( spatial->incidents.size() == static_cast<size_t>( kExact ) );
  CHECK( spatial->imprecise.municipality == kStacked );
  CHECK( spatial->imprecise.area == kInArea );
  CHECK( spatial->imprecise.county == 0 );
  // Far outside the areas' extent, the stack is named for its precision, not as misplaced coordinates.
  CHECK_FALSE( spatial->outsideWarning );
  const std::vector<Message> warnings = spatial->warnings();
  CHECK( warnings.size() == 2 );
  CHECK( hasWarning( warnings, MessageCode::ImpreciseLeftOutMunicipality, kStacked ) );
  CHECK( hasWarning( warnings, MessageCode::ImpreciseLeftOutArea, kInArea ) );
  CHECK( Message::make( MessageCode::ImpreciseLeftOutMunicipality, kStacked ).text() ==
         "40 incidents have only the municipality as their place and are left out here." );

  // A count over time keeps them.
  auto counting = selectAnalysisIncidents( *project, march(), false );
  REQUIRE( counting );
  CHECK( counting->incidents.size() == all->size() );
  CHECK( counting->warnings().empty() );
  auto matrix = hourWeekdayMatrix( counting->incidents, IntervalWeighting::Aoristic );
  REQUIRE( matrix );
  CHECK( matrix->eventCount == all->size() );
}

TEST_CASE( "an area holds only places that are points, and an area's selection says what it left out",
           "[imprecise]" )
{
  TempDir dir;
  auto project = makeProject( dir );
  Selection centrum = march();
  centrum.area = "Centrum";
  // The five known only as "the centre" lie on the square, inside the area, yet are not in it.
  auto inArea = selectIncidents( *project, centrum );
  REQUIRE( inArea );
  CHECK( std::all_of( inArea->begin(), inArea->end(),
                      []( const SelectedIncident &i ) { return i.placesPoint(); } ) );
  CHECK( inArea->size() >= static_cast<size_t>( kClustered ) );
  auto counted = countImprecise( *project, centrum );
  REQUIRE( counted );
  CHECK( counted->municipality == kStacked );
  CHECK( counted->area == kInArea );
  // Even a count over time in an area says so.
  auto counting = selectAnalysisIncidents( *project, centrum, false );
  REQUIRE( counting );
  CHECK( counting->incidents.size() == inArea->size() );
  CHECK( hasWarning( counting->warnings(), MessageCode::ImpreciseLeftOutMunicipality, kStacked ) );
  // The public mode's aggregation by areas and cells counts no imprecise place either.
  auto all = selectIncidents( *project, march() );
  REQUIRE( all );
  std::vector<ProjectArea> areas = *loadAreas( *project );
  const std::vector<PublicArea> published = aggregateToAreas( *all, areas, PublishRules{} );
  REQUIRE( published.size() == 1 );
  CHECK( published.front().count == static_cast<int64_t>( inArea->size() ) );
}

TEST_CASE( "kernel density, Gi*, clusters and the Knox test do not see a stack on a centroid", "[imprecise]" )
{
  TempDir dir;
  auto project = makeProject( dir );
  const auto [sx, sy] = centroidTm( "Kristinehamn" );
  auto spatial = selectAnalysisIncidents( *project, march(), true );
  REQUIRE( spatial );
  // The same results whether the list came through selectAnalysisIncidents or holds every incident.
  auto everything = selectIncidents( *project, march() );
  REQUIRE( everything );

  SECTION( "kernel density" )
  {
    KernelDensitySettings settings;
    settings.radiusMeters = 300;
    settings.cellSizeMeters = 50;
    for ( const std::vector<SelectedIncident> *list : { &spatial->incidents, &everything.value() } )
    {
      auto run = runKernelDensity( *project, march(), *list, settings );
      REQUIRE( run );
      CHECK( run->incidentCount == static_cast<size_t>( kExact ) );
      const AlignedGrid &grid = run->output.raster->grid;
      // The grid covers the town, not the centroid 7 km away.
      CHECK_FALSE( ( sx >= grid.west() && sx <= grid.east() && sy >= grid.south() && sy <= grid.north() ) );
    }
    auto radius = defaultKernelRadius( everything.value() );
    auto pointsRadius = defaultKernelRadius( spatial->incidents );
    REQUIRE( radius );
    REQUIRE( pointsRadius );
    CHECK( radius.value() == Approx( pointsRadius.value() ) );
  }
  SECTION( "Gi* hot spots" )
  {
    HotSpotSettings settings;
    settings.cellSizeMeters = 100;
    for ( const std::vector<SelectedIncident> *list : { &spatial->incidents, &everything.value() } )
    {
      auto run = runHotSpots( *project, march(), *list, settings );
      REQUIRE( run );
      REQUIRE( run->grid );
      CHECK( run->grid->eventCount == static_cast<size_t>( kExact ) );
      CHECK( run->incidentCount == static_cast<size_t>( kExact ) );
    }
  }
  SECTION( "clusters" )
  {
    ClusterSettings settings;
    settings.epsMeters = 50;
    settings.minPoints = 10;
    for ( const std::vector<SelectedIncident> *list : { &spatial->incidents, &everything.value() } )
    {
      auto run = runClusters( *project, march(), *list, settings );
      REQUIRE( run );
      // The square's cluster; forty events on one point would make another.
      CHECK( run->clustering.clusterCount == 1 );
      CHECK( run->incidentCount == static_cast<size_t>( kExact ) );
    }
  }
  SECTION( "Knox test" )
  {
    KnoxParameters parameters;
    parameters.permutations = 19;
    for ( const std::vector<SelectedIncident> *list : { &spatial->incidents, &everything.value() } )
    {
      auto result = knoxTest( *list, parameters );
      REQUIRE( result );
      CHECK( result->eventCount == static_cast<size_t>( kExact ) );
    }
  }
}

TEST_CASE( "a walk's stop on the centroid counts no stacked incidents and says how many were left out",
           "[imprecise]" )
{
  TempDir dir;
  auto project = makeProject( dir );
  const auto [sx, sy] = centroidTm( "Kristinehamn" );
  WalkStop onCentroid;
  onCentroid.number = 1;
  onCentroid.x = sx;
  onCentroid.y = sy;
  WalkStop onSquare;
  onSquare.number = 2;
  onSquare.x = kClusterEast;
  onSquare.y = kClusterNorth;
  ContextOptions options;
  options.radius = 100;
  options.fromUtc = march().fromUtc;
  options.untilUtc = march().untilUtc;
  auto contexts = stopContexts( *project, { onCentroid, onSquare }, options );
  REQUIRE( contexts );
  REQUIRE( contexts->size() == 2 );
  CHECK( ( *contexts )[0].incidentCount == 0 );
  // The square's own events; the five known only as "the centre" are not placed there.
  CHECK( ( *contexts )[1].incidentCount >= kClustered );
  Selection near = march();
  auto all = selectIncidents( *project, near );
  REQUIRE( all );
  const auto pointsNear =
    std::count_if( all->begin(), all->end(),
                   [&]( const SelectedIncident &i ) {
                     return i.placesPoint() && std::hypot( i.x - kClusterEast, i.y - kClusterNorth ) <= 100;
                   } );
  CHECK( ( *contexts )[1].incidentCount == pointsNear );
  for ( const StopContext &context : *contexts )
  {
    CHECK( context.imprecise.municipality == kStacked );
    CHECK( context.imprecise.area == kInArea );
  }
}

TEST_CASE( "the lägesbild counts every incident and leaves the stack out of areas, hot spots and clusters",
           "[imprecise]" )
{
  TempDir dir;
  auto project = makeProject( dir );
  auto period = reportPeriodFromDates( "2026-03-02", "2026-03-29" );
  REQUIRE( period );
  ReportOptions options;
  options.extractedAtUtc = "2026-04-01T08:00:00Z";
  auto report = gatherLagesbild( *project, period.value(), options );
  REQUIRE( report );
  auto all = selectIncidents( *project, march() );
  REQUIRE( all );
  // Every incident of the period, in the total and the categories.
  const int64_t total = report->total.value;
  CHECK( total == kExact + kStacked + kInArea );
  int64_t inCategories = 0;
  for ( const CategoryRow &row : report->categories )
    inCategories += row.now.value;
  CHECK( inCategories == total );
  // The area counts points only: the square's cluster and the spread events in it, not the five "centre"
  // ones.
  REQUIRE( report->areas.size() == 1 );
  const int64_t inCentrum = report->areas.front().now.value;
  Selection centrum = march();
  centrum.area = "Centrum";
  centrum.intervalRule = IntervalRule::Midpoint;
  auto selected = selectIncidents( *project, centrum );
  REQUIRE( selected );
  CHECK( inCentrum == static_cast<int64_t>( selected->size() ) );
  // The stack is not "outside all areas" either: it has no place.
  CHECK( report->eventsOutsideAreas == kSpread - ( inCentrum - kClustered ) );
  // Hot spots and clusters on the points only.
  REQUIRE( report->hotSpots );
  CHECK( report->hotSpots->parametersText.find( "80 händelser" ) != std::string::npos );
  REQUIRE( report->clusters );
  CHECK( report->clusters->clusters == 1 );
  CHECK( report->clusters->clusteredEvents >= kClustered );
  CHECK( report->clusters->clusteredEvents < kClustered + kStacked );
  // And the limits say so, with each kind.
  INFO(
    [&]
    {
      std::string lines;
      for ( const std::string &line : report->limits )
        lines += line + "\n";
      return lines;
    }() );
  CHECK( std::any_of( report->limits.begin(), report->limits.end(),
                      []( const std::string &line )
                      {
                        return line.rfind( "45 händelser har bara kommunen, länet eller ett område som plats "
                                           "(40 bara kommunen och 5 bara ett område)",
                                           0 ) == 0;
                      } ) );
}

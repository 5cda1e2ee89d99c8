// Safety-walk observations in the analyses: which observations a selection takes and with what weight, the
// checklist-item and walk filters, the layers (incidents, observations, both), incident and observation fids
// kept apart, and the selection stored with a result read back. Expected values are worked out here from the
// rows the test writes.

#include "testutil.h"

#include "analysislayers.h"
#include "analysisrun.h"
#include "areas.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "results.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <map>
#include <numeric>
#include <optional>
#include <set>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
int64_t addIncident( ProjectFile &project, double x, double y, const std::string &at,
                     const std::string &category = "klotter" )
{
  Statement s =
    project.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                          "updated_at) VALUES (?, ?, ?, 'est', ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, at ).bind( 3, category ).bind( 4, utcNowIso() ).bind( 5, utcNowIso() );
  s.run();
  return project.db().lastInsertId();
}

int64_t addWalk( ProjectFile &project, const std::string &name, const std::string &date )
{
  Statement s =
    project.db().prepare( "INSERT INTO safety_walks (name, walk_date, status) VALUES (?, ?, 'done')" );
  s.bind( 1, name ).bind( 2, date );
  s.run();
  return project.db().lastInsertId();
}

//! What the test writes of an observation.
struct ObservationRow
{
  double x = 0;
  double y = 0;
  std::optional<int64_t> walk;
  std::string checklistItem;
  std::optional<int> rating;
  std::optional<bool> positive;
  std::string observedAt; //!< empty: none
  bool draft = false;
};

int64_t addObservation( ProjectFile &project, const ObservationRow &row )
{
  Statement s = project.db().prepare( "INSERT INTO observations (geom, walk_id, checklist_item, rating, "
                                      "positive, observed_at, draft, created_at, "
                                      "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, row.x, row.y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  if ( row.walk )
    s.bind( 2, *row.walk );
  else
    s.bindNull( 2 );
  s.bindTextOrNull( 3, row.checklistItem );
  if ( row.rating )
    s.bind( 4, *row.rating );
  else
    s.bindNull( 4 );
  if ( row.positive )
    s.bind( 5, *row.positive ? 1 : 0 );
  else
    s.bindNull( 5 );
  s.bindTextOrNull( 6, row.observedAt );
  s.bind( 7, row.draft ? 1 : 0 ).bind( 8, utcNowIso() ).bind( 9, utcNowIso() );
  s.run();
  return project.db().lastInsertId();
}

//! A small project: two incidents and eight observations on two walks (and one without a walk), of which
//! four are problems that take part in analyses. The weights a selection must give are kept beside.
struct Fixture
{
  TempDir dir;
  std::unique_ptr<ProjectFile> project;
  int64_t walkMay = 0, walkSeptember = 0;
  std::vector<int64_t> incidents;
  int64_t darkPath = 0, hedge = 0, draft = 0, goodSquare = 0, unratedLamp = 0, fineBench = 0, unmarked = 0,
          nothingSaid = 0;
  //! fid → weight of the observations that take part, worked out from the rows: 3 − rating, 1 unrated.
  std::map<int64_t, double> expectedWeights;

  Fixture()
  {
    auto created = ProjectFile::create( dir.file( "walks.gpkg" ) );
    REQUIRE( created.ok() );
    project = std::move( created.value() );
    ProjectFile &p = *project;
    // The first rows of each table: an incident and an observation share fids 1 and 2.
    incidents.push_back( addIncident( p, 1000, 1000, "2024-05-10T18:00:00.000Z", "klotter" ) );
    incidents.push_back( addIncident( p, 1200, 1000, "2024-09-20T18:00:00.000Z", "glaskross" ) );
    walkMay = addWalk( p, "Centrum i maj", "2024-05-10" );
    walkSeptember = addWalk( p, "Parken i september", "2024-09-20" ); // a Friday
    darkPath =
      addObservation( p, { 1010, 1010, walkMay, "belysning", 0, false, "2024-05-10T19:00:00.000Z" } );
    hedge = addObservation( p, { 1020, 1010, walkMay, "sikt", 2, false, "2024-05-10T19:10:00.000Z" } );
    draft =
      addObservation( p, { 1030, 1010, walkMay, "belysning", 1, false, "2024-05-10T19:20:00.000Z", true } );
    goodSquare =
      addObservation( p, { 1040, 1010, walkMay, "helhetsintryck", 3, true, "2024-05-10T19:30:00.000Z" } );
    unratedLamp = addObservation( p, { 1210, 1010, walkSeptember, "belysning", std::nullopt, false, "" } );
    fineBench = addObservation( p, { 1220, 1010, walkSeptember, "underhall", 3, false, "" } );
    unmarked = addObservation( p, { 1500, 1500, std::nullopt, "sikt", 1, std::nullopt, "" } );
    nothingSaid = addObservation( p, { 1230, 1010, walkSeptember, "sikt", std::nullopt, std::nullopt, "" } );
    expectedWeights = {
      { darkPath, 3.0 - 0 }, { hedge, 3.0 - 2 }, { unratedLamp, 1.0 }, { unmarked, 3.0 - 1 } };
  }

  std::vector<SelectedIncident> select( const Selection &selection )
  {
    auto selected = selectIncidents( *project, selection );
    REQUIRE( selected.ok() );
    return selected.value();
  }
};

Selection observationsOnly()
{
  Selection s;
  s.layer = SelectionLayer::Observations;
  return s;
}

std::set<int64_t> fidsOf( const std::vector<SelectedIncident> &points, RecordTable table )
{
  std::set<int64_t> out;
  for ( const SelectedIncident &point : points )
    if ( point.table == table )
      out.insert( point.fid );
  return out;
}

std::set<std::pair<int, int64_t>> idsOf( const std::vector<SelectedIncident> &points )
{
  std::set<std::pair<int, int64_t>> out;
  for ( const SelectedIncident &point : points )
    out.insert( { static_cast<int>( point.table ), point.fid } );
  return out;
}

int64_t utc( const char *text )
{
  return *parseUtcIso( text );
}
} // namespace

TEST_CASE( "selecting observations gives exactly the confirmed problems, weighted 3 minus their rating",
           "[observations]" )
{
  Fixture f;
  const std::vector<SelectedIncident> selected = f.select( observationsOnly() );
  std::map<int64_t, double> weights;
  for ( const SelectedIncident &point : selected )
  {
    INFO( "fid " << point.fid );
    CHECK( point.table == RecordTable::Observations );
    CHECK( point.isObservation() );
    CHECK( point.source == "safety_walk" );
    CHECK( point.category.empty() );
    weights[point.fid] = point.weight;
  }
  // Left out: the draft, the positive place, the problem rated 3 (weight 0) and the one marked neither way
  // without a rating.
  CHECK( weights == f.expectedWeights );
  CHECK( observationWeight( 0 ) == 3 );
  CHECK( observationWeight( 3 ) == 0 );
  CHECK( observationWeight( std::nullopt ) == 1 );
  // In fid order, with their checklist items and walks.
  REQUIRE( selected.size() == 4 );
  CHECK( std::is_sorted( selected.begin(), selected.end(),
                         []( const auto &a, const auto &b ) { return a.fid < b.fid; } ) );
  CHECK( selected[0].checklistItem == "belysning" );
  CHECK( selected[0].walkId == f.walkMay );
  CHECK( selected[0].fromUtc == utc( "2024-05-10T19:00:00Z" ) );
  // Without observed_at: the walk's date as that whole local day (Stockholm, summer time).
  const auto lamp = std::find_if( selected.begin(), selected.end(),
                                  [&f]( const auto &p ) { return p.fid == f.unratedLamp; } );
  REQUIRE( lamp != selected.end() );
  CHECK( lamp->timeKnown );
  CHECK( lamp->fromUtc == utc( "2024-09-19T22:00:00Z" ) );
  CHECK( lamp->untilUtc == utc( "2024-09-20T22:00:00Z" ) - 1 );
  // Without either: no time.
  const auto loose =
    std::find_if( selected.begin(), selected.end(), [&f]( const auto &p ) { return p.fid == f.unmarked; } );
  REQUIRE( loose != selected.end() );
  CHECK_FALSE( loose->timeKnown );
  CHECK_FALSE( loose->walkId );
  // The points a heatmap takes carry the same weights.
  auto points = selectIncidentPoints( *f.project, observationsOnly() );
  REQUIRE( points.ok() );
  double total = 0;
  for ( const WeightedPoint &point : points.value() )
    total += point.weight;
  CHECK( total == Approx( 3 + 1 + 1 + 2 ) );
  // An edit read back goes through the same rules: a draft or a positive place is not returned.
  auto reread = readObservations( *f.project, { f.darkPath, f.draft, f.goodSquare, f.unmarked, 999 } );
  REQUIRE( reread.ok() );
  CHECK( fidsOf( reread.value(), RecordTable::Observations ) == std::set<int64_t>{ f.darkPath, f.unmarked } );
}

TEST_CASE( "the checklist-item and walk filters narrow the observations and refuse unknown values",
           "[observations]" )
{
  Fixture f;
  Selection lighting = observationsOnly();
  lighting.checklistItems = { "belysning" };
  CHECK( fidsOf( f.select( lighting ), RecordTable::Observations ) ==
         std::set<int64_t>{ f.darkPath, f.unratedLamp } );

  Selection september = observationsOnly();
  september.walkIds = { f.walkSeptember };
  CHECK( fidsOf( f.select( september ), RecordTable::Observations ) == std::set<int64_t>{ f.unratedLamp } );

  Selection may = observationsOnly();
  may.walkIds = { f.walkMay };
  may.checklistItems = { "sikt", "belysning" };
  CHECK( fidsOf( f.select( may ), RecordTable::Observations ) == std::set<int64_t>{ f.darkPath, f.hedge } );

  // The same rules in memory, from all the observations read once.
  const std::vector<SelectedIncident> all = f.select( observationsOnly() );
  for ( const Selection &s : { lighting, september, may } )
  {
    auto inMemory = filterIncidents( all, s, nullptr );
    REQUIRE( inMemory.ok() );
    CHECK( idsOf( inMemory.value() ) == idsOf( f.select( s ) ) );
  }

  Selection unknownItem = observationsOnly();
  unknownItem.checklistItems = { "lampor" };
  auto refused = selectIncidents( *f.project, unknownItem );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::SelectionUnknownChecklistItem );
  CHECK( refused.error().text().find( "belysning" ) != std::string::npos ); // the codes there are
  Selection unknownWalk = observationsOnly();
  unknownWalk.walkIds = { f.walkSeptember + 100 };
  auto noWalk = selectIncidents( *f.project, unknownWalk );
  REQUIRE_FALSE( noWalk.ok() );
  CHECK( noWalk.error().code == MessageCode::SelectionUnknownWalk );
}

TEST_CASE( "an observation's time is when it was observed, else its walk's date, and without either it "
           "counts only when no time is chosen",
           "[observations]" )
{
  Fixture f;
  Selection may = observationsOnly();
  may.fromUtc = utc( "2024-04-30T22:00:00Z" );  // 2024-05-01 local
  may.untilUtc = utc( "2024-05-31T22:00:00Z" ); // to 2024-05-31 inclusive
  CHECK( fidsOf( f.select( may ), RecordTable::Observations ) == std::set<int64_t>{ f.darkPath, f.hedge } );

  Selection september = observationsOnly();
  september.fromUtc = utc( "2024-08-31T22:00:00Z" );
  september.untilUtc = utc( "2024-09-30T22:00:00Z" );
  CHECK( fidsOf( f.select( september ), RecordTable::Observations ) == std::set<int64_t>{ f.unratedLamp } );

  // Fridays: the September walk's day; the May walk was a Friday too (2024-05-10).
  Selection fridays = observationsOnly();
  fridays.weekdays = { 5 };
  CHECK( fidsOf( f.select( fridays ), RecordTable::Observations ) ==
         std::set<int64_t>{ f.darkPath, f.hedge, f.unratedLamp } );
  fridays.weekdays = { 1 };
  CHECK( f.select( fridays ).empty() );

  // No time chosen: the observation without a time is in.
  CHECK( fidsOf( f.select( observationsOnly() ), RecordTable::Observations ).count( f.unmarked ) == 1 );
}

TEST_CASE( "both layers are the union of the incidents and the observations, their fids never confused",
           "[observations]" )
{
  Fixture f;
  Selection both;
  both.layer = SelectionLayer::Both;
  const std::vector<SelectedIncident> union_ = f.select( both );
  const std::vector<SelectedIncident> incidents = f.select( Selection{} );
  const std::vector<SelectedIncident> observations = f.select( observationsOnly() );
  std::set<std::pair<int, int64_t>> expected = idsOf( incidents );
  for ( const auto &id : idsOf( observations ) )
    expected.insert( id );
  CHECK( idsOf( union_ ) == expected );
  CHECK( union_.size() == incidents.size() + observations.size() );
  // Incident 1 and observation 1 are both in, and told apart by their table.
  REQUIRE( f.incidents[0] == f.darkPath );
  CHECK( expected.count( { static_cast<int>( RecordTable::Incidents ), f.incidents[0] } ) == 1 );
  CHECK( expected.count( { static_cast<int>( RecordTable::Observations ), f.darkPath } ) == 1 );
  CHECK_FALSE( union_.front().id() == union_[incidents.size()].id() );

  // Categories filter the incidents only.
  both.categories = { "klotter" };
  const std::vector<SelectedIncident> narrowed = f.select( both );
  CHECK( fidsOf( narrowed, RecordTable::Incidents ) == std::set<int64_t>{ f.incidents[0] } );
  CHECK( fidsOf( narrowed, RecordTable::Observations ) == fidsOf( observations, RecordTable::Observations ) );
  CHECK( both.describe().find( "categories (incidents only): klotter" ) != std::string::npos );

  // Far outside the project: each kind is named as what it is.
  std::vector<SelectedIncident> all = union_;
  ProjectExtent extent;
  extent.envelope = Envelope{ 900, 900, 1100, 1100 };
  extent.marginMeters = 0;
  const std::vector<SelectedIncident> outside = takeOutside( all, extent );
  const auto incidentWarning = describeOutside( outside, extent );
  const auto observationWarning = describeOutsideObservations( outside, extent );
  REQUIRE( incidentWarning );
  REQUIRE( observationWarning );
  CHECK( incidentWarning->text().find( "fid " + std::to_string( f.incidents[1] ) ) != std::string::npos );
  CHECK( incidentWarning->text().find( "observation" ) == std::string::npos );
  CHECK( observationWarning->text().find( "observation " + std::to_string( f.unratedLamp ) ) !=
         std::string::npos );
}

TEST_CASE( "an incidents-only selection reads, describes and stores itself as before", "[observations]" )
{
  Fixture f;
  const Selection incidentsOnly;
  const std::vector<SelectedIncident> selected = f.select( incidentsOnly );
  CHECK( fidsOf( selected, RecordTable::Incidents ) ==
         std::set<int64_t>( f.incidents.begin(), f.incidents.end() ) );
  CHECK( fidsOf( selected, RecordTable::Observations ).empty() );
  for ( const SelectedIncident &incident : selected )
    CHECK( incident.weight == 1 );
  CHECK( incidentsOnly.describe() == "all dates" );
  CHECK( incidentsOnly.toJson().find( "layer" ) == std::string::npos );
  // Checklist items and walks do not touch incidents.
  Selection stray;
  stray.checklistItems = { "belysning" };
  stray.walkIds = { f.walkMay };
  CHECK( idsOf( f.select( stray ) ) == idsOf( selected ) );
  CHECK( stray.describe() == "all dates" );
}

TEST_CASE( "a selection with observations round-trips through its JSON and through a stored result",
           "[observations]" )
{
  Fixture f;
  Selection s;
  s.layer = SelectionLayer::Both;
  s.fromUtc = utc( "2024-04-30T22:00:00Z" );
  s.untilUtc = utc( "2024-12-31T23:00:00Z" );
  s.categories = { "klotter", "glaskross" };
  s.checklistItems = { "belysning", "sikt" };
  s.walkIds = { f.walkMay, f.walkSeptember };
  s.weekdays = { 5, 6 };
  s.intervalRule = IntervalRule::Midpoint;

  auto read = selectionFromJson( s.toJson() );
  REQUIRE( read.ok() );
  CHECK( read->layer == s.layer );
  CHECK( read->checklistItems == s.checklistItems );
  CHECK( read->walkIds == s.walkIds );
  CHECK( read->categories == s.categories );
  CHECK( read->fromUtc == s.fromUtc );
  CHECK( read->untilUtc == s.untilUtc );
  CHECK( read->weekdays == s.weekdays );
  CHECK( read->intervalRule == s.intervalRule );
  CHECK( read->toJson() == s.toJson() );
  // A result stored before observations took part reads as incidents.
  auto old = selectionFromJson( Selection{}.toJson() );
  REQUIRE( old.ok() );
  CHECK( old->layer == SelectionLayer::Incidents );
  CHECK_FALSE( selectionFromJson( "not json" ).ok() );

  // Stored with a heatmap of the observations: the selection, its text and the parameters say what was
  // counted and how.
  Selection lighting = observationsOnly();
  lighting.checklistItems = { "belysning" };
  auto points = selectAnalysisIncidents( *f.project, lighting );
  REQUIRE( points.ok() );
  KernelDensitySettings settings;
  settings.radiusMeters = 100;
  settings.cellSizeMeters = 10;
  auto run = runKernelDensity( *f.project, lighting, points->incidents, settings );
  REQUIRE( run.ok() );
  ResultStore store( *f.project );
  auto stored = storeOutput( store, "belysning", run->output, false );
  REQUIRE( stored.ok() );
  auto found = store.find( "belysning" );
  REQUIRE( found.ok() );
  auto back = selectionFromJson( found->selectionJson );
  REQUIRE( back.ok() );
  CHECK( back->layer == SelectionLayer::Observations );
  CHECK( back->checklistItems == lighting.checklistItems );
  CHECK( found->selectionText == lighting.describe() );
  CHECK( found->selectionText.find( "observations from safety walks, weighted 3 − rating" ) !=
         std::string::npos );
  CHECK( found->parametersJson.find( "\"layer\":\"observations\"" ) != std::string::npos );
  CHECK( found->parametersJson.find( "\"observation_weight\":\"3 − rating\"" ) != std::string::npos );
  CHECK( found->summary.find( "2 observations" ) != std::string::npos );
}

TEST_CASE( "hot spots count the observations' weights and clusters keep observation fids apart",
           "[observations]" )
{
  Fixture f;
  Selection both;
  both.layer = SelectionLayer::Both;
  auto points = selectAnalysisIncidents( *f.project, both );
  REQUIRE( points.ok() );
  HotSpotSettings hotSpots;
  hotSpots.cellSizeMeters = 50;
  auto gi = runHotSpots( *f.project, both, points->incidents, hotSpots );
  REQUIRE( gi.ok() );
  const double counted = std::accumulate( gi->grid->counts.begin(), gi->grid->counts.end(), 0.0 );
  double weights = 0;
  for ( const SelectedIncident &point : points->incidents )
    weights += point.weight;
  CHECK( weights == Approx( 2 + 3 + 1 + 1 + 2 ) ); // two incidents of weight 1 and the observations
  CHECK( counted == Approx( weights ) );

  ClusterSettings clusters;
  clusters.epsMeters = 40;
  clusters.minPoints = 2;
  auto dbscan = runClusters( *f.project, both, points->incidents, clusters );
  REQUIRE( dbscan.ok() );
  const ResultTable &events = dbscan->output.tables.at( 1 ).table;
  std::map<std::string, size_t> column;
  for ( size_t i = 0; i < events.fields.size(); ++i )
    column[events.fields[i].name] = i;
  REQUIRE( column.count( "observation_fid" ) );
  REQUIRE( column.count( "incident_fid" ) );
  size_t observationRows = 0, incidentRows = 0;
  for ( const ResultFeature &feature : events.features )
  {
    const bool incident = !std::holds_alternative<std::monostate>( feature.values[column["incident_fid"]] );
    const bool observation =
      !std::holds_alternative<std::monostate>( feature.values[column["observation_fid"]] );
    CHECK( incident != observation ); // exactly one of the two
    observationRows += observation ? 1 : 0;
    incidentRows += incident ? 1 : 0;
  }
  // Incident 1 at (1000, 1000) with the May walk's two problems 10–20 m from it, and incident 2 with the
  // September lamp 14 m from it, make two clusters; the observation on its own is noise.
  CHECK( dbscan->clustering.clusterCount == 2 );
  CHECK( incidentRows == 2 );
  CHECK( observationRows == 3 );
  CHECK( dbscan->output.provenance.parametersJson.find( "\"observation_weight\":\"none\"" ) !=
         std::string::npos );
}

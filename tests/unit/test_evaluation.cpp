// Evaluating an intervention: the statistics against worked examples from the literature and by hand, and
// the counts in a small project against an independent count, the refusals, and a stored result read back.

#include "testutil.h"

#include "evaluation.h"
#include "calendar.h"
#include "actionstore.h"
#include "evaluationstats.h"
#include "geometryblob.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <cmath>
#include <random>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
EvaluationCounts counts( double a, double b, double c, double d, double beforeDays = 90,
                         double afterDays = 90 )
{
  EvaluationCounts n;
  n.a = a;
  n.b = b;
  n.c = c;
  n.d = d;
  n.beforeDays = beforeDays;
  n.afterDays = afterDays;
  return n;
}

EvaluationCounts withBuffer( EvaluationCounts n, double e, double f )
{
  n.e = e;
  n.f = f;
  return n;
}

//! A square area; returns its fid.
int64_t addSquare( ProjectFile &project, const std::string &name, double west, double south, double size )
{
  OGRPolygon polygon;
  OGRLinearRing outer;
  outer.addPoint( west, south );
  outer.addPoint( west + size, south );
  outer.addPoint( west + size, south + size );
  outer.addPoint( west, south + size );
  outer.closeRings();
  polygon.addRing( &outer );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob = encodeGpkgWkb( 3006, wkb, Envelope{ west, south, west + size, south + size } );
  Statement s = project.db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, ?, 'custom')" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, name );
  s.run();
  return project.db().lastInsertId();
}

void addIncident( ProjectFile &project, double x, double y, const std::string &fromUtc,
                  const std::string &category )
{
  Statement s =
    project.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                          "updated_at) VALUES (?, ?, ?, 'est', ?, ?)" );
  const auto blob = encodeGpkgPoint( 3006, x, y );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
  s.bind( 2, fromUtc ).bind( 3, category ).bind( 4, utcNowIso() ).bind( 5, utcNowIso() );
  s.run();
}

int64_t addIntervention( ProjectFile &project, const std::string &kind, std::optional<int64_t> area,
                         const std::string &start, const std::string &end )
{
  Statement s =
    project.db().prepare( "INSERT INTO actions (title, kind, area_id, start_date, end_date, status, "
                          "created_at, updated_at) VALUES ('Ny belysning', ?, ?, ?, ?, 'done', ?, ?)" );
  s.bind( 1, kind );
  if ( area )
    s.bind( 2, *area );
  else
    s.bindNull( 2 );
  s.bindTextOrNull( 3, start ).bindTextOrNull( 4, end );
  s.bind( 5, utcNowIso() ).bind( 6, utcNowIso() );
  s.run();
  return project.db().lastInsertId();
}

//! A fingerprint of what a refusal must not change.
std::string contents( ProjectFile &project )
{
  return std::to_string( project.db().queryInt( "SELECT count(*) FROM evaluations" ) ) + "/" +
         std::to_string( project.db().queryInt( "SELECT count(*) FROM audit_log" ) );
}

//! A project with three 1 km squares in a row, 2 km apart: target, a comparison area, another one; a
//! known set of incidents in each.
struct Fixture
{
  TempDir dir;
  std::unique_ptr<ProjectFile> project;
  int64_t target = 0, comparison = 0, far = 0;
  // Independent tallies, by the test's own rule (coordinates and dates as written).
  int targetBefore = 0, targetAfter = 0, comparisonBefore = 0, comparisonAfter = 0, bufferBefore = 0,
      bufferAfter = 0, targetGraffitiBefore = 0;

  Fixture()
  {
    auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
    REQUIRE( created );
    project = std::move( created.value() );
    target = addSquare( *project, "Mål", 500000, 6600000, 1000 );
    comparison = addSquare( *project, "Jämför", 503000, 6600000, 1000 );
    far = addSquare( *project, "Långt bort", 506000, 6600000, 1000 );
    std::mt19937 random( 7 );
    std::uniform_real_distribution<double> unit( 0.02, 0.98 );
    std::uniform_int_distribution<int> day( 1, 28 );
    const char *categories[] = { "klotter", "glaskross", "inbrott" };
    Transaction transaction( project->db() );
    for ( int i = 0; i < 400; ++i )
    {
      // Months 1-3 (before), 4 (neither: a gap), 5-7 (after) of 2025; noon UTC is the same local day.
      const int month = 1 + static_cast<int>( random() % 7 );
      char date[32];
      std::snprintf( date, sizeof date, "2025-%02d-%02dT11:00:00Z", month, day( random ) );
      const int place =
        static_cast<int>( random() % 4 ); // target, comparison, buffer (300 m east), elsewhere
      double x = 0, y = 6600000 + 1000 * unit( random );
      if ( place == 0 )
        x = 500000 + 1000 * unit( random );
      else if ( place == 1 )
        x = 503000 + 1000 * unit( random );
      else if ( place == 2 )
        x = 501000 + 280 * unit( random ); // inside a 300 m buffer
      else
        x = 502500 + 300 * unit( random ); // outside every area and the buffer
      const std::string category = categories[random() % 3];
      addIncident( *project, x, y, date, category );
      const bool before = month <= 3, after = month >= 5 && month <= 7;
      if ( place == 0 )
      {
        targetBefore += before;
        targetAfter += after;
        targetGraffitiBefore += before && category != "inbrott";
      }
      else if ( place == 1 )
      {
        comparisonBefore += before;
        comparisonAfter += after;
      }
      else if ( place == 2 )
      {
        bufferBefore += before;
        bufferAfter += after;
      }
    }
    transaction.commit();
  }

  EvaluationSettings settings() const
  {
    EvaluationSettings s;
    s.targetAreaId = target;
    s.comparisonAreaId = comparison;
    s.before = { "2025-01-01", "2025-03-31" };
    s.after = { "2025-05-01", "2025-07-31" };
    return s;
  }
};
} // namespace

TEST_CASE( "the WDD of Wheeler and Ratcliffe's example is 10 with a standard error of 19.2", "[evaluation]" )
{
  // Target 100 → 90, comparison 100 → 80, no buffer.
  const auto wdd = weightedDisplacementDifference( counts( 100, 90, 100, 80 ) );
  CHECK( wdd.wdd == Approx( 10 ) );
  CHECK( wdd.se == Approx( std::sqrt( 370.0 ) ) );
  CHECK( wdd.se == Approx( 19.2 ).margin( 0.05 ) );
  CHECK( wdd.z == Approx( 10 / std::sqrt( 370.0 ) ) );
  CHECK( wdd.lower == Approx( 10 - 1.96 * 19.235 ).margin( 0.01 ) );
  CHECK_FALSE( wdd.significant() );
  // With a buffer the eight counts enter the variance: here the comparison area is both controls.
  const auto buffered = weightedDisplacementDifference( withBuffer( counts( 100, 90, 100, 80 ), 50, 60 ) );
  CHECK( buffered.wdd == Approx( -10 + 20 + 10 + 20 ) );
  CHECK( buffered.variance == Approx( 100 + 90 + 100 + 80 + 50 + 60 + 100 + 80 ) );
  CHECK( buffered.sharedControlVariance == Approx( 100 + 90 + 50 + 60 + 4 * 180 ) );
}

TEST_CASE( "the RES and its 95 percent interval match a hand computation and are refused with a zero count",
           "[evaluation]" )
{
  // a = 40, b = 20, c = 50, d = 45: RES = 40·45 / (20·50) = 1.8; Var(ln RES) = 1/40 + 1/20 + 1/50 + 1/45
  // = 0.025 + 0.05 + 0.02 + 0.022222 = 0.117222, SE = 0.342377; ln 1.8 = 0.587787;
  // interval exp(0.587787 ± 1.959964·0.342377) = exp(-0.083272) … exp(1.258846) = 0.9201 … 3.5212.
  const auto res = relativeEffectSize( counts( 40, 20, 50, 45 ) );
  REQUIRE( res.computed() );
  CHECK( res.res == Approx( 1.8 ) );
  CHECK( res.seLog == Approx( 0.342377 ).epsilon( 1e-5 ) );
  CHECK( res.lower == Approx( 0.9201 ).epsilon( 1e-3 ) );
  CHECK( res.upper == Approx( 3.5212 ).epsilon( 1e-3 ) );
  CHECK_FALSE( res.significant() );
  // Different period lengths leave the RES as it is (the scale cancels).
  CHECK( relativeEffectSize( counts( 40, 20, 50, 45, 90, 30 ) ).res == Approx( 1.8 ) );

  const auto zero = relativeEffectSize( counts( 40, 0, 50, 45 ) );
  CHECK_FALSE( zero.computed() );
  REQUIRE( zero.refusal );
  CHECK( zero.refusal->code == MessageCode::EvaluationResZeroCount );
  CHECK( zero.refusal->text().find( "b (target after)" ) != std::string::npos );
}

TEST_CASE( "the WDQ follows Bowers and Johnson and is refused with a zero count or no buffer",
           "[evaluation]" )
{
  // T 100 → 50, C 100 → 100, D 80 → 60: success = 50/100 − 100/100 = −0.5, buffer = 60/100 − 80/100 = −0.2,
  // WDQ = 0.4: diffusion of benefits.
  const auto diffusion = weightedDisplacementQuotient( withBuffer( counts( 100, 50, 100, 100 ), 80, 60 ) );
  REQUIRE( diffusion.computed() );
  CHECK( diffusion.successMeasure == Approx( -0.5 ) );
  CHECK( diffusion.bufferMeasure == Approx( -0.2 ) );
  CHECK( diffusion.wdq == Approx( 0.4 ) );
  CHECK( diffusion.reading == WdqReading::Diffusion );
  // The buffer rising instead: displacement.
  const auto displacement =
    weightedDisplacementQuotient( withBuffer( counts( 100, 50, 100, 100 ), 80, 100 ) );
  CHECK( displacement.wdq == Approx( -0.4 ) );
  CHECK( displacement.reading == WdqReading::Displacement );
  // The target rising relative to the comparison: nothing to displace.
  const auto failed = weightedDisplacementQuotient( withBuffer( counts( 50, 100, 100, 100 ), 80, 60 ) );
  CHECK( failed.reading == WdqReading::NotInterpretable );

  const auto zero = weightedDisplacementQuotient( withBuffer( counts( 100, 50, 100, 0 ), 80, 60 ) );
  REQUIRE( zero.refusal );
  CHECK( zero.refusal->code == MessageCode::EvaluationWdqZeroCount );
  const auto flat = weightedDisplacementQuotient( withBuffer( counts( 100, 100, 100, 100 ), 80, 60 ) );
  REQUIRE( flat.refusal );
  CHECK( flat.refusal->code == MessageCode::EvaluationWdqZeroDenominator );
  const auto none = weightedDisplacementQuotient( counts( 100, 50, 100, 100 ) );
  REQUIRE( none.refusal );
  CHECK( none.refusal->code == MessageCode::EvaluationWdqNoBuffer );
}

TEST_CASE( "the difference in differences scales the after counts to the before period's length",
           "[evaluation]" )
{
  const auto same = differenceInDifferences( counts( 100, 90, 100, 80 ) );
  CHECK( same.targetChange == Approx( -10 ) );
  CHECK( same.comparisonChange == Approx( -20 ) );
  CHECK( same.did == Approx( 10 ) );
  // An after period a third as long: 30 events in 30 days are 90 in 90 days.
  const auto shorter = differenceInDifferences( counts( 100, 30, 100, 20, 90, 30 ) );
  CHECK( shorter.targetChange == Approx( -10 ) );
  CHECK( shorter.comparisonChange == Approx( -40 ) );
  CHECK( shorter.did == Approx( 30 ) );
  CHECK( shorter.targetRelative == Approx( -0.1 ) );
  // The WDD's variance takes k² of the scaled counts: 100 + 9·30 + 100 + 9·20.
  const auto wdd = weightedDisplacementDifference( counts( 100, 30, 100, 20, 90, 30 ) );
  CHECK( wdd.variance == Approx( 100 + 270 + 100 + 180 ) );
  CHECK( ratePer30Days( 45, 90 ) == Approx( 15 ) );
}

TEST_CASE( "few events are said in Swedish with the change they could have shown", "[evaluation]" )
{
  // a = 10, c = 10, equal periods: SE0 = √(4/10) = 0.632, smallest significant reduction 1 − e^(−1.96·0.632)
  // = 71 %.
  const auto stats = evaluationStatistics( counts( 10, 6, 10, 9 ) );
  REQUIRE( stats.minimumDetectable );
  CHECK( *stats.minimumDetectable == Approx( 1 - std::exp( -1.959964 * std::sqrt( 0.4 ) ) ) );
  const auto sentences = evaluationSentencesSv( stats );
  bool found = false;
  for ( const std::string &s : sentences )
    if ( s.find( "För få händelser" ) != std::string::npos && s.find( "71 %" ) != std::string::npos )
      found = true;
  CHECK( found );
  // Enough events: no such sentence.
  for ( const std::string &s : evaluationSentencesSv( evaluationStatistics( counts( 100, 90, 100, 80 ) ) ) )
    CHECK( s.find( "För få" ) == std::string::npos );
  CHECK( swedishNumber( -19.234, 1 ) == "−19,2" );
}

TEST_CASE(
  "an evaluation counts the events in the target, comparison and buffer as an independent count does",
  "[evaluation]" )
{
  Fixture f;
  EvaluationSettings settings = f.settings();
  settings.bufferMeters = 300;
  auto result = evaluateIntervention( *f.project, settings );
  REQUIRE( result );
  const EvaluationCounts &n = result->total.stats.counts;
  CHECK( n.a == f.targetBefore );
  CHECK( n.b == f.targetAfter );
  CHECK( n.c == f.comparisonBefore );
  CHECK( n.d == f.comparisonAfter );
  REQUIRE( n.hasBuffer() );
  CHECK( *n.e == f.bufferBefore );
  CHECK( *n.f == f.bufferAfter );
  CHECK( n.beforeDays == 90 );
  CHECK( n.afterDays == 92 );
  // The statistics are the pure functions' on these counts.
  CHECK( result->total.stats.wdd.wdd == Approx( weightedDisplacementDifference( n ).wdd ) );
  // Groups: skadegörelse (klotter, glaskross) and brott (inbrott) add up to the total.
  REQUIRE( result->groups.size() >= 2 );
  double sum = 0;
  for ( const EvaluationGroup &g : result->groups )
    sum += g.stats.counts.a;
  CHECK( sum == n.a );
  // The weeks hold every event in an area from the before period's first week to the after period's end.
  double weekly = 0;
  for ( double v : result->weeks.target )
    weekly += v;
  CHECK( weekly >= f.targetBefore + f.targetAfter );
  CHECK( result->weeks.labels.front() == "2025-W01" );

  // A group code selects its categories.
  settings.categories = { "skadegorelse" };
  auto graffiti = evaluateIntervention( *f.project, settings );
  REQUIRE( graffiti );
  CHECK( graffiti->total.stats.counts.a == f.targetGraffitiBefore );
  REQUIRE( graffiti->groups.size() == 1 );
  CHECK( graffiti->groups[0].code == "skadegorelse" );
}

TEST_CASE( "evaluation settings that cannot work are refused and leave the project unchanged",
           "[evaluation]" )
{
  Fixture f;
  const std::string was = contents( *f.project );
  const auto refused = [&]( const EvaluationSettings &s, MessageCode code )
  {
    auto result = evaluateIntervention( *f.project, s );
    REQUIRE_FALSE( result );
    CHECK( result.error().code == code );
    CHECK( contents( *f.project ) == was );
  };
  EvaluationSettings s = f.settings();
  s.comparisonAreaId = f.target;
  refused( s, MessageCode::EvaluationSameArea );
  s = f.settings();
  s.comparisonAreaId = 999;
  refused( s, MessageCode::EvaluationUnknownArea );
  s = f.settings();
  s.bufferMeters = 2500; // reaches the comparison area 2 km away
  refused( s, MessageCode::EvaluationBufferOverlapsComparison );
  s = f.settings();
  s.after = { "2025-03-01", "2025-05-31" };
  refused( s, MessageCode::EvaluationPeriodsOverlap );
  s = f.settings();
  s.after = { "2024-01-01", "2024-03-31" };
  refused( s, MessageCode::EvaluationAfterBeforeBefore );
  s = f.settings();
  s.before = { "2025-03-31", "2025-01-01" };
  refused( s, MessageCode::EvaluationPeriodReversed );
  s = f.settings();
  s.categories = { "finnsinte" };
  refused( s, MessageCode::EvaluationUnknownCategory );

  // Overlapping areas.
  const int64_t overlapping = addSquare( *f.project, "Överlappar", 500500, 6600500, 1000 );
  s = f.settings();
  s.comparisonAreaId = overlapping;
  refused( s, MessageCode::EvaluationAreasOverlap );

  // Interventions: an ordinary action, one without area, one without period.
  const int64_t action = addIntervention( *f.project, "action", f.target, "2025-05-01", "2025-07-31" );
  CHECK( settingsFromIntervention( *f.project, action ).error().code ==
         MessageCode::EvaluationNotIntervention );
  const int64_t noArea = addIntervention( *f.project, "lighting", std::nullopt, "2025-05-01", "2025-07-31" );
  CHECK( settingsFromIntervention( *f.project, noArea ).error().code ==
         MessageCode::EvaluationInterventionNoArea );
  const int64_t noPeriod = addIntervention( *f.project, "lighting", f.target, "", "" );
  CHECK( settingsFromIntervention( *f.project, noPeriod ).error().code ==
         MessageCode::EvaluationInterventionNoPeriod );
  CHECK( settingsFromIntervention( *f.project, 12345 ).error().code ==
         MessageCode::EvaluationUnknownIntervention );
  CHECK( parseDatePeriod( "2025-01-01-2025-02-01", "before" ).error().code ==
         MessageCode::EvaluationBadPeriod );
}

TEST_CASE( "an intervention gives the target, the after period and a before period of the same length",
           "[evaluation]" )
{
  Fixture f;
  const int64_t lighting = addIntervention( *f.project, "lighting", f.target, "2025-05-01", "2025-07-31" );
  EvaluationSettings given;
  given.comparisonAreaId = f.comparison;
  auto settings = settingsFromIntervention( *f.project, lighting, given );
  REQUIRE( settings );
  CHECK( settings->targetAreaId == f.target );
  CHECK( settings->after == DatePeriod{ "2025-05-01", "2025-07-31" } );
  CHECK( settings->before == DatePeriod{ "2025-01-29", "2025-04-30" } );
  CHECK( settings->before.days() == settings->after.days() );
  // A before period given wins.
  given.before = { "2025-01-01", "2025-03-31" };
  CHECK( settingsFromIntervention( *f.project, lighting, given )->before == given.before );
}

TEST_CASE( "comparison areas are suggested outside the target and its buffer, most alike first",
           "[evaluation]" )
{
  Fixture f;
  EvaluationSettings s = f.settings();
  auto suggestions = suggestComparisonAreas( *f.project, s );
  REQUIRE( suggestions );
  REQUIRE( suggestions->size() == 2 );
  // The comparison square has about as many events as the target; the far one none.
  CHECK( suggestions->front().areaId == f.comparison );
  CHECK( suggestions->front().count == f.comparisonBefore );
  CHECK( suggestions->back().count == 0 );
  CHECK( suggestions->front().score <= suggestions->back().score );
  // A buffer reaching the comparison square leaves only the far one.
  s.bufferMeters = 2500;
  suggestions = suggestComparisonAreas( *f.project, s );
  REQUIRE( suggestions );
  REQUIRE( suggestions->size() == 1 );
  CHECK( suggestions->front().areaId == f.far );
}

TEST_CASE( "a stored evaluation is read back with its settings and counts, with an audit log row",
           "[evaluation]" )
{
  Fixture f;
  const int64_t lighting = addIntervention( *f.project, "lighting", f.target, "2025-05-01", "2025-07-31" );
  EvaluationSettings given;
  given.comparisonAreaId = f.comparison;
  given.bufferMeters = 300;
  given.before = { "2025-01-01", "2025-03-31" };
  auto settings = settingsFromIntervention( *f.project, lighting, given );
  REQUIRE( settings );
  auto result = evaluateIntervention( *f.project, *settings );
  REQUIRE( result );
  const int64_t audits = f.project->db().queryInt( "SELECT count(*) FROM audit_log" );
  auto fid = storeEvaluation( *f.project, *result, "samordnare" );
  REQUIRE( fid );
  CHECK( f.project->db().queryInt( "SELECT count(*) FROM audit_log" ) == audits + 1 );

  auto stored = loadEvaluation( *f.project, *fid );
  REQUIRE( stored );
  CHECK( stored->settings.interventionId == lighting );
  CHECK( stored->settings.targetAreaId == f.target );
  CHECK( stored->settings.comparisonAreaId == f.comparison );
  CHECK( stored->settings.bufferMeters == 300 );
  CHECK( stored->settings.before == result->settings.before );
  CHECK( stored->settings.after == result->settings.after );
  CHECK( stored->interventionTitle == "Ny belysning" );
  CHECK( stored->total.stats.counts.a == result->total.stats.counts.a );
  CHECK( stored->total.stats.counts.f == result->total.stats.counts.f );
  CHECK( stored->total.stats.wdd.se == Approx( result->total.stats.wdd.se ) );
  CHECK( stored->groups.size() == result->groups.size() );
  CHECK( stored->weeks.target == result->weeks.target );
  CHECK( stored->sentences == result->sentences );

  auto list = storedEvaluations( *f.project, lighting );
  REQUIRE( list );
  CHECK( list->size() == 1 );
  CHECK( storedEvaluations( *f.project, lighting + 1 )->empty() );
  CHECK( loadEvaluation( *f.project, *fid + 1 ).error().code == MessageCode::EvaluationUnknown );
}

TEST_CASE( "events whose place is not a point are left out of an evaluation's counts and said",
           "[evaluation][imprecise]" )
{
  Fixture f;
  // Police events known only by the municipality or county, "placed" on the target square: in no area.
  {
    Statement s = f.project->db().prepare(
      "INSERT INTO incidents (geom, occurred_from, category, source, place_precision, created_at, "
      "updated_at) "
      "VALUES (?, ?, 'klotter', 'police', ?, '2025-08-01T00:00:00Z', '2025-08-01T00:00:00Z')" );
    const auto blob = encodeGpkgPoint( 3006, 500500, 6600500 );
    for ( const auto &[at, precision] : { std::make_pair( "2025-02-10T11:00:00Z", "municipality" ),
                                          std::make_pair( "2025-02-11T11:00:00Z", "municipality" ),
                                          std::make_pair( "2025-06-12T11:00:00Z", "municipality" ),
                                          std::make_pair( "2025-06-13T11:00:00Z", "county" ),
                                          std::make_pair( "2025-04-14T11:00:00Z", "county" ) } ) // the gap
    {
      s.reset();
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, at ).bind( 3, precision );
      s.run();
    }
  }
  auto result = evaluateIntervention( *f.project, f.settings() );
  REQUIRE( result );
  CHECK( result->total.stats.counts.a == f.targetBefore );
  CHECK( result->total.stats.counts.b == f.targetAfter );
  CHECK( result->imprecise.municipality == 3 );
  CHECK( result->imprecise.county == 1 );
  REQUIRE_FALSE( result->sentences.empty() );
  CHECK( result->sentences.back() ==
         "4 händelser i perioderna har ingen punkt som plats (3 med bara kommunen, 1 med bara länet) och kan "
         "inte räknas till något område: de är inte med i siffrorna." );
  CHECK( result->toJson().find( "\"left_out_not_points\":{\"area\":0,\"municipality\":3,\"county\":1}" ) !=
         std::string::npos );
  auto fid = storeEvaluation( *f.project, *result, "samordnare" );
  REQUIRE( fid );
  auto stored = loadEvaluation( *f.project, *fid );
  REQUIRE( stored );
  CHECK( stored->imprecise == result->imprecise );
  CHECK( stored->sentences == result->sentences );
}

TEST_CASE( "an intervention still running is evaluated up to yesterday, and its before period is as long",
           "[evaluation]" )
{
  Fixture f;
  const auto today = parseIsoDate( todayInStockholm() );
  REQUIRE( today );
  const std::string start = isoDateOf( *today - 30 );
  const std::string end = isoDateOf( *today + 60 );
  const int64_t running = addIntervention( *f.project, "patrols", f.target, start, end );
  auto settings = settingsFromIntervention( *f.project, running );
  REQUIRE( settings );
  CHECK( settings->after.from == start );
  CHECK( settings->after.until == isoDateOf( *today - 1 ) );
  CHECK( settings->after.days() == 30 );
  CHECK( settings->before.days() == 30 );
  CHECK( settings->before.until == isoDateOf( *today - 31 ) );
}

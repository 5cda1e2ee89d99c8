#include <catch2/catch.hpp>

#include "datetimeparser.h"
#include "temporal.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <random>
#include <string>
#include <tuple>
#include <vector>

using namespace tryggkarta;

namespace
{

constexpr int64_t kHour = 3600;
constexpr int64_t kDay = 86400;

//! UTC seconds of a UTC wall-clock time, written out without the Stockholm rules.
int64_t utc( int year, int month, int day, int hour = 0, int minute = 0 )
{
  return daysFromCivil( year, month, day ) * kDay + hour * kHour + minute * 60;
}

SelectedIncident instant( int64_t time, double x = 0, double y = 0, const std::string &category = "klotter" )
{
  SelectedIncident incident;
  incident.x = x;
  incident.y = y;
  incident.fromUtc = incident.untilUtc = time;
  incident.category = category;
  return incident;
}

SelectedIncident interval( int64_t from, int64_t until, double weight = 1 )
{
  SelectedIncident incident = instant( from );
  incident.untilUtc = until;
  incident.weight = weight;
  return incident;
}

double sum( const std::array<double, 168> &values )
{
  return std::accumulate( values.begin(), values.end(), 0.0 );
}

//! The nonzero slots of a matrix as (weekday, hour, count).
std::vector<std::tuple<int, int, double>> nonzeroSlots( const HourWeekdayMatrix &matrix )
{
  std::vector<std::tuple<int, int, double>> slots;
  for ( int d = 1; d <= 7; ++d )
    for ( int h = 0; h < 24; ++h )
      if ( matrix.count( d, h ) != 0 )
        slots.emplace_back( d, h, matrix.count( d, h ) );
  return slots;
}

/**
 * The two-sided binomial p-value computed another way than the code does: the pmf by the ratio recurrence
 * from the mode in long double, normalised by its sum (no lgamma), then R's rule: the sum of the
 * probabilities ≤ the observed one × (1 + 1e-7).
 */
double referenceBinomialPValue( int64_t x, int64_t n, double p )
{
  const long double q = 1 - static_cast<long double>( p );
  const int64_t mode = std::min<int64_t>( n, static_cast<int64_t>( std::floor( ( n + 1 ) * p ) ) );
  std::vector<long double> pmf( static_cast<std::size_t>( n + 1 ), 0 );
  pmf[static_cast<std::size_t>( mode )] = 1;
  for ( int64_t i = mode; i < n; ++i )
    pmf[static_cast<std::size_t>( i + 1 )] =
      pmf[static_cast<std::size_t>( i )] * ( n - i ) / ( i + 1 ) * static_cast<long double>( p ) / q;
  for ( int64_t i = mode; i > 0; --i )
    pmf[static_cast<std::size_t>( i - 1 )] =
      pmf[static_cast<std::size_t>( i )] * i / ( n - i + 1 ) * q / static_cast<long double>( p );
  const long double total = std::accumulate( pmf.begin(), pmf.end(), static_cast<long double>( 0 ) );
  const long double observed = pmf[static_cast<std::size_t>( x )];
  long double pValue = 0;
  for ( long double v : pmf )
    if ( v <= observed * ( 1 + 1e-7L ) )
      pValue += v;
  return static_cast<double>( std::min<long double>( 1, pValue / total ) );
}

//! A square area of the given side with its south-west corner at (x, y).
ProjectArea squareArea( int64_t fid, const std::string &name, double x, double y, double side )
{
  ProjectArea area;
  area.fid = fid;
  area.name = name;
  area.kind = "custom";
  area.rings = { { { x, y }, { x + side, y }, { x + side, y + side }, { x, y + side }, { x, y } } };
  area.envelope = { x, y, x + side, y + side };
  area.areaSquareMeters = side * side;
  return area;
}

//! n events at (x, y) inside the given period.
void addEvents( std::vector<SelectedIncident> &events, int n, double x, double y, int64_t time )
{
  for ( int k = 0; k < n; ++k )
    events.push_back( instant( time + k * kHour, x, y ) );
}

//! A uniform number in [low, high) from the generator's bits: the same on every platform, unlike
//! std::uniform_real_distribution, so the random data sets below are too.
double uniform( std::mt19937_64 &random, double low, double high )
{
  return low + ( high - low ) * static_cast<double>( random() >> 11 ) * 0x1.0p-53;
}

//! Random events: uniform in a square of side metres and over the year 2024.
std::vector<SelectedIncident> randomEvents( std::mt19937_64 &random, std::size_t count, double side )
{
  const double start = static_cast<double>( utc( 2024, 1, 1 ) ),
               end = static_cast<double>( utc( 2025, 1, 1 ) );
  std::vector<SelectedIncident> events;
  for ( std::size_t k = 0; k < count; ++k )
  {
    const double x = 6.5e5 + uniform( random, 0, side ), y = 6.58e6 + uniform( random, 0, side );
    SelectedIncident e = instant( static_cast<int64_t>( uniform( random, start, end ) ), x, y );
    e.fid = static_cast<int64_t>( k + 1 );
    events.push_back( e );
  }
  return events;
}

//! The Knox table's observed counts over all pairs, O(n²): distances and times compared as the test does.
std::vector<int64_t> bruteForceKnox( const std::vector<SelectedIncident> &events, const KnoxParameters &p )
{
  const std::size_t timeBands = p.timeBandsDays.size();
  std::vector<int64_t> counts( p.spaceBandsMeters.size() * timeBands, 0 );
  for ( std::size_t i = 0; i < events.size(); ++i )
    for ( std::size_t j = i + 1; j < events.size(); ++j )
    {
      const double distance = std::hypot( events[i].x - events[j].x, events[i].y - events[j].y );
      const double days = std::abs( double( events[i].midpointUtc() - events[j].midpointUtc() ) ) / kDay;
      const auto s = std::lower_bound( p.spaceBandsMeters.begin(), p.spaceBandsMeters.end(), distance );
      const auto t = std::lower_bound( p.timeBandsDays.begin(), p.timeBandsDays.end(), days );
      if ( s == p.spaceBandsMeters.end() || t == p.timeBandsDays.end() )
        continue;
      ++counts[static_cast<std::size_t>( s - p.spaceBandsMeters.begin() ) * timeBands +
               static_cast<std::size_t>( t - p.timeBandsDays.begin() )];
    }
  return counts;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------
// Hour × weekday matrix
// ---------------------------------------------------------------------------------------------------------

TEST_CASE( "an instant lands in its Stockholm local weekday and hour, on both sides of a DST change",
           "[temporal]" )
{
  // 2024-03-31 (a Sunday) clocks went from 02:00 CET to 03:00 CEST; 2024-10-27 (a Sunday) from 03:00 CEST
  // back to 02:00 CET.
  const struct
  {
    int64_t time;
    int weekday, hour;
  } cases[] = {
    { utc( 2024, 3, 30, 22, 30 ), 6, 23 }, // Saturday 23:30 CET
    { utc( 2024, 3, 31, 0, 30 ), 7, 1 },   // Sunday 01:30 CET
    { utc( 2024, 3, 31, 1, 30 ), 7, 3 },   // Sunday 03:30 CEST, straight after the skipped hour
    { utc( 2024, 7, 1, 22, 0 ), 2, 0 },    // Tuesday 00:00 CEST
    { utc( 2024, 10, 27, 0, 30 ), 7, 2 },  // Sunday 02:30 CEST
    { utc( 2024, 10, 27, 1, 30 ), 7, 2 },  // Sunday 02:30 CET, the repeated hour
    { utc( 2024, 10, 27, 2, 30 ), 7, 3 },  // Sunday 03:30 CET
  };
  for ( const auto &c : cases )
  {
    Expected<HourWeekdayMatrix> matrix = hourWeekdayMatrix( { instant( c.time ) } );
    REQUIRE( matrix.ok() );
    INFO( formatUtcIso( c.time ) );
    CHECK( matrix->count( c.weekday, c.hour ) == 1 );
    CHECK( sum( matrix->counts ) == 1 );
  }
}

TEST_CASE( "an interval is spread over the hours it covers in proportion to the time in each", "[temporal]" )
{
  SECTION( "three hours over midnight: a third in each" )
  {
    // Wednesday 2024-05-15 22:00 – Thursday 01:00 CEST, weight 2.
    Expected<HourWeekdayMatrix> matrix =
      hourWeekdayMatrix( { interval( utc( 2024, 5, 15, 20 ), utc( 2024, 5, 15, 23 ), 2 ) } );
    REQUIRE( matrix.ok() );
    const std::vector<std::tuple<int, int, double>> slots = nonzeroSlots( *matrix );
    REQUIRE( slots.size() == 3 );
    for ( const auto &[weekday, hour, count] : slots )
      CHECK( count == Approx( 1.0 / 3 ) );
    CHECK( matrix->count( 3, 22 ) == Approx( 1.0 / 3 ) );
    CHECK( matrix->count( 3, 23 ) == Approx( 1.0 / 3 ) );
    CHECK( matrix->count( 4, 0 ) == Approx( 1.0 / 3 ) );
    CHECK( matrix->weight( 4, 0 ) == Approx( 2.0 / 3 ) );
    CHECK( matrix->spreadEventCount == 1 );
  }

  SECTION( "Friday 18:00 to Monday 06:00: 1/60 in each of 60 hours" )
  {
    // 2024-05-17 18:00 CEST is 16:00 UTC; 2024-05-20 06:00 CEST is 04:00 UTC.
    Expected<HourWeekdayMatrix> matrix =
      hourWeekdayMatrix( { interval( utc( 2024, 5, 17, 16 ), utc( 2024, 5, 20, 4 ) ) } );
    REQUIRE( matrix.ok() );
    const std::vector<std::tuple<int, int, double>> slots = nonzeroSlots( *matrix );
    REQUIRE( slots.size() == 60 );
    for ( const auto &[weekday, hour, count] : slots )
      CHECK( count == Approx( 1.0 / 60 ) );
    CHECK( std::get<0>( slots.front() ) == 1 ); // Monday 00–05
    CHECK( std::get<1>( slots.back() ) == 23 ); // Sunday 23
    CHECK( matrix->count( 5, 17 ) == 0 );
    CHECK( matrix->count( 5, 18 ) == Approx( 1.0 / 60 ) );
    CHECK( matrix->count( 1, 6 ) == 0 );
  }

  SECTION( "part hours get their part" )
  {
    // Tuesday 2024-01-09 10:30 – 12:00 CET: 30 of 90 minutes in hour 10, 60 in hour 11.
    Expected<HourWeekdayMatrix> matrix =
      hourWeekdayMatrix( { interval( utc( 2024, 1, 9, 9, 30 ), utc( 2024, 1, 9, 11 ) ) } );
    REQUIRE( matrix.ok() );
    CHECK( matrix->count( 2, 10 ) == Approx( 1.0 / 3 ) );
    CHECK( matrix->count( 2, 11 ) == Approx( 2.0 / 3 ) );
  }

  SECTION( "the night clocks go forward: no time in the skipped hour" )
  {
    // Saturday 2024-03-30 23:00 CET – Sunday 04:00 CEST is four real hours: 23, 00, 01 and 03.
    Expected<HourWeekdayMatrix> matrix =
      hourWeekdayMatrix( { interval( utc( 2024, 3, 30, 22 ), utc( 2024, 3, 31, 2 ) ) } );
    REQUIRE( matrix.ok() );
    CHECK( matrix->count( 6, 23 ) == Approx( 0.25 ) );
    CHECK( matrix->count( 7, 0 ) == Approx( 0.25 ) );
    CHECK( matrix->count( 7, 1 ) == Approx( 0.25 ) );
    CHECK( matrix->count( 7, 2 ) == 0 );
    CHECK( matrix->count( 7, 3 ) == Approx( 0.25 ) );
  }

  SECTION( "the night clocks go back: the repeated hour gets both real hours" )
  {
    // Sunday 2024-10-27 01:00 CEST – 04:00 CET is four real hours: 01, 02 (summer), 02 (winter), 03.
    Expected<HourWeekdayMatrix> matrix =
      hourWeekdayMatrix( { interval( utc( 2024, 10, 26, 23 ), utc( 2024, 10, 27, 3 ) ) } );
    REQUIRE( matrix.ok() );
    CHECK( matrix->count( 7, 1 ) == Approx( 0.25 ) );
    CHECK( matrix->count( 7, 2 ) == Approx( 0.5 ) );
    CHECK( matrix->count( 7, 3 ) == Approx( 0.25 ) );
  }

  SECTION( "with the midpoint rule the whole event goes to its midpoint's slot" )
  {
    // Friday 18:00 + 30 h = Sunday 00:00.
    Expected<HourWeekdayMatrix> matrix = hourWeekdayMatrix(
      { interval( utc( 2024, 5, 17, 16 ), utc( 2024, 5, 20, 4 ) ) }, IntervalWeighting::Midpoint );
    REQUIRE( matrix.ok() );
    CHECK( matrix->count( 7, 0 ) == 1 );
    CHECK( sum( matrix->counts ) == 1 );
    CHECK( matrix->spreadEventCount == 0 );
  }
}

TEST_CASE( "a long interval is spread as walking it hour by hour would, and the matrix sums to the count",
           "[temporal]" )
{
  // Intervals over many weeks and both DST changes, on whole UTC hours, so the reference is simply one
  // 1/H for each of its H hours at that hour's local slot.
  const std::vector<SelectedIncident> events = {
    interval( utc( 2023, 11, 20, 5 ), utc( 2025, 2, 3, 17 ) ),
    interval( utc( 2024, 3, 1, 0 ), utc( 2024, 4, 12, 13 ) ),
    interval( utc( 2024, 10, 1, 9 ), utc( 2024, 10, 30, 2 ) ),
    instant( utc( 2024, 6, 1, 12 ) ),
  };
  std::array<double, 168> expected{};
  for ( const SelectedIncident &e : events )
  {
    if ( e.untilUtc == e.fromUtc )
    {
      int weekday = 0, hour = 0;
      stockholmWeekdayHour( e.fromUtc, weekday, hour );
      expected[HourWeekdayMatrix::slot( weekday, hour )] += 1;
      continue;
    }
    const double hours = double( e.untilUtc - e.fromUtc ) / kHour;
    for ( int64_t t = e.fromUtc; t < e.untilUtc; t += kHour )
    {
      int weekday = 0, hour = 0;
      stockholmWeekdayHour( t, weekday, hour );
      expected[HourWeekdayMatrix::slot( weekday, hour )] += 1 / hours;
    }
  }
  Expected<HourWeekdayMatrix> matrix = hourWeekdayMatrix( events );
  REQUIRE( matrix.ok() );
  for ( std::size_t s = 0; s < 168; ++s )
    REQUIRE( matrix->counts[s] == Approx( expected[s] ).margin( 1e-12 ) );
  CHECK( sum( matrix->counts ) == Approx( 4 ) );
  CHECK( matrix->eventCount == 4 );
  CHECK( matrix->spreadEventCount == 3 );
}

TEST_CASE( "the hour × weekday matrix rejects an event that ends before it starts", "[temporal]" )
{
  Expected<HourWeekdayMatrix> matrix =
    hourWeekdayMatrix( { interval( utc( 2024, 1, 2 ), utc( 2024, 1, 1 ) ) } );
  REQUIRE_FALSE( matrix.ok() );
  CHECK_THAT( matrix.error().text(), Catch::Contains( "ends before it starts" ) );
  CHECK( hourWeekdayMatrix( {} ).ok() );
}

// ---------------------------------------------------------------------------------------------------------
// Series
// ---------------------------------------------------------------------------------------------------------

TEST_CASE( "ISO weeks belong to the year of their Thursday", "[temporal]" )
{
  const auto label = []( int y, int m, int d )
  {
    const IsoWeek w = isoWeek( y, m, d );
    return std::to_string( w.year ) + "-W" + std::to_string( w.week );
  };
  CHECK( label( 2020, 12, 31 ) == "2020-W53" );
  CHECK( label( 2021, 1, 3 ) == "2020-W53" );
  CHECK( label( 2021, 1, 4 ) == "2021-W1" );
  CHECK( label( 2019, 12, 30 ) == "2020-W1" );
  CHECK( label( 2024, 1, 29 ) == "2024-W5" );
  CHECK( label( 2026, 12, 31 ) == "2026-W53" );
  CHECK( label( 2027, 1, 1 ) == "2026-W53" );
  CHECK( label( 2022, 1, 2 ) == "2021-W52" );

  // The label is of the Stockholm local date: Sunday 23:30 UTC is already Monday in Stockholm.
  CHECK( isoWeekLabel( utc( 2021, 1, 3, 22, 30 ) ) == "2020-W53" );
  CHECK( isoWeekLabel( utc( 2021, 1, 3, 23, 30 ) ) == "2021-W01" );
  CHECK( isoWeekLabel( utc( 2024, 1, 29, 12 ) ) == "2024-W05" );
}

TEST_CASE( "a weekly series counts each event in the ISO week of its midpoint, per category", "[temporal]" )
{
  // Wednesday 2020-12-30 to Monday 2021-01-18 00:00 local: 2020-W53 (cut), 2021-W01, 2021-W02.
  const int64_t from = stockholmToUtc( 2020, 12, 30, 0, 0, 0 );
  const int64_t until = stockholmToUtc( 2021, 1, 18, 0, 0, 0 );
  std::vector<SelectedIncident> events = {
    instant( stockholmToUtc( 2020, 12, 31, 12, 0, 0 ), 0, 0, "klotter" ),
    instant( stockholmToUtc( 2021, 1, 3, 23, 59, 0 ), 0, 0, "klotter" ),
    instant( stockholmToUtc( 2021, 1, 4, 0, 0, 0 ), 0, 0, "glaskross" ),
    instant( stockholmToUtc( 2021, 1, 17, 23, 0, 0 ), 0, 0, "klotter" ),
    instant( stockholmToUtc( 2020, 12, 29, 12, 0, 0 ), 0, 0, "klotter" ), // before the period
  };
  // From Saturday 2021-01-09 to Tuesday 2021-01-12: the midpoint is Sunday evening, in 2021-W01.
  events.push_back(
    interval( stockholmToUtc( 2021, 1, 9, 20, 0, 0 ), stockholmToUtc( 2021, 1, 12, 0, 0, 0 ) ) );
  events.back().category = "glaskross";

  Expected<CategorySeries> series = categorySeries( events, from, until );
  REQUIRE( series.ok() );
  CHECK( series->labels == std::vector<std::string>{ "2020-W53", "2021-W01", "2021-W02" } );
  CHECK( series->partial == std::vector<bool>{ true, false, false } );
  CHECK( series->binStartsUtc == std::vector<int64_t>{ from, stockholmToUtc( 2021, 1, 4, 0, 0, 0 ),
                                                       stockholmToUtc( 2021, 1, 11, 0, 0, 0 ), until } );
  CHECK( series->categories == std::vector<std::string>{ "glaskross", "klotter" } );
  CHECK( series->counts[0] == std::vector<double>{ 0, 2, 0 } );
  CHECK( series->counts[1] == std::vector<double>{ 2, 0, 1 } );
  CHECK( series->totals == std::vector<double>{ 2, 2, 1 } );
  CHECK( series->outsideCount == 1 );
}

TEST_CASE( "a monthly series has one bin per local calendar month", "[temporal]" )
{
  const int64_t from = stockholmToUtc( 2024, 1, 15, 0, 0, 0 );
  const int64_t until = stockholmToUtc( 2024, 4, 1, 0, 0, 0 );
  // 2024-03-01 00:30 local is still February in UTC; it counts for March.
  const std::vector<SelectedIncident> events = { instant( stockholmToUtc( 2024, 3, 1, 0, 30, 0 ) ),
                                                 instant( stockholmToUtc( 2024, 2, 29, 23, 30, 0 ) ) };
  Expected<CategorySeries> series = categorySeries( events, from, until, SeriesInterval::Month );
  REQUIRE( series.ok() );
  CHECK( series->labels == std::vector<std::string>{ "2024-01", "2024-02", "2024-03" } );
  CHECK( series->partial == std::vector<bool>{ true, false, false } );
  CHECK( series->totals == std::vector<double>{ 0, 1, 1 } );
}

TEST_CASE( "a series needs a period that ends after it starts and is not absurdly long", "[temporal]" )
{
  Expected<CategorySeries> empty = categorySeries( {}, utc( 2024, 1, 1 ), utc( 2024, 1, 1 ) );
  REQUIRE_FALSE( empty.ok() );
  CHECK_THAT( empty.error().text(), Catch::Contains( "must end after it starts" ) );
  Expected<CategorySeries> tooLong = categorySeries( {}, utc( 1900, 1, 1 ), utc( 2024, 1, 1 ) );
  REQUIRE_FALSE( tooLong.ok() );
  CHECK_THAT( tooLong.error().text(), Catch::Contains( "more than" ) );
}

// ---------------------------------------------------------------------------------------------------------
// Periods and tests
// ---------------------------------------------------------------------------------------------------------

TEST_CASE( "the previous period is as long and ends where the current one starts", "[temporal]" )
{
  Expected<Period> previous = previousPeriod( utc( 2024, 4, 1 ), utc( 2024, 7, 1 ) );
  REQUIRE( previous.ok() );
  CHECK( previous->untilUtc == utc( 2024, 4, 1 ) );
  CHECK( previous->fromUtc == utc( 2024, 4, 1 ) - ( utc( 2024, 7, 1 ) - utc( 2024, 4, 1 ) ) );
  CHECK_FALSE( previousPeriod( 5, 5 ).ok() );
  CHECK_FALSE( previousPeriod( 6, 5 ).ok() );
}

TEST_CASE( "the same period last year keeps the local calendar dates and times", "[temporal]" )
{
  SECTION( "29 February becomes 28 February" )
  {
    Expected<Period> last =
      samePeriodLastYear( stockholmToUtc( 2024, 2, 29, 0, 0, 0 ), stockholmToUtc( 2024, 4, 1, 0, 0, 0 ) );
    REQUIRE( last.ok() );
    CHECK( last->fromUtc == utc( 2023, 2, 27, 23 ) );  // 2023-02-28 00:00 CET
    CHECK( last->untilUtc == utc( 2023, 3, 31, 22 ) ); // 2023-04-01 00:00 CEST
  }
  SECTION( "a period ending with February ends with February last year" )
  {
    Expected<Period> last =
      samePeriodLastYear( stockholmToUtc( 2024, 2, 1, 0, 0, 0 ), stockholmToUtc( 2024, 2, 29, 0, 0, 0 ) );
    REQUIRE( last.ok() );
    CHECK( last->fromUtc == utc( 2023, 1, 31, 23 ) );  // 2023-02-01 00:00 CET
    CHECK( last->untilUtc == utc( 2023, 2, 28, 23 ) ); // 2023-03-01 00:00 CET
  }
  SECTION( "a local time keeps its wall-clock hour when last year's date had other summer time" )
  {
    // 2025-03-30 12:00 is summer time; 2024-03-30 12:00 was still winter time.
    Expected<Period> last =
      samePeriodLastYear( stockholmToUtc( 2025, 3, 30, 12, 0, 0 ), stockholmToUtc( 2025, 7, 1, 0, 0, 0 ) );
    REQUIRE( last.ok() );
    CHECK( last->fromUtc == utc( 2024, 3, 30, 11 ) );
    CHECK( last->untilUtc == utc( 2024, 6, 30, 22 ) );
  }
  CHECK_FALSE( samePeriodLastYear( utc( 2024, 2, 1 ), utc( 2024, 1, 1 ) ).ok() );
}

TEST_CASE( "the exact binomial test gives R's binom.test p-values", "[temporal]" )
{
  const auto p = []( int64_t x, int64_t n, double probability )
  {
    Expected<double> value = binomialTestPValue( x, n, probability );
    REQUIRE( value.ok() );
    return value.value();
  };
  // Published R results and small cases worked by hand.
  CHECK( p( 7, 10, 0.5 ) == Approx( 0.34375 ).epsilon( 1e-12 ) );
  CHECK( p( 0, 5, 0.5 ) == Approx( 0.0625 ).epsilon( 1e-12 ) );
  CHECK( p( 3, 4, 0.5 ) == Approx( 10.0 / 16 ).epsilon( 1e-12 ) );      // 1 + 4 + 4 + 1 of 16
  CHECK( p( 10, 12, 0.5 ) == Approx( 158.0 / 4096 ).epsilon( 1e-12 ) ); // 2 × (66 + 12 + 1) / 4096
  CHECK( p( 0, 3, 1.0 / 3 ) == Approx( 15.0 / 27 ).epsilon( 1e-12 ) );  // 8 + 6 + 1 of 27
  CHECK( p( 3, 3, 1.0 / 3 ) == Approx( 1.0 / 27 ).epsilon( 1e-12 ) );   // only itself
  CHECK( p( 2, 10, 0.5 ) == Approx( 112.0 / 1024 ).epsilon( 1e-12 ) );  // 2 × (1 + 10 + 45) / 1024
  CHECK( p( 4, 9, 0.5 ) == 1 );  // P(4) = P(5): every outcome is as likely or less
  CHECK( p( 5, 10, 0.5 ) == 1 ); // the mean itself
  CHECK( p( 0, 0, 0.3 ) == 1 );

  // Large counts, against the pmf by recurrence in long double.
  for ( const auto &[x, n, probability] : { std::tuple<int64_t, int64_t, double>{ 5100, 10000, 0.5 },
                                            { 4870, 10000, 0.5 },
                                            { 6000, 10000, 0.5 },
                                            { 130, 1000, 0.1 },
                                            { 70, 1000, 0.1 },
                                            { 2900, 9000, 31.0 / 92 } } )
  {
    INFO( x << " of " << n << " at " << probability );
    CHECK( p( x, n, probability ) == Approx( referenceBinomialPValue( x, n, probability ) ).epsilon( 1e-8 ) );
  }
  CHECK( p( 510000, 1000000, 0.5 ) < 1e-80 );

  CHECK_FALSE( binomialTestPValue( 6, 5, 0.5 ).ok() );
  CHECK_FALSE( binomialTestPValue( -1, 5, 0.5 ).ok() );
  CHECK_FALSE( binomialTestPValue( 1, 5, 0 ).ok() );
  CHECK_FALSE( binomialTestPValue( 1, 5, 1 ).ok() );
}

TEST_CASE( "the Poisson rate test conditions on the total and weighs the period lengths", "[temporal]" )
{
  // Equal counts in equal periods: p = 1.
  CHECK( poissonRateTestPValue( 12, 30, 12, 30 ).value() == 1 );
  CHECK( poissonRateTestPValue( 0, 1, 0, 1 ).value() == 1 );
  // R: poisson.test(c(7, 3)) = binom.test(7, 10, 0.5).
  CHECK( poissonRateTestPValue( 7, 90, 3, 90 ).value() == Approx( 0.34375 ).epsilon( 1e-12 ) );
  // A period half as long: binom.test(0, 3, 1/3).
  CHECK( poissonRateTestPValue( 0, 1, 3, 2 ).value() == Approx( 15.0 / 27 ).epsilon( 1e-12 ) );
  // Counts in proportion to the lengths are no change at all.
  CHECK( poissonRateTestPValue( 2, 1, 4, 2 ).value() == 1 );
  CHECK_FALSE( poissonRateTestPValue( 1, 0, 1, 1 ).ok() );
  CHECK_FALSE( poissonRateTestPValue( -1, 1, 1, 1 ).ok() );
}

// ---------------------------------------------------------------------------------------------------------
// Period comparison
// ---------------------------------------------------------------------------------------------------------

TEST_CASE( "comparing periods per area counts, tests and ranks the areas", "[temporal]" )
{
  // Four squares of 1 km², one of 0.25 km².
  const std::vector<ProjectArea> areas = {
    squareArea( 1, "Centrum", 0, 0, 1000 ),     squareArea( 2, "Ängen", 1000, 0, 1000 ),
    squareArea( 3, "Åsen", 2000, 0, 1000 ),     squareArea( 4, "Norr", 0, 1000, 1000 ),
    squareArea( 5, "Hamnen", 1000, 1000, 500 ),
  };
  ComparisonParameters parameters;
  parameters.current = { utc( 2024, 4, 1 ), utc( 2024, 7, 1 ) };
  parameters.before = previousPeriod( parameters.current.fromUtc, parameters.current.untilUtc ).value();
  const int64_t now = utc( 2024, 5, 1 ), before = utc( 2024, 2, 1 );

  std::vector<SelectedIncident> current, earlier;
  addEvents( current, 5, 500, 500, now ); // Centrum 5 ← 2
  addEvents( earlier, 2, 500, 500, before );
  addEvents( current, 5, 1500, 500, now ); // Ängen 5 ← 1
  addEvents( earlier, 1, 1500, 500, before );
  addEvents( current, 5, 2500, 500, now ); // Åsen 5 ← 1
  addEvents( earlier, 1, 2500, 500, before );
  addEvents( current, 2, 500, 1500, now ); // Norr 2 ← 8
  addEvents( earlier, 8, 500, 1500, before );
  addEvents( current, 20, 1200, 1200, now ); // Hamnen 20 ← 0
  addEvents( current, 3, -500, -500, now );  // outside every area
  addEvents( earlier, 1, 5000, 5000, before );
  // Known only by the municipality, "placed" in Centrum: in no area, and said apart from those outside.
  addEvents( current, 2, 500, 500, now );
  current[current.size() - 1].precision = PlacePrecision::Municipality;
  current[current.size() - 2].precision = PlacePrecision::County;

  Expected<AreaComparison> result = compareAreas( current, earlier, areas, parameters );
  REQUIRE( result.ok() );
  const AreaComparison &c = *result;
  REQUIRE( c.rows.size() == 5 );

  // Top: Hamnen (20), then the three fives: Ängen and Åsen rose by 4 (Å before Ä in Swedish), Centrum by 3.
  CHECK( c.ranking == std::vector<std::size_t>{ 4, 2, 1, 0, 3 } );

  const CountChange &centrum = c.rows[0].counts;
  CHECK( centrum.countNow == 5 );
  CHECK( centrum.countBefore == 2 );
  CHECK( centrum.change == 3 );
  CHECK( *centrum.percentChange == Approx( 150 ) );
  CHECK( centrum.direction == ChangeDirection::Increase );

  const CountChange &norr = c.rows[3].counts;
  CHECK( norr.direction == ChangeDirection::Decrease );
  CHECK( *norr.percentChange == Approx( -75 ) );
  CHECK( norr.pValue == Approx( 112.0 / 1024 ).epsilon( 1e-12 ) ); // binom.test(2, 10, 0.5)
  CHECK_FALSE( norr.significant );

  const CountChange &hamnen = c.rows[4].counts;
  CHECK_FALSE( hamnen.percentChange );
  CHECK( hamnen.pValue == Approx( 2 * std::pow( 0.5, 20 ) ).epsilon( 1e-9 ) );
  CHECK( hamnen.significant );
  CHECK( hamnen.significantFdr );
  CHECK( c.rows[4].perSquareKmNow == Approx( 80 ) );
  CHECK( c.rows[0].perSquareKmBefore == Approx( 2 ) );
  CHECK( c.rows[1].label == "Ängen" );

  CHECK( c.outsideNow == 3 );
  CHECK( c.outsideBefore == 1 );
  CHECK( c.notPointsNow == 2 );
  CHECK( c.notPointsBefore == 0 );
  CHECK( c.total.countNow == 42 );
  CHECK( c.total.countBefore == 13 );
}

TEST_CASE( "the FDR correction over areas is stricter than the areas' own tests", "[temporal]" )
{
  // Ten areas; one with p ≈ 0.039 passes alone but not after the correction over all ten.
  std::vector<ProjectArea> areas;
  for ( int k = 0; k < 10; ++k )
    areas.push_back( squareArea( k + 1, "Område " + std::to_string( k ), k * 100.0, 0, 100 ) );
  ComparisonParameters parameters;
  parameters.current = { utc( 2024, 2, 1 ), utc( 2024, 3, 1 ) };
  parameters.before = { utc( 2024, 1, 3 ), utc( 2024, 2, 1 ) }; // 29 days each
  std::vector<SelectedIncident> current, earlier;
  addEvents( current, 10, 50, 50, utc( 2024, 2, 10 ) ); // 10 ← 2: binom.test(10, 12) = 0.0386
  addEvents( earlier, 2, 50, 50, utc( 2024, 1, 10 ) );
  for ( int k = 1; k < 10; ++k )
  {
    addEvents( current, 3, k * 100.0 + 50, 50, utc( 2024, 2, 10 ) );
    addEvents( earlier, 3, k * 100.0 + 50, 50, utc( 2024, 1, 10 ) );
  }
  Expected<AreaComparison> result = compareAreas( current, earlier, areas, parameters );
  REQUIRE( result.ok() );
  CHECK( result->rows[0].counts.pValue == Approx( 158.0 / 4096 ).epsilon( 1e-12 ) );
  CHECK( result->rows[0].counts.significant );
  CHECK_FALSE( result->rows[0].counts.significantFdr );
  CHECK_FALSE( result->fdrCutoff );
  CHECK( result->rows[5].counts.pValue == 1 );
  CHECK( result->rows[5].counts.direction == ChangeDirection::Unchanged );
}

TEST_CASE( "an event counts in every area that contains it", "[temporal]" )
{
  const std::vector<ProjectArea> areas = { squareArea( 1, "Kommunen", 0, 0, 1000 ),
                                           squareArea( 2, "Centrum", 0, 0, 100 ) };
  ComparisonParameters parameters;
  parameters.current = { utc( 2024, 2, 1 ), utc( 2024, 3, 1 ) };
  parameters.before = { utc( 2024, 1, 3 ), utc( 2024, 2, 1 ) };
  std::vector<SelectedIncident> current;
  addEvents( current, 2, 50, 50, utc( 2024, 2, 5 ) );
  addEvents( current, 3, 500, 500, utc( 2024, 2, 5 ) );
  addEvents( current, 1, 5000, 500, utc( 2024, 2, 5 ) );
  Expected<AreaComparison> result = compareAreas( current, {}, areas, parameters );
  REQUIRE( result.ok() );
  CHECK( result->rows[0].counts.countNow == 5 );
  CHECK( result->rows[1].counts.countNow == 2 );
  CHECK( result->outsideNow == 1 );
  CHECK( result->total.countNow == 6 );
}

TEST_CASE( "an area comparison rejects bad periods, levels and input", "[temporal]" )
{
  const std::vector<ProjectArea> areas = { squareArea( 1, "A", 0, 0, 100 ) };
  ComparisonParameters parameters;
  parameters.current = { utc( 2024, 2, 1 ), utc( 2024, 3, 1 ) };
  parameters.before = { utc( 2024, 1, 1 ), utc( 2024, 2, 1 ) };
  CHECK( compareAreas( {}, {}, areas, parameters ).ok() );
  CHECK_THAT( compareAreas( {}, {}, {}, parameters ).error().text(), Catch::Contains( "no areas" ) );
  ComparisonParameters bad = parameters;
  bad.before = { utc( 2024, 2, 1 ), utc( 2024, 1, 1 ) };
  CHECK_THAT( compareAreas( {}, {}, areas, bad ).error().text(),
              Catch::Contains( "The earlier period must end after it starts" ) );
  bad = parameters;
  bad.alpha = 0;
  CHECK_THAT( compareAreas( {}, {}, areas, bad ).error().text(), Catch::Contains( "significance level" ) );
  SelectedIncident nan = instant( utc( 2024, 2, 2 ), std::nan( "" ), 0 );
  CHECK_THAT( compareAreas( { nan }, {}, areas, parameters ).error().text(),
              Catch::Contains( "not numbers" ) );
}

TEST_CASE( "comparing periods per grid cell uses cells aligned to multiples of the cell size", "[temporal]" )
{
  ComparisonParameters parameters;
  parameters.current = { utc( 2024, 2, 1 ), utc( 2024, 3, 1 ) };
  parameters.before = { utc( 2024, 1, 3 ), utc( 2024, 2, 1 ) };
  std::vector<SelectedIncident> current, earlier;
  addEvents( current, 4, 1050, 2050, utc( 2024, 2, 5 ) ); // cell x 1000–1100, y 2000–2100
  addEvents( earlier, 1, 1099, 2001, utc( 2024, 1, 5 ) ); // the same cell
  addEvents( earlier, 2, 1250, 2150, utc( 2024, 1, 5 ) ); // x 1200–1300, y 2100–2200

  Expected<GridComparison> result = compareGrid( current, earlier, 100, parameters );
  REQUIRE( result.ok() );
  const GridComparison &g = *result;
  CHECK( g.grid.west() == 1000 );
  CHECK( g.grid.north() == 2200 );
  CHECK( g.grid.columns == 3 );
  CHECK( g.grid.rows == 2 );
  REQUIRE( g.cells.size() == 2 );
  // Row-major from the north: the earlier-only cell (row 0, column 2) comes first.
  CHECK( g.cells[0].row == 0 );
  CHECK( g.cells[0].column == 2 );
  CHECK( g.cells[0].centreX == 1250 );
  CHECK( g.cells[0].centreY == 2150 );
  CHECK( g.cells[0].counts.countNow == 0 );
  CHECK( g.cells[0].counts.countBefore == 2 );
  CHECK( g.cells[0].counts.pValue == Approx( 0.5 ) ); // binom.test(0, 2, 0.5)
  CHECK( g.cells[1].row == 1 );
  CHECK( g.cells[1].column == 0 );
  CHECK( g.cells[1].counts.countNow == 4 );
  CHECK( g.cells[1].counts.countBefore == 1 );
  CHECK( g.total.countNow == 4 );

  SECTION( "with an extent, events outside it are counted apart" )
  {
    Expected<GridComparison> clipped =
      compareGrid( current, earlier, 100, parameters, MapExtent{ 1010, 1990, 1190, 2090 } );
    REQUIRE( clipped.ok() );
    CHECK( clipped->grid.west() == 1000 );
    CHECK( clipped->grid.columns == 2 );
    CHECK( clipped->cells.size() == 1 );
    CHECK( clipped->outsideBefore == 2 );
    CHECK( clipped->outsideNow == 0 );
  }

  CHECK_THAT( compareGrid( current, earlier, 0, parameters ).error().text(), Catch::Contains( "cell size" ) );
  CHECK_THAT( compareGrid( current, earlier, std::nan( "" ), parameters ).error().text(),
              Catch::Contains( "cell size" ) );
  CHECK_THAT( compareGrid( {}, {}, 100, parameters ).error().text(), Catch::Contains( "no events" ) );
}

// ---------------------------------------------------------------------------------------------------------
// Knox test
// ---------------------------------------------------------------------------------------------------------

TEST_CASE( "the Knox table's observed counts equal a count over all pairs", "[temporal]" )
{
  std::mt19937_64 random( 11 );
  // Dense enough that every cell of the table has pairs: 1500 events in 2 × 2 km over a year.
  std::vector<SelectedIncident> events = randomEvents( random, 1500, 2000 );
  // Some at the same place, and a pair exactly 100 m apart (the limit belongs to the first band).
  events.push_back( instant( utc( 2024, 6, 1 ), events[0].x, events[0].y ) );
  events.push_back( instant( utc( 2024, 6, 2 ), 6.5e5 + 3000, 6.58e6 ) );
  events.push_back( instant( utc( 2024, 6, 3 ), 6.5e5 + 3100, 6.58e6 ) );
  KnoxParameters parameters;
  parameters.spaceBandsMeters = { 100, 200, 350 };
  parameters.timeBandsDays = { 3, 7, 14, 30 };
  parameters.permutations = 9;
  Expected<KnoxResult> result = knoxTest( events, parameters );
  REQUIRE( result.ok() );
  const std::vector<int64_t> expected = bruteForceKnox( events, parameters );
  REQUIRE( result->cells.size() == expected.size() );
  for ( std::size_t c = 0; c < expected.size(); ++c )
  {
    INFO( "cell " << c );
    CHECK( result->cells[c].observed == expected[c] );
  }
  CHECK( result->cell( 0, 0 ).observed >= 1 );
  CHECK( result->eventCount == events.size() );
}

TEST_CASE( "the Knox test finds a planted near-repeat pattern and none in random data", "[temporal]" )
{
  std::mt19937_64 random( 2024 );
  std::vector<SelectedIncident> events = randomEvents( random, 1500, 5000 );
  KnoxParameters parameters;
  parameters.spaceBandsMeters = { 100, 200, 400 };
  parameters.timeBandsDays = { 7, 14, 28 };
  parameters.permutations = 99;

  SECTION( "random: no cell stands out" )
  {
    Expected<KnoxResult> result = knoxTest( events, parameters );
    REQUIRE( result.ok() );
    // Nine tests of a true null hypothesis: some p-values may be small by chance, none after Bonferroni.
    REQUIRE( result->cells.size() == 9 );
    for ( const KnoxCell &cell : result->cells )
    {
      CHECK( cell.pValue > 0.05 / 9 );
      REQUIRE( cell.ratio );
      CHECK( *cell.ratio == Approx( 1 ).margin( 0.5 ) );
    }
  }

  SECTION( "planted: events followed by others within 50 m and 5 days" )
  {
    for ( std::size_t k = 0; k < 60; ++k )
    {
      const SelectedIncident origin = events[k];
      for ( int repeat = 0; repeat < 2; ++repeat )
      {
        const int64_t delay = static_cast<int64_t>( uniform( random, kHour, 5 * kDay ) );
        const double x = origin.x + uniform( random, -35, 35 ), y = origin.y + uniform( random, -35, 35 );
        events.push_back( instant( origin.fromUtc + delay, x, y ) );
      }
    }
    Expected<KnoxResult> result = knoxTest( events, parameters );
    REQUIRE( result.ok() );
    const KnoxCell &near = result->cell( 0, 0 );
    CHECK( near.observed >= 180 ); // 3 pairs per planted triple, plus chance pairs
    REQUIRE( near.ratio );
    CHECK( *near.ratio > 3 );
    CHECK( near.pValue == Approx( 0.01 ) ); // no permutation reached it: 1 / (1 + 99)
    // Far in time, the pattern does not show.
    REQUIRE( result->cell( 0, 2 ).ratio );
    CHECK( *result->cell( 0, 2 ).ratio == Approx( 1 ).margin( 0.4 ) );
  }
}

TEST_CASE( "the Knox test is deterministic for a seed", "[temporal]" )
{
  std::mt19937_64 random( 5 );
  const std::vector<SelectedIncident> events = randomEvents( random, 800, 2000 );
  KnoxParameters parameters;
  parameters.spaceBandsMeters = { 150, 300 };
  parameters.timeBandsDays = { 10, 20 };
  parameters.permutations = 49;
  Expected<KnoxResult> first = knoxTest( events, parameters );
  Expected<KnoxResult> second = knoxTest( events, parameters );
  REQUIRE( first.ok() );
  REQUIRE( second.ok() );
  parameters.seed += 1;
  Expected<KnoxResult> other = knoxTest( events, parameters );
  REQUIRE( other.ok() );
  bool expectedDiffers = false;
  for ( std::size_t c = 0; c < first->cells.size(); ++c )
  {
    CHECK( first->cells[c].expected == second->cells[c].expected );
    CHECK( first->cells[c].pValue == second->cells[c].pValue );
    CHECK( first->cells[c].observed == other->cells[c].observed );
    expectedDiffers = expectedDiffers || first->cells[c].expected != other->cells[c].expected;
  }
  CHECK( expectedDiffers );
}

TEST_CASE( "the Knox test can compare local calendar dates instead of exact times", "[temporal]" )
{
  // One hour apart, but on either side of midnight in Stockholm.
  const std::vector<SelectedIncident> events = { instant( stockholmToUtc( 2024, 5, 1, 23, 30, 0 ), 10, 10 ),
                                                 instant( stockholmToUtc( 2024, 5, 2, 0, 30, 0 ), 20, 10 ) };
  KnoxParameters parameters;
  parameters.spaceBandsMeters = { 50 };
  parameters.timeBandsDays = { 0.5, 7 };
  parameters.permutations = 9;
  Expected<KnoxResult> exact = knoxTest( events, parameters );
  REQUIRE( exact.ok() );
  CHECK( exact->cell( 0, 0 ).observed == 1 );
  parameters.calendarDays = true;
  Expected<KnoxResult> dates = knoxTest( events, parameters );
  REQUIRE( dates.ok() );
  CHECK( dates->cell( 0, 0 ).observed == 0 );
  CHECK( dates->cell( 0, 1 ).observed == 1 );
}

TEST_CASE( "the Knox test rejects input it cannot use", "[temporal]" )
{
  const std::vector<SelectedIncident> two = { instant( utc( 2024, 1, 1 ), 0, 0 ),
                                              instant( utc( 2024, 1, 2 ), 10, 0 ) };
  KnoxParameters good;
  good.permutations = 9;
  REQUIRE( knoxTest( two, good ).ok() );

  CHECK_THAT( knoxTest( {}, good ).error().text(), Catch::Contains( "at least two events" ) );
  KnoxParameters p = good;
  p.spaceBandsMeters = { 100, 100 };
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "must increase" ) );
  p = good;
  p.timeBandsDays = { 0, 7 };
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "positive" ) );
  p = good;
  p.spaceBandsMeters = { -100 };
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "positive" ) );
  p = good;
  p.timeBandsDays = {};
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "at least one time band" ) );
  p = good;
  p.permutations = 0;
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "at least one permutation" ) );
  p = good;
  p.maxClosePairs = 0;
  CHECK_THAT( knoxTest( two, p ).error().text(), Catch::Contains( "pairs of events" ) );
}

TEST_CASE( "the grid comparison and the Knox test stop when their progress callback asks", "[temporal]" )
{
  std::mt19937_64 random( 5 );
  const std::vector<SelectedIncident> events = randomEvents( random, 3000, 20000 );
  std::vector<SelectedIncident> current, earlier;
  for ( const SelectedIncident &e : events )
    ( e.fromUtc < utc( 2024, 7, 1 ) ? earlier : current ).push_back( e );
  ComparisonParameters parameters;
  parameters.before = { utc( 2024, 1, 1 ), utc( 2024, 7, 1 ) };
  parameters.current = { utc( 2024, 7, 1 ), utc( 2025, 1, 1 ) };

  std::vector<double> fractions;
  auto record = [&]( double f )
  {
    fractions.push_back( f );
    return true;
  };
  auto stopAtOnce = []( double ) { return false; };

  SECTION( "grid comparison" )
  {
    // 50 m cells over 20 km: thousands of cells with events, tested one by one.
    Expected<GridComparison> full = compareGrid( current, earlier, 50, parameters, std::nullopt, record );
    REQUIRE( full.ok() );
    REQUIRE( full->cells.size() > 2048 );
    CHECK( fractions.size() > 2 );
    CHECK( std::is_sorted( fractions.begin(), fractions.end() ) );
    CHECK( fractions.back() == 1.0 );
    Expected<GridComparison> stopped =
      compareGrid( current, earlier, 50, parameters, std::nullopt, stopAtOnce );
    REQUIRE_FALSE( stopped.ok() );
    CHECK( isCancelled( stopped.error() ) );
  }
  SECTION( "Knox test" )
  {
    KnoxParameters knox;
    knox.permutations = 50;
    Expected<KnoxResult> full = knoxTest( events, knox, record );
    REQUIRE( full.ok() );
    CHECK( fractions.size() == 51 ); // after counting the pairs, then after each permutation
    CHECK( fractions.back() == Approx( 1.0 ) );
    int calls = 0;
    Expected<KnoxResult> stopped = knoxTest( events, knox,
                                             [&]( double f )
                                             {
                                               ++calls;
                                               return f < 0.5;
                                             } );
    REQUIRE_FALSE( stopped.ok() );
    CHECK( isCancelled( stopped.error() ) );
    // The first report at or past a half comes after permutation 24: the test stopped there.
    CHECK( calls == 25 );
  }
}

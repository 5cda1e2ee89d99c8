#include "temporal.h"

#include "datetimeparser.h"
#include "hotspots.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <random>
#include <tuple>
#include <utility>

namespace tryggkarta
{

namespace
{

//! The Stockholm local date of a UTC instant, as days since 1970-01-01.
int64_t localDay( int64_t utcSeconds )
{
  return floorDiv( stockholmWallClock( utcSeconds ), kSecondsPerDay );
}

//! The Stockholm wall-clock time of a UTC instant.
LocalDateTime localDateTime( int64_t utcSeconds )
{
  const int64_t local = stockholmWallClock( utcSeconds );
  const int64_t days = floorDiv( local, kSecondsPerDay );
  const int64_t secondOfDay = local - days * kSecondsPerDay;
  LocalDateTime value;
  civilFromDays( days, value.year, value.month, value.day );
  value.hour = static_cast<int>( secondOfDay / 3600 );
  value.minute = static_cast<int>( secondOfDay / 60 % 60 );
  value.second = static_cast<int>( secondOfDay % 60 );
  value.hasDate = value.hasTime = true;
  return value;
}

//! UTC of 00:00 Stockholm time on a local date given as days since 1970-01-01.
int64_t localMidnightUtc( int64_t days )
{
  int year = 0, month = 0, day = 0;
  civilFromDays( days, year, month, day );
  return stockholmToUtc( year, month, day, 0, 0, 0 );
}

//! Checks what every analysis needs of an incident: an interval that does not end before it starts.
std::optional<Error> checkTimes( const std::vector<SelectedIncident> &incidents )
{
  for ( std::size_t k = 0; k < incidents.size(); ++k )
  {
    if ( incidents[k].untilUtc < incidents[k].fromUtc )
      return Error( MessageCode::TemporalTimeReversed, k + 1, incidents[k].fid );
  }
  return std::nullopt;
}

//! Checks that the incidents' coordinates are numbers; notNumbers says which incidents are meant.
std::optional<Error> checkCoordinates( const std::vector<SelectedIncident> &incidents,
                                       MessageCode notNumbers = MessageCode::TemporalCoordinatesNotNumbers )
{
  for ( std::size_t k = 0; k < incidents.size(); ++k )
  {
    if ( !std::isfinite( incidents[k].x ) || !std::isfinite( incidents[k].y ) )
      return Error( notNumbers, k + 1, incidents[k].fid );
  }
  return std::nullopt;
}

//! Checks that a period ends after it starts; reversed says which period is meant.
std::optional<Error> checkPeriod( int64_t fromUtc, int64_t untilUtc,
                                  MessageCode reversed = MessageCode::TemporalPeriodReversed )
{
  if ( untilUtc <= fromUtc )
    return Error( reversed, formatUtcIso( fromUtc ), formatUtcIso( untilUtc ) );
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------
// Hour × weekday matrix
// ---------------------------------------------------------------------------------------------------------

//! The slot of a local hour counted from 1970-01-01 00:00 (a Thursday, slot 3 × 24).
std::size_t slotOfLocalHour( int64_t localHour )
{
  return static_cast<std::size_t>( floorMod( localHour + 72, 168 ) );
}

//! The first instant in (t, limit) at which Stockholm's UTC offset differs from the one at t, or limit.
int64_t offsetSegmentEnd( int64_t t, int64_t limit )
{
  return std::min( stockholmNextOffsetChange( t ), limit );
}

//! Adds the seconds of the local-clock interval [from, until) to the hour slots they fall in.
void addLocalSeconds( std::array<int64_t, 168> &seconds, int64_t from, int64_t until )
{
  const int64_t firstWholeHour = -floorDiv( -from, kSecondsPerHour ); // ceil
  const int64_t endWholeHour = floorDiv( until, kSecondsPerHour );
  if ( firstWholeHour > endWholeHour ) // within one hour
  {
    seconds[slotOfLocalHour( endWholeHour )] += until - from;
    return;
  }
  if ( from < firstWholeHour * kSecondsPerHour )
    seconds[slotOfLocalHour( firstWholeHour - 1 )] += firstWholeHour * kSecondsPerHour - from;
  if ( until > endWholeHour * kSecondsPerHour )
    seconds[slotOfLocalHour( endWholeHour )] += until - endWholeHour * kSecondsPerHour;
  // Whole hours: full weeks add to every slot alike, the rest slot by slot.
  const int64_t wholeHours = endWholeHour - firstWholeHour;
  const int64_t weeks = wholeHours / 168;
  if ( weeks > 0 )
  {
    for ( int64_t &s : seconds )
      s += weeks * kSecondsPerHour;
  }
  for ( int64_t h = 0; h < wholeHours % 168; ++h )
    seconds[slotOfLocalHour( firstWholeHour + h )] += kSecondsPerHour;
}

// ---------------------------------------------------------------------------------------------------------
// Exact tests
// ---------------------------------------------------------------------------------------------------------

//! Binomial log probabilities, lgamma-based.
class BinomialLogPmf
{
public:
  BinomialLogPmf( int64_t trials, double probability )
    : mTrials( trials ), mLogP( std::log( probability ) ), mLogQ( std::log1p( -probability ) ),
      mLogFactorialN( std::lgamma( static_cast<double>( trials ) + 1 ) )
  {
  }

  double operator()( int64_t k ) const
  {
    const double kk = static_cast<double>( k ), rest = static_cast<double>( mTrials - k );
    return mLogFactorialN - std::lgamma( kk + 1 ) - std::lgamma( rest + 1 ) + kk * mLogP + rest * mLogQ;
  }

private:
  int64_t mTrials;
  double mLogP, mLogQ, mLogFactorialN;
};

//! Terms this far (in log units) below the observed probability are dropped: they and all beyond them sum
//! to less than 1e-13 of the p-value.
constexpr double kNegligibleLog = 40;

//! Σ pmf(i) for i = start, start + step, … within [0, n], until the terms become negligible; the terms must
//! decrease along the way.
double sumTail( const BinomialLogPmf &logPmf, int64_t trials, int64_t start, int64_t step,
                double logObserved )
{
  double sum = 0;
  for ( int64_t i = start; i >= 0 && i <= trials; i += step )
  {
    const double logTerm = logPmf( i );
    if ( logTerm < logObserved - kNegligibleLog )
      break;
    sum += std::exp( logTerm );
  }
  return sum;
}

//! binomialTestPValue without the checks.
double binomialTwoSided( int64_t x, int64_t n, double p )
{
  if ( n == 0 )
    return 1;
  const double mean = static_cast<double>( n ) * p;
  if ( static_cast<double>( x ) == mean )
    return 1;
  const BinomialLogPmf logPmf( n, p );
  const double logObserved = logPmf( x );
  // R's relative tolerance: outcomes with pmf ≤ d × (1 + 1e-7) count as no more likely than the observed d.
  const double threshold = logObserved + std::log1p( 1e-7 );
  // The pmf rises up to the mode and falls after it; the mode lies between floor(mean) and ceil(mean). So
  // the observed side's tail is every outcome beyond x, and on the other side the outcomes no more likely
  // form a tail that starts where the pmf first drops to the threshold (found by bisection), as in R.
  double sum = 0;
  if ( static_cast<double>( x ) < mean )
  {
    sum += sumTail( logPmf, n, x, -1, logObserved );
    int64_t low = static_cast<int64_t>( std::ceil( mean ) ), high = n + 1; // first with pmf ≤ threshold
    while ( low < high )
    {
      const int64_t middle = low + ( high - low ) / 2;
      if ( logPmf( middle ) <= threshold )
        high = middle;
      else
        low = middle + 1;
    }
    if ( low <= n )
      sum += sumTail( logPmf, n, low, 1, logObserved );
  }
  else
  {
    sum += sumTail( logPmf, n, x, 1, logObserved );
    int64_t low = -1, high = static_cast<int64_t>( std::floor( mean ) ); // last with pmf ≤ threshold
    while ( low < high )
    {
      const int64_t middle = high - ( high - low ) / 2;
      if ( logPmf( middle ) <= threshold )
        low = middle;
      else
        high = middle - 1;
    }
    if ( low >= 0 )
      sum += sumTail( logPmf, n, low, -1, logObserved );
  }
  return std::min( 1.0, sum );
}

std::optional<Error> checkComparison( const ComparisonParameters &p )
{
  if ( std::optional<Error> e =
         checkPeriod( p.current.fromUtc, p.current.untilUtc, MessageCode::TemporalCurrentPeriodReversed ) )
    return e;
  if ( std::optional<Error> e =
         checkPeriod( p.before.fromUtc, p.before.untilUtc, MessageCode::TemporalEarlierPeriodReversed ) )
    return e;
  if ( !( p.alpha > 0 && p.alpha < 1 ) )
    return Error( MessageCode::TemporalBadAlpha, formatNumber( p.alpha ) );
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------------------
// Knox test
// ---------------------------------------------------------------------------------------------------------

//! What is wrong with the distance or the time bands of a Knox test, in the messages for the one or the
//! other.
struct BandMessages
{
  MessageCode none, notPositive, notIncreasing;
};
constexpr BandMessages kDistanceBandMessages = { MessageCode::KnoxNoDistanceBands,
                                                 MessageCode::KnoxDistanceBandNotPositive,
                                                 MessageCode::KnoxDistanceBandsNotIncreasing };
constexpr BandMessages kTimeBandMessages = { MessageCode::KnoxNoTimeBands,
                                             MessageCode::KnoxTimeBandNotPositive,
                                             MessageCode::KnoxTimeBandsNotIncreasing };

std::optional<Error> checkBands( const std::vector<double> &limits, const BandMessages &messages )
{
  if ( limits.empty() )
    return Error( messages.none );
  for ( std::size_t k = 0; k < limits.size(); ++k )
  {
    if ( !std::isfinite( limits[k] ) || limits[k] <= 0 )
      return Error( messages.notPositive, k + 1, formatNumber( limits[k] ) );
    if ( k > 0 && limits[k] <= limits[k - 1] )
      return Error( messages.notIncreasing, formatNumber( limits[k - 1] ), formatNumber( limits[k] ) );
  }
  return std::nullopt;
}

//! A uniform integer in [0, range) from a 64-bit generator, the same on every platform (unlike
//! std::uniform_int_distribution): rejection of the few values that would bias the remainder.
uint64_t uniformBelow( std::mt19937_64 &random, uint64_t range )
{
  const uint64_t threshold = ( 0 - range ) % range; // 2^64 mod range
  uint64_t value = random();
  while ( value < threshold )
    value = random();
  return value % range;
}

//! The band a value falls in (each limit belongs to its band), or -1 beyond the last.
int bandOf( double value, const std::vector<double> &limits )
{
  for ( std::size_t k = 0; k < limits.size(); ++k )
  {
    if ( value <= limits[k] )
      return static_cast<int>( k );
  }
  return -1;
}

using ClosePair = std::pair<uint32_t, uint32_t>;

//! Counts the pairs per space band × time band; times are indexed like the pairs.
void countPairs( const std::vector<std::vector<ClosePair>> &pairsByBand, const std::vector<int64_t> &times,
                 const std::vector<double> &timeLimits, std::vector<int64_t> &counts )
{
  std::fill( counts.begin(), counts.end(), 0 );
  const std::size_t timeBands = timeLimits.size();
  const double last = timeLimits.back();
  for ( std::size_t s = 0; s < pairsByBand.size(); ++s )
  {
    int64_t *row = counts.data() + s * timeBands;
    for ( const ClosePair &pair : pairsByBand[s] )
    {
      const double dt = static_cast<double>( std::abs( times[pair.first] - times[pair.second] ) );
      if ( dt > last )
        continue;
      std::size_t t = 0;
      while ( dt > timeLimits[t] )
        ++t;
      ++row[t];
    }
  }
}

} // namespace

std::optional<double> applyFdr( const std::vector<CountChange *> &changes, double alpha )
{
  std::vector<double> tested;
  for ( const CountChange *c : changes )
  {
    if ( c->countNow + c->countBefore > 0 )
      tested.push_back( c->pValue );
  }
  const std::optional<double> cutoff = HotSpots::fdrCutoff( tested, alpha );
  for ( CountChange *c : changes )
    c->significantFdr = cutoff && c->countNow + c->countBefore > 0 && c->pValue <= *cutoff;
  return cutoff;
}

std::string swedishSortKey( const std::string &name )
{
  std::string key;
  for ( std::size_t i = 0; i < name.size(); ++i )
  {
    const unsigned char c = static_cast<unsigned char>( name[i] );
    if ( c == 0xC3 && i + 1 < name.size() )
    {
      const unsigned char d = static_cast<unsigned char>( name[i + 1] );
      char mapped = 0;
      if ( d == 0x85 || d == 0xA5 ) // Å å
        mapped = '{';
      else if ( d == 0x84 || d == 0xA4 || d == 0x86 || d == 0xA6 ) // Ä ä Æ æ
        mapped = '|';
      else if ( d == 0x96 || d == 0xB6 || d == 0x98 || d == 0xB8 ) // Ö ö Ø ø
        mapped = '}';
      if ( mapped )
      {
        key += mapped;
        ++i;
        continue;
      }
    }
    key += ( c >= 'A' && c <= 'Z' ) ? static_cast<char>( c - 'A' + 'a' ) : static_cast<char>( c );
  }
  return key;
}

std::vector<std::size_t> rankAreas( const std::vector<const CountChange *> &changes,
                                    const std::vector<const ProjectArea *> &areas )
{
  std::vector<std::string> keys;
  for ( const ProjectArea *area : areas )
    keys.push_back( swedishSortKey( area->name ) );
  std::vector<std::size_t> order( changes.size() );
  std::iota( order.begin(), order.end(), std::size_t( 0 ) );
  std::sort( order.begin(), order.end(),
             [&]( std::size_t a, std::size_t b )
             {
               const CountChange &ca = *changes[a], &cb = *changes[b];
               if ( ca.countNow != cb.countNow )
                 return ca.countNow > cb.countNow;
               if ( ca.change != cb.change )
                 return ca.change > cb.change;
               if ( keys[a] != keys[b] )
                 return keys[a] < keys[b];
               return areas[a]->fid < areas[b]->fid;
             } );
  return order;
}

// ---------------------------------------------------------------------------------------------------------

Expected<HourWeekdayMatrix> hourWeekdayMatrix( const std::vector<SelectedIncident> &incidents,
                                               IntervalWeighting weighting )
{
  if ( std::optional<Error> e = checkTimes( incidents ) )
    return *e;
  HourWeekdayMatrix matrix;
  std::array<int64_t, 168> seconds{};
  for ( std::size_t k = 0; k < incidents.size(); ++k )
  {
    const SelectedIncident &incident = incidents[k];
    if ( !std::isfinite( incident.weight ) )
      return Error( MessageCode::TemporalWeightNotNumber, k + 1, incidents[k].fid );
    ++matrix.eventCount;
    if ( incident.untilUtc == incident.fromUtc || weighting == IntervalWeighting::Midpoint )
    {
      int weekday = 0, hour = 0;
      stockholmWeekdayHour( incident.midpointUtc(), weekday, hour );
      matrix.counts[HourWeekdayMatrix::slot( weekday, hour )] += 1;
      matrix.weights[HourWeekdayMatrix::slot( weekday, hour )] += incident.weight;
      continue;
    }
    // Aoristic: split the interval where the UTC offset changes, and add each piece on the local clock.
    seconds.fill( 0 );
    for ( int64_t t = incident.fromUtc; t < incident.untilUtc; )
    {
      const int64_t end = offsetSegmentEnd( t, incident.untilUtc );
      const int64_t offsetSeconds = stockholmWallClock( t ) - t;
      addLocalSeconds( seconds, t + offsetSeconds, end + offsetSeconds );
      t = end;
    }
    const double duration = static_cast<double>( incident.untilUtc - incident.fromUtc );
    int touched = 0;
    for ( std::size_t s = 0; s < seconds.size(); ++s )
    {
      if ( seconds[s] == 0 )
        continue;
      ++touched;
      const double share = static_cast<double>( seconds[s] ) / duration;
      matrix.counts[s] += share;
      matrix.weights[s] += share * incident.weight;
    }
    if ( touched > 1 )
      ++matrix.spreadEventCount;
  }
  return matrix;
}

// ---------------------------------------------------------------------------------------------------------

IsoWeek isoWeek( int year, int month, int day )
{
  const int64_t days = daysFromCivil( year, month, day );
  const int64_t thursday = days - floorMod( days + 3, 7 ) + 3; // the Thursday of the Monday-based week
  IsoWeek result;
  int thursdayMonth = 0, thursdayDay = 0;
  civilFromDays( thursday, result.year, thursdayMonth, thursdayDay );
  result.week = static_cast<int>( ( thursday - daysFromCivil( result.year, 1, 1 ) ) / 7 + 1 );
  return result;
}

std::string isoWeekLabel( int64_t utcSeconds )
{
  const LocalDateTime local = localDateTime( utcSeconds );
  const IsoWeek week = isoWeek( local.year, local.month, local.day );
  char buffer[32];
  std::snprintf( buffer, sizeof( buffer ), "%04d-W%02d", week.year, week.week );
  return buffer;
}

Expected<CategorySeries> categorySeries( const std::vector<SelectedIncident> &incidents, int64_t fromUtc,
                                         int64_t untilUtc, SeriesInterval interval )
{
  if ( std::optional<Error> e = checkPeriod( fromUtc, untilUtc ) )
    return *e;
  if ( std::optional<Error> e = checkTimes( incidents ) )
    return *e;

  CategorySeries series;
  series.interval = interval;
  // Bins: local days of each bin's start, stepping by weeks or calendar months.
  const int64_t firstDay = localDay( fromUtc );
  int year = 0, month = 0, day = 0;
  civilFromDays( firstDay, year, month, day );
  int64_t binDay = interval == SeriesInterval::IsoWeek ? firstDay - floorMod( firstDay + 3, 7 )
                                                       : daysFromCivil( year, month, 1 );
  int64_t binStart = localMidnightUtc( binDay );
  series.binStartsUtc.push_back( fromUtc );
  while ( binStart < untilUtc )
  {
    if ( series.labels.size() >= CategorySeries::sMaximumBins )
      return Error( interval == SeriesInterval::IsoWeek ? MessageCode::TemporalTooManyWeeks
                                                        : MessageCode::TemporalTooManyMonths,
                    formatUtcIso( fromUtc ), formatUtcIso( untilUtc ), CategorySeries::sMaximumBins );
    char label[32];
    int64_t nextDay = 0;
    civilFromDays( binDay, year, month, day );
    if ( interval == SeriesInterval::IsoWeek )
    {
      const IsoWeek week = isoWeek( year, month, day );
      std::snprintf( label, sizeof( label ), "%04d-W%02d", week.year, week.week );
      nextDay = binDay + 7;
    }
    else
    {
      std::snprintf( label, sizeof( label ), "%04d-%02d", year, month );
      nextDay = month == 12 ? daysFromCivil( year + 1, 1, 1 ) : daysFromCivil( year, month + 1, 1 );
    }
    const int64_t nextStart = localMidnightUtc( nextDay );
    series.labels.push_back( label );
    series.partial.push_back( binStart < fromUtc || nextStart > untilUtc );
    series.binStartsUtc.push_back( std::min( nextStart, untilUtc ) );
    binDay = nextDay;
    binStart = nextStart;
  }

  std::vector<std::string> categories;
  for ( const SelectedIncident &incident : incidents )
    categories.push_back( incident.category );
  std::sort( categories.begin(), categories.end() );
  categories.erase( std::unique( categories.begin(), categories.end() ), categories.end() );
  series.categories = categories;
  const std::size_t bins = series.labels.size();
  series.counts.assign( categories.size(), std::vector<double>( bins, 0.0 ) );
  series.weights.assign( categories.size(), std::vector<double>( bins, 0.0 ) );
  series.totals.assign( bins, 0.0 );
  for ( const SelectedIncident &incident : incidents )
  {
    const int64_t midpoint = incident.midpointUtc();
    if ( midpoint < fromUtc || midpoint >= untilUtc )
    {
      ++series.outsideCount;
      continue;
    }
    const std::size_t bin = static_cast<std::size_t>(
      std::upper_bound( series.binStartsUtc.begin(), series.binStartsUtc.end(), midpoint ) -
      series.binStartsUtc.begin() - 1 );
    const std::size_t category = static_cast<std::size_t>(
      std::lower_bound( categories.begin(), categories.end(), incident.category ) - categories.begin() );
    series.counts[category][bin] += 1;
    series.weights[category][bin] += incident.weight;
    series.totals[bin] += 1;
  }
  return series;
}

// ---------------------------------------------------------------------------------------------------------

Expected<Period> previousPeriod( int64_t fromUtc, int64_t untilUtc )
{
  if ( std::optional<Error> e = checkPeriod( fromUtc, untilUtc ) )
    return *e;
  return Period{ fromUtc - ( untilUtc - fromUtc ), fromUtc };
}

Expected<Period> samePeriodLastYear( int64_t fromUtc, int64_t untilUtc )
{
  if ( std::optional<Error> e = checkPeriod( fromUtc, untilUtc ) )
    return *e;
  const LocalDateTime from = localDateTime( fromUtc ), until = localDateTime( untilUtc );
  // 29 February: a start moves to the 28th; an end (exclusive) to the end of the 28th, so a period that ends
  // with February ends with February last year too.
  const bool fromLeapDay = from.month == 2 && from.day == 29,
             untilLeapDay = until.month == 2 && until.day == 29;
  Period last;
  last.fromUtc = stockholmToUtc( from.year - 1, from.month, fromLeapDay ? 28 : from.day, from.hour,
                                 from.minute, from.second );
  last.untilUtc = untilLeapDay ? stockholmToUtc( until.year - 1, 3, 1, 0, 0, 0 )
                               : stockholmToUtc( until.year - 1, until.month, until.day, until.hour,
                                                 until.minute, until.second );
  // Only the repeated autumn hour can map a short period to nothing (both ends read as the first hour).
  if ( last.untilUtc <= last.fromUtc )
    last.untilUtc = last.fromUtc + ( untilUtc - fromUtc );
  return last;
}

Expected<double> binomialTestPValue( int64_t successes, int64_t trials, double probability )
{
  if ( trials < 0 || successes < 0 || successes > trials )
    return Error( MessageCode::TemporalBadSuccesses, successes, trials );
  if ( !( probability > 0 && probability < 1 ) )
    return Error( MessageCode::TemporalBadProbability, formatNumber( probability ) );
  return binomialTwoSided( successes, trials, probability );
}

Expected<double> poissonRateTestPValue( int64_t countA, double exposureA, int64_t countB, double exposureB )
{
  if ( countA < 0 || countB < 0 )
    return Error( MessageCode::TemporalNegativeCounts );
  if ( !( std::isfinite( exposureA ) && exposureA > 0 && std::isfinite( exposureB ) && exposureB > 0 ) )
    return Error( MessageCode::TemporalBadExposures, formatNumber( exposureA ), formatNumber( exposureB ) );
  if ( countA > std::numeric_limits<int64_t>::max() - countB )
    return Error( MessageCode::TemporalCountsTooLarge );
  return binomialTwoSided( countA, countA + countB, exposureA / ( exposureA + exposureB ) );
}

CountChange countChange( int64_t now, int64_t before, double nowSeconds, double beforeSeconds, double alpha )
{
  CountChange c;
  c.countNow = now;
  c.countBefore = before;
  c.change = now - before;
  // Rates compared as now / nowSeconds against before / beforeSeconds, cross-multiplied: exact for equal
  // lengths.
  const double scaledNow = static_cast<double>( now ) * beforeSeconds;
  const double scaledBefore = static_cast<double>( before ) * nowSeconds;
  if ( before > 0 )
    c.percentChange = ( scaledNow / scaledBefore - 1 ) * 100;
  c.direction = scaledNow > scaledBefore   ? ChangeDirection::Increase
                : scaledNow < scaledBefore ? ChangeDirection::Decrease
                                           : ChangeDirection::Unchanged;
  const Expected<double> p = poissonRateTestPValue( now, nowSeconds, before, beforeSeconds );
  c.pValue = p ? p.value() : 1.0;
  c.significant = c.pValue <= alpha;
  return c;
}

Expected<AreaComparison> compareAreas( const std::vector<SelectedIncident> &current,
                                       const std::vector<SelectedIncident> &before,
                                       const std::vector<ProjectArea> &areas,
                                       const ComparisonParameters &parameters )
{
  if ( std::optional<Error> e = checkComparison( parameters ) )
    return *e;
  if ( areas.empty() )
    return Error( MessageCode::TemporalNoAreas );
  if ( std::optional<Error> e =
         checkCoordinates( current, MessageCode::TemporalCurrentCoordinatesNotNumbers ) )
    return *e;
  if ( std::optional<Error> e =
         checkCoordinates( before, MessageCode::TemporalEarlierCoordinatesNotNumbers ) )
    return *e;

  // Every area that contains an event counts it (areas may overlap, e.g. districts and EST areas); the
  // envelope test in contains() keeps the loop over areas cheap.
  std::vector<int64_t> now( areas.size(), 0 ), earlier( areas.size(), 0 );
  AreaComparison result;
  const auto count = [&areas]( const std::vector<SelectedIncident> &incidents, std::vector<int64_t> &counts,
                               int64_t &outside, int64_t &notPoints )
  {
    for ( const SelectedIncident &incident : incidents )
    {
      // One known only by its municipality (county, area) is in no area, and said apart.
      if ( !incident.placesPoint() )
      {
        ++notPoints;
        continue;
      }
      bool inside = false;
      for ( std::size_t i = 0; i < areas.size(); ++i )
      {
        if ( areas[i].contains( incident.x, incident.y ) )
        {
          ++counts[i];
          inside = true;
        }
      }
      if ( !inside )
        ++outside;
    }
  };
  count( current, now, result.outsideNow, result.notPointsNow );
  count( before, earlier, result.outsideBefore, result.notPointsBefore );

  const double nowSeconds = static_cast<double>( parameters.current.lengthSeconds() );
  const double beforeSeconds = static_cast<double>( parameters.before.lengthSeconds() );
  std::vector<CountChange *> changes;
  result.rows.resize( areas.size() );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    AreaComparisonRow &row = result.rows[i];
    row.areaIndex = i;
    row.fid = areas[i].fid;
    row.label = areas[i].label();
    row.areaSquareKm = areas[i].areaSquareMeters / 1e6;
    row.counts = countChange( now[i], earlier[i], nowSeconds, beforeSeconds, parameters.alpha );
    if ( row.areaSquareKm > 0 )
    {
      row.perSquareKmNow = static_cast<double>( now[i] ) / row.areaSquareKm;
      row.perSquareKmBefore = static_cast<double>( earlier[i] ) / row.areaSquareKm;
    }
    changes.push_back( &row.counts );
  }
  result.fdrCutoff = applyFdr( changes, parameters.alpha );
  result.total = countChange( static_cast<int64_t>( current.size() ), static_cast<int64_t>( before.size() ),
                              nowSeconds, beforeSeconds, parameters.alpha );

  std::vector<const CountChange *> counts;
  std::vector<const ProjectArea *> ranked;
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    counts.push_back( &result.rows[i].counts );
    ranked.push_back( &areas[i] );
  }
  result.ranking = rankAreas( counts, ranked );
  return result;
}

Expected<GridComparison> compareGrid( const std::vector<SelectedIncident> &current,
                                      const std::vector<SelectedIncident> &before, double cellSizeMeters,
                                      const ComparisonParameters &parameters,
                                      const std::optional<MapExtent> &extent,
                                      const ProgressCallback &progress )
{
  if ( !( std::isfinite( cellSizeMeters ) && cellSizeMeters > 0 ) )
    return Error( MessageCode::AnalysisBadCellSize, formatNumber( cellSizeMeters ) );
  if ( std::optional<Error> e = checkComparison( parameters ) )
    return *e;
  if ( std::optional<Error> e =
         checkCoordinates( current, MessageCode::TemporalCurrentCoordinatesNotNumbers ) )
    return *e;
  if ( std::optional<Error> e =
         checkCoordinates( before, MessageCode::TemporalEarlierCoordinatesNotNumbers ) )
    return *e;

  const double cell = cellSizeMeters;
  double west, south, east, north; // in cells
  if ( extent )
  {
    const MapExtent &e = *extent;
    if ( !( std::isfinite( e.xMin ) && std::isfinite( e.yMin ) && std::isfinite( e.xMax ) &&
            std::isfinite( e.yMax ) && e.xMax > e.xMin && e.yMax > e.yMin ) )
      return Error( MessageCode::AnalysisBadStudyArea );
    west = std::floor( e.xMin / cell );
    south = std::floor( e.yMin / cell );
    east = std::max( std::ceil( e.xMax / cell ), west + 1 );
    north = std::max( std::ceil( e.yMax / cell ), south + 1 );
  }
  else
  {
    if ( current.empty() && before.empty() )
      return Error( MessageCode::TemporalNoEvents );
    double xMin = std::numeric_limits<double>::infinity(), yMin = xMin, xMax = -xMin, yMax = -xMin;
    for ( const std::vector<SelectedIncident> *set : { &current, &before } )
      for ( const SelectedIncident &incident : *set )
      {
        if ( !incident.placesPoint() )
          continue;
        xMin = std::min( xMin, incident.x );
        xMax = std::max( xMax, incident.x );
        yMin = std::min( yMin, incident.y );
        yMax = std::max( yMax, incident.y );
      }
    if ( !std::isfinite( xMin ) ) // none of them a point
      return Error( MessageCode::TemporalNoEvents );
    // A point on a cell's east or north edge belongs to the next cell, so the grid reaches one past it.
    west = std::floor( xMin / cell );
    south = std::floor( yMin / cell );
    east = std::floor( xMax / cell ) + 1;
    north = std::floor( yMax / cell ) + 1;
  }
  constexpr double kMaxCells = 9e15; // cell indices stay exact in int64 and double
  if ( east - west > std::numeric_limits<int>::max() || north - south > std::numeric_limits<int>::max() ||
       ( east - west ) * ( north - south ) > kMaxCells || std::abs( west ) > 9e15 ||
       std::abs( north ) > 9e15 )
    return Error( MessageCode::TemporalGridTooLarge, formatNumber( cell ) );

  GridComparison result;
  AlignedGrid &g = result.grid;
  g.cellSize = cell;
  g.westIndex = static_cast<int64_t>( west );
  g.northIndex = static_cast<int64_t>( north );
  g.columns = static_cast<int>( east - west );
  g.rows = static_cast<int>( north - south );

  // Sorted cell indices per period, merged into rows.
  const auto cellIndices = [&]( const std::vector<SelectedIncident> &incidents, int64_t &outside )
  {
    std::vector<int64_t> indices;
    indices.reserve( incidents.size() );
    for ( const SelectedIncident &incident : incidents )
    {
      if ( !incident.placesPoint() ) // in no cell, and not outside the grid either
        continue;
      const double column = std::floor( incident.x / cell ) - static_cast<double>( g.westIndex );
      const double row = static_cast<double>( g.northIndex - 1 ) - std::floor( incident.y / cell );
      if ( column < 0 || row < 0 || column >= g.columns || row >= g.rows )
      {
        ++outside;
        continue;
      }
      indices.push_back( static_cast<int64_t>( row ) * g.columns + static_cast<int64_t>( column ) );
    }
    std::sort( indices.begin(), indices.end() );
    return indices;
  };
  const std::vector<int64_t> now = cellIndices( current, result.outsideNow );
  const std::vector<int64_t> earlier = cellIndices( before, result.outsideBefore );
  if ( !reportProgress( progress, 0.1 ) )
    return Error( MessageCode::Cancelled );
  const double eventCount = static_cast<double>( now.size() + earlier.size() );

  const double nowSeconds = static_cast<double>( parameters.current.lengthSeconds() );
  const double beforeSeconds = static_cast<double>( parameters.before.lengthSeconds() );
  std::size_t i = 0, j = 0;
  while ( i < now.size() || j < earlier.size() )
  {
    const int64_t index =
      j == earlier.size() || ( i < now.size() && now[i] < earlier[j] ) ? now[i] : earlier[j];
    int64_t countNow = 0, countBefore = 0;
    for ( ; i < now.size() && now[i] == index; ++i )
      ++countNow;
    for ( ; j < earlier.size() && earlier[j] == index; ++j )
      ++countBefore;
    CellComparisonRow row;
    row.row = static_cast<int>( index / g.columns );
    row.column = static_cast<int>( index % g.columns );
    row.centreX = g.cellCentreX( row.column );
    row.centreY = g.cellCentreY( row.row );
    row.counts = countChange( countNow, countBefore, nowSeconds, beforeSeconds, parameters.alpha );
    result.cells.push_back( row );
    // Each cell's exact test sums over its events: report by events done, every 1024 cells.
    if ( result.cells.size() % 1024 == 0 &&
         !reportProgress( progress, 0.1 + 0.85 * static_cast<double>( i + j ) / eventCount ) )
      return Error( MessageCode::Cancelled );
  }
  std::vector<CountChange *> changes;
  for ( CellComparisonRow &row : result.cells )
    changes.push_back( &row.counts );
  result.fdrCutoff = applyFdr( changes, parameters.alpha );
  result.total = countChange( static_cast<int64_t>( now.size() ), static_cast<int64_t>( earlier.size() ),
                              nowSeconds, beforeSeconds, parameters.alpha );
  reportProgress( progress, 1 );
  return result;
}

// ---------------------------------------------------------------------------------------------------------

Expected<KnoxResult> knoxTest( const std::vector<SelectedIncident> &incidents,
                               const KnoxParameters &parameters, const ProgressCallback &progress )
{
  // Pairs close in space need places that are points (selectAnalysisIncidents leaves the others out already).
  if ( std::any_of( incidents.begin(), incidents.end(),
                    []( const SelectedIncident &i ) { return !i.placesPoint(); } ) )
  {
    std::vector<SelectedIncident> points = incidents;
    takeImprecise( points );
    return knoxTest( points, parameters, progress );
  }
  if ( incidents.size() < 2 )
    return Error( MessageCode::KnoxTooFewEvents, incidents.size() );
  if ( incidents.size() > std::numeric_limits<uint32_t>::max() )
    return Error( MessageCode::KnoxTooManyEvents );
  if ( std::optional<Error> e = checkBands( parameters.spaceBandsMeters, kDistanceBandMessages ) )
    return *e;
  if ( std::optional<Error> e = checkBands( parameters.timeBandsDays, kTimeBandMessages ) )
    return *e;
  if ( parameters.permutations < 1 )
    return Error( MessageCode::KnoxNoPermutations, parameters.permutations );
  if ( std::optional<Error> e = checkCoordinates( incidents ) )
    return *e;
  if ( std::optional<Error> e = checkTimes( incidents ) )
    return *e;

  const std::size_t n = incidents.size();
  const std::vector<double> &spaceLimits = parameters.spaceBandsMeters;
  const double maxDistance = spaceLimits.back();
  std::vector<double> squaredLimits;
  for ( double limit : spaceLimits )
    squaredLimits.push_back( limit * limit );

  // Events sorted by grid cell (the largest distance), so a cell's events are contiguous; every pair within
  // the largest distance lies in the same or a neighbouring cell.
  double xMin = incidents[0].x, yMin = incidents[0].y;
  for ( const SelectedIncident &incident : incidents )
  {
    xMin = std::min( xMin, incident.x );
    yMin = std::min( yMin, incident.y );
  }
  struct Located
  {
    int64_t cellY, cellX;
    uint32_t index;
  };
  std::vector<Located> located( n );
  for ( std::size_t k = 0; k < n; ++k )
  {
    const double cx = std::floor( ( incidents[k].x - xMin ) / maxDistance );
    const double cy = std::floor( ( incidents[k].y - yMin ) / maxDistance );
    if ( cx > 1e15 || cy > 1e15 )
      return Error( MessageCode::KnoxSpreadTooFar, formatNumber( maxDistance ) );
    located[k] = { static_cast<int64_t>( cy ), static_cast<int64_t>( cx ), static_cast<uint32_t>( k ) };
  }
  const auto cellLess = []( const Located &a, const Located &b )
  { return std::tie( a.cellY, a.cellX, a.index ) < std::tie( b.cellY, b.cellX, b.index ); };
  std::sort( located.begin(), located.end(), cellLess );

  // Times in sorted order: seconds, or local day numbers for calendar days.
  std::vector<int64_t> times( n );
  std::vector<double> timeLimits;
  for ( std::size_t k = 0; k < n; ++k )
  {
    const int64_t midpoint = incidents[located[k].index].midpointUtc();
    times[k] = parameters.calendarDays ? localDay( midpoint ) : midpoint;
  }
  for ( double days : parameters.timeBandsDays )
    timeLimits.push_back( parameters.calendarDays ? days : days * static_cast<double>( kSecondsPerDay ) );

  // Cells: [begin, end) ranges of the sorted events.
  struct CellRange
  {
    int64_t cellY, cellX;
    std::size_t begin, end;
  };
  std::vector<CellRange> cells;
  for ( std::size_t k = 0; k < n; ++k )
  {
    if ( cells.empty() || cells.back().cellY != located[k].cellY || cells.back().cellX != located[k].cellX )
      cells.push_back( { located[k].cellY, located[k].cellX, k, k } );
    cells.back().end = k + 1;
  }

  std::vector<std::vector<ClosePair>> pairsByBand( spaceLimits.size() );
  std::size_t pairCount = 0;
  const auto addPairs = [&]( const CellRange &a, const CellRange &b, bool same ) -> bool
  {
    for ( std::size_t i = a.begin; i < a.end; ++i )
    {
      const SelectedIncident &p = incidents[located[i].index];
      for ( std::size_t j = same ? i + 1 : b.begin; j < b.end; ++j )
      {
        const SelectedIncident &q = incidents[located[j].index];
        const double dx = p.x - q.x, dy = p.y - q.y;
        const int band = bandOf( dx * dx + dy * dy, squaredLimits );
        if ( band < 0 )
          continue;
        if ( ++pairCount > parameters.maxClosePairs )
          return false;
        pairsByBand[static_cast<std::size_t>( band )].push_back(
          { static_cast<uint32_t>( i ), static_cast<uint32_t>( j ) } );
      }
    }
    return true;
  };
  bool withinLimit = true;
  for ( std::size_t c = 0; c < cells.size() && withinLimit; ++c )
  {
    const CellRange &cell = cells[c];
    // Each pair of cells once: the cell itself, its east neighbour, and the three to the north.
    withinLimit = addPairs( cell, cell, true );
    if ( withinLimit && c + 1 < cells.size() && cells[c + 1].cellY == cell.cellY &&
         cells[c + 1].cellX == cell.cellX + 1 )
      withinLimit = addPairs( cell, cells[c + 1], false );
    const CellRange key{ cell.cellY + 1, cell.cellX - 1, 0, 0 };
    auto it = std::lower_bound( cells.begin() + static_cast<std::ptrdiff_t>( c ), cells.end(), key,
                                []( const CellRange &a, const CellRange &b )
                                { return std::tie( a.cellY, a.cellX ) < std::tie( b.cellY, b.cellX ); } );
    for ( ; withinLimit && it != cells.end() && it->cellY == cell.cellY + 1 && it->cellX <= cell.cellX + 1;
          ++it )
      withinLimit = addPairs( cell, *it, false );
  }
  if ( !withinLimit )
    return Error( MessageCode::KnoxTooManyPairs, parameters.maxClosePairs, formatNumber( maxDistance ) );

  const std::size_t spaceBands = spaceLimits.size(), timeBands = timeLimits.size();
  const std::size_t cellCount = spaceBands * timeBands;
  std::vector<int64_t> observed( cellCount ), counts( cellCount );
  countPairs( pairsByBand, times, timeLimits, observed );
  if ( !reportProgress( progress, 0.05 ) )
    return Error( MessageCode::Cancelled );

  std::vector<double> sums( cellCount, 0.0 );
  std::vector<int64_t> atLeast( cellCount, 0 );
  std::mt19937_64 random( parameters.seed );
  std::vector<int64_t> shuffled = times;
  for ( int permutation = 0; permutation < parameters.permutations; ++permutation )
  {
    // Fisher–Yates; shuffling the previous permutation again gives a uniform permutation just the same.
    for ( std::size_t k = n - 1; k > 0; --k )
      std::swap( shuffled[k], shuffled[uniformBelow( random, k + 1 )] );
    countPairs( pairsByBand, shuffled, timeLimits, counts );
    for ( std::size_t c = 0; c < cellCount; ++c )
    {
      sums[c] += static_cast<double>( counts[c] );
      atLeast[c] += counts[c] >= observed[c] ? 1 : 0;
    }
    if ( !reportProgress( progress, 0.05 + 0.95 * static_cast<double>( permutation + 1 ) /
                                             static_cast<double>( parameters.permutations ) ) )
      return Error( MessageCode::Cancelled );
  }

  KnoxResult result;
  result.spaceBandsMeters = spaceLimits;
  result.timeBandsDays = parameters.timeBandsDays;
  result.eventCount = n;
  result.closePairCount = pairCount;
  result.permutations = parameters.permutations;
  result.cells.resize( cellCount );
  const double permutations = static_cast<double>( parameters.permutations );
  for ( std::size_t c = 0; c < cellCount; ++c )
  {
    KnoxCell &cell = result.cells[c];
    cell.observed = observed[c];
    cell.expected = sums[c] / permutations;
    if ( cell.expected > 0 )
      cell.ratio = static_cast<double>( cell.observed ) / cell.expected;
    cell.pValue = ( 1 + static_cast<double>( atLeast[c] ) ) / ( 1 + permutations );
  }
  return result;
}

} // namespace tryggkarta

#pragma once
// Time and comparison analyses of selected incidents: the hour × weekday matrix, weekly and monthly series
// per category, comparison with an earlier period per area and per grid cell (with an exact test for small
// counts), and the Knox test for near-repeat victimisation. Pure functions on selected incidents.

#include "areas.h"
#include "expected.h"
#include "kerneldensity.h"
#include "progress.h"
#include "selection.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

// ---------------------------------------------------------------------------------------------------------
// Hour × weekday matrix
// ---------------------------------------------------------------------------------------------------------

//! How an event known only as an interval is placed on the hours of the week.
enum class IntervalWeighting
{
  //! Aoristic: the event is spread uniformly over its interval, so each hour slot gets the share of the
  //! interval's duration that falls in it. A Friday 18:00 – Monday 06:00 event adds 1/60 to each of 60 slots.
  Aoristic,
  Midpoint //!< the whole event goes to the slot of its midpoint
};

/**
 * Events per hour of the week in Stockholm local time: 7 weekdays (1 = Monday … 7 = Sunday) × 24 hours.
 * Every event contributes 1 in total to counts (and its weight in total to weights), in one slot or spread
 * over several, so the matrix sums to the number of events whatever the weighting.
 *
 * Hours are local wall-clock hours: the hour skipped in spring gets nothing that night, and the hour repeated
 * in autumn (02:00–03:00 twice) gets both real hours.
 */
struct HourWeekdayMatrix
{
  std::array<double, 168> counts{};  //!< slot( weekday, hour ) → events (fractions for spread intervals)
  std::array<double, 168> weights{}; //!< the same with each event's weight instead of 1
  std::size_t eventCount = 0;
  std::size_t spreadEventCount = 0; //!< events spread over more than one slot (aoristic intervals)

  //! The index of a slot in counts and weights: ( weekday − 1 ) × 24 + hour.
  static std::size_t slot( int weekday, int hour )
  {
    return static_cast<std::size_t>( ( weekday - 1 ) * 24 + hour );
  }
  double count( int weekday, int hour ) const { return counts[slot( weekday, hour )]; }
  double weight( int weekday, int hour ) const { return weights[slot( weekday, hour )]; }
};

//! The hour × weekday matrix of the incidents; fails on an event that ends before it starts or has a weight
//! that is not a number. No incidents give an all-zero matrix.
Expected<HourWeekdayMatrix> hourWeekdayMatrix( const std::vector<SelectedIncident> &incidents,
                                               IntervalWeighting weighting = IntervalWeighting::Aoristic );

// ---------------------------------------------------------------------------------------------------------
// Series per category
// ---------------------------------------------------------------------------------------------------------

//! An ISO 8601 week: weeks start on Monday and belong to the year that holds their Thursday.
struct IsoWeek
{
  int year = 0; //!< the ISO week-numbering year, which differs from the calendar year near New Year
  int week = 0; //!< 1 … 53
};

//! The ISO week of a calendar date.
IsoWeek isoWeek( int year, int month, int day );

//! The ISO week label of a UTC instant's Stockholm local date, e.g. "2024-W05".
std::string isoWeekLabel( int64_t utcSeconds );

//! The bins of a series.
enum class SeriesInterval
{
  IsoWeek, //!< Monday 00:00 to Monday 00:00 Stockholm local time, labelled "2024-W05"
  Month    //!< the 1st 00:00 to the 1st 00:00 Stockholm local time, labelled "2024-01"
};

/**
 * Events per bin (week or month) per category over a period, each event in the bin of its midpoint.
 *
 * The bins are the weeks (or months) that overlap the period [fromUtc, untilUtc); the first and last may be
 * cut by it (partial), and only events whose midpoint lies in the period are counted.
 */
struct CategorySeries
{
  SeriesInterval interval = SeriesInterval::IsoWeek;
  std::vector<std::string> labels;          //!< per bin: "2024-W05" or "2024-01"
  std::vector<int64_t> binStartsUtc;        //!< per bin, plus one: the end of the last; cut to the period
  std::vector<bool> partial;                //!< per bin: whether the period cuts it short
  std::vector<std::string> categories;      //!< sorted (byte order); an empty string for events without one
  std::vector<std::vector<double>> counts;  //!< [category][bin] events
  std::vector<std::vector<double>> weights; //!< [category][bin] sum of weights
  std::vector<double> totals;               //!< per bin, events of all categories
  std::size_t outsideCount = 0;             //!< events whose midpoint lies outside the period

  //! Refuse series with more bins than this (about 100 years of weeks).
  static constexpr std::size_t sMaximumBins = 5300;
};

//! The series per category, or why not (until ≤ from, a period of too many bins, an interval that ends before
//! it starts).
Expected<CategorySeries> categorySeries( const std::vector<SelectedIncident> &incidents, int64_t fromUtc,
                                         int64_t untilUtc,
                                         SeriesInterval interval = SeriesInterval::IsoWeek );

// ---------------------------------------------------------------------------------------------------------
// Period comparison
// ---------------------------------------------------------------------------------------------------------

//! A half-open period [fromUtc, untilUtc) in Unix seconds.
struct Period
{
  int64_t fromUtc = 0;
  int64_t untilUtc = 0; //!< exclusive

  int64_t lengthSeconds() const { return untilUtc - fromUtc; }
};

//! The period of the same length immediately before [fromUtc, untilUtc), or why not (until ≤ from).
Expected<Period> previousPeriod( int64_t fromUtc, int64_t untilUtc );

//! The same Stockholm local calendar dates and times one year earlier, or why not (until ≤ from). A start on
//! 29 February moves to 28 February; an end on 29 February to the end of 28 February (1 March 00:00), so
//! [2024-02-01, 2024-02-29) becomes [2023-02-01, 2023-03-01): all of February both times.
Expected<Period> samePeriodLastYear( int64_t fromUtc, int64_t untilUtc );

/**
 * The two-sided p-value of the exact binomial test of `successes` in `trials` with success probability
 * `probability`, as R's binom.test computes it: the sum of the probabilities of all outcomes no more likely
 * than the observed one (with a relative tolerance of 1e-7), and 1 when the observed count equals the mean.
 * Probabilities are computed in log space (lgamma), so it is stable for large counts. Fails unless
 * 0 ≤ successes ≤ trials and 0 < probability < 1.
 */
Expected<double> binomialTestPValue( int64_t successes, int64_t trials, double probability );

/**
 * The exact conditional test that two Poisson counts have the same rate (R's poisson.test for two samples):
 * given n = countA + countB, countA ~ Binomial( n, exposureA / ( exposureA + exposureB ) ) under the null
 * hypothesis. Exposures are the period lengths (any unit, the same for both). Two-sided; 1 when both counts
 * are 0. Fails for negative counts or exposures that are not positive numbers. Suitable for small counts.
 */
Expected<double> poissonRateTestPValue( int64_t countA, double exposureA, int64_t countB, double exposureB );

//! Which way a rate moved between two periods.
enum class ChangeDirection
{
  Increase,
  Decrease,
  Unchanged
};

/**
 * The change in an event count between the current and an earlier period, with its significance.
 *
 * Counts are events, not weights (the test is for counts). When the periods differ in length, the percentage
 * and direction compare rates (events per second), so a 31-day month is not an increase over a 30-day month
 * for having one more day; with equal lengths they are the plain change in count.
 */
struct CountChange
{
  int64_t countNow = 0;
  int64_t countBefore = 0;
  int64_t change = 0;                  //!< countNow − countBefore
  std::optional<double> percentChange; //!< of the rate, in percent; none when countBefore is 0
  double pValue = 1;                   //!< poissonRateTestPValue with the period lengths as exposures
  ChangeDirection direction = ChangeDirection::Unchanged;
  bool significant = false;    //!< pValue ≤ alpha
  bool significantFdr = false; //!< passes the Benjamini–Hochberg cut-off at alpha over all tested rows
};

/**
 * The change between two counts over periods of the given lengths (seconds), tested with
 * poissonRateTestPValue (p = 1 when the lengths are not positive); significantFdr is left for the caller.
 */
CountChange countChange( int64_t now, int64_t before, double nowSeconds, double beforeSeconds, double alpha );

//! The periods compared and the significance level.
struct ComparisonParameters
{
  Period current;
  Period before;       //!< e.g. previousPeriod() or samePeriodLastYear() of the current period
  double alpha = 0.05; //!< significance level, also the false-discovery rate
};

//! One area in a period comparison.
struct AreaComparisonRow
{
  std::size_t areaIndex = 0; //!< into the areas given
  int64_t fid = 0;
  std::string label; //!< ProjectArea::label()
  double areaSquareKm = 0;
  CountChange counts;
  std::optional<double> perSquareKmNow;    //!< events per km² in the current period; none without an area
  std::optional<double> perSquareKmBefore; //!< the same in the earlier period
};

/**
 * A comparison of two periods per area. An event counts in every area that contains it (areas may overlap),
 * and events in none are counted apart (among them those whose place is not a point: placeprecision.h). The
 * FDR correction runs over the areas with at least one event in either period (the others have nothing to
 * test).
 */
struct AreaComparison
{
  std::vector<AreaComparisonRow> rows; //!< in the order of the areas given
  //! Indices into rows, the "top" areas first: by count now (descending), ties by the larger increase, then
  //! by name (Swedish order: å, ä, ö after z; case-insensitive), then by fid.
  std::vector<std::size_t> ranking;
  CountChange total;               //!< all events, inside areas or not
  int64_t outsideNow = 0;          //!< current events in no area (with a point outside every area)
  int64_t outsideBefore = 0;       //!< earlier events in no area
  int64_t notPointsNow = 0;        //!< current events whose place is not a point (only the municipality, ...)
  int64_t notPointsBefore = 0;     //!< earlier ones
  std::optional<double> fdrCutoff; //!< the largest p-value that passes the FDR correction, if any does
};

/**
 * Sets significantFdr on the changes with at least one event in either period (the Benjamini–Hochberg
 * correction at alpha over them; the others have nothing to test) and returns the largest p-value that
 * passes, if any does.
 */
std::optional<double> applyFdr( const std::vector<CountChange *> &changes, double alpha );

//! A sort key for names in Swedish order: ASCII letters case-folded, then å, ä, ö (and æ as ä, ø as ö) after
//! z; other bytes as they are.
std::string swedishSortKey( const std::string &name );

//! The order areas are ranked in (indices into both lists, which belong together): by count now (descending),
//! ties by the larger increase, then by name in Swedish order, then by fid.
std::vector<std::size_t> rankAreas( const std::vector<const CountChange *> &changes,
                                    const std::vector<const ProjectArea *> &areas );

//! Compares the current and earlier incidents per area (the caller selects both); fails for invalid periods
//! or alpha, no areas or incidents with coordinates that are not numbers.
Expected<AreaComparison> compareAreas( const std::vector<SelectedIncident> &current,
                                       const std::vector<SelectedIncident> &before,
                                       const std::vector<ProjectArea> &areas,
                                       const ComparisonParameters &parameters );

//! One grid cell in a period comparison.
struct CellComparisonRow
{
  int row = 0;    //!< row 0 is north
  int column = 0; //!< column 0 is west
  double centreX = 0;
  double centreY = 0;
  CountChange counts;
};

/**
 * A comparison of two periods per cell of a grid aligned to multiples of the cell size (so runs over other
 * periods share cells). Only cells with at least one event in either period have a row, and only they
 * take part in the FDR correction.
 */
struct GridComparison
{
  AlignedGrid grid;
  std::vector<CellComparisonRow> cells; //!< row-major, north-west first
  CountChange total;                    //!< the events inside the grid
  int64_t outsideNow = 0;               //!< current events outside the extent
  int64_t outsideBefore = 0;            //!< earlier events outside the extent
  std::optional<double> fdrCutoff;
};

/**
 * Compares the current and earlier incidents per grid cell of cellSizeMeters. The grid covers the extent, or
 * without one the events of both periods, snapped outward to multiples of the cell size. Incidents whose
 * place is not a point are in no cell (nor counted outside). Fails for a cell size that is not a positive
 * number, invalid periods or alpha, no events in either period or a grid whose cell indices would overflow.
 * The progress callback may stop it (it then fails with MessageCode::Cancelled).
 */
Expected<GridComparison> compareGrid( const std::vector<SelectedIncident> &current,
                                      const std::vector<SelectedIncident> &before, double cellSizeMeters,
                                      const ComparisonParameters &parameters,
                                      const std::optional<MapExtent> &extent = std::nullopt,
                                      const ProgressCallback &progress = {} );

// ---------------------------------------------------------------------------------------------------------
// Knox test (near-repeat)
// ---------------------------------------------------------------------------------------------------------

//! The bands and the Monte Carlo settings of a Knox test.
struct KnoxParameters
{
  /**
   * Upper limits of the distance bands in metres, increasing: { 100, 200, 400 } gives 0–100, over 100–200
   * and over 200–400 m (each limit belongs to its band). Pairs farther apart than the last are not counted.
   */
  std::vector<double> spaceBandsMeters = { 100, 200, 300, 400 };
  /**
   * Upper limits of the time bands in days, increasing, as the space bands: { 7, 14 } gives 0–7 and over
   * 7–14 days. With calendarDays these are whole days, so the bands read 0–7 and 8–14 days.
   */
  std::vector<double> timeBandsDays = { 7, 14, 21, 28 };
  //! Compare Stockholm local dates rather than exact times (what the Near Repeat Calculator does, and the
  //! right thing when many events carry a date only).
  bool calendarDays = false;
  int permutations = 999;        //!< Monte Carlo permutations of the times among the events
  std::uint64_t seed = 20240607; //!< the same seed gives the same result on every platform
  //! Refuse inputs with more pairs within the largest distance (8 bytes each).
  std::size_t maxClosePairs = 20000000;
};

//! One cell of the Knox table: pairs of events in one distance band and one time band.
struct KnoxCell
{
  int64_t observed = 0;
  double expected = 0;         //!< the mean over the permutations
  std::optional<double> ratio; //!< observed / expected (the Knox ratio); none when expected is 0
  double pValue = 1;           //!< ( 1 + permutations with a count ≥ observed ) / ( 1 + permutations )
};

//! The Knox table. Each cell's p-value is its own one-sided test: with many cells, some will be small by
//! chance, so look for a pattern (the near cells) rather than one cell.
struct KnoxResult
{
  std::vector<double> spaceBandsMeters;
  std::vector<double> timeBandsDays;
  std::vector<KnoxCell> cells; //!< row-major: [space band][time band]
  std::size_t eventCount = 0;
  std::size_t closePairCount = 0; //!< pairs within the largest distance, any time apart
  int permutations = 0;

  const KnoxCell &cell( std::size_t spaceBand, std::size_t timeBand ) const
  {
    return cells[spaceBand * timeBandsDays.size() + timeBand];
  }
};

/**
 * The Knox test for near repeats: how many pairs of events lie close in both space and time, per distance
 * band × time band, against what shuffling the times among the events gives (Johnson & Bowers; Ratcliffe's
 * Near Repeat Calculator). An event's time is its midpoint. Ratios above 1 with small p-values mean events
 * are followed by others nearby sooner than chance would have it.
 *
 * Pairs within the largest distance are found once with a grid of that cell size, then each permutation is
 * one pass over them: O(n + pairs × permutations). The progress callback is called after each permutation
 * and may stop it (it then fails with MessageCode::Cancelled). Incidents whose place is not a point
 * (placesPoint) are left out.
 */
Expected<KnoxResult> knoxTest( const std::vector<SelectedIncident> &incidents,
                               const KnoxParameters &parameters, const ProgressCallback &progress = {} );

} // namespace tryggkarta

#include "lagesbild.h"

#include "actionstore.h"
#include "areas.h"
#include "calendar.h"
#include "clustering.h"
#include "database.h"
#include "datetimeparser.h"
#include "evaluation.h"
#include "geometryblob.h"
#include "hotspots.h"
#include "projectfile.h"
#include "publicmode.h"
#include "selection.h"
#include "stockholmzone.h"
#include "swedishtext.h"
#include "temporal.h"
#include "textscreening.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <functional>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

// How the report counts: an event belongs to the period that holds its midpoint (an interval "between Friday
// evening and Monday morning" is counted once, never in two adjacent periods). The incidents are read once
// for the union of the periods the report needs (the period, the previous one, the same period last year and
// the weeks of the trend), then sorted into them in memory.

namespace tryggkarta
{

namespace
{

constexpr const char *kNoteKeyPrefix = "report_note:";
constexpr int kTrendWeeks = 12;
//! Hot spots: squares of this size, neighbours within the band (a few blocks in a Swedish town).
constexpr double kHotSpotCellMeters = 200;
constexpr double kHotSpotBandMeters = 400;
//! Clusters: the app's DBSCAN defaults.
constexpr double kClusterEpsMeters = 50;
constexpr int kClusterMinPoints = 10;
constexpr std::size_t kMaxClusterSizes = 5;
constexpr std::size_t kMaxThemes = 5;

// ---------------------------------------------------------------------------------------------------------
// Time
// ---------------------------------------------------------------------------------------------------------

//! 00:00 Stockholm time of a local day, in UTC.
int64_t localMidnightUtc( int64_t day )
{
  return stockholmWallClockToUtc( day * kSecondsPerDay );
}

bool within( int64_t instant, const ReportPeriod &period )
{
  return instant >= period.fromUtc && instant < period.untilUtc;
}

double seconds( const ReportPeriod &period )
{
  return static_cast<double>( period.untilUtc - period.fromUtc );
}

// ---------------------------------------------------------------------------------------------------------
// Swedish text
// ---------------------------------------------------------------------------------------------------------

//! "p = 0,03", "p = 0,003", "p < 0,001".
std::string pValueText( double p )
{
  if ( p < 0.001 )
    return "p < 0,001";
  return "p = " + fixedComma( p, p < 0.01 ? 3 : 2 );
}

//! A share in percent without needless decimals and with a decimal comma: 0.05 → "5", 0.025 → "2,5".
std::string percentText( double share )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%g", share * 100 );
  std::string text = buffer;
  std::replace( text.begin(), text.end(), '.', ',' );
  return text;
}

const char *lightConditionSv( const std::string &code )
{
  if ( code == "daylight" )
    return "dagsljus";
  if ( code == "dusk" )
    return "skymning";
  if ( code == "dark" )
    return "mörker";
  return "";
}

std::string walkStatusSv( const std::string &code )
{
  if ( code == "planned" )
    return "planerad";
  if ( code == "done" )
    return "genomförd";
  if ( code == "followed_up" )
    return "uppföljd";
  if ( code == "cancelled" )
    return "inställd";
  return code;
}

//! The sources in the order the report lists them, with their names in running text.
const std::pair<const char *, const char *> kSources[] = {
  { "est", "EST-rapporter" },
  { "police", "polisen" },
  { "safety_walk", "trygghetsvandringar" },
  { "manual", "manuellt registrerade händelser" },
};

// ---------------------------------------------------------------------------------------------------------
// The public mode
// ---------------------------------------------------------------------------------------------------------

//! Makes every count of the report as it may be published, and keeps count of the suppressed ones.
//!
//! A count below k is hidden (primary suppression). Where the rows of a table add up to a published figure
//! (the total, a group's row), hiding it alone is not enough: the figure less the rows shown gives it back.
//! protect() then hides more of the table (complementary suppression, suppressCounts), each column of the
//! three periods on its own. The tables so protected: the categories within each group (against the group's
//! row), the groups, the sources and the organisations with the events of none (against the total), the
//! weeks of the trend lying wholly within one of the compared periods (against that period's total), the
//! hour × weekday slots (against the total, suppressShares), and the areas of each kind (against their sum:
//! areas of one kind may tile the municipality, as districts do, and then add up to the total).
class Publisher
{
public:
  Publisher( bool publicMode, int64_t minCount ) : mPublic( publicMode ), mMinCount( minCount ) {}

  bool isPublic() const { return mPublic; }
  int64_t minCount() const { return mMinCount; }
  int suppressedCount() const { return mSuppressed; }
  int complementaryCount() const { return mComplementary; }

  //! Hides a count of at least k so that a smaller one cannot be worked out: value 0, marked as a complement.
  void hideToo( ReportCount &count, bool counted = true )
  {
    if ( count.suppressed )
      return;
    count = ReportCount();
    count.suppressed = true;
    count.complementary = true;
    if ( counted )
    {
      ++mSuppressed;
      ++mComplementary;
    }
  }

  /**
   * Public mode: hides more counts of a table whose rows add up to a published figure, so that no hidden
   * count below k can be worked out from it (suppressCounts; the counts hidden already stay hidden and count
   * in its guarantee). values are the true counts of the rows; those in notCounted are not counted among
   * the report's hidden counts (they are published in running text only). Returns whether it hid any.
   */
  bool protect( const std::vector<ReportCount *> &published, const std::vector<int64_t> &values,
                const std::vector<const ReportCount *> &notCounted = {} )
  {
    if ( !mPublic || published.empty() )
      return false;
    std::vector<bool> already;
    already.reserve( published.size() );
    for ( const ReportCount *count : published )
      already.push_back( count->suppressed );
    const std::vector<bool> hidden = suppressCounts( values, static_cast<int>( mMinCount ), true, already );
    bool any = false;
    for ( std::size_t i = 0; i < published.size(); ++i )
      if ( hidden[i] && !published[i]->suppressed )
      {
        hideToo( *published[i],
                 std::find( notCounted.begin(), notCounted.end(), published[i] ) == notCounted.end() );
        any = true;
      }
    return any;
  }

  bool hides( double value ) const
  {
    return mPublic && value > 0 && value < static_cast<double>( mMinCount );
  }

  //! counted: counted among the report's hidden counts when hidden (false for one in running text only).
  ReportCount count( int64_t value, bool counted = true )
  {
    ReportCount out;
    if ( hides( static_cast<double>( value ) ) )
    {
      out.suppressed = true;
      mSuppressed += counted ? 1 : 0;
    }
    else
      out.value = value;
    return out;
  }

  //! The change as published: as computed when both counts are shown; else nothing that tells either count.
  static CountChange change( const CountChange &computed, const ReportCount &now, const ReportCount &before )
  {
    if ( !now.suppressed && !before.suppressed )
      return computed;
    CountChange hidden;
    hidden.countNow = now.value;
    hidden.countBefore = before.value;
    return hidden;
  }

  //! A count of events opening a sentence: "1 händelse", "12 händelser", "Färre än 5 händelser".
  std::string events( int64_t value ) const
  {
    if ( hides( static_cast<double>( value ) ) )
      return "Färre än " + std::to_string( mMinCount ) + " händelser";
    return swedishInteger( value ) + ( value == 1 ? " händelse" : " händelser" );
  }

  //! The same for a count as published: a complement reads "Ett dolt antal händelser".
  std::string events( const ReportCount &count, int64_t value ) const
  {
    return count.complementary ? std::string( "Ett dolt antal händelser" ) : events( value );
  }

  //! Whether a count is one event as shown (a hidden count reads "färre än k händelser").
  bool singular( int64_t value ) const { return value == 1 && !hides( 1 ); }

  //! A count in running text: the number, or "färre än k".
  std::string words( int64_t value ) const
  {
    return hides( static_cast<double>( value ) ) ? "färre än " + std::to_string( mMinCount )
                                                 : swedishInteger( value );
  }

private:
  bool mPublic;
  int64_t mMinCount;
  int mSuppressed = 0;
  int mComplementary = 0;
};

// ---------------------------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------------------------

struct Group
{
  std::string code;
  std::string label;
};

//! Free text read from the project screened again for personal data (the tables can be edited outside the
//! app).
std::string screenedForReport( const std::string &text )
{
  return redact( text, screenText( text ) );
}

std::vector<Group> categoryGroups( Database &db )
{
  std::vector<Group> groups;
  Statement s = db.prepare( "SELECT code, label_sv FROM category_groups ORDER BY sort_order, fid" );
  while ( s.step() )
    groups.push_back( { s.text( 0 ), s.text( 1 ) } );
  return groups;
}

//! Runs of [from, until) merged where they overlap or touch.
std::vector<std::pair<int64_t, int64_t>> mergedRanges( std::vector<std::pair<int64_t, int64_t>> ranges )
{
  std::sort( ranges.begin(), ranges.end() );
  std::vector<std::pair<int64_t, int64_t>> out;
  for ( const auto &range : ranges )
  {
    if ( range.second <= range.first )
      continue;
    if ( !out.empty() && range.first <= out.back().second )
      out.back().second = std::max( out.back().second, range.second );
    else
      out.push_back( range );
  }
  return out;
}

//! The incidents of a selection over several time ranges, each read once.
Expected<std::vector<SelectedIncident>> selectOver( ProjectFile &project, Selection selection,
                                                    const std::vector<std::pair<int64_t, int64_t>> &ranges )
{
  std::vector<SelectedIncident> all;
  for ( const auto &[from, until] : ranges )
  {
    selection.fromUtc = from;
    selection.untilUtc = until;
    auto part = selectIncidents( project, selection );
    if ( !part )
      return Error{ part.error() };
    if ( all.empty() )
      all = std::move( part.value() );
    else
      all.insert( all.end(), std::make_move_iterator( part->begin() ),
                  std::make_move_iterator( part->end() ) );
  }
  return all;
}

struct Tally
{
  int64_t now = 0, previous = 0, lastYear = 0;
};

/**
 * Public mode: the complementary suppression of the categories and their groups in one column (now, previous
 * or last year). The groups add up to the total and each group's categories to its row, so the tables are
 * protected together until nothing changes: a group hidden while all its categories are shown would be their
 * sum, so its smallest non-zero category is hidden too; a group whose categories cannot be protected against
 * its row even with all of them hidden (a hidden 1 beside a hidden 5 in a row of 6) is hidden itself. Rows
 * are only ever hidden, never shown again, so this ends.
 */
void protectCategories( Publisher &publish, std::vector<CategoryRow> &groups,
                        const std::vector<Tally> &groupTallies, std::vector<CategoryRow> &categories,
                        const std::vector<Tally> &categoryTallies, ReportCount CategoryRow::*column,
                        int64_t Tally::*value )
{
  if ( !publish.isPublic() )
    return;
  for ( bool changed = true; changed; )
  {
    changed = false;
    std::vector<ReportCount *> groupCounts;
    std::vector<int64_t> groupValues;
    for ( std::size_t g = 0; g < groups.size(); ++g )
    {
      groupCounts.push_back( &( groups[g].*column ) );
      groupValues.push_back( groupTallies[g].*value );
    }
    changed = publish.protect( groupCounts, groupValues ) || changed;
    for ( std::size_t g = 0; g < groups.size(); ++g )
    {
      std::vector<ReportCount *> counts;
      std::vector<int64_t> values;
      for ( std::size_t c = 0; c < categories.size(); ++c )
        if ( categories[c].groupCode == groups[g].code )
        {
          counts.push_back( &( categories[c].*column ) );
          values.push_back( categoryTallies[c].*value );
        }
      ReportCount &groupCount = groups[g].*column;
      if ( groupCount.suppressed )
      {
        std::optional<std::size_t> smallest;
        bool anyHidden = false;
        for ( std::size_t i = 0; i < counts.size(); ++i )
          if ( values[i] > 0 )
          {
            anyHidden = anyHidden || counts[i]->suppressed;
            if ( !smallest || values[i] < values[*smallest] )
              smallest = i;
          }
        if ( !anyHidden && smallest )
        {
          publish.hideToo( *counts[*smallest] );
          changed = true;
        }
      }
      changed = publish.protect( counts, values ) || changed;
      std::vector<bool> hidden;
      for ( const ReportCount *count : counts )
        hidden.push_back( count->suppressed );
      if ( !groupCount.suppressed &&
           !hiddenCountsSafe( values, hidden, static_cast<int>( publish.minCount() ) ) )
      {
        publish.hideToo( groupCount );
        changed = true;
      }
    }
  }
}

//! One walk's row with the observations that decide it.
struct WalkFacts
{
  WalkRow row;
  int64_t areaId = 0;
  bool hasArea = false;
  std::vector<std::pair<double, double>> places;
};

std::vector<WalkFacts> walksIn( Database &db, const ReportPeriod &period,
                                const std::unordered_map<int64_t, std::string> &areaLabels )
{
  std::vector<WalkFacts> walks;
  Statement s =
    db.prepare( "SELECT fid, name, substr(walk_date, 1, 10), light_condition, area_id, status FROM "
                "safety_walks WHERE walk_date IS NOT NULL AND substr(walk_date, 1, 10) BETWEEN ? AND ? "
                "AND status != 'cancelled' ORDER BY substr(walk_date, 1, 10), fid" );
  s.bind( 1, period.fromDate ).bind( 2, period.untilDate );
  while ( s.step() )
  {
    WalkFacts walk;
    walk.row.fid = s.int64( 0 );
    walk.row.name = s.text( 1 );
    walk.row.date = s.text( 2 );
    walk.row.lightCondition = s.isNull( 3 ) ? "" : lightConditionSv( s.text( 3 ) );
    if ( !s.isNull( 4 ) )
    {
      walk.hasArea = true;
      walk.areaId = s.int64( 4 );
      const auto label = areaLabels.find( walk.areaId );
      if ( label != areaLabels.end() )
        walk.row.area = label->second;
    }
    walk.row.status = walkStatusSv( s.text( 5 ) );
    walks.push_back( std::move( walk ) );
  }
  Statement o =
    db.prepare( "SELECT o.positive, c.label_sv, o.geom FROM observations o LEFT JOIN checklist_items "
                "c ON c.code = o.checklist_item WHERE o.walk_id = ? ORDER BY o.fid" );
  for ( WalkFacts &walk : walks )
  {
    o.reset();
    o.bind( 1, walk.row.fid );
    std::map<std::string, int> themes;
    while ( o.step() )
    {
      ++walk.row.observations;
      const bool positive = !o.isNull( 0 ) && o.int64( 0 ) != 0;
      if ( positive )
        ++walk.row.positive;
      else
      {
        ++walk.row.unsafe;
        // What a walk found: the themes of the places that felt unsafe.
        if ( !o.isNull( 1 ) )
          ++themes[lowerFirst( o.text( 1 ) )];
      }
      const auto blob = o.blob( 2 );
      if ( const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
        walk.places.push_back( *point );
    }
    std::vector<std::pair<std::string, int>> ranked( themes.begin(), themes.end() );
    std::stable_sort( ranked.begin(), ranked.end(),
                      []( const auto &a, const auto &b ) { return a.second > b.second; } );
    for ( std::size_t i = 0; i < ranked.size() && i < kMaxThemes; ++i )
      walk.row.topThemes.push_back( ranked[i].first + " (" + std::to_string( ranked[i].second ) + ")" );
  }
  return walks;
}

} // namespace

// ---------------------------------------------------------------------------------------------------------

Expected<LagesbildReport> gatherLagesbild( ProjectFile &project, const ReportPeriod &period,
                                           const ReportOptions &options, const ProgressCallback &progress )
{
  if ( period.untilUtc <= period.fromUtc )
    return Error( MessageCode::ReportPeriodReversed, period.fromDate, period.untilDate );
  if ( !( options.alpha > 0 && options.alpha < 1 ) )
    return Error( MessageCode::TemporalBadAlpha, formatNumber( options.alpha ) );
  Publisher publish( options.publicMode, std::max( options.minCount, 2 ) );
  const int64_t k = publish.minCount();

  LagesbildReport report;
  report.period = period;
  report.previous = period.previous();
  report.lastYear = period.lastYear();
  report.options = options;
  report.options.minCount = static_cast<int>( k ); // as applied
  report.extractedAtUtc = options.extractedAtUtc.empty() ? utcNowSeconds() : options.extractedAtUtc;
  report.projectName = std::filesystem::path( project.path() ).stem().string();
  const ReportPeriod &previous = report.previous;
  const ReportPeriod &lastYear = report.lastYear;
  const bool lastYearIsPrevious =
    lastYear.fromUtc == previous.fromUtc && lastYear.untilUtc == previous.untilUtc; // a year's report

  try
  {
    Database &db = project.db();
    report.organisation = project.metaValue( "organisation" );
    report.syntheticData = project.holdsSyntheticData();

    // The area the report is limited to.
    std::optional<ProjectArea> onlyArea;
    if ( options.area )
    {
      auto found = findArea( project, *options.area );
      if ( !found )
      {
        if ( found.error().code == MessageCode::AreaNotFound ||
             found.error().code == MessageCode::AreaNoAreas )
          return Error( MessageCode::ReportUnknownArea, *options.area );
        return Error{ found.error() };
      }
      onlyArea = std::move( found.value() );
      report.areaLabel = onlyArea->label();
    }

    // The categories: those asked for, or every one that is not hidden.
    const std::vector<Category> categories = project.categories();
    std::set<std::string> chosen;
    std::vector<std::string> hiddenLabels;
    for ( const Category &category : categories )
    {
      if ( !options.categories.empty() )
      {
        if ( std::find( options.categories.begin(), options.categories.end(), category.code ) !=
             options.categories.end() )
          chosen.insert( category.code );
      }
      else if ( !category.hidden )
        chosen.insert( category.code );
      else
        hiddenLabels.push_back( lowerFirst( category.labelSv ) );
    }
    Selection selection;
    selection.intervalRule = IntervalRule::Midpoint;
    selection.area = options.area;
    if ( !options.categories.empty() )
      selection.categories = options.categories; // unknown codes are refused by selectIncidents
    else if ( chosen.size() < categories.size() )
      selection.categories.assign( chosen.begin(), chosen.end() );
    if ( chosen.empty() && !categories.empty() && options.categories.empty() )
      return Error( MessageCode::ReportNoEvents, period.label() ); // every category hidden

    // The weeks of the trend: at least twelve, ending with the period's last week.
    const int64_t lastDay = stockholmDay( period.untilUtc - 1 );
    const int64_t lastMonday = lastDay - ( isoWeekday( lastDay ) - 1 );
    const int64_t firstDay = stockholmDay( period.fromUtc );
    const int64_t firstMonday =
      std::min( firstDay - ( isoWeekday( firstDay ) - 1 ), lastMonday - 7 * ( kTrendWeeks - 1 ) );
    std::vector<int64_t> weekStarts; // UTC, one more than the weeks: the last is the period's end
    for ( int64_t monday = firstMonday; monday <= lastMonday; monday += 7 )
      weekStarts.push_back( localMidnightUtc( monday ) );
    weekStarts.push_back( period.untilUtc );

    // Read once: the union of the periods the report needs.
    auto selected = selectOver( project, selection,
                                mergedRanges( { { period.fromUtc, period.untilUtc },
                                                { previous.fromUtc, previous.untilUtc },
                                                { lastYear.fromUtc, lastYear.untilUtc },
                                                { weekStarts.front(), period.untilUtc } } ) );
    if ( !selected )
      return Error{ selected.error() };
    if ( !reportProgress( progress, 0.3 ) )
      return Error( MessageCode::Cancelled );

    std::vector<SelectedIncident> current, before;
    std::map<std::string, Tally> perCategory;
    std::vector<int64_t> perWeek( weekStarts.size() - 1, 0 );
    int64_t countLastYear = 0;
    for ( SelectedIncident &incident : selected.value() )
    {
      const int64_t middle = incident.midpointUtc();
      if ( middle >= weekStarts.front() && middle < period.untilUtc )
      {
        const auto next = std::upper_bound( weekStarts.begin(), weekStarts.end(), middle );
        ++perWeek[static_cast<std::size_t>( next - weekStarts.begin() - 1 )];
      }
      if ( within( middle, lastYear ) )
      {
        ++perCategory[incident.category].lastYear;
        ++countLastYear;
      }
      if ( within( middle, previous ) )
      {
        ++perCategory[incident.category].previous;
        before.push_back( incident );
      }
      if ( within( middle, period ) )
      {
        ++perCategory[incident.category].now;
        current.push_back( std::move( incident ) );
      }
    }
    selected.value().clear();
    selected.value().shrink_to_fit();
    if ( current.empty() )
      return Error( MessageCode::ReportNoEvents, period.label() );
    // The events whose place is not a point (only a municipality, a county or an area) count in the totals,
    // categories, weeks, hours, organisations and sources, and stay out of everything that places them: the
    // areas, the hot spots and the clusters.
    std::vector<SelectedIncident> placedNow = current, placedBefore = before;
    const ImpreciseCounts impreciseNow = takeImprecise( placedNow );
    takeImprecise( placedBefore );

    // Totals.
    const auto nowCount = static_cast<int64_t>( current.size() );
    const auto previousCount = static_cast<int64_t>( before.size() );
    report.total = publish.count( nowCount );
    report.totalPrevious = publish.count( previousCount );
    report.totalLastYear = publish.count( countLastYear );
    report.totalVsPrevious = Publisher::change(
      countChange( nowCount, previousCount, seconds( period ), seconds( previous ), options.alpha ),
      report.total, report.totalPrevious );
    report.totalVsLastYear = Publisher::change(
      countChange( nowCount, countLastYear, seconds( period ), seconds( lastYear ), options.alpha ),
      report.total, report.totalLastYear );

    // Categories and their groups, tested on the true counts; FDR over each table's rows.
    std::vector<CategoryRow> categoryRows, groupRows;
    std::vector<Tally> categoryTallies, groupTallies;
    const auto makeRow = [&]( const std::string &code, const std::string &label, const std::string &group,
                              const std::string &color, const Tally &tally )
    {
      CategoryRow row;
      row.code = code;
      row.label = label;
      row.groupCode = group;
      row.color = color;
      row.vsPrevious =
        countChange( tally.now, tally.previous, seconds( period ), seconds( previous ), options.alpha );
      row.vsLastYear =
        countChange( tally.now, tally.lastYear, seconds( period ), seconds( lastYear ), options.alpha );
      return row;
    };
    for ( const Group &group : categoryGroups( db ) )
    {
      Tally sum;
      std::string color;
      bool any = false;
      for ( const Category &category : categories )
      {
        if ( category.group != group.code || !chosen.count( category.code ) )
          continue;
        if ( !any )
          color = category.color;
        any = true;
        const auto found = perCategory.find( category.code );
        const Tally tally = found == perCategory.end() ? Tally() : found->second;
        sum.now += tally.now;
        sum.previous += tally.previous;
        sum.lastYear += tally.lastYear;
        if ( tally.now + tally.previous + tally.lastYear > 0 )
        {
          categoryRows.push_back(
            makeRow( category.code, category.labelSv, group.code, category.color, tally ) );
          categoryTallies.push_back( tally );
        }
      }
      if ( any )
      {
        groupRows.push_back( makeRow( group.code, group.label, std::string(), color, sum ) );
        groupTallies.push_back( sum );
      }
    }
    for ( std::vector<CategoryRow> *rows : { &categoryRows, &groupRows } )
    {
      std::vector<CountChange *> vsPrevious, vsLastYear;
      for ( CategoryRow &row : *rows )
      {
        vsPrevious.push_back( &row.vsPrevious );
        vsLastYear.push_back( &row.vsLastYear );
      }
      applyFdr( vsPrevious, options.alpha );
      applyFdr( vsLastYear, options.alpha );
    }
    for ( auto [rows, tallies] :
          { std::make_pair( &categoryRows, &categoryTallies ), std::make_pair( &groupRows, &groupTallies ) } )
      for ( std::size_t i = 0; i < rows->size(); ++i )
      {
        CategoryRow &row = ( *rows )[i];
        row.now = publish.count( ( *tallies )[i].now );
        row.previous = publish.count( ( *tallies )[i].previous );
        row.lastYear = publish.count( ( *tallies )[i].lastYear );
      }
    // Then the complements, each period's column on its own; the changes only where both counts are shown.
    protectCategories( publish, groupRows, groupTallies, categoryRows, categoryTallies, &CategoryRow::now,
                       &Tally::now );
    protectCategories( publish, groupRows, groupTallies, categoryRows, categoryTallies,
                       &CategoryRow::previous, &Tally::previous );
    protectCategories( publish, groupRows, groupTallies, categoryRows, categoryTallies,
                       &CategoryRow::lastYear, &Tally::lastYear );
    for ( std::vector<CategoryRow> *rows : { &categoryRows, &groupRows } )
      for ( CategoryRow &row : *rows )
      {
        row.vsPrevious = Publisher::change( row.vsPrevious, row.now, row.previous );
        row.vsLastYear = Publisher::change( row.vsLastYear, row.now, row.lastYear );
      }
    report.categories = std::move( categoryRows );
    report.groups = std::move( groupRows );

    // Hour × weekday.
    auto matrix = hourWeekdayMatrix( current, IntervalWeighting::Aoristic );
    if ( !matrix )
      return Error{ matrix.error() };
    report.hourWeekday = matrix.value();
    int suppressedSlots = 0;
    if ( publish.isPublic() )
    {
      // The slots add up to the total: below k, and enough others that none below k can be worked out.
      const std::vector<bool> hiddenSlots = suppressShares(
        std::vector<double>( report.hourWeekday.counts.begin(), report.hourWeekday.counts.end() ),
        static_cast<int>( k ), true );
      for ( std::size_t slot = 0; slot < 168; ++slot )
        if ( hiddenSlots[slot] )
        {
          report.hourWeekday.counts[slot] = 0;
          report.hourWeekday.weights[slot] = 0;
          report.hourWeekdaySuppressed[slot] = true;
          ++suppressedSlots;
        }
      if ( publish.hides( static_cast<double>( report.hourWeekday.eventCount ) ) )
        report.hourWeekday.eventCount = 0;
      if ( publish.hides( static_cast<double>( report.hourWeekday.spreadEventCount ) ) )
        report.hourWeekday.spreadEventCount = 0;
    }

    // The weeks.
    int weeksInPeriod = 0;
    for ( std::size_t w = 0; w + 1 < weekStarts.size(); ++w )
    {
      WeekRow row;
      row.label = isoWeekLabel( weekStarts[w] );
      row.count = publish.count( perWeek[w] );
      row.inPeriod = weekStarts[w + 1] > period.fromUtc && weekStarts[w] < period.untilUtc;
      weeksInPeriod += row.inPeriod ? 1 : 0;
      report.weeks.push_back( std::move( row ) );
    }
    // The weeks lying wholly within a compared period add up to no more than its total (to all of it when
    // the period begins on a Monday): protected against it. A week only partly within holds events of
    // another period too and adds to no published figure. The last week ends with the period.
    for ( const ReportPeriod *compared : { &period, &previous, &lastYear } )
    {
      if ( compared == &lastYear && lastYearIsPrevious )
        continue;
      std::vector<ReportCount *> counts;
      std::vector<int64_t> values;
      for ( std::size_t w = 0; w + 1 < weekStarts.size(); ++w )
        if ( weekStarts[w] >= compared->fromUtc && weekStarts[w + 1] <= compared->untilUtc )
        {
          counts.push_back( &report.weeks[w].count );
          values.push_back( perWeek[w] );
        }
      publish.protect( counts, values );
    }
    if ( !reportProgress( progress, 0.4 ) )
      return Error( MessageCode::Cancelled );

    // Areas, ranked: every area holding an event counts it (they may overlap); found by a bucket grid.
    auto loaded = loadAreas( project );
    if ( !loaded )
      return Error{ loaded.error() };
    const std::vector<ProjectArea> &areas = loaded.value();
    std::unordered_map<int64_t, std::string> areaLabels;
    for ( const ProjectArea &area : areas )
      areaLabels[area.fid] = area.label();
    int64_t outsideAreas = 0;
    std::optional<AreaLocator> locator;
    if ( !areas.empty() )
    {
      locator.emplace( areas );
      std::vector<int64_t> areaNow( areas.size(), 0 ), areaBefore( areas.size(), 0 );
      for ( const SelectedIncident &incident : placedNow )
      {
        const std::vector<int> holding = locator->locateAll( incident.x, incident.y );
        for ( int index : holding )
          ++areaNow[static_cast<std::size_t>( index )];
        outsideAreas += holding.empty() ? 1 : 0;
      }
      for ( const SelectedIncident &incident : placedBefore )
        for ( int index : locator->locateAll( incident.x, incident.y ) )
          ++areaBefore[static_cast<std::size_t>( index )];
      std::vector<std::size_t> listed;
      for ( std::size_t i = 0; i < areas.size(); ++i )
        if ( areaNow[i] + areaBefore[i] > 0 || ( !onlyArea && areas[i].kind == "est_area" ) )
          listed.push_back( i );
      std::vector<CountChange> changes;
      std::vector<CountChange *> tested;
      changes.reserve( listed.size() );
      for ( std::size_t i : listed )
        changes.push_back(
          countChange( areaNow[i], areaBefore[i], seconds( period ), seconds( previous ), options.alpha ) );
      for ( CountChange &change : changes )
        tested.push_back( &change );
      applyFdr( tested, options.alpha );
      std::vector<const CountChange *> ranked;
      std::vector<const ProjectArea *> rankedAreas;
      for ( std::size_t n = 0; n < listed.size(); ++n )
      {
        ranked.push_back( &changes[n] );
        rankedAreas.push_back( &areas[listed[n]] );
      }
      const std::vector<std::size_t> order = rankAreas( ranked, rankedAreas );
      std::vector<std::size_t> rowOf; // the row's index into listed and changes
      for ( std::size_t n : order )
      {
        const ProjectArea &area = areas[listed[n]];
        AreaRow row;
        row.label = area.label();
        row.kind = area.kind;
        row.now = publish.count( changes[n].countNow );
        row.previous = publish.count( changes[n].countBefore );
        report.areas.push_back( std::move( row ) );
        rowOf.push_back( n );
      }
      // Public: the areas of one kind may tile the municipality (the districts do), so that their counts add
      // up to the published total: each kind's rows are protected against their sum, each column on its own.
      std::map<std::string, std::vector<std::size_t>> rowsOfKind;
      for ( std::size_t r = 0; r < report.areas.size(); ++r )
        rowsOfKind[report.areas[r].kind].push_back( r );
      for ( const auto &[kind, rows] : rowsOfKind )
        for ( ReportCount AreaRow::*column : { &AreaRow::now, &AreaRow::previous } )
        {
          std::vector<ReportCount *> published;
          std::vector<int64_t> values;
          for ( std::size_t r : rows )
          {
            published.push_back( &( report.areas[r].*column ) );
            const CountChange &change = changes[rowOf[r]];
            values.push_back( column == &AreaRow::now ? change.countNow : change.countBefore );
          }
          publish.protect( published, values );
        }
      for ( std::size_t r = 0; r < report.areas.size(); ++r )
      {
        AreaRow &row = report.areas[r];
        const CountChange &change = changes[rowOf[r]];
        const ProjectArea &area = areas[listed[rowOf[r]]];
        row.vsPrevious = Publisher::change( change, row.now, row.previous );
        // A density of a hidden count would give it back.
        if ( !row.now.suppressed && area.areaSquareMeters > 0 )
          row.perSquareKm = static_cast<double>( change.countNow ) / ( area.areaSquareMeters / 1e6 );
      }
    }
    report.eventsOutsideAreas = publish.hides( static_cast<double>( outsideAreas ) ) ? 0 : outsideAreas;

    // Organisations: events of the report's selection; how completely each reported, from all its events of
    // the period whatever the categories or area (a week with reports of other kinds was still reported).
    std::vector<SelectedIncident> wholePeriod;
    const bool narrowed = !selection.categories.empty() || selection.area.has_value();
    if ( narrowed )
    {
      Selection all;
      all.intervalRule = IntervalRule::Midpoint;
      auto read = selectOver( project, all, { { period.fromUtc, period.untilUtc } } );
      if ( !read )
        return Error{ read.error() };
      wholePeriod = std::move( read.value() );
    }
    const std::vector<SelectedIncident> &periodEvents = narrowed ? wholePeriod : current;
    std::map<std::string, std::set<std::size_t>> weeksOf;
    for ( const SelectedIncident &incident : periodEvents )
      if ( !incident.organisation.empty() )
      {
        const auto next = std::upper_bound( weekStarts.begin(), weekStarts.end(), incident.midpointUtc() );
        weeksOf[incident.organisation].insert( static_cast<std::size_t>( next - weekStarts.begin() ) );
      }
    std::map<std::string, int64_t> eventsOf;
    int64_t withoutOrganisation = 0;
    for ( const SelectedIncident &incident : current )
    {
      if ( incident.organisation.empty() )
        ++withoutOrganisation;
      else
        ++eventsOf[incident.organisation];
    }
    std::map<std::string, std::string> lastReportOf;
    {
      Statement s =
        db.prepare( "SELECT organisation, max(occurred_from) FROM incidents WHERE organisation IS NOT "
                    "NULL AND occurred_from < ? GROUP BY organisation" );
      s.bind( 1, formatUtcIso( period.untilUtc ) );
      while ( s.step() )
        if ( const auto at = parseUtcIso( s.text( 1 ) ) )
          lastReportOf[s.text( 0 )] = isoDateOfDay( stockholmDay( *at ) );
    }
    std::set<std::string> organisationNames;
    {
      Statement s = db.prepare( "SELECT name FROM organisations" );
      while ( s.step() )
        organisationNames.insert( s.text( 0 ) );
    }
    for ( const auto &[name, count] : eventsOf )
      organisationNames.insert( name );
    std::vector<std::string> sortedNames( organisationNames.begin(), organisationNames.end() );
    std::sort( sortedNames.begin(), sortedNames.end(),
               []( const std::string &a, const std::string &b )
               { return swedishSortKey( a ) < swedishSortKey( b ); } );
    for ( const std::string &name : sortedNames )
    {
      OrganisationRow row;
      row.name = name;
      const auto events = eventsOf.find( name );
      row.events = publish.count( events == eventsOf.end() ? 0 : events->second );
      const auto weeks = weeksOf.find( name );
      row.weeksReported = weeks == weeksOf.end() ? 0 : static_cast<int>( weeks->second.size() );
      row.weeksInPeriod = weeksInPeriod;
      const auto last = lastReportOf.find( name );
      if ( last != lastReportOf.end() )
        row.lastReportDate = last->second;
      if ( options.publicMode )
        row.lastReportDate.clear(); // a single event's date
      report.organisations.push_back( std::move( row ) );
    }
    // The organisations and the events of none add up to the total; those of none are published in the
    // limits only.
    ReportCount withoutOrganisationCount = publish.count( withoutOrganisation, false );
    {
      std::vector<ReportCount *> counts;
      std::vector<int64_t> values;
      for ( OrganisationRow &row : report.organisations )
      {
        counts.push_back( &row.events );
        const auto events = eventsOf.find( row.name );
        values.push_back( events == eventsOf.end() ? 0 : events->second );
      }
      counts.push_back( &withoutOrganisationCount );
      values.push_back( withoutOrganisation );
      publish.protect( counts, values, { &withoutOrganisationCount } );
    }
    // Public: the weeks an organisation reported in, beside its count, tell counts per week (6 events in 6
    // weeks: one a week) or a hidden count.
    for ( OrganisationRow &row : report.organisations )
      if ( publish.isPublic() )
        row.weeksReported = 0;

    // Sources.
    std::map<std::string, int64_t> perSource;
    for ( const SelectedIncident &incident : current )
      ++perSource[incident.source];
    for ( const auto &[code, name] : kSources )
    {
      const auto found = perSource.find( code );
      if ( found != perSource.end() )
        report.sources.emplace_back( code, publish.count( found->second ) );
    }
    for ( const auto &[code, count] : perSource )
      if ( std::none_of( std::begin( kSources ), std::end( kSources ),
                         [&code = code]( const auto &known ) { return code == known.first; } ) )
        report.sources.emplace_back( code, publish.count( count ) );
    {
      std::vector<ReportCount *> counts;
      std::vector<int64_t> values;
      for ( auto &[code, count] : report.sources )
      {
        counts.push_back( &count );
        values.push_back( perSource[code] );
      }
      publish.protect( counts, values );
    }

    // Safety walks held in the period.
    for ( WalkFacts &walk : walksIn( db, period, areaLabels ) )
    {
      if ( onlyArea )
      {
        const bool inside = walk.hasArea
                              ? walk.areaId == onlyArea->fid
                              : std::any_of( walk.places.begin(), walk.places.end(),
                                             [&]( const auto &place )
                                             { return onlyArea->contains( place.first, place.second ); } );
        if ( !inside )
          continue;
      }
      if ( publish.isPublic() )
        walk.row.name.clear();
      report.observations += walk.row.observations;
      report.walks.push_back( std::move( walk.row ) );
    }

    // The coordinator's notes.
    if ( !publish.isPublic() )
    {
      const std::string note = reportNote( project, period );
      std::size_t start = 0;
      while ( start <= note.size() )
      {
        const std::size_t end = std::min( note.find( '\n', start ), note.size() );
        std::string line = note.substr( start, end - start );
        while ( !line.empty() && ( line.back() == '\r' || line.back() == ' ' || line.back() == '\t' ) )
          line.pop_back();
        const auto first = line.find_first_not_of( " \t" );
        if ( first != std::string::npos )
          report.notes.push_back( line.substr( first ) );
        start = end + 1;
      }
    }
    if ( !reportProgress( progress, 0.5 ) )
      return Error( MessageCode::Cancelled );

    // Hot spots and clusters, on the events inside the study area (one imported in the wrong coordinate
    // system would stretch the grid over half the country).
    std::vector<SelectedIncident> spatial = std::move( placedNow );
    std::size_t outsideExtent = 0;
    auto extent = projectExtent( project );
    if ( !extent )
      return Error{ extent.error() };
    if ( extent.value() )
      outsideExtent = takeOutside( spatial, *extent.value() ).size();
    // The events inside the study area (in the clusters' parameters), those far outside it and those whose
    // place is not a point (in the limits) add up to the total.
    ReportCount spatialCount = publish.count( static_cast<int64_t>( spatial.size() ), false );
    ReportCount outsideExtentCount = publish.count( static_cast<int64_t>( outsideExtent ), false );
    ReportCount impreciseCount = publish.count( impreciseNow.total(), false );
    publish.protect(
      { &spatialCount, &outsideExtentCount, &impreciseCount },
      { static_cast<int64_t>( spatial.size() ), static_cast<int64_t>( outsideExtent ), impreciseNow.total() },
      { &spatialCount, &outsideExtentCount, &impreciseCount } );
    std::string hotSpotLimit;
    if ( options.publicMode )
      // Gi* cells are smaller than the published cells and rest on the events themselves: not published.
      hotSpotLimit = "Hot spots publiceras inte: de aggregerade kartorna visar var händelserna samlas.";
    else if ( spatial.size() >= HotSpots::sMinimumEvents )
    {
      HotSpotParameters parameters;
      parameters.shape = HotSpotGridShape::Square;
      parameters.cellSizeMeters = kHotSpotCellMeters;
      parameters.neighbourhood = HotSpotNeighbourhood::DistanceBand;
      parameters.distanceBandMeters = kHotSpotBandMeters;
      std::vector<WeightedPoint> points;
      points.reserve( spatial.size() );
      for ( const SelectedIncident &incident : spatial )
        points.push_back( WeightedPoint{ incident.x, incident.y, 1 } );
      auto grid = HotSpots( parameters ).compute( points );
      if ( grid )
      {
        HotSpotSummary summary;
        summary.cellMeters = kHotSpotCellMeters;
        summary.neighbourhoodMeters = kHotSpotBandMeters;
        summary.fdr = true;
        std::vector<int> hotCellsPerArea( areas.size(), 0 );
        const HotSpotGrid &g = grid.value();
        for ( std::size_t cell = 0; cell < g.statistics.binsFdr.size(); ++cell )
        {
          const int bin = g.statistics.binsFdr[cell];
          summary.hot99 += bin == 3;
          summary.hot95 += bin == 2;
          summary.hot90 += bin == 1;
          summary.cold99 += bin == -3;
          summary.cold95 += bin == -2;
          summary.cold90 += bin == -1;
          if ( bin >= 2 && locator )
          {
            const auto [x, y] = g.cellCentre( cell );
            for ( int index : locator->locateAll( x, y ) )
              ++hotCellsPerArea[static_cast<std::size_t>( index )];
          }
        }
        std::vector<std::size_t> hotAreas;
        for ( std::size_t i = 0; i < areas.size(); ++i )
          if ( hotCellsPerArea[i] > 0 )
            hotAreas.push_back( i );
        std::stable_sort( hotAreas.begin(), hotAreas.end(),
                          [&]( std::size_t a, std::size_t b )
                          {
                            if ( hotCellsPerArea[a] != hotCellsPerArea[b] )
                              return hotCellsPerArea[a] > hotCellsPerArea[b];
                            return swedishSortKey( areas[a].name ) < swedishSortKey( areas[b].name );
                          } );
        for ( std::size_t i : hotAreas )
          summary.hotAreas.push_back( areas[i].label() );
        summary.parametersText =
          "Gi*, cell " + swedishInteger( static_cast<int64_t>( kHotSpotCellMeters ) ) + " m, grannskap " +
          swedishInteger( static_cast<int64_t>( kHotSpotBandMeters ) ) + " m, FDR-korrigerat, " +
          publish.words( static_cast<int64_t>( g.eventCount ) ) + " händelser";
        report.hotSpots = std::move( summary );
      }
      else
        hotSpotLimit = "Hot spot-analysen (Getis-Ord Gi*) kunde inte göras: händelserna ligger för utspridda "
                       "för rutor på " +
                       swedishInteger( static_cast<int64_t>( kHotSpotCellMeters ) ) + " m.";
    }
    else
      hotSpotLimit = "Hot spot-analysen (Getis-Ord Gi*) kräver minst " +
                     std::to_string( HotSpots::sMinimumEvents ) +
                     " händelser med plats i kommunen; perioden har " +
                     publish.words( static_cast<int64_t>( spatial.size() ) ) + ", så den är inte gjord.";
    if ( !reportProgress( progress, 0.7 ) )
      return Error( MessageCode::Cancelled );

    const int minPoints =
      publish.isPublic() ? std::max( kClusterMinPoints, static_cast<int>( k ) ) : kClusterMinPoints;
    if ( spatial.size() >= static_cast<std::size_t>( minPoints ) )
    {
      std::vector<ClusterPoint> points;
      points.reserve( spatial.size() );
      for ( const SelectedIncident &incident : spatial )
        points.push_back( ClusterPoint{ incident.x, incident.y } );
      DbscanParameters parameters;
      parameters.epsMeters = kClusterEpsMeters;
      parameters.minPoints = minPoints;
      parameters.computeSummaries = false;
      auto clustering = dbscan( points, parameters, progressRange( progress, 0.7, 0.95 ) );
      if ( !clustering )
        return Error{ clustering.error() };
      ReportClusterSummary summary;
      summary.epsMeters = kClusterEpsMeters;
      summary.minPoints = minPoints;
      summary.clusters = clustering->clusterCount;
      std::vector<int64_t> sizes( static_cast<std::size_t>( clustering->clusterCount ), 0 );
      for ( int id : clustering->clusterIds )
        if ( id != ClusteringResult::NOISE )
        {
          ++sizes[static_cast<std::size_t>( id )];
          ++summary.clusteredEvents;
        }
      std::sort( sizes.begin(), sizes.end(), std::greater<int64_t>() );
      for ( int64_t size : sizes )
        if ( summary.largestSizes.size() < kMaxClusterSizes && !publish.hides( static_cast<double>( size ) ) )
          summary.largestSizes.push_back( size );
      summary.parametersText =
        "DBSCAN, avstånd " + swedishInteger( static_cast<int64_t>( kClusterEpsMeters ) ) + " m, minst " +
        std::to_string( minPoints ) + " händelser" +
        ( spatialCount.complementary
            ? std::string()
            : ", " + publish.words( static_cast<int64_t>( spatial.size() ) ) + " händelser" );
      report.clusters = std::move( summary );
    }
    if ( !reportProgress( progress, 0.95 ) )
      return Error( MessageCode::Cancelled );

    // Actions: the follow-up of the action plan (the area's, when the report is limited to one).
    {
      const std::string areaCondition = onlyArea ? " AND a.area_id = ?" : "";
      Statement s = db.prepare( "SELECT s.label_sv, (SELECT count(*) FROM actions a WHERE a.status = s.code" +
                                areaCondition + ") FROM action_statuses s ORDER BY s.fid" );
      if ( onlyArea )
        s.bind( 1, onlyArea->fid );
      while ( s.step() )
        report.actionsByStatus.emplace_back( s.text( 0 ), static_cast<int>( s.int64( 1 ) ) );
      Statement overdue = db.prepare(
        "SELECT a.title, a.responsible_organisation, coalesce(s.label_sv, a.status), "
        "substr(a.deadline, 1, 10) FROM actions a LEFT JOIN action_statuses s ON s.code = a.status "
        "WHERE a.deadline IS NOT NULL AND substr(a.deadline, 1, 10) <= ? AND a.status NOT IN ('done', "
        "'rejected')" +
        areaCondition + " ORDER BY substr(a.deadline, 1, 10), a.fid" );
      overdue.bind( 1, period.untilDate );
      if ( onlyArea )
        overdue.bind( 2, onlyArea->fid );
      while ( overdue.step() )
      {
        ActionRow row;
        row.title = publish.isPublic() || overdue.isNull( 0 ) ? std::string() : overdue.text( 0 );
        row.responsible = overdue.isNull( 1 ) ? std::string() : overdue.text( 1 );
        row.status = overdue.text( 2 );
        row.deadline = overdue.isNull( 3 ) ? std::string() : overdue.text( 3 );
        report.overdueActions.push_back( std::move( row ) );
      }
    }

    // The priorities of periods overlapping the report's, with how far their actions have come.
    {
      const std::string areaCondition = onlyArea ? " AND p.area_id = ?" : "";
      Statement s = db.prepare(
        "SELECT p.period_label, coalesce(p.rank, 0), coalesce(CASE WHEN a.code IS NULL OR a.code = '' THEN "
        "a.name ELSE a.name || ' (' || a.code || ')' END, ''), p.problem, coalesce(p.goal, ''), "
        "(SELECT count(*) FROM actions x WHERE x.priority_id = p.fid), (SELECT count(*) FROM actions x WHERE "
        "x.priority_id = p.fid AND x.status = 'done') FROM priorities p LEFT JOIN areas a ON a.fid = "
        "p.area_id "
        "WHERE p.period_from <= ? AND p.period_until >= ?" +
        areaCondition + " ORDER BY p.period_from DESC, coalesce(p.rank, 99), p.fid" );
      s.bind( 1, period.untilDate ).bind( 2, period.fromDate );
      if ( onlyArea )
        s.bind( 3, onlyArea->fid );
      while ( s.step() )
      {
        PriorityRow row;
        row.periodLabel = s.text( 0 );
        row.rank = static_cast<int>( s.int64( 1 ) );
        row.area = s.text( 2 );
        row.problem = publish.isPublic() ? std::string() : screenedForReport( s.text( 3 ) );
        row.goal = publish.isPublic() ? std::string() : screenedForReport( s.text( 4 ) );
        row.actions = static_cast<int>( s.int64( 5 ) );
        row.actionsDone = static_cast<int>( s.int64( 6 ) );
        report.priorities.push_back( std::move( row ) );
      }
    }

    // Interventions whose period overlaps the report's, with the newest stored evaluation in words.
    {
      const std::string areaCondition = onlyArea ? " AND x.area_id = ?" : "";
      Statement s = db.prepare(
        "SELECT x.fid, x.title, x.kind, coalesce(CASE WHEN a.code IS NULL OR a.code = '' THEN a.name ELSE "
        "a.name || ' (' || a.code || ')' END, ''), x.start_date, coalesce(x.end_date, ''), "
        "coalesce(st.label_sv, x.status) FROM actions x LEFT JOIN areas a ON a.fid = x.area_id LEFT JOIN "
        "action_statuses st ON st.code = x.status WHERE x.kind != 'action' AND x.start_date IS NOT NULL AND "
        "x.start_date <= ? AND (x.end_date IS NULL OR x.end_date >= ?)" +
        areaCondition + " ORDER BY x.start_date, x.fid" );
      s.bind( 1, period.untilDate ).bind( 2, period.fromDate );
      if ( onlyArea )
        s.bind( 3, onlyArea->fid );
      while ( s.step() )
      {
        InterventionRow row;
        const int64_t fid = s.int64( 0 );
        row.title = publish.isPublic() ? std::string() : screenedForReport( s.text( 1 ) );
        row.kind = actionKindLabelSv( s.text( 2 ) );
        row.area = s.text( 3 );
        row.period = s.text( 4 ) + ( s.text( 5 ).empty() ? "–" : "–" + s.text( 5 ) );
        row.status = s.text( 6 );
        row.evaluation = "inte utvärderad";
        auto evaluations = storedEvaluations( project, fid );
        if ( evaluations.ok() && !evaluations->empty() && !evaluations->front().sentences.empty() )
        {
          const EvaluationResult &newest = evaluations->front();
          // The first sentence gives the counts themselves: in the public mode only when none is below k.
          const EvaluationCounts &n = newest.total.stats.counts;
          bool small = false;
          for ( const double count : { n.a, n.b, n.c, n.d, n.e.value_or( 0 ), n.f.value_or( 0 ) } )
            small = small || publish.hides( count );
          row.evaluation = "Mot " + newest.comparisonName + " (" + newest.settings.before.text() + " → " +
                           newest.settings.after.text() + "): " +
                           ( small ? "utvärderad, men antalen är för små för att redovisas (färre än " +
                                       std::to_string( publish.minCount() ) + " händelser)."
                                   : newest.sentences.front() );
        }
        report.interventions.push_back( std::move( row ) );
      }
    }

    // The citizen promise of the period's year and its activities.
    {
      const std::string year = period.untilDate.substr( 0, 4 );
      Statement promise =
        db.prepare( "SELECT fid, title FROM citizen_promises WHERE year = ? ORDER BY fid LIMIT 1" );
      promise.bind( 1, static_cast<int64_t>( std::stoll( year ) ) );
      if ( promise.step() )
      {
        report.promiseTitle = screenedForReport( promise.text( 1 ) );
        Statement s = db.prepare(
          "SELECT p.title, p.owner, p.planned_count, coalesce(p.planned_from, ''), coalesce(p.planned_until, "
          "''), "
          "p.status, (SELECT count(*) FROM promise_links l WHERE l.activity_id = p.fid), (SELECT count(*) "
          "FROM "
          "promise_links l LEFT JOIN safety_walks w ON w.fid = l.walk_id LEFT JOIN actions x ON x.fid = "
          "l.action_id WHERE l.activity_id = p.fid AND (w.status IN ('done', 'followed_up') OR x.status = "
          "'done')) FROM promise_activities p WHERE p.promise_id = ? ORDER BY coalesce(p.planned_from, ''), "
          "p.fid" );
        s.bind( 1, promise.int64( 0 ) );
        while ( s.step() )
        {
          PromiseActivityRow row;
          row.title = screenedForReport( s.text( 0 ) );
          const std::string owner = s.text( 1 );
          row.owner = owner == "police"         ? "Polisen"
                      : owner == "municipality" ? "Kommunen"
                                                : "Polisen och kommunen";
          std::string planned;
          if ( !s.isNull( 2 ) )
            planned = std::to_string( s.int64( 2 ) ) + " ggr";
          if ( !s.text( 3 ).empty() || !s.text( 4 ).empty() )
            planned += ( planned.empty() ? "" : ", " ) + s.text( 3 ) + "–" + s.text( 4 );
          row.planned = planned;
          const std::string status = s.text( 5 );
          row.status = status == "planned"       ? "planerad"
                       : status == "in_progress" ? "pågår"
                       : status == "done"        ? "genomförd"
                                                 : "inställd";
          row.linked = static_cast<int>( s.int64( 6 ) );
          row.linkedDone = static_cast<int>( s.int64( 7 ) );
          report.promiseActivities.push_back( std::move( row ) );
        }
      }
    }

    // Highlights: significant changes (only where both counts are shown), the top area, the hot spots.
    const std::string level = percentText( options.alpha );
    const auto changeHighlight = [&]( const std::string &what, const CountChange &change,
                                      const ReportCount &now, const ReportCount &earlier, const char *against,
                                      bool fdr )
    {
      if ( now.suppressed || earlier.suppressed || change.direction == ChangeDirection::Unchanged ||
           !( fdr ? change.significantFdr : change.significant ) )
        return;
      Highlight highlight;
      highlight.text = what + ( change.direction == ChangeDirection::Increase ? " ökade" : " minskade" ) +
                       " från " + swedishInteger( earlier.value ) + " till " + swedishInteger( now.value ) +
                       " jämfört med " + against + ".";
      highlight.test = pValueText( change.pValue ) + " (exakt Poisson-test), signifikant " +
                       ( fdr ? "efter FDR-korrektion (" + level + " %)" : "på " + level + " %-nivån" );
      report.highlights.push_back( std::move( highlight ) );
    };
    const auto rowHighlights = [&]( bool againstLastYear )
    {
      const char *against = againstLastYear ? "samma period förra året" : "föregående period";
      changeHighlight( "Antalet händelser", againstLastYear ? report.totalVsLastYear : report.totalVsPrevious,
                       report.total, againstLastYear ? report.totalLastYear : report.totalPrevious, against,
                       false );
      for ( const CategoryRow &group : report.groups )
      {
        // A group of one category says the same as its category's row.
        const bool sameAsCategory =
          std::count_if( report.categories.begin(), report.categories.end(),
                         [&]( const CategoryRow &c ) { return c.groupCode == group.code; } ) == 1 &&
          std::any_of( report.categories.begin(), report.categories.end(),
                       [&]( const CategoryRow &c )
                       {
                         return c.groupCode == group.code && c.now.value == group.now.value &&
                                c.previous.value == group.previous.value &&
                                c.lastYear.value == group.lastYear.value;
                       } );
        if ( !sameAsCategory )
          changeHighlight( group.label + " (hela gruppen)",
                           againstLastYear ? group.vsLastYear : group.vsPrevious, group.now,
                           againstLastYear ? group.lastYear : group.previous, against, true );
      }
      for ( const CategoryRow &row : report.categories )
        changeHighlight( row.label, againstLastYear ? row.vsLastYear : row.vsPrevious, row.now,
                         againstLastYear ? row.lastYear : row.previous, against, true );
    };
    rowHighlights( false );
    if ( !lastYearIsPrevious )
      rowHighlights( true );
    if ( !report.areas.empty() && !report.total.suppressed )
    {
      const AreaRow &top = report.areas.front();
      if ( !top.now.suppressed && top.now.value > 0 &&
           ( report.areas.size() == 1 || report.areas[1].now.suppressed ||
             report.areas[1].now.value < top.now.value ) )
      {
        Highlight highlight;
        highlight.text =
          "Flest händelser var i " + top.label + ": " + swedishInteger( top.now.value ) + " av " +
          swedishInteger( report.total.value ) + " (" +
          std::to_string( static_cast<int64_t>( std::llround(
            100.0 * static_cast<double>( top.now.value ) / static_cast<double>( report.total.value ) ) ) ) +
          " %).";
        highlight.test = "Rangordning efter antal händelser under perioden (inget statistiskt test).";
        report.highlights.push_back( std::move( highlight ) );
      }
    }
    if ( report.hotSpots && report.hotSpots->hot99 + report.hotSpots->hot95 > 0 )
    {
      Highlight highlight;
      const int hotCells = report.hotSpots->hot99 + report.hotSpots->hot95;
      highlight.text = report.hotSpots->hotAreas.empty()
                         ? std::to_string( hotCells ) +
                             ( hotCells == 1 ? " ruta är en statistiskt signifikant hot spot"
                                             : " rutor är statistiskt signifikanta hot spots" ) +
                             " (95 % eller mer)."
                         : "Statistiskt signifikanta hot spots (95 % eller mer) i " +
                             joinSwedish( report.hotSpots->hotAreas ) + ".";
      highlight.test = report.hotSpots->parametersText;
      report.highlights.push_back( std::move( highlight ) );
    }

    // The limits of the sources, in plain words.
    std::vector<std::string> &limits = report.limits;
    if ( onlyArea )
      limits.push_back( "Rapporten gäller bara området " + onlyArea->label() + "." );
    if ( !options.categories.empty() )
    {
      std::vector<std::string> labels;
      for ( const Category &category : categories )
        if ( chosen.count( category.code ) )
          labels.push_back( lowerFirst( category.labelSv ) );
      limits.push_back( "Rapporten omfattar bara " +
                        std::string( labels.size() == 1 ? "kategorin " : "kategorierna " ) +
                        joinSwedish( labels ) + "." );
    }
    else if ( !hiddenLabels.empty() )
      limits.push_back( "Dolda kategorier ingår inte: " + joinSwedish( hiddenLabels ) + "." );
    {
      std::vector<std::string> reported, silent, irregular;
      for ( const OrganisationRow &row : report.organisations )
      {
        const auto events = eventsOf.find( row.name );
        if ( events != eventsOf.end() && events->second > 0 )
        {
          reported.push_back( row.name );
          // Public: the names only (weeks beside a count tell counts per week).
          const auto weeks = weeksOf.find( row.name );
          const int reportedWeeks = weeks == weeksOf.end() ? 0 : static_cast<int>( weeks->second.size() );
          if ( reportedWeeks < row.weeksInPeriod )
            irregular.push_back( publish.isPublic()
                                   ? row.name
                                   : row.name + " (" + std::to_string( reportedWeeks ) + " av " +
                                       std::to_string( row.weeksInPeriod ) + " veckor)" );
        }
        else
          silent.push_back( row.name );
      }
      if ( !report.organisations.empty() )
        limits.push_back( "Händelser rapporterades av " + std::to_string( reported.size() ) + " av " +
                          std::to_string( report.organisations.size() ) + " organisationer" +
                          ( reported.empty() ? std::string( "." ) : ": " + joinSwedish( reported ) + "." ) );
      if ( !silent.empty() )
        limits.push_back( "Inga händelser under perioden från " + joinSwedish( silent ) +
                          "; det kan betyda att inget hände eller att de inte rapporterade." );
      if ( !irregular.empty() && weeksInPeriod > 1 )
        limits.push_back( "Rapporterade inte varje vecka: " + joinSwedish( irregular ) + "." );
      if ( withoutOrganisation > 0 )
        limits.push_back( publish.events( withoutOrganisationCount, withoutOrganisation ) +
                          " saknar uppgift om vilken organisation som rapporterade " +
                          ( publish.singular( withoutOrganisation ) ? "den." : "dem." ) );
    }
    {
      std::vector<std::string> used, unused;
      for ( const auto &[code, name] : kSources )
        ( perSource.count( code ) ? used : unused ).push_back( name );
      limits.push_back(
        "Underlaget kommer från " + joinSwedish( used ) + "." +
        ( unused.empty() ? std::string() : " Inga händelser från " + joinSwedish( unused ) + " ingår." ) );
    }
    if ( areas.empty() )
      limits.push_back( "Projektet har inga områden, så händelserna är inte fördelade på områden." );
    else if ( outsideAreas > 0 )
      limits.push_back( publish.events( outsideAreas ) +
                        " ligger utanför alla områden och räknas bara i totalen." );
    if ( impreciseNow.total() > 0 )
    {
      std::string kinds;
      if ( !publish.isPublic() )
      {
        // Which places, when the numbers may be shown: "(12 bara kommunen, 3 bara länet)".
        std::vector<std::string> parts;
        for ( const auto &[count, what] : { std::make_pair( impreciseNow.municipality, "bara kommunen" ),
                                            std::make_pair( impreciseNow.county, "bara länet" ),
                                            std::make_pair( impreciseNow.area, "bara ett område" ) } )
          if ( count > 0 )
            parts.push_back( swedishInteger( count ) + " " + what );
        if ( parts.size() > 1 )
          kinds = " (" + joinSwedish( parts ) + ")";
      }
      const bool one = publish.singular( impreciseNow.total() ) && !impreciseCount.complementary;
      const std::string only = impreciseNow.municipality == impreciseNow.total() ? "bara kommunen"
                               : impreciseNow.county == impreciseNow.total()     ? "bara länet"
                               : impreciseNow.area == impreciseNow.total()
                                 ? "bara ett område"
                                 : "bara kommunen, länet eller ett område";
      limits.push_back( publish.events( impreciseCount, impreciseNow.total() ) + " har " + only +
                        " som plats" + kinds + ": " + ( one ? "den räknas" : "de räknas" ) +
                        " i totalen, kategorierna och tiderna men inte per område eller i hot spot- och "
                        "klusteranalysen." );
    }
    if ( onlyArea )
    {
      // Those the area left out: where in the municipality they happened is not known.
      Selection inPeriod = selection;
      inPeriod.fromUtc = period.fromUtc;
      inPeriod.untilUtc = period.untilUtc;
      auto outOfArea = countImprecise( project, inPeriod );
      if ( !outOfArea )
        return Error{ outOfArea.error() };
      if ( outOfArea->total() > 0 )
        limits.push_back( publish.events( outOfArea->total() ) +
                          " under perioden har bara kommunen, länet "
                          "eller ett område som plats och kan inte räknas till området." );
    }
    limits.push_back( "En plats kan vara en exakt punkt, en adress eller en gata, så kartor och antal per "
                      "område kan slå fel på korta avstånd." );
    if ( report.hourWeekday.spreadEventCount > 0 || ( publish.isPublic() && matrix->spreadEventCount > 0 ) )
      limits.push_back( publish.events( static_cast<int64_t>( matrix->spreadEventCount ) ) +
                        ( publish.singular( static_cast<int64_t>( matrix->spreadEventCount ) )
                            ? " är känd bara som ett tidsintervall och är fördelad"
                            : " är kända bara som ett tidsintervall och är fördelade" ) +
                        " jämnt över intervallets timmar (aoristisk metod)." );
    if ( outsideExtent > 0 )
      limits.push_back( publish.events( outsideExtentCount, static_cast<int64_t>( outsideExtent ) ) +
                        " ligger långt utanför kommunen och är inte med i hot spot- och klusteranalysen." );
    if ( !hotSpotLimit.empty() )
      limits.push_back( hotSpotLimit );
    if ( publish.isPublic() )
    {
      std::string line = "Publiceringsläge: antal från 1 till " + std::to_string( k - 1 ) +
                         " visas inte, så att ingen uppgift bygger på färre än " + std::to_string( k ) +
                         " händelser. ";
      const int hidden = publish.suppressedCount();
      line += hidden == 0   ? std::string( "Inga antal behövde döljas" )
              : hidden == 1 ? std::string( "1 antal är dolt" )
                            : std::to_string( hidden ) + " antal är dolda";
      if ( publish.complementaryCount() > 0 )
        line += " (varav " + std::to_string( publish.complementaryCount() ) + " med minst " +
                std::to_string( k ) + ", dolda så att mindre antal inte kan räknas fram ur summorna)";
      if ( suppressedSlots > 0 )
        line += ", liksom " + std::to_string( suppressedSlots ) + " av veckans timmar";
      line += ". Inga fritexter och inga enskilda händelser visas.";
      limits.push_back( line );
    }
    reportProgress( progress, 1 );
    return report;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectReadFailed, e.what() );
  }
}

std::string reportNote( ProjectFile &project, const ReportPeriod &period )
{
  try
  {
    return project.metaValue( kNoteKeyPrefix + period.code() );
  }
  catch ( const SqlError & )
  {
    return std::string();
  }
}

Status setReportNote( ProjectFile &project, const ReportPeriod &period, const std::string &text )
{
  // A note of only white space is no note.
  const bool blank = text.find_first_not_of( " \t\r\n" ) == std::string::npos;
  return project.storeMetaValue( kNoteKeyPrefix + period.code(), blank ? std::string() : text );
}

} // namespace tryggkarta

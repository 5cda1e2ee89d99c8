#pragma once
// The content of the lägesbild report for a period, gathered from the project in one pass for the app's and
// the command-line tool's PDF alike. Structured as lag 2023:196, 4 § asks: a mapping of crime, its extent and
// consequences, other relevant information, and an analysis; then the follow-up of actions. Words are
// Swedish, as the report is. Nothing here draws: app/print lays it out.

#include "expected.h"
#include "progress.h"
#include "reportperiod.h"
#include "temporal.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

struct ReportOptions
{
  bool publicMode = false;
  //! k: in the public mode every count below it (and above 0) is suppressed.
  int minCount = 5;
  std::vector<std::string> categories; //!< codes; empty = every category that is not hidden
  std::optional<std::string> area;     //!< an area's name, code or fid: only events inside it
  double alpha = 0.05;                 //!< significance level of the change tests (and the FDR)
  //! The time the data is read, YYYY-MM-DDTHH:MM:SSZ; empty = now. Fixed in tests.
  std::string extractedAtUtc;
};

//! A count as published: the number, or (public mode) suppressed: 0 < count < k, or a complement.
struct ReportCount
{
  int64_t value = 0;
  bool suppressed = false;
  //! Hidden (with suppressed = true and value 0) although ≥ k, so that a count below k cannot be worked out
  //! from a published total. Renderers print it as "x".
  bool complementary = false;
};

//! One category (or category group) against the previous period and the same period last year.
struct CategoryRow
{
  std::string code;
  std::string label;     //!< Swedish
  std::string groupCode; //!< for a category: its group; for a group row: empty
  std::string color;     //!< #rrggbb (a group: its first category's)
  ReportCount now;
  ReportCount previous;
  ReportCount lastYear;
  CountChange vsPrevious; //!< tested with the exact Poisson rate test; significantFdr over the table's rows
  CountChange vsLastYear;
};

//! One area, ranked.
struct AreaRow
{
  std::string label; //!< "Centrum (EST1)"
  std::string kind;  //!< est_area, district, custom
  ReportCount now;
  ReportCount previous;
  std::optional<double> perSquareKm; //!< events per km² now; none when suppressed or the area has no size
  CountChange vsPrevious;
};

//! How completely an organisation reported in the period: the weeks with at least one report.
struct OrganisationRow
{
  std::string name;
  ReportCount events;
  int weeksReported = 0;      //!< 0 in the public mode (weeks beside a count tell counts per week)
  int weeksInPeriod = 0;      //!< ISO weeks that overlap the period
  std::string lastReportDate; //!< YYYY-MM-DD of its latest event up to the period's end, Stockholm time; may
                              //!< be before the period
};

//! One week of the trend.
struct WeekRow
{
  std::string label; //!< "2026-W47"
  ReportCount count;
  bool inPeriod = false; //!< the week overlaps the report's period (the trend shows weeks before it too)
};

//! A safety walk held in the period and what it found.
struct WalkRow
{
  int64_t fid = 0;
  std::string name;           //!< empty in the public mode (free text)
  std::string date;           //!< YYYY-MM-DD
  std::string area;           //!< the area's label, may be empty
  std::string lightCondition; //!< Swedish: "dagsljus", "skymning", "mörker", or empty
  std::string status;         //!< Swedish
  int observations = 0;
  int unsafe = 0;   //!< observations not marked positive
  int positive = 0; //!< good places
  //! The checklist themes found most often, "belysning (4)", at most five.
  std::vector<std::string> topThemes;
};

//! Something that stands out, with the test behind it.
struct Highlight
{
  std::string text; //!< "Klotter ökade från 12 till 31 jämfört med föregående period."
  std::string test; //!< "p = 0,003 (exakt Poisson-test), signifikant efter FDR-korrektion (5 %)"
};

//! The hot-spot analysis of the period (Getis-Ord Gi* on a grid), when there are enough events.
struct HotSpotSummary
{
  double cellMeters = 0;
  double neighbourhoodMeters = 0;
  bool fdr = true;
  int hot99 = 0, hot95 = 0, hot90 = 0;
  int cold99 = 0, cold95 = 0, cold90 = 0;
  //! Areas holding hot cells (99 or 95 %), by the number of such cells.
  std::vector<std::string> hotAreas;
  std::string parametersText; //!< "Gi*, cell 200 m, grannskap 400 m, FDR 5 %, 214 händelser"
};

//! The clusters of the period (DBSCAN); not clustering.h's ClusterSummary, which describes one cluster.
struct ReportClusterSummary
{
  double epsMeters = 0;
  int minPoints = 0;
  int clusters = 0;
  int64_t clusteredEvents = 0;
  std::vector<int64_t> largestSizes; //!< at most five, largest first (public: only those ≥ k)
  std::string parametersText;
};

//! An action as the follow-up lists it.
struct ActionRow
{
  std::string title; //!< empty in the public mode
  std::string responsible;
  std::string status;   //!< Swedish
  std::string deadline; //!< YYYY-MM-DD or empty
};

//! A priority (prioriterat problem) of a period overlapping the report's, as the follow-up lists it.
struct PriorityRow
{
  std::string periodLabel;
  int rank = 0; //!< 0: unranked
  std::string area;
  std::string problem; //!< empty in the public mode
  std::string goal;    //!< empty in the public mode
  int actions = 0;
  int actionsDone = 0;
};

//! An intervention (insats) whose period overlaps the report's, with its latest stored evaluation.
struct InterventionRow
{
  std::string title; //!< empty in the public mode
  std::string kind;  //!< Swedish: "belysning", "polispatrullering", …
  std::string area;
  std::string period; //!< "2026-09-01–2026-11-30"
  std::string status; //!< Swedish
  //! The latest evaluation in words (what the stored result says), or "inte utvärderad".
  std::string evaluation;
};

//! An activity of the year's citizen promise (medborgarlöfte).
struct PromiseActivityRow
{
  std::string title;
  std::string owner;   //!< "Polisen", "Kommunen", "Polisen och kommunen"
  std::string planned; //!< "4 ggr, 2026-03-01–2026-11-30" or the dates
  std::string status;  //!< Swedish: planerad, pågår, genomförd, inställd
  int linkedDone = 0;  //!< walks done and actions done that carry it out
  int linked = 0;
};

struct LagesbildReport
{
  ReportPeriod period;
  ReportPeriod previous;
  ReportPeriod lastYear;
  ReportOptions options;
  std::string organisation; //!< tryggkarta_meta "organisation"; may be empty
  std::string extractedAtUtc;
  std::string projectName; //!< the file name without extension
  bool syntheticData = false;
  std::string areaLabel; //!< the area the report is limited to, empty for all

  ReportCount total;
  ReportCount totalPrevious;
  ReportCount totalLastYear;
  CountChange totalVsPrevious;
  CountChange totalVsLastYear;

  std::vector<CategoryRow> groups;     //!< category groups, in the project's order
  std::vector<CategoryRow> categories; //!< categories with events in any of the three periods, by group
  //! Events per weekday (1 … 7) and hour (aoristic); in the public mode slots below k, and enough others that
  //! none below k can be worked out from the total (suppressShares), are set to 0 and marked.
  HourWeekdayMatrix hourWeekday;
  std::array<bool, 168> hourWeekdaySuppressed{};
  std::vector<WeekRow> weeks; //!< at least 12 weeks ending with the period's last week
  std::vector<AreaRow> areas; //!< ranked, most events first
  int64_t eventsOutsideAreas = 0;
  std::vector<OrganisationRow> organisations;
  std::vector<std::pair<std::string, ReportCount>> sources; //!< source code → events in the period
  std::vector<WalkRow> walks;
  int observations = 0;
  std::vector<std::string> notes; //!< the coordinator's notes for the period (none in the public mode)
  std::vector<Highlight> highlights;
  std::optional<HotSpotSummary> hotSpots; //!< none when too few events or in the public mode (why in limits)
  std::optional<ReportClusterSummary> clusters;
  std::vector<std::pair<std::string, int>> actionsByStatus; //!< Swedish status → number
  std::vector<ActionRow> overdueActions;
  std::vector<PriorityRow> priorities;        //!< periods overlapping the report's, by period then rank
  std::vector<InterventionRow> interventions; //!< periods overlapping the report's
  std::string promiseTitle;                   //!< the citizen promise of the period's year; empty: none
  std::vector<PromiseActivityRow> promiseActivities;
  //! Plain words on the sources and their limits: which organisations reported, what is left out, how many
  //! events lack a usable place, how many counts are suppressed.
  std::vector<std::string> limits;
};

/**
 * Reads everything the report needs for the period (and the previous period and the same period last year for
 * the comparisons) and runs the period's hot spots and clusters. Fails when the project cannot be read, when
 * the area does not exist, or when the period holds no events (MessageCode::ReportNoEvents), so no empty
 * report is written. The callback reports progress and may cancel (MessageCode::Cancelled).
 *
 * Public mode: every count 0 < n < k is suppressed and, in each table whose rows add up to a published figure
 * (categories within a group, groups, sources, organisations with the events of none, weeks wholly within a
 * compared period, hour × weekday slots; each period's column on its own), enough further counts are hidden
 * as complements (ReportCount::complementary) that no hidden count below k can be worked out by subtraction
 * (suppressCounts in publicmode.h). Areas may overlap and are not so protected. A row with a hidden count
 * has no published change, and no highlight is made of it.
 */
Expected<LagesbildReport> gatherLagesbild( ProjectFile &project, const ReportPeriod &period,
                                           const ReportOptions &options,
                                           const ProgressCallback &progress = {} );

//! The coordinator's notes for a period (tryggkarta_meta "report_note:" + the period's code), one paragraph
//! per line; empty when none.
std::string reportNote( ProjectFile &project, const ReportPeriod &period );
//! Stores (or, empty, removes) the note for a period in one transaction.
Status setReportNote( ProjectFile &project, const ReportPeriod &period, const std::string &text );

} // namespace tryggkarta

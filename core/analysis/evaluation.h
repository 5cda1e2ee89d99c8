#pragma once
// Evaluating an intervention (EST's follow-up): the events in the target area, a comparison area and an
// optional buffer ring around the target, before and after, per category group and in total, with the
// statistics of evaluationstats.h and the weekly counts for a chart. Settings come from the caller or from an
// intervention (an actions row with a kind other than 'action'); a result can be stored in the project
// (table evaluations) and read back. Geometry through GDAL/OGR (GEOS).
//
// Which events count: incidents (not safety-walk observations), by the categories asked for (codes or group
// codes; none = all), each at the midpoint of its time (an event known only as an interval counts once, in
// the period its midpoint falls in), inside the area by the even-odd rule. Periods are whole local days
// (Europe/Stockholm), both ends included; the before and after periods must not overlap, and the after
// period must not start before the before period. A gap between them is allowed (e.g. a start-up month left
// out). The buffer is the ring between the target's outline and the outline grown by buffer_m metres.

#include "evaluationstats.h"
#include "expected.h"
#include "progress.h"
#include "selection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

//! A period of whole local days, both ends included, as YYYY-MM-DD.
struct DatePeriod
{
  std::string from;
  std::string until;

  //! "2026-01-01..2026-03-31".
  std::string text() const { return from + ".." + until; }
  //! The number of days, both ends included (0 when a date is not valid).
  int days() const;
  bool operator==( const DatePeriod &o ) const { return from == o.from && until == o.until; }
};

/**
 * "FROM..UNTIL" (dates as YYYY-MM-DD) as a period; which ("before", "after") names it in the messages. A
 * period that ends before it starts is refused.
 */
Expected<DatePeriod> parseDatePeriod( const std::string &text, const std::string &which );

//! The largest buffer ring, metres.
constexpr double kMaximumEvaluationBufferMeters = 5000;

struct EvaluationSettings
{
  std::optional<int64_t> interventionId; //!< the actions row evaluated, if any
  int64_t targetAreaId = 0;
  int64_t comparisonAreaId = 0;
  std::optional<double> bufferMeters; //!< a ring of this width around the target
  DatePeriod before;
  DatePeriod after;
  std::vector<std::string> categories; //!< category or group codes as given; empty = all
  std::string name;                    //!< empty: made from the areas and periods when stored
};

//! An intervention as the evaluation needs it.
struct InterventionInfo
{
  int64_t fid = 0;
  std::string title;
  std::string kind; //!< patrols, lighting, …
  std::optional<int64_t> areaId;
  std::string startDate;
  std::string endDate;
};

//! The intervention (an actions row with a kind other than 'action'), or why not.
Expected<InterventionInfo> loadIntervention( ProjectFile &project, int64_t actionId );

/**
 * The settings of an intervention's evaluation: target = its area, after = its start..end, before = the
 * same number of days just before the start. What the caller gives in given (a target area, periods,
 * comparison, buffer, categories; zero/empty fields are taken from the intervention) wins. Refused for an
 * ordinary action, and for an intervention without area or period when given does not supply them.
 */
Expected<EvaluationSettings> settingsFromIntervention( ProjectFile &project, int64_t actionId,
                                                       const EvaluationSettings &given = {} );

//! One row of the result: a category group or the total.
struct EvaluationGroup
{
  std::string code;                    //!< the group's code; empty for the total
  std::string label;                   //!< the group's Swedish label; "Totalt" for the total
  std::vector<std::string> categories; //!< the category codes counted in it
  EvaluationStatistics stats;
};

//! Events per ISO week (Monday to Sunday, local time) in each area over the before period's first week to
//! the after period's last.
struct EvaluationWeeks
{
  std::vector<std::string> weekStarts; //!< the Monday of each week, YYYY-MM-DD
  std::vector<std::string> labels;     //!< "2026-W05"
  std::vector<double> target;
  std::vector<double> comparison;
  std::vector<double> buffer; //!< empty without a buffer
};

struct EvaluationResult
{
  EvaluationSettings settings; //!< categories resolved to what was asked (as given)
  std::string targetName;      //!< the areas' labels, "Centrum (EST1)"
  std::string comparisonName;
  std::string interventionTitle; //!< empty without an intervention
  std::string interventionKind;
  //! The groups that have a category in the selection and an event in an area and period, in display order.
  std::vector<EvaluationGroup> groups;
  EvaluationGroup total;
  EvaluationWeeks weeks;
  //! Events in the categories and periods whose place is not a point (only the municipality, ...): in no
  //! area, so left out of the counts; said in the last sentence.
  ImpreciseCounts imprecise;
  std::vector<std::string> sentences; //!< the total's sentences in Swedish (evaluationSentencesSv), then the
                                      //!< events left out for their place
  std::string createdAt;              //!< when stored (read back only)
  int64_t fid = 0;                    //!< the evaluations row (read back only, or after storing)

  //! The name it is stored under: the given name, else "Centrum mot Väster, 2026-01-01..2026-03-31 →
  //! 2026-04-01..2026-06-30".
  std::string displayName() const;
  //! The result as one JSON object (the counts and statistics per group, the weeks, the sentences).
  std::string toJson() const;
};

/**
 * Checks the settings (areas exist and do not overlap, the buffer neither overlaps the comparison area nor is
 * out of range, periods are valid and in order, categories known) without counting anything.
 */
Status checkEvaluationSettings( ProjectFile &project, const EvaluationSettings &settings );

//! Counts the events and computes the statistics; nothing is stored. The callback may cancel.
Expected<EvaluationResult> evaluateIntervention( ProjectFile &project, const EvaluationSettings &settings,
                                                 const ProgressCallback &progress = {} );

//! A candidate comparison area with how it compares with the target in the before period.
struct ComparisonSuggestion
{
  int64_t areaId = 0;
  std::string name;        //!< the area's label
  double targetBefore = 0; //!< the target's events in the before period
  double count = 0;        //!< this area's events in the before period
  double targetTrend = 0;  //!< ln( (second half + 0.5) / (first half + 0.5) ) of the before period, target
  double trend = 0;        //!< the same for this area
  double score = 0; //!< |ln( (count + 0.5) / (targetBefore + 0.5) )| + |trend − targetTrend|; lower is closer
};

/**
 * The project's other areas that do not overlap the target (nor its buffer, when there is one), ranked by how
 * like the target they are in the before period: level (events) and trend (the second half against the
 * first), closest first. Refused when no area qualifies.
 */
Expected<std::vector<ComparisonSuggestion>> suggestComparisonAreas( ProjectFile &project,
                                                                    const EvaluationSettings &settings );

//! Stores the result in table evaluations in one transaction with an audit_log row; returns its fid.
Expected<int64_t> storeEvaluation( ProjectFile &project, const EvaluationResult &result,
                                   const std::string &actor = {} );

//! The stored evaluations (of one intervention, or all), newest first, with their statistics recomputed from
//! the stored counts.
Expected<std::vector<EvaluationResult>> storedEvaluations( ProjectFile &project,
                                                           std::optional<int64_t> actionId = std::nullopt );
//! One stored evaluation.
Expected<EvaluationResult> loadEvaluation( ProjectFile &project, int64_t evaluationId );

} // namespace tryggkarta

#pragma once
// Which points an analysis works on: the layer (incidents, safety-walk observations or both), period,
// categories, sources, organisations, checklist items, walks, weekdays, hours and an area. Stored with each
// result, so any map can be reproduced.

#include "expected.h"
#include "kerneldensity.h"
#include "placeprecision.h"
#include "recordedits.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

//! How an event known only as an interval ("between Friday evening and Monday morning") is placed in time.
enum class IntervalRule
{
  Overlap, //!< it counts for a period, weekday or hour when any part of the interval falls in it
  Midpoint //!< it counts where its midpoint falls
};

/**
 * Which points an analysis takes. Observations enter as the problems a safety walk found: an observation
 * counts when it is not a draft (from a photo, not yet confirmed) and is marked negative (positive = false),
 * or has no positive/negative mark but a rating (a rating below 3 says something was wrong). Its weight is
 * 3 − rating (0 = very unsafe weighs 3, 2 weighs 1); one without a rating weighs 1. One rated 3 ("good")
 * weighs 0 and is left out altogether: it adds nothing to a density or a Gi* count, and DBSCAN would count it
 * as a point of a cluster of problems. Positive places never enter the hot-spot analyses.
 */
enum class SelectionLayer
{
  Incidents,    //!< the incidents (the default)
  Observations, //!< the negative safety-walk observations, weighted 3 − rating
  Both          //!< the incidents and the negative observations together
};

//! "incidents", "observations", "both".
const char *selectionLayerName( SelectionLayer layer );
//! The layer of a name (as selectionLayerName gives it), if any.
std::optional<SelectionLayer> selectionLayerNamed( const std::string &name );

//! The weight an observation takes in the analyses for its rating (0–3, none): 3 − rating, 1 without one.
double observationWeight( std::optional<int> rating );

//! How observations are weighted, in words: "3 − rating".
constexpr const char *kObservationWeightRule = "3 − rating";

struct Selection
{
  SelectionLayer layer = SelectionLayer::Incidents;
  std::optional<int64_t> fromUtc;      //!< Unix seconds; events ending before are left out
  std::optional<int64_t> untilUtc;     //!< Unix seconds, exclusive; events starting at or after are left out
  std::vector<std::string> categories; //!< codes; empty = all
  std::vector<std::string> sources;    //!< est, police, safety_walk, manual; empty = all
  std::vector<std::string> organisations; //!< empty = all
  std::vector<int> weekdays;              //!< 1 = Monday … 7 = Sunday, Stockholm local time; empty = all
  std::vector<int> hours;                 //!< 0 … 23, Stockholm local time; empty = all
  //! An area's name, code or fid; only events inside it. An incident whose place is not a point (an area, a
  //! municipality or a county: see placeprecision.h) is never inside an area: where in the municipality it
  //! happened is not known.
  std::optional<std::string> area;
  IntervalRule intervalRule = IntervalRule::Overlap;
  //! Observations only: checklist item codes ("belysning"); empty = all. Ignored for incidents.
  std::vector<std::string> checklistItems;
  //! Observations only: the safety walks (fid) they were made on; empty = all. Ignored for incidents.
  std::vector<int64_t> walkIds;

  // Categories, sources and organisations filter incidents only; checklist items and walks observations
  // only. The period, weekdays, hours and area filter both (an observation's time is its observed_at, else
  // its walk's date as that whole day).

  bool includesIncidents() const { return layer != SelectionLayer::Observations; }
  bool includesObservations() const { return layer != SelectionLayer::Incidents; }

  /**
   * A readable description, e.g. "2024-01-01 – 2024-12-31; categories: klotter, glaskross", or with
   * observations "2024-01-01 – 2024-12-31; layer: observations from safety walks, weighted 3 − rating (…)".
   */
  std::string describe() const;
  //! The selection as one JSON object (stored with results); the layer and its filters only when it is not
  //! the incidents, so an incident selection reads as it always did.
  std::string toJson() const;
  //! Whether any of weekdays/hours is set.
  bool hasTimeOfWeekFilter() const { return !weekdays.empty() || !hours.empty(); }
  //! Whether a period, weekdays or hours narrow it in time.
  bool hasTimeFilter() const { return fromUtc || untilUtc || hasTimeOfWeekFilter(); }
};

//! A selection read back from its JSON (Selection::toJson); unknown members are ignored.
Expected<Selection> selectionFromJson( const std::string &json );

//! What the points of a selection are, in words for counts: "incidents", "observations", "incidents and
//! observations".
std::string selectionPointsNoun( const Selection &selection );

/**
 * One selected point, an incident or a safety-walk observation, in the project CRS (metres) and UTC seconds.
 * A fid is only unique within its table: compare id() (table and fid), never the fid alone, when a list may
 * hold both.
 */
struct SelectedIncident
{
  RecordTable table = RecordTable::Incidents; //!< which table fid belongs to
  int64_t fid = 0;
  double x = 0;
  double y = 0;
  double weight = 1;
  int64_t fromUtc = 0;
  int64_t untilUtc = 0; //!< equals fromUtc for an instant
  //! False for an observation with neither observed_at nor a walk date: it is left out of every selection
  //! narrowed in time (fromUtc and untilUtc are then 0).
  bool timeKnown = true;
  std::string category;          //!< incidents: the category code; empty for observations
  std::string organisation;      //!< empty when unknown
  std::string source;            //!< est, police, safety_walk, manual (safety_walk for every observation)
  std::string checklistItem;     //!< observations: the checklist item code, empty when none
  std::optional<int64_t> walkId; //!< observations: the safety walk (fid)
  //! How precise the place is; observations are exact. Only a point (placesPoint) is drawn or analysed as
  //! one.
  PlacePrecision precision = PlacePrecision::Exact;
  //! Whether the place is a point: exact, an address or a street.
  bool placesPoint() const { return tryggkarta::placesPoint( precision ); }
  //! The midpoint of the interval (the instant itself for an instant).
  int64_t midpointUtc() const { return fromUtc + ( untilUtc - fromUtc ) / 2; }
  bool isObservation() const { return table == RecordTable::Observations; }
  //! The record: its table and fid.
  RecordId id() const { return RecordId{ table, fid }; }
};

/**
 * The selected points of the selection's layer: the incidents in fid order, then the observations in fid
 * order. Unknown category or checklist item codes and unknown walks are refused.
 */
Expected<std::vector<SelectedIncident>> selectIncidents( ProjectFile &project, const Selection &selection );

/**
 * The incidents with these fids (those that still exist and have a point and a time), in fid order, with no
 * selection applied: for updating incidents already in memory after an edit.
 */
Expected<std::vector<SelectedIncident>> readIncidents( ProjectFile &project,
                                                       const std::vector<int64_t> &fids );

/**
 * The observations with these fids that take part in analyses (not drafts, not positive, weight above 0;
 * see SelectionLayer), in fid order, with no other selection applied: for updating observations already in
 * memory after an edit (one that became positive or a draft is not returned).
 */
Expected<std::vector<SelectedIncident>> readObservations( ProjectFile &project,
                                                          const std::vector<int64_t> &fids );

//! Whether a point's layer and the filters of its own kind let it in: for an incident the layer,
//! categories, sources and organisations; for an observation the layer, checklist items and walks. Time
//! and place are not checked.
bool matchesKindFilters( const SelectedIncident &point, const Selection &selection );

struct ProjectArea;

/**
 * Applies a selection to incidents already in memory (e.g. all of a project's incidents, read once), with the
 * same rules as selectIncidents: for a live filter that must not go back to the file on every change. area
 * must be the selection's area when it names one (resolve it with findArea); category codes are not checked.
 */
Expected<std::vector<SelectedIncident>> filterIncidents( const std::vector<SelectedIncident> &incidents,
                                                         const Selection &selection,
                                                         const ProjectArea *area );

struct ProjectExtent;

//! Takes the incidents outside the extent out of the list (the others keep their order) and returns them.
std::vector<SelectedIncident> takeOutside( std::vector<SelectedIncident> &incidents,
                                           const ProjectExtent &extent );

//! A warning for the incidents among outside left out of an analysis: how many, why, and the first few by fid
//! and coordinates; nothing when no incident is outside (observations are describeOutsideObservations').
std::optional<Message> describeOutside( const std::vector<SelectedIncident> &outside,
                                        const ProjectExtent &extent );
//! The same for the observations among outside, named "observation FID" so they are not taken for incidents.
std::optional<Message> describeOutsideObservations( const std::vector<SelectedIncident> &outside,
                                                    const ProjectExtent &extent );

//! How many selected incidents were left out of something that places points because their place is not a
//! point.
struct ImpreciseCounts
{
  int64_t area = 0;         //!< only an area
  int64_t municipality = 0; //!< only the municipality
  int64_t county = 0;       //!< only the county
  int64_t total() const { return area + municipality + county; }
  //! Counts one more of a precision (nothing for one that places a point).
  void add( PlacePrecision precision );
  ImpreciseCounts &operator+=( const ImpreciseCounts &other );
  bool operator==( const ImpreciseCounts &other ) const
  {
    return area == other.area && municipality == other.municipality && county == other.county;
  }
};

//! Takes the incidents whose place is not a point out of the list (the others keep their order) and counts
//! them.
ImpreciseCounts takeImprecise( std::vector<SelectedIncident> &incidents );

/**
 * The incidents of the selection whose place is not a point, counted, whatever the selection's area (none of
 * them is inside an area: they are what an area's selection leaves out). Read through the index of such rows,
 * so it costs little when there are few.
 */
Expected<ImpreciseCounts> countImprecise( ProjectFile &project, const Selection &selection );

//! Why incidents were left out: one warning per precision with a count (ImpreciseLeftOutMunicipality,
//! …County, …Area, in that order); nothing when none were.
std::vector<Message> describeImprecise( const ImpreciseCounts &counts );

//! The selected points (incidents and/or observations, weighted) in the project CRS.
Expected<std::vector<WeightedPoint>> selectIncidentPoints( ProjectFile &project, const Selection &selection );

//! The ISO weekday (1 = Monday … 7 = Sunday) and hour (0 … 23) of a UTC instant in Stockholm local time.
void stockholmWeekdayHour( int64_t utcSeconds, int &weekday, int &hour );

//! Whether an interval [fromUtc, untilUtc] touches any local hour slot allowed by weekdays and hours (empty
//! lists allow all). An instant is the interval with from == until.
bool touchesTimeOfWeek( int64_t fromUtc, int64_t untilUtc, const std::vector<int> &weekdays,
                        const std::vector<int> &hours );

} // namespace tryggkarta

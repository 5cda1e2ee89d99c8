#pragma once
// Which incidents an analysis works on: period, categories, sources, organisations, weekdays, hours and an
// area. Stored with each result, so any map can be reproduced.

#include "expected.h"
#include "kerneldensity.h"

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

struct Selection
{
  std::optional<int64_t> fromUtc;      //!< Unix seconds; events ending before are left out
  std::optional<int64_t> untilUtc;     //!< Unix seconds, exclusive; events starting at or after are left out
  std::vector<std::string> categories; //!< codes; empty = all
  std::vector<std::string> sources;    //!< est, police, safety_walk, manual; empty = all
  std::vector<std::string> organisations; //!< empty = all
  std::vector<int> weekdays;              //!< 1 = Monday … 7 = Sunday, Stockholm local time; empty = all
  std::vector<int> hours;                 //!< 0 … 23, Stockholm local time; empty = all
  std::optional<std::string> area;        //!< an area's name, code or fid; only events inside it
  IntervalRule intervalRule = IntervalRule::Overlap;

  //! A readable description, e.g. "2024-01-01 – 2024-12-31; categories: klotter, glaskross".
  std::string describe() const;
  //! The selection as one JSON object (stored with results).
  std::string toJson() const;
  //! Whether any of weekdays/hours is set.
  bool hasTimeOfWeekFilter() const { return !weekdays.empty() || !hours.empty(); }
};

//! One selected incident, in the project CRS (metres) and UTC seconds.
struct SelectedIncident
{
  int64_t fid = 0;
  double x = 0;
  double y = 0;
  double weight = 1;
  int64_t fromUtc = 0;
  int64_t untilUtc = 0; //!< equals fromUtc for an instant
  std::string category;
  std::string organisation; //!< empty when unknown
  std::string source;       //!< est, police, safety_walk, manual
  //! The midpoint of the interval (the instant itself for an instant).
  int64_t midpointUtc() const { return fromUtc + ( untilUtc - fromUtc ) / 2; }
};

//! The selected incidents, in fid order.
Expected<std::vector<SelectedIncident>> selectIncidents( ProjectFile &project, const Selection &selection );

/**
 * The incidents with these fids (those that still exist and have a point and a time), in fid order, with no
 * selection applied: for updating incidents already in memory after an edit.
 */
Expected<std::vector<SelectedIncident>> readIncidents( ProjectFile &project,
                                                       const std::vector<int64_t> &fids );

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

//! A warning for incidents left out of an analysis: how many, why, and the first few by fid and coordinates;
//! nothing when none is outside.
std::optional<Message> describeOutside( const std::vector<SelectedIncident> &outside,
                                        const ProjectExtent &extent );

//! The selected incidents as weighted points in the project CRS.
Expected<std::vector<WeightedPoint>> selectIncidentPoints( ProjectFile &project, const Selection &selection );

//! The ISO weekday (1 = Monday … 7 = Sunday) and hour (0 … 23) of a UTC instant in Stockholm local time.
void stockholmWeekdayHour( int64_t utcSeconds, int &weekday, int &hour );

//! Whether an interval [fromUtc, untilUtc] touches any local hour slot allowed by weekdays and hours (empty
//! lists allow all). An instant is the interval with from == until.
bool touchesTimeOfWeek( int64_t fromUtc, int64_t untilUtc, const std::vector<int> &weekdays,
                        const std::vector<int> &hours );

} // namespace tryggkarta

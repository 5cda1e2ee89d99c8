#pragma once
// A suggested safety-walk route: an ordered walk through the top places of an area, chosen from the lägesbild
// (where incidents gather, statistical hot spots, reported insecure places and negative observations from
// earlier walks, each with its reason), within a length limit and a number of stops, along the street layer
// when the project has one, else in straight legs. Deterministic: the same project and options give the same
// route.

#include "expected.h"
#include "walkstore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

//! A place worth a stop, with why.
struct RouteCandidate
{
  double x = 0;
  double y = 0;
  double score = 0;
  std::string name;   //!< a nearby named place (a point of interest or street) when one is known
  std::string reason; //!< e.g. "12 händelser senaste 6 mån: klotter, glaskross; het punkt 99 %"
};

struct SuggestOptions
{
  std::string area;                //!< an area's name, code or fid (required)
  double maxLength = 2500;         //!< metres
  int stops = 8;                   //!< at most this many
  std::optional<WalkPoint> start;  //!< start here (and end here when loop)
  bool loop = false;               //!< end where it started
  int months = 6;                  //!< the lägesbild's period: this many months before `untilUtc`
  std::optional<int64_t> untilUtc; //!< end of the period (exclusive); empty: the latest incident's time
  std::string streetTable;         //!< empty: the project's street layer, if any (map_roads or the setting)
  bool useStreets = true;
};

struct SuggestedRoute
{
  std::vector<WalkStop> stops;  //!< numbered 1 … n in walking order, with names and reasons
  std::vector<WalkPoint> route; //!< the line walked
  double length = 0;            //!< metres along the route
  bool alongStreets = false;
  std::string startName;                  //!< where it starts (a bus stop or square, or "vald startpunkt")
  std::vector<RouteCandidate> candidates; //!< every place considered, best first
  std::vector<Message> notes;             //!< e.g. "only 6 of 8 stops fit within 2.5 km"
  int64_t periodFrom = 0;
  int64_t periodUntil = 0;
};

//! The candidates for an area, best first.
Expected<std::vector<RouteCandidate>> routeCandidates( ProjectFile &project, const SuggestOptions &options );

//! Suggests a route; an error when the area is unknown or has no data, or when no two places fit the limit.
Expected<SuggestedRoute> suggestRoute( ProjectFile &project, const SuggestOptions &options );

/**
 * A route through the given points in order, along the street layer when there is one (each leg the shortest
 * path between the points' nearest places on the streets), else straight. For a route drawn by clicking.
 */
Expected<std::vector<WalkPoint>> routeThrough( ProjectFile &project, const std::vector<WalkPoint> &points,
                                               const std::string &streetTable = {} );

//! The project's street layer: the setting `street_layer` in tryggkarta_meta, else map_roads when it exists.
std::string projectStreetTable( ProjectFile &project );

} // namespace tryggkarta

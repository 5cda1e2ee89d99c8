#pragma once
// Where on a walk a photo, a phone's waypoint or an observation belongs: the nearest of the walk's numbered
// stops within a tolerance, or a new stop appended after the last one when none is that near. Photos and
// waypoints become draft observations at the stop they snap to (drafts stay out of analyses until the
// coordinator confirms them).

#include "expected.h"
#include "walkstore.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
struct EditOptions;

//! How far from a stop a photo or waypoint still belongs to it, unless the user says otherwise.
constexpr double kDefaultSnapToleranceMeters = 50;
//! The largest tolerance accepted: beyond it, places a street apart would count as one stop.
constexpr double kMaxSnapToleranceMeters = 1000;

//! Checks a snapping tolerance: more than 0 and at most kMaxSnapToleranceMeters.
Status checkSnapTolerance( double toleranceMeters );

/**
 * The index of the stop nearest to (x, y) within toleranceMeters (project CRS, metres), or nothing. A tie
 * goes to the stop with the lower number, so the answer does not depend on the order of the list.
 */
std::optional<size_t> nearestStop( const std::vector<WalkStop> &stops, double x, double y,
                                   double toleranceMeters );

//! The stop a position was snapped to.
struct StopSnap
{
  int64_t stopId = 0;
  int stopNumber = 0;
  double distanceMeters = 0; //!< from the position to the stop
  bool added = false;        //!< a new stop made for this position
};

/**
 * Snaps positions to one walk's stops, adding a stop where none is near: "Nytt stopp N" (N its number) with
 * the given reason, at the position itself. A stop it adds is written through WalkStore::setStops, so inside
 * the caller's transaction it is one step of it and goes or stays with the rest; later positions snap to it.
 */
class StopSnapper
{
public:
  StopSnapper( Database &db, int64_t walkId, double toleranceMeters, WalkWriteOptions options );

  int64_t walkId() const { return mWalkId; }
  //! The stop for a position; reasonForNew is what a new stop says about why it is there.
  Expected<StopSnap> snap( double x, double y, const std::string &reasonForNew );

private:
  Database &mDb;
  int64_t mWalkId;
  double mTolerance;
  WalkWriteOptions mOptions;
  std::optional<std::vector<WalkStop>> mStops; //!< read at the first snap
};

//! Why a stop was added (stored in walk_stops.reason, in Swedish like the rest of the walk's text).
extern const char *const kStopAddedFromPhoto;
extern const char *const kStopAddedFromWaypoint;

//! A draft observation to add: where (project CRS), when, and its note.
struct DraftObservation
{
  double x = 0;
  double y = 0;
  std::optional<int64_t> observedUtc;
  std::string note;
};

//! A draft observation as added, and its stop.
struct PlacedDraft
{
  int64_t observationId = 0;
  StopSnap stop;
  //! What was accepted but is worth a look: the observation lies far from the walk's route
  //! (WalkObservationFarFromRoute, see RecordEdits::warnings()).
  std::vector<Message> notes;
};

/**
 * Adds a draft observation on the snapper's walk at the stop its position snaps to (a new stop when none is
 * near), through RecordEdits (validated, its note screened for personal data, written to the audit log with
 * options.origin). Meant to run inside the caller's transaction, which decides whether it is kept.
 */
Expected<PlacedDraft> addDraftObservation( Database &db, StopSnapper &snapper, const DraftObservation &draft,
                                           const std::string &reasonForNewStop, const EditOptions &options );

} // namespace tryggkarta

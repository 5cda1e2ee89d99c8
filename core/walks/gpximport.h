#pragma once
// A phone's GPX file into a walk's record: its track as the walk's route (or a new walk), and its waypoints
// as draft observations at the walk's stops. Each import is one transaction.

#include "expected.h"
#include "stopsnapping.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;

struct RouteImportOptions
{
  //! The walk whose route the track becomes; without one, a new walk is made, named after the track (or the
  //! file), dated by the track's first time (Stockholm), "done" when the track has times, else "planned".
  std::optional<int64_t> walkId;
  std::string actor; //!< who imports, for the audit log
};

struct RouteImportReport
{
  int64_t walkId = 0;
  bool newWalk = false;
  std::string walkName;
  std::string date;                //!< the new walk's date, YYYY-MM-DD; empty when the track has no times
  size_t points = 0;               //!< of the stored route
  double lengthMeters = 0;         //!< of the stored route
  double replacedLengthMeters = 0; //!< of the route it replaced, 0 when the walk had none
};

//! Stores the GPX file's track (or route) as a walk's route, with route source "gpx" (see readGpx for what is
//! taken and what is refused).
Expected<RouteImportReport> importGpxRoute( Database &db, const std::string &path,
                                            const RouteImportOptions &options );

struct WaypointImportOptions
{
  int64_t walkId = 0;
  double snapToleranceMeters = kDefaultSnapToleranceMeters;
  //! Keep personal data found in names and descriptions as written (flagged either way).
  bool keepPersonalData = false;
  //! Import a file whose content was imported before.
  bool allowReimport = false;
  std::string actor; //!< who imports, for the audit log and the import batch
};

//! A waypoint made a draft observation.
struct ImportedWaypoint
{
  int number = 0; //!< in the file
  std::string name;
  int64_t observationId = 0;
  StopSnap stop;
  bool personalData = false;  //!< its text held personal data (replaced unless kept)
  std::vector<Message> notes; //!< accepted but worth a look: e.g. far from the walk's route
};

//! A waypoint not imported, and why.
struct RejectedWaypoint
{
  int number = 0;
  std::string name;
  Message reason;
};

struct WaypointImportReport
{
  std::string fileName;
  int64_t batchId = 0; //!< import_batches.fid
  std::vector<ImportedWaypoint> imported;
  std::vector<RejectedWaypoint> rejected;
  std::vector<int> newStops;     //!< numbers of the stops the import added
  std::vector<Message> warnings; //!< about the whole file (imported again as asked)
};

/**
 * Imports a GPX file's waypoints as draft observations on a walk: the name and description as the note
 * (screened for personal data), the time as the observation's time, snapped to the walk's stops like photos.
 * A waypoint outside Sweden is rejected with its number and reason (kept in import_rejects); the file's
 * content imported before is refused unless allowReimport.
 */
Expected<WaypointImportReport> importGpxWaypoints( Database &db, const std::string &path,
                                                   const WaypointImportOptions &options );

} // namespace tryggkarta

#pragma once
// Edits of single incidents and safety-walk observations, as a coordinator makes them on the map: insert,
// update (attributes and/or position), delete and restore. Each call is one transaction that validates like
// the importer, screens free text for personal data, keeps the created/updated times and writes the audit
// log; a call that fails leaves the file as it was.

#include "expected.h"
#include "message.h"

#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace tryggkarta
{

class Database;

enum class RecordTable
{
  Incidents,
  Observations
};

//! The table's name in the project file: "incidents" or "observations".
const char *recordTableName( RecordTable table );

//! Which record: its table and fid.
struct RecordId
{
  RecordTable table = RecordTable::Incidents;
  int64_t fid = 0;
  bool operator==( const RecordId &other ) const { return table == other.table && fid == other.fid; }
};

//! An incident as the form shows and edits it.
struct IncidentRecord
{
  double x = 0;                    //!< project CRS (SWEREF 99 TM: metres east)
  double y = 0;                    //!< project CRS (metres north)
  int64_t fromUtc = 0;             //!< Unix seconds: the instant, or the start of the interval
  std::optional<int64_t> untilUtc; //!< the end, for an event found afterwards
  std::string category;            //!< a category code of the project
  std::string organisation;        //!< reporting organisation; empty: unknown
  std::string placeType;           //!< a place type code; empty: none
  double weight = 1;               //!< count or severity, zero or more
  std::string description;
  //! Read only (readIncident): kinds of personal data found in the text ("personnummer,phone"), and the
  //! source.
  std::string screeningFlags;
  std::string source;
};

//! A safety-walk observation as the form shows and edits it.
struct ObservationRecord
{
  double x = 0; //!< project CRS
  double y = 0;
  std::optional<int64_t> walkId;      //!< the safety walk (fid)
  std::string checklistItem;          //!< a checklist item code; empty: none
  std::optional<int> rating;          //!< 0–3
  std::optional<bool> positive;       //!< a good place (true) or a problem (false)
  std::string note;                   //!< what was seen
  std::string proposedAction;         //!< what should be done
  std::optional<int64_t> observedUtc; //!< Unix seconds
  std::optional<int64_t> stopId;      //!< the walk's numbered stop (walk_stops.fid) it was made at
  bool draft = false;                 //!< made from a photo and not yet confirmed: left out of analyses
  std::string responsible;            //!< who should act on the proposed action (an organisation or role)
  std::string actionDeadline;         //!< YYYY-MM-DD; empty: none
  std::string lightCondition;         //!< daylight, dusk or dark (for walks walked both at dusk and dark)
  //! Read only (readObservation): kinds of personal data found in the free text.
  std::string screeningFlags;
};

//! The fields a multi-edit sets on several incidents; only those with a value change.
struct IncidentChanges
{
  std::optional<std::string> category;
  std::optional<std::string> organisation; //!< empty text clears it
  std::optional<std::string> placeType;    //!< empty text clears it
  std::optional<double> weight;
  bool empty() const { return !category && !organisation && !placeType && !weight; }
};

/**
 * How far (metres, project CRS) an observation may lie from its walk's route before an edit says so
 * (WalkObservationFarFromRoute; the edit is still made). Observations are of what is seen from the route: a
 * façade, a park behind a fence, a lamp across a square, usually within 50–100 m, and a phone's GPS between
 * buildings is often 20–50 m off. 150 m is past all that and still catches the usual mistakes: the wrong walk
 * chosen in the form, a click a block or more off, a photo taken on the way home.
 */
constexpr double kObservationRouteToleranceMeters = 150;

/**
 * The distance in metres (project CRS) from (x, y) in the observations' CRS to a walk's route
 * (safety_walks.geom); nothing when the walk does not exist, has no route, or its route is in another CRS.
 */
std::optional<double> distanceToWalkRoute( Database &db, int64_t walkId, double x, double y );

/**
 * The warning for an observation at (x, y) on a walk: WalkObservationFarFromRoute when it lies more than
 * kObservationRouteToleranceMeters from the walk's route; nothing when it is near, or has no walk or route.
 */
std::optional<Message> observationRouteWarning( Database &db, std::optional<int64_t> walkId, double x,
                                                double y );

//! Whether (x, y) in the table's CRS is a place in Sweden as edits accept it (inserts and moves check this).
bool isPositionInSweden( Database &db, RecordTable table, double x, double y );
//! Whether edits accept a record's time (Unix seconds): not before 1970 and at most a day ahead of now.
bool isTimeAccepted( int64_t utcSeconds );

//! A new position for a record, in the project CRS.
struct PointMove
{
  RecordId id;
  double x = 0;
  double y = 0;
};

struct EditOptions
{
  //! Keep personal data found in free text as written; by default it is replaced by placeholders. The row is
  //! flagged either way.
  bool keepPersonalData = false;
  //! Who edits, for the audit log.
  std::string actor;
  //! Where the change came from, for the audit log ("from photo IMG_0412.jpg"); empty: by hand.
  std::string origin;
};

//! A column's value as SQLite stores it.
using SqlValue = std::variant<std::monostate, int64_t, double, std::string, std::vector<unsigned char>>;

//! A stored row with all its columns: what delete hands back and restore puts back, byte for byte.
struct RecordSnapshot
{
  RecordId id;
  std::vector<std::string> columns;
  std::vector<SqlValue> values;
  bool operator==( const RecordSnapshot &other ) const
  {
    return id == other.id && columns == other.columns && values == other.values;
  }
  //! The point stored in the geom column, if it is one.
  std::optional<std::pair<double, double>> position() const;
};

/**
 * Single-record edits through an open connection to a project file (the app's session connection). Every
 * method is one transaction: on an error nothing was written and the message says what is wrong.
 */
class RecordEdits
{
public:
  explicit RecordEdits( Database &db );

  //! Adds an incident entered by hand (source "manual"); returns its fid.
  Expected<int64_t> insertIncident( const IncidentRecord &record, const EditOptions &options );
  //! Adds an observation entered by hand; returns its fid.
  Expected<int64_t> insertObservation( const ObservationRecord &record, const EditOptions &options );

  /**
   * Replaces an incident's attributes and position with the record's. Source, import batch, extra attributes
   * and creation time stay. A changed description is screened again; an unchanged one keeps its flags.
   */
  Status updateIncident( int64_t fid, const IncidentRecord &record, const EditOptions &options );
  Status updateObservation( int64_t fid, const ObservationRecord &record, const EditOptions &options );
  //! Sets the given fields on every listed incident (a multi-edit); the other fields stay.
  Status updateIncidents( const std::vector<int64_t> &fids, const IncidentChanges &changes,
                          const EditOptions &options );
  //! Moves records to new positions.
  Status move( const std::vector<PointMove> &moves, const EditOptions &options );

  //! Deletes records and returns them as they were, for restore().
  Expected<std::vector<RecordSnapshot>> remove( const std::vector<RecordId> &ids,
                                                const EditOptions &options );
  //! Puts deleted records back with their original fid and every value as it was.
  Status restore( const std::vector<RecordSnapshot> &snapshots, const EditOptions &options );
  //! Sets existing records back to a snapshot's values (undoing or redoing an update or a move).
  Status replace( const std::vector<RecordSnapshot> &snapshots, const EditOptions &options );

  //! The records as stored now.
  Expected<std::vector<RecordSnapshot>> snapshots( const std::vector<RecordId> &ids );
  Expected<IncidentRecord> readIncident( int64_t fid );
  Expected<ObservationRecord> readObservation( int64_t fid );

  /**
   * What the last insertObservation, updateObservation or move accepted but wants said: an observation
   * placed far from its walk's route (WalkObservationFarFromRoute; updateObservation only when the place or
   * the walk changed). Empty after any other call, and after a call that failed.
   */
  const std::vector<Message> &warnings() const { return mWarnings; }

private:
  Database &mDb;
  std::vector<Message> mWarnings;
};

} // namespace tryggkarta

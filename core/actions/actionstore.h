#pragma once
// Priorities (prioriterade problem) and actions (åtgärder) in the project file: EST's prioritise → act →
// follow up. An action is linked to a priority, an observation, an incident (cluster) or an area; it has a
// responsible organisation and a contact role (never a person's name), a status with its history, and an
// intervention (insats) is an action with a kind, an area and a period. Every write is one transaction with
// the audit log; free text is screened for personal data.

#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tryggkarta
{

class Database;

//! Action statuses as stored, in their order: proposed (föreslagen), decided (beslutad), in_progress (pågår),
//! done (klar), rejected (avslagen).
const std::vector<std::string> &actionStatusCodes();
//! Action kinds as stored: "action" (an ordinary action) and the interventions: patrols, guards, lighting,
//! cleaning, pruning, youth_workers, cameras, other_intervention.
const std::vector<std::string> &actionKinds();
//! The Swedish label of a kind: "åtgärd", "polispatrullering", "ordningsvakter/väktare", "belysning", …
std::string actionKindLabelSv( const std::string &kind );
//! True for every kind but "action".
bool isInterventionKind( const std::string &kind );
//! The Swedish label of a status: "föreslagen", "beslutad", "pågår", "klar", "avslagen" (the code itself for
//! an unknown one).
std::string actionStatusLabelSv( const std::string &status );
//! The status code of a code or its Swedish label ("klar", "Done", "in-progress"); nothing for an unknown
//! one.
std::optional<std::string> actionStatusFromText( const std::string &text );
//! Today in Stockholm, YYYY-MM-DD: what "today" means for deadlines and effective dates.
std::string todayInStockholm();

//! A point in the project CRS (metres).
struct ActionPoint
{
  double x = 0;
  double y = 0;
};

//! The numbers that made a place a priority, as label and value ("Händelser T3 2026", "48"; "Förändring mot
//! T2", "+41 %"; "Rang bland områdena", "1 av 10").
struct PriorityFigure
{
  std::string label;
  std::string value;
  bool operator==( const PriorityFigure &o ) const { return label == o.label && value == o.value; }
};

//! A prioritised problem for a period (the quarter's or tertial's "top three" is a list of these).
struct Priority
{
  int64_t fid = 0;                //!< 0 for one not yet stored
  std::string periodLabel;        //!< e.g. "T3 2026", "Q4 2026"
  std::string periodFrom;         //!< YYYY-MM-DD
  std::string periodUntil;        //!< YYYY-MM-DD (inclusive)
  std::optional<int> rank;        //!< 1 = first of the period's priorities
  std::string placeKind = "area"; //!< area, cells (grid cells) or cluster
  std::optional<int64_t> areaId;  //!< for placeKind area (and as the area a cell set or cluster lies in)
  std::string placeRef;           //!< cells: the cell ids; cluster: "analysis result name#cluster id"
  //! The place's outline for cells and clusters (outer rings in the project CRS); for an area its outline is
  //! the area's and this stays empty.
  std::vector<std::vector<ActionPoint>> polygons;
  std::string problem;                 //!< the problem in words (required)
  std::vector<std::string> categories; //!< category codes it rests on
  std::vector<PriorityFigure> figures; //!< the numbers that made it a priority
  std::string causeAnalysis;
  std::string goal;
  std::string status = "active"; //!< active or closed
  // Read only:
  std::string areaName;
  int actionCount = 0; //!< actions linked to it
  std::string createdAt;
  std::string updatedAt;
};

//! An action or, with a kind other than "action", an intervention.
struct Action
{
  int64_t fid = 0;   //!< 0 for one not yet stored
  std::string title; //!< what (required)
  std::string description;
  std::string kind = "action";
  std::optional<int64_t> priorityId;
  std::optional<int64_t> observationId;
  std::optional<int64_t> incidentId;
  std::optional<int64_t> areaId;
  std::string clusterRef;      //!< "analysis result name#cluster id" for an action on an incident cluster
  std::string responsible;     //!< responsible organisation
  std::string contactRole;     //!< e.g. "områdespolis", "fastighetschef": a role, never a person's name
  std::optional<int> priority; //!< 1 (high) … 3 (low)
  std::string deadline;        //!< YYYY-MM-DD or empty
  std::optional<double> costSek;
  std::string status = "proposed";
  std::string decidedDate;     //!< YYYY-MM-DD or empty
  std::string doneDate;        //!< YYYY-MM-DD or empty
  std::string rejectionReason; //!< required for rejected
  std::string note;            //!< internal; left out of public exports
  std::string startDate;       //!< an intervention's period, YYYY-MM-DD or empty
  std::string endDate;
  std::optional<ActionPoint> point; //!< an explicit place (e.g. the centre of a selection on the map)
  // Read only:
  std::string areaName;
  std::string priorityProblem;
  //! Where the action is drawn: the explicit point, else the observation's, the incident's, the area's or the
  //! priority's place (a point inside the polygon); empty when it has none.
  std::optional<ActionPoint> place;
  std::string createdAt;
  std::string updatedAt;

  //! Past its deadline (before today, YYYY-MM-DD) and neither done nor rejected.
  bool overdue( const std::string &today ) const;
};

//! One status change, as the history lists it.
struct ActionStatusChange
{
  int64_t fid = 0;
  std::string fromStatus; //!< empty for the first entry
  std::string toStatus;
  std::string effectiveDate; //!< YYYY-MM-DD: when it was decided, started, done, rejected
  std::string changedAt;     //!< UTC ISO: when it was recorded
  std::string actor;
  std::string note;
};

//! What a status change says beyond the new status.
struct StatusChangeDetails
{
  std::string effectiveDate;   //!< YYYY-MM-DD; empty: today
  std::string note;            //!< required to mark done an action never decided
  std::string rejectionReason; //!< required for rejected
};

//! Which actions a list shows; empty fields do not filter.
struct ActionFilter
{
  std::vector<std::string> statuses;
  std::vector<std::string> organisations;
  std::optional<int> priority;
  std::optional<int64_t> areaId;
  std::optional<int64_t> priorityId;
  std::optional<bool> interventions; //!< true: only interventions; false: only ordinary actions
  bool overdueOnly = false;
  std::string today; //!< YYYY-MM-DD for overdueOnly; empty: today in Stockholm
};

//! What the coordinator looks at every Monday: loose ends of the action plan.
struct Traceability
{
  std::vector<Priority> prioritiesWithoutActions; //!< active priorities nothing acts on
  std::vector<Action> actionsWithoutOrigin;       //!< neither a priority nor an observation
  std::vector<Action> overdue;                    //!< past the deadline, not done or rejected
};

struct ActionWriteOptions
{
  std::string actor;  //!< who, for the audit log and the status history
  std::string origin; //!< how, for the audit log ("from observation 12"); empty: "by hand"
};

/**
 * The priorities and actions of a project, through an open connection. Every method that writes is one
 * transaction (a savepoint inside a caller's) and leaves the file as it was when it fails.
 *
 * Status rules (checked on create, update and changeStatus; nothing is stored when one fails): rejected needs
 * a reason; done without ever having been decided needs a note; a deadline before the decision date is
 * refused, and so is a done date before it (ActionDoneBeforeDecided; any other status's date before it:
 * ActionDateBeforeDecision); an intervention's end before its start is refused. Every status change is
 * written to the history and the audit log with its time.
 */
class ActionStore
{
public:
  explicit ActionStore( Database &db );

  //! Stores a new action (fid ignored); its first history entry is its status. Returns the fid.
  Expected<int64_t> create( const Action &action, const ActionWriteOptions &options = {} );
  /**
   * Replaces the stored action's attributes with these (undo writes the earlier copy back this way). A
   * changed status is checked and written to the history like changeStatus, with details' note.
   */
  Status update( const Action &action, const ActionWriteOptions &options = {},
                 const StatusChangeDetails &details = {} );
  //! Changes the status of one or several actions in one transaction (all or none).
  Status changeStatus( const std::vector<int64_t> &actionIds, const std::string &toStatus,
                       const StatusChangeDetails &details, const ActionWriteOptions &options = {} );
  //! Deletes the action with its history (the audit log keeps that it was deleted).
  Status remove( int64_t actionId, const ActionWriteOptions &options = {} );

  Expected<Action> load( int64_t actionId );
  //! The actions the filter lets through, by deadline (none last), then fid.
  Expected<std::vector<Action>> list( const ActionFilter &filter = {} );
  //! The action's status changes, oldest first.
  Expected<std::vector<ActionStatusChange>> history( int64_t actionId );
  //! The responsible organisations in use (actions' and the project's organisations), sorted.
  Expected<std::vector<std::string>> organisations();

  Expected<int64_t> createPriority( const Priority &priority, const ActionWriteOptions &options = {} );
  Status updatePriority( const Priority &priority, const ActionWriteOptions &options = {} );
  //! Deletes the priority; its actions stay, without a priority.
  Status removePriority( int64_t priorityId, const ActionWriteOptions &options = {} );
  Expected<Priority> loadPriority( int64_t priorityId );
  //! The priorities of a period (periodLabel), or all when empty: newest period first, then rank.
  Expected<std::vector<Priority>> priorities( const std::string &periodLabel = {} );
  /**
   * The numbers that would make an area a priority for a period: its events in the period (by the
   * categories, all when empty), against the previous period of the same length and the same period a year
   * before, with the change, and its rank among the project's areas.
   */
  Expected<std::vector<PriorityFigure>> priorityFigures( int64_t areaId, const std::string &periodFrom,
                                                         const std::string &periodUntil,
                                                         const std::vector<std::string> &categories = {} );

  //! The loose ends as of today (YYYY-MM-DD; empty: today in Stockholm).
  Expected<Traceability> traceability( const std::string &today = {} );

private:
  Database &mDb;
};

/**
 * Checks a status change from one status to another with its details (the rules above), without storing
 * anything; decidedDate is the action's decision date if it has one.
 */
Status checkStatusChange( const std::string &fromStatus, const std::string &toStatus,
                          const StatusChangeDetails &details, const std::string &decidedDate = {} );

} // namespace tryggkarta

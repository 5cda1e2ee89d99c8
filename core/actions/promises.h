#pragma once
// The year's citizen promise (medborgarlöfte): a public commitment signed by the police area chief and the
// municipal board chair (their roles, never their names), listing concrete activities (joint safety walks,
// information meetings, patrols, …) built on the shared lägesbild. PromiseStore keeps the promises, their
// activities and what carries the activities out (safety walks and actions); buildPromiseFollowUps gathers
// the yearly follow-up: per activity what was promised, what was done, and the lägesbild of the place it
// named, this year against the year before; with a public variant in plain Swedish (no internal notes, no
// count below the project's k). Every write is one transaction with the audit log; free text is screened.

#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
class ProjectFile;

//! Activity kinds as stored: safety_walk, information_meeting, patrol, dialogue, environment, other.
const std::vector<std::string> &promiseActivityKinds();
//! Activity statuses as stored: planned, in_progress, done, cancelled.
const std::vector<std::string> &promiseActivityStatuses();
//! Owners as stored: police, municipality, both.
const std::vector<std::string> &promiseActivityOwners();
//! "trygghetsvandring", "informationsmöte", "patrullering", "dialogmöte", "åtgärd i miljön", "aktivitet".
std::string promiseKindLabelSv( const std::string &kind );
//! "planerad", "pågår", "genomförd", "inställd".
std::string promiseStatusLabelSv( const std::string &status );
//! "polisen", "kommunen", "polisen och kommunen".
std::string promiseOwnerLabelSv( const std::string &owner );

//! One year's promise.
struct CitizenPromise
{
  int64_t fid = 0; //!< 0 for one not yet stored
  int year = 0;    //!< 2000 … 2100
  std::string title;
  std::string signedDate;           //!< YYYY-MM-DD or empty
  std::string signedByPolice;       //!< a role ("lokalpolisområdeschef"), never a name
  std::string signedByMunicipality; //!< a role ("kommunstyrelsens ordförande"), never a name
  std::string summary;
  std::string lagesbildBasis; //!< what in the lägesbild it builds on
  // Read only:
  std::string createdAt;
  std::string updatedAt;
};

//! One promised activity.
struct PromiseActivity
{
  int64_t fid = 0;       //!< 0 for one not yet stored
  int64_t promiseId = 0; //!< required
  std::string title;     //!< required
  std::string description;
  std::string kind = "other";
  std::string owner = "both";
  std::optional<int> plannedCount; //!< how many times (1 … 1000); none: once, not counted
  std::string plannedFrom;         //!< YYYY-MM-DD or empty
  std::string plannedUntil;        //!< YYYY-MM-DD or empty; not before plannedFrom
  std::string doneDate;            //!< YYYY-MM-DD: only (and always) with status done
  std::string status = "planned";
  std::optional<int64_t> areaId; //!< the place it named, as one of the project's areas
  std::string placeName;         //!< the place in words, when it is not (only) an area
  std::string note;              //!< internal; never in the public variant
  // Read only:
  std::string areaName;
};

//! A safety walk or an action (interventions are actions) that carries an activity out.
struct PromiseLink
{
  int64_t fid = 0;
  int64_t activityId = 0;
  std::optional<int64_t> walkId;
  std::optional<int64_t> actionId;
  std::string note;
  // Read only:
  std::string title;  //!< the walk's name or the action's title
  std::string date;   //!< the walk's date, or the action's done date (else its start date)
  std::string status; //!< as stored (walk or action status)
  std::string kind;   //!< "walk", or the action's kind ("action", "patrols", …)
};

struct PromiseWriteOptions
{
  std::string actor;  //!< who, for the audit log
  std::string origin; //!< how, for the audit log; empty: "by hand"
  std::string today;  //!< YYYY-MM-DD: a done date after it is refused; empty: today in Stockholm
};

/**
 * The citizen promises of a project through an open connection. Every write is one transaction (a savepoint
 * inside a caller's) with a row in the audit log; when it fails nothing is stored. Refused: a year outside
 * 2000 … 2100, an empty title, dates that are not YYYY-MM-DD, a signatory that looks like a person's name, a
 * second promise of the same year and title, an unknown kind, owner, status, area, walk or action, a planned
 * count below 1, a plannedUntil before plannedFrom, a done date without status done, status done without a
 * done date or with one after today, a link made twice. Free text is screened for personal data and redacted.
 */
class PromiseStore
{
public:
  explicit PromiseStore( Database &db );

  Expected<int64_t> create( const CitizenPromise &promise, const PromiseWriteOptions &options = {} );
  Status update( const CitizenPromise &promise, const PromiseWriteOptions &options = {} );
  //! Deletes the promise with its activities and their links (the walks and actions stay).
  Status remove( int64_t promiseId, const PromiseWriteOptions &options = {} );
  Expected<CitizenPromise> load( int64_t promiseId );
  //! Every promise, newest year first, then title; year limits them to one year when given.
  Expected<std::vector<CitizenPromise>> list( std::optional<int> year = std::nullopt );

  Expected<int64_t> addActivity( const PromiseActivity &activity, const PromiseWriteOptions &options = {} );
  Status updateActivity( const PromiseActivity &activity, const PromiseWriteOptions &options = {} );
  //! Deletes the activity and its links.
  Status removeActivity( int64_t activityId, const PromiseWriteOptions &options = {} );
  Expected<PromiseActivity> loadActivity( int64_t activityId );
  //! The promise's activities in the order they were added.
  Expected<std::vector<PromiseActivity>> activities( int64_t promiseId );
  //! Sets the status (and the done date, required for done, cleared otherwise).
  Status setActivityStatus( int64_t activityId, const std::string &status, const std::string &doneDate = {},
                            const PromiseWriteOptions &options = {} );

  Expected<int64_t> linkWalk( int64_t activityId, int64_t walkId, const std::string &note = {},
                              const PromiseWriteOptions &options = {} );
  Expected<int64_t> linkAction( int64_t activityId, int64_t actionId, const std::string &note = {},
                                const PromiseWriteOptions &options = {} );
  Status unlinkWalk( int64_t activityId, int64_t walkId, const PromiseWriteOptions &options = {} );
  Status unlinkAction( int64_t activityId, int64_t actionId, const PromiseWriteOptions &options = {} );
  //! The activity's links, walks first (by date), then actions (by fid).
  Expected<std::vector<PromiseLink>> links( int64_t activityId );

private:
  Database &mDb;
};

//! A count as the follow-up publishes it: in the public variant 0 < value < k is suppressed (value 0), and
//! so are complements where a published total would give a hidden count away.
struct FollowUpCount
{
  int64_t value = 0;
  bool suppressed = false;
  //! Hidden (with suppressed) although at least k, so that a count below k cannot be worked out from the
  //! published total: printed as "dolt" ("x" in tables), never as "fewer than k".
  bool complementary = false;
};

//! One category group's events in the place, this year and the year before.
struct FollowUpGroupRow
{
  std::string code;
  std::string label; //!< Swedish
  FollowUpCount thisYear;
  FollowUpCount lastYear;
};

//! The lägesbild of the place an activity named: events in its area over the promise year (up to today while
//! the year runs) against the same dates the year before, by category group.
struct FollowUpPlaceFigures
{
  int64_t areaId = 0;
  std::string areaName;
  std::string fromDate, untilDate;                 //!< this year's dates (inclusive)
  std::string lastYearFromDate, lastYearUntilDate; //!< the same dates a year before
  FollowUpCount total;
  FollowUpCount totalLastYear;
  std::vector<FollowUpGroupRow> groups; //!< groups with an event in either year, in the project's order
};

//! One walk or action as the follow-up lists it.
struct FollowUpItem
{
  int64_t fid = 0;
  bool isWalk = true;
  std::string title;    //!< empty in the public variant
  std::string date;     //!< YYYY-MM-DD or empty
  std::string status;   //!< as stored
  std::string statusSv; //!< Swedish
  std::string kindSv;   //!< "trygghetsvandring", or the action's kind in Swedish
  bool done = false;    //!< a walk done or followed up; an action done
};

struct ActivityFollowUp
{
  PromiseActivity activity; //!< note and description empty in the public variant
  std::vector<FollowUpItem> items;
  int promised = 1; //!< planned count (1 when none)
  int done = 0;     //!< linked walks and actions done; without links, the activity's own status
  std::vector<std::string> doneDates; //!< YYYY-MM-DD of what was done, oldest first
  std::string countText;              //!< "2 av 4 trygghetsvandringar genomförda"
  std::string plainText;              //!< "Vi lovade fyra trygghetsvandringar i Centrum. Vi genomförde …"
  std::optional<FollowUpPlaceFigures> figures;
};

struct PromiseFollowUp
{
  CitizenPromise promise; //!< lagesbildBasis kept; nothing internal is stored on a promise
  std::vector<ActivityFollowUp> activities;
  int activitiesDone = 0, activitiesInProgress = 0, activitiesPlanned = 0, activitiesCancelled = 0;
};

struct FollowUpOptions
{
  bool publicMode = false;
  int minCount = 5;  //!< k for the public variant
  std::string today; //!< YYYY-MM-DD; empty: today in Stockholm
};

/**
 * The yearly follow-up of every promise of a year. Fails when there is none (PromiseNoneForYear). The place
 * figures count incidents by their midpoint (each counted once) inside the activity's area.
 */
Expected<std::vector<PromiseFollowUp>> buildPromiseFollowUps( ProjectFile &project, int year,
                                                              const FollowUpOptions &options = {} );

//! The follow-up as plain text (what tryggkarta-cli promises prints), Swedish.
std::string promiseFollowUpText( const std::vector<PromiseFollowUp> &followUps, bool publicMode,
                                 int minCount );

//! A number in Swedish words up to twelve ("fyra"; "en"/"ett" by neuter), digits above.
std::string swedishCountWord( int64_t n, bool neuter = false );

} // namespace tryggkarta

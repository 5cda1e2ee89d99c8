#pragma once
// What the walkers carry and see at each stop: the incidents around it over a period, by category, and what
// earlier walks recorded there with the actions taken; and the walk kit's content (route, stops, contexts and
// the project's checklist), which the app prints through QGIS layouts.

#include "expected.h"
#include "selection.h"
#include "vocabulary.h"
#include "walkstore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
class ProjectFile;

//! An action as a stop's context or the protocol mentions it.
struct ActionBrief
{
  int64_t fid = 0;
  std::string title;
  std::string status;   //!< proposed, decided, in_progress, done, rejected
  std::string statusSv; //!< föreslagen, beslutad, pågår, klar, avslagen
  std::string responsible;
  std::string deadline;        //!< YYYY-MM-DD or empty
  std::string doneDate;        //!< YYYY-MM-DD or empty
  std::string rejectionReason; //!< for avslagen
  std::string updatedAt;       //!< UTC ISO
};

//! The walk's and its stops' texts screened again for personal data (the tables can be edited outside the
//! app, e.g. in QGIS Desktop): what the kit and the protocol print.
void screenForPrint( Walk &walk, std::vector<WalkStop> &stops );

//! The Swedish label of an action status: föreslagen, beslutad, pågår, klar, avslagen.
std::string actionStatusSv( const std::string &status );
//! The actions made from an observation, oldest first (texts screened).
std::vector<ActionBrief> actionsOfObservation( Database &db, int64_t observationFid );
//! The end (or time) of the latest incident, UTC seconds; 0 without incidents.
int64_t latestIncidentEnd( Database &db );

//! Something an earlier walk recorded near a stop.
struct EarlierObservation
{
  int64_t observationFid = 0;
  int64_t walkId = 0;
  std::string walkName;
  std::string walkDate;
  std::string checklistItem;      //!< code
  std::string checklistItemLabel; //!< Swedish label
  std::optional<int> rating;
  bool positive = false;
  std::string note; //!< redacted if it held personal data
  double distance = 0;
  std::vector<ActionBrief> actions;
};

//! A stop's surroundings.
struct StopContext
{
  int64_t stopFid = 0;
  int stopNumber = 0;
  double radius = 100;
  int incidentCount = 0; //!< incidents within the radius whose place is a point
  //! Incidents of the period whose place is not a point and so not counted here (the stop may lie near the
  //! centroid they sit on): the same for every stop.
  ImpreciseCounts imprecise;
  //! Per category (Swedish label, count), most first; ties by label.
  std::vector<std::pair<std::string, int>> categories;
  std::vector<EarlierObservation> earlier; //!< nearest first
};

struct ContextOptions
{
  double radius = 100;             //!< metres
  std::optional<int64_t> fromUtc;  //!< the incidents' period; empty: the last `months` before untilUtc
  std::optional<int64_t> untilUtc; //!< exclusive; empty: now
  int months = 6;
  std::optional<int64_t> excludeWalk; //!< the walk itself, whose own observations are not "earlier"
};

//! The context of each stop, in the stops' order.
Expected<std::vector<StopContext>> stopContexts( ProjectFile &project, const std::vector<WalkStop> &stops,
                                                 const ContextOptions &options = {} );

//! The period a context counts incidents over: [from, until) in UTC seconds.
std::pair<int64_t, int64_t> contextPeriod( const ContextOptions &options );

//! Everything the walk kit prints.
struct WalkKit
{
  Walk walk;
  std::vector<WalkStop> stops;
  std::vector<StopContext> contexts;      //!< one per stop
  std::vector<VocabularyEntry> checklist; //!< the project's checklist items in order (overall feeling last)
  int64_t periodFrom = 0;                 //!< the contexts' period (UTC seconds)
  int64_t periodUntil = 0;
  std::string periodText;   //!< e.g. "2025-06-01 – 2025-11-30"
  std::string organisation; //!< the project's organisation, if set
  //! Incidents of the period not counted at any stop because their place is not a point.
  ImpreciseCounts imprecise;
  //! Why (ImpreciseLeftOut…): for the kit's first page.
  std::vector<Message> notes;
};

//! The kit's content for a walk; the checklist is the project's `checklist_items`.
Expected<WalkKit> buildWalkKit( ProjectFile &project, int64_t walkId, const ContextOptions &options = {} );

} // namespace tryggkarta

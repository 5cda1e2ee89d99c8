#pragma once
// The protocol after a walk: who took part (counts per organisation, never names), each stop with its
// ratings, notes, photos and proposed actions, a summary (what was found most often, the stops rated worst),
// for a repeat walk the ratings then and now with what was done in between; and, across walks, which
// checklist items go with the overall feeling. Free text is screened before it is printed.

#include "expected.h"
#include "walkcontext.h"
#include "walkstore.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
class ProjectFile;

//! One rated checklist item (an observation) at a stop.
struct StopRating
{
  int64_t observationFid = 0;
  std::string checklistItem;      //!< code; may be empty
  std::string checklistItemLabel; //!< Swedish label
  std::optional<int> rating;      //!< 0–3
  std::optional<bool> positive;
  std::string note;           //!< screened (personal data redacted)
  std::string proposedAction; //!< screened
  std::string responsible;
  std::string deadline;             //!< YYYY-MM-DD or empty
  std::string light;                //!< daylight, dusk, dark or empty
  bool draft = false;               //!< from a photo, not yet confirmed
  std::vector<int64_t> photos;      //!< walk_photos fids
  std::vector<ActionBrief> actions; //!< actions made from this observation
};

//! A checklist item's rating at a stop on the earlier walk and now, and what was done in between.
struct RatingThenNow
{
  std::string checklistItem;
  std::string checklistItemLabel;
  std::optional<int> then;
  std::optional<int> now;
  std::vector<ActionBrief> actionsBetween; //!< actions on the earlier walk's observations at this stop
};

struct ProtocolStop
{
  WalkStop stop;
  std::vector<StopRating> ratings;
  std::optional<double> meanRating; //!< of the rated items; empty when none is rated
  //! For a repeat walk: the earlier walk's stop matched to this one (same number, else the nearest within
  //! 75 m) and the comparison item by item.
  std::optional<WalkStop> earlierStop;
  std::vector<RatingThenNow> thenNow;
};

//! How often a checklist item was found a problem (negative observations), for the summary.
struct ItemCount
{
  std::string checklistItem;
  std::string label;
  int count = 0;
};

//! A checklist item's rank correlation with the overall feeling across walks.
struct FeelingCorrelation
{
  std::string checklistItem;
  std::string label;
  double rho = 0; //!< Spearman's rank correlation (ties get average ranks)
  int pairs = 0;  //!< stops (walk, stop) with both ratings
  int walks = 0;  //!< distinct walks they come from
};

struct WalkProtocol
{
  Walk walk;
  std::vector<ProtocolStop> stops;
  std::vector<StopRating> unplaced; //!< observations of the walk at no stop
  std::vector<ItemCount> mostOften; //!< negative findings per item, most first
  std::vector<int> worstStops; //!< stop numbers by mean rating, worst first (rated stops only, at most 3)
  std::optional<Walk> earlier; //!< the walk this one repeats
  int participantsTotal = 0;   //!< sum over organisations, else the walk's own total
  std::vector<FeelingCorrelation> correlations; //!< across all walks of the project
  std::vector<VocabularyEntry> checklist;
  int photoCount = 0;
  std::string organisation; //!< the project's organisation, if set
};

//! The protocol's content for a walk.
Expected<WalkProtocol> buildProtocol( ProjectFile &project, int64_t walkId );

/**
 * Spearman's rank correlation of two equally long series (ties get the average of their ranks); nothing when
 * fewer than 3 pairs or when either series is constant.
 */
std::optional<double> spearman( const std::vector<double> &x, const std::vector<double> &y );

/**
 * For each checklist item other than the overall feeling ("helhetsintryck"): its rank correlation with the
 * overall feeling across the project's walks, over the (walk, stop) pairs where both were rated (the mean
 * when an item was rated more than once at a stop). Items with fewer than 3 pairs are left out. Strongest
 * negative association first is not meaningful here: sorted by rho, highest first (the item that most goes
 * with feeling safe is what to act on first).
 */
Expected<std::vector<FeelingCorrelation>> feelingCorrelations( Database &db );

/**
 * Makes a real action (status föreslagen) from an observation's proposed action: title the proposed action,
 * responsible and deadline from the observation, area the walk's area, linked to the observation (action →
 * observation → stop → walk). Refused when the observation proposes nothing or already has an action.
 */
Expected<int64_t> createActionFromObservation( Database &db, int64_t observationFid,
                                               const std::string &actor = {} );

//! The photo's bytes and thumbnail, for the protocol and identify.
struct WalkPhoto
{
  int64_t fid = 0;
  std::string fileName;
  std::string takenAt;
  std::vector<unsigned char> data;
  std::vector<unsigned char> thumbnail;
  int width = 0;
  int height = 0;
};
//! The fids of the photos that show an observation, in the order they were stored.
Expected<std::vector<int64_t>> photosOfObservation( Database &db, int64_t observationFid );
//! Reads one stored photo; with thumbnailOnly the full image is not read.
Expected<WalkPhoto> readWalkPhoto( Database &db, int64_t photoFid, bool thumbnailOnly = false );

} // namespace tryggkarta

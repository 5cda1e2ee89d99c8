#pragma once
// Safety walks (trygghetsvandringar) in the project file: the walk's plan, its route, its numbered stops and
// the organisations invited and taking part (counts, never names). Every write is one transaction that leaves
// the file as it was when it fails, and is written to the audit log.

#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;

//! A point in the project CRS (metres).
struct WalkPoint
{
  double x = 0;
  double y = 0;
  bool operator==( const WalkPoint &o ) const { return x == o.x && y == o.y; }
};

//! An organisation invited to a walk, and how many of its people took part (a count, never names).
struct WalkOrganisation
{
  std::string organisation;
  bool invited = true;
  std::optional<int> participants; //!< after the walk; empty while planned
  bool operator==( const WalkOrganisation &o ) const
  {
    return organisation == o.organisation && invited == o.invited && participants == o.participants;
  }
};

//! A numbered stop on a walk's route: the same number on the map, the kit's pages and the protocol.
struct WalkStop
{
  int64_t fid = 0; //!< 0 for a stop not yet stored
  int number = 0;  //!< 1, 2, …: the order along the route (setStops numbers them)
  double x = 0;    //!< project CRS
  double y = 0;
  std::string name;   //!< e.g. "Gångtunneln vid stationen"
  std::string reason; //!< why it is on the route, e.g. "12 händelser senaste 6 mån: klotter, glaskross"
};

//! Walk statuses as stored: planned (planerad), done (genomförd), followed_up (uppföljd), cancelled
//! (inställd).
const std::vector<std::string> &walkStatuses();
//! The Swedish label of a walk status ("planerad", …); the code itself for an unknown one.
std::string walkStatusLabelSv( const std::string &status );
//! The Swedish label of a light condition: "dagsljus", "skymning", "mörker" (and "skymning och mörker").
std::string lightLabelSv( const std::string &light, bool alsoAfterDark = false );

//! A safety walk as planned and, later, walked.
struct Walk
{
  int64_t fid = 0;
  std::string name;
  std::string date;      //!< YYYY-MM-DD; empty: not yet set
  std::string startTime; //!< HH:MM local time; empty: not set
  std::string light;     //!< daylight, dusk or dark; empty: not set
  //! Walked at dusk and again after dark on the same route (women's safety audits): light is then "dusk".
  bool alsoAfterDark = false;
  std::optional<int64_t> areaId;
  std::string areaName; //!< read only: the area's name
  std::string organiser;
  std::optional<int> expectedParticipants;
  std::optional<int> participants; //!< the total who walked
  std::string status = "planned";
  std::string meetingPoint;
  std::string purpose;
  std::string note;
  std::optional<int64_t> repeatOf; //!< the earlier walk this one repeats
  std::string routeSource;         //!< drawn, suggested, gpx, copied, demo; empty: no route
  std::vector<WalkPoint> route;    //!< the route's line in the project CRS; empty: none yet
  std::vector<WalkOrganisation> organisations;

  //! The route's length in metres (0 without a route).
  double routeLength() const;
};

//! A short row for lists.
struct WalkSummary
{
  int64_t fid = 0;
  std::string name;
  std::string date;
  std::string status;
  std::string areaName;
  int stops = 0;
  int observations = 0;
  double routeLength = 0;
};

struct WalkWriteOptions
{
  std::string actor;  //!< who, for the audit log
  std::string origin; //!< how, for the audit log ("from GPX track.gpx"); empty: "planned by hand"
  /**
   * The route and stops were stored before (an undone deletion): they are not checked against the project's
   * extent again. New and moved points always are; points kept as they were never are, so a walk stored
   * before a boundary changed can still be edited.
   */
  bool placesStoredBefore = false;
};

/**
 * The walks of a project, through an open connection (the app's session connection or the CLI's). Every
 * method that writes is one transaction.
 */
class WalkStore
{
public:
  explicit WalkStore( Database &db );

  //! Stores a new walk (fid ignored) with its route and organisations; returns its fid. Free text is screened
  //! for personal data and redacted.
  Expected<int64_t> create( const Walk &walk, const WalkWriteOptions &options = {} );
  //! Replaces the walk's attributes, route and organisations with these.
  Status update( const Walk &walk, const WalkWriteOptions &options = {} );
  //! Deletes the walk and its stops; its observations stay, without a walk (they are places that were seen).
  Status remove( int64_t walkId, const WalkWriteOptions &options = {} );

  Expected<Walk> load( int64_t walkId );
  //! All walks, newest date first (undated last).
  Expected<std::vector<WalkSummary>> list();

  //! The walk's stops in number order.
  Expected<std::vector<WalkStop>> stops( int64_t walkId );
  /**
   * Replaces the walk's stops with these, in this order, numbered 1, 2, …: a stop with a fid keeps it (and
   * its observations), one with fid 0 is added, a stored stop not in the list is deleted (its observations
   * keep their place and walk, without a stop). Stops must lie inside Sweden's extent of the project CRS, and
   * new or moved ones inside the project's extent (the municipality boundary, else its areas, with 2 km).
   */
  Expected<std::vector<WalkStop>> setStops( int64_t walkId, const std::vector<WalkStop> &stops,
                                            const WalkWriteOptions &options = {} );
  //! Sets only the route (e.g. drawn on the map or from a GPX track) and where it came from.
  Status setRoute( int64_t walkId, const std::vector<WalkPoint> &route, const std::string &routeSource,
                   const WalkWriteOptions &options = {} );

  /**
   * Plans a repeat walk: a new planned walk on the same route with the same stops (names and reasons kept),
   * repeat_of set to the earlier walk; name and date given. Returns the new walk's fid.
   */
  Expected<int64_t> planRepeat( int64_t walkId, const std::string &name, const std::string &date,
                                const WalkWriteOptions &options = {} );

private:
  Database &mDb;
};

} // namespace tryggkarta

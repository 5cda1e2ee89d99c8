#pragma once
// A GPX file from a phone or a GPS, read with GDAL's GPX driver: the walked track (with its times, to place
// photos by when they were taken) and the waypoints marked on the way, in the project's coordinate system.
// GPX is WGS 84 latitude and longitude by definition; a file whose numbers are not (SWEREF 99 metres written
// as lat/lon happens) is refused rather than placed in the sea.

#include "expected.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class OGRCoordinateTransformation;

namespace tryggkarta
{

//! The largest GPX file read: a day's track at one point a second is about 10 MiB.
constexpr int64_t kMaxGpxBytes = 64ll * 1024 * 1024;

//! WGS 84 longitude and latitude to the project's coordinate system (traditional GIS axis order).
class LonLatToProject
{
public:
  //! The transformation to EPSG:projectEpsg; an error naming fileName when PROJ cannot make it.
  static Expected<LonLatToProject> make( int projectEpsg, const std::string &fileName );
  ~LonLatToProject();
  LonLatToProject( LonLatToProject && ) noexcept;
  LonLatToProject &operator=( LonLatToProject && ) noexcept;

  //! x, y in the project CRS; false when the point cannot be transformed.
  bool apply( double lon, double lat, double &x, double &y ) const;

private:
  LonLatToProject() = default;
  std::unique_ptr<OGRCoordinateTransformation> mTransform;
};

//! A point of a track or route in the project CRS, with its time when the file gives one.
struct GpxPoint
{
  double x = 0;
  double y = 0;
  std::optional<int64_t> timeUtc; //!< Unix seconds
};

//! A waypoint: a place marked on the way, with the name and description typed on the phone.
struct GpxWaypoint
{
  int number = 0; //!< 1, 2, … in the file's order
  double lon = 0;
  double lat = 0;
  double x = 0; //!< project CRS
  double y = 0;
  std::string name;
  std::string description;
  std::optional<int64_t> timeUtc;
};

//! Where a GPX file's line came from.
enum class GpxLineKind
{
  None,  //!< the file has neither track nor route
  Track, //!< a recorded track (trk): where someone walked, usually with times
  Route, //!< a planned route (rte): usually without times
};

//! What a GPX file holds, in the project CRS.
struct GpxData
{
  std::string fileName; //!< the file as given, for messages
  std::string name;     //!< the track's (or route's) name in the file; empty when it has none
  GpxLineKind lineKind = GpxLineKind::None;
  std::vector<GpxPoint> line; //!< the track: segments joined in time order (see readGpx)
  std::vector<GpxWaypoint> waypoints;
  std::string contentSha256; //!< of the file's bytes, to recognise a file imported before
  //! Whether every point of the line has a time (then line is in time order).
  bool lineTimed() const;
};

//! What the caller needs from the file: a line (a route, or photos placed by time) or waypoints.
enum class GpxNeed
{
  Line,
  Waypoints,
};

/**
 * Reads a GPX file. The line: when every track point has a time, all segments of all tracks joined in time
 * order (a phone starts a new segment after a pause); otherwise the longest track; a route when there is no
 * track. Refused with a message naming the file: more than kMaxGpxBytes, not GPX (XML) at all, coordinates
 * that are not WGS 84 degrees or all lie outside Sweden; and for GpxNeed::Line no track or route, an empty
 * one, or one of a single point; for GpxNeed::Waypoints no waypoints.
 */
Expected<GpxData> readGpx( const std::string &path, int projectEpsg, GpxNeed need );

//! How long before the first and after the last point of a track a photo is still placed at its end.
constexpr int64_t kTrackTimeMarginSeconds = 120;
//! Two track points further apart than this in time and kTrackGapMeters in space are a gap (the phone lost
//! its fix): a photo taken in between is not placed on a line guessed across it.
constexpr int64_t kTrackGapSeconds = 600;
constexpr double kTrackGapMeters = 50;

//! Where on a track an instant falls.
struct TrackPosition
{
  enum class Outcome
  {
    Placed,  //!< x, y hold the position
    NoTimes, //!< the track has no times
    Outside, //!< before the first or after the last point, beyond the margin (first and last hold them)
    Gap,     //!< in a gap of the track (gapFrom and gapTo hold its ends)
  };
  Outcome outcome = Outcome::NoTimes;
  double x = 0;
  double y = 0;
  int64_t first = 0;
  int64_t last = 0;
  int64_t gapFrom = 0;
  int64_t gapTo = 0;
};

/**
 * The position on the track at utc: interpolated linearly between the two timed points around it (at a point
 * when it falls on one), at the first or last point within kTrackTimeMarginSeconds of the track's time span,
 * nothing (with why) otherwise. Points without a time are not used.
 */
TrackPosition positionOnTrack( const std::vector<GpxPoint> &line, int64_t utc );

} // namespace tryggkarta

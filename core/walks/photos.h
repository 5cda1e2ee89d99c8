#pragma once
// Photos from a safety walk into its record: each JPEG stored with the walk (with its pixel size and a
// thumbnail), placed by the position the camera wrote, or by its time on the walk's GPS track, and made a
// draft observation at the stop it was taken at. A photo that cannot be placed is kept for the user to place
// by hand, never put at a guessed place. One import is one transaction: it is all written or, on a failure,
// nothing.

#include "expected.h"
#include "progress.h"
#include "stopsnapping.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;
struct EditOptions;

//! The largest photo stored: a phone's full-size JPEG is 2–12 MiB, a 50-megapixel one up to about 20 MiB.
constexpr int64_t kMaxPhotoBytes = 25ll * 1024 * 1024;
//! The most pixels a photo may have (a 200-megapixel phone camera's), so a small file cannot ask for more.
constexpr int64_t kMaxPhotoPixels = 250ll * 1000 * 1000;
//! The longest side of a stored thumbnail, in pixels.
constexpr int kThumbnailPixels = 256;
//! The largest camera clock correction accepted, either way: twenty years (a camera whose clock was never
//! set).
constexpr int64_t kMaxClockOffsetSeconds = 20ll * 366 * 86400;

struct PhotoImportOptions
{
  int64_t walkId = 0;
  //! A GPX track of the walk: photos without a GPS position are placed on it by their time.
  std::string trackPath;
  //! Seconds to add to the camera's clock to get the true time (the camera ran 90 s slow: 90). Applies to the
  //! time the camera wrote (DateTimeOriginal), not to a GPS time.
  int64_t clockOffsetSeconds = 0;
  double snapToleranceMeters = kDefaultSnapToleranceMeters;
  //! Keep personal data found in file names as written (flagged either way); by default it is replaced.
  bool keepPersonalData = false;
  std::string actor; //!< who imports, for the audit log
};

//! How a stored photo got its place.
enum class PhotoPlacement
{
  Exif,   //!< the camera's GPS position
  Track,  //!< its time on the GPX track
  Manual, //!< placed by hand
};

//! "exif", "track", "manual": as walk_photos.position_source stores it.
const char *photoPlacementCode( PhotoPlacement placement );

//! A photo stored and placed: a draft observation at a stop.
struct ImportedPhoto
{
  std::string path;
  int64_t photoId = 0; //!< walk_photos.fid
  int64_t observationId = 0;
  PhotoPlacement placement = PhotoPlacement::Exif;
  double x = 0; //!< project CRS
  double y = 0;
  StopSnap stop;
  std::optional<int64_t> takenUtc;
  int width = 0; //!< as shown (turned by its EXIF orientation)
  int height = 0;
  //! What was odd about it (an EXIF value ignored, a clock in the future, a place far from the walk's route)
  std::vector<Message> notes;
};

//! A photo stored without a place, for the user to place on the map.
struct UnplacedPhoto
{
  std::string path;
  int64_t photoId = 0;
  Message reason;
  std::optional<int64_t> takenUtc;
  std::vector<Message> notes;
};

//! A photo already stored for the walk (the same bytes), not stored again.
struct DuplicatePhoto
{
  std::string path;
  int64_t existingPhotoId = 0;
  std::string existingFileName;
};

//! A file that was not stored, and why (too large, not a JPEG, cannot be decoded).
struct RefusedPhoto
{
  std::string path;
  Message reason;
};

struct PhotoImportReport
{
  int64_t walkId = 0;
  std::vector<ImportedPhoto> imported; //!< in the order they were taken
  std::vector<UnplacedPhoto> unplaced;
  std::vector<DuplicatePhoto> duplicates;
  std::vector<RefusedPhoto> refused;
  std::vector<int> newStops; //!< numbers of the stops the import added
};

/**
 * Imports photos (JPEG files) for a walk. Files are taken in the order the photos were taken (those without a
 * time last, by name), so stops the import adds are numbered along the walk. Per file: refused when larger
 * than kMaxPhotoBytes, not a JPEG or not decodable; skipped when the same bytes are stored for the walk
 * already; otherwise stored with its pixel size and thumbnail and placed (EXIF GPS inside Sweden, else its
 * time on the track) as a draft observation snapped to a stop, or stored unplaced with the reason.
 *
 * The time: DateTimeOriginal by its OffsetTimeOriginal, or as Europe/Stockholm time, plus clockOffsetSeconds;
 * else the GPS time. An error (nothing written): no files, an unknown walk, bad options, an unreadable track,
 * a file that cannot be read or changes during the import, a cancel through progress, or a failed write.
 */
Expected<PhotoImportReport> importPhotos( Database &db, const std::vector<std::string> &paths,
                                          const PhotoImportOptions &options,
                                          const ProgressCallback &progress = {} );

//! The photo files of a folder (.jpg, .jpeg and the image types phones also save, which are then refused with
//! a reason), sorted by name; not its subfolders. An error when it is not a readable folder.
Expected<std::vector<std::string>> photoFilesInFolder( const std::string &folder );

//! A photo placed by hand.
struct PlacedPhoto
{
  int64_t photoId = 0;
  int64_t observationId = 0;
  StopSnap stop;
  std::vector<Message> notes; //!< e.g. placed far from the walk's route (accepted)
};

/**
 * Places an unplaced photo at (x, y) in the project CRS: it becomes a draft observation at the stop the
 * position snaps to (a new stop when none is within snapToleranceMeters), in one transaction. An error when
 * the photo does not exist or is placed already.
 */
Expected<PlacedPhoto> placePhoto( Database &db, int64_t photoId, double x, double y,
                                  double snapToleranceMeters, const EditOptions &options );

//! A walk's stored photo, for lists: placed (at an observation) or waiting to be placed.
struct WalkPhotoEntry
{
  int64_t photoId = 0;
  std::string fileName;
  std::optional<int64_t> takenUtc;
  std::optional<int64_t> observationId; //!< the (draft) observation it shows; none: not placed yet
  std::string positionSource;           //!< exif, track, manual; empty when not placed
  int width = 0;
  int height = 0;
  bool placed() const { return observationId.has_value(); }
};

//! The walk's photos in the order they were stored; an error for an unknown walk.
Expected<std::vector<WalkPhotoEntry>> walkPhotos( Database &db, int64_t walkId );

/**
 * Gives photos left without a walk (their walk was deleted) back to a walk: an undone deletion. Photos that
 * belong to a walk already are left as they are. One transaction.
 */
Status relinkPhotosToWalk( Database &db, int64_t walkId, const std::vector<int64_t> &photoIds );

//! Confirms a draft observation (made from a photo or a waypoint): it becomes an ordinary observation and
//! counts in analyses. An error when it is not a draft.
Status confirmDraftObservation( Database &db, int64_t observationId, const EditOptions &options );

} // namespace tryggkarta

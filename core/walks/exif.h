#pragma once
// Where and when a JPEG photo was taken, from its EXIF block: read by hand, since only a handful of tags
// matter (the original time, its UTC offset, the GPS position and the GPS time) and a phone's photo is input
// from outside: every offset and count is checked against the block, so a damaged or hostile file gives a
// reason and never a read past its end. Also a small writer of the same tags, to make test photos and to put
// a position into a JPEG.

#include "expected.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

//! The EXIF tags Tryggkarta reads and writes; each is empty (or 1 for orientation) when the photo lacks it.
struct ExifTags
{
  bool bigEndian = false;         //!< the block's byte order: "MM" (Motorola) or "II" (Intel)
  std::string dateTimeOriginal;   //!< "YYYY:MM:DD HH:MM:SS", the camera's own clock (local time)
  std::string offsetTimeOriginal; //!< "+02:00": the offset of dateTimeOriginal from UTC, when the camera says
  std::optional<double> latitude; //!< degrees, south negative
  std::optional<double> longitude;      //!< degrees, west negative
  std::optional<double> altitudeMeters; //!< below sea level negative
  std::string gpsDate;                  //!< "YYYY:MM:DD" (UTC)
  std::optional<double> gpsTimeSeconds; //!< seconds into the UTC day of gpsDate
  int orientation = 1;                  //!< TIFF orientation 1–8 (how to turn the pixels to show them)
};

//! What a JPEG's EXIF block holds, and what in it was unusable and ignored.
struct ExifRead
{
  ExifTags tags;
  //! Values that were there but not valid (a GPS latitude of 0/0, a minute of 75): ignored, and said why.
  std::vector<Message> ignored;
};

//! Whether the bytes begin like a JPEG (the start-of-image marker followed by another marker).
bool looksLikeJpeg( const unsigned char *data, size_t size );

/**
 * Reads the EXIF block of a JPEG held in memory: nothing when the JPEG has none, an error when the bytes are
 * not a JPEG or when the block is damaged (it says where: "the EXIF block is cut short at byte N"). Byte
 * positions in messages count from the start of the file.
 */
Expected<std::optional<ExifRead>> readJpegExif( const unsigned char *data, size_t size );

//! The UTC instant of dateTimeOriginal: by offsetTimeOriginal when the camera wrote it, otherwise as
//! Europe/Stockholm wall-clock time. Nothing when there is no valid time (cameras write zeros when unset).
std::optional<int64_t> exifOriginalUtc( const ExifTags &tags );
//! The UTC instant of gpsDate and gpsTimeSeconds (whole seconds), when both are there and valid.
std::optional<int64_t> exifGpsUtc( const ExifTags &tags );

//! The tags as an APP1 Exif segment, marker and length included, in the tags' byte order.
std::vector<unsigned char> makeExifSegment( const ExifTags &tags );

/**
 * The JPEG with its EXIF replaced by the tags: any APP1 Exif segment is removed and the new one is put right
 * after the start-of-image marker (after a JFIF APP0 segment, which must come first). An error when the bytes
 * are not a JPEG or its headers are cut short.
 */
Expected<std::vector<unsigned char>> jpegWithExif( const std::vector<unsigned char> &jpeg,
                                                   const ExifTags &tags );

} // namespace tryggkarta

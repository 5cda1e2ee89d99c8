#pragma once
// GeoPackage binary geometry (GPKG header + ISO WKB), written and read without OGR for speed.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

struct Envelope
{
  double minX = 0, minY = 0, maxX = 0, maxY = 0;
};

//! Encodes a 2D point as a GeoPackage geometry blob (no envelope, as GDAL writes points).
std::vector<unsigned char> encodeGpkgPoint( int srsId, double x, double y );
//! Appends a point blob to out (avoids an allocation per row in bulk import).
void appendGpkgPoint( std::vector<unsigned char> &out, int srsId, double x, double y );
//! Wraps little-endian ISO WKB in a GeoPackage header with an xy envelope.
std::vector<unsigned char> encodeGpkgWkb( int srsId, const std::vector<unsigned char> &wkb,
                                          const Envelope &envelope );
//! The geometry's envelope, or nothing for an empty or unreadable blob.
std::optional<Envelope> gpkgEnvelope( const unsigned char *blob, int size );
//! True when the blob has the empty flag set.
bool gpkgIsEmpty( const unsigned char *blob, int size );
//! Decodes a point blob; nothing if it is not a point.
std::optional<std::pair<double, double>> decodeGpkgPoint( const unsigned char *blob, int size );
//! The WKB part of a blob (after the header), or nothing when the header is invalid.
std::optional<std::pair<const unsigned char *, int>> gpkgWkb( const unsigned char *blob, int size );

} // namespace tryggkarta

// The EXIF reader and writer: where and when a photo was taken, in both byte orders, with southern and
// western references; a damaged or cut block gives a reason and never a read past its end; bytes that are not
// a JPEG, and a JPEG without EXIF, are told apart.

#include "testphotos.h"
#include "testutil.h"

#include "calendar.h"
#include "exif.h"
#include "stockholmzone.h"

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace tryggkarta;
using testphotos::makeJpeg;
using testphotos::withTags;

namespace
{

ExifTags fullTags( bool bigEndian )
{
  ExifTags tags;
  tags.bigEndian = bigEndian;
  tags.dateTimeOriginal = "2025:10:01 19:32:07";
  tags.offsetTimeOriginal = "+02:00";
  tags.latitude = 59.3100830641;
  tags.longitude = 14.1089653052;
  tags.altitudeMeters = 47.25;
  tags.gpsDate = "2025:10:01";
  tags.gpsTimeSeconds = 17 * 3600 + 32 * 60 + 5.5;
  tags.orientation = 6;
  return tags;
}

ExifTags readTags( const std::vector<unsigned char> &jpeg )
{
  auto read = readJpegExif( jpeg.data(), jpeg.size() );
  REQUIRE( read.ok() );
  REQUIRE( read->has_value() );
  CHECK( ( *read )->ignored.empty() );
  return ( *read )->tags;
}

//! Where the APP1 Exif segment begins (its 0xFF), and where it ends.
std::pair<size_t, size_t> exifSegment( const std::vector<unsigned char> &jpeg )
{
  for ( size_t i = 2; i + 10 < jpeg.size(); )
  {
    REQUIRE( jpeg[i] == 0xFF );
    const size_t length = size_t( jpeg[i + 2] ) << 8 | jpeg[i + 3];
    if ( jpeg[i + 1] == 0xE1 && std::string( jpeg.begin() + i + 4, jpeg.begin() + i + 8 ) == "Exif" )
      return { i, i + 2 + length };
    i += 2 + length;
  }
  FAIL( "no EXIF segment" );
  return { 0, 0 };
}

/**
 * A little-endian TIFF block by hand: IFD0 pointing to a GPS directory whose latitude's denominators are zero
 * (phones without a fix write 0/0), so the position must be ignored with a reason, not read as 0° or ∞.
 */
std::vector<unsigned char> jpegWithZeroLatitude()
{
  std::vector<unsigned char> tiff;
  auto u16 = [&]( uint16_t v )
  {
    tiff.push_back( v & 0xFF );
    tiff.push_back( v >> 8 );
  };
  auto u32 = [&]( uint32_t v )
  {
    for ( int i = 0; i < 4; ++i )
      tiff.push_back( ( v >> ( 8 * i ) ) & 0xFF );
  };
  tiff.push_back( 'I' );
  tiff.push_back( 'I' );
  u16( 42 );
  u32( 8 );
  // IFD0 at 8: one entry, the GPS pointer to 26.
  u16( 1 );
  u16( 0x8825 );
  u16( 4 );
  u32( 1 );
  u32( 26 );
  u32( 0 );
  // GPS IFD at 26: LatRef, Lat (at 80), LonRef, Lon (at 104).
  u16( 4 );
  u16( 1 ), u16( 2 ), u32( 2 ), tiff.push_back( 'N' ), tiff.push_back( 0 ), u16( 0 );
  u16( 2 ), u16( 5 ), u32( 3 ), u32( 80 );
  u16( 3 ), u16( 2 ), u32( 2 ), tiff.push_back( 'E' ), tiff.push_back( 0 ), u16( 0 );
  u16( 4 ), u16( 5 ), u32( 3 ), u32( 104 );
  u32( 0 );
  REQUIRE( tiff.size() == 80 );
  for ( int i = 0; i < 3; ++i )
    u32( 0 ), u32( 0 ); // 0/0
  u32( 14 ), u32( 1 ), u32( 6 ), u32( 1 ), u32( 32 ), u32( 1 );
  std::vector<unsigned char> jpeg = makeJpeg( 16, 16 );
  std::vector<unsigned char> segment = { 0xFF, 0xE1 };
  const size_t length = 2 + 6 + tiff.size();
  segment.push_back( static_cast<unsigned char>( length >> 8 ) );
  segment.push_back( static_cast<unsigned char>( length & 0xFF ) );
  for ( char c : std::string( "Exif\0\0", 6 ) )
    segment.push_back( static_cast<unsigned char>( c ) );
  segment.insert( segment.end(), tiff.begin(), tiff.end() );
  jpeg.insert( jpeg.begin() + 2, segment.begin(), segment.end() );
  return jpeg;
}

} // namespace

TEST_CASE( "EXIF tags written in either byte order read back as written", "[exif]" )
{
  const bool bigEndian = GENERATE( false, true );
  INFO( ( bigEndian ? "big-endian (MM)" : "little-endian (II)" ) );
  const ExifTags written = fullTags( bigEndian );
  const std::vector<unsigned char> jpeg = withTags( makeJpeg( 64, 48 ), written );
  const auto [start, end] = exifSegment( jpeg );
  CHECK( jpeg[start + 10] == ( bigEndian ? 'M' : 'I' ) );
  CHECK( jpeg[start + 11] == ( bigEndian ? 'M' : 'I' ) );

  const ExifTags read = readTags( jpeg );
  CHECK( read.bigEndian == bigEndian );
  CHECK( read.dateTimeOriginal == written.dateTimeOriginal );
  CHECK( read.offsetTimeOriginal == written.offsetTimeOriginal );
  REQUIRE( read.latitude );
  REQUIRE( read.longitude );
  // Seconds to 1/10000 s: a tenth of a metre is far more than that.
  CHECK( *read.latitude == Approx( *written.latitude ).margin( 1e-7 ) );
  CHECK( *read.longitude == Approx( *written.longitude ).margin( 1e-7 ) );
  REQUIRE( read.altitudeMeters );
  CHECK( *read.altitudeMeters == Approx( 47.25 ) );
  CHECK( read.gpsDate == "2025:10:01" );
  REQUIRE( read.gpsTimeSeconds );
  CHECK( *read.gpsTimeSeconds == Approx( *written.gpsTimeSeconds ) );
  CHECK( read.orientation == 6 );
  // GDAL still reads the image behind the new segment.
  testutil::TempDir dir;
  const std::string path = testphotos::writeBytes( dir.file( "roundtrip.jpg" ), jpeg );
  std::unique_ptr<GDALDataset> dataset(
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) ) );
  REQUIRE( dataset );
  CHECK( dataset->GetRasterXSize() == 64 );
}

TEST_CASE( "southern latitudes and western longitudes read back negative, below sea level too", "[exif]" )
{
  const bool bigEndian = GENERATE( false, true );
  ExifTags written;
  written.bigEndian = bigEndian;
  written.latitude = -33.8688197;
  written.longitude = -151.2092955;
  written.altitudeMeters = -12.5;
  const std::vector<unsigned char> jpeg = withTags( makeJpeg( 8, 8 ), written );
  // The references are the letters S and W, the values unsigned.
  const std::string bytes( jpeg.begin(), jpeg.end() );
  CHECK( bytes.find( std::string( "S\0", 2 ) ) != std::string::npos );
  CHECK( bytes.find( std::string( "W\0", 2 ) ) != std::string::npos );
  const ExifTags read = readTags( jpeg );
  REQUIRE( read.latitude );
  REQUIRE( read.longitude );
  CHECK( *read.latitude == Approx( -33.8688197 ).margin( 1e-7 ) );
  CHECK( *read.longitude == Approx( -151.2092955 ).margin( 1e-7 ) );
  REQUIRE( read.altitudeMeters );
  CHECK( *read.altitudeMeters == Approx( -12.5 ) );
}

TEST_CASE( "a JPEG cut inside its EXIF block at any byte gives a reason naming where, never a crash",
           "[exif]" )
{
  const bool bigEndian = GENERATE( false, true );
  const std::vector<unsigned char> jpeg = withTags( makeJpeg( 32, 32 ), fullTags( bigEndian ) );
  const auto [start, end] = exifSegment( jpeg );
  const size_t tiffStart = start + 10;
  for ( size_t cut = start + 1; cut < end; ++cut )
  {
    INFO( "cut at byte " << cut << " (the block runs from " << start << " to " << end << ")" );
    // A copy of exactly the cut bytes, so a read past them is a read past the allocation (ASan sees it).
    const std::vector<unsigned char> cutJpeg( jpeg.begin(),
                                              jpeg.begin() + static_cast<std::ptrdiff_t>( cut ) );
    auto read = readJpegExif( cutJpeg.data(), cutJpeg.size() );
    REQUIRE_FALSE( read.ok() );
    if ( cut >= tiffStart )
    {
      // Inside the TIFF structure: cut short at exactly the end of what is there.
      CHECK( read.error().code == MessageCode::ExifCutShort );
      REQUIRE( read.error().args.size() == 2 );
      CHECK( read.error().args[0].text == std::to_string( cut ) );
      CHECK( read.error().text().find( "cut short at byte " + std::to_string( cut ) ) != std::string::npos );
    }
    else
      CHECK( read.error().code == MessageCode::ExifJpegCutShort );
  }
}

TEST_CASE( "an EXIF block whose segment length is shortened is reported damaged at every length", "[exif]" )
{
  const std::vector<unsigned char> jpeg = withTags( makeJpeg( 32, 32 ), fullTags( false ) );
  const auto [start, end] = exifSegment( jpeg );
  const size_t length = end - start - 2;
  const std::set<MessageCode> reasons = { MessageCode::ExifCutShort, MessageCode::ExifJpegBadMarker,
                                          MessageCode::ExifJpegCutShort, MessageCode::ExifBadHeader };
  for ( size_t shorter = 2; shorter < length; ++shorter )
  {
    INFO( "segment length " << shorter << " instead of " << length );
    std::vector<unsigned char> damaged = jpeg;
    damaged[start + 2] = static_cast<unsigned char>( shorter >> 8 );
    damaged[start + 3] = static_cast<unsigned char>( shorter & 0xFF );
    auto read = readJpegExif( damaged.data(), damaged.size() );
    REQUIRE_FALSE( read.ok() );
    CHECK( reasons.count( read.error().code ) == 1 );
  }
}

TEST_CASE( "random damage to an EXIF block never reads past it: a reason or tags, always bounded", "[exif]" )
{
  std::mt19937 random( 20251001 );
  const std::vector<unsigned char> jpeg = withTags( makeJpeg( 16, 16 ), fullTags( true ) );
  const auto [start, end] = exifSegment( jpeg );
  int damagedCount = 0;
  for ( int round = 0; round < 3000; ++round )
  {
    std::vector<unsigned char> damaged( jpeg.begin(), jpeg.begin() + static_cast<std::ptrdiff_t>( end ) );
    const int flips = 1 + static_cast<int>( random() % 8 );
    for ( int f = 0; f < flips; ++f )
      damaged[start + 4 + random() % ( end - start - 4 )] = static_cast<unsigned char>( random() );
    auto read = readJpegExif( damaged.data(), damaged.size() );
    if ( !read.ok() )
    {
      ++damagedCount;
      CHECK_FALSE( read.error().text().empty() );
    }
    else if ( read->has_value() && ( *read )->tags.latitude )
      CHECK( std::fabs( *( *read )->tags.latitude ) <= 90 );
  }
  // Most damage lands in offsets and counts, which must be caught.
  CHECK( damagedCount > 0 );
}

TEST_CASE( "bytes that are not a JPEG are told so, and a JPEG without EXIF has no tags", "[exif]" )
{
  const std::vector<std::string> notJpegs = { std::string(), std::string( "\xFF\xD8", 2 ),
                                              std::string( "\x89PNG\r\n\x1A\n", 8 ), "GIF89a",
                                              "just some text that is long enough" };
  for ( const std::string &bytes : notJpegs )
  {
    auto read = readJpegExif( reinterpret_cast<const unsigned char *>( bytes.data() ), bytes.size() );
    REQUIRE_FALSE( read.ok() );
    CHECK( read.error().code == MessageCode::PhotoNotJpeg );
  }
  const std::vector<unsigned char> plain = makeJpeg( 20, 10 );
  auto read = readJpegExif( plain.data(), plain.size() );
  REQUIRE( read.ok() );
  CHECK_FALSE( read->has_value() );
  // Writing tags and then replacing them leaves one EXIF block with the new values.
  ExifTags first;
  first.latitude = 59.0;
  first.longitude = 14.0;
  ExifTags second;
  second.dateTimeOriginal = "2024:12:24 15:00:00";
  const std::vector<unsigned char> twice = withTags( withTags( plain, first ), second );
  const ExifTags tags = readTags( twice );
  CHECK_FALSE( tags.latitude );
  CHECK( tags.dateTimeOriginal == "2024:12:24 15:00:00" );
  const std::string bytes( twice.begin(), twice.end() );
  CHECK( bytes.find( "Exif" ) == bytes.rfind( "Exif" ) );
  // GDAL's JFIF header stays first, as JFIF requires.
  CHECK( twice[3] == 0xE0 );
}

TEST_CASE( "an invalid GPS value is ignored with the reason, the rest of the block still read", "[exif]" )
{
  const std::vector<unsigned char> jpeg = jpegWithZeroLatitude();
  auto read = readJpegExif( jpeg.data(), jpeg.size() );
  REQUIRE( read.ok() );
  REQUIRE( read->has_value() );
  const ExifRead &exif = **read;
  CHECK_FALSE( exif.tags.latitude );
  CHECK_FALSE( exif.tags.longitude );
  REQUIRE( exif.ignored.size() == 2 );
  CHECK( exif.ignored[0].code == MessageCode::ExifValueIgnored );
  CHECK( exif.ignored[0].text().find( "GPSLatitude (0/0, 0/0, 0/0)" ) != std::string::npos );
  // The longitude was valid but is no position without its latitude.
  CHECK( exif.ignored[1].text().find( "GPSLongitude" ) != std::string::npos );
}

TEST_CASE( "the camera's time is Stockholm time unless it wrote its offset, and unset clocks give no time",
           "[exif]" )
{
  ExifTags tags;
  tags.dateTimeOriginal = "2025:07:01 20:30:00";
  CHECK( exifOriginalUtc( tags ) == stockholmToUtc( 2025, 7, 1, 20, 30, 0 ) );
  // Summer time: 20:30 in Stockholm is 18:30 UTC.
  CHECK( *exifOriginalUtc( tags ) == daysFromCivil( 2025, 7, 1 ) * 86400 + 18 * 3600 + 1800 );
  tags.dateTimeOriginal = "2025:01:15 20:30:00"; // winter: UTC+1
  CHECK( *exifOriginalUtc( tags ) == daysFromCivil( 2025, 1, 15 ) * 86400 + 19 * 3600 + 1800 );
  tags.offsetTimeOriginal = "-05:00";
  // 20:30 at UTC-5 is 01:30 UTC the next day, 02:30 in Stockholm.
  CHECK( *exifOriginalUtc( tags ) == daysFromCivil( 2025, 1, 16 ) * 86400 + 1 * 3600 + 1800 );
  tags.offsetTimeOriginal.clear();
  for ( const char *unset : { "0000:00:00 00:00:00", "", "2025:02:30 12:00:00", "2025:01:15 25:00:00" } )
  {
    tags.dateTimeOriginal = unset;
    CHECK_FALSE( exifOriginalUtc( tags ) );
  }
  tags.gpsDate = "2025:07:01";
  tags.gpsTimeSeconds = 18 * 3600 + 30 * 60 + 0.75;
  CHECK( exifGpsUtc( tags ) == stockholmToUtc( 2025, 7, 1, 20, 30, 0 ) );
}

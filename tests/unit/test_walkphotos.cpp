// A safety walk's photos into its record: placed by the camera's GPS or by their time on the GPX track, made
// draft observations at the nearest stop (or a new one), stored with a thumbnail; duplicates skipped, bad
// files refused while the rest import, unplaceable photos kept for the user, never at a made-up place; and
// any failure during the import leaves the project file exactly as it was.

#include "testphotos.h"
#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "photos.h"
#include "projectfile.h"
#include "recordedits.h"
#include "sha256.h"
#include "stockholmzone.h"
#include "stopsnapping.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <filesystem>
#include <map>

using namespace tryggkarta;
using testphotos::makeJpeg;
using testphotos::tagsAt;
using testphotos::withTags;
using testutil::TempDir;

namespace
{

// Kristinehamn's town centre in SWEREF 99 TM (shared/data/README.md): the walk's three stops lie along a
// street, 200 m apart.
constexpr double kEast = 449270, kNorth = 6574920;

struct WalkProject
{
  TempDir dir;
  std::unique_ptr<ProjectFile> project;
  int64_t walk = 0;
  std::vector<WalkStop> stops;

  WalkProject()
  {
    auto created = ProjectFile::create( dir.file( "p.gpkg" ) );
    REQUIRE( created.ok() );
    project = std::move( created.value() );
    Walk plan;
    plan.name = "Kvällsvandring Centrum";
    plan.date = "2025-10-01";
    auto fid = WalkStore( db() ).create( plan );
    REQUIRE( fid.ok() );
    walk = *fid;
    std::vector<WalkStop> planned( 3 );
    const char *names[] = { "Torget", "Gångtunneln", "Parken" };
    for ( int i = 0; i < 3; ++i )
    {
      planned[i].x = kEast + 200 * i;
      planned[i].y = kNorth;
      planned[i].name = names[i];
      planned[i].reason = "planerat";
    }
    auto stored = WalkStore( db() ).setStops( walk, planned );
    REQUIRE( stored.ok() );
    stops = *stored;
  }
  Database &db() { return project->db(); }
  std::string photo( const std::string &name, const std::vector<unsigned char> &bytes )
  {
    return testphotos::writeBytes( dir.file( name ), bytes );
  }
  std::string file( const std::string &name, const std::string &text )
  {
    return testutil::writeFile( dir.file( name ), text );
  }
  int64_t count( const std::string &sql ) { return db().queryInt( sql ); }
  std::string bytes() { return testutil::readFile( project->path() ); }
  PhotoImportOptions options()
  {
    PhotoImportOptions o;
    o.walkId = walk;
    o.actor = "tester";
    return o;
  }
};

std::pair<double, double> observationPoint( Database &db, int64_t fid )
{
  Statement s = db.prepare( "SELECT geom FROM observations WHERE fid = ?" );
  s.bind( 1, fid );
  REQUIRE( s.step() );
  const auto blob = s.blob( 0 );
  const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
  REQUIRE( point );
  return *point;
}

//! A thumbnail decoded by GDAL: its size, and the red value of its first and last rows' first pixel.
struct Thumbnail
{
  int width = 0;
  int height = 0;
  int redTop = 0;
  int redBottom = 0;
};

Thumbnail decodeThumbnail( std::vector<unsigned char> bytes )
{
  const std::string path = "/vsimem/test_thumbnail.jpg";
  VSIFCloseL( VSIFileFromMemBuffer( path.c_str(), bytes.data(), bytes.size(), FALSE ) );
  std::unique_ptr<GDALDataset> dataset(
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) ) );
  REQUIRE( dataset );
  Thumbnail t;
  t.width = dataset->GetRasterXSize();
  t.height = dataset->GetRasterYSize();
  unsigned char red = 0;
  REQUIRE( dataset->GetRasterBand( 1 )->RasterIO( GF_Read, t.width / 2, 0, 1, 1, &red, 1, 1, GDT_Byte, 0,
                                                  0 ) == CE_None );
  t.redTop = red;
  REQUIRE( dataset->GetRasterBand( 1 )->RasterIO( GF_Read, t.width / 2, t.height - 1, 1, 1, &red, 1, 1,
                                                  GDT_Byte, 0, 0 ) == CE_None );
  t.redBottom = red;
  dataset.reset();
  VSIUnlink( path.c_str() );
  return t;
}

//! The track of the walk: stop 1 at 18:00 UTC to stop 3 at 18:10 UTC, at an even pace along the street.
std::string track( WalkProject &p )
{
  return p.file( "spår.gpx", testphotos::gpxTrack( "Kvällsvandring",
                                                   { { kEast, kNorth, "2025-10-01T18:00:00Z" },
                                                     { kEast + 400, kNorth, "2025-10-01T18:10:00Z" } } ) );
}

//! A photo without GPS, its camera clock at the Stockholm time given.
std::vector<unsigned char> photoAtTime( const std::string &localTime, const std::string &offset = "" )
{
  ExifTags tags;
  tags.dateTimeOriginal = localTime;
  tags.offsetTimeOriginal = offset;
  return withTags( makeJpeg( 320, 240 ), tags );
}

} // namespace

TEST_CASE(
  "a photo with a GPS position becomes a draft observation at the nearest stop, stored with a thumbnail",
  "[photos]" )
{
  WalkProject p;
  const std::vector<unsigned char> jpeg =
    withTags( makeJpeg( 640, 480 ), tagsAt( kEast + 210, kNorth + 12, "2025:10:01 20:04:30" ) );
  const std::string path = p.photo( "IMG_0412.jpg", jpeg );
  auto report = importPhotos( p.db(), { path }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( report->unplaced.empty() );
  CHECK( report->refused.empty() );
  CHECK( report->newStops.empty() );
  const ImportedPhoto &photo = report->imported[0];
  CHECK( photo.placement == PhotoPlacement::Exif );
  CHECK( photo.stop.stopId == p.stops[1].fid );
  CHECK( photo.stop.stopNumber == 2 );
  CHECK( photo.stop.distanceMeters == Approx( std::hypot( 10, 12 ) ).margin( 0.05 ) );
  CHECK( photo.width == 640 );
  CHECK( photo.height == 480 );

  // The observation: a draft on the walk at the stop, where the photo was taken and when (Stockholm time).
  RecordEdits edits( p.db() );
  auto observation = edits.readObservation( photo.observationId );
  REQUIRE( observation.ok() );
  CHECK( observation->draft );
  CHECK( observation->walkId == p.walk );
  CHECK( observation->stopId == p.stops[1].fid );
  CHECK( observation->observedUtc == stockholmToUtc( 2025, 10, 1, 20, 4, 30 ) );
  CHECK( observation->note == "IMG_0412.jpg" );
  CHECK_FALSE( observation->rating );
  const auto [x, y] = observationPoint( p.db(), photo.observationId );
  CHECK( x == Approx( kEast + 210 ).margin( 0.05 ) );
  CHECK( y == Approx( kNorth + 12 ).margin( 0.05 ) );

  // The photo: its bytes as they were, linked to the observation, with a thumbnail of at most 256 pixels.
  Statement s =
    p.db().prepare( "SELECT walk_id, observation_id, file_name, content_sha256, taken_at, x, y, "
                    "position_source, mime_type, width, height, data, thumbnail FROM walk_photos" );
  REQUIRE( s.step() );
  CHECK( s.int64( 0 ) == p.walk );
  CHECK( s.int64( 1 ) == photo.observationId );
  CHECK( s.text( 2 ) == "IMG_0412.jpg" );
  Sha256 sha;
  sha.update( jpeg.data(), jpeg.size() );
  CHECK( s.text( 3 ) == sha.hexDigest() );
  CHECK( parseUtcIso( s.text( 4 ) ) == stockholmToUtc( 2025, 10, 1, 20, 4, 30 ) );
  CHECK( s.real( 5 ) == Approx( kEast + 210 ).margin( 0.05 ) );
  CHECK( s.text( 7 ) == "exif" );
  CHECK( s.text( 8 ) == "image/jpeg" );
  CHECK( s.int64( 9 ) == 640 );
  CHECK( s.int64( 10 ) == 480 );
  CHECK( s.blob( 11 ) == jpeg );
  const Thumbnail thumbnail = decodeThumbnail( s.blob( 12 ) );
  CHECK( thumbnail.width == 256 );
  CHECK( thumbnail.height == 192 );
  CHECK_FALSE( s.step() );
  // Written to the audit log: the observation as made from the photo, and the import.
  CHECK( p.count( "SELECT count(*) FROM audit_log WHERE details LIKE '%from photo IMG_0412.jpg%'" ) == 1 );
  CHECK( p.count( "SELECT count(*) FROM audit_log WHERE action = 'import' AND table_name = 'walk_photos'" ) ==
         1 );
}

TEST_CASE(
  "a photo farther than the tolerance from every stop makes a new stop at the end, which later photos "
  "snap to",
  "[photos]" )
{
  WalkProject p;
  // 300 m north of the middle stop: far from all three. A second photo 20 m from it, taken later.
  const std::string far = p.photo(
    "far.jpg", withTags( makeJpeg( 64, 64 ), tagsAt( kEast + 200, kNorth + 300, "2025:10:01 20:10:00" ) ) );
  const std::string near = p.photo(
    "near.jpg", withTags( makeJpeg( 64, 64 ), tagsAt( kEast + 220, kNorth + 300, "2025:10:01 20:12:00" ) ) );
  auto report = importPhotos( p.db(), { near, far }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 2 );
  // Taken in time order: the far one first makes stop 4, the near one snaps to it.
  CHECK( std::filesystem::path( report->imported[0].path ).filename() == "far.jpg" );
  CHECK( report->imported[0].stop.added );
  CHECK( report->imported[0].stop.stopNumber == 4 );
  CHECK_FALSE( report->imported[1].stop.added );
  CHECK( report->imported[1].stop.stopNumber == 4 );
  CHECK( report->imported[1].stop.distanceMeters == Approx( 20 ).margin( 0.05 ) );
  CHECK( report->newStops == std::vector<int>{ 4 } );
  auto stops = WalkStore( p.db() ).stops( p.walk );
  REQUIRE( stops.ok() );
  REQUIRE( stops->size() == 4 );
  CHECK( stops->back().name == "Nytt stopp 4" );
  CHECK( stops->back().reason == "tillagt från foto" );
  CHECK( stops->back().x == Approx( kEast + 200 ).margin( 0.05 ) );
  // The planned stops kept their fids and numbers.
  for ( int i = 0; i < 3; ++i )
    CHECK( ( *stops )[i].fid == p.stops[i].fid );

  // With a wider tolerance the same place snaps to the middle stop instead.
  WalkProject wide;
  PhotoImportOptions options = wide.options();
  options.snapToleranceMeters = 350;
  const std::string farBytes = testutil::readFile( far );
  auto widened = importPhotos(
    wide.db(), { wide.photo( "far.jpg", std::vector<unsigned char>( farBytes.begin(), farBytes.end() ) ) },
    options );
  REQUIRE( widened.ok() );
  REQUIRE( widened->imported.size() == 1 );
  CHECK( widened->imported[0].stop.stopNumber == 2 );
  CHECK( widened->newStops.empty() );
}

TEST_CASE( "the nearest stop within the tolerance wins, a tie goes to the lower number in any list order",
           "[photos][snapping]" )
{
  std::vector<WalkStop> stops( 3 );
  for ( int i = 0; i < 3; ++i )
  {
    stops[i].number = i + 1;
    stops[i].x = 100.0 * i;
    stops[i].y = 0;
  }
  CHECK( nearestStop( stops, 140, 0, 50 ) == size_t( 1 ) );
  CHECK( nearestStop( stops, 160, 0, 50 ) == size_t( 2 ) );
  CHECK_FALSE( nearestStop( stops, 50, 60, 50 ) );
  // (50, 0) is 50 m from stops 1 and 2: stop 1, also when the list is reversed.
  CHECK( nearestStop( stops, 50, 0, 50 ) == size_t( 0 ) );
  std::reverse( stops.begin(), stops.end() );
  CHECK( stops[*nearestStop( stops, 50, 0, 50 )].number == 1 );
  CHECK( checkSnapTolerance( 50 ).ok() );
  CHECK( checkSnapTolerance( kMaxSnapToleranceMeters ).ok() );
  for ( double bad : { 0.0, -5.0, kMaxSnapToleranceMeters + 1, std::nan( "" ) } )
  {
    const Status status = checkSnapTolerance( bad );
    REQUIRE_FALSE( status.ok() );
    CHECK( status.error().code == MessageCode::SnapBadTolerance );
  }
}

TEST_CASE( "a photo without GPS is placed on the GPX track by its time, corrected by the camera clock offset",
           "[photos][gpx]" )
{
  WalkProject p;
  const std::string gpx = track( p );
  // 20:04:00 in Stockholm (summer time) is 18:04 UTC; the camera ran 60 s slow, so it was 18:05, half-way.
  const std::string slow = p.photo( "slow.jpg", photoAtTime( "2025:10:01 20:04:00" ) );
  PhotoImportOptions options = p.options();
  options.trackPath = gpx;
  options.clockOffsetSeconds = 60;
  auto report = importPhotos( p.db(), { slow }, options );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  const ImportedPhoto &photo = report->imported[0];
  CHECK( photo.placement == PhotoPlacement::Track );
  CHECK( photo.takenUtc == stockholmToUtc( 2025, 10, 1, 20, 5, 0 ) );
  CHECK( photo.x == Approx( kEast + 200 ).margin( 0.05 ) );
  CHECK( photo.y == Approx( kNorth ).margin( 0.05 ) );
  CHECK( photo.stop.stopNumber == 2 );
  CHECK( photo.stop.distanceMeters < 0.1 );
  CHECK( p.db().queryText( "SELECT position_source FROM walk_photos" ) == "track" );

  // Without the offset the same photo lies at 4 of the track's 10 minutes; with its own UTC offset written by
  // the camera (+01:00: 19:05 is 18:05 UTC) it lies half-way again.
  WalkProject q;
  PhotoImportOptions plain = q.options();
  plain.trackPath = track( q );
  auto uncorrected =
    importPhotos( q.db(),
                  { q.photo( "slow.jpg", photoAtTime( "2025:10:01 20:04:00" ) ),
                    q.photo( "offset.jpg", photoAtTime( "2025:10:01 19:05:00", "+01:00" ) ) },
                  plain );
  REQUIRE( uncorrected.ok() );
  REQUIRE( uncorrected->imported.size() == 2 );
  CHECK( uncorrected->imported[0].x == Approx( kEast + 160 ).margin( 0.05 ) );
  CHECK( uncorrected->imported[1].x == Approx( kEast + 200 ).margin( 0.05 ) );
}

TEST_CASE(
  "a photo taken outside the track's time is stored unplaced with the reason, never at a guessed place",
  "[photos][gpx]" )
{
  WalkProject p;
  PhotoImportOptions options = p.options();
  options.trackPath = track( p );
  // 18:11 UTC is within the two minutes' margin after the track's end: at its last point. 18:20 is not.
  const std::string justAfter = p.photo( "a.jpg", photoAtTime( "2025:10:01 20:11:00" ) );
  const std::string late = p.photo( "b.jpg", photoAtTime( "2025:10:01 20:20:00" ) );
  const std::string noTime = p.photo( "c.jpg", makeJpeg( 32, 32 ) );
  ExifTags nowhere;
  nowhere.latitude = 0;
  nowhere.longitude = 0;
  const std::string zeroGps = p.photo( "d.jpg", withTags( makeJpeg( 32, 32 ), nowhere ) );
  auto report = importPhotos( p.db(), { late, justAfter, noTime, zeroGps }, options );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( report->imported[0].x == Approx( kEast + 400 ).margin( 0.05 ) );
  CHECK( report->imported[0].stop.stopNumber == 3 );
  REQUIRE( report->unplaced.size() == 3 );
  CHECK( std::filesystem::path( report->unplaced[0].path ).filename() == "b.jpg" );
  CHECK( report->unplaced[0].reason.code == MessageCode::PhotoOutsideTrackTime );
  CHECK( report->unplaced[0].reason.text().find( "2025-10-01 20:20" ) != std::string::npos );
  CHECK( report->unplaced[0].reason.text().find( "2025-10-01 20:00 to 2025-10-01 20:10" ) !=
         std::string::npos );
  CHECK( report->unplaced[1].reason.code == MessageCode::PhotoNoGpsNoTime );
  CHECK( report->unplaced[2].reason.code == MessageCode::PhotoGpsOutsideSweden );
  // Stored for the user to place: no position, no observation.
  CHECK( p.count( "SELECT count(*) FROM walk_photos" ) == 4 );
  CHECK(
    p.count( "SELECT count(*) FROM walk_photos WHERE x IS NULL AND y IS NULL AND observation_id IS NULL AND "
             "position_source IS NULL" ) == 3 );
  CHECK( p.count( "SELECT count(*) FROM observations" ) == 1 );

  // Without a track, a photo with a time but no GPS is unplaced too, and says a track would place it.
  WalkProject q;
  auto noTrack =
    importPhotos( q.db(), { q.photo( "a.jpg", photoAtTime( "2025:10:01 20:11:00" ) ) }, q.options() );
  REQUIRE( noTrack.ok() );
  REQUIRE( noTrack->unplaced.size() == 1 );
  CHECK( noTrack->unplaced[0].reason.code == MessageCode::PhotoNoGpsNoTrack );
}

TEST_CASE( "a photo stored for the walk before is skipped and reported, not stored twice", "[photos]" )
{
  WalkProject p;
  const std::vector<unsigned char> jpeg =
    withTags( makeJpeg( 64, 64 ), tagsAt( kEast, kNorth, "2025:10:01 20:00:00" ) );
  const std::string first = p.photo( "IMG_1.jpg", jpeg );
  const std::string copy = p.photo( "kopia av IMG_1.jpg", jpeg );
  auto once = importPhotos( p.db(), { first, copy }, p.options() );
  REQUIRE( once.ok() );
  CHECK( once->imported.size() == 1 );
  REQUIRE( once->duplicates.size() == 1 );
  CHECK( once->duplicates[0].existingPhotoId == once->imported[0].photoId );
  auto again = importPhotos( p.db(), { first }, p.options() );
  REQUIRE( again.ok() );
  CHECK( again->imported.empty() );
  REQUIRE( again->duplicates.size() == 1 );
  CHECK( again->duplicates[0].existingFileName == "IMG_1.jpg" );
  CHECK( p.count( "SELECT count(*) FROM walk_photos" ) == 1 );
  CHECK( p.count( "SELECT count(*) FROM observations" ) == 1 );
}

TEST_CASE( "broken, non-JPEG and oversized files are refused with the reason while the others import",
           "[photos]" )
{
  WalkProject p;
  const std::vector<unsigned char> good =
    withTags( makeJpeg( 400, 300 ), tagsAt( kEast, kNorth, "2025:10:01 20:00:00" ) );
  // Cut at 60 %: the headers are whole, the image data is not.
  const std::vector<unsigned char> cut( good.begin(),
                                        good.begin() + static_cast<std::ptrdiff_t>( good.size() * 6 / 10 ) );
  std::vector<unsigned char> garbled = good;
  for ( size_t i = garbled.size() / 2; i < garbled.size() - 2; ++i )
    garbled[i] = 0xFF;
  const std::vector<unsigned char> png = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
  std::vector<unsigned char> heic = { 0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c' };
  heic.resize( 400, 0 );
  auto report =
    importPhotos( p.db(),
                  { p.photo( "good.jpg", good ), p.photo( "cut.jpg", cut ), p.photo( "garbled.jpg", garbled ),
                    p.photo( "bild.png", png ), p.photo( "IMG_2000.HEIC", heic ),
                    p.file( "anteckning.jpg", "inte en bild\n" ), p.photo( "empty.jpg", {} ) },
                  p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( std::filesystem::path( report->imported[0].path ).filename() == "good.jpg" );
  std::map<std::string, MessageCode> refused;
  for ( const RefusedPhoto &r : report->refused )
    refused[std::filesystem::path( r.path ).filename().string()] = r.reason.code;
  CHECK( refused == std::map<std::string, MessageCode>{ { "cut.jpg", MessageCode::PhotoUndecodable },
                                                        { "garbled.jpg", MessageCode::PhotoUndecodable },
                                                        { "bild.png", MessageCode::PhotoIsPng },
                                                        { "IMG_2000.HEIC", MessageCode::PhotoIsHeic },
                                                        { "anteckning.jpg", MessageCode::PhotoNotJpeg },
                                                        { "empty.jpg", MessageCode::PhotoEmpty } } );
  CHECK( p.count( "SELECT count(*) FROM walk_photos" ) == 1 );
}

TEST_CASE( "a 20 MiB photo imports whole, and a 26 MiB file is refused by its size, naming the limit",
           "[photos]" )
{
  WalkProject p;
  // A phone-sized photo of noise (which hardly compresses) grown to 20 MiB with comment segments.
  const std::vector<unsigned char> big = testphotos::paddedTo(
    withTags( makeJpeg( 2000, 1500, true, 95 ), tagsAt( kEast + 400, kNorth, "2025:10:01 20:00:00" ) ),
    20u * 1024 * 1024 );
  REQUIRE( big.size() >= 20u * 1024 * 1024 );
  REQUIRE( big.size() <= size_t( kMaxPhotoBytes ) );
  const std::vector<unsigned char> huge = testphotos::paddedTo(
    withTags( makeJpeg( 64, 64 ), tagsAt( kEast, kNorth, "2025:10:01 20:01:00" ) ), 26u * 1024 * 1024 );
  auto report =
    importPhotos( p.db(), { p.photo( "big.jpg", big ), p.photo( "huge.jpg", huge ) }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( report->imported[0].width == 2000 );
  CHECK( report->imported[0].stop.stopNumber == 3 );
  CHECK( p.count( "SELECT length(data) FROM walk_photos" ) == static_cast<int64_t>( big.size() ) );
  REQUIRE( report->refused.size() == 1 );
  CHECK( report->refused[0].reason.code == MessageCode::PhotoTooLarge );
  CHECK( report->refused[0].reason.text() ==
         "it is 26.0 MiB, more than the limit of 25.0 MiB for one photo" );
}

TEST_CASE( "a photo turned by its EXIF orientation is stored with the size and thumbnail as shown",
           "[photos]" )
{
  WalkProject p;
  ExifTags tags = tagsAt( kEast, kNorth, "2025:10:01 20:00:00" );
  tags.orientation = 6; // held upright: shown turned a quarter clockwise
  auto report =
    importPhotos( p.db(), { p.photo( "upright.jpg", withTags( makeJpeg( 400, 200 ), tags ) ) }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( report->imported[0].width == 200 );
  CHECK( report->imported[0].height == 400 );
  Statement s = p.db().prepare( "SELECT thumbnail FROM walk_photos" );
  REQUIRE( s.step() );
  const Thumbnail thumbnail = decodeThumbnail( s.blob( 0 ) );
  CHECK( thumbnail.width == 128 );
  CHECK( thumbnail.height == 256 );
  // The stored image's red grows from left to right; turned clockwise, it grows from top to bottom.
  CHECK( thumbnail.redBottom > thumbnail.redTop + 100 );
}

TEST_CASE( "a failure during a photo import leaves the project file exactly as it was", "[photos]" )
{
  WalkProject p;
  const std::string a =
    p.photo( "a.jpg", withTags( makeJpeg( 64, 64 ), tagsAt( kEast, kNorth + 100, "2025:10:01 20:00:00" ) ) );
  const std::string b =
    p.photo( "b.jpg", withTags( makeJpeg( 64, 64 ), tagsAt( kEast + 200, kNorth, "2025:10:01 20:02:00" ) ) );
  const std::string c =
    p.photo( "c.jpg", withTags( makeJpeg( 64, 64 ), tagsAt( kEast + 400, kNorth, "2025:10:01 20:04:00" ) ) );

  SECTION( "an SQL constraint fails at the third photo" )
  {
    p.db().exec( "CREATE TRIGGER inject_failure BEFORE INSERT ON walk_photos WHEN NEW.file_name = 'c.jpg' "
                 "BEGIN SELECT RAISE(ABORT, 'injected failure'); END" );
    const std::string before = p.bytes();
    auto report = importPhotos( p.db(), { a, b, c }, p.options() );
    REQUIRE_FALSE( report.ok() );
    CHECK( report.error().code == MessageCode::PhotoImportFailed );
    CHECK( report.error().text().find( "c.jpg" ) != std::string::npos );
    CHECK( report.error().text().find( "injected failure" ) != std::string::npos );
    CHECK( p.bytes() == before );
  }
  SECTION( "the second photo vanishes after it was surveyed" )
  {
    const std::string before = p.bytes();
    int calls = 0;
    auto report = importPhotos( p.db(), { a, b, c }, p.options(),
                                [&]( double )
                                {
                                  // Three calls survey the files, the fourth stores a.jpg, the fifth comes
                                  // before b.jpg.
                                  if ( ++calls == 5 )
                                    std::filesystem::remove( b );
                                  return true;
                                } );
    REQUIRE_FALSE( report.ok() );
    CHECK( report.error().code == MessageCode::PhotoImportFailed );
    REQUIRE( report.error().args.size() == 2 );
    CHECK( report.error().args[0].text == "b.jpg" );
    REQUIRE( report.error().args[1].message );
    CHECK( report.error().args[1].message->code == MessageCode::FileMissing );
    CHECK( p.bytes() == before );
  }
  SECTION( "the user cancels after the first photo" )
  {
    const std::string before = p.bytes();
    int calls = 0;
    auto report = importPhotos( p.db(), { a, b, c }, p.options(), [&]( double ) { return ++calls < 5; } );
    REQUIRE_FALSE( report.ok() );
    CHECK( isCancelled( report.error() ) );
    CHECK( p.bytes() == before );
  }
  SECTION( "a file given does not exist" )
  {
    const std::string before = p.bytes();
    auto report = importPhotos( p.db(), { a, p.dir.file( "saknas.jpg" ) }, p.options() );
    REQUIRE_FALSE( report.ok() );
    CHECK( report.error().text().find( "saknas.jpg" ) != std::string::npos );
    CHECK( p.bytes() == before );
  }
  // And the same import, untouched, goes through.
  p.db().exec( "DROP TRIGGER IF EXISTS inject_failure" );
  if ( std::filesystem::exists( b ) )
  {
    auto report = importPhotos( p.db(), { a, b, c }, p.options() );
    REQUIRE( report.ok() );
    CHECK( report->imported.size() == 3 );
  }
}

TEST_CASE( "an unknown walk, a bad tolerance or clock offset, an unreadable track: nothing is imported",
           "[photos]" )
{
  WalkProject p;
  const std::string photo =
    p.photo( "a.jpg", withTags( makeJpeg( 32, 32 ), tagsAt( kEast, kNorth, "2025:10:01 20:00:00" ) ) );
  const std::string before = p.bytes();
  PhotoImportOptions options = p.options();
  options.walkId = 99;
  auto unknown = importPhotos( p.db(), { photo }, options );
  REQUIRE_FALSE( unknown.ok() );
  CHECK( unknown.error().code == MessageCode::WalkNotFound );
  options = p.options();
  options.snapToleranceMeters = 0;
  CHECK( importPhotos( p.db(), { photo }, options ).error().code == MessageCode::SnapBadTolerance );
  options = p.options();
  options.clockOffsetSeconds = kMaxClockOffsetSeconds + 1;
  CHECK( importPhotos( p.db(), { photo }, options ).error().code == MessageCode::PhotoBadClockOffset );
  options = p.options();
  options.trackPath = p.file( "spår.gpx", "<gpx version=\"1.1\"><trk></trk></gpx>" );
  CHECK( importPhotos( p.db(), { photo }, options ).error().code == MessageCode::GpxEmptyTrack );
  CHECK( importPhotos( p.db(), {}, p.options() ).error().code == MessageCode::PhotoNoFiles );
  CHECK( p.bytes() == before );
}

TEST_CASE(
  "an unplaced photo placed by hand becomes a draft observation at its stop, and a draft is confirmed",
  "[photos]" )
{
  WalkProject p;
  auto report = importPhotos( p.db(), { p.photo( "utan.jpg", makeJpeg( 32, 32 ) ) }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->unplaced.size() == 1 );
  const int64_t photo = report->unplaced[0].photoId;
  EditOptions edit;
  edit.actor = "tester";

  // Outside Sweden: refused, nothing changed (no stop added either).
  const std::string before = p.bytes();
  auto outside = placePhoto( p.db(), photo, 100, 100, kDefaultSnapToleranceMeters, edit );
  REQUIRE_FALSE( outside.ok() );
  CHECK( outside.error().code == MessageCode::EditObservationOutsideSweden );
  CHECK( p.bytes() == before );

  auto placed = placePhoto( p.db(), photo, kEast + 395, kNorth + 10, kDefaultSnapToleranceMeters, edit );
  REQUIRE( placed.ok() );
  CHECK( placed->stop.stopNumber == 3 );
  CHECK_FALSE( placed->stop.added );
  CHECK( p.db().queryText( "SELECT position_source FROM walk_photos" ) == "manual" );
  CHECK( p.count( "SELECT observation_id FROM walk_photos" ) == placed->observationId );
  RecordEdits edits( p.db() );
  auto observation = edits.readObservation( placed->observationId );
  REQUIRE( observation.ok() );
  CHECK( observation->draft );
  CHECK( observation->stopId == p.stops[2].fid );
  CHECK( observation->note == "utan.jpg" );

  auto twice = placePhoto( p.db(), photo, kEast, kNorth, kDefaultSnapToleranceMeters, edit );
  REQUIRE_FALSE( twice.ok() );
  CHECK( twice.error().code == MessageCode::PhotoAlreadyPlaced );
  CHECK( placePhoto( p.db(), 999, kEast, kNorth, 50, edit ).error().code == MessageCode::WalkPhotoNotFound );

  REQUIRE( confirmDraftObservation( p.db(), placed->observationId, edit ).ok() );
  CHECK_FALSE( edits.readObservation( placed->observationId )->draft );
  const Status again = confirmDraftObservation( p.db(), placed->observationId, edit );
  REQUIRE_FALSE( again.ok() );
  CHECK( again.error().code == MessageCode::ObservationNotDraft );
}

TEST_CASE( "a photo taken outside the project is kept to be placed, and cannot be placed there by hand",
           "[photos]" )
{
  WalkProject p;
  // The project: one area of 1 km around the stops, so its extent reaches 2 km beyond that.
  testphotos::addSquareArea( p.db(), kEast - 400, kNorth - 500, 1000 );
  const std::vector<unsigned char> far =
    withTags( makeJpeg( 64, 48 ), tagsAt( kEast + 9000, kNorth, "2025:10:01 20:10:00" ) );
  const std::vector<unsigned char> near =
    withTags( makeJpeg( 64, 48, true ), tagsAt( kEast + 5, kNorth + 5, "2025:10:01 20:00:00" ) );
  auto report =
    importPhotos( p.db(), { p.photo( "semester.jpg", far ), p.photo( "torget.jpg", near ) }, p.options() );
  REQUIRE( report.ok() );
  REQUIRE( report->imported.size() == 1 );
  CHECK( report->imported[0].stop.stopNumber == 1 );
  REQUIRE( report->unplaced.size() == 1 );
  CHECK( report->unplaced[0].reason.code == MessageCode::PhotoGpsOutsideProject );
  CHECK( report->unplaced[0].reason.text().find( "the project's areas with 2000 m around it" ) !=
         std::string::npos );
  CHECK( report->newStops.empty() ); // no stop 9 km away
  CHECK( p.count( "SELECT count(*) FROM walk_stops" ) == 3 );

  // The walk's photos: one placed, one waiting, in the order stored.
  auto photos = walkPhotos( p.db(), p.walk );
  REQUIRE( photos.ok() );
  REQUIRE( photos->size() == 2 );
  int waiting = 0;
  for ( const WalkPhotoEntry &photo : *photos )
  {
    waiting += photo.placed() ? 0 : 1;
    CHECK( photo.width == 64 );
    if ( photo.placed() )
      CHECK( photo.positionSource == "exif" );
  }
  CHECK( waiting == 1 );
  CHECK( walkPhotos( p.db(), 999 ).error().code == MessageCode::WalkNotFound );

  // Placed by hand outside the project: refused, nothing written.
  EditOptions edit;
  edit.actor = "tester";
  const std::string before = p.bytes();
  auto outside = placePhoto( p.db(), report->unplaced[0].photoId, kEast + 9000, kNorth,
                             kDefaultSnapToleranceMeters, edit );
  REQUIRE_FALSE( outside.ok() );
  CHECK( outside.error().code == MessageCode::PhotoPlaceOutsideProject );
  CHECK( p.bytes() == before );
  REQUIRE( placePhoto( p.db(), report->unplaced[0].photoId, kEast + 200, kNorth + 20,
                       kDefaultSnapToleranceMeters, edit )
             .ok() );
  auto after = walkPhotos( p.db(), p.walk );
  REQUIRE( after.ok() );
  for ( const WalkPhotoEntry &photo : *after )
    CHECK( photo.placed() );
}

TEST_CASE( "photos left without a walk when it is deleted are given back to it by relinking", "[photos]" )
{
  WalkProject p;
  auto report = importPhotos( p.db(), { p.photo( "a.jpg", makeJpeg( 32, 32 ) ) }, p.options() );
  REQUIRE( report.ok() );
  const int64_t photo = report->unplaced.at( 0 ).photoId;
  Walk copy = *WalkStore( p.db() ).load( p.walk );
  REQUIRE( WalkStore( p.db() ).remove( p.walk ).ok() );
  // The photo stays, without a walk.
  CHECK( p.count( "SELECT count(*) FROM walk_photos WHERE walk_id IS NULL" ) == 1 );
  auto again = WalkStore( p.db() ).create( copy );
  REQUIRE( again.ok() );
  REQUIRE( relinkPhotosToWalk( p.db(), *again, { photo } ).ok() );
  CHECK( p.count( "SELECT walk_id FROM walk_photos" ) == *again );
  // A photo of another walk is not taken over.
  auto other = WalkStore( p.db() ).create( copy );
  REQUIRE( other.ok() );
  REQUIRE( relinkPhotosToWalk( p.db(), *other, { photo } ).ok() );
  CHECK( p.count( "SELECT walk_id FROM walk_photos" ) == *again );
}

TEST_CASE( "the photos of a folder are its JPEG and phone image files, by name", "[photos]" )
{
  TempDir dir;
  for ( const char *name : { "b.JPG", "a.jpeg", "c.heic", "spår.gpx", "notes.txt", ".hidden.jpg" } )
    testutil::writeFile( dir.file( name ), "x" );
  std::filesystem::create_directories( dir.file( "sub.jpg" ) );
  auto files = photoFilesInFolder( dir.path().string() );
  REQUIRE( files.ok() );
  std::vector<std::string> names;
  for ( const std::string &f : *files )
    names.push_back( std::filesystem::path( f ).filename().string() );
  CHECK( names == std::vector<std::string>{ "a.jpeg", "b.JPG", "c.heic" } );
  TempDir empty;
  testutil::writeFile( empty.file( "spår.gpx" ), "x" );
  auto none = photoFilesInFolder( empty.path().string() );
  REQUIRE_FALSE( none.ok() );
  CHECK( none.error().code == MessageCode::PhotoFolderEmpty );
}

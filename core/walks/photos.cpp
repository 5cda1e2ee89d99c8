#include "photos.h"

#include "coordinatedetection.h"
#include "database.h"
#include "datetimeparser.h"
#include "exif.h"
#include "gpx.h"
#include "paths.h"
#include "projectbounds.h"
#include "projectfile.h"
#include "recordedits.h"
#include "sha256.h"
#include "swedishtext.h"
#include "textscreening.h"
#include "walkfiles.h"
#include "transactions.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <filesystem>

namespace tryggkarta
{

namespace
{

struct DatasetCloser
{
  void operator()( GDALDataset *dataset ) const { GDALClose( dataset ); }
};

//! Why bytes that are not a JPEG were refused: what they are when it is a format phones also save.
Message notJpegReason( const std::vector<unsigned char> &bytes )
{
  static const unsigned char kPng[4] = { 0x89, 'P', 'N', 'G' };
  if ( bytes.size() >= 4 && std::memcmp( bytes.data(), kPng, 4 ) == 0 )
    return Message::make( MessageCode::PhotoIsPng );
  if ( bytes.size() >= 12 && std::memcmp( bytes.data() + 4, "ftyp", 4 ) == 0 )
  {
    const std::string brand( reinterpret_cast<const char *>( bytes.data() ) + 8, 4 );
    for ( const char *heif : { "heic", "heix", "hevc", "heim", "heis", "mif1", "msf1" } )
      if ( brand == heif )
        return Message::make( MessageCode::PhotoIsHeic );
  }
  return Message::make( MessageCode::PhotoNotJpeg );
}

//! Sets a GDAL configuration option for this thread while in scope.
struct ThreadOption
{
  ThreadOption( const char *key, const char *value ) : mKey( key )
  {
    CPLSetThreadLocalConfigOption( key, value );
  }
  ~ThreadOption() { CPLSetThreadLocalConfigOption( mKey, nullptr ); }
  const char *mKey;
};

//! A decoded photo: its size as shown and a thumbnail (JPEG) turned the same way.
struct Decoded
{
  int width = 0;
  int height = 0;
  std::vector<unsigned char> thumbnail;
};

/**
 * The pixels of a thumbnail in the photo's own orientation, turned as EXIF orientation says the photo is
 * shown (1 as stored, 2 mirrored, 3 turned half round, 4 flipped, 5–8 with rows and columns exchanged).
 */
std::vector<unsigned char> turned( const std::vector<unsigned char> &pixels, int w, int h, int bands,
                                   int orientation, int &outW, int &outH )
{
  const bool swap = orientation >= 5 && orientation <= 8;
  outW = swap ? h : w;
  outH = swap ? w : h;
  std::vector<unsigned char> out( pixels.size() );
  for ( int v = 0; v < outH; ++v )
    for ( int u = 0; u < outW; ++u )
    {
      int x = u, y = v;
      switch ( orientation )
      {
      case 2:
        x = w - 1 - u;
        break;
      case 3:
        x = w - 1 - u;
        y = h - 1 - v;
        break;
      case 4:
        y = h - 1 - v;
        break;
      case 5:
        x = v;
        y = u;
        break;
      case 6:
        x = v;
        y = h - 1 - u;
        break;
      case 7:
        x = w - 1 - v;
        y = h - 1 - u;
        break;
      case 8:
        x = w - 1 - v;
        y = u;
        break;
      default:
        break;
      }
      std::memcpy( &out[( size_t( v ) * outW + u ) * bands], &pixels[( size_t( y ) * w + x ) * bands],
                   size_t( bands ) );
    }
  return out;
}

/**
 * Decodes the photo with GDAL's JPEG driver, reading it at thumbnail size (libjpeg scales while decoding, so
 * a large photo is never held whole), and encodes the thumbnail. A file that does not decode to the end (cut
 * short, damaged data) is an error: libjpeg's warnings count as errors here.
 */
Expected<Decoded> decodePhoto( std::vector<unsigned char> &bytes, int orientation, const std::string &name )
{
  const VsiMemoryFile file( bytes, ".jpg" );
  const ThreadOption strict( "GDAL_ERROR_ON_LIBJPEG_WARNING", "TRUE" );
  const char *drivers[] = { "JPEG", nullptr };
  const GdalErrorCapture errors( file.path(), name );
  // libjpeg's own words say what is wrong ("Premature end of JPEG file"); GDAL's wrapping of them does not.
  auto failed = [&]()
  {
    std::string detail = errors.lastFailure();
    for ( const std::string &failure : errors.failures() )
      if ( const size_t at = failure.find( "libjpeg: " ); at != std::string::npos )
        detail = failure.substr( at + 9 );
    return Error( MessageCode::PhotoUndecodable,
                  detail.empty() ? std::string( "GDAL cannot read it" ) : detail );
  };
  std::unique_ptr<GDALDataset, DatasetCloser> dataset( static_cast<GDALDataset *>(
    GDALOpenEx( file.path().c_str(), GDAL_OF_RASTER | GDAL_OF_READONLY, drivers, nullptr, nullptr ) ) );
  if ( !dataset )
    return failed();
  const int w = dataset->GetRasterXSize(), h = dataset->GetRasterYSize();
  if ( w <= 0 || h <= 0 || dataset->GetRasterCount() < 1 )
    return failed();
  if ( int64_t( w ) * h > kMaxPhotoPixels )
    return Error( MessageCode::PhotoTooManyPixels, w, h, kMaxPhotoPixels / 1000000 );
  const int bands = dataset->GetRasterCount() >= 3 ? 3 : 1;
  const double scale = std::min( 1.0, double( kThumbnailPixels ) / std::max( w, h ) );
  const int tw = std::max( 1, static_cast<int>( std::lround( w * scale ) ) );
  const int th = std::max( 1, static_cast<int>( std::lround( h * scale ) ) );
  std::vector<unsigned char> pixels( size_t( tw ) * th * bands );
  int bandMap[3] = { 1, 2, 3 };
  GDALRasterIOExtraArg extra;
  INIT_RASTERIO_EXTRA_ARG( extra );
  extra.eResampleAlg = GRIORA_Average;
  if ( dataset->RasterIO( GF_Read, 0, 0, w, h, pixels.data(), tw, th, GDT_Byte, bands, bandMap, bands,
                          GSpacing( tw ) * bands, 1, &extra ) != CE_None ||
       !errors.failures().empty() )
    return failed();

  Decoded decoded;
  int outW = 0, outH = 0;
  const std::vector<unsigned char> shown = turned( pixels, tw, th, bands, orientation, outW, outH );
  const bool swap = orientation >= 5 && orientation <= 8;
  decoded.width = swap ? h : w;
  decoded.height = swap ? w : h;

  GDALDriver *memory = GetGDALDriverManager()->GetDriverByName( "MEM" );
  GDALDriver *jpeg = GetGDALDriverManager()->GetDriverByName( "JPEG" );
  if ( !memory || !jpeg )
    return failed();
  std::unique_ptr<GDALDataset, DatasetCloser> thumb(
    memory->Create( "", outW, outH, bands, GDT_Byte, nullptr ) );
  if ( !thumb ||
       thumb->RasterIO( GF_Write, 0, 0, outW, outH, const_cast<unsigned char *>( shown.data() ), outW, outH,
                        GDT_Byte, bands, bandMap, bands, GSpacing( outW ) * bands, 1, nullptr ) != CE_None )
    return failed();
  const std::string thumbPath = VsiMemoryFile::uniquePath( ".jpg" );
  const char *options[] = { "QUALITY=80", nullptr };
  std::unique_ptr<GDALDataset, DatasetCloser> written( jpeg->CreateCopy(
    thumbPath.c_str(), thumb.get(), FALSE, const_cast<char **>( options ), nullptr, nullptr ) );
  written.reset();
  vsi_l_offset length = 0;
  GByte *buffer = VSIGetMemFileBuffer( thumbPath.c_str(), &length, TRUE );
  VSIUnlink( thumbPath.c_str() );
  if ( !buffer || length == 0 )
  {
    CPLFree( buffer );
    return failed();
  }
  decoded.thumbnail.assign( buffer, buffer + length );
  CPLFree( buffer );
  return decoded;
}

//! What the first pass learnt of a file: enough to sort the photos by time and to refuse the bad ones.
struct Survey
{
  std::string path;
  std::string name;
  std::string sha;
  std::optional<Message> refusal;
  ExifTags tags;
  std::optional<int64_t> takenUtc;
  std::vector<Message> notes;
};

Expected<Survey> survey( const std::string &path, const PhotoImportOptions &options )
{
  Survey s;
  s.path = path;
  s.name = fileName( path );
  auto size = regularFileSize( path );
  if ( !size )
    return Error{ size.error() };
  if ( *size > kMaxPhotoBytes )
  {
    s.refusal = Message::make( MessageCode::PhotoTooLarge, mebibytes( *size ), mebibytes( kMaxPhotoBytes ) );
    return s;
  }
  if ( *size == 0 )
  {
    s.refusal = Message::make( MessageCode::PhotoEmpty );
    return s;
  }
  auto bytes = readFileBytes( path );
  if ( !bytes )
    return Error{ bytes.error() };
  Sha256 sha;
  sha.update( bytes->data(), bytes->size() );
  s.sha = sha.hexDigest();
  if ( !looksLikeJpeg( bytes->data(), bytes->size() ) )
  {
    s.refusal = notJpegReason( *bytes );
    return s;
  }
  auto exif = readJpegExif( bytes->data(), bytes->size() );
  if ( !exif )
    s.notes.push_back( Message::make( MessageCode::PhotoExifUnreadable, exif.error() ) );
  else if ( exif->has_value() )
  {
    s.tags = ( *exif )->tags;
    s.notes.insert( s.notes.end(), ( *exif )->ignored.begin(), ( *exif )->ignored.end() );
  }
  if ( const auto camera = exifOriginalUtc( s.tags ) )
    s.takenUtc = *camera + options.clockOffsetSeconds;
  else
    s.takenUtc = exifGpsUtc( s.tags );
  if ( s.takenUtc && !isTimeAccepted( *s.takenUtc ) )
  {
    s.notes.push_back(
      Message::make( MessageCode::DraftTimeImplausible, stockholmDateTimeText( *s.takenUtc ) ) );
    s.takenUtc.reset();
  }
  return s;
}

//! The file name as stored: personal data in it replaced unless it is to be kept.
std::string storedName( const std::string &name, bool keepPersonalData )
{
  const ScreeningResult result = screenText( name );
  return result.clean() || keepPersonalData ? name : redact( name, result );
}

//! Ends the import with a failure at a file: storage failures as they are, others saying where it stopped.
[[noreturn]] void abortAt( const std::string &name, const Message &message )
{
  switch ( message.code )
  {
  case MessageCode::DiskFull:
  case MessageCode::DiskWriteFailed:
  case MessageCode::DiskFailureWhile:
  case MessageCode::ProjectBusy:
  case MessageCode::ProjectDamaged:
  case MessageCode::Cancelled:
    throw Refused{ message };
  default:
    throw Refused{ Message::make( MessageCode::PhotoImportFailed, name, message ) };
  }
}

//! A position for a photo: its GPS, else its time on the track; or why there is none.
struct Placement
{
  std::optional<PhotoPlacement> how;
  double x = 0;
  double y = 0;
  std::optional<Message> reason; //!< when not placed
};

Placement placeSurveyed( Database &db, const ProjectBounds &bounds, Survey &s,
                         const std::optional<GpxData> &track, const LonLatToProject &toProject )
{
  Placement p;
  std::optional<Message> gpsProblem;
  if ( s.tags.latitude && s.tags.longitude )
  {
    const double lat = *s.tags.latitude, lon = *s.tags.longitude;
    if ( insideSwedenLonLat( lon, lat ) && toProject.apply( lon, lat, p.x, p.y ) &&
         isPositionInSweden( db, RecordTable::Observations, p.x, p.y ) )
    {
      if ( bounds.contains( p.x, p.y ) )
      {
        p.how = PhotoPlacement::Exif;
        return p;
      }
      gpsProblem = Message::make( MessageCode::PhotoGpsOutsideProject, formatReal( lat, 8 ),
                                  formatReal( lon, 8 ), bounds.basis(), bounds.marginMeters() );
    }
    else
      gpsProblem =
        Message::make( MessageCode::PhotoGpsOutsideSweden, formatReal( lat, 8 ), formatReal( lon, 8 ) );
  }
  if ( !s.takenUtc )
  {
    p.reason = gpsProblem ? *gpsProblem : Message::make( MessageCode::PhotoNoGpsNoTime );
    return p;
  }
  if ( !track )
  {
    p.reason = gpsProblem ? *gpsProblem : Message::make( MessageCode::PhotoNoGpsNoTrack );
    return p;
  }
  if ( gpsProblem )
    s.notes.push_back( *gpsProblem );
  const TrackPosition onTrack = positionOnTrack( track->line, *s.takenUtc );
  switch ( onTrack.outcome )
  {
  case TrackPosition::Outcome::Placed:
    if ( !isPositionInSweden( db, RecordTable::Observations, onTrack.x, onTrack.y ) )
      p.reason = Message::make( MessageCode::PhotoTrackOutsideSweden, stockholmDateTimeText( *s.takenUtc ) );
    else if ( !bounds.contains( onTrack.x, onTrack.y ) )
      p.reason = Message::make( MessageCode::PhotoTrackOutsideProject, stockholmDateTimeText( *s.takenUtc ),
                                bounds.basis(), bounds.marginMeters() );
    else
    {
      p.how = PhotoPlacement::Track;
      p.x = onTrack.x;
      p.y = onTrack.y;
    }
    break;
  case TrackPosition::Outcome::NoTimes:
    p.reason = Message::make( MessageCode::PhotoTrackNoTimes, track->fileName );
    break;
  case TrackPosition::Outcome::Outside:
    p.reason = Message::make( MessageCode::PhotoOutsideTrackTime, stockholmDateTimeText( *s.takenUtc ),
                              stockholmDateTimeText( onTrack.first ), stockholmDateTimeText( onTrack.last ),
                              kTrackTimeMarginSeconds / 60 );
    break;
  case TrackPosition::Outcome::Gap:
    p.reason =
      Message::make( MessageCode::PhotoTrackGap, stockholmDateTimeText( *s.takenUtc ),
                     stockholmDateTimeText( onTrack.gapFrom ), stockholmDateTimeText( onTrack.gapTo ) );
    break;
  }
  return p;
}

//! An SQL failure while writing photos, said with where it happened; where is read when the failure comes.
auto failedAt( const std::string &where )
{
  return [&where]( const SqlError &e )
  { return Message::make( MessageCode::PhotoImportFailed, where, std::string( e.what() ) ); };
}

void requireWalk( Database &db, int64_t walkId )
{
  Statement s = db.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
  s.bind( 1, walkId );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::WalkNotFound, walkId ) };
}

} // namespace

const char *photoPlacementCode( PhotoPlacement placement )
{
  switch ( placement )
  {
  case PhotoPlacement::Exif:
    return "exif";
  case PhotoPlacement::Track:
    return "track";
  case PhotoPlacement::Manual:
    return "manual";
  }
  return "manual";
}

Expected<std::vector<std::string>> photoFilesInFolder( const std::string &folder )
{
  std::error_code ec;
  if ( !std::filesystem::is_directory( folder, ec ) )
    return Error( MessageCode::FileMissing, folder );
  std::vector<std::string> files;
  for ( std::filesystem::directory_iterator it( folder, ec ), end; !ec && it != end; it.increment( ec ) )
  {
    const std::string name = it->path().filename().string();
    if ( name.empty() || name[0] == '.' || !it->is_regular_file( ec ) )
      continue;
    const std::string extension = lowerExtension( name );
    for ( const char *image : { ".jpg", ".jpeg", ".jpe", ".jfif", ".heic", ".heif", ".png" } )
      if ( extension == image )
        files.push_back( it->path().string() );
  }
  if ( ec )
    return Error( MessageCode::FileReadFailed, folder, ec.message() );
  std::sort( files.begin(), files.end() );
  if ( files.empty() )
    return Error( MessageCode::PhotoFolderEmpty, folder );
  return files;
}

Expected<PhotoImportReport> importPhotos( Database &db, const std::vector<std::string> &paths,
                                          const PhotoImportOptions &options,
                                          const ProgressCallback &progress )
{
  if ( paths.empty() )
    return Error( MessageCode::PhotoNoFiles );
  if ( Status tolerance = checkSnapTolerance( options.snapToleranceMeters ); !tolerance )
    return Error{ tolerance.error() };
  if ( options.clockOffsetSeconds < -kMaxClockOffsetSeconds ||
       options.clockOffsetSeconds > kMaxClockOffsetSeconds )
    return Error( MessageCode::PhotoBadClockOffset, kMaxClockOffsetSeconds, options.clockOffsetSeconds );
  int srs = 3006;
  try
  {
    srs = projectPointSrs( db );
    requireWalk( db, options.walkId );
  }
  catch ( const Refused &abort )
  {
    return Error{ abort.message };
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, std::string( e.what() ) );
  }
  std::optional<GpxData> track;
  if ( !options.trackPath.empty() )
  {
    auto read = readGpx( options.trackPath, srs, GpxNeed::Line );
    if ( !read )
      return Error{ read.error() };
    track = std::move( read.value() );
  }
  auto toProject = LonLatToProject::make( srs, fileName( paths.front() ) );
  if ( !toProject )
    return Error{ toProject.error() };

  // First pass: sizes, hashes, EXIF and times, without keeping the bytes.
  std::vector<Survey> surveys;
  for ( size_t i = 0; i < paths.size(); ++i )
  {
    if ( !reportProgress( progress, 0.3 * double( i ) / double( paths.size() ) ) )
      return Error( MessageCode::Cancelled );
    auto s = survey( paths[i], options );
    if ( !s )
      return Error( MessageCode::PhotoImportFailed, fileName( paths[i] ), s.error() );
    surveys.push_back( std::move( s.value() ) );
  }
  // In the order they were taken, so stops the import adds are numbered along the walk.
  std::stable_sort( surveys.begin(), surveys.end(),
                    []( const Survey &a, const Survey &b )
                    {
                      if ( a.takenUtc.has_value() != b.takenUtc.has_value() )
                        return a.takenUtc.has_value();
                      if ( a.takenUtc && *a.takenUtc != *b.takenUtc )
                        return *a.takenUtc < *b.takenUtc;
                      return a.name < b.name;
                    } );

  std::string current;
  return inTransactionOr<PhotoImportReport>(
    db, failedAt( current ),
    [&]
    {
      PhotoImportReport report;
      report.walkId = options.walkId;
      WalkWriteOptions walkOptions;
      walkOptions.actor = options.actor;
      StopSnapper snapper( db, options.walkId, options.snapToleranceMeters, walkOptions );
      const ProjectBounds bounds( db );
      Statement duplicate = db.prepare( "SELECT fid, file_name FROM walk_photos WHERE walk_id = ? AND "
                                        "content_sha256 = ? ORDER BY fid LIMIT 1" );
      Statement insert = db.prepare(
        "INSERT INTO walk_photos (walk_id, observation_id, file_name, content_sha256, taken_at, x, y, "
        "position_source, mime_type, width, height, data, thumbnail, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'image/jpeg', ?, ?, ?, ?, ?)" );
      const std::string now = utcNowIso();
      for ( size_t i = 0; i < surveys.size(); ++i )
      {
        Survey &s = surveys[i];
        current = s.name;
        if ( !reportProgress( progress, 0.3 + 0.7 * double( i ) / double( surveys.size() ) ) )
          throw Refused{ Message::make( MessageCode::Cancelled ) };
        if ( s.refusal )
        {
          report.refused.push_back( { s.path, *s.refusal } );
          continue;
        }
        auto bytes = readFileBytes( s.path );
        if ( !bytes )
          abortAt( s.name, bytes.error() );
        Sha256 sha;
        sha.update( bytes->data(), bytes->size() );
        if ( sha.hexDigest() != s.sha )
          abortAt( s.name, Message::make( MessageCode::PhotoFileChanged ) );

        duplicate.bind( 1, options.walkId ).bind( 2, s.sha );
        if ( duplicate.step() )
        {
          report.duplicates.push_back( { s.path, duplicate.int64( 0 ), duplicate.text( 1 ) } );
          duplicate.reset();
          continue;
        }
        duplicate.reset();

        auto decoded = decodePhoto( *bytes, s.tags.orientation, s.name );
        if ( !decoded )
        {
          report.refused.push_back( { s.path, decoded.error() } );
          continue;
        }

        const std::string name = storedName( s.name, options.keepPersonalData );
        const Placement place = placeSurveyed( db, bounds, s, track, *toProject );
        std::optional<PlacedDraft> draft;
        if ( place.how )
        {
          EditOptions edit;
          edit.actor = options.actor;
          edit.keepPersonalData = options.keepPersonalData;
          edit.origin = "from photo " + name;
          auto added = addDraftObservation( db, snapper, { place.x, place.y, s.takenUtc, s.name },
                                            kStopAddedFromPhoto, edit );
          if ( !added )
            abortAt( s.name, added.error() );
          draft = *added;
          if ( draft->stop.added )
            report.newStops.push_back( draft->stop.stopNumber );
        }

        insert.bind( 1, options.walkId );
        draft ? insert.bind( 2, draft->observationId ) : insert.bindNull( 2 );
        insert.bind( 3, name ).bind( 4, s.sha );
        s.takenUtc ? insert.bind( 5, formatUtcIso( *s.takenUtc ) ) : insert.bindNull( 5 );
        if ( place.how )
          insert.bind( 6, place.x ).bind( 7, place.y ).bind( 8, photoPlacementCode( *place.how ) );
        else
          insert.bindNull( 6 ).bindNull( 7 ).bindNull( 8 );
        insert.bind( 9, decoded->width ).bind( 10, decoded->height );
        insert.bindBlobStatic( 11, bytes->data(), static_cast<int>( bytes->size() ) );
        insert.bindBlobStatic( 12, decoded->thumbnail.data(), static_cast<int>( decoded->thumbnail.size() ) );
        insert.bind( 13, now );
        insert.run();
        insert.reset();
        const int64_t photoId = db.lastInsertId();

        if ( draft )
        {
          ImportedPhoto imported;
          imported.path = s.path;
          imported.photoId = photoId;
          imported.observationId = draft->observationId;
          imported.placement = *place.how;
          imported.x = place.x;
          imported.y = place.y;
          imported.stop = draft->stop;
          imported.takenUtc = s.takenUtc;
          imported.width = decoded->width;
          imported.height = decoded->height;
          imported.notes = s.notes;
          imported.notes.insert( imported.notes.end(), draft->notes.begin(), draft->notes.end() );
          report.imported.push_back( std::move( imported ) );
        }
        else
          report.unplaced.push_back( { s.path, photoId, *place.reason, s.takenUtc, s.notes } );
      }
      current.clear();
      const int64_t stored = static_cast<int64_t>( report.imported.size() + report.unplaced.size() );
      if ( stored > 0 )
      {
        Statement audit =
          db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                      "VALUES (?, ?, 'import', 'walk_photos', ?, ?)" );
        audit.bind( 1, utcNowIso() ).bindTextOrNull( 2, options.actor ).bind( 3, stored );
        audit.bind( 4, "photos of walk " + std::to_string( options.walkId ) + ": " +
                         std::to_string( report.imported.size() ) + " placed as draft observations, " +
                         std::to_string( report.unplaced.size() ) + " unplaced" );
        audit.run();
      }
      if ( !reportProgress( progress, 1.0 ) )
        throw Refused{ Message::make( MessageCode::Cancelled ) };
      return report;
    } );
}

Expected<PlacedPhoto> placePhoto( Database &db, int64_t photoId, double x, double y,
                                  double snapToleranceMeters, const EditOptions &options )
{
  if ( Status tolerance = checkSnapTolerance( snapToleranceMeters ); !tolerance )
    return Error{ tolerance.error() };
  return inTransactionOr<PlacedPhoto>(
    db, failedAt( std::to_string( photoId ) ),
    [&]
    {
      Statement photo =
        db.prepare( "SELECT walk_id, x, observation_id, taken_at, file_name FROM walk_photos WHERE fid = ?" );
      photo.bind( 1, photoId );
      if ( !photo.step() )
        throw Refused{ Message::make( MessageCode::WalkPhotoNotFound, photoId ) };
      if ( !photo.isNull( 1 ) || !photo.isNull( 2 ) )
        throw Refused{ Message::make( MessageCode::PhotoAlreadyPlaced, photoId,
                                      photo.isNull( 2 ) ? int64_t( 0 ) : photo.int64( 2 ) ) };
      if ( photo.isNull( 0 ) )
        throw Refused{ Message::make( MessageCode::PhotoWithoutWalk, photoId ) };
      const int64_t walkId = photo.int64( 0 );
      const std::optional<int64_t> taken = photo.isNull( 3 ) ? std::nullopt : parseUtcIso( photo.text( 3 ) );
      const std::string name = photo.text( 4 );
      photo.reset();
      // Checked before snapping, so a place outside Sweden is refused as an observation, not as a new stop.
      if ( !isPositionInSweden( db, RecordTable::Observations, x, y ) )
        throw Refused{ Message::make( MessageCode::EditObservationOutsideSweden, formatReal( x, 10 ),
                                      formatReal( y, 10 ), projectPointSrs( db ) ) };
      if ( const ProjectBounds bounds( db ); !bounds.contains( x, y ) )
        throw Refused{ Message::make( MessageCode::PhotoPlaceOutsideProject, formatReal( x, 10 ),
                                      formatReal( y, 10 ), bounds.basis(), bounds.marginMeters() ) };
      WalkWriteOptions walkOptions;
      walkOptions.actor = options.actor;
      StopSnapper snapper( db, walkId, snapToleranceMeters, walkOptions );
      EditOptions edit = options;
      if ( edit.origin.empty() )
        edit.origin = "photo " + std::to_string( photoId ) + " placed by hand";
      auto added = addDraftObservation(
        db, snapper, { x, y, taken && isTimeAccepted( *taken ) ? taken : std::nullopt, name },
        kStopAddedFromPhoto, edit );
      if ( !added )
        throw Refused{ added.error() };
      Statement update = db.prepare( "UPDATE walk_photos SET x = ?, y = ?, position_source = 'manual', "
                                     "observation_id = ? WHERE fid = ?" );
      update.bind( 1, x ).bind( 2, y ).bind( 3, added->observationId ).bind( 4, photoId );
      update.run();
      return PlacedPhoto{ photoId, added->observationId, added->stop, added->notes };
    } );
}

Expected<std::vector<WalkPhotoEntry>> walkPhotos( Database &db, int64_t walkId )
{
  try
  {
    Statement walk = db.prepare( "SELECT 1 FROM safety_walks WHERE fid = ?" );
    walk.bind( 1, walkId );
    if ( !walk.step() )
      return Error( MessageCode::WalkNotFound, walkId );
    Statement s =
      db.prepare( "SELECT fid, file_name, taken_at, observation_id, position_source, width, height "
                  "FROM walk_photos WHERE walk_id = ? ORDER BY fid" );
    s.bind( 1, walkId );
    std::vector<WalkPhotoEntry> photos;
    while ( s.step() )
    {
      WalkPhotoEntry p;
      p.photoId = s.int64( 0 );
      p.fileName = s.text( 1 );
      if ( !s.isNull( 2 ) )
        p.takenUtc = parseUtcIso( s.text( 2 ) );
      if ( !s.isNull( 3 ) )
        p.observationId = s.int64( 3 );
      p.positionSource = s.isNull( 4 ) ? std::string() : s.text( 4 );
      p.width = s.isNull( 5 ) ? 0 : static_cast<int>( s.int64( 5 ) );
      p.height = s.isNull( 6 ) ? 0 : static_cast<int>( s.int64( 6 ) );
      photos.push_back( std::move( p ) );
    }
    return photos;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Status relinkPhotosToWalk( Database &db, int64_t walkId, const std::vector<int64_t> &photoIds )
{
  if ( photoIds.empty() )
    return Done{};
  return inTransaction<Done>( db, MessageCode::WalkSaveFailed,
                              [&]
                              {
                                Statement s = db.prepare(
                                  "UPDATE walk_photos SET walk_id = ? WHERE fid = ? AND walk_id IS NULL" );
                                for ( int64_t fid : photoIds )
                                {
                                  s.bind( 1, walkId ).bind( 2, fid );
                                  s.run();
                                  s.reset();
                                }
                                return Done{};
                              } );
}

Status confirmDraftObservation( Database &db, int64_t observationId, const EditOptions &options )
{
  return inTransactionOr<Done>(
    db, failedAt( std::to_string( observationId ) ),
    [&]
    {
      RecordEdits edits( db );
      auto record = edits.readObservation( observationId );
      if ( !record )
        throw Refused{ record.error() };
      if ( !record->draft )
        throw Refused{ Message::make( MessageCode::ObservationNotDraft, observationId ) };
      record->draft = false;
      if ( Status updated = edits.updateObservation( observationId, *record, options ); !updated )
        throw Refused{ updated.error() };
      return Done{};
    } );
}

} // namespace tryggkarta

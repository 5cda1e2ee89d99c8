#include "placedetection.h"

#include "database.h"
#include "geometryblob.h"
#include "placeprecision.h"
#include "projectfile.h"
#include "swedishplaces.h"
#include "transactions.h"

#include <cpl_error.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <unordered_map>

namespace tryggkarta
{

namespace
{

//! A point rows of the batch share.
struct SharedPoint
{
  std::string blob;
  int64_t rows = 0;
  double x = 0, y = 0;                 //!< project CRS
  double lon = 0, lat = 0;             //!< WGS 84, once found
  bool located = false;                //!< lon, lat known
  bool byName = false;                 //!< place is what the rows name, not a centroid the point lies on
  const SwedishPlace *place = nullptr; //!< the municipality or county whose centroid it is
  bool candidate = false;              //!< may be a stand-in (see the rules)
  bool taken = false;
  std::vector<int64_t> fids; //!< the rows to change
};

constexpr size_t kCentroidWarnings = 10;

//! "E 449270, N 6574920".
std::string pointText( double x, double y )
{
  return "E " + std::to_string( std::llround( x ) ) + ", N " + std::to_string( std::llround( y ) );
}

//! Each point's municipality or county, when it lies on one's centroid.
void findCentroids( std::vector<SharedPoint *> &points, int srsId )
{
  if ( points.empty() )
    return;
  OGRSpatialReference project, wgs84;
  if ( project.importFromEPSG( srsId ) != OGRERR_NONE || wgs84.importFromEPSG( 4326 ) != OGRERR_NONE )
    return;
  project.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> toWgs84(
    OGRCreateCoordinateTransformation( &project, &wgs84 ) );
  if ( !toWgs84 )
    return;
  std::vector<double> lons, lats;
  std::vector<int> success( points.size(), 0 );
  for ( const SharedPoint *p : points )
  {
    lons.push_back( p->x );
    lats.push_back( p->y );
  }
  CPLPushErrorHandler( CPLQuietErrorHandler );
  toWgs84->Transform( static_cast<int>( points.size() ), lons.data(), lats.data(), nullptr, success.data() );
  CPLPopErrorHandler();
  for ( size_t i = 0; i < points.size(); ++i )
  {
    if ( !success[i] )
      continue;
    points[i]->lon = lons[i];
    points[i]->lat = lats[i];
    points[i]->located = true;
    const SwedishPlace *place =
      nearestSwedishCentroid( lons[i], lats[i], kMunicipalityCentroidToleranceMeters );
    if ( !place )
    {
      place = nearestSwedishCentroid( lons[i], lats[i], kCountyCentroidToleranceMeters );
      if ( place && !place->county )
        place = nullptr; // a municipality's centroid farther than its tolerance
    }
    points[i]->place = place;
  }
}

} // namespace

void NamedPlaceRows::set( int64_t row, const SwedishPlace *place )
{
  if ( row < 0 || !place )
    return;
  const std::vector<SwedishPlace> &all = swedishPlaces();
  const auto index = static_cast<size_t>( place - all.data() );
  if ( index >= all.size() )
    return;
  if ( static_cast<size_t>( row ) >= mPlaces.size() )
    mPlaces.resize( std::max<size_t>( static_cast<size_t>( row ) + 1, mPlaces.size() * 2 ), 0 );
  mPerPlace.resize( all.size(), 0 );
  uint16_t &slot = mPlaces[static_cast<size_t>( row )];
  if ( slot )
    --mPerPlace[slot - 1u];
  else
    ++mCount;
  slot = static_cast<uint16_t>( index + 1 );
  ++mPerPlace[index];
}

const SwedishPlace *NamedPlaceRows::at( int64_t row ) const
{
  if ( row < 0 || static_cast<size_t>( row ) >= mPlaces.size() || !mPlaces[static_cast<size_t>( row )] )
    return nullptr;
  return &swedishPlaces()[mPlaces[static_cast<size_t>( row )] - 1u];
}

int64_t NamedPlaceRows::rowsNaming( const SwedishPlace *place ) const
{
  const std::vector<SwedishPlace> &all = swedishPlaces();
  const auto index = static_cast<size_t>( place - all.data() );
  return index < mPerPlace.size() ? mPerPlace[index] : 0;
}

namespace
{

//! Great-circle distance in metres.
double metresBetween( double lon1, double lat1, double lon2, double lat2 )
{
  constexpr double kRadius = 6371008.8, kRad = 3.14159265358979323846 / 180;
  const double dLat = ( lat2 - lat1 ) * kRad, dLon = ( lon2 - lon1 ) * kRad;
  const double a =
    std::sin( dLat / 2 ) * std::sin( dLat / 2 ) +
    std::cos( lat1 * kRad ) * std::cos( lat2 * kRad ) * std::sin( dLon / 2 ) * std::sin( dLon / 2 );
  return 2 * kRadius * std::asin( std::min( 1.0, std::sqrt( a ) ) );
}

/**
 * The place most rows of each busy point without a centroid name, when enough of them do and the point lies
 * near enough to it (the rule in placedetection.h). One pass over the batch's rows.
 */
void findNamedPlaces( Database &db, int64_t batchId, std::vector<SharedPoint *> &busy,
                      const NamedPlaceRows &namedRows )
{
  std::unordered_map<std::string, SharedPoint *> unplaced;
  for ( SharedPoint *point : busy )
    if ( !point->place && point->located && point->rows >= kMinNamedRows )
      unplaced.emplace( point->blob, point );
  if ( unplaced.empty() || namedRows.empty() )
    return;
  std::unordered_map<SharedPoint *, std::unordered_map<const SwedishPlace *, int64_t>> tally;
  const int64_t batchRows =
    db.queryInt( "SELECT count(*) FROM incidents WHERE batch_id = " + std::to_string( batchId ) );
  Statement rows =
    db.prepare( "SELECT geom, source_row FROM incidents WHERE batch_id = ? AND geom IS NOT NULL AND "
                "source_row IS NOT NULL" );
  rows.bind( 1, batchId );
  std::string blob;
  while ( rows.step() )
  {
    const SwedishPlace *named = namedRows.at( rows.int64( 1 ) );
    if ( !named )
      continue;
    const std::vector<unsigned char> bytes = rows.blob( 0 );
    blob.assign( bytes.begin(), bytes.end() );
    const auto point = unplaced.find( blob );
    if ( point != unplaced.end() )
      ++tally[point->second][named];
  }
  for ( auto &[point, places] : tally )
    for ( const auto &[place, count] : places )
    {
      const double tolerance =
        place->county ? kNamedCountyToleranceMeters : kNamedMunicipalityToleranceMeters;
      // A place (nearly) every row of the batch names says nothing of where a point's rows were.
      if ( static_cast<double>( namedRows.rowsNaming( place ) ) >=
           kMaxNamedBatchShare * static_cast<double>( batchRows ) )
        continue;
      if ( count >= kMinNamedShare * static_cast<double>( point->rows ) &&
           metresBetween( point->lon, point->lat, place->lon, place->lat ) <= tolerance )
      {
        point->place = place;
        point->byName = true;
      }
    }
}

int64_t factorOf( const SharedPoint &point )
{
  return point.place ? kCentroidFactor : kRepeatedFactor;
}

} // namespace

PlacePrecisionDetection detectImprecisePlaces( Database &db, int64_t batchId, int srsId,
                                               const std::unordered_set<int64_t> &givenRows,
                                               const NamedPlaceRows &namedRows )
{
  PlacePrecisionDetection out;
  Statement total = db.prepare( "SELECT count(*) FROM incidents WHERE batch_id = ?" );
  total.bind( 1, batchId );
  const int64_t batchRows = total.step() ? total.int64( 0 ) : 0;
  if ( batchRows < kMinCentroidRows )
    return out;

  // The points two or more rows share (SQLite sorts the blobs in a temporary b-tree, on disk if need be).
  std::vector<SharedPoint> shared;
  int64_t sharedRows = 0;
  {
    Statement groups = db.prepare( "SELECT geom, count(*) FROM incidents WHERE batch_id = ? AND geom IS NOT "
                                   "NULL GROUP BY geom HAVING count(*) >= 2" );
    groups.bind( 1, batchId );
    while ( groups.step() )
    {
      const std::vector<unsigned char> blob = groups.blob( 0 );
      const auto xy = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
      if ( !xy )
        continue;
      SharedPoint point;
      point.blob.assign( blob.begin(), blob.end() );
      point.rows = groups.int64( 1 );
      point.x = xy->first;
      point.y = xy->second;
      sharedRows += point.rows;
      shared.push_back( std::move( point ) );
    }
  }
  // Rows on points of their own: the busiest "other point" has at least one row.
  const int64_t loneRows = batchRows - sharedRows;

  std::vector<SharedPoint *> busy;
  for ( SharedPoint &point : shared )
    if ( point.rows >= kMinCentroidRows )
      busy.push_back( &point );
  findCentroids( busy, srsId );
  findNamedPlaces( db, batchId, busy, namedRows );
  const double minRepeated = std::max<double>( kMinRepeatedRows, kMinRepeatedShare * batchRows );
  bool any = false;
  for ( SharedPoint *point : busy )
  {
    point->candidate = point->place || point->rows >= minRepeated;
    point->taken = point->candidate;
    any = any || point->candidate;
  }
  if ( !any )
    return out;

  // Take the candidates together: drop any that does not outnumber the busiest point left by its factor,
  // until none changes (each round only drops, so the busiest point left only grows).
  int64_t busiestLeft = 0;
  for ( bool changed = true; changed; )
  {
    changed = false;
    busiestLeft = loneRows > 0 ? 1 : 0;
    for ( const SharedPoint &point : shared )
      if ( !point.taken )
        busiestLeft = std::max( busiestLeft, point.rows );
    for ( SharedPoint *point : busy )
      if ( point->taken && point->rows < factorOf( *point ) * busiestLeft )
      {
        point->taken = false;
        changed = true;
      }
  }

  std::unordered_map<std::string, SharedPoint *> taken;
  for ( SharedPoint *point : busy )
    if ( point->taken )
      taken.emplace( point->blob, point );
  if ( taken.empty() )
    return out;

  // The rows to change: on a taken point, still exact, their precision not given by the file.
  {
    Statement rows =
      db.prepare( "SELECT fid, geom, source_row FROM incidents WHERE batch_id = ? AND "
                  "place_precision = 'exact' AND place_precision_given = 0 AND geom IS NOT NULL" );
    rows.bind( 1, batchId );
    std::string blob;
    while ( rows.step() )
    {
      const std::vector<unsigned char> bytes = rows.blob( 1 );
      blob.assign( bytes.begin(), bytes.end() );
      const auto found = taken.find( blob );
      if ( found == taken.end() )
        continue;
      if ( !rows.isNull( 2 ) && givenRows.count( rows.int64( 2 ) ) )
        continue;
      found->second->fids.push_back( rows.int64( 0 ) );
    }
  }

  std::vector<SharedPoint *> changed;
  for ( SharedPoint *point : busy )
    if ( point->taken && !point->fids.empty() )
      changed.push_back( point );
  std::stable_sort( changed.begin(), changed.end(),
                    []( const SharedPoint *a, const SharedPoint *b )
                    { return a->fids.size() > b->fids.size(); } );
  Statement update = db.prepare( "UPDATE incidents SET place_precision = ? WHERE fid = ?" );
  std::map<std::string, int64_t> beyondMunicipalities, beyondCounties; // name → rows, past the first warnings
  size_t centroidWarnings = 0;
  for ( const SharedPoint *point : changed )
  {
    const PlacePrecision precision = !point->place          ? PlacePrecision::Area
                                     : point->place->county ? PlacePrecision::County
                                                            : PlacePrecision::Municipality;
    const std::string code = placePrecisionCode( precision );
    for ( int64_t fid : point->fids )
    {
      update.reset();
      update.bind( 1, code ).bind( 2, fid );
      update.run();
    }
    const auto count = static_cast<int64_t>( point->fids.size() );
    out.marked[code] += count;
    if ( !point->place )
      out.warnings.push_back( Message::make( MessageCode::ImportPrecisionRepeated, count,
                                             pointText( point->x, point->y ), busiestLeft ) );
    else if ( centroidWarnings < kCentroidWarnings )
    {
      ++centroidWarnings;
      out.warnings.push_back( Message::make( point->byName ? MessageCode::ImportPrecisionNamed
                                                           : MessageCode::ImportPrecisionCentroid,
                                             count, pointText( point->x, point->y ), point->place->name ) );
    }
    else
      ( point->place->county ? beyondCounties : beyondMunicipalities )[point->place->name] += count;
  }
  for ( const auto &[places, code] :
        { std::make_pair( &beyondMunicipalities, MessageCode::ImportPrecisionMunicipality ),
          std::make_pair( &beyondCounties, MessageCode::ImportPrecisionCounty ) } )
  {
    if ( places->empty() )
      continue;
    int64_t rows = 0;
    std::string names;
    for ( const auto &[name, count] : *places )
    {
      rows += count;
      names += ( names.empty() ? "" : ", " ) + name;
    }
    out.warnings.push_back( Message::make( code, rows, names ) );
  }
  return out;
}

namespace
{
void auditPrecision( Database &db, const PrecisionWriteOptions &options, int64_t rows,
                     const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, 'update', 'incidents', ?, ?)" );
  s.bind( 1, utcNowIso() );
  s.bindTextOrNull( 2, options.actor );
  s.bind( 3, rows );
  s.bind( 4, details + " (" + ( options.origin.empty() ? std::string( "by hand" ) : options.origin ) + ")" );
  s.run();
}

//! The municipality or county the last part of a text's first line names ("…, Misshandel, Kristinehamn").
const SwedishPlace *placeNamedIn( const std::string &text )
{
  const std::string line = text.substr( 0, text.find( '\n' ) );
  const size_t comma = line.rfind( ',' );
  if ( comma == std::string::npos )
    return nullptr;
  std::string name = line.substr( comma + 1 );
  const size_t first = name.find_first_not_of( " \t\r" );
  if ( first == std::string::npos )
    return nullptr;
  name = name.substr( first, name.find_last_not_of( " \t\r" ) - first + 1 );
  return name.size() > 64 ? nullptr : findSwedishPlace( name );
}
} // namespace

Expected<PrecisionRedetection> redetectImprecisePlaces( Database &db, int srsId,
                                                        const PrecisionWriteOptions &options )
{
  return inTransaction<PrecisionRedetection>(
    db, MessageCode::PrecisionWriteFailed,
    [&]
    {
      PrecisionRedetection out;
      std::vector<int64_t> batches;
      {
        Statement s =
          db.prepare( "SELECT DISTINCT batch_id FROM incidents WHERE batch_id IS NOT NULL ORDER BY 1" );
        while ( s.step() )
          batches.push_back( s.int64( 0 ) );
      }
      for ( int64_t batch : batches )
      {
        NamedPlaceRows named;
        Statement s = db.prepare( "SELECT source_row, description FROM incidents WHERE batch_id = ? AND "
                                  "source_row IS NOT NULL AND description IS NOT NULL" );
        s.bind( 1, batch );
        while ( s.step() )
          if ( const SwedishPlace *place = placeNamedIn( s.text( 1 ) ) )
            named.set( s.int64( 0 ), place );
        PlacePrecisionDetection found = detectImprecisePlaces( db, batch, srsId, {}, named );
        for ( const auto &[code, rows] : found.marked )
          out.detected.marked[code] += rows;
        out.detected.warnings.insert( out.detected.warnings.end(), found.warnings.begin(),
                                      found.warnings.end() );
        ++out.batches;
      }
      int64_t changed = 0;
      for ( const auto &entry : out.detected.marked )
        changed += entry.second;
      if ( changed > 0 )
        auditPrecision( db, options, changed,
                        "place precision detected again over " + std::to_string( out.batches ) +
                          " import batches" );
      return out;
    } );
}

Expected<int64_t> setPlacePrecision( Database &db, const std::vector<int64_t> &fids, PlacePrecision precision,
                                     const PrecisionWriteOptions &options )
{
  return inTransaction<int64_t>(
    db, MessageCode::PrecisionWriteFailed,
    [&]
    {
      const std::string code = placePrecisionCode( precision );
      Statement update =
        db.prepare( "UPDATE incidents SET place_precision = ?, place_precision_given = 1 WHERE fid = ?" );
      Statement exists = db.prepare( "SELECT place_precision FROM incidents WHERE fid = ?" );
      int64_t changed = 0;
      for ( int64_t fid : fids )
      {
        exists.reset();
        exists.bind( 1, fid );
        if ( !exists.step() )
          throw Refused{ Message::make( MessageCode::PrecisionUnknownIncident, fid ) };
        // Marked as given even when it already was so: detection leaves it from now on.
        changed += exists.text( 0 ) == code ? 0 : 1;
        update.reset();
        update.bind( 1, code ).bind( 2, fid );
        update.run();
      }
      if ( changed > 0 )
        auditPrecision( db, options, changed, "place precision set to " + code );
      return changed;
    } );
}

} // namespace tryggkarta

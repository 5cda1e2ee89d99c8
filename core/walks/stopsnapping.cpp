#include "stopsnapping.h"

#include "recordedits.h"

#include <cmath>
#include <cstdio>

namespace tryggkarta
{

const char *const kStopAddedFromPhoto = "tillagt från foto";
const char *const kStopAddedFromWaypoint = "tillagt från GPX-punkt";

Status checkSnapTolerance( double toleranceMeters )
{
  if ( !std::isfinite( toleranceMeters ) || toleranceMeters <= 0 ||
       toleranceMeters > kMaxSnapToleranceMeters )
    return Error( MessageCode::SnapBadTolerance, formatNumber( kMaxSnapToleranceMeters ),
                  formatNumber( toleranceMeters ) );
  return Done{};
}

std::optional<size_t> nearestStop( const std::vector<WalkStop> &stops, double x, double y,
                                   double toleranceMeters )
{
  std::optional<size_t> best;
  double bestDistance = 0;
  for ( size_t i = 0; i < stops.size(); ++i )
  {
    const double distance = std::hypot( stops[i].x - x, stops[i].y - y );
    if ( !( distance <= toleranceMeters ) )
      continue;
    if ( !best || distance < bestDistance ||
         ( distance == bestDistance && stops[i].number < stops[*best].number ) )
    {
      best = i;
      bestDistance = distance;
    }
  }
  return best;
}

StopSnapper::StopSnapper( Database &db, int64_t walkId, double toleranceMeters, WalkWriteOptions options )
  : mDb( db ), mWalkId( walkId ), mTolerance( toleranceMeters ), mOptions( std::move( options ) )
{
}

Expected<StopSnap> StopSnapper::snap( double x, double y, const std::string &reasonForNew )
{
  WalkStore store( mDb );
  if ( !mStops )
  {
    auto stops = store.stops( mWalkId );
    if ( !stops )
      return Error{ stops.error() };
    mStops = std::move( stops.value() );
  }
  if ( const auto index = nearestStop( *mStops, x, y, mTolerance ) )
  {
    const WalkStop &stop = ( *mStops )[*index];
    return StopSnap{ stop.fid, stop.number, std::hypot( stop.x - x, stop.y - y ), false };
  }
  std::vector<WalkStop> stops = *mStops;
  WalkStop added;
  added.x = x;
  added.y = y;
  added.name = "Nytt stopp " + std::to_string( stops.size() + 1 );
  added.reason = reasonForNew;
  stops.push_back( added );
  auto stored = store.setStops( mWalkId, stops, mOptions );
  if ( !stored )
    return Error{ stored.error() };
  mStops = std::move( stored.value() );
  const WalkStop &stop = mStops->back();
  return StopSnap{ stop.fid, stop.number, 0, true };
}

Expected<PlacedDraft> addDraftObservation( Database &db, StopSnapper &snapper, const DraftObservation &draft,
                                           const std::string &reasonForNewStop, const EditOptions &options )
{
  auto stop = snapper.snap( draft.x, draft.y, reasonForNewStop );
  if ( !stop )
    return Error{ stop.error() };
  ObservationRecord record;
  record.x = draft.x;
  record.y = draft.y;
  record.walkId = snapper.walkId();
  record.stopId = stop->stopId;
  record.observedUtc = draft.observedUtc;
  record.note = draft.note;
  record.draft = true;
  RecordEdits edits( db );
  auto fid = edits.insertObservation( record, options );
  if ( !fid )
    return Error{ fid.error() };
  return PlacedDraft{ *fid, *stop, edits.warnings() };
}

} // namespace tryggkarta

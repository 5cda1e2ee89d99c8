#include "walkeditor.h"

#include "coremessages.h"
#include "walkcommands.h"

#include "photos.h"
#include "projectfile.h"
#include "recordedits.h"
#include "routesuggest.h"
#include "walkprotocol.h"

#include <QScopeGuard>
#include <QSet>
#include <QUndoStack>

#include <algorithm>

using tryggkarta::Walk;
using tryggkarta::WalkStop;

namespace
{
QString errorText( const tryggkarta::Message &message )
{
  return CoreMessages::text( message );
}

//! Whether two states of a walk store the same plan and route (then an undo step of its stops leaves the
//! walk's row alone).
bool samePlan( const Walk &a, const Walk &b )
{
  return a.name == b.name && a.date == b.date && a.startTime == b.startTime && a.light == b.light &&
         a.alsoAfterDark == b.alsoAfterDark && a.areaId == b.areaId && a.organiser == b.organiser &&
         a.expectedParticipants == b.expectedParticipants && a.participants == b.participants &&
         a.status == b.status && a.meetingPoint == b.meetingPoint && a.purpose == b.purpose &&
         a.note == b.note && a.repeatOf == b.repeatOf && a.routeSource == b.routeSource &&
         a.route == b.route && a.organisations == b.organisations;
}
} // namespace

WalkEditor::WalkEditor( QObject *parent ) : QObject( parent ) {}

WalkEditor::~WalkEditor() = default;

void WalkEditor::setProject( tryggkarta::Database *connection, const QString &path, QUndoStack *undoStack )
{
  clear();
  mConnection = connection;
  mPath = path;
  mUndoStack = undoStack;
  if ( connection )
    mStore = std::make_unique<tryggkarta::WalkStore>( *connection );
}

void WalkEditor::clear()
{
  // The steps on the stack belong to the project that closes; the editor of records clears the stack.
  mStore.reset();
  mConnection = nullptr;
  mPath.clear();
  mWalkAlias.clear();
  mStopAlias.clear();
  resetReader();
}

void WalkEditor::resetReader()
{
  mReader.reset();
}

void WalkEditor::setEditingAllowed( bool allowed )
{
  mAllowed = allowed;
}

bool WalkEditor::canEdit() const
{
  return mStore && mAllowed && mUndoStack;
}

std::string WalkEditor::actor()
{
  return qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();
}

tryggkarta::WalkWriteOptions WalkEditor::options() const
{
  tryggkarta::WalkWriteOptions options;
  options.actor = actor();
  // An undo or redo puts back places that were stored before: not checked against the project's extent again.
  options.placesStoredBefore = mRestoring;
  return options;
}

tryggkarta::ProjectFile *WalkEditor::reader( QString *error )
{
  if ( mReader )
    return mReader.get();
  if ( mPath.isEmpty() )
  {
    if ( error )
      *error = tr( "No project is open." );
    return nullptr;
  }
  auto opened = tryggkarta::ProjectFile::open( mPath.toStdString(), true );
  if ( !opened )
  {
    if ( error )
      *error = errorText( opened.error() );
    return nullptr;
  }
  mReader = std::move( opened.value() );
  return mReader.get();
}

// --- Reading
// -------------------------------------------------------------------------------------------------

std::optional<std::vector<tryggkarta::WalkSummary>> WalkEditor::walks( QString *error )
{
  if ( !mConnection )
  {
    // A read-only file: its walks are read through the reader.
    if ( tryggkarta::ProjectFile *project = reader( error ) )
    {
      auto list = tryggkarta::WalkStore( project->db() ).list();
      if ( list )
        return *list;
      if ( error )
        *error = errorText( list.error() );
    }
    return std::nullopt;
  }
  auto list = mStore->list();
  if ( !list )
  {
    if ( error )
      *error = errorText( list.error() );
    return std::nullopt;
  }
  return *list;
}

tryggkarta::Database *WalkEditor::readDatabase( QString *error )
{
  if ( mConnection )
    return mConnection;
  tryggkarta::ProjectFile *project = reader( error );
  return project ? &project->db() : nullptr;
}

std::optional<Walk> WalkEditor::walk( qint64 walkId, QString *error )
{
  tryggkarta::Database *db = readDatabase( error );
  if ( !db )
    return std::nullopt;
  auto loaded = tryggkarta::WalkStore( *db ).load( currentWalkId( walkId ) );
  if ( !loaded )
  {
    if ( error )
      *error = errorText( loaded.error() );
    return std::nullopt;
  }
  return *loaded;
}

std::optional<std::vector<WalkStop>> WalkEditor::stops( qint64 walkId, QString *error )
{
  tryggkarta::Database *db = readDatabase( error );
  if ( !db )
    return std::nullopt;
  auto loaded = tryggkarta::WalkStore( *db ).stops( currentWalkId( walkId ) );
  if ( !loaded )
  {
    if ( error )
      *error = errorText( loaded.error() );
    return std::nullopt;
  }
  return *loaded;
}

qint64 WalkEditor::currentWalkId( qint64 walkId ) const
{
  // A walk may have been brought back more than once: follow the chain (it never loops: each new fid is
  // larger than the one it stands for).
  qint64 fid = walkId;
  for ( int i = 0; i < 1000 && mWalkAlias.contains( fid ); ++i )
    fid = mWalkAlias.value( fid );
  return fid;
}

qint64 WalkEditor::currentStopId( qint64 stopFid ) const
{
  qint64 fid = stopFid;
  for ( int i = 0; i < 1000 && mStopAlias.contains( fid ); ++i )
    fid = mStopAlias.value( fid );
  return fid;
}

std::optional<WalkState> WalkEditor::stateOf( qint64 walkId, QString *error, bool linksOfWalk,
                                              const std::vector<qint64> &removedStops )
{
  WalkState state;
  auto loaded = walk( walkId, error );
  if ( !loaded )
    return std::nullopt;
  state.walk = std::move( *loaded );
  auto stored = stops( walkId, error );
  if ( !stored )
    return std::nullopt;
  state.stops = std::move( *stored );
  if ( !linksOfWalk && removedStops.empty() )
    return state;
  // Which observations the change unlinks, so that undo links them again.
  tryggkarta::ProjectFile *project = reader( error );
  if ( !project )
    return std::nullopt;
  auto protocol = tryggkarta::buildProtocol( *project, state.walk.fid );
  if ( !protocol )
  {
    if ( error )
      *error = errorText( protocol.error() );
    return std::nullopt;
  }
  for ( const tryggkarta::ProtocolStop &stop : protocol->stops )
  {
    if ( !linksOfWalk &&
         std::find( removedStops.begin(), removedStops.end(), stop.stop.fid ) == removedStops.end() )
      continue;
    for ( const tryggkarta::StopRating &rating : stop.ratings )
      state.links.emplace_back( rating.observationFid, stop.stop.fid );
  }
  if ( linksOfWalk )
  {
    for ( const tryggkarta::StopRating &rating : protocol->unplaced )
      state.links.emplace_back( rating.observationFid, 0 );
    // Its photos stay in the project without the walk: undo gives them back.
    if ( mConnection )
    {
      auto photos = tryggkarta::walkPhotos( *mConnection, state.walk.fid );
      if ( !photos )
      {
        if ( error )
          *error = errorText( photos.error() );
        return std::nullopt;
      }
      for ( const tryggkarta::WalkPhotoEntry &photo : *photos )
        state.photos.push_back( photo.photoId );
    }
    // Repeat walks lose their link to a deleted walk too.
    if ( const auto all = walks( error ) )
      for ( const tryggkarta::WalkSummary &summary : *all )
        if ( const auto other = walk( summary.fid ); other && other->repeatOf == state.walk.fid )
          state.repeats.push_back( summary.fid );
  }
  return state;
}

void WalkEditor::pushStep( const WalkState &before, const WalkState &after, bool stopsToo,
                           const QString &text )
{
  mUndoStack->push( new WalkStepCommand( this, before, after, stopsToo, text ) );
}

QString WalkEditor::writeStops( qint64 walkId, const std::vector<WalkStop> &stops,
                                std::vector<WalkStop> *stored )
{
  auto current = mStore->stops( walkId );
  if ( !current )
    return errorText( current.error() );
  QSet<qint64> present;
  for ( const WalkStop &stop : *current )
    present.insert( stop.fid );
  // A stop deleted since (by a later step, now undone) is added again and gets a new fid.
  std::vector<WalkStop> request = stops;
  for ( WalkStop &stop : request )
  {
    stop.fid = stop.fid ? currentStopId( stop.fid ) : 0;
    if ( !present.contains( stop.fid ) )
      stop.fid = 0;
  }
  auto written = mStore->setStops( walkId, request, options() );
  if ( !written )
    return errorText( written.error() );
  for ( size_t i = 0; i < stops.size() && i < written->size(); ++i )
    if ( stops[i].fid != 0 && request[i].fid == 0 )
      mStopAlias.insert( stops[i].fid, ( *written )[i].fid );
  if ( stored )
    *stored = std::move( *written );
  return QString();
}

void WalkEditor::relink( qint64 walkId, const std::vector<std::pair<qint64, qint64>> &links )
{
  if ( links.empty() || !mConnection )
    return;
  tryggkarta::RecordEdits edits( *mConnection );
  tryggkarta::EditOptions editOptions;
  editOptions.actor = actor();
  editOptions.keepPersonalData = true; // the text is not changed, only the links
  QList<qint64> relinked;
  for ( const auto &[observation, stop] : links )
  {
    auto record = edits.readObservation( observation );
    if ( !record )
      continue; // deleted since
    bool changed = false;
    if ( !record->walkId )
    {
      record->walkId = walkId;
      changed = true;
    }
    if ( stop && !record->stopId )
    {
      record->stopId = currentStopId( stop );
      changed = true;
    }
    if ( changed && edits.updateObservation( observation, *record, editOptions ) )
      relinked << observation;
  }
  if ( !relinked.isEmpty() )
    emit observationsRelinked( relinked );
}

bool WalkEditor::restore( const WalkState &state, bool stopsToo )
{
  if ( !mStore )
    return false;
  mRestoring = true;
  const auto restoring = qScopeGuard( [this] { mRestoring = false; } );
  auto fail = [this]( const QString &message )
  {
    emit problem( tr( "This step cannot be undone or redone: %1" ).arg( message ) );
    return false;
  };
  const qint64 walkId = currentWalkId( state.walk.fid );
  const auto now = mStore->load( walkId );
  const bool existsNow = now.ok();
  if ( !state.exists )
  {
    if ( existsNow )
    {
      auto removed = mStore->remove( walkId, options() );
      if ( !removed )
        return fail( errorText( removed.error() ) );
    }
    emit walksChanged();
    return true;
  }
  Walk walk = state.walk;
  if ( walk.repeatOf )
    walk.repeatOf = currentWalkId( *walk.repeatOf );
  qint64 restoredId = walkId;
  if ( !existsNow )
  {
    auto created = mStore->create( walk, options() );
    if ( !created )
      return fail( errorText( created.error() ) );
    restoredId = *created;
    if ( restoredId != state.walk.fid )
      mWalkAlias.insert( state.walk.fid, restoredId );
    stopsToo = true; // a walk made again gets its stops again
  }
  else if ( !samePlan( walk, *now ) )
  {
    walk.fid = walkId;
    auto updated = mStore->update( walk, options() );
    if ( !updated )
      return fail( errorText( updated.error() ) );
  }
  if ( stopsToo )
  {
    const QString problem = writeStops( restoredId, state.stops );
    if ( !problem.isEmpty() )
      return fail( problem );
  }
  relink( restoredId, state.links );
  if ( const tryggkarta::Status photos =
         tryggkarta::relinkPhotosToWalk( *mConnection, restoredId, state.photos );
       !photos )
    return fail( errorText( photos.error() ) );
  for ( const qint64 repeat : state.repeats )
  {
    auto other = mStore->load( currentWalkId( repeat ) );
    if ( other && !other->repeatOf )
    {
      other->repeatOf = restoredId;
      mStore->update( *other, options() );
    }
  }
  emit walksChanged();
  emit walkChanged( restoredId );
  if ( stopsToo )
    emit stopsChanged( restoredId );
  return true;
}

// --- Undoable steps
// ------------------------------------------------------------------------------------------

QString WalkEditor::createWalk( const Walk &walk, qint64 *newWalkId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto created = mStore->create( walk, options() );
  if ( !created )
    return errorText( created.error() );
  QString error;
  const auto after = stateOf( *created, &error, false );
  if ( after )
  {
    WalkState before;
    before.exists = false;
    before.walk.fid = *created;
    pushStep( before, *after, true, tr( "New Safety Walk" ) );
  }
  if ( newWalkId )
    *newWalkId = *created;
  emit walksChanged();
  emit walkChanged( *created );
  emit stopsChanged( *created );
  return QString();
}

QString WalkEditor::updateWalk( const Walk &walk )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  QString error;
  const qint64 walkId = currentWalkId( walk.fid );
  const auto before = stateOf( walkId, &error, false );
  if ( !before )
    return error;
  Walk changed = walk;
  changed.fid = walkId;
  auto saved = mStore->update( changed, options() );
  if ( !saved )
    return errorText( saved.error() );
  if ( const auto after = stateOf( walkId, &error, false ) )
    pushStep( *before, *after, false, tr( "Edit Safety Walk" ) );
  emit walksChanged();
  emit walkChanged( walkId );
  return QString();
}

QString WalkEditor::removeWalk( qint64 walkId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  QString error;
  walkId = currentWalkId( walkId );
  const auto before = stateOf( walkId, &error, true );
  if ( !before )
    return error;
  auto removed = mStore->remove( walkId, options() );
  if ( !removed )
    return errorText( removed.error() );
  WalkState after;
  after.exists = false;
  after.walk.fid = walkId;
  pushStep( *before, after, true, tr( "Delete Safety Walk" ) );
  emit walksChanged();
  return QString();
}

QString WalkEditor::changeStops( qint64 walkId, const std::vector<WalkStop> &stops, const QString &text )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  walkId = currentWalkId( walkId );
  QString error;
  auto current = this->stops( walkId, &error );
  if ( !current )
    return error;
  std::vector<qint64> removed;
  for ( const WalkStop &stop : *current )
    if ( std::none_of( stops.begin(), stops.end(),
                       [&stop]( const WalkStop &s ) { return s.fid == stop.fid; } ) )
      removed.push_back( stop.fid );
  const auto before = stateOf( walkId, &error, false, removed );
  if ( !before )
    return error;
  const QString problem = writeStops( walkId, stops );
  if ( !problem.isEmpty() )
    return problem;
  if ( const auto after = stateOf( walkId, &error, false ) )
    pushStep( *before, *after, true, text );
  emit walksChanged(); // the number of stops
  emit stopsChanged( walkId );
  return QString();
}

QString WalkEditor::moveStop( qint64 walkId, qint64 stopFid, double x, double y )
{
  QString error;
  auto current = stops( walkId, &error );
  if ( !current )
    return error;
  stopFid = currentStopId( stopFid );
  auto it = std::find_if( current->begin(), current->end(),
                          [stopFid]( const WalkStop &stop ) { return stop.fid == stopFid; } );
  if ( it == current->end() )
    return tr( "The stop is no longer on the walk." );
  it->x = x;
  it->y = y;
  return changeStops( walkId, *current, tr( "Move Stop %1" ).arg( it->number ) );
}

QString WalkEditor::addStop( qint64 walkId, double x, double y, const QString &name, int afterNumber )
{
  QString error;
  auto current = stops( walkId, &error );
  if ( !current )
    return error;
  WalkStop stop;
  stop.x = x;
  stop.y = y;
  stop.name = name.toStdString();
  const size_t at =
    afterNumber > 0 ? std::min( current->size(), static_cast<size_t>( afterNumber ) ) : current->size();
  current->insert( current->begin() + static_cast<std::ptrdiff_t>( at ), stop );
  return changeStops( walkId, *current, tr( "Add Stop %1" ).arg( at + 1 ) );
}

QString WalkEditor::setRoute( qint64 walkId, const std::vector<tryggkarta::WalkPoint> &route,
                              const QString &source )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  walkId = currentWalkId( walkId );
  QString error;
  const auto before = stateOf( walkId, &error, false );
  if ( !before )
    return error;
  auto saved = mStore->setRoute( walkId, route, source.toStdString(), options() );
  if ( !saved )
    return errorText( saved.error() );
  if ( const auto after = stateOf( walkId, &error, false ) )
    pushStep( *before, *after, false, tr( "Route of the Walk" ) );
  emit walksChanged(); // the length
  emit walkChanged( walkId );
  return QString();
}

QString WalkEditor::planRepeat( qint64 walkId, const QString &name, const QString &date, qint64 *newWalkId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto created =
    mStore->planRepeat( currentWalkId( walkId ), name.toStdString(), date.toStdString(), options() );
  if ( !created )
    return errorText( created.error() );
  QString error;
  if ( const auto after = stateOf( *created, &error, false ) )
  {
    WalkState before;
    before.exists = false;
    before.walk.fid = *created;
    pushStep( before, *after, true, tr( "Plan Repeat Walk" ) );
  }
  if ( newWalkId )
    *newWalkId = *created;
  emit walksChanged();
  emit walkChanged( *created );
  emit stopsChanged( *created );
  return QString();
}

QString WalkEditor::applySuggestion( qint64 walkId, const tryggkarta::SuggestedRoute &route,
                                     const Walk &prototype, qint64 *newWalkId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  QString error;
  std::vector<WalkStop> stops = route.stops;
  for ( WalkStop &stop : stops )
    stop.fid = 0;
  if ( walkId == 0 )
  {
    Walk walk = prototype;
    walk.route = route.route;
    walk.routeSource = route.route.empty() ? std::string() : std::string( "suggested" );
    auto created = mStore->create( walk, options() );
    if ( !created )
      return errorText( created.error() );
    const QString problem = writeStops( *created, stops );
    if ( !problem.isEmpty() )
    {
      mStore->remove( *created, options() ); // nothing half made
      return problem;
    }
    if ( const auto after = stateOf( *created, &error, false ) )
    {
      WalkState before;
      before.exists = false;
      before.walk.fid = *created;
      pushStep( before, *after, true, tr( "Suggested Route" ) );
    }
    if ( newWalkId )
      *newWalkId = *created;
    emit walksChanged();
    emit walkChanged( *created );
    emit stopsChanged( *created );
    return QString();
  }

  walkId = currentWalkId( walkId );
  auto current = this->stops( walkId, &error );
  if ( !current )
    return error;
  std::vector<qint64> removed;
  for ( const WalkStop &stop : *current )
    removed.push_back( stop.fid );
  const auto before = stateOf( walkId, &error, false, removed );
  if ( !before )
    return error;
  if ( route.route.size() >= 2 )
  {
    auto saved = mStore->setRoute( walkId, route.route, "suggested", options() );
    if ( !saved )
      return errorText( saved.error() );
  }
  const QString problem = writeStops( walkId, stops );
  if ( !problem.isEmpty() )
  {
    restore( *before, false ); // the route as it was
    return problem;
  }
  if ( const auto after = stateOf( walkId, &error, false ) )
    pushStep( *before, *after, true, tr( "Suggested Route" ) );
  if ( newWalkId )
    *newWalkId = walkId;
  emit walksChanged();
  emit walkChanged( walkId );
  emit stopsChanged( walkId );
  return QString();
}

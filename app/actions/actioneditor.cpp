#include "actioneditor.h"

#include "actioncommands.h"
#include "coremessages.h"
#include "stockholmtime.h"

#include "database.h"

#include <QDateTime>
#include <QUndoStack>

#include <algorithm>

using tryggkarta::Action;
using tryggkarta::Priority;

namespace
{
QString errorText( const tryggkarta::Message &message )
{
  return CoreMessages::text( message );
}

QString text( const std::string &value )
{
  return QString::fromStdString( value );
}

std::string utf8( const QString &value )
{
  return value.toStdString();
}
} // namespace

ActionEditor::ActionEditor( QObject *parent ) : QObject( parent ) {}

ActionEditor::~ActionEditor() = default;

void ActionEditor::setProject( tryggkarta::Database *connection, QUndoStack *undoStack )
{
  clear();
  mConnection = connection;
  mUndoStack = undoStack;
  if ( connection )
    mStore = std::make_unique<tryggkarta::ActionStore>( *connection );
}

void ActionEditor::clear()
{
  // The steps on the stack belong to the project that closes; the editor of records clears the stack.
  mStore.reset();
  mConnection = nullptr;
  mActionAlias.clear();
  mPriorityAlias.clear();
}

void ActionEditor::setEditingAllowed( bool allowed )
{
  mAllowed = allowed;
}

bool ActionEditor::canEdit() const
{
  return mStore && mAllowed && mUndoStack;
}

std::string ActionEditor::today() const
{
  if ( !mToday.isEmpty() )
    return utf8( mToday );
  return utf8( StockholmTime::now().date().toString( Qt::ISODate ) );
}

std::string ActionEditor::actor()
{
  return qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();
}

tryggkarta::ActionWriteOptions ActionEditor::options( const QString &origin ) const
{
  tryggkarta::ActionWriteOptions options;
  options.actor = actor();
  options.origin = utf8( origin );
  return options;
}

// --- Reading
// -------------------------------------------------------------------------------------------------

namespace
{
template <typename T>
std::optional<T> valueOr( tryggkarta::Expected<T> &&result, QString *error )
{
  if ( result )
    return std::move( result.value() );
  if ( error )
    *error = errorText( result.error() );
  return std::nullopt;
}
} // namespace

std::optional<std::vector<Action>> ActionEditor::list( const tryggkarta::ActionFilter &filter,
                                                       QString *error )
{
  if ( !mStore )
    return std::nullopt;
  tryggkarta::ActionFilter withToday = filter;
  if ( withToday.today.empty() )
    withToday.today = today();
  return valueOr( mStore->list( withToday ), error );
}

std::optional<Action> ActionEditor::load( qint64 actionId, QString *error )
{
  if ( !mStore )
    return std::nullopt;
  return valueOr( mStore->load( currentActionId( actionId ) ), error );
}

std::optional<std::vector<tryggkarta::ActionStatusChange>> ActionEditor::history( qint64 actionId,
                                                                                  QString *error )
{
  if ( !mStore )
    return std::nullopt;
  return valueOr( mStore->history( currentActionId( actionId ) ), error );
}

std::optional<std::vector<Priority>> ActionEditor::priorities( const QString &periodLabel, QString *error )
{
  if ( !mStore )
    return std::nullopt;
  return valueOr( mStore->priorities( utf8( periodLabel ) ), error );
}

std::optional<Priority> ActionEditor::loadPriority( qint64 priorityId, QString *error )
{
  if ( !mStore )
    return std::nullopt;
  return valueOr( mStore->loadPriority( currentPriorityId( priorityId ) ), error );
}

std::optional<tryggkarta::Traceability> ActionEditor::traceability( QString *error )
{
  if ( !mStore )
    return std::nullopt;
  return valueOr( mStore->traceability( today() ), error );
}

QStringList ActionEditor::organisations()
{
  QStringList list;
  if ( !mStore )
    return list;
  if ( auto names = mStore->organisations() )
    for ( const std::string &name : *names )
      list << text( name );
  return list;
}

std::optional<std::vector<tryggkarta::PriorityFigure>>
ActionEditor::priorityFigures( qint64 areaId, const QString &from, const QString &until,
                               const QStringList &categories, QString *error )
{
  if ( !mStore )
    return std::nullopt;
  std::vector<std::string> codes;
  for ( const QString &code : categories )
    codes.push_back( utf8( code ) );
  return valueOr( mStore->priorityFigures( areaId, utf8( from ), utf8( until ), codes ), error );
}

qint64 ActionEditor::currentActionId( qint64 actionId ) const
{
  // An action may have been brought back more than once: follow the chain (each new fid is larger).
  qint64 fid = actionId;
  for ( int i = 0; i < 1000 && mActionAlias.contains( fid ); ++i )
    fid = mActionAlias.value( fid );
  return fid;
}

qint64 ActionEditor::currentPriorityId( qint64 priorityId ) const
{
  qint64 fid = priorityId;
  for ( int i = 0; i < 1000 && mPriorityAlias.contains( fid ); ++i )
    fid = mPriorityAlias.value( fid );
  return fid;
}

// --- Changes
// -------------------------------------------------------------------------------------------------

QString ActionEditor::inTransaction( const std::function<QString()> &work )
{
  if ( !mConnection )
    return tr( "The project cannot be edited now." );
  std::optional<tryggkarta::Transaction> transaction;
  try
  {
    transaction.emplace( *mConnection );
  }
  catch ( const tryggkarta::DamagedFileError &e )
  {
    return errorText( e.message );
  }
  catch ( const tryggkarta::SqlError &e )
  {
    return tr( "The actions could not be saved: %1" ).arg( QString::fromUtf8( e.what() ) );
  }
  const QString problem = work();
  if ( !problem.isEmpty() )
    return problem; // the transaction rolls back: nothing was changed
  try
  {
    transaction->commit();
  }
  catch ( const tryggkarta::SqlError &e )
  {
    if ( auto message = tryggkarta::writeFailureMessage( e, mConnection->path() ) )
      return errorText( *message );
    return tr( "The actions could not be saved: %1" ).arg( QString::fromUtf8( e.what() ) );
  }
  return QString();
}

std::optional<std::vector<ActionState>> ActionEditor::statesOf( const std::vector<qint64> &actionIds,
                                                                QString *error )
{
  std::vector<ActionState> states;
  for ( qint64 id : actionIds )
  {
    auto action = load( id, error );
    if ( !action )
      return std::nullopt;
    states.push_back( { true, *action } );
  }
  return states;
}

void ActionEditor::pushStep( std::vector<ActionState> before, std::vector<ActionState> after,
                             const tryggkarta::StatusChangeDetails &details, const QString &text )
{
  if ( mUndoStack )
    mUndoStack->push( new ActionStepCommand( this, std::move( before ), std::move( after ), details, text ) );
  emit actionsChanged();
}

QString ActionEditor::createAction( const Action &action, qint64 *newActionId, const QString &origin )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto fid = mStore->create( action, options( origin ) );
  if ( !fid )
    return errorText( fid.error() );
  if ( newActionId )
    *newActionId = *fid;
  QString error;
  auto stored = load( *fid, &error );
  if ( !stored )
    return error;
  ActionState before;
  before.exists = false;
  before.action.fid = *fid;
  pushStep( { before }, { { true, *stored } }, {},
            tr( "New Action \"%1\"" ).arg( text( action.title ).left( 40 ) ) );
  return QString();
}

void ActionEditor::noteActionMade( qint64 actionId, const QString &text )
{
  auto stored = load( actionId );
  if ( !stored )
    return;
  ActionState before;
  before.exists = false;
  before.action.fid = actionId;
  pushStep( { before }, { { true, *stored } }, {}, text );
}

QString ActionEditor::updateAction( const Action &action, const tryggkarta::StatusChangeDetails &details )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  Action current = action;
  current.fid = currentActionId( action.fid );
  QString error;
  auto before = statesOf( { current.fid }, &error );
  if ( !before )
    return error;
  if ( auto stored = mStore->update( current, options(), details ); !stored )
    return errorText( stored.error() );
  auto after = statesOf( { current.fid }, &error );
  if ( !after )
    return error;
  pushStep( std::move( *before ), std::move( *after ), details,
            tr( "Edit Action \"%1\"" ).arg( text( action.title ).left( 40 ) ) );
  return QString();
}

QString ActionEditor::updateActions( const std::vector<Action> &actions, const QString &stepText )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  if ( actions.empty() )
    return QString();
  std::vector<qint64> ids;
  for ( const Action &action : actions )
    ids.push_back( currentActionId( action.fid ) );
  QString error;
  auto before = statesOf( ids, &error );
  if ( !before )
    return error;
  const QString problem = inTransaction(
    [&]() -> QString
    {
      for ( std::size_t i = 0; i < actions.size(); ++i )
      {
        Action current = actions[i];
        current.fid = ids[i];
        if ( auto stored = mStore->update( current, options() ); !stored )
          return tr( "%1: %2" ).arg( text( current.title ), errorText( stored.error() ) );
      }
      return QString();
    } );
  if ( !problem.isEmpty() )
    return problem;
  auto after = statesOf( ids, &error );
  if ( !after )
    return error;
  pushStep( std::move( *before ), std::move( *after ), {}, stepText );
  return QString();
}

QString ActionEditor::changeStatus( const std::vector<qint64> &actionIds, const std::string &toStatus,
                                    const tryggkarta::StatusChangeDetails &details )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  std::vector<qint64> ids;
  for ( qint64 id : actionIds )
    ids.push_back( currentActionId( id ) );
  QString error;
  auto before = statesOf( ids, &error );
  if ( !before )
    return error;
  const std::vector<int64_t> storeIds( ids.begin(), ids.end() );
  if ( auto changed = mStore->changeStatus( storeIds, toStatus, details, options() ); !changed )
    return errorText( changed.error() );
  auto after = statesOf( ids, &error );
  if ( !after )
    return error;
  pushStep( std::move( *before ), std::move( *after ), details,
            tr( "Change the Status of %n Action(s)", nullptr, static_cast<int>( ids.size() ) ) );
  return QString();
}

QString ActionEditor::removeActions( const std::vector<qint64> &actionIds )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  std::vector<qint64> ids;
  for ( qint64 id : actionIds )
    ids.push_back( currentActionId( id ) );
  QString error;
  auto before = statesOf( ids, &error );
  if ( !before )
    return error;
  const QString problem = inTransaction(
    [&]() -> QString
    {
      for ( qint64 id : ids )
        if ( auto removed = mStore->remove( id, options() ); !removed )
          return errorText( removed.error() );
      return QString();
    } );
  if ( !problem.isEmpty() )
    return problem;
  std::vector<ActionState> after;
  for ( const ActionState &state : *before )
  {
    ActionState gone = state;
    gone.exists = false;
    after.push_back( gone );
  }
  pushStep( std::move( *before ), std::move( after ), {},
            tr( "Delete %n Action(s)", nullptr, static_cast<int>( ids.size() ) ) );
  return QString();
}

QString ActionEditor::write( const std::vector<ActionState> &states,
                             const tryggkarta::StatusChangeDetails &details )
{
  for ( const ActionState &state : states )
  {
    const qint64 fid = currentActionId( state.action.fid );
    auto stored = mStore->load( fid );
    const bool existsNow = stored.ok();
    if ( state.exists )
    {
      Action action = state.action;
      action.fid = fid;
      if ( action.priorityId )
        action.priorityId = currentPriorityId( *action.priorityId );
      if ( existsNow )
      {
        if ( auto updated = mStore->update( action, options(), details ); !updated )
          return errorText( updated.error() );
      }
      else
      {
        auto created = mStore->create( action, options( tr( "undo" ) ) );
        if ( !created )
          return errorText( created.error() );
        if ( *created != fid )
          mActionAlias.insert( fid, *created );
      }
    }
    else if ( existsNow )
    {
      if ( auto removed = mStore->remove( fid, options( tr( "undo" ) ) ); !removed )
        return errorText( removed.error() );
    }
  }
  return QString();
}

bool ActionEditor::restore( const std::vector<ActionState> &states,
                            const tryggkarta::StatusChangeDetails &details )
{
  if ( !mStore )
    return false;
  const QString problem = inTransaction( [&] { return write( states, details ); } );
  emit actionsChanged();
  if ( !problem.isEmpty() )
  {
    emit this->problem( problem );
    return false;
  }
  return true;
}

// --- Priorities
// ----------------------------------------------------------------------------------------------

QString ActionEditor::createPriority( const Priority &priority, qint64 *newPriorityId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto fid = mStore->createPriority( priority, options() );
  if ( !fid )
    return errorText( fid.error() );
  if ( newPriorityId )
    *newPriorityId = *fid;
  QString error;
  auto stored = loadPriority( *fid, &error );
  if ( !stored )
    return error;
  PriorityState before;
  before.exists = false;
  before.priority.fid = *fid;
  PriorityState after{ true, *stored, {} };
  if ( mUndoStack )
    mUndoStack->push( new PriorityStepCommand(
      this, before, after, tr( "New Priority \"%1\"" ).arg( text( priority.problem ).left( 40 ) ) ) );
  emit prioritiesChanged();
  return QString();
}

QString ActionEditor::updatePriority( const Priority &priority )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  Priority current = priority;
  current.fid = currentPriorityId( priority.fid );
  QString error;
  auto before = loadPriority( current.fid, &error );
  if ( !before )
    return error;
  if ( auto stored = mStore->updatePriority( current, options() ); !stored )
    return errorText( stored.error() );
  auto after = loadPriority( current.fid, &error );
  if ( !after )
    return error;
  if ( mUndoStack )
    mUndoStack->push(
      new PriorityStepCommand( this, { true, *before, {} }, { true, *after, {} },
                               tr( "Edit Priority \"%1\"" ).arg( text( priority.problem ).left( 40 ) ) ) );
  emit prioritiesChanged();
  return QString();
}

QString ActionEditor::removePriority( qint64 priorityId )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  const qint64 fid = currentPriorityId( priorityId );
  QString error;
  auto before = loadPriority( fid, &error );
  if ( !before )
    return error;
  PriorityState state{ true, *before, {} };
  tryggkarta::ActionFilter filter;
  filter.priorityId = fid;
  if ( auto linked = list( filter, &error ) )
    for ( const Action &action : *linked )
      state.linkedActions.push_back( action.fid );
  if ( auto removed = mStore->removePriority( fid, options() ); !removed )
    return errorText( removed.error() );
  PriorityState after = state;
  after.exists = false;
  after.linkedActions.clear();
  if ( mUndoStack )
    mUndoStack->push( new PriorityStepCommand(
      this, state, after, tr( "Delete Priority \"%1\"" ).arg( text( before->problem ).left( 40 ) ) ) );
  emit prioritiesChanged();
  emit actionsChanged();
  return QString();
}

bool ActionEditor::restore( const PriorityState &state )
{
  if ( !mStore )
    return false;
  const QString problem = inTransaction(
    [&]() -> QString
    {
      const qint64 fid = currentPriorityId( state.priority.fid );
      const bool existsNow = mStore->loadPriority( fid ).ok();
      if ( !state.exists )
      {
        if ( existsNow )
          if ( auto removed = mStore->removePriority( fid, options( tr( "undo" ) ) ); !removed )
            return errorText( removed.error() );
        return QString();
      }
      Priority priority = state.priority;
      priority.fid = fid;
      qint64 now = fid;
      if ( existsNow )
      {
        if ( auto updated = mStore->updatePriority( priority, options() ); !updated )
          return errorText( updated.error() );
      }
      else
      {
        auto created = mStore->createPriority( priority, options( tr( "undo" ) ) );
        if ( !created )
          return errorText( created.error() );
        now = *created;
        if ( now != fid )
          mPriorityAlias.insert( fid, now );
      }
      // The actions that were linked to it before it was deleted, linked again.
      for ( qint64 actionId : state.linkedActions )
      {
        auto action = mStore->load( currentActionId( actionId ) );
        if ( !action || action->priorityId == now )
          continue;
        action->priorityId = now;
        if ( auto updated = mStore->update( *action, options( tr( "undo" ) ) ); !updated )
          return errorText( updated.error() );
      }
      return QString();
    } );
  emit prioritiesChanged();
  emit actionsChanged();
  if ( !problem.isEmpty() )
  {
    emit this->problem( problem );
    return false;
  }
  return true;
}

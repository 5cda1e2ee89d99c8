#include "actionlistmodel.h"

#include "actiontext.h"

#include <QBrush>
#include <QColor>

#include <algorithm>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

ActionListModel::ActionListModel( QObject *parent ) : QAbstractTableModel( parent ) {}

void ActionListModel::setActions( std::vector<tryggkarta::Action> actions, const std::string &today )
{
  beginResetModel();
  mActions = std::move( actions );
  mOverdue.clear();
  for ( const tryggkarta::Action &action : mActions )
    mOverdue.push_back( action.overdue( today ) );
  endResetModel();
}

int ActionListModel::rowOf( qint64 fid ) const
{
  for ( std::size_t i = 0; i < mActions.size(); ++i )
    if ( mActions[i].fid == fid )
      return static_cast<int>( i );
  return -1;
}

const tryggkarta::Action *ActionListModel::actionAt( int row ) const
{
  if ( row < 0 || row >= static_cast<int>( mActions.size() ) )
    return nullptr;
  return &mActions[row];
}

int ActionListModel::overdueCount() const
{
  return static_cast<int>( std::count( mOverdue.begin(), mOverdue.end(), true ) );
}

int ActionListModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : static_cast<int>( mActions.size() );
}

int ActionListModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data( const QModelIndex &index, int role ) const
{
  const tryggkarta::Action *action = actionAt( index.row() );
  if ( !action )
    return QVariant();
  const bool overdue = mOverdue[index.row()];
  if ( role == FidRole )
    return QVariant::fromValue<qint64>( action->fid );
  if ( role == OverdueRole )
    return overdue;
  switch ( role )
  {
  case Qt::DisplayRole:
    switch ( index.column() )
    {
    case Title:
      return text( action->title );
    case Kind:
      return ActionText::kindLabel( action->kind );
    case Responsible:
      return text( action->responsible );
    case Priority:
      return ActionText::priorityLabel( action->priority );
    case Deadline:
      return overdue ? tr( "%1 (overdue)" ).arg( text( action->deadline ) ) : text( action->deadline );
    case Status:
      return ActionText::statusLabel( action->status );
    case Area:
      return text( action->areaName );
    case Link:
      return ActionText::linkText( *action );
    default:
      return QVariant();
    }
  case Qt::UserRole:
    // The raw value to sort by: no deadline and no priority last.
    switch ( index.column() )
    {
    case Priority:
      return action->priority ? *action->priority : 99;
    case Deadline:
      return action->deadline.empty() ? QStringLiteral( "9999" ) : text( action->deadline );
    case Status:
    {
      const auto &codes = tryggkarta::actionStatusCodes();
      return static_cast<int>( std::find( codes.begin(), codes.end(), action->status ) - codes.begin() );
    }
    default:
      return data( index, Qt::DisplayRole ).toString().toLower();
    }
  case Qt::DecorationRole:
    if ( index.column() == Status )
      return ActionText::statusIcon( action->status );
    if ( index.column() == Deadline && overdue )
      return ActionText::overdueIcon();
    return QVariant();
  case Qt::ForegroundRole:
    if ( overdue && ( index.column() == Deadline || index.column() == Title ) )
      return QBrush( QColor( 0xb0, 0x00, 0x00 ) );
    return QVariant();
  case Qt::BackgroundRole:
    if ( overdue )
      return QBrush( QColor( 0xff, 0xec, 0xec ) );
    return QVariant();
  case Qt::ToolTipRole:
    if ( overdue )
      return tr( "Overdue: the deadline %1 has passed and the action is neither done nor rejected." )
        .arg( text( action->deadline ) );
    if ( index.column() == Title && !action->description.empty() )
      return text( action->description );
    return QVariant();
  default:
    return QVariant();
  }
}

QVariant ActionListModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation != Qt::Horizontal || role != Qt::DisplayRole )
    return QAbstractTableModel::headerData( section, orientation, role );
  switch ( section )
  {
  case Title:
    return tr( "What" );
  case Kind:
    return tr( "Kind" );
  case Responsible:
    return tr( "Responsible" );
  case Priority:
    return tr( "Priority" );
  case Deadline:
    return tr( "Deadline" );
  case Status:
    return tr( "Status" );
  case Area:
    return tr( "Area" );
  case Link:
    return tr( "Linked to" );
  default:
    return QVariant();
  }
}

#include "followuppanel.h"

#include "actiontext.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
enum Kind
{
  PriorityEntry = 1,
  ActionEntry = 2
};
} // namespace

FollowUpPanel::FollowUpPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "FollowUpPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  mSummary = new QLabel( this );
  mSummary->setWordWrap( true );
  layout->addWidget( mSummary );
  mTree = new QTreeWidget( this );
  mTree->setObjectName( QStringLiteral( "FollowUpTree" ) );
  mTree->setHeaderLabels( { tr( "What" ), tr( "Responsible" ), tr( "Deadline" ) } );
  mTree->setColumnWidth( 0, 260 );
  mTree->setColumnWidth( 1, 110 );
  layout->addWidget( mTree, 1 );
  auto *hint = new QLabel( tr( "Double-click an entry to open it." ), this );
  hint->setStyleSheet( QStringLiteral( "color: gray;" ) );
  layout->addWidget( hint );
  connect( mTree, &QTreeWidget::itemActivated, this,
           [this]( QTreeWidgetItem *item )
           {
             const qint64 fid = item->data( 0, Qt::UserRole ).toLongLong();
             const int kind = item->data( 0, Qt::UserRole + 1 ).toInt();
             if ( kind == PriorityEntry )
               emit priorityActivated( fid );
             else if ( kind == ActionEntry )
               emit actionActivated( fid );
           } );
}

QTreeWidgetItem *FollowUpPanel::section( int index ) const
{
  return mTree->topLevelItem( index );
}

void FollowUpPanel::setTraceability( const tryggkarta::Traceability &loose )
{
  mTree->clear();
  QFont bold = font();
  bold.setBold( true );
  auto addSection = [&]( const QString &title, int count )
  {
    auto *item = new QTreeWidgetItem( mTree, { tr( "%1 (%2)" ).arg( title ).arg( count ) } );
    item->setFont( 0, bold );
    item->setFirstColumnSpanned( true );
    item->setExpanded( true );
    return item;
  };
  QTreeWidgetItem *priorities = addSection( tr( "Priorities without actions" ),
                                            static_cast<int>( loose.prioritiesWithoutActions.size() ) );
  for ( const tryggkarta::Priority &p : loose.prioritiesWithoutActions )
  {
    auto *item = new QTreeWidgetItem(
      priorities, { tr( "%1 %2: %3" ).arg( text( p.periodLabel ), text( p.areaName ), text( p.problem ) ),
                    QString(), QString() } );
    item->setData( 0, Qt::UserRole, QVariant::fromValue<qint64>( p.fid ) );
    item->setData( 0, Qt::UserRole + 1, PriorityEntry );
  }
  auto addActions =
    [&]( QTreeWidgetItem *parent, const std::vector<tryggkarta::Action> &actions, bool overdue )
  {
    for ( const tryggkarta::Action &a : actions )
    {
      auto *item =
        new QTreeWidgetItem( parent, { text( a.title ), text( a.responsible ), text( a.deadline ) } );
      item->setData( 0, Qt::UserRole, QVariant::fromValue<qint64>( a.fid ) );
      item->setData( 0, Qt::UserRole + 1, ActionEntry );
      item->setIcon( 0, overdue ? ActionText::overdueIcon() : ActionText::statusIcon( a.status ) );
      if ( overdue )
        item->setForeground( 2, QColor( 0xb0, 0x00, 0x00 ) );
    }
  };
  addActions( addSection( tr( "Actions without a priority or observation" ),
                          static_cast<int>( loose.actionsWithoutOrigin.size() ) ),
              loose.actionsWithoutOrigin, false );
  addActions( addSection( tr( "Overdue actions" ), static_cast<int>( loose.overdue.size() ) ), loose.overdue,
              true );
  mTotal = static_cast<int>( loose.prioritiesWithoutActions.size() + loose.actionsWithoutOrigin.size() +
                             loose.overdue.size() );
  mSummary->setText( mTotal == 0
                       ? tr( "No loose ends: every priority has actions, every action an origin, and "
                             "nothing is overdue." )
                       : tr( "%n loose end(s) to take up at the EST meeting.", nullptr, mTotal ) );
}

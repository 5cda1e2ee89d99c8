#include "prioritiespanel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QScopedValueRollback>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

PrioritiesPanel::PrioritiesPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "PrioritiesPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  mToolBar = new QToolBar( this );
  mToolBar->setIconSize( QSize( 18, 18 ) );
  mToolBar->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
  layout->addWidget( mToolBar );
  auto *row = new QHBoxLayout();
  row->addWidget( new QLabel( tr( "Period" ), this ) );
  mPeriod = new QComboBox( this );
  mPeriod->addItem( tr( "All periods" ), QString() );
  row->addWidget( mPeriod, 1 );
  layout->addLayout( row );
  mList = new QTreeWidget( this );
  mList->setObjectName( QStringLiteral( "PriorityList" ) );
  mList->setRootIsDecorated( false );
  mList->setHeaderLabels(
    { tr( "Period" ), tr( "Rank" ), tr( "Area" ), tr( "Problem" ), tr( "Figures" ), tr( "Actions" ) } );
  mList->setColumnWidth( 0, 70 );
  mList->setColumnWidth( 1, 45 );
  mList->setColumnWidth( 2, 100 );
  mList->setColumnWidth( 3, 200 );
  mList->setColumnWidth( 4, 200 );
  mList->setWordWrap( true );
  layout->addWidget( mList, 1 );
  mCount = new QLabel( this );
  layout->addWidget( mCount );
  connect( mPeriod, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]
           {
             if ( !mFilling )
               emit periodChanged();
           } );
  connect( mList, &QTreeWidget::currentItemChanged, this,
           [this]
           {
             if ( !mFilling )
               emit prioritySelected( selectedPriority() );
           } );
  connect( mList, &QTreeWidget::itemActivated, this,
           [this]( QTreeWidgetItem *item )
           { emit priorityActivated( item->data( 0, Qt::UserRole ).toLongLong() ); } );
}

void PrioritiesPanel::setActions( const QList<QAction *> &actions )
{
  mToolBar->clear();
  for ( QAction *action : actions )
    if ( action )
      mToolBar->addAction( action );
    else
      mToolBar->addSeparator();
}

void PrioritiesPanel::setPeriods( const QStringList &labels )
{
  const QScopedValueRollback<bool> filling( mFilling, true );
  const QString current = period();
  while ( mPeriod->count() > 1 )
    mPeriod->removeItem( 1 );
  for ( const QString &label : labels )
    mPeriod->addItem( label, label );
  mPeriod->setCurrentIndex( std::max( 0, mPeriod->findData( current ) ) );
}

QString PrioritiesPanel::period() const
{
  return mPeriod->currentData().toString();
}

void PrioritiesPanel::setPriorities( const std::vector<tryggkarta::Priority> &priorities )
{
  const qint64 selected = selectedPriority();
  {
    const QScopedValueRollback<bool> filling( mFilling, true );
    mPriorities = priorities;
    mList->clear();
    for ( const tryggkarta::Priority &p : priorities )
    {
      QStringList figures;
      for ( const tryggkarta::PriorityFigure &figure : p.figures )
        figures << QStringLiteral( "%1: %2" ).arg( text( figure.label ), text( figure.value ) );
      auto *item = new QTreeWidgetItem(
        mList,
        { text( p.periodLabel ), p.rank ? QString::number( *p.rank ) : QString(), text( p.areaName ),
          text( p.problem ), figures.join( QStringLiteral( "; " ) ), QString::number( p.actionCount ) } );
      item->setData( 0, Qt::UserRole, QVariant::fromValue<qint64>( p.fid ) );
      item->setToolTip( 3, text( p.problem ) );
      item->setToolTip( 4, figures.join( QLatin1Char( '\n' ) ) );
      if ( p.actionCount == 0 && p.status == "active" )
      {
        item->setForeground( 5, QColor( 0xb0, 0x00, 0x00 ) );
        item->setToolTip( 5, tr( "Nothing acts on this priority yet." ) );
      }
      if ( p.status == "closed" )
        for ( int c = 0; c < mList->columnCount(); ++c )
          item->setForeground( c, Qt::gray );
    }
    selectPriority( selected );
  }
  mCount->setText( tr( "Priorities: %1" ).arg( priorities.size() ) );
}

qint64 PrioritiesPanel::selectedPriority() const
{
  QTreeWidgetItem *item = mList->currentItem();
  return item && item->isSelected() ? item->data( 0, Qt::UserRole ).toLongLong() : 0;
}

void PrioritiesPanel::selectPriority( qint64 fid )
{
  for ( int i = 0; i < mList->topLevelItemCount(); ++i )
    if ( mList->topLevelItem( i )->data( 0, Qt::UserRole ).toLongLong() == fid )
    {
      mList->setCurrentItem( mList->topLevelItem( i ) );
      return;
    }
}

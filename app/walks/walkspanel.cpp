#include "walkspanel.h"

#include "walkform.h"
#include "walkstopspanel.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

namespace
{
enum Column
{
  NameColumn,
  DateColumn,
  StatusColumn,
  StopsColumn,
  ObservationsColumn,
  LengthColumn
};

//! A walk's name for the narrow list: "Trygghetsvandring Norrbacka" is shown as "Norrbacka" (the panel is the
//! walks'); the full name is in the tooltip and the form.
QString listName( const QString &name )
{
  static const QRegularExpression sPrefix(
    QStringLiteral( "^(trygghetsvandring|safety walk)( i | in |[:\\s–-])+" ),
    QRegularExpression::CaseInsensitiveOption );
  QString shown = name;
  shown.remove( sPrefix );
  return shown.trimmed().isEmpty() ? name : shown.trimmed();
}

QString lengthText( double meters )
{
  if ( meters <= 0 )
    return QStringLiteral( "–" );
  const QLocale locale;
  return meters < 1000 ? QStringLiteral( "%1 m" ).arg( locale.toString( meters, 'f', 0 ) )
                       : QStringLiteral( "%1 km" ).arg( locale.toString( meters / 1000, 'f', 1 ) );
}
} // namespace

WalksPanel::WalksPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "WalksPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 2, 2, 2, 2 );
  mToolBar = new QToolBar( this );
  mToolBar->setObjectName( QStringLiteral( "WalksToolBar" ) );
  mToolBar->setIconSize( QSize( 18, 18 ) );
  mToolBar->setToolButtonStyle( Qt::ToolButtonIconOnly );
  layout->addWidget( mToolBar );

  auto *splitter = new QSplitter( Qt::Vertical, this );
  splitter->setChildrenCollapsible( false );
  layout->addWidget( splitter, 1 );

  auto *top = new QWidget( splitter );
  auto *topLayout = new QVBoxLayout( top );
  topLayout->setContentsMargins( 0, 0, 0, 0 );
  mList = new QTreeWidget( top );
  mList->setObjectName( QStringLiteral( "WalksList" ) );
  mList->setRootIsDecorated( false );
  // Long names ("Trygghetsvandring Norrbacka") wrap rather than lose their end.
  mList->setWordWrap( true );
  mList->setUniformRowHeights( false );
  mList->setAlternatingRowColors( true );
  mList->setHeaderLabels(
    { tr( "Walk" ), tr( "Date" ), tr( "Status" ), tr( "Stops" ), tr( "Obs." ), tr( "Length" ) } );
  mList->headerItem()->setToolTip( ObservationsColumn, tr( "Observations recorded on the walk" ) );
  mList->header()->setStretchLastSection( false );
  mList->header()->setSectionResizeMode( NameColumn, QHeaderView::Stretch );
  for ( int column = DateColumn; column <= LengthColumn; ++column )
    mList->header()->setSectionResizeMode( column, QHeaderView::ResizeToContents );
  mList->setMinimumHeight( 110 );
  topLayout->addWidget( mList );
  mNote = new QLabel( top );
  mNote->setObjectName( QStringLiteral( "WalksNote" ) );
  mNote->setWordWrap( true );
  mNote->hide();
  topLayout->addWidget( mNote );

  mTabs = new QTabWidget( splitter );
  mTabs->setObjectName( QStringLiteral( "WalkTabs" ) );
  mForm = new WalkForm;
  auto *formScroll = new QScrollArea;
  formScroll->setWidget( mForm );
  formScroll->setWidgetResizable( true );
  formScroll->setFrameShape( QFrame::NoFrame );
  mTabs->addTab( formScroll, tr( "Plan" ) );
  mStops = new WalkStopsPanel;
  mTabs->addTab( mStops, tr( "Stops" ) );
  splitter->setStretchFactor( 0, 1 );
  splitter->setStretchFactor( 1, 3 );

  connect( mList, &QTreeWidget::itemSelectionChanged, this,
           [this]
           {
             if ( !mFilling )
               emit walkSelected( selectedWalk() );
           } );
}

void WalksPanel::setActions( const QList<QAction *> &actions )
{
  mToolBar->clear();
  for ( QAction *action : actions )
    if ( action )
      mToolBar->addAction( action );
    else
      mToolBar->addSeparator();
}

void WalksPanel::setWalks( const std::vector<tryggkarta::WalkSummary> &walks )
{
  const qint64 selected = selectedWalk();
  const bool filling = std::exchange( mFilling, true );
  mWalks = walks;
  mList->clear();
  for ( const tryggkarta::WalkSummary &walk : walks )
  {
    auto *item = new QTreeWidgetItem( mList );
    item->setText( NameColumn, listName( QString::fromStdString( walk.name ) ) );
    item->setToolTip( NameColumn, walk.areaName.empty() ? QString::fromStdString( walk.name )
                                                        : QStringLiteral( "%1 (%2)" )
                                                            .arg( QString::fromStdString( walk.name ),
                                                                  QString::fromStdString( walk.areaName ) ) );
    item->setText( DateColumn, QString::fromStdString( walk.date ) );
    item->setText( StatusColumn, WalkForm::statusLabel( QString::fromStdString( walk.status ), mEnglish ) );
    item->setText( StopsColumn, QString::number( walk.stops ) );
    item->setText( ObservationsColumn, QString::number( walk.observations ) );
    item->setText( LengthColumn, lengthText( walk.routeLength ) );
    for ( int column : { StopsColumn, ObservationsColumn, LengthColumn } )
      item->setTextAlignment( column, Qt::AlignRight | Qt::AlignVCenter );
    item->setData( NameColumn, Qt::UserRole, static_cast<qlonglong>( walk.fid ) );
  }
  selectWalk( selected );
  mFilling = filling;
  // Only a walk that is gone changes the selection.
  if ( !mFilling && selectedWalk() != selected )
    emit walkSelected( selectedWalk() );
}

qint64 WalksPanel::selectedWalk() const
{
  const QList<QTreeWidgetItem *> items = mList->selectedItems();
  return items.isEmpty() ? 0 : items.first()->data( NameColumn, Qt::UserRole ).toLongLong();
}

void WalksPanel::selectWalk( qint64 fid )
{
  for ( int i = 0; i < mList->topLevelItemCount(); ++i )
  {
    QTreeWidgetItem *item = mList->topLevelItem( i );
    if ( item->data( NameColumn, Qt::UserRole ).toLongLong() == fid )
    {
      mList->setCurrentItem( item );
      item->setSelected( true );
      mList->scrollToItem( item );
      return;
    }
  }
  mList->clearSelection();
}

void WalksPanel::setNote( const QString &text )
{
  mNote->setText( text );
  mNote->setVisible( !text.isEmpty() );
}

void WalksPanel::showStops()
{
  mTabs->setCurrentWidget( mStops );
}

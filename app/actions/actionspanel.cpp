#include "actionspanel.h"

#include "actionlistmodel.h"
#include "actiontext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QScopedValueRollback>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

ActionsPanel::ActionsPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "ActionsPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  mToolBar = new QToolBar( this );
  mToolBar->setIconSize( QSize( 18, 18 ) );
  mToolBar->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
  layout->addWidget( mToolBar );

  // The filters, two rows.
  auto *filters = new QGridLayout();
  layout->addLayout( filters );
  mStatus = new QComboBox( this );
  mStatus->setObjectName( QStringLiteral( "ActionStatusFilter" ) );
  mStatus->addItem( tr( "All statuses" ), QStringList() );
  mStatus->addItem( tr( "Open (not done or rejected)" ),
                    QStringList{ QStringLiteral( "proposed" ), QStringLiteral( "decided" ),
                                 QStringLiteral( "in_progress" ) } );
  for ( const std::string &status : tryggkarta::actionStatusCodes() )
    mStatus->addItem( ActionText::statusIcon( status ), ActionText::statusLabel( status ),
                      QStringList{ text( status ) } );
  mOrganisation = new QComboBox( this );
  mOrganisation->setObjectName( QStringLiteral( "ActionOrganisationFilter" ) );
  mOrganisation->addItem( tr( "All organisations" ), QString() );
  mPriority = new QComboBox( this );
  mPriority->addItem( tr( "All priorities" ), 0 );
  for ( int p = 1; p <= 3; ++p )
    mPriority->addItem( tr( "Priority %1" ).arg( ActionText::priorityLabel( p ) ), p );
  mArea = new QComboBox( this );
  mArea->addItem( tr( "All areas" ), QVariant::fromValue<qint64>( 0 ) );
  mKind = new QComboBox( this );
  mKind->addItem( tr( "Actions and interventions" ), 0 );
  mKind->addItem( tr( "Interventions only" ), 1 );
  mKind->addItem( tr( "Ordinary actions only" ), 2 );
  mOverdue = new QCheckBox( tr( "Overdue only" ), this );
  mOverdue->setObjectName( QStringLiteral( "ActionOverdueFilter" ) );
  filters->addWidget( mStatus, 0, 0 );
  filters->addWidget( mOrganisation, 0, 1 );
  filters->addWidget( mPriority, 0, 2 );
  filters->addWidget( mArea, 1, 0 );
  filters->addWidget( mKind, 1, 1 );
  filters->addWidget( mOverdue, 1, 2 );
  for ( QComboBox *combo : { mStatus, mOrganisation, mPriority, mArea, mKind } )
  {
    combo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
    combo->setMinimumContentsLength( 8 );
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             [this]
             {
               if ( !mFilling )
                 emit filterChanged();
             } );
  }
  connect( mOverdue, &QCheckBox::toggled, this, &ActionsPanel::filterChanged );

  auto *splitter = new QSplitter( Qt::Vertical, this );
  layout->addWidget( splitter, 1 );
  auto *top = new QWidget( splitter );
  auto *topLayout = new QVBoxLayout( top );
  topLayout->setContentsMargins( 0, 0, 0, 0 );
  mModel = new ActionListModel( this );
  mProxy = new QSortFilterProxyModel( this );
  mProxy->setSourceModel( mModel );
  mProxy->setSortRole( Qt::UserRole );
  mTable = new QTableView( top );
  mTable->setObjectName( QStringLiteral( "ActionTable" ) );
  mTable->setModel( mProxy );
  mTable->setSortingEnabled( true );
  mTable->sortByColumn( ActionListModel::Deadline, Qt::AscendingOrder );
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::ExtendedSelection );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->setAlternatingRowColors( false );
  mTable->verticalHeader()->hide();
  mTable->verticalHeader()->setDefaultSectionSize( mTable->fontMetrics().height() + 6 );
  mTable->horizontalHeader()->setStretchLastSection( true );
  mTable->setWordWrap( false );
  mTable->setColumnWidth( ActionListModel::Title, 190 );
  mTable->setColumnWidth( ActionListModel::Kind, 90 );
  mTable->setColumnWidth( ActionListModel::Responsible, 110 );
  mTable->setColumnWidth( ActionListModel::Priority, 70 );
  mTable->setColumnWidth( ActionListModel::Deadline, 120 );
  mTable->setColumnWidth( ActionListModel::Status, 95 );
  mTable->setColumnWidth( ActionListModel::Area, 90 );
  topLayout->addWidget( mTable, 1 );
  mCount = new QLabel( top );
  mCount->setObjectName( QStringLiteral( "ActionCountLabel" ) );
  topLayout->addWidget( mCount );
  mNote = new QLabel( top );
  mNote->setWordWrap( true );
  mNote->hide();
  topLayout->addWidget( mNote );

  auto *bottom = new QWidget( splitter );
  auto *bottomLayout = new QVBoxLayout( bottom );
  bottomLayout->setContentsMargins( 0, 0, 0, 0 );
  mHistoryTitle = new QLabel( tr( "Status history" ), bottom );
  mHistoryTitle->setStyleSheet( QStringLiteral( "font-weight: bold;" ) );
  bottomLayout->addWidget( mHistoryTitle );
  mHistory = new QTreeWidget( bottom );
  mHistory->setObjectName( QStringLiteral( "ActionHistory" ) );
  mHistory->setRootIsDecorated( false );
  mHistory->setHeaderLabels( { tr( "Date" ), tr( "Status" ), tr( "Note" ), tr( "Recorded" ) } );
  mHistory->setColumnWidth( 0, 90 );
  mHistory->setColumnWidth( 1, 170 );
  mHistory->setColumnWidth( 2, 200 );
  bottomLayout->addWidget( mHistory );
  splitter->setStretchFactor( 0, 3 );
  splitter->setStretchFactor( 1, 1 );

  connect( mTable, &QTableView::activated, this,
           [this]( const QModelIndex &index )
           {
             if ( const qint64 fid = fidAt( index ) )
               emit actionActivated( fid );
           } );
  connect( mTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
           [this]( const QModelIndex &current )
           {
             if ( !mFilling )
               emit currentActionChanged( fidAt( current ) );
           } );
  connect( mTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
           [this]
           {
             if ( !mFilling )
               emit selectionChanged();
           } );
}

void ActionsPanel::setActions( const QList<QAction *> &actions )
{
  mToolBar->clear();
  for ( QAction *action : actions )
    if ( action )
      mToolBar->addAction( action );
    else
      mToolBar->addSeparator();
}

void ActionsPanel::setChoices( const QList<QPair<qint64, QString>> &areas, const QStringList &organisations )
{
  const QScopedValueRollback<bool> filling( mFilling, true );
  const QVariant area = mArea->currentData();
  const QString organisation = mOrganisation->currentData().toString();
  while ( mArea->count() > 1 )
    mArea->removeItem( 1 );
  for ( const auto &[fid, name] : areas )
    mArea->addItem( name, QVariant::fromValue<qint64>( fid ) );
  mArea->setCurrentIndex( std::max( 0, mArea->findData( area ) ) );
  while ( mOrganisation->count() > 1 )
    mOrganisation->removeItem( 1 );
  for ( const QString &name : organisations )
    mOrganisation->addItem( name, name );
  mOrganisation->setCurrentIndex( std::max( 0, mOrganisation->findData( organisation ) ) );
}

tryggkarta::ActionFilter ActionsPanel::filter() const
{
  tryggkarta::ActionFilter filter;
  for ( const QString &status : mStatus->currentData().toStringList() )
    filter.statuses.push_back( status.toStdString() );
  const QString organisation = mOrganisation->currentData().toString();
  if ( !organisation.isEmpty() )
    filter.organisations.push_back( organisation.toStdString() );
  if ( const int priority = mPriority->currentData().toInt(); priority > 0 )
    filter.priority = priority;
  if ( const qint64 area = mArea->currentData().toLongLong(); area > 0 )
    filter.areaId = area;
  if ( const int kind = mKind->currentData().toInt(); kind > 0 )
    filter.interventions = kind == 1;
  filter.overdueOnly = mOverdue->isChecked();
  return filter;
}

qint64 ActionsPanel::fidAt( const QModelIndex &proxyIndex ) const
{
  if ( !proxyIndex.isValid() )
    return 0;
  return mProxy->data( proxyIndex.siblingAtColumn( 0 ), ActionListModel::FidRole ).toLongLong();
}

void ActionsPanel::setList( std::vector<tryggkarta::Action> actions, const std::string &today )
{
  const std::vector<qint64> selected = selectedActions();
  const qint64 current = currentAction();
  {
    const QScopedValueRollback<bool> filling( mFilling, true );
    mModel->setActions( std::move( actions ), today );
    selectActions( selected );
    if ( current )
    {
      const int row = mModel->rowOf( current );
      if ( row >= 0 )
        mTable->selectionModel()->setCurrentIndex( mProxy->mapFromSource( mModel->index( row, 0 ) ),
                                                   QItemSelectionModel::NoUpdate );
    }
  }
  const int overdue = mModel->overdueCount();
  QString count = tr( "%n action(s)", nullptr, mModel->rowCount() );
  if ( overdue > 0 )
    count += QStringLiteral( ", " ) + tr( "%n overdue", nullptr, overdue );
  mCount->setText( count );
  emit selectionChanged();
  emit currentActionChanged( currentAction() );
}

void ActionsPanel::setHistory( const std::vector<tryggkarta::ActionStatusChange> &history,
                               const QString &title )
{
  mHistoryTitle->setText( title.isEmpty() ? tr( "Status history" )
                                          : tr( "Status history: %1" ).arg( title ) );
  mHistory->clear();
  for ( const tryggkarta::ActionStatusChange &change : history )
  {
    const QString status = change.fromStatus.empty() ? ActionText::statusLabel( change.toStatus )
                                                     : tr( "%1 → %2" )
                                                         .arg( ActionText::statusLabel( change.fromStatus ),
                                                               ActionText::statusLabel( change.toStatus ) );
    auto *item = new QTreeWidgetItem( mHistory, { text( change.effectiveDate ), status, text( change.note ),
                                                  text( change.changedAt ).left( 16 ).replace( 'T', ' ' ) } );
    item->setIcon( 1, ActionText::statusIcon( change.toStatus ) );
    item->setToolTip( 2, text( change.note ) );
  }
}

void ActionsPanel::setNote( const QString &text )
{
  mNote->setText( text );
  mNote->setVisible( !text.isEmpty() );
}

std::vector<qint64> ActionsPanel::selectedActions() const
{
  std::vector<qint64> fids;
  QModelIndexList rows = mTable->selectionModel()->selectedRows();
  std::sort( rows.begin(), rows.end(),
             []( const QModelIndex &a, const QModelIndex &b ) { return a.row() < b.row(); } );
  for ( const QModelIndex &index : rows )
    if ( const qint64 fid = fidAt( index ) )
      fids.push_back( fid );
  return fids;
}

qint64 ActionsPanel::currentAction() const
{
  const QModelIndex current = mTable->selectionModel()->currentIndex();
  if ( !current.isValid() || !mTable->selectionModel()->isRowSelected( current.row(), QModelIndex() ) )
    return 0;
  return fidAt( current );
}

bool ActionsPanel::selectAction( qint64 fid )
{
  const int row = mModel->rowOf( fid );
  if ( row < 0 )
    return false;
  const QModelIndex index = mProxy->mapFromSource( mModel->index( row, 0 ) );
  mTable->selectionModel()->setCurrentIndex( index, QItemSelectionModel::ClearAndSelect |
                                                      QItemSelectionModel::Rows );
  mTable->scrollTo( index );
  return true;
}

void ActionsPanel::selectActions( const std::vector<qint64> &fids )
{
  QItemSelection selection;
  for ( qint64 fid : fids )
  {
    const int row = mModel->rowOf( fid );
    if ( row < 0 )
      continue;
    const QModelIndex index = mProxy->mapFromSource( mModel->index( row, 0 ) );
    selection.select( index, index.siblingAtColumn( ActionListModel::ColumnCount - 1 ) );
  }
  mTable->selectionModel()->select( selection, QItemSelectionModel::ClearAndSelect );
}

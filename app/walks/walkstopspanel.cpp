#include "walkstopspanel.h"

#include "coremessages.h"

#include <qgsapplication.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <utility>

namespace
{
enum Column
{
  NumberColumn,
  NameColumn,
  ReasonColumn
};

QString text( const std::string &value )
{
  return QString::fromStdString( value );
}

QString escaped( const std::string &value )
{
  return text( value ).toHtmlEscaped();
}
} // namespace

WalkStopsPanel::WalkStopsPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "WalkStopsPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  auto *splitter = new QSplitter( Qt::Vertical, this );
  layout->addWidget( splitter );

  auto *top = new QWidget( splitter );
  auto *topLayout = new QVBoxLayout( top );
  topLayout->setContentsMargins( 0, 0, 0, 0 );
  mTable = new QTableWidget( 0, 3, top );
  mTable->setObjectName( QStringLiteral( "WalkStopsTable" ) );
  mTable->setHorizontalHeaderLabels( { tr( "No." ), tr( "Name" ), tr( "Why here" ) } );
  mTable->horizontalHeader()->setSectionResizeMode( NumberColumn, QHeaderView::ResizeToContents );
  mTable->horizontalHeader()->setSectionResizeMode( NameColumn, QHeaderView::Interactive );
  mTable->horizontalHeader()->setStretchLastSection( true );
  mTable->setColumnWidth( NameColumn, 150 );
  mTable->verticalHeader()->hide();
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::SingleSelection );
  // The reason is why the stop is there: shown whole.
  mTable->setWordWrap( true );
  mTable->verticalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  mTable->setToolTip( tr( "Double-click a name or reason to change it. The numbers follow the order of the "
                          "rows." ) );
  topLayout->addWidget( mTable );

  auto button = [this, top]( const char *icon, const QString &tip )
  {
    auto *b =
      new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "/%1" ).arg( icon ) ), QString(), top );
    b->setToolTip( tip );
    return b;
  };
  mUp = button( "mActionArrowUp.svg", tr( "Move the stop one place earlier on the route" ) );
  mUp->setObjectName( QStringLiteral( "StopUpButton" ) );
  mDown = button( "mActionArrowDown.svg", tr( "Move the stop one place later on the route" ) );
  mDown->setObjectName( QStringLiteral( "StopDownButton" ) );
  mRemove =
    button( "mActionDeleteSelected.svg", tr( "Remove the stop (its observations stay, without a stop)" ) );
  mRemove->setObjectName( QStringLiteral( "StopRemoveButton" ) );
  mAdd = new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "/mActionCapturePoint.svg" ) ),
                          tr( "Add on the Map" ), top );
  mAdd->setObjectName( QStringLiteral( "StopAddButton" ) );
  mAdd->setToolTip( tr( "Click the map where the new stop is; drag a stop on the map to move it" ) );
  auto *buttons = new QHBoxLayout;
  buttons->addWidget( mUp );
  buttons->addWidget( mDown );
  buttons->addWidget( mRemove );
  buttons->addStretch();
  buttons->addWidget( mAdd );
  topLayout->addLayout( buttons );

  auto *bottom = new QWidget( splitter );
  auto *bottomLayout = new QVBoxLayout( bottom );
  bottomLayout->setContentsMargins( 0, 0, 0, 0 );
  mContextTitle = new QLabel( tr( "<b>Around the stop</b>" ), bottom );
  mMonths = new QComboBox( bottom );
  mMonths->setObjectName( QStringLiteral( "ContextMonthsCombo" ) );
  for ( int months : { 3, 6, 12, 24 } )
    mMonths->addItem( tr( "last %n month(s)", nullptr, months ), months );
  mMonths->setCurrentIndex( 1 ); // six months
  // How far around the stop: 100 m by default, wider for a square or a park.
  mRadius = new QComboBox( bottom );
  mRadius->setObjectName( QStringLiteral( "ContextRadiusCombo" ) );
  for ( int metres : { 50, 100, 200, 300 } )
    mRadius->addItem( tr( "within %1 m" ).arg( metres ), metres );
  mRadius->setCurrentIndex( 1 );
  auto *titleRow = new QHBoxLayout;
  titleRow->addWidget( mContextTitle );
  titleRow->addStretch();
  titleRow->addWidget( mRadius );
  titleRow->addWidget( mMonths );
  bottomLayout->addLayout( titleRow );
  mContext = new QTextBrowser( bottom );
  mContext->setObjectName( QStringLiteral( "StopContextView" ) );
  mContext->setOpenLinks( false );
  bottomLayout->addWidget( mContext );
  splitter->setStretchFactor( 0, 1 );
  splitter->setStretchFactor( 1, 1 );

  connect( mTable, &QTableWidget::itemSelectionChanged, this,
           [this]
           {
             updateButtons();
             if ( !mFilling )
               emit stopSelected( selectedStop() );
           } );
  connect( mTable, &QTableWidget::itemChanged, this,
           [this]( QTableWidgetItem *item )
           {
             if ( mFilling || item->column() == NumberColumn )
               return;
             const int row = item->row();
             if ( row < 0 || row >= static_cast<int>( mStops.size() ) )
               return;
             const QString name = mTable->item( row, NameColumn )->text().trimmed();
             const QString reason = mTable->item( row, ReasonColumn )->text().trimmed();
             if ( name == text( mStops[row].name ) && reason == text( mStops[row].reason ) )
               return;
             emit stopEdited( mStops[row].fid, name, reason );
           } );
  connect( mUp, &QPushButton::clicked, this,
           [this]
           {
             if ( const qint64 fid = selectedStop() )
               emit moveRequested( fid, -1 );
           } );
  connect( mDown, &QPushButton::clicked, this,
           [this]
           {
             if ( const qint64 fid = selectedStop() )
               emit moveRequested( fid, 1 );
           } );
  connect( mRemove, &QPushButton::clicked, this,
           [this]
           {
             if ( const qint64 fid = selectedStop() )
               emit removeRequested( fid );
           } );
  connect( mAdd, &QPushButton::clicked, this, &WalkStopsPanel::addRequested );
  connect( mMonths, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this] { emit contextPeriodChanged( contextMonths() ); } );
  connect( mRadius, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this] { emit contextPeriodChanged( contextMonths() ); } );
  showContextText( tr( "Choose a stop to see what happened around it." ) );
  updateButtons();
}

void WalkStopsPanel::setStops( const std::vector<tryggkarta::WalkStop> &stops )
{
  const qint64 selected = selectedStop();
  const bool filling = std::exchange( mFilling, true );
  mStops = stops;
  mTable->clearSelection();
  mTable->setRowCount( static_cast<int>( stops.size() ) );
  for ( int row = 0; row < static_cast<int>( stops.size() ); ++row )
  {
    const tryggkarta::WalkStop &stop = stops[row];
    auto *number = new QTableWidgetItem( QString::number( stop.number ) );
    number->setFlags( Qt::ItemIsEnabled | Qt::ItemIsSelectable );
    number->setTextAlignment( Qt::AlignCenter );
    number->setData( Qt::UserRole, static_cast<qlonglong>( stop.fid ) );
    mTable->setItem( row, NumberColumn, number );
    auto *name = new QTableWidgetItem( text( stop.name ) );
    auto *reason = new QTableWidgetItem( text( stop.reason ) );
    reason->setToolTip( text( stop.reason ) );
    const Qt::ItemFlags flags =
      Qt::ItemIsEnabled | Qt::ItemIsSelectable | ( mEditable ? Qt::ItemIsEditable : Qt::NoItemFlags );
    name->setFlags( flags );
    reason->setFlags( flags );
    mTable->setItem( row, NameColumn, name );
    mTable->setItem( row, ReasonColumn, reason );
  }
  mFilling = filling;
  selectStop( selected );
  updateButtons();
}

qint64 WalkStopsPanel::selectedStop() const
{
  const QList<QTableWidgetItem *> items = mTable->selectedItems();
  if ( items.isEmpty() )
    return 0;
  const int row = items.first()->row();
  return row >= 0 && row < static_cast<int>( mStops.size() ) ? mStops[row].fid : 0;
}

void WalkStopsPanel::selectStop( qint64 fid )
{
  for ( int row = 0; row < static_cast<int>( mStops.size() ); ++row )
    if ( mStops[row].fid == fid )
    {
      mTable->selectRow( row );
      return;
    }
  mTable->clearSelection();
}

void WalkStopsPanel::setEditable( bool editable )
{
  if ( mEditable == editable )
    return;
  mEditable = editable;
  setStops( std::vector<tryggkarta::WalkStop>( mStops ) );
}

void WalkStopsPanel::updateButtons()
{
  const int row = mTable->selectedItems().isEmpty() ? -1 : mTable->selectedItems().first()->row();
  const int count = static_cast<int>( mStops.size() );
  mUp->setEnabled( mEditable && row > 0 );
  mDown->setEnabled( mEditable && row >= 0 && row < count - 1 );
  mRemove->setEnabled( mEditable && row >= 0 );
  mAdd->setEnabled( mEditable );
}

int WalkStopsPanel::contextRadius() const
{
  return mRadius->currentData().toInt();
}

void WalkStopsPanel::setContextRadius( int metres )
{
  const int index = mRadius->findData( metres );
  if ( index >= 0 )
    mRadius->setCurrentIndex( index );
}

int WalkStopsPanel::contextMonths() const
{
  return mMonths->currentData().toInt();
}

QString WalkStopsPanel::contextHtml( const tryggkarta::StopContext &context, int months )
{
  QString html;
  html += QStringLiteral( "<p><b>%1</b></p>" )
            .arg( tr( "%n incident(s) within %1 m in the last %2 months", nullptr, context.incidentCount )
                    .arg( QLocale().toString( context.radius, 'f', 0 ) )
                    .arg( months ) );
  // The period's incidents known only by their municipality, county or area are near no stop: said, not
  // counted.
  for ( const tryggkarta::Message &why : tryggkarta::describeImprecise( context.imprecise ) )
    html += QStringLiteral( "<p><i>%1</i></p>" ).arg( CoreMessages::text( why ).toHtmlEscaped() );
  if ( !context.categories.empty() )
  {
    html += QStringLiteral( "<table cellspacing='0' cellpadding='1'>" );
    for ( const auto &[label, count] : context.categories )
      html += QStringLiteral( "<tr><td>%1</td><td align='right'>&nbsp;&nbsp;%2</td></tr>" )
                .arg( escaped( label ) )
                .arg( count );
    html += QStringLiteral( "</table>" );
  }
  if ( context.earlier.empty() )
  {
    html += QStringLiteral( "<p><i>%1</i></p>" ).arg( tr( "No earlier walk recorded anything here." ) );
    return html;
  }
  html += QStringLiteral( "<p><b>%1</b></p><ul style='margin-left:12px; -qt-list-indent:0'>" )
            .arg( tr( "Earlier walks here" ) );
  for ( const tryggkarta::EarlierObservation &o : context.earlier )
  {
    QString line = QStringLiteral( "%1 (%2): %3" )
                     .arg( escaped( o.walkName ), escaped( o.walkDate ),
                           escaped( o.checklistItemLabel.empty() ? o.checklistItem : o.checklistItemLabel ) );
    if ( o.rating )
      line += QStringLiteral( " %1/3" ).arg( *o.rating );
    line += o.positive ? tr( ", good" ) : tr( ", a problem" );
    if ( !o.note.empty() )
      line += QStringLiteral( " – <i>%1</i>" ).arg( escaped( o.note ) );
    for ( const tryggkarta::ActionBrief &action : o.actions )
    {
      QString status = escaped( action.statusSv.empty() ? action.status : action.statusSv );
      if ( !action.doneDate.empty() )
        status += QStringLiteral( " %1" ).arg( escaped( action.doneDate ) );
      else if ( !action.deadline.empty() )
        status += tr( ", by %1" ).arg( escaped( action.deadline ) );
      line += QStringLiteral( "<br/>&nbsp;&nbsp;→ %1: %2 (%3)" )
                .arg( tr( "Action" ), escaped( action.title ), status );
    }
    html += QStringLiteral( "<li>%1</li>" ).arg( line );
  }
  html += QStringLiteral( "</ul>" );
  return html;
}

void WalkStopsPanel::showContext( const tryggkarta::StopContext &context, int months )
{
  mContext->setHtml( contextHtml( context, months ) );
}

void WalkStopsPanel::showContextText( const QString &message )
{
  mContext->setHtml( QStringLiteral( "<p><i>%1</i></p>" ).arg( message.toHtmlEscaped() ) );
}

#include "suggestroutedialog.h"

#include "coremessages.h"

#include "projectfile.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace
{
SuggestOutcome suggest( const QString &path, const tryggkarta::SuggestOptions &options )
{
  SuggestOutcome outcome;
  // A connection of the worker's own: the window's stays free for the map.
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  if ( !project )
  {
    outcome.error = CoreMessages::text( project.error() );
    return outcome;
  }
  auto route = tryggkarta::suggestRoute( **project, options );
  if ( !route )
    outcome.error = CoreMessages::text( route.error() );
  else
    outcome.route = std::move( *route );
  return outcome;
}

QString lengthText( double meters )
{
  const QLocale locale;
  return meters < 1000 ? QStringLiteral( "%1 m" ).arg( locale.toString( meters, 'f', 0 ) )
                       : QStringLiteral( "%1 km" ).arg( locale.toString( meters / 1000, 'f', 2 ) );
}
} // namespace

SuggestRouteDialog::SuggestRouteDialog( const QString &projectPath,
                                        const QList<QPair<qint64, QString>> &areas,
                                        const QString &selectedWalk, QWidget *parent )
  : QDialog( parent ), mPath( projectPath )
{
  setObjectName( QStringLiteral( "SuggestRouteDialog" ) );
  setWindowTitle( tr( "Suggest a Route" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro =
    new QLabel( tr( "A walk through the places the lägesbild points at in the area (where incidents "
                    "gather, hot spots, insecure places, problems found on earlier walks), along "
                    "the streets, within the length and number of stops." ),
                this );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  auto *form = new QFormLayout;
  layout->addLayout( form );
  mArea = new QComboBox( this );
  mArea->setObjectName( QStringLiteral( "SuggestAreaCombo" ) );
  for ( const auto &[fid, name] : areas )
    mArea->addItem( name, fid );
  form->addRow( tr( "&Area" ), mArea );
  mMaxLength = new QDoubleSpinBox( this );
  mMaxLength->setObjectName( QStringLiteral( "SuggestLengthSpin" ) );
  mMaxLength->setRange( 300, 20000 );
  mMaxLength->setDecimals( 0 );
  mMaxLength->setSingleStep( 250 );
  mMaxLength->setSuffix( QStringLiteral( " m" ) );
  mMaxLength->setValue( 2500 );
  form->addRow( tr( "At most" ), mMaxLength );
  mStopCount = new QSpinBox( this );
  mStopCount->setObjectName( QStringLiteral( "SuggestStopsSpin" ) );
  mStopCount->setRange( 2, 30 );
  mStopCount->setValue( 8 );
  form->addRow( tr( "Stops" ), mStopCount );
  mStartLabel = new QLabel( this );
  mPickStart = new QPushButton( tr( "Pick on the Map" ), this );
  mClearStart = new QPushButton( tr( "Clear" ), this );
  auto *start = new QHBoxLayout;
  start->addWidget( mStartLabel, 1 );
  start->addWidget( mPickStart );
  start->addWidget( mClearStart );
  form->addRow( tr( "Start" ), start );
  connect( mPickStart, &QPushButton::clicked, this, &SuggestRouteDialog::pickStartRequested );
  connect( mClearStart, &QPushButton::clicked, this, [this] { setStart( std::nullopt ); } );

  mSuggest = new QPushButton( tr( "&Suggest" ), this );
  mSuggest->setObjectName( QStringLiteral( "SuggestButton" ) );
  mCancelRun = new QPushButton( tr( "Cancel" ), this );
  mBusy = new QProgressBar( this );
  mBusy->setRange( 0, 0 ); // busy: the core reports no steps
  mBusy->setTextVisible( false );
  mBusy->setMaximumHeight( 14 );
  auto *runRow = new QHBoxLayout;
  runRow->addWidget( mSuggest );
  runRow->addWidget( mBusy, 1 );
  runRow->addWidget( mCancelRun );
  layout->addLayout( runRow );
  connect( mSuggest, &QPushButton::clicked, this, &SuggestRouteDialog::run );
  connect( mCancelRun, &QPushButton::clicked, this, &SuggestRouteDialog::cancelRun );

  mSummary = new QLabel( this );
  mSummary->setObjectName( QStringLiteral( "SuggestSummary" ) );
  mSummary->setWordWrap( true );
  layout->addWidget( mSummary );
  mStops = new QTableWidget( 0, 3, this );
  mStops->setObjectName( QStringLiteral( "SuggestStopsTable" ) );
  mStops->setHorizontalHeaderLabels( { tr( "No." ), tr( "Name" ), tr( "Why here" ) } );
  mStops->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  mStops->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
  mStops->horizontalHeader()->setStretchLastSection( true );
  mStops->verticalHeader()->hide();
  mStops->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mStops->setWordWrap( true );
  mStops->setMinimumHeight( 180 );
  layout->addWidget( mStops, 1 );
  mNotes = new QLabel( this );
  mNotes->setObjectName( QStringLiteral( "SuggestNotes" ) );
  mNotes->setWordWrap( true );
  layout->addWidget( mNotes );

  auto *target = new QGroupBox( tr( "Use the route for" ), this );
  auto *targetLayout = new QVBoxLayout( target );
  mNewWalk = new QRadioButton( tr( "a new walk" ), target );
  mSelectedWalk = new QRadioButton(
    selectedWalk.isEmpty()
      ? tr( "the selected walk" )
      : tr( "the selected walk \"%1\" (its route and stops are replaced)" ).arg( selectedWalk ),
    target );
  mSelectedWalk->setEnabled( !selectedWalk.isEmpty() );
  mNewWalk->setChecked( true );
  targetLayout->addWidget( mNewWalk );
  targetLayout->addWidget( mSelectedWalk );
  layout->addWidget( target );

  mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Close, this );
  mButtons->button( QDialogButtonBox::Ok )->setText( tr( "Use the Route" ) );
  connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( mButtons );

  connect( &mWatcher, &QFutureWatcher<SuggestOutcome>::finished, this, &SuggestRouteDialog::onFinished );
  connect( this, &QDialog::finished, this, [this] { cancelRun(); } );
  setStart( std::nullopt );
  resize( 620, 640 );
  updateState();
}

SuggestRouteDialog::~SuggestRouteDialog()
{
  // A run still going ends on its own; nothing waits for its result.
  mWatcher.disconnect( this );
}

QPushButton *SuggestRouteDialog::acceptButton() const
{
  return mButtons->button( QDialogButtonBox::Ok );
}

void SuggestRouteDialog::setArea( qint64 areaFid )
{
  const int index = mArea->findData( areaFid );
  if ( index >= 0 )
    mArea->setCurrentIndex( index );
}

qint64 SuggestRouteDialog::area() const
{
  return mArea->currentData().toLongLong();
}

QString SuggestRouteDialog::areaName() const
{
  return mArea->currentText();
}

void SuggestRouteDialog::setMaxLength( double meters )
{
  mMaxLength->setValue( meters );
}

void SuggestRouteDialog::setStopCount( int stops )
{
  mStopCount->setValue( stops );
}

void SuggestRouteDialog::setStart( const std::optional<tryggkarta::WalkPoint> &start )
{
  mStart = start;
  const QLocale locale;
  mStartLabel->setText(
    start ? tr( "E %1, N %2" ).arg( locale.toString( start->x, 'f', 0 ), locale.toString( start->y, 'f', 0 ) )
          : tr( "chosen by the suggestion (a square or bus stop near the first place)" ) );
  mClearStart->setEnabled( start.has_value() );
}

tryggkarta::SuggestOptions SuggestRouteDialog::options() const
{
  tryggkarta::SuggestOptions options;
  options.area = QString::number( area() ).toStdString();
  options.maxLength = mMaxLength->value();
  options.stops = mStopCount->value();
  options.start = mStart;
  return options;
}

void SuggestRouteDialog::run()
{
  if ( mArea->count() == 0 )
  {
    mSummary->setText( tr( "The project has no areas: a route is suggested within an area." ) );
    return;
  }
  mSuggestion.reset();
  emit suggestionChanged( nullptr );
  mStops->setRowCount( 0 );
  mNotes->clear();
  mSummary->setText( tr( "Looking for the places and the route…" ) );
  mRunning = true;
  ++mGeneration;
  const QString path = mPath;
  const tryggkarta::SuggestOptions requested = options();
  mWatcher.setFuture( QtConcurrent::run( [path, requested] { return suggest( path, requested ); } ) );
  updateState();
}

void SuggestRouteDialog::cancelRun()
{
  if ( !mRunning )
    return;
  // The core cannot be stopped halfway; its answer is dropped when it comes.
  mRunning = false;
  ++mGeneration;
  mSummary->setText( tr( "Cancelled." ) );
  updateState();
}

bool SuggestRouteDialog::waitUntilDone( int timeoutMs )
{
  QElapsedTimer timer;
  timer.start();
  while ( mRunning && timer.elapsed() < timeoutMs )
  {
    QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
    QThread::msleep( 5 );
  }
  return !mRunning;
}

void SuggestRouteDialog::onFinished()
{
  if ( !mRunning )
    return; // cancelled
  mRunning = false;
  const SuggestOutcome outcome = mWatcher.result();
  if ( !outcome.route )
  {
    mSummary->setText( outcome.error );
    updateState();
    return;
  }
  mSuggestion = outcome.route;
  showSuggestion();
  updateState();
  emit suggestionChanged( &*mSuggestion );
}

void SuggestRouteDialog::showSuggestion()
{
  const tryggkarta::SuggestedRoute &route = *mSuggestion;
  QString summary =
    tr( "%n stop(s), %1", nullptr, static_cast<int>( route.stops.size() ) ).arg( lengthText( route.length ) );
  summary += route.alongStreets ? tr( " along the streets" )
                                : tr( " in straight lines (the project has no street layer)" );
  if ( !route.startName.empty() )
    summary += tr( ", from %1" ).arg( QString::fromStdString( route.startName ) );
  mSummary->setText( summary + QLatin1Char( '.' ) );
  mStops->setRowCount( static_cast<int>( route.stops.size() ) );
  for ( int row = 0; row < static_cast<int>( route.stops.size() ); ++row )
  {
    const tryggkarta::WalkStop &stop = route.stops[row];
    auto *number = new QTableWidgetItem( QString::number( stop.number ) );
    number->setTextAlignment( Qt::AlignCenter );
    mStops->setItem( row, 0, number );
    mStops->setItem( row, 1, new QTableWidgetItem( QString::fromStdString( stop.name ) ) );
    auto *reason = new QTableWidgetItem( QString::fromStdString( stop.reason ) );
    reason->setToolTip( reason->text() );
    mStops->setItem( row, 2, reason );
  }
  mStops->resizeRowsToContents();
  const QStringList notes = CoreMessages::texts( route.notes );
  mNotes->setText( notes.join( QLatin1Char( '\n' ) ) );
}

bool SuggestRouteDialog::intoSelectedWalk() const
{
  return mSelectedWalk->isChecked();
}

void SuggestRouteDialog::updateState()
{
  mBusy->setVisible( mRunning );
  mCancelRun->setVisible( mRunning );
  mSuggest->setEnabled( !mRunning && mArea->count() > 0 );
  for ( QWidget *widget : std::initializer_list<QWidget *>{ mArea, mMaxLength, mStopCount, mPickStart } )
    widget->setEnabled( !mRunning );
  mClearStart->setEnabled( !mRunning && mStart.has_value() );
  acceptButton()->setEnabled( !mRunning && mSuggestion.has_value() && !mSuggestion->stops.empty() );
}

#include "reportingpanel.h"

#include "coremessages.h"
#include "database.h"
#include "docks.h"
#include "projectcontroller.h"
#include "pgconnection.h"
#include "projectfile.h"
#include "sharedreporting.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QMainWindow>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}
} // namespace

ReportingPanel::ReportingPanel( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "ReportingPanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 6, 6, 6, 6 );
  mSummary = new QLabel;
  mSummary->setObjectName( QStringLiteral( "ReportingSummary" ) );
  mSummary->setWordWrap( true );
  layout->addWidget( mSummary );
  mTable = new QTableWidget;
  mTable->setObjectName( QStringLiteral( "ReportingTable" ) );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->setSelectionMode( QAbstractItemView::NoSelection );
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  layout->addWidget( mTable, 1 );
  connect( mTable, &QTableWidget::cellChanged, this, &ReportingPanel::onItemChanged );
}

QString ReportingPanel::load( Database &db, int weeks, const QString &today )
{
  mDb = &db;
  mWeeks = weeks;
  mToday = today;
  QString day = today;
  if ( day.isEmpty() )
    day = qEnvironmentVariable( "TRYGGKARTA_TODAY" );
  auto overview = reportingOverview( db, weeks, day.toStdString() );
  if ( !overview )
  {
    clear();
    return CoreMessages::text( overview.error() );
  }
  mOverview = std::move( *overview );
  fill();
  return QString();
}

void ReportingPanel::loadInBackground( const QString &path, Database *connection, int weeks )
{
  const int generation = ++mGeneration;
  mDb = connection;
  mWeeks = weeks;
  mToday.clear();
  const QString day = qEnvironmentVariable( "TRYGGKARTA_TODAY" );
  mLoading = true;
  mSummary->setText( tr( "Reading who has reported…" ) );
  // What the worker read: the overview, or the message why not.
  struct Result
  {
    ReportingOverview overview;
    QString error;
    bool live = false;
    QString liveNote; //!< why the shared database's figures are not shown
  };
  const QString live = mLiveSource ? mLiveSource() : QString();
  auto *watcher = new QFutureWatcher<Result>( this );
  connect( watcher, &QFutureWatcher<Result>::finished, this,
           [this, watcher, generation]
           {
             watcher->deleteLater();
             if ( generation != mGeneration )
               return; // another project, or closed, since
             mLoading = false;
             Result read = watcher->result();
             if ( !read.error.isEmpty() )
             {
               clear();
               emit failed( read.error );
               return;
             }
             mOverview = std::move( read.overview );
             mLive = read.live;
             fill();
             if ( read.live )
               mSummary->setText( mSummary->text() + QStringLiteral( " " ) +
                                  tr( "Read live from the shared database." ) );
             else if ( !read.liveNote.isEmpty() )
               mSummary->setText( mSummary->text() + QStringLiteral( " " ) +
                                  tr( "As of the last synchronisation: %1" ).arg( read.liveNote ) );
           } );
  watcher->setFuture( QtConcurrent::run(
    [path, weeks, day, live]
    {
      Result read;
      try
      {
        Database db( path.toStdString(), Database::Mode::ReadOnly );
        auto overview = reportingOverview( db, weeks, day.toStdString() );
        if ( overview )
          read.overview = std::move( *overview );
        else
          read.error = CoreMessages::text( overview.error() );
        if ( overview && !live.isEmpty() )
        {
          // The same weeks, with every organisation's reports as the shared database has them now.
          auto conn = tryggkarta::PgConnection::connect( live.toStdString() );
          tryggkarta::Status merged = conn ? tryggkarta::mergeSharedReporting( **conn, read.overview )
                                           : tryggkarta::Status( tryggkarta::Error( conn.error() ) );
          if ( merged )
            read.live = true;
          else
            read.liveNote = CoreMessages::text( merged.error() );
        }
      }
      catch ( const std::exception &e )
      {
        read.error = CoreMessages::text( tryggkarta::Message::make(
          tryggkarta::MessageCode::ReportingReadFailed, std::string( e.what() ) ) );
      }
      return read;
    } ) );
}

void ReportingPanel::setOverview( const ReportingOverview &overview )
{
  mOverview = overview;
  fill();
}

void ReportingPanel::clear()
{
  ++mGeneration; // a background read under way is for the project before
  mLoading = false;
  mOverview = ReportingOverview();
  mDb = nullptr;
  fill();
}

QString ReportingPanel::summaryText() const
{
  return mSummary->text();
}

void ReportingPanel::fill()
{
  mFilling = true;
  mTable->clear();
  const int weeks = static_cast<int>( mOverview.weeks.size() );
  mTable->setColumnCount( weeks == 0 ? 0 : weeks + 3 );
  mTable->setRowCount( static_cast<int>( mOverview.organisations.size() ) );
  if ( weeks == 0 )
  {
    mSummary->setText( tr( "No project is open." ) );
    mFilling = false;
    return;
  }
  QStringList header;
  header << tr( "Organisation" );
  for ( const ReportingWeek &week : mOverview.weeks )
    header << tr( "W%1" ).arg( week.week );
  header << tr( "Last report" ) << tr( "Weeks missing" );
  mTable->setHorizontalHeaderLabels( header );
  for ( int c = 0; c < weeks; ++c )
  {
    const ReportingWeek &week = mOverview.weeks[static_cast<size_t>( c )];
    mTable->horizontalHeaderItem( c + 1 )->setToolTip(
      tr( "%1: %2 – %3" ).arg( q( week.label ), q( week.monday ), q( week.sunday ) ) );
  }
  int missedLastWeek = 0;
  int expectedCount = 0;
  for ( int r = 0; r < mTable->rowCount(); ++r )
  {
    const OrganisationReporting &o = mOverview.organisations[static_cast<size_t>( r )];
    auto *name = new QTableWidgetItem( q( o.name ) );
    name->setFlags( Qt::ItemIsEnabled | ( mDb ? Qt::ItemIsUserCheckable : Qt::NoItemFlags ) );
    name->setCheckState( o.expected ? Qt::Checked : Qt::Unchecked );
    name->setToolTip( o.expected ? tr( "Expected to report every week (untick to change)" )
                                 : tr( "Not expected to report every week (tick to expect it)" ) );
    if ( o.expected )
    {
      ++expectedCount;
      QFont bold = name->font();
      bold.setBold( true );
      name->setFont( bold );
    }
    mTable->setItem( r, 0, name );
    for ( int c = 0; c < weeks; ++c )
    {
      const bool reported = o.reported( static_cast<size_t>( c ) );
      auto *mark = new QTableWidgetItem( reported     ? QStringLiteral( "✓" )
                                         : o.expected ? QStringLiteral( "✗" )
                                                      : QStringLiteral( "·" ) );
      mark->setTextAlignment( Qt::AlignCenter );
      mark->setData( Qt::UserRole, reported );
      mark->setToolTip(
        tr( "%n report(s)", nullptr, static_cast<int>( o.perWeek[static_cast<size_t>( c )] ) ) );
      if ( reported )
        mark->setForeground( QColor( 0x1d, 0x6b, 0x3a ) );
      else if ( o.expected )
        mark->setForeground( QColor( 0xa3, 0x1d, 0x1d ) );
      mTable->setItem( r, c + 1, mark );
    }
    mTable->setItem(
      r, weeks + 1,
      new QTableWidgetItem( o.lastReportDate.empty() ? tr( "never" ) : q( o.lastReportDate ) ) );
    QStringList missing;
    for ( const std::string &label : o.missingWeeks )
      missing << tr( "W%1" ).arg( QString::fromStdString( label.substr( 6 ) ).toInt() );
    auto *missingItem = new QTableWidgetItem( QString::number( missing.size() ) );
    missingItem->setToolTip( missing.join( QStringLiteral( ", " ) ) );
    missingItem->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
    mTable->setItem( r, weeks + 2, missingItem );
    if ( o.expected && !o.reported( static_cast<size_t>( weeks - 1 ) ) && weeks >= 2 &&
         !o.reported( static_cast<size_t>( weeks - 2 ) ) )
      ++missedLastWeek;
  }
  const ReportingWeek &first = mOverview.weeks.front();
  const ReportingWeek &last = mOverview.weeks.back();
  QString summary = tr( "Weeks %1 – %2 (reports by the day they entered the project)." )
                      .arg( q( first.label ), q( last.label ) );
  if ( expectedCount == 0 )
    summary += QLatin1Char( ' ' ) + tr( "No organisation is expected to report every week: tick those that "
                                        "should." );
  else if ( missedLastWeek > 0 )
    summary += QLatin1Char( ' ' ) + tr( "%n expected organisation(s) reported neither this week nor last.",
                                        nullptr, missedLastWeek );
  mSummary->setText( summary );
  mFilling = false;
}

void ReportingPanel::onItemChanged( int row, int column )
{
  if ( mFilling || column != 0 || !mDb || row < 0 ||
       row >= static_cast<int>( mOverview.organisations.size() ) )
    return;
  const OrganisationReporting &o = mOverview.organisations[static_cast<size_t>( row )];
  const bool expected = mTable->item( row, 0 )->checkState() == Qt::Checked;
  if ( expected == o.expected )
    return;
  const QString name = q( o.name );
  const Status stored = setReportsWeekly( *mDb, o.name, expected, "tryggkarta" );
  if ( !stored )
  {
    emit failed( CoreMessages::text( stored.error() ) );
    fill();
    return;
  }
  load( *mDb, mWeeks, mToday );
  emit expectationChanged( name, expected );
}

QDockWidget *ReportingPanel::createDock( ProjectController *projects, QMainWindow *window )
{
  auto *panel = new ReportingPanel;
  QDockWidget *dock =
    Docks::create( window, tr( "Who has reported?" ), QStringLiteral( "ReportingDock" ), panel );
  QPointer<QDockWidget> guard( dock );
  connect( projects, &ProjectController::ready, panel,
           [panel, projects, guard]( const QString & )
           {
             // Read on a worker (the window keeps answering); edits of who is expected go through the
             // project's connection, none when it is open read only.
             panel->loadInBackground( projects->path(), projects->connection() );
             if ( guard )
             {
               guard->show();
               guard->raise();
             }
           } );
  // Saved as a new file: changes of who is expected go to the new file's connection.
  connect( projects, &ProjectController::moved, panel,
           [panel, projects]( const QString & ) { panel->setConnection( projects->connection() ); } );
  connect( projects, &ProjectController::closing, panel, &ReportingPanel::clear );
  connect( projects, &ProjectController::closed, panel, &ReportingPanel::clear );
  connect( panel, &ReportingPanel::failed, projects,
           [projects]( const QString &text ) { emit projects->message( text, 15000 ); } );
  return dock;
}

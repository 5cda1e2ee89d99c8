// The app on a shared project, offscreen: File → Open shared project makes the offline copy and opens it with
// its map; a row added in the shared database arrives with Synchronise; an edit made in the app is sent; a
// conflict is shown with both versions and settled in the conflicts dialog.

#include "sharedtest.h"

#include "conflictsdialog.h"
#include "editingcontroller.h"
#include "mainwindow.h"
#include "recordeditor.h"
#include "opensharedialog.h"
#include "projectcontroller.h"
#include "reportingpanel.h"
#include "sharedcontroller.h"

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QTableWidget>

using namespace tryggkarta;
using sharedtest::Server;

namespace
{
//! With TRYGGKARTA_SCREENSHOT_DIR set, saves the widget as NAME.png there, to be looked at.
void screenshot( QWidget *widget, const QString &name )
{
  const QString dir = qEnvironmentVariable( "TRYGGKARTA_SCREENSHOT_DIR" );
  if ( dir.isEmpty() )
    return;
  QCoreApplication::processEvents();
  widget->grab().save( dir + QStringLiteral( "/" ) + name + QStringLiteral( ".png" ) );
}

bool waitUntil( const std::function<bool()> &condition )
{
  QElapsedTimer timer;
  timer.start();
  while ( !condition() && timer.elapsed() < 20000 )
    QCoreApplication::processEvents( QEventLoop::AllEvents, 20 );
  return condition();
}

//! The incidents layer with nothing filtered out (the first open, before the filter's period applies).
long incidentsOnMap( MainWindow &window )
{
  for ( QgsMapLayer *layer : window.projects()->project()->mapLayers() )
    if ( auto *v = qobject_cast<QgsVectorLayer *>( layer ) )
      if ( v->source().contains( QStringLiteral( "layername=incidents" ) ) && v->subsetString().isEmpty() )
        return static_cast<long>( v->featureCount() );
  return -1;
}
} // namespace

TEST_CASE( "the app opens a shared project in its offline copy, synchronises it and settles a conflict" )
{
  Server server;
  server.initWithLogins();
  testutil::TempDir dir;
  {
    // The coordinator's project: 40 incidents of the housing company, sent to the shared database.
    const std::string seed = dir.file( "samordnare.gpkg" );
    auto p = ProjectFile::create( seed );
    REQUIRE( p.ok() );
    p.value()->db().exec( "INSERT INTO organisations (name, kind) VALUES ('Bostadsbolaget', 'housing')" );
    for ( int i = 0; i < 40; ++i )
      sharedtest::addIncident( p.value()->db(), 400000 + 25 * i, 6580000 + 10 * i, "klotter",
                               "Bostadsbolaget", "rad " + std::to_string( i ) );
    p.value().reset();
    sharedtest::sync( seed, server.conninfo() );
  }

  MainWindow window;
  window.show();
  SharedController *shared = window.shared();
  shared->setShowConflictsAfterSync( false );
  // The dialog builds the connection from its fields and suggests a copy per database.
  {
    OpenSharedDialog dialog;
    dialog.setConninfo( QStringLiteral( "host=/tmp/x port=5433 dbname=est user=anna" ) );
    CHECK( dialog.conninfo() == QStringLiteral( "host=/tmp/x port=5433 dbname=est user=anna" ) );
    CHECK( dialog.copyPath().endsWith( QStringLiteral( "/delade/est@x.gpkg" ) ) );
    dialog.show();
    screenshot( &dialog, QStringLiteral( "shared-open-dialog" ) );
  }
  const QString copy = QString::fromStdString( dir.file( "bo.gpkg" ) );
  const QString bo = QString::fromStdString( server.as( server.user( "bo" ) ) );
  REQUIRE( shared->openShared( bo, QString(), copy ).isEmpty() );
  REQUIRE( window.projects()->isOpen() );
  CHECK( window.projects()->path() == copy );
  CHECK( shared->isShared() );
  CHECK( window.windowTitle().contains( QStringLiteral( "delat projekt" ) ) );
  CHECK( shared->statusLabel()->isVisible() );
  CHECK( shared->statusLabel()->text().contains( QStringLiteral( "Delat projekt" ) ) );
  CHECK( incidentsOnMap( window ) == 40 );
  // Who has reported is read live from the shared database.
  auto *reporting = window.findChild<ReportingPanel *>();
  REQUIRE( reporting );
  REQUIRE( waitUntil( [reporting] { return !reporting->isLoading(); } ) );
  CHECK( reporting->isLive() );
  // No password in the copy.
  CHECK( QString::fromStdString( replicaStatus( *window.projects()->connection() ).connection )
           .contains( QStringLiteral( "user=" ) ) );

  // A report entered in the shared database by the police arrives with Synchronise.
  auto polis = sharedtest::connect( server.as( server.user( "polis" ) ) );
  polis->exec(
    "INSERT INTO tryggkarta.incidents (geom, occurred_from, category, description, created_at, updated_at) "
    "VALUES (ST_SetSRID(ST_Point(400500, 6580500), 3006), now(), 'brand', 'Polisens', now(), now())" );
  int reopened = 0;
  QObject::connect( window.projects(), &ProjectController::ready, [&reopened] { ++reopened; } );
  REQUIRE( shared->synchroniseNow().isEmpty() );
  // The copy has it, and the project was opened again to show it.
  CHECK( window.projects()->connection()->queryInt( "SELECT count(*) FROM incidents" ) == 41 );
  // The police's report, restricted or not, counts live in who has reported.
  REQUIRE( waitUntil( [reporting] { return !reporting->isLoading(); } ) );
  bool policeReported = false;
  for ( const auto &o : reporting->overview().organisations )
    if ( o.name == "Polisen" && !o.lastReportDate.empty() )
      policeReported = true;
  CHECK( policeReported );
  CHECK( reopened == 1 );
  CHECK( window.projects()->path() == copy );

  // An edit here is sent; one made at the same time in the shared database is a conflict shown with both.
  window.projects()->connection()->exec(
    "UPDATE incidents SET description = 'ändrad i appen' WHERE description = 'rad 1'" );
  window.projects()->connection()->exec(
    "UPDATE incidents SET description = 'bolagets version' WHERE description = 'rad 2'" );
  auto admin = sharedtest::connect( server.conninfo() );
  admin->exec(
    "UPDATE tryggkarta.incidents SET description = 'samordnarens version' WHERE description = 'rad 2'" );
  REQUIRE( shared->synchroniseNow().isEmpty() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE description = 'ändrad i appen'" )
           .int64( 0, 0 ) == 1 );
  CHECK( shared->statusLabel()->text().contains( QStringLiteral( "1 konflikt" ) ) );
  {
    ConflictsDialog dialog( *window.projects()->connection() );
    REQUIRE( dialog.conflictCount() == 1 );
    QStringList rows;
    for ( int r = 0; r < dialog.comparison()->rowCount(); ++r )
      rows << dialog.comparison()->item( r, 0 )->text() + QStringLiteral( ": " ) +
                dialog.comparison()->item( r, 1 )->text() + QStringLiteral( " / " ) +
                dialog.comparison()->item( r, 2 )->text();
    CHECK( rows.contains( QStringLiteral( "Beskrivning: bolagets version / samordnarens version" ) ) );
    dialog.show();
    screenshot( &dialog, QStringLiteral( "shared-conflicts" ) );
    screenshot( &window, QStringLiteral( "shared-window" ) );
    REQUIRE( dialog.resolve( 0, true ) );
    CHECK( dialog.conflictCount() == 0 );
  }
  REQUIRE( shared->synchroniseNow().isEmpty() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE description = 'bolagets version'" )
           .int64( 0, 0 ) == 1 );
  CHECK_FALSE( shared->statusLabel()->text().contains( QStringLiteral( "konflikt" ) ) );
  // A record deleted with the app's editor reaches the shared database by itself a moment later.
  const int64_t doomed =
    window.projects()->connection()->queryInt( "SELECT fid FROM incidents WHERE description = 'rad 5'" );
  REQUIRE( doomed > 0 );
  REQUIRE(
    window.editing()->editor()->deleteRecords( { RecordId{ RecordTable::Incidents, doomed } } ).isEmpty() );
  CHECK( waitUntil(
    [&admin]
    {
      return admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE description = 'rad 5'" )
               .int64( 0, 0 ) == 0;
    } ) );
  // Police restriction from the app: the database decides who may. The housing company may not.
  auto selectIncident = [&window]( const char *description )
  {
    Statement s =
      window.projects()->connection()->prepare( "SELECT fid FROM incidents WHERE description = ?" );
    s.bind( 1, description );
    REQUIRE( s.step() );
    window.editing()->editor()->layer( RecordTable::Incidents )->selectByIds( { s.int64( 0 ) } );
    return window.editing()->editor()->selectedRecords();
  };
  CHECK( shared->restrictAction()->isEnabled() );
  const QString refusedRestriction = shared->setRestricted( selectIncident( "rad 6" ), true, false );
  CHECK_FALSE( refusedRestriction.isEmpty() );
  CHECK( admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE restricted" ).int64( 0, 0 ) == 0 );
  window.projects()->close( true );
  CHECK_FALSE( shared->isShared() );
  CHECK_FALSE( shared->restrictAction()->isEnabled() );

  // The coordinator restricts the police's report in its own copy: the housing company's copy loses it at its
  // next synchronisation (its own reports it would keep), and has it again when the restriction is lifted.
  const QString coordinatorCopy = QString::fromStdString( dir.file( "samordnarens-kopia.gpkg" ) );
  REQUIRE( shared
             ->openShared( QString::fromStdString( server.as( server.user( "samordnare" ) ) ), QString(),
                           coordinatorCopy )
             .isEmpty() );
  const std::string police = "SELECT count(*) FROM incidents WHERE organisation = 'Polisen'";
  CHECK( sharedtest::open( copy.toStdString() )->db().queryInt( police ) == 1 );
  REQUIRE( shared->setRestricted( selectIncident( "Polisens" ), true, false ).isEmpty() );
  CHECK(
    admin->query( "SELECT count(*) FROM tryggkarta.incidents WHERE restricted AND description = 'Polisens'" )
      .int64( 0, 0 ) == 1 );
  CHECK( window.projects()->connection()->queryInt( police ) == 1 );
  sharedtest::sync( copy.toStdString() );
  CHECK( sharedtest::open( copy.toStdString() )->db().queryInt( police ) == 0 );
  REQUIRE( shared->setRestricted( selectIncident( "Polisens" ), false, false ).isEmpty() );
  sharedtest::sync( copy.toStdString() );
  CHECK( sharedtest::open( copy.toStdString() )->db().queryInt( police ) == 1 );
  window.projects()->close( true );
}

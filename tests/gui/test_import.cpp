#include "database.h"
#include "guitestutil.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "importworker.h"
#include "filterpanel.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "importcontroller.h"

#include <catch2/catch.hpp>

#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>

using guitest::DemoProject;

namespace
{
// Two good rows and one without coordinates (line 4 of the file), in SWEREF 99 TM inside Exempelkommun.
const char *kSmallCsv = "datum;tid;kategori;x;y;beskrivning\n"
                        "2026-11-20;21:30;Klotter;449800;6575200;Klotter på busskuren\n"
                        "2026-11-21;22:10;Glaskross;450100;6575400;Krossad ruta vid entrén\n"
                        "2026-11-21;23:00;Klotter;;;Saknar plats\n";

//! Starts an import in the window and waits for its outcome without blocking the event loop.
ImportOutcome runImport( MainWindow &window, const QString &path, const tryggkarta::ImportOptions &options )
{
  ImportOutcome outcome;
  bool done = false;
  const auto connection = QObject::connect( window.imports(), &ImportController::finished,
                                            [&]( const ImportOutcome &result )
                                            {
                                              outcome = result;
                                              done = true;
                                            } );
  if ( window.imports()->start( path, options, false ) )
  {
    // The import runs on its own thread: the window returns at once and reports the end through the event
    // loop.
    CHECK( window.imports()->isRunning() );
    guitest::waitFor( [&done] { return done; }, 60000 );
  }
  QObject::disconnect( connection );
  return outcome;
}
//! The features the layer shows now (its filter applied), counted one by one.
long long shownFeatures( QgsVectorLayer *layer )
{
  long long count = 0;
  QgsFeature feature;
  QgsFeatureIterator it =
    layer->getFeatures( QgsFeatureRequest().setNoAttributes().setFlags( QgsFeatureRequest::NoGeometry ) );
  while ( it.nextFeature( feature ) )
    ++count;
  return count;
}
} // namespace

TEST_CASE( "an import on the worker thread adds incidents and reloads the layer and lists rejected rows" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  // Every incident on the map (the filter shows the last month by default).
  window.filter()->panel()->applyPreset( FilterPanel::Preset::AllDates );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const long long before = shownFeatures( incidents );
  REQUIRE( before == guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
  const QString csv =
    guitest::writeTextFile( demo.file( QStringLiteral( "vecka47.csv" ) ), QString::fromUtf8( kSmallCsv ) );

  SECTION( "an import changes the project and the map" )
  {
    const ImportOutcome outcome = runImport( window, csv, tryggkarta::ImportOptions() );
    REQUIRE( outcome.error.toStdString() == "" );
    REQUIRE( outcome.ok );
    CHECK( outcome.report.rowsImported == 2 );
    CHECK( outcome.report.rowsRejected == 1 );
    REQUIRE( outcome.report.rejects.size() == 1 );
    CHECK( outcome.report.rejects.front().rowNumber == 4 );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    CHECK( shownFeatures( incidents ) == before + 2 );
    CHECK( window.filter()->filteredIncidents().size() == static_cast<size_t>( before + 2 ) );
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before + 2 );
    CHECK_FALSE( window.imports()->isRunning() );

    ImportResultDialog dialog( outcome );
    REQUIRE( dialog.rejectsTable()->rowCount() == 1 );
    CHECK( dialog.rejectsTable()->item( 0, 0 )->data( Qt::DisplayRole ).toInt() == 4 );
    CHECK_FALSE( dialog.rejectsTable()->item( 0, 1 )->text().isEmpty() );
    CHECK( dialog.rejectsTable()->item( 0, 2 )->text().contains( QStringLiteral( "Saknar plats" ) ) );
  }

  SECTION( "a dry run reports the same and changes nothing" )
  {
    tryggkarta::ImportOptions options;
    options.dryRun = true;
    const ImportOutcome outcome = runImport( window, csv, options );
    REQUIRE( outcome.ok );
    CHECK( outcome.report.dryRun );
    CHECK( outcome.report.rowsImported == 2 );
    CHECK( outcome.report.rowsRejected == 1 );
    CHECK( shownFeatures( incidents ) == before );
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before );
  }

  SECTION( "a failing import reports the core's message" )
  {
    const QString bad =
      guitest::writeTextFile( demo.file( QStringLiteral( "tom.csv" ) ), QStringLiteral( "a;b\n1;2\n" ) );
    const ImportOutcome outcome = runImport( window, bad, tryggkarta::ImportOptions() );
    CHECK_FALSE( outcome.ok );
    CHECK_FALSE( outcome.error.isEmpty() );
    CHECK( shownFeatures( incidents ) == before );
  }
}

TEST_CASE( "a cancelled import leaves the project unchanged" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  // More rows than the core imports between two progress reports, so the cancel is seen.
  QString csv = QStringLiteral( "datum;kategori;x;y\n" );
  for ( int i = 0; i < 20000; ++i )
    csv += QStringLiteral( "2026-11-%1;Klotter;%2;%3\n" )
             .arg( 1 + i % 28, 2, 10, QLatin1Char( '0' ) )
             .arg( 449000 + i % 2000 )
             .arg( 6575000 + i % 1500 );
  const QString path = guitest::writeTextFile( demo.file( QStringLiteral( "stor.csv" ) ), csv );
  const int64_t before = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );

  ImportWorker worker( demo.path(), path, tryggkarta::ImportOptions() );
  ImportOutcome outcome;
  bool done = false;
  QObject::connect( &worker, &ImportWorker::finished,
                    [&]( const ImportOutcome &result )
                    {
                      outcome = result;
                      done = true;
                    } );
  worker.start();
  worker.cancel();
  REQUIRE( guitest::waitFor( [&done] { return done; }, 60000 ) );
  REQUIRE( outcome.ok );
  CHECK( outcome.report.cancelled );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before );
}

TEST_CASE( "the import dialog shows the file's columns and rows and passes only changed mappings" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString csv =
    guitest::writeTextFile( demo.file( QStringLiteral( "vecka47.csv" ) ), QString::fromUtf8( kSmallCsv ) );
  ImportDialog dialog( csv );
  REQUIRE( dialog.previewError().toStdString() == "" );
  auto *table = dialog.findChild<QTableWidget *>( QStringLiteral( "SampleTable" ) );
  REQUIRE( table );
  CHECK( table->columnCount() == 6 );
  CHECK( table->rowCount() == 3 );
  CHECK( dialog.options().fieldMap.empty() );
  CHECK( dialog.options().kind == tryggkarta::ImportKind::Incidents );
  CHECK_FALSE( dialog.options().sourceEpsg.has_value() );

  REQUIRE( dialog.setMapping( QStringLiteral( "description" ), QString() ) );
  const tryggkarta::ImportOptions options = dialog.options();
  REQUIRE( options.fieldMap.count( "description" ) == 1 );
  CHECK( options.fieldMap.at( "description" ).empty() );
  CHECK( options.fieldMap.size() == 1 );
}

TEST_CASE( "the import dialog gives the core's message for a file it cannot read" )
{
  QTemporaryDir dir;
  ImportDialog dialog( dir.filePath( QStringLiteral( "finns-inte.csv" ) ) );
  CHECK_FALSE( dialog.previewError().isEmpty() );
}

namespace
{
//! A CSV of n rows of graffiti in Exempelkommun, in a day of November 2026.
QString graffitiCsv( int rows, int day )
{
  QString csv = QStringLiteral( "datum;kategori;x;y\n" );
  for ( int i = 0; i < rows; ++i )
    csv += QStringLiteral( "2026-11-%1;Klotter;%2;%3\n" )
             .arg( day, 2, 10, QLatin1Char( '0' ) )
             .arg( 449000 + i % 2000 )
             .arg( 6575000 + i % 1500 );
  return csv;
}
} // namespace

TEST_CASE( "imports started while one runs wait their turn and go in one after the other" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const int64_t before = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  const QString first =
    guitest::writeTextFile( demo.file( QStringLiteral( "först.csv" ) ), graffitiCsv( 20000, 3 ) );
  const QString second =
    guitest::writeTextFile( demo.file( QStringLiteral( "sedan.csv" ) ), graffitiCsv( 7, 4 ) );
  const QString third =
    guitest::writeTextFile( demo.file( QStringLiteral( "sist.csv" ) ), graffitiCsv( 5, 5 ) );

  QStringList finished;
  QStringList messages;
  QObject::connect(
    window.imports(), &ImportController::finished,
    [&finished]( const ImportOutcome &o )
    { finished << ( o.ok && !o.report.cancelled ? QFileInfo( o.sourcePath ).fileName() : QString() ); } );
  QObject::connect( window.imports(), &ImportController::message,
                    [&messages]( const QString &text, int ) { messages << text; } );
  REQUIRE( window.imports()->start( first, tryggkarta::ImportOptions(), false ) );
  REQUIRE( window.imports()->start( second, tryggkarta::ImportOptions(), false ) );
  REQUIRE( window.imports()->start( third, tryggkarta::ImportOptions(), false ) );
  // The first runs; the others wait their turn, in order, and the user is told so.
  CHECK( window.imports()->isRunning() );
  CHECK( window.imports()->waiting() == QStringList( { second, third } ) );
  CHECK( window.imports()->isWorkRunning() );
  CHECK_THAT( messages.join( '\n' ).toStdString(), Catch::Contains( "sedan.csv" ) );

  SECTION( "all go in, in order, as three imports" )
  {
    REQUIRE( guitest::waitFor( [&] { return !window.imports()->isWorkRunning(); }, 120000 ) );
    CHECK( finished == QStringList( { QStringLiteral( "först.csv" ), QStringLiteral( "sedan.csv" ),
                                      QStringLiteral( "sist.csv" ) } ) );
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before + 20000 + 7 + 5 );
    // Three batches, the files in the order they were given.
    tryggkarta::Database db( demo.path().toStdString(), tryggkarta::Database::Mode::ReadOnly );
    tryggkarta::Statement batches =
      db.prepare( "SELECT file_name FROM import_batches ORDER BY fid DESC LIMIT 3" );
    QStringList sources;
    while ( batches.step() )
      sources.prepend( QFileInfo( QString::fromStdString( batches.text( 0 ) ) ).fileName() );
    CHECK( sources == QStringList( { QStringLiteral( "först.csv" ), QStringLiteral( "sedan.csv" ),
                                     QStringLiteral( "sist.csv" ) } ) );
  }
  SECTION( "cancelling stops the files waiting too, and says so" )
  {
    window.imports()->cancel();
    REQUIRE( guitest::waitFor( [&] { return !window.imports()->isWorkRunning(); }, 120000 ) );
    CHECK( window.imports()->waiting().isEmpty() );
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before );
    CHECK( finished.size() == 1 );
    CHECK_THAT( messages.join( '\n' ).toStdString(),
                Catch::Contains( "2 väntande filer importerades inte" ) );
  }
}

TEST_CASE( "the import result names the kinds of personal data found in the interface's words" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString csv = guitest::writeTextFile(
    demo.file( QStringLiteral( "kontakt.csv" ) ),
    QString::fromUtf8( "datum;kategori;x;y;beskrivning\n"
                       "2026-11-20;Klotter;449800;6575200;Vaktmästaren nås på 070-123 45 67\n"
                       "2026-11-21;Klotter;450100;6575400;Skriv till anna.berg@example.se\n"
                       "2026-11-22;Klotter;450200;6575500;Ring 070-765 43 21\n" ) );
  const ImportOutcome outcome = ImportWorker::run( demo.path(), csv, tryggkarta::ImportOptions(), {} );
  REQUIRE( outcome.ok );
  REQUIRE( outcome.report.rowsFlagged == 3 );
  ImportResultDialog dialog( outcome );
  QStringList shown;
  for ( const QLabel *label : dialog.findChildren<QLabel *>() )
    shown << label->text();
  for ( const QListWidget *list : dialog.findChildren<QListWidget *>() )
    for ( int i = 0; i < list->count(); ++i )
      shown << list->item( i )->text();
  const QString all = shown.join( QLatin1Char( '\n' ) );
  INFO( all.toStdString() );
  // In the details and in the warning, in Swedish, never the core's codes.
  CHECK( all.count( QStringLiteral( "telefonnummer (2)" ) ) == 2 );
  CHECK( all.count( QStringLiteral( "e-postadress (1)" ) ) == 2 );
  CHECK_FALSE( all.contains( QStringLiteral( "phone" ) ) );
  CHECK_FALSE( all.contains( QStringLiteral( "email" ) ) );
}

// The import dialog's category mapping on the demo project, through the import controller as the menu runs
// it: the file's values with their row counts and how each is read, the choices for unknown values (a
// category, a new category, left out on purpose) going into the import and into the crosswalk, so the next
// file with the same values needs no choice; a group's name offered as its "other" category; the check (dry
// run) whose result closes back into the dialog; and a file imported before, said in Swedish with "Importera
// ändå".

#include "categorymapping.h"
#include "crosswalks.h"
#include "database.h"
#include "guitestutil.h"
#include "importcontroller.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "categoriespage.h"
#include "vocabularycontroller.h"
#include "vocabularydialog.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

#include <memory>

using guitest::DemoProject;

namespace
{
//! A housing company's export in SWEREF 99 TM inside Exempelkommun: a category value per row.
QString companyCsv( const QStringList &categories, int day )
{
  QString csv = QStringLiteral( "datum;tid;kategori;x;y;beskrivning\n" );
  int i = 0;
  for ( const QString &category : categories )
  {
    csv += QStringLiteral( "2026-11-%1;2%2:10;%3;%4;%5;Rad %6\n" )
             .arg( day, 2, 10, QLatin1Char( '0' ) )
             .arg( i % 4 )
             .arg( category )
             .arg( 449700 + 37 * i )
             .arg( 6575100 + 23 * i )
             .arg( i + 1 );
    ++i;
  }
  return csv;
}

//! Opens the import dialog the menu opens and waits until it shows the file's category values.
QPointer<ImportDialog> openDialog( MainWindow &window, const QString &path,
                                   const QString &crosswalk = QString() )
{
  QPointer<ImportDialog> dialog = window.imports()->createDialog( path );
  REQUIRE( dialog );
  REQUIRE( dialog->previewError().toStdString() == "" );
  if ( !crosswalk.isEmpty() )
    REQUIRE( dialog->setCrosswalk( crosswalk ) );
  dialog->show();
  REQUIRE( guitest::waitFor(
    [&] { return dialog && !dialog->isRunning() && dialog->categoryMapping()->table()->rowCount() > 0; },
    60000 ) );
  return dialog;
}

//! Accepts the dialog (Import) and waits for the import it starts to end.
ImportOutcome acceptAndWait( MainWindow &window, const std::function<void()> &accept )
{
  ImportOutcome outcome;
  bool done = false;
  const auto connection = QObject::connect( window.imports(), &ImportController::finished,
                                            [&]( const ImportOutcome &result )
                                            {
                                              // Only the import itself, not a scan or check of another
                                              // dialog.
                                              if ( result.report.dryRun )
                                                return;
                                              outcome = result;
                                              done = true;
                                            } );
  accept();
  guitest::waitFor( [&done] { return done; }, 60000 );
  QObject::disconnect( connection );
  REQUIRE( done );
  return outcome;
}

int64_t count( const DemoProject &demo, const QString &where )
{
  return guitest::countRows( demo.path(), QStringLiteral( "incidents" ), where );
}

QString crosswalkLine( const DemoProject &demo, const QString &value )
{
  return guitest::queryText( demo.path(),
                             QStringLiteral( "SELECT coalesce(category, '') || '|' || leave_out FROM "
                                             "crosswalk_entries WHERE source_value = '%1'" )
                               .arg( value ) );
}
} // namespace

TEST_CASE( "the import dialog maps unknown category values and the crosswalk remembers them",
           "[importmapping]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const int64_t before = count( demo, QString() );

  // Two values the project knows nothing of, one to leave out, and a category it has.
  const QString first =
    guitest::writeTextFile( demo.file( QStringLiteral( "bostadsbolaget-v47.csv" ) ),
                            companyCsv( { QStringLiteral( "Sprejmålning" ), QStringLiteral( "Klotter" ),
                                          QStringLiteral( "Sprejmålning" ), QStringLiteral( "Hundbajs" ),
                                          QStringLiteral( "Fyrverkerier" ), QStringLiteral( "Klotter" ),
                                          QStringLiteral( "Sprejmålning" ), QStringLiteral( "Hundbajs" ) },
                                        20 ) );
  QPointer<ImportDialog> dialog = openDialog( window, first );
  CategoryMapping *mapping = dialog->categoryMapping();

  // Every value with its rows and how it is read.
  CHECK( mapping->table()->rowCount() == 4 );
  CHECK( mapping->rowsOf( QStringLiteral( "Sprejmålning" ) ) == 3 );
  CHECK( mapping->rowsOf( QStringLiteral( "Hundbajs" ) ) == 2 );
  CHECK( mapping->rowsOf( QStringLiteral( "Fyrverkerier" ) ) == 1 );
  CHECK( mapping->rowsOf( QStringLiteral( "Klotter" ) ) == 2 );
  CHECK( mapping->readingOf( QStringLiteral( "Klotter" ) ) == CategoryMapping::Reading::Category );
  CHECK( mapping->categoryOf( QStringLiteral( "Klotter" ) ) == QStringLiteral( "klotter" ) );
  for ( const QString &value :
        { QStringLiteral( "Sprejmålning" ), QStringLiteral( "Hundbajs" ), QStringLiteral( "Fyrverkerier" ) } )
    CHECK( mapping->readingOf( value ) == CategoryMapping::Reading::Unknown );
  CHECK( mapping->undecided().size() == 3 );
  // The table's cells say the same: the count beside the value, a combo for an unknown one.
  const int row = mapping->rowOf( QStringLiteral( "Sprejmålning" ) );
  REQUIRE( row >= 0 );
  CHECK( mapping->table()->item( row, 1 )->data( Qt::DisplayRole ).toInt() == 3 );
  CHECK( mapping->table()->cellWidget( row, 3 ) != nullptr );
  CHECK( mapping->table()->cellWidget( mapping->rowOf( QStringLiteral( "Klotter" ) ), 3 ) == nullptr );
  // Unknown values come first, the most frequent first.
  CHECK( row == 0 );

  // A category, a new category, and leaving out on purpose.
  REQUIRE( mapping->choose( QStringLiteral( "Sprejmålning" ), QStringLiteral( "klotter" ) ) );
  tryggkarta::NewCategory fireworks;
  fireworks.code = "fyrverkerier";
  fireworks.labelSv = "Fyrverkerier";
  fireworks.labelEn = "Fireworks";
  fireworks.group = "ordningsstorning";
  REQUIRE( mapping->addCategoryFor( QStringLiteral( "Fyrverkerier" ), fireworks ).toStdString() == "" );
  CHECK( mapping->categoryOf( QStringLiteral( "Fyrverkerier" ) ) == QStringLiteral( "fyrverkerier" ) );
  // The new category is in the project at once, and the app sees it.
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "categories" ),
                             QStringLiteral( "code = 'fyrverkerier'" ) ) == 1 );
  CHECK( window.projects()->categoryLabels().contains( QStringLiteral( "fyrverkerier" ) ) );
  REQUIRE( mapping->chooseLeaveOut( QStringLiteral( "Hundbajs" ) ) );
  CHECK( mapping->undecided().isEmpty() );
  const tryggkarta::ImportOptions chosen = dialog->options();
  CHECK( chosen.categoryMap.size() == 2 );
  CHECK( chosen.categoryMap.at( "Sprejmålning" ) == "klotter" );
  CHECK( chosen.categoryMap.at( "Fyrverkerier" ) == "fyrverkerier" );
  REQUIRE( chosen.leaveOut.size() == 1 );
  CHECK( chosen.leaveOut.front() == "Hundbajs" );

  const ImportOutcome imported = acceptAndWait( window, [&] { dialog->accept(); } );
  REQUIRE( imported.error.toStdString() == "" );
  REQUIRE( imported.ok );
  CHECK( imported.report.rowsImported == 6 );
  CHECK( imported.report.rowsLeftOut == 2 );
  CHECK( imported.report.rowsRejected == 0 );
  CHECK( count( demo, QString() ) == before + 6 );
  CHECK( count( demo, QStringLiteral( "category = 'fyrverkerier'" ) ) == 1 );
  // The choices are stored in a crosswalk.
  CHECK( crosswalkLine( demo, QStringLiteral( "Sprejmålning" ) ) == QStringLiteral( "klotter|0" ) );
  CHECK( crosswalkLine( demo, QStringLiteral( "Fyrverkerier" ) ) == QStringLiteral( "fyrverkerier|0" ) );
  CHECK( crosswalkLine( demo, QStringLiteral( "Hundbajs" ) ) == QStringLiteral( "|1" ) );

  // The next file with the same values: read through the crosswalk, nothing to choose.
  const QString second =
    guitest::writeTextFile( demo.file( QStringLiteral( "bostadsbolaget-v48.csv" ) ),
                            companyCsv( { QStringLiteral( "Hundbajs" ), QStringLiteral( "Sprejmålning" ),
                                          QStringLiteral( "Fyrverkerier" ), QStringLiteral( "Sprejmålning" ),
                                          QStringLiteral( "Klotter" ) },
                                        27 ) );
  QPointer<ImportDialog> next = openDialog( window, second );
  CategoryMapping *nextMapping = next->categoryMapping();
  CHECK( nextMapping->undecided().isEmpty() );
  CHECK( !nextMapping->crosswalk().isEmpty() );
  CHECK( nextMapping->readingOf( QStringLiteral( "Sprejmålning" ) ) == CategoryMapping::Reading::Crosswalk );
  CHECK( nextMapping->categoryOf( QStringLiteral( "Sprejmålning" ) ) == QStringLiteral( "klotter" ) );
  CHECK( nextMapping->readingOf( QStringLiteral( "Hundbajs" ) ) ==
         CategoryMapping::Reading::CrosswalkLeftOut );
  CHECK( nextMapping->isLeftOut( QStringLiteral( "Hundbajs" ) ) );
  CHECK( nextMapping->categoryOf( QStringLiteral( "Fyrverkerier" ) ) == QStringLiteral( "fyrverkerier" ) );
  CHECK( next->options().categoryMap.empty() );
  CHECK( next->options().leaveOut.empty() );
  const ImportOutcome again = acceptAndWait( window, [&] { next->accept(); } );
  REQUIRE( again.ok );
  CHECK( again.report.rowsImported == 4 );
  CHECK( again.report.rowsLeftOut == 1 );
  CHECK( again.report.rowsRejected == 0 );
  CHECK( count( demo, QString() ) == before + 10 );
  CHECK( count( demo, QStringLiteral( "category = 'fyrverkerier'" ) ) == 2 );
}

TEST_CASE( "the import dialog offers a category group's name as the group's other category",
           "[importmapping]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  // A crosswalk of the company's own, which knows nothing yet (the police's knows "Skadegörelse").
  tryggkarta::CrosswalkWriteOptions writer;
  writer.actor = "test";
  REQUIRE(
    tryggkarta::CrosswalkStore( *window.projects()->connection() ).create( "bostadsbolaget", "", writer ) );

  const QString path =
    guitest::writeTextFile( demo.file( QStringLiteral( "skadegorelse.csv" ) ),
                            companyCsv( { QStringLiteral( "Skadegörelse" ), QStringLiteral( "Klotter" ),
                                          QStringLiteral( "Skadegörelse" ) },
                                        21 ) );
  QPointer<ImportDialog> dialog = openDialog( window, path, QStringLiteral( "bostadsbolaget" ) );
  CategoryMapping *mapping = dialog->categoryMapping();
  CHECK( mapping->readingOf( QStringLiteral( "Skadegörelse" ) ) == CategoryMapping::Reading::GroupName );
  CHECK( mapping->rowsOf( QStringLiteral( "Skadegörelse" ) ) == 2 );
  // Pre-selected: the group's "other" category.
  CHECK( mapping->categoryOf( QStringLiteral( "Skadegörelse" ) ) == QStringLiteral( "skadegorelse_ovrig" ) );
  CHECK( mapping->undecided().isEmpty() );
  CHECK( dialog->options().crosswalk == "bostadsbolaget" );
  CHECK( dialog->options().categoryMap.at( "Skadegörelse" ) == "skadegorelse_ovrig" );

  const int64_t other = count( demo, QStringLiteral( "category = 'skadegorelse_ovrig'" ) );
  const ImportOutcome imported = acceptAndWait( window, [&] { dialog->accept(); } );
  REQUIRE( imported.ok );
  CHECK( imported.report.rowsImported == 3 );
  CHECK( count( demo, QStringLiteral( "category = 'skadegorelse_ovrig'" ) ) == other + 2 );
  CHECK( guitest::queryText( demo.path(),
                             QStringLiteral( "SELECT e.category FROM crosswalk_entries e JOIN crosswalks c "
                                             "ON c.fid = e.crosswalk_id WHERE c.name = 'bostadsbolaget' "
                                             "AND e.source_value = 'Skadegörelse'" ) ) ==
         QStringLiteral( "skadegorelse_ovrig" ) );
}

TEST_CASE( "the import dialog's check opens its result over the dialog and closing it returns there",
           "[importmapping]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const int64_t before = count( demo, QString() );
  const QString path = guitest::writeTextFile(
    demo.file( QStringLiteral( "kontroll.csv" ) ),
    companyCsv( { QStringLiteral( "Klotter" ), QStringLiteral( "Hundbajs" ), QStringLiteral( "Glaskross" ) },
                22 ) );
  QPointer<ImportDialog> dialog = openDialog( window, path );
  REQUIRE( dialog->categoryMapping()->chooseLeaveOut( QStringLiteral( "Hundbajs" ) ) );

  dialog->check();
  REQUIRE(
    guitest::waitFor( [&] { return dialog && dialog->resultDialog() && !dialog->isRunning(); }, 60000 ) );
  QPointer<ImportResultDialog> result = dialog->resultDialog();
  CHECK( result->isVisible() );
  CHECK( result->parentWidget() == dialog.data() );
  // The rows left out on purpose are said apart from the errors.
  const auto *leftOut = result->findChild<QLabel *>( QStringLiteral( "LeftOutRows" ) );
  REQUIRE( leftOut );
  CHECK( leftOut->text().contains( QStringLiteral( "Hundbajs" ) ) );
  CHECK( count( demo, QString() ) == before );

  // Closing the result: the import dialog is still open, with the choice made.
  result->reject();
  REQUIRE( guitest::waitFor( [&] { return !dialog->resultDialog(); } ) );
  // It is deleted (it deletes itself on closing), not kept hidden.
  QCoreApplication::sendPostedEvents( nullptr, QEvent::DeferredDelete );
  CHECK( !result );
  REQUIRE( dialog );
  CHECK( dialog->isVisible() );
  CHECK_FALSE( window.imports()->isRunning() );
  CHECK( dialog->categoryMapping()->isLeftOut( QStringLiteral( "Hundbajs" ) ) );
  CHECK( count( demo, QString() ) == before );

  // And the import goes on from there.
  const ImportOutcome imported = acceptAndWait( window, [&] { dialog->accept(); } );
  REQUIRE( imported.ok );
  CHECK( imported.report.rowsImported == 2 );
  CHECK( count( demo, QString() ) == before + 2 );
}

TEST_CASE( "a file imported before is said in Swedish and Importera ändå imports it again",
           "[importmapping]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const QString path = guitest::writeTextFile(
    demo.file( QStringLiteral( "vecka47.csv" ) ),
    companyCsv( { QStringLiteral( "Klotter" ), QStringLiteral( "Glaskross" ) }, 23 ) );
  QPointer<ImportDialog> dialog = openDialog( window, path );
  CHECK_FALSE( dialog->importedBefore() );
  REQUIRE( acceptAndWait( window, [&] { dialog->accept(); } ).ok );
  const int64_t once = count( demo, QString() );

  // The same file again: the dialog says so before importing, in the core's Swedish words.
  QPointer<ImportDialog> again = openDialog( window, path );
  CHECK( again->importedBefore() );
  const auto *notice = again->findChild<QLabel *>( QStringLiteral( "ImportedBeforeText" ) );
  REQUIRE( notice );
  CHECK( notice->text().contains( QStringLiteral( "redan importerats" ) ) );
  CHECK_FALSE( notice->text().contains( QStringLiteral( "--" ) ) );

  // Importing it plainly is refused; the question offers to import anyway.
  const ImportOutcome refused = acceptAndWait( window, [&] { again->accept(); } );
  CHECK_FALSE( refused.ok );
  CHECK( count( demo, QString() ) == once );
  REQUIRE( guitest::waitFor( [&] { return window.imports()->reimportQuestion() != nullptr; } ) );
  QMessageBox *question = window.imports()->reimportQuestion();
  CHECK( question->isVisible() );
  CHECK( question->text().contains( QStringLiteral( "redan importerats" ) ) );
  CHECK( question->text().contains( QStringLiteral( "vecka47.csv" ) ) );
  CHECK_FALSE( question->text().contains( QStringLiteral( "--" ) ) );
  auto *anyway = question->findChild<QPushButton *>( QStringLiteral( "ImportAnywayButton" ) );
  REQUIRE( anyway );
  CHECK( anyway->text() == QStringLiteral( "Importera ändå" ) );
  const ImportOutcome forced = acceptAndWait( window, [&] { anyway->click(); } );
  REQUIRE( forced.error.toStdString() == "" );
  REQUIRE( forced.ok );
  CHECK( forced.report.rowsImported == 2 );
  CHECK( count( demo, QString() ) == once + 2 );

  // The dialog's own button does the same.
  QPointer<ImportDialog> third = openDialog( window, path );
  REQUIRE( third->importedBefore() );
  auto *button = third->findChild<QPushButton *>( QStringLiteral( "ImportAnywayButton" ) );
  REQUIRE( button );
  CHECK( button->text() == QStringLiteral( "Importera ändå" ) );
  const ImportOutcome thirdTime = acceptAndWait( window, [&] { button->click(); } );
  REQUIRE( thirdTime.ok );
  CHECK( count( demo, QString() ) == once + 4 );
}

TEST_CASE( "screenshots of the import dialog's category mapping and the categories dialog",
           "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() );
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  const QString path =
    guitest::writeTextFile( demo.file( QStringLiteral( "bostadsbolaget-v47.csv" ) ),
                            companyCsv( { QStringLiteral( "Sprejmålning" ), QStringLiteral( "Klotter" ),
                                          QStringLiteral( "Sprejmålning" ), QStringLiteral( "Hundbajs" ),
                                          QStringLiteral( "Skadegörelse" ), QStringLiteral( "Klotter" ),
                                          QStringLiteral( "Sprejmålning" ), QStringLiteral( "Skadegörelse" ),
                                          QStringLiteral( "Misshandel" ), QStringLiteral( "Trafikolycka" ) },
                                        20 ) );
  QPointer<ImportDialog> dialog = openDialog( window, path );
  REQUIRE(
    dialog->categoryMapping()->choose( QStringLiteral( "Sprejmålning" ), QStringLiteral( "klotter" ) ) );
  CHECK( guitest::saveScreenshot( dialog, QStringLiteral( "import-category-mapping.png" ) ) );
  dialog->check();
  REQUIRE(
    guitest::waitFor( [&] { return dialog && dialog->resultDialog() && !dialog->isRunning(); }, 60000 ) );
  CHECK( guitest::saveScreenshot( dialog->resultDialog(), QStringLiteral( "import-check-result.png" ) ) );
  dialog->resultDialog()->reject();
  dialog->reject();

  VocabularyDialog *vocabulary = window.vocabulary()->openDialog();
  REQUIRE( vocabulary );
  vocabulary->categoriesPage()->selectCode( QStringLiteral( "klotter" ) );
  CHECK( guitest::saveScreenshot( vocabulary, QStringLiteral( "vocabulary-categories.png" ) ) );
  vocabulary->tabs()->setCurrentIndex( 1 );
  CHECK( guitest::saveScreenshot( vocabulary, QStringLiteral( "vocabulary-crosswalks.png" ) ) );
  vocabulary->close();
}

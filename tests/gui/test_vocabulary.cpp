// "Kategorier och kategorinycklar" on the demo project, opened as the Edit menu opens it: the categories with
// their colours, names, groups and incidents; adding, recolouring and merging (the incidents follow, the
// map's style, the labels and the filter's incidents with them); a refused change that changes nothing; and
// the crosswalks, the police's first, edited line by line.

#include "categoriespage.h"
#include "crosswalkspage.h"
#include "database.h"
#include "editingcontroller.h"
#include "filtercontroller.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "projectcontroller.h"
#include "recordeditor.h"
#include "vocabularycontroller.h"
#include "vocabularydialog.h"

#include <catch2/catch.hpp>

#include <qgscategorizedsymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QComboBox>
#include <QMenuBar>
#include <QPointer>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>

using guitest::DemoProject;

namespace
{
int64_t incidentsOf( const DemoProject &demo, const QString &category )
{
  return guitest::countRows( demo.path(), QStringLiteral( "incidents" ),
                             QStringLiteral( "category = '%1'" ).arg( category ) );
}

//! The colour the map draws a category in, or an invalid colour when its style has no such category.
QColor mapColour( MainWindow &window, const QString &category )
{
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  auto *renderer =
    dynamic_cast<QgsCategorizedSymbolRenderer *>( incidents ? incidents->renderer() : nullptr );
  if ( !renderer )
    return QColor();
  const int index = renderer->categoryIndexForValue( category );
  return index < 0 ? QColor() : renderer->categories().at( index ).symbol()->color();
}

//! The filter's incidents of a category (what the heatmap, the statistics and the map's filter read).
long long filterIncidents( MainWindow &window, const std::string &category )
{
  long long n = 0;
  for ( const tryggkarta::SelectedIncident &incident : window.filter()->heatmap()->incidents() )
    n += incident.category == category ? 1 : 0;
  return n;
}

int rowOfCode( QTableWidget *table, const QString &code )
{
  for ( int row = 0; row < table->rowCount(); ++row )
    if ( table->item( row, 1 )->data( Qt::UserRole ).toString() == code )
      return row;
  return -1;
}
} // namespace

TEST_CASE( "the categories dialog adds, recolours and merges categories and the app follows", "[vocabulary]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );

  // In the Edit menu, enabled with a project open.
  QAction *action = window.vocabulary()->action();
  CHECK( action->isEnabled() );
  CHECK( action->text() == QStringLiteral( "Kategorier och &kategorinycklar…" ) );
  bool inMenu = false;
  for ( QAction *menu : window.menuBar()->actions() )
    if ( menu->menu() && menu->menu()->actions().contains( action ) )
      inMenu = true;
  CHECK( inMenu );
  action->trigger();
  QPointer<VocabularyDialog> dialog = window.vocabulary()->dialog();
  REQUIRE( dialog );
  CHECK( dialog->isVisible() );
  CategoriesPage *page = dialog->categoriesPage();
  QTableWidget *table = page->table();

  // Every category, with its incidents.
  const int64_t categories = guitest::countRows( demo.path(), QStringLiteral( "categories" ) );
  CHECK( table->rowCount() == categories );
  const int64_t klotter = incidentsOf( demo, QStringLiteral( "klotter" ) );
  const int64_t glaskross = incidentsOf( demo, QStringLiteral( "glaskross" ) );
  REQUIRE( klotter > 0 );
  REQUIRE( glaskross > 0 );
  const int klotterRow = rowOfCode( table, QStringLiteral( "klotter" ) );
  REQUIRE( klotterRow >= 0 );
  CHECK( table->item( klotterRow, 1 )->text() == QStringLiteral( "Klotter" ) );
  CHECK( table->item( klotterRow, 2 )->text() == QStringLiteral( "Graffiti" ) );
  CHECK( table->item( klotterRow, 5 )->data( Qt::DisplayRole ).toLongLong() == klotter );

  SECTION( "a new category is stored with a colour apart and the map and the forms offer it" )
  {
    tryggkarta::NewCategory fireworks;
    fireworks.code = "fyrverkerier";
    fireworks.labelSv = "Fyrverkerier";
    fireworks.labelEn = "Fireworks";
    fireworks.group = "ordningsstorning";
    REQUIRE( page->add( fireworks ).toStdString() == "" );
    CHECK( table->rowCount() == categories + 1 );
    const int row = rowOfCode( table, QStringLiteral( "fyrverkerier" ) );
    REQUIRE( row >= 0 );
    CHECK( page->selectedCode() == QStringLiteral( "fyrverkerier" ) );
    const QString colour = guitest::queryText(
      demo.path(), QStringLiteral( "SELECT color FROM categories WHERE code = 'fyrverkerier'" ) );
    CHECK( QColor( colour ).isValid() );
    CHECK( table->item( row, 0 )->text() == colour );
    CHECK( window.projects()->categoryLabels().value( QStringLiteral( "fyrverkerier" ) ) ==
           QStringLiteral( "Fyrverkerier" ) );
    CHECK( mapColour( window, QStringLiteral( "fyrverkerier" ) ) == QColor( colour ) );
    // The crosswalks' lines offer it too.
    auto *combo = qobject_cast<QComboBox *>( dialog->crosswalksPage()->table()->cellWidget( 0, 1 ) );
    REQUIRE( combo );
    CHECK( combo->findData( QStringLiteral( "fyrverkerier" ) ) >= 0 );
  }

  SECTION( "a new colour is stored and drawn" )
  {
    REQUIRE(
      page->recolour( QStringLiteral( "klotter" ), QColor( QStringLiteral( "#123456" ) ) ).toStdString() ==
      "" );
    CHECK( guitest::queryText( demo.path(),
                               QStringLiteral( "SELECT color FROM categories WHERE code = 'klotter'" ) ) ==
           QStringLiteral( "#123456" ) );
    CHECK( table->item( rowOfCode( table, QStringLiteral( "klotter" ) ), 0 )->text() ==
           QStringLiteral( "#123456" ) );
    CHECK( mapColour( window, QStringLiteral( "klotter" ) ) == QColor( QStringLiteral( "#123456" ) ) );
  }

  SECTION( "a merge asks with the incidents that move, moves them and the filter follows" )
  {
    QString asked;
    page->setConfirm(
      [&asked]( const QString &question )
      {
        asked = question;
        return true;
      } );
    // An edit made before: a rename keeps it undoable, the merge (a category gone) cannot.
    QUndoStack *undo = window.editing()->editor()->undoStack();
    undo->push( new QUndoCommand( QStringLiteral( "an earlier edit" ) ) );
    REQUIRE(
      page->rename( QStringLiteral( "glaskross" ), QStringLiteral( "Krossat glas" ), QString() ).isEmpty() );
    CHECK( undo->count() == 1 );
    qint64 moved = -1;
    REQUIRE(
      page->merge( QStringLiteral( "glaskross" ), QStringLiteral( "klotter" ), &moved ).toStdString() == "" );
    CHECK( undo->count() == 0 );
    CHECK( asked.contains( QString::number( glaskross ) ) );
    CHECK( moved == glaskross );
    CHECK( incidentsOf( demo, QStringLiteral( "glaskross" ) ) == 0 );
    CHECK( incidentsOf( demo, QStringLiteral( "klotter" ) ) == klotter + glaskross );
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "categories" ),
                               QStringLiteral( "code = 'glaskross'" ) ) == 0 );
    CHECK( table->rowCount() == categories - 1 );
    CHECK( rowOfCode( table, QStringLiteral( "glaskross" ) ) < 0 );
    CHECK( table->item( rowOfCode( table, QStringLiteral( "klotter" ) ), 5 )
             ->data( Qt::DisplayRole )
             .toLongLong() == klotter + glaskross );
    // The app: no label, no symbol, and the filter's incidents moved.
    CHECK_FALSE( window.projects()->categoryLabels().contains( QStringLiteral( "glaskross" ) ) );
    CHECK_FALSE( mapColour( window, QStringLiteral( "glaskross" ) ).isValid() );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    CHECK( filterIncidents( window, "glaskross" ) == 0 );
    CHECK( filterIncidents( window, "klotter" ) == klotter + glaskross );

    // Asked and answered no: nothing moves.
    page->setConfirm( []( const QString & ) { return false; } );
    REQUIRE( page->merge( QStringLiteral( "klotter" ), QStringLiteral( "inbrott" ) ).toStdString() == "" );
    CHECK( incidentsOf( demo, QStringLiteral( "klotter" ) ) == klotter + glaskross );
  }

  SECTION( "a refused change shows the core's message and changes nothing" )
  {
    page->setConfirm( []( const QString & ) { return true; } );
    const QString refused = page->merge( QStringLiteral( "klotter" ), QStringLiteral( "klotter" ) );
    CHECK_FALSE( refused.isEmpty() );
    CHECK( page->errorText() == refused );
    CHECK( incidentsOf( demo, QStringLiteral( "klotter" ) ) == klotter );
    const QString badGroup = page->moveToGroup( QStringLiteral( "klotter" ), QStringLiteral( "finns_inte" ) );
    CHECK_FALSE( badGroup.isEmpty() );
    CHECK( guitest::queryText(
             demo.path(), QStringLiteral( "SELECT group_code FROM categories WHERE code = 'klotter'" ) ) ==
           QStringLiteral( "skadegorelse" ) );
  }

  SECTION( "hiding and showing a category" )
  {
    REQUIRE( page->setHidden( QStringLiteral( "klotter" ), true ).toStdString() == "" );
    CHECK( guitest::queryText( demo.path(),
                               QStringLiteral( "SELECT hidden FROM categories WHERE code = 'klotter'" ) ) ==
           QStringLiteral( "1" ) );
    CHECK_FALSE( table->item( rowOfCode( table, QStringLiteral( "klotter" ) ), 4 )->text().isEmpty() );
    REQUIRE( page->setHidden( QStringLiteral( "klotter" ), false ).toStdString() == "" );
    CHECK( table->item( rowOfCode( table, QStringLiteral( "klotter" ) ), 4 )->text().isEmpty() );
  }

  dialog->close();
}

TEST_CASE( "the crosswalks tab shows the police's first and edits its lines", "[vocabulary]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QPointer<VocabularyDialog> dialog = window.vocabulary()->openDialog();
  REQUIRE( dialog );
  CrosswalksPage *page = dialog->crosswalksPage();
  REQUIRE( page->crosswalkCombo()->count() >= 1 );
  CHECK( page->crosswalkCombo()->itemData( 0 ).toString() == QStringLiteral( "polisen" ) );
  CHECK( page->currentCrosswalk() == QStringLiteral( "polisen" ) );
  const int64_t lines = std::stoll(
    guitest::queryText( demo.path(),
                        QStringLiteral( "SELECT count(*) FROM crosswalk_entries e JOIN crosswalks c ON "
                                        "c.fid = e.crosswalk_id WHERE c.name = 'polisen'" ) )
      .toStdString() );
  CHECK( page->table()->rowCount() == lines );

  // A line read as a category instead of left out, then removed; a new line; all stored.
  auto line = [&]( const QString &value )
  {
    return guitest::queryText(
      demo.path(), QStringLiteral( "SELECT coalesce(e.category, '') || '|' || e.leave_out FROM "
                                   "crosswalk_entries e JOIN crosswalks c ON c.fid = e.crosswalk_id "
                                   "WHERE c.name = 'polisen' AND e.source_value = '%1'" )
                     .arg( value ) );
  };
  CHECK( line( QStringLiteral( "Trafikolycka" ) ) == QStringLiteral( "|1" ) );
  REQUIRE( page->setEntry( QStringLiteral( "Trafikolycka" ), QStringLiteral( "buskorning" ) ).toStdString() ==
           "" );
  CHECK( line( QStringLiteral( "Trafikolycka" ) ) == QStringLiteral( "buskorning|0" ) );
  REQUIRE( page->setEntry( QStringLiteral( "Cykelstöld" ), QStringLiteral( "cykelstold" ) ).toStdString() ==
           "" );
  CHECK( line( QStringLiteral( "Cykelstöld" ) ) == QStringLiteral( "cykelstold|0" ) );
  CHECK( page->table()->rowCount() == lines + 1 );
  REQUIRE( page->removeEntry( QStringLiteral( "Cykelstöld" ) ).toStdString() == "" );
  CHECK( line( QStringLiteral( "Cykelstöld" ) ).isEmpty() );
  CHECK( page->table()->rowCount() == lines );
  // Refused: a category the project lacks; nothing stored.
  CHECK_FALSE( page->setEntry( QStringLiteral( "Trafikolycka" ), QStringLiteral( "finns_inte" ) ).isEmpty() );
  CHECK( line( QStringLiteral( "Trafikolycka" ) ) == QStringLiteral( "buskorning|0" ) );

  // Written to CSV and read into a new crosswalk.
  const QString csv = demo.file( QStringLiteral( "polisen.csv" ) );
  REQUIRE( page->exportCsv( csv ).toStdString() == "" );
  REQUIRE( page->createCrosswalk( QStringLiteral( "kopia" ), QStringLiteral( "en kopia" ) ).toStdString() ==
           "" );
  CHECK( page->currentCrosswalk() == QStringLiteral( "kopia" ) );
  CHECK( page->table()->rowCount() == 0 );
  REQUIRE( page->importCsv( csv ).toStdString() == "" );
  CHECK( page->table()->rowCount() == lines );
  page->setConfirm( []( const QString & ) { return true; } );
  REQUIRE( page->removeCrosswalk( QStringLiteral( "kopia" ) ).toStdString() == "" );
  CHECK( page->crosswalkCombo()->findData( QStringLiteral( "kopia" ) ) < 0 );
  dialog->close();
}

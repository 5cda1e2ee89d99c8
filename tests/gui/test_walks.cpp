// The walks room on the demo project: drawing a route, moving and reordering stops with undo, recording a
// walk stop by stop, and a suggested route; and screenshots of the room for review.

#include "editingcontroller.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "identifypanel.h"
#include "identifytool.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "recordeditor.h"
#include "recordwalkdialog.h"
#include "suggestroutedialog.h"
#include "walkeditor.h"
#include "walkform.h"
#include "walkimportdialog.h"
#include "walklayers.h"
#include "walkmaptools.h"
#include "walkscontroller.h"
#include "walkspanel.h"
#include "walkstopspanel.h"

#include "projectfile.h"
#include "testphotos.h"
#include "testutil.h"
#include "recordedits.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QDockWidget>
#include <QFileInfo>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>

using tryggkarta::WalkStop;

namespace
{
//! The demo open in a shown window, every incident in the filter.
void openDemo( MainWindow &window, const guitest::DemoProject &demo )
{
  window.resize( 1400, 900 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  window.filter()->panel()->applyPreset( FilterPanel::Preset::AllDates );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
}

QPoint pixelOf( QgsMapCanvas *canvas, double x, double y )
{
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( QgsPointXY( x, y ) );
  return QPoint( qRound( pixel.x() ), qRound( pixel.y() ) );
}

//! The walk's stops as stored in the file, read through a connection of the test's own.
std::vector<WalkStop> storedStops( const QString &path, qint64 walkId )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  auto stops = tryggkarta::WalkStore( ( *project )->db() ).stops( walkId );
  REQUIRE( stops.ok() );
  return *stops;
}

tryggkarta::Walk storedWalk( const QString &path, qint64 walkId )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  auto walk = tryggkarta::WalkStore( ( *project )->db() ).load( walkId );
  REQUIRE( walk.ok() );
  return *walk;
}

//! A demo walk with at least this many stops (and observations).
qint64 walkWithStops( WalksController *walks, int count, int observations = 0 )
{
  const auto list = walks->editor()->walks();
  REQUIRE( list );
  for ( const tryggkarta::WalkSummary &walk : *list )
    if ( walk.stops >= count && walk.observations >= observations )
      return walk.fid;
  FAIL( "the demo has no walk with enough stops" );
  return 0;
}

//! Shows a place of the map at street level.
void zoomTo( QgsMapCanvas *canvas, double x, double y, double halfWidth = 300 )
{
  canvas->setExtent( QgsRectangle( x - halfWidth, y - halfWidth, x + halfWidth, y + halfWidth ) );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
}

//! A left press and release as the canvas hands them to a map tool.
void clickTool( QgsMapTool *tool, QgsMapCanvas *canvas, const QPoint &pixel )
{
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, pixel, Qt::LeftButton, Qt::LeftButton );
  tool->canvasPressEvent( &press );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, pixel, Qt::LeftButton, Qt::NoButton );
  tool->canvasReleaseEvent( &release );
}
} // namespace

TEST_CASE( "a route drawn with the tool by clicking the map is stored on the selected walk", "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  QgsMapCanvas *canvas = window.mapCanvas();

  // A new walk, selected, without a route.
  walks->newWalk();
  const qint64 walkId = walks->selectedWalk();
  REQUIRE( walkId > 0 );
  CHECK( storedWalk( demo.path(), walkId ).route.empty() );

  const QgsPointXY centre = canvas->extent().center();
  zoomTo( canvas, centre.x(), centre.y(), 400 );
  walks->drawRouteAction()->trigger();
  REQUIRE( canvas->mapTool() == walks->drawRouteTool() );

  // Three points clicked on the map; the last one double-clicked.
  QWidget *viewport = canvas->viewport();
  const QPoint a = pixelOf( canvas, centre.x() - 250, centre.y() - 100 );
  const QPoint b = pixelOf( canvas, centre.x(), centre.y() + 50 );
  const QPoint c = pixelOf( canvas, centre.x() + 250, centre.y() - 50 );
  QTest::mouseClick( viewport, Qt::LeftButton, Qt::NoModifier, a );
  QTest::mouseClick( viewport, Qt::LeftButton, Qt::NoModifier, b );
  CHECK( walks->drawRouteTool()->points().size() == 2 );
  QTest::mouseDClick( viewport, Qt::LeftButton, Qt::NoModifier, c );

  const tryggkarta::Walk stored = storedWalk( demo.path(), walkId );
  CHECK( stored.route.size() >= 2 );
  CHECK( stored.routeSource == "drawn" );
  CHECK( stored.routeLength() > 300 );
  // The route starts and ends near the first and last click (on the street nearest to them).
  CHECK( std::hypot( stored.route.front().x - ( centre.x() - 250 ),
                     stored.route.front().y - ( centre.y() - 100 ) ) < 80 );
  CHECK( std::hypot( stored.route.back().x - ( centre.x() + 250 ),
                     stored.route.back().y - ( centre.y() - 50 ) ) < 80 );
  // The walks list shows its length, the map highlights it; the tool handed the map back to panning.
  CHECK( walks->layers()->routeHighlight()->numberOfVertices() >= 2 );
  CHECK( canvas->mapTool() == window.map()->tools()->mapTool( MapTools::Tool::Pan ) );

  // Esc cancels a route being drawn: nothing changes.
  walks->drawRouteAction()->trigger();
  QTest::mouseClick( viewport, Qt::LeftButton, Qt::NoModifier, a );
  QTest::keyClick( canvas, Qt::Key_Escape );
  CHECK( storedWalk( demo.path(), walkId ).route == stored.route );

  // Undo takes the route back.
  window.editing()->undoAction()->trigger();
  CHECK( storedWalk( demo.path(), walkId ).route.empty() );
}

TEST_CASE( "a stop dragged with the tool is stored at its new place, and undo puts it back", "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  QgsMapCanvas *canvas = window.mapCanvas();
  const qint64 walkId = walkWithStops( walks, 2 );
  walks->selectWalk( walkId );
  REQUIRE( walks->selectedWalk() == walkId );
  REQUIRE( walks->layers()->stopsLayer() );
  CHECK( walks->layers()->stopsLayer()->featureCount() ==
         static_cast<long long>( storedStops( demo.path(), walkId ).size() ) );

  const WalkStop before = storedStops( demo.path(), walkId ).at( 1 );
  zoomTo( canvas, before.x, before.y );
  walks->editStopsAction()->trigger();
  EditStopsTool *tool = walks->editStopsTool();
  REQUIRE( canvas->mapTool() == tool );
  const QPoint from = pixelOf( canvas, before.x, before.y );
  REQUIRE( tool->stopAt( from ) == before.fid );
  const QPoint to = from + QPoint( 60, -30 );
  const QgsPointXY target = canvas->getCoordinateTransform()->toMapCoordinates( to );
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton );
  tool->canvasPressEvent( &press );
  QgsMapMouseEvent move( canvas, QEvent::MouseMove, from + QPoint( 30, -15 ), Qt::NoButton, Qt::LeftButton );
  tool->canvasMoveEvent( &move );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton );
  tool->canvasReleaseEvent( &release );

  const WalkStop moved = storedStops( demo.path(), walkId ).at( 1 );
  CHECK( moved.fid == before.fid );
  CHECK( moved.number == 2 );
  CHECK( moved.x == Approx( target.x() ).margin( 0.01 ) );
  CHECK( moved.y == Approx( target.y() ).margin( 0.01 ) );
  CHECK( moved.name == before.name );
  // The layer on the map shows it there.
  const QgsPointXY shown = walks->layers()->stopsLayer()->getFeature( before.fid ).geometry().asPoint();
  CHECK( shown.x() == Approx( target.x() ).margin( 0.01 ) );

  window.editing()->undoAction()->trigger();
  const WalkStop back = storedStops( demo.path(), walkId ).at( 1 );
  CHECK( back.fid == before.fid );
  CHECK( back.x == Approx( before.x ).margin( 1e-6 ) );
  CHECK( back.y == Approx( before.y ).margin( 1e-6 ) );
  window.editing()->redoAction()->trigger();
  CHECK( storedStops( demo.path(), walkId ).at( 1 ).x == Approx( target.x() ).margin( 0.01 ) );

  // A click where there is no stop adds one there, at the end.
  const size_t count = storedStops( demo.path(), walkId ).size();
  walks->panel()->stopsPanel()->table()->clearSelection();
  const QPoint empty = from + QPoint( -120, 90 );
  REQUIRE( !tool->stopAt( empty ) );
  clickTool( tool, canvas, empty );
  const auto added = storedStops( demo.path(), walkId );
  REQUIRE( added.size() == count + 1 );
  CHECK( added.back().number == static_cast<int>( count + 1 ) );
  window.editing()->undoAction()->trigger();
  CHECK( storedStops( demo.path(), walkId ).size() == count );
}

TEST_CASE(
  "moving a stop down in the table renumbers the stops in the file, and undo and a removal's undo keep "
  "the numbers and the observations",
  "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  const qint64 walkId = walkWithStops( walks, 3 );
  walks->selectWalk( walkId );
  const std::vector<WalkStop> before = storedStops( demo.path(), walkId );
  WalkStopsPanel *panel = walks->panel()->stopsPanel();
  REQUIRE( panel->table()->rowCount() == static_cast<int>( before.size() ) );

  walks->selectStop( before[1].fid );
  REQUIRE( panel->selectedStop() == before[1].fid );
  // The context of the selected stop is shown, within 100 m by default; a wider radius counts at least as
  // many.
  const QString near = panel->contextView()->toPlainText();
  CHECK( near.contains( QStringLiteral( "inom 100 m" ) ) );
  CHECK( panel->contextRadius() == 100 );
  panel->setContextRadius( 300 );
  const QString wide = panel->contextView()->toPlainText();
  CHECK( wide.contains( QStringLiteral( "inom 300 m" ) ) );
  CHECK( wide.section( QLatin1Char( ' ' ), 0, 0 ).toInt() >=
         near.section( QLatin1Char( ' ' ), 0, 0 ).toInt() );
  panel->setContextRadius( 100 );
  panel->findChild<QPushButton *>( QStringLiteral( "StopDownButton" ) )->click();

  const std::vector<WalkStop> after = storedStops( demo.path(), walkId );
  REQUIRE( after.size() == before.size() );
  CHECK( after[1].fid == before[2].fid );
  CHECK( after[1].number == 2 );
  CHECK( after[2].fid == before[1].fid );
  CHECK( after[2].number == 3 );
  CHECK( after[0].fid == before[0].fid );
  // The table follows, the moved stop still selected; the map's labels are the numbers in the file.
  CHECK( panel->table()->item( 2, 1 )->text() == QString::fromStdString( before[1].name ) );
  CHECK( panel->selectedStop() == before[1].fid );
  QgsVectorLayer *layer = walks->layers()->stopsLayer();
  CHECK( layer->getFeature( before[1].fid ).attribute( QStringLiteral( "stop_number" ) ).toInt() == 3 );

  window.editing()->undoAction()->trigger();
  const std::vector<WalkStop> undone = storedStops( demo.path(), walkId );
  for ( size_t i = 0; i < before.size(); ++i )
  {
    CHECK( undone[i].fid == before[i].fid );
    CHECK( undone[i].number == before[i].number );
  }

  // A stop removed and brought back by undo comes back in its place with its observations.
  const qint64 observationsAtStop = guitest::countRows(
    demo.path(), QStringLiteral( "observations" ), QStringLiteral( "stop_id = %1" ).arg( before[0].fid ) );
  walks->selectStop( before[0].fid );
  panel->findChild<QPushButton *>( QStringLiteral( "StopRemoveButton" ) )->click();
  CHECK( storedStops( demo.path(), walkId ).size() == before.size() - 1 );
  CHECK( storedStops( demo.path(), walkId ).front().number == 1 );
  window.editing()->undoAction()->trigger();
  const std::vector<WalkStop> restored = storedStops( demo.path(), walkId );
  REQUIRE( restored.size() == before.size() );
  CHECK( restored[0].name == before[0].name );
  CHECK( restored[0].number == 1 );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ),
                             QStringLiteral( "stop_id = %1" ).arg( restored[0].fid ) ) ==
         observationsAtStop );
}

TEST_CASE(
  "ratings entered in the record dialog are stored as observations at the stop, shown again and changed "
  "without duplicates",
  "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  WalkEditor *editor = walks->editor();

  // A walk of its own with two stops, dated, walked at dusk.
  const qint64 template_ = walkWithStops( walks, 2 );
  const std::vector<WalkStop> demoStops = storedStops( demo.path(), template_ );
  tryggkarta::Walk walk;
  walk.name = "Kvällsvandring i centrum";
  walk.date = "2026-10-14";
  walk.startTime = "18:30";
  walk.light = "dusk";
  walk.status = "done";
  qint64 walkId = 0;
  REQUIRE( editor->createWalk( walk, &walkId ).isEmpty() );
  std::vector<WalkStop> stops( demoStops.begin(), demoStops.begin() + 2 );
  for ( WalkStop &stop : stops )
    stop.fid = 0;
  REQUIRE( editor->changeStops( walkId, stops, QStringLiteral( "stops" ) ).isEmpty() );
  const std::vector<WalkStop> stored = storedStops( demo.path(), walkId );
  walks->selectWalk( walkId );

  walks->showRecordDialog();
  RecordWalkDialog *dialog = walks->recordDialog();
  REQUIRE( dialog );
  REQUIRE( dialog->stopCount() == 2 );
  CHECK( dialog->currentStop() == 0 );
  CHECK( !dialog->observationOf( QStringLiteral( "belysning" ) ) );
  dialog->setRating( QStringLiteral( "belysning" ), 1 );
  dialog->setPositive( QStringLiteral( "belysning" ), false );
  dialog->setNote( QStringLiteral( "belysning" ), QStringLiteral( "Lampan vid tunneln är trasig" ) );
  dialog->setProposedAction( QStringLiteral( "belysning" ), QStringLiteral( "Byt lampan" ),
                             QStringLiteral( "Gatukontoret" ), QDate( 2026, 12, 15 ) );
  dialog->setRating( QStringLiteral( "sikt" ), 3 );
  const int stepsBefore = window.editing()->editor()->undoStack()->count();
  // Next saves the stop shown, as one step.
  REQUIRE( dialog->showStop( 1 ) );
  CHECK( dialog->currentStop() == 1 );
  CHECK( window.editing()->editor()->undoStack()->count() == stepsBefore + 1 );

  const QString atStop = QStringLiteral( "walk_id = %1 AND stop_id = %2" ).arg( walkId ).arg( stored[0].fid );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), atStop ) == 2 );
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "SELECT rating FROM observations WHERE %1 AND "
                                                          "checklist_item = 'belysning'" )
                                            .arg( atStop ) ) == QStringLiteral( "1" ) );
  CHECK(
    guitest::queryText(
      demo.path(), QStringLiteral( "SELECT positive || '|' || draft || '|' || responsible "
                                   "|| '|' || light_condition || '|' || action_deadline FROM observations "
                                   "WHERE %1 AND checklist_item = 'belysning'" )
                     .arg( atStop ) ) == QStringLiteral( "0|0|Gatukontoret|dusk|2026-12-15" ) );
  // An item without a proposed action has no deadline.
  CHECK(
    guitest::queryText( demo.path(), QStringLiteral( "SELECT coalesce(action_deadline, 'none') FROM "
                                                     "observations WHERE %1 AND checklist_item = 'sikt'" )
                                       .arg( atStop ) ) == QStringLiteral( "none" ) );
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "SELECT rating FROM observations WHERE %1 AND "
                                                          "checklist_item = 'sikt'" )
                                            .arg( atStop ) ) == QStringLiteral( "3" ) );
  // At the stop's place.
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "walk_stops" ),
                             QStringLiteral( "fid = %1" ).arg( stored[0].fid ) ) == 1 );

  // Back to the first stop: what was recorded is shown, and saving again adds nothing.
  REQUIRE( dialog->showStop( 0 ) );
  CHECK( dialog->rating( QStringLiteral( "belysning" ) ) == 1 );
  CHECK( dialog->rating( QStringLiteral( "sikt" ) ) == 3 );
  CHECK( dialog->note( QStringLiteral( "belysning" ) ) == QStringLiteral( "Lampan vid tunneln är trasig" ) );
  CHECK( !dialog->isModified() );
  CHECK( dialog->saveCurrentStop().isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), atStop ) == 2 );

  // Closed and opened again: the same; a changed rating changes the observation, not a new one.
  dialog->reject();
  walks->showRecordDialog();
  dialog = walks->recordDialog();
  REQUIRE( dialog );
  const auto lighting = dialog->observationOf( QStringLiteral( "belysning" ) );
  REQUIRE( lighting );
  CHECK( dialog->rating( QStringLiteral( "belysning" ) ) == 1 );
  dialog->setRating( QStringLiteral( "belysning" ), 2 );
  CHECK( dialog->saveCurrentStop().isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), atStop ) == 2 );
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "SELECT rating FROM observations WHERE fid = %1" )
                                            .arg( *lighting ) ) == QStringLiteral( "2" ) );
  CHECK( dialog->observationOf( QStringLiteral( "belysning" ) ) == lighting );

  // The proposed action becomes an action with one click.
  CHECK( dialog->makeAction( QStringLiteral( "belysning" ) ).isEmpty() );
  CHECK( guitest::countRows(
           demo.path(), QStringLiteral( "actions" ),
           QStringLiteral( "observation_id = %1 AND status = 'proposed' AND title = 'Byt lampan'" )
             .arg( *lighting ) ) == 1 );
  dialog->reject();

  // A draft from a photo at the second stop is listed to confirm.
  {
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString() );
    REQUIRE( project.ok() );
    tryggkarta::ObservationRecord draft;
    draft.x = stored[1].x;
    draft.y = stored[1].y;
    draft.walkId = walkId;
    draft.stopId = stored[1].fid;
    draft.checklistItem = "underhall";
    draft.note = "Klotter på elskåpet (foto)";
    draft.draft = true;
    auto fid = tryggkarta::RecordEdits( ( *project )->db() ).insertObservation( draft, {} );
    REQUIRE( fid.ok() );
  }
  walks->showRecordDialog();
  dialog = walks->recordDialog();
  REQUIRE( dialog );
  REQUIRE( dialog->drafts().size() == 1 );
  CHECK( dialog->drafts().first().second.contains( QStringLiteral( "Klotter på elskåpet" ) ) );
  const qint64 draftFid = dialog->drafts().first().first;
  CHECK( dialog->confirmDraft( draftFid ).isEmpty() );
  CHECK( dialog->drafts().isEmpty() );
  CHECK( guitest::queryText(
           demo.path(), QStringLiteral( "SELECT draft FROM observations WHERE fid = %1" ).arg( draftFid ) ) ==
         QStringLiteral( "0" ) );
  window.editing()->undoAction()->trigger(); // the draft again
  dialog->reject();

  // An observation proposing an action, identified on the map, is made an action from the identify panel.
  {
    const QString sikt = guitest::queryText(
      demo.path(), QStringLiteral( "SELECT fid FROM observations WHERE %1 AND checklist_item = "
                                   "'sikt'" )
                     .arg( atStop ) );
    guitest::execSql(
      demo.path(),
      QStringLiteral( "UPDATE observations SET proposed_action = 'Beskär buskarna' WHERE fid = %1" )
        .arg( sikt ) );
    window.map()->reloadLayers();
    zoomTo( window.mapCanvas(), stored[0].x, stored[0].y );
    window.map()->tools()->identifyTool()->identifyAndReport(
      pixelOf( window.mapCanvas(), stored[0].x, stored[0].y ) );
    QList<QPushButton *> buttons = window.map()->identifyPanel()->tree()->findChildren<QPushButton *>(
      QStringLiteral( "IdentifyMakeActionButton" ) );
    REQUIRE( !buttons.isEmpty() );
    const int stepsBefore = window.editing()->editor()->undoStack()->index();
    for ( QPushButton *button : buttons )
      button->click();
    CHECK( guitest::countRows(
             demo.path(), QStringLiteral( "actions" ),
             QStringLiteral( "observation_id = %1 AND title = 'Beskär buskarna'" ).arg( sikt ) ) == 1 );
    // Making an action is an undo step of its own (in the action list's room): undo takes them back first.
    const int made = window.editing()->editor()->undoStack()->index() - stepsBefore;
    CHECK( made >= 1 );
    for ( int i = 0; i < made; ++i )
      window.editing()->undoAction()->trigger();
    CHECK( guitest::countRows( demo.path(), QStringLiteral( "actions" ),
                               QStringLiteral( "observation_id = %1" ).arg( sikt ) ) == 0 );
  }
  // So is the action made in the record dialog.
  window.editing()->undoAction()->trigger();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "actions" ),
                             QStringLiteral( "observation_id = %1" ).arg( *lighting ) ) == 0 );

  // Undo takes the last stop's change back (one step), then the first recording.
  window.editing()->undoAction()->trigger();
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "SELECT rating FROM observations WHERE fid = %1" )
                                            .arg( *lighting ) ) == QStringLiteral( "1" ) );
  window.editing()->undoAction()->trigger();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), atStop ) == 0 );
}

TEST_CASE( "the walk's plan is edited in the panel's form and saved, with undo", "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  walks->newWalk();
  const qint64 walkId = walks->selectedWalk();
  REQUIRE( walkId > 0 );
  WalkForm *form = walks->panel()->form();
  CHECK( !form->saveButton()->isEnabled() );

  QTest::keyClick( form->nameEdit(), Qt::Key_End );
  QTest::keyClicks( form->nameEdit(), QStringLiteral( " vid stationen" ) );
  CHECK( form->isModified() );
  CHECK( form->saveButton()->isEnabled() );
  // At dusk and again after dark, in an EST area, done, with the organisations' counts.
  form->lightCombo()->setCurrentIndex( form->lightCombo()->findData( QStringLiteral( "dusk+dark" ) ) );
  CHECK( form->lightCombo()->currentText() == QStringLiteral( "skymning och mörker" ) );
  REQUIRE( form->areaCombo()->count() > 1 );
  form->areaCombo()->setCurrentIndex( 1 );
  form->statusCombo()->setCurrentIndex( form->statusCombo()->findData( QStringLiteral( "done" ) ) );
  CHECK( form->statusCombo()->currentText() == QStringLiteral( "genomförd" ) );
  tryggkarta::Walk edited = form->walk();
  edited.organisations = { { "Polisen", true, 3 }, { "Kommunen", true, 2 } };
  form->setWalk( edited );
  form->setModified( true );
  form->saveButton()->click();
  CHECK( !form->isModified() );

  const tryggkarta::Walk stored = storedWalk( demo.path(), walkId );
  CHECK( stored.name == edited.name );
  CHECK( QString::fromStdString( stored.name ).endsWith( QStringLiteral( " vid stationen" ) ) );
  CHECK( stored.light == "dusk" );
  CHECK( stored.alsoAfterDark );
  CHECK( stored.status == "done" );
  CHECK( stored.areaId == form->areaCombo()->itemData( 1 ).toLongLong() );
  REQUIRE( stored.organisations.size() == 2 );
  CHECK( stored.organisations[0].participants == 3 );
  // The list shows the status in Swedish.
  QTreeWidget *list = walks->panel()->list();
  bool listed = false;
  for ( int i = 0; i < list->topLevelItemCount(); ++i )
    if ( list->topLevelItem( i )->isSelected() )
      listed = list->topLevelItem( i )->text( 2 ) == QStringLiteral( "genomförd" );
  CHECK( listed );

  window.editing()->undoAction()->trigger();
  CHECK( storedWalk( demo.path(), walkId ).status == "planned" );
  CHECK( form->statusCombo()->currentData().toString() == QStringLiteral( "planned" ) );
}

TEST_CASE( "a deleted walk comes back with its stops and observations by undo, and a repeat walk copies its "
           "stops",
           "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  WalkEditor *editor = walks->editor();
  const qint64 walkId = walkWithStops( walks, 3, 1 );
  const tryggkarta::Walk walk = storedWalk( demo.path(), walkId );
  const std::vector<WalkStop> stops = storedStops( demo.path(), walkId );
  const QString ofWalk = QStringLiteral( "walk_id = %1" ).arg( walkId );
  const int64_t observations = guitest::countRows( demo.path(), QStringLiteral( "observations" ), ofWalk );
  const int64_t atStops = guitest::countRows( demo.path(), QStringLiteral( "observations" ),
                                              ofWalk + QStringLiteral( " AND stop_id IS NOT NULL" ) );
  REQUIRE( observations > 0 );

  qint64 repeat = 0;
  REQUIRE(
    editor->planRepeat( walkId, QStringLiteral( "Uppföljning" ), QStringLiteral( "2027-03-01" ), &repeat )
      .isEmpty() );
  CHECK( storedStops( demo.path(), repeat ).size() == stops.size() );
  CHECK( storedWalk( demo.path(), repeat ).repeatOf == walkId );

  walks->selectWalk( walkId );
  REQUIRE( editor->removeWalk( walkId ).isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "safety_walks" ),
                             QStringLiteral( "fid = %1" ).arg( walkId ) ) == 0 );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), ofWalk ) == 0 );
  CHECK( walks->selectedWalk() == 0 );

  window.editing()->undoAction()->trigger();
  const qint64 back = editor->currentWalkId( walkId );
  const tryggkarta::Walk restored = storedWalk( demo.path(), back );
  CHECK( restored.name == walk.name );
  CHECK( restored.route == walk.route );
  const std::vector<WalkStop> restoredStops = storedStops( demo.path(), back );
  REQUIRE( restoredStops.size() == stops.size() );
  for ( size_t i = 0; i < stops.size(); ++i )
    CHECK( restoredStops[i].name == stops[i].name );
  const QString ofBack = QStringLiteral( "walk_id = %1" ).arg( back );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), ofBack ) == observations );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ),
                             ofBack + QStringLiteral( " AND stop_id IS NOT NULL" ) ) == atStops );
  // The repeat walk points at the walk that came back.
  CHECK( storedWalk( demo.path(), repeat ).repeatOf == back );
  // Redo deletes it again; undo brings it back once more.
  window.editing()->redoAction()->trigger();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ), ofBack ) == 0 );
  window.editing()->undoAction()->trigger();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ),
                             QStringLiteral( "walk_id = %1" ).arg( editor->currentWalkId( walkId ) ) ) ==
         observations );
}

TEST_CASE( "photos and a GPS track imported into a walk become drafts and its route, an unplaced photo is "
           "placed by a click, identify shows the photo, and undoing a deletion gives the photos back",
           "[walks][photos]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  const qint64 walkId = walkWithStops( walks, 3 );
  walks->selectWalk( walkId );
  const std::vector<WalkStop> stops = storedStops( demo.path(), walkId );
  QTemporaryDir dir;
  REQUIRE( dir.isValid() );
  const std::string withGps = dir.filePath( QStringLiteral( "IMG_0001.jpg" ) ).toStdString();
  const std::string withoutGps = dir.filePath( QStringLiteral( "IMG_0002.jpg" ) ).toStdString();
  testphotos::writeBytes( withGps, testphotos::withTags( testphotos::makeJpeg( 320, 240 ),
                                                         testphotos::tagsAt( stops[0].x + 8, stops[0].y,
                                                                             "2025:11:04 19:01:00" ) ) );
  testphotos::writeBytes( withoutGps, testphotos::makeJpeg( 240, 320 ) ); // no position, no time
  const QString track = dir.filePath( QStringLiteral( "spar.gpx" ) );
  testutil::writeFile(
    track.toStdString(),
    testphotos::gpxTrack( "Vandringen", { { stops[0].x, stops[0].y, "2025-11-04T18:00:00Z" },
                                          { stops[1].x, stops[1].y, "2025-11-04T18:05:00Z" },
                                          { stops[2].x, stops[2].y, "2025-11-04T18:10:00Z" } } ) );

  // The dialog gathers the files: a folder's photos, the track, what to take from it.
  {
    WalkImportDialog dialog( QStringLiteral( "Vandringen" ) );
    auto *import = dialog.findChild<QPushButton *>( QStringLiteral( "WalkImportButton" ) );
    REQUIRE( import );
    CHECK_FALSE( import->isEnabled() ); // nothing chosen yet
    dialog.addPhotos( { dir.path() } );
    dialog.addPhotos( { QString::fromStdString( withGps ) } ); // listed once
    dialog.setTrack( track );
    CHECK( import->isEnabled() );
    const WalkImportRequest chosen = dialog.request();
    CHECK( chosen.photos.size() == 2 );
    CHECK( chosen.trackPath == track );
    CHECK_FALSE( chosen.trackAsRoute ); // replacing the planned route is asked for, not assumed
  }

  WalkImportRequest request;
  request.walkId = walkId;
  request.photos = QStringList{ QString::fromStdString( withGps ), QString::fromStdString( withoutGps ) };
  request.trackPath = track;
  request.trackAsRoute = true;
  const WalkImportOutcome outcome = walks->importWalkFiles( request );
  INFO( outcome.lines.join( '\n' ).toStdString() << outcome.error.toStdString() );
  REQUIRE( outcome.error.isEmpty() );
  CHECK( outcome.routeStored );
  CHECK( outcome.placed == 1 );
  CHECK( outcome.unplaced == 1 );
  CHECK( outcome.lines.filter( QStringLiteral( "IMG_0002.jpg" ) ).size() == 1 );
  CHECK(
    guitest::queryText(
      demo.path(), QStringLiteral( "SELECT route_source FROM safety_walks WHERE fid = %1" ).arg( walkId ) ) ==
    QStringLiteral( "gpx" ) );
  const QString ofWalk = QStringLiteral( "walk_id = %1" ).arg( walkId );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "walk_photos" ), ofWalk ) == 2 );
  // The project no longer counts as importing: it can be closed and saved again, and edited.
  CHECK_FALSE( window.projects()->isImportRunning() );
  CHECK( window.projects()->closeAction()->isEnabled() );
  CHECK( walks->importFilesAction()->isEnabled() );
  CHECK( walks->editor()->canEdit() );

  // The unplaced photo placed by a click near the second stop.
  const qint64 unplaced =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT fid FROM walk_photos WHERE "
                                                     "observation_id IS NULL" ) )
      .toLongLong();
  REQUIRE( unplaced > 0 );
  REQUIRE( walks->placePhotoAt( unplaced, QgsPointXY( stops[1].x + 5, stops[1].y ) ).isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "walk_photos" ),
                             QStringLiteral( "observation_id IS NULL" ) ) == 0 );
  CHECK( guitest::queryText(
           demo.path(),
           QStringLiteral(
             "SELECT s.stop_number FROM walk_photos p JOIN observations o ON o.fid = p.observation_id "
             "JOIN walk_stops s ON s.fid = o.stop_id WHERE p.fid = %1" )
             .arg( unplaced ) ) == QStringLiteral( "2" ) );
  // Placed again: refused with the core's reason.
  CHECK_FALSE( walks->placePhotoAt( unplaced, QgsPointXY( stops[1].x, stops[1].y ) ).isEmpty() );

  // Identify on the photo's observation shows its thumbnail.
  window.map()->reloadLayers();
  zoomTo( window.mapCanvas(), stops[0].x + 8, stops[0].y, 60 );
  window.map()->tools()->identifyTool()->identifyAndReport(
    pixelOf( window.mapCanvas(), stops[0].x + 8, stops[0].y ) );
  const QList<QWidget *> rows =
    window.map()->identifyPanel()->tree()->findChildren<QWidget *>( QStringLiteral( "IdentifyPhotos" ) );
  REQUIRE_FALSE( rows.isEmpty() );
  bool thumbnail = false;
  for ( QWidget *row : rows )
    for ( QToolButton *button : row->findChildren<QToolButton *>() )
      thumbnail = thumbnail || ( button->accessibleName() == QStringLiteral( "IMG_0001.jpg" ) &&
                                 !button->icon().isNull() );
  CHECK( thumbnail );

  // Deleted, the walk's photos stay without it; undo gives them back to the walk that returns.
  REQUIRE( walks->editor()->removeWalk( walkId ).isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "walk_photos" ),
                             QStringLiteral( "walk_id IS NULL" ) ) == 2 );
  window.editing()->undoAction()->trigger();
  const qint64 back = walks->editor()->currentWalkId( walkId );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "walk_photos" ),
                             QStringLiteral( "walk_id = %1" ).arg( back ) ) == 2 );
}

TEST_CASE( "the suggest dialog fills a new walk with numbered stops along a route on the demo project",
           "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  REQUIRE( !walks->areas().isEmpty() );
  const int walksBefore =
    static_cast<int>( guitest::countRows( demo.path(), QStringLiteral( "safety_walks" ) ) );

  walks->suggestRouteAction()->trigger();
  SuggestRouteDialog *dialog = walks->suggestDialog();
  REQUIRE( dialog );
  dialog->setArea( walks->areas().first().first );
  dialog->setStopCount( 6 );
  dialog->run();
  CHECK( dialog->isRunning() );
  REQUIRE( dialog->waitUntilDone( 120000 ) );
  REQUIRE( dialog->suggestion() );
  const tryggkarta::SuggestedRoute route = *dialog->suggestion();
  CHECK( route.stops.size() >= 2 );
  CHECK( route.stops.size() <= 6 );
  CHECK( dialog->stopsTable()->rowCount() == static_cast<int>( route.stops.size() ) );
  // Previewed on the map with its numbers.
  REQUIRE( walks->layers()->suggestionLayer() );
  CHECK( walks->layers()->suggestionLayer()->featureCount() == static_cast<long long>( route.stops.size() ) );
  REQUIRE( dialog->acceptButton()->isEnabled() );
  dialog->acceptButton()->click();
  CHECK( !walks->layers()->suggestionLayer() );

  CHECK( guitest::countRows( demo.path(), QStringLiteral( "safety_walks" ) ) == walksBefore + 1 );
  const qint64 walkId = walks->selectedWalk();
  REQUIRE( walkId > 0 );
  const std::vector<WalkStop> stops = storedStops( demo.path(), walkId );
  REQUIRE( stops.size() == route.stops.size() );
  for ( size_t i = 0; i < stops.size(); ++i )
  {
    CHECK( stops[i].number == static_cast<int>( i + 1 ) );
    CHECK( stops[i].reason == route.stops[i].reason );
  }
  const tryggkarta::Walk stored = storedWalk( demo.path(), walkId );
  CHECK( stored.routeSource == "suggested" );
  CHECK( stored.route.size() >= 2 );
  CHECK( stored.status == "planned" );
  CHECK( stored.areaId == walks->areas().first().first );
  CHECK( walks->panel()->stopsPanel()->table()->rowCount() == static_cast<int>( stops.size() ) );

  // One step: undo takes the walk away.
  window.editing()->undoAction()->trigger();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "safety_walks" ) ) == walksBefore );
}

TEST_CASE( "the walks menu prints the selected walk's kit and protocol to PDF files", "[walks]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  WalksController *walks = window.walks();
  walks->selectWalk( walkWithStops( walks, 2 ) );
  const QString kit = demo.file( QStringLiteral( "vandringsmaterial.pdf" ) );
  int reports = 0;
  CHECK( walks->writeWalkKit( kit,
                              [&reports]( double )
                              {
                                ++reports;
                                return true;
                              } ) == QString() );
  CHECK( QFileInfo( kit ).size() > 10000 );
  CHECK( reports > 0 );
  const QString protocol = demo.file( QStringLiteral( "protokoll.pdf" ) );
  CHECK( walks->writeWalkProtocol( protocol ) == QString() );
  CHECK( QFileInfo( protocol ).size() > 10000 );
  // Cancelled, nothing is written.
  const QString cancelled = demo.file( QStringLiteral( "avbruten.pdf" ) );
  CHECK( !walks->writeWalkKit( cancelled, []( double ) { return false; } ).isEmpty() );
  CHECK( !QFileInfo::exists( cancelled ) );
}

TEST_CASE( "screenshots of the walks room", "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() ); // run by its ctest entry under Xvfb
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1500, 920 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  WalksController *walks = window.walks();
  walks->dock()->show();
  walks->dock()->raise();
  const qint64 walkId = walkWithStops( walks, 3 );
  walks->selectWalk( walkId );
  const tryggkarta::Walk walk = storedWalk( demo.path(), walkId );
  // The walk's route filling the map.
  QgsRectangle extent;
  for ( const tryggkarta::WalkPoint &p : walk.route )
    extent.combineExtentWith( p.x, p.y );
  for ( const WalkStop &stop : storedStops( demo.path(), walkId ) )
    extent.combineExtentWith( stop.x, stop.y );
  extent.scale( 1.3 );
  window.mapCanvas()->setExtent( extent );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-walks-plan.png" ) ) );

  walks->panel()->showStops();
  walks->selectStop( storedStops( demo.path(), walkId ).at( 2 ).fid );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-walks-stops.png" ) ) );

  walks->showRecordDialog();
  RecordWalkDialog *record = walks->recordDialog();
  REQUIRE( record );
  CHECK( guitest::saveScreenshot( record, QStringLiteral( "tryggkarta-walks-record.png" ) ) );
  record->reject();

  walks->showSuggestDialog();
  SuggestRouteDialog *suggest = walks->suggestDialog();
  REQUIRE( suggest );
  suggest->run();
  REQUIRE( suggest->waitUntilDone( 120000 ) );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  CHECK( guitest::saveScreenshot( suggest, QStringLiteral( "tryggkarta-walks-suggest.png" ) ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-walks-suggest-map.png" ) ) );
  suggest->reject();

  // Photos from the walk: the import dialog, and a photo's thumbnail in identify.
  const std::vector<WalkStop> stops = storedStops( demo.path(), walkId );
  QTemporaryDir photos;
  REQUIRE( photos.isValid() );
  const QString photo = photos.filePath( QStringLiteral( "IMG_0412.jpg" ) );
  testphotos::writeBytes(
    photo.toStdString(),
    testphotos::withTags( testphotos::makeJpeg( 640, 480 ),
                          testphotos::tagsAt( stops[0].x + 6, stops[0].y + 4, "2025:11:04 19:01:00" ) ) );
  {
    WalkImportDialog dialog( QString::fromStdString( walk.name ), &window );
    dialog.addPhotos( { photo } );
    dialog.setTrack( photos.filePath( QStringLiteral( "spar.gpx" ) ) );
    dialog.show();
    CHECK( guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-walks-import.png" ) ) );
  }
  WalkImportRequest request;
  request.walkId = walkId;
  request.photos = QStringList{ photo };
  REQUIRE( walks->importWalkFiles( request ).error.isEmpty() );
  window.map()->reloadLayers();
  zoomTo( window.mapCanvas(), stops[0].x + 6, stops[0].y + 4, 120 );
  window.map()->tools()->identifyTool()->identifyAndReport(
    pixelOf( window.mapCanvas(), stops[0].x + 6, stops[0].y + 4 ) );
  CHECK( guitest::saveScreenshot( &window, QStringLiteral( "tryggkarta-walks-identify-photo.png" ) ) );
}

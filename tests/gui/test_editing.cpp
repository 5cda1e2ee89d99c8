// Editing incidents and observations on the map of the demo project: the map tools, the forms, undo and redo,
// and the attribute table.

#include "attributetablepanel.h"
#include "edittools.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "importworker.h"
#include "incidentform.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "editingcontroller.h"
#include "importcontroller.h"
#include "multieditform.h"
#include "observationform.h"
#include "recordeditor.h"
#include "screenedtextedit.h"

#include "database.h"
#include "projectfile.h"
#include "recordedits.h"
#include "walkstore.h"

#include <catch2/catch.hpp>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsmaptopixel.h>
#include <qgsvectorlayer.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QListWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QDir>
#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <cmath>
#include <optional>

using tryggkarta::RecordId;
using tryggkarta::RecordTable;

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

QPoint pixelOf( QgsMapCanvas *canvas, const QgsPointXY &mapPoint )
{
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( mapPoint );
  return QPoint( qRound( pixel.x() ), qRound( pixel.y() ) );
}

//! A left click as the canvas hands it to a map tool (press and release).
void clickTool( QgsMapTool *tool, QgsMapCanvas *canvas, const QPoint &pixel,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier )
{
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, pixel, Qt::LeftButton, Qt::LeftButton,
                          modifiers );
  tool->canvasPressEvent( &press );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, pixel, Qt::LeftButton, Qt::NoButton,
                            modifiers );
  tool->canvasReleaseEvent( &release );
}

//! The project file's rows as the core reads them (every column), through a connection of the test's own.
std::vector<tryggkarta::RecordSnapshot> rowsInFile( const QString &path, const std::vector<RecordId> &ids )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  tryggkarta::RecordEdits reader( ( *project )->db() );
  auto rows = reader.snapshots( ids );
  INFO( ( rows.ok() ? std::string() : rows.error().text() ) );
  REQUIRE( rows.ok() );
  return *rows;
}

QString textInFile( const QString &path, const QString &sql )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  return QString::fromStdString( ( *project )->db().queryText( sql.toStdString(), "<null>" ) );
}

//! A value of a snapshot's column, as text (for comparisons that leave some columns out).
bool sameExcept( const tryggkarta::RecordSnapshot &a, const tryggkarta::RecordSnapshot &b,
                 const std::vector<std::string> &columns )
{
  if ( a.columns != b.columns )
    return false;
  for ( size_t i = 0; i < a.columns.size(); ++i )
    if ( std::find( columns.begin(), columns.end(), a.columns[i] ) == columns.end() &&
         !( a.values[i] == b.values[i] ) )
      return false;
  return true;
}

std::string columnText( const tryggkarta::RecordSnapshot &row, const std::string &column )
{
  for ( size_t i = 0; i < row.columns.size(); ++i )
    if ( row.columns[i] == column )
    {
      if ( const auto *text = std::get_if<std::string>( &row.values[i] ) )
        return *text;
      if ( const auto *number = std::get_if<double>( &row.values[i] ) )
        return std::to_string( *number );
      if ( const auto *integer = std::get_if<int64_t>( &row.values[i] ) )
        return std::to_string( *integer );
      return "<null>";
    }
  return "<missing>";
}

//! Incidents the map shows around the centre of the view, nearest first.
QList<QgsFeatureId> incidentsNearCentre( QgsVectorLayer *incidents, QgsMapCanvas *canvas, int count )
{
  const QgsPointXY centre = canvas->extent().center();
  QList<QPair<double, QgsFeatureId>> found;
  QgsFeatureIterator it = incidents->getFeatures( QgsFeatureRequest().setNoAttributes() );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    found << qMakePair( feature.geometry().asPoint().distance( centre ), feature.id() );
  std::sort( found.begin(), found.end() );
  QList<QgsFeatureId> ids;
  for ( int i = 0; i < count && i < found.size(); ++i )
    ids << found[i].second;
  return ids;
}

QgsPointXY positionOf( QgsVectorLayer *layer, QgsFeatureId fid )
{
  return layer->getFeature( fid ).geometry().asPoint();
}

void chooseData( QComboBox *combo, const QVariant &data )
{
  const int index = combo->findData( data );
  REQUIRE( index >= 0 );
  combo->setCurrentIndex( index );
}
} // namespace

TEST_CASE( "an incident added by clicking the map is saved there as entered, shown and counted, and undo and "
           "redo take it away and bring it back",
           "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const int64_t rowsBefore = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  const size_t filteredBefore = window.filter()->filteredIncidents().size();
  const long long shownBefore = incidents->featureCount();

  canvas->setMapTool( editor->addIncidentTool() );
  const QPoint pixel = pixelOf( canvas, canvas->extent().center() );
  const QgsPointXY clicked = canvas->getCoordinateTransform()->toMapCoordinates( pixel );
  clickTool( editor->addIncidentTool(), canvas, pixel );
  auto *form = qobject_cast<IncidentForm *>( editor->activeForm() );
  REQUIRE( form );
  CHECK( form->isVisible() );

  chooseData( form->findChild<QComboBox *>( QStringLiteral( "CategoryCombo" ) ),
              QStringLiteral( "glaskross" ) );
  form->findChild<QDateTimeEdit *>( QStringLiteral( "FromEdit" ) )
    ->setDateTime( QDateTime( QDate( 2026, 11, 20 ), QTime( 21, 30 ), Qt::UTC ) );
  // An organisation the project has not seen before.
  auto *organisationList =
    window.filter()->panel()->findChild<QListWidget *>( QStringLiteral( "OrganisationList" ) );
  REQUIRE( organisationList );
  REQUIRE(
    organisationList->findItems( QStringLiteral( "Kyrkans nattvandrare" ), Qt::MatchExactly ).isEmpty() );
  form->findChild<QComboBox *>( QStringLiteral( "OrganisationCombo" ) )
    ->setEditText( QStringLiteral( "Kyrkans nattvandrare" ) );
  auto *description = form->findChild<ScreenedTextEdit *>( QStringLiteral( "DescriptionEdit" ) );
  QTest::keyClicks( description->editor(), QStringLiteral( "Krossad ruta i busskuren" ) );
  // Enter saves.
  QTest::keyClick( description->editor(), Qt::Key_Return );
  INFO( form->findChild<QLabel *>( QStringLiteral( "FormError" ) )->text().toStdString() );
  REQUIRE( editor->activeForm() == nullptr );

  REQUIRE( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == rowsBefore + 1 );
  const qint64 fid =
    textInFile( demo.path(), QStringLiteral( "SELECT max(fid) FROM incidents" ) ).toLongLong();
  const tryggkarta::RecordSnapshot added =
    rowsInFile( demo.path(), { { RecordTable::Incidents, fid } } ).front();
  CHECK( columnText( added, "category" ) == "glaskross" );
  // 21:30 in Stockholm in November is 20:30 UTC.
  CHECK( columnText( added, "occurred_from" ) == "2026-11-20T20:30:00.000Z" );
  CHECK( columnText( added, "occurred_until" ) == "<null>" );
  CHECK( columnText( added, "organisation" ) == "Kyrkans nattvandrare" );
  CHECK( columnText( added, "description" ) == "Krossad ruta i busskuren" );
  CHECK( columnText( added, "source" ) == "manual" );
  REQUIRE( added.position() );
  CHECK( added.position()->first == Approx( clicked.x() ).margin( 1e-6 ) );
  CHECK( added.position()->second == Approx( clicked.y() ).margin( 1e-6 ) );

  // The map layer has it (selected, ready to move or edit), and the filter counts it.
  CHECK( incidents->getFeature( fid ).isValid() );
  CHECK( incidents->featureCount() == shownBefore + 1 );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ fid } );
  CHECK( window.filter()->filteredIncidents().size() == filteredBefore + 1 );
  // The new organisation is in the filter's list at once, ticked.
  const auto listed =
    organisationList->findItems( QStringLiteral( "Kyrkans nattvandrare" ), Qt::MatchExactly );
  REQUIRE( listed.size() == 1 );
  CHECK( listed.front()->checkState() == Qt::Checked );
  REQUIRE( editor->undoStack()->count() == 1 );

  editor->undoStack()->undo();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == rowsBefore );
  CHECK_FALSE( incidents->getFeature( fid ).isValid() );
  CHECK( incidents->featureCount() == shownBefore );
  CHECK( window.filter()->filteredIncidents().size() == filteredBefore );

  editor->undoStack()->redo();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == rowsBefore + 1 );
  CHECK( rowsInFile( demo.path(), { { RecordTable::Incidents, fid } } ).front() == added );
  CHECK( incidents->getFeature( fid ).isValid() );
  CHECK( window.filter()->filteredIncidents().size() == filteredBefore + 1 );

  SECTION( "opening a project starts a new undo history" )
  {
    guitest::DemoProject other;
    REQUIRE( other.isValid() );
    REQUIRE( window.projects()->open( other.path() ).isEmpty() );
    CHECK( editor->undoStack()->count() == 0 );
    CHECK( editor->canEdit() );
  }
}

TEST_CASE( "a personnummer typed in the description is pointed out at once and redacted when saved",
           "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();
  canvas->setMapTool( editor->addIncidentTool() );
  clickTool( editor->addIncidentTool(), canvas, pixelOf( canvas, canvas->extent().center() ) );
  auto *form = qobject_cast<IncidentForm *>( editor->activeForm() );
  REQUIRE( form );
  chooseData( form->findChild<QComboBox *>( QStringLiteral( "CategoryCombo" ) ),
              QStringLiteral( "brak_hot" ) );
  auto *description = form->findChild<ScreenedTextEdit *>( QStringLiteral( "DescriptionEdit" ) );
  auto *warning = description->findChild<QLabel *>( QStringLiteral( "ScreeningWarning" ) );
  auto *keep = form->findChild<QCheckBox *>( QStringLiteral( "KeepPersonalDataCheck" ) );
  REQUIRE( warning );
  REQUIRE( keep );

  QTest::keyClicks( description->editor(), QStringLiteral( "Brak vid porten, " ) );
  CHECK( warning->isHidden() );
  CHECK( keep->isHidden() );
  // 811218-9876 has a valid check digit; 811218-9875 would not.
  QTest::keyClicks( description->editor(), QStringLiteral( "811218-9876 sades" ) );
  CHECK( warning->isVisible() );
  CHECK(
    warning->text().contains( ScreenedTextEdit::kindLabel( tryggkarta::PersonalDataKind::Personnummer ) ) );
  CHECK( keep->isVisible() );
  CHECK_FALSE( keep->isChecked() );

  form->findChild<QDialogButtonBox *>()->button( QDialogButtonBox::Save )->click();
  REQUIRE( editor->activeForm() == nullptr );
  const QString where = QStringLiteral( " FROM incidents WHERE fid = (SELECT max(fid) FROM incidents)" );
  const QString saved = textInFile( demo.path(), QStringLiteral( "SELECT description" ) + where );
  CHECK_FALSE( saved.contains( QStringLiteral( "811218" ) ) );
  CHECK( saved.startsWith( QStringLiteral( "Brak vid porten, " ) ) );
  CHECK( textInFile( demo.path(), QStringLiteral( "SELECT screening_flags" ) + where ) ==
         QStringLiteral( "personnummer" ) );
}

TEST_CASE( "an incident edited in its form and moved by dragging can be undone step by step", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  // Close enough that a point is picked by a click.
  const QgsPointXY centre = canvas->extent().center();
  canvas->setExtent( QgsRectangle( centre.x() - 600, centre.y() - 400, centre.x() + 600, centre.y() + 400 ) );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
  const QList<QgsFeatureId> near = incidentsNearCentre( incidents, canvas, 1 );
  REQUIRE( near.size() == 1 );
  const QgsFeatureId fid = near.front();
  const RecordId id{ RecordTable::Incidents, fid };
  const tryggkarta::RecordSnapshot original = rowsInFile( demo.path(), { id } ).front();
  const QgsPointXY start = positionOf( incidents, fid );

  SelectTool *select = editor->selectTool();
  canvas->setMapTool( select );
  const QPoint pixel = pixelOf( canvas, start );
  clickTool( select, canvas, pixel );
  REQUIRE( incidents->selectedFeatureIds().contains( fid ) );
  // Another point may lie within the click's reach: keep only ours.
  incidents->selectByIds( { fid } );

  editor->editSelected();
  auto *form = qobject_cast<IncidentForm *>( editor->activeForm() );
  REQUIRE( form );
  auto *weight = form->findChild<QDoubleSpinBox *>( QStringLiteral( "WeightSpin" ) );
  CHECK( weight->value() == Approx( std::stod( columnText( original, "weight" ) ) ) );
  weight->setValue( 7 );
  form->accept();
  REQUIRE( editor->activeForm() == nullptr );
  const tryggkarta::RecordSnapshot edited = rowsInFile( demo.path(), { id } ).front();
  CHECK( columnText( edited, "weight" ) == std::to_string( 7.0 ) );
  CHECK( sameExcept( edited, original, { "weight", "updated_at" } ) );
  CHECK( incidents->getFeature( fid ).attribute( QStringLiteral( "weight" ) ).toDouble() == 7 );

  // Drag the selected point 40 pixels to the right.
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, pixel, Qt::LeftButton, Qt::LeftButton );
  select->canvasPressEvent( &press );
  const QPoint target = pixel + QPoint( 40, 0 );
  QgsMapMouseEvent move( canvas, QEvent::MouseMove, pixel + QPoint( 20, 0 ), Qt::NoButton, Qt::LeftButton );
  select->canvasMoveEvent( &move );
  QgsMapMouseEvent moveMore( canvas, QEvent::MouseMove, target, Qt::NoButton, Qt::LeftButton );
  select->canvasMoveEvent( &moveMore );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, target, Qt::LeftButton, Qt::NoButton );
  select->canvasReleaseEvent( &release );
  const double dx = canvas->getCoordinateTransform()->toMapCoordinates( target ).x() -
                    canvas->getCoordinateTransform()->toMapCoordinates( pixel ).x();
  REQUIRE( dx > 0 );
  const QgsPointXY moved = positionOf( incidents, fid );
  CHECK( moved.x() == Approx( start.x() + dx ).margin( 1e-6 ) );
  CHECK( moved.y() == Approx( start.y() ).margin( 1e-6 ) );
  const tryggkarta::RecordSnapshot afterMove = rowsInFile( demo.path(), { id } ).front();
  CHECK( sameExcept( afterMove, edited, { "geom", "updated_at" } ) );
  // The moved point stays selected.
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ fid } );
  REQUIRE( editor->undoStack()->count() == 2 );
  // The heatmap's copy of the incidents (updated for the edited fid only) has the new weight and place, and
  // still lists every incident once, in fid order.
  auto inHeatmap = [&window]( QgsFeatureId wanted )
  {
    const auto &all = window.filter()->heatmap()->incidents();
    REQUIRE( std::is_sorted( all.begin(), all.end(),
                             []( const auto &a, const auto &b ) { return a.fid < b.fid; } ) );
    const auto it =
      std::find_if( all.begin(), all.end(), [wanted]( const auto &i ) { return i.fid == wanted; } );
    REQUIRE( it != all.end() );
    REQUIRE( std::count_if( all.begin(), all.end(), [wanted]( const auto &i ) { return i.fid == wanted; } ) ==
             1 );
    return *it;
  };
  CHECK( inHeatmap( fid ).weight == 7 );
  CHECK( inHeatmap( fid ).x == Approx( start.x() + dx ).margin( 1e-6 ) );
  CHECK( window.filter()->heatmap()->incidents().size() ==
         static_cast<size_t>( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) ) );

  editor->undoStack()->undo(); // the move
  CHECK( rowsInFile( demo.path(), { id } ).front() == edited );
  CHECK( positionOf( incidents, fid ) == start );
  CHECK( inHeatmap( fid ).x == Approx( start.x() ).margin( 1e-6 ) );
  editor->undoStack()->undo(); // the edit
  CHECK( rowsInFile( demo.path(), { id } ).front() == original );
  CHECK( inHeatmap( fid ).weight == Approx( std::stod( columnText( original, "weight" ) ) ) );
  editor->undoStack()->redo();
  editor->undoStack()->redo();
  CHECK( rowsInFile( demo.path(), { id } ).front() == afterMove );
}

TEST_CASE(
  "the select tool picks a point by a click, adds with Shift, toggles with Ctrl and takes a rectangle",
  "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations = window.map()->layerForTable( QStringLiteral( "observations" ) );
  // Street level, so that each click reaches one point.
  const QgsPointXY centre = canvas->extent().center();
  canvas->setExtent( QgsRectangle( centre.x() - 300, centre.y() - 200, centre.x() + 300, centre.y() + 200 ) );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
  // Two incidents the map shows, far enough apart that a click reaches only one.
  QList<QgsFeatureId> apart;
  QgsFeatureIterator it = incidents->getFeatures( QgsFeatureRequest().setFilterRect( canvas->extent() ) );
  QgsFeature feature;
  const double reach = 3 * QgsMapTool::searchRadiusMU( canvas );
  while ( apart.size() < 2 && it.nextFeature( feature ) )
  {
    const QgsPointXY point = feature.geometry().asPoint();
    bool alone = true;
    QgsFeatureIterator near = incidents->getFeatures( QgsFeatureRequest().setFilterRect(
      QgsRectangle( point.x() - reach, point.y() - reach, point.x() + reach, point.y() + reach ) ) );
    QgsFeature other;
    while ( near.nextFeature( other ) )
      alone = alone && other.id() == feature.id();
    if ( alone && !apart.isEmpty() && positionOf( incidents, apart.front() ).distance( point ) < reach )
      alone = false;
    if ( alone )
      apart << feature.id();
  }
  REQUIRE( apart.size() == 2 );
  SelectTool *select = editor->selectTool();
  canvas->setMapTool( select );
  const QPoint first = pixelOf( canvas, positionOf( incidents, apart[0] ) );
  const QPoint second = pixelOf( canvas, positionOf( incidents, apart[1] ) );

  clickTool( select, canvas, first );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ apart[0] } );
  clickTool( select, canvas, second, Qt::ShiftModifier );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ apart[0], apart[1] } );
  clickTool( select, canvas, first, Qt::ControlModifier );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ apart[1] } );
  clickTool( select, canvas, second ); // a plain click on the selected point keeps just it
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ apart[1] } );

  // A rectangle takes every incident and observation the map shows inside it.
  const QgsRectangle box( centre.x() - 150, centre.y() - 100, centre.x() + 150, centre.y() + 100 );
  auto inside = []( QgsVectorLayer *layer, const QgsRectangle &rectangle )
  {
    QgsFeatureIds ids;
    QgsFeatureIterator found =
      layer->getFeatures( QgsFeatureRequest().setFilterRect( rectangle ).setNoAttributes() );
    QgsFeature f;
    while ( found.nextFeature( f ) )
      ids.insert( f.id() );
    return ids;
  };
  const QgsFeatureIds expected = inside( incidents, box );
  REQUIRE( expected.size() > 1 );
  const QPoint from = pixelOf( canvas, QgsPointXY( box.xMinimum(), box.yMaximum() ) );
  const QPoint to = pixelOf( canvas, QgsPointXY( box.xMaximum(), box.yMinimum() ) );
  QgsMapMouseEvent press( canvas, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton );
  select->canvasPressEvent( &press );
  QgsMapMouseEvent drag( canvas, QEvent::MouseMove, to, Qt::NoButton, Qt::LeftButton );
  select->canvasMoveEvent( &drag );
  QgsMapMouseEvent release( canvas, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton );
  select->canvasReleaseEvent( &release );
  const QgsRectangle dragged( canvas->getCoordinateTransform()->toMapCoordinates( from ),
                              canvas->getCoordinateTransform()->toMapCoordinates( to ) );
  CHECK( incidents->selectedFeatureIds() == inside( incidents, dragged ) );
  CHECK( observations->selectedFeatureIds() == inside( observations, dragged ) );
  CHECK( editor->selectedRecords().size() == static_cast<size_t>( inside( incidents, dragged ).size() +
                                                                  inside( observations, dragged ).size() ) );

  // Esc clears the selection.
  QKeyEvent escape( QEvent::KeyPress, Qt::Key_Escape, Qt::NoModifier );
  select->keyPressEvent( &escape );
  CHECK( editor->selectedRecords().empty() );
}

TEST_CASE( "a multi-edit of three incidents changes only the field that was touched, as one undo step",
           "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const QList<QgsFeatureId> three = incidentsNearCentre( incidents, window.mapCanvas(), 3 );
  REQUIRE( three.size() == 3 );
  std::vector<RecordId> ids;
  for ( QgsFeatureId fid : three )
    ids.push_back( { RecordTable::Incidents, fid } );
  const auto before = rowsInFile( demo.path(), ids );
  incidents->selectByIds( qgis::listToSet( three ) );

  editor->editSelected();
  auto *form = qobject_cast<MultiEditForm *>( editor->activeForm() );
  REQUIRE( form );
  auto *organisation = form->findChild<QComboBox *>( QStringLiteral( "OrganisationCombo" ) );
  QTest::keyClicks( organisation->lineEdit(), QStringLiteral( "Skolan" ) );
  // Typing ticked the field; the others stay unticked and unchanged.
  CHECK( form->findChild<QCheckBox *>( QStringLiteral( "ChangeOrganisationCheck" ) )->isChecked() );
  CHECK_FALSE( form->findChild<QCheckBox *>( QStringLiteral( "ChangeCategoryCheck" ) )->isChecked() );
  form->accept();
  REQUIRE( editor->activeForm() == nullptr );

  const auto after = rowsInFile( demo.path(), ids );
  for ( size_t i = 0; i < after.size(); ++i )
  {
    CHECK( columnText( after[i], "organisation" ) == "Skolan" );
    CHECK( sameExcept( after[i], before[i], { "organisation", "updated_at" } ) );
  }
  REQUIRE( editor->undoStack()->count() == 1 );
  editor->undoStack()->undo();
  CHECK( rowsInFile( demo.path(), ids ) == before );
}

TEST_CASE( "deleting selected incidents asks first, and undo restores the rows exactly", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const QList<QgsFeatureId> two = incidentsNearCentre( incidents, window.mapCanvas(), 2 );
  REQUIRE( two.size() == 2 );
  const std::vector<RecordId> ids = { { RecordTable::Incidents, two[0] },
                                      { RecordTable::Incidents, two[1] } };
  const auto before = rowsInFile( demo.path(), ids );
  const int64_t rowsBefore = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  const size_t filteredBefore = window.filter()->filteredIncidents().size();
  incidents->selectByIds( qgis::listToSet( two ) );

  bool asked = false;
  QTimer::singleShot( 0,
                      [&asked]
                      {
                        auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() );
                        if ( !box )
                          return;
                        asked = true;
                        box->button( QMessageBox::Yes )->click();
                      } );
  editor->deleteSelected( true );
  CHECK( asked );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == rowsBefore - 2 );
  CHECK_FALSE( incidents->getFeature( two[0] ).isValid() );
  CHECK( incidents->selectedFeatureCount() == 0 );
  CHECK( window.filter()->filteredIncidents().size() == filteredBefore - 2 );

  editor->undoStack()->undo();
  CHECK( rowsInFile( demo.path(), ids ) == before );
  CHECK( incidents->getFeature( two[1] ).isValid() );
  CHECK( window.filter()->filteredIncidents().size() == filteredBefore );
}

TEST_CASE( "an observation is added on a safety walk and checklist item chosen in its form", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();
  const int64_t before = guitest::countRows( demo.path(), QStringLiteral( "observations" ) );
  canvas->setMapTool( editor->addObservationTool() );
  clickTool( editor->addObservationTool(), canvas, pixelOf( canvas, canvas->extent().center() ) );
  auto *form = qobject_cast<ObservationForm *>( editor->activeForm() );
  REQUIRE( form );
  auto *item = form->findChild<QComboBox *>( QStringLiteral( "ChecklistCombo" ) );
  // A new observation must say what it is about.
  CHECK( item->currentIndex() < 0 );
  form->accept();
  CHECK( form->findChild<QLabel *>( QStringLiteral( "FormError" ) )->isVisible() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ) ) == before );

  chooseData( item, QStringLiteral( "belysning" ) );
  chooseData( form->findChild<QComboBox *>( QStringLiteral( "RatingCombo" ) ), 1 );
  const qlonglong walk =
    form->findChild<QComboBox *>( QStringLiteral( "WalkCombo" ) )->currentData().toLongLong();
  form->accept();
  REQUIRE( editor->activeForm() == nullptr );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ) ) == before + 1 );
  CHECK(
    textInFile( demo.path(), QStringLiteral( "SELECT walk_id || '|' || checklist_item || '|' || rating FROM "
                                             "observations ORDER BY fid DESC LIMIT 1" ) ) ==
    QStringLiteral( "%1|belysning|1" ).arg( walk ) );
  editor->undoStack()->undo();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ) ) == before );
}

TEST_CASE( "an observation placed far from its walk's route is saved and the window says so", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  // The demo's first walk and its route, and a place 500 m beyond its easternmost point.
  double east = 0, north = 0;
  std::optional<double> farDistance, nearDistance;
  tryggkarta::ObservationRecord record;
  {
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
    REQUIRE( project.ok() );
    tryggkarta::WalkStore walks( ( *project )->db() );
    auto walk = walks.load( 1 );
    REQUIRE( walk.ok() );
    REQUIRE( !walk->route.empty() );
    for ( const tryggkarta::WalkPoint &point : walk->route )
      if ( east == 0 || point.x + 500 > east )
      {
        east = point.x + 500;
        north = point.y;
      }
    farDistance = tryggkarta::distanceToWalkRoute( ( *project )->db(), 1, east, north );
    auto stops = walks.stops( 1 );
    REQUIRE( stops.ok() );
    REQUIRE( !stops->empty() );
    record.x = stops->front().x;
    record.y = stops->front().y;
    nearDistance = tryggkarta::distanceToWalkRoute( ( *project )->db(), 1, record.x, record.y );
  }
  REQUIRE( farDistance );
  REQUIRE( *farDistance >= 500 );
  REQUIRE( nearDistance );
  REQUIRE( *nearDistance <= tryggkarta::kObservationRouteToleranceMeters );
  record.walkId = 1;
  record.checklistItem = "belysning";
  record.rating = 1;
  auto notes = [&window]
  {
    QList<QMessageBox *> shown;
    for ( QMessageBox *box : window.findChildren<QMessageBox *>( QStringLiteral( "EditNoteBox" ) ) )
      if ( box->isVisible() )
        shown << box;
    return shown;
  };

  // Near the route: saved, nothing said.
  const int64_t before = guitest::countRows( demo.path(), QStringLiteral( "observations" ) );
  CHECK( editor->addObservation( record, false ).isEmpty() );
  CHECK( notes().isEmpty() );
  const qint64 nearFid =
    textInFile( demo.path(), QStringLiteral( "SELECT max(fid) FROM observations" ) ).toLongLong();

  // Far from it: saved all the same, and a box says how far, with the tolerance.
  record.x = east;
  record.y = north;
  CHECK( editor->addObservation( record, false ).isEmpty() );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "observations" ) ) == before + 2 );
  REQUIRE( notes().size() == 1 );
  const QString text = notes().first()->text();
  INFO( text.toStdString() );
  CHECK( text.contains( QString::number( std::llround( *farDistance ) ) ) );
  CHECK( text.contains( QStringLiteral( "150" ) ) );
  notes().first()->accept();
  CHECK( guitest::waitFor( [&] { return notes().isEmpty(); } ) );

  // Moving the near one far away says it too; undo puts it back.
  const QgsPointXY nearAt =
    positionOf( window.map()->layerForTable( QStringLiteral( "observations" ) ), nearFid );
  CHECK( editor->moveRecords( { { { RecordTable::Observations, nearFid }, east, north + 50 } } ).isEmpty() );
  REQUIRE( notes().size() == 1 );
  notes().first()->accept();
  CHECK( guitest::waitFor( [&] { return notes().isEmpty(); } ) );
  editor->undoStack()->undo();
  CHECK( positionOf( window.map()->layerForTable( QStringLiteral( "observations" ) ), nearFid ) == nearAt );
  CHECK( notes().isEmpty() );
}

TEST_CASE( "no edits while an import writes the project", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  RecordEditor *editor = window.editing()->editor();
  REQUIRE( editor->canEdit() );
  const QString csv =
    guitest::writeTextFile( demo.file( QStringLiteral( "v.csv" ) ),
                            QStringLiteral( "datum;kategori;x;y\n2026-11-20;Klotter;449800;6575200\n" ) );
  bool finished = false;
  QObject::connect( window.imports(), &ImportController::finished, [&finished] { finished = true; } );
  REQUIRE( window.imports()->start( csv, tryggkarta::ImportOptions(), false ) );
  CHECK_FALSE( editor->canEdit() );
  CHECK( editor->addIncident( tryggkarta::IncidentRecord(), false ).size() > 0 );
  REQUIRE( guitest::waitFor( [&finished] { return finished; }, 60000 ) );
  CHECK( editor->canEdit() );
}

TEST_CASE(
  "the attribute table searches and sorts, follows the map's filter and zooms to a double-clicked row",
  "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  window.editing()->attributeTableDock()->show();
  AttributeTablePanel *table = window.editing()->attributeTable();
  const int64_t all = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  REQUIRE( guitest::waitFor( [&] { return table->totalRows() == all; } ) );
  table->setOnlyMapFilter( false );
  CHECK( table->shownRows() == all );

  // The search finds category labels, not only stored codes.
  table->setSearchText( QStringLiteral( "glaskross" ) );
  const int64_t glass = guitest::countRows(
    demo.path(), QStringLiteral( "incidents" ),
    QStringLiteral( "category = 'glaskross' OR description LIKE '%glaskross%' OR organisation "
                    "LIKE '%glaskross%'" ) );
  CHECK( table->shownRows() == glass );
  CHECK( table->shownRows() < all );

  // Sorting by the count puts the largest first.
  const int weightField = incidents->fields().indexOf( QStringLiteral( "weight" ) );
  const int weightColumn = table->model()->columnOf( QStringLiteral( "weight" ) );
  REQUIRE( weightColumn >= 0 );
  table->view()->sortByColumn( weightColumn, Qt::DescendingOrder );
  const double largest =
    textInFile( demo.path(),
                QStringLiteral( "SELECT max(weight) FROM incidents WHERE category = 'glaskross'" ) )
      .toDouble();
  const double smallest =
    textInFile( demo.path(),
                QStringLiteral( "SELECT min(weight) FROM incidents WHERE category = 'glaskross'" ) )
      .toDouble();
  REQUIRE( largest > smallest );
  CHECK( incidents->getFeature( table->fidAt( 0 ) ).attribute( weightField ).toDouble() == largest );
  CHECK(
    incidents->getFeature( table->fidAt( table->shownRows() - 1 ) ).attribute( weightField ).toDouble() ==
    smallest );

  // Only what the map's filter shows: the last month.
  table->setSearchText( QString() );
  table->setOnlyMapFilter( true );
  window.filter()->panel()->applyPreset( FilterPanel::Preset::LastMonth );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  const int month = static_cast<int>( window.filter()->filteredIncidents().size() );
  REQUIRE( month < all );
  CHECK( guitest::waitFor( [&] { return table->shownRows() == month; } ) );

  // The selection is the map's: rows picked here are selected there, and the other way round.
  QTableView *view = table->view();
  AttributeTableModel *model = table->model();
  view->selectRow( 1 );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ table->fidAt( 1 ) } );
  incidents->selectByIds( { table->fidAt( 3 ), table->fidAt( 4 ) } );
  const QModelIndexList picked = view->selectionModel()->selectedRows();
  REQUIRE( picked.size() == 2 );
  CHECK( picked[0].row() + picked[1].row() == 7 );

  // A double-click on a row zooms the map to it and selects it.
  const QgsFeatureId first = table->fidAt( 0 );
  QgsMapCanvas *canvas = window.mapCanvas();
  canvas->setExtent( QgsRectangle( 430000, 6560000, 470000, 6590000 ) );
  const QRect cell = view->visualRect( model->index( 0, 1 ) );
  REQUIRE( cell.isValid() );
  // A double-click comes after a first click on the same cell.
  QTest::mouseClick( view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center() );
  QTest::mouseDClick( view->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center() );
  const QgsPointXY point = positionOf( incidents, first );
  CHECK( canvas->extent().contains( point ) );
  CHECK( canvas->extent().width() < 2000 );
  CHECK( incidents->selectedFeatureIds() == QgsFeatureIds{ first } );

  SECTION( "an edit shows in the table" )
  {
    const int before = table->totalRows();
    window.editing()->editor()->deleteSelected( false );
    CHECK( guitest::waitFor( [&] { return table->totalRows() == before - 1; } ) );
    CHECK( guitest::waitFor( [&] { return table->shownRows() == month - 1; } ) );
  }
}

TEST_CASE( "the attribute table shows the personal data found in Swedish words and finds them", "[editing]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString incident =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(fid) FROM incidents" ) );
  const QString observation =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(fid) FROM observations" ) );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE incidents SET screening_flags = 'personnummer,phone,email,"
                                    "car_registration' WHERE fid = %1" )
                      .arg( incident ) );
  guitest::execSql(
    demo.path(),
    QStringLiteral( "UPDATE observations SET screening_flags = 'phone' WHERE fid = %1" ).arg( observation ) );
  MainWindow window;
  openDemo( window, demo );
  window.editing()->attributeTableDock()->show();
  AttributeTablePanel *table = window.editing()->attributeTable();
  const int64_t all = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  REQUIRE( guitest::waitFor( [&] { return table->totalRows() == all; } ) );
  table->setOnlyMapFilter( false );
  AttributeTableModel *model = table->model();
  const int column = model->columnOf( QStringLiteral( "screening_flags" ) );
  REQUIRE( column >= 0 );
  const int row = model->rowOf( incident.toLongLong() );
  REQUIRE( row >= 0 );
  CHECK( model->data( model->index( row, column ) ).toString() ==
         QStringLiteral( "personnummer, telefonnummer, e-postadress, registreringsnummer" ) );
  // The same words everywhere they are shown: one function gives them.
  CHECK( model->data( model->index( row, column ) ).toString() ==
         ScreenedTextEdit::flagsText( QStringLiteral( "personnummer,phone,email,car_registration" ) ) );
  CHECK( ScreenedTextEdit::flagsText( QStringLiteral( "phone,phone" ) ) ==
         QStringLiteral( "telefonnummer" ) );
  CHECK( ScreenedTextEdit::flagsText( QStringLiteral( "somethingnew" ) ) ==
         QStringLiteral( "somethingnew" ) );
  CHECK( ScreenedTextEdit::flagsText( QString() ).isEmpty() );
  // Searching for the Swedish word finds the row (the stored codes are English).
  table->setSearchText( QStringLiteral( "e-postadress" ) );
  CHECK( guitest::waitFor( [&] { return table->shownRows() == 1; } ) );
  CHECK( table->fidAt( 0 ) == incident.toLongLong() );

  table->showTable( RecordTable::Observations );
  const int64_t observations = guitest::countRows( demo.path(), QStringLiteral( "observations" ) );
  REQUIRE( guitest::waitFor( [&] { return table->totalRows() == observations; } ) );
  table->setSearchText( QString() );
  const int observationRow = model->rowOf( observation.toLongLong() );
  REQUIRE( observationRow >= 0 );
  CHECK( model->data( model->index( observationRow, model->columnOf( QStringLiteral( "screening_flags" ) ) ) )
           .toString() == QStringLiteral( "telefonnummer" ) );
}

// Screenshots for review (hidden from normal runs): run under Xvfb with TRYGGKARTA_SCREENSHOT_DIR set, e.g.
//   TRYGGKARTA_SCREENSHOT_DIR=/tmp/shots xvfb-run -a -s "-screen 0 1600x1000x24"
//   tests/gui/tryggkarta_gui_tests "[screenshot]"
TEST_CASE( "screenshots of the edit forms and the attribute table", "[.][screenshot]" )
{
  REQUIRE( !guitest::screenshotDir().isEmpty() ); // run by its ctest entry under Xvfb
  const auto save = guitest::saveScreenshot;
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1500, 920 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  RecordEditor *editor = window.editing()->editor();
  QgsMapCanvas *canvas = window.mapCanvas();

  canvas->setMapTool( editor->addIncidentTool() );
  clickTool( editor->addIncidentTool(), canvas, pixelOf( canvas, canvas->extent().center() ) );
  auto *form = qobject_cast<IncidentForm *>( editor->activeForm() );
  REQUIRE( form );
  chooseData( form->findChild<QComboBox *>( QStringLiteral( "CategoryCombo" ) ),
              QStringLiteral( "brak_hot" ) );
  form->findChild<QRadioButton *>( QStringLiteral( "IntervalRadio" ) )->setChecked( true );
  form->findChild<QDateTimeEdit *>( QStringLiteral( "UntilEdit" ) )
    ->setDateTime(
      form->findChild<QDateTimeEdit *>( QStringLiteral( "FromEdit" ) )->dateTime().addSecs( 3 * 3600 ) );
  QTest::keyClicks( form->findChild<ScreenedTextEdit *>( QStringLiteral( "DescriptionEdit" ) )->editor(),
                    QStringLiteral( "Brak vid porten, ring 070-123 45 67 eller 811218-9876" ) );
  CHECK( save( form, QStringLiteral( "tryggkarta-incident-form.png" ) ) );
  auto *category = form->findChild<QComboBox *>( QStringLiteral( "CategoryCombo" ) );
  category->showPopup();
  CHECK( save( category->view()->window(), QStringLiteral( "tryggkarta-incident-categories.png" ) ) );
  category->hidePopup();
  form->reject();

  canvas->setMapTool( editor->addObservationTool() );
  clickTool( editor->addObservationTool(), canvas, pixelOf( canvas, canvas->extent().center() ) );
  auto *observation = qobject_cast<ObservationForm *>( editor->activeForm() );
  REQUIRE( observation );
  chooseData( observation->findChild<QComboBox *>( QStringLiteral( "ChecklistCombo" ) ),
              QStringLiteral( "belysning" ) );
  observation->accept(); // saved: the screenshot of the table shows it
  canvas->setMapTool( editor->addObservationTool() );
  clickTool( editor->addObservationTool(), canvas, pixelOf( canvas, canvas->extent().center() ) );
  observation = qobject_cast<ObservationForm *>( editor->activeForm() );
  REQUIRE( observation );
  CHECK( save( observation, QStringLiteral( "tryggkarta-observation-form.png" ) ) );
  observation->reject();

  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  const QList<QgsFeatureId> near = incidentsNearCentre( incidents, canvas, 3 );
  incidents->selectByIds( qgis::listToSet( near ) );
  editor->editSelected();
  auto *multi = qobject_cast<MultiEditForm *>( editor->activeForm() );
  REQUIRE( multi );
  QTest::keyClicks( multi->findChild<QComboBox *>( QStringLiteral( "OrganisationCombo" ) )->lineEdit(),
                    QStringLiteral( "Skolan" ) );
  CHECK( save( multi, QStringLiteral( "tryggkarta-multi-edit.png" ) ) );
  multi->reject();

  window.editing()->attributeTableDock()->show();
  AttributeTablePanel *table = window.editing()->attributeTable();
  REQUIRE( guitest::waitFor( [&] { return table->totalRows() > 0; } ) );
  const QRect cell = table->view()->visualRect( table->model()->index( 2, 1 ) );
  QTest::mouseClick( table->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center() );
  QTest::mouseDClick( table->view()->viewport(), Qt::LeftButton, Qt::NoModifier, cell.center() );
  REQUIRE( guitest::waitForCanvasRender( canvas ) );
  guitest::waitFor( [] { return false; }, 1500 ); // the flash of the row's point is over
  CHECK( save( &window, QStringLiteral( "tryggkarta-attribute-table.png" ) ) );
  table->showTable( RecordTable::Observations );
  REQUIRE( guitest::waitFor( [&] { return table->totalRows() > 0; } ) );
  CHECK( save( window.editing()->attributeTableDock(),
               QStringLiteral( "tryggkarta-attribute-table-observations.png" ) ) );
}

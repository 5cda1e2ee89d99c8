// The actions room on the demo project: an action made from a walk's observation in the list and on the map,
// status changes with the reason a rejection needs and the history they leave, several actions changed in one
// undo step, and the list's filters against counts made with SQL; and screenshots of the room for review.

#include "actioneditor.h"
#include "actionform.h"
#include "actionlayers.h"
#include "actionlistmodel.h"
#include "actionscontroller.h"
#include "actionspanel.h"
#include "editingcontroller.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "followuppanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "multiactiondialog.h"
#include "prioritiespanel.h"
#include "priorityform.h"
#include "projectcontroller.h"
#include "recordeditor.h"
#include "recordwalkdialog.h"
#include "statuschangedialog.h"
#include "walkscontroller.h"

#include <catch2/catch.hpp>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QSet>
#include <QUndoStack>

namespace
{
void openDemo( MainWindow &window, const guitest::DemoProject &demo )
{
  window.resize( 1400, 900 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  window.filter()->panel()->applyPreset( FilterPanel::Preset::AllDates );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
}

QString sqlToday( ActionsController *actions )
{
  return QString::fromStdString( actions->editor()->today() );
}

//! The fids the actions layer draws.
QSet<qint64> layerFids( QgsVectorLayer *layer )
{
  QSet<qint64> fids;
  QgsFeatureIterator it = layer->getFeatures();
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    fids.insert( feature.attribute( QStringLiteral( "fid" ) ).toLongLong() );
  return fids;
}

//! Selects rows of the list by their actions' fids.
void selectInList( ActionsController *actions, const std::vector<qint64> &fids )
{
  actions->panel()->selectActions( fids );
  REQUIRE( actions->panel()->selectedActions().size() == fids.size() );
}
} // namespace

TEST_CASE( "an action made from a walk observation appears in the action list and on the actions layer",
           "[actions]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  // An observation that proposes something and has no action yet.
  const QString observation = guitest::queryText(
    demo.path(),
    QStringLiteral( "SELECT fid FROM observations WHERE draft = 0 AND fid NOT IN (SELECT "
                    "observation_id FROM actions WHERE observation_id IS NOT NULL) ORDER BY fid LIMIT 1" ) );
  REQUIRE( !observation.isEmpty() );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE observations SET proposed_action = 'Beskär buskaget vid "
                                    "gångtunneln', responsible = 'Gatukontoret' WHERE fid = %1" )
                      .arg( observation ) );
  MainWindow window;
  openDemo( window, demo );
  ActionsController *actions = window.actions();
  const int before = actions->panel()->model()->rowCount();
  CHECK( before == guitest::countRows( demo.path(), QStringLiteral( "actions" ) ) );

  // The walks room's "make an action", as the identify panel and the record dialog call it.
  REQUIRE(
    RecordWalkDialog::createAction( window.walks()->editor(), observation.toLongLong(), &window ).isEmpty() );
  const QString actionFid = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT fid FROM actions WHERE observation_id = %1" ).arg( observation ) );
  REQUIRE( !actionFid.isEmpty() );

  // In the list, selected; on the map.
  CHECK( actions->panel()->model()->rowCount() == before + 1 );
  const int row = actions->panel()->model()->rowOf( actionFid.toLongLong() );
  REQUIRE( row >= 0 );
  CHECK( actions->panel()->model()->actionAt( row )->title == "Beskär buskaget vid gångtunneln" );
  CHECK( actions->panel()->currentAction() == actionFid.toLongLong() );
  QgsVectorLayer *layer = actions->layers()->actionsLayer();
  REQUIRE( layer );
  CHECK( layerFids( layer ).contains( actionFid.toLongLong() ) );
  CHECK( window.project()->mapLayer( layer->id() ) == layer );

  // Undo takes it away from the file, the list and the map.
  window.editing()->editor()->undoStack()->undo();
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "actions" ),
                             QStringLiteral( "observation_id = %1" ).arg( observation ) ) == 0 );
  CHECK( actions->panel()->model()->rowCount() == before );
  CHECK_FALSE( layerFids( layer ).contains( actionFid.toLongLong() ) );
}

TEST_CASE( "rejecting an action is refused without a reason and stored with one, in the status history",
           "[actions]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  ActionsController *actions = window.actions();
  const QString fid = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT fid FROM actions WHERE status = 'proposed' ORDER BY fid LIMIT 1" ) );
  REQUIRE( !fid.isEmpty() );
  actions->showAction( fid.toLongLong() );
  REQUIRE( actions->panel()->currentAction() == fid.toLongLong() );
  const int historyBefore = actions->panel()->historyTree()->topLevelItemCount();
  const auto stored = [&]( const QString &column )
  {
    return guitest::queryText( demo.path(),
                               QStringLiteral( "SELECT %1 FROM actions WHERE fid = %2" ).arg( column, fid ) );
  };

  StatusChangeDialog *dialog = actions->changeStatusOfSelected( "rejected" );
  REQUIRE( dialog );
  REQUIRE( dialog->reasonEdit()->isVisibleTo( dialog ) );
  dialog->tryApply();
  CHECK_FALSE( dialog->errorText().isEmpty() );
  CHECK( dialog->isVisible() );
  CHECK( stored( QStringLiteral( "status" ) ) == QLatin1String( "proposed" ) );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "action_status_history" ),
                             QStringLiteral( "action_id = %1" ).arg( fid ) ) == historyBefore );

  dialog->reasonEdit()->setText( QStringLiteral( "Fastighetsägaren åtgärdar själv" ) );
  dialog->tryApply();
  CHECK( dialog->result() == QDialog::Accepted );
  CHECK( stored( QStringLiteral( "status" ) ) == QLatin1String( "rejected" ) );
  CHECK( stored( QStringLiteral( "rejection_reason" ) ) ==
         QStringLiteral( "Fastighetsägaren åtgärdar själv" ) );
  CHECK( actions->panel()->historyTree()->topLevelItemCount() == historyBefore + 1 );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "action_status_history" ),
                             QStringLiteral( "action_id = %1 AND to_status = 'rejected'" ).arg( fid ) ) ==
         1 );
  const int row = actions->panel()->model()->rowOf( fid.toLongLong() );
  REQUIRE( row >= 0 );
  CHECK( actions->panel()->model()->actionAt( row )->status == "rejected" );

  // Undo writes the earlier copy back.
  window.editing()->editor()->undoStack()->undo();
  CHECK( stored( QStringLiteral( "status" ) ) == QLatin1String( "proposed" ) );
}

TEST_CASE( "two actions changed at once are one undo step and undo restores both", "[actions]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  ActionsController *actions = window.actions();
  ActionListModel *model = actions->panel()->model();
  REQUIRE( model->rowCount() >= 2 );
  const qint64 a = model->actionAt( 0 )->fid;
  const qint64 b = model->actionAt( 1 )->fid;
  const auto row = [&]( qint64 fid )
  {
    return guitest::queryText( demo.path(),
                               QStringLiteral( "SELECT coalesce(responsible_organisation, '') || '|' || "
                                               "coalesce(deadline, '') FROM actions WHERE fid = %1" )
                                 .arg( fid ) );
  };
  const QString beforeA = row( a );
  const QString beforeB = row( b );
  QUndoStack *undo = window.editing()->editor()->undoStack();
  const int steps = undo->count();

  selectInList( actions, { a, b } );
  MultiActionDialog *dialog = actions->editSelected();
  REQUIRE( dialog );
  dialog->responsibleBox()->setChecked( true );
  dialog->responsibleCombo()->setCurrentText( QStringLiteral( "Testbolaget" ) );
  dialog->deadlineBox()->setChecked( true );
  dialog->deadlineEdit()->setText( QStringLiteral( "2031-01-31" ) );
  dialog->trySave();
  CHECK( dialog->errorText().isEmpty() );
  CHECK( row( a ) == QLatin1String( "Testbolaget|2031-01-31" ) );
  CHECK( row( b ) == QLatin1String( "Testbolaget|2031-01-31" ) );
  CHECK( undo->count() == steps + 1 );

  undo->undo();
  CHECK( row( a ) == beforeA );
  CHECK( row( b ) == beforeB );
  undo->redo();
  CHECK( row( a ) == QLatin1String( "Testbolaget|2031-01-31" ) );
  CHECK( row( b ) == QLatin1String( "Testbolaget|2031-01-31" ) );
}

TEST_CASE( "the list's status and overdue filters show the rows SQL counts", "[actions]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  // One overdue action at least: a deadline long past on an open action.
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE actions SET deadline = '2020-01-01' WHERE fid = (SELECT "
                                    "min(fid) FROM actions WHERE status IN ('proposed', 'decided'))" ) );
  MainWindow window;
  openDemo( window, demo );
  ActionsController *actions = window.actions();
  ActionsPanel *panel = actions->panel();
  const QString today = sqlToday( actions );
  const QString overdue =
    QStringLiteral( "deadline IS NOT NULL AND deadline <> '' AND deadline < '%1' AND status "
                    "NOT IN ('done', 'rejected')" )
      .arg( today );

  CHECK( panel->model()->rowCount() == guitest::countRows( demo.path(), QStringLiteral( "actions" ) ) );
  for ( const char *status : { "proposed", "decided", "in_progress", "done", "rejected" } )
  {
    const int index = panel->statusFilter()->findData( QStringList{ QString::fromLatin1( status ) } );
    REQUIRE( index >= 0 );
    panel->statusFilter()->setCurrentIndex( index );
    INFO( status );
    CHECK( panel->model()->rowCount() ==
           guitest::countRows( demo.path(), QStringLiteral( "actions" ),
                               QStringLiteral( "status = '%1'" ).arg( status ) ) );
  }
  panel->statusFilter()->setCurrentIndex( 0 );
  panel->overdueFilter()->setChecked( true );
  const int expected =
    static_cast<int>( guitest::countRows( demo.path(), QStringLiteral( "actions" ), overdue ) );
  CHECK( expected > 0 );
  CHECK( panel->model()->rowCount() == expected );
  CHECK( panel->model()->overdueCount() == expected );
  // Overdue rows carry the mark (an icon and a word, not colour alone).
  const QModelIndex deadline = panel->model()->index( 0, ActionListModel::Deadline );
  CHECK_FALSE( panel->model()->data( deadline, Qt::DecorationRole ).isNull() );
  CHECK( panel->model()->data( deadline, Qt::DisplayRole ).toString() !=
         panel->model()->actionAt( 0 )->deadline.c_str() );
  // The Monday list counts the same overdue actions.
  CHECK( actions->followUpPanel()->section( 2 )->childCount() == expected );
}

TEST_CASE( "screenshots of the actions room", "[.][screenshot]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  ActionsController *actions = window.actions();
  // A priority, so the priorities layer has an outline.
  const QString area = guitest::queryText( demo.path(), QStringLiteral( "SELECT fid FROM areas WHERE kind = "
                                                                        "'est_area' ORDER BY fid LIMIT 1" ) );
  PriorityForm *form = actions->openNewPriorityForm();
  REQUIRE( form );
  form->areaCombo()->setCurrentIndex(
    form->areaCombo()->findData( QVariant::fromValue<qint64>( area.toLongLong() ) ) );
  form->fillFigures();
  form->problemEdit()->setPlainText( QStringLiteral( "Skadegörelse och samlingar kvällstid vid centrum" ) );
  REQUIRE( guitest::saveScreenshot( form, QStringLiteral( "actions-priority-form.png" ) ) );
  form->trySave();
  CHECK( form->errorText().isEmpty() );
  actions->dock()->show();
  actions->dock()->raise();
  actions->tabs()->setCurrentIndex( 0 );
  const std::vector<tryggkarta::Action> &list = actions->panel()->model()->actions();
  REQUIRE_FALSE( list.empty() );
  actions->showAction( list.front().fid );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  REQUIRE( guitest::saveScreenshot( &window, QStringLiteral( "actions-window.png" ) ) );
  window.mapCanvas()->zoomToFullExtent();
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  REQUIRE( guitest::saveScreenshot( &window, QStringLiteral( "actions-window-town.png" ) ) );
  actions->tabs()->setCurrentIndex( 1 );
  REQUIRE( guitest::saveScreenshot( actions->dock(), QStringLiteral( "actions-priorities.png" ) ) );
  actions->tabs()->setCurrentIndex( 2 );
  REQUIRE( guitest::saveScreenshot( actions->dock(), QStringLiteral( "actions-monday-list.png" ) ) );
  actions->tabs()->setCurrentIndex( 0 );
  ActionForm *editor = actions->openActionForm( list.front().fid );
  REQUIRE( editor );
  REQUIRE( guitest::saveScreenshot( editor, QStringLiteral( "actions-form.png" ) ) );
  editor->reject();
  selectInList( actions, { list.front().fid } );
  StatusChangeDialog *status = actions->changeStatusOfSelected( "rejected" );
  REQUIRE( status );
  status->tryApply();
  REQUIRE( guitest::saveScreenshot( status, QStringLiteral( "actions-reject-dialog.png" ) ) );
  status->reject();
}

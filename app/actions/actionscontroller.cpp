#include "actionscontroller.h"

#include "actioneditor.h"
#include "actionform.h"
#include "actionlistpdf.h"
#include "actionlayers.h"
#include "actionlistmodel.h"
#include "actionspanel.h"
#include "actiontext.h"
#include "coremessages.h"
#include "docks.h"
#include "editingcontroller.h"
#include "evaluationdialog.h"
#include "followuppanel.h"
#include "mapcontroller.h"
#include "multiactiondialog.h"
#include "prioritiespanel.h"
#include "promisesdialog.h"
#include "priorityform.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "recordeditor.h"
#include "statuschangedialog.h"
#include "walkeditor.h"
#include "walkscontroller.h"

#include "actionexport.h"
#include "database.h"
#include "projectfile.h"

#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>
#include <set>

using tryggkarta::Action;
using tryggkarta::Priority;

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

ActionsController::ActionsController( ProjectController *projects, MapController *map,
                                      EditingController *editing, WalksController *walks,
                                      QgsMapCanvas *canvas, QMainWindow *window )
  : QObject( window ), mProjects( projects ), mMap( map ), mEditing( editing ), mWalks( walks ),
    mCanvas( canvas ), mWindow( window )
{
  mEditor = new ActionEditor( this );
  mLayers = new ActionLayers( projects->project(), canvas, this );
  mTabs = new QTabWidget( window );
  mTabs->setObjectName( QStringLiteral( "ActionsTabs" ) );
  mPanel = new ActionsPanel( mTabs );
  mPriorities = new PrioritiesPanel( mTabs );
  mFollowUp = new FollowUpPanel( mTabs );
  mTabs->addTab( mPanel, tr( "Actions" ) );
  mTabs->addTab( mPriorities, tr( "Priorities" ) );
  mTabs->addTab( mFollowUp, tr( "Monday List" ) );
  mDock = Docks::create( window, tr( "Actions" ), QStringLiteral( "ActionsDock" ), mTabs, 440 );
  createActions();

  connect( projects, &ProjectController::opened, this, [this] { attach(); } );
  connect( projects, &ProjectController::moved, this, [this] { attach(); } );
  // A saved map brought back may have rebuilt the layer tree: the working layers come back on top.
  connect( projects, &ProjectController::restored, this, &ActionsController::refreshMap );
  connect( projects, &ProjectController::closing, this, &ActionsController::onProjectClosing );
  connect( projects, &ProjectController::closed, this, &ActionsController::updateActions );

  connect( mEditor, &ActionEditor::actionsChanged, this, &ActionsController::refresh );
  connect( mEditor, &ActionEditor::prioritiesChanged, this, &ActionsController::refresh );
  connect( mEditor, &ActionEditor::problem, this, &ActionsController::showProblem );

  // Actions made in the walks room (a stop's proposed action): one undo step here, and the list follows.
  connect( walks->editor(), &WalkEditor::actionMade, this,
           [this]( qint64 actionId )
           {
             mEditor->noteActionMade( actionId, tr( "Make an Action of an Observation" ) );
             showAction( actionId );
           } );

  connect( mPanel, &ActionsPanel::filterChanged, this, &ActionsController::refreshList );
  connect( mPanel, &ActionsPanel::currentActionChanged, this, &ActionsController::showCurrent );
  connect( mPanel, &ActionsPanel::selectionChanged, this, &ActionsController::updateActions );
  connect( mPanel, &ActionsPanel::actionActivated, this, &ActionsController::openActionForm );
  connect( mPriorities, &PrioritiesPanel::periodChanged, this, &ActionsController::refreshPriorities );
  connect( mPriorities, &PrioritiesPanel::prioritySelected, this, &ActionsController::updateActions );
  connect( mPriorities, &PrioritiesPanel::priorityActivated, this, &ActionsController::openPriorityForm );
  connect( mFollowUp, &FollowUpPanel::actionActivated, this,
           [this]( qint64 fid )
           {
             showAction( fid );
             openActionForm( fid );
           } );
  connect( mFollowUp, &FollowUpPanel::priorityActivated, this,
           [this]( qint64 fid )
           {
             mTabs->setCurrentWidget( mPriorities );
             mPriorities->selectPriority( fid );
             openPriorityForm( fid );
           } );
  updateActions();
}

ActionsController::~ActionsController() = default;

void ActionsController::createActions()
{
  mActionNew = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionAdd.svg" ) ),
                            tr( "&New Action…" ), this );
  mActionNew->setObjectName( QStringLiteral( "NewActionAction" ) );
  connect( mActionNew, &QAction::triggered, this, [this] { openNewActionForm(); } );
  mActionFromSelection =
    new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionAddMarker.svg" ) ),
                 tr( "New Action from the &Map Selection…" ), this );
  mActionFromSelection->setToolTip(
    tr( "An action at the centre of the incidents selected on the map, in the area it lies in" ) );
  connect( mActionFromSelection, &QAction::triggered, this, [this] { newActionFromSelection(); } );
  mActionEdit = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionToggleEditing.svg" ) ),
                             tr( "&Edit Action…" ), this );
  connect( mActionEdit, &QAction::triggered, this,
           [this]
           {
             if ( const qint64 fid = mPanel->currentAction() )
               openActionForm( fid );
           } );
  mStatusMenu = new QMenu( tr( "Change &Status" ), mWindow );
  for ( const std::string &status : tryggkarta::actionStatusCodes() )
  {
    QAction *action = mStatusMenu->addAction( ActionText::statusIcon( status ),
                                              ActionText::statusLabel( status ) + QStringLiteral( "…" ) );
    action->setData( text( status ) );
    connect( action, &QAction::triggered, this, [this, status] { changeStatusOfSelected( status ); } );
    mStatusActions << action;
  }
  mActionStatus = new QAction( ActionText::statusIcon( "in_progress" ), tr( "Change &Status" ), this );
  mActionStatus->setMenu( mStatusMenu );
  mActionMultiEdit = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionMultiEdit.svg" ) ),
                                  tr( "Change the Selected &Actions…" ), this );
  mActionMultiEdit->setToolTip(
    tr( "The responsible organisation or deadline of every selected action at once" ) );
  connect( mActionMultiEdit, &QAction::triggered, this, [this] { editSelected(); } );
  mActionRemove = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionDeleteSelected.svg" ) ),
                               tr( "&Delete Actions" ), this );
  connect( mActionRemove, &QAction::triggered, this, [this] { removeSelected( true ); } );

  mActionNewPriority = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionAdd.svg" ) ),
                                    tr( "New &Priority…" ), this );
  connect( mActionNewPriority, &QAction::triggered, this, [this] { openNewPriorityForm(); } );
  mActionEditPriority =
    new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionToggleEditing.svg" ) ),
                 tr( "Edit Priority…" ), this );
  connect( mActionEditPriority, &QAction::triggered, this,
           [this]
           {
             if ( const qint64 fid = mPriorities->selectedPriority() )
               openPriorityForm( fid );
           } );
  mActionForPriority = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionAddMarker.svg" ) ),
                                    tr( "New Action for this Priority…" ), this );
  connect( mActionForPriority, &QAction::triggered, this, [this] { newActionForSelectedPriority(); } );
  mActionRemovePriority =
    new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionDeleteSelected.svg" ) ),
                 tr( "Delete Priority" ), this );
  connect(
    mActionRemovePriority, &QAction::triggered, this,
    [this]
    {
      const qint64 fid = mPriorities->selectedPriority();
      if ( !fid )
        return;
      if ( QMessageBox::question( mWindow, tr( "Delete the Priority" ),
                                  tr( "Delete the selected priority? Its actions stay, without it. Undo "
                                      "(Ctrl+Z) brings it back." ) ) != QMessageBox::Yes )
        return;
      showProblem( mEditor->removePriority( fid ) );
    } );

  // The year's citizen promise (medborgarlöfte): its activities, what carries them out, the follow-up.
  mActionPromises = new QAction( tr( "&Citizen Promise…" ), this );
  mActionPromises->setObjectName( QStringLiteral( "CitizenPromiseAction" ) );
  mActionPromises->setToolTip(
    tr( "The year's medborgarlöfte: the promised activities, what was done, and the yearly follow-up" ) );
  connect( mActionPromises, &QAction::triggered, this,
           [this]
           {
             tryggkarta::Database *db = mProjects->connection();
             if ( !db )
               return;
             PromisesDialog dialog( *db, mProjects->path(), QDate::currentDate().year(), mWindow );
             dialog.exec();
             refresh();
           } );

  // An intervention's evaluation (before and after, against a comparison area) in a dialog of its own.
  mActionEvaluate =
    new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionCalculateField.svg" ) ),
                 tr( "E&valuate the Intervention…" ), this );
  mActionEvaluate->setObjectName( QStringLiteral( "EvaluateInterventionAction" ) );
  mActionEvaluate->setToolTip(
    tr( "Compare the events before and after the intervention with a comparison area" ) );
  connect( mActionEvaluate, &QAction::triggered, this,
           [this]
           {
             if ( const qint64 fid = mPanel->currentAction(); fid && mProjects->isOpen() )
               openEvaluationDialog( mWindow, mProjects->path(), fid );
           } );

  mExportMenu = new QMenu( tr( "E&xport" ), mWindow );
  struct Entry
  {
    QString label;
    bool publicVariant;
    QString format;
  };
  for ( const Entry &entry :
        { Entry{ tr( "CSV (internal)…" ), false, QStringLiteral( "csv" ) },
          Entry{ tr( "Excel XLSX (internal)…" ), false, QStringLiteral( "xlsx" ) },
          Entry{ tr( "CSV (public: no notes, costs or contacts)…" ), true, QStringLiteral( "csv" ) },
          Entry{ tr( "Excel XLSX (public)…" ), true, QStringLiteral( "xlsx" ) } } )
  {
    QAction *action = mExportMenu->addAction( entry.label );
    connect( action, &QAction::triggered, this,
             [this, entry] { exportDialog( entry.publicVariant, entry.format ); } );
  }
  // TODO(action list PDF): app/print/actionlistpdf.* (the list as a PDF, internal and public) is being
  // written; its entries go here once it exists.
  mActionExport = new QAction( QIcon( QStringLiteral( ":/images/themes/default/mActionFileSaveAs.svg" ) ),
                               tr( "E&xport the List" ), this );
  mActionExport->setMenu( mExportMenu );

  for ( QAction **separator : { &mSeparator1, &mSeparator2, &mSeparator3 } )
  {
    *separator = new QAction( this );
    ( *separator )->setSeparator( true );
  }
  mPanel->setActions(
    { mActionNew, mActionEdit, mActionStatus, mActionMultiEdit, mActionRemove, nullptr, mActionExport } );
  mPriorities->setActions(
    { mActionNewPriority, mActionEditPriority, mActionRemovePriority, nullptr, mActionForPriority } );
  // Icons only, so every button fits the dock (the texts are their tooltips), but for the two used most; the
  // menu buttons open their menu at once.
  for ( QToolBar *bar : mPanel->findChildren<QToolBar *>() )
  {
    bar->setToolButtonStyle( Qt::ToolButtonIconOnly );
    for ( QAction *action : { mActionNew, mActionStatus } )
      if ( auto *button = qobject_cast<QToolButton *>( bar->widgetForAction( action ) ) )
        button->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
    for ( QAction *action : { mActionStatus, mActionExport } )
      if ( auto *button = qobject_cast<QToolButton *>( bar->widgetForAction( action ) ) )
        button->setPopupMode( QToolButton::InstantPopup );
  }
  for ( QToolBar *bar : mPriorities->findChildren<QToolBar *>() )
  {
    bar->setToolButtonStyle( Qt::ToolButtonIconOnly );
    if ( auto *button = qobject_cast<QToolButton *>( bar->widgetForAction( mActionForPriority ) ) )
      button->setToolButtonStyle( Qt::ToolButtonTextBesideIcon );
  }
}

QList<QAction *> ActionsController::menuActions() const
{
  return { mActionNew,          mActionFromSelection, mActionEdit,           mActionStatus,
           mActionMultiEdit,    mActionRemove,        mSeparator1,           mActionNewPriority,
           mActionEditPriority, mActionForPriority,   mActionRemovePriority, mActionEvaluate,
           mActionPromises,     mSeparator2,          mActionExport,         mSeparator3,
           showPanelAction() };
}

ActionForm *ActionsController::form() const
{
  return mForm;
}

StatusChangeDialog *ActionsController::statusDialog() const
{
  return mStatusDialog;
}

MultiActionDialog *ActionsController::multiDialog() const
{
  return mMultiDialog;
}

PriorityForm *ActionsController::priorityForm() const
{
  return mPriorityForm;
}

QAction *ActionsController::statusAction( const std::string &status ) const
{
  for ( QAction *action : mStatusActions )
    if ( action->data().toString() == text( status ) )
      return action;
  return nullptr;
}

QAction *ActionsController::showPanelAction() const
{
  QAction *action = mDock->toggleViewAction();
  action->setText( tr( "&Actions Panel" ) );
  return action;
}

// --- The project
// ---------------------------------------------------------------------------------------------

void ActionsController::attach()
{
  mEditor->setProject( mProjects->connection(), mEditing->editor()->undoStack() );
  mAreas.clear();
  mAreaChoices.clear();
  if ( tryggkarta::ProjectFile *project = mWalks->editor()->reader() )
    if ( auto areas = tryggkarta::loadAreas( *project ) )
    {
      mAreas = std::move( *areas );
      // EST areas first: priorities and actions are set in them.
      std::vector<const tryggkarta::ProjectArea *> sorted;
      for ( const auto &area : mAreas )
        sorted.push_back( &area );
      std::stable_sort( sorted.begin(), sorted.end(),
                        []( const tryggkarta::ProjectArea *a, const tryggkarta::ProjectArea *b )
                        { return ( a->kind == "est_area" ) > ( b->kind == "est_area" ); } );
      for ( const tryggkarta::ProjectArea *area : sorted )
        mAreaChoices << qMakePair( static_cast<qint64>( area->fid ), text( area->label() ) );
    }
  mPanel->setChoices( mAreaChoices, mEditor->organisations() );
  refresh();
}

void ActionsController::onProjectClosing()
{
  if ( mForm )
    mForm->reject();
  if ( mStatusDialog )
    mStatusDialog->reject();
  if ( mMultiDialog )
    mMultiDialog->reject();
  if ( mPriorityForm )
    mPriorityForm->reject();
  mLayers->clear();
  mEditor->clear();
  mAreas.clear();
  mAreaChoices.clear();
  mPanel->setList( {}, {} );
  mPanel->setHistory( {}, QString() );
  mPriorities->setPriorities( {} );
  mFollowUp->setTraceability( {} );
  updateActions();
}

void ActionsController::setImportRunning( bool running )
{
  mImportRunning = running;
  mEditor->setEditingAllowed( !running );
  updateActions();
}

void ActionsController::updateActions()
{
  const bool edit = mProjects->isOpen() && mEditor->canEdit();
  const std::size_t selected = mPanel->selectedActions().size();
  mActionNew->setEnabled( edit );
  mActionFromSelection->setEnabled( edit );
  mActionEdit->setEnabled( edit && mPanel->currentAction() != 0 );
  mActionStatus->setEnabled( edit && selected > 0 );
  mActionMultiEdit->setEnabled( edit && selected > 0 );
  mActionRemove->setEnabled( edit && selected > 0 );
  const bool priority = edit && mPriorities->selectedPriority() != 0;
  mActionNewPriority->setEnabled( edit );
  mActionEditPriority->setEnabled( priority );
  mActionForPriority->setEnabled( priority );
  mActionRemovePriority->setEnabled( priority );
  mActionExport->setEnabled( mEditor->isOpen() );
  mActionPromises->setEnabled( edit );
  const int row = mPanel->model()->rowOf( mPanel->currentAction() );
  const Action *current = mPanel->model()->actionAt( row );
  mActionEvaluate->setEnabled( mProjects->isOpen() && current &&
                               tryggkarta::isInterventionKind( current->kind ) );
}

// --- Showing
// -------------------------------------------------------------------------------------------------

void ActionsController::refresh()
{
  if ( !mEditor->isOpen() )
    return;
  refreshList();
  refreshPriorities();
  refreshFollowUp();
  refreshMap();
  updateActions();
}

void ActionsController::refreshList()
{
  QString error;
  auto list = mEditor->list( mPanel->filter(), &error );
  mPanel->setList( list.value_or( std::vector<Action>() ), mEditor->today() );
  mPanel->setNote( error );
}

void ActionsController::refreshPriorities()
{
  QString error;
  if ( auto all = mEditor->priorities( QString(), &error ) )
  {
    QStringList periods;
    for ( const Priority &p : *all )
      if ( !periods.contains( text( p.periodLabel ) ) )
        periods << text( p.periodLabel );
    mPriorities->setPeriods( periods );
  }
  auto list = mEditor->priorities( mPriorities->period(), &error );
  mPriorities->setPriorities( list.value_or( std::vector<Priority>() ) );
}

void ActionsController::refreshFollowUp()
{
  auto loose = mEditor->traceability();
  mFollowUp->setTraceability( loose.value_or( tryggkarta::Traceability() ) );
  const int total = mFollowUp->total();
  mTabs->setTabText( mTabs->indexOf( mFollowUp ),
                     total > 0 ? tr( "Monday List (%1)" ).arg( total ) : tr( "Monday List" ) );
}

void ActionsController::refreshMap()
{
  // Every action on the map, whatever the list's filter.
  if ( auto all = mEditor->list( tryggkarta::ActionFilter() ) )
    mLayers->setActions( *all, mEditor->today() );
  if ( auto priorities = mEditor->priorities() )
    mLayers->setPriorities( *priorities, mAreas );
}

void ActionsController::showCurrent( qint64 actionId )
{
  updateActions();
  if ( !actionId )
  {
    mPanel->setHistory( {}, QString() );
    return;
  }
  const int row = mPanel->model()->rowOf( actionId );
  const Action *action = mPanel->model()->actionAt( row );
  QString error;
  auto history = mEditor->history( actionId, &error );
  mPanel->setHistory( history.value_or( std::vector<tryggkarta::ActionStatusChange>() ),
                      action ? text( action->title ) : QString() );
  if ( action )
    mLayers->showAction( *action );
}

void ActionsController::showAction( qint64 actionId )
{
  const qint64 fid = mEditor->currentActionId( actionId );
  mDock->show();
  mDock->raise();
  mTabs->setCurrentWidget( mPanel );
  if ( mPanel->selectAction( fid ) )
    return;
  // Hidden by the filters: they are cleared.
  mPanel->statusFilter()->setCurrentIndex( 0 );
  mPanel->organisationFilter()->setCurrentIndex( 0 );
  mPanel->priorityFilter()->setCurrentIndex( 0 );
  mPanel->areaFilter()->setCurrentIndex( 0 );
  mPanel->kindFilter()->setCurrentIndex( 0 );
  mPanel->overdueFilter()->setChecked( false );
  refreshList();
  mPanel->selectAction( fid );
}

void ActionsController::showProblem( const QString &problem )
{
  if ( problem.isEmpty() )
    return;
  emit message( problem, 15000 );
  auto *box = new QMessageBox( QMessageBox::Warning, tr( "Actions" ), problem, QMessageBox::Ok, mWindow );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->open();
}

std::vector<Action> ActionsController::selectedActions() const
{
  std::vector<Action> actions;
  for ( qint64 fid : mPanel->selectedActions() )
    if ( const Action *action = mPanel->model()->actionAt( mPanel->model()->rowOf( fid ) ) )
      actions.push_back( *action );
  return actions;
}

// --- Forms and dialogs
// --------------------------------------------------------------------------------------

ActionForm *ActionsController::openForm( const Action &action )
{
  if ( mForm )
    mForm->reject();
  ActionForm::Choices choices;
  choices.areas = mAreaChoices;
  choices.organisations = mEditor->organisations();
  if ( auto priorities = mEditor->priorities() )
    for ( const Priority &p : *priorities )
      choices.priorities << qMakePair( static_cast<qint64>( p.fid ),
                                       tr( "%1 %2: %3" )
                                         .arg( text( p.periodLabel ),
                                               p.rank ? QStringLiteral( "#%1" ).arg( *p.rank ) : QString(),
                                               text( p.problem ).left( 50 ) ) );
  const bool isNew = action.fid == 0;
  auto *form = new ActionForm(
    action, choices,
    [this, isNew]( const Action &a, const tryggkarta::StatusChangeDetails &details ) -> QString
    {
      if ( !isNew )
        return mEditor->updateAction( a, details );
      qint64 fid = 0;
      const QString problem = mEditor->createAction( a, &fid );
      if ( problem.isEmpty() )
        QMetaObject::invokeMethod(
          this, [this, fid] { showAction( fid ); }, Qt::QueuedConnection );
      return problem;
    },
    mWindow );
  form->setAttribute( Qt::WA_DeleteOnClose );
  mForm = form;
  form->open();
  return form;
}

ActionForm *ActionsController::openNewActionForm( const Action &prototype )
{
  if ( !mEditor->canEdit() )
    return nullptr;
  Action action = prototype;
  action.fid = 0;
  return openForm( action );
}

ActionForm *ActionsController::openActionForm( qint64 actionId )
{
  QString error;
  auto action = mEditor->load( actionId, &error );
  if ( !action )
  {
    showProblem( error );
    return nullptr;
  }
  return openForm( *action );
}

std::optional<qint64> ActionsController::areaAt( double x, double y ) const
{
  std::optional<qint64> other;
  for ( const tryggkarta::ProjectArea &area : mAreas )
    if ( area.contains( x, y ) )
    {
      if ( area.kind == "est_area" )
        return area.fid;
      if ( !other )
        other = area.fid;
    }
  return other;
}

ActionForm *ActionsController::newActionFromSelection()
{
  if ( !mEditor->canEdit() )
    return nullptr;
  QgsProject *project = mProjects->project();
  QgsVectorLayer *incidents = ProjectLayers::layerForTable( project, QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations = ProjectLayers::layerForTable( project, QStringLiteral( "observations" ) );
  double sumX = 0;
  double sumY = 0;
  int count = 0;
  std::vector<qint64> incidentIds;
  std::vector<qint64> observationIds;
  for ( QgsVectorLayer *layer : { incidents, observations } )
  {
    if ( !layer || layer->selectedFeatureCount() == 0 )
      continue;
    QgsFeatureIterator it = layer->getSelectedFeatures();
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      const QgsPointXY point = feature.geometry().centroid().asPoint();
      sumX += point.x();
      sumY += point.y();
      ++count;
      ( layer == incidents ? incidentIds : observationIds ).push_back( feature.id() );
    }
  }
  if ( count == 0 )
  {
    emit message( tr( "Select incidents on the map first (the select tool, Ctrl+Alt+S)." ), 10000 );
    return nullptr;
  }
  Action action;
  // The layers are in the project file's CRS, as the actions' places are.
  action.point = tryggkarta::ActionPoint{ sumX / count, sumY / count };
  if ( const auto area = areaAt( action.point->x, action.point->y ) )
    action.areaId = *area;
  if ( incidentIds.size() == 1 )
    action.incidentId = incidentIds.front();
  if ( observationIds.size() == 1 && incidentIds.empty() )
    action.observationId = observationIds.front();
  action.description = tr( "From %n incident(s) selected on the map.", nullptr, count ).toStdString();
  return openForm( action );
}

StatusChangeDialog *ActionsController::changeStatusOfSelected( const std::string &toStatus )
{
  const std::vector<Action> actions = selectedActions();
  if ( actions.empty() || !mEditor->canEdit() )
    return nullptr;
  if ( mStatusDialog )
    mStatusDialog->reject();
  std::vector<qint64> ids;
  for ( const Action &action : actions )
    ids.push_back( action.fid );
  auto *dialog = new StatusChangeDialog(
    actions, toStatus, QDate::fromString( QString::fromStdString( mEditor->today() ), Qt::ISODate ),
    [this, ids, toStatus]( const tryggkarta::StatusChangeDetails &details )
    {
      const QString problem = mEditor->changeStatus( ids, toStatus, details );
      if ( problem.isEmpty() )
        emit message( tr( "The status was changed. Undo (Ctrl+Z) takes it back." ), 8000 );
      return problem;
    },
    mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  mStatusDialog = dialog;
  dialog->open();
  return dialog;
}

MultiActionDialog *ActionsController::editSelected()
{
  const std::vector<Action> actions = selectedActions();
  if ( actions.empty() || !mEditor->canEdit() )
    return nullptr;
  if ( mMultiDialog )
    mMultiDialog->reject();
  auto *dialog = new MultiActionDialog(
    actions, mEditor->organisations(),
    [this]( const std::vector<Action> &changed )
    {
      return mEditor->updateActions(
        changed, tr( "Change %n Action(s)", nullptr, static_cast<int>( changed.size() ) ) );
    },
    mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  mMultiDialog = dialog;
  dialog->open();
  return dialog;
}

void ActionsController::removeSelected( bool confirm )
{
  const std::vector<qint64> ids = mPanel->selectedActions();
  if ( ids.empty() || !mEditor->canEdit() )
    return;
  if ( confirm && QMessageBox::question(
                    mWindow, tr( "Delete Actions" ),
                    tr( "Delete %n action(s) with their status history? Undo (Ctrl+Z) brings the "
                        "actions back, without their history.",
                        nullptr, static_cast<int>( ids.size() ) ),
                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel ) != QMessageBox::Yes )
    return;
  showProblem( mEditor->removeActions( ids ) );
}

PriorityForm *ActionsController::openNewPriorityForm()
{
  if ( !mEditor->canEdit() )
    return nullptr;
  return openPriorityForm( 0 );
}

PriorityForm *ActionsController::openPriorityForm( qint64 priorityId )
{
  Priority priority;
  if ( priorityId )
  {
    QString error;
    auto loaded = mEditor->loadPriority( priorityId, &error );
    if ( !loaded )
    {
      showProblem( error );
      return nullptr;
    }
    priority = *loaded;
  }
  if ( mPriorityForm )
    mPriorityForm->reject();
  QList<PriorityForm::Category> categories;
  for ( const auto &category : mEditing->editor()->vocabulary().categories )
    if ( !category.hidden )
      categories << PriorityForm::Category{ category.code, category.label };
  const bool isNew = priority.fid == 0;
  auto *form = new PriorityForm(
    priority, mAreaChoices, categories,
    QDate::fromString( QString::fromStdString( mEditor->today() ), Qt::ISODate ),
    [this, isNew]( const Priority &p ) -> QString
    {
      if ( !isNew )
        return mEditor->updatePriority( p );
      qint64 fid = 0;
      const QString problem = mEditor->createPriority( p, &fid );
      if ( problem.isEmpty() )
      {
        mTabs->setCurrentWidget( mPriorities );
        mPriorities->selectPriority( fid );
      }
      return problem;
    },
    [this]( qint64 areaId, const QString &from, const QString &until, const QStringList &codes,
            QString *error ) { return mEditor->priorityFigures( areaId, from, until, codes, error ); },
    mWindow );
  form->setAttribute( Qt::WA_DeleteOnClose );
  mPriorityForm = form;
  form->open();
  if ( isNew )
    form->fillFigures();
  return form;
}

ActionForm *ActionsController::newActionForSelectedPriority()
{
  const qint64 fid = mPriorities->selectedPriority();
  if ( !fid )
    return nullptr;
  auto priority = mEditor->loadPriority( fid );
  if ( !priority )
    return nullptr;
  Action action;
  action.priorityId = priority->fid;
  action.areaId = priority->areaId;
  return openNewActionForm( action );
}

// --- Export
// -------------------------------------------------------------------------------------------------

QString ActionsController::exportList( const QString &path, bool publicVariant )
{
  if ( !mEditor->isOpen() )
    return tr( "No project is open." );
  tryggkarta::ActionExportOptions options;
  options.publicVariant = publicVariant;
  options.today = mEditor->today();
  const tryggkarta::Status written =
    tryggkarta::exportActions( path.toStdString(), mPanel->model()->actions(), options );
  return written ? QString() : CoreMessages::text( written.error() );
}

QString ActionsController::exportPdf( const QString &path, bool publicVariant )
{
  if ( !mEditor->isOpen() || !mEditor->connection() )
    return tr( "No project is open." );
  ActionListPdfOptions options;
  options.publicVariant = publicVariant;
  options.today = mEditor->today();
  options.synthetic = mMap->isSyntheticDataNoteShown();
  options.minCount = static_cast<int>( mEditor->connection()->queryInt(
    "SELECT value FROM tryggkarta_meta WHERE key = 'publish_min_count'", options.minCount ) );
  // The list's filter in words, as the panel shows it.
  QStringList filter;
  for ( QComboBox *combo : { mPanel->statusFilter(), mPanel->organisationFilter(), mPanel->priorityFilter(),
                             mPanel->areaFilter(), mPanel->kindFilter() } )
    if ( combo->currentIndex() > 0 )
      filter << combo->currentText();
  if ( mPanel->overdueFilter()->isChecked() )
    filter << mPanel->overdueFilter()->text();
  options.filterText =
    ( filter.isEmpty() ? tr( "all actions" ) : filter.join( QStringLiteral( "; " ) ) ).toStdString();
  return ActionListPdf::write( mProjects->project(), mPanel->model()->actions(), options, path );
}

void ActionsController::exportDialog( bool publicVariant, const QString &format )
{
  const QString name = publicVariant ? tr( "actions-public" ) : tr( "actions" );
  const QString suggested =
    QFileInfo( mProjects->path() ).dir().filePath( QStringLiteral( "%1.%2" ).arg( name, format ) );
  const QString filter = format == QLatin1String( "csv" ) ? tr( "CSV (*.csv)" ) : tr( "Excel (*.xlsx)" );
  const QString path =
    QFileDialog::getSaveFileName( mWindow, tr( "Export the Action List" ), suggested, filter );
  if ( path.isEmpty() )
    return;
  const QString problem = exportList( path, publicVariant );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  emit message( tr( "Wrote %n action(s) to %1", nullptr, mPanel->model()->rowCount() ).arg( path ), 10000 );
}

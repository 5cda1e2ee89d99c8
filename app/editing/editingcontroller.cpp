#include "editingcontroller.h"

#include "docks.h"

#include "analysistext.h"
#include "attributetablepanel.h"
#include "edittools.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "recordeditor.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

#include <algorithm>

EditingController::EditingController( ProjectController *projects, FilterController *filter, MapTools *tools,
                                      QgsMapCanvas *canvas, QMainWindow *window )
  : QObject( window ), mProjects( projects ), mFilter( filter )
{
  mEditor = new RecordEditor( canvas, window );
  mEditor->setFallbackTool( tools->mapTool( MapTools::Tool::Pan ) );
  connect( mEditor, &RecordEditor::statusMessage, this,
           [this]( const QString &text ) { emit message( text, 10000 ); } );

  auto toolAction = [&]( const char *icon, const QString &text, MapTools::Tool tool, QgsMapTool *mapTool )
  {
    auto *action =
      new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/%1" ).arg( icon ) ), text, this );
    tools->addTool( tool, mapTool, action );
    return action;
  };
  QAction *addIncident = toolAction( "mActionCapturePoint.svg", tr( "Add Incident" ),
                                     MapTools::Tool::AddIncident, mEditor->addIncidentTool() );
  addIncident->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_Period ) );
  addIncident->setToolTip( tr( "Add an incident: click the map where it happened (Ctrl+.)" ) );
  QAction *addObservation = toolAction( "mActionAddMarker.svg", tr( "Add Safety-Walk Observation" ),
                                        MapTools::Tool::AddObservation, mEditor->addObservationTool() );
  addObservation->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_Period ) );
  addObservation->setToolTip( tr( "Add a safety-walk observation: click the map where it was made" ) );
  QAction *select = toolAction( "mActionSelectRectangle.svg", tr( "Select" ), MapTools::Tool::Select,
                                static_cast<QgsMapTool *>( mEditor->selectTool() ) );
  select->setShortcut( QKeySequence( Qt::CTRL | Qt::ALT | Qt::Key_S ) );
  select->setToolTip( tr( "Select incidents and observations: click, Shift-click to add, Ctrl-click to "
                          "toggle, or drag a rectangle. Drag a selected point to move the selection; "
                          "double-click to edit." ) );
  mActionUndo =
    new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionUndo.svg" ) ), tr( "&Undo" ), this );
  mActionUndo->setShortcut( QKeySequence::Undo );
  mActionRedo =
    new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionRedo.svg" ) ), tr( "&Redo" ), this );
  mActionRedo->setShortcuts(
    { QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_Z ), QKeySequence( Qt::CTRL | Qt::Key_Y ) } );
  mActionEditSelected =
    new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionToggleEditing.svg" ) ),
                 tr( "&Edit Selected…" ), this );
  mActionEditSelected->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_E ) );
  mActionEditSelected->setToolTip(
    tr( "Edit the selected incident or observation; several incidents are changed together" ) );
  mActionDeleteSelected =
    new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionDeleteSelected.svg" ) ),
                 tr( "&Delete Selected" ), this );
  mActionDeleteSelected->setShortcut( QKeySequence::Delete );
  EditActions editActions;
  editActions.undo = mActionUndo;
  editActions.redo = mActionRedo;
  editActions.addIncident = addIncident;
  editActions.addObservation = addObservation;
  editActions.select = select;
  editActions.editSelected = mActionEditSelected;
  editActions.deleteSelected = mActionDeleteSelected;
  mEditor->setActions( editActions );

  mTable = new AttributeTablePanel( canvas, window );
  mTableDock =
    Docks::create( window, tr( "Attribute Table" ), QStringLiteral( "AttributeTableDock" ), mTable );
  QAction *showTable = mTableDock->toggleViewAction();
  showTable->setText( tr( "&Attribute Table" ) );
  showTable->setIcon( QgsApplication::getThemeIcon( QStringLiteral( "/mActionOpenTable.svg" ) ) );
  showTable->setShortcut( QKeySequence( Qt::Key_F6 ) );
  showTable->setToolTip( tr( "The incidents and observations as a table: search, sort, double-click to show "
                             "one on the map (F6)" ) );

  // An edit changes what the filter, the heatmap, the statistics and the table show.
  connect( mEditor, &RecordEditor::recordsChanged, this,
           [this]( tryggkarta::RecordTable table, const QgsFeatureIds &fids )
           {
             if ( table == tryggkarta::RecordTable::Incidents )
               mFilter->refreshIncidents( &fids );
             else
               mFilter->refreshObservations( fids ); // the heatmap may count them
             mTable->reload( table, fids );
           } );
  connect( mEditor, &RecordEditor::recordAdded, this,
           [this]( const tryggkarta::RecordId &id )
           {
             mFilter->waitUntilApplied( 60000 ); // millions of incidents: the filter is on a worker
             const auto &filtered = mFilter->filteredIncidents();
             if ( id.table != tryggkarta::RecordTable::Incidents ||
                  std::any_of( filtered.begin(), filtered.end(),
                               [&id]( const tryggkarta::SelectedIncident &i ) { return i.id() == id; } ) )
               return;
             emit message( tr( "The incident was saved. It is outside the filter (%1), so the map "
                               "does not show it." )
                             .arg( AnalysisText::describeSelection( mFilter->panel()->selection(),
                                                                    mProjects->categoryLabels() ) ),
                           15000 );
           } );
  connect( mFilter, &FilterController::applied, this,
           [this]( const std::optional<QgsFeatureIds> &shown )
           {
             mShownIncidents = shown;
             mTable->setMapFilter( shown );
           } );

  // Edits and the table belong to the open project (the editor writes through its connection); after Save As
  // they go on in the copy, with a new undo history.
  connect( projects, &ProjectController::opened, this,
           [this]
           {
             mShownIncidents.reset(); // the new project's filter is applied when it is ready
             attach();
           } );
  connect( projects, &ProjectController::moved, this, &EditingController::attach );
  // Categories added, renamed, hidden or merged: the forms offer the new list.
  connect( projects, &ProjectController::vocabularyChanged, mEditor, &RecordEditor::reloadVocabulary );
  connect( projects, &ProjectController::closing, this,
           [this]
           {
             mEditor->clear();
             mTable->clear();
           } );
  connect( projects, &ProjectController::closed, this, &EditingController::updateAllowed );
  updateAllowed();
}

EditingController::~EditingController()
{
  mEditor->clear();
  delete mEditor;
  delete mTableDock; // and the table in it
}

QAction *EditingController::showTableAction() const
{
  return mTableDock->toggleViewAction();
}

void EditingController::attach()
{
  QgsVectorLayer *incidents =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "observations" ) );
  // Without a connection (a read-only file) the editor selects but changes nothing.
  mEditor->setProject( mProjects->connection(), incidents, observations, mProjects->isEnglish() );
  mTable->clear();
  mTable->setLayers( incidents, observations );
  // After Save As the filter is what it was: the table can still show only what the map shows.
  mTable->setMapFilter( mShownIncidents );
  updateAllowed();
}

void EditingController::setImportRunning( bool running )
{
  mImportRunning = running;
  updateAllowed();
}

void EditingController::updateAllowed()
{
  // No edits while an import writes the project.
  mEditor->setEditingAllowed( mProjects->isOpen() && !mImportRunning );
}

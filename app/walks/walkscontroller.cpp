#include "walkscontroller.h"

#include "coremessages.h"
#include "docks.h"
#include "editingcontroller.h"
#include "identifypanel.h"
#include "identifytool.h"
#include "layerstyles.h"
#include "layoutflow.h"
#include "mapsheet.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "recordeditor.h"
#include "recordwalkdialog.h"
#include "suggestroutedialog.h"
#include "walkeditor.h"
#include "walkform.h"
#include "walklayers.h"
#include "walkmaptools.h"
#include "walkspanel.h"
#include "workerprogress.h"
#include "walkkitpdf.h"
#include "walkprotocolpdf.h"
#include "walkstopspanel.h"

#include "areas.h"
#include "projectfile.h"
#include "routesuggest.h"
#include "walkcontext.h"
#include "photos.h"
#include "recordedits.h"
#include "stockholmtime.h"
#include "walkprotocol.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

using tryggkarta::WalkStop;

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

WalksController::WalksController( ProjectController *projects, MapController *map, EditingController *editing,
                                  QgsMapCanvas *canvas, QMainWindow *window )
  : QObject( window ), mProjects( projects ), mMap( map ), mEditing( editing ), mCanvas( canvas ),
    mWindow( window )
{
  mEditor = new WalkEditor( this );
  mLayers = new WalkLayers( projects->project(), canvas, this );
  mPanel = new WalksPanel( window );
  mDock = Docks::create( window, tr( "Safety Walks" ), QStringLiteral( "WalksDock" ), mPanel, 400 );

  mDrawRouteTool = new DrawRouteTool( canvas );
  mEditStopsTool = new EditStopsTool( canvas );
  mPickTool = new PickPointTool( canvas );
  createActions();

  // The project: the walks room follows it, and lets go of it before it closes.
  connect( projects, &ProjectController::opened, this, &WalksController::onProjectOpened );
  // After Save As the work goes on in the copy, on the same walk.
  connect( projects, &ProjectController::moved, this, [this] { attach( mShownWalk ); } );
  connect( projects, &ProjectController::closing, this, &WalksController::onProjectClosing );
  connect( projects, &ProjectController::closed, this, &WalksController::updateActions );

  // The editor's changes: the list, the walk shown, the map.
  connect( mEditor, &WalkEditor::walksChanged, this, &WalksController::refreshList );
  connect( mEditor, &WalkEditor::walkChanged, this,
           [this]( qint64 walkId )
           {
             reloadWalkLayers();
             if ( walkId == mEditor->currentWalkId( mShownWalk ) )
               showWalk( walkId );
           } );
  connect( mEditor, &WalkEditor::stopsChanged, this,
           [this]( qint64 walkId )
           {
             mLayers->reload();
             if ( walkId == mEditor->currentWalkId( mShownWalk ) )
               showStops( walkId );
           } );
  connect( mEditor, &WalkEditor::observationsRelinked, this, [this] { reloadWalkLayers( true ); } );
  connect( mEditor, &WalkEditor::problem, this, &WalksController::showProblem );

  // The panel.
  connect( mPanel, &WalksPanel::walkSelected, this,
           [this]( qint64 walkId )
           {
             if ( walkId != mShownWalk && !saveFormChanges() )
             {
               mPanel->selectWalk( mShownWalk ); // stays on the walk whose changes could not be saved
               return;
             }
             showWalk( walkId );
           } );
  connect( mPanel->form(), &WalkForm::saveRequested, this, &WalksController::saveWalkForm );
  connect( mPanel->form(), &WalkForm::revertRequested, this, [this] { showWalk( mShownWalk ); } );
  WalkStopsPanel *stops = mPanel->stopsPanel();
  connect( stops, &WalkStopsPanel::stopSelected, this,
           [this]( qint64 fid )
           {
             const auto &list = mPanel->stopsPanel()->stops();
             auto it =
               std::find_if( list.begin(), list.end(), [fid]( const WalkStop &s ) { return s.fid == fid; } );
             mLayers->markStop( it == list.end() ? std::nullopt
                                                 : std::optional<tryggkarta::WalkPoint>( { it->x, it->y } ) );
             showContext();
           } );
  connect( stops, &WalkStopsPanel::contextPeriodChanged, this, &WalksController::showContext );
  connect( stops, &WalkStopsPanel::stopEdited, this,
           [this]( qint64 fid, const QString &name, const QString &reason )
           {
             std::vector<WalkStop> list = mPanel->stopsPanel()->stops();
             auto it =
               std::find_if( list.begin(), list.end(), [fid]( const WalkStop &s ) { return s.fid == fid; } );
             if ( it == list.end() )
               return;
             const bool renamed = text( it->name ) != name;
             it->name = name.toStdString();
             it->reason = reason.toStdString();
             showProblem( mEditor->changeStops( mShownWalk, list,
                                                renamed ? tr( "Rename Stop %1" ).arg( it->number )
                                                        : tr( "Reason of Stop %1" ).arg( it->number ) ) );
           } );
  connect( stops, &WalkStopsPanel::moveRequested, this,
           [this]( qint64 fid, int direction )
           {
             std::vector<WalkStop> list = mPanel->stopsPanel()->stops();
             auto it =
               std::find_if( list.begin(), list.end(), [fid]( const WalkStop &s ) { return s.fid == fid; } );
             if ( it == list.end() )
               return;
             const auto index = std::distance( list.begin(), it );
             const auto other = index + direction;
             if ( other < 0 || other >= static_cast<std::ptrdiff_t>( list.size() ) )
               return;
             std::swap( list[index], list[other] );
             showProblem( mEditor->changeStops( mShownWalk, list, tr( "Reorder Stops" ) ) );
             mPanel->stopsPanel()->selectStop( fid );
           } );
  connect( stops, &WalkStopsPanel::removeRequested, this,
           [this]( qint64 fid )
           {
             std::vector<WalkStop> list = mPanel->stopsPanel()->stops();
             auto it =
               std::find_if( list.begin(), list.end(), [fid]( const WalkStop &s ) { return s.fid == fid; } );
             if ( it == list.end() )
               return;
             const int number = it->number;
             list.erase( it );
             showProblem( mEditor->changeStops( mShownWalk, list, tr( "Remove Stop %1" ).arg( number ) ) );
           } );
  connect( stops, &WalkStopsPanel::addRequested, this,
           [this]
           {
             mMap->tools()->activate( MapTools::Tool::EditStops );
             emit message( tr( "Click the map where the new stop is. Drag a stop to move it." ), 10000 );
           } );

  // The map tools.
  connect( mDrawRouteTool, &DrawRouteTool::routeDrawn, this, &WalksController::onRouteDrawn );
  connect( mDrawRouteTool, &DrawRouteTool::tooShort, this,
           [this]( int points )
           {
             emit message( CoreMessages::text( tryggkarta::Message::make(
                             tryggkarta::MessageCode::WalkRouteTooShort, static_cast<int64_t>( points ) ) ),
                           8000 );
             mMap->tools()->activate( MapTools::Tool::Pan );
           } );
  connect( mDrawRouteTool, &DrawRouteTool::cancelled, this,
           [this]
           {
             emit message( tr( "Drawing the route was cancelled." ), 5000 );
             mMap->tools()->activate( MapTools::Tool::Pan );
           } );
  connect( mEditStopsTool, &EditStopsTool::stopMoved, this, &WalksController::onStopMoved );
  connect( mEditStopsTool, &EditStopsTool::addStopRequested, this, &WalksController::onAddStop );
  connect( mEditStopsTool, &EditStopsTool::stopClicked, this,
           [this]( QgsFeatureId fid )
           {
             mPanel->showStops();
             selectStop( fid );
           } );
  connect( mPickTool, &PickPointTool::picked, this,
           [this]( const QgsPointXY &mapPoint )
           {
             if ( const qint64 photo = std::exchange( mPhotoToPlace, 0 ) )
             {
               mCanvas->setMapTool( mToolBeforePick ? mToolBeforePick.data()
                                                    : mMap->tools()->mapTool( MapTools::Tool::Pan ) );
               showProblem( placePhotoAt( photo, mapPoint ) );
               return;
             }
             if ( mSuggestDialog )
             {
               mSuggestDialog->setStart( layerPoint( mapPoint ) );
               mSuggestDialog->show();
               mSuggestDialog->raise();
             }
             mCanvas->setMapTool( mToolBeforePick ? mToolBeforePick.data()
                                                  : mMap->tools()->mapTool( MapTools::Tool::Pan ) );
           } );
  connect( mPickTool, &PickPointTool::cancelled, this,
           [this]
           {
             if ( std::exchange( mPhotoToPlace, 0 ) )
               emit message( tr( "The photo was not placed." ), 5000 );
             else if ( mSuggestDialog )
               mSuggestDialog->show();
             mCanvas->setMapTool( mToolBeforePick ? mToolBeforePick.data()
                                                  : mMap->tools()->mapTool( MapTools::Tool::Pan ) );
           } );

  // Identify: an observation that proposes an action can be made an action from its entry.
  connect( mMap->tools()->identifyTool(), &IdentifyTool::identified, this,
           &WalksController::decorateIdentifyResults );

  updateActions();
}

WalksController::~WalksController()
{
  if ( mCanvas && mCanvas->mapTool() == mPickTool )
    mCanvas->unsetMapTool( mPickTool );
  delete mPickTool; // the other tools belong to MapTools
  delete mSuggestDialog;
  delete mRecordDialog;
  delete mDock; // and the panel in it
}

void WalksController::createActions()
{
  auto icon = []( const char *name )
  { return QgsApplication::getThemeIcon( QStringLiteral( "/%1" ).arg( name ) ); };
  mActionNew = new QAction( icon( "mActionAdd.svg" ), tr( "&New Walk" ), this );
  mActionNew->setObjectName( QStringLiteral( "ActionNewWalk" ) );
  mActionNew->setToolTip( tr( "Plan a new safety walk" ) );
  connect( mActionNew, &QAction::triggered, this, &WalksController::newWalk );

  mActionSuggest =
    new QAction( icon( "algorithms/mAlgorithmNetworkAnalysis.svg" ), tr( "&Suggest a Route…" ), this );
  mActionSuggest->setObjectName( QStringLiteral( "ActionSuggestRoute" ) );
  mActionSuggest->setToolTip( tr( "Suggest a route and stops in an area from the lägesbild" ) );
  connect( mActionSuggest, &QAction::triggered, this, &WalksController::showSuggestDialog );

  mActionDrawRoute = new QAction( icon( "mActionAddPolyline.svg" ), tr( "&Draw the Route" ), this );
  mActionDrawRoute->setObjectName( QStringLiteral( "ActionDrawRoute" ) );
  mActionDrawRoute->setToolTip( tr( "Draw the selected walk's route: click its points (they snap to the "
                                    "streets), double-click or Enter to finish, Esc to cancel" ) );
  mMap->tools()->addTool( MapTools::Tool::DrawRoute, mDrawRouteTool, mActionDrawRoute );
  connect( mActionDrawRoute, &QAction::triggered, this,
           [this] {
             emit message( tr( "Click the route's points; double-click or Enter finishes, Esc cancels." ),
                           10000 );
           } );

  mActionEditStops = new QAction( icon( "mActionCapturePoint.svg" ), tr( "Move and Add S&tops" ), this );
  mActionEditStops->setObjectName( QStringLiteral( "ActionEditStops" ) );
  mActionEditStops->setToolTip(
    tr( "Drag a stop of the selected walk to move it; click the map to add one" ) );
  mMap->tools()->addTool( MapTools::Tool::EditStops, mEditStopsTool, mActionEditStops );

  mActionRepeat = new QAction( icon( "mActionDuplicateFeature.svg" ), tr( "&Repeat the Walk…" ), this );
  mActionRepeat->setObjectName( QStringLiteral( "ActionRepeatWalk" ) );
  mActionRepeat->setToolTip(
    tr( "Plan a repeat of the selected walk on the same route with the same stops" ) );
  connect( mActionRepeat, &QAction::triggered, this, &WalksController::repeatWalk );

  mActionRecord = new QAction( icon( "mActionOpenTable.svg" ), tr( "Re&cord…" ), this );
  mActionRecord->setObjectName( QStringLiteral( "ActionRecordWalk" ) );
  mActionRecord->setToolTip( tr( "Enter what the walk found, stop by stop" ) );
  connect( mActionRecord, &QAction::triggered, this, &WalksController::showRecordDialog );

  mActionRemove = new QAction( icon( "mActionDeleteSelected.svg" ), tr( "De&lete the Walk" ), this );
  mActionRemove->setObjectName( QStringLiteral( "ActionRemoveWalk" ) );
  connect( mActionRemove, &QAction::triggered, this, &WalksController::removeWalk );

  mActionPrintKit = new QAction( icon( "mActionFilePrint.svg" ), tr( "Print the Walk Kit…" ), this );
  mActionPrintKit->setObjectName( QStringLiteral( "ActionPrintWalkKit" ) );
  mActionPrintKit->setToolTip(
    tr( "The map, the stops with what happened around them, and the checklist, as a "
        "PDF for the walkers" ) );
  connect( mActionPrintKit, &QAction::triggered, this, &WalksController::printWalkKit );
  mActionPrintProtocol = new QAction( icon( "mActionSaveAsPDF.svg" ), tr( "Print the Protocol…" ), this );
  mActionPrintProtocol->setObjectName( QStringLiteral( "ActionPrintWalkProtocol" ) );
  connect( mActionPrintProtocol, &QAction::triggered, this, &WalksController::printWalkProtocol );

  mActionImportFiles =
    new QAction( icon( "mActionAddImage.svg" ), tr( "&Import Photos and GPS Track…" ), this );
  mActionImportFiles->setObjectName( QStringLiteral( "ActionImportWalkFiles" ) );
  mActionImportFiles->setToolTip( tr( "Photos from the walk (placed by their GPS position or on the track by "
                                      "their time) and the phone's GPS track, as drafts to confirm" ) );
  connect( mActionImportFiles, &QAction::triggered, this, &WalksController::showImportDialog );
  mActionPlacePhoto = new QAction( icon( "mActionCapturePoint.svg" ), tr( "&Place a Photo…" ), this );
  mActionPlacePhoto->setObjectName( QStringLiteral( "ActionPlaceWalkPhoto" ) );
  mActionPlacePhoto->setToolTip(
    tr( "Place a photo of the walk that had no position: click where it was taken" ) );
  connect( mActionPlacePhoto, &QAction::triggered, this, &WalksController::startPlacingPhoto );

  for ( QAction **separator : { &mSeparator1, &mSeparator2, &mSeparator3 } )
  {
    *separator = new QAction( this );
    ( *separator )->setSeparator( true );
  }
  mPanel->setActions( { mActionNew, mActionSuggest, mActionDrawRoute, mActionEditStops, nullptr,
                        mActionRepeat, mActionRecord, mActionImportFiles, mActionPlacePhoto, mActionRemove,
                        nullptr, mActionPrintKit, mActionPrintProtocol } );
}

SuggestRouteDialog *WalksController::suggestDialog() const
{
  return mSuggestDialog;
}

RecordWalkDialog *WalksController::recordDialog() const
{
  return mRecordDialog;
}

QList<QAction *> WalksController::menuActions() const
{
  QAction *show = showPanelAction();
  return { mActionNew,    mActionSuggest,  mActionDrawRoute,     mActionEditStops,  mSeparator1,
           mActionRepeat, mActionRecord,   mActionImportFiles,   mActionPlacePhoto, mActionRemove,
           mSeparator2,   mActionPrintKit, mActionPrintProtocol, mSeparator3,       show };
}

QAction *WalksController::showPanelAction() const
{
  QAction *action = mDock->toggleViewAction();
  action->setText( tr( "Safety &Walks Panel" ) );
  return action;
}

// --- The project
// ---------------------------------------------------------------------------------------------

void WalksController::onProjectOpened( const ProjectInfo & )
{
  attach( 0 );
}

void WalksController::attach( qint64 walkToShow )
{
  mEnglish = mProjects->isEnglish();
  mPanel->setEnglish( mEnglish );
  mPanel->form()->setEnglish( mEnglish );
  mEditor->setProject( mProjects->connection(), mProjects->path(), mEditing->editor()->undoStack() );
  mLayers->setProjectFile( mProjects->path() );
  mShownWalk = 0;

  // The lists the form offers, and the streets a drawn route snaps to.
  mAreas.clear();
  QgsVectorLayer *streets = nullptr;
  QString error;
  if ( tryggkarta::ProjectFile *project = mEditor->reader( &error ) )
  {
    auto areas = tryggkarta::loadAreas( *project );
    if ( areas )
    {
      // EST areas first: walks are planned in them.
      std::stable_sort( areas->begin(), areas->end(),
                        []( const tryggkarta::ProjectArea &a, const tryggkarta::ProjectArea &b )
                        { return ( a.kind == "est_area" ) > ( b.kind == "est_area" ); } );
      for ( const tryggkarta::ProjectArea &area : *areas )
        mAreas << qMakePair( static_cast<qint64>( area.fid ), text( area.label() ) );
    }
    const std::string table = tryggkarta::projectStreetTable( *project );
    if ( !table.empty() )
      streets = ProjectLayers::layerForTable( mProjects->project(), text( table ) );
  }
  mDrawRouteTool->setSnapLayer( streets );
  mOrganisations = mEditing->editor()->vocabulary().organisations;
  mPanel->form()->setChoices( mAreas, mOrganisations );
  refreshList();
  mPanel->selectWalk( walkToShow );
  showWalk( mPanel->selectedWalk() );
  if ( !error.isEmpty() )
    mPanel->setNote( error );
}

void WalksController::onProjectClosing()
{
  mPhotoToPlace = 0; // an id of this project's photos
  if ( mSuggestDialog )
    mSuggestDialog->reject();
  if ( mRecordDialog )
    mRecordDialog->reject();
  previewSuggestion( nullptr );
  mEditStopsTool->setStopsLayer( nullptr );
  mDrawRouteTool->setSnapLayer( nullptr );
  mLayers->clear();
  mEditor->clear();
  mShownWalk = 0;
  mPanel->setWalks( {} );
  mPanel->form()->setWalk( std::nullopt );
  mPanel->stopsPanel()->setStops( {} );
  mPanel->setNote( QString() );
  updateActions();
}

void WalksController::setImportRunning( bool running )
{
  mImportRunning = running;
  mEditor->setEditingAllowed( !running );
  updateActions();
}

void WalksController::updateActions()
{
  const bool open = mProjects->isOpen();
  const bool edit = open && mEditor->canEdit();
  const bool selected = edit && mShownWalk != 0;
  mActionNew->setEnabled( edit );
  mActionSuggest->setEnabled( edit );
  for ( QAction *action : { mActionDrawRoute, mActionEditStops, mActionRepeat, mActionRecord, mActionRemove,
                            mActionPlacePhoto } )
    action->setEnabled( selected );
  // Written through a connection of its own while the project's other writers wait.
  mActionImportFiles->setEnabled( selected && !mImportRunning );
  mActionPrintKit->setEnabled( open && mShownWalk != 0 );
  mActionPrintProtocol->setEnabled( open && mShownWalk != 0 );
  mPanel->form()->setEditable( edit );
  mPanel->stopsPanel()->setEditable( edit );
  QgsMapTool *current = mCanvas->mapTool();
  if ( !selected && current && ( current == mDrawRouteTool || current == mEditStopsTool ) )
    mMap->tools()->activate( MapTools::Tool::Pan );
}

// --- Showing walks
// -------------------------------------------------------------------------------------------

void WalksController::refreshList()
{
  QString error;
  const auto walks = mEditor->isOpen() ? mEditor->walks( &error ) : std::nullopt;
  // A walk undo brought back under a new fid stays selected.
  const qint64 selected = mEditor->currentWalkId( mShownWalk );
  mPanel->setWalks( walks.value_or( std::vector<tryggkarta::WalkSummary>() ) );
  mPanel->setNote( error );
  if ( selected != mPanel->selectedWalk() )
    mPanel->selectWalk( selected );
}

qint64 WalksController::selectedWalk() const
{
  return mShownWalk;
}

void WalksController::selectWalk( qint64 walkId )
{
  mPanel->selectWalk( walkId );
  if ( mPanel->selectedWalk() != mShownWalk )
    showWalk( mPanel->selectedWalk() );
}

void WalksController::showWalk( qint64 walkId )
{
  if ( walkId != mShownWalk )
    mPhotoToPlace = 0; // a photo of the walk shown before
  mShownWalk = walkId;
  std::optional<tryggkarta::Walk> walk;
  QString error;
  if ( walkId )
    walk = mEditor->walk( walkId, &error );
  if ( !walk )
    mShownWalk = 0;
  mPanel->form()->setWalk( walk );
  if ( !error.isEmpty() )
    mPanel->setNote( error );
  mLayers->showWalk( mShownWalk, walk ? walk->route : std::vector<tryggkarta::WalkPoint>() );
  mEditStopsTool->setStopsLayer( mLayers->stopsLayer() );
  showStops( mShownWalk );
  updateActions();
}

void WalksController::showStops( qint64 walkId )
{
  std::vector<WalkStop> list;
  if ( walkId )
  {
    QString error;
    if ( auto stored = mEditor->stops( walkId, &error ) )
      list = std::move( *stored );
    else
      mPanel->setNote( error );
  }
  const qint64 selected = mPanel->stopsPanel()->selectedStop();
  mPanel->stopsPanel()->setStops( list );
  // The route's highlight too (a changed route comes with its stops from a suggestion).
  if ( walkId )
    if ( auto walk = mEditor->walk( walkId ) )
      mLayers->showWalk( walkId, walk->route );
  // The ring follows the selected stop to its new place; the context is that of the stop now selected.
  const qint64 now = mEditor->currentStopId( selected );
  mPanel->stopsPanel()->selectStop( now );
  auto it = std::find_if( list.begin(), list.end(), [now]( const WalkStop &s ) { return s.fid == now; } );
  mLayers->markStop( it == list.end() ? std::nullopt
                                      : std::optional<tryggkarta::WalkPoint>( { it->x, it->y } ) );
  showContext();
}

void WalksController::selectStop( qint64 stopFid )
{
  mPanel->stopsPanel()->selectStop( stopFid );
}

void WalksController::showContext()
{
  WalkStopsPanel *panel = mPanel->stopsPanel();
  const qint64 fid = panel->selectedStop();
  const auto &list = panel->stops();
  auto it = std::find_if( list.begin(), list.end(), [fid]( const WalkStop &s ) { return s.fid == fid; } );
  if ( !fid || it == list.end() )
  {
    panel->showContextText( list.empty()
                              ? tr( "The walk has no stops yet: suggest a route, or add stops on the map." )
                              : tr( "Choose a stop to see what happened around it." ) );
    return;
  }
  QString error;
  tryggkarta::ProjectFile *project = mEditor->reader( &error );
  if ( !project )
  {
    panel->showContextText( error );
    return;
  }
  tryggkarta::ContextOptions options;
  options.radius = panel->contextRadius();
  options.months = panel->contextMonths();
  options.excludeWalk = mShownWalk;
  auto contexts = tryggkarta::stopContexts( *project, { *it }, options );
  if ( !contexts || contexts->empty() )
  {
    panel->showContextText( contexts ? QString() : CoreMessages::text( contexts.error() ) );
    return;
  }
  panel->showContext( contexts->front(), options.months );
}

void WalksController::reloadWalkLayers( bool observationsToo )
{
  QgsProject *project = mProjects->project();
  const bool dirty = project->isDirty();
  mCanvas->cancelJobs(); // a render reading through the providers that reopen
  QStringList tables = { QStringLiteral( "safety_walks" ) };
  if ( observationsToo )
    tables << QStringLiteral( "observations" );
  for ( const QString &table : std::as_const( tables ) )
    if ( QgsVectorLayer *layer = ProjectLayers::layerForTable( project, table ) )
    {
      if ( !layer->dataProvider() )
        continue;
      layer->dataProvider()->reloadData();
      layer->updateExtents( true );
      if ( table == QLatin1String( "safety_walks" ) )
        LayerStyles::applySafetyWalkStyle( layer ); // a new walk gets its own colour
      layer->triggerRepaint();
    }
  mLayers->reload();
  // The data changed, not the map: nothing to save.
  project->setDirty( dirty );
}

void WalksController::showProblem( const QString &problem )
{
  if ( problem.isEmpty() )
    return;
  emit message( problem, 15000 );
  // Not modal to the event loop: an undo in progress must finish first.
  auto *box =
    new QMessageBox( QMessageBox::Warning, tr( "Safety Walks" ), problem, QMessageBox::Ok, mWindow );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->open();
}

// --- Changes
// -----------------------------------------------------------------------------------------------

bool WalksController::saveFormChanges()
{
  if ( !mShownWalk || !mPanel->form()->isModified() || !mEditor->canEdit() )
    return true;
  if ( !mEditor->walk( mShownWalk ) )
    return true; // gone (undo took it away): nothing to save
  const QString problem = mEditor->updateWalk( mPanel->form()->walk() );
  if ( !problem.isEmpty() )
  {
    mPanel->form()->showError( problem );
    return false;
  }
  emit message( tr( "The changes to %1 were saved." ).arg( text( mPanel->form()->walk().name ) ), 8000 );
  mPanel->form()->setModified( false );
  return true;
}

void WalksController::saveWalkForm()
{
  if ( !mShownWalk )
    return;
  const QString problem = mEditor->updateWalk( mPanel->form()->walk() );
  if ( !problem.isEmpty() )
    mPanel->form()->showError( problem );
  else
    mPanel->form()->setModified( false );
}

void WalksController::newWalk()
{
  if ( !saveFormChanges() )
    return;
  tryggkarta::Walk walk;
  walk.name = tr( "New safety walk" ).toStdString();
  walk.status = "planned";
  qint64 fid = 0;
  const QString problem = mEditor->createWalk( walk, &fid );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  selectWalk( fid );
  mPanel->tabs()->setCurrentIndex( 0 );
  mDock->show();
  mDock->raise();
  mPanel->form()->nameEdit()->setFocus();
  mPanel->form()->nameEdit()->selectAll();
}

void WalksController::removeWalk()
{
  if ( !mShownWalk )
    return;
  const auto walk = mEditor->walk( mShownWalk );
  if ( !walk )
    return;
  int photos = 0;
  if ( tryggkarta::ProjectFile *project = mEditor->reader() )
    if ( auto protocol = tryggkarta::buildProtocol( *project, mShownWalk ) )
      photos = protocol->photoCount;
  QString question =
    tr( "Delete the walk \"%1\" and its stops? Its observations stay, without the walk. Undo "
        "(Ctrl+Z) brings the walk back." )
      .arg( text( walk->name ) );
  if ( photos > 0 )
    question +=
      QLatin1Char( ' ' ) +
      tr( "Its %n photo(s) stay in the project without the walk (undo gives them back).", nullptr, photos );
  if ( QMessageBox::question( mWindow, tr( "Delete the Walk" ), question,
                              QMessageBox::Yes | QMessageBox::Cancel,
                              QMessageBox::Cancel ) != QMessageBox::Yes )
    return;
  mPanel->form()->setModified( false ); // its changes go with it
  const QString problem = mEditor->removeWalk( mShownWalk );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  emit message( tr( "The walk was deleted. Undo (Ctrl+Z) brings it back." ), 10000 );
}

void WalksController::repeatWalk()
{
  if ( !mShownWalk || !saveFormChanges() )
    return;
  const auto walk = mEditor->walk( mShownWalk );
  if ( !walk )
    return;
  // A repeat walk checks, some months later, what was done.
  QDialog dialog( mWindow );
  dialog.setWindowTitle( tr( "Repeat the Walk" ) );
  auto *form = new QFormLayout( &dialog );
  auto *name = new QLineEdit( tr( "%1 (repeat)" ).arg( text( walk->name ) ), &dialog );
  auto *date = new QDateEdit( &dialog );
  date->setCalendarPopup( true );
  date->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
  const QDate earlier = QDate::fromString( text( walk->date ), Qt::ISODate );
  date->setDate(
    std::max( earlier.isValid() ? earlier.addMonths( 6 ) : QDate(), QDate::currentDate().addMonths( 1 ) ) );
  form->addRow( tr( "Name" ), name );
  form->addRow( tr( "Date" ), date );
  form->addRow( new QLabel( tr( "The new walk is planned on the same route with the same stops; its protocol "
                                "compares the ratings then and now." ),
                            &dialog ) );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog );
  form->addRow( buttons );
  connect( buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  qint64 fid = 0;
  const QString problem =
    mEditor->planRepeat( mShownWalk, name->text().trimmed(), date->date().toString( Qt::ISODate ), &fid );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  selectWalk( fid );
}

std::optional<tryggkarta::WalkPoint> WalksController::layerPoint( const QgsPointXY &mapPoint ) const
{
  // The walks' tables are in the project CRS; the map may show another.
  try
  {
    const QgsCoordinateTransform transform( mCanvas->mapSettings().destinationCrs(),
                                            mProjects->project()->crs(),
                                            mProjects->project()->transformContext() );
    const QgsPointXY point = transform.transform( mapPoint );
    return tryggkarta::WalkPoint{ point.x(), point.y() };
  }
  catch ( const QgsCsException & )
  {
    return std::nullopt;
  }
}

void WalksController::onRouteDrawn( const QVector<QgsPointXY> &mapPoints )
{
  mMap->tools()->activate( MapTools::Tool::Pan );
  if ( !mShownWalk )
    return;
  std::vector<tryggkarta::WalkPoint> points;
  for ( const QgsPointXY &mapPoint : mapPoints )
    if ( const auto point = layerPoint( mapPoint ) )
      points.push_back( *point );
  QString error;
  tryggkarta::ProjectFile *project = mEditor->reader( &error );
  if ( !project )
    return showProblem( error );
  // Along the streets between the points clicked, when the project has a street layer.
  auto route = tryggkarta::routeThrough( *project, points );
  if ( !route )
    return showProblem( CoreMessages::text( route.error() ) );
  const QString problem = mEditor->setRoute( mShownWalk, *route, QStringLiteral( "drawn" ) );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  emit message( tr( "The route was saved. Undo (Ctrl+Z) takes it back." ), 8000 );
}

void WalksController::onStopMoved( qint64 stopFid, const QgsPointXY &mapPoint )
{
  const auto point = layerPoint( mapPoint );
  if ( !mShownWalk || !point )
    return;
  showProblem( mEditor->moveStop( mShownWalk, stopFid, point->x, point->y ) );
  selectStop( mEditor->currentStopId( stopFid ) );
}

void WalksController::onAddStop( const QgsPointXY &mapPoint )
{
  const auto point = layerPoint( mapPoint );
  if ( !mShownWalk || !point )
    return;
  // After the selected stop, else last.
  int after = 0;
  const qint64 selected = mPanel->stopsPanel()->selectedStop();
  for ( const WalkStop &stop : mPanel->stopsPanel()->stops() )
    if ( stop.fid == selected )
      after = stop.number;
  const QString problem = mEditor->addStop( mShownWalk, point->x, point->y, QString(), after );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  // The new stop is selected, its name ready to be typed.
  const auto &list = mPanel->stopsPanel()->stops();
  const int row = after > 0 ? after : static_cast<int>( list.size() ) - 1;
  if ( row >= 0 && row < static_cast<int>( list.size() ) )
  {
    mPanel->showStops();
    selectStop( list[row].fid );
    QTableWidget *table = mPanel->stopsPanel()->table();
    table->setCurrentCell( row, 1 );
  }
  emit message( tr( "Stop added: give it a name in the panel. Undo (Ctrl+Z) takes it back." ), 8000 );
}

// --- Suggesting a route
// -----------------------------------------------------------------------------------------

void WalksController::showSuggestDialog()
{
  if ( !mEditor->canEdit() )
    return;
  if ( mSuggestDialog )
  {
    mSuggestDialog->show();
    mSuggestDialog->raise();
    return;
  }
  QString selectedName;
  std::optional<qint64> area;
  if ( mShownWalk )
    if ( const auto walk = mEditor->walk( mShownWalk ) )
    {
      selectedName = text( walk->name );
      if ( walk->areaId )
        area = *walk->areaId;
    }
  auto *dialog = new SuggestRouteDialog( mProjects->path(), mAreas, selectedName, mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  if ( area )
    dialog->setArea( *area );
  mSuggestDialog = dialog;
  connect( dialog, &SuggestRouteDialog::suggestionChanged, this, &WalksController::previewSuggestion );
  connect( dialog, &SuggestRouteDialog::pickStartRequested, this, &WalksController::startPickingStart );
  connect( dialog, &QDialog::accepted, this, &WalksController::acceptSuggestion );
  connect( dialog, &QDialog::finished, this, [this] { previewSuggestion( nullptr ); } );
  dialog->show();
}

void WalksController::startPickingStart()
{
  if ( !mSuggestDialog )
    return;
  mPhotoToPlace = 0; // the click is the start now
  mSuggestDialog->hide();
  mToolBeforePick = mCanvas->mapTool();
  mCanvas->setMapTool( mPickTool );
  emit message( tr( "Click the walk's start on the map (Esc: no start point)." ), 15000 );
}

void WalksController::previewSuggestion( const tryggkarta::SuggestedRoute *route )
{
  mLayers->showSuggestion( route );
}

void WalksController::acceptSuggestion()
{
  SuggestRouteDialog *dialog = mSuggestDialog;
  if ( !dialog || !dialog->suggestion() )
    return;
  tryggkarta::Walk prototype;
  prototype.name = tr( "Safety walk %1" ).arg( dialog->areaName() ).toStdString();
  prototype.status = "planned";
  if ( dialog->area() > 0 )
    prototype.areaId = dialog->area();
  const qint64 target = dialog->intoSelectedWalk() ? mShownWalk : 0;
  qint64 fid = 0;
  const QString problem = mEditor->applySuggestion( target, *dialog->suggestion(), prototype, &fid );
  if ( !problem.isEmpty() )
    return showProblem( problem );
  selectWalk( fid );
  mPanel->showStops();
  mDock->show();
  mDock->raise();
  emit message( tr( "The suggested route and its %n stop(s) are in the walk. Undo (Ctrl+Z) takes them back.",
                    nullptr, static_cast<int>( dialog->suggestion()->stops.size() ) ),
                10000 );
}

// --- Recording
// -----------------------------------------------------------------------------------------------

void WalksController::showRecordDialog()
{
  if ( !mShownWalk || !mEditor->canEdit() || !saveFormChanges() )
    return;
  if ( mRecordDialog )
    mRecordDialog->reject();
  auto *dialog = new RecordWalkDialog( mShownWalk, mEditor, mEditing->editor(), mEnglish, mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  mRecordDialog = dialog;
  connect( dialog, &QDialog::finished, this, [this] { reloadWalkLayers(); } );
  dialog->open();
}

void WalksController::decorateIdentifyResults( const QList<QgsMapToolIdentify::IdentifyResult> &results )
{
  QgsVectorLayer *observations =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "observations" ) );
  QTreeWidget *tree = mMap->identifyPanel()->tree();
  if ( !observations || !mEditor->canEdit() || tree->topLevelItemCount() != results.size() )
    return;
  // The panel lists the results in their order, one top-level entry each.
  for ( int i = 0; i < results.size(); ++i )
  {
    const QgsMapToolIdentify::IdentifyResult &result = results.at( i );
    if ( result.mLayer != observations )
      continue;
    const QString proposed =
      result.mFeature.attribute( QStringLiteral( "proposed_action" ) ).toString().trimmed();
    if ( proposed.isEmpty() )
      continue;
    const qint64 fid = result.mFeature.id();
    QTreeWidgetItem *entry = tree->topLevelItem( i );
    auto *item = new QTreeWidgetItem( entry, { tr( "Action" ) } );
    auto *button = new QPushButton( tr( "Make an Action" ), tree );
    button->setObjectName( QStringLiteral( "IdentifyMakeActionButton" ) );
    button->setToolTip( tr( "Make the proposed action a real action (status proposed) in the action list" ) );
    tree->setItemWidget( item, 1, button );
    connect( button, &QPushButton::clicked, this,
             [this, fid, button]
             {
               const QString problem = RecordWalkDialog::createAction( mEditor, fid, mWindow );
               if ( !problem.isEmpty() )
                 return showProblem( problem );
               button->setEnabled( false );
               button->setText( tr( "Action made" ) );
             } );
  }
}

// --- Printing
// -----------------------------------------------------------------------------------------------

QString WalksController::writeWalkKit( const QString &pdfPath, const std::function<bool( double )> &progress )
{
  if ( !mShownWalk || !mProjects->isOpen() )
    return tr( "Choose a walk first." );
  if ( const QString problem = LayoutFlow::checkTarget( pdfPath ); !problem.isEmpty() )
    return problem;
  // The print reads the file through a connection and layers of its own, as the command line does.
  auto sheet = MapSheet::open( mProjects->path() );
  if ( !sheet )
    return CoreMessages::text( sheet.error() );
  tryggkarta::ContextOptions options;
  options.months = mPanel->stopsPanel()->contextMonths();
  options.excludeWalk = mShownWalk;
  auto kit = tryggkarta::buildWalkKit( ( *sheet )->file(), mShownWalk, options );
  if ( !kit )
    return CoreMessages::text( kit.error() );
  return WalkKitPdf::write( **sheet, *kit, pdfPath, progress );
}

QString WalksController::writeWalkProtocol( const QString &pdfPath,
                                            const std::function<bool( double )> &progress )
{
  if ( !mShownWalk || !mProjects->isOpen() )
    return tr( "Choose a walk first." );
  if ( const QString problem = LayoutFlow::checkTarget( pdfPath ); !problem.isEmpty() )
    return problem;
  auto sheet = MapSheet::open( mProjects->path() );
  if ( !sheet )
    return CoreMessages::text( sheet.error() );
  auto protocol = tryggkarta::buildProtocol( ( *sheet )->file(), mShownWalk );
  if ( !protocol )
    return CoreMessages::text( protocol.error() );
  return WalkProtocolPdf::write( **sheet, *protocol, pdfPath, progress );
}

void WalksController::printDocument(
  const QString &what, const QString &title,
  const std::function<QString( const QString &, const std::function<bool( double )> & )> &write )
{
  if ( !mShownWalk || !saveFormChanges() )
    return;
  QString name = title;
  name.replace( QRegularExpression( QStringLiteral( "[\\\\/:*?\"<>|]" ) ), QStringLiteral( "-" ) );
  const QString suggested = QFileInfo( mProjects->path() ).dir().filePath( name + QStringLiteral( ".pdf" ) );
  const QString path = QFileDialog::getSaveFileName( mWindow, what, suggested, tr( "PDF (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  QProgressDialog progress( tr( "Writing %1…" ).arg( QFileInfo( path ).fileName() ), tr( "Cancel" ), 0, 100,
                            mWindow );
  progress.setWindowTitle( what );
  progress.setWindowModality( Qt::WindowModal );
  progress.setMinimumDuration( 0 );
  progress.setValue( 0 );
  const QString problem =
    write( path,
           [&progress]( double fraction )
           {
             progress.setValue( static_cast<int>( std::clamp( fraction, 0.0, 1.0 ) * 100 ) );
             QCoreApplication::processEvents();
             return !progress.wasCanceled();
           } );
  const bool cancelled = progress.wasCanceled();
  progress.close();
  if ( cancelled )
    emit message( tr( "Cancelled: nothing was written." ), 8000 );
  else if ( !problem.isEmpty() )
    QMessageBox::warning( mWindow, what, problem );
  else
    emit message( tr( "Wrote %1" ).arg( path ), 10000 );
}

void WalksController::printWalkKit()
{
  const auto walk = mEditor->walk( mShownWalk );
  if ( !walk )
    return;
  printDocument( tr( "Print the Walk Kit" ), WalkKitPdf::title( *walk ),
                 [this]( const QString &path, const std::function<bool( double )> &progress )
                 { return writeWalkKit( path, progress ); } );
}

void WalksController::printWalkProtocol()
{
  const auto walk = mEditor->walk( mShownWalk );
  if ( !walk )
    return;
  printDocument( tr( "Print the Protocol" ), WalkProtocolPdf::title( *walk ),
                 [this]( const QString &path, const std::function<bool( double )> &progress )
                 { return writeWalkProtocol( path, progress ); } );
}

// --- Photos and GPS tracks from the walk
// ------------------------------------------------------------------------------

void WalksController::showImportDialog()
{
  if ( !mShownWalk || !mEditor->canEdit() || !saveFormChanges() )
    return;
  const auto walk = mEditor->walk( mShownWalk );
  if ( !walk )
    return;
  WalkImportDialog dialog( QString::fromStdString( walk->name ), mWindow );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  WalkImportRequest request = dialog.request();
  request.walkId = mShownWalk;
  const WalkImportOutcome outcome = importWalkFiles( request );
  QString text = outcome.summary() + QLatin1Char( '.' );
  if ( outcome.cancelled )
    text = tr( "Cancelled: the step under way was not written. Written before it: %1" ).arg( text );
  if ( !outcome.error.isEmpty() )
    text += QStringLiteral( "\n\n" ) + outcome.error;
  QMessageBox box( outcome.error.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                   tr( "Import Photos and GPS Track" ), text, QMessageBox::Close, mWindow );
  if ( !outcome.lines.isEmpty() )
    box.setDetailedText( outcome.lines.join( QLatin1Char( '\n' ) ) );
  if ( outcome.unplaced > 0 )
    box.setInformativeText( tr( "Place the photos without a position with Place a Photo…, and confirm the "
                                "drafts in Record…." ) );
  box.exec();
}

WalkImportOutcome WalksController::importWalkFiles( const WalkImportRequest &request )
{
  WalkImportOutcome outcome;
  if ( !mEditor->canEdit() || request.walkId == 0 )
  {
    outcome.error = tr( "The project cannot be edited now." );
    return outcome;
  }
  const QString path = mProjects->path();
  mProjects->noteBackgroundWrite( true );
  emit writingChanged( true );
  mCanvas->cancelJobs(); // a render reading the file would hold it
  WorkerProgressOptions options;
  options.title = tr( "Import Photos and GPS Track" );
  options.label = tr( "Importing the walk's photos and track…" );
  options.showAfterMilliseconds = 0; // the window takes no input while the worker writes
  runShowingProgress( mWindow, options,
                      [&]( const std::function<bool( double )> &progress )
                      { outcome = runWalkImport( path, request, progress ); } );
  mProjects->noteBackgroundWrite( false );
  emit writingChanged( false );
  if ( outcome.wroteSomething() )
  {
    // Stops and observations changed behind the undo steps taken before: they no longer apply.
    if ( mEditor->undoStack() )
      mEditor->undoStack()->clear();
    mEditor->resetReader();
    refreshList();
    showStops( request.walkId );
    reloadWalkLayers( true );
  }
  if ( outcome.error.isEmpty() && !outcome.cancelled )
    emit message( tr( "Imported into the walk: %1" ).arg( outcome.summary() ), 15000 );
  return outcome;
}

void WalksController::startPlacingPhoto()
{
  if ( !mShownWalk || !mEditor->canEdit() || !mEditor->connection() )
    return;
  auto photos = tryggkarta::walkPhotos( *mEditor->connection(), mShownWalk );
  if ( !photos )
  {
    showProblem( CoreMessages::text( photos.error() ) );
    return;
  }
  QStringList names;
  QList<qint64> ids;
  const QLocale locale;
  for ( const tryggkarta::WalkPhotoEntry &photo : *photos )
    if ( !photo.placed() )
    {
      // The photo's number too: two phones both name their photos IMG_0001.JPG.
      QString name =
        tr( "Photo %1: %2" ).arg( photo.photoId ).arg( QString::fromStdString( photo.fileName ) );
      if ( photo.takenUtc )
        name += QStringLiteral( " (%1)" ).arg(
          locale.toString( StockholmTime::wallClock( *photo.takenUtc ), QLocale::ShortFormat ) );
      names << name;
      ids << photo.photoId;
    }
  if ( ids.isEmpty() )
  {
    QMessageBox::information( mWindow, tr( "Place a Photo" ),
                              tr( "Every photo of this walk has its place. Import photos with Import Photos "
                                  "and GPS Track…." ) );
    return;
  }
  bool ok = false;
  const QString chosen = QInputDialog::getItem( mWindow, tr( "Place a Photo" ),
                                                tr( "Photos without a position. Choose one, then click where "
                                                    "it was taken:" ),
                                                names, 0, false, &ok );
  if ( !ok )
    return;
  mPhotoToPlace = ids.value( names.indexOf( chosen ) );
  if ( mCanvas->mapTool() != mPickTool )
    mToolBeforePick = mCanvas->mapTool();
  mCanvas->setMapTool( mPickTool );
  emit message( tr( "Click where %1 was taken (Esc: cancel)." ).arg( chosen ), 15000 );
}

QString WalksController::placePhotoAt( qint64 photoId, const QgsPointXY &mapPoint )
{
  if ( !mEditor->canEdit() || !mEditor->connection() )
    return tr( "The project cannot be edited now." );
  const std::optional<tryggkarta::WalkPoint> point = layerPoint( mapPoint );
  if ( !point )
    return tr( "The point could not be converted to the project's coordinate system." );
  tryggkarta::EditOptions options;
  options.actor = qEnvironmentVariable( "USER" ).toStdString();
  auto placed = tryggkarta::placePhoto( *mEditor->connection(), photoId, point->x, point->y,
                                        tryggkarta::kDefaultSnapToleranceMeters, options );
  if ( !placed )
    return CoreMessages::text( placed.error() );
  // A draft observation (and perhaps a stop) written behind the undo steps before: they no longer apply.
  if ( mEditor->undoStack() )
    mEditor->undoStack()->clear();
  mEditor->resetReader();
  refreshList();
  showStops( mShownWalk );
  reloadWalkLayers( true );
  emit message( placed->stop.added
                  ? tr( "The photo is a draft observation at the new stop %1; confirm it in Record…." )
                      .arg( placed->stop.stopNumber )
                  : tr( "The photo is a draft observation at stop %1; confirm it in Record…." )
                      .arg( placed->stop.stopNumber ),
                10000 );
  return QString();
}

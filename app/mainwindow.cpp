#include "mainwindow.h"

#include "addlayerdialog.h"
#include "analysisdialog.h"
#include "attributetablepanel.h"
#include "coremessages.h"
#include "datetimeparser.h"
#include "edittools.h"
#include "filterpanel.h"
#include "identifytool.h"
#include "importdialog.h"
#include "importresultdialog.h"
#include "layerstyles.h"
#include "liveheatmap.h"
#include "measuretool.h"
#include "printmap.h"
#include "projectsession.h"
#include "recordeditor.h"
#include "statisticspanel.h"
#include "stockholmtime.h"
#include "temporal.h"
#include "welcomepage.h"
#include "demomunicipality.h"
#include "projectlayers.h"
#include "qgisinit.h"
#include "scalebaroverlay.h"
#include "userlayers.h"
#include "resultlayers.h"
#include "resultspanel.h"

#include <qgsapplication.h>
#include <qgscoordinatereferencesystem.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgshighlight.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgslayertreeviewdefaultactions.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>
#include <qgsrasterlayer.h>
#include <qgsscalecombobox.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFileDialog>
#include <QFormLayout>
#include <QLineEdit>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThread>
#include <QThreadPool>
#include <QTimer>
#include <QtConcurrent>
#include <QToolBar>
#include <QTreeWidget>
#include <algorithm>
#include <limits>

namespace
{
/**
 * The map canvas, drawn at one image pixel per logical pixel. QGIS 3.22 computes the map scale from the
 * device's pixels but the screen's logical DPI, so on a HiDPI screen (device pixel ratio 2) every scale
 * doubles: scale-dependent labels and layers vanish and the scale box shows twice the true scale. Rendering
 * at ratio 1 keeps the scale true; the widgets around the map stay sharp.
 */
class MapCanvas : public QgsMapCanvas
{
public:
  using QgsMapCanvas::QgsMapCanvas;

protected:
  int metric( PaintDeviceMetric metric ) const override
  {
    if ( metric == PdmDevicePixelRatio )
      return 1;
    if ( metric == PdmDevicePixelRatioScaled )
      return static_cast<int>( devicePixelRatioFScale() );
    return QgsMapCanvas::metric( metric );
  }
};
} // namespace

namespace
{
//! The first and last Stockholm dates the incidents touch (invalid dates when there are none).
void incidentDateRange( const std::vector<tryggkarta::SelectedIncident> &incidents, QDate &first,
                        QDate &last )
{
  first = last = QDate();
  if ( incidents.empty() )
    return;
  int64_t from = std::numeric_limits<int64_t>::max();
  int64_t until = std::numeric_limits<int64_t>::min();
  for ( const tryggkarta::SelectedIncident &incident : incidents )
  {
    from = std::min( from, incident.fromUtc );
    until = std::max( until, incident.untilUtc );
  }
  first = StockholmTime::wallClock( from ).date();
  last = StockholmTime::wallClock( until ).date();
}
} // namespace

namespace
{

//! The layer tree's context menu: the few layer actions a coordinator needs.
class LayerTreeMenuProvider : public QgsLayerTreeViewMenuProvider
{
public:
  LayerTreeMenuProvider( QgsLayerTreeView *view, MainWindow *window ) : mView( view ), mWindow( window ) {}

  QMenu *createContextMenu() override
  {
    auto *menu = new QMenu();
    if ( mView->currentLayer() )
    {
      menu->addAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionZoomToLayer.svg" ) ),
                       MainWindow::tr( "Zoom to Layer" ), mWindow, &MainWindow::zoomToCurrentLayer );
      menu->addAction( mView->defaultActions()->actionShowFeatureCount( menu ) );
      mWindow->userLayers()->addContextMenuActions( menu, mView->currentLayer() );
    }
    else
    {
      menu->addAction( mView->defaultActions()->actionZoomToGroup( mWindow->mapCanvas(), menu ) );
    }
    return menu;
  }

private:
  QgsLayerTreeView *mView = nullptr;
  MainWindow *mWindow = nullptr;
};

QIcon themeIcon( const char *name )
{
  return QgsApplication::getThemeIcon( QStringLiteral( "/%1" ).arg( name ) );
}

} // namespace

MainWindow::MainWindow( QWidget *parent ) : QMainWindow( parent )
{
  setObjectName( QStringLiteral( "MainWindow" ) );
  setWindowIcon( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ) );
  mProject = new QgsProject( this );

  mProject->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ) );

  mCanvas = new MapCanvas( this );
  mCanvas->setObjectName( QStringLiteral( "MapCanvas" ) );
  mCanvas->setProject( mProject );
  mCanvas->setDestinationCrs( mProject->crs() );
  mCanvas->setCanvasColor( LayerStyles::mapBackgroundColor() );
  mCanvas->setCachingEnabled( true );
  mCanvas->setParallelRenderingEnabled( true );
  mCanvas->installEventFilter( this );
  // The welcome page while no project is open, the map once one is.
  mWelcome = new WelcomePage( this );
  mCentral = new QStackedWidget( this );
  mCentral->addWidget( mWelcome );
  mCentral->addWidget( mCanvas );
  setCentralWidget( mCentral );
  connect( mWelcome, &WelcomePage::openDemoRequested, this, &MainWindow::openDemo );
  connect( mWelcome, &WelcomePage::newProjectRequested, this, &MainWindow::newProject );
  connect( mWelcome, &WelcomePage::openProjectRequested, this, &MainWindow::openProjectDialog );
  connect( mWelcome, &WelcomePage::openRecentRequested, this, &MainWindow::openProjectInteractively );
  mLock = std::make_unique<ProjectLock>();
  connect( mProject, &QgsProject::crsChanged, this,
           [this]
           {
             mCanvas->setDestinationCrs( mProject->crs() );
             showCrs();
           } );

  // The note stays over the canvas as a widget, so it is on screen whatever the map shows.
  mSyntheticDataNote = new QLabel( tr( "Example municipality (synthetic data)" ), mCanvas );
  mSyntheticDataNote->setObjectName( QStringLiteral( "SyntheticDataNote" ) );
  mSyntheticDataNote->setStyleSheet( QStringLiteral( "QLabel { background: rgba(255, 250, 235, 230); color: "
                                                     "#6b4a00; border: 1px solid #d2a93f; border-radius: 3px;"
                                                     " padding: 3px 8px; font-weight: bold; }" ) );
  mSyntheticDataNote->setAttribute( Qt::WA_TransparentForMouseEvents );
  mSyntheticDataNote->hide();

  mPanTool = new QgsMapToolPan( mCanvas );
  mZoomInTool = new QgsMapToolZoom( mCanvas, false );
  mZoomOutTool = new QgsMapToolZoom( mCanvas, true );
  mIdentifyTool = new IdentifyTool( mCanvas );
  connect( mIdentifyTool, &IdentifyTool::identified, this, &MainWindow::showIdentifyResults );
  mDistanceTool = new MeasureTool( mCanvas, mProject, MeasureTool::Mode::Distance );
  mAreaTool = new MeasureTool( mCanvas, mProject, MeasureTool::Mode::Area );
  mScaleBar = new ScaleBarOverlay( mCanvas );
  mScaleBar->setAvoidedWidget( mSyntheticDataNote );
  mScaleBar->setScaleBarVisible( QSettings().value( QStringLiteral( "map/showScaleBar" ), true ).toBool() );

  mEditor = new RecordEditor( mCanvas, this );
  mEditor->setFallbackTool( mPanTool );
  connect( mEditor, &RecordEditor::statusMessage, this,
           [this]( const QString &message ) { statusBar()->showMessage( message, 10000 ); } );
  // An edit changes what the filter, the heatmap, the statistics and the table show.
  connect( mEditor, &RecordEditor::recordsChanged, this,
           [this]( tryggkarta::RecordTable table, const QgsFeatureIds &fids )
           {
             if ( table == tryggkarta::RecordTable::Incidents )
               refreshIncidents( &fids );
             mAttributeTable->reload( table, fids );
           } );
  connect( mEditor, &RecordEditor::recordAdded, this,
           [this]( const tryggkarta::RecordId &id )
           {
             if ( id.table != tryggkarta::RecordTable::Incidents ||
                  std::any_of( mFiltered.begin(), mFiltered.end(),
                               [&id]( const tryggkarta::SelectedIncident &i ) { return i.fid == id.fid; } ) )
               return;
             statusBar()->showMessage(
               tr( "The incident was saved. It is outside the filter (%1), so the map "
                   "does not show it." )
                 .arg( AnalysisText::describeSelection( mFilterPanel->selection(), mCategoryLabels ) ),
               15000 );
           } );

  mHeatmap = new LiveHeatmap( this );
  connect( mHeatmap, &LiveHeatmap::aboutToUpdateLayer, this,
           [this] { mDirtyBeforeHeatmap = mProject->isDirty(); } );
  connect( mHeatmap, &LiveHeatmap::updated, this, &MainWindow::onHeatmapUpdated );
  connect( mHeatmap, &LiveHeatmap::failed, this,
           [this]( const QString &message )
           {
             const bool dirty = mProject->isDirty();
             applyPendingIncidentFilter();
             mProject->setDirty( dirty );
             statusBar()->showMessage( tr( "Heatmap: %1" ).arg( message ), 8000 );
           } );

  createActions();
  createDocks();
  createMenusAndToolbars();
  createStatusBar();

  mUserLayers = new UserLayers( mProject, mCanvas, mLayerTreeView, this );
  connect( mUserLayers, &UserLayers::message, this,
           [this]( const QString &text ) { statusBar()->showMessage( text, 30000 ); } );
  connect( mUserLayers, &UserLayers::attributionChanged, mScaleBar, &ScaleBarOverlay::setAttribution );
  connect( mUserLayers, &UserLayers::layersChanged, this, &MainWindow::updateIdentifyLayers );
  // Result layers come and go too (an analysis, the results panel, a restored map): identify knows them all.
  auto identifyFollows = [this]
  {
    if ( !mLoadingProject && mIdentifyTool )
      updateIdentifyLayers();
  };
  // (A layer is in the project before its node is in the tree: the tree's order is what counts.)
  connect( mProject->layerTreeRoot(), &QgsLayerTree::layerOrderChanged, this, identifyFollows );
  connect( mProject, &QgsProject::layersRemoved, this, identifyFollows );
  connect( mUserLayers, &UserLayers::addFailed, this,
           [this]( const QString &name, const QString &message )
           {
             // The user asked for the layer and may have gone on working: tell them without blocking.
             auto *box =
               new QMessageBox( QMessageBox::Warning, tr( "Add Layer" ),
                                tr( "%1 was not added. %2" ).arg( name, message ), QMessageBox::Ok, this );
             box->setAttribute( Qt::WA_DeleteOnClose );
             box->setModal( false );
             box->show();
           } );

  mBridge = new QgsLayerTreeMapCanvasBridge( mProject->layerTreeRoot(), mCanvas, this );
  // We set the CRS and extent ourselves when a project opens.
  mBridge->setAutoSetupOnFirstLayer( false );
  mCanvas->setMapTool( mPanTool );
  mActionPan->setChecked( true );

  resize( 1400, 900 );
  const QSettings settings;
  restoreGeometry( settings.value( QStringLiteral( "ui/mainWindowGeometry" ) ).toByteArray() );
  restoreState( settings.value( QStringLiteral( "ui/mainWindowState" ) ).toByteArray() );

  // The map state is written to the file's autosave slot every few minutes while it has unsaved changes, so a
  // crash loses little; a save or a clean close removes it.
  mAutosaveTimer = new QTimer( this );
  mAutosaveTimer->setInterval(
    std::max( 1, settings.value( QStringLiteral( "projects/autosaveMinutes" ), 2 ).toInt() ) * 60 * 1000 );
  connect( mAutosaveTimer, &QTimer::timeout, this, [this] { autosave(); } );
  mAutosaveTimer->start();

  showMap( false );
  updateActions();
  updateWindowTitle();
}

MainWindow::~MainWindow()
{
  // Ending normally is not a crash: the autosaved map state goes (a crash skips this and keeps it).
  if ( !mProjectPath.isEmpty() )
    removeStoredState( autosaveName() );
  // Analysis dialogs cancel their runs (which then store nothing) while the window still exists.
  qDeleteAll( findChildren<AnalysisDialog *>() );
  // A render job still running holds the layers; finish it before they go. A job the canvas abandoned when it
  // restarted a render (QGIS 3.22 cancels those without waiting) still holds the canvas's render cache and
  // writes to it when it ends: let those end while the canvas exists, or a later event loop crashes in them.
  mCanvas->cancelJobs();
  for ( int round = 0; round < 10; ++round )
  {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents( nullptr, QEvent::FutureCallOut );
    if ( QThreadPool::globalInstance()->activeThreadCount() == 0 )
      break;
  }
  clearHighlights();
  // The layers go with the project after this body: nothing of ours may react to that any more.
  disconnect( mLayerTreeView, nullptr, this, nullptr );
  disconnect( mProject, nullptr, this, nullptr );
  disconnect( mProject->layerTreeRoot(), nullptr, this, nullptr );
  // The worker waits for its thread; do it before the project and canvas go.
  delete mImportWorker;
  mImportWorker = nullptr;
  // Map tools are not children of the canvas: unset and delete them while it exists.
  mCanvas->unsetMapTool( mCanvas->mapTool() );
  delete mEditor; // its map tools
  mEditor = nullptr;
  delete mPanTool;
  delete mZoomInTool;
  delete mZoomOutTool;
  delete mIdentifyTool;
  delete mDistanceTool;
  delete mAreaTool;
}

void MainWindow::createActions()
{
  mActionNew = new QAction( themeIcon( "mActionFileNew.svg" ), tr( "&New Project…" ), this );
  mActionNew->setShortcut( QKeySequence::New );
  connect( mActionNew, &QAction::triggered, this, &MainWindow::newProject );

  mActionOpen = new QAction( themeIcon( "mActionFileOpen.svg" ), tr( "&Open Project…" ), this );
  mActionOpen->setShortcut( QKeySequence::Open );
  connect( mActionOpen, &QAction::triggered, this, &MainWindow::openProjectDialog );

  mActionSave = new QAction( themeIcon( "mActionFileSave.svg" ), tr( "&Save" ), this );
  mActionSave->setShortcut( QKeySequence::Save );
  mActionSave->setToolTip( tr( "Save the map, its styles and the filter in the project file" ) );
  connect( mActionSave, &QAction::triggered, this,
           [this]
           {
             const QString problem = saveProject();
             if ( problem.isEmpty() )
               statusBar()->showMessage( tr( "Saved %1" ).arg( QFileInfo( mProjectPath ).fileName() ), 5000 );
             else
               showError( tr( "Save" ), problem );
           } );

  mActionSaveAs = new QAction( themeIcon( "mActionFileSaveAs.svg" ), tr( "Save &As…" ), this );
  mActionSaveAs->setShortcut( QKeySequence::SaveAs );
  mActionSaveAs->setToolTip( tr( "Save the project, its data and the map, as a new file" ) );
  connect( mActionSaveAs, &QAction::triggered, this, &MainWindow::saveProjectAsDialog );

  mActionClose = new QAction( tr( "&Close Project" ), this );
  mActionClose->setShortcut( QKeySequence::Close );
  connect( mActionClose, &QAction::triggered, this, [this] { closeProject(); } );

  mActionOpenDemo = new QAction( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ),
                                 tr( "Open the &Demo" ), this );
  mActionOpenDemo->setToolTip( tr( "Open Exempelkommun, a made-up town with synthetic events" ) );
  connect( mActionOpenDemo, &QAction::triggered, this, &MainWindow::openDemo );

  mActionPrint = new QAction( themeIcon( "mActionFilePrint.svg" ), tr( "&Print Map…" ), this );
  mActionPrint->setShortcut( QKeySequence::Print );
  mActionPrint->setToolTip( tr( "Print the map as it is shown, with the filter and the heatmap, to a PDF" ) );
  connect( mActionPrint, &QAction::triggered, this, &MainWindow::printMapDialog );

  mActionImport = new QAction( themeIcon( "mActionAddOgrLayer.svg" ), tr( "&Import…" ), this );
  mActionImport->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_I ) );
  mActionImport->setToolTip( tr( "Import incidents or safety-walk observations from a file" ) );
  connect( mActionImport, &QAction::triggered, this, &MainWindow::importDialog );

  mActionQuit = new QAction( tr( "&Quit" ), this );
  mActionQuit->setShortcut( QKeySequence::Quit );
  mActionQuit->setMenuRole( QAction::QuitRole );
  connect( mActionQuit, &QAction::triggered, this, &QWidget::close );

  auto *tools = new QActionGroup( this );
  auto toolAction = [this, tools]( const char *icon, const QString &text, QgsMapTool *tool )
  {
    auto *action = new QAction( themeIcon( icon ), text, this );
    action->setCheckable( true );
    tools->addAction( action );
    tool->setAction( action );
    connect( action, &QAction::triggered, this, [this, tool] { mCanvas->setMapTool( tool ); } );
    return action;
  };
  mActionPan = toolAction( "mActionPan.svg", tr( "Pan" ), mPanTool );
  mActionZoomIn = toolAction( "mActionZoomIn.svg", tr( "Zoom In" ), mZoomInTool );
  mActionZoomOut = toolAction( "mActionZoomOut.svg", tr( "Zoom Out" ), mZoomOutTool );
  mActionIdentify = toolAction( "mActionIdentify.svg", tr( "Identify" ), mIdentifyTool );
  mActionIdentify->setToolTip( tr( "Identify: click the map to see the attributes of what is there" ) );
  mActionMeasure = toolAction( "mActionMeasure.svg", tr( "Measure Distance" ), mDistanceTool );
  mActionMeasure->setObjectName( QStringLiteral( "ActionMeasure" ) );
  mActionMeasure->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_M ) );
  mActionMeasure->setToolTip(
    tr( "Measure a distance on the ground: click the points, double-click to finish" ) );
  mActionMeasureArea = toolAction( "mActionMeasureArea.svg", tr( "Measure Area" ), mAreaTool );
  mActionMeasureArea->setObjectName( QStringLiteral( "ActionMeasureArea" ) );
  mActionMeasureArea->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_J ) );
  mActionMeasureArea->setToolTip(
    tr( "Measure an area on the ground: click its corners, double-click to finish" ) );

  mActionShowScaleBar = new QAction( themeIcon( "mActionScaleBar.svg" ), tr( "Show Scale Bar" ), this );
  mActionShowScaleBar->setObjectName( QStringLiteral( "ActionShowScaleBar" ) );
  mActionShowScaleBar->setCheckable( true );
  mActionShowScaleBar->setChecked( mScaleBar->isScaleBarVisible() );
  connect( mActionShowScaleBar, &QAction::toggled, this,
           [this]( bool visible )
           {
             mScaleBar->setScaleBarVisible( visible );
             QSettings().setValue( QStringLiteral( "map/showScaleBar" ), visible );
           } );

  mActionAddLayer = new QAction( themeIcon( "mActionAddLayer.svg" ), tr( "Add &Layer…" ), this );
  mActionAddLayer->setObjectName( QStringLiteral( "ActionAddLayer" ) );
  mActionAddLayer->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_L ) );
  mActionAddLayer->setToolTip(
    tr( "Show your own map data with the project: a file, a WMS/WMTS service or tiles (not imported)" ) );
  connect( mActionAddLayer, &QAction::triggered, this, &MainWindow::addLayerDialog );

  mActionAddIncident =
    toolAction( "mActionCapturePoint.svg", tr( "Add Incident" ), mEditor->addIncidentTool() );
  mActionAddIncident->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_Period ) );
  mActionAddIncident->setToolTip( tr( "Add an incident: click the map where it happened (Ctrl+.)" ) );
  mActionAddObservation = toolAction( "mActionCapturePoint.svg", tr( "Add Safety-Walk Observation" ),
                                      mEditor->addObservationTool() );
  mActionAddObservation->setIcon( themeIcon( "mActionAddMarker.svg" ) );
  mActionAddObservation->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_Period ) );
  mActionAddObservation->setToolTip( tr( "Add a safety-walk observation: click the map where it was made" ) );
  mActionSelect = toolAction( "mActionSelectRectangle.svg", tr( "Select" ),
                              static_cast<QgsMapTool *>( mEditor->selectTool() ) );
  mActionSelect->setShortcut( QKeySequence( Qt::CTRL | Qt::ALT | Qt::Key_S ) );
  mActionSelect->setToolTip(
    tr( "Select incidents and observations: click, Shift-click to add, Ctrl-click to "
        "toggle, or drag a rectangle. Drag a selected point to move the selection; "
        "double-click to edit." ) );
  mActionUndo = new QAction( themeIcon( "mActionUndo.svg" ), tr( "&Undo" ), this );
  mActionUndo->setShortcut( QKeySequence::Undo );
  mActionRedo = new QAction( themeIcon( "mActionRedo.svg" ), tr( "&Redo" ), this );
  mActionRedo->setShortcuts(
    { QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_Z ), QKeySequence( Qt::CTRL | Qt::Key_Y ) } );
  mActionEditSelected = new QAction( themeIcon( "mActionToggleEditing.svg" ), tr( "&Edit Selected…" ), this );
  mActionEditSelected->setShortcut( QKeySequence( Qt::CTRL | Qt::Key_E ) );
  mActionEditSelected->setToolTip( tr( "Edit the selected incident or observation; several incidents are "
                                       "changed together" ) );
  mActionDeleteSelected =
    new QAction( themeIcon( "mActionDeleteSelected.svg" ), tr( "&Delete Selected" ), this );
  mActionDeleteSelected->setShortcut( QKeySequence::Delete );
  EditActions editActions;
  editActions.undo = mActionUndo;
  editActions.redo = mActionRedo;
  editActions.addIncident = mActionAddIncident;
  editActions.addObservation = mActionAddObservation;
  editActions.select = mActionSelect;
  editActions.editSelected = mActionEditSelected;
  editActions.deleteSelected = mActionDeleteSelected;
  mEditor->setActions( editActions );

  mActionZoomFull = new QAction( themeIcon( "mActionZoomFullExtent.svg" ), tr( "Zoom Full" ), this );
  connect( mActionZoomFull, &QAction::triggered, this, &MainWindow::zoomToFullExtent );
  mActionZoomLayer = new QAction( themeIcon( "mActionZoomToLayer.svg" ), tr( "Zoom to Layer" ), this );
  connect( mActionZoomLayer, &QAction::triggered, this, &MainWindow::zoomToCurrentLayer );

  auto analysisAction = [this]( const QString &text, const QString &tip, AnalysisKind kind )
  {
    auto *action = new QAction( text, this );
    action->setToolTip( tip );
    connect( action, &QAction::triggered, this, [this, kind] { openAnalysisDialog( kind ); } );
    return action;
  };
  mActionKernelDensity = analysisAction(
    tr( "&Kernel Density (Heatmap Raster)…" ),
    tr( "A heatmap of the incidents in the filter, stored in the project" ), AnalysisKind::KernelDensity );
  mActionHotSpots = analysisAction( tr( "&Hot Spots (Gi*)…" ),
                                    tr( "Statistical hot and cold spots of the incidents in the filter" ),
                                    AnalysisKind::HotSpots );
  mActionClusters =
    analysisAction( tr( "&Clusters (DBSCAN)…" ), tr( "Groups of incidents close together, with outlines" ),
                    AnalysisKind::Clusters );
  mActionCompare =
    analysisAction( tr( "Com&pare Periods…" ),
                    tr( "The filter's period against the one before or last year, per area and cell" ),
                    AnalysisKind::Comparison );
}

void MainWindow::createMenusAndToolbars()
{
  QMenu *fileMenu = menuBar()->addMenu( tr( "&File" ) );
  fileMenu->addAction( mActionNew );
  fileMenu->addAction( mActionOpen );
  mRecentMenu = fileMenu->addMenu( tr( "Open &Recent" ) );
  connect( mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu );
  fileMenu->addAction( mActionOpenDemo );
  fileMenu->addSeparator();
  fileMenu->addAction( mActionSave );
  fileMenu->addAction( mActionSaveAs );
  fileMenu->addAction( mActionClose );
  fileMenu->addSeparator();
  fileMenu->addAction( mActionPrint );
  fileMenu->addSeparator();
  fileMenu->addAction( mActionImport );
  fileMenu->addAction( mActionAddLayer );
  fileMenu->addSeparator();
  fileMenu->addAction( mActionQuit );

  QMenu *editMenu = menuBar()->addMenu( tr( "&Edit" ) );
  editMenu->addAction( mActionUndo );
  editMenu->addAction( mActionRedo );
  editMenu->addSeparator();
  for ( QAction *action : { mActionAddIncident, mActionAddObservation, mActionSelect } )
    editMenu->addAction( action );
  editMenu->addSeparator();
  editMenu->addAction( mActionEditSelected );
  editMenu->addAction( mActionDeleteSelected );
  editMenu->addSeparator();
  // The attribute table's show/hide action is the dock's own (createDocks runs first).
  editMenu->addAction( mAttributeTableDock->toggleViewAction() );
  mEditMenu = editMenu;

  QMenu *viewMenu = menuBar()->addMenu( tr( "&Map" ) );
  for ( QAction *action : { mActionPan, mActionZoomIn, mActionZoomOut, mActionIdentify } )
    viewMenu->addAction( action );
  viewMenu->addSeparator();
  viewMenu->addAction( mActionMeasure );
  viewMenu->addAction( mActionMeasureArea );
  viewMenu->addSeparator();
  viewMenu->addAction( mActionZoomFull );
  viewMenu->addAction( mActionZoomLayer );
  viewMenu->addSeparator();
  viewMenu->addAction( mActionShowScaleBar );

  QMenu *analysisMenu = menuBar()->addMenu( tr( "&Analysis" ) );
  analysisMenu->setObjectName( QStringLiteral( "AnalysisMenu" ) );
  for ( QAction *action : { mActionKernelDensity, mActionHotSpots, mActionClusters, mActionCompare } )
    analysisMenu->addAction( action );
  analysisMenu->addSeparator();
  QAction *showResults = mResultsDock->toggleViewAction();
  showResults->setText( tr( "&Stored Results" ) );
  analysisMenu->addAction( showResults );

  QMenu *settingsMenu = menuBar()->addMenu( tr( "&Settings" ) );
  QMenu *languageMenu = settingsMenu->addMenu( tr( "Language" ) );
  auto *languages = new QActionGroup( this );
  // Language names in their own language, so that everyone finds theirs.
  for ( const auto &[code, name] :
        { std::pair<QString, QString>( QStringLiteral( "sv" ), QStringLiteral( "Svenska" ) ),
          std::pair<QString, QString>( QStringLiteral( "en" ), QStringLiteral( "English" ) ) } )
  {
    QAction *action = languageMenu->addAction( name );
    action->setCheckable( true );
    action->setChecked( installedLanguage() == code );
    languages->addAction( action );
    connect( action, &QAction::triggered, this,
             [this, code = code]
             {
               QSettings().setValue( QStringLiteral( "ui/language" ), code );
               QMessageBox::information( this, tr( "Language" ),
                                         tr( "The new language is used the next time Tryggkarta starts." ) );
             } );
  }

  QMenu *helpMenu = menuBar()->addMenu( tr( "&Help" ) );
  QAction *about = helpMenu->addAction( tr( "&About Tryggkarta" ) );
  about->setMenuRole( QAction::AboutRole );
  connect(
    about, &QAction::triggered, this,
    [this]
    {
      QMessageBox::about(
        this, tr( "About Tryggkarta" ),
        tr( "<p><b>Tryggkarta</b> %1</p><p>Maps for the municipality's crime prevention and safety work "
            "(EST): incidents, safety walks and actions.</p><p>Built on QGIS %2.</p>" )
          .arg( QStringLiteral( TRYGGKARTA_VERSION ), Qgis::version() ) );
    } );

  QToolBar *fileBar = addToolBar( tr( "Project" ) );
  fileBar->setObjectName( QStringLiteral( "ProjectToolBar" ) );
  fileBar->addAction( mActionNew );
  fileBar->addAction( mActionOpen );
  fileBar->addAction( mActionSave );
  fileBar->addAction( mActionPrint );
  fileBar->addAction( mActionImport );
  fileBar->addAction( mActionAddLayer );

  QToolBar *mapBar = addToolBar( tr( "Map Navigation" ) );
  mapBar->setObjectName( QStringLiteral( "MapToolBar" ) );
  for ( QAction *action : { mActionPan, mActionZoomIn, mActionZoomOut, mActionZoomFull, mActionZoomLayer,
                            mActionIdentify, mActionMeasure, mActionMeasureArea } )
    mapBar->addAction( action );

  mEditBar = addToolBar( tr( "Editing" ) );
  mEditBar->setObjectName( QStringLiteral( "EditToolBar" ) );
  for ( QAction *action : { mActionUndo, mActionRedo } )
    mEditBar->addAction( action );
  mEditBar->addSeparator();
  for ( QAction *action : { mActionAddIncident, mActionAddObservation, mActionSelect, mActionEditSelected,
                            mActionDeleteSelected } )
    mEditBar->addAction( action );
  mEditBar->addSeparator();
  mEditBar->addAction( mAttributeTableDock->toggleViewAction() );
}

void MainWindow::createDocks()
{
  mLayerTreeView = new QgsLayerTreeView( this );
  mLayerTreeView->setObjectName( QStringLiteral( "LayerTree" ) );
  auto *model = new QgsLayerTreeModel( mProject->layerTreeRoot(), mLayerTreeView );
  model->setFlag( QgsLayerTreeModel::AllowNodeReorder );
  model->setFlag( QgsLayerTreeModel::AllowNodeChangeVisibility );
  model->setFlag( QgsLayerTreeModel::AllowLegendChangeState );
  model->setFlag( QgsLayerTreeModel::ShowLegendAsTree );
  model->setFlag( QgsLayerTreeModel::UseTextFormatting );
  model->setAutoCollapseLegendNodes( 30 );
  mLayerTreeView->setModel( model );
  mLayerTreeView->setMenuProvider( new LayerTreeMenuProvider( mLayerTreeView, this ) );
  connect( mLayerTreeView, &QgsLayerTreeView::currentLayerChanged, this, &MainWindow::updateActions );

  mLayersDock = new QDockWidget( tr( "Layers" ), this );
  mLayersDock->setObjectName( QStringLiteral( "LayersDock" ) );
  mLayersDock->setFeatures( QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable );
  mLayersDock->setWidget( mLayerTreeView );
  mLayersDock->setMinimumWidth( 260 );
  addDockWidget( Qt::LeftDockWidgetArea, mLayersDock );

  mIdentifyTree = new QTreeWidget( this );
  mIdentifyTree->setObjectName( QStringLiteral( "IdentifyResults" ) );
  mIdentifyTree->setColumnCount( 2 );
  mIdentifyTree->setHeaderLabels( { tr( "Field" ), tr( "Value" ) } );
  mIdentifyTree->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  mIdentifyTree->setAlternatingRowColors( true );
  mIdentifyDock = new QDockWidget( tr( "Identify Results" ), this );
  mIdentifyDock->setObjectName( QStringLiteral( "IdentifyDock" ) );
  mIdentifyDock->setWidget( mIdentifyTree );
  addDockWidget( Qt::RightDockWidgetArea, mIdentifyDock );
  // Wide enough for the category names in the legend and for dates in the results.
  resizeDocks( { mLayersDock, mIdentifyDock }, { 320, 380 }, Qt::Horizontal );
  mIdentifyDock->hide();

  mFilterPanel = new FilterPanel( this );
  mFilterDock = new QDockWidget( tr( "Filter" ), this );
  mFilterDock->setObjectName( QStringLiteral( "FilterDock" ) );
  mFilterDock->setWidget( mFilterPanel );
  mFilterDock->setMinimumWidth( 340 );
  addDockWidget( Qt::LeftDockWidgetArea, mFilterDock );
  tabifyDockWidget( mLayersDock, mFilterDock );
  mFilterDock->raise();
  connect( mFilterPanel, &FilterPanel::selectionChanged, this, [this] { applyFilter(); } );

  mStatisticsPanel = new StatisticsPanel( this );
  mStatisticsDock = new QDockWidget( tr( "Statistics" ), this );
  mStatisticsDock->setObjectName( QStringLiteral( "StatisticsDock" ) );
  mStatisticsDock->setWidget( mStatisticsPanel );
  mStatisticsDock->setMinimumWidth( 380 );
  addDockWidget( Qt::RightDockWidgetArea, mStatisticsDock );
  connect( mStatisticsDock, &QDockWidget::visibilityChanged, this,
           [this]( bool visible )
           {
             if ( visible && mStatisticsStale && !mLoadingProject )
               applyFilter( FilterApply::Always );
           } );
  mResultsPanel = new ResultsPanel( mProject, mCanvas, this );
  mResultsDock = new QDockWidget( tr( "Stored Results" ), this );
  mResultsDock->setObjectName( QStringLiteral( "ResultsDock" ) );
  mResultsDock->setWidget( mResultsPanel );
  mResultsDock->setMinimumWidth( 340 );
  addDockWidget( Qt::RightDockWidgetArea, mResultsDock );
  tabifyDockWidget( mStatisticsDock, mResultsDock );
  mStatisticsDock->raise();
  connect( mResultsPanel, &ResultsPanel::message, this,
           [this]( const QString &text ) { statusBar()->showMessage( text, 8000 ); } );
  mAttributeTable = new AttributeTablePanel( mCanvas, this );
  mAttributeTableDock = new QDockWidget( tr( "Attribute Table" ), this );
  mAttributeTableDock->setObjectName( QStringLiteral( "AttributeTableDock" ) );
  mAttributeTableDock->setWidget( mAttributeTable );
  addDockWidget( Qt::BottomDockWidgetArea, mAttributeTableDock );
  mAttributeTableDock->hide();
  QAction *showTable = mAttributeTableDock->toggleViewAction();
  showTable->setText( tr( "&Attribute Table" ) );
  showTable->setIcon( themeIcon( "mActionOpenTable.svg" ) );
  showTable->setShortcut( QKeySequence( Qt::Key_F6 ) );
  showTable->setToolTip( tr( "The incidents and observations as a table: search, sort, double-click to show "
                             "one on the map (F6)" ) );

  connect( mFilterPanel, &FilterPanel::fixedColourScaleChanged, this,
           [this]( bool fixed )
           {
             mHeatmap->setFixedScale( fixed );
             applyFilter( FilterApply::Always );
           } );
}

void MainWindow::createStatusBar()
{
  mFilterSummary = new QLabel( this );
  mFilterSummary->setObjectName( QStringLiteral( "FilterSummary" ) );
  mFilterSummary->setMinimumWidth( 10 );
  statusBar()->addWidget( mFilterSummary, 1 );

  mCoordinatesLabel = new QLabel( this );
  mCoordinatesLabel->setObjectName( QStringLiteral( "CoordinatesLabel" ) );
  mCoordinatesLabel->setMinimumWidth( 260 );
  mCoordinatesLabel->setToolTip( tr( "Cursor position in the map's coordinate system" ) );
  mCoordinatesLabel->setAlignment( Qt::AlignRight | Qt::AlignVCenter );
  statusBar()->addPermanentWidget( mCoordinatesLabel );

  mScaleLabel = new QLabel( tr( "Scale" ), this );
  statusBar()->addPermanentWidget( mScaleLabel );
  mScaleCombo = new QgsScaleComboBox( this );
  mScaleCombo->setObjectName( QStringLiteral( "ScaleCombo" ) );
  mScaleCombo->setMinimumWidth( 130 );
  statusBar()->addPermanentWidget( mScaleCombo );
  connect( mScaleCombo, &QgsScaleComboBox::scaleChanged, this,
           [this]( double scale )
           {
             if ( !qgsDoubleNear( scale, mCanvas->scale(), 0.5 ) )
               mCanvas->zoomScale( scale );
           } );

  mCrsLabel = new QLabel( this );
  mCrsLabel->setObjectName( QStringLiteral( "CrsLabel" ) );
  statusBar()->addPermanentWidget( mCrsLabel );

  connect( mCanvas, &QgsMapCanvas::xyCoordinates, this, &MainWindow::showCoordinates );
  connect( mCanvas, &QgsMapCanvas::scaleChanged, this, &MainWindow::showScale );
  connect( mCanvas, &QgsMapCanvas::destinationCrsChanged, this, &MainWindow::showCrs );
  showCrs();
}

void MainWindow::showCoordinates( const QgsPointXY &point )
{
  const QLocale locale;
  if ( mCanvas->mapSettings().destinationCrs().isGeographic() )
    mCoordinatesLabel->setText(
      tr( "Lat %1°  Lon %2°" )
        .arg( locale.toString( point.y(), 'f', 6 ), locale.toString( point.x(), 'f', 6 ) ) );
  else
    // SWEREF 99 and RT90 are in metres; whole metres are as precise as a click gets.
    mCoordinatesLabel->setText(
      tr( "N %1  E %2 m" )
        .arg( locale.toString( qRound64( point.y() ) ), locale.toString( qRound64( point.x() ) ) ) );
}

void MainWindow::showScale( double scale )
{
  const QSignalBlocker blocker( mScaleCombo );
  mScaleCombo->setScale( scale );
}

void MainWindow::showCrs()
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  mCrsLabel->setText( QStringLiteral( "%1 (%2)" ).arg( crs.description(), crs.authid() ) );
}

QgsVectorLayer *MainWindow::layerForTable( const QString &table ) const
{
  return ProjectLayers::layerForTable( mProject, table );
}

bool MainWindow::isSyntheticDataNoteShown() const
{
  return !mSyntheticDataNote->isHidden();
}

QString MainWindow::openProject( const QString &path )
{
  if ( isImportRunning() )
    return tr( "An import is running. Wait for it to finish or cancel it before opening another project." );
  // The lock first: a file another Tryggkarta has open is neither migrated nor read. Opening the open file
  // again takes our own lock over.
  const bool reopening = !mProjectPath.isEmpty() &&
                         QFileInfo( path ).absoluteFilePath() == QFileInfo( mProjectPath ).absoluteFilePath();
  if ( reopening )
    mLock->release();
  auto lock = std::make_unique<ProjectLock>();
  const QString locked = QFileInfo::exists( path ) ? lock->acquire( path ) : QString();
  if ( !locked.isEmpty() )
    return locked;
  auto info = ProjectLayers::readProjectInfo( path );
  if ( !info )
  {
    if ( reopening )
      mLock->acquire( mProjectPath );
    return CoreMessages::text( info.error() );
  }
  // Analyses of the project that closes end before its lock goes (they would write into it meanwhile); their
  // dialogs belong to it and close.
  if ( !stopAnalyses( false ) )
  {
    if ( reopening )
      mLock->acquire( mProjectPath );
    return tr( "An analysis of the open project did not stop. Try again when it has finished." );
  }
  closeAnalysisDialogs();
  // The project we leave was closed on purpose: its autosaved map state is not a crash's.
  if ( !mProjectPath.isEmpty() )
    removeStoredState( autosaveName() );
  mLock = std::move( lock );
  mLoadingProject = true;
  struct LoadingDone
  {
    bool &flag;
    ~LoadingDone() { flag = false; }
  } loadingDone{ mLoadingProject };

  // Edits and the table belong to the project that closes (the editor writes through its connection).
  mEditor->clear();
  mAttributeTable->clear();
  // A file QGIS Desktop left in WAL mode goes back to a rollback journal (see initQgis) before the map reads
  // it; the connection is then held while the project is open.
  mSessionConnection.reset();
  try
  {
    auto connection = std::make_unique<tryggkarta::Database>( info->path.toStdString(),
                                                              tryggkarta::Database::Mode::ReadWrite );
    connection->exec( "PRAGMA journal_mode = DELETE" );
    mSessionConnection = std::move( connection );
  }
  catch ( const tryggkarta::SqlError & )
  {
    // A read-only file: QGIS reads it as it is.
  }

  const bool english = installedLanguage() == QLatin1String( "en" );
  mIdentifyTree->clear();
  clearHighlights();
  mIdentifyTool->setLayers( {}, {} ); // the layers it knows are about to go
  // A render job of the previous project still holds its layers and would touch them when it finishes.
  mCanvas->cancelJobs();
  const LoadResult loaded = ProjectLayers::load( mProject, *info, english );
  if ( !loaded.error.isEmpty() )
  {
    mProject->removeAllMapLayers();
    mProject->layerTreeRoot()->removeAllChildren();
    mProjectPath.clear();
    mCategoryLabels.clear();
    mSyntheticDataNote->hide(); // nothing of the previous project may stay on the map
    mSessionConnection.reset();
    mLock->release();
    showMap( false );
    updateActions();
    updateWindowTitle();
    return loaded.error;
  }

  mProjectPath = info->path;
  mCategoryLabels.clear();
  for ( const tryggkarta::Category &category : info->categories )
    mCategoryLabels.insert(
      QString::fromStdString( category.code ),
      QString::fromStdString( english && !category.labelEn.empty() ? category.labelEn : category.labelSv ) );

  updateIdentifyLayers();

  mSyntheticDataNote->setVisible( info->syntheticData );
  positionSyntheticDataNote();

  // The bridge would hand the layers to the canvas on its next event; do it now so the map is complete on
  // return.
  mBridge->setCanvasLayers();
  mCanvas->setDestinationCrs( mProject->crs() );
  mCanvas->setExtent( ProjectLayers::initialExtent( mProject ) );
  mCanvas->refresh();

  QStringList messages = loaded.warnings;
  if ( !info->migrationBackupPath.isEmpty() )
    messages << tr( "The project was updated to the current file format; the original was saved as %1." )
                  .arg( info->migrationBackupPath );
  if ( !messages.isEmpty() )
    statusBar()->showMessage( messages.join( QLatin1Char( ' ' ) ), 15000 );

  setUpFilter( *info );
  mResultsPanel->setProjectPath( mProjectPath, mCategoryLabels );
  restoreSavedState();
  showMap( true );
  RecentProjects::add( mProjectPath );
  mCleanFilterKey = filterKey();
  mProject->setDirty( false );
  QgsVectorLayer *incidents = layerForTable( QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations = layerForTable( QStringLiteral( "observations" ) );
  mEditor->setProject( mSessionConnection.get(), incidents, observations, english );
  mAttributeTable->setLayers( incidents, observations );

  // An autosaved map state still in the file means Tryggkarta ended without closing it: a crash.
  if ( storedProjectCount( mProjectPath, autosaveName() ) > 0 )
  {
    QgsProject autosaved;
    autosaved.read( storedProjectUri( mProjectPath, autosaveName() ),
                    QgsProject::ReadFlag::FlagDontResolveLayers | QgsProject::ReadFlag::FlagDontLoadLayouts );
    const QDateTime savedAt = QDateTime::fromString(
      autosaved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "savedAt" ) ), Qt::ISODate );
    const bool restore =
      mRecoveryPrompt
        ? mRecoveryPrompt( savedAt )
        : QMessageBox::question(
            this, tr( "Restore the Map?" ),
            tr(
              "Tryggkarta ended without closing %1 the last time. The map as it was at %2 (view, filter and "
              "layers) was saved automatically but not in the project. Restore it?" )
              .arg( QFileInfo( mProjectPath ).fileName(),
                    QLocale().toString( StockholmTime::wallClock( savedAt.toSecsSinceEpoch() ),
                                        QLocale::ShortFormat ) ),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes ) == QMessageBox::Yes;
    if ( restore )
    {
      restoreSavedState( autosaveName() );
      mProject->setDirty( true ); // restored, not saved: a save or the close question keeps it
    }
    else
      removeStoredState( autosaveName() );
  }

  // The filter, the heatmap and the incident points are complete before the map is first drawn: one render,
  // not one cancelled by the next.
  applyFilter( FilterApply::Now );
  settleCanvasSize();
  updateActions();
  updateWindowTitle();
  emit projectOpened( mProjectPath );
  return QString();
}

void MainWindow::settleCanvasSize()
{
  // The panels that came back with the project change the map's size, but only when their layout request is
  // handled; QgsMapCanvas then redraws half a second later and so cancels a first render still running. Lay
  // the window out now (the first render has not started: it waits for the event loop) and drop that redraw:
  // the canvas already has its new size.
  QCoreApplication::sendPostedEvents( nullptr, QEvent::LayoutRequest );
  for ( QTimer *timer : mCanvas->findChildren<QTimer *>( QString(), Qt::FindDirectChildrenOnly ) )
    if ( timer->isSingleShot() && timer->interval() == 500 && timer->isActive() )
      timer->stop(); // QgsMapCanvas's resize timer (3.22)
}

bool MainWindow::isWelcomePageShown() const
{
  return mCentral->currentWidget() == mWelcome;
}

void MainWindow::showMap( bool map )
{
  if ( map == mMapShown )
    return;
  mMapShown = map;
  // Without a project the welcome page stands alone: the panels go away and come back as they were.
  const QList<QDockWidget *> docks = findChildren<QDockWidget *>( QString(), Qt::FindDirectChildrenOnly );
  if ( !map )
  {
    mDocksToRestore.clear();
    for ( QDockWidget *dock : docks )
      if ( !dock->isHidden() )
      {
        mDocksToRestore << dock;
        dock->hide();
      }
    mWelcome->refresh();
  }
  else
  {
    for ( QDockWidget *dock : std::as_const( mDocksToRestore ) )
      dock->show();
    mDocksToRestore.clear();
    // The filter and the statistics are where a session starts (the tabs behind them came back on top).
    for ( QDockWidget *dock : { mFilterDock, mStatisticsDock } )
      if ( dock && dock->isVisible() )
        dock->raise();
  }
  for ( QWidget *widget :
        { static_cast<QWidget *>( mCoordinatesLabel ), static_cast<QWidget *>( mScaleCombo ),
          static_cast<QWidget *>( mCrsLabel ), static_cast<QWidget *>( mScaleLabel ) } )
    if ( widget )
      widget->setVisible( map );
  mCentral->setCurrentWidget( map ? static_cast<QWidget *>( mCanvas ) : mWelcome );
}

bool MainWindow::isMapStateDirty() const
{

  return !mProjectPath.isEmpty() && ( mProject->isDirty() || filterKey() != mCleanFilterKey );
}

QString MainWindow::filterKey() const
{
  // What of the filter the map state keeps (see writeMapState).
  QStringList categories;
  for ( const std::string &code : mFilterPanel->selection().categories )
    categories << QString::fromStdString( code );
  return QStringLiteral( "%1|%2|%3" )
    .arg( mFilterPanel->periodFrom().toString( Qt::ISODate ),
          mFilterPanel->periodUntil().toString( Qt::ISODate ), categories.join( QLatin1Char( ',' ) ) );
}

bool MainWindow::maybeSaveMapState()
{
  if ( !isMapStateDirty() )
    return true;
  CloseAnswer answer = CloseAnswer::Cancel;
  if ( mCloseQuestion )
    answer = mCloseQuestion();
  else
  {
    const auto button = QMessageBox::question(
      this, tr( "Save the Map?" ),
      tr( "The map of %1 (view, filter, layers and styles) has changed since it was saved. Save it in the "
          "project? The data itself (imports, edits, analyses) is already saved." )
        .arg( QFileInfo( mProjectPath ).fileName() ),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save );
    answer = button == QMessageBox::Save      ? CloseAnswer::Save
             : button == QMessageBox::Discard ? CloseAnswer::Discard
                                              : CloseAnswer::Cancel;
  }
  if ( answer == CloseAnswer::Cancel )
    return false;
  if ( answer == CloseAnswer::Save )
  {
    const QString problem = saveProject();
    if ( !problem.isEmpty() )
    {
      showError( tr( "Save" ), problem );
      return false;
    }
  }
  return true;
}

bool MainWindow::closeProject( bool force )
{
  if ( mProjectPath.isEmpty() )
    return true;
  if ( isImportRunning() )
    return false;
  if ( !stopAnalyses( !force ) )
    return false;
  if ( !force && !maybeSaveMapState() )
    return false;
  closeAnalysisDialogs();
  removeStoredState( autosaveName() );
  mCanvas->cancelJobs();
  // Edits, their undo history and the table belong to the file that closes.
  mEditor->clear();
  mAttributeTable->clear();
  mResultsPanel->setProjectPath( QString(), {} );
  clearHighlights();
  mIdentifyTree->clear();
  mIdentifyTool->setLayers( {}, {} );
  mHeatmap->clear();
  mProject->removeAllMapLayers();
  mProject->layerTreeRoot()->removeAllChildren();
  mProject->setDirty( false );
  mFiltered.clear();
  mFilterSummary->clear();
  mCleanFilterKey.clear();
  mProjectPath.clear();
  mCategoryLabels.clear();
  mSyntheticDataNote->hide();
  mSessionConnection.reset();
  mLock->release();
  showMap( false );
  updateActions();
  updateWindowTitle();
  return true;
}

void MainWindow::openProjectInteractively( const QString &path )
{
  if ( path.isEmpty() || isImportRunning() || !mayStopAnalyses() || !maybeSaveMapState() )
    return;
  const QString error = openProject( path );
  if ( !error.isEmpty() )
  {
    showError( tr( "Open Project" ), error );
    if ( !QFileInfo::exists( path ) )
      RecentProjects::remove( path );
    if ( mProjectPath.isEmpty() )
      mWelcome->refresh();
  }
}

void MainWindow::openDemo()
{
  const QString path = demoProjectPath();
  if ( !QFileInfo::exists( path ) )
  {
    QDir().mkpath( QFileInfo( path ).absolutePath() );
    // A few hundred milliseconds of generating: on a worker, with the window responsive.
    QProgressDialog progress( tr( "Creating the demo project…" ), QString(), 0, 0, this );
    progress.setWindowTitle( tr( "Open the Demo" ) );
    progress.setWindowModality( Qt::WindowModal );
    progress.setMinimumDuration( 300 );
    QFuture<QString> future = QtConcurrent::run(
      [path]
      {
        auto created = tryggkarta::createDemoProject( path.toStdString() );
        return created ? QString() : CoreMessages::text( created.error() );
      } );
    while ( !future.isFinished() )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 50 );
    progress.close();
    const QString problem = future.result();
    if ( !problem.isEmpty() )
    {
      QFile::remove( path ); // never a half-made demo
      showError( tr( "Open the Demo" ), problem );
      return;
    }
  }
  openProjectInteractively( path );
}

void MainWindow::updateRecentMenu()
{
  mRecentMenu->clear();
  const QStringList recent = RecentProjects::list();
  for ( int i = 0; i < recent.size(); ++i )
  {
    const QString path = recent.at( i );
    // &1 … &9 as keyboard accelerators for the newest nine.
    const QString text = i < 9 ? QStringLiteral( "&%1  %2" ).arg( i + 1 ).arg( QFileInfo( path ).fileName() )
                               : QFileInfo( path ).fileName();
    QAction *action = mRecentMenu->addAction( text );
    action->setToolTip( QDir::toNativeSeparators( path ) );
    action->setStatusTip( QDir::toNativeSeparators( path ) );
    connect( action, &QAction::triggered, this, [this, path] { openProjectInteractively( path ); } );
  }
  if ( recent.isEmpty() )
    mRecentMenu->addAction( tr( "No recent projects" ) )->setEnabled( false );
}

void MainWindow::updateActions()
{
  const bool open = !mProjectPath.isEmpty();
  const bool importing = isImportRunning();
  // While an import writes the open project, no other project is created or opened.
  mActionNew->setEnabled( !importing );
  mActionOpen->setEnabled( !importing );
  mActionImport->setEnabled( open && !importing && mRunningAnalyses == 0 );
  for ( QAction *action : { mActionKernelDensity, mActionHotSpots, mActionClusters, mActionCompare } )
    action->setEnabled( open && !importing );
  mActionSave->setEnabled( open && !importing );
  mActionSaveAs->setEnabled( open && !importing );
  mActionClose->setEnabled( open && !importing );
  mActionOpenDemo->setEnabled( !importing );
  mRecentMenu->setEnabled( !importing );
  mActionPrint->setEnabled( open );
  mActionAddLayer->setEnabled( open );
  mActionZoomFull->setEnabled( open );
  mActionZoomLayer->setEnabled( open && mLayerTreeView->currentLayer() );
  // No edits while an import writes the project.
  if ( mEditor )
    mEditor->setEditingAllowed( open && !importing );
}

void MainWindow::updateWindowTitle()
{
  if ( mProjectPath.isEmpty() )
    setWindowTitle( QStringLiteral( "Tryggkarta" ) );
  else
    setWindowTitle( QStringLiteral( "%1 – Tryggkarta" ).arg( QFileInfo( mProjectPath ).fileName() ) );
}

void MainWindow::showError( const QString &title, const QString &message )
{
  QMessageBox::warning( this, title, message );
}

void MainWindow::newProject()
{
  if ( isImportRunning() || !maybeSaveMapState() )
    return;
  QString path =
    QFileDialog::getSaveFileName( this, tr( "New Project" ), QString(), tr( "Tryggkarta project (*.gpkg)" ),
                                  nullptr, QFileDialog::DontConfirmOverwrite );
  if ( path.isEmpty() || !mayStopAnalyses() )
    return;
  if ( QFileInfo( path ).suffix().compare( QLatin1String( "gpkg" ), Qt::CaseInsensitive ) != 0 )
    path += QLatin1String( ".gpkg" );
  // The core refuses an existing file: a project is never overwritten by accident.
  auto created = tryggkarta::ProjectFile::create( path.toStdString() );
  if ( !created )
  {
    showError( tr( "New Project" ), CoreMessages::text( created.error() ) );
    return;
  }
  created->reset(); // close the core's connection before QGIS opens the file
  const QString error = openProject( path );
  if ( !error.isEmpty() )
    showError( tr( "New Project" ), error );
}

void MainWindow::openProjectDialog()
{
  if ( isImportRunning() || !maybeSaveMapState() )
    return;
  const QString folder = mProjectPath.isEmpty() && !RecentProjects::list().isEmpty()
                           ? QFileInfo( RecentProjects::list().first() ).absolutePath()
                           : QFileInfo( mProjectPath ).absolutePath();
  const QString path = QFileDialog::getOpenFileName( this, tr( "Open Project" ), folder,
                                                     tr( "Tryggkarta project (*.gpkg);;All files (*)" ) );
  if ( path.isEmpty() || !mayStopAnalyses() )
    return;
  const QString error = openProject( path );
  if ( !error.isEmpty() )
    showError( tr( "Open Project" ), error );
}

void MainWindow::saveProjectAsDialog()
{
  if ( mProjectPath.isEmpty() || isImportRunning() )
    return;
  QString path =
    QFileDialog::getSaveFileName( this, tr( "Save Project As" ), QFileInfo( mProjectPath ).absolutePath(),
                                  tr( "Tryggkarta project (*.gpkg)" ) );
  if ( path.isEmpty() )
    return;
  if ( QFileInfo( path ).suffix().compare( QLatin1String( "gpkg" ), Qt::CaseInsensitive ) != 0 )
    path += QLatin1String( ".gpkg" );
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString problem = saveProjectAs( path );
  QApplication::restoreOverrideCursor();
  if ( !problem.isEmpty() )
    showError( tr( "Save Project As" ), problem );
  else
    statusBar()->showMessage( tr( "Saved as %1" ).arg( QFileInfo( path ).fileName() ), 5000 );
}

void MainWindow::importDialog()
{
  if ( mProjectPath.isEmpty() || isImportRunning() )
    return;
  const QString filters = tr( "All supported files (*.csv *.txt *.geojson *.json *.gpkg *.shp *.xlsx *.gpx);;"
                              "CSV (*.csv *.txt);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;"
                              "Shapefile (*.shp);;Excel (*.xlsx);;GPX (*.gpx)" );
  const QString path =
    QFileDialog::getOpenFileName( this, tr( "Import" ), QFileInfo( mProjectPath ).absolutePath(), filters );
  if ( path.isEmpty() )
    return;
  ImportDialog dialog( path, this );
  if ( !dialog.previewError().isEmpty() )
  {
    showError( tr( "Import" ), dialog.previewError() );
    return;
  }
  if ( dialog.exec() != QDialog::Accepted )
    return;
  startImport( path, dialog.options(), true );
}

bool MainWindow::isImportRunning() const
{
  return mImportWorker && mImportWorker->isRunning();
}

bool MainWindow::startImport( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                              bool showResult )
{
  if ( mProjectPath.isEmpty() || isImportRunning() )
    return false;
  tryggkarta::ImportOptions withProvenance = options;
  if ( withProvenance.importedBy.empty() )
    withProvenance.importedBy =
      qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();

  delete mImportWorker;
  mImportWorker = new ImportWorker( mProjectPath, sourcePath, withProvenance, this );
  mShowImportResult = showResult;
  connect( mImportWorker, &ImportWorker::progressChanged, this, &MainWindow::onImportProgress );
  connect( mImportWorker, &ImportWorker::finished, this, &MainWindow::onImportFinished );

  mImportProgress = new QProgressDialog( tr( "Importing %1…" ).arg( QFileInfo( sourcePath ).fileName() ),
                                         tr( "Cancel" ), 0, 1000, this );
  mImportProgress->setWindowTitle( tr( "Import" ) );
  mImportProgress->setAttribute( Qt::WA_DeleteOnClose );
  mImportProgress->setWindowModality( Qt::WindowModal );
  mImportProgress->setAutoClose( false );
  mImportProgress->setAutoReset( false );
  mImportProgress->setMinimumDuration( 500 );
  mImportProgress->setValue( 0 );
  // Cancelling only asks: the core stops at its next progress report and rolls the import back.
  ImportWorker *worker = mImportWorker;
  connect( mImportProgress, &QProgressDialog::canceled, worker, [worker] { worker->cancel(); } );

  // No map reads the project file while the import writes it: rendering stops until the layers are reloaded.
  mCanvas->stopRendering();
  mCanvas->freeze( true );
  mImportWorker->start();
  updateActions();
  statusBar()->showMessage( tr( "Importing %1…" ).arg( QFileInfo( sourcePath ).fileName() ) );
  return true;
}

void MainWindow::onImportProgress( double fraction )
{
  if ( mImportProgress && !mImportProgress->wasCanceled() )
    mImportProgress->setValue( qBound( 0, static_cast<int>( fraction * 1000 ), 1000 ) );
}

void MainWindow::onImportFinished( const ImportOutcome &outcome )
{
  if ( mImportProgress )
    mImportProgress->close();
  statusBar()->clearMessage();
  updateActions();
  mCanvas->freeze( false );
  if ( outcome.ok && !outcome.report.dryRun && !outcome.report.cancelled )
  {
    reloadLayers();
    refreshIncidents();
  }
  else
    mCanvas->refresh();
  if ( mShowImportResult && !mClosing )
  {
    if ( !outcome.ok )
      showError( tr( "Import" ), outcome.error );
    else
    {
      auto *dialog = new ImportResultDialog( outcome, this );
      dialog->setAttribute( Qt::WA_DeleteOnClose );
      dialog->show();
    }
  }
  emit importFinished( outcome );
}

void MainWindow::reloadLayers()
{
  const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
  for ( QgsMapLayer *layer : layers )
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vectorLayer || !vectorLayer->dataProvider() )
      continue;
    // The import wrote through another connection: the provider must drop what it cached (count, extent).
    vectorLayer->dataProvider()->reloadData();
    vectorLayer->updateExtents( true );
    vectorLayer->triggerRepaint();
  }
  if ( QgsVectorLayer *walks = layerForTable( QStringLiteral( "safety_walks" ) ) )
    LayerStyles::applySafetyWalkStyle( walks ); // a new walk gets its own colour
  mCanvas->refresh();
}

void MainWindow::zoomToFullExtent()
{
  if ( mProjectPath.isEmpty() )
    return;
  mCanvas->setExtent( ProjectLayers::initialExtent( mProject ) );
  mCanvas->refresh();
}

void MainWindow::zoomToCurrentLayer()
{
  QgsMapLayer *layer = mLayerTreeView->currentLayer();
  if ( !layer )
    return;
  QgsRectangle extent = mCanvas->mapSettings().layerExtentToOutputExtent( layer, layer->extent() );
  if ( extent.isNull() )
    return;
  // A single point has no extent: show some 500 m around it.
  if ( extent.width() == 0 || extent.height() == 0 )
    extent.grow( 250 );
  else
    extent.scale( 1.05 );
  mCanvas->setExtent( extent );
  mCanvas->refresh();
}

void MainWindow::clearHighlights()
{
  qDeleteAll( mHighlights );
  mHighlights.clear();
}

void MainWindow::showIdentifyResults( const QList<QgsMapToolIdentify::IdentifyResult> &results )
{
  mIdentifyTree->clear();
  clearHighlights();
  // The first feature is the one the panel opens on: mark it on the map.
  if ( !results.isEmpty() )
  {
    if ( auto *layer = qobject_cast<QgsVectorLayer *>( results.first().mLayer ) )
    {
      auto *highlight = new QgsHighlight( mCanvas, results.first().mFeature, layer );
      highlight->setColor( QColor( 255, 215, 0 ) );
      highlight->setFillColor( QColor( 255, 215, 0, 90 ) );
      highlight->setWidth( 3 );
      highlight->setBuffer( 0.8 );
      highlight->show();
      mHighlights << highlight;
    }
  }
  for ( const QgsMapToolIdentify::IdentifyResult &result : results )
  {
    const QgsFeature &feature = result.mFeature;
    const QgsFields fields = feature.fields();
    QString title = result.mLayer ? result.mLayer->name() : QString();
    const int categoryIndex = fields.indexOf( QStringLiteral( "category" ) );
    const int nameIndex = fields.indexOf( QStringLiteral( "name" ) );
    if ( categoryIndex >= 0 && result.mLayer == layerForTable( QStringLiteral( "incidents" ) ) )
    {
      const QString code = feature.attribute( categoryIndex ).toString();
      title += QStringLiteral( ": " ) + mCategoryLabels.value( code, code );
    }
    else if ( nameIndex >= 0 && !feature.attribute( nameIndex ).toString().isEmpty() )
      title += QStringLiteral( ": " ) + feature.attribute( nameIndex ).toString();

    auto *featureItem = new QTreeWidgetItem( mIdentifyTree, { title } );
    featureItem->setFirstColumnSpanned( true );
    QFont bold = featureItem->font( 0 );
    bold.setBold( true );
    featureItem->setFont( 0, bold );
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( result.mLayer );
    const bool fromProjectFile =
      vectorLayer && vectorLayer->providerType() == QLatin1String( "ogr" ) &&
      QFileInfo( vectorLayer->source().section( QLatin1Char( '|' ), 0, 0 ) ).absoluteFilePath() ==
        QFileInfo( mProjectPath ).absoluteFilePath();
    const QLocale locale;
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QVariant value = feature.attribute( i );
      QString text;
      const QgsEditorWidgetSetup setup =
        vectorLayer ? vectorLayer->editorWidgetSetup( i ) : QgsEditorWidgetSetup();
      if ( value.isNull() )
        text = QString();
      else if ( value.userType() == QMetaType::QDateTime )
      {
        // The project stores UTC; QGIS 3.22's OGR provider hands such a time over with UTC's digits marked
        // as local time. Shown as Stockholm's wall clock, as the forms and the table show it.
        const QDateTime dateTime = value.toDateTime();
        const QDateTime utc = dateTime.timeSpec() == Qt::LocalTime && fromProjectFile
                                ? QDateTime( dateTime.date(), dateTime.time(), Qt::UTC )
                                : dateTime.toUTC();
        text = locale.toString( StockholmTime::wallClock( utc.toSecsSinceEpoch() ), QLocale::ShortFormat );
      }
      else if ( vectorLayer && !setup.type().isEmpty() )
        // Coded values (category, place type, ...) shown by their labels, as the layer's value maps say.
        text = QgsApplication::fieldFormatterRegistry()
                 ->fieldFormatter( setup.type() )
                 ->representValue( vectorLayer, i, setup.config(), QVariant(), value );
      else
        text = value.toString();
      // Aliases come from the layer; the feature's own fields only carry the names.
      const QString name =
        vectorLayer ? vectorLayer->attributeDisplayName( i ) : fields.at( i ).displayName();
      new QTreeWidgetItem( featureItem, { name, text } );
    }
  }
  if ( results.isEmpty() )
    new QTreeWidgetItem( mIdentifyTree, { tr( "Nothing here." ) } );
  else
    mIdentifyTree->topLevelItem( 0 )->setExpanded( true );
  mIdentifyDock->show();
  mIdentifyDock->raise();
}

void MainWindow::positionSyntheticDataNote()
{
  mSyntheticDataNote->adjustSize();
  const int margin = 10;
  mSyntheticDataNote->move( margin, mCanvas->height() - mSyntheticDataNote->height() - margin );
  mSyntheticDataNote->raise();
}

bool MainWindow::eventFilter( QObject *watched, QEvent *event )
{
  if ( watched == mCanvas && event->type() == QEvent::Resize )
    positionSyntheticDataNote();
  return QMainWindow::eventFilter( watched, event );
}

void MainWindow::closeEvent( QCloseEvent *event )
{
  // The waits below run the event loop: a second close request meanwhile is the same one.
  if ( mClosing )
  {
    event->ignore();
    return;
  }
  mClosing = true;
  struct ClosingDone
  {
    bool &flag;
    ~ClosingDone() { flag = false; }
  } closingDone{ mClosing };
  if ( isImportRunning() )
  {
    const auto answer =
      QMessageBox::question( this, tr( "Import Running" ),
                             tr( "An import is running. Cancel it and quit? Nothing of it will be "
                                 "saved." ) );
    if ( answer != QMessageBox::Yes )
    {
      event->ignore();
      return;
    }
    // The import may have finished (and been saved) while the question was open: cancel only a running one,
    // and let it roll back before the map state is saved.
    if ( isImportRunning() )
    {
      mImportWorker->cancel();
      QElapsedTimer waited;
      waited.start();
      while ( isImportRunning() && waited.elapsed() < 30000 )
        QCoreApplication::processEvents( QEventLoop::ExcludeUserInputEvents, 50 );
    }
  }
  if ( !stopAnalyses( true ) || !maybeSaveMapState() )
  {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue( QStringLiteral( "ui/mainWindowGeometry" ), saveGeometry() );
  settings.setValue( QStringLiteral( "ui/mainWindowState" ), saveState() );
  event->accept();
}

void MainWindow::setUpFilter( const ProjectInfo &info )
{
  mFiltered.clear();
  const QString problem = mHeatmap->loadProject( info.path );
  if ( !problem.isEmpty() )
    statusBar()->showMessage( tr( "The heatmap is not available: %1" ).arg( problem ), 15000 );
  else if ( !mHeatmap->outsideWarning().isEmpty() )
    statusBar()->showMessage( mHeatmap->outsideWarning(), 30000 );
  QMap<QString, QString> groupLabels;
  QStringList organisations;
  try
  {
    auto project = tryggkarta::ProjectFile::open( info.path.toStdString(), true );
    if ( project )
    {
      const bool english = installedLanguage() == QLatin1String( "en" );
      tryggkarta::Statement groups =
        project.value()->db().prepare( "SELECT code, label_sv, label_en FROM "
                                       "category_groups ORDER BY sort_order, fid" );
      mGroupLabels.clear();
      while ( groups.step() )
      {
        groupLabels.insert( QString::fromStdString( groups.text( 0 ) ),
                            QString::fromStdString( groups.text( english ? 2 : 1 ) ) );
        mGroupLabels[groups.text( 0 )] = groups.text( english ? 2 : 1 );
      }
      tryggkarta::Statement names =
        project.value()->db().prepare( "SELECT name FROM organisations ORDER BY name" );
      while ( names.step() )
        organisations << QString::fromStdString( names.text( 0 ) );
      // In the order the filter list keeps when organisations are added (Å, Ä, Ö last, as Swedes expect).
      std::sort( organisations.begin(), organisations.end(),
                 []( const QString &a, const QString &b )
                 { return QString::localeAwareCompare( a, b ) < 0; } );
    }
  }
  catch ( const tryggkarta::SqlError & )
  {
    // The lists stay empty; the filter still works on periods and categories.
  }
  QDate first, last;
  incidentDateRange( mHeatmap->incidents(), first, last );
  // A project whose data ends in the past (an archive, the demo at an earlier date) is shown as of its last
  // incident, so the presets show data.
  QDate today = QDate::currentDate();
  if ( last.isValid() && last < today )
    today = last;
  mCategories = info.categories;
  QgsRasterLayer *heatmapLayer = mHeatmap->createLayer();
  Q_UNUSED( heatmapLayer )
  mFilterPanel->setProject( info.categories, groupLabels, organisations, first, last, today );
}

void MainWindow::refreshIncidents( const QgsFeatureIds *changed )
{
  QString problem;
  if ( changed )
  {
    std::vector<int64_t> fids( changed->begin(), changed->end() );
    std::sort( fids.begin(), fids.end() );
    const QString outsideBefore = mHeatmap->outsideWarning();
    problem = mHeatmap->updateIncidents( mProjectPath, fids );
    // An edit that put an incident far outside the municipality (or brought one back) says so.
    if ( problem.isEmpty() && mHeatmap->outsideWarning() != outsideBefore &&
         !mHeatmap->outsideWarning().isEmpty() )
      statusBar()->showMessage( mHeatmap->outsideWarning(), 30000 );
    // An organisation typed into the form joins the filter's list at once.
    QStringList organisations;
    for ( const tryggkarta::SelectedIncident &incident : mHeatmap->incidents() )
      if ( !incident.organisation.empty() && std::binary_search( fids.begin(), fids.end(), incident.fid ) )
        organisations << QString::fromStdString( incident.organisation );
    mFilterPanel->addOrganisations( organisations );
  }
  else
    problem = mHeatmap->loadProject( mProjectPath );
  if ( !problem.isEmpty() )
    statusBar()->showMessage( tr( "The heatmap is not available: %1" ).arg( problem ), 15000 );
  QDate first, last;
  incidentDateRange( mHeatmap->incidents(), first, last );
  mFilterPanel->setDateRange( first, last );
  applyFilter( FilterApply::Always );
}

void MainWindow::applyFilter( FilterApply how )
{
  if ( mProjectPath.isEmpty() )
    return;
  const tryggkarta::Selection selection = mFilterPanel->selection();
  const std::string selectionJson = selection.toJson();
  if ( how == FilterApply::IfChanged && selectionJson == mAppliedSelection )
    return;
  mAppliedSelection = selectionJson;
  if ( how != FilterApply::Now )
    mHeatmap->request( selection );
  const tryggkarta::ProjectArea *area = nullptr;
  auto filtered = tryggkarta::filterIncidents( mHeatmap->incidents(), selection, area );
  mFiltered = filtered ? std::move( filtered.value() ) : std::vector<tryggkarta::SelectedIncident>{};

  // Counts per category in the period, whatever categories are ticked.
  tryggkarta::Selection anyCategory = selection;
  anyCategory.categories.clear();
  std::map<std::string, size_t> counts;
  if ( auto inPeriod = tryggkarta::filterIncidents( mHeatmap->incidents(), anyCategory, area ) )
    for ( const tryggkarta::SelectedIncident &incident : inPeriod.value() )
      ++counts[incident.category];
  mFilterPanel->setCategoryCounts( counts );

  // The incident points on the map: the same incidents. Period, categories, sources and organisations are
  // plain SQL on indexed columns; the time-of-week and midpoint rules are not, so then the fids are listed.
  // The new filter is applied together with the new heatmap, so the canvas redraws once.
  QString subset;
  if ( mFiltered.size() != mHeatmap->incidents().size() )
  {
    if ( !selection.hasTimeOfWeekFilter() && !selection.area &&
         selection.intervalRule == tryggkarta::IntervalRule::Overlap )
    {
      QStringList terms;
      auto quoted = []( const std::string &text )
      {
        return QStringLiteral( "'%1'" ).arg(
          QString::fromStdString( text ).replace( QLatin1Char( '\'' ), QStringLiteral( "''" ) ) );
      };
      auto inList = [&]( const char *column, const std::vector<std::string> &values )
      {
        QStringList items;
        for ( const std::string &v : values )
          items << quoted( v );
        terms
          << QStringLiteral( "%1 IN (%2)" ).arg( QLatin1String( column ), items.join( QLatin1Char( ',' ) ) );
      };
      if ( selection.untilUtc )
        terms << QStringLiteral( "occurred_from < %1" )
                   .arg( quoted( tryggkarta::formatUtcIso( *selection.untilUtc ) ) );
      if ( selection.fromUtc )
      {
        terms << QStringLiteral( "coalesce(occurred_until, occurred_from) >= %1" )
                   .arg( quoted( tryggkarta::formatUtcIso( *selection.fromUtc ) ) );
        // The same condition in a form the index on occurred_from can take: no interval in the project is
        // longer than the longest one. Without it SQLite walks the index over everything before the period's
        // end (at 10^5 incidents most of the ~130 ms the map took to draw the last month).
        terms << QStringLiteral( "occurred_from >= %1" )
                   .arg( quoted(
                     tryggkarta::formatUtcIso( *selection.fromUtc - mHeatmap->longestIntervalSeconds() ) ) );
      }
      if ( !selection.categories.empty() )
        inList( "category", selection.categories );
      if ( !selection.sources.empty() )
        inList( "source", selection.sources );
      if ( !selection.organisations.empty() )
        inList( "organisation", selection.organisations );
      subset = terms.join( QStringLiteral( " AND " ) );
    }
    else
    {
      QStringList fids;
      fids.reserve( static_cast<int>( mFiltered.size() ) );
      for ( const tryggkarta::SelectedIncident &incident : mFiltered )
        fids << QString::number( incident.fid );
      subset = fids.isEmpty() ? QStringLiteral( "fid < 0" )
                              : QStringLiteral( "fid IN (%1)" ).arg( fids.join( QLatin1Char( ',' ) ) );
    }
  }
  mPendingIncidentFilter = subset;
  mHasPendingIncidentFilter = true;
  // The attribute table can show the same incidents.
  std::optional<QgsFeatureIds> shown;
  if ( !subset.isEmpty() )
  {
    shown.emplace();
    shown->reserve( static_cast<int>( mFiltered.size() ) );
    for ( const tryggkarta::SelectedIncident &incident : mFiltered )
      shown->insert( incident.fid );
  }
  mAttributeTable->setMapFilter( shown );

  // The statistics: this period against the one before it, with the same filter. A hidden panel is brought
  // up to date when it is shown again.
  mStatisticsStale = mStatisticsDock->isHidden();
  if ( !mStatisticsStale )
  {
    StatisticsInput input;
    input.current = mFiltered;
    // Without a whole period (e.g. the end before the start) the panel says the period is empty.
    input.currentPeriod = selection.fromUtc && selection.untilUtc
                            ? tryggkarta::Period{ *selection.fromUtc, *selection.untilUtc }
                            : tryggkarta::Period{ 0, 0 };
    if ( !selection.fromUtc || !selection.untilUtc )
      input.current.clear();
    else if ( auto before = tryggkarta::previousPeriod( *selection.fromUtc, *selection.untilUtc ) )
    {
      input.beforePeriod = before.value();
      tryggkarta::Selection earlier = selection;
      earlier.fromUtc = input.beforePeriod.fromUtc;
      earlier.untilUtc = input.beforePeriod.untilUtc;
      if ( auto previous = tryggkarta::filterIncidents( mHeatmap->incidents(), earlier, area ) )
        input.before = std::move( previous.value() );
    }
    input.categories = mCategories;
    for ( const tryggkarta::ProjectArea &a : mHeatmap->areas() )
      if ( a.kind == "est_area" )
        input.areas.push_back( a );
    input.groupLabels = mGroupLabels;
    mStatisticsPanel->setData( input );
  }
  // In a label of its own: warnings shown in the status bar stay until their time is up, and this comes back.
  mFilterSummary->setText(
    tr( "%n incident(s) in the filter: %1", nullptr, static_cast<int>( mFiltered.size() ) )
      .arg( AnalysisText::describeSelection( selection, mCategoryLabels ) ) );
  // The heatmap now, with the incident filter set with it (onHeatmapUpdated), before the map is drawn.
  if ( how == FilterApply::Now )
    mHeatmap->computeNow( selection );
}

void MainWindow::applyPendingIncidentFilter()
{
  if ( !mHasPendingIncidentFilter )
    return;
  mHasPendingIncidentFilter = false;
  if ( QgsVectorLayer *incidents = layerForTable( QStringLiteral( "incidents" ) ) )
    if ( incidents->subsetString() != mPendingIncidentFilter )
      incidents->setSubsetString( mPendingIncidentFilter );
}

void MainWindow::onHeatmapUpdated( int incidentCount, double peak, double milliseconds )
{
  applyPendingIncidentFilter();
  QgsRasterLayer *layer = mHeatmap->layer();
  if ( layer && !mProject->mapLayer( layer->id() ) && layer->isValid() )
  {
    // Into the situational picture, below the points and above the areas.
    mProject->addMapLayer( layer, false );
    QgsLayerTreeGroup *group = mProject->layerTreeRoot()->findGroup( tr( "Situational picture" ) );
    if ( !group )
      group = mProject->layerTreeRoot();
    group->insertLayer( std::max( 0, group->children().size() - 1 ), layer );
  }
  // The layers changed (heatmap source, incident filter) have asked for a repaint; the cache serves the rest.
  // Neither change is one to save: the filter that caused them is tracked on its own.
  if ( !mDirtyBeforeHeatmap )
    mProject->setDirty( false );
  Q_UNUSED( incidentCount )
  Q_UNUSED( peak )
  Q_UNUSED( milliseconds )
}

int MainWindow::storedProjectCount( const QString &gpkgPath, const QString &name )
{
  try
  {
    auto project = tryggkarta::ProjectFile::open( gpkgPath.toStdString(), true );
    if ( !project || !project.value()->db().tableExists( "qgis_projects" ) )
      return 0;
    tryggkarta::Statement s =
      project.value()->db().prepare( "SELECT count(*) FROM qgis_projects WHERE name = ?" );
    s.bind( 1, ( name.isEmpty() ? storedProjectName() : name ).toStdString() );
    return s.step() ? static_cast<int>( s.int64( 0 ) ) : 0;
  }
  catch ( const tryggkarta::SqlError & )
  {
    return 0;
  }
}

QString MainWindow::storedProjectUri( const QString &gpkgPath, const QString &name )
{
  QUrl url;
  url.setScheme( QStringLiteral( "geopackage" ) );
  url.setPath( QFileInfo( gpkgPath ).absoluteFilePath() );
  QUrlQuery query;
  query.addQueryItem( QStringLiteral( "projectName" ), name.isEmpty() ? storedProjectName() : name );
  url.setQuery( query );
  return url.toString();
}

QString MainWindow::saveProject()
{
  if ( mProjectPath.isEmpty() )
    return tr( "No project is open." );
  if ( isImportRunning() )
    return tr( "An import is running. Save when it has finished." );
  const QString problem = writeMapState( storedProjectName() );
  if ( !problem.isEmpty() )
    return problem;
  mProject->setDirty( false );
  mCleanFilterKey = filterKey();
  removeStoredState( autosaveName() ); // saved: nothing to recover
  return QString();
}

QString MainWindow::autosave()
{
  if ( mProjectPath.isEmpty() || isImportRunning() || !isMapStateDirty() )
    return QString();
  // Writing the QGIS project marks it clean; the state is still unsaved for the user.
  const bool projectDirty = mProject->isDirty();
  const QString problem = writeMapState( autosaveName() );
  mProject->setDirty( projectDirty );
  return problem;
}

QString MainWindow::writeMapState( const QString &name )
{
  // The state that is ours rather than QGIS's: the filter and the view.
  const tryggkarta::Selection selection = mFilterPanel->selection();
  mProject->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/from" ),
                        mFilterPanel->periodFrom().toString( Qt::ISODate ) );
  mProject->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/until" ),
                        mFilterPanel->periodUntil().toString( Qt::ISODate ) );
  QStringList categories;
  for ( const std::string &code : selection.categories )
    categories << QString::fromStdString( code );
  mProject->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/categories" ), categories );
  mProject->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "savedAt" ),
                        QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) );
  mProject->viewSettings()->setDefaultViewExtent(
    QgsReferencedRectangle( mCanvas->extent(), mProject->crs() ) );
  mProject->setFilePathStorage( Qgis::FilePathType::Relative );
  mProject->setTitle( QFileInfo( mProjectPath ).completeBaseName() );

  // The live heatmap is a scratch file that changes with every filter: it is not saved as a layer.
  QgsRasterLayer *heatmap = mHeatmap->layer();
  QgsLayerTreeGroup *heatmapParent = nullptr;
  int heatmapIndex = 0;
  bool heatmapVisible = true;
  bool heatmapExpanded = true;
  if ( heatmap && mProject->mapLayer( heatmap->id() ) )
  {
    if ( QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( heatmap->id() ) )
    {
      heatmapParent = qobject_cast<QgsLayerTreeGroup *>( node->parent() );
      heatmapIndex = heatmapParent ? heatmapParent->children().indexOf( node ) : 0;
      heatmapVisible = node->itemVisibilityChecked();
      heatmapExpanded = node->isExpanded();
    }
    mProject->takeMapLayer( heatmap );
  }
  // The project's own name must be the storage URI before writing, or QGIS resolves the layer paths against
  // nothing and stores them absolute (then moving the file would break them).
  const QString uri = storedProjectUri( mProjectPath, name );
  mProject->setFileName( uri );
  // A render still reading the file holds a lock that makes QGIS's write fail ("database is locked"): stop
  // it, and should one the canvas abandoned still read, wait for it and try once more.
  mCanvas->cancelJobs();
  bool written = mProject->write( uri );
  // A few short retries (about two seconds in all), not a wait for the whole thread pool: analyses run there
  // too, and the window must not hang behind one.
  for ( int attempt = 0; !written && attempt < 20 && mProject->error().contains( QLatin1String( "locked" ) );
        ++attempt )
  {
    QThread::msleep( 100 );
    written = mProject->write( uri );
  }
  const QString error = mProject->error();
  mCanvas->refresh(); // what was stopped
  if ( heatmap && heatmapParent )
  {
    mProject->addMapLayer( heatmap, false );
    QgsLayerTreeLayer *node = heatmapParent->insertLayer( heatmapIndex, heatmap );
    node->setItemVisibilityChecked( heatmapVisible );
    node->setExpanded( heatmapExpanded );
  }
  if ( !written )
    return tr( "Could not save the map in %1: %2" ).arg( mProjectPath, error );
  return QString();
}

void MainWindow::removeStoredState( const QString &name )
{
  if ( !mSessionConnection )
    return;
  try
  {
    if ( !mSessionConnection->tableExists( "qgis_projects" ) )
      return;
    tryggkarta::Statement s = mSessionConnection->prepare( "DELETE FROM qgis_projects WHERE name = ?" );
    s.bind( 1, name.toStdString() );
    s.run();
  }
  catch ( const tryggkarta::SqlError & )
  {
    // A file we cannot write: nothing was autosaved in it either.
  }
}

QString MainWindow::saveProjectAs( const QString &path )
{
  if ( mProjectPath.isEmpty() )
    return tr( "No project is open." );
  if ( isImportRunning() )
    return tr( "An import is running. Save when it has finished." );
  if ( mRunningAnalyses > 0 )
    return tr( "An analysis is running and will store its result in %1. Save As when it has finished." )
      .arg( QFileInfo( mProjectPath ).fileName() );
  const QString oldPath = QFileInfo( mProjectPath ).absoluteFilePath();
  const QString newPath = QFileInfo( path ).absoluteFilePath();
  if ( newPath == oldPath )
    return saveProject();
  if ( !mSessionConnection )
    return tr( "%1 cannot be read to copy it." ).arg( mProjectPath );
  auto lock = std::make_unique<ProjectLock>();
  const QString locked = QFileInfo::exists( newPath ) ? lock->acquire( newPath ) : QString();
  if ( !locked.isEmpty() )
    return locked;
  if ( QFileInfo::exists( newPath ) && !QFile::remove( newPath ) )
    return tr( "%1 exists and cannot be replaced." ).arg( newPath );
  try
  {
    // A consistent copy of everything in the file, data and stored results included.
    tryggkarta::Statement copy = mSessionConnection->prepare( "VACUUM INTO ?" );
    copy.bind( 1, newPath.toStdString() );
    copy.run();
    tryggkarta::Database copied( newPath.toStdString(), tryggkarta::Database::Mode::ReadWrite );
    if ( copied.tableExists( "qgis_projects" ) )
    {
      tryggkarta::Statement s = copied.prepare( "DELETE FROM qgis_projects WHERE name = ?" );
      s.bind( 1, autosaveName().toStdString() );
      s.run();
    }
  }
  catch ( const tryggkarta::SqlError &e )
  {
    QFile::remove( newPath );
    return tr( "Could not save the project as %1: %2" ).arg( newPath, QString::fromUtf8( e.what() ) );
  }
  if ( !lock->acquire( newPath ).isEmpty() )
    lock.reset();

  // The map goes on with the new file: every layer read from the old one now reads the copy, styles kept.
  mCanvas->cancelJobs();
  for ( QgsMapLayer *layer : mProject->mapLayers() )
  {
    if ( layer == mHeatmap->layer() || !layer->source().contains( oldPath ) )
      continue;
    QString source = layer->source();
    source.replace( oldPath, newPath );
    layer->setDataSource( source, layer->name(), layer->providerType(), QgsDataProvider::ProviderOptions() );
  }
  removeStoredState( autosaveName() );
  mProjectPath = newPath;
  mSessionConnection.reset();
  try
  {
    mSessionConnection =
      std::make_unique<tryggkarta::Database>( newPath.toStdString(), tryggkarta::Database::Mode::ReadWrite );
  }
  catch ( const tryggkarta::SqlError & )
  {
  }
  // Edits go on in the copy (through the new connection; the undo history belonged to the old file), and the
  // table and the stored results read the copy.
  QgsVectorLayer *incidents = layerForTable( QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations = layerForTable( QStringLiteral( "observations" ) );
  if ( mSessionConnection )
    mEditor->setProject( mSessionConnection.get(), incidents, observations,
                         installedLanguage() == QLatin1String( "en" ) );
  else
    mEditor->clear();
  mAttributeTable->clear();
  mAttributeTable->setLayers( incidents, observations );
  mResultsPanel->setProjectPath( mProjectPath, mCategoryLabels );
  if ( lock )
    mLock = std::move( lock );
  RecentProjects::add( newPath );
  updateWindowTitle();
  mCanvas->refresh();
  return saveProject();
}

void MainWindow::restoreSavedState( const QString &name )
{
  // Only when the file holds a map state saved by Tryggkarta (the qgis_projects table of the GeoPackage).
  if ( storedProjectCount( mProjectPath, name ) == 0 )
    return;
  QgsProject saved;
  if ( !saved.read( storedProjectUri( mProjectPath, name ), QgsProject::ReadFlag::FlagDontResolveLayers |
                                                              QgsProject::ReadFlag::FlagDontLoadLayouts ) )
    return;
  const QDate from = QDate::fromString(
    saved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/from" ) ), Qt::ISODate );
  const QDate until = QDate::fromString(
    saved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/until" ) ), Qt::ISODate );
  const QStringList categories =
    saved.readListEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/categories" ) );
  if ( from.isValid() && until.isValid() )
    mFilterPanel->setPeriod( from, until );
  if ( !categories.isEmpty() )
    mFilterPanel->setCategoriesChecked( categories );
  const QgsReferencedRectangle view = saved.viewSettings()->defaultViewExtent();
  if ( !view.isEmpty() )
    mCanvas->setExtent( view );
  // The saved state's own layers replace any restored before (an autosave restored over the saved map).
  if ( QgsLayerTreeGroup *userGroup = mProject->layerTreeRoot()->findGroup( UserLayers::groupName() ) )
    for ( QgsLayerTreeLayer *node : userGroup->findLayers() )
      if ( node->layer() )
        mUserLayers->removeLayer( node->layer() );
  const QStringList problems = mUserLayers->restore( &saved );
  if ( !problems.isEmpty() )
    statusBar()->showMessage( problems.join( QLatin1Char( ' ' ) ), 30000 );
  // The analysis results that were on the map, with their styles (in place of any shown before).
  for ( const QString &shown : ResultLayers::shownResults( mProject ) )
    ResultLayers::removeFromMap( mProject, mCanvas, shown );
  ResultLayers::restore( mProject, mCanvas, saved, mProjectPath );
  mCanvas->refresh();
}

void MainWindow::updateIdentifyLayers()
{
  QList<QgsMapLayer *> primary;
  for ( const QString &table : ProjectLayers::situationTables() )
    if ( QgsVectorLayer *layer = layerForTable( table ) )
      primary << layer;
  QList<QgsMapLayer *> fallback;
  for ( QgsMapLayer *layer : mProject->layerTreeRoot()->layerOrder() )
    // A web map's identify waits for its server: left out, so a click never hangs offline.
    if ( !primary.contains( layer ) && !UserLayers::needsInternet( layer->providerType(), layer->source() ) )
      fallback << layer;
  mIdentifyTool->setLayers( primary, fallback );
}

void MainWindow::addLayerDialog()
{
  if ( mProjectPath.isEmpty() )
    return;
  AddLayerDialog dialog( mProject->crs(), this );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  QStringList problems;
  for ( const LayerSource &source : dialog.sources() )
  {
    const UserLayers::AddResult result = mUserLayers->addLayer( source );
    if ( !result.error.isEmpty() )
      problems << result.error;
    else if ( !result.warning.isEmpty() )
      problems << result.warning;
  }
  if ( !problems.isEmpty() )
    showError( tr( "Add Layer" ), problems.join( QStringLiteral( "\n\n" ) ) );
}

QString MainWindow::printMap( const QString &pdfPath, const QString &title, bool a3, bool landscape )
{
  if ( mProjectPath.isEmpty() )
    return tr( "No project is open." );
  PrintMapOptions options;
  options.title = title.isEmpty()
                    ? PrintMap::periodTitle( mFilterPanel->periodFrom(), mFilterPanel->periodUntil() )
                    : title;
  options.periodText = AnalysisText::describeSelection( mFilterPanel->selection(), mCategoryLabels );
  options.sourcesText = tr( "Sources: the project's incidents (%n in the filter).", nullptr,
                            static_cast<int>( mFiltered.size() ) );
  if ( !mUserLayers->attribution().isEmpty() )
    options.sourcesText += QLatin1Char( ' ' ) + mUserLayers->attribution();
  if ( isSyntheticDataNoteShown() )
    options.note = mSyntheticDataNote->text();
  options.paper = a3 ? PrintMapOptions::PaperSize::A3 : PrintMapOptions::PaperSize::A4;
  options.landscape = landscape;
  options.extent = mCanvas->extent();
  options.crs = mCanvas->mapSettings().destinationCrs();
  options.layers = mCanvas->layers();
  options.heatmapUnits = LiveHeatmap::unitsText();
  mHeatmap->waitUntilIdle( 20000 ); // print what the filter says, not an older heatmap
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString problem = PrintMap::exportPdf( mProject, options, pdfPath );
  QApplication::restoreOverrideCursor();
  return problem;
}

void MainWindow::printMapDialog()
{
  QDialog dialog( this );
  dialog.setWindowTitle( tr( "Print Map" ) );
  auto *form = new QFormLayout( &dialog );
  auto *title =
    new QLineEdit( PrintMap::periodTitle( mFilterPanel->periodFrom(), mFilterPanel->periodUntil() ) );
  title->setMinimumWidth( 320 );
  auto *paper = new QComboBox;
  paper->addItems( { tr( "A4 landscape" ), tr( "A4 portrait" ), tr( "A3 landscape" ), tr( "A3 portrait" ) } );
  form->addRow( tr( "Title" ), title );
  form->addRow( tr( "Paper" ), paper );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Print to PDF…" ) );
  connect( buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  form->addRow( buttons );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  const QString suggested =
    QFileInfo( mProjectPath ).dir().filePath( title->text() + QStringLiteral( ".pdf" ) );
  const QString path =
    QFileDialog::getSaveFileName( this, tr( "Print Map" ), suggested, tr( "PDF (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  const int choice = paper->currentIndex();
  const QString problem = printMap( path, title->text(), choice >= 2, choice % 2 == 0 );
  if ( !problem.isEmpty() )
    showError( tr( "Print Map" ), problem );
  else
    statusBar()->showMessage( tr( "Printed to %1" ).arg( path ), 8000 );
}

bool MainWindow::mayStopAnalyses()
{
  if ( mRunningAnalyses <= 0 )
    return true;
  return QMessageBox::question(
           this, tr( "Analysis Running" ),
           tr( "%n analysis(es) still running. Cancel and go on? Nothing of a cancelled analysis is saved.",
               nullptr, mRunningAnalyses ) ) == QMessageBox::Yes;
}

bool MainWindow::stopAnalyses( bool ask )
{
  if ( mRunningAnalyses <= 0 )
    return true;
  if ( ask && !mayStopAnalyses() )
    return false;
  // Guarded: a dialog whose run ends while another is awaited may close and be deleted meanwhile.
  const QList<QPointer<AnalysisDialog>> dialogs = analysisDialogs();
  for ( const QPointer<AnalysisDialog> &dialog : dialogs )
    if ( dialog )
      dialog->cancelAndWait();
  for ( const QPointer<AnalysisDialog> &dialog : dialogs )
    if ( dialog && dialog->isRunning() )
      return false;
  return true;
}

QList<QPointer<AnalysisDialog>> MainWindow::analysisDialogs() const
{
  QList<QPointer<AnalysisDialog>> dialogs;
  for ( AnalysisDialog *dialog : findChildren<AnalysisDialog *>() )
    dialogs << dialog;
  return dialogs;
}

void MainWindow::closeAnalysisDialogs()
{
  for ( const QPointer<AnalysisDialog> &dialog : analysisDialogs() )
    if ( dialog && !dialog->isRunning() )
      dialog->close();
}

AnalysisDialog *MainWindow::openAnalysisDialog( AnalysisKind kind )
{
  if ( mProjectPath.isEmpty() )
    return nullptr;
  auto *dialog = new AnalysisDialog( kind, this );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &AnalysisDialog::runningChanged, this,
           [this]( bool running )
           {
             mRunningAnalyses += running ? 1 : -1;
             updateActions();
           } );
  connect( dialog, &AnalysisDialog::resultStored, this,
           [this]( const tryggkarta::StoredResult &result, const QString &summary )
           {
             mResultsPanel->refresh();
             mResultsPanel->setCurrentName( QString::fromStdString( result.name ) );
             statusBar()->showMessage(
               tr( "Saved %1: %2" ).arg( QString::fromStdString( result.name ), summary ), 15000 );
           } );
  dialog->show();
  return dialog;
}

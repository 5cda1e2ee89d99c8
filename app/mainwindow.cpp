#include "mainwindow.h"

#include "recordeditor.h"
#include "reportingpanel.h"
#include "sharedcontroller.h"

#include "actionscontroller.h"
#include "analysisdialogs.h"
#include "editingcontroller.h"
#include "filtercontroller.h"
#include "identifypanel.h"
#include "importcontroller.h"
#include "mapcanvas.h"
#include "mapcontroller.h"
#include "mapstatestore.h"
#include "maptools.h"
#include "printcontroller.h"
#include "projectcontroller.h"
#include "projectrecovery.h"
#include "qgisinit.h"
#include "userguide.h"
#include "vocabularycontroller.h"
#include "walkscontroller.h"
#include "welcomepage.h"

#include <qgsapplication.h>
#include <qgsproject.h>

#include <QActionGroup>
#include <QCloseEvent>
#include <QCoreApplication>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScopedValueRollback>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QThreadPool>
#include <QTimer>
#include <QToolBar>

MainWindow::MainWindow( QWidget *parent ) : QMainWindow( parent )
{
  setObjectName( QStringLiteral( "MainWindow" ) );
  setWindowIcon( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ) );
  mProject = new QgsProject( this );
  mProject->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ) );
  mCanvas = new MapCanvas( this );
  // The welcome page while no project is open, the map once one is.
  mWelcome = new WelcomePage( this );
  mCentral = new QStackedWidget( this );
  mCentral->addWidget( mWelcome );
  mCentral->addWidget( mCanvas );
  setCentralWidget( mCentral );

  // The rooms, each on those it builds on.
  mProjects = new ProjectController( mProject, mCanvas, this, this );
  mMap = new MapController( mProjects, mCanvas, this );
  mFilter = new FilterController( mProjects, this );
  mAnalyses = new AnalysisDialogs( mProjects, mFilter, mCanvas, this );
  mEditing = new EditingController( mProjects, mFilter, mMap->tools(), mCanvas, this );
  mImports = new ImportController( mProjects, mMap, mFilter, this );
  mPrinting = new PrintController( mProjects, mFilter, mMap, this );
  mWalks = new WalksController( mProjects, mMap, mEditing, mCanvas, this );
  // A walk's photos and track written on a worker thread: the rest of the window waits as for an import.
  connect( mWalks, &WalksController::writingChanged, this,
           [this] { onImportRunning( mProjects->isImportRunning() ); } );
  mActions = new ActionsController( mProjects, mMap, mEditing, mWalks, mCanvas, this );
  mVocabulary = new VocabularyController( mProjects, mMap, mFilter, this );
  mShared = new SharedController( mProjects, mImports, this, this );
  mShared->setSelection( [this] { return mEditing->editor()->selectedRecords(); } );
  mProjects->setWork( mImports, mAnalyses );

  connect( mWelcome, &WelcomePage::openDemoRequested, mProjects, &ProjectController::openDemo );
  connect( mWelcome, &WelcomePage::newProjectRequested, mProjects, &ProjectController::newProject );
  connect( mWelcome, &WelcomePage::openProjectRequested, mProjects, &ProjectController::openDialog );
  connect( mWelcome, &WelcomePage::openRecentRequested, mProjects, &ProjectController::openInteractively );

  // Opening: the map shows once its saved state is restored (before a crash's autosave is offered), and the
  // window settles after the filter has drawn the first map (the filter controller connected to ready first).
  connect( mProjects, &ProjectController::restored, this, [this] { showMap( true ); } );
  connect( mProjects, &ProjectController::ready, this, &MainWindow::onProjectReady );
  connect( mProjects, &ProjectController::openFailed, this,
           [this]
           {
             if ( !mProjects->isOpen() )
               mWelcome->refresh(); // the recent projects, without a file that is gone
           } );
  connect( mProjects, &ProjectController::moved, this, &MainWindow::updateWindowTitle );
  connect( mProjects, &ProjectController::closed, this,
           [this]
           {
             showMap( false );
             mWelcome->refresh();
             updateWindowTitle();
           } );
  connect( mImports, &ImportController::runningChanged, this, &MainWindow::onImportRunning );
  connect( mAnalyses, &AnalysisDialogs::runningChanged, this,
           [this] { mImports->setAnalysesRunning( mAnalyses->runningCount() > 0 ); } );
  relayMessages( mProjects );
  relayMessages( mMap );
  relayMessages( mFilter );
  relayMessages( mAnalyses );
  relayMessages( mEditing );
  relayMessages( mImports );
  relayMessages( mPrinting );
  relayMessages( mWalks );
  relayMessages( mActions );
  relayMessages( mVocabulary );
  relayMessages( mShared );

  placeDocks();
  createMenusAndToolbars();
  createStatusBar();

  resize( 1400, 900 );
  const QSettings settings;
  restoreGeometry( settings.value( QStringLiteral( "ui/mainWindowGeometry" ) ).toByteArray() );
  restoreState( settings.value( QStringLiteral( "ui/mainWindowState" ) ).toByteArray() );
  showMap( false );
  updateWindowTitle();
}

MainWindow::~MainWindow()
{
  // Analysis dialogs cancel their runs (which then store nothing) while the window still exists.
  delete mAnalyses;
  mAnalyses = nullptr;
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
  // Then each room, later rooms first: the import's worker thread is joined, the editor and the table go, the
  // heatmap's worker stops, identify's marks and the map tools go while the canvas exists, and the project
  // controller removes the autosave (a clean end is no crash) before the project goes with the window.
  delete mImports;
  delete mPrinting;
  delete mActions;
  delete mWalks;
  delete mEditing;
  delete mFilter;
  delete mMap;
  delete mProjects;
}

void MainWindow::placeDocks()
{
  QDockWidget *layers = mMap->layersDock();
  QDockWidget *identify = mMap->identifyPanel()->dock();
  addDockWidget( Qt::LeftDockWidgetArea, layers );
  addDockWidget( Qt::RightDockWidgetArea, identify );
  // Wide enough for the category names in the legend and for dates in the results.
  resizeDocks( { layers, identify }, { 320, 380 }, Qt::Horizontal );
  identify->hide();

  addDockWidget( Qt::LeftDockWidgetArea, mFilter->panelDock() );
  tabifyDockWidget( layers, mFilter->panelDock() );
  mFilter->panelDock()->raise();

  addDockWidget( Qt::RightDockWidgetArea, mFilter->statisticsDock() );
  addDockWidget( Qt::RightDockWidgetArea, mAnalyses->resultsDock() );
  tabifyDockWidget( mFilter->statisticsDock(), mAnalyses->resultsDock() );
  addDockWidget( Qt::RightDockWidgetArea, mWalks->dock() );
  tabifyDockWidget( mAnalyses->resultsDock(), mWalks->dock() );
  addDockWidget( Qt::RightDockWidgetArea, mActions->dock() );
  tabifyDockWidget( mWalks->dock(), mActions->dock() );
  // Who has reported this week: seen on opening a project (it raises itself when one is ready).
  mReportingDock = ReportingPanel::createDock( mProjects, this );
  // In a copy of a shared project an edit is sent to the shared database a moment after it was saved.
  connect( mEditing->editor(), &RecordEditor::recordsChanged, mShared, &SharedController::noteLocalEdit );
  // In a copy of a shared project, who has reported is read live from the shared database.
  if ( auto *panel = mReportingDock->findChild<ReportingPanel *>() )
  {
    panel->setLiveSource(
      [this]
      {
        return mShared->isShared()
                 ? SharedController::withAuthentication( mShared->connection(), mShared->authConfig() )
                 : QString();
      } );
    connect( mShared, &SharedController::synchronised, panel,
             [this, panel]
             {
               if ( mShared->isShared() && mProjects->isOpen() && !panel->isLoading() )
                 panel->loadInBackground( mProjects->path(), mProjects->connection() );
             } );
  }
  addDockWidget( Qt::RightDockWidgetArea, mReportingDock );
  tabifyDockWidget( mActions->dock(), mReportingDock );
  mFilter->statisticsDock()->raise();

  addDockWidget( Qt::BottomDockWidgetArea, mEditing->attributeTableDock() );
  mEditing->attributeTableDock()->hide();
}

void MainWindow::createMenusAndToolbars()
{
  MapTools *tools = mMap->tools();
  using Tool = MapTools::Tool;

  auto *quit = new QAction( tr( "&Quit" ), this );
  quit->setShortcut( QKeySequence::Quit );
  quit->setMenuRole( QAction::QuitRole );
  connect( quit, &QAction::triggered, this, &QWidget::close );

  QMenu *fileMenu = menuBar()->addMenu( tr( "&File" ) );
  fileMenu->addAction( mProjects->newAction() );
  fileMenu->addAction( mProjects->openAction() );
  fileMenu->addMenu( mProjects->recentMenu() );
  fileMenu->addAction( mProjects->openDemoAction() );
  fileMenu->addAction( mShared->openSharedAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( mProjects->saveAction() );
  fileMenu->addAction( mProjects->saveAsAction() );
  fileMenu->addAction( mProjects->closeAction() );
  fileMenu->addAction( mProjects->recovery()->recoverAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( mShared->syncAction() );
  fileMenu->addAction( mShared->conflictsAction() );
  fileMenu->addAction( mShared->restrictAction() );
  fileMenu->addAction( mShared->unrestrictAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( mPrinting->printAction() );
  fileMenu->addAction( mPrinting->installTemplatesAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( mImports->importAction() );
  fileMenu->addAction( mMap->addLayerAction() );
  fileMenu->addSeparator();
  fileMenu->addAction( quit );

  QMenu *editMenu = menuBar()->addMenu( tr( "&Edit" ) );
  editMenu->addAction( mEditing->undoAction() );
  editMenu->addAction( mEditing->redoAction() );
  editMenu->addSeparator();
  for ( Tool tool : { Tool::AddIncident, Tool::AddObservation, Tool::Select } )
    editMenu->addAction( tools->action( tool ) );
  editMenu->addSeparator();
  editMenu->addAction( mEditing->editSelectedAction() );
  editMenu->addAction( mEditing->deleteSelectedAction() );
  editMenu->addSeparator();
  editMenu->addAction( mEditing->showTableAction() );
  editMenu->addSeparator();
  editMenu->addAction( mVocabulary->action() );

  QMenu *mapMenu = menuBar()->addMenu( tr( "&Map" ) );
  for ( Tool tool : { Tool::Pan, Tool::ZoomIn, Tool::ZoomOut, Tool::Identify } )
    mapMenu->addAction( tools->action( tool ) );
  mapMenu->addSeparator();
  mapMenu->addAction( tools->action( Tool::MeasureDistance ) );
  mapMenu->addAction( tools->action( Tool::MeasureArea ) );
  mapMenu->addSeparator();
  mapMenu->addAction( mMap->zoomFullAction() );
  mapMenu->addAction( mMap->zoomLayerAction() );
  mapMenu->addSeparator();
  mapMenu->addAction( mMap->showScaleBarAction() );

  QMenu *analysisMenu = menuBar()->addMenu( tr( "&Analysis" ) );
  analysisMenu->setObjectName( QStringLiteral( "AnalysisMenu" ) );
  analysisMenu->addActions( mAnalyses->actions() );
  analysisMenu->addSeparator();
  QAction *showResults = mAnalyses->resultsDock()->toggleViewAction();
  showResults->setText( tr( "&Stored Results" ) );
  analysisMenu->addAction( showResults );

  QMenu *walksMenu = menuBar()->addMenu( tr( "&Walks" ) );
  walksMenu->setObjectName( QStringLiteral( "WalksMenu" ) );
  walksMenu->addActions( mWalks->menuActions() );

  QMenu *actionsMenu = menuBar()->addMenu( tr( "A&ctions" ) );
  actionsMenu->setObjectName( QStringLiteral( "ActionsMenu" ) );
  actionsMenu->addActions( mActions->menuActions() );
  actionsMenu->addAction( mReportingDock->toggleViewAction() );

  QMenu *settingsMenu = menuBar()->addMenu( tr( "&Settings" ) );
  settingsMenu->setObjectName( QStringLiteral( "SettingsMenu" ) );
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
  helpMenu->setObjectName( QStringLiteral( "HelpMenu" ) );
  QAction *guide = helpMenu->addAction( tr( "&User Guide" ) );
  guide->setObjectName( QStringLiteral( "UserGuideAction" ) );
  guide->setShortcut( QKeySequence::HelpContents );
  guide->setToolTip(
    tr( "The Monday lägesbild, importing, categories, analyses, printing, walks, actions and "
        "the citizen promise, step by step" ) );
  connect( guide, &QAction::triggered, this,
           [this]
           {
             // One guide window, kept open beside the map while the user works.
             if ( !mUserGuide )
               mUserGuide = new UserGuideDialog( this );
             mUserGuide->show();
             mUserGuide->raise();
             mUserGuide->activateWindow();
           } );
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
  fileBar->addAction( mProjects->newAction() );
  fileBar->addAction( mProjects->openAction() );
  fileBar->addAction( mProjects->saveAction() );
  fileBar->addAction( mPrinting->printAction() );
  fileBar->addAction( mImports->importAction() );
  fileBar->addAction( mMap->addLayerAction() );

  QToolBar *mapBar = addToolBar( tr( "Map Navigation" ) );
  mapBar->setObjectName( QStringLiteral( "MapToolBar" ) );
  for ( Tool tool : { Tool::Pan, Tool::ZoomIn, Tool::ZoomOut } )
    mapBar->addAction( tools->action( tool ) );
  mapBar->addAction( mMap->zoomFullAction() );
  mapBar->addAction( mMap->zoomLayerAction() );
  for ( Tool tool : { Tool::Identify, Tool::MeasureDistance, Tool::MeasureArea } )
    mapBar->addAction( tools->action( tool ) );

  QToolBar *editBar = addToolBar( tr( "Editing" ) );
  editBar->setObjectName( QStringLiteral( "EditToolBar" ) );
  editBar->addAction( mEditing->undoAction() );
  editBar->addAction( mEditing->redoAction() );
  editBar->addSeparator();
  for ( Tool tool : { Tool::AddIncident, Tool::AddObservation, Tool::Select } )
    editBar->addAction( tools->action( tool ) );
  editBar->addAction( mEditing->editSelectedAction() );
  editBar->addAction( mEditing->deleteSelectedAction() );
  editBar->addSeparator();
  editBar->addAction( mEditing->showTableAction() );
}

void MainWindow::createStatusBar()
{
  statusBar()->addWidget( mFilter->summaryLabel(), 1 );
  statusBar()->addPermanentWidget( mShared->statusLabel() );
  for ( QWidget *widget : mMap->statusWidgets() )
    statusBar()->addPermanentWidget( widget );
}

void MainWindow::showMessage( const QString &text, int milliseconds )
{
  if ( text.isEmpty() )
    statusBar()->clearMessage();
  else
    statusBar()->showMessage( text, milliseconds );
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
    for ( QDockWidget *dock : { mFilter->panelDock(), mFilter->statisticsDock() } )
      if ( dock->isVisible() )
        dock->raise();
  }
  for ( QWidget *widget : mMap->statusWidgets() )
    widget->setVisible( map );
  mCentral->setCurrentWidget( map ? static_cast<QWidget *>( mCanvas ) : mWelcome );
}

void MainWindow::onProjectReady()
{
  settleCanvasSize();
  updateWindowTitle();
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

void MainWindow::updateWindowTitle()
{
  if ( !mProjects->isOpen() )
    setWindowTitle( QStringLiteral( "Tryggkarta" ) );
  else
    setWindowTitle( ( mShared->isShared() ? tr( "%1 (copy of a shared project) – Tryggkarta" )
                                          : QStringLiteral( "%1 – Tryggkarta" ) )
                      .arg( QFileInfo( mProjects->path() ).fileName() ) );
}

void MainWindow::onImportRunning( bool running )
{
  mProjects->updateActions();
  mAnalyses->setImportRunning( running );
  mEditing->setImportRunning( running );
  mWalks->setImportRunning( running );
  mActions->setImportRunning( running );
}

void MainWindow::closeEvent( QCloseEvent *event )
{
  // The waits below run the event loop: a second close request meanwhile is the same one.
  if ( mClosing )
  {
    event->ignore();
    return;
  }
  const QScopedValueRollback<bool> closing( mClosing, true );
  // An import that ends while the questions are open shows no result: the window is going.
  mImports->setQuitting( true );
  const bool quit = mImports->cancelForQuit() && mProjects->mayQuit();
  mImports->setQuitting( false );
  if ( !quit )
  {
    event->ignore();
    return;
  }
  QSettings settings;
  settings.setValue( QStringLiteral( "ui/mainWindowGeometry" ), saveGeometry() );
  settings.setValue( QStringLiteral( "ui/mainWindowState" ), saveState() );
  event->accept();
}

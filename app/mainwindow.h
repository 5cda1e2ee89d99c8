#pragma once
// The main window: the map of one project, its layers, map tools and the import of files.

#include "analysistext.h"
#include "importer.h"
#include "importworker.h"
#include "projectfile.h"
#include "selection.h"

#include <qgsmaptoolidentify.h>

#include <QDateTime>
#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>
#include <memory>

class AnalysisDialog;
class AttributeTablePanel;
class FilterPanel;
class ResultsPanel;
class IdentifyTool;
class RecordEditor;
class LiveHeatmap;
class ProjectLock;
class WelcomePage;
class MeasureTool;
class ScaleBarOverlay;
class StatisticsPanel;
class UserLayers;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QProgressDialog;
class QStackedWidget;
class QTimer;
class QTreeWidget;
class QgsHighlight;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsPointXY;
class QgsProject;
class QgsScaleComboBox;
class QgsVectorLayer;

/**
 * The Tryggkarta main window. It shows one project at a time: the map canvas in the centre, the layer tree
 * on the left, identify results on the right. Methods that do the work return their errors (for tests and
 * later callers); the menu slots show them to the user.
 */
class MainWindow : public QMainWindow
{
  Q_OBJECT

public:
  explicit MainWindow( QWidget *parent = nullptr );
  ~MainWindow() override;

  /**
   * Opens a project file: validates and migrates it with the core, then loads its layers. Returns an error
   * message for the user, or an empty string on success. A file the core refuses leaves the open project as
   * it was; a project whose layers QGIS cannot load leaves the window empty.
   */
  QString openProject( const QString &path );

  /**
   * Saves the map state into the project file as a QGIS project (QGIS's GeoPackage project storage): layers
   * with their styles and paths relative to the file, the map view, and the filter. The same file opened in
   * QGIS Desktop shows the same styled layers. Returns an error message, or an empty string.
   */
  QString saveProject();

  /**
   * Saves the whole project, its data and the map state, as a new file and goes on working in it (the old
   * file stays as it was last saved). An existing file at the new path is replaced. Returns an error message,
   * or an empty string.
   */
  QString saveProjectAs( const QString &path );

  /**
   * Closes the open project (after asking to save a changed map state, unless force is set) and shows the
   * welcome page. Returns false when the user chose to keep it open.
   */
  bool closeProject( bool force = false );

  //! True when the map state (view, filter, layers, styles) changed since it was last saved.
  bool isMapStateDirty() const;
  //! Writes the map state to the file's autosave slot now, if it changed (the timer does it every few
  //! minutes). Returns an error message, or an empty string.
  QString autosave();
  //! The name the autosaved map state is kept under inside the GeoPackage until the map is saved or closed.
  static QString autosaveName() { return QStringLiteral( "tryggkarta-autosave" ); }

  /**
   * What to ask the user, for tests to answer: whether to restore an autosaved map state found when opening
   * (a crash), and whether to save a changed map state before closing (Save, Discard or Cancel).
   */
  void setRecoveryPrompt( std::function<bool( const QDateTime &savedAt )> prompt )
  {
    mRecoveryPrompt = prompt;
  }
  enum class CloseAnswer
  {
    Save,
    Discard,
    Cancel
  };
  void setCloseQuestion( std::function<CloseAnswer()> question ) { mCloseQuestion = question; }

  //! The page shown when no project is open.
  WelcomePage *welcomePage() const { return mWelcome; }
  //! True while the welcome page (not the map) is shown.
  bool isWelcomePageShown() const;

  /**
   * Prints the current view with the filter and the heatmap to a PDF through a QGIS print layout (title,
   * period, legend with the heatmap's units, scale bar, north arrow, sources, date, synthetic-data note).
   * Returns an error message, or an empty string.
   */
  QString printMap( const QString &pdfPath, const QString &title, bool a3, bool landscape );
  //! The URI of the QGIS project stored inside a GeoPackage file.
  static QString storedProjectUri( const QString &gpkgPath, const QString &name = QString() );
  //! How many map states of this name (default storedProjectName()) the GeoPackage holds (0 or 1).
  static int storedProjectCount( const QString &gpkgPath, const QString &name = QString() );
  //! The name the map state is stored under inside the GeoPackage.
  static QString storedProjectName() { return QStringLiteral( "tryggkarta" ); }

  //! The open project file, or an empty string.
  QString projectPath() const { return mProjectPath; }

  QgsMapCanvas *mapCanvas() const { return mCanvas; }
  QgsProject *project() const { return mProject; }
  QgsLayerTreeView *layerTreeView() const { return mLayerTreeView; }
  IdentifyTool *identifyTool() const { return mIdentifyTool; }
  //! The measure tools (distance along a line, area of a polygon).
  MeasureTool *distanceTool() const { return mDistanceTool; }
  MeasureTool *areaTool() const { return mAreaTool; }
  //! The scale bar, north arrow and credits over the map.
  ScaleBarOverlay *scaleBar() const { return mScaleBar; }
  //! The user's own layers (group "My layers").
  UserLayers *userLayers() const { return mUserLayers; }
  //! The identify results panel (one top-level item per feature found).
  QTreeWidget *identifyResults() const { return mIdentifyTree; }

  //! The layer of a project table ("incidents", "map_roads", ...), or nullptr.
  QgsVectorLayer *layerForTable( const QString &table ) const;

  FilterPanel *filterPanel() const { return mFilterPanel; }
  //! The panel of analysis results stored in the project.
  ResultsPanel *resultsPanel() const { return mResultsPanel; }
  //! Category code -> label in the UI's language.
  QMap<QString, QString> categoryLabels() const { return mCategoryLabels; }

  /**
   * Opens the dialog of an analysis on what the filter shows now (non-modal; it deletes itself when closed)
   * and returns it, or nullptr when no project is open.
   */
  AnalysisDialog *openAnalysisDialog( AnalysisKind kind );
  LiveHeatmap *liveHeatmap() const { return mHeatmap; }
  StatisticsPanel *statisticsPanel() const { return mStatisticsPanel; }
  //! Adding, editing, moving and deleting incidents and observations, with undo.
  RecordEditor *recordEditor() const { return mEditor; }
  AttributeTablePanel *attributeTable() const { return mAttributeTable; }
  QDockWidget *attributeTableDock() const { return mAttributeTableDock; }
  //! The incidents the filter selects now (from memory; the map, heatmap and statistics show these).
  const std::vector<tryggkarta::SelectedIncident> &filteredIncidents() const { return mFiltered; }

  //! True when the note on synthetic example data is shown on the map.
  bool isSyntheticDataNoteShown() const;

  /**
   * Starts importing a file into the open project on a worker thread and returns at once. When it ends the
   * layers reload, importFinished() is emitted and, if showResult is set, the result dialog opens.
   * Returns false (and does nothing) when no project is open or an import is already running.
   */
  bool startImport( const QString &sourcePath, const tryggkarta::ImportOptions &options,
                    bool showResult = true );

  //! True while an import runs.
  bool isImportRunning() const;

  //! Reloads the data of the project's layers from the file and repaints the map.
  void reloadLayers();

public slots:
  //! Asks for a file name and creates a new, empty project there.
  void newProject();
  //! Asks for a project file and opens it.
  void openProjectDialog();
  //! Opens the demo project (Exempelkommun), creating it in the user's data folder the first time.
  void openDemo();
  //! Asks for a file name and saves the project as a new file.
  void saveProjectAsDialog();
  //! Asks for the title and paper, then a file, and prints the map to a PDF.
  void printMapDialog();
  //! Asks for a file, shows the import dialog and starts the import.
  void importDialog();
  //! Shows the add-layer dialog and adds what it gives to "My layers".
  void addLayerDialog();
  void zoomToFullExtent();
  //! Zooms to the layer selected in the layer tree.
  void zoomToCurrentLayer();

signals:
  //! A project was opened (path of the file).
  void projectOpened( const QString &path );
  //! An import ended, after the layers were reloaded.
  void importFinished( const ImportOutcome &outcome );

protected:
  void closeEvent( QCloseEvent *event ) override;
  bool eventFilter( QObject *watched, QEvent *event ) override;

private:
  void createActions();
  void createMenusAndToolbars();
  void createDocks();
  void createStatusBar();
  void updateActions();
  void updateWindowTitle();
  void showCoordinates( const QgsPointXY &point );
  void showScale( double scale );
  void showCrs();
  void showIdentifyResults( const QList<QgsMapToolIdentify::IdentifyResult> &results );
  void clearHighlights();
  void positionSyntheticDataNote();
  void onImportProgress( double fraction );
  void onImportFinished( const ImportOutcome &outcome );
  void showError( const QString &title, const QString &message );
  enum class FilterApply
  {
    IfChanged, //!< only when the selection differs from the one applied last
    Always,    //!< also for the same selection (the incidents or the colour scale changed)
    Now        //!< always, with the heatmap computed before returning (opening a project: one first render)
  };
  //! Applies the filter panel's selection to the map, the heatmap and the counts.
  void applyFilter( FilterApply how = FilterApply::IfChanged );
  //! Reads the incidents again after they changed: all of them (an import), or only those with these fids (an
  //! edit); then the heatmap, the filter's date range and the map follow.
  void refreshIncidents( const QgsFeatureIds *changed = nullptr );
  //! Cancels the running analyses and waits for them to end, after asking when ask is set; false when the
  //! user keeps them running.
  bool stopAnalyses( bool ask );
  //! Whether the user agrees to cancel the running analyses (true when none runs); cancels nothing.
  bool mayStopAnalyses();
  //! Closes the analysis dialogs that are not running (they belong to the project that closes).
  void closeAnalysisDialogs();
  //! The open analysis dialogs, guarded (one may be deleted while another is waited for).
  QList<QPointer<AnalysisDialog>> analysisDialogs() const;
  void setUpFilter( const struct ProjectInfo &info );
  void onHeatmapUpdated( int incidentCount, double peak, double milliseconds );
  void applyPendingIncidentFilter();
  //! After opening: the filter and map view saved in the file under a name (default storedProjectName()).
  void restoreSavedState( const QString &name = QString() );
  //! Writes the map state into the file under a stored-project name; returns an error message or "".
  QString writeMapState( const QString &name );
  //! Removes a stored map state from the file (the autosave after a save or a clean close).
  void removeStoredState( const QString &name );
  //! Opens a project after the user picked it (asks about the open one first); shows errors.
  void openProjectInteractively( const QString &path );
  //! Asks to save a changed map state; false when the user cancelled.
  bool maybeSaveMapState();
  void updateRecentMenu();
  //! The part of the filter the map state keeps, as text, to tell whether it changed since saving.
  QString filterKey() const;
  void showMap( bool map );
  //! Lays the window out now, so the first render of a project is not restarted by a resize.
  void settleCanvasSize();
  //! Tells the identify tool which layers to ask: the situational picture first, then the others.
  void updateIdentifyLayers();

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QgsLayerTreeView *mLayerTreeView = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  QDockWidget *mLayersDock = nullptr;
  QDockWidget *mIdentifyDock = nullptr;
  QTreeWidget *mIdentifyTree = nullptr;
  QLabel *mSyntheticDataNote = nullptr;
  QLabel *mCoordinatesLabel = nullptr;
  QgsScaleComboBox *mScaleCombo = nullptr;
  QLabel *mScaleLabel = nullptr;
  //! How many incidents the filter selects, and the selection in words.
  QLabel *mFilterSummary = nullptr;
  //! The panels hidden while the welcome page shows, to show again with a project.
  QList<QDockWidget *> mDocksToRestore;
  bool mMapShown = true;
  QLabel *mCrsLabel = nullptr;
  FilterPanel *mFilterPanel = nullptr;
  QDockWidget *mFilterDock = nullptr;
  LiveHeatmap *mHeatmap = nullptr;
  bool mClosing = false;         //!< a close event is being handled (its waits run the event loop)
  bool mStatisticsStale = false; //!< the filter changed while the statistics panel was hidden
  StatisticsPanel *mStatisticsPanel = nullptr;
  QDockWidget *mStatisticsDock = nullptr;
  ResultsPanel *mResultsPanel = nullptr;
  QDockWidget *mResultsDock = nullptr;
  //! Analyses running now (they write the project: no import meanwhile).
  int mRunningAnalyses = 0;
  RecordEditor *mEditor = nullptr;
  AttributeTablePanel *mAttributeTable = nullptr;
  QDockWidget *mAttributeTableDock = nullptr;
  std::vector<tryggkarta::Category> mCategories;
  std::map<std::string, std::string> mGroupLabels;
  std::vector<tryggkarta::SelectedIncident> mFiltered;
  QString mPendingIncidentFilter;
  //! The selection applied last (JSON), to skip a repeat of it.
  std::string mAppliedSelection;
  bool mHasPendingIncidentFilter = false;

  QAction *mActionNew = nullptr;
  QAction *mActionOpen = nullptr;
  QAction *mActionImport = nullptr;
  QAction *mActionSave = nullptr;
  QAction *mActionSaveAs = nullptr;
  QAction *mActionClose = nullptr;
  QAction *mActionOpenDemo = nullptr;
  QMenu *mRecentMenu = nullptr;
  QAction *mActionPrint = nullptr;
  QAction *mActionQuit = nullptr;
  QAction *mActionPan = nullptr;
  QAction *mActionZoomIn = nullptr;
  QAction *mActionZoomOut = nullptr;
  QAction *mActionZoomFull = nullptr;
  QAction *mActionZoomLayer = nullptr;
  QAction *mActionIdentify = nullptr;
  QAction *mActionMeasure = nullptr;
  QAction *mActionMeasureArea = nullptr;
  QAction *mActionShowScaleBar = nullptr;
  QAction *mActionAddLayer = nullptr;
  QAction *mActionKernelDensity = nullptr;
  QAction *mActionHotSpots = nullptr;
  QAction *mActionClusters = nullptr;
  QAction *mActionCompare = nullptr;
  QAction *mActionUndo = nullptr;
  QAction *mActionRedo = nullptr;
  QAction *mActionAddIncident = nullptr;
  QAction *mActionAddObservation = nullptr;
  QAction *mActionSelect = nullptr;
  QAction *mActionEditSelected = nullptr;
  QAction *mActionDeleteSelected = nullptr;
  QMenu *mEditMenu = nullptr;
  QToolBar *mEditBar = nullptr;

  QgsMapTool *mPanTool = nullptr;
  QgsMapTool *mZoomInTool = nullptr;
  QgsMapTool *mZoomOutTool = nullptr;
  IdentifyTool *mIdentifyTool = nullptr;
  MeasureTool *mDistanceTool = nullptr;
  MeasureTool *mAreaTool = nullptr;
  ScaleBarOverlay *mScaleBar = nullptr;
  UserLayers *mUserLayers = nullptr;

  //! Marks on the map of what identify found; replaced on each identify.
  QList<QgsHighlight *> mHighlights;

  QString mProjectPath;
  std::unique_ptr<ProjectLock> mLock;
  QStackedWidget *mCentral = nullptr;
  WelcomePage *mWelcome = nullptr;
  QTimer *mAutosaveTimer = nullptr;
  //! The filter as last saved (other changes of the map state make the QgsProject dirty).
  QString mCleanFilterKey;
  //! Set while a project is being opened or restored: changes then are not the user's.
  bool mLoadingProject = false;
  //! Whether the project was dirty before the live heatmap replaced its layer's data (which is no user
  //! change).
  bool mDirtyBeforeHeatmap = false;
  std::function<bool( const QDateTime & )> mRecoveryPrompt;
  std::function<CloseAnswer()> mCloseQuestion;
  //! The core's connection to the open project file, held while it is open.
  std::unique_ptr<tryggkarta::Database> mSessionConnection;
  //! Category code -> label, to name incidents in identify results.
  QMap<QString, QString> mCategoryLabels;

  ImportWorker *mImportWorker = nullptr;
  QPointer<QProgressDialog> mImportProgress;
  bool mShowImportResult = true;
};

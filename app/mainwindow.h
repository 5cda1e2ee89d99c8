#pragma once
// The main window: the map of one project, its layers, map tools and the import of files.

#include "importer.h"
#include "importworker.h"
#include "projectfile.h"
#include "selection.h"

#include <qgsmaptoolidentify.h>

#include <QMainWindow>
#include <QMap>
#include <QPointer>

class AttributeTablePanel;
class FilterPanel;
class IdentifyTool;
class RecordEditor;
class LiveHeatmap;
class StatisticsPanel;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QToolBar;
class QProgressDialog;
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
   * Prints the current view with the filter and the heatmap to a PDF through a QGIS print layout (title,
   * period, legend with the heatmap's units, scale bar, north arrow, sources, date, synthetic-data note).
   * Returns an error message, or an empty string.
   */
  QString printMap( const QString &pdfPath, const QString &title, bool a3, bool landscape );
  //! The URI of the QGIS project stored inside a GeoPackage file.
  static QString storedProjectUri( const QString &gpkgPath );
  //! How many map states named storedProjectName() the GeoPackage holds (0 or 1).
  static int storedProjectCount( const QString &gpkgPath );
  //! The name the map state is stored under inside the GeoPackage.
  static QString storedProjectName() { return QStringLiteral( "tryggkarta" ); }

  //! The open project file, or an empty string.
  QString projectPath() const { return mProjectPath; }

  QgsMapCanvas *mapCanvas() const { return mCanvas; }
  QgsProject *project() const { return mProject; }
  QgsLayerTreeView *layerTreeView() const { return mLayerTreeView; }
  IdentifyTool *identifyTool() const { return mIdentifyTool; }
  //! The identify results panel (one top-level item per feature found).
  QTreeWidget *identifyResults() const { return mIdentifyTree; }

  //! The layer of a project table ("incidents", "map_roads", ...), or nullptr.
  QgsVectorLayer *layerForTable( const QString &table ) const;

  FilterPanel *filterPanel() const { return mFilterPanel; }
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
  //! Asks for the title and paper, then a file, and prints the map to a PDF.
  void printMapDialog();
  //! Asks for a file, shows the import dialog and starts the import.
  void importDialog();
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
  //! Applies the filter panel's selection to the map, the heatmap and the counts.
  void applyFilter();
  //! Reads the incidents again after they changed (an import): heatmap, filter ranges, map.
  void refreshIncidents();
  void setUpFilter( const struct ProjectInfo &info );
  void onHeatmapUpdated( int incidentCount, double peak, double milliseconds );
  void applyPendingIncidentFilter();
  //! After opening: the filter and map view saved in the file, if any.
  void restoreSavedState();

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
  QLabel *mCrsLabel = nullptr;
  FilterPanel *mFilterPanel = nullptr;
  QDockWidget *mFilterDock = nullptr;
  LiveHeatmap *mHeatmap = nullptr;
  StatisticsPanel *mStatisticsPanel = nullptr;
  QDockWidget *mStatisticsDock = nullptr;
  RecordEditor *mEditor = nullptr;
  AttributeTablePanel *mAttributeTable = nullptr;
  QDockWidget *mAttributeTableDock = nullptr;
  std::vector<tryggkarta::Category> mCategories;
  std::map<std::string, std::string> mGroupLabels;
  std::vector<tryggkarta::SelectedIncident> mFiltered;
  QString mPendingIncidentFilter;
  bool mHasPendingIncidentFilter = false;

  QAction *mActionNew = nullptr;
  QAction *mActionOpen = nullptr;
  QAction *mActionImport = nullptr;
  QAction *mActionSave = nullptr;
  QAction *mActionPrint = nullptr;
  QAction *mActionQuit = nullptr;
  QAction *mActionPan = nullptr;
  QAction *mActionZoomIn = nullptr;
  QAction *mActionZoomOut = nullptr;
  QAction *mActionZoomFull = nullptr;
  QAction *mActionZoomLayer = nullptr;
  QAction *mActionIdentify = nullptr;
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

  //! Marks on the map of what identify found; replaced on each identify.
  QList<QgsHighlight *> mHighlights;

  QString mProjectPath;
  //! The core's connection to the open project file, held while it is open.
  std::unique_ptr<tryggkarta::Database> mSessionConnection;
  //! Category code -> label, to name incidents in identify results.
  QMap<QString, QString> mCategoryLabels;

  ImportWorker *mImportWorker = nullptr;
  QPointer<QProgressDialog> mImportProgress;
  bool mShowImportResult = true;
};

#pragma once
// The map room: the layer tree, the map tools, identify, the scale bar and note over the map, the user's own
// layers, and the map's part of the status bar (cursor coordinates, scale, CRS).

#include <QList>
#include <QObject>
#include <QPointer>

class IdentifyPanel;
class MapTools;
class ProjectController;
class ScaleBarOverlay;
class UserLayers;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QWidget;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsPointXY;
class QgsProject;
class QgsScaleComboBox;
class QgsVectorLayer;
struct ProjectInfo;

class MapController : public QObject
{
  Q_OBJECT

public:
  MapController( ProjectController *projects, QgsMapCanvas *canvas, QMainWindow *window );
  ~MapController() override;

  QgsMapCanvas *canvas() const { return mCanvas; }
  QgsLayerTreeView *layerTreeView() const { return mLayerTreeView; }
  QDockWidget *layersDock() const { return mLayersDock; }
  MapTools *tools() const { return mTools; }
  IdentifyPanel *identifyPanel() const { return mIdentify; }
  //! The scale bar, north arrow and credits over the map.
  ScaleBarOverlay *scaleBar() const { return mScaleBar; }
  //! The user's own layers (group "My layers").
  UserLayers *userLayers() const { return mUserLayers; }

  //! The layer of a project table ("incidents", "map_roads", ...), or nullptr.
  QgsVectorLayer *layerForTable( const QString &table ) const;
  /**
   * The layer "Positive places": the observations marked positive (good places found on safety walks, drafts
   * left out) as a layer of their own in the situational picture, below the observations; nullptr when no
   * project is open. A view of the observations table, not its layer: layerForTable never returns it.
   */
  QgsVectorLayer *positivePlacesLayer() const;
  //! The custom property (value "positive_places") that marks the layer.
  static const QString sViewProperty;
  //! True when the note on synthetic example data is shown on the map.
  bool isSyntheticDataNoteShown() const;
  //! The note's text.
  QString syntheticDataNote() const;

  //! The widgets the map adds to the status bar (cursor coordinates, scale, CRS), left to right.
  QList<QWidget *> statusWidgets() const;

  QAction *zoomFullAction() const { return mActionZoomFull; }
  QAction *zoomLayerAction() const { return mActionZoomLayer; }
  QAction *showScaleBarAction() const { return mActionShowScaleBar; }
  QAction *addLayerAction() const { return mActionAddLayer; }
  //! Enables the actions for the state now.
  void updateActions();

  //! Reloads the data of the project's layers from the file (another connection wrote it) and repaints.
  void reloadLayers();

public slots:
  void zoomToFullExtent();
  //! Zooms to the layer selected in the layer tree.
  void zoomToCurrentLayer();
  //! Shows the add-layer dialog and adds what it gives to "My layers".
  void addLayerDialog();

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

protected:
  bool eventFilter( QObject *watched, QEvent *event ) override;

private:
  void onProjectOpened( const ProjectInfo &info );
  //! Adds the layer "Positive places" below the observations.
  void addPositivePlacesLayer( const ProjectInfo &info );
  void createLayerTree( QMainWindow *window );
  void createStatusWidgets( QWidget *window );
  void showCoordinates( const QgsPointXY &point );
  void showScale( double scale );
  void showCrs();
  void positionSyntheticDataNote();
  //! Tells the identify tool which layers to ask: the situational picture first, then the others.
  void updateIdentifyLayers();

  ProjectController *mProjects = nullptr;
  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QWidget *mWindow = nullptr;
  MapTools *mTools = nullptr;
  IdentifyPanel *mIdentify = nullptr;
  ScaleBarOverlay *mScaleBar = nullptr;
  UserLayers *mUserLayers = nullptr;
  QgsLayerTreeView *mLayerTreeView = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  QDockWidget *mLayersDock = nullptr;
  QLabel *mSyntheticDataNote = nullptr;
  QLabel *mCoordinatesLabel = nullptr;
  QLabel *mScaleLabel = nullptr;
  QgsScaleComboBox *mScaleCombo = nullptr;
  QLabel *mCrsLabel = nullptr;
  QAction *mActionZoomFull = nullptr;
  QAction *mActionZoomLayer = nullptr;
  QAction *mActionShowScaleBar = nullptr;
  QAction *mActionAddLayer = nullptr;
};

#pragma once
// The coordinator's own map layers: files and web maps shown with the project, kept in the group "My layers".

#include "mapstateparticipant.h"

#include <qgscoordinatereferencesystem.h>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QMenu;
class QNetworkReply;
class QgsLayerTreeGroup;
class QgsLayerTreeNode;
class QgsLayerTreeView;
class QgsLayerTreeViewIndicator;
class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;

//! Where a layer's data come from: what the add-layer dialog produces.
struct LayerSource
{
  QString name;
  //! QGIS data provider: "ogr" (vector files), "gdal" (raster files), "wms" (WMS, WMTS and XYZ tiles).
  QString providerKey;
  QString uri;
  //! Whom the map must credit, e.g. "© OpenStreetMap contributors"; shown on the map and printed.
  QString attribution;
  //! Assigned to data that do not say which coordinate system they are in; left invalid otherwise.
  QgsCoordinateReferenceSystem crs;
};

/**
 * The layers a coordinator adds to the map (the municipality's own files, WMS/WMTS and XYZ tile services).
 * They live in the group "My layers" between the situational picture and the base map, are saved with the
 * map in the project file (paths relative to it) and come back with their order, visibility, opacity and
 * style when the project is opened again.
 *
 * Web services are never waited for: a WMS or WMTS layer is created only after its service has answered a
 * request made in the background (QGIS's WMS provider asks for the capabilities synchronously), and a tile
 * service that cannot be reached is marked in the layer tree. The rest of the map works offline.
 */
class UserLayers : public QObject, public MapStateParticipant
{
  Q_OBJECT

public:
  UserLayers( QgsProject *project, QgsMapCanvas *canvas, QgsLayerTreeView *view, QObject *parent = nullptr );
  ~UserLayers() override;

  //! The group's name in the layer tree ("My layers").
  static QString groupName();
  //! The group of user layers, created between the situational picture and the base map when asked to.
  QgsLayerTreeGroup *group( bool create = false ) const;
  //! The user's layers, top to bottom.
  QList<QgsMapLayer *> layers() const;
  bool isUserLayer( const QgsMapLayer *layer ) const;

  //! What addLayer() did.
  struct AddResult
  {
    //! The layer added to the map, or nullptr.
    QgsMapLayer *layer = nullptr;
    //! A web service is being asked in the background: layerAdded() or addFailed() follows.
    bool pending = false;
    //! Why nothing was added (the layer cannot be read), for the user.
    QString error;
    //! Added, but something the user should know (unknown CRS, service not reachable now).
    QString warning;
  };

  /**
   * Adds a layer to the top of "My layers". Files and XYZ tiles are added at once (a tile service is checked
   * in the background afterwards); a WMS/WMTS layer is added when its service has answered, so the result
   * is pending.
   */
  AddResult addLayer( const LayerSource &source );

  //! True while a web service is being asked before its layer is added.
  bool hasPendingLayers() const { return !mPending.isEmpty(); }

  //! Removes a user layer from the map and the project.
  void removeLayer( QgsMapLayer *layer );

  /**
   * Brings back the user layers of a stored map state read with QgsProject::ReadFlag::FlagDontResolveLayers,
   * moving them into the open project in their saved order with their visibility, opacity and style. Files
   * are loaded at once; web layers when their service answers. Returns messages for the user (missing files).
   */
  QStringList restore( QgsProject *saved );
  //! The user layers of a stored map state replace those shown now (see restore()).
  QStringList readMapState( QgsProject &saved ) override;

  //! The credits of the visible user layers, e.g. "© OpenStreetMap contributors".
  QString attribution() const;

  //! Adds Opacity (a slider) and Remove Layer to the layer tree's context menu when layer is a user layer.
  void addContextMenuActions( QMenu *menu, QgsMapLayer *layer );

  //! True for a source fetched over the internet (WMS, WMTS, XYZ tiles over http or https).
  static bool needsInternet( const QString &providerKey, const QString &uri );
  //! The host a web source is fetched from, for messages.
  static QString host( const QString &uri );
  //! The request that tells whether a web source answers: the capabilities QGIS asks for, or one tile.
  static QString probeUrl( const QString &uri );

  //! The message shown for a layer in the layer tree (its indicator's tooltip); empty if none.
  QString layerMessage( const QgsMapLayer *layer ) const;

  //! Seconds a web service has to answer before it is reported as unreachable.
  static int probeTimeoutSeconds() { return 20; }

signals:
  //! A layer was added (also a pending web layer, when its service answered).
  void layerAdded( QgsMapLayer *layer );
  //! A pending web layer could not be added: the service did not answer or refused.
  void addFailed( const QString &name, const QString &message );
  //! Something for the status bar.
  void message( const QString &text );
  //! The credits to show on the map changed.
  void attributionChanged( const QString &text );
  //! User layers were added or removed.
  void layersChanged();

private:
  struct Pending
  {
    QPointer<QNetworkReply> reply;
    LayerSource source;
    //! Set when restoring: the saved layer that gets its data source when the service answers.
    QPointer<QgsMapLayer> placeholder;
  };

  void insertLayer( QgsMapLayer *layer, int index );
  void probe( const LayerSource &source, QgsMapLayer *placeholder );
  void onProbeFinished( QNetworkReply *reply );
  QString describeFailure( QNetworkReply *reply ) const;
  QgsMapLayer *createWebLayer( const LayerSource &source, QString *error );
  void setIndicator( QgsMapLayer *layer, const QString &icon, const QString &toolTip );
  void removeIndicatorsBelow( QgsLayerTreeNode *node );
  void abortPending();
  void updateAttribution();

  QgsProject *mProject = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QPointer<QgsLayerTreeView> mView;
  QList<Pending> mPending;
  QHash<QgsLayerTreeNode *, QgsLayerTreeViewIndicator *> mIndicators;
  QString mAttribution;
};

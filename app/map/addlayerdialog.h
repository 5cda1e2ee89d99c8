#pragma once
// The dialog that adds the coordinator's own map layers: files, WMS/WMTS, XYZ tiles and ready-made maps.

#include "userlayers.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QNetworkReply;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;
class QgsProjectionSelectionWidget;

//! What a WMS or WMTS service offers, read from its capabilities document.
struct ServiceCapabilities
{
  struct Layer
  {
    QString name;
    QString title;
    QStringList styles;
    QStringList formats;
    //! WMTS only: the tile matrix sets (grids) the layer is cut in, e.g. "3006".
    QStringList tileMatrixSets;
  };
  bool wmts = false;
  QList<Layer> layers;
  //! Empty when the document was read.
  QString error;

  //! Reads a WMS (1.1.1, 1.3.0) or WMTS 1.0.0 capabilities document.
  static ServiceCapabilities parse( const QByteArray &xml );
};

/**
 * Adds layers to "My layers". Four pages: ready-made maps (OpenStreetMap, Lantmäteriet's topographic web map,
 * both marked as needing internet), a file (any vector or raster GDAL reads; a GeoPackage lists its layers to
 * choose from; a file without a coordinate system asks for one), a WMS/WMTS service (its layers can be
 * fetched in the background) and XYZ tiles (also a folder of tiles on this computer, which works offline).
 */
class AddLayerDialog : public QDialog
{
  Q_OBJECT

public:
  enum class Page
  {
    ReadyMade,
    File,
    WebService,
    Tiles
  };

  explicit AddLayerDialog( const QgsCoordinateReferenceSystem &projectCrs, QWidget *parent = nullptr );
  ~AddLayerDialog() override;

  //! The layers to add, as the dialog is filled in now.
  QList<LayerSource> sources() const;
  //! What is missing or wrong for the current page, for the user; empty when the layers can be added.
  QString validationError() const;

  void setPage( Page page );
  Page page() const;

  /**
   * Reads the layers of a file into the list (all ticked when there is one). Returns false, with the reason
   * in fileError(), when GDAL cannot read it.
   */
  bool setFile( const QString &path );
  QString fileError() const { return mFileError; }
  //! Ticks the file's layer of that name (for a GeoPackage with several); false if there is none.
  bool setFileLayerChecked( const QString &name, bool checked );

  //! Fills the WMS/WMTS page.
  void setWebService( const QString &url, const QString &layerName, bool wmts,
                      const QString &tileMatrixSet = QString() );
  //! Fills the XYZ page.
  void setTiles( const QString &urlTemplate, const QString &name, const QString &attribution = QString() );
  //! Picks a ready-made map (0: OpenStreetMap, 1: Lantmäteriet) and, for Lantmäteriet, the API key.
  void setReadyMade( int index, const QString &apiKey = QString() );

  //! OpenStreetMap's standard tiles with their attribution.
  static LayerSource openStreetMap();
  //! Lantmäteriet's Topografisk webbkarta Visning, CCBY (WMTS in SWEREF 99 TM) with the user's API key.
  static LayerSource lantmaterietTopographic( const QString &apiKey, bool muted );
  //! The address of Lantmäteriet's WMTS capabilities for an API key.
  static QString lantmaterietCapabilitiesUrl( const QString &apiKey );
  //! A WMS layer, or a WMTS layer when tileMatrixSet is given, in QGIS's wms provider URI.
  static LayerSource webServiceSource( const QString &name, const QString &url, const QString &layerName,
                                       const QString &style, const QString &format, const QString &crs,
                                       const QString &tileMatrixSet = QString() );
  //! XYZ tiles in QGIS's wms provider URI.
  static LayerSource tileSource( const QString &name, const QString &urlTemplate, int zMin, int zMax,
                                 const QString &attribution );

  void accept() override;

private:
  QWidget *createReadyMadePage();
  QWidget *createFilePage();
  QWidget *createWebServicePage();
  QWidget *createTilesPage();
  void browseFile();
  void updateFileCrsRow();
  void updateReadyMadeDescription();
  void fetchCapabilities();
  void onCapabilitiesFinished( QNetworkReply *reply );
  void onServiceLayerChosen();

  QgsCoordinateReferenceSystem mProjectCrs;
  QTabWidget *mTabs = nullptr;

  // Ready-made maps
  QListWidget *mReadyMadeList = nullptr;
  QLabel *mReadyMadeDescription = nullptr;
  QWidget *mApiKeyRow = nullptr;
  QLineEdit *mApiKey = nullptr;
  QCheckBox *mMutedTopographic = nullptr;

  // File
  QLineEdit *mFilePath = nullptr;
  QTreeWidget *mFileLayers = nullptr;
  QWidget *mFileCrsRow = nullptr;
  QgsProjectionSelectionWidget *mFileCrs = nullptr;
  QLabel *mFileMessage = nullptr;
  QString mFileError;
  QString mInspectedFile;

  // WMS/WMTS
  QLineEdit *mServiceUrl = nullptr;
  QPushButton *mFetchButton = nullptr;
  QLabel *mServiceStatus = nullptr;
  QComboBox *mServiceLayer = nullptr;
  QComboBox *mServiceKind = nullptr;
  QComboBox *mTileMatrixSet = nullptr;
  QLineEdit *mServiceStyle = nullptr;
  QComboBox *mServiceFormat = nullptr;
  QgsProjectionSelectionWidget *mServiceCrs = nullptr;
  QLineEdit *mServiceName = nullptr;
  QPointer<QNetworkReply> mCapabilitiesReply;
  ServiceCapabilities mCapabilities;

  // XYZ
  QLineEdit *mTileUrl = nullptr;
  QLineEdit *mTileName = nullptr;
  QSpinBox *mTileZMin = nullptr;
  QSpinBox *mTileZMax = nullptr;
  QLineEdit *mTileAttribution = nullptr;
};

#include "addlayerdialog.h"

#include <qgsapplication.h>
#include <qgsdatasourceuri.h>
#include <qgsmaplayer.h>
#include <qgsnetworkaccessmanager.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsprovidersublayerdetails.h>
#include <qgsproviderregistry.h>
#include <qgsproviderutils.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>
#include <qgswkbtypes.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkReply>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <QXmlStreamReader>

#include <memory>

namespace
{
constexpr int sSourceRole = Qt::UserRole + 1;

QLabel *noteLabel( const QString &text )
{
  auto *label = new QLabel( text );
  label->setWordWrap( true );
  label->setTextFormat( Qt::RichText );
  label->setOpenExternalLinks( true );
  label->setStyleSheet( QStringLiteral( "color: #555555;" ) );
  return label;
}

QString internetBadge()
{
  return AddLayerDialog::tr( "needs internet" );
}
} // namespace

ServiceCapabilities ServiceCapabilities::parse( const QByteArray &xml )
{
  ServiceCapabilities result;
  QXmlStreamReader reader( xml );
  QStringList path; // local names of the open elements
  QList<Layer> open;
  while ( !reader.atEnd() )
  {
    reader.readNext();
    if ( reader.isStartElement() )
    {
      const QString name = reader.name().toString();
      const QString parent = path.isEmpty() ? QString() : path.last();
      if ( path.isEmpty() )
        result.wmts = name == QLatin1String( "Capabilities" );
      if ( name == QLatin1String( "Layer" ) )
      {
        open << Layer();
        path << name;
        continue;
      }
      if ( !open.isEmpty() )
      {
        Layer &layer = open.last();
        const QString grandParent = path.size() > 1 ? path.at( path.size() - 2 ) : QString();
        if ( parent == QLatin1String( "Layer" ) &&
             ( name == QLatin1String( "Name" ) || name == QLatin1String( "Identifier" ) ) )
        {
          layer.name = reader.readElementText().trimmed();
          continue;
        }
        if ( parent == QLatin1String( "Layer" ) && name == QLatin1String( "Title" ) )
        {
          layer.title = reader.readElementText().trimmed();
          continue;
        }
        if ( parent == QLatin1String( "Layer" ) && name == QLatin1String( "Format" ) )
        {
          layer.formats << reader.readElementText().trimmed();
          continue;
        }
        if ( parent == QLatin1String( "Style" ) && grandParent == QLatin1String( "Layer" ) &&
             ( name == QLatin1String( "Name" ) || name == QLatin1String( "Identifier" ) ) )
        {
          layer.styles << reader.readElementText().trimmed();
          continue;
        }
        if ( parent == QLatin1String( "TileMatrixSetLink" ) && name == QLatin1String( "TileMatrixSet" ) )
        {
          layer.tileMatrixSets << reader.readElementText().trimmed();
          continue;
        }
      }
      path << name;
    }
    else if ( reader.isEndElement() )
    {
      if ( !path.isEmpty() )
        path.removeLast();
      if ( reader.name() == QLatin1String( "Layer" ) && !open.isEmpty() )
      {
        const Layer layer = open.takeLast();
        if ( !layer.name.isEmpty() ) // WMS groups without a name cannot be requested
          result.layers << layer;
      }
    }
  }
  if ( reader.hasError() )
    result.error = AddLayerDialog::tr( "The answer is not a capabilities document (%1, line %2)." )
                     .arg( reader.errorString() )
                     .arg( reader.lineNumber() );
  else if ( result.layers.isEmpty() )
    result.error = AddLayerDialog::tr( "The service lists no layers." );
  return result;
}

AddLayerDialog::AddLayerDialog( const QgsCoordinateReferenceSystem &projectCrs, QWidget *parent )
  : QDialog( parent ), mProjectCrs( projectCrs )
{
  setObjectName( QStringLiteral( "AddLayerDialog" ) );
  setWindowTitle( tr( "Add Layer" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro =
    new QLabel( tr( "Show your own map data with the project: files, web map services or tiles. They "
                    "are shown in <b>My layers</b> and are not imported into the project." ) );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  mTabs = new QTabWidget;
  mTabs->addTab( createReadyMadePage(), QgsApplication::getThemeIcon( QStringLiteral( "/mIconXyz.svg" ) ),
                 tr( "Ready-made maps" ) );
  mTabs->addTab( createFilePage(),
                 QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddOgrLayer.svg" ) ), tr( "File" ) );
  mTabs->addTab( createWebServicePage(),
                 QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddWmsLayer.svg" ) ),
                 tr( "WMS/WMTS" ) );
  mTabs->addTab( createTilesPage(),
                 QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddXyzLayer.svg" ) ),
                 tr( "XYZ tiles" ) );
  layout->addWidget( mTabs, 1 );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Add" ) );
  connect( buttons, &QDialogButtonBox::accepted, this, &AddLayerDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &AddLayerDialog::reject );
  layout->addWidget( buttons );
  resize( 720, 540 );
}

AddLayerDialog::~AddLayerDialog()
{
  if ( mCapabilitiesReply )
    mCapabilitiesReply->abort();
}

QWidget *AddLayerDialog::createReadyMadePage()
{
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout( page );
  mReadyMadeList = new QListWidget;
  mReadyMadeList->setObjectName( QStringLiteral( "ReadyMadeList" ) );
  mReadyMadeList->setIconSize( QSize( 24, 24 ) );
  mReadyMadeList->setSpacing( 3 );
  auto *osm = new QListWidgetItem( QgsApplication::getThemeIcon( QStringLiteral( "/mIconXyz.svg" ) ),
                                   tr( "OpenStreetMap (%1)" ).arg( internetBadge() ) );
  auto *topographic =
    new QListWidgetItem( QgsApplication::getThemeIcon( QStringLiteral( "/mIconWms.svg" ) ),
                         tr( "Lantmäteriet: Topografisk webbkarta (%1, API key)" ).arg( internetBadge() ) );
  mReadyMadeList->addItem( osm );
  mReadyMadeList->addItem( topographic );
  mReadyMadeList->setMaximumHeight( 80 );
  layout->addWidget( mReadyMadeList );

  mReadyMadeDescription = new QLabel;
  mReadyMadeDescription->setWordWrap( true );
  mReadyMadeDescription->setTextFormat( Qt::RichText );
  mReadyMadeDescription->setOpenExternalLinks( true );
  mReadyMadeDescription->setAlignment( Qt::AlignTop | Qt::AlignLeft );
  layout->addWidget( mReadyMadeDescription );

  mApiKeyRow = new QWidget;
  auto *keyLayout = new QFormLayout( mApiKeyRow );
  keyLayout->setContentsMargins( 0, 0, 0, 0 );
  mApiKey = new QLineEdit;
  mApiKey->setObjectName( QStringLiteral( "ApiKey" ) );
  mApiKey->setPlaceholderText( tr( "Your API key from Lantmäteriet" ) );
  keyLayout->addRow( tr( "API key" ), mApiKey );
  mMutedTopographic =
    new QCheckBox( tr( "Muted colours (nedtonad), so the situational picture stands out" ) );
  mMutedTopographic->setChecked( true );
  keyLayout->addRow( QString(), mMutedTopographic );
  layout->addWidget( mApiKeyRow );
  layout->addStretch( 1 );

  connect( mReadyMadeList, &QListWidget::currentRowChanged, this,
           &AddLayerDialog::updateReadyMadeDescription );
  mReadyMadeList->setCurrentRow( 0 );
  return page;
}

void AddLayerDialog::updateReadyMadeDescription()
{
  const int row = mReadyMadeList->currentRow();
  const QString offline = tr(
    "<p><b>Needs internet.</b> Without a connection the layer stays empty and is marked in the layer tree; "
    "the rest of the map works as before.</p>" );
  if ( row == 1 )
  {
    mReadyMadeDescription->setText(
      tr(
        "<p><b>Topografisk webbkarta</b> is Lantmäteriet's topographic map of Sweden, open data (CC BY 4.0), "
        "served in SWEREF 99 TM.</p><p>Lantmäteriet gives it only with a personal API key: order "
        "<i>Topografisk webbkarta Visning, CCBY</i> (free of charge) at "
        "<a href=\"https://www.lantmateriet.se/\">lantmateriet.se</a> and paste the key below. The key is "
        "saved in the project file together with the layer.</p>" ) +
      offline );
    mApiKeyRow->show();
  }
  else
  {
    mReadyMadeDescription->setText(
      tr(
        "<p><b>OpenStreetMap</b>: the standard street map of the OpenStreetMap project, drawn by volunteers. "
        "The map shows the credit <i>© OpenStreetMap contributors</i>, as its licence requires.</p>"
        "<p>The tiles are in Web Mercator and are reprojected to the project's coordinate system, so text on "
        "them may look slightly stretched.</p>" ) +
      offline );
    mApiKeyRow->hide();
  }
}

QWidget *AddLayerDialog::createFilePage()
{
  auto *page = new QWidget;
  auto *layout = new QVBoxLayout( page );
  auto *row = new QHBoxLayout;
  mFilePath = new QLineEdit;
  mFilePath->setObjectName( QStringLiteral( "FilePath" ) );
  mFilePath->setPlaceholderText( tr( "GeoPackage, Shapefile, GeoJSON, GeoTIFF, …" ) );
  auto *browse = new QPushButton( tr( "Browse…" ) );
  row->addWidget( mFilePath, 1 );
  row->addWidget( browse );
  layout->addLayout( row );
  connect( browse, &QPushButton::clicked, this, &AddLayerDialog::browseFile );
  connect( mFilePath, &QLineEdit::editingFinished, this,
           [this]
           {
             if ( mFilePath->text() != mInspectedFile && !mFilePath->text().isEmpty() )
               setFile( mFilePath->text() );
           } );

  mFileLayers = new QTreeWidget;
  mFileLayers->setObjectName( QStringLiteral( "FileLayers" ) );
  mFileLayers->setRootIsDecorated( false );
  mFileLayers->setHeaderLabels( { tr( "Layer" ), tr( "Kind" ), tr( "Coordinate system" ) } );
  mFileLayers->header()->setSectionResizeMode( 0, QHeaderView::Stretch );
  mFileLayers->header()->setSectionResizeMode( 1, QHeaderView::ResizeToContents );
  mFileLayers->header()->setSectionResizeMode( 2, QHeaderView::ResizeToContents );
  mFileLayers->header()->setStretchLastSection( false );
  layout->addWidget( mFileLayers, 1 );
  connect( mFileLayers, &QTreeWidget::itemChanged, this, &AddLayerDialog::updateFileCrsRow );

  mFileCrsRow = new QWidget;
  auto *crsLayout = new QVBoxLayout( mFileCrsRow );
  crsLayout->setContentsMargins( 0, 0, 0, 0 );
  auto *crsWarning = new QLabel( tr(
    "<b>The file does not say which coordinate system it is in.</b> Choose the one it was made in: Swedish "
    "municipal data are usually in SWEREF 99 TM or a local SWEREF 99 zone (e.g. SWEREF 99 13 30 in "
    "Värmland), older data in RT90 2.5 gon V." ) );
  crsWarning->setWordWrap( true );
  crsWarning->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );
  mFileCrs = new QgsProjectionSelectionWidget;
  mFileCrs->setObjectName( QStringLiteral( "FileCrs" ) );
  mFileCrs->setCrs( mProjectCrs );
  crsLayout->addWidget( crsWarning );
  crsLayout->addWidget( mFileCrs );
  mFileCrsRow->hide();
  layout->addWidget( mFileCrsRow );

  mFileMessage =
    noteLabel( tr( "Layers in any coordinate system are shown reprojected to the project's (%1). "
                   "The project remembers where the file is, relative to the project file." )
                 .arg( mProjectCrs.userFriendlyIdentifier( QgsCoordinateReferenceSystem::ShortString ) ) );
  layout->addWidget( mFileMessage );
  return page;
}

void AddLayerDialog::browseFile()
{
  const QString filters =
    tr(
      "Map files (*.gpkg *.shp *.geojson *.json *.fgb *.gml *.kml *.kmz *.tab *.mif *.dxf *.gpx *.csv *.tif "
      "*.tiff *.jp2 *.jpg *.png *.ecw *.vrt *.asc)" ) +
    QStringLiteral( ";;" ) + tr( "All files (*)" ) + QStringLiteral( ";;" ) +
    QgsProviderRegistry::instance()->fileVectorFilters() + QStringLiteral( ";;" ) +
    QgsProviderRegistry::instance()->fileRasterFilters();
  const QString path = QFileDialog::getOpenFileName( this, tr( "Add Layer" ),
                                                     QFileInfo( mFilePath->text() ).absolutePath(), filters );
  if ( path.isEmpty() )
    return;
  if ( !setFile( path ) )
    QMessageBox::warning( this, tr( "Add Layer" ), mFileError );
}

bool AddLayerDialog::setFile( const QString &path )
{
  mFilePath->setText( path );
  mInspectedFile = path;
  mFileLayers->clear();
  mFileError.clear();
  const QFileInfo info( path );
  if ( !info.exists() )
  {
    mFileError = tr( "%1 does not exist." ).arg( path );
    updateFileCrsRow();
    return false;
  }
  // Every provider is asked, so a GeoPackage lists both its vector tables and its raster tiles.
  const QList<QgsProviderSublayerDetails> sublayers = QgsProviderRegistry::instance()->querySublayers( path );
  QgsProviderSublayerDetails::LayerOptions options( QgsCoordinateTransformContext{} );
  options.loadDefaultStyle = false;
  QSet<QString> seen;
  for ( const QgsProviderSublayerDetails &details : sublayers )
  {
    if ( details.flags() & Qgis::SublayerFlag::SystemTable )
      continue;
    const bool vector =
      details.type() == QgsMapLayerType::VectorLayer && details.providerKey() == QLatin1String( "ogr" );
    const bool raster =
      details.type() == QgsMapLayerType::RasterLayer && details.providerKey() == QLatin1String( "gdal" );
    if ( ( !vector && !raster ) || seen.contains( details.uri() ) )
      continue;
    seen.insert( details.uri() );
    // The layer itself says what the list cannot: whether GDAL reads it and in which CRS.
    std::unique_ptr<QgsMapLayer> layer( details.toLayer( options ) );
    if ( !layer || !layer->isValid() )
      continue;
    if ( vector && qobject_cast<QgsVectorLayer *>( layer.get() ) &&
         !qobject_cast<QgsVectorLayer *>( layer.get() )->isSpatial() )
      continue; // attribute tables have nothing to show on a map
    const QString name = details.name().isEmpty() ? info.completeBaseName() : details.name();
    QString kind = raster
                     ? tr( "Raster" )
                     : QgsWkbTypes::geometryDisplayString( QgsWkbTypes::geometryType( details.wkbType() ) );
    if ( vector && details.featureCount() >= 0 )
      kind += QStringLiteral( " (%1)" ).arg( QLocale().toString( details.featureCount() ) );
    const QgsCoordinateReferenceSystem crs = layer->crs();
    auto *item = new QTreeWidgetItem(
      mFileLayers, { name, kind,
                     crs.isValid() ? crs.userFriendlyIdentifier( QgsCoordinateReferenceSystem::ShortString )
                                   : tr( "unknown" ) } );
    item->setData( 0, sSourceRole,
                   QStringList{ details.providerKey(), details.uri(),
                                crs.isValid() ? QStringLiteral( "1" ) : QString() } );
    item->setCheckState( 0, Qt::Unchecked );
    item->setToolTip( 0, details.uri() );
  }
  if ( mFileLayers->topLevelItemCount() == 0 )
  {
    mFileError =
      tr( "%1 has no map layers that GDAL can read. Vector files (GeoPackage, Shapefile, GeoJSON, …) "
          "and raster files (GeoTIFF, …) can be added." )
        .arg( info.fileName() );
    updateFileCrsRow();
    return false;
  }
  // One layer: it is what the user wants. Several (a GeoPackage): the user chooses.
  if ( mFileLayers->topLevelItemCount() == 1 )
    mFileLayers->topLevelItem( 0 )->setCheckState( 0, Qt::Checked );
  updateFileCrsRow();
  return true;
}

bool AddLayerDialog::setFileLayerChecked( const QString &name, bool checked )
{
  for ( int i = 0; i < mFileLayers->topLevelItemCount(); ++i )
    if ( mFileLayers->topLevelItem( i )->text( 0 ) == name )
    {
      mFileLayers->topLevelItem( i )->setCheckState( 0, checked ? Qt::Checked : Qt::Unchecked );
      return true;
    }
  return false;
}

void AddLayerDialog::updateFileCrsRow()
{
  bool unknownCrs = false;
  for ( int i = 0; i < mFileLayers->topLevelItemCount(); ++i )
  {
    const QTreeWidgetItem *item = mFileLayers->topLevelItem( i );
    if ( item->checkState( 0 ) == Qt::Checked &&
         item->data( 0, sSourceRole ).toStringList().value( 2 ).isEmpty() )
      unknownCrs = true;
  }
  mFileCrsRow->setVisible( unknownCrs );
}

QWidget *AddLayerDialog::createWebServicePage()
{
  auto *page = new QWidget;
  auto *form = new QFormLayout( page );
  auto *urlRow = new QHBoxLayout;
  mServiceUrl = new QLineEdit;
  mServiceUrl->setObjectName( QStringLiteral( "ServiceUrl" ) );
  mServiceUrl->setPlaceholderText( QStringLiteral( "https://karta.example.se/wms" ) );
  mFetchButton = new QPushButton( tr( "Fetch Layers" ) );
  mFetchButton->setToolTip( tr( "Ask the service which layers it has (needs internet)" ) );
  urlRow->addWidget( mServiceUrl, 1 );
  urlRow->addWidget( mFetchButton );
  form->addRow( tr( "Address" ), urlRow );
  mServiceStatus = new QLabel;
  mServiceStatus->setWordWrap( true );
  form->addRow( QString(), mServiceStatus );
  connect( mFetchButton, &QPushButton::clicked, this, &AddLayerDialog::fetchCapabilities );

  mServiceKind = new QComboBox;
  mServiceKind->addItem( tr( "WMS (map images)" ) );
  mServiceKind->addItem( tr( "WMTS (map tiles)" ) );
  form->addRow( tr( "Service" ), mServiceKind );
  mServiceLayer = new QComboBox;
  mServiceLayer->setObjectName( QStringLiteral( "ServiceLayer" ) );
  mServiceLayer->setEditable( true );
  mServiceLayer->setInsertPolicy( QComboBox::NoInsert );
  form->addRow( tr( "Layer" ), mServiceLayer );
  mTileMatrixSet = new QComboBox;
  mTileMatrixSet->setEditable( true );
  form->addRow( tr( "Tile matrix set" ), mTileMatrixSet );
  mServiceStyle = new QLineEdit;
  mServiceStyle->setPlaceholderText( tr( "default" ) );
  form->addRow( tr( "Style" ), mServiceStyle );
  mServiceFormat = new QComboBox;
  mServiceFormat->addItems( { QStringLiteral( "image/png" ), QStringLiteral( "image/jpeg" ) } );
  mServiceFormat->setEditable( true );
  form->addRow( tr( "Image format" ), mServiceFormat );
  mServiceCrs = new QgsProjectionSelectionWidget;
  mServiceCrs->setCrs( mProjectCrs );
  form->addRow( tr( "Coordinate system" ), mServiceCrs );
  mServiceName = new QLineEdit;
  mServiceName->setPlaceholderText( tr( "Name in the layer tree" ) );
  form->addRow( tr( "Name" ), mServiceName );
  form->addRow(
    noteLabel( tr( "<b>Needs internet.</b> The service is asked in the background when the layer is "
                   "added; if it cannot be reached, nothing is added and you are told why." ) ) );

  auto updateKind = [this]
  {
    const bool wmts = mServiceKind->currentIndex() == 1;
    mTileMatrixSet->setEnabled( wmts );
  };
  connect( mServiceKind, qOverload<int>( &QComboBox::currentIndexChanged ), this, updateKind );
  connect( mServiceLayer, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &AddLayerDialog::onServiceLayerChosen );
  updateKind();
  return page;
}

void AddLayerDialog::fetchCapabilities()
{
  const QString url = mServiceUrl->text().trimmed();
  if ( !QUrl( url ).isValid() || QUrl( url ).scheme().isEmpty() )
  {
    mServiceStatus->setText( tr( "Enter the service's address first, e.g. https://karta.example.se/wms." ) );
    return;
  }
  if ( mCapabilitiesReply )
    mCapabilitiesReply->abort();
  QgsDataSourceUri uri;
  uri.setParam( QStringLiteral( "url" ), url );
  QNetworkRequest request( QUrl( UserLayers::probeUrl( QString::fromUtf8( uri.encodedUri() ) ) ) );
  request.setAttribute( QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy );
  QNetworkReply *reply = QgsNetworkAccessManager::instance()->get( request );
  mCapabilitiesReply = reply;
  QTimer::singleShot( UserLayers::probeTimeoutSeconds() * 1000, reply,
                      [reply]
                      {
                        if ( reply->isRunning() )
                          reply->abort();
                      } );
  connect( reply, &QNetworkReply::finished, this, [this, reply] { onCapabilitiesFinished( reply ); } );
  mFetchButton->setEnabled( false );
  mServiceStatus->setText( tr( "Asking %1 for its layers…" ).arg( QUrl( url ).host() ) );
}

void AddLayerDialog::onCapabilitiesFinished( QNetworkReply *reply )
{
  reply->deleteLater();
  if ( reply != mCapabilitiesReply )
    return;
  mFetchButton->setEnabled( true );
  const int status = reply->attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
  if ( reply->error() != QNetworkReply::NoError || status >= 400 )
  {
    mServiceStatus->setText(
      reply->error() == QNetworkReply::OperationCanceledError
        ? tr( "%1 did not answer. Check the address and the internet connection." ).arg( reply->url().host() )
        : tr( "%1 could not be reached: %2" ).arg( reply->url().host(), reply->errorString() ) );
    return;
  }
  mCapabilities = ServiceCapabilities::parse( reply->readAll() );
  if ( !mCapabilities.error.isEmpty() )
  {
    mServiceStatus->setText( mCapabilities.error );
    return;
  }
  mServiceKind->setCurrentIndex( mCapabilities.wmts ? 1 : 0 );
  const QSignalBlocker blocker( mServiceLayer );
  mServiceLayer->clear();
  for ( const ServiceCapabilities::Layer &layer : std::as_const( mCapabilities.layers ) )
    mServiceLayer->addItem(
      layer.title.isEmpty() ? layer.name : QStringLiteral( "%1 (%2)" ).arg( layer.title, layer.name ),
      layer.name );
  mServiceStatus->setText( tr( "%n layer(s) found.", nullptr, mCapabilities.layers.size() ) );
  onServiceLayerChosen();
}

void AddLayerDialog::onServiceLayerChosen()
{
  const int index = mServiceLayer->currentIndex();
  if ( index < 0 || index >= mCapabilities.layers.size() ||
       mServiceLayer->itemData( index ).toString() != mCapabilities.layers.at( index ).name )
    return;
  const ServiceCapabilities::Layer &layer = mCapabilities.layers.at( index );
  mTileMatrixSet->clear();
  mTileMatrixSet->addItems( layer.tileMatrixSets );
  // The grid in the project's CRS needs no resampling: prefer it.
  const QString projectCode = mProjectCrs.authid().section( QLatin1Char( ':' ), 1 );
  for ( int i = 0; i < layer.tileMatrixSets.size(); ++i )
    if ( layer.tileMatrixSets.at( i ).contains( projectCode ) )
      mTileMatrixSet->setCurrentIndex( i );
  if ( !layer.styles.isEmpty() )
    mServiceStyle->setText( layer.styles.first() );
  for ( const QString &format : layer.formats )
    if ( format == QLatin1String( "image/png" ) )
      mServiceFormat->setCurrentText( format );
  mServiceName->setText( layer.title.isEmpty() ? layer.name : layer.title );
}

QWidget *AddLayerDialog::createTilesPage()
{
  auto *page = new QWidget;
  auto *form = new QFormLayout( page );
  mTileUrl = new QLineEdit;
  mTileUrl->setObjectName( QStringLiteral( "TileUrl" ) );
  mTileUrl->setPlaceholderText( QStringLiteral( "https://tiles.example.se/{z}/{x}/{y}.png" ) );
  form->addRow( tr( "Address" ), mTileUrl );
  mTileName = new QLineEdit;
  mTileName->setPlaceholderText( tr( "Name in the layer tree" ) );
  form->addRow( tr( "Name" ), mTileName );
  mTileZMin = new QSpinBox;
  mTileZMin->setRange( 0, 24 );
  mTileZMax = new QSpinBox;
  mTileZMax->setRange( 0, 24 );
  mTileZMax->setValue( 19 );
  auto *zoomRow = new QHBoxLayout;
  zoomRow->addWidget( mTileZMin );
  zoomRow->addWidget( new QLabel( QStringLiteral( "–" ) ) );
  zoomRow->addWidget( mTileZMax );
  zoomRow->addStretch( 1 );
  form->addRow( tr( "Zoom levels" ), zoomRow );
  mTileAttribution = new QLineEdit;
  mTileAttribution->setPlaceholderText( tr( "e.g. © The map's owner" ) );
  form->addRow( tr( "Credit on the map" ), mTileAttribution );
  form->addRow(
    noteLabel( tr( "Tiles in the web's usual numbering (Web Mercator), with {z}, {x} and {y} in the address. "
                   "Tiles from a web "
                   "address <b>need internet</b>; a folder of tiles on this computer works offline: "
                   "<tt>file:///C:/Kartor/tiles/{z}/{x}/{y}.png</tt>." ) ) );
  return page;
}

void AddLayerDialog::setPage( Page page )
{
  mTabs->setCurrentIndex( static_cast<int>( page ) );
}

AddLayerDialog::Page AddLayerDialog::page() const
{
  return static_cast<Page>( mTabs->currentIndex() );
}

void AddLayerDialog::setWebService( const QString &url, const QString &layerName, bool wmts,
                                    const QString &tileMatrixSet )
{
  setPage( Page::WebService );
  mServiceUrl->setText( url );
  mServiceKind->setCurrentIndex( wmts ? 1 : 0 );
  mServiceLayer->setCurrentText( layerName );
  mTileMatrixSet->setCurrentText( tileMatrixSet );
}

void AddLayerDialog::setTiles( const QString &urlTemplate, const QString &name, const QString &attribution )
{
  setPage( Page::Tiles );
  mTileUrl->setText( urlTemplate );
  mTileName->setText( name );
  mTileAttribution->setText( attribution );
}

void AddLayerDialog::setReadyMade( int index, const QString &apiKey )
{
  setPage( Page::ReadyMade );
  mReadyMadeList->setCurrentRow( index );
  mApiKey->setText( apiKey );
}

LayerSource AddLayerDialog::openStreetMap()
{
  // OpenStreetMap's standard tiles (tile usage policy: https://operations.osmfoundation.org/policies/tiles/);
  // the credit is required on the map, in this form (the licence's wording, not translated).
  return tileSource( tr( "OpenStreetMap" ),
                     QStringLiteral( "https://tile.openstreetmap.org/{z}/{x}/{y}.png" ), 0, 19,
                     QStringLiteral( "© OpenStreetMap contributors" ) );
}

QString AddLayerDialog::lantmaterietCapabilitiesUrl( const QString &apiKey )
{
  // Lantmäteriet's open topographic web map, "Topografisk webbkarta Visning, CCBY", is a WMTS service whose
  // key goes into the path:
  //   https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/<API-KEY>/?request=getcapabilities&service=wmts
  // Layers "topowebb" and "topowebb_nedtonad" (muted); tile matrix sets "3006" (SWEREF 99 TM) and "3857";
  // PNG. Tiles: .../token/<API-KEY>/1.0.0/<layer>/default/<set>/<zoom>/<row>/<col>.png. The key is ordered
  // (free) from Lantmäteriet's API portal. Should Lantmäteriet change the address, the WMS/WMTS page takes
  // any URL.
  return QStringLiteral( "https://api.lantmateriet.se/open/topowebb-ccby/v1/wmts/token/%1/"
                         "?request=getcapabilities&service=wmts" )
    .arg( QString::fromLatin1( QUrl::toPercentEncoding( apiKey.trimmed() ) ) );
}

LayerSource AddLayerDialog::lantmaterietTopographic( const QString &apiKey, bool muted )
{
  LayerSource source = webServiceSource(
    muted ? tr( "Topografisk webbkarta (muted)" ) : tr( "Topografisk webbkarta" ),
    lantmaterietCapabilitiesUrl( apiKey ),
    muted ? QStringLiteral( "topowebb_nedtonad" ) : QStringLiteral( "topowebb" ), QStringLiteral( "default" ),
    QStringLiteral( "image/png" ), QStringLiteral( "EPSG:3006" ), QStringLiteral( "3006" ) );
  source.attribution = QStringLiteral( "© Lantmäteriet" );
  return source;
}

LayerSource AddLayerDialog::webServiceSource( const QString &name, const QString &url,
                                              const QString &layerName, const QString &style,
                                              const QString &format, const QString &crs,
                                              const QString &tileMatrixSet )
{
  QgsDataSourceUri uri;
  uri.setParam( QStringLiteral( "contextualWMSLegend" ), QStringLiteral( "0" ) );
  uri.setParam( QStringLiteral( "crs" ), crs );
  uri.setParam( QStringLiteral( "dpiMode" ), QStringLiteral( "7" ) );
  uri.setParam( QStringLiteral( "format" ), format );
  uri.setParam( QStringLiteral( "layers" ), layerName );
  uri.setParam( QStringLiteral( "styles" ), style );
  if ( !tileMatrixSet.isEmpty() )
    uri.setParam( QStringLiteral( "tileMatrixSet" ), tileMatrixSet );
  uri.setParam( QStringLiteral( "url" ), url );
  return LayerSource{ name.isEmpty() ? layerName : name,
                      QStringLiteral( "wms" ),
                      QString::fromUtf8( uri.encodedUri() ),
                      QString(),
                      {} };
}

LayerSource AddLayerDialog::tileSource( const QString &name, const QString &urlTemplate, int zMin, int zMax,
                                        const QString &attribution )
{
  QgsDataSourceUri uri;
  uri.setParam( QStringLiteral( "type" ), QStringLiteral( "xyz" ) );
  uri.setParam( QStringLiteral( "url" ), urlTemplate );
  uri.setParam( QStringLiteral( "zmax" ), QString::number( zMax ) );
  uri.setParam( QStringLiteral( "zmin" ), QString::number( zMin ) );
  const QString fallbackName =
    QUrl( urlTemplate ).host().isEmpty() ? tr( "Tiles" ) : QUrl( urlTemplate ).host();
  return LayerSource{ name.isEmpty() ? fallbackName : name,
                      QStringLiteral( "wms" ),
                      QString::fromUtf8( uri.encodedUri() ),
                      attribution,
                      {} };
}

QList<LayerSource> AddLayerDialog::sources() const
{
  QList<LayerSource> result;
  switch ( page() )
  {
  case Page::ReadyMade:
    if ( mReadyMadeList->currentRow() == 1 )
      result << lantmaterietTopographic( mApiKey->text(), mMutedTopographic->isChecked() );
    else
      result << openStreetMap();
    break;
  case Page::File:
    for ( int i = 0; i < mFileLayers->topLevelItemCount(); ++i )
    {
      const QTreeWidgetItem *item = mFileLayers->topLevelItem( i );
      if ( item->checkState( 0 ) != Qt::Checked )
        continue;
      const QStringList data = item->data( 0, sSourceRole ).toStringList();
      LayerSource source{ item->text( 0 ), data.value( 0 ), data.value( 1 ), QString(), {} };
      if ( data.value( 2 ).isEmpty() )
        source.crs = mFileCrs->crs();
      result << source;
    }
    break;
  case Page::WebService:
  {
    const QString layerName =
      mServiceLayer->currentIndex() >= 0 &&
          mServiceLayer->itemText( mServiceLayer->currentIndex() ) == mServiceLayer->currentText()
        ? mServiceLayer->currentData().toString()
        : mServiceLayer->currentText().trimmed();
    const bool wmts = mServiceKind->currentIndex() == 1;
    QString style = mServiceStyle->text().trimmed();
    if ( wmts && style.isEmpty() )
      style = QStringLiteral( "default" );
    result << webServiceSource( mServiceName->text().trimmed(), mServiceUrl->text().trimmed(), layerName,
                                style, mServiceFormat->currentText().trimmed(),
                                mServiceCrs->crs().isValid() ? mServiceCrs->crs().authid()
                                                             : mProjectCrs.authid(),
                                wmts ? mTileMatrixSet->currentText().trimmed() : QString() );
    break;
  }
  case Page::Tiles:
    result << tileSource( mTileName->text().trimmed(), mTileUrl->text().trimmed(), mTileZMin->value(),
                          mTileZMax->value(), mTileAttribution->text().trimmed() );
    break;
  }
  return result;
}

QString AddLayerDialog::validationError() const
{
  switch ( page() )
  {
  case Page::ReadyMade:
    if ( mReadyMadeList->currentRow() == 1 && mApiKey->text().trimmed().isEmpty() )
      return tr(
        "Enter your API key from Lantmäteriet. Lantmäteriet gives its topographic web map only with a "
        "key; order one (free of charge) at lantmateriet.se." );
    return QString();
  case Page::File:
    if ( mFilePath->text().trimmed().isEmpty() )
      return tr( "Choose a file with Browse…" );
    if ( !mFileError.isEmpty() )
      return mFileError;
    if ( sources().isEmpty() )
      return tr( "Tick the layers of the file to add." );
    return QString();
  case Page::WebService:
  {
    const QUrl url( mServiceUrl->text().trimmed() );
    if ( mServiceUrl->text().trimmed().isEmpty() || !url.isValid() || url.scheme().isEmpty() )
      return tr( "Enter the service's address, e.g. https://karta.example.se/wms." );
    if ( mServiceLayer->currentText().trimmed().isEmpty() )
      return tr( "Enter the layer's name, or fetch the service's layers and choose one." );
    if ( mServiceKind->currentIndex() == 1 && mTileMatrixSet->currentText().trimmed().isEmpty() )
      return tr(
        "A WMTS layer needs its tile matrix set (e.g. 3006): fetch the service's layers and choose one." );
    return QString();
  }
  case Page::Tiles:
  {
    const QString url = mTileUrl->text().trimmed();
    if ( !url.contains( QLatin1String( "{z}" ) ) || !url.contains( QLatin1String( "{x}" ) ) ||
         !( url.contains( QLatin1String( "{y}" ) ) || url.contains( QLatin1String( "{-y}" ) ) ) )
      return tr(
        "The address must contain {z}, {x} and {y}, e.g. https://tiles.example.se/{z}/{x}/{y}.png." );
    if ( mTileZMin->value() > mTileZMax->value() )
      return tr( "The lowest zoom level must not be above the highest." );
    return QString();
  }
  }
  return QString();
}

void AddLayerDialog::accept()
{
  if ( page() == Page::File && mFilePath->text() != mInspectedFile && !mFilePath->text().isEmpty() )
    setFile( mFilePath->text() );
  const QString problem = validationError();
  if ( !problem.isEmpty() )
  {
    QMessageBox::warning( this, tr( "Add Layer" ), problem );
    return;
  }
  QDialog::accept();
}

#include "userlayers.h"

#include "layerstyles.h"
#include "projectlayers.h"

#include <qgsapplication.h>
#include <qgscoordinatetransform.h>
#include <qgsexception.h>
#include <qgsdatasourceuri.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgslayertreeview.h>
#include <qgslayertreeviewindicator.h>
#include <qgsmapcanvas.h>
#include <qgsmessagelog.h>
#include <qgsnetworkaccessmanager.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QSlider>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QWidgetAction>

#include <cmath>

namespace
{
//! Marks the layer tree group of user layers (ProjectLayers::sGroupProperty), whatever language its name is
//! in.
const QString sGroupValue = QStringLiteral( "user_layers" );
//! On a pending probe's reply: the index is not stable, so the reply carries itself.
const char *const sProbeProperty = "tryggkartaProbe";

//! True when the group holds one of the project's own tables of the given kind.
bool holdsTable( QgsLayerTreeGroup *group, const QStringList &tables )
{
  for ( QgsLayerTreeLayer *node : group->findLayers() )
    if ( node->layer() &&
         tables.contains( node->layer()->customProperty( ProjectLayers::sTableProperty ).toString() ) )
      return true;
  return false;
}

QString urlOf( const QString &uri )
{
  QgsDataSourceUri parsed;
  parsed.setEncodedUri( uri );
  return parsed.param( QStringLiteral( "url" ) );
}

bool isXyz( const QString &uri )
{
  QgsDataSourceUri parsed;
  parsed.setEncodedUri( uri );
  return parsed.param( QStringLiteral( "type" ) ) == QLatin1String( "xyz" );
}

//! Credits the map must show for well-known services, when the layer does not carry its own.
QString knownAttribution( const QString &uri )
{
  const QString host = UserLayers::host( uri );
  if ( host.endsWith( QLatin1String( "openstreetmap.org" ) ) )
    return QStringLiteral( "© OpenStreetMap contributors" );
  if ( host.endsWith( QLatin1String( "lantmateriet.se" ) ) )
    return QStringLiteral( "© Lantmäteriet" );
  return QString();
}
} // namespace

UserLayers::UserLayers( QgsProject *project, QgsMapCanvas *canvas, QgsLayerTreeView *view, QObject *parent )
  : QObject( parent ), mProject( project ), mCanvas( canvas ), mView( view )
{
  // Another project replaces every layer: nothing asked for the old one may arrive in the new one.
  connect( mProject, &QgsProject::removeAll, this, &UserLayers::abortPending );
  // Indicators are kept by node; a removed node must take its indicator along.
  connect( mProject->layerTreeRoot(), &QgsLayerTreeNode::willRemoveChildren, this,
           [this]( QgsLayerTreeNode *node, int from, int to )
           {
             const QList<QgsLayerTreeNode *> children = node->children();
             for ( int i = from; i <= to && i < children.size(); ++i )
               removeIndicatorsBelow( children.at( i ) );
           } );
  connect( mProject->layerTreeRoot(), &QgsLayerTreeNode::visibilityChanged, this,
           &UserLayers::updateAttribution );
  connect( mProject->layerTreeRoot(), &QgsLayerTreeNode::removedChildren, this,
           &UserLayers::updateAttribution );
  connect( mProject->layerTreeRoot(), &QgsLayerTreeNode::addedChildren, this,
           &UserLayers::updateAttribution );
}

UserLayers::~UserLayers()
{
  abortPending();
}

QString UserLayers::groupName()
{
  return tr( "My layers" );
}

QgsLayerTreeGroup *UserLayers::group( bool create ) const
{
  QgsLayerTreeGroup *root = mProject->layerTreeRoot();
  if ( QgsLayerTreeGroup *existing = ProjectLayers::groupOfKind( root, sGroupValue ) )
    return existing;
  if ( !create )
    return nullptr;
  // Below the situational picture, above the base map: own layers give context to the picture, and cover the
  // generated base map where they overlap it.
  int index = 0;
  const QList<QgsLayerTreeNode *> children = root->children();
  for ( int i = 0; i < children.size(); ++i )
    if ( QgsLayerTree::isGroup( children.at( i ) ) &&
         holdsTable( QgsLayerTree::toGroup( children.at( i ) ), ProjectLayers::situationTables() ) )
      index = i + 1;
  QgsLayerTreeGroup *group = root->insertGroup( index, groupName() );
  group->setCustomProperty( ProjectLayers::sGroupProperty, sGroupValue );
  group->setExpanded( true );
  return group;
}

QList<QgsMapLayer *> UserLayers::layers() const
{
  QList<QgsMapLayer *> result;
  if ( QgsLayerTreeGroup *userGroup = group() )
    for ( QgsLayerTreeLayer *node : userGroup->findLayers() )
      if ( node->layer() )
        result << node->layer();
  return result;
}

bool UserLayers::isUserLayer( const QgsMapLayer *layer ) const
{
  QgsLayerTreeGroup *userGroup = group();
  return layer && userGroup && userGroup->findLayer( layer->id() );
}

bool UserLayers::needsInternet( const QString &providerKey, const QString &uri )
{
  if ( providerKey != QLatin1String( "wms" ) )
    return false;
  const QString scheme = QUrl( urlOf( uri ) ).scheme().toLower();
  return scheme == QLatin1String( "http" ) || scheme == QLatin1String( "https" );
}

QString UserLayers::host( const QString &uri )
{
  return QUrl( urlOf( uri ) ).host();
}

QString UserLayers::probeUrl( const QString &uri )
{
  QgsDataSourceUri parsed;
  parsed.setEncodedUri( uri );
  QString url = parsed.param( QStringLiteral( "url" ) );
  if ( parsed.param( QStringLiteral( "type" ) ) == QLatin1String( "xyz" ) )
  {
    // One tile of the coarsest level the layer uses.
    const int z = std::max( 0, parsed.param( QStringLiteral( "zmin" ) ).toInt() );
    return url.replace( QLatin1String( "{z}" ), QString::number( z ) )
      .replace( QLatin1String( "{x}" ), QStringLiteral( "0" ) )
      .replace( QLatin1String( "{y}" ), QStringLiteral( "0" ) )
      .replace( QLatin1String( "{-y}" ), QString::number( ( 1 << z ) - 1 ) )
      .replace( QLatin1String( "{q}" ), QString( z, QLatin1Char( '0' ) ) );
  }
  // The capabilities request QGIS's WMS provider makes (same URL, so its answer may come from the cache).
  if ( !url.contains( QLatin1Char( '?' ) ) )
    url += QLatin1Char( '?' );
  else if ( !url.endsWith( QLatin1Char( '?' ) ) && !url.endsWith( QLatin1Char( '&' ) ) )
    url += QLatin1Char( '&' );
  if ( !url.contains( QLatin1String( "SERVICE=WMTS" ), Qt::CaseInsensitive ) &&
       !url.contains( QLatin1String( "/WMTSCapabilities.xml" ), Qt::CaseInsensitive ) )
    url += QLatin1String( "SERVICE=WMS&REQUEST=GetCapabilities" );
  return url;
}

void UserLayers::insertLayer( QgsMapLayer *layer, int index )
{
  mProject->addMapLayer( layer, false );
  QgsLayerTreeLayer *node = group( true )->insertLayer( index, layer );
  node->setExpanded( false );
  if ( needsInternet( layer->providerType(), layer->source() ) )
    setIndicator( layer, QStringLiteral( "/mIconWms.svg" ),
                  tr( "Needs internet: the map images come from %1." ).arg( host( layer->source() ) ) );
  updateAttribution();
  emit layersChanged();
}

UserLayers::AddResult UserLayers::addLayer( const LayerSource &source )
{
  AddResult result;
  if ( source.providerKey == QLatin1String( "wms" ) && needsInternet( source.providerKey, source.uri ) &&
       !isXyz( source.uri ) )
  {
    probe( source, nullptr );
    result.pending = true;
    emit message( tr( "Connecting to %1 for the layer %2…" ).arg( host( source.uri ), source.name ) );
    return result;
  }

  QgsMapLayer *layer = nullptr;
  if ( source.providerKey == QLatin1String( "ogr" ) )
  {
    QgsVectorLayer::LayerOptions options( mProject->transformContext() );
    options.loadDefaultStyle = false;
    auto *vector = new QgsVectorLayer( source.uri, source.name, source.providerKey, options );
    if ( vector->isValid() )
    {
      // A style saved with the data (in the GeoPackage or a .qml beside the file) is the owner's choice.
      bool styled = false;
      vector->loadDefaultStyle( styled );
      if ( !styled )
        LayerStyles::applyUserLayerStyle( vector, layers().size() );
    }
    layer = vector;
  }
  else if ( source.providerKey == QLatin1String( "gdal" ) || source.providerKey == QLatin1String( "wms" ) )
  {
    QgsRasterLayer::LayerOptions options( true, mProject->transformContext() );
    layer = new QgsRasterLayer( source.uri, source.name, source.providerKey, options );
  }
  else
  {
    result.error =
      tr( "%1: layers of the kind \"%2\" cannot be added." ).arg( source.name, source.providerKey );
    return result;
  }

  if ( !layer->isValid() )
  {
    const QString reason = layer->error().summary();
    result.error =
      tr( "%1 could not be read as a map layer%2" )
        .arg( source.name, reason.isEmpty() ? QStringLiteral( "." ) : QStringLiteral( ": " ) + reason );
    delete layer;
    return result;
  }

  QStringList warnings;
  if ( !layer->crs().isValid() )
  {
    const QgsCoordinateReferenceSystem crs = source.crs.isValid() ? source.crs : mProject->crs();
    layer->setCrs( crs );
    if ( !source.crs.isValid() )
      warnings << tr(
                    "%1 does not say which coordinate system it is in, so %2 is assumed. If it lands in the "
                    "wrong place, remove it and add it again with its coordinate system." )
                    .arg( source.name, crs.userFriendlyIdentifier() );
  }
  else if ( layer->type() == QgsMapLayerType::VectorLayer ||
            layer->providerType() == QLatin1String( "gdal" ) )
  {
    // Data in the wrong place usually carry the wrong coordinate system.
    const QgsRectangle municipality = ProjectLayers::initialExtent( mProject );
    try
    {
      const QgsCoordinateTransform transform( layer->crs(), mProject->crs(), mProject->transformContext() );
      const QgsRectangle extent = transform.transformBoundingBox( layer->extent() );
      if ( !extent.isNull() && !municipality.isNull() && !extent.intersects( municipality ) )
        warnings << tr(
                      "%1 lies outside the municipality's map. Check that its coordinate system (%2) is the "
                      "one it was made in." )
                      .arg( source.name, layer->crs().userFriendlyIdentifier() );
    }
    catch ( const QgsCsException & )
    {
      warnings << tr( "%1 cannot be reprojected from %2 to the map's coordinate system." )
                    .arg( source.name, layer->crs().userFriendlyIdentifier() );
    }
  }
  if ( !source.attribution.isEmpty() )
    layer->setAttribution( source.attribution );

  insertLayer( layer, 0 );
  if ( needsInternet( source.providerKey, source.uri ) )
    probe( source, layer ); // tiles: added at once, checked in the background
  result.layer = layer;
  result.warning = warnings.join( QLatin1Char( ' ' ) );
  if ( !result.warning.isEmpty() )
    emit message( result.warning );
  emit layerAdded( layer );
  return result;
}

void UserLayers::probe( const LayerSource &source, QgsMapLayer *placeholder )
{
  QNetworkRequest request( QUrl( probeUrl( source.uri ) ) );
  request.setAttribute( QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy );
  QNetworkReply *reply = QgsNetworkAccessManager::instance()->get( request );
  reply->setProperty( sProbeProperty, true );
  mPending << Pending{ reply, source, placeholder };
  // Our own limit: QGIS's network timeout is a minute, too long for someone waiting for a map.
  QTimer::singleShot( probeTimeoutSeconds() * 1000, reply,
                      [reply]
                      {
                        if ( reply->isRunning() )
                          reply->abort();
                      } );
  connect( reply, &QNetworkReply::finished, this, [this, reply] { onProbeFinished( reply ); } );
}

QString UserLayers::describeFailure( QNetworkReply *reply ) const
{
  const QString server = reply->url().host();
  const int status = reply->attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
  if ( status == 401 || status == 403 )
    return tr( "%1 refused access (HTTP %2): check the API key or the login." ).arg( server ).arg( status );
  if ( status == 404 )
    return tr( "%1 does not know the address (HTTP 404): check the URL." ).arg( server );
  if ( status >= 400 )
    return tr( "%1 answered with an error (HTTP %2)." ).arg( server ).arg( status );
  switch ( reply->error() )
  {
  case QNetworkReply::HostNotFoundError:
    return tr( "The server %1 could not be found: is the computer connected to the internet?" ).arg( server );
  case QNetworkReply::OperationCanceledError:
  case QNetworkReply::TimeoutError:
    return tr( "%1 did not answer within %n second(s).", nullptr, probeTimeoutSeconds() ).arg( server );
  case QNetworkReply::ConnectionRefusedError:
  case QNetworkReply::RemoteHostClosedError:
    return tr( "%1 refused the connection." ).arg( server );
  case QNetworkReply::NetworkSessionFailedError:
  case QNetworkReply::TemporaryNetworkFailureError:
  case QNetworkReply::UnknownNetworkError:
    return tr( "There is no network connection (%1)." ).arg( reply->errorString() );
  default:
    return tr( "%1 could not be reached: %2" ).arg( server, reply->errorString() );
  }
}

QgsMapLayer *UserLayers::createWebLayer( const LayerSource &source, QString *error )
{
  // The provider reports why it failed only to the message log: listen while it is created (in this thread).
  QStringList logged;
  QThread *mainThread = thread();
  const QMetaObject::Connection connection = connect(
    QgsApplication::messageLog(),
    qOverload<const QString &, const QString &, Qgis::MessageLevel>( &QgsMessageLog::messageReceived ), this,
    [&logged, mainThread]( const QString &text, const QString &tag, Qgis::MessageLevel level )
    {
      if ( QThread::currentThread() == mainThread && tag == QLatin1String( "WMS" ) && level >= Qgis::Warning )
        logged << text.section( QLatin1Char( '\n' ), 0, 0 ).left( 300 );
    },
    Qt::DirectConnection );
  QgsRasterLayer::LayerOptions options( true, mProject->transformContext() );
  auto *layer = new QgsRasterLayer( source.uri, source.name, QStringLiteral( "wms" ), options );
  disconnect( connection );
  if ( !layer->isValid() )
  {
    *error = tr( "The service answered, but the layer could not be loaded%1" )
               .arg( logged.isEmpty() ? QStringLiteral( "." )
                                      : QStringLiteral( ": " ) + logged.join( QLatin1Char( ' ' ) ) );
    delete layer;
    return nullptr;
  }
  if ( !source.attribution.isEmpty() )
    layer->setAttribution( source.attribution );
  return layer;
}

void UserLayers::onProbeFinished( QNetworkReply *reply )
{
  reply->deleteLater();
  int index = -1;
  for ( int i = 0; i < mPending.size(); ++i )
    if ( mPending.at( i ).reply == reply )
      index = i;
  if ( index < 0 )
    return; // aborted when the project changed
  const Pending pending = mPending.takeAt( index );
  const int status = reply->attribute( QNetworkRequest::HttpStatusCodeAttribute ).toInt();
  const bool answered = reply->error() == QNetworkReply::NoError && status < 400;
  const LayerSource &source = pending.source;

  if ( pending.placeholder && pending.placeholder->isValid() )
  {
    // A tile layer already on the map: only say whether it can be drawn.
    if ( answered )
      setIndicator( pending.placeholder, QStringLiteral( "/mIconWms.svg" ),
                    tr( "Needs internet: the map images come from %1." ).arg( host( source.uri ) ) );
    else
    {
      const QString problem = describeFailure( reply );
      setIndicator( pending.placeholder, QStringLiteral( "/mIndicatorOffline.svg" ),
                    tr( "Needs internet. %1 The layer stays in the map and is drawn when the service can be "
                        "reached." )
                      .arg( problem ) );
      emit message( tr( "%1 is not shown: %2" ).arg( pending.placeholder->name(), problem ) );
    }
    return;
  }

  if ( !answered )
  {
    const QString problem = describeFailure( reply );
    if ( pending.placeholder )
    {
      setIndicator( pending.placeholder, QStringLiteral( "/mIndicatorOffline.svg" ),
                    tr( "Needs internet. %1 The layer is kept in the project and loaded the next time it is "
                        "opened with a connection." )
                      .arg( problem ) );
      emit message( tr( "%1 is not shown: %2" ).arg( pending.placeholder->name(), problem ) );
    }
    else
    {
      emit message( tr( "%1 was not added: %2" ).arg( source.name, problem ) );
      emit addFailed( source.name, problem );
    }
    return;
  }

  if ( pending.placeholder )
  {
    // A saved web layer: the service answers, so its data source can be set (the style read from the project
    // file is kept).
    QgsMapLayer *layer = pending.placeholder;
    if ( mCanvas )
      mCanvas->cancelJobs();
    QgsDataProvider::ProviderOptions options{ mProject->transformContext() };
    layer->setDataSource( layer->source(), layer->name(), layer->providerType(), options, false );
    if ( layer->isValid() )
    {
      setIndicator( layer, QStringLiteral( "/mIconWms.svg" ),
                    tr( "Needs internet: the map images come from %1." ).arg( host( layer->source() ) ) );
      layer->triggerRepaint();
      updateAttribution();
    }
    else
      setIndicator(
        layer, QStringLiteral( "/mIndicatorLayerError.svg" ),
        tr( "The service answered, but the layer could not be loaded: %1" ).arg( layer->error().summary() ) );
    return;
  }

  QString error;
  QgsMapLayer *layer = createWebLayer( source, &error );
  if ( !layer )
  {
    emit message( tr( "%1 was not added: %2" ).arg( source.name, error ) );
    emit addFailed( source.name, error );
    return;
  }
  insertLayer( layer, 0 );
  emit message( tr( "Added %1." ).arg( layer->name() ) );
  emit layerAdded( layer );
}

void UserLayers::abortPending()
{
  const QList<Pending> pending = mPending;
  mPending.clear();
  for ( const Pending &entry : pending )
    if ( entry.reply )
      entry.reply->abort(); // finished() comes, but the reply is no longer pending
}

void UserLayers::removeLayer( QgsMapLayer *layer )
{
  if ( !isUserLayer( layer ) )
    return;
  for ( int i = mPending.size() - 1; i >= 0; --i )
    if ( mPending.at( i ).placeholder == layer )
    {
      if ( QNetworkReply *reply = mPending.takeAt( i ).reply )
        reply->abort();
    }
  // A render may still be reading the layer.
  if ( mCanvas )
    mCanvas->cancelJobs();
  mProject->removeMapLayer( layer );
  if ( QgsLayerTreeGroup *userGroup = group(); userGroup && userGroup->children().isEmpty() )
    mProject->layerTreeRoot()->removeChildNode( userGroup );
  updateAttribution();
  emit layersChanged();
}

QStringList UserLayers::readMapState( QgsProject &saved )
{
  // The saved state's own layers replace any restored before (an autosave restored over the saved map).
  if ( QgsLayerTreeGroup *userGroup = group( false ) )
    for ( QgsLayerTreeLayer *node : userGroup->findLayers() )
      if ( node->layer() )
        removeLayer( node->layer() );
  return restore( &saved );
}

QStringList UserLayers::restore( QgsProject *saved )
{
  QStringList problems;
  QgsLayerTreeGroup *savedGroup = ProjectLayers::groupOfKind( saved->layerTreeRoot(), sGroupValue );
  if ( !savedGroup )
    return problems;
  const bool expanded = savedGroup->isExpanded();
  // Collect first: taking a layer removes its node from the saved tree.
  QList<QPair<QgsMapLayer *, bool>> entries;
  for ( QgsLayerTreeLayer *node : savedGroup->findLayers() )
    if ( node->layer() )
      entries << qMakePair( node->layer(), node->itemVisibilityChecked() );

  if ( mCanvas )
    mCanvas->cancelJobs();
  for ( const auto &[savedLayer, visible] : std::as_const( entries ) )
  {
    QgsMapLayer *layer = saved->takeMapLayer( savedLayer );
    if ( !layer )
      continue;
    const int index = group( true )->children().size();
    mProject->addMapLayer( layer, false );
    QgsLayerTreeLayer *node = group( true )->insertLayer( index, layer );
    node->setItemVisibilityChecked( visible );
    node->setExpanded( false );

    const QString source = layer->source();
    const QString provider = layer->providerType();
    if ( needsInternet( provider, source ) && !isXyz( source ) )
    {
      // Loaded when the service answers; until then the saved layer waits in the tree.
      setIndicator( layer, QStringLiteral( "/mIconWms.svg" ),
                    tr( "Needs internet: connecting to %1…" ).arg( host( source ) ) );
      probe( LayerSource{ layer->name(), provider, source, layer->attribution(), {} }, layer );
      continue;
    }
    // The layer was read without its data; setting the source loads them and keeps the saved style.
    const QgsCoordinateReferenceSystem savedCrs = layer->crs();
    QgsDataProvider::ProviderOptions options{ mProject->transformContext() };
    layer->setDataSource( source, layer->name(), provider, options, false );
    if ( !layer->isValid() )
    {
      const QString path = QgsProviderRegistry::instance()
                             ->decodeUri( provider, source )
                             .value( QStringLiteral( "path" ) )
                             .toString();
      const QString problem =
        tr( "%1 could not be loaded: %2 is missing or unreadable. Put the file back and "
            "open the project again, or remove the layer." )
          .arg( layer->name(), path.isEmpty() ? source : path );
      setIndicator( layer, QStringLiteral( "/mIndicatorBadLayer.svg" ), problem );
      problems << problem;
      continue;
    }
    if ( !layer->crs().isValid() && savedCrs.isValid() )
      layer->setCrs( savedCrs ); // assigned by the user when it was added
    if ( needsInternet( provider, source ) )
    {
      setIndicator( layer, QStringLiteral( "/mIconWms.svg" ),
                    tr( "Needs internet: the map images come from %1." ).arg( host( source ) ) );
      probe( LayerSource{ layer->name(), provider, source, layer->attribution(), {} }, layer );
    }
  }
  if ( QgsLayerTreeGroup *userGroup = group() )
    userGroup->setExpanded( expanded );
  updateAttribution();
  emit layersChanged();
  return problems;
}

void UserLayers::setIndicator( QgsMapLayer *layer, const QString &icon, const QString &toolTip )
{
  if ( !mView || !layer )
    return;
  QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layer->id() );
  if ( !node )
    return;
  QgsLayerTreeViewIndicator *indicator = mIndicators.value( node );
  if ( !indicator )
  {
    indicator = new QgsLayerTreeViewIndicator( this );
    mIndicators.insert( node, indicator );
    indicator->setToolTip( toolTip );
    indicator->setIcon( QgsApplication::getThemeIcon( icon ) );
    mView->addIndicator( node, indicator );
    return;
  }
  indicator->setToolTip( toolTip );
  indicator->setIcon( QgsApplication::getThemeIcon( icon ) ); // emits changed(): the view repaints
}

QString UserLayers::layerMessage( const QgsMapLayer *layer ) const
{
  if ( !layer )
    return QString();
  QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layer->id() );
  QgsLayerTreeViewIndicator *indicator = node ? mIndicators.value( node ) : nullptr;
  return indicator ? indicator->toolTip() : QString();
}

void UserLayers::removeIndicatorsBelow( QgsLayerTreeNode *node )
{
  if ( QgsLayerTreeViewIndicator *indicator = mIndicators.take( node ) )
  {
    if ( mView )
      mView->removeIndicator( node, indicator );
    indicator->deleteLater();
  }
  for ( QgsLayerTreeNode *child : node->children() )
    removeIndicatorsBelow( child );
}

QString UserLayers::attribution() const
{
  QStringList credits;
  if ( QgsLayerTreeGroup *userGroup = group() )
    for ( QgsLayerTreeLayer *node : userGroup->findLayers() )
    {
      QgsMapLayer *layer = node->layer();
      if ( !layer || !node->isVisible() )
        continue;
      QString credit = layer->attribution();
      if ( credit.isEmpty() )
        credit = knownAttribution( layer->source() );
      if ( !credit.isEmpty() && !credits.contains( credit ) )
        credits << credit;
    }
  return credits.join( QStringLiteral( " · " ) );
}

void UserLayers::updateAttribution()
{
  const QString text = attribution();
  if ( text == mAttribution )
    return;
  mAttribution = text;
  emit attributionChanged( text );
}

void UserLayers::addContextMenuActions( QMenu *menu, QgsMapLayer *layer )
{
  if ( !isUserLayer( layer ) )
    return;
  menu->addSeparator();
  // Opacity as QGIS Desktop offers it in the layer menu: a slider that applies at once.
  auto *opacityAction = new QWidgetAction( menu );
  auto *widget = new QWidget( menu );
  auto *layout = new QHBoxLayout( widget );
  layout->setContentsMargins( 24, 4, 12, 4 );
  auto *label = new QLabel( tr( "Opacity" ), widget );
  auto *slider = new QSlider( Qt::Horizontal, widget );
  slider->setObjectName( QStringLiteral( "OpacitySlider" ) );
  slider->setRange( 0, 100 );
  slider->setMinimumWidth( 120 );
  slider->setValue( static_cast<int>( std::lround( layer->opacity() * 100 ) ) );
  auto *value = new QLabel( QStringLiteral( "%1 %" ).arg( slider->value() ), widget );
  value->setMinimumWidth( value->fontMetrics().horizontalAdvance( QStringLiteral( "100 %" ) ) );
  layout->addWidget( label );
  layout->addWidget( slider, 1 );
  layout->addWidget( value );
  opacityAction->setDefaultWidget( widget );
  QPointer<QgsMapLayer> target( layer );
  connect( slider, &QSlider::valueChanged, widget,
           [target, value]( int percent )
           {
             value->setText( QStringLiteral( "%1 %" ).arg( percent ) );
             if ( !target )
               return;
             target->setOpacity( percent / 100.0 );
             target->triggerRepaint();
           } );
  menu->addAction( opacityAction );

  QAction *remove = menu->addAction(
    QgsApplication::getThemeIcon( QStringLiteral( "/mActionRemoveLayer.svg" ) ), tr( "Remove Layer" ) );
  remove->setObjectName( QStringLiteral( "RemoveUserLayer" ) );
  // Queued: the menu that triggered it is still running.
  connect(
    remove, &QAction::triggered, this,
    [this, target]
    {
      if ( target )
        removeLayer( target );
    },
    Qt::QueuedConnection );
}

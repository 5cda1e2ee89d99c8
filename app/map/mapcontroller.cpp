#include "mapcontroller.h"

#include "docks.h"

#include "addlayerdialog.h"
#include "identifypanel.h"
#include "incidentpointslayer.h"
#include "identifytool.h"
#include "layerstyles.h"
#include "mapstatestore.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "scalebaroverlay.h"
#include "userlayers.h"

#include <qgsapplication.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgslayertreeviewdefaultactions.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsscalecombobox.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace
{
//! The layer tree's context menu: the few layer actions a coordinator needs.
class LayerTreeMenuProvider : public QgsLayerTreeViewMenuProvider
{
public:
  LayerTreeMenuProvider( QgsLayerTreeView *view, MapController *map ) : mView( view ), mMap( map ) {}

  QMenu *createContextMenu() override
  {
    auto *menu = new QMenu();
    if ( mView->currentLayer() )
    {
      menu->addAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionZoomToLayer.svg" ) ),
                       MapController::tr( "Zoom to Layer" ), mMap, &MapController::zoomToCurrentLayer );
      menu->addAction( mView->defaultActions()->actionShowFeatureCount( menu ) );
      mMap->userLayers()->addContextMenuActions( menu, mView->currentLayer() );
    }
    else
    {
      menu->addAction( mView->defaultActions()->actionZoomToGroup( mMap->canvas(), menu ) );
    }
    return menu;
  }

private:
  QgsLayerTreeView *mView = nullptr;
  MapController *mMap = nullptr;
};
} // namespace

MapController::MapController( ProjectController *projects, QgsMapCanvas *canvas, QMainWindow *window )
  : QObject( window ), mProjects( projects ), mProject( projects->project() ), mCanvas( canvas ),
    mWindow( window )
{
  mCanvas->setProject( mProject );
  mCanvas->setDestinationCrs( mProject->crs() );
  mCanvas->installEventFilter( this );
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

  mTools = new MapTools( mCanvas, mProject, this );
  mScaleBar = new ScaleBarOverlay( mCanvas );
  mScaleBar->setAvoidedWidget( mSyntheticDataNote );
  mScaleBar->setScaleBarVisible( QSettings().value( QStringLiteral( "map/showScaleBar" ), true ).toBool() );

  createLayerTree( window );
  mIdentify = new IdentifyPanel( projects, mCanvas, window, this );
  connect( mTools->identifyTool(), &IdentifyTool::identified, mIdentify, &IdentifyPanel::showResults );

  mUserLayers = new UserLayers( mProject, mCanvas, mLayerTreeView, this );
  projects->mapState()->addParticipant( mUserLayers );
  connect( mUserLayers, &UserLayers::message, this,
           [this]( const QString &text ) { emit message( text, 30000 ); } );
  connect( mUserLayers, &UserLayers::attributionChanged, mScaleBar, &ScaleBarOverlay::setAttribution );
  connect( mUserLayers, &UserLayers::layersChanged, this, &MapController::updateIdentifyLayers );
  connect( mUserLayers, &UserLayers::addFailed, this,
           [this]( const QString &name, const QString &text )
           {
             // The user asked for the layer and may have gone on working: tell them without blocking.
             auto *box =
               new QMessageBox( QMessageBox::Warning, tr( "Add Layer" ),
                                tr( "%1 was not added. %2" ).arg( name, text ), QMessageBox::Ok, mWindow );
             box->setAttribute( Qt::WA_DeleteOnClose );
             box->setModal( false );
             box->show();
           } );
  // Result layers come and go too (an analysis, the results panel, a restored map): identify knows them all.
  // (A layer is in the project before its node is in the tree: the tree's order is what counts.)
  connect( mProject->layerTreeRoot(), &QgsLayerTree::layerOrderChanged, this,
           &MapController::updateIdentifyLayers );
  connect( mProject, &QgsProject::layersRemoved, this, &MapController::updateIdentifyLayers );

  mBridge = new QgsLayerTreeMapCanvasBridge( mProject->layerTreeRoot(), mCanvas, this );
  // The incident points are drawn from memory instead of from the GeoPackage (IncidentPointsLayer): the
  // canvas gets that layer in the GeoPackage layer's place whenever the bridge hands it the layers.
  connect( mCanvas, &QgsMapCanvas::layersChanged, this,
           [this]
           {
             const QList<QgsMapLayer *> layers = mCanvas->layers();
             const QList<QgsMapLayer *> drawn = IncidentPointsLayer::drawnInstead( layers );
             if ( drawn != layers )
               mCanvas->setLayers( drawn );
           } );
  connect( IncidentPointsLayer::registry(), &IncidentPointsRegistry::changed, this,
           [this] { mBridge->setCanvasLayers(); } );
  // We set the CRS and extent ourselves when a project opens.
  mBridge->setAutoSetupOnFirstLayer( false );
  mTools->activate( MapTools::Tool::Pan );

  mActionZoomFull = new QAction(
    QgsApplication::getThemeIcon( QStringLiteral( "/mActionZoomFullExtent.svg" ) ), tr( "Zoom Full" ), this );
  connect( mActionZoomFull, &QAction::triggered, this, &MapController::zoomToFullExtent );
  mActionZoomLayer = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionZoomToLayer.svg" ) ),
                                  tr( "Zoom to Layer" ), this );
  connect( mActionZoomLayer, &QAction::triggered, this, &MapController::zoomToCurrentLayer );

  mActionShowScaleBar = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionScaleBar.svg" ) ),
                                     tr( "Show Scale Bar" ), this );
  mActionShowScaleBar->setObjectName( QStringLiteral( "ActionShowScaleBar" ) );
  mActionShowScaleBar->setCheckable( true );
  mActionShowScaleBar->setChecked( mScaleBar->isScaleBarVisible() );
  connect( mActionShowScaleBar, &QAction::toggled, this,
           [this]( bool visible )
           {
             mScaleBar->setScaleBarVisible( visible );
             QSettings().setValue( QStringLiteral( "map/showScaleBar" ), visible );
           } );

  mActionAddLayer = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionAddLayer.svg" ) ),
                                 tr( "Add &Layer…" ), this );
  mActionAddLayer->setObjectName( QStringLiteral( "ActionAddLayer" ) );
  mActionAddLayer->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_L ) );
  mActionAddLayer->setToolTip(
    tr( "Show your own map data with the project: a file, a WMS/WMTS service or tiles (not imported)" ) );
  connect( mActionAddLayer, &QAction::triggered, this, &MapController::addLayerDialog );

  createStatusWidgets( window );

  connect( projects, &ProjectController::opened, this, &MapController::onProjectOpened );
  connect( projects, &ProjectController::closing, this,
           [this]
           {
             mTools->identifyTool()->setLayers( {}, {} ); // the layers it knows are about to go
             mCanvas->cancelJobs();
           } );
  connect( projects, &ProjectController::closed, this,
           [this]
           {
             mSyntheticDataNote->hide(); // nothing of the previous project may stay on the map
             updateActions();
           } );
  connect( projects, &ProjectController::ready, this, &MapController::updateActions );
  updateActions();
}

MapController::~MapController()
{
  mProjects->mapState()->removeParticipant( mUserLayers );
  // The layers go with the project after the window: nothing here may react to that any more.
  disconnect( mLayerTreeView, nullptr, this, nullptr );
  disconnect( mProject, nullptr, this, nullptr );
  disconnect( mProject->layerTreeRoot(), nullptr, this, nullptr );
  // Identify's marks and the map tools are not the canvas's children: they go while it exists.
  delete mIdentify;
  mIdentify = nullptr;
  delete mTools;
  mTools = nullptr;
  delete mLayersDock;
  qDeleteAll( statusWidgets() );
}

void MapController::createLayerTree( QMainWindow *window )
{
  mLayerTreeView = new QgsLayerTreeView( window );
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
  connect( mLayerTreeView, &QgsLayerTreeView::currentLayerChanged, this, &MapController::updateActions );

  mLayersDock = Docks::create( window, tr( "Layers" ), QStringLiteral( "LayersDock" ), mLayerTreeView, 260 );
  mLayersDock->setFeatures( QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable );
}

void MapController::createStatusWidgets( QWidget *window )
{
  mCoordinatesLabel = new QLabel( window );
  mCoordinatesLabel->setObjectName( QStringLiteral( "CoordinatesLabel" ) );
  mCoordinatesLabel->setMinimumWidth( 260 );
  mCoordinatesLabel->setToolTip( tr( "Cursor position in the map's coordinate system" ) );
  mCoordinatesLabel->setAlignment( Qt::AlignRight | Qt::AlignVCenter );

  mScaleLabel = new QLabel( tr( "Scale" ), window );
  mScaleCombo = new QgsScaleComboBox( window );
  mScaleCombo->setObjectName( QStringLiteral( "ScaleCombo" ) );
  mScaleCombo->setMinimumWidth( 130 );
  connect( mScaleCombo, &QgsScaleComboBox::scaleChanged, this,
           [this]( double scale )
           {
             if ( !qgsDoubleNear( scale, mCanvas->scale(), 0.5 ) )
               mCanvas->zoomScale( scale );
           } );

  mCrsLabel = new QLabel( window );
  mCrsLabel->setObjectName( QStringLiteral( "CrsLabel" ) );

  connect( mCanvas, &QgsMapCanvas::xyCoordinates, this, &MapController::showCoordinates );
  connect( mCanvas, &QgsMapCanvas::scaleChanged, this, &MapController::showScale );
  connect( mCanvas, &QgsMapCanvas::destinationCrsChanged, this, &MapController::showCrs );
  showCrs();
}

QList<QWidget *> MapController::statusWidgets() const
{
  return { mCoordinatesLabel, mScaleLabel, mScaleCombo, mCrsLabel };
}

void MapController::showCoordinates( const QgsPointXY &point )
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

void MapController::showScale( double scale )
{
  const QSignalBlocker blocker( mScaleCombo );
  mScaleCombo->setScale( scale );
}

void MapController::showCrs()
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  mCrsLabel->setText( QStringLiteral( "%1 (%2)" ).arg( crs.description(), crs.authid() ) );
}

QgsVectorLayer *MapController::layerForTable( const QString &table ) const
{
  return ProjectLayers::layerForTable( mProject, table );
}

bool MapController::isSyntheticDataNoteShown() const
{
  return !mSyntheticDataNote->isHidden();
}

QString MapController::syntheticDataNote() const
{
  return mSyntheticDataNote->text();
}

const QString MapController::sViewProperty = QStringLiteral( "tryggkarta/view" );

QgsVectorLayer *MapController::positivePlacesLayer() const
{
  const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
  for ( QgsMapLayer *layer : layers )
    if ( layer->customProperty( sViewProperty ).toString() == QLatin1String( "positive_places" ) )
      return qobject_cast<QgsVectorLayer *>( layer );
  return nullptr;
}

void MapController::addPositivePlacesLayer( const ProjectInfo &info )
{
  QgsVectorLayer *observations = layerForTable( QStringLiteral( "observations" ) );
  QgsLayerTreeLayer *observationsNode =
    observations ? mProject->layerTreeRoot()->findLayer( observations ) : nullptr;
  auto *group = observationsNode ? qobject_cast<QgsLayerTreeGroup *>( observationsNode->parent() ) : nullptr;
  if ( !group )
    return;
  QgsVectorLayer::LayerOptions options( mProject->transformContext() );
  options.loadDefaultStyle = false;
  auto *layer = new QgsVectorLayer( info.path + QStringLiteral( "|layername=observations" ),
                                    tr( "Positive places" ), QStringLiteral( "ogr" ), options );
  // Good places: never drafts from photos that nobody has confirmed yet.
  if ( !layer->isValid() ||
       !layer->setSubsetString( QStringLiteral( "\"positive\" = 1 AND NOT \"draft\"" ) ) )
  {
    delete layer;
    emit message( tr( "The layer of positive places could not be loaded." ), 8000 );
    return;
  }
  layer->setCustomProperty( sViewProperty, QStringLiteral( "positive_places" ) );
  const QgsFields fields = layer->fields();
  for ( int i = 0; i < fields.count(); ++i )
  {
    const QString alias = ProjectLayers::fieldAlias( fields.at( i ).name() );
    if ( !alias.isEmpty() )
      layer->setFieldAlias( i, alias );
  }
  ProjectLayers::applyValueLabels( layer, QStringLiteral( "observations" ), info, mProjects->isEnglish() );
  LayerStyles::applyPositivePlacesStyle( layer );
  mProject->addMapLayer( layer, false );
  group->insertLayer( group->children().indexOf( observationsNode ) + 1, layer );
}

void MapController::onProjectOpened( const ProjectInfo &info )
{
  addPositivePlacesLayer( info );
  updateIdentifyLayers();
  mSyntheticDataNote->setVisible( info.syntheticData );
  positionSyntheticDataNote();
  // The bridge would hand the layers to the canvas on its next event; do it now so the map is complete on
  // return.
  mBridge->setCanvasLayers();
  mCanvas->setDestinationCrs( mProject->crs() );
  mCanvas->setExtent( ProjectLayers::initialExtent( mProject ) );
  mCanvas->refresh();
}

void MapController::positionSyntheticDataNote()
{
  mSyntheticDataNote->adjustSize();
  const int margin = 10;
  mSyntheticDataNote->move( margin, mCanvas->height() - mSyntheticDataNote->height() - margin );
  mSyntheticDataNote->raise();
}

bool MapController::eventFilter( QObject *watched, QEvent *event )
{
  if ( watched == mCanvas && event->type() == QEvent::Resize )
    positionSyntheticDataNote();
  return QObject::eventFilter( watched, event );
}

void MapController::updateIdentifyLayers()
{
  if ( !mTools )
    return;
  QList<QgsMapLayer *> primary;
  for ( const QString &table : ProjectLayers::situationTables() )
    if ( QgsVectorLayer *layer = layerForTable( table ) )
      primary << layer;
  QList<QgsMapLayer *> fallback;
  for ( QgsMapLayer *layer : mProject->layerTreeRoot()->layerOrder() )
    // A web map's identify waits for its server: left out, so a click never hangs offline.
    if ( !primary.contains( layer ) && !UserLayers::needsInternet( layer->providerType(), layer->source() ) )
      fallback << layer;
  mTools->identifyTool()->setLayers( primary, fallback );
}

void MapController::updateActions()
{
  const bool open = mProjects->isOpen();
  mActionAddLayer->setEnabled( open );
  mActionZoomFull->setEnabled( open );
  mActionZoomLayer->setEnabled( open && mLayerTreeView->currentLayer() );
}

void MapController::reloadLayers()
{
  const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
  for ( QgsMapLayer *layer : layers )
  {
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( layer );
    if ( !vectorLayer || !vectorLayer->dataProvider() )
      continue;
    // Another connection wrote the file: the provider must drop what it cached (count, extent).
    vectorLayer->dataProvider()->reloadData();
    vectorLayer->updateExtents( true );
    vectorLayer->triggerRepaint();
  }
  if ( QgsVectorLayer *walks = layerForTable( QStringLiteral( "safety_walks" ) ) )
    LayerStyles::applySafetyWalkStyle( walks ); // a new walk gets its own colour
  mCanvas->refresh();
}

void MapController::zoomToFullExtent()
{
  if ( !mProjects->isOpen() )
    return;
  mCanvas->setExtent( ProjectLayers::initialExtent( mProject ) );
  mCanvas->refresh();
}

void MapController::zoomToCurrentLayer()
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

void MapController::addLayerDialog()
{
  if ( !mProjects->isOpen() )
    return;
  AddLayerDialog dialog( mProject->crs(), mWindow );
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
    QMessageBox::warning( mWindow, tr( "Add Layer" ), problems.join( QStringLiteral( "\n\n" ) ) );
}

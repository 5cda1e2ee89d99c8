#include "maptools.h"

#include "identifytool.h"
#include "measuretool.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>

#include <QAction>
#include <QActionGroup>

MapTools::MapTools( QgsMapCanvas *canvas, QgsProject *project, QObject *parent )
  : QObject( parent ), mCanvas( canvas )
{
  mGroup = new QActionGroup( this );
  createAction( Tool::Pan, new QgsMapToolPan( canvas ), "mActionPan.svg", tr( "Pan" ) );
  createAction( Tool::ZoomIn, new QgsMapToolZoom( canvas, false ), "mActionZoomIn.svg", tr( "Zoom In" ) );
  createAction( Tool::ZoomOut, new QgsMapToolZoom( canvas, true ), "mActionZoomOut.svg", tr( "Zoom Out" ) );

  mIdentifyTool = new IdentifyTool( canvas );
  QAction *identify = createAction( Tool::Identify, mIdentifyTool, "mActionIdentify.svg", tr( "Identify" ) );
  identify->setToolTip( tr( "Identify: click the map to see the attributes of what is there" ) );

  mDistanceTool = new MeasureTool( canvas, project, MeasureTool::Mode::Distance );
  QAction *measure =
    createAction( Tool::MeasureDistance, mDistanceTool, "mActionMeasure.svg", tr( "Measure Distance" ) );
  measure->setObjectName( QStringLiteral( "ActionMeasure" ) );
  measure->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_M ) );
  measure->setToolTip( tr( "Measure a distance on the ground: click the points, double-click to finish" ) );

  mAreaTool = new MeasureTool( canvas, project, MeasureTool::Mode::Area );
  QAction *area =
    createAction( Tool::MeasureArea, mAreaTool, "mActionMeasureArea.svg", tr( "Measure Area" ) );
  area->setObjectName( QStringLiteral( "ActionMeasureArea" ) );
  area->setShortcut( QKeySequence( Qt::CTRL | Qt::SHIFT | Qt::Key_J ) );
  area->setToolTip( tr( "Measure an area on the ground: click its corners, double-click to finish" ) );
}

MapTools::~MapTools()
{
  if ( mCanvas )
    mCanvas->unsetMapTool( mCanvas->mapTool() );
  qDeleteAll( mTools );
}

QAction *MapTools::createAction( Tool tool, QgsMapTool *mapTool, const char *icon, const QString &text )
{
  auto *action =
    new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/%1" ).arg( icon ) ), text, this );
  addTool( tool, mapTool, action );
  return action;
}

void MapTools::addTool( Tool tool, QgsMapTool *mapTool, QAction *action )
{
  mTools.insert( tool, mapTool );
  mActions.insert( tool, action );
  action->setCheckable( true );
  mGroup->addAction( action );
  mapTool->setAction( action );
  connect( action, &QAction::triggered, this, [this, tool] { activate( tool ); } );
}

void MapTools::activate( Tool tool )
{
  if ( QgsMapTool *mapTool = mTools.value( tool ) )
  {
    mCanvas->setMapTool( mapTool );
    if ( QAction *action = mActions.value( tool ) )
      action->setChecked( true );
  }
}

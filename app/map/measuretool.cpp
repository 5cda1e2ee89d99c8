#include "measuretool.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsproject.h>
#include <qgsrubberband.h>
#include <qgsunittypes.h>

#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace
{
//! The measurement's colour: a strong magenta that no category or base-map colour uses.
const QColor sMeasureColor( 197, 27, 125 );

bool isNoEllipsoid( const QString &ellipsoid )
{
  return ellipsoid.isEmpty() || ellipsoid.compare( QLatin1String( "NONE" ), Qt::CaseInsensitive ) == 0;
}
} // namespace

MeasureTool::MeasureTool( QgsMapCanvas *canvas, QgsProject *project, Mode mode )
  : QgsMapTool( canvas ), mProject( project ), mMode( mode )
{
  setCursor( QgsApplication::getThemeCursor( QgsApplication::Cursor::CrossHair ) );
  // A measurement in one CRS means nothing in another.
  connect( canvas, &QgsMapCanvas::destinationCrsChanged, this, &MeasureTool::clear );
}

MeasureTool::~MeasureTool()
{
  delete mRubberBand;
  delete mPanel;
}

QString MeasureTool::formatDistance( double meters )
{
  const QLocale locale;
  if ( meters < 100 )
    return tr( "%1 m" ).arg( locale.toString( meters, 'f', 1 ) );
  if ( meters < 1000 )
    return tr( "%1 m" ).arg( locale.toString( meters, 'f', 0 ) );
  const double km = meters / 1000;
  return tr( "%1 km" ).arg( locale.toString( km, 'f', km < 10 ? 2 : ( km < 100 ? 1 : 0 ) ) );
}

QString MeasureTool::formatArea( double squareMeters )
{
  const QLocale locale;
  if ( squareMeters < 100 )
    return tr( "%1 m²" ).arg( locale.toString( squareMeters, 'f', 1 ) );
  if ( squareMeters < 10000 )
    return tr( "%1 m²" ).arg( locale.toString( squareMeters, 'f', 0 ) );
  if ( squareMeters < 1e6 )
    return tr( "%1 ha" ).arg( locale.toString( squareMeters / 1e4, 'f', 2 ) );
  const double km2 = squareMeters / 1e6;
  return tr( "%1 km²" ).arg( locale.toString( km2, 'f', km2 < 100 ? 2 : 1 ) );
}

void MeasureTool::updateDistanceArea()
{
  const QgsCoordinateReferenceSystem crs = mCanvas->mapSettings().destinationCrs();
  mDistanceArea.setSourceCrs( crs, mProject ? mProject->transformContext()
                                            : mCanvas->mapSettings().transformContext() );
  // The project's ellipsoid (set from its CRS when it opens); the CRS's own when the project has none.
  QString ellipsoid = mProject ? mProject->ellipsoid() : QString();
  if ( isNoEllipsoid( ellipsoid ) )
    ellipsoid = crs.ellipsoidAcronym();
  if ( isNoEllipsoid( ellipsoid ) || !mDistanceArea.setEllipsoid( ellipsoid ) )
    mDistanceArea.setEllipsoid( QStringLiteral( "NONE" ) ); // planar, in the CRS's units
}

QVector<QgsPointXY> MeasureTool::pointsWithMouse( bool withMousePoint ) const
{
  QVector<QgsPointXY> points = mPoints;
  if ( withMousePoint && mHasMousePoint && !mFinished && !mPoints.isEmpty() )
    points << mMousePoint;
  return points;
}

double MeasureTool::lengthMeters( bool withMousePoint ) const
{
  QVector<QgsPointXY> points = pointsWithMouse( withMousePoint );
  if ( points.size() < 2 )
    return 0;
  if ( mMode == Mode::Area && points.size() > 2 )
    points << points.first(); // the perimeter
  const double length = mDistanceArea.measureLine( points );
  return length *
         QgsUnitTypes::fromUnitToUnitFactor( mDistanceArea.lengthUnits(), QgsUnitTypes::DistanceMeters );
}

double MeasureTool::areaSquareMeters( bool withMousePoint ) const
{
  QVector<QgsPointXY> points = pointsWithMouse( withMousePoint );
  if ( points.size() < 3 )
    return 0;
  points << points.first();
  const double area = mDistanceArea.measurePolygon( points );
  return area *
         QgsUnitTypes::fromUnitToUnitFactor( mDistanceArea.areaUnits(), QgsUnitTypes::AreaSquareMeters );
}

QString MeasureTool::resultText() const
{
  const bool moving = mHasMousePoint && !mFinished;
  if ( mMode == Mode::Distance )
  {
    const QVector<QgsPointXY> points = pointsWithMouse( true );
    if ( points.size() < 2 )
      return tr( "Distance: –" );
    QString text = tr( "Distance: %1" ).arg( formatDistance( lengthMeters( true ) ) );
    if ( moving && points.size() > 2 )
    {
      const double segment =
        mDistanceArea.measureLine( points.at( points.size() - 2 ), points.last() ) *
        QgsUnitTypes::fromUnitToUnitFactor( mDistanceArea.lengthUnits(), QgsUnitTypes::DistanceMeters );
      text += QLatin1Char( '\n' ) + tr( "Last segment: %1" ).arg( formatDistance( segment ) );
    }
    return text;
  }
  if ( pointsWithMouse( true ).size() < 3 )
    return tr( "Area: –" );
  return tr( "Area: %1" ).arg( formatArea( areaSquareMeters( true ) ) ) + QLatin1Char( '\n' ) +
         tr( "Perimeter: %1" ).arg( formatDistance( lengthMeters( true ) ) );
}

void MeasureTool::updateRubberBand()
{
  if ( !mRubberBand )
  {
    mRubberBand = new QgsRubberBand( mCanvas, mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry
                                                                  : QgsWkbTypes::LineGeometry );
    mRubberBand->setStrokeColor( sMeasureColor );
    mRubberBand->setFillColor(
      QColor( sMeasureColor.red(), sMeasureColor.green(), sMeasureColor.blue(), 40 ) );
    // A white halo keeps the line visible on roads, water and the heatmap alike.
    mRubberBand->setSecondaryStrokeColor( QColor( 255, 255, 255, 220 ) );
    mRubberBand->setWidth( 2 );
    mRubberBand->setIcon( QgsRubberBand::ICON_CIRCLE );
    mRubberBand->setIconSize( 7 );
  }
  mRubberBand->reset( mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry );
  const QVector<QgsPointXY> points = pointsWithMouse( true );
  for ( int i = 0; i < points.size(); ++i )
    mRubberBand->addPoint( points.at( i ), i == points.size() - 1 );
  mRubberBand->setVisible( !points.isEmpty() );
}

void MeasureTool::updatePanel()
{
  if ( !mPanel )
  {
    mPanel = new QFrame( mCanvas );
    mPanel->setObjectName( QStringLiteral( "MeasurePanel" ) );
    mPanel->setAttribute( Qt::WA_TransparentForMouseEvents ); // clicks go to the map under it
    mPanel->setStyleSheet(
      QStringLiteral( "QFrame#MeasurePanel { background: rgba(255, 255, 255, 235); border: 1px solid #c51b7d;"
                      " border-radius: 4px; } QLabel { background: transparent; border: none; }" ) );
    auto *layout = new QVBoxLayout( mPanel );
    layout->setContentsMargins( 10, 6, 10, 6 );
    layout->setSpacing( 2 );
    auto *title = new QLabel( mMode == Mode::Area ? tr( "Measure area" ) : tr( "Measure distance" ) );
    title->setStyleSheet( QStringLiteral( "color: #c51b7d; font-weight: bold;" ) );
    mResultLabel = new QLabel;
    mResultLabel->setObjectName( QStringLiteral( "MeasureResult" ) );
    QFont font = mResultLabel->font();
    font.setPointSizeF( font.pointSizeF() * 1.15 );
    font.setBold( true );
    mResultLabel->setFont( font );
    mHintLabel = new QLabel;
    mHintLabel->setStyleSheet( QStringLiteral( "color: #555555;" ) );
    QFont small = mHintLabel->font();
    small.setPointSizeF( small.pointSizeF() * 0.9 );
    mHintLabel->setFont( small );
    layout->addWidget( title );
    layout->addWidget( mResultLabel );
    layout->addWidget( mHintLabel );
    mPanel->move( 10, 10 );
  }
  mResultLabel->setText( resultText() );
  if ( mPoints.isEmpty() )
    mHintLabel->setText( tr( "Click on the map to start measuring." ) );
  else if ( mFinished )
    mHintLabel->setText( tr( "Click to start a new measurement, Esc clears." ) );
  else
    mHintLabel->setText( tr( "Click to add points; double-click or right-click to finish." ) +
                         QLatin1Char( '\n' ) + tr( "Backspace removes the last point, Esc clears." ) );
  mPanel->adjustSize();
  mPanel->raise();
}

void MeasureTool::canvasMoveEvent( QgsMapMouseEvent *e )
{
  mMousePoint = e->mapPoint();
  mHasMousePoint = true;
  if ( mFinished || mPoints.isEmpty() )
    return;
  updateRubberBand();
  updatePanel();
  emit measurementChanged();
}

void MeasureTool::canvasReleaseEvent( QgsMapMouseEvent *e )
{
  if ( mIgnoreNextRelease )
  {
    mIgnoreNextRelease = false;
    return;
  }
  if ( e->button() == Qt::RightButton )
  {
    finish();
    return;
  }
  if ( e->button() != Qt::LeftButton )
    return;
  if ( mFinished )
    clear();
  if ( mPoints.isEmpty() )
    updateDistanceArea();
  mMousePoint = e->mapPoint();
  mHasMousePoint = true;
  // A second click on the same pixel adds nothing (it would be a zero-length segment).
  if ( mPoints.isEmpty() || mPoints.last() != mMousePoint )
    mPoints << mMousePoint;
  updateRubberBand();
  updatePanel();
  emit measurementChanged();
}

void MeasureTool::canvasDoubleClickEvent( QgsMapMouseEvent *e )
{
  Q_UNUSED( e )
  // The first click of the double-click has added the point already.
  mIgnoreNextRelease = true;
  finish();
}

void MeasureTool::keyPressEvent( QKeyEvent *e )
{
  if ( e->key() == Qt::Key_Escape )
  {
    clear();
    e->ignore(); // QgsMapCanvas: an ignored key press was consumed by the tool
    return;
  }
  if ( ( e->key() == Qt::Key_Backspace || e->key() == Qt::Key_Delete ) && !mPoints.isEmpty() && !mFinished )
  {
    mPoints.removeLast();
    updateRubberBand();
    updatePanel();
    emit measurementChanged();
    e->ignore();
    return;
  }
  e->accept();
}

void MeasureTool::finish()
{
  const int needed = mMode == Mode::Area ? 3 : 2;
  if ( mPoints.size() < needed )
  {
    clear();
    return;
  }
  mFinished = true;
  updateRubberBand();
  updatePanel();
  emit measurementChanged();
}

void MeasureTool::clear()
{
  mPoints.clear();
  mFinished = false;
  mIgnoreNextRelease = false;
  if ( mRubberBand )
  {
    mRubberBand->reset( mMode == Mode::Area ? QgsWkbTypes::PolygonGeometry : QgsWkbTypes::LineGeometry );
    mRubberBand->hide();
  }
  if ( mPanel && mPanel->isVisible() )
    updatePanel();
  emit measurementChanged();
}

void MeasureTool::activate()
{
  QgsMapTool::activate();
  updateDistanceArea();
  updatePanel();
  mPanel->show();
}

void MeasureTool::deactivate()
{
  clear();
  if ( mPanel )
    mPanel->hide();
  QgsMapTool::deactivate();
}

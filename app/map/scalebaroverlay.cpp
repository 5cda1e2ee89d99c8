#include "scalebaroverlay.h"

#include <qgsbearingutils.h>
#include <qgsexception.h>
#include <qgsdistancearea.h>
#include <qgsmapcanvas.h>
#include <qgsunittypes.h>

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

namespace
{
// Layout of the box, in pixels.
constexpr int sPadding = 6;
constexpr int sArrowWidth = 16;
constexpr int sArrowGap = 12;
constexpr int sBarHeight = 5;
constexpr int sMaxBarPixels = 180;
constexpr int sMargin = 10; // from the canvas's edges

const QColor sInk( 51, 51, 51 );

QFont smallFont( const QWidget *widget, double factor )
{
  QFont font = widget->font();
  font.setPointSizeF( font.pointSizeF() * factor );
  return font;
}
} // namespace

ScaleBarOverlay::ScaleBarOverlay( QgsMapCanvas *canvas ) : QWidget( canvas ), mCanvas( canvas )
{
  setObjectName( QStringLiteral( "ScaleBarOverlay" ) );
  setAttribute( Qt::WA_TransparentForMouseEvents ); // the map under it stays clickable
  canvas->installEventFilter( this );
  connect( canvas, &QgsMapCanvas::scaleChanged, this, &ScaleBarOverlay::updateScaleBar );
  connect( canvas, &QgsMapCanvas::extentsChanged, this, &ScaleBarOverlay::updateScaleBar );
  connect( canvas, &QgsMapCanvas::rotationChanged, this, &ScaleBarOverlay::updateScaleBar );
  connect( canvas, &QgsMapCanvas::destinationCrsChanged, this, &ScaleBarOverlay::updateScaleBar );
  updateScaleBar();
}

void ScaleBarOverlay::setScaleBarVisible( bool visible )
{
  mScaleBarVisible = visible;
  updateScaleBar();
}

void ScaleBarOverlay::setAvoidedWidget( QWidget *widget )
{
  if ( mAvoided )
    mAvoided->removeEventFilter( this );
  mAvoided = widget;
  if ( widget )
    widget->installEventFilter( this );
  reposition();
}

void ScaleBarOverlay::setAttribution( const QString &text )
{
  if ( text == mAttribution )
    return;
  mAttribution = text;
  updateScaleBar();
}

double ScaleBarOverlay::roundLength( double maxMeters )
{
  if ( !( maxMeters > 0 ) || !std::isfinite( maxMeters ) )
    return 0;
  const double power = std::pow( 10.0, std::floor( std::log10( maxMeters ) ) );
  for ( const double step : { 5.0, 2.0, 1.0 } )
    if ( step * power <= maxMeters * ( 1 + 1e-9 ) )
      return step * power;
  return power;
}

double ScaleBarOverlay::metersPerPixel( const QgsMapCanvas *canvas )
{
  const QgsMapSettings &settings = canvas->mapSettings();
  const QgsUnitTypes::DistanceUnit units = settings.mapUnits();
  if ( units != QgsUnitTypes::DistanceDegrees && units != QgsUnitTypes::DistanceUnknownUnit )
    return settings.mapUnitsPerPixel() *
           QgsUnitTypes::fromUnitToUnitFactor( units, QgsUnitTypes::DistanceMeters );

  // Degrees: a pixel's length on the ground depends on the latitude; measure across the middle of the map.
  const QgsRectangle extent = settings.visibleExtent();
  if ( extent.isEmpty() || settings.outputSize().width() <= 0 )
    return 0;
  QgsDistanceArea distance;
  distance.setSourceCrs( settings.destinationCrs(), settings.transformContext() );
  const QString ellipsoid = settings.destinationCrs().ellipsoidAcronym();
  distance.setEllipsoid( ellipsoid.isEmpty() ? QStringLiteral( "EPSG:7030" ) : ellipsoid );
  const QgsPointXY centre = extent.center();
  const double halfWidth = settings.mapUnitsPerPixel() * settings.outputSize().width() / 4;
  try
  {
    const double meters =
      distance.measureLine( QgsPointXY( centre.x() - halfWidth, centre.y() ),
                            QgsPointXY( centre.x() + halfWidth, centre.y() ) ) *
      QgsUnitTypes::fromUnitToUnitFactor( distance.lengthUnits(), QgsUnitTypes::DistanceMeters );
    return meters / ( settings.outputSize().width() / 2.0 );
  }
  catch ( const QgsCsException & )
  {
    return 0;
  }
}

QString ScaleBarOverlay::unit() const
{
  return mLengthMeters >= 1000 ? QStringLiteral( "km" ) : QStringLiteral( "m" );
}

QString ScaleBarOverlay::number( double meters ) const
{
  const double value = mLengthMeters >= 1000 ? meters / 1000 : meters;
  // Round lengths have at most one decimal at their half (0,5 km, 2,5 m).
  const bool whole = std::fabs( value - std::round( value ) ) < 1e-9;
  return QLocale().toString( value, 'f', whole ? 0 : ( value < 0.1 ? 2 : 1 ) );
}

QString ScaleBarOverlay::lengthLabel() const
{
  if ( mLengthMeters <= 0 )
    return QString();
  return QStringLiteral( "%1 %2" ).arg( number( mLengthMeters ), unit() );
}

void ScaleBarOverlay::updateScaleBar()
{
  if ( !mCanvas )
    return;
  const double perPixel = metersPerPixel( mCanvas );
  const int maxPixels = std::min( sMaxBarPixels, std::max( 40, mCanvas->width() / 4 ) );
  mLengthMeters = roundLength( perPixel * maxPixels );
  mLengthPixels = perPixel > 0 ? mLengthMeters / perPixel : 0;

  // True north differs from the grid's north away from the CRS's central meridian (under a degree in most of
  // Sweden in SWEREF 99 TM); the map's rotation turns it further.
  mNorthBearing = mCanvas->rotation();
  try
  {
    const QgsMapSettings &settings = mCanvas->mapSettings();
    if ( settings.destinationCrs().isValid() && !settings.visibleExtent().isEmpty() )
      mNorthBearing += QgsBearingUtils::bearingTrueNorth(
        settings.destinationCrs(), settings.transformContext(), settings.visibleExtent().center() );
  }
  catch ( const QgsException & )
  {
    // Grid north is as good as it gets.
  }
  reposition();
  update();
}

void ScaleBarOverlay::reposition()
{
  if ( !mCanvas )
    return;
  const QFontMetrics labelMetrics( smallFont( this, 0.85 ) );
  const QFontMetrics attributionMetrics( smallFont( this, 0.8 ) );
  const bool showBar = mScaleBarVisible && mLengthPixels > 0;
  int width = 0;
  int height = 0;
  if ( showBar )
  {
    const int overhang = labelMetrics.horizontalAdvance( number( mLengthMeters ) ) / 2 +
                         labelMetrics.horizontalAdvance( QStringLiteral( " km" ) );
    width = sPadding + sArrowWidth + sArrowGap + labelMetrics.horizontalAdvance( QStringLiteral( "0" ) ) / 2 +
            static_cast<int>( std::ceil( mLengthPixels ) ) + overhang + sPadding;
    height = sPadding + labelMetrics.height() + 3 + sBarHeight + sPadding + 4;
  }
  if ( !mAttribution.isEmpty() )
  {
    width = std::max( width, attributionMetrics.horizontalAdvance( mAttribution ) + 2 * sPadding );
    height += attributionMetrics.height() + ( showBar ? 0 : 2 * sPadding - 2 );
  }
  setVisible( width > 0 );
  if ( width <= 0 )
    return;
  resize( width, height );
  QRect box( mCanvas->width() - width - sMargin, mCanvas->height() - height - sMargin, width, height );
  if ( mAvoided && !mAvoided->isHidden() && box.intersects( mAvoided->geometry().adjusted( -4, -4, 4, 4 ) ) )
    box.moveBottom( mAvoided->geometry().top() - 6 );
  move( box.topLeft() );
  raise();
}

bool ScaleBarOverlay::eventFilter( QObject *watched, QEvent *event )
{
  if ( watched == mCanvas && event->type() == QEvent::Resize )
    updateScaleBar();
  else if ( watched == mAvoided && ( event->type() == QEvent::Move || event->type() == QEvent::Resize ||
                                     event->type() == QEvent::Show || event->type() == QEvent::Hide ) )
    reposition();
  return QWidget::eventFilter( watched, event );
}

void ScaleBarOverlay::paintEvent( QPaintEvent *event )
{
  Q_UNUSED( event )
  QPainter painter( this );
  painter.setRenderHint( QPainter::Antialiasing );
  // A light box: the bar reads on dark water, pale land use and the heatmap alike.
  painter.setPen( QPen( QColor( 0, 0, 0, 60 ), 1 ) );
  painter.setBrush( QColor( 255, 255, 255, 215 ) );
  painter.drawRoundedRect( QRectF( rect() ).adjusted( 0.5, 0.5, -0.5, -0.5 ), 4, 4 );

  const QFont labelFont = smallFont( this, 0.85 );
  const QFontMetrics labelMetrics( labelFont );
  const bool showBar = mScaleBarVisible && mLengthPixels > 0;
  if ( showBar )
  {
    const int barTop = sPadding + labelMetrics.height() + 3;
    // North arrow: a split arrowhead, dark on the left, white on the right, with N above it.
    painter.save();
    const QPointF arrowCentre( sPadding + sArrowWidth / 2.0, barTop - 1 );
    painter.translate( arrowCentre );
    painter.rotate( mNorthBearing );
    const double half = sArrowWidth / 2.0;
    const double tip = -12, tail = 9;
    QPainterPath left;
    left.moveTo( 0, tip );
    left.lineTo( -half * 0.75, tail );
    left.lineTo( 0, tail - 4 );
    left.closeSubpath();
    QPainterPath right;
    right.moveTo( 0, tip );
    right.lineTo( half * 0.75, tail );
    right.lineTo( 0, tail - 4 );
    right.closeSubpath();
    painter.setPen( QPen( sInk, 1 ) );
    painter.setBrush( sInk );
    painter.drawPath( left );
    painter.setBrush( Qt::white );
    painter.drawPath( right );
    QFont bold = labelFont;
    bold.setBold( true );
    painter.setFont( bold );
    const QFontMetrics boldMetrics( bold );
    painter.drawText( QPointF( -boldMetrics.horizontalAdvance( QLatin1Char( 'N' ) ) / 2.0, tip - 3 ),
                      QStringLiteral( "N" ) );
    painter.restore();

    // The bar: four alternating segments with the lengths at 0, the middle and the end.
    const double x0 =
      sPadding + sArrowWidth + sArrowGap + labelMetrics.horizontalAdvance( QStringLiteral( "0" ) ) / 2.0;
    const double segment = mLengthPixels / 4;
    painter.setPen( QPen( sInk, 1 ) );
    for ( int i = 0; i < 4; ++i )
    {
      painter.setBrush( i % 2 == 0 ? sInk : QColor( Qt::white ) );
      painter.drawRect( QRectF( x0 + i * segment, barTop, segment, sBarHeight ) );
    }
    painter.setFont( labelFont );
    const double baseline = barTop - 3 - labelMetrics.descent();
    auto centred = [&]( const QString &text, double x )
    { painter.drawText( QPointF( x - labelMetrics.horizontalAdvance( text ) / 2.0, baseline ), text ); };
    centred( QStringLiteral( "0" ), x0 );
    centred( number( mLengthMeters / 2 ), x0 + 2 * segment );
    const QString end = number( mLengthMeters );
    const double endX = x0 + mLengthPixels - labelMetrics.horizontalAdvance( end ) / 2.0;
    painter.drawText( QPointF( endX, baseline ), end + QLatin1Char( ' ' ) + unit() );
  }
  if ( !mAttribution.isEmpty() )
  {
    const QFont font = smallFont( this, 0.8 );
    painter.setFont( font );
    painter.setPen( QColor( 70, 70, 70 ) );
    const QFontMetrics metrics( font );
    painter.drawText( QPointF( width() - sPadding - metrics.horizontalAdvance( mAttribution ),
                               height() - sPadding + 1 - metrics.descent() ),
                      mAttribution );
  }
}

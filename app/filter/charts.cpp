#include "charts.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLinearGradient>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace
{

//! Weekday names from the locale (Monday = 1), capitalised for the start of a line.
QString weekdayName( int weekday, QLocale::FormatType format )
{
  QString name = QLocale().dayName( weekday, format );
  if ( !name.isEmpty() )
    name[0] = name[0].toUpper();
  return name;
}

//! Black or white, whichever reads better on the colour.
QColor textColorOn( const QColor &background )
{
  const double luminance =
    0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
  return luminance < 0.55 ? QColor( Qt::white ) : QColor( 0x33, 0x33, 0x33 );
}

//! The text colour of axes and labels: the palette's, a little softer.
QColor softText( const QPalette &palette )
{
  QColor color = palette.color( QPalette::WindowText );
  color.setAlphaF( 0.72 );
  return color;
}

QFont smallFont( const QFont &font )
{
  QFont small = font;
  if ( small.pointSizeF() > 0 )
    small.setPointSizeF( std::max( 6.5, small.pointSizeF() * 0.85 ) );
  else
    small.setPixelSize( std::max( 8, small.pixelSize() * 85 / 100 ) );
  return small;
}

//! Round gridline steps (1, 2, 5 × 10^k) that give about `lines` lines up to the maximum.
double niceStep( double maximum, int lines )
{
  if ( maximum <= 0 )
    return 1;
  const double raw = maximum / lines;
  const double magnitude = std::pow( 10.0, std::floor( std::log10( raw ) ) );
  for ( double factor : { 1.0, 2.0, 5.0, 10.0 } )
  {
    if ( factor * magnitude >= raw )
      return std::max( 1.0, factor * magnitude ); // counts: no fractional gridlines
  }
  return std::max( 1.0, 10 * magnitude );
}

} // namespace

QColor heatRampColor( double t )
{
  // ColorBrewer OrRd, from near-white cream to dark red: calm at the low end, clear at the top.
  static const QColor sStops[] = { QColor( 0xff, 0xf7, 0xec ), QColor( 0xfd, 0xd4, 0x9e ),
                                   QColor( 0xfc, 0x8d, 0x59 ), QColor( 0xd7, 0x30, 0x1f ),
                                   QColor( 0x7f, 0x00, 0x00 ) };
  constexpr int last = static_cast<int>( sizeof( sStops ) / sizeof( sStops[0] ) ) - 1;
  t = std::clamp( t, 0.0, 1.0 ) * last;
  const int i = std::min( static_cast<int>( t ), last - 1 );
  const double f = t - i;
  const QColor &a = sStops[i], &b = sStops[i + 1];
  return QColor::fromRgbF( a.redF() + ( b.redF() - a.redF() ) * f,
                           a.greenF() + ( b.greenF() - a.greenF() ) * f,
                           a.blueF() + ( b.blueF() - a.blueF() ) * f );
}

// ---------------------------------------------------------------------------------------------------------
// HourWeekdayHeatTable
// ---------------------------------------------------------------------------------------------------------

HourWeekdayHeatTable::HourWeekdayHeatTable( QWidget *parent ) : QWidget( parent )
{
  setSizePolicy( QSizePolicy::Expanding, QSizePolicy::Fixed );
  setMouseTracking( true );
}

void HourWeekdayHeatTable::setValues( const std::array<double, 168> &values )
{
  mValues = values;
  mDayTotals.fill( 0 );
  mHourTotals.fill( 0 );
  mTotal = 0;
  mMaximum = 0;
  for ( int d = 0; d < 7; ++d )
    for ( int h = 0; h < 24; ++h )
    {
      const double v = mValues[static_cast<std::size_t>( d * 24 + h )];
      mDayTotals[static_cast<std::size_t>( d )] += v;
      mHourTotals[static_cast<std::size_t>( h )] += v;
      mTotal += v;
      mMaximum = std::max( mMaximum, v );
    }
  updateGeometry();
  update();
}

int HourWeekdayHeatTable::decimals() const
{
  // Spread intervals give fractions: a decimal while the numbers are small, whole events otherwise.
  return mMaximum < 10 ? 1 : 0;
}

QString HourWeekdayHeatTable::formatValue( double value ) const
{
  const int places = decimals();
  if ( places > 0 && std::abs( value - std::round( value ) ) < 0.05 )
    return QLocale().toString( std::round( value ), 'f', 0 );
  return QLocale().toString( value, 'f', places );
}

HourWeekdayHeatTable::Geometry HourWeekdayHeatTable::layoutGeometry() const
{
  const QFontMetricsF fm( font() );
  double labelWidth = fm.horizontalAdvance( tr( "Sum" ) );
  for ( int d = 1; d <= 7; ++d )
    labelWidth = std::max( labelWidth, fm.horizontalAdvance( weekdayName( d, QLocale::ShortFormat ) ) );
  labelWidth += 8;
  double largestDay = 0;
  for ( double v : mDayTotals )
    largestDay = std::max( largestDay, v );
  const double totalsWidth = std::max( fm.horizontalAdvance( tr( "Total" ) ),
                                       fm.horizontalAdvance( QLocale().toString( largestDay, 'f', 0 ) ) ) +
                             12;

  Geometry g;
  g.headerHeight = fm.height() + 4;
  g.cellHeight = std::round( fm.height() + 7 );
  const double cellsWidth = std::max( 24.0 * 6, width() - labelWidth - totalsWidth );
  g.cellWidth = cellsWidth / 24;
  g.cells = QRectF( labelWidth, g.headerHeight, cellsWidth, g.cellHeight * 7 );
  g.totals = QRectF( g.cells.right(), g.cells.top(), totalsWidth, g.cells.height() );
  g.hourBars = QRectF( g.cells.left(), g.cells.bottom() + 4, cellsWidth, std::round( fm.height() * 1.6 ) );
  g.legend = QRectF( 0, g.hourBars.bottom() + 8, width(), fm.height() + 4 );
  return g;
}

QSize HourWeekdayHeatTable::sizeHint() const
{
  const Geometry g = layoutGeometry();
  return QSize( static_cast<int>( std::ceil( g.cells.left() + 24 * 22 + g.totals.width() ) ),
                static_cast<int>( std::ceil( g.legend.bottom() + 2 ) ) );
}

QSize HourWeekdayHeatTable::minimumSizeHint() const
{
  const Geometry g = layoutGeometry();
  return QSize( static_cast<int>( std::ceil( g.cells.left() + 24 * 8 + g.totals.width() ) ),
                static_cast<int>( std::ceil( g.legend.bottom() + 2 ) ) );
}

std::optional<std::pair<int, int>> HourWeekdayHeatTable::cellAt( const QPoint &point ) const
{
  const Geometry g = layoutGeometry();
  if ( !g.cells.contains( point ) )
    return std::nullopt;
  const int hour = std::clamp( static_cast<int>( ( point.x() - g.cells.left() ) / g.cellWidth ), 0, 23 );
  const int weekday =
    std::clamp( static_cast<int>( ( point.y() - g.cells.top() ) / g.cellHeight ), 0, 6 ) + 1;
  return std::make_pair( weekday, hour );
}

QString HourWeekdayHeatTable::cellToolTip( int weekday, int hour ) const
{
  const double v = value( weekday, hour );
  return tr( "%1 %2–%3: %4 events" )
    .arg( weekdayName( weekday, QLocale::LongFormat ),
          QStringLiteral( "%1:00" ).arg( hour, 2, 10, QLatin1Char( '0' ) ),
          QStringLiteral( "%1:00" ).arg( ( hour + 1 ) % 24, 2, 10, QLatin1Char( '0' ) ),
          QLocale().toString( v, 'f', v == std::round( v ) ? 0 : 1 ) );
}

bool HourWeekdayHeatTable::event( QEvent *event )
{
  if ( event->type() == QEvent::ToolTip )
  {
    auto *help = static_cast<QHelpEvent *>( event );
    const Geometry g = layoutGeometry();
    if ( const auto cell = cellAt( help->pos() ) )
    {
      const QRectF rect( g.cells.left() + cell->second * g.cellWidth,
                         g.cells.top() + ( cell->first - 1 ) * g.cellHeight, g.cellWidth, g.cellHeight );
      QToolTip::showText( help->globalPos(), cellToolTip( cell->first, cell->second ), this,
                          rect.toAlignedRect() );
    }
    else if ( g.totals.contains( help->pos() ) )
    {
      const int d =
        std::clamp( static_cast<int>( ( help->pos().y() - g.totals.top() ) / g.cellHeight ), 0, 6 );
      QToolTip::showText( help->globalPos(),
                          tr( "%1: %2 events in total" )
                            .arg( weekdayName( d + 1, QLocale::LongFormat ),
                                  QLocale().toString( mDayTotals[static_cast<std::size_t>( d )], 'f', 0 ) ),
                          this );
    }
    else if ( g.hourBars.contains( help->pos() ) )
    {
      const int h =
        std::clamp( static_cast<int>( ( help->pos().x() - g.hourBars.left() ) / g.cellWidth ), 0, 23 );
      QToolTip::showText( help->globalPos(),
                          tr( "%1–%2, all days: %3 events" )
                            .arg( QStringLiteral( "%1:00" ).arg( h, 2, 10, QLatin1Char( '0' ) ),
                                  QStringLiteral( "%1:00" ).arg( ( h + 1 ) % 24, 2, 10, QLatin1Char( '0' ) ),
                                  QLocale().toString( mHourTotals[static_cast<std::size_t>( h )], 'f', 0 ) ),
                          this );
    }
    else
    {
      QToolTip::hideText();
      event->ignore();
    }
    return true;
  }
  return QWidget::event( event );
}

void HourWeekdayHeatTable::changeEvent( QEvent *event )
{
  if ( event->type() == QEvent::FontChange )
    updateGeometry();
  QWidget::changeEvent( event );
}

void HourWeekdayHeatTable::paintEvent( QPaintEvent * )
{
  QPainter p( this );
  p.setRenderHint( QPainter::Antialiasing, false );
  const Geometry g = layoutGeometry();
  const QFont small = smallFont( font() );
  const QFontMetricsF smallMetrics( small );
  const QColor axisText = softText( palette() );
  const QColor emptyCell = palette().color( QPalette::Base ).darker( 104 );

  // Hour labels: every hour when they fit, else every third or sixth.
  const double hourLabelWidth = smallMetrics.horizontalAdvance( QStringLiteral( "00" ) ) + 4;
  const int hourStep = g.cellWidth >= hourLabelWidth ? 1 : g.cellWidth * 3 >= hourLabelWidth ? 3 : 6;
  p.setFont( small );
  p.setPen( axisText );
  for ( int h = 0; h < 24; h += hourStep )
  {
    const QRectF r( g.cells.left() + h * g.cellWidth, 0, g.cellWidth, g.headerHeight - 2 );
    p.drawText( hourStep == 1 ? r : QRectF( r.left() - g.cellWidth, r.top(), 3 * g.cellWidth, r.height() ),
                Qt::AlignHCenter | Qt::AlignBottom, QString::number( h ) );
  }
  p.drawText( QRectF( g.totals.left(), 0, g.totals.width() - 2, g.headerHeight - 2 ),
              Qt::AlignRight | Qt::AlignBottom, tr( "Total" ) );

  // Weekday labels and the cells, with a gap of one pixel between cells.
  double widestValue = 0;
  for ( double v : mValues )
    if ( v > 0 )
      widestValue = std::max( widestValue, smallMetrics.horizontalAdvance( formatValue( v ) ) );
  const bool valuesFit = widestValue + 3 <= g.cellWidth - 1 && smallMetrics.height() <= g.cellHeight;
  for ( int d = 1; d <= 7; ++d )
  {
    const double y = g.cells.top() + ( d - 1 ) * g.cellHeight;
    p.setFont( font() );
    p.setPen( palette().color( QPalette::WindowText ) );
    p.drawText( QRectF( 0, y, g.cells.left() - 6, g.cellHeight ), Qt::AlignLeft | Qt::AlignVCenter,
                weekdayName( d, QLocale::ShortFormat ) );
    p.setFont( small );
    for ( int h = 0; h < 24; ++h )
    {
      const double v = value( d, h );
      const QRectF cell( g.cells.left() + h * g.cellWidth, y, g.cellWidth, g.cellHeight );
      const QRectF inner = cell.adjusted( 0, 0, -1, -1 );
      const QColor fill = v > 0 && mMaximum > 0 ? heatRampColor( v / mMaximum ) : emptyCell;
      p.fillRect( inner, fill );
      if ( valuesFit && v > 0 )
      {
        p.setPen( textColorOn( fill ) );
        p.drawText( inner, Qt::AlignCenter, formatValue( v ) );
      }
    }
    p.setFont( font() );
    p.setPen( palette().color( QPalette::WindowText ) );
    p.drawText( QRectF( g.totals.left(), y, g.totals.width() - 2, g.cellHeight ),
                Qt::AlignRight | Qt::AlignVCenter,
                QLocale().toString( mDayTotals[static_cast<std::size_t>( d - 1 )], 'f', 0 ) );
  }

  if ( mTotal <= 0 )
  {
    p.setPen( axisText );
    p.drawText( g.cells, Qt::AlignCenter | Qt::TextWordWrap, tr( "No incidents in the current period" ) );
  }

  // Hour totals as small bars under their columns.
  double largestHour = 0;
  for ( double v : mHourTotals )
    largestHour = std::max( largestHour, v );
  p.setFont( small );
  p.setPen( axisText );
  p.drawText( QRectF( 0, g.hourBars.top(), g.cells.left() - 6, g.hourBars.height() ),
              Qt::AlignLeft | Qt::AlignBottom, tr( "Sum" ) );
  const QColor barColor = heatRampColor( 0.55 );
  for ( int h = 0; h < 24 && largestHour > 0; ++h )
  {
    const double height = g.hourBars.height() * mHourTotals[static_cast<std::size_t>( h )] / largestHour;
    p.fillRect( QRectF( g.hourBars.left() + h * g.cellWidth + 1, g.hourBars.bottom() - height,
                        g.cellWidth - 3, height ),
                barColor );
  }
  QColor baseline = axisText;
  baseline.setAlphaF( 0.3 );
  p.setPen( QPen( baseline, 1 ) );
  p.drawLine( QPointF( g.hourBars.left(), g.hourBars.bottom() + 0.5 ),
              QPointF( g.hourBars.right() - 1, g.hourBars.bottom() + 0.5 ) );

  // The colour scale: 0 … the busiest hour.
  p.setRenderHint( QPainter::Antialiasing, true );
  p.setFont( small );
  p.setPen( axisText );
  const QString low = QStringLiteral( "0" );
  const QString high = tr( "%1 events (busiest hour)" ).arg( formatValue( mMaximum ) );
  const QRectF legend = g.legend;
  // Under the cells when the scale and its text fit there, else from the left edge with a shorter ramp: the
  // text is not cut in a narrow dock.
  const double highWidth = smallMetrics.horizontalAdvance( high ) + 2;
  const double lowWidth = smallMetrics.horizontalAdvance( low ) + 5;
  const double preferredRamp = std::min( 120.0, g.cells.width() / 3 );
  double x = g.cells.left();
  if ( x + lowWidth + preferredRamp + 5 + highWidth > width() )
    x = 0;
  p.drawText( QRectF( x, legend.top(), smallMetrics.horizontalAdvance( low ) + 1, legend.height() ),
              Qt::AlignVCenter, low );
  x += lowWidth;
  const double rampWidth = std::clamp( width() - x - 5 - highWidth, 30.0, preferredRamp );
  const QRectF ramp( x, legend.center().y() - 4, rampWidth, 8 );
  QLinearGradient gradient( ramp.topLeft(), ramp.topRight() );
  for ( int i = 0; i <= 8; ++i )
    gradient.setColorAt( i / 8.0, heatRampColor( i / 8.0 ) );
  p.setPen( Qt::NoPen );
  p.setBrush( gradient );
  p.drawRoundedRect( ramp, 2, 2 );
  p.setPen( axisText );
  const double textWidth = width() - ramp.right() - 5;
  p.drawText( QRectF( ramp.right() + 5, legend.top(), textWidth, legend.height() ),
              Qt::AlignLeft | Qt::AlignVCenter,
              smallMetrics.elidedText( high, Qt::ElideRight, static_cast<int>( textWidth ) ) );
}

// ---------------------------------------------------------------------------------------------------------
// TrendChart
// ---------------------------------------------------------------------------------------------------------

TrendChart::TrendChart( QWidget *parent ) : QWidget( parent )
{
  setSizePolicy( QSizePolicy::Expanding, QSizePolicy::Fixed );
  setMouseTracking( true );
}

QColor TrendChart::currentColor()
{
  return QColor( 0x2c, 0x6e, 0xa8 );
}

QColor TrendChart::beforeColor()
{
  return QColor( 0xb3, 0xbb, 0xc4 );
}

void TrendChart::setBins( std::vector<TrendBin> bins )
{
  mBins = std::move( bins );
  mMaximum = 0;
  mGapOffsets.assign( mBins.size(), 0 );
  double gaps = 0;
  for ( std::size_t i = 0; i < mBins.size(); ++i )
  {
    if ( mBins[i].gapBefore && i > 0 )
      gaps += 1;
    mGapOffsets[i] = gaps;
    mMaximum = std::max( mMaximum, mBins[i].before + mBins[i].now );
  }
  updateGeometry();
  update();
}

TrendChart::Geometry TrendChart::layoutGeometry() const
{
  const QFontMetricsF small( smallFont( font() ) );
  Geometry g;
  g.step = niceStep( mMaximum, 4 );
  g.top = std::max( g.step, std::ceil( mMaximum / g.step ) * g.step );
  const double axisWidth = small.horizontalAdvance( QLocale().toString( g.top, 'f', 0 ) ) + 8;
  const double legendHeight = small.height() + 8;
  const double labelsHeight = small.height() * 2 + 6;
  g.plot = QRectF( axisWidth, legendHeight + small.height() / 2, std::max( 10.0, width() - axisWidth - 4 ),
                   std::max( 20.0, height() - legendHeight - small.height() / 2 - labelsHeight ) );
  const double slotCount =
    static_cast<double>( mBins.size() ) + ( mGapOffsets.empty() ? 0 : mGapOffsets.back() );
  g.slot = slotCount > 0 ? g.plot.width() / slotCount : g.plot.width();
  return g;
}

double TrendChart::binX( const Geometry &g, int index ) const
{
  return g.plot.left() + ( index + mGapOffsets[static_cast<std::size_t>( index )] ) * g.slot;
}

QSize TrendChart::sizeHint() const
{
  const QFontMetrics fm( font() );
  return QSize( 400, fm.height() * 13 );
}

QSize TrendChart::minimumSizeHint() const
{
  const QFontMetrics fm( font() );
  return QSize( 200, fm.height() * 13 );
}

int TrendChart::binAt( const QPoint &point ) const
{
  if ( mBins.empty() )
    return -1;
  const Geometry g = layoutGeometry();
  if ( point.y() < g.plot.top() - 4 || point.y() > g.plot.bottom() + 4 )
    return -1;
  for ( int i = 0; i < static_cast<int>( mBins.size() ); ++i )
  {
    const double x = binX( g, i );
    if ( point.x() >= x && point.x() < x + g.slot )
      return i;
  }
  return -1;
}

QString TrendChart::binToolTip( int index ) const
{
  if ( index < 0 || index >= static_cast<int>( mBins.size() ) )
    return QString();
  const TrendBin &bin = mBins[static_cast<std::size_t>( index )];
  QStringList lines;
  lines << QStringLiteral( "<b>%1</b>" ).arg( bin.toolTipTitle.toHtmlEscaped() );
  if ( bin.inCurrent )
    lines << tr( "Current period: %1 events" ).arg( QLocale().toString( bin.now, 'f', 0 ) );
  if ( bin.inBefore )
    lines << tr( "Earlier period: %1 events" ).arg( QLocale().toString( bin.before, 'f', 0 ) );
  if ( bin.partial )
    lines << QStringLiteral( "<i>%1</i>" )
               .arg( tr( "The periods cover %1 of its %2 days, so fewer events are expected." )
                       .arg( QLocale().toString( bin.coveredDays, 'f', 0 ),
                             QLocale().toString( bin.binDays, 'f', 0 ) )
                       .toHtmlEscaped() );
  return lines.join( QStringLiteral( "<br>" ) );
}

bool TrendChart::event( QEvent *event )
{
  if ( event->type() == QEvent::ToolTip )
  {
    auto *help = static_cast<QHelpEvent *>( event );
    const int index = binAt( help->pos() );
    if ( index >= 0 )
      QToolTip::showText( help->globalPos(), binToolTip( index ), this );
    else
    {
      QToolTip::hideText();
      event->ignore();
    }
    return true;
  }
  return QWidget::event( event );
}

void TrendChart::paintEvent( QPaintEvent * )
{
  QPainter p( this );
  const Geometry g = layoutGeometry();
  const QFont small = smallFont( font() );
  const QFontMetricsF sm( small );
  const QColor axisText = softText( palette() );
  QColor gridColor = palette().color( QPalette::WindowText );
  gridColor.setAlphaF( 0.12 );
  p.setFont( small );

  // Legend above the plot.
  {
    double x = g.plot.left();
    const double y = 2;
    const auto item = [&]( const QColor &color, const QString &text )
    {
      const QRectF swatch( x, y + ( sm.height() - 9 ) / 2, 9, 9 );
      p.fillRect( swatch, color );
      p.setPen( axisText );
      const double w = sm.horizontalAdvance( text );
      p.drawText( QRectF( swatch.right() + 4, y, w + 2, sm.height() ), Qt::AlignLeft | Qt::AlignVCenter,
                  text );
      x = swatch.right() + 4 + w + 14;
    };
    bool anyBefore = false, anyPartial = false;
    for ( const TrendBin &bin : mBins )
    {
      anyBefore = anyBefore || bin.inBefore;
      anyPartial = anyPartial || bin.partial;
    }
    item( currentColor(), tr( "Current period" ) );
    if ( anyBefore )
      item( beforeColor(), tr( "Earlier period" ) );
    if ( anyPartial )
    {
      QColor light = currentColor();
      light.setAlphaF( 0.45 );
      const QString text = tr( "Partial" );
      if ( x + 13 + sm.horizontalAdvance( text ) <= width() )
        item( light, text );
    }
  }

  // Gridlines and the y axis.
  for ( double v = 0; v <= g.top + 0.5 * g.step; v += g.step )
  {
    const double y = std::round( g.plot.bottom() - v / g.top * g.plot.height() ) + 0.5;
    p.setPen( QPen( v == 0 ? axisText : gridColor, 1 ) );
    p.drawLine( QPointF( g.plot.left(), y ), QPointF( g.plot.right(), y ) );
    p.setPen( axisText );
    p.drawText( QRectF( 0, y - sm.height() / 2, g.plot.left() - 5, sm.height() ),
                Qt::AlignRight | Qt::AlignVCenter, QLocale().toString( v, 'f', 0 ) );
  }
  if ( mBins.empty() )
    return;

  // The current period as a band behind its bars.
  int firstCurrent = -1, lastCurrent = -1;
  for ( int i = 0; i < static_cast<int>( mBins.size() ); ++i )
  {
    if ( mBins[static_cast<std::size_t>( i )].inCurrent )
    {
      if ( firstCurrent < 0 )
        firstCurrent = i;
      lastCurrent = i;
    }
  }
  if ( firstCurrent >= 0 )
  {
    QColor band = currentColor();
    band.setAlphaF( 0.08 );
    const double left = binX( g, firstCurrent );
    const double right = binX( g, lastCurrent ) + g.slot;
    p.fillRect(
      QRectF( left, g.plot.top() - sm.height() / 2, right - left, g.plot.height() + sm.height() / 2 ), band );
  }

  // Bars: the earlier period's part below, the current period's above; partial bins lighter.
  const double barWidth = std::max( 1.0, g.slot * ( g.slot > 6 ? 0.72 : 0.85 ) );
  double widestValue = 0;
  for ( const TrendBin &bin : mBins )
    widestValue =
      std::max( widestValue, sm.horizontalAdvance( QLocale().toString( bin.before + bin.now, 'f', 0 ) ) );
  const bool valuesFit = widestValue + 2 <= g.slot;
  for ( int i = 0; i < static_cast<int>( mBins.size() ); ++i )
  {
    const TrendBin &bin = mBins[static_cast<std::size_t>( i )];
    const double x = binX( g, i ) + ( g.slot - barWidth ) / 2;
    const double scale = g.plot.height() / g.top;
    const double beforeHeight = bin.before * scale;
    const double nowHeight = bin.now * scale;
    QColor before = beforeColor(), now = currentColor();
    if ( bin.partial )
    {
      before.setAlphaF( 0.45 );
      now.setAlphaF( 0.45 );
    }
    p.fillRect( QRectF( x, g.plot.bottom() - beforeHeight, barWidth, beforeHeight ), before );
    p.fillRect( QRectF( x, g.plot.bottom() - beforeHeight - nowHeight, barWidth, nowHeight ), now );
    if ( valuesFit && bin.before + bin.now > 0 )
    {
      p.setPen( axisText );
      p.drawText( QRectF( binX( g, i ), g.plot.bottom() - beforeHeight - nowHeight - sm.height() - 1, g.slot,
                          sm.height() ),
                  Qt::AlignHCenter | Qt::AlignBottom, QLocale().toString( bin.before + bin.now, 'f', 0 ) );
    }
    if ( bin.gapBefore && i > 0 )
    {
      // Time left out between the periods: a dotted line in the gap.
      const double gx = binX( g, i ) - g.slot / 2;
      p.setPen( QPen( axisText, 1, Qt::DotLine ) );
      p.drawLine( QPointF( gx, g.plot.top() ), QPointF( gx, g.plot.bottom() ) );
    }
  }

  // Axis labels, thinned to fit, counted from the latest bin so that it is always labelled; the year under
  // the first label and wherever it changes.
  double widestLabel = 0;
  for ( const TrendBin &bin : mBins )
    widestLabel = std::max( widestLabel, sm.horizontalAdvance( bin.axisLabel ) );
  const int every = std::max( 1, static_cast<int>( std::ceil( ( widestLabel + 8 ) / g.slot ) ) );
  const int last = static_cast<int>( mBins.size() ) - 1;
  QString previousYear;
  p.setPen( axisText );
  for ( int i = 0; i <= last; ++i )
  {
    if ( ( last - i ) % every != 0 )
      continue;
    const TrendBin &bin = mBins[static_cast<std::size_t>( i )];
    const double centre = binX( g, i ) + g.slot / 2;
    const double w = std::max( widestLabel, sm.horizontalAdvance( bin.yearLabel ) ) + 8;
    QRectF label( centre - w / 2, g.plot.bottom() + 3, w, sm.height() );
    label.moveLeft( std::clamp( label.left(), 0.0, width() - w ) );
    p.drawText( label, Qt::AlignHCenter | Qt::AlignTop, bin.axisLabel );
    if ( bin.yearLabel != previousYear )
    {
      p.drawText( label.translated( 0, sm.height() ), Qt::AlignHCenter | Qt::AlignTop, bin.yearLabel );
      previousYear = bin.yearLabel;
    }
  }
}

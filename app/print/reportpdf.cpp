#include "reportpdf.h"

#include "coremessages.h"
#include "layerstyles.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "printmap.h"
#include "sheetstyle.h"
#include "swedishtext.h"
#include "datetimeparser.h"

#include <qgsmaprenderercustompainterjob.h>
#include <qgsmapsettings.h>
#include <qgsproject.h>

#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>
#include <functional>
#include <variant>

using namespace tryggkarta;

namespace
{

constexpr int kDpi = 300;
using SheetStyle::kInternal;
using SheetStyle::kMuted;
using SheetStyle::kPublic;
using SheetStyle::kRule;
using SheetStyle::kText;
const QColor kAccent( 0x3b, 0x0f, 0x70 ); //!< headings and the period's bars: the heatmap's darkest purple
const QColor kStripe( 0xf3, 0xf1, 0xf6 );

double mm( double value )
{
  return value * kDpi / 25.4;
}

QFont font( double points, bool bold = false, bool italic = false )
{
  QFont f( PrintMap::fontFamily() );
  f.setPointSizeF( points );
  f.setBold( bold );
  f.setItalic( italic );
  return f;
}

QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

//! A count as published: "<5" for one below k, "x" for one hidden so that no smaller one can be worked out.
QString countText( const ReportCount &count, int k )
{
  if ( count.complementary )
    return QStringLiteral( "x" );
  if ( count.suppressed )
    return QStringLiteral( "<%1" ).arg( k );
  return QLocale( QLocale::Swedish ).toString( static_cast<qlonglong>( count.value ) );
}

QString percentText( const CountChange &change, bool suppressed )
{
  if ( suppressed || !change.percentChange )
    return QStringLiteral( "–" );
  const double p = *change.percentChange;
  QString text = QLocale( QLocale::Swedish ).toString( std::round( p ), 'f', 0 ) + QStringLiteral( " %" );
  if ( p > 0 )
    text.prepend( QLatin1Char( '+' ) );
  if ( change.significantFdr )
    text += QStringLiteral( " *" );
  return text;
}

// ----- the document's blocks ------------------------------------------------------------------------------

struct Heading
{
  int level = 1;
  QString text;
};
struct Paragraph
{
  QString text;
  bool muted = false;
  bool bullet = false;
};
struct Table
{
  QStringList header;
  QList<QStringList> rows;
  QList<double> widths; //!< fractions of the text width
  QList<bool> rightAligned;
};
struct Chart
{
  double heightMm = 60;
  std::function<void( QPainter &, const QRectF & )> draw;
};
struct MapBlock
{
  QString caption;
  double heightMm = 110;
  MapShows shows = MapShows::Heatmap;
  std::vector<std::string> categories; //!< empty = all
};
using Block = std::variant<Heading, Paragraph, Table, Chart, MapBlock>;

// ----- charts ----------------------------------------------------------------------------------------------

//! A sequential purple for values 0 … 1.
QColor rampColor( double t )
{
  t = std::clamp( t, 0.0, 1.0 );
  const QColor low( 0xf6, 0xf2, 0xfa );
  const QColor high( 0x3b, 0x0f, 0x70 );
  return QColor::fromRgbF( low.redF() + ( high.redF() - low.redF() ) * t,
                           low.greenF() + ( high.greenF() - low.greenF() ) * t,
                           low.blueF() + ( high.blueF() - low.blueF() ) * t );
}

void drawHourWeekday( QPainter &p, const QRectF &r, const LagesbildReport &report )
{
  static const char *const kDays[] = { "mån", "tis", "ons", "tor", "fre", "lör", "sön" };
  const double labelWidth = mm( 10 );
  const double headerHeight = mm( 5 );
  const double legendHeight = mm( 8 );
  const double cellW = ( r.width() - labelWidth ) / 24;
  const double cellH = ( r.height() - headerHeight - legendHeight ) / 7;
  double maximum = 0;
  for ( double v : report.hourWeekday.counts )
    maximum = std::max( maximum, v );
  p.setFont( font( 6.5 ) );
  p.setPen( kMuted );
  for ( int h = 0; h < 24; h += 2 )
    p.drawText( QRectF( r.left() + labelWidth + h * cellW, r.top(), cellW * 2, headerHeight ),
                Qt::AlignLeft | Qt::AlignVCenter,
                QStringLiteral( "%1" ).arg( h, 2, 10, QLatin1Char( '0' ) ) );
  for ( int d = 1; d <= 7; ++d )
  {
    const double y = r.top() + headerHeight + ( d - 1 ) * cellH;
    p.setPen( kText );
    p.drawText( QRectF( r.left(), y, labelWidth, cellH ), Qt::AlignLeft | Qt::AlignVCenter, kDays[d - 1] );
    for ( int h = 0; h < 24; ++h )
    {
      const std::size_t slot = HourWeekdayMatrix::slot( d, h );
      const QRectF cell( r.left() + labelWidth + h * cellW, y, cellW, cellH );
      if ( report.hourWeekdaySuppressed[slot] )
      {
        p.fillRect( cell, QColor( 0xe4, 0xe4, 0xe4 ) );
        p.fillRect( cell, QBrush( QColor( 0xb0, 0xb0, 0xb0 ), Qt::BDiagPattern ) );
      }
      else
        p.fillRect( cell, rampColor( maximum > 0 ? report.hourWeekday.counts[slot] / maximum : 0 ) );
      p.setPen( QPen( Qt::white, mm( 0.2 ) ) );
      p.drawRect( cell );
    }
  }
  // The legend: the ramp with its ends.
  const double ly = r.bottom() - legendHeight + mm( 2.5 );
  const QRectF ramp( r.left() + labelWidth, ly, mm( 40 ), mm( 3 ) );
  QLinearGradient gradient( ramp.topLeft(), ramp.topRight() );
  gradient.setColorAt( 0, rampColor( 0 ) );
  gradient.setColorAt( 1, rampColor( 1 ) );
  p.fillRect( ramp, gradient );
  p.setPen( kMuted );
  p.setFont( font( 6.5 ) );
  const QLocale sv( QLocale::Swedish );
  p.drawText(
    QRectF( ramp.right() + mm( 2 ), ly - mm( 1.5 ), r.right() - ramp.right() - mm( 2 ), mm( 7 ) ),
    Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap,
    ReportPdf::tr( "0 to %1 events per hour of the week (intervals spread over their hours)%2" )
      .arg(
        sv.toString( maximum, 'f', maximum < 10 ? 1 : 0 ),
        report.options.publicMode
          ? ReportPdf::tr(
              "; hatched: not published (fewer than %1 events, or hidden so that none can be worked out)" )
              .arg( report.options.minCount )
          : QString() ) );
}

void drawWeeks( QPainter &p, const QRectF &r, const LagesbildReport &report )
{
  const double axis = mm( 8 );
  const double bottomLabels = mm( 6 );
  const QRectF plot( r.left() + axis, r.top() + mm( 2 ), r.width() - axis,
                     r.height() - bottomLabels - mm( 2 ) );
  double maximum = 1;
  for ( const WeekRow &week : report.weeks )
    maximum = std::max( maximum, static_cast<double>( week.count.value ) );
  // A round top and three grid lines.
  const double magnitude = std::pow( 10.0, std::floor( std::log10( maximum ) ) );
  double top = magnitude;
  for ( double step : { 1.0, 2.0, 2.5, 5.0, 10.0 } )
    if ( step * magnitude >= maximum )
    {
      top = step * magnitude;
      break;
    }
  p.setFont( font( 6.5 ) );
  for ( int i = 0; i <= 4; ++i )
  {
    const double y = plot.bottom() - plot.height() * i / 4;
    p.setPen( QPen( kRule, mm( 0.15 ) ) );
    p.drawLine( QPointF( plot.left(), y ), QPointF( plot.right(), y ) );
    p.setPen( kMuted );
    p.drawText( QRectF( r.left(), y - mm( 2 ), axis - mm( 1.5 ), mm( 4 ) ), Qt::AlignRight | Qt::AlignVCenter,
                QLocale( QLocale::Swedish ).toString( top * i / 4, 'f', top >= 8 ? 0 : 1 ) );
  }
  const int n = static_cast<int>( report.weeks.size() );
  const double slot = plot.width() / std::max( 1, n );
  for ( int i = 0; i < n; ++i )
  {
    const WeekRow &week = report.weeks[static_cast<std::size_t>( i )];
    const double x = plot.left() + i * slot;
    if ( week.count.suppressed )
    {
      p.fillRect( QRectF( x + slot * 0.15, plot.bottom() - mm( 1.5 ), slot * 0.7, mm( 1.5 ) ),
                  QBrush( QColor( 0xb0, 0xb0, 0xb0 ), Qt::BDiagPattern ) );
    }
    else
    {
      const double h = plot.height() * week.count.value / top;
      p.fillRect( QRectF( x + slot * 0.15, plot.bottom() - h, slot * 0.7, h ),
                  week.inPeriod ? kAccent : QColor( 0xb9, 0xa8, 0xd0 ) );
    }
    if ( n <= 20 || i % ( n / 12 + 1 ) == 0 || i == n - 1 )
    {
      p.setPen( kMuted );
      QString label = q( week.label ).mid( 5 ); // "W47"
      p.drawText( QRectF( x - slot, plot.bottom() + mm( 1 ), slot * 3, bottomLabels ),
                  Qt::AlignHCenter | Qt::AlignTop,
                  label.replace( QLatin1Char( 'W' ), QStringLiteral( "v" ) ) );
    }
  }
}

void drawCategoryBars( QPainter &p, const QRectF &r, const LagesbildReport &report )
{
  const std::vector<CategoryRow> &rows = report.groups;
  if ( rows.empty() )
    return;
  const double labelWidth = mm( 45 );
  const double legend = mm( 6 );
  const double rowH = ( r.height() - legend ) / rows.size();
  double maximum = 1;
  for ( const CategoryRow &row : rows )
    maximum = std::max<double>( { maximum, static_cast<double>( row.now.value ),
                                  static_cast<double>( row.previous.value ),
                                  static_cast<double>( row.lastYear.value ) } );
  const double barArea = r.width() - labelWidth - mm( 12 );
  p.setFont( font( 7 ) );
  for ( std::size_t i = 0; i < rows.size(); ++i )
  {
    const CategoryRow &row = rows[i];
    const double y = r.top() + i * rowH;
    p.setPen( kText );
    p.drawText( QRectF( r.left(), y, labelWidth - mm( 2 ), rowH ), Qt::AlignRight | Qt::AlignVCenter,
                q( row.label ) );
    const std::pair<const ReportCount *, QColor> bars[] = { { &row.now, kAccent },
                                                            { &row.previous, QColor( 0xb9, 0xa8, 0xd0 ) },
                                                            { &row.lastYear, QColor( 0xc8, 0xc8, 0xc8 ) } };
    const double barH = rowH * 0.8 / 3;
    for ( int b = 0; b < 3; ++b )
    {
      const QRectF bar( r.left() + labelWidth, y + rowH * 0.1 + b * barH,
                        bars[b].first->suppressed ? mm( 1.5 ) : barArea * bars[b].first->value / maximum,
                        barH * 0.9 );
      if ( bars[b].first->suppressed )
        p.fillRect( bar, QBrush( QColor( 0x90, 0x90, 0x90 ), Qt::BDiagPattern ) );
      else
        p.fillRect( bar, bars[b].second );
      if ( b == 0 )
      {
        p.setPen( kText );
        p.setFont( font( 6.5 ) );
        p.drawText( QRectF( bar.right() + mm( 1 ), bar.top() - mm( 1 ), mm( 12 ), bar.height() + mm( 2 ) ),
                    Qt::AlignLeft | Qt::AlignVCenter, countText( row.now, report.options.minCount ) );
        p.setFont( font( 7 ) );
      }
    }
  }
  // Legend.
  const double ly = r.bottom() - legend + mm( 1.5 );
  double x = r.left() + labelWidth;
  p.setFont( font( 6.5 ) );
  const std::pair<QString, QColor> entries[] = {
    { ReportPdf::tr( "This period" ), kAccent },
    { ReportPdf::tr( "Previous period" ), QColor( 0xb9, 0xa8, 0xd0 ) },
    { ReportPdf::tr( "Same period last year" ), QColor( 0xc8, 0xc8, 0xc8 ) } };
  for ( const auto &[label, colour] : entries )
  {
    p.fillRect( QRectF( x, ly, mm( 3 ), mm( 3 ) ), colour );
    p.setPen( kMuted );
    p.drawText( QRectF( x + mm( 4 ), ly - mm( 0.5 ), mm( 40 ), mm( 4 ) ), Qt::AlignLeft | Qt::AlignVCenter,
                label );
    x += mm( 42 );
  }
}

// ----- pagination and drawing -----------------------------------------------------------------------------

//! A map made ready to draw: its layers and extent, the method in words, or why there is none.
struct MapToDraw
{
  QList<QgsMapLayer *> layers;
  QgsRectangle extent;
  QString method;
  QString error;
};

class Renderer
{
public:
  Renderer( QPdfWriter &writer, QPainter &painter, const LagesbildReport &report, QgsProject *project )
    : mWriter( writer ), mPainter( painter ), mReport( report ), mProject( project )
  {
    mBody = QRectF( mm( 20 ), mm( 22 ), mm( 170 ), mm( 297 - 22 - 20 ) );
  }

  //! Lays the blocks out (draw = false counts pages and finds the headings' pages); returns the pages used.
  int run( const QList<Block> &blocks, bool draw, int firstPage, const ProgressCallback &progress,
           bool *cancelled )
  {
    mDraw = draw;
    mPageNumber = firstPage;
    mY = mBody.top();
    mHeadingPages.clear();
    int index = 0;
    for ( const Block &block : blocks )
    {
      if ( draw && !reportProgress( progress, 0.4 + 0.6 * index / std::max<int>( 1, blocks.size() ) ) )
      {
        *cancelled = true;
        return 0;
      }
      // A heading stays with the start of what follows it.
      mKeepNext = mm( 20 );
      if ( index + 1 < blocks.size() )
      {
        const Block &next = blocks.at( index + 1 );
        if ( const auto *chart = std::get_if<Chart>( &next ) )
          mKeepNext = mm( chart->heightMm + 4 );
        else if ( const auto *map = std::get_if<MapBlock>( &next ) )
          mKeepNext = mm( map->heightMm + 15 );
        else if ( std::holds_alternative<Heading>( next ) )
          mKeepNext = mm( 30 );
      }
      ++index;
      std::visit( [this]( const auto &b ) { place( b ); }, block );
    }
    if ( draw )
      decorate();
    return mPageNumber;
  }

  const QList<QPair<Heading, int>> &headingPages() const { return mHeadingPages; }
  int totalPages = 0;
  QString runningTitle;
  //! Makes a map's layers when it is drawn (a sheet holds one map's layers at a time).
  std::function<MapToDraw( const MapBlock & )> prepareMap;

  //! Draws the header and footer of a page drawn by hand (the contents).
  void decoratePage( int page )
  {
    const int saved = mPageNumber;
    const bool draw = mDraw;
    mPageNumber = page;
    mDraw = true;
    decorate();
    mPageNumber = saved;
    mDraw = draw;
  }

  void newPage()
  {
    if ( mDraw )
    {
      decorate();
      mWriter.newPage();
    }
    ++mPageNumber;
    mY = mBody.top();
  }

private:
  double remaining() const { return mBody.bottom() - mY; }
  void ensure( double height )
  {
    if ( remaining() < height && mY > mBody.top() + 1 )
      newPage();
  }

  double textHeight( const QFont &f, const QString &text, double width ) const
  {
    const QFontMetricsF metrics( f, &mWriter );
    return metrics.boundingRect( QRectF( 0, 0, width, 1e7 ), Qt::TextWordWrap, text ).height();
  }

  void place( const Heading &h )
  {
    const QFont f = font( h.level == 1 ? 16 : 11.5, true );
    const double height = textHeight( f, h.text, mBody.width() );
    if ( h.level == 1 && mY > mBody.top() + 1 )
      newPage();
    ensure( height + std::min( mKeepNext, mBody.height() * 0.8 ) ); // never a heading alone at a page's foot
    mY += h.level == 1 ? 0 : mm( 4 );
    mHeadingPages << qMakePair( h, mPageNumber );
    if ( mDraw )
    {
      mPainter.setFont( f );
      mPainter.setPen( h.level == 1 ? kAccent : kText );
      mPainter.drawText( QRectF( mBody.left(), mY, mBody.width(), height ), Qt::TextWordWrap, h.text );
    }
    mY += height + mm( h.level == 1 ? 4 : 2 );
  }

  void place( const Paragraph &paragraph )
  {
    const QFont f = font( 9.5, false, paragraph.muted );
    const double indent = paragraph.bullet ? mm( 5 ) : 0;
    const double height = textHeight( f, paragraph.text, mBody.width() - indent );
    ensure( height );
    if ( mDraw )
    {
      mPainter.setFont( f );
      mPainter.setPen( paragraph.muted ? kMuted : kText );
      if ( paragraph.bullet )
        mPainter.drawText( QRectF( mBody.left(), mY, indent, height ), Qt::AlignLeft | Qt::AlignTop,
                           QStringLiteral( "•" ) );
      mPainter.drawText( QRectF( mBody.left() + indent, mY, mBody.width() - indent, height ),
                         Qt::TextWordWrap, paragraph.text );
    }
    mY += height + mm( 2 );
  }

  void place( const Table &table )
  {
    const QFont headerFont = font( 8, true );
    const QFont cellFont = font( 8 );
    QList<double> widths;
    for ( int c = 0; c < table.header.size(); ++c )
      widths << mBody.width() * table.widths.value( c, 1.0 / table.header.size() );
    auto rowHeight = [&]( const QStringList &cells, const QFont &f )
    {
      double h = 0;
      for ( int c = 0; c < cells.size(); ++c )
        h = std::max( h, textHeight( f, cells.at( c ), widths.value( c ) - mm( 2 ) ) );
      return h + mm( 1.8 );
    };
    auto drawRow = [&]( const QStringList &cells, const QFont &f, double h, bool header, bool stripe )
    {
      if ( !mDraw )
        return;
      if ( stripe )
        mPainter.fillRect( QRectF( mBody.left(), mY, mBody.width(), h ), kStripe );
      double x = mBody.left();
      mPainter.setFont( f );
      mPainter.setPen( header ? kMuted : kText );
      for ( int c = 0; c < cells.size(); ++c )
      {
        const Qt::Alignment align = table.rightAligned.value( c ) ? Qt::AlignRight : Qt::AlignLeft;
        mPainter.drawText( QRectF( x + mm( 1 ), mY + mm( 0.9 ), widths.value( c ) - mm( 2 ), h ),
                           align | Qt::AlignTop | Qt::TextWordWrap, cells.at( c ) );
        x += widths.value( c );
      }
      if ( header )
      {
        mPainter.setPen( QPen( kText, mm( 0.25 ) ) );
        mPainter.drawLine( QPointF( mBody.left(), mY + h ), QPointF( mBody.right(), mY + h ) );
      }
    };
    const double headerHeight = rowHeight( table.header, headerFont );
    ensure( headerHeight + rowHeight( table.rows.value( 0 ), cellFont ) );
    drawRow( table.header, headerFont, headerHeight, true, false );
    mY += headerHeight;
    int index = 0;
    for ( const QStringList &row : table.rows )
    {
      const double h = rowHeight( row, cellFont );
      if ( remaining() < h )
      {
        newPage();
        drawRow( table.header, headerFont, headerHeight, true, false ); // the header again on the new page
        mY += headerHeight;
      }
      drawRow( row, cellFont, h, false, index++ % 2 == 1 );
      mY += h;
    }
    mY += mm( 4 );
  }

  void place( const Chart &chart )
  {
    const double height = mm( chart.heightMm );
    ensure( height );
    if ( mDraw )
    {
      mPainter.save();
      chart.draw( mPainter, QRectF( mBody.left(), mY, mBody.width(), height ) );
      mPainter.restore();
    }
    mY += height + mm( 4 );
  }

  void place( const MapBlock &map )
  {
    const QFont captionFont = font( 8.5, true );
    const QFont methodFont = font( 7.5 );
    const double captionHeight = mm( 5 );
    const double methodHeight = mm( 8 ); // two lines, whatever the method says: both passes paginate alike
    const double height =
      std::min( mm( map.heightMm ), mBody.height() - captionHeight - methodHeight - mm( 4 ) );
    ensure( captionHeight + height + methodHeight );
    const QRectF frame( mBody.left(), mY + captionHeight, mBody.width(), height );
    if ( mDraw )
    {
      mPainter.setFont( captionFont );
      mPainter.setPen( kText );
      mPainter.drawText( QRectF( mBody.left(), mY, mBody.width(), captionHeight ),
                         Qt::AlignLeft | Qt::AlignTop, map.caption );
      QString method;
      if ( prepareMap )
      {
        MapToDraw prepared = prepareMap( map );
        if ( prepared.error.isEmpty() )
        {
          drawMap( prepared, frame );
          method = prepared.method;
        }
        else
        {
          mPainter.setPen( QPen( kRule, mm( 0.2 ) ) );
          mPainter.drawRect( frame );
          mPainter.setPen( kMuted );
          mPainter.setFont( font( 9, false, true ) );
          mPainter.drawText( frame.adjusted( mm( 5 ), mm( 5 ), -mm( 5 ), -mm( 5 ) ),
                             Qt::AlignCenter | Qt::TextWordWrap, prepared.error );
        }
      }
      mPainter.setFont( methodFont );
      mPainter.setPen( kMuted );
      mPainter.drawText( QRectF( mBody.left(), frame.bottom() + mm( 1 ), mBody.width(), methodHeight ),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, method );
    }
    mY += captionHeight + height + methodHeight + mm( 2 );
  }

  void drawMap( const MapToDraw &map, const QRectF &frame )
  {
    QgsMapSettings settings;
    settings.setLayers( map.layers );
    settings.setDestinationCrs( mProject->crs() );
    settings.setTransformContext( mProject->transformContext() );
    settings.setOutputDpi( kDpi );
    settings.setOutputSize( frame.size().toSize() );
    settings.setExtent( map.extent );
    settings.setBackgroundColor( LayerStyles::mapBackgroundColor() );
    settings.setFlag( Qgis::MapSettingsFlag::Antialiasing, true );
    settings.setFlag( Qgis::MapSettingsFlag::ForceVectorOutput, true );
    settings.setFlag( Qgis::MapSettingsFlag::UseAdvancedEffects, true );
    settings.setFlag( Qgis::MapSettingsFlag::DrawLabeling, true );
    mPainter.save();
    mPainter.setClipRect( frame );
    mPainter.fillRect( frame, LayerStyles::mapBackgroundColor() );
    mPainter.translate( frame.topLeft() );
    QgsMapRendererCustomPainterJob job( settings, &mPainter );
    job.renderSynchronously();
    mPainter.restore();
    mPainter.setPen( QPen( kMuted, mm( 0.2 ) ) );
    mPainter.drawRect( frame );
  }

  //! The running header and footer of the page being finished.
  void decorate()
  {
    if ( !mDraw || mPageNumber == 1 )
      return; // the cover has its own
    mPainter.setFont( font( 7.5 ) );
    mPainter.setPen( kMuted );
    const QRectF header( mBody.left(), mm( 10 ), mBody.width(), mm( 6 ) );
    mPainter.drawText( header, Qt::AlignLeft | Qt::AlignVCenter, runningTitle );
    mPainter.drawText( header, Qt::AlignRight | Qt::AlignVCenter, q( mReport.organisation ) );
    mPainter.setPen( QPen( kRule, mm( 0.2 ) ) );
    mPainter.drawLine( QPointF( mBody.left(), header.bottom() + mm( 1 ) ),
                       QPointF( mBody.right(), header.bottom() + mm( 1 ) ) );
    const QRectF footer( mBody.left(), mm( 297 - 14 ), mBody.width(), mm( 6 ) );
    mPainter.drawLine( QPointF( mBody.left(), footer.top() - mm( 1 ) ),
                       QPointF( mBody.right(), footer.top() - mm( 1 ) ) );
    mPainter.setFont( font( 7.5, true ) );
    mPainter.setPen( mReport.options.publicMode ? kPublic : kInternal );
    mPainter.drawText( footer, Qt::AlignLeft | Qt::AlignVCenter,
                       q( classificationText( mReport.options.publicMode, mReport.options.minCount ) ) );
    mPainter.setFont( font( 7.5 ) );
    mPainter.setPen( kMuted );
    mPainter.drawText( footer, Qt::AlignRight | Qt::AlignVCenter,
                       ReportPdf::tr( "Page %1 of %2" ).arg( mPageNumber ).arg( totalPages ) );
  }

  QPdfWriter &mWriter;
  QPainter &mPainter;
  const LagesbildReport &mReport;
  QgsProject *mProject = nullptr;
  QRectF mBody;
  double mY = 0;
  double mKeepNext = 0;
  int mPageNumber = 1;
  bool mDraw = false;
  QList<QPair<Heading, int>> mHeadingPages;
};

} // namespace

QString ReportPdf::title( const LagesbildReport &report )
{
  return tr( "Situational picture %1" ).arg( q( report.period.label() ) );
}

QString ReportPdf::write( MapSheet &sheet, const LagesbildReport &report, const QString &pdfPath,
                          const ProgressCallback &progress )
{
  const int k = report.options.minCount;
  const bool isPublic = report.options.publicMode;
  const QLocale sv( QLocale::Swedish );
  auto count = [k]( const ReportCount &c ) { return countText( c, k ); };

  // When the data was read, in the readers' time.
  const std::optional<int64_t> extractedAt = parseUtcIso( report.extractedAtUtc );
  const QString extracted =
    extractedAt ? q( stockholmDateTimeText( *extractedAt ) ) : q( report.extractedAtUtc );
  QList<Block> blocks;
  const QString periodWords = q( report.period.label() );

  // 1. Summary
  blocks << Heading{ 1, tr( "1. Summary" ) };
  blocks << Paragraph{ tr( "%1 events were reported in %2 (%3), against %4 in the previous period and %5 in "
                           "the same period last year." )
                         .arg( count( report.total ), periodWords, q( report.period.datesText() ),
                               count( report.totalPrevious ), count( report.totalLastYear ) ) };
  if ( report.highlights.empty() )
    blocks << Paragraph{
      tr( "No change stands out: no category or area changed more than chance would explain." ), true };
  for ( const Highlight &highlight : report.highlights )
    blocks << Paragraph{ q( highlight.text ) + QStringLiteral( " (" ) + q( highlight.test ) +
                           QStringLiteral( ")" ),
                         false, true };
  if ( !report.areas.empty() )
  {
    QStringList top;
    for ( std::size_t i = 0; i < report.areas.size() && top.size() < 3; ++i )
      if ( !report.areas[i].now.suppressed && report.areas[i].now.value > 0 )
        top << QStringLiteral( "%1 (%2)" ).arg( q( report.areas[i].label ), count( report.areas[i].now ) );
    if ( !top.isEmpty() )
      blocks << Paragraph{
        tr( "Areas with the most events: %1." ).arg( top.join( QStringLiteral( ", " ) ) ) };
  }

  // 2. The mapping
  blocks << Heading{ 1, tr( "2. The mapping of crime and insecurity" ) };
  blocks << Heading{ 2, tr( "Overview map" ) };
  MapBlock overview;
  overview.caption = isPublic ? tr( "All categories, aggregated" ) : tr( "All categories: heatmap" );
  overview.heightMm = 125;
  blocks << overview;
  blocks << Heading{ 2, tr( "Events per category" ) };
  blocks << Chart{ std::max( 30.0, 9.0 * report.groups.size() + 8 ),
                   [&report]( QPainter &p, const QRectF &r ) { drawCategoryBars( p, r, report ); } };
  {
    Table table;
    table.header = QStringList{ tr( "Category" ), tr( "Now" ),       tr( "Previous" ),
                                tr( "Change" ),   tr( "Last year" ), tr( "Change" ) };
    table.widths = { 0.34, 0.11, 0.13, 0.14, 0.13, 0.15 };
    table.rightAligned = { false, true, true, true, true, true };
    for ( const CategoryRow &row : report.categories )
      table.rows << QStringList{
        q( row.label ),        count( row.now ),
        count( row.previous ), percentText( row.vsPrevious, row.now.suppressed || row.previous.suppressed ),
        count( row.lastYear ), percentText( row.vsLastYear, row.now.suppressed || row.lastYear.suppressed ) };
    table.rows << QStringList{
      tr( "All" ),
      count( report.total ),
      count( report.totalPrevious ),
      percentText( report.totalVsPrevious, report.total.suppressed || report.totalPrevious.suppressed ),
      count( report.totalLastYear ),
      percentText( report.totalVsLastYear, report.total.suppressed || report.totalLastYear.suppressed ) };
    blocks << table;
    blocks << Paragraph{
      tr( "Change in the rate of events; * marks a change larger than chance explains (exact "
          "Poisson test, false discovery rate %1 % over the table)%2." )
        .arg( sv.toString( report.options.alpha * 100, 'f', 0 ),
              isPublic ? tr( "; <%1: fewer than %1 events, not shown; x: hidden so that no smaller count can "
                             "be worked out from the sums" )
                           .arg( k )
                       : QString() ),
      true };
  }
  blocks << Heading{ 2, tr( "Hour of the week" ) };
  blocks << Chart{ 62, [&report]( QPainter &p, const QRectF &r ) { drawHourWeekday( p, r, report ); } };
  blocks << Heading{ 2, tr( "Weekly trend" ) };
  blocks << Chart{ 45, [&report]( QPainter &p, const QRectF &r ) { drawWeeks( p, r, report ); } };
  blocks << Paragraph{ tr( "Events per ISO week; the dark bars are the report's period." ), true };
  if ( !report.areas.empty() )
  {
    blocks << Heading{ 2, tr( "Areas" ) };
    Table table;
    table.header =
      QStringList{ tr( "Area" ), tr( "Now" ), tr( "Per km²" ), tr( "Previous" ), tr( "Change" ) };
    table.widths = { 0.42, 0.12, 0.14, 0.14, 0.18 };
    table.rightAligned = { false, true, true, true, true };
    for ( const AreaRow &row : report.areas )
      table.rows << QStringList{
        q( row.label ), count( row.now ),
        row.perSquareKm ? sv.toString( *row.perSquareKm, 'f', 1 ) : QStringLiteral( "–" ),
        count( row.previous ), percentText( row.vsPrevious, row.now.suppressed || row.previous.suppressed ) };
    blocks << table;
    if ( report.eventsOutsideAreas > 0 )
      blocks << Paragraph{
        tr( "%n events lie in no area.", nullptr, static_cast<int>( report.eventsOutsideAreas ) ), true };
  }
  blocks << Heading{ 2, tr( "Reporting per organisation" ) };
  {
    Table table;
    table.header =
      QStringList{ tr( "Organisation" ), tr( "Events" ), tr( "Weeks reported" ), tr( "Latest report" ) };
    table.widths = { 0.44, 0.16, 0.2, 0.2 };
    table.rightAligned = { false, true, true, true };
    // Public: no week counts that would tell a hidden count (the core leaves out the dates of single events).
    for ( const OrganisationRow &row : report.organisations )
      table.rows << QStringList{
        q( row.name ).isEmpty() ? tr( "(not given)" ) : q( row.name ), count( row.events ),
        isPublic ? QStringLiteral( "–" )
                 : QStringLiteral( "%1 / %2" ).arg( row.weeksReported ).arg( row.weeksInPeriod ),
        isPublic ? QStringLiteral( "–" ) : q( row.lastReportDate ) };
    blocks << table;
  }
  if ( report.groups.size() > 1 )
  {
    blocks << Heading{ 2, tr( "Maps per category group" ) };
    for ( const CategoryRow &group : report.groups )
    {
      if ( group.now.value == 0 )
        continue;
      MapBlock map;
      map.caption = q( group.label );
      map.heightMm = 105;
      for ( const CategoryRow &category : report.categories )
        if ( category.groupCode == group.code )
          map.categories.push_back( category.code );
      if ( map.categories.empty() )
        continue;
      blocks << map;
    }
  }

  // 3. Other information
  blocks << Heading{ 1, tr( "3. Other relevant information" ) };
  blocks << Heading{ 2, tr( "Safety walks" ) };
  if ( report.walks.empty() )
    blocks << Paragraph{ tr( "No safety walk was held in the period." ), true };
  else
  {
    Table table;
    table.header = QStringList{ tr( "Walk" ),  tr( "Date" ),          tr( "Area" ),
                                tr( "Light" ), tr( "Unsafe / good" ), tr( "Found most often" ) };
    table.widths = { 0.2, 0.13, 0.15, 0.1, 0.12, 0.3 };
    table.rightAligned = { false, false, false, false, true, false };
    for ( const WalkRow &walk : report.walks )
    {
      QStringList themes;
      for ( const std::string &theme : walk.topThemes )
        themes << q( theme );
      // Public: no counts below k, and the themes (with their counts) only inside the EST group.
      auto walkCount = [&]( int n )
      { return isPublic && n > 0 && n < k ? QStringLiteral( "<%1" ).arg( k ) : QString::number( n ); };
      table.rows << QStringList{
        walk.name.empty() ? tr( "Walk %1" ).arg( walk.fid ) : q( walk.name ),
        q( walk.date ),
        q( walk.area ),
        q( walk.lightCondition ),
        QStringLiteral( "%1 / %2" ).arg( walkCount( walk.unsafe ), walkCount( walk.positive ) ),
        isPublic ? QStringLiteral( "–" ) : themes.join( QStringLiteral( ", " ) ) };
    }
    blocks << table;
  }
  blocks << Heading{ 2, tr( "The coordinator's notes" ) };
  if ( isPublic )
    blocks << Paragraph{ tr( "Notes are not published." ), true };
  else if ( report.notes.empty() )
    blocks << Paragraph{ tr( "No notes for this period." ), true };
  for ( const std::string &note : report.notes )
    blocks << Paragraph{ q( note ) };

  // 4. Analysis
  blocks << Heading{ 1, tr( "4. Analysis" ) };
  blocks << Heading{ 2, tr( "Hot spots" ) };
  if ( report.hotSpots && isPublic )
    blocks << Paragraph{ tr( "Hot spots are not published: the aggregated maps show where events gather." ),
                         true };
  else if ( report.hotSpots )
  {
    const HotSpotSummary &h = *report.hotSpots;
    blocks << Paragraph{ tr( "%1. Hot cells: %2 at 99 %, %3 at 95 %, %4 at 90 %; cold cells: %5, %6, %7." )
                           .arg( q( h.parametersText ) )
                           .arg( h.hot99 )
                           .arg( h.hot95 )
                           .arg( h.hot90 )
                           .arg( h.cold99 )
                           .arg( h.cold95 )
                           .arg( h.cold90 ) };
    if ( !h.hotAreas.empty() )
    {
      QStringList areas;
      for ( const std::string &a : h.hotAreas )
        areas << q( a );
      blocks << Paragraph{ tr( "Hot spots lie in: %1." ).arg( areas.join( QStringLiteral( ", " ) ) ) };
    }
    if ( !isPublic )
    {
      MapBlock map;
      map.caption = tr( "Hot spots (Gi*)" );
      map.heightMm = 110;
      map.shows = MapShows::HotSpots;
      blocks << map;
    }
  }
  else
    blocks << Paragraph{ tr( "No hot-spot analysis: too few events in the period (see the limits below)." ),
                         true };
  blocks << Heading{ 2, tr( "Clusters" ) };
  if ( report.clusters )
  {
    const ReportClusterSummary &c = *report.clusters;
    QStringList sizes;
    for ( int64_t size : c.largestSizes )
      sizes << QString::number( size );
    blocks << Paragraph{
      tr( "%1: %2 clusters with %3 events in all%4." )
        .arg( q( c.parametersText ) )
        .arg( c.clusters )
        .arg( c.clusteredEvents )
        .arg( sizes.isEmpty() ? QString()
                              : tr( "; the largest: %1" ).arg( sizes.join( QStringLiteral( ", " ) ) ) ) };
  }
  else
    blocks << Paragraph{ tr( "No cluster analysis for the period." ), true };
  blocks << Heading{ 2, tr( "Sources and their limits" ) };
  {
    QStringList sources;
    for ( const auto &[source, c] : report.sources )
      sources << QStringLiteral( "%1 (%2)" ).arg( q( sourceNameSv( source ) ), count( c ) );
    blocks << Paragraph{
      tr( "Sources: %1. Data extracted %2." ).arg( sources.join( QStringLiteral( ", " ) ), extracted ) };
  }
  for ( const std::string &limit : report.limits )
    blocks << Paragraph{ q( limit ), false, true };

  // 5. Follow-up
  blocks << Heading{ 1, tr( "5. Follow-up" ) };
  blocks << Heading{ 2, tr( "Actions" ) };
  if ( report.actionsByStatus.empty() )
    blocks << Paragraph{ tr( "No actions are recorded in the project yet." ), true };
  else
  {
    Table table;
    table.header = QStringList{ tr( "Status" ), tr( "Actions" ) };
    table.widths = { 0.6, 0.4 };
    table.rightAligned = { false, true };
    for ( const auto &[status, n] : report.actionsByStatus )
      table.rows << QStringList{ q( status ), QString::number( n ) };
    blocks << table;
  }
  if ( !report.overdueActions.empty() )
  {
    blocks << Heading{ 2, tr( "Overdue actions" ) };
    Table table;
    table.header = QStringList{ tr( "Action" ), tr( "Responsible" ), tr( "Status" ), tr( "Deadline" ) };
    table.widths = { 0.4, 0.25, 0.15, 0.2 };
    for ( const ActionRow &action : report.overdueActions )
      table.rows << QStringList{ action.title.empty() ? tr( "(not published)" ) : q( action.title ),
                                 q( action.responsible ), q( action.status ), q( action.deadline ) };
    blocks << table;
  }
  if ( !report.priorities.empty() )
  {
    blocks << Heading{ 2, tr( "Priorities" ) };
    Table table;
    table.header = QStringList{ tr( "Period" ), tr( "Rank" ), tr( "Area" ), tr( "Problem and goal" ),
                                tr( "Actions done" ) };
    table.widths = { 0.12, 0.08, 0.2, 0.45, 0.15 };
    table.rightAligned = { false, true, false, false, true };
    for ( const PriorityRow &p : report.priorities )
    {
      QString problem = p.problem.empty() ? tr( "(not published)" ) : q( p.problem );
      if ( !p.goal.empty() )
        problem += QStringLiteral( " " ) + tr( "Goal: %1" ).arg( q( p.goal ) );
      table.rows << QStringList{ q( p.periodLabel ), p.rank > 0 ? QString::number( p.rank ) : QString(),
                                 q( p.area ), problem,
                                 tr( "%1 of %2" ).arg( p.actionsDone ).arg( p.actions ) };
    }
    blocks << table;
  }
  blocks << Heading{ 2, tr( "Interventions and their evaluation" ) };
  if ( report.interventions.empty() )
    blocks << Paragraph{ tr( "No intervention (insats) is recorded in the project for the period." ), true };
  else
  {
    Table table;
    table.header =
      QStringList{ tr( "Intervention" ), tr( "Area" ), tr( "Period" ), tr( "Status" ), tr( "Evaluation" ) };
    table.widths = { 0.2, 0.14, 0.16, 0.1, 0.4 };
    for ( const InterventionRow &i : report.interventions )
      table.rows << QStringList{ i.title.empty() ? q( i.kind )
                                                 : q( i.title ) + QStringLiteral( " (" ) + q( i.kind ) +
                                                     QStringLiteral( ")" ),
                                 q( i.area ), q( i.period ), q( i.status ), q( i.evaluation ) };
    blocks << table;
  }
  blocks << Heading{ 2, tr( "The citizen promise" ) };
  if ( report.promiseTitle.empty() )
    blocks << Paragraph{ tr( "No citizen promise (medborgarlöfte) is recorded in the project for the year." ),
                         true };
  else
  {
    blocks << Paragraph{ q( report.promiseTitle ) };
    Table table;
    table.header =
      QStringList{ tr( "Activity" ), tr( "Owner" ), tr( "Planned" ), tr( "Status" ), tr( "Carried out by" ) };
    table.widths = { 0.32, 0.16, 0.24, 0.12, 0.16 };
    for ( const PromiseActivityRow &a : report.promiseActivities )
      table.rows << QStringList{ q( a.title ), q( a.owner ), q( a.planned ), q( a.status ),
                                 a.linked == 0 ? tr( "nothing linked" )
                                               : tr( "%1 of %2 done" ).arg( a.linkedDone ).arg( a.linked ) };
    blocks << table;
  }

  // ----- write
  // ------------------------------------------------------------------------------------------------
  const QFileInfo target( pdfPath );
  if ( !target.absoluteDir().exists() )
    return tr( "Could not write %1: the folder does not exist." ).arg( pdfPath );
  QTemporaryFile temporary(
    target.absoluteDir().filePath( QStringLiteral( ".%1-XXXXXX.pdf" ).arg( target.completeBaseName() ) ) );
  if ( !temporary.open() )
    return tr( "Could not write %1: %2" ).arg( pdfPath, temporary.errorString() );
  temporary.close();

  bool cancelled = false;
  {
    QPdfWriter writer( temporary.fileName() );
    writer.setResolution( kDpi );
    writer.setPageSize( QPageSize( QPageSize::A4 ) );
    writer.setPageMargins( QMarginsF( 0, 0, 0, 0 ) );
    writer.setTitle( title( report ) );
    writer.setCreator( report.organisation.empty()
                         ? QStringLiteral( "Tryggkarta" )
                         : q( report.organisation ) + QStringLiteral( " (Tryggkarta)" ) );
    QPainter painter;
    if ( !painter.begin( &writer ) )
      return tr( "Could not write %1." ).arg( pdfPath );
    Renderer renderer( writer, painter, report, sheet.project() );
    renderer.runningTitle = title( report ) + QStringLiteral( " · " ) + q( report.period.datesText() );

    renderer.prepareMap = [&]( const MapBlock &map )
    {
      MapToDraw result;
      MapContent content;
      content.shows = map.shows;
      content.publicMode = isPublic;
      content.period = report.period;
      content.selection.fromUtc = report.period.fromUtc;
      content.selection.untilUtc = report.period.untilUtc;
      // Counted as the tables count: an interval where its midpoint falls.
      content.selection.intervalRule = IntervalRule::Midpoint;
      content.selection.categories = map.categories;
      if ( report.options.area )
        content.selection.area = report.options.area;
      content.extractedAtUtc = report.extractedAtUtc;
      PrintMapOptions options;
      const Status prepared = sheet.prepare( content, options );
      if ( !prepared )
      {
        result.error = prepared.error().code == MessageCode::ReportNoEvents
                         ? tr( "No events of these categories in the period." )
                         : CoreMessages::text( prepared.error() );
        return result;
      }
      result.layers = options.layers;
      result.extent = options.extent;
      result.method = options.methodText;
      return result;
    };

    // Pass 1: where the headings fall and how many pages there are (the cover and the contents are 1 and 2).
    renderer.totalPages = renderer.run( blocks, false, 3, {}, &cancelled );
    const QList<QPair<Heading, int>> headings = renderer.headingPages();

    // The cover.
    const double left = mm( 20 );
    painter.setPen( kAccent );
    painter.setFont( font( 28, true ) );
    painter.drawText( QRectF( left, mm( 70 ), mm( 170 ), mm( 30 ) ), Qt::TextWordWrap, title( report ) );
    painter.setPen( kText );
    painter.setFont( font( 14 ) );
    painter.drawText( QRectF( left, mm( 100 ), mm( 170 ), mm( 10 ) ), Qt::AlignLeft,
                      q( report.period.reportKindName() ) + QStringLiteral( " · " ) +
                        q( report.period.datesText() ) );
    painter.setFont( font( 11 ) );
    painter.setPen( kMuted );
    QStringList coverLines;
    if ( !report.organisation.empty() )
      coverLines << q( report.organisation );
    if ( !report.areaLabel.empty() )
      coverLines << tr( "Area: %1" ).arg( q( report.areaLabel ) );
    coverLines << tr( "Data extracted %1" ).arg( extracted );
    coverLines << tr( "Made with Tryggkarta" );
    painter.drawText( QRectF( left, mm( 115 ), mm( 170 ), mm( 40 ) ), Qt::TextWordWrap,
                      coverLines.join( QLatin1Char( '\n' ) ) );
    painter.setFont( font( 8.5 ) );
    painter.drawText(
      QRectF( left, mm( 170 ), mm( 170 ), mm( 60 ) ), Qt::TextWordWrap,
      tr( "A situational picture under the Act on municipalities' responsibility for crime "
          "prevention (2023:196), 4 §: a mapping of crime and insecurity, its extent and "
          "consequences, other relevant information and an analysis, followed by the follow-up "
          "of actions." ) );
    painter.setFont( font( 11, true ) );
    painter.setPen( isPublic ? kPublic : kInternal );
    painter.drawText( QRectF( left, mm( 250 ), mm( 170 ), mm( 10 ) ), Qt::AlignLeft,
                      q( classificationText( isPublic, k ) ) );
    if ( report.syntheticData )
    {
      painter.setFont( font( 10, true ) );
      painter.setPen( QColor( 0x6b, 0x4a, 0x00 ) );
      painter.drawText( QRectF( left, mm( 260 ), mm( 170 ), mm( 10 ) ), Qt::TextWordWrap,
                        q( syntheticNote( true ) ) );
    }
    writer.newPage();

    // The contents.
    painter.setFont( font( 16, true ) );
    painter.setPen( kAccent );
    painter.drawText( QRectF( left, mm( 22 ), mm( 170 ), mm( 10 ) ), Qt::AlignLeft, tr( "Contents" ) );
    double y = mm( 36 );
    for ( const auto &[heading, page] : headings )
    {
      painter.setFont( font( heading.level == 1 ? 10.5 : 9.5, heading.level == 1 ) );
      painter.setPen( heading.level == 1 ? kText : kMuted );
      const double indent = heading.level == 1 ? 0 : mm( 6 );
      const QRectF line( left + indent, y, mm( 170 ) - indent, mm( 6 ) );
      painter.drawText( line, Qt::AlignLeft | Qt::AlignVCenter, heading.text );
      painter.drawText( line, Qt::AlignRight | Qt::AlignVCenter, QString::number( page ) );
      y += heading.level == 1 ? mm( 7.5 ) : mm( 6 );
    }
    renderer.decoratePage( 2 );
    writer.newPage();

    // Pass 2: the body, each map made as it is reached.
    renderer.run( blocks, true, 3, progress, &cancelled );
    painter.end();
  }
  if ( cancelled )
    return tr( "The report was cancelled; nothing was written." );
  QFile::remove( pdfPath );
  if ( !QFile::rename( temporary.fileName(), pdfPath ) )
    return tr( "Could not write %1." ).arg( pdfPath );
  temporary.setAutoRemove( false );
  return QString();
}

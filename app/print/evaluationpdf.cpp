#include "evaluationpdf.h"

#include "actionstore.h"
#include "coremessages.h"
#include "layoutflow.h"
#include "mapcontent.h"
#include "sheetstyle.h"
#include "walkkitpdf.h"

#include <qgsproject.h>

#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

QString num( double value, int decimals )
{
  return q( swedishNumber( value, decimals ) );
}

QString change( double before, double after )
{
  return QStringLiteral( "%1 → %2" ).arg( num( before, 0 ), num( after, 0 ) );
}

const QColor kTargetColour( 0x1f, 0x4e, 0x9c );
const QColor kComparisonColour( 0xd3, 0x7a, 0x1f );
const QColor kBufferColour( 0x6b, 0x72, 0x7a );

//! The position of a date on the chart's axis, in weeks from the first week's Monday.
double weekPosition( const EvaluationResult &result, const std::string &date, bool endOfDay )
{
  if ( result.weeks.weekStarts.empty() )
    return 0;
  const auto first = QDate::fromString( q( result.weeks.weekStarts.front() ), Qt::ISODate );
  const auto day = QDate::fromString( q( date ), Qt::ISODate );
  return ( first.daysTo( day ) + ( endOfDay ? 1 : 0 ) ) / 7.0;
}
} // namespace

QString EvaluationPdf::title( const EvaluationResult &result )
{
  const QString what =
    result.interventionTitle.empty()
      ? q( result.targetName )
      : QStringLiteral( "%1 (%2)" ).arg( q( result.interventionTitle ), q( result.targetName ) );
  return tr( "Evaluation: %1" ).arg( what );
}

QStringList EvaluationPdf::tableHeader( bool withBuffer )
{
  QStringList header{ tr( "Group" ), tr( "Target before → after" ), tr( "Comparison before → after" ) };
  if ( withBuffer )
    header << tr( "Buffer before → after" );
  header << tr( "DiD" ) << tr( "RES (95 % CI)" ) << tr( "WDD (SE; 95 % CI)" );
  if ( withBuffer )
    header << tr( "WDQ" );
  return header;
}

QList<QStringList> EvaluationPdf::tableRows( const EvaluationResult &result )
{
  QList<QStringList> rows;
  const bool withBuffer = result.settings.bufferMeters.has_value();
  auto row = [&]( const EvaluationGroup &group )
  {
    const EvaluationStatistics &s = group.stats;
    const EvaluationCounts &n = s.counts;
    QStringList cells{ group.code.empty() ? tr( "Total" ) : q( group.label ), change( n.a, n.b ),
                       change( n.c, n.d ) };
    if ( withBuffer )
      cells << ( n.hasBuffer() ? change( *n.e, *n.f ) : QStringLiteral( "–" ) );
    cells << num( s.did.did, 1 );
    cells << ( s.res.computed() ? QStringLiteral( "%1 (%2–%3)" )
                                    .arg( num( s.res.res, 2 ), num( s.res.lower, 2 ), num( s.res.upper, 2 ) )
                                : tr( "not computed¹" ) );
    cells << QStringLiteral( "%1 (%2; %3 till %4)" )
               .arg( num( s.wdd.wdd, 1 ), num( s.wdd.se, 1 ), num( s.wdd.lower, 1 ), num( s.wdd.upper, 1 ) );
    if ( withBuffer )
    {
      if ( s.wdq.computed() )
        cells << QStringLiteral( "%1: %2" ).arg( num( s.wdq.wdq, 2 ), q( wdqReadingSv( s.wdq.reading ) ) );
      else
        cells << tr( "not computed¹" );
    }
    rows << cells;
  };
  row( result.total );
  for ( const EvaluationGroup &group : result.groups )
    row( group );
  return rows;
}

void EvaluationPdf::paintChart( QPainter &p, const QRectF &rect, const EvaluationResult &result,
                                double scale )
{
  const EvaluationWeeks &weeks = result.weeks;
  p.save();
  p.setRenderHint( QPainter::Antialiasing );
  QFont font = p.font();
  font.setPointSizeF( 7 );
  p.setFont( font );
  const QFontMetricsF metrics( font, p.device() );
  const double lineHeight = metrics.height();
  const QRectF plot = rect.adjusted( metrics.horizontalAdvance( QStringLiteral( "0000" ) ) + 4 * scale,
                                     lineHeight * 1.6, -4 * scale, -lineHeight * 1.5 );
  const int n = static_cast<int>( weeks.target.size() );
  double top = 1;
  for ( const auto *series : { &weeks.target, &weeks.comparison, &weeks.buffer } )
    for ( double v : *series )
      top = std::max( top, v );
  // A round top: 1, 2, 5 × 10^k steps.
  const double rawStep = top / 4;
  const double magnitude = std::pow( 10, std::floor( std::log10( rawStep ) ) );
  double step = magnitude;
  for ( double m : { 1.0, 2.0, 5.0, 10.0 } )
    if ( m * magnitude >= rawStep )
    {
      step = std::max( 1.0, m * magnitude );
      break;
    }
  top = std::ceil( top / step ) * step;
  const double span = std::max( 1, n );
  auto xOf = [&]( double weekPos ) { return plot.left() + plot.width() * weekPos / span; };
  auto yOf = [&]( double value ) { return plot.bottom() - plot.height() * value / top; };

  // The periods.
  const double beforeFrom = weekPosition( result, result.settings.before.from, false );
  const double beforeUntil = weekPosition( result, result.settings.before.until, true );
  const double afterFrom = weekPosition( result, result.settings.after.from, false );
  const double afterUntil = weekPosition( result, result.settings.after.until, true );
  p.fillRect(
    QRectF( QPointF( xOf( beforeFrom ), plot.top() ), QPointF( xOf( beforeUntil ), plot.bottom() ) ),
    QColor( 0xee, 0xee, 0xee ) );
  p.fillRect( QRectF( QPointF( xOf( afterFrom ), plot.top() ), QPointF( xOf( afterUntil ), plot.bottom() ) ),
              QColor( 0xdf, 0xf0, 0xdf ) );
  p.setPen( SheetStyle::kMuted );
  p.drawText( QRectF( xOf( beforeFrom ), plot.top(), xOf( beforeUntil ) - xOf( beforeFrom ), lineHeight ),
              Qt::AlignCenter, tr( "Before" ) );
  p.setPen( QColor( 0x1d, 0x6b, 0x3a ) );
  const QString afterLabel = result.interventionTitle.empty() ? tr( "After" ) : tr( "After (intervention)" );
  p.drawText( QRectF( xOf( afterFrom ), plot.top(), xOf( afterUntil ) - xOf( afterFrom ), lineHeight ),
              Qt::AlignCenter, afterLabel );

  // Grid and axis.
  p.setPen( QPen( SheetStyle::kRule, 0.5 * scale ) );
  for ( double v = 0; v <= top + 1e-9; v += step )
  {
    p.drawLine( QPointF( plot.left(), yOf( v ) ), QPointF( plot.right(), yOf( v ) ) );
    p.save();
    p.setPen( SheetStyle::kMuted );
    p.drawText(
      QRectF( rect.left(), yOf( v ) - lineHeight / 2, plot.left() - rect.left() - 2 * scale, lineHeight ),
      Qt::AlignRight | Qt::AlignVCenter, num( v, 0 ) );
    p.restore();
  }
  const int labelEvery = std::max( 1, static_cast<int>( std::ceil( n / 12.0 ) ) );
  p.setPen( SheetStyle::kMuted );
  for ( int i = 0; i < n; i += labelEvery )
  {
    const QString label =
      q( weeks.labels[static_cast<size_t>( i )] ).replace( QStringLiteral( "-W" ), QStringLiteral( " v" ) );
    p.drawText(
      QRectF( xOf( i ) - 30 * scale, plot.bottom() + 1, xOf( 1 ) - xOf( 0 ) + 60 * scale, lineHeight ),
      Qt::AlignHCenter | Qt::AlignTop, label );
  }

  // The series, at the middle of each week.
  auto line = [&]( const std::vector<double> &values, const QColor &colour, Qt::PenStyle style )
  {
    if ( values.empty() )
      return;
    QPainterPath path;
    for ( size_t i = 0; i < values.size(); ++i )
    {
      const QPointF point( xOf( static_cast<double>( i ) + 0.5 ), yOf( values[i] ) );
      if ( i == 0 )
        path.moveTo( point );
      else
        path.lineTo( point );
    }
    p.setPen( QPen( colour, 1.4 * scale, style ) );
    p.setBrush( Qt::NoBrush );
    p.drawPath( path );
  };
  line( weeks.buffer, kBufferColour, Qt::DashLine );
  line( weeks.comparison, kComparisonColour, Qt::SolidLine );
  line( weeks.target, kTargetColour, Qt::SolidLine );

  // Legend above the plot.
  double x = plot.left();
  auto legend = [&]( const QString &text, const QColor &colour, Qt::PenStyle style )
  {
    const double y = rect.top() + lineHeight / 2;
    p.setPen( QPen( colour, 1.6 * scale, style ) );
    p.drawLine( QPointF( x, y ), QPointF( x + 14 * scale, y ) );
    p.setPen( SheetStyle::kText );
    const QRectF box( x + 17 * scale, rect.top(), metrics.horizontalAdvance( text ) + 2, lineHeight );
    p.drawText( box, Qt::AlignLeft | Qt::AlignVCenter, text );
    x = box.right() + 10 * scale;
  };
  legend( tr( "Target: %1" ).arg( q( result.targetName ) ), kTargetColour, Qt::SolidLine );
  legend( tr( "Comparison: %1" ).arg( q( result.comparisonName ) ), kComparisonColour, Qt::SolidLine );
  if ( !weeks.buffer.empty() )
    legend( tr( "Buffer %1 m" ).arg( num( *result.settings.bufferMeters, 0 ) ), kBufferColour, Qt::DashLine );
  p.restore();
}

QString EvaluationPdf::write( const EvaluationResult &result, bool synthetic, const QString &pdfPath,
                              const ProgressCallback &progress, const QDate &printDate )
{
  const QString problem = LayoutFlow::checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  QgsProject project;
  FlowMargins margins;
  LayoutFlow flow( &project, title( result ), margins );
  const QString classification = q( classificationText( false, 0 ) );
  flow.titleBlock( title( result ), classification, q( syntheticNote( synthetic ) ) );

  const EvaluationSettings &s = result.settings;
  QList<QPair<QString, QString>> facts;
  if ( !result.interventionTitle.empty() )
    facts << qMakePair( tr( "Intervention" ),
                        QStringLiteral( "%1 (%2)" )
                          .arg( q( result.interventionTitle ),
                                q( tryggkarta::actionKindLabelSv( result.interventionKind ) ) ) );
  facts << qMakePair( tr( "Target area" ), q( result.targetName ) );
  facts << qMakePair( tr( "Comparison area" ), q( result.comparisonName ) );
  facts << qMakePair( tr( "Buffer" ),
                      s.bufferMeters
                        ? tr( "a ring of %1 m around the target area" ).arg( num( *s.bufferMeters, 0 ) )
                        : tr( "none" ) );
  facts << qMakePair(
    tr( "Before" ),
    tr( "%1 – %2 (%3 days)" ).arg( q( s.before.from ), q( s.before.until ) ).arg( s.before.days() ) );
  facts << qMakePair(
    tr( "After" ),
    tr( "%1 – %2 (%3 days)" ).arg( q( s.after.from ), q( s.after.until ) ).arg( s.after.days() ) );
  QStringList categories;
  for ( const std::string &c : s.categories )
    categories << q( c );
  facts << qMakePair( tr( "Categories" ),
                      categories.isEmpty() ? tr( "all" ) : categories.join( QStringLiteral( ", " ) ) );
  QString method =
    tr( "Incidents at the midpoint of their time, counted inside each area. RES = (a·d)/(b·c) with "
        "Var(ln RES) = 1/a+1/b+1/c+1/d (Welsh & Farrington); WDD = ΔT − ΔC + ΔD − ΔC with the "
        "sum of the counts as its variance (Wheeler & Ratcliffe 2018); WDQ after Bowers & Johnson "
        "(2003). RES above 1 and a negative WDD mean the target fared better." );
  if ( s.before.days() != s.after.days() )
    method +=
      QLatin1Char( ' ' ) + tr( "The periods differ in length: after counts are scaled by %1 in DiD and WDD." )
                             .arg( num( result.total.stats.counts.afterScale(), 3 ) );
  facts << qMakePair( tr( "Method" ), method );
  flow.facts( facts, 34 );
  if ( !reportProgress( progress, 0.2 ) )
    return tr( "Printing was cancelled; nothing was written." );

  const bool withBuffer = s.bufferMeters.has_value();
  FlowTable table;
  table.header = tableHeader( withBuffer );
  table.rows = tableRows( result );
  table.fontPoints = 6.5;
  if ( withBuffer )
  {
    table.widths = { 0.15, 0.09, 0.1, 0.09, 0.06, 0.14, 0.2, 0.17 };
    table.rightAligned = { false, true, true, true, true, true, true, false };
  }
  else
  {
    table.widths = { 0.2, 0.13, 0.14, 0.09, 0.19, 0.25 };
    table.rightAligned = { false, true, true, true, true, true };
  }
  flow.heading( tr( "Result per category group and in total" ), 10, 20 );
  flow.table( table );
  bool refused = false;
  for ( const QStringList &row : table.rows )
    for ( const QString &cell : row )
      refused = refused || cell.endsWith( QStringLiteral( "¹" ) );
  if ( refused )
    flow.paragraph(
      tr( "¹ Not computed: one of the counts is 0 (RES needs an event in each of the four counts, WDQ "
          "in each of the six), or for the WDQ the target changed exactly as the comparison area "
          "did. Groups without any event are left out." ),
      LayoutFlow::font( 7, false, true ), SheetStyle::kMuted );

  flow.heading( tr( "In plain words" ), 10, 15 );
  for ( const std::string &sentence : result.sentences )
    flow.paragraph( q( sentence ), LayoutFlow::font( 8.5 ), SheetStyle::kText, -1, 0, 0.8 );

  // The weekly chart, painted into an image (300 dpi) placed on the page.
  QTemporaryDir chartDir;
  const double chartHeight = std::min( 75.0, std::max( 40.0, flow.remaining() - 12 ) );
  flow.heading( tr( "Events per week" ), 10, chartHeight );
  const double dotsPerMm = 300 / 25.4;
  QImage image( static_cast<int>( flow.width() * dotsPerMm ), static_cast<int>( chartHeight * dotsPerMm ),
                QImage::Format_ARGB32 );
  image.setDotsPerMeterX( static_cast<int>( dotsPerMm * 1000 ) );
  image.setDotsPerMeterY( static_cast<int>( dotsPerMm * 1000 ) );
  image.fill( Qt::white );
  {
    QPainter painter( &image );
    paintChart( painter, QRectF( 0, 0, image.width(), image.height() ), result, 300.0 / 96 );
  }
  const QString chartFile = chartDir.filePath( QStringLiteral( "weeks.png" ) );
  if ( !chartDir.isValid() || !image.save( chartFile ) )
    return tr( "The chart could not be drawn." );
  flow.ensure( chartHeight );
  flow.picture( QRectF( flow.left(), flow.y(), flow.width(), chartHeight ), chartFile );
  flow.advance( chartHeight + 2 );
  if ( !reportProgress( progress, 0.4 ) )
    return tr( "Printing was cancelled; nothing was written." );

  const QString printed = ( printDate.isValid() ? printDate : WalkKitPdf::today() ).toString( Qt::ISODate );
  // The footer names the areas only: the full title would wrap past the footer's lines.
  const QString name =
    tr( "Evaluation: %1 against %2" ).arg( q( result.targetName ), q( result.comparisonName ) );
  flow.decoratePages(
    [&]( int page, int pages )
    {
      flow.footer( name, classification, SheetStyle::kInternal,
                   tr( "Page %1 of %2" ).arg( page + 1 ).arg( pages ) + QStringLiteral( "\n" ) +
                     tr( "Printed %1" ).arg( printed ) );
    } );
  return flow.write( pdfPath, title( result ), QStringLiteral( "Tryggkarta" ), progress, 0.4 );
}

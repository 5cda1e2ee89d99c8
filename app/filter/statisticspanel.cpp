#include "statisticspanel.h"

#include "charts.h"
#include "coremessages.h"
#include "datetimeparser.h"
#include "hotspots.h"

#include <QCheckBox>
#include <QDate>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>
#include <unordered_map>

using tryggkarta::ChangeDirection;
using tryggkarta::CountChange;
using tryggkarta::Period;

namespace
{

using tryggkarta::kSecondsPerDay;
//! Periods longer than this are shown per month rather than per week.
constexpr int64_t kWeeklyLimitSeconds = 370 * kSecondsPerDay;

//! The most lines a name in the tables wraps to; a name longer still is cut (…) with the whole in its
//! tooltip.
constexpr int kMaxLabelLines = 3;
//! Names up to this many characters should fit on one line before the optional percentage column is shown.
constexpr int kComfortableLabelChars = 24;

bool isVowel( QChar c )
{
  return QStringLiteral( "aeiouyåäöéüæø" ).contains( c.toLower() );
}

/**
 * Where a Swedish word may be hyphenated: before the consonant or consonant cluster that begins a syllable,
 * the longest of a run of consonants between vowels that can begin a Swedish word ("han-del",
 * "ordnings-störning", "otrygghets-skapande"). Positions are indices the second part starts at.
 */
QList<int> syllableBreaks( const QString &word )
{
  static const QStringList onsets = {
    QStringLiteral( "str" ), QStringLiteral( "skr" ), QStringLiteral( "spr" ), QStringLiteral( "spl" ),
    QStringLiteral( "st" ),  QStringLiteral( "sk" ),  QStringLiteral( "sp" ),  QStringLiteral( "sl" ),
    QStringLiteral( "sm" ),  QStringLiteral( "sn" ),  QStringLiteral( "sv" ),  QStringLiteral( "tr" ),
    QStringLiteral( "kr" ),  QStringLiteral( "pr" ),  QStringLiteral( "br" ),  QStringLiteral( "dr" ),
    QStringLiteral( "gr" ),  QStringLiteral( "fr" ),  QStringLiteral( "pl" ),  QStringLiteral( "kl" ),
    QStringLiteral( "bl" ),  QStringLiteral( "gl" ),  QStringLiteral( "fl" ),  QStringLiteral( "tv" ),
    QStringLiteral( "kv" ),  QStringLiteral( "sj" ),  QStringLiteral( "tj" ),  QStringLiteral( "kj" ) };
  QList<int> breaks;
  const QString lower = word.toLower();
  for ( int vowel = 1; vowel < lower.size(); ++vowel )
  {
    if ( !isVowel( lower[vowel] ) )
      continue;
    int start = vowel; // the consonants before this vowel, back to the vowel before them
    while ( start > 0 && lower[start - 1].isLetter() && !isVowel( lower[start - 1] ) )
      --start;
    if ( start == vowel || start == 0 || !isVowel( lower[start - 1] ) )
      continue;
    int onset = vowel - 1; // a single consonant always begins a syllable; a longer onset if the run has one
    for ( int from = start; from < vowel - 1; ++from )
      if ( onsets.contains( lower.mid( from, vowel - from ) ) )
      {
        onset = from;
        break;
      }
    breaks << onset;
  }
  return breaks;
}

/**
 * A name broken into lines of at most width pixels: at spaces, after a slash, and a word wider than a line
 * (a Swedish compound such as "Otrygghetsskapande") with a hyphen where it must. At most maxLines lines; what
 * does not fit is cut with "…" at the end of the last. Lines are joined by QChar::LineSeparator.
 */
QString wrapLabel( const QString &text, const QFontMetrics &metrics, int width, int maxLines )
{
  if ( width <= 0 || metrics.horizontalAdvance( text ) <= width )
    return text;
  // The pieces a line may end after: words with their separator.
  QStringList pieces;
  QString piece;
  for ( const QChar c : text )
  {
    piece += c;
    if ( c.isSpace() || c == QLatin1Char( '/' ) )
    {
      pieces << piece;
      piece.clear();
    }
  }
  if ( !piece.isEmpty() )
    pieces << piece;

  QStringList lines;
  QString line;
  for ( int i = 0; i < pieces.size(); ++i )
  {
    QString next = pieces[i];
    if ( metrics.horizontalAdvance( ( line + next ).trimmed() ) <= width )
    {
      line += next;
      continue;
    }
    if ( !line.trimmed().isEmpty() )
    {
      lines << line.trimmed();
      line.clear();
    }
    // A word wider than a whole line: hyphenated between syllables as far along as the line allows
    // ("Ordningsstör-ning"), at least three letters on each side; where no syllable break fits, where the
    // line is full.
    constexpr int kMinPart = 3;
    while ( metrics.horizontalAdvance( next.trimmed() ) > width && next.trimmed().size() >= 2 * kMinPart )
    {
      const int letters = next.trimmed().size();
      auto fitsLine = [&]( int keep )
      { return metrics.horizontalAdvance( next.left( keep ) + QLatin1Char( '-' ) ) <= width; };
      int keep = 0;
      const QList<int> syllables = syllableBreaks( next.trimmed() );
      for ( auto it = syllables.crbegin(); it != syllables.crend() && keep == 0; ++it )
        if ( *it >= kMinPart && letters - *it >= kMinPart && fitsLine( *it ) )
          keep = *it;
      if ( keep == 0 )
      {
        keep = letters - kMinPart;
        while ( keep > kMinPart && !fitsLine( keep ) )
          --keep;
      }
      lines << next.left( keep ) + QLatin1Char( '-' );
      next = next.mid( keep );
    }
    line = next;
  }
  if ( !line.trimmed().isEmpty() )
    lines << line.trimmed();
  if ( lines.size() > maxLines )
  {
    // The rest on the last line, cut to fit.
    const QString rest = QStringList( lines.mid( maxLines - 1 ) ).join( QLatin1Char( ' ' ) );
    lines = lines.mid( 0, maxLines - 1 );
    lines << metrics.elidedText( rest, Qt::ElideRight, width );
  }
  return lines.join( QChar::LineSeparator );
}

/**
 * The name column of the tables: a category or area name wraps onto more lines (kMaxLabelLines at most)
 * rather than being cut in a narrow dock; only a name longer still is cut, with the whole in its tooltip.
 * Row heights follow the column's width.
 */
class WrappingLabelDelegate : public QStyledItemDelegate
{
public:
  explicit WrappingLabelDelegate( QTreeView *view ) : QStyledItemDelegate( view ), mView( view ) {}

  QSize sizeHint( const QStyleOptionViewItem &option, const QModelIndex &index ) const override
  {
    QStyle *style = mView->style();
    // Its natural width, on one line: what the column would need to show it unbroken.
    QStyleOptionViewItem single = option;
    single.rect = QRect();
    initStyleOption( &single, index );
    const QSize natural = style->sizeFromContents( QStyle::CT_ItemViewItem, &single, QSize(), mView );
    // Its height as broken into the cell's width.
    QStyleOptionViewItem wrapped = option;
    wrapped.rect = QRect( 0, 0, cellWidth( index ), 1 );
    initStyleOption( &wrapped, index );
    const QSize broken = style->sizeFromContents( QStyle::CT_ItemViewItem, &wrapped, QSize(), mView );
    return QSize( natural.width(), std::max( natural.height(), broken.height() ) );
  }

  //! The name as the row draws it now: broken into lines, cut with "…" when longer than the lines allow.
  QString shownText( const QModelIndex &index ) const
  {
    QStyleOptionViewItem option;
    option.initFrom( mView );
    option.widget = mView;
    option.decorationSize = mView->iconSize();
    option.decorationPosition = QStyleOptionViewItem::Left;
    option.textElideMode = mView->textElideMode();
    option.rect = mView->visualRect( index );
    initStyleOption( &option, index );
    return option.text;
  }

protected:
  void initStyleOption( QStyleOptionViewItem *option, const QModelIndex &index ) const override
  {
    QStyledItemDelegate::initStyleOption( option, index );
    // The lines are broken here, so Qt's own wrapping (which leaves a long word to be cut) stays off.
    option->features &= ~QStyleOptionViewItem::WrapText;
    if ( !option->rect.isValid() || option->text.isEmpty() )
      return;
    const QWidget *widget = option->widget ? option->widget : mView;
    QStyle *style = widget->style();
    const int textMargin = style->pixelMetric( QStyle::PM_FocusFrameHMargin, nullptr, widget ) + 1;
    const QRect textRect = style->subElementRect( QStyle::SE_ItemViewItemText, option, widget );
    option->text =
      wrapLabel( option->text, option->fontMetrics, textRect.width() - 2 * textMargin, kMaxLabelLines );
  }

private:
  //! The width of the cell the name is drawn in: its column less the tree's indentation at its depth.
  int cellWidth( const QModelIndex &index ) const
  {
    int depth = 0;
    for ( QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent() )
      ++depth;
    const int indent = mView->indentation() * ( depth + ( mView->rootIsDecorated() ? 1 : 0 ) );
    return std::max( 1, mView->columnWidth( index.column() ) - indent );
  }

  QTreeView *mView = nullptr;
};

//! A table that is as tall as its rows (the panel scrolls, not each table), with one optional column that
//! is shown only while the view is wide enough for it next to the others.
class FittingTreeView : public QTreeView
{
public:
  explicit FittingTreeView( QWidget *parent = nullptr ) : QTreeView( parent )
  {
    setSizePolicy( QSizePolicy::Expanding, QSizePolicy::Fixed );
    setVerticalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
    setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
    setEditTriggers( QAbstractItemView::NoEditTriggers );
    setSelectionBehavior( QAbstractItemView::SelectRows );
    setTextElideMode( Qt::ElideRight );
    // Names wrap (to kMaxLabelLines at most) instead of being cut: their rows are as tall as they need.
    setUniformRowHeights( false );
    setItemDelegateForColumn( 0, new WrappingLabelDelegate( this ) );
    setAllColumnsShowFocus( true );
    header()->setMinimumSectionSize( fontMetrics().horizontalAdvance( QStringLiteral( "▲" ) ) + 12 );
    // Qt emits expanded() from inside its own row layout (expandAll): measuring the rows there lays them out
    // again under its feet. The update waits for the event loop, once for any number of rows.
    const auto rowsChanged = [this]
    {
      if ( mRowsChangedPending )
        return;
      mRowsChangedPending = true;
      QMetaObject::invokeMethod(
        this,
        [this]
        {
          mRowsChangedPending = false;
          updateOptionalColumn();
          updateGeometry();
        },
        Qt::QueuedConnection );
    };
    connect( this, &QTreeView::expanded, this, rowsChanged );
    connect( this, &QTreeView::collapsed, this, rowsChanged );
    // A wider or narrower name column wraps the names anew: the rows' heights, and so the table's, follow.
    connect( header(), &QHeaderView::sectionResized, this,
             [this]( int logicalIndex, int oldSize, int newSize )
             {
               if ( logicalIndex != 0 || oldSize == newSize )
                 return;
               scheduleDelayedItemsLayout();
               updateGeometry();
             } );
  }

  //! The column to show only when it fits; wanted false hides it regardless.
  void setOptionalColumn( int column, bool wanted )
  {
    mOptionalColumn = column;
    mOptionalWanted = wanted;
    updateOptionalColumn();
    updateGeometry();
  }

  QSize sizeHint() const override
  {
    int height = 2 * frameWidth();
    if ( !header()->isHidden() )
      height += header()->sizeHint().height();
    if ( model() )
    {
      for ( QModelIndex index = model()->index( 0, 0 ); index.isValid(); index = indexBelow( index ) )
        height += indexRowSizeHint( index );
    }
    return QSize( requiredWidth( true ), height );
  }
  //! Wide enough for the numbers and the start of the labels: a narrower dock scrolls rather than squeezing
  //! the labels away.
  QSize minimumSizeHint() const override { return QSize( requiredWidth( false ), sizeHint().height() ); }

protected:
  void resizeEvent( QResizeEvent *event ) override
  {
    QTreeView::resizeEvent( event );
    updateOptionalColumn();
  }

private:
  /**
   * The width the table needs: the numbers, and for the names the start of them (the minimum) or, with the
   * optional column, the names on one line up to kComfortableLabelChars characters: the optional column is
   * shown only when the names keep that room, since they matter more than a percentage.
   */
  int requiredWidth( bool withOptional ) const
  {
    const int shortLabel = fontMetrics().averageCharWidth() * 10 + ( rootIsDecorated() ? indentation() : 0 );
    int label = shortLabel;
    if ( withOptional && model() && model()->rowCount() > 0 )
      label = std::max( shortLabel, std::min( sizeHintForColumn( 0 ),
                                              fontMetrics().averageCharWidth() * kComfortableLabelChars ) );
    int width = 2 * frameWidth() + label;
    for ( int column = 1; model() && column < model()->columnCount(); ++column )
    {
      if ( column == mOptionalColumn ? withOptional && mOptionalWanted : !isColumnHidden( column ) )
        width += std::max( header()->sectionSizeHint( column ), sizeHintForColumn( column ) );
    }
    return width;
  }

  void updateOptionalColumn()
  {
    if ( mOptionalColumn < 0 )
      return;
    const bool show = mOptionalWanted && width() >= requiredWidth( true );
    if ( isColumnHidden( mOptionalColumn ) == show )
      setColumnHidden( mOptionalColumn, !show );
  }

  int mOptionalColumn = -1;
  bool mOptionalWanted = false;
  bool mRowsChangedPending = false;
};

//! The local (Stockholm) calendar date of a UTC instant.
QDate localDate( int64_t utcSeconds )
{
  return QDate( 1970, 1, 1 )
    .addDays( tryggkarta::floorDiv( tryggkarta::stockholmWallClock( utcSeconds ), kSecondsPerDay ) );
}

//! "16–22 nov 2026", "30 nov – 6 dec 2026" or "28 dec 2025 – 3 jan 2026" for [from, until).
QString dateRangeText( int64_t fromUtc, int64_t untilUtc, bool withYear = true )
{
  const QLocale locale;
  const QDate from = localDate( fromUtc );
  const QDate to = localDate( std::max( fromUtc, untilUtc - 1 ) );
  const QString year = withYear ? QStringLiteral( " yyyy" ) : QString();
  if ( from == to )
    return locale.toString( from, QStringLiteral( "d MMM" ) + year );
  if ( from.year() != to.year() )
    return QStringLiteral( "%1 – %2" )
      .arg( locale.toString( from, QStringLiteral( "d MMM yyyy" ) ),
            locale.toString( to, QStringLiteral( "d MMM yyyy" ) ) );
  if ( from.month() != to.month() )
    return QStringLiteral( "%1 – %2" )
      .arg( locale.toString( from, QStringLiteral( "d MMM" ) ),
            locale.toString( to, QStringLiteral( "d MMM" ) + year ) );
  return QStringLiteral( "%1–%2" )
    .arg( from.day() )
    .arg( locale.toString( to, QStringLiteral( "d MMM" ) + year ) );
}

//! +12, −12 (a real minus sign) or 0.
QString signedNumber( int64_t value )
{
  const QString digits = QLocale().toString( static_cast<qlonglong>( std::abs( value ) ) );
  if ( value > 0 )
    return QLatin1Char( '+' ) + digits;
  if ( value < 0 )
    return QChar( 0x2212 ) + digits;
  return digits;
}

//! "+8 %" (rates, so periods of different length compare fairly), or empty when there was nothing before.
QString percentText( const CountChange &c )
{
  if ( !c.percentChange )
    return QString();
  const long percent = std::lround( *c.percentChange );
  const QString sign = percent > 0   ? QStringLiteral( "+" )
                       : percent < 0 ? QString( QChar( 0x2212 ) )
                                     : QString();
  return StatisticsPanel::tr( "%1%" ).arg(
    sign + QLocale().toString( static_cast<qlonglong>( std::labs( percent ) ) ) );
}

//! "p = 0,30" or "p < 0,001", kept on one line.
QString pValueText( double p )
{
  const QChar space( 0x00a0 );
  if ( p < 0.001 )
    return QStringLiteral( "p%1<%1%2" ).arg( space ).arg( QLocale().toString( 0.001, 'f', 3 ) );
  return QStringLiteral( "p%1=%1%2" ).arg( space ).arg( QLocale().toString( p, 'f', p < 0.01 ? 3 : 2 ) );
}

//! Marks the rows that pass the Benjamini–Hochberg cut-off over the rows with events.
void applyFdr( std::vector<StatisticsRow> &rows, double alpha )
{
  std::vector<double> tested;
  for ( const StatisticsRow &row : rows )
    if ( row.change.countNow + row.change.countBefore > 0 )
      tested.push_back( row.change.pValue );
  const std::optional<double> cutoff = tryggkarta::HotSpots::fdrCutoff( tested, alpha );
  for ( StatisticsRow &row : rows )
    row.change.significantFdr =
      cutoff && row.change.countNow + row.change.countBefore > 0 && row.change.pValue <= *cutoff;
}

//! Most events now first, then most before, then by label.
void sortRows( std::vector<StatisticsRow> &rows )
{
  std::stable_sort( rows.begin(), rows.end(),
                    []( const StatisticsRow &a, const StatisticsRow &b )
                    {
                      if ( a.change.countNow != b.change.countNow )
                        return a.change.countNow > b.change.countNow;
                      if ( a.change.countBefore != b.change.countBefore )
                        return a.change.countBefore > b.change.countBefore;
                      return QString::localeAwareCompare( a.label, b.label ) < 0;
                    } );
}

QColor increaseColor()
{
  return QColor( 0xc0, 0x39, 0x2b );
}

QColor decreaseColor()
{
  return QColor( 0x1f, 0x6f, 0xb2 );
}

//! A round colour swatch, sharp at 1× and 2×.
QIcon swatchIcon( const QColor &color )
{
  QIcon icon;
  for ( int scale : { 1, 2 } )
  {
    QPixmap pixmap( 12 * scale, 12 * scale );
    pixmap.fill( Qt::transparent );
    QPainter p( &pixmap );
    p.setRenderHint( QPainter::Antialiasing );
    p.setPen( QPen( color.darker( 130 ), scale ) );
    p.setBrush( color );
    p.drawEllipse( QRectF( 1.5 * scale, 1.5 * scale, 9 * scale, 9 * scale ) );
    p.end();
    icon.addPixmap( pixmap );
  }
  return icon;
}

//! The rank of an area as a small badge: filled in the accent colour for the top three.
QIcon rankIcon( int rank, bool top, const QFont &font, const QColor &text )
{
  QIcon icon;
  for ( int scale : { 1, 2 } )
  {
    const int size = 18 * scale;
    QPixmap pixmap( size, size );
    pixmap.fill( Qt::transparent );
    QPainter p( &pixmap );
    p.setRenderHint( QPainter::Antialiasing );
    QFont badgeFont = font;
    badgeFont.setBold( top );
    badgeFont.setPixelSize( ( rank >= 10 ? 9 : 11 ) * scale );
    p.setFont( badgeFont );
    const QRectF circle( 1 * scale, 1 * scale, 16 * scale, 16 * scale );
    if ( top )
    {
      p.setPen( Qt::NoPen );
      p.setBrush( TrendChart::currentColor() );
      p.drawEllipse( circle );
      p.setPen( Qt::white );
    }
    else
    {
      QColor ring = text;
      ring.setAlphaF( 0.35 );
      p.setPen( QPen( ring, scale ) );
      p.setBrush( Qt::NoBrush );
      p.drawEllipse( circle.adjusted( 0.5 * scale, 0.5 * scale, -0.5 * scale, -0.5 * scale ) );
      p.setPen( text );
    }
    p.drawText( circle, Qt::AlignCenter, QString::number( rank ) );
    p.end();
    icon.addPixmap( pixmap );
  }
  return icon;
}

QLabel *sectionHeading( const QString &text, QWidget *parent )
{
  auto *label = new QLabel( text, parent );
  QFont font = label->font();
  font.setBold( true );
  if ( font.pointSizeF() > 0 )
    font.setPointSizeF( font.pointSizeF() * 1.1 );
  label->setFont( font );
  label->setContentsMargins( 0, 12, 0, 2 );
  return label;
}

QLabel *noteLabel( QWidget *parent )
{
  auto *label = new QLabel( parent );
  label->setWordWrap( true );
  label->setTextFormat( Qt::RichText );
  QFont font = label->font();
  if ( font.pointSizeF() > 0 )
    font.setPointSizeF( std::max( 7.0, font.pointSizeF() * 0.9 ) );
  label->setFont( font );
  QPalette palette = label->palette();
  QColor text = palette.color( QPalette::WindowText );
  text.setAlphaF( 0.7 );
  palette.setColor( QPalette::WindowText, text );
  label->setPalette( palette );
  return label;
}

FittingTreeView *tableView( QStandardItemModel *model, QWidget *parent )
{
  auto *view = new FittingTreeView( parent );
  view->setModel( model );
  view->setRootIsDecorated( false );
  view->setIconSize( QSize( 12, 12 ) );
  view->header()->setStretchLastSection( false );
  view->header()->setSectionsMovable( false );
  view->header()->setDefaultAlignment( Qt::AlignLeft | Qt::AlignVCenter );
  return view;
}

//! Sets the header texts and makes the label column take the free width.
void setUpColumns( QStandardItemModel *model, QTreeView *view, const QString &labelHeader )
{
  // The change as "±" (its values are +12, −3): a word as wide as "Förändring" would take the names' room.
  model->setHorizontalHeaderLabels( { labelHeader, StatisticsPanel::tr( "Now" ),
                                      StatisticsPanel::tr( "Before" ), QStringLiteral( "±" ),
                                      StatisticsPanel::tr( "%" ), QString() } );
  model->setHeaderData( StatisticsPanel::ColumnChange, Qt::Horizontal, StatisticsPanel::tr( "Change" ),
                        Qt::ToolTipRole );
  for ( int column : { StatisticsPanel::ColumnNow, StatisticsPanel::ColumnBefore,
                       StatisticsPanel::ColumnChange, StatisticsPanel::ColumnPercent } )
    model->setHeaderData( column, Qt::Horizontal, static_cast<int>( Qt::AlignRight | Qt::AlignVCenter ),
                          Qt::TextAlignmentRole );
  model->setHeaderData( StatisticsPanel::ColumnPercent, Qt::Horizontal,
                        StatisticsPanel::tr( "Change in incidents per day, in percent" ), Qt::ToolTipRole );
  model->setHeaderData( StatisticsPanel::ColumnSignificance, Qt::Horizontal,
                        StatisticsPanel::tr( "Change beyond chance (exact Poisson test)" ), Qt::ToolTipRole );
  view->header()->setSectionResizeMode( StatisticsPanel::ColumnLabel, QHeaderView::Stretch );
  for ( int column = StatisticsPanel::ColumnNow; column < StatisticsPanel::ColumnCount; ++column )
    view->header()->setSectionResizeMode( column, QHeaderView::ResizeToContents );
}

} // namespace

StatisticsPanel::StatisticsPanel( QWidget *parent ) : QWidget( parent )
{
  mCategoryModel = new QStandardItemModel( 0, ColumnCount, this );
  mAreaModel = new QStandardItemModel( 0, ColumnCount, this );

  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  mStack = new QStackedWidget( this );
  layout->addWidget( mStack );

  // The empty state: a friendly sentence instead of empty tables.
  auto *emptyPage = new QWidget( mStack );
  auto *emptyLayout = new QVBoxLayout( emptyPage );
  emptyLayout->setContentsMargins( 24, 24, 24, 24 );
  mEmptyTitle = new QLabel( emptyPage );
  mEmptyTitle->setAlignment( Qt::AlignCenter );
  mEmptyTitle->setWordWrap( true );
  QFont titleFont = mEmptyTitle->font();
  titleFont.setBold( true );
  if ( titleFont.pointSizeF() > 0 )
    titleFont.setPointSizeF( titleFont.pointSizeF() * 1.2 );
  mEmptyTitle->setFont( titleFont );
  mEmptyDetail = noteLabel( emptyPage );
  mEmptyDetail->setTextFormat( Qt::PlainText );
  mEmptyDetail->setAlignment( Qt::AlignCenter );
  emptyLayout->addStretch( 1 );
  emptyLayout->addWidget( mEmptyTitle );
  emptyLayout->addWidget( mEmptyDetail );
  emptyLayout->addStretch( 2 );
  mStack->addWidget( emptyPage );

  // The statistics, one scrolling page of sections.
  auto *scroll = new QScrollArea( mStack );
  scroll->setWidgetResizable( true );
  scroll->setFrameShape( QFrame::NoFrame );
  auto *content = new QWidget( scroll );
  auto *contentLayout = new QVBoxLayout( content );
  // Narrow side margins: in a dock of 380 px every pixel goes to the names.
  contentLayout->setContentsMargins( 6, 8, 6, 10 );
  contentLayout->setSpacing( 4 );

  mHeadline = new QLabel( content );
  QFont headlineFont = mHeadline->font();
  headlineFont.setBold( true );
  if ( headlineFont.pointSizeF() > 0 )
    headlineFont.setPointSizeF( headlineFont.pointSizeF() * 1.5 );
  mHeadline->setFont( headlineFont );
  mHeadlineChange = new QLabel( content );
  mHeadlineChange->setTextFormat( Qt::RichText );
  mHeadlineChange->setWordWrap( true );
  mPeriodLabel = noteLabel( content );
  contentLayout->addWidget( mHeadline );
  contentLayout->addWidget( mHeadlineChange );
  contentLayout->addWidget( mPeriodLabel );

  auto *categoryHeader = new QHBoxLayout();
  categoryHeader->addWidget( sectionHeading( tr( "Categories" ), content ) );
  categoryHeader->addStretch( 1 );
  mGroupCheck = new QCheckBox( tr( "Group" ), content );
  mGroupCheck->setToolTip( tr( "Show the categories under their groups, with a sum per group" ) );
  categoryHeader->addWidget( mGroupCheck, 0, Qt::AlignBottom );
  contentLayout->addLayout( categoryHeader );
  mCategoryView = tableView( mCategoryModel, content );
  contentLayout->addWidget( mCategoryView );
  mCategoryNote = noteLabel( content );
  contentLayout->addWidget( mCategoryNote );
  connect( mGroupCheck, &QCheckBox::toggled, this, [this] { fillCategoryModel(); } );

  contentLayout->addWidget( sectionHeading( tr( "Time of day and weekday" ), content ) );
  mHeatTable = new HourWeekdayHeatTable( content );
  contentLayout->addWidget( mHeatTable );
  mHeatNote = noteLabel( content );
  contentLayout->addWidget( mHeatNote );

  mTrendHeading = sectionHeading( tr( "Per week" ), content );
  contentLayout->addWidget( mTrendHeading );
  mTrendChart = new TrendChart( content );
  contentLayout->addWidget( mTrendChart );
  mTrendNote = noteLabel( content );
  contentLayout->addWidget( mTrendNote );

  contentLayout->addWidget( sectionHeading( tr( "Areas" ), content ) );
  mAreaView = tableView( mAreaModel, content );
  mAreaView->setIconSize( QSize( 18, 18 ) );
  contentLayout->addWidget( mAreaView );
  mAreaNote = noteLabel( content );
  contentLayout->addWidget( mAreaNote );
  connect( mAreaView, &QTreeView::doubleClicked, this,
           [this]( const QModelIndex &index )
           {
             const QModelIndex labelIndex = index.siblingAtColumn( ColumnLabel );
             bool ok = false;
             const qint64 fid = labelIndex.data( Qt::UserRole ).toLongLong( &ok );
             if ( ok )
               emit areaActivated( fid );
           } );
  contentLayout->addStretch( 1 );

  scroll->setWidget( content );
  mStack->addWidget( scroll );

  setUpColumns( mCategoryModel, mCategoryView, tr( "Category" ) );
  setUpColumns( mAreaModel, mAreaView, tr( "Area" ) );
  setData( StatisticsInput() );
}

QString StatisticsPanel::shownLabel( const QModelIndex &index ) const
{
  for ( QTreeView *view : { mCategoryView, mAreaView } )
    if ( index.model() == view->model() )
      if ( auto *delegate = dynamic_cast<WrappingLabelDelegate *>( view->itemDelegateForColumn( 0 ) ) )
        return delegate->shownText( index.siblingAtColumn( ColumnLabel ) );
  return index.data().toString();
}

bool StatisticsPanel::isShowingEmptyState() const
{
  return mStack->currentIndex() == 0;
}

QString StatisticsPanel::emptyStateText() const
{
  return mEmptyTitle->text();
}

void StatisticsPanel::setGroupedByCategoryGroup( bool grouped )
{
  mGroupCheck->setChecked( grouped );
}

bool StatisticsPanel::isGroupedByCategoryGroup() const
{
  return mCanGroup && mGroupCheck->isChecked();
}

void StatisticsPanel::showEmptyState( const QString &title, const QString &detail )
{
  mEmptyTitle->setText( title );
  mEmptyDetail->setText( detail );
  mStack->setCurrentIndex( 0 );
}

void StatisticsPanel::setData( const StatisticsInput &input )
{
  mCategoryRows.clear();
  mGroupRows.clear();
  mGroupMembers.clear();
  mAreaRows.clear();
  mTotal = CountChange();
  mMatrix = tryggkarta::HourWeekdayMatrix();
  mAlpha = input.alpha > 0 && input.alpha < 1 ? input.alpha : 0.05;
  mHasComparison = input.beforePeriod.lengthSeconds() > 0;
  // Clock changes make equal calendar periods differ by an hour: that is not a different length to a reader.
  mPeriodsDiffer =
    std::abs( input.currentPeriod.lengthSeconds() - input.beforePeriod.lengthSeconds() ) > 3600;

  if ( input.current.empty() && input.before.empty() )
  {
    fillCategoryModel();
    mAreaModel->removeRows( 0, mAreaModel->rowCount() );
    mHeatTable->setValues( mMatrix.counts );
    mTrendChart->setBins( {} );
    showEmptyState(
      tr( "No incidents in the selection" ),
      tr( "Change the period or the filter to see the counts per category, the times of day and the "
          "areas." ) );
    return;
  }
  if ( input.currentPeriod.lengthSeconds() <= 0 )
  {
    showEmptyState( tr( "The period is empty" ), tr( "Choose a period that ends after it starts." ) );
    return;
  }

  // The aoristic hour × weekday matrix is the largest single cost at 10^5 incidents: compute it beside the
  // rest (core's functions are pure), in this thread for small inputs.
  std::future<tryggkarta::Expected<tryggkarta::HourWeekdayMatrix>> matrixFuture =
    std::async( input.current.size() >= 10000 ? std::launch::async : std::launch::deferred,
                [&input] { return tryggkarta::hourWeekdayMatrix( input.current ); } );
  computeCategories( input );
  fillCategoryModel();
  computeTrend( input );
  computeAreas( input );
  fillSummary( input );

  const tryggkarta::Expected<tryggkarta::HourWeekdayMatrix> matrix = matrixFuture.get();
  if ( !matrix )
  {
    showEmptyState( tr( "The statistics could not be computed" ), CoreMessages::text( matrix.error() ) );
    return;
  }
  mMatrix = matrix.value();
  mHeatTable->setValues( mMatrix.counts );
  mHeatNote->setText(
    mMatrix.spreadEventCount > 0
      ? tr(
          "Stockholm local time. %Ln incident(s) known only as a time span (e.g. “between Friday evening and "
          "Monday morning”) are spread evenly over the hours of the span.",
          "", static_cast<int>( mMatrix.spreadEventCount ) )
      : tr( "Stockholm local time." ) );
  mStack->setCurrentIndex( 1 );
}

void StatisticsPanel::computeCategories( const StatisticsInput &input )
{
  // Counts per code in one pass over each period; codes missing from the list get rows of their own.
  std::unordered_map<std::string, std::size_t> indexOf;
  std::vector<const tryggkarta::Category *> categoryOf;
  std::vector<std::string> codes;
  for ( const tryggkarta::Category &category : input.categories )
  {
    if ( indexOf.emplace( category.code, codes.size() ).second )
    {
      codes.push_back( category.code );
      categoryOf.push_back( &category );
    }
  }
  std::vector<int64_t> now( codes.size(), 0 ), before( codes.size(), 0 );
  const auto count =
    [&]( const std::vector<tryggkarta::SelectedIncident> &incidents, std::vector<int64_t> &counts )
  {
    for ( const tryggkarta::SelectedIncident &incident : incidents )
    {
      auto it = indexOf.find( incident.category );
      if ( it == indexOf.end() )
      {
        it = indexOf.emplace( incident.category, codes.size() ).first;
        codes.push_back( incident.category );
        categoryOf.push_back( nullptr );
        now.push_back( 0 );
        before.push_back( 0 );
      }
      ++counts[it->second];
    }
  };
  count( input.current, now );
  count( input.before, before );

  const double nowSeconds = static_cast<double>( input.currentPeriod.lengthSeconds() );
  const double beforeSeconds = static_cast<double>( mHasComparison ? input.beforePeriod.lengthSeconds()
                                                                   : input.currentPeriod.lengthSeconds() );
  const QColor unknownColor( 0x9a, 0xa0, 0xa6 );
  std::map<std::string, std::size_t> groupIndex;
  std::vector<std::pair<int64_t, int64_t>> groupCounts;
  for ( std::size_t i = 0; i < codes.size(); ++i )
  {
    if ( now[i] + before[i] == 0 )
      continue;
    StatisticsRow row;
    row.key = QString::fromStdString( codes[i] );
    if ( const tryggkarta::Category *category = categoryOf[i] )
    {
      row.label = QString::fromStdString( category->labelSv );
      row.color = QColor( QString::fromStdString( category->color ) );
    }
    else
      row.label = codes[i].empty() ? tr( "(no category)" ) : row.key;
    if ( !row.color.isValid() )
      row.color = unknownColor;
    row.change = tryggkarta::countChange( now[i], before[i], nowSeconds, beforeSeconds, mAlpha );
    mCategoryRows.push_back( row );
  }
  applyFdr( mCategoryRows, mAlpha );
  sortRows( mCategoryRows );

  // Groups: the sums of their categories, tested as a family of their own.
  std::map<std::string, std::size_t> categoryIndex;
  for ( std::size_t i = 0; i < codes.size(); ++i )
    categoryIndex[codes[i]] = i;
  std::vector<std::string> groupCodes;
  for ( std::size_t r = 0; r < mCategoryRows.size(); ++r )
  {
    const std::size_t i = categoryIndex[mCategoryRows[r].key.toStdString()];
    const std::string group = categoryOf[i] ? categoryOf[i]->group : std::string();
    auto [it, added] = groupIndex.emplace( group, groupCodes.size() );
    if ( added )
    {
      groupCodes.push_back( group );
      groupCounts.emplace_back( 0, 0 );
      mGroupMembers.emplace_back();
    }
    groupCounts[it->second].first += now[i];
    groupCounts[it->second].second += before[i];
    mGroupMembers[it->second].push_back( r );
  }
  for ( std::size_t g = 0; g < groupCodes.size(); ++g )
  {
    StatisticsRow row;
    row.key = QString::fromStdString( groupCodes[g] );
    const auto label = input.groupLabels.find( groupCodes[g] );
    row.label = label != input.groupLabels.end() ? QString::fromStdString( label->second )
                : groupCodes[g].empty()          ? tr( "Other" )
                                                 : row.key;
    row.change = tryggkarta::countChange( groupCounts[g].first, groupCounts[g].second, nowSeconds,
                                          beforeSeconds, mAlpha );
    mGroupRows.push_back( row );
  }
  applyFdr( mGroupRows, mAlpha );
  // Sort the groups and keep their member lists with them.
  std::vector<std::size_t> order( mGroupRows.size() );
  std::iota( order.begin(), order.end(), std::size_t( 0 ) );
  std::stable_sort( order.begin(), order.end(),
                    [this]( std::size_t a, std::size_t b )
                    {
                      const CountChange &ca = mGroupRows[a].change, &cb = mGroupRows[b].change;
                      if ( ca.countNow != cb.countNow )
                        return ca.countNow > cb.countNow;
                      if ( ca.countBefore != cb.countBefore )
                        return ca.countBefore > cb.countBefore;
                      return QString::localeAwareCompare( mGroupRows[a].label, mGroupRows[b].label ) < 0;
                    } );
  std::vector<StatisticsRow> sortedGroups;
  std::vector<std::vector<std::size_t>> sortedMembers;
  for ( std::size_t g : order )
  {
    sortedGroups.push_back( mGroupRows[g] );
    sortedMembers.push_back( mGroupMembers[g] );
  }
  mGroupRows = std::move( sortedGroups );
  mGroupMembers = std::move( sortedMembers );

  mTotal =
    tryggkarta::countChange( static_cast<int64_t>( input.current.size() ),
                             static_cast<int64_t>( input.before.size() ), nowSeconds, beforeSeconds, mAlpha );
  mTotal.significantFdr = mTotal.significant; // one test: nothing to correct for
  // Without group labels there is nothing readable to group under.
  mCanGroup = !input.groupLabels.empty();
  mGroupCheck->setVisible( mCanGroup );
}

QList<QStandardItem *> StatisticsPanel::changeItems( const StatisticsRow &row, bool emphasised ) const
{
  const CountChange &c = row.change;
  auto *now = new QStandardItem( QLocale().toString( static_cast<qlonglong>( c.countNow ) ) );
  now->setData( static_cast<qlonglong>( c.countNow ), ValueRole );
  auto *before = new QStandardItem( QLocale().toString( static_cast<qlonglong>( c.countBefore ) ) );
  before->setData( static_cast<qlonglong>( c.countBefore ), ValueRole );
  auto *change = new QStandardItem( signedNumber( c.change ) );
  change->setData( static_cast<qlonglong>( c.change ), ValueRole );
  auto *percent = new QStandardItem( percentText( c ) );
  if ( c.percentChange )
    percent->setData( *c.percentChange, ValueRole );

  QString marker;
  QString explanation;
  const bool up = c.direction == ChangeDirection::Increase;
  if ( c.significantFdr )
  {
    marker = up ? QStringLiteral( "▲" ) : QStringLiteral( "▼" );
    explanation = up ? tr( "An increase beyond chance" ) : tr( "A decrease beyond chance" );
  }
  else if ( c.significant )
  {
    marker = up ? QStringLiteral( "△" ) : QStringLiteral( "▽" );
    explanation = tr( "Beyond chance on its own, but not after allowing for the many rows compared" );
  }
  else
    explanation = tr( "Within what chance explains" );
  auto *significance = new QStandardItem( marker );
  significance->setData( c.significantFdr ? 2 : c.significant ? 1 : 0, ValueRole );
  significance->setForeground( up ? increaseColor() : decreaseColor() );
  significance->setTextAlignment( Qt::AlignCenter );
  const QString toolTip = tr( "%1 (exact Poisson test, %2)" ).arg( explanation, pValueText( c.pValue ) );
  significance->setToolTip( toolTip );
  change->setToolTip( toolTip );
  percent->setToolTip( toolTip );
  if ( c.significantFdr )
  {
    change->setForeground( up ? increaseColor() : decreaseColor() );
    percent->setForeground( up ? increaseColor() : decreaseColor() );
  }

  QList<QStandardItem *> items{ now, before, change, percent, significance };
  for ( QStandardItem *item : items )
  {
    if ( item != significance )
      item->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
    if ( emphasised )
    {
      QFont font = item->font();
      font.setBold( true );
      item->setFont( font );
    }
  }
  return items;
}

void StatisticsPanel::fillCategoryModel()
{
  mCategoryModel->removeRows( 0, mCategoryModel->rowCount() );
  const bool grouped = isGroupedByCategoryGroup();
  mCategoryView->setRootIsDecorated( grouped );
  const auto categoryItems = [this]( const StatisticsRow &row )
  {
    auto *label = new QStandardItem( swatchIcon( row.color ), row.label );
    label->setData( row.key, Qt::UserRole );
    label->setToolTip( row.label );
    return QList<QStandardItem *>{ label } + changeItems( row, false );
  };
  if ( grouped )
  {
    for ( std::size_t g = 0; g < mGroupRows.size(); ++g )
    {
      auto *label = new QStandardItem( mGroupRows[g].label );
      label->setData( mGroupRows[g].key, Qt::UserRole );
      label->setToolTip( mGroupRows[g].label );
      QFont font = label->font();
      font.setBold( true );
      label->setFont( font );
      const QList<QStandardItem *> items =
        QList<QStandardItem *>{ label } + changeItems( mGroupRows[g], true );
      for ( std::size_t member : mGroupMembers[g] )
        label->appendRow( categoryItems( mCategoryRows[member] ) );
      mCategoryModel->appendRow( items );
    }
  }
  else
  {
    for ( const StatisticsRow &row : mCategoryRows )
      mCategoryModel->appendRow( categoryItems( row ) );
  }
  if ( !mCategoryRows.empty() )
  {
    StatisticsRow total;
    total.change = mTotal;
    auto *label = new QStandardItem( tr( "Total" ) );
    QFont font = label->font();
    font.setBold( true );
    label->setFont( font );
    QList<QStandardItem *> items = QList<QStandardItem *>{ label } + changeItems( total, true );
    const QBrush shade( palette().color( QPalette::AlternateBase ) );
    for ( QStandardItem *item : items )
      item->setBackground( shade );
    mCategoryModel->appendRow( items );
  }
  mCategoryView->setColumnHidden( ColumnBefore, !mHasComparison );
  mCategoryView->setColumnHidden( ColumnChange, !mHasComparison );
  mCategoryView->setColumnHidden( ColumnSignificance, !mHasComparison );
  mCategoryView->expandAll();
  static_cast<FittingTreeView *>( mCategoryView )->setOptionalColumn( ColumnPercent, mHasComparison );

  QStringList notes;
  if ( mHasComparison )
    notes << tr(
               "▲▼ A change beyond chance (exact Poisson test, p ≤ %1 after allowing for the many categories "
               "compared); △▽ beyond chance only on its own." )
               .arg( QLocale().toString( mAlpha, 'f', 2 ) );
  if ( mHasComparison && mPeriodsDiffer )
    notes << tr( "The periods differ in length, so the percentages compare incidents per day." );
  if ( mHasComparison && mTotal.countNow + mTotal.countBefore < 30 )
    notes << tr( "Few incidents: differences between the periods are mostly chance at these counts." );
  mCategoryNote->setText( notes.join( QStringLiteral( "<br>" ) ) );
  mCategoryNote->setVisible( !notes.isEmpty() );
}

void StatisticsPanel::computeTrend( const StatisticsInput &input )
{
  const bool monthly = input.currentPeriod.lengthSeconds() > kWeeklyLimitSeconds;
  const tryggkarta::SeriesInterval interval =
    monthly ? tryggkarta::SeriesInterval::Month : tryggkarta::SeriesInterval::IsoWeek;
  mTrendHeading->setText( monthly ? tr( "Per month" ) : tr( "Per week" ) );

  struct Part
  {
    const std::vector<tryggkarta::SelectedIncident> *incidents;
    Period period;
    bool current;
  };
  std::vector<Part> parts;
  if ( mHasComparison )
    parts.push_back( { &input.before, input.beforePeriod, false } );
  parts.push_back( { &input.current, input.currentPeriod, true } );
  std::sort( parts.begin(), parts.end(),
             []( const Part &a, const Part &b ) { return a.period.fromUtc < b.period.fromUtc; } );

  std::vector<TrendBin> bins;
  std::vector<std::string> keys;
  std::vector<int64_t> starts, ends;
  std::vector<int64_t> covered;
  std::size_t outsideNow = 0;
  QStringList problems;
  for ( const Part &part : parts )
  {
    // Core's bins (ISO weeks or months in Stockholm time, cut to the period). The panel shows totals only,
    // so it counts them itself with core's rule (the bin of each midpoint in the period): categorySeries's
    // split per category sorts every incident's category and would take most of setData at 10^5 incidents.
    const tryggkarta::Expected<tryggkarta::CategorySeries> series =
      tryggkarta::categorySeries( {}, part.period.fromUtc, part.period.untilUtc, interval );
    if ( !series )
    {
      problems << CoreMessages::text( series.error() ).toHtmlEscaped();
      continue;
    }
    const std::vector<int64_t> &edges = series->binStartsUtc;
    std::vector<double> totals( series->labels.size(), 0.0 );
    std::size_t outside = 0;
    for ( const tryggkarta::SelectedIncident &incident : *part.incidents )
    {
      const int64_t midpoint = incident.midpointUtc();
      if ( midpoint < part.period.fromUtc || midpoint >= part.period.untilUtc )
      {
        ++outside;
        continue;
      }
      totals[static_cast<std::size_t>( std::upper_bound( edges.begin(), edges.end(), midpoint ) -
                                       edges.begin() - 1 )] += 1;
    }
    if ( part.current )
      outsideNow = outside;
    for ( std::size_t i = 0; i < series->labels.size(); ++i )
    {
      const int64_t start = edges[i], end = edges[i + 1];
      // The bin the two periods share (a week cut by a month boundary) becomes one bar with both parts.
      const bool shared = !keys.empty() && keys.back() == series->labels[i] && ends.back() == start;
      if ( !shared )
      {
        TrendBin bin;
        bin.gapBefore = !ends.empty() && ends.back() != start;
        bins.push_back( bin );
        keys.push_back( series->labels[i] );
        starts.push_back( start );
        ends.push_back( end );
        covered.push_back( 0 );
      }
      TrendBin &bin = bins.back();
      ( part.current ? bin.now : bin.before ) += totals[i];
      ( part.current ? bin.inCurrent : bin.inBefore ) = true;
      ends.back() = end;
      covered.back() += end - start;
    }
  }

  const QLocale locale;
  for ( std::size_t i = 0; i < bins.size(); ++i )
  {
    TrendBin &bin = bins[i];
    const QString key = QString::fromStdString( keys[i] );
    const int year = key.left( 4 ).toInt();
    bin.yearLabel = QString::number( year );
    if ( monthly )
    {
      const int month = key.mid( 5, 2 ).toInt();
      bin.axisLabel = locale.standaloneMonthName( month, QLocale::ShortFormat );
      bin.binDays = QDate( year, month, 1 ).daysInMonth();
      QString name = locale.standaloneMonthName( month, QLocale::LongFormat );
      if ( !name.isEmpty() )
        name[0] = name[0].toUpper();
      bin.toolTipTitle = QStringLiteral( "%1 %2" ).arg( name ).arg( year );
    }
    else
    {
      const int week = key.mid( 6 ).toInt();
      bin.axisLabel = tr( "wk %1" ).arg( week );
      bin.binDays = 7;
      bin.toolTipTitle =
        tr( "Week %1, %2 (%3)" ).arg( week ).arg( year ).arg( dateRangeText( starts[i], ends[i], false ) );
    }
    bin.coveredDays = std::round( static_cast<double>( covered[i] ) / kSecondsPerDay );
    // An hour's slack for the clock changes (a week in spring is an hour short).
    bin.partial = static_cast<double>( covered[i] ) < bin.binDays * kSecondsPerDay - 3601;
  }
  mTrendChart->setBins( std::move( bins ) );

  QStringList notes;
  if ( outsideNow > 0 )
    notes << tr(
      "%Ln incident(s) of the current period are not in the bars: they span the period's start or end "
      "and their midpoint lies outside it.",
      "", static_cast<int>( outsideNow ) );
  notes << problems;
  mTrendNote->setText( notes.join( QStringLiteral( "<br>" ) ) );
  mTrendNote->setVisible( !notes.isEmpty() );
}

void StatisticsPanel::computeAreas( const StatisticsInput &input )
{
  mAreaModel->removeRows( 0, mAreaModel->rowCount() );
  mAreaView->setColumnHidden( ColumnBefore, !mHasComparison );
  mAreaView->setColumnHidden( ColumnChange, !mHasComparison );
  mAreaView->setColumnHidden( ColumnSignificance, !mHasComparison );
  if ( input.areas.empty() )
  {
    mAreaView->hide();
    mAreaNote->setText( tr( "The project has no EST areas to rank." ) );
    return;
  }
  tryggkarta::ComparisonParameters parameters;
  parameters.current = input.currentPeriod;
  // Without a comparison the areas are still ranked: compare against nothing over the same length.
  parameters.before = mHasComparison ? input.beforePeriod : input.currentPeriod;
  parameters.alpha = mAlpha;
  static const std::vector<tryggkarta::SelectedIncident> sNone;
  const tryggkarta::Expected<tryggkarta::AreaComparison> comparison =
    tryggkarta::compareAreas( input.current, mHasComparison ? input.before : sNone, input.areas, parameters );
  if ( !comparison )
  {
    mAreaView->hide();
    mAreaNote->setText( CoreMessages::text( comparison.error() ).toHtmlEscaped() );
    return;
  }
  mAreaView->show();
  const QColor text = palette().color( QPalette::WindowText );
  for ( std::size_t r = 0; r < comparison->ranking.size(); ++r )
  {
    const tryggkarta::AreaComparisonRow &area = comparison->rows[comparison->ranking[r]];
    StatisticsRow row;
    row.key = QString::number( area.fid );
    row.label = QString::fromStdString( area.label );
    row.change = area.counts;
    row.rank = static_cast<int>( r ) + 1;
    row.top = row.rank <= 3 && area.counts.countNow > 0;
    mAreaRows.push_back( row );

    auto *label = new QStandardItem( rankIcon( row.rank, row.top, font(), text ), row.label );
    label->setData( static_cast<qlonglong>( area.fid ), Qt::UserRole );
    label->setData( row.rank, ValueRole );
    QString toolTip = tr( "%1: rank %2" ).arg( row.label.toHtmlEscaped() ).arg( row.rank );
    if ( area.perSquareKmNow )
      toolTip += QStringLiteral( "<br>" ) + tr( "%1 per km² now (%2 km²)" )
                                              .arg( QLocale().toString( *area.perSquareKmNow, 'f', 1 ),
                                                    QLocale().toString( area.areaSquareKm, 'f', 2 ) );
    label->setToolTip( toolTip );
    QList<QStandardItem *> items = QList<QStandardItem *>{ label } + changeItems( row, false );
    if ( row.top )
    {
      QFont bold = items[ColumnNow]->font();
      bold.setBold( true );
      items[ColumnNow]->setFont( bold );
    }
    mAreaModel->appendRow( items );
  }
  static_cast<FittingTreeView *>( mAreaView )->setOptionalColumn( ColumnPercent, mHasComparison );

  QStringList notes;
  notes << tr( "Ranked by incidents now; the top three are marked." );
  if ( comparison->outsideNow > 0 || comparison->outsideBefore > 0 )
    notes << ( mHasComparison
                 ? tr( "Outside the areas: %1 now, %2 before." )
                     .arg( QLocale().toString( static_cast<qlonglong>( comparison->outsideNow ) ),
                           QLocale().toString( static_cast<qlonglong>( comparison->outsideBefore ) ) )
                 : tr( "Outside the areas: %1." )
                     .arg( QLocale().toString( static_cast<qlonglong>( comparison->outsideNow ) ) ) );
  if ( comparison->notPointsNow > 0 || comparison->notPointsBefore > 0 )
    notes
      << ( mHasComparison
             ? tr( "Without a point as their place (only the municipality, county or an area), in no area: "
                   "%1 now, %2 before." )
                 .arg( QLocale().toString( static_cast<qlonglong>( comparison->notPointsNow ) ),
                       QLocale().toString( static_cast<qlonglong>( comparison->notPointsBefore ) ) )
             : tr( "Without a point as their place (only the municipality, county or an area), in no area: "
                   "%1." )
                 .arg( QLocale().toString( static_cast<qlonglong>( comparison->notPointsNow ) ) ) );
  mAreaNote->setText( notes.join( QLatin1Char( ' ' ) ) );
}

void StatisticsPanel::fillSummary( const StatisticsInput &input )
{
  mHeadline->setText( tr( "%Ln incident(s)", "", static_cast<int>( mTotal.countNow ) ) );
  if ( !mHasComparison )
  {
    mHeadlineChange->hide();
    mPeriodLabel->setText( dateRangeText( input.currentPeriod.fromUtc, input.currentPeriod.untilUtc ) );
    return;
  }
  mHeadlineChange->show();
  const QColor color = mTotal.direction == ChangeDirection::Increase ? increaseColor() : decreaseColor();
  QString change = signedNumber( mTotal.change );
  if ( mTotal.percentChange )
    change += QStringLiteral( " (%1)" ).arg( percentText( mTotal ) );
  const QString verdict = mTotal.significant ? tr( "beyond chance (%1)" ).arg( pValueText( mTotal.pValue ) )
                                             : tr( "within chance (%1)" ).arg( pValueText( mTotal.pValue ) );
  const QString styledChange =
    mTotal.significant
      ? QStringLiteral( "<b style=\"color:%1\">%2</b>" ).arg( color.name(), change.toHtmlEscaped() )
      : QStringLiteral( "<b>%1</b>" ).arg( change.toHtmlEscaped() );
  mHeadlineChange->setText(
    tr( "%1 against the earlier period: %2" ).arg( styledChange, verdict.toHtmlEscaped() ) );
  mPeriodLabel->setText( tr( "%1, compared with %2" )
                           .arg( dateRangeText( input.currentPeriod.fromUtc, input.currentPeriod.untilUtc ),
                                 dateRangeText( input.beforePeriod.fromUtc, input.beforePeriod.untilUtc ) )
                           .toHtmlEscaped() );
}

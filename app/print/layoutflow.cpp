#include "layoutflow.h"

#include "printmap.h"
#include "sheetstyle.h"

#include <qgsabstractlayoutiterator.h>
#include <qgsfeedback.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemshape.h>
#include <qgslayoutmeasurement.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoutpoint.h>
#include <qgslayoutsize.h>
#include <qgslayoutundostack.h>
#include <qgslayoututils.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <gdal.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>

namespace
{
const QColor kAccent( 0x3b, 0x0f, 0x70 ); //!< titles: the report's heading colour

//! Hands the pages to QgsLayoutExporter one after the other, so they go into one PDF.
class PageIterator : public QgsAbstractLayoutIterator
{
public:
  explicit PageIterator( const std::vector<std::unique_ptr<QgsPrintLayout>> &pages ) : mPages( pages ) {}
  QgsLayout *layout() override { return mPages.at( static_cast<std::size_t>( mIndex ) ).get(); }
  bool beginRender() override
  {
    mIndex = -1;
    return true;
  }
  bool endRender() override { return true; }
  int count() const override { return static_cast<int>( mPages.size() ); }
  bool next() override { return ++mIndex < count(); }
  QString filePath( const QString &baseFilePath, const QString & ) override { return baseFilePath; }

private:
  const std::vector<std::unique_ptr<QgsPrintLayout>> &mPages;
  int mIndex = -1;
};

//! A label's text is an expression template: "[%" in free text would be evaluated.
QString literalText( QString text )
{
  return text.replace( QLatin1String( "[%" ), QLatin1String( "[ %" ) );
}
} // namespace

LayoutFlow::LayoutFlow( QgsProject *project, const QString &name, const FlowMargins &margins, bool landscape )
  : mProject( project ), mName( name ), mMargins( margins ),
    mPageWidth( landscape ? kPageHeight : kPageWidth ), mPageHeight( landscape ? kPageWidth : kPageHeight )
{
  newPage();
}

LayoutFlow::~LayoutFlow() = default;

void LayoutFlow::newPage()
{
  auto layout = std::make_unique<QgsPrintLayout>( mProject );
  // Items are placed once and never undone: an undo command per item would only cost time.
  layout->undoStack()->blockCommands( true );
  layout->initializeDefaults();
  layout->setName( QStringLiteral( "%1 (%2)" ).arg( mName ).arg( mPages.size() + 1 ) );
  layout->pageCollection()->page( 0 )->setPageSize( QgsLayoutSize( mPageWidth, mPageHeight ) );
  mPages.push_back( std::move( layout ) );
  mY = top();
  if ( onNewPage && mPages.size() > 1 && !mInNewPage )
  {
    mInNewPage = true;
    onNewPage();
    mInNewPage = false;
  }
}

bool LayoutFlow::ensure( double heightMm )
{
  if ( heightMm <= remaining() + 0.01 || atTop() )
    return false;
  newPage();
  return true;
}

QgsLayoutItemLabel *LayoutFlow::label( const QRectF &rectMm, const QString &text, const QFont &font,
                                       const QColor &colour, Qt::AlignmentFlag horizontal,
                                       Qt::AlignmentFlag vertical )
{
  QgsPrintLayout *page = layout();
  auto *label = new QgsLayoutItemLabel( page );
  label->setText( literalText( text ) );
  label->setFont( font );
  label->setFontColor( colour );
  label->setHAlign( horizontal );
  label->setVAlign( vertical );
  label->setMarginX( 0 );
  label->setMarginY( 0 );
  label->setFrameEnabled( false );
  label->setBackgroundEnabled( false );
  page->addLayoutItem( label );
  label->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  label->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  return label;
}

QgsLayoutItemShape *LayoutFlow::box( const QRectF &rectMm, const QColor &fill, const QColor &stroke,
                                     double strokeMm )
{
  QgsPrintLayout *page = layout();
  auto *shape = new QgsLayoutItemShape( page );
  shape->setShapeType( QgsLayoutItemShape::Rectangle );
  // The shape's own symbol changed in place: setSymbol() would work out the symbol's bleed again (an
  // expression context with QGIS's settings each time), which is most of a shape's cost on a page of many.
  if ( QgsFillSymbol *symbol = shape->symbol() )
  {
    if ( auto *fillLayer = dynamic_cast<QgsSimpleFillSymbolLayer *>( symbol->symbolLayer( 0 ) ) )
    {
      fillLayer->setBrushStyle( fill.isValid() ? Qt::SolidPattern : Qt::NoBrush );
      if ( fill.isValid() )
        fillLayer->setFillColor( fill );
      fillLayer->setStrokeStyle( stroke.isValid() ? Qt::SolidLine : Qt::NoPen );
      if ( stroke.isValid() )
      {
        fillLayer->setStrokeColor( stroke );
        fillLayer->setStrokeWidth( strokeMm );
        fillLayer->setStrokeWidthUnit( QgsUnitTypes::RenderMillimeters );
        fillLayer->setPenJoinStyle( Qt::MiterJoin );
      }
    }
  }
  shape->setFrameEnabled( false );
  shape->setBackgroundEnabled( false );
  page->addLayoutItem( shape );
  shape->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  shape->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  return shape;
}

QgsLayoutItemShape *LayoutFlow::rule( double x1, double x2, double y, const QColor &colour,
                                      double thicknessMm )
{
  return box( QRectF( x1, y - thicknessMm / 2, x2 - x1, thicknessMm ), colour );
}

QgsLayoutItemMap *LayoutFlow::map( const QRectF &rectMm, const QList<QgsMapLayer *> &layers,
                                   const QgsRectangle &extent, const QgsCoordinateReferenceSystem &crs )
{
  QgsPrintLayout *page = layout();
  auto *map = new QgsLayoutItemMap( page );
  page->addLayoutItem( map );
  map->setCrs( crs );
  map->setLayers( layers );
  map->setKeepLayerSet( true );
  map->setBackgroundEnabled( true );
  map->setFrameEnabled( true );
  map->setFrameStrokeColor( SheetStyle::kMuted );
  map->setFrameStrokeWidth( QgsLayoutMeasurement( 0.3, QgsUnitTypes::LayoutMillimeters ) );
  // A new map item has neither size nor extent, and resizing it scales its extent: give it both first.
  map->setRect( 0, 0, 100, 100 );
  map->setExtent( extent );
  map->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  map->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  map->zoomToExtent( extent );
  map->setScale( PrintMap::roundScale( map->scale() ) );
  return map;
}

QgsLayoutItemPicture *LayoutFlow::picture( const QRectF &rectMm, const QString &file )
{
  QgsPrintLayout *page = layout();
  auto *picture = new QgsLayoutItemPicture( page );
  picture->setResizeMode( QgsLayoutItemPicture::Zoom );
  picture->setPictureAnchor( QgsLayoutItem::UpperLeft );
  page->addLayoutItem( picture );
  picture->attemptMove( QgsLayoutPoint( rectMm.left(), rectMm.top() ) );
  picture->attemptResize( QgsLayoutSize( rectMm.width(), rectMm.height() ) );
  picture->setPicturePath( file, file.endsWith( QLatin1String( ".svg" ), Qt::CaseInsensitive )
                                   ? QgsLayoutItemPicture::FormatSVG
                                   : QgsLayoutItemPicture::FormatRaster );
  return picture;
}

double LayoutFlow::paragraph( const QString &text, const QFont &font, const QColor &colour, double x,
                              double widthMm, double afterMm )
{
  if ( x < 0 )
    x = left();
  if ( widthMm <= 0 )
    widthMm = right() - x;
  const double height = textHeight( font, text, widthMm );
  if ( ensure( height ) )
  {
    // A new page is full width.
    x = left();
    widthMm = width();
  }
  label( QRectF( x, mY, widthMm, height ), text, font, colour );
  mY += height + afterMm;
  return height;
}

void LayoutFlow::table( const FlowTable &table )
{
  const QFont headerFont = font( table.fontPoints, true );
  const QFont cellFont = font( table.fontPoints );
  const QFont mutedFont = font( table.fontPoints, false, true );
  const double padX = 1;
  const double padY = 0.8;
  QList<double> widths;
  for ( int c = 0; c < table.header.size(); ++c )
    widths << width() * table.widths.value( c, 1.0 / table.header.size() );
  // A word longer than its column (a long name of a responsible party) is set smaller rather than cut off.
  auto fitted = [&]( const QString &text, const QFont &f, double widthMm )
  {
    QFont smaller = f;
    double longest = 0;
    for ( const QString &word :
          text.split( QRegularExpression( QStringLiteral( "\\s+" ) ), Qt::SkipEmptyParts ) )
      longest = std::max( longest, textWidth( f, word ) );
    if ( longest > widthMm )
      smaller.setPointSizeF( std::max( 5.5, f.pointSizeF() * widthMm / longest ) );
    return smaller;
  };
  auto rowHeight = [&]( const QStringList &cells, const QFont &f )
  {
    double h = 0;
    for ( int c = 0; c < cells.size(); ++c )
      if ( !cells.at( c ).isEmpty() )
      {
        const double w = widths.value( c ) - 2 * padX;
        h = std::max( h, textHeight( fitted( cells.at( c ), f, w ), cells.at( c ), w ) );
      }
    return std::max( h, textHeight( f, QStringLiteral( "Åg" ), 100 ) ) + 2 * padY;
  };
  auto placeRow =
    [&]( const QStringList &cells, const QFont &f, const QColor &colour, double h, bool header, bool stripe )
  {
    if ( stripe )
      box( QRectF( left(), mY, width(), h ), QColor( 0xf3, 0xf1, 0xf6 ) );
    double x = left();
    for ( int c = 0; c < cells.size(); ++c )
    {
      const double w = widths.value( c ) - 2 * padX;
      if ( !cells.at( c ).isEmpty() )
        label( QRectF( x + padX, mY + padY, w, h - 2 * padY ), cells.at( c ), fitted( cells.at( c ), f, w ),
               colour, table.rightAligned.value( c ) ? Qt::AlignRight : Qt::AlignLeft );
      x += widths.value( c );
    }
    if ( header )
      rule( left(), right(), mY + h, SheetStyle::kText, 0.25 );
  };
  const double headerHeight = rowHeight( table.header, headerFont );
  ensure( headerHeight + ( table.rows.isEmpty() ? 0 : rowHeight( table.rows.first(), cellFont ) ) );
  placeRow( table.header, headerFont, SheetStyle::kMuted, headerHeight, true, false );
  mY += headerHeight;
  for ( int r = 0; r < table.rows.size(); ++r )
  {
    const QStringList &row = table.rows.at( r );
    const bool muted = table.mutedRows.value( r );
    const double h = rowHeight( row, muted ? mutedFont : cellFont );
    if ( h > remaining() )
    {
      newPage();
      placeRow( table.header, headerFont, SheetStyle::kMuted, headerHeight, true, false );
      mY += headerHeight;
    }
    placeRow( row, muted ? mutedFont : cellFont, muted ? SheetStyle::kMuted : SheetStyle::kText, h, false,
              r % 2 == 1 );
    mY += h;
  }
  mY += 3;
}

void LayoutFlow::heading( const QString &text, double points, double keepWithMm )
{
  const QFont f = font( points, true );
  const double height = textHeight( f, text, width() );
  ensure( height + keepWithMm );
  mY += atTop() ? 0 : 1.5;
  label( QRectF( left(), mY, width(), height ), text, f, SheetStyle::kText );
  mY += height + 1.2;
}

void LayoutFlow::titleBlock( const QString &title, const QString &classification, const QString &note )
{
  const QFont titleFont = font( 18, true );
  const QFont classificationFont = font( 8.5, true );
  const QFont noteFont = font( 8.5, true );
  double noteWidth = 0;
  if ( !note.isEmpty() )
    noteWidth = std::min( textWidth( noteFont, note ) + 8, width() * 0.38 );
  const double headingWidth = width() - ( noteWidth > 0 ? noteWidth + 5 : 0 );
  const double top = mY;
  const double titleHeight = textHeight( titleFont, title, headingWidth );
  label( QRectF( left(), top, headingWidth, titleHeight ), title, titleFont, kAccent );
  double bottomY = top + titleHeight + 1.5;
  if ( !classification.isEmpty() )
  {
    const double h = textHeight( classificationFont, classification, headingWidth );
    label( QRectF( left(), bottomY, headingWidth, h ), classification, classificationFont,
           SheetStyle::kInternal );
    bottomY += h;
  }
  if ( noteWidth > 0 )
  {
    // The synthetic-data note boxed as on the printed maps.
    const double textW = noteWidth - 8;
    const double h = textHeight( noteFont, note, textW ) + 5;
    box( QRectF( right() - noteWidth, top, noteWidth, h ), QColor( 0xff, 0xf6, 0xdc ),
         QColor( 0xd2, 0xa9, 0x3f ), 0.5 );
    label( QRectF( right() - noteWidth + 4, top + 2.5, textW, h - 5 ), note, noteFont,
           QColor( 0x6b, 0x4a, 0x00 ), Qt::AlignHCenter );
    bottomY = std::max( bottomY, top + h );
  }
  mY = bottomY + 2.5;
  rule( left(), right(), mY, SheetStyle::kRule, 0.35 );
  mY += 4;
}

void LayoutFlow::facts( const QList<QPair<QString, QString>> &rows, double keyWidthMm )
{
  const QFont keyFont = font( 8.5, true );
  const QFont valueFont = font( 9 );
  const double valueLeft = left() + keyWidthMm;
  const double valueWidth = right() - valueLeft;
  for ( const auto &[key, value] : rows )
  {
    const double h =
      std::max( textHeight( keyFont, key, keyWidthMm - 3 ), textHeight( valueFont, value, valueWidth ) );
    ensure( h );
    label( QRectF( left(), mY + 0.3, keyWidthMm - 3, h ), key, keyFont, SheetStyle::kMuted );
    label( QRectF( valueLeft, mY, valueWidth, h ), value, valueFont, SheetStyle::kText );
    mY += h + 1.2;
  }
}

void LayoutFlow::footer( const QString &left, const QString &centre, const QColor &centreColour,
                         const QString &right )
{
  const QFont f = font( 7.5 );
  const QFont bold = font( 7.5, true );
  const double y = mPageHeight - mMargins.bottom + 7;
  rule( this->left(), this->right(), y - 1.5, SheetStyle::kRule, 0.25 );
  const double third = width() / 3;
  const double h = textHeight( f, QStringLiteral( "Åg\nÅg" ), third );
  label( QRectF( this->left(), y, third * 1.05, h ), left, f, SheetStyle::kMuted );
  label( QRectF( this->left() + third * 1.05, y, third * 0.95, h ), centre, bold, centreColour,
         Qt::AlignHCenter );
  label( QRectF( this->left() + 2 * third, y, third, h ), right, f, SheetStyle::kMuted, Qt::AlignRight );
}

QFont LayoutFlow::font( double points, bool bold, bool italic )
{
  QFont f( PrintMap::fontFamily() );
  f.setPointSizeF( points );
  f.setBold( bold );
  f.setItalic( italic );
  // No ligatures: "fl" in "flyktvägar" stays two letters when the PDF's text is searched or copied.
  f.setStyleStrategy( QFont::PreferNoShaping );
  return f;
}

double LayoutFlow::textHeight( const QFont &font, const QString &text, double widthMm )
{
  // As QgsLayoutUtils::drawText lays text out: the font scaled up by FONT_WORKAROUND_SCALE (private in QGIS
  // 3.22) and the rectangle with it.
  const double scale = 10;
  const QFontMetricsF metrics( QgsLayoutUtils::scaledFontPixelSize( font ) );
  const QRectF bounds =
    metrics.boundingRect( QRectF( 0, 0, widthMm * scale, 1e7 ), Qt::TextWordWrap | Qt::AlignLeft, text );
  // A little air: a label cut by a hair loses its last line.
  return bounds.height() / scale + 0.3;
}

double LayoutFlow::textWidth( const QFont &font, const QString &text )
{
  double widest = 0;
  for ( const QString &line : text.split( QLatin1Char( '\n' ) ) )
    widest = std::max( widest, QgsLayoutUtils::textWidthMM( font, line ) );
  return widest;
}

void LayoutFlow::decoratePages( const std::function<void( int page, int pages )> &decorate )
{
  // Pages are filled in order; decorating moves the "current" page back over them, then leaves it last.
  std::vector<std::unique_ptr<QgsPrintLayout>> pages = std::move( mPages );
  mPages.clear();
  const int count = static_cast<int>( pages.size() );
  for ( int i = 0; i < count; ++i )
  {
    mPages.push_back( std::move( pages[static_cast<std::size_t>( i )] ) );
    decorate( i, count );
  }
}

QString LayoutFlow::checkTarget( const QString &pdfPath )
{
  const QFileInfo target( pdfPath );
  if ( !target.absoluteDir().exists() )
    return tr( "Could not write %1: the folder %2 does not exist." )
      .arg( QDir::toNativeSeparators( pdfPath ), QDir::toNativeSeparators( target.absolutePath() ) );
  if ( target.isDir() )
    return tr( "Could not write %1: it is a folder." ).arg( QDir::toNativeSeparators( pdfPath ) );
  return QString();
}

QString LayoutFlow::write( const QString &pdfPath, const QString &title, const QString &author,
                           const tryggkarta::ProgressCallback &progress, double from, bool *cancelled )
{
  if ( cancelled )
    *cancelled = false;
  const QString problem = checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  auto cannotWrite = [&pdfPath]
  {
    return tr( "Could not write %1. Check that the folder exists, that you may write there and that the "
               "file is not open in another program." )
      .arg( QDir::toNativeSeparators( pdfPath ) );
  };
  // Written beside the target and renamed when whole: a failed or cancelled export leaves an older file as
  // it was, and no half-written one.
  const QFileInfo target( pdfPath );
  const QString temporary = target.absoluteDir().filePath( QStringLiteral( ".%1-%2.pdf" )
                                                             .arg( target.completeBaseName() )
                                                             .arg( QCoreApplication::applicationPid() ) );
  QFile::remove( temporary );

  QgsFeedback feedback;
  QObject::connect( &feedback, &QgsFeedback::progressChanged, &feedback,
                    [&]( double percent )
                    {
                      if ( !tryggkarta::reportProgress( progress, from + ( 1 - from ) * percent / 100 ) )
                        feedback.cancel();
                    } );
  if ( !tryggkarta::reportProgress( progress, from ) )
    feedback.cancel();

  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = 300;
  settings.rasterizeWholeImage = false;
  settings.forceVectorOutput = false;
  settings.appendGeoreference = false;
  settings.exportMetadata = false; // written below: the page iterator's export does not
  // Real text: searchable and sharp at any zoom; the fonts are embedded.
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  PageIterator pages( mPages );
  QString error;
  const QgsLayoutExporter::ExportResult result =
    feedback.isCanceled() ? QgsLayoutExporter::Canceled
                          : QgsLayoutExporter::exportToPdf( &pages, temporary, settings, error, &feedback );
  if ( result != QgsLayoutExporter::Success || feedback.isCanceled() )
  {
    QFile::remove( temporary );
    if ( result == QgsLayoutExporter::Canceled || feedback.isCanceled() )
    {
      if ( cancelled )
        *cancelled = true;
      return tr( "Printing was cancelled; nothing was written." );
    }
    if ( result == QgsLayoutExporter::MemoryError )
      return tr( "There was not enough memory to print %1." ).arg( QDir::toNativeSeparators( pdfPath ) );
    return cannotWrite();
  }
  if ( QFileInfo( temporary ).size() <= 0 )
  {
    QFile::remove( temporary );
    return cannotWrite();
  }

  // The PDF's title and author, not the file's name and the login (as a printed map has them).
  if ( GDALDatasetH pdf = GDALOpenEx( QFile::encodeName( temporary ).constData(),
                                      GDAL_OF_RASTER | GDAL_OF_UPDATE, nullptr, nullptr, nullptr ) )
  {
    GDALSetMetadataItem( pdf, "TITLE", title.toUtf8().constData(), nullptr );
    GDALSetMetadataItem( pdf, "AUTHOR", author.toUtf8().constData(), nullptr );
    GDALSetMetadataItem( pdf, "CREATOR", "Tryggkarta", nullptr );
    GDALClose( pdf );
  }

  // rename() replaces the target in one step: there is never a moment without a whole file.
  if ( std::rename( QFile::encodeName( temporary ).constData(), QFile::encodeName( pdfPath ).constData() ) !=
       0 )
  {
    QFile::remove( temporary );
    return cannotWrite();
  }
  tryggkarta::reportProgress( progress, 1 );
  return QString();
}

#pragma once
// Documents of several A4 pages built in code as QGIS print layouts (the walk kit and the walk protocol):
// text, boxes, rules, maps and pictures placed down a page, on to the next when a block does not fit. Every
// page is a layout of its own (a layout slows down with every item it holds, so one long layout of a thousand
// items would take seconds to build); they are exported together into one PDF by QgsLayoutExporter, with
// progress and cancel between pages, written beside the target and renamed when whole.

#include "progress.h"

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QgsLayoutItemLabel;
class QgsLayoutItemMap;
class QgsLayoutItemPicture;
class QgsLayoutItemShape;
class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

//! A table that flows: its header again at the top of each page it continues on.
struct FlowTable
{
  QStringList header;
  QList<QStringList> rows;
  QList<double> widths;     //!< fractions of the width
  QList<bool> rightAligned; //!< per column
  QList<bool> mutedRows;    //!< per row: drawn grey and italic (drafts)
  double fontPoints = 7.5;
};

//! The room around a page's flow, mm from the paper's edge.
struct FlowMargins
{
  double left = 15;
  double right = 15;
  double top = 13;
  double bottom = 22; //!< the footer sits in here
};

class LayoutFlow
{
  Q_DECLARE_TR_FUNCTIONS( LayoutFlow )

public:
  static constexpr double kPageWidth = 210;  //!< A4 portrait, mm
  static constexpr double kPageHeight = 297; //!< mm

  //! landscape: A4 landscape pages (297 × 210 mm) instead of portrait.
  LayoutFlow( QgsProject *project, const QString &name, const FlowMargins &margins = FlowMargins(),
              bool landscape = false );
  ~LayoutFlow();
  LayoutFlow( const LayoutFlow & ) = delete;
  LayoutFlow &operator=( const LayoutFlow & ) = delete;

  // ----- where the flow is (page coordinates, mm) -----
  double left() const { return mMargins.left; }
  double right() const { return mPageWidth - mMargins.right; }
  double width() const { return right() - left(); }
  double top() const { return mMargins.top; }
  double bottom() const { return mPageHeight - mMargins.bottom; }
  double y() const { return mY; }
  void setY( double y ) { mY = y; }
  void advance( double mm ) { mY += mm; }
  double remaining() const { return bottom() - mY; }
  bool atTop() const { return mY <= top() + 0.01; }
  //! The page being filled, from 0.
  int pageIndex() const { return static_cast<int>( mPages.size() ) - 1; }
  int pageCount() const { return static_cast<int>( mPages.size() ); }
  //! Called at the top of every page after the first (a running heading); may place items and move y.
  std::function<void()> onNewPage;

  //! Starts a page and runs onNewPage.
  void newPage();
  //! Starts a page unless heightMm fits below y (or the page is still empty); true when it started one.
  bool ensure( double heightMm );

  // ----- items on the current page -----
  QgsLayoutItemLabel *label( const QRectF &rectMm, const QString &text, const QFont &font,
                             const QColor &colour, Qt::AlignmentFlag horizontal = Qt::AlignLeft,
                             Qt::AlignmentFlag vertical = Qt::AlignTop );
  //! A rectangle filled (or not, with an invalid fill) and outlined (or not, with an invalid stroke).
  QgsLayoutItemShape *box( const QRectF &rectMm, const QColor &fill, const QColor &stroke = QColor(),
                           double strokeMm = 0.25 );
  //! A horizontal rule from x1 to x2 at y.
  QgsLayoutItemShape *rule( double x1, double x2, double y, const QColor &colour, double thicknessMm = 0.2 );
  //! A map frame showing extent (widened to the frame's proportions, at a round scale).
  QgsLayoutItemMap *map( const QRectF &rectMm, const QList<QgsMapLayer *> &layers, const QgsRectangle &extent,
                         const QgsCoordinateReferenceSystem &crs );
  //! A picture from a file (an SVG by its suffix, else a raster), kept in its proportions inside the
  //! rectangle.
  QgsLayoutItemPicture *picture( const QRectF &rectMm, const QString &file );
  //! The current page's layout (scale bars and north arrows are placed on it by PrintMap).
  QgsPrintLayout *layout() const { return mPages.back().get(); }

  // ----- blocks that flow -----
  /**
   * Places wrapped text at y between x and x + widthMm (the flow's width when widthMm is 0), on a new page
   * when it does not fit below; returns its height and moves y below it by the height and after.
   */
  double paragraph( const QString &text, const QFont &font, const QColor &colour, double x = -1,
                    double widthMm = 0, double afterMm = 1.2 );
  //! Places a table at y over the flow's width, rows onto further pages as needed (the header repeated).
  void table( const FlowTable &table );
  //! A heading at y (kept with heightAfterMm of what follows it).
  void heading( const QString &text, double points = 11, double keepWithMm = 12 );
  /**
   * The document's title block at the top of the page: the title large, the classification line under it
   * (red: inside the EST group), the synthetic-data note boxed at the right when there is one; a rule under.
   */
  void titleBlock( const QString &title, const QString &classification, const QString &note );
  //! Rows of a key (bold, grey) and its value (wrapped), each row on the page as a whole.
  void facts( const QList<QPair<QString, QString>> &rows, double keyWidthMm = 40 );
  //! The current page's footer under a rule: left, centre (in centreColour) and right, in the bottom margin.
  void footer( const QString &left, const QString &centre, const QColor &centreColour, const QString &right );

  // ----- text -----
  //! The sheets' font (PrintMap::fontFamily()).
  static QFont font( double points, bool bold = false, bool italic = false );
  //! The height (mm) text takes wrapped at widthMm, as a layout label draws it.
  static double textHeight( const QFont &font, const QString &text, double widthMm );
  //! The width (mm) of the widest line.
  static double textWidth( const QFont &font, const QString &text );

  //! Runs decorate(page, pages) on every page, as the current one (headers and footers, "Sida 2 av 5").
  void decoratePages( const std::function<void( int page, int pages )> &decorate );

  /**
   * Writes the pages into one PDF at pdfPath through a temporary file beside it (nothing is left there when
   * it fails or is cancelled, and an older file stays as it was); title and author go into the PDF's
   * metadata. progress gets from … 1 while pages are written and may cancel. Returns an error message for the
   * user, or an empty string; *cancelled tells a cancel apart.
   */
  QString write( const QString &pdfPath, const QString &title, const QString &author,
                 const tryggkarta::ProgressCallback &progress, double from, bool *cancelled = nullptr );

  //! Whether pdfPath's folder exists and takes a file; else a message for the user.
  static QString checkTarget( const QString &pdfPath );

private:
  QgsProject *mProject = nullptr;
  QString mName;
  FlowMargins mMargins;
  double mPageWidth = kPageWidth;
  double mPageHeight = kPageHeight;
  std::vector<std::unique_ptr<QgsPrintLayout>> mPages;
  double mY = 0;
  bool mInNewPage = false;
};

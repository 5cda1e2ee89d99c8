#pragma once
// Printing the map: a QGIS print layout on A4 or A3 with title, period, map, legend, scale bar, north arrow,
// sources, print date and the synthetic-data note, exported to PDF for the EST meeting table.

#include <qgscoordinatereferencesystem.h>
#include <qgsrectangle.h>

#include <QPageLayout>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <memory>

class QgsLayoutItem;
class QgsLayoutItemMap;
class QgsLayoutItemScaleBar;
class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;

//! What to print: the map as the canvas shows it, and the texts around it.
struct PrintMapOptions
{
  enum class PaperSize
  {
    A4,
    A3
  };

  //! Large heading, e.g. "Lägesbild vecka 47"; empty prints "Lägesbild" (see PrintMap::periodTitle()).
  QString title;
  //! The line under the title, e.g. "2025-11-17 – 2025-11-23; klotter, skadegörelse".
  QString periodText;
  //! Where the data comes from, e.g. "Källor: polisen, kommunen, bostadsbolag. Bakgrundskarta: …".
  QString sourcesText;
  //! Printed in a marked box in the header when set: the synthetic-data note of a demo project.
  QString note;
  PaperSize paper = PaperSize::A4;
  QPageLayout::Orientation orientation = QPageLayout::Landscape;
  //! The area to show, in crs; the layout widens it to the map frame's proportions and a round scale.
  QgsRectangle extent;
  //! The map's CRS; invalid = the project's.
  QgsCoordinateReferenceSystem crs;
  //! The layers to draw, top first (as QgsMapCanvas::layers()); empty = the project's visible layers.
  QList<QgsMapLayer *> layers;
  //! The unit of the heatmap's values for its legend, e.g. "händelser per km² för perioden".
  QString heatmapUnits;
  //! The filter in words ("Kategorier: klotter. Källor: alla. …"), printed under the scale.
  QString filterText;
  //! The method and its parameters ("Kärntäthet, kvartisk kärna, radie 300 m, cell 25 m; 42 händelser").
  QString methodText;
  //! The classification line, stamped in the header ("Underlag för EST – ej för publicering").
  QString classification;
  //! Who made the map, printed with the date.
  QString organisation;
  //! The map leaves the EST group: aggregated, no points; the stamp is drawn as the public one.
  bool publicMode = false;
  //! Resolution of rasterised parts (map layers with effects, rasters) in the PDF.
  int dpi = 300;
  //! The date printed as "Utskriven …"; invalid = today.
  QDate printDate;
};

/**
 * Builds the print layout for a map and exports it to PDF. The layout keeps the map's legend, scale bar and
 * texts off the map: a side panel in landscape, a footer in portrait. Texts are Swedish by default through
 * the "PrintMap" translation context.
 */
class PrintMap
{
  Q_DECLARE_TR_FUNCTIONS( PrintMap )

public:
  //! Ids of the layout's items (QgsLayout::itemById()), for callers and tests.
  static const QString sMapId;
  static const QString sLegendId;
  static const QString sScaleBarId;
  static const QString sNorthArrowId;
  static const QString sTitleId;
  static const QString sPeriodId;
  static const QString sNoteId;
  static const QString sSourcesId;
  static const QString sScaleTextId;
  static const QString sPrintDateId;
  static const QString sFilterId;
  static const QString sMethodId;
  static const QString sClassificationId;

  /**
   * The layout variables the sheet's texts are made of, so a template edited in QGIS Desktop can place them
   * anywhere: a label with the text [% @tryggkarta_title %] shows the title. Names and values for options.
   */
  static QList<QPair<QString, QString>> variables( const PrintMapOptions &options, const QString &scaleText );
  //! Sets the variables of options on a layout (and on its stored template's labels when they use them).
  static void setVariables( QgsPrintLayout *layout, const PrintMapOptions &options );
  //! Builds the legend of the map item: the layers grouped (analysis, events, map) and a heatmap's colour
  //! steps with rounded values and its units; on a built or a stored layout.
  static void fillLegend( QgsPrintLayout *layout, const PrintMapOptions &options );

  //! Builds the layout (also for inspection); the layout refers to the project's layers, not copies.
  static std::unique_ptr<QgsPrintLayout> buildLayout( QgsProject *project, const PrintMapOptions &options );

  //! Builds the layout and writes it to a PDF; returns an error message for the user, or an empty string.
  static QString exportPdf( QgsProject *project, const PrintMapOptions &options, const QString &pdfPath );
  //! Writes a layout to a PDF (title and author in its metadata) or, for a .png path, an image at
  //! options.dpi; returns an error message for the user, or an empty string.
  static QString exportLayout( QgsPrintLayout *layout, const PrintMapOptions &options, const QString &path );

  /**
   * A title for a period: "Lägesbild vecka 47" for one ISO week, "Lägesbild vecka 45–47" for whole weeks of
   * one year, otherwise "Lägesbild 2025-11-01 – 2025-11-30" (until is inclusive).
   */
  static QString periodTitle( const QDate &from, const QDate &until );

  //! "A4" or "A3".
  static QString paperName( PrintMapOptions::PaperSize paper );

  //! The page size in millimetres.
  static QSizeF pageSizeMm( PrintMapOptions::PaperSize paper, QPageLayout::Orientation orientation );

  //! The one sans-serif family of every printed text (Noto Sans, DejaVu Sans, Liberation Sans or the
  //! system's).
  static QString fontFamily();

  //! "Skala 1:40 000 (utskrift i A4)" and, on a second line, the CRS: under the scale bar.
  static QString scaleText( double scale, PrintMapOptions::PaperSize paper,
                            const QgsCoordinateReferenceSystem &crs );

  //! The smallest round map scale denominator (1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 7.5 × 10^n) at or above scale.
  static double roundScale( double scale );

  //! The sheets' scale bar (round segments, m or km) for map, at most widthMm wide, its top left at topLeft
  //! (mm); type scales its text. Other printed documents use it too.
  static QgsLayoutItemScaleBar *addScaleBar( QgsPrintLayout *layout, QgsLayoutItemMap *map,
                                             const QPointF &topLeft, double widthMm, double type = 1 );
  //! The sheets' north arrow for map in rectMm.
  static QgsLayoutItem *addNorthArrow( QgsPrintLayout *layout, QgsLayoutItemMap *map, const QRectF &rectMm,
                                       double type = 1 );
};

#pragma once
// An intervention's evaluation as one A4 page through a QGIS print layout (LayoutFlow): the settings, a table
// per category group and in total (counts, DiD, RES with its interval, WDD with SE and interval, WDQ or why
// not), the sentences in plain Swedish from the core, and a chart of the weekly counts in each area with the
// before and after periods marked (painted with QPainter into a picture item). The chart's painter is shared
// with the evaluation dialog.

#include "evaluation.h"
#include "progress.h"

#include <QCoreApplication>
#include <QDate>
#include <QRectF>
#include <QString>

class QPainter;

class EvaluationPdf
{
  Q_DECLARE_TR_FUNCTIONS( EvaluationPdf )

public:
  /**
   * Writes the page to pdfPath (through a temporary file beside it: a failed or cancelled run leaves
   * nothing). synthetic: the project holds generated example data (a note on the page). Returns an error
   * message for the user, or an empty string. printDate: today when invalid.
   */
  static QString write( const tryggkarta::EvaluationResult &result, bool synthetic, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {}, const QDate &printDate = QDate() );

  //! "Utvärdering: Ny belysning (Centrum)".
  static QString title( const tryggkarta::EvaluationResult &result );

  /**
   * Paints the weekly counts in the target, the comparison area and the buffer as lines, with the before
   * period shaded grey and the after period green, a legend and week labels, into rect (in the painter's
   * units). Text is 7 pt on the painter's device; scale multiplies line widths and gaps (device pixels per
   * screen pixel: 300 / 96 for a 300 dpi image).
   */
  static void paintChart( QPainter &painter, const QRectF &rect, const tryggkarta::EvaluationResult &result,
                          double scale = 1 );

  //! The rows of the result table: the total first, then the groups; each row's cells as the page shows them.
  static QList<QStringList> tableRows( const tryggkarta::EvaluationResult &result );
  //! The table's header.
  static QStringList tableHeader( bool withBuffer );
};

#pragma once
// The lägesbild report as one PDF in Swedish, structured as lag 2023:196 asks: summary, the mapping (overview
// map, a map per category group, counts against the previous period and last year, hour × weekday, the weekly
// trend, ranked areas, reporting completeness), other information (safety walks, the coordinator's notes),
// analysis (hot spots, clusters, sources and their limits) and follow-up (actions). A cover, a table of
// contents, a header and footer with page numbers on every page; charts as vector graphics, maps drawn by
// QGIS into the PDF.

#include "lagesbild.h"
#include "progress.h"

#include <QCoreApplication>
#include <QString>

class MapSheet;

class ReportPdf
{
  Q_DECLARE_TR_FUNCTIONS( ReportPdf )

public:
  /**
   * Writes the report to pdfPath (through a temporary file beside it, so a failed or cancelled run leaves
   * nothing and an older file stays); maps come from sheet's layers. Returns an error message, or an empty
   * string. The callback reports progress and may cancel.
   */
  static QString write( MapSheet &sheet, const tryggkarta::LagesbildReport &report, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {} );

  //! The report's title: "Lägesbild v. 47 2026".
  static QString title( const tryggkarta::LagesbildReport &report );
};

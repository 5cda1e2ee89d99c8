#pragma once
// The yearly follow-up of the citizen promise (medborgarlöfte) as an A4 PDF made of QGIS print layouts
// (through LayoutFlow, like the walk protocol): the promise (year, title, signed by which roles, what in the
// lägesbild it builds on), then per activity what was promised, what was done (the linked walks and actions
// with their dates and status, "2 av 4 trygghetsvandringar genomförda") and the lägesbild of its place this
// year against the year before by category group. The public variant prints the plain sentences, no internal
// note and no count below k. The document is Swedish whatever the interface's language, as the lägesbild
// report is.

#include "progress.h"
#include "promises.h"

#include <QDate>
#include <QString>

#include <vector>

class MapSheet;

class PromisePdf
{
public:
  /**
   * Writes the follow-ups of a year to pdfPath (through a temporary file beside it: a failed or cancelled run
   * leaves nothing and an older file stays). Returns an error message for the user, or an empty string.
   * printDate: today when invalid.
   */
  static QString write( MapSheet &sheet, const std::vector<tryggkarta::PromiseFollowUp> &followUps,
                        bool publicMode, int minCount, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {}, const QDate &printDate = QDate() );

  //! "Medborgarlöfte 2026: uppföljning" (public: "Medborgarlöfte 2026: så gick det").
  static QString title( int year, bool publicMode );
};

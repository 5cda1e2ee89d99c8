#pragma once
// The walk kit (what the walkers carry) as one A4 PDF made of QGIS print layouts: a first page with the
// walk's plan (date, start, light, meeting point, purpose, route length, organiser, invited organisations)
// and a map of the route with its numbered stops over the project's base map; then one page per stop (more
// when its content needs them): why it is on the route, what happened around it and what earlier walks found
// there with their actions, a map of its surroundings, and the project's checklist to fill in on the walk
// (0–3 per item, lines for notes), the overall feeling, a proposed action and who would be responsible. A
// footer on every page.

#include "progress.h"
#include "walkcontext.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class MapSheet;

class WalkKitPdf
{
  Q_DECLARE_TR_FUNCTIONS( WalkKitPdf )

public:
  /**
   * Writes the kit to pdfPath (through a temporary file beside it: a failed or cancelled run leaves nothing
   * and an older file stays); the maps come from sheet's base map. Returns an error message for the user, or
   * an empty string. The callback reports progress and may cancel. printDate: today when invalid.
   */
  static QString write( MapSheet &sheet, const tryggkarta::WalkKit &kit, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {}, const QDate &printDate = QDate() );

  //! "Trygghetsvandring: Centrum–stationen" (a name that starts with the word already is not given it twice).
  static QString title( const tryggkarta::Walk &walk );

  //! A date as the walk documents print it: "onsdag 15 oktober 2025" (the text as it is when it is no date).
  static QString dateText( const std::string &isoDate );
  //! An action in a line: "Byt armaturer – klar 2024-11-20", "Speglar – avslagen: ersätts av belysning".
  static QString actionText( const tryggkarta::ActionBrief &action );
  //! Today in Stockholm.
  static QDate today();

  //! The checklist code whose line is the overall feeling.
  static const char *const sOverallFeeling;
};

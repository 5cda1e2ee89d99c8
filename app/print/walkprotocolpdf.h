#pragma once
// The protocol after a safety walk as one A4 PDF made of QGIS print layouts: the walk (date, light, who took
// part per organisation, counts only), the route map with its numbered stops, a summary (what was found most
// often, the stops rated worst, the actions so far), each stop with its ratings, notes, proposed actions,
// responsible parties, deadlines, action statuses and photos, for a repeat walk the ratings then and now with
// what was done in between, the observations at no stop, and which checklist items go with the overall
// feeling across the project's walks. Free text comes screened from the core; drafts are marked.

#include "progress.h"
#include "walkprotocol.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class MapSheet;

class WalkProtocolPdf
{
  Q_DECLARE_TR_FUNCTIONS( WalkProtocolPdf )

public:
  /**
   * Writes the protocol to pdfPath (through a temporary file beside it: a failed or cancelled run leaves
   * nothing and an older file stays). Returns an error message for the user, or an empty string. The callback
   * reports progress and may cancel. printDate: today when invalid.
   */
  static QString write( MapSheet &sheet, const tryggkarta::WalkProtocol &protocol, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {}, const QDate &printDate = QDate() );

  //! "Protokoll: Trygghetsvandring Centrum–stationen".
  static QString title( const tryggkarta::Walk &walk );
};

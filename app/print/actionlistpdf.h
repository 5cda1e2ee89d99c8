#pragma once
// The action list for the follow-up meeting as an A4 landscape PDF made of QGIS print layouts (LayoutFlow):
// a title block with the selection in words and the counts, then the actions grouped by status (föreslagna,
// beslutade, pågår, klara, avslagna), each group by deadline, overdue ones marked FÖRSENAD. The public
// variant (for the municipal web) shows what is done, by whom, the status, deadline, done date and, for each
// action not taken, the reason; never notes, costs or contact roles. In Swedish.

#include "actionstore.h"
#include "progress.h"

#include <QDate>
#include <QString>

#include <string>
#include <vector>

class QgsProject;

struct ActionListPdfOptions
{
  bool publicVariant = false;
  std::string filterText;   //!< the selection in words ("alla åtgärder", "status beslutad; försenade")
  std::string organisation; //!< printed as the author
  bool synthetic = false;   //!< the project holds generated example data
  std::string today;        //!< YYYY-MM-DD for "försenad"; empty: today in Stockholm
  int minCount = 5;         //!< the project's k, for the public classification line
};

class ActionListPdf
{
public:
  /**
   * Writes the list to pdfPath (through a temporary file beside it: a failed run leaves nothing and an older
   * file stays). Returns an error message for the user, or an empty string.
   */
  static QString write( QgsProject *project, const std::vector<tryggkarta::Action> &actions,
                        const ActionListPdfOptions &options, const QString &pdfPath,
                        const tryggkarta::ProgressCallback &progress = {} );

  //! "Åtgärdslista" or "Åtgärdslista (publik version)".
  static QString title( bool publicVariant );
};

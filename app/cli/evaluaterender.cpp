// tryggkarta-render's half of evaluate: the same command with a PDF (EvaluationPdf through QGIS layouts).

#include "evaluatecommands.h"
#include "evaluationpdf.h"

namespace tryggkarta
{

int commandEvaluatePdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  return cli::runEvaluate(
    args, out, err,
    []( const EvaluationResult &result, const std::string &path, bool synthetic )
    { return EvaluationPdf::write( result, synthetic, QString::fromStdString( path ) ).toStdString(); } );
}

} // namespace tryggkarta

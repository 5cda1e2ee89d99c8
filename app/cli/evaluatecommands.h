#pragma once
// tryggkarta-cli evaluate: an intervention's effect (target against comparison area, before and after, with
// an optional buffer ring), printed, written as CSV, stored in the project, or as a one-page PDF (which
// tryggkarta-render writes: the command-line tool hands "evaluate … --out FILE.pdf" over to it).

#include <functional>
#include <ostream>
#include <string>
#include <vector>

namespace tryggkarta
{
struct EvaluationResult;

namespace cli
{

//! Writes the result as a PDF (synthetic: the project holds generated example data); returns an error message
//! for the user, or an empty string.
using EvaluationPdfWriter =
  std::function<std::string( const EvaluationResult &result, const std::string &path, bool synthetic )>;

//! The command; pdf writes a PDF (tryggkarta-render's), empty in tryggkarta-cli.
int runEvaluate( const std::vector<std::string> &args, std::ostream &out, std::ostream &err,
                 const EvaluationPdfWriter &pdf );
//! tryggkarta-cli's evaluate (no PDF: cli.cpp hands those to tryggkarta-render).
int commandEvaluate( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
//! Whether evaluate's arguments ask for a PDF (--out FILE.pdf).
bool evaluateWritesPdf( const std::vector<std::string> &args );

} // namespace cli
} // namespace tryggkarta

#pragma once
// Checks of a file against the import limits (importlimits.h) before it is handed to GDAL, for what GDAL
// would pay for out of proportion to the file's size: GeoJSON nested very deep or with very many property
// names (each new name costs a search of the names before it), and spreadsheet rows numbered far apart (GDAL
// fills the gaps with empty rows, so a few kilobytes can ask for millions of rows). One pass over the bytes
// each, in constant memory.

#include "expected.h"

#include <string>

namespace tryggkarta
{

//! Refuses a JSON file nested deeper than kMaxJsonDepth or with more than kMaxImportColumns distinct member
//! names. Says nothing about whether it is valid JSON: GDAL decides that.
Status checkJsonLimits( const std::string &path );

//! Refuses an XLSX workbook with a row numbered above kMaxSheetRows or a cell in a column past
//! kMaxImportColumns in any of its sheets. A file that is not a workbook passes (GDAL says what it is).
Status checkSheetLimits( const std::string &path );

} // namespace tryggkarta

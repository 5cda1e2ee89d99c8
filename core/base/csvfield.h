#pragma once
// Fields of the semicolon-separated CSV files Tryggkarta writes for spreadsheets (crosswalks, action lists).

#include <string>

namespace tryggkarta
{

/**
 * A field as a spreadsheet shows it: quoted when it holds the separator ';', a quote or a line break. Text
 * that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) gets a
 * leading apostrophe, so that a value typed in the field is never run.
 */
std::string spreadsheetCsvField( const std::string &field );

} // namespace tryggkarta

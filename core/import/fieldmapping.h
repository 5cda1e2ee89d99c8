#pragma once
// From a file's column names to the project's fields, and from text values to numbers, as Swedish files write
// them.

#include "importer.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tryggkarta
{

//! Lowercase ASCII with å/ä→a, ö→o, é→e and everything but letters and digits removed: "Händelse-typ" →
//! "handelsetyp".
std::string normalizeName( std::string_view name );
//! The automatic mapping for a kind: target field → column, from common Swedish and English headers.
std::map<std::string, std::string> autoMapFields( const std::vector<std::string> &columns, ImportKind kind );
/**
 * The automatic mapping, then what the source itself knows of its columns (sourceMapping: a format with
 * fixed columns, such as the police feed), then the user's overrides (options.fieldMap), checked against the
 * file's columns: fails when a mapped column is missing or the coordinates, date or category cannot be found.
 * name is the file's name for messages; warnings gets what the user should know about the choice.
 */
Expected<std::map<std::string, std::string>>
resolveMapping( const std::string &name, const std::vector<std::string> &columns,
                const ImportOptions &options, bool hasGeometry, std::vector<Message> &warnings,
                const std::map<std::string, std::string> &sourceMapping = {} );
//! A number with a decimal point or comma, optional sign, spaces as thousands separators; nothing if not a
//! number.
std::optional<double> parseNumber( std::string_view text );
//! Trims ASCII and UTF-8 no-break spaces.
std::string_view trim( std::string_view text );
//! Case-insensitive key for matching labels: normalizeName but keeping å, ä, ö distinct from a and o.
std::string labelKey( std::string_view text );
//! Yes/no in Swedish or English ("ja", "nej", "yes", "1", "sant", "bra" ...); nothing if neither.
std::optional<bool> parseYesNo( std::string_view text );

} // namespace tryggkarta

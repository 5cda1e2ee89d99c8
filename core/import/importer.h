#pragma once
// Import of incidents and safety-walk observations into a project: every row imported or rejected with
// its row number and reason, the whole import one transaction that a cancel or failure rolls back.

#include "expected.h"

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

enum class ImportKind
{
  Incidents,
  Observations
};

struct ImportOptions
{
  ImportKind kind = ImportKind::Incidents;
  //! Source CRS as EPSG code; when unset it comes from the file or is detected from the values.
  std::optional<int> sourceEpsg;
  //! Overrides of the automatic mapping: target field (see importTargetFields) -> source column name.
  std::map<std::string, std::string> fieldMap;
  //! Source category value -> project category code, for values the project does not know. Incidents: the
  //! choices are stored in the crosswalk used (see crosswalk), so the next import knows them.
  std::map<std::string, std::string> categoryMap;
  //! Incidents: source category values to leave out on purpose (their rows are kept in the rejects with that
  //! reason, counted apart from errors); stored in the crosswalk like categoryMap.
  std::vector<std::string> leaveOut;
  //! Incidents: the crosswalk to read categories through; empty: the one that knows most of the file's values
  //! (none when no crosswalk knows any). Choices (categoryMap, leaveOut) are stored in it, or, when there is
  //! none, in the crosswalk kImportChoicesCrosswalk.
  std::string crosswalk;
  //! Store categoryMap and leaveOut in the crosswalk (not in a dry run).
  bool rememberChoices = true;
  //! "" to detect, or "UTF-8", "CP1252" (CSV only).
  std::string encoding;
  //! 0 to sniff, or ',', ';', '\t' (CSV only).
  char delimiter = 0;
  //! Layer to read from a multi-layer source (GeoPackage); the first point layer when empty.
  std::string layerName;
  //! Incident source when the file has no source column: "est", "police", "safety_walk" or "manual".
  std::string defaultSource = "est";
  //! Replace personal data found in free text with placeholders (flagged either way).
  bool redactPersonalData = true;
  //! Import a file whose exact content was imported before.
  bool allowReimport = false;
  //! Validate and report, then roll back: the project is not changed.
  bool dryRun = false;
  //! Who imports, kept with the batch for provenance.
  std::string importedBy;
  //! Every row must carry an event id (set by the importer for the police feed, whose events always have
  //! one); otherwise a row without one is imported without the check for events already in the project.
  bool eventIdRequired = false;
};

struct RejectedRow
{
  int64_t rowNumber = 0; //!< 1-based line in a text file (header is line 1); feature index + 1 otherwise
  Message reason;        //!< its English text is kept in the project's import_rejects table
  std::string rawRow;
};

struct ImportReport
{
  std::string fileName;
  std::string format;   //!< "CSV", "GeoJSON", "GPKG", "ESRI Shapefile", "XLSX", "GPX"
  std::string layer;    //!< the layer read, for multi-layer formats
  std::string encoding; //!< CSV: what was read
  char delimiter = 0;   //!< CSV: what was used
  Message sourceCrs;    //!< e.g. "EPSG:4326 (WGS 84, recognised from the values)"
  //! Target field -> source column actually used.
  std::map<std::string, std::string> mapping;
  int64_t rowsRead = 0;
  int64_t rowsImported = 0;
  int64_t rowsRejected = 0;
  int64_t rowsFlagged = 0; //!< rows whose free text held personal data
  std::vector<RejectedRow> rejects;
  std::vector<Message> warnings;
  //! Category values not in the project, with row counts (those rows are rejected).
  std::map<std::string, int64_t> unknownCategories;
  //! The crosswalk categories were read through; empty when none.
  std::string crosswalk;
  //! Rows left out on purpose by the crosswalk or the user's choice (in the rejects, not in rowsRejected).
  int64_t rowsLeftOut = 0;
  //! The values left out, with row counts.
  std::map<std::string, int64_t> leftOutValues;
  //! Police events already in the project or repeated in the file (in the rejects, not in rowsRejected).
  int64_t rowsDuplicate = 0;
  //! Imported rows whose place is not a point (area, municipality, county), by precision code.
  std::map<std::string, int64_t> impreciseRows;
  //! Every category value of the file with its row count (what the import dialog's mapping table lists).
  std::map<std::string, int64_t> categoryValues;
  std::vector<std::string> newOrganisations;
  //! Personal data found in free text, by kind code ("personnummer", "phone", ...), with counts.
  std::map<std::string, int64_t> personalData;
  int64_t batchId = 0;
  bool dryRun = false;
  bool cancelled = false;
};

//! The crosswalk an import stores the user's choices in when no other crosswalk was used.
constexpr const char *kImportChoicesCrosswalk = "importval";

//! Called now and then with the fraction done (0–1); return false to cancel.
using ImportProgress = std::function<bool( double fraction )>;

//! Imports path into the project. A hard failure (unreadable file, nothing mappable) is an Error and changes
//! nothing.
Expected<ImportReport> importFile( ProjectFile &project, const std::string &path,
                                   const ImportOptions &options,
                                   const ImportProgress &progress = ImportProgress() );

struct ImportPreview
{
  std::string format;
  std::vector<std::string> columns;
  std::vector<std::vector<std::string>> sampleRows; //!< up to 20 rows as text
  std::map<std::string, std::string> mapping;       //!< the automatic mapping
  std::optional<Message> sourceCrs;                 //!< when it was decided
  std::vector<Message> warnings;                    //!< about the mapping (also why it is not complete yet)
};

//! Reads the start of a file and proposes a mapping, for the import dialog.
Expected<ImportPreview> previewFile( const std::string &path, const ImportOptions &options );

//! Target fields a column can be mapped to for a kind, e.g. "x", "y", "date", "time", "category", ...
std::vector<std::string> importTargetFields( ImportKind kind );

} // namespace tryggkarta

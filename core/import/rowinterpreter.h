#pragma once
// From a source's row to a record for the project: the mapped columns read as dates, categories, counts,
// walks and ratings, free text screened for personal data, unmapped columns kept as extra attributes, and the
// first problem as the row's reject reason. The coordinates are read here and transformed by the importer.

#include "database.h"
#include "datetimeparser.h"
#include "importer.h"
#include "rowsource.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace tryggkarta
{

class Database;
class ProjectFile;

//! A value for a message: quoted, and cut after 60 characters (never inside a UTF-8 character).
std::string quotedValue( std::string_view text );

//! A lookup from labels (code, Swedish and English labels, any case) to codes.
class CodeLookup
{
public:
  void add( const std::string &label, const std::string &code );
  //! A user's mapping: replaces what the label would otherwise match.
  void set( const std::string &label, const std::string &code );
  const std::string *find( std::string_view value ) const;

private:
  std::unordered_map<std::string, std::string> mCodes;
};

//! When an event happened: an instant, or an interval when it is known only to lie within one.
struct RecordTimes
{
  int64_t from = 0;
  std::optional<int64_t> until;
};

//! A record read from a row, before its coordinates are transformed.
struct PendingRecord
{
  int64_t rowNumber = 0;
  double x = 0, y = 0;
  std::string raw;
  std::optional<Message> reject; //!< set: rejected with this reason
  RecordTimes times;
  std::string category;     // incidents: category code; observations: checklist item
  std::string organisation; // incidents
  std::string placeType;    // incidents
  double weight = 1;        // incidents
  std::string text;         // incidents: description; observations: note
  std::string text2;        // observations: proposed action
  std::string source;       // incidents
  std::string flags;
  int64_t walkId = 0;   // observations
  int rating = -1;      // observations
  int positive = -1;    // observations
  std::string photos;   // observations
  bool hasTime = false; // observations
  std::string extra;

  //! Resets the record but keeps the strings' memory, so the hot loop does not allocate per row.
  void clear();
};

//! Reads rows with one mapping into records; counts what the report tells about the whole file.
class RowInterpreter
{
public:
  /**
   * Reads the project's vocabularies (categories or checklist items, place types, organisations, walks) and
   * resolves the mapping to column indexes. Unknown categories and personal data found are counted in report.
   */
  RowInterpreter( ProjectFile &project, const ImportOptions &options, const std::vector<std::string> &columns,
                  const std::map<std::string, std::string> &mapping, ImportReport &report );

  //! True when the points come from the rows' geometries (no x/y or lon/lat columns are mapped).
  bool usesGeometry() const { return mX < 0 || mY < 0; }
  int xColumn() const { return mX; }
  int yColumn() const { return mY; }

  //! Fills everything but the transformed coordinates; sets p.reject on the first problem.
  void interpret( const SourceRow &row, bool swapped, PendingRecord &p );

  const std::vector<std::string> &newOrganisations() const { return mNewOrganisations; }
  //! Reporting organisations are open-ended: one first seen on a row that is kept is added and reported.
  void keepOrganisation( const std::string &name );
  //! Rows whose place type the project does not know (kept in their extra attributes).
  int64_t unknownPlaceTypes() const { return mUnknownPlaceTypes; }

private:
  std::string_view value( const SourceRow &row, const char *target ) const;
  //! Reads coordinates; false with a reason when they are missing or not numbers.
  bool readCoordinates( const SourceRow &row, bool swapped, PendingRecord &p ) const;
  std::optional<LocalDateTime> parseWithTime( std::string_view dateText, std::string_view timeText,
                                              PendingRecord &p ) const;
  bool readTimes( const SourceRow &row, PendingRecord &p ) const;
  //! The text to store, with personal data replaced unless the options keep it; flags gets its kinds.
  std::string screen( std::string_view text, std::string &flags );
  std::string extraAttributes( const SourceRow &row,
                               const std::vector<std::pair<std::string, std::string>> &additional ) const;
  void interpretIncident( const SourceRow &row, PendingRecord &p,
                          std::vector<std::pair<std::string, std::string>> &kept );
  void interpretObservation( const SourceRow &row, PendingRecord &p );

  Database &mDb;
  const ImportOptions &mOptions;
  ImportReport &mReport;
  int64_t mNow;
  std::map<std::string, int> mColumn;
  int mX = -1, mY = -1;
  std::vector<std::pair<size_t, std::string>> mExtraColumns;
  CodeLookup mCategories;
  CodeLookup mPlaceTypes;
  std::unordered_map<std::string, std::string> mOrganisations;
  std::unordered_map<std::string, int64_t> mWalks;
  std::set<std::string> mKnownOrganisations;
  std::vector<std::string> mNewOrganisations;
  int64_t mUnknownPlaceTypes = 0;
};

} // namespace tryggkarta

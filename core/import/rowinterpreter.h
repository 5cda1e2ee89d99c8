#pragma once
// From a source's row to a record for the project: the mapped columns read as dates, categories, counts,
// walks and ratings, free text screened for personal data, unmapped columns kept as extra attributes, and the
// first problem as the row's reject reason. The coordinates are read here and transformed by the importer.

#include "crosswalks.h"
#include "database.h"
#include "datetimeparser.h"
#include "importer.h"
#include "rowsource.h"

#include <cstdint>
#include <functional>
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
  const char *precision = "exact"; // incidents: the place precision's code (placeprecision.h)
  bool precisionGiven = false;     // incidents: the file gave the precision (place detection leaves it)
  std::string placeName;           // incidents: the place's name as the source writes it
  std::string eventId;             // incidents: the source's id of the event
  bool leftOut = false;            // rejected on purpose (reject says why): not an error
  bool duplicate = false;          // an event already in the project or earlier in the file: not an error

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

  //! The column read as the category (incidents) or checklist item (observations); -1 when none.
  int categoryColumn() const;
  //! True when the project knows the value as a category by code or label (incidents).
  bool projectKnowsCategory( std::string_view value ) const { return mCategories.find( value ) != nullptr; }
  /**
   * Incidents: reads categories through the crosswalk (after the user's choices, before the project's own
   * categories); nullptr for none. choicesName names the crosswalk the user's choices are kept in, for the
   * reason given to a row left out on purpose.
   */
  void useCrosswalk( const Crosswalk *crosswalk, const std::string &choicesName );
  //! Counts every category value the interpreter reads into the report (when no first pass did).
  void countCategoryValues( bool count ) { mCountValues = count; }

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
  //! Incidents, before anything else is read: an event already in the project, or a value left out on
  //! purpose. True when the row is settled (p.duplicate or p.leftOut set, or rejected).
  bool settledEarly( const SourceRow &row, PendingRecord &p );
  //! The row's source code ("est", "police", ...), or nothing when the value is not a known source.
  std::optional<std::string> sourceOf( const SourceRow &row ) const;

  //! What a category value is read as.
  struct CategoryChoice
  {
    enum Kind
    {
      Unknown,
      Category,
      LeaveOut
    } kind = Unknown;
    std::string code;
  };
  const CategoryChoice &chooseCategory( std::string_view value );
  void interpretObservation( const SourceRow &row, PendingRecord &p );

  Database &mDb;
  const ImportOptions &mOptions;
  ImportReport &mReport;
  int64_t mNow;
  std::map<std::string, int, std::less<>> mColumn; //!< target -> column; looked up without a copy
  int mX = -1, mY = -1;
  std::vector<std::pair<size_t, std::string>> mExtraColumns;
  CodeLookup mCategories;
  CodeLookup mPlaceTypes;
  std::unordered_map<std::string, std::string> mOrganisations;
  std::unordered_map<std::string, int64_t> mWalks;
  std::set<std::string> mKnownOrganisations;
  std::vector<std::string> mNewOrganisations;
  int64_t mUnknownPlaceTypes = 0;
  bool mCountValues = false;
  // Categories (incidents): the user's choices, the crosswalk, the project's categories, a group's name.
  CodeLookup mUserMap;
  std::set<std::string> mUserLeaveOut; //!< labelKey of the values
  const Crosswalk *mCrosswalk = nullptr;
  std::string mChoicesName;
  CodeLookup mGroups; //!< group code and labels -> group code
  struct GroupOther
  {
    std::string groupLabel, code, label; //!< the group's name; its "other" category's code and name
  };
  std::map<std::string, GroupOther> mGroupOther;           //!< by group code
  std::unordered_map<std::string, CategoryChoice> mChosen; //!< by the value as written
  std::string mKey;
  // Event ids (incidents): those in the project (source + '\n' + id -> batch), those read in this file.
  //! The key events are told apart by: the same id from another source or organisation is another event.
  static std::string eventKey( std::string_view source, std::string_view organisation, std::string_view id );
  //! "event_id=…; date=…; category=…; place_name=…": what tells a row's event apart, without its free text.
  std::string identifyingValues( const SourceRow &row ) const;
  //! The organisation a row's value is stored as ("" when none).
  std::string organisationOf( const SourceRow &row ) const;
  bool mEventIds = false;
  std::unordered_map<std::string, int64_t> mProjectEvents;
  std::unordered_map<std::string, int64_t> mFileEvents; //!< -> row number
  std::map<int64_t, std::string> mBatchTimes;
  //! Place precision codes by the value as written (nullptr: not a precision).
  std::unordered_map<std::string, const char *> mPrecisions;
};

} // namespace tryggkarta

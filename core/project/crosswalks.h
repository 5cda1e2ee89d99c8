#pragma once
// Crosswalks (kategorinycklar): for a source's vocabulary (the police feed's event types, an organisation's
// own export, any named list) each value -> a project category, or "leave out on purpose" (the import keeps
// such a row in its rejects with that reason, counted apart from errors). A project ships with the police
// crosswalk (policevocabulary.h); the import dialog and `--map-category` add lines as the user decides them.
// Values match without regard to case and surrounding spaces.

#include "database.h"
#include "expected.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tryggkarta
{

//! A value as crosswalks match it: surrounding spaces taken off, letters (A–Z and the Latin-1 capitals Å, Ä,
//! Ö, É, ...) in lower case. Two values with the same key are the same line.
std::string crosswalkKey( std::string_view value );

//! One line of a crosswalk.
struct CrosswalkEntry
{
  std::string sourceValue; //!< as the source writes it: "Misshandel"
  std::string category;    //!< the project category code; empty when left out
  bool leaveOut = false;   //!< left out on purpose (category is then empty)
  std::string note;
};

struct Crosswalk
{
  int64_t fid = 0;
  std::string name; //!< unique in the project, without regard to case: "polisen"
  std::string description;
  std::vector<CrosswalkEntry> entries; //!< sorted by source value
  //! The line for a value (case and surrounding spaces ignored), if any.
  const CrosswalkEntry *find( const std::string &value ) const;
};

//! Who changes a crosswalk, for the audit log.
struct CrosswalkWriteOptions
{
  std::string actor;
  std::string origin; //!< "import dialog", "tryggkarta-cli crosswalk", ...
};

/**
 * The crosswalks of an open project. Every change is one transaction with an audit-log line; a refused change
 * (unknown category, empty value) changes nothing.
 */
class CrosswalkStore
{
public:
  explicit CrosswalkStore( Database &db ) : mDb( db ) {}

  Expected<std::vector<Crosswalk>> list();
  Expected<Crosswalk> load( const std::string &name );
  //! Creates an empty crosswalk; a taken name is refused.
  Expected<int64_t> create( const std::string &name, const std::string &description,
                            const CrosswalkWriteOptions &options );
  //! Removes a crosswalk with its lines.
  Status remove( const std::string &name, const CrosswalkWriteOptions &options );
  //! Adds or replaces lines (all or none); the crosswalk is created when it does not exist.
  Status set( const std::string &name, const std::vector<CrosswalkEntry> &entries,
              const CrosswalkWriteOptions &options );
  //! Removes the line for a value.
  Status removeEntry( const std::string &name, const std::string &value,
                      const CrosswalkWriteOptions &options );
  //! The crosswalk as CSV (UTF-8 with BOM, ';'): source_value;category;leave_out;note.
  Expected<std::string> exportCsv( const std::string &name );
  //! Reads lines from such a CSV into the crosswalk (created if needed); a bad row refuses the whole file,
  //! naming the file, the row and the reason. Returns the number of lines read.
  Expected<int64_t> importCsv( const std::string &name, const std::string &path,
                               const CrosswalkWriteOptions &options );

private:
  Database &mDb;
};

/**
 * The crosswalk that knows most of a file's values (at least one), for an import that names none; nothing
 * when no crosswalk knows any of them. values: the file's distinct category values with their row counts.
 */
std::optional<std::string> pickCrosswalk( const std::vector<Crosswalk> &crosswalks,
                                          const std::map<std::string, int64_t> &values );

} // namespace tryggkarta

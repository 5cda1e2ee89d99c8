#pragma once
// Recovering what can be read of a damaged project into a new one: the new project is made as every new
// project is, then every row SQLite can still read of every table of the damaged file is copied into it
// (incidents, observations, safety walks, actions, areas, vocabularies, import provenance, stored results,
// base map layers and stored maps), skipping the rows on pages that cannot be read. The damaged file is only
// read, never written: a journal or log left beside it is put right in a temporary copy.

#include "expected.h"
#include "progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

//! What became of one table of the damaged project.
struct TableRecovery
{
  std::string table;
  int64_t copied = 0;            //!< rows written to the new project
  int64_t unreadable = 0;        //!< rows (at most: counted by the gaps in their fids) that could not be read
  int64_t refused = 0;           //!< rows read but refused by the new project
  std::vector<Message> problems; //!< what was lost and why, for the report; empty when all was copied
};

struct RecoveryReport
{
  std::string damagedPath;
  std::string newPath;
  //! Problems with the file as a whole (a repaired header).
  std::vector<Message> notes;
  std::vector<TableRecovery> tables;
  //! True when every row of every table was copied.
  bool complete() const;
};

/**
 * Copies every readable row of the damaged project at damagedPath into a new project at newPath (which must
 * not exist), table by table, and says what was copied and what could not be read. An error when nothing at
 * all can be read or the new file cannot be written, or when progress asks to stop (MessageCode::Cancelled);
 * nothing is left at newPath then.
 */
Expected<RecoveryReport> recoverProject( const std::string &damagedPath, const std::string &newPath,
                                         const ProgressCallback &progress = {} );

} // namespace tryggkarta

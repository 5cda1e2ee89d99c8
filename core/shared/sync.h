#pragma once
// The offline copy of a shared project: a local project file (a GeoPackage like any other) that keeps, beside
// the shared tables, which shared row each local row is (its uuid and the version it was last in step with),
// what changed locally since (kept by triggers, so edits from QGIS Desktop count too) and the conflicts
// found.
//
// A synchronisation pulls what changed in the shared database since the last one (row versions; deletes as
// tombstones), then pushes the local changes row by row with the version each was based on. A row changed on
// both sides since the last synchronisation becomes a conflict with both versions: neither side is
// overwritten until the user chooses. Every step is its own transaction on one side and is repeatable, so a
// synchronisation interrupted at any point (network gone, kill -9) leaves both sides consistent and the next
// one carries on: nothing is lost or doubled.

#include "expected.h"
#include "progress.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;

struct SyncOptions
{
  ProgressCallback progress;
  int batchRows = 5000; //!< rows per transaction
  //! Only send (the app, right after an edit): nothing is fetched, so the open project need not be read
  //! again. A row changed there meanwhile is still a conflict, found by its version.
  bool pushOnly = false;
};

struct SyncReport
{
  int64_t pulled = 0;        //!< rows added or changed here
  int64_t pulledDeletes = 0; //!< rows deleted here because they were deleted there
  int64_t pushed = 0;        //!< rows added or changed there
  int64_t pushedDeletes = 0;
  int64_t newConflicts = 0;
  int64_t openConflicts = 0;
  int64_t pending = 0; //!< local changes not sent (read-only role, conflicts, refusals)
  std::string login;
  std::string kind;
  std::string organisation;
  std::vector<Message> notes; //!< refusals and the like, for the user
};

/**
 * Synchronises the project file with the shared database. conninfo makes a file a copy (a new file is
 * created; an existing project is joined to the shared one, its rows sent as new ones); when empty the copy's
 * own connection is used. The connection is stored without any password.
 */
Expected<SyncReport> synchronise( const std::string &projectPath, const std::string &conninfo,
                                  const SyncOptions &options = {} );

struct SyncConflict
{
  int64_t id = 0;
  std::string table;
  int64_t localFid = 0;
  std::string uuid;
  std::string kind; //!< both_changed, deleted_there, deleted_here, refused
  int64_t serverVersion = 0;
  std::string serverRow; //!< JSON: the shared database's version (empty when deleted there or unseen)
  std::string localRow;  //!< JSON: this copy's version (empty when deleted here)
  std::string reason;    //!< refused: what the shared database said
  std::string foundAt;
  Message describe() const;
};

//! Whether the project file is an offline copy, and of what.
struct ReplicaStatus
{
  bool replica = false;
  std::string connection; //!< without password
  std::string lastSync;
  int64_t pending = 0;
  int64_t openConflicts = 0;
};
ReplicaStatus replicaStatus( Database &db );

std::vector<SyncConflict> openSyncConflicts( Database &db );

/**
 * Settles a conflict: keepLocal sends this copy's version at the next synchronisation (over the shared one);
 * otherwise the shared version is taken here (fetched at the next synchronisation, or the row deleted here
 * when it was deleted there). Nothing is sent or fetched now.
 */
Status resolveSyncConflict( Database &db, int64_t id, bool keepLocal );

} // namespace tryggkarta

#pragma once
// A change to a project that was interrupted (the program writing it was killed, or the computer stopped)
// leaves SQLite's rollback journal (NAME-journal) or write-ahead log (NAME-wal) beside the file. SQLite puts
// the file right on the next open that may write: it rolls the journal back, or keeps the finished changes of
// the log and drops an unfinished one. Until then the file itself can look truncated, and a read-only open
// fails. So a project is opened by letting SQLite do that first, after copying the file with its journal or
// log beside it, and the user is told; Tryggkarta's own checks of the file come after.

#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tryggkarta
{

struct InterruptedChange
{
  std::string leftover;         //!< the journal or write-ahead log beside the file
  bool writeAheadLog = false;   //!< the leftover is a write-ahead log, not a rollback journal
  int64_t interruptedAtUtc = 0; //!< when the leftover was last written (Unix seconds)
};

/**
 * The interrupted change the journal or log beside the file tells of, or nothing when there is none, when it
 * holds nothing to put right, or when a program has the file open (its change is under way, not interrupted).
 */
std::optional<InterruptedChange> findInterruptedChange( const std::string &path );

//! A change put right: where the file and its leftover were copied first, and what to tell the user.
struct RecoveredChange
{
  std::string backupPath;         //!< NAME.gpkg.interrupted-TIMESTAMP.bak
  std::string leftoverBackupPath; //!< the same with -journal or -wal: SQLite reads the pair as it was
  Message note;
};

/**
 * Copies the file and its leftover beside it (NAME.gpkg.interrupted-YYYYMMDDTHHMMSSZ.bak, the time of the
 * interruption in UTC, and the same name with -journal or -wal, so SQLite reads the copies as the pair they
 * were), then has SQLite put the file right. Nothing when it turns out that another connection of this
 * program holds the file (the change is under way; the copies are removed). An error when the file or its
 * folder cannot be written (nothing is changed then), when the copy fails, or when SQLite cannot do it.
 */
Expected<std::optional<RecoveredChange>> recoverInterruptedChange( const std::string &path,
                                                                   const InterruptedChange &change );

//! A UTC instant as Stockholm's wall clock for a message: "2024-05-03 14:22:05".
std::string stockholmTimeText( int64_t utcSeconds );

} // namespace tryggkarta

#pragma once
// Whether a project file is whole, by SQLite's own checks of its structure. Tryggkarta checks a file before
// it first writes to it (see Transaction) and remembers the answer for the file as it is (its size and
// modification time), so a big project is read through once, not before every edit; a change by anyone else
// (another program, or bytes overwritten) changes the file's time and brings the check back. The answer is
// also kept in the user's cache folder for the next process (a command run after another on the same file).

#include "database.h"
#include "expected.h"

#include <cstdint>
#include <optional>
#include <string>

namespace tryggkarta
{

/**
 * Files up to this size get SQLite's full integrity_check, which also compares every index with its table
 * (about 0.03 s per MB); bigger ones its quick_check, which skips that and takes about a quarter of the time
 * (2.2 s for a project of a million incidents, 310 MB).
 */
constexpr uint64_t kFullIntegrityCheckBytes = 32ull << 20;

//! What SQLite's check finds wrong with the connection's main file (its first problems), or nothing when it
//! is whole. Throws SqlError when the file cannot be read at all.
std::optional<std::string> findDamage( Database &db );

/**
 * Checks the connection's file for damage unless this process already found it whole as it is now (or wrote
 * it itself since); an error naming the file, what SQLite found and the way out when it is damaged. An
 * in-memory or temporary database is not checked. Throws SqlError when the file cannot be read at all.
 */
Status checkIntact( Database &db );

/**
 * How many times this process has read a file through for checkIntact (not counting answers it remembered or
 * took from a check of the same file under way in another thread).
 */
uint64_t integrityChecksMade();

//! After the connection committed to a file that was whole: the file as it is now needs no check.
void noteOwnCommit( Database &db );

/**
 * When this process knows the connection's file whole as it is now but changed it too recently for the
 * user's cache folder to keep the answer (the file system's clock might not move its times for another
 * change): waits until that clock has moved on (at most 50 ms on a file system with sub-second times; not at
 * all on others) and keeps the answer there if the file is unchanged, so the next process need not read it
 * through. For the end of a command that wrote last (a synchronisation before the app opens the copy).
 */
void rememberIntactWhenSettled( Database &db );

//! Marks the connection's file as being written by this process (a Transaction is open on it), or no longer.
void noteWriting( Database &db, bool writing );
/**
 * Whether a connection of this process has a write transaction open on the file: its journal then belongs to
 * a change under way, which POSIX locks cannot tell (a process does not see its own locks, and closing any
 * descriptor of the file would drop them).
 */
bool writtenByThisProcess( const std::string &path );

//! Forgets every file this process found whole (for tests that damage a file this process already checked);
//! what other processes may reuse (the user's cache folder) stays, as it is bound to the file's state.
void forgetIntactFiles();

//! Whether a file as it is now was found whole by some process and remembered in the user's cache folder
//! ($XDG_CACHE_HOME, else ~/.cache; TRYGGKARTA_NO_INTACT_CACHE set turns it off): then no process checks it
//! again until it changes.
bool intactRememberedOnDisk( const std::string &path );

/**
 * The file's identity and state (with its write-ahead log's) as text, for caches bound to the file as it is:
 * any write through the file system changes it. Nothing when the file cannot be read or changed less than a
 * second ago (it could change again within the same tick of the file system's clock, unseen).
 */
std::optional<std::string> settledFileStamp( const std::string &path );

//! Tryggkarta's folder in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache), or empty without one.
std::string userCacheFolder();

} // namespace tryggkarta

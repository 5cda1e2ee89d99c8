#pragma once
// A Tryggkarta project: one GeoPackage file holding incidents, safety walks, actions, areas and their
// settings.

#include "database.h"
#include "expected.h"

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

struct Category
{
  std::string code;
  std::string labelSv;
  std::string labelEn;
  std::string group;
  std::string color; // #rrggbb
  bool hidden = false;
};

/**
 * The name a new file for path is made under before it is moved to path: ".NAME.tryggkarta-new.gpkg" beside
 * it (for NAME.gpkg).
 * A file found under it is an earlier attempt that was interrupted.
 */
std::string newFileWorkPath( const std::string &path );
//! Removes what an interrupted attempt to make path left under newFileWorkPath (the file and its journal).
void removeNewFileWork( const std::string &path );
//! Moves the file made under the name made to path, never over an existing file (ProjectExists then).
Status placeNewFile( const std::string &made, const std::string &path );
/**
 * Makes a new project file under the name work (replacing what an interrupted attempt left there), its
 * messages naming shown: the file the user asked for, made under newFileWorkPath(shown) and moved there by
 * placeNewFile when whole. ProjectFile::create does all three.
 */
Status createProjectFileAt( const std::string &work, const std::string &shown, int projectSrsId = 3006 );

class ProjectFile
{
public:
  //! Creates a new project file, whole or not at all (see newFileWorkPath); fails if the file exists.
  static Expected<std::unique_ptr<ProjectFile>> create( const std::string &path, int projectSrsId = 3006 );
  /**
   * Opens an existing project. A change that was interrupted (a journal or write-ahead log left beside the
   * file) is first put right by SQLite, after a copy of the file and its journal is made beside it (see
   * interruption.h; recoveryNote() tells of it), also when opened read only, which needs write access then.
   * A file with an older schema is checked for damage, copied to a backup next to it and migrated; a newer,
   * non-Tryggkarta, truncated or damaged file gives an error and is left untouched. Opening does not read the
   * whole file: checkIntact() does, and the first write does it by itself (see Transaction).
   */
  static Expected<std::unique_ptr<ProjectFile>> open( const std::string &path, bool readOnly = false );

  const std::string &path() const { return mPath; }
  Database &db() { return mDb; }
  int schemaVersion();
  int projectSrsId() const { return mProjectSrsId; }
  //! The backup written when this open migrated the file, else empty.
  const std::string &migrationBackupPath() const { return mBackupPath; }
  //! When this open put an interrupted change right: what to tell the user (where the copy is), else nothing.
  const std::optional<Message> &recoveryNote() const { return mRecoveryNote; }
  //! The copy of the file made before an interrupted change was put right, else empty.
  const std::string &recoveryBackupPath() const { return mRecoveryBackupPath; }
  /**
   * Checks the whole file for damage (see integrity.h), unless this process found it whole as it is now; the
   * error names the file and what SQLite found. Writes check by themselves; a command that reads checks first
   * so that a damaged file is refused rather than read in part.
   */
  Status checkIntact();

  std::vector<Category> categories();
  //! Row counts of the project's main tables, in a fixed order.
  std::vector<std::pair<std::string, int64_t>> tableCounts();
  std::string metaValue( const std::string &key, const std::string &fallback = std::string() );
  //! The feature tables the GeoPackage lists (gpkg_contents), by name.
  std::vector<std::string> featureTables();
  //! True when the project holds generated example data (the meta key synthetic_data is set).
  bool holdsSyntheticData();
  void setMetaValue( const std::string &key, const std::string &value );
  /**
   * Stores a setting (tryggkarta_meta) in its own transaction, or removes it when value is empty: a full
   * disk, a busy or damaged file gives the error for the user and leaves the file as it was.
   */
  Status storeMetaValue( const std::string &key, const std::string &value );

private:
  ProjectFile( std::string path, Database db );
  std::string mPath;
  Database mDb;
  int mProjectSrsId = 3006;
  std::string mBackupPath;
  std::optional<Message> mRecoveryNote;
  std::string mRecoveryBackupPath;
};

/**
 * A connection to an open project for a program's whole session (the app's editor writes through it), in
 * SQLite's rollback-journal mode: a file QGIS Desktop left in WAL mode goes back to a journal, the mode QGIS
 * reads without locking trouble. Nothing when the file cannot be written (it is then read only).
 */
std::unique_ptr<Database> openSessionConnection( const std::string &path );

//! Runs every migration above the file's version inside one transaction (used by open and by tests).
void migrate( Database &db, int fromVersion, int toVersion );
//! The current UTC time as the project stores it: YYYY-MM-DDTHH:MM:SS.sssZ.
std::string utcNowIso();

} // namespace tryggkarta

// Damaged projects and interrupted changes in the core: a damaged file is never written (every kind of write
// is refused with the same message), a change left half-done by a killed program is rolled back on open after
// a copy and told with its Stockholm time, and recoverProject copies every row it can still read.

#include "testutil.h"

#include "database.h"
#include "demomunicipality.h"
#include "importer.h"
#include "integrity.h"
#include "interruption.h"
#include "projectfile.h"
#include "recordedits.h"
#include "recovery.h"
#include "schema.h"
#include "storedmapstate.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tryggkarta;
using testutil::readFile;
using testutil::TempDir;
using testutil::writeFile;

namespace fs = std::filesystem;

namespace
{
constexpr size_t kPageSize = 4096;

//! The page SQLite's dbstat table gives for a table's first leaf page after its root (or its root).
int64_t leafPageOf( const std::string &path, const std::string &table )
{
  Database db( path, Database::Mode::ReadOnly );
  Statement s =
    db.prepare( "SELECT pageno FROM dbstat WHERE name = ? ORDER BY pagetype = 'leaf' DESC, pageno "
                "LIMIT 1 OFFSET 1" );
  s.bind( 1, table );
  REQUIRE( s.step() );
  return s.int64( 0 );
}

//! Overwrites one page of the file with zeros, as a disk that lost it would.
void zeroPage( const std::string &path, int64_t page )
{
  std::string bytes = readFile( path );
  std::fill_n( bytes.begin() + ( page - 1 ) * kPageSize, kPageSize, '\0' );
  writeFile( path, bytes );
}

//! A project whose categories table has lost a page (this process wrote it, so what it knew is forgotten).
std::string damagedProject( const TempDir &dir, const std::string &name = "p.gpkg" )
{
  const std::string path = dir.file( name );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
  }
  Database db( path, Database::Mode::ReadOnly );
  const int64_t root = db.queryInt( "SELECT rootpage FROM sqlite_master WHERE name = 'categories'" );
  db.close();
  zeroPage( path, root );
  forgetIntactFiles();
  return path;
}

//! Kills a child that is in the middle of a transaction big enough that SQLite has written into the file.
void killMidTransaction( const std::string &path )
{
  const pid_t child = fork();
  REQUIRE( child >= 0 );
  if ( child == 0 )
  {
    try
    {
      Database db( path, Database::Mode::ReadWrite );
      db.exec( "PRAGMA cache_size = 5" );
      db.exec( "BEGIN IMMEDIATE" );
      db.exec( "PRAGMA user_version = 77" );
      db.exec(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500) "
        "INSERT INTO audit_log (at, action, details) SELECT 'x', 'unfinished', hex(randomblob(300)) FROM n" );
      raise( SIGKILL );
    }
    catch ( ... )
    {
    }
    _exit( 3 );
  }
  int status = 0;
  REQUIRE( waitpid( child, &status, 0 ) == child );
  REQUIRE( WIFSIGNALED( status ) );
}

void setModified( const std::string &path, std::time_t utc )
{
  struct timespec times[2] = { { utc, 0 }, { utc, 0 } };
  REQUIRE( utimensat( AT_FDCWD, path.c_str(), times, 0 ) == 0 );
}
} // namespace

TEST_CASE( "every kind of write to a damaged project is refused and leaves the file byte for byte as it was",
           "[integrity]" )
{
  TempDir dir;
  const std::string path = damagedProject( dir );
  const std::string before = readFile( path );
  // Opening reads only what it needs (the meta table), so it works; the writes do not.
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  Database &db = project.value()->db();

  SECTION( "a transaction" )
  {
    try
    {
      Transaction transaction( db );
      FAIL( "the transaction began" );
    }
    catch ( const DamagedFileError &e )
    {
      CHECK( e.message.code == MessageCode::ProjectDamaged );
    }
  }
  SECTION( "an edit" )
  {
    IncidentRecord incident;
    incident.x = 449270;
    incident.y = 6574920;
    incident.fromUtc = 1714730400;
    incident.category = "klotter";
    auto added = RecordEdits( db ).insertIncident( incident, EditOptions() );
    REQUIRE_FALSE( added.ok() );
    CHECK( added.error().code == MessageCode::ProjectDamaged );
  }
  SECTION( "an import" )
  {
    const std::string csv =
      writeFile( dir.file( "vecka.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
    auto imported = importFile( *project.value(), csv, ImportOptions() );
    REQUIRE_FALSE( imported.ok() );
    CHECK( imported.error().code == MessageCode::ProjectDamaged );
    CHECK_THAT( imported.error().text(), Catch::Contains( "nothing was written" ) );
  }
  SECTION( "Save As" )
  {
    const Status copied = copyProjectFile( db, dir.file( "copy.gpkg" ), std::string() );
    REQUIRE_FALSE( copied.ok() );
    CHECK( copied.error().code == MessageCode::ProjectDamaged );
    CHECK_FALSE( fs::exists( dir.file( "copy.gpkg" ) ) );
  }
  SECTION( "removing the autosaved map" )
  {
    const Status removed = removeStoredMapState( db, "autosave" );
    REQUIRE_FALSE( removed.ok() );
    CHECK( removed.error().code == MessageCode::ProjectDamaged );
  }
  SECTION( "the check a command makes first" )
  {
    const Status intact = project.value()->checkIntact();
    REQUIRE_FALSE( intact.ok() );
    CHECK( intact.error().code == MessageCode::ProjectDamaged );
    CHECK_THAT( intact.error().text(), Catch::Contains( path ) );
    CHECK_THAT( intact.error().text(), Catch::Contains( "nothing was written" ) );
  }
  project.value().reset();
  CHECK( readFile( path ) == before );
  CHECK_FALSE( fs::exists( path + "-journal" ) );
}

TEST_CASE( "a damaged project of an older schema is refused before it is backed up or migrated",
           "[integrity]" )
{
  TempDir dir;
  const std::string path = dir.file( "old.gpkg" );
  {
    GDALAllRegister();
    GDALDataset *ds = GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create( path.c_str(), 0, 0, 0,
                                                                                 GDT_Unknown, nullptr );
    GDALClose( ds );
    Database db( path, Database::Mode::ReadWrite );
    migrate( db, 0, 1 );
    const int64_t root = db.queryInt( "SELECT rootpage FROM sqlite_master WHERE name = 'categories'" );
    db.close();
    zeroPage( path, root );
    forgetIntactFiles();
  }
  const std::string before = readFile( path );
  auto project = ProjectFile::open( path );
  REQUIRE_FALSE( project.ok() );
  CHECK( project.error().code == MessageCode::ProjectDamaged );
  CHECK( readFile( path ) == before );
  for ( const auto &entry : fs::directory_iterator( dir.path() ) )
    CHECK( entry.path().filename() == "old.gpkg" );
}

TEST_CASE( "a project found whole is checked again once someone else has changed the file", "[integrity]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
  }
  int64_t root = 0;
  {
    auto project = ProjectFile::open( path );
    REQUIRE( project.ok() );
    REQUIRE( project.value()->checkIntact().ok() );
    root = project.value()->db().queryInt( "SELECT rootpage FROM sqlite_master WHERE name = 'categories'" );
  }
  // File times move with the kernel's clock tick, a few milliseconds: the damage comes a tick later. (A
  // connection left open would go on reading the pages it holds: SQLite trusts them while the file's change
  // counter stays the same, and a disk losing a page does not change it.)
  std::this_thread::sleep_for( std::chrono::milliseconds( 30 ) );
  zeroPage( path, root );
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  const Status intact = project.value()->checkIntact();
  REQUIRE_FALSE( intact.ok() );
  CHECK( intact.error().code == MessageCode::ProjectDamaged );
}

TEST_CASE( "a project found whole is remembered for the next process until the file changes", "[integrity]" )
{
  TempDir dir;
  const std::string cache = dir.file( "cache" );
  const char *before = std::getenv( "XDG_CACHE_HOME" );
  const std::string previous = before ? before : "";
  ::setenv( "XDG_CACHE_HOME", cache.c_str(), 1 );
  const std::string path = dir.file( "p.gpkg" ), fresh = dir.file( "fresh.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
  }
  // A file changed within the file system's clock tick may change again without its times moving: this
  // process remembers it, the cache folder does not. Its times set into the future make it one for sure.
  std::this_thread::sleep_for( std::chrono::milliseconds( 100 ) );
  {
    auto project = ProjectFile::create( fresh );
    REQUIRE( project.ok() );
  }
  {
    timespec later[2];
    ::clock_gettime( CLOCK_REALTIME, &later[0] );
    later[0].tv_sec += 60;
    later[1] = later[0];
    REQUIRE( ::utimensat( AT_FDCWD, fresh.c_str(), later, 0 ) == 0 );
  }
  int64_t root = 0;
  for ( const std::string &file : { path, fresh } )
  {
    forgetIntactFiles();
    auto project = ProjectFile::open( file, true );
    REQUIRE( project.ok() );
    REQUIRE( project.value()->checkIntact().ok() );
    if ( file == path )
      root = project.value()->db().queryInt( "SELECT rootpage FROM sqlite_master WHERE name = 'categories'" );
  }
  {
    // Not worth waiting for: its times will not settle.
    auto project = ProjectFile::open( fresh, true );
    REQUIRE( project.ok() );
    rememberIntactWhenSettled( project.value()->db() );
  }
  forgetIntactFiles(); // as a new process starts
  CHECK( intactRememberedOnDisk( path ) );
  CHECK_FALSE( intactRememberedOnDisk( fresh ) );

  // A command that wrote last (a synchronisation) waits for the clock's tick and keeps its answer there.
  const std::string written = dir.file( "written.gpkg" );
  {
    auto project = ProjectFile::create( written );
    REQUIRE( project.ok() );
    Transaction transaction( project.value()->db() );
    project.value()->db().exec( "INSERT INTO tryggkarta_meta (key, value) VALUES ('test', 'just now')" );
    transaction.commit();
    rememberIntactWhenSettled( project.value()->db() );
  }
  forgetIntactFiles();
  CHECK( intactRememberedOnDisk( written ) );
  CHECK( fs::exists( cache + "/tryggkarta/intact-files" ) );
  // Nothing of the file's name or folder is kept there.
  CHECK( readFile( cache + "/tryggkarta/intact-files" ).find( "p.gpkg" ) == std::string::npos );

  // Damaged by someone else: the file's status-change time moves, and the next process checks it again.
  zeroPage( path, root );
  CHECK_FALSE( intactRememberedOnDisk( path ) );
  auto project = ProjectFile::open( path, true );
  REQUIRE( project.ok() );
  const Status intact = project.value()->checkIntact();
  REQUIRE_FALSE( intact.ok() );
  CHECK( intact.error().code == MessageCode::ProjectDamaged );
  if ( before )
    ::setenv( "XDG_CACHE_HOME", previous.c_str(), 1 );
  else
    ::unsetenv( "XDG_CACHE_HOME" );
}

TEST_CASE( "threads asking at once whether a project is whole share one read of the file", "[integrity]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path ).ok() );
  const char *set = std::getenv( "TRYGGKARTA_NO_INTACT_CACHE" );
  const std::optional<std::string> before = set ? std::optional<std::string>( set ) : std::nullopt;
  ::setenv( "TRYGGKARTA_NO_INTACT_CACHE", "1", 1 ); // only this process's answers
  // Eight connections asking together, as the app's background check, a save and an edit would.
  auto askTogether = [&]( std::vector<Status> &answers )
  {
    forgetIntactFiles();
    std::vector<std::unique_ptr<Database>> connections;
    for ( int i = 0; i < 8; ++i )
      connections.push_back( std::make_unique<Database>( path, Database::Mode::ReadOnly ) );
    std::atomic<int> ready{ 0 };
    std::vector<std::thread> threads;
    answers.assign( connections.size(), Status( Done{} ) );
    for ( size_t i = 0; i < connections.size(); ++i )
      threads.emplace_back(
        [&, i]
        {
          ++ready;
          while ( ready < 8 )
            std::this_thread::yield();
          answers[i] = checkIntact( *connections[i] );
        } );
    for ( std::thread &t : threads )
      t.join();
  };
  std::vector<Status> answers;
  const uint64_t checksBefore = integrityChecksMade();
  askTogether( answers );
  CHECK( integrityChecksMade() - checksBefore == 1 );
  for ( const Status &answer : answers )
    CHECK( answer.ok() );

  // Damaged: every thread gets the damage. (Damage is not remembered: a thread that only starts after the
  // check ended reads the file again, so the number of reads is not fixed here.)
  std::this_thread::sleep_for( std::chrono::milliseconds( 30 ) );
  zeroPage( path, leafPageOf( path, "incidents" ) );
  const uint64_t checksDamaged = integrityChecksMade();
  askTogether( answers );
  CHECK( integrityChecksMade() - checksDamaged >= 1 );
  for ( const Status &answer : answers )
  {
    REQUIRE_FALSE( answer.ok() );
    CHECK( answer.error().code == MessageCode::ProjectDamaged );
  }
  if ( before )
    ::setenv( "TRYGGKARTA_NO_INTACT_CACHE", before->c_str(), 1 );
  else
    ::unsetenv( "TRYGGKARTA_NO_INTACT_CACHE" );
}

TEST_CASE( "a commit interrupted by a kill is rolled back on open after a copy, told with its Stockholm time",
           "[integrity]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
  }
  const std::string original = readFile( path );
  killMidTransaction( path );
  const std::string journal = path + "-journal";
  REQUIRE( fs::exists( journal ) );
  const std::string leftFile = readFile( path ), leftJournal = readFile( journal );
  REQUIRE( leftFile != original );

  // 12:22:05 UTC on 3 May 2024 is 14:22:05 in Stockholm (summer time, UTC+2); 10:00 UTC on 15 January 2024
  // is 11:00 (UTC+1).
  std::time_t when = 0;
  std::string local, stamp;
  SECTION( "in summer" )
  {
    when = 1714738925;
    local = "2024-05-03 14:22:05";
    stamp = "20240503T122205Z";
  }
  SECTION( "in winter" )
  {
    when = 1705312800;
    local = "2024-01-15 11:00:00";
    stamp = "20240115T100000Z";
  }
  setModified( journal, when );
  // Read only, as info opens it: the change is rolled back all the same (the folder can be written).
  auto project = ProjectFile::open( path, true );
  REQUIRE( project.ok() );
  REQUIRE( project.value()->recoveryNote() );
  const Message &note = *project.value()->recoveryNote();
  CHECK( note.code == MessageCode::ProjectInterruptedRolledBack );
  CHECK_THAT( note.text(), Catch::Contains( local ) );
  const std::string backup = path + ".interrupted-" + stamp + ".bak";
  CHECK( project.value()->recoveryBackupPath() == backup );
  CHECK_THAT( note.text(), Catch::Contains( backup ) );
  CHECK( readFile( backup ) == leftFile );
  CHECK( readFile( backup + "-journal" ) == leftJournal );
  CHECK_FALSE( fs::exists( journal ) );
  CHECK( project.value()->db().queryInt( "PRAGMA user_version" ) != 77 );
  project.value().reset();
  CHECK( readFile( path ) == original );

  // The next open has nothing to put right.
  auto again = ProjectFile::open( path, true );
  REQUIRE( again.ok() );
  CHECK_FALSE( again.value()->recoveryNote() );
}

TEST_CASE( "a journal beside a file another program holds is a change under way and is left alone",
           "[integrity]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
  }
  // A child holds a write transaction open (and so the file's lock) until told to go.
  int toChild[2], fromChild[2];
  REQUIRE( pipe( toChild ) == 0 );
  REQUIRE( pipe( fromChild ) == 0 );
  const pid_t child = fork();
  REQUIRE( child >= 0 );
  if ( child == 0 )
  {
    char go = 0;
    try
    {
      Database db( path, Database::Mode::ReadWrite );
      db.exec( "BEGIN IMMEDIATE" );
      db.exec( "INSERT INTO audit_log (at, action) VALUES ('x', 'under way')" );
      (void)!write( fromChild[1], "r", 1 );
      (void)!read( toChild[0], &go, 1 );
      db.exec( "COMMIT" );
    }
    catch ( ... )
    {
      _exit( 3 );
    }
    _exit( 0 );
  }
  char ready = 0;
  REQUIRE( read( fromChild[0], &ready, 1 ) == 1 );
  REQUIRE( fs::exists( path + "-journal" ) );
  CHECK_FALSE( findInterruptedChange( path ) );
  REQUIRE( write( toChild[1], "g", 1 ) == 1 );
  int status = 0;
  REQUIRE( waitpid( child, &status, 0 ) == child );
  CHECK( WIFEXITED( status ) );
  CHECK( WEXITSTATUS( status ) == 0 );
  for ( const auto &entry : fs::directory_iterator( dir.path() ) )
    CHECK( entry.path().filename().string().find( ".bak" ) == std::string::npos );
  for ( int fd : { toChild[0], toChild[1], fromChild[0], fromChild[1] } )
    close( fd );
}

TEST_CASE( "recoverProject copies every readable row and counts the fids of a lost page as not read",
           "[integrity]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( demo ).ok() );
  // The rows as they were, by fid, before a page of incidents is lost.
  std::map<int64_t, std::string> incidents;
  std::map<std::string, int64_t> counts;
  {
    Database db( demo, Database::Mode::ReadOnly );
    Statement s =
      db.prepare( "SELECT fid, occurred_from || '|' || category || '|' || hex(geom) FROM incidents" );
    while ( s.step() )
      incidents[s.int64( 0 )] = s.text( 1 );
    for ( const char *table :
          { "categories", "areas", "safety_walks", "observations", "actions", "map_roads" } )
      counts[table] = db.queryInt( std::string( "SELECT count(*) FROM " ) + table );
  }
  zeroPage( demo, leafPageOf( demo, "incidents" ) );
  const std::string damaged = readFile( demo );

  const std::string out = dir.file( "recovered.gpkg" );
  auto report = recoverProject( demo, out );
  REQUIRE( report.ok() );
  CHECK( readFile( demo ) == damaged ); // only read
  CHECK_FALSE( report->complete() );
  const auto table = [&]( const std::string &name ) -> const TableRecovery &
  {
    const auto it = std::find_if( report->tables.begin(), report->tables.end(),
                                  [&]( const TableRecovery &t ) { return t.table == name; } );
    REQUIRE( it != report->tables.end() );
    return *it;
  };
  const TableRecovery &lost = table( "incidents" );
  CHECK( lost.unreadable > 0 );
  CHECK( lost.copied + lost.unreadable == static_cast<int64_t>( incidents.size() ) );
  CHECK_FALSE( lost.problems.empty() );
  for ( const auto &[name, count] : counts )
  {
    INFO( name );
    CHECK( table( name ).copied == count );
    CHECK( table( name ).problems.empty() );
  }

  // The new project is whole, opens as any project, and holds the readable incidents exactly as they were.
  auto project = ProjectFile::open( out );
  REQUIRE( project.ok() );
  CHECK( project.value()->checkIntact().ok() );
  Statement s = project.value()->db().prepare(
    "SELECT fid, occurred_from || '|' || category || '|' || hex(geom) FROM incidents" );
  int64_t same = 0;
  while ( s.step() )
  {
    INFO( "fid " << s.int64( 0 ) );
    REQUIRE( incidents.count( s.int64( 0 ) ) == 1 );
    CHECK( incidents[s.int64( 0 )] == s.text( 1 ) );
    ++same;
  }
  CHECK( same == lost.copied );
  // The R-tree of the incidents holds the copied ones, and the base map keeps its own.
  CHECK( project.value()->db().queryInt( "SELECT count(*) FROM rtree_incidents_geom" ) == lost.copied );
  CHECK( project.value()->db().queryInt( "SELECT count(*) FROM rtree_map_roads_geom" ) ==
         counts["map_roads"] );
  CHECK_THAT( project.value()->metaValue( "recovered_from" ), Catch::Contains( "demo.gpkg" ) );
}

TEST_CASE( "recoverProject refuses to write over an existing file or into the damaged one", "[integrity]" )
{
  TempDir dir;
  const std::string path = damagedProject( dir );
  const std::string before = readFile( path );
  auto same = recoverProject( path, path );
  REQUIRE_FALSE( same.ok() );
  CHECK( same.error().code == MessageCode::RecoverSameFile );
  const std::string other = writeFile( dir.file( "other.gpkg" ), "keep me" );
  auto existing = recoverProject( path, other );
  REQUIRE_FALSE( existing.ok() );
  CHECK( existing.error().code == MessageCode::RecoverOutputExists );
  CHECK( readFile( other ) == "keep me" );
  CHECK( readFile( path ) == before );
}

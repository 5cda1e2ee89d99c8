// The incident store: the project's incidents in memory agree with the table row by row (the demo, and rows
// with an interval, no organisation, an imprecise place, a time that is not the stored form); a cancelled
// load returns Cancelled; a fid is found by binary search; the memory is what the columns take.

#include "testproject.h"
#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "importer.h"
#include "incidentstore.h"
#include "categoryedit.h"
#include "recordedits.h"
#include "storecache.h"
#include "storeselection.h"
#include "projectfile.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>

using namespace tryggkarta;
using testutil::TempDir;

TEST_CASE( "the incident store holds every incident of the demo as the table does", "[store]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions() ) );
  auto project = ProjectFile::open( path, false );
  REQUIRE( project );
  Database &db = ( *project )->db();
  // A few rows the demo lacks: imprecise, without an organisation, a time written without milliseconds.
  db.exec( "UPDATE incidents SET place_precision = 'municipality' WHERE fid % 17 = 0" );
  db.exec( "UPDATE incidents SET organisation = NULL WHERE fid % 13 = 0" );
  db.exec( "UPDATE incidents SET occurred_from = substr(occurred_from, 1, 19) || 'Z' WHERE fid % 11 = 0" );

  auto store = IncidentStore::load( db );
  REQUIRE( store );
  const int64_t rows = db.queryInt( "SELECT count(*) FROM incidents" );
  REQUIRE( rows > 1000 );
  REQUIRE( static_cast<int64_t>( store->size() ) == rows );

  // Row by row against the table, read here with the core's own readers.
  Statement s =
    db.prepare( "SELECT fid, geom, weight, occurred_from, occurred_until, category, "
                "coalesce(organisation, ''), source, place_precision FROM incidents ORDER BY fid" );
  size_t row = 0;
  int64_t intervals = 0, withoutOrganisation = 0, imprecise = 0;
  while ( s.step() )
  {
    INFO( "fid " << s.int64( 0 ) );
    REQUIRE( row < store->size() );
    CHECK( store->fid[row] == s.int64( 0 ) );
    const auto blob = s.blob( 1 );
    const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
    REQUIRE( point );
    CHECK( ( store->flags[row] & IncidentStore::HasPoint ) != 0 );
    CHECK( store->x[row] == point->first );
    CHECK( store->y[row] == point->second );
    CHECK( store->weight[row] == s.real( 2 ) );
    const auto from = parseUtcIso( s.text( 3 ) );
    REQUIRE( from );
    CHECK( store->fromUtc[row] == *from );
    if ( s.isNull( 4 ) )
      CHECK( store->untilUtc[row] == *from );
    else
    {
      ++intervals;
      CHECK( store->untilUtc[row] == std::max( *from, *parseUtcIso( s.text( 4 ) ) ) );
      CHECK( ( store->flags[row] & IncidentStore::HasUntil ) != 0 );
    }
    CHECK( store->categoryCode( row ) == s.text( 5 ) );
    CHECK( store->organisationName( row ) == s.text( 6 ) );
    withoutOrganisation += s.text( 6 ).empty() ? 1 : 0;
    CHECK( store->sourceCode( row ) == s.text( 7 ) );
    CHECK( placePrecisionCode( store->placePrecision( row ) ) == s.text( 8 ) );
    imprecise += placesPoint( store->placePrecision( row ) ) ? 0 : 1;
    ++row;
  }
  CHECK( row == store->size() );
  CHECK( intervals > 0 );
  CHECK( withoutOrganisation > 0 );
  CHECK( imprecise == db.queryInt( "SELECT count(*) FROM incidents WHERE fid % 17 = 0" ) );

  // The same as the analyses' selection of every incident.
  auto selected = selectIncidents( **project, Selection() );
  REQUIRE( selected );
  REQUIRE( selected->size() == store->size() );
  for ( size_t i = 0; i < selected->size(); i += 97 )
  {
    const SelectedIncident &incident = ( *selected )[i];
    const size_t r = store->rowOf( incident.fid );
    REQUIRE( r < store->size() );
    CHECK( store->fromUtc[r] == incident.fromUtc );
    CHECK( store->untilUtc[r] == incident.untilUtc );
    CHECK( store->categoryCode( r ) == incident.category );
  }
  CHECK( store->rowOf( store->fid.back() + 1 ) == store->size() );

  // Memory: the columns at 53 bytes an incident, and little else.
  CHECK( store->memoryBytes() >= 53 * store->size() );
  CHECK( store->memoryBytes() < 53 * store->size() + 64 * 1024 );
}

TEST_CASE( "a cancelled incident store load says so, and an empty project loads empty", "[store]" )
{
  TempDir dir;
  auto project = testutil::newProject( dir );
  auto empty = IncidentStore::load( project->db() );
  REQUIRE( empty );
  CHECK( empty->size() == 0 );

  Database &db = project->db();
  {
    Transaction transaction( db );
    Statement s = db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                              "updated_at) VALUES (?, '2026-03-01T10:00:00.000Z', 'klotter', 'est', "
                              "'2026-03-01', '2026-03-01')" );
    for ( int i = 0; i < 70000; ++i )
    {
      const auto blob = encodeGpkgPoint( 3006, 450000 + i % 1000, 6580000 + i / 1000 );
      s.reset();
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
      s.run();
    }
    transaction.commit();
  }
  int asked = 0;
  auto cancelled = IncidentStore::load( db,
                                        [&asked]( double )
                                        {
                                          ++asked;
                                          return false;
                                        } );
  REQUIRE_FALSE( cancelled );
  CHECK( cancelled.error().code == MessageCode::Cancelled );
  CHECK( asked == 1 );
  auto whole = IncidentStore::load( db );
  REQUIRE( whole );
  CHECK( whole->size() == 70000 );
  CHECK( whole->x[1001] == 450001 );
  CHECK( whole->y[1001] == 6580001 );
}

namespace
{
//! Every column of two stores equal, row by row.
void checkSameStore( const IncidentStore &a, const IncidentStore &b )
{
  REQUIRE( a.size() == b.size() );
  for ( size_t row = 0; row < a.size(); ++row )
  {
    INFO( "row " << row << ", fid " << a.fid[row] );
    REQUIRE( a.fid[row] == b.fid[row] );
    REQUIRE( a.x[row] == b.x[row] );
    REQUIRE( a.y[row] == b.y[row] );
    REQUIRE( a.fromUtc[row] == b.fromUtc[row] );
    REQUIRE( a.untilUtc[row] == b.untilUtc[row] );
    REQUIRE( a.weight[row] == b.weight[row] );
    REQUIRE( a.categoryCode( row ) == b.categoryCode( row ) );
    REQUIRE( a.organisationName( row ) == b.organisationName( row ) );
    REQUIRE( a.sourceCode( row ) == b.sourceCode( row ) );
    REQUIRE( a.precision[row] == b.precision[row] );
    REQUIRE( a.flags[row] == b.flags[row] );
  }
}

/**
 * The store as the app and the analyses get it (loadIncidentStore: cached when the file is unchanged) agrees
 * row by row with the table read through the core's own row reader (readIncidents), and with a fresh read.
 */
void checkStoreMatchesTable( ProjectFile &project )
{
  Database &db = project.db();
  auto store = loadIncidentStore( db );
  REQUIRE( store );
  auto fresh = IncidentStore::load( db );
  REQUIRE( fresh );
  checkSameStore( store.value(), fresh.value() );
  std::vector<int64_t> fids;
  Statement s = db.prepare( "SELECT fid FROM incidents ORDER BY fid" );
  while ( s.step() )
    fids.push_back( s.int64( 0 ) );
  auto rows = readIncidents( project, fids );
  REQUIRE( rows );
  std::vector<uint32_t> selectable;
  for ( size_t row = 0; row < store->size(); ++row )
    if ( store->selectable( row ) )
      selectable.push_back( static_cast<uint32_t>( row ) );
  const std::vector<SelectedIncident> fromStore = incidentsAt( store.value(), selectable );
  REQUIRE( fromStore.size() == rows->size() );
  for ( size_t i = 0; i < fromStore.size(); ++i )
  {
    const SelectedIncident &a = fromStore[i], &b = ( *rows )[i];
    INFO( "fid " << b.fid );
    REQUIRE( a.fid == b.fid );
    REQUIRE( a.x == b.x );
    REQUIRE( a.y == b.y );
    REQUIRE( a.weight == b.weight );
    REQUIRE( a.fromUtc == b.fromUtc );
    REQUIRE( a.untilUtc == b.untilUtc );
    REQUIRE( a.category == b.category );
    REQUIRE( a.organisation == b.organisation );
    REQUIRE( a.source == b.source );
    REQUIRE( a.precision == b.precision );
  }
}

//! The user's cache folder set to a folder of the test's, and put back after.
class CacheFolder
{
public:
  explicit CacheFolder( const std::string &folder )
  {
    if ( const char *before = std::getenv( "XDG_CACHE_HOME" ) )
      mBefore = before;
    ::setenv( "XDG_CACHE_HOME", folder.c_str(), 1 );
  }
  ~CacheFolder()
  {
    if ( mBefore )
      ::setenv( "XDG_CACHE_HOME", mBefore->c_str(), 1 );
    else
      ::unsetenv( "XDG_CACHE_HOME" );
  }

private:
  std::optional<std::string> mBefore;
};
} // namespace

TEST_CASE( "the cached store is the table's until the file changes, after imports, edits, undo and merges",
           "[store]" )
{
  TempDir dir;
  CacheFolder cache( dir.file( "cache" ) );
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions() ) );
  // Settled (a file changed within the last second is not cached: it could change again unseen).
  std::this_thread::sleep_for( std::chrono::milliseconds( 1100 ) );
  auto project = ProjectFile::open( path, false );
  REQUIRE( project );
  Database &db = ( *project )->db();
  CHECK_FALSE( cachedIncidentStore( db ) );
  auto first = loadIncidentStore( db );
  REQUIRE( first );
  // Written to the user's cache folder, private, without the project's name.
  const std::string folder = incidentStoreCacheFolder();
  REQUIRE( folder == dir.file( "cache" ) + "/tryggkarta/stores" );
  std::vector<std::filesystem::path> files;
  for ( const auto &entry : std::filesystem::directory_iterator( folder ) )
    files.push_back( entry.path() );
  REQUIRE( files.size() == 1 );
  CHECK( files.front().filename().string().find( "demo" ) == std::string::npos );
  CHECK( ( std::filesystem::status( files.front() ).permissions() & std::filesystem::perms::others_read ) ==
         std::filesystem::perms::none );
  auto cached = cachedIncidentStore( db );
  REQUIRE( cached );
  checkSameStore( cached.value(), first.value() );
  checkStoreMatchesTable( **project );

  // A selection through the cached store takes what the table's SQL takes.
  Selection period;
  period.fromUtc = first->fromUtc[first->size() / 2];
  period.untilUtc = *period.fromUtc + 60 * 86400;
  period.categories = { first->categoryCode( 0 ) };
  auto viaStore = selectIncidents( **project, period );
  REQUIRE( viaStore );
  REQUIRE( !viaStore->empty() );
  {
    // The same selection with caching off and the file changed: the table's SQL path.
    ::setenv( "TRYGGKARTA_NO_STORE_CACHE", "1", 1 );
    auto viaTable = selectIncidents( **project, period );
    ::unsetenv( "TRYGGKARTA_NO_STORE_CACHE" );
    REQUIRE( viaTable );
    REQUIRE( viaTable->size() == viaStore->size() );
    for ( size_t i = 0; i < viaTable->size(); ++i )
      CHECK( ( *viaTable )[i].fid == ( *viaStore )[i].fid );
  }

  SECTION( "an edit: moved, recategorised, reweighted" )
  {
    RecordEdits edits( db );
    const int64_t fid = first->fid[5];
    REQUIRE( edits.move( { PointMove{ RecordId{ RecordTable::Incidents, fid }, 450123.5, 6576543.25 } },
                         EditOptions() ) );
    IncidentChanges changes;
    changes.category =
      first->categoryCode( 1 ) == first->categoryCode( 2 ) ? "glaskross" : first->categoryCode( 2 );
    changes.weight = 0.25;
    REQUIRE( edits.updateIncidents( { first->fid[7], first->fid[8] }, changes, EditOptions() ) );
    CHECK_FALSE( cachedIncidentStore( db ) );
    checkStoreMatchesTable( **project );
    auto after = loadIncidentStore( db );
    REQUIRE( after );
    CHECK( after->x[after->rowOf( fid )] == 450123.5 );
    CHECK( after->weight[after->rowOf( first->fid[7] )] == 0.25 );
  }
  SECTION( "deleted and the deletion undone" )
  {
    RecordEdits edits( db );
    auto removed = edits.remove( { RecordId{ RecordTable::Incidents, first->fid[3] },
                                   RecordId{ RecordTable::Incidents, first->fid[4] } },
                                 EditOptions() );
    REQUIRE( removed );
    checkStoreMatchesTable( **project );
    CHECK( loadIncidentStore( db )->size() == first->size() - 2 );
    REQUIRE( edits.restore( removed.value(), EditOptions() ) );
    checkStoreMatchesTable( **project );
    CHECK( loadIncidentStore( db )->size() == first->size() );
  }
  SECTION( "a category merged into another" )
  {
    const std::string from = first->categoryCode( 0 );
    std::string into;
    for ( size_t row = 0; row < first->size() && into.empty(); ++row )
      if ( first->categoryCode( row ) != from )
        into = first->categoryCode( row );
    auto moved = CategoryEditor( db ).merge( from, into, CategoryWriteOptions{ "test", "test" } );
    REQUIRE( moved );
    CHECK( moved.value() > 0 );
    checkStoreMatchesTable( **project );
    auto after = loadIncidentStore( db );
    REQUIRE( after );
    for ( size_t row = 0; row < after->size(); ++row )
      REQUIRE( after->categoryCode( row ) != from );
  }
  SECTION( "an import" )
  {
    std::ofstream( dir.file( "vecka.csv" ) ) << "datum,kategori,x,y\n2026-05-03,klotter,449270,6574920\n"
                                                "2026-05-04,klotter,449280,6574930\n";
    auto imported = importFile( **project, dir.file( "vecka.csv" ), ImportOptions() );
    REQUIRE( imported );
    checkStoreMatchesTable( **project );
    CHECK( loadIncidentStore( db )->size() == first->size() + 2 );
  }
  SECTION( "a damaged or foreign cache file is never used" )
  {
    const std::string file = files.front().string();
    std::string bytes;
    {
      std::ifstream in( file, std::ios::binary );
      bytes.assign( std::istreambuf_iterator<char>( in ), {} );
    }
    for ( const size_t at : { size_t( 3 ), bytes.size() - 1 } )
    {
      std::string damaged = bytes;
      damaged[at] = static_cast<char>( damaged[at] ^ 0x5a );
      std::ofstream( file, std::ios::binary | std::ios::trunc ) << damaged;
      INFO( "byte " << at << " changed" );
      // A changed header or a code outside its range is refused. (A changed coordinate cannot be told, which
      // is why the cache is bound to the file's state and kept in the user's own folder.)
      CHECK_FALSE( cachedIncidentStore( db ) );
    }
    // Shorter or longer than its row count says: refused before anything is allocated for the rows.
    std::ofstream( file, std::ios::binary | std::ios::trunc ) << bytes.substr( 0, bytes.size() - 7 );
    CHECK_FALSE( cachedIncidentStore( db ) );
    std::ofstream( file, std::ios::binary | std::ios::trunc ) << bytes << "extra";
    CHECK_FALSE( cachedIncidentStore( db ) );
    // Inside a transaction of its own the connection sees changes the file does not show yet: no cache.
    std::ofstream( file, std::ios::binary | std::ios::trunc ) << bytes;
    REQUIRE( cachedIncidentStore( db ) );
    db.exec( "BEGIN" );
    db.exec( "DELETE FROM incidents WHERE fid = " + std::to_string( first->fid[0] ) );
    CHECK_FALSE( cachedIncidentStore( db ) );
    CHECK( loadIncidentStore( db )->size() == first->size() - 1 );
    db.exec( "ROLLBACK" );
    checkStoreMatchesTable( **project );
  }
}

TEST_CASE( "the store kept current row by row equals the store read again", "[store]" )
{
  TempDir dir;
  const std::string path = dir.file( "demo.gpkg" );
  REQUIRE( createDemoProject( path, DemoOptions() ) );
  auto project = ProjectFile::open( path, false );
  REQUIRE( project );
  Database &db = ( *project )->db();
  auto before = IncidentStore::load( db );
  REQUIRE( before );
  REQUIRE( before->size() > 100 );

  // Edits: two rows changed (one to a new organisation and source), one deleted, one added.
  db.exec( "INSERT INTO organisations (name) VALUES ('Nytt bolag AB')" );
  const int64_t changedA = before->fid[10], changedB = before->fid[20], deleted = before->fid[30];
  db.exec(
    "UPDATE incidents SET organisation = 'Nytt bolag AB', source = 'manual', weight = 0.5 WHERE fid = " +
    std::to_string( changedA ) );
  db.exec( "UPDATE incidents SET category = (SELECT code FROM categories ORDER BY code DESC LIMIT 1) WHERE "
           "fid = " +
           std::to_string( changedB ) );
  db.exec( "DELETE FROM incidents WHERE fid = " + std::to_string( deleted ) );
  db.exec(
    "INSERT INTO incidents (geom, occurred_from, category, source, created_at, updated_at) SELECT geom, "
    "occurred_from, category, 'police', created_at, updated_at FROM incidents WHERE fid = " +
    std::to_string( changedB ) );
  const int64_t inserted = db.queryInt( "SELECT max(fid) FROM incidents" );

  std::vector<int64_t> changed = { changedA, changedB, deleted, inserted };
  std::sort( changed.begin(), changed.end() );
  auto fresh = readIncidents( **project, changed );
  REQUIRE( fresh );
  REQUIRE( fresh->size() == 3 ); // the deleted one is gone
  auto added = IncidentStore::of( fresh.value() );
  REQUIRE( added );
  IncidentStore kept = before.value();
  REQUIRE( kept.replace( changed, added.value() ) );
  auto after = IncidentStore::load( db );
  REQUIRE( after );
  checkSameStore( kept, after.value() );
  CHECK( kept.rowOf( deleted ) == kept.size() );
  CHECK( kept.organisationName( kept.rowOf( changedA ) ) == "Nytt bolag AB" );

  // A subset keeps the dictionaries and takes the rows in order.
  const IncidentStore some = after->subset( { 0, 5, 7 } );
  REQUIRE( some.size() == 3 );
  CHECK( some.fid[1] == after->fid[5] );
  CHECK( some.categoryCode( 2 ) == after->categoryCode( 7 ) );
}

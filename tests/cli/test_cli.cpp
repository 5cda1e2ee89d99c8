// tryggkarta-cli end to end: exit codes, messages and what ends up in the project.

#include "clitestutil.h"
#include "testutil.h"

#include "datetimeparser.h"
#include "projectfile.h"
#include "schema.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <filesystem>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sys/wait.h>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;
using testutil::writeFile;

namespace
{
//! One band of a raster the CLI wrote, row-major, with its size.
struct Band
{
  std::vector<float> values;
  int columns = 0, rows = 0;
  double transform[6] = {};
  int bandCount = 0;
  std::string description;
};

Band readBand( const std::string &path, int band )
{
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  Band out;
  out.columns = ds->GetRasterXSize();
  out.rows = ds->GetRasterYSize();
  out.bandCount = ds->GetRasterCount();
  ds->GetGeoTransform( out.transform );
  REQUIRE( band <= out.bandCount );
  out.description = ds->GetRasterBand( band )->GetDescription();
  out.values.resize( static_cast<size_t>( out.columns ) * out.rows );
  const CPLErr read = ds->GetRasterBand( band )->RasterIO(
    GF_Read, 0, 0, out.columns, out.rows, out.values.data(), out.columns, out.rows, GDT_Float32, 0, 0 );
  GDALClose( ds );
  REQUIRE( read == CE_None );
  return out;
}
} // namespace

TEST_CASE( "usage errors exit with code 2 and say what is wrong", "[cli]" )
{
  SECTION( "no command" )
  {
    const Run r = cli( {} );
    CHECK( r.exitCode == 2 );
    CHECK_THAT( r.output, Catch::Contains( "no command given" ) );
  }
  SECTION( "unknown command" )
  {
    const Run r = cli( { "frobnicate" } );
    CHECK( r.exitCode == 2 );
    CHECK_THAT( r.output, Catch::Contains( "unknown command 'frobnicate'" ) );
  }
  SECTION( "unknown option" )
  {
    const Run r = cli( { "import", "a.gpkg", "b.csv", "--colour" } );
    CHECK( r.exitCode == 2 );
    CHECK_THAT( r.output, Catch::Contains( "unknown option --colour" ) );
  }
  SECTION( "bad --crs" )
  {
    const Run r = cli( { "import", "a.gpkg", "b.csv", "--crs", "sweref" } );
    CHECK( r.exitCode == 2 );
    CHECK_THAT( r.output, Catch::Contains( "--crs must look like EPSG:3006" ) );
  }
  SECTION( "help" )
  {
    const Run r = cli( { "--help" } );
    CHECK( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "import PROJECT.gpkg FILE" ) );
  }
}

TEST_CASE( "the demo is created, described by info, and refused over an existing file", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  const Run created = cli( { "demo", demo, "--seed", "7" } );
  INFO( created.output );
  REQUIRE( created.exitCode == 0 );
  CHECK_THAT( created.output, Catch::Contains( "Exempelkommun (syntetiska data)" ) );
  const Run info = cli( { "info", demo } );
  CHECK( info.exitCode == 0 );
  CHECK_THAT( info.output,
              Catch::Contains( "Schema version: " + std::to_string( tryggkarta::currentSchemaVersion() ) ) );
  CHECK_THAT( info.output, Catch::Contains( "Exempelkommun" ) );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  const int64_t incidents = project.value()->db().queryInt( "SELECT count(*) FROM incidents" );
  CHECK( incidents > 1000 );
  CHECK_THAT( info.output, Catch::Contains( std::to_string( incidents ) ) );
  const Run again = cli( { "demo", demo } );
  CHECK( again.exitCode == 1 );
  CHECK_THAT( again.output, Catch::Contains( "already exists" ) );
}

TEST_CASE( "import prints each reject with its row and a summary, and stores the good rows", "[cli]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( tryggkarta::ProjectFile::create( project ).ok() );
  const std::string csv =
    writeFile( dir.file( "vecka.csv" ), "datum;kategori;N;E;beskrivning\n"
                                        "2024-05-03 22:15;Klotter;6574920;449270;Klotter på skolan\n"
                                        "2024-05-03 23:15;Okänd sak;6574920;449270;?\n"
                                        "2024-05-04 01:00;Glaskross;;449270;saknar nord\n" );
  SECTION( "dry run changes nothing" )
  {
    const Run r = cli( { "import", project, csv, "--dry-run" } );
    INFO( r.output );
    CHECK( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "Dry run" ) );
    auto p = tryggkarta::ProjectFile::open( project, true );
    CHECK( p.value()->db().queryInt( "SELECT count(*) FROM incidents" ) == 0 );
  }
  SECTION( "real import" )
  {
    const Run r = cli( { "import", project, csv } );
    INFO( r.output );
    CHECK( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "vecka.csv: row 3: unknown category 'Okänd sak'" ) );
    CHECK_THAT( r.output, Catch::Contains( "vecka.csv: row 4: missing coordinates" ) );
    CHECK_THAT( r.output, Catch::Contains( "imported:  1" ) );
    CHECK_THAT( r.output, Catch::Contains( "rejected:  2" ) );
    auto p = tryggkarta::ProjectFile::open( project, true );
    CHECK( p.value()->db().queryInt( "SELECT count(*) FROM incidents" ) == 1 );
    const Run again = cli( { "import", project, csv } );
    CHECK( again.exitCode == 1 );
    CHECK_THAT( again.output, Catch::Contains( "already imported" ) );
  }
  SECTION( "a mapping override and a chosen CRS" )
  {
    const std::string other =
      writeFile( dir.file( "other.csv" ), "när,vad,a,b\n2024-05-03 22:15,klotter,449270,6574920\n" );
    const Run r = cli( { "import", project, other, "--map", "date=när", "--map", "category=vad", "--map",
                         "x=a", "--map", "y=b", "--crs", "EPSG:3006" } );
    INFO( r.output );
    CHECK( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "imported:  1" ) );
  }
}

TEST_CASE( "the command line adds the option that helps to the core's messages", "[cli]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( tryggkarta::ProjectFile::create( project ).ok() );
  const std::string csv = writeFile( dir.file( "vecka.csv" ), "datum,kategori,x,y\n"
                                                              "2024-05-03 22:15,klotter,449270,6574920\n"
                                                              "2024-05-03 23:15,Sprayfärg,449270,6574920\n" );
  const Run first = cli( { "import", project, csv } );
  INFO( first.output );
  REQUIRE( first.exitCode == 0 );
  CHECK_THAT( first.output, Catch::Contains( "Map a value with --map-category VALUE=CODE." ) );
  // Importing the same content again is refused; the option to do it on purpose is named.
  const Run again = cli( { "import", project, csv } );
  INFO( again.output );
  CHECK( again.exitCode == 1 );
  CHECK_THAT( again.output, Catch::Contains( "already imported (batch 1" ) &&
                              Catch::Contains( "Use --force to import it again." ) );
  CHECK( cli( { "import", project, csv, "--force" } ).exitCode == 0 );
  // A file whose columns are not recognised: how to map them.
  const std::string unnamed =
    writeFile( dir.file( "okand.csv" ), "när,vad,a,b\n2024-05-03 22:15,klotter,449270,6574920\n" );
  const Run unmapped = cli( { "import", project, unnamed } );
  INFO( unmapped.output );
  CHECK( unmapped.exitCode == 1 );
  CHECK_THAT( unmapped.output, Catch::Contains( "no coordinate columns found" ) &&
                                 Catch::Contains( "--map x=COLUMN --map y=COLUMN" ) );
  const Run noDate = cli( { "import", project, unnamed, "--map", "x=a", "--map", "y=b" } );
  INFO( noDate.output );
  CHECK_THAT( noDate.output,
              Catch::Contains( "no date column found" ) && Catch::Contains( "--map date=COLUMN" ) );
}

TEST_CASE( "unreadable input exits non-zero with the reason", "[cli]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( tryggkarta::ProjectFile::create( project ).ok() );
  SECTION( "missing file" )
  {
    const Run r = cli( { "import", project, dir.file( "nope.csv" ) } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "nope.csv does not exist" ) );
  }
  SECTION( "not a project" )
  {
    const std::string text = writeFile( dir.file( "notes.gpkg" ), std::string( 300, 'a' ) );
    const Run r = cli( { "info", text } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "not a Tryggkarta project" ) );
  }
  SECTION( "a mapping to a column the file does not have" )
  {
    const std::string csv =
      writeFile( dir.file( "a.csv" ), "datum,kategori,x,y\n2024-05-03,klotter,449270,6574920\n" );
    const Run r = cli( { "import", project, csv, "--map", "date=when" } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "has no column 'when'" ) );
  }
}

TEST_CASE( "kde writes an aligned GeoTIFF of the selected incidents whose density sums to their count",
           "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string tif = dir.file( "kde.tif" );
  const Run r =
    cli( { "kde", demo, "--out", tif, "--from", "2025-01-01", "--until", "2025-12-31", "--categories",
           "klotter,glaskross", "--radius", "250", "--cell", "10", "--output", "scaled" } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "2025-01-01 – 2025-12-31; categories: klotter, glaskross" ) );

  // The selected incidents, counted in the project with the same rule (an interval counts where it overlaps).
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  const double weight = project.value()->db().queryInt(
    "SELECT round(sum(weight)) FROM incidents WHERE category IN ('klotter', 'glaskross') AND occurred_from < "
    "'2025-12-31T23:00:00.000Z' AND coalesce(occurred_until, occurred_from) >= '2024-12-31T23:00:00.000Z'" );
  REQUIRE( weight > 50 );

  const Band density = readBand( tif, 1 );
  // Aligned to multiples of the cell size, north up.
  CHECK( std::fmod( density.transform[0], 10.0 ) == 0.0 );
  CHECK( std::fmod( density.transform[3], 10.0 ) == 0.0 );
  CHECK( density.transform[1] == 10.0 );
  CHECK( density.transform[5] == -10.0 );
  double sum = 0;
  for ( float v : density.values )
    sum += v;
  // Scaled density times the cell area is the total weight (float32 storage: 1e-4 relative).
  CHECK( sum * 100.0 == Approx( weight ).epsilon( 1e-4 ) );
}

TEST_CASE( "kde explains a bad request", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  SECTION( "an output that is not a GeoTIFF" )
  {
    const Run r = cli( { "kde", demo, "--out", dir.file( "a.png" ) } );
    CHECK( r.exitCode == 2 );
    CHECK_THAT( r.output, Catch::Contains( "--out must end in .tif" ) );
  }
  SECTION( "bad selection options" )
  {
    const std::vector<std::pair<std::vector<std::string>, std::string>> cases = {
      { { "--weekdays", "8" }, "--weekdays takes weekdays like 1-5" },
      { { "--hours", "25" }, "--hours takes hours 0-23" },
      { { "--intervals", "start" }, "--intervals must be overlap or midpoint" },
      { { "--from", "2025-02-01", "--until", "2025-01-01" }, "--until is before --from" } };
    for ( const auto &[options, message] : cases )
    {
      std::vector<std::string> args = { "kde", demo };
      args.insert( args.end(), options.begin(), options.end() );
      const Run r = cli( args );
      CHECK( r.exitCode == 2 );
      CHECK_THAT( r.output, Catch::Contains( message ) );
    }
  }
  SECTION( "an unknown area names the project's areas" )
  {
    const Run r = cli( { "kde", demo, "--area", "Atlantis" } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "No area is called 'Atlantis'" ) );
    CHECK_THAT( r.output, Catch::Contains( "(EST1)" ) );
  }
  SECTION( "unknown category" )
  {
    const Run r = cli( { "kde", demo, "--out", dir.file( "a.tif" ), "--categories", "sprayfarg" } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "'sprayfarg' is not a category code" ) );
  }
  SECTION( "a period without incidents" )
  {
    const Run r =
      cli( { "kde", demo, "--out", dir.file( "a.tif" ), "--from", "2010-01-01", "--until", "2010-12-31" } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "no incidents match the selection" ) );
  }
  SECTION( "a zero cell size" )
  {
    const Run r = cli( { "kde", demo, "--out", dir.file( "a.tif" ), "--cell", "0" } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "cell size must be a positive number" ) );
  }
  SECTION( "an output that is the project file itself" )
  {
    const auto incidentsBefore =
      tryggkarta::ProjectFile::open( demo, true ).value()->db().queryInt( "SELECT count(*) FROM incidents" );
    const Run r = cli( { "clusters", demo, "--out", demo } );
    CHECK( r.exitCode == 1 );
    CHECK_THAT( r.output, Catch::Contains( "is the project file itself" ) );
    // The project is whole: its incidents are all there.
    CHECK( tryggkarta::ProjectFile::open( demo, true )
             .value()
             ->db()
             .queryInt( "SELECT count(*) FROM incidents" ) == incidentsBefore );
  }
  CHECK_FALSE( std::filesystem::exists( dir.file( "a.tif" ) ) );
  // Nothing was stored in the project either.
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  CHECK( project.value()->db().queryInt( "SELECT count(*) FROM analysis_results" ) == 0 );
}

TEST_CASE( "hotspots writes count, z, p and class bands, and the busiest cell is a 99 % hot spot", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string tif = dir.file( "gi.tif" );
  const Run r = cli( { "hotspots", demo, "--out", tif, "--cell", "100", "--band", "300" } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "hot 99/95/90 %" ) );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  const double total = project.value()->db().queryInt( "SELECT round(sum(weight)) FROM incidents" );

  const Band countBand = readBand( tif, 1 );
  const Band binBand = readBand( tif, 4 );
  REQUIRE( binBand.bandCount == 4 );
  CHECK( binBand.description == "bin_fdr" );
  const std::vector<float> &counts = countBand.values, &bins = binBand.values;
  double sum = 0;
  size_t busiest = 0;
  for ( size_t i = 0; i < counts.size(); ++i )
  {
    sum += counts[i];
    if ( counts[i] > counts[busiest] )
      busiest = i;
    CHECK( ( bins[i] >= -3 && bins[i] <= 3 ) );
  }
  CHECK( sum == Approx( total ) );
  CHECK( bins[busiest] == 3 );
}

TEST_CASE( "clusters writes one hull per cluster with counts that add up", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string gpkg = dir.file( "clusters.gpkg" );
  const Run r = cli( { "clusters", demo, "--out", gpkg, "--eps", "60", "--min-points", "8" } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( gpkg.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayerByName( "clusters" );
  REQUIRE( layer );
  const GIntBig hulls = layer->GetFeatureCount();
  CHECK( hulls > 3 );
  // Every cluster has an outline (points on a line get a small buffer).
  CHECK_THAT( r.output, Catch::Contains( "clusters:  " + std::to_string( hulls ) + "\n" ) );
  int64_t clustered = 0;
  for ( auto &feature : *layer )
  {
    clustered += feature->GetFieldAsInteger( "count" );
    // Every cluster has a core point; border points shared with an earlier cluster go to that one, so a
    // cluster may end with fewer than --min-points members (as in scikit-learn), never with no core.
    CHECK( feature->GetFieldAsInteger( "core_count" ) >= 1 );
    CHECK( feature->GetFieldAsInteger( "count" ) >= feature->GetFieldAsInteger( "core_count" ) );
    CHECK( feature->GetGeometryRef()->toPolygon()->get_Area() > 0 );
    CHECK( std::string( feature->GetFieldAsString( "categories" ) ).size() > 3 );
    CHECK( feature->GetFieldAsInteger( "peak_hour" ) >= 0 );
    CHECK( feature->GetFieldAsInteger( "peak_hour" ) <= 23 );
  }
  // The clustered incidents, each with its cluster id: as many as the clusters' counts.
  OGRLayer *events = ds->GetLayerByName( "events" );
  REQUIRE( events );
  CHECK( events->GetFeatureCount() == clustered );
  GDALClose( ds );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  CHECK( clustered < project.value()->db().queryInt( "SELECT count(*) FROM incidents" ) );
}

TEST_CASE( "analyses are stored in the project with their selection and parameters, listed, exported and "
           "deleted",
           "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const Run kde = cli( { "kde", demo, "--from", "2025-01-01", "--until", "2025-06-30", "--radius", "200",
                         "--name", "Heatmap våren 2025", "--mask", "land" } );
  INFO( kde.output );
  REQUIRE( kde.exitCode == 0 );
  CHECK_THAT( kde.output, Catch::Contains( "stored in the project as 'Heatmap våren 2025'" ) );
  const Run hotspots = cli( { "hotspots", demo, "--weekdays", "fri-sun", "--hours", "22-3" } );
  INFO( hotspots.output );
  REQUIRE( hotspots.exitCode == 0 );
  CHECK_THAT( hotspots.output, Catch::Contains( "hotspots all dates (filtered)" ) );
  const Run clusters =
    cli( { "clusters", demo, "--time-eps", "30", "--eps", "80", "--min-points", "5", "--hull", "concave" } );
  INFO( clusters.output );
  REQUIRE( clusters.exitCode == 0 );
  CHECK_THAT( clusters.output, Catch::Contains( "Clusters (ST-DBSCAN)" ) );

  const Run list = cli( { "results", demo } );
  REQUIRE( list.exitCode == 0 );
  CHECK_THAT( list.output, Catch::Contains( "Heatmap våren 2025" ) );
  CHECK_THAT( list.output, Catch::Contains( "2025-01-01 – 2025-06-30" ) );
  CHECK_THAT( list.output, Catch::Contains( "\"radius_m\":200.000" ) );
  CHECK_THAT( list.output, Catch::Contains( "weekdays: fre, lör, sön; hours: 0, 1, 2, 3, 22, 23" ) );
  CHECK_THAT( list.output, Catch::Contains( "\"method\":\"ST-DBSCAN\"" ) );

  // The heatmap, read from the project by GDAL, is the same as one written straight to a file; the lake is
  // masked out.
  const std::string direct = dir.file( "direct.tif" ), exported = dir.file( "exported.tif" );
  REQUIRE( cli( { "kde", demo, "--from", "2025-01-01", "--until", "2025-06-30", "--radius", "200", "--mask",
                  "land", "--out", direct } )
             .exitCode == 0 );
  REQUIRE( cli( { "results", demo, "--export", "Heatmap våren 2025", "--out", exported } ).exitCode == 0 );
  const Band a = readBand( direct, 1 ), b = readBand( exported, 1 );
  REQUIRE( a.columns == b.columns );
  REQUIRE( a.rows == b.rows );
  CHECK( a.transform[0] == b.transform[0] );
  CHECK( a.transform[3] == b.transform[3] );
  CHECK( a.values == b.values );
  size_t zero = 0;
  for ( float v : a.values )
    zero += v == 0 ? 1 : 0;
  CHECK( zero > a.values.size() / 10 );

  // A name in use is refused and nothing changes; --replace replaces it.
  const Run clash = cli( { "kde", demo, "--name", "Heatmap våren 2025" } );
  CHECK( clash.exitCode == 1 );
  CHECK_THAT( clash.output, Catch::Contains( "already has a result called 'Heatmap våren 2025'" ) );
  REQUIRE( cli( { "kde", demo, "--name", "Heatmap våren 2025", "--replace" } ).exitCode == 0 );

  {
    auto project = tryggkarta::ProjectFile::open( demo, true );
    REQUIRE( project.ok() );
    CHECK( project.value()->db().queryInt( "SELECT count(*) FROM analysis_results" ) == 3 );
    // QGIS and GDAL see the stored layers.
    GDALAllRegister();
    GDALDataset *ds =
      static_cast<GDALDataset *>( GDALOpenEx( demo.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
    REQUIRE( ds );
    OGRLayer *cells = ds->GetLayerByName( "result_hotspots_all_dates_filtered" );
    REQUIRE( cells );
    CHECK( cells->GetFeatureCount() > 10 );
    GDALClose( ds );
  }
  const Run removed = cli( { "results", demo, "--delete", "Heatmap våren 2025" } );
  CHECK( removed.exitCode == 0 );
  const Run after = cli( { "results", demo } );
  CHECK_THAT( after.output, !Catch::Contains( "Heatmap våren 2025" ) );
  const Run missing = cli( { "results", demo, "--delete", "Heatmap våren 2025" } );
  CHECK( missing.exitCode == 1 );
  CHECK_THAT( missing.output, Catch::Contains( "no result called 'Heatmap våren 2025'" ) );
}

TEST_CASE( "hotspots on areas counts each area's incidents and the selection options narrow them", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string out = dir.file( "areas.gpkg" );
  const Run r = cli( { "hotspots", demo, "--areas", "district", "--sources", "police", "--out", out } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "Gi* needs at least 30" ) ); // five districts: say so
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  tryggkarta::Selection police;
  police.sources = { "police" };
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( out.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayerByName( "hotspots" );
  REQUIRE( layer );
  CHECK( layer->GetFeatureCount() == 5 );
  for ( auto &feature : *layer )
  {
    police.area = feature->GetFieldAsString( "name" );
    auto inArea = tryggkarta::selectIncidents( *project.value(), police );
    REQUIRE( inArea.ok() );
    double weight = 0; // the count is the sum of the incidents' weights (severity or number)
    for ( const tryggkarta::SelectedIncident &incident : inArea.value() )
      weight += incident.weight;
    CHECK( inArea->size() > 20 );
    CHECK( feature->GetFieldAsDouble( "count" ) == Approx( weight ) );
  }
  GDALClose( ds );
}

TEST_CASE( "compare ranks the areas by this period's count against the previous period's", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const Run r = cli( { "compare", demo, "--from", "2025-07-01", "--until", "2025-09-30", "--areas",
                       "est_area", "--name", "Q3" } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "<- top 3" ) );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  tryggkarta::Selection now, before;
  now.fromUtc = tryggkarta::stockholmToUtc( 2025, 7, 1, 0, 0, 0 );
  now.untilUtc = tryggkarta::stockholmToUtc( 2025, 10, 1, 0, 0, 0 );
  before.untilUtc = now.fromUtc;
  before.fromUtc = *before.untilUtc - ( *now.untilUtc - *now.fromUtc ); // the same length just before
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( demo.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayerByName( "result_q3" );
  REQUIRE( layer );
  REQUIRE( layer->GetFeatureCount() == 5 );
  std::map<int, int64_t> countByRank;
  for ( auto &feature : *layer )
  {
    now.area = before.area = std::to_string( feature->GetFieldAsInteger64( "area_fid" ) );
    const auto inNow = tryggkarta::selectIncidents( *project.value(), now );
    const auto inBefore = tryggkarta::selectIncidents( *project.value(), before );
    REQUIRE( inNow.ok() );
    REQUIRE( inBefore.ok() );
    CHECK( feature->GetFieldAsInteger64( "count_now" ) == static_cast<int64_t>( inNow->size() ) );
    CHECK( feature->GetFieldAsInteger64( "count_before" ) == static_cast<int64_t>( inBefore->size() ) );
    const double p = feature->GetFieldAsDouble( "p" );
    CHECK( ( p > 0 && p <= 1 ) );
    countByRank[feature->GetFieldAsInteger( "rank" )] = feature->GetFieldAsInteger64( "count_now" );
  }
  GDALClose( ds );
  REQUIRE( countByRank.size() == 5 );
  CHECK( countByRank.begin()->first == 1 );
  for ( auto it = std::next( countByRank.begin() ); it != countByRank.end(); ++it )
    CHECK( std::prev( it )->second >= it->second );
  const Run missingPeriod = cli( { "compare", demo } );
  CHECK( missingPeriod.exitCode == 2 );
  CHECK_THAT( missingPeriod.output, Catch::Contains( "compare needs the period" ) );
}

TEST_CASE( "profile stores an hour x weekday table that sums to the incidents and a weekly series", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string out = dir.file( "profile.gpkg" );
  const Run r = cli( { "profile", demo, "--from", "2025-01-01", "--until", "2025-12-31", "--categories",
                       "klotter", "--out", out } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "peak:" ) );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  tryggkarta::Selection s;
  s.fromUtc = tryggkarta::stockholmToUtc( 2025, 1, 1, 0, 0, 0 );
  s.untilUtc = tryggkarta::stockholmToUtc( 2026, 1, 1, 0, 0, 0 );
  s.categories = { "klotter" };
  const auto incidents = tryggkarta::selectIncidents( *project.value(), s );
  REQUIRE( incidents.ok() );
  REQUIRE( incidents->size() > 50 );
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( out.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *matrix = ds->GetLayerByName( "hour_weekday" );
  REQUIRE( matrix );
  CHECK( matrix->GetFeatureCount() == 168 );
  double total = 0;
  for ( auto &f : *matrix )
    total += f->GetFieldAsDouble( "count" );
  CHECK( total == Approx( double( incidents->size() ) ) );
  OGRLayer *series = ds->GetLayerByName( "series" );
  REQUIRE( series );
  std::set<std::string> weeks;
  double inSeries = 0;
  for ( auto &f : *series )
  {
    weeks.insert( f->GetFieldAsString( "bin" ) );
    inSeries += f->GetFieldAsDouble( "count" );
  }
  GDALClose( ds );
  CHECK( weeks.count( "2025-W01" ) == 1 );
  CHECK( weeks.size() == 53 ); // 2025-W01 … 2026-W01 (31 December 2025 is a Wednesday)
  // An interval counts in the series by its midpoint, so a few overlapping the period's edges are outside.
  CHECK( inSeries <= double( incidents->size() ) );
  CHECK( inSeries >= double( incidents->size() ) * 0.95 );
}

TEST_CASE( "knox counts close pairs as a brute force does and reports Monte Carlo p-values", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string out = dir.file( "knox.csv" );
  const Run r = cli( { "knox", demo, "--categories", "inbrott,cykelstold", "--distances", "150,300", "--days",
                       "10,30", "--permutations", "99", "--out", out } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  tryggkarta::Selection s;
  s.categories = { "inbrott", "cykelstold" };
  const auto incidents = tryggkarta::selectIncidents( *project.value(), s );
  REQUIRE( incidents.ok() );
  int64_t closeAndSoon = 0;
  for ( size_t i = 0; i < incidents->size(); ++i )
    for ( size_t j = i + 1; j < incidents->size(); ++j )
    {
      const auto &a = ( *incidents )[i], &b = ( *incidents )[j];
      const double days = std::abs( double( a.midpointUtc() - b.midpointUtc() ) ) / 86400;
      if ( std::hypot( a.x - b.x, a.y - b.y ) <= 150 && days <= 10 )
        ++closeAndSoon;
    }
  const std::string csv = testutil::readFile( out );
  INFO( csv );
  // The first data row is the closest band: 0-150 m, 0-10 days.
  const auto firstRow = csv.substr( csv.find( '\n' ) + 1 );
  CHECK( firstRow.rfind( "0,150,0,10,", 0 ) == 0 );
  CHECK_THAT( firstRow, Catch::StartsWith( "0,150,0,10,\"" + std::to_string( closeAndSoon ) + "\"" ) ||
                          Catch::StartsWith( "0,150,0,10," + std::to_string( closeAndSoon ) + "," ) );
  const Run bad = cli( { "knox", demo, "--days", "7,x" } );
  CHECK( bad.exitCode == 2 );
  CHECK_THAT( bad.output, Catch::Contains( "--days takes increasing numbers" ) );
  const Run zero = cli( { "knox", demo, "--days", "0,7" } );
  CHECK( zero.exitCode == 1 );
  CHECK_THAT( zero.output, Catch::Contains( "must be positive" ) );
}

TEST_CASE( "hotspots on hexagons writes a hexagon per cell whose counts add up to the incidents", "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string out = dir.file( "hex.geojson" );
  const Run r = cli( { "hotspots", demo, "--hexagons", "--cell", "150", "--out", out } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  CHECK_THAT( r.output, Catch::Contains( "hexagons 150.0 m apart" ) );
  CHECK( cli( { "hotspots", demo, "--hexagons", "--out", dir.file( "hex.tif" ) } ).exitCode == 2 );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  const double total = project.value()->db().queryInt( "SELECT round(sum(weight)) FROM incidents" );
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( out.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayer( 0 );
  REQUIRE( layer );
  double sum = 0;
  int hot = 0;
  for ( auto &feature : *layer )
  {
    sum += feature->GetFieldAsDouble( "count" );
    hot += feature->GetFieldAsInteger( "bin_fdr" ) == 3 ? 1 : 0;
    const OGRPolygon *hexagon = feature->GetGeometryRef()->toPolygon();
    CHECK( hexagon->getExteriorRing()->getNumPoints() == 7 );
    // A hexagon 150 m across its flat sides: 150² × √3 / 2 m².
    CHECK( hexagon->get_Area() == Approx( 150.0 * 150.0 * std::sqrt( 3.0 ) / 2 ).epsilon( 1e-9 ) );
  }
  GDALClose( ds );
  CHECK( sum == Approx( total ) );
  CHECK( hot > 5 );
}

TEST_CASE( "kde --edge-correction raises the density near the study area's edge and nowhere lowers it",
           "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  const std::string plain = dir.file( "plain.tif" ), corrected = dir.file( "corrected.tif" );
  REQUIRE(
    cli( { "kde", demo, "--mask", "land", "--radius", "300", "--cell", "20", "--out", plain } ).exitCode ==
    0 );
  const Run r = cli( { "kde", demo, "--mask", "land", "--radius", "300", "--cell", "20", "--edge-correction",
                       "--out", corrected } );
  INFO( r.output );
  REQUIRE( r.exitCode == 0 );
  const Band a = readBand( plain, 1 ), b = readBand( corrected, 1 );
  REQUIRE( a.values.size() == b.values.size() );
  size_t raised = 0, lowered = 0;
  for ( size_t i = 0; i < a.values.size(); ++i )
  {
    raised += b.values[i] > a.values[i] * 1.001f ? 1 : 0;
    lowered += b.values[i] < a.values[i] * 0.999f ? 1 : 0;
  }
  CHECK( raised > 100 ); // along the shore and the boundary
  CHECK( lowered == 0 );
}

TEST_CASE( "an incident far outside the municipality is left out of the analyses with a warning naming it",
           "[cli]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  // Kiruna's coordinates in a Kristinehamn project: a typical wrong-file or wrong-CRS mistake.
  const std::string csv = dir.file( "far.csv" );
  writeFile( csv, "datum,kategori,lat,lon\n2025-05-01 12:00,klotter,67.85,20.22\n" );
  REQUIRE( cli( { "import", demo, csv } ).exitCode == 0 );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  const int64_t farFid = project.value()->db().queryInt( "SELECT max(fid) FROM incidents" );
  const int64_t inside = project.value()->db().queryInt( "SELECT count(*) FROM incidents" ) - 1;
  project.value().reset();

  SECTION( "kde covers the municipality only" )
  {
    const std::string tif = dir.file( "kde.tif" );
    const Run r = cli( { "kde", demo, "--out", tif, "--radius", "300", "--output", "raw" } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    CHECK_THAT( r.output, Catch::Contains( "1 incident lies outside the project's extent" ) );
    CHECK_THAT( r.output, Catch::Contains( "fid " + std::to_string( farFid ) + " (E 7" ) );
    CHECK_THAT( r.output, Catch::Contains( "(" + std::to_string( inside ) + " incidents)" ) );
    const Band density = readBand( tif, 1 );
    // The grid spans the town (a few km), not the 1000 km up to Kiruna.
    CHECK( density.columns * 10.0 < 30000 );
    CHECK( density.rows * 10.0 < 30000 );
  }
  SECTION( "hot spots, clusters and the comparison too" )
  {
    for ( const std::vector<std::string> &command :
          { std::vector<std::string>{ "hotspots", demo, "--out", dir.file( "h.gpkg" ) },
            std::vector<std::string>{ "clusters", demo, "--out", dir.file( "c.gpkg" ) },
            std::vector<std::string>{ "compare", demo, "--from", "2025-04-01", "--until", "2025-06-30",
                                      "--out", dir.file( "k.gpkg" ) } } )
    {
      const Run r = cli( command );
      INFO( command[0] << ": " << r.output );
      CHECK( r.exitCode == 0 );
      CHECK_THAT( r.output, Catch::Contains( "fid " + std::to_string( farFid ) ) );
    }
  }
}

TEST_CASE( "settings and note store the organisation, k and a period's screened note", "[cli][report]" )
{
  TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  Run run = cli( { "settings", project } );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "(not set)" ) != std::string::npos );
  CHECK( run.output.find( "(k):     5" ) != std::string::npos );

  run = cli(
    { "settings", project, "--organisation", "Kommunen, trygghetssamordnaren", "--publish-min-count", "8" } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  {
    auto file = tryggkarta::ProjectFile::open( project, true );
    REQUIRE( file.ok() );
    CHECK( ( *file )->metaValue( "organisation" ) == "Kommunen, trygghetssamordnaren" );
    CHECK( ( *file )->metaValue( "publish_min_count" ) == "8" );
  }
  // k out of range: refused, nothing changed.
  run = cli( { "settings", project, "--publish-min-count", "1" } );
  CHECK( run.exitCode == 2 );
  CHECK( tryggkarta::ProjectFile::open( project, true ).value()->metaValue( "publish_min_count" ) == "8" );

  // A note with a phone number: stored with a placeholder, read back, removed.
  run = cli(
    { "note", project, "--period", "2026-W47", "--text", "Bränder vid stationen. Ring 070-123 45 67." } );
  INFO( run.output );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "replaced with placeholders" ) != std::string::npos );
  run = cli( { "note", project, "--period", "2026-11-16..2026-11-22" } ); // the same week, written as dates
  CHECK( run.output.find( "Bränder vid stationen." ) != std::string::npos );
  CHECK( run.output.find( "070" ) == std::string::npos );
  run = cli( { "note", project, "--period", "2026-W47", "--clear" } );
  CHECK( run.exitCode == 0 );
  CHECK( run.output.find( "(none)" ) != std::string::npos );
  CHECK( cli( { "note", project, "--period", "vecka 47" } ).exitCode == 1 );
}

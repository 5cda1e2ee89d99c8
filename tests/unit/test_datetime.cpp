#include <catch2/catch.hpp>

#include "datetimeparser.h"

#include <cstdio>
#include <string>

using namespace tryggkarta;

namespace
{

//! The parsed date and time of text as "YYYY-MM-DD HH:MM:SS", or "invalid".
std::string parsedAsText( const std::string &text )
{
  const std::optional<LocalDateTime> value = parseDateTime( text );
  if ( !value )
    return "invalid";
  char buffer[64];
  std::snprintf( buffer, sizeof( buffer ), "%04d-%02d-%02d %02d:%02d:%02d", value->year, value->month,
                 value->day, value->hour, value->minute, value->second );
  return buffer;
}

std::string stockholmAsUtc( int year, int month, int day, int hour, int minute, int second = 0 )
{
  return formatUtcIso( stockholmToUtc( year, month, day, hour, minute, second ) );
}

int64_t utcSeconds( const char *iso )
{
  const std::optional<int64_t> value = parseUtcIso( iso );
  REQUIRE( value.has_value() );
  return *value;
}

} // namespace

TEST_CASE( "days since 1970 follow the proleptic Gregorian calendar", "[datetime]" )
{
  CHECK( daysFromCivil( 1970, 1, 1 ) == 0 );
  CHECK( daysFromCivil( 1969, 12, 31 ) == -1 );
  CHECK( daysFromCivil( 2000, 3, 1 ) == 11017 );
  CHECK( daysFromCivil( 2024, 2, 29 ) == 19782 );
  CHECK( daysFromCivil( 1600, 1, 1 ) == -135140 );

  SECTION( "civilFromDays is the inverse, also before year 0" )
  {
    int mismatches = 0;
    int64_t expected = daysFromCivil( -800, 1, 1 );
    for ( int year = -800; year < 2400; ++year )
    {
      for ( int month = 1; month <= 12; ++month )
      {
        const int monthLength = month == 2
                                  ? ( ( year % 4 == 0 && year % 100 != 0 ) || year % 400 == 0 ? 29 : 28 )
                                  : ( month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31 );
        for ( int day = 1; day <= monthLength; ++day, ++expected )
        {
          int y = 0, m = 0, d = 0;
          civilFromDays( expected, y, m, d );
          if ( daysFromCivil( year, month, day ) != expected || y != year || m != month || d != day )
            ++mismatches;
        }
      }
    }
    CHECK( mismatches == 0 );
  }
}

TEST_CASE( "each accepted date form is read day first", "[datetime]" )
{
  SECTION( "ISO 8601" )
  {
    CHECK( parsedAsText( "2024-03-05" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "20240305" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "2024-3-5" ) == "2024-03-05 00:00:00" );
  }
  SECTION( "Swedish day-first with slash" )
  {
    CHECK( parsedAsText( "5/3 2024" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "5/3-2024" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "05/03/2024" ) == "2024-03-05 00:00:00" );
  }
  SECTION( "dotted" )
  {
    CHECK( parsedAsText( "05.03.2024" ) == "2024-03-05 00:00:00" );
  }
  SECTION( "Swedish month names, full or abbreviated, any case, with or without a dot" )
  {
    CHECK( parsedAsText( "5 mars 2024" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "5 MARS 2024" ) == "2024-03-05 00:00:00" );
    CHECK( parsedAsText( "17 maj 2023" ) == "2023-05-17 00:00:00" );
    CHECK( parsedAsText( "1 okt. 2023" ) == "2023-10-01 00:00:00" );
    CHECK( parsedAsText( "30 Sept 2023" ) == "2023-09-30 00:00:00" );
    CHECK( parsedAsText( "31 december 1999" ) == "1999-12-31 00:00:00" );
    CHECK( parsedAsText( "2 jan 2000" ) == "2000-01-02 00:00:00" );
  }
  SECTION( "surrounding whitespace is ignored" )
  {
    CHECK( parsedAsText( "  \t2024-03-05 \r\n" ) == "2024-03-05 00:00:00" );
  }
  SECTION( "a date alone has no time" )
  {
    const std::optional<LocalDateTime> value = parseDateTime( "5 mars 2024" );
    REQUIRE( value );
    CHECK( value->hasDate );
    CHECK_FALSE( value->hasTime );
    CHECK_FALSE( value->hasOffset );
  }
}

TEST_CASE( "dates with times are read in ISO and Swedish forms", "[datetime]" )
{
  CHECK( parsedAsText( "2024-03-05T14:30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "2024-03-05 14:30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "2024-03-05 14:30:15" ) == "2024-03-05 14:30:15" );
  CHECK( parsedAsText( "2024-03-05 14:30:15.123456" ) == "2024-03-05 14:30:15" );
  CHECK( parsedAsText( "2024-03-05 kl. 14.30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "5/3 2024 kl 9" ) == "2024-03-05 09:00:00" );
  CHECK( parsedAsText( "5 mars 2024 14.30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "5 mars 2024, 14.30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "5 mars 2024, kl. 14.30" ) == "2024-03-05 14:30:00" );
  CHECK( parsedAsText( "20240305T143015" ) == "2024-03-05 14:30:15" );
}

TEST_CASE( "a time alone is read without a date", "[datetime]" )
{
  SECTION( "forms" )
  {
    CHECK( parsedAsText( "14:30" ) == "0000-00-00 14:30:00" );
    CHECK( parsedAsText( "14.30" ) == "0000-00-00 14:30:00" );
    CHECK( parsedAsText( "kl 14" ) == "0000-00-00 14:00:00" );
    CHECK( parsedAsText( "Kl. 8.05" ) == "0000-00-00 08:05:00" );
    CHECK( parsedAsText( "14:30:15" ) == "0000-00-00 14:30:15" );
  }
  SECTION( "flags" )
  {
    const std::optional<LocalDateTime> value = parseDateTime( "14:30" );
    REQUIRE( value );
    CHECK_FALSE( value->hasDate );
    CHECK( value->hasTime );
  }
}

TEST_CASE( "explicit UTC offsets are kept and used instead of Stockholm time", "[datetime]" )
{
  SECTION( "Z" )
  {
    const auto value = parseDateTime( "2024-07-01T12:00:00Z" );
    REQUIRE( value );
    CHECK( value->hasOffset );
    CHECK( value->offsetMinutes == 0 );
    CHECK( formatUtcIso( toUtcSeconds( *value ) ) == "2024-07-01T12:00:00.000Z" );
  }
  SECTION( "+01:00, +0100 and +01 in July (Stockholm itself would be +02:00)" )
  {
    for ( const char *text :
          { "2024-07-01T12:00+01:00", "2024-07-01 12:00:00+0100", "2024-07-01 12:00:00.5+01" } )
    {
      INFO( text );
      const auto value = parseDateTime( text );
      REQUIRE( value );
      CHECK( value->offsetMinutes == 60 );
      CHECK( formatUtcIso( toUtcSeconds( *value ) ) == "2024-07-01T11:00:00.000Z" );
    }
  }
  SECTION( "UTC written out" )
  {
    const auto value = parseDateTime( "2024-07-01 12:00 UTC" );
    REQUIRE( value );
    CHECK( value->hasOffset );
    CHECK( formatUtcIso( toUtcSeconds( *value ) ) == "2024-07-01T12:00:00.000Z" );
  }
  SECTION( "a negative offset in the ISO T form" )
  {
    const auto value = parseDateTime( "2024-07-01T12:00-05:30" );
    REQUIRE( value );
    CHECK( value->offsetMinutes == -330 );
    CHECK( formatUtcIso( toUtcSeconds( *value ) ) == "2024-07-01T17:30:00.000Z" );
  }
  SECTION( "a negative offset after seconds in the space-separated form" )
  {
    const auto value = parseDateTime( "2024-07-01 12:00:00-05:00" );
    REQUIRE( value );
    CHECK( value->offsetMinutes == -300 );
  }
  SECTION( "a time range is not read as a time with a negative offset" )
  {
    CHECK_FALSE( parseDateTime( "2024-07-01 08:00-12:00" ) );
    CHECK_FALSE( parseDateTime( "08:00-12:00" ) );
  }
}

TEST_CASE( "garbage and impossible dates or times are rejected", "[datetime]" )
{
  const char *invalid[] = { "", "   ", "igår", "2024-13-01", "31/4 2024", "25:00", "2024-02-30", "2023-02-29",
                            "14:60", "2024-03-05 24:00", "5/3", "5 mars", "5 marsch 2024", "2024", "1430",
                            "2024-03-05 14", "2024-03-05T14:30+15:00", "2024-03-05x", "14.30 kl", "kl 14.5",
                            "kl",
                            // Found by fuzzing: year 0 made a UTC text that does not read back.
                            "1-1-0000", "0999-12-31", "9999-12-31 23:00" };
  for ( const char *text : invalid )
  {
    INFO( "text: '" << text << "'" );
    CHECK_FALSE( parseDateTime( text ) );
  }
  SECTION( "years have four digits, from 1000 to 9998" )
  {
    CHECK( parsedAsText( "1000-01-01" ) == "1000-01-01 00:00:00" );
    CHECK( parsedAsText( "31/12 9998" ) == "9998-12-31 00:00:00" );
  }
  SECTION( "a leap day in a leap year is valid" )
  {
    CHECK( parsedAsText( "29/2 2024" ) == "2024-02-29 00:00:00" );
  }
}

TEST_CASE( "Stockholm wall-clock time converts to UTC with winter and summer time", "[datetime]" )
{
  SECTION( "winter: UTC+1" )
  {
    CHECK( stockholmAsUtc( 2024, 1, 15, 12, 0 ) == "2024-01-15T11:00:00.000Z" );
  }
  SECTION( "summer: UTC+2" )
  {
    CHECK( stockholmAsUtc( 2024, 7, 1, 12, 0 ) == "2024-07-01T10:00:00.000Z" );
  }
  SECTION( "through toUtcSeconds of a parsed value without offset" )
  {
    const auto value = parseDateTime( "1 juli 2024 kl 12.00" );
    REQUIRE( value );
    CHECK( formatUtcIso( toUtcSeconds( *value ) ) == "2024-07-01T10:00:00.000Z" );
  }
}

TEST_CASE( "the 2024 spring change skips 02:00-03:00 local time on 31 March", "[datetime]" )
{
  SECTION( "the last minute of winter time" )
  {
    CHECK( stockholmAsUtc( 2024, 3, 31, 1, 59 ) == "2024-03-31T00:59:00.000Z" );
  }
  SECTION( "02:30 does not exist and is read as winter time" )
  {
    CHECK( stockholmAsUtc( 2024, 3, 31, 2, 30 ) == "2024-03-31T01:30:00.000Z" );
  }
  SECTION( "03:00 is the first summer-time minute" )
  {
    CHECK( stockholmAsUtc( 2024, 3, 31, 3, 0 ) == "2024-03-31T01:00:00.000Z" );
  }
  SECTION( "the offset changes at 01:00 UTC" )
  {
    CHECK( stockholmOffsetMinutes( utcSeconds( "2024-03-31T00:59:59Z" ) ) == 60 );
    CHECK( stockholmOffsetMinutes( utcSeconds( "2024-03-31T01:00:00Z" ) ) == 120 );
  }
}

TEST_CASE( "the 2024 autumn change repeats 02:00-03:00 local time on 27 October", "[datetime]" )
{
  SECTION( "02:30 is ambiguous and read as the first, summer-time occurrence" )
  {
    CHECK( stockholmAsUtc( 2024, 10, 27, 2, 30 ) == "2024-10-27T00:30:00.000Z" );
  }
  SECTION( "03:00 is winter time" )
  {
    CHECK( stockholmAsUtc( 2024, 10, 27, 3, 0 ) == "2024-10-27T02:00:00.000Z" );
  }
  SECTION( "01:59 is still summer time" )
  {
    CHECK( stockholmAsUtc( 2024, 10, 27, 1, 59 ) == "2024-10-26T23:59:00.000Z" );
  }
  SECTION( "the offset changes at 01:00 UTC" )
  {
    CHECK( stockholmOffsetMinutes( utcSeconds( "2024-10-27T00:59:59Z" ) ) == 120 );
    CHECK( stockholmOffsetMinutes( utcSeconds( "2024-10-27T01:00:00Z" ) ) == 60 );
  }
}

TEST_CASE( "before 1996 summer time ended on the last Sunday of September", "[datetime]" )
{
  SECTION( "1995-09-24 was the autumn change" )
  {
    CHECK( stockholmOffsetMinutes( utcSeconds( "1995-09-24T00:59:59Z" ) ) == 120 );
    CHECK( stockholmOffsetMinutes( utcSeconds( "1995-09-24T01:00:00Z" ) ) == 60 );
    CHECK( stockholmAsUtc( 1995, 9, 24, 2, 30 ) == "1995-09-24T00:30:00.000Z" );
  }
  SECTION( "mid October was winter time in 1995 but summer time in 1996" )
  {
    CHECK( stockholmAsUtc( 1995, 10, 15, 12, 0 ) == "1995-10-15T11:00:00.000Z" );
    CHECK( stockholmAsUtc( 1996, 10, 15, 12, 0 ) == "1996-10-15T10:00:00.000Z" );
  }
  SECTION( "spring change on the last Sunday of March" )
  {
    CHECK( stockholmAsUtc( 1995, 3, 26, 1, 59 ) == "1995-03-26T00:59:00.000Z" );
    CHECK( stockholmAsUtc( 1995, 3, 26, 3, 0 ) == "1995-03-26T01:00:00.000Z" );
  }
}

TEST_CASE( "there was no summer time before 1980, and 1980's began on 6 April", "[datetime]" )
{
  CHECK( stockholmAsUtc( 1979, 7, 1, 12, 0 ) == "1979-07-01T11:00:00.000Z" );
  CHECK( stockholmAsUtc( 1980, 3, 30, 12, 0 ) == "1980-03-30T11:00:00.000Z" );
  CHECK( stockholmAsUtc( 1980, 4, 6, 12, 0 ) == "1980-04-06T10:00:00.000Z" );
}

TEST_CASE( "formatUtcIso and parseUtcIso round-trip", "[datetime]" )
{
  for ( int64_t seconds : { int64_t( 0 ), int64_t( -1 ), int64_t( 1711848600 ), int64_t( 951782400 ),
                            int64_t( -2208988800 ), int64_t( 4102444799 ) } )
  {
    INFO( seconds );
    const std::string text = formatUtcIso( seconds );
    const std::optional<int64_t> back = parseUtcIso( text );
    REQUIRE( back );
    CHECK( *back == seconds );
  }
  CHECK( formatUtcIso( 1711848600 ) == "2024-03-31T01:30:00.000Z" );
  CHECK( formatUtcIso( -1 ) == "1969-12-31T23:59:59.000Z" );
}

TEST_CASE( "parseUtcIso reads the stored form, GDAL's millisecond form and offsets, and nothing else",
           "[datetime]" )
{
  SECTION( "accepted" )
  {
    CHECK( parseUtcIso( "2024-03-31T01:30:00Z" ).value_or( -1 ) == 1711848600 );
    CHECK( parseUtcIso( "2024-03-31T01:30:00.000Z" ).value_or( -1 ) == 1711848600 );
    CHECK( parseUtcIso( "2024-03-31t01:30:00z" ).value_or( -1 ) == 1711848600 );
    CHECK( parseUtcIso( "2024-03-31T03:30:00+02:00" ).value_or( -1 ) == 1711848600 );
    CHECK( parseUtcIso( "2024-03-31 02:30+0100" ).value_or( -1 ) == 1711848600 );
    CHECK( parseUtcIso( "2024-03-30T20:30:00-05:00" ).value_or( -1 ) == 1711848600 );
  }
  SECTION( "rejected" )
  {
    for ( const char *text :
          { "", "2024-03-31", "2024-03-31T01:30:00", "5/3 2024 14:30Z", "2024-02-30T00:00:00Z",
            "2024-03-31T25:00:00Z", "2024-03-31T01:30:00Zjunk", "igår" } )
    {
      INFO( "text: '" << text << "'" );
      CHECK_FALSE( parseUtcIso( text ) );
    }
  }
}

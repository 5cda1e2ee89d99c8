#include "swedishtext.h"

#include "calendar.h"
#include "stockholmzone.h"

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace tryggkarta
{

namespace
{
//! A no-break space, between the groups of digits of a large number.
constexpr const char *kNoBreakSpace = "\xc2\xa0";
} // namespace

std::string joinSwedish( const std::vector<std::string> &parts )
{
  std::string out;
  for ( std::size_t i = 0; i < parts.size(); ++i )
  {
    if ( i > 0 )
      out += i + 1 == parts.size() ? " och " : ", ";
    out += parts[i];
  }
  return out;
}

std::string lowerFirst( std::string text )
{
  if ( text.empty() )
    return text;
  const unsigned char c = static_cast<unsigned char>( text[0] );
  if ( c >= 'A' && c <= 'Z' )
    text[0] = static_cast<char>( c - 'A' + 'a' );
  else if ( c == 0xC3 && text.size() > 1 )
  {
    const unsigned char d = static_cast<unsigned char>( text[1] );
    if ( d >= 0x80 && d <= 0x9E && d != 0x97 )
      text[1] = static_cast<char>( d + 0x20 );
  }
  return text;
}

std::string swedishInteger( int64_t value )
{
  const std::string digits = std::to_string( value < 0 ? -value : value );
  std::string out;
  if ( digits.size() < 5 )
    out = digits;
  else
    for ( std::size_t i = 0; i < digits.size(); ++i )
    {
      if ( i > 0 && ( digits.size() - i ) % 3 == 0 )
        out += kNoBreakSpace;
      out += digits[i];
    }
  return value < 0 ? "−" + out : out;
}

std::string fixedComma( double value, int decimals )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*f", decimals, value );
  std::string text = buffer;
  std::replace( text.begin(), text.end(), '.', ',' );
  return text;
}

std::string metresText( double metres )
{
  if ( metres >= 1000 )
  {
    std::string text = fixedComma( metres / 1000, 1 );
    if ( text.size() > 2 && text.compare( text.size() - 2, 2, ",0" ) == 0 )
      text.erase( text.size() - 2 );
    return text + " km";
  }
  return fixedComma( metres, 0 ) + " m";
}

std::string isoDateOfDay( int64_t day )
{
  int year = 0, month = 0, dayOfMonth = 0;
  civilFromDays( day, year, month, dayOfMonth );
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d", year, month, dayOfMonth );
  return buffer;
}

int64_t stockholmDay( int64_t utcSeconds )
{
  return floorDiv( stockholmWallClock( utcSeconds ), kSecondsPerDay );
}

std::string stockholmDateTimeText( int64_t utcSeconds )
{
  const int64_t local = stockholmWallClock( utcSeconds );
  const int64_t seconds = floorMod( local, kSecondsPerDay );
  char buffer[16];
  std::snprintf( buffer, sizeof buffer, " %02d:%02d", static_cast<int>( seconds / 3600 ),
                 static_cast<int>( seconds % 3600 / 60 ) );
  return isoDateOfDay( floorDiv( local, kSecondsPerDay ) ) + buffer;
}

std::string utcNowSeconds()
{
  const std::time_t now = std::time( nullptr );
  std::tm parts{};
  gmtime_r( &now, &parts );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &parts );
  return buffer;
}

} // namespace tryggkarta

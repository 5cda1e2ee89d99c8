#include "calendar.h"

#include <cstdio>
#include <string>

#include <date/date.h>

// The civil-date algorithms are Howard Hinnant's, as his date library (the basis of C++20's <chrono>
// calendar) implements them.

namespace tryggkarta
{

int64_t daysFromCivil( int year, int month, int day )
{
  const date::year_month_day date{ date::year( year ), date::month( static_cast<unsigned>( month ) ),
                                   date::day( static_cast<unsigned>( day ) ) };
  return date::sys_days( date ).time_since_epoch().count();
}

void civilFromDays( int64_t days, int &year, int &month, int &day )
{
  const date::year_month_day date{ date::sys_days( date::days( days ) ) };
  year = static_cast<int>( date.year() );
  month = static_cast<int>( static_cast<unsigned>( date.month() ) );
  day = static_cast<int>( static_cast<unsigned>( date.day() ) );
}

std::optional<int64_t> parseIsoDate( std::string_view text )
{
  if ( text.size() != 10 || text[4] != '-' || text[7] != '-' )
    return std::nullopt;
  int parts[3] = { 0, 0, 0 };
  const int starts[3] = { 0, 5, 8 };
  const int lengths[3] = { 4, 2, 2 };
  for ( int p = 0; p < 3; ++p )
    for ( int i = 0; i < lengths[p]; ++i )
    {
      const char c = text[starts[p] + i];
      if ( c < '0' || c > '9' )
        return std::nullopt;
      parts[p] = parts[p] * 10 + ( c - '0' );
    }
  if ( parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > 31 )
    return std::nullopt;
  const int64_t days = daysFromCivil( parts[0], parts[1], parts[2] );
  int y = 0, m = 0, d = 0;
  civilFromDays( days, y, m, d );
  if ( y != parts[0] || m != parts[1] || d != parts[2] )
    return std::nullopt;
  return days;
}

std::string isoDateOf( int64_t days )
{
  int y = 0, m = 0, d = 0;
  civilFromDays( days, y, m, d );
  char buffer[16];
  std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d", y, m, d );
  return buffer;
}

} // namespace tryggkarta

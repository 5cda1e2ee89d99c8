#include "calendar.h"

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

} // namespace tryggkarta

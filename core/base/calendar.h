#pragma once
// Counting time in whole seconds and days since 1970-01-01 on the proleptic Gregorian calendar: the
// arithmetic the core and the app share (one definition of each, so times before 1970 fall on the same day
// everywhere).

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tryggkarta
{

constexpr int64_t kSecondsPerHour = 3600;
constexpr int64_t kSecondsPerDay = 86400;

//! a / b rounded towards minus infinity (C++ rounds towards zero), so -1 s lies on day -1, not day 0.
constexpr int64_t floorDiv( int64_t a, int64_t b )
{
  return a / b - ( a % b != 0 && ( a < 0 ) != ( b < 0 ) ? 1 : 0 );
}

//! a − floorDiv( a, b ) · b: in [0, b) for b > 0.
constexpr int64_t floorMod( int64_t a, int64_t b )
{
  return a - floorDiv( a, b ) * b;
}

//! 1 = Monday … 7 = Sunday for a day counted from 1970-01-01 (a Thursday).
constexpr int isoWeekday( int64_t days )
{
  return static_cast<int>( floorMod( days + 3, 7 ) ) + 1;
}

//! Days since 1970-01-01 for a proleptic Gregorian date (years -32767 to 32767).
int64_t daysFromCivil( int year, int month, int day );
//! The inverse of daysFromCivil.
void civilFromDays( int64_t days, int &year, int &month, int &day );

//! Days since 1970-01-01 for an ISO date "YYYY-MM-DD" that exists (no 2025-02-30); nothing otherwise.
std::optional<int64_t> parseIsoDate( std::string_view text );
//! Whether the text is an existing ISO date "YYYY-MM-DD".
inline bool isIsoDate( std::string_view text )
{
  return parseIsoDate( text ).has_value();
}
//! "YYYY-MM-DD" for a day counted from 1970-01-01.
std::string isoDateOf( int64_t days );

} // namespace tryggkarta

#pragma once
// Dates and times as coordinators' files write them, read as Europe/Stockholm local time unless they say
// otherwise. Times are stored in the project as UTC text "YYYY-MM-DDTHH:MM:SS.000Z", the GeoPackage DATETIME
// form.

#include "calendar.h"
#include "stockholmzone.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace tryggkarta
{

//! A calendar date and optional wall-clock time as written in a file, with an optional explicit UTC offset.
struct LocalDateTime
{
  int year = 0, month = 0, day = 0;
  int hour = 0, minute = 0, second = 0;
  bool hasDate = false;
  bool hasTime = false;
  bool hasOffset = false; //!< the text said Z or +hh:mm
  int offsetMinutes = 0;  //!< east of UTC, when hasOffset
};

/**
 * Parses a date, a date with time, or (with hasDate false) a time alone. Accepted forms include
 * ISO 8601 (2024-03-05, 2024-03-05T14:30, 2024-03-05T14:30:15Z, 2024-03-05T14:30+01:00, 20240305),
 * "2024-03-05 14:30", "2024-03-05 kl. 14.30", Swedish day-first "5/3 2024", "5/3-2024", "05.03.2024",
 * "5 mars 2024" (Swedish month names, full or abbreviated, any case), and times "14:30", "14.30", "kl 14",
 * "14:30:15". Day-first always: Swedish files never write month/day. Invalid dates (2024-02-30) fail.
 */
std::optional<LocalDateTime> parseDateTime( std::string_view text );

//! Unix seconds for a parsed value: its own offset if it has one, otherwise Europe/Stockholm. Needs hasDate.
int64_t toUtcSeconds( const LocalDateTime &value );
//! "YYYY-MM-DDTHH:MM:SS.000Z" (GeoPackage DATETIME; whole seconds).
std::string formatUtcIso( int64_t utcSeconds );
//! Parses the stored form (and any ISO form with offset or Z); nothing if invalid.
std::optional<int64_t> parseUtcIso( std::string_view text );

} // namespace tryggkarta

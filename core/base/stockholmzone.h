#pragma once
// Europe/Stockholm local time and UTC, by the system's time-zone database (the tzdata package): a change of
// Sweden's rules arrives as a package update. Every function is thread-safe.

#include <cstdint>

namespace tryggkarta
{

//! Unix seconds (UTC) for a wall-clock time in Europe/Stockholm. A time in the skipped spring hour is read as
//! standard time; a repeated autumn hour as the first (summer time).
int64_t stockholmToUtc( int year, int month, int day, int hour, int minute, int second );
//! Unix seconds (UTC) for a Stockholm wall-clock time given as seconds since 1970-01-01 00:00 on the local
//! clock; gaps and repeats as in stockholmToUtc.
int64_t stockholmWallClockToUtc( int64_t wallClockSeconds );
//! The Stockholm wall-clock time of a UTC instant, as seconds since 1970-01-01 00:00 on the local clock.
int64_t stockholmWallClock( int64_t utcSeconds );
//! The first instant after a UTC instant at which the Stockholm offset changes (INT64_MAX if none is known).
int64_t stockholmNextOffsetChange( int64_t utcSeconds );
//! The Stockholm offset from UTC in minutes at a UTC instant: 60 or 120 since 1900 (before, Stockholm kept
//! local mean time, whose seconds this drops; stockholmWallClock keeps them).
int stockholmOffsetMinutes( int64_t utcSeconds );

} // namespace tryggkarta

#pragma once
// The periods a lägesbild is made for: an ISO week, a month, a tertial (four months), a year, or custom
// dates; in Stockholm local time, with the periods they are compared with and their names in Swedish.

#include "expected.h"

#include <cstdint>
#include <string>

namespace tryggkarta
{

struct ReportPeriod
{
  enum class Kind
  {
    Week,
    Month,
    Tertial,
    Year,
    Custom
  };

  Kind kind = Kind::Custom;
  int year = 0;          //!< the ISO week-numbering year for a week
  int number = 0;        //!< week 1 … 53, month 1 … 12, tertial 1 … 3; 0 for a year or custom dates
  std::string fromDate;  //!< the first day, YYYY-MM-DD
  std::string untilDate; //!< the last day (inclusive), YYYY-MM-DD
  int64_t fromUtc = 0;   //!< the first day's 00:00 Stockholm time, Unix seconds
  int64_t untilUtc = 0;  //!< the day after the last day, 00:00 Stockholm time (exclusive)

  //! The period as the command line writes it: "2026-W47", "2026-11", "2026-T3", "2026",
  //! "2026-11-01..2026-11-15".
  std::string code() const;
  //! In a title: "v. 47 2026", "november 2026", "tertial 3 2026", "2026", "1–15 november 2026".
  std::string label() const;
  //! The dates: "16–22 november 2026", "1 november – 31 december 2026", "28 december 2026 – 3 januari 2027".
  std::string datesText() const;
  //! "Veckorapport", "Månadsrapport", "Tertialrapport", "Årsrapport" or "Rapport".
  std::string reportKindName() const;
  //! Whole days in the period.
  int days() const;
  //! The period of the same kind just before (the week before, the month before, …; custom: as many days
  //! before).
  ReportPeriod previous() const;
  //! The same period a year earlier (the same ISO week of the year before, the same month, …; custom: the
  //! same dates, 29 February as 28 February).
  ReportPeriod lastYear() const;
};

/**
 * Parses "2026-W47" (an ISO week), "2026-11" (a month), "2026-T3" (a tertial: T1 January–April, T2
 * May–August, T3 September–December), "2026" (a year) or "FROM..UNTIL" with ISO dates (both inclusive). Fails
 * with a message saying which forms are understood.
 */
Expected<ReportPeriod> parseReportPeriod( const std::string &text );

//! The period of two dates (YYYY-MM-DD, until inclusive): a week, month, tertial or year when the dates make
//! exactly one, else custom; fails when until is before from.
Expected<ReportPeriod> reportPeriodFromDates( const std::string &from, const std::string &until );

//! The ISO week holding a date's Monday to Sunday as a period.
ReportPeriod weekPeriod( int isoYear, int week );

//! Swedish month names: 1 → "januari".
const char *swedishMonthName( int month );

//! A date YYYY-MM-DD as Swedes write it in running text: "16 november 2026".
std::string swedishDate( const std::string &isoDate );

} // namespace tryggkarta

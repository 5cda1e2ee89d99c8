#include "reportperiod.h"

#include "calendar.h"
#include "stockholmzone.h"
#include "swedishtext.h"
#include <algorithm>

#include <cstdio>
#include <regex>

namespace tryggkarta
{

namespace
{

bool parseIsoDate( const std::string &text, int64_t &days )
{
  static const std::regex pattern( R"((\d{4})-(\d{2})-(\d{2}))" );
  std::smatch match;
  if ( !std::regex_match( text, match, pattern ) )
    return false;
  const int year = std::stoi( match[1] );
  const int month = std::stoi( match[2] );
  const int day = std::stoi( match[3] );
  if ( month < 1 || month > 12 || day < 1 || day > 31 )
    return false;
  days = daysFromCivil( year, month, day );
  int y = 0, m = 0, d = 0;
  civilFromDays( days, y, m, d );
  return y == year && m == month && d == day; // 2026-02-30 is no date
}

//! The period from the first to the last day (both days since 1970, inclusive).
ReportPeriod makePeriod( ReportPeriod::Kind kind, int year, int number, int64_t firstDay, int64_t lastDay )
{
  ReportPeriod period;
  period.kind = kind;
  period.year = year;
  period.number = number;
  period.fromDate = isoDateOfDay( firstDay );
  period.untilDate = isoDateOfDay( lastDay );
  int y = 0, m = 0, d = 0;
  civilFromDays( firstDay, y, m, d );
  period.fromUtc = stockholmToUtc( y, m, d, 0, 0, 0 );
  civilFromDays( lastDay + 1, y, m, d );
  period.untilUtc = stockholmToUtc( y, m, d, 0, 0, 0 );
  return period;
}

//! The Monday of ISO week 1 of an ISO year: the week holding 4 January.
int64_t isoWeekOneMonday( int isoYear )
{
  const int64_t january4 = daysFromCivil( isoYear, 1, 4 );
  return january4 - ( isoWeekday( january4 ) - 1 );
}

int isoWeeksInYear( int isoYear )
{
  return static_cast<int>( ( isoWeekOneMonday( isoYear + 1 ) - isoWeekOneMonday( isoYear ) ) / 7 );
}

ReportPeriod monthPeriod( int year, int month )
{
  const int64_t first = daysFromCivil( year, month, 1 );
  const int64_t next = month == 12 ? daysFromCivil( year + 1, 1, 1 ) : daysFromCivil( year, month + 1, 1 );
  return makePeriod( ReportPeriod::Kind::Month, year, month, first, next - 1 );
}

ReportPeriod tertialPeriod( int year, int tertial )
{
  const int firstMonth = ( tertial - 1 ) * 4 + 1;
  const int64_t first = daysFromCivil( year, firstMonth, 1 );
  const int64_t next =
    tertial == 3 ? daysFromCivil( year + 1, 1, 1 ) : daysFromCivil( year, firstMonth + 4, 1 );
  return makePeriod( ReportPeriod::Kind::Tertial, year, tertial, first, next - 1 );
}

ReportPeriod yearPeriod( int year )
{
  return makePeriod( ReportPeriod::Kind::Year, year, 0, daysFromCivil( year, 1, 1 ),
                     daysFromCivil( year + 1, 1, 1 ) - 1 );
}

int64_t firstDay( const ReportPeriod &period )
{
  int64_t days = 0;
  parseIsoDate( period.fromDate, days );
  return days;
}

int64_t lastDay( const ReportPeriod &period )
{
  int64_t days = 0;
  parseIsoDate( period.untilDate, days );
  return days;
}

//! The same date a year earlier; 29 February becomes 28 February.
int64_t sameDateYearBefore( int64_t days )
{
  int year = 0, month = 0, day = 0;
  civilFromDays( days, year, month, day );
  if ( month == 2 && day == 29 )
    day = 28;
  return daysFromCivil( year - 1, month, day );
}

} // namespace

const char *swedishMonthName( int month )
{
  static const char *const kNames[] = { "januari",   "februari", "mars",     "april",
                                        "maj",       "juni",     "juli",     "augusti",
                                        "september", "oktober",  "november", "december" };
  return month >= 1 && month <= 12 ? kNames[month - 1] : "";
}

std::string swedishDate( const std::string &isoDateText )
{
  int64_t days = 0;
  if ( !parseIsoDate( isoDateText, days ) )
    return isoDateText;
  int year = 0, month = 0, day = 0;
  civilFromDays( days, year, month, day );
  return std::to_string( day ) + ' ' + swedishMonthName( month ) + ' ' + std::to_string( year );
}

std::string ReportPeriod::code() const
{
  char buffer[64];
  switch ( kind )
  {
  case Kind::Week:
    std::snprintf( buffer, sizeof buffer, "%04d-W%02d", year, number );
    return buffer;
  case Kind::Month:
    std::snprintf( buffer, sizeof buffer, "%04d-%02d", year, number );
    return buffer;
  case Kind::Tertial:
    std::snprintf( buffer, sizeof buffer, "%04d-T%d", year, number );
    return buffer;
  case Kind::Year:
    return std::to_string( year );
  case Kind::Custom:
    break;
  }
  return fromDate + ".." + untilDate;
}

std::string ReportPeriod::datesText() const
{
  int64_t first = 0, last = 0;
  if ( !parseIsoDate( fromDate, first ) || !parseIsoDate( untilDate, last ) )
    return fromDate + " – " + untilDate;
  int y1 = 0, m1 = 0, d1 = 0, y2 = 0, m2 = 0, d2 = 0;
  civilFromDays( first, y1, m1, d1 );
  civilFromDays( last, y2, m2, d2 );
  if ( first == last )
    return swedishDate( fromDate );
  if ( y1 == y2 && m1 == m2 )
    return std::to_string( d1 ) + "–" + std::to_string( d2 ) + ' ' + swedishMonthName( m1 ) + ' ' +
           std::to_string( y1 );
  if ( y1 == y2 )
    return std::to_string( d1 ) + ' ' + swedishMonthName( m1 ) + " – " + std::to_string( d2 ) + ' ' +
           swedishMonthName( m2 ) + ' ' + std::to_string( y2 );
  return swedishDate( fromDate ) + " – " + swedishDate( untilDate );
}

std::string ReportPeriod::label() const
{
  switch ( kind )
  {
  case Kind::Week:
    return "v. " + std::to_string( number ) + ' ' + std::to_string( year );
  case Kind::Month:
    return std::string( swedishMonthName( number ) ) + ' ' + std::to_string( year );
  case Kind::Tertial:
    return "tertial " + std::to_string( number ) + ' ' + std::to_string( year );
  case Kind::Year:
    return std::to_string( year );
  case Kind::Custom:
    break;
  }
  return datesText();
}

std::string ReportPeriod::reportKindName() const
{
  switch ( kind )
  {
  case Kind::Week:
    return "Veckorapport";
  case Kind::Month:
    return "Månadsrapport";
  case Kind::Tertial:
    return "Tertialrapport";
  case Kind::Year:
    return "Årsrapport";
  case Kind::Custom:
    break;
  }
  return "Rapport";
}

int ReportPeriod::days() const
{
  return static_cast<int>( lastDay( *this ) - firstDay( *this ) + 1 );
}

ReportPeriod ReportPeriod::previous() const
{
  switch ( kind )
  {
  case Kind::Week:
    return number > 1 ? weekPeriod( year, number - 1 ) : weekPeriod( year - 1, isoWeeksInYear( year - 1 ) );
  case Kind::Month:
    return number > 1 ? monthPeriod( year, number - 1 ) : monthPeriod( year - 1, 12 );
  case Kind::Tertial:
    return number > 1 ? tertialPeriod( year, number - 1 ) : tertialPeriod( year - 1, 3 );
  case Kind::Year:
    return yearPeriod( year - 1 );
  case Kind::Custom:
    break;
  }
  const int64_t length = days();
  return makePeriod( Kind::Custom, 0, 0, firstDay( *this ) - length, firstDay( *this ) - 1 );
}

ReportPeriod ReportPeriod::lastYear() const
{
  switch ( kind )
  {
  case Kind::Week:
    // Week 53 has no namesake in a year of 52 weeks: its last week stands in.
    return weekPeriod( year - 1, std::min( number, isoWeeksInYear( year - 1 ) ) );
  case Kind::Month:
    return monthPeriod( year - 1, number );
  case Kind::Tertial:
    return tertialPeriod( year - 1, number );
  case Kind::Year:
    return yearPeriod( year - 1 );
  case Kind::Custom:
    break;
  }
  return makePeriod( Kind::Custom, 0, 0, sameDateYearBefore( firstDay( *this ) ),
                     sameDateYearBefore( lastDay( *this ) ) );
}

ReportPeriod weekPeriod( int isoYear, int week )
{
  const int64_t monday = isoWeekOneMonday( isoYear ) + 7 * static_cast<int64_t>( week - 1 );
  return makePeriod( ReportPeriod::Kind::Week, isoYear, week, monday, monday + 6 );
}

Expected<ReportPeriod> reportPeriodFromDates( const std::string &from, const std::string &until )
{
  int64_t first = 0, last = 0;
  if ( !parseIsoDate( from, first ) || !parseIsoDate( until, last ) )
    return Error( MessageCode::ReportPeriodInvalid, from + ".." + until );
  if ( last < first )
    return Error( MessageCode::ReportPeriodReversed, from, until );
  // Dates that make a whole week, month, tertial or year are that period (and named as it).
  int year = 0, month = 0, day = 0;
  civilFromDays( first, year, month, day );
  const int64_t length = last - first + 1;
  if ( length == 7 && isoWeekday( first ) == 1 )
  {
    const int64_t thursday = first + 3;
    int isoYear = 0, m = 0, d = 0;
    civilFromDays( thursday, isoYear, m, d );
    return weekPeriod( isoYear, static_cast<int>( ( thursday - isoWeekOneMonday( isoYear ) ) / 7 ) + 1 );
  }
  if ( day == 1 )
  {
    for ( const ReportPeriod &whole :
          { monthPeriod( year, month ), tertialPeriod( year, ( month - 1 ) / 4 + 1 ), yearPeriod( year ) } )
      if ( whole.fromDate == from && whole.untilDate == until )
        return whole;
  }
  return makePeriod( ReportPeriod::Kind::Custom, 0, 0, first, last );
}

Expected<ReportPeriod> parseReportPeriod( const std::string &text )
{
  static const std::regex week( R"((\d{4})-?W(\d{1,2}))", std::regex::icase );
  static const std::regex month( R"((\d{4})-(\d{1,2}))" );
  static const std::regex tertial( R"((\d{4})-?T([1-3]))", std::regex::icase );
  static const std::regex year( R"((\d{4}))" );
  static const std::regex range( R"((\d{4}-\d{2}-\d{2})\s*\.\.\s*(\d{4}-\d{2}-\d{2}))" );
  std::smatch match;
  const Error invalid( MessageCode::ReportPeriodInvalid, text );
  if ( std::regex_match( text, match, week ) )
  {
    const int y = std::stoi( match[1] );
    const int w = std::stoi( match[2] );
    if ( w < 1 || w > isoWeeksInYear( y ) )
      return invalid;
    return weekPeriod( y, w );
  }
  if ( std::regex_match( text, match, tertial ) )
    return tertialPeriod( std::stoi( match[1] ), std::stoi( match[2] ) );
  if ( std::regex_match( text, match, month ) )
  {
    const int m = std::stoi( match[2] );
    if ( m < 1 || m > 12 )
      return invalid;
    return monthPeriod( std::stoi( match[1] ), m );
  }
  if ( std::regex_match( text, match, year ) )
    return yearPeriod( std::stoi( match[1] ) );
  if ( std::regex_match( text, match, range ) )
    return reportPeriodFromDates( match[1], match[2] );
  return invalid;
}

} // namespace tryggkarta

#include "datetimeparser.h"

#include <cstdio>

// Hand-written parsing (no regex, no locale): the forms are few and fixed, and a regex per imported row would
// cost more than the rest of the row. Every function is thread-safe.

namespace tryggkarta
{
namespace
{

bool isDigit( char c )
{
  return c >= '0' && c <= '9';
}

bool isAsciiLetter( char c )
{
  return ( c >= 'A' && c <= 'Z' ) || ( c >= 'a' && c <= 'z' );
}

bool isSpace( char c )
{
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v' || c == '\f';
}

char toLower( char c )
{
  return c >= 'A' && c <= 'Z' ? static_cast<char>( c - 'A' + 'a' ) : c;
}

std::string_view trim( std::string_view s )
{
  while ( !s.empty() && isSpace( s.front() ) )
    s.remove_prefix( 1 );
  while ( !s.empty() && isSpace( s.back() ) )
    s.remove_suffix( 1 );
  return s;
}

bool isLeapYear( int year )
{
  return ( year % 4 == 0 && year % 100 != 0 ) || year % 400 == 0;
}

int daysInMonth( int year, int month )
{
  static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
  return month == 2 && isLeapYear( year ) ? 29 : days[month - 1];
}

bool validDate( int year, int month, int day )
{
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth( year, month );
}

bool validTime( int hour, int minute, int second )
{
  return hour >= 0 && hour <= 23 && minute >= 0 && minute <= 59 && second >= 0 && second <= 59;
}

//! Reads a text left to right; parsers work on a copy and assign it back only on success.
class Cursor
{
public:
  explicit Cursor( std::string_view text ) : mText( text ) {}

  bool atEnd() const { return mPos >= mText.size(); }
  char peek( size_t ahead = 0 ) const { return mPos + ahead < mText.size() ? mText[mPos + ahead] : '\0'; }
  void advance( size_t count = 1 ) { mPos += count; }
  bool consume( char c )
  {
    if ( peek() != c )
      return false;
    ++mPos;
    return true;
  }
  //! Consumes c in either case.
  bool consumeCi( char c )
  {
    if ( toLower( peek() ) != c )
      return false;
    ++mPos;
    return true;
  }
  size_t digitRun() const
  {
    size_t n = 0;
    while ( isDigit( peek( n ) ) )
      ++n;
    return n;
  }
  //! Reads exactly count digits.
  bool readNumber( size_t count, int &value )
  {
    int v = 0;
    for ( size_t i = 0; i < count; ++i )
    {
      if ( !isDigit( peek( i ) ) )
        return false;
      v = v * 10 + ( peek( i ) - '0' );
    }
    mPos += count;
    value = v;
    return true;
  }
  //! Reads a number of minDigits to maxDigits digits, not followed by another digit.
  bool readNumber( size_t minDigits, size_t maxDigits, int &value )
  {
    const size_t run = digitRun();
    return run >= minDigits && run <= maxDigits && readNumber( run, value );
  }
  size_t skipSpaces()
  {
    size_t n = 0;
    while ( isSpace( peek() ) )
    {
      ++mPos;
      ++n;
    }
    return n;
  }
  std::string_view letters()
  {
    const size_t begin = mPos;
    while ( isAsciiLetter( peek() ) )
      ++mPos;
    return mText.substr( begin, mPos - begin );
  }

private:
  std::string_view mText;
  size_t mPos = 0;
};

//! 1-12 for a Swedish month name or abbreviation in any case, 0 otherwise.
int monthFromName( std::string_view word )
{
  struct Name
  {
    const char *name;
    int month;
  };
  static constexpr Name names[] = {
    { "januari", 1 },   { "jan", 1 },   { "februari", 2 },  { "feb", 2 },      { "mars", 3 },
    { "mar", 3 },       { "april", 4 }, { "apr", 4 },       { "maj", 5 },      { "juni", 6 },
    { "jun", 6 },       { "juli", 7 },  { "jul", 7 },       { "augusti", 8 },  { "aug", 8 },
    { "september", 9 }, { "sept", 9 },  { "sep", 9 },       { "oktober", 10 }, { "okt", 10 },
    { "november", 11 }, { "nov", 11 },  { "december", 12 }, { "dec", 12 },
  };
  if ( word.empty() || word.size() > 9 )
    return 0;
  char lower[10] = {};
  for ( size_t i = 0; i < word.size(); ++i )
    lower[i] = toLower( word[i] );
  const std::string_view key( lower, word.size() );
  for ( const Name &n : names )
  {
    if ( key == n.name )
      return n.month;
  }
  return 0;
}

/**
 * A date at the cursor: year first "2024-03-05", "2024-3-5", "2024/03/05", compact "20240305"; or day first
 * "5/3 2024", "5/3-2024", "5/3/2024", "05.03.2024", "5-3-2024", "5 mars 2024", "5 mar. 2024". iso is set for
 * the year-first forms, which may be followed by "T" and a time.
 */
bool parseDate( Cursor &cursor, LocalDateTime &value, bool &iso )
{
  Cursor c = cursor;
  LocalDateTime r = value;
  const size_t run = c.digitRun();
  if ( run == 4 && ( c.peek( 4 ) == '-' || c.peek( 4 ) == '/' ) )
  {
    c.readNumber( 4, r.year );
    const char sep = c.peek();
    c.advance();
    if ( !c.readNumber( 1, 2, r.month ) || !c.consume( sep ) || !c.readNumber( 1, 2, r.day ) )
      return false;
    iso = true;
  }
  else if ( run == 8 )
  {
    c.readNumber( 4, r.year );
    c.readNumber( 2, r.month );
    c.readNumber( 2, r.day );
    iso = true;
  }
  else if ( run == 1 || run == 2 )
  {
    c.readNumber( run, r.day );
    const char sep = c.peek();
    if ( sep == '/' || sep == '.' || sep == '-' )
    {
      c.advance();
      if ( !c.readNumber( 1, 2, r.month ) )
        return false;
      if ( sep == '/' )
      {
        if ( !c.consume( '/' ) && !c.consume( '-' ) && c.skipSpaces() == 0 )
          return false;
      }
      else if ( !c.consume( sep ) )
      {
        return false;
      }
    }
    else
    {
      c.skipSpaces();
      r.month = monthFromName( c.letters() );
      if ( r.month == 0 )
        return false;
      c.consume( '.' );
      if ( c.skipSpaces() == 0 )
        return false;
    }
    if ( !c.readNumber( 4, 4, r.year ) )
      return false;
    iso = false;
  }
  else
  {
    return false;
  }
  r.hasDate = true;
  value = r;
  cursor = c;
  return true;
}

/**
 * A time at the cursor: "14:30", "14.30", "8:05", "14:30:15", "14:30:15.123" (fraction ignored); "14" alone
 * when hourOnly (after "kl" or "T"); compact "1430" or "143015" when compact (after "T"). hasSeconds
 * tells whether seconds were written.
 */
bool parseTime( Cursor &cursor, LocalDateTime &value, bool hourOnly, bool compact, bool &hasSeconds )
{
  Cursor c = cursor;
  LocalDateTime r = value;
  const size_t run = c.digitRun();
  bool seconds = false;
  r.minute = 0;
  r.second = 0;
  if ( compact && ( run == 4 || run == 6 ) )
  {
    c.readNumber( 2, r.hour );
    c.readNumber( 2, r.minute );
    seconds = run == 6 && c.readNumber( 2, r.second );
  }
  else if ( run == 1 || run == 2 )
  {
    c.readNumber( run, r.hour );
    const char sep = c.peek();
    const auto twoDigitsAfter = [&c]( size_t at )
    { return isDigit( c.peek( at ) ) && isDigit( c.peek( at + 1 ) ) && !isDigit( c.peek( at + 2 ) ); };
    if ( ( sep == ':' || sep == '.' ) && twoDigitsAfter( 1 ) )
    {
      c.advance();
      c.readNumber( 2, r.minute );
      if ( c.peek() == sep && twoDigitsAfter( 1 ) )
      {
        c.advance();
        seconds = c.readNumber( 2, r.second );
      }
    }
    else if ( !hourOnly )
    {
      return false;
    }
  }
  else
  {
    return false;
  }
  // Fractional seconds, ignored: "14:30:15.123", "143015,5".
  if ( seconds && ( c.peek() == '.' || c.peek() == ',' ) && isDigit( c.peek( 1 ) ) )
  {
    c.advance();
    while ( isDigit( c.peek() ) )
      c.advance();
  }
  r.hasTime = true;
  value = r;
  hasSeconds = seconds;
  cursor = c;
  return true;
}

/**
 * An optional UTC offset after a time: "Z", "+01:00", "+0100", "+01", " UTC". A minus sign only when
 * negativeAllowed, since "08:00-12:00" is far more often a time range than a time in UTC-12.
 */
bool parseOffset( Cursor &cursor, LocalDateTime &r, bool negativeAllowed )
{
  Cursor c = cursor;
  if ( c.consumeCi( 'z' ) )
  {
    r.hasOffset = true;
    r.offsetMinutes = 0;
    cursor = c;
    return true;
  }
  c.skipSpaces();
  const char sign = c.peek();
  if ( sign == '+' || ( sign == '-' && negativeAllowed ) )
  {
    c.advance();
    int hours = 0;
    int minutes = 0;
    const size_t run = c.digitRun();
    if ( run == 4 )
    {
      c.readNumber( 2, hours );
      c.readNumber( 2, minutes );
    }
    else if ( run == 2 )
    {
      c.readNumber( 2, hours );
      if ( c.peek() == ':' )
      {
        c.advance();
        if ( !c.readNumber( 2, 2, minutes ) )
          return false;
      }
    }
    else
    {
      return false;
    }
    if ( hours > 14 || minutes > 59 )
      return false;
    r.hasOffset = true;
    r.offsetMinutes = ( sign == '-' ? -1 : 1 ) * ( hours * 60 + minutes );
    cursor = c;
    return true;
  }
  const std::string_view word = c.letters();
  if ( word.size() == 3 && toLower( word[0] ) == 'u' && toLower( word[1] ) == 't' &&
       toLower( word[2] ) == 'c' )
  {
    r.hasOffset = true;
    r.offsetMinutes = 0;
    cursor = c;
    return true;
  }
  return false;
}

//! "kl", "kl." or "Kl." before a time, with the spaces after it.
bool consumeKl( Cursor &cursor )
{
  Cursor c = cursor;
  if ( !c.consumeCi( 'k' ) || !c.consumeCi( 'l' ) )
    return false;
  c.consume( '.' );
  c.skipSpaces();
  cursor = c;
  return true;
}

} // namespace

std::optional<LocalDateTime> parseDateTime( std::string_view text )
{
  Cursor c( trim( text ) );
  if ( c.atEnd() )
    return std::nullopt;

  LocalDateTime r;
  bool iso = false;
  if ( parseDate( c, r, iso ) )
  {
    if ( !c.atEnd() )
    {
      if ( iso && ( c.peek() == 'T' || c.peek() == 't' ) )
      {
        c.advance();
        bool hasSeconds = false;
        if ( !parseTime( c, r, true, true, hasSeconds ) )
          return std::nullopt;
        parseOffset( c, r, true );
      }
      else
      {
        size_t gap = c.skipSpaces();
        if ( c.consume( ',' ) )
          gap += 1 + c.skipSpaces();
        const bool kl = consumeKl( c );
        if ( gap == 0 && !kl )
          return std::nullopt;
        bool hasSeconds = false;
        if ( !parseTime( c, r, kl, false, hasSeconds ) )
          return std::nullopt;
        // A minus offset only with seconds: "2024-03-05 14:30:00-05:00", never "08:00-12:00".
        parseOffset( c, r, hasSeconds );
      }
    }
  }
  else
  {
    const bool kl = consumeKl( c );
    bool hasSeconds = false;
    if ( !parseTime( c, r, kl, false, hasSeconds ) )
      return std::nullopt;
    parseOffset( c, r, false );
  }
  if ( !c.atEnd() )
    return std::nullopt;
  if ( r.hasDate && !validDate( r.year, r.month, r.day ) )
    return std::nullopt;
  // A year of four digits, kept away from 0000 and 9999 so that the UTC form (formatUtcIso, four digits too)
  // of any time on the date, in any offset, is a real year that reads back: "1-1-0000" is no date.
  if ( r.hasDate && ( r.year < 1000 || r.year > 9998 ) )
    return std::nullopt;
  if ( r.hasTime && !validTime( r.hour, r.minute, r.second ) )
    return std::nullopt;
  return r;
}

int64_t toUtcSeconds( const LocalDateTime &value )
{
  // Without a date (a precondition violation) the time is read on 1970-01-01.
  const int year = value.hasDate ? value.year : 1970;
  const int month = value.hasDate ? value.month : 1;
  const int day = value.hasDate ? value.day : 1;
  if ( value.hasOffset )
  {
    return daysFromCivil( year, month, day ) * kSecondsPerDay + value.hour * 3600 + value.minute * 60 +
           value.second - static_cast<int64_t>( value.offsetMinutes ) * 60;
  }
  return stockholmToUtc( year, month, day, value.hour, value.minute, value.second );
}

std::string formatUtcIso( int64_t utcSeconds )
{
  const int64_t days = floorDiv( utcSeconds, kSecondsPerDay );
  const int64_t secondOfDay = utcSeconds - days * kSecondsPerDay;
  int year = 0;
  int month = 0;
  int day = 0;
  civilFromDays( days, year, month, day );
  char buffer[48];
  std::snprintf( buffer, sizeof( buffer ), "%04d-%02d-%02dT%02d:%02d:%02d.000Z", year, month, day,
                 static_cast<int>( secondOfDay / 3600 ), static_cast<int>( secondOfDay / 60 % 60 ),
                 static_cast<int>( secondOfDay % 60 ) );
  return buffer;
}

std::optional<int64_t> parseUtcIso( std::string_view text )
{
  // Strict ISO 8601 / RFC 3339: "YYYY-MM-DDTHH:MM[:SS[.fff]]" and "Z" or an offset, nothing else.
  Cursor c( trim( text ) );
  LocalDateTime r;
  if ( !c.readNumber( 4, 4, r.year ) || !c.consume( '-' ) || !c.readNumber( 2, 2, r.month ) ||
       !c.consume( '-' ) || !c.readNumber( 2, 2, r.day ) )
    return std::nullopt;
  if ( !c.consumeCi( 't' ) && !c.consume( ' ' ) )
    return std::nullopt;
  if ( !c.readNumber( 2, 2, r.hour ) || !c.consume( ':' ) || !c.readNumber( 2, 2, r.minute ) )
    return std::nullopt;
  if ( c.consume( ':' ) )
  {
    if ( !c.readNumber( 2, 2, r.second ) )
      return std::nullopt;
    if ( ( c.peek() == '.' || c.peek() == ',' ) && isDigit( c.peek( 1 ) ) )
    {
      c.advance();
      while ( isDigit( c.peek() ) )
        c.advance();
    }
  }
  if ( isSpace( c.peek() ) || !parseOffset( c, r, true ) || !c.atEnd() )
    return std::nullopt;
  r.hasDate = true;
  r.hasTime = true;
  if ( !validDate( r.year, r.month, r.day ) || !validTime( r.hour, r.minute, r.second ) )
    return std::nullopt;
  return toUtcSeconds( r );
}

} // namespace tryggkarta

#include "textscreening.h"

#include <algorithm>
#include <cstring>

// One left-to-right byte scan with hand-written matchers (no regex: this runs on every imported row).
// E-mail addresses are found first around each '@', because their local part may hold digits that would
// otherwise start a phone number; the other kinds are then matched between them.

namespace tryggkarta
{
namespace
{

bool isDigit( char c )
{
  return c >= '0' && c <= '9';
}

bool isUpper( char c )
{
  return c >= 'A' && c <= 'Z';
}

bool isAsciiLetter( char c )
{
  return ( c >= 'A' && c <= 'Z' ) || ( c >= 'a' && c <= 'z' );
}

bool isAsciiAlnum( char c )
{
  return isDigit( c ) || isAsciiLetter( c );
}

//! Whether a 2-byte UTF-8 sequence with this lead and continuation byte is a letter (Latin, Greek, Cyrillic:
//! lead bytes C3..D4), so that "ÖABC 123" or "Åsa.berg@" are read as one word. × and ÷ are not letters.
bool isTwoByteLetter( unsigned char lead, unsigned char cont )
{
  if ( lead < 0xC3 || lead > 0xD4 || ( cont & 0xC0 ) != 0x80 )
    return false;
  return !( lead == 0xC3 && ( cont == 0x97 || cont == 0xB7 ) );
}

//! Whether a letter or digit (ASCII, or a 2-byte UTF-8 letter) ends just before pos.
bool wordCharBefore( std::string_view t, size_t pos )
{
  if ( pos == 0 )
    return false;
  const unsigned char b = static_cast<unsigned char>( t[pos - 1] );
  if ( b < 0x80 )
    return isAsciiAlnum( static_cast<char>( b ) );
  return pos >= 2 && isTwoByteLetter( static_cast<unsigned char>( t[pos - 2] ), b );
}

//! Whether a letter or digit (ASCII, or a 2-byte UTF-8 letter) starts at pos.
bool wordCharAt( std::string_view t, size_t pos )
{
  if ( pos >= t.size() )
    return false;
  const unsigned char b = static_cast<unsigned char>( t[pos] );
  if ( b < 0x80 )
    return isAsciiAlnum( static_cast<char>( b ) );
  return pos + 1 < t.size() && isTwoByteLetter( b, static_cast<unsigned char>( t[pos + 1] ) );
}

size_t digitRun( std::string_view t, size_t pos )
{
  size_t end = pos;
  while ( end < t.size() && isDigit( t[end] ) )
    ++end;
  return end - pos;
}

int twoDigits( const char *p )
{
  return ( p[0] - '0' ) * 10 + ( p[1] - '0' );
}

// --- Personnummer ------------------------------------------------------------------------------------

//! Luhn over the 10-digit form YYMMDDNNNC: weights 2,1,2,1,... on the first nine digits.
bool luhnValid( const char *tenDigits )
{
  int sum = 0;
  for ( int i = 0; i < 9; ++i )
  {
    int v = ( tenDigits[i] - '0' ) * ( i % 2 == 0 ? 2 : 1 );
    sum += v > 9 ? v - 9 : v;
  }
  return ( 10 - sum % 10 ) % 10 == tenDigits[9] - '0';
}

bool validCentury( const char *p )
{
  const int century = twoDigits( p );
  return century >= 18 && century <= 20;
}

//! Length of a personnummer (or samordningsnummer, day + 60) starting at pos, 0 if none.
//! The caller guarantees t[pos] is a digit not preceded by a digit.
size_t matchPersonnummer( std::string_view t, size_t pos )
{
  const size_t run = digitRun( t, pos );
  char digits[10];
  size_t length = 0;
  const char *p = t.data() + pos;
  if ( run == 10 || run == 12 )
  {
    if ( run == 12 && !validCentury( p ) )
      return 0;
    std::memcpy( digits, p + run - 10, 10 );
    length = run;
  }
  else if ( run == 6 || run == 8 )
  {
    // YYMMDD-NNNN, YYMMDD+NNNN (100 years or older), YYYYMMDD-NNNN
    const size_t sepPos = pos + run;
    if ( sepPos >= t.size() )
      return 0;
    const char sep = t[sepPos];
    if ( !( sep == '-' || ( sep == '+' && run == 6 ) ) || digitRun( t, sepPos + 1 ) != 4 )
      return 0;
    if ( run == 8 && !validCentury( p ) )
      return 0;
    std::memcpy( digits, p + run - 6, 6 );
    std::memcpy( digits + 6, p + run + 1, 4 );
    length = run + 5;
  }
  else
  {
    return 0;
  }

  const int month = twoDigits( digits + 2 );
  const int day = twoDigits( digits + 4 );
  if ( month < 1 || month > 12 )
    return 0;
  if ( !( ( day >= 1 && day <= 31 ) || ( day >= 61 && day <= 91 ) ) )
    return 0;
  return luhnValid( digits ) ? length : 0;
}

// --- Phone numbers -----------------------------------------------------------------------------------

bool isPhoneSeparator( char c )
{
  return c == ' ' || c == '-';
}

struct DigitGroup
{
  size_t begin;
  size_t end;
};

//! A day-first date such as "05-03-2024" or "05 03 2024", which would otherwise pass as an 8-digit number.
bool looksLikeDate( std::string_view t, const DigitGroup *groups, size_t count )
{
  if ( count != 3 || groups[0].end - groups[0].begin != 2 || groups[1].end - groups[1].begin != 2 ||
       groups[2].end - groups[2].begin != 4 || t[groups[0].end] != t[groups[1].end] )
    return false;
  const int day = twoDigits( t.data() + groups[0].begin );
  const int month = twoDigits( t.data() + groups[1].begin );
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

/**
 * Whether groups[0..count) form a Swedish number. nationalFirst is where the national significant number
 * starts (after the trunk 0 or +46). Rules: mobile (7x) has 9 significant digits, landlines 7 to 9; when the
 * first group is an area code (1-3 digits, then a separator) the subscriber part has at least 5 digits; later
 * groups have at least 2 digits, so counts such as "0 5 10 15" are not numbers.
 */
bool validPhoneGroups( std::string_view t, size_t nationalFirst, const DigitGroup *groups, size_t count,
                       bool international )
{
  size_t significant = groups[0].end - nationalFirst;
  for ( size_t g = 1; g < count; ++g )
  {
    const size_t length = groups[g].end - groups[g].begin;
    significant += length;
    if ( length < 2 || significant > 9 )
      return false;
  }
  const size_t areaLength = groups[0].end - nationalFirst;
  if ( areaLength == 0 )
    return false;
  const bool mobile = t[nationalFirst] == '7';
  if ( mobile ? significant != 9 : ( significant < 7 || significant > 9 ) )
    return false;
  if ( count > 1 && areaLength <= 3 && significant - areaLength < 5 )
    return false;
  return international || !looksLikeDate( t, groups, count );
}

//! Length of a phone number starting at pos ('+' or '0'), 0 if none.
size_t matchPhone( std::string_view t, size_t pos )
{
  if ( wordCharBefore( t, pos ) )
    return 0;
  // Part of a compound number such as "2024-0701234" or "12,070 123 45 67".
  if ( pos >= 2 && isDigit( t[pos - 2] ) )
  {
    const char before = t[pos - 1];
    if ( before == '-' || before == '/' || before == '.' || before == ',' || before == ':' )
      return 0;
  }

  const size_t n = t.size();
  size_t i = pos;
  bool international = false;
  if ( t[i] == '+' || t.compare( i, 4, "0046" ) == 0 )
  {
    if ( t[i] == '+' && t.compare( i, 3, "+46" ) != 0 )
      return 0;
    i += t[i] == '+' ? 3 : 4;
    international = true;
    if ( i < n && isPhoneSeparator( t[i] ) )
      ++i;
    // "+46 (0)70 ..." and the common "+46 070 ...": the trunk 0 is not part of the number.
    if ( t.compare( i, 3, "(0)" ) == 0 )
    {
      i += 3;
      if ( i < n && isPhoneSeparator( t[i] ) )
        ++i;
    }
    else if ( i + 1 < n && t[i] == '0' && isDigit( t[i + 1] ) )
    {
      ++i;
    }
    if ( i >= n || !isDigit( t[i] ) || t[i] == '0' )
      return 0;
  }
  else if ( !( t[i] == '0' && i + 1 < n && isDigit( t[i + 1] ) && t[i + 1] != '0' ) )
  {
    return 0;
  }

  const size_t nationalFirst = international ? i : i + 1;
  // The whole run of digit groups separated by single spaces or hyphens; a personnummer ends it.
  constexpr size_t maxGroups = 64;
  DigitGroup groups[maxGroups];
  size_t count = 0;
  bool endsCleanly = true;
  groups[count++] = { i, i + digitRun( t, i ) };
  i = groups[0].end;
  while ( i + 1 < n && isPhoneSeparator( t[i] ) && isDigit( t[i + 1] ) )
  {
    if ( matchPersonnummer( t, i + 1 ) )
      break;
    if ( count == maxGroups )
    {
      endsCleanly = false;
      break;
    }
    const size_t begin = i + 1;
    groups[count++] = { begin, begin + digitRun( t, begin ) };
    i = groups[count - 1].end;
  }
  // Not followed by a letter, a decimal or a time: "070 123 45 67,5".
  if ( wordCharAt( t, i ) ||
       ( i + 1 < n && ( t[i] == ',' || t[i] == '.' || t[i] == ':' ) && isDigit( t[i + 1] ) ) )
    endsCleanly = false;

  // A run is one number, except that a new number may start at a group with its own trunk 0: so
  // "070-123 45 67 08-123 456 78" is two numbers, while "08-123 45 67 1234 56 78" holds none.
  // A number has at most 9 significant digits, so at most 5 groups (1 + 2 + 2 + 2 + 2).
  constexpr size_t maxGroupsPerNumber = 5;
  const auto numberStartsAt = [&]( size_t j )
  {
    const DigitGroup &first = groups[j];
    if ( first.end - first.begin < 2 || t[first.begin] != '0' || t[first.begin + 1] == '0' )
      return false;
    for ( size_t k = j + 1; k <= count && k <= j + maxGroupsPerNumber; ++k )
    {
      if ( validPhoneGroups( t, first.begin + 1, groups + j, k - j, false ) )
        return true;
    }
    return false;
  };
  for ( size_t k = std::min( count, maxGroupsPerNumber ); k > 0; --k )
  {
    const bool mayEnd = k == count ? endsCleanly : numberStartsAt( k );
    if ( mayEnd && validPhoneGroups( t, nationalFirst, groups, k, international ) )
      return groups[k - 1].end - pos;
  }
  return 0;
}

// --- Car registration --------------------------------------------------------------------------------

//! Letters used on Swedish plates: A-Z without I, Q, V (Å, Ä, Ö are not ASCII and never match).
bool isPlateLetter( char c )
{
  return isUpper( c ) && c != 'I' && c != 'Q' && c != 'V';
}

/**
 * Length of a plate "ABC 123", "ABC123" or "ABC 12D" starting at pos (an uppercase letter), 0 if none.
 * Uppercase only, by choice: lowercase "abc 123" is far more often an ordinary word and a number (for
 * example "bil 123", "nya 123"), and plates are written in capitals in reports. Only a single space (or
 * nothing) between the blocks, as on the plate itself.
 */
size_t matchPlate( std::string_view t, size_t pos )
{
  const size_t n = t.size();
  if ( pos + 6 > n || wordCharBefore( t, pos ) )
    return 0;
  if ( !isPlateLetter( t[pos] ) || !isPlateLetter( t[pos + 1] ) || !isPlateLetter( t[pos + 2] ) )
    return 0;
  size_t i = pos + 3;
  if ( t[i] == ' ' )
    ++i;
  if ( i + 3 > n || !isDigit( t[i] ) || !isDigit( t[i + 1] ) )
    return 0;
  const char last = t[i + 2];
  if ( !isDigit( last ) && !( isPlateLetter( last ) && last != 'O' ) )
    return 0;
  const size_t end = i + 3;
  if ( wordCharAt( t, end ) )
    return 0;
  // The start of a longer number such as "TEL 070-123 45 67" or a decimal "ABC 123,5" - unless what follows
  // is a phone number by itself ("ABC 123 070-123 45 67"): then both are found, and redacting the phone
  // number cannot uncover the plate.
  if ( end + 1 < n && isDigit( t[end + 1] ) &&
       ( isPhoneSeparator( t[end] ) || t[end] == ',' || t[end] == '.' || t[end] == ':' ) &&
       !( isPhoneSeparator( t[end] ) && t[end + 1] == '0' && matchPhone( t, end + 1 ) > 0 ) )
    return 0;
  return end - pos;
}

// --- E-mail ------------------------------------------------------------------------------------------

bool isLocalPartChar( char c )
{
  return isAsciiAlnum( c ) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
}

bool isDomainChar( char c )
{
  return isAsciiAlnum( c ) || c == '-';
}

/**
 * The address around the '@' at at, not starting before minStart; false if none. The local part also takes
 * 2-byte UTF-8 letters so that "åsa@example.se" is redacted whole rather than leaving "å".
 */
bool matchEmail( std::string_view t, size_t at, size_t minStart, ScreeningFinding &finding )
{
  size_t begin = at;
  while ( begin > minStart )
  {
    if ( isLocalPartChar( t[begin - 1] ) )
      --begin;
    else if ( begin >= minStart + 2 && isTwoByteLetter( static_cast<unsigned char>( t[begin - 2] ),
                                                        static_cast<unsigned char>( t[begin - 1] ) ) )
      begin -= 2;
    else
      break;
  }
  while ( begin < at && t[begin] == '.' )
    ++begin;
  if ( begin == at )
    return false;

  // Domain labels separated by single dots; a trailing dot (end of sentence) is not part of it.
  const size_t n = t.size();
  size_t end = at + 1;
  size_t lastDot = std::string_view::npos;
  while ( true )
  {
    const size_t labelBegin = end;
    while ( end < n && isDomainChar( t[end] ) )
      ++end;
    if ( end == labelBegin )
      return false;
    if ( end + 1 < n && t[end] == '.' && isDomainChar( t[end + 1] ) )
    {
      lastDot = end;
      ++end;
      continue;
    }
    break;
  }
  if ( lastDot == std::string_view::npos )
    return false;
  // The top-level domain is letters; digits or a hyphen right after them were glued on ("anna@mail.se070-…",
  // "…se850709-1234"): the address ends with the letters, and what follows is screened on its own.
  size_t tldEnd = lastDot + 1;
  while ( tldEnd < end && isAsciiLetter( t[tldEnd] ) )
    ++tldEnd;
  if ( tldEnd - lastDot - 1 < 2 )
    return false;
  end = tldEnd;
  finding = { PersonalDataKind::EmailAddress, begin, end - begin };
  return true;
}

std::vector<ScreeningFinding> findEmails( std::string_view text )
{
  std::vector<ScreeningFinding> emails;
  size_t minStart = 0;
  const char *data = text.data();
  const void *hit = text.empty() ? nullptr : std::memchr( data, '@', text.size() );
  while ( hit )
  {
    const size_t at = static_cast<const char *>( hit ) - data;
    ScreeningFinding finding{};
    size_t next = at + 1;
    if ( matchEmail( text, at, minStart, finding ) )
    {
      emails.push_back( finding );
      minStart = finding.offset + finding.length;
      next = minStart;
    }
    hit = next < text.size() ? std::memchr( data + next, '@', text.size() - next ) : nullptr;
  }
  return emails;
}

} // namespace

std::string ScreeningResult::flags() const
{
  static constexpr PersonalDataKind order[] = { PersonalDataKind::Personnummer, PersonalDataKind::PhoneNumber,
                                                PersonalDataKind::EmailAddress,
                                                PersonalDataKind::CarRegistration };
  std::string out;
  for ( PersonalDataKind kind : order )
  {
    const bool present = std::any_of( findings.begin(), findings.end(),
                                      [kind]( const ScreeningFinding &f ) { return f.kind == kind; } ) ||
                         std::find( uncovered.begin(), uncovered.end(), kind ) != uncovered.end();
    if ( !present )
      continue;
    if ( !out.empty() )
      out += ',';
    out += personalDataKindCode( kind );
  }
  return out;
}

namespace
{
std::string redactOnce( std::string_view text, const ScreeningResult &result );

//! What the matchers find in the text itself (not what its redaction would uncover).
ScreeningResult screenDirect( std::string_view text )
{
  ScreeningResult result;
  const std::vector<ScreeningFinding> emails = findEmails( text );
  size_t nextEmail = 0;
  // The other matchers see the text only up to the next e-mail address, so they cannot run into it.
  std::string_view view = text.substr( 0, emails.empty() ? text.size() : emails[0].offset );

  size_t i = 0;
  while ( i < text.size() )
  {
    if ( i >= view.size() )
    {
      const ScreeningFinding &email = emails[nextEmail++];
      result.findings.push_back( email );
      i = email.offset + email.length;
      view = text.substr( 0, nextEmail < emails.size() ? emails[nextEmail].offset : text.size() );
      continue;
    }

    const char c = view[i];
    size_t length = 0;
    PersonalDataKind kind = PersonalDataKind::PhoneNumber;
    if ( isDigit( c ) )
    {
      if ( i == 0 || !isDigit( view[i - 1] ) )
      {
        // Personnummer first: it wins over a phone-like reading of the same digits.
        length = matchPersonnummer( view, i );
        if ( length > 0 )
          kind = PersonalDataKind::Personnummer;
        else if ( c == '0' )
          length = matchPhone( view, i );
      }
    }
    else if ( c == '+' )
    {
      length = matchPhone( view, i );
    }
    else if ( isUpper( c ) )
    {
      length = matchPlate( view, i );
      kind = PersonalDataKind::CarRegistration;
    }

    if ( length > 0 )
    {
      result.findings.push_back( { kind, i, length } );
      i += length;
    }
    else
    {
      ++i;
    }
  }
  return result;
}

/**
 * The text with the findings replaced, screened again until nothing is left: a finding can hide another that
 * its placeholder then uncovers ("ABC 12D850709-9805": the plate reads as one only once the personnummer
 * glued to it is gone). Each pass removes at least one finding and a placeholder never matches, so this ends.
 * The kinds found after the first pass go to uncovered, when given.
 */
std::string redactFully( std::string_view text, const ScreeningResult &result,
                         std::vector<PersonalDataKind> *uncovered )
{
  std::string out = redactOnce( text, result );
  // Until nothing is left: a chain of numbers each glued to the next ("670-02 670-02 …") gives up one more
  // with every pass. Every finding holds a digit or an '@' and the placeholders hold neither, so each pass
  // takes at least one of them away for good: the loop ends within that many passes.
  for ( std::size_t pass = 0; pass <= text.size(); ++pass )
  {
    const ScreeningResult again = screenDirect( out );
    if ( again.clean() )
      break;
    if ( uncovered )
      for ( const ScreeningFinding &finding : again.findings )
        uncovered->push_back( finding.kind );
    out = redactOnce( out, again );
  }
  return out;
}
} // namespace

ScreeningResult screenText( std::string_view text )
{
  ScreeningResult result = screenDirect( text );
  if ( !result.clean() )
    redactFully( text, result, &result.uncovered );
  return result;
}

std::string redact( std::string_view text, const ScreeningResult &result )
{
  return redactFully( text, result, nullptr );
}

namespace
{
std::string redactOnce( std::string_view text, const ScreeningResult &result )
{
  std::string out;
  out.reserve( text.size() + 16 );
  size_t copied = 0;
  for ( const ScreeningFinding &finding : result.findings )
  {
    // Findings come from screenText on this text; skip anything that does not fit rather than misplace it.
    if ( finding.offset < copied || finding.offset > text.size() )
      continue;
    out.append( text.substr( copied, finding.offset - copied ) );
    switch ( finding.kind )
    {
    case PersonalDataKind::Personnummer:
      out += "[personnummer]";
      break;
    case PersonalDataKind::PhoneNumber:
      out += "[telefonnummer]";
      break;
    case PersonalDataKind::EmailAddress:
      out += "[e-post]";
      break;
    case PersonalDataKind::CarRegistration:
      out += "[regnr]";
      break;
    }
    copied = std::min( text.size(), finding.offset + finding.length );
  }
  out.append( text.substr( copied ) );
  return out;
}
} // namespace

const char *personalDataKindCode( PersonalDataKind kind )
{
  switch ( kind )
  {
  case PersonalDataKind::Personnummer:
    return "personnummer";
  case PersonalDataKind::PhoneNumber:
    return "phone";
  case PersonalDataKind::EmailAddress:
    return "email";
  case PersonalDataKind::CarRegistration:
    return "car_registration";
  }
  return "";
}

const char *personalDataKindLabelSv( PersonalDataKind kind )
{
  switch ( kind )
  {
  case PersonalDataKind::Personnummer:
    return "personnummer";
  case PersonalDataKind::PhoneNumber:
    return "telefonnummer";
  case PersonalDataKind::EmailAddress:
    return "e-postadress";
  case PersonalDataKind::CarRegistration:
    return "registreringsnummer";
  }
  return "";
}

} // namespace tryggkarta

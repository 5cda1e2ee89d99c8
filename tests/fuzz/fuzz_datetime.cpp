// Fuzz target: the date and time parser on any text. A parsed date must be a real calendar date with a real
// time of day, and its UTC form must read back as the same instant.

#include "fuzztarget.h"

#include "calendar.h"
#include "datetimeparser.h"

using namespace tryggkarta;

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string_view text( reinterpret_cast<const char *>( data ), size );
  const auto parsed = parseDateTime( text );
  if ( !parsed )
    return 0;
  const LocalDateTime &value = *parsed;
  FUZZ_ASSERT( value.hasDate || value.hasTime );
  if ( value.hasTime )
  {
    FUZZ_ASSERT( value.hour >= 0 && value.hour <= 24 );
    FUZZ_ASSERT( value.minute >= 0 && value.minute <= 59 );
    FUZZ_ASSERT( value.second >= 0 && value.second <= 60 );
  }
  if ( value.hasOffset )
    FUZZ_ASSERT( value.offsetMinutes > -24 * 60 && value.offsetMinutes < 24 * 60 );
  if ( !value.hasDate )
    return 0;
  FUZZ_ASSERT( value.month >= 1 && value.month <= 12 );
  FUZZ_ASSERT( value.day >= 1 && value.day <= 31 );
  const int64_t utc = toUtcSeconds( value );
  const std::string iso = formatUtcIso( utc );
  const auto back = parseUtcIso( iso );
  FUZZ_ASSERT( back && *back == utc );
  return 0;
}

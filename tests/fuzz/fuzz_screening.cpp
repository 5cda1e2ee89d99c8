// Fuzz target: the screening of free text for personal data. Findings lie inside the text, in order and
// apart; the redacted text has no personal data left.

#include "fuzztarget.h"

#include "textscreening.h"

using namespace tryggkarta;

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string_view text( reinterpret_cast<const char *>( data ), size );
  const ScreeningResult result = screenText( text );
  size_t end = 0;
  for ( const ScreeningFinding &finding : result.findings )
  {
    FUZZ_ASSERT( finding.length > 0 );
    FUZZ_ASSERT( finding.offset >= end );
    FUZZ_ASSERT( finding.offset + finding.length <= text.size() );
    end = finding.offset + finding.length;
    FUZZ_ASSERT( personalDataKindCode( finding.kind ) != nullptr );
  }
  FUZZ_ASSERT( result.clean() == result.flags().empty() );
  if ( result.clean() )
    return 0;
  // What was found is gone: the redacted text holds no personal data the screening can see.
  const std::string redacted = redact( text, result );
  FUZZ_ASSERT( screenText( redacted ).clean() );
  return 0;
}

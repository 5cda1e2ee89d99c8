// Fuzz target: the field mapping on any header (one column name per line) and the value readers on each name.
// A mapping only names columns the file has, each for one field.

#include "fuzztarget.h"

#include "fieldmapping.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <vector>

using namespace tryggkarta;

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string_view text( reinterpret_cast<const char *>( data ), size );
  std::vector<std::string> columns;
  size_t start = 0;
  while ( start <= text.size() && columns.size() < 2000 )
  {
    const size_t end = std::min( text.find( '\n', start ), text.size() );
    columns.emplace_back( text.substr( start, end - start ) );
    start = end + 1;
  }
  for ( const std::string &column : columns )
  {
    const std::string normalized = normalizeName( column );
    FUZZ_ASSERT( normalized.size() <= column.size() );
    FUZZ_ASSERT( std::all_of( normalized.begin(), normalized.end(),
                              []( char c )
                              { return ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ); } ) );
    labelKey( column );
    const std::string_view trimmed = trim( column );
    FUZZ_ASSERT( trimmed.size() <= column.size() );
    if ( const auto number = parseNumber( column ) )
      FUZZ_ASSERT( !std::isnan( *number ) );
    parseYesNo( column );
  }
  for ( ImportKind kind : { ImportKind::Incidents, ImportKind::Observations } )
  {
    const auto mapping = autoMapFields( columns, kind );
    std::set<std::string> used;
    for ( const auto &[target, column] : mapping )
    {
      FUZZ_ASSERT( std::find( columns.begin(), columns.end(), column ) != columns.end() );
      FUZZ_ASSERT( used.insert( column ).second );
    }
    ImportOptions options;
    options.kind = kind;
    // A user's override of the first column, as the import dialog may send.
    if ( !columns.empty() && size % 3 == 0 )
      options.fieldMap["description"] = columns.front();
    std::vector<Message> warnings;
    const auto resolved = resolveMapping( "fuzz.csv", columns, options, size % 2 == 0, warnings );
    if ( resolved )
      for ( const auto &[target, column] : resolved.value() )
        FUZZ_ASSERT( std::find( columns.begin(), columns.end(), column ) != columns.end() );
    else
      FUZZ_ASSERT( !resolved.error().text().empty() );
  }
  return 0;
}

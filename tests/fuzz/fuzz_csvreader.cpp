// Fuzz target: the CSV reader on any bytes as a file (encodings, delimiters, quotes, line breaks), read to
// the end, rewound and read again. The rows must stay inside the decoded text and the second reading must be
// the first.

#include "fuzztarget.h"

#include "csvreader.h"
#include "importlimits.h"

#include <vector>

using namespace tryggkarta;

extern "C" int LLVMFuzzerTestOneInput( const uint8_t *data, size_t size )
{
  const std::string path = fuzzing::scratch().file( "input.csv" );
  fuzzing::writeBytes( path, std::string_view( reinterpret_cast<const char *>( data ), size ) );
  // The size picks the options, so every input is also read with a forced encoding and delimiter sometimes.
  static const char *const encodings[] = { "", "", "UTF-8", "CP1252" };
  static const char delimiters[] = { 0, 0, 0, ';', ',', '\t' };
  auto reader = CsvReader::open( path, encodings[size % 4], delimiters[size % 6] );
  if ( !reader )
  {
    FUZZ_ASSERT( !reader.error().text().empty() );
    return 0;
  }
  CsvReader &csv = *reader.value();
  FUZZ_ASSERT( csv.header().size() >= 2 && csv.header().size() <= kMaxImportColumns );
  std::vector<std::pair<int64_t, size_t>> firstPass;
  CsvRow row;
  int64_t lastLine = 0;
  while ( csv.next( row ) )
  {
    FUZZ_ASSERT( row.lineNumber > lastLine );
    FUZZ_ASSERT( row.fields.size() == std::min( row.fieldCount, kMaxImportColumns + 1 ) );
    FUZZ_ASSERT( row.fieldCount >= 1 );
    lastLine = row.lineNumber;
    size_t bytes = 0;
    for ( std::string_view field : row.fields )
      bytes += field.size();
    FUZZ_ASSERT( csv.progress() >= 0 && csv.progress() <= 1.0 );
    firstPass.emplace_back( row.lineNumber, bytes );
  }
  csv.rewind();
  size_t i = 0;
  while ( csv.next( row ) )
  {
    FUZZ_ASSERT( i < firstPass.size() );
    size_t bytes = 0;
    for ( std::string_view field : row.fields )
      bytes += field.size();
    FUZZ_ASSERT( firstPass[i].first == row.lineNumber && firstPass[i].second == bytes );
    ++i;
  }
  FUZZ_ASSERT( i == firstPass.size() );
  return 0;
}

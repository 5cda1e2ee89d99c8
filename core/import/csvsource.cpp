#include "csvsource.h"

#include "sha256.h"

namespace tryggkarta
{

CsvSource::CsvSource( std::string path, std::string encoding, char delimiter )
  : mPath( std::move( path ) ), mEncodingOption( std::move( encoding ) ), mDelimiterOption( delimiter )
{
}

Status CsvSource::open()
{
  auto reader = CsvReader::open( mPath, mEncodingOption, mDelimiterOption );
  if ( !reader )
    return Error{ reader.error() };
  mReader = std::move( reader.value() );
  return Done();
}

bool CsvSource::next( SourceRow &row )
{
  if ( !mReader->next( mRow ) )
    return false;
  row.rowNumber = mRow.lineNumber;
  row.raw = mRow.raw;
  row.values.assign( mRow.fields.begin(), mRow.fields.end() );
  row.structureProblem.clear();
  const size_t expected = mReader->header().size();
  if ( mRow.unterminatedQuote )
    row.structureProblem =
      "a value opens a quote (\") that is never closed (a stray quote, or the file is truncated)";
  else if ( row.values.size() > expected )
    row.structureProblem = "the row has " + std::to_string( row.values.size() ) +
                           " values but the header has " + std::to_string( expected ) +
                           " columns (an unquoted delimiter inside a value?)";
  row.values.resize( expected ); // missing trailing values are empty
  return true;
}

std::string CsvSource::hashContent()
{
  const std::string_view bytes = mReader->fileBytes();
  Sha256 sha;
  sha.update( bytes.data(), bytes.size() );
  return sha.hexDigest();
}

} // namespace tryggkarta

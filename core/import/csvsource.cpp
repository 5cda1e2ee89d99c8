#include "csvsource.h"

#include "importlimits.h"
#include "paths.h"
#include "sha256.h"

#include <fstream>
#include <vector>

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
  row.structureProblem.reset();
  const size_t expected = mReader->header().size();
  if ( mRow.longestField > kMaxValueBytes )
  {
    const size_t index = mRow.longestFieldIndex;
    const std::string column =
      index < expected ? mReader->header()[index] : "#" + std::to_string( index + 1 );
    row.structureProblem =
      Message::make( MessageCode::ImportRowValueTooLong, column, static_cast<int64_t>( mRow.longestField ),
                     static_cast<int64_t>( kMaxValueBytes ) );
    mShortenedRaw = shortenedRaw( mRow.raw );
    row.raw = mShortenedRaw;
  }
  else if ( mRow.unterminatedQuote )
    row.structureProblem = Message::make( MessageCode::ImportRowUnterminatedQuote );
  else if ( mRow.fieldCount > expected )
    row.structureProblem =
      Message::make( MessageCode::ImportRowTooManyValues, static_cast<int64_t>( mRow.fieldCount ), expected );
  row.values.resize( expected ); // missing trailing values are empty
  return true;
}

std::vector<Message> CsvSource::warnings() const
{
  std::vector<Message> warnings;
  if ( mReader->replacedBytes() > 0 )
    warnings.push_back( Message::make( MessageCode::ImportInvalidBytesReplaced, fileName( mPath ),
                                       mReader->replacedBytes(), mReader->firstReplacedLine() ) );
  for ( const std::string &renamed : mReader->renamedColumns() )
    warnings.push_back( Message::make( MessageCode::ImportColumnRenamed, renamed ) );
  return warnings;
}

std::string CsvSource::hashContent()
{
  return sha256OfFile( mReader->path() );
}

} // namespace tryggkarta

#pragma once
// Rows of a CSV or other delimited text file, through our own reader (fast, with encodings and line numbers).

#include "csvreader.h"
#include "rowsource.h"

namespace tryggkarta
{

class CsvSource : public RowSource
{
public:
  //! encoding "" detects it, delimiter 0 sniffs it.
  CsvSource( std::string path, std::string encoding, char delimiter );

  //! Opens the file and reads its header; fails with a message naming the file.
  Status open();

  const std::vector<std::string> &columns() const override { return mReader->header(); }
  std::string format() const override { return "CSV"; }
  double progress() const override { return mReader->progress(); }
  bool next( SourceRow &row ) override;
  void rewind() override { mReader->rewind(); }
  std::string encoding() const override { return mReader->encoding(); }
  char delimiter() const override { return mReader->delimiter(); }
  bool hashesInBackground() const override { return true; }
  //! Invalid bytes replaced (in a file detected as UTF-8), columns renamed because their name was taken.
  std::vector<Message> warnings() const override;
  int64_t estimatedRows() const override { return static_cast<int64_t>( mReader->fileSize() / 40 ); }
  std::string hashContent() override;

private:
  std::string mPath;
  std::string mEncodingOption;
  char mDelimiterOption;
  std::unique_ptr<CsvReader> mReader;
  CsvRow mRow;
  std::string mShortenedRaw; //!< the raw text kept of a row with a value over the limit
};

} // namespace tryggkarta

#pragma once
// A fast CSV reader for coordinators' exports: comma, semicolon or tab (sniffed), UTF-8 with or without BOM,
// UTF-16 with BOM, or Windows-1252; quoted fields with embedded delimiters and line breaks; line numbers
// kept.

#include "expected.h"

#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace tryggkarta
{

struct CsvRow
{
  int64_t lineNumber = 0; //!< physical line where the row starts (the header is line 1)
  std::vector<std::string_view>
    fields;                       //!< valid until the next call to next(); at most kMaxImportColumns + 1
  size_t fieldCount = 0;          //!< the fields the row has, also those past what fields keeps
  size_t longestField = 0;        //!< bytes of the row's longest field
  size_t longestFieldIndex = 0;   //!< its index (0-based)
  std::string_view raw;           //!< the row's text as in the (decoded) file
  bool unterminatedQuote = false; //!< a quote opened in this row is never closed
};

class CsvReader
{
public:
  /**
   * Opens and decodes the file and reads its header. encoding is "" (detect), "UTF-8" or "CP1252";
   * delimiter is 0 (sniff) or the delimiter. Fails with a message naming the file for empty, binary or
   * unreadable files.
   */
  static Expected<std::unique_ptr<CsvReader>>
  open( const std::string &path, const std::string &encoding = std::string(), char delimiter = 0 );

  const std::vector<std::string> &header() const { return mHeader; }
  char delimiter() const { return mDelimiter; }
  //! The encoding read: "UTF-8", "UTF-8 (BOM)", "UTF-16", or "CP1252".
  const std::string &encoding() const { return mEncoding; }
  //! Header names that were taken already and got a suffix ("info" twice: the second is "info_2").
  const std::vector<std::string> &renamedColumns() const { return mRenamed; }
  //! Invalid UTF-8 bytes replaced by U+FFFD in a file read as UTF-8 (detected), and the line of the first.
  int64_t replacedBytes() const { return mReplacedBytes; }
  int64_t firstReplacedLine() const { return mFirstReplacedLine; }
  //! Reads the next non-empty row; false at the end.
  bool next( CsvRow &row );
  //! Goes back to the first row after the header; the file stays mapped.
  void rewind();
  //! Fraction of the file consumed.
  double progress() const;
  //! The whole file content as read from disk (before decoding), for hashing.
  std::string_view fileBytes() const;
  //! The file's size in bytes.
  size_t fileSize() const { return mMappedSize; }
  //! Files in Windows-1252 up to this size are converted to UTF-8 in memory, bigger ones through a temporary
  //! file (for tests: a smaller limit).
  static void setDecodeInMemoryLimit( size_t bytes );
  //! The file the reader reads.
  const std::string &path() const { return mPath; }

  ~CsvReader();

private:
  CsvReader() = default;
  bool parseRow( CsvRow &row );
  //! Hands the pages of the mapping read long ago back to the system, so a file of any size is read in
  //! bounded memory (they are read from the file again should a row need them).
  void releaseConsumed();
  static void addField( CsvRow &row, std::string_view field );
  /**
   * Windows-1252 text as UTF-8 for mText: in memory for a small file, else converted block by block into a
   * temporary file (deleted when closed) that is mapped and read like the file itself, so memory stays
   * bounded.
   */
  bool decodeCp1252( std::string_view bytes );

  std::string mPath;
  const char *mMapped = nullptr;
  size_t mMappedSize = 0;
  std::string mDecoded;              //!< used when a small file had to be converted to UTF-8
  const char *mDecodedMap = nullptr; //!< a big file converted to UTF-8, in a temporary file mapped
  size_t mDecodedMapSize = 0;
  std::string_view mText;
  size_t mPos = 0;
  //! Bytes of the mapping at its start whose pages were handed back to the system (read already).
  size_t mReleased = 0;
  int64_t mLine = 1;
  size_t mFirstRowPos = 0;
  int64_t mFirstRowLine = 1;
  char mDelimiter = ',';
  std::string mEncoding;
  std::vector<std::string> mHeader;
  std::vector<std::string> mRenamed;
  int64_t mReplacedBytes = 0;
  int64_t mFirstReplacedLine = 0;
  std::deque<std::string> mUnescaped;
};

//! True if the bytes are valid UTF-8; otherwise firstBad gets the offset of the first invalid byte.
bool isValidUtf8( std::string_view bytes, size_t *firstBad = nullptr );
//! UTF-8 with each invalid byte replaced by U+FFFD; counts valid multi-byte characters and invalid bytes.
std::string utf8Lossy( std::string_view bytes, size_t &validMultibyte, size_t &invalid,
                       size_t &firstInvalid );
//! Converts Windows-1252 bytes to UTF-8.
std::string cp1252ToUtf8( std::string_view bytes );

} // namespace tryggkarta

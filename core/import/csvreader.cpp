#include "csvreader.h"

#include "importlimits.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <unordered_map>
#include <unordered_set>

namespace tryggkarta
{

namespace
{
// Windows-1252 0x80–0x9F; 0 where undefined.
const char16_t kCp1252High[32] = { 0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                   0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                   0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                   0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178 };

void appendUtf8( std::string &out, uint32_t cp )
{
  if ( cp < 0x80 )
    out += static_cast<char>( cp );
  else if ( cp < 0x800 )
  {
    out += static_cast<char>( 0xC0 | ( cp >> 6 ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3F ) );
  }
  else if ( cp < 0x10000 )
  {
    out += static_cast<char>( 0xE0 | ( cp >> 12 ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 6 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3F ) );
  }
  else
  {
    out += static_cast<char>( 0xF0 | ( cp >> 18 ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 12 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( ( cp >> 6 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( cp & 0x3F ) );
  }
}

std::string utf16ToUtf8( std::string_view bytes, bool littleEndian )
{
  std::string out;
  out.reserve( bytes.size() );
  for ( size_t i = 0; i + 1 < bytes.size(); i += 2 )
  {
    const auto b0 = static_cast<unsigned char>( bytes[i] ), b1 = static_cast<unsigned char>( bytes[i + 1] );
    uint32_t unit = littleEndian ? ( b0 | ( b1 << 8 ) ) : ( ( b0 << 8 ) | b1 );
    if ( unit >= 0xD800 && unit < 0xDC00 && i + 3 < bytes.size() )
    {
      const auto c0 = static_cast<unsigned char>( bytes[i + 2] ),
                 c1 = static_cast<unsigned char>( bytes[i + 3] );
      const uint32_t low = littleEndian ? ( c0 | ( c1 << 8 ) ) : ( ( c0 << 8 ) | c1 );
      if ( low >= 0xDC00 && low < 0xE000 )
      {
        unit = 0x10000 + ( ( unit - 0xD800 ) << 10 ) + ( low - 0xDC00 );
        i += 2;
      }
    }
    appendUtf8( out, unit );
  }
  return out;
}

//! Names what a binary file probably is, from its first bytes.
//! What a binary file looks like, for the message that it is not a CSV file.
MessageCode describeBinary( std::string_view bytes )
{
  auto startsWith = [&]( std::string_view magic ) { return bytes.substr( 0, magic.size() ) == magic; };
  if ( startsWith( "PK\x03\x04" ) )
    return MessageCode::CsvBinaryZip;
  if ( startsWith( std::string_view( "SQLite format 3\0", 16 ) ) )
    return MessageCode::CsvBinarySqlite;
  if ( startsWith( "%PDF" ) )
    return MessageCode::CsvBinaryPdf;
  if ( startsWith( "\xD0\xCF\x11\xE0" ) )
    return MessageCode::CsvBinaryOffice;
  if ( bytes.size() >= 4 && static_cast<unsigned char>( bytes[0] ) == 0 &&
       static_cast<unsigned char>( bytes[1] ) == 0 && static_cast<unsigned char>( bytes[2] ) == 0x27 &&
       static_cast<unsigned char>( bytes[3] ) == 0x0A )
    return MessageCode::CsvBinaryShapefile;
  return MessageCode::CsvBinaryData;
}

//! Picks the delimiter that splits the first lines into the same, largest number of fields.
char sniffDelimiter( std::string_view text )
{
  const char candidates[] = { ';', ',', '\t', '|' };
  char best = ',';
  double bestScore = 0;
  for ( char c : candidates )
  {
    std::vector<int> counts;
    int count = 0;
    bool quoted = false;
    for ( size_t i = 0; i < text.size() && counts.size() < 30; ++i )
    {
      const char ch = text[i];
      if ( ch == '"' )
        quoted = !quoted;
      else if ( !quoted && ch == c )
        ++count;
      else if ( !quoted && ch == '\n' )
      {
        counts.push_back( count );
        count = 0;
      }
    }
    if ( count > 0 )
      counts.push_back( count );
    if ( counts.empty() || counts[0] == 0 )
      continue;
    const int header = counts[0];
    int consistent = 0;
    for ( int n : counts )
      consistent += n == header ? 1 : 0;
    const double score = header * ( static_cast<double>( consistent ) / counts.size() );
    if ( score > bestScore )
    {
      bestScore = score;
      best = c;
    }
  }
  return best;
}
} // namespace

bool isValidUtf8( std::string_view bytes, size_t *firstBad )
{
  const auto *s = reinterpret_cast<const unsigned char *>( bytes.data() );
  const size_t n = bytes.size();
  size_t i = 0;
  while ( i < n )
  {
    // Fast path over ASCII, 8 bytes at a time.
    while ( i + 8 <= n )
    {
      uint64_t chunk;
      std::memcpy( &chunk, s + i, 8 );
      if ( chunk & 0x8080808080808080ULL )
        break;
      i += 8;
    }
    if ( i >= n )
      break;
    const unsigned char c = s[i];
    int extra;
    uint32_t cp;
    if ( c < 0x80 )
    {
      ++i;
      continue;
    }
    else if ( ( c & 0xE0 ) == 0xC0 )
    {
      extra = 1;
      cp = c & 0x1F;
    }
    else if ( ( c & 0xF0 ) == 0xE0 )
    {
      extra = 2;
      cp = c & 0x0F;
    }
    else if ( ( c & 0xF8 ) == 0xF0 )
    {
      extra = 3;
      cp = c & 0x07;
    }
    else
    {
      if ( firstBad )
        *firstBad = i;
      return false;
    }
    for ( int k = 1; k <= extra; ++k )
    {
      if ( i + k >= n || ( s[i + k] & 0xC0 ) != 0x80 )
      {
        if ( firstBad )
          *firstBad = i;
        return false;
      }
      cp = ( cp << 6 ) | ( s[i + k] & 0x3F );
    }
    const bool overlong =
      ( extra == 1 && cp < 0x80 ) || ( extra == 2 && cp < 0x800 ) || ( extra == 3 && cp < 0x10000 );
    if ( overlong || cp > 0x10FFFF || ( cp >= 0xD800 && cp < 0xE000 ) )
    {
      if ( firstBad )
        *firstBad = i;
      return false;
    }
    i += extra + 1;
  }
  return true;
}

/**
 * isValidUtf8 over a mapped file, a block at a time, handing each block's pages back to the system once it is
 * checked: a file of any size is checked in bounded memory.
 */
bool isValidUtf8InBlocks( std::string_view bytes, size_t *firstBad )
{
  constexpr size_t kBlock = 32u << 20;
  const size_t page = static_cast<size_t>( sysconf( _SC_PAGESIZE ) );
  const auto *s = reinterpret_cast<const unsigned char *>( bytes.data() );
  size_t start = 0;
  while ( start < bytes.size() )
  {
    size_t end = std::min( bytes.size(), start + kBlock );
    // Blocks end before a character's lead byte, never inside a character.
    size_t cut = end;
    while ( cut < bytes.size() && cut > start && ( s[cut] & 0xC0 ) == 0x80 )
      --cut;
    if ( cut > start )
      end = cut;
    size_t bad = 0;
    if ( !isValidUtf8( bytes.substr( start, end - start ), &bad ) )
    {
      if ( firstBad )
        *firstBad = start + bad;
      return false;
    }
    const uintptr_t from = reinterpret_cast<uintptr_t>( s + start ) / page * page;
    const uintptr_t to = reinterpret_cast<uintptr_t>( s + end ) / page * page;
    if ( to > from )
      madvise( reinterpret_cast<void *>( from ), to - from, MADV_DONTNEED );
    start = end;
  }
  return true;
}

//! UTF-8 with each invalid byte replaced by U+FFFD; counts the valid multi-byte characters and the invalid
//! bytes.
std::string utf8Lossy( std::string_view bytes, size_t &validMultibyte, size_t &invalid, size_t &firstInvalid )
{
  std::string out;
  out.reserve( bytes.size() );
  validMultibyte = invalid = 0;
  firstInvalid = std::string_view::npos;
  size_t i = 0;
  while ( i < bytes.size() )
  {
    size_t bad = 0;
    const std::string_view rest = bytes.substr( i, std::min<size_t>( 4, bytes.size() - i ) );
    const auto c = static_cast<unsigned char>( bytes[i] );
    if ( c < 0x80 )
    {
      out += bytes[i++];
      continue;
    }
    const size_t length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if ( length > 1 && rest.size() >= length && isValidUtf8( rest.substr( 0, length ), &bad ) )
    {
      out.append( bytes.data() + i, length );
      ++validMultibyte;
      i += length;
      continue;
    }
    if ( firstInvalid == std::string_view::npos )
      firstInvalid = i;
    ++invalid;
    out += "\xEF\xBF\xBD";
    ++i;
  }
  return out;
}

std::string cp1252ToUtf8( std::string_view bytes )
{
  std::string out;
  out.reserve( bytes.size() + bytes.size() / 16 );
  for ( char ch : bytes )
  {
    const auto c = static_cast<unsigned char>( ch );
    if ( c < 0x80 )
      out += ch;
    else if ( c < 0xA0 )
      appendUtf8( out, kCp1252High[c - 0x80] ? kCp1252High[c - 0x80] : 0xFFFD );
    else
      appendUtf8( out, c );
  }
  return out;
}

Expected<std::unique_ptr<CsvReader>> CsvReader::open( const std::string &path, const std::string &encoding,
                                                      char delimiter )
{
  std::unique_ptr<CsvReader> reader( new CsvReader() );
  reader->mPath = path;
  const std::string name = std::filesystem::path( path ).filename().string();
  const int fd = ::open( path.c_str(), O_RDONLY | O_CLOEXEC );
  if ( fd < 0 )
    return Error( MessageCode::FileReadFailed, path, std::strerror( errno ) );
  struct stat st;
  if ( fstat( fd, &st ) != 0 || S_ISDIR( st.st_mode ) )
  {
    ::close( fd );
    return Error( MessageCode::CsvNotRegularFile, path );
  }
  if ( st.st_size == 0 )
  {
    ::close( fd );
    return Error( MessageCode::ImportFileEmpty, name );
  }
  void *mapped = mmap( nullptr, static_cast<size_t>( st.st_size ), PROT_READ, MAP_PRIVATE, fd, 0 );
  ::close( fd );
  if ( mapped == MAP_FAILED )
    return Error( MessageCode::FileReadFailed, path, std::strerror( errno ) );
  madvise( mapped, static_cast<size_t>( st.st_size ), MADV_SEQUENTIAL );
  reader->mMapped = static_cast<const char *>( mapped );
  reader->mMappedSize = static_cast<size_t>( st.st_size );
  std::string_view bytes( reader->mMapped, reader->mMappedSize );

  const bool utf16le = bytes.size() >= 2 && bytes[0] == '\xFF' && bytes[1] == '\xFE';
  const bool utf16be = bytes.size() >= 2 && bytes[0] == '\xFE' && bytes[1] == '\xFF';
  if ( utf16le || utf16be )
  {
    reader->mDecoded = utf16ToUtf8( bytes.substr( 2 ), utf16le );
    reader->mText = reader->mDecoded;
    reader->mEncoding = "UTF-16";
  }
  else
  {
    const std::string_view head = bytes.substr( 0, 65536 );
    if ( head.find( '\0' ) != std::string_view::npos )
      return Error( MessageCode::CsvBinary, name, Message::make( describeBinary( bytes ) ) );
    const bool bom = bytes.size() >= 3 && bytes.substr( 0, 3 ) == "\xEF\xBB\xBF";
    if ( bom )
      bytes.remove_prefix( 3 );
    size_t bad = 0;
    if ( encoding == "CP1252" || encoding == "cp1252" || encoding == "windows-1252" ||
         encoding == "Windows-1252" )
    {
      if ( !reader->decodeCp1252( bytes ) )
        return Error( MessageCode::FileReadFailed, path, std::strerror( errno ) );
      reader->mEncoding = "CP1252";
    }
    else if ( isValidUtf8InBlocks( bytes, &bad ) )
    {
      reader->mText = bytes;
      reader->mEncoding = bom ? "UTF-8 (BOM)" : "UTF-8";
    }
    else if ( !encoding.empty() )
    {
      const int64_t line = 1 + std::count( bytes.begin(), bytes.begin() + static_cast<long>( bad ), '\n' );
      return Error( MessageCode::CsvInvalidUtf8, name, line );
    }
    else
    {
      size_t validMultibyte = 0, invalid = 0, firstInvalid = 0;
      std::string lossy = utf8Lossy( bytes, validMultibyte, invalid, firstInvalid );
      if ( validMultibyte > 0 && validMultibyte >= invalid )
      {
        // Mostly UTF-8 with a few broken bytes (a cut character, a pasted fragment): keep UTF-8 and say
        // where.
        const int64_t line =
          1 + std::count( bytes.begin(), bytes.begin() + static_cast<long>( firstInvalid ), '\n' );
        reader->mDecoded = std::move( lossy );
        reader->mText = reader->mDecoded;
        reader->mEncoding = "UTF-8, " + std::to_string( invalid ) +
                            " invalid bytes replaced, the first on line " + std::to_string( line );
        reader->mReplacedBytes = static_cast<int64_t>( invalid );
        reader->mFirstReplacedLine = line;
      }
      else
      {
        // Not UTF-8: Swedish files from older Excel versions are Windows-1252.
        if ( !reader->decodeCp1252( bytes ) )
          return Error( MessageCode::FileReadFailed, path, std::strerror( errno ) );
        reader->mEncoding = "CP1252";
      }
    }
  }

  // Checking the encoding read the whole file into memory: its pages go back to the system and are read
  // again as the rows are (a decoded copy needs the file no more).
  madvise( const_cast<char *>( reader->mMapped ), reader->mMappedSize, MADV_DONTNEED );

  // Empty lines before the header are skipped when it is read, so the sniffing skips them too.
  const size_t headerStart = std::min( reader->mText.find_first_not_of( "\r\n" ), reader->mText.size() );
  reader->mDelimiter = delimiter ? delimiter : sniffDelimiter( reader->mText.substr( headerStart, 65536 ) );
  CsvRow header;
  if ( !reader->parseRow( header ) )
    return Error( MessageCode::CsvNoHeader, name );
  reader->mFirstRowPos = reader->mPos;
  reader->mFirstRowLine = reader->mLine;
  if ( header.fieldCount > kMaxImportColumns )
    return Error( MessageCode::CsvTooManyColumns, name, header.lineNumber,
                  static_cast<int64_t>( header.fieldCount ), static_cast<int64_t>( kMaxImportColumns ) );
  if ( header.longestField > kMaxValueBytes )
    return Error( MessageCode::CsvHeaderNameTooLong, name, header.lineNumber,
                  static_cast<int64_t>( header.longestField ), static_cast<int64_t>( kMaxValueBytes ) );
  reader->mHeader.reserve( header.fields.size() );
  // Names in use, and per name the next suffix to try: each candidate is looked up once, so renaming stays
  // linear in the number of columns however many repeat one name.
  std::unordered_set<std::string> inUse;
  std::unordered_map<std::string, int> nextSuffix;
  inUse.reserve( 2 * header.fields.size() );
  for ( std::string_view field : header.fields )
  {
    while ( !field.empty() && ( field.back() == ' ' || field.back() == '\t' ) )
      field.remove_suffix( 1 );
    while ( !field.empty() && ( field.front() == ' ' || field.front() == '\t' ) )
      field.remove_prefix( 1 );
    std::string h( field );
    if ( inUse.count( h ) )
    {
      // Two columns with one name would be indistinguishable in the mapping and the kept attributes.
      int &suffix = nextSuffix.try_emplace( h, 2 ).first->second;
      std::string candidate = h + "_" + std::to_string( suffix );
      while ( inUse.count( candidate ) )
        candidate = h + "_" + std::to_string( ++suffix );
      ++suffix;
      h = std::move( candidate );
      reader->mRenamed.push_back( h );
    }
    inUse.insert( h );
    reader->mHeader.push_back( std::move( h ) );
  }
  if ( reader->mHeader.size() < 2 )
    return Error( MessageCode::CsvSingleColumn, name );
  return reader;
}

CsvReader::~CsvReader()
{
  if ( mMapped )
    munmap( const_cast<char *>( mMapped ), mMappedSize );
  if ( mDecodedMap )
    munmap( const_cast<char *>( mDecodedMap ), mDecodedMapSize );
}

namespace
{
size_t sDecodeInMemoryLimit = 64u << 20;
}

void CsvReader::setDecodeInMemoryLimit( size_t bytes )
{
  sDecodeInMemoryLimit = bytes;
}

bool CsvReader::decodeCp1252( std::string_view bytes )
{
  const auto inMemory = [&]
  {
    mDecoded = cp1252ToUtf8( bytes );
    mText = mDecoded;
    return true;
  };
  if ( bytes.size() <= sDecodeInMemoryLimit )
    return inMemory();
  // One byte is one character, so blocks convert on their own; each block's pages of the file go back to the
  // system once converted, and the file's pages are read again only for the header check below.
  // Where no temporary file can be written (a full or read-only temporary folder), in memory after all.
  std::FILE *out = std::tmpfile();
  if ( !out )
    return inMemory();
  constexpr size_t kBlock = 16u << 20;
  size_t written = 0;
  for ( size_t at = 0; at < bytes.size(); at += kBlock )
  {
    const std::string_view block = bytes.substr( at, kBlock );
    const std::string utf8 = cp1252ToUtf8( block );
    if ( std::fwrite( utf8.data(), 1, utf8.size(), out ) != utf8.size() )
    {
      std::fclose( out );
      return inMemory();
    }
    written += utf8.size();
    madvise( const_cast<char *>( block.data() ) - ( reinterpret_cast<uintptr_t>( block.data() ) % 4096 ),
             block.size(), MADV_DONTNEED );
  }
  if ( std::fflush( out ) != 0 || written == 0 )
  {
    std::fclose( out );
    return inMemory();
  }
  void *mapped = mmap( nullptr, written, PROT_READ, MAP_PRIVATE, fileno( out ), 0 );
  std::fclose( out ); // the mapping keeps the deleted file until it is unmapped
  if ( mapped == MAP_FAILED )
    return inMemory();
  madvise( mapped, written, MADV_SEQUENTIAL );
  mDecodedMap = static_cast<const char *>( mapped );
  mDecodedMapSize = written;
  mText = std::string_view( mDecodedMap, mDecodedMapSize );
  return true;
}

std::string_view CsvReader::fileBytes() const
{
  return std::string_view( mMapped, mMappedSize );
}

double CsvReader::progress() const
{
  return mText.empty() ? 1.0 : static_cast<double>( mPos ) / mText.size();
}

bool CsvReader::next( CsvRow &row )
{
  return parseRow( row );
}

void CsvReader::rewind()
{
  mReleased = 0; // what is read again is brought back as it is read
  mPos = mFirstRowPos;
  mLine = mFirstRowLine;
}

void CsvReader::releaseConsumed()
{
  constexpr size_t kStep = 32u << 20; // hand pages back 32 MiB at a time
  constexpr size_t kKept = 4u << 20;  // and keep the last few MiB read, for the rows not yet stored
  if ( !mDecoded.empty() || mPos < mReleased + kStep + kKept )
    return;
  // The mapping mText reads: the file, or its conversion to UTF-8.
  const char *base = mDecodedMap ? mDecodedMap : mMapped;
  const size_t offset = static_cast<size_t>( mText.data() - base ) + mPos - kKept;
  const size_t page = static_cast<size_t>( sysconf( _SC_PAGESIZE ) );
  const size_t upTo = offset / page * page;
  if ( upTo > mReleased )
  {
    madvise( const_cast<char *>( base ) + mReleased, upTo - mReleased, MADV_DONTNEED );
    mReleased = upTo;
  }
}

void CsvReader::addField( CsvRow &row, std::string_view field )
{
  // A row of a million empty fields is a few megabytes of text but would be tens of megabytes of views: past
  // the column limit the fields are only counted.
  if ( row.fields.size() <= kMaxImportColumns )
    row.fields.push_back( field );
  if ( field.size() > row.longestField )
  {
    row.longestField = field.size();
    row.longestFieldIndex = row.fieldCount;
  }
  ++row.fieldCount;
}

bool CsvReader::parseRow( CsvRow &row )
{
  releaseConsumed();
  row.fields.clear();
  row.fieldCount = 0;
  row.longestField = 0;
  row.longestFieldIndex = 0;
  row.unterminatedQuote = false;
  mUnescaped.clear();
  const char *text = mText.data();
  const size_t size = mText.size();
  // Skip empty lines.
  while ( mPos < size && ( text[mPos] == '\n' || text[mPos] == '\r' ) )
  {
    if ( text[mPos] == '\n' )
      ++mLine;
    ++mPos;
  }
  if ( mPos >= size )
    return false;
  row.lineNumber = mLine;
  const size_t rowStart = mPos;
  const char delimiter = mDelimiter;
  while ( true )
  {
    if ( mPos < size && text[mPos] == '"' )
    {
      // Quoted field: "" is an escaped quote; delimiters and line breaks are data.
      const size_t quoteStart = mPos;
      const int64_t lineAtQuote = mLine;
      ++mPos;
      const size_t start = mPos;
      bool escaped = false;
      bool closed = false;
      while ( true )
      {
        const void *q = std::memchr( text + mPos, '"', size - mPos );
        if ( !q )
          break;
        const size_t quote = static_cast<const char *>( q ) - text;
        if ( quote + 1 < size && text[quote + 1] == '"' )
        {
          escaped = true;
          mPos = quote + 2;
          continue;
        }
        mLine += std::count( text + start, text + quote, '\n' );
        mPos = quote + 1;
        closed = true;
        break;
      }
      // A quoted value that runs over a line break but is not followed by a delimiter or the line's end is
      // not CSV quoting: it is a stray quote that found the next row's quote.
      const bool spansLines = closed && std::memchr( text + start, '\n', mPos - 1 - start ) != nullptr;
      if ( closed && spansLines && mPos < size && text[mPos] != delimiter && text[mPos] != '\n' &&
           text[mPos] != '\r' )
        closed = false;
      if ( !closed )
      {
        // A quote that never closes: a stray quote, or a truncated file. Read the value to the end of its
        // line as unquoted and let the row be rejected, so the rows after it are not swallowed.
        row.unterminatedQuote = true;
        mLine = lineAtQuote;
        mPos = quoteStart;
        while ( mPos < size && text[mPos] != delimiter && text[mPos] != '\n' )
          ++mPos;
        size_t end = mPos;
        if ( end > quoteStart && text[end - 1] == '\r' )
          --end;
        addField( row, std::string_view( text + quoteStart, end - quoteStart ) );
      }
      else
      {
        std::string_view value( text + start, mPos - 1 - start );
        // Text between the closing quote and the delimiter is kept (spreadsheets write "a"b as a"b).
        const size_t afterQuote = mPos;
        while ( mPos < size && text[mPos] != delimiter && text[mPos] != '\n' )
          ++mPos;
        size_t trailingEnd = mPos;
        if ( trailingEnd > afterQuote && text[trailingEnd - 1] == '\r' )
          --trailingEnd;
        if ( escaped || trailingEnd > afterQuote )
        {
          std::string owned;
          owned.reserve( value.size() + ( trailingEnd - afterQuote ) );
          for ( size_t i = 0; i < value.size(); ++i )
          {
            owned += value[i];
            if ( value[i] == '"' && i + 1 < value.size() && value[i + 1] == '"' )
              ++i;
          }
          owned.append( text + afterQuote, trailingEnd - afterQuote );
          mUnescaped.push_back( std::move( owned ) );
          value = mUnescaped.back();
        }
        addField( row, value );
      }
    }
    else
    {
      const size_t start = mPos;
      while ( mPos < size && text[mPos] != delimiter && text[mPos] != '\n' )
        ++mPos;
      size_t end = mPos;
      if ( end > start && text[end - 1] == '\r' && ( mPos >= size || text[mPos] == '\n' ) )
        --end;
      addField( row, std::string_view( text + start, end - start ) );
    }
    if ( mPos >= size )
      break;
    if ( text[mPos] == delimiter )
    {
      ++mPos;
      continue;
    }
    // End of line.
    ++mPos;
    ++mLine;
    break;
  }
  size_t rawEnd = mPos;
  while ( rawEnd > rowStart && ( text[rawEnd - 1] == '\n' || text[rawEnd - 1] == '\r' ) )
    --rawEnd;
  row.raw = std::string_view( text + rowStart, rawEnd - rowStart );
  return true;
}

} // namespace tryggkarta

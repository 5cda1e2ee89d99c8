#include "filelimits.h"

#include "importlimits.h"
#include "paths.h"

#include <cpl_string.h>
#include <cpl_vsi.h>

#include <cstdio>
#include <memory>
#include <unordered_set>
#include <vector>

namespace tryggkarta
{

namespace
{

constexpr size_t kChunkBytes = 1 << 20;
constexpr uint64_t kFnvOffset = 14695981039346656037ULL;
constexpr uint64_t kFnvPrime = 1099511628211ULL;

struct VsiFileCloser
{
  void operator()( VSILFILE *file ) const { VSIFCloseL( file ); }
};
using VsiFile = std::unique_ptr<VSILFILE, VsiFileCloser>;

//! The number of a spreadsheet column from its letters ("A" 1, "XFD" 16384), saturating far past the limit.
int64_t columnNumber( const std::string &letters )
{
  int64_t number = 0;
  for ( char c : letters )
    number = std::min<int64_t>( number * 26 + ( c - 'A' + 1 ), int64_t( 1 ) << 40 );
  return number;
}

//! The leading digits of text as a number, saturating far past the limits; -1 when there are none.
int64_t leadingNumber( const std::string &text, size_t from = 0 )
{
  int64_t number = -1;
  for ( size_t i = from; i < text.size() && text[i] >= '0' && text[i] <= '9'; ++i )
    number = std::min<int64_t>( std::max<int64_t>( number, 0 ) * 10 + ( text[i] - '0' ), int64_t( 1 ) << 40 );
  return number;
}

/**
 * Follows the start tags of one worksheet's XML as it streams past: <row r="N"> (or the next row without r)
 * and <c r="AB12"> (or the next cell without r), with namespace prefixes allowed. Text, end tags and other
 * elements pass.
 */
class SheetScanner
{
public:
  explicit SheetScanner( std::string name, std::string sheet )
    : mName( std::move( name ) ), mSheet( std::move( sheet ) )
  {
  }

  Status feed( const char *data, size_t size )
  {
    for ( size_t i = 0; i < size; ++i )
    {
      const char c = data[i];
      switch ( mState )
      {
      case State::Text:
        if ( c == '<' )
        {
          mState = State::TagName;
          mTag.clear();
        }
        break;
      case State::TagName:
        if ( c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' )
        {
          const size_t colon = mTag.rfind( ':' );
          const std::string local = colon == std::string::npos ? mTag : mTag.substr( colon + 1 );
          mElement = local == "row" ? Element::Row : local == "c" ? Element::Cell : Element::Other;
          mReference.clear();
          mHasReference = false;
          mState = State::Attributes;
          if ( c == '>' )
          {
            const Status done = endStartTag();
            if ( !done )
              return done;
          }
        }
        else if ( mTag.size() < 32 )
          mTag += c;
        break;
      case State::Attributes:
        if ( c == '>' )
        {
          const Status done = endStartTag();
          if ( !done )
            return done;
        }
        else if ( c == '"' || c == '\'' )
        {
          mQuote = c;
          // The attribute just named is r when the text before '=' ended in " r" (or "\tr", "\nr").
          mInReference = mElement != Element::Other && mAttribute == "r";
          mState = State::Value;
        }
        else if ( c == '=' )
          ;
        else if ( c == ' ' || c == '\t' || c == '\n' || c == '\r' )
          mAttribute.clear();
        else if ( mAttribute.size() < 32 )
          mAttribute += c;
        break;
      case State::Value:
        if ( c == mQuote )
        {
          mState = State::Attributes;
          mAttribute.clear();
          if ( mInReference )
            mHasReference = true;
        }
        else if ( mInReference && mReference.size() < 32 )
          mReference += c;
        break;
      }
    }
    return Done();
  }

private:
  enum class State
  {
    Text,
    TagName,
    Attributes,
    Value
  };
  enum class Element
  {
    Row,
    Cell,
    Other
  };

  Status endStartTag()
  {
    mState = State::Text;
    mAttribute.clear();
    if ( mElement == Element::Row )
    {
      const int64_t number = mHasReference ? leadingNumber( mReference ) : -1;
      mRow = number > 0 ? number : mRow + 1;
      mColumn = 0;
      if ( mRow > kMaxSheetRows )
        return Error( MessageCode::ImportSheetTooManyRows, mName, mSheet, mRow, kMaxSheetRows );
    }
    else if ( mElement == Element::Cell )
    {
      std::string letters;
      for ( char c : mReference )
        if ( c >= 'A' && c <= 'Z' )
          letters += c;
        else
          break;
      mColumn = mHasReference && !letters.empty() ? columnNumber( letters ) : mColumn + 1;
      if ( mColumn > static_cast<int64_t>( kMaxImportColumns ) )
        return Error( MessageCode::ImportSheetTooManyColumns, mName, mSheet, std::max<int64_t>( mRow, 1 ),
                      mColumn, static_cast<int64_t>( kMaxImportColumns ) );
    }
    return Done();
  }

  std::string mName, mSheet;
  State mState = State::Text;
  Element mElement = Element::Other;
  std::string mTag, mAttribute, mReference;
  bool mHasReference = false, mInReference = false;
  char mQuote = '"';
  int64_t mRow = 0, mColumn = 0;
};

} // namespace

Status checkJsonLimits( const std::string &path )
{
  const std::string name = fileName( path );
  std::unique_ptr<std::FILE, int ( * )( std::FILE * )> file( std::fopen( path.c_str(), "rb" ), &std::fclose );
  if ( !file )
    return Done(); // the reader says why it cannot read it
  std::vector<char> buffer( kChunkBytes );
  std::unordered_set<uint64_t> names;
  int depth = 0;
  int64_t line = 1;
  bool inString = false, escaped = false, lastWasString = false;
  uint64_t hash = kFnvOffset;
  size_t got;
  while ( ( got = std::fread( buffer.data(), 1, buffer.size(), file.get() ) ) > 0 )
  {
    for ( size_t i = 0; i < got; ++i )
    {
      const char c = buffer[i];
      if ( c == '\n' )
        ++line;
      if ( inString )
      {
        // Member names are told apart by a hash of their bytes as written (escapes included).
        hash = ( hash ^ static_cast<unsigned char>( c ) ) * kFnvPrime;
        if ( escaped )
          escaped = false;
        else if ( c == '\\' )
          escaped = true;
        else if ( c == '"' )
        {
          inString = false;
          lastWasString = true;
        }
        continue;
      }
      switch ( c )
      {
      case '"':
        inString = true;
        hash = kFnvOffset;
        break;
      case '{':
      case '[':
        if ( ++depth > kMaxJsonDepth )
          return Error( MessageCode::ImportJsonTooDeep, name, line, kMaxJsonDepth );
        lastWasString = false;
        break;
      case '}':
      case ']':
        depth = std::max( 0, depth - 1 );
        lastWasString = false;
        break;
      case ':':
        if ( lastWasString && names.size() <= kMaxImportColumns )
        {
          names.insert( hash );
          if ( names.size() > kMaxImportColumns )
            return Error( MessageCode::ImportJsonTooManyNames, name,
                          static_cast<int64_t>( kMaxImportColumns ), line );
        }
        lastWasString = false;
        break;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        break;
      default:
        lastWasString = false;
      }
    }
  }
  return Done();
}

Status checkSheetLimits( const std::string &path )
{
  const std::string name = fileName( path );
  const std::string folder = "/vsizip/{" + path + "}/xl/worksheets";
  char **entries = VSIReadDir( folder.c_str() );
  std::vector<std::string> sheets;
  for ( char **entry = entries; entry && *entry; ++entry )
  {
    const std::string sheet = *entry;
    if ( sheet.size() > 4 && sheet.compare( sheet.size() - 4, 4, ".xml" ) == 0 )
      sheets.push_back( sheet );
  }
  CSLDestroy( entries );
  std::vector<char> buffer( kChunkBytes );
  for ( const std::string &sheet : sheets )
  {
    VsiFile file( VSIFOpenL( ( folder + "/" + sheet ).c_str(), "rb" ) );
    if ( !file )
      continue;
    SheetScanner scanner( name, "xl/worksheets/" + sheet );
    size_t got;
    while ( ( got = VSIFReadL( buffer.data(), 1, buffer.size(), file.get() ) ) > 0 )
    {
      const Status fed = scanner.feed( buffer.data(), got );
      if ( !fed )
        return fed;
    }
  }
  return Done();
}

} // namespace tryggkarta

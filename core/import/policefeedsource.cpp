#include "policefeedsource.h"

#include "fieldmapping.h"
#include "importlimits.h"
#include "paths.h"
#include "sha256.h"
#include "swedishplaces.h"

#include <algorithm>
#include <cerrno>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <set>
#include <string_view>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tryggkarta
{

namespace
{

// The columns every police feed row has, in this order; keys of the file beyond these follow them.
enum Column : size_t
{
  Id,
  DateTime,
  Type,
  Name,
  Summary,
  Url,
  LocationName,
  Precision,
  FixedColumns
};

const char *const kFixedColumns[] = { "id",      "datetime", "type",          "name",
                                      "summary", "url",      "location_name", "place_precision" };

// ---- A look at the start of the file ---------------------------------------------------------------------

//! Just enough of a JSON reader to find the keys of the first event in the start of a file. Every read fails
//! (false) on what it does not understand, and at the end of the text: the start may end anywhere.
class HeadScanner
{
public:
  explicit HeadScanner( std::string_view text ) : mText( text ) {}

  void skipSpace()
  {
    while ( mPos < mText.size() )
    {
      const char c = mText[mPos];
      if ( c == ' ' || c == '\t' || c == '\n' || c == '\r' )
        ++mPos;
      else if ( mPos + 2 < mText.size() && mText.substr( mPos, 3 ) == "\xEF\xBB\xBF" )
        mPos += 3;
      else
        break;
    }
  }
  bool consume( char c )
  {
    skipSpace();
    if ( mPos < mText.size() && mText[mPos] == c )
    {
      ++mPos;
      return true;
    }
    return false;
  }
  char peek()
  {
    skipSpace();
    return mPos < mText.size() ? mText[mPos] : '\0';
  }
  //! A string (escapes kept as written: keys of interest have none).
  bool string( std::string &out )
  {
    if ( !consume( '"' ) )
      return false;
    out.clear();
    while ( mPos < mText.size() )
    {
      const char c = mText[mPos++];
      if ( c == '"' )
        return true;
      if ( c == '\\' && mPos < mText.size() )
        out += mText[mPos++];
      else
        out += c;
    }
    return false;
  }
  //! Skips any value.
  bool skipValue( int depth = 0 )
  {
    if ( depth > 64 )
      return false;
    const char c = peek();
    std::string ignored;
    if ( c == '"' )
      return string( ignored );
    if ( c == '{' || c == '[' )
    {
      const char close = c == '{' ? '}' : ']';
      ++mPos;
      if ( consume( close ) )
        return true;
      do
      {
        if ( c == '{' && ( !string( ignored ) || !consume( ':' ) ) )
          return false;
        if ( !skipValue( depth + 1 ) )
          return false;
      } while ( consume( ',' ) );
      return consume( close );
    }
    // A number, true, false or null.
    const size_t begin = mPos;
    constexpr std::string_view kEnds = ",}] \t\r\n";
    while ( mPos < mText.size() && kEnds.find( mText[mPos] ) == std::string_view::npos )
      ++mPos;
    return mPos > begin && mPos < mText.size();
  }
  /**
   * Reads an object's members, calling member( key ) at each value; member reads the value itself (returning
   * false on failure) or returns true after skipping it with skipValue().
   */
  template <typename Member>
  bool object( Member member )
  {
    if ( !consume( '{' ) )
      return false;
    if ( consume( '}' ) )
      return true;
    std::string key;
    do
    {
      if ( !string( key ) || !consume( ':' ) || !member( key ) )
        return false;
    } while ( consume( ',' ) );
    return consume( '}' );
  }

private:
  std::string_view mText;
  size_t mPos = 0;
};

//! The keys of an object, with the keys of a nested "location" object as "location.KEY".
bool eventKeys( HeadScanner &scanner, std::set<std::string> &keys )
{
  return scanner.object(
    [&]( const std::string &key )
    {
      keys.insert( key );
      if ( key == "location" && scanner.peek() == '{' )
        return scanner.object(
          [&]( const std::string &inner )
          {
            keys.insert( "location." + inner );
            return scanner.skipValue();
          } );
      return scanner.skipValue();
    } );
}

bool hasLocation( const std::set<std::string> &keys )
{
  for ( const char *key :
        { "location.name", "location.gps", "location_name", "location_gps", "locationname", "gps" } )
    if ( keys.count( key ) )
      return true;
  return false;
}

//! Latitude and longitude from "59.310068,14.108919"; nothing when the text is not that.
bool parseGps( std::string_view gps, double &lat, double &lon )
{
  const size_t comma = gps.find( ',' );
  if ( comma == std::string_view::npos || gps.find( ',', comma + 1 ) != std::string_view::npos )
    return false;
  const auto a = parseNumber( gps.substr( 0, comma ) ), b = parseNumber( gps.substr( comma + 1 ) );
  if ( !a || !b || !std::isfinite( *a ) || !std::isfinite( *b ) || std::fabs( *a ) > 90 ||
       std::fabs( *b ) > 180 )
    return false;
  lat = *a;
  lon = *b;
  return true;
}

const std::string kLocationName = "location_name";

// Cells that are not columns.
constexpr uint32_t kGpsCell = 0xFFFFFF00u;          //!< the location's gps
constexpr uint32_t kGeometryTypeCell = 0xFFFFFF01u; //!< the type of a feature's geometry that is not a point
constexpr uint32_t kRawCell = 0xFFFFFF02u;          //!< an element that is not an object, as written
constexpr uint32_t kFeatureIdCell = 0xFFFFFF03u;    //!< a feature's id beside its properties

//! The length of the well-formed UTF-8 sequence at p (a byte of 0x80 or more), or 0.
size_t utf8Sequence( const char *p, const char *end )
{
  const auto b0 = static_cast<unsigned char>( p[0] );
  size_t n = 0;
  unsigned min = 0, code = 0;
  if ( b0 >= 0xC2 && b0 <= 0xDF )
  {
    n = 2;
    code = b0 & 0x1F;
    min = 0x80;
  }
  else if ( b0 >= 0xE0 && b0 <= 0xEF )
  {
    n = 3;
    code = b0 & 0x0F;
    min = 0x800;
  }
  else if ( b0 >= 0xF0 && b0 <= 0xF4 )
  {
    n = 4;
    code = b0 & 0x07;
    min = 0x10000;
  }
  else
    return 0;
  if ( static_cast<size_t>( end - p ) < n )
    return 0;
  for ( size_t i = 1; i < n; ++i )
  {
    const auto b = static_cast<unsigned char>( p[i] );
    if ( ( b & 0xC0 ) != 0x80 )
      return 0;
    code = ( code << 6 ) | ( b & 0x3F );
  }
  if ( code < min || code > 0x10FFFF || ( code >= 0xD800 && code <= 0xDFFF ) )
    return 0;
  return n;
}

void appendUtf8( std::string &out, unsigned code )
{
  if ( code < 0x80 )
    out += static_cast<char>( code );
  else if ( code < 0x800 )
  {
    out += static_cast<char>( 0xC0 | ( code >> 6 ) );
    out += static_cast<char>( 0x80 | ( code & 0x3F ) );
  }
  else if ( code < 0x10000 )
  {
    out += static_cast<char>( 0xE0 | ( code >> 12 ) );
    out += static_cast<char>( 0x80 | ( ( code >> 6 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( code & 0x3F ) );
  }
  else
  {
    out += static_cast<char>( 0xF0 | ( code >> 18 ) );
    out += static_cast<char>( 0x80 | ( ( code >> 12 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( ( code >> 6 ) & 0x3F ) );
    out += static_cast<char>( 0x80 | ( code & 0x3F ) );
  }
}

constexpr const char *kReplacement = "\xEF\xBF\xBD"; // U+FFFD

} // namespace

/**
 * Reads the feed's JSON in one pass into the source's rows, without building a document: each event's values
 * go to one arena, its point is read as it comes. Strict about the JSON's structure (a broken file is refused
 * with its line), lenient about its text (invalid UTF-8 is replaced and counted).
 */
class FeedReader
{
public:
  FeedReader( PoliceFeedSource &source, std::string_view text )
    : mSource( source ), mBegin( text.data() ), mPos( text.data() ), mEnd( text.data() + text.size() )
  {
    for ( size_t i = 0; i < FixedColumns; ++i )
      mColumnOf.emplace( kFixedColumns[i], static_cast<uint32_t>( i ) );
    for ( const char *key : { "location_name", "location.name", "locationname" } )
      mColumnOf[key] = LocationName;
    for ( const char *key : { "location_gps", "location.gps", "gps" } )
      mColumnOf[key] = kGpsCell;
  }

  Status read( const std::string &name )
  {
    skipSpace();
    if ( mPos + 3 <= mEnd && std::string_view( mPos, 3 ) == "\xEF\xBB\xBF" )
      mPos += 3;
    skipSpace();
    bool ok = true;
    if ( peek() == '[' )
      ok = events( false );
    else if ( peek() == '{' )
    {
      bool features = false;
      ok = members( 1,
                    [&]( const std::string &key )
                    {
                      if ( key != "features" || peek() != '[' )
                        return skipValue( 1 );
                      features = true;
                      return events( true );
                    } );
      if ( ok && !features )
        return Error( MessageCode::PoliceFeedNotArray, name );
    }
    else if ( mPos < mEnd )
      return Error( MessageCode::PoliceFeedNotArray, name );
    else
      ok = fail( "the file is empty" );
    if ( ok )
    {
      skipSpace();
      if ( mPos < mEnd )
        ok = fail( "there is more text after the end of the JSON" );
    }
    if ( !ok )
    {
      if ( mTooDeep )
        return Error( MessageCode::ImportJsonTooDeep, name, lineAt( mErrorAt ), kMaxJsonDepth );
      if ( mTooManyColumns )
        return Error( MessageCode::ImportTooManyColumns, name, static_cast<int64_t>( kMaxImportColumns + 1 ),
                      static_cast<int64_t>( kMaxImportColumns ) );
      return Error( MessageCode::PoliceFeedUnreadable, name,
                    "line " + std::to_string( lineAt( mErrorAt ) ) + ": " + mError );
    }
    return Done();
  }

  int64_t lineAt( const char *at ) const { return 1 + std::count( mBegin, at, '\n' ); }

private:
  bool fail( const std::string &what )
  {
    if ( mError.empty() )
    {
      mError = what;
      mErrorAt = std::min( mPos, mEnd );
    }
    return false;
  }
  void skipSpace()
  {
    while ( mPos < mEnd && ( *mPos == ' ' || *mPos == '\n' || *mPos == '\r' || *mPos == '\t' ) )
      ++mPos;
  }
  char peek()
  {
    skipSpace();
    return mPos < mEnd ? *mPos : '\0';
  }
  bool expect( char c, const char *what )
  {
    if ( peek() == c )
    {
      ++mPos;
      return true;
    }
    if ( mPos >= mEnd )
      return fail( std::string( "the text ends before " ) + what );
    return fail( std::string( "expected " ) + what + ", found '" + std::string( 1, *mPos ) + "'" );
  }

  //! A string at the cursor, decoded into out.
  bool string( std::string &out )
  {
    out.clear();
    return appendString( out );
  }
  //! The end of the run of bytes from p that are plain ASCII text in a string (not '"', '\\' or 0x80 and
  //! over), eight bytes at a time.
  const char *plainRun( const char *p ) const
  {
    constexpr uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while ( mEnd - p >= 8 )
    {
      uint64_t word;
      std::memcpy( &word, p, 8 );
      const uint64_t quote = word ^ ( ones * '"' ), backslash = word ^ ( ones * '\\' );
      const uint64_t special = ( ( quote - ones ) & ~quote ) | ( ( backslash - ones ) & ~backslash ) | word;
      if ( special & highs )
        break;
      p += 8;
    }
    while ( p < mEnd && *p != '"' && *p != '\\' && static_cast<unsigned char>( *p ) < 0x80 )
      ++p;
    return p;
  }
  /**
   * A string at the cursor that needs no decoding (no escape, valid UTF-8), as it stands in the text: the
   * cursor then moves past it. False, with the cursor where it was, for any other string.
   */
  bool verbatimString( const char *&begin, const char *&end )
  {
    const char *p = mPos + 1;
    while ( p < mEnd )
    {
      p = plainRun( p );
      if ( p >= mEnd || *p == '\\' )
        return false;
      if ( *p == '"' )
      {
        begin = mPos + 1;
        end = p;
        mPos = p + 1;
        return true;
      }
      const size_t n = utf8Sequence( p, mEnd );
      if ( !n )
        return false;
      p += n;
    }
    return false;
  }
  //! A string at the cursor, decoded and appended to out.
  bool appendString( std::string &out )
  {
    if ( !expect( '"', "a string" ) )
      return false;
    while ( mPos < mEnd )
    {
      // The plain run at once.
      const char *run = mPos;
      mPos = plainRun( mPos );
      out.append( run, static_cast<size_t>( mPos - run ) );
      if ( mPos >= mEnd )
        break;
      const char c = *mPos;
      if ( c == '"' )
      {
        ++mPos;
        return true;
      }
      if ( c == '\\' )
      {
        if ( ++mPos >= mEnd )
          break;
        const char e = *mPos++;
        switch ( e )
        {
        case '"':
        case '\\':
        case '/':
          out += e;
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u':
        {
          unsigned code = 0;
          if ( !hex4( code ) )
            return false;
          if ( code >= 0xD800 && code <= 0xDBFF && mPos + 6 <= mEnd && mPos[0] == '\\' && mPos[1] == 'u' )
          {
            const char *save = mPos;
            mPos += 2;
            unsigned low = 0;
            if ( peekHex4( low ) && low >= 0xDC00 && low <= 0xDFFF )
              code = 0x10000 + ( ( code - 0xD800 ) << 10 ) + ( low - 0xDC00 );
            else
              mPos = save;
          }
          if ( code == 0 || ( code >= 0xD800 && code <= 0xDFFF ) )
            replaced( mPos, out ); // a lone surrogate or a NUL: no text
          else
            appendUtf8( out, code );
          break;
        }
        default:
          --mPos;
          return fail( std::string( "'\\" ) + e + "' is not an escape in a JSON string" );
        }
        continue;
      }
      // A byte of 0x80 or more: a UTF-8 sequence, or an invalid byte replaced.
      const size_t n = utf8Sequence( mPos, mEnd );
      if ( n )
      {
        out.append( mPos, n );
        mPos += n;
      }
      else
      {
        replaced( mPos, out );
        ++mPos;
      }
    }
    return fail( "a string is not closed before the end of the file" );
  }
  //! Four hexadecimal digits at mPos, read past; quietly false (nothing read, no error) when they are not.
  bool peekHex4( unsigned &code )
  {
    if ( mEnd - mPos < 4 )
      return false;
    code = 0;
    for ( int i = 0; i < 4; ++i )
    {
      const char h = mPos[i];
      code <<= 4;
      if ( h >= '0' && h <= '9' )
        code |= static_cast<unsigned>( h - '0' );
      else if ( h >= 'a' && h <= 'f' )
        code |= static_cast<unsigned>( h - 'a' + 10 );
      else if ( h >= 'A' && h <= 'F' )
        code |= static_cast<unsigned>( h - 'A' + 10 );
      else
        return false;
    }
    mPos += 4;
    return true;
  }
  bool hex4( unsigned &code )
  {
    if ( peekHex4( code ) )
      return true;
    return fail( mEnd - mPos < 4 ? "a \\u escape is cut off" : "a \\u escape needs four hexadecimal digits" );
  }
  void replaced( const char *at, std::string &out )
  {
    out += kReplacement;
    if ( mSource.mReplacedBytes++ == 0 )
      mSource.mFirstReplacedLine = lineAt( at );
  }

  //! A number, true, false or null at the cursor: its text (numbers as written; an integral number written
  //! with a fraction or exponent as an integer, so that 123 and 123.0 are the same id).
  bool scalar( std::string &out )
  {
    out.clear();
    const char *start = mPos;
    while ( mPos < mEnd &&
            ( ( *mPos >= '0' && *mPos <= '9' ) || *mPos == '-' || *mPos == '+' || *mPos == '.' ||
              *mPos == 'e' || *mPos == 'E' || ( *mPos >= 'a' && *mPos <= 'z' ) ) )
      ++mPos;
    const std::string_view word( start, static_cast<size_t>( mPos - start ) );
    if ( word == "true" || word == "false" )
    {
      out.assign( word );
      return true;
    }
    if ( word == "null" )
      return true;
    const auto number = parseNumber( word );
    if ( word.empty() || !number || word.find_first_of( ", " ) != std::string_view::npos )
    {
      mPos = start;
      if ( mPos >= mEnd )
        return fail( "the text ends where a value should be" );
      return fail( "'" + std::string( word.empty() ? std::string_view( start, 1 ) : word ) +
                   "' is not a JSON value" );
    }
    if ( word.find_first_of( ".eE" ) != std::string_view::npos && std::isfinite( *number ) &&
         *number == std::floor( *number ) && std::fabs( *number ) < 1e15 )
      out = std::to_string( static_cast<long long>( *number ) );
    else
      out.assign( word );
    return true;
  }

  //! Skips any value, nested at most kMaxJsonDepth deep.
  bool skipValue( int depth )
  {
    const char c = peek();
    if ( c == '"' )
      return string( mScratch );
    if ( c == '{' )
      return members( depth + 1, [&]( const std::string & ) { return skipValue( depth + 1 ); } );
    if ( c == '[' )
      return elements( depth + 1, [&]() { return skipValue( depth + 1 ); } );
    return scalar( mScratch );
  }
  //! Any value as text appended to out: a string decoded, a scalar as scalar() gives it, an object or array
  //! as written.
  bool appendValue( std::string &out, int depth )
  {
    const char c = peek();
    if ( c == '"' )
      return appendString( out );
    if ( c == '{' || c == '[' )
    {
      const char *start = mPos;
      if ( !skipValue( depth ) )
        return false;
      out.append( start, static_cast<size_t>( mPos - start ) );
      return true;
    }
    if ( !scalar( mScratch ) )
      return false;
    out += mScratch;
    return true;
  }
  //! A value as the row's cell for column: a string that needs no decoding where it stands in the file,
  //! anything else read into the arena.
  bool valueCell( uint32_t column, int depth )
  {
    const char *begin = nullptr, *end = nullptr;
    if ( peek() == '"' && verbatimString( begin, end ) )
    {
      if ( end > begin )
      {
        mSource.mCells.push_back( PoliceFeedSource::Cell{
          column, static_cast<uint32_t>( std::min<ptrdiff_t>( end - begin, UINT32_MAX ) ),
          static_cast<uint64_t>( begin - mBegin ) | PoliceFeedSource::kInText } );
        ++mSource.mRows.back().cells;
      }
      return true;
    }
    std::string &arena = mSource.mArena;
    const size_t offset = arena.size();
    if ( !appendValue( arena, depth ) )
      return false;
    if ( arena.size() > offset )
    {
      mSource.mCells.push_back( PoliceFeedSource::Cell{
        column, static_cast<uint32_t>( std::min<size_t>( arena.size() - offset, UINT32_MAX ) ), offset } );
      ++mSource.mRows.back().cells;
    }
    return true;
  }
  //! An object's members: member( key ) reads each value.
  template <typename Member>
  bool members( int depth, Member member )
  {
    if ( depth > kMaxJsonDepth )
    {
      mTooDeep = true;
      return fail( "nested too deep" );
    }
    if ( !expect( '{', "an object" ) )
      return false;
    if ( peek() == '}' )
    {
      ++mPos;
      return true;
    }
    std::string key;
    while ( true )
    {
      if ( !string( key ) || !expect( ':', "':' after a member's name" ) || !member( key ) )
        return false;
      if ( peek() == ',' )
      {
        ++mPos;
        continue;
      }
      return expect( '}', "',' or '}' in an object" );
    }
  }
  template <typename Element>
  bool elements( int depth, Element element )
  {
    if ( depth > kMaxJsonDepth )
    {
      mTooDeep = true;
      return fail( "nested too deep" );
    }
    if ( !expect( '[', "a list" ) )
      return false;
    if ( peek() == ']' )
    {
      ++mPos;
      return true;
    }
    while ( true )
    {
      if ( !element() )
        return false;
      if ( peek() == ',' )
      {
        ++mPos;
        continue;
      }
      return expect( ']', "',' or ']' in a list" );
    }
  }

  void cell( uint32_t column, std::string_view text )
  {
    if ( text.empty() )
      return;
    mSource.mCells.push_back(
      PoliceFeedSource::Cell{ column, static_cast<uint32_t>( std::min<size_t>( text.size(), UINT32_MAX ) ),
                              static_cast<uint64_t>( mSource.mArena.size() ) } );
    mSource.mArena.append( text );
    ++mSource.mRows.back().cells;
  }
  //! The column a property's key fills; a new column for a key the feed does not have itself.
  bool columnOf( const std::string &key, uint32_t &column )
  {
    const auto it = mColumnOf.find( key );
    if ( it != mColumnOf.end() )
    {
      column = it->second;
      return true;
    }
    std::string name = key;
    while ( std::find( mSource.mColumns.begin(), mSource.mColumns.end(), name ) != mSource.mColumns.end() )
      name += "_2";
    if ( mSource.mColumns.size() >= kMaxImportColumns )
    {
      mTooManyColumns = true;
      return fail( "too many property names" );
    }
    column = static_cast<uint32_t>( mSource.mColumns.size() );
    mSource.mColumns.push_back( name );
    mColumnOf.emplace( key, column );
    return true;
  }
  //! The members of an event (or of a feature's properties) as cells.
  bool properties( int depth )
  {
    return members(
      depth,
      [&]( const std::string &key )
      {
        if ( key == "location" && peek() == '{' )
          return members( depth + 1,
                          [&]( const std::string &inner )
                          {
                            if ( inner != "name" && inner != "gps" )
                              return skipValue( depth + 1 );
                            return valueCell(
                              inner == "name" ? static_cast<uint32_t>( LocationName ) : kGpsCell, depth + 1 );
                          } );
        uint32_t column = 0;
        return columnOf( key == "location" ? kLocationName : key, column ) && valueCell( column, depth );
      } );
  }
  bool geometry( int depth, PoliceFeedSource::Event &event )
  {
    if ( peek() != '{' )
      return skipValue( depth ); // null: the gps gives the point
    std::string type;
    double xy[2] = { 0, 0 };
    int numbers = 0;
    bool nested = false;
    if ( !members( depth,
                   [&]( const std::string &key )
                   {
                     if ( key == "type" && peek() == '"' )
                       return string( type );
                     if ( key != "coordinates" || peek() != '[' )
                       return skipValue( depth + 1 );
                     return elements( depth + 1,
                                      [&]()
                                      {
                                        if ( peek() == '[' || peek() == '{' )
                                        {
                                          nested = true;
                                          return skipValue( depth + 1 );
                                        }
                                        if ( !scalar( mScratch ) )
                                          return false;
                                        const auto v = parseNumber( mScratch );
                                        if ( v && numbers < 2 )
                                          xy[numbers] = *v;
                                        numbers += v ? 1 : 0;
                                        return true;
                                      } );
                   } ) )
      return false;
    if ( type == "Point" && numbers >= 2 && !nested )
    {
      event.point = PoliceFeedSource::Event::Point::Given;
      event.x = xy[0];
      event.y = xy[1];
    }
    else if ( !type.empty() && type != "Point" )
    {
      event.point = PoliceFeedSource::Event::Point::NotPoint;
      cell( kGeometryTypeCell, type );
    }
    return true;
  }
  //! The events (or features): each one a row.
  bool events( bool geojson )
  {
    mSource.mGeoJson = geojson;
    return elements( geojson ? 2 : 1,
                     [&]()
                     {
                       mSource.mRows.emplace_back();
                       mSource.mRows.back().firstCell = mSource.mCells.size();
                       const int depth = geojson ? 3 : 2;
                       if ( peek() != '{' )
                       {
                         const char *start = mPos;
                         if ( !skipValue( depth ) )
                           return false;
                         cell( kRawCell, std::string_view( start, static_cast<size_t>( mPos - start ) ) );
                         return true;
                       }
                       if ( !geojson )
                         return properties( depth );
                       return members( depth,
                                       [&]( const std::string &key )
                                       {
                                         if ( key == "properties" && peek() == '{' )
                                           return properties( depth + 1 );
                                         if ( key == "geometry" )
                                           return geometry( depth + 1, mSource.mRows.back() );
                                         if ( key != "id" )
                                           return skipValue( depth + 1 );
                                         return valueCell( kFeatureIdCell, depth + 1 );
                                       } );
                     } );
  }

  PoliceFeedSource &mSource;
  const char *mBegin, *mPos, *mEnd;
  std::string mError;
  const char *mErrorAt = nullptr;
  bool mTooDeep = false, mTooManyColumns = false;
  std::unordered_map<std::string, uint32_t> mColumnOf;
  std::string mScratch;
};

namespace
{
} // namespace

bool looksLikePoliceFeed( const std::string &path )
{
  std::ifstream in( path, std::ios::binary );
  std::string head( 256 * 1024, '\0' );
  in.read( head.data(), static_cast<std::streamsize>( head.size() ) );
  head.resize( static_cast<size_t>( std::max<std::streamsize>( 0, in.gcount() ) ) );
  // Quick refusal for the many files that cannot be the feed.
  if ( head.find( "\"datetime\"" ) == std::string::npos )
    return false;
  HeadScanner scanner( head );
  std::set<std::string> keys;
  if ( scanner.peek() == '[' )
  {
    scanner.consume( '[' );
    return eventKeys( scanner, keys ) && keys.count( "datetime" ) && keys.count( "type" ) &&
           ( keys.count( "location" ) || hasLocation( keys ) );
  }
  // A GeoJSON FeatureCollection: the first feature's properties.
  bool found = false;
  scanner.object(
    [&]( const std::string &key )
    {
      if ( key != "features" || found )
        return scanner.skipValue();
      if ( !scanner.consume( '[' ) )
        return false;
      found = scanner.object(
        [&]( const std::string &member )
        {
          if ( member == "properties" && scanner.peek() == '{' )
            return eventKeys( scanner, keys );
          return scanner.skipValue();
        } );
      return false; // enough has been read
    } );
  return found && keys.count( "datetime" ) && keys.count( "type" ) && hasLocation( keys );
}

PoliceFeedSource::~PoliceFeedSource()
{
  if ( mText )
    munmap( const_cast<char *>( mText ), mTextSize );
}

PoliceFeedSource::PoliceFeedSource( std::string path ) : mPath( std::move( path ) )
{
  mWgs84.importFromEPSG( 4326 );
  mWgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  for ( const char *column : kFixedColumns )
    mColumns.emplace_back( column );
}

Status PoliceFeedSource::open()
{
  const std::string name = fileName( mPath );
  // The file mapped as a whole (the feed of a year is some 30 MB) and kept so: most values are read where
  // they stand in it.
  {
    const int fd = ::open( mPath.c_str(), O_RDONLY | O_CLOEXEC );
    if ( fd < 0 )
      return Error( MessageCode::PoliceFeedUnreadable, name, std::strerror( errno ) );
    struct stat st;
    if ( fstat( fd, &st ) != 0 || st.st_size <= 0 )
    {
      ::close( fd );
      return Error( MessageCode::ImportFileEmpty, name );
    }
    void *mapped = mmap( nullptr, static_cast<size_t>( st.st_size ), PROT_READ, MAP_PRIVATE, fd, 0 );
    ::close( fd );
    if ( mapped == MAP_FAILED )
      return Error( MessageCode::PoliceFeedUnreadable, name, std::strerror( errno ) );
    madvise( mapped, static_cast<size_t>( st.st_size ), MADV_SEQUENTIAL );
    mText = static_cast<const char *>( mapped );
    mTextSize = static_cast<size_t>( st.st_size );
  }
  const size_t size = mTextSize;
  // An event takes some 300 bytes in some 9 values; the arena holds only values that had to be decoded.
  mArena.reserve( size / 16 );
  mRows.reserve( size / 250 );
  mCells.reserve( size / 250 * 9 );
  FeedReader reader( *this, std::string_view( mText, size ) );
  const Status read = reader.read( name );
  if ( !read )
    return read;
  if ( mRows.empty() )
    return Error( MessageCode::ImportNoRows, name );
  return Done();
}

std::string PoliceFeedSource::format() const
{
  return mGeoJson ? "Police feed (GeoJSON)" : "Police feed (JSON)";
}

double PoliceFeedSource::progress() const
{
  return mRows.empty() ? 1.0 : static_cast<double>( mNext ) / static_cast<double>( mRows.size() );
}

std::vector<Message> PoliceFeedSource::warnings() const
{
  if ( mReplacedBytes == 0 )
    return {};
  return { Message::make( MessageCode::ImportInvalidBytesReplaced, fileName( mPath ), mReplacedBytes,
                          mFirstReplacedLine ) };
}

std::map<std::string, std::string> PoliceFeedSource::defaultMapping() const
{
  return { { "event_id", "id" },
           { "date", "datetime" },
           { "category", "type" },
           { "description", "name" },
           { "summary", "summary" },
           { "place_name", "location_name" },
           { "place_precision", "place_precision" } };
}

const std::string &PoliceFeedSource::precisionOf( std::string_view locationName, bool pointOfItsOwn )
{
  mKey.assign( pointOfItsOwn ? "1" : "0" );
  mKey.append( locationName.data(), locationName.size() );
  auto it = mPrecisionByName.find( mKey );
  if ( it != mPrecisionByName.end() )
    return it->second;
  std::string precision;
  const std::string_view trimmed = trim( locationName );
  if ( !trimmed.empty() )
  {
    const SwedishPlace *named = findSwedishPlace( std::string( trimmed ) );
    if ( named )
      precision = named->county ? "county" : "municipality";
    else if ( pointOfItsOwn )
      precision = "street"; // placed by whoever converted the feed, at a finer place than a municipality
    else
    {
      // The feed's gps is the stand-in point of the municipality or county it names, whatever the name says
      // besides ("Kristinehamn, Stora torget"), and of one the app does not know by name too.
      const std::string_view first = trim( trimmed.substr( 0, trimmed.find( ',' ) ) );
      const SwedishPlace *place = findSwedishPlace( std::string( first ) );
      std::string lower( first );
      for ( char &c : lower )
        c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
      const std::string_view suffix = " l\xC3\xA4n"; // " län"
      const bool county = place ? place->county
                                : lower.size() >= suffix.size() &&
                                    lower.compare( lower.size() - suffix.size(), suffix.size(), suffix ) == 0;
      precision = county ? "county" : "municipality";
    }
  }
  else if ( !pointOfItsOwn )
    precision = "municipality";
  return mPrecisionByName.emplace( mKey, precision ).first->second;
}

bool PoliceFeedSource::next( SourceRow &row )
{
  return read( row, true );
}

bool PoliceFeedSource::read( SourceRow &row, bool full )
{
  if ( mNext >= mRows.size() )
    return false;
  const Event &event = mRows[mNext++];
  row.rowNumber = static_cast<int64_t>( mNext );
  mValues.assign( mColumns.size(), std::string_view() );
  std::string_view gps, geometryType, rawJson, featureId;
  bool hasGps = false;
  for ( uint64_t i = event.firstCell; i < event.firstCell + event.cells; ++i )
  {
    const Cell &c = mCells[i];
    const std::string_view text(
      ( c.offset & kInText ) ? mText + ( c.offset & ~kInText ) : mArena.data() + c.offset, c.size );
    switch ( c.column )
    {
    case kGpsCell:
      gps = text;
      hasGps = true;
      break;
    case kGeometryTypeCell:
      geometryType = text;
      break;
    case kRawCell:
      rawJson = text;
      break;
    case kFeatureIdCell:
      featureId = text;
      break;
    default:
      mValues[c.column] = text;
    }
  }
  // A GeoJSON feature may carry its id beside its properties.
  if ( mValues[Id].empty() )
    mValues[Id] = featureId;
  if ( !full )
  {
    row.values.assign( mValues.begin(), mValues.end() );
    return true;
  }
  row.hasGeometry = false;
  row.geometryProblem.reset();
  row.structureProblem.reset();
  if ( event.point == Event::Point::Given )
  {
    row.hasGeometry = true;
    row.gx = event.x;
    row.gy = event.y;
  }
  else if ( event.point == Event::Point::NotPoint )
    row.geometryProblem = Message::make( MessageCode::ImportRowNotAPoint, geometryType );
  else
  {
    double lat = 0, lon = 0;
    if ( parseGps( gps, lat, lon ) )
    {
      row.hasGeometry = true;
      row.gx = lon;
      row.gy = lat;
    }
    else
      row.geometryProblem = Message::make( MessageCode::ImportRowBadGps, "'" + std::string( gps ) + "'" );
  }
  // The place's precision, unless the file says it: a point of the feed's gps stands in for the municipality
  // or county; a GeoJSON feature placed elsewhere than its gps has a point of its own.
  if ( mValues[Precision].empty() )
  {
    bool pointOfItsOwn = false;
    if ( event.point == Event::Point::Given )
    {
      double lat = 0, lon = 0;
      // Within about 10 m of the gps (a converter that writes fewer decimals) it is the gps.
      pointOfItsOwn = !hasGps || !parseGps( gps, lat, lon ) || std::fabs( lat - event.y ) > 1e-4 ||
                      std::fabs( lon - event.x ) > 1e-4;
    }
    mValues[Precision] = precisionOf( mValues[LocationName], pointOfItsOwn );
  }

  // The row as the user reads it in the rejects: name=value pairs, the gps after the place's name.
  mRaw.clear();
  if ( !rawJson.empty() )
    mRaw.assign( rawJson );
  for ( size_t i = 0; i < mColumns.size(); ++i )
  {
    if ( i == Precision || ( mValues[i].empty() && !( i == LocationName && hasGps ) ) )
      continue;
    if ( !mValues[i].empty() )
    {
      if ( !mRaw.empty() )
        mRaw += "; ";
      mRaw += mColumns[i];
      mRaw += '=';
      mRaw += mValues[i];
    }
    if ( i == LocationName && hasGps )
    {
      mRaw += mRaw.empty() ? "gps=" : "; gps=";
      mRaw += gps;
    }
  }
  size_t longest = 0;
  for ( size_t i = 0; i < mValues.size(); ++i )
    if ( mValues[i].size() > mValues[longest].size() )
      longest = i;
  row.raw = mRaw;
  if ( mValues[longest].size() > kMaxValueBytes )
  {
    row.structureProblem = Message::make( MessageCode::ImportRowValueTooLong, mColumns[longest],
                                          static_cast<int64_t>( mValues[longest].size() ),
                                          static_cast<int64_t>( kMaxValueBytes ) );
    mShortenedRaw = shortenedRaw( mRaw );
    row.raw = mShortenedRaw;
  }
  row.values.assign( mValues.begin(), mValues.end() );
  return true;
}

std::string PoliceFeedSource::hashContent()
{
  Sha256 sha;
  if ( mText ) // the mapping is only read: the hash may run beside the import
  {
    sha.update( mText, mTextSize );
    return sha.hexDigest();
  }
  return sha256OfFile( mPath );
}

} // namespace tryggkarta

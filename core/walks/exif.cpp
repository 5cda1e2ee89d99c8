#include "exif.h"

#include "calendar.h"
#include "stockholmzone.h"

#include <cmath>
#include <cstdio>
#include <cstring>

namespace tryggkarta
{

namespace
{

constexpr unsigned char kExifHeader[6] = { 'E', 'x', 'i', 'f', 0, 0 };

// TIFF field types and the tags read here.
enum : uint16_t
{
  kByte = 1,
  kAscii = 2,
  kShort = 3,
  kLong = 4,
  kRational = 5,
  kUndefined = 7,
  kSRational = 10,
  kIfd = 13,
};
enum : uint16_t
{
  kTagOrientation = 0x0112,
  kTagExifIfd = 0x8769,
  kTagGpsIfd = 0x8825,
  kTagDateTimeOriginal = 0x9003,
  kTagOffsetTimeOriginal = 0x9011,
  kTagGpsVersion = 0x0000,
  kTagGpsLatitudeRef = 0x0001,
  kTagGpsLatitude = 0x0002,
  kTagGpsLongitudeRef = 0x0003,
  kTagGpsLongitude = 0x0004,
  kTagGpsAltitudeRef = 0x0005,
  kTagGpsAltitude = 0x0006,
  kTagGpsTimeStamp = 0x0007,
  kTagGpsDateStamp = 0x001D,
};

//! Bytes per value of a TIFF field type; 0 for a type this reader does not know.
uint64_t typeSize( uint16_t type )
{
  switch ( type )
  {
  case 1:
  case 2:
  case 6:
  case 7:
    return 1;
  case 3:
  case 8:
    return 2;
  case 4:
  case 9:
  case 11:
  case 13:
    return 4;
  case 5:
  case 10:
  case 12:
    return 8;
  default:
    return 0;
  }
}

//! Thrown inside the reader for a damaged block; becomes the reader's error.
struct Damaged
{
  Message message;
};

//! The TIFF structure inside an APP1 Exif segment, every read checked against its end.
class TiffBlock
{
public:
  TiffBlock( const unsigned char *data, size_t size, size_t fileOffset )
    : mData( data ), mSize( size ), mFileOffset( fileOffset )
  {
  }

  bool bigEndian() const { return mBig; }
  void setBigEndian( bool big ) { mBig = big; }

  //! Throws when [at, at + length) is not inside the block.
  void need( uint64_t at, uint64_t length ) const
  {
    if ( at + length > mSize )
      throw Damaged{ Message::make( MessageCode::ExifCutShort, static_cast<int64_t>( mFileOffset + mSize ),
                                    static_cast<int64_t>( mFileOffset + at + length ) ) };
  }
  uint16_t u16( uint64_t at ) const
  {
    need( at, 2 );
    const unsigned char *p = mData + at;
    return mBig ? static_cast<uint16_t>( p[0] << 8 | p[1] ) : static_cast<uint16_t>( p[1] << 8 | p[0] );
  }
  uint32_t u32( uint64_t at ) const
  {
    need( at, 4 );
    const unsigned char *p = mData + at;
    return mBig ? static_cast<uint32_t>( p[0] ) << 24 | static_cast<uint32_t>( p[1] ) << 16 |
                    static_cast<uint32_t>( p[2] ) << 8 | p[3]
                : static_cast<uint32_t>( p[3] ) << 24 | static_cast<uint32_t>( p[2] ) << 16 |
                    static_cast<uint32_t>( p[1] ) << 8 | p[0];
  }
  unsigned char byte( uint64_t at ) const
  {
    need( at, 1 );
    return mData[at];
  }

private:
  const unsigned char *mData;
  size_t mSize;
  size_t mFileOffset;
  bool mBig = false;
};

//! One directory entry: where its value lies in the block (checked only when the value is read).
struct Entry
{
  uint16_t tag = 0;
  uint16_t type = 0;
  uint32_t count = 0;
  uint64_t valueAt = 0;
};

std::vector<Entry> readDirectory( const TiffBlock &block, uint32_t offset )
{
  const uint16_t count = block.u16( offset );
  // The whole directory, its entries and the pointer to the next one, must be there.
  block.need( uint64_t( offset ) + 2, uint64_t( count ) * 12 + 4 );
  std::vector<Entry> entries;
  entries.reserve( count );
  for ( uint16_t i = 0; i < count; ++i )
  {
    const uint64_t at = uint64_t( offset ) + 2 + uint64_t( i ) * 12;
    Entry entry;
    entry.tag = block.u16( at );
    entry.type = block.u16( at + 2 );
    entry.count = block.u32( at + 4 );
    const uint64_t size = typeSize( entry.type ) * entry.count;
    entry.valueAt = size <= 4 ? at + 8 : block.u32( at + 8 );
    entries.push_back( entry );
  }
  return entries;
}

const Entry *findEntry( const std::vector<Entry> &entries, uint16_t tag )
{
  for ( const Entry &e : entries )
    if ( e.tag == tag )
      return &e;
  return nullptr;
}

//! An ASCII value up to its first NUL, trailing blanks removed; the value must lie inside the block.
std::string asciiValue( const TiffBlock &block, const Entry &e )
{
  block.need( e.valueAt, e.count );
  std::string text;
  for ( uint32_t i = 0; i < e.count; ++i )
  {
    const char c = static_cast<char>( block.byte( e.valueAt + i ) );
    if ( c == '\0' )
      break;
    text += c;
  }
  while ( !text.empty() && ( text.back() == ' ' || text.back() == '\t' ) )
    text.pop_back();
  return text;
}

struct Rational
{
  uint32_t numerator = 0;
  uint32_t denominator = 0;
};

std::vector<Rational> rationalValues( const TiffBlock &block, const Entry &e )
{
  block.need( e.valueAt, uint64_t( e.count ) * 8 );
  std::vector<Rational> values;
  for ( uint32_t i = 0; i < e.count && i < 3; ++i )
    values.push_back(
      { block.u32( e.valueAt + 8 * uint64_t( i ) ), block.u32( e.valueAt + 8 * uint64_t( i ) + 4 ) } );
  return values;
}

std::string rationalText( const std::vector<Rational> &values )
{
  std::string text;
  for ( const Rational &r : values )
    text +=
      ( text.empty() ? "" : ", " ) + std::to_string( r.numerator ) + "/" + std::to_string( r.denominator );
  return text;
}

//! A whole number from a SHORT, LONG or IFD value.
std::optional<uint32_t> integerValue( const TiffBlock &block, const Entry &e )
{
  if ( e.count < 1 )
    return std::nullopt;
  if ( e.type == kShort )
    return block.u16( e.valueAt );
  if ( e.type == kLong || e.type == kIfd )
    return block.u32( e.valueAt );
  return std::nullopt;
}

bool digitsAt( const std::string &text, size_t at, size_t count )
{
  for ( size_t i = 0; i < count; ++i )
    if ( at + i >= text.size() || text[at + i] < '0' || text[at + i] > '9' )
      return false;
  return true;
}

int numberAt( const std::string &text, size_t at, size_t count )
{
  int value = 0;
  for ( size_t i = 0; i < count; ++i )
    value = value * 10 + ( text[at + i] - '0' );
  return value;
}

//! Days since 1970 of "YYYY:MM:DD" (EXIF writes colons), nothing when it is not an existing date.
std::optional<int64_t> exifDays( const std::string &text )
{
  if ( text.size() < 10 || text[4] != ':' || text[7] != ':' || !digitsAt( text, 0, 4 ) ||
       !digitsAt( text, 5, 2 ) || !digitsAt( text, 8, 2 ) )
    return std::nullopt;
  std::string iso = text.substr( 0, 10 );
  iso[4] = iso[7] = '-';
  return parseIsoDate( iso );
}

//! Seconds of the day of "HH:MM:SS", nothing when it is not a time of day.
std::optional<int64_t> exifTimeOfDay( const std::string &text, size_t at )
{
  if ( text.size() < at + 8 || text[at + 2] != ':' || text[at + 5] != ':' || !digitsAt( text, at, 2 ) ||
       !digitsAt( text, at + 3, 2 ) || !digitsAt( text, at + 6, 2 ) )
    return std::nullopt;
  const int h = numberAt( text, at, 2 ), m = numberAt( text, at + 3, 2 ), s = numberAt( text, at + 6, 2 );
  if ( h > 23 || m > 59 || s > 60 )
    return std::nullopt;
  return h * 3600 + m * 60 + s;
}

//! Minutes east of UTC of "+HH:MM" / "-HH:MM", nothing otherwise.
std::optional<int> exifOffsetMinutes( const std::string &text )
{
  if ( text.size() != 6 || ( text[0] != '+' && text[0] != '-' ) || text[3] != ':' ||
       !digitsAt( text, 1, 2 ) || !digitsAt( text, 4, 2 ) )
    return std::nullopt;
  const int minutes = numberAt( text, 1, 2 ) * 60 + numberAt( text, 4, 2 );
  if ( minutes > 14 * 60 || numberAt( text, 4, 2 ) > 59 )
    return std::nullopt;
  return text[0] == '-' ? -minutes : minutes;
}

void ignore( ExifRead &read, const char *what, const std::string &value )
{
  read.ignored.push_back( Message::make( MessageCode::ExifValueIgnored, what, value ) );
}

//! Degrees from the three rationals of a GPS latitude or longitude, nothing when they are not a position.
std::optional<double> degrees( const std::vector<Rational> &parts, double limit )
{
  if ( parts.empty() )
    return std::nullopt;
  double value = 0;
  const double scale[3] = { 1, 60, 3600 };
  for ( size_t i = 0; i < parts.size(); ++i )
  {
    if ( parts[i].denominator == 0 )
      return std::nullopt;
    const double part = double( parts[i].numerator ) / parts[i].denominator;
    if ( i > 0 && part >= 60 )
      return std::nullopt;
    value += part / scale[i];
  }
  if ( value > limit )
    return std::nullopt;
  return value;
}

void readGps( const TiffBlock &block, uint32_t offset, ExifRead &read )
{
  const std::vector<Entry> gps = readDirectory( block, offset );
  ExifTags &tags = read.tags;
  // Latitude and longitude: three rationals each and a reference letter; both or neither.
  std::optional<double> coordinate[2];
  const struct
  {
    uint16_t tag, refTag;
    double limit;
    char positive, negative;
    const char *name;
  } axes[2] = { { kTagGpsLatitude, kTagGpsLatitudeRef, 90, 'N', 'S', "GPSLatitude" },
                { kTagGpsLongitude, kTagGpsLongitudeRef, 180, 'E', 'W', "GPSLongitude" } };
  bool anyPosition = false;
  for ( int a = 0; a < 2; ++a )
  {
    const Entry *value = findEntry( gps, axes[a].tag );
    if ( !value )
      continue;
    anyPosition = true;
    if ( value->type != kRational && value->type != kSRational )
    {
      ignore( read, axes[a].name, "type " + std::to_string( value->type ) );
      continue;
    }
    const std::vector<Rational> parts = rationalValues( block, *value );
    const std::optional<double> magnitude = degrees( parts, axes[a].limit );
    if ( !magnitude )
    {
      ignore( read, axes[a].name, rationalText( parts ) );
      continue;
    }
    char ref = axes[a].positive;
    if ( const Entry *refEntry = findEntry( gps, axes[a].refTag ) )
    {
      const std::string text = asciiValue( block, *refEntry );
      ref = text.empty() ? axes[a].positive : text[0];
      if ( ref != axes[a].positive && ref != axes[a].negative )
      {
        ignore( read, axes[a].name, "reference '" + text + "'" );
        continue;
      }
    }
    coordinate[a] = ref == axes[a].negative ? -*magnitude : *magnitude;
  }
  if ( coordinate[0] && coordinate[1] )
  {
    tags.latitude = coordinate[0];
    tags.longitude = coordinate[1];
  }
  else if ( anyPosition && ( coordinate[0] || coordinate[1] ) )
    ignore( read, coordinate[0] ? "GPSLatitude" : "GPSLongitude", "without its other half" );

  if ( const Entry *altitude = findEntry( gps, kTagGpsAltitude ) )
  {
    const std::vector<Rational> parts =
      altitude->type == kRational ? rationalValues( block, *altitude ) : std::vector<Rational>();
    if ( parts.empty() || parts[0].denominator == 0 )
      ignore( read, "GPSAltitude",
              parts.empty() ? "type " + std::to_string( altitude->type ) : rationalText( parts ) );
    else
    {
      double metres = double( parts[0].numerator ) / parts[0].denominator;
      if ( const Entry *ref = findEntry( gps, kTagGpsAltitudeRef ) )
        if ( ref->count >= 1 && ( ref->type == kByte || ref->type == kUndefined ) &&
             block.byte( ref->valueAt ) == 1 )
          metres = -metres;
      tags.altitudeMeters = metres;
    }
  }

  if ( const Entry *date = findEntry( gps, kTagGpsDateStamp ) )
  {
    const std::string text = asciiValue( block, *date );
    if ( exifDays( text ) && text.size() == 10 )
      tags.gpsDate = text;
    else
      ignore( read, "GPSDateStamp", "'" + text + "'" );
  }
  if ( const Entry *time = findEntry( gps, kTagGpsTimeStamp ) )
  {
    const std::vector<Rational> parts =
      time->type == kRational ? rationalValues( block, *time ) : std::vector<Rational>();
    bool valid = parts.size() == 3;
    double seconds = 0;
    const double limits[3] = { 24, 60, 61 };
    const double scale[3] = { 3600, 60, 1 };
    for ( size_t i = 0; valid && i < 3; ++i )
    {
      valid = parts[i].denominator != 0;
      const double part = valid ? double( parts[i].numerator ) / parts[i].denominator : 0;
      valid = valid && part < limits[i];
      seconds += part * scale[i];
    }
    if ( valid )
      tags.gpsTimeSeconds = seconds;
    else
      ignore( read, "GPSTimeStamp",
              parts.empty() ? "type " + std::to_string( time->type ) : rationalText( parts ) );
  }
}

void readExifDirectory( const TiffBlock &block, uint32_t offset, ExifRead &read )
{
  const std::vector<Entry> exif = readDirectory( block, offset );
  ExifTags &tags = read.tags;
  if ( const Entry *time = findEntry( exif, kTagDateTimeOriginal ) )
  {
    const std::string text = asciiValue( block, *time );
    tags.dateTimeOriginal = text;
    // Cameras whose clock was never set write zeros or blanks: no time, nothing to say.
    const bool unset = text.empty() || text.find_first_not_of( "0: " ) == std::string::npos;
    if ( unset )
      tags.dateTimeOriginal.clear();
    else if ( !exifDays( text ) || !exifTimeOfDay( text, 11 ) || text.size() < 19 || text[10] != ' ' )
    {
      tags.dateTimeOriginal.clear();
      ignore( read, "DateTimeOriginal", "'" + text + "'" );
    }
    else
      tags.dateTimeOriginal = text.substr( 0, 19 );
  }
  if ( const Entry *offsetTime = findEntry( exif, kTagOffsetTimeOriginal ) )
  {
    const std::string text = asciiValue( block, *offsetTime );
    if ( exifOffsetMinutes( text ) )
      tags.offsetTimeOriginal = text;
    else if ( !text.empty() && text.find_first_not_of( " :" ) != std::string::npos )
      ignore( read, "OffsetTimeOriginal", "'" + text + "'" );
  }
}

ExifRead readTiff( const TiffBlock &constBlock )
{
  TiffBlock block = constBlock;
  block.need( 0, 8 );
  const unsigned char order[2] = { block.byte( 0 ), block.byte( 1 ) };
  if ( order[0] == 'M' && order[1] == 'M' )
    block.setBigEndian( true );
  else if ( !( order[0] == 'I' && order[1] == 'I' ) )
    throw Damaged{ Message::make( MessageCode::ExifBadHeader ) };
  if ( block.u16( 2 ) != 42 )
    throw Damaged{ Message::make( MessageCode::ExifBadHeader ) };
  ExifRead read;
  read.tags.bigEndian = block.bigEndian();
  const std::vector<Entry> ifd0 = readDirectory( block, block.u32( 4 ) );
  if ( const Entry *orientation = findEntry( ifd0, kTagOrientation ) )
  {
    const auto value = integerValue( block, *orientation );
    if ( value && *value >= 1 && *value <= 8 )
      read.tags.orientation = static_cast<int>( *value );
    else
      ignore( read, "Orientation",
              value ? std::to_string( *value ) : "type " + std::to_string( orientation->type ) );
  }
  // Each sub-directory is read once, from IFD0 only: no chain is followed, so no loop can form.
  if ( const Entry *exif = findEntry( ifd0, kTagExifIfd ) )
  {
    if ( const auto offset = integerValue( block, *exif ) )
      readExifDirectory( block, *offset, read );
  }
  if ( const Entry *gps = findEntry( ifd0, kTagGpsIfd ) )
  {
    if ( const auto offset = integerValue( block, *gps ) )
      readGps( block, *offset, read );
  }
  return read;
}

//! A JPEG marker segment: its marker and where its content lies (after the length).
struct Segment
{
  unsigned char marker = 0;
  size_t start = 0;     //!< the 0xFF of its marker
  size_t dataStart = 0; //!< after the length
  size_t end = 0;       //!< one past its last byte (may lie past the end of a cut file)
};

bool isExifSegment( const unsigned char *data, size_t size, const Segment &s )
{
  return s.marker == 0xE1 && s.end - s.dataStart >= sizeof kExifHeader &&
         s.dataStart + sizeof kExifHeader <= size &&
         std::memcmp( data + s.dataStart, kExifHeader, sizeof kExifHeader ) == 0;
}

/**
 * The JPEG's header segments up to the start of its image data (SOS) or its end; imageStart is where the
 * image data's marker begins. Throws Damaged when the headers are cut short or broken; a segment whose length
 * runs past the end of the data is returned as it is (the EXIF reader reads what is there).
 */
std::vector<Segment> headerSegments( const unsigned char *data, size_t size, size_t &imageStart )
{
  std::vector<Segment> segments;
  size_t pos = 2;
  imageStart = size;
  while ( pos < size )
  {
    if ( data[pos] != 0xFF )
      throw Damaged{ Message::make( MessageCode::ExifJpegBadMarker, static_cast<int64_t>( pos ) ) };
    size_t markerAt = pos;
    while ( pos < size && data[pos] == 0xFF )
      ++pos;
    if ( pos >= size )
      break;
    const unsigned char marker = data[pos++];
    if ( marker == 0xD8 || marker == 0x01 || ( marker >= 0xD0 && marker <= 0xD7 ) )
      continue;
    if ( marker == 0xDA || marker == 0xD9 )
    {
      imageStart = markerAt;
      return segments;
    }
    if ( pos + 2 > size )
      throw Damaged{ Message::make( MessageCode::ExifJpegCutShort, static_cast<int64_t>( size ) ) };
    const size_t length = size_t( data[pos] ) << 8 | data[pos + 1];
    if ( length < 2 )
      throw Damaged{ Message::make( MessageCode::ExifJpegBadMarker, static_cast<int64_t>( markerAt ) ) };
    Segment segment{ marker, markerAt, pos + 2, pos + length };
    segments.push_back( segment );
    if ( segment.end > size )
    {
      if ( isExifSegment( data, size, segment ) )
        return segments;
      throw Damaged{ Message::make( MessageCode::ExifJpegCutShort, static_cast<int64_t>( size ) ) };
    }
    pos = segment.end;
  }
  throw Damaged{ Message::make( MessageCode::ExifJpegCutShort, static_cast<int64_t>( size ) ) };
}

// --- Writing ---

class TiffWriter
{
public:
  explicit TiffWriter( bool big ) : mBig( big ) {}
  std::vector<unsigned char> &bytes() { return mBytes; }
  void put16( uint16_t v )
  {
    const unsigned char b[2] = { static_cast<unsigned char>( v >> 8 ), static_cast<unsigned char>( v ) };
    put( b, 2 );
  }
  void put32( uint32_t v )
  {
    const unsigned char b[4] = { static_cast<unsigned char>( v >> 24 ), static_cast<unsigned char>( v >> 16 ),
                                 static_cast<unsigned char>( v >> 8 ), static_cast<unsigned char>( v ) };
    put( b, 4 );
  }
  void patch32( size_t at, uint32_t v )
  {
    for ( int i = 0; i < 4; ++i )
      mBytes[at + ( mBig ? i : 3 - i )] = static_cast<unsigned char>( v >> ( 24 - 8 * i ) );
  }

  //! An entry's value as the bytes of the block's order.
  struct Value
  {
    uint16_t tag = 0;
    uint16_t type = 0;
    uint32_t count = 0;
    std::vector<unsigned char> bytes;
  };
  Value ascii( uint16_t tag, const std::string &text )
  {
    Value v{ tag, kAscii, static_cast<uint32_t>( text.size() + 1 ), {} };
    v.bytes.assign( text.begin(), text.end() );
    v.bytes.push_back( 0 );
    return v;
  }
  Value rationals( uint16_t tag, const std::vector<Rational> &values )
  {
    Value v{ tag, kRational, static_cast<uint32_t>( values.size() ), {} };
    TiffWriter scratch( mBig );
    for ( const Rational &r : values )
    {
      scratch.put32( r.numerator );
      scratch.put32( r.denominator );
    }
    v.bytes = scratch.mBytes;
    return v;
  }
  Value bytesValue( uint16_t tag, uint16_t type, std::vector<unsigned char> bytes )
  {
    return { tag, type, static_cast<uint32_t>( bytes.size() ), std::move( bytes ) };
  }
  Value shortValue( uint16_t tag, uint16_t value )
  {
    TiffWriter scratch( mBig );
    scratch.put16( value );
    scratch.put16( 0 );
    return { tag, kShort, 1, scratch.mBytes };
  }
  Value longValue( uint16_t tag, uint32_t value )
  {
    TiffWriter scratch( mBig );
    scratch.put32( value );
    return { tag, kLong, 1, scratch.mBytes };
  }

  /**
   * Writes a directory (entries in tag order) followed by its values that do not fit in an entry; returns
   * where each entry's value field is, for pointers patched later.
   */
  std::vector<size_t> directory( const std::vector<Value> &values )
  {
    std::vector<size_t> fields;
    put16( static_cast<uint16_t>( values.size() ) );
    size_t dataAt = mBytes.size() + values.size() * 12 + 4; // even: directories begin on a word boundary
    std::vector<const Value *> outside;
    for ( const Value &v : values )
    {
      put16( v.tag );
      put16( v.type );
      put32( v.count );
      fields.push_back( mBytes.size() );
      if ( v.bytes.size() <= 4 )
      {
        std::vector<unsigned char> inline4 = v.bytes;
        inline4.resize( 4, 0 );
        mBytes.insert( mBytes.end(), inline4.begin(), inline4.end() );
      }
      else
      {
        dataAt += dataAt & 1;
        put32( static_cast<uint32_t>( dataAt ) );
        dataAt += v.bytes.size();
        outside.push_back( &v );
      }
    }
    put32( 0 ); // no next directory
    for ( const Value *v : outside )
    {
      // Values start on a word boundary; the block ends with its last value's last byte, nothing after it.
      if ( mBytes.size() & 1 )
        mBytes.push_back( 0 );
      mBytes.insert( mBytes.end(), v->bytes.begin(), v->bytes.end() );
    }
    return fields;
  }
  //! Pads to a word boundary, where a directory must begin.
  void align()
  {
    if ( mBytes.size() & 1 )
      mBytes.push_back( 0 );
  }

private:
  void put( const unsigned char *b, int n )
  {
    for ( int i = 0; i < n; ++i )
      mBytes.push_back( b[mBig ? i : n - 1 - i] );
  }
  bool mBig;
  std::vector<unsigned char> mBytes;
};

//! Degrees as degrees, minutes and seconds to 1/10000 s (about 3 mm).
std::vector<Rational> degreesRationals( double value )
{
  const uint64_t total = static_cast<uint64_t>( std::llround( std::fabs( value ) * 3600.0 * 10000.0 ) );
  const uint32_t d = static_cast<uint32_t>( total / 36000000 );
  const uint32_t m = static_cast<uint32_t>( total % 36000000 / 600000 );
  const uint32_t s = static_cast<uint32_t>( total % 600000 );
  return { { d, 1 }, { m, 1 }, { s, 10000 } };
}

} // namespace

bool looksLikeJpeg( const unsigned char *data, size_t size )
{
  return size >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF;
}

Expected<std::optional<ExifRead>> readJpegExif( const unsigned char *data, size_t size )
{
  if ( !looksLikeJpeg( data, size ) )
    return Error( MessageCode::PhotoNotJpeg );
  try
  {
    size_t imageStart = 0;
    for ( const Segment &s : headerSegments( data, size, imageStart ) )
    {
      if ( !isExifSegment( data, size, s ) )
        continue;
      const size_t tiffStart = s.dataStart + sizeof kExifHeader;
      const size_t tiffEnd = std::min( s.end, size );
      return std::optional<ExifRead>(
        readTiff( TiffBlock( data + tiffStart, tiffEnd - tiffStart, tiffStart ) ) );
    }
    return std::optional<ExifRead>();
  }
  catch ( const Damaged &damaged )
  {
    return Error{ damaged.message };
  }
}

std::optional<int64_t> exifOriginalUtc( const ExifTags &tags )
{
  const auto days = exifDays( tags.dateTimeOriginal );
  const auto seconds = exifTimeOfDay( tags.dateTimeOriginal, 11 );
  if ( !days || !seconds )
    return std::nullopt;
  const int64_t wallClock = *days * kSecondsPerDay + *seconds;
  if ( const auto offset = exifOffsetMinutes( tags.offsetTimeOriginal ) )
    return wallClock - int64_t( *offset ) * 60;
  return stockholmWallClockToUtc( wallClock );
}

std::optional<int64_t> exifGpsUtc( const ExifTags &tags )
{
  const auto days = exifDays( tags.gpsDate );
  if ( !days || !tags.gpsTimeSeconds )
    return std::nullopt;
  return *days * kSecondsPerDay + static_cast<int64_t>( std::floor( *tags.gpsTimeSeconds ) );
}

std::vector<unsigned char> makeExifSegment( const ExifTags &tags )
{
  TiffWriter w( tags.bigEndian );
  std::vector<unsigned char> &out = w.bytes();
  out.push_back( tags.bigEndian ? 'M' : 'I' );
  out.push_back( tags.bigEndian ? 'M' : 'I' );
  w.put16( 42 );
  w.put32( 8 );

  std::vector<TiffWriter::Value> exif;
  if ( !tags.dateTimeOriginal.empty() )
    exif.push_back( w.ascii( kTagDateTimeOriginal, tags.dateTimeOriginal ) );
  if ( !tags.offsetTimeOriginal.empty() )
    exif.push_back( w.ascii( kTagOffsetTimeOriginal, tags.offsetTimeOriginal ) );

  std::vector<TiffWriter::Value> gps;
  const bool position = tags.latitude && tags.longitude;
  if ( position || tags.altitudeMeters || tags.gpsTimeSeconds || !tags.gpsDate.empty() )
    gps.push_back( w.bytesValue( kTagGpsVersion, kByte, { 2, 3, 0, 0 } ) );
  if ( position )
  {
    gps.push_back( w.ascii( kTagGpsLatitudeRef, *tags.latitude < 0 ? "S" : "N" ) );
    gps.push_back( w.rationals( kTagGpsLatitude, degreesRationals( *tags.latitude ) ) );
    gps.push_back( w.ascii( kTagGpsLongitudeRef, *tags.longitude < 0 ? "W" : "E" ) );
    gps.push_back( w.rationals( kTagGpsLongitude, degreesRationals( *tags.longitude ) ) );
  }
  if ( tags.altitudeMeters )
  {
    gps.push_back( w.bytesValue( kTagGpsAltitudeRef, kByte,
                                 { static_cast<unsigned char>( *tags.altitudeMeters < 0 ? 1 : 0 ) } ) );
    gps.push_back( w.rationals(
      kTagGpsAltitude,
      { { static_cast<uint32_t>( std::llround( std::fabs( *tags.altitudeMeters ) * 100 ) ), 100 } } ) );
  }
  if ( tags.gpsTimeSeconds )
  {
    const uint64_t ms = static_cast<uint64_t>( std::llround( *tags.gpsTimeSeconds * 1000 ) );
    gps.push_back( w.rationals( kTagGpsTimeStamp, { { static_cast<uint32_t>( ms / 3600000 ), 1 },
                                                    { static_cast<uint32_t>( ms % 3600000 / 60000 ), 1 },
                                                    { static_cast<uint32_t>( ms % 60000 ), 1000 } } ) );
  }
  if ( !tags.gpsDate.empty() )
    gps.push_back( w.ascii( kTagGpsDateStamp, tags.gpsDate ) );

  std::vector<TiffWriter::Value> ifd0;
  if ( tags.orientation != 1 )
    ifd0.push_back( w.shortValue( kTagOrientation, static_cast<uint16_t>( tags.orientation ) ) );
  if ( !exif.empty() )
    ifd0.push_back( w.longValue( kTagExifIfd, 0 ) );
  if ( !gps.empty() )
    ifd0.push_back( w.longValue( kTagGpsIfd, 0 ) );
  const std::vector<size_t> fields = w.directory( ifd0 );
  size_t pointer = tags.orientation != 1 ? 1 : 0;
  if ( !exif.empty() )
  {
    w.align();
    w.patch32( fields[pointer++], static_cast<uint32_t>( out.size() ) );
    w.directory( exif );
  }
  if ( !gps.empty() )
  {
    w.align();
    w.patch32( fields[pointer], static_cast<uint32_t>( out.size() ) );
    w.directory( gps );
  }

  std::vector<unsigned char> segment = { 0xFF, 0xE1 };
  const size_t length = 2 + sizeof kExifHeader + out.size();
  segment.push_back( static_cast<unsigned char>( length >> 8 ) );
  segment.push_back( static_cast<unsigned char>( length & 0xFF ) );
  segment.insert( segment.end(), kExifHeader, kExifHeader + sizeof kExifHeader );
  segment.insert( segment.end(), out.begin(), out.end() );
  return segment;
}

Expected<std::vector<unsigned char>> jpegWithExif( const std::vector<unsigned char> &jpeg,
                                                   const ExifTags &tags )
{
  if ( !looksLikeJpeg( jpeg.data(), jpeg.size() ) )
    return Error( MessageCode::PhotoNotJpeg );
  std::vector<Segment> segments;
  size_t imageStart = 0;
  try
  {
    segments = headerSegments( jpeg.data(), jpeg.size(), imageStart );
  }
  catch ( const Damaged &damaged )
  {
    return Error{ damaged.message };
  }
  if ( imageStart >= jpeg.size() )
    return Error( MessageCode::ExifJpegCutShort, static_cast<int64_t>( jpeg.size() ) );
  std::vector<unsigned char> out = { 0xFF, 0xD8 };
  const std::vector<unsigned char> exif = makeExifSegment( tags );
  bool exifWritten = false;
  for ( const Segment &s : segments )
  {
    if ( !exifWritten && s.marker != 0xE0 )
    {
      out.insert( out.end(), exif.begin(), exif.end() );
      exifWritten = true;
    }
    if ( isExifSegment( jpeg.data(), jpeg.size(), s ) )
      continue;
    out.insert( out.end(), jpeg.begin() + static_cast<std::ptrdiff_t>( s.start ),
                jpeg.begin() + static_cast<std::ptrdiff_t>( s.end ) );
  }
  if ( !exifWritten )
    out.insert( out.end(), exif.begin(), exif.end() );
  out.insert( out.end(), jpeg.begin() + static_cast<std::ptrdiff_t>( imageStart ), jpeg.end() );
  return out;
}

} // namespace tryggkarta

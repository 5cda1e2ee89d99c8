#include "incidentstore.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "message.h"

#include <algorithm>
#include <limits>
#include <string_view>
#include <unordered_map>

namespace tryggkarta
{

namespace
{

int64_t daysFromCivil( int y, unsigned m, unsigned d )
{
  y -= m <= 2;
  const int64_t era = ( y >= 0 ? y : y - 399 ) / 400;
  const auto yoe = static_cast<unsigned>( y - era * 400 );
  const unsigned doy = ( 153 * ( m > 2 ? m - 3 : m + 9 ) + 2 ) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>( doe ) - 719468;
}

//! The stored form "2026-11-20T20:14:03.000Z" read directly; anything else through parseUtcIso.
std::optional<int64_t> storedTime( std::string_view text )
{
  const auto digits = [&text]( size_t at, size_t n, unsigned &out )
  {
    out = 0;
    for ( size_t i = at; i < at + n; ++i )
    {
      const char c = text[i];
      if ( c < '0' || c > '9' )
        return false;
      out = out * 10 + static_cast<unsigned>( c - '0' );
    }
    return true;
  };
  unsigned year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
  if ( text.size() >= 20 && text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' &&
       text[16] == ':' && text.back() == 'Z' && digits( 0, 4, year ) && digits( 5, 2, month ) &&
       digits( 8, 2, day ) && digits( 11, 2, hour ) && digits( 14, 2, minute ) && digits( 17, 2, second ) &&
       month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour < 24 && minute < 60 && second < 61 &&
       ( text.size() == 20 || text[19] == '.' ) )
    return daysFromCivil( static_cast<int>( year ), month, day ) * 86400 + hour * 3600 + minute * 60 + second;
  return parseUtcIso( text );
}

//! The index of a value in a dictionary, added when new.
template <typename Index>
Index indexOf( std::string_view value, std::vector<std::string> &dictionary,
               std::unordered_map<std::string, Index> &known, std::string &key )
{
  // A project has a few dozen categories and sources: a scan beats hashing the text.
  if ( dictionary.size() <= 32 )
  {
    for ( size_t i = 0; i < dictionary.size(); ++i )
      if ( dictionary[i] == value )
        return static_cast<Index>( i );
  }
  key.assign( value.data(), value.size() );
  const auto it = known.find( key );
  if ( it != known.end() )
    return it->second;
  if ( dictionary.size() >= std::numeric_limits<Index>::max() )
    throw Message::make( MessageCode::StoreTooManyValues, key );
  const auto index = static_cast<Index>( dictionary.size() );
  dictionary.push_back( key );
  known.emplace( key, index );
  return index;
}

PlacePrecision precisionOf( std::string_view code )
{
  for ( PlacePrecision p : { PlacePrecision::Exact, PlacePrecision::Address, PlacePrecision::Street,
                             PlacePrecision::Area, PlacePrecision::Municipality, PlacePrecision::County } )
    if ( code == placePrecisionCode( p ) )
      return p;
  return PlacePrecision::Exact;
}

} // namespace

Expected<IncidentStore> IncidentStore::load( Database &db, const ProgressCallback &progress )
{
  try
  {
    IncidentStore store;
    const int64_t expected = db.queryInt( "SELECT count(*) FROM incidents" );
    const auto n = static_cast<size_t>( std::max<int64_t>( expected, 0 ) );
    for ( auto *column : { &store.fid, &store.fromUtc, &store.untilUtc } )
      column->reserve( n );
    store.x.reserve( n );
    store.y.reserve( n );
    store.weight.reserve( n );
    store.category.reserve( n );
    store.organisation.reserve( n );
    store.source.reserve( n );
    store.precision.reserve( n );
    store.flags.reserve( n );
    store.organisations.push_back( std::string() );
    std::unordered_map<std::string, uint16_t> categories, organisations{ { std::string(), uint16_t( 0 ) } };
    std::unordered_map<std::string, uint8_t> sources;
    std::string key;

    Statement s =
      db.prepare( "SELECT fid, geom, weight, occurred_from, occurred_until, category, organisation, "
                  "source, place_precision FROM incidents ORDER BY fid" );
    size_t rows = 0;
    while ( s.step() )
    {
      if ( ++rows % 65536 == 0 && progress && !progress( n ? static_cast<double>( rows ) / n : 0.5 ) )
        return Error( MessageCode::Cancelled );
      uint8_t flag = 0;
      store.fid.push_back( s.int64( 0 ) );
      const std::string_view blob = s.blobView( 1 );
      const auto point = decodeGpkgPoint( reinterpret_cast<const unsigned char *>( blob.data() ),
                                          static_cast<int>( blob.size() ) );
      store.x.push_back( point ? point->first : 0 );
      store.y.push_back( point ? point->second : 0 );
      flag |= point ? HasPoint : 0;
      store.weight.push_back( s.isNull( 2 ) ? 1.0f : static_cast<float>( s.real( 2 ) ) );
      const auto from = storedTime( s.textView( 3 ) );
      int64_t until = from.value_or( 0 );
      if ( from )
      {
        flag |= HasTime;
        if ( !s.isNull( 4 ) )
          if ( const auto given = storedTime( s.textView( 4 ) ) )
          {
            until = std::max( *given, *from );
            flag |= HasUntil;
          }
      }
      store.fromUtc.push_back( from.value_or( 0 ) );
      store.untilUtc.push_back( until );
      store.category.push_back( indexOf<uint16_t>( s.textView( 5 ), store.categories, categories, key ) );
      store.organisation.push_back(
        s.isNull( 6 ) ? uint16_t( 0 )
                      : indexOf<uint16_t>( s.textView( 6 ), store.organisations, organisations, key ) );
      store.source.push_back( indexOf<uint8_t>( s.textView( 7 ), store.sources, sources, key ) );
      store.precision.push_back(
        static_cast<uint8_t>( s.isNull( 8 ) ? PlacePrecision::Exact : precisionOf( s.textView( 8 ) ) ) );
      store.flags.push_back( flag );
    }
    if ( progress )
      progress( 1 );
    return store;
  }
  catch ( const Message &message )
  {
    return Error{ message };
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::StoreReadFailed, std::string( e.what() ) );
  }
}

size_t IncidentStore::memoryBytes() const
{
  size_t bytes = fid.capacity() * sizeof( int64_t ) + x.capacity() * sizeof( double ) +
                 y.capacity() * sizeof( double ) + fromUtc.capacity() * sizeof( int64_t ) +
                 untilUtc.capacity() * sizeof( int64_t ) + weight.capacity() * sizeof( float ) +
                 category.capacity() * sizeof( uint16_t ) + organisation.capacity() * sizeof( uint16_t ) +
                 source.capacity() + precision.capacity() + flags.capacity();
  for ( const auto *dictionary : { &categories, &organisations, &sources } )
    for ( const std::string &value : *dictionary )
      bytes += sizeof( std::string ) + value.capacity();
  return bytes;
}

size_t IncidentStore::rowOf( int64_t wanted ) const
{
  const auto it = std::lower_bound( fid.begin(), fid.end(), wanted );
  return it != fid.end() && *it == wanted ? static_cast<size_t>( it - fid.begin() ) : size();
}

} // namespace tryggkarta

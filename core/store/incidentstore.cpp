#include "incidentstore.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "message.h"
#include "selection.h"

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

//! The stored forms "2026-11-20T20:14:03.000Z" and "2026-11-20T20:14:03Z" read directly (with the checks
//! parseUtcIso makes: a real day of the month, seconds below 60); anything else through parseUtcIso, so the
//! store reads every time exactly as the analyses' SQL reader does.
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
  unsigned millis = 0;
  const auto daysIn = []( unsigned y, unsigned m )
  {
    static const unsigned days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    const bool leap = ( y % 4 == 0 && y % 100 != 0 ) || y % 400 == 0;
    return m == 2 && leap ? 29u : days[m - 1];
  };
  if ( ( text.size() == 20 || ( text.size() == 24 && text[19] == '.' && digits( 20, 3, millis ) ) ) &&
       text[4] == '-' && text[7] == '-' && text[10] == 'T' && text[13] == ':' && text[16] == ':' &&
       text.back() == 'Z' && digits( 0, 4, year ) && digits( 5, 2, month ) && digits( 8, 2, day ) &&
       digits( 11, 2, hour ) && digits( 14, 2, minute ) && digits( 17, 2, second ) && month >= 1 &&
       month <= 12 && day >= 1 && day <= daysIn( year, month ) && hour < 24 && minute < 60 && second < 60 )
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
    if ( progress && !progress( 0 ) )
      return Error( MessageCode::Cancelled );
    const int64_t expected = db.queryInt( "SELECT count(*) FROM incidents" );
    const auto n = static_cast<size_t>( std::max<int64_t>( expected, 0 ) );
    store.reserveRows( n );
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
      store.weight.push_back( s.real( 2 ) ); // as selectIncidents() reads it (NOT NULL in the schema)
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
                 untilUtc.capacity() * sizeof( int64_t ) + weight.capacity() * sizeof( double ) +
                 category.capacity() * sizeof( uint16_t ) + organisation.capacity() * sizeof( uint16_t ) +
                 source.capacity() + precision.capacity() + flags.capacity();
  for ( const auto *dictionary : { &categories, &organisations, &sources } )
    for ( const std::string &value : *dictionary )
      bytes += sizeof( std::string ) + value.capacity();
  return bytes;
}

Expected<IncidentStore> IncidentStore::of( const std::vector<SelectedIncident> &incidents )
{
  try
  {
    IncidentStore store;
    const size_t n = incidents.size();
    store.reserveRows( n );
    store.organisations.push_back( std::string() );
    std::unordered_map<std::string, uint16_t> categories, organisations{ { std::string(), uint16_t( 0 ) } };
    std::unordered_map<std::string, uint8_t> sources;
    std::string key;
    for ( const SelectedIncident &incident : incidents )
    {
      store.fid.push_back( incident.fid );
      store.x.push_back( incident.x );
      store.y.push_back( incident.y );
      store.fromUtc.push_back( incident.fromUtc );
      store.untilUtc.push_back( incident.untilUtc );
      store.weight.push_back( incident.weight );
      store.category.push_back( indexOf<uint16_t>( incident.category, store.categories, categories, key ) );
      store.organisation.push_back(
        incident.organisation.empty()
          ? uint16_t( 0 )
          : indexOf<uint16_t>( incident.organisation, store.organisations, organisations, key ) );
      store.source.push_back( indexOf<uint8_t>( incident.source, store.sources, sources, key ) );
      store.precision.push_back( static_cast<uint8_t>( incident.precision ) );
      uint8_t flag = HasPoint | ( incident.timeKnown ? HasTime : 0 );
      if ( incident.untilUtc != incident.fromUtc )
        flag |= HasUntil;
      if ( incident.isObservation() )
        flag |= Observation;
      store.flags.push_back( flag );
    }
    return store;
  }
  catch ( const Message &message )
  {
    return Error{ message };
  }
}

IncidentStore IncidentStore::subset( const std::vector<uint32_t> &rows ) const
{
  IncidentStore out;
  out.categories = categories;
  out.organisations = organisations;
  out.sources = sources;
  const auto take = [&rows]( const auto &from, auto &to )
  {
    to.reserve( rows.size() );
    for ( uint32_t row : rows )
      to.push_back( from[row] );
  };
  take( fid, out.fid );
  take( x, out.x );
  take( y, out.y );
  take( fromUtc, out.fromUtc );
  take( untilUtc, out.untilUtc );
  take( weight, out.weight );
  take( category, out.category );
  take( organisation, out.organisation );
  take( source, out.source );
  take( precision, out.precision );
  take( flags, out.flags );
  return out;
}

Status IncidentStore::replace( const std::vector<int64_t> &removedFids, const IncidentStore &added )
{
  // The added rows' dictionary indices in this store's dictionaries (new values appended to copies first, so
  // an overflow leaves this store untouched).
  std::vector<std::string> newCategories = categories, newOrganisations = organisations, newSources = sources;
  const auto remap = []( const std::vector<std::string> &theirs, std::vector<std::string> &ours, size_t limit,
                         const std::string &what ) -> Expected<std::vector<uint16_t>>
  {
    std::vector<uint16_t> map( theirs.size() );
    for ( size_t i = 0; i < theirs.size(); ++i )
    {
      const auto found = std::find( ours.begin(), ours.end(), theirs[i] );
      if ( found != ours.end() )
        map[i] = static_cast<uint16_t>( found - ours.begin() );
      else
      {
        if ( ours.size() >= limit )
          return Error( MessageCode::StoreTooManyValues, what );
        map[i] = static_cast<uint16_t>( ours.size() );
        ours.push_back( theirs[i] );
      }
    }
    return map;
  };
  auto categoryMap = remap( added.categories, newCategories, 65535, "category" );
  if ( !categoryMap )
    return Error{ categoryMap.error() };
  auto organisationMap = remap( added.organisations, newOrganisations, 65535, "organisation" );
  if ( !organisationMap )
    return Error{ organisationMap.error() };
  auto sourceMap = remap( added.sources, newSources, 255, "source" );
  if ( !sourceMap )
    return Error{ sourceMap.error() };

  IncidentStore merged;
  const size_t total = size() + added.size();
  merged.reserveRows( total );
  const auto keepOwn = [&]( size_t row )
  {
    merged.fid.push_back( fid[row] );
    merged.x.push_back( x[row] );
    merged.y.push_back( y[row] );
    merged.fromUtc.push_back( fromUtc[row] );
    merged.untilUtc.push_back( untilUtc[row] );
    merged.weight.push_back( weight[row] );
    merged.category.push_back( category[row] );
    merged.organisation.push_back( organisation[row] );
    merged.source.push_back( source[row] );
    merged.precision.push_back( precision[row] );
    merged.flags.push_back( flags[row] );
  };
  const auto takeAdded = [&]( size_t row )
  {
    merged.fid.push_back( added.fid[row] );
    merged.x.push_back( added.x[row] );
    merged.y.push_back( added.y[row] );
    merged.fromUtc.push_back( added.fromUtc[row] );
    merged.untilUtc.push_back( added.untilUtc[row] );
    merged.weight.push_back( added.weight[row] );
    merged.category.push_back( categoryMap.value()[added.category[row]] );
    merged.organisation.push_back( organisationMap.value()[added.organisation[row]] );
    merged.source.push_back( static_cast<uint8_t>( sourceMap.value()[added.source[row]] ) );
    merged.precision.push_back( added.precision[row] );
    merged.flags.push_back( added.flags[row] );
  };
  size_t own = 0, other = 0;
  while ( own < size() || other < added.size() )
  {
    const bool ownFirst = other == added.size() || ( own < size() && fid[own] < added.fid[other] );
    if ( ownFirst )
    {
      if ( !std::binary_search( removedFids.begin(), removedFids.end(), fid[own] ) )
        keepOwn( own );
      ++own;
      continue;
    }
    // An added row replaces this store's row of the same fid.
    if ( own < size() && fid[own] == added.fid[other] )
      ++own;
    takeAdded( other++ );
  }
  merged.categories = std::move( newCategories );
  merged.organisations = std::move( newOrganisations );
  merged.sources = std::move( newSources );
  *this = std::move( merged );
  return Done{};
}

void IncidentStore::reserveRows( size_t rows )
{
  for ( auto *column : { &fid, &fromUtc, &untilUtc } )
    column->reserve( rows );
  for ( auto *column : { &x, &y, &weight } )
    column->reserve( rows );
  category.reserve( rows );
  organisation.reserve( rows );
  for ( auto *column : { &source, &precision, &flags } )
    column->reserve( rows );
}

size_t IncidentStore::impreciseCount() const
{
  size_t count = 0;
  for ( size_t row = 0; row < size(); ++row )
    count += selectable( row ) && !placesPoint( row ) ? 1 : 0;
  return count;
}

size_t IncidentStore::rowOf( int64_t wanted ) const
{
  const auto it = std::lower_bound( fid.begin(), fid.end(), wanted );
  return it != fid.end() && *it == wanted ? static_cast<size_t>( it - fid.begin() ) : size();
}

} // namespace tryggkarta

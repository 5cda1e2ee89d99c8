// Writes a year of a large city's police event feed for the import benchmark (deterministic): the feed's JSON
// as saved from the police's open API (id, datetime with its UTC offset, name, summary, url, type, location
// {name, gps}), 60 event types in the police's spelling with a skewed mix (about one row in eight of a type
// the police crosswalk leaves out), places that are Göteborg's or a neighbour's centroid, the county, or a
// finer place; and the same events as a plain CSV with the project's category codes, for the plain import to
// compare with: the rows the crosswalk imports, with the same instants (in UTC), points, text and place
// precision (the municipality, the county or a street, as the feed says); optionally the same CSV without the
// precision column (the centroid detection then finds the stand-in points by itself).

#include "policevocabulary.h"
#include "swedishplaces.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

int64_t daysFromCivil( int y, int m, int d )
{
  y -= m <= 2;
  const int64_t era = ( y >= 0 ? y : y - 399 ) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = ( 153 * ( m + ( m > 2 ? -3 : 9 ) ) + 2 ) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

void civilFromDays( int64_t z, int &y, int &m, int &d )
{
  z += 719468;
  const int64_t era = ( z >= 0 ? z : z - 146096 ) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = ( doe - doe / 1460 + doe / 36524 - doe / 146096 ) / 365;
  const int64_t doy = doe - ( 365 * yoe + yoe / 4 - yoe / 100 );
  const int64_t mp = ( 5 * doy + 2 ) / 153;
  d = static_cast<int>( doy - ( 153 * mp + 2 ) / 5 + 1 );
  m = static_cast<int>( mp < 10 ? mp + 3 : mp - 9 );
  y = static_cast<int>( yoe + era * 400 + ( m <= 2 ) );
}

//! The day (1-31) of the month's last Sunday.
int lastSunday( int y, int m )
{
  const int days = m == 3 || m == 10 ? 31 : 30;
  const int64_t last = daysFromCivil( y, m, days );
  const int weekday = static_cast<int>( ( last + 4 ) % 7 ); // 0 = Sunday (1970-01-01 was a Thursday)
  return days - weekday;
}

//! Stockholm's UTC offset in hours at a local wall-clock time (summer time from the last Sunday of March to
//! the last Sunday of October).
int stockholmOffset( int y, int m, int d )
{
  if ( m > 3 && m < 10 )
    return 2;
  if ( m == 3 )
    return d >= lastSunday( y, 3 ) ? 2 : 1;
  if ( m == 10 )
    return d < lastSunday( y, 10 ) ? 2 : 1;
  return 1;
}

std::string jsonText( const std::string &text )
{
  std::string out;
  for ( char c : text )
  {
    if ( c == '"' || c == '\\' )
      out += '\\';
    out += c;
  }
  return out;
}

std::string csvText( const std::string &text )
{
  std::string out = "\"";
  for ( char c : text )
  {
    if ( c == '"' )
      out += '"';
    out += c;
  }
  return out + "\"";
}

const char *kMonths[] = { "januari", "februari", "mars",      "april",   "maj",      "juni",
                          "juli",    "augusti",  "september", "oktober", "november", "december" };

} // namespace

int main( int argc, char **argv )
{
  if ( argc != 4 && argc != 5 )
  {
    std::fprintf( stderr, "usage: %s ROWS OUT.json OUT.csv [OUT-without-precision.csv]\n", argv[0] );
    return 2;
  }
  const long rows = std::atol( argv[1] );
  FILE *json = std::fopen( argv[2], "w" );
  FILE *csv = std::fopen( argv[3], "w" );
  FILE *bare = argc == 5 ? std::fopen( argv[4], "w" ) : nullptr;
  if ( !json || !csv || ( argc == 5 && !bare ) || rows <= 0 )
    return 1;

  // 60 types: every type the police crosswalk reads as a category, then types it leaves out.
  std::vector<PoliceEventType> types;
  for ( const PoliceEventType &t : policeEventTypes() )
    if ( t.category )
      types.push_back( t );
  const size_t mapped = types.size();
  for ( const PoliceEventType &t : policeEventTypes() )
    if ( !t.category && types.size() < 60 )
      types.push_back( t );
  // A skewed mix: a type's weight falls with its rank, the left-out types weigh a quarter as much.
  std::vector<double> cumulative;
  double total = 0;
  for ( size_t i = 0; i < types.size(); ++i )
  {
    total += ( i < mapped ? 1.0 : 0.25 ) / ( 1.0 + 0.15 * static_cast<double>( i % mapped ) );
    cumulative.push_back( total );
  }

  struct Place
  {
    std::string name;
    double lat, lon;
  };
  std::vector<Place> places;
  for ( const char *name : { "Göteborg", "Mölndal", "Partille", "Kungälv", "Västra Götalands län" } )
  {
    const SwedishPlace *p = findSwedishPlace( name );
    if ( !p )
    {
      std::fprintf( stderr, "no centroid for %s\n", name );
      return 1;
    }
    places.push_back( { name, p->lat, p->lon } );
  }
  const char *streets[] = { "Nordstan", "Brunnsparken", "Järntorget", "Hjalmar Brantingsplatsen",
                            "Angered centrum" };
  const char *summaries[] = { "Polisen larmades till platsen. Ingen person är gripen.",
                              "En person har omhändertagits. Ärendet utreds vidare.",
                              "Vittnen uppger att flera personer var inblandade; polisen söker fler vittnen.",
                              "Anmälan upprättad. Den som har sett något kan ringa 070-123 45 67.",
                              "Räddningstjänsten var också på plats." };

  uint64_t state = 88172645463325252ULL;
  auto next = [&]()
  {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::fprintf( json, "[\n" );
  std::fprintf( csv, "datum,kategori,lat,lon,platsnoggrannhet,beskrivning,url\n" );
  if ( bare )
    std::fprintf( bare, "datum,kategori,lat,lon,beskrivning,url\n" );
  const int64_t firstDay = daysFromCivil( 2025, 1, 1 );
  long written = 0;
  for ( long i = 0; i < rows; ++i )
  {
    const double u = static_cast<double>( next() % 1000000 ) / 1e6 * total;
    size_t t = 0;
    while ( t + 1 < types.size() && cumulative[t] < u )
      ++t;
    const PoliceEventType &type = types[t];
    // One event in five names a finer place (a point near the city centre), one in twenty the county.
    const unsigned placeDraw = static_cast<unsigned>( next() % 20 );
    const Place &place = placeDraw == 0 ? places[4] : places[placeDraw < 14 ? 0 : 1 + placeDraw % 3];
    std::string placeName = place.name;
    double lat = place.lat, lon = place.lon;
    if ( placeDraw >= 16 )
    {
      placeName = "Göteborg, " + std::string( streets[next() % 5] );
      lat = places[0].lat + static_cast<double>( next() % 1000 ) / 1e5 - 0.005;
      lon = places[0].lon + static_cast<double>( next() % 1000 ) / 1e5 - 0.005;
    }
    int y, m, d;
    civilFromDays( firstDay + static_cast<int64_t>( next() % 365 ), y, m, d );
    const int hour = static_cast<int>( next() % 24 ), minute = static_cast<int>( next() % 60 ),
              second = static_cast<int>( next() % 60 );
    const int offset = stockholmOffset( y, m, d );
    char datetime[40], name[200], url[200], gps[64];
    std::snprintf( datetime, sizeof datetime, "%04d-%02d-%02d %02d:%02d:%02d +%02d:00", y, m, d, hour, minute,
                   second, offset );
    std::snprintf( name, sizeof name, "%d %s %02d.%02d, %s, %s", d, kMonths[m - 1], hour, minute, type.type,
                   placeName.c_str() );
    std::snprintf( url, sizeof url, "/aktuellt/handelser/%04d/%s/%d/%ld", y, kMonths[m - 1], d, 600000 + i );
    std::snprintf( gps, sizeof gps, "%.6f,%.6f", lat, lon );
    const std::string summary = summaries[next() % 5];
    std::fprintf( json,
                  "%s{\"id\":%ld,\"datetime\":\"%s\",\"name\":\"%s\",\"summary\":\"%s\",\"url\":\"%s\","
                  "\"type\":\"%s\",\"location\":{\"name\":\"%s\",\"gps\":\"%s\"}}",
                  i ? ",\n" : "", 600000 + i, datetime, jsonText( name ).c_str(), jsonText( summary ).c_str(),
                  url, jsonText( type.type ).c_str(), jsonText( placeName ).c_str(), gps );
    if ( !type.category )
      continue;
    // The same instant in UTC (the hour may fall on the day before).
    int64_t utc = ( daysFromCivil( y, m, d ) * 24 + hour - offset ) * 3600 + minute * 60 + second;
    int uy, um, ud;
    civilFromDays( utc / 86400 >= 0 ? utc / 86400 : ( utc - 86399 ) / 86400, uy, um, ud );
    utc %= 86400;
    char when[40];
    std::snprintf( when, sizeof when, "%04d-%02d-%02dT%02d:%02d:%02dZ", uy, um, ud,
                   static_cast<int>( utc / 3600 ), static_cast<int>( utc / 60 % 60 ),
                   static_cast<int>( utc % 60 ) );
    const std::string description = csvText( std::string( name ) + "\n" + summary );
    const char *precision = placeDraw == 0 ? "county" : placeDraw >= 16 ? "street" : "municipality";
    std::fprintf( csv, "%s,%s,%.6f,%.6f,%s,%s,%s\n", when, type.category, lat, lon, precision,
                  description.c_str(), url );
    if ( bare )
      std::fprintf( bare, "%s,%s,%.6f,%.6f,%s,%s\n", when, type.category, lat, lon, description.c_str(),
                    url );
    ++written;
  }
  std::fprintf( json, "\n]\n" );
  std::fprintf( stderr, "%ld feed events of %zu types (%zu read as categories), %ld CSV rows\n", rows,
                types.size(), mapped, written );
  return std::fclose( json ) == 0 && std::fclose( csv ) == 0 && ( !bare || std::fclose( bare ) == 0 ) ? 0 : 1;
}

// Writes a deterministic incidents CSV for the import benchmark: Swedish headers, WGS 84 coordinates over a
// 20 x 20 km municipality around Kristinehamn, local times, categories by label, free text (some with a phone
// number, so screening and redaction do real work).

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

int main( int argc, char **argv )
{
  if ( argc != 3 )
  {
    std::fprintf( stderr, "usage: %s ROWS OUT.csv\n", argv[0] );
    return 2;
  }
  const long rows = std::atol( argv[1] );
  FILE *out = std::fopen( argv[2], "w" );
  if ( !out || rows <= 0 )
    return 1;
  const char *categories[] = {
    "Klotter", "Glaskross",  "Nedskräpning", "Bråk, hot",       "Otrygghetsskapande samling",
    "Inbrott", "Cykelstöld", "Buskörning",   "Dålig belysning", "Brand, anlagd brand" };
  const char *organisations[] = { "Polisen", "Gatu- och parkenheten", "Exempelbostäder AB", "Fritidsgården",
                                  "Trygghetsvärdar" };
  const char *texts[] = { "Klotter på fasaden mot gatan",   "Krossad ruta i busskuren",
                          "Skräp och flaskor vid bänkarna", "Grupp samlas vid entrén sent på kvällen",
                          "Mörk gångväg, trasig armatur",   "Ring 070-123 45 67 för mer information" };
  std::fprintf( out, "datum,tid,kategori,lat,lon,organisation,beskrivning\n" );
  uint64_t state = 88172645463325252ULL;
  auto next = [&]()
  {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for ( long i = 0; i < rows; ++i )
  {
    const double u = ( next() % 1000000 ) / 1e6, v = ( next() % 1000000 ) / 1e6;
    // About 20 x 20 km: 0.35 degrees of longitude and 0.18 of latitude at 59.3 N.
    const double lon = 13.93 + 0.35 * u, lat = 59.22 + 0.18 * v;
    const int day = static_cast<int>( next() % 365 );
    const int month = 1 + day / 31 % 12, dom = 1 + day % 28;
    const int hour = static_cast<int>( next() % 24 ), minute = static_cast<int>( next() % 60 );
    const std::string category = categories[next() % 10];
    const bool quote = category.find( ',' ) != std::string::npos;
    std::fprintf( out, "2024-%02d-%02d,%02d:%02d,%s%s%s,%.6f,%.6f,%s,\"%s\"\n", month, dom, hour, minute,
                  quote ? "\"" : "", category.c_str(), quote ? "\"" : "", lat, lon, organisations[next() % 5],
                  texts[next() % 6] );
  }
  return std::fclose( out ) == 0 ? 0 : 1;
}

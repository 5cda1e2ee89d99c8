// The incident store's load (issue 15: 10^6 incidents in well under a second) against the analyses' read of
// the same rows through selectIncidents, the path every analysis took before, in the same run: a project with
// N incidents (random points over 20 × 20 km, two years, 12 categories, a third with an interval) is made
// once; each load is timed `--repeats` times; the medians, their ratio and the store's bytes per incident are
// printed. Exits non-zero when a load fails or the two read different numbers of rows.

#include "database.h"
#include "geometryblob.h"
#include "incidentstore.h"
#include "projectfile.h"
#include "selection.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{
double median( std::vector<double> values )
{
  std::sort( values.begin(), values.end() );
  const size_t n = values.size();
  return n % 2 ? values[n / 2] : ( values[n / 2 - 1] + values[n / 2] ) / 2;
}

std::string iso( int64_t seconds )
{
  const std::time_t t = static_cast<std::time_t>( seconds );
  std::tm tm{};
  gmtime_r( &t, &tm );
  char buffer[32];
  std::strftime( buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S.000Z", &tm );
  return buffer;
}
} // namespace

int main( int argc, char **argv )
{
  int64_t incidents = 1000000;
  int repeats = 5;
  std::string work = ( std::filesystem::temp_directory_path() / "tryggkarta-store-bench" ).string();
  for ( int i = 1; i + 1 < argc; i += 2 )
  {
    const std::string option = argv[i];
    if ( option == "--incidents" )
      incidents = std::atoll( argv[i + 1] );
    else if ( option == "--repeats" )
      repeats = std::max( 1, std::atoi( argv[i + 1] ) );
    else if ( option == "--work" )
      work = argv[i + 1];
    else
    {
      std::fprintf( stderr, "usage: %s [--incidents N] [--repeats R] [--work DIR]\n", argv[0] );
      return 2;
    }
  }
  std::filesystem::create_directories( work );
  const std::string path = work + "/store-" + std::to_string( incidents ) + ".gpkg";
  if ( !std::filesystem::exists( path ) )
  {
    const std::string part = work + "/store-" + std::to_string( incidents ) + ".part.gpkg";
    std::filesystem::remove( part );
    auto created = ProjectFile::create( part );
    if ( !created )
    {
      std::fprintf( stderr, "%s\n", created.error().text().c_str() );
      return 1;
    }
    Database &db = ( *created )->db();
    std::vector<std::string> categories;
    {
      Statement s = db.prepare( "SELECT code FROM categories ORDER BY sort_order LIMIT 12" );
      while ( s.step() )
        categories.push_back( s.text( 0 ) );
    }
    std::mt19937_64 random( 15 );
    std::uniform_real_distribution<double> unit( 0, 1 );
    Transaction transaction( db );
    Statement insert =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, source, "
                  "weight, created_at, updated_at) VALUES (?, ?, ?, ?, 'est', 1, ?, ?)" );
    const int64_t start = 1704067200; // 2024-01-01
    for ( int64_t i = 0; i < incidents; ++i )
    {
      const auto blob =
        encodeGpkgPoint( 3006, 440000 + 20000 * unit( random ), 6565000 + 20000 * unit( random ) );
      const int64_t from = start + static_cast<int64_t>( unit( random ) * 2 * 365 * 86400 );
      insert.reset();
      insert.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, iso( from ) );
      i % 3 == 0 ? insert.bind( 3, iso( from + 3600 * 8 ) ) : insert.bindNull( 3 );
      insert.bind( 4, categories[static_cast<size_t>( i ) % categories.size()] );
      insert.bind( 5, "2026-01-01T00:00:00.000Z" ).bind( 6, "2026-01-01T00:00:00.000Z" );
      insert.run();
    }
    transaction.commit();
    created->reset();
    std::filesystem::rename( part, path );
  }
  auto project = ProjectFile::open( path, true );
  if ( !project )
  {
    std::fprintf( stderr, "%s\n", project.error().text().c_str() );
    return 1;
  }
  std::vector<double> storeMs, selectMs;
  size_t storeRows = 0, selectRows = 0, bytes = 0;
  for ( int r = 0; r < repeats; ++r )
  {
    auto t0 = std::chrono::steady_clock::now();
    auto store = IncidentStore::load( ( *project )->db() );
    auto t1 = std::chrono::steady_clock::now();
    if ( !store )
    {
      std::fprintf( stderr, "store: %s\n", store.error().text().c_str() );
      return 1;
    }
    storeRows = store->size();
    bytes = store->memoryBytes();
    storeMs.push_back( std::chrono::duration<double, std::milli>( t1 - t0 ).count() );
    t0 = std::chrono::steady_clock::now();
    auto selected = selectIncidents( **project, Selection() );
    t1 = std::chrono::steady_clock::now();
    if ( !selected )
    {
      std::fprintf( stderr, "selectIncidents: %s\n", selected.error().text().c_str() );
      return 1;
    }
    selectRows = selected->size();
    selectMs.push_back( std::chrono::duration<double, std::milli>( t1 - t0 ).count() );
  }
  if ( storeRows != selectRows || static_cast<int64_t>( storeRows ) != incidents )
  {
    std::fprintf( stderr, "the store read %zu rows, selectIncidents %zu, of %lld\n", storeRows, selectRows,
                  static_cast<long long>( incidents ) );
    return 1;
  }
  const double s = median( storeMs ), p = median( selectMs );
  std::printf( "incidents: %lld, repeats: %d\n", static_cast<long long>( incidents ), repeats );
  std::printf( "incident store load: median %.0f ms, %.1f bytes per incident\n", s,
               static_cast<double>( bytes ) / static_cast<double>( storeRows ) );
  std::printf( "selectIncidents (the analyses' read): median %.0f ms\n", p );
  std::printf( "ratio store/selectIncidents: %.2f\n", p > 0 ? s / p : 0 );
  return 0;
}

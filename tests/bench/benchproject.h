#pragma once
// Benchmark projects at city scale: the demo municipality with more incidents added around its own (same
// places, jittered by about 60 m, spread over its two years), so that maps, heatmaps and analyses look as
// they do on the demo, only denser. Shared by the benchmarks that need 10^6 or 10^7 incidents in a project
// file.

#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "selection.h"

#include <algorithm>
#include <cstdint>
#include <random>
#include <string>

namespace benchproject
{

/**
 * Adds count incidents to the project at path around its existing ones, in one transaction; false when the
 * project cannot be read or has no incidents to start from.
 */
inline bool addIncidents( const std::string &path, int64_t count )
{
  auto project = tryggkarta::ProjectFile::open( path );
  if ( !project )
    return false;
  auto incidents = tryggkarta::selectIncidents( *project.value(), tryggkarta::Selection{} );
  if ( !incidents || incidents.value().empty() )
    return false;
  const auto &seed = incidents.value();
  std::mt19937_64 random( 7 );
  std::normal_distribution<double> jitter( 0, 60 );
  std::uniform_int_distribution<size_t> pick( 0, seed.size() - 1 );
  std::uniform_int_distribution<int64_t> shift( -365 * 86400LL, 365 * 86400LL );
  tryggkarta::Database &db = project.value()->db();
  tryggkarta::Transaction transaction( db );
  tryggkarta::Statement insert =
    db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, weight, "
                "created_at, updated_at) VALUES (?, ?, ?, 'est', 1, ?, ?)" );
  const std::string now = tryggkarta::utcNowIso();
  const int64_t last = seed.back().fromUtc;
  for ( int64_t i = 0; i < count; ++i )
  {
    const auto &s = seed[pick( random )];
    const auto blob = tryggkarta::encodeGpkgPoint( 3006, s.x + jitter( random ), s.y + jitter( random ) );
    const int64_t when = std::min( last, s.fromUtc + shift( random ) );
    insert.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
      .bind( 2, tryggkarta::formatUtcIso( when ) )
      .bind( 3, s.category )
      .bind( 4, now )
      .bind( 5, now );
    insert.run();
  }
  transaction.commit();
  return true;
}

//! Creates the demo project at path with incidents in all (at least the demo's own); false on failure.
inline bool createProject( const std::string &path, int64_t incidents )
{
  const auto demo = tryggkarta::createDemoProject( path, tryggkarta::DemoOptions{} );
  if ( !demo.ok() )
    return false;
  return addIncidents( path,
                       std::max<int64_t>( 0, incidents - static_cast<int64_t>( demo.value().incidents ) ) );
}

} // namespace benchproject

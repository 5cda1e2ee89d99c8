#include "publicmode.h"

#include "areas.h"
#include "database.h"
#include "paths.h"
#include "projectfile.h"
#include "results.h"

#include <cpl_error.h>
#include <gdal_priv.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>
#include <numeric>
#include <utility>

#include <unistd.h>

namespace tryggkarta
{

namespace
{

constexpr const char *kMinCountKey = "publish_min_count";
constexpr int kDefaultMinCount = 5;
constexpr int kLowestMinCount = 2;
constexpr int kHighestMinCount = 100;

//! k as the functions apply it: a count never rests on a single event, whatever the caller's rules say.
int64_t effectiveMinCount( int minCount )
{
  return std::max( minCount, kLowestMinCount );
}

//! The cell size of a rule, raised to the rule's minimum (a minimum that is not a positive number is none).
double raised( double value, double minimum )
{
  return std::isfinite( minimum ) && minimum > value ? minimum : value;
}

bool positiveNumber( double value )
{
  return std::isfinite( value ) && value > 0;
}

//! A name beside path that no one else uses, with the same extension (the GDAL driver goes by it).
std::string temporaryPathBeside( const std::string &path )
{
  static std::atomic<unsigned> sCounter{ 0 };
  const std::filesystem::path target( path );
  const std::string name = "." + target.stem().string() + ".tmp-" + std::to_string( ::getpid() ) + "-" +
                           std::to_string( sCounter++ ) + target.extension().string();
  return ( target.parent_path() / name ).string();
}

//! Removes a file and what SQLite or GDAL may have left beside it.
void removeWithCompanions( const std::string &path )
{
  std::error_code ignored;
  for ( const char *suffix : { "", "-journal", "-wal", "-shm" } )
    std::filesystem::remove( path + suffix, ignored );
}

bool pathTaken( const std::string &path )
{
  std::error_code error;
  const auto status = std::filesystem::symlink_status( path, error );
  return !error && status.type() != std::filesystem::file_type::not_found;
}

} // namespace

PublishRules publishRules( ProjectFile &project )
{
  PublishRules rules;
  rules.minCount = kDefaultMinCount;
  std::string text;
  try
  {
    text = project.metaValue( kMinCountKey );
  }
  catch ( const SqlError & )
  {
    return rules; // the default: never fewer than the usual k
  }
  // Leading and trailing blanks are forgiven; anything else that is not a whole number gives the default.
  const auto first = text.find_first_not_of( " \t" );
  const auto last = text.find_last_not_of( " \t" );
  if ( first == std::string::npos )
    return rules;
  int value = 0;
  const char *begin = text.data() + first;
  const char *end = text.data() + last + 1;
  const auto [stop, error] = std::from_chars( begin, end, value );
  if ( error != std::errc() || stop != end )
    return rules;
  rules.minCount = std::max( value, kLowestMinCount );
  return rules;
}

Status setPublishMinCount( ProjectFile &project, int minCount )
{
  if ( minCount < kLowestMinCount || minCount > kHighestMinCount )
    return Error( MessageCode::PublishMinCountInvalid, minCount );
  return project.storeMetaValue( kMinCountKey, std::to_string( minCount ) );
}

Expected<PublicGrid> aggregateToGrid( const std::vector<SelectedIncident> &incidents, double cellMeters,
                                      const PublishRules &rules, const std::optional<MapExtent> &extent )
{
  if ( !positiveNumber( cellMeters ) )
    return Error( MessageCode::PublishCellInvalid, formatNumber( cellMeters ) );
  if ( incidents.empty() )
    return Error( MessageCode::PublishNoEvents );
  const double cell = raised( cellMeters, rules.minCellMeters );
  const int64_t k = effectiveMinCount( rules.minCount );

  // The global cell of each event: column i holds x in [i·cell, (i+1)·cell), row j holds y in
  // [j·cell, (j+1)·cell); a point on an edge goes to the cell east or north of it, as in every grid of the
  // core. Events whose coordinates are not numbers have no cell.
  constexpr double kMaxIndex = 9e15;             // exact in both int64 and double
  std::vector<std::pair<int64_t, int64_t>> keys; // ( −j, i ): sorted, north-west first, row by row
  keys.reserve( incidents.size() );
  for ( const SelectedIncident &incident : incidents )
  {
    // A place that is not a point (only the municipality, …) has no cell.
    if ( !incident.placesPoint() || !std::isfinite( incident.x ) || !std::isfinite( incident.y ) )
      continue;
    const double i = std::floor( incident.x / cell ), j = std::floor( incident.y / cell );
    if ( std::abs( i ) > kMaxIndex || std::abs( j ) > kMaxIndex )
      continue;
    keys.emplace_back( -static_cast<int64_t>( j ), static_cast<int64_t>( i ) );
  }

  PublicGrid result;
  AlignedGrid &g = result.grid;
  g.cellSize = cell;
  int64_t westIndex = 0, eastIndex = 0, southIndex = 0, northIndex = 0; // in cells, east and north exclusive
  if ( extent )
  {
    const MapExtent &e = *extent;
    if ( !( std::isfinite( e.xMin ) && std::isfinite( e.yMin ) && std::isfinite( e.xMax ) &&
            std::isfinite( e.yMax ) && e.xMax > e.xMin && e.yMax > e.yMin ) )
      return Error( MessageCode::AnalysisBadStudyArea );
    const double west = std::floor( e.xMin / cell ), south = std::floor( e.yMin / cell );
    const double east = std::max( std::ceil( e.xMax / cell ), west + 1 );
    const double north = std::max( std::ceil( e.yMax / cell ), south + 1 );
    if ( east - west > std::numeric_limits<int>::max() || north - south > std::numeric_limits<int>::max() ||
         std::abs( west ) > kMaxIndex || std::abs( north ) > kMaxIndex || std::abs( east ) > kMaxIndex ||
         std::abs( south ) > kMaxIndex )
      return Error( MessageCode::TemporalGridTooLarge, formatNumber( cell ) );
    westIndex = static_cast<int64_t>( west );
    eastIndex = static_cast<int64_t>( east );
    southIndex = static_cast<int64_t>( south );
    northIndex = static_cast<int64_t>( north );
  }

  std::sort( keys.begin(), keys.end() );
  struct Counted
  {
    int64_t i, j, count;
  };
  std::vector<Counted> published;
  for ( std::size_t a = 0; a < keys.size(); )
  {
    std::size_t b = a;
    while ( b < keys.size() && keys[b] == keys[a] )
      ++b;
    const int64_t i = keys[a].second, j = -keys[a].first;
    const int64_t count = static_cast<int64_t>( b - a );
    a = b;
    if ( extent && ( i < westIndex || i >= eastIndex || j < southIndex || j >= northIndex ) )
      continue; // outside the extent: neither shown nor suppressed
    if ( count >= k )
    {
      published.push_back( { i, j, count } );
      result.shownEvents += count;
    }
    else
    {
      ++result.suppressedCells;
      result.suppressedEvents += count;
    }
  }

  if ( !extent )
  {
    // Without an extent the grid spans the published cells only, so nothing in it tells where the
    // suppressed events lie (not even their bounding box).
    if ( published.empty() )
    {
      g.columns = 0;
      g.rows = 0;
      return result;
    }
    westIndex = std::numeric_limits<int64_t>::max();
    eastIndex = std::numeric_limits<int64_t>::min();
    for ( const Counted &c : published )
    {
      westIndex = std::min( westIndex, c.i );
      eastIndex = std::max( eastIndex, c.i + 1 );
    }
    northIndex = published.front().j + 1; // sorted north first
    southIndex = published.back().j;
    if ( eastIndex - westIndex > std::numeric_limits<int>::max() ||
         northIndex - southIndex > std::numeric_limits<int>::max() )
      return Error( MessageCode::TemporalGridTooLarge, formatNumber( cell ) );
  }
  g.westIndex = westIndex;
  g.northIndex = northIndex;
  g.columns = static_cast<int>( eastIndex - westIndex );
  g.rows = static_cast<int>( northIndex - southIndex );
  result.cells.reserve( published.size() );
  for ( const Counted &c : published )
  {
    PublicCell out;
    out.column = static_cast<int>( c.i - westIndex );
    out.row = static_cast<int>( northIndex - 1 - c.j );
    out.centreX = g.cellCentreX( out.column );
    out.centreY = g.cellCentreY( out.row );
    out.count = c.count;
    result.cells.push_back( out );
  }
  return result;
}

std::vector<PublicArea> aggregateToAreas( const std::vector<SelectedIncident> &incidents,
                                          const std::vector<ProjectArea> &areas, const PublishRules &rules )
{
  const int64_t k = effectiveMinCount( rules.minCount );
  std::vector<int64_t> counts( areas.size(), 0 );
  if ( !areas.empty() )
  {
    const AreaLocator locator( areas );
    for ( const SelectedIncident &incident : incidents )
      if ( incident.placesPoint() ) // one known only by its municipality lies in no area
        for ( int index : locator.locateAll( incident.x, incident.y ) )
          ++counts[static_cast<std::size_t>( index )];
  }
  std::vector<PublicArea> out;
  out.reserve( areas.size() );
  for ( std::size_t i = 0; i < areas.size(); ++i )
  {
    PublicArea area;
    area.areaIndex = i;
    area.label = areas[i].label();
    area.suppressed = counts[i] > 0 && counts[i] < k;
    area.count = area.suppressed ? 0 : counts[i];
    out.push_back( std::move( area ) );
  }
  return out;
}

namespace
{

//! The values of one table for the complementary suppression: whole counts or shares of events.
struct SuppressionTable
{
  const std::vector<double> &values;
  double k;
  bool whole; //!< whole counts: a hidden count below k is 1 … k − 1; else a share in ( 0, k )
};

//! Floating-point dust allowed in a comparison of sums of values like these.
double dust( double magnitude )
{
  return 1e-9 * std::max( 1.0, std::abs( magnitude ) );
}

bool below( const SuppressionTable &t, std::size_t i )
{
  return t.values[i] > 0 && t.values[i] < t.k;
}

/**
 * The guarantee of suppressCounts for the hidden set (zeros never count as hidden). What a reader can tell of
 * a hidden value: below k, [1, k − 1] (shares: [0, k]); a complement, [k, the smallest non-zero value still
 * published] (complements are taken smallest first; one larger was hidden for another table's sake and has
 * no upper bound). With S the true sum of the hidden values, a hidden value below k can only lie in
 * [max( its lowest, S − the others' highest ), min( its highest, S − the others' lowest )], and that range
 * must be at least one event wide (unless its mark alone allows less: whole counts with k = 2).
 */
bool guaranteeHolds( const SuppressionTable &t, const std::vector<bool> &hidden )
{
  std::size_t count = 0;
  double sum = 0;
  bool anyBelow = false;
  double smallestShown = std::numeric_limits<double>::infinity();
  for ( std::size_t i = 0; i < t.values.size(); ++i )
  {
    if ( !( t.values[i] > 0 ) )
      continue;
    if ( hidden[i] )
    {
      ++count;
      sum += t.values[i];
      anyBelow = anyBelow || below( t, i );
    }
    else
      smallestShown = std::min( smallestShown, t.values[i] );
  }
  if ( count == 0 )
    return true;
  if ( count < 2 || sum < t.k - dust( sum ) )
    return false;
  if ( !anyBelow )
    return true;
  const double lowest = t.whole ? 1 : 0;
  const double highest = t.whole ? t.k - 1 : t.k;
  double lowSum = 0, highSum = 0; // highSum may be infinite
  for ( std::size_t i = 0; i < t.values.size(); ++i )
  {
    if ( !( t.values[i] > 0 ) || !hidden[i] )
      continue;
    if ( below( t, i ) )
    {
      lowSum += lowest;
      highSum += highest;
    }
    else
    {
      lowSum += t.k;
      highSum += t.values[i] <= smallestShown ? smallestShown : std::numeric_limits<double>::infinity();
    }
  }
  // The same for every hidden value below k, as their marks all allow the same range.
  const double top = std::min( highest, sum - ( lowSum - lowest ) );
  const double bottom = std::max( lowest, sum - ( highSum - highest ) );
  return top - bottom >= std::min( 1.0, highest - lowest ) - dust( sum );
}

std::vector<bool> suppressTable( const SuppressionTable &t, bool totalPublished,
                                 const std::vector<bool> &hiddenAlready )
{
  std::vector<bool> hidden( t.values.size(), false );
  bool any = false;
  for ( std::size_t i = 0; i < t.values.size(); ++i )
  {
    const bool already = i < hiddenAlready.size() && hiddenAlready[i] && t.values[i] > 0;
    hidden[i] = below( t, i ) || already;
    any = any || hidden[i];
  }
  if ( !any || !totalPublished )
    return hidden;
  // The non-zero values still published, smallest first (the first of equals first).
  std::vector<std::size_t> order;
  for ( std::size_t i = 0; i < t.values.size(); ++i )
    if ( !hidden[i] && t.values[i] > 0 )
      order.push_back( i );
  std::stable_sort( order.begin(), order.end(),
                    [&]( std::size_t a, std::size_t b ) { return t.values[a] < t.values[b]; } );
  for ( std::size_t next = 0; next < order.size() && !guaranteeHolds( t, hidden ); ++next )
    hidden[order[next]] = true;
  return hidden;
}

std::vector<double> asValues( const std::vector<int64_t> &counts )
{
  std::vector<double> values;
  values.reserve( counts.size() );
  for ( int64_t count : counts )
    values.push_back( static_cast<double>( count ) );
  return values;
}

} // namespace

std::vector<bool> suppressCounts( const std::vector<int64_t> &counts, int minCount, bool totalPublished,
                                  const std::vector<bool> &hiddenAlready )
{
  const std::vector<double> values = asValues( counts );
  return suppressTable( { values, static_cast<double>( effectiveMinCount( minCount ) ), true },
                        totalPublished, hiddenAlready );
}

std::vector<bool> suppressShares( const std::vector<double> &shares, int minCount, bool totalPublished )
{
  return suppressTable( { shares, static_cast<double>( effectiveMinCount( minCount ) ), false },
                        totalPublished, {} );
}

bool hiddenCountsSafe( const std::vector<int64_t> &counts, const std::vector<bool> &hidden, int minCount )
{
  const std::vector<double> values = asValues( counts );
  const SuppressionTable table{ values, static_cast<double>( effectiveMinCount( minCount ) ), true };
  std::vector<bool> flags( counts.size(), false );
  for ( std::size_t i = 0; i < counts.size(); ++i )
  {
    flags[i] = i < hidden.size() && hidden[i];
    if ( below( table, i ) && !flags[i] )
      return false; // a count below k published
  }
  return guaranteeHolds( table, flags );
}

Expected<PublicHeatmap> publicHeatmap( const PublicGrid &cells, double radiusMeters, double cellMeters,
                                       const PublishRules &rules )
{
  if ( !positiveNumber( cellMeters ) )
    return Error( MessageCode::PublishCellInvalid, formatNumber( cellMeters ) );
  if ( !positiveNumber( radiusMeters ) )
    return Error( MessageCode::KdeBadRadius, formatNumber( radiusMeters ) );
  const double radius = raised( radiusMeters, rules.minRadiusMeters );
  const double cell = raised( cellMeters, rules.minCellMeters );
  const int64_t k = effectiveMinCount( rules.minCount );

  // Only cells that may be published at all, whoever filled the grid.
  std::vector<WeightedPoint> points;
  PublicHeatmap result;
  for ( const PublicCell &c : cells.cells )
  {
    if ( c.count < k || !std::isfinite( c.centreX ) || !std::isfinite( c.centreY ) )
      continue;
    points.push_back( WeightedPoint{ c.centreX, c.centreY, static_cast<double>( c.count ) } );
    result.events += c.count;
  }
  if ( points.empty() )
    return Error( MessageCode::PublishNoEvents );

  KernelDensityParameters parameters;
  parameters.radiusMeters = radius;
  parameters.cellSize = cell;
  parameters.kernel = KernelShape::Quartic;
  parameters.output = DensityOutput::EventsPerSquareKm;
  const KernelDensity density( parameters );
  auto raster = density.compute( points );
  if ( !raster )
    return Error{ raster.error() };
  result.grid = raster->grid;
  result.radiusMeters = radius;
  result.values = std::move( raster->values );

  // A cell is non-zero only within the radius of a published centre: the sums by difference arrays can
  // leave rounding dust elsewhere, which must not show as a faint density with no k events behind it.
  const AlignedGrid &g = result.grid;
  std::vector<std::uint8_t> reached( g.cellCount(), 0 );
  const double reach = radius / cell;
  for ( const WeightedPoint &p : points )
  {
    const double column = ( p.x - g.west() ) / cell - 0.5; // in cell units from the first centre
    const double row = ( g.north() - p.y ) / cell - 0.5;
    const int firstRow = std::max( 0, static_cast<int>( std::ceil( row - reach ) ) );
    const int lastRow = std::min( g.rows - 1, static_cast<int>( std::floor( row + reach ) ) );
    const int firstColumn = std::max( 0, static_cast<int>( std::ceil( column - reach ) ) );
    const int lastColumn = std::min( g.columns - 1, static_cast<int>( std::floor( column + reach ) ) );
    for ( int r = firstRow; r <= lastRow; ++r )
      for ( int c = firstColumn; c <= lastColumn; ++c )
      {
        const double dx = g.cellCentreX( c ) - p.x, dy = g.cellCentreY( r ) - p.y;
        if ( dx * dx + dy * dy < radius * radius )
          reached[static_cast<std::size_t>( r ) * static_cast<std::size_t>( g.columns ) +
                  static_cast<std::size_t>( c )] = 1;
      }
  }
  for ( std::size_t i = 0; i < result.values.size(); ++i )
    if ( !reached[i] || !( result.values[i] > 0 ) )
      result.values[i] = 0;
  return result;
}

Status writePublicGrid( const std::string &path, const PublicGrid &grid, int epsg )
{
  const std::string extension = lowerExtension( path );
  if ( extension != ".gpkg" && extension != ".csv" )
    return Error( MessageCode::ReportOutputFormat, path, ".gpkg, .csv" );
  if ( grid.cells.empty() )
    return Error( MessageCode::PublishNoEvents );
  if ( !positiveNumber( grid.grid.cellSize ) )
    return Error( MessageCode::PublishCellInvalid, formatNumber( grid.grid.cellSize ) );
  if ( pathTaken( path ) )
    return Error( MessageCode::PublishFileExists, path );

  // The cells and their counts, nothing else: no times, categories or anything of a single event.
  ResultTable table;
  table.geometry = ResultTable::Geometry::Polygon;
  table.fields = { { "cell_id", ResultField::Type::Text },
                   { "row", ResultField::Type::Integer },
                   { "column", ResultField::Type::Integer },
                   { "count", ResultField::Type::Integer } };
  const AlignedGrid &g = grid.grid;
  table.features.reserve( grid.cells.size() );
  for ( const PublicCell &c : grid.cells )
  {
    // Vertices from whole cell indices, so neighbouring cells share theirs exactly.
    const int64_t i = g.westIndex + c.column, j = g.northIndex - 1 - c.row;
    const double west = static_cast<double>( i ) * g.cellSize,
                 east = static_cast<double>( i + 1 ) * g.cellSize;
    const double south = static_cast<double>( j ) * g.cellSize,
                 north = static_cast<double>( j + 1 ) * g.cellSize;
    ResultFeature feature;
    feature.rings = {
      { { west, south }, { east, south }, { east, north }, { west, north }, { west, south } } };
    // A stable name: the cell's indices on the aligned lattice (the same cell in every period's file).
    feature.values = { ResultValue( "E" + std::to_string( i ) + "N" + std::to_string( j ) ),
                       ResultValue( static_cast<int64_t>( c.row ) ),
                       ResultValue( static_cast<int64_t>( c.column ) ), ResultValue( c.count ) };
    table.features.push_back( std::move( feature ) );
  }

  GDALAllRegister();
  std::string layerName = std::filesystem::path( path ).stem().string();
  if ( layerName.empty() )
    layerName = "rutnat";
  const std::string temporary = temporaryPathBeside( path );
  removeWithCompanions( temporary );
  // GDAL's complaints come back in the error; they are not printed.
  CPLErrorReset();
  CPLPushErrorHandler( CPLQuietErrorHandler );
  Status written = writeTablesToFile( temporary, epsg, { { layerName, &table } }, {} );
  CPLPopErrorHandler();
  if ( !written )
  {
    removeWithCompanions( temporary );
    return Error( MessageCode::ReportWriteFailed, path, written.error() );
  }
  // A hard link puts the file in place only if the name is still free (no race with another writer); where
  // links are not supported, a rename after one more look.
  if ( ::link( temporary.c_str(), path.c_str() ) != 0 )
  {
    const int linkError = errno;
    if ( linkError == EEXIST )
    {
      removeWithCompanions( temporary );
      return Error( MessageCode::PublishFileExists, path );
    }
    std::error_code error;
    if ( pathTaken( path ) )
    {
      removeWithCompanions( temporary );
      return Error( MessageCode::PublishFileExists, path );
    }
    std::filesystem::rename( temporary, path, error );
    if ( error )
    {
      removeWithCompanions( temporary );
      return Error( MessageCode::ReportWriteFailed, path, error.message() );
    }
    return Done{};
  }
  removeWithCompanions( temporary );
  return Done{};
}

} // namespace tryggkarta

#include "routesuggest.h"

#include "areas.h"
#include "calendar.h"
#include "clustering.h"
#include "database.h"
#include "geometryblob.h"
#include "hotspots.h"
#include "projectfile.h"
#include "selection.h"
#include "streetnetwork.h"
#include "textscreening.h"
#include "walkcontext.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>

namespace tryggkarta
{

namespace
{

constexpr double kMergeDistance = 100;  // candidates closer than this are one place
constexpr double kStopSpacing = 150;    // the stops of one route are at least this far apart
constexpr double kMaxStreetSnap = 150;  // a place farther from every street is walked to in a straight line
constexpr double kGridCell = 100;       // metres: where incidents gather
constexpr double kNetworkMargin = 1500; // metres of streets around the area

double dist( double ax, double ay, double bx, double by )
{
  return std::hypot( ax - bx, ay - by );
}

std::string lower( std::string text )
{
  // Swedish labels: lower-case the first letter only when it is ASCII or Å/Ä/Ö (two-byte UTF-8).
  if ( !text.empty() && text[0] >= 'A' && text[0] <= 'Z' )
    text[0] = static_cast<char>( text[0] - 'A' + 'a' );
  else if ( text.size() >= 2 && static_cast<unsigned char>( text[0] ) == 0xC3 )
  {
    const unsigned char c = static_cast<unsigned char>( text[1] );
    if ( c == 0x85 || c == 0x84 || c == 0x96 ) // Å Ä Ö
      text[1] = static_cast<char>( c + 0x20 );
  }
  return text;
}

std::string quotedIdentifier( const std::string &name )
{
  std::string quoted = "\"";
  for ( char c : name )
    quoted += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
  return quoted + "\"";
}

std::vector<std::vector<WalkPoint>> readLines( Database &db, const std::string &table,
                                               const Envelope &within )
{
  std::vector<std::vector<WalkPoint>> lines;
  const std::string rtree = "rtree_" + table + "_geom";
  const bool hasRtree = db.tableExists( rtree );
  Statement s = db.prepare(
    hasRtree ? "SELECT t.geom FROM " + quotedIdentifier( table ) + " t JOIN " + quotedIdentifier( rtree ) +
                 " r ON r.id = t.fid WHERE r.maxx >= ? AND r.minx <= ? AND r.maxy >= ? "
                 "AND r.miny <= ? ORDER BY t.fid"
             : "SELECT geom FROM " + quotedIdentifier( table ) + " ORDER BY fid" );
  if ( hasRtree )
    s.bind( 1, within.minX ).bind( 2, within.maxX ).bind( 3, within.minY ).bind( 4, within.maxY );
  while ( s.step() )
  {
    const auto blob = s.blob( 0 );
    const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
    if ( !wkb )
      continue;
    OGRGeometry *geometry = nullptr;
    if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &geometry, wkb->second ) != OGRERR_NONE ||
         !geometry )
      continue;
    std::unique_ptr<OGRGeometry> owned( geometry );
    auto addLine = [&]( const OGRLineString *line )
    {
      std::vector<WalkPoint> points;
      for ( int i = 0; i < line->getNumPoints(); ++i )
        points.push_back( { line->getX( i ), line->getY( i ) } );
      lines.push_back( std::move( points ) );
    };
    if ( const auto *line = dynamic_cast<const OGRLineString *>( geometry ) )
      addLine( line );
    else if ( const auto *multi = dynamic_cast<const OGRMultiLineString *>( geometry ) )
      for ( const OGRLineString *part : *multi )
        addLine( part );
  }
  return lines;
}

struct NamedPoint
{
  WalkPoint p;
  std::string name;
  std::string kind;
};

std::vector<NamedPoint> readPois( Database &db )
{
  std::vector<NamedPoint> pois;
  if ( !db.tableExists( "map_pois" ) )
    return pois;
  Statement s = db.prepare( "SELECT geom, name, kind FROM map_pois WHERE name IS NOT NULL ORDER BY fid" );
  while ( s.step() )
  {
    const auto blob = s.blob( 0 );
    if ( const auto p = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) ) )
      pois.push_back( { { p->first, p->second }, s.text( 1 ), s.text( 2 ) } );
  }
  return pois;
}

//! The network of the street layer around an envelope; empty without a street layer.
StreetNetwork networkAround( Database &db, const std::string &table, Envelope envelope )
{
  StreetNetwork network;
  if ( table.empty() || !db.tableExists( table ) )
    return network;
  envelope.minX -= kNetworkMargin;
  envelope.minY -= kNetworkMargin;
  envelope.maxX += kNetworkMargin;
  envelope.maxY += kNetworkMargin;
  for ( const auto &line : readLines( db, table, envelope ) )
    network.addLine( line );
  network.build();
  return network;
}

std::string periodMonthsText( int months )
{
  return months == 12 ? "senaste året" : "senaste " + std::to_string( months ) + " mån";
}

//! The period of the lägesbild the suggestion uses.
std::pair<int64_t, int64_t> suggestionPeriod( Database &db, const SuggestOptions &options )
{
  ContextOptions context;
  context.months = options.months;
  if ( options.untilUtc )
    context.untilUtc = options.untilUtc;
  else
  {
    const int64_t latest = latestIncidentEnd( db );
    if ( latest > 0 )
      context.untilUtc = ( floorDiv( latest, 86400 ) + 1 ) * 86400;
  }
  return contextPeriod( context );
}

struct Place
{
  RouteCandidate candidate;
  std::vector<std::string> reasons;
  int incidents = 0;                     //!< events counted in the place's cells
  std::map<std::string, int> categories; //!< their categories (Swedish labels)
};

//! Merges places closer than kMergeDistance into the better one (scores and reasons added).
std::vector<RouteCandidate> mergePlaces( std::vector<Place> places, const std::string &monthsText )
{
  std::stable_sort( places.begin(), places.end(),
                    []( const Place &a, const Place &b )
                    {
                      if ( a.candidate.score != b.candidate.score )
                        return a.candidate.score > b.candidate.score;
                      if ( a.candidate.x != b.candidate.x )
                        return a.candidate.x < b.candidate.x;
                      return a.candidate.y < b.candidate.y;
                    } );
  std::vector<Place> merged;
  for ( Place &place : places )
  {
    Place *into = nullptr;
    for ( Place &m : merged )
      if ( dist( m.candidate.x, m.candidate.y, place.candidate.x, place.candidate.y ) < kMergeDistance )
      {
        into = &m;
        break;
      }
    if ( !into )
    {
      merged.push_back( std::move( place ) );
      continue;
    }
    into->candidate.score += place.candidate.score;
    into->incidents += place.incidents;
    for ( const auto &[label, count] : place.categories )
      into->categories[label] += count;
    for ( const std::string &reason : place.reasons )
      if ( std::find( into->reasons.begin(), into->reasons.end(), reason ) == into->reasons.end() )
        into->reasons.push_back( reason );
  }
  std::vector<RouteCandidate> result;
  auto rank = []( const std::string &reason )
  {
    if ( reason.find( " händelser " ) != std::string::npos && reason.rfind( "kluster", 0 ) != 0 )
      return 0;
    if ( reason.rfind( "het punkt", 0 ) == 0 )
      return 1;
    if ( reason.rfind( "otrygg plats", 0 ) == 0 )
      return 2;
    if ( reason.find( "vid vandringen" ) != std::string::npos )
      return 3;
    return 4;
  };
  for ( Place &m : merged )
  {
    std::stable_sort( m.reasons.begin(), m.reasons.end(),
                      [&]( const std::string &a, const std::string &b ) { return rank( a ) < rank( b ); } );
    std::string reason;
    if ( m.incidents > 0 )
    {
      std::vector<std::pair<std::string, int>> top( m.categories.begin(), m.categories.end() );
      std::stable_sort( top.begin(), top.end(),
                        []( const auto &a, const auto &b ) { return a.second > b.second; } );
      reason = std::to_string( m.incidents ) + " händelser " + monthsText + ":";
      for ( size_t i = 0; i < top.size() && i < 2; ++i )
        reason += ( i ? ", " : " " ) + top[i].first;
    }
    for ( const std::string &r : m.reasons )
      reason += ( reason.empty() ? "" : "; " ) + r;
    m.candidate.reason = reason;
    result.push_back( std::move( m.candidate ) );
  }
  std::stable_sort( result.begin(), result.end(),
                    []( const RouteCandidate &a, const RouteCandidate &b ) { return a.score > b.score; } );
  return result;
}

std::string placeName( const WalkPoint &p, const std::vector<NamedPoint> &pois,
                       const std::vector<std::pair<std::vector<WalkPoint>, std::string>> &streets )
{
  const NamedPoint *nearestPoi = nullptr;
  double best = 80;
  for ( const NamedPoint &poi : pois )
  {
    const double d = dist( poi.p.x, poi.p.y, p.x, p.y );
    if ( d <= best )
    {
      best = d;
      nearestPoi = &poi;
    }
  }
  if ( nearestPoi )
    return nearestPoi->name;
  const std::string *street = nullptr;
  best = 150;
  for ( const auto &[line, name] : streets )
    for ( size_t i = 1; i < line.size(); ++i )
    {
      const WalkPoint &a = line[i - 1], &b = line[i];
      const double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
      const double t =
        len2 > 0 ? std::clamp( ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / len2, 0.0, 1.0 ) : 0;
      const double d = dist( a.x + t * dx, a.y + t * dy, p.x, p.y );
      if ( d <= best )
      {
        best = d;
        street = &name;
      }
    }
  return street ? *street : std::string();
}

std::vector<std::pair<std::vector<WalkPoint>, std::string>>
namedStreets( Database &db, const std::string &table, const Envelope &envelope )
{
  std::vector<std::pair<std::vector<WalkPoint>, std::string>> streets;
  if ( table.empty() || !db.tableExists( table ) )
    return streets;
  bool hasName = false;
  {
    Statement columns = db.prepare( "SELECT name FROM pragma_table_info(?)" );
    columns.bind( 1, table );
    while ( columns.step() )
      hasName = hasName || columns.text( 0 ) == "name";
  }
  if ( !hasName )
    return streets;
  Statement s = db.prepare( "SELECT geom, name FROM " + quotedIdentifier( table ) +
                            " WHERE name IS NOT NULL AND name != '' ORDER BY fid" );
  while ( s.step() )
  {
    const auto blob = s.blob( 0 );
    const auto env = gpkgEnvelope( blob.data(), static_cast<int>( blob.size() ) );
    if ( env && ( env->maxX < envelope.minX - 200 || env->minX > envelope.maxX + 200 ||
                  env->maxY < envelope.minY - 200 || env->minY > envelope.maxY + 200 ) )
      continue;
    const auto wkb = gpkgWkb( blob.data(), static_cast<int>( blob.size() ) );
    if ( !wkb )
      continue;
    OGRGeometry *geometry = nullptr;
    if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &geometry, wkb->second ) != OGRERR_NONE ||
         !geometry )
      continue;
    std::unique_ptr<OGRGeometry> owned( geometry );
    if ( const auto *line = dynamic_cast<const OGRLineString *>( geometry ) )
    {
      std::vector<WalkPoint> points;
      for ( int i = 0; i < line->getNumPoints(); ++i )
        points.push_back( { line->getX( i ), line->getY( i ) } );
      streets.push_back( { std::move( points ), s.text( 1 ) } );
    }
  }
  return streets;
}

//! Distances between places along the network (or straight where a place is off it), and the legs' lines.
class Legs
{
public:
  Legs( const StreetNetwork &network, std::vector<WalkPoint> places )
    : mNetwork( network ), mPlaces( std::move( places ) )
  {
    const size_t n = mPlaces.size();
    mSnaps.resize( n );
    mTrees.resize( n );
    mDistance.assign( n, std::vector<double>( n, 0 ) );
    for ( size_t i = 0; i < n; ++i )
      if ( !network.empty() )
        if ( const auto snap = network.nearest( mPlaces[i], kMaxStreetSnap, true ) )
        {
          mSnaps[i] = *snap;
          mTrees[i] = network.shortestPaths( *snap );
        }
    for ( size_t i = 0; i < n; ++i )
      for ( size_t j = 0; j < n; ++j )
        mDistance[i][j] = i == j ? 0 : compute( i, j );
  }

  double distance( size_t i, size_t j ) const { return mDistance[i][j]; }
  bool alongStreets( size_t i, size_t j ) const
  {
    return mSnaps[i] && mSnaps[j] && std::isfinite( mNetwork.distanceTo( *mTrees[i], *mSnaps[j] ) );
  }

  std::vector<WalkPoint> line( size_t i, size_t j ) const
  {
    if ( !alongStreets( i, j ) )
      return { mPlaces[i], mPlaces[j] };
    std::vector<WalkPoint> points{ mPlaces[i] };
    for ( const WalkPoint &p : mNetwork.pathTo( *mTrees[i], *mSnaps[j] ) )
      points.push_back( p );
    points.push_back( mPlaces[j] );
    points.erase( std::unique( points.begin(), points.end(),
                               []( const WalkPoint &a, const WalkPoint &b )
                               { return std::hypot( a.x - b.x, a.y - b.y ) < 0.01; } ),
                  points.end() );
    return points;
  }

private:
  double compute( size_t i, size_t j ) const
  {
    if ( alongStreets( i, j ) )
      return mSnaps[i]->distance + mNetwork.distanceTo( *mTrees[i], *mSnaps[j] ) + mSnaps[j]->distance;
    return dist( mPlaces[i].x, mPlaces[i].y, mPlaces[j].x, mPlaces[j].y );
  }

  const StreetNetwork &mNetwork;
  std::vector<WalkPoint> mPlaces;
  std::vector<std::optional<StreetNetwork::Snap>> mSnaps;
  std::vector<std::optional<StreetNetwork::Tree>> mTrees;
  std::vector<std::vector<double>> mDistance;
};

//! The length of walking the places in order (indices into Legs), plus the way back to the first when loop.
double tourLength( const Legs &legs, const std::vector<size_t> &order, bool loop )
{
  double length = 0;
  for ( size_t i = 1; i < order.size(); ++i )
    length += legs.distance( order[i - 1], order[i] );
  if ( loop && order.size() > 1 )
    length += legs.distance( order.back(), order.front() );
  return length;
}

//! 2-opt on an open (or closed) path with its first element fixed; deterministic.
void twoOpt( const Legs &legs, std::vector<size_t> &order, bool loop )
{
  bool improved = true;
  int rounds = 0;
  while ( improved && rounds++ < 100 )
  {
    improved = false;
    for ( size_t i = 1; i + 1 < order.size(); ++i )
      for ( size_t j = i + 1; j < order.size(); ++j )
      {
        std::vector<size_t> candidate = order;
        std::reverse( candidate.begin() + static_cast<std::ptrdiff_t>( i ),
                      candidate.begin() + static_cast<std::ptrdiff_t>( j ) + 1 );
        if ( tourLength( legs, candidate, loop ) + 1e-6 < tourLength( legs, order, loop ) )
        {
          order = std::move( candidate );
          improved = true;
        }
      }
  }
}

} // namespace

namespace
{
//! Whether the table is one of the project's line layers with its geometry in `geom`.
bool isLineLayer( Database &db, const std::string &table )
{
  Statement s =
    db.prepare( "SELECT 1 FROM gpkg_geometry_columns WHERE table_name = ? AND column_name = 'geom' AND "
                "upper(geometry_type_name) IN ('LINESTRING', 'MULTILINESTRING', 'GEOMETRY')" );
  s.bind( 1, table );
  return s.step();
}
} // namespace

std::string projectStreetTable( ProjectFile &project )
{
  try
  {
    const std::string setting = project.metaValue( "street_layer" );
    if ( !setting.empty() && isLineLayer( project.db(), setting ) )
      return setting;
    if ( isLineLayer( project.db(), "map_roads" ) )
      return "map_roads";
  }
  catch ( const SqlError & )
  {
  }
  return {};
}

Expected<std::vector<RouteCandidate>> routeCandidates( ProjectFile &project, const SuggestOptions &options )
{
  if ( options.area.empty() )
    return Error( MessageCode::WalkSuggestNoArea );
  Expected<ProjectArea> area = findArea( project, options.area );
  if ( !area )
    return Error{ area.error() };
  Database &db = project.db();
  const auto [from, until] = suggestionPeriod( db, options );
  const std::string months = periodMonthsText( options.months );

  Selection selection;
  selection.fromUtc = from;
  selection.untilUtc = until;
  selection.area = std::to_string( area->fid );
  Expected<std::vector<SelectedIncident>> incidents = selectIncidents( project, selection );
  if ( !incidents )
    return Error{ incidents.error() };

  std::map<std::string, std::string> labels, groups;
  for ( const Category &c : project.categories() )
  {
    labels[c.code] = lower( c.labelSv );
    groups[c.code] = c.group;
  }

  std::vector<Place> places;
  // 1. Where incidents gather: 100 m cells aligned to the CRS, at the incidents' mean place.
  struct Cell
  {
    double sx = 0, sy = 0, weight = 0;
    int count = 0;
    std::map<std::string, int> categories;
  };
  std::map<std::pair<int64_t, int64_t>, Cell> cells;
  std::vector<WeightedPoint> points;
  std::vector<ClusterPoint> clusterPoints;
  for ( const SelectedIncident &incident : *incidents )
  {
    Cell &cell = cells[{ static_cast<int64_t>( std::floor( incident.x / kGridCell ) ),
                         static_cast<int64_t>( std::floor( incident.y / kGridCell ) ) }];
    cell.sx += incident.x;
    cell.sy += incident.y;
    cell.weight += incident.weight;
    ++cell.count;
    ++cell.categories[incident.category];
    points.push_back( { incident.x, incident.y, incident.weight } );
    clusterPoints.push_back( { incident.x, incident.y } );
  }
  for ( const auto &[key, cell] : cells )
  {
    if ( cell.count < 2 )
      continue;
    Place place;
    place.candidate.x = cell.sx / cell.count;
    place.candidate.y = cell.sy / cell.count;
    place.candidate.score = cell.weight;
    place.incidents = cell.count;
    for ( const auto &[code, count] : cell.categories )
      place.categories[labels[code]] += count;
    places.push_back( std::move( place ) );
  }

  // 2. Statistical hot spots (Gi*, 100 m cells, 200 m band, FDR) among them.
  if ( points.size() >= HotSpots::sMinimumEvents )
  {
    HotSpotParameters parameters;
    parameters.cellSizeMeters = kGridCell;
    parameters.distanceBandMeters = 2 * kGridCell;
    parameters.extent =
      MapExtent{ area->envelope.minX, area->envelope.minY, area->envelope.maxX, area->envelope.maxY };
    Expected<HotSpotGrid> grid = HotSpots( parameters ).compute( points );
    if ( grid )
      for ( const HotSpotCell &cell : grid->cells( HotSpotCellFilter::All ) )
        if ( cell.binFdr >= 2 && cell.count > 0 )
        {
          Place place;
          place.candidate.x = cell.centreX;
          place.candidate.y = cell.centreY;
          place.candidate.score = cell.binFdr == 3 ? 6 : 3;
          place.reasons.push_back( cell.binFdr == 3 ? "het punkt 99 %" : "het punkt 95 %" );
          places.push_back( std::move( place ) );
        }
  }

  // 3. Clusters (DBSCAN, 50 m, 5 events).
  if ( clusterPoints.size() >= 5 )
  {
    DbscanParameters parameters;
    parameters.epsMeters = 50;
    parameters.minPoints = 5;
    parameters.threads = 1;
    Expected<ClusteringResult> clusters = dbscan( clusterPoints, parameters );
    if ( clusters )
    {
      std::vector<Cell> sums( static_cast<size_t>( clusters->clusterCount ) );
      for ( size_t i = 0; i < clusterPoints.size(); ++i )
        if ( const int id = clusters->clusterIds[i]; id >= 0 )
        {
          sums[static_cast<size_t>( id )].sx += clusterPoints[i].x;
          sums[static_cast<size_t>( id )].sy += clusterPoints[i].y;
          ++sums[static_cast<size_t>( id )].count;
        }
      for ( const Cell &sum : sums )
        if ( sum.count > 0 )
        {
          Place place;
          place.candidate.x = sum.sx / sum.count;
          place.candidate.y = sum.sy / sum.count;
          place.candidate.score = 2;
          place.reasons.push_back( "kluster av " + std::to_string( sum.count ) + " händelser (DBSCAN 50 m)" );
          places.push_back( std::move( place ) );
        }
    }
  }

  // 4. Insecure places reported (the group "otrygg plats").
  for ( const SelectedIncident &incident : *incidents )
    if ( groups[incident.category] == "otrygg_plats" )
    {
      Place place;
      place.candidate.x = incident.x;
      place.candidate.y = incident.y;
      place.candidate.score = 4;
      place.reasons.push_back( "otrygg plats: " + labels[incident.category] );
      places.push_back( std::move( place ) );
    }

  // 5. What earlier walks found unsafe, at any time: marked a problem (rated below 3, or not rated), or not
  // marked either way and rated 0 or 1. An unrated problem weighs as a rating of 2, as in the analyses.
  try
  {
    Statement s = db.prepare(
      "SELECT o.geom, o.rating, c.label_sv, w.walk_date FROM observations o LEFT JOIN checklist_items c ON "
      "c.code = o.checklist_item LEFT JOIN safety_walks w ON w.fid = o.walk_id WHERE NOT coalesce(o.draft, "
      "0) "
      "AND ((o.positive = 0 AND (o.rating IS NULL OR o.rating < 3)) OR "
      "(o.positive IS NULL AND o.rating IS NOT NULL AND o.rating <= 1)) ORDER BY o.fid" );
    while ( s.step() )
    {
      const auto blob = s.blob( 0 );
      const auto p = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
      if ( !p || !area->contains( p->first, p->second ) )
        continue;
      const std::optional<int> rating =
        s.isNull( 1 ) ? std::nullopt : std::optional<int>( static_cast<int>( s.int64( 1 ) ) );
      Place place;
      place.candidate.x = p->first;
      place.candidate.y = p->second;
      place.candidate.score = 3.0 * ( 3 - rating.value_or( 2 ) );
      const std::string date = s.text( 3 );
      const std::string what = lower( s.text( 2 ).empty() ? "platsen" : s.text( 2 ) );
      place.reasons.push_back( what +
                               ( rating ? " bedömd " + std::to_string( *rating ) + "/3" : " en brist" ) +
                               " vid vandringen" + ( date.empty() ? "" : " " + date ) );
      places.push_back( std::move( place ) );
    }
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }

  std::vector<RouteCandidate> candidates = mergePlaces( std::move( places ), months );
  const std::string streetTable =
    options.streetTable.empty() ? projectStreetTable( project ) : options.streetTable;
  const auto pois = readPois( db );
  const auto streets = namedStreets( db, streetTable, area->envelope );
  for ( RouteCandidate &c : candidates )
    c.name = placeName( { c.x, c.y }, pois, streets );
  return candidates;
}

namespace
{
Expected<SuggestedRoute> suggest( ProjectFile &project, const SuggestOptions &options );
}

Expected<SuggestedRoute> suggestRoute( ProjectFile &project, const SuggestOptions &options )
{
  try
  {
    return suggest( project, options );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

namespace
{
Expected<SuggestedRoute> suggest( ProjectFile &project, const SuggestOptions &options )
{
  if ( !( options.maxLength > 0 ) || !std::isfinite( options.maxLength ) )
    return Error( MessageCode::WalkSuggestBadLength, std::to_string( options.maxLength ) );
  if ( options.stops < 2 || options.stops > 30 )
    return Error( MessageCode::WalkSuggestBadStops, static_cast<int64_t>( options.stops ) );
  Expected<std::vector<RouteCandidate>> found = routeCandidates( project, options );
  if ( !found )
    return Error{ found.error() };
  if ( found->empty() )
    return Error( MessageCode::WalkSuggestNoData, options.area, periodMonthsText( options.months ) );
  Database &db = project.db();
  Expected<ProjectArea> area = findArea( project, options.area );
  if ( !area )
    return Error{ area.error() };

  if ( options.start &&
       ( options.start->x < area->envelope.minX - 2000 || options.start->x > area->envelope.maxX + 2000 ||
         options.start->y < area->envelope.minY - 2000 || options.start->y > area->envelope.maxY + 2000 ) )
    return Error( MessageCode::WalkStartOutside, std::to_string( options.start->x ),
                  std::to_string( options.start->y ) );

  SuggestedRoute result;
  std::tie( result.periodFrom, result.periodUntil ) = suggestionPeriod( db, options );
  result.candidates = *found;

  // The places considered: the best 4 × stops candidates (and the start, first, when given).
  std::vector<RouteCandidate> pool(
    found->begin(), found->begin() + static_cast<std::ptrdiff_t>( std::min(
                                       found->size(), static_cast<size_t>( options.stops ) * 4 ) ) );
  std::vector<WalkPoint> places;
  const bool fixedStart = options.start.has_value();
  if ( fixedStart )
    places.push_back( *options.start );
  for ( const RouteCandidate &c : pool )
    places.push_back( { c.x, c.y } );
  const size_t offset = fixedStart ? 1 : 0;

  const std::string streetTable =
    options.useStreets ? ( options.streetTable.empty() ? projectStreetTable( project ) : options.streetTable )
                       : std::string();
  Envelope around = area->envelope;
  for ( const WalkPoint &p : places )
  {
    around.minX = std::min( around.minX, p.x );
    around.maxX = std::max( around.maxX, p.x );
    around.minY = std::min( around.minY, p.y );
    around.maxY = std::max( around.maxY, p.y );
  }
  const StreetNetwork network = networkAround( db, streetTable, around );
  const Legs legs( network, places );

  // Where to begin without a given start: the place nearest a bus stop, square or station (of the best half
  // of the pool), else the best place. A place closer than the stop spacing to a better one is not a start:
  // beginning there would keep the better place off the route.
  const auto pois = readPois( db );
  size_t first = 0; // in the pool
  std::string startName;
  if ( fixedStart )
    startName = "vald startpunkt";
  else
  {
    double best = std::numeric_limits<double>::infinity();
    const size_t considered =
      std::max<size_t>( 1, std::min( pool.size(), static_cast<size_t>( options.stops ) ) );
    for ( size_t i = 0; i < considered; ++i )
    {
      bool shadowsBetter = false;
      for ( size_t j = 0; j < i; ++j )
        shadowsBetter = shadowsBetter || dist( pool[j].x, pool[j].y, pool[i].x, pool[i].y ) < kStopSpacing;
      if ( shadowsBetter )
        continue;
      for ( const NamedPoint &poi : pois )
        if ( poi.kind == "bus_stop" || poi.kind == "square" || poi.kind == "station" )
        {
          const double d = dist( poi.p.x, poi.p.y, pool[i].x, pool[i].y );
          if ( d < best )
          {
            best = d;
            first = i;
            startName = poi.name;
          }
        }
    }
    if ( best > 400 )
    {
      first = 0;
      startName.clear();
    }
  }

  // Greedy by score with cheapest insertion (the first place fixed), then 2-opt, within the length.
  std::vector<size_t> order;
  if ( fixedStart )
    order.push_back( 0 );
  order.push_back( first + offset );
  if ( fixedStart && tourLength( legs, order, options.loop ) > options.maxLength )
    order.pop_back();
  const int wanted = options.stops;
  auto stopsIn = [&]( const std::vector<size_t> &o ) { return static_cast<int>( o.size() - offset ); };
  for ( size_t c = 0; c < pool.size() && stopsIn( order ) < wanted; ++c )
  {
    const size_t index = c + offset;
    if ( std::find( order.begin(), order.end(), index ) != order.end() )
      continue;
    const bool tooClose =
      std::any_of( order.begin(), order.end(),
                   [&]( size_t o )
                   {
                     return o >= offset &&
                            dist( places[o].x, places[o].y, places[index].x, places[index].y ) < kStopSpacing;
                   } );
    if ( tooClose )
      continue;
    std::vector<size_t> bestOrder;
    double bestLength = std::numeric_limits<double>::infinity();
    for ( size_t position = 1; position <= order.size(); ++position )
    {
      std::vector<size_t> candidate = order;
      candidate.insert( candidate.begin() + static_cast<std::ptrdiff_t>( position ), index );
      const double length = tourLength( legs, candidate, options.loop );
      if ( length < bestLength - 1e-9 )
      {
        bestLength = length;
        bestOrder = std::move( candidate );
      }
    }
    if ( bestLength <= options.maxLength )
    {
      order = std::move( bestOrder );
      twoOpt( legs, order, options.loop );
    }
  }

  const int fitted = stopsIn( order );
  if ( fitted < 2 )
  {
    // Say how long the shortest route through two of the best places would be.
    // The shortest route of two stops as the suggestion would make it: from the first place (or the given
    // start) to another place at least kStopSpacing away.
    double shortest = std::numeric_limits<double>::infinity();
    const size_t from = first + offset;
    for ( size_t j = offset; j < places.size(); ++j )
    {
      if ( j == from || dist( places[from].x, places[from].y, places[j].x, places[j].y ) < kStopSpacing )
        continue;
      std::vector<size_t> pair;
      if ( fixedStart )
        pair.push_back( 0 );
      pair.push_back( from );
      pair.push_back( j );
      shortest = std::min( shortest, tourLength( legs, pair, options.loop ) );
    }
    if ( !std::isfinite( shortest ) )
      return Error( MessageCode::WalkSuggestOnePlace, options.area );
    if ( pool.size() < 2 )
      return Error( MessageCode::WalkSuggestOnePlace, options.area );
    return Error( MessageCode::WalkSuggestTooShort,
                  std::to_string( static_cast<int64_t>( options.maxLength ) ),
                  static_cast<int64_t>( std::max( fitted, 0 ) ),
                  std::to_string( static_cast<int64_t>( std::ceil( shortest ) ) ) );
  }
  if ( fitted < wanted )
    result.notes.push_back( Message::make(
      MessageCode::WalkSuggestFewerStops, static_cast<int64_t>( fitted ), static_cast<int64_t>( wanted ),
      std::to_string( static_cast<int64_t>( options.maxLength ) ), static_cast<int64_t>( pool.size() ) ) );

  // The stops, the line and its length.
  const auto streets = namedStreets( db, streetTable, area->envelope );
  int number = 0;
  for ( size_t index : order )
  {
    if ( index < offset )
      continue;
    const RouteCandidate &c = pool[index - offset];
    WalkStop stop;
    stop.number = ++number;
    stop.x = std::round( c.x * 10 ) / 10;
    stop.y = std::round( c.y * 10 ) / 10;
    stop.name = c.name.empty() ? "Plats " + std::to_string( number ) : c.name;
    stop.reason = c.reason;
    result.stops.push_back( std::move( stop ) );
  }
  bool allAlong = !network.empty();
  std::vector<size_t> walked = order;
  if ( options.loop && walked.size() > 1 )
    walked.push_back( walked.front() );
  for ( size_t i = 1; i < walked.size(); ++i )
  {
    allAlong = allAlong && legs.alongStreets( walked[i - 1], walked[i] );
    for ( const WalkPoint &p : legs.line( walked[i - 1], walked[i] ) )
      if ( result.route.empty() ||
           std::hypot( result.route.back().x - p.x, result.route.back().y - p.y ) > 0.01 )
        result.route.push_back( p );
  }
  result.length = tourLength( legs, order, options.loop );
  result.alongStreets = allAlong;
  if ( !network.empty() && !allAlong )
    result.notes.push_back( Message::make( MessageCode::WalkSuggestSomeStraight ) );
  result.startName = startName;
  if ( network.empty() )
    result.notes.push_back( Message::make( MessageCode::WalkSuggestStraightLegs ) );
  // The incidents of the period whose place is not a point could not be placed in the area or near a stop.
  Selection period;
  period.fromUtc = result.periodFrom;
  period.untilUtc = result.periodUntil;
  Expected<ImpreciseCounts> imprecise = countImprecise( project, period );
  if ( !imprecise )
    return Error{ imprecise.error() };
  for ( Message &note : describeImprecise( *imprecise ) )
    result.notes.push_back( std::move( note ) );
  return result;
}

} // namespace

Expected<std::vector<WalkPoint>> routeThrough( ProjectFile &project, const std::vector<WalkPoint> &points,
                                               const std::string &streetTable )
{
  if ( points.size() < 2 )
    return Error( MessageCode::WalkRouteTooShort, static_cast<int64_t>( points.size() ) );
  try
  {
    Envelope around;
    around.minX = around.minY = HUGE_VAL;
    around.maxX = around.maxY = -HUGE_VAL;
    for ( const WalkPoint &p : points )
    {
      around.minX = std::min( around.minX, p.x );
      around.maxX = std::max( around.maxX, p.x );
      around.minY = std::min( around.minY, p.y );
      around.maxY = std::max( around.maxY, p.y );
    }
    const StreetNetwork network = networkAround(
      project.db(), streetTable.empty() ? projectStreetTable( project ) : streetTable, around );
    std::vector<WalkPoint> route;
    for ( size_t i = 1; i < points.size(); ++i )
    {
      const Legs legs( network, { points[i - 1], points[i] } );
      for ( const WalkPoint &p : legs.line( 0, 1 ) )
        if ( route.empty() || std::hypot( route.back().x - p.x, route.back().y - p.y ) > 0.01 )
          route.push_back( p );
    }
    return route;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

} // namespace tryggkarta

#include "analysislayers.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <array>
#include <memory>

namespace tryggkarta
{

namespace
{
void collectRings( const OGRPolygon *polygon, std::vector<std::vector<std::pair<double, double>>> &rings )
{
  auto add = [&rings]( const OGRLinearRing *ring )
  {
    if ( !ring )
      return;
    std::vector<std::pair<double, double>> points;
    for ( int i = 0; i < ring->getNumPoints(); ++i )
      points.emplace_back( ring->getX( i ), ring->getY( i ) );
    rings.push_back( std::move( points ) );
  };
  add( polygon->getExteriorRing() );
  for ( int i = 0; i < polygon->getNumInteriorRings(); ++i )
    add( polygon->getInteriorRing( i ) );
}

//! The outline of a set of points as one polygon (the largest part if GEOS returns several).
void outline( const std::vector<std::pair<double, double>> &points, const ClusterHullOptions &options,
              ClusterDescription &description )
{
  OGRMultiPoint multipoint;
  for ( const auto &[x, y] : points )
  {
    OGRPoint point( x, y );
    multipoint.addGeometry( &point );
  }
  std::unique_ptr<OGRGeometry> hull( options.concave ? multipoint.ConcaveHull( options.concavity, false )
                                                     : multipoint.ConvexHull() );
  if ( hull && wkbFlatten( hull->getGeometryType() ) != wkbPolygon &&
       wkbFlatten( hull->getGeometryType() ) != wkbMultiPolygon )
    hull.reset( hull->Buffer( options.degenerateBufferMeters, 8 ) ); // a line or a point: make it visible
  if ( !hull )
    return;
  const OGRPolygon *polygon = nullptr;
  if ( wkbFlatten( hull->getGeometryType() ) == wkbPolygon )
    polygon = hull->toPolygon();
  else if ( wkbFlatten( hull->getGeometryType() ) == wkbMultiPolygon )
    for ( const OGRPolygon *part : *hull->toMultiPolygon() )
      if ( !polygon || part->get_Area() > polygon->get_Area() )
        polygon = part;
  if ( !polygon )
    return;
  collectRings( polygon, description.rings );
  description.areaSquareMeters = polygon->get_Area();
}

std::string categoryText( const ClusterDescription &cluster )
{
  std::string out;
  for ( const auto &[label, count] : cluster.dominantCategories )
    out += ( out.empty() ? "" : ", " ) + label + " " + std::to_string( count );
  return out;
}
} // namespace

std::string clusterCategoryKey( RecordTable table, const std::string &code )
{
  return table == RecordTable::Observations ? "checklist:" + code : code;
}

Expected<std::vector<ClusterDescription>>
describeClusters( const std::vector<SelectedIncident> &incidents, const ClusteringResult &result,
                  const ClusterHullOptions &options,
                  const std::map<std::string, std::string> &categoryLabels )
{
  if ( result.clusterIds.size() != incidents.size() )
    return Error( MessageCode::ClusterForeignClustering );
  if ( options.concave && !( options.concavity > 0 && options.concavity <= 1 ) )
    return Error( MessageCode::ClusterBadHullConcavity );
  std::vector<std::vector<size_t>> members( static_cast<size_t>( std::max( result.clusterCount, 0 ) ) );
  for ( size_t i = 0; i < incidents.size(); ++i )
    if ( result.clusterIds[i] >= 0 && result.clusterIds[i] < result.clusterCount )
      members[static_cast<size_t>( result.clusterIds[i] )].push_back( i );
  std::vector<ClusterDescription> clusters;
  clusters.reserve( members.size() );
  for ( size_t id = 0; id < members.size(); ++id )
  {
    ClusterDescription d;
    d.clusterId = static_cast<int>( id );
    d.count = members[id].size();
    std::map<std::string, std::size_t> categories;
    std::array<std::size_t, 24> hours{};
    std::array<std::size_t, 7> weekdays{};
    std::vector<std::pair<double, double>> points;
    points.reserve( members[id].size() );
    bool first = true;
    for ( size_t index : members[id] )
    {
      const SelectedIncident &incident = incidents[index];
      d.coreCount += index < result.isCore.size() && result.isCore[index] ? 1 : 0;
      ++categories[incident.isObservation() ? clusterCategoryKey( incident.table, incident.checklistItem )
                                            : incident.category];
      points.emplace_back( incident.x, incident.y );
      if ( !incident.timeKnown )
        continue;
      int weekday = 1, hour = 0;
      stockholmWeekdayHour( incident.midpointUtc(), weekday, hour );
      ++hours[static_cast<size_t>( hour )];
      ++weekdays[static_cast<size_t>( weekday - 1 )];
      d.firstUtc = first ? incident.fromUtc : std::min( d.firstUtc, incident.fromUtc );
      d.lastUtc = first ? incident.untilUtc : std::max( d.lastUtc, incident.untilUtc );
      first = false;
    }
    std::vector<std::pair<std::string, std::size_t>> ranked( categories.begin(), categories.end() );
    std::stable_sort( ranked.begin(), ranked.end(),
                      []( const auto &a, const auto &b ) { return a.second > b.second; } );
    for ( size_t i = 0; i < ranked.size() && i < 3; ++i )
    {
      const auto label = categoryLabels.find( ranked[i].first );
      d.dominantCategories.emplace_back( label == categoryLabels.end() ? ranked[i].first : label->second,
                                         ranked[i].second );
    }
    d.peakHour = static_cast<int>( std::max_element( hours.begin(), hours.end() ) - hours.begin() );
    d.peakWeekday =
      static_cast<int>( std::max_element( weekdays.begin(), weekdays.end() ) - weekdays.begin() ) + 1;
    outline( points, options, d );
    clusters.push_back( std::move( d ) );
  }
  return clusters;
}

ResultTable clusterHullTable( const std::vector<ClusterDescription> &clusters )
{
  using T = ResultField::Type;
  ResultTable table;
  table.geometry = ResultTable::Geometry::Polygon;
  table.fields = { { "cluster_id", T::Integer }, { "count", T::Integer },     { "core_count", T::Integer },
                   { "categories", T::Text },    { "top_category", T::Text }, { "first", T::DateTime },
                   { "last", T::DateTime },      { "peak_hour", T::Integer }, { "peak_weekday", T::Integer },
                   { "area_m2", T::Real } };
  for ( const ClusterDescription &c : clusters )
  {
    ResultFeature feature;
    feature.rings = c.rings;
    feature.values = { ResultValue( std::int64_t( c.clusterId ) ),
                       ResultValue( std::int64_t( c.count ) ),
                       ResultValue( std::int64_t( c.coreCount ) ),
                       ResultValue( categoryText( c ) ),
                       c.dominantCategories.empty() ? ResultValue()
                                                    : ResultValue( c.dominantCategories[0].first ),
                       ResultValue( std::int64_t( c.firstUtc ) ),
                       ResultValue( std::int64_t( c.lastUtc ) ),
                       ResultValue( std::int64_t( c.peakHour ) ),
                       ResultValue( std::int64_t( c.peakWeekday ) ),
                       ResultValue( c.areaSquareMeters ) };
    table.features.push_back( std::move( feature ) );
  }
  return table;
}

ResultTable clusterEventTable( const std::vector<SelectedIncident> &incidents, const ClusteringResult &result,
                               bool includeNoise )
{
  using T = ResultField::Type;
  ResultTable table;
  table.geometry = ResultTable::Geometry::Point;
  table.fields = { { "incident_fid", T::Integer },
                   { "cluster_id", T::Integer },
                   { "core", T::Integer },
                   { "category", T::Text },
                   { "occurred_from", T::DateTime } };
  const bool observations = std::any_of( incidents.begin(), incidents.end(),
                                         []( const SelectedIncident &i ) { return i.isObservation(); } );
  if ( observations )
  {
    table.fields.push_back( { "observation_fid", T::Integer } );
    table.fields.push_back( { "checklist_item", T::Text } );
  }
  for ( size_t i = 0; i < incidents.size() && i < result.clusterIds.size(); ++i )
  {
    if ( result.clusterIds[i] < 0 && !includeNoise )
      continue;
    const SelectedIncident &point = incidents[i];
    const bool observation = point.isObservation();
    ResultFeature feature;
    feature.point = std::make_pair( point.x, point.y );
    feature.values = { observation ? ResultValue() : ResultValue( point.fid ),
                       ResultValue( std::int64_t( result.clusterIds[i] ) ),
                       ResultValue( std::int64_t( i < result.isCore.size() ? result.isCore[i] : 0 ) ),
                       observation ? ResultValue() : ResultValue( point.category ),
                       point.timeKnown ? ResultValue( point.fromUtc ) : ResultValue() };
    if ( observations )
    {
      feature.values.push_back( observation ? ResultValue( point.fid ) : ResultValue() );
      feature.values.push_back(
        observation && !point.checklistItem.empty() ? ResultValue( point.checklistItem ) : ResultValue() );
    }
    table.features.push_back( std::move( feature ) );
  }
  return table;
}

std::string hotSpotClassLabel( int bin )
{
  switch ( bin )
  {
  case 3:
    return "hot 99 %";
  case 2:
    return "hot 95 %";
  case 1:
    return "hot 90 %";
  case -1:
    return "cold 90 %";
  case -2:
    return "cold 95 %";
  case -3:
    return "cold 99 %";
  default:
    return "not significant";
  }
}

ResultTable hotSpotCellTable( const HotSpotGrid &grid, bool includeEmpty )
{
  using T = ResultField::Type;
  ResultTable table;
  table.geometry = ResultTable::Geometry::Polygon;
  table.fields = { { "cell", T::Integer }, { "count", T::Real },      { "z", T::Real },    { "p", T::Real },
                   { "bin", T::Integer },  { "bin_fdr", T::Integer }, { "class", T::Text } };
  for ( const HotSpotCell &cell :
        grid.cells( includeEmpty ? HotSpotCellFilter::All : HotSpotCellFilter::NonEmptyOrSignificant ) )
  {
    ResultFeature feature;
    feature.rings = { cell.ring };
    feature.values = { ResultValue( std::int64_t( cell.index ) ),
                       ResultValue( cell.count ),
                       ResultValue( cell.zScore ),
                       ResultValue( cell.pValue ),
                       ResultValue( std::int64_t( cell.bin ) ),
                       ResultValue( std::int64_t( cell.binFdr ) ),
                       ResultValue( hotSpotClassLabel( cell.binFdr ) ) };
    table.features.push_back( std::move( feature ) );
  }
  return table;
}

} // namespace tryggkarta

#include "importcrs.h"

#include "coordinatedetection.h"
#include "database.h"
#include "fieldmapping.h"
#include "geometryblob.h"
#include "rowinterpreter.h"
#include "rowsource.h"

#include <optional>
#include <utility>
#include <vector>

namespace tryggkarta
{

namespace
{

constexpr size_t kCrsSampleRows = 2000;

std::string srsLabel( const OGRSpatialReference &srs )
{
  const char *code = srs.GetAuthorityCode( nullptr );
  const char *authority = srs.GetAuthorityName( nullptr );
  if ( code && authority )
    return std::string( authority ) + ":" + code + " (" + ( srs.GetName() ? srs.GetName() : "" ) + ")";
  return srs.GetName() ? srs.GetName() : "custom";
}

std::optional<Envelope> projectExtentIn3006( Database &db, int projectSrsId )
{
  std::optional<Envelope> extent;
  // The extent of the project's own data: its areas and base map, else its incidents.
  for ( const char *sql : { "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_areas_geom",
                            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_incidents_geom" } )
  {
    Statement s = db.prepare( sql );
    if ( s.step() && !s.isNull( 0 ) )
    {
      extent = Envelope{ s.real( 0 ), s.real( 1 ), s.real( 2 ), s.real( 3 ) };
      break;
    }
  }
  if ( !extent || projectSrsId == 3006 )
    return extent;
  OGRSpatialReference from, tm;
  from.importFromEPSG( projectSrsId );
  tm.importFromEPSG( 3006 );
  from.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  tm.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> ct( OGRCreateCoordinateTransformation( &from, &tm ) );
  Envelope out;
  if ( !ct || !ct->TransformBounds( extent->minX, extent->minY, extent->maxX, extent->maxY, &out.minX,
                                    &out.minY, &out.maxX, &out.maxY, 21 ) )
    return std::nullopt;
  return out;
}

} // namespace

Expected<CrsDecision> decideCrs( const std::string &name, RowSource &source,
                                 const RowInterpreter &interpreter, const ImportOptions &options,
                                 Database &db, int projectSrsId )
{
  CrsDecision decision;
  decision.srs = std::make_unique<OGRSpatialReference>();
  decision.srs->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  if ( options.sourceEpsg )
  {
    if ( decision.srs->importFromEPSG( *options.sourceEpsg ) != OGRERR_NONE )
      return Error( MessageCode::ImportUnknownEpsg, name, *options.sourceEpsg );
    decision.label = Message::make( MessageCode::ImportCrsChosen, *options.sourceEpsg );
    // Coordinate columns in north–east order are still recognised for a chosen projected CRS.
    if ( !interpreter.usesGeometry() && *options.sourceEpsg != 4326 )
    {
      SourceRow row;
      int northFirst = 0, total = 0;
      while ( total < 200 && source.next( row ) )
      {
        const auto a = parseNumber( row.values[interpreter.xColumn()] ),
                   b = parseNumber( row.values[interpreter.yColumn()] );
        if ( a && b )
        {
          ++total;
          northFirst += ( *a > 5000000 && *b < 2000000 ) ? 1 : 0;
        }
      }
      source.rewind();
      decision.swapped = total > 0 && northFirst * 2 > total;
    }
    return decision;
  }
  if ( interpreter.usesGeometry() && source.spatialRef() )
  {
    decision.srs.reset( source.spatialRef()->Clone() );
    decision.srs->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    decision.label = Message::make( MessageCode::ImportCrsFromFile, srsLabel( *decision.srs ) );
    return decision;
  }
  // Recognise from the values of the first rows.
  std::vector<std::pair<double, double>> samples;
  SourceRow row;
  while ( samples.size() < kCrsSampleRows && source.next( row ) )
  {
    if ( interpreter.usesGeometry() )
    {
      if ( row.hasGeometry )
        samples.emplace_back( row.gx, row.gy );
      continue;
    }
    const auto a = parseNumber( row.values[interpreter.xColumn()] ),
               b = parseNumber( row.values[interpreter.yColumn()] );
    if ( a && b )
      samples.emplace_back( *a, *b );
  }
  source.rewind();
  const CrsGuess guess = guessCrs( samples, projectExtentIn3006( db, projectSrsId ) );
  switch ( guess.problem )
  {
  case CrsGuess::Problem::None:
    break;
  case CrsGuess::Problem::NoNumericCoordinates:
    return Error( MessageCode::ImportCrsNoNumbers, name );
  case CrsGuess::Problem::LocalZoneUnknown:
    return Error( MessageCode::ImportCrsLocalZone, name );
  case CrsGuess::Problem::NotRecognised:
    return Error( MessageCode::ImportCrsNotRecognised, name, std::to_string( guess.medianFirst ),
                  std::to_string( guess.medianSecond ) );
  }
  decision.srs->importFromEPSG( guess.epsg );
  decision.swapped = guess.swapped && !interpreter.usesGeometry();
  decision.label = guess.explanation;
  return decision;
}

} // namespace tryggkarta

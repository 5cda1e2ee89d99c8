#include "demoparts.h"

// The EST areas the group follows and the districts that tile the town.

namespace tryggkarta::demo
{

namespace
{

// Districts tile the town; EST areas are the smaller areas the EST group follows.
const std::vector<AreaSpec> &areaSpecs()
{
  static const std::vector<AreaSpec> sAreas = {
    { "est_area", "Centrum", { { -280, -420 }, { 560, -420 }, { 560, 560 }, { -280, 560 } } },
    { "est_area", "Stationsområdet", { { -280, 560 }, { 1000, 560 }, { 1000, 900 }, { -280, 900 } } },
    { "est_area",
      "Norr (bostadsområde)",
      { { -250, 1200 }, { 1300, 1200 }, { 1300, 2250 }, { -250, 2250 } } },
    { "est_area",
      "Strandparken/Hamnen",
      { { -1450, 50 },
        { -1300, -100 },
        { -950, -330 },
        { -650, -800 },
        { -400, -1150 },
        { -250, -1250 },
        { 500, -1350 },
        { 600, -1900 },
        { -1900, -1900 },
        { -1900, -200 } } },
    { "est_area",
      "Öster (industriområde)",
      { { 1520, -700 }, { 2900, -700 }, { 2950, 650 }, { 1520, 650 } } },
    { "district", "Centrala staden", { { -290, -420 }, { 1000, -420 }, { 1000, 760 }, { -290, 760 } } },
    { "district", "Norra staden", { { -290, 760 }, { 1600, 760 }, { 1600, 3200 }, { -290, 3200 } } },
    { "district", "Västra staden", { { -3400, -200 }, { -290, -200 }, { -290, 3200 }, { -3400, 3200 } } },
    { "district",
      "Södra staden",
      { { -3400, -3000 },
        { 1000, -3000 },
        { 1000, -420 },
        { -290, -420 },
        { -290, -200 },
        { -3400, -200 } } },
    { "district",
      "Östra staden",
      { { 1000, -3000 }, { 3400, -3000 }, { 3400, 3200 }, { 1600, 3200 }, { 1600, 760 }, { 1000, 760 } } },
  };
  return sAreas;
}

MultiPolygonPtr clippedToLand( const AreaSpec &spec, const OGRGeometry &land )
{
  return polygonsOf( intersection( *makePolygon( fromSquare( spec.ring ) ), land ).get(), 1000 );
}

} // namespace

MultiPolygonPtr areaPolygons( const Town &town, const std::string &name )
{
  const GeometryPtr land = difference( *town.boundary, town.lake.get() );
  for ( const AreaSpec &spec : areaSpecs() )
    if ( name == spec.name )
      return clippedToLand( spec, *land );
  return std::make_unique<OGRMultiPolygon>();
}

std::map<std::string, int64_t> writeAreas( Database &db, const Town &town, int64_t &count )
{
  std::map<std::string, int64_t> ids;
  const GeometryPtr land = difference( *town.boundary, town.lake.get() );
  Statement insert = db.prepare( "INSERT INTO areas (geom, name, kind, code, note) VALUES (?, ?, ?, ?, ?)" );
  int estNumber = 0, districtNumber = 0;
  for ( const AreaSpec &spec : areaSpecs() )
  {
    const MultiPolygonPtr polygons = clippedToLand( spec, *land );
    if ( polygons->IsEmpty() )
      continue;
    const bool est = std::string( spec.kind ) == "est_area";
    const std::string code =
      est ? "EST" + std::to_string( ++estNumber ) : "D" + std::to_string( ++districtNumber );
    bindGeometry( insert, 1, blobOf( *polygons ) );
    insert.bind( 2, spec.name ).bind( 3, spec.kind ).bind( 4, code ).bind( 5, kSyntheticDataNote );
    insert.run();
    ids[spec.name] = db.lastInsertId();
    ++count;
  }
  return ids;
}

} // namespace tryggkarta::demo

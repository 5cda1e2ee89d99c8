#include "demoparts.h"

#include "geometryblob.h"
#include "schema.h"

// Exempelkommun's base map: the lake and river, land use, roads and buildings, drawn from the tables below
// (metres from Stora torget) and written as the map_* layers.

namespace tryggkarta::demo
{

namespace
{

// The town is the same whatever the event seed, so screenshots and documentation stay comparable.
constexpr uint64_t kBaseMapSeed = 0x4b72697374696e65ULL;

// ---------------------------------------------------------------------------------------------------------------
// Plane geometry only the town needs

double pointSegmentDistance( const XY &p, const XY &a, const XY &b )
{
  const double dx = b.x - a.x, dy = b.y - a.y;
  const double lengthSquared = dx * dx + dy * dy;
  double t = lengthSquared > 0 ? ( ( p.x - a.x ) * dx + ( p.y - a.y ) * dy ) / lengthSquared : 0;
  t = std::clamp( t, 0.0, 1.0 );
  return distance( p, { a.x + t * dx, a.y + t * dy } );
}

bool segmentsCross( const XY &a, const XY &b, const XY &c, const XY &d )
{
  auto side = []( const XY &p, const XY &q, const XY &r )
  { return ( q.x - p.x ) * ( r.y - p.y ) - ( q.y - p.y ) * ( r.x - p.x ); };
  const double d1 = side( c, d, a ), d2 = side( c, d, b ), d3 = side( a, b, c ), d4 = side( a, b, d );
  return ( ( d1 > 0 ) != ( d2 > 0 ) ) && ( ( d3 > 0 ) != ( d4 > 0 ) );
}

GeometryPtr unite( const OGRGeometry *a, const OGRGeometry &b )
{
  if ( !a || a->IsEmpty() )
    return GeometryPtr( b.clone() );
  GeometryPtr result( a->Union( &b ) );
  return result ? std::move( result ) : GeometryPtr( a->clone() );
}

//! The line parts of an overlay result, dropping pieces shorter than minLengthMeters.
void collectLines( const OGRGeometry *geometry, double minLengthMeters, std::vector<Path> &out )
{
  if ( !geometry )
    return;
  switch ( wkbFlatten( geometry->getGeometryType() ) )
  {
  case wkbLineString:
  {
    const OGRLineString *line = geometry->toLineString();
    Path path;
    for ( int i = 0; i < line->getNumPoints(); ++i )
      path.push_back( { line->getX( i ), line->getY( i ) } );
    if ( path.size() >= 2 && pathLength( path ) >= minLengthMeters )
      out.push_back( std::move( path ) );
    break;
  }
  case wkbMultiLineString:
  case wkbGeometryCollection:
  {
    const OGRGeometryCollection *collection = geometry->toGeometryCollection();
    for ( int i = 0; i < collection->getNumGeometries(); ++i )
      collectLines( collection->getGeometryRef( i ), minLengthMeters, out );
    break;
  }
  default:
    break;
  }
}

struct Wave
{
  double amplitudeMeters;
  double wavelengthMeters;
  double phase;
};

//! Densifies a polyline and shifts each vertex sideways by a sum of waves: natural-looking shores and rivers.
Path wobble( const Path &controls, double stepMeters, const std::vector<Wave> &waves )
{
  Path out;
  double travelled = 0;
  auto shifted = [&]( const XY &p, double nx, double ny )
  {
    double offset = 0;
    for ( const Wave &wave : waves )
      offset += wave.amplitudeMeters * std::sin( 2 * kPi * travelled / wave.wavelengthMeters + wave.phase );
    return XY{ p.x + nx * offset, p.y + ny * offset };
  };
  for ( size_t i = 1; i < controls.size(); ++i )
  {
    const XY &a = controls[i - 1];
    const XY &b = controls[i];
    const double length = distance( a, b );
    const double nx = -( b.y - a.y ) / length, ny = ( b.x - a.x ) / length;
    const int steps = std::max( 1, static_cast<int>( std::ceil( length / stepMeters ) ) );
    for ( int s = 0; s < steps; ++s )
    {
      const double t = static_cast<double>( s ) / steps;
      out.push_back( shifted( { a.x + t * ( b.x - a.x ), a.y + t * ( b.y - a.y ) }, nx, ny ) );
      travelled += length / steps;
    }
    if ( i + 1 == controls.size() )
      out.push_back( shifted( b, nx, ny ) );
  }
  return out;
}

//! Separating-axis test for two oriented rectangles, each grown by marginMeters.
bool rectanglesOverlap( const Rectangle &a, const Rectangle &b, double marginMeters )
{
  if ( distance( a.centre, b.centre ) > a.radius() + b.radius() + 2 * marginMeters )
    return false;
  const double dx = b.centre.x - a.centre.x, dy = b.centre.y - a.centre.y;
  for ( const Rectangle *r : { &a, &b } )
  {
    const double axes[2][2] = { { r->ux, r->uy }, { -r->uy, r->ux } };
    for ( const auto &axis : axes )
    {
      auto extent = [&]( const Rectangle &q )
      {
        return q.halfLength * std::fabs( q.ux * axis[0] + q.uy * axis[1] ) +
               q.halfDepth * std::fabs( -q.uy * axis[0] + q.ux * axis[1] ) + marginMeters;
      };
      if ( std::fabs( dx * axis[0] + dy * axis[1] ) > extent( a ) + extent( b ) )
        return false;
    }
  }
  return true;
}

struct Segment
{
  XY a, b;
  //! False when p is certainly farther than marginMeters from the segment (a bounding-box test).
  bool mayBeNear( const XY &p, double marginMeters ) const
  {
    return p.x >= std::min( a.x, b.x ) - marginMeters && p.x <= std::max( a.x, b.x ) + marginMeters &&
           p.y >= std::min( a.y, b.y ) - marginMeters && p.y <= std::max( a.y, b.y ) + marginMeters;
  }
};

double segmentRectangleDistance( const Segment &s, const Rectangle &r )
{
  const auto corners = r.corners();
  const std::vector<Path> ring = { Path( corners.begin(), corners.end() ) };
  if ( ringsContain( ring, s.a ) || ringsContain( ring, s.b ) )
    return 0;
  double best = std::numeric_limits<double>::max();
  for ( size_t i = 0; i < 4; ++i )
  {
    const XY &c = corners[i];
    const XY &d = corners[( i + 1 ) % 4];
    if ( segmentsCross( s.a, s.b, c, d ) )
      return 0;
    best = std::min( { best, pointSegmentDistance( c, s.a, s.b ), pointSegmentDistance( s.a, c, d ),
                       pointSegmentDistance( s.b, c, d ) } );
  }
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// The town: data tables (metres from Stora torget)

struct RoadSpec
{
  const char *name;
  const char *kind; // arterial, street, path
  std::vector<XY> points;
};

// Named roads drawn by hand; residential street grids are added by rule below.
const std::vector<RoadSpec> &namedRoads()
{
  static const std::vector<RoadSpec> sRoads = {
    { "Storgatan",
      "arterial",
      { { -1650, 180 }, { -900, 120 }, { -300, 70 }, { 0, 60 }, { 600, 60 }, { 1450, 80 } } },
    { "Industrivägen", "arterial", { { 1450, 80 }, { 2200, 20 }, { 2950, -50 }, { 3400, -80 } } },
    { "Östra Ringvägen",
      "arterial",
      { { 250, -1420 },
        { 850, -1150 },
        { 1300, -600 },
        { 1450, 80 },
        { 1450, 800 },
        { 1300, 1500 },
        { 950, 2100 },
        { 500, 2350 } } },
    { "Norra Ringvägen", "arterial", { { 500, 2350 }, { -200, 2420 }, { -900, 2250 }, { -1500, 1800 } } },
    { "Västra Ringvägen", "arterial", { { -1500, 1800 }, { -1750, 1100 }, { -1800, 500 }, { -1650, 180 } } },
    { "Vänersvägen",
      "arterial",
      { { 250, -1420 }, { 700, -1700 }, { 1100, -2050 }, { 1500, -2500 }, { 1900, -2900 } } },
    { "Kungsgatan", "street", { { 150, -1400 }, { 120, -800 }, { 120, -380 }, { 120, 60 }, { 120, 650 } } },
    { "Norra Allén", "street", { { 120, 650 }, { 220, 1100 }, { 236, 1650 }, { 250, 1800 }, { 320, 2900 } } },
    { "Järnvägsgatan", "street", { { -210, 650 }, { 1000, 650 } } },
    { "Kyrkogatan", "street", { { -210, 280 }, { 540, 280 } } },
    { "Drottninggatan", "street", { { -210, -160 }, { 540, -160 } } },
    { "Södra Vallgatan", "street", { { -210, -380 }, { 920, -380 } } },
    { "Västra Strandgatan", "street", { { -210, -380 }, { -210, 650 } } },
    { "Västra Torggatan", "street", { { -100, -380 }, { -100, 650 } } },
    { "Nygatan", "street", { { 330, -380 }, { 330, 650 } } },
    { "Parkgatan", "street", { { 540, -380 }, { 540, 650 } } },
    { "Kvarnvägen", "street", { { 540, 420 }, { 1450, 420 } } },
    { "Hamngatan", "street", { { -100, -380 }, { -180, -700 }, { -260, -1050 }, { -300, -1330 } } },
    { "Skolgatan", "street", { { 236, 1650 }, { 450, 1640 }, { 800, 1620 }, { 1290, 1550 } } },
    { "Sjögatan", "street", { { -900, 120 }, { -1000, -250 } } },
    { "Fabriksgatan", "street", { { 1700, -650 }, { 1750, 600 } } },
    { "Verkstadsgatan", "street", { { 2500, -650 }, { 2550, 550 } } },
    { "Lagergatan", "street", { { 1750, -300 }, { 2900, -350 } } },
    { "Strandpromenaden",
      "path",
      { { -300, -1330 },
        { -520, -1170 },
        { -700, -930 },
        { -830, -640 },
        { -1050, -380 },
        { -1300, -180 },
        { -1400, 0 },
        { -1420, 162 } } },
    { "Åpromenaden", "path", { { -420, -450 }, { -400, 0 }, { -390, 400 }, { -380, 640 } } },
    { "Stadsparksstigen", "path", { { 560, -240 }, { 740, 0 }, { 900, 240 } } },
    { "Parkstigen", "path", { { 560, 120 }, { 920, -120 } } },
    { "Stationsstigen", "path", { { 450, 650 }, { 480, 780 }, { 500, 1000 } } },
    { "Skolstigen", "path", { { 450, 1700 }, { 600, 1760 }, { 800, 1840 } } },
    { "Elljusspåret",
      "path",
      { { -1200, 2400 }, { -600, 2650 }, { 0, 2700 }, { 400, 2600 }, { 700, 2450 } } },
  };
  return sRoads;
}

// Land use in priority order: a later polygon only gets what the earlier ones left.
const std::vector<AreaSpec> &landuseSpecs()
{
  static const std::vector<AreaSpec> sLanduse = {
    { "park", "Stadsparken", { { 560, -260 }, { 920, -260 }, { 920, 260 }, { 560, 260 } } },
    { "park",
      "Strandparken",
      { { -1450, 50 },
        { -1300, -100 },
        { -950, -330 },
        { -600, -380 },
        { -420, -560 },
        { -400, -1150 },
        { -250, -1250 },
        { -250, -1800 },
        { -1900, -1800 },
        { -1900, -200 } } },
    { "park", "Åparken", { { -460, -500 }, { -320, -500 }, { -320, 700 }, { -460, 700 } } },
    { "park", "Norrbackaparken", { { 550, 1660 }, { 820, 1660 }, { 820, 1860 }, { 550, 1860 } } },
    { "centre",
      "Centrum",
      { { -280, -420 }, { 560, -420 }, { 560, 560 }, { 1000, 560 }, { 1000, 730 }, { -280, 730 } } },
    { "centre", "Kvarnens köpcentrum", { { 1000, 250 }, { 1400, 250 }, { 1400, 600 }, { 1000, 600 } } },
    { "industrial",
      "Östra industriområdet",
      { { 1520, -700 }, { 2900, -700 }, { 2950, 650 }, { 1520, 650 } } },
    { "industrial", "Hamnen", { { -250, -1250 }, { 400, -1330 }, { 600, -1850 }, { -250, -1850 } } },
    { "residential", "Norrbacka", { { -250, 760 }, { 1400, 760 }, { 1350, 2250 }, { -250, 2250 } } },
    { "residential",
      "Väster",
      { { -1800, 2150 }, { -330, 2250 }, { -330, -350 }, { -950, -330 }, { -1300, -100 }, { -1800, 100 } } },
    { "residential",
      "Söder",
      { { -250, -420 },
        { 900, -420 },
        { 950, -1050 },
        { 450, -1300 },
        { -250, -1250 },
        { -400, -1150 },
        { -560, -800 },
        { -420, -420 } } },
    { "residential",
      "Östermalm",
      { { 920, -1000 },
        { 1300, -700 },
        { 1500, -700 },
        { 1500, 760 },
        { 560, 760 },
        { 560, 260 },
        { 920, 260 } } },
    { "residential",
      "Nordost",
      { { 1450, 660 }, { 2400, 660 }, { 2400, 1900 }, { 1150, 2150 }, { 1320, 1500 } } },
    // Forest and fields fill what the town leaves, out to the boundary.
    { "forest",
      "Norra skogen",
      { { -3300, 2150 },
        { -1800, 2150 },
        { -300, 2200 },
        { 1000, 2100 },
        { 2400, 1850 },
        { 3300, 1850 },
        { 3300, 3300 },
        { -3300, 3300 } } },
    { "forest", "Västra skogen", { { -3300, 1100 }, { -1800, 1100 }, { -1800, 2200 }, { -3300, 2200 } } },
    { "forest", "Östra skogen", { { 2950, -900 }, { 3300, -900 }, { 3300, 900 }, { 2950, 900 } } },
    { "forest", "Hamnskogen", { { 300, -1250 }, { 1000, -1000 }, { 1000, -2900 }, { 300, -2900 } } },
    { "field", "Norrängen", { { 2400, 650 }, { 3300, 650 }, { 3300, 1900 }, { 2400, 1900 } } },
    { "field",
      "Södra åkrarna",
      { { 1000, -2900 }, { 3300, -2900 }, { 3300, -700 }, { 1520, -700 }, { 1300, -700 }, { 950, -1050 } } },
    { "field", "Västra åkrarna", { { -3300, -700 }, { -1800, -700 }, { -1800, 1100 }, { -3300, 1100 } } },
  };
  return sLanduse;
}

struct StreetGridSpec
{
  const char *residentialArea;
  double angleDegrees;
  double spacingMeters;
  std::vector<const char *> namesAlong;
  std::vector<const char *> namesAcross;
};

// Local streets in the residential areas: a rotated grid clipped to the area.
const std::vector<StreetGridSpec> &streetGrids()
{
  static const std::vector<StreetGridSpec> sGrids = {
    { "Norrbacka",
      5,
      170,
      { "Björkvägen", "Lönnvägen", "Aspvägen", "Rönnvägen", "Almvägen", "Ekvägen", "Hasselvägen", "Lindvägen",
        "Sälgvägen" },
      { "Norrbackavägen", "Tallvägen", "Granvägen", "Enevägen", "Lärkvägen", "Idegransvägen", "Måsvägen",
        "Tranvägen", "Svanvägen", "Trastvägen" } },
    { "Väster",
      -20,
      180,
      { "Fiskaregatan", "Sjömansgatan", "Båtsmansgatan", "Skepparegatan", "Ankargatan", "Seglaregatan",
        "Roddaregatan", "Kajgatan", "Ekogatan" },
      { "Västra Vallgatan", "Kvarngatan", "Bruksgatan", "Smedjegatan", "Hyttgatan", "Kopparslagaregatan",
        "Garvaregatan", "Krukmakaregatan", "Tunnbindaregatan", "Repslagaregatan" } },
    { "Söder",
      30,
      160,
      { "Strandgatan", "Vassgatan", "Näckrosvägen", "Sävgatan", "Vågvägen", "Sjöbodsvägen" },
      { "Sundsgatan", "Badhusgatan", "Bryggvägen", "Udsvägen", "Notvägen" } },
    { "Östermalm",
      0,
      160,
      { "Östra Vallgatan", "Tegelbruksgatan", "Hantverkargatan", "Mältargatan", "Bagaregatan" },
      { "Trädgårdsgatan", "Bryggaregatan", "Humlegatan", "Gjutaregatan", "Snickaregatan" } },
    { "Nordost",
      15,
      180,
      { "Klövervägen", "Blåklintsvägen", "Prästkragevägen", "Vallmovägen", "Smörblommevägen", "Kamomillvägen",
        "Linnévägen" },
      { "Ängsvägen", "Hagvägen", "Gärdesvägen", "Åkervägen", "Fältvägen", "Betesvägen", "Gräsvägen" } },
  };
  return sGrids;
}

struct PoiSpec
{
  const char *name;
  const char *kind;
  XY offset;
};

const std::vector<PoiSpec> &pois()
{
  static const std::vector<PoiSpec> sPois = {
    { "Resecentrum", "station", { 300, 705 } },
    { "Stora torget", "square", { 0, 0 } },
    { "Västerskolan", "school", { -900, 600 } },
    { "Norrbackaskolan", "school", { 450, 1710 } },
    { "Strandskolan", "school", { 450, -850 } },
    { "Kvarnens köpcentrum", "shop", { 1180, 500 } },
    { "Västervallen idrottsplats", "sports", { -1300, 1450 } },
    { "Stadsbiblioteket", "library", { 40, 230 } },
    { "Stadskyrkan", "church", { -150, 350 } },
    { "Fritidsgården Växthuset", "youth_centre", { 600, 610 } },
    { "Hållplats Resecentrum", "bus_stop", { 360, 660 } },
    { "Hållplats Stora torget", "bus_stop", { 160, 10 } },
    { "Hållplats Norrbacka", "bus_stop", { 260, 1800 } },
    { "Hållplats Västerskolan", "bus_stop", { -890, 135 } },
    { "Hållplats Hamnen", "bus_stop", { -250, -1290 } },
    { "Hållplats Industrivägen", "bus_stop", { 2000, 55 } },
    { "Hållplats Köpcentrum", "bus_stop", { 1200, 440 } },
    { "Hållplats Skolgatan", "bus_stop", { 800, 1640 } },
  };
  return sPois;
}

const std::vector<XY> kBoundary = { { -3150, 1500 }, { -2200, 2750 }, { -600, 3050 },   { 1200, 2950 },
                                    { 2800, 2450 },  { 3200, 900 },   { 3150, -900 },   { 2400, -2050 },
                                    { 1300, -2650 }, { 0, -2350 },    { -1400, -1750 }, { -2600, -950 },
                                    { -3200, 200 } };

// Vänern's shore from north-west to south-east; the lake lies to the south-west of it.
const std::vector<XY> kShoreline = { { -3700, 1150 }, { -3000, 700 },  { -2500, 300 },  { -2050, 120 },
                                     { -1700, -150 }, { -1400, -330 }, { -1150, -480 }, { -950, -750 },
                                     { -800, -1050 }, { -650, -1250 }, { -450, -1380 }, { -250, -1520 },
                                     { -50, -1560 },  { 150, -1700 },  { 350, -1900 },  { 650, -2050 },
                                     { 950, -2350 },  { 1250, -2750 }, { 1500, -3300 }, { 1600, -3700 } };

// Varnan's centre line from the north edge of town to its mouth, a little into the lake.
const std::vector<XY> kRiver = { { -120, 3300 }, { -230, 2700 },  { -170, 2100 }, { -290, 1500 },
                                 { -290, 900 },  { -300, 300 },   { -300, -200 }, { -350, -550 },
                                 { -500, -900 }, { -620, -1200 }, { -720, -1420 } };
constexpr double kRiverHalfWidthMeters = 15;

const std::vector<XY> kRailway = { { -3400, 1350 }, { -2000, 1080 }, { -900, 880 },
                                   { -290, 790 },   { 300, 765 },    { 1000, 760 },
                                   { 1800, 700 },   { 2600, 560 },   { 3400, 380 } };

// ---------------------------------------------------------------------------------------------------------------
// Building the town

void buildWater( Town &town )
{
  // Lake: the wobbled shoreline closed far out in the lake.
  Path lakeRing =
    wobble( fromSquare( kShoreline ), 40, { { 45, 900, 0.3 }, { 22, 330, 1.7 }, { 8, 110, 4.1 } } );
  for ( const XY &corner : fromSquare( { { 1600, -4500 }, { -4800, -4500 }, { -4800, 1150 } } ) )
    lakeRing.push_back( corner );
  town.lake = polygonsOf( makePolygon( lakeRing ).get(), 0 );

  const Path riverLine = wobble( fromSquare( kRiver ), 25, { { 12, 300, 0.0 }, { 6, 120, 2.0 } } );
  GeometryPtr riverPolygon( makeLine( riverLine )->Buffer( kRiverHalfWidthMeters, 6 ) );
  town.river = riverPolygon ? polygonsOf( difference( *riverPolygon, town.lake.get() ).get(), 100 )
                            : std::make_unique<OGRMultiPolygon>();
  town.water.add( *town.lake );
  town.water.add( *town.river );
}

void buildLanduse( Town &town )
{
  GeometryPtr taken = unite( town.lake.get(), *town.river );
  for ( const AreaSpec &spec : landuseSpecs() )
  {
    GeometryPtr clipped = intersection( *makePolygon( fromSquare( spec.ring ) ), *town.boundary );
    clipped = difference( *clipped, taken.get() );
    MultiPolygonPtr polygons = polygonsOf( clipped.get(), 2000 );
    if ( polygons->IsEmpty() )
      continue;
    taken = unite( taken.get(), *polygons );
    town.landuseRegions[spec.kind].add( *polygons );
    if ( std::string( spec.kind ) == "residential" || std::string( spec.kind ) == "centre" ||
         std::string( spec.kind ) == "industrial" )
      town.builtUp.add( *polygons );
    town.landuse.push_back( { spec.kind, spec.name, std::move( polygons ) } );
  }
}

std::vector<Segment> roadSegments( const std::vector<Road> &roads )
{
  std::vector<Segment> segments;
  for ( const Road &road : roads )
    for ( size_t i = 1; i < road.path.size(); ++i )
      segments.push_back( { road.path[i - 1], road.path[i] } );
  return segments;
}

//! True when most of the line runs within nearMeters of an existing road (a grid line doubling a street).
bool doublesExistingRoad( const Path &line, const std::vector<Segment> &segments, double nearMeters )
{
  const double length = pathLength( line );
  int near = 0;
  const int samples = 7;
  for ( int i = 0; i < samples; ++i )
  {
    const XY p = pointAlong( line, length * ( i + 0.5 ) / samples );
    for ( const Segment &s : segments )
    {
      if ( s.mayBeNear( p, nearMeters ) && pointSegmentDistance( p, s.a, s.b ) < nearMeters )
      {
        ++near;
        break;
      }
    }
  }
  return near * 2 > samples;
}

void buildRoads( Town &town )
{
  // Roads stop a few metres from the lake shore; they simply cross the river (bridges).
  GeometryPtr lakeMargin( town.lake->Buffer( 8, 4 ) );
  const GeometryPtr land = difference( *town.boundary, lakeMargin ? lakeMargin.get() : town.lake.get() );
  for ( const RoadSpec &spec : namedRoads() )
  {
    std::vector<Path> parts;
    collectLines( intersection( *makeLine( fromSquare( spec.points ) ), *land ).get(), 20, parts );
    for ( Path &part : parts )
      town.roads.push_back( { spec.name, spec.kind, std::move( part ) } );
  }

  for ( const StreetGridSpec &grid : streetGrids() )
  {
    const Landuse *area = nullptr;
    for ( const Landuse &landuse : town.landuse )
      if ( landuse.name == grid.residentialArea )
        area = &landuse;
    if ( !area )
      continue;
    OGREnvelope envelope;
    area->geometry->getEnvelope( &envelope );
    const XY centre{ ( envelope.MinX + envelope.MaxX ) / 2, ( envelope.MinY + envelope.MaxY ) / 2 };
    const double reach = std::hypot( envelope.MaxX - envelope.MinX, envelope.MaxY - envelope.MinY ) / 2 + 10;
    for ( int direction = 0; direction < 2; ++direction )
    {
      const double angle = ( grid.angleDegrees + 90.0 * direction ) * kPi / 180.0;
      const double ux = std::cos( angle ), uy = std::sin( angle );
      const std::vector<const char *> &names = direction == 0 ? grid.namesAlong : grid.namesAcross;
      size_t nameIndex = 0;
      const int lines = static_cast<int>( reach / grid.spacingMeters );
      for ( int k = -lines; k <= lines; ++k )
      {
        // Half a spacing off the centre, so grid lines miss the hand-drawn streets through it.
        const double offset = ( k + 0.5 ) * grid.spacingMeters;
        const XY base{ centre.x - uy * offset, centre.y + ux * offset };
        const Path line = { { base.x - ux * reach, base.y - uy * reach },
                            { base.x + ux * reach, base.y + uy * reach } };
        std::vector<Path> parts;
        collectLines( intersection( *makeLine( line ), *area->geometry ).get(), 120, parts );
        const std::vector<Segment> existing = roadSegments( town.roads );
        bool named = false;
        for ( Path &part : parts )
        {
          if ( doublesExistingRoad( part, existing, 45 ) )
            continue;
          town.roads.push_back( { names[nameIndex % names.size()], "street", std::move( part ) } );
          named = true;
        }
        if ( named )
          ++nameIndex;
      }
    }
  }

  collectLines( intersection( *makeLine( fromSquare( kRailway ) ), *town.boundary ).get(), 20, town.railway );
}

struct BuildingStyle
{
  const char *landuseKind;
  double lengthMin, lengthMax; // metres along the street
  double depthMin, depthMax;   // metres
  double setbackMeters;        // from the street's centre line to the facade
  double keepShare;            // share of candidate plots that get a building
};

const BuildingStyle kBuildingStyles[] = {
  { "centre", 22, 36, 12, 16, 11, 0.95 },
  { "residential", 11, 26, 9, 13, 16, 0.4 },
  { "industrial", 35, 70, 20, 40, 25, 0.8 },
};

// Open places where no buildings go: Stora torget fills its whole block, and the station forecourt.
const std::vector<std::vector<XY>> kOpenSpaces = {
  { { -100, -160 }, { 120, -160 }, { 120, 60 }, { -100, 60 } },
  { { 230, 650 }, { 420, 650 }, { 420, 740 }, { 230, 740 } },
};

void buildBuildings( Town &town, Random &random )
{
  std::vector<std::vector<Path>> openSpaces; // one ring each, as ringsContain takes them
  for ( const std::vector<XY> &ring : kOpenSpaces )
    openSpaces.push_back( { fromSquare( ring ) } );
  const std::vector<Segment> segments = roadSegments( town.roads );
  const double stepMeters = 34;
  for ( const Road &road : town.roads )
  {
    if ( road.kind == "path" )
      continue;
    for ( size_t i = 1; i < road.path.size(); ++i )
    {
      const XY &a = road.path[i - 1];
      const XY &b = road.path[i];
      const double length = distance( a, b );
      if ( length < stepMeters )
        continue;
      const double ux = ( b.x - a.x ) / length, uy = ( b.y - a.y ) / length;
      for ( double along = stepMeters / 2; along < length - stepMeters / 2; along += stepMeters )
      {
        for ( int side : { -1, 1 } )
        {
          const double jitter = random.uniform( -3, 3 );
          const XY onStreet{ a.x + ux * ( along + jitter ), a.y + uy * ( along + jitter ) };
          const XY probe{ onStreet.x - uy * side * 25, onStreet.y + ux * side * 25 };
          const BuildingStyle *style = nullptr;
          for ( const BuildingStyle &candidate : kBuildingStyles )
            if ( town.landuseRegions[candidate.landuseKind].contains( probe ) )
              style = &candidate;
          if ( !style || random.uniform() > style->keepShare )
            continue;
          const double halfLength = random.uniform( style->lengthMin, style->lengthMax ) / 2;
          const double halfDepth = random.uniform( style->depthMin, style->depthMax ) / 2;
          const double centreOffset = style->setbackMeters + halfDepth;
          const Rectangle footprint{
            { onStreet.x - uy * side * centreOffset, onStreet.y + ux * side * centreOffset },
            ux,
            uy,
            halfLength,
            halfDepth };
          const auto corners = footprint.corners();
          if ( !std::all_of( corners.begin(), corners.end(),
                             [&]( const XY &c )
                             {
                               return town.builtUp.contains( c ) &&
                                      std::none_of( openSpaces.begin(), openSpaces.end(),
                                                    [&]( const std::vector<Path> &open )
                                                    { return ringsContain( open, c ); } );
                             } ) )
            continue;
          const double clearanceMeters = 7;
          if ( std::any_of( segments.begin(), segments.end(),
                            [&]( const Segment &s )
                            {
                              return s.mayBeNear( footprint.centre, footprint.radius() + clearanceMeters ) &&
                                     segmentRectangleDistance( s, footprint ) < clearanceMeters;
                            } ) )
            continue;
          if ( std::any_of( town.buildings.begin(), town.buildings.end(),
                            [&]( const Building &other )
                            { return rectanglesOverlap( other.footprint, footprint, 2 ); } ) )
            continue;
          town.buildings.push_back( { style->landuseKind, footprint } );
        }
      }
    }
  }
}

} // namespace

Town buildTown()
{
  Town town;
  const Path boundaryRing = wobble( fromSquare( kBoundary ), 60, { { 15, 500, 0.5 }, { 6, 170, 2.2 } } );
  town.boundary = polygonsOf( makePolygon( boundaryRing ).get(), 0 );
  town.boundaryRegion.add( *town.boundary );
  buildWater( town );
  buildLanduse( town );
  buildRoads( town );
  Random random( kBaseMapSeed );
  buildBuildings( town, random );
  return town;
}

namespace
{

struct MapLayer
{
  const char *table;
  const char *geometryType;
  const char *columns;
  const char *identifier;
};

// Bottom to top, as a map would draw them.
const MapLayer kMapLayers[] = {
  { "map_boundary", "MULTIPOLYGON", "name TEXT", "Kommungräns (exempel)" },
  { "map_landuse", "MULTIPOLYGON",
    "kind TEXT NOT NULL CHECK (kind IN ('residential', 'centre', 'industrial', 'park', 'forest', 'field')), "
    "name TEXT",
    "Markanvändning (exempel)" },
  { "map_water", "MULTIPOLYGON", "name TEXT, kind TEXT CHECK (kind IN ('lake', 'river'))",
    "Vatten (exempel)" },
  { "map_buildings", "MULTIPOLYGON", "kind TEXT", "Byggnader (exempel)" },
  { "map_roads", "LINESTRING", "name TEXT, kind TEXT NOT NULL CHECK (kind IN ('arterial', 'street', 'path'))",
    "Vägar och gator (exempel)" },
  { "map_railway", "LINESTRING", "name TEXT", "Järnväg (exempel)" },
  { "map_pois", "POINT",
    "name TEXT, kind TEXT NOT NULL CHECK (kind IN ('station', 'square', 'school', 'shop', 'sports', "
    "'library', "
    "'church', 'bus_stop', 'youth_centre'))",
    "Målpunkter (exempel)" },
};

} // namespace

int64_t writeBaseMap( Database &db, const Town &town )
{
  std::string layerList;
  for ( const MapLayer &layer : kMapLayers )
  {
    db.exec( std::string( "CREATE TABLE " ) + layer.table + " (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom " +
             layer.geometryType + " NOT NULL, " + layer.columns + ")" );
    registerFeatureTable( db, layer.table, layer.geometryType, kSrsId, layer.identifier, kSyntheticDataNote );
    layerList += ( layerList.empty() ? "" : "," ) + std::string( layer.table );
  }

  int64_t features = 0;
  {
    Statement insert = db.prepare( "INSERT INTO map_boundary (geom, name) VALUES (?, ?)" );
    bindGeometry( insert, 1, blobOf( *town.boundary ) );
    insert.bind( 2, "Exempelkommun" );
    insert.run();
    ++features;
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_water (geom, name, kind) VALUES (?, ?, ?)" );
    bindGeometry( insert, 1, blobOf( *town.lake ) );
    insert.bind( 2, "Vänern" ).bind( 3, "lake" );
    insert.run();
    bindGeometry( insert, 1, blobOf( *town.river ) );
    insert.bind( 2, "Varnan" ).bind( 3, "river" );
    insert.run();
    features += 2;
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_landuse (geom, kind, name) VALUES (?, ?, ?)" );
    for ( const Landuse &landuse : town.landuse )
    {
      bindGeometry( insert, 1, blobOf( *landuse.geometry ) );
      insert.bind( 2, landuse.kind ).bindTextOrNull( 3, landuse.kind == "field" ? "" : landuse.name );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_buildings (geom, kind) VALUES (?, ?)" );
    for ( const Building &building : town.buildings )
    {
      const auto corners = building.footprint.corners();
      OGRMultiPolygon footprint;
      footprint.addGeometryDirectly( makePolygon( Path( corners.begin(), corners.end() ) ).release() );
      bindGeometry( insert, 1, blobOf( footprint ) );
      insert.bind( 2, building.kind );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_roads (geom, name, kind) VALUES (?, ?, ?)" );
    for ( const Road &road : town.roads )
    {
      bindGeometry( insert, 1, blobOf( *makeLine( road.path ) ) );
      insert.bind( 2, road.name ).bind( 3, road.kind );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_railway (geom, name) VALUES (?, ?)" );
    for ( const Path &part : town.railway )
    {
      bindGeometry( insert, 1, blobOf( *makeLine( part ) ) );
      insert.bind( 2, "Värmlandsbanan" );
      insert.run();
      ++features;
    }
  }
  {
    Statement insert = db.prepare( "INSERT INTO map_pois (geom, name, kind) VALUES (?, ?, ?)" );
    for ( const PoiSpec &poi : pois() )
    {
      const XY p = fromSquare( poi.offset );
      bindGeometry( insert, 1, encodeGpkgPoint( kSrsId, p.x, p.y ) );
      insert.bind( 2, poi.name ).bind( 3, poi.kind );
      insert.run();
      ++features;
    }
  }

  // Layer extents from the R-tree, so GIS clients need not scan the features.
  for ( const MapLayer &layer : kMapLayers )
  {
    const std::string rtree = std::string( "rtree_" ) + layer.table + "_geom";
    db.exec( "UPDATE gpkg_contents SET min_x = (SELECT min(minx) FROM " + rtree +
             "), max_x = (SELECT max(maxx) FROM " + rtree + "), min_y = (SELECT min(miny) FROM " + rtree +
             "), max_y = (SELECT max(maxy) FROM " + rtree + ") WHERE table_name = '" + layer.table + "'" );
  }

  Statement meta =
    db.prepare( "INSERT OR REPLACE INTO tryggkarta_meta (key, value) VALUES ('basemap_layers', ?)" );
  meta.bind( 1, layerList );
  meta.run();
  return features;
}

} // namespace tryggkarta::demo

#pragma once
// The demo municipality's parts, shared by the files that generate it: randomness, dates, plane geometry, the
// town, the events and what writes them (demomunicipality.h is the only public interface).

#include "database.h"
#include "demomunicipality.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <vector>

namespace tryggkarta::demo
{

constexpr int kSrsId = 3006;
constexpr double kPi = 3.14159265358979323846;

// ---------------------------------------------------------------------------------------------------------------
// Randomness

class Random
{
public:
  explicit Random( uint64_t seed ) : mEngine( seed ) {}

  //! Uniform in [0, 1), from the top 53 bits.
  double uniform() { return static_cast<double>( mEngine() >> 11 ) * ( 1.0 / 9007199254740992.0 ); }
  double uniform( double low, double high ) { return low + ( high - low ) * uniform(); }
  //! Uniform integer in [low, high].
  int uniformInt( int low, int high )
  {
    const int value = low + static_cast<int>( std::floor( uniform() * ( high - low + 1 ) ) );
    return std::min( value, high );
  }
  bool chance( double probability ) { return uniform() < probability; }
  //! Standard normal (Box–Muller, one value per call so the stream does not depend on call history).
  double normal()
  {
    const double u1 = 1.0 - uniform();
    const double u2 = uniform();
    return std::sqrt( -2.0 * std::log( u1 ) ) * std::cos( 2.0 * kPi * u2 );
  }
  //! Poisson count: Knuth's product method, exact for the means used here (a few hundred at most).
  int poisson( double mean )
  {
    if ( mean <= 0 )
      return 0;
    if ( mean > 600 )
      return std::max( 0, static_cast<int>( std::lround( mean + std::sqrt( mean ) * normal() ) ) );
    const double limit = std::exp( -mean );
    double product = 1.0;
    int count = -1;
    do
    {
      ++count;
      product *= uniform();
    } while ( product > limit );
    return count;
  }
  template <typename T>
  const T &pick( const std::vector<T> &items )
  {
    return items[static_cast<size_t>( uniformInt( 0, static_cast<int>( items.size() ) - 1 ) )];
  }

private:
  std::mt19937_64 mEngine;
};

// ---------------------------------------------------------------------------------------------------------------
// Calendar and Europe/Stockholm time

struct CivilDate
{
  int year = 0, month = 0, day = 0;
};

CivilDate daysToCivil( int64_t days );

std::string formatDate( int64_t days );

//! UTC text for a local date and wall-clock time in Stockholm.
std::string localToUtcText( int64_t days, int hour, int minute );

bool parseIsoDate( const std::string &text, int64_t &days );

// ---------------------------------------------------------------------------------------------------------------
// Plane geometry in SWEREF 99 TM metres

struct XY
{
  double x = 0;
  double y = 0;
};
using Path = std::vector<XY>;

//! A point given in metres east and north of Stora torget.
XY fromSquare( const XY &offset );

Path fromSquare( const std::vector<XY> &offsets );

// sqrt rather than std::hypot: hypot guards against overflow and is several times slower, which shows in the
// building placement's many distance tests; map coordinates are nowhere near overflow.
inline double distance( const XY &a, const XY &b )
{
  return std::sqrt( ( a.x - b.x ) * ( a.x - b.x ) + ( a.y - b.y ) * ( a.y - b.y ) );
}

double pathLength( const Path &path );

//! The point lengthMeters along the path (clamped to its ends).
XY pointAlong( const Path &path, double lengthMeters );

//! Even-odd point in polygon test over any number of rings (outer rings and holes alike).
bool ringsContain( const std::vector<Path> &rings, const XY &p );

Path ringPath( const OGRLinearRing *ring );

//! Fast point-in-area tests for sampling, over polygons that do not overlap each other.
class Region
{
public:
  void add( const OGRMultiPolygon &polygons )
  {
    for ( const OGRPolygon *polygon : polygons )
    {
      mRings.push_back( ringPath( polygon->getExteriorRing() ) );
      for ( int i = 0; i < polygon->getNumInteriorRings(); ++i )
        mRings.push_back( ringPath( polygon->getInteriorRing( i ) ) );
    }
    OGREnvelope envelope;
    polygons.getEnvelope( &envelope );
    mEnvelope.Merge( envelope );
  }
  bool contains( const XY &p ) const
  {
    if ( !mEnvelope.IsInit() || p.x < mEnvelope.MinX || p.x > mEnvelope.MaxX || p.y < mEnvelope.MinY ||
         p.y > mEnvelope.MaxY )
      return false;
    return ringsContain( mRings, p );
  }
  const OGREnvelope &envelope() const { return mEnvelope; }

private:
  std::vector<Path> mRings;
  OGREnvelope mEnvelope;
};

using GeometryPtr = std::unique_ptr<OGRGeometry>;
using MultiPolygonPtr = std::unique_ptr<OGRMultiPolygon>;

std::unique_ptr<OGRPolygon> makePolygon( const Path &ring );

std::unique_ptr<OGRLineString> makeLine( const Path &path );

// Overlay operations go through GEOS; without it (a GDAL built without GEOS) the map is left unclipped.
GeometryPtr intersection( const OGRGeometry &a, const OGRGeometry &b );

GeometryPtr difference( const OGRGeometry &a, const OGRGeometry *b );

//! The polygons of an overlay result, dropping slivers smaller than minAreaSquareMeters.
MultiPolygonPtr polygonsOf( const OGRGeometry *geometry, double minAreaSquareMeters );

//! An oriented rectangle (a building footprint).
struct Rectangle
{
  XY centre;
  double ux, uy;                // unit vector along the street
  double halfLength, halfDepth; // metres
  std::array<XY, 4> corners() const
  {
    const double vx = -uy, vy = ux;
    return { XY{ centre.x + ux * halfLength + vx * halfDepth, centre.y + uy * halfLength + vy * halfDepth },
             XY{ centre.x - ux * halfLength + vx * halfDepth, centre.y - uy * halfLength + vy * halfDepth },
             XY{ centre.x - ux * halfLength - vx * halfDepth, centre.y - uy * halfLength - vy * halfDepth },
             XY{ centre.x + ux * halfLength - vx * halfDepth, centre.y + uy * halfLength - vy * halfDepth } };
  }
  double radius() const { return std::sqrt( halfLength * halfLength + halfDepth * halfDepth ); }
};

// ---------------------------------------------------------------------------------------------------------------
// The town (demotown.cpp) and its areas (demoareas.cpp)

struct AreaSpec
{
  const char *kind;
  const char *name;
  std::vector<XY> ring;
};

struct Road
{
  std::string name;
  std::string kind;
  Path path;
};

struct Landuse
{
  std::string kind;
  std::string name;
  MultiPolygonPtr geometry;
};

struct Building
{
  std::string kind;
  Rectangle footprint;
};

//! The generated base map, with regions for quick point tests.
struct Town
{
  MultiPolygonPtr boundary;
  MultiPolygonPtr lake;
  MultiPolygonPtr river;
  std::vector<Landuse> landuse;
  std::vector<Road> roads;
  std::vector<Path> railway;
  std::vector<Building> buildings;
  Region boundaryRegion;
  Region water;
  Region builtUp;
  std::map<std::string, Region> landuseRegions; // by kind
};

//! The base map: water, land use, roads and buildings (the same whatever the event seed).
Town buildTown();
//! Writes the base map's layers; returns the number of features.
int64_t writeBaseMap( Database &db, const Town &town );
//! Writes the EST areas and districts; returns their fids by name and adds their number to count.
std::map<std::string, int64_t> writeAreas( Database &db, const Town &town, int64_t &count );
//! The named area's polygons as writeAreas writes them (clipped to land); empty for an unknown name.
MultiPolygonPtr areaPolygons( const Town &town, const std::string &name );

// ---------------------------------------------------------------------------------------------------------------
// Events (demoevents.cpp)

struct Period
{
  int64_t firstDay = 0; // days since 1970-01-01, local dates
  int64_t lastDay = 0;
  int64_t startUtc = 0; // first day 00:00 local
  int64_t endUtc = 0;   // last day 23:59:59 local
  int64_t dayCount() const { return lastDay - firstDay + 1; }
};

struct IncidentRecord
{
  int64_t fromUtc = 0;
  int64_t untilUtc = -1; // -1: an instant
  XY position;
  std::string category;
  std::string organisation;
  std::string placeType;
  std::string description;
  std::string source;
  double weight = 1;
  int64_t createdUtc = 0;
};

//! An intervention (insats) built into the events: during [startDay, endDay] only keptShare of the target
//! area's events in the categories are kept (1: no effect). Written as an action of its kind (demowalks.cpp).
struct DemoIntervention
{
  std::string key; //!< "guards", "youth_workers": how the rest of the demo refers to it
  std::string title;
  std::string description;
  std::string kind;
  std::string areaName;           //!< the target area
  std::string comparisonAreaName; //!< a comparable area that does not overlap it
  std::vector<std::string> categories;
  int64_t startDay = 0; //!< local dates, inclusive
  int64_t endDay = 0;
  int64_t beforeStartDay = 0; //!< the same months a year earlier, for the evaluation
  int64_t beforeEndDay = 0;
  double keptShare = 1;
  std::string responsible;
  std::string contactRole;
  double costSek = 0;
};

//! The demo's two interventions for the period: one that worked and one that did not (see demoevents.cpp).
std::vector<DemoIntervention> demoInterventions( const Period &period );

//! An organisation that sends its EST report once a week, on a weekday (1 = Monday), for the week before;
//! missedWeeksBack lists the recent weekly reports it never sent (0: the report of the demo's last week).
struct WeeklyReporter
{
  const char *organisation;
  int weekday;
  std::vector<int> missedWeeksBack;
};

const std::vector<WeeklyReporter> &weeklyReporters();

//! The events of the period over the town (years long), by the hot spots' rates and time profiles.
std::vector<IncidentRecord> generateIncidents( const Town &town, const Period &period, Random &random,
                                               int years );
//! Writes the events; returns their number.
int64_t writeIncidents( Database &db, const std::vector<IncidentRecord> &records );

// ---------------------------------------------------------------------------------------------------------------
// Safety walks, their observations and the actions that followed (demowalks.cpp)

//! Writes the walks with their observations, and the actions decided from them and from the lägesbild.
//! What the walks and actions left for the citizen promise to link to.
struct WrittenWalks
{
  std::vector<int64_t> walkIds;             //!< in the order of the walks: last autumn, last spring, upcoming
  std::vector<int64_t> walkDays;            //!< their dates
  std::map<std::string, int64_t> actionIds; //!< by title
  std::map<std::string, int64_t> interventionIds; //!< by DemoIntervention::key
};

//! The priorities written before the actions: the last complete tertial's top three by rank, and an earlier,
//! closed one (the reason for the intervention that worked).
struct WrittenPriorities
{
  struct Entry
  {
    int64_t fid = 0;
    int64_t areaId = 0;
    std::string areaName;
    int rank = 0;
    int64_t decidedDay = 0; //!< when the group set it (created_at)
  };
  std::vector<Entry> top; //!< rank 1, 2, 3
  Entry closed;
  std::string periodLabel;
};

//! Writes the walks with their observations, and the actions decided from them and from the lägesbild, with
//! their status history, linked to the priorities.
WrittenWalks writeWalks( Database &db, const Town &town, const Period &period,
                         const std::map<std::string, int64_t> &areaIds, const WrittenPriorities &priorities,
                         Random &random, DemoSummary &summary );

// ---------------------------------------------------------------------------------------------------------------
// The EST follow-up (demofollowup.cpp): priorities from the events, the citizen promise, weekly reporting

//! The last complete tertial's top three EST areas by their events, and a closed priority from an earlier
//! tertial.
WrittenPriorities writePriorities( Database &db, const Town &town, const Period &period,
                                   const std::map<std::string, int64_t> &areaIds,
                                   const std::vector<IncidentRecord> &records, DemoSummary &summary );
//! The current year's medborgarlöfte with its activities, linked to walks and actions.
void writeCitizenPromise( Database &db, const Period &period, const std::map<std::string, int64_t> &areaIds,
                          const WrittenWalks &walks, DemoSummary &summary );

// ---------------------------------------------------------------------------------------------------------------
// Writing

//! A geometry as a GeoPackage blob in SWEREF 99 TM.
std::vector<unsigned char> blobOf( const OGRGeometry &geometry );

void bindGeometry( Statement &statement, int index, const std::vector<unsigned char> &blob );

} // namespace tryggkarta::demo

#pragma once
// Helpers for tests on a project file: a new project in a temporary folder, areas drawn as squares, a Swedish
// place's centroid in SWEREF 99 TM, and a refusal checked by its code.

#include "testutil.h"

#include "database.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "swedishplaces.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <algorithm>
#include <memory>
#include <string>
#include <utility>
#include <vector>

//! The expression's result is an error with the code given.
#define CHECK_REFUSED( expression, expectedCode )                                                            \
  do                                                                                                         \
  {                                                                                                          \
    const auto refused_ = ( expression );                                                                    \
    REQUIRE_FALSE( refused_ );                                                                               \
    CHECK( refused_.error().code == ( expectedCode ) );                                                      \
  } while ( false )

namespace testutil
{

//! A new project, named name in dir.
inline std::unique_ptr<tryggkarta::ProjectFile> newProject( const TempDir &dir,
                                                            const std::string &name = "p.gpkg" )
{
  auto project = tryggkarta::ProjectFile::create( dir.file( name ) );
  REQUIRE( project.ok() );
  return std::move( project.value() );
}

//! An area (SWEREF 99 TM) with the corners given, of the kind given; returns its fid.
inline int64_t addPolygon( tryggkarta::Database &db, const std::string &name,
                           const std::vector<std::pair<double, double>> &corners,
                           const std::string &kind = "est_area" )
{
  using namespace tryggkarta;
  OGRLinearRing ring;
  Envelope envelope{ corners.front().first, corners.front().second, corners.front().first,
                     corners.front().second };
  for ( const auto &[x, y] : corners )
  {
    ring.addPoint( x, y );
    envelope.minX = std::min( envelope.minX, x );
    envelope.minY = std::min( envelope.minY, y );
    envelope.maxX = std::max( envelope.maxX, x );
    envelope.maxY = std::max( envelope.maxY, y );
  }
  ring.closeRings();
  OGRPolygon polygon;
  polygon.addRing( &ring );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob = encodeGpkgWkb( 3006, wkb, envelope );
  Statement s = db.prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, name ).bind( 3, kind );
  s.run();
  return db.lastInsertId();
}

//! A square area (SWEREF 99 TM) of the kind given; returns its fid.
inline int64_t addSquare( tryggkarta::Database &db, const std::string &name, double west, double south,
                          double side, const std::string &kind = "est_area" )
{
  return addPolygon(
    db, name,
    { { west, south }, { west + side, south }, { west + side, south + side }, { west, south + side } },
    kind );
}

inline int64_t addSquare( tryggkarta::ProjectFile &project, const std::string &name, double west,
                          double south, double side, const std::string &kind = "est_area" )
{
  return addSquare( project.db(), name, west, south, side, kind );
}

//! A Swedish municipality's or county's centroid (swedishplaces.h) in SWEREF 99 TM.
inline std::pair<double, double> centroidTm( const std::string &name )
{
  const tryggkarta::SwedishPlace *place = tryggkarta::findSwedishPlace( name );
  REQUIRE( place );
  OGRSpatialReference wgs84, tm;
  wgs84.importFromEPSG( 4326 );
  tm.importFromEPSG( 3006 );
  wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  tm.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> transform( OGRCreateCoordinateTransformation( &wgs84, &tm ) );
  double x = place->lon, y = place->lat;
  REQUIRE( transform->Transform( 1, &x, &y ) );
  return { x, y };
}

} // namespace testutil

namespace testutil
{

//! A new project and its database, for tests that work on the database.
struct NewProject
{
  TempDir dir;
  std::unique_ptr<tryggkarta::ProjectFile> project = newProject( dir );
  tryggkarta::Database &db = project->db();
};

} // namespace testutil

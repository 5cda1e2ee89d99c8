#pragma once
// Photos and GPX files made in the tests: JPEGs encoded by GDAL's JPEG driver with the EXIF tags a test
// chooses (core/walks/exif.h writes them), and positions in WGS 84 for places given in SWEREF 99 TM.

#include "database.h"
#include "exif.h"
#include "geometryblob.h"

#include <catch2/catch.hpp>
#include <cpl_conv.h>
#include <cpl_vsi.h>
#include <gdal_priv.h>
#include <ogr_geometry.h>
#include <ogr_spatialref.h>

#include <cstdint>
#include <cstdio>
#include <fstream>
#include <memory>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace testphotos
{

/**
 * A JPEG of width × height RGB pixels made by GDAL: a smooth gradient, or (noisy) random pixels that compress
 * hardly at all, as a big photo's bytes do.
 */
inline std::vector<unsigned char> makeJpeg( int width, int height, bool noisy = false, int quality = 90 )
{
  GDALAllRegister();
  GDALDriver *memory = GetGDALDriverManager()->GetDriverByName( "MEM" );
  GDALDriver *jpeg = GetGDALDriverManager()->GetDriverByName( "JPEG" );
  REQUIRE( memory );
  REQUIRE( jpeg );
  std::unique_ptr<GDALDataset> image( memory->Create( "", width, height, 3, GDT_Byte, nullptr ) );
  REQUIRE( image );
  std::vector<unsigned char> pixels( size_t( width ) * height * 3 );
  std::mt19937 random( 12345 );
  for ( int y = 0; y < height; ++y )
    for ( int x = 0; x < width; ++x )
      for ( int b = 0; b < 3; ++b )
        pixels[( size_t( y ) * width + x ) * 3 + b] =
          noisy ? static_cast<unsigned char>( random() & 0xFF )
                : static_cast<unsigned char>( ( b == 0   ? x * 255 / width
                                                : b == 1 ? y * 255 / height
                                                         : 128 ) );
  REQUIRE( image->RasterIO( GF_Write, 0, 0, width, height, pixels.data(), width, height, GDT_Byte, 3, nullptr,
                            3, GSpacing( width ) * 3, 1, nullptr ) == CE_None );
  static int sCounter = 0;
  const std::string path = "/vsimem/testphoto_" + std::to_string( ++sCounter ) + ".jpg";
  const std::string qualityOption = "QUALITY=" + std::to_string( quality );
  const char *options[] = { qualityOption.c_str(), nullptr };
  GDALDataset *written =
    jpeg->CreateCopy( path.c_str(), image.get(), FALSE, const_cast<char **>( options ), nullptr, nullptr );
  REQUIRE( written );
  GDALClose( written );
  vsi_l_offset length = 0;
  GByte *buffer = VSIGetMemFileBuffer( path.c_str(), &length, TRUE );
  REQUIRE( buffer );
  std::vector<unsigned char> bytes( buffer, buffer + length );
  CPLFree( buffer );
  VSIUnlink( path.c_str() );
  return bytes;
}

//! The JPEG with these EXIF tags.
inline std::vector<unsigned char> withTags( const std::vector<unsigned char> &jpeg,
                                            const tryggkarta::ExifTags &tags )
{
  auto tagged = tryggkarta::jpegWithExif( jpeg, tags );
  REQUIRE( tagged.ok() );
  return tagged.value();
}

/**
 * The JPEG grown to at least size bytes with comment (COM) segments right after its start marker: still a
 * valid JPEG of the same image, as large as a big photo.
 */
inline std::vector<unsigned char> paddedTo( const std::vector<unsigned char> &jpeg, size_t size )
{
  std::vector<unsigned char> out( jpeg.begin(), jpeg.begin() + 2 );
  size_t missing = size > jpeg.size() ? size - jpeg.size() : 0;
  while ( missing > 0 )
  {
    const size_t content = std::min<size_t>( 65533, missing > 4 ? missing - 4 : 1 );
    out.push_back( 0xFF );
    out.push_back( 0xFE );
    out.push_back( static_cast<unsigned char>( ( content + 2 ) >> 8 ) );
    out.push_back( static_cast<unsigned char>( ( content + 2 ) & 0xFF ) );
    out.insert( out.end(), content, 'x' );
    missing -= std::min( missing, content + 4 );
  }
  out.insert( out.end(), jpeg.begin() + 2, jpeg.end() );
  return out;
}

inline std::string writeBytes( const std::string &path, const std::vector<unsigned char> &bytes )
{
  std::ofstream out( path, std::ios::binary );
  out.write( reinterpret_cast<const char *>( bytes.data() ), static_cast<std::streamsize>( bytes.size() ) );
  return path;
}

//! WGS 84 longitude and latitude of a SWEREF 99 TM position (OGR, as the reference).
inline std::pair<double, double> lonLatOf( double east, double north )
{
  OGRSpatialReference sweref, wgs84;
  sweref.importFromEPSG( 3006 );
  wgs84.importFromEPSG( 4326 );
  sweref.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> transform(
    OGRCreateCoordinateTransformation( &sweref, &wgs84 ) );
  REQUIRE( transform );
  double x = east, y = north;
  REQUIRE( transform->Transform( 1, &x, &y ) );
  return { x, y };
}

//! EXIF tags placing a photo at a SWEREF 99 TM position, taken at a Stockholm wall-clock time "YYYY:MM:DD
//! HH:MM:SS".
inline tryggkarta::ExifTags tagsAt( double east, double north, const std::string &localTime )
{
  tryggkarta::ExifTags tags;
  const auto [lon, lat] = lonLatOf( east, north );
  tags.latitude = lat;
  tags.longitude = lon;
  tags.dateTimeOriginal = localTime;
  return tags;
}

//! A GPX track point or waypoint line: lat, lon and an optional time (ISO, with its zone).
struct GpxPointText
{
  double east = 0;
  double north = 0;
  std::string time;
};

//! A GPX 1.1 file with one track of one segment through the SWEREF 99 TM points, named name.
inline std::string gpxTrack( const std::string &name, const std::vector<GpxPointText> &points )
{
  std::string text = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"test\" "
                     "xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><name>" +
                     name + "</name><trkseg>\n";
  for ( const GpxPointText &p : points )
  {
    const auto [lon, lat] = lonLatOf( p.east, p.north );
    char buffer[160];
    std::snprintf( buffer, sizeof buffer, "<trkpt lat=\"%.9f\" lon=\"%.9f\">", lat, lon );
    text += buffer;
    if ( !p.time.empty() )
      text += "<time>" + p.time + "</time>";
    text += "</trkpt>\n";
  }
  return text + "</trkseg></trk>\n</gpx>\n";
}

/**
 * Gives the project an area: a square of side metres with its south-west corner at (west, south) in SWEREF 99
 * TM. Its extent (with the usual margin) is then the project's, where a walk's stops and finds may lie.
 */
inline void addSquareArea( tryggkarta::Database &db, double west, double south, double side,
                           const std::string &name = "Centrum" )
{
  OGRLinearRing ring;
  ring.addPoint( west, south );
  ring.addPoint( west + side, south );
  ring.addPoint( west + side, south + side );
  ring.addPoint( west, south + side );
  ring.closeRings();
  OGRPolygon polygon;
  polygon.addRing( &ring );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob =
    tryggkarta::encodeGpkgWkb( 3006, wkb, tryggkarta::Envelope{ west, south, west + side, south + side } );
  tryggkarta::Statement s = db.prepare( "INSERT INTO areas (geom, name, kind) VALUES (?, ?, 'est_area')" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, name );
  s.run();
}

} // namespace testphotos

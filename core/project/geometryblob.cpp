#include "geometryblob.h"

#include <ogr_geometry.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace tryggkarta
{

namespace
{
void appendBytes( std::vector<unsigned char> &out, const void *data, size_t size )
{
  const auto *p = static_cast<const unsigned char *>( data );
  out.insert( out.end(), p, p + size );
}

int envelopeDoubles( unsigned char flags )
{
  switch ( ( flags >> 1 ) & 0x7 )
  {
  case 0:
    return 0;
  case 1:
    return 4;
  case 2:
  case 3:
    return 6;
  case 4:
    return 8;
  default:
    return -1;
  }
}

double readDouble( const unsigned char *p, bool littleEndian )
{
  unsigned char b[8];
  std::memcpy( b, p, 8 );
  if ( !littleEndian )
    std::reverse( b, b + 8 );
  double v;
  std::memcpy( &v, b, 8 );
  return v;
}
} // namespace

void appendGpkgPoint( std::vector<unsigned char> &out, int srsId, double x, double y )
{
  const unsigned char header[4] = { 'G', 'P', 0, 0x01 }; // version 0, little endian, no envelope
  appendBytes( out, header, 4 );
  const int32_t srs = srsId;
  appendBytes( out, &srs, 4 );
  const unsigned char wkbHeader[5] = { 0x01, 0x01, 0x00, 0x00, 0x00 }; // little endian, wkbPoint
  appendBytes( out, wkbHeader, 5 );
  appendBytes( out, &x, 8 );
  appendBytes( out, &y, 8 );
}

std::vector<unsigned char> encodeGpkgPoint( int srsId, double x, double y )
{
  std::vector<unsigned char> out;
  out.reserve( 29 );
  appendGpkgPoint( out, srsId, x, y );
  return out;
}

std::vector<unsigned char> encodeGpkgWkb( int srsId, const std::vector<unsigned char> &wkb,
                                          const Envelope &envelope )
{
  std::vector<unsigned char> out;
  out.reserve( 8 + 32 + wkb.size() );
  const unsigned char header[4] = { 'G', 'P', 0, 0x03 }; // little endian, xy envelope
  appendBytes( out, header, 4 );
  const int32_t srs = srsId;
  appendBytes( out, &srs, 4 );
  const double env[4] = { envelope.minX, envelope.maxX, envelope.minY, envelope.maxY };
  appendBytes( out, env, sizeof( env ) );
  out.insert( out.end(), wkb.begin(), wkb.end() );
  return out;
}

std::optional<std::pair<const unsigned char *, int>> gpkgWkb( const unsigned char *blob, int size )
{
  if ( !blob || size < 8 || blob[0] != 'G' || blob[1] != 'P' )
    return std::nullopt;
  const int doubles = envelopeDoubles( blob[3] );
  if ( doubles < 0 )
    return std::nullopt;
  const int offset = 8 + doubles * 8;
  if ( size < offset )
    return std::nullopt;
  return std::make_pair( blob + offset, size - offset );
}

bool gpkgIsEmpty( const unsigned char *blob, int size )
{
  if ( !blob || size < 8 )
    return true;
  return ( blob[3] & 0x10 ) != 0;
}

std::optional<std::pair<double, double>> decodeGpkgPoint( const unsigned char *blob, int size )
{
  const auto wkb = gpkgWkb( blob, size );
  if ( !wkb || wkb->second < 21 )
    return std::nullopt;
  const unsigned char *p = wkb->first;
  const bool little = p[0] == 1;
  uint32_t type;
  std::memcpy( &type, p + 1, 4 );
  if ( !little )
    type = __builtin_bswap32( type );
  // 2D point, or the Z/M variants (1001, 2001, 3001) whose first two ordinates are x and y.
  if ( type % 1000 != 1 )
    return std::nullopt;
  return std::make_pair( readDouble( p + 5, little ), readDouble( p + 13, little ) );
}

std::optional<Envelope> gpkgEnvelope( const unsigned char *blob, int size )
{
  if ( gpkgIsEmpty( blob, size ) )
    return std::nullopt;
  const int doubles = envelopeDoubles( blob[3] );
  const bool little = ( blob[3] & 0x01 ) != 0;
  if ( doubles >= 4 && size >= 8 + doubles * 8 )
  {
    Envelope e;
    e.minX = readDouble( blob + 8, little );
    e.maxX = readDouble( blob + 16, little );
    e.minY = readDouble( blob + 24, little );
    e.maxY = readDouble( blob + 32, little );
    return e;
  }
  if ( const auto point = decodeGpkgPoint( blob, size ) )
    return Envelope{ point->first, point->second, point->first, point->second };
  const auto wkb = gpkgWkb( blob, size );
  if ( !wkb )
    return std::nullopt;
  OGRGeometry *geometry = nullptr;
  if ( OGRGeometryFactory::createFromWkb( wkb->first, nullptr, &geometry, wkb->second ) != OGRERR_NONE ||
       !geometry )
    return std::nullopt;
  std::unique_ptr<OGRGeometry> owner( geometry );
  if ( geometry->IsEmpty() )
    return std::nullopt;
  OGREnvelope ogrEnvelope;
  geometry->getEnvelope( &ogrEnvelope );
  return Envelope{ ogrEnvelope.MinX, ogrEnvelope.MinY, ogrEnvelope.MaxX, ogrEnvelope.MaxY };
}

} // namespace tryggkarta

#include "walkfiles.h"

#include "database.h"

#include <cpl_error.h>
#include <cpl_vsi.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>

namespace tryggkarta
{

int projectPointSrs( Database &db )
{
  Statement s = db.prepare( "SELECT srs_id FROM gpkg_geometry_columns WHERE table_name = 'observations'" );
  return s.step() ? static_cast<int>( s.int64( 0 ) ) : 3006;
}

Expected<int64_t> regularFileSize( const std::string &path )
{
  std::error_code ec;
  const auto status = std::filesystem::status( path, ec );
  if ( !std::filesystem::exists( status ) )
    return Error( MessageCode::FileMissing, path );
  if ( std::filesystem::is_directory( status ) )
    return Error( MessageCode::ImportFileIsFolder, path );
  const auto size = std::filesystem::file_size( path, ec );
  if ( ec )
    return Error( MessageCode::FileReadFailed, path, ec.message() );
  return static_cast<int64_t>( size );
}

Expected<std::vector<unsigned char>> readFileBytes( const std::string &path )
{
  auto size = regularFileSize( path );
  if ( !size )
    return Error{ size.error() };
  std::unique_ptr<std::FILE, int ( * )( std::FILE * )> file( std::fopen( path.c_str(), "rb" ), &std::fclose );
  if ( !file )
    return Error( MessageCode::FileReadFailed, path, std::strerror( errno ) );
  std::vector<unsigned char> bytes( static_cast<size_t>( *size ) );
  const size_t got = bytes.empty() ? 0 : std::fread( bytes.data(), 1, bytes.size(), file.get() );
  if ( got != bytes.size() || std::fgetc( file.get() ) != EOF )
    return Error( MessageCode::FileReadFailed, path,
                  std::ferror( file.get() ) ? std::strerror( errno )
                                            : std::string( "it changed while being read" ) );
  return bytes;
}

std::string mebibytes( int64_t bytes )
{
  char buffer[32];
  std::snprintf( buffer, sizeof buffer, "%.1f", static_cast<double>( bytes ) / ( 1024.0 * 1024.0 ) );
  return buffer;
}

VsiMemoryFile::VsiMemoryFile( std::vector<unsigned char> &bytes, const char *extension )
  : mPath( uniquePath( extension ) )
{
  VSIFCloseL( VSIFileFromMemBuffer( mPath.c_str(), bytes.data(), bytes.size(), FALSE ) );
}

VsiMemoryFile::~VsiMemoryFile()
{
  VSIUnlink( mPath.c_str() );
}

std::string VsiMemoryFile::uniquePath( const char *extension )
{
  static std::atomic<unsigned> sCounter{ 0 };
  return "/vsimem/tryggkarta_walk_" + std::to_string( ++sCounter ) + extension;
}

namespace
{
void CPL_STDCALL captureError( CPLErr level, CPLErrorNum, const char *message )
{
  if ( level >= CE_Failure && message )
    static_cast<GdalErrorCapture *>( CPLGetErrorHandlerUserData() )->add( message );
}
} // namespace

GdalErrorCapture::GdalErrorCapture( std::string memoryPath, std::string fileName )
  : mMemoryPath( std::move( memoryPath ) ), mFileName( std::move( fileName ) )
{
  CPLErrorReset();
  CPLPushErrorHandlerEx( captureError, this );
}

GdalErrorCapture::~GdalErrorCapture()
{
  CPLPopErrorHandler();
}

void GdalErrorCapture::add( std::string message )
{
  if ( !mMemoryPath.empty() )
    for ( size_t at = message.find( mMemoryPath ); at != std::string::npos; at = message.find( mMemoryPath ) )
      message.replace( at, mMemoryPath.size(), mFileName );
  mFailures.push_back( std::move( message ) );
}

} // namespace tryggkarta

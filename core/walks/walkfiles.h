#pragma once
// What the imports into a walk's record (photos, GPX) share: files read whole with a message naming the file
// when that fails, bytes handed to GDAL in memory, and the project CRS the positions go to.

#include "expected.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;

//! The project's coordinate system (EPSG code) as its point layers use it; throws SqlError.
int projectPointSrs( Database &db );

//! The size of a regular file in bytes; an error naming it when it is missing, a folder or unreadable.
Expected<int64_t> regularFileSize( const std::string &path );
//! The whole file; an error naming it when it cannot be read (or has changed size meanwhile).
Expected<std::vector<unsigned char>> readFileBytes( const std::string &path );
//! Bytes as MiB with one decimal, for messages: "25.0".
std::string mebibytes( int64_t bytes );

//! Bytes in memory as a file GDAL opens, under /vsimem/, removed with this object. The bytes stay the
//! caller's and must outlive it.
class VsiMemoryFile
{
public:
  //! extension with its dot: GDAL's drivers go by it.
  VsiMemoryFile( std::vector<unsigned char> &bytes, const char *extension );
  ~VsiMemoryFile();
  VsiMemoryFile( const VsiMemoryFile & ) = delete;
  VsiMemoryFile &operator=( const VsiMemoryFile & ) = delete;
  const std::string &path() const { return mPath; }
  //! A fresh name under /vsimem/ for GDAL to write to (the caller unlinks it).
  static std::string uniquePath( const char *extension );

private:
  std::string mPath;
};

/**
 * What GDAL reports while this object lives, kept instead of printed (for this thread), with the in-memory
 * file's path replaced by the name the user knows the file by.
 */
class GdalErrorCapture
{
public:
  GdalErrorCapture( std::string memoryPath, std::string fileName );
  ~GdalErrorCapture();
  GdalErrorCapture( const GdalErrorCapture & ) = delete;
  GdalErrorCapture &operator=( const GdalErrorCapture & ) = delete;

  //! The failures reported so far, in order.
  const std::vector<std::string> &failures() const { return mFailures; }
  //! The last failure, or an empty text.
  std::string lastFailure() const { return mFailures.empty() ? std::string() : mFailures.back(); }
  //! Records a message (the GDAL error handler calls this).
  void add( std::string message );

private:
  std::string mMemoryPath;
  std::string mFileName;
  std::vector<std::string> mFailures;
};

} // namespace tryggkarta

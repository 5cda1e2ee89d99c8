#pragma once
// SHA-256, to recognise a file that was imported before (GDAL does not install its own).

#include <cstddef>
#include <cstdint>
#include <string>

namespace tryggkarta
{

class Sha256
{
public:
  Sha256();
  void update( const void *data, size_t size );
  //! The digest as 64 lowercase hex digits; the object must not be updated afterwards.
  std::string hexDigest();

private:
  void transform( const unsigned char *block );
  uint32_t mState[8];
  unsigned char mBuffer[64];
  size_t mBufferSize = 0;
  uint64_t mTotalBytes = 0;
};

} // namespace tryggkarta

#pragma once
// SHA-256, to recognise a file that was imported before: OpenSSL's libcrypto (its EVP interface).

#include <cstddef>
#include <memory>
#include <string>

struct evp_md_ctx_st;

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
  struct ContextDeleter
  {
    void operator()( evp_md_ctx_st *context ) const;
  };
  std::unique_ptr<evp_md_ctx_st, ContextDeleter> mContext;
};

/**
 * The SHA-256 of a file's bytes as 64 lowercase hex digits, read in blocks of 1 MiB (so hashing a large file
 * beside an import keeps no more of it in memory than a block); that of the bytes read when it cannot be read
 * to its end.
 */
std::string sha256OfFile( const std::string &path );

} // namespace tryggkarta

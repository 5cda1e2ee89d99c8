#include "sha256.h"

#include <fstream>
#include <vector>

#include <openssl/evp.h>

#include <stdexcept>

namespace tryggkarta
{

void Sha256::ContextDeleter::operator()( evp_md_ctx_st *context ) const
{
  EVP_MD_CTX_free( context );
}

Sha256::Sha256() : mContext( EVP_MD_CTX_new() )
{
  // Fails only without memory or with a crypto policy that forbids SHA-256; a hash must never be made up.
  if ( !mContext || EVP_DigestInit_ex( mContext.get(), EVP_sha256(), nullptr ) != 1 )
    throw std::runtime_error( "SHA-256 is not available from OpenSSL." );
}

void Sha256::update( const void *data, size_t size )
{
  if ( size > 0 && EVP_DigestUpdate( mContext.get(), data, size ) != 1 )
    throw std::runtime_error( "SHA-256 failed in OpenSSL." );
}

std::string Sha256::hexDigest()
{
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if ( EVP_DigestFinal_ex( mContext.get(), digest, &length ) != 1 )
    throw std::runtime_error( "SHA-256 failed in OpenSSL." );
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve( length * 2 );
  for ( unsigned int i = 0; i < length; ++i )
  {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0x0f];
  }
  return hex;
}

std::string sha256OfFile( const std::string &path )
{
  Sha256 sha;
  std::ifstream in( path, std::ios::binary );
  std::vector<char> block( 1u << 20 );
  while ( in )
  {
    in.read( block.data(), static_cast<std::streamsize>( block.size() ) );
    if ( in.gcount() > 0 )
      sha.update( block.data(), static_cast<size_t>( in.gcount() ) );
  }
  return sha.hexDigest();
}

} // namespace tryggkarta

#include <catch2/catch.hpp>

#include "sha256.h"

#include <string>

using namespace tryggkarta;

namespace
{

std::string sha256Of( const std::string &text )
{
  Sha256 sha;
  sha.update( text.data(), text.size() );
  return sha.hexDigest();
}

} // namespace

// The expected digests are the test vectors of FIPS 180-2 (appendix B) and of the empty message.
TEST_CASE( "SHA-256 gives the published digests of the standard test messages", "[sha256]" )
{
  CHECK( sha256Of( "" ) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855" );
  CHECK( sha256Of( "abc" ) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" );
  CHECK( sha256Of( "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq" ) ==
         "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1" );
}

TEST_CASE( "SHA-256 of a message fed in pieces equals that of the whole", "[sha256]" )
{
  // One million 'a', in pieces that do not line up with the 64-byte blocks.
  Sha256 sha;
  const std::string piece( 999, 'a' );
  size_t fed = 0;
  while ( fed + piece.size() <= 1000000 )
  {
    sha.update( piece.data(), piece.size() );
    fed += piece.size();
  }
  sha.update( piece.data(), 1000000 - fed );
  sha.update( piece.data(), 0 );
  CHECK( sha.hexDigest() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0" );
}

TEST_CASE( "a new SHA-256 assigned over a used one starts afresh", "[sha256]" )
{
  Sha256 sha;
  sha.update( "xyz", 3 );
  sha = Sha256();
  sha.update( "abc", 3 );
  CHECK( sha.hexDigest() == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad" );
}

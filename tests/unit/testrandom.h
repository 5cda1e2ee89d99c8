#pragma once
// Deterministic random numbers for test and benchmark fixtures (splitmix64): the same points on every machine
// and standard library, unlike std::normal_distribution.

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace testutil
{

class Random
{
public:
  explicit Random( std::uint64_t seed ) : mState( seed ) {}
  //! Uniform in [0, 1).
  double uniform()
  {
    mState += 0x9e3779b97f4a7c15ULL;
    std::uint64_t z = mState;
    z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
    z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
    z ^= z >> 31;
    return static_cast<double>( z >> 11 ) * ( 1.0 / 9007199254740992.0 );
  }
  //! Standard normal (Box-Muller).
  double normal()
  {
    const double u = std::max( uniform(), 1e-300 );
    return std::sqrt( -2 * std::log( u ) ) * std::cos( 2 * 3.14159265358979323846 * uniform() );
  }

private:
  std::uint64_t mState;
};

} // namespace testutil

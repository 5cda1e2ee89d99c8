#pragma once
// Which coordinate system a file's numbers are in, when the file does not say: from their value ranges in
// Sweden.

#include "geometryblob.h"
#include "message.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace tryggkarta
{

struct CrsGuess
{
  //! Why the CRS could not be decided.
  enum class Problem
  {
    None,
    NoNumericCoordinates, //!< no row has numbers to go by
    LocalZoneUnknown,     //!< a local SWEREF 99 zone, but which one the values do not tell
    NotRecognised         //!< not WGS 84, SWEREF 99 or RT90 values in Sweden (see the medians)
  };

  int epsg = 0;         //!< 0 when it could not be decided (see problem)
  bool swapped = false; //!< the first column holds latitudes/northings
  //! What was recognised, for the import's report; set with epsg.
  Message explanation;
  Problem problem = Problem::None;
  double medianFirst = 0; //!< the median of the first column's values
  double medianSecond = 0;
};

/**
 * Guesses the CRS of (first, second) pairs read from the x/lon and y/lat columns: WGS 84 degrees, SWEREF 99
 * TM, RT90 2.5 gon V, or a local SWEREF 99 zone (EPSG:3007–3018). A local zone can only be told apart with
 * projectExtent (in SWEREF 99 TM): the zone that puts the points inside it wins.
 */
CrsGuess guessCrs( const std::vector<std::pair<double, double>> &samples,
                   const std::optional<Envelope> &projectExtent3006 = std::nullopt );

//! Sweden with a margin, in WGS 84 degrees: points outside are rejected.
bool insideSwedenLonLat( double lon, double lat );

} // namespace tryggkarta

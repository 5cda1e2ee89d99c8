#pragma once
// Which incidents an analysis works on: period, categories, sources, organisations. Stored with each result.

#include "expected.h"
#include "kerneldensity.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

struct Selection
{
  std::optional<int64_t> fromUtc;      //!< Unix seconds; events ending before are left out
  std::optional<int64_t> untilUtc;     //!< Unix seconds, exclusive; events starting at or after are left out
  std::vector<std::string> categories; //!< codes; empty = all
  std::vector<std::string> sources;    //!< est, police, safety_walk, manual; empty = all
  std::vector<std::string> organisations; //!< empty = all
  //! A readable description, e.g. "2024-01-01 – 2024-12-31; klotter, glaskross".
  std::string describe() const;
};

//! The selected incidents as weighted points in the project CRS. An interval counts when it overlaps the
//! period.
Expected<std::vector<WeightedPoint>> selectIncidentPoints( ProjectFile &project, const Selection &selection );

} // namespace tryggkarta

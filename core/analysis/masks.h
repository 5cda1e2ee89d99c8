#pragma once
// Masks for kernel density: which cells of a grid lie on land, or inside one of the project's areas.

#include "expected.h"
#include "kerneldensity.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

/**
 * A mask on a grid, one byte per cell (1 = inside, cell centres decide), for kernel density: "land" is the
 * municipality's boundary (map_boundary, else the union of the areas) without its water (map_water); any
 * other text names an area (fid, code or name).
 */
Expected<std::vector<std::uint8_t>> rasterizeMask( ProjectFile &project, const AlignedGrid &grid,
                                                   const std::string &maskName );

} // namespace tryggkarta

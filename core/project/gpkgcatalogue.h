#pragma once
// The GeoPackage catalogue tables that describe a table of the file (its contents entry, geometry column,
// tile matrices, gridded coverage, extensions, OGR's feature count, data columns, metadata), each with the
// column naming the table, parents first: copying or removing a table takes its rows in these along.

#include <utility>

namespace tryggkarta
{

inline constexpr std::pair<const char *, const char *> kGpkgCatalogues[] = {
  { "gpkg_contents", "table_name" },
  { "gpkg_geometry_columns", "table_name" },
  { "gpkg_tile_matrix_set", "table_name" },
  { "gpkg_tile_matrix", "table_name" },
  { "gpkg_2d_gridded_coverage_ancillary", "tile_matrix_set_name" },
  { "gpkg_2d_gridded_tile_ancillary", "tpudt_name" },
  { "gpkg_extensions", "table_name" },
  { "gpkg_ogr_contents", "table_name" },
  { "gpkg_data_columns", "table_name" },
  { "gpkg_metadata_reference", "table_name" } };

} // namespace tryggkarta

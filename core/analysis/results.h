#pragma once
// Analysis results kept in the project GeoPackage (rasters and layers with the selection and parameters that
// made them, so any map can be reproduced), and written to GeoTIFF, GeoPackage, GeoJSON or CSV files.

#include "expected.h"
#include "kerneldensity.h"
#include "progress.h"
#include "selection.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

//! A field of a result table.
struct ResultField
{
  enum class Type
  {
    Integer,
    Real,
    Text,
    DateTime //!< stored as UTC, values given as Unix seconds (int64_t)
  };
  std::string name;
  Type type = Type::Real;
};

//! One attribute value; monostate is NULL.
using ResultValue = std::variant<std::monostate, std::int64_t, double, std::string>;

//! One row of a result table: an optional geometry and one value per field.
struct ResultFeature
{
  //! Polygon rings (first outer, the rest holes; closed or not) for a polygon table.
  std::vector<std::vector<std::pair<double, double>>> rings;
  //! The point of a point table.
  std::optional<std::pair<double, double>> point;
  std::vector<ResultValue> values;
};

//! A table of results: polygons, points or plain attributes.
struct ResultTable
{
  enum class Geometry
  {
    None,
    Point,
    Polygon
  };
  Geometry geometry = Geometry::None;
  std::vector<ResultField> fields;
  std::vector<ResultFeature> features;
};

//! What made a result: stored with it.
struct ResultProvenance
{
  std::string kind;           //!< kde, hotspots, clusters, compare, profile, knox
  Selection selection;        //!< the incidents it was computed from
  std::string parametersJson; //!< the method's parameters as a JSON object
  std::string summary;        //!< one or two readable lines for the list of results
  std::string units;          //!< for rasters: what a cell value means
};

//! A result as listed in the project.
struct StoredResult
{
  int64_t id = 0;
  std::string name;                //!< what the user calls it, unique in the project
  std::string kind;                //!< kde, hotspots, ...
  std::vector<std::string> tables; //!< the GeoPackage tables holding it, the main one first
  std::string selectionJson;
  std::string selectionText;
  std::string parametersJson;
  std::string summary;
  std::string units;
  std::string createdAt; //!< UTC
};

//! A raster band for file export.
struct RasterBand
{
  std::string name;
  const std::vector<double> *values = nullptr; //!< row-major on the grid
};

//! Key/value metadata written into exported files.
using ResultMetadata = std::vector<std::pair<std::string, std::string>>;

//! Writes Float32 bands on an aligned grid to a GeoTIFF (deflate, tiled) with metadata.
Status writeGeoTiff( const std::string &path, const AlignedGrid &grid, int epsg,
                     const std::vector<RasterBand> &bands, const ResultMetadata &metadata );

/**
 * Writes tables to a new file: GeoPackage (.gpkg, one layer per table), GeoJSON (.geojson, one table) or CSV
 * (.csv, one table; geometry as WKT). An existing file is replaced. Each entry is (layer name, table).
 */
Status writeTablesToFile( const std::string &path, int epsg,
                          const std::vector<std::pair<std::string, const ResultTable *>> &tables,
                          const ResultMetadata &metadata );

//! Whether two paths name the same existing file (through links and relative paths).
bool isSameFile( const std::string &a, const std::string &b );

//! Stores and lists results in a project file. The project must be open for writing.
class ResultStore
{
public:
  explicit ResultStore( ProjectFile &project );

  /**
   * Stores a density raster as a Float32 gridded-coverage raster table (GDAL's GPKG raster support; QGIS
   * opens it). A result of the same name is refused unless replace is true (then it is replaced in the same
   * transaction). The project changes in one transaction at the end: a failure, or a progress callback that
   * returns false (up to the last report, at 1), leaves the project as it was.
   */
  Expected<StoredResult> storeRaster( const std::string &name, const ResultProvenance &provenance,
                                      const AlignedGrid &grid, const std::vector<double> &values,
                                      bool replace = false, const ProgressCallback &progress = {} );

  /**
   * Stores one or more tables as one result: the first is the main table (named after the result), the
   * others get the suffix given with them (e.g. "events"). Polygon and point tables become layers in the
   * project's CRS with an R-tree index; attribute tables are registered as GeoPackage attributes. Replacing
   * and the one transaction as for storeRaster().
   */
  Expected<StoredResult> storeTables( const std::string &name, const ResultProvenance &provenance,
                                      const std::vector<std::pair<std::string, const ResultTable *>> &tables,
                                      bool replace = false, const ProgressCallback &progress = {} );

  //! Every stored result, oldest first.
  Expected<std::vector<StoredResult>> list();
  //! The result of that name, or a message listing the stored ones.
  Expected<StoredResult> find( const std::string &name );
  //! Removes a result and its tables (with what the GeoPackage catalogue says about them), in one
  //! transaction.
  Status remove( const std::string &name );
  //! Writes a stored result to a file: rasters to GeoTIFF, tables as writeTablesToFile does.
  Status exportTo( const std::string &name, const std::string &path );

  //! A name not yet used, from a base like "kde 2024-01-01 – 2024-12-31" ("… (2)" when taken).
  Expected<std::string> uniqueName( const std::string &base );
  //! The table name for a result name: "result_" and the name in lower-case ASCII letters, digits and _.
  static std::string tableNameFor( const std::string &name );

private:
  //! Whether the name may be used: the result it would replace (replace set), none, or why not.
  Expected<std::optional<StoredResult>> checkName( const std::string &name, bool replace );
  //! Copies the tables written to a scratch GeoPackage into the project and registers them, in one
  //! transaction (removing the replaced result in it too).
  Expected<StoredResult> commitScratch( const std::string &scratchPath, const std::string &name,
                                        const ResultProvenance &provenance,
                                        const std::vector<std::string> &tables,
                                        const std::optional<StoredResult> &replaced,
                                        const ProgressCallback &progress );
  ProjectFile &mProject;
};

} // namespace tryggkarta

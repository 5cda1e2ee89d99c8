#pragma once
// The project file's schema: one place, numbered migrations. Version N is reached by running migrations 1..N.

#include <functional>
#include <string>
#include <vector>

namespace tryggkarta
{

class Database;

//! The project CRS unless the user chooses another: SWEREF 99 TM.
constexpr int kDefaultProjectSrsId = 3006;

struct Migration
{
  int version;
  std::string description;
  std::function<void( Database & )> apply;
};

//! All migrations in order; the last one's version is the current schema version.
const std::vector<Migration> &migrations();
int currentSchemaVersion();

//! Registers a point/line/polygon table in gpkg_contents and gpkg_geometry_columns, with an R-tree index.
void registerFeatureTable( Database &db, const std::string &table, const std::string &geometryType, int srsId,
                           const std::string &identifier, const std::string &description );
//! Registers a table without geometry in gpkg_contents, so GDAL and QGIS list it.
void registerAttributeTable( Database &db, const std::string &table, const std::string &identifier,
                             const std::string &description );
//! Adds an EPSG CRS to gpkg_spatial_ref_sys if missing (definition from PROJ through OSR).
void ensureSpatialRefSys( Database &db, int epsg );

//! Feature tables whose geometries are stored in the project CRS.
const std::vector<std::string> &projectFeatureTables();

} // namespace tryggkarta

#pragma once
// Which coordinate system an import reads: the one chosen, the file's own, or one recognised from the
// values; and whether coordinate columns are in north–east order.

#include "expected.h"
#include "message.h"
#include "importer.h"

#include <ogr_spatialref.h>

#include <memory>
#include <string>

namespace tryggkarta
{

class Database;
class RowInterpreter;
class RowSource;

struct CrsDecision
{
  std::unique_ptr<OGRSpatialReference> srs; //!< traditional GIS axis order (x/lon first)
  bool swapped = false;                     //!< the x/lon column holds northings or latitudes
  Message label; //!< for the report, e.g. "EPSG:4326 (WGS 84, recognised from the values)"
};

/**
 * Decides the CRS of the source's coordinates: options.sourceEpsg when given, else the CRS of the file's
 * geometries, else one recognised from the first rows' values (a local SWEREF 99 zone by the project's
 * extent). Reads rows to decide and rewinds the source afterwards; name is the file's name for messages.
 */
Expected<CrsDecision> decideCrs( const std::string &name, RowSource &source,
                                 const RowInterpreter &interpreter, const ImportOptions &options,
                                 Database &db, int projectSrsId );

} // namespace tryggkarta

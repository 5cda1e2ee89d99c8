#pragma once
// The rows of a file to import, whatever its format: one small interface, one class per way of reading
// (CsvSource: our own CSV reader; OgrSource: everything else through OGR) and a factory that chooses by the
// file's extension. The importer reads every format through this interface alone.

#include "expected.h"
#include "importer.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

class OGRSpatialReference;

namespace tryggkarta
{

//! One row as a source read it; the views stay valid until the source reads the next row.
struct SourceRow
{
  int64_t rowNumber = 0;
  std::vector<std::string_view> values;
  std::string_view raw;
  bool hasGeometry = false;
  double gx = 0, gy = 0;
  std::optional<Message> geometryProblem;  //!< the geometry is not a point
  std::optional<Message> structureProblem; //!< the row itself is broken (field count, unterminated quote)
};

//! Reads the rows of one opened file (one layer of it), as often as asked.
class RowSource
{
public:
  virtual ~RowSource() = default;
  virtual const std::vector<std::string> &columns() const = 0;
  //! Reads the next row; false at the end.
  virtual bool next( SourceRow &row ) = 0;
  //! Reads the next row's values only, for a quick pass over a column: its raw text, point and problems may
  //! be left as they were. False at the end.
  virtual bool skim( SourceRow &row ) { return next( row ); }
  //! The fraction read (0–1).
  virtual double progress() const = 0;
  //! Starts again at the first row.
  virtual void rewind() = 0;
  //! "CSV", or the OGR driver's name: "GeoJSON", "GPKG", "ESRI Shapefile", "XLSX", "GPX".
  virtual std::string format() const = 0;
  //! The CRS of the geometries, when the source has geometries with a known CRS.
  virtual const OGRSpatialReference *spatialRef() const { return nullptr; }
  virtual bool hasGeometry() const { return false; }
  //! The layer read from a multi-layer source; empty for CSV.
  virtual std::string layer() const { return std::string(); }
  //! CSV: the encoding read ("UTF-8", "CP1252", …); empty for other formats.
  virtual std::string encoding() const { return std::string(); }
  //! CSV: the delimiter used; 0 for other formats.
  virtual char delimiter() const { return 0; }
  //! What the user should know about how the file was read (bytes replaced, columns renamed).
  virtual std::vector<Message> warnings() const { return {}; }
  //! True when hashContent() may run in a background thread from the start (it reads the file itself).
  virtual bool hashesInBackground() const = 0;
  //! What identifies the imported content: the file's bytes, or for OGR the layer and its features as read.
  virtual std::string hashContent() = 0;
  //! A rough row count, to choose the bulk strategy; it need not be exact.
  virtual int64_t estimatedRows() const = 0;
  //! What the source knows of its own columns (target field -> column), over the guess from their names:
  //! a format with fixed columns such as the police feed.
  virtual std::map<std::string, std::string> defaultMapping() const { return {}; }
  //! The incidents' source for a format that says it ("police" for the police feed); empty otherwise.
  virtual std::string defaultSource() const { return std::string(); }
};

//! The start of a row's text, cut at a character and marked "…", for a row rejected for a value too long to
//! keep.
std::string shortenedRaw( std::string_view raw );

/**
 * Opens a file with the source its extension calls for: .csv, .txt, .tsv and .tab through CsvSource; a .json
 * or .geojson that is the police's event feed (by its content) through PoliceFeedSource; the known OGR
 * formats through OgrSource with their driver, anything else through OGR if it can read it. The options give
 * the CSV encoding and delimiter and the layer to read.
 */
Expected<std::unique_ptr<RowSource>> openRowSource( const std::string &path, const ImportOptions &options );

} // namespace tryggkarta

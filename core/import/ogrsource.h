#pragma once
// Rows of every format OGR reads (GeoJSON, GeoPackage, Shapefile, XLSX, GPX, …): one layer, its fields as
// text and its points.

#include "rowsource.h"
#include "sha256.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace tryggkarta
{

class OgrSource : public RowSource
{
public:
  explicit OgrSource( std::string path );
  ~OgrSource() override;
  OgrSource( const OgrSource & ) = delete;
  OgrSource &operator=( const OgrSource & ) = delete;

  /**
   * Opens the file with the driver (any driver when empty) and chooses the layer: layerName, else GPX
   * waypoints, else the first point layer, else the first table. Fails with a message naming the file and,
   * when it is not an expectedFormat file, what it is.
   */
  Status open( const std::string &driverName, const std::string &layerName,
               const std::string &expectedFormat );

  const std::vector<std::string> &columns() const override { return mColumns; }
  std::string format() const override { return mFormat; }
  double progress() const override { return std::min( 1.0, static_cast<double>( mRead ) / mFeatureCount ); }
  const OGRSpatialReference *spatialRef() const override { return mSpatialRef.get(); }
  int64_t estimatedRows() const override { return mFeatureCount; }
  bool hasGeometry() const override { return mHasGeometry; }
  std::string layer() const override { return mLayerName; }
  void rewind() override;
  bool next( SourceRow &row ) override;
  bool hashesInBackground() const override { return false; }
  //! A multi-layer file or a Shapefile's .dbf is identified by what was read: layer name, values, geometry.
  std::string hashContent() override { return mSha.hexDigest(); }

private:
  //! "a (Point), b (no geometry)": the file's layers with their geometry types, for messages.
  std::string layerList() const;

  std::string mPath;
  GDALDataset *mDataset = nullptr;
  OGRLayer *mLayer = nullptr;
  std::string mLayerName;
  Sha256 mSha;
  std::vector<unsigned char> mWkb;
  std::string mFormat;
  std::vector<std::string> mColumns;
  std::vector<OGRFieldType> mTypes;
  std::vector<std::string> mValues;
  std::string mRaw;
  std::string mShortenedRaw; //!< the raw text kept of a row with a value over the limit
  bool mHasGeometry = false;
  std::unique_ptr<OGRSpatialReference> mSpatialRef;
  GIntBig mFeatureCount = 1;
  GIntBig mRead = 0;
};

} // namespace tryggkarta

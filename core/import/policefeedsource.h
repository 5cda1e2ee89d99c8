#pragma once
// The police's open event feed as a municipality saves it from the API: a JSON array of events with id,
// datetime ("2026-11-20 21:14:03 +01:00"), name, summary, url, type and location {name, gps "lat,lon"}; and
// its GeoJSON conversions (a FeatureCollection of points whose properties hold the same fields, the location
// as a nested object or flattened as location_name / location.name and location_gps / location.gps). Each
// event is one row; its point comes from the geometry or the gps (WGS 84). The gps is the centroid of the
// municipality or county named, never the event's place, so each row also says how precise its place is: a
// county's name gives "county", a municipality's "municipality", a finer name ("Kristinehamn, Stora torget")
// "street".

#include "rowsource.h"

#include <ogr_spatialref.h>

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace tryggkarta
{

/**
 * True when a .json or .geojson file is the police feed or a GeoJSON conversion of it: its first event has
 * datetime, type and a location (the array form), or its first feature's properties have datetime, type and a
 * location name or gps (the GeoJSON form). Reads only the start of the file; anything else (a normal GeoJSON,
 * a file that is not JSON) is false and goes through OGR.
 */
bool looksLikePoliceFeed( const std::string &path );

class PoliceFeedSource : public RowSource
{
public:
  explicit PoliceFeedSource( std::string path );
  ~PoliceFeedSource() override;
  PoliceFeedSource( const PoliceFeedSource & ) = delete;
  PoliceFeedSource &operator=( const PoliceFeedSource & ) = delete;

  /**
   * Reads the whole file (one pass, without building a document: a year of a city's feed is 10^5 events)
   * into the rows; fails with a message naming the file and the line when it is not valid JSON or not the
   * feed.
   */
  Status open();

  const std::vector<std::string> &columns() const override { return mColumns; }
  bool next( SourceRow &row ) override;
  bool skim( SourceRow &row ) override { return read( row, false ); }
  double progress() const override;
  void rewind() override { mNext = 0; }
  //! "Police feed (JSON)" or "Police feed (GeoJSON)".
  std::string format() const override;
  const OGRSpatialReference *spatialRef() const override { return &mWgs84; }
  bool hasGeometry() const override { return true; }
  //! Invalid UTF-8 replaced.
  std::vector<Message> warnings() const override;
  bool hashesInBackground() const override { return true; }
  //! The file's bytes: the same file imported again is recognised as such.
  std::string hashContent() override;
  int64_t estimatedRows() const override { return static_cast<int64_t>( mRows.size() ); }
  //! id → event_id, type → category, datetime → date, name → description, summary → summary (added to the
  //! description), location_name → place_name, place_precision → place_precision.
  std::map<std::string, std::string> defaultMapping() const override;
  std::string defaultSource() const override { return "police"; }

  //! One value of an event: where it stands in the file's text, or in the arena when it had to be decoded.
  struct Cell
  {
    uint32_t column; //!< a column, or one of the kinds below
    uint32_t size;
    uint64_t offset; //!< in the arena, or with kInText in the text
  };
  static constexpr uint64_t kInText = uint64_t( 1 ) << 63;
  //! One event: its cells and its point.
  struct Event
  {
    uint64_t firstCell = 0;
    uint32_t cells = 0;
    enum class Point : uint8_t
    {
      None,    //!< from the gps, if it reads
      Given,   //!< the feature's point
      NotPoint //!< the feature's geometry is of another type (a cell holds it)
    } point = Point::None;
    double x = 0, y = 0;
  };

private:
  friend class FeedReader;
  //! The next row: its values, and when full its point and raw text too.
  bool read( SourceRow &row, bool full );
  //! The precision code for a location name ("county", "municipality", "street"; "" when there is none).
  //! The precision of a place named so (cached): a point of its own is finer when its name is not a
  //! municipality's or county's; the feed's gps never is.
  const std::string &precisionOf( std::string_view locationName, bool pointOfItsOwn );

  std::string mPath;
  bool mGeoJson = false;
  size_t mNext = 0;
  std::vector<std::string> mColumns;
  const char *mText = nullptr; //!< the file, mapped
  size_t mTextSize = 0;
  std::string mArena; //!< values decoded
  std::vector<Cell> mCells;
  std::vector<Event> mRows;
  int64_t mReplacedBytes = 0, mFirstReplacedLine = 0;
  std::vector<std::string_view> mValues;
  std::string mRaw, mShortenedRaw;
  std::unordered_map<std::string, std::string> mPrecisionByName;
  std::string mKey;
  OGRSpatialReference mWgs84;
};

} // namespace tryggkarta

#include "importer.h"

#include "coordinatedetection.h"
#include "csvreader.h"
#include "datetimeparser.h"
#include "fieldmapping.h"
#include "geometryblob.h"
#include "json.h"
#include "projectfile.h"
#include "sha256.h"
#include "textscreening.h"

#include <gdal_priv.h>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <future>
#include <set>
#include <unordered_map>

namespace tryggkarta
{

namespace fs = std::filesystem;

namespace
{

constexpr size_t kChunkRows = 8192;
constexpr size_t kMaxRejectsInReport = 1000;
constexpr size_t kCrsSampleRows = 2000;

// ---------------------------------------------------------------------------------------------------------------
// Sources: CSV through our own reader (fast, with encodings and row numbers), everything else through OGR.

struct SourceRow
{
  int64_t rowNumber = 0;
  std::vector<std::string_view> values;
  std::string_view raw;
  bool hasGeometry = false;
  double gx = 0, gy = 0;
  std::string geometryProblem;
  std::string structureProblem; //!< the row itself is broken (field count, unterminated quote)
};

class RowSource
{
public:
  virtual ~RowSource() = default;
  virtual const std::vector<std::string> &columns() const = 0;
  virtual bool next( SourceRow &row ) = 0;
  virtual double progress() const = 0;
  virtual void rewind() = 0;
  virtual std::string format() const = 0;
  //! The CRS of the geometries, when the source has geometries with a known CRS.
  virtual const OGRSpatialReference *spatialRef() const { return nullptr; }
  virtual bool hasGeometry() const { return false; }
  //! The layer read from a multi-layer source; empty for CSV.
  virtual std::string layer() const { return std::string(); }
  //! Columns renamed because their name was already taken.
  virtual std::vector<std::string> renamedColumns() const { return {}; }
  //! True when hashContent() may run in a background thread from the start (it reads the file itself).
  virtual bool hashesInBackground() const = 0;
  //! What identifies the imported content: the file's bytes, or for OGR the layer and its features as read.
  virtual std::string hashContent() = 0;
  //! A rough row count, to choose the bulk strategy; it need not be exact.
  virtual int64_t estimatedRows() const = 0;
  std::string encoding;
  char delimiter = 0;
};

class CsvSource : public RowSource
{
public:
  CsvSource( std::string path, std::string encoding, char delimiter )
    : mPath( std::move( path ) ), mEncodingOption( std::move( encoding ) ), mDelimiterOption( delimiter )
  {
  }

  std::string open()
  {
    auto reader = CsvReader::open( mPath, mEncodingOption, mDelimiterOption );
    if ( !reader )
      return reader.error();
    mReader = std::move( reader.value() );
    encoding = mReader->encoding();
    delimiter = mReader->delimiter();
    return std::string();
  }

  const std::vector<std::string> &columns() const override { return mReader->header(); }
  std::string format() const override { return "CSV"; }
  double progress() const override { return mReader->progress(); }

  bool next( SourceRow &row ) override
  {
    if ( !mReader->next( mRow ) )
      return false;
    row.rowNumber = mRow.lineNumber;
    row.raw = mRow.raw;
    row.values.assign( mRow.fields.begin(), mRow.fields.end() );
    row.structureProblem.clear();
    const size_t expected = mReader->header().size();
    if ( mRow.unterminatedQuote )
      row.structureProblem =
        "a value opens a quote (\") that is never closed (a stray quote, or the file is truncated)";
    else if ( row.values.size() > expected )
      row.structureProblem = "the row has " + std::to_string( row.values.size() ) +
                             " values but the header has " + std::to_string( expected ) +
                             " columns (an unquoted delimiter inside a value?)";
    row.values.resize( expected ); // missing trailing values are empty
    return true;
  }

  void rewind() override { mReader->rewind(); }
  bool hashesInBackground() const override { return true; }
  std::vector<std::string> renamedColumns() const override { return mReader->renamedColumns(); }
  int64_t estimatedRows() const override { return static_cast<int64_t>( mReader->fileBytes().size() / 40 ); }

  std::string hashContent() override
  {
    const std::string_view bytes = mReader->fileBytes();
    Sha256 sha;
    sha.update( bytes.data(), bytes.size() );
    return sha.hexDigest();
  }

private:
  std::string mPath;
  std::string mEncodingOption;
  char mDelimiterOption;
  std::unique_ptr<CsvReader> mReader;
  CsvRow mRow;
};

std::string formatOgrDateTime( OGRFeature *feature, int index, OGRFieldType type )
{
  int y, mo, d, h, mi, tz;
  float s;
  if ( !feature->GetFieldAsDateTime( index, &y, &mo, &d, &h, &mi, &s, &tz ) )
    return std::string();
  char buffer[48];
  if ( type == OFTDate )
  {
    std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02d", y, mo, d );
    return buffer;
  }
  const int seconds = static_cast<int>( s );
  // OGR's TZFlag: 0 unknown, 1 local, 100 UTC, 100±n quarter hours.
  if ( tz >= 100 )
  {
    const int offset = ( tz - 100 ) * 15;
    std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", y, mo, d, h, mi,
                   seconds, offset < 0 ? '-' : '+', std::abs( offset ) / 60, std::abs( offset ) % 60 );
  }
  else
    std::snprintf( buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, seconds );
  return buffer;
}

class OgrSource : public RowSource
{
public:
  explicit OgrSource( std::string path ) : mPath( std::move( path ) ) {}
  ~OgrSource() override
  {
    if ( mDataset )
      GDALClose( mDataset );
  }

  std::string open( const std::string &driverName, const std::string &layerName,
                    const std::string &expectedFormat )
  {
    GDALAllRegister();
    const std::string name = fs::path( mPath ).filename().string();
    const char *drivers[] = { driverName.c_str(), nullptr };
    CPLErrorReset();
    CPLPushErrorHandler( CPLQuietErrorHandler );
    // Coordinators' sheets always have a header row, even when every cell is text (GDAL 3.6 has no open
    // option for this; the config option is set for this thread only).
    CPLSetThreadLocalConfigOption( "OGR_XLSX_HEADERS", "FORCE" );
    mDataset =
      static_cast<GDALDataset *>( GDALOpenEx( mPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                              driverName.empty() ? nullptr : drivers, nullptr, nullptr ) );
    CPLSetThreadLocalConfigOption( "OGR_XLSX_HEADERS", nullptr );
    const std::string gdalMessage = CPLGetLastErrorMsg();
    CPLPopErrorHandler();
    if ( !mDataset )
    {
      std::string what = "it could not be read";
      if ( !gdalMessage.empty() )
        what += " (" + gdalMessage + ")";
      // Say what the file really is when its extension lies.
      CPLPushErrorHandler( CPLQuietErrorHandler );
      GDALDataset *other = static_cast<GDALDataset *>(
        GDALOpenEx( mPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
      CPLPopErrorHandler();
      if ( other )
      {
        what = std::string( "it is a " ) + other->GetDriver()->GetDescription() + " file";
        GDALClose( other );
      }
      return name + " is not a valid " + expectedFormat + " file: " + what + ".";
    }
    mFormat = mDataset->GetDriver()->GetDescription();
    if ( !layerName.empty() )
    {
      mLayer = mDataset->GetLayerByName( layerName.c_str() );
      if ( !mLayer )
        return name + " has no layer '" + layerName + "'" + layerList() + ".";
    }
    else if ( mFormat == "GPX" )
    {
      mLayer = mDataset->GetLayerByName( "waypoints" );
      if ( !mLayer || mLayer->GetFeatureCount() == 0 )
        return name + " has no waypoints: Tryggkarta imports GPX waypoints, not tracks or routes.";
    }
    else
    {
      // The first layer with points, or the first layer at all.
      for ( int i = 0; i < mDataset->GetLayerCount() && !mLayer; ++i )
      {
        OGRLayer *layer = mDataset->GetLayer( i );
        if ( wkbFlatten( layer->GetGeomType() ) == wkbPoint ||
             wkbFlatten( layer->GetGeomType() ) == wkbMultiPoint )
          mLayer = layer;
      }
      // A table without geometry (coordinates in columns) is the next best choice.
      for ( int i = 0; i < mDataset->GetLayerCount() && !mLayer; ++i )
        if ( mDataset->GetLayer( i )->GetGeomType() == wkbNone )
          mLayer = mDataset->GetLayer( i );
      if ( !mLayer && mDataset->GetLayerCount() > 0 )
        mLayer = mDataset->GetLayer( 0 );
      if ( !mLayer )
        return name + " has no layers: there is nothing to import.";
    }
    const OGRwkbGeometryType layerType = wkbFlatten( mLayer->GetGeomType() );
    if ( layerType != wkbPoint && layerType != wkbMultiPoint && layerType != wkbNone &&
         layerType != wkbUnknown )
      return name + ": the layer '" + mLayer->GetName() + "' holds " + OGRGeometryTypeToName( layerType ) +
             " geometries, not points" + layerList() + ".";
    mLayerName = mLayer->GetName();
    mSha.update( mLayerName.data(), mLayerName.size() + 1 );
    OGRFeatureDefn *definition = mLayer->GetLayerDefn();
    for ( int i = 0; i < definition->GetFieldCount(); ++i )
    {
      mColumns.push_back( definition->GetFieldDefn( i )->GetNameRef() );
      mTypes.push_back( definition->GetFieldDefn( i )->GetType() );
    }
    mHasGeometry = definition->GetGeomFieldCount() > 0 && mLayer->GetGeomType() != wkbNone;
    if ( const OGRSpatialReference *srs = mLayer->GetSpatialRef() )
    {
      mSpatialRef.reset( srs->Clone() );
      mSpatialRef->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    }
    mFeatureCount = std::max<GIntBig>( 1, mLayer->GetFeatureCount( TRUE ) );
    if ( mColumns.empty() && !mHasGeometry )
      return name + " has no columns: there is nothing to import.";
    return std::string();
  }

  const std::vector<std::string> &columns() const override { return mColumns; }
  std::string format() const override { return mFormat; }
  double progress() const override { return std::min( 1.0, static_cast<double>( mRead ) / mFeatureCount ); }
  const OGRSpatialReference *spatialRef() const override { return mSpatialRef.get(); }
  int64_t estimatedRows() const override { return mFeatureCount; }
  bool hasGeometry() const override { return mHasGeometry; }

  void rewind() override
  {
    mLayer->ResetReading();
    mRead = 0;
    mSha = Sha256();
    mSha.update( mLayerName.data(), mLayerName.size() + 1 );
  }

  bool next( SourceRow &row ) override
  {
    std::unique_ptr<OGRFeature> feature( mLayer->GetNextFeature() );
    if ( !feature )
      return false;
    ++mRead;
    // XLSX: row 1 is the header; other formats number features from 1.
    row.rowNumber = mFormat == "XLSX" ? mRead + 1 : mRead;
    mValues.resize( mColumns.size() );
    row.values.resize( mColumns.size() );
    mRaw.clear();
    for ( size_t i = 0; i < mColumns.size(); ++i )
    {
      const int index = static_cast<int>( i );
      if ( !feature->IsFieldSetAndNotNull( index ) )
        mValues[i].clear();
      else if ( mTypes[i] == OFTDate || mTypes[i] == OFTDateTime )
        mValues[i] = formatOgrDateTime( feature.get(), index, mTypes[i] );
      else
        mValues[i] = feature->GetFieldAsString( index );
      if ( !mRaw.empty() )
        mRaw += "; ";
      mRaw += mColumns[i] + "=" + mValues[i];
    }
    for ( size_t i = 0; i < mColumns.size(); ++i )
      row.values[i] = mValues[i];
    row.hasGeometry = false;
    row.geometryProblem.clear();
    row.structureProblem.clear();
    const OGRGeometry *geometry = feature->GetGeometryRef();
    if ( geometry && !geometry->IsEmpty() )
    {
      const OGRwkbGeometryType type = wkbFlatten( geometry->getGeometryType() );
      const OGRPoint *point = nullptr;
      if ( type == wkbPoint )
        point = geometry->toPoint();
      else if ( type == wkbMultiPoint && geometry->toMultiPoint()->getNumGeometries() == 1 )
        point = geometry->toMultiPoint()->getGeometryRef( 0 );
      if ( point )
      {
        row.hasGeometry = true;
        row.gx = point->getX();
        row.gy = point->getY();
        char buffer[80];
        std::snprintf( buffer, sizeof buffer, "%sPOINT (%.8g %.8g)", mRaw.empty() ? "" : "; ", row.gx,
                       row.gy );
        mRaw += buffer;
      }
      else
        row.geometryProblem =
          std::string( "the geometry is a " ) + OGRGeometryTypeToName( type ) + ", not a point";
    }
    row.raw = mRaw;
    mSha.update( mRaw.data(), mRaw.size() + 1 );
    if ( geometry )
    {
      mWkb.resize( geometry->WkbSize() );
      geometry->exportToWkb( wkbNDR, mWkb.data(), wkbVariantIso );
      mSha.update( mWkb.data(), mWkb.size() );
    }
    return true;
  }

  bool hashesInBackground() const override { return false; }
  //! A multi-layer file or a Shapefile's .dbf is identified by what was read: layer name, values, geometry.
  std::string hashContent() override { return mSha.hexDigest(); }

public:
  std::string layer() const override { return mLayerName; }

  //! "; its layers are a (points), b (polygons)" for messages.
  std::string layerList() const
  {
    std::string list;
    for ( int i = 0; i < mDataset->GetLayerCount(); ++i )
    {
      OGRLayer *layer = mDataset->GetLayer( i );
      const OGRwkbGeometryType type = wkbFlatten( layer->GetGeomType() );
      list += std::string( list.empty() ? "; its layers are " : ", " ) + layer->GetName() + " (" +
              ( type == wkbNone ? "no geometry" : OGRGeometryTypeToName( type ) ) + ")";
    }
    return list;
  }

private:
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
  bool mHasGeometry = false;
  std::unique_ptr<OGRSpatialReference> mSpatialRef;
  GIntBig mFeatureCount = 1;
  GIntBig mRead = 0;
};

std::string lowerExtension( const std::string &path )
{
  std::string ext = fs::path( path ).extension().string();
  std::transform( ext.begin(), ext.end(), ext.begin(),
                  []( unsigned char c ) { return static_cast<char>( std::tolower( c ) ); } );
  return ext;
}

Expected<std::unique_ptr<RowSource>> openSource( const std::string &path, const ImportOptions &options )
{
  std::error_code ec;
  const std::string name = fs::path( path ).filename().string();
  if ( !fs::exists( path, ec ) )
    return Error{ path + " does not exist." };
  if ( fs::is_directory( path, ec ) )
    return Error{ path + " is a folder, not a file." };
  const std::string ext = lowerExtension( path );
  if ( ext != ".shp" && fs::file_size( path, ec ) == 0 )
    return Error{ name + " is empty: there is nothing to import." };
  struct Format
  {
    const char *ext, *driver, *label;
  };
  static const Format formats[] = {
    { ".geojson", "GeoJSON", "GeoJSON" }, { ".json", "GeoJSON", "GeoJSON" },
    { ".gpkg", "GPKG", "GeoPackage" },    { ".shp", "ESRI Shapefile", "Shapefile" },
    { ".xlsx", "XLSX", "Excel (XLSX)" },  { ".gpx", "GPX", "GPX" } };
  if ( ext == ".csv" || ext == ".txt" || ext == ".tsv" || ext == ".tab" )
  {
    auto source = std::make_unique<CsvSource>(
      path, options.encoding, options.delimiter ? options.delimiter : ( ext == ".tsv" ? '\t' : 0 ) );
    const std::string error = source->open();
    if ( !error.empty() )
      return Error{ error };
    return std::unique_ptr<RowSource>( std::move( source ) );
  }
  for ( const Format &format : formats )
  {
    if ( ext == format.ext )
    {
      auto source = std::make_unique<OgrSource>( path );
      const std::string error = source->open( format.driver, options.layerName, format.label );
      if ( !error.empty() )
        return Error{ error };
      return std::unique_ptr<RowSource>( std::move( source ) );
    }
  }
  auto source = std::make_unique<OgrSource>( path );
  const std::string error = source->open( std::string(), options.layerName, "vector data" );
  if ( !error.empty() )
    return Error{ name + ": unknown file type '" + ext +
                  "'. Tryggkarta imports CSV, GeoJSON, GeoPackage, Shapefile, XLSX and GPX files." };
  return std::unique_ptr<RowSource>( std::move( source ) );
}

// ---------------------------------------------------------------------------------------------------------------
// Row interpretation.

std::string quotedValue( std::string_view text )
{
  size_t cut = std::min<size_t>( text.size(), 60 );
  // Never cut inside a UTF-8 character.
  while ( cut < text.size() && cut > 0 && ( static_cast<unsigned char>( text[cut] ) & 0xC0 ) == 0x80 )
    --cut;
  std::string shown( text.substr( 0, cut ) );
  if ( cut < text.size() )
    shown += "…";
  return "'" + shown + "'";
}

//! A lookup from labels (code, Swedish and English labels, any case) to codes.
class CodeLookup
{
public:
  void add( const std::string &label, const std::string &code )
  {
    if ( !label.empty() )
      mCodes.emplace( labelKey( label ), code );
  }
  //! A user's mapping: replaces what the label would otherwise match.
  void set( const std::string &label, const std::string &code ) { mCodes[labelKey( label )] = code; }
  const std::string *find( std::string_view value ) const
  {
    const auto it = mCodes.find( labelKey( value ) );
    return it == mCodes.end() ? nullptr : &it->second;
  }

private:
  std::unordered_map<std::string, std::string> mCodes;
};

CodeLookup loadLookup( Database &db, const std::string &table )
{
  CodeLookup lookup;
  Statement s = db.prepare( "SELECT code, label_sv, label_en FROM " + table );
  while ( s.step() )
  {
    lookup.add( s.text( 0 ), s.text( 0 ) );
    lookup.add( s.text( 1 ), s.text( 0 ) );
    lookup.add( s.text( 2 ), s.text( 0 ) );
  }
  return lookup;
}

struct Times
{
  int64_t from = 0;
  std::optional<int64_t> until;
};

int64_t localDayStart( const LocalDateTime &value, int dayOffset )
{
  int y = value.year, m = value.month, d = value.day;
  if ( dayOffset )
    civilFromDays( daysFromCivil( y, m, d ) + dayOffset, y, m, d );
  return stockholmToUtc( y, m, d, 0, 0, 0 );
}

//! A record read from a row, before its coordinates are transformed.
struct Pending
{
  int64_t rowNumber = 0;
  double x = 0, y = 0;
  std::string raw;
  std::string reject; //!< non-empty: rejected with this reason
  Times times;
  std::string category;     // incidents: category code; observations: checklist item
  std::string organisation; // incidents
  std::string placeType;    // incidents
  double weight = 1;        // incidents
  std::string text;         // incidents: description; observations: note
  std::string text2;        // observations: proposed action
  std::string source;       // incidents
  std::string flags;
  int64_t walkId = 0;   // observations
  int rating = -1;      // observations
  int positive = -1;    // observations
  std::string photos;   // observations
  bool hasTime = false; // observations
  std::string extra;

  //! Resets the record but keeps the strings' memory, so the hot loop does not allocate per row.
  void clear()
  {
    rowNumber = 0;
    x = y = 0;
    raw.clear();
    reject.clear();
    times = Times();
    category.clear();
    organisation.clear();
    placeType.clear();
    weight = 1;
    text.clear();
    text2.clear();
    source.clear();
    flags.clear();
    walkId = 0;
    rating = -1;
    positive = -1;
    photos.clear();
    hasTime = false;
    extra.clear();
  }
};

class Interpreter
{
public:
  Interpreter( ProjectFile &project, const ImportOptions &options, const std::vector<std::string> &columns,
               const std::map<std::string, std::string> &mapping, ImportReport &report )
    : mOptions( options ), mReport( report ), mNow( static_cast<int64_t>( std::time( nullptr ) ) )
  {
    auto column = [&]( const char *target ) -> int
    {
      const auto it = mapping.find( target );
      if ( it == mapping.end() )
        return -1;
      for ( size_t i = 0; i < columns.size(); ++i )
        if ( columns[i] == it->second )
          return static_cast<int>( i );
      return -1;
    };
    for ( const std::string &target : importTargetFields( options.kind ) )
      mColumn[target] = column( target.c_str() );
    mX = mColumn["x"] >= 0 ? mColumn["x"] : mColumn["lon"];
    mY = mColumn["y"] >= 0 ? mColumn["y"] : mColumn["lat"];
    std::vector<bool> mapped( columns.size(), false );
    for ( const auto &entry : mColumn )
      if ( entry.second >= 0 )
        mapped[entry.second] = true;
    for ( size_t i = 0; i < columns.size(); ++i )
      if ( !mapped[i] )
        mExtraColumns.emplace_back( i, jsonEscape( columns[i] ) );

    Database &db = project.db();
    if ( options.kind == ImportKind::Incidents )
    {
      mCategories = loadLookup( db, "categories" );
      for ( const auto &entry : options.categoryMap )
        mCategories.set( entry.first, entry.second );
      mPlaceTypes = loadLookup( db, "place_types" );
      Statement s = db.prepare( "SELECT name FROM organisations" );
      while ( s.step() )
      {
        mOrganisations.emplace( labelKey( s.text( 0 ) ), s.text( 0 ) );
        mKnownOrganisations.insert( s.text( 0 ) );
      }
      mAddOrganisation = db.prepare( "INSERT OR IGNORE INTO organisations (name) VALUES (?)" );
    }
    else
    {
      mCategories = loadLookup( db, "checklist_items" );
      for ( const auto &entry : options.categoryMap )
        mCategories.set( entry.first, entry.second );
      Statement s = db.prepare( "SELECT fid, name FROM safety_walks" );
      while ( s.step() )
      {
        mWalks.emplace( labelKey( s.text( 1 ) ), s.int64( 0 ) );
        mWalks.emplace( std::to_string( s.int64( 0 ) ), s.int64( 0 ) );
      }
    }
  }

  bool usesGeometry() const { return mX < 0 || mY < 0; }
  int xColumn() const { return mX; }
  int yColumn() const { return mY; }

  std::string_view value( const SourceRow &row, const char *target ) const
  {
    const int c = mColumn.at( target );
    return c >= 0 ? trim( row.values[c] ) : std::string_view();
  }

  //! Reads coordinates; false with a reason when they are missing or not numbers.
  bool readCoordinates( const SourceRow &row, bool swapped, Pending &p ) const
  {
    if ( usesGeometry() )
    {
      if ( !row.geometryProblem.empty() )
      {
        p.reject = row.geometryProblem;
        return false;
      }
      if ( !row.hasGeometry )
      {
        p.reject = "missing coordinates (the feature has no geometry)";
        return false;
      }
      p.x = row.gx;
      p.y = row.gy;
      return true;
    }
    const std::string_view xs = trim( row.values[mX] ), ys = trim( row.values[mY] );
    if ( xs.empty() || ys.empty() )
    {
      p.reject = "missing coordinates";
      return false;
    }
    const auto x = parseNumber( xs ), y = parseNumber( ys );
    if ( !x || !y || !std::isfinite( *x ) || !std::isfinite( *y ) )
    {
      p.reject = "the coordinates " + quotedValue( xs ) + ", " + quotedValue( ys ) + " are not numbers";
      return false;
    }
    p.x = swapped ? *y : *x;
    p.y = swapped ? *x : *y;
    return true;
  }

  std::optional<LocalDateTime> parseWithTime( std::string_view dateText, std::string_view timeText,
                                              Pending &p, const char *what ) const
  {
    auto date = parseDateTime( dateText );
    if ( !date || !date->hasDate )
    {
      p.reject = std::string( "cannot read the " ) + what + " " + quotedValue( dateText );
      return std::nullopt;
    }
    if ( !timeText.empty() )
    {
      const auto time = parseDateTime( timeText );
      if ( !time || !time->hasTime )
      {
        p.reject = "cannot read the time " + quotedValue( timeText );
        return std::nullopt;
      }
      date->hour = time->hour;
      date->minute = time->minute;
      date->second = time->second;
      date->hasTime = true;
    }
    return date;
  }

  bool readTimes( const SourceRow &row, Pending &p ) const
  {
    const std::string_view fromText = value( row, "from" );
    const std::string_view dateText = value( row, "date" );
    const std::string_view untilText = value( row, "until" );
    if ( fromText.empty() && dateText.empty() )
    {
      if ( mOptions.kind == ImportKind::Observations )
        return true;
      p.reject = "missing date";
      return false;
    }
    // The start: a "from" value (a date and time, or a time of day on the date column's day), else date +
    // time.
    std::optional<LocalDateTime> start;
    if ( !fromText.empty() )
    {
      const auto from = parseDateTime( fromText );
      if ( !from )
      {
        p.reject = "cannot read the start time " + quotedValue( fromText );
        return false;
      }
      if ( from->hasDate )
        start = from;
      else if ( dateText.empty() )
      {
        p.reject = "the start time " + quotedValue( fromText ) + " has no date";
        return false;
      }
      else
        start = parseWithTime( dateText, fromText, p, "date" );
    }
    else
      start = parseWithTime( dateText, value( row, "time" ), p, "date" );
    if ( !start )
      return false;
    p.hasTime = true;
    if ( start->hasTime )
      p.times.from = toUtcSeconds( *start );
    else
    {
      // A date without a time: the event happened some time that day.
      p.times.from = localDayStart( *start, 0 );
      p.times.until = localDayStart( *start, 1 );
    }
    if ( !untilText.empty() )
    {
      const auto until = parseDateTime( untilText );
      if ( !until )
      {
        p.reject = "cannot read the end time " + quotedValue( untilText );
        return false;
      }
      if ( until->hasDate )
        p.times.until = until->hasTime ? toUtcSeconds( *until ) : localDayStart( *until, 1 );
      else
      {
        // A time of day: on the start's day, or the next day when the interval runs over midnight.
        LocalDateTime end = *start;
        end.hour = until->hour;
        end.minute = until->minute;
        end.second = until->second;
        end.hasTime = true;
        end.hasOffset = until->hasOffset;
        end.offsetMinutes = until->offsetMinutes;
        p.times.until = toUtcSeconds( end );
        if ( *p.times.until < p.times.from )
        {
          civilFromDays( daysFromCivil( end.year, end.month, end.day ) + 1, end.year, end.month, end.day );
          p.times.until = toUtcSeconds( end );
        }
      }
      if ( *p.times.until < p.times.from )
      {
        p.reject = "the end " + quotedValue( untilText ) + " is before the start " +
                   quotedValue( fromText.empty() ? dateText : fromText );
        return false;
      }
    }
    if ( p.times.from > mNow + 86400 )
    {
      p.reject = "the date " + quotedValue( fromText.empty() ? dateText : fromText ) + " is in the future";
      return false;
    }
    if ( p.times.from < 0 )
    {
      p.reject = "the date " + quotedValue( fromText.empty() ? dateText : fromText ) + " is before 1970";
      return false;
    }
    return true;
  }

  std::string screen( std::string_view text, std::string &flags )
  {
    const ScreeningResult result = screenText( text );
    if ( result.clean() )
      return std::string( text );
    const std::string found = result.flags();
    if ( !flags.empty() )
    {
      // Merge the kinds from several free-text fields, keeping the fixed order.
      std::string merged;
      for ( const char *kind : { "personnummer", "phone", "email", "car_registration" } )
        if ( flags.find( kind ) != std::string::npos || found.find( kind ) != std::string::npos )
          merged += ( merged.empty() ? "" : "," ) + std::string( kind );
      flags = merged;
    }
    else
      flags = found;
    for ( const ScreeningFinding &finding : result.findings )
      ++mReport.personalData[personalDataKindCode( finding.kind )];
    return mOptions.redactPersonalData ? redact( text, result ) : std::string( text );
  }

  std::string extraAttributes( const SourceRow &row,
                               const std::vector<std::pair<std::string, std::string>> &additional ) const
  {
    std::string json;
    auto add = [&]( const std::string &key, std::string_view v )
    {
      json += json.empty() ? "{\"" : ",\"";
      json += key;
      json += "\":\"";
      json += jsonEscape( v );
      json += '"';
    };
    for ( const auto &[index, key] : mExtraColumns )
    {
      const std::string_view v = trim( row.values[index] );
      if ( !v.empty() )
        add( key, v );
    }
    for ( const auto &[key, v] : additional )
      add( key, v );
    if ( !json.empty() )
      json += '}';
    return json;
  }

  //! Fills everything but the transformed coordinates; sets p.reject on the first problem.
  void interpret( const SourceRow &row, bool swapped, Pending &p )
  {
    p.rowNumber = row.rowNumber;
    p.raw.assign( row.raw.data(), row.raw.size() );
    if ( !row.structureProblem.empty() )
    {
      p.reject = row.structureProblem;
      return;
    }
    if ( !readCoordinates( row, swapped, p ) || !readTimes( row, p ) )
      return;
    std::vector<std::pair<std::string, std::string>> kept;
    if ( mOptions.kind == ImportKind::Incidents )
      interpretIncident( row, p, kept );
    else
      interpretObservation( row, p );
    if ( p.reject.empty() )
      p.extra = extraAttributes( row, kept );
  }

  void interpretIncident( const SourceRow &row, Pending &p,
                          std::vector<std::pair<std::string, std::string>> &kept )
  {
    const std::string_view category = value( row, "category" );
    if ( category.empty() )
    {
      p.reject = "missing category";
      return;
    }
    const std::string *code = mCategories.find( category );
    if ( !code )
    {
      ++mReport.unknownCategories[std::string( category )];
      p.reject = "unknown category " + quotedValue( category );
      return;
    }
    p.category = *code;
    const std::string_view weight = value( row, "weight" );
    if ( !weight.empty() )
    {
      const auto w = parseNumber( weight );
      if ( !w || *w < 0 || !std::isfinite( *w ) )
      {
        p.reject = "the count/severity " + quotedValue( weight ) + " is not a number of zero or more";
        return;
      }
      p.weight = *w;
    }
    const std::string_view source = value( row, "source" );
    if ( source.empty() )
      p.source = mOptions.defaultSource;
    else
    {
      const std::string key = normalizeName( source );
      if ( key == "est" || key == "estrapport" || key == "rapport" )
        p.source = "est";
      else if ( key == "polis" || key == "police" || key == "polisen" || key == "polisanmalan" ||
                key == "anmalan" )
        p.source = "police";
      else if ( key == "trygghetsvandring" || key == "safetywalk" || key == "vandring" )
        p.source = "safety_walk";
      else if ( key == "manuell" || key == "manual" )
        p.source = "manual";
      else
      {
        p.reject =
          "unknown source " + quotedValue( source ) + " (use EST, polis, trygghetsvandring or manuell)";
        return;
      }
    }
    const std::string_view organisation = value( row, "organisation" );
    if ( !organisation.empty() )
    {
      const std::string key = labelKey( organisation );
      auto it = mOrganisations.find( key );
      if ( it == mOrganisations.end() )
        it = mOrganisations.emplace( key, std::string( organisation ) ).first;
      p.organisation = it->second;
    }
    const std::string_view place = value( row, "place_type" );
    if ( !place.empty() )
    {
      if ( const std::string *placeCode = mPlaceTypes.find( place ) )
        p.placeType = *placeCode;
      else
      {
        ++mUnknownPlaceTypes;
        kept.emplace_back( "place_type", std::string( place ) ); // kept, not lost
      }
    }
    p.text = screen( value( row, "description" ), p.flags );
  }

  void interpretObservation( const SourceRow &row, Pending &p )
  {
    const std::string_view walk = value( row, "walk" );
    if ( !walk.empty() )
    {
      const auto it = mWalks.find( labelKey( walk ) );
      if ( it == mWalks.end() )
      {
        p.reject = "unknown safety walk " + quotedValue( walk );
        return;
      }
      p.walkId = it->second;
    }
    const std::string_view item = value( row, "checklist_item" );
    if ( !item.empty() )
    {
      const std::string *code = mCategories.find( item );
      if ( !code )
      {
        ++mReport.unknownCategories[std::string( item )];
        p.reject = "unknown checklist item " + quotedValue( item );
        return;
      }
      p.category = *code;
    }
    const std::string_view rating = value( row, "rating" );
    if ( !rating.empty() )
    {
      const auto r = parseNumber( rating );
      if ( !r || *r < 0 || *r > 3 || std::floor( *r ) != *r )
      {
        p.reject = "the rating " + quotedValue( rating ) + " is not 0, 1, 2 or 3";
        return;
      }
      p.rating = static_cast<int>( *r );
    }
    const std::string_view positive = value( row, "positive" );
    if ( !positive.empty() )
    {
      const auto yes = parseYesNo( positive );
      if ( !yes )
      {
        p.reject = "cannot tell whether " + quotedValue( positive ) + " means positive (ja/nej)";
        return;
      }
      p.positive = *yes ? 1 : 0;
    }
    p.photos = std::string( value( row, "photos" ) );
    p.text = screen( value( row, "note" ), p.flags );
    p.text2 = screen( value( row, "proposed_action" ), p.flags );
  }

  const std::vector<std::string> &newOrganisations() const { return mNewOrganisations; }

  //! Reporting organisations are open-ended: one first seen on a row that is kept is added and reported.
  void keepOrganisation( const std::string &name )
  {
    if ( name.empty() || !mKnownOrganisations.insert( name ).second )
      return;
    mNewOrganisations.push_back( name );
    mAddOrganisation.bind( 1, name );
    mAddOrganisation.run();
  }
  int64_t unknownPlaceTypes() const { return mUnknownPlaceTypes; }

private:
  const ImportOptions &mOptions;
  ImportReport &mReport;
  int64_t mNow;
  std::map<std::string, int> mColumn;
  int mX = -1, mY = -1;
  std::vector<std::pair<size_t, std::string>> mExtraColumns;
  CodeLookup mCategories;
  CodeLookup mPlaceTypes;
  std::unordered_map<std::string, std::string> mOrganisations;
  std::unordered_map<std::string, int64_t> mWalks;
  Statement mAddOrganisation;
  std::set<std::string> mKnownOrganisations;
  std::vector<std::string> mNewOrganisations;
  int64_t mUnknownPlaceTypes = 0;
};

std::string describeMappingProblem( const std::string &name, const std::vector<std::string> &columns,
                                    const std::string &what )
{
  std::string list;
  for ( size_t i = 0; i < columns.size() && i < 30; ++i )
    list += ( i ? ", " : "" ) + columns[i];
  return name + ": " + what + " (columns: " + list + ")";
}

//! The automatic mapping plus the user's overrides, checked against the file's columns.
Expected<std::map<std::string, std::string>> resolveMapping( const std::string &name,
                                                             const std::vector<std::string> &columns,
                                                             const ImportOptions &options, bool hasGeometry,
                                                             std::vector<std::string> &warnings )
{
  auto mapping = autoMapFields( columns, options.kind );
  const auto targets = importTargetFields( options.kind );
  std::map<std::string, std::string> explicitColumns; // column -> field, for conflicts
  for ( const auto &[target, column] : options.fieldMap )
  {
    if ( column.empty() )
      continue;
    const auto [it, added] = explicitColumns.emplace( column, target );
    if ( !added )
      return Error{ "The column '" + column + "' is mapped to both " + it->second + " and " + target + "." };
  }
  auto given = [&]( const char *target ) { return options.fieldMap.count( target ) > 0; };
  for ( const auto &[target, column] : options.fieldMap )
  {
    if ( std::find( targets.begin(), targets.end(), target ) == targets.end() )
    {
      std::string list;
      for ( const auto &t : targets )
        list += ( list.empty() ? "" : ", " ) + t;
      return Error{ "Unknown field '" + target + "' in the mapping; fields are: " + list };
    }
    if ( column.empty() )
    {
      mapping.erase( target );
      continue;
    }
    if ( std::find( columns.begin(), columns.end(), column ) == columns.end() )
      return Error{ describeMappingProblem( name, columns,
                                            "has no column '" + column + "' (mapped to " + target + ")" ) };
    // A column mapped explicitly is no longer used by an automatic mapping elsewhere.
    for ( auto it = mapping.begin(); it != mapping.end(); )
      it = ( it->second == column && it->first != target ) ? mapping.erase( it ) : std::next( it );
    mapping[target] = column;
  }
  // x/y and lon/lat are alternatives: what the user mapped wins, then projected names.
  if ( ( given( "lon" ) || given( "lat" ) ) && !given( "x" ) && !given( "y" ) )
  {
    mapping.erase( "x" );
    mapping.erase( "y" );
  }
  else if ( mapping.count( "x" ) && mapping.count( "y" ) )
  {
    mapping.erase( "lon" );
    mapping.erase( "lat" );
  }
  else if ( mapping.count( "lon" ) && mapping.count( "lat" ) )
  {
    mapping.erase( "x" );
    mapping.erase( "y" );
  }
  // A lone "time" column holding whole timestamps (as in GPX) is the date.
  if ( !mapping.count( "date" ) && !mapping.count( "from" ) && mapping.count( "time" ) )
  {
    mapping["date"] = mapping["time"];
    mapping.erase( "time" );
  }
  const bool hasXy =
    ( mapping.count( "x" ) && mapping.count( "y" ) ) || ( mapping.count( "lon" ) && mapping.count( "lat" ) );
  if ( !hasXy && !hasGeometry )
    return Error{ describeMappingProblem(
      name, columns, "no coordinate columns found; map them, e.g. --map x=COLUMN --map y=COLUMN" ) };
  if ( hasXy && hasGeometry )
    warnings.push_back(
      "The file has both geometries and coordinate columns; the coordinate columns were used." );
  if ( options.kind == ImportKind::Incidents )
  {
    if ( !mapping.count( "date" ) && !mapping.count( "from" ) )
      return Error{
        describeMappingProblem( name, columns, "no date column found; map one with --map date=COLUMN" ) };
    if ( !mapping.count( "category" ) )
      return Error{ describeMappingProblem(
        name, columns, "no category column found; map one with --map category=COLUMN" ) };
  }
  return mapping;
}

std::string srsLabel( const OGRSpatialReference &srs )
{
  const char *code = srs.GetAuthorityCode( nullptr );
  const char *authority = srs.GetAuthorityName( nullptr );
  if ( code && authority )
    return std::string( authority ) + ":" + code + " (" + ( srs.GetName() ? srs.GetName() : "" ) + ")";
  return srs.GetName() ? srs.GetName() : "custom";
}

struct CrsDecision
{
  std::unique_ptr<OGRSpatialReference> srs;
  bool swapped = false;
  std::string label;
};

std::optional<Envelope> projectExtentIn3006( Database &db, int projectSrsId )
{
  std::optional<Envelope> extent;
  // The extent of the project's own data: its areas and base map, else its incidents.
  for ( const char *sql : { "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_areas_geom",
                            "SELECT min(minx), min(miny), max(maxx), max(maxy) FROM rtree_incidents_geom" } )
  {
    Statement s = db.prepare( sql );
    if ( s.step() && !s.isNull( 0 ) )
    {
      extent = Envelope{ s.real( 0 ), s.real( 1 ), s.real( 2 ), s.real( 3 ) };
      break;
    }
  }
  if ( !extent || projectSrsId == 3006 )
    return extent;
  OGRSpatialReference from, tm;
  from.importFromEPSG( projectSrsId );
  tm.importFromEPSG( 3006 );
  from.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  tm.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  std::unique_ptr<OGRCoordinateTransformation> ct( OGRCreateCoordinateTransformation( &from, &tm ) );
  Envelope out;
  if ( !ct || !ct->TransformBounds( extent->minX, extent->minY, extent->maxX, extent->maxY, &out.minX,
                                    &out.minY, &out.maxX, &out.maxY, 21 ) )
    return std::nullopt;
  return out;
}

Expected<CrsDecision> decideCrs( RowSource &source, Interpreter &interpreter, const ImportOptions &options,
                                 Database &db, int projectSrsId )
{
  CrsDecision decision;
  decision.srs = std::make_unique<OGRSpatialReference>();
  decision.srs->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  if ( options.sourceEpsg )
  {
    if ( decision.srs->importFromEPSG( *options.sourceEpsg ) != OGRERR_NONE )
      return Error{ "Unknown coordinate system EPSG:" + std::to_string( *options.sourceEpsg ) };
    decision.label = "EPSG:" + std::to_string( *options.sourceEpsg ) + " (chosen)";
    // Coordinate columns in north–east order are still recognised for a chosen projected CRS.
    if ( !interpreter.usesGeometry() && *options.sourceEpsg != 4326 )
    {
      SourceRow row;
      int northFirst = 0, total = 0;
      while ( total < 200 && source.next( row ) )
      {
        const auto a = parseNumber( row.values[interpreter.xColumn()] ),
                   b = parseNumber( row.values[interpreter.yColumn()] );
        if ( a && b )
        {
          ++total;
          northFirst += ( *a > 5000000 && *b < 2000000 ) ? 1 : 0;
        }
      }
      source.rewind();
      decision.swapped = total > 0 && northFirst * 2 > total;
    }
    return decision;
  }
  if ( interpreter.usesGeometry() && source.spatialRef() )
  {
    decision.srs.reset( source.spatialRef()->Clone() );
    decision.srs->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    decision.label = srsLabel( *decision.srs ) + " (from the file)";
    return decision;
  }
  // Recognise from the values of the first rows.
  std::vector<std::pair<double, double>> samples;
  SourceRow row;
  while ( samples.size() < kCrsSampleRows && source.next( row ) )
  {
    if ( interpreter.usesGeometry() )
    {
      if ( row.hasGeometry )
        samples.emplace_back( row.gx, row.gy );
      continue;
    }
    const auto a = parseNumber( row.values[interpreter.xColumn()] ),
               b = parseNumber( row.values[interpreter.yColumn()] );
    if ( a && b )
      samples.emplace_back( *a, *b );
  }
  source.rewind();
  const CrsGuess guess = guessCrs( samples, projectExtentIn3006( db, projectSrsId ) );
  if ( !guess.epsg )
    return Error{ "Cannot tell the coordinate system: " + guess.error + "." };
  decision.srs->importFromEPSG( guess.epsg );
  decision.swapped = guess.swapped && !interpreter.usesGeometry();
  decision.label = "EPSG:" + std::to_string( guess.epsg ) + " (" + guess.explanation + ")";
  return decision;
}

void appendIso( std::string &out, int64_t seconds )
{
  out += formatUtcIso( seconds );
}

} // namespace

// ---------------------------------------------------------------------------------------------------------------

Expected<ImportPreview> previewFile( const std::string &path, const ImportOptions &options )
{
  auto source = openSource( path, options );
  if ( !source )
    return Error{ source.error() };
  RowSource &s = *source.value();
  ImportPreview preview;
  preview.format = s.format();
  preview.columns = s.columns();
  std::vector<std::string> warnings;
  const std::string name = fs::path( path ).filename().string();
  auto mapping = resolveMapping( name, s.columns(), options, s.hasGeometry(), warnings );
  if ( mapping )
    preview.mapping = mapping.value();
  else
  {
    preview.mapping = autoMapFields( s.columns(), options.kind );
    preview.warnings.push_back( mapping.error() );
  }
  SourceRow row;
  while ( preview.sampleRows.size() < 20 && s.next( row ) )
  {
    std::vector<std::string> values( row.values.begin(), row.values.end() );
    if ( row.hasGeometry )
    {
      char buffer[80];
      std::snprintf( buffer, sizeof buffer, "POINT (%.8g %.8g)", row.gx, row.gy );
      values.emplace_back( buffer );
    }
    preview.sampleRows.push_back( std::move( values ) );
  }
  if ( s.hasGeometry() )
    preview.columns.push_back( "(geometry)" );
  for ( const std::string &w : warnings )
    preview.warnings.push_back( w );
  return preview;
}

Expected<ImportReport> importFile( ProjectFile &project, const std::string &path,
                                   const ImportOptions &options, const ImportProgress &progress )
{
  auto opened = openSource( path, options );
  if ( !opened )
    return Error{ opened.error() };
  RowSource &source = *opened.value();
  const std::string name = fs::path( path ).filename().string();

  ImportReport report;
  report.fileName = name;
  report.format = source.format();
  report.layer = source.layer();
  report.encoding = source.encoding;
  if ( report.encoding.find( "replaced" ) != std::string::npos )
    report.warnings.push_back( name + " is UTF-8 with some invalid bytes (" + report.encoding +
                               "); they were replaced with \"\uFFFD\". Check the rows around them." );
  report.delimiter = source.delimiter;
  report.dryRun = options.dryRun;
  if ( options.kind == ImportKind::Incidents && options.defaultSource != "est" &&
       options.defaultSource != "police" && options.defaultSource != "safety_walk" &&
       options.defaultSource != "manual" )
    return Error{ "Unknown source '" + options.defaultSource + "': use est, police, safety_walk or manual." };

  auto mapping = resolveMapping( name, source.columns(), options, source.hasGeometry(), report.warnings );
  if ( !mapping )
    return Error{ mapping.error() };
  report.mapping = mapping.value();
  try
  {
    // Mapped categories must exist: a typo here would otherwise only fail at commit.
    const std::string vocabulary = options.kind == ImportKind::Incidents ? "categories" : "checklist_items";
    for ( const auto &[value, code] : options.categoryMap )
    {
      Statement known = project.db().prepare( "SELECT 1 FROM " + vocabulary + " WHERE code = ?" );
      known.bind( 1, code );
      if ( !known.step() )
        return Error{ "'" + value + "' is mapped to '" + code + "', which is not a " +
                      ( options.kind == ImportKind::Incidents ? "category" : "checklist item" ) +
                      " code in this project." };
    }
  }
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot read the project: " ) + e.what() };
  }
  for ( const std::string &renamed : source.renamedColumns() )
    report.warnings.push_back( "A column name appears more than once; the repeat is read as '" + renamed +
                               "'." );

  {
    SourceRow first;
    if ( !source.next( first ) )
      return Error{ name + " has a header but no rows: there is nothing to import." };
    source.rewind();
  }

  // Hash the file on the second core while the rows are read.
  std::future<std::string> hash;
  if ( source.hashesInBackground() )
    hash = std::async( std::launch::async, [&source]() { return source.hashContent(); } );

  Database &db = project.db();
  try
  {
    Interpreter interpreter( project, options, source.columns(), report.mapping, report );
    auto crs = decideCrs( source, interpreter, options, db, project.projectSrsId() );
    if ( !crs )
    {
      hash.wait();
      return Error{ name + ": " + crs.error() };
    }
    report.sourceCrs = crs->label;
    if ( crs->swapped )
      report.warnings.push_back(
        "The coordinate columns are in north–east (latitude–longitude) order; they were read as "
        "such." );

    OGRSpatialReference target;
    target.importFromEPSG( project.projectSrsId() );
    target.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG( 4326 );
    wgs84.SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
    std::unique_ptr<OGRCoordinateTransformation> toProject(
      OGRCreateCoordinateTransformation( crs->srs.get(), &target ) );
    std::unique_ptr<OGRCoordinateTransformation> toWgs84(
      OGRCreateCoordinateTransformation( &target, &wgs84 ) );
    if ( !toProject || !toWgs84 )
    {
      hash.wait();
      return Error{ name + ": cannot transform from " + crs->label + " to the project's coordinate system." };
    }
    const bool projectIsTm = project.projectSrsId() == 3006;

    // Statement journals (one per insert, because of the R-tree triggers and foreign keys) stay in memory;
    // SQLite decides where they go when the transaction begins, so this must come first.
    db.exec( "PRAGMA temp_store = MEMORY" );
    db.exec( "PRAGMA cache_size = -262144" );
    Transaction transaction( db );
    // Foreign keys are checked at commit, so no single insert can abort half-way and need a statement
    // journal.
    db.exec( "PRAGMA defer_foreign_keys = ON" );
    // The R-tree is filled in one pass after the rows instead of by a trigger per row; the trigger is put
    // back before commit, inside the same transaction, so a failure or cancel restores it with everything
    // else.
    const std::string table = options.kind == ImportKind::Incidents ? "incidents" : "observations";
    const std::string rtree = "rtree_" + table + "_geom";
    const std::string triggerSql = db.queryText(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = '" + rtree + "_insert'" );
    if ( !triggerSql.empty() )
      db.exec( "DROP TRIGGER \"" + rtree + "_insert\"" );
    // A large import into a smaller table rebuilds the secondary indexes afterwards (one sort) instead of
    // inserting into them row by row in random order.
    std::vector<std::string> indexSql;
    const int64_t existingRows = db.queryInt( "SELECT count(*) FROM \"" + table + "\"" );
    if ( source.estimatedRows() > std::max<int64_t>( 50000, existingRows ) )
    {
      Statement indexes =
        db.prepare( "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql "
                    "IS NOT NULL" );
      indexes.bind( 1, table );
      std::vector<std::string> names;
      while ( indexes.step() )
      {
        names.push_back( indexes.text( 0 ) );
        indexSql.push_back( indexes.text( 1 ) );
      }
      for ( const std::string &index : names )
        db.exec( "DROP INDEX \"" + index + "\"" );
    }
    Statement batch =
      db.prepare( "INSERT INTO import_batches (file_name, content_sha256, kind, format, source_crs, "
                  "imported_at, imported_by, options) VALUES (?, '', ?, ?, ?, ?, ?, ?)" );
    std::string optionsText = options.dryRun ? "dry-run" : "";
    for ( const auto &[target, column] : report.mapping )
      optionsText += ( optionsText.empty() ? "" : "; " ) + target + "=" + column;
    batch.bind( 1, name )
      .bind( 2, options.kind == ImportKind::Incidents ? "incidents" : "observations" )
      .bind( 3, report.format )
      .bind( 4, report.sourceCrs )
      .bind( 5, utcNowIso() )
      .bindTextOrNull( 6, options.importedBy )
      .bind( 7, optionsText );
    batch.run();
    const int64_t batchId = db.lastInsertId();
    report.batchId = batchId;

    Statement reject =
      db.prepare( "INSERT INTO import_rejects (batch_id, row_number, raw_row, reason) VALUES (?, ?, ?, ?)" );
    Statement insertIncident =
      db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, "
                  "place_type, weight, description, "
                  "screening_flags, source, batch_id, source_row, extra_attributes, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
    Statement insertObservation =
      db.prepare( "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, note, photos, "
                  "proposed_action, observed_at, "
                  "screening_flags, batch_id, source_row, extra_attributes, created_at, updated_at) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
    const std::string now = utcNowIso();
    const int srsId = project.projectSrsId();

    std::vector<Pending> chunk( kChunkRows );
    std::vector<double> xs( kChunkRows ), ys( kChunkRows ), lons( kChunkRows ), lats( kChunkRows );
    std::vector<int> success( kChunkRows );
    std::vector<unsigned char> geometry;
    std::string fromText, untilText;

    auto rejectRow = [&]( const Pending &p )
    {
      ++report.rowsRejected;
      reject.bind( 1, batchId ).bind( 2, p.rowNumber ).bindStatic( 3, p.raw ).bindStatic( 4, p.reject );
      reject.run();
      if ( report.rejects.size() < kMaxRejectsInReport )
        report.rejects.push_back( RejectedRow{ p.rowNumber, p.reject, p.raw } );
    };

    auto flush = [&]( size_t count )
    {
      // Transform the chunk's coordinates in one call, then check them against Sweden and insert.
      size_t n = 0;
      std::vector<size_t> index;
      index.reserve( count );
      for ( size_t i = 0; i < count; ++i )
        if ( chunk[i].reject.empty() )
        {
          xs[n] = chunk[i].x;
          ys[n] = chunk[i].y;
          index.push_back( i );
          ++n;
        }
      if ( n > 0 )
      {
        std::fill( success.begin(), success.begin() + static_cast<long>( n ), 0 );
        // Points far outside the projection's area make PROJ print errors; they are reported per row instead.
        CPLPushErrorHandler( CPLQuietErrorHandler );
        toProject->Transform( static_cast<int>( n ), xs.data(), ys.data(), nullptr, success.data() );
        std::copy( xs.begin(), xs.begin() + static_cast<long>( n ), lons.begin() );
        std::copy( ys.begin(), ys.begin() + static_cast<long>( n ), lats.begin() );
        if ( !projectIsTm )
          toWgs84->Transform( static_cast<int>( n ), lons.data(), lats.data(), nullptr, nullptr );
        CPLPopErrorHandler();
      }
      for ( size_t k = 0; k < n; ++k )
      {
        Pending &p = chunk[index[k]];
        bool inside = success[k] != 0 && std::isfinite( xs[k] ) && std::isfinite( ys[k] );
        if ( inside )
          inside = projectIsTm
                     ? ( xs[k] >= 200000 && xs[k] <= 1000000 && ys[k] >= 6100000 && ys[k] <= 7700000 )
                     : insideSwedenLonLat( lons[k], lats[k] );
        if ( !inside )
        {
          char buffer[160];
          std::snprintf( buffer, sizeof buffer, "the coordinates (%.10g, %.10g) are outside Sweden", p.x,
                         p.y );
          p.reject = buffer;
        }
        else
        {
          p.x = xs[k];
          p.y = ys[k];
        }
      }
      for ( size_t i = 0; i < count; ++i )
      {
        Pending &p = chunk[i];
        if ( !p.reject.empty() )
        {
          rejectRow( p );
          continue;
        }
        geometry.clear();
        appendGpkgPoint( geometry, srsId, p.x, p.y );
        interpreter.keepOrganisation( p.organisation );
        if ( !p.flags.empty() )
          ++report.rowsFlagged;
        if ( options.kind == ImportKind::Incidents )
        {
          fromText.clear();
          appendIso( fromText, p.times.from );
          Statement &s = insertIncident;
          s.bindBlobStatic( 1, geometry.data(), static_cast<int>( geometry.size() ) )
            .bindStatic( 2, fromText );
          if ( p.times.until )
          {
            untilText.clear();
            appendIso( untilText, *p.times.until );
            s.bindStatic( 3, untilText );
          }
          else
            s.bindNull( 3 );
          s.bindStatic( 4, p.category );
          p.organisation.empty() ? s.bindNull( 5 ) : s.bindStatic( 5, p.organisation );
          p.placeType.empty() ? s.bindNull( 6 ) : s.bindStatic( 6, p.placeType );
          s.bind( 7, p.weight );
          p.text.empty() ? s.bindNull( 8 ) : s.bindStatic( 8, p.text );
          p.flags.empty() ? s.bindNull( 9 ) : s.bindStatic( 9, p.flags );
          s.bindStatic( 10, p.source ).bind( 11, batchId ).bind( 12, p.rowNumber );
          p.extra.empty() ? s.bindNull( 13 ) : s.bindStatic( 13, p.extra );
          s.bindStatic( 14, now ).bindStatic( 15, now );
          s.run();
        }
        else
        {
          Statement &s = insertObservation;
          s.bindBlobStatic( 1, geometry.data(), static_cast<int>( geometry.size() ) );
          p.walkId ? s.bind( 2, p.walkId ) : s.bindNull( 2 );
          p.category.empty() ? s.bindNull( 3 ) : s.bindStatic( 3, p.category );
          p.rating >= 0 ? s.bind( 4, p.rating ) : s.bindNull( 4 );
          p.positive >= 0 ? s.bind( 5, p.positive ) : s.bindNull( 5 );
          p.text.empty() ? s.bindNull( 6 ) : s.bindStatic( 6, p.text );
          p.photos.empty() ? s.bindNull( 7 ) : s.bindStatic( 7, p.photos );
          p.text2.empty() ? s.bindNull( 8 ) : s.bindStatic( 8, p.text2 );
          fromText.clear();
          if ( p.hasTime )
          {
            appendIso( fromText, p.times.from );
            s.bindStatic( 9, fromText );
          }
          else
            s.bindNull( 9 );
          p.flags.empty() ? s.bindNull( 10 ) : s.bindStatic( 10, p.flags );
          s.bind( 11, batchId ).bind( 12, p.rowNumber );
          p.extra.empty() ? s.bindNull( 13 ) : s.bindStatic( 13, p.extra );
          s.bindStatic( 14, now ).bindStatic( 15, now );
          s.run();
        }
        ++report.rowsImported;
      }
    };

    SourceRow row;
    size_t filled = 0;
    bool cancelled = false;
    while ( source.next( row ) )
    {
      ++report.rowsRead;
      Pending &p = chunk[filled];
      p.clear();
      interpreter.interpret( row, crs->swapped, p );
      if ( ++filled == kChunkRows )
      {
        flush( filled );
        filled = 0;
        if ( progress && !progress( source.progress() ) )
        {
          cancelled = true;
          break;
        }
      }
    }
    if ( !cancelled )
      flush( filled );
    const std::string sha = hash.valid() ? hash.get() : source.hashContent();

    // A cancel, during the rows or after the last of them, keeps nothing.
    auto cancelledReport = [&]()
    {
      transaction.rollback();
      report.cancelled = true;
      report.batchId = 0;
      report.warnings.push_back( "The import was cancelled; the project was not changed." );
      return report;
    };
    if ( cancelled )
      return cancelledReport();

    Statement previous = db.prepare(
      "SELECT fid, imported_at, file_name FROM import_batches WHERE content_sha256 = ? AND fid != ? "
      "ORDER BY fid LIMIT 1" );
    previous.bind( 1, sha ).bind( 2, batchId );
    if ( previous.step() )
    {
      const std::string earlier = previous.text( 2 ) == name ? std::string() : " as " + previous.text( 2 );
      const std::string message = "The content of " + name + " was already imported" + earlier + " (batch " +
                                  std::to_string( previous.int64( 0 ) ) + ", " +
                                  previous.text( 1 ).substr( 0, 16 ) + " UTC)";
      if ( !options.allowReimport )
        return Error{ message + ". Nothing was imported; import it again only on purpose (--force)." };
      report.warnings.push_back( message + "; imported again as asked." );
    }

    report.newOrganisations = interpreter.newOrganisations();

    {
      Statement index = db.prepare( "INSERT INTO \"" + rtree +
                                    "\" (id, minx, maxx, miny, maxy) SELECT fid, ST_MinX(geom), "
                                    "ST_MaxX(geom), ST_MinY(geom), ST_MaxY(geom) FROM \"" +
                                    table + "\" WHERE batch_id = ?" );
      index.bind( 1, batchId );
      index.run();
    }
    if ( !triggerSql.empty() )
      db.exec( triggerSql );
    for ( const std::string &sql : indexSql )
      db.exec( sql );

    Statement finish =
      db.prepare( "UPDATE import_batches SET content_sha256 = ?, rows_read = ?, rows_imported = ?, "
                  "rows_rejected = ?, rows_flagged = ? WHERE fid = ?" );
    finish.bind( 1, sha )
      .bind( 2, report.rowsRead )
      .bind( 3, report.rowsImported )
      .bind( 4, report.rowsRejected )
      .bind( 5, report.rowsFlagged )
      .bind( 6, batchId );
    finish.run();

    if ( !report.unknownCategories.empty() )
    {
      std::string list;
      for ( const auto &[value, count] : report.unknownCategories )
        list += ( list.empty() ? "" : ", " ) + quotedValue( value ) + " (" + std::to_string( count ) + ")";
      report.warnings.push_back(
        std::string( options.kind == ImportKind::Incidents ? "Unknown categories"
                                                           : "Unknown checklist items" ) +
        ", rows rejected: " + list + ". Map them to project categories or add the categories first." );
    }
    if ( interpreter.unknownPlaceTypes() > 0 )
      report.warnings.push_back(
        std::to_string( interpreter.unknownPlaceTypes() ) +
        " rows have a place type the project does not know; it is kept in the row's extra attributes." );
    if ( report.rowsFlagged > 0 )
    {
      std::string kinds;
      for ( const auto &[kind, count] : report.personalData )
        kinds += ( kinds.empty() ? "" : ", " ) + kind + ": " + std::to_string( count );
      report.warnings.push_back( std::to_string( report.rowsFlagged ) +
                                 " rows had personal data in free text (" + kinds + "); " +
                                 ( options.redactPersonalData ? "it was replaced with placeholders."
                                                              : "it was kept as asked and flagged." ) );
    }
    if ( progress && !progress( 1.0 ) )
      return cancelledReport();
    if ( options.dryRun )
    {
      // A real import checks foreign keys at commit; a dry run must find the same problems.
      Statement check = db.prepare( "SELECT count(*) FROM pragma_foreign_key_check('" + table + "')" );
      if ( check.step() && check.int64( 0 ) > 0 )
        return Error{ "Import of " + name + " would fail: " + std::to_string( check.int64( 0 ) ) +
                      " rows refer to categories, organisations or walks the project does not have." };
      transaction.rollback();
      report.batchId = 0;
    }
    else
      transaction.commit();
    return report;
  }
  catch ( const SqlError &e )
  {
    if ( hash.valid() )
      hash.wait();
    return Error{ "Import of " + name + " failed and the project was not changed: " + e.what() };
  }
}

} // namespace tryggkarta

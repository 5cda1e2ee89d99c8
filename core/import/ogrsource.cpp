#include "ogrsource.h"

#include "importlimits.h"
#include "paths.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace tryggkarta
{

namespace
{

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

} // namespace

OgrSource::OgrSource( std::string path ) : mPath( std::move( path ) ) {}

OgrSource::~OgrSource()
{
  if ( mDataset )
    GDALClose( mDataset );
}

Status OgrSource::open( const std::string &driverName, const std::string &layerName,
                        const std::string &expectedFormat )
{
  GDALAllRegister();
  const std::string name = fileName( mPath );
  const char *drivers[] = { driverName.c_str(), nullptr };
  CPLErrorReset();
  CPLPushErrorHandler( CPLQuietErrorHandler );
  // Coordinators' sheets always have a header row, even when every cell is text (GDAL 3.6 has no open
  // option for this; the config option is set for this thread only). The XLSX driver reads a sheet when its
  // layer is first asked about, not when the file opens, so the option stays until open() returns.
  struct XlsxHeadersForced
  {
    XlsxHeadersForced() { CPLSetThreadLocalConfigOption( "OGR_XLSX_HEADERS", "FORCE" ); }
    ~XlsxHeadersForced() { CPLSetThreadLocalConfigOption( "OGR_XLSX_HEADERS", nullptr ); }
  } headersForced;
  mDataset =
    static_cast<GDALDataset *>( GDALOpenEx( mPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                            driverName.empty() ? nullptr : drivers, nullptr, nullptr ) );
  const std::string gdalMessage = CPLGetLastErrorMsg();
  CPLPopErrorHandler();
  if ( !mDataset )
  {
    // Say what the file really is when its extension lies.
    CPLPushErrorHandler( CPLQuietErrorHandler );
    GDALDataset *other = static_cast<GDALDataset *>(
      GDALOpenEx( mPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
    CPLPopErrorHandler();
    if ( other )
    {
      const std::string driver = other->GetDriver()->GetDescription();
      GDALClose( other );
      return Error( MessageCode::ImportFormatIsOther, name, expectedFormat, driver );
    }
    if ( !gdalMessage.empty() )
      return Error( MessageCode::ImportUnreadableFormatDetail, name, expectedFormat, gdalMessage );
    return Error( MessageCode::ImportUnreadableFormat, name, expectedFormat );
  }
  mFormat = mDataset->GetDriver()->GetDescription();
  if ( !layerName.empty() )
  {
    mLayer = mDataset->GetLayerByName( layerName.c_str() );
    if ( !mLayer )
    {
      if ( mDataset->GetLayerCount() == 0 )
        return Error( MessageCode::ImportNoSuchLayer, name, layerName );
      return Error( MessageCode::ImportNoSuchLayerAmong, name, layerName, layerList() );
    }
  }
  else if ( mFormat == "GPX" )
  {
    mLayer = mDataset->GetLayerByName( "waypoints" );
    if ( !mLayer || mLayer->GetFeatureCount() == 0 )
      return Error( MessageCode::ImportNoWaypoints, name );
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
      return Error( MessageCode::ImportNoLayers, name );
  }
  const OGRwkbGeometryType layerType = wkbFlatten( mLayer->GetGeomType() );
  if ( layerType != wkbPoint && layerType != wkbMultiPoint && layerType != wkbNone &&
       layerType != wkbUnknown )
    return Error( MessageCode::ImportLayerNotPoints, name, mLayer->GetName(),
                  OGRGeometryTypeToName( layerType ), layerList() );
  mLayerName = mLayer->GetName();
  mSha.update( mLayerName.data(), mLayerName.size() + 1 );
  OGRFeatureDefn *definition = mLayer->GetLayerDefn();
  for ( int i = 0; i < definition->GetFieldCount(); ++i )
  {
    mColumns.push_back( definition->GetFieldDefn( i )->GetNameRef() );
    mTypes.push_back( definition->GetFieldDefn( i )->GetType() );
  }
  if ( mColumns.size() > kMaxImportColumns )
    return Error( MessageCode::ImportTooManyColumns, name, static_cast<int64_t>( mColumns.size() ),
                  static_cast<int64_t>( kMaxImportColumns ) );
  mHasGeometry = definition->GetGeomFieldCount() > 0 && mLayer->GetGeomType() != wkbNone;
  if ( const OGRSpatialReference *srs = mLayer->GetSpatialRef() )
  {
    mSpatialRef.reset( srs->Clone() );
    mSpatialRef->SetAxisMappingStrategy( OAMS_TRADITIONAL_GIS_ORDER );
  }
  mFeatureCount = std::max<GIntBig>( 1, mLayer->GetFeatureCount( TRUE ) );
  if ( mColumns.empty() && !mHasGeometry )
    return Error( MessageCode::ImportNoColumns, name );
  return Done();
}

void OgrSource::rewind()
{
  mLayer->ResetReading();
  mRead = 0;
  mSha = Sha256();
  mSha.update( mLayerName.data(), mLayerName.size() + 1 );
}

bool OgrSource::next( SourceRow &row )
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
  row.geometryProblem.reset();
  row.structureProblem.reset();
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
      std::snprintf( buffer, sizeof buffer, "%sPOINT (%.8g %.8g)", mRaw.empty() ? "" : "; ", row.gx, row.gy );
      mRaw += buffer;
    }
    else
      row.geometryProblem = Message::make( MessageCode::ImportRowNotAPoint, OGRGeometryTypeToName( type ) );
  }
  size_t longest = 0;
  for ( size_t i = 0; i < mColumns.size(); ++i )
    if ( mValues[i].size() > mValues[longest].size() )
      longest = i;
  if ( !mColumns.empty() && mValues[longest].size() > kMaxValueBytes )
  {
    row.structureProblem = Message::make( MessageCode::ImportRowValueTooLong, mColumns[longest],
                                          static_cast<int64_t>( mValues[longest].size() ),
                                          static_cast<int64_t>( kMaxValueBytes ) );
    mShortenedRaw = shortenedRaw( mRaw );
    row.raw = mShortenedRaw;
  }
  else
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

std::string OgrSource::layerList() const
{
  std::string list;
  for ( int i = 0; i < mDataset->GetLayerCount(); ++i )
  {
    OGRLayer *layer = mDataset->GetLayer( i );
    const OGRwkbGeometryType type = wkbFlatten( layer->GetGeomType() );
    list += std::string( list.empty() ? "" : ", " ) + layer->GetName() + " (" +
            ( type == wkbNone ? "no geometry" : OGRGeometryTypeToName( type ) ) + ")";
  }
  return list;
}

} // namespace tryggkarta

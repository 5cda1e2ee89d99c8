#include "masks.h"

#include "areas.h"
#include "projectfile.h"

#include <gdal_alg.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <optional>

namespace tryggkarta
{

Expected<std::vector<std::uint8_t>> rasterizeMask( ProjectFile &project, const AlignedGrid &grid,
                                                   const std::string &maskName )
{
  if ( grid.cellCount() == 0 )
    return Error( MessageCode::MaskEmptyGrid );
  std::optional<ProjectArea> area;
  if ( maskName != "land" )
  {
    auto found = findArea( project, maskName );
    if ( !found )
      return Error( MessageCode::MaskUnknownArea, found.error() );
    area = std::move( found.value() );
  }
  GDALDataset *source = static_cast<GDALDataset *>(
    GDALOpenEx( project.path().c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr ) );
  if ( !source )
    return Error( MessageCode::MaskCannotReadLayers, project.path() );
  GDALDriver *memory = GetGDALDriverManager()->GetDriverByName( "MEM" );
  GDALDataset *target =
    memory ? memory->Create( "", grid.columns, grid.rows, 1, GDT_Byte, nullptr ) : nullptr;
  if ( !target )
  {
    GDALClose( source );
    return Error( MessageCode::MaskNoMemory, grid.cellCount() );
  }
  auto transform = grid.geoTransform();
  target->SetGeoTransform( transform.data() );
  int band = 1;
  auto burn = [&]( OGRLayer *layer, double value )
  {
    if ( !layer )
      return false;
    OGRLayerH layers[] = { OGRLayer::ToHandle( layer ) };
    double values[] = { value };
    return GDALRasterizeLayers( GDALDataset::ToHandle( target ), 1, &band, 1, layers, nullptr, nullptr,
                                values, nullptr, nullptr, nullptr ) == CE_None;
  };
  std::optional<Message> problem;
  if ( area )
  {
    OGRLayer *areas = source->GetLayerByName( "areas" );
    if ( areas &&
         areas->SetAttributeFilter( ( "fid = " + std::to_string( area->fid ) ).c_str() ) == OGRERR_NONE )
      burn( areas, 1 );
    else
      problem = Message::make( MessageCode::MaskCannotReadArea, area->label() );
  }
  else
  {
    OGRLayer *boundary = source->GetLayerByName( "map_boundary" );
    if ( !boundary || boundary->GetFeatureCount() == 0 )
      boundary = source->GetLayerByName( "areas" );
    if ( !boundary || boundary->GetFeatureCount() == 0 )
      problem = Message::make( MessageCode::MaskNoLand );
    else
    {
      burn( boundary, 1 );
      OGRLayer *water = source->GetLayerByName( "map_water" );
      if ( water && wkbFlatten( water->GetGeomType() ) != wkbLineString &&
           wkbFlatten( water->GetGeomType() ) != wkbMultiLineString )
        burn( water, 0 );
    }
  }
  std::vector<std::uint8_t> mask( grid.cellCount(), 0 );
  if ( !problem &&
       target->GetRasterBand( 1 )->RasterIO( GF_Read, 0, 0, grid.columns, grid.rows, mask.data(),
                                             grid.columns, grid.rows, GDT_Byte, 0, 0 ) != CE_None )
    problem = Message::make( MessageCode::MaskFailed );
  GDALClose( target );
  GDALClose( source );
  if ( problem )
    return Error{ *problem };
  return mask;
}

} // namespace tryggkarta

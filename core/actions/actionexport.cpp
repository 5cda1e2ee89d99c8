#include "actionexport.h"

#include "csvfield.h"
#include "paths.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

namespace tryggkarta
{

namespace
{

std::string wholeNumber( double value )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.0f", value );
  return buffer;
}

std::string coordinate( double value )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.1f", value );
  return buffer;
}

std::string idText( const std::optional<int64_t> &id )
{
  return id ? std::to_string( *id ) : std::string();
}

//! A file beside path to write into, renamed over path when whole.
std::string temporaryBeside( const std::string &path, const std::string &extension )
{
  const std::filesystem::path target( path );
  return ( target.parent_path() / ( "." + target.stem().string() + ".tryggkarta-tmp" + extension ) ).string();
}

Status finish( const std::string &temporary, const std::string &path )
{
  std::error_code error;
  std::filesystem::rename( temporary, path, error );
  if ( error )
  {
    std::filesystem::remove( temporary, error );
    return Error( MessageCode::ActionExportFailed, path, std::string( "could not replace the file" ) );
  }
  return Done{};
}

Status writeCsv( const std::string &path, const std::vector<std::string> &header,
                 const std::vector<std::vector<std::string>> &rows )
{
  const std::string temporary = temporaryBeside( path, ".csv" );
  {
    std::ofstream out( temporary, std::ios::binary | std::ios::trunc );
    if ( !out )
      return Error( MessageCode::ActionExportFailed, path, std::string( "the folder cannot be written to" ) );
    out << "\xEF\xBB\xBF"; // UTF-8 byte-order mark: Excel then reads å, ä and ö right
    auto line = [&]( const std::vector<std::string> &fields )
    {
      for ( std::size_t i = 0; i < fields.size(); ++i )
        out << ( i ? ";" : "" ) << spreadsheetCsvField( fields[i] );
      out << "\r\n";
    };
    line( header );
    for ( const auto &row : rows )
      line( row );
    out.flush();
    if ( !out )
    {
      out.close();
      std::error_code ignored;
      std::filesystem::remove( temporary, ignored );
      return Error( MessageCode::ActionExportFailed, path,
                    std::string( "the disk is full or the file cannot be written" ) );
    }
  }
  return finish( temporary, path );
}

//! The columns XLSX gets as numbers: the id, the priority and the cost (internal list only).
OGRFieldType columnType( const std::string &name )
{
  if ( name == "Id" || name == "Prioritet" )
    return OFTInteger64;
  if ( name == "Kostnad (kr)" || name == "X" || name == "Y" )
    return OFTReal;
  return OFTString;
}

Status writeXlsx( const std::string &path, const std::vector<std::string> &header,
                  const std::vector<std::vector<std::string>> &rows )
{
  GDALAllRegister();
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName( "XLSX" );
  if ( !driver )
    return Error( MessageCode::ActionExportFailed, path, std::string( "this GDAL has no XLSX driver" ) );
  const std::string temporary = temporaryBeside( path, ".xlsx" );
  std::error_code ignored;
  std::filesystem::remove( temporary, ignored );
  CPLErrorReset();
  GDALDataset *dataset = driver->Create( temporary.c_str(), 0, 0, 0, GDT_Unknown, nullptr );
  if ( !dataset )
    return Error( MessageCode::ActionExportFailed, path, std::string( CPLGetLastErrorMsg() ) );
  bool ok = true;
  OGRLayer *layer = dataset->CreateLayer( "Åtgärder", nullptr, wkbNone, nullptr );
  ok = layer != nullptr;
  for ( std::size_t i = 0; ok && i < header.size(); ++i )
  {
    OGRFieldDefn field( header[i].c_str(), columnType( header[i] ) );
    ok = layer->CreateField( &field ) == OGRERR_NONE;
  }
  for ( std::size_t r = 0; ok && r < rows.size(); ++r )
  {
    OGRFeature feature( layer->GetLayerDefn() );
    for ( std::size_t i = 0; i < header.size() && i < rows[r].size(); ++i )
    {
      const std::string &value = rows[r][i];
      if ( value.empty() )
        continue;
      const int index = static_cast<int>( i );
      switch ( columnType( header[i] ) )
      {
      case OFTInteger64:
        feature.SetField( index, static_cast<GIntBig>( std::stoll( value ) ) );
        break;
      case OFTReal:
        feature.SetField( index, std::stod( value ) );
        break;
      default:
        feature.SetField( index, value.c_str() );
      }
    }
    ok = layer->CreateFeature( &feature ) == OGRERR_NONE;
  }
  const std::string problem = ok ? std::string() : std::string( CPLGetLastErrorMsg() );
  CPLErrorReset();
  GDALClose( dataset ); // writes the workbook
  ok = ok && CPLGetLastErrorType() != CE_Failure && std::filesystem::exists( temporary, ignored );
  if ( !ok )
  {
    std::filesystem::remove( temporary, ignored );
    return Error( MessageCode::ActionExportFailed, path,
                  problem.empty() ? std::string( CPLGetLastErrorMsg() ) : problem );
  }
  return finish( temporary, path );
}

} // namespace

std::vector<std::string> actionExportHeader( bool publicVariant )
{
  if ( publicVariant )
    return { "Åtgärd", "Status", "Ansvarig organisation", "Deadline", "Klar", "Skäl till avslag" };
  return { "Id",
           "Åtgärd",
           "Typ",
           "Status",
           "Prioriterat problem",
           "Område",
           "Ansvarig organisation",
           "Kontaktroll",
           "Prioritet",
           "Beslutad",
           "Deadline",
           "Försenad",
           "Klar",
           "Start",
           "Slut",
           "Kostnad (kr)",
           "Skäl till avslag",
           "Beskrivning",
           "Anteckning",
           "Observation",
           "Händelse",
           "Kluster",
           "X",
           "Y" };
}

std::vector<std::vector<std::string>> actionExportRows( const std::vector<Action> &actions,
                                                        const ActionExportOptions &options )
{
  const std::string today = options.today.empty() ? todayInStockholm() : options.today;
  std::vector<std::vector<std::string>> rows;
  for ( const Action &a : actions )
  {
    const std::string status = actionStatusLabelSv( a.status );
    const std::string reason = a.status == "rejected" ? a.rejectionReason : std::string();
    if ( options.publicVariant )
    {
      rows.push_back( { a.title, status, a.responsible, a.deadline, a.doneDate, reason } );
      continue;
    }
    rows.push_back( { std::to_string( a.fid ),
                      a.title,
                      actionKindLabelSv( a.kind ),
                      status,
                      a.priorityProblem,
                      a.areaName,
                      a.responsible,
                      a.contactRole,
                      a.priority ? std::to_string( *a.priority ) : std::string(),
                      a.decidedDate,
                      a.deadline,
                      a.overdue( today ) ? "ja" : "",
                      a.doneDate,
                      a.startDate,
                      a.endDate,
                      a.costSek ? wholeNumber( *a.costSek ) : std::string(),
                      reason,
                      a.description,
                      a.note,
                      idText( a.observationId ),
                      idText( a.incidentId ),
                      a.clusterRef,
                      a.place ? coordinate( a.place->x ) : std::string(),
                      a.place ? coordinate( a.place->y ) : std::string() } );
  }
  return rows;
}

Status exportActions( const std::string &path, const std::vector<Action> &actions,
                      const ActionExportOptions &options )
{
  const std::string extension = lowerExtension( path );
  if ( extension != ".csv" && extension != ".xlsx" )
    return Error( MessageCode::ActionExportBadFormat, path );
  const std::vector<std::string> header = actionExportHeader( options.publicVariant );
  const std::vector<std::vector<std::string>> rows = actionExportRows( actions, options );
  return extension == ".csv" ? writeCsv( path, header, rows ) : writeXlsx( path, header, rows );
}

} // namespace tryggkarta

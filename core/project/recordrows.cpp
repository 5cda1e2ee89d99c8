#include "recordrows.h"

#include "database.h"
#include "datetimeparser.h"

#include <optional>

namespace tryggkarta
{

namespace
{
Status readRowsWhere( const std::string &path, const std::string &table,
                      const std::vector<RowColumn> &columns, const std::vector<int64_t> &fids,
                      const std::optional<std::pair<int64_t, int64_t>> &range,
                      const std::function<void( int64_t fid, std::vector<CellValue> &values )> &onRow )
{
  auto quoted = []( const std::string &name )
  {
    std::string q = "\"";
    for ( char c : name )
      q += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
    return q + "\"";
  };
  std::string sql = "SELECT fid";
  for ( const RowColumn &column : columns )
    sql += ", " + quoted( column.field );
  sql += " FROM " + quoted( table );
  if ( !fids.empty() )
  {
    sql += " WHERE fid IN (";
    for ( size_t i = 0; i < fids.size(); ++i )
      sql += ( i ? "," : "" ) + std::to_string( fids[i] );
    sql += ")";
  }
  else if ( range )
    sql +=
      " WHERE fid >= " + std::to_string( range->first ) + " AND fid <= " + std::to_string( range->second );
  sql += " ORDER BY fid";
  try
  {
    Database db( path, Database::Mode::ReadOnly );
    Statement s = db.prepare( sql );
    std::vector<CellValue> values( columns.size() );
    while ( s.step() )
    {
      for ( size_t c = 0; c < columns.size(); ++c )
      {
        const int i = static_cast<int>( c ) + 1;
        if ( s.isNull( i ) )
        {
          values[c] = std::monostate();
          continue;
        }
        switch ( columns[c].type )
        {
        case ColumnType::Text:
          values[c] = s.text( i );
          break;
        case ColumnType::Real:
          values[c] = s.real( i );
          break;
        case ColumnType::Integer:
          values[c] = s.int64( i );
          break;
        case ColumnType::UtcTime:
          if ( const auto utc = parseUtcIso( s.text( i ) ) )
            values[c] = static_cast<int64_t>( *utc );
          else
            values[c] = std::monostate();
          break;
        }
      }
      onRow( s.int64( 0 ), values );
    }
    return Done{};
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectTableReadFailed, table, path, e.what() );
  }
}
} // namespace

Status readRows( const std::string &path, const std::string &table, const std::vector<RowColumn> &columns,
                 const std::vector<int64_t> &fids,
                 const std::function<void( int64_t fid, std::vector<CellValue> &values )> &onRow )
{
  return readRowsWhere( path, table, columns, fids, std::nullopt, onRow );
}

Status readRowRange( const std::string &path, const std::string &table, const std::vector<RowColumn> &columns,
                     int64_t firstFid, int64_t lastFid,
                     const std::function<void( int64_t fid, std::vector<CellValue> &values )> &onRow )
{
  return readRowsWhere( path, table, columns, {}, std::make_pair( firstFid, lastFid ), onRow );
}

Expected<std::pair<int64_t, int64_t>> fidRange( const std::string &path, const std::string &table )
{
  try
  {
    Database db( path, Database::Mode::ReadOnly );
    std::string quoted = "\"";
    for ( char c : table )
      quoted += c == '"' ? std::string( "\"\"" ) : std::string( 1, c );
    quoted += "\"";
    Statement s = db.prepare( "SELECT min(fid), max(fid) FROM " + quoted );
    if ( !s.step() || s.isNull( 0 ) )
      return std::make_pair( int64_t( 0 ), int64_t( -1 ) );
    return std::make_pair( s.int64( 0 ), s.int64( 1 ) );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectTableReadFailed, table, path, e.what() );
  }
}

} // namespace tryggkarta

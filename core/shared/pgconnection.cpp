#include "pgconnection.h"

#include "message.h"

#include <libpq-fe.h>

#include <cstdlib>
#include <regex>

namespace tryggkarta
{

bool PgError::isRowRefusal() const
{
  return mSqlState == "42501" || mSqlState.rfind( "22", 0 ) == 0 || mSqlState.rfind( "23", 0 ) == 0;
}

bool PgError::isRefusal() const
{
  return mSqlState == "42501";
}

PgResult::PgResult( pg_result *result ) : mResult( result ) {}
PgResult::PgResult( PgResult &&other ) noexcept : mResult( other.mResult )
{
  other.mResult = nullptr;
}
PgResult &PgResult::operator=( PgResult &&other ) noexcept
{
  if ( this != &other )
  {
    if ( mResult )
      PQclear( mResult );
    mResult = other.mResult;
    other.mResult = nullptr;
  }
  return *this;
}
PgResult::~PgResult()
{
  if ( mResult )
    PQclear( mResult );
}
int PgResult::rows() const
{
  return mResult ? PQntuples( mResult ) : 0;
}
int PgResult::columns() const
{
  return mResult ? PQnfields( mResult ) : 0;
}
bool PgResult::isNull( int row, int column ) const
{
  return PQgetisnull( mResult, row, column ) != 0;
}
std::string PgResult::text( int row, int column ) const
{
  return std::string( PQgetvalue( mResult, row, column ),
                      static_cast<size_t>( PQgetlength( mResult, row, column ) ) );
}
const char *PgResult::raw( int row, int column ) const
{
  return PQgetvalue( mResult, row, column );
}
int PgResult::length( int row, int column ) const
{
  return PQgetlength( mResult, row, column );
}
int64_t PgResult::int64( int row, int column ) const
{
  return isNull( row, column ) ? 0 : std::strtoll( PQgetvalue( mResult, row, column ), nullptr, 10 );
}
std::optional<std::string> PgResult::optional( int row, int column ) const
{
  if ( isNull( row, column ) )
    return std::nullopt;
  return text( row, column );
}
int PgResult::columnIndex( const char *name ) const
{
  return PQfnumber( mResult, name );
}
int64_t PgResult::affected() const
{
  const char *n = PQcmdTuples( mResult );
  return n && *n ? std::strtoll( n, nullptr, 10 ) : 0;
}

Expected<std::unique_ptr<PgConnection>> PgConnection::connect( const std::string &conninfo )
{
  pg_conn *conn = PQconnectdb( conninfo.c_str() );
  if ( !conn )
    return Error( MessageCode::SharedConnectFailed, withoutPassword( conninfo ),
                  std::string( "out of memory" ) );
  if ( PQstatus( conn ) != CONNECTION_OK )
  {
    std::string why = PQerrorMessage( conn );
    while ( !why.empty() && ( why.back() == '\n' || why.back() == ' ' ) )
      why.pop_back();
    PQfinish( conn );
    return Error( MessageCode::SharedConnectFailed, withoutPassword( conninfo ), why );
  }
  auto result = std::unique_ptr<PgConnection>( new PgConnection( conn ) );
  result->exec( "SET client_encoding = 'UTF8'; SET client_min_messages = warning; SET TIME ZONE 'UTC'" );
  return result;
}

PgConnection::PgConnection( pg_conn *conn ) : mConn( conn ) {}
PgConnection::~PgConnection()
{
  if ( mConn )
    PQfinish( mConn );
}

bool PgConnection::isOpen() const
{
  return mConn && PQstatus( mConn ) == CONNECTION_OK;
}

void PgConnection::fail( pg_result *result, const std::string &sql )
{
  std::string state;
  std::string what;
  if ( result )
  {
    if ( const char *s = PQresultErrorField( result, PG_DIAG_SQLSTATE ) )
      state = s;
    if ( const char *m = PQresultErrorField( result, PG_DIAG_MESSAGE_PRIMARY ) )
      what = m;
    if ( const char *d = PQresultErrorField( result, PG_DIAG_MESSAGE_DETAIL ) )
      what += std::string( " (" ) + d + ")";
    PQclear( result );
  }
  if ( what.empty() )
  {
    what = PQerrorMessage( mConn );
    while ( !what.empty() && ( what.back() == '\n' || what.back() == ' ' ) )
      what.pop_back();
  }
  (void)sql;
  throw PgError( what, state );
}

void PgConnection::exec( const std::string &sql )
{
  pg_result *r = PQexec( mConn, sql.c_str() );
  const auto status = r ? PQresultStatus( r ) : PGRES_FATAL_ERROR;
  if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
    fail( r, sql );
  PQclear( r );
}

PgResult PgConnection::query( const std::string &sql, const std::vector<PgParam> &params )
{
  std::vector<const char *> values;
  values.reserve( params.size() );
  for ( const auto &p : params )
    values.push_back( p ? p->c_str() : nullptr );
  pg_result *r = PQexecParams( mConn, sql.c_str(), static_cast<int>( values.size() ), nullptr, values.data(),
                               nullptr, nullptr, 0 );
  const auto status = r ? PQresultStatus( r ) : PGRES_FATAL_ERROR;
  if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
    fail( r, sql );
  return PgResult( r );
}

void PgConnection::send( const std::string &sql )
{
  if ( PQsendQuery( mConn, sql.c_str() ) != 1 )
    fail( nullptr, sql );
}

PgResult PgConnection::receive()
{
  pg_result *r = PQgetResult( mConn );
  // The statement's one result, then the end (nullptr).
  while ( pg_result *more = PQgetResult( mConn ) )
    PQclear( more );
  const auto status = r ? PQresultStatus( r ) : PGRES_FATAL_ERROR;
  if ( status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK )
    fail( r, "receive" );
  return PgResult( r );
}

void PgConnection::copyIn( const std::string &copySql, const std::string &data )
{
  pg_result *r = PQexec( mConn, copySql.c_str() );
  if ( !r || PQresultStatus( r ) != PGRES_COPY_IN )
    fail( r, copySql );
  PQclear( r );
  const size_t chunk = 1 << 20;
  for ( size_t at = 0; at < data.size(); at += chunk )
  {
    const size_t n = std::min( chunk, data.size() - at );
    if ( PQputCopyData( mConn, data.data() + at, static_cast<int>( n ) ) != 1 )
      fail( nullptr, copySql );
  }
  if ( PQputCopyEnd( mConn, nullptr ) != 1 )
    fail( nullptr, copySql );
  pg_result *end = PQgetResult( mConn );
  const auto status = end ? PQresultStatus( end ) : PGRES_FATAL_ERROR;
  if ( status != PGRES_COMMAND_OK )
  {
    // Drain what is left so that the connection is usable for the rollback.
    while ( pg_result *more = PQgetResult( mConn ) )
      PQclear( more );
    fail( end, copySql );
  }
  PQclear( end );
  while ( pg_result *more = PQgetResult( mConn ) )
    PQclear( more );
}

std::string PgConnection::encryptPassword( const std::string &password, const std::string &login )
{
  char *hashed = PQencryptPasswordConn( mConn, password.c_str(), login.c_str(), "scram-sha-256" );
  if ( !hashed )
    fail( nullptr, "PQencryptPasswordConn" );
  std::string out = hashed;
  PQfreemem( hashed );
  return out;
}

std::string PgConnection::user() const
{
  return PQuser( mConn );
}

std::string PgConnection::database() const
{
  return PQdb( mConn );
}

std::string PgConnection::describe() const
{
  std::string host = PQhost( mConn ) ? PQhost( mConn ) : "";
  std::string port = PQport( mConn ) ? PQport( mConn ) : "";
  return user() + "@" + host + ( port.empty() ? "" : ":" + port ) + "/" + database();
}

void appendCopyField( std::string &out, const PgParam &value )
{
  if ( !value )
  {
    out += "\\N";
    return;
  }
  for ( char c : *value )
  {
    switch ( c )
    {
    case '\\':
      out += "\\\\";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    default:
      out += c;
    }
  }
}

std::string quoteIdent( const std::string &name )
{
  std::string out = "\"";
  for ( char c : name )
  {
    if ( c == '"' )
      out += '"';
    out += c;
  }
  return out + "\"";
}

std::string quoteLiteral( const std::string &value )
{
  std::string out = "'";
  for ( char c : value )
  {
    if ( c == '\'' )
      out += '\'';
    out += c;
  }
  return out + "'";
}

std::string gdalConnectionName( const std::string &conninfo )
{
  if ( conninfo.rfind( "postgresql://", 0 ) == 0 || conninfo.rfind( "postgres://", 0 ) == 0 )
    return conninfo;
  return "PG:" + conninfo;
}

std::string withoutPassword( const std::string &conninfo )
{
  static const std::regex keyword( R"((^|\s)password\s*=\s*('([^'\\]|\\.)*'|\S+))" );
  static const std::regex uri( R"(^(postgres(ql)?://[^:@/]*):[^@/]*@)" );
  static const std::regex uriParam( R"(([?&])password=[^&]*&?)" );
  std::string out = std::regex_replace( conninfo, keyword, "$1" );
  out = std::regex_replace( out, uri, "$1@" );
  out = std::regex_replace( out, uriParam, "$1" );
  while ( !out.empty() && ( out.back() == ' ' || out.back() == '&' || out.back() == '?' ) )
    out.pop_back();
  std::string tidy;
  for ( char c : out )
    if ( !( c == ' ' && !tidy.empty() && tidy.back() == ' ' ) )
      tidy += c;
  while ( !tidy.empty() && tidy.front() == ' ' )
    tidy.erase( tidy.begin() );
  return tidy;
}

PgTransaction::PgTransaction( PgConnection &conn, const char *begin ) : mConn( conn )
{
  mConn.exec( begin );
}

PgTransaction::~PgTransaction()
{
  if ( mActive && mConn.isOpen() )
  {
    try
    {
      mConn.exec( "ROLLBACK" );
    }
    catch ( ... )
    {
    }
  }
}

void PgTransaction::commit()
{
  mConn.exec( "COMMIT" );
  mActive = false;
}

} // namespace tryggkarta

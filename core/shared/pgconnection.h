#pragma once
// A connection to the shared PostgreSQL database through libpq: statements with text parameters, COPY in,
// transactions, and failures as exceptions with PostgreSQL's SQLSTATE. Plain C++ (no Qt), like the rest of
// core.

#include "expected.h"

#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

struct pg_conn;
struct pg_result;

namespace tryggkarta
{

//! A failure PostgreSQL reported, with its SQLSTATE (e.g. 42501 insufficient privilege).
class PgError : public std::runtime_error
{
public:
  PgError( const std::string &what, std::string sqlState )
    : std::runtime_error( what ), mSqlState( std::move( sqlState ) )
  {
  }
  const std::string &sqlState() const { return mSqlState; }
  //! Refused by a grant or a row-level security policy.
  bool isRefusal() const;
  //! A row the database will not take as it is (a policy, a check, a duplicate, a bad value): class 22 or 23,
  //! or 42501. Anything else (a deadlock, a timeout, a full disk, a lost connection) is not the row's fault.
  bool isRowRefusal() const;

private:
  std::string mSqlState;
};

//! A result set: every value as text, as PostgreSQL sent it.
class PgResult
{
public:
  PgResult() = default;
  explicit PgResult( pg_result *result );
  PgResult( PgResult &&other ) noexcept;
  PgResult &operator=( PgResult &&other ) noexcept;
  PgResult( const PgResult & ) = delete;
  PgResult &operator=( const PgResult & ) = delete;
  ~PgResult();

  int rows() const;
  int columns() const;
  bool isNull( int row, int column ) const;
  //! The value, or empty text for NULL.
  std::string text( int row, int column ) const;
  const char *raw( int row, int column ) const;
  int length( int row, int column ) const;
  int64_t int64( int row, int column ) const;
  std::optional<std::string> optional( int row, int column ) const;
  int columnIndex( const char *name ) const;
  //! The number of rows an INSERT, UPDATE or DELETE changed.
  int64_t affected() const;

private:
  pg_result *mResult = nullptr;
};

//! A parameter: text or SQL NULL.
using PgParam = std::optional<std::string>;

class PgConnection
{
public:
  /**
   * Connects with a libpq connection string or URI ("service=est", "postgresql://user@host/db"): a password
   * comes from the string, PGPASSWORD, ~/.pgpass or the service file, never from the project file.
   */
  static Expected<std::unique_ptr<PgConnection>> connect( const std::string &conninfo );
  ~PgConnection();
  PgConnection( const PgConnection & ) = delete;
  PgConnection &operator=( const PgConnection & ) = delete;

  //! Runs statements without parameters (several, separated by ;). Throws PgError.
  void exec( const std::string &sql );
  //! One statement with text parameters $1 … $n. Throws PgError.
  PgResult query( const std::string &sql, const std::vector<PgParam> &params = {} );
  //! Sends a statement without waiting (one at a time); receive() waits for its result. Throws PgError.
  void send( const std::string &sql );
  PgResult receive();
  //! COPY … FROM STDIN with the rows already in COPY's text format. Throws PgError.
  void copyIn( const std::string &copySql, const std::string &data );

  //! The password hashed the way the server stores it (SCRAM-SHA-256), so that the server never sees it.
  std::string encryptPassword( const std::string &password, const std::string &login );
  //! The login the server knows this session as.
  std::string user() const;
  std::string database() const;
  //! The connection as text without any password, for messages and for the copy's record of its source.
  std::string describe() const;
  bool isOpen() const;

private:
  explicit PgConnection( pg_conn *conn );
  [[noreturn]] void fail( pg_result *result, const std::string &sql );
  pg_conn *mConn = nullptr;
};

//! Escapes a value for COPY's text format (backslash, tab, newline, carriage return); NULL is \N.
void appendCopyField( std::string &out, const PgParam &value );
//! A double-quoted SQL identifier.
std::string quoteIdent( const std::string &name );
//! A single-quoted SQL literal.
std::string quoteLiteral( const std::string &value );
//! GDAL's name for the connection (its PostgreSQL driver takes libpq's keywords after "PG:", or a URI).
std::string gdalConnectionName( const std::string &conninfo );
//! The connection string without its password (password=… or the URI's user:password@).
std::string withoutPassword( const std::string &conninfo );

//! A transaction on the shared database: rolled back unless committed (also when the connection is gone).
class PgTransaction
{
public:
  explicit PgTransaction( PgConnection &conn, const char *begin = "BEGIN" );
  ~PgTransaction();
  PgTransaction( const PgTransaction & ) = delete;
  PgTransaction &operator=( const PgTransaction & ) = delete;
  void commit();

private:
  PgConnection &mConn;
  bool mActive = true;
};

} // namespace tryggkarta

#pragma once
// A thin RAII layer over SQLite: connection, prepared statements and transactions.
// Inside core, SQL failures throw SqlError; public functions catch it and return an Error.

#include "message.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace tryggkarta
{

class SqlError : public std::runtime_error
{
public:
  explicit SqlError( const std::string &what, int code = 0 ) : std::runtime_error( what ), mCode( code ) {}
  //! SQLite's extended result code, 0 when the error did not come from SQLite.
  int code() const { return mCode; }
  //! SQLite found the file damaged (SQLITE_CORRUPT) or not a database at all (SQLITE_NOTADB).
  bool isDamage() const;

private:
  int mCode = 0;
};

//! A write refused because the file is damaged (see Transaction); message says so for the user.
class DamagedFileError : public SqlError
{
public:
  explicit DamagedFileError( Message what ) : SqlError( what.text(), 0 ), message( std::move( what ) ) {}
  Message message;
};

/**
 * The message for a write to path that failed because the disk is full, the file cannot be written or another
 * process kept it locked (the transaction was rolled back: nothing was changed), or nothing when the failure
 * was of another kind.
 */
std::optional<Message> writeFailureMessage( const SqlError &error, const std::string &path );

//! The storage class of a value SQLite returned.
enum class SqlType
{
  Integer,
  Real,
  Text,
  Blob,
  Null
};

//! A prepared statement; bind indices start at 1, column indices at 0.
class Statement
{
public:
  Statement() = default;
  Statement( sqlite3 *db, std::string_view sql );
  ~Statement();
  Statement( Statement &&other ) noexcept;
  Statement &operator=( Statement &&other ) noexcept;
  Statement( const Statement & ) = delete;
  Statement &operator=( const Statement & ) = delete;

  Statement &bind( int index, int64_t value );
  Statement &bind( int index, int value ) { return bind( index, static_cast<int64_t>( value ) ); }
  Statement &bind( int index, double value );
  Statement &bind( int index, std::string_view text );
  Statement &bind( int index, const char *text ) { return bind( index, std::string_view( text ) ); }
  Statement &bind( int index, const std::string &text ) { return bind( index, std::string_view( text ) ); }
  Statement &bindBlob( int index, const void *data, int size );
  Statement &bindNull( int index );
  //! Binds without copying: the data must stay valid until the statement is stepped or reset.
  Statement &bindStatic( int index, std::string_view text );
  Statement &bindBlobStatic( int index, const void *data, int size );
  //! Binds text, or NULL when the text is empty.
  Statement &bindTextOrNull( int index, std::string_view text );
  //! Binds the value of a column of another statement's current row as it is (its type and bytes kept).
  Statement &bindValueOf( int index, const Statement &source, int column );

  //! Steps once; true while a row is available.
  bool step();
  //! Steps to completion (for statements that return no rows).
  void run();
  void reset();

  bool isNull( int column ) const;
  SqlType type( int column ) const;
  int64_t int64( int column ) const;
  double real( int column ) const;
  std::string text( int column ) const;
  std::vector<unsigned char> blob( int column ) const;
  //! The text or blob of a column without a copy: valid until the next step, reset or type conversion.
  std::string_view textView( int column ) const;
  std::string_view blobView( int column ) const;
  int columnCount() const;
  std::string columnName( int column ) const;

private:
  sqlite3 *mDb = nullptr;
  sqlite3_stmt *mStmt = nullptr;
};

//! An open SQLite connection with foreign keys on and the GeoPackage SQL functions registered.
class Database
{
public:
  enum class Mode
  {
    ReadOnly,
    ReadWrite,
    Create
  };

  Database() = default;
  //! Opens the file; throws SqlError with the reason when it cannot.
  Database( const std::string &path, Mode mode );
  ~Database();
  Database( Database &&other ) noexcept;
  Database &operator=( Database &&other ) noexcept;
  Database( const Database & ) = delete;
  Database &operator=( const Database & ) = delete;

  bool isOpen() const { return mDb != nullptr; }
  //! The file as it was opened.
  const std::string &path() const { return mPath; }
  void close();
  void exec( std::string_view sql );
  Statement prepare( std::string_view sql ) { return Statement( mDb, sql ); }
  int64_t lastInsertId() const;
  int changes() const;
  bool tableExists( const std::string &name );
  //! Runs a query expected to return a single integer (or fallback when no row / NULL).
  int64_t queryInt( std::string_view sql, int64_t fallback = 0 );
  std::string queryText( std::string_view sql, const std::string &fallback = std::string() );
  sqlite3 *handle() { return mDb; }

private:
  sqlite3 *mDb = nullptr;
  std::string mPath;
};

/**
 * BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() was called. Before the first write
 * to a file in this process (and after anyone else changed it) the file is checked for damage: a damaged file
 * throws DamagedFileError and is not written (see checkIntact in integrity.h).
 *
 * Inside a transaction already open on the connection, a Transaction is a savepoint: commit() releases it
 * into the outer transaction (which alone writes the file), rollback undoes only its own changes. So a write
 * that is one transaction on its own (an observation added by hand) can also be one step of a larger one (a
 * photo import), and the larger one still succeeds or fails as a whole.
 */
class Transaction
{
public:
  explicit Transaction( Database &db );
  ~Transaction();
  Transaction( const Transaction & ) = delete;
  Transaction &operator=( const Transaction & ) = delete;
  void commit();
  void rollback();

private:
  Database &mDb;
  bool mActive = true;
  std::string mSavepoint; //!< set when nested in an outer transaction
};

} // namespace tryggkarta

#pragma once
// Writing a change in one transaction: a refusal found while checking, a damaged file or an SQL failure rolls
// everything back and becomes the Error the caller returns. One helper for every store in core.

#include "database.h"
#include "expected.h"

#include <string>
#include <utility>

namespace tryggkarta
{

//! A refusal found while checking a change, thrown inside a transaction so that it rolls back.
struct Refused
{
  Message message;
};

/**
 * Runs body in a transaction and commits when it returns. A Refused, a damaged file and an SQL failure roll
 * the transaction back; the SQL failure becomes the message that onSqlError( error ) makes, unless the disk
 * was full or read-only, which writeFailureMessage says in the user's words.
 */
template <typename T, typename Body, typename OnSqlError>
Expected<T> inTransactionOr( Database &db, OnSqlError onSqlError, Body body )
{
  try
  {
    Transaction transaction( db );
    T result = body();
    transaction.commit();
    return result;
  }
  catch ( const Refused &refused )
  {
    return Error{ refused.message };
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error{ *full };
    return Error{ onSqlError( e ) };
  }
}

//! As inTransactionOr, with an SQL failure reported as the message failed with the failure's text.
template <typename T, typename Body>
Expected<T> inTransaction( Database &db, MessageCode failed, Body body )
{
  return inTransactionOr<T>(
    db, [failed]( const SqlError &e ) { return Message::make( failed, std::string( e.what() ) ); },
    std::move( body ) );
}

//! Runs a read-only body: a Refused or a damaged file becomes its Error, an SQL failure the message failed
//! with its text.
template <typename T, typename Body>
Expected<T> refusing( MessageCode failed, Body body )
{
  try
  {
    return body();
  }
  catch ( const Refused &refused )
  {
    return Error{ refused.message };
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    return Error( failed, e.what() );
  }
}

} // namespace tryggkarta

#pragma once
// A value or an error message: how core reports failure at its boundary (no exceptions cross into the app).

#include "message.h"

#include <utility>
#include <variant>

namespace tryggkarta
{

//! A failure with a message for the user.
struct Error
{
  Error( Message what ) : message( std::move( what ) ) {}
  //! An error with the message of a code and its parameters (see Message::make).
  template <typename... Args>
  explicit Error( MessageCode code, Args &&...args )
    : message( Message::make( code, std::forward<Args>( args )... ) )
  {
  }

  Message message;
};

//! Holds either a T or an Error.
template <typename T>
class Expected
{
public:
  Expected( T value ) : mData( std::move( value ) ) {}
  Expected( Error error ) : mData( std::move( error ) ) {}

  bool ok() const { return std::holds_alternative<T>( mData ); }
  explicit operator bool() const { return ok(); }
  T &value() { return std::get<T>( mData ); }
  const T &value() const { return std::get<T>( mData ); }
  T *operator->() { return &value(); }
  const T *operator->() const { return &value(); }
  T &operator*() { return value(); }
  const T &operator*() const { return value(); }
  //! The error's message; its text() is the English.
  const Message &error() const { return std::get<Error>( mData ).message; }

private:
  std::variant<T, Error> mData;
};

//! The value of a Status that succeeded.
struct Done
{
};
//! Success or an error message, for operations that return nothing else.
using Status = Expected<Done>;

} // namespace tryggkarta

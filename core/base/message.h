#pragma once
// A message for the user as a value: a stable code from the catalogue (messagecatalog.h) and its parameters.
// The core makes its English text from the code's template (the command-line tool prints that); the desktop
// app shows the same message in the interface's language by looking the code's id up in its ID-based
// translation file (app/base/coremessages.cpp), so rewording the English never loses a translation silently.

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace tryggkarta
{

//! Every message the core can give a user, one per entry of messagecatalog.h.
enum class MessageCode : std::uint16_t
{
#define TK_MESSAGE( code, id, english ) code,
#include "messagecatalog.h"
#undef TK_MESSAGE
};

//! How many codes the catalogue holds: codes run from 0 to kMessageCodeCount - 1.
constexpr std::size_t kMessageCodeCount = 0
#define TK_MESSAGE( code, id, english ) +1
#include "messagecatalog.h"
#undef TK_MESSAGE
  ;

//! The code's stable id, e.g. "import.unknown-category": the key of its translations.
const char *messageId( MessageCode code );
//! The code's English template, with %1 … %9 for its parameters.
const char *messageTemplate( MessageCode code );

/**
 * The template with %1 … %9 replaced by values[0] … values[8] in one pass, so a value that itself holds "%2"
 * is never filled in again. A placeholder without a value, and any other '%', stays as it is.
 */
std::string fillTemplate( std::string_view pattern, const std::vector<std::string> &values );

struct Message;

//! One parameter of a message: a value as text, or a message of its own (translated with the outer one).
struct MessageArg
{
  MessageArg( std::string value ) : text( std::move( value ) ) {}
  MessageArg( Message message );

  std::string text;                       //!< the value, as the core formatted it
  std::shared_ptr<const Message> message; //!< set when the parameter is a message; text is then empty

  bool operator==( const MessageArg &other ) const;
};

//! A code and its parameters; see messagecatalog.h for the codes.
struct Message
{
  MessageCode code{};
  std::vector<MessageArg> args; //!< %1, %2, … in order

  //! The stable id of the code, e.g. "import.unknown-category".
  const char *id() const { return messageId( code ); }
  //! The message in English: the code's template with the parameters (nested messages in English too).
  std::string text() const;

  /**
   * A message of a code with its parameters: text (std::string, string views, C strings), whole numbers
   * (written in decimal) or messages. Other numbers are formatted by the caller, which knows their
   * precision and unit.
   */
  template <typename... Args>
  static Message make( MessageCode code, Args &&...args )
  {
    Message message;
    message.code = code;
    message.args.reserve( sizeof...( args ) );
    ( message.args.push_back( toArg( std::forward<Args>( args ) ) ), ... );
    return message;
  }

  bool operator==( const Message &other ) const { return code == other.code && args == other.args; }
  bool operator!=( const Message &other ) const { return !( *this == other ); }

private:
  template <typename T>
  static MessageArg toArg( T &&value )
  {
    using Plain = std::decay_t<T>;
    if constexpr ( std::is_same_v<Plain, Message> )
      return MessageArg( std::forward<T>( value ) );
    else if constexpr ( std::is_same_v<Plain, bool> )
      static_assert( !std::is_same_v<Plain, bool>, "say what a flag means with a code of its own" );
    else if constexpr ( std::is_integral_v<Plain> )
      return MessageArg( std::to_string( value ) );
    else if constexpr ( std::is_floating_point_v<Plain> )
      static_assert( !std::is_floating_point_v<Plain>, "format a real number before passing it" );
    else
      return MessageArg( std::string( std::forward<T>( value ) ) );
  }
};

//! A real number for a message as printf's %g writes it, six significant digits: "0.25", "1.5e+06".
std::string formatNumber( double value );
//! A real number with that many significant digits, as printf's %g writes it: formatReal( 449270.5, 10 ).
std::string formatReal( double value, int significantDigits );

//! Writes the English text (for logs and test output).
std::ostream &operator<<( std::ostream &out, const Message &message );

//! The English texts of messages, separated by separator.
std::string joinedText( const std::vector<Message> &messages, const std::string &separator );

} // namespace tryggkarta

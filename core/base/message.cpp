#include "message.h"

#include <cstdio>

namespace tryggkarta
{

namespace
{
struct CatalogueEntry
{
  const char *id;
  const char *english;
};

constexpr CatalogueEntry kCatalogue[] = {
#define TK_MESSAGE( code, id, english ) { id, english },
#include "messagecatalog.h"
#undef TK_MESSAGE
};
static_assert( sizeof kCatalogue / sizeof kCatalogue[0] == kMessageCodeCount );

const CatalogueEntry &entry( MessageCode code )
{
  return kCatalogue[static_cast<std::size_t>( code )];
}
} // namespace

const char *messageId( MessageCode code )
{
  return entry( code ).id;
}

const char *messageTemplate( MessageCode code )
{
  return entry( code ).english;
}

std::string fillTemplate( std::string_view pattern, const std::vector<std::string> &values )
{
  std::string out;
  out.reserve( pattern.size() + 16 * values.size() );
  for ( std::size_t i = 0; i < pattern.size(); ++i )
  {
    if ( pattern[i] == '%' && i + 1 < pattern.size() && pattern[i + 1] >= '1' && pattern[i + 1] <= '9' )
    {
      const std::size_t index = static_cast<std::size_t>( pattern[i + 1] - '1' );
      if ( index < values.size() )
      {
        out += values[index];
        ++i;
        continue;
      }
    }
    out += pattern[i];
  }
  return out;
}

MessageArg::MessageArg( Message message ) : message( std::make_shared<const Message>( std::move( message ) ) )
{
}

bool MessageArg::operator==( const MessageArg &other ) const
{
  if ( !message || !other.message )
    return !message && !other.message && text == other.text;
  return *message == *other.message;
}

std::string Message::text() const
{
  std::vector<std::string> values;
  values.reserve( args.size() );
  for ( const MessageArg &arg : args )
    values.push_back( arg.message ? arg.message->text() : arg.text );
  return fillTemplate( messageTemplate( code ), values );
}

std::string formatNumber( double value )
{
  return formatReal( value, 6 );
}

std::string formatReal( double value, int significantDigits )
{
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.*g", significantDigits, value );
  return buffer;
}

std::ostream &operator<<( std::ostream &out, const Message &message )
{
  return out << message.text();
}

std::string joinedText( const std::vector<Message> &messages, const std::string &separator )
{
  std::string out;
  for ( const Message &message : messages )
    out += ( out.empty() ? "" : separator ) + message.text();
  return out;
}

} // namespace tryggkarta

// The core's messages: one catalogue with a stable id and an English template per code, English text made by
// filling the parameters, messages within messages, and no command-line options named in the core.

#include "expected.h"
#include "message.h"
#include "progress.h"

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <string>

using namespace tryggkarta;

namespace
{
std::set<std::string> placeholders( const std::string &text )
{
  std::set<std::string> found;
  const std::regex placeholder( "%[0-9]" );
  for ( auto it = std::sregex_iterator( text.begin(), text.end(), placeholder ); it != std::sregex_iterator();
        ++it )
    found.insert( it->str() );
  return found;
}
} // namespace

TEST_CASE( "every code has a unique, stable-looking id and an English template", "[messages]" )
{
  REQUIRE( kMessageCodeCount > 0 );
  std::set<std::string> ids;
  const std::regex idForm( "[a-z]+(-[a-z]+)*\\.[a-z0-9]+(-[a-z0-9]+)*" );
  for ( std::size_t i = 0; i < kMessageCodeCount; ++i )
  {
    const auto code = static_cast<MessageCode>( i );
    const std::string id = messageId( code );
    const std::string english = messageTemplate( code );
    INFO( id << ": " << english );
    CHECK( std::regex_match( id, idForm ) );
    CHECK( ids.insert( id ).second );
    CHECK_FALSE( english.empty() );
    // Placeholders run from %1 without gaps (%0 is none of them), so each parameter has its place.
    const std::set<std::string> used = placeholders( english );
    CHECK( used.count( "%0" ) == 0 );
    for ( std::size_t k = 1; k <= used.size(); ++k )
      CHECK( used.count( "%" + std::to_string( k ) ) == 1 );
    // The core names no command-line options; the command-line tool adds them by code.
    CHECK( english.find( "--" ) == std::string::npos );
  }
}

TEST_CASE( "a message's English text fills its parameters in one pass", "[messages]" )
{
  const Message reject = Message::make( MessageCode::ImportRowEndBeforeStart, "'10:00'", "'12:00'" );
  CHECK( reject.text() == "the end '10:00' is before the start '12:00'" );
  CHECK( std::string( reject.id() ) == "import.row-end-before-start" );
  // Whole numbers are written in decimal.
  CHECK( Message::make( MessageCode::ImportRowTooManyValues, std::size_t( 7 ), 5 ).text() ==
         "the row has 7 values but the header has 5 columns (an unquoted delimiter inside a value?)" );
  // A value that looks like a placeholder is never filled in again.
  CHECK( Message::make( MessageCode::ImportRowEndBeforeStart, "'%2'", "'x'" ).text() ==
         "the end '%2' is before the start 'x'" );
  CHECK( fillTemplate( "%1 and %2, 100 %", { "a" } ) == "a and %2, 100 %" );
  CHECK( formatNumber( 0.25 ) == "0.25" );
  CHECK( formatReal( 6574920.123, 10 ) == "6574920.123" );
}

TEST_CASE( "a message can hold another message as a parameter", "[messages]" )
{
  const Message binary =
    Message::make( MessageCode::CsvBinary, "bok.csv", Message::make( MessageCode::CsvBinaryPdf ) );
  CHECK( binary.text() == "bok.csv is not a text (CSV) file: it looks like a PDF document." );
  REQUIRE( binary.args.size() == 2 );
  REQUIRE( binary.args[1].message );
  CHECK( binary.args[1].message->code == MessageCode::CsvBinaryPdf );
  CHECK( binary ==
         Message::make( MessageCode::CsvBinary, "bok.csv", Message::make( MessageCode::CsvBinaryPdf ) ) );
  CHECK( binary != Message::make( MessageCode::CsvBinary, "bok.csv", "a PDF document" ) );
}

TEST_CASE( "an error carries a message, and a cancel is told by its code", "[messages]" )
{
  const Status failed = Error( MessageCode::ProjectReadFailed, "disk I/O error" );
  REQUIRE_FALSE( failed.ok() );
  CHECK( failed.error().code == MessageCode::ProjectReadFailed );
  CHECK( failed.error().text() == "Cannot read the project: disk I/O error" );
  CHECK( isCancelled( Error( MessageCode::Cancelled ).message ) );
  CHECK_FALSE( isCancelled( failed.error() ) );
}

#include <catch2/catch.hpp>

#include "csvreader.h"
#include "testutil.h"

#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;
using testutil::writeFile;

// Expectations follow RFC 4180 (quotes, doubled quotes, line breaks in quoted values) and the encodings' own
// definitions (UTF-16 byte orders and BOMs, Windows-1252's code page), written out by hand below.

namespace
{

struct ReadRow
{
  int64_t line = 0;
  std::vector<std::string> fields;
  std::string raw;
  bool unterminatedQuote = false;
};

//! Every row of a CSV file given as bytes, with the reader for its header, delimiter and encoding.
std::vector<ReadRow> readAll( const TempDir &dir, const std::string &bytes,
                              std::unique_ptr<CsvReader> *keep = nullptr )
{
  const std::string path = writeFile( dir.file( "data.csv" ), bytes );
  auto reader = CsvReader::open( path );
  REQUIRE( reader.ok() );
  std::vector<ReadRow> rows;
  CsvRow row;
  while ( reader.value()->next( row ) )
  {
    ReadRow copy;
    copy.line = row.lineNumber;
    for ( std::string_view field : row.fields )
      copy.fields.emplace_back( field );
    copy.raw = std::string( row.raw );
    copy.unterminatedQuote = row.unterminatedQuote;
    rows.push_back( std::move( copy ) );
  }
  if ( keep )
    *keep = std::move( reader.value() );
  return rows;
}

using Fields = std::vector<std::string>;

} // namespace

TEST_CASE( "the CSV reader finds the delimiter among comma, semicolon and tab", "[csvreader]" )
{
  TempDir dir;
  for ( const char delimiter : { ',', ';', '\t' } )
  {
    INFO( "delimiter " << static_cast<int>( delimiter ) );
    const std::string d( 1, delimiter );
    std::unique_ptr<CsvReader> reader;
    // Decimal commas in a semicolon file must not make it look comma-separated.
    const auto rows = readAll( dir,
                               "datum" + d + "kategori" + d + "vikt\n2024-05-03" + d + "klotter" + d +
                                 ( delimiter == ';' ? "1,5" : "1.5" ) + "\n",
                               &reader );
    CHECK( reader->delimiter() == delimiter );
    CHECK( reader->header() == Fields{ "datum", "kategori", "vikt" } );
    REQUIRE( rows.size() == 1 );
    CHECK( rows[0].fields == Fields{ "2024-05-03", "klotter", delimiter == ';' ? "1,5" : "1.5" } );
  }
}

TEST_CASE( "quoted values keep their delimiters, doubled quotes and line breaks", "[csvreader]" )
{
  TempDir dir;
  const auto rows = readAll( dir, "id,text,kategori\n"
                                  "1,\"Storgatan 1, entrén\",klotter\n"
                                  "2,\"han sa \"\"hej\"\"\",bråk\n"
                                  "3,\"första raden\nandra raden\",skadegörelse\n"
                                  "4,\"\",tomt\n" );
  REQUIRE( rows.size() == 4 );
  CHECK( rows[0].fields == Fields{ "1", "Storgatan 1, entrén", "klotter" } );
  CHECK( rows[1].fields == Fields{ "2", "han sa \"hej\"", "bråk" } );
  CHECK( rows[2].fields == Fields{ "3", "första raden\nandra raden", "skadegörelse" } );
  CHECK( rows[3].fields == Fields{ "4", "", "tomt" } );
  SECTION( "each row knows the physical line it starts on, after a value over two lines too" )
  {
    CHECK( rows[0].line == 2 );
    CHECK( rows[1].line == 3 );
    CHECK( rows[2].line == 4 );
    CHECK( rows[3].line == 6 );
  }
  SECTION( "and its raw text as written" )
  {
    CHECK( rows[0].raw == "1,\"Storgatan 1, entrén\",klotter" );
    CHECK( rows[2].raw == "3,\"första raden\nandra raden\",skadegörelse" );
  }
}

TEST_CASE( "blank lines are skipped but counted, and Windows line ends are not part of the values",
           "[csvreader]" )
{
  TempDir dir;
  const auto rows = readAll( dir, "a,b\r\n\r\n1,x\r\n\r\n\r\n2,y\r\n" );
  REQUIRE( rows.size() == 2 );
  CHECK( rows[0].line == 3 );
  CHECK( rows[0].fields == Fields{ "1", "x" } );
  CHECK( rows[1].line == 6 );
  CHECK( rows[1].fields == Fields{ "2", "y" } );
}

TEST_CASE( "a stray quote spoils only its own row", "[csvreader]" )
{
  TempDir dir;
  SECTION( "a quote that never closes" )
  {
    const auto rows = readAll( dir, "id,text\n1,\"oops\n2,fine\n3,also fine\n" );
    REQUIRE( rows.size() == 3 );
    CHECK( rows[0].line == 2 );
    CHECK( rows[0].unterminatedQuote );
    CHECK_FALSE( rows[1].unterminatedQuote );
    CHECK( rows[1].line == 3 );
    CHECK( rows[1].fields == Fields{ "2", "fine" } );
    CHECK( rows[2].line == 4 );
    CHECK( rows[2].fields == Fields{ "3", "also fine" } );
  }
  SECTION( "a quote that would close only on the next row's quote" )
  {
    const auto rows = readAll( dir, "id,text\n1,\"oops\n2,\"quoted\"\n" );
    REQUIRE( rows.size() == 2 );
    CHECK( rows[0].unterminatedQuote );
    CHECK( rows[1].line == 3 );
    CHECK( rows[1].fields == Fields{ "2", "quoted" } );
  }
}

TEST_CASE( "the CSV reader decodes UTF-8, UTF-16 in both byte orders and Windows-1252 to UTF-8",
           "[csvreader]" )
{
  TempDir dir;
  std::unique_ptr<CsvReader> reader;
  const std::string text = "h\xC3\xA4ndelse;plats\n\xC3\x96verfall;Torget\n"; // ä = U+00E4, Ö = U+00D6
  SECTION( "UTF-8 without a BOM" )
  {
    const auto rows = readAll( dir, "h\xC3\xA4ndelse;plats\n\xC3\x96verfall;Torget\n", &reader );
    CHECK( reader->encoding() == "UTF-8" );
    CHECK( reader->header() == Fields{ "h\xC3\xA4ndelse", "plats" } );
    REQUIRE( rows.size() == 1 );
    CHECK( rows[0].fields == Fields{ "\xC3\x96verfall", "Torget" } );
  }
  SECTION( "UTF-8 with a BOM, which is not part of the first column's name" )
  {
    readAll( dir, "\xEF\xBB\xBFh\xC3\xA4ndelse;plats\n\xC3\x96verfall;Torget\n", &reader );
    CHECK( reader->encoding() == "UTF-8 (BOM)" );
    CHECK( reader->header() == Fields{ "h\xC3\xA4ndelse", "plats" } );
  }
  for ( const bool bigEndian : { false, true } )
  {
    DYNAMIC_SECTION( "UTF-16 " << ( bigEndian ? "big" : "little" ) << "-endian with a BOM" )
    {
      const auto rows = readAll( dir, testutil::utf16WithBom( text, bigEndian ), &reader );
      CHECK( reader->encoding() == "UTF-16" );
      CHECK( reader->delimiter() == ';' );
      CHECK( reader->header() == Fields{ "h\xC3\xA4ndelse", "plats" } );
      REQUIRE( rows.size() == 1 );
      CHECK( rows[0].line == 2 );
      CHECK( rows[0].fields == Fields{ "\xC3\x96verfall", "Torget" } );
    }
  }
  SECTION( "Windows-1252 from older Excel, where ä is the byte E4 and the euro sign 80" )
  {
    const auto rows = readAll( dir, "h\xE4ndelse;belopp\n\xD6verfall;100 \x80\n", &reader );
    CHECK( reader->encoding() == "CP1252" );
    CHECK( reader->header() == Fields{ "h\xC3\xA4ndelse", "belopp" } );
    REQUIRE( rows.size() == 1 );
    CHECK( rows[0].fields == Fields{ "\xC3\x96verfall", "100 \xE2\x82\xAC" } );
  }
}

TEST_CASE( "a repeated header name gets a suffix and rewinding reads the rows again", "[csvreader]" )
{
  TempDir dir;
  std::unique_ptr<CsvReader> reader;
  const auto rows = readAll( dir, "info,datum,info\na,2024-01-01,b\nc,2024-01-02,d\n", &reader );
  CHECK( reader->header() == Fields{ "info", "datum", "info_2" } );
  CHECK( reader->renamedColumns().size() == 1 );
  REQUIRE( rows.size() == 2 );
  reader->rewind();
  CsvRow row;
  REQUIRE( reader->next( row ) );
  CHECK( row.lineNumber == 2 );
  CHECK( std::string( row.fields[2] ) == "b" );
}

TEST_CASE( "an empty or binary file is refused with a message naming it", "[csvreader]" )
{
  TempDir dir;
  SECTION( "empty" )
  {
    const std::string path = writeFile( dir.file( "tom.csv" ), "" );
    auto reader = CsvReader::open( path );
    REQUIRE_FALSE( reader.ok() );
    CHECK_THAT( reader.error().text(), Catch::Contains( "tom.csv" ) );
  }
  SECTION( "binary" )
  {
    const std::string path =
      writeFile( dir.file( "bild.csv" ), std::string( "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16 ) );
    auto reader = CsvReader::open( path );
    REQUIRE_FALSE( reader.ok() );
    CHECK_THAT( reader.error().text(), Catch::Contains( "bild.csv" ) );
  }
}

TEST_CASE( "a big Windows-1252 file is converted through a temporary file and reads exactly as a small one",
           "[csvreader]" )
{
  TempDir dir;
  // "Gångväg vid Ölandsgatan, krossad ruta för 5 €" in Windows-1252, in quoted multi-line values too.
  std::string bytes = "datum;beskrivning;antal\r\n";
  for ( int i = 0; i < 4000; ++i )
    bytes += "2024-05-" + std::to_string( 1 + i % 28 ) +
             ";\"G\xE5ngv\xE4g vid \xD6landsgatan,\r\nkrossad ruta f\xF6r " + std::to_string( i ) +
             " \x80\";" + std::to_string( i ) + "\r\n";
  const std::vector<ReadRow> inMemory = readAll( dir, bytes );
  REQUIRE( inMemory.size() == 4000 );
  CHECK( inMemory[7].fields[1] ==
         "G\xC3\xA5ngv\xC3\xA4g vid \xC3\x96landsgatan,\r\nkrossad ruta f\xC3\xB6r 7 \xE2\x82\xAC" );

  // The same file over the limit (a few kilobytes here, 64 MiB in use): every row alike, and a rewind too.
  CsvReader::setDecodeInMemoryLimit( 4096 );
  std::unique_ptr<CsvReader> reader;
  const std::vector<ReadRow> throughFile = readAll( dir, bytes, &reader );
  CsvReader::setDecodeInMemoryLimit( 64u << 20 );
  REQUIRE( throughFile.size() == inMemory.size() );
  for ( size_t i = 0; i < inMemory.size(); ++i )
  {
    INFO( "row " << i );
    CHECK( throughFile[i].fields == inMemory[i].fields );
    CHECK( throughFile[i].line == inMemory[i].line );
    CHECK( throughFile[i].raw == inMemory[i].raw );
  }
  CHECK( reader->encoding() == "CP1252" );
  reader->rewind();
  CsvRow row;
  REQUIRE( reader->next( row ) );
  CHECK( std::string( row.fields[2] ) == "0" );
}

// Import limits and linear parsing: a file built to make the import work out of proportion to its size is
// refused with a message naming the file, where, and the limit; everything within the limits is read in time
// linear in its size. Timings are only ever compared between an input and one ten times larger (the fastest
// of a few runs each, with a wide margin: linear work grows about 10 times, quadratic 100 and cubic 1,000),
// never against a fixed bound.

#include "testutil.h"
#include "testworkbook.h"

#include "csvreader.h"
#include "fieldmapping.h"
#include "filelimits.h"
#include "importer.h"
#include "importlimits.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <ctime>
#include <functional>
#include <memory>

using namespace tryggkarta;
using testutil::sheetRow;
using testutil::TempDir;
using testutil::writeFile;
using testutil::writeWorkbook;

namespace
{

//! The least processor time of a few runs of work on this thread, in seconds: what other programs do on the
//! machine does not count, only how much work this one does.
double fastestSeconds( const std::function<void()> &work, int runs = 3 )
{
  auto now = []()
  {
    timespec t{};
    clock_gettime( CLOCK_THREAD_CPUTIME_ID, &t );
    return static_cast<double>( t.tv_sec ) + t.tv_nsec * 1e-9;
  };
  double best = 1e300;
  for ( int i = 0; i < runs; ++i )
  {
    const double start = now();
    work();
    best = std::min( best, now() - start );
  }
  return best;
}

//! How much more processor time the work took on the input ten times larger: about 10 when it is linear.
double growthForTenfold( const std::function<void( int )> &work, int n )
{
  const double small = fastestSeconds( [&]() { work( n ); } );
  const double large = fastestSeconds( [&]() { work( 10 * n ); } );
  INFO( "n: " << small << " s, 10 n: " << large << " s" );
  return large / std::max( small, 1e-6 );
}

//! Linear work grows about 10 times (more where the larger input leaves the processor's caches), quadratic
//! work 100 times.
constexpr double kLinearGrowthBound = 45;

std::unique_ptr<ProjectFile> newProject( const TempDir &dir )
{
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  return std::move( project.value() );
}

std::string repeated( const std::string &part, int count, const std::string &separator )
{
  std::string out;
  for ( int i = 0; i < count; ++i )
    out += ( i ? separator : "" ) + part;
  return out;
}

const std::vector<std::string> kSheetHeader = { "Datum", "Kategori", "X", "Y" };
const std::vector<std::string> kSheetRow = { "2024-03-05", "klotter", "449270", "6574920" };

} // namespace

// --- CSV columns
// --------------------------------------------------------------------------------------------

TEST_CASE( "a column name repeated 16000 times is renamed name_2 to name_16000 in linear time", "[limits]" )
{
  TempDir dir;
  // The attack that made renaming cubic: one name over and over in a file of 80 kB.
  auto header = [&]( int n ) { return "namn;" + repeated( "namn", n - 1, ";" ) + "\n1;2\n"; };
  const std::string path = writeFile( dir.file( "namn.csv" ), header( 16000 ) );
  auto reader = CsvReader::open( path );
  REQUIRE( reader.ok() );
  const auto &columns = reader.value()->header();
  REQUIRE( columns.size() == 16000 );
  CHECK( columns[0] == "namn" );
  CHECK( columns[1] == "namn_2" );
  CHECK( columns[15999] == "namn_16000" );
  CHECK( reader.value()->renamedColumns().size() == 15999 );

  const double growth = growthForTenfold(
    [&]( int n )
    {
      const std::string file = writeFile( dir.file( "n" + std::to_string( n ) + ".csv" ), header( n ) );
      REQUIRE( CsvReader::open( file ).ok() );
    },
    1600 );
  CHECK( growth < kLinearGrowthBound );
}

TEST_CASE( "renamed columns skip names the header already has", "[limits]" )
{
  TempDir dir;
  const std::string path = writeFile( dir.file( "a.csv" ), "a;a_2;a;a;a_3;b\n1;2;3;4;5;6\n" );
  auto reader = CsvReader::open( path );
  REQUIRE( reader.ok() );
  // The third "a" skips a_2 (taken) and is a_3, the fourth a_4; the column really named a_3 then finds its
  // name taken and is a_3_2.
  const std::vector<std::string> expected = { "a", "a_2", "a_3", "a_4", "a_3_2", "b" };
  CHECK( reader.value()->header() == expected );
}

TEST_CASE( "a header of 16384 columns is read and one of 100000 is refused naming the file, the line and the "
           "limit",
           "[limits]" )
{
  TempDir dir;
  auto distinct = []( int n )
  {
    std::string line;
    for ( int i = 0; i < n; ++i )
      line += ( i ? ";" : "" ) + std::string( "k" ) + std::to_string( i );
    return line + "\n";
  };
  auto widest = CsvReader::open( writeFile( dir.file( "widest.csv" ), distinct( 16384 ) + "1;2\n" ) );
  REQUIRE( widest.ok() );
  CHECK( widest.value()->header().size() == 16384 );

  auto tooWide =
    CsvReader::open( writeFile( dir.file( "bred.csv" ), "\n\n" + distinct( 100000 ) + "1;2\n" ) );
  REQUIRE_FALSE( tooWide.ok() );
  CHECK( tooWide.error().code == MessageCode::CsvTooManyColumns );
  CHECK( tooWide.error().text() == "bred.csv: the header on line 3 has 100000 columns; at most 16384 can be "
                                   "imported (more than a spreadsheet holds), so the file is refused." );
}

TEST_CASE( "the automatic mapping takes the same time per column however many columns there are", "[limits]" )
{
  auto columns = []( int n )
  {
    std::vector<std::string> names;
    for ( int i = 0; i < n; ++i )
      names.push_back( "Kolumn " + std::to_string( i ) );
    names.push_back( "Datum" );
    names.push_back( "Kategori" );
    return names;
  };
  const auto mapping = autoMapFields( columns( 16000 ), ImportKind::Incidents );
  CHECK( mapping.at( "date" ) == "Datum" );
  CHECK( mapping.at( "category" ) == "Kategori" );
  const double growth = growthForTenfold(
    [&]( int n )
    {
      const auto names = columns( n );
      CHECK( autoMapFields( names, ImportKind::Incidents ).size() == 2 );
    },
    1600 );
  CHECK( growth < kLinearGrowthBound );
}

// --- CSV values and lines
// -----------------------------------------------------------------------------------

TEST_CASE( "a 100 MB value rejects only its row, which is kept shortened, and the rows around it import",
           "[limits]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string csv = "Datum;Kategori;X;Y;Beskrivning\n"
                    "2024-03-05;klotter;449270;6574920;Tag på busskuret\n"
                    "2024-03-06;klotter;449271;6574921;";
  csv.append( 100 * 1000 * 1000, 'x' );
  csv += "\n2024-03-07;glaskross;449272;6574922;Krossad ruta\n";
  const std::string path = writeFile( dir.file( "lång.csv" ), csv );
  csv.clear();
  csv.shrink_to_fit();
  ImportOptions options;
  const auto report = importFile( *project, path, options );
  REQUIRE( report.ok() );
  CHECK( report->rowsRead == 3 );
  CHECK( report->rowsImported == 2 );
  REQUIRE( report->rejects.size() == 1 );
  const RejectedRow &rejected = report->rejects[0];
  CHECK( rejected.rowNumber == 3 );
  CHECK( rejected.reason.code == MessageCode::ImportRowValueTooLong );
  CHECK( rejected.reason.text() ==
         "a value in column Beskrivning is 100000000 bytes long, more than the limit of "
         "1048576 bytes for one value (the row is kept shortened among the rejected)" );
  // The first 1000 bytes and an ellipsis, in the report and in the project.
  CHECK( rejected.rawRow == "2024-03-06;klotter;449271;6574921;" + std::string( 1000 - 34, 'x' ) + "…" );
  CHECK( project->db().queryInt( "SELECT length(CAST(raw_row AS BLOB)) FROM import_rejects" ) == 1003 );
}

TEST_CASE( "a quoted value over the limit with quotes and line breaks rejects its row and the next row keeps "
           "its line number",
           "[limits]" )
{
  TempDir dir;
  std::string csv = "Datum;Kategori;X;Y;Beskrivning\n2024-03-06;klotter;449271;6574921;\"";
  for ( int i = 0; i < 100000; ++i )
    csv += "rad med \"\"citat\"\"\n"; // 18 bytes as written, 16 read
  csv += "\"\n2024-03-07;glaskross;449272;6574922;Krossad ruta\n";
  auto reader = CsvReader::open( writeFile( dir.file( "citat.csv" ), csv ) );
  REQUIRE( reader.ok() );
  CsvRow row;
  REQUIRE( reader.value()->next( row ) );
  CHECK( row.lineNumber == 2 );
  CHECK( row.longestField == 1600000 );
  CHECK( row.longestFieldIndex == 4 );
  REQUIRE( reader.value()->next( row ) );
  CHECK( row.lineNumber == 100003 );
  CHECK( row.fields[1] == "glaskross" );
}

TEST_CASE( "a column name over the limit refuses the file", "[limits]" )
{
  TempDir dir;
  const std::string path =
    writeFile( dir.file( "rubrik.csv" ), "Datum;" + std::string( 2 * 1024 * 1024, 'K' ) + "\n1;2\n" );
  auto reader = CsvReader::open( path );
  REQUIRE_FALSE( reader.ok() );
  CHECK( reader.error().code == MessageCode::CsvHeaderNameTooLong );
  CHECK( reader.error().text() ==
         "rubrik.csv: a column name in the header on line 1 is 2097152 bytes long, more "
         "than the limit of 1048576 bytes; it is not a header row, so the file is "
         "refused." );
}

TEST_CASE( "a row of a million fields is counted but keeps only one more view than the column limit",
           "[limits]" )
{
  TempDir dir;
  const std::string path =
    writeFile( dir.file( "rad.csv" ), "Datum;Kategori;X;Y\n2024-03-05;klotter;449270;6574920\n" +
                                        std::string( 999999, ';' ) + "\n" );
  auto reader = CsvReader::open( path );
  REQUIRE( reader.ok() );
  CsvRow row;
  REQUIRE( reader.value()->next( row ) );
  REQUIRE( reader.value()->next( row ) );
  CHECK( row.fieldCount == 1000000 );
  CHECK( row.fields.size() == kMaxImportColumns + 1 );

  auto project = newProject( dir );
  const auto report = importFile( *project, path, ImportOptions() );
  REQUIRE( report.ok() );
  CHECK( report->rowsImported == 1 );
  REQUIRE( report->rejects.size() == 1 );
  CHECK( report->rejects[0].rowNumber == 3 );
  CHECK( report->rejects[0].reason.text() ==
         "the row has 1000000 values but the header has 4 columns (an unquoted delimiter inside a value?)" );
}

TEST_CASE( "many multi-line quoted values, stray quotes and long lines are read in linear time", "[limits]" )
{
  TempDir dir;
  //! Rows read from a file of the header and text( n ), written once.
  auto readAll = [&]( const std::string &name, const std::function<std::string( int )> &text, int n )
  {
    const std::string path = dir.file( name + std::to_string( n ) + ".csv" );
    if ( !std::filesystem::exists( path ) )
      writeFile( path, "Datum;Kategori;X;Y;Text\n" + text( n ) );
    auto reader = CsvReader::open( path );
    REQUIRE( reader.ok() );
    CsvRow row;
    int64_t count = 0;
    while ( reader.value()->next( row ) )
      ++count;
    return count;
  };
  constexpr int n = 30000;
  SECTION( "quoted values over several lines" )
  {
    auto rows = []( int count )
    { return repeated( "2024-03-05;klotter;1;2;\"rad ett\nrad \"\"två\"\"\n;tre\"", count, "\n" ) + "\n"; };
    CHECK( readAll( "multi", rows, n ) == n );
    CHECK( growthForTenfold( [&]( int count ) { readAll( "multi", rows, count ); }, n ) <
           kLinearGrowthBound );
  }
  SECTION( "a quote opened on every row and never closed" )
  {
    auto rows = []( int count ) { return repeated( "\"2024-03-05;klotter;1;2;öppen", count, "\n" ) + "\n"; };
    CHECK( readAll( "stray", rows, n ) == n );
    CHECK( growthForTenfold( [&]( int count ) { readAll( "stray", rows, count ); }, n ) <
           kLinearGrowthBound );
  }
  SECTION( "quotes that pair up across rows" )
  {
    auto rows = []( int count ) { return repeated( "\"\"\";klotter;1;2;x\"", count, "\n" ) + "\n"; };
    CHECK( readAll( "pairs", rows, n ) == n );
    CHECK( growthForTenfold( [&]( int count ) { readAll( "pairs", rows, count ); }, n ) <
           kLinearGrowthBound );
  }
  SECTION( "one line of many fields" )
  {
    auto line = []( int count ) { return std::string( static_cast<size_t>( count ) * 20, ';' ) + "\n"; };
    CHECK( readAll( "long", line, n ) == 1 );
    CHECK( growthForTenfold( [&]( int count ) { readAll( "long", line, count ); }, n ) < kLinearGrowthBound );
  }
}

// --- GeoJSON
// ------------------------------------------------------------------------------------------------

TEST_CASE( "JSON nested 100 levels passes the check and 101 levels are refused naming the line", "[limits]" )
{
  TempDir dir;
  auto nested = []( int depth ) { return std::string( depth, '[' ) + std::string( depth, ']' ); };
  CHECK( checkJsonLimits( writeFile( dir.file( "a.json" ), "\n" + nested( 100 ) ) ).ok() );
  const auto refused =
    checkJsonLimits( writeFile( dir.file( "djup.json" ), "{\n\"a\":\n" + nested( 100 ) + "}" ) );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::ImportJsonTooDeep );
  CHECK( refused.error().text() == "djup.json: the JSON on line 3 is nested more than 100 levels deep; no "
                                   "GeoJSON file needs that many, so the file is refused." );
  // Brackets inside strings are text, not nesting.
  CHECK(
    checkJsonLimits( writeFile( dir.file( "s.json" ), "{\"a\":\"" + nested( 1000 ) + "\\\"[\"}" ) ).ok() );
}

TEST_CASE( "a GeoJSON nested a million levels deep is refused by the import before GDAL reads it",
           "[limits]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path =
    writeFile( dir.file( "djup.geojson" ),
               "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"x\":" +
                 std::string( 1000000, '[' ) + std::string( 1000000, ']' ) + "},\"geometry\":null}]}" );
  const auto report = importFile( *project, path, ImportOptions() );
  REQUIRE_FALSE( report.ok() );
  CHECK( report.error().code == MessageCode::ImportJsonTooDeep );
}

TEST_CASE(
  "a GeoJSON with more property names than the column limit is refused, within one feature or across "
  "features",
  "[limits]" )
{
  TempDir dir;
  auto project = newProject( dir );
  auto feature = []( const std::string &properties )
  {
    return "{\"type\":\"Feature\",\"properties\":{" + properties +
           "},\"geometry\":{\"type\":\"Point\",\"coordinates\":[449270,6574920]}}";
  };
  SECTION( "100000 names in one feature" )
  {
    std::string properties = "\"Datum\":\"2024-03-05\",\"Kategori\":\"klotter\"";
    for ( int i = 0; i < 100000; ++i )
      properties += ",\"p" + std::to_string( i ) + "\":1";
    const std::string path =
      writeFile( dir.file( "namn.geojson" ),
                 "{\"type\":\"FeatureCollection\",\"features\":[" + feature( properties ) + "]}" );
    const auto report = importFile( *project, path, ImportOptions() );
    REQUIRE_FALSE( report.ok() );
    CHECK( report.error().code == MessageCode::ImportJsonTooManyNames );
    CHECK( report.error().text() ==
           "namn.geojson has more than 16384 different property names (passed on line "
           "1); at most 16384 columns can be imported, so the file is refused." );
  }
  SECTION( "a new name in each of 20000 features, one per line" )
  {
    std::string features;
    for ( int i = 0; i < 20000; ++i )
      features += std::string( i ? ",\n" : "" ) + feature( "\"n" + std::to_string( i ) + "\":1" );
    const std::string path = writeFile(
      dir.file( "nya.geojson" ), "{\"type\":\"FeatureCollection\",\"features\":[\n" + features + "]}" );
    const auto refused = checkJsonLimits( path );
    REQUIRE_FALSE( refused.ok() );
    // Five names besides each feature's own (type, features, properties, geometry, coordinates): after
    // feature i (on line i + 2) there are 5 + i + 1, first more than 16384 for i = 16379.
    CHECK( refused.error().text().find( "(passed on line 16381)" ) != std::string::npos );
  }
  SECTION( "the same names in 100000 features pass" )
  {
    std::string features;
    for ( int i = 0; i < 100000; ++i )
      features +=
        std::string( i ? "," : "" ) + feature( "\"Datum\":\"2024-03-05\",\"Kategori\":\"klotter\"" );
    CHECK( checkJsonLimits( writeFile( dir.file( "samma.geojson" ),
                                       "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}" ) )
             .ok() );
  }
}

TEST_CASE( "the JSON check reads a feature collection on one line in linear time", "[limits]" )
{
  TempDir dir;
  auto collection = [&]( int n )
  {
    const std::string path = dir.file( "rad" + std::to_string( n ) + ".geojson" );
    if ( !std::filesystem::exists( path ) )
      writeFile( path,
                 "{\"type\":\"FeatureCollection\",\"features\":[" +
                   repeated( "{\"type\":\"Feature\",\"properties\":{\"Datum\":\"2024-03-05\",\"Kategori\":"
                             "\"klotter\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[449270,"
                             "6574920]}}",
                             n, "," ) +
                   "]}" );
    return path;
  };
  CHECK( checkJsonLimits( collection( 100000 ) ).ok() );
  CHECK( growthForTenfold( [&]( int n ) { CHECK( checkJsonLimits( collection( n ) ).ok() ); }, 10000 ) <
         kLinearGrowthBound );
}

// --- Spreadsheets
// -------------------------------------------------------------------------------------------

TEST_CASE( "a spreadsheet within Excel's rows and columns imports", "[limits]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = dir.file( "blad.xlsx" );
  writeWorkbook( path, sheetRow( 1, kSheetHeader ) + sheetRow( 2, kSheetRow ) + sheetRow( 3, kSheetRow ) );
  CHECK( checkSheetLimits( path ).ok() );
  const auto report = importFile( *project, path, ImportOptions() );
  REQUIRE( report.ok() );
  CHECK( report->rowsImported == 2 );
}

TEST_CASE( "a sheet row numbered past 1048576 is refused naming the sheet, the row and the limit",
           "[limits]" )
{
  TempDir dir;
  auto project = newProject( dir );
  SECTION( "one row far down" )
  {
    const std::string path = dir.file( "långt.xlsx" );
    writeWorkbook( path,
                   sheetRow( 1, kSheetHeader ) + sheetRow( 2, kSheetRow ) + sheetRow( 1048577, kSheetRow ) );
    const auto report = importFile( *project, path, ImportOptions() );
    REQUIRE_FALSE( report.ok() );
    CHECK( report.error().code == MessageCode::ImportSheetTooManyRows );
    CHECK( report.error().text() ==
           "långt.xlsx: the sheet xl/worksheets/sheet1.xml has a row numbered 1048577; a "
           "sheet has at most 1048576 rows (as in Excel), so the file is refused." );
  }
  SECTION( "rows numbered 9999 apart, which GDAL would fill with empty rows" )
  {
    // A few kilobytes asking for two million rows: row 1 and rows 2 + 9999 k for k = 0 … 199; the first past
    // the limit is k = 105, numbered 2 + 9999 × 105 = 1049897.
    std::string rows = sheetRow( 1, kSheetHeader );
    for ( int k = 0; k < 200; ++k )
      rows += sheetRow( 2 + 9999 * k, kSheetRow );
    const std::string path = dir.file( "glapp.xlsx" );
    writeWorkbook( path, rows );
    const auto refused = checkSheetLimits( path );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().text().find( "a row numbered 1049897;" ) != std::string::npos );
  }
  SECTION( "rows without numbers count on from the last" )
  {
    const std::string path = dir.file( "utan.xlsx" );
    writeWorkbook( path, sheetRow( 1048575, kSheetHeader ) + "<row><c><v>1</v></c></row><row/>" );
    const auto refused = checkSheetLimits( path );
    REQUIRE_FALSE( refused.ok() );
    CHECK( refused.error().text().find( "a row numbered 1048577;" ) != std::string::npos );
  }
}

TEST_CASE( "a sheet cell past column XFD is refused naming the row, the column and the limit", "[limits]" )
{
  TempDir dir;
  const std::string within = dir.file( "xfd.xlsx" );
  writeWorkbook( within, sheetRow( 1, kSheetHeader ) + "<row r=\"2\"><c r=\"XFD2\"><v>1</v></c></row>" );
  CHECK( checkSheetLimits( within ).ok() );
  const std::string past = dir.file( "xfe.xlsx" );
  writeWorkbook( past,
                 sheetRow( 1, kSheetHeader ) + "<x:row r=\"7\"><x:c r=\"XFE7\"><v>1</v></x:c></x:row>" );
  const auto refused = checkSheetLimits( past );
  REQUIRE_FALSE( refused.ok() );
  CHECK( refused.error().code == MessageCode::ImportSheetTooManyColumns );
  CHECK( refused.error().text() ==
         "xfe.xlsx: the sheet xl/worksheets/sheet1.xml has a cell on row 7 in column "
         "number 16385; a sheet has at most 16384 columns (as in Excel), so the file is "
         "refused." );
}

TEST_CASE( "the sheet check reads a workbook in linear time", "[limits]" )
{
  TempDir dir;
  auto workbook = [&]( int n )
  {
    const std::string path = dir.file( "rader" + std::to_string( n ) + ".xlsx" );
    if ( !std::filesystem::exists( path ) )
    {
      std::string rows = sheetRow( 1, kSheetHeader );
      for ( int i = 2; i <= n + 1; ++i )
        rows += sheetRow( i, kSheetRow );
      writeWorkbook( path, rows );
    }
    return path;
  };
  CHECK( growthForTenfold( [&]( int n ) { CHECK( checkSheetLimits( workbook( n ) ).ok() ); }, 10000 ) <
         kLinearGrowthBound );
}

TEST_CASE( "a file that is not a workbook or not JSON passes the checks for GDAL to judge", "[limits]" )
{
  TempDir dir;
  CHECK( checkSheetLimits( writeFile( dir.file( "inte.xlsx" ), "Datum;Kategori\n" ) ).ok() );
  CHECK( checkSheetLimits( dir.file( "saknas.xlsx" ) ).ok() );
  CHECK( checkJsonLimits( dir.file( "saknas.json" ) ).ok() );
}

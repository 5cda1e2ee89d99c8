#include <catch2/catch.hpp>

#include "fieldmapping.h"
#include "importer.h"
#include "projectfile.h"
#include "testutil.h"

#include <map>
#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;
using testutil::writeFile;

using Mapping = std::map<std::string, std::string>;

TEST_CASE( "column names compare without case, accents, spaces and punctuation", "[fieldmapping]" )
{
  CHECK( normalizeName( "Händelse-typ" ) == "handelsetyp" );
  CHECK( normalizeName( "  Datum (från) " ) == "datumfran" );
  CHECK( normalizeName( "KÖRDA_KM" ) == "kordakm" );
  CHECK( normalizeName( "Källa" ) == "kalla" );
}

TEST_CASE( "Swedish headers map to the project's incident fields", "[fieldmapping]" )
{
  const Mapping mapping = autoMapFields(
    { "Datum", "Klockslag", "Händelse", "Beskrivning", "Organisation", "Platstyp", "Antal", "N", "E" },
    ImportKind::Incidents );
  CHECK( mapping == Mapping{ { "date", "Datum" },
                             { "time", "Klockslag" },
                             { "category", "Händelse" },
                             { "description", "Beskrivning" },
                             { "organisation", "Organisation" },
                             { "place_type", "Platstyp" },
                             { "weight", "Antal" },
                             { "y", "N" },
                             { "x", "E" } } );
}

TEST_CASE( "English headers map to the same fields", "[fieldmapping]" )
{
  const Mapping mapping =
    autoMapFields( { "date", "time", "category", "description", "reported by", "latitude", "longitude" },
                   ImportKind::Incidents );
  CHECK( mapping == Mapping{ { "date", "date" },
                             { "time", "time" },
                             { "category", "category" },
                             { "description", "description" },
                             { "organisation", "reported by" },
                             { "lat", "latitude" },
                             { "lon", "longitude" } } );
}

TEST_CASE( "an interval's columns and unknown columns", "[fieldmapping]" )
{
  const Mapping mapping =
    autoMapFields( { "Från", "Till", "Kategori", "X", "Y", "Ärendenummer" }, ImportKind::Incidents );
  CHECK(
    mapping ==
    Mapping{
      { "from", "Från" }, { "until", "Till" }, { "category", "Kategori" }, { "x", "X" }, { "y", "Y" } } );
}

TEST_CASE( "for observations 'kategori' is the checklist item, not an incident category", "[fieldmapping]" )
{
  const Mapping mapping = autoMapFields(
    { "Vandring", "Kategori", "Betyg", "Kommentar", "Åtgärd", "lat", "lon" }, ImportKind::Observations );
  CHECK( mapping == Mapping{ { "walk", "Vandring" },
                             { "checklist_item", "Kategori" },
                             { "rating", "Betyg" },
                             { "note", "Kommentar" },
                             { "proposed_action", "Åtgärd" },
                             { "lat", "lat" },
                             { "lon", "lon" } } );
}

TEST_CASE( "a column is mapped to one field only", "[fieldmapping]" )
{
  // "text" could be the description; "beskrivning" is the better name and takes it, "text" stays unmapped.
  const Mapping mapping = autoMapFields( { "beskrivning", "text", "datum" }, ImportKind::Incidents );
  CHECK( mapping.at( "description" ) == "beskrivning" );
  for ( const auto &[field, column] : mapping )
    CHECK( column != "text" );
}

TEST_CASE( "numbers are read with a decimal point or comma and spaces between thousands", "[fieldmapping]" )
{
  CHECK( parseNumber( "6574920" ).value_or( -1 ) == 6574920 );
  CHECK( parseNumber( "59,3101" ).value_or( -1 ) == Approx( 59.3101 ) );
  CHECK( parseNumber( "14.1089" ).value_or( -1 ) == Approx( 14.1089 ) );
  CHECK( parseNumber( "6 574 920" ).value_or( -1 ) == 6574920 );
  CHECK( parseNumber( "-3,5" ).value_or( 0 ) == Approx( -3.5 ) );
  CHECK_FALSE( parseNumber( "" ) );
  CHECK_FALSE( parseNumber( "abc" ) );
  CHECK_FALSE( parseNumber( "12abc" ) );
}

TEST_CASE( "the user's mapping overrides the automatic one in an import", "[fieldmapping][import]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  // "datum" would be the date automatically; the user says the date is "rapporterad", and names the
  // coordinate columns, which no rule knows.
  const std::string csv = writeFile( dir.file( "h.csv" ), "datum,rapporterad,kategori,position_a,position_b\n"
                                                          "2024-01-01,2024-05-03,klotter,449270,6574920\n" );
  ImportOptions options;
  options.fieldMap = { { "date", "rapporterad" }, { "x", "position_a" }, { "y", "position_b" } };
  options.sourceEpsg = 3006;
  const auto report = importFile( *project.value(), csv, options );
  REQUIRE( report.ok() );
  CHECK( report->rowsImported == 1 );
  CHECK( report->mapping.at( "date" ) == "rapporterad" );
  CHECK( report->mapping.at( "x" ) == "position_a" );
  CHECK( report->mapping.at( "y" ) == "position_b" );
  // 2024-05-03 00:00 in Stockholm (summer time) is 2024-05-02 22:00 UTC.
  CHECK( project.value()->db().queryText( "SELECT occurred_from FROM incidents" ) ==
         "2024-05-02T22:00:00.000Z" );

  SECTION( "an override naming a column the file does not have is refused" )
  {
    options.fieldMap = { { "date", "saknas" } };
    const auto refused = importFile( *project.value(), csv, options );
    CHECK_FALSE( refused.ok() );
  }
}

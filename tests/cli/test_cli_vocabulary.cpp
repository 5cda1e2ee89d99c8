// crosswalk and category end to end: the coordinator's vocabulary edited with the real command-line tool,
// what is stored checked in the project file, refusals with exit code 1 and nothing changed, usage errors
// with 2.

#include "clitestutil.h"
#include "database.h"
#include "geometryblob.h"
#include "policevocabulary.h"
#include "projectfile.h"
#include "testutil.h"

#include <catch2/catch.hpp>

#include <string>

using clitest::cli;

namespace
{

int64_t queryInt( const std::string &project, const std::string &sql )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  return ( *file )->db().queryInt( sql, -1 );
}

std::string queryText( const std::string &project, const std::string &sql )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  return ( *file )->db().queryText( sql, "(none)" );
}

//! Every row a vocabulary command may change, as text.
std::string snapshot( const std::string &project )
{
  auto file = tryggkarta::ProjectFile::open( project, true );
  REQUIRE( file.ok() );
  std::string out;
  for ( const char *sql :
        { "SELECT code || '|' || label_sv || '|' || label_en || '|' || group_code || '|' || color || '|' || "
          "hidden FROM categories ORDER BY code",
          "SELECT fid || '|' || category FROM incidents ORDER BY fid",
          "SELECT name || '|' || coalesce(description, '') FROM crosswalks ORDER BY name",
          "SELECT crosswalk_id || '|' || source_value || '|' || coalesce(category, '-') || '|' || leave_out "
          "|| "
          "'|' || coalesce(note, '') FROM crosswalk_entries ORDER BY fid",
          "SELECT count(*) FROM audit_log" } )
  {
    auto s = ( *file )->db().prepare( sql );
    while ( s.step() )
      out += s.text( 0 ) + "\n";
  }
  return out;
}

void addIncidents( const std::string &project, const std::string &category, int count )
{
  auto file = tryggkarta::ProjectFile::open( project );
  REQUIRE( file.ok() );
  auto s =
    ( *file )->db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                             "updated_at) VALUES (?, '2026-05-01T10:00:00Z', ?, 'est', '2026-05-01', "
                             "'2026-05-01')" );
  for ( int i = 0; i < count; ++i )
  {
    const auto blob = tryggkarta::encodeGpkgPoint( 3006, 450100 + i, 6580100 );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, category );
    s.run();
    s.reset();
  }
}

} // namespace

TEST_CASE( "crosswalk lists, shows, sets, exports, imports and removes a project's crosswalks",
           "[cli][crosswalk]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );

  auto run = cli( { "crosswalk", project, "list" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( std::string( tryggkarta::kPoliceCrosswalkName ) + "\t" +
                          std::to_string( tryggkarta::policeEventTypes().size() ) + " lines" ) !=
         std::string::npos );

  run = cli( { "crosswalk", project, "show", "POLISEN" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Misshandel\t→ vald (Våld)" ) != std::string::npos );
  CHECK( run.output.find( "Trafikolycka\t→ left out on purpose" ) != std::string::npos );

  run = cli( { "crosswalk", project, "set", "Bolaget", "Klotter på fasad=klotter", "Krossad ruta=glaskross",
               "--leave-out", "Hissfel", "--leave-out", "Fel på porttelefon" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "4 lines set" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalk_entries e JOIN crosswalks c ON c.fid = "
                            "e.crosswalk_id WHERE c.name = 'Bolaget'" ) == 4 );
  CHECK( queryText( project, "SELECT category FROM crosswalk_entries WHERE source_value = 'Krossad ruta'" ) ==
         "glaskross" );
  CHECK( queryInt( project, "SELECT leave_out FROM crosswalk_entries WHERE source_value = 'Hissfel'" ) == 1 );
  CHECK( queryInt( project,
                   "SELECT count(*) FROM audit_log WHERE table_name = 'crosswalk_entries' AND actor = "
                   "'tryggkarta-cli' AND details LIKE '%Bolaget%'" ) == 1 );
  // A value already there (in another case) is changed, not added.
  REQUIRE( cli( { "crosswalk", project, "set", "bolaget", "KROSSAD RUTA=skadegorelse_ovrig" } ).exitCode ==
           0 );
  CHECK(
    queryText( project, "SELECT category FROM crosswalk_entries WHERE source_value LIKE 'krossad ruta'" ) ==
    "skadegorelse_ovrig" );
  CHECK( queryInt( project,
                   "SELECT count(*) FROM crosswalk_entries WHERE source_value LIKE 'krossad ruta'" ) == 1 );

  const std::string csv = dir.file( "bolaget.csv" );
  run = cli( { "crosswalk", project, "export", "Bolaget", csv } );
  REQUIRE( run.exitCode == 0 );
  const std::string written = testutil::readFile( csv );
  CHECK( written.rfind( "\xEF\xBB\xBFsource_value;category;leave_out;note\r\n", 0 ) == 0 );
  CHECK( written.find( "Hissfel;;1;" ) != std::string::npos );
  CHECK( written.find( "KROSSAD RUTA;skadegorelse_ovrig;0;" ) != std::string::npos ); // as last written
  run = cli( { "crosswalk", project, "import", "Kopia", csv } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Read 4 lines" ) != std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalk_entries e JOIN crosswalks c ON c.fid = "
                            "e.crosswalk_id WHERE c.name = 'Kopia'" ) == 4 );

  run = cli( { "crosswalk", project, "remove", "Bolaget", "hissfel" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalk_entries WHERE source_value = 'Hissfel'" ) == 1 );
  run = cli( { "crosswalk", project, "remove", "Kopia" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalks WHERE name = 'Kopia'" ) == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM crosswalk_entries WHERE source_value = 'Hissfel'" ) == 0 );
  run = cli( { "crosswalk", "list", project } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Bolaget\t3 lines (1 left out)" ) != std::string::npos );

  SECTION( "refusals say why, exit 1 and change nothing" )
  {
    const std::string before = snapshot( project );
    run = cli( { "crosswalk", project, "set", "Bolaget", "Bus=bus_och_ofog", "Klotter på fasad=glaskross" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'Bus' in crosswalk 'Bolaget' would be read as 'bus_och_ofog', which is not a "
                            "category of the project." ) != std::string::npos );
    run = cli( { "crosswalk", project, "show", "Saknas" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "no crosswalk named 'Saknas'" ) != std::string::npos );
    run = cli( { "crosswalk", project, "remove", "Bolaget", "Finns inte" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "has no line for 'Finns inte'" ) != std::string::npos );
    const std::string bad = testutil::writeFile(
      dir.file( "bad.csv" ), "source_value;category;leave_out;note\nBrand;brand;0;\nOfog;;kanske;\n" );
    run = cli( { "crosswalk", project, "import", "Bolaget", bad } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( bad + ", row 3: leave_out is 'kanske'" ) != std::string::npos );
    CHECK( run.output.find( "Nothing was read from the file." ) != std::string::npos );
    run = cli( { "crosswalk", project, "export", "Bolaget", dir.file( "saknas/mapp/x.csv" ) } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "cannot write" ) != std::string::npos );
    CHECK( snapshot( project ) == before );
  }

  SECTION( "usage errors exit 2" )
  {
    const std::string before = snapshot( project );
    CHECK( cli( { "crosswalk", project } ).exitCode == 2 );
    CHECK( cli( { "crosswalk", project, "rename", "Bolaget" } ).exitCode == 2 );
    run = cli( { "crosswalk", project, "set", "Bolaget", "Brand" } );
    CHECK( run.exitCode == 2 );
    CHECK( run.output.find( "VALUE=CODE" ) != std::string::npos );
    CHECK( cli( { "crosswalk", project, "set", "Bolaget" } ).exitCode == 2 );
    CHECK( cli( { "crosswalk", project, "export", "Bolaget" } ).exitCode == 2 );
    CHECK( cli( { "crosswalk", project, "list", "--leave-out", "X" } ).exitCode == 2 );
    CHECK( snapshot( project ) == before );
  }
}

TEST_CASE( "category lists, adds, renames, recolours, moves, hides, shows and merges categories",
           "[cli][category]" )
{
  testutil::TempDir dir;
  const std::string project = dir.file( "p.gpkg" );
  REQUIRE( cli( { "new", project } ).exitCode == 0 );
  addIncidents( project, "glaskross", 5 );
  addIncidents( project, "skadegorelse_ovrig", 2 );

  auto run = cli( { "category", project, "list" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Skadegörelse (skadegorelse)\n" ) != std::string::npos );
  CHECK( run.output.find( "  glaskross\t" ) != std::string::npos );
  CHECK( run.output.find( "Glaskross / Broken glass\t5 incidents" ) != std::string::npos );

  run =
    cli( { "category", project, "add", "hundbajs", "--label-sv", "Hundbajs", "--group", "nedskrapning" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Added the category hundbajs (Hundbajs) to the group nedskrapning, colour #" ) !=
         std::string::npos );
  CHECK( queryText( project, "SELECT label_en FROM categories WHERE code = 'hundbajs'" ) == "Hundbajs" );
  REQUIRE( cli( { "category", project, "add", "bus", "--label-sv", "Bus", "--label-en", "Mischief", "--group",
                  "ordningsstorning", "--color", "#123ABC" } )
             .exitCode == 0 );
  CHECK( queryText( project, "SELECT color FROM categories WHERE code = 'bus'" ) == "#123abc" );

  REQUIRE( cli( { "category", project, "rename", "bus", "--label-sv", "Bus och ofog", "--label-en",
                  "Mischief "
                  "and pranks" } )
             .exitCode == 0 );
  CHECK( queryText( project, "SELECT label_sv || '/' || label_en FROM categories WHERE code = 'bus'" ) ==
         "Bus och ofog/Mischief and pranks" );
  REQUIRE( cli( { "category", project, "recolour", "bus", "#00AA00" } ).exitCode == 0 );
  CHECK( queryText( project, "SELECT color FROM categories WHERE code = 'bus'" ) == "#00aa00" );
  REQUIRE( cli( { "category", project, "move", "bus", "samling" } ).exitCode == 0 );
  CHECK( queryText( project, "SELECT group_code FROM categories WHERE code = 'bus'" ) == "samling" );
  REQUIRE( cli( { "category", project, "hide", "bus" } ).exitCode == 0 );
  CHECK( queryInt( project, "SELECT hidden FROM categories WHERE code = 'bus'" ) == 1 );
  run = cli( { "category", project, "list" } );
  CHECK( run.output.find( "Bus och ofog / Mischief and pranks\t0 incidents\thidden" ) != std::string::npos );
  REQUIRE( cli( { "category", project, "show", "bus" } ).exitCode == 0 );
  CHECK( queryInt( project, "SELECT hidden FROM categories WHERE code = 'bus'" ) == 0 );
  CHECK( queryInt( project, "SELECT count(*) FROM audit_log WHERE table_name = 'categories' AND actor = "
                            "'tryggkarta-cli' AND details LIKE '%''bus''%'" ) == 6 );

  REQUIRE( cli( { "crosswalk", project, "set", "Bolaget", "Krossad ruta=glaskross" } ).exitCode == 0 );
  run = cli( { "category", project, "merge", "glaskross", "skadegorelse_ovrig" } );
  REQUIRE( run.exitCode == 0 );
  CHECK( run.output.find( "Merged glaskross into skadegorelse_ovrig: 5 incidents moved" ) !=
         std::string::npos );
  CHECK( queryInt( project, "SELECT count(*) FROM incidents WHERE category = 'skadegorelse_ovrig'" ) == 7 );
  CHECK( queryInt( project, "SELECT count(*) FROM categories WHERE code = 'glaskross'" ) == 0 );
  CHECK( queryText( project, "SELECT category FROM crosswalk_entries WHERE source_value = 'Krossad ruta'" ) ==
         "skadegorelse_ovrig" );
  CHECK( queryInt( project, "SELECT count(*) FROM audit_log WHERE action = 'merge' AND row_count = 5" ) ==
         1 );

  SECTION( "refusals say why, exit 1 and change nothing" )
  {
    const std::string before = snapshot( project );
    run = cli( { "category", project, "add", "Bus Ofog", "--label-sv", "X", "--group", "samling" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'Bus Ofog' cannot be a category code" ) != std::string::npos );
    run = cli( { "category", project, "add", "bus", "--label-sv", "X", "--group", "samling" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "already has a category 'bus'" ) != std::string::npos );
    run = cli( { "category", project, "add", "ny", "--label-sv", "Ny", "--group", "ingen" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'ingen' is not a category group" ) != std::string::npos );
    run = cli( { "category", project, "recolour", "bus", "grön" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'grön' is not a colour: write it as #rrggbb." ) != std::string::npos );
    run = cli( { "category", project, "rename", "finns_inte", "--label-sv", "X" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'finns_inte' is not a category of the project." ) != std::string::npos );
    run = cli( { "category", project, "merge", "bus", "bus" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "cannot be merged into itself" ) != std::string::npos );
    run = cli( { "category", project, "merge", "glaskross", "bus" } );
    CHECK( run.exitCode == 1 );
    CHECK( run.output.find( "'glaskross' is not a category" ) != std::string::npos );
    CHECK( snapshot( project ) == before );
  }

  SECTION( "usage errors exit 2" )
  {
    const std::string before = snapshot( project );
    CHECK( cli( { "category", project, "delete", "bus" } ).exitCode == 2 );
    CHECK( cli( { "category", project, "add", "ny", "--label-sv", "Ny" } ).exitCode == 2 );
    CHECK( cli( { "category", project, "rename", "bus" } ).exitCode == 2 );
    CHECK( cli( { "category", project, "recolour", "bus" } ).exitCode == 2 );
    CHECK( cli( { "category", project, "merge", "bus" } ).exitCode == 2 );
    CHECK( cli( { "category", project, "hide", "bus", "--group", "samling" } ).exitCode == 2 );
    CHECK( snapshot( project ) == before );
  }
}

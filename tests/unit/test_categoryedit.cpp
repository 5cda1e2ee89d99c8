// The coordinator's vocabulary: categories added, renamed, recoloured, moved, hidden and merged, each change
// one transaction with an audit line and every refusal changing nothing; a merge moving the incidents,
// crosswalk lines, priorities' and evaluations' lists in one transaction; colours compared in CIE Lab, and
// the default colours of a new project clearly apart.

#include "testutil.h"
#include "testproject.h"

#include "categoryedit.h"
#include "crosswalks.h"
#include "database.h"
#include "geometryblob.h"
#include "policevocabulary.h"
#include "projectfile.h"
#include "vocabulary.h"

#include <catch2/catch.hpp>

#include <gdal_priv.h>
#include <ogr_geometry.h>

#include <cmath>
#include <limits>
#include <map>
#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{

const CategoryWriteOptions kOptions{ "samordnare", "test" };

int64_t count( Database &db, const std::string &sql )
{
  return db.queryInt( sql );
}

void addIncident( Database &db, const std::string &category, double x = 450000, double y = 6580000 )
{
  const auto blob = encodeGpkgPoint( 3006, x, y );
  Statement s =
    db.prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                "updated_at) VALUES (?, '2026-03-01T10:00:00Z', ?, 'est', '2026-03-01', '2026-03-01')" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, category );
  s.run();
}

//! Everything a category change or merge may touch, as text, to compare before and after a refusal.
std::string snapshot( Database &db )
{
  std::string out;
  for ( const char *sql :
        { "SELECT code || '|' || label_sv || '|' || label_en || '|' || group_code || '|' || color || '|' || "
          "hidden FROM categories ORDER BY code",
          "SELECT fid || '|' || category FROM incidents ORDER BY fid",
          "SELECT fid || '|' || coalesce(category, '-') FROM crosswalk_entries ORDER BY fid",
          "SELECT fid || '|' || coalesce(categories, '-') FROM priorities ORDER BY fid",
          "SELECT fid || '|' || coalesce(categories, '-') FROM evaluations ORDER BY fid" } )
  {
    Statement s = db.prepare( sql );
    while ( s.step() )
      out += s.text( 0 ) + "\n";
    out += "--\n";
  }
  return out;
}

std::optional<Category> categoryOf( ProjectFile &project, const std::string &code )
{
  for ( const Category &c : project.categories() )
    if ( c.code == code )
      return c;
  return std::nullopt;
}

} // namespace

TEST_CASE( "colourDistance is CIE76 in Lab from sRGB", "[categoryedit]" )
{
  // Reference Lab (D65) of sRGB red, green and white: L 53.2408, a 80.0925, b 67.2032 and so on.
  const double red[3] = { 53.2408, 80.0925, 67.2032 };
  const double green[3] = { 87.7347, -86.1827, 83.1793 };
  const double redToBlack = std::sqrt( red[0] * red[0] + red[1] * red[1] + red[2] * red[2] );
  const double redToGreen =
    std::sqrt( ( red[0] - green[0] ) * ( red[0] - green[0] ) + ( red[1] - green[1] ) * ( red[1] - green[1] ) +
               ( red[2] - green[2] ) * ( red[2] - green[2] ) );
  CHECK( colourDistance( "#ff0000", "#000000" ) == Approx( redToBlack ).margin( 0.01 ) );
  CHECK( colourDistance( "#FF0000", "#00ff00" ) == Approx( redToGreen ).margin( 0.01 ) );
  CHECK( colourDistance( "#000000", "#ffffff" ) == Approx( 100.0 ).margin( 0.01 ) );
  CHECK( colourDistance( "#2e86c1", "#2E86C1" ) == 0.0 );
  CHECK( colourDistance( "#123456", "#654321" ) == Approx( colourDistance( "#654321", "#123456" ) ) );
  CHECK( std::isinf( colourDistance( "red", "#000000" ) ) );
  CHECK( std::isinf( colourDistance( "#00000g", "#000000" ) ) );
}

TEST_CASE( "Every two categories of a new project are clearly apart in colour, the old near twins too",
           "[categoryedit]" )
{
  TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project );
  const std::vector<Category> categories = ( *project )->categories();
  REQUIRE( categories.size() >= 22 );
  double smallest = std::numeric_limits<double>::infinity();
  std::string pair;
  for ( std::size_t i = 0; i < categories.size(); ++i )
    for ( std::size_t j = i + 1; j < categories.size(); ++j )
    {
      const double d = colourDistance( categories[i].color, categories[j].color );
      REQUIRE_FALSE( std::isinf( d ) );
      if ( d < smallest )
      {
        smallest = d;
        pair = categories[i].code + " " + categories[i].color + " / " + categories[j].code + " " +
               categories[j].color;
      }
    }
  INFO( "closest: " << pair << ", " << smallest );
  CHECK( smallest >= 20 );
  std::map<std::string, std::string> colour;
  for ( const Category &c : categories )
    colour[c.code] = c.color;
  CHECK( colourDistance( colour["inbrott"], colour["arrangemang"] ) >= 30 );
  CHECK( colourDistance( colour["brak_hot"], colour["incident_personal"] ) >= 30 );
  CHECK( colourDistance( colour["skymd_sikt"], colour["positiv_plats"] ) >= 30 );
}

TEST_CASE( "Migration 6 gives an older project the new default colours, keeping those the coordinator chose",
           "[categoryedit]" )
{
  TempDir dir;
  const std::string path = dir.file( "v5.gpkg" );
  {
    GDALAllRegister();
    GDALDataset *ds = GetGDALDriverManager()->GetDriverByName( "GPKG" )->Create( path.c_str(), 0, 0, 0,
                                                                                 GDT_Unknown, nullptr );
    GDALClose( ds );
    Database db( path, Database::Mode::ReadWrite );
    migrate( db, 0, 5 );
    db.exec( "UPDATE categories SET color = '#FF0000' WHERE code = 'arrangemang'" );
  }
  auto fresh = ProjectFile::create( dir.file( "new.gpkg" ) );
  REQUIRE( fresh );
  auto project = ProjectFile::open( path );
  REQUIRE( project );
  std::map<std::string, std::string> now, expected;
  for ( const Category &c : ( *project )->categories() )
    now[c.code] = c.color;
  for ( const Category &c : ( *fresh )->categories() )
    expected[c.code] = c.color;
  CHECK( now["arrangemang"] == "#FF0000" ); // chosen by the coordinator: kept
  CHECK( expected["arrangemang"] != "#FF0000" );
  now.erase( "arrangemang" );
  expected.erase( "arrangemang" );
  CHECK( now == expected ); // every other colour as a new project has it, the police-only ones included
  CHECK( CrosswalkStore( ( *project )->db() ).load( kPoliceCrosswalkName ) );
}

TEST_CASE( "A category is added with a checked code, name, group and colour, and an audit line",
           "[categoryedit]" )
{
  testutil::NewProject fixture;
  Database &db = fixture.db;
  CategoryEditor editor( db );
  const std::string before = snapshot( db );
  const int64_t auditBefore = count( db, "SELECT count(*) FROM audit_log" );

  const std::pair<NewCategory, MessageCode> refused[] = {
    { { "Bus", "Bus", "", "ordningsstorning", "" }, MessageCode::CategoryCodeInvalid },
    { { "bus ofog", "Bus", "", "ordningsstorning", "" }, MessageCode::CategoryCodeInvalid },
    { { std::string( 41, 'a' ), "Bus", "", "ordningsstorning", "" }, MessageCode::CategoryCodeInvalid },
    { { "", "Bus", "", "ordningsstorning", "" }, MessageCode::CategoryCodeInvalid },
    { { "klotter", "Klotter igen", "", "skadegorelse", "" }, MessageCode::CategoryCodeTaken },
    { { "bus", "  ", "", "ordningsstorning", "" }, MessageCode::CategoryLabelEmpty },
    { { "bus", "Bus", "", "ingen_grupp", "" }, MessageCode::CategoryGroupUnknown },
    { { "bus", "Bus", "", "ordningsstorning", "red" }, MessageCode::CategoryBadColour },
    { { "bus", "Bus", "", "ordningsstorning", "#12345" }, MessageCode::CategoryBadColour },
    { { "bus", "Bus", "", "ordningsstorning", "#12345g" }, MessageCode::CategoryBadColour },
  };
  for ( const auto &[category, code] : refused )
  {
    INFO( category.code << " " << category.color );
    auto added = editor.add( category, kOptions );
    REQUIRE_FALSE( added );
    CHECK( added.error().code == code );
  }
  CHECK( snapshot( db ) == before );
  CHECK( count( db, "SELECT count(*) FROM audit_log" ) == auditBefore );

  REQUIRE(
    editor.add( { "bus_ofog", " Bus och ofog ", "Mischief", "ordningsstorning", "#ABCDEF" }, kOptions ) );
  auto bus = categoryOf( *fixture.project, "bus_ofog" );
  REQUIRE( bus );
  CHECK( bus->labelSv == "Bus och ofog" );
  CHECK( bus->labelEn == "Mischief" );
  CHECK( bus->group == "ordningsstorning" );
  CHECK( bus->color == "#abcdef" );
  CHECK_FALSE( bus->hidden );
  CHECK( fixture.project->categories().back().code == "bus_ofog" );
  CHECK( count( db, "SELECT count(*) FROM audit_log WHERE action = 'add' AND table_name = 'categories' AND "
                    "actor = 'samordnare' AND details LIKE '%bus_ofog%Bus och ofog%'" ) == 1 );

  // Without a colour: the suggestion, clearly apart from every colour in use; without English: the Swedish.
  const std::string suggested = suggestCategoryColour( db );
  for ( const Category &c : fixture.project->categories() )
    CHECK( colourDistance( suggested, c.color ) >= 15 );
  REQUIRE( editor.add( { "hundbajs", "Hundbajs", "", "nedskrapning", "" }, kOptions ) );
  auto dog = categoryOf( *fixture.project, "hundbajs" );
  REQUIRE( dog );
  CHECK( dog->color == suggested );
  CHECK( dog->labelEn == "Hundbajs" );
  CHECK( suggestCategoryColour( db ) != suggested );
  // An incident can be of the new category.
  addIncident( db, "hundbajs" );
  CHECK( count( db, "SELECT count(*) FROM incidents WHERE category = 'hundbajs'" ) == 1 );
}

TEST_CASE( "A category is renamed, recoloured, moved, hidden and shown, a refused change changing nothing",
           "[categoryedit]" )
{
  testutil::NewProject fixture;
  Database &db = fixture.db;
  CategoryEditor editor( db );
  addIncident( db, "klotter" );

  CategoryChange rename;
  rename.labelSv = "Klotter och tags";
  rename.labelEn = "Graffiti and tags";
  REQUIRE( editor.change( "klotter", rename, kOptions ) );
  CategoryChange recolour;
  recolour.color = "#0A0B0C";
  REQUIRE( editor.change( "klotter", recolour, kOptions ) );
  CategoryChange move;
  move.group = "otrygg_plats";
  REQUIRE( editor.change( "klotter", move, kOptions ) );
  auto klotter = categoryOf( *fixture.project, "klotter" );
  REQUIRE( klotter );
  CHECK( klotter->labelSv == "Klotter och tags" );
  CHECK( klotter->labelEn == "Graffiti and tags" );
  CHECK( klotter->color == "#0a0b0c" );
  CHECK( klotter->group == "otrygg_plats" );
  CHECK( count( db, "SELECT count(*) FROM audit_log WHERE action = 'edit' AND table_name = 'categories' AND "
                    "details LIKE 'category ''klotter''%'" ) == 3 );

  // Hidden: kept, still the category of its incidents, out of the pickers (which read the flag).
  CategoryChange hide;
  hide.hidden = true;
  REQUIRE( editor.change( "klotter", hide, kOptions ) );
  klotter = categoryOf( *fixture.project, "klotter" );
  REQUIRE( klotter );
  CHECK( klotter->hidden );
  auto vocabulary = readVocabulary( db );
  REQUIRE( vocabulary );
  bool listedHidden = false;
  for ( const Category &c : vocabulary->categories )
    if ( c.code == "klotter" )
      listedHidden = c.hidden;
  CHECK( listedHidden );
  CHECK( count( db, "SELECT count(*) FROM incidents WHERE category = 'klotter'" ) == 1 );
  addIncident( db, "klotter" ); // still valid for incidents
  CHECK( count( db, "SELECT count(*) FROM audit_log WHERE details LIKE '%klotter%hidden%'" ) == 1 );
  CategoryChange show;
  show.hidden = false;
  REQUIRE( editor.change( "klotter", show, kOptions ) );
  CHECK_FALSE( categoryOf( *fixture.project, "klotter" )->hidden );

  // An English name left empty becomes the Swedish.
  CategoryChange noEnglish;
  noEnglish.labelEn = " ";
  REQUIRE( editor.change( "klotter", noEnglish, kOptions ) );
  CHECK( categoryOf( *fixture.project, "klotter" )->labelEn == "Klotter och tags" );

  const std::string before = snapshot( db );
  const int64_t auditBefore = count( db, "SELECT count(*) FROM audit_log" );
  CategoryChange badColour;
  badColour.labelSv = "Nytt namn";
  badColour.color = "#zzzzzz";
  CHECK_REFUSED( editor.change( "klotter", badColour, kOptions ), MessageCode::CategoryBadColour );
  CategoryChange badGroup;
  badGroup.labelSv = "Nytt namn";
  badGroup.group = "finns_inte";
  CHECK_REFUSED( editor.change( "klotter", badGroup, kOptions ), MessageCode::CategoryGroupUnknown );
  CategoryChange emptyName;
  emptyName.labelSv = "";
  CHECK_REFUSED( editor.change( "klotter", emptyName, kOptions ), MessageCode::CategoryLabelEmpty );
  CHECK_REFUSED( editor.change( "finns_inte", rename, kOptions ), MessageCode::CategoryUnknown );
  CHECK( snapshot( db ) == before );
  CHECK( count( db, "SELECT count(*) FROM audit_log" ) == auditBefore );
}

TEST_CASE( "Merging two categories moves the incidents, crosswalk lines and stored lists in one transaction",
           "[categoryedit]" )
{
  testutil::NewProject fixture;
  Database &db = fixture.db;
  CategoryEditor editor( db );
  for ( int i = 0; i < 7; ++i )
    addIncident( db, "glaskross", 450000 + i, 6580000 );
  for ( int i = 0; i < 4; ++i )
    addIncident( db, "skadegorelse_ovrig" );
  addIncident( db, "klotter" );
  CrosswalkStore crosswalks( db );
  REQUIRE( crosswalks.set( "egen",
                           { { "Krossad ruta", "glaskross", false, "" },
                             { "Fönster", "glaskross", false, "" },
                             { "Skadegörelse", "skadegorelse_ovrig", false, "" } },
                           { "samordnare", "test" } ) );
  db.exec(
    "INSERT INTO priorities (period_label, period_from, period_until, problem, categories, created_at, "
    "updated_at) VALUES ('T1 2026', '2026-01-01', '2026-04-30', 'Skadegörelse vid stationen', "
    "'glaskross,skadegorelse_ovrig,klotter', '2026-01-01', '2026-01-01'), ('T1 2026', '2026-01-01', "
    "'2026-04-30', 'Glas på torget', 'glaskross', '2026-01-01', '2026-01-01'), ('T1 2026', "
    "'2026-01-01', '2026-04-30', 'Bråk', 'brak_hot', '2026-01-01', '2026-01-01')" );
  const int64_t area = testutil::addSquare( db, "Centrum", 450000, 6580000, 1000 );
  const int64_t other = testutil::addSquare( db, "Norr", 450000, 6580000, 1000 );
  Statement evaluation = db.prepare(
    "INSERT INTO evaluations (name, target_area_id, comparison_area_id, before_from, before_until, "
    "after_from, "
    "after_until, categories, result, created_at) VALUES ('Belysning', ?, ?, '2025-01-01', '2025-06-30', "
    "'2026-01-01', '2026-06-30', ?, '{}', '2026-07-01')" );
  evaluation.bind( 1, area ).bind( 2, other ).bind( 3, "[\"glaskross\",\"klotter\"]" );
  evaluation.run();

  SECTION( "refusals change nothing" )
  {
    const std::string before = snapshot( db );
    const int64_t auditBefore = count( db, "SELECT count(*) FROM audit_log" );
    CHECK_REFUSED( editor.merge( "glaskross", "glaskross", kOptions ), MessageCode::CategoryMergeSame );
    CHECK_REFUSED( editor.merge( "finns_inte", "glaskross", kOptions ), MessageCode::CategoryUnknown );
    auto intoUnknown = editor.merge( "glaskross", "finns_inte", kOptions );
    REQUIRE_FALSE( intoUnknown );
    CHECK( intoUnknown.error().code == MessageCode::CategoryUnknown );
    CHECK( intoUnknown.error().text().find( "finns_inte" ) != std::string::npos );
    // A failure at the last step (the category cannot be removed) rolls back what was moved before it.
    db.exec( "CREATE TRIGGER keep_glaskross BEFORE DELETE ON categories WHEN OLD.code = 'glaskross' "
             "BEGIN SELECT RAISE(ABORT, 'glaskross is kept'); END;" );
    auto failed = editor.merge( "glaskross", "skadegorelse_ovrig", kOptions );
    REQUIRE_FALSE( failed );
    CHECK( failed.error().code == MessageCode::CategorySaveFailed );
    CHECK( failed.error().text().find( "glaskross is kept" ) != std::string::npos );
    CHECK( snapshot( db ) == before );
    CHECK( count( db, "SELECT count(*) FROM audit_log" ) == auditBefore );
  }

  SECTION( "a merge moves everything and removes the category" )
  {
    auto moved = editor.merge( "glaskross", "skadegorelse_ovrig", kOptions );
    REQUIRE( moved );
    CHECK( *moved == 7 );
    CHECK( count( db, "SELECT count(*) FROM incidents WHERE category = 'glaskross'" ) == 0 );
    CHECK( count( db, "SELECT count(*) FROM incidents WHERE category = 'skadegorelse_ovrig'" ) == 11 );
    CHECK( count( db, "SELECT count(*) FROM incidents WHERE category = 'klotter'" ) == 1 );
    CHECK_FALSE( categoryOf( *fixture.project, "glaskross" ) );
    auto egen = crosswalks.load( "egen" );
    REQUIRE( egen );
    CHECK( egen->find( "Krossad ruta" )->category == "skadegorelse_ovrig" );
    CHECK( egen->find( "Fönster" )->category == "skadegorelse_ovrig" );
    CHECK( egen->find( "Skadegörelse" )->category == "skadegorelse_ovrig" );
    CHECK( count( db, "SELECT count(*) FROM crosswalk_entries WHERE category = 'glaskross'" ) == 0 );
    CHECK( db.queryText( "SELECT categories FROM priorities WHERE problem = 'Skadegörelse vid stationen'" ) ==
           "skadegorelse_ovrig,klotter" );
    CHECK( db.queryText( "SELECT categories FROM priorities WHERE problem = 'Glas på torget'" ) ==
           "skadegorelse_ovrig" );
    CHECK( db.queryText( "SELECT categories FROM priorities WHERE problem = 'Bråk'" ) == "brak_hot" );
    CHECK( db.queryText( "SELECT categories FROM evaluations" ) == "[\"skadegorelse_ovrig\",\"klotter\"]" );
    CHECK( count( db,
                  "SELECT count(*) FROM audit_log WHERE action = 'merge' AND table_name = 'categories' AND "
                  "row_count = 7 AND actor = 'samordnare' AND details LIKE '%glaskross%skadegorelse_ovrig%7 "
                  "incidents%'" ) == 1 );
    CHECK( count( db, "SELECT count(*) FROM pragma_foreign_key_check" ) == 0 );
  }
}

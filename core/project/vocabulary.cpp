#include "vocabulary.h"

namespace tryggkarta
{

namespace
{
std::vector<VocabularyEntry> readEntries( Database &db, const char *sql )
{
  std::vector<VocabularyEntry> entries;
  Statement s = db.prepare( sql );
  while ( s.step() )
    entries.push_back( VocabularyEntry{ s.text( 0 ), s.text( 1 ), s.text( 2 ) } );
  return entries;
}
} // namespace

Expected<Vocabulary> readVocabulary( Database &db )
{
  try
  {
    Vocabulary v;
    v.groups =
      readEntries( db, "SELECT code, label_sv, label_en FROM category_groups ORDER BY sort_order, fid" );
    Statement categories = db.prepare(
      "SELECT code, label_sv, label_en, group_code, color, hidden FROM categories ORDER BY sort_order, fid" );
    while ( categories.step() )
      v.categories.push_back( Category{ categories.text( 0 ), categories.text( 1 ), categories.text( 2 ),
                                        categories.text( 3 ), categories.text( 4 ),
                                        categories.int64( 5 ) != 0 } );
    v.organisations = organisationNames( db );
    v.placeTypes = readEntries( db, "SELECT code, label_sv, label_en FROM place_types ORDER BY fid" );
    v.checklistItems =
      readEntries( db, "SELECT code, label_sv, label_en FROM checklist_items ORDER BY sort_order, fid" );
    Statement walks =
      db.prepare( "SELECT fid, name, walk_date FROM safety_walks ORDER BY walk_date DESC, fid DESC" );
    while ( walks.step() )
      v.walks.push_back( SafetyWalkName{ walks.int64( 0 ), walks.text( 1 ), walks.text( 2 ) } );
    return v;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectReadFailed, e.what() );
  }
}

std::vector<std::string> organisationNames( Database &db )
{
  std::vector<std::string> names;
  Statement s = db.prepare( "SELECT name FROM organisations ORDER BY name" );
  while ( s.step() )
    names.push_back( s.text( 0 ) );
  return names;
}

void addOrganisation( Database &db, const std::string &name )
{
  if ( name.empty() )
    return;
  Statement s = db.prepare( "INSERT OR IGNORE INTO organisations (name) VALUES (?)" );
  s.bind( 1, name );
  s.run();
}

} // namespace tryggkarta

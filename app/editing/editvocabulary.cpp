#include "editvocabulary.h"

#include "database.h"

EditVocabulary EditVocabulary::read( tryggkarta::Database &db, bool english )
{
  EditVocabulary v;
  auto text = []( const tryggkarta::Statement &s, int column )
  { return QString::fromStdString( s.text( column ) ); };
  try
  {
    const char *label = english ? "coalesce(nullif(label_en, ''), label_sv)" : "label_sv";
    tryggkarta::Statement groups =
      db.prepare( std::string( "SELECT code, " ) + label + " FROM category_groups ORDER BY sort_order, fid" );
    while ( groups.step() )
      v.groups << Entry{ text( groups, 0 ), text( groups, 1 ) };
    tryggkarta::Statement categories =
      db.prepare( std::string( "SELECT code, " ) + label +
                  ", group_code, color, hidden FROM categories ORDER BY sort_order, fid" );
    while ( categories.step() )
      v.categories << Category{ text( categories, 0 ), text( categories, 1 ), text( categories, 2 ),
                                QColor( text( categories, 3 ) ), categories.int64( 4 ) != 0 };
    tryggkarta::Statement organisations = db.prepare( "SELECT name FROM organisations ORDER BY name" );
    while ( organisations.step() )
      v.organisations << text( organisations, 0 );
    tryggkarta::Statement places =
      db.prepare( std::string( "SELECT code, " ) + label + " FROM place_types ORDER BY fid" );
    while ( places.step() )
      v.placeTypes << Entry{ text( places, 0 ), text( places, 1 ) };
    tryggkarta::Statement items =
      db.prepare( std::string( "SELECT code, " ) + label + " FROM checklist_items ORDER BY sort_order, fid" );
    while ( items.step() )
      v.checklistItems << Entry{ text( items, 0 ), text( items, 1 ) };
    tryggkarta::Statement walks =
      db.prepare( "SELECT fid, name, walk_date FROM safety_walks ORDER BY walk_date DESC, fid DESC" );
    while ( walks.step() )
      v.walks << Walk{ walks.int64( 0 ), text( walks, 1 ),
                       QDate::fromString( text( walks, 2 ), Qt::ISODate ) };
  }
  catch ( const tryggkarta::SqlError & )
  {
    // What was read is kept; the forms work with what they have.
  }
  return v;
}

QString EditVocabulary::labelOf( const QList<Entry> &entries, const QString &code )
{
  for ( const Entry &entry : entries )
    if ( entry.code == code )
      return entry.label;
  return code;
}

QString EditVocabulary::categoryLabel( const QString &code ) const
{
  for ( const Category &category : categories )
    if ( category.code == code )
      return category.label;
  return code;
}

#include "editvocabulary.h"

#include "vocabulary.h"

EditVocabulary EditVocabulary::read( tryggkarta::Database &db, bool english )
{
  EditVocabulary v;
  auto read = tryggkarta::readVocabulary( db );
  if ( !read )
    return v; // the forms work with empty lists
  auto text = []( const std::string &s ) { return QString::fromStdString( s ); };
  auto entries = [&]( const std::vector<tryggkarta::VocabularyEntry> &list )
  {
    QList<Entry> result;
    for ( const tryggkarta::VocabularyEntry &entry : list )
      result << Entry{ text( entry.code ), text( entry.label( english ) ) };
    return result;
  };
  v.groups = entries( read->groups );
  for ( const tryggkarta::Category &c : read->categories )
    v.categories << Category{ text( c.code ), text( english && !c.labelEn.empty() ? c.labelEn : c.labelSv ),
                              text( c.group ), QColor( text( c.color ) ), c.hidden };
  for ( const std::string &name : read->organisations )
    v.organisations << text( name );
  v.placeTypes = entries( read->placeTypes );
  v.checklistItems = entries( read->checklistItems );
  for ( const tryggkarta::SafetyWalkName &walk : read->walks )
    v.walks << Walk{ walk.fid, text( walk.name ), QDate::fromString( text( walk.date ), Qt::ISODate ) };
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

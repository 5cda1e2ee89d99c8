#pragma once
// The project's lists the edit forms offer: categories by group with their colours, organisations, place
// types, checklist items and safety walks, in the user's language.

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tryggkarta
{
class Database;
}

struct EditVocabulary
{
  struct Entry
  {
    QString code;
    QString label;
  };
  struct Category
  {
    QString code;
    QString label;
    QString group; //!< group code
    QColor color;
    bool hidden = false; //!< offered only to a record that has it already
  };
  struct Walk
  {
    qint64 fid = 0;
    QString name;
    QDate date;
  };

  QList<Entry> groups;        //!< in display order
  QList<Category> categories; //!< in display order
  QStringList organisations;
  QList<Entry> placeTypes;
  QList<Entry> checklistItems;
  QList<Walk> walks; //!< newest first

  //! Reads the lists from an open project; empty lists where a table cannot be read.
  static EditVocabulary read( tryggkarta::Database &db, bool english );

  //! The label of a code in a list, or the code itself.
  static QString labelOf( const QList<Entry> &entries, const QString &code );
  QString categoryLabel( const QString &code ) const;
};

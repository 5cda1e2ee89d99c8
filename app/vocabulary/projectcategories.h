#pragma once
// The project's categories and their groups as the vocabulary dialog and the import dialog's category mapping
// show them: names in the interface's language, colours, how many incidents each has, and what a value in a
// file names (a category, or a category group whose "other" category stands for it).

#include "categoryedit.h"
#include "crosswalks.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QList>
#include <QMap>
#include <QString>
#include <QVector>

class QComboBox;
class QWidget;

namespace tryggkarta
{
class Database;
}

struct ProjectCategories
{
  Q_DECLARE_TR_FUNCTIONS( ProjectCategories )

public:
  struct Group
  {
    QString code;
    QString labelSv;
    QString labelEn;
    QString label; //!< in the interface's language
  };
  struct Item
  {
    QString code;
    QString labelSv;
    QString labelEn;
    QString label; //!< in the interface's language
    QString group; //!< group code
    QColor color;
    bool hidden = false;
    qint64 incidents = 0; //!< incidents of the category in the project
  };

  QList<Group> groups;    //!< in display order
  QList<Item> categories; //!< in display order
  bool english = false;   //!< labels in English
  QString error;          //!< the core's message when the lists could not be read

  //! Reads the lists (and the incidents per category) from an open project.
  static ProjectCategories read( tryggkarta::Database &db, bool english );

  const Item *find( const QString &code ) const;
  //! The category's name in the interface's language, or the code.
  QString label( const QString &code ) const;
  QString groupLabel( const QString &code ) const;
  QStringList codes() const;

  //! The category a value names by its code or its Swedish or English name (case and spaces aside), or "".
  QString categoryNamed( const QString &value ) const;
  //! The group a value names the same way, or "".
  QString groupNamed( const QString &value ) const;
  /**
   * The category that stands for a whole group when a file names the group ("Skadegörelse"): the group's
   * "other" category (Övrig …), else its first category (a shown one before a hidden one), as the importer
   * reads it; "" when the group has none.
   */
  QString otherCategoryOf( const QString &group ) const;
};

namespace VocabularyUi
{
//! A small square of the colour, for tables and combos.
QIcon swatch( const QColor &color );
/**
 * Fills a combo with the categories, grouped (each group's name as a disabled heading), each with its colour;
 * the item data is the code. Hidden categories are left out unless keep is one of them.
 */
void addCategories( QComboBox *combo, const ProjectCategories &categories, const QString &keep = QString() );
//! A code for a new category made from its Swedish name ("Övrig brand" -> "ovrig_brand"), unique among taken.
QString suggestCode( const QString &labelSv, const QStringList &taken );
//! Who writes from the app, for the audit log.
tryggkarta::CategoryWriteOptions categoryWriteOptions();
tryggkarta::CrosswalkWriteOptions crosswalkWriteOptions( const char *origin );
//! The user's name as the app records it.
std::string actor();
//! A line of askTexts: its label, its text (the start, then what the user typed) and a placeholder.
struct TextField
{
  QString label;
  QString text;
  QString placeholder;
};
//! A small dialog of labelled lines with OK and Cancel; true, with the fields' texts updated, when accepted.
bool askTexts( QWidget *parent, const QString &title, QVector<TextField> &fields, int minimumWidth );
} // namespace VocabularyUi

#pragma once
// The import dialog's category mapping (incidents): every category value of the file with its row count and
// how the import reads it: a category of the project, through a crosswalk (kategorinyckel), left out on
// purpose by the crosswalk, or unknown. For an unknown value the user picks a category, creates one ("Ny
// kategori…") or leaves its rows out on purpose; a value that names a category group is offered as the
// group's "other" category. The choices go into ImportOptions::categoryMap and leaveOut, and the import
// stores them in the crosswalk, so the next import knows them without asking.

#include "crosswalks.h"
#include "importer.h"
#include "projectcategories.h"

#include <QMap>
#include <QWidget>

#include <functional>
#include <map>
#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace tryggkarta
{
class Database;
}

class CategoryMapping : public QWidget
{
  Q_OBJECT

public:
  //! How a value of the file is read.
  enum class Reading
  {
    None,             //!< not a value of the file
    Category,         //!< names a category of the project
    Crosswalk,        //!< read through the crosswalk
    CrosswalkLeftOut, //!< left out on purpose by the crosswalk
    GroupName,        //!< names a category group: offered as the group's "other" category
    Unknown           //!< unknown: the user decides
  };

  explicit CategoryMapping( QWidget *parent = nullptr );

  //! The open project (its categories; "Ny kategori…" adds through db); english: names in English.
  void setProject( tryggkarta::Database *db, bool english );
  //! Says the values are being read (a scan runs) or why they cannot be shown.
  void setStatus( const QString &text );
  //! Shows a scan's report (a dry run without choices); choices already made for values of the file stay.
  void setReport( const tryggkarta::ImportReport &report );
  //! No values (e.g. observations are imported).
  void clear();

  //! The user's choices for the import: value -> category code, and values to leave out.
  std::map<std::string, std::string> categoryMap() const;
  std::vector<std::string> leaveOut() const;

  QTableWidget *table() const { return mTable; }
  //! The row of a value, or -1.
  int rowOf( const QString &value ) const;
  Reading readingOf( const QString &value ) const;
  //! The rows the file has with a value.
  qint64 rowsOf( const QString &value ) const;
  //! The category a row is read as now (the choice made or how it is read), "" when undecided or left out.
  QString categoryOf( const QString &value ) const;
  //! Whether a value's rows are left out (by the crosswalk or by the user's choice).
  bool isLeftOut( const QString &value ) const;
  //! The crosswalk the scan read categories through ("" when none).
  QString crosswalk() const { return mCrosswalk; }
  //! Values still unknown and not decided.
  QStringList undecided() const;

  // Scripted choices, as the combos make them; false when the value has no combo or the category is unknown.
  bool choose( const QString &value, const QString &categoryCode );
  bool chooseLeaveOut( const QString &value );
  //! Adds a category for a value and selects it (what "Ny kategori…" does after its dialog); an error message
  //! for the user, or empty.
  QString addCategoryFor( const QString &value, const tryggkarta::NewCategory &category );
  //! Whether categories were added to the project from here.
  bool categoriesAdded() const { return mCategoriesAdded; }

  //! The item data of the combo's special choices.
  static QString leaveOutData() { return QStringLiteral( "!leave_out" ); }
  static QString newCategoryData() { return QStringLiteral( "!new" ); }

signals:
  //! A choice changed.
  void choicesChanged();
  //! A category was added to the project.
  void vocabularyChanged();

private:
  struct Row
  {
    QString value;
    qint64 rows = 0;
    Reading reading = Reading::None;
    QString category; //!< how it is read (Category, Crosswalk, GroupName's proposal)
    QString group;    //!< GroupName: the group
  };
  void fill();
  void fillCombo( QComboBox *combo, const Row &row );
  void onComboChanged( int row, QComboBox *combo );
  void askNewCategory( int row, QComboBox *combo );
  void updateSummary();
  QComboBox *comboOf( const QString &value ) const;
  void paintRow( int row );

  tryggkarta::Database *mDb = nullptr;
  bool mEnglish = false;
  bool mCategoriesAdded = false;
  bool mFilling = false;
  ProjectCategories mCategories;
  tryggkarta::Crosswalk mCrosswalkLines;
  QString mCrosswalk;
  QList<Row> mRows;
  //! The user's choice per value (a code, leaveOutData(), or "" for undecided), kept across scans.
  QMap<QString, QString> mChoices;
  QLabel *mSummary = nullptr;
  QTableWidget *mTable = nullptr;
};

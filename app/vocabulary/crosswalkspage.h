#pragma once
// The vocabulary dialog's second tab: the project's crosswalks (kategorinycklar), the police's first. For the
// crosswalk chosen, each value a source writes and the category it is read as, or "left out on purpose";
// every line can be changed in place, added or removed, and a crosswalk can be read from and written to CSV,
// created and removed. Every change goes through the core's CrosswalkStore (one transaction with an
// audit-log line); a refusal is shown as the core's message and changes nothing.

#include "crosswalks.h"
#include "projectcategories.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace tryggkarta
{
class Database;
}

class CrosswalksPage : public QWidget
{
  Q_OBJECT

public:
  CrosswalksPage( tryggkarta::Database &db, bool english, QWidget *parent = nullptr );

  //! Reads the crosswalks and the categories again, keeping the crosswalk shown.
  void reload();

  QComboBox *crosswalkCombo() const { return mCrosswalks; }
  QTableWidget *table() const { return mTable; }
  //! The crosswalk shown, or empty when the project has none.
  QString currentCrosswalk() const;
  bool setCurrentCrosswalk( const QString &name );
  //! The lines of the crosswalk shown, as stored.
  const tryggkarta::Crosswalk &crosswalk() const { return mCrosswalk; }
  //! The item data of the choice "left out on purpose" in a line's combo.
  static QString leaveOutData() { return QStringLiteral( "!leave_out" ); }

  // The changes the buttons and the table make; each returns an error message for the user, or empty.
  //! Adds or changes the line for value in the crosswalk shown: read as category, or left out when category
  //! is empty.
  QString setEntry( const QString &value, const QString &category, const QString &note = QString() );
  QString removeEntry( const QString &value );
  QString createCrosswalk( const QString &name, const QString &description );
  //! Removes the crosswalk after asking.
  QString removeCrosswalk( const QString &name );
  QString importCsv( const QString &path );
  QString exportCsv( const QString &path );

  //! For tests: answers the questions (default: a message box).
  void setConfirm( std::function<bool( const QString &question )> confirm )
  {
    mConfirm = std::move( confirm );
  }
  QString errorText() const;

signals:
  //! A crosswalk changed.
  void changed();

private:
  void loadCrosswalk();
  void fill();
  void showError( const QString &text );
  //! Shows a store's refusal and returns its text.
  QString refused( const tryggkarta::Message &error );
  //! After a change was stored: the error cleared, the page reloaded (on the crosswalk select when given),
  //! changed() emitted; returns "".
  QString afterChange( const QString &select = QString() );
  void updateButtons();
  QString currentValue() const;
  void askAddLine();
  void askRemoveLine();
  void askNew();
  void askRemove();
  void askImport();
  void askExport();

  tryggkarta::Database &mDb;
  bool mEnglish = false;
  ProjectCategories mCategories;
  tryggkarta::Crosswalk mCrosswalk;
  bool mFilling = false;
  std::function<bool( const QString & )> mConfirm;
  QComboBox *mCrosswalks = nullptr;
  QLabel *mDescription = nullptr;
  QTableWidget *mTable = nullptr;
  QLabel *mError = nullptr;
  QPushButton *mAddLine = nullptr;
  QPushButton *mRemoveLine = nullptr;
  QPushButton *mNew = nullptr;
  QPushButton *mRemove = nullptr;
  QPushButton *mImport = nullptr;
  QPushButton *mExport = nullptr;
};

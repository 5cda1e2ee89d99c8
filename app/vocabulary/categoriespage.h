#pragma once
// The vocabulary dialog's first tab: the project's categories (colour, Swedish and English name, group,
// hidden, incidents) and what the coordinator does with them: add, rename, recolour, move to another group,
// hide or show, and merge one into another (its incidents follow). Every change goes through the core's
// CategoryEditor (one transaction with an audit-log line); a refusal is shown as the core's message and
// changes nothing.

#include "categoryedit.h"
#include "projectcategories.h"

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTableWidget;

namespace tryggkarta
{
class Database;
}

class CategoriesPage : public QWidget
{
  Q_OBJECT

public:
  CategoriesPage( tryggkarta::Database &db, bool english, QWidget *parent = nullptr );

  //! Reads the categories again and shows them, keeping the selection.
  void reload();
  const ProjectCategories &categories() const { return mCategories; }
  QTableWidget *table() const { return mTable; }
  //! The code of the category selected, or empty.
  QString selectedCode() const;
  bool selectCode( const QString &code );

  // The changes the buttons make once the user has said what; each returns an error message, or empty.
  QString add( const tryggkarta::NewCategory &category );
  QString rename( const QString &code, const QString &labelSv, const QString &labelEn );
  QString recolour( const QString &code, const QColor &color );
  QString moveToGroup( const QString &code, const QString &group );
  QString setHidden( const QString &code, bool hidden );
  //! Merges from into into after asking (with the number of incidents that move); moved: how many did.
  QString merge( const QString &from, const QString &into, qint64 *moved = nullptr );
  //! The question asked before a merge.
  QString mergeQuestion( const QString &from, const QString &into ) const;

  //! For tests: answers the questions (default: a message box).
  void setConfirm( std::function<bool( const QString &question )> confirm )
  {
    mConfirm = std::move( confirm );
  }
  //! The last error shown on the page.
  QString errorText() const;

signals:
  //! The vocabulary changed; incidentsMoved when incidents changed category (a merge).
  void changed( bool incidentsMoved );

private:
  void fill();
  void updateButtons();
  void showError( const QString &text );
  //! Shows a store's refusal and returns its text.
  QString refused( const tryggkarta::Message &error );
  //! After a change the core accepted: reload, select code, tell the others.
  void afterChange( QString code, bool incidentsMoved );
  QString change( QString code, const tryggkarta::CategoryChange &change );
  void askAdd();
  void askRename();
  void askRecolour();
  void askMove();
  void toggleHidden();
  void askMerge();

  tryggkarta::Database &mDb;
  bool mEnglish = false;
  ProjectCategories mCategories;
  std::function<bool( const QString & )> mConfirm;
  QTableWidget *mTable = nullptr;
  QLabel *mError = nullptr;
  QPushButton *mAdd = nullptr;
  QPushButton *mRename = nullptr;
  QPushButton *mRecolour = nullptr;
  QPushButton *mMove = nullptr;
  QPushButton *mHide = nullptr;
  QPushButton *mMerge = nullptr;
};

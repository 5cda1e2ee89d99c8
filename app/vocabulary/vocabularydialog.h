#pragma once
// "Kategorier och kategorinycklar": the coordinator's vocabulary in one dialog, the categories in one tab and
// the crosswalks in the other. Changes are stored as they are made; the rest of the app follows through
// changed().

#include <QDialog>

class CategoriesPage;
class CrosswalksPage;
class QTabWidget;

namespace tryggkarta
{
class Database;
}

class VocabularyDialog : public QDialog
{
  Q_OBJECT

public:
  //! db: the open project's writable connection; english: names in English.
  VocabularyDialog( tryggkarta::Database &db, bool english, QWidget *parent = nullptr );

  CategoriesPage *categoriesPage() const { return mCategories; }
  CrosswalksPage *crosswalksPage() const { return mCrosswalks; }
  QTabWidget *tabs() const { return mTabs; }
  //! Whether anything changed while the dialog was open, and whether incidents changed category.
  bool hasChanged() const { return mChanged; }
  bool incidentsMoved() const { return mIncidentsMoved; }

signals:
  //! The vocabulary changed (a category or a crosswalk); incidentsMoved after a merge.
  void changed( bool incidentsMoved );

private:
  QTabWidget *mTabs = nullptr;
  CategoriesPage *mCategories = nullptr;
  CrosswalksPage *mCrosswalks = nullptr;
  bool mChanged = false;
  bool mIncidentsMoved = false;
};

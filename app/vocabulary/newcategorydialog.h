#pragma once
// Adding a category: its Swedish and English name, its group and its colour (a default colour clearly apart
// from the project's others is proposed). Used by the vocabulary dialog and by the import dialog's category
// mapping ("Ny kategori…").

#include "categoryedit.h"
#include "projectcategories.h"

#include <QColor>
#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tryggkarta
{
class Database;
}

class NewCategoryDialog : public QDialog
{
  Q_OBJECT

public:
  NewCategoryDialog( tryggkarta::Database &db, const ProjectCategories &categories,
                     QWidget *parent = nullptr );

  void setSwedishName( const QString &name );
  void setGroup( const QString &groupCode );
  void setColor( const QColor &color );
  QColor color() const { return mColor; }

  //! The category as filled in (the code made from the Swedish name unless the user wrote one).
  tryggkarta::NewCategory category() const;

  //! Stores the category through the core's CategoryEditor; an error message for the user, or empty.
  QString store();
  //! The code of the category stored, or empty.
  QString addedCode() const { return mAddedCode; }
  //! The last refusal shown in the dialog.
  QString errorText() const;

  //! Stores the category and closes; a refusal is shown and the dialog stays open.
  void accept() override;

private:
  void pickColor();
  void updateCode();
  void showColor();

  tryggkarta::Database &mDb;
  QStringList mTakenCodes;
  QColor mColor;
  QString mAddedCode;
  bool mCodeEdited = false;
  QLineEdit *mLabelSv = nullptr;
  QLineEdit *mLabelEn = nullptr;
  QComboBox *mGroup = nullptr;
  QPushButton *mColorButton = nullptr;
  QLineEdit *mCode = nullptr;
  QLabel *mError = nullptr;
};

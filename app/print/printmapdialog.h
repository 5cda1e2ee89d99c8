#pragma once
// Asking what to print: the title and the paper.

#include "printmap.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

class PrintMapDialog : public QDialog
{
  Q_OBJECT

public:
  //! title: the title proposed (editable).
  PrintMapDialog( const QString &title, QWidget *parent = nullptr );

  QString title() const;
  PrintMapOptions::PaperSize paper() const;
  QPageLayout::Orientation orientation() const;

private:
  QLineEdit *mTitle = nullptr;
  QComboBox *mPaper = nullptr;
};

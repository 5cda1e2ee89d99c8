#include "printmapdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

PrintMapDialog::PrintMapDialog( const QString &title, QWidget *parent ) : QDialog( parent )
{
  setWindowTitle( tr( "Print Map" ) );
  auto *form = new QFormLayout( this );
  mTitle = new QLineEdit( title, this );
  mTitle->setMinimumWidth( 320 );
  mPaper = new QComboBox( this );
  // Paper and orientation as one choice, in the order a coordinator most often wants them.
  mPaper->addItem( tr( "A4 landscape" ) );
  mPaper->addItem( tr( "A4 portrait" ) );
  mPaper->addItem( tr( "A3 landscape" ) );
  mPaper->addItem( tr( "A3 portrait" ) );
  form->addRow( tr( "Title" ), mTitle );
  form->addRow( tr( "Paper" ), mPaper );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Print to PDF…" ) );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  form->addRow( buttons );
}

QString PrintMapDialog::title() const
{
  return mTitle->text();
}

PrintMapOptions::PaperSize PrintMapDialog::paper() const
{
  return mPaper->currentIndex() >= 2 ? PrintMapOptions::PaperSize::A3 : PrintMapOptions::PaperSize::A4;
}

QPageLayout::Orientation PrintMapDialog::orientation() const
{
  return mPaper->currentIndex() % 2 == 0 ? QPageLayout::Landscape : QPageLayout::Portrait;
}

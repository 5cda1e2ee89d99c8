#include "printmapdialog.h"

#include <qgslayoutview.h>
#include <qgsprintlayout.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PrintMapDialog::PrintMapDialog( const QString &title, const QString &subtitle,
                                const QStringList &storedTemplates, LayoutBuilder builder, QWidget *parent )
  : QDialog( parent ), mBuilder( std::move( builder ) )
{
  setWindowTitle( tr( "Print Map" ) );
  auto *outer = new QHBoxLayout( this );
  auto *side = new QVBoxLayout();
  auto *form = new QFormLayout();
  mTemplate = new QComboBox( this );
  for ( const PrintTemplate &printTemplate : PrintTemplates::builtIn() )
    mTemplate->addItem( storedTemplates.contains( printTemplate.name )
                          ? tr( "%1 (the project's version)" ).arg( printTemplate.name )
                          : printTemplate.name,
                        printTemplate.name );
  mTitle = new QLineEdit( title, this );
  mTitle->setMinimumWidth( 320 );
  mSubtitle = new QLineEdit( subtitle, this );
  mPublic = new QCheckBox( tr( "For publishing outside the EST group" ), this );
  mPublic->setToolTip(
    tr( "Aggregated to cells, counts below the project's smallest published count hidden, no "
        "points, no free text; the heatmap's radius is not printed." ) );
  form->addRow( tr( "Template" ), mTemplate );
  form->addRow( tr( "Title" ), mTitle );
  form->addRow( tr( "Subtitle" ), mSubtitle );
  form->addRow( QString(), mPublic );
  side->addLayout( form );
  mProblem = new QLabel( this );
  mProblem->setWordWrap( true );
  mProblem->setVisible( false );
  side->addWidget( mProblem );
  side->addStretch();
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Print to PDF…" ) );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  side->addWidget( buttons );
  outer->addLayout( side );

  // The preview: QGIS's own layout view of the sheet as it will print.
  mView = new QgsLayoutView( this );
  mView->setMinimumSize( 520, 380 );
  mView->setToolTip( tr( "Preview of the printed sheet" ) );
  outer->addWidget( mView, 1 );

  mPreviewTimer.setSingleShot( true );
  mPreviewTimer.setInterval( 400 );
  connect( &mPreviewTimer, &QTimer::timeout, this, &PrintMapDialog::updatePreview );
  auto later = [this] { mPreviewTimer.start(); };
  connect( mTemplate, qOverload<int>( &QComboBox::currentIndexChanged ), this, later );
  connect( mTitle, &QLineEdit::textChanged, this, later );
  connect( mSubtitle, &QLineEdit::textChanged, this, later );
  connect( mPublic, &QCheckBox::toggled, this, later );
  mPreviewTimer.start( 0 );
}

PrintMapDialog::~PrintMapDialog()
{
  // The view first: QGIS 3.22's view cannot be given no layout, and must not outlive the one it shows.
  delete mView;
}

PrintChoice PrintMapDialog::choice() const
{
  PrintChoice choice;
  choice.printTemplate =
    PrintTemplates::find( mTemplate->currentData().toString() ).value_or( PrintTemplates::builtIn().first() );
  choice.title = mTitle->text();
  choice.subtitle = mSubtitle->text();
  choice.publicMode = mPublic->isChecked();
  return choice;
}

void PrintMapDialog::updatePreview()
{
  mPreviewTimer.stop();
  QString problem;
  std::unique_ptr<QgsPrintLayout> layout = mBuilder ? mBuilder( choice(), &problem ) : nullptr;
  mProblem->setText( problem );
  mProblem->setVisible( !layout );
  mView->setEnabled( static_cast<bool>( layout ) );
  if ( !layout )
  {
    // Nothing to print with this choice: the old preview stays (greyed), and nothing is printed.
    mPrintable = false;
    return;
  }
  mView->setCurrentLayout( layout.get() );
  mLayout = std::move( layout );
  mPrintable = true;
  fitPreview();
}

void PrintMapDialog::fitPreview()
{
  // After the layouts have settled the view's size.
  QTimer::singleShot( 0, this,
                      [this]
                      {
                        if ( mLayout )
                          mView->zoomFull();
                      } );
}

void PrintMapDialog::resizeEvent( QResizeEvent *event )
{
  QDialog::resizeEvent( event );
  fitPreview();
}

void PrintMapDialog::showEvent( QShowEvent *event )
{
  QDialog::showEvent( event );
  fitPreview();
}

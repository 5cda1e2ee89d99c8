#include "vocabularydialog.h"

#include "categoriespage.h"
#include "crosswalkspage.h"

#include <QDialogButtonBox>
#include <QTabWidget>
#include <QVBoxLayout>

VocabularyDialog::VocabularyDialog( tryggkarta::Database &db, bool english, QWidget *parent )
  : QDialog( parent )
{
  setObjectName( QStringLiteral( "VocabularyDialog" ) );
  setWindowTitle( tr( "Categories and Crosswalks" ) );
  mTabs = new QTabWidget( this );
  mCategories = new CategoriesPage( db, english, mTabs );
  mCrosswalks = new CrosswalksPage( db, english, mTabs );
  mTabs->addTab( mCategories, tr( "Categories" ) );
  mTabs->addTab( mCrosswalks, tr( "Crosswalks" ) );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  auto *layout = new QVBoxLayout( this );
  layout->addWidget( mTabs, 1 );
  layout->addWidget( buttons );

  // A category added, renamed or merged is offered in the crosswalks' lines, and a merge moves their lines.
  connect( mCategories, &CategoriesPage::changed, this,
           [this]( bool incidentsMoved )
           {
             mChanged = true;
             mIncidentsMoved = mIncidentsMoved || incidentsMoved;
             mCrosswalks->reload();
             emit changed( incidentsMoved );
           } );
  connect( mCrosswalks, &CrosswalksPage::changed, this,
           [this]
           {
             mChanged = true;
             emit changed( false );
           } );
  resize( 1080, 660 );
}

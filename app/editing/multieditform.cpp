#include "multieditform.h"

#include "incidentform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

MultiEditForm::MultiEditForm( const EditVocabulary &vocabulary, int incidents, int otherRecords,
                              QWidget *parent )
  : QDialog( parent )
{
  setObjectName( QStringLiteral( "MultiEditForm" ) );
  setWindowTitle( tr( "Edit %n Incident(s)", nullptr, incidents ) );
  auto *layout = new QVBoxLayout( this );
  QString intro = tr( "Tick the fields to set on all %n selected incident(s). Fields left unticked keep each "
                      "incident's own value.",
                      nullptr, incidents );
  if ( otherRecords > 0 )
    intro += QLatin1Char( ' ' ) + tr( "%n selected observation(s) are not changed.", nullptr, otherRecords );
  auto *introLabel = new QLabel( intro, this );
  introLabel->setWordWrap( true );
  layout->addWidget( introLabel );

  auto *grid = new QGridLayout;
  grid->setColumnStretch( 1, 1 );
  layout->addLayout( grid );

  mChangeCategory = new QCheckBox( tr( "&Category" ), this );
  mChangeCategory->setObjectName( QStringLiteral( "ChangeCategoryCheck" ) );
  mCategory = new QComboBox( this );
  mCategory->setObjectName( QStringLiteral( "CategoryCombo" ) );
  mCategory->setMaxVisibleItems( 24 );
  IncidentForm::fillCategories( mCategory, vocabulary, QString() );
  mCategory->setPlaceholderText( tr( "Choose a category…" ) );
  grid->addWidget( mChangeCategory, 0, 0 );
  grid->addWidget( mCategory, 0, 1 );
  connect( mCategory, qOverload<int>( &QComboBox::activated ), mChangeCategory,
           [this] { mChangeCategory->setChecked( true ); } );

  mChangeOrganisation = new QCheckBox( tr( "&Organisation" ), this );
  mChangeOrganisation->setObjectName( QStringLiteral( "ChangeOrganisationCheck" ) );
  mOrganisation = new QComboBox( this );
  mOrganisation->setObjectName( QStringLiteral( "OrganisationCombo" ) );
  mOrganisation->setEditable( true );
  mOrganisation->setInsertPolicy( QComboBox::NoInsert );
  mOrganisation->addItem( QString() );
  mOrganisation->addItems( vocabulary.organisations );
  mOrganisation->lineEdit()->setPlaceholderText( tr( "(none)" ) );
  grid->addWidget( mChangeOrganisation, 1, 0 );
  grid->addWidget( mOrganisation, 1, 1 );
  connect( mOrganisation, qOverload<int>( &QComboBox::activated ), mChangeOrganisation,
           [this] { mChangeOrganisation->setChecked( true ); } );
  connect( mOrganisation->lineEdit(), &QLineEdit::textEdited, mChangeOrganisation,
           [this] { mChangeOrganisation->setChecked( true ); } );

  mChangePlaceType = new QCheckBox( tr( "&Place type" ), this );
  mChangePlaceType->setObjectName( QStringLiteral( "ChangePlaceTypeCheck" ) );
  mPlaceType = new QComboBox( this );
  mPlaceType->setObjectName( QStringLiteral( "PlaceTypeCombo" ) );
  mPlaceType->addItem( tr( "(not given)" ), QString() );
  for ( const EditVocabulary::Entry &place : vocabulary.placeTypes )
    mPlaceType->addItem( place.label, place.code );
  grid->addWidget( mChangePlaceType, 2, 0 );
  grid->addWidget( mPlaceType, 2, 1 );
  connect( mPlaceType, qOverload<int>( &QComboBox::activated ), mChangePlaceType,
           [this] { mChangePlaceType->setChecked( true ); } );

  mChangeWeight = new QCheckBox( tr( "Count or &severity" ), this );
  mChangeWeight->setObjectName( QStringLiteral( "ChangeWeightCheck" ) );
  mWeight = new QDoubleSpinBox( this );
  mWeight->setObjectName( QStringLiteral( "WeightSpin" ) );
  mWeight->setRange( 0, 100000 );
  mWeight->setDecimals( 0 );
  mWeight->setValue( 1 );
  grid->addWidget( mChangeWeight, 3, 0 );
  grid->addWidget( mWeight, 3, 1, Qt::AlignLeft );
  connect( mWeight, qOverload<double>( &QDoubleSpinBox::valueChanged ), mChangeWeight,
           [this] { mChangeWeight->setChecked( true ); } );

  mError = IncidentForm::createErrorLabel( this );
  layout->addWidget( mError );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Save )->setDefault( true );
  connect( buttons, &QDialogButtonBox::accepted, this, &MultiEditForm::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &MultiEditForm::reject );
  layout->addWidget( buttons );
  setMinimumWidth( 480 );
}

tryggkarta::IncidentChanges MultiEditForm::changes() const
{
  tryggkarta::IncidentChanges changes;
  if ( mChangeCategory->isChecked() )
    changes.category = mCategory->currentData( Qt::UserRole ).toString().toStdString();
  if ( mChangeOrganisation->isChecked() )
    changes.organisation = mOrganisation->currentText().trimmed().toStdString();
  if ( mChangePlaceType->isChecked() )
    changes.placeType = mPlaceType->currentData().toString().toStdString();
  if ( mChangeWeight->isChecked() )
    changes.weight = mWeight->value();
  return changes;
}

void MultiEditForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

void MultiEditForm::accept()
{
  QString problem;
  const tryggkarta::IncidentChanges wanted = changes();
  if ( wanted.empty() )
    problem = tr( "Tick at least one field to change, or cancel." );
  else if ( wanted.category && wanted.category->empty() )
    problem = tr( "Choose the category to set." );
  if ( problem.isEmpty() && mSaveHandler )
    problem = mSaveHandler();
  if ( !problem.isEmpty() )
  {
    showError( problem );
    return;
  }
  QDialog::accept();
}

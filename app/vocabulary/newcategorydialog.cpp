#include "newcategorydialog.h"

#include "coremessages.h"
#include "database.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <exception>

NewCategoryDialog::NewCategoryDialog( tryggkarta::Database &db, const ProjectCategories &categories,
                                      QWidget *parent )
  : QDialog( parent ), mDb( db ), mTakenCodes( categories.codes() )
{
  setObjectName( QStringLiteral( "NewCategoryDialog" ) );
  setWindowTitle( tr( "New Category" ) );

  mLabelSv = new QLineEdit( this );
  mLabelSv->setObjectName( QStringLiteral( "CategoryLabelSv" ) );
  mLabelEn = new QLineEdit( this );
  mLabelEn->setObjectName( QStringLiteral( "CategoryLabelEn" ) );
  mLabelEn->setPlaceholderText( tr( "optional: the Swedish name is used" ) );
  mGroup = new QComboBox( this );
  mGroup->setObjectName( QStringLiteral( "CategoryGroup" ) );
  for ( const ProjectCategories::Group &group : categories.groups )
    mGroup->addItem( group.label, group.code );
  mColorButton = new QPushButton( this );
  mColorButton->setObjectName( QStringLiteral( "CategoryColor" ) );
  mCode = new QLineEdit( this );
  mCode->setObjectName( QStringLiteral( "CategoryCode" ) );
  mCode->setToolTip( tr( "The code the project and its files use: a–z, 0–9 and _" ) );
  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "CategoryError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00020;" ) );
  mError->hide();

  auto *form = new QFormLayout();
  form->addRow( tr( "Swedish name" ), mLabelSv );
  form->addRow( tr( "English name" ), mLabelEn );
  form->addRow( tr( "Group" ), mGroup );
  form->addRow( tr( "Colour" ), mColorButton );
  form->addRow( tr( "Code" ), mCode );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Add" ) );
  connect( buttons, &QDialogButtonBox::accepted, this, &NewCategoryDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  auto *layout = new QVBoxLayout( this );
  layout->addLayout( form );
  layout->addWidget( mError );
  layout->addWidget( buttons );

  connect( mLabelSv, &QLineEdit::textChanged, this, &NewCategoryDialog::updateCode );
  connect( mCode, &QLineEdit::textEdited, this, [this] { mCodeEdited = true; } );
  connect( mColorButton, &QPushButton::clicked, this, &NewCategoryDialog::pickColor );

  QString suggested;
  try
  {
    suggested = QString::fromStdString( tryggkarta::suggestCategoryColour( db ) );
  }
  catch ( const std::exception & )
  {
  }
  setColor( QColor( suggested.isEmpty() ? QStringLiteral( "#808080" ) : suggested ) );
  setMinimumWidth( 420 );
}

void NewCategoryDialog::setSwedishName( const QString &name )
{
  mLabelSv->setText( name );
}

void NewCategoryDialog::setGroup( const QString &groupCode )
{
  const int index = mGroup->findData( groupCode );
  if ( index >= 0 )
    mGroup->setCurrentIndex( index );
}

void NewCategoryDialog::setColor( const QColor &color )
{
  if ( !color.isValid() )
    return;
  mColor = color;
  showColor();
}

void NewCategoryDialog::showColor()
{
  mColorButton->setIcon( VocabularyUi::swatch( mColor ) );
  mColorButton->setText( mColor.name() );
}

void NewCategoryDialog::pickColor()
{
  const QColor chosen = QColorDialog::getColor( mColor, this, tr( "Colour of the Category" ) );
  setColor( chosen );
}

void NewCategoryDialog::updateCode()
{
  if ( !mCodeEdited )
    mCode->setText( VocabularyUi::suggestCode( mLabelSv->text(), mTakenCodes ) );
}

tryggkarta::NewCategory NewCategoryDialog::category() const
{
  tryggkarta::NewCategory category;
  category.code = mCode->text().trimmed().toStdString();
  category.labelSv = mLabelSv->text().trimmed().toStdString();
  category.labelEn = mLabelEn->text().trimmed().toStdString();
  category.group = mGroup->currentData().toString().toStdString();
  category.color = mColor.isValid() ? mColor.name().toStdString() : std::string();
  return category;
}

QString NewCategoryDialog::store()
{
  const tryggkarta::NewCategory wanted = category();
  tryggkarta::Status added =
    tryggkarta::CategoryEditor( mDb ).add( wanted, VocabularyUi::categoryWriteOptions() );
  if ( !added )
  {
    const QString text = CoreMessages::text( added.error() );
    mError->setText( text );
    mError->show();
    return text;
  }
  mError->hide();
  mAddedCode = QString::fromStdString( wanted.code );
  return QString();
}

QString NewCategoryDialog::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void NewCategoryDialog::accept()
{
  if ( store().isEmpty() )
    QDialog::accept();
}

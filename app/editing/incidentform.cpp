#include "incidentform.h"

#include "calendar.h"

#include "screenedtextedit.h"
#include "stockholmtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardItemModel>
#include <QAbstractItemView>
#include <QVBoxLayout>

#include <cmath>

namespace
{
QIcon swatch( const QColor &color )
{
  QPixmap pixmap( 14, 14 );
  pixmap.fill( Qt::transparent );
  QPainter painter( &pixmap );
  painter.setRenderHint( QPainter::Antialiasing );
  painter.setPen( color.darker( 150 ) );
  painter.setBrush( color );
  painter.drawEllipse( QRectF( 1.5, 1.5, 11, 11 ) );
  return QIcon( pixmap );
}

QDateTimeEdit *dateTimeEdit( QWidget *parent )
{
  auto *edit = new QDateTimeEdit( parent );
  edit->setTimeSpec( Qt::UTC ); // a Stockholm wall-clock time (StockholmTime), never shifted by Qt
  edit->setDisplayFormat( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  edit->setCalendarPopup( true );
  edit->setMinimumDateTime( QDateTime( QDate( 1970, 1, 2 ), QTime( 0, 0 ), Qt::UTC ) );
  return edit;
}
} // namespace

IncidentForm::IncidentForm( const EditVocabulary &vocabulary, QWidget *parent )
  : QDialog( parent ), mVocabulary( vocabulary )
{
  setObjectName( QStringLiteral( "IncidentForm" ) );
  auto *layout = new QVBoxLayout( this );
  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy( QFormLayout::AllNonFixedFieldsGrow );
  layout->addLayout( form );

  mPosition = new QLabel( this );
  mPosition->setObjectName( QStringLiteral( "PositionLabel" ) );
  mPosition->setTextInteractionFlags( Qt::TextSelectableByMouse );
  form->addRow( tr( "Position" ), mPosition );

  mCategory = new QComboBox( this );
  mCategory->setObjectName( QStringLiteral( "CategoryCombo" ) );
  mCategory->setMaxVisibleItems( 24 );
  mCategory->setPlaceholderText( tr( "Choose a category…" ) );
  form->addRow( tr( "&Category" ), mCategory );

  mInstant = new QRadioButton( tr( "At a time" ), this );
  mInstant->setObjectName( QStringLiteral( "InstantRadio" ) );
  mInterval = new QRadioButton( tr( "Found afterwards: between" ), this );
  mInterval->setObjectName( QStringLiteral( "IntervalRadio" ) );
  mInterval->setToolTip(
    tr( "For an event discovered later, e.g. between Friday evening and Monday morning" ) );
  auto *kind = new QHBoxLayout;
  kind->addWidget( mInstant );
  kind->addWidget( mInterval );
  kind->addStretch();
  form->addRow( tr( "When" ), kind );
  mFrom = dateTimeEdit( this );
  mFrom->setObjectName( QStringLiteral( "FromEdit" ) );
  mUntil = dateTimeEdit( this );
  mUntil->setObjectName( QStringLiteral( "UntilEdit" ) );
  mUntilLabel = new QLabel( tr( "and" ), this );
  auto *times = new QHBoxLayout;
  times->addWidget( mFrom );
  times->addWidget( mUntilLabel );
  times->addWidget( mUntil );
  times->addStretch();
  form->addRow( QString(), times );
  connect( mInstant, &QRadioButton::toggled, this, &IncidentForm::updateInterval );
  connect( mFrom, &QDateTimeEdit::dateTimeChanged, this,
           [this]( const QDateTime &from )
           {
             // An interval starts where the user puts it; its end follows until it is set after the start.
             if ( mUntil->dateTime() < from )
               mUntil->setDateTime( from );
           } );

  mOrganisation = new QComboBox( this );
  mOrganisation->setObjectName( QStringLiteral( "OrganisationCombo" ) );
  mOrganisation->setEditable( true );
  mOrganisation->setInsertPolicy( QComboBox::NoInsert );
  mOrganisation->addItems( mVocabulary.organisations );
  mOrganisation->lineEdit()->setPlaceholderText( tr( "Who reported it" ) );
  form->addRow( tr( "&Organisation" ), mOrganisation );

  mPlaceType = new QComboBox( this );
  mPlaceType->setObjectName( QStringLiteral( "PlaceTypeCombo" ) );
  mPlaceType->addItem( tr( "(not given)" ), QString() );
  for ( const EditVocabulary::Entry &place : mVocabulary.placeTypes )
    mPlaceType->addItem( place.label, place.code );
  form->addRow( tr( "&Place type" ), mPlaceType );

  mWeight = new QDoubleSpinBox( this );
  mWeight->setObjectName( QStringLiteral( "WeightSpin" ) );
  mWeight->setRange( 0, 100000 );
  mWeight->setDecimals( 0 );
  mWeight->setValue( 1 );
  mWeight->setSizePolicy( QSizePolicy::Fixed, QSizePolicy::Fixed );
  mWeight->setToolTip(
    tr( "How many, or how serious: the heatmap and statistics count the incident this many "
        "times" ) );
  form->addRow( tr( "Count or &severity" ), mWeight );

  mDescription = new ScreenedTextEdit( this );
  mDescription->setObjectName( QStringLiteral( "DescriptionEdit" ) );
  mDescription->setPlaceholderText( tr( "What happened at the place: describe the place and the situation, "
                                        "never persons" ) );
  form->addRow( tr( "&Description" ), mDescription );
  connect( mDescription, &ScreenedTextEdit::submitRequested, this, &IncidentForm::accept );
  connect( mDescription, &ScreenedTextEdit::findingsChanged, this, &IncidentForm::updateKeepBox );

  mKeep = addKeepPersonalDataRow( this, form, mKeepExplanation );
  connect( mKeep, &QCheckBox::toggled, this,
           [this]( bool keep )
           {
             mDescription->setKeepPersonalData( keep );
             growToFit( this );
           } );

  mError = createErrorLabel( this );
  layout->addWidget( mError );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Save )->setDefault( true );
  connect( buttons, &QDialogButtonBox::accepted, this, &IncidentForm::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &IncidentForm::reject );
  layout->addWidget( buttons );

  setMinimumWidth( 560 );
  updateKeepBox();
}

void IncidentForm::fillCategories( QComboBox *combo, const EditVocabulary &vocabulary,
                                   const QString &current )
{
  auto *model = new QStandardItemModel( combo );
  int currentRow = -1;
  for ( const EditVocabulary::Entry &group : vocabulary.groups )
  {
    QList<const EditVocabulary::Category *> members;
    for ( const EditVocabulary::Category &category : vocabulary.categories )
      if ( category.group == group.code && ( !category.hidden || category.code == current ) )
        members << &category;
    if ( members.isEmpty() )
      continue;
    auto *header = new QStandardItem( group.label );
    QFont bold = combo->font();
    bold.setBold( true );
    header->setFont( bold );
    header->setFlags( Qt::NoItemFlags ); // a heading, not a choice
    header->setData( QColor( 60, 60, 60 ), Qt::ForegroundRole );
    model->appendRow( header );
    for ( const EditVocabulary::Category *category : members )
    {
      auto *item = new QStandardItem( swatch( category->color ), category->label );
      item->setData( category->code, Qt::UserRole );
      item->setData( QStringLiteral( "%1: %2" ).arg( group.label, category->label ), Qt::ToolTipRole );
      if ( category->code == current )
        currentRow = model->rowCount();
      model->appendRow( item );
    }
  }
  // A category of a group the project does not list (should not happen) is still shown, not lost.
  for ( const EditVocabulary::Category &category : vocabulary.categories )
    if ( category.code == current && currentRow < 0 )
    {
      auto *item = new QStandardItem( swatch( category.color ), category.label );
      item->setData( category.code, Qt::UserRole );
      currentRow = model->rowCount();
      model->appendRow( item );
    }
  combo->setModel( model );
  combo->setCurrentIndex( currentRow );
  // The list is as wide as its longest group name, not just as the box.
  combo->view()->setMinimumWidth( combo->view()->sizeHintForColumn( 0 ) + 24 );
}

void IncidentForm::growToFit( QDialog *dialog )
{
  QLayout *layout = dialog->layout();
  layout->activate();
  const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth( dialog->width() )
                                                 : layout->totalSizeHint().height();
  if ( height > dialog->height() )
    dialog->resize( dialog->width(), height );
}

int IncidentForm::weightDecimals( double weight )
{
  return std::floor( weight ) == weight ? 0 : 2;
}

QString IncidentForm::positionText( double x, double y )
{
  const QLocale locale;
  return tr( "N %1  E %2 (SWEREF 99 TM)" )
    .arg( locale.toString( qRound64( y ) ), locale.toString( qRound64( x ) ) );
}

void IncidentForm::setRecord( const tryggkarta::IncidentRecord &record, bool isNew )
{
  mRecord = record;
  setWindowTitle( isNew ? tr( "New Incident" ) : tr( "Edit Incident" ) );
  mPosition->setText( positionText( record.x, record.y ) );
  fillCategories( mCategory, mVocabulary, QString::fromStdString( record.category ) );
  const QDateTime from = StockholmTime::wallClock( record.fromUtc );
  mFrom->setDateTime( from );
  mUntil->setDateTime( record.untilUtc ? StockholmTime::wallClock( *record.untilUtc ) : from );
  ( record.untilUtc ? mInterval : mInstant )->setChecked( true );
  updateInterval();
  const QString organisation = QString::fromStdString( record.organisation );
  if ( !organisation.isEmpty() && mOrganisation->findText( organisation ) < 0 )
    mOrganisation->addItem( organisation );
  mOrganisation->setCurrentIndex( mOrganisation->findText( organisation ) );
  mOrganisation->setEditText( organisation );
  const int place = mPlaceType->findData( QString::fromStdString( record.placeType ) );
  mPlaceType->setCurrentIndex( std::max( 0, place ) );
  mWeight->setDecimals( weightDecimals( record.weight ) );
  mWeight->setValue( record.weight );
  mDescription->setText( QString::fromStdString( record.description ) );
  mKeep->setChecked( false );
  mError->hide();
  mCategory->setFocus();
}

tryggkarta::IncidentRecord IncidentForm::record() const
{
  tryggkarta::IncidentRecord r = mRecord;
  r.category = mCategory->currentData( Qt::UserRole ).toString().toStdString();
  r.fromUtc = StockholmTime::toUtc( mFrom->dateTime() );
  r.untilUtc.reset();
  if ( mInterval->isChecked() )
    r.untilUtc = StockholmTime::toUtc( mUntil->dateTime() );
  r.organisation = mOrganisation->currentText().trimmed().toStdString();
  r.placeType = mPlaceType->currentData().toString().toStdString();
  r.weight = mWeight->value();
  r.description = mDescription->text().trimmed().toStdString();
  return r;
}

bool IncidentForm::keepPersonalData() const
{
  return mKeep->isChecked() && mDescription->hasFindings();
}

void IncidentForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

QString IncidentForm::validate() const
{
  if ( mCategory->currentData( Qt::UserRole ).toString().isEmpty() )
    return tr( "Choose a category." );
  if ( mInterval->isChecked() && mUntil->dateTime() < mFrom->dateTime() )
    return tr( "The end of the interval is before its start." );
  if ( StockholmTime::toUtc( mFrom->dateTime() ) >
       QDateTime::currentSecsSinceEpoch() + tryggkarta::kSecondsPerDay )
    return tr( "The time is in the future." );
  return QString();
}

void IncidentForm::accept()
{
  QString problem = validate();
  if ( problem.isEmpty() && mSaveHandler )
    problem = mSaveHandler();
  if ( !problem.isEmpty() )
  {
    showError( problem );
    return;
  }
  QDialog::accept();
}

void IncidentForm::updateInterval()
{
  const bool interval = mInterval->isChecked();
  mUntil->setVisible( interval );
  mUntilLabel->setVisible( interval );
}

QCheckBox *IncidentForm::addKeepPersonalDataRow( QWidget *owner, QFormLayout *form, QLabel *&explanation )
{
  auto *check = new QCheckBox( tr( "Keep the personal data as written (not recommended)" ), owner );
  check->setObjectName( QStringLiteral( "KeepPersonalDataCheck" ) );
  explanation =
    new QLabel( tr( "Reports describe places and situations, never persons. Personal data makes the "
                    "project file sensitive and follows the record into every table and export; "
                    "keep it only when it is really needed." ),
                owner );
  explanation->setWordWrap( true );
  explanation->setStyleSheet( QStringLiteral( "QLabel { color: #555; }" ) );
  auto *keep = new QVBoxLayout;
  keep->setSpacing( 2 );
  keep->addWidget( check );
  keep->addWidget( explanation );
  form->addRow( QString(), keep );
  return check;
}

QLabel *IncidentForm::createErrorLabel( QWidget *owner )
{
  auto *label = new QLabel( owner );
  label->setObjectName( QStringLiteral( "FormError" ) );
  label->setWordWrap( true );
  label->setStyleSheet( QStringLiteral( "QLabel { color: #b00020; }" ) );
  label->hide();
  return label;
}

void IncidentForm::updateKeepBox()
{
  const bool found = mDescription->hasFindings();
  mKeep->setVisible( found );
  mKeepExplanation->setVisible( found );
  growToFit( this );
}

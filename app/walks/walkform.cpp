#include "walkform.h"

#include "incidentform.h"
#include "screenedtextedit.h"

#include <qgsapplication.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace
{
//! The light list's value for a walk at dusk and again after dark.
const QString kDuskAndDark = QStringLiteral( "dusk+dark" );

enum OrganisationColumn
{
  NameColumn,
  InvitedColumn,
  ParticipantsColumn
};

//! A spin box whose lowest value means "not given".
QSpinBox *countSpin( QWidget *parent )
{
  auto *spin = new QSpinBox( parent );
  spin->setRange( -1, 10000 );
  spin->setSpecialValueText( QStringLiteral( "–" ) );
  spin->setValue( -1 );
  spin->setSizePolicy( QSizePolicy::Fixed, QSizePolicy::Fixed );
  return spin;
}

std::optional<int> countOf( const QSpinBox *spin )
{
  return spin->value() < 0 ? std::nullopt : std::optional<int>( spin->value() );
}

QString text( const std::string &value )
{
  return QString::fromStdString( value );
}
} // namespace

QString WalkForm::statusLabel( const QString &status, bool english )
{
  if ( !english )
    return text( tryggkarta::walkStatusLabelSv( status.toStdString() ) );
  if ( status == QLatin1String( "planned" ) )
    return tr( "planned" );
  if ( status == QLatin1String( "done" ) )
    return tr( "done" );
  if ( status == QLatin1String( "followed_up" ) )
    return tr( "followed up" );
  if ( status == QLatin1String( "cancelled" ) )
    return tr( "cancelled" );
  return status;
}

QString WalkForm::lightLabel( const QString &light, bool alsoAfterDark, bool english )
{
  if ( !english )
    return text( tryggkarta::lightLabelSv( light.toStdString(), alsoAfterDark ) );
  if ( light == QLatin1String( "dusk" ) && alsoAfterDark )
    return tr( "dusk and dark" );
  if ( light == QLatin1String( "daylight" ) )
    return tr( "daylight" );
  if ( light == QLatin1String( "dusk" ) )
    return tr( "dusk" );
  if ( light == QLatin1String( "dark" ) )
    return tr( "dark" );
  return light;
}

WalkForm::WalkForm( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "WalkForm" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy( QFormLayout::AllNonFixedFieldsGrow );
  layout->addLayout( form );

  mName = new QLineEdit( this );
  mName->setObjectName( QStringLiteral( "WalkNameEdit" ) );
  form->addRow( tr( "&Name" ), mName );

  mDateSet = new QCheckBox( this );
  mDateSet->setToolTip( tr( "The walk has a date" ) );
  mDate = new QDateEdit( this );
  mDate->setObjectName( QStringLiteral( "WalkDateEdit" ) );
  mDate->setCalendarPopup( true );
  mDate->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
  mDate->setDate( QDate::currentDate() );
  mTimeSet = new QCheckBox( tr( "at" ), this );
  mTimeSet->setToolTip( tr( "The walk has a start time" ) );
  mTime = new QTimeEdit( this );
  mTime->setObjectName( QStringLiteral( "WalkTimeEdit" ) );
  mTime->setDisplayFormat( QStringLiteral( "HH:mm" ) );
  mTime->setTime( QTime( 18, 0 ) );
  auto *when = new QHBoxLayout;
  when->addWidget( mDateSet );
  when->addWidget( mDate );
  when->addWidget( mTimeSet );
  when->addWidget( mTime );
  when->addStretch();
  form->addRow( tr( "Date" ), when );
  connect( mDateSet, &QCheckBox::toggled, mDate, &QWidget::setEnabled );
  connect( mTimeSet, &QCheckBox::toggled, mTime, &QWidget::setEnabled );

  mLight = new QComboBox( this );
  mLight->setObjectName( QStringLiteral( "WalkLightCombo" ) );
  form->addRow( tr( "&Light" ), mLight );

  mArea = new QComboBox( this );
  mArea->setObjectName( QStringLiteral( "WalkAreaCombo" ) );
  form->addRow( tr( "&Area" ), mArea );

  mOrganiser = new QComboBox( this );
  mOrganiser->setObjectName( QStringLiteral( "WalkOrganiserCombo" ) );
  mOrganiser->setEditable( true );
  mOrganiser->setInsertPolicy( QComboBox::NoInsert );
  form->addRow( tr( "&Organiser" ), mOrganiser );

  mStatus = new QComboBox( this );
  mStatus->setObjectName( QStringLiteral( "WalkStatusCombo" ) );
  form->addRow( tr( "&Status" ), mStatus );

  mExpected = countSpin( this );
  mExpected->setObjectName( QStringLiteral( "WalkExpectedSpin" ) );
  mParticipants = countSpin( this );
  mParticipants->setObjectName( QStringLiteral( "WalkParticipantsSpin" ) );
  auto *people = new QHBoxLayout;
  people->addWidget( mExpected );
  people->addWidget( new QLabel( tr( "took part:" ), this ) );
  people->addWidget( mParticipants );
  people->addStretch();
  form->addRow( tr( "Expected" ), people );

  mMeetingPoint = new QLineEdit( this );
  mMeetingPoint->setObjectName( QStringLiteral( "WalkMeetingPointEdit" ) );
  mMeetingPoint->setPlaceholderText( tr( "e.g. the bus stop at the square" ) );
  form->addRow( tr( "&Meeting point" ), mMeetingPoint );

  mPurpose = new ScreenedTextEdit( this );
  mPurpose->setObjectName( QStringLiteral( "WalkPurposeEdit" ) );
  mPurpose->setPlaceholderText( tr( "Why this walk: what residents asked about, what the lägesbild shows" ) );
  mPurpose->editor()->setFixedHeight( mPurpose->fontMetrics().lineSpacing() * 3 + 12 );
  form->addRow( tr( "&Purpose" ), mPurpose );

  // Organisations: counts only, never names of people.
  mOrganisations = new QTableWidget( 0, 3, this );
  mOrganisations->setObjectName( QStringLiteral( "WalkOrganisationsTable" ) );
  mOrganisations->setHorizontalHeaderLabels( { tr( "Organisation" ), tr( "Invited" ), tr( "Took part" ) } );
  mOrganisations->horizontalHeader()->setSectionResizeMode( NameColumn, QHeaderView::Stretch );
  mOrganisations->horizontalHeader()->setSectionResizeMode( InvitedColumn, QHeaderView::ResizeToContents );
  mOrganisations->horizontalHeader()->setSectionResizeMode( ParticipantsColumn,
                                                            QHeaderView::ResizeToContents );
  mOrganisations->verticalHeader()->hide();
  mOrganisations->setSelectionBehavior( QAbstractItemView::SelectRows );
  mOrganisations->setMinimumHeight( 90 );
  mOrganisations->setToolTip( tr( "The organisations invited and, after the walk, how many of each took part "
                                  "(a number, never names)" ) );
  mNewOrganisation = new QComboBox( this );
  mNewOrganisation->setEditable( true );
  mNewOrganisation->setInsertPolicy( QComboBox::NoInsert );
  mNewOrganisation->setSizePolicy( QSizePolicy::Expanding, QSizePolicy::Fixed );
  mAddOrganisation =
    new QPushButton( QgsApplication::getThemeIcon( QStringLiteral( "/mActionAdd.svg" ) ), QString(), this );
  mAddOrganisation->setToolTip( tr( "Invite the organisation" ) );
  mRemoveOrganisation = new QPushButton(
    QgsApplication::getThemeIcon( QStringLiteral( "/mActionDeleteSelected.svg" ) ), QString(), this );
  mRemoveOrganisation->setToolTip( tr( "Remove the selected organisation" ) );
  auto *organisationButtons = new QHBoxLayout;
  organisationButtons->addWidget( mNewOrganisation, 1 );
  organisationButtons->addWidget( mAddOrganisation );
  organisationButtons->addWidget( mRemoveOrganisation );
  auto *organisations = new QVBoxLayout;
  organisations->addWidget( mOrganisations );
  organisations->addLayout( organisationButtons );
  form->addRow( tr( "Organisations" ), organisations );
  connect( mAddOrganisation, &QPushButton::clicked, this,
           [this]
           {
             const QString name = mNewOrganisation->currentText().trimmed();
             if ( name.isEmpty() )
               return;
             for ( int row = 0; row < mOrganisations->rowCount(); ++row )
               if ( mOrganisations->item( row, NameColumn )->text() == name )
                 return;
             tryggkarta::WalkOrganisation organisation;
             organisation.organisation = name.toStdString();
             addOrganisationRow( organisation );
             mNewOrganisation->setCurrentText( QString() );
             markModified();
           } );
  connect( mRemoveOrganisation, &QPushButton::clicked, this,
           [this]
           {
             const int row = mOrganisations->currentRow();
             if ( row < 0 )
               return;
             mOrganisations->removeRow( row );
             markModified();
           } );
  connect( mOrganisations, &QTableWidget::itemChanged, this, [this] { markModified(); } );

  mError = IncidentForm::createErrorLabel( this );
  layout->addWidget( mError );

  mSave = new QPushButton( tr( "&Save" ), this );
  mSave->setObjectName( QStringLiteral( "WalkSaveButton" ) );
  mRevert = new QPushButton( tr( "Discard Changes" ), this );
  auto *buttons = new QHBoxLayout;
  buttons->addStretch();
  buttons->addWidget( mRevert );
  buttons->addWidget( mSave );
  layout->addLayout( buttons );
  layout->addStretch();
  connect( mSave, &QPushButton::clicked, this, &WalkForm::saveRequested );
  connect( mRevert, &QPushButton::clicked, this, &WalkForm::revertRequested );

  // Any change marks the form changed.
  connect( mName, &QLineEdit::textEdited, this, &WalkForm::markModified );
  connect( mMeetingPoint, &QLineEdit::textEdited, this, &WalkForm::markModified );
  connect( mPurpose->editor(), &QPlainTextEdit::textChanged, this, &WalkForm::markModified );
  for ( QCheckBox *box : { mDateSet, mTimeSet } )
    connect( box, &QCheckBox::toggled, this, &WalkForm::markModified );
  connect( mDate, &QDateEdit::dateChanged, this, &WalkForm::markModified );
  connect( mTime, &QTimeEdit::timeChanged, this, &WalkForm::markModified );
  for ( QComboBox *combo : { mLight, mArea, mStatus } )
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &WalkForm::markModified );
  connect( mOrganiser, &QComboBox::currentTextChanged, this, &WalkForm::markModified );
  for ( QSpinBox *spin : { mExpected, mParticipants } )
    connect( spin, qOverload<int>( &QSpinBox::valueChanged ), this, &WalkForm::markModified );

  setWalk( std::nullopt );
}

void WalkForm::setChoices( const QList<QPair<qint64, QString>> &areas, const QStringList &organisations )
{
  mFilling = true;
  const QVariant area = mArea->currentData();
  mArea->clear();
  mArea->addItem( tr( "(no area)" ), QVariant() );
  for ( const auto &[fid, name] : areas )
    mArea->addItem( name, fid );
  mArea->setCurrentIndex( std::max( 0, mArea->findData( area ) ) );
  mOrganisationNames = organisations;
  const QString organiser = mOrganiser->currentText();
  mOrganiser->clear();
  mOrganiser->addItems( organisations );
  mOrganiser->setCurrentText( organiser );
  mNewOrganisation->clear();
  mNewOrganisation->addItems( organisations );
  mNewOrganisation->setCurrentText( QString() );
  mFilling = false;
}

void WalkForm::addOrganisationRow( const tryggkarta::WalkOrganisation &organisation )
{
  const bool filling = std::exchange( mFilling, true );
  const int row = mOrganisations->rowCount();
  mOrganisations->insertRow( row );
  mOrganisations->setItem( row, NameColumn, new QTableWidgetItem( text( organisation.organisation ) ) );
  auto *invited = new QTableWidgetItem;
  invited->setFlags( Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable );
  invited->setCheckState( organisation.invited ? Qt::Checked : Qt::Unchecked );
  mOrganisations->setItem( row, InvitedColumn, invited );
  auto *participants = new QTableWidgetItem(
    organisation.participants ? QString::number( *organisation.participants ) : QString() );
  participants->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
  participants->setToolTip( tr( "How many took part (after the walk); empty while planned" ) );
  mOrganisations->setItem( row, ParticipantsColumn, participants );
  mFilling = filling;
}

void WalkForm::setWalk( const std::optional<tryggkarta::Walk> &walk )
{
  mFilling = true;
  mWalk = walk;
  const tryggkarta::Walk shown = walk.value_or( tryggkarta::Walk() );
  mName->setText( text( shown.name ) );
  const QDate date = QDate::fromString( text( shown.date ), Qt::ISODate );
  mDateSet->setChecked( date.isValid() );
  mDate->setEnabled( date.isValid() );
  mDate->setDate( date.isValid() ? date : QDate::currentDate() );
  const QTime time = QTime::fromString( text( shown.startTime ), QStringLiteral( "HH:mm" ) );
  mTimeSet->setChecked( time.isValid() );
  mTime->setEnabled( time.isValid() );
  mTime->setTime( time.isValid() ? time : QTime( 18, 0 ) );

  mLight->clear();
  mLight->addItem( tr( "(not set)" ), QString() );
  for ( const char *light : { "daylight", "dusk", "dark" } )
    mLight->addItem( lightLabel( QLatin1String( light ), false, mEnglish ), QLatin1String( light ) );
  // Women's safety audits walk at dusk and again after dark.
  mLight->addItem( lightLabel( QStringLiteral( "dusk" ), true, mEnglish ), kDuskAndDark );
  const QString light = shown.light == "dusk" && shown.alsoAfterDark ? kDuskAndDark : text( shown.light );
  mLight->setCurrentIndex( std::max( 0, mLight->findData( light ) ) );

  mArea->setCurrentIndex(
    shown.areaId ? std::max( 0, mArea->findData( static_cast<qlonglong>( *shown.areaId ) ) ) : 0 );
  mOrganiser->setCurrentText( text( shown.organiser ) );
  mOrganiser->lineEdit()->setCursorPosition( 0 ); // the beginning of a long list of organisers
  mStatus->clear();
  for ( const std::string &status : tryggkarta::walkStatuses() )
    mStatus->addItem( statusLabel( text( status ), mEnglish ), text( status ) );
  mStatus->setCurrentIndex( std::max( 0, mStatus->findData( text( shown.status ) ) ) );
  mExpected->setValue( shown.expectedParticipants.value_or( -1 ) );
  mParticipants->setValue( shown.participants.value_or( -1 ) );
  mMeetingPoint->setText( text( shown.meetingPoint ) );
  mPurpose->setText( text( shown.purpose ) );
  mOrganisations->setRowCount( 0 );
  for ( const tryggkarta::WalkOrganisation &organisation : shown.organisations )
    addOrganisationRow( organisation );
  mError->hide();
  mFilling = false;
  setModified( false );
}

tryggkarta::Walk WalkForm::walk() const
{
  tryggkarta::Walk walk = mWalk.value_or( tryggkarta::Walk() );
  walk.name = mName->text().trimmed().toStdString();
  walk.date = mDateSet->isChecked() ? mDate->date().toString( Qt::ISODate ).toStdString() : std::string();
  walk.startTime =
    mTimeSet->isChecked() ? mTime->time().toString( QStringLiteral( "HH:mm" ) ).toStdString() : std::string();
  const QString light = mLight->currentData().toString();
  walk.alsoAfterDark = light == kDuskAndDark;
  walk.light = walk.alsoAfterDark ? std::string( "dusk" ) : light.toStdString();
  const QVariant area = mArea->currentData();
  walk.areaId = area.isValid() && !area.isNull() ? std::optional<int64_t>( area.toLongLong() ) : std::nullopt;
  walk.organiser = mOrganiser->currentText().trimmed().toStdString();
  walk.status = mStatus->currentData().toString().toStdString();
  walk.expectedParticipants = countOf( mExpected );
  walk.participants = countOf( mParticipants );
  walk.meetingPoint = mMeetingPoint->text().trimmed().toStdString();
  walk.purpose = mPurpose->text().trimmed().toStdString();
  walk.organisations.clear();
  for ( int row = 0; row < mOrganisations->rowCount(); ++row )
  {
    tryggkarta::WalkOrganisation organisation;
    organisation.organisation = mOrganisations->item( row, NameColumn )->text().trimmed().toStdString();
    organisation.invited = mOrganisations->item( row, InvitedColumn )->checkState() == Qt::Checked;
    bool ok = false;
    const int count = mOrganisations->item( row, ParticipantsColumn )->text().trimmed().toInt( &ok );
    if ( ok && count >= 0 )
      organisation.participants = count;
    walk.organisations.push_back( organisation );
  }
  return walk;
}

void WalkForm::markModified()
{
  if ( mFilling || !mWalk )
    return;
  setModified( true );
}

void WalkForm::setModified( bool modified )
{
  mModified = modified;
  if ( !modified )
    mError->hide();
  updateButtons();
}

void WalkForm::setEditable( bool editable )
{
  mEditable = editable;
  updateButtons();
}

void WalkForm::updateButtons()
{
  const bool enabled = mWalk.has_value() && mEditable;
  for ( QWidget *widget : std::initializer_list<QWidget *>{
          mName, mDateSet, mTimeSet, mLight, mArea, mOrganiser, mStatus, mExpected, mParticipants,
          mMeetingPoint, mPurpose, mOrganisations, mNewOrganisation, mAddOrganisation, mRemoveOrganisation } )
    widget->setEnabled( enabled );
  mDate->setEnabled( enabled && mDateSet->isChecked() );
  mTime->setEnabled( enabled && mTimeSet->isChecked() );
  mSave->setEnabled( enabled && mModified );
  mRevert->setEnabled( enabled && mModified );
}

void WalkForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

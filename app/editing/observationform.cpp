#include "observationform.h"

#include "incidentform.h"
#include "screenedtextedit.h"
#include "stockholmtime.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

ObservationForm::ObservationForm( const EditVocabulary &vocabulary, QWidget *parent )
  : QDialog( parent ), mVocabulary( vocabulary )
{
  setObjectName( QStringLiteral( "ObservationForm" ) );
  auto *layout = new QVBoxLayout( this );
  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy( QFormLayout::AllNonFixedFieldsGrow );
  layout->addLayout( form );

  mPosition = new QLabel( this );
  mPosition->setTextInteractionFlags( Qt::TextSelectableByMouse );
  form->addRow( tr( "Position" ), mPosition );

  mWalk = new QComboBox( this );
  mWalk->setObjectName( QStringLiteral( "WalkCombo" ) );
  mWalk->setPlaceholderText( tr( "Choose the walk…" ) );
  form->addRow( tr( "Safety &walk" ), mWalk );

  mChecklistItem = new QComboBox( this );
  mChecklistItem->setObjectName( QStringLiteral( "ChecklistCombo" ) );
  mChecklistItem->setPlaceholderText( tr( "Choose what it is about…" ) );
  form->addRow( tr( "&Checklist item" ), mChecklistItem );

  mPositive = new QComboBox( this );
  mPositive->setObjectName( QStringLiteral( "PositiveCombo" ) );
  mPositive->addItem( tr( "(not stated)" ), QVariant() );
  mPositive->addItem( tr( "A problem: the place feels unsafe" ), false );
  mPositive->addItem( tr( "A good place: it feels safe" ), true );
  form->addRow( tr( "&Assessment" ), mPositive );

  mRating = new QComboBox( this );
  mRating->setObjectName( QStringLiteral( "RatingCombo" ) );
  mRating->setSizePolicy( QSizePolicy::Fixed, QSizePolicy::Fixed );
  mRating->addItem( tr( "(not rated)" ), QVariant() );
  mRating->addItem( tr( "0 – very poor" ), 0 );
  mRating->addItem( tr( "1 – poor" ), 1 );
  mRating->addItem( tr( "2 – fair" ), 2 );
  mRating->addItem( tr( "3 – good" ), 3 );
  form->addRow( tr( "&Rating" ), mRating );

  mTimeKnown = new QCheckBox( tr( "Known" ), this );
  mObservedAt = new QDateTimeEdit( this );
  mObservedAt->setObjectName( QStringLiteral( "ObservedAtEdit" ) );
  mObservedAt->setTimeSpec( Qt::UTC ); // a Stockholm wall-clock time (StockholmTime)
  mObservedAt->setDisplayFormat( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  mObservedAt->setCalendarPopup( true );
  auto *time = new QHBoxLayout;
  time->addWidget( mTimeKnown );
  time->addWidget( mObservedAt );
  time->addStretch();
  form->addRow( tr( "Observed" ), time );
  connect( mTimeKnown, &QCheckBox::toggled, mObservedAt, &QWidget::setEnabled );

  mNote = new ScreenedTextEdit( this );
  mNote->setObjectName( QStringLiteral( "NoteEdit" ) );
  mNote->setPlaceholderText( tr( "What makes the place feel safe or unsafe" ) );
  form->addRow( tr( "&Note" ), mNote );
  mProposedAction = new ScreenedTextEdit( this );
  mProposedAction->setObjectName( QStringLiteral( "ProposedActionEdit" ) );
  mProposedAction->setPlaceholderText( tr( "What should be done, e.g. prune the bushes, repair the lamp" ) );
  form->addRow( tr( "Proposed a&ction" ), mProposedAction );
  for ( ScreenedTextEdit *edit : { mNote, mProposedAction } )
  {
    connect( edit, &ScreenedTextEdit::submitRequested, this, &ObservationForm::accept );
    connect( edit, &ScreenedTextEdit::findingsChanged, this, &ObservationForm::updateKeepBox );
  }

  mKeep = IncidentForm::addKeepPersonalDataRow( this, form, mKeepExplanation );
  connect( mKeep, &QCheckBox::toggled, this,
           [this]( bool kept )
           {
             mNote->setKeepPersonalData( kept );
             mProposedAction->setKeepPersonalData( kept );
             IncidentForm::growToFit( this );
           } );

  mError = IncidentForm::createErrorLabel( this );
  layout->addWidget( mError );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  buttons->button( QDialogButtonBox::Save )->setDefault( true );
  connect( buttons, &QDialogButtonBox::accepted, this, &ObservationForm::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &ObservationForm::reject );
  layout->addWidget( buttons );
  setMinimumWidth( 560 );
  updateKeepBox();
}

void ObservationForm::setRecord( const tryggkarta::ObservationRecord &record, bool isNew )
{
  mRecord = record;
  mIsNew = isNew;
  setWindowTitle( isNew ? tr( "New Safety-Walk Observation" ) : tr( "Edit Safety-Walk Observation" ) );
  mPosition->setText( IncidentForm::positionText( record.x, record.y ) );

  const QLocale locale;
  mWalk->clear();
  if ( !isNew )
    mWalk->addItem( tr( "(no walk)" ), QVariant() );
  for ( const EditVocabulary::Walk &walk : mVocabulary.walks )
    mWalk->addItem(
      walk.date.isValid()
        ? QStringLiteral( "%1 (%2)" ).arg( walk.name, locale.toString( walk.date, QLocale::ShortFormat ) )
        : walk.name,
      walk.fid );
  mWalk->setCurrentIndex( record.walkId ? mWalk->findData( static_cast<qlonglong>( *record.walkId ) )
                                        : ( isNew ? -1 : 0 ) );

  mChecklistItem->clear();
  if ( !isNew )
    mChecklistItem->addItem( tr( "(none)" ), QString() );
  for ( const EditVocabulary::Entry &item : mVocabulary.checklistItems )
    mChecklistItem->addItem( item.label, item.code );
  mChecklistItem->setCurrentIndex(
    record.checklistItem.empty()
      ? ( isNew ? -1 : 0 )
      : mChecklistItem->findData( QString::fromStdString( record.checklistItem ) ) );

  mPositive->setCurrentIndex( record.positive ? ( *record.positive ? 2 : 1 ) : 0 );
  mRating->setCurrentIndex( record.rating ? *record.rating + 1 : 0 );
  mTimeKnown->setChecked( record.observedUtc.has_value() );
  mObservedAt->setEnabled( record.observedUtc.has_value() );
  mObservedAt->setDateTime(
    StockholmTime::wallClock( record.observedUtc.value_or( QDateTime::currentSecsSinceEpoch() ) ) );
  mNote->setText( QString::fromStdString( record.note ) );
  mProposedAction->setText( QString::fromStdString( record.proposedAction ) );
  mKeep->setChecked( false );
  mError->hide();
  mWalk->setFocus();
}

tryggkarta::ObservationRecord ObservationForm::record() const
{
  tryggkarta::ObservationRecord r = mRecord;
  const QVariant walk = mWalk->currentData();
  r.walkId.reset();
  if ( walk.isValid() && !walk.isNull() )
    r.walkId = walk.toLongLong();
  r.checklistItem = mChecklistItem->currentData().toString().toStdString();
  const QVariant positive = mPositive->currentData();
  r.positive.reset();
  if ( positive.isValid() )
    r.positive = positive.toBool();
  const QVariant rating = mRating->currentData();
  r.rating.reset();
  if ( rating.isValid() )
    r.rating = rating.toInt();
  r.observedUtc.reset();
  if ( mTimeKnown->isChecked() )
    r.observedUtc = StockholmTime::toUtc( mObservedAt->dateTime() );
  r.note = mNote->text().trimmed().toStdString();
  r.proposedAction = mProposedAction->text().trimmed().toStdString();
  return r;
}

bool ObservationForm::keepPersonalData() const
{
  return mKeep->isChecked() && ( mNote->hasFindings() || mProposedAction->hasFindings() );
}

void ObservationForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

QString ObservationForm::validate() const
{
  if ( mIsNew && mWalk->currentIndex() < 0 )
    return mVocabulary.walks.isEmpty() ? tr( "The project has no safety walks yet: import the walk first." )
                                       : tr( "Choose the safety walk the observation was made on." );
  if ( mIsNew && mChecklistItem->currentIndex() < 0 )
    return tr( "Choose the checklist item the observation is about." );
  return QString();
}

void ObservationForm::accept()
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

void ObservationForm::updateKeepBox()
{
  const bool found = mNote->hasFindings() || mProposedAction->hasFindings();
  mKeep->setVisible( found );
  mKeepExplanation->setVisible( found );
  IncidentForm::growToFit( this );
}

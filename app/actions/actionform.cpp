#include "actionform.h"

#include "actiontext.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}

QLineEdit *dateEdit( const std::string &value, QWidget *parent )
{
  auto *edit = new QLineEdit( text( value ), parent );
  edit->setPlaceholderText( ActionForm::tr( "YYYY-MM-DD" ) );
  edit->setMaximumWidth( 120 );
  return edit;
}

//! A date as typed, or the message why it is not one.
bool validDate( const QString &value )
{
  return value.trimmed().isEmpty() || QDate::fromString( value.trimmed(), Qt::ISODate ).isValid();
}

template <typename T>
void selectData( QComboBox *combo, const std::optional<T> &value )
{
  const int index = value ? combo->findData( QVariant::fromValue<qint64>( *value ) ) : 0;
  combo->setCurrentIndex( std::max( 0, index ) );
}

std::optional<qint64> dataOf( const QComboBox *combo )
{
  const QVariant data = combo->currentData();
  if ( !data.isValid() || data.toLongLong() <= 0 )
    return std::nullopt;
  return data.toLongLong();
}
} // namespace

ActionForm::ActionForm( const tryggkarta::Action &action, const Choices &choices, Save save, QWidget *parent )
  : QDialog( parent ), mAction( action ), mSave( std::move( save ) )
{
  setObjectName( QStringLiteral( "ActionForm" ) );
  setWindowTitle( action.fid ? tr( "Action %1" ).arg( action.fid ) : tr( "New Action" ) );
  auto *layout = new QVBoxLayout( this );
  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "ActionFormError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00000; font-weight: bold;" ) );
  mError->hide();
  layout->addWidget( mError );

  auto *form = new QFormLayout();
  layout->addLayout( form );
  mTitle = new QLineEdit( text( action.title ), this );
  mTitle->setPlaceholderText( tr( "What is to be done (required)" ) );
  form->addRow( tr( "What" ), mTitle );
  mDescription = new QPlainTextEdit( text( action.description ), this );
  mDescription->setMaximumHeight( 70 );
  form->addRow( tr( "Description" ), mDescription );

  mKind = new QComboBox( this );
  for ( const std::string &kind : tryggkarta::actionKinds() )
    mKind->addItem( ActionText::kindLabel( kind ), text( kind ) );
  mKind->setCurrentIndex( std::max( 0, mKind->findData( text( action.kind ) ) ) );
  mKind->setToolTip( tr( "An intervention (insats) is an action of any kind but \"Action\": it has an area "
                         "and a period, and can be evaluated." ) );
  form->addRow( tr( "Kind" ), mKind );

  mPriorityLink = new QComboBox( this );
  mPriorityLink->addItem( tr( "(no priority)" ), QVariant::fromValue<qint64>( 0 ) );
  for ( const auto &[fid, label] : choices.priorities )
    mPriorityLink->addItem( label, QVariant::fromValue<qint64>( fid ) );
  selectData( mPriorityLink, action.priorityId );
  form->addRow( tr( "Priority (problem)" ), mPriorityLink );

  mArea = new QComboBox( this );
  mArea->addItem( tr( "(no area)" ), QVariant::fromValue<qint64>( 0 ) );
  for ( const auto &[fid, label] : choices.areas )
    mArea->addItem( label, QVariant::fromValue<qint64>( fid ) );
  selectData( mArea, action.areaId );
  form->addRow( tr( "Area" ), mArea );

  QStringList links;
  if ( action.observationId )
    links << tr( "observation %1" ).arg( *action.observationId );
  if ( action.incidentId )
    links << tr( "incident %1" ).arg( *action.incidentId );
  if ( !action.clusterRef.empty() )
    links << tr( "cluster %1" ).arg( text( action.clusterRef ) );
  if ( action.point )
    links << tr( "place %1, %2" ).arg( action.point->x, 0, 'f', 0 ).arg( action.point->y, 0, 'f', 0 );
  mLinks = new QLabel( links.isEmpty() ? tr( "nothing else" ) : links.join( QStringLiteral( ", " ) ), this );
  mLinks->setWordWrap( true );
  form->addRow( tr( "Linked to" ), mLinks );

  mResponsible = new QComboBox( this );
  mResponsible->setEditable( true );
  mResponsible->addItem( QString() );
  mResponsible->addItems( choices.organisations );
  mResponsible->setCurrentText( text( action.responsible ) );
  form->addRow( tr( "Responsible organisation" ), mResponsible );
  mContactRole = new QLineEdit( text( action.contactRole ), this );
  mContactRole->setObjectName( QStringLiteral( "ContactRoleEdit" ) );
  mContactRole->setPlaceholderText( tr( "e.g. area police officer, property manager" ) );
  mContactRole->setToolTip( tr( "The contact's role in the organisation. Never a person's name: the action "
                                "list is shown to the EST group and may be published." ) );
  form->addRow( tr( "Contact role (a role, never a name)" ), mContactRole );

  mPriority = new QComboBox( this );
  mPriority->addItem( tr( "(none)" ), 0 );
  for ( int p = 1; p <= 3; ++p )
    mPriority->addItem( ActionText::priorityLabel( p ), p );
  mPriority->setCurrentIndex( action.priority ? std::max( 0, mPriority->findData( *action.priority ) ) : 0 );
  form->addRow( tr( "Priority" ), mPriority );
  mDeadline = dateEdit( action.deadline, this );
  form->addRow( tr( "Deadline" ), mDeadline );
  mCost = new QDoubleSpinBox( this );
  mCost->setRange( -1, 1e9 );
  mCost->setDecimals( 0 );
  mCost->setSingleStep( 1000 );
  mCost->setSpecialValueText( tr( "(not known)" ) );
  mCost->setSuffix( tr( " SEK" ) );
  mCost->setValue( action.costSek ? *action.costSek : -1 );
  form->addRow( tr( "Cost" ), mCost );

  mStatus = new QComboBox( this );
  for ( const std::string &status : tryggkarta::actionStatusCodes() )
    mStatus->addItem( ActionText::statusIcon( status ), ActionText::statusLabel( status ), text( status ) );
  mStatus->setCurrentIndex( std::max( 0, mStatus->findData( text( action.status ) ) ) );
  form->addRow( tr( "Status" ), mStatus );
  mDecided = dateEdit( action.decidedDate, this );
  form->addRow( tr( "Decided on" ), mDecided );
  mDone = dateEdit( action.doneDate, this );
  form->addRow( tr( "Done on" ), mDone );
  mReason = new QLineEdit( text( action.rejectionReason ), this );
  mReason->setObjectName( QStringLiteral( "RejectionReasonEdit" ) );
  mReason->setPlaceholderText( tr( "Required for a rejected action: it is published with the protocol" ) );
  mReasonLabel = new QLabel( tr( "Reason for rejection" ), this );
  form->addRow( mReasonLabel, mReason );
  mStatusNote = new QLineEdit( this );
  mStatusNote->setPlaceholderText( tr( "Written to the status history with a changed status" ) );
  form->addRow( tr( "Note on the status change" ), mStatusNote );

  mInterventionRows = new QWidget( this );
  auto *period = new QFormLayout( mInterventionRows );
  period->setContentsMargins( 0, 0, 0, 0 );
  mStart = dateEdit( action.startDate, mInterventionRows );
  mEnd = dateEdit( action.endDate, mInterventionRows );
  period->addRow( tr( "Intervention from" ), mStart );
  period->addRow( tr( "Intervention until" ), mEnd );
  form->addRow( mInterventionRows );

  mNote = new QPlainTextEdit( text( action.note ), this );
  mNote->setObjectName( QStringLiteral( "InternalNoteEdit" ) );
  mNote->setMaximumHeight( 60 );
  mNote->setToolTip( tr( "Internal: for the EST group only, left out of public exports." ) );
  form->addRow( tr( "Internal note (not published)" ), mNote );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &ActionForm::trySave );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  connect( mKind, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ActionForm::updateVisibility );
  connect( mStatus, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ActionForm::updateVisibility );
  updateVisibility();
  resize( 520, sizeHint().height() );
}

void ActionForm::updateVisibility()
{
  const bool rejected = mStatus->currentData().toString() == QLatin1String( "rejected" );
  mReason->setVisible( rejected );
  mReasonLabel->setVisible( rejected );
  mInterventionRows->setVisible(
    tryggkarta::isInterventionKind( mKind->currentData().toString().toStdString() ) );
}

tryggkarta::Action ActionForm::action() const
{
  tryggkarta::Action a = mAction;
  a.title = mTitle->text().trimmed().toStdString();
  a.description = mDescription->toPlainText().trimmed().toStdString();
  a.kind = mKind->currentData().toString().toStdString();
  a.priorityId = dataOf( mPriorityLink );
  a.areaId = dataOf( mArea );
  a.responsible = mResponsible->currentText().trimmed().toStdString();
  a.contactRole = mContactRole->text().trimmed().toStdString();
  const int priority = mPriority->currentData().toInt();
  a.priority = priority > 0 ? std::optional<int>( priority ) : std::nullopt;
  a.deadline = mDeadline->text().trimmed().toStdString();
  a.costSek = mCost->value() >= 0 ? std::optional<double>( mCost->value() ) : std::nullopt;
  a.status = mStatus->currentData().toString().toStdString();
  a.decidedDate = mDecided->text().trimmed().toStdString();
  a.doneDate = mDone->text().trimmed().toStdString();
  a.rejectionReason = a.status == "rejected" ? mReason->text().trimmed().toStdString() : std::string();
  a.note = mNote->toPlainText().trimmed().toStdString();
  const bool intervention = tryggkarta::isInterventionKind( a.kind );
  a.startDate = intervention ? mStart->text().trimmed().toStdString() : std::string();
  a.endDate = intervention ? mEnd->text().trimmed().toStdString() : std::string();
  return a;
}

QString ActionForm::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void ActionForm::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

void ActionForm::trySave()
{
  for ( QLineEdit *edit : { mDeadline, mDecided, mDone, mStart, mEnd } )
    if ( !validDate( edit->text() ) )
    {
      edit->setFocus();
      return showError( tr( "\"%1\" is not a date: write dates as YYYY-MM-DD." ).arg( edit->text() ) );
    }
  const tryggkarta::Action a = action();
  if ( a.title.empty() )
  {
    mTitle->setFocus();
    return showError( tr( "Write what is to be done." ) );
  }
  tryggkarta::StatusChangeDetails details;
  details.note = mStatusNote->text().trimmed().toStdString();
  details.rejectionReason = a.rejectionReason;
  if ( a.status == "decided" || a.status == "in_progress" )
    details.effectiveDate = a.decidedDate;
  else if ( a.status == "done" )
    details.effectiveDate = a.doneDate;
  const QString problem = mSave ? mSave( a, details ) : QString();
  if ( !problem.isEmpty() )
    return showError( problem );
  showError( QString() );
  accept();
}

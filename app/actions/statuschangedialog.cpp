#include "statuschangedialog.h"

#include "actiontext.h"
#include "coremessages.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

StatusChangeDialog::StatusChangeDialog( const std::vector<tryggkarta::Action> &actions,
                                        const std::string &toStatus, const QDate &today, Apply apply,
                                        QWidget *parent )
  : QDialog( parent ), mActions( actions ), mTo( toStatus ), mApply( std::move( apply ) )
{
  setObjectName( QStringLiteral( "StatusChangeDialog" ) );
  setWindowTitle( tr( "Change the Status" ) );
  setMinimumWidth( 460 );
  auto *layout = new QVBoxLayout( this );
  const QString what = actions.size() == 1
                         ? tr( "\"%1\"" ).arg( QString::fromStdString( actions.front().title ) )
                         : tr( "%n action(s)", nullptr, static_cast<int>( actions.size() ) );
  auto *heading = new QLabel(
    tr( "%1 becomes <b>%2</b>." ).arg( what.toHtmlEscaped(), ActionText::statusLabel( toStatus ) ), this );
  heading->setWordWrap( true );
  layout->addWidget( heading );
  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "StatusChangeError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00000; font-weight: bold;" ) );
  mError->hide();
  layout->addWidget( mError );

  auto *form = new QFormLayout();
  layout->addLayout( form );
  mDate = new QDateEdit( today, this );
  mDate->setCalendarPopup( true );
  mDate->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
  form->addRow( tr( "Took effect on" ), mDate );
  mReason = new QLineEdit( this );
  mReason->setObjectName( QStringLiteral( "StatusReasonEdit" ) );
  mReason->setPlaceholderText( tr( "Why the action is not taken (required, published)" ) );
  if ( toStatus == "rejected" )
    form->addRow( tr( "Reason" ), mReason );
  else
    mReason->hide();
  mNote = new QPlainTextEdit( this );
  mNote->setMaximumHeight( 70 );
  mNote->setPlaceholderText( toStatus == "done" ? tr( "What was done (required when it was never decided)" )
                                                : tr( "Optional" ) );
  form->addRow( tr( "Note" ), mNote );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &StatusChangeDialog::tryApply );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
}

tryggkarta::StatusChangeDetails StatusChangeDialog::details() const
{
  tryggkarta::StatusChangeDetails details;
  details.effectiveDate = mDate->date().toString( Qt::ISODate ).toStdString();
  details.note = mNote->toPlainText().trimmed().toStdString();
  if ( mTo == "rejected" )
    details.rejectionReason = mReason->text().trimmed().toStdString();
  return details;
}

QString StatusChangeDialog::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void StatusChangeDialog::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

void StatusChangeDialog::tryApply()
{
  const tryggkarta::StatusChangeDetails d = details();
  // The core's rules first, for each action: nothing is stored when one of them fails.
  for ( const tryggkarta::Action &action : mActions )
  {
    const tryggkarta::Status check =
      tryggkarta::checkStatusChange( action.status, mTo, d, action.decidedDate );
    if ( !check )
    {
      const QString message = CoreMessages::text( check.error() );
      return showError( mActions.size() == 1
                          ? message
                          : tr( "%1: %2" ).arg( QString::fromStdString( action.title ), message ) );
    }
  }
  const QString problem = mApply ? mApply( d ) : QString();
  if ( !problem.isEmpty() )
    return showError( problem );
  showError( QString() );
  accept();
}

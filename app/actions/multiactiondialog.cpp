#include "multiactiondialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

MultiActionDialog::MultiActionDialog( const std::vector<tryggkarta::Action> &actions,
                                      const QStringList &organisations, Save save, QWidget *parent )
  : QDialog( parent ), mActions( actions ), mSave( std::move( save ) )
{
  setObjectName( QStringLiteral( "MultiActionDialog" ) );
  setWindowTitle( tr( "Change %n Action(s)", nullptr, static_cast<int>( actions.size() ) ) );
  auto *layout = new QVBoxLayout( this );
  layout->addWidget( new QLabel( tr( "Only the ticked fields change, in every selected action. Undo (Ctrl+Z) "
                                     "puts them all back." ),
                                 this ) );
  mError = new QLabel( this );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00000; font-weight: bold;" ) );
  mError->hide();
  layout->addWidget( mError );
  auto *grid = new QGridLayout();
  layout->addLayout( grid );
  mSetResponsible = new QCheckBox( tr( "Responsible organisation" ), this );
  mResponsible = new QComboBox( this );
  mResponsible->setEditable( true );
  mResponsible->addItems( organisations );
  mResponsible->setCurrentText( actions.empty() ? QString()
                                                : QString::fromStdString( actions.front().responsible ) );
  grid->addWidget( mSetResponsible, 0, 0 );
  grid->addWidget( mResponsible, 0, 1 );
  mSetDeadline = new QCheckBox( tr( "Deadline" ), this );
  mDeadline = new QLineEdit( this );
  mDeadline->setPlaceholderText( tr( "YYYY-MM-DD (empty: no deadline)" ) );
  grid->addWidget( mSetDeadline, 1, 0 );
  grid->addWidget( mDeadline, 1, 1 );
  connect( mResponsible, &QComboBox::currentTextChanged, mSetResponsible,
           [this] { mSetResponsible->setChecked( true ); } );
  connect( mDeadline, &QLineEdit::textEdited, mSetDeadline, [this] { mSetDeadline->setChecked( true ); } );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Save | QDialogButtonBox::Cancel, this );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &MultiActionDialog::trySave );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
}

std::vector<tryggkarta::Action> MultiActionDialog::changed() const
{
  std::vector<tryggkarta::Action> result = mActions;
  for ( tryggkarta::Action &action : result )
  {
    if ( mSetResponsible->isChecked() )
      action.responsible = mResponsible->currentText().trimmed().toStdString();
    if ( mSetDeadline->isChecked() )
      action.deadline = mDeadline->text().trimmed().toStdString();
  }
  return result;
}

QString MultiActionDialog::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

void MultiActionDialog::showError( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

void MultiActionDialog::trySave()
{
  if ( !mSetResponsible->isChecked() && !mSetDeadline->isChecked() )
    return showError( tr( "Tick what is to change." ) );
  const QString deadline = mDeadline->text().trimmed();
  if ( mSetDeadline->isChecked() && !deadline.isEmpty() &&
       !QDate::fromString( deadline, Qt::ISODate ).isValid() )
    return showError( tr( "\"%1\" is not a date: write dates as YYYY-MM-DD." ).arg( deadline ) );
  const QString problem = mSave ? mSave( changed() ) : QString();
  if ( !problem.isEmpty() )
    return showError( problem );
  accept();
}

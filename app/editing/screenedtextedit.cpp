#include "screenedtextedit.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

ScreenedTextEdit::ScreenedTextEdit( QWidget *parent ) : QWidget( parent )
{
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->setSpacing( 3 );
  mEditor = new QPlainTextEdit( this );
  mEditor->setTabChangesFocus( true );
  // A few lines: reports are short, and the form must fit on a laptop screen.
  mEditor->setFixedHeight( mEditor->fontMetrics().lineSpacing() * 4 + 12 );
  mEditor->installEventFilter( this );
  layout->addWidget( mEditor );
  mWarning = new QLabel( this );
  mWarning->setObjectName( QStringLiteral( "ScreeningWarning" ) );
  mWarning->setWordWrap( true );
  mWarning->setStyleSheet( QStringLiteral( "QLabel { color: #8a4b00; background: #fff4d6; border: 1px solid "
                                           "#e0b24d; border-radius: 3px; padding: 3px 6px; }" ) );
  mWarning->hide();
  layout->addWidget( mWarning );
  connect( mEditor, &QPlainTextEdit::textChanged, this, &ScreenedTextEdit::screen );
}

QString ScreenedTextEdit::text() const
{
  return mEditor->toPlainText();
}

void ScreenedTextEdit::setText( const QString &text )
{
  mEditor->setPlainText( text );
}

void ScreenedTextEdit::setPlaceholderText( const QString &text )
{
  mEditor->setPlaceholderText( text );
}

void ScreenedTextEdit::setKeepPersonalData( bool keep )
{
  mKeep = keep;
  updateWarning();
}

QString ScreenedTextEdit::kindLabel( tryggkarta::PersonalDataKind kind )
{
  switch ( kind )
  {
  case tryggkarta::PersonalDataKind::Personnummer:
    return tr( "personal identity number" );
  case tryggkarta::PersonalDataKind::PhoneNumber:
    return tr( "phone number" );
  case tryggkarta::PersonalDataKind::EmailAddress:
    return tr( "e-mail address" );
  case tryggkarta::PersonalDataKind::CarRegistration:
    return tr( "car registration number" );
  }
  return QString();
}

QString ScreenedTextEdit::flagsText( const QString &flags )
{
  using tryggkarta::PersonalDataKind;
  QStringList shown;
  for ( const QString &part : flags.split( QLatin1Char( ',' ), Qt::SkipEmptyParts ) )
  {
    const QString code = part.trimmed();
    if ( code.isEmpty() )
      continue;
    QString label = code;
    for ( PersonalDataKind kind : { PersonalDataKind::Personnummer, PersonalDataKind::PhoneNumber,
                                    PersonalDataKind::EmailAddress, PersonalDataKind::CarRegistration } )
      if ( code == QLatin1String( tryggkarta::personalDataKindCode( kind ) ) )
        label = kindLabel( kind );
    if ( !shown.contains( label ) )
      shown << label;
  }
  return shown.join( QStringLiteral( ", " ) );
}

void ScreenedTextEdit::screen()
{
  const tryggkarta::ScreeningResult result = tryggkarta::screenText( mEditor->toPlainText().toStdString() );
  QStringList found;
  for ( const tryggkarta::ScreeningFinding &finding : result.findings )
  {
    const QString label = kindLabel( finding.kind );
    if ( !found.contains( label ) )
      found << label;
  }
  if ( found == mFindings )
    return;
  const bool had = !mFindings.isEmpty();
  mFindings = found;
  updateWarning();
  if ( had != !mFindings.isEmpty() || !mFindings.isEmpty() )
    emit findingsChanged( !mFindings.isEmpty() );
}

void ScreenedTextEdit::updateWarning()
{
  if ( mFindings.isEmpty() )
  {
    mWarning->hide();
    return;
  }
  const QString what = mFindings.join( QStringLiteral( ", " ) );
  mWarning->setText(
    mKeep ? tr( "⚠ Personal data: %1. It is kept as written and the record is flagged." ).arg( what )
          : tr( "⚠ Personal data: %1. It is replaced by a placeholder when you save." ).arg( what ) );
  mWarning->show();
}

bool ScreenedTextEdit::eventFilter( QObject *watched, QEvent *event )
{
  if ( watched == mEditor && event->type() == QEvent::KeyPress )
  {
    auto *key = static_cast<QKeyEvent *>( event );
    if ( ( key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter ) &&
         !( key->modifiers() & Qt::ShiftModifier ) )
    {
      emit submitRequested();
      return true;
    }
  }
  return QWidget::eventFilter( watched, event );
}

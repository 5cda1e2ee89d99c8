#include "opensharedialog.h"

#include "sharedcontroller.h"

#include <qgsauthconfigselect.h>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace
{
QString quoted( const QString &value )
{
  if ( !value.contains( QRegularExpression( QStringLiteral( "[\\s'\\\\]" ) ) ) )
    return value;
  QString v = value;
  v.replace( QLatin1String( "\\" ), QLatin1String( "\\\\" ) )
    .replace( QLatin1String( "'" ), QLatin1String( "\\'" ) );
  return QStringLiteral( "'" ) + v + QStringLiteral( "'" );
}
} // namespace

OpenSharedDialog::OpenSharedDialog( QWidget *parent ) : QDialog( parent )
{
  setWindowTitle( tr( "Open shared project" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro =
    new QLabel( tr( "The EST group's shared PostgreSQL database. Give a service from pg_service.conf, "
                    "or the server, its database and your login. You work in an offline copy on "
                    "this computer; it is synchronised with the database." ) );
  intro->setWordWrap( true );
  layout->addWidget( intro );
  auto *form = new QFormLayout;
  mService = new QLineEdit;
  mService->setPlaceholderText( tr( "e.g. est (from pg_service.conf)" ) );
  form->addRow( tr( "Service:" ), mService );
  mHost = new QLineEdit;
  mHost->setPlaceholderText( tr( "server name or address" ) );
  form->addRow( tr( "Server:" ), mHost );
  mPort = new QLineEdit;
  mPort->setPlaceholderText( QStringLiteral( "5432" ) );
  form->addRow( tr( "Port:" ), mPort );
  mDatabase = new QLineEdit;
  form->addRow( tr( "Database:" ), mDatabase );
  mUser = new QLineEdit;
  form->addRow( tr( "Login:" ), mUser );
  mAuth = new QgsAuthConfigSelect( this, QStringLiteral( "postgres" ) );
  form->addRow( tr( "Password:" ), mAuth );
  auto *copyRow = new QHBoxLayout;
  mCopy = new QLineEdit;
  auto *browse = new QPushButton( tr( "Browse…" ) );
  copyRow->addWidget( mCopy, 1 );
  copyRow->addWidget( browse );
  form->addRow( tr( "Offline copy:" ), copyRow );
  layout->addLayout( form );
  auto *note =
    new QLabel( tr( "The password is kept in QGIS's authentication database (or in ~/.pgpass or the "
                    "service file), never in the project file." ) );
  note->setWordWrap( true );
  note->setStyleSheet( QStringLiteral( "color: palette(mid);" ) );
  layout->addWidget( note );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Open | QDialogButtonBox::Cancel );
  layout->addWidget( buttons );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  for ( QLineEdit *edit : { mService, mHost, mPort, mDatabase, mUser } )
    connect( edit, &QLineEdit::textChanged, this,
             [this, buttons]
             {
               updateCopyPath();
               buttons->button( QDialogButtonBox::Open )
                 ->setEnabled( !mService->text().trimmed().isEmpty() ||
                               !mDatabase->text().trimmed().isEmpty() );
             } );
  buttons->button( QDialogButtonBox::Open )->setEnabled( false );
  connect( mCopy, &QLineEdit::textEdited, this, [this] { mCopyEdited = true; } );
  connect( browse, &QPushButton::clicked, this,
           [this]
           {
             const QString path = QFileDialog::getSaveFileName( this, tr( "Offline copy" ), mCopy->text(),
                                                                tr( "Tryggkarta project (*.gpkg)" ), nullptr,
                                                                QFileDialog::DontConfirmOverwrite );
             if ( !path.isEmpty() )
             {
               mCopy->setText( path );
               mCopyEdited = true;
             }
           } );
  resize( 560, sizeHint().height() );
}

QString OpenSharedDialog::conninfo() const
{
  QStringList items;
  if ( !mService->text().trimmed().isEmpty() )
    items << QStringLiteral( "service=" ) + quoted( mService->text().trimmed() );
  if ( !mHost->text().trimmed().isEmpty() )
    items << QStringLiteral( "host=" ) + quoted( mHost->text().trimmed() );
  if ( !mPort->text().trimmed().isEmpty() )
    items << QStringLiteral( "port=" ) + quoted( mPort->text().trimmed() );
  if ( !mDatabase->text().trimmed().isEmpty() )
    items << QStringLiteral( "dbname=" ) + quoted( mDatabase->text().trimmed() );
  if ( !mUser->text().trimmed().isEmpty() )
    items << QStringLiteral( "user=" ) + quoted( mUser->text().trimmed() );
  return items.join( QLatin1Char( ' ' ) );
}

QString OpenSharedDialog::authConfig() const
{
  return mAuth->configId();
}

QString OpenSharedDialog::copyPath() const
{
  return mCopy->text().trimmed();
}

void OpenSharedDialog::setConninfo( const QString &conninfo )
{
  static const QRegularExpression item( QStringLiteral( "(\\w+)\\s*=\\s*('(?:[^'\\\\]|\\\\.)*'|\\S+)" ) );
  auto it = item.globalMatch( conninfo );
  while ( it.hasNext() )
  {
    const auto m = it.next();
    QString value = m.captured( 2 );
    if ( value.startsWith( QLatin1Char( '\'' ) ) )
      value = value.mid( 1, value.size() - 2 ).replace( QLatin1String( "\\'" ), QLatin1String( "'" ) );
    const QString key = m.captured( 1 );
    if ( key == QLatin1String( "service" ) )
      mService->setText( value );
    else if ( key == QLatin1String( "host" ) )
      mHost->setText( value );
    else if ( key == QLatin1String( "port" ) )
      mPort->setText( value );
    else if ( key == QLatin1String( "dbname" ) )
      mDatabase->setText( value );
    else if ( key == QLatin1String( "user" ) )
      mUser->setText( value );
  }
  updateCopyPath();
}

void OpenSharedDialog::setCopyPath( const QString &path )
{
  mCopy->setText( path );
  mCopyEdited = true;
}

void OpenSharedDialog::updateCopyPath()
{
  if ( !mCopyEdited )
    mCopy->setText( SharedController::defaultCopyPath( conninfo() ) );
}

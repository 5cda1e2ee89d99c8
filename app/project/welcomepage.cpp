#include "welcomepage.h"

#include "recentprojects.h"

#include <qgsapplication.h>

#include <QDir>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace
{
QPushButton *bigButton( const QIcon &icon, const QString &title, const QString &detail )
{
  auto *button = new QPushButton( icon, QStringLiteral( "%1\n%2" ).arg( title, detail ) );
  button->setIconSize( QSize( 32, 32 ) );
  button->setMinimumHeight( 64 );
  button->setStyleSheet( QStringLiteral( "QPushButton { text-align: left; padding: 8px 14px; }" ) );
  return button;
}
} // namespace

WelcomePage::WelcomePage( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "WelcomePage" ) );
  setAutoFillBackground( true );
  QPalette background = palette();
  background.setColor( QPalette::Window, QColor( 0xf4, 0xf1, 0xec ) );
  setPalette( background );

  auto *card = new QFrame;
  card->setObjectName( QStringLiteral( "WelcomeCard" ) );
  card->setStyleSheet( QStringLiteral( "QFrame#WelcomeCard { background: white; border: 1px solid #d8d0c4; "
                                       "border-radius: 8px; }" ) );
  card->setMaximumWidth( 760 );
  auto *cardLayout = new QVBoxLayout( card );
  cardLayout->setContentsMargins( 32, 28, 32, 28 );
  cardLayout->setSpacing( 14 );

  auto *header = new QHBoxLayout;
  auto *logo = new QLabel;
  logo->setPixmap( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ).pixmap( 56, 56 ) );
  header->addWidget( logo );
  auto *titles = new QVBoxLayout;
  auto *title = new QLabel( QStringLiteral( "Tryggkarta" ) );
  QFont titleFont = title->font();
  titleFont.setPointSizeF( titleFont.pointSizeF() * 2.0 );
  titleFont.setBold( true );
  title->setFont( titleFont );
  titles->addWidget( title );
  auto *subtitle = new QLabel( tr( "The situational picture, safety walks and hot spots for the EST group's "
                                   "work: open a project to begin." ) );
  subtitle->setWordWrap( true );
  subtitle->setStyleSheet( QStringLiteral( "color: #5b5247;" ) );
  titles->addWidget( subtitle );
  header->addLayout( titles, 1 );
  cardLayout->addLayout( header );

  auto *buttons = new QVBoxLayout;
  buttons->setSpacing( 8 );
  mDemoButton =
    bigButton( QIcon( QStringLiteral( ":/tryggkarta/icons/tryggkarta.svg" ) ), tr( "Open the demo" ),
               tr( "Exempelkommun: a made-up town with two years of synthetic events" ) );
  mDemoButton->setObjectName( QStringLiteral( "OpenDemoButton" ) );
  auto *newButton =
    bigButton( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileNew.svg" ) ), tr( "New project…" ),
               tr( "An empty project file for your municipality (SWEREF 99 TM)" ) );
  auto *openButton = bigButton( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFileOpen.svg" ) ),
                                tr( "Open project…" ), tr( "A Tryggkarta project file (.gpkg)" ) );
  for ( QPushButton *button : { mDemoButton, newButton, openButton } )
    buttons->addWidget( button );
  cardLayout->addLayout( buttons );
  connect( mDemoButton, &QPushButton::clicked, this, &WelcomePage::openDemoRequested );
  connect( newButton, &QPushButton::clicked, this, &WelcomePage::newProjectRequested );
  connect( openButton, &QPushButton::clicked, this, &WelcomePage::openProjectRequested );

  mRecentBox = new QWidget;
  auto *recentLayout = new QVBoxLayout( mRecentBox );
  recentLayout->setContentsMargins( 0, 8, 0, 0 );
  auto *recentTitle = new QLabel( tr( "Recent projects" ) );
  QFont bold = recentTitle->font();
  bold.setBold( true );
  recentTitle->setFont( bold );
  recentLayout->addWidget( recentTitle );
  mRecent = new QListWidget;
  mRecent->setObjectName( QStringLiteral( "RecentProjects" ) );
  mRecent->setIconSize( QSize( 20, 20 ) );
  mRecent->setSpacing( 2 );
  mRecent->setMinimumHeight( 120 );
  recentLayout->addWidget( mRecent );
  auto *hint = new QLabel( tr( "Double-click or press Enter to open." ) );
  hint->setStyleSheet( QStringLiteral( "color: #7a7065;" ) );
  recentLayout->addWidget( hint );
  cardLayout->addWidget( mRecentBox );
  connect( mRecent, &QListWidget::itemActivated, this, &WelcomePage::openItem );

  auto *outer = new QVBoxLayout( this );
  outer->addStretch( 1 );
  auto *row = new QHBoxLayout;
  row->addStretch( 1 );
  row->addWidget( card, 4 );
  row->addStretch( 1 );
  outer->addLayout( row );
  outer->addStretch( 2 );
  refresh();
}

void WelcomePage::refresh()
{
  mRecent->clear();
  const QIcon icon = QgsApplication::getThemeIcon( QStringLiteral( "/mIconGeopackage.svg" ) );
  for ( const QString &path : RecentProjects::list() )
  {
    const QFileInfo info( path );
    auto *item = new QListWidgetItem(
      icon,
      QStringLiteral( "%1   —   %2" ).arg( info.completeBaseName(), QDir::toNativeSeparators( info.path() ) ),
      mRecent );
    item->setData( Qt::UserRole, path );
    item->setToolTip( QDir::toNativeSeparators( path ) );
  }
  mRecentBox->setVisible( mRecent->count() > 0 );
  if ( mRecent->count() > 0 )
    mRecent->setCurrentRow( 0 );
}

void WelcomePage::openItem( QListWidgetItem *item )
{
  if ( item )
    emit openRecentRequested( item->data( Qt::UserRole ).toString() );
}

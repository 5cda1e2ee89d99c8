#include "userguide.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QSplitter>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

UserGuideDialog::UserGuideDialog( QWidget *parent ) : QDialog( parent )
{
  setObjectName( QStringLiteral( "UserGuideDialog" ) );
  setWindowTitle( tr( "User Guide" ) );

  mContents = new QTreeWidget( this );
  mContents->setObjectName( QStringLiteral( "UserGuideContents" ) );
  mContents->setHeaderHidden( true );
  mContents->setRootIsDecorated( true );

  mBrowser = new QTextBrowser( this );
  mBrowser->setObjectName( QStringLiteral( "UserGuideBrowser" ) );
  // Links within the guide scroll to their section; links out of it open in the web browser.
  mBrowser->setOpenLinks( false );
  connect( mBrowser, &QTextBrowser::anchorClicked, this, &UserGuideDialog::followLink );
  mBrowser->document()->setDocumentMargin( 12 );
  mBrowser->setMarkdown( markdown() );

  // Each heading gets the anchor its links name (Qt's Markdown reader gives headings none).
  QTreeWidgetItem *section = nullptr;
  for ( QTextBlock block = mBrowser->document()->begin(); block.isValid(); block = block.next() )
  {
    const int level = block.blockFormat().headingLevel();
    if ( level <= 0 )
      continue;
    const QString heading = block.text().trimmed();
    QTextCursor cursor( block );
    cursor.movePosition( QTextCursor::EndOfBlock, QTextCursor::KeepAnchor );
    QTextCharFormat anchor;
    anchor.setAnchor( true );
    anchor.setAnchorNames( { anchorFor( heading ) } );
    cursor.mergeCharFormat( anchor );
    if ( level == 1 )
      continue; // the guide's title
    mHeadings << heading;
    QTreeWidgetItem *item = level == 2 || !section ? new QTreeWidgetItem( mContents, { heading } )
                                                   : new QTreeWidgetItem( section, { heading } );
    if ( level == 2 || !section )
      section = item;
  }
  mContents->expandAll();
  connect( mContents, &QTreeWidget::itemClicked, this,
           [this]( QTreeWidgetItem *item ) { showHeading( item->text( 0 ) ); } );
  connect( mContents, &QTreeWidget::itemActivated, this,
           [this]( QTreeWidgetItem *item ) { showHeading( item->text( 0 ) ); } );

  auto *splitter = new QSplitter( this );
  splitter->addWidget( mContents );
  splitter->addWidget( mBrowser );
  splitter->setStretchFactor( 1, 1 );
  // The contents as wide as their longest heading.
  const int contentsWidth =
    std::max( 200, static_cast<QAbstractItemView *>( mContents )->sizeHintForColumn( 0 ) +
                     2 * mContents->frameWidth() + 8 );
  splitter->setSizes( { contentsWidth, 960 - contentsWidth } );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( splitter, 1 );
  layout->addWidget( buttons );
  resize( 960, 720 );
}

QString UserGuideDialog::markdown()
{
  QFile file( QStringLiteral( ":/tryggkarta/docs/anvandarguide.md" ) );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QString();
  return QString::fromUtf8( file.readAll() );
}

QString UserGuideDialog::anchorFor( const QString &heading )
{
  QString anchor;
  for ( const QChar c : heading.trimmed().toLower() )
  {
    if ( c.isLetterOrNumber() || c == QLatin1Char( '-' ) || c == QLatin1Char( '_' ) )
      anchor += c;
    else if ( c.isSpace() )
      anchor += QLatin1Char( '-' );
  }
  return anchor;
}

bool UserGuideDialog::showHeading( const QString &heading )
{
  if ( !mHeadings.contains( heading ) )
    return false;
  mBrowser->scrollToAnchor( anchorFor( heading ) );
  return true;
}

void UserGuideDialog::followLink( const QUrl &url )
{
  if ( url.isRelative() && url.path().isEmpty() && url.hasFragment() )
    mBrowser->scrollToAnchor( url.fragment( QUrl::FullyDecoded ) );
  else
    QDesktopServices::openUrl( url );
}

#include "resultspanel.h"

#include "analysistext.h"
#include "coremessages.h"
#include "projectfile.h"
#include "resultlayers.h"
#include "stockholmtime.h"

#include <qgsmapcanvas.h>
#include <qgsproject.h>

#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
enum Column
{
  NameColumn,
  MethodColumn
};

//! When a result was made, as the project stores it (UTC), in Stockholm time as the forms show times.
QString createdText( const std::string &utc )
{
  return StockholmTime::formatStored( QString::fromStdString( utc ) );
}

bool isMap( const tryggkarta::StoredResult &result )
{
  return result.kind == "kde" || result.kind == "hotspots" || result.kind == "clusters" ||
         result.kind == "compare";
}
} // namespace

ResultsPanel::ResultsPanel( QgsProject *project, QgsMapCanvas *canvas, QWidget *parent )
  : QWidget( parent ), mProject( project ), mCanvas( canvas )
{
  setObjectName( QStringLiteral( "ResultsPanel" ) );
  auto *layout = new QVBoxLayout( this );
  mList = new QTreeWidget( this );
  mList->setObjectName( QStringLiteral( "ResultList" ) );
  mList->setHeaderLabels( { tr( "Name" ), tr( "Method" ) } );
  mList->setRootIsDecorated( false );
  mList->setAlternatingRowColors( true );
  mList->header()->setSectionResizeMode( NameColumn, QHeaderView::Stretch );
  mList->header()->setSectionResizeMode( MethodColumn, QHeaderView::ResizeToContents );
  mList->header()->setStretchLastSection( false );
  layout->addWidget( mList, 2 );

  mDetails = new QLabel( this );
  mDetails->setObjectName( QStringLiteral( "ResultDetails" ) );
  mDetails->setWordWrap( true );
  mDetails->setTextFormat( Qt::RichText );
  mDetails->setAlignment( Qt::AlignTop | Qt::AlignLeft );
  mDetails->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mDetails->setMinimumHeight( 60 );
  layout->addWidget( mDetails, 1 );

  auto *buttons = new QHBoxLayout();
  mShowButton = new QPushButton( tr( "Show on map" ), this );
  mShowButton->setObjectName( QStringLiteral( "ShowResult" ) );
  mRemoveButton = new QPushButton( tr( "Remove…" ), this );
  mRemoveButton->setObjectName( QStringLiteral( "RemoveResult" ) );
  mExportButton = new QPushButton( tr( "Export…" ), this );
  mExportButton->setObjectName( QStringLiteral( "ExportResult" ) );
  buttons->addWidget( mShowButton );
  buttons->addWidget( mExportButton );
  buttons->addStretch( 1 );
  buttons->addWidget( mRemoveButton );
  layout->addLayout( buttons );

  connect( mList, &QTreeWidget::currentItemChanged, this, &ResultsPanel::updateDetails );
  connect( mList, &QTreeWidget::itemDoubleClicked, this, [this] { showOnMap( currentName() ); } );
  connect( mShowButton, &QPushButton::clicked, this,
           [this]
           {
             const QString problem = showOnMap( currentName() );
             if ( !problem.isEmpty() )
               showError( tr( "Show on map" ), problem );
           } );
  connect( mRemoveButton, &QPushButton::clicked, this, &ResultsPanel::askAndRemove );
  connect( mExportButton, &QPushButton::clicked, this, &ResultsPanel::askAndExport );
  if ( mProject )
  {
    connect( mProject, &QgsProject::layersAdded, this, &ResultsPanel::updateShownMarks );
    connect( mProject, &QgsProject::layersRemoved, this, &ResultsPanel::updateShownMarks );
  }
  updateDetails();
}

void ResultsPanel::setProjectPath( const QString &path, const QMap<QString, QString> &categoryLabels )
{
  mPath = path;
  mCategoryLabels = categoryLabels;
  refresh();
}

void ResultsPanel::refresh()
{
  const QString current = currentName();
  mResults.clear();
  mList->clear();
  if ( !mPath.isEmpty() )
  {
    auto project = tryggkarta::ProjectFile::open( mPath.toStdString(), true );
    if ( project )
    {
      tryggkarta::ResultStore store( **project );
      if ( auto results = store.list() )
        mResults = std::move( results.value() );
    }
  }
  // Newest first: the one just made is on top.
  for ( auto it = mResults.crbegin(); it != mResults.crend(); ++it )
  {
    auto *item =
      new QTreeWidgetItem( mList, { QString::fromStdString( it->name ),
                                    AnalysisText::methodNameForCode( QString::fromStdString( it->kind ) ),
                                    createdText( it->createdAt ) } );
    item->setData( NameColumn, Qt::UserRole, QString::fromStdString( it->name ) );
  }
  if ( !setCurrentName( current ) && mList->topLevelItemCount() > 0 )
    mList->setCurrentItem( mList->topLevelItem( 0 ) );
  updateShownMarks();
  updateDetails();
}

QString ResultsPanel::currentName() const
{
  const QTreeWidgetItem *item = mList->currentItem();
  return item ? item->data( NameColumn, Qt::UserRole ).toString() : QString();
}

bool ResultsPanel::setCurrentName( const QString &name )
{
  for ( int i = 0; i < mList->topLevelItemCount(); ++i )
    if ( mList->topLevelItem( i )->data( NameColumn, Qt::UserRole ).toString() == name )
    {
      mList->setCurrentItem( mList->topLevelItem( i ) );
      return true;
    }
  return false;
}

const tryggkarta::StoredResult *ResultsPanel::find( const QString &name ) const
{
  for ( const tryggkarta::StoredResult &r : mResults )
    if ( QString::fromStdString( r.name ) == name )
      return &r;
  return nullptr;
}

void ResultsPanel::updateShownMarks()
{
  const QStringList shown = mProject ? ResultLayers::shownResults( mProject ) : QStringList();
  for ( int i = 0; i < mList->topLevelItemCount(); ++i )
  {
    QTreeWidgetItem *item = mList->topLevelItem( i );
    const bool onMap = shown.contains( item->data( NameColumn, Qt::UserRole ).toString() );
    QFont font = item->font( NameColumn );
    font.setBold( onMap );
    item->setFont( NameColumn, font );
    item->setToolTip( NameColumn, item->text( NameColumn ) + QStringLiteral( "\n" ) +
                                    ( onMap ? tr( "On the map" ) : tr( "Not on the map" ) ) );
  }
}

void ResultsPanel::updateDetails()
{
  const tryggkarta::StoredResult *result = find( currentName() );
  mShowButton->setEnabled( result && isMap( *result ) );
  mRemoveButton->setEnabled( result );
  mExportButton->setEnabled( result );
  if ( !result )
  {
    mDetails->setText( mPath.isEmpty()
                         ? QString()
                         : tr( "No results are stored in the project yet. Run an analysis from the "
                               "Analysis menu; its result is kept here." ) );
    return;
  }
  const QString kind = QString::fromStdString( result->kind );
  mDetails->setText(
    tr( "<b>%1</b><br><i>Incidents:</i> %2<br><i>Method:</i> %3<br><i>Made:</i> %4" )
      .arg( QString::fromStdString( result->name ).toHtmlEscaped(),
            AnalysisText::describeSelectionJson( QString::fromStdString( result->selectionJson ),
                                                 mCategoryLabels )
              .toHtmlEscaped(),
            AnalysisText::describeParameters( kind, QString::fromStdString( result->parametersJson ) )
              .toHtmlEscaped(),
            createdText( result->createdAt ) ) );
}

QString ResultsPanel::showOnMap( const QString &name )
{
  const tryggkarta::StoredResult *result = find( name );
  if ( !result || !mProject )
    return tr( "There is no result called %1." ).arg( name );
  QString problem;
  if ( ResultLayers::addToMap( mProject, mCanvas, mPath, *result, &problem ).isEmpty() )
    return problem;
  emit message( tr( "%1 is on the map." ).arg( name ) );
  return QString();
}

QString ResultsPanel::removeResult( const QString &name )
{
  if ( mPath.isEmpty() )
    return tr( "No project is open." );
  // Off the map first: its layers read the tables about to go.
  if ( mProject )
    ResultLayers::removeFromMap( mProject, mCanvas, name );
  auto project = tryggkarta::ProjectFile::open( mPath.toStdString() );
  if ( !project )
    return CoreMessages::text( project.error() );
  tryggkarta::ResultStore store( **project );
  const tryggkarta::Status removed = store.remove( name.toStdString() );
  project->reset();
  refresh();
  if ( !removed )
    return CoreMessages::text( removed.error() );
  emit message( tr( "%1 was removed from the project." ).arg( name ) );
  return QString();
}

QString ResultsPanel::exportResult( const QString &name, const QString &path )
{
  if ( mPath.isEmpty() )
    return tr( "No project is open." );
  auto project = tryggkarta::ProjectFile::open( mPath.toStdString(), true );
  if ( !project )
    return CoreMessages::text( project.error() );
  tryggkarta::ResultStore store( **project );
  const tryggkarta::Status exported = store.exportTo( name.toStdString(), path.toStdString() );
  if ( !exported )
    return CoreMessages::text( exported.error() );
  emit message( tr( "%1 was exported to %2." ).arg( name, path ) );
  return QString();
}

void ResultsPanel::askAndRemove()
{
  const QString name = currentName();
  if ( name.isEmpty() )
    return;
  const auto answer = QMessageBox::question(
    this, tr( "Remove Result" ),
    tr( "Remove %1 from the project? Its layers leave the map and its tables leave the project file; this "
        "cannot be undone." )
      .arg( name ),
    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel );
  if ( answer != QMessageBox::Yes )
    return;
  const QString problem = removeResult( name );
  if ( !problem.isEmpty() )
    showError( tr( "Remove Result" ), problem );
}

void ResultsPanel::askAndExport()
{
  const tryggkarta::StoredResult *result = find( currentName() );
  if ( !result )
    return;
  QString filters;
  QString suffix;
  if ( result->kind == "kde" )
  {
    filters = tr( "GeoTIFF (*.tif)" );
    suffix = QStringLiteral( ".tif" );
  }
  else if ( result->tables.size() > 1 )
  {
    filters = tr( "GeoPackage (*.gpkg)" );
    suffix = QStringLiteral( ".gpkg" );
  }
  else
  {
    filters = tr( "GeoPackage (*.gpkg);;CSV (*.csv);;GeoJSON (*.geojson)" );
    suffix = QStringLiteral( ".gpkg" );
  }
  const QString name = QString::fromStdString( result->name );
  QString fileName = name;
  fileName.replace( QRegularExpression( QStringLiteral( "[/\\\\:*?\"<>|]" ) ), QStringLiteral( "_" ) );
  QString selectedFilter;
  QString path = QFileDialog::getSaveFileName( this, tr( "Export %1" ).arg( name ),
                                               QFileInfo( mPath ).dir().filePath( fileName + suffix ),
                                               filters, &selectedFilter );
  if ( path.isEmpty() )
    return;
  if ( QFileInfo( path ).suffix().isEmpty() )
  {
    const QRegularExpressionMatch match =
      QRegularExpression( QStringLiteral( "\\*(\\.\\w+)" ) ).match( selectedFilter );
    path += match.hasMatch() ? match.captured( 1 ) : suffix;
  }
  const QString problem = exportResult( name, path );
  if ( !problem.isEmpty() )
    showError( tr( "Export" ), problem );
}

void ResultsPanel::showError( const QString &title, const QString &text )
{
  QMessageBox::warning( this, title, text );
}

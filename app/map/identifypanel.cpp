#include "identifypanel.h"

#include "docks.h"

#include "database.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "screenedtextedit.h"
#include "stockholmtime.h"
#include "walkprotocol.h"

#include <qgsapplication.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgshighlight.h>
#include <qgsmapcanvas.h>
#include <qgsvectorlayer.h>

#include <QDialog>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMainWindow>
#include <QTreeWidget>

#include <functional>
#include <memory>

namespace
{
//! Fields that refer to another record of the project, shown by that record's name.
const QStringList sReferenceFields = { QStringLiteral( "area_id" ), QStringLiteral( "walk_id" ),
                                       QStringLiteral( "repeat_of" ), QStringLiteral( "batch_id" ),
                                       QStringLiteral( "stop_id" ) };

//! "Name (YYYY-MM-DD)", or the name alone when there is no date.
QString nameAndDate( const QString &name, const QString &date )
{
  return date.isEmpty() ? name : QStringLiteral( "%1 (%2)" ).arg( name, date );
}

//! Stockholm's date of a stored UTC time (ISO text), or empty.
QString stockholmDate( const QString &utcIso )
{
  const QDateTime shown = StockholmTime::wallClockOfStored( utcIso );
  return shown.isValid() ? shown.date().toString( Qt::ISODate ) : QString();
}
} // namespace

QString IdentifyPanel::referenceText( tryggkarta::Database &db, const QString &field, qint64 id )
{
  auto text = [&]( const char *sql, const std::function<QString( tryggkarta::Statement & )> &shown )
  {
    tryggkarta::Statement s = db.prepare( sql );
    s.bind( 1, static_cast<int64_t>( id ) );
    return s.step() ? shown( s ) : QString();
  };
  auto column = []( tryggkarta::Statement &s, int c ) { return QString::fromStdString( s.text( c ) ); };
  if ( field == QLatin1String( "area_id" ) )
    return text( "SELECT name FROM areas WHERE fid = ?",
                 [&]( tryggkarta::Statement &s ) { return column( s, 0 ); } );
  if ( field == QLatin1String( "walk_id" ) || field == QLatin1String( "repeat_of" ) )
    return text( "SELECT name, walk_date FROM safety_walks WHERE fid = ?",
                 [&]( tryggkarta::Statement &s ) { return nameAndDate( column( s, 0 ), column( s, 1 ) ); } );
  if ( field == QLatin1String( "batch_id" ) )
    return text( "SELECT file_name, imported_at FROM import_batches WHERE fid = ?",
                 [&]( tryggkarta::Statement &s )
                 { return nameAndDate( column( s, 0 ), stockholmDate( column( s, 1 ) ) ); } );
  if ( field == QLatin1String( "stop_id" ) )
    return text( "SELECT stop_number, name FROM walk_stops WHERE fid = ?",
                 [&]( tryggkarta::Statement &s )
                 {
                   const QString name = column( s, 1 );
                   return name.isEmpty() ? column( s, 0 )
                                         : QStringLiteral( "%1. %2" ).arg( column( s, 0 ), name );
                 } );
  return QString();
}

IdentifyPanel::IdentifyPanel( ProjectController *projects, QgsMapCanvas *canvas, QMainWindow *window,
                              QObject *parent )
  : QObject( parent ), mProjects( projects ), mCanvas( canvas )
{
  mTree = new QTreeWidget( window );
  mTree->setObjectName( QStringLiteral( "IdentifyResults" ) );
  mTree->setColumnCount( 2 );
  mTree->setHeaderLabels( { tr( "Field" ), tr( "Value" ) } );
  mTree->header()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  mTree->setAlternatingRowColors( true );
  mDock = Docks::create( window, tr( "Identify Results" ), QStringLiteral( "IdentifyDock" ), mTree );
  // What was identified belongs to the project that closes.
  connect( projects, &ProjectController::closing, this, &IdentifyPanel::clear );
  connect( projects, &ProjectController::closed, this, &IdentifyPanel::clear );
}

IdentifyPanel::~IdentifyPanel()
{
  clearHighlights();
  delete mDock;
}

void IdentifyPanel::addPhotos( QTreeWidgetItem *featureItem, qint64 observationFid,
                               const std::function<tryggkarta::Database *()> &connection )
{
  tryggkarta::Database *db = connection();
  if ( !db )
    return;
  const tryggkarta::Expected<std::vector<int64_t>> fids =
    tryggkarta::photosOfObservation( *db, observationFid );
  if ( !fids || fids->empty() )
    return;
  // First under the feature, where the panel opens: a photo says more than its fields.
  auto *item = new QTreeWidgetItem( QStringList{ tr( "Photos" ) } );
  featureItem->insertChild( 0, item );
  auto *row = new QWidget( mTree );
  row->setObjectName( QStringLiteral( "IdentifyPhotos" ) );
  auto *layout = new QHBoxLayout( row );
  layout->setContentsMargins( 0, 2, 0, 2 );
  for ( int64_t fid : *fids )
  {
    const tryggkarta::Expected<tryggkarta::WalkPhoto> photo = tryggkarta::readWalkPhoto( *db, fid, true );
    if ( !photo )
      continue;
    QPixmap thumbnail;
    thumbnail.loadFromData( photo->thumbnail.data(), static_cast<uint>( photo->thumbnail.size() ) );
    if ( thumbnail.isNull() )
      continue;
    auto *button = new QToolButton( row );
    button->setIcon( QIcon( thumbnail ) );
    button->setIconSize( thumbnail.size().scaled( 96, 96, Qt::KeepAspectRatio ) );
    button->setAutoRaise( true );
    const QString name = QString::fromStdString( photo->fileName );
    button->setToolTip( tr( "%1 (click to see it whole)" ).arg( name ) );
    button->setAccessibleName( name );
    connect( button, &QToolButton::clicked, this, [this, fid] { showPhoto( fid ); } );
    layout->addWidget( button );
  }
  layout->addStretch( 1 );
  mTree->setItemWidget( item, 1, row );
}

void IdentifyPanel::showPhoto( qint64 photoFid )
{
  tryggkarta::Database *db = mProjects->connection();
  std::unique_ptr<tryggkarta::Database> readOnly;
  try
  {
    if ( !db )
    {
      readOnly = std::make_unique<tryggkarta::Database>( mProjects->path().toStdString(),
                                                         tryggkarta::Database::Mode::ReadOnly );
      db = readOnly.get();
    }
  }
  catch ( const tryggkarta::SqlError & )
  {
    return;
  }
  const tryggkarta::Expected<tryggkarta::WalkPhoto> photo = tryggkarta::readWalkPhoto( *db, photoFid, false );
  if ( !photo )
    return;
  QPixmap image;
  image.loadFromData( photo->data.data(), static_cast<uint>( photo->data.size() ) );
  if ( image.isNull() )
    return;
  auto *dialog = new QDialog( mDock );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  dialog->setWindowTitle( QString::fromStdString( photo->fileName ) );
  auto *layout = new QVBoxLayout( dialog );
  auto *label = new QLabel( dialog );
  label->setPixmap( image.scaled( QSize( 1000, 750 ).boundedTo( image.size() ), Qt::KeepAspectRatio,
                                  Qt::SmoothTransformation ) );
  layout->addWidget( label );
  dialog->show();
}

void IdentifyPanel::clear()
{
  mTree->clear();
  clearHighlights();
}

void IdentifyPanel::clearHighlights()
{
  qDeleteAll( mHighlights );
  mHighlights.clear();
}

void IdentifyPanel::showResults( const QList<QgsMapToolIdentify::IdentifyResult> &results )
{
  clear();
  // The first feature is the one the panel opens on: mark it on the map.
  if ( !results.isEmpty() )
  {
    if ( auto *layer = qobject_cast<QgsVectorLayer *>( results.first().mLayer ) )
    {
      auto *highlight = new QgsHighlight( mCanvas, results.first().mFeature, layer );
      highlight->setColor( QColor( 255, 215, 0 ) );
      highlight->setFillColor( QColor( 255, 215, 0, 90 ) );
      highlight->setWidth( 3 );
      highlight->setBuffer( 0.8 );
      highlight->show();
      mHighlights << highlight;
    }
  }
  const QMap<QString, QString> categoryLabels = mProjects->categoryLabels();
  // References are looked up through the project's connection, or a read-only one of its own when the file
  // is open read only.
  std::unique_ptr<tryggkarta::Database> readOnly;
  bool unreadable = false;
  auto lookUp = [&]( const QString &field, qint64 id ) -> QString
  {
    if ( unreadable )
      return QString();
    try
    {
      tryggkarta::Database *db = mProjects->connection();
      if ( !db )
      {
        if ( !readOnly )
          readOnly = std::make_unique<tryggkarta::Database>( mProjects->path().toStdString(),
                                                             tryggkarta::Database::Mode::ReadOnly );
        db = readOnly.get();
      }
      return referenceText( *db, field, id );
    }
    catch ( const tryggkarta::SqlError & )
    {
      unreadable = true;
      return QString();
    }
  };
  // The same connection for the photos of an observation.
  auto lookUpDb = [&]() -> tryggkarta::Database *
  {
    if ( unreadable )
      return nullptr;
    if ( tryggkarta::Database *db = mProjects->connection() )
      return db;
    try
    {
      if ( !readOnly )
        readOnly = std::make_unique<tryggkarta::Database>( mProjects->path().toStdString(),
                                                           tryggkarta::Database::Mode::ReadOnly );
      return readOnly.get();
    }
    catch ( const tryggkarta::SqlError & )
    {
      unreadable = true;
      return nullptr;
    }
  };
  QgsVectorLayer *incidents =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "incidents" ) );
  QgsVectorLayer *observations =
    ProjectLayers::layerForTable( mProjects->project(), QStringLiteral( "observations" ) );
  for ( const QgsMapToolIdentify::IdentifyResult &result : results )
  {
    const QgsFeature &feature = result.mFeature;
    const QgsFields fields = feature.fields();
    QString title = result.mLayer ? result.mLayer->name() : QString();
    const int categoryIndex = fields.indexOf( QStringLiteral( "category" ) );
    const int nameIndex = fields.indexOf( QStringLiteral( "name" ) );
    if ( categoryIndex >= 0 && result.mLayer == incidents )
    {
      const QString code = feature.attribute( categoryIndex ).toString();
      title += QStringLiteral( ": " ) + categoryLabels.value( code, code );
    }
    else if ( nameIndex >= 0 && !feature.attribute( nameIndex ).toString().isEmpty() )
      title += QStringLiteral( ": " ) + feature.attribute( nameIndex ).toString();

    auto *featureItem = new QTreeWidgetItem( mTree, { title } );
    featureItem->setFirstColumnSpanned( true );
    QFont bold = featureItem->font( 0 );
    bold.setBold( true );
    featureItem->setFont( 0, bold );
    auto *vectorLayer = qobject_cast<QgsVectorLayer *>( result.mLayer );
    const bool fromProjectFile =
      vectorLayer && vectorLayer->providerType() == QLatin1String( "ogr" ) &&
      QFileInfo( vectorLayer->source().section( QLatin1Char( '|' ), 0, 0 ) ).absoluteFilePath() ==
        QFileInfo( mProjects->path() ).absoluteFilePath();
    const QLocale locale;
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QVariant value = feature.attribute( i );
      QString text;
      const QgsEditorWidgetSetup setup =
        vectorLayer ? vectorLayer->editorWidgetSetup( i ) : QgsEditorWidgetSetup();
      const QString field = fields.at( i ).name();
      if ( value.isNull() )
        text = QString();
      else if ( fromProjectFile && sReferenceFields.contains( field ) )
      {
        // A reference to another record (the area, the walk, the import): shown by its name, the number
        // only when the record is gone or the file cannot be read.
        text = value.toString();
        if ( const QString name = lookUp( field, value.toLongLong() ); !name.isEmpty() )
          text = name;
      }
      else if ( fromProjectFile && field == QLatin1String( "screening_flags" ) )
        text = ScreenedTextEdit::flagsText( value.toString() );
      else if ( value.userType() == QMetaType::QDateTime )
      {
        // The project stores UTC; QGIS 3.22's OGR provider hands such a time over with UTC's digits marked
        // as local time. Shown as Stockholm's wall clock, as the forms and the table show it.
        const QDateTime dateTime = value.toDateTime();
        const QDateTime utc = dateTime.timeSpec() == Qt::LocalTime && fromProjectFile
                                ? QDateTime( dateTime.date(), dateTime.time(), Qt::UTC )
                                : dateTime.toUTC();
        text = locale.toString( StockholmTime::wallClock( utc.toSecsSinceEpoch() ), QLocale::ShortFormat );
      }
      else if ( vectorLayer && !setup.type().isEmpty() )
        // Coded values (category, place type, ...) shown by their labels, as the layer's value maps say.
        text = QgsApplication::fieldFormatterRegistry()
                 ->fieldFormatter( setup.type() )
                 ->representValue( vectorLayer, i, setup.config(), QVariant(), value );
      else
        text = value.toString();
      // Aliases come from the layer; the feature's own fields only carry the names.
      const QString name =
        vectorLayer ? vectorLayer->attributeDisplayName( i ) : fields.at( i ).displayName();
      new QTreeWidgetItem( featureItem, { name, text } );
    }
    if ( fromProjectFile && result.mLayer == observations )
      addPhotos( featureItem, feature.id(), lookUpDb );
  }
  if ( results.isEmpty() )
    new QTreeWidgetItem( mTree, { tr( "Nothing here." ) } );
  else
    mTree->topLevelItem( 0 )->setExpanded( true );
  mDock->show();
  mDock->raise();
}

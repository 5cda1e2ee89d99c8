#include "mapstatestore.h"

#include "coremessages.h"
#include "database.h"
#include "integrity.h"

#include "mapstateparticipant.h"
#include "stockholmtime.h"
#include "storedmapstate.h"

#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsreadwritecontext.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>
#include <qgsreferencedgeometry.h>

#include <QDomDocument>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>

const QString MapStateStore::sTransientProperty = QStringLiteral( "tryggkarta/transient" );

namespace
{
//! A layer taken out of the project while the map state is written, and where it goes back.
struct TakenLayer
{
  QgsMapLayer *layer = nullptr;
  QgsLayerTreeGroup *parent = nullptr;
  int index = 0;
  bool visible = true;
  bool expanded = true;
};
} // namespace

MapStateStore::MapStateStore( QgsProject *project, QgsMapCanvas *canvas, QWidget *window, QObject *parent )
  : QObject( parent ), mProject( project ), mCanvas( canvas ), mWindow( window )
{
  // The map state is written to the file's autosave slot every few minutes while it has unsaved changes, so a
  // crash loses little; a save or a clean close removes it.
  mTimer = new QTimer( this );
  mTimer->setObjectName( QStringLiteral( "AutosaveTimer" ) );
  mTimer->setInterval(
    std::max( 1, QSettings().value( QStringLiteral( "projects/autosaveMinutes" ), 2 ).toInt() ) * 60 * 1000 );
  connect( mTimer, &QTimer::timeout, this, [this] { autosave(); } );
  mTimer->start();
}

QString MapStateStore::storedUri( const QString &gpkgPath, const QString &name )
{
  QUrl url;
  url.setScheme( QStringLiteral( "geopackage" ) );
  url.setPath( QFileInfo( gpkgPath ).absoluteFilePath() );
  QUrlQuery query;
  query.addQueryItem( QStringLiteral( "projectName" ), name.isEmpty() ? storedName() : name );
  url.setQuery( query );
  return url.toString();
}

int MapStateStore::storedCount( const QString &gpkgPath, const QString &name )
{
  return tryggkarta::storedMapStateCount( gpkgPath.toStdString(),
                                          ( name.isEmpty() ? storedName() : name ).toStdString() );
}

void MapStateStore::addParticipant( MapStateParticipant *participant )
{
  mParticipants << participant;
}

void MapStateStore::removeParticipant( MapStateParticipant *participant )
{
  mParticipants.removeAll( participant );
}

void MapStateStore::setProjectFile( const QString &path, tryggkarta::Database *connection )
{
  mPath = path;
  mConnection = connection;
  if ( path.isEmpty() )
    mCleanKey.clear();
}

QString MapStateStore::participantsKey() const
{
  QStringList parts;
  for ( const MapStateParticipant *participant : mParticipants )
    parts << participant->mapStateKey();
  return parts.join( QLatin1Char( '\n' ) );
}

bool MapStateStore::isDirty() const
{
  return !mPath.isEmpty() && ( mProject->isDirty() || participantsKey() != mCleanKey );
}

void MapStateStore::markClean()
{
  mCleanKey = participantsKey();
  mProject->setDirty( false );
}

QString MapStateStore::save()
{
  if ( mPath.isEmpty() )
    return tr( "No project is open." );
  if ( mBusy && mBusy() )
    return tr( "An import is running. Save when it has finished." );
  const QString problem = write( storedName() );
  if ( !problem.isEmpty() )
    return problem;
  markClean();
  removeAutosave(); // saved: nothing to recover
  return QString();
}

QString MapStateStore::autosave()
{
  if ( mPath.isEmpty() || ( mBusy && mBusy() ) || ( mDeferAutosave && mDeferAutosave() ) || !isDirty() )
    return QString();
  // Writing the QGIS project marks it clean; the state is still unsaved for the user.
  const bool projectDirty = mProject->isDirty();
  const QString problem = write( autosaveName() );
  mProject->setDirty( projectDirty );
  return problem;
}

void MapStateStore::removeAutosave()
{
  if ( mConnection )
    // A file we cannot write: nothing was autosaved in it either.
    tryggkarta::removeStoredMapState( *mConnection, autosaveName().toStdString() );
}

QString MapStateStore::write( const QString &name )
{
  // QGIS writes the map state itself, past the core's transactions: a damaged file is refused here, as every
  // write of the core refuses it (the answer is remembered for the file as it is, so this is quick after the
  // check made when the project opened).
  if ( mConnection )
  {
    try
    {
      if ( const tryggkarta::Status intact = tryggkarta::checkIntact( *mConnection ); !intact )
        return CoreMessages::text( intact.error() );
    }
    catch ( const tryggkarta::SqlError &e )
    {
      return tr( "Could not save the map in %1: %2" ).arg( mPath, QString::fromUtf8( e.what() ) );
    }
  }
  for ( MapStateParticipant *participant : std::as_const( mParticipants ) )
    participant->writeMapState( mProject );
  mProject->writeEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "savedAt" ),
                        QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) );
  mProject->viewSettings()->setDefaultViewExtent(
    QgsReferencedRectangle( mCanvas->extent(), mProject->crs() ) );
  mProject->setFilePathStorage( Qgis::FilePathType::Relative );
  mProject->setTitle( QFileInfo( mPath ).completeBaseName() );

  // Scratch layers (the live heatmap changes with every filter) are not saved.
  QList<TakenLayer> taken;
  const QMap<QString, QgsMapLayer *> layers = mProject->mapLayers();
  for ( QgsMapLayer *layer : layers )
  {
    if ( !layer->customProperty( sTransientProperty ).toBool() )
      continue;
    TakenLayer t;
    t.layer = layer;
    if ( QgsLayerTreeLayer *node = mProject->layerTreeRoot()->findLayer( layer->id() ) )
    {
      t.parent = qobject_cast<QgsLayerTreeGroup *>( node->parent() );
      t.index = t.parent ? t.parent->children().indexOf( node ) : 0;
      t.visible = node->itemVisibilityChecked();
      t.expanded = node->isExpanded();
    }
    mProject->takeMapLayer( layer );
    taken << t;
  }
  // The project's own name must be the storage URI before writing, or QGIS resolves the layer paths against
  // nothing and stores them absolute (then moving the file would break them).
  const QString uri = storedUri( mPath, name );
  mProject->setFileName( uri );
  // A render still reading the file holds a lock that makes QGIS's write fail ("database is locked"): stop
  // it, and should one the canvas abandoned still read, wait for it and try once more.
  mCanvas->cancelJobs();
  // QGIS's write is this process's own: its journal is not an interrupted change, and the file it leaves is
  // as whole as it found it (so the next write needs no check).
  if ( mConnection )
    tryggkarta::noteWriting( *mConnection, true );
  bool written = mProject->write( uri );
  // A few short retries (about two seconds in all), not a wait for the whole thread pool: analyses run there
  // too, and the window must not hang behind one.
  for ( int attempt = 0; !written && attempt < 20 && mProject->error().contains( QLatin1String( "locked" ) );
        ++attempt )
  {
    QThread::msleep( 100 );
    written = mProject->write( uri );
  }
  if ( mConnection )
  {
    tryggkarta::noteWriting( *mConnection, false );
    if ( written )
      tryggkarta::noteOwnCommit( *mConnection );
  }
  QString error = mProject->error();
  // SQLite's words for a full disk or a failed write, as the core says them.
  if ( error.contains( QLatin1String( "database or disk is full" ) ) )
    error = CoreMessages::text(
      tryggkarta::Message::make( tryggkarta::MessageCode::DiskFull, mPath.toStdString() ) );
  else if ( error.contains( QLatin1String( "disk I/O error" ) ) )
    error = CoreMessages::text( tryggkarta::Message::make(
      tryggkarta::MessageCode::DiskWriteFailed, mPath.toStdString(), std::string( "disk I/O error" ) ) );
  mCanvas->refresh(); // what was stopped
  // Back in reverse order, so each goes to the index it had.
  for ( auto it = taken.crbegin(); it != taken.crend(); ++it )
  {
    mProject->addMapLayer( it->layer, false );
    if ( !it->parent )
      continue;
    QgsLayerTreeLayer *node = it->parent->insertLayer( it->index, it->layer );
    node->setItemVisibilityChecked( it->visible );
    node->setExpanded( it->expanded );
  }
  if ( !written )
    return tr( "Could not save the map in %1: %2" ).arg( mPath, error );
  return QString();
}

int MapStateStore::copyLayouts( const QgsProject &from, QgsProject *to )
{
  int copied = 0;
  const QList<QgsPrintLayout *> layouts = from.layoutManager()->printLayouts();
  for ( QgsPrintLayout *layout : layouts )
  {
    QDomDocument document;
    const QgsReadWriteContext context;
    document.appendChild( layout->writeXml( document, context ) );
    auto copy = std::make_unique<QgsPrintLayout>( to );
    bool ok = false;
    copy->loadFromTemplate( document, context, true, &ok );
    if ( !ok )
      continue;
    copy->setName( layout->name() );
    if ( QgsMasterLayoutInterface *existing = to->layoutManager()->layoutByName( layout->name() ) )
      to->layoutManager()->removeLayout( existing );
    if ( to->layoutManager()->addLayout( copy.get() ) )
    {
      copy.release();
      ++copied;
    }
  }
  return copied;
}

void MapStateStore::restoreFrom( const QString &name )
{
  // Only when the file holds a map state saved by Tryggkarta (the qgis_projects table of the GeoPackage).
  if ( storedCount( mPath, name ) == 0 )
    return;
  QgsProject saved;
  if ( !saved.read( storedUri( mPath, name ), QgsProject::ReadFlag::FlagDontResolveLayers ) )
    return;
  // Its print layouts too (templates edited in QGIS Desktop): kept when the map state is saved again.
  copyLayouts( saved, mProject );
  const QgsReferencedRectangle view = saved.viewSettings()->defaultViewExtent();
  if ( !view.isEmpty() )
    mCanvas->setExtent( view );
  QStringList problems;
  for ( MapStateParticipant *participant : std::as_const( mParticipants ) )
    problems << participant->readMapState( saved );
  if ( !problems.isEmpty() )
    emit message( problems.join( QLatin1Char( ' ' ) ), 30000 );
  mCanvas->refresh();
}

void MapStateStore::restoreSaved()
{
  restoreFrom( storedName() );
  markClean();
}

void MapStateStore::offerRecovery()
{
  // An autosaved map state still in the file means Tryggkarta ended without closing it: a crash.
  if ( storedCount( mPath, autosaveName() ) == 0 )
    return;
  QgsProject autosaved;
  autosaved.read( storedUri( mPath, autosaveName() ),
                  QgsProject::ReadFlag::FlagDontResolveLayers | QgsProject::ReadFlag::FlagDontLoadLayouts );
  const QDateTime savedAt = QDateTime::fromString(
    autosaved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "savedAt" ) ), Qt::ISODate );
  const bool restore =
    mRecoveryPrompt
      ? mRecoveryPrompt( savedAt )
      : QMessageBox::question(
          mWindow, tr( "Restore the Map?" ),
          tr( "Tryggkarta ended without closing %1 the last time. The map as it was at %2 (view, filter and "
              "layers) was saved automatically but not in the project. Restore it?" )
            .arg( QFileInfo( mPath ).fileName(),
                  QLocale().toString( StockholmTime::wallClock( savedAt.toSecsSinceEpoch() ),
                                      QLocale::ShortFormat ) ),
          QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes ) == QMessageBox::Yes;
  if ( restore )
  {
    restoreFrom( autosaveName() );
    mProject->setDirty( true ); // restored, not saved: a save or the close question keeps it
  }
  else
    removeAutosave();
}

bool MapStateStore::maybeSave()
{
  if ( !isDirty() )
    return true;
  CloseAnswer answer = CloseAnswer::Cancel;
  if ( mCloseQuestion )
    answer = mCloseQuestion();
  else
  {
    const auto button = QMessageBox::question(
      mWindow, tr( "Save the Map?" ),
      tr( "The map of %1 (view, filter, layers and styles) has changed since it was saved. Save it in the "
          "project? The data itself (imports, edits, analyses) is already saved." )
        .arg( QFileInfo( mPath ).fileName() ),
      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save );
    answer = button == QMessageBox::Save      ? CloseAnswer::Save
             : button == QMessageBox::Discard ? CloseAnswer::Discard
                                              : CloseAnswer::Cancel;
  }
  if ( answer == CloseAnswer::Cancel )
    return false;
  if ( answer == CloseAnswer::Save )
  {
    const QString problem = save();
    if ( !problem.isEmpty() )
    {
      QMessageBox::warning( mWindow, tr( "Save" ), problem );
      return false;
    }
  }
  return true;
}

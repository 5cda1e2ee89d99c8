// The project as a coordinator handles it: the welcome page and recent projects, one window per file (the
// lock), Save As, the question before a changed map is closed, and the autosave that survives a crash.

#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapstatestore.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "analysisdialogs.h"
#include "editingcontroller.h"
#include "projectlock.h"
#include "projectfiles.h"
#include "recentprojects.h"
#include "recordeditor.h"
#include "resultspanel.h"
#include "welcomepage.h"

#include <catch2/catch.hpp>

#include <qgslayertree.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPushButton>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QUndoStack>

namespace
{
QByteArray fileHash( const QString &path )
{
  QFile file( path );
  REQUIRE( file.open( QIODevice::ReadOnly ) );
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

//! Moves the filter to the month before the last one, a change the map state keeps.
void changeFilter( MainWindow &window )
{
  const QDate until = window.filter()->panel()->periodUntil().addMonths( -1 );
  window.filter()->panel()->setPeriod( until.addDays( -29 ), until );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
}
} // namespace

TEST_CASE( "the welcome page shows until a project opens and lists the recent projects to open again",
           "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  CHECK( window.isWelcomePageShown() );

  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  CHECK_FALSE( window.isWelcomePageShown() );
  CHECK( RecentProjects::list().first() == QFileInfo( demo.path() ).absoluteFilePath() );

  REQUIRE( window.projects()->close() );
  CHECK( window.isWelcomePageShown() );
  CHECK( window.projects()->path().isEmpty() );
  CHECK( window.project()->mapLayers().isEmpty() );
  QListWidget *recent = window.welcomePage()->recentList();
  REQUIRE( recent->count() >= 1 );
  CHECK( recent->item( 0 )->data( Qt::UserRole ).toString() == QFileInfo( demo.path() ).absoluteFilePath() );

  // Activating the recent project opens it again.
  emit recent->itemActivated( recent->item( 0 ) );
  CHECK( window.projects()->path() == QFileInfo( demo.path() ).absoluteFilePath() );
  CHECK_FALSE( window.isWelcomePageShown() );

  SECTION( "a recent project that was deleted is no longer listed" )
  {
    REQUIRE( window.projects()->close() );
    REQUIRE( QFile::remove( demo.path() ) );
    window.welcomePage()->refresh();
    for ( int i = 0; i < recent->count(); ++i )
      CHECK( recent->item( i )->data( Qt::UserRole ).toString() !=
             QFileInfo( demo.path() ).absoluteFilePath() );
  }
}

TEST_CASE( "open the demo creates Exempelkommun in the user's data folder once and opens it", "[session]" )
{
  QFile::remove( ProjectFiles::demoPath() );
  MainWindow window;
  emit window.welcomePage()->demoButton()->clicked();
  REQUIRE( window.projects()->path() == ProjectFiles::demoPath() );
  CHECK( window.map()->isSyntheticDataNoteShown() );
  CHECK( guitest::countRows( window.projects()->path(), QStringLiteral( "incidents" ) ) > 1000 );
  // The second time it opens the same file (a coordinator's own changes to the demo stay).
  const QByteArray before = fileHash( ProjectFiles::demoPath() );
  REQUIRE( window.projects()->close( true ) );
  window.projects()->openDemo();
  CHECK( window.projects()->path() == ProjectFiles::demoPath() );
  CHECK( fileHash( ProjectFiles::demoPath() ) == before );
}

TEST_CASE( "a project open in one window is refused by another with a message naming the computer",
           "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow first;
  REQUIRE( first.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( QFileInfo::exists( ProjectLock::lockFilePath( demo.path() ) ) );

  MainWindow second;
  const QString refused = second.projects()->open( demo.path() );
  CHECK_THAT( refused.toStdString(), Catch::Contains( QFileInfo( demo.path() ).fileName().toStdString() ) );
  CHECK_THAT( refused.toStdString(), Catch::Contains( QSysInfo::machineHostName().toStdString() ) );
  CHECK( second.projects()->path().isEmpty() );
  // The refusal changed nothing for the first window.
  CHECK( first.projects()->path() == demo.path() );

  SECTION( "once the first window closes it, the second opens it" )
  {
    REQUIRE( first.projects()->close( true ) );
    CHECK_FALSE( QFileInfo::exists( ProjectLock::lockFilePath( demo.path() ) ) );
    CHECK( second.projects()->open( demo.path() ).isEmpty() );
  }
  SECTION( "the window that has it may open it again" )
  {
    CHECK( first.projects()->open( demo.path() ).isEmpty() );
    CHECK_FALSE( second.projects()->open( demo.path() ).isEmpty() );
  }
}

TEST_CASE( "Save As copies the data and the map to a new file and works on in it, the old file untouched",
           "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString copy = demo.file( QStringLiteral( "kopia.gpkg" ) );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  changeFilter( window );
  const QDate from = window.filter()->panel()->periodFrom();
  REQUIRE( window.projects()->mapState()->isDirty() );
  const QByteArray oldHash = fileHash( demo.path() );

  REQUIRE( window.projects()->saveAs( copy ) == QString() );
  CHECK( window.projects()->path() == QFileInfo( copy ).absoluteFilePath() );
  CHECK_FALSE( window.projects()->mapState()->isDirty() );
  CHECK( fileHash( demo.path() ) == oldHash );
  CHECK( MapStateStore::storedCount( demo.path() ) == 0 );
  CHECK( MapStateStore::storedCount( copy ) == 1 );
  CHECK( guitest::countRows( copy, QStringLiteral( "incidents" ) ) ==
         guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
  // Every layer of the project now reads the copy.
  for ( QgsMapLayer *layer : window.project()->mapLayers() )
  {
    INFO( layer->source().toStdString() );
    CHECK_FALSE( layer->source().contains( demo.path() ) );
    CHECK( layer->isValid() );
  }
  CHECK( window.map()->layerForTable( QStringLiteral( "incidents" ) )->source().contains( copy ) );
  // The lock moved with it: the old file is free, the copy is ours.
  CHECK_FALSE( QFileInfo::exists( ProjectLock::lockFilePath( demo.path() ) ) );
  CHECK( QFileInfo::exists( ProjectLock::lockFilePath( copy ) ) );
  // The stored results listed are the copy's.
  CHECK( window.analyses()->resultsPanel()->projectPath() == QFileInfo( copy ).absoluteFilePath() );

  // Edits go on in the copy, through its own connection; the old file stays as it was.
  const int64_t rowsBefore = guitest::countRows( copy, QStringLiteral( "incidents" ) );
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  QgsFeature first;
  REQUIRE( incidents->getFeatures().nextFeature( first ) );
  REQUIRE( window.editing()->editor()->canEdit() );
  incidents->selectByIds( { first.id() } );
  window.editing()->editor()->deleteSelected( false );
  CHECK( guitest::countRows( copy, QStringLiteral( "incidents" ) ) == rowsBefore - 1 );
  CHECK( fileHash( demo.path() ) == oldHash );
  window.editing()->editor()->undoStack()->undo();
  CHECK( guitest::countRows( copy, QStringLiteral( "incidents" ) ) == rowsBefore );

  // Reopened, the copy has the filter that was set when it was saved.
  REQUIRE( window.projects()->close() );
  MainWindow again;
  REQUIRE( again.projects()->open( copy ).isEmpty() );
  CHECK( again.filter()->panel()->periodFrom() == from );
}

TEST_CASE( "saving keeps the live heatmap hidden when the user hid it", "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsRasterLayer *heatmap = window.filter()->heatmap()->layer();
  REQUIRE( heatmap );
  QgsLayerTreeLayer *node = window.project()->layerTreeRoot()->findLayer( heatmap->id() );
  REQUIRE( node );
  node->setItemVisibilityChecked( false );
  REQUIRE( window.projects()->save() == QString() );
  node = window.project()->layerTreeRoot()->findLayer( heatmap->id() );
  REQUIRE( node );
  CHECK_FALSE( node->itemVisibilityChecked() );
  // The canvas takes its layers from the tree when the event loop runs.
  for ( int i = 0; i < 5; ++i )
    QCoreApplication::processEvents();
  CHECK_FALSE( window.mapCanvas()->layers().contains( heatmap ) );
}

TEST_CASE( "closing a changed map asks to save it: Save keeps it, Discard does not, Cancel stays",
           "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  // Opening and the heatmap's own updates are no changes of the user's.
  CHECK_FALSE( window.projects()->mapState()->isDirty() );
  int asked = 0;
  MapStateStore::CloseAnswer answer = MapStateStore::CloseAnswer::Cancel;
  window.projects()->mapState()->setCloseQuestion(
    [&]
    {
      ++asked;
      return answer;
    } );
  changeFilter( window );
  REQUIRE( window.projects()->mapState()->isDirty() );

  SECTION( "Cancel keeps the project open" )
  {
    CHECK_FALSE( window.projects()->close() );
    CHECK( asked == 1 );
    CHECK( window.projects()->path() == demo.path() );
  }
  SECTION( "Discard closes without writing the map" )
  {
    answer = MapStateStore::CloseAnswer::Discard;
    CHECK( window.projects()->close() );
    CHECK( asked == 1 );
    CHECK( MapStateStore::storedCount( demo.path() ) == 0 );
  }
  SECTION( "Save writes it first" )
  {
    answer = MapStateStore::CloseAnswer::Save;
    CHECK( window.projects()->close() );
    CHECK( asked == 1 );
    CHECK( MapStateStore::storedCount( demo.path() ) == 1 );
  }
  SECTION( "an unchanged map closes without a question" )
  {
    REQUIRE( window.projects()->save().isEmpty() );
    CHECK( window.projects()->close() );
    CHECK( asked == 0 );
  }
}

TEST_CASE( "an autosaved map state left by a crash is offered when the project opens again", "[session]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString crashed = demo.file( QStringLiteral( "efter-krasch.gpkg" ) );
  QDate autosavedFrom;
  {
    MainWindow window;
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    CHECK( window.projects()->mapState()->autosave().isEmpty() ); // nothing changed: nothing written
    CHECK( MapStateStore::storedCount( demo.path(), MapStateStore::autosaveName() ) == 0 );
    changeFilter( window );
    autosavedFrom = window.filter()->panel()->periodFrom();
    const QString autosaveProblem = window.projects()->mapState()->autosave();
    INFO( autosaveProblem.toStdString() );
    REQUIRE( autosaveProblem.isEmpty() );
    CHECK( MapStateStore::storedCount( demo.path(), MapStateStore::autosaveName() ) == 1 );
    // Autosaving is no save: the map is still unsaved, and the real map state was not written.
    CHECK( window.projects()->mapState()->isDirty() );
    CHECK( MapStateStore::storedCount( demo.path() ) == 0 );
    // The file as a crash would leave it: the autosave still in it.
    REQUIRE( QFile::copy( demo.path(), crashed ) );
  }
  // A normal end removes the autosave.
  CHECK( MapStateStore::storedCount( demo.path(), MapStateStore::autosaveName() ) == 0 );

  MainWindow window;
  QDateTime offered;
  bool accept = true;
  window.projects()->mapState()->setRecoveryPrompt(
    [&]( const QDateTime &savedAt )
    {
      offered = savedAt;
      return accept;
    } );
  SECTION( "restoring brings back the filter, unsaved" )
  {
    REQUIRE( window.projects()->open( crashed ).isEmpty() );
    REQUIRE( offered.isValid() );
    CHECK( std::abs( offered.secsTo( QDateTime::currentDateTimeUtc() ) ) < 3600 );
    CHECK( window.filter()->panel()->periodFrom() == autosavedFrom );
    CHECK( window.projects()->mapState()->isDirty() );
  }
  SECTION( "declining opens the project as it was saved and forgets the autosave" )
  {
    accept = false;
    REQUIRE( window.projects()->open( crashed ).isEmpty() );
    CHECK( offered.isValid() );
    CHECK( window.filter()->panel()->periodFrom() != autosavedFrom );
    CHECK( MapStateStore::storedCount( crashed, MapStateStore::autosaveName() ) == 0 );
    CHECK_FALSE( window.projects()->mapState()->isDirty() );
  }
}

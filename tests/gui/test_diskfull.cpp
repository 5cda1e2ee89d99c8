// A full disk while the app writes the project (here: a limit on the size of files the process may write,
// with SIGXFSZ ignored, so writes fail as on a full disk): saving, autosaving and Save As fail with a clear
// message, the project stays byte for byte as it was, the app goes on, and the map state stays unsaved.

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapstatestore.h"
#include "projectcontroller.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

#include <csignal>
#include <sys/resource.h>

namespace
{
QByteArray fileHash( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QByteArray();
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

//! While it lives, files this process writes may not grow beyond a size (writes beyond fail with EFBIG).
class FileSizeLimit
{
public:
  explicit FileSizeLimit( qint64 bytes )
  {
    getrlimit( RLIMIT_FSIZE, &mBefore );
    mHandler = std::signal( SIGXFSZ, SIG_IGN );
    rlimit limit = mBefore;
    limit.rlim_cur = static_cast<rlim_t>( bytes );
    setrlimit( RLIMIT_FSIZE, &limit );
  }
  ~FileSizeLimit()
  {
    setrlimit( RLIMIT_FSIZE, &mBefore );
    std::signal( SIGXFSZ, mHandler );
  }

private:
  rlimit mBefore{};
  void ( *mHandler )( int ) = nullptr;
};
} // namespace

TEST_CASE( "saving the map on a full disk fails with a message and leaves the project as it was",
           "[diskfull]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  FilterPanel *panel = window.filter()->panel();
  panel->setPeriod( panel->periodFrom().addDays( -14 ), panel->periodUntil() );
  REQUIRE( window.projects()->mapState()->isDirty() );
  const QByteArray before = fileHash( demo.path() );
  // Save As goes over an older file of that name, which must survive a Save As that fails.
  const QString copy = demo.file( QStringLiteral( "kopia.gpkg" ) );
  {
    QFile older( copy );
    REQUIRE( older.open( QIODevice::WriteOnly ) );
    older.write( "en äldre fil" );
  }
  const QByteArray olderHash = fileHash( copy );
  {
    const FileSizeLimit full( QFileInfo( demo.path() ).size() + 1024 );
    SECTION( "autosave" )
    {
      const QString problem = window.projects()->mapState()->autosave();
      INFO( problem.toStdString() );
      CHECK_THAT( problem.toStdString(), Catch::Contains( "ingenting ändrades" ) );
      CHECK( MapStateStore::storedCount( demo.path(), MapStateStore::autosaveName() ) == 0 );
    }
    SECTION( "save" )
    {
      const QString problem = window.projects()->save();
      INFO( problem.toStdString() );
      CHECK_THAT( problem.toStdString(), Catch::Contains( "Kunde inte spara kartan" ) );
      // In the core's words for a disk that takes no more, not QGIS's.
      CHECK_THAT( problem.toStdString(), Catch::Contains( "ingenting ändrades" ) );
    }
    SECTION( "Save As" )
    {
      const QString problem = window.projects()->saveAs( copy );
      INFO( problem.toStdString() );
      CHECK_THAT( problem.toStdString(), Catch::Contains( "kopia.gpkg" ) );
      CHECK_THAT( problem.toStdString(), Catch::Contains( "ingenting ändrades", Catch::CaseSensitive::No ) );
      CHECK( fileHash( copy ) == olderHash );
      CHECK_FALSE( QFileInfo::exists( copy + QStringLiteral( ".tryggkarta-replaced" ) ) );
      CHECK( window.projects()->path() == QFileInfo( demo.path() ).absoluteFilePath() );
    }
  }
  // The file is as it was, the map is still unsaved, and the app goes on: with room, it saves.
  CHECK( fileHash( demo.path() ) == before );
  CHECK( window.projects()->mapState()->isDirty() );
  CHECK( window.projects()->save() == QString() );
  CHECK_FALSE( window.projects()->mapState()->isDirty() );
  CHECK( MapStateStore::storedCount( demo.path() ) == 1 );
}

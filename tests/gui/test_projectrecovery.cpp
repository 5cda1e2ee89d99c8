// Damaged and interrupted projects in the app: a damaged project is found by the check that runs in the
// background once it is open, nothing is written to it, and Recover Data copies what can be read into a new
// project that opens; a project whose import was killed during its commit opens with the change rolled back
// and the user told; a file refused as damaged at open offers the same way out.

#include "../cli/crashinjection.h"
#include "database.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "projectrecovery.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace
{
QByteArray fileHash( const QString &path )
{
  QFile file( path );
  REQUIRE( file.open( QIODevice::ReadOnly ) );
  return QCryptographicHash::hash( file.readAll(), QCryptographicHash::Sha256 );
}

//! Overwrites the page of the file where the table starts (its root) with zeros, as a disk that lost it
//! would.
void zeroRootPage( const QString &path, const char *table )
{
  int64_t page = 0;
  {
    tryggkarta::Database db( path.toStdString(), tryggkarta::Database::Mode::ReadOnly );
    page = db.queryInt( std::string( "SELECT rootpage FROM sqlite_master WHERE name = '" ) + table + "'" );
  }
  REQUIRE( page > 1 );
  QFile file( path );
  REQUIRE( file.open( QIODevice::ReadWrite ) );
  REQUIRE( file.seek( ( page - 1 ) * 4096 ) );
  file.write( QByteArray( 4096, '\0' ) );
}
} // namespace

TEST_CASE( "a damaged project is found after it opens, not written to, and recovered into a new project",
           "[recovery]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const int64_t incidents = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  // The actions, which the map does not read when the project opens, lose their page.
  zeroRootPage( demo.path(), "actions" );

  MainWindow window;
  ProjectRecovery *recovery = window.projects()->recovery();
  QString offered;
  recovery->setOfferAnswer(
    [&offered]( const QString &text )
    {
      offered = text;
      return false; // not now
    } );
  QString found;
  QObject::connect( recovery, &ProjectRecovery::damageFound,
                    [&found]( const QString &, const QString &message ) { found = message; } );
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  // The map opens at once; the check runs behind it and says what it found, with the way out.
  REQUIRE( guitest::waitFor( [&] { return !offered.isEmpty(); }, 60000 ) );
  CHECK_THAT( found.toStdString(), Catch::Contains( "är skadad" ) );
  CHECK_THAT( offered.toStdString(), Catch::Contains( "Rädda data" ) );
  CHECK( window.projects()->path() == QFileInfo( demo.path() ).absoluteFilePath() );

  // Nothing is written to it: saving the map is refused with the same message, the file as it was.
  const QByteArray before = fileHash( demo.path() );
  const QString refused = window.projects()->save();
  CHECK_THAT( refused.toStdString(), Catch::Contains( "är skadad" ) );
  CHECK( fileHash( demo.path() ) == before );

  // Recover Data: every readable row into a new project, the lost page told, the damaged file only read.
  const QString target = ProjectRecovery::suggestedNewPath( demo.path() );
  CHECK( QFileInfo( target ).fileName() == QStringLiteral( "exempelkommun-räddad.gpkg" ) );
  const auto report = recovery->recover( demo.path(), target );
  REQUIRE( report.ok() );
  CHECK_FALSE( report->complete() );
  const QString text = ProjectRecovery::reportText( *report );
  INFO( text.toStdString() );
  CHECK_THAT( text.toStdString(), Catch::Contains( "actions" ) );
  CHECK_THAT( text.toStdString(), Catch::Contains( "exempelkommun-räddad.gpkg" ) );
  CHECK( fileHash( demo.path() ) == before );
  CHECK( guitest::countRows( target, QStringLiteral( "incidents" ) ) == incidents );

  // The new project opens and is whole.
  bool whole = false;
  QObject::connect( recovery, &ProjectRecovery::checked,
                    [&whole, target]( const QString &path, bool ok )
                    {
                      if ( path == QFileInfo( target ).absoluteFilePath() )
                        whole = ok;
                    } );
  offered.clear();
  REQUIRE( window.projects()->open( target ) == QString() );
  REQUIRE( guitest::waitFor( [&] { return !recovery->isChecking() && whole; }, 60000 ) );
  CHECK( offered.isEmpty() );
}

TEST_CASE( "a project refused as damaged when it is opened offers Recover Data", "[recovery]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  // The schema itself lost: nothing can be read.
  zeroRootPage( demo.path(), "tryggkarta_meta" );
  MainWindow window;
  QString offered;
  window.projects()->recovery()->setOfferAnswer(
    [&offered]( const QString &text )
    {
      offered = text;
      return false;
    } );
  window.projects()->openInteractively( demo.path() );
  CHECK( window.projects()->lastOpenRefusedAsDamaged() );
  CHECK_THAT( offered.toStdString(), Catch::Contains( "Rädda data" ) );
  CHECK_THAT( offered.toStdString(), Catch::Contains( "exempelkommun.gpkg" ) );
  CHECK_FALSE( window.projects()->isOpen() );
}

TEST_CASE( "a project whose import was killed during its commit opens in the app rolled back, and says so",
           "[recovery]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const int64_t before = guitest::countRows( demo.path(), QStringLiteral( "incidents" ) );
  const QString csv = demo.file( QStringLiteral( "stor.csv" ) );
  {
    QFile file( csv );
    REQUIRE( file.open( QIODevice::WriteOnly ) );
    QTextStream out( &file );
    out << "datum,kategori,x,y\n";
    for ( int i = 0; i < 30000; ++i )
      out << "2024-05-" << ( 1 + i % 28 ) << ",klotter," << 449000 + i % 2000 << "," << 6574000 + i % 1500
          << "\n";
  }
  const crashtest::Killed killed = crashtest::runAndKill(
    { TRYGGKARTA_CLI, "import", demo.path().toStdString(), csv.toStdString(), "--quiet" },
    demo.path().toStdString(), crashtest::fileWrittenWithJournal( 0 ) );
  REQUIRE( killed.killed );
  REQUIRE( QFileInfo::exists( demo.path() + QStringLiteral( "-journal" ) ) );

  MainWindow window;
  QStringList messages;
  QObject::connect( window.projects(), &ProjectController::message,
                    [&messages]( const QString &text, int ) { messages << text; } );
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  INFO( messages.join( '\n' ).toStdString() );
  CHECK_THAT( messages.join( '\n' ).toStdString(), Catch::Contains( "avbröts under en ändring" ) );
  CHECK_FALSE( QFileInfo::exists( demo.path() + QStringLiteral( "-journal" ) ) );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) == before );
  tryggkarta::Database db( demo.path().toStdString(), tryggkarta::Database::Mode::ReadOnly );
  CHECK( db.queryText( "PRAGMA integrity_check" ) == "ok" );
}

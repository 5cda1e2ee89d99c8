// The walk kit and protocol written through their API (as the app's print room calls them): progress goes
// from 0 to 1, a cancel leaves nothing at the target (an older file stays as it was) and no temporary file
// beside it. The documents' content is tested end to end in tests/print.

#include "guitestutil.h"
#include "mapsheet.h"
#include "walkcontext.h"
#include "walkkitpdf.h"
#include "walkprotocol.h"
#include "walkprotocolpdf.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <vector>

using guitest::DemoProject;

namespace
{
QStringList filesIn( const QString &folder )
{
  return QDir( folder ).entryList( QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot );
}
} // namespace

TEST_CASE( "the walk kit reports its progress to the end and a cancel leaves nothing behind",
           "[print][walks]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  auto sheet = MapSheet::open( demo.path() );
  REQUIRE( sheet.ok() );
  auto kit = tryggkarta::buildWalkKit( ( *sheet )->file(), 1 );
  REQUIRE( kit.ok() );
  QTemporaryDir out;
  const QString pdf = QDir( out.path() ).filePath( QStringLiteral( "kit.pdf" ) );

  std::vector<double> steps;
  const QString problem = WalkKitPdf::write( **sheet, *kit, pdf,
                                             [&]( double fraction )
                                             {
                                               steps.push_back( fraction );
                                               return true;
                                             } );
  INFO( problem.toStdString() );
  REQUIRE( problem.isEmpty() );
  REQUIRE( steps.size() > kit->stops.size() );
  CHECK( std::is_sorted( steps.begin(), steps.end() ) );
  CHECK( steps.front() >= 0 );
  CHECK( steps.back() == Approx( 1 ) );
  const QByteArray written = [&]
  {
    QFile file( pdf );
    REQUIRE( file.open( QIODevice::ReadOnly ) );
    return file.readAll();
  }();
  CHECK( written.startsWith( "%PDF" ) );

  // Cancelled while the pages are laid out, and while they are written: the older file stays, nothing is
  // added.
  for ( const double at : { 0.1, 0.6 } )
  {
    INFO( "cancelled at " << at );
    const QString cancelled =
      WalkKitPdf::write( **sheet, *kit, pdf, [at]( double fraction ) { return fraction < at; } );
    CHECK_FALSE( cancelled.isEmpty() );
    QFile file( pdf );
    REQUIRE( file.open( QIODevice::ReadOnly ) );
    CHECK( file.readAll() == written );
    CHECK( filesIn( out.path() ) == QStringList{ QStringLiteral( "kit.pdf" ) } );
  }
}

TEST_CASE( "the walk protocol is cancelled with nothing written, and refuses a folder that is not there",
           "[print][walks]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  auto sheet = MapSheet::open( demo.path() );
  REQUIRE( sheet.ok() );
  auto protocol = tryggkarta::buildProtocol( ( *sheet )->file(), 1 );
  REQUIRE( protocol.ok() );
  QTemporaryDir out;
  const QString pdf = QDir( out.path() ).filePath( QStringLiteral( "protokoll.pdf" ) );
  const QString cancelled =
    WalkProtocolPdf::write( **sheet, *protocol, pdf, []( double fraction ) { return fraction < 0.5; } );
  CHECK_FALSE( cancelled.isEmpty() );
  CHECK( filesIn( out.path() ).isEmpty() );

  const QString missing = QDir( out.path() ).filePath( QStringLiteral( "no/such/folder/p.pdf" ) );
  const QString refused = WalkProtocolPdf::write( **sheet, *protocol, missing );
  CHECK( refused.contains( QStringLiteral( "no/such/folder" ) ) );
  CHECK( filesIn( out.path() ).isEmpty() );

  REQUIRE( WalkProtocolPdf::write( **sheet, *protocol, pdf ).isEmpty() );
  CHECK( filesIn( out.path() ) == QStringList{ QStringLiteral( "protokoll.pdf" ) } );
}

// The map state's autosave timer: every few minutes (the setting projects/autosaveMinutes, two by default) a
// changed map is written to the file's autosave slot, and only then.

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapstatestore.h"
#include "projectcontroller.h"

#include <catch2/catch.hpp>

#include <qgsproject.h>

#include <QSettings>
#include <QTimer>

namespace
{
QTimer *autosaveTimer( MainWindow &window )
{
  return window.findChild<QTimer *>( QStringLiteral( "AutosaveTimer" ) );
}
} // namespace

TEST_CASE( "the autosave timer runs every two minutes, or as often as the setting says", "[mapstatestore]" )
{
  const QVariant before = QSettings().value( QStringLiteral( "projects/autosaveMinutes" ) );
  SECTION( "by default" )
  {
    QSettings().remove( QStringLiteral( "projects/autosaveMinutes" ) );
    MainWindow window;
    REQUIRE( autosaveTimer( window ) );
    CHECK( autosaveTimer( window )->isActive() );
    CHECK( autosaveTimer( window )->interval() == 2 * 60 * 1000 );
  }
  SECTION( "set to five minutes" )
  {
    QSettings().setValue( QStringLiteral( "projects/autosaveMinutes" ), 5 );
    MainWindow window;
    REQUIRE( autosaveTimer( window ) );
    CHECK( autosaveTimer( window )->interval() == 5 * 60 * 1000 );
  }
  QSettings().setValue( QStringLiteral( "projects/autosaveMinutes" ), before );
}

TEST_CASE( "when the timer runs, a changed map is autosaved into the file and an unchanged one is not",
           "[mapstatestore]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  QTimer *timer = autosaveTimer( window );
  REQUIRE( timer );
  timer->setInterval( 50 ); // the minutes' work, in a test's time
  auto autosaves = [&demo]
  { return MapStateStore::storedCount( demo.path(), MapStateStore::autosaveName() ); };

  // Unchanged: several ticks write nothing.
  const int ticks = 4;
  int counted = 0;
  const auto counter = QObject::connect( timer, &QTimer::timeout, [&counted] { ++counted; } );
  REQUIRE( guitest::waitFor( [&counted] { return counted >= ticks; }, 5000 ) );
  QObject::disconnect( counter );
  CHECK( autosaves() == 0 );

  // Changed: the next tick writes it, with the new period.
  FilterPanel *panel = window.filter()->panel();
  panel->setPeriod( panel->periodFrom().addDays( -7 ), panel->periodUntil() );
  REQUIRE( window.projects()->mapState()->isDirty() );
  REQUIRE( guitest::waitFor( [&] { return autosaves() == 1; }, 5000 ) );
  QgsProject autosaved;
  REQUIRE( autosaved.read( MapStateStore::storedUri( demo.path(), MapStateStore::autosaveName() ),
                           QgsProject::ReadFlag::FlagDontResolveLayers ) );
  CHECK( autosaved.readEntry( QStringLiteral( "tryggkarta" ), QStringLiteral( "filter/from" ) ) ==
         panel->periodFrom().toString( Qt::ISODate ) );
  CHECK( window.projects()->mapState()->isDirty() ); // autosaved is not saved
  // Saving removes it.
  REQUIRE( window.projects()->save() == QString() );
  CHECK( autosaves() == 0 );
}

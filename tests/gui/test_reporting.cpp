// Who has reported, in the app: the reporting table's marks, last reports and missing weeks against what the
// test put in (reports by the day they entered the project), ticking who is expected to report; and the
// filter panel's plain note when an organisation's newest data is older than the chosen period, with the
// presets starting from today (also on a project whose data ends weeks before).

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "reportingpanel.h"

#include "database.h"
#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <QLabel>
#include <QTableWidget>

namespace
{
void addIncident( tryggkarta::ProjectFile &p, const std::string &organisation, const std::string &created )
{
  const auto blob = tryggkarta::encodeGpkgPoint( 3006, 450000, 6580000 );
  auto s = p.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, organisation, source, "
                           "created_at, updated_at) VALUES (?, ?, 'klotter', ?, 'est', ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, created ).bind( 3, organisation );
  s.bind( 4, created ).bind( 5, created );
  s.run();
}

//! Restores an environment variable when it goes out of scope.
class ScopedEnvironment
{
public:
  ScopedEnvironment( const char *name, const QByteArray &value ) : mName( name ), mOld( qgetenv( name ) )
  {
    qputenv( name, value );
  }
  ~ScopedEnvironment() { qputenv( mName, mOld ); }

private:
  const char *mName;
  QByteArray mOld;
};
} // namespace

TEST_CASE( "the reporting table has a mark per week, the last report and the weeks missing per organisation",
           "[reporting]" )
{
  QTemporaryDir dir;
  auto project = tryggkarta::ProjectFile::create( dir.filePath( QStringLiteral( "p.gpkg" ) ).toStdString() );
  REQUIRE( project.ok() );
  tryggkarta::ProjectFile &p = **project;
  p.db().exec( "INSERT INTO organisations (name, reports_weekly) VALUES ('Skolan', 1), ('Polisen', 1), "
               "('Vaktbolaget', 0)" );
  // Today Friday 2026-11-20 (W47). Skolan: W47 twice, W45 once. Polisen: never. Vaktbolaget: W46, unexpected.
  addIncident( p, "Skolan", "2026-11-17T09:00:00.000Z" );
  addIncident( p, "Skolan", "2026-11-19T09:00:00.000Z" );
  addIncident( p, "Skolan", "2026-11-03T09:00:00.000Z" );
  addIncident( p, "Vaktbolaget", "2026-11-10T09:00:00.000Z" );

  ReportingPanel panel;
  REQUIRE( panel.load( p.db(), 8, QStringLiteral( "2026-11-20" ) ).isEmpty() );
  QTableWidget *table = panel.table();
  REQUIRE( table->columnCount() == 8 + 3 );
  REQUIRE( table->rowCount() == 3 );
  const auto rowOf = [&]( const QString &name )
  {
    for ( int r = 0; r < table->rowCount(); ++r )
      if ( table->item( r, 0 )->text() == name )
        return r;
    return -1;
  };
  const int school = rowOf( QStringLiteral( "Skolan" ) );
  const int police = rowOf( QStringLiteral( "Polisen" ) );
  const int guards = rowOf( QStringLiteral( "Vaktbolaget" ) );
  REQUIRE( school >= 0 );
  REQUIRE( police >= 0 );
  REQUIRE( guards >= 0 );
  // Expected organisations first.
  CHECK( guards == 2 );
  // Week columns 1 … 8 are W40 … W47; the last is this week.
  CHECK( table->horizontalHeaderItem( 8 )->text().contains( QStringLiteral( "47" ) ) );
  CHECK( table->horizontalHeaderItem( 1 )->text().contains( QStringLiteral( "40" ) ) );
  const auto reported = [&]( int row, int column )
  { return table->item( row, column )->data( Qt::UserRole ).toBool(); };
  for ( int c = 1; c <= 8; ++c )
  {
    INFO( c );
    CHECK( reported( school, c ) == ( c == 8 || c == 6 ) ); // W47 and W45
    CHECK_FALSE( reported( police, c ) );
    CHECK( reported( guards, c ) == ( c == 7 ) ); // W46
  }
  CHECK( table->item( school, 9 )->text() == QStringLiteral( "2026-11-19" ) );
  CHECK( table->item( school, 10 )->text() == QStringLiteral( "6" ) );
  CHECK( table->item( police, 9 )->text() != QStringLiteral( "2026-11-19" ) );
  CHECK( table->item( police, 10 )->text() == QStringLiteral( "8" ) );
  CHECK( table->item( school, 0 )->checkState() == Qt::Checked );
  CHECK( table->item( guards, 0 )->checkState() == Qt::Unchecked );
  CHECK( panel.summaryText().contains( QStringLiteral( "2026-W47" ) ) );

  // Unticking Polisen stores it: it is no longer expected, and (never having reported) leaves the table.
  table->item( police, 0 )->setCheckState( Qt::Unchecked );
  CHECK( p.db().queryInt( "SELECT reports_weekly FROM organisations WHERE name = 'Polisen'" ) == 0 );
  CHECK( table->rowCount() == 2 );
}

TEST_CASE( "the filter panel says plainly when an organisation's newest report is older than the period",
           "[reporting][filter]" )
{
  FilterPanel panel;
  std::vector<tryggkarta::Category> categories( 1 );
  categories[0].code = "klotter";
  categories[0].labelSv = "Klotter";
  categories[0].group = "skadegorelse";
  QMap<QString, QString> groups;
  groups.insert( QStringLiteral( "skadegorelse" ), QStringLiteral( "Skadegörelse" ) );
  std::vector<tryggkarta::NewestEvent> newest( 3 );
  newest[0].name = "Polisen";
  newest[0].date = "2026-11-15";
  newest[1].name = "Skolan";
  newest[1].date = "2026-11-27";
  newest[2].isSource = true;
  newest[2].name = "police";
  newest[2].date = "2026-11-15";
  panel.setNewestEvents( newest );
  // Today Monday 2026-11-30: last week is 23–29 November.
  panel.setProject( categories, groups, { QStringLiteral( "Polisen" ), QStringLiteral( "Skolan" ) },
                    QDate( 2025, 1, 1 ), QDate( 2026, 11, 27 ), QDate( 2026, 11, 30 ) );
  panel.applyPreset( FilterPanel::Preset::LastWeek );
  CHECK( panel.periodFrom() == QDate( 2026, 11, 23 ) );
  QLabel *note = panel.findChild<QLabel *>( QStringLiteral( "StaleDataNote" ) );
  REQUIRE( note );
  CHECK( panel.staleDataNote().contains( QStringLiteral( "Polisen" ) ) );
  CHECK( panel.staleDataNote().contains( QStringLiteral( "2026-11-15" ) ) );
  CHECK_FALSE( panel.staleDataNote().contains( QStringLiteral( "Skolan" ) ) ); // reported on the 27th
  CHECK( panel.staleDataNote().count( QLatin1Char( '\n' ) ) == 0 );            // the source only when chosen
  CHECK_FALSE( note->isHidden() );

  // The last month (all of October) holds Polisen's newest report: no note.
  panel.applyPreset( FilterPanel::Preset::LastMonth );
  CHECK( panel.periodFrom() == QDate( 2026, 10, 1 ) );
  CHECK( panel.staleDataNote().isEmpty() );
  CHECK( note->isHidden() );

  // A custom period after both: both named.
  panel.setPeriod( QDate( 2026, 11, 28 ), QDate( 2026, 11, 30 ) );
  CHECK( panel.staleDataNote().contains( QStringLiteral( "Polisen" ) ) );
  CHECK( panel.staleDataNote().contains( QStringLiteral( "Skolan" ) ) );
}

TEST_CASE( "the filter's presets start from today, and a project whose data ended earlier says so",
           "[reporting][filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  // The demo's data ends 2026-11-22; today is two weeks later.
  const ScopedEnvironment today( "TRYGGKARTA_TODAY", "2026-12-07" );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  FilterPanel *panel = window.filter()->panel();
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  panel->applyPreset( FilterPanel::Preset::LastWeek );
  CHECK( panel->periodFrom() == QDate( 2026, 11, 30 ) );
  CHECK( panel->periodUntil() == QDate( 2026, 12, 6 ) );
  // Every organisation's newest event is from before the period; the note names them with their dates.
  const QString newestPolice = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT max(occurred_from) FROM incidents WHERE "
                                 "organisation = (SELECT min(organisation) FROM incidents)" ) );
  const QString firstOrganisation =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(organisation) FROM incidents" ) );
  REQUIRE_FALSE( firstOrganisation.isEmpty() );
  INFO( panel->staleDataNote().toStdString() );
  CHECK( panel->staleDataNote().contains( firstOrganisation ) );
  CHECK( panel->staleDataNote().contains( QStringLiteral( "2026-11-" ) ) );
  CHECK( newestPolice < QStringLiteral( "2026-11-30" ) );
}

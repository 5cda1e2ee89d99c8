// The filter controller on its own, without the main window: the incident layer's SQL as a pure function, and
// the controller following a project opened by the project controller.

#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mapcanvas.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "projectlayers.h"

#include <catch2/catch.hpp>

#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QLabel>
#include <QMainWindow>
#include <QStringList>

#include <algorithm>

using tryggkarta::SelectedIncident;
using tryggkarta::Selection;

namespace
{
SelectedIncident incident( int64_t fid )
{
  SelectedIncident i;
  i.fid = fid;
  return i;
}

//! The fids, joined as SQLite's group_concat writes them.
QString joined( const std::vector<SelectedIncident> &incidents )
{
  QStringList fids;
  for ( const SelectedIncident &i : incidents )
    fids << QString::number( i.fid );
  return fids.join( QLatin1Char( ',' ) );
}

//! The fids a subset string selects in the project file's incidents table, in fid order.
QString selectedFids( const QString &path, const QString &subset )
{
  return guitest::queryText( path, QStringLiteral( "SELECT group_concat(fid) FROM (SELECT fid FROM incidents "
                                                   "WHERE %1 ORDER BY fid)" )
                                     .arg( subset ) );
}
} // namespace

TEST_CASE( "the incident layer's SQL is empty when every incident is shown", "[filtercontroller]" )
{
  Selection selection;
  selection.categories = { "klotter" };
  const std::vector<SelectedIncident> all = { incident( 1 ), incident( 2 ) };
  CHECK( FilterController::incidentSubsetSql( selection, all, 2, 0 ) == QString() );
}

TEST_CASE( "a period, categories, sources and organisations become plain SQL on indexed columns",
           "[filtercontroller]" )
{
  Selection selection;
  selection.fromUtc = 1735689600;  // 2025-01-01 00:00 UTC
  selection.untilUtc = 1738368000; // 2025-02-01 00:00 UTC
  selection.categories = { "klotter", "glaskross" };
  selection.sources = { "est" };
  selection.organisations = { "O'Hara Fastigheter" };
  const QString sql = FilterController::incidentSubsetSql( selection, { incident( 5 ) }, 10, 3 * 86400 );
  CHECK( sql == QStringLiteral( "occurred_from < '2025-02-01T00:00:00.000Z'"
                                " AND coalesce(occurred_until, occurred_from) >= '2025-01-01T00:00:00.000Z'"
                                " AND occurred_from >= '2024-12-29T00:00:00.000Z'"
                                " AND category IN ('klotter','glaskross')"
                                " AND source IN ('est')"
                                " AND organisation IN ('O''Hara Fastigheter')" ) );
}

TEST_CASE( "weekdays, hours, an area or midpoints list the filtered incidents by fid", "[filtercontroller]" )
{
  Selection selection;
  SECTION( "weekdays" )
  {
    selection.weekdays = { 5, 6 };
  }
  SECTION( "hours" )
  {
    selection.hours = { 22, 23 };
  }
  SECTION( "an area" )
  {
    selection.area = "Centrum";
  }
  SECTION( "midpoints" )
  {
    selection.intervalRule = tryggkarta::IntervalRule::Midpoint;
  }
  CHECK( FilterController::incidentSubsetSql( selection, { incident( 3 ), incident( 7 ) }, 9, 0 ) ==
         QStringLiteral( "fid IN (3,7)" ) );
  CHECK( FilterController::incidentSubsetSql( selection, {}, 9, 0 ) == QStringLiteral( "fid < 0" ) );
}

TEST_CASE( "the incident layer's SQL selects in the file exactly the incidents the filter selects in memory",
           "[filtercontroller]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( project );
  auto all = tryggkarta::selectIncidents( **project, Selection() );
  REQUIRE( all );
  REQUIRE( all->size() > 1000 );
  int64_t longest = 0;
  int64_t latest = 0;
  for ( const SelectedIncident &i : all.value() )
  {
    longest = std::max( longest, i.untilUtc - i.fromUtc );
    latest = std::max( latest, i.fromUtc );
  }
  REQUIRE( longest > 0 ); // the demo has incidents known as intervals, which the period must catch too

  Selection selection;
  selection.fromUtc = latest - 60 * 86400;
  selection.untilUtc = latest - 30 * 86400;
  SECTION( "a period with categories and a source" )
  {
    selection.categories = { "klotter", "glaskross", "inbrott" };
    selection.sources = { "est", "police" };
  }
  SECTION( "a period on Friday and Saturday nights" )
  {
    selection.weekdays = { 5, 6 };
    selection.hours = { 22, 23, 0, 1 };
  }
  SECTION( "a period with intervals at their midpoint" )
  {
    selection.intervalRule = tryggkarta::IntervalRule::Midpoint;
  }
  auto filtered = tryggkarta::filterIncidents( all.value(), selection, nullptr );
  REQUIRE( filtered );
  REQUIRE( !filtered->empty() );
  REQUIRE( filtered->size() < all->size() );
  const QString sql =
    FilterController::incidentSubsetSql( selection, filtered.value(), all->size(), longest );
  CHECK( selectedFids( demo.path(), sql ) == joined( filtered.value() ) );
}

TEST_CASE( "the filter controller follows a project opened without a main window", "[filtercontroller]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  QMainWindow host;
  QgsProject project;
  MapCanvas canvas( &host );
  ProjectController projects( &project, &canvas, &host );
  FilterController filter( &projects, &host );
  int applied = 0;
  std::optional<QgsFeatureIds> shown;
  QObject::connect( &filter, &FilterController::applied,
                    [&]( const std::optional<QgsFeatureIds> &incidents )
                    {
                      ++applied;
                      shown = incidents;
                    } );

  REQUIRE( projects.open( demo.path() ) == QString() );
  REQUIRE( filter.heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( applied >= 1 );

  // What it shows is the core's selection of the panel's filter, counted in the status text.
  auto opened = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( opened );
  auto all = tryggkarta::selectIncidents( **opened, Selection() );
  REQUIRE( all );
  const Selection selection = filter.panel()->selection();
  auto expected = tryggkarta::filterIncidents( all.value(), selection, nullptr );
  REQUIRE( expected );
  REQUIRE( !expected->empty() );
  CHECK( joined( filter.filteredIncidents() ) == joined( expected.value() ) );
  CHECK( filter.summaryLabel()->text().startsWith( QString::number( expected->size() ) ) );

  // The incident layer shows the same incidents, and the table was told which.
  QgsVectorLayer *incidents = ProjectLayers::layerForTable( &project, QStringLiteral( "incidents" ) );
  REQUIRE( incidents );
  REQUIRE( !incidents->subsetString().isEmpty() );
  CHECK( selectedFids( demo.path(), incidents->subsetString() ) == joined( expected.value() ) );
  REQUIRE( shown.has_value() );
  CHECK( shown->size() == static_cast<int>( expected->size() ) );

  // Closing the project empties it.
  REQUIRE( projects.close( true ) );
  CHECK( filter.filteredIncidents().empty() );
  CHECK( filter.summaryLabel()->text().isEmpty() );
}

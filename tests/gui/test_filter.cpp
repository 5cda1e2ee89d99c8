// The filter panel drives the map, the live heatmap and the counts.

#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "mapcontent.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "filtercontroller.h"
#include "incidentpointslayer.h"
#include "printcontroller.h"
#include "statisticspanel.h"

#include "datetimeparser.h"

#include <catch2/catch.hpp>

#include <QDockWidget>

#include <qgsfeatureiterator.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsrasterdataprovider.h>
#include <qgsrasterlayer.h>
#include <qgsvectorlayer.h>

#include <QDate>
#include <QProcess>
#include <QSignalSpy>

namespace
{
//! Waits until the heatmap has caught up with the last request.
bool heatmapSettled( MainWindow &window )
{
  return window.filter()->heatmap()->waitUntilIdle( 20000 );
}

//! The features the layer shows now (its filter applied), counted one by one.
long shownFeatures( QgsVectorLayer *layer )
{
  long count = 0;
  QgsFeature feature;
  QgsFeatureIterator it =
    layer->getFeatures( QgsFeatureRequest().setNoAttributes().setFlags( QgsFeatureRequest::NoGeometry ) );
  while ( it.nextFeature( feature ) )
    ++count;
  return count;
}

double heatmapMaximum( QgsRasterLayer *layer )
{
  return layer->dataProvider()->bandStatistics( 1, QgsRasterBandStats::Max ).maximumValue;
}
} // namespace

TEST_CASE( "changing the period updates the incidents on the map and the heatmap", "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1400, 900 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  FilterPanel *panel = window.filter()->panel();
  REQUIRE( panel->isEnabled() );
  REQUIRE( heatmapSettled( window ) );
  QgsRasterLayer *heatmap = window.filter()->heatmap()->layer();
  REQUIRE( heatmap );
  REQUIRE( heatmap->isValid() );
  CHECK( window.project()->mapLayer( heatmap->id() ) == heatmap );
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  REQUIRE( incidents );
  const std::vector<tryggkarta::SelectedIncident> &all = window.filter()->heatmap()->incidents();
  REQUIRE( all.size() > 2000 );

  // The default is the last month of the data: the map shows exactly those incidents.
  const auto lastMonth = window.filter()->filteredIncidents();
  REQUIRE( !lastMonth.empty() );
  CHECK( lastMonth.size() < all.size() );
  CHECK( shownFeatures( incidents ) == static_cast<long>( lastMonth.size() ) );
  const double monthPeak = heatmapMaximum( heatmap );
  // The statistics panel counts the same incidents.
  CHECK( window.filter()->statisticsPanel()->totalChange().countNow ==
         static_cast<int64_t>( lastMonth.size() ) );
  CHECK( monthPeak > 0 );

  // A whole year: more incidents, a denser heatmap (events per km² for a longer period).
  const QDate until = panel->periodUntil();
  panel->setPeriod( until.addDays( -364 ), until );
  REQUIRE(
    guitest::waitFor( [&] { return window.filter()->filteredIncidents().size() > lastMonth.size(); } ) );
  REQUIRE( heatmapSettled( window ) );
  const tryggkarta::Selection year = panel->selection();
  auto expected = tryggkarta::filterIncidents( all, year, nullptr );
  REQUIRE( expected.ok() );
  CHECK( window.filter()->filteredIncidents().size() == expected->size() );
  CHECK( shownFeatures( incidents ) == static_cast<long>( expected->size() ) );
  CHECK( heatmapMaximum( heatmap ) > monthPeak );
  CHECK( window.filter()->statisticsPanel()->totalChange().countNow ==
         static_cast<int64_t>( expected->size() ) );

  // A period without incidents: an empty map and a flat heatmap, no error.
  panel->setPeriod( QDate( 1990, 1, 1 ), QDate( 1990, 1, 31 ) );
  REQUIRE( guitest::waitFor( [&] { return window.filter()->filteredIncidents().empty(); } ) );
  REQUIRE( heatmapSettled( window ) );
  CHECK( shownFeatures( incidents ) == 0 );
  CHECK( heatmapMaximum( heatmap ) == 0 );
}

TEST_CASE( "a statistics panel hidden while the filter changed shows the new filter when it comes back",
           "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1400, 900 );
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( heatmapSettled( window ) );
  auto *dock = window.findChild<QDockWidget *>( QStringLiteral( "StatisticsDock" ) );
  REQUIRE( dock );
  dock->show();
  dock->raise();
  const int64_t month = window.filter()->statisticsPanel()->totalChange().countNow;
  REQUIRE( month == static_cast<int64_t>( window.filter()->filteredIncidents().size() ) );

  dock->close();
  FilterPanel *panel = window.filter()->panel();
  const QDate until = panel->periodUntil();
  panel->setPeriod( until.addDays( -364 ), until );
  REQUIRE( guitest::waitFor(
    [&] { return static_cast<int64_t>( window.filter()->filteredIncidents().size() ) > month; } ) );
  REQUIRE( heatmapSettled( window ) );
  // Not computed while hidden …
  CHECK( window.filter()->statisticsPanel()->totalChange().countNow == month );
  // … and brought up to date as it shows (its tab on top).
  dock->show();
  dock->raise();
  REQUIRE( guitest::waitFor(
    [&]
    {
      return window.filter()->statisticsPanel()->totalChange().countNow ==
             static_cast<int64_t>( window.filter()->filteredIncidents().size() );
    } ) );
}

TEST_CASE( "an incident known over a long interval is on the map in every period it overlaps", "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  QDate periodFrom;
  {
    MainWindow window;
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    periodFrom = window.filter()->panel()->periodFrom();
    REQUIRE( window.projects()->close( true ) );
  }
  REQUIRE( periodFrom.isValid() );
  // Discovered in the period, but it may have happened any time in the 100 days before: longer than any other
  // interval in the demo.
  const qint64 fid =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(fid) FROM incidents" ) ).toLongLong();
  const QDateTime from( periodFrom.addDays( -100 ), QTime( 12, 0 ), Qt::UTC );
  const QDateTime until( periodFrom.addDays( 2 ), QTime( 12, 0 ), Qt::UTC );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE incidents SET occurred_from = '%1', occurred_until = '%2' "
                                    "WHERE fid = %3" )
                      .arg( from.toString( Qt::ISODateWithMs ), until.toString( Qt::ISODateWithMs ) )
                      .arg( fid ) );

  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( heatmapSettled( window ) );
  REQUIRE( window.filter()->panel()->periodFrom() == periodFrom );
  const auto &filtered = window.filter()->filteredIncidents();
  CHECK( std::any_of( filtered.begin(), filtered.end(), [fid]( const auto &i ) { return i.fid == fid; } ) );
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  REQUIRE( incidents );
  CHECK_FALSE( incidents->subsetString().isEmpty() ); // the period is applied in SQL
  CHECK( incidents->getFeature( fid ).isValid() );
  CHECK( shownFeatures( incidents ) == static_cast<long>( filtered.size() ) );
}

TEST_CASE( "categories, weekdays and the time slider narrow the selection", "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  FilterPanel *panel = window.filter()->panel();
  panel->applyPreset( FilterPanel::Preset::AllDates );
  REQUIRE( heatmapSettled( window ) );
  const size_t everything = window.filter()->filteredIncidents().size();
  CHECK( everything == window.filter()->heatmap()->incidents().size() );

  panel->setCategoriesChecked( { QStringLiteral( "klotter" ) } );
  REQUIRE( guitest::waitFor( [&] { return window.filter()->filteredIncidents().size() < everything; } ) );
  for ( const auto &incident : window.filter()->filteredIncidents() )
    CHECK( incident.category == "klotter" );

  panel->setWeekdays( { 6, 7 } );
  REQUIRE( guitest::waitFor( [&] { return panel->selection().weekdays.size() == 2; } ) );
  REQUIRE( heatmapSettled( window ) );
  for ( const auto &incident : window.filter()->filteredIncidents() )
    CHECK( tryggkarta::touchesTimeOfWeek( incident.fromUtc, incident.untilUtc, { 6, 7 }, {} ) );

  // The slider steps through weeks; with a fixed scale the heatmap's colours mean the same every week.
  panel->setCategoriesChecked(
    { QStringLiteral( "klotter" ), QStringLiteral( "samling" ), QStringLiteral( "glaskross" ) } );
  panel->setWeekdays( { 1, 2, 3, 4, 5, 6, 7 } );
  panel->setSliderStep( FilterPanel::Step::Week );
  REQUIRE( panel->sliderMaximum() > 50 );
  panel->setSliderPosition( panel->sliderMaximum() - 10 );
  REQUIRE( heatmapSettled( window ) );
  CHECK( panel->periodFrom().dayOfWeek() == 1 );
  CHECK( panel->periodFrom().daysTo( panel->periodUntil() ) == 6 );
  const double scale = window.filter()->heatmap()->scaleMaximum();
  CHECK( scale > 0 );
  panel->setSliderPosition( panel->sliderMaximum() - 20 );
  REQUIRE( heatmapSettled( window ) );
  CHECK( window.filter()->heatmap()->scaleMaximum() == scale );
}

TEST_CASE( "File > Print map writes the view with the filter's period and the heatmap to a PDF",
           "[filter][print]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( heatmapSettled( window ) );
  const QString pdf = demo.file( QStringLiteral( "lagesbild.pdf" ) );
  REQUIRE( window.printing()->printMap( pdf, QStringLiteral( "Lägesbild till EST-mötet" ),
                                        PrintMapOptions::PaperSize::A4,
                                        QPageLayout::Landscape ) == QString() );
  QProcess text;
  text.start( QStringLiteral( "pdftotext" ), { pdf, QStringLiteral( "-" ) } );
  REQUIRE( text.waitForFinished( 30000 ) );
  const QString content = QString::fromUtf8( text.readAllStandardOutput() );
  CHECK( content.contains( QStringLiteral( "Lägesbild till EST-mötet" ) ) );
  CHECK( content.contains( QStringLiteral( "syntetiska data" ) ) );
  // The filter's period in words, as the core names it ("v. 47 2025 (17–23 november 2025)").
  tryggkarta::MapContent shown;
  shown.selection = window.filter()->panel()->selection();
  shown.period = tryggkarta::selectionPeriod( shown.selection );
  CHECK( content.simplified().contains( QString::fromStdString( tryggkarta::periodLine( shown ) ) ) );
  CHECK( content.contains( QStringLiteral( "km²" ) ) ); // the heatmap's units in the legend
}

TEST_CASE( "with millions of incidents the filter is worked out on a worker, with the same result",
           "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1400, 900 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  FilterController *filter = window.filter();
  REQUIRE( heatmapSettled( window ) );
  // The demo stands in for a city's decade: from one incident on, the worker works out the filter.
  filter->setFilterOnWorkerFrom( 1 );
  FilterPanel *panel = filter->panel();
  const QDate until = panel->periodUntil();
  panel->setPeriod( until.addDays( -364 ), until );
  filter->apply( FilterController::Apply::IfChanged );
  CHECK( filter->isApplying() ); // the window's thread went on
  REQUIRE( filter->waitUntilApplied( 60000 ) );
  REQUIRE( heatmapSettled( window ) );
  const tryggkarta::Selection year = panel->selection();
  const std::vector<tryggkarta::SelectedIncident> onWorker = filter->filteredIncidents();
  const int64_t statisticsOnWorker = filter->statisticsPanel()->totalChange().countNow;
  REQUIRE( filter->pointsLayer() );
  REQUIRE( filter->pointsLayer()->points() );
  const size_t pointsOnWorker = filter->pointsLayer()->points()->size();

  // The same filter worked out on the window's thread gives the same incidents, points and counts.
  filter->setFilterOnWorkerFrom( FilterController::kFilterOnWorker );
  filter->apply( FilterController::Apply::Always );
  CHECK_FALSE( filter->isApplying() );
  REQUIRE( heatmapSettled( window ) );
  const std::vector<tryggkarta::SelectedIncident> &here = filter->filteredIncidents();
  REQUIRE( here.size() == onWorker.size() );
  for ( size_t i = 0; i < here.size(); ++i )
    CHECK( here[i].fid == onWorker[i].fid );
  CHECK( filter->statisticsPanel()->totalChange().countNow == statisticsOnWorker );
  CHECK( filter->pointsLayer()->points()->size() == pointsOnWorker );
  auto expected = tryggkarta::filterIncidents( filter->heatmap()->incidents(), year, nullptr );
  REQUIRE( expected.ok() );
  CHECK( onWorker.size() == expected->size() );

  CHECK( statisticsOnWorker == static_cast<int64_t>( onWorker.size() ) );

  // A change while the worker runs: only the newest result is shown, once.
  filter->setFilterOnWorkerFrom( 1 );
  QSignalSpy shownResults( filter, &FilterController::applied );
  panel->setPeriod( until.addDays( -30 ), until );
  filter->apply( FilterController::Apply::IfChanged );
  panel->setPeriod( until.addDays( -90 ), until );
  filter->apply( FilterController::Apply::IfChanged );
  REQUIRE( filter->waitUntilApplied( 60000 ) );
  QCoreApplication::processEvents(); // a stale result still queued would come now
  CHECK( shownResults.count() == 1 );
  REQUIRE( heatmapSettled( window ) );
  auto quarter = tryggkarta::filterIncidents( filter->heatmap()->incidents(), panel->selection(), nullptr );
  REQUIRE( quarter.ok() );
  CHECK( filter->filteredIncidents().size() == quarter->size() );
}

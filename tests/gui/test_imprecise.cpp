// Incidents whose place is not a point on the map: counted by the filter and the statistics, listed by the
// table, not drawn as points, not in the live heatmap, and the filter panel says how many and why.

#include "coremessages.h"
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
#include <qgseditorwidgetsetup.h>
#include <qgsvectorlayer.h>

#include <QLabel>
#include <QMainWindow>
#include <QStringList>

using tryggkarta::SelectedIncident;
using tryggkarta::Selection;

namespace
{
//! The fids, joined as SQLite's group_concat writes them.
QString joined( const std::vector<SelectedIncident> &incidents )
{
  QStringList fids;
  for ( const SelectedIncident &i : incidents )
    fids << QString::number( i.fid );
  return fids.join( QLatin1Char( ',' ) );
}
} // namespace

TEST_CASE( "incidents known only by their municipality or county are counted, not drawn or heat-mapped, and "
           "the filter says so",
           "[imprecise][filtercontroller]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error() == QString() );
  // Every tenth incident known only as the municipality, every 25th only as the county (as the police feed
  // gives them).
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE incidents SET place_precision = 'municipality' WHERE "
                                    "fid % 10 = 0" ) );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE incidents SET place_precision = 'county' WHERE fid % 25 = "
                                    "0 AND fid % 10 != 0" ) );

  QMainWindow host;
  QgsProject project;
  MapCanvas canvas( &host );
  ProjectController projects( &project, &canvas, &host );
  FilterController filter( &projects, &host );
  int heatmapIncidents = -1;
  QObject::connect( filter.heatmap(), &LiveHeatmap::updated,
                    [&]( int incidentCount, double, double ) { heatmapIncidents = incidentCount; } );
  REQUIRE( projects.open( demo.path() ) == QString() );
  REQUIRE( filter.heatmap()->waitUntilIdle( 20000 ) );

  auto opened = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( opened );
  auto all = tryggkarta::selectIncidents( **opened, Selection() );
  REQUIRE( all );
  const Selection selection = filter.panel()->selection();
  auto expected = tryggkarta::filterIncidents( all.value(), selection, nullptr );
  REQUIRE( expected );
  std::vector<SelectedIncident> points = expected.value();
  const tryggkarta::ImpreciseCounts imprecise = tryggkarta::takeImprecise( points );
  REQUIRE( imprecise.municipality > 0 );
  REQUIRE( imprecise.county > 0 );
  REQUIRE( !points.empty() );

  // The filter, its count and the statistics keep every incident.
  CHECK( joined( filter.filteredIncidents() ) == joined( expected.value() ) );
  CHECK( filter.summaryLabel()->text().startsWith( QString::number( expected->size() ) ) );
  CHECK( filter.impreciseIncidents() == imprecise );

  // The map's incident layer draws the points only.
  QgsVectorLayer *incidents = ProjectLayers::layerForTable( &project, QStringLiteral( "incidents" ) );
  REQUIRE( incidents );
  REQUIRE( !incidents->subsetString().isEmpty() );
  CHECK( guitest::queryText( demo.path(), QStringLiteral( "SELECT group_concat(fid) FROM (SELECT fid FROM "
                                                          "incidents WHERE %1 ORDER BY fid)" )
                                            .arg( incidents->subsetString() ) ) == joined( points ) );
  CHECK( incidents->featureCount() == static_cast<long long>( points.size() ) );
  // Its precision field is named and its codes read in Swedish, in identify and the attribute table.
  const int precisionField = incidents->fields().indexOf( QStringLiteral( "place_precision" ) );
  REQUIRE( precisionField >= 0 );
  CHECK( incidents->attributeDisplayName( precisionField ) == QStringLiteral( "Platsprecision" ) );
  QVariantMap labels;
  for ( const QVariant &entry :
        incidents->editorWidgetSetup( precisionField ).config().value( QStringLiteral( "map" ) ).toList() )
    labels.insert( entry.toMap() );
  CHECK( labels.value( QStringLiteral( "Bara kommunen" ) ).toString() == QStringLiteral( "municipality" ) );
  CHECK( labels.value( QStringLiteral( "Bara länet" ) ).toString() == QStringLiteral( "county" ) );
  CHECK( labels.size() == 6 );

  // The live heatmap counts the points only.
  CHECK( heatmapIncidents == static_cast<int>( points.size() ) );

  // The filter panel says how many are left out and why, a line per kind, in the interface's language.
  QLabel *note = filter.panel()->findChild<QLabel *>( QStringLiteral( "ImpreciseNote" ) );
  REQUIRE( note );
  CHECK( !note->isHidden() );
  const QString municipalityLine = CoreMessages::text( tryggkarta::Message::make(
    tryggkarta::MessageCode::ImpreciseLeftOutMunicipality, imprecise.municipality ) );
  const QString countyLine = CoreMessages::text(
    tryggkarta::Message::make( tryggkarta::MessageCode::ImpreciseLeftOutCounty, imprecise.county ) );
  CHECK( note->text() == municipalityLine + QLatin1Char( '\n' ) + countyLine );
  CHECK( note->text().contains( QString::number( imprecise.municipality ) ) );

  // All dates, every incident selected: the layer still draws only the points.
  filter.panel()->applyPreset( FilterPanel::Preset::AllDates );
  filter.apply( FilterController::Apply::Always );
  REQUIRE( filter.heatmap()->waitUntilIdle( 20000 ) );
  REQUIRE( filter.filteredIncidents().size() == all->size() );
  std::vector<SelectedIncident> allPoints = all.value();
  const tryggkarta::ImpreciseCounts allImprecise = tryggkarta::takeImprecise( allPoints );
  CHECK( incidents->subsetString() == QStringLiteral( "place_precision IN ('exact', 'address', 'street')" ) );
  CHECK( incidents->featureCount() == static_cast<long long>( allPoints.size() ) );
  CHECK( heatmapIncidents == static_cast<int>( allPoints.size() ) );
  CHECK( note->text().contains( QString::number( allImprecise.municipality ) ) );

  // A project without them shows no note.
  guitest::execSql( demo.path(), QStringLiteral( "UPDATE incidents SET place_precision = 'exact'" ) );
  filter.refreshIncidents();
  REQUIRE( filter.heatmap()->waitUntilIdle( 20000 ) );
  CHECK( note->isHidden() );
  CHECK( incidents->subsetString().isEmpty() );
  CHECK( heatmapIncidents == static_cast<int>( all->size() ) );
}

TEST_CASE( "the incident layer's SQL leaves out the places that are not points",
           "[imprecise][filtercontroller]" )
{
  SelectedIncident point, municipality;
  point.fid = 3;
  municipality.fid = 7;
  municipality.precision = tryggkarta::PlacePrecision::Municipality;
  Selection selection;
  // Everything selected: only the points.
  CHECK( FilterController::incidentSubsetSql( selection, { point, municipality }, 2, 0, true ) ==
         QStringLiteral( "place_precision IN ('exact', 'address', 'street')" ) );
  // Listed by fid: the points among them.
  selection.weekdays = { 6 };
  CHECK( FilterController::incidentSubsetSql( selection, { point, municipality }, 9, 0, true ) ==
         QStringLiteral( "fid IN (3)" ) );
  // Plain SQL: the condition joins the others.
  Selection categories;
  categories.categories = { "klotter" };
  CHECK( FilterController::incidentSubsetSql( categories, { point }, 9, 0, true ) ==
         QStringLiteral( "place_precision IN ('exact', 'address', 'street') AND category IN ('klotter')" ) );
}

// Safety-walk observations in the app: the analysis dialogs' layer and checklist choice reach the selection
// the analysis runs on, the filter's checkbox puts the observations in the live heatmap (and not on the
// incident layer), and the positive places are a layer of their own.

#include "analysisdialog.h"
#include "analysisdialogs.h"
#include "analysisrun.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "mapcontroller.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "projectlayers.h"

#include <catch2/catch.hpp>

#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgssinglesymbolrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QListWidget>
#include <QPointer>

#include <set>

namespace
{
//! Opens the demo with the filter on all its dates (every walk in it).
void openDemo( MainWindow &window, const guitest::DemoProject &demo )
{
  window.resize( 1400, 900 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  window.filter()->panel()->applyPreset( FilterPanel::Preset::AllDates );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
}

template <typename Widget>
Widget *child( QWidget *parent, const char *name )
{
  Widget *widget = parent->findChild<Widget *>( QString::fromLatin1( name ) );
  REQUIRE( widget );
  return widget;
}

//! What the core selects for an analysis on the selection, straight from the file.
std::vector<tryggkarta::SelectedIncident> coreSelects( const QString &path,
                                                       const tryggkarta::Selection &selection )
{
  auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
  REQUIRE( project.ok() );
  auto selected = tryggkarta::selectAnalysisIncidents( **project, selection );
  REQUIRE( selected.ok() );
  return selected->incidents;
}

std::set<std::pair<int, int64_t>> idsOf( const std::vector<tryggkarta::SelectedIncident> &points )
{
  std::set<std::pair<int, int64_t>> out;
  for ( const tryggkarta::SelectedIncident &point : points )
    out.insert( { static_cast<int>( point.table ), point.fid } );
  return out;
}
} // namespace

TEST_CASE( "the analysis dialog's layer and checklist choice reach the selection it runs on", "[analysis]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  QPointer<AnalysisDialog> dialog = window.analyses()->open( AnalysisKind::KernelDensity );
  REQUIRE( dialog );
  auto *layer = child<QComboBox>( dialog, "Layer" );
  auto *checklist = child<QListWidget>( dialog, "ChecklistItems" );
  // Incidents by default, as before; the checklist only matters for observations.
  CHECK( dialog->request().selection.layer == tryggkarta::SelectionLayer::Incidents );
  CHECK( dialog->incidentCount() == static_cast<int>( window.filter()->filteredIncidents().size() ) );
  CHECK_FALSE( checklist->isEnabled() );

  layer->setCurrentIndex( layer->findData( QStringLiteral( "observations" ) ) );
  tryggkarta::Selection selection = dialog->request().selection;
  CHECK( selection.layer == tryggkarta::SelectionLayer::Observations );
  CHECK( checklist->isEnabled() );
  const std::vector<tryggkarta::SelectedIncident> observations = coreSelects( demo.path(), selection );
  REQUIRE( observations.size() > 3 ); // the demo's walks found problems
  CHECK( dialog->incidentCount() == static_cast<int>( observations.size() ) );
  // The heatmap's radius is proposed from how the observations are spread.
  auto radius = tryggkarta::defaultKernelRadius( observations );
  REQUIRE( radius.ok() );
  CHECK( child<QDoubleSpinBox>( dialog, "Radius" )->value() ==
         Approx( std::max( 10.0, radius.value() ) ).margin( 5 ) );

  // Only lighting.
  int lightingRow = -1;
  for ( int i = 0; i < checklist->count(); ++i )
  {
    const bool lighting =
      checklist->item( i )->data( Qt::UserRole ).toString() == QLatin1String( "belysning" );
    checklist->item( i )->setCheckState( lighting ? Qt::Checked : Qt::Unchecked );
    lightingRow = lighting ? i : lightingRow;
  }
  REQUIRE( lightingRow >= 0 );
  selection = dialog->request().selection;
  CHECK( selection.checklistItems == std::vector<std::string>{ "belysning" } );
  const std::vector<tryggkarta::SelectedIncident> lighting = coreSelects( demo.path(), selection );
  REQUIRE_FALSE( lighting.empty() );
  CHECK( lighting.size() < observations.size() );
  CHECK( dialog->incidentCount() == static_cast<int>( lighting.size() ) );

  // Both: the filter's incidents and the lighting problems, fids kept apart by their table.
  layer->setCurrentIndex( layer->findData( QStringLiteral( "both" ) ) );
  selection = dialog->request().selection;
  CHECK( selection.layer == tryggkarta::SelectionLayer::Both );
  const std::vector<tryggkarta::SelectedIncident> both = coreSelects( demo.path(), selection );
  CHECK( idsOf( both ).size() == both.size() );
  CHECK( dialog->incidentCount() == static_cast<int>( both.size() ) );
  CHECK( both.size() == window.filter()->filteredIncidents().size() + lighting.size() );

  // The run stores what was chosen.
  layer->setCurrentIndex( layer->findData( QStringLiteral( "observations" ) ) );
  bool finished = false;
  AnalysisOutcome outcome;
  QObject::connect( dialog, &AnalysisDialog::runFinished,
                    [&]( const AnalysisOutcome &o )
                    {
                      outcome = o;
                      finished = true;
                    } );
  REQUIRE( dialog->start() );
  REQUIRE( guitest::waitFor( [&] { return finished; }, 120000 ) );
  INFO( outcome.error.toStdString() );
  REQUIRE( outcome.ok );
  auto stored = tryggkarta::selectionFromJson( outcome.result.selectionJson );
  REQUIRE( stored.ok() );
  CHECK( stored->layer == tryggkarta::SelectionLayer::Observations );
  CHECK( stored->checklistItems == std::vector<std::string>{ "belysning" } );
  CHECK_THAT( outcome.result.parametersJson, Catch::Contains( "\"layer\":\"observations\"" ) );

  // A comparison counts incidents only: no layer to choose.
  QPointer<AnalysisDialog> compare = window.analyses()->open( AnalysisKind::Comparison );
  REQUIRE( compare );
  CHECK_FALSE( compare->findChild<QComboBox *>( QStringLiteral( "Layer" ) ) );
  CHECK( compare->request().selection.layer == tryggkarta::SelectionLayer::Incidents );
}

TEST_CASE(
  "the filter's observation checkbox draws the observations in the heatmap, not on the incident layer",
  "[filter]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  openDemo( window, demo );
  int drawn = -1;
  QObject::connect( window.filter()->heatmap(), &LiveHeatmap::updated,
                    [&drawn]( int count, double, double ) { drawn = count; } );
  const size_t incidents = window.filter()->filteredIncidents().size();
  auto *check = child<QCheckBox>( window.filter()->panel(), "IncludeObservations" );
  CHECK_FALSE( check->isChecked() );
  check->setChecked( true );
  REQUIRE( guitest::waitFor( [&] { return drawn >= 0; } ) );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  const tryggkarta::Selection selection = window.filter()->panel()->selection();
  CHECK( selection.layer == tryggkarta::SelectionLayer::Both );
  // The heatmap counts the incidents and the observations the core selects for the same filter.
  tryggkarta::Selection observationsOnly = selection;
  observationsOnly.layer = tryggkarta::SelectionLayer::Observations;
  const size_t observations = coreSelects( demo.path(), observationsOnly ).size();
  REQUIRE( observations > 0 );
  CHECK( window.filter()->filteredObservations().size() == observations );
  CHECK( drawn == static_cast<int>( incidents + observations ) );
  CHECK( window.filter()->heatmap()->layer()->name().contains( QStringLiteral( "3 − " ) ) );
  // The incidents on the map, their counts and the statistics stay the incidents.
  CHECK( window.filter()->filteredIncidents().size() == incidents );
  for ( const tryggkarta::SelectedIncident &incident : window.filter()->filteredIncidents() )
    CHECK_FALSE( incident.isObservation() );

  drawn = -1;
  check->setChecked( false );
  REQUIRE( guitest::waitFor( [&] { return drawn >= 0; } ) );
  CHECK( drawn == static_cast<int>( incidents ) );
}

TEST_CASE( "positive places are a green layer of their own under the observations", "[map]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsVectorLayer *positive = window.map()->positivePlacesLayer();
  REQUIRE( positive );
  CHECK( positive->isValid() );
  const int64_t expected = guitest::countRows( demo.path(), QStringLiteral( "observations" ),
                                               QStringLiteral( "positive = 1 AND NOT draft" ) );
  REQUIRE( expected > 0 );
  CHECK( positive->featureCount() == expected );
  CHECK( expected < guitest::countRows( demo.path(), QStringLiteral( "observations" ) ) );
  // Not the observations' layer: what edits and identify use by table is still that one.
  QgsVectorLayer *observations = window.map()->layerForTable( QStringLiteral( "observations" ) );
  REQUIRE( observations );
  CHECK( observations != positive );
  CHECK( observations->subsetString().isEmpty() );
  // In the situational picture, right under the observations.
  QgsLayerTreeLayer *observationsNode = window.project()->layerTreeRoot()->findLayer( observations );
  QgsLayerTreeLayer *positiveNode = window.project()->layerTreeRoot()->findLayer( positive );
  REQUIRE( observationsNode );
  REQUIRE( positiveNode );
  CHECK( positiveNode->parent() == observationsNode->parent() );
  auto *group = qobject_cast<QgsLayerTreeGroup *>( observationsNode->parent() );
  REQUIRE( group );
  CHECK( group->children().indexOf( positiveNode ) == group->children().indexOf( observationsNode ) + 1 );
  // Green.
  auto *renderer = dynamic_cast<QgsSingleSymbolRenderer *>( positive->renderer() );
  REQUIRE( renderer );
  const QColor colour = renderer->symbol()->color();
  CHECK( colour.green() > colour.red() );
  CHECK( colour.green() > colour.blue() );
}

// Saving the map state into the project GeoPackage: QGIS's own API reads it back with valid, styled layers,
// also after the file is moved, and Tryggkarta restores the filter and the view.

#include "filterpanel.h"
#include "guitestutil.h"
#include "liveheatmap.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapstatestore.h"
#include "mapcontroller.h"
#include "filtercontroller.h"

#include <catch2/catch.hpp>

#include <qgscategorizedsymbolrenderer.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

TEST_CASE( "the map state saved in the GeoPackage opens in QGIS with styled layers, also after a move",
           "[save]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  QgsRectangle savedExtent;
  QDate from, until;
  {
    MainWindow window;
    window.resize( 1200, 800 );
    REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    window.filter()->panel()->setPeriod( window.filter()->panel()->periodUntil().addDays( -90 ),
                                         window.filter()->panel()->periodUntil() );
    window.filter()->panel()->setCategoriesChecked(
      { QStringLiteral( "klotter" ), QStringLiteral( "glaskross" ) } );
    REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
    from = window.filter()->panel()->periodFrom();
    until = window.filter()->panel()->periodUntil();
    window.mapCanvas()->zoomByFactor( 0.5 );
    savedExtent = window.mapCanvas()->extent();
    CHECK( MapStateStore::storedCount( demo.path() ) == 0 );
    REQUIRE( window.projects()->save() == QString() );
    CHECK( MapStateStore::storedCount( demo.path() ) == 1 );
    // The heatmap is still on the map after saving.
    CHECK( window.project()->mapLayer( window.filter()->heatmap()->layer()->id() ) );
  }

  // Move the file to another folder: the stored project's layers follow it (paths relative to the file; QGIS
  // stores the file's own name in them, so a renamed file would lose them in QGIS Desktop).
  QTemporaryDir elsewhere;
  REQUIRE( QDir().mkpath( elsewhere.filePath( QStringLiteral( "flyttad" ) ) ) );
  const QString moved =
    elsewhere.filePath( QStringLiteral( "flyttad/" ) ) + QFileInfo( demo.path() ).fileName();
  REQUIRE( QFile::rename( demo.path(), moved ) );

  QgsProject project;
  REQUIRE( project.read( MapStateStore::storedUri( moved ) ) );
  const auto layers = project.mapLayers();
  REQUIRE( layers.size() >= 8 );
  for ( QgsMapLayer *layer : layers )
  {
    INFO( layer->name().toStdString() << " " << layer->source().toStdString() );
    CHECK( layer->isValid() );
    CHECK( layer->type() == QgsMapLayerType::VectorLayer ); // no scratch heatmap saved
  }
  QgsVectorLayer *incidents = nullptr;
  for ( QgsMapLayer *layer : layers )
    if ( layer->source().contains( QStringLiteral( "layername=incidents" ) ) )
      incidents = qobject_cast<QgsVectorLayer *>( layer );
  REQUIRE( incidents );
  CHECK( incidents->source().contains( QStringLiteral( "/flyttad/" ) ) );
  REQUIRE( incidents->renderer() );
  CHECK( incidents->renderer()->type() == QStringLiteral( "categorizedSymbol" ) );
  CHECK( incidents->featureCount() > 0 );

  // Tryggkarta reopens the moved file with the saved filter and view.
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( moved ).isEmpty() );
  REQUIRE( window.filter()->heatmap()->waitUntilIdle( 20000 ) );
  CHECK( window.filter()->panel()->periodFrom() == from );
  CHECK( window.filter()->panel()->periodUntil() == until );
  const auto selection = window.filter()->panel()->selection();
  CHECK( selection.categories == std::vector<std::string>{ "glaskross", "klotter" } );
  CHECK( window.mapCanvas()->extent().width() == Approx( savedExtent.width() ).epsilon( 0.05 ) );
  for ( const auto &incident : window.filter()->filteredIncidents() )
    CHECK( ( incident.category == "klotter" || incident.category == "glaskross" ) );
}

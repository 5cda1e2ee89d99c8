#include "actionlayers.h"
#include "actionscontroller.h"
#include "guitestutil.h"
#include "identifytool.h"
#include "incidentpointslayer.h"
#include "stockholmtime.h"
#include "layerstyles.h"
#include "mainwindow.h"
#include "mapstatestore.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "maptools.h"
#include "identifypanel.h"
#include "filtercontroller.h"
#include "projectfile.h"
#include "projectlayers.h"
#include "userguide.h"

#include "database.h"

#include <catch2/catch.hpp>

#include <qgsapplication.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgsmapcanvas.h>
#include <qgsmapsettings.h>
#include <qgslabelingresults.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QUrl>

using guitest::DemoProject;

TEST_CASE( "the main window opens the demo project with its layers loaded and styled and drawn" )
{
  DemoProject demo;
  REQUIRE( demo.error().toStdString() == "" );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).toStdString() == "" );

  SECTION( "every project and base-map layer is valid" )
  {
    for ( const QString &table : ProjectLayers::situationTables() + ProjectLayers::baseMapTables() )
    {
      INFO( table.toStdString() );
      QgsVectorLayer *layer = window.map()->layerForTable( table );
      REQUIRE( layer );
      CHECK( layer->isValid() );
    }
  }

  SECTION( "the incidents layer shows the filter's incidents from the moment the map opens" )
  {
    QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
    REQUIRE( incidents );
    CHECK( incidents->featureCount() == static_cast<long>( window.filter()->filteredIncidents().size() ) );
    CHECK( incidents->featureCount() > 0 );
    // The filter opens on a recent period: fewer than the file holds, and the layer reads the file.
    CHECK( incidents->featureCount() < guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
    incidents->setSubsetString( QString() );
    CHECK( incidents->featureCount() == guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
  }

  SECTION( "incidents are drawn by category with the project's labels and colours" )
  {
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString(), true );
    REQUIRE( project );
    const std::vector<tryggkarta::Category> categories = ( *project )->categories();
    auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(
      window.map()->layerForTable( QStringLiteral( "incidents" ) )->renderer() );
    REQUIRE( renderer );
    CHECK( renderer->classAttribute() == QLatin1String( "category" ) );
    REQUIRE( renderer->categories().size() == static_cast<int>( categories.size() ) );
    for ( const tryggkarta::Category &category : categories )
    {
      INFO( category.code );
      const int index = renderer->categoryIndexForValue( QString::fromStdString( category.code ) );
      REQUIRE( index >= 0 );
      const QgsRendererCategory &rendererCategory = renderer->categories().at( index );
      CHECK( rendererCategory.label().toStdString() == category.labelSv );
      CHECK( rendererCategory.symbol()->color().name().toStdString() == category.color );
      CHECK( rendererCategory.renderState() == !category.hidden );
    }
  }

  SECTION( "coded values are shown by their labels" )
  {
    QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
    const int index = incidents->fields().indexOf( QStringLiteral( "category" ) );
    const QgsEditorWidgetSetup setup = incidents->editorWidgetSetup( index );
    REQUIRE( setup.type() == QStringLiteral( "ValueMap" ) );
    const QString label =
      QgsApplication::fieldFormatterRegistry()
        ->fieldFormatter( setup.type() )
        ->representValue( incidents, index, setup.config(), QVariant(), QStringLiteral( "brak_hot" ) );
    CHECK( label == QStringLiteral( "Bråk, hot" ) );
    CHECK( incidents->attributeDisplayName( incidents->fields().indexOf(
             QStringLiteral( "occurred_from" ) ) ) == QStringLiteral( "Inträffade från" ) );
  }

  SECTION( "the situational picture is drawn above the base map" )
  {
    const QList<QgsLayerTreeNode *> groups = window.project()->layerTreeRoot()->children();
    REQUIRE( groups.size() == 2 );
    CHECK( groups.at( 0 )->name() == QStringLiteral( "Lägesbild" ) );
    CHECK( groups.at( 1 )->name() == QStringLiteral( "Baskarta" ) );
    QList<QgsMapLayer *> order = window.project()->layerTreeRoot()->layerOrder();
    // The session's working layers (the actions and priorities) are drawn above the file's layers.
    REQUIRE( window.actions()->layers()->actionsLayer() );
    CHECK( order.first() == window.actions()->layers()->actionsLayer() );
    order.erase( std::remove_if( order.begin(), order.end(),
                                 []( QgsMapLayer *layer ) {
                                   return layer->customProperty( MapStateStore::sTransientProperty ).toBool();
                                 } ),
                 order.end() );
    CHECK( order.first() == window.map()->layerForTable( QStringLiteral( "incidents" ) ) );
    CHECK( order.last() == window.map()->layerForTable( QStringLiteral( "map_landuse" ) ) );
  }

  SECTION( "the map is in SWEREF 99 TM and opens on the municipality" )
  {
    QgsMapCanvas *canvas = window.mapCanvas();
    CHECK( canvas->mapSettings().destinationCrs().authid() == QStringLiteral( "EPSG:3006" ) );
    CHECK( window.project()->crs().authid() == QStringLiteral( "EPSG:3006" ) );
    const QgsRectangle extent = canvas->extent();
    CHECK_FALSE( extent.isEmpty() );
    const QgsRectangle boundary = window.map()->layerForTable( QStringLiteral( "map_boundary" ) )->extent();
    CHECK( extent.contains( boundary.center() ) );
    CHECK( extent.width() < 3 * boundary.width() );
  }

  SECTION( "the demo's synthetic data is marked on the map" )
  {
    CHECK( window.map()->isSyntheticDataNoteShown() );
  }

  SECTION( "a render of the map completes with a picture in it" )
  {
    QgsMapRendererSequentialJob job( window.mapCanvas()->mapSettings() );
    job.start();
    job.waitForFinished();
    const QImage image = job.renderedImage();
    REQUIRE_FALSE( image.isNull() );
    CHECK( image.width() > 100 );
    CHECK( guitest::distinctColours( image ) >= 8 );
    CHECK( job.errors().isEmpty() );
  }

  SECTION( "the canvas itself finishes rendering" )
  {
    CHECK( guitest::waitForCanvasRender( window.mapCanvas() ) );
  }
}

TEST_CASE( "a hidden category starts unchecked and a project without the demo note shows none" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE categories SET hidden = 1 WHERE code = 'klotter';"
                                    "DELETE FROM tryggkarta_meta WHERE key = 'synthetic_data'" ) );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(
    window.map()->layerForTable( QStringLiteral( "incidents" ) )->renderer() );
  REQUIRE( renderer );
  const int klotter = renderer->categoryIndexForValue( QStringLiteral( "klotter" ) );
  REQUIRE( klotter >= 0 );
  CHECK_FALSE( renderer->categories().at( klotter ).renderState() );
  CHECK( renderer->categories()
           .at( renderer->categoryIndexForValue( QStringLiteral( "glaskross" ) ) )
           .renderState() );
  CHECK_FALSE( window.map()->isSyntheticDataNoteShown() );
}

TEST_CASE( "a new empty project opens with the situational-picture layers and no base map" )
{
  QTemporaryDir dir;
  const QString path = dir.filePath( QStringLiteral( "ny.gpkg" ) );
  REQUIRE( tryggkarta::ProjectFile::create( path.toStdString() ) );
  MainWindow window;
  REQUIRE( window.projects()->open( path ).toStdString() == "" );
  for ( const QString &table : ProjectLayers::situationTables() )
  {
    QgsVectorLayer *layer = window.map()->layerForTable( table );
    REQUIRE( layer );
    CHECK( layer->isValid() );
    CHECK( layer->featureCount() == 0 );
  }
  CHECK( window.project()->layerTreeRoot()->children().size() == 1 );
  CHECK_FALSE( window.mapCanvas()->extent().isEmpty() );
  CHECK_FALSE( window.map()->isSyntheticDataNoteShown() );
}

TEST_CASE( "opening a file that is not a project gives the core's message and keeps the open project" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );

  SECTION( "a text file" )
  {
    const QString path =
      guitest::writeTextFile( demo.file( QStringLiteral( "notes.gpkg" ) ), QStringLiteral( "hej" ) );
    const QString error = window.projects()->open( path );
    // The core's message, in the interface's language.
    CHECK( error == QStringLiteral( "%1 är inget Tryggkarta-projekt: det är ingen GeoPackage-fil (SQLite)." )
                      .arg( QFileInfo( path ).absoluteFilePath() ) );
    const tryggkarta::Message message = tryggkarta::ProjectFile::open( path.toStdString() ).error();
    CHECK_THAT( message.text(), Catch::Contains( "not a Tryggkarta project" ) );
  }
  SECTION( "a file that does not exist" )
  {
    const QString path = demo.file( QStringLiteral( "missing.gpkg" ) );
    const QString error = window.projects()->open( path );
    CHECK( error.endsWith( QStringLiteral( "missing.gpkg finns inte." ) ) );
    const tryggkarta::Message message = tryggkarta::ProjectFile::open( path.toStdString() ).error();
    CHECK_THAT( message.text(), Catch::Contains( "does not exist" ) );
  }
  CHECK( window.projects()->path() == demo.path() );
  CHECK( window.map()->layerForTable( QStringLiteral( "incidents" ) ) );
}

TEST_CASE( "identify lists the incident under a click" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  REQUIRE( guitest::waitFor( [canvas] { return !canvas->layers().isEmpty(); } ) );

  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  QgsFeature feature;
  REQUIRE( incidents->getFeatures().nextFeature( feature ) );
  // Zoom close so that the click hits this incident.
  const QgsPointXY point = feature.geometry().asPoint();
  canvas->setExtent( QgsRectangle( point.x() - 40, point.y() - 40, point.x() + 40, point.y() + 40 ) );
  const QgsPointXY pixel = canvas->getCoordinateTransform()->transform( point );

  const auto results =
    window.map()->tools()->identifyTool()->identifyAt( QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
  bool found = false;
  for ( const QgsMapToolIdentify::IdentifyResult &result : results )
    found = found || ( result.mLayer == incidents && result.mFeature.id() == feature.id() );
  CHECK( found );

  // The panel shows the incident's time as Stockholm's wall clock (the file stores UTC), whatever the
  // computer's own time zone.
  window.map()->tools()->identifyTool()->identifyAndReport(
    QPoint( qRound( pixel.x() ), qRound( pixel.y() ) ) );
  const QString storedUtc = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT occurred_from FROM incidents WHERE fid = %1" ).arg( feature.id() ) );
  const QDateTime utc = QDateTime::fromString( storedUtc, Qt::ISODateWithMs );
  REQUIRE( utc.isValid() );
  REQUIRE( utc.timeSpec() == Qt::UTC );
  const QString expected =
    QLocale().toString( StockholmTime::wallClock( utc.toSecsSinceEpoch() ), QLocale::ShortFormat );
  CHECK( StockholmTime::wallClock( utc.toSecsSinceEpoch() ).time() != utc.time() ); // the test can tell
  QTreeWidget *tree = window.map()->identifyPanel()->tree();
  REQUIRE( tree->topLevelItemCount() >= 1 );
  QStringList shown;
  for ( int i = 0; i < tree->topLevelItem( 0 )->childCount(); ++i )
    shown << tree->topLevelItem( 0 )->child( i )->text( 1 );
  INFO( shown.join( QStringLiteral( " | " ) ).toStdString() );
  CHECK( shown.contains( expected ) );
}

TEST_CASE( "identify shows the area, walk, import and stop by their names and personal data in words" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  // A walk in an area, an observation of it at a stop with personal data flagged, an incident from an import.
  const QString areaName =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT name FROM areas ORDER BY fid DESC LIMIT 1" ) );
  const QString areaId =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT fid FROM areas ORDER BY fid DESC LIMIT 1" ) );
  REQUIRE( !areaName.isEmpty() );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE safety_walks SET area_id = %1 WHERE fid = 1" ).arg( areaId ) );
  const QString walkName =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT name FROM safety_walks WHERE fid = 1" ) );
  const QString walkDate =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT walk_date FROM safety_walks WHERE fid = 1" ) );
  const QString stopFid = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT fid FROM walk_stops WHERE walk_id = 1 AND stop_number = 2" ) );
  const QString stopName = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT name FROM walk_stops WHERE fid = %1" ).arg( stopFid ) );
  REQUIRE( !stopFid.isEmpty() );
  const QString observation =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(fid) FROM observations" ) );
  guitest::execSql( demo.path(),
                    QStringLiteral( "UPDATE observations SET walk_id = 1, stop_id = %1, screening_flags = "
                                    "'personnummer,phone' WHERE fid = %2" )
                      .arg( stopFid, observation ) );
  // Imported late on 31 December UTC: already the new year in Stockholm.
  guitest::execSql(
    demo.path(), QStringLiteral( "INSERT INTO import_batches (file_name, content_sha256, kind, imported_at) "
                                 "VALUES ('vecka48.csv', 'x', 'incidents', '2026-12-31T23:30:00.000Z')" ) );
  const QString batch =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT max(fid) FROM import_batches" ) );
  const QString incident =
    guitest::queryText( demo.path(), QStringLiteral( "SELECT min(fid) FROM incidents" ) );
  guitest::execSql(
    demo.path(),
    QStringLiteral( "UPDATE incidents SET batch_id = %1 WHERE fid = %2" ).arg( batch, incident ) );

  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QList<QgsMapToolIdentify::IdentifyResult> results;
  auto add = [&]( const QString &table, const QString &fid )
  {
    QgsVectorLayer *layer = window.map()->layerForTable( table );
    REQUIRE( layer );
    const QgsFeature feature = layer->getFeature( fid.toLongLong() );
    REQUIRE( feature.isValid() );
    results << QgsMapToolIdentify::IdentifyResult( layer, feature, {} );
  };
  add( QStringLiteral( "safety_walks" ), QStringLiteral( "1" ) );
  add( QStringLiteral( "observations" ), observation );
  add( QStringLiteral( "incidents" ), incident );
  IdentifyPanel *panel = window.map()->identifyPanel();
  panel->showResults( results );
  QTreeWidget *tree = panel->tree();
  REQUIRE( tree->topLevelItemCount() == 3 );
  // The value shown for a field of a result (children follow the layer's fields).
  auto shown = [&]( int result, const QString &field )
  {
    const int index = results[result].mFeature.fields().indexOf( field );
    REQUIRE( index >= 0 );
    REQUIRE( index < tree->topLevelItem( result )->childCount() );
    return tree->topLevelItem( result )->child( index )->text( 1 );
  };
  CHECK( shown( 0, QStringLiteral( "area_id" ) ) == areaName );
  CHECK( shown( 1, QStringLiteral( "walk_id" ) ) ==
         ( walkDate.isEmpty() ? walkName : QStringLiteral( "%1 (%2)" ).arg( walkName, walkDate ) ) );
  CHECK( shown( 1, QStringLiteral( "stop_id" ) ) ==
         ( stopName.isEmpty() ? QStringLiteral( "2" ) : QStringLiteral( "2. %1" ).arg( stopName ) ) );
  CHECK( shown( 1, QStringLiteral( "screening_flags" ) ) == QStringLiteral( "personnummer, telefonnummer" ) );
  CHECK( shown( 2, QStringLiteral( "batch_id" ) ) == QStringLiteral( "vecka48.csv (2027-01-01)" ) );
  const QString code = guitest::queryText(
    demo.path(), QStringLiteral( "SELECT category FROM incidents WHERE fid = %1" ).arg( incident ) );
  CHECK( shown( 2, QStringLiteral( "category" ) ) == window.projects()->categoryLabels().value( code ) );

  // A record that is gone has no name (the panel then shows its number).
  tryggkarta::Database *db = window.projects()->connection();
  REQUIRE( db );
  CHECK( IdentifyPanel::referenceText( *db, QStringLiteral( "area_id" ), 999999 ).isEmpty() );
  CHECK( IdentifyPanel::referenceText( *db, QStringLiteral( "area_id" ), areaId.toLongLong() ) == areaName );
}

TEST_CASE( "Help opens the Swedish user guide with its headings and links between its sections working" )
{
  MainWindow window;
  window.show();
  auto *help = window.menuBar()->findChild<QMenu *>( QStringLiteral( "HelpMenu" ) );
  REQUIRE( help );
  QAction *guideAction = nullptr;
  for ( QAction *action : help->actions() )
    if ( action->objectName() == QLatin1String( "UserGuideAction" ) )
      guideAction = action;
  REQUIRE( guideAction );
  CHECK( guideAction->shortcut() == QKeySequence( QKeySequence::HelpContents ) );

  // The guide as kept in the repository and embedded: its headings, read from the Markdown itself.
  const QString markdown = UserGuideDialog::markdown();
  REQUIRE( markdown.startsWith( QStringLiteral( "# Användarguide" ) ) );
  QStringList headings;
  for ( const QString &line : markdown.split( QLatin1Char( '\n' ) ) )
    if ( line.startsWith( QLatin1String( "## " ) ) || line.startsWith( QLatin1String( "### " ) ) )
      headings << line.section( QLatin1Char( ' ' ), 1 ).trimmed();
  for ( const char *expected :
        { "Måndagens lägesbild", "Importera händelser", "Polisens händelser", "Kategorinycklar", "Analyser",
          "Skriva ut", "Trygghetsvandringar", "Åtgärder och uppföljning", "Medborgarlöfte" } )
    CHECK( headings.contains( QString::fromUtf8( expected ) ) );

  guideAction->trigger();
  auto *dialog = window.findChild<UserGuideDialog *>();
  REQUIRE( dialog );
  REQUIRE( guitest::waitFor( [dialog] { return dialog->isVisible(); } ) );
  CHECK( dialog->headings() == headings );
  if ( !qEnvironmentVariableIsEmpty( "TRYGGKARTA_SCREENSHOT_DIR" ) )
    dialog->grab().save( guitest::screenshotDir() + QStringLiteral( "/tryggkarta-user-guide.png" ) );
  // Rendered as Markdown: headings are headings, no '#' is left in the text.
  const QString shown = dialog->browser()->toPlainText();
  CHECK_FALSE( shown.contains( QStringLiteral( "## " ) ) );
  QStringList renderedHeadings;
  for ( QTextBlock block = dialog->browser()->document()->begin(); block.isValid(); block = block.next() )
    if ( block.blockFormat().headingLevel() >= 2 )
      renderedHeadings << block.text().trimmed();
  CHECK( renderedHeadings == headings );
  // The contents list holds every heading; a click scrolls the guide to it.
  QStringList listed;
  for ( QTreeWidgetItemIterator it( dialog->contents() ); *it; ++it )
    listed << ( *it )->text( 0 );
  CHECK( listed == headings );
  QScrollBar *scroll = dialog->browser()->verticalScrollBar();
  REQUIRE( guitest::waitFor( [scroll] { return scroll->maximum() > 0; } ) );
  scroll->setValue( 0 );
  const QList<QTreeWidgetItem *> last =
    dialog->contents()->findItems( headings.last(), Qt::MatchExactly | Qt::MatchRecursive );
  REQUIRE( last.size() == 1 );
  emit dialog->contents()->itemClicked( last.first(), 0 );
  CHECK( scroll->value() > 0 );
  // Every link within the guide names a heading it has.
  QStringList anchors;
  for ( const QString &heading : headings )
    anchors << UserGuideDialog::anchorFor( heading );
  int links = 0;
  for ( QTextBlock block = dialog->browser()->document()->begin(); block.isValid(); block = block.next() )
    for ( auto it = block.begin(); !it.atEnd(); ++it )
    {
      const QString href = it.fragment().charFormat().anchorHref();
      if ( !href.startsWith( QLatin1Char( '#' ) ) )
        continue;
      ++links;
      INFO( href.toStdString() );
      CHECK( anchors.contains( QUrl( href ).fragment( QUrl::FullyDecoded ) ) );
    }
  CHECK( links >= 5 );
  scroll->setValue( 0 );
  emit dialog->browser()->anchorClicked(
    QUrl( QStringLiteral( "#%1" ).arg( UserGuideDialog::anchorFor( QStringLiteral( "Medborgarlöfte" ) ) ) ) );
  CHECK( scroll->value() > 0 );
  CHECK( UserGuideDialog::anchorFor( QStringLiteral( "Åtgärder och uppföljning" ) ) ==
         QStringLiteral( "åtgärder-och-uppföljning" ) );
  // Asked for again, the same window comes forward.
  guideAction->trigger();
  CHECK( window.findChildren<UserGuideDialog *>().size() == 1 );

  // Every menu path the guide names ("*Arkiv → Importera…*") is one the Swedish window has.
  if ( qEnvironmentVariable( "TRYGGKARTA_TEST_LANGUAGE" ) != QLatin1String( "en" ) )
  {
    auto plain = []( QString text ) { return text.remove( QLatin1Char( '&' ) ).trimmed(); };
    const QRegularExpression path( QStringLiteral( "\\*([^*\\n]+ → [^*\\n]+)\\*" ) );
    int paths = 0;
    for ( auto match = path.globalMatch( markdown ); match.hasNext(); )
    {
      const QStringList steps = match.next().captured( 1 ).split( QStringLiteral( " → " ) );
      INFO( steps.join( QStringLiteral( " → " ) ).toStdString() );
      ++paths;
      QList<QAction *> level = window.menuBar()->actions();
      bool found = true;
      for ( const QString &step : steps )
      {
        QAction *hit = nullptr;
        for ( QAction *action : level )
          if ( plain( action->text() ) == step.trimmed() )
            hit = action;
        if ( !hit )
        {
          found = false;
          break;
        }
        level = hit->menu() ? hit->menu()->actions() : QList<QAction *>();
      }
      CHECK( found );
    }
    CHECK( paths >= 5 );
  }
}

TEST_CASE(
  "a project QGIS Desktop left in WAL mode is read with a rollback journal while the filter changes" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  guitest::execSql( demo.path(), QStringLiteral( "PRAGMA journal_mode = WAL" ) );
  auto journalByte = [&]
  {
    QFile file( demo.path() );
    REQUIRE( file.open( QIODevice::ReadOnly ) );
    return static_cast<int>( file.read( 20 ).at( 18 ) ); // 1: rollback journal, 2: WAL
  };
  REQUIRE( journalByte() == 2 );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  CHECK( journalByte() == 1 );
  // Layers opened for update and read by render threads while the incident filter changes leave it so.
  QgsVectorLayer *incidents = window.map()->layerForTable( QStringLiteral( "incidents" ) );
  for ( const QString &filter : { QStringLiteral( "category = 'klotter'" ), QString() } )
  {
    incidents->setSubsetString( filter );
    REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
    CHECK(
      IncidentPointsLayer::sourcesOf( window.mapCanvas()->mapSettings().layers() ).contains( incidents ) );
  }
  CHECK( journalByte() == 1 );
  CHECK( incidents->featureCount() == guitest::countRows( demo.path(), QStringLiteral( "incidents" ) ) );
}

TEST_CASE( "the map's scale is the true scale and street names show at the overview, also on a HiDPI screen",
           "[hidpi]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1400, 900 );
  window.show();
  // Run with QT_SCALE_FACTOR=2 (a ctest of its own) this is a HiDPI window; without, a normal one.
  const double factor = qEnvironmentVariableIsSet( "QT_SCALE_FACTOR" )
                          ? qEnvironmentVariable( "QT_SCALE_FACTOR" ).toDouble()
                          : 1.0;
  REQUIRE( window.devicePixelRatioF() == Approx( factor ) );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  QgsMapCanvas *canvas = window.mapCanvas();
  REQUIRE( guitest::waitForCanvasRender( canvas ) );

  // The scale a map of this extent on this many logical pixels at the screen's DPI has.
  const QgsMapSettings &settings = canvas->mapSettings();
  const double trueScale = settings.mapUnitsPerPixel() * settings.outputDpi() / 0.0254;
  CHECK( settings.scale() == Approx( trueScale ).epsilon( 0.01 ) );
  CHECK( canvas->scale() == Approx( trueScale ).epsilon( 0.01 ) );
  // The demo opens on the whole town, inside the street names' scale range: they are drawn.
  REQUIRE( canvas->scale() < 40000 );
  const QgsLabelingResults *labels = canvas->labelingResults();
  REQUIRE( labels );
  int streetLabels = 0;
  QgsVectorLayer *roadLayer = window.map()->layerForTable( QStringLiteral( "map_roads" ) );
  REQUIRE( roadLayer );
  const QString roads = roadLayer->id();
  for ( const QgsLabelPosition &label : labels->allLabels() )
    streetLabels += label.layerID == roads ? 1 : 0;
  CHECK( streetLabels > 20 );
}

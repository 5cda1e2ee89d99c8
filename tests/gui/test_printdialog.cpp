// The print dialog and what it prints: the template and publishing choice with a preview in QGIS's layout
// view, a stored result made for another period, and a template edited through QGIS's own layout API.

#include "analysisrun.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "guitestutil.h"
#include "mainwindow.h"
#include "mapcontent.h"
#include "mapcontroller.h"
#include "mapsheet.h"
#include "mapstatestore.h"
#include "printcontroller.h"
#include "printmapdialog.h"
#include "printtemplates.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "resultlayers.h"
#include "results.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <qgslayoutitemlabel.h>
#include <qgslayoutitempage.h>
#include <qgslayoutmanager.h>
#include <qgslayoutpagecollection.h>
#include <qgsmapcanvas.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>

#include <QCheckBox>
#include <QComboBox>
#include <QProcess>

using guitest::DemoProject;

namespace
{
QString pdfText( const QString &pdf )
{
  QProcess text;
  text.start( QStringLiteral( "pdftotext" ), { pdf, QStringLiteral( "-" ) } );
  text.waitForFinished( 30000 );
  return QString::fromUtf8( text.readAllStandardOutput() ).simplified();
}

QSizeF pageMm( QgsPrintLayout *layout )
{
  const QgsLayoutSize size = layout->pageCollection()->page( 0 )->pageSize();
  return QSizeF( size.width(), size.height() );
}

bool hasLabel( QgsPrintLayout *layout, const QString &text )
{
  QList<QgsLayoutItemLabel *> labels;
  layout->layoutItems( labels );
  for ( QgsLayoutItemLabel *label : labels )
    if ( label->currentText().contains( text ) )
      return true;
  return false;
}
} // namespace

TEST_CASE( "the print dialog previews the chosen template and the public mode in QGIS's layout view",
           "[print]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  PrintController *printing = window.printing();
  const QPair<QString, QString> texts = printing->proposedTexts( PrintController::OtherSelection::OwnPeriod );
  // The title is made from what is shown and the filter's period.
  CHECK( texts.first.startsWith( QStringLiteral( "Värmekarta: alla kategorier, " ) ) );
  CHECK_FALSE( texts.second.isEmpty() );
  PrintMapOptions options;
  PrintMapDialog dialog(
    texts.first, texts.second, {},
    [&]( const PrintChoice &choice, QString *error )
    { return printing->buildLayout( choice, PrintController::OtherSelection::OwnPeriod, options, error ); },
    &window );
  dialog.updatePreview();
  REQUIRE( dialog.layout() );
  CHECK( pageMm( dialog.layout() ) == QSizeF( 297, 210 ) );
  CHECK( hasLabel( dialog.layout(), texts.first ) );
  CHECK( hasLabel( dialog.layout(), QStringLiteral( "Underlag för EST – ej för publicering" ) ) );
  dialog.show();
  guitest::saveScreenshot( &dialog, QStringLiteral( "tryggkarta-print-dialog.png" ) );

  auto *templates = dialog.findChild<QComboBox *>();
  REQUIRE( templates );
  templates->setCurrentIndex( templates->findData( QStringLiteral( "A3 stående" ) ) );
  dialog.updatePreview();
  REQUIRE( dialog.layout() );
  CHECK( pageMm( dialog.layout() ) == QSizeF( 297, 420 ) );

  auto *publish = dialog.findChild<QCheckBox *>();
  REQUIRE( publish );
  publish->setChecked( true );
  dialog.updatePreview();
  REQUIRE( dialog.layout() );
  CHECK( hasLabel( dialog.layout(), QStringLiteral( "Publicerad sammanställning" ) ) );
  CHECK( options.publicMode );
  CHECK_FALSE( options.methodText.contains( QStringLiteral( "radie" ) ) );
  // The templates into the project from the app: listed as the project's versions from then on.
  CHECK( printing->installTemplates().size() == 4 );
  CHECK( window.project()->isDirty() );
  CHECK( printing->installTemplates().isEmpty() );
  for ( const PrintTemplate &printTemplate : PrintTemplates::builtIn() )
    CHECK( PrintTemplates::isStored( window.project(), printTemplate ) );
  // No events layer on a public map: only the aggregated layer, areas and the base map.
  for ( QgsMapLayer *layer : options.layers )
    CHECK( layer->customProperty( ProjectLayers::sTableProperty ).toString() !=
           QLatin1String( "incidents" ) );
}

TEST_CASE( "a stored result made for another period is printed under its own period or computed again",
           "[print]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  // Hot spots of August 2025, stored in the project.
  tryggkarta::StoredResult stored;
  {
    auto project = tryggkarta::ProjectFile::open( demo.path().toStdString() );
    REQUIRE( project.ok() );
    const tryggkarta::ReportPeriod august = *tryggkarta::parseReportPeriod( "2025-08" );
    tryggkarta::Selection selection;
    selection.fromUtc = august.fromUtc;
    selection.untilUtc = august.untilUtc;
    auto incidents = tryggkarta::selectIncidents( **project, selection );
    REQUIRE( incidents.ok() );
    tryggkarta::HotSpotSettings settings;
    settings.cellSizeMeters = 200;
    auto run = tryggkarta::runHotSpots( **project, selection, *incidents, settings );
    REQUIRE( run.ok() );
    tryggkarta::ResultStore store( **project );
    auto result = tryggkarta::storeOutput( store, "Hot spots augusti", run->output, false );
    REQUIRE( result.ok() );
    stored = *result;
  }
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  REQUIRE_FALSE(
    ResultLayers::addToMap( window.project(), window.mapCanvas(), demo.path(), stored ).isEmpty() );
  PrintController *printing = window.printing();
  REQUIRE( printing->resultsOfOtherSelections() == QStringList{ QStringLiteral( "Hot spots augusti" ) } );

  // Its own period: the title says August, and the filter's period is named beside it.
  const QString own = demo.file( QStringLiteral( "own.pdf" ) );
  REQUIRE( printing->printMap( own, QString(), PrintMapOptions::PaperSize::A4, QPageLayout::Landscape, false,
                               PrintController::OtherSelection::OwnPeriod ) == QString() );
  const QString ownText = pdfText( own );
  CHECK( ownText.contains( QStringLiteral( "Hot spots (Gi*): alla kategorier, augusti 2025" ) ) );
  CHECK( ownText.contains( QStringLiteral( "Hot spots augusti" ) ) );

  // Computed again: the filter's period in the title, not August.
  const QString again = demo.file( QStringLiteral( "again.pdf" ) );
  REQUIRE( printing->printMap( again, QString(), PrintMapOptions::PaperSize::A4, QPageLayout::Landscape,
                               false, PrintController::OtherSelection::Recompute ) == QString() );
  const QString againText = pdfText( again );
  tryggkarta::MapContent filter;
  filter.selection = window.filter()->panel()->selection();
  filter.period = tryggkarta::selectionPeriod( filter.selection );
  CHECK( againText.contains(
    QString::fromStdString( "Hot spots (Gi*): alla kategorier, " + tryggkarta::periodText( filter ) ) ) );
  CHECK_FALSE( againText.contains( QStringLiteral( "augusti 2025" ) ) );
}

TEST_CASE( "a map sheet whose every event has only the municipality as its place says so",
           "[print][imprecise]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  guitest::execSql( demo.path(), QStringLiteral( "UPDATE incidents SET place_precision = 'municipality'" ) );
  auto sheet = MapSheet::open( demo.path() );
  REQUIRE( sheet.ok() );
  tryggkarta::MapContent content;
  PrintMapOptions options;
  auto prepared = ( *sheet )->prepare( content, options );
  REQUIRE_FALSE( prepared.ok() );
  CHECK( prepared.error().code == tryggkarta::MessageCode::ReportOnlyImprecise );
  REQUIRE( prepared.error().args.size() == 2 );
  CHECK( std::stoll( prepared.error().args[1].text ) > 0 );
}

TEST_CASE( "a template edited through QGIS's layout API and saved in the project is the one printed next",
           "[print]" )
{
  DemoProject demo;
  REQUIRE( demo.isValid() );
  const QString uri = MapStateStore::storedUri( demo.path() );
  {
    // The templates into the project, as tryggkarta-cli templates --install puts them.
    auto sheet = MapSheet::open( demo.path() );
    REQUIRE( sheet.ok() );
    tryggkarta::MapContent content;
    PrintMapOptions options;
    REQUIRE( ( *sheet )->prepare( content, options ).ok() );
    options.layers = ( *sheet )->backgroundLayers();
    CHECK( PrintTemplates::install( ( *sheet )->project(), options ).size() == 4 );
    for ( QgsMapLayer *layer : ( *sheet )->project()->mapLayers().values() )
      if ( !layer->customProperty( ProjectLayers::sTableProperty ).isValid() )
        ( *sheet )->project()->removeMapLayer( layer );
    REQUIRE( ( *sheet )->project()->write( uri ) );
  }
  {
    // Edited as QGIS Desktop's layout designer would: a label added, the project saved.
    QgsProject edited;
    REQUIRE( edited.read( uri ) );
    auto *layout = dynamic_cast<QgsPrintLayout *>(
      edited.layoutManager()->layoutByName( QStringLiteral( "Tryggkarta A4 liggande" ) ) );
    REQUIRE( layout );
    auto *label = new QgsLayoutItemLabel( layout );
    label->setText( QStringLiteral( "Redigerad i QGIS Desktop" ) );
    layout->addLayoutItem( label );
    label->attemptMove( QgsLayoutPoint( 20, 150 ) );
    label->attemptResize( QgsLayoutSize( 80, 10 ) );
    REQUIRE( edited.write( uri ) );
  }
  MainWindow window;
  window.resize( 1200, 800 );
  REQUIRE( window.projects()->open( demo.path() ).isEmpty() );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  const QString pdf = demo.file( QStringLiteral( "edited.pdf" ) );
  REQUIRE( window.printing()->printMap( pdf, QStringLiteral( "Mötet" ), PrintMapOptions::PaperSize::A4,
                                        QPageLayout::Landscape ) == QString() );
  const QString text = pdfText( pdf );
  CHECK( text.contains( QStringLiteral( "Redigerad i QGIS Desktop" ) ) );
  CHECK( text.contains( QStringLiteral( "Mötet" ) ) );
  // The other templates are still built for the sheet (A3 has no such label).
  const QString a3 = demo.file( QStringLiteral( "a3.pdf" ) );
  REQUIRE( window.printing()->printMap( a3, QString(), PrintMapOptions::PaperSize::A3,
                                        QPageLayout::Landscape ) == QString() );
  CHECK_FALSE( pdfText( a3 ).contains( QStringLiteral( "Redigerad i QGIS Desktop" ) ) );

  // The app saving its map keeps the edited template in the project.
  window.mapCanvas()->zoomByFactor( 0.8 );
  REQUIRE( window.projects()->save().isEmpty() );
  QgsProject reread;
  REQUIRE( reread.read( uri, QgsProject::ReadFlag::FlagDontResolveLayers ) );
  auto *kept = dynamic_cast<QgsPrintLayout *>(
    reread.layoutManager()->layoutByName( QStringLiteral( "Tryggkarta A4 liggande" ) ) );
  REQUIRE( kept );
  bool found = false;
  QList<QgsLayoutItemLabel *> labels;
  kept->layoutItems( labels );
  for ( QgsLayoutItemLabel *label : labels )
    found = found || label->text() == QLatin1String( "Redigerad i QGIS Desktop" );
  CHECK( found );
}

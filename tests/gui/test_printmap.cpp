// Printing the map to PDF through a QGIS print layout (File > Print map).
// TRYGGKARTA_PRINT_DIR=/some/folder keeps the PDFs for a look (pdftoppm -r 60 -png file.pdf out).

#include "demomunicipality.h"
#include "guitestutil.h"
#include "incidentpointslayer.h"
#include "kerneldensity.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "mapcontroller.h"
#include "printmap.h"
#include "projectfile.h"
#include "results.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <qgscolorramp.h>
#include <qgscolorramplegendnode.h>
#include <qgscolorrampshader.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodellegendnode.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgsmapcanvas.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrasterlayer.h>
#include <qgsrastershader.h>
#include <qgssinglebandpseudocolorrenderer.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cmath>
#include <limits>

using guitest::DemoProject;

namespace
{

/**
 * A heatmap of the demo's incidents as the analysis makes it (events per km² over the whole period, on an
 * aligned grid), written to a GeoTIFF and drawn with a fixed colour scale: the lowest class transparent.
 */
QgsRasterLayer *addHeatmap( MainWindow &window, const QString &tifPath, const QString &name,
                            QgsColorRampShader::Type type, double *maxValue )
{
  auto project = tryggkarta::ProjectFile::open( window.projects()->path().toStdString(), true );
  REQUIRE( project );
  auto points = tryggkarta::selectIncidentPoints( **project, tryggkarta::Selection() );
  REQUIRE( points );
  tryggkarta::KernelDensityParameters parameters;
  parameters.radiusMeters = 400;
  parameters.cellSize = 25;
  parameters.output = tryggkarta::DensityOutput::EventsPerSquareKm;
  auto raster = tryggkarta::KernelDensity( parameters ).compute( *points );
  REQUIRE( raster );
  REQUIRE( tryggkarta::writeGeoTiff( tifPath.toStdString(), raster->grid, 3006,
                                     { { "density", &raster->values } }, {} ) );
  *maxValue = *std::max_element( raster->values.begin(), raster->values.end() );

  auto *layer = new QgsRasterLayer( tifPath, name, QStringLiteral( "gdal" ) );
  REQUIRE( layer->isValid() );
  // Fixed class bounds (events per km²) with uneven values, so the legend has to round them.
  const double top = *maxValue;
  QList<QgsColorRampShader::ColorRampItem> items;
  const QList<QColor> colours = { QColor( 255, 255, 178, 0 ), QColor( 254, 217, 118 ), QColor( 254, 178, 76 ),
                                  QColor( 253, 141, 60 ),     QColor( 252, 78, 42 ),   QColor( 227, 26, 28 ),
                                  QColor( 189, 0, 38 ),       QColor( 128, 0, 38 ) };
  for ( int i = 0; i < colours.size(); ++i )
  {
    const bool last = i == colours.size() - 1;
    const double value = type == QgsColorRampShader::Discrete && last
                           ? std::numeric_limits<double>::infinity()
                           : top * ( 0.0371 + 0.9629 * i / ( colours.size() - 1 ) );
    items << QgsColorRampShader::ColorRampItem( value, colours.at( i ), QString::number( value ) );
  }
  auto *shader = new QgsColorRampShader( 0, top, nullptr, type );
  shader->setColorRampItemList( items );
  if ( type == QgsColorRampShader::Interpolated )
    shader->setSourceColorRamp( new QgsGradientColorRamp( colours.at( 1 ), colours.last() ) );
  auto *rasterShader = new QgsRasterShader( 0, top );
  rasterShader->setRasterShaderFunction( shader );
  layer->setRenderer( new QgsSingleBandPseudoColorRenderer( layer->dataProvider(), 1, rasterShader ) );
  layer->setOpacity( 0.8 );

  QgsProject *qgisProject = window.project();
  qgisProject->addMapLayer( layer, false );
  QgsLayerTreeGroup *situation = QgsLayerTree::toGroup( qgisProject->layerTreeRoot()->children().first() );
  situation->insertLayer( situation->children().size(), layer ); // under incidents, walks and areas
  return layer;
}

//! The vector layers as the canvas shows them, top first, with this heatmap under the situational picture.
QList<QgsMapLayer *> printedLayers( MainWindow &window, QgsRasterLayer *heatmap )
{
  QList<QgsMapLayer *> layers;
  // (The canvas draws the incidents from memory in their layer's place; a print is given the layer itself.)
  for ( QgsMapLayer *layer : IncidentPointsLayer::sourcesOf( window.mapCanvas()->layers() ) )
    if ( layer->type() == QgsMapLayerType::VectorLayer )
      layers << layer;
  const int boundary = layers.indexOf( window.map()->layerForTable( QStringLiteral( "map_pois" ) ) );
  layers.insert( boundary < 0 ? layers.size() : boundary, heatmap );
  return layers;
}

//! The page size of the first page in points, from the PDF's MediaBox.
QSizeF pdfPageSizePoints( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return QSizeF();
  const QByteArray bytes = file.readAll();
  const QString text = QString::fromLatin1( bytes.constData(), bytes.size() ); // PDFs hold NUL bytes
  const QRegularExpressionMatch match =
    QRegularExpression(
      QStringLiteral( R"(/MediaBox\s*\[\s*([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s+([-\d.]+)\s*\])" ) )
      .match( text );
  if ( !match.hasMatch() )
    return QSizeF();
  return QSizeF( match.captured( 3 ).toDouble() - match.captured( 1 ).toDouble(),
                 match.captured( 4 ).toDouble() - match.captured( 2 ).toDouble() );
}

//! The text of a PDF through poppler's pdftotext, or a null string when it is not installed.
QString pdfText( const QString &path )
{
  const QString pdftotext = QStandardPaths::findExecutable( QStringLiteral( "pdftotext" ) );
  if ( pdftotext.isEmpty() )
    return QString();
  QProcess process;
  process.start( pdftotext, { QStringLiteral( "-layout" ), path, QStringLiteral( "-" ) } );
  process.waitForFinished( 60000 );
  return QString::fromUtf8( process.readAllStandardOutput() );
}

//! The significant digits of each number in a legend label ("1 600–1 900" has two each).
QList<int> significantDigits( const QString &label )
{
  QList<int> digits;
  QRegularExpressionMatchIterator numbers =
    QRegularExpression( QStringLiteral( "\\d+(?:[.,]\\d+)?" ) )
      .globalMatch( QString( label ).remove( QLocale().groupSeparator() ) );
  while ( numbers.hasNext() )
  {
    QString number = numbers.next().captured( 0 ).remove( QLocale().decimalPoint() );
    while ( number.startsWith( QLatin1Char( '0' ) ) )
      number.remove( 0, 1 );
    while ( number.endsWith( QLatin1Char( '0' ) ) )
      number.chop( 1 );
    digits << std::max( 1, static_cast<int>( number.size() ) );
  }
  return digits;
}

QString labelText( QgsLayout *layout, const QString &id )
{
  // What the label shows: its text is an expression of the layout's variables (so an edited template keeps
  // working), evaluated here.
  const auto *label = dynamic_cast<const QgsLayoutItemLabel *>( layout->itemById( id ) );
  return label ? label->currentText() : QString();
}

QString outputFolder( const QTemporaryDir &temporary )
{
  const QString dir = qEnvironmentVariable( "TRYGGKARTA_PRINT_DIR" );
  if ( dir.isEmpty() )
    return temporary.path();
  QDir().mkpath( dir );
  return dir;
}

} // namespace

namespace
{

//! Print options as the main window would fill them for the week's lägesbild with a heatmap.
PrintMapOptions weekOptions( MainWindow &window, QgsRasterLayer *heatmap )
{
  PrintMapOptions options;
  options.title = QStringLiteral( "Lägesbild vecka 47" );
  options.periodText = QStringLiteral( "2026-11-16 – 2026-11-22; alla kategorier" );
  options.sourcesText = QStringLiteral( "Källor: polisen, kommunen (gata/park, skola), bostadsbolaget, "
                                        "trygghetsvandringar. Bakgrundskarta: Exempelkommun." );
  options.note = QString::fromUtf8( tryggkarta::kSyntheticDataNote );
  options.extent = window.mapCanvas()->extent();
  options.crs = window.mapCanvas()->mapSettings().destinationCrs();
  options.layers = printedLayers( window, heatmap );
  options.heatmapUnits = QStringLiteral( "händelser per km² för perioden" );
  options.printDate = QDate( 2026, 11, 25 );
  return options;
}

} // namespace

TEST_CASE( "the map prints to an A4 or A3 PDF with map, legend, scale bar, north arrow and texts", "[print]" )
{
  struct Paper
  {
    PrintMapOptions::PaperSize size;
    QPageLayout::Orientation orientation;
    const char *name;
  };
  const Paper paper =
    GENERATE( Paper{ PrintMapOptions::PaperSize::A4, QPageLayout::Landscape, "a4" },
              Paper{ PrintMapOptions::PaperSize::A3, QPageLayout::Landscape, "a3" },
              Paper{ PrintMapOptions::PaperSize::A4, QPageLayout::Portrait, "a4-portrait" } );
  INFO( paper.name );
  DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  double maxDensity = 0;
  QgsRasterLayer *heatmap =
    addHeatmap( window, demo.file( QStringLiteral( "heatmap.tif" ) ), QStringLiteral( "Täthet" ),
                QgsColorRampShader::Discrete, &maxDensity );
  PrintMapOptions options = weekOptions( window, heatmap );
  options.paper = paper.size;
  options.orientation = paper.orientation;
  const QSizeF pageMm = PrintMap::pageSizeMm( paper.size, paper.orientation );

  SECTION( "the PDF is one page of the paper size with the title, note, print date and sources as text" )
  {
    QTemporaryDir temporary;
    const QString pdf =
      QDir( outputFolder( temporary ) ).filePath( QStringLiteral( "printmap-%1.pdf" ).arg( paper.name ) );
    QFile::remove( pdf );
    REQUIRE( PrintMap::exportPdf( window.project(), options, pdf ) == QString() );

    QFile file( pdf );
    REQUIRE( file.open( QIODevice::ReadOnly ) );
    CHECK( file.read( 5 ) == QByteArray( "%PDF-" ) );
    CHECK( file.size() > 10000 );
    const QSizeF points = pdfPageSizePoints( pdf );
    CHECK( points.width() == Approx( pageMm.width() * 72 / 25.4 ).margin( 1 ) );
    CHECK( points.height() == Approx( pageMm.height() * 72 / 25.4 ).margin( 1 ) );

    const QString text = pdfText( pdf ).simplified();
    if ( text.isNull() )
      WARN( "pdftotext is not installed: the PDF's text is not checked" );
    else
    {
      CHECK( text.contains( QStringLiteral( "Lägesbild vecka 47" ) ) );
      CHECK( text.contains( options.note ) );
      CHECK(
        text.contains( PrintMap::tr( "Printed %1 with Tryggkarta" ).arg( QStringLiteral( "2026-11-25" ) ) ) );
      CHECK( text.contains( QStringLiteral( "bostadsbolaget" ) ) );
      CHECK( text.contains( QStringLiteral( "händelser per km²" ) ) );
    }
  }

  std::unique_ptr<QgsPrintLayout> layout = PrintMap::buildLayout( window.project(), options );
  REQUIRE( layout );

  SECTION( "the layout has the map, legend, scale bar, north arrow and texts" )
  {
    const QgsLayoutItemPage *page = layout->pageCollection()->page( 0 );
    CHECK( layout->pageCollection()->pageCount() == 1 );
    CHECK( page->pageSize().width() == Approx( pageMm.width() ) );
    CHECK( page->pageSize().height() == Approx( pageMm.height() ) );

    auto *map = dynamic_cast<QgsLayoutItemMap *>( layout->itemById( PrintMap::sMapId ) );
    REQUIRE( map );
    CHECK( map->crs().authid() == QStringLiteral( "EPSG:3006" ) );
    CHECK( map->layers() == options.layers );
    // The whole of what the canvas showed is on paper, at a round scale.
    CHECK( map->extent().contains( options.extent ) );
    CHECK( map->scale() == Approx( PrintMap::roundScale( map->scale() ) ) );
    CHECK( map->extent().width() < 2.5 * options.extent.width() );

    auto *legend = dynamic_cast<QgsLayoutItemLegend *>( layout->itemById( PrintMap::sLegendId ) );
    REQUIRE( legend );
    QStringList legendLayers;
    for ( const QgsLayerTreeLayer *node : legend->model()->rootGroup()->findLayers() )
      legendLayers << node->layerId();
    CHECK( legendLayers.contains( window.map()->layerForTable( QStringLiteral( "incidents" ) )->id() ) );
    CHECK( legendLayers.contains( heatmap->id() ) );
    // The base map is described in the sources, not in the legend.
    CHECK_FALSE(
      legendLayers.contains( window.map()->layerForTable( QStringLiteral( "map_roads" ) )->id() ) );

    auto *scaleBar = dynamic_cast<QgsLayoutItemScaleBar *>( layout->itemById( PrintMap::sScaleBarId ) );
    REQUIRE( scaleBar );
    CHECK( scaleBar->linkedMap() == map );
    CHECK( ( scaleBar->units() == QgsUnitTypes::DistanceMeters ||
             scaleBar->units() == QgsUnitTypes::DistanceKilometers ) );

    auto *arrow = dynamic_cast<QgsLayoutItemPicture *>( layout->itemById( PrintMap::sNorthArrowId ) );
    REQUIRE( arrow );
    CHECK( QFileInfo::exists( arrow->picturePath() ) );
    CHECK( arrow->linkedMap() == map );

    CHECK( labelText( layout.get(), PrintMap::sTitleId ) == options.title );
    CHECK( labelText( layout.get(), PrintMap::sPeriodId ) == options.periodText );
    CHECK( labelText( layout.get(), PrintMap::sNoteId ) == options.note );
    CHECK( labelText( layout.get(), PrintMap::sSourcesId ) == options.sourcesText );
    CHECK( labelText( layout.get(), PrintMap::sPrintDateId ).contains( QStringLiteral( "2026-11-25" ) ) );
    CHECK( labelText( layout.get(), PrintMap::sScaleTextId )
             .contains( QLocale().toString( map->scale(), 'f', 0 ) ) );
  }

  SECTION( "nothing overlaps and everything stays inside the margins, also after drawing" )
  {
    // Drawing lets the legend resize to its content: it must still fit where the layout put it.
    QgsLayoutExporter exporter( layout.get() );
    const QImage image = exporter.renderPageToImage( 0, QSize(), 40 );
    REQUIRE_FALSE( image.isNull() );

    QList<QgsLayoutItem *> items;
    for ( const QString &id :
          { PrintMap::sMapId, PrintMap::sLegendId, PrintMap::sScaleBarId, PrintMap::sNorthArrowId,
            PrintMap::sTitleId, PrintMap::sPeriodId, PrintMap::sNoteId, PrintMap::sSourcesId,
            PrintMap::sScaleTextId, PrintMap::sPrintDateId } )
    {
      QgsLayoutItem *item = layout->itemById( id );
      INFO( id.toStdString() );
      REQUIRE( item );
      items << item;
    }
    // Within the 10 mm margins; frames' strokes may reach out by half their width.
    const QRectF printable = QRectF( QPointF( 0, 0 ), pageMm ).adjusted( 9.5, 9.5, -9.5, -9.5 );
    for ( int i = 0; i < items.size(); ++i )
    {
      const QRectF rect = items.at( i )->sceneBoundingRect();
      INFO( items.at( i )->id().toStdString()
            << " at " << rect.x() << ", " << rect.y() << " size " << rect.width() << " x " << rect.height() );
      CHECK( printable.contains( rect ) );
      for ( int j = i + 1; j < items.size(); ++j )
      {
        const QRectF other = items.at( j )->sceneBoundingRect();
        INFO( "and " << items.at( j )->id().toStdString() << " at " << other.x() << ", " << other.y()
                     << " size " << other.width() << " x " << other.height() );
        CHECK_FALSE( rect.intersects( other ) );
      }
    }
  }
}

TEST_CASE( "a printed heatmap's legend states its units and a few rounded values", "[print]" )
{
  DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  window.show();
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  REQUIRE( guitest::waitForCanvasRender( window.mapCanvas() ) );
  const bool discrete = GENERATE( true, false );
  INFO( ( discrete ? "classes" : "continuous ramp" ) );
  double maxDensity = 0;
  // The live heatmap names its layer with the units in brackets; the legend states them once.
  const QString units = QStringLiteral( "händelser per km² för perioden" );
  QgsRasterLayer *heatmap =
    addHeatmap( window, demo.file( QStringLiteral( "heatmap.tif" ) ),
                discrete ? QStringLiteral( "Täthet" ) : QStringLiteral( "Värmekarta (%1)" ).arg( units ),
                discrete ? QgsColorRampShader::Discrete : QgsColorRampShader::Interpolated, &maxDensity );
  const PrintMapOptions options = weekOptions( window, heatmap );
  REQUIRE( options.heatmapUnits == units );
  if ( !qEnvironmentVariableIsEmpty( "TRYGGKARTA_PRINT_DIR" ) )
  {
    QTemporaryDir temporary;
    const QString name =
      discrete ? QStringLiteral( "printmap-classes.pdf" ) : QStringLiteral( "printmap-ramp.pdf" );
    CHECK( PrintMap::exportPdf( window.project(), options,
                                QDir( outputFolder( temporary ) ).filePath( name ) ) == QString() );
  }
  std::unique_ptr<QgsPrintLayout> layout = PrintMap::buildLayout( window.project(), options );
  auto *legend = dynamic_cast<QgsLayoutItemLegend *>( layout->itemById( PrintMap::sLegendId ) );
  REQUIRE( legend );
  QgsLayerTreeLayer *node = legend->model()->rootGroup()->findLayer( heatmap );
  REQUIRE( node );

  const QModelIndex index = legend->model()->node2index( node );
  const QString heading = legend->model()->data( index, Qt::DisplayRole ).toString();
  INFO( heading.toStdString() );
  CHECK( heading.count( units ) == 1 );
  CHECK( heading.startsWith( discrete ? QStringLiteral( "Täthet\n" ) : QStringLiteral( "Värmekarta\n" ) ) );
  const QList<QgsLayerTreeModelLegendNode *> entries = legend->model()->layerLegendNodes( node );
  REQUIRE_FALSE( entries.isEmpty() );
  CHECK( entries.size() <= 6 );
  if ( discrete )
  {
    // Two significant digits are enough to tell these classes apart.
    for ( QgsLayerTreeModelLegendNode *entry : entries )
    {
      const QString label = entry->data( Qt::DisplayRole ).toString();
      INFO( label.toStdString() );
      const QList<int> digits = significantDigits( label );
      CHECK_FALSE( digits.isEmpty() );
      for ( int count : digits )
        CHECK( count <= 2 );
    }
  }
  else
  {
    REQUIRE( entries.size() == 1 );
    auto *ramp = dynamic_cast<QgsColorRampLegendNode *>( entries.first() );
    REQUIRE( ramp );
    const QString maximum = ramp->settings().maximumLabel();
    INFO( maximum.toStdString() << " for " << maxDensity );
    const QString digits = QString( maximum ).remove( QRegularExpression( QStringLiteral( "[^0-9,.]" ) ) );
    CHECK( QLocale().toDouble( digits ) == Approx( maxDensity ).epsilon( 0.05 ) );
  }
}

TEST_CASE( "a plain print leaves out empty texts, shows the municipality and reports write errors",
           "[print]" )
{
  DemoProject demo;
  REQUIRE( demo.error() == QString() );
  MainWindow window;
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  PrintMapOptions options; // no texts, no extent, no layers: the project's visible layers on the municipality
  std::unique_ptr<QgsPrintLayout> layout = PrintMap::buildLayout( window.project(), options );
  CHECK( labelText( layout.get(), PrintMap::sTitleId ) == PrintMap::tr( "Situational picture" ) );
  CHECK_FALSE( layout->itemById( PrintMap::sNoteId ) );
  CHECK_FALSE( layout->itemById( PrintMap::sPeriodId ) );
  CHECK_FALSE( layout->itemById( PrintMap::sSourcesId ) );
  auto *map = dynamic_cast<QgsLayoutItemMap *>( layout->itemById( PrintMap::sMapId ) );
  REQUIRE( map );
  CHECK( map->extent().contains(
    window.map()->layerForTable( QStringLiteral( "map_boundary" ) )->extent().center() ) );
  CHECK( map->layers().contains( window.map()->layerForTable( QStringLiteral( "incidents" ) ) ) );

  // QGIS creates missing folders; a "folder" that is a file cannot be written.
  const QString error =
    PrintMap::exportPdf( window.project(), options, demo.path() + QStringLiteral( "/karta.pdf" ) );
  INFO( error.toStdString() );
  CHECK( error.contains( QStringLiteral( "karta.pdf" ) ) );
}

TEST_CASE( "print titles name the week or the period", "[print]" )
{
  CHECK( PrintMap::periodTitle( QDate( 2025, 11, 17 ), QDate( 2025, 11, 23 ) ) ==
         PrintMap::tr( "Situational picture week %1" ).arg( 47 ) );
  CHECK( PrintMap::periodTitle( QDate( 2025, 11, 3 ), QDate( 2025, 11, 23 ) ) ==
         PrintMap::tr( "Situational picture weeks %1–%2" ).arg( 45 ).arg( 47 ) );
  CHECK( PrintMap::periodTitle( QDate( 2025, 11, 1 ), QDate( 2025, 11, 30 ) ) ==
         PrintMap::tr( "Situational picture %1 – %2" )
           .arg( QStringLiteral( "2025-11-01" ), QStringLiteral( "2025-11-30" ) ) );
}

TEST_CASE( "print scales are round and never show less than asked", "[print]" )
{
  CHECK( PrintMap::roundScale( 23456 ) == Approx( 25000 ) );
  CHECK( PrintMap::roundScale( 25000 ) == Approx( 25000 ) );
  CHECK( PrintMap::roundScale( 10001 ) == Approx( 12500 ) );
  CHECK( PrintMap::roundScale( 812 ) == Approx( 1000 ) );
  CHECK( PrintMap::roundScale( 160000 ) == Approx( 200000 ) );
}

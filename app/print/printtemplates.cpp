#include "printtemplates.h"

#include "mapstatestore.h"

#include <qgslayoutitemattributetable.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmultiframe.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QFile>
#include <QRegularExpression>

#include <cmath>

QList<PrintTemplate> PrintTemplates::builtIn()
{
  using Paper = PrintMapOptions::PaperSize;
  return { { QStringLiteral( "A4 liggande" ), Paper::A4, QPageLayout::Landscape },
           { QStringLiteral( "A4 stående" ), Paper::A4, QPageLayout::Portrait },
           { QStringLiteral( "A3 liggande" ), Paper::A3, QPageLayout::Landscape },
           { QStringLiteral( "A3 stående" ), Paper::A3, QPageLayout::Portrait } };
}

std::optional<PrintTemplate> PrintTemplates::find( const QString &name )
{
  QString key = name.trimmed().toLower();
  key.replace( QRegularExpression( QStringLiteral( "[-_\\s]+" ) ), QStringLiteral( " " ) );
  key.replace( QStringLiteral( "landscape" ), QStringLiteral( "liggande" ) );
  key.replace( QStringLiteral( "portrait" ), QStringLiteral( "stående" ) );
  key.replace( QStringLiteral( "staende" ), QStringLiteral( "stående" ) );
  if ( key == QLatin1String( "a4" ) || key == QLatin1String( "a3" ) )
    key += QStringLiteral( " liggande" );
  for ( const PrintTemplate &candidate : builtIn() )
    if ( candidate.name.toLower() == key || layoutName( candidate ).toLower() == key )
      return candidate;
  return std::nullopt;
}

QString PrintTemplates::names()
{
  QStringList list;
  for ( const PrintTemplate &candidate : builtIn() )
    list << candidate.name;
  return list.join( QStringLiteral( ", " ) );
}

QString PrintTemplates::layoutName( const PrintTemplate &printTemplate )
{
  return QStringLiteral( "Tryggkarta %1" ).arg( printTemplate.name );
}

bool PrintTemplates::isStored( const QgsProject *project, const PrintTemplate &printTemplate )
{
  return project && project->layoutManager()->layoutByName( layoutName( printTemplate ) );
}

std::unique_ptr<QgsPrintLayout>
PrintTemplates::layoutFor( QgsProject *project, const PrintTemplate &printTemplate, PrintMapOptions options )
{
  options.paper = printTemplate.paper;
  options.orientation = printTemplate.orientation;
  auto *stored =
    dynamic_cast<QgsPrintLayout *>( project->layoutManager()->layoutByName( layoutName( printTemplate ) ) );
  if ( !stored )
    return PrintMap::buildLayout( project, options );

  std::unique_ptr<QgsPrintLayout> layout( stored->clone() );
  layout->renderContext().setDpi( options.dpi );
  if ( auto *map = qobject_cast<QgsLayoutItemMap *>( layout->itemById( PrintMap::sMapId ) ) )
  {
    if ( options.crs.isValid() )
      map->setCrs( options.crs );
    if ( !options.layers.isEmpty() )
    {
      map->setLayers( options.layers );
      map->setKeepLayerSet( true );
    }
    if ( !options.extent.isEmpty() && options.extent.isFinite() )
    {
      map->zoomToExtent( options.extent );
      map->setScale( PrintMap::roundScale( map->scale() ) );
    }
    layout->setCustomProperty( QStringLiteral( "tryggkarta/scaletext" ),
                               PrintMap::scaleText( map->scale(), options.paper, map->crs() ) );
  }
  if ( options.publicMode )
  {
    // An edited template may hold more maps or tables than the sheet's own: on a public sheet every map shows
    // the public layers only, and a table of features prints no rows (it could list events).
    QList<QgsLayoutItemMap *> maps;
    layout->layoutItems( maps );
    for ( QgsLayoutItemMap *map : std::as_const( maps ) )
    {
      map->setLayers( options.layers );
      map->setKeepLayerSet( true );
      map->setFollowVisibilityPreset( false );
    }
    const QList<QgsLayoutMultiFrame *> frames = layout->multiFrames();
    for ( QgsLayoutMultiFrame *frame : frames )
      if ( auto *table = qobject_cast<QgsLayoutItemAttributeTable *>( frame ) )
      {
        table->setFilterFeatures( true );
        table->setFeatureFilter( QStringLiteral( "FALSE" ) );
        table->refreshAttributes();
      }
  }
  PrintMap::fillLegend( layout.get(), options );
  PrintMap::setVariables( layout.get(), options );
  return layout;
}

QStringList PrintTemplates::install( QgsProject *project, const PrintMapOptions &options )
{
  QStringList added;
  for ( const PrintTemplate &printTemplate : builtIn() )
  {
    if ( isStored( project, printTemplate ) )
      continue;
    PrintMapOptions sheet = options;
    sheet.paper = printTemplate.paper;
    sheet.orientation = printTemplate.orientation;
    std::unique_ptr<QgsPrintLayout> layout = PrintMap::buildLayout( project, sheet );
    layout->setName( layoutName( printTemplate ) );
    if ( project->layoutManager()->addLayout( layout.get() ) )
    {
      layout.release();
      added << layoutName( printTemplate );
    }
  }
  return added;
}

int PrintTemplates::importStored( QgsProject *project, const QString &projectPath )
{
  if ( MapStateStore::storedCount( projectPath ) == 0 )
    return 0;
  QgsProject saved;
  if ( !saved.read( MapStateStore::storedUri( projectPath ), QgsProject::ReadFlag::FlagDontResolveLayers ) )
    return 0;
  return MapStateStore::copyLayouts( saved, project );
}

QString PrintTemplates::writeQpt( QgsPrintLayout *layout, const QString &path )
{
  const QgsReadWriteContext context;
  if ( !layout->saveAsTemplate( path, context ) )
    return tr( "Could not write %1." ).arg( path );
  return QString();
}

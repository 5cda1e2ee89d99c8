#include "resultlayers.h"

#include "analysistext.h"
#include "layerstyles.h"
#include "projectfile.h"
#include "projectlayers.h"

#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgsmapcanvas.h>
#include <qgsmaplayerstyle.h>
#include <qgsproject.h>
#include <qgsrasterbandstats.h>
#include <qgsrasterdataprovider.h>
#include <qgsrasterlayer.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

#include <QDomDocument>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

const QString ResultLayers::sResultProperty = QStringLiteral( "tryggkarta/result" );

namespace
{
const QString kAnalysesGroup = QStringLiteral( "analyses" );

//! Readable names for the fields of result layers (identify shows them).
void setAliases( QgsVectorLayer *layer )
{
  const QMap<QString, QString> aliases = {
    { QStringLiteral( "count" ), ResultLayers::tr( "Incidents" ) },
    { QStringLiteral( "z" ), ResultLayers::tr( "z-score" ) },
    { QStringLiteral( "p" ), ResultLayers::tr( "p-value" ) },
    { QStringLiteral( "bin_fdr" ), ResultLayers::tr( "Class after FDR correction" ) },
    { QStringLiteral( "class" ), ResultLayers::tr( "Class" ) },
    { QStringLiteral( "core_count" ), ResultLayers::tr( "Core incidents" ) },
    { QStringLiteral( "categories" ), ResultLayers::tr( "Commonest categories" ) },
    { QStringLiteral( "peak_hour" ), ResultLayers::tr( "Peak hour" ) },
    { QStringLiteral( "peak_weekday" ), ResultLayers::tr( "Peak weekday" ) },
    { QStringLiteral( "cluster_id" ), ResultLayers::tr( "Cluster" ) },
    { QStringLiteral( "count_now" ), ResultLayers::tr( "Incidents now" ) },
    { QStringLiteral( "count_before" ), ResultLayers::tr( "Incidents before" ) },
    { QStringLiteral( "change" ), ResultLayers::tr( "Change" ) },
    { QStringLiteral( "change_pct" ), ResultLayers::tr( "Change (%)" ) },
    { QStringLiteral( "significant_fdr" ), ResultLayers::tr( "Beyond chance (after FDR)" ) },
    { QStringLiteral( "area" ), ResultLayers::tr( "Area" ) },
    { QStringLiteral( "rank" ), ResultLayers::tr( "Rank" ) },
  };
  const QgsFields fields = layer->fields();
  for ( int i = 0; i < fields.count(); ++i )
    if ( aliases.contains( fields.at( i ).name() ) )
      layer->setFieldAlias( i, aliases.value( fields.at( i ).name() ) );
}

void tag( QgsMapLayer *layer, const QString &name, const std::string &table )
{
  layer->setCustomProperty( ResultLayers::sResultProperty, name );
  layer->setCustomProperty( ProjectLayers::sTableProperty, QString::fromStdString( table ) );
}
} // namespace

QgsLayerTreeGroup *ResultLayers::group( QgsProject *project, bool create )
{
  QgsLayerTreeGroup *root = project->layerTreeRoot();
  if ( QgsLayerTreeGroup *existing = ProjectLayers::groupOfKind( root, kAnalysesGroup ) )
    return existing;
  if ( !create )
    return nullptr;
  // Below the situational picture (which must stay on top), above the base map.
  int index = 0;
  if ( QgsLayerTreeGroup *situation = ProjectLayers::groupOfKind( root, QStringLiteral( "situation" ) ) )
    index = root->children().indexOf( situation ) + 1;
  QgsLayerTreeGroup *analyses = root->insertGroup( index, tr( "Analyses" ) );
  analyses->setCustomProperty( ProjectLayers::sGroupProperty, kAnalysesGroup );
  analyses->setExpanded( true );
  return analyses;
}

QList<QgsMapLayer *> ResultLayers::createLayers( const QString &projectPath,
                                                 const tryggkarta::StoredResult &result, QString *error )
{
  QList<QgsMapLayer *> layers;
  const QString name = QString::fromStdString( result.name );
  const QString kind = QString::fromStdString( result.kind );
  auto fail = [&]( const QString &message )
  {
    if ( error )
      *error = message;
    qDeleteAll( layers );
    return QList<QgsMapLayer *>();
  };
  if ( result.tables.empty() )
    return fail( tr( "The result %1 has no tables." ).arg( name ) );

  if ( kind == QLatin1String( "kde" ) )
  {
    const QString uri =
      QStringLiteral( "GPKG:%1:%2" ).arg( projectPath, QString::fromStdString( result.tables.front() ) );
    const QJsonObject parameters =
      QJsonDocument::fromJson( QByteArray::fromStdString( result.parametersJson ) ).object();
    const QString units =
      AnalysisText::densityUnits( parameters.value( QStringLiteral( "output" ) ).toString() );
    auto *raster = new QgsRasterLayer( uri, tr( "%1 (%2)" ).arg( name, units ), QStringLiteral( "gdal" ) );
    if ( !raster->isValid() )
    {
      delete raster;
      return fail( tr( "QGIS cannot open the heatmap %1 in %2." ).arg( name, projectPath ) );
    }
    const QgsRasterBandStats stats = raster->dataProvider()->bandStatistics( 1, QgsRasterBandStats::Max );
    LayerStyles::applyDensityStyle( raster, stats.maximumValue );
    tag( raster, name, result.tables.front() );
    layers << raster;
    return layers;
  }

  QgsVectorLayer::LayerOptions options( ( QgsCoordinateTransformContext() ) );
  options.loadDefaultStyle = false;
  QStringList layerNames;
  if ( kind == QLatin1String( "clusters" ) )
    layerNames << tr( "Cluster outlines" ) << tr( "Incidents in clusters" );
  else if ( kind == QLatin1String( "compare" ) )
    layerNames << tr( "Areas" ) << tr( "Cells" );
  else if ( kind == QLatin1String( "hotspots" ) )
    layerNames << name;
  else
    return fail( tr( "%1 is a table, not a map: export it to read it." ).arg( name ) );
  for ( size_t i = 0; i < result.tables.size() && i < static_cast<size_t>( layerNames.size() ); ++i )
  {
    const QString table = QString::fromStdString( result.tables[i] );
    auto *layer = new QgsVectorLayer( projectPath + QStringLiteral( "|layername=" ) + table,
                                      layerNames[static_cast<int>( i )], QStringLiteral( "ogr" ), options );
    if ( !layer->isValid() )
    {
      delete layer;
      return fail( tr( "QGIS cannot open the table %1 of %2." ).arg( table, name ) );
    }
    setAliases( layer );
    if ( kind == QLatin1String( "hotspots" ) )
      LayerStyles::applyHotSpotStyle( layer );
    else if ( kind == QLatin1String( "clusters" ) )
      i == 0 ? LayerStyles::applyClusterStyle( layer ) : LayerStyles::applyClusterEventStyle( layer );
    else
      LayerStyles::applyComparisonStyle( layer, i == 0 );
    tag( layer, name, result.tables[i] );
    layers << layer;
  }
  return layers;
}

QList<QgsMapLayer *> ResultLayers::addToMap( QgsProject *project, QgsMapCanvas *canvas,
                                             const QString &projectPath,
                                             const tryggkarta::StoredResult &result, QString *error )
{
  const QString name = QString::fromStdString( result.name );
  removeFromMap( project, canvas, name );
  const QList<QgsMapLayer *> layers = createLayers( projectPath, result, error );
  if ( layers.isEmpty() )
    return layers;
  QgsLayerTreeGroup *parent = group( project, true );
  // A result of several layers gets a group of its own, named after it; its layers have short names.
  if ( layers.size() > 1 )
  {
    parent = parent->insertGroup( 0, name );
    parent->setCustomProperty( sResultProperty, name );
    parent->setExpanded( true );
  }
  int index = 0;
  for ( QgsMapLayer *layer : layers )
  {
    project->addMapLayer( layer, false );
    QgsLayerTreeLayer *node = parent->insertLayer( index++, layer );
    node->setExpanded( index == 1 ); // the main layer's legend open
  }
  return layers;
}

QList<QgsMapLayer *> ResultLayers::layersOf( const QgsProject *project, const QString &name )
{
  QList<QgsMapLayer *> layers;
  const QMap<QString, QgsMapLayer *> all = project->mapLayers();
  for ( QgsMapLayer *layer : all )
    if ( layer->customProperty( sResultProperty ).toString() == name )
      layers << layer;
  return layers;
}

void ResultLayers::removeFromMap( QgsProject *project, QgsMapCanvas *canvas, const QString &name )
{
  const QList<QgsMapLayer *> layers = layersOf( project, name );
  if ( layers.isEmpty() )
    return;
  // A render job may be reading them: stop it before they go.
  if ( canvas )
    canvas->cancelJobs();
  project->removeMapLayers( layers );
  if ( QgsLayerTreeGroup *analyses = group( project, false ) )
  {
    // The result's own group, now empty, and the group Analyses when nothing is left in it.
    for ( QgsLayerTreeNode *child : analyses->children() )
      if ( QgsLayerTree::isGroup( child ) && child->customProperty( sResultProperty ).toString() == name &&
           QgsLayerTree::toGroup( child )->findLayers().isEmpty() )
        analyses->removeChildNode( child );
    if ( analyses->children().isEmpty() )
      project->layerTreeRoot()->removeChildNode( analyses );
  }
}

QStringList ResultLayers::shownResults( const QgsProject *project )
{
  QStringList names;
  for ( QgsLayerTreeLayer *node : project->layerTreeRoot()->findLayers() )
    if ( node->layer() )
    {
      const QString name = node->layer()->customProperty( sResultProperty ).toString();
      if ( !name.isEmpty() && !names.contains( name ) )
        names << name;
    }
  return names;
}

QStringList ResultLayers::restore( QgsProject *project, QgsMapCanvas *canvas, const QgsProject &saved,
                                   const QString &projectPath )
{
  QStringList restored;
  QgsLayerTreeGroup *savedGroup = ProjectLayers::groupOfKind( saved.layerTreeRoot(), kAnalysesGroup );
  if ( !savedGroup )
    return restored;
  auto opened = tryggkarta::ProjectFile::open( projectPath.toStdString(), true );
  if ( !opened )
    return restored;
  tryggkarta::ResultStore store( **opened );
  auto results = store.list();
  if ( !results )
    return restored;
  // Which result each table belongs to: a removed result's tables belong to none.
  QMap<QString, QString> resultOfTable;
  for ( const tryggkarta::StoredResult &result : results.value() )
    for ( const std::string &table : result.tables )
      resultOfTable.insert( QString::fromStdString( table ), QString::fromStdString( result.name ) );
  // The saved layers by table, and the results in their order on the map. Layers read without their data
  // do not all keep their custom properties (rasters do not): the table comes from the source then.
  QStringList names;
  QMap<QString, QgsLayerTreeLayer *> savedNodes;
  for ( QgsLayerTreeLayer *node : savedGroup->findLayers() )
  {
    QgsMapLayer *layer = node->layer();
    if ( !layer )
      continue;
    QString table = layer->customProperty( ProjectLayers::sTableProperty ).toString();
    if ( table.isEmpty() )
    {
      const QString source = layer->source();
      const int layerName = source.indexOf( QLatin1String( "|layername=" ) );
      if ( layerName >= 0 )
        table = source.mid( layerName + 11 ).section( QLatin1Char( '|' ), 0, 0 );
      else if ( source.startsWith( QLatin1String( "GPKG:" ), Qt::CaseInsensitive ) )
        table = source.section( QLatin1Char( ':' ), -1 );
    }
    const QString name = resultOfTable.value( table );
    if ( name.isEmpty() )
      continue; // removed from the file since the map was saved
    if ( !names.contains( name ) )
      names << name;
    savedNodes.insert( table, node );
  }
  QgsReadWriteContext context;
  context.setPathResolver( saved.pathResolver() );
  // Bottom first, each on top of the group, so the saved order comes back.
  for ( auto it = names.crbegin(); it != names.crend(); ++it )
  {
    auto result = store.find( it->toStdString() );
    if ( !result )
      continue;
    const QList<QgsMapLayer *> layers = addToMap( project, canvas, projectPath, result.value() );
    for ( QgsMapLayer *layer : layers )
    {
      QgsLayerTreeLayer *savedNode =
        savedNodes.value( layer->customProperty( ProjectLayers::sTableProperty ).toString() );
      if ( !savedNode || !savedNode->layer() )
        continue;
      QgsMapLayer *savedLayer = savedNode->layer();
      // The saved layer was read without its data: its full definition (with the style) is kept as XML.
      QDomDocument document;
      QString problem;
      if ( !savedLayer->originalXmlProperties().isEmpty() &&
           document.setContent( savedLayer->originalXmlProperties() ) )
        layer->readSymbology( document.documentElement(), problem, context );
      else
      {
        QgsMapLayerStyle style;
        style.readFromLayer( savedLayer );
        style.writeToLayer( layer );
      }
      layer->setName( savedLayer->name() );
      if ( QgsLayerTreeLayer *node = project->layerTreeRoot()->findLayer( layer ) )
      {
        node->setItemVisibilityChecked( savedNode->itemVisibilityChecked() );
        node->setExpanded( savedNode->isExpanded() );
      }
    }
    // A result's own group: checked and open as it was.
    if ( layers.size() > 1 )
    {
      QgsLayerTreeLayer *savedNode =
        savedNodes.value( layers.first()->customProperty( ProjectLayers::sTableProperty ).toString() );
      QgsLayerTreeNode *node = project->layerTreeRoot()->findLayer( layers.first() );
      if ( savedNode && node && QgsLayerTree::isGroup( savedNode->parent() ) &&
           QgsLayerTree::isGroup( node->parent() ) && savedNode->parent() != savedGroup )
      {
        node->parent()->setItemVisibilityChecked( savedNode->parent()->itemVisibilityChecked() );
        node->parent()->setExpanded( savedNode->parent()->isExpanded() );
      }
    }
    if ( !layers.isEmpty() )
      restored.prepend( *it );
  }
  if ( QgsLayerTreeGroup *analyses = group( project, false ) )
  {
    analyses->setItemVisibilityChecked( savedGroup->itemVisibilityChecked() );
    analyses->setExpanded( savedGroup->isExpanded() );
  }
  return restored;
}

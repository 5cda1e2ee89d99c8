#include "projectlayers.h"

#include "coremessages.h"
#include "layerstyles.h"
#include "vocabulary.h"

#include <qgscoordinatereferencesystem.h>
#include <qgscoordinatetransform.h>
#include <qgseditorwidgetsetup.h>
#include <qgslayertree.h>
#include <qgslayertreegroup.h>
#include <qgslayertreelayer.h>
#include <qgsproject.h>
#include <qgsrectangle.h>
#include <qgsvectorlayer.h>

#include <QFileInfo>

#include <algorithm>
#include <exception>

const QString ProjectLayers::sTableProperty = QStringLiteral( "tryggkarta/table" );
const QString ProjectLayers::sGroupProperty = QStringLiteral( "tryggkarta/group" );

QStringList ProjectLayers::situationTables()
{
  return { QStringLiteral( "incidents" ), QStringLiteral( "observations" ), QStringLiteral( "safety_walks" ),
           QStringLiteral( "areas" ) };
}

QStringList ProjectLayers::baseMapTables()
{
  return { QStringLiteral( "map_pois" ),   QStringLiteral( "map_boundary" ),  QStringLiteral( "map_railway" ),
           QStringLiteral( "map_roads" ),  QStringLiteral( "map_buildings" ), QStringLiteral( "map_water" ),
           QStringLiteral( "map_landuse" ) };
}

QString ProjectLayers::displayName( const QString &table )
{
  if ( table == QLatin1String( "incidents" ) )
    return tr( "Incidents" );
  if ( table == QLatin1String( "observations" ) )
    return tr( "Safety-walk observations" );
  if ( table == QLatin1String( "safety_walks" ) )
    return tr( "Safety walks" );
  if ( table == QLatin1String( "areas" ) )
    return tr( "Areas" );
  if ( table == QLatin1String( "map_pois" ) )
    return tr( "Places" );
  if ( table == QLatin1String( "map_boundary" ) )
    return tr( "Municipal boundary" );
  if ( table == QLatin1String( "map_railway" ) )
    return tr( "Railway" );
  if ( table == QLatin1String( "map_roads" ) )
    return tr( "Roads and streets" );
  if ( table == QLatin1String( "map_buildings" ) )
    return tr( "Buildings" );
  if ( table == QLatin1String( "map_water" ) )
    return tr( "Water" );
  if ( table == QLatin1String( "map_landuse" ) )
    return tr( "Land use" );
  return table;
}

void ProjectLayers::applyValueLabels( QgsVectorLayer *layer, const QString &table, const ProjectInfo &info,
                                      bool englishLabels )
{
  auto setValueMap = [layer]( const QString &field, const QList<QPair<QString, QString>> &codes )
  {
    const int index = layer->fields().indexOf( field );
    if ( index < 0 || codes.isEmpty() )
      return;
    // QGIS's value map: a list of one-entry maps, label -> stored value, in display order.
    QVariantList map;
    for ( const auto &[code, label] : codes )
      map << QVariantMap{ { label, code } };
    layer->setEditorWidgetSetup(
      index,
      QgsEditorWidgetSetup( QStringLiteral( "ValueMap" ), QVariantMap{ { QStringLiteral( "map" ), map } } ) );
  };
  auto labelled = [englishLabels]( const QList<CodeLabel> &codes )
  {
    QList<QPair<QString, QString>> result;
    for ( const CodeLabel &code : codes )
      result << qMakePair( code.code,
                           englishLabels && !code.labelEn.isEmpty() ? code.labelEn : code.labelSv );
    return result;
  };

  if ( table == QLatin1String( "incidents" ) )
  {
    QList<CodeLabel> categories;
    for ( const tryggkarta::Category &category : info.categories )
      categories << CodeLabel{ QString::fromStdString( category.code ),
                               QString::fromStdString( category.labelSv ),
                               QString::fromStdString( category.labelEn ) };
    setValueMap( QStringLiteral( "category" ), labelled( categories ) );
    setValueMap( QStringLiteral( "place_type" ), labelled( info.placeTypes ) );
    // The schema's fixed codes (CHECK constraints), so their labels are the app's.
    setValueMap( QStringLiteral( "source" ), { { QStringLiteral( "est" ), tr( "EST report" ) },
                                               { QStringLiteral( "police" ), tr( "Police" ) },
                                               { QStringLiteral( "safety_walk" ), tr( "Safety walk" ) },
                                               { QStringLiteral( "manual" ), tr( "Entered by hand" ) } } );
    setValueMap( QStringLiteral( "place_precision" ),
                 { { QStringLiteral( "exact" ), tr( "Exact" ) },
                   { QStringLiteral( "address" ), tr( "Address" ) },
                   { QStringLiteral( "street" ), tr( "Street or place" ) },
                   { QStringLiteral( "area" ), tr( "Only an area" ) },
                   { QStringLiteral( "municipality" ), tr( "Only the municipality" ) },
                   { QStringLiteral( "county" ), tr( "Only the county" ) } } );
  }
  else if ( table == QLatin1String( "observations" ) )
    setValueMap( QStringLiteral( "checklist_item" ), labelled( info.checklistItems ) );
  else if ( table == QLatin1String( "safety_walks" ) )
  {
    setValueMap( QStringLiteral( "status" ), { { QStringLiteral( "planned" ), tr( "Planned" ) },
                                               { QStringLiteral( "done" ), tr( "Done" ) },
                                               { QStringLiteral( "followed_up" ), tr( "Followed up" ) },
                                               { QStringLiteral( "cancelled" ), tr( "Cancelled" ) } } );
    setValueMap( QStringLiteral( "light_condition" ), { { QStringLiteral( "daylight" ), tr( "Daylight" ) },
                                                        { QStringLiteral( "dusk" ), tr( "Dusk" ) },
                                                        { QStringLiteral( "dark" ), tr( "Dark" ) } } );
  }
  else if ( table == QLatin1String( "areas" ) )
    setValueMap( QStringLiteral( "kind" ), { { QStringLiteral( "est_area" ), tr( "EST area" ) },
                                             { QStringLiteral( "district" ), tr( "District" ) },
                                             { QStringLiteral( "custom" ), tr( "Own area" ) } } );
}

QString ProjectLayers::fieldAlias( const QString &field )
{
  static const QMap<QString, const char *> sAliases = {
    { QStringLiteral( "occurred_from" ), QT_TR_NOOP( "Occurred from" ) },
    { QStringLiteral( "occurred_until" ), QT_TR_NOOP( "Occurred until" ) },
    { QStringLiteral( "category" ), QT_TR_NOOP( "Category" ) },
    { QStringLiteral( "organisation" ), QT_TR_NOOP( "Reporting organisation" ) },
    { QStringLiteral( "place_type" ), QT_TR_NOOP( "Place type" ) },
    { QStringLiteral( "weight" ), QT_TR_NOOP( "Count or severity" ) },
    { QStringLiteral( "description" ), QT_TR_NOOP( "Description" ) },
    { QStringLiteral( "screening_flags" ), QT_TR_NOOP( "Personal data found" ) },
    { QStringLiteral( "source" ), QT_TR_NOOP( "Source" ) },
    { QStringLiteral( "batch_id" ), QT_TR_NOOP( "Import batch" ) },
    { QStringLiteral( "source_row" ), QT_TR_NOOP( "Row in imported file" ) },
    { QStringLiteral( "extra_attributes" ), QT_TR_NOOP( "Other attributes" ) },
    { QStringLiteral( "created_at" ), QT_TR_NOOP( "Created" ) },
    { QStringLiteral( "updated_at" ), QT_TR_NOOP( "Changed" ) },
    { QStringLiteral( "walk_id" ), QT_TR_NOOP( "Safety walk" ) },
    { QStringLiteral( "checklist_item" ), QT_TR_NOOP( "Checklist theme" ) },
    { QStringLiteral( "rating" ), QT_TR_NOOP( "Rating (0–3)" ) },
    { QStringLiteral( "positive" ), QT_TR_NOOP( "Positive" ) },
    { QStringLiteral( "note" ), QT_TR_NOOP( "Note" ) },
    { QStringLiteral( "photos" ), QT_TR_NOOP( "Photos" ) },
    { QStringLiteral( "proposed_action" ), QT_TR_NOOP( "Proposed action" ) },
    { QStringLiteral( "observed_at" ), QT_TR_NOOP( "Observed" ) },
    { QStringLiteral( "name" ), QT_TR_NOOP( "Name" ) },
    { QStringLiteral( "walk_date" ), QT_TR_NOOP( "Date" ) },
    { QStringLiteral( "light_condition" ), QT_TR_NOOP( "Light" ) },
    { QStringLiteral( "area_id" ), QT_TR_NOOP( "Area" ) },
    { QStringLiteral( "organiser" ), QT_TR_NOOP( "Organiser" ) },
    { QStringLiteral( "participants" ), QT_TR_NOOP( "Participants" ) },
    { QStringLiteral( "status" ), QT_TR_NOOP( "Status" ) },
    { QStringLiteral( "kind" ), QT_TR_NOOP( "Kind" ) },
    { QStringLiteral( "code" ), QT_TR_NOOP( "Code" ) },
    { QStringLiteral( "place_precision" ), QT_TR_NOOP( "Place precision" ) },
    { QStringLiteral( "source_event_id" ), QT_TR_NOOP( "Event id in its source" ) },
    { QStringLiteral( "place_precision_given" ), QT_TR_NOOP( "Precision given (by the file or by hand)" ) },
  };
  const auto it = sAliases.constFind( field );
  return it == sAliases.constEnd() ? QString() : tr( it.value() );
}

tryggkarta::Expected<ProjectInfo> ProjectLayers::readProjectInfo( const QString &path )
{
  auto opened = tryggkarta::ProjectFile::open( path.toStdString() );
  if ( !opened )
    return tryggkarta::Error{ opened.error() };
  tryggkarta::ProjectFile &file = **opened;
  ProjectInfo info;
  info.path = QFileInfo( path ).absoluteFilePath();
  info.migrationBackupPath = QString::fromStdString( file.migrationBackupPath() );
  if ( const auto &note = file.recoveryNote() )
    info.recoveryNote = CoreMessages::text( *note );
  info.srsId = file.projectSrsId();
  try
  {
    auto vocabulary = tryggkarta::readVocabulary( file.db() );
    if ( !vocabulary )
      return tryggkarta::Error{ vocabulary.error() };
    info.categories = vocabulary->categories;
    auto codes = []( const std::vector<tryggkarta::VocabularyEntry> &entries )
    {
      QList<CodeLabel> list;
      for ( const tryggkarta::VocabularyEntry &entry : entries )
        list << CodeLabel{ QString::fromStdString( entry.code ), QString::fromStdString( entry.labelSv ),
                           QString::fromStdString( entry.labelEn ) };
      return list;
    };
    info.placeTypes = codes( vocabulary->placeTypes );
    info.checklistItems = codes( vocabulary->checklistItems );
    info.categoryGroups = codes( vocabulary->groups );
    for ( const std::string &name : vocabulary->organisations )
      info.organisations << QString::fromStdString( name );
    // In the order the filter list keeps when organisations are added (Å, Ä, Ö last, as Swedes expect).
    std::sort( info.organisations.begin(), info.organisations.end(),
               []( const QString &a, const QString &b ) { return QString::localeAwareCompare( a, b ) < 0; } );
    for ( const std::string &table : file.featureTables() )
      info.featureTables << QString::fromStdString( table );
    info.syntheticData = file.holdsSyntheticData();
  }
  catch ( const std::exception &e )
  {
    return tryggkarta::Error( tryggkarta::MessageCode::ProjectFileReadFailed, path.toStdString(), e.what() );
  }
  return info;
}

LoadResult ProjectLayers::load( QgsProject *project, const ProjectInfo &info, bool englishLabels )
{
  LoadResult result;
  project->removeAllMapLayers();
  project->layerTreeRoot()->removeAllChildren();
  // The ellipsoid follows the CRS (GRS 1980 for SWEREF 99): measurements are distances on the ground.
  project->setCrs( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:%1" ).arg( info.srsId ) ), true );
  project->setTitle( QFileInfo( info.path ).completeBaseName() );

  QgsVectorLayer::LayerOptions options( project->transformContext() );
  // Our styles come from code and the project's tables; a style stored in the file must not override them.
  options.loadDefaultStyle = false;

  auto addLayer = [&]( QgsLayerTreeGroup *group, const QString &table ) -> QgsVectorLayer *
  {
    auto *layer = new QgsVectorLayer( info.path + QStringLiteral( "|layername=" ) + table,
                                      displayName( table ), QStringLiteral( "ogr" ), options );
    if ( !layer->isValid() )
    {
      result.warnings << tr( "The layer %1 (%2) could not be loaded." ).arg( displayName( table ), table );
      delete layer;
      return nullptr;
    }
    layer->setCustomProperty( sTableProperty, table );
    const QgsFields fields = layer->fields();
    for ( int i = 0; i < fields.count(); ++i )
    {
      const QString alias = fieldAlias( fields.at( i ).name() );
      if ( !alias.isEmpty() )
        layer->setFieldAlias( i, alias );
    }
    project->addMapLayer( layer, false );
    QgsLayerTreeLayer *node = group->addLayer( layer );
    node->setExpanded( false );
    return layer;
  };

  QgsLayerTreeGroup *situation = project->layerTreeRoot()->addGroup( tr( "Situational picture" ) );
  situation->setCustomProperty( sGroupProperty, QStringLiteral( "situation" ) );
  for ( const QString &table : situationTables() )
  {
    if ( !info.featureTables.contains( table ) )
    {
      result.error =
        tr( "%1 has no table %2: it is not a complete Tryggkarta project." ).arg( info.path, table );
      return result;
    }
    QgsVectorLayer *layer = addLayer( situation, table );
    if ( !layer )
    {
      result.error =
        tr( "The layer %1 in %2 could not be loaded by QGIS." ).arg( displayName( table ), info.path );
      return result;
    }
    applyValueLabels( layer, table, info, englishLabels );
    if ( table == QLatin1String( "incidents" ) )
    {
      LayerStyles::applyIncidentStyle( layer, info.categories, englishLabels );
      // The categories are the key to the map: show them open.
      project->layerTreeRoot()->findLayer( layer )->setExpanded( true );
    }
    else if ( table == QLatin1String( "observations" ) )
    {
      LayerStyles::applyObservationStyle( layer );
      // Three classes (negative, positive, not stated): the legend says which mark is which.
      project->layerTreeRoot()->findLayer( layer )->setExpanded( true );
    }
    else if ( table == QLatin1String( "safety_walks" ) )
      LayerStyles::applySafetyWalkStyle( layer );
    else if ( table == QLatin1String( "areas" ) )
      LayerStyles::applyAreaStyle( layer );
  }

  // Base-map tables we know, in drawing order, then any other map_* table just above land use.
  QStringList baseTables;
  for ( const QString &table : baseMapTables() )
    if ( info.featureTables.contains( table ) )
      baseTables << table;
  for ( const QString &table : info.featureTables )
    if ( table.startsWith( QLatin1String( "map_" ) ) && !baseTables.contains( table ) )
      baseTables.insert( baseTables.contains( QStringLiteral( "map_landuse" ) ) ? baseTables.size() - 1
                                                                                : baseTables.size(),
                         table );
  if ( !baseTables.isEmpty() )
  {
    QgsLayerTreeGroup *base = project->layerTreeRoot()->addGroup( tr( "Base map" ) );
    base->setCustomProperty( sGroupProperty, QStringLiteral( "basemap" ) );
    base->setExpanded( false );
    for ( const QString &table : std::as_const( baseTables ) )
      LayerStyles::applyBaseMapStyle( addLayer( base, table ), table );
  }
  return result;
}

QgsLayerTreeGroup *ProjectLayers::groupOfKind( QgsLayerTreeGroup *root, const QString &kind )
{
  for ( QgsLayerTreeNode *child : root->children() )
    if ( QgsLayerTree::isGroup( child ) && child->customProperty( sGroupProperty ).toString() == kind )
      return QgsLayerTree::toGroup( child );
  return nullptr;
}

QgsVectorLayer *ProjectLayers::layerForTable( const QgsProject *project, const QString &table )
{
  const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
  for ( QgsMapLayer *layer : layers )
    if ( layer->customProperty( sTableProperty ).toString() == table )
      return qobject_cast<QgsVectorLayer *>( layer );
  return nullptr;
}

QgsRectangle ProjectLayers::initialExtent( const QgsProject *project )
{
  auto extentOf = [project]( QgsMapLayer *layer )
  {
    if ( !layer || layer->extent().isNull() || !layer->extent().isFinite() )
      return QgsRectangle();
    try
    {
      QgsCoordinateTransform transform( layer->crs(), project->crs(), project->transformContext() );
      return transform.transformBoundingBox( layer->extent() );
    }
    catch ( const QgsCsException & )
    {
      return QgsRectangle();
    }
  };

  QgsRectangle extent = extentOf( layerForTable( project, QStringLiteral( "map_boundary" ) ) );
  if ( extent.isNull() )
  {
    const QMap<QString, QgsMapLayer *> layers = project->mapLayers();
    for ( QgsMapLayer *layer : layers )
    {
      const QgsRectangle layerExtent = extentOf( layer );
      if ( layerExtent.isNull() )
        continue;
      if ( extent.isNull() )
        extent = layerExtent;
      else
        extent.combineExtentWith( layerExtent );
    }
  }
  if ( !extent.isNull() )
  {
    // One incident has no extent: show the neighbourhood around it (map units, metres in SWEREF 99).
    if ( extent.width() <= 0 || extent.height() <= 0 )
      extent.grow( 500 );
    else
      extent.scale( 1.06 );
    return extent;
  }

  // Nothing to show yet (a new project): Sweden, in SWEREF 99 TM.
  const QgsRectangle sweden( 250000, 6120000, 930000, 7700000 );
  try
  {
    QgsCoordinateTransform transform( QgsCoordinateReferenceSystem( QStringLiteral( "EPSG:3006" ) ),
                                      project->crs(), project->transformContext() );
    return transform.transformBoundingBox( sweden );
  }
  catch ( const QgsCsException & )
  {
    return sweden;
  }
}

#pragma once
// Loads a Tryggkarta project file into a QgsProject: its tables as styled layers in the groups
// Lägesbild (situational picture) and Baskarta (base map).

#include "expected.h"
#include "projectfile.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <vector>

class QgsLayerTreeGroup;
class QgsProject;
class QgsRectangle;
class QgsVectorLayer;

//! A coded value of the project's lookup tables with its labels.
struct CodeLabel
{
  QString code;
  QString labelSv;
  QString labelEn;
};

//! What the map needs to know about a project file, read once when it is opened.
struct ProjectInfo
{
  QString path;
  //! Feature tables listed in the GeoPackage (gpkg_contents).
  QStringList featureTables;
  std::vector<tryggkarta::Category> categories;
  //! The groups of the categories, in display order.
  QList<CodeLabel> categoryGroups;
  //! The organisations that have reported, in the order Swedes sort them (Å, Ä, Ö last).
  QStringList organisations;
  //! Place types (incidents.place_type) and checklist themes (observations.checklist_item).
  QList<CodeLabel> placeTypes;
  QList<CodeLabel> checklistItems;
  //! The project holds generated example data (tryggkarta_meta key synthetic_data).
  bool syntheticData = false;
  //! Set when opening migrated an older file: where the untouched copy was saved.
  QString migrationBackupPath;
  //! Set when opening rolled back a change that was interrupted: the core's note (where the copy is), in the
  //! interface's language.
  QString recoveryNote;
  int srsId = 3006;
};

//! The result of loading layers: an error stops the project from opening, warnings do not.
struct LoadResult
{
  QString error;
  QStringList warnings;
};

class ProjectLayers
{
  Q_DECLARE_TR_FUNCTIONS( ProjectLayers )

public:
  //! The custom property on each layer holding its table name.
  static const QString sTableProperty;
  //! The custom property on the layer tree's groups saying which they are: situation, analyses, basemap.
  static const QString sGroupProperty;

  /**
   * Validates the file with the core (which migrates an older schema, keeping a backup) and reads what the
   * map needs. The error is the core's message, for the user.
   */
  static tryggkarta::Expected<ProjectInfo> readProjectInfo( const QString &path );

  //! Replaces the project's layers with the file's tables, styled, grouped and in drawing order.
  static LoadResult load( QgsProject *project, const ProjectInfo &info, bool englishLabels );

  //! The layer loaded for a table, or nullptr.
  static QgsVectorLayer *layerForTable( const QgsProject *project, const QString &table );

  //! The extent to open the map on, in the project CRS: the municipality, else all data, else Sweden.
  static QgsRectangle initialExtent( const QgsProject *project );

  //! The layer tree group of a kind ("situation", "analyses", "basemap", "user_layers"), or nullptr.
  static QgsLayerTreeGroup *groupOfKind( QgsLayerTreeGroup *root, const QString &kind );
  //! The name users see for a table.
  static QString displayName( const QString &table );

  /**
   * Sets value maps on coded fields (category, place type, source, status, ...) so that QGIS shows their
   * labels instead of the codes stored in the file.
   */
  static void applyValueLabels( QgsVectorLayer *layer, const QString &table, const ProjectInfo &info,
                                bool englishLabels );

  //! The name users see for a field of the project's tables ("occurred_from", "kind", ...); empty if none.
  static QString fieldAlias( const QString &field );

  //! Situational-picture tables, top to bottom.
  static QStringList situationTables();

  //! Base-map tables, top to bottom.
  static QStringList baseMapTables();
};

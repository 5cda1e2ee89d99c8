#pragma once
// Stored analysis results as styled layers in the layer tree's group "Analyses" (between the situational
// picture and the base map), and their return after a saved project is opened again.

#include "results.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QgsLayerTreeGroup;
class QgsMapCanvas;
class QgsMapLayer;
class QgsProject;

class ResultLayers
{
  Q_DECLARE_TR_FUNCTIONS( ResultLayers )

public:
  //! The custom property on each layer of a result holding the result's name.
  static const QString sResultProperty;

  //! The group of analysis results, or nullptr; with create, made below the situational picture if missing.
  static QgsLayerTreeGroup *group( QgsProject *project, bool create );

  /**
   * The layers of a stored result, styled and named, not yet in a project: a heatmap raster; hot-spot cells
   * or areas; cluster outlines and the clustered incidents; compared areas and cells. The main layer comes
   * first. Layers QGIS cannot open are left out, with the reason in error.
   */
  static QList<QgsMapLayer *> createLayers( const QString &projectPath,
                                            const tryggkarta::StoredResult &result,
                                            QString *error = nullptr );

  /**
   * Shows a stored result: its layers go on top of the group "Analyses" (the main layer above the others).
   * Layers it already had on the map are replaced. Returns the layers added (none when QGIS cannot open
   * them; then error says why).
   */
  static QList<QgsMapLayer *> addToMap( QgsProject *project, QgsMapCanvas *canvas, const QString &projectPath,
                                        const tryggkarta::StoredResult &result, QString *error = nullptr );

  //! The layers of the result of that name on the map.
  static QList<QgsMapLayer *> layersOf( const QgsProject *project, const QString &name );

  //! Takes the result's layers off the map (after stopping a render that may be reading them).
  static void removeFromMap( QgsProject *project, QgsMapCanvas *canvas, const QString &name );

  //! The names of the results on the map, top first.
  static QStringList shownResults( const QgsProject *project );

  /**
   * After a project is opened: puts back the results that were on the map when it was saved (saved is the
   * stored QGIS project, read without resolving its layers), with their saved styles, names, order and
   * visibility. Results removed from the file since are skipped. Returns the names put back.
   */
  static QStringList restore( QgsProject *project, QgsMapCanvas *canvas, const QgsProject &saved,
                              const QString &projectPath );
};

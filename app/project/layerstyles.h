#pragma once
// The look of a Tryggkarta map: a calm municipal base map under a situational picture (lägesbild) that stands
// out.

#include "projectfile.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QgsCategorizedSymbolRenderer;
class QgsRasterLayer;
class QgsVectorLayer;

/**
 * Styles the layers of a project by their table: base-map tables (map_water, map_roads, ...) in muted
 * colours, project tables (incidents, observations, safety_walks, areas) in strong ones. Colours of incident
 * categories come from the project's categories table, never from code.
 */
class LayerStyles
{
  Q_DECLARE_TR_FUNCTIONS( LayerStyles )

public:
  //! Styles a base-map layer by its table name; a table we do not know keeps QGIS's default style.
  static void applyBaseMapStyle( QgsVectorLayer *layer, const QString &table );

  //! Incidents: one symbol per project category in its colour, hidden categories switched off.
  static void applyIncidentStyle( QgsVectorLayer *layer, const std::vector<tryggkarta::Category> &categories,
                                  bool englishLabels );

  //! Safety-walk observations: green for positive, red for negative, grey when not stated.
  static void applyObservationStyle( QgsVectorLayer *layer );
  //! The positive places (good places found on safety walks): green stars, larger than the observations'
  //! marks, so the layer of its own reads apart from them.
  static void applyPositivePlacesStyle( QgsVectorLayer *layer );

  //! Safety-walk routes: one strong colour per walk, so routes can be told apart.
  static void applySafetyWalkStyle( QgsVectorLayer *layer );

  //! Areas (EST areas, districts): outlines with their names.
  static void applyAreaStyle( QgsVectorLayer *layer );

  /**
   * A layer the user added from a file: a clear colour (the index-th of a few, so layers added one after
   * another differ), polygons see-through with a strong outline so they never hide the map under them.
   */
  static void applyUserLayerStyle( QgsVectorLayer *layer, int index );

  //! The categorized renderer on incidents.category; the caller owns it.
  static QgsCategorizedSymbolRenderer *
  createIncidentRenderer( const std::vector<tryggkarta::Category> &categories, bool englishLabels );

  //! The map background: a light paper tone that lets the base map's fills stay pale.
  static QColor mapBackgroundColor();

  /**
   * A stored heatmap: transparent near zero, then yellow, orange, red to dark red at a round maximum at or
   * above the peak, with legend entries in the units (the layer name says which).
   */
  static void applyDensityStyle( QgsRasterLayer *layer, double peak );
  //! A raster's legend as the labelled steps of its colour ramp, without the band's technical name.
  static void useStepLegend( QgsRasterLayer *layer );

  //! A round number at or above value (1, 2, 2.5, 5 × 10^n), so scales and legends read well.
  static double niceCeiling( double value );

  //! Gi* cells or areas by their class after the FDR correction (bin_fdr): hot spots in reds, cold spots in
  //! blues, the rest outlined only.
  static void applyHotSpotStyle( QgsVectorLayer *layer );

  //! Cluster outlines (filled lightly) labelled with their number of incidents.
  static void applyClusterStyle( QgsVectorLayer *layer );

  //! The incidents in clusters.
  static void applyClusterEventStyle( QgsVectorLayer *layer );

  /**
   * A period comparison by direction and significance: significant increases and decreases (after the FDR
   * correction) in strong red and blue with a bold outline, changes within chance pale. Areas are labelled
   * with their name and counts; cells are not.
   */
  static void applyComparisonStyle( QgsVectorLayer *layer, bool areas );
};

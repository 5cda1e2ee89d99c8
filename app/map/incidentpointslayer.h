#pragma once
// The incident points on the map, drawn from memory instead of from the GeoPackage.
//
// QGIS draws a vector layer by reading every feature in view from its provider, symbol by symbol: with a
// million incidents that is seconds per frame, and the time filter (text timestamps in SQL) makes it worse.
// This layer draws the same points with the same symbols from columns already in memory (what the filter
// selected), in QGIS's render threads and cancellably. Where more points fall in view than the screen can
// show apart, only the topmost point of each small screen cell is drawn (the cell's count is kept): the
// picture is the same, the work is bounded by pixels, not by incidents.
//
// The GeoPackage layer stays what the project, the layer tree, the legend, identify, selection, editing and
// QGIS Desktop know: this layer is drawn *instead of* it wherever the app draws a map (the canvas and its
// prints), and takes its symbols, the categories ticked in its legend and its selection from it at every
// frame. It is never added to the project, so the saved project is the same plain GeoPackage layer as
// before.

#include <qgsfeatureid.h>
#include <qgsmaplayerrenderer.h>
#include <qgspluginlayer.h>
#include <qgsvectorlayer.h>

#include <QPointer>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

//! The points to draw, immutable once made (shared with the render threads): in fid order.
struct IncidentPoints
{
  std::vector<double> x, y; //!< the source layer's CRS
  std::vector<int64_t> fid;
  std::vector<uint16_t> category; //!< index into categoryCodes
  std::vector<QString> categoryCodes;
  QgsRectangle extent;

  size_t size() const { return fid.size(); }
  //! Adds a point; category codes get an index on first use.
  void add( int64_t id, double px, double py, const std::string &categoryCode );

private:
  std::string mLastCode;
  uint16_t mLastIndex = 0;
};

//! Tells whoever draws maps that incident point layers came or went.
class IncidentPointsRegistry : public QObject
{
  Q_OBJECT

signals:
  void changed();
};

class IncidentPointsLayer : public QgsPluginLayer
{
  Q_OBJECT

public:
  static const QString LAYER_TYPE;

  //! Draws for source (its CRS, name, symbols, legend state and selection).
  explicit IncidentPointsLayer( QgsVectorLayer *source );
  ~IncidentPointsLayer() override;

  //! The points to draw from now on; asks for a repaint.
  void setPoints( std::shared_ptr<const IncidentPoints> points );
  std::shared_ptr<const IncidentPoints> points() const { return mPoints; }
  QgsVectorLayer *sourceLayer() const { return mSource; }

  /**
   * Above this many points in view, the frame draws one point per screen cell of cellPixels × cellPixels
   * device pixels (the topmost, as drawing all of them would show). For tests and benchmarks.
   */
  static constexpr int directLimit = 20000;
  static constexpr int cellPixels = 2;

  /**
   * Whether this layer draws what QGIS would draw for source: classes by the category field or a single
   * symbol, marker symbols. Otherwise the source is drawn by QGIS itself (drawnInstead keeps it).
   */
  static bool mirrors( const QgsVectorLayer *source );
  //! layers with every GeoPackage layer that has an IncidentPointsLayer (drawing what QGIS would) replaced
  //! by it (order kept).
  static QList<QgsMapLayer *> drawnInstead( const QList<QgsMapLayer *> &layers );
  //! The reverse: every IncidentPointsLayer replaced by its source layer.
  static QList<QgsMapLayer *> sourcesOf( const QList<QgsMapLayer *> &layers );
  //! Emits changed() whenever a layer of this kind comes or goes (the canvas then substitutes anew).
  static IncidentPointsRegistry *registry();

  IncidentPointsLayer *clone() const override;
  QgsMapLayerRenderer *createMapRenderer( QgsRenderContext &rendererContext ) override;
  QgsRectangle extent() const override;
  void setTransformContext( const QgsCoordinateTransformContext &transformContext ) override;
  bool readSymbology( const QDomNode &node, QString &errorMessage, QgsReadWriteContext &context,
                      StyleCategories categories = AllStyleCategories ) override;
  bool writeSymbology( QDomNode &node, QDomDocument &doc, QString &errorMessage,
                       const QgsReadWriteContext &context,
                       StyleCategories categories = AllStyleCategories ) const override;

private:
  //! Opacity, blending and scale range as the source's.
  void followSourceStyle();

  QPointer<QgsVectorLayer> mSource;
  std::shared_ptr<const IncidentPoints> mPoints;
};

//! What a frame of IncidentPointsLayer drew (for tests and benchmarks): points in view, symbols drawn.
struct IncidentPointsFrame
{
  size_t inView = 0;
  size_t drawn = 0;
  bool aggregated = false;
  uint32_t densestCell = 0; //!< when aggregated: the most points in one cell
};
//! The last frame drawn by any IncidentPointsLayer (thread-safe).
IncidentPointsFrame lastIncidentPointsFrame();

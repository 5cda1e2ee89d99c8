#pragma once
// The analyses as the desktop app and tryggkarta-cli run them on a selection of the project's incidents:
// settings with their defaults, the incidents, the computation, what is stored (a raster or tables, with the
// selection and parameters that made them), the default name and the summary line. Both front ends call
// these, so a result made in one reads the same in the other.

#include "analysislayers.h"
#include "areas.h"
#include "clustering.h"
#include "expected.h"
#include "hotspots.h"
#include "kerneldensity.h"
#include "progress.h"
#include "results.h"
#include "selection.h"
#include "temporal.h"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

// ---------------------------------------------------------------------------------------------------------
// Shared
// ---------------------------------------------------------------------------------------------------------

//! A table an analysis made: stored in the project with a suffix ("" for the main table), written to a file
//! as a layer of its own name.
struct OutputTable
{
  std::string suffix;
  std::string fileLayerName;
  ResultTable table;
};

//! What an analysis made, ready to store or write: a raster or tables, with its provenance.
struct AnalysisOutput
{
  ResultProvenance provenance;
  std::optional<DensityRaster> raster;
  std::vector<OutputTable> tables;
  //! Reasons to read the result with care (few events, ...), for the user.
  std::vector<Message> notes;
};

//! Stores an output in the project under a name, in one transaction (see ResultStore): a failure or a
//! progress callback that returns false leaves the project as it was.
Expected<StoredResult> storeOutput( ResultStore &store, const std::string &name, const AnalysisOutput &output,
                                    bool replace, const ProgressCallback &progress = {} );

/**
 * The default name of a result: the method and the selection's period, with the filtered word in
 * parentheses when the selection narrows more than the period: "kde 2025-01-01 – 2025-12-31 (filtered)".
 */
std::string defaultResultName( const std::string &method, const Selection &selection,
                               const std::string &filteredWord = "filtered" );

//! The selected points (incidents and/or observations, by the selection's layer) an analysis works on.
struct AnalysisIncidents
{
  std::vector<SelectedIncident> incidents;
  //! For a spatial analysis, why incidents far outside the project's extent were left out; else nothing.
  std::optional<Message> outsideWarning;
  //! The same for observations (named as observations, so their fids are not taken for incidents').
  std::optional<Message> observationsOutsideWarning;
  //! The incidents left out because their place is not a point (see placeprecision.h): for a spatial
  //! analysis all of the selection's, else those a selection's area left out.
  ImpreciseCounts imprecise;
  //! The warnings there are, incidents' first: outside the extent, then one per imprecise kind.
  std::vector<Message> warnings() const;
};

/**
 * The points of a selection; for a spatial analysis only those whose place is a point (an incident known only
 * by its municipality would make a false hot spot at the municipality's centroid) and inside the project's
 * extent (one imported in the wrong coordinate system would stretch every grid over half the country), with a
 * warning for each kind left out. A non-spatial analysis (counts over time) keeps every incident, except
 * those a selection's area leaves out (an imprecise place is in no area), which it counts.
 */
Expected<AnalysisIncidents> selectAnalysisIncidents( ProjectFile &project, const Selection &selection,
                                                     bool spatial = true );

//! The message for a selection without points (nothing is computed or written then), naming what its layer
//! holds.
Message noIncidentsMessage( const Selection &selection );

//! The area kinds an analysis on areas takes: est_area, district, custom, all.
bool isAreaKind( const std::string &kind );

// ---------------------------------------------------------------------------------------------------------
// Kernel density
// ---------------------------------------------------------------------------------------------------------

//! How to make a heatmap.
struct KernelDensitySettings
{
  std::optional<double> radiusMeters; //!< none: from the data (defaultKernelRadius)
  double cellSizeMeters = 10;
  KernelShape kernel = KernelShape::Quartic;
  DensityOutput output = DensityOutput::EventsPerSquareKm;
  std::optional<std::string> mask; //!< "land" (the municipality without its water) or an area
  bool edgeCorrection = false;
};

//! The kernel of a name: quartic, triweight, epanechnikov, uniform, triangular, gaussian.
std::optional<KernelShape> kernelShapeNamed( const std::string &name );
std::string kernelShapeName( KernelShape kernel );
//! The output of a name: raw, scaled, per-km2.
std::optional<DensityOutput> densityOutputNamed( const std::string &name );
std::string densityOutputName( DensityOutput output );
//! What a cell value means: "raw kernel sum", "events per m²", "events per km² for the period".
std::string densityUnits( DensityOutput output );

//! The radius a heatmap takes from the data: ArcGIS's spatial Silverman rule over the incidents' points.
Expected<double> defaultKernelRadius( const std::vector<SelectedIncident> &incidents );

//! A heatmap made.
struct KernelDensityRun
{
  KernelDensityParameters parameters; //!< as used, the radius resolved (the mask's cells are not kept)
  bool radiusFromData = false;
  std::size_t incidentCount = 0;
  double peak = 0;
  double milliseconds = 0;
  AnalysisOutput output; //!< the raster in output.raster
};

//! The grid a heatmap would fill, without computing it: why the settings cannot work on these incidents
//! (a size that is not positive, a grid over the memory limit with the cell size that would fit), if so.
Expected<AlignedGrid> planKernelDensity( const std::vector<SelectedIncident> &incidents,
                                         const KernelDensitySettings &settings );

//! Makes a heatmap of the incidents (the selection is recorded with it).
Expected<KernelDensityRun> runKernelDensity( ProjectFile &project, const Selection &selection,
                                             const std::vector<SelectedIncident> &incidents,
                                             const KernelDensitySettings &settings,
                                             const ProgressCallback &progress = {} );

// ---------------------------------------------------------------------------------------------------------
// Hot spots (Getis-Ord Gi*)
// ---------------------------------------------------------------------------------------------------------

//! How to find hot spots.
struct HotSpotSettings
{
  double cellSizeMeters = 100;
  //! Grids: neighbours are cells within this band (300 m when not given). Areas: areas whose outlines come
  //! this close (1 m when not given: touching, with slack for digitising).
  std::optional<double> distanceBandMeters;
  std::optional<int> neighbourCount; //!< grids: the k nearest cells instead of a band
  bool hexagons = false;
  std::optional<std::string> areaKind; //!< est_area, district, custom or all: Gi* on the project's areas
  bool allCells = false;               //!< keep empty, non-significant cells in the layer
};

//! Hot spots found.
struct HotSpotRun
{
  std::optional<HotSpotGrid> grid; //!< on a grid
  std::size_t areaCount = 0;       //!< on areas
  std::size_t incidentsInAreas = 0;
  double areaBandMeters = 0;
  std::size_t incidentCount = 0;
  //! Cells or areas per class after the FDR correction: index bin + 3 (0 = cold 99 %, 6 = hot 99 %).
  std::array<std::size_t, 7> classes{};
  std::vector<Message> warnings;
  AnalysisOutput output;
};

//! Why the settings cannot work on these incidents (sizes, a grid over the memory limit), if so.
std::optional<Error> checkHotSpots( const std::vector<SelectedIncident> &incidents,
                                    const HotSpotSettings &settings );

Expected<HotSpotRun> runHotSpots( ProjectFile &project, const Selection &selection,
                                  const std::vector<SelectedIncident> &incidents,
                                  const HotSpotSettings &settings, const ProgressCallback &progress = {} );

// ---------------------------------------------------------------------------------------------------------
// Clusters (DBSCAN, ST-DBSCAN)
// ---------------------------------------------------------------------------------------------------------

//! How to find clusters.
struct ClusterSettings
{
  double epsMeters = 50;
  int minPoints = 10;
  std::optional<double> timeEpsDays; //!< ST-DBSCAN: neighbours also within this many days
  bool concaveHull = false;
  double concavity = 0.3;
};

//! Clusters found.
struct ClusterRun
{
  ClusteringResult clustering;
  std::vector<ClusterDescription> clusters;
  std::size_t incidentCount = 0;
  std::size_t noiseCount = 0;
  std::string method; //!< DBSCAN or ST-DBSCAN
  AnalysisOutput output;
};

Expected<ClusterRun> runClusters( ProjectFile &project, const Selection &selection,
                                  const std::vector<SelectedIncident> &incidents,
                                  const ClusterSettings &settings, const ProgressCallback &progress = {} );

// ---------------------------------------------------------------------------------------------------------
// Comparison of periods
// ---------------------------------------------------------------------------------------------------------

//! How to compare a period with an earlier one.
struct ComparisonSettings
{
  bool againstLastYear = false; //!< the same dates last year; else the period of the same length before
  std::string areaKind = "est_area";
  double cellSizeMeters = 250;
  double alpha = 0.05;
};

//! The incidents of both periods (the selection's period and the earlier one).
struct ComparisonIncidents
{
  Selection earlier; //!< the selection with the earlier period
  AnalysisIncidents now;
  AnalysisIncidents before;
};

//! Selects the incidents of the selection's period and of the earlier one; the selection needs a period.
Expected<ComparisonIncidents> selectComparisonIncidents( ProjectFile &project, const Selection &selection,
                                                         const ComparisonSettings &settings );

//! A comparison made.
struct ComparisonRun
{
  ComparisonParameters parameters;
  std::vector<ProjectArea> areas;
  AreaComparison byArea;
  GridComparison byCell;
  std::size_t increasedCells = 0; //!< cells with a significant increase after FDR
  std::size_t decreasedCells = 0;
  AnalysisOutput output; //!< the areas (main table) and the cells ("cells")
};

Expected<ComparisonRun> runComparison( ProjectFile &project, const Selection &selection,
                                       const ComparisonIncidents &incidents,
                                       const ComparisonSettings &settings,
                                       const ProgressCallback &progress = {} );

} // namespace tryggkarta

#pragma once
// The lägesbild's filter: which incidents the map, the heatmap and the statistics show. It applies the filter
// panel's selection to the incidents held in memory, keeps the incident layer's subset, the live heatmap and
// the statistics following it, and keeps the filter in the saved map state.

#include "incidentstore.h"
#include "mapstateparticipant.h"
#include "projectfile.h"
#include "selection.h"

#include <qgsfeatureid.h>

#include <QFuture>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

class FilterPanel;
class LiveHeatmap;
class ProjectController;
class StatisticsPanel;
class QDockWidget;
class QLabel;
class QMainWindow;
struct ProjectInfo;

class IncidentPointsLayer;
struct IncidentPoints;

class FilterController : public QObject, public MapStateParticipant
{
  Q_OBJECT

public:
  FilterController( ProjectController *projects, QMainWindow *window );
  //! Draws the incident layer's points on the map (nullptr without a project).
  IncidentPointsLayer *pointsLayer() const { return mPointsLayer.get(); }
  ~FilterController() override;

  FilterPanel *panel() const { return mPanel; }
  QDockWidget *panelDock() const { return mPanelDock; }
  StatisticsPanel *statisticsPanel() const { return mStatisticsPanel; }
  QDockWidget *statisticsDock() const { return mStatisticsDock; }
  LiveHeatmap *heatmap() const { return mHeatmap; }
  //! How many incidents the filter selects and the selection in words, for the status bar.
  QLabel *summaryLabel() const { return mSummary; }

  /**
   * The incidents the filter selects now (from memory; the map, heatmap and statistics show these). Only
   * incidents, also when the heatmap counts observations too: their fids are the incident layer's.
   */
  const std::vector<tryggkarta::SelectedIncident> &filteredIncidents() const { return mFiltered; }
  /**
   * The safety-walk observations the filter's period, time and area select (negative ones, weighted), with
   * observations as the layer whatever the panel says, and the checklist items and walks given: what an
   * analysis of observations would take from memory.
   */
  std::vector<tryggkarta::SelectedIncident>
  filteredObservations( const std::vector<std::string> &checklistItems = {} ) const;

  //! From this many incidents, the first heatmap of a project is made on the worker, not before the first
  //! map.
  static constexpr size_t kFirstHeatmapOnWorker = 2000000;
  enum class Apply
  {
    IfChanged, //!< only when the selection differs from the one applied last
    Always,    //!< also for the same selection (the incidents or the colour scale changed)
    Now        //!< always, with the heatmap computed before returning (opening a project: one first render)
  };
  /**
   * Applies the filter panel's selection to the map, the heatmap and the counts. With kFilterOnWorker
   * incidents or more (and not Now), what the filter selects is worked out on a worker thread and shown when
   * it is ready (isApplying() meanwhile), so the window keeps answering.
   */
  void apply( Apply how = Apply::IfChanged );
  //! From this many incidents in memory the filter is worked out on a worker thread.
  static constexpr size_t kFilterOnWorker = 2000000;
  //! For tests: the number of incidents from which the filter runs on a worker (default kFilterOnWorker).
  void setFilterOnWorkerFrom( size_t incidents ) { mFilterOnWorkerFrom = incidents; }
  //! Whether a filter is being worked out on a worker thread.
  bool isApplying() const { return mApplying; }
  //! Waits (the event loop running) until no filter is being worked out; false after the time ran out.
  bool waitUntilApplied( int milliseconds );

  /**
   * Reads the incidents again after they changed: all of them (an import), or only those with these fids
   * (an edit); then the heatmap, the filter's date range and the map follow.
   */
  void refreshIncidents( const QgsFeatureIds *changed = nullptr );
  //! Reads these observations (fids of the observations table) again after an edit; the heatmap follows
  //! when it counts observations.
  void refreshObservations( const QgsFeatureIds &changed );

  /**
   * The subset string that shows a selection's incidents on the map's incident layer: plain SQL on indexed
   * columns when the selection is a period with categories, sources and organisations; the fids of the
   * filtered incidents when it also filters by weekday, hour, area or interval midpoints; empty when every
   * incident is selected. longestIntervalSeconds bounds the start of an interval from below so SQLite can
   * use its index on the start time. With anyImprecise (the project holds incidents whose place is not a
   * point) those are never shown: points only.
   */
  static QString incidentSubsetSql( const tryggkarta::Selection &selection,
                                    const std::vector<tryggkarta::SelectedIncident> &filtered,
                                    size_t incidentCount, int64_t longestIntervalSeconds,
                                    bool anyImprecise = false );
  //! The filter's incidents whose place is not a point: counted, listed, not drawn.
  const tryggkarta::ImpreciseCounts &impreciseIncidents() const { return mImprecise; }

  // MapStateParticipant: the period and the categories are kept with the map.
  void writeMapState( QgsProject *project ) override;
  QStringList readMapState( QgsProject &saved ) override;
  QString mapStateKey() const override;

signals:
  //! The filter was applied: the incidents shown, or nothing when every incident is shown.
  void applied( const std::optional<QgsFeatureIds> &shownIncidents );
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  void setProject( const ProjectInfo &info );
  //! The incidents into the live heatmap's store (read when not given); an error message or an empty string.
  QString loadIncidents( const QString &path, std::optional<tryggkarta::IncidentStore> incidents );
  void clear();
  void onHeatmapUpdated();
  void applyPendingIncidentFilter();
  //! What a selection takes from the incidents in memory: made on the window's thread or a worker.
  struct FilterWork;
  static FilterWork workOut( const tryggkarta::IncidentStore &columns,
                             const std::vector<tryggkarta::SelectedIncident> &outside,
                             const tryggkarta::Selection &selection, bool statistics );
  //! Shows what the filter selected: the counts, the map's points, the statistics, the summary.
  void show( const tryggkarta::Selection &selection, FilterWork &&work, Apply how );
  //! Waits for every filter worker still reading the incidents in memory.
  void finishFilterWork();
  //! Before the incidents in memory change: waits for the workers and drops what they worked out.
  void stopFilterWork();

  ProjectController *mProjects = nullptr;
  QMainWindow *mWindow = nullptr;
  FilterPanel *mPanel = nullptr;
  QDockWidget *mPanelDock = nullptr;
  StatisticsPanel *mStatisticsPanel = nullptr;
  QDockWidget *mStatisticsDock = nullptr;
  LiveHeatmap *mHeatmap = nullptr;
  QLabel *mSummary = nullptr;
  std::vector<tryggkarta::Category> mCategories;
  std::map<std::string, std::string> mGroupLabels;
  std::vector<tryggkarta::SelectedIncident> mFiltered;
  tryggkarta::ImpreciseCounts mImprecise;
  //! The subset for the incident layer, set together with the next heatmap so the canvas redraws once.
  QString mPendingIncidentFilter;
  //! The points the incident layer draws from memory (see IncidentPointsLayer), set with the subset.
  std::shared_ptr<const IncidentPoints> mPendingPoints;
  //! Draws the incident layer's points from memory; made for the open project's incident layer.
  std::unique_ptr<IncidentPointsLayer> mPointsLayer;
  bool mHasPendingIncidentFilter = false;
  size_t mFilterOnWorkerFrom = kFilterOnWorker;
  bool mApplying = false;
  int mFilterGeneration = 0;         //!< a worker's result of an older number is thrown away
  QList<QFuture<void>> mFilterWorks; //!< workers that may still read the incidents in memory
  //! The selection applied last (JSON), to skip a repeat of it.
  std::string mAppliedSelection;
  //! The filter changed while the statistics panel was hidden.
  bool mStatisticsStale = false;
  //! Whether the project was dirty before the live heatmap replaced its layer's data (which is no user
  //! change).
  bool mDirtyBeforeHeatmap = false;
  //! Set while a project's saved state is being restored: the statistics wait for the first apply.
  bool mLoading = false;
};

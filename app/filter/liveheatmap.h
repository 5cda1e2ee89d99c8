#pragma once
// The live heatmap: all incidents of the project (and the safety-walk observations that take part in
// analyses) held in memory, filtered and turned into a kernel density raster by the core engine on a worker
// thread whenever the filter changes, shown as a raster layer. The canvas never waits for it; the newest
// request wins.

#include "areas.h"
#include "incidentstore.h"
#include "kerneldensity.h"
#include "selection.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTemporaryDir>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include <qgsrasterlayer.h>

class LiveHeatmap : public QObject
{
  Q_OBJECT

public:
  explicit LiveHeatmap( QObject *parent = nullptr );
  ~LiveHeatmap() override;

  /**
   * Takes the incidents of a project file (its incident store, read by the caller: see storeloading.h), reads
   * its observations and areas, and sets the heatmap's fixed grid (aligned, at most about 1000 cells a side)
   * and radius (the spatial Silverman rule over all incidents), so every period is drawn on the same cells
   * with the same kernel. Returns an error message or an empty string.
   */
  QString loadProject( const QString &path, tryggkarta::IncidentStore incidents );
  /**
   * Reads these incidents again after an edit (added, changed or deleted: a fid no longer in the file is
   * dropped), without reading the whole project; the grid is fitted again only when an incident lies beyond
   * it. Returns an error message or an empty string.
   */
  QString updateIncidents( const QString &path, const std::vector<int64_t> &fids );
  //! The same for observations (fids of the observations table) after an edit: one that became positive or
  //! a draft, or was deleted, leaves the heatmap.
  QString updateObservations( const QString &path, const std::vector<int64_t> &fids );
  //! Forgets the project (the layer is not removed: that is the caller's).
  void clear();

  //! The raster layer the heatmap is shown in (created on first use, owned by the caller's project once
  //! added).
  QgsRasterLayer *createLayer();
  QgsRasterLayer *layer() const { return mLayer; }

  //! Starts computing the heatmap of a selection in the background; a newer request replaces an older one.
  void request( const tryggkarta::Selection &selection );
  //! Computes the heatmap of a selection on the calling (GUI) thread and shows it before returning, for the
  //! first map of a project (tens of milliseconds); a pending request is dropped.
  void computeNow( const tryggkarta::Selection &selection );
  //! Keep the colour scale between periods of the same length (true) or fit it to each period (false).
  void setFixedScale( bool fixed );
  bool fixedScale() const { return mFixedScale; }

  //! The project's incidents inside its extent (those outside are left out of the map's analyses), and those
  //! whose place is not a point wherever their stand-in point lies: counted, never drawn in the heatmap.
  const tryggkarta::IncidentStore &store() const { return mStore; }
  //! The incidents left out as far outside the project (named in outsideWarning()), in fid order: the map
  //! still draws them where they are, so that they can be found and mended.
  const std::vector<tryggkarta::SelectedIncident> &outside() const { return mOutside; }
  //! The same incidents as records, made from the store on each call (tests and small projects; the app
  //! filters the store and makes records of what it selects only).
  std::vector<tryggkarta::SelectedIncident> incidents() const;
  //! The project's observations that take part in analyses (negative, not drafts, weighted 3 − rating),
  //! inside its extent, in fid order; a selection whose layer includes observations draws them too.
  const std::vector<tryggkarta::SelectedIncident> &observations() const { return mObservations; }
  //! The longest interval (until − from) of all the project's incidents read, also those left out, in
  //! seconds.
  int64_t longestIntervalSeconds() const { return mLongestInterval; }
  //! Why incidents were left out (outside the project's extent), or empty.
  QString outsideWarning() const { return mOutsideWarning; }
  const std::vector<tryggkarta::ProjectArea> &areas() const { return mAreas; }
  const tryggkarta::KernelDensityParameters &parameters() const { return mParameters; }
  //! The top of the colour scale (events per km² for the period).
  double scaleMaximum() const { return mScaleMaximum; }
  //! What a cell value means, for legends.
  static QString unitsText();

  //! For tests and benchmarks: waits until no computation is pending or running (true) or the time is up.
  bool waitUntilIdle( int milliseconds );
  //! No heatmap asked for, being made, or waiting to be shown.
  bool isIdle();

signals:
  //! The layer's data and style are about to be replaced by a new heatmap.
  void aboutToUpdateLayer();
  //! The layer shows a new heatmap: incidents in it, its peak value, and the milliseconds from request to
  //! the layer being updated (before the canvas repaints).
  void updated( int incidentCount, double peak, double milliseconds );
  void failed( const QString &message );

private:
  struct Job
  {
    tryggkarta::Selection selection;
    qint64 requestedAtNs = 0;
    int generation = 0;
    int epoch = 0;
  };
  struct Outcome
  {
    QString path;
    QString error;
    int incidentCount = 0;
    double peak = 0;
    qint64 requestedAtNs = 0;
    int generation = 0;
    int epoch = 0;
    int64_t periodSeconds = 0;
    tryggkarta::SelectionLayer layer = tryggkarta::SelectionLayer::Incidents;
  };
  //! Drops a pending request and waits for a running computation to end (without running the event loop);
  //! the caller holds the lock, and results still queued for the GUI are ignored (new epoch).
  void stopWorker( std::unique_lock<std::mutex> &lock );
  void workerLoop();
  Outcome compute( const Job &job );
  void apply( const Outcome &outcome );
  void applyRenderer();
  //! Sets the grid and radius from all incidents, the grid covering the observations too (the caller holds
  //! the lock, the worker is idle).
  void fitParameters();
  void updateOutsideWarning();
  void updateLongestInterval();

  //! The project's incidents (those with a point and a time), less those far outside it: as columns, about
  //! 53 bytes each (a million take about 53 MB).
  tryggkarta::IncidentStore mStore;
  std::vector<tryggkarta::SelectedIncident> mObservations;
  std::vector<tryggkarta::ProjectArea> mAreas;
  tryggkarta::KernelDensityParameters mParameters;
  tryggkarta::DensityRaster mRaster; //!< reused between computations (worker thread only)
  QTemporaryDir mDir;
  QPointer<QgsRasterLayer> mLayer;
  QString mShownPath;
  //! What the heatmap shown counts (its name says when observations are in it).
  tryggkarta::SelectionLayer mShownLayer = tryggkarta::SelectionLayer::Incidents;
  QString mOutsideWarning;
  int64_t mLongestInterval = 0;
  std::vector<tryggkarta::SelectedIncident> mOutside; //!< left out: far outside the project, in fid order
  std::optional<tryggkarta::ProjectExtent> mProjectExtent;
  bool mFixedScale = true;
  double mScaleMaximum = 0;
  int64_t mScalePeriodSeconds = 0;
  int mFileCounter = 0;

  std::thread mWorker;
  std::mutex mMutex;
  std::condition_variable mWake;
  std::condition_variable mIdle;
  std::optional<Job> mPending;
  bool mBusy = false;
  bool mStop = false;
  int mGeneration = 0;
  int mAppliedGeneration = 0;
  //! Counts the projects loaded: a result computed for an earlier one is never shown.
  int mEpoch = 0;
};

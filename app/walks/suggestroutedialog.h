#pragma once
// Föreslå rutt: a route through the top places of an area, chosen by the core from the lägesbild (where
// incidents gather, hot spots, insecure places, earlier walks' problems), within a length and a number of
// stops, from an optional start point. It runs on a worker thread with its own connection to the project
// (busy indicator, Cancel), and shows the stops with their reasons, the length and the core's notes before
// the user takes it into a new walk or the selected one.

#include "routesuggest.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableWidget;

//! What a suggestion run gave: the route, or the reason there is none.
struct SuggestOutcome
{
  std::optional<tryggkarta::SuggestedRoute> route;
  QString error;
};

class SuggestRouteDialog : public QDialog
{
  Q_OBJECT

public:
  /**
   * areas: the project's areas (fid, name); selectedWalk: the walk selected in the panel (its name, empty for
   * none), which the route may replace.
   */
  SuggestRouteDialog( const QString &projectPath, const QList<QPair<qint64, QString>> &areas,
                      const QString &selectedWalk, QWidget *parent = nullptr );
  ~SuggestRouteDialog() override;

  void setArea( qint64 areaFid );
  qint64 area() const;
  QString areaName() const;
  void setMaxLength( double meters );
  void setStopCount( int stops );
  //! The start point (project CRS), or none: the core picks one.
  void setStart( const std::optional<tryggkarta::WalkPoint> &start );
  std::optional<tryggkarta::WalkPoint> start() const { return mStart; }
  tryggkarta::SuggestOptions options() const;

  //! Runs the suggestion on a worker thread (what Suggest does).
  void run();
  bool isRunning() const { return mRunning; }
  //! Stops waiting for the run (its result is dropped).
  void cancelRun();
  //! For tests: runs the event loop until the run has ended.
  bool waitUntilDone( int timeoutMs = 60000 );
  //! The suggestion shown, if any.
  const std::optional<tryggkarta::SuggestedRoute> &suggestion() const { return mSuggestion; }
  //! True when the route goes into the selected walk (its stops and route replaced), false for a new walk.
  bool intoSelectedWalk() const;

  QTableWidget *stopsTable() const { return mStops; }
  QPushButton *suggestButton() const { return mSuggest; }
  QPushButton *acceptButton() const;

signals:
  //! The user wants to click the start point on the map.
  void pickStartRequested();
  //! A suggestion arrived (for a preview on the map), or was dropped (nullptr).
  void suggestionChanged( const tryggkarta::SuggestedRoute *route );

private:
  void onFinished();
  void showSuggestion();
  void updateState();

  QString mPath;
  QComboBox *mArea = nullptr;
  QDoubleSpinBox *mMaxLength = nullptr;
  QSpinBox *mStopCount = nullptr;
  QLabel *mStartLabel = nullptr;
  QPushButton *mPickStart = nullptr;
  QPushButton *mClearStart = nullptr;
  QPushButton *mSuggest = nullptr;
  QPushButton *mCancelRun = nullptr;
  QProgressBar *mBusy = nullptr;
  QLabel *mSummary = nullptr;
  QTableWidget *mStops = nullptr;
  QLabel *mNotes = nullptr;
  QRadioButton *mNewWalk = nullptr;
  QRadioButton *mSelectedWalk = nullptr;
  QDialogButtonBox *mButtons = nullptr;
  std::optional<tryggkarta::WalkPoint> mStart;
  std::optional<tryggkarta::SuggestedRoute> mSuggestion;
  QFutureWatcher<SuggestOutcome> mWatcher;
  bool mRunning = false;
  //! Which run the watcher waits for: a cancelled run's result is dropped.
  int mGeneration = 0;
};

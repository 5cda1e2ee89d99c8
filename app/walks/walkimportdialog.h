#pragma once
// What the walkers' phones and cameras brought back, into a walk's record: photos (placed by their GPS
// position, or by their time on the GPS track, else stored to be placed by hand), the GPS track as the walk's
// route, and its waypoints as draft observations at the stops. The dialog gathers the files and options;
// runWalkImport imports them through a connection of its own (it runs on a worker thread), each import one
// transaction, and says what became of every file.

#include <QDialog>
#include <QString>
#include <QStringList>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

//! What to import into a walk.
struct WalkImportRequest
{
  qint64 walkId = 0;
  QStringList photos;
  QString trackPath;         //!< a GPX file; empty: none
  bool trackAsRoute = false; //!< the track becomes the walk's route
  bool waypoints = false;    //!< the track file's waypoints become draft observations
  qint64 clockOffsetSeconds = 0;
};

//! What an import did.
struct WalkImportOutcome
{
  //! The steps that failed as a whole, a line each (nothing of such a step was written; the others ran)
  QString error;
  bool cancelled = false;
  QStringList lines; //!< what became of each file, for the report
  int placed = 0;    //!< photos and waypoints made draft observations
  int unplaced = 0;  //!< photos stored without a place
  int refused = 0;   //!< files or waypoints not stored
  int duplicates = 0;
  int newStops = 0;
  bool routeStored = false;
  //! Whether anything was written (the undo steps before it then no longer apply).
  bool wroteSomething() const { return placed + unplaced + newStops > 0 || routeStored; }
  //! One line for the status bar.
  QString summary() const;
};

/**
 * Imports the request into the project file at projectPath through a connection of its own: the route, then
 * the waypoints, then the photos (placed on the track too), each one transaction. progress (0–1) may return
 * false to cancel the step under way (it is rolled back). Never throws.
 */
WalkImportOutcome runWalkImport( const QString &projectPath, const WalkImportRequest &request,
                                 const std::function<bool( double )> &progress );

class WalkImportDialog : public QDialog
{
  Q_OBJECT

public:
  WalkImportDialog( const QString &walkName, QWidget *parent = nullptr );

  //! The files and options chosen (walkId left 0).
  WalkImportRequest request() const;

  //! For tests and the drop of files: adds photos to the list (JPEG files; folders are looked into).
  void addPhotos( const QStringList &paths );
  void setTrack( const QString &gpxPath );

private:
  void browsePhotos();
  void browseTrack();
  void updateState();

  QListWidget *mPhotos = nullptr;
  QPushButton *mRemovePhotos = nullptr;
  QLineEdit *mTrack = nullptr;
  QCheckBox *mTrackAsRoute = nullptr;
  QCheckBox *mWaypoints = nullptr;
  QSpinBox *mClockOffset = nullptr;
  QLabel *mHint = nullptr;
  QPushButton *mImport = nullptr;
};

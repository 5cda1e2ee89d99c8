#pragma once
// "Who has reported": a small table the coordinator sees on opening a project. One row per organisation
// expected to report every week (and any other that reported in the window): a mark per ISO week for the last
// eight weeks (Stockholm time), the date of its last report and the weeks missing. A report is an incident
// that entered the project with the organisation (its created_at). The first column's box sets whether the
// organisation is expected to report every week.

#include "reporting.h"

#include <QPointer>

#include <functional>
#include <QWidget>

class ProjectController;
class QDockWidget;
class QLabel;
class QMainWindow;
class QTableWidget;

namespace tryggkarta
{
class Database;
}

class ReportingPanel : public QWidget
{
  Q_OBJECT

public:
  explicit ReportingPanel( QWidget *parent = nullptr );

  /**
   * Reads the overview through the connection (weeks back from today, YYYY-MM-DD; empty: today in Stockholm,
   * or TRYGGKARTA_TODAY when set) and shows it; keeps the connection for changing who is expected to report.
   * Returns an error message for the user, or an empty string.
   */
  QString load( tryggkarta::Database &db, int weeks = 8, const QString &today = QString() );
  //! Shows an overview (for tests and for a caller that read it itself); the expectation boxes are then
  //! read only unless a connection was given to load().
  void setOverview( const tryggkarta::ReportingOverview &overview );
  /**
   * As load(), reading the project file through a read-only connection of its own on a worker thread (it
   * reads through every incident's report time: seconds for ten million); keeps connection (nullptr: read
   * only) for changing who is expected. A failure comes as failed().
   */
  void loadInBackground( const QString &path, tryggkarta::Database *connection, int weeks = 8 );
  /**
   * For a copy of a shared project: gives the shared database's connection (empty: none), read on the
   * window's thread at each load; the counts then come live from the shared database, every report there
   * included, and the panel says so (or that it shows the copy's, when the database cannot be reached).
   */
  void setLiveSource( std::function<QString()> source ) { mLiveSource = std::move( source ); }
  //! Whether the last load read the shared database.
  bool isLive() const { return mLive; }
  //! The connection changes of who is expected go through (the project saved as a new file).
  void setConnection( tryggkarta::Database *connection ) { mDb = connection; }
  //! Whether a background read is under way.
  bool isLoading() const { return mLoading; }
  //! Empties the table (no project).
  void clear();

  const tryggkarta::ReportingOverview &overview() const { return mOverview; }
  QTableWidget *table() const { return mTable; }
  //! The line above the table: the weeks shown and how many expected organisations missed the last week.
  QString summaryText() const;

  /**
   * The function for the main window: a dock "Vem har rapporterat?" holding a panel that reloads when a
   * project is ready (and is raised then, so the coordinator sees it on opening) and empties when it closes.
   * The dock is not placed: the window adds it where it wants (addDockWidget).
   */
  static QDockWidget *createDock( ProjectController *projects, QMainWindow *window );

signals:
  //! The user changed whether an organisation is expected to report every week (already stored).
  void expectationChanged( const QString &organisation, bool expected );
  //! A change could not be stored: the message for the user.
  void failed( const QString &message );

private:
  void fill();
  void onItemChanged( int row, int column );

  QLabel *mSummary = nullptr;
  QTableWidget *mTable = nullptr;
  tryggkarta::ReportingOverview mOverview;
  tryggkarta::Database *mDb = nullptr;
  int mWeeks = 8;
  QString mToday;
  bool mFilling = false;
  bool mLoading = false;
  bool mLive = false;
  std::function<QString()> mLiveSource;
  int mGeneration = 0; //!< a background read of an older number is thrown away
};

#pragma once
// The analysis room: the Analysis menu's dialogs (each on what the filter shows when it opens), the analyses
// they run on the open project, and the panel of results stored in it.

#include "analysistext.h"
#include "mapstateparticipant.h"
#include "projectwork.h"

#include <QList>
#include <QObject>
#include <QPointer>

class AnalysisDialog;
class FilterController;
class ProjectController;
class ResultsPanel;
class QAction;
class QDockWidget;
class QMainWindow;
class QgsMapCanvas;

class AnalysisDialogs : public QObject, public ProjectWork, public MapStateParticipant
{
  Q_OBJECT

public:
  AnalysisDialogs( ProjectController *projects, FilterController *filter, QgsMapCanvas *canvas,
                   QMainWindow *window );
  ~AnalysisDialogs() override;

  /**
   * Opens the dialog of an analysis on what the filter shows now (non-modal; it deletes itself when closed)
   * and returns it, or nullptr when no project is open.
   */
  AnalysisDialog *open( AnalysisKind kind );
  //! The dialogs open now.
  QList<AnalysisDialog *> dialogs() const;
  //! Closes the dialogs that are not running (they belong to the project that closes).
  void closeDialogs();
  //! How many analyses run now.
  int runningCount() const { return mRunning; }

  //! The panel of results stored in the project, and its dock.
  ResultsPanel *resultsPanel() const { return mResultsPanel; }
  QDockWidget *resultsDock() const { return mResultsDock; }
  //! The Analysis menu's entries, in order.
  QList<QAction *> actions() const { return mActions; }
  //! Enables the actions for the state now (a project open, an import running).
  void setImportRunning( bool running );

  // ProjectWork: running analyses are cancelled (after asking) before the project closes.
  bool isWorkRunning() const override { return mRunning > 0; }
  bool mayStopWork() override;
  bool stopWork() override;

  // MapStateParticipant: the results shown on the map come back with their styles.
  QStringList readMapState( QgsProject &saved ) override;

signals:
  //! An analysis started or ended.
  void runningChanged();
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  void updateActions();
  QList<QPointer<AnalysisDialog>> guardedDialogs() const;

  ProjectController *mProjects = nullptr;
  FilterController *mFilter = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QMainWindow *mWindow = nullptr;
  ResultsPanel *mResultsPanel = nullptr;
  QDockWidget *mResultsDock = nullptr;
  QList<QAction *> mActions;
  int mRunning = 0;
  bool mImportRunning = false;
};

#pragma once
// The main window: the frame that holds the rooms of the app. It places their docks, assembles the menus and
// toolbars from the actions each offers, switches between the welcome page and the map, keeps the window's
// geometry, and asks the rooms before it closes. The work itself is the controllers'.

#include <QList>
#include <QMainWindow>
#include <QPointer>

class ActionsController;
class AnalysisDialogs;
class EditingController;
class FilterController;
class ImportController;
class MapController;
class PrintController;
class ProjectController;
class UserGuideDialog;
class VocabularyController;
class SharedController;
class WalksController;
class WelcomePage;
class QDockWidget;
class QStackedWidget;
class QgsMapCanvas;
class QgsProject;

class MainWindow : public QMainWindow
{
  Q_OBJECT

public:
  explicit MainWindow( QWidget *parent = nullptr );
  ~MainWindow() override;

  //! The open project: opening, closing, Save As, the map state.
  ProjectController *projects() const { return mProjects; }
  //! The map: layer tree, tools, identify, scale bar, the user's layers.
  MapController *map() const { return mMap; }
  //! The lägesbild's filter, the live heatmap and the statistics.
  FilterController *filter() const { return mFilter; }
  //! The analysis dialogs and the stored results.
  AnalysisDialogs *analyses() const { return mAnalyses; }
  //! Editing records and the attribute table.
  EditingController *editing() const { return mEditing; }
  ImportController *imports() const { return mImports; }
  PrintController *printing() const { return mPrinting; }
  //! Safety walks: planning, stops, context and recording.
  WalksController *walks() const { return mWalks; }
  //! Priorities and actions: the action list, the Monday list, the actions on the map.
  ActionsController *actions() const { return mActions; }
  //! The categories and crosswalks (the coordinator's vocabulary).
  VocabularyController *vocabulary() const { return mVocabulary; }
  //! The shared database: open a shared project, synchronise, conflicts.
  SharedController *shared() const { return mShared; }

  QgsProject *project() const { return mProject; }
  QgsMapCanvas *mapCanvas() const { return mCanvas; }
  //! The page shown when no project is open.
  WelcomePage *welcomePage() const { return mWelcome; }
  //! True while the welcome page (not the map) is shown.
  bool isWelcomePageShown() const;

protected:
  void closeEvent( QCloseEvent *event ) override;

private:
  void placeDocks();
  void createMenusAndToolbars();
  void createStatusBar();
  void showMessage( const QString &text, int milliseconds );
  //! Shows a room's messages in the status bar.
  template <typename Room>
  void relayMessages( Room *room )
  {
    connect( room, &Room::message, this, &MainWindow::showMessage );
  }
  void updateWindowTitle();
  //! Shows the map with its panels, or the welcome page alone.
  void showMap( bool map );
  //! A project is open with its map state and its first map is on its way.
  void onProjectReady();
  //! Lays the window out now, so the first render of a project is not restarted by a resize.
  void settleCanvasSize();
  void onImportRunning( bool running );

  QgsProject *mProject = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QStackedWidget *mCentral = nullptr;
  WelcomePage *mWelcome = nullptr;
  ProjectController *mProjects = nullptr;
  MapController *mMap = nullptr;
  FilterController *mFilter = nullptr;
  AnalysisDialogs *mAnalyses = nullptr;
  EditingController *mEditing = nullptr;
  ImportController *mImports = nullptr;
  PrintController *mPrinting = nullptr;
  WalksController *mWalks = nullptr;
  ActionsController *mActions = nullptr;
  VocabularyController *mVocabulary = nullptr;
  SharedController *mShared = nullptr;
  QDockWidget *mReportingDock = nullptr;
  //! The user guide's window, made when it is first asked for.
  QPointer<UserGuideDialog> mUserGuide;
  //! The panels hidden while the welcome page shows, to show again with a project.
  QList<QDockWidget *> mDocksToRestore;
  bool mMapShown = true;
  //! A close event is being handled (its waits run the event loop).
  bool mClosing = false;
};

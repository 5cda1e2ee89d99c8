#pragma once
// The walks room: planning safety walks (trygghetsvandringar) and recording what they found. It owns the
// dock "Trygghetsvandringar" (the walks, the selected walk's plan and numbered stops with each stop's
// context), the Vandringar menu's actions, the map tools that draw a route and move or add stops, the stops
// layer on the map, and the dialogs (suggest a route, record a walk). Changes go through the walk editor,
// one undoable step each on the window's undo stack.

#include "walkimportdialog.h"
#include "walkstore.h"

#include <qgsmaptoolidentify.h>

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <optional>

class DrawRouteTool;
class EditStopsTool;
class EditingController;
class MapController;
class PickPointTool;
class ProjectController;
class QAction;
class QDockWidget;
class QMainWindow;
class QgsMapCanvas;
class QgsMapTool;
class QgsPointXY;
class RecordWalkDialog;
class SuggestRouteDialog;
class WalkEditor;
class WalkLayers;
class WalksPanel;
struct ProjectInfo;

namespace tryggkarta
{
struct SuggestedRoute;
}

class WalksController : public QObject
{
  Q_OBJECT

public:
  WalksController( ProjectController *projects, MapController *map, EditingController *editing,
                   QgsMapCanvas *canvas, QMainWindow *window );
  ~WalksController() override;

  WalkEditor *editor() const { return mEditor; }
  WalkLayers *layers() const { return mLayers; }
  WalksPanel *panel() const { return mPanel; }
  QDockWidget *dock() const { return mDock; }
  DrawRouteTool *drawRouteTool() const { return mDrawRouteTool; }
  EditStopsTool *editStopsTool() const { return mEditStopsTool; }

  //! The Vandringar menu's entries in order (nullptr: a separator).
  QList<QAction *> menuActions() const;
  QAction *newWalkAction() const { return mActionNew; }
  QAction *suggestRouteAction() const { return mActionSuggest; }
  QAction *drawRouteAction() const { return mActionDrawRoute; }
  QAction *editStopsAction() const { return mActionEditStops; }
  QAction *repeatWalkAction() const { return mActionRepeat; }
  QAction *recordWalkAction() const { return mActionRecord; }
  QAction *removeWalkAction() const { return mActionRemove; }
  QAction *printKitAction() const { return mActionPrintKit; }
  QAction *printProtocolAction() const { return mActionPrintProtocol; }
  QAction *importFilesAction() const { return mActionImportFiles; }
  QAction *placePhotoAction() const { return mActionPlacePhoto; }
  //! Shows or hides the dock (its own action).
  QAction *showPanelAction() const;

  //! The walk selected in the panel, or 0.
  qint64 selectedWalk() const;
  //! Selects a walk in the panel and shows it on the map.
  void selectWalk( qint64 walkId );
  //! Selects a stop of the selected walk (table, ring on the map, context).
  void selectStop( qint64 stopFid );

  //! The suggest dialog open now, or nullptr (for tests).
  SuggestRouteDialog *suggestDialog() const;
  //! The record dialog open now, or nullptr (for tests).
  RecordWalkDialog *recordDialog() const;

  //! Changes stop while an import writes the project.
  void setImportRunning( bool running );

  /**
   * Writes the selected walk's kit (plan, map, stops with their context, checklist) or protocol to a PDF,
   * with progress that may cancel. Returns an error message, or an empty string.
   */
  QString writeWalkKit( const QString &pdfPath, const std::function<bool( double )> &progress = {} );
  QString writeWalkProtocol( const QString &pdfPath, const std::function<bool( double )> &progress = {} );

  /**
   * Imports photos and a GPS track into the request's walk on a worker thread while a progress dialog shows
   * how far it has come (and can cancel the step under way); then shows the walk's new stops and drafts.
   * While it runs the project counts as importing. What it did, or its error in outcome.error.
   */
  WalkImportOutcome importWalkFiles( const WalkImportRequest &request );
  /**
   * Places a photo stored without a place (of the selected walk) where the map was clicked: a draft
   * observation at the nearest stop, or a new stop. An error message, or an empty string.
   */
  QString placePhotoAt( qint64 photoId, const QgsPointXY &mapPoint );
  //! The project's areas (fid, name) for the lists.
  const QList<QPair<qint64, QString>> &areas() const { return mAreas; }

public slots:
  //! Adds a planned walk and selects it (its name ready to be typed).
  void newWalk();
  //! Opens the suggest dialog (not modal: the map stays usable for picking the start).
  void showSuggestDialog();
  //! Opens the record dialog for the selected walk.
  void showRecordDialog();
  //! Plans a repeat of the selected walk, after asking its name and date.
  void repeatWalk();
  //! Deletes the selected walk after asking.
  void removeWalk();
  //! Stores the form's changes of the selected walk.
  void saveWalkForm();
  //! Prints the selected walk's kit (map, stops, contexts, checklist) to a PDF.
  void printWalkKit();
  //! Prints the selected walk's protocol to a PDF.
  void printWalkProtocol();
  //! Asks for the selected walk's photos and GPS track, imports them and reports what became of each file.
  void showImportDialog();
  //! Asks which of the selected walk's unplaced photos to place, then waits for a click on the map.
  void startPlacingPhoto();

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );
  //! A walk's photos and track began (true) or ended being written on a worker thread.
  void writingChanged( bool writing );

private:
  void createActions();
  void onProjectOpened( const ProjectInfo &info );
  void onProjectClosing();
  //! Follows the open project (after opening or Save As), showing a walk (0: none).
  void attach( qint64 walkToShow );
  void refreshList();
  void showWalk( qint64 walkId );
  void showStops( qint64 walkId );
  void showContext();
  void updateActions();
  void onRouteDrawn( const QVector<QgsPointXY> &mapPoints );
  void onStopMoved( qint64 stopFid, const QgsPointXY &mapPoint );
  void onAddStop( const QgsPointXY &mapPoint );
  void onStopsEdited( qint64 walkId );
  void previewSuggestion( const tryggkarta::SuggestedRoute *route );
  void acceptSuggestion();
  void startPickingStart();
  //! Adds "Make an action" to identified observations that propose one.
  void decorateIdentifyResults( const QList<QgsMapToolIdentify::IdentifyResult> &results );
  void reloadWalkLayers( bool observationsToo = false );
  void showProblem( const QString &message );
  //! Saves the form's changes, if any, before another walk is shown; false when they could not be saved.
  bool saveFormChanges();
  std::optional<tryggkarta::WalkPoint> layerPoint( const QgsPointXY &mapPoint ) const;
  //! Asks where to write a walk document (named after title), then writes it with a progress dialog.
  void printDocument(
    const QString &what, const QString &title,
    const std::function<QString( const QString &, const std::function<bool( double )> & )> &write );

  ProjectController *mProjects = nullptr;
  MapController *mMap = nullptr;
  EditingController *mEditing = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QMainWindow *mWindow = nullptr;
  WalkEditor *mEditor = nullptr;
  WalkLayers *mLayers = nullptr;
  WalksPanel *mPanel = nullptr;
  QDockWidget *mDock = nullptr;
  DrawRouteTool *mDrawRouteTool = nullptr;
  EditStopsTool *mEditStopsTool = nullptr;
  PickPointTool *mPickTool = nullptr;
  QPointer<QgsMapTool> mToolBeforePick;
  QPointer<SuggestRouteDialog> mSuggestDialog;
  QPointer<RecordWalkDialog> mRecordDialog;
  QList<QPair<qint64, QString>> mAreas;
  QStringList mOrganisations;
  QAction *mActionImportFiles = nullptr;
  QAction *mActionPlacePhoto = nullptr;
  //! The photo the next click on the map places (0: none).
  qint64 mPhotoToPlace = 0;
  bool mImportRunning = false;
  bool mEnglish = false;
  qint64 mShownWalk = 0;

  QAction *mActionNew = nullptr;
  QAction *mActionSuggest = nullptr;
  QAction *mActionDrawRoute = nullptr;
  QAction *mActionEditStops = nullptr;
  QAction *mActionRepeat = nullptr;
  QAction *mActionRecord = nullptr;
  QAction *mActionRemove = nullptr;
  QAction *mActionPrintKit = nullptr;
  QAction *mActionPrintProtocol = nullptr;
  QAction *mSeparator1 = nullptr;
  QAction *mSeparator2 = nullptr;
  QAction *mSeparator3 = nullptr;
};

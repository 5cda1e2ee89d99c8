#pragma once
// The actions room: EST's prioritise → act → follow up. It owns the dock "Actions" (the action list with its
// filters and status history, the priorities of a period, and the Monday list of loose ends), the Actions
// menu's entries, the forms and dialogs, and the layers "Actions" and "Priorities" on the map. Changes go
// through the action editor, one undoable step each on the window's undo stack.

#include "actionstore.h"
#include "areas.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QStringList>

#include <optional>
#include <vector>

class ActionEditor;
class ActionForm;
class ActionLayers;
class ActionsPanel;
class EditingController;
class FollowUpPanel;
class MapController;
class MultiActionDialog;
class PrioritiesPanel;
class PriorityForm;
class ProjectController;
class StatusChangeDialog;
class WalksController;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QTabWidget;
class QgsMapCanvas;
struct ProjectInfo;

class ActionsController : public QObject
{
  Q_OBJECT

public:
  ActionsController( ProjectController *projects, MapController *map, EditingController *editing,
                     WalksController *walks, QgsMapCanvas *canvas, QMainWindow *window );
  ~ActionsController() override;

  ActionEditor *editor() const { return mEditor; }
  ActionLayers *layers() const { return mLayers; }
  QDockWidget *dock() const { return mDock; }
  QTabWidget *tabs() const { return mTabs; }
  ActionsPanel *panel() const { return mPanel; }
  PrioritiesPanel *prioritiesPanel() const { return mPriorities; }
  FollowUpPanel *followUpPanel() const { return mFollowUp; }

  //! The Actions menu's entries in order (nullptr: a separator).
  QList<QAction *> menuActions() const;
  QAction *newAction() const { return mActionNew; }
  QAction *newFromSelectionAction() const { return mActionFromSelection; }
  QAction *editAction() const { return mActionEdit; }
  QAction *changeStatusAction() const { return mActionStatus; }
  QAction *multiEditAction() const { return mActionMultiEdit; }
  QAction *removeAction() const { return mActionRemove; }
  QAction *newPriorityAction() const { return mActionNewPriority; }
  QAction *editPriorityAction() const { return mActionEditPriority; }
  QAction *actionForPriorityAction() const { return mActionForPriority; }
  QAction *exportAction() const { return mActionExport; }
  //! The status menu's entry for a status code.
  QAction *statusAction( const std::string &status ) const;
  QAction *showPanelAction() const;

  //! The dialogs open now, or nullptr (for tests).
  ActionForm *form() const;
  StatusChangeDialog *statusDialog() const;
  MultiActionDialog *multiDialog() const;
  PriorityForm *priorityForm() const;

  //! Changes stop while an import writes the project.
  void setImportRunning( bool running );

  //! Reads the list, the priorities, the Monday list and the map layers again.
  void refresh();

public slots:
  //! Opens the form of a new action (prefilled from prototype).
  ActionForm *openNewActionForm( const tryggkarta::Action &prototype = {} );
  //! Opens the form of a stored action.
  ActionForm *openActionForm( qint64 actionId );
  //! A new action from the incidents (and observations) selected on the map: at their centre, in the area
  //! it lies in, linked to the incident when there is exactly one.
  ActionForm *newActionFromSelection();
  //! Opens the status dialog for the selected actions.
  StatusChangeDialog *changeStatusOfSelected( const std::string &toStatus );
  //! Opens the multi-edit dialog for the selected actions.
  MultiActionDialog *editSelected();
  //! Deletes the selected actions (asking first when confirm).
  void removeSelected( bool confirm = true );
  PriorityForm *openNewPriorityForm();
  PriorityForm *openPriorityForm( qint64 priorityId );
  //! A new action for the selected priority.
  ActionForm *newActionForSelectedPriority();
  //! Shows an action in the list (clearing filters that hide it) and on the map.
  void showAction( qint64 actionId );
  //! Writes the listed actions to a CSV or XLSX file (by extension), internal or public; an error message,
  //! or empty.
  QString exportList( const QString &path, bool publicVariant );
  //! Writes the listed actions to a PDF (ActionListPdf), internal or public; an error message, or empty.
  QString exportPdf( const QString &path, bool publicVariant );

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  void createActions();
  void attach();
  void onProjectClosing();
  void updateActions();
  void refreshList();
  void refreshPriorities();
  void refreshFollowUp();
  void refreshMap();
  void showCurrent( qint64 actionId );
  void showProblem( const QString &problem );
  void exportDialog( bool publicVariant, const QString &format );
  ActionForm *openForm( const tryggkarta::Action &action );
  //! The area (an EST area first) that contains a point, or nothing.
  std::optional<qint64> areaAt( double x, double y ) const;
  std::vector<tryggkarta::Action> selectedActions() const;

  ProjectController *mProjects = nullptr;
  MapController *mMap = nullptr;
  EditingController *mEditing = nullptr;
  WalksController *mWalks = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QMainWindow *mWindow = nullptr;
  ActionEditor *mEditor = nullptr;
  ActionLayers *mLayers = nullptr;
  QTabWidget *mTabs = nullptr;
  ActionsPanel *mPanel = nullptr;
  PrioritiesPanel *mPriorities = nullptr;
  FollowUpPanel *mFollowUp = nullptr;
  QDockWidget *mDock = nullptr;
  QPointer<ActionForm> mForm;
  QPointer<StatusChangeDialog> mStatusDialog;
  QPointer<MultiActionDialog> mMultiDialog;
  QPointer<PriorityForm> mPriorityForm;
  std::vector<tryggkarta::ProjectArea> mAreas;
  QList<QPair<qint64, QString>> mAreaChoices;
  bool mImportRunning = false;

  QAction *mActionNew = nullptr;
  QAction *mActionFromSelection = nullptr;
  QAction *mActionEdit = nullptr;
  QAction *mActionStatus = nullptr;
  QMenu *mStatusMenu = nullptr;
  QList<QAction *> mStatusActions;
  QAction *mActionMultiEdit = nullptr;
  QAction *mActionRemove = nullptr;
  QAction *mActionNewPriority = nullptr;
  QAction *mActionEditPriority = nullptr;
  QAction *mActionForPriority = nullptr;
  QAction *mActionRemovePriority = nullptr;
  QAction *mActionEvaluate = nullptr;
  QAction *mActionPromises = nullptr;
  QAction *mActionExport = nullptr;
  QMenu *mExportMenu = nullptr;
  QAction *mSeparator1 = nullptr;
  QAction *mSeparator2 = nullptr;
  QAction *mSeparator3 = nullptr;
};

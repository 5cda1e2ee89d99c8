#pragma once
// The vocabulary room: "Kategorier och kategorinycklar…" opens the dialog where the coordinator adds,
// renames, recolours, moves, hides and merges categories and edits the crosswalks. After each change the
// project re-reads its vocabulary (ProjectController::reloadVocabulary: the map's category style, the labels,
// the forms and the filter follow) and, after a merge, the incidents are read again.

#include <QObject>
#include <QPointer>

class FilterController;
class MapController;
class ProjectController;
class QAction;
class QWidget;
class VocabularyDialog;

class VocabularyController : public QObject
{
  Q_OBJECT

public:
  VocabularyController( ProjectController *projects, MapController *map, FilterController *filter,
                        QWidget *window );

  QAction *action() const { return mAction; }

  /**
   * Opens the dialog on the open project (window-modal, returns at once) and returns it, or nullptr when no
   * project is open for writing (the reason goes to the status bar).
   */
  VocabularyDialog *openDialog();
  //! The dialog open now, or nullptr.
  VocabularyDialog *dialog() const;

  //! The vocabulary changed: the rest of the app follows; incidentsMoved also reloads the incidents.
  void vocabularyChanged( bool incidentsMoved );

public slots:
  void showDialog() { openDialog(); }

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  void updateActions();

  ProjectController *mProjects = nullptr;
  MapController *mMap = nullptr;
  FilterController *mFilter = nullptr;
  QWidget *mWindow = nullptr;
  QAction *mAction = nullptr;
  QPointer<VocabularyDialog> mDialog;
};

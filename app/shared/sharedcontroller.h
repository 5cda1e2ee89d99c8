#pragma once
// The EST group's shared database in the app: File → Open shared project connects to it (a libpq service or
// address, the password from QGIS's authentication database or libpq's own files), synchronises its offline
// copy (a project file of its own, core/shared/sync.h) and opens that copy, so the map, the filter, the live
// heatmap, analyses, walks, actions, print and report work as on any project, through the same in-memory
// store. Synchronise now sends what changed here and fetches what changed there; an import sends its rows
// straight away. Conflicts are shown with both versions (ConflictsDialog), never settled silently.

#include "recordedits.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QAction;
class QLabel;
class QTimer;
class QWidget;
class ProjectController;
class ImportController;

class SharedController : public QObject
{
  Q_OBJECT

public:
  SharedController( ProjectController *projects, ImportController *imports, QWidget *window,
                    QObject *parent = nullptr );

  QAction *openSharedAction() const { return mActionOpen; }
  QAction *syncAction() const { return mActionSync; }
  QAction *conflictsAction() const { return mActionConflicts; }
  QAction *restrictAction() const { return mActionRestrict; }
  QAction *unrestrictAction() const { return mActionUnrestrict; }
  //! Where the restrict actions find the selected records (the editor's layer selections).
  void setSelection( std::function<std::vector<tryggkarta::RecordId>()> selected )
  {
    mSelected = std::move( selected );
  }
  //! "Delat projekt: … · 3 ändringar att skicka · 1 konflikt" while a copy is open.
  QLabel *statusLabel() const { return mStatus; }

  //! Whether the open project is an offline copy of a shared project.
  bool isShared() const { return mShared; }
  //! The open copy's connection (without a password), or empty.
  QString connection() const { return mConnection; }
  //! The QGIS authentication configuration used for it, or empty.
  QString authConfig() const { return mAuthConfig; }

  /**
   * Opens a shared project: synchronises its copy at copyPath (made when missing) with the connection
   * (authConfig: a QGIS authentication configuration that adds the login and password), then opens the
   * copy. Returns an error message, or an empty string.
   */
  QString openShared( const QString &conninfo, const QString &authConfig, const QString &copyPath );
  //! Synchronises the open copy (progress with Cancel); reopens it when rows came in. An error, or empty.
  QString synchroniseNow();
  /**
   * Sends what changed here without fetching (the project stays as it is): after an edit in a copy, so a
   * reporter's entry reaches the shared database at once. An error, or empty.
   */
  QString sendNow();
  /**
   * Police-restricts the records (or lifts the restriction) in the shared database, then synchronises: only
   * the police and the coordinator read a restricted record, and the other organisations' copies lose it at
   * their next synchronisation. The database decides who may: anyone else is told so. Records not yet sent
   * are sent first. confirm asks before restricting. An error, or empty (also when not confirmed).
   */
  QString setRestricted( const std::vector<tryggkarta::RecordId> &records, bool restricted,
                         bool confirm = true );
  //! Where a connection's copy is kept by default: the user's data folder, one file per database.
  static QString defaultCopyPath( const QString &conninfo );
  //! The connection with the login and password of a QGIS authentication configuration added.
  static QString withAuthentication( const QString &conninfo, const QString &authConfig );

  //! For tests: the conflicts dialog is not shown after a synchronisation.
  void setShowConflictsAfterSync( bool show ) { mShowConflicts = show; }

public slots:
  void openSharedDialog();
  //! An edit was saved in the open project: its rows are sent a moment later (several edits go together).
  void noteLocalEdit();
  void showConflicts();

signals:
  //! A synchronisation ended: rows in and out, and the open conflicts.
  void synchronised( qint64 pulled, qint64 pushed, qint64 conflicts );
  void message( const QString &text, int milliseconds );

private:
  void onReady( const QString &path );
  void onClosed();
  void refreshStatus();
  //! Runs a synchronisation of path on a worker; an error, or empty. pulled is set to the rows that came in.
  QString runSync( const QString &path, const QString &conninfo, qint64 &pulled, qint64 &conflicts,
                   bool pushOnly = false );

  ProjectController *mProjects = nullptr;
  ImportController *mImports = nullptr;
  QPointer<QWidget> mWindow;
  QAction *mActionOpen = nullptr;
  QAction *mActionSync = nullptr;
  QAction *mActionConflicts = nullptr;
  QAction *mActionRestrict = nullptr;
  QAction *mActionUnrestrict = nullptr;
  std::function<std::vector<tryggkarta::RecordId>()> mSelected;
  QLabel *mStatus = nullptr;
  QTimer *mStatusTimer = nullptr;
  QTimer *mSendTimer = nullptr;
  bool mShared = false;
  bool mSyncing = false;
  bool mShowConflicts = true;
  QString mConnection;
  QString mAuthConfig; //!< kept for the session; the password itself stays in QGIS's database
};

#pragma once
// Damaged projects in the app: every project opened is checked for damage in the background (SQLite's own
// integrity or quick check, so the first edit later needs no check of its own), a damaged one is refused for
// writing by the core and the user is told with a way out; File → Recover Data copies every readable row of a
// damaged project into a new one (on a worker, with progress, cancellable), reports what could not be read
// and offers to open the new project.

#include "recovery.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <functional>

class ProjectController;
class QAction;
class QWidget;

class ProjectRecovery : public QObject
{
  Q_OBJECT

public:
  ProjectRecovery( ProjectController *projects, QWidget *window );
  //! Waits for a check still running.
  ~ProjectRecovery() override;

  QAction *recoverAction() const { return mActionRecover; }

  //! True while the open project is being checked.
  bool isChecking() const { return mCheck.isRunning(); }
  /**
   * Waits for the background check to end while the window keeps painting; after half a second a dialog
   * says what is awaited, with Cancel. False when the user cancelled (the check itself goes on).
   */
  bool waitForCheck();

  /**
   * Copies what can be read of damagedPath into newPath on a worker thread while a progress dialog shows how
   * far it has come (and can cancel it). The report, or the core's error.
   */
  tryggkarta::Expected<tryggkarta::RecoveryReport> recover( const QString &damagedPath,
                                                            const QString &newPath );

  //! The report in words: what was copied, what could not be read, table by table.
  static QString reportText( const tryggkarta::RecoveryReport &report );

  //! A name for the new project beside the damaged one that does not exist yet ("NAME-räddad.gpkg").
  static QString suggestedNewPath( const QString &damagedPath );

  //! For tests: answers the offer to recover (default: asks in a message box); true to recover.
  void setOfferAnswer( std::function<bool( const QString &message )> answer )
  {
    mOfferAnswer = std::move( answer );
  }

public slots:
  //! Asks for the damaged file (default: the open project) and the new one, recovers, reports and offers to
  //! open the new project.
  void recoverDialog( const QString &damagedPath = QString() );
  //! Tells the user the project is damaged, with the way out (Recover Data…); recovers if asked to.
  void offerRecovery( const QString &path, const QString &message );

signals:
  //! The background check found the open project damaged (message: the core's, for the user).
  void damageFound( const QString &path, const QString &message );
  //! The background check of the project ended (whole or not).
  void checked( const QString &path, bool whole );

private:
  void startCheck( const QString &path );
  void onChecked();

  ProjectController *mProjects = nullptr;
  QWidget *mWindow = nullptr;
  QAction *mActionRecover = nullptr;
  QFutureWatcher<QString> mCheck;
  QString mCheckedPath;
  std::function<bool( const QString & )> mOfferAnswer;
};

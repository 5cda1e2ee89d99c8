#pragma once
// Saving the map state (view, filter, layers, styles) of the open project in its file as a QGIS project,
// autosaving it every few minutes while it has unsaved changes, and bringing it back when the project opens
// (also the autosave a crash left behind).

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class MapStateParticipant;
class QgsMapCanvas;
class QgsProject;
class QTimer;
class QWidget;

namespace tryggkarta
{
class Database;
}

class MapStateStore : public QObject
{
  Q_OBJECT

public:
  //! window: the parent of the questions it asks.
  MapStateStore( QgsProject *project, QgsMapCanvas *canvas, QWidget *window, QObject *parent = nullptr );

  //! The name the map state is stored under inside the GeoPackage.
  static QString storedName() { return QStringLiteral( "tryggkarta" ); }
  //! The name the autosaved map state is kept under until the map is saved or closed.
  static QString autosaveName() { return QStringLiteral( "tryggkarta-autosave" ); }
  //! The URI of a QGIS project stored inside a GeoPackage file (default name storedName()).
  static QString storedUri( const QString &gpkgPath, const QString &name = QString() );
  //! How many map states of this name (default storedName()) the GeoPackage holds (0 or 1).
  static int storedCount( const QString &gpkgPath, const QString &name = QString() );
  //! The custom property that keeps a layer out of the stored map state (a scratch layer such as the
  //! heatmap).
  static const QString sTransientProperty;

  /**
   * Copies the print layouts of one project into another (replacing those of the same name): the layouts of a
   * stored map state (print templates, perhaps edited in QGIS Desktop) come back with it and are kept when
   * the map state is saved again. Returns the number copied.
   */
  static int copyLayouts( const QgsProject &from, QgsProject *to );

  //! Adds a part of the state; parts are written and restored in the order they were added.
  void addParticipant( MapStateParticipant *participant );
  //! Removes a part (it is going away).
  void removeParticipant( MapStateParticipant *participant );
  //! The open project file and the connection to it (empty and nullptr when none is open).
  void setProjectFile( const QString &path, tryggkarta::Database *connection );
  //! While this returns true (an import writes the file), nothing is saved or autosaved.
  void setBusyCheck( std::function<bool()> busy ) { mBusy = std::move( busy ); }
  /**
   * While this returns true, the autosave waits for its next turn (the project is still being checked for
   * damage in the background: its first write would check it again, on the window's thread).
   */
  void setAutosaveDeferral( std::function<bool()> defer ) { mDeferAutosave = std::move( defer ); }

  /**
   * Saves the map state into the project file: layers with their styles and paths relative to the file, the
   * map view, and the participants' parts. The same file opened in QGIS Desktop shows the same styled layers.
   * Returns an error message, or an empty string.
   */
  QString save();
  //! Writes the map state to the file's autosave slot now, if it changed (the timer does it every few
  //! minutes). Returns an error message, or an empty string.
  QString autosave();
  //! True when the map state changed since it was last saved.
  bool isDirty() const;
  //! The state as it is now counts as saved (a project that was just opened).
  void markClean();
  //! Removes the autosaved map state from the file: the map was saved or closed on purpose.
  void removeAutosave();

  //! After opening: brings back the map state saved in the file, which is then the saved state.
  void restoreSaved();
  //! After the map is shown: offers the autosave a crash left behind (restored, the map is unsaved).
  void offerRecovery();

  //! Asks whether to save a changed map state (Save, Discard or Cancel); false when the user cancelled.
  bool maybeSave();

  //! What to ask the user, for tests to answer: whether to restore an autosave found when opening (a crash),
  //! and whether to save a changed map state before closing.
  void setRecoveryPrompt( std::function<bool( const QDateTime &savedAt )> prompt )
  {
    mRecoveryPrompt = prompt;
  }
  enum class CloseAnswer
  {
    Save,
    Discard,
    Cancel
  };
  void setCloseQuestion( std::function<CloseAnswer()> question ) { mCloseQuestion = question; }

signals:
  //! Something for the status bar (layers of the restored map that could not be brought back).
  void message( const QString &text, int milliseconds );

private:
  //! Writes the map state under a stored-project name; returns an error message or "".
  QString write( const QString &name );
  //! Brings back the state stored under a name.
  void restoreFrom( const QString &name );
  //! The participants' parts as text, to tell whether they changed since saving.
  QString participantsKey() const;

  QgsProject *mProject = nullptr;
  QPointer<QgsMapCanvas> mCanvas;
  QWidget *mWindow = nullptr;
  QList<MapStateParticipant *> mParticipants;
  QString mPath;
  tryggkarta::Database *mConnection = nullptr;
  //! The participants' parts as last saved (other changes make the QgsProject dirty).
  QString mCleanKey;
  QTimer *mTimer = nullptr;
  std::function<bool()> mBusy;
  std::function<bool()> mDeferAutosave;
  std::function<bool( const QDateTime & )> mRecoveryPrompt;
  std::function<CloseAnswer()> mCloseQuestion;
};

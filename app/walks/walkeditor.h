#pragma once
// Changing safety walks with undo: the walk's plan, its route and its numbered stops, written through the
// core store (tryggkarta::WalkStore) on the session connection, each change one step on the window's undo
// stack (the same stack as the edits of incidents and observations, so Ctrl+Z undoes whatever came last). No
// widgets: the walks room's dock, dialogs and map tools call it, and the tests do.
//
// A walk or stop deleted and brought back by undo gets a new fid from the file; the editor remembers which
// new fid stands for which old one, so the steps further down the stack still find what they changed, and the
// observations that were at it are linked to it again.

#include "walkstore.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace tryggkarta
{
class Database;
class ProjectFile;
struct SuggestedRoute;
} // namespace tryggkarta

//! A walk as it is stored at one moment: what an undo step puts back.
struct WalkState
{
  bool exists = true;
  tryggkarta::Walk walk; //!< walk.fid: the fid when the state was taken
  std::vector<tryggkarta::WalkStop> stops;
  //! Observations linked to the walk or to one of its stops that the change unlinks (the walk or a stop is
  //! deleted): observation fid and the stop's fid then (0: the walk only).
  std::vector<std::pair<qint64, qint64>> links;
  //! The walks that repeat this one, when the change (a deletion) unlinks them.
  std::vector<qint64> repeats;
  //! The walk's photos, when the change (a deletion) leaves them without the walk.
  std::vector<int64_t> photos;
};

class WalkEditor : public QObject
{
  Q_OBJECT

public:
  explicit WalkEditor( QObject *parent = nullptr );
  ~WalkEditor() override;

  /**
   * A project was opened: the connection to write it through (nullptr: read only), its path (for the core's
   * readers, which open a connection of their own) and the window's undo stack.
   */
  void setProject( tryggkarta::Database *connection, const QString &path, QUndoStack *undoStack );
  //! The project closes.
  void clear();
  //! Allows or stops changes (they stop while an import writes the project).
  void setEditingAllowed( bool allowed );
  bool canEdit() const;
  bool isOpen() const { return !mPath.isEmpty(); }
  QString projectPath() const { return mPath; }
  QUndoStack *undoStack() const { return mUndoStack; }
  //! Forgets what its reader read: the file was written through another connection.
  void resetReader();
  tryggkarta::Database *connection() const { return mConnection; }

  /**
   * A read-only connection of its own for the core's readers that take a project (contexts, the protocol,
   * route suggestions, areas); opened on first use and kept while the project is open. nullptr when the file
   * cannot be opened (error set).
   */
  tryggkarta::ProjectFile *reader( QString *error = nullptr );
  //! The session connection, else the read-only reader's: where walks and stops are read from.
  tryggkarta::Database *readDatabase( QString *error );

  // Reading. Each returns nothing (and sets error) when the file cannot be read.
  std::optional<std::vector<tryggkarta::WalkSummary>> walks( QString *error = nullptr );
  std::optional<tryggkarta::Walk> walk( qint64 walkId, QString *error = nullptr );
  std::optional<std::vector<tryggkarta::WalkStop>> stops( qint64 walkId, QString *error = nullptr );

  // Undoable changes. Each is one step; they return an error message for the user, or an empty string.
  //! Adds a walk; its fid in newWalkId.
  QString createWalk( const tryggkarta::Walk &walk, qint64 *newWalkId = nullptr );
  //! Stores the walk's plan (every attribute, the route and the organisations).
  QString updateWalk( const tryggkarta::Walk &walk );
  //! Deletes the walk and its stops (its observations stay, without the walk; undo links them again).
  QString removeWalk( qint64 walkId );
  //! Replaces the walk's stops with these, in this order (numbered 1, 2, …); text names the step.
  QString changeStops( qint64 walkId, const std::vector<tryggkarta::WalkStop> &stops, const QString &text );
  //! Moves one stop (project CRS).
  QString moveStop( qint64 walkId, qint64 stopFid, double x, double y );
  //! Adds a stop at a place (project CRS), after the stop numbered afterNumber (0: at the end).
  QString addStop( qint64 walkId, double x, double y, const QString &name, int afterNumber = 0 );
  //! Sets the walk's route (project CRS, at least two points) and where it came from.
  QString setRoute( qint64 walkId, const std::vector<tryggkarta::WalkPoint> &route, const QString &source );
  //! Plans a repeat walk on the same route with the same stops; its fid in newWalkId.
  QString planRepeat( qint64 walkId, const QString &name, const QString &date, qint64 *newWalkId = nullptr );
  /**
   * Puts a suggested route and its stops into a walk (walkId), or into a new walk made from prototype when
   * walkId is 0 (its fid in newWalkId): one step.
   */
  QString applySuggestion( qint64 walkId, const tryggkarta::SuggestedRoute &route,
                           const tryggkarta::Walk &prototype, qint64 *newWalkId = nullptr );

  //! The fid a walk has now, when undo brought it back under a new one (else the fid itself).
  qint64 currentWalkId( qint64 walkId ) const;
  qint64 currentStopId( qint64 stopFid ) const;

  //! Used by the undo steps: puts a walk back to a state (creating or deleting it). False after telling why.
  bool restore( const WalkState &state, bool stopsToo );

  //! Observations of walks were written elsewhere (the record dialog): the lists' counts follow.
  void noteObservationsChanged() { emit walksChanged(); }
  //! An observation's proposed action was made an action (the actions room follows).
  void noteActionMade( qint64 actionFid ) { emit actionMade( actionFid ); }

  //! Who changes, for the audit log.
  static std::string actor();

signals:
  //! Walks were added or removed, or their summary changed (name, date, status, counts, length).
  void walksChanged();
  //! A walk's plan or route changed.
  void walkChanged( qint64 walkId );
  //! A walk's stops changed.
  void stopsChanged( qint64 walkId );
  //! Observations were linked again to a walk or stop that undo brought back.
  void observationsRelinked( const QList<qint64> &observationFids );
  //! A stop's proposed action became an action in the action list.
  void actionMade( qint64 actionFid );
  //! A step could not be undone or redone: the reason, for the user.
  void problem( const QString &message );

private:
  //! The state of a walk now, with the observations a deletion of the given stops (all: the walk) unlinks.
  std::optional<WalkState> stateOf( qint64 walkId, QString *error, bool linksOfWalk,
                                    const std::vector<qint64> &removedStops = {} );
  //! Writes the stops of a state onto the walk (stops brought back get new fids, remembered).
  QString writeStops( qint64 walkId, const std::vector<tryggkarta::WalkStop> &stops,
                      std::vector<tryggkarta::WalkStop> *stored = nullptr );
  void relink( qint64 walkId, const std::vector<std::pair<qint64, qint64>> &links );
  void pushStep( const WalkState &before, const WalkState &after, bool stopsToo, const QString &text );
  tryggkarta::WalkWriteOptions options() const;

  tryggkarta::Database *mConnection = nullptr;
  QString mPath;
  QUndoStack *mUndoStack = nullptr;
  bool mRestoring = false; //!< an undo or redo is being written
  std::unique_ptr<tryggkarta::WalkStore> mStore;
  std::unique_ptr<tryggkarta::ProjectFile> mReader;
  bool mAllowed = true;
  //! Old fid -> the fid that stands for it now (a walk or stop brought back by undo).
  QHash<qint64, qint64> mWalkAlias;
  QHash<qint64, qint64> mStopAlias;
};

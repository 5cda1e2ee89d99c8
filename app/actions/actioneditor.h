#pragma once
// Changing priorities and actions with undo: written through the core store (tryggkarta::ActionStore) on the
// session connection, each change one step on the window's undo stack (the same stack as the other edits, so
// Ctrl+Z undoes whatever came last). No widgets: the actions room's dock, forms and map call it, and the
// tests do.
//
// An undo step keeps the actions (or the priority) as they were before and after; undo writes the earlier
// copy back through ActionStore::update, or creates or removes it. An action or priority deleted and brought
// back by undo gets a new fid from the file; the editor remembers which new fid stands for which old one, so
// the steps further down the stack still find what they changed.

#include "actionstore.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QUndoStack;

namespace tryggkarta
{
class Database;
}

//! An action as it is stored at one moment (or that it is not stored): what an undo step puts back.
struct ActionState
{
  bool exists = true;
  tryggkarta::Action action; //!< action.fid: the fid when the state was taken
};

//! A priority as it is stored at one moment, with the actions linked to it then (a deletion unlinks them).
struct PriorityState
{
  bool exists = true;
  tryggkarta::Priority priority;
  std::vector<qint64> linkedActions;
};

class ActionEditor : public QObject
{
  Q_OBJECT

public:
  explicit ActionEditor( QObject *parent = nullptr );
  ~ActionEditor() override;

  //! A project was opened: the connection to write it through (nullptr: read only) and the undo stack.
  void setProject( tryggkarta::Database *connection, QUndoStack *undoStack );
  //! The project closes.
  void clear();
  //! Allows or stops changes (they stop while an import writes the project).
  void setEditingAllowed( bool allowed );
  bool canEdit() const;
  bool isOpen() const { return mStore != nullptr; }
  tryggkarta::Database *connection() const { return mConnection; }
  QUndoStack *undoStack() const { return mUndoStack; }

  //! Today in Stockholm, YYYY-MM-DD (a test may fix it).
  std::string today() const;
  void setToday( const QString &date ) { mToday = date; }

  // Reading. Each returns nothing (and sets error) when the file cannot be read.
  std::optional<std::vector<tryggkarta::Action>> list( const tryggkarta::ActionFilter &filter,
                                                       QString *error = nullptr );
  std::optional<tryggkarta::Action> load( qint64 actionId, QString *error = nullptr );
  std::optional<std::vector<tryggkarta::ActionStatusChange>> history( qint64 actionId,
                                                                      QString *error = nullptr );
  std::optional<std::vector<tryggkarta::Priority>> priorities( const QString &periodLabel = QString(),
                                                               QString *error = nullptr );
  std::optional<tryggkarta::Priority> loadPriority( qint64 priorityId, QString *error = nullptr );
  std::optional<tryggkarta::Traceability> traceability( QString *error = nullptr );
  QStringList organisations();
  std::optional<std::vector<tryggkarta::PriorityFigure>> priorityFigures( qint64 areaId, const QString &from,
                                                                          const QString &until,
                                                                          const QStringList &categories,
                                                                          QString *error = nullptr );

  // Undoable changes. Each is one step; they return an error message for the user, or an empty string.
  //! Stores a new action; its fid in newActionId.
  QString createAction( const tryggkarta::Action &action, qint64 *newActionId = nullptr,
                        const QString &origin = QString() );
  //! Stores an action's attributes as the form has them (a changed status with details' note).
  QString updateAction( const tryggkarta::Action &action,
                        const tryggkarta::StatusChangeDetails &details = {} );
  //! Stores several actions at once (a multi-edit): one transaction, one step named text.
  QString updateActions( const std::vector<tryggkarta::Action> &actions, const QString &text );
  //! Changes the status of one or several actions: one transaction, one step.
  QString changeStatus( const std::vector<qint64> &actionIds, const std::string &toStatus,
                        const tryggkarta::StatusChangeDetails &details );
  //! Deletes actions (with their history; undo brings the actions back, not their history).
  QString removeActions( const std::vector<qint64> &actionIds );
  //! An action was made elsewhere (a walk's proposed action): its undo step, and the lists follow.
  void noteActionMade( qint64 actionId, const QString &text );

  QString createPriority( const tryggkarta::Priority &priority, qint64 *newPriorityId = nullptr );
  QString updatePriority( const tryggkarta::Priority &priority );
  //! Deletes a priority; its actions stay without it (undo links them again).
  QString removePriority( qint64 priorityId );

  //! The fid an action (a priority) has now, when undo brought it back under a new one (else the fid itself).
  qint64 currentActionId( qint64 actionId ) const;
  qint64 currentPriorityId( qint64 priorityId ) const;

  //! Used by the undo steps: puts actions back to their states in one transaction. False after telling why.
  bool restore( const std::vector<ActionState> &states, const tryggkarta::StatusChangeDetails &details );
  bool restore( const PriorityState &state );

  //! Who changes, for the audit log.
  static std::string actor();

signals:
  //! Actions were added, changed or removed.
  void actionsChanged();
  //! Priorities were added, changed or removed.
  void prioritiesChanged();
  //! A step could not be undone or redone: the reason, for the user.
  void problem( const QString &message );

private:
  tryggkarta::ActionWriteOptions options( const QString &origin = QString() ) const;
  std::optional<std::vector<ActionState>> statesOf( const std::vector<qint64> &actionIds, QString *error );
  //! Writes the states (no transaction of its own); the error message, or empty.
  QString write( const std::vector<ActionState> &states, const tryggkarta::StatusChangeDetails &details );
  //! Runs work in one transaction on the connection; the error message, or empty.
  QString inTransaction( const std::function<QString()> &work );
  void pushStep( std::vector<ActionState> before, std::vector<ActionState> after,
                 const tryggkarta::StatusChangeDetails &details, const QString &text );

  tryggkarta::Database *mConnection = nullptr;
  QUndoStack *mUndoStack = nullptr;
  std::unique_ptr<tryggkarta::ActionStore> mStore;
  bool mAllowed = true;
  QString mToday;
  QHash<qint64, qint64> mActionAlias;
  QHash<qint64, qint64> mPriorityAlias;
};

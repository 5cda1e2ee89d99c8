#pragma once
// The undo steps of changes to actions and priorities: what was stored before and after. Pushed after the
// change was made, so their first redo does nothing; later undo and redo put the earlier or later copy back
// through the action editor (ActionStore::update, or create and remove).

#include "actioneditor.h"

#include <QUndoCommand>

#include <vector>

class ActionStepCommand : public QUndoCommand
{
public:
  ActionStepCommand( ActionEditor *editor, std::vector<ActionState> before, std::vector<ActionState> after,
                     tryggkarta::StatusChangeDetails details, const QString &text );
  void undo() override;
  void redo() override;

private:
  ActionEditor *mEditor = nullptr;
  std::vector<ActionState> mBefore;
  std::vector<ActionState> mAfter;
  //! The status change's details, written again by redo (a rejection's reason, a note).
  tryggkarta::StatusChangeDetails mDetails;
  bool mFirstRedo = true;
};

class PriorityStepCommand : public QUndoCommand
{
public:
  PriorityStepCommand( ActionEditor *editor, PriorityState before, PriorityState after, const QString &text );
  void undo() override;
  void redo() override;

private:
  ActionEditor *mEditor = nullptr;
  PriorityState mBefore;
  PriorityState mAfter;
  bool mFirstRedo = true;
};

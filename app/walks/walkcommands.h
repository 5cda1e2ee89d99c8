#pragma once
// The undo step of a change to a safety walk: the walk as it was before and after (its plan and route, and
// its stops when the change touched them). Pushed after the change was made, so its first redo does nothing;
// later undo and redo put the walk back to one state or the other through the walk editor.

#include "walkeditor.h"

#include <QUndoCommand>

class WalkStepCommand : public QUndoCommand
{
public:
  WalkStepCommand( WalkEditor *editor, WalkState before, WalkState after, bool stopsToo,
                   const QString &text );
  void undo() override;
  void redo() override;

private:
  WalkEditor *mEditor = nullptr;
  WalkState mBefore;
  WalkState mAfter;
  bool mStopsToo = false;
  bool mFirstRedo = true;
};

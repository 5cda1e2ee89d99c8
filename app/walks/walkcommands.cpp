#include "walkcommands.h"

#include <utility>

// A step that cannot be undone or redone (the file changed under it, or cannot be written) is marked
// obsolete: QUndoStack then drops it, and the editor has told the user why.

WalkStepCommand::WalkStepCommand( WalkEditor *editor, WalkState before, WalkState after, bool stopsToo,
                                  const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mBefore( std::move( before ) ), mAfter( std::move( after ) ),
    mStopsToo( stopsToo )
{
}

void WalkStepCommand::undo()
{
  if ( !mEditor->restore( mBefore, mStopsToo ) )
    setObsolete( true );
}

void WalkStepCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->restore( mAfter, mStopsToo ) )
    setObsolete( true );
}

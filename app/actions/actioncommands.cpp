#include "actioncommands.h"

#include <QCoreApplication>

#include <utility>

// A step that cannot be undone or redone (the file changed under it, or cannot be written) is marked
// obsolete: QUndoStack then drops it, and the editor has told the user why.

ActionStepCommand::ActionStepCommand( ActionEditor *editor, std::vector<ActionState> before,
                                      std::vector<ActionState> after, tryggkarta::StatusChangeDetails details,
                                      const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mBefore( std::move( before ) ), mAfter( std::move( after ) ),
    mDetails( std::move( details ) )
{
}

void ActionStepCommand::undo()
{
  tryggkarta::StatusChangeDetails back;
  back.note = QCoreApplication::translate( "ActionStepCommand", "Undone" ).toStdString();
  if ( !mEditor->restore( mBefore, back ) )
    setObsolete( true );
}

void ActionStepCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->restore( mAfter, mDetails ) )
    setObsolete( true );
}

PriorityStepCommand::PriorityStepCommand( ActionEditor *editor, PriorityState before, PriorityState after,
                                          const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mBefore( std::move( before ) ), mAfter( std::move( after ) )
{
}

void PriorityStepCommand::undo()
{
  if ( !mEditor->restore( mBefore ) )
    setObsolete( true );
}

void PriorityStepCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->restore( mAfter ) )
    setObsolete( true );
}

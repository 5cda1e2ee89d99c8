#include "editcommands.h"

#include "recordeditor.h"

namespace
{
std::vector<tryggkarta::RecordId> idsOf( const std::vector<tryggkarta::RecordSnapshot> &snapshots )
{
  std::vector<tryggkarta::RecordId> ids;
  ids.reserve( snapshots.size() );
  for ( const tryggkarta::RecordSnapshot &snapshot : snapshots )
    ids.push_back( snapshot.id );
  return ids;
}
} // namespace

// A step that cannot be undone or redone (the file changed under it, or cannot be written) is marked
// obsolete: QUndoStack then drops it, and the editor has told the user why.

AddRecordCommand::AddRecordCommand( RecordEditor *editor, tryggkarta::RecordSnapshot added,
                                    const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mAdded( std::move( added ) )
{
}

void AddRecordCommand::undo()
{
  if ( !mEditor->removeRecords( { mAdded.id } ) )
    setObsolete( true );
}

void AddRecordCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->restoreRecords( { mAdded } ) )
    setObsolete( true );
}

DeleteRecordsCommand::DeleteRecordsCommand( RecordEditor *editor,
                                            std::vector<tryggkarta::RecordSnapshot> removed,
                                            const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mRemoved( std::move( removed ) )
{
}

void DeleteRecordsCommand::undo()
{
  if ( !mEditor->restoreRecords( mRemoved ) )
    setObsolete( true );
}

void DeleteRecordsCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->removeRecords( idsOf( mRemoved ) ) )
    setObsolete( true );
}

ChangeRecordsCommand::ChangeRecordsCommand( RecordEditor *editor,
                                            std::vector<tryggkarta::RecordSnapshot> before,
                                            std::vector<tryggkarta::RecordSnapshot> after,
                                            const QString &text )
  : QUndoCommand( text ), mEditor( editor ), mBefore( std::move( before ) ), mAfter( std::move( after ) )
{
}

void ChangeRecordsCommand::undo()
{
  if ( !mEditor->replaceRecords( mBefore ) )
    setObsolete( true );
}

void ChangeRecordsCommand::redo()
{
  if ( std::exchange( mFirstRedo, false ) )
    return;
  if ( !mEditor->replaceRecords( mAfter ) )
    setObsolete( true );
}

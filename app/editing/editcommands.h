#pragma once
// Undoable edits of incidents and observations. Each command is pushed after its edit was made, so its first
// redo does nothing; later undo and redo go through the core store with the rows saved in the command
// (tryggkarta::RecordSnapshot), so what comes back is exactly what was there.

#include "recordedits.h"

#include <QUndoCommand>

#include <vector>

class RecordEditor;

//! A record added by hand: undo deletes it, redo puts it back with the same fid.
class AddRecordCommand : public QUndoCommand
{
public:
  AddRecordCommand( RecordEditor *editor, tryggkarta::RecordSnapshot added, const QString &text );
  void undo() override;
  void redo() override;

private:
  RecordEditor *mEditor = nullptr;
  tryggkarta::RecordSnapshot mAdded;
  bool mFirstRedo = true;
};

//! Records deleted: undo restores them as they were.
class DeleteRecordsCommand : public QUndoCommand
{
public:
  DeleteRecordsCommand( RecordEditor *editor, std::vector<tryggkarta::RecordSnapshot> removed,
                        const QString &text );
  void undo() override;
  void redo() override;

private:
  RecordEditor *mEditor = nullptr;
  std::vector<tryggkarta::RecordSnapshot> mRemoved;
  bool mFirstRedo = true;
};

//! Records changed (an edit, a multi-edit, a move): undo and redo set them to the rows before and after.
class ChangeRecordsCommand : public QUndoCommand
{
public:
  ChangeRecordsCommand( RecordEditor *editor, std::vector<tryggkarta::RecordSnapshot> before,
                        std::vector<tryggkarta::RecordSnapshot> after, const QString &text );
  void undo() override;
  void redo() override;

private:
  RecordEditor *mEditor = nullptr;
  std::vector<tryggkarta::RecordSnapshot> mBefore;
  std::vector<tryggkarta::RecordSnapshot> mAfter;
  bool mFirstRedo = true;
};

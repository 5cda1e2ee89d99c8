#pragma once
// The lock that stops two Tryggkarta windows (on this or another computer sharing the folder) from writing
// one project file.

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

/**
 * Holds the lock on the open project file. A second Tryggkarta (on this or another computer sharing the
 * folder) that tries to open the same file is told who has it and since when; a lock left by a Tryggkarta
 * that no longer runs on this computer is taken over (with a note for the user); a lock from another computer
 * can be broken when the user is sure the file is not open there any more.
 */
class ProjectLock
{
  Q_DECLARE_TR_FUNCTIONS( ProjectLock )

public:
  ProjectLock();
  ~ProjectLock();

  //! Who holds a project's lock, as its lock file says.
  struct Holder
  {
    qint64 pid = 0;
    QString host;
    QString user;    //!< empty when not known
    QDateTime since; //!< when the lock was taken
    bool thisComputer = false;
  };
  //! The Tryggkarta that holds the lock of a project now, or nothing when the file is free (or its lock was
  //! left by a Tryggkarta that no longer runs on this computer).
  static std::optional<Holder> holder( const QString &projectPath );

  /**
   * Locks the project file, releasing any lock held before. Returns an empty string when the file is now
   * locked by us, or may be opened without a lock (a folder we cannot write to: nobody can write the file
   * through Tryggkarta there either), or a message for the user when another Tryggkarta has it open.
   */
  QString acquire( const QString &projectPath );
  //! Releases the lock, if one is held.
  void release();
  //! After acquire: what the user should know when it took over the lock a crashed Tryggkarta left, else
  //! empty.
  QString takeOverNote() const { return mTakeOverNote; }

  //! Removes the lock of a project another computer holds (the user is sure the file is not open there).
  static bool breakLock( const QString &projectPath );
  //! The lock file of a project file (hidden, next to it).
  static QString lockFilePath( const QString &projectPath );
  //! The file beside the lock that names its user (QLockFile keeps the process and the computer only).
  static QString ownerFilePath( const QString &projectPath );

private:
  std::unique_ptr<QLockFile> mLock;
  QString mOwnerFile;
  QString mTakeOverNote;
};

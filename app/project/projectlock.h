#pragma once
// The lock that stops two Tryggkarta windows (on this or another computer sharing the folder) from writing
// one project file.

#include <QCoreApplication>
#include <QString>

#include <memory>

class QLockFile;

/**
 * Holds the lock on the open project file. A second Tryggkarta (on this or another computer sharing the
 * folder) that tries to open the same file is told who has it; a lock left by a crashed process on this
 * computer is taken over.
 */
class ProjectLock
{
  Q_DECLARE_TR_FUNCTIONS( ProjectLock )

public:
  ProjectLock();
  ~ProjectLock();

  /**
   * Locks the project file, releasing any lock held before. Returns an empty string when the file is now
   * locked by us, or may be opened without a lock (a folder we cannot write to: nobody can write the file
   * through Tryggkarta there either), or a message for the user when another Tryggkarta has it open.
   */
  QString acquire( const QString &projectPath );
  //! Releases the lock, if one is held.
  void release();
  //! The lock file of a project file (hidden, next to it).
  static QString lockFilePath( const QString &projectPath );

private:
  std::unique_ptr<QLockFile> mLock;
};

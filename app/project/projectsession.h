#pragma once
// What the app keeps about project files across sessions: the recent projects, the lock that stops two
// Tryggkarta windows from writing one file, and the demo project's place.

#include <QCoreApplication>
#include <QString>
#include <QStringList>

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

//! The recently opened projects, newest first, kept in the settings.
class RecentProjects
{
public:
  static constexpr int sMaximum = 10;
  //! The list, newest first, without files that no longer exist.
  static QStringList list();
  //! Puts a project first in the list.
  static void add( const QString &path );
  static void remove( const QString &path );
};

//! Where "Open the demo" keeps its generated copy of Exempelkommun (in the user's data folder).
QString demoProjectPath();

// The project file's lock: a lock left by a Tryggkarta that crashed on this computer is taken over with a
// note; one held by another computer names who has it and since when, and can be broken after a question.

#include "guitestutil.h"
#include "mainwindow.h"
#include "projectcontroller.h"
#include "projectlock.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QMessageBox>
#include <QTimer>

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStatusBar>
#include <QSysInfo>

namespace
{
//! Writes a lock file as QLockFile does (process, application, computer), for a Tryggkarta that is not this
//! one.
void writeLockFile( const QString &projectPath, qint64 pid, const QString &host, const QString &user )
{
  QFile lock( ProjectLock::lockFilePath( projectPath ) );
  REQUIRE( lock.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  lock.write( QByteArray::number( pid ) + "\nTryggkarta\n" + host.toUtf8() + "\n" );
  lock.close();
  QFile owner( ProjectLock::ownerFilePath( projectPath ) );
  REQUIRE( owner.open( QIODevice::WriteOnly | QIODevice::Truncate ) );
  owner.write( user.toUtf8() + "\n" );
}

//! The process id of a process that has ended (so no process of that id runs, for a while).
qint64 endedProcessId()
{
  QProcess process;
  process.start( QStringLiteral( "true" ), {} );
  REQUIRE( process.waitForStarted() );
  const qint64 pid = process.processId();
  REQUIRE( process.waitForFinished() );
  return pid;
}
} // namespace

TEST_CASE( "a lock left by a Tryggkarta that crashed on this computer is taken over with a note", "[lock]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  const qint64 crashed = endedProcessId();
  writeLockFile( demo.path(), crashed, QSysInfo::machineHostName(), QStringLiteral( "samordnare" ) );
  CHECK_FALSE( ProjectLock::holder( demo.path() ).has_value() ); // nobody holds it

  MainWindow window;
  QString note;
  QObject::connect( window.projects(), &ProjectController::message,
                    [&note]( const QString &text, int ) { note += text; } );
  REQUIRE( window.projects()->open( demo.path() ) == QString() );
  CHECK_THAT( note.toStdString(), Catch::Contains( QString::number( crashed ).toStdString() ) );
  CHECK_THAT( note.toStdString(), Catch::Contains( "lås" ) );
  // Now ours: another window is refused.
  const std::optional<ProjectLock::Holder> holder = ProjectLock::holder( demo.path() );
  REQUIRE( holder.has_value() );
  CHECK( holder->pid == QCoreApplication::applicationPid() );
  CHECK( holder->thisComputer );
}

TEST_CASE( "a lock held by another computer names its user and computer, and can be broken after a question",
           "[lock]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  writeLockFile( demo.path(), 4242, QStringLiteral( "socialtjanst-pc17" ), QStringLiteral( "anna" ) );
  const std::optional<ProjectLock::Holder> holder = ProjectLock::holder( demo.path() );
  REQUIRE( holder.has_value() );
  CHECK_FALSE( holder->thisComputer );
  CHECK( holder->host == QStringLiteral( "socialtjanst-pc17" ) );
  CHECK( holder->user == QStringLiteral( "anna" ) );
  CHECK( holder->since.secsTo( QDateTime::currentDateTime() ) < 600 );

  MainWindow window;
  // Opening it as a script would is refused with who has it.
  const QString refused = window.projects()->open( demo.path() );
  CHECK_THAT( refused.toStdString(), Catch::Contains( "socialtjanst-pc17" ) );
  CHECK_THAT( refused.toStdString(), Catch::Contains( "anna" ) );
  CHECK( window.projects()->path().isEmpty() );

  int asked = 0;
  SECTION( "the user keeps the lock: the project stays closed and the lock as it was" )
  {
    window.projects()->setBreakLockQuestion(
      [&asked]( const ProjectLock::Holder &h )
      {
        ++asked;
        return h.host != QStringLiteral( "socialtjanst-pc17" );
      } );
    // The open is then refused in a message box that names who has the project: read it and close it.
    QString shown;
    QTimer::singleShot( 0,
                        [&shown]
                        {
                          if ( auto *box = qobject_cast<QMessageBox *>( QApplication::activeModalWidget() ) )
                          {
                            shown = box->text();
                            box->accept();
                          }
                        } );
    window.projects()->openInteractively( demo.path() );
    CHECK( asked == 1 );
    CHECK_THAT( shown.toStdString(), Catch::Contains( "socialtjanst-pc17" ) );
    CHECK( window.projects()->path().isEmpty() );
    CHECK( ProjectLock::holder( demo.path() )->host == QStringLiteral( "socialtjanst-pc17" ) );
  }
  SECTION( "the user breaks it: the project opens here and the lock is ours" )
  {
    window.projects()->setBreakLockQuestion(
      [&asked]( const ProjectLock::Holder & )
      {
        ++asked;
        return true;
      } );
    window.projects()->openInteractively( demo.path() );
    CHECK( asked == 1 );
    CHECK( window.projects()->path() == QFileInfo( demo.path() ).absoluteFilePath() );
    CHECK( ProjectLock::holder( demo.path() )->pid == QCoreApplication::applicationPid() );
  }
}

#pragma once
// Killing tryggkarta-cli with SIGKILL at a chosen point of its work: after a time, or when the project file
// and its rollback journal reach a state (the journal appears, the file starts to change while a journal is
// beside it: SQLite writing committed or spilled pages). The state is polled every 50 microseconds, so the
// kill lands within a few pages of the moment asked for.

#include <chrono>
#include <csignal>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace crashtest
{

//! The project file and its journal as seen by a poll (size -1: not there).
struct FileState
{
  int64_t fileSize = -1;
  int64_t fileModified = 0; //!< nanoseconds
  int64_t journalSize = -1;
  double seconds = 0; //!< since the program started
};

inline FileState stateOf( const std::string &project, double seconds )
{
  FileState s;
  s.seconds = seconds;
  struct stat st;
  if ( ::stat( project.c_str(), &st ) == 0 )
  {
    s.fileSize = st.st_size;
    s.fileModified = static_cast<int64_t>( st.st_mtim.tv_sec ) * 1000000000 + st.st_mtim.tv_nsec;
  }
  if ( ::stat( ( project + "-journal" ).c_str(), &st ) == 0 )
    s.journalSize = st.st_size;
  return s;
}

//! When to kill: given the state when the program started and now, true to kill now.
using KillPoint = std::function<bool( const FileState &start, const FileState &now )>;

struct Killed
{
  bool killed = false; //!< false: the program ended by itself before the point came
  int exitCode = -1;   //!< when it ended by itself
  FileState at;        //!< the state that triggered the kill
};

/**
 * Runs the program (argv[0] a path) with its output to /dev/null, polls the project's state and kills it with
 * SIGKILL at the first poll where the kill point says so.
 */
inline Killed runAndKill( const std::vector<std::string> &argv, const std::string &project,
                          const KillPoint &point )
{
  std::vector<char *> args;
  for ( const std::string &a : argv )
    args.push_back( const_cast<char *>( a.c_str() ) );
  args.push_back( nullptr );
  const auto started = std::chrono::steady_clock::now();
  const auto elapsed = [started]
  { return std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count(); };
  const FileState start = stateOf( project, 0 );
  const pid_t pid = fork();
  if ( pid == 0 )
  {
    const int null = ::open( "/dev/null", O_WRONLY );
    dup2( null, 1 );
    dup2( null, 2 );
    execv( args[0], args.data() );
    _exit( 127 );
  }
  Killed result;
  if ( pid < 0 )
    return result;
  for ( ;; )
  {
    int status = 0;
    const pid_t done = waitpid( pid, &status, WNOHANG );
    if ( done == pid )
    {
      result.exitCode = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
      return result;
    }
    const FileState now = stateOf( project, elapsed() );
    if ( point( start, now ) )
    {
      kill( pid, SIGKILL );
      waitpid( pid, &status, 0 );
      result.killed = WIFSIGNALED( status );
      result.exitCode = result.killed ? -1 : ( WIFEXITED( status ) ? WEXITSTATUS( status ) : -1 );
      result.at = now;
      return result;
    }
    std::this_thread::sleep_for( std::chrono::microseconds( 50 ) );
  }
}

//! Kill after a time.
inline KillPoint after( double seconds )
{
  return [seconds]( const FileState &, const FileState &now ) { return now.seconds >= seconds; };
}

//! Kill once the journal exists and holds at least this many bytes (0: as soon as it is created).
inline KillPoint journalHolds( int64_t bytes )
{
  return [bytes]( const FileState &, const FileState &now )
  { return now.journalSize >= bytes && now.journalSize >= 0; };
}

//! Kill while a journal is beside the file and the file has changed (SQLite writing pages into it: a spill,
//! or the commit), once it has grown by at least this many bytes (0: at the first change seen).
inline KillPoint fileWrittenWithJournal( int64_t grownBy )
{
  return [grownBy]( const FileState &start, const FileState &now )
  {
    return now.journalSize > 0 && now.fileModified != start.fileModified &&
           now.fileSize - start.fileSize >= grownBy;
  };
}

//! Kill once the journal, having been there, is gone again (the commit is done; the program still runs).
inline KillPoint journalGone()
{
  auto seen = std::make_shared<bool>( false );
  return [seen]( const FileState &, const FileState &now )
  {
    if ( now.journalSize >= 0 )
      *seen = true;
    return *seen && now.journalSize < 0;
  };
}

} // namespace crashtest

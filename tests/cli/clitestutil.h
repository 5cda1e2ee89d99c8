#pragma once
// Running tryggkarta-cli from the end-to-end tests.

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include <sys/wait.h>

namespace clitest
{

struct Run
{
  int exitCode = -1;
  std::string output;
};

//! Runs a shell command, stdout and stderr together.
inline Run runCommand( const std::string &command )
{
  Run run;
  FILE *pipe = popen( command.c_str(), "r" );
  REQUIRE( pipe );
  char buffer[4096];
  size_t n;
  while ( ( n = fread( buffer, 1, sizeof buffer, pipe ) ) > 0 )
    run.output.append( buffer, n );
  const int status = pclose( pipe );
  run.exitCode = WIFEXITED( status ) ? WEXITSTATUS( status ) : -1;
  return run;
}

//! Runs the CLI with the arguments (each single-quoted for the shell), stdout and stderr together.
inline Run cli( const std::vector<std::string> &args )
{
  std::string command = TRYGGKARTA_CLI;
  for ( const std::string &a : args )
    command += " '" + a + "'";
  return runCommand( command + " 2>&1" );
}

} // namespace clitest

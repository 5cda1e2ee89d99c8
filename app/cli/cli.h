#pragma once
// tryggkarta-cli: headless work on a project (create the demo, inspect, import).

#include <ostream>
#include <string>
#include <vector>

namespace tryggkarta
{

//! Runs one command line; returns the exit code (0 ok, 1 failure, 2 usage error).
int runCli( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );

} // namespace tryggkarta

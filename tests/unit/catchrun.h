#pragma once

//! Runs the test cases named on the command line with Catch2 (its Session is declared only where its
//! implementation is compiled: catchimpl.cpp, compiled once for every test binary).
int runCatchSession( int argc, char *argv[] );

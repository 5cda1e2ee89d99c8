#pragma once
// The demo project with a before and an after period, shared by the evaluation's CLI and PDF tests: the last
// 91 days of the demo's events against the 91 days before, and the core's own evaluation to compare with.

#include "clitestutil.h"
#include "testutil.h"

#include "areas.h"
#include "calendar.h"
#include "evaluation.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

namespace evaluationtest
{
using namespace tryggkarta;

struct Demo
{
  testutil::TempDir dir;
  std::string path;
  DatePeriod before;
  DatePeriod after;

  Demo() : path( dir.file( "demo.gpkg" ) )
  {
    REQUIRE( clitest::cli( { "demo", path, "--seed", "1" } ).exitCode == 0 );
    auto project = ProjectFile::open( path, true );
    REQUIRE( project );
    // The last 91 days of the demo's events against the 91 days before.
    const std::string last =
      ( *project )->db().queryText( "SELECT max(substr(occurred_from, 1, 10)) FROM incidents" );
    const int64_t end = *parseIsoDate( last );
    after = { isoDateOf( end - 90 ), isoDateOf( end ) };
    before = { isoDateOf( end - 181 ), isoDateOf( end - 91 ) };
  }

  EvaluationResult core( const std::string &target, const std::string &comparison,
                         std::optional<double> buffer )
  {
    auto project = ProjectFile::open( path, true );
    REQUIRE( project );
    EvaluationSettings s;
    s.targetAreaId = findArea( **project, target )->fid;
    s.comparisonAreaId = findArea( **project, comparison )->fid;
    s.bufferMeters = buffer;
    s.before = before;
    s.after = after;
    auto result = evaluateIntervention( **project, s );
    REQUIRE( result );
    return *result;
  }
};

} // namespace evaluationtest

#pragma once
// Exempelkommun: a synthetic but plausible small Swedish town around Kristinehamn's real centre coordinates,
// generated deterministically so the app opens on something meaningful without any downloaded data.

#include "expected.h"

#include <cstdint>
#include <string>

namespace tryggkarta
{

//! Shown in layer metadata and on every map made from the demo.
constexpr const char *kSyntheticDataNote = "Exempelkommun (syntetiska data)";

struct DemoOptions
{
  uint64_t seed = 1;
  //! Last day of the generated events (local date, inclusive); two years of events end here.
  std::string untilDate = "2026-11-22";
  int years = 2;
};

struct DemoSummary
{
  int64_t incidents = 0;
  int64_t observations = 0;
  int64_t safetyWalks = 0;
  int64_t actions = 0;
  int64_t areas = 0;
  int64_t baseMapFeatures = 0;
  int64_t priorities = 0;
  int64_t interventions = 0;
  int64_t promiseActivities = 0;
};

//! Creates a new project file at path with the demo base map, events, walks and actions. Fails if path
//! exists.
Expected<DemoSummary> createDemoProject( const std::string &path,
                                         const DemoOptions &options = DemoOptions() );

} // namespace tryggkarta

#pragma once
// The incidents held in memory (SelectedIncident) once more as compact columns, so that a filter change
// scans a few bytes per incident instead of whole records: the map's live filter runs over a million
// incidents in milliseconds. Rows are the positions in the list the columns were made from.

#include "areas.h"
#include "expected.h"
#include "selection.h"

#include <cstdint>
#include <string>
#include <vector>

namespace tryggkarta
{

struct IncidentColumns
{
  enum Flag : uint8_t
  {
    PlacesPoint = 1, //!< the place is a point (exact, address or street)
    TimeKnown = 2,
    Incident = 4, //!< not set for an observation's row (which no filter takes)
  };

  //! Columns of these incidents (observations in the list are kept out of every filter: rows never match).
  static IncidentColumns of( const std::vector<SelectedIncident> &incidents );

  size_t size() const { return fromUtc.size(); }
  //! The bytes the columns and dictionaries take.
  size_t memoryBytes() const;

  std::vector<int64_t> fromUtc, untilUtc;
  std::vector<double> x, y, weight;
  std::vector<uint32_t> category, source, organisation; //!< indices into the dictionaries
  std::vector<uint8_t> flags;                           //!< Flag bits; 0 for an observation's row
  std::vector<std::string> categories, sources, organisations;
  //! Rows whose place is not a point.
  size_t impreciseCount = 0;
};

/**
 * The rows the selection takes, in order: the same incidents filterIncidents() takes from the list the
 * columns were made of (area as there: required when the selection names one). Observations' rows never
 * match.
 */
Expected<std::vector<uint32_t>> filterRows( const IncidentColumns &columns, const Selection &selection,
                                            const ProjectArea *area );

//! The incidents of these rows, copied from the list the columns were made of.
std::vector<SelectedIncident> incidentsAt( const std::vector<SelectedIncident> &incidents,
                                           const std::vector<uint32_t> &rows );

} // namespace tryggkarta

#pragma once
// Selections over the incident store (incidentstore.h): a filter change scans a few bytes per incident
// instead of whole records or SQL rows, so the map's live filter and the analyses take a million incidents in
// milliseconds. The rows taken are exactly the incidents selectIncidents() and filterIncidents() take.

#include "areas.h"
#include "expected.h"
#include "incidentstore.h"
#include "selection.h"

#include <cstdint>
#include <vector>

namespace tryggkarta
{

class ProjectFile;

/**
 * The rows of the store the selection's incident filters, period, time of week and area take, in order
 * (rows without a point or a time, and observations' rows, never). The area as in filterIncidents(): required
 * when the selection names one.
 */
Expected<std::vector<uint32_t>> filterRows( const IncidentStore &store, const Selection &selection,
                                            const ProjectArea *area );

//! selectIncidents() through the table's SQL only, never the store (to check the two against each other).
Expected<std::vector<SelectedIncident>> selectIncidentsFromTable( ProjectFile &project,
                                                                  const Selection &selection );

//! The incident of a row, as selectIncidents() reads it.
SelectedIncident incidentAt( const IncidentStore &store, size_t row );
//! The incidents of these rows.
std::vector<SelectedIncident> incidentsAt( const IncidentStore &store, const std::vector<uint32_t> &rows );

} // namespace tryggkarta

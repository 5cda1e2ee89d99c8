#pragma once
// Who has reported, read live from the shared database: the counts per organisation and ISO week of every
// report there (tryggkarta.reported_weeks, aggregated for every role: police-restricted reports count too,
// without being shown), put into an overview the copy made (its weeks and who is expected).

#include "expected.h"
#include "reporting.h"

namespace tryggkarta
{

class PgConnection;

/**
 * Replaces the overview's organisations with the shared database's figures for the same weeks: which
 * organisations are expected (reports_weekly there), their reports per week, last report and missing weeks.
 */
Status mergeSharedReporting( PgConnection &conn, ReportingOverview &overview );

} // namespace tryggkarta

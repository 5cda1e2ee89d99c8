#pragma once
// Who has reported: EST rests on every actor reporting every week, so the coordinator sees on opening a
// project which organisations reported in which of the last weeks (ISO weeks, Europe/Stockholm), when each
// last reported, and which weeks are missing. A report is any incident that entered the project (imported or
// entered) with the organisation: its created_at counts, not when the event happened (a week's report of
// last month's graffiti is this week's report). Also the newest event date per organisation and source, so a
// filter can say plainly that the newest data is older than the period it shows.

#include "expected.h"
#include "selection.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace tryggkarta
{

class IncidentStore;

class Database;

//! The most weeks the overview looks back.
constexpr int kMaxReportingWeeks = 104;

//! One ISO week of the overview.
struct ReportingWeek
{
  int isoYear = 0;
  int week = 0;
  std::string label;  //!< "2026-W53"
  std::string monday; //!< YYYY-MM-DD
  std::string sunday; //!< YYYY-MM-DD
};

struct OrganisationReporting
{
  std::string name;
  bool expected = false;                 //!< reports_weekly: expected to report every week
  std::vector<int64_t> perWeek;          //!< incidents entered per week of the overview, oldest first
  std::string lastReportDate;            //!< YYYY-MM-DD (Stockholm) of its newest created_at; empty: never
  std::vector<std::string> missingWeeks; //!< labels of the weeks without a report, oldest first
  int weeksReported = 0;

  bool reported( std::size_t week ) const { return week < perWeek.size() && perWeek[week] > 0; }
};

struct ReportingOverview
{
  std::string today;                //!< YYYY-MM-DD, Stockholm
  std::vector<ReportingWeek> weeks; //!< oldest first; the last is today's week
  //! Organisations expected to report, then those that reported in the window without being expected;
  //! each group by name.
  std::vector<OrganisationReporting> organisations;
};

/**
 * The overview for the last `weeks` ISO weeks up to and including today's (1 … kMaxReportingWeeks). today:
 * YYYY-MM-DD, empty for today in Stockholm. Organisations with reports_weekly = 1 are always listed (also
 * when they never reported); others when they reported in the window.
 */
Expected<ReportingOverview> reportingOverview( Database &db, int weeks = 8, const std::string &today = {} );
/**
 * Fills the overview's organisations from each one's reports per week (perWeek, one per week of the
 * overview): its reported and missing weeks; those expected to report first, then those that reported without
 * being expected, each group by name (the map's order). Used for the project's own reports and the shared
 * database's.
 */
void setReportingOrganisations( ReportingOverview &overview,
                                std::map<std::string, OrganisationReporting> byName );

/**
 * Sets whether an organisation is expected to report every week, in one transaction with the audit log.
 * Fails for an organisation the project does not have (the message lists them).
 */
Status setReportsWeekly( Database &db, const std::string &organisation, bool expected,
                         const std::string &actor = {} );

//! The newest event of an organisation or a source.
struct NewestEvent
{
  bool isSource = false; //!< false: an organisation; true: a source (est, police, safety_walk, manual)
  std::string name;      //!< the organisation's name or the source code
  std::string label;     //!< as a Swedish sentence names it: "Polisen"; for a source "källan polisen"
  std::string date;      //!< YYYY-MM-DD (Stockholm) of its newest occurred_from
};

//! Per organisation and per source the date of its newest event (organisations first, by name; then sources).
Expected<std::vector<NewestEvent>> newestEventDates( Database &db );

//! The same from incidents already in memory (the app's filter holds them all): observations are skipped.
std::vector<NewestEvent> newestEventDates( const std::vector<SelectedIncident> &incidents );
//! The same from the incident store (its selectable rows).
std::vector<NewestEvent> newestEventDates( const IncidentStore &store );

//! The Swedish label of a source code in running text: "EST-rapporter", "polisen", "trygghetsvandringar",
//! "manuellt inlagda".
std::string sourceLabelSv( const std::string &source );

} // namespace tryggkarta

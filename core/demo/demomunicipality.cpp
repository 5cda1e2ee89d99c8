#include "demomunicipality.h"

#include "database.h"
#include "datetimeparser.h"
#include "demoparts.h"
#include "projectfile.h"

#include <filesystem>

// The generator's steps in order (one random stream from the seed: the events, then the walks). The parts are
// in demotown.cpp (base map), demoareas.cpp, demoevents.cpp (with the interventions' effect and the weekly
// reporting), demofollowup.cpp (priorities, the citizen promise) and demowalks.cpp (walks and actions).

namespace tryggkarta
{

namespace
{

using namespace demo;

void writeOrganisations( Database &db )
{
  const char *organisations[][2] = {
    { "Polisen", "police" },
    { "Gatu- och parkenheten", "municipality" },
    { "Fritidsgården", "municipality" },
    { "Skolan", "school" },
    { "Exempelbostäder AB", "housing" },
    { "Trygghetsvärdar", "security" },
    { "Räddningstjänsten", "rescue" },
    { "Kollektivtrafiken", "public_transport" },
  };
  Statement insert = db.prepare( "INSERT OR IGNORE INTO organisations (name, kind) VALUES (?, ?)" );
  for ( const auto &organisation : organisations )
  {
    insert.bind( 1, organisation[0] ).bind( 2, organisation[1] );
    insert.run();
  }
  Statement weekly = db.prepare( "UPDATE organisations SET reports_weekly = 1 WHERE name = ?" );
  for ( const WeeklyReporter &reporter : weeklyReporters() )
  {
    weekly.bind( 1, reporter.organisation );
    weekly.run();
    weekly.reset();
  }
}

void writeMeta( Database &db, const DemoOptions &options )
{
  Statement meta = db.prepare( "INSERT OR REPLACE INTO tryggkarta_meta (key, value) VALUES (?, ?)" );
  const std::pair<const char *, std::string> values[] = {
    { "synthetic_data", kSyntheticDataNote },          { "municipality_name", "Exempelkommun" },
    { "demo_seed", std::to_string( options.seed ) },   { "demo_until", options.untilDate },
    { "demo_years", std::to_string( options.years ) },
  };
  for ( const auto &[key, value] : values )
  {
    meta.bind( 1, key ).bind( 2, value );
    meta.run();
  }
}

} // namespace

Expected<DemoSummary> createDemoProject( const std::string &path, const DemoOptions &options )
{
  int64_t untilDay = 0;
  if ( !parseIsoDate( options.untilDate, untilDay ) )
    return Error( MessageCode::DemoBadEndDate, options.untilDate );
  if ( options.years < 1 || options.years > 10 )
    return Error( MessageCode::DemoBadYears, options.years );

  Period period;
  const CivilDate until = daysToCivil( untilDay );
  // Clamp 29 February to the 28th in a year without it.
  const int64_t sameDayEarlier = daysFromCivil( until.year - options.years, until.month, until.day );
  const bool dayExists = daysToCivil( sameDayEarlier ).day == until.day;
  period.firstDay =
    ( dayExists ? sameDayEarlier : daysFromCivil( until.year - options.years, until.month, 28 ) ) + 1;
  period.lastDay = untilDay;
  period.startUtc = stockholmWallClockToUtc( period.firstDay * kSecondsPerDay );
  period.endUtc = stockholmWallClockToUtc( period.lastDay * kSecondsPerDay + kSecondsPerDay - 1 );

  auto created = ProjectFile::create( path );
  if ( !created )
    return Error{ created.error() };
  std::unique_ptr<ProjectFile> project = std::move( created.value() );

  std::string failure;
  DemoSummary summary;
  try
  {
    const Town town = buildTown();
    Random random( options.seed );
    const std::vector<IncidentRecord> incidents = generateIncidents( town, period, random, options.years );

    Database &db = project->db();
    Transaction transaction( db );
    summary.baseMapFeatures = writeBaseMap( db, town );
    const std::map<std::string, int64_t> areaIds = writeAreas( db, town, summary.areas );
    writeOrganisations( db );
    summary.incidents = writeIncidents( db, incidents );
    const WrittenPriorities priorities = writePriorities( db, town, period, areaIds, incidents, summary );
    const WrittenWalks walks = writeWalks( db, town, period, areaIds, priorities, random, summary );
    writeCitizenPromise( db, period, areaIds, walks, summary );
    writeMeta( db, options );
    transaction.commit();
  }
  catch ( const std::exception &e )
  {
    failure = e.what();
  }
  if ( failure.empty() )
    return summary;

  project.reset();
  std::error_code ec;
  std::filesystem::remove( path, ec );
  return Error( MessageCode::DemoCreateFailed, path, failure );
}

} // namespace tryggkarta

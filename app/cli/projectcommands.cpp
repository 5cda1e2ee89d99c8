// tryggkarta-cli's project commands: new, demo, info and recover.

#include "climessages.h"
#include "cliutil.h"
#include "lagesbild.h"
#include "mapcontent.h"
#include "publicmode.h"
#include "reportperiod.h"
#include "textscreening.h"
#include "demomunicipality.h"
#include "projectfile.h"
#include "recovery.h"

#include <chrono>
#include <iomanip>

namespace tryggkarta::cli
{

int commandDemo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--seed", "--until" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "demo needs exactly one output file" );
  DemoOptions options;
  if ( auto seed = a.value( "--seed" ) )
  {
    if ( seed->empty() || seed->find_first_not_of( "0123456789" ) != std::string::npos || seed->size() > 18 )
      return usage( err, "--seed must be a whole number" );
    options.seed = std::stoull( *seed );
  }
  if ( auto until = a.value( "--until" ) )
    options.untilDate = *until;
  const auto started = std::chrono::steady_clock::now();
  auto result = createDemoProject( a.positional[0], options );
  if ( !result )
    return fail( err, result.error() );
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  out << "Created " << a.positional[0] << ": " << kSyntheticDataNote << "\n"
      << "  incidents:     " << result->incidents << "\n"
      << "  safety walks:  " << result->safetyWalks << "\n"
      << "  observations:  " << result->observations << "\n"
      << "  actions:       " << result->actions << " (interventions: " << result->interventions << ")\n"
      << "  priorities:    " << result->priorities << "\n"
      << "  promise activities: " << result->promiseActivities << "\n"
      << "  areas:         " << result->areas << "\n"
      << "  map features:  " << result->baseMapFeatures << "\n"
      << "  in " << std::fixed << std::setprecision( 2 ) << seconds << " s\n";
  return 0;
}

int commandNew( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--crs" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "new needs exactly one output file" );
  int epsg = 3006;
  if ( auto crs = a.value( "--crs" ) )
  {
    const auto parsed = parseEpsg( *crs );
    if ( !parsed )
      return usage( err, "--crs must look like EPSG:3006, not '" + *crs + "'" );
    epsg = *parsed;
  }
  auto project = ProjectFile::create( a.positional[0], epsg );
  if ( !project )
    return fail( err, project.error() );
  out << "Created " << a.positional[0] << " (EPSG:" << epsg << ")\n";
  return 0;
}

int commandInfo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, {}, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "info needs exactly one project file" );
  auto project = openProject( a.positional[0], true, err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = *project.value();
  out << "Project:        " << p.path() << "\n";
  out << "Schema version: " << p.schemaVersion() << "\n";
  out << "CRS:            EPSG:" << p.projectSrsId() << "\n";
  const std::string note = p.metaValue( "synthetic_data" );
  if ( !note.empty() )
    out << "Note:           " << note << "\n";
  for ( const auto &[table, count] : p.tableCounts() )
    out << "  " << std::left << std::setw( 16 ) << table << std::right << std::setw( 10 ) << count << "\n";
  return 0;
}

int commandRecover( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--out" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "recover needs exactly one project file" );
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "recover needs --out NEW.gpkg" );
  auto report = recoverProject( a.positional[0], *outPath );
  if ( !report )
    return fail( err, report.error() );
  const RecoveryReport &r = report.value();
  out << "Recovered " << r.damagedPath << " into " << r.newPath << " (the damaged file was not changed)\n";
  for ( const Message &note : r.notes )
    out << "  note: " << messageText( note ) << "\n";
  out << "  " << std::left << std::setw( 24 ) << "table" << std::right << std::setw( 10 ) << "copied"
      << std::setw( 10 ) << "not read" << std::setw( 10 ) << "refused"
      << "\n";
  for ( const TableRecovery &t : r.tables )
  {
    out << "  " << std::left << std::setw( 24 ) << t.table << std::right << std::setw( 10 ) << t.copied
        << std::setw( 10 ) << t.unreadable << std::setw( 10 ) << t.refused << "\n";
    for ( const Message &problem : t.problems )
      out << "      " << messageText( problem ) << "\n";
  }
  out << ( r.complete()
             ? "Every row was copied.\n"
             : "Some rows could not be recovered (see above); check the new project before using it.\n" );
  return 0;
}

int commandSettings( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--organisation", "--publish-min-count" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "settings needs exactly one project file" );
  const bool writing = a.value( "--organisation" ) || a.value( "--publish-min-count" );
  int minCount = 0;
  if ( auto problem = readInteger( a, "--publish-min-count", minCount, 2, 100 ) )
    return usage( err, *problem );
  auto project = openProject( a.positional[0], !writing, err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = *project.value();
  if ( auto organisation = a.value( "--organisation" ) )
    if ( Status stored = setProjectOrganisation( p, *organisation ); !stored )
      return fail( err, stored.error() );
  if ( a.value( "--publish-min-count" ) )
    if ( Status stored = setPublishMinCount( p, minCount ); !stored )
      return fail( err, stored.error() );
  const std::string organisation = projectOrganisation( p );
  out << "Organisation on maps and reports: " << ( organisation.empty() ? "(not set)" : organisation )
      << "\n";
  out << "Smallest published count (k):     " << publishRules( p ).minCount << "\n";
  return 0;
}

int commandNote( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--period", "--text" }, { "--clear" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "note needs exactly one project file" );
  const auto periodText = a.value( "--period" );
  if ( !periodText )
    return usage( err, "note needs --period (2026-W47, 2026-11, 2026-T3, 2026 or FROM..UNTIL)" );
  if ( a.value( "--text" ) && a.has( "--clear" ) )
    return usage( err, "give --text or --clear, not both" );
  auto period = parseReportPeriod( *periodText );
  if ( !period )
    return fail( err, period.error() );
  const bool writing = a.value( "--text" ) || a.has( "--clear" );
  auto project = openProject( a.positional[0], !writing, err );
  if ( !project )
    return fail( err, project.error() );
  if ( writing )
  {
    // Free text, screened as every other in the project: personal data is replaced and said so.
    std::string text = a.value( "--text" ).value_or( "" );
    const ScreeningResult screened = screenText( text );
    if ( !screened.clean() )
    {
      text = redact( text, screened );
      out << "Personal data in the note was replaced with placeholders (" << screened.flags() << ").\n";
    }
    if ( Status stored = setReportNote( **project, *period, text ); !stored )
      return fail( err, stored.error() );
  }
  const std::string note = reportNote( **project, *period );
  out << "Note for " << period->label() << ": " << ( note.empty() ? "(none)" : note ) << "\n";
  return 0;
}

} // namespace tryggkarta::cli

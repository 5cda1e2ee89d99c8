// tryggkarta-cli's import command: a file into a project, every reject printed with its row; Ctrl+C rolls it
// back.

#include "climessages.h"
#include "cliutil.h"
#include "importer.h"
#include "projectfile.h"

#include <chrono>
#include <csignal>
#include <iomanip>

namespace tryggkarta::cli
{

namespace
{
std::string delimiterName( char d )
{
  switch ( d )
  {
  case '\t':
    return "tab";
  case 0:
    return "-";
  default:
    return std::string( 1, d );
  }
}

volatile std::sig_atomic_t sInterrupted = 0;
void onInterrupt( int )
{
  sInterrupted = 1;
}
} // namespace

int commandImport( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  // A GPX file into a safety walk's record has options of its own (walkimportcommands.cpp).
  if ( isWalkImportKind( args ) )
    return commandImportWalkGpx( args, out, err );
  Arguments a;
  if ( auto problem =
         parseArguments( args,
                         { "--kind", "--crs", "--map", "--map-category", "--layer", "--encoding",
                           "--delimiter", "--source", "--crosswalk", "--leave-out" },
                         { "--dry-run", "--force", "--keep-personal-data", "--quiet", "--no-remember" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 2 )
    return usage( err, "import needs a project file and a file to import" );
  ImportOptions options;
  if ( auto kind = a.value( "--kind" ) )
  {
    if ( *kind == "incidents" )
      options.kind = ImportKind::Incidents;
    else if ( *kind == "observations" )
      options.kind = ImportKind::Observations;
    else
      return usage( err, "--kind must be incidents, observations, walk-route or walk-waypoints, not '" +
                           *kind + "'" );
  }
  if ( auto crs = a.value( "--crs" ) )
  {
    options.sourceEpsg = parseEpsg( *crs );
    if ( !options.sourceEpsg )
      return usage( err, "--crs must look like EPSG:3006, not '" + *crs + "'" );
  }
  for ( auto [it, end] = a.options.equal_range( "--map" ); it != end; ++it )
  {
    const size_t eq = it->second.find( '=' );
    if ( eq == std::string::npos || eq == 0 )
      return usage( err, "--map takes FIELD=COLUMN, not '" + it->second + "'" );
    const std::string field = it->second.substr( 0, eq );
    if ( options.fieldMap.count( field ) )
      return usage( err, "--map " + field + " is given twice" );
    options.fieldMap[field] = it->second.substr( eq + 1 );
  }
  for ( auto [it, end] = a.options.equal_range( "--map-category" ); it != end; ++it )
  {
    const size_t eq = it->second.find( '=' );
    if ( eq == std::string::npos || eq == 0 || eq + 1 == it->second.size() )
      return usage( err, "--map-category takes VALUE=CODE, not '" + it->second + "'" );
    options.categoryMap[it->second.substr( 0, eq )] = it->second.substr( eq + 1 );
  }
  for ( auto [it, end] = a.options.equal_range( "--leave-out" ); it != end; ++it )
  {
    if ( it->second.empty() )
      return usage( err, "--leave-out takes the category value to leave out" );
    if ( options.categoryMap.count( it->second ) )
      return usage( err, "'" + it->second + "' is given both to --map-category and to --leave-out" );
    options.leaveOut.push_back( it->second );
  }
  if ( auto crosswalk = a.value( "--crosswalk" ) )
  {
    if ( crosswalk->empty() )
      return usage( err,
                    "--crosswalk takes the name of a crosswalk (see tryggkarta-cli crosswalk PROJECT list)" );
    options.crosswalk = *crosswalk;
  }
  options.rememberChoices = !a.has( "--no-remember" );
  if ( auto layer = a.value( "--layer" ) )
    options.layerName = *layer;
  if ( auto encoding = a.value( "--encoding" ) )
  {
    if ( *encoding != "UTF-8" && *encoding != "CP1252" && *encoding != "utf-8" && *encoding != "cp1252" )
      return usage( err, "--encoding must be UTF-8 or CP1252" );
    options.encoding = *encoding == "utf-8" ? "UTF-8" : *encoding == "cp1252" ? "CP1252" : *encoding;
  }
  if ( auto delimiter = a.value( "--delimiter" ) )
  {
    if ( *delimiter == "tab" || *delimiter == "\\t" )
      options.delimiter = '\t';
    else if ( delimiter->size() == 1 && std::string( ",;|" ).find( ( *delimiter )[0] ) != std::string::npos )
      options.delimiter = ( *delimiter )[0];
    else
      return usage( err, "--delimiter must be ',', ';', '|' or tab" );
  }
  if ( auto source = a.value( "--source" ) )
    options.defaultSource = *source;
  options.dryRun = a.has( "--dry-run" );
  options.allowReimport = a.has( "--force" );
  options.redactPersonalData = !a.has( "--keep-personal-data" );
  if ( const char *user = std::getenv( "USER" ) )
    options.importedBy = user;

  auto project = openProject( a.positional[0], false, err );
  if ( !project )
    return fail( err, project.error() );
  // Ctrl+C cancels cleanly: the transaction is rolled back and the project is left as it was.
  std::signal( SIGINT, onInterrupt );
  const auto started = std::chrono::steady_clock::now();
  auto result =
    importFile( *project.value(), a.positional[1], options, []( double ) { return sInterrupted == 0; } );
  std::signal( SIGINT, SIG_DFL );
  if ( !result )
    return fail( err, result.error() );
  const ImportReport &r = result.value();
  const double seconds = std::chrono::duration<double>( std::chrono::steady_clock::now() - started ).count();
  if ( !a.has( "--quiet" ) )
    for ( const RejectedRow &reject : r.rejects )
      out << r.fileName << ": row " << reject.rowNumber << ": " << reject.reason.text() << "\n";
  if ( !a.has( "--quiet" ) && !r.dryRun && !r.cancelled &&
       r.rowsRejected > static_cast<int64_t>( r.rejects.size() ) )
    out << "(" << r.rowsRejected - static_cast<int64_t>( r.rejects.size() )
        << " more rejects are listed in the project's import_rejects table)\n";
  out << ( r.cancelled ? "Cancelled: "
           : r.dryRun  ? "Dry run (nothing was changed): "
                       : "Imported: " )
      << r.fileName << "\n";
  out << "  format:    " << r.format;
  if ( !r.layer.empty() )
    out << ", layer " << r.layer;
  if ( r.format == "CSV" )
    out << ", " << r.encoding << ", delimiter " << delimiterName( r.delimiter );
  out << "\n  CRS:       " << messageText( r.sourceCrs ) << "\n  mapping:  ";
  for ( const auto &[target, column] : r.mapping )
    out << " " << target << "=" << column;
  if ( !r.crosswalk.empty() )
    out << "\n  crosswalk: " << r.crosswalk;
  out << "\n  rows read: " << r.rowsRead << "\n  imported:  " << r.rowsImported
      << "\n  rejected:  " << r.rowsRejected << "\n  flagged:   " << r.rowsFlagged
      << " (personal data in free text)\n";
  if ( r.rowsLeftOut > 0 )
  {
    out << "  left out:  " << r.rowsLeftOut << " (on purpose, not errors:";
    for ( const auto &[value, count] : r.leftOutValues )
      out << " '" << value << "' " << count;
    out << ")\n";
  }
  if ( r.rowsDuplicate > 0 )
    out << "  duplicates: " << r.rowsDuplicate
        << " (events already in the project or repeated in the file)\n";
  if ( !r.impreciseRows.empty() )
  {
    out << "  imprecise:";
    const char *separator = " ";
    for ( const auto &[precision, count] : r.impreciseRows )
    {
      out << separator << precision << " " << count;
      separator = ", ";
    }
    out << " (counted, not drawn as points)\n";
  }
  if ( r.batchId )
    out << "  batch:     " << r.batchId << "\n";
  if ( !r.newOrganisations.empty() )
  {
    out << "  new organisations:";
    for ( const std::string &o : r.newOrganisations )
      out << " '" << o << "'";
    out << "\n";
  }
  for ( const Message &w : r.warnings )
    out << "  note: " << messageText( w ) << "\n";
  out << "  in " << std::fixed << std::setprecision( 2 ) << seconds << " s\n";
  return r.cancelled ? 1 : 0;
}

} // namespace tryggkarta::cli

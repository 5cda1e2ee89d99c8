// promises --out FILE.pdf: the citizen promise's yearly follow-up as an A4 PDF through QGIS layouts. Runs in
// tryggkarta-render (the command-line tool hands it over when --out is given; the text follow-up stays in
// tryggkarta-cli, promisecommands.cpp).

#include "cliutil.h"
#include "layoutflow.h"
#include "mapsheet.h"
#include "paths.h"
#include "projectfile.h"
#include "promisepdf.h"
#include "promises.h"
#include "publicmode.h"
#include "results.h"

#include <filesystem>

namespace tryggkarta
{
using namespace cli;

int commandPromisesPdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--year", "--out", "--today" }, { "--public" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "promises needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  int year = 0;
  if ( auto problem = readInteger( a, "--year", year, 2000, 2100 ) )
    return usage( err, *problem );
  if ( !a.value( "--year" ) )
    return usage( err, "promises needs --year YYYY" );
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "promises --out needs FILE.pdf" );
  if ( lowerExtension( *outPath ) != ".pdf" )
    return fail( err, Message::make( MessageCode::ReportOutputFormat, *outPath, std::string( ".pdf" ) ) );
  if ( isSameFile( *outPath, projectPath ) )
    return fail( err, Message::make( MessageCode::ReportOutputIsProject, *outPath ) );
  const QString target = QString::fromStdString( *outPath );
  if ( const QString problem = LayoutFlow::checkTarget( target ); !problem.isEmpty() )
    return fail( err, problem.toStdString() );

  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  FollowUpOptions options;
  options.publicMode = a.has( "--public" );
  options.minCount = publishRules( ( *sheet )->file() ).minCount;
  options.today = a.value( "--today" ).value_or( "" );
  auto followUps = buildPromiseFollowUps( ( *sheet )->file(), year, options );
  if ( !followUps )
    return fail( err, followUps.error() );
  const QString problem =
    PromisePdf::write( **sheet, *followUps, options.publicMode, options.minCount, target );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Wrote " << PromisePdf::title( year, options.publicMode ).toStdString()
      << ( options.publicMode ? " (public)" : "" ) << " to " << *outPath << "\n";
  return 0;
}

} // namespace tryggkarta

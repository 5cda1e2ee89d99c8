// actions --out FILE.pdf: the action list for the follow-up meeting as an A4 landscape PDF through QGIS
// layouts. Runs in tryggkarta-render (the command-line tool hands it over; the table, CSV and XLSX stay in
// tryggkarta-cli, actioncommands.cpp, which also reads the options for both).

#include "actioncommands.h"
#include "actionlistpdf.h"
#include "areas.h"
#include "cliutil.h"
#include "layoutflow.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "paths.h"
#include "projectfile.h"
#include "publicmode.h"
#include "results.h"

namespace tryggkarta
{
using namespace cli;

int commandActionsPdf( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, actionListValueOptions(), actionListFlags(), a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "actions needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  const auto outPath = a.value( "--out" );
  if ( !outPath || lowerExtension( *outPath ) != ".pdf" )
    return usage( err, "actions in tryggkarta-render writes --out FILE.pdf" );
  if ( isSameFile( *outPath, projectPath ) )
    return fail( err, Message::make( MessageCode::ReportOutputIsProject, *outPath ) );
  const QString target = QString::fromStdString( *outPath );
  if ( const QString problem = LayoutFlow::checkTarget( target ); !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  ProjectFile &file = ( *sheet )->file();
  ActionFilter filter;
  bool failed = false;
  if ( auto problem = readActionFilter( a, file, filter, err, failed ) )
    return usage( err, *problem );
  if ( failed )
    return 1;
  std::string areaName;
  if ( auto area = a.value( "--area" ) )
    if ( auto found = findArea( file, *area ) )
      areaName = found->label();
  ActionStore store( file.db() );
  Expected<std::vector<Action>> actions = store.list( filter );
  if ( !actions )
    return fail( err, actions.error() );
  ActionListPdfOptions options;
  options.publicVariant = a.has( "--public" );
  options.filterText = describeActionFilter( filter, areaName );
  options.organisation = projectOrganisation( file );
  options.synthetic = file.holdsSyntheticData();
  options.today = filter.today;
  options.minCount = publishRules( file ).minCount;
  const QString problem = ActionListPdf::write( ( *sheet )->project(), *actions, options, target );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Wrote " << ActionListPdf::title( options.publicVariant ).toStdString() << " (" << actions->size()
      << ( actions->size() == 1 ? " action" : " actions" ) << ") to " << *outPath << "\n";
  return 0;
}

} // namespace tryggkarta

// tryggkarta-cli's results command: the analyses stored in a project, listed, exported or deleted.

#include "climessages.h"
#include "cliutil.h"
#include "projectfile.h"
#include "results.h"

#include <iomanip>

namespace tryggkarta::cli
{

int commandResults( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--delete", "--export", "--out" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "results needs exactly one project file" );
  const auto remove = a.value( "--delete" ), exportName = a.value( "--export" ), outPath = a.value( "--out" );
  if ( remove && exportName )
    return usage( err, "give either --delete or --export" );
  if ( exportName && !outPath )
    return usage( err, "--export needs --out FILE" );
  if ( outPath && !exportName )
    return usage( err, "--out goes with --export NAME" );
  auto project = openProject( a.positional[0], !remove, err );
  if ( !project )
    return fail( err, project.error() );
  ResultStore store( *project.value() );
  if ( remove )
  {
    if ( auto status = store.remove( *remove ); !status )
      return fail( err, status.error() );
    out << "Removed '" << *remove << "'\n";
    return 0;
  }
  if ( exportName )
  {
    if ( auto status = store.exportTo( *exportName, *outPath ); !status )
      return fail( err, status.error() );
    out << "Exported '" << *exportName << "' to " << *outPath << "\n";
    return 0;
  }
  auto results = store.list();
  if ( !results )
    return fail( err, results.error() );
  if ( results->empty() )
  {
    out << "No stored results in " << a.positional[0] << ".\n";
    return 0;
  }
  for ( const StoredResult &r : results.value() )
  {
    out << r.name << "\n  kind:       " << r.kind << "\n  selection:  " << r.selectionText
        << "\n  summary:    " << r.summary << "\n  parameters: " << r.parametersJson << "\n  tables:    ";
    for ( const std::string &t : r.tables )
      out << " " << t;
    out << "\n  created:    " << r.createdAt << "\n";
  }
  return 0;
}

} // namespace tryggkarta::cli

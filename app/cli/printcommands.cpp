// print, report, templates, walk-kit and walk-protocol: the maps, the lägesbild report and a safety walk's
// kit and protocol through QGIS layouts, without a display. They run in tryggkarta-render (the command-line
// tool hands them over), so the other commands never load QGIS.

#include "cli.h"
#include "cliutil.h"
#include "coremessages.h"
#include "datetimeparser.h"
#include "lagesbild.h"
#include "layoutflow.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "mapstatestore.h"
#include "printtemplates.h"
#include "projectfile.h"
#include "publicmode.h"
#include "reportpdf.h"
#include "reportperiod.h"
#include "paths.h"
#include "results.h"
#include "swedishtext.h"
#include "walkcontext.h"
#include "walkkitpdf.h"
#include "walkprotocol.h"
#include "walkprotocolpdf.h"

#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsprojectviewsettings.h>

#include <QDir>
#include <QFileInfo>

#include <csignal>
#include <filesystem>

namespace tryggkarta
{
using namespace cli;

namespace
{
//! Refuses an output that is the project file itself (also through another path to it) or has a wrong type.
std::optional<Message> checkOutput( const std::string &out, const std::string &project,
                                    const std::vector<std::string> &extensions )
{
  // The same file through links (isSameFile), or the same path written another way, even through a folder
  // that does not exist (which the file system would not resolve).
  std::error_code error;
  const auto outPath = std::filesystem::weakly_canonical( out, error );
  const bool samePath = !error && outPath == std::filesystem::weakly_canonical( project, error ) && !error;
  if ( isSameFile( out, project ) || samePath )
    return Message::make( MessageCode::ReportOutputIsProject, out );
  const std::string extension = lowerExtension( out );
  std::string list;
  for ( const std::string &allowed : extensions )
  {
    if ( extension == allowed )
      return std::nullopt;
    list += ( list.empty() ? "" : " or " ) + allowed;
  }
  return Message::make( MessageCode::ReportOutputFormat, out, list );
}

//! The period of --period, or of --from/--until when they are whole dates; none without either.
std::optional<std::string> readPeriod( const Arguments &a, std::optional<ReportPeriod> &period )
{
  if ( auto text = a.value( "--period" ) )
  {
    if ( a.value( "--from" ) || a.value( "--until" ) )
      return std::string( "give --period or --from/--until, not both" );
    auto parsed = parseReportPeriod( *text );
    if ( !parsed )
      return parsed.error().text();
    period = *parsed;
    return std::nullopt;
  }
  if ( a.value( "--from" ) && a.value( "--until" ) )
  {
    auto parsed = reportPeriodFromDates( *a.value( "--from" ), *a.value( "--until" ) );
    if ( parsed )
      period = *parsed;
  }
  return std::nullopt;
}

//! --walk ID: a walk's fid, a whole number of 1 or more; a usage problem as text.
std::optional<std::string> readWalkId( const Arguments &a, const std::string &command, int64_t &walk )
{
  const auto text = a.value( "--walk" );
  if ( !text )
    return command + " needs --walk ID (the walk's id: tryggkarta-cli info lists the walks)";
  if ( text->empty() || text->size() > 15 || text->find_first_not_of( "0123456789" ) != std::string::npos ||
       std::stoll( *text ) < 1 )
    return "--walk takes a walk's id (its fid, a whole number), not '" + *text + "'";
  walk = std::stoll( *text );
  return std::nullopt;
}

volatile std::sig_atomic_t sInterrupted = 0;
extern "C" void onInterrupt( int )
{
  sInterrupted = 1;
}

//! Ctrl+C while a walk document is written stops it between pages, with nothing left behind.
ProgressCallback interruptible()
{
  sInterrupted = 0;
  std::signal( SIGINT, onInterrupt );
  std::signal( SIGTERM, onInterrupt );
  return []( double ) { return sInterrupted == 0; };
}
} // namespace

int commandPrint( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments(
         args, withSelectionOptions( { "--template", "--title", "--period", "--show", "--out", "--dpi" } ),
         { "--public" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "print needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "print needs --out FILE.pdf or FILE.png" );
  if ( auto problem = checkOutput( *outPath, projectPath, { ".pdf", ".png" } ) )
    return fail( err, *problem );
  const auto printTemplate =
    PrintTemplates::find( QString::fromStdString( a.value( "--template" ).value_or( "A4 liggande" ) ) );
  if ( !printTemplate )
    return fail( err, Message::make( MessageCode::ReportUnknownTemplate, *a.value( "--template" ),
                                     PrintTemplates::names().toStdString() ) );
  MapContent content;
  if ( auto show = a.value( "--show" ) )
  {
    const auto shows = mapShowsNamed( *show );
    if ( !shows )
      return usage( err, "--show must be heatmap, hotspots, clusters or incidents, not '" + *show + "'" );
    content.shows = *shows;
  }
  content.publicMode = a.has( "--public" );
  if ( auto problem = readSelection( a, content.selection ) )
    return usage( err, *problem );
  if ( auto problem = readPeriod( a, content.period ) )
    return usage( err, *problem );
  if ( content.period )
  {
    content.selection.fromUtc = content.period->fromUtc;
    content.selection.untilUtc = content.period->untilUtc;
  }
  int dpi = 300;
  if ( auto problem = readInteger( a, "--dpi", dpi, 50, 1200 ) )
    return usage( err, *problem );
  content.extractedAtUtc = utcNowSeconds();

  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  PrintTemplates::importStored( ( *sheet )->project(), QString::fromStdString( projectPath ) );
  PrintMapOptions options;
  options.title = QString::fromStdString( a.value( "--title" ).value_or( "" ) );
  options.dpi = dpi;
  if ( Status prepared = ( *sheet )->prepare( content, options ); !prepared )
    return fail( err, Message::make( MessageCode::ReportWriteFailed, *outPath, prepared.error().text() ) );
  std::unique_ptr<QgsPrintLayout> layout =
    PrintTemplates::layoutFor( ( *sheet )->project(), *printTemplate, options );
  const QString problem = PrintMap::exportLayout( layout.get(), options, QString::fromStdString( *outPath ) );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Printed " << options.title.toStdString() << " (" << printTemplate->name.toStdString()
      << ( PrintTemplates::isStored( ( *sheet )->project(), *printTemplate ) ? ", the project's own template"
                                                                             : "" )
      << ( content.publicMode ? ", public" : "" ) << ") to " << *outPath << "\n";
  return 0;
}

int commandReport( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem =
         parseArguments( args, { "--period", "--out", "--area", "--categories" }, { "--public" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "report needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "report needs --out FILE.pdf" );
  if ( auto problem = checkOutput( *outPath, projectPath, { ".pdf" } ) )
    return fail( err, *problem );
  const auto periodText = a.value( "--period" );
  if ( !periodText )
    return usage( err, "report needs --period (2026-W47, 2026-11, 2026-T3, 2026 or FROM..UNTIL)" );
  auto period = parseReportPeriod( *periodText );
  if ( !period )
    return fail( err, period.error() );
  ReportOptions options;
  options.publicMode = a.has( "--public" );
  options.area = a.value( "--area" );
  if ( auto categories = a.value( "--categories" ) )
    options.categories = splitList( *categories );
  options.extractedAtUtc = utcNowSeconds();

  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  options.minCount = publishRules( ( *sheet )->file() ).minCount;
  auto report = gatherLagesbild( ( *sheet )->file(), *period, options );
  if ( !report )
    return fail( err, report.error() );
  const QString problem = ReportPdf::write( **sheet, *report, QString::fromStdString( *outPath ) );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Wrote " << ReportPdf::title( *report ).toStdString() << ( options.publicMode ? " (public)" : "" )
      << " to " << *outPath << "\n";
  return 0;
}

int commandWalkKit( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--walk", "--out", "--months", "--radius" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "walk-kit needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  int64_t walk = 0;
  if ( auto problem = readWalkId( a, "walk-kit", walk ) )
    return usage( err, *problem );
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "walk-kit needs --out FILE.pdf" );
  ContextOptions options;
  if ( auto problem = readInteger( a, "--months", options.months, 1, 120 ) )
    return usage( err, *problem );
  if ( auto problem = readNumber( a, "--radius", options.radius, "metres" ) )
    return usage( err, *problem );
  if ( options.radius < 10 || options.radius > 2000 )
    return usage( err, "--radius must be 10 to 2000 metres" );
  options.excludeWalk = walk;
  if ( auto problem = checkOutput( *outPath, projectPath, { ".pdf" } ) )
    return fail( err, *problem );
  const QString target = QString::fromStdString( *outPath );
  if ( const QString problem = LayoutFlow::checkTarget( target ); !problem.isEmpty() )
    return fail( err, problem.toStdString() );

  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  auto kit = buildWalkKit( ( *sheet )->file(), walk, options );
  if ( !kit )
    return fail( err, kit.error() );
  const QString problem = WalkKitPdf::write( **sheet, *kit, target, interruptible() );
  std::signal( SIGINT, SIG_DFL );
  std::signal( SIGTERM, SIG_DFL );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Wrote the walk kit " << WalkKitPdf::title( kit->walk ).toStdString() << " (" << kit->stops.size()
      << " stops, events " << kit->periodText << ") to " << *outPath << "\n";
  return 0;
}

int commandWalkProtocol( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--walk", "--out" }, {}, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "walk-protocol needs exactly one project file" );
  const std::string projectPath = a.positional[0];
  int64_t walk = 0;
  if ( auto problem = readWalkId( a, "walk-protocol", walk ) )
    return usage( err, *problem );
  const auto outPath = a.value( "--out" );
  if ( !outPath )
    return usage( err, "walk-protocol needs --out FILE.pdf" );
  if ( auto problem = checkOutput( *outPath, projectPath, { ".pdf" } ) )
    return fail( err, *problem );
  const QString target = QString::fromStdString( *outPath );
  if ( const QString problem = LayoutFlow::checkTarget( target ); !problem.isEmpty() )
    return fail( err, problem.toStdString() );

  auto sheet = MapSheet::open( QString::fromStdString( projectPath ) );
  if ( !sheet )
    return fail( err, sheet.error() );
  auto protocol = buildProtocol( ( *sheet )->file(), walk );
  if ( !protocol )
    return fail( err, protocol.error() );
  const QString problem = WalkProtocolPdf::write( **sheet, *protocol, target, interruptible() );
  std::signal( SIGINT, SIG_DFL );
  std::signal( SIGTERM, SIG_DFL );
  if ( !problem.isEmpty() )
    return fail( err, problem.toStdString() );
  out << "Wrote " << WalkProtocolPdf::title( protocol->walk ).toStdString() << " to " << *outPath << "\n";
  return 0;
}

int commandTemplates( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--export" }, { "--install", "--list" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "templates needs exactly one project file" );
  const QString path = QString::fromStdString( a.positional[0] );
  auto sheet = MapSheet::open( path );
  if ( !sheet )
    return fail( err, sheet.error() );
  PrintTemplates::importStored( ( *sheet )->project(), path );
  if ( !a.has( "--install" ) && !a.value( "--export" ) )
  {
    for ( const PrintTemplate &t : PrintTemplates::builtIn() )
      out << t.name.toStdString()
          << ( PrintTemplates::isStored( ( *sheet )->project(), t )
                 ? "  (in the project: its version there is used)"
                 : "  (built in)" )
          << "\n";
    return 0;
  }
  // The templates as they print the whole municipality's heatmap.
  MapContent content;
  content.extractedAtUtc = utcNowSeconds();
  PrintMapOptions options;
  if ( Status prepared = ( *sheet )->prepare( content, options ); !prepared )
    return fail( err, prepared.error() );
  if ( auto folder = a.value( "--export" ) )
  {
    for ( const PrintTemplate &t : PrintTemplates::builtIn() )
    {
      std::unique_ptr<QgsPrintLayout> layout = PrintTemplates::layoutFor( ( *sheet )->project(), t, options );
      const QString file =
        QDir( QString::fromStdString( *folder ) )
          .filePath( PrintTemplates::layoutName( t ).replace( QLatin1Char( ' ' ), QLatin1Char( '-' ) ) +
                     QStringLiteral( ".qpt" ) );
      const QString problem = PrintTemplates::writeQpt( layout.get(), file );
      if ( !problem.isEmpty() )
        return fail( err, problem.toStdString() );
      out << "Wrote " << file.toStdString() << "\n";
    }
    return 0;
  }
  // --install: the templates into the project's stored map state, where QGIS Desktop finds them under
  // Project → Layouts.
  // A map state saved by the app (styles, results, view) is read whole and only given the layouts it lacks;
  // without one, the project's own layers make it.
  QStringList added;
  if ( MapStateStore::storedCount( path ) > 0 )
  {
    QgsProject stored;
    if ( !stored.read( MapStateStore::storedUri( path ) ) )
      return fail( err, "could not read the map state stored in " + a.positional[0] + ": " +
                          stored.error().toStdString() );
    PrintMapOptions storedOptions = options;
    storedOptions.layers.clear(); // the stored project's visible layers
    storedOptions.extent = stored.viewSettings()->defaultViewExtent();
    storedOptions.crs = stored.crs();
    added = PrintTemplates::install( &stored, storedOptions );
    if ( !added.isEmpty() && !stored.write( MapStateStore::storedUri( path ) ) )
      return fail( err, "could not store the templates in " + a.positional[0] + ": " +
                          stored.error().toStdString() );
  }
  else
  {
    QgsProject *project = ( *sheet )->project();
    options.layers =
      ( *sheet )->backgroundLayers(); // not the scratch heatmap: it lives in a temporary folder
    added = PrintTemplates::install( project, options );
    for ( QgsMapLayer *layer : project->mapLayers().values() )
      if ( !layer->customProperty( ProjectLayers::sTableProperty ).isValid() )
        project->removeMapLayer( layer );
    project->setFileName( QString() );
    if ( !project->write( MapStateStore::storedUri( path ) ) )
      return fail( err, "could not store the templates in " + a.positional[0] + ": " +
                          project->error().toStdString() );
  }
  out << "Templates in the project: " << PrintTemplates::names().toStdString() << " ("
      << ( added.isEmpty() ? std::string( "all there already" ) : std::to_string( added.size() ) + " added" )
      << "). Open the project in QGIS Desktop (Project → Layouts) to edit them.\n";
  return 0;
}

} // namespace tryggkarta

// tryggkarta-cli shared|sync: the EST group's shared PostgreSQL/PostGIS database and the offline copies that
// synchronise with it. Connections are libpq's: "service=est" (~/.pg_service.conf), "host=… dbname=… user=…"
// or "postgresql://user@host/db"; passwords come from ~/.pgpass, PGPASSWORD or the service file and are never
// written to a project file.

#include "cliutil.h"
#include "database.h"
#include "message.h"
#include "pgconnection.h"
#include "projectfile.h"
#include "shareddatabase.h"
#include "sync.h"

#include <iostream>
#include <string>

namespace tryggkarta::cli
{

namespace
{

Expected<std::unique_ptr<PgConnection>> connectTo( const std::string &conninfo )
{
  return PgConnection::connect( conninfo );
}

int sharedInit( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--from", "--roles" }, { "--no-basemap" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "shared init needs exactly one connection" );
  auto conn = connectTo( a.positional[0] );
  if ( !conn )
    return fail( err, conn.error() );
  SharedInitOptions options;
  options.fromProject = a.value( "--from" ).value_or( "" );
  options.rolePrefix = a.value( "--roles" ).value_or( "" );
  options.copyBasemap = !a.has( "--no-basemap" );
  auto info = initSharedDatabase( **conn, a.positional[0], options );
  if ( !info )
    return fail( err, info.error() );
  out << "Shared project created in " << ( *conn )->describe() << ": schema tryggkarta version "
      << info->schemaVersion << ", EPSG:" << info->srid << ", roles " << info->rolePrefix << "_coordinator, "
      << info->rolePrefix << "_reporter and " << info->rolePrefix << "_steering";
  if ( !info->basemapLayers.empty() )
    out << ", " << info->basemapLayers.size() << " base-map layers";
  out << ".\n" << info->login << " is its first coordinator.\n";
  return 0;
}

int sharedMigrate( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() != 1 )
    return usage( err, "shared migrate needs exactly one connection" );
  auto conn = connectTo( args[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto version = migrateSharedDatabase( **conn );
  if ( !version )
    return fail( err, version.error() );
  out << "Schema version " << *version << ".\n";
  return 0;
}

int sharedInfoCommand( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() != 1 )
    return usage( err, "shared info needs exactly one connection" );
  auto conn = connectTo( args[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto info = sharedInfo( **conn );
  if ( !info )
    return fail( err, info.error() );
  out << "Database:        " << ( *conn )->describe() << "\n";
  out << "Schema version:  " << info->schemaVersion << "\n";
  out << "Coordinates:     EPSG:" << info->srid << "\n";
  if ( !info->municipality.empty() )
    out << "Municipality:    " << info->municipality << "\n";
  if ( !info->syntheticData.empty() )
    out << "Data:            " << info->syntheticData << "\n";
  out << "Roles:           " << info->rolePrefix << "_coordinator, _reporter, _steering\n";
  out << "You:             " << info->login << ": "
      << ( info->kind.empty() ? std::string( "no member of the project" ) : info->kind )
      << ( info->organisation.empty() ? "" : " for " + info->organisation )
      << ( info->police ? " (police)" : "" ) << "\n";
  return 0;
}

int sharedAddOrganisation( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--kind" }, { "--reports-weekly" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 2 )
    return usage( err, "shared add-organisation needs a connection and a name" );
  auto conn = connectTo( a.positional[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto added = addSharedOrganisation( **conn, a.positional[1], a.value( "--kind" ).value_or( "" ),
                                      a.has( "--reports-weekly" ) );
  if ( !added )
    return fail( err, added.error() );
  out << "Organisation " << a.positional[1] << " added.\n";
  return 0;
}

int sharedAddUser( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--role", "--organisation" }, { "--password-stdin" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 2 )
    return usage( err, "shared add-user needs a connection and a login name" );
  if ( !a.value( "--role" ) )
    return usage( err, "shared add-user needs --role coordinator|reporter|steering" );
  std::string password;
  if ( a.has( "--password-stdin" ) )
  {
    std::getline( std::cin, password );
    if ( password.empty() )
      return usage( err, "--password-stdin read an empty password" );
  }
  auto conn = connectTo( a.positional[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto added = addSharedUser( **conn, a.positional[1], *a.value( "--role" ),
                              a.value( "--organisation" ).value_or( "" ), password );
  if ( !added )
    return fail( err, added.error() );
  out << "User " << a.positional[1] << " added as " << *a.value( "--role" )
      << ( a.value( "--organisation" ) ? " for " + *a.value( "--organisation" ) : std::string() )
      << ( password.empty() ? " (no password: the server's own authentication applies)" : "" ) << ".\n";
  return 0;
}

int sharedListUsers( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() != 1 )
    return usage( err, "shared list-users needs exactly one connection" );
  auto conn = connectTo( args[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto users = listSharedUsers( **conn );
  if ( !users )
    return fail( err, users.error() );
  out << "login\trole\torganisation\tcan log in\tadded\n";
  for ( const auto &u : *users )
    out << u.login << "\t" << u.kind << "\t" << u.organisation << "\t" << ( u.canLogin ? "yes" : "no" )
        << "\t" << u.addedAt << "\n";
  return 0;
}

int sharedRestrict( const std::vector<std::string> &args, bool restricted, std::ostream &out,
                    std::ostream &err )
{
  if ( args.size() != 3 )
    return usage( err, "shared restrict|unrestrict needs a connection, a table and a row's uuid" );
  auto conn = connectTo( args[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto set = setSharedRestricted( **conn, args[1], args[2], restricted );
  if ( !set )
    return fail( err, set.error() );
  out << args[1] << " " << args[2]
      << ( restricted ? " is police-restricted.\n" : " is no longer restricted.\n" );
  return 0;
}

int sharedLagesbildCellCommand( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.empty() || args.size() > 2 )
    return usage( err, "shared lagesbild-cell needs a connection, and the cell's size in metres to set it" );
  std::optional<int> metres;
  if ( args.size() == 2 )
  {
    try
    {
      size_t used = 0;
      metres = std::stoi( args[1], &used );
      if ( used != args[1].size() )
        throw std::invalid_argument( args[1] );
    }
    catch ( const std::exception & )
    {
      return usage( err, "the cell's size is a whole number of metres, not '" + args[1] + "'" );
    }
  }
  auto conn = connectTo( args[0] );
  if ( !conn )
    return fail( err, conn.error() );
  auto cell = sharedLagesbildCell( **conn, metres );
  if ( !cell )
    return fail( err, cell.error() );
  char text[32];
  std::snprintf( text, sizeof text, "%g", cell.value() );
  out << "The shared lägesbild places other organisations' incidents at the centre of their " << text
      << " m cell, their times to the hour"
      << ( metres ? " (every unrestricted incident is sent to the copies again).\n" : ".\n" );
  return 0;
}

void printConflict( const SyncConflict &c, std::ostream &out )
{
  out << "Conflict " << c.id << ": " << c.table << " "
      << ( c.localFid ? "fid " + std::to_string( c.localFid ) : "" )
      << ( c.uuid.empty() ? "" : " (" + c.uuid + ")" ) << ", " << c.kind << "\n";
  out << "  " << c.describe().text() << "\n";
  out << "  here:   " << ( c.localRow.empty() ? std::string( "(deleted)" ) : c.localRow ) << "\n";
  out << "  shared: " << ( c.serverRow.empty() ? std::string( "(deleted or not readable)" ) : c.serverRow );
  if ( c.serverVersion )
    out << " (version " << c.serverVersion << ")";
  out << "\n";
}

} // namespace

int commandShared( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.empty() )
    return usage( err,
                  "shared needs a subcommand: init, migrate, info, add-organisation, add-user, list-users, "
                  "restrict, unrestrict, lagesbild-cell" );
  const std::string sub = args[0];
  const std::vector<std::string> rest( args.begin() + 1, args.end() );
  if ( sub == "init" )
    return sharedInit( rest, out, err );
  if ( sub == "migrate" )
    return sharedMigrate( rest, out, err );
  if ( sub == "info" )
    return sharedInfoCommand( rest, out, err );
  if ( sub == "add-organisation" )
    return sharedAddOrganisation( rest, out, err );
  if ( sub == "add-user" )
    return sharedAddUser( rest, out, err );
  if ( sub == "list-users" )
    return sharedListUsers( rest, out, err );
  if ( sub == "restrict" || sub == "unrestrict" )
    return sharedRestrict( rest, sub == "restrict", out, err );
  if ( sub == "lagesbild-cell" )
    return sharedLagesbildCellCommand( rest, out, err );
  return usage( err, "unknown shared subcommand '" + sub + "'" );
}

int commandSync( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  Arguments a;
  if ( auto problem = parseArguments( args, { "--connect", "--resolve", "--keep", "--batch" },
                                      { "--conflicts", "--status" }, a ) )
    return usage( err, *problem );
  if ( a.positional.size() != 1 )
    return usage( err, "sync needs exactly one project file" );
  const std::string path = a.positional[0];
  if ( a.has( "--conflicts" ) || a.has( "--status" ) || a.value( "--resolve" ) )
  {
    auto project = openProject( path, !a.value( "--resolve" ), err );
    if ( !project )
      return fail( err, project.error() );
    Database &db = ( *project )->db();
    const ReplicaStatus status = replicaStatus( db );
    if ( !status.replica )
      return fail( err, Message::make( MessageCode::SyncNotReplica, path ) );
    if ( auto id = a.value( "--resolve" ) )
    {
      const auto keep = a.value( "--keep" );
      if ( !keep || ( *keep != "local" && *keep != "shared" ) )
        return usage( err, "--resolve needs --keep local|shared" );
      int64_t number = 0;
      try
      {
        number = std::stoll( *id );
      }
      catch ( ... )
      {
        return usage( err, "--resolve takes a conflict's number" );
      }
      auto resolved = resolveSyncConflict( db, number, *keep == "local" );
      if ( !resolved )
        return fail( err, resolved.error() );
      out << "Conflict " << number << ": the " << ( *keep == "local" ? "copy's" : "shared" )
          << " version is kept; the next synchronisation carries it out.\n";
      return 0;
    }
    if ( a.has( "--status" ) )
    {
      out << "Copy of:      " << status.connection << "\n";
      out << "Last sync:    " << ( status.lastSync.empty() ? std::string( "never" ) : status.lastSync )
          << "\n";
      out << "Not sent:     " << status.pending << " changes\n";
      out << "Conflicts:    " << status.openConflicts << "\n";
    }
    if ( a.has( "--conflicts" ) )
    {
      const auto conflicts = openSyncConflicts( db );
      if ( conflicts.empty() )
        out << "No open conflicts.\n";
      for ( const auto &c : conflicts )
        printConflict( c, out );
    }
    return 0;
  }
  SyncOptions options;
  int batch = options.batchRows;
  if ( auto problem = readInteger( a, "--batch", batch, 1, 1000000 ) )
    return usage( err, *problem );
  options.batchRows = batch;
  auto report = synchronise( path, a.value( "--connect" ).value_or( "" ), options );
  if ( !report )
    return fail( err, report.error() );
  out << "Synchronised " << path << " as " << report->login
      << ( report->kind.empty()
             ? ""
             : " (" + report->kind + ( report->organisation.empty() ? "" : ", " + report->organisation ) +
                 ")" )
      << ": " << report->pulled << " rows in, " << report->pulledDeletes << " deleted here, "
      << report->pushed << " rows out, " << report->pushedDeletes << " deleted there.\n";
  for ( const auto &note : report->notes )
    err << "note: " << note.text() << "\n";
  if ( report->openConflicts )
    out << report->openConflicts << " conflicts wait for a decision (" << report->newConflicts
        << " new): tryggkarta-cli sync " << path << " --conflicts\n";
  if ( report->pending )
    out << report->pending << " local changes were not sent.\n";
  return 0;
}

} // namespace tryggkarta::cli

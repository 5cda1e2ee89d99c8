// tryggkarta-cli crosswalk|category: the coordinator's vocabulary edited headless. A crosswalk
// (kategorinyckel) reads a source's values as the project's categories, or leaves them out on purpose; the
// categories themselves are added, renamed, recoloured, moved, hidden and merged. Each change is one
// transaction with an audit line; a refused one changes nothing and exits 1, a usage error exits 2.

#include "categoryedit.h"
#include "climessages.h"
#include "cliutil.h"
#include "crosswalks.h"
#include "database.h"
#include "message.h"
#include "placedetection.h"
#include "projectfile.h"
#include "vocabulary.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>

namespace tryggkarta::cli
{

namespace
{

CrosswalkWriteOptions crosswalkWrite()
{
  return CrosswalkWriteOptions{ "tryggkarta-cli", "tryggkarta-cli crosswalk" };
}

CategoryWriteOptions categoryWrite()
{
  return CategoryWriteOptions{ "tryggkarta-cli", "tryggkarta-cli category" };
}

//! "PROJECT SUB …" from the arguments, also given as "SUB PROJECT …" (like walk and promise).
std::vector<std::string> projectFirst( const std::vector<std::string> &args,
                                       const std::vector<std::string> &subcommands )
{
  std::vector<std::string> rest = args;
  if ( rest.size() >= 2 &&
       std::find( subcommands.begin(), subcommands.end(), rest[0] ) != subcommands.end() &&
       std::find( subcommands.begin(), subcommands.end(), rest[1] ) == subcommands.end() )
    std::swap( rest[0], rest[1] );
  return rest;
}

std::string joinedWords( const std::vector<std::string> &words )
{
  std::string out;
  for ( std::size_t i = 0; i < words.size(); ++i )
    out += ( i == 0 ? "" : i + 1 == words.size() ? " or " : ", " ) + words[i];
  return out;
}

// --- crosswalk ---------------------------------------------------------------------------------------------

const std::vector<std::string> kCrosswalkSubcommands = { "list",   "show",   "set",
                                                         "remove", "export", "import" };

int crosswalkList( Database &db, std::ostream &out, std::ostream &err )
{
  auto crosswalks = CrosswalkStore( db ).list();
  if ( !crosswalks )
    return fail( err, crosswalks.error() );
  if ( crosswalks->empty() )
    out << "No crosswalks.\n";
  for ( const Crosswalk &c : *crosswalks )
  {
    const auto leftOut = std::count_if( c.entries.begin(), c.entries.end(),
                                        []( const CrosswalkEntry &e ) { return e.leaveOut; } );
    out << c.name << "\t" << c.entries.size() << ( c.entries.size() == 1 ? " line" : " lines" );
    if ( leftOut > 0 )
      out << " (" << leftOut << " left out)";
    if ( !c.description.empty() )
      out << "\t" << c.description;
    out << "\n";
  }
  return 0;
}

int crosswalkShow( ProjectFile &project, const std::string &name, std::ostream &out, std::ostream &err )
{
  auto crosswalk = CrosswalkStore( project.db() ).load( name );
  if ( !crosswalk )
    return fail( err, crosswalk.error() );
  std::map<std::string, std::string> labels;
  for ( const Category &c : project.categories() )
    labels[c.code] = c.labelSv + ( c.hidden ? " (hidden)" : "" );
  out << "Crosswalk " << crosswalk->name;
  if ( !crosswalk->description.empty() )
    out << ": " << crosswalk->description;
  out << "\n";
  if ( crosswalk->entries.empty() )
    out << "(no lines)\n";
  for ( const CrosswalkEntry &e : crosswalk->entries )
  {
    out << e.sourceValue << "\t→ ";
    if ( e.leaveOut )
      out << "left out on purpose";
    else
      out << e.category << " (" << labels[e.category] << ")";
    if ( !e.note.empty() )
      out << "\t" << e.note;
    out << "\n";
  }
  return 0;
}

int crosswalkSet( Database &db, const std::string &name, const Arguments &a, std::ostream &out,
                  std::ostream &err )
{
  std::vector<CrosswalkEntry> entries;
  for ( std::size_t i = 2; i < a.positional.size(); ++i )
  {
    const std::string &line = a.positional[i];
    const std::size_t eq = line.rfind( '=' );
    if ( eq == std::string::npos || eq == 0 || eq + 1 == line.size() )
      return usage( err,
                    "crosswalk set takes lines as VALUE=CODE (the category's code), not '" + line + "'" );
    CrosswalkEntry entry;
    entry.sourceValue = line.substr( 0, eq );
    entry.category = line.substr( eq + 1 );
    entry.note = a.value( "--note" ).value_or( "" );
    entries.push_back( std::move( entry ) );
  }
  for ( auto it = a.options.lower_bound( "--leave-out" ); it != a.options.upper_bound( "--leave-out" ); ++it )
  {
    CrosswalkEntry entry;
    entry.sourceValue = it->second;
    entry.leaveOut = true;
    entry.note = a.value( "--note" ).value_or( "" );
    entries.push_back( std::move( entry ) );
  }
  if ( entries.empty() )
    return usage( err,
                  "crosswalk set needs a crosswalk name and at least one VALUE=CODE or --leave-out VALUE" );
  auto set = CrosswalkStore( db ).set( name, entries, crosswalkWrite() );
  if ( !set )
    return fail( err, set.error() );
  out << "Crosswalk '" << name << "': " << entries.size() << ( entries.size() == 1 ? " line" : " lines" )
      << " set\n";
  for ( const CrosswalkEntry &e : entries )
    out << "  " << e.sourceValue << " → "
        << ( e.leaveOut ? std::string( "left out on purpose" ) : e.category ) << "\n";
  return 0;
}

int crosswalkExport( Database &db, const std::string &name, const std::string &path, std::ostream &out,
                     std::ostream &err )
{
  auto csv = CrosswalkStore( db ).exportCsv( name );
  if ( !csv )
    return fail( err, csv.error() );
  // Written beside the target and renamed over it when whole, so a failure leaves no half file.
  const std::filesystem::path target( path );
  const std::filesystem::path temporary =
    target.parent_path() / ( "." + target.filename().string() + ".tryggkarta-tmp" );
  {
    std::ofstream file( temporary, std::ios::binary | std::ios::trunc );
    file << *csv;
    file.flush();
    if ( !file )
    {
      file.close();
      std::error_code ignored;
      std::filesystem::remove( temporary, ignored );
      return fail( err, "cannot write " + path + " (the folder cannot be written to, or the disk is full)" );
    }
  }
  std::error_code error;
  std::filesystem::rename( temporary, target, error );
  if ( error )
  {
    std::filesystem::remove( temporary, error );
    return fail( err, "cannot write " + path );
  }
  const auto lines = std::count( csv->begin(), csv->end(), '\n' ) - 1;
  out << "Wrote crosswalk '" << name << "' (" << lines << ( lines == 1 ? " line" : " lines" ) << ") to "
      << path << "\n";
  return 0;
}

// --- category ----------------------------------------------------------------------------------------------

const std::vector<std::string> kCategorySubcommands = { "list", "add",  "rename", "recolour", "recolor",
                                                        "move", "hide", "show",   "merge" };

int categoryList( ProjectFile &project, std::ostream &out, std::ostream &err )
{
  auto vocabulary = readVocabulary( project.db() );
  if ( !vocabulary )
    return fail( err, vocabulary.error() );
  std::map<std::string, int64_t> incidents;
  Statement s = project.db().prepare( "SELECT category, count(*) FROM incidents GROUP BY category" );
  while ( s.step() )
    incidents[s.text( 0 )] = s.int64( 1 );
  for ( const VocabularyEntry &group : vocabulary->groups )
  {
    out << group.labelSv << " (" << group.code << ")\n";
    for ( const Category &c : vocabulary->categories )
    {
      if ( c.group != group.code )
        continue;
      out << "  " << c.code << "\t" << c.color << "\t" << c.labelSv;
      if ( c.labelEn != c.labelSv )
        out << " / " << c.labelEn;
      out << "\t" << incidents[c.code] << ( incidents[c.code] == 1 ? " incident" : " incidents" );
      if ( c.hidden )
        out << "\thidden";
      out << "\n";
    }
  }
  return 0;
}

//! The one code a subcommand names, or a usage problem.
std::optional<std::string> oneCode( const Arguments &a, const std::string &sub, std::size_t extra,
                                    const char *what )
{
  if ( a.positional.size() != 2 + extra )
    return "category " + sub + " needs " + what;
  return std::nullopt;
}

} // namespace

int commandCrosswalk( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() < 2 )
    return usage( err, "crosswalk needs a project file and a subcommand: " +
                         joinedWords( kCrosswalkSubcommands ) );
  const std::vector<std::string> rest = projectFirst( args, kCrosswalkSubcommands );
  const std::string &projectPath = rest[0];
  const std::string &sub = rest[1];
  if ( std::find( kCrosswalkSubcommands.begin(), kCrosswalkSubcommands.end(), sub ) ==
       kCrosswalkSubcommands.end() )
    return usage( err, "unknown crosswalk subcommand '" + sub + "' (" + joinedWords( kCrosswalkSubcommands ) +
                         ")" );
  Arguments a;
  const std::vector<std::string> options( rest.begin() + 1, rest.end() );
  if ( auto problem = parseArguments( options, { "--leave-out", "--note" }, {}, a ) )
    return usage( err, *problem );
  // a.positional: SUB and what follows it.
  if ( sub != "set" && ( a.value( "--leave-out" ) || a.value( "--note" ) ) )
    return usage( err, "--leave-out and --note belong to crosswalk set" );
  if ( sub == "list" && a.positional.size() != 1 )
    return usage( err, "crosswalk list takes no more arguments" );
  if ( ( sub == "show" ) && a.positional.size() != 2 )
    return usage( err, "crosswalk show needs the crosswalk's name" );
  if ( sub == "set" && a.positional.size() < 2 )
    return usage( err,
                  "crosswalk set needs a crosswalk name and at least one VALUE=CODE or --leave-out VALUE" );
  if ( sub == "remove" && a.positional.size() != 2 && a.positional.size() != 3 )
    return usage( err, "crosswalk remove needs the crosswalk's name, and a value to remove only its line" );
  if ( ( sub == "export" || sub == "import" ) && a.positional.size() != 3 )
    return usage( err, "crosswalk " + sub + " needs the crosswalk's name and a CSV file" );

  const bool readOnly = sub == "list" || sub == "show" || sub == "export";
  auto project = openProject( projectPath, readOnly, err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = **project;
  Database &db = p.db();
  if ( sub == "list" )
    return crosswalkList( db, out, err );
  const std::string &name = a.positional[1];
  if ( sub == "show" )
    return crosswalkShow( p, name, out, err );
  if ( sub == "set" )
    return crosswalkSet( db, name, a, out, err );
  if ( sub == "export" )
    return crosswalkExport( db, name, a.positional[2], out, err );
  CrosswalkStore store( db );
  if ( sub == "import" )
  {
    auto read = store.importCsv( name, a.positional[2], crosswalkWrite() );
    if ( !read )
      return fail( err, read.error() );
    out << "Read " << *read << ( *read == 1 ? " line" : " lines" ) << " from " << a.positional[2]
        << " into crosswalk '" << name << "'\n";
    return 0;
  }
  // remove NAME [VALUE]
  if ( a.positional.size() == 3 )
  {
    const Status removed = store.removeEntry( name, a.positional[2], crosswalkWrite() );
    if ( !removed )
      return fail( err, removed.error() );
    out << "Removed the line for '" << a.positional[2] << "' from crosswalk '" << name << "'\n";
    return 0;
  }
  const Status removed = store.remove( name, crosswalkWrite() );
  if ( !removed )
    return fail( err, removed.error() );
  out << "Removed crosswalk '" << name << "'\n";
  return 0;
}

int commandCategory( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  if ( args.size() < 2 )
    return usage( err,
                  "category needs a project file and a subcommand: " + joinedWords( kCategorySubcommands ) );
  const std::vector<std::string> rest = projectFirst( args, kCategorySubcommands );
  const std::string &projectPath = rest[0];
  const std::string &sub = rest[1];
  if ( std::find( kCategorySubcommands.begin(), kCategorySubcommands.end(), sub ) ==
       kCategorySubcommands.end() )
    return usage( err,
                  "unknown category subcommand '" + sub + "' (" + joinedWords( kCategorySubcommands ) + ")" );
  Arguments a;
  const std::vector<std::string> options( rest.begin() + 1, rest.end() );
  if ( auto problem =
         parseArguments( options, { "--label-sv", "--label-en", "--group", "--color", "--colour" }, {}, a ) )
    return usage( err, *problem );
  std::optional<std::string> problem;
  if ( sub == "list" && a.positional.size() != 1 )
    problem = "category list takes no more arguments";
  else if ( sub == "add" )
  {
    if ( a.positional.size() != 2 || !a.value( "--label-sv" ) || !a.value( "--group" ) )
      problem = "category add needs a code, --label-sv NAME and --group GROUP";
  }
  else if ( sub == "rename" )
  {
    if ( a.positional.size() != 2 || ( !a.value( "--label-sv" ) && !a.value( "--label-en" ) ) )
      problem = "category rename needs a code and --label-sv NAME (and/or --label-en NAME)";
  }
  else if ( sub == "recolour" || sub == "recolor" )
    problem = oneCode( a, sub, 1, "a code and a colour #rrggbb" );
  else if ( sub == "move" )
    problem = oneCode( a, sub, 1, "a code and the group to move it to" );
  else if ( sub == "hide" || sub == "show" )
    problem = oneCode( a, sub, 0, "a code" );
  else if ( sub == "merge" )
    problem = oneCode( a, sub, 1, "the category to merge and the one to merge it into (FROM INTO)" );
  if ( !problem && sub != "add" && ( a.value( "--group" ) || a.value( "--color" ) || a.value( "--colour" ) ) )
    problem = "--group and --color belong to category add";
  if ( !problem && sub != "add" && sub != "rename" && ( a.value( "--label-sv" ) || a.value( "--label-en" ) ) )
    problem = "--label-sv and --label-en belong to category add and rename";
  if ( problem )
    return usage( err, *problem );

  auto project = openProject( projectPath, sub == "list", err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = **project;
  if ( sub == "list" )
    return categoryList( p, out, err );
  CategoryEditor editor( p.db() );
  const std::string &code = a.positional[1];
  if ( sub == "add" )
  {
    NewCategory category;
    category.code = code;
    category.labelSv = *a.value( "--label-sv" );
    category.labelEn = a.value( "--label-en" ).value_or( "" );
    category.group = *a.value( "--group" );
    category.color = a.value( "--color" ).value_or( a.value( "--colour" ).value_or( "" ) );
    const Status added = editor.add( category, categoryWrite() );
    if ( !added )
      return fail( err, added.error() );
    for ( const Category &c : p.categories() )
      if ( c.code == code )
        out << "Added the category " << c.code << " (" << c.labelSv << ") to the group " << c.group
            << ", colour " << c.color << "\n";
    return 0;
  }
  if ( sub == "merge" )
  {
    const std::string &into = a.positional[2];
    auto moved = editor.merge( code, into, categoryWrite() );
    if ( !moved )
      return fail( err, moved.error() );
    out << "Merged " << code << " into " << into << ": " << *moved
        << ( *moved == 1 ? " incident moved" : " incidents moved" ) << "; " << code << " is removed\n";
    return 0;
  }
  CategoryChange change;
  std::string done;
  if ( sub == "rename" )
  {
    change.labelSv = a.value( "--label-sv" );
    change.labelEn = a.value( "--label-en" );
    done = "renamed";
  }
  else if ( sub == "recolour" || sub == "recolor" )
  {
    change.color = a.positional[2];
    done = "recoloured " + a.positional[2];
  }
  else if ( sub == "move" )
  {
    change.group = a.positional[2];
    done = "moved to the group " + a.positional[2];
  }
  else
  {
    change.hidden = sub == "hide";
    done = sub == "hide" ? "hidden (kept for its incidents, left out of the lists to choose from)" : "shown";
  }
  const Status changed = editor.change( code, change, categoryWrite() );
  if ( !changed )
    return fail( err, changed.error() );
  out << "The category " << code << " is " << done << "\n";
  return 0;
}

int commandPrecision( const std::vector<std::string> &args, std::ostream &out, std::ostream &err )
{
  const std::vector<std::string> subcommands = { "detect", "set" };
  if ( args.size() < 2 )
    return usage( err, "precision needs a project file and a subcommand: detect, or set PRECISION FID..." );
  const std::vector<std::string> rest = projectFirst( args, subcommands );
  const std::string &projectPath = rest[0];
  const std::string &sub = rest[1];
  if ( std::find( subcommands.begin(), subcommands.end(), sub ) == subcommands.end() )
    return usage( err, "unknown precision subcommand '" + sub + "' (detect, set)" );
  std::optional<PlacePrecision> precision;
  std::vector<int64_t> fids;
  if ( sub == "detect" && rest.size() != 2 )
    return usage( err, "precision detect takes no more arguments" );
  if ( sub == "set" )
  {
    if ( rest.size() < 4 )
      return usage( err,
                    "precision set needs a precision (exact, address, street, area, municipality, county) "
                    "and the incidents' fids" );
    precision = placePrecisionNamed( rest[2] );
    if ( !precision )
      return usage( err, "'" + rest[2] +
                           "' is not a precision: exact, address, street, area, municipality, county" );
    for ( size_t i = 3; i < rest.size(); ++i )
      for ( const std::string &part : splitList( rest[i] ) )
      {
        char *end = nullptr;
        const long long fid = std::strtoll( part.c_str(), &end, 10 );
        if ( part.empty() || *end != '\0' || fid <= 0 )
          return usage( err, "'" + part + "' is not an incident's fid" );
        fids.push_back( fid );
      }
  }
  auto project = openProject( projectPath, false, err );
  if ( !project )
    return fail( err, project.error() );
  ProjectFile &p = **project;
  const PrecisionWriteOptions write{ "tryggkarta-cli", "tryggkarta-cli precision " + sub };
  if ( sub == "set" )
  {
    auto changed = setPlacePrecision( p.db(), fids, *precision, write );
    if ( !changed )
      return fail( err, changed.error() );
    out << "Set the place precision of " << *changed << ( *changed == 1 ? " incident" : " incidents" )
        << " to " << placePrecisionCode( *precision ) << "\n";
    return 0;
  }
  auto found = redetectImprecisePlaces( p.db(), p.projectSrsId(), write );
  if ( !found )
    return fail( err, found.error() );
  for ( const Message &warning : found->detected.warnings )
    err << "tryggkarta-cli: warning: " << messageText( warning ) << "\n";
  int64_t changed = 0;
  for ( const auto &[code, rows] : found->detected.marked )
  {
    out << code << ": " << rows << "\n";
    changed += rows;
  }
  out << "Looked at " << found->batches << ( found->batches == 1 ? " import batch" : " import batches" )
      << ": " << changed << ( changed == 1 ? " incident" : " incidents" ) << " no longer drawn as points\n";
  return 0;
}

} // namespace tryggkarta::cli

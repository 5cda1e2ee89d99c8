#pragma once
// What the commands of tryggkarta-cli share: argument parsing, usage, dates, the selection options.

#include "expected.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tryggkarta
{

struct Message;
struct Selection;
class ProjectFile;

namespace cli
{

//! Parsed arguments: positional ones, options with values (repeatable) and flags.
struct Arguments
{
  std::vector<std::string> positional;
  std::multimap<std::string, std::string> options;
  std::vector<std::string> flags;
  bool has( const std::string &flag ) const;
  std::optional<std::string> value( const std::string &name ) const;
};

//! Splits arguments; options listed in withValue take the next argument (or --name=value).
std::optional<std::string> parseArguments( const std::vector<std::string> &args,
                                           const std::vector<std::string> &withValue,
                                           const std::vector<std::string> &booleans, Arguments &out );

//! Prints the message and the usage text; returns 2.
int usage( std::ostream &err, const std::string &message );
//! The usage text.
const char *usageText();
//! Prints "tryggkarta-cli: message"; returns 1.
int fail( std::ostream &err, const std::string &message );
//! Prints a core message with the hint of its code (see climessages.h); returns 1.
int fail( std::ostream &err, const Message &message );

/**
 * Opens a project for a command: an interrupted change put right on the way is told on err as a note, and the
 * whole file is checked for damage before the command reads or writes it, so a damaged project is refused
 * with one clear message instead of failing half-way.
 */
Expected<std::unique_ptr<ProjectFile>> openProject( const std::string &path, bool readOnly,
                                                    std::ostream &err );

std::optional<int> parseEpsg( const std::string &text );
//! "a,b,,c" → a, b, c.
std::vector<std::string> splitList( const std::string &text );
//! A local date (Europe/Stockholm) to Unix seconds at its start; dayOffset 1 gives the next day's start.
std::optional<int64_t> localDateStart( const std::string &text, int dayOffset );

//! The selection options every analysis takes.
const std::vector<std::string> &selectionOptions();
//! options plus the selection options.
std::vector<std::string> withSelectionOptions( std::vector<std::string> options );
//! Reads the selection options; a usage problem as text.
std::optional<std::string> readSelection( const Arguments &a, Selection &selection );
//! The options that choose the points of kde, hotspots and clusters: --layer, --checklist-item, --walk.
const std::vector<std::string> &layerOptions();
//! Reads the layer options into the selection; a usage problem as text.
std::optional<std::string> readLayer( const Arguments &a, Selection &selection );
//! Reads a number (of metres, days, ...) for an option, if given; a usage problem as text. positive: > 0.
std::optional<std::string> readNumber( const Arguments &a, const char *name, double &value,
                                       const char *unit );
//! Reads a whole number for an option, if given, within [minimum, maximum]; a usage problem as text.
std::optional<std::string> readInteger( const Arguments &a, const char *name, int &value, int minimum,
                                        int maximum );

// The commands, one file per feature: projectcommands.cpp, importcommands.cpp, analysiscommands.cpp,
// resultcommands.cpp.
int commandNew( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandDemo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandInfo( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandImport( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandKde( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandHotspots( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandClusters( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandCompare( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandProfile( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandKnox( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandResults( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandRecover( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandSettings( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandNote( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// walkcommands.cpp: walk new|suggest|list|show|stops|repeat|action|correlations.
int commandWalk( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// walkimportcommands.cpp: a walk's photos, and import --kind walk-route | walk-waypoints for a GPX file.
int commandImportPhotos( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
//! Whether import's arguments ask for --kind walk-route or walk-waypoints (handled by commandImportWalkGpx).
bool isWalkImportKind( const std::vector<std::string> &args );
int commandImportWalkGpx( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// promisecommands.cpp: promises (the yearly follow-up as text), promise add, activity-add, activity-status,
// link, unlink, list, remove and activity-remove, reporting (who has reported in the last weeks).
int commandPromises( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandPromise( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandReporting( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// vocabularycommands.cpp: crosswalk list|show|set|remove|export|import, category list|add|rename|recolour|
// move|hide|show|merge.
int commandCrosswalk( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandCategory( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// precision detect (the stand-in points of every import batch found again), precision set PRECISION FID....
int commandPrecision( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
// sharedcommands.cpp: shared init|migrate|info|add-organisation|add-user|list-users|restrict|unrestrict,
// sync.
int commandShared( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandSync( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );

} // namespace cli
} // namespace tryggkarta

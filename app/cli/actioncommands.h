#pragma once
// What the command-line tool's action commands share with tryggkarta-render (which writes the action list's
// PDF): the options of `actions` and how they become a filter.

#include "actionstore.h"
#include "cliutil.h"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace tryggkarta
{
class ProjectFile;

namespace cli
{

//! The options `actions` takes with a value, and its flags.
const std::vector<std::string> &actionListValueOptions();
const std::vector<std::string> &actionListFlags();

/**
 * Reads the list options (--status, --organisation, --priority, --area, --overdue, --interventions, --today)
 * into a filter. A usage problem is returned as text; a core message (an unknown area) is printed on err and
 * failed set.
 */
std::optional<std::string> readActionFilter( const Arguments &a, ProjectFile &project, ActionFilter &filter,
                                             std::ostream &err, bool &failed );

//! The filter in words for a heading: "status beslutad, pågår; ansvarig Polisen; försenade".
std::string describeActionFilter( const ActionFilter &filter, const std::string &areaName );

// The commands (tryggkarta-cli; `actions --out FILE.pdf` runs in tryggkarta-render, actionprintcommands.cpp).
int commandActions( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandAction( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandPriority( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );
int commandFollowUp( const std::vector<std::string> &args, std::ostream &out, std::ostream &err );

} // namespace cli
} // namespace tryggkarta

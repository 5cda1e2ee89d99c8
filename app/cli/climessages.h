#pragma once
// The core's messages as tryggkarta-cli prints them: the core's English, and where an option of the command
// line helps, a hint naming it. The core itself names no options (the desktop app offers buttons instead).

#include "message.h"

#include <string>

namespace tryggkarta::cli
{

//! The message's English text, followed by the hint for its code when the command line has one.
std::string messageText( const Message &message );

//! The hint for a code ("Use --force to import it again."), or an empty string.
std::string optionHint( MessageCode code );

} // namespace tryggkarta::cli

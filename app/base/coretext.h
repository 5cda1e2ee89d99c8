#pragma once
// The core library (no Qt) writes its messages in English. Those a user meets in the app (import rejects and
// warnings, edit validation, analysis problems and warnings) are recognised here by their form and shown in
// the interface's language with the same values; anything not recognised is shown as the core wrote it.

#include <QString>

#include <string>

namespace CoreText
{
//! The message in the interface's language when it is one of the known forms; otherwise unchanged.
QString translate( const std::string &message );
QString translate( const QString &message );
} // namespace CoreText

#pragma once
// The core's messages (codes with parameters, see core/base/messagecatalog.h) in the interface's language.
// Each code's text is looked up by its id in the ID-based translation file
// resources/translations/coremessages_<language>.ts (made from the catalogue by
// scripts/update-core-messages.py, compiled into :/translations and installed by initQgis); the parameters
// are filled in, and parameters that are messages themselves are translated the same way. A code the
// translation lacks (and the English interface) shows the core's own English.

#include "message.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace CoreMessages
{
//! The message in the interface's language, with its parameters.
QString text( const tryggkarta::Message &message );
//! Each message in the interface's language.
QStringList texts( const std::vector<tryggkarta::Message> &messages );
//! The code's template in the interface's language (placeholders %1 … %9 as in the English), or an empty
//! string when the installed translations have none.
QString translatedTemplate( tryggkarta::MessageCode code );
} // namespace CoreMessages

#pragma once
// The map states stored inside a project file: QGIS keeps a project (layers, styles, view) in the
// GeoPackage's qgis_projects table under a name. The app stores its saved map and an autosave there; these
// are the few plain-SQL operations on them and on the file as a whole that do not need QGIS.

#include "database.h"
#include "expected.h"

#include <string>

namespace tryggkarta
{

//! How many map states of this name the project file holds (0 or 1; 0 also when the file cannot be read).
int storedMapStateCount( const std::string &projectPath, const std::string &name );

//! Removes the map state of this name, if there is one (the autosave after a save or a clean close).
Status removeStoredMapState( Database &db, const std::string &name );

/**
 * Writes a consistent copy of the whole project file, data and stored results included, to newPath (which
 * must not exist), leaving out the stored map state named withoutMapState when it is not empty (an autosave
 * belongs to the file it was made in). On failure nothing is left at newPath.
 */
Status copyProjectFile( Database &db, const std::string &newPath, const std::string &withoutMapState );

} // namespace tryggkarta

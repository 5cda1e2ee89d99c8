#pragma once
// The incident store kept between processes: after the store is read from a project's table it is written to
// the user's cache folder ($XDG_CACHE_HOME/tryggkarta/stores, else ~/.cache; mode 0600), bound to the project
// file's identity and state (integrity.h: settledFileStamp). The next process that opens the unchanged file
// reads the columns back in tens of milliseconds instead of stepping through every row; any write to the file
// (by Tryggkarta, QGIS Desktop or anyone) changes its state, and the cache is then never used. The project
// file itself is never written. A cache that is damaged or of another format is ignored. At most four
// projects are kept (the least recently used go). TRYGGKARTA_NO_STORE_CACHE set turns it off.

#include "expected.h"
#include "incidentstore.h"
#include "progress.h"

#include <optional>
#include <string>

namespace tryggkarta
{

class Database;

//! The store from the cache, when there is one for the connection's file as it is now.
std::optional<IncidentStore> cachedIncidentStore( Database &db );

/**
 * The store of the connection's project: from the cache when it matches the file, else read from the table
 * (IncidentStore::load) and then cached when the file did not change while it was read.
 */
Expected<IncidentStore> loadIncidentStore( Database &db, const ProgressCallback &progress = {} );

//! The folder the stores are cached in, or empty when caching is off or there is no cache folder.
std::string incidentStoreCacheFolder();

} // namespace tryggkarta

#pragma once
// Where a walk's stops, route and finds may lie: inside the project's extent (the municipality boundary, else
// its areas, with the usual margin). A stop clicked a town off, a track from another municipality or a photo
// taken on holiday is said, not stored where nobody would look for it.

#include "areas.h"
#include "message.h"

#include <optional>

namespace tryggkarta
{

class Database;

class ProjectBounds
{
public:
  //! Reads the extent once; a project without boundary or areas has no bounds (everything in Sweden is in).
  //! Throws SqlError when the boundary cannot be read.
  explicit ProjectBounds( Database &db );

  bool contains( double x, double y ) const { return !mExtent || mExtent->contains( x, y ); }
  //! "the municipality boundary" or "the project's areas", for messages.
  Message basis() const;
  //! The margin in whole metres, for messages.
  int64_t marginMeters() const;

private:
  std::optional<ProjectExtent> mExtent;
};

} // namespace tryggkarta

#include "projectbounds.h"

#include "database.h"

#include <cmath>

namespace tryggkarta
{

ProjectBounds::ProjectBounds( Database &db )
{
  Expected<std::optional<ProjectExtent>> extent = projectExtent( db );
  if ( !extent )
    throw SqlError( extent.error().text() );
  mExtent = extent.value();
}

Message ProjectBounds::basis() const
{
  return mExtent ? mExtent->basis : Message::make( MessageCode::ExtentMunicipalityBoundary );
}

int64_t ProjectBounds::marginMeters() const
{
  return mExtent ? static_cast<int64_t>( std::lround( mExtent->marginMeters ) ) : 0;
}

} // namespace tryggkarta

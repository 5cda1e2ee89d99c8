#include "storedmapstate.h"

#include "integrity.h"
#include "projectfile.h"

#include <cstdio>

namespace tryggkarta
{

namespace
{
//! Deletes the stored map state of this name, if any; throws SqlError.
void deleteMapState( Database &db, const std::string &name )
{
  if ( !db.tableExists( "qgis_projects" ) )
    return;
  Statement s = db.prepare( "DELETE FROM qgis_projects WHERE name = ?" );
  s.bind( 1, name );
  s.run();
}
} // namespace

int storedMapStateCount( const std::string &projectPath, const std::string &name )
{
  try
  {
    auto project = ProjectFile::open( projectPath, true );
    if ( !project || !project.value()->db().tableExists( "qgis_projects" ) )
      return 0;
    Statement s = project.value()->db().prepare( "SELECT count(*) FROM qgis_projects WHERE name = ?" );
    s.bind( 1, name );
    return s.step() ? static_cast<int>( s.int64( 0 ) ) : 0;
  }
  catch ( const SqlError & )
  {
    return 0;
  }
}

Status removeStoredMapState( Database &db, const std::string &name )
{
  try
  {
    // One statement of its own, not a Transaction: the damage check is asked for here.
    if ( Status intact = checkIntact( db ); !intact )
      return intact;
    deleteMapState( db, name );
    return Done{};
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::ProjectMapStateRemoveFailed, name, e.what() );
  }
}

Status copyProjectFile( Database &db, const std::string &newPath, const std::string &withoutMapState )
{
  try
  {
    // A copy of a damaged file would carry the damage on (or stop half-way): refused, as a write would be.
    if ( Status intact = checkIntact( db ); !intact )
      return intact;
    Statement copy = db.prepare( "VACUUM INTO ?" );
    copy.bind( 1, newPath );
    copy.run();
    if ( !withoutMapState.empty() )
    {
      Database copied( newPath, Database::Mode::ReadWrite );
      deleteMapState( copied, withoutMapState );
    }
    return Done{};
  }
  catch ( const SqlError &e )
  {
    std::remove( newPath.c_str() );
    if ( auto full = writeFailureMessage( e, newPath ) )
      return Error{ *full };
    return Error( MessageCode::ProjectSaveAsFailed, newPath, e.what() );
  }
}

} // namespace tryggkarta

#pragma once
// Names of project files.

#include <QFileInfo>
#include <QString>

//! The path with ".gpkg" appended unless it already ends in .gpkg (in any case), as a save dialog may leave it.
inline QString withGpkgSuffix( const QString &path )
{
  if ( QFileInfo( path ).suffix().compare( QLatin1String( "gpkg" ), Qt::CaseInsensitive ) == 0 )
    return path;
  return path + QLatin1String( ".gpkg" );
}

#pragma once
// Small facts about project files the app needs in several places.

#include <QFileInfo>
#include <QString>

namespace ProjectFiles
{
//! The path with ".gpkg" added unless it already ends so (a project file is always a GeoPackage).
inline QString withGpkgSuffix( const QString &path )
{
  return QFileInfo( path ).suffix().compare( QLatin1String( "gpkg" ), Qt::CaseInsensitive ) == 0
           ? path
           : path + QLatin1String( ".gpkg" );
}
} // namespace ProjectFiles

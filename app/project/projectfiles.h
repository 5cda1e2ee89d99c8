#pragma once
// Small facts about project files the app needs in several places.

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
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

//! Where "Open the demo" keeps its generated copy of Exempelkommun (in the user's data folder).
inline QString demoPath()
{
  return QDir( QStandardPaths::writableLocation( QStandardPaths::AppDataLocation ) )
    .filePath( QStringLiteral( "exempelkommun.gpkg" ) );
}
} // namespace ProjectFiles

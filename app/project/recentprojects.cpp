#include "recentprojects.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace
{
const QString sRecentKey = QStringLiteral( "projects/recent" );
}

QStringList RecentProjects::list()
{
  QStringList existing;
  for ( const QString &path : QSettings().value( sRecentKey ).toStringList() )
    if ( QFileInfo::exists( path ) && !existing.contains( path ) )
      existing << path;
  return existing;
}

void RecentProjects::add( const QString &path )
{
  const QString absolute = QFileInfo( path ).absoluteFilePath();
  QStringList paths = QSettings().value( sRecentKey ).toStringList();
  paths.removeAll( absolute );
  paths.prepend( absolute );
  while ( paths.size() > sMaximum )
    paths.removeLast();
  QSettings().setValue( sRecentKey, paths );
}

void RecentProjects::remove( const QString &path )
{
  QStringList paths = QSettings().value( sRecentKey ).toStringList();
  paths.removeAll( QFileInfo( path ).absoluteFilePath() );
  QSettings().setValue( sRecentKey, paths );
}

#pragma once
// The recently opened projects, kept in the settings.

#include <QString>
#include <QStringList>

//! The recently opened projects, newest first, kept in the settings.
class RecentProjects
{
public:
  static constexpr int sMaximum = 10;
  //! The list, newest first, without files that no longer exist.
  static QStringList list();
  //! Puts a project first in the list.
  static void add( const QString &path );
  static void remove( const QString &path );
};

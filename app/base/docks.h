#pragma once
// The window's docks, made one way.

#include <QDockWidget>
#include <QMainWindow>
#include <QString>

namespace Docks
{
//! A dock of the window holding a panel, named for the saved window state (objectName), not yet placed.
inline QDockWidget *create( QMainWindow *window, const QString &title, const QString &objectName,
                            QWidget *panel, int minimumWidth = 0 )
{
  auto *dock = new QDockWidget( title, window );
  dock->setObjectName( objectName );
  dock->setWidget( panel );
  if ( minimumWidth > 0 )
    dock->setMinimumWidth( minimumWidth );
  return dock;
}
} // namespace Docks

#pragma once
// A part of the map state (view, filter, layers, styles) that the map-state store saves into the project file
// and brings back: the store writes what QGIS keeps by itself, each participant adds what is its own.

#include <QString>
#include <QStringList>

class QgsProject;

class MapStateParticipant
{
public:
  virtual ~MapStateParticipant() = default;

  //! Writes this part into the map state about to be stored (as entries of the QgsProject).
  virtual void writeMapState( QgsProject *project ) { Q_UNUSED( project ) }
  /**
   * Brings this part back from a stored map state (read without resolving its layers). Returns messages for
   * the user (e.g. files that are missing).
   */
  virtual QStringList readMapState( QgsProject &saved ) = 0;
  /**
   * This part as text, to tell whether it changed since the map was saved; empty when its changes already
   * make the QgsProject dirty (layers, styles).
   */
  virtual QString mapStateKey() const { return QString(); }
};

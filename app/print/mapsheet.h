#pragma once
// Everything one printed map needs from a project file, made without a window: the project's layers, the main
// layer for what the map shows (a heatmap, hot spots, clusters, the events, or in the public mode only cells
// aggregated with small counts suppressed), its extent and the texts around it in Swedish. Used by the
// command-line tool's print command, the report's maps and the app's public print.

#include "expected.h"
#include "mapcontent.h"
#include "printmap.h"
#include "projectlayers.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

class QgsProject;

namespace tryggkarta
{
class ProjectFile;
}

class MapSheet
{
  Q_DECLARE_TR_FUNCTIONS( MapSheet )

public:
  ~MapSheet();

  /**
   * Opens a project file for printing: the core checks it (a damaged file is refused) and QGIS loads its
   * layers, styled as in the app (a print adds the layouts stored with its map state:
   * PrintTemplates::importStored).
   */
  static tryggkarta::Expected<std::unique_ptr<MapSheet>> open( const QString &path );

  QgsProject *project() const { return mProject.get(); }
  tryggkarta::ProjectFile &file() const { return *mFile; }
  const ProjectInfo &info() const { return mInfo; }

  /**
   * Makes the main layer for content (added to the project, not to its layer tree; replaced by the next
   * call), and fills options: the layers top first (base map and areas below; events only when content shows
   * them and it is not public), the extent (the area's, else the municipality's), title, period, filter,
   * method, units, sources, classification, organisation and the synthetic-data note. content.method is
   * filled in. Fails with the core's message (no events, an unknown area, …).
   */
  tryggkarta::Status prepare( tryggkarta::MapContent &content, PrintMapOptions &options );

  //! The project's base map, areas and boundary layers, top first (for the report's maps).
  QList<QgsMapLayer *> backgroundLayers() const;

private:
  MapSheet() = default;
  std::unique_ptr<QgsProject> mProject;
  std::unique_ptr<tryggkarta::ProjectFile> mFile;
  ProjectInfo mInfo;
  QTemporaryDir mDir;
  QList<QgsMapLayer *> mMainLayers;
  int mCounter = 0;
};

#pragma once
// Every map tool of the window, owned in one place and looked up by what it is for (as QGIS's
// QgsAppMapTools): navigation, identify and measuring made here, the editing tools handed over by the editor.
// Their actions form one exclusive group: one tool is active at a time.

#include <QHash>
#include <QObject>
#include <QPointer>

class IdentifyTool;
class MeasureTool;
class QAction;
class QActionGroup;
class QgsMapCanvas;
class QgsMapTool;
class QgsProject;

class MapTools : public QObject
{
  Q_OBJECT

public:
  enum class Tool
  {
    Pan,
    ZoomIn,
    ZoomOut,
    Identify,
    MeasureDistance,
    MeasureArea,
    AddIncident,
    AddObservation,
    Select,
    DrawRoute,
    EditStops
  };

  MapTools( QgsMapCanvas *canvas, QgsProject *project, QObject *parent = nullptr );
  //! Unsets and deletes the tools while the canvas still exists (they are not its children).
  ~MapTools() override;

  //! The tool, or nullptr when it was never added.
  QgsMapTool *mapTool( Tool tool ) const { return mTools.value( tool ); }
  //! The checkable action that activates the tool, or nullptr.
  QAction *action( Tool tool ) const { return mActions.value( tool ); }
  IdentifyTool *identifyTool() const { return mIdentifyTool; }
  MeasureTool *distanceTool() const { return mDistanceTool; }
  MeasureTool *areaTool() const { return mAreaTool; }

  /**
   * Adds a tool made elsewhere (the editor's) and the action that activates it; this takes the tool over
   * and deletes it with the others.
   */
  void addTool( Tool tool, QgsMapTool *mapTool, QAction *action );
  //! Makes a tool the canvas's active one.
  void activate( Tool tool );

private:
  QAction *createAction( Tool tool, QgsMapTool *mapTool, const char *icon, const QString &text );

  QPointer<QgsMapCanvas> mCanvas;
  QActionGroup *mGroup = nullptr;
  QHash<Tool, QgsMapTool *> mTools;
  QHash<Tool, QAction *> mActions;
  IdentifyTool *mIdentifyTool = nullptr;
  MeasureTool *mDistanceTool = nullptr;
  MeasureTool *mAreaTool = nullptr;
};

inline uint qHash( MapTools::Tool tool, uint seed = 0 )
{
  return ::qHash( static_cast<int>( tool ), seed );
}

#pragma once
// The map templates: A4 and A3, landscape and portrait. Each is built for what the map shows (the legend and
// texts fitted to the sheet) until the project holds a layout of the template's name: a layout the user
// edited in QGIS Desktop's layout designer on the same project file (Project → Layouts), used from then on
// with the map, legend and texts of each print filled in.

#include "printmap.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QgsPrintLayout;
class QgsProject;

struct PrintTemplate
{
  QString name; //!< "A4 liggande"
  PrintMapOptions::PaperSize paper = PrintMapOptions::PaperSize::A4;
  QPageLayout::Orientation orientation = QPageLayout::Landscape;
};

class PrintTemplates
{
  Q_DECLARE_TR_FUNCTIONS( PrintTemplates )

public:
  //! The four templates, A4 landscape first (what a coordinator most often prints).
  static QList<PrintTemplate> builtIn();
  //! The template of a name as a user may write it: "A4 liggande", "a4-liggande", "A3 portrait", "a3".
  static std::optional<PrintTemplate> find( const QString &name );
  //! The names, for messages: "A4 liggande, A4 stående, A3 liggande, A3 stående".
  static QString names();
  //! The name of the project layout that overrides a template: "Tryggkarta A4 liggande".
  static QString layoutName( const PrintTemplate &printTemplate );

  /**
   * The layout to print: a copy of the project's layout of the template's name when there is one (its map
   * shows options.layers at options.extent, its legend and the variables are filled in), else one built for
   * the options. options.paper and orientation are taken from the template.
   */
  static std::unique_ptr<QgsPrintLayout> layoutFor( QgsProject *project, const PrintTemplate &printTemplate,
                                                    PrintMapOptions options );
  //! Whether the project has its own layout for the template.
  static bool isStored( const QgsProject *project, const PrintTemplate &printTemplate );

  /**
   * Adds the templates the project does not have yet to its layouts, built for these options, so they can be
   * edited in QGIS Desktop once the map state is saved. Returns the names added.
   */
  static QStringList install( QgsProject *project, const PrintMapOptions &options );

  /**
   * Copies the layouts of the map state stored in a project file into project (replacing those of the same
   * name), so a layout edited in QGIS Desktop is kept when the app saves the map state again. Returns the
   * number copied.
   */
  static int importStored( QgsProject *project, const QString &projectPath );

  //! Writes a template to a .qpt file QGIS Desktop can load (Layout → Add Items from Template).
  static QString writeQpt( QgsPrintLayout *layout, const QString &path );
};

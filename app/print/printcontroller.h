#pragma once
// The print room: Print Map… in the File menu, and printing the map as it is shown, with the filter and the
// heatmap, to a PDF.

#include "printmap.h"

#include <QObject>

class FilterController;
class MapController;
class ProjectController;
class QAction;
class QWidget;

class PrintController : public QObject
{
  Q_OBJECT

public:
  PrintController( ProjectController *projects, FilterController *filter, MapController *map,
                   QWidget *window );

  QAction *printAction() const { return mActionPrint; }

  /**
   * Prints the current view with the filter and the heatmap to a PDF through a QGIS print layout (title,
   * period, legend with the heatmap's units, scale bar, north arrow, sources, date, synthetic-data note). An
   * empty title prints one made from the period. Returns an error message, or an empty string.
   */
  QString printMap( const QString &pdfPath, const QString &title, PrintMapOptions::PaperSize paper,
                    QPageLayout::Orientation orientation );

public slots:
  //! Asks for the title and paper, then a file, and prints the map to a PDF.
  void showDialog();

signals:
  //! Something for the status bar.
  void message( const QString &text, int milliseconds );

private:
  ProjectController *mProjects = nullptr;
  FilterController *mFilter = nullptr;
  MapController *mMap = nullptr;
  QWidget *mWindow = nullptr;
  QAction *mActionPrint = nullptr;
};

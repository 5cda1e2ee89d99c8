#pragma once
// The print room: Print Map… in the File menu. The map as it is shown (filter, heatmap, results, the user's
// layers) through a print template, or, for publishing, the filter's events aggregated by the core; texts
// made from what is shown, in Swedish; a stored result made for another selection than the filter's is never
// printed without saying so.

#include "printmap.h"
#include "printmapdialog.h"

#include <QObject>

#include <memory>

class FilterController;
class MapController;
class MapSheet;
class ProjectController;
class QAction;
class QWidget;

class PrintController : public QObject
{
  Q_OBJECT

public:
  PrintController( ProjectController *projects, FilterController *filter, MapController *map,
                   QWidget *window );
  ~PrintController() override;

  QAction *printAction() const { return mActionPrint; }
  QAction *installTemplatesAction() const { return mActionInstallTemplates; }

  /**
   * Puts the print templates the project lacks into its layouts, made for the current view, so they can be
   * edited in QGIS Desktop's layout designer once the map is saved (the map is marked changed). Returns the
   * names added.
   */
  QStringList installTemplates();

  //! What to do with a result on the map that was made for another selection than the filter's.
  enum class OtherSelection
  {
    Ask,       //!< ask the user (the dialog)
    OwnPeriod, //!< print it, titled with its own selection's period and categories
    Recompute  //!< compute it again for the filter (in the print only; the stored result stays)
  };

  /**
   * The layout for a choice, and the options it was made with: the current view with the filter (or, public
   * or recomputed, the project's layers with the core's aggregated or recomputed layer). Returns nullptr with
   * the reason in error.
   */
  std::unique_ptr<QgsPrintLayout> buildLayout( const PrintChoice &choice, OtherSelection otherSelection,
                                               PrintMapOptions &options, QString *error );

  /**
   * Prints the current view with the filter and the heatmap to a PDF through a template. An empty title
   * prints one made from what is shown. Returns an error message, or an empty string.
   */
  QString printMap( const QString &pdfPath, const QString &title, PrintMapOptions::PaperSize paper,
                    QPageLayout::Orientation orientation, bool publicMode = false,
                    OtherSelection otherSelection = OtherSelection::OwnPeriod );

  //! The title and subtitle made from what the map shows (a result's own selection when otherSelection says
  //! so).
  QPair<QString, QString> proposedTexts( OtherSelection otherSelection );

  //! The names of results on the map made for another selection than the filter's.
  QStringList resultsOfOtherSelections() const;

public slots:
  //! Asks what to print (with a preview), then a file, and prints the map to a PDF.
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
  QAction *mActionInstallTemplates = nullptr;
  //! The project's layers opened for a public or recomputed print (kept for the dialog's previews).
  std::unique_ptr<MapSheet> mSheet;
};

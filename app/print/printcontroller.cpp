#include "printcontroller.h"

#include "analysistext.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "liveheatmap.h"
#include "mapcontroller.h"
#include "printmapdialog.h"
#include "projectcontroller.h"
#include "userlayers.h"

#include <qgsapplication.h>
#include <qgsmapcanvas.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

PrintController::PrintController( ProjectController *projects, FilterController *filter, MapController *map,
                                  QWidget *window )
  : QObject( window ), mProjects( projects ), mFilter( filter ), mMap( map ), mWindow( window )
{
  mActionPrint = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFilePrint.svg" ) ),
                              tr( "&Print Map…" ), this );
  mActionPrint->setShortcut( QKeySequence::Print );
  mActionPrint->setToolTip( tr( "Print the map as it is shown, with the filter and the heatmap, to a PDF" ) );
  connect( mActionPrint, &QAction::triggered, this, &PrintController::showDialog );
  auto update = [this] { mActionPrint->setEnabled( mProjects->isOpen() ); };
  connect( projects, &ProjectController::ready, this, update );
  connect( projects, &ProjectController::closed, this, update );
  update();
}

QString PrintController::printMap( const QString &pdfPath, const QString &title,
                                   PrintMapOptions::PaperSize paper, QPageLayout::Orientation orientation )
{
  if ( !mProjects->isOpen() )
    return tr( "No project is open." );
  FilterPanel *panel = mFilter->panel();
  QgsMapCanvas *canvas = mMap->canvas();
  PrintMapOptions options;
  options.title =
    title.isEmpty() ? PrintMap::periodTitle( panel->periodFrom(), panel->periodUntil() ) : title;
  options.periodText = AnalysisText::describeSelection( panel->selection(), mProjects->categoryLabels() );
  options.sourcesText = tr( "Sources: the project's incidents (%n in the filter).", nullptr,
                            static_cast<int>( mFilter->filteredIncidents().size() ) );
  if ( !mMap->userLayers()->attribution().isEmpty() )
    options.sourcesText += QLatin1Char( ' ' ) + mMap->userLayers()->attribution();
  if ( mMap->isSyntheticDataNoteShown() )
    options.note = mMap->syntheticDataNote();
  options.paper = paper;
  options.orientation = orientation;
  options.extent = canvas->extent();
  options.crs = canvas->mapSettings().destinationCrs();
  options.layers = canvas->layers();
  options.heatmapUnits = LiveHeatmap::unitsText();
  mFilter->heatmap()->waitUntilIdle( 20000 ); // print what the filter says, not an older heatmap
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString problem = PrintMap::exportPdf( mProjects->project(), options, pdfPath );
  QApplication::restoreOverrideCursor();
  return problem;
}

void PrintController::showDialog()
{
  FilterPanel *panel = mFilter->panel();
  PrintMapDialog dialog( PrintMap::periodTitle( panel->periodFrom(), panel->periodUntil() ), mWindow );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  const QString suggested =
    QFileInfo( mProjects->path() ).dir().filePath( dialog.title() + QStringLiteral( ".pdf" ) );
  const QString path =
    QFileDialog::getSaveFileName( mWindow, tr( "Print Map" ), suggested, tr( "PDF (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  const QString problem = printMap( path, dialog.title(), dialog.paper(), dialog.orientation() );
  if ( !problem.isEmpty() )
    QMessageBox::warning( mWindow, tr( "Print Map" ), problem );
  else
    emit message( tr( "Printed to %1" ).arg( path ), 8000 );
}

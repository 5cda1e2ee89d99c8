#include "printcontroller.h"

#include "analysisrun.h"
#include "analysistext.h"
#include "coremessages.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "incidentpointslayer.h"
#include "liveheatmap.h"
#include "mapcontent.h"
#include "mapcontroller.h"
#include "mapsheet.h"
#include "projectcontroller.h"
#include "projectfile.h"
#include "resultlayers.h"
#include "results.h"
#include "swedishtext.h"
#include "userlayers.h"

#include <qgsapplication.h>
#include <qgslayoutmanager.h>
#include <qgsmapcanvas.h>
#include <qgsprintlayout.h>

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <set>

using namespace tryggkarta;

namespace
{
//! The stored results of these names, read from the project file (nothing when it cannot be read).
std::vector<StoredResult> storedResults( const QString &path, const QStringList &names )
{
  std::vector<StoredResult> found;
  auto file = ProjectFile::open( path.toStdString(), true );
  if ( !file )
    return found;
  ResultStore store( **file );
  for ( const QString &name : names )
    if ( auto result = store.find( name.toStdString() ) )
      found.push_back( *result );
  return found;
}

//! Two selections as a map would print them: the same events.
bool sameSelection( const Selection &a, const Selection &b )
{
  auto sorted = []( std::vector<std::string> v )
  {
    std::sort( v.begin(), v.end() );
    return v;
  };
  return a.fromUtc == b.fromUtc && a.untilUtc == b.untilUtc &&
         sorted( a.categories ) == sorted( b.categories ) && sorted( a.sources ) == sorted( b.sources ) &&
         sorted( a.organisations ) == sorted( b.organisations ) && a.weekdays == b.weekdays &&
         a.hours == b.hours && a.area == b.area && a.layer == b.layer &&
         sorted( a.checklistItems ) == sorted( b.checklistItems ) && a.walkIds == b.walkIds;
}

MapShows showsOfKind( const std::string &kind )
{
  return kind == "hotspots"   ? MapShows::HotSpots
         : kind == "clusters" ? MapShows::Clusters
                              : MapShows::Heatmap;
}

QString q( const std::string &text )
{
  return QString::fromStdString( text );
}
} // namespace

PrintController::PrintController( ProjectController *projects, FilterController *filter, MapController *map,
                                  QWidget *window )
  : QObject( window ), mProjects( projects ), mFilter( filter ), mMap( map ), mWindow( window )
{
  mActionPrint = new QAction( QgsApplication::getThemeIcon( QStringLiteral( "/mActionFilePrint.svg" ) ),
                              tr( "&Print Map…" ), this );
  mActionPrint->setShortcut( QKeySequence::Print );
  mActionPrint->setToolTip( tr( "Print the map as it is shown, with the filter and the heatmap, to a PDF" ) );
  connect( mActionPrint, &QAction::triggered, this, &PrintController::showDialog );
  mActionInstallTemplates = new QAction( tr( "Put the Print &Templates in the Project" ), this );
  mActionInstallTemplates->setToolTip(
    tr( "Adds the four print templates to the project's layouts, so they can be "
        "edited in QGIS Desktop (Project → Layouts) once the map is saved; the "
        "edited versions are used from then on" ) );
  connect( mActionInstallTemplates, &QAction::triggered, this,
           [this]
           {
             const QStringList added = installTemplates();
             emit message(
               added.isEmpty()
                 ? tr( "The project has all the print templates already." )
                 : tr( "Added %1. Save the map to keep them." ).arg( added.join( QStringLiteral( ", " ) ) ),
               10000 );
           } );
  auto update = [this]
  {
    mActionPrint->setEnabled( mProjects->isOpen() );
    mActionInstallTemplates->setEnabled( mProjects->isOpen() );
    mSheet.reset(); // another project, or none
  };
  connect( projects, &ProjectController::ready, this, update );
  connect( projects, &ProjectController::closed, this, update );
  update();
}

PrintController::~PrintController() = default;

QStringList PrintController::resultsOfOtherSelections() const
{
  QStringList names;
  if ( !mProjects->isOpen() )
    return names;
  const Selection filter = mFilter->panel()->selection();
  for ( const StoredResult &result :
        storedResults( mProjects->path(), ResultLayers::shownResults( mProjects->project() ) ) )
    if ( !sameSelection( AnalysisText::selectionFromJson( q( result.selectionJson ) ), filter ) )
      names << q( result.name );
  return names;
}

QPair<QString, QString> PrintController::proposedTexts( OtherSelection otherSelection )
{
  // The texts only: made as a print would make them, without building a layout.
  MapContent content;
  content.selection = mFilter->panel()->selection();
  const QStringList shown = ResultLayers::shownResults( mProjects->project() );
  const std::vector<StoredResult> results = storedResults( mProjects->path(), shown );
  content.shows = results.empty() ? MapShows::Heatmap : showsOfKind( results.front().kind );
  if ( !results.empty() && otherSelection == OtherSelection::OwnPeriod )
    content.selection = AnalysisText::selectionFromJson( q( results.front().selectionJson ) );
  content.period = selectionPeriod( content.selection );
  if ( auto file = ProjectFile::open( mProjects->path().toStdString(), true ) )
  {
    const CategoryLabels labels = categoryLabelsSv( **file );
    return { q( mapTitle( content, labels ) ), q( periodLine( content ) ) };
  }
  return { PrintMap::periodTitle( mFilter->panel()->periodFrom(), mFilter->panel()->periodUntil() ),
           QString() };
}

std::unique_ptr<QgsPrintLayout> PrintController::buildLayout( const PrintChoice &choice,
                                                              OtherSelection otherSelection,
                                                              PrintMapOptions &options, QString *error )
{
  auto fail = [error]( const QString &text )
  {
    if ( error )
      *error = text;
    return nullptr;
  };
  if ( !mProjects->isOpen() )
    return fail( tr( "No project is open." ) );
  const QString path = mProjects->path();
  FilterPanel *panel = mFilter->panel();
  const std::vector<StoredResult> results =
    storedResults( path, ResultLayers::shownResults( mProjects->project() ) );

  MapContent content;
  content.selection = panel->selection();
  content.publicMode = choice.publicMode;
  content.extractedAtUtc = utcNowSeconds();
  content.shows = results.empty() ? MapShows::Heatmap : showsOfKind( results.front().kind );
  content.period = selectionPeriod( content.selection );
  options = PrintMapOptions();
  options.title = choice.title;
  options.paper = choice.printTemplate.paper;
  options.orientation = choice.printTemplate.orientation;

  const bool recompute =
    otherSelection == OtherSelection::Recompute && !results.empty() &&
    !sameSelection( AnalysisText::selectionFromJson( q( results.front().selectionJson ) ),
                    content.selection );
  if ( choice.publicMode || recompute )
  {
    // The core makes the layer from the file: aggregated for the public, or the result again for the filter.
    if ( !mSheet )
    {
      auto sheet = MapSheet::open( path );
      if ( !sheet )
        return fail( CoreMessages::text( sheet.error() ) );
      mSheet = std::move( *sheet );
    }
    const Status prepared = mSheet->prepare( content, options );
    if ( !prepared )
      return fail( CoreMessages::text( prepared.error() ) );
    if ( !choice.subtitle.isEmpty() )
      options.periodText = choice.subtitle;
    if ( mMap->isSyntheticDataNoteShown() )
      options.note = mMap->syntheticDataNote();
    mSheet->project()->setCrs( mMap->canvas()->mapSettings().destinationCrs() );
    options.extent = mMap->canvas()->extent();
    return PrintTemplates::layoutFor( mSheet->project(), choice.printTemplate, options );
  }

  // The view as it is: the canvas's layers, extent and CRS; the texts from what it shows.
  const bool ownSelection =
    otherSelection == OtherSelection::OwnPeriod && !results.empty() &&
    !sameSelection( AnalysisText::selectionFromJson( q( results.front().selectionJson ) ),
                    content.selection );
  auto file = ProjectFile::open( path.toStdString(), true );
  if ( !file )
    return fail( CoreMessages::text( file.error() ) );
  const CategoryLabels labels = categoryLabelsSv( **file );
  std::set<std::string> sources;
  mFilter->waitUntilApplied( 60000 ); // millions of incidents: the filter is worked out on a worker
  for ( const SelectedIncident &incident : mFilter->filteredIncidents() )
    sources.insert( incident.source );
  if ( !results.empty() )
  {
    const StoredResult &result = results.front();
    options.methodText = AnalysisText::methodNameForCode( q( result.kind ) ) + QStringLiteral( ": " ) +
                         AnalysisText::describeParameters( q( result.kind ), q( result.parametersJson ) );
    if ( ownSelection )
    {
      // The result's own selection in the title and subtitle, and the filter's under them: never a result
      // under the filter's period.
      MapContent own = content;
      own.selection = AnalysisText::selectionFromJson( q( result.selectionJson ) );
      own.period = selectionPeriod( own.selection );
      if ( options.title.isEmpty() )
        options.title = q( mapTitle( own, labels ) );
      options.filterText = tr( "%1 made for: %2 The map's filter: %3" )
                             .arg( q( result.name ), q( filterText( own.selection, labels ) ),
                                   q( filterText( content.selection, labels ) ) );
      content = own;
    }
  }
  else
  {
    const KernelDensityParameters &heatmap = mFilter->heatmap()->parameters();
    content.method.kernel = kernelShapeName( heatmap.kernel );
    content.method.radiusMeters = heatmap.radiusMeters;
    content.method.cellMeters = heatmap.cellSize;
    // The heatmap draws the places that are points; the others are counted in the method's text.
    content.method.impreciseLeftOut = mFilter->impreciseIncidents().total();
    content.method.events =
      static_cast<int64_t>( mFilter->filteredIncidents().size() ) - content.method.impreciseLeftOut;
    options.methodText = q( methodText( content ) );
  }
  if ( options.title.isEmpty() )
    options.title = q( mapTitle( content, labels ) );
  options.periodText = choice.subtitle.isEmpty() ? q( periodLine( content ) ) : choice.subtitle;
  if ( options.filterText.isEmpty() )
    options.filterText = q( filterText( content.selection, labels ) );
  options.sourcesText =
    q( sourcesText( std::vector<std::string>( sources.begin(), sources.end() ), content.extractedAtUtc ) );
  if ( !mMap->userLayers()->attribution().isEmpty() )
    options.sourcesText += QLatin1Char( ' ' ) + mMap->userLayers()->attribution();
  options.classification = q( classificationText( false, content.minCount ) );
  options.organisation = q( projectOrganisation( **file ) );
  if ( mMap->isSyntheticDataNoteShown() )
    options.note = mMap->syntheticDataNote();
  QgsMapCanvas *canvas = mMap->canvas();
  options.extent = canvas->extent();
  options.crs = canvas->mapSettings().destinationCrs();
  // The layers themselves: the print's legend and its filter by map content read the GeoPackage layer.
  options.layers = IncidentPointsLayer::sourcesOf( canvas->layers() );
  options.heatmapUnits = LiveHeatmap::unitsText();
  mFilter->heatmap()->waitUntilIdle( 20000 ); // print what the filter says, not an older heatmap
  return PrintTemplates::layoutFor( mProjects->project(), choice.printTemplate, options );
}

QStringList PrintController::installTemplates()
{
  if ( !mProjects->isOpen() )
    return {};
  PrintChoice choice;
  choice.printTemplate = PrintTemplates::builtIn().first();
  PrintMapOptions options;
  QString error;
  // The texts and layers of the current view; the layouts themselves are built per template.
  if ( !buildLayout( choice, OtherSelection::OwnPeriod, options, &error ) )
    return {};
  const QStringList added = PrintTemplates::install( mProjects->project(), options );
  if ( !added.isEmpty() )
    mProjects->project()->setDirty( true );
  return added;
}

QString PrintController::printMap( const QString &pdfPath, const QString &title,
                                   PrintMapOptions::PaperSize paper, QPageLayout::Orientation orientation,
                                   bool publicMode, OtherSelection otherSelection )
{
  PrintChoice choice;
  for ( const PrintTemplate &printTemplate : PrintTemplates::builtIn() )
    if ( printTemplate.paper == paper && printTemplate.orientation == orientation )
      choice.printTemplate = printTemplate;
  choice.title = title;
  choice.publicMode = publicMode;
  PrintMapOptions options;
  QString error;
  QApplication::setOverrideCursor( Qt::WaitCursor );
  std::unique_ptr<QgsPrintLayout> layout = buildLayout( choice, otherSelection, options, &error );
  const QString problem = layout ? PrintMap::exportLayout( layout.get(), options, pdfPath ) : error;
  QApplication::restoreOverrideCursor();
  return problem;
}

void PrintController::showDialog()
{
  if ( !mProjects->isOpen() )
    return;
  // A result made for another selection is printed only as the user chooses: with its own period in the
  // title, or computed again for the filter.
  OtherSelection otherSelection = OtherSelection::OwnPeriod;
  const QStringList other = resultsOfOtherSelections();
  if ( !other.isEmpty() )
  {
    QMessageBox question(
      QMessageBox::Question, tr( "Print Map" ),
      tr( "%1 on the map was made for another selection than the filter's. Print it with "
          "its own period in the title, or compute it again for the filter (for this print; "
          "the stored result stays as it is)?" )
        .arg( other.join( QStringLiteral( ", " ) ) ),
      QMessageBox::Cancel, mWindow );
    QPushButton *own = question.addButton( tr( "Print With Its Own Period" ), QMessageBox::AcceptRole );
    QPushButton *again = question.addButton( tr( "Compute Again for the Filter" ), QMessageBox::AcceptRole );
    question.setDefaultButton( own );
    question.exec();
    if ( question.clickedButton() == again )
      otherSelection = OtherSelection::Recompute;
    else if ( question.clickedButton() != own )
      return;
  }
  mSheet.reset(); // the file as it is now
  const QPair<QString, QString> texts = proposedTexts( otherSelection );
  QStringList stored;
  for ( const PrintTemplate &printTemplate : PrintTemplates::builtIn() )
    if ( PrintTemplates::isStored( mProjects->project(), printTemplate ) )
      stored << printTemplate.name;
  PrintMapOptions lastOptions;
  PrintMapDialog dialog(
    texts.first, texts.second, stored,
    [this, otherSelection, &lastOptions]( const PrintChoice &choice, QString *error )
    {
      QApplication::setOverrideCursor( Qt::WaitCursor );
      auto layout = buildLayout( choice, otherSelection, lastOptions, error );
      QApplication::restoreOverrideCursor();
      return layout;
    },
    mWindow );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  dialog.updatePreview(); // what is printed is what the choice makes now
  if ( !dialog.layout() )
    return;
  const QString suggested =
    QFileInfo( mProjects->path() )
      .dir()
      .filePath( dialog.choice().title.isEmpty() ? lastOptions.title + QStringLiteral( ".pdf" )
                                                 : dialog.choice().title + QStringLiteral( ".pdf" ) );
  const QString path =
    QFileDialog::getSaveFileName( mWindow, tr( "Print Map" ), suggested, tr( "PDF (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const QString problem = PrintMap::exportLayout( dialog.layout(), lastOptions, path );
  QApplication::restoreOverrideCursor();
  if ( !problem.isEmpty() )
    QMessageBox::warning( mWindow, tr( "Print Map" ), problem );
  else
    emit message( tr( "Printed to %1" ).arg( path ), 8000 );
}

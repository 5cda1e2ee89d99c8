#include "analysisdialogs.h"

#include "docks.h"

#include "analysisdialog.h"
#include "filtercontroller.h"
#include "filterpanel.h"
#include "mapstatestore.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "resultlayers.h"
#include "resultspanel.h"

#include <qgsmapcanvas.h>

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMessageBox>

AnalysisDialogs::AnalysisDialogs( ProjectController *projects, FilterController *filter, QgsMapCanvas *canvas,
                                  QMainWindow *window )
  : QObject( window ), mProjects( projects ), mFilter( filter ), mCanvas( canvas ), mWindow( window )
{
  auto addAction = [this]( const QString &text, const QString &tip, AnalysisKind kind )
  {
    auto *action = new QAction( text, this );
    action->setToolTip( tip );
    connect( action, &QAction::triggered, this, [this, kind] { open( kind ); } );
    mActions << action;
  };
  addAction( tr( "&Kernel Density (Heatmap Raster)…" ),
             tr( "A heatmap of the incidents in the filter, stored in the project" ),
             AnalysisKind::KernelDensity );
  addAction( tr( "&Hot Spots (Gi*)…" ), tr( "Statistical hot and cold spots of the incidents in the filter" ),
             AnalysisKind::HotSpots );
  addAction( tr( "&Clusters (DBSCAN)…" ), tr( "Groups of incidents close together, with outlines" ),
             AnalysisKind::Clusters );
  addAction( tr( "Com&pare Periods…" ),
             tr( "The filter's period against the one before or last year, per area and cell" ),
             AnalysisKind::Comparison );

  mResultsPanel = new ResultsPanel( projects->project(), canvas, window );
  mResultsDock =
    Docks::create( window, tr( "Stored Results" ), QStringLiteral( "ResultsDock" ), mResultsPanel, 340 );
  connect( mResultsPanel, &ResultsPanel::message, this,
           [this]( const QString &text ) { emit message( text, 8000 ); } );

  projects->mapState()->addParticipant( this );
  connect( projects, &ProjectController::opened, this,
           [this] { mResultsPanel->setProjectPath( mProjects->path(), mProjects->categoryLabels() ); } );
  connect( projects, &ProjectController::moved, this,
           [this] { mResultsPanel->setProjectPath( mProjects->path(), mProjects->categoryLabels() ); } );
  // The dialogs belong to the project that closes (their runs were stopped before).
  connect( projects, &ProjectController::closing, this, &AnalysisDialogs::closeDialogs );
  connect( projects, &ProjectController::closed, this,
           [this]
           {
             mResultsPanel->setProjectPath( QString(), {} );
             updateActions();
           } );
  connect( projects, &ProjectController::ready, this, &AnalysisDialogs::updateActions );
  updateActions();
}

AnalysisDialogs::~AnalysisDialogs()
{
  mProjects->mapState()->removeParticipant( this );
  // Dialogs cancel their runs (which then store nothing) while the window still exists.
  qDeleteAll( dialogs() );
  delete mResultsDock;
}

QList<AnalysisDialog *> AnalysisDialogs::dialogs() const
{
  return mWindow->findChildren<AnalysisDialog *>();
}

QList<QPointer<AnalysisDialog>> AnalysisDialogs::guardedDialogs() const
{
  // Guarded: a dialog whose run ends while another is awaited may close and be deleted meanwhile.
  QList<QPointer<AnalysisDialog>> guarded;
  for ( AnalysisDialog *dialog : dialogs() )
    guarded << dialog;
  return guarded;
}

void AnalysisDialogs::closeDialogs()
{
  for ( const QPointer<AnalysisDialog> &dialog : guardedDialogs() )
    if ( dialog && !dialog->isRunning() )
      dialog->close();
}

AnalysisDialog *AnalysisDialogs::open( AnalysisKind kind )
{
  if ( !mProjects->isOpen() )
    return nullptr;
  AnalysisContext context;
  context.projects = mProjects;
  context.canvas = mCanvas;
  context.selection = mFilter->panel()->selection();
  // The analyses place points: those whose place is only a municipality, a county or an area are left out.
  mFilter->waitUntilApplied( 60000 ); // millions of incidents: the filter is worked out on a worker
  context.incidents = mFilter->filteredIncidents();
  context.imprecise = tryggkarta::takeImprecise( context.incidents );
  context.observations = mFilter->filteredObservations();
  context.categoryLabels = mProjects->categoryLabels();
  const bool english = mProjects->isEnglish();
  for ( const CodeLabel &item : mProjects->info().checklistItems )
    context.checklistItems << qMakePair( item.code,
                                         english && !item.labelEn.isEmpty() ? item.labelEn : item.labelSv );
  auto *dialog = new AnalysisDialog( kind, context, mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &AnalysisDialog::runningChanged, this,
           [this]( bool running )
           {
             mRunning += running ? 1 : -1;
             updateActions();
             emit runningChanged();
           } );
  connect( dialog, &AnalysisDialog::resultStored, this,
           [this]( const tryggkarta::StoredResult &result, const QString &summary )
           {
             mResultsPanel->refresh();
             mResultsPanel->setCurrentName( QString::fromStdString( result.name ) );
             emit message( tr( "Saved %1: %2" ).arg( QString::fromStdString( result.name ), summary ),
                           15000 );
           } );
  dialog->show();
  return dialog;
}

bool AnalysisDialogs::mayStopWork()
{
  if ( mRunning <= 0 )
    return true;
  return QMessageBox::question(
           mWindow, tr( "Analysis Running" ),
           tr( "%n analysis(es) still running. Cancel and go on? Nothing of a cancelled analysis is saved.",
               nullptr, mRunning ) ) == QMessageBox::Yes;
}

bool AnalysisDialogs::stopWork()
{
  if ( mRunning <= 0 )
    return true;
  const QList<QPointer<AnalysisDialog>> guarded = guardedDialogs();
  for ( const QPointer<AnalysisDialog> &dialog : guarded )
    if ( dialog )
      dialog->cancelAndWait();
  for ( const QPointer<AnalysisDialog> &dialog : guarded )
    if ( dialog && dialog->isRunning() )
      return false;
  return true;
}

QStringList AnalysisDialogs::readMapState( QgsProject &saved )
{
  // The analysis results that were on the map, with their styles (in place of any shown before).
  for ( const QString &shown : ResultLayers::shownResults( mProjects->project() ) )
    ResultLayers::removeFromMap( mProjects->project(), mCanvas, shown );
  ResultLayers::restore( mProjects->project(), mCanvas, saved, mProjects->path() );
  return {};
}

void AnalysisDialogs::setImportRunning( bool running )
{
  mImportRunning = running;
  updateActions();
}

void AnalysisDialogs::updateActions()
{
  for ( QAction *action : std::as_const( mActions ) )
    action->setEnabled( mProjects->isOpen() && !mImportRunning );
}

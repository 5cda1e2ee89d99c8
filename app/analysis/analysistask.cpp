#include "analysistask.h"
#include "coremessages.h"

#include "projectfile.h"

#include <QLocale>

AnalysisTask::AnalysisTask( AnalysisRequest request )
  : QgsTask( tr( "%1: %2" ).arg( AnalysisText::methodName( request.kind ), request.name ),
             QgsTask::CanCancel ),
    mRequest( std::move( request ) )
{
  qRegisterMetaType<AnalysisOutcome>();
}

QString AnalysisTask::stage() const
{
  QMutexLocker locker( &mStageMutex );
  return mStage;
}

bool AnalysisTask::enterStage( const QString &stage, double from )
{
  {
    QMutexLocker locker( &mStageMutex );
    mStage = stage;
  }
  emit stageChanged( stage );
  setProgress( from * 100 );
  return !isCanceled();
}

tryggkarta::ProgressCallback AnalysisTask::progressBetween( double from, double to )
{
  return [this, from, to]( double fraction )
  {
    setProgress( ( from + ( to - from ) * std::clamp( fraction, 0.0, 1.0 ) ) * 100 );
    return !isCanceled();
  };
}

bool AnalysisTask::run()
{
  // A connection of the task's own: the main window's stays free for the map.
  if ( !enterStage( tr( "Opening the project…" ), 0 ) )
    return false;
  auto project = tryggkarta::ProjectFile::open( mRequest.projectPath.toStdString() );
  if ( !project )
  {
    mOutcome.error = CoreMessages::text( project.error() );
    return false;
  }
  const bool ok = runAnalysis( *project.value() );
  if ( !ok && isCanceled() )
    mOutcome.error.clear();
  return ok;
}

bool AnalysisTask::runAnalysis( tryggkarta::ProjectFile &project )
{
  using namespace tryggkarta;
  auto failed = [this]( const Message &message )
  {
    if ( !isCancelled( message ) )
      mOutcome.error = CoreMessages::text( message );
    return false;
  };
  const QLocale locale;
  AnalysisOutput output;
  if ( !enterStage( tr( "Selecting incidents…" ), 0.02 ) )
    return false;
  if ( mRequest.kind == AnalysisKind::Comparison )
  {
    const auto &settings = std::get<ComparisonSettings>( mRequest.settings );
    auto incidents = selectComparisonIncidents( project, mRequest.selection, settings );
    if ( !incidents )
      return failed( incidents.error() );
    for ( const AnalysisIncidents *set : { &incidents->now, &incidents->before } )
      for ( const Message &warning : set->warnings() )
        mOutcome.notes << CoreMessages::text( warning );
    if ( !enterStage( tr( "Comparing the periods…" ), 0.1 ) )
      return false;
    auto run =
      runComparison( project, mRequest.selection, incidents.value(), settings, progressBetween( 0.1, 0.8 ) );
    if ( !run )
      return failed( run.error() );
    int increases = 0, decreases = 0;
    for ( const AreaComparisonRow &row : run->byArea.rows )
      if ( row.counts.significantFdr )
        ( row.counts.direction == ChangeDirection::Increase ? increases : decreases ) += 1;
    if ( increases + decreases + run->increasedCells + run->decreasedCells == 0 )
      mOutcome.summary = tr( "%1 incidents against %2 before; no change beyond chance" )
                           .arg( run->byArea.total.countNow )
                           .arg( run->byArea.total.countBefore );
    else
      mOutcome.summary =
        tr( "%1 incidents against %2 before; beyond chance: %3 areas and %4 cells up, %5 areas "
            "and %6 cells down" )
          .arg( run->byArea.total.countNow )
          .arg( run->byArea.total.countBefore )
          .arg( increases )
          .arg( run->increasedCells )
          .arg( decreases )
          .arg( run->decreasedCells );
    output = std::move( run->output );
  }
  else
  {
    auto selected = selectAnalysisIncidents( project, mRequest.selection );
    if ( !selected )
      return failed( selected.error() );
    for ( const Message &warning : selected->warnings() )
      mOutcome.notes << CoreMessages::text( warning );
    const std::vector<SelectedIncident> &incidents = selected->incidents;
    if ( !enterStage( tr( "Computing…" ), 0.1 ) )
      return false;
    const ProgressCallback progress = progressBetween( 0.1, 0.8 );
    switch ( mRequest.kind )
    {
    case AnalysisKind::KernelDensity:
    {
      auto run = runKernelDensity( project, mRequest.selection, incidents,
                                   std::get<KernelDensitySettings>( mRequest.settings ), progress );
      if ( !run )
        return failed( run.error() );
      if ( mRequest.selection.layer == SelectionLayer::Incidents )
        mOutcome.summary = tr( "%1 incidents, radius %2 m, peak %3" )
                             .arg( run->incidentCount )
                             .arg( AnalysisText::number( run->parameters.radiusMeters, 0 ),
                                   AnalysisText::number( run->peak, run->peak < 10 ? 2 : 0 ) );
      else
        mOutcome.summary = tr( "%1 %2 (%3), radius %4 m, peak %5" )
                             .arg( run->incidentCount )
                             .arg( AnalysisText::pointsNoun( mRequest.selection.layer ),
                                   AnalysisText::layerStatement( mRequest.selection.layer ),
                                   AnalysisText::number( run->parameters.radiusMeters, 0 ),
                                   AnalysisText::number( run->peak, run->peak < 10 ? 2 : 0 ) );
      output = std::move( run->output );
      break;
    }
    case AnalysisKind::HotSpots:
    {
      auto run = runHotSpots( project, mRequest.selection, incidents,
                              std::get<HotSpotSettings>( mRequest.settings ), progress );
      if ( !run )
        return failed( run.error() );
      mOutcome.summary = tr( "hot spots 99/95/90 %: %1/%2/%3, cold spots: %4/%5/%6" )
                           .arg( run->classes[6] )
                           .arg( run->classes[5] )
                           .arg( run->classes[4] )
                           .arg( run->classes[0] )
                           .arg( run->classes[1] )
                           .arg( run->classes[2] );
      output = std::move( run->output );
      break;
    }
    case AnalysisKind::Clusters:
    {
      auto run = runClusters( project, mRequest.selection, incidents,
                              std::get<ClusterSettings>( mRequest.settings ), progress );
      if ( !run )
        return failed( run.error() );
      mOutcome.summary =
        tr( "%n cluster(s)", nullptr, run->clustering.clusterCount ) +
        ( mRequest.selection.layer == SelectionLayer::Incidents
            ? tr( "; %1 of %2 incidents in no cluster" ).arg( run->noiseCount ).arg( run->incidentCount )
            : tr( "; %1 of %2 %3 in no cluster" )
                .arg( run->noiseCount )
                .arg( run->incidentCount )
                .arg( AnalysisText::pointsNoun( mRequest.selection.layer ) ) );
      output = std::move( run->output );
      break;
    }
    case AnalysisKind::Comparison:
      break;
    }
  }
  for ( const Message &note : output.notes )
    mOutcome.notes << CoreMessages::text( note );
  if ( !enterStage( tr( "Saving in the project…" ), 0.8 ) )
    return false;
  ResultStore store( project );
  auto stored =
    storeOutput( store, mRequest.name.toStdString(), output, mRequest.replace, progressBetween( 0.8, 1.0 ) );
  if ( !stored )
    return failed( stored.error() );
  mOutcome.result = std::move( stored.value() );
  setProgress( 100 );
  return true;
}

void AnalysisTask::finished( bool result )
{
  mOutcome.ok = result;
  mOutcome.cancelled = !result && isCanceled();
  if ( mOutcome.cancelled )
    mOutcome.error.clear();
  else if ( !result && mOutcome.error.isEmpty() )
    mOutcome.error = tr( "The analysis stopped without saying why." );
  emit analysisFinished( mOutcome );
}

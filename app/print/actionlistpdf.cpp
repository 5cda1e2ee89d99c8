#include "actionlistpdf.h"

#include "layoutflow.h"
#include "mapcontent.h"
#include "reportperiod.h"
#include "sheetstyle.h"
#include "swedishtext.h"

#include <QStringList>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

QString orDash( const std::string &text )
{
  return text.empty() ? QStringLiteral( "–" ) : q( text );
}

//! The heading of a status group: "Beslutade (3)".
QString groupHeading( const std::string &status, int count )
{
  QString name;
  if ( status == "proposed" )
    name = QStringLiteral( "Föreslagna" );
  else if ( status == "decided" )
    name = QStringLiteral( "Beslutade" );
  else if ( status == "in_progress" )
    name = QStringLiteral( "Pågår" );
  else if ( status == "done" )
    name = QStringLiteral( "Klara" );
  else if ( status == "rejected" )
    name = QStringLiteral( "Avslagna" );
  else
    name = q( status );
  return QStringLiteral( "%1 (%2)" ).arg( name ).arg( count );
}

QString deadlineText( const Action &action, const std::string &today )
{
  if ( action.deadline.empty() )
    return QStringLiteral( "–" );
  return action.overdue( today ) ? q( action.deadline ) + QStringLiteral( "\nFÖRSENAD" )
                                 : q( action.deadline );
}

QString costText( const Action &action )
{
  return action.costSek
           ? q( swedishInteger( static_cast<int64_t>( *action.costSek + 0.5 ) ) ) + QStringLiteral( " kr" )
           : QStringLiteral( "–" );
}

FlowTable internalTable( const std::vector<const Action *> &actions, const std::string &today )
{
  FlowTable table;
  table.header = QStringList{ QStringLiteral( "Nr" ),
                              QStringLiteral( "Åtgärd" ),
                              QStringLiteral( "Typ" ),
                              QStringLiteral( "Problem / plats" ),
                              QStringLiteral( "Ansvarig" ),
                              QStringLiteral( "Prio" ),
                              QStringLiteral( "Beslutad" ),
                              QStringLiteral( "Deadline" ),
                              QStringLiteral( "Klar" ),
                              QStringLiteral( "Kostnad" ),
                              QStringLiteral( "Anteckning / skäl" ) };
  table.widths = { 0.04, 0.18, 0.08, 0.13, 0.12, 0.04, 0.07, 0.08, 0.07, 0.07, 0.12 };
  table.rightAligned = { true, false, false, false, false, true, false, false, false, true, false };
  table.fontPoints = 7.5;
  for ( const Action *a : actions )
  {
    QString title = q( a->title );
    if ( !a->description.empty() )
      title += QStringLiteral( "\n" ) + q( a->description );
    QStringList place;
    if ( !a->priorityProblem.empty() )
    {
      // The problem as its first sentence or so: the priority list has it whole.
      QString problem = q( a->priorityProblem );
      if ( problem.size() > 90 )
        problem = problem.left( 89 ).trimmed() + QStringLiteral( "…" );
      place << problem;
    }
    if ( !a->areaName.empty() )
      place << q( a->areaName );
    if ( a->observationId )
      place << QStringLiteral( "observation %1" ).arg( *a->observationId );
    if ( a->incidentId )
      place << QStringLiteral( "händelse %1" ).arg( *a->incidentId );
    QString responsible = orDash( a->responsible );
    if ( !a->contactRole.empty() )
      responsible += QStringLiteral( "\n(" ) + q( a->contactRole ) + QStringLiteral( ")" );
    QString kind = q( actionKindLabelSv( a->kind ) );
    if ( isInterventionKind( a->kind ) && ( !a->startDate.empty() || !a->endDate.empty() ) )
      kind += QStringLiteral( "\n%1 – %2" ).arg( orDash( a->startDate ) ).arg( orDash( a->endDate ) );
    QString note = q( a->note );
    if ( a->status == "rejected" && !a->rejectionReason.empty() )
      note =
        QStringLiteral( "Skäl: " ) + q( a->rejectionReason ) + ( note.isEmpty() ? QString() : "\n" + note );
    table.rows << QStringList{ QString::number( a->fid ),
                               title,
                               kind,
                               place.isEmpty() ? QStringLiteral( "–" ) : place.join( QStringLiteral( "\n" ) ),
                               responsible,
                               a->priority ? QString::number( *a->priority ) : QStringLiteral( "–" ),
                               orDash( a->decidedDate ),
                               deadlineText( *a, today ),
                               orDash( a->doneDate ),
                               costText( *a ),
                               note };
    table.mutedRows << false;
  }
  return table;
}

FlowTable publicTable( const std::vector<const Action *> &actions, const std::string &today )
{
  FlowTable table;
  table.header = QStringList{ QStringLiteral( "Åtgärd" ),   QStringLiteral( "Status" ),
                              QStringLiteral( "Ansvarig" ), QStringLiteral( "Deadline" ),
                              QStringLiteral( "Klar" ),     QStringLiteral( "Skäl (avslagen)" ) };
  table.widths = { 0.34, 0.09, 0.17, 0.1, 0.1, 0.2 };
  table.fontPoints = 8.5;
  for ( const Action *a : actions )
    table.rows << QStringList{ q( a->title ),
                               q( actionStatusLabelSv( a->status ) ),
                               orDash( a->responsible ),
                               deadlineText( *a, today ),
                               orDash( a->doneDate ),
                               a->status == "rejected" ? q( a->rejectionReason ) : QString() };
  return table;
}
} // namespace

QString ActionListPdf::title( bool publicVariant )
{
  return publicVariant ? QStringLiteral( "Åtgärdslista (publik version)" ) : QStringLiteral( "Åtgärdslista" );
}

QString ActionListPdf::write( QgsProject *project, const std::vector<Action> &actions,
                              const ActionListPdfOptions &options, const QString &pdfPath,
                              const ProgressCallback &progress )
{
  const QString problem = LayoutFlow::checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  const std::string today = options.today.empty() ? todayInStockholm() : options.today;
  const QString title = ActionListPdf::title( options.publicVariant );
  LayoutFlow flow( project, title, FlowMargins(), true );
  const QString classification =
    options.publicVariant
      ? QStringLiteral( "Publicerad åtgärdslista: utan interna anteckningar och kostnader" )
      : q( classificationText( false, options.minCount ) );
  flow.titleBlock( title, classification, q( syntheticNote( options.synthetic ) ) );
  int overdue = 0;
  for ( const Action &a : actions )
    overdue += a.overdue( today ) ? 1 : 0;
  QList<QPair<QString, QString>> facts;
  facts << qMakePair( QStringLiteral( "Urval" ),
                      q( options.filterText.empty() ? "alla åtgärder" : options.filterText ) );
  facts << qMakePair( QStringLiteral( "Per" ), q( swedishDate( today ) ) );
  facts << qMakePair(
    QStringLiteral( "Åtgärder" ),
    QStringLiteral( "%1, varav %2 försenade (deadline passerad, inte klara eller avslagna)" )
      .arg( actions.size() )
      .arg( overdue ) );
  flow.facts( facts );
  flow.advance( 3 );
  if ( actions.empty() )
    flow.paragraph( QStringLiteral( "Inga åtgärder i urvalet." ), LayoutFlow::font( 10 ), SheetStyle::kText );
  for ( const std::string &status : actionStatusCodes() )
  {
    std::vector<const Action *> group;
    for ( const Action &a : actions )
      if ( a.status == status )
        group.push_back( &a );
    if ( group.empty() )
      continue;
    flow.heading( groupHeading( status, static_cast<int>( group.size() ) ), 12, 20 );
    flow.table( options.publicVariant ? publicTable( group, today ) : internalTable( group, today ) );
  }
  if ( options.publicVariant )
    flow.paragraph(
      QStringLiteral( "För varje åtgärd som inte genomförs anges skälet. Listan beskriver platser "
                      "och situationer, aldrig enskilda personer." ),
      LayoutFlow::font( 8, false, true ), SheetStyle::kMuted );
  const QString printed = QDate::currentDate().toString( Qt::ISODate );
  flow.decoratePages(
    [&]( int page, int pages )
    {
      flow.footer(
        title, classification, options.publicVariant ? SheetStyle::kPublic : SheetStyle::kInternal,
        QStringLiteral( "Sida %1 av %2\nUtskriven %3" ).arg( page + 1 ).arg( pages ).arg( printed ) );
    } );
  const QString author =
    options.organisation.empty() ? QStringLiteral( "Tryggkarta" ) : q( options.organisation );
  return flow.write( pdfPath, title, author, progress, 0 );
}

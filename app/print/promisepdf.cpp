#include "promisepdf.h"

#include "layoutflow.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "sheetstyle.h"
#include "swedishtext.h"
#include "walkkitpdf.h"

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

QString countText( const FollowUpCount &count, int minCount )
{
  if ( count.suppressed && count.complementary )
    return QStringLiteral( "x" );
  return count.suppressed ? QStringLiteral( "<%1" ).arg( minCount ) : q( swedishInteger( count.value ) );
}

QString dateText( const std::string &iso )
{
  return iso.empty() ? QStringLiteral( "–" ) : q( swedishDate( iso ) );
}

class PromiseWriter
{
public:
  PromiseWriter( MapSheet &sheet, const std::vector<PromiseFollowUp> &followUps, bool publicMode,
                 int minCount, const QDate &printDate )
    : mSheet( sheet ), mFollowUps( followUps ), mPublic( publicMode ), mMinCount( minCount ),
      mPrintDate( printDate ),
      mFlow( sheet.project(), PromisePdf::title( followUps.front().promise.year, publicMode ) )
  {
  }

  QString run( const QString &pdfPath, const ProgressCallback &progress )
  {
    const int year = mFollowUps.front().promise.year;
    const QString title = PromisePdf::title( year, mPublic );
    const QString classification = q( classificationText( mPublic, mMinCount ) );
    bool first = true;
    for ( const PromiseFollowUp &followUp : mFollowUps )
    {
      if ( !first )
        mFlow.newPage();
      first = false;
      promise( followUp, title, classification );
      for ( const ActivityFollowUp &activity : followUp.activities )
        this->activity( activity );
    }
    if ( mPublic )
    {
      mFlow.advance( 3 );
      mFlow.paragraph(
        QStringLiteral( "Antal under %1 redovisas inte (<%1), och inte heller antal som annars skulle gå "
                        "att räkna fram ur summan (x), så att ingen enskild händelse kan pekas ut. Siffrorna "
                        "gäller rapporterade händelser i området, inte all brottslighet." )
          .arg( mMinCount ),
        LayoutFlow::font( 8, false, true ), SheetStyle::kMuted );
    }
    const QString printed = mPrintDate.toString( Qt::ISODate );
    mFlow.decoratePages(
      [&]( int page, int pages )
      {
        mFlow.footer(
          title, classification, mPublic ? SheetStyle::kPublic : SheetStyle::kInternal,
          QStringLiteral( "Sida %1 av %2\nUtskriven %3" ).arg( page + 1 ).arg( pages ).arg( printed ) );
      } );
    const std::string organisation = projectOrganisation( mSheet.file() );
    const QString author = organisation.empty() ? QStringLiteral( "Tryggkarta" ) : q( organisation );
    return mFlow.write( pdfPath, title, author, progress, 0.0 );
  }

private:
  void promise( const PromiseFollowUp &f, const QString &title, const QString &classification )
  {
    const CitizenPromise &p = f.promise;
    mFlow.titleBlock( title, classification, q( syntheticNote( mSheet.file().holdsSyntheticData() ) ) );
    mFlow.heading( q( p.title ), 13, 20 );
    QList<QPair<QString, QString>> facts;
    if ( !p.signedDate.empty() )
      facts << qMakePair( QStringLiteral( "Undertecknat" ), dateText( p.signedDate ) );
    if ( !p.signedByPolice.empty() )
      facts << qMakePair( QStringLiteral( "För polisen" ), q( p.signedByPolice ) );
    if ( !p.signedByMunicipality.empty() )
      facts << qMakePair( QStringLiteral( "För kommunen" ), q( p.signedByMunicipality ) );
    if ( !p.lagesbildBasis.empty() )
      facts << qMakePair( QStringLiteral( "Bygger på" ), q( p.lagesbildBasis ) );
    facts << qMakePair( QStringLiteral( "Aktiviteter" ),
                        QStringLiteral( "%1 (genomförda %2, pågår %3, planerade %4, inställda %5)" )
                          .arg( f.activities.size() )
                          .arg( f.activitiesDone )
                          .arg( f.activitiesInProgress )
                          .arg( f.activitiesPlanned )
                          .arg( f.activitiesCancelled ) );
    mFlow.facts( facts );
    if ( !p.summary.empty() )
    {
      mFlow.advance( 1 );
      mFlow.paragraph( q( p.summary ), LayoutFlow::font( 9.5 ), SheetStyle::kText, -1, 0, 2 );
    }
    mFlow.advance( 3 );
  }

  void activity( const ActivityFollowUp &f )
  {
    const PromiseActivity &a = f.activity;
    mFlow.heading( q( a.title ), 11.5, 30 );
    if ( mPublic )
    {
      mFlow.paragraph( q( f.plainText ), LayoutFlow::font( 10 ), SheetStyle::kText, -1, 0, 2 );
      if ( !a.description.empty() )
        mFlow.paragraph( q( a.description ), LayoutFlow::font( 9 ), SheetStyle::kMuted, -1, 0, 2 );
    }
    else
    {
      QList<QPair<QString, QString>> facts;
      facts << qMakePair( QStringLiteral( "Typ" ), q( promiseKindLabelSv( a.kind ) ) );
      facts << qMakePair( QStringLiteral( "Ansvarig" ), q( promiseOwnerLabelSv( a.owner ) ) );
      QString promised = a.plannedCount && *a.plannedCount > 1
                           ? QStringLiteral( "%1 gånger" ).arg( *a.plannedCount )
                           : QStringLiteral( "en gång" );
      if ( !a.plannedFrom.empty() || !a.plannedUntil.empty() )
        promised +=
          QStringLiteral( ", %1 – %2" ).arg( dateText( a.plannedFrom ), dateText( a.plannedUntil ) );
      facts << qMakePair( QStringLiteral( "Utlovat" ), promised );
      const std::string place = !a.placeName.empty() ? a.placeName : a.areaName;
      if ( !place.empty() )
        facts << qMakePair( QStringLiteral( "Plats" ), q( place ) );
      facts << qMakePair(
        QStringLiteral( "Status" ),
        q( promiseStatusLabelSv( a.status ) ) +
          ( a.doneDate.empty() ? QString() : QStringLiteral( " " ) + dateText( a.doneDate ) ) );
      facts << qMakePair( QStringLiteral( "Genomfört" ), q( f.countText ) );
      if ( !a.description.empty() )
        facts << qMakePair( QStringLiteral( "Beskrivning" ), q( a.description ) );
      if ( !a.note.empty() )
        facts << qMakePair( QStringLiteral( "Intern anteckning" ), q( a.note ) );
      mFlow.facts( facts );
      if ( !f.items.empty() )
      {
        mFlow.advance( 1 );
        FlowTable table;
        table.header << QStringLiteral( "Vad" ) << QStringLiteral( "Namn" ) << QStringLiteral( "Datum" )
                     << QStringLiteral( "Status" );
        table.widths << 0.22 << 0.46 << 0.14 << 0.18;
        table.rightAligned << false << false << false << false;
        for ( const FollowUpItem &item : f.items )
        {
          table.rows << QStringList{ q( item.kindSv ), q( item.title ), q( item.date ), q( item.statusSv ) };
          table.mutedRows << !item.done;
        }
        mFlow.table( table );
      }
      mFlow.advance( 1 );
      mFlow.paragraph( q( f.plainText ), LayoutFlow::font( 9, false, true ), SheetStyle::kMuted, -1, 0, 2 );
    }
    if ( f.figures )
      figures( *f.figures );
    mFlow.advance( 4 );
  }

  void figures( const FollowUpPlaceFigures &fig )
  {
    mFlow.paragraph( QStringLiteral( "Lägesbilden i %1: rapporterade händelser %2 – %3 jämfört med samma "
                                     "datum året före." )
                       .arg( q( fig.areaName ), dateText( fig.fromDate ), dateText( fig.untilDate ) ),
                     LayoutFlow::font( 9, true ), SheetStyle::kText, -1, 0, 1 );
    FlowTable table;
    table.header << QStringLiteral( "Kategorigrupp" ) << q( fig.fromDate.substr( 0, 4 ) )
                 << q( fig.lastYearFromDate.substr( 0, 4 ) );
    table.widths << 0.6 << 0.2 << 0.2;
    table.rightAligned << false << true << true;
    for ( const FollowUpGroupRow &row : fig.groups )
    {
      table.rows << QStringList{ q( row.label ), countText( row.thisYear, mMinCount ),
                                 countText( row.lastYear, mMinCount ) };
      table.mutedRows << false;
    }
    table.rows << QStringList{ QStringLiteral( "Totalt" ), countText( fig.total, mMinCount ),
                               countText( fig.totalLastYear, mMinCount ) };
    table.mutedRows << false;
    if ( fig.groups.empty() )
      mFlow.paragraph( QStringLiteral( "Inga rapporterade händelser i området något av åren." ),
                       LayoutFlow::font( 9 ), SheetStyle::kMuted );
    else
      mFlow.table( table );
  }

  MapSheet &mSheet;
  const std::vector<PromiseFollowUp> &mFollowUps;
  bool mPublic;
  int mMinCount;
  QDate mPrintDate;
  LayoutFlow mFlow;
};
} // namespace

QString PromisePdf::title( int year, bool publicMode )
{
  return publicMode ? QStringLiteral( "Medborgarlöfte %1: så gick det" ).arg( year )
                    : QStringLiteral( "Medborgarlöfte %1: uppföljning" ).arg( year );
}

QString PromisePdf::write( MapSheet &sheet, const std::vector<PromiseFollowUp> &followUps, bool publicMode,
                           int minCount, const QString &pdfPath, const ProgressCallback &progress,
                           const QDate &printDate )
{
  const QString problem = LayoutFlow::checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  if ( followUps.empty() )
    return QStringLiteral( "Det finns inget medborgarlöfte att skriva ut." );
  PromiseWriter writer( sheet, followUps, publicMode, minCount,
                        printDate.isValid() ? printDate : WalkKitPdf::today() );
  return writer.run( pdfPath, progress );
}

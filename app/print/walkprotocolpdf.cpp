#include "walkprotocolpdf.h"

#include "datetimeparser.h"
#include "layoutflow.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "projectfile.h"
#include "sheetstyle.h"
#include "swedishtext.h"
#include "walkkitpdf.h"
#include "walkmaplayers.h"

#include <qgslayoutitemmap.h>

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QTemporaryDir>

#include <algorithm>
#include <map>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

QString ratingText( const std::optional<int> &rating )
{
  return rating ? QStringLiteral( "%1/3" ).arg( *rating ) : QStringLiteral( "–" );
}

QString itemLabel( const std::string &label, const std::string &code )
{
  if ( !label.empty() )
    return q( label );
  return code.empty() ? WalkProtocolPdf::tr( "(no item)" ) : q( code );
}

class ProtocolWriter
{
public:
  ProtocolWriter( MapSheet &sheet, const WalkProtocol &protocol, const QDate &printDate )
    : mSheet( sheet ), mProtocol( protocol ), mPrintDate( printDate ),
      mLayers( sheet, protocol.walk, stopsOf( protocol ) ),
      mFlow( sheet.project(), WalkProtocolPdf::title( protocol.walk ) )
  {
  }

  QString run( const QString &pdfPath, const ProgressCallback &progress )
  {
    firstPage();
    if ( observationCount() == 0 )
      nothingYet();
    else
    {
      summary();
      const int stops = static_cast<int>( mProtocol.stops.size() );
      mFlow.newPage();
      mFlow.heading( WalkProtocolPdf::tr( "The stops" ), 13, 30 );
      for ( int i = 0; i < stops; ++i )
      {
        if ( !reportProgress( progress, 0.25 * i / std::max( 1, stops ) ) )
          return WalkProtocolPdf::tr( "Printing was cancelled; nothing was written." );
        stop( mProtocol.stops[static_cast<std::size_t>( i )] );
      }
      unplaced();
      correlations();
    }
    const QString walkName = q( mProtocol.walk.name );
    const QString classification = q( classificationText( false, 0 ) );
    const QString printed = mPrintDate.toString( Qt::ISODate );
    mFlow.decoratePages(
      [&]( int page, int pages )
      {
        mFlow.footer( walkName, classification, SheetStyle::kInternal,
                      WalkProtocolPdf::tr( "Page %1 of %2" ).arg( page + 1 ).arg( pages ) +
                        QStringLiteral( "\n" ) + WalkProtocolPdf::tr( "Printed %1" ).arg( printed ) );
      } );
    const QString author =
      mProtocol.organisation.empty() ? QStringLiteral( "Tryggkarta" ) : q( mProtocol.organisation );
    return mFlow.write( pdfPath, WalkProtocolPdf::title( mProtocol.walk ), author, progress, 0.25 );
  }

private:
  static std::vector<WalkStop> stopsOf( const WalkProtocol &protocol )
  {
    std::vector<WalkStop> stops;
    for ( const ProtocolStop &stop : protocol.stops )
      stops.push_back( stop.stop );
    return stops;
  }

  int observationCount() const
  {
    std::size_t n = mProtocol.unplaced.size();
    for ( const ProtocolStop &stop : mProtocol.stops )
      n += stop.ratings.size();
    return static_cast<int>( n );
  }

  int draftCount() const
  {
    int n = 0;
    for ( const ProtocolStop &stop : mProtocol.stops )
      n += static_cast<int>( std::count_if( stop.ratings.begin(), stop.ratings.end(),
                                            []( const StopRating &r ) { return r.draft; } ) );
    n += static_cast<int>( std::count_if( mProtocol.unplaced.begin(), mProtocol.unplaced.end(),
                                          []( const StopRating &r ) { return r.draft; } ) );
    return n;
  }

  QString stopName( const WalkStop &stop ) const
  {
    return stop.name.empty() ? WalkProtocolPdf::tr( "(no name)" ) : q( stop.name );
  }

  //! "Kommunen 4, Polisen 3 – 7 in all", or a total alone.
  QString participantsText() const
  {
    QStringList parts;
    for ( const WalkOrganisation &organisation : mProtocol.walk.organisations )
      if ( organisation.participants && *organisation.participants > 0 )
        parts << QStringLiteral( "%1 %2" )
                   .arg( q( organisation.organisation ) )
                   .arg( *organisation.participants );
    if ( parts.isEmpty() && mProtocol.participantsTotal <= 0 )
      return WalkProtocolPdf::tr( "not recorded" );
    const QString total = WalkProtocolPdf::tr( "%n in all", nullptr, mProtocol.participantsTotal );
    return parts.isEmpty() ? total : parts.join( QStringLiteral( ", " ) ) + QStringLiteral( " – " ) + total;
  }

  void firstPage()
  {
    const Walk &walk = mProtocol.walk;
    mFlow.titleBlock( WalkProtocolPdf::title( walk ), q( classificationText( false, 0 ) ),
                      q( syntheticNote( mSheet.file().holdsSyntheticData() ) ) );
    const QString notSet = WalkProtocolPdf::tr( "not recorded" );
    QList<QPair<QString, QString>> facts;
    facts << qMakePair( WalkProtocolPdf::tr( "Date" ),
                        walk.date.empty() ? notSet : WalkKitPdf::dateText( walk.date ) );
    if ( !walk.startTime.empty() )
      facts << qMakePair( WalkProtocolPdf::tr( "Start" ), q( walk.startTime ) );
    facts << qMakePair( WalkProtocolPdf::tr( "Light" ),
                        walk.light.empty() ? notSet : q( lightLabelSv( walk.light, walk.alsoAfterDark ) ) );
    if ( !walk.areaName.empty() )
      facts << qMakePair( WalkProtocolPdf::tr( "Area" ), q( walk.areaName ) );
    if ( !walk.organiser.empty() )
      facts << qMakePair( WalkProtocolPdf::tr( "Organiser" ), q( walk.organiser ) );
    facts << qMakePair( WalkProtocolPdf::tr( "Status" ), q( walkStatusLabelSv( walk.status ) ) );
    facts << qMakePair( WalkProtocolPdf::tr( "Participants" ), participantsText() );
    if ( mProtocol.earlier )
      facts << qMakePair( WalkProtocolPdf::tr( "Repeats" ), WalkProtocolPdf::tr( "%1 (%2)" )
                                                              .arg( q( mProtocol.earlier->name ) )
                                                              .arg( q( mProtocol.earlier->date ) ) );
    const int observations = observationCount();
    QString recorded = WalkProtocolPdf::tr( "%n observation(s)", nullptr, observations );
    if ( const int drafts = draftCount(); drafts > 0 )
      recorded += QStringLiteral( ", " ) + WalkProtocolPdf::tr( "%n of them draft(s)", nullptr, drafts );
    if ( mProtocol.photoCount > 0 )
      recorded +=
        QStringLiteral( ", " ) + WalkProtocolPdf::tr( "%n photo(s)", nullptr, mProtocol.photoCount );
    facts << qMakePair( WalkProtocolPdf::tr( "Recorded" ), recorded );
    mFlow.facts( facts );
    mFlow.advance( 2 );

    // The map leaves room on the page for the summary (or, before the walk, the list of stops).
    const double keyHeight = 13;
    const double below =
      observationCount() == 0 ? 35 + 5.5 * static_cast<double>( mProtocol.stops.size() ) : 50;
    const double mapHeight = std::clamp( mFlow.remaining() - keyHeight - below, 85.0, 130.0 );
    mFlow.ensure( mapHeight + keyHeight );
    const QRectF frame( mFlow.left(), mFlow.y(), mFlow.width(), mapHeight );
    QgsLayoutItemMap *map =
      mFlow.map( frame, mLayers.routeLayers(), mLayers.routeExtent(), mSheet.project()->crs() );
    const double used = WalkMapLayers::addMapKey(
      mFlow, map, QRectF( frame.left(), frame.bottom() + 2, frame.width(), keyHeight - 3 ), true );
    mFlow.setY( frame.bottom() + 2 + used + 4 );
  }

  void nothingYet()
  {
    mFlow.heading( WalkProtocolPdf::tr( "Summary" ), 13, 20 );
    mFlow.paragraph(
      WalkProtocolPdf::tr( "No observations have been recorded for this walk yet. The protocol fills "
                           "in once the walk has been made and what it found is entered." ),
      LayoutFlow::font( 9.5 ), SheetStyle::kText, -1, 0, 3 );
    if ( mProtocol.stops.empty() )
      return;
    mFlow.heading( WalkProtocolPdf::tr( "The stops" ), 11, 10 );
    for ( const ProtocolStop &stop : mProtocol.stops )
      mFlow.paragraph(
        WalkProtocolPdf::tr( "Stop %1: %2" ).arg( stop.stop.number ).arg( stopName( stop.stop ) ),
        LayoutFlow::font( 9 ), SheetStyle::kText );
  }

  void summary()
  {
    mFlow.heading( WalkProtocolPdf::tr( "Summary" ), 13, 20 );
    const QFont body = LayoutFlow::font( 9.5 );
    if ( !mProtocol.mostOften.empty() )
    {
      QStringList items;
      for ( std::size_t i = 0; i < mProtocol.mostOften.size() && i < 5; ++i )
        items << QStringLiteral( "%1 (%2)" )
                   .arg( itemLabel( mProtocol.mostOften[i].label, mProtocol.mostOften[i].checklistItem ) )
                   .arg( mProtocol.mostOften[i].count );
      mFlow.paragraph(
        WalkProtocolPdf::tr( "Found most often: %1." ).arg( items.join( QStringLiteral( ", " ) ) ), body,
        SheetStyle::kText );
    }
    else
      mFlow.paragraph( WalkProtocolPdf::tr( "The walk recorded no problems." ), body, SheetStyle::kText );
    if ( !mProtocol.worstStops.empty() )
    {
      QStringList worst;
      const QLocale locale;
      for ( int number : mProtocol.worstStops )
        for ( const ProtocolStop &stop : mProtocol.stops )
          if ( stop.stop.number == number )
            worst << WalkProtocolPdf::tr( "stop %1 %2 (mean %3)" )
                       .arg( number )
                       .arg( stopName( stop.stop ) )
                       .arg( stop.meanRating ? locale.toString( *stop.meanRating, 'f', 1 )
                                             : QStringLiteral( "–" ) );
      mFlow.paragraph( WalkProtocolPdf::tr( "Rated worst: %1." ).arg( worst.join( QStringLiteral( "; " ) ) ),
                       body, SheetStyle::kText );
    }
    // The actions so far, by status.
    std::map<std::string, int> byStatus;
    int actions = 0;
    auto count = [&]( const std::vector<StopRating> &ratings )
    {
      for ( const StopRating &rating : ratings )
        for ( const ActionBrief &action : rating.actions )
        {
          ++byStatus[action.statusSv];
          ++actions;
        }
    };
    for ( const ProtocolStop &stop : mProtocol.stops )
      count( stop.ratings );
    count( mProtocol.unplaced );
    if ( actions == 0 )
      mFlow.paragraph( WalkProtocolPdf::tr( "No actions have been made from the walk's proposals yet." ),
                       body, SheetStyle::kText );
    else
    {
      QStringList statuses;
      for ( const auto &[status, n] : byStatus )
        statuses << QStringLiteral( "%1 %2" ).arg( q( status ) ).arg( n );
      mFlow.paragraph( WalkProtocolPdf::tr( "%n action(s) so far: %1.", nullptr, actions )
                         .arg( statuses.join( QStringLiteral( ", " ) ) ),
                       body, SheetStyle::kText );
    }
    if ( draftCount() > 0 )
      mFlow.paragraph(
        WalkProtocolPdf::tr( "Rows in grey italics are drafts (from photos or a phone's waypoints) "
                             "that nobody has confirmed yet." ),
        LayoutFlow::font( 8.5, false, true ), SheetStyle::kMuted );
  }

  FlowTable ratingsTable( const std::vector<StopRating> &ratings ) const
  {
    FlowTable table;
    table.header = QStringList{ WalkProtocolPdf::tr( "Item" ),
                                WalkProtocolPdf::tr( "Rating" ),
                                WalkProtocolPdf::tr( "Good/problem" ),
                                WalkProtocolPdf::tr( "Note" ),
                                WalkProtocolPdf::tr( "Proposed action" ),
                                WalkProtocolPdf::tr( "Responsible" ),
                                WalkProtocolPdf::tr( "Deadline" ),
                                WalkProtocolPdf::tr( "Action" ) };
    table.widths = { 0.125, 0.065, 0.09, 0.19, 0.165, 0.135, 0.08, 0.15 };
    for ( const StopRating &rating : ratings )
    {
      QString item = itemLabel( rating.checklistItemLabel, rating.checklistItem );
      if ( rating.draft )
        item = WalkProtocolPdf::tr( "%1 (draft)" ).arg( item );
      QStringList actions;
      for ( const ActionBrief &action : rating.actions )
      {
        QString text = q( action.statusSv );
        if ( !action.doneDate.empty() )
          text += QLatin1Char( ' ' ) + q( action.doneDate );
        if ( !action.rejectionReason.empty() )
          text += QStringLiteral( ": " ) + q( action.rejectionReason );
        actions << text;
      }
      QString goodOrProblem;
      if ( rating.positive )
        goodOrProblem = *rating.positive ? WalkProtocolPdf::tr( "good" ) : WalkProtocolPdf::tr( "problem" );
      table.rows << QStringList{ item,
                                 ratingText( rating.rating ),
                                 goodOrProblem,
                                 q( rating.note ),
                                 q( rating.proposedAction ),
                                 q( rating.responsible ),
                                 q( rating.deadline ),
                                 actions.isEmpty()
                                   ? ( rating.proposedAction.empty() ? QString() : QStringLiteral( "–" ) )
                                   : actions.join( QLatin1Char( '\n' ) ) };
      table.mutedRows << rating.draft;
    }
    return table;
  }

  void photos( const std::vector<StopRating> &ratings )
  {
    std::vector<int64_t> ids;
    for ( const StopRating &rating : ratings )
      ids.insert( ids.end(), rating.photos.begin(), rating.photos.end() );
    if ( ids.empty() )
      return;
    const double width = 40;
    const double height = 30;
    const double captionHeight = 4;
    const double gap = 4;
    const int perRow = static_cast<int>( ( mFlow.width() + gap ) / ( width + gap ) );
    int column = 0;
    for ( int64_t id : ids )
    {
      auto photo = readWalkPhoto( mSheet.file().db(), id, true );
      if ( !photo || photo->thumbnail.empty() )
        continue;
      const QString file = QDir( mPhotoDir.path() ).filePath( QStringLiteral( "photo-%1.jpg" ).arg( id ) );
      QFile out( file );
      if ( !out.open( QIODevice::WriteOnly ) )
        continue;
      out.write( reinterpret_cast<const char *>( photo->thumbnail.data() ),
                 static_cast<qint64>( photo->thumbnail.size() ) );
      out.close();
      if ( column == 0 )
        mFlow.ensure( height + captionHeight + 2 );
      const double x = mFlow.left() + column * ( width + gap );
      mFlow.picture( QRectF( x, mFlow.y(), width, height ), file );
      QString caption = WalkProtocolPdf::tr( "Photo %1" ).arg( id );
      if ( !photo->takenAt.empty() )
      {
        // Taken at, in the walkers' time (stored in UTC).
        const std::optional<int64_t> taken = parseUtcIso( photo->takenAt );
        caption +=
          QStringLiteral( ", " ) +
          ( taken ? q( stockholmDateTimeText( *taken ) )
                  : q( photo->takenAt ).left( 16 ).replace( QLatin1Char( 'T' ), QLatin1Char( ' ' ) ) );
      }
      mFlow.label( QRectF( x, mFlow.y() + height + 0.5, width, captionHeight ), caption,
                   LayoutFlow::font( 6.5 ), SheetStyle::kMuted );
      if ( ++column == perRow )
      {
        column = 0;
        mFlow.advance( height + captionHeight + 2 );
      }
    }
    if ( column > 0 )
      mFlow.advance( height + captionHeight + 2 );
    mFlow.advance( 1 );
  }

  void thenAndNow( const ProtocolStop &stop )
  {
    if ( !stop.earlierStop || stop.thenNow.empty() )
      return;
    mFlow.paragraph( WalkProtocolPdf::tr( "Then and now: stop %1 on %2 (%3)" )
                       .arg( stop.earlierStop->number )
                       .arg( mProtocol.earlier ? q( mProtocol.earlier->name ) : QString() )
                       .arg( mProtocol.earlier ? q( mProtocol.earlier->date ) : QString() ),
                     LayoutFlow::font( 9, true ), SheetStyle::kText );
    FlowTable table;
    table.header = QStringList{ WalkProtocolPdf::tr( "Item" ), WalkProtocolPdf::tr( "Then" ),
                                WalkProtocolPdf::tr( "Now" ), WalkProtocolPdf::tr( "Done in between" ) };
    table.widths = { 0.22, 0.08, 0.08, 0.62 };
    for ( const RatingThenNow &row : stop.thenNow )
    {
      QStringList done;
      for ( const ActionBrief &action : row.actionsBetween )
        done << WalkKitPdf::actionText( action );
      table.rows << QStringList{
        itemLabel( row.checklistItemLabel, row.checklistItem ), ratingText( row.then ), ratingText( row.now ),
        done.isEmpty() ? WalkProtocolPdf::tr( "nothing recorded" ) : done.join( QLatin1Char( '\n' ) ) };
    }
    mFlow.table( table );
  }

  void stop( const ProtocolStop &stop )
  {
    const QString heading =
      WalkProtocolPdf::tr( "Stop %1: %2" ).arg( stop.stop.number ).arg( stopName( stop.stop ) );
    mFlow.heading( heading, 10.5, stop.ratings.empty() ? 6 : 16 );
    if ( stop.ratings.empty() )
      mFlow.paragraph( WalkProtocolPdf::tr( "Nothing was recorded at this stop." ),
                       LayoutFlow::font( 8.5, false, true ), SheetStyle::kMuted, -1, 0, 3 );
    else
    {
      mFlow.table( ratingsTable( stop.ratings ) );
      photos( stop.ratings );
    }
    thenAndNow( stop );
  }

  void unplaced()
  {
    if ( mProtocol.unplaced.empty() )
      return;
    mFlow.heading( WalkProtocolPdf::tr( "Observations at no stop" ), 10.5, 16 );
    mFlow.table( ratingsTable( mProtocol.unplaced ) );
    photos( mProtocol.unplaced );
  }

  void correlations()
  {
    mFlow.heading( WalkProtocolPdf::tr( "What goes with the overall feeling" ), 13, 25 );
    const QFont body = LayoutFlow::font( 9.5 );
    const QLocale locale;
    if ( mProtocol.correlations.empty() )
    {
      mFlow.paragraph(
        WalkProtocolPdf::tr( "Too few stops have both an item and the overall feeling rated to tell "
                             "what goes with the feeling (at least three are needed per item)." ),
        body, SheetStyle::kMuted );
      return;
    }
    const FeelingCorrelation &top = mProtocol.correlations.front();
    if ( top.rho < 0.3 )
      mFlow.paragraph(
        WalkProtocolPdf::tr( "No item goes clearly with the overall feeling yet: the strongest is %1 "
                             "(rho %2 over %3 stops)." )
          .arg( q( lowerFirst( itemLabel( top.label, top.checklistItem ).toStdString() ) ) )
          .arg( locale.toString( top.rho, 'f', 2 ) )
          .arg( top.pairs ),
        body, SheetStyle::kText );
    else
      mFlow.paragraph(
        WalkProtocolPdf::tr(
          "What goes most with the overall feeling is %1 (rho %2 over %3 stops on %4 walks): where "
          "it is rated better, the place feels safer. Acting on it is likely to matter most." )
          .arg( q( lowerFirst( itemLabel( top.label, top.checklistItem ).toStdString() ) ) )
          .arg( locale.toString( top.rho, 'f', 2 ) )
          .arg( top.pairs )
          .arg( top.walks ),
        body, SheetStyle::kText );
    FlowTable table;
    table.header = QStringList{ WalkProtocolPdf::tr( "Item" ), WalkProtocolPdf::tr( "rho" ),
                                WalkProtocolPdf::tr( "Stops" ), WalkProtocolPdf::tr( "Walks" ) };
    table.widths = { 0.52, 0.16, 0.16, 0.16 };
    table.rightAligned = { false, true, true, true };
    for ( const FeelingCorrelation &c : mProtocol.correlations )
      table.rows << QStringList{ itemLabel( c.label, c.checklistItem ), locale.toString( c.rho, 'f', 2 ),
                                 QString::number( c.pairs ), QString::number( c.walks ) };
    mFlow.table( table );
    mFlow.paragraph(
      WalkProtocolPdf::tr( "Spearman's rank correlation of each item's rating with the overall "
                           "feeling at the same stop, over all the project's walks. Few stops give "
                           "uncertain figures: read them as pointers, not proof." ),
      LayoutFlow::font( 8, false, true ), SheetStyle::kMuted );
  }

  MapSheet &mSheet;
  const WalkProtocol &mProtocol;
  QDate mPrintDate;
  WalkMapLayers mLayers;
  LayoutFlow mFlow;
  QTemporaryDir mPhotoDir; //!< the thumbnails, until the PDF is written
};
} // namespace

QString WalkProtocolPdf::title( const Walk &walk )
{
  return tr( "Protocol: %1" ).arg( q( walk.name ) );
}

QString WalkProtocolPdf::write( MapSheet &sheet, const WalkProtocol &protocol, const QString &pdfPath,
                                const ProgressCallback &progress, const QDate &printDate )
{
  const QString problem = LayoutFlow::checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  ProtocolWriter writer( sheet, protocol, printDate.isValid() ? printDate : WalkKitPdf::today() );
  return writer.run( pdfPath, progress );
}

#include "walkkitpdf.h"

#include "coremessages.h"
#include "database.h"
#include "layoutflow.h"
#include "mapcontent.h"
#include "mapsheet.h"
#include "projectfile.h"
#include "sheetstyle.h"
#include "swedishtext.h"
#include "walkmaplayers.h"

#include <qgslayoutitemmap.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutmeasurement.h>

#include <QDir>
#include <QLocale>
#include <QTemporaryDir>
#include <QMap>

#include <algorithm>
#include <ctime>

using namespace tryggkarta;

const char *const WalkKitPdf::sOverallFeeling = "helhetsintryck";

namespace
{
const QColor kFeelingTint( 0xf3, 0xf1, 0xf6 );
//! At most this many earlier observations per stop (nearest first): the checklist needs the page.
constexpr int kMaxEarlier = 5;

QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

//! The questions of the project's checklist items, by code (the kit asks them as the project words them).
QMap<QString, QString> checklistQuestions( ProjectFile &file )
{
  QMap<QString, QString> questions;
  Statement s = file.db().prepare( "SELECT code, question_sv FROM checklist_items" );
  while ( s.step() )
    if ( !s.isNull( 1 ) )
      questions.insert( q( s.text( 0 ) ), q( s.text( 1 ) ) );
  return questions;
}

class KitWriter
{
public:
  KitWriter( MapSheet &sheet, const WalkKit &kit, const QDate &printDate )
    : mSheet( sheet ), mKit( kit ), mPrintDate( printDate ), mLayers( sheet, kit.walk, kit.stops ),
      mFlow( sheet.project(), WalkKitPdf::title( kit.walk ) )
  {
    mQuestions = checklistQuestions( sheet.file() );
  }

  QString run( const QString &pdfPath, const ProgressCallback &progress )
  {
    firstPage();
    const int stops = static_cast<int>( mKit.stops.size() );
    for ( int i = 0; i < stops; ++i )
    {
      if ( !reportProgress( progress, 0.25 * i / std::max( 1, stops ) ) )
        return WalkKitPdf::tr( "Printing was cancelled; nothing was written." );
      stopPages( static_cast<std::size_t>( i ) );
    }
    const QString walkName = q( mKit.walk.name );
    const QString classification = q( classificationText( false, 0 ) );
    const QString printed = mPrintDate.toString( Qt::ISODate );
    mFlow.decoratePages(
      [&]( int page, int pages )
      {
        mFlow.footer( walkName, classification, SheetStyle::kInternal,
                      WalkKitPdf::tr( "Page %1 of %2" ).arg( page + 1 ).arg( pages ) +
                        QStringLiteral( "\n" ) + WalkKitPdf::tr( "Printed %1" ).arg( printed ) );
      } );
    const QString author =
      mKit.organisation.empty() ? QStringLiteral( "Tryggkarta" ) : q( mKit.organisation );
    return mFlow.write( pdfPath, WalkKitPdf::title( mKit.walk ), author, progress, 0.25 );
  }

private:
  void firstPage()
  {
    const Walk &walk = mKit.walk;
    mFlow.titleBlock( WalkKitPdf::title( walk ), q( classificationText( false, 0 ) ),
                      q( syntheticNote( mSheet.file().holdsSyntheticData() ) ) );
    const QString notSet = WalkKitPdf::tr( "not set yet" );
    QStringList invited;
    for ( const WalkOrganisation &organisation : walk.organisations )
      if ( organisation.invited )
        invited << q( organisation.organisation );
    const QLocale locale;
    QList<QPair<QString, QString>> facts;
    facts << qMakePair( WalkKitPdf::tr( "Date" ),
                        walk.date.empty() ? notSet : WalkKitPdf::dateText( walk.date ) );
    facts << qMakePair( WalkKitPdf::tr( "Start" ), walk.startTime.empty() ? notSet : q( walk.startTime ) );
    facts << qMakePair( WalkKitPdf::tr( "Light" ),
                        walk.light.empty() ? notSet : q( lightLabelSv( walk.light, walk.alsoAfterDark ) ) );
    facts << qMakePair( WalkKitPdf::tr( "Meeting point" ),
                        walk.meetingPoint.empty() ? notSet : q( walk.meetingPoint ) );
    if ( !walk.purpose.empty() )
      facts << qMakePair( WalkKitPdf::tr( "Purpose" ), q( walk.purpose ) );
    if ( !walk.areaName.empty() )
      facts << qMakePair( WalkKitPdf::tr( "Area" ), q( walk.areaName ) );
    const double km = walk.routeLength() / 1000;
    facts << qMakePair( WalkKitPdf::tr( "Route" ),
                        ( walk.route.size() >= 2
                            ? WalkKitPdf::tr( "%1 km" ).arg( locale.toString( km, 'f', 1 ) )
                            : WalkKitPdf::tr( "not drawn yet" ) ) +
                          QStringLiteral( ", " ) +
                          WalkKitPdf::tr( "%n stop(s)", nullptr, static_cast<int>( mKit.stops.size() ) ) );
    facts << qMakePair( WalkKitPdf::tr( "Organiser" ),
                        walk.organiser.empty() ? notSet : q( walk.organiser ) );
    facts << qMakePair( WalkKitPdf::tr( "Invited" ),
                        invited.isEmpty() ? notSet : invited.join( QStringLiteral( ", " ) ) );
    QString events = WalkKitPdf::tr( "reported within %1 m of each stop, %2" )
                       .arg( radiusText() )
                       .arg( q( mKit.periodText ) );
    // The period's events known only by their municipality, county or area are at no stop: said so.
    for ( const Message &note : mKit.notes )
      events += QStringLiteral( ". " ) + CoreMessages::text( note );
    facts << qMakePair( WalkKitPdf::tr( "Events at the stops" ), events );
    mFlow.facts( facts );
    mFlow.advance( 2 );

    // The stops by number, in two columns under the map.
    const QFont stopFont = LayoutFlow::font( 8 );
    const double columnWidth = ( mFlow.width() - 6 ) / 2;
    QList<double> rowHeights;
    for ( std::size_t i = 0; i < mKit.stops.size(); i += 2 )
    {
      double h = LayoutFlow::textHeight( stopFont, stopLine( mKit.stops[i] ), columnWidth );
      if ( i + 1 < mKit.stops.size() )
        h = std::max( h, LayoutFlow::textHeight( stopFont, stopLine( mKit.stops[i + 1] ), columnWidth ) );
      rowHeights << h + 0.4;
    }
    double listHeight = 0;
    for ( double h : rowHeights )
      listHeight += h;
    const double keyHeight = 16;
    const double listReserve = listHeight > 0 ? listHeight + 10 : 0;
    double mapHeight = mFlow.remaining() - keyHeight - listReserve;
    if ( mapHeight < 90 )
    {
      // A long plan: the map gets a page of its own.
      mFlow.newPage();
      mapHeight = mFlow.remaining() - keyHeight - listReserve;
    }
    mapHeight = std::min( mapHeight, 175.0 );
    const QRectF frame( mFlow.left(), mFlow.y(), mFlow.width(), mapHeight );
    QgsLayoutItemMap *map =
      mFlow.map( frame, mLayers.routeLayers(), mLayers.routeExtent(), mSheet.project()->crs() );
    const double used = WalkMapLayers::addMapKey(
      mFlow, map, QRectF( frame.left(), frame.bottom() + 2, frame.width(), keyHeight - 3 ), true );
    mFlow.setY( frame.bottom() + 2 + used + 3 );
    if ( !mKit.stops.empty() )
    {
      mFlow.heading( WalkKitPdf::tr( "The stops" ), 9.5, listHeight );
      double y = mFlow.y();
      for ( std::size_t i = 0; i < mKit.stops.size(); ++i )
      {
        const double h = rowHeights.value( static_cast<int>( i / 2 ) );
        if ( i % 2 == 0 && y + h > mFlow.bottom() )
        {
          mFlow.newPage();
          y = mFlow.y();
        }
        const double x = mFlow.left() + ( i % 2 ) * ( columnWidth + 6 );
        mFlow.label( QRectF( x, y, columnWidth, h ), stopLine( mKit.stops[i] ), stopFont, SheetStyle::kText );
        if ( i % 2 == 1 || i + 1 == mKit.stops.size() )
          y += h;
      }
      mFlow.setY( y );
    }
  }

  QString stopLine( const WalkStop &stop ) const
  {
    return QStringLiteral( "%1  %2" )
      .arg( stop.number )
      .arg( stop.name.empty() ? WalkKitPdf::tr( "(no name)" ) : q( stop.name ) );
  }

  QString radiusText() const
  {
    const double radius = mKit.contexts.empty() ? 100 : mKit.contexts.front().radius;
    return QLocale().toString( radius, 'f', 0 );
  }

  QString stopHeading( const WalkStop &stop ) const
  {
    return WalkKitPdf::tr( "Stop %1: %2" )
      .arg( stop.number )
      .arg( stop.name.empty() ? WalkKitPdf::tr( "(no name)" ) : q( stop.name ) );
  }

  void stopPages( std::size_t index )
  {
    const WalkStop &stop = mKit.stops[index];
    mStop = &stop;
    const StopContext *context = index < mKit.contexts.size() ? &mKit.contexts[index] : nullptr;
    mFlow.onNewPage = nullptr;
    mFlow.newPage();
    // A stop that needs another page says so at its top.
    mFlow.onNewPage = [this, &stop]
    {
      mFlow.heading( WalkKitPdf::tr( "%1 (continued)" ).arg( stopHeading( stop ) ), 11, 0 );
      mFlow.advance( 1 );
    };
    const QFont headingFont = LayoutFlow::font( 15, true );
    const QString heading = stopHeading( stop );
    const double headingHeight = LayoutFlow::textHeight( headingFont, heading, mFlow.width() );
    mFlow.label( QRectF( mFlow.left(), mFlow.y(), mFlow.width(), headingHeight ), heading, headingFont,
                 QColor( 0x3b, 0x0f, 0x70 ) );
    mFlow.advance( headingHeight + 1 );
    if ( !stop.reason.empty() )
      mFlow.paragraph( WalkKitPdf::tr( "Why here: %1" ).arg( q( stop.reason ) ), LayoutFlow::font( 9 ),
                       SheetStyle::kText );
    mFlow.advance( 1.5 );

    // The stop's surroundings: a map on the right, what happened here on the left (full width below the map).
    const double radius = context ? context->radius : 100;
    const double mapWidth = 64;
    const double mapHeight = 44;
    const double top = mFlow.y();
    const QRectF frame( mFlow.right() - mapWidth, top, mapWidth, mapHeight );
    // A picture of the map: a map item would make every box on the page slower to draw.
    const QString image =
      QDir( mMapDir.path() ).filePath( QStringLiteral( "stop-%1.bmp" ).arg( stop.number ) );
    const double scale = mLayers.renderImage(
      mLayers.stopLayers( stop, radius ), WalkMapLayers::stopExtent( stop, radius ), frame.size(), image );
    double keyUsed = 0;
    if ( scale > 0 )
    {
      QgsLayoutItemPicture *picture = mFlow.picture( frame, image );
      picture->setFrameEnabled( true );
      picture->setFrameStrokeColor( SheetStyle::kMuted );
      picture->setFrameStrokeWidth( QgsLayoutMeasurement( 0.3, QgsUnitTypes::LayoutMillimeters ) );
      const QFont keyFont = LayoutFlow::font( 7 );
      const QString key = WalkKitPdf::tr( "Scale 1:%1, north up; dashed circle: %2 m around the stop" )
                            .arg( QLocale().toString( scale, 'f', 0 ), radiusText() );
      keyUsed = LayoutFlow::textHeight( keyFont, key, frame.width() );
      mFlow.label( QRectF( frame.left(), frame.bottom() + 1.2, frame.width(), keyUsed ), key, keyFont,
                   SheetStyle::kMuted );
    }
    const double mapBottom = frame.bottom() + 1.2 + keyUsed + 2;
    const double columnWidth = mFlow.width() - mapWidth - 6;
    auto place = [&]( const QString &text, const QFont &font, const QColor &colour, double after = 1 )
    {
      // Beside the map while there is room, then across the page.
      const bool beside = mFlow.pageIndex() == mPageOfMap && mFlow.y() < mapBottom;
      mFlow.paragraph( text, font, colour, mFlow.left(), beside ? columnWidth : mFlow.width(), after );
    };
    mPageOfMap = mFlow.pageIndex();
    const QFont smallBold = LayoutFlow::font( 9.5, true );
    const QFont body = LayoutFlow::font( 8.5 );
    const QFont small = LayoutFlow::font( 8 );
    place( WalkKitPdf::tr( "Around the stop" ), smallBold, SheetStyle::kText );
    if ( context )
    {
      if ( context->incidentCount == 0 )
        place(
          WalkKitPdf::tr( "No events reported within %1 m, %2." ).arg( radiusText(), q( mKit.periodText ) ),
          body, SheetStyle::kText );
      else
        place( WalkKitPdf::tr( "%n event(s) reported within %1 m, %2.", nullptr, context->incidentCount )
                 .arg( radiusText(), q( mKit.periodText ) ),
               body, SheetStyle::kText );
      if ( !context->categories.empty() )
      {
        QStringList top;
        for ( std::size_t i = 0; i < context->categories.size() && i < 5; ++i )
          top << QStringLiteral( "%1 (%2)" )
                   .arg( q( context->categories[i].first ) )
                   .arg( context->categories[i].second );
        place( WalkKitPdf::tr( "Most often: %1" ).arg( top.join( QStringLiteral( ", " ) ) ), body,
               SheetStyle::kText );
      }
      mFlow.advance( 1 );
      place( WalkKitPdf::tr( "Earlier walks here" ), smallBold, SheetStyle::kText );
      if ( context->earlier.empty() )
        place( WalkKitPdf::tr( "No earlier walk recorded anything within %1 m." ).arg( radiusText() ), body,
               SheetStyle::kMuted );
      int shown = 0;
      for ( const EarlierObservation &earlier : context->earlier )
      {
        if ( shown++ == kMaxEarlier )
        {
          place( WalkKitPdf::tr( "… and %n more (see the earlier protocols).", nullptr,
                                 static_cast<int>( context->earlier.size() ) - kMaxEarlier ),
                 small, SheetStyle::kMuted );
          break;
        }
        place( earlierText( earlier ), small, SheetStyle::kText, 1.2 );
      }
    }
    if ( mFlow.pageIndex() == mPageOfMap )
      mFlow.setY( std::max( mFlow.y(), mapBottom ) );
    mFlow.advance( 1 );
    checklist();
  }

  QString earlierText( const EarlierObservation &earlier ) const
  {
    QString line =
      QStringLiteral( "%1 (%2, %3 m): " )
        .arg( q( earlier.walkDate ), q( earlier.walkName ), QLocale().toString( earlier.distance, 'f', 0 ) );
    line += q( earlier.checklistItemLabel.empty() ? earlier.checklistItem : earlier.checklistItemLabel );
    if ( earlier.rating )
      line += QStringLiteral( " %1/3" ).arg( *earlier.rating );
    line += earlier.positive ? WalkKitPdf::tr( " (good)" ) : QString();
    if ( !earlier.note.empty() )
      line += QStringLiteral( " – " ) + q( earlier.note );
    for ( const ActionBrief &action : earlier.actions )
      line +=
        QStringLiteral( "\n    " ) + WalkKitPdf::tr( "Action: %1" ).arg( WalkKitPdf::actionText( action ) );
    return line;
  }

  static constexpr double kBoxStep = 10.5; //!< mm from one rating box to the next
  static constexpr double kBoxSize = 5.4;

  //! The left edge of rating r's box (the four at the right of the page).
  double boxLeft( int r ) const
  {
    return mFlow.right() - 4 * kBoxStep + r * kBoxStep + ( kBoxStep - kBoxSize ) / 2;
  }

  //! The four rating boxes of a row, under the column's number.
  void ratingBoxes( double y )
  {
    for ( int r = 0; r <= 3; ++r )
      mFlow.box( QRectF( boxLeft( r ), y, kBoxSize, kBoxSize ), Qt::white, SheetStyle::kText, 0.3 );
  }

  //! The numbers 0 1 2 3 over the box columns, at y.
  void ratingNumbers( double y )
  {
    const QFont digitFont = LayoutFlow::font( 9.5, true );
    for ( int r = 0; r <= 3; ++r )
      mFlow.label( QRectF( boxLeft( r ) - 1, y, kBoxSize + 2, 4.6 ), QString::number( r ), digitFont,
                   SheetStyle::kText, Qt::AlignHCenter );
  }

  double checklistRowHeight( const QString &label, const QString &question, double textWidth ) const
  {
    const double nameHeight = LayoutFlow::textHeight( LayoutFlow::font( 9, true ), label, textWidth );
    const double questionHeight =
      question.isEmpty() ? 0 : LayoutFlow::textHeight( LayoutFlow::font( 7.5 ), question, textWidth );
    return std::max( nameHeight + questionHeight, 6.0 ) + 5.4 + 1.3; // the line to write on, and air
  }

  void checklistRow( const VocabularyEntry &item, bool feeling )
  {
    const QString label = q( item.labelSv );
    const QString question = mQuestions.value( q( item.code ) );
    const double textWidth = mFlow.width() - 4 * kBoxStep - 4 - ( feeling ? 3 : 0 );
    const double height = checklistRowHeight( label, question, textWidth );
    mFlow.ensure( height );
    const double y = mFlow.y();
    const double x = mFlow.left() + ( feeling ? 2 : 0 );
    if ( feeling )
      mFlow.box( QRectF( mFlow.left(), y - 1.2, mFlow.width(), height + 0.4 ), kFeelingTint );
    const QFont nameFont = LayoutFlow::font( feeling ? 9.5 : 9, true );
    const double nameHeight = LayoutFlow::textHeight( nameFont, label, textWidth );
    mFlow.label( QRectF( x, y, textWidth, nameHeight ), label, nameFont, SheetStyle::kText );
    double textBottom = y + nameHeight;
    if ( !question.isEmpty() )
    {
      const QFont questionFont = LayoutFlow::font( 7.5 );
      const double h = LayoutFlow::textHeight( questionFont, question, textWidth );
      mFlow.label( QRectF( x, textBottom, textWidth, h ), question, questionFont, SheetStyle::kMuted );
      textBottom += h;
    }
    ratingBoxes( y + 0.2 );
    const double lineY = std::max( textBottom, y + 6.0 ) + 5.4;
    mFlow.rule( x, mFlow.right() - ( feeling ? 2 : 0 ), lineY, SheetStyle::kRule, 0.2 );
    mFlow.setY( y + height );
  }

  //! The checklist's heading with the box columns' numbers on its line; again at the top of a continued page.
  void checklistHeading( const QString &heading, double points )
  {
    const double top = mFlow.y() + ( mFlow.atTop() ? 0 : 1.5 );
    mFlow.setY( top );
    mFlow.heading( heading, points, 0 );
    ratingNumbers( top + 0.3 );
  }

  void checklist()
  {
    mFlow.ensure( 40 );
    checklistHeading( WalkKitPdf::tr( "Checklist" ), 11 );
    mFlow.paragraph(
      WalkKitPdf::tr( "Mark 0–3 for each item (0 very unsafe or poor … 3 safe or good) and write what "
                      "you see on the line." ),
      LayoutFlow::font( 7.5, false, true ), SheetStyle::kMuted, -1, mFlow.width() - 4 * kBoxStep - 4, 2 );
    const WalkStop &stop = *mStop;
    mFlow.onNewPage = [this, &stop]
    {
      checklistHeading( WalkKitPdf::tr( "%1 (continued)" ).arg( stopHeading( stop ) ), 11 );
      mFlow.advance( 1.5 );
    };
    const VocabularyEntry *feeling = nullptr;
    for ( const VocabularyEntry &item : mKit.checklist )
    {
      if ( item.code == WalkKitPdf::sOverallFeeling )
      {
        feeling = &item;
        continue;
      }
      checklistRow( item, false );
    }
    // The overall feeling last, marked: it is what the other items are read against.
    if ( feeling )
    {
      mFlow.advance( 1 );
      checklistRow( *feeling, true );
    }

    // What the group proposes, and who would do it.
    const QFont labelFont = LayoutFlow::font( 9, true );
    const double proposalHeight = 21;
    mFlow.ensure( proposalHeight );
    mFlow.advance( 1.5 );
    double y = mFlow.y();
    const QString proposal = WalkKitPdf::tr( "Proposed action" );
    const double proposalWidth = LayoutFlow::textWidth( labelFont, proposal ) + 2;
    mFlow.label( QRectF( mFlow.left(), y, proposalWidth + 2, 5 ), proposal, labelFont, SheetStyle::kText );
    mFlow.rule( mFlow.left() + proposalWidth + 3, mFlow.right(), y + 4.6, SheetStyle::kText, 0.2 );
    mFlow.rule( mFlow.left(), mFlow.right(), y + 10.8, SheetStyle::kText, 0.2 );
    y += 13;
    const QString responsible = WalkKitPdf::tr( "Responsible" );
    const double responsibleWidth = LayoutFlow::textWidth( labelFont, responsible ) + 2;
    mFlow.label( QRectF( mFlow.left(), y, responsibleWidth + 2, 5 ), responsible, labelFont,
                 SheetStyle::kText );
    mFlow.rule( mFlow.left() + responsibleWidth + 3, mFlow.right(), y + 4.6, SheetStyle::kText, 0.2 );
    mFlow.setY( y + 7 );
  }

  MapSheet &mSheet;
  const WalkKit &mKit;
  QDate mPrintDate;
  WalkMapLayers mLayers;
  LayoutFlow mFlow;
  QMap<QString, QString> mQuestions;
  int mPageOfMap = -1;
  const WalkStop *mStop = nullptr; //!< the stop being laid out
  QTemporaryDir mMapDir;           //!< the stops' maps, until the PDF is written
};
} // namespace

QString WalkKitPdf::dateText( const std::string &isoDate )
{
  const QDate date = QDate::fromString( q( isoDate ), Qt::ISODate );
  return date.isValid() ? QLocale().toString( date, QStringLiteral( "dddd d MMMM yyyy" ) ) : q( isoDate );
}

QString WalkKitPdf::actionText( const ActionBrief &action )
{
  QString line = q( action.title ) + QStringLiteral( " – " ) + q( action.statusSv );
  if ( !action.doneDate.empty() )
    line += QLatin1Char( ' ' ) + q( action.doneDate );
  else if ( !action.deadline.empty() && action.status != "rejected" )
    line += QLatin1Char( ' ' ) + tr( "(deadline %1)" ).arg( q( action.deadline ) );
  if ( !action.rejectionReason.empty() )
    line += QStringLiteral( ": " ) + q( action.rejectionReason );
  return line;
}

QDate WalkKitPdf::today()
{
  return QDate::fromString( q( isoDateOfDay( stockholmDay( static_cast<int64_t>( std::time( nullptr ) ) ) ) ),
                            Qt::ISODate );
}

QString WalkKitPdf::title( const Walk &walk )
{
  // "Trygghetsvandring Centrum" is titled "Trygghetsvandring: Centrum", not "Trygghetsvandring:
  // Trygghetsvandring …".
  const QString word = tr( "Safety walk" );
  QString name = q( walk.name ).trimmed();
  if ( name.startsWith( word + QLatin1Char( ' ' ), Qt::CaseInsensitive ) && name.size() > word.size() + 1 )
    name = name.mid( word.size() + 1 ).trimmed();
  return tr( "Safety walk: %1" ).arg( name );
}

QString WalkKitPdf::write( MapSheet &sheet, const WalkKit &kit, const QString &pdfPath,
                           const ProgressCallback &progress, const QDate &printDate )
{
  const QString problem = LayoutFlow::checkTarget( pdfPath );
  if ( !problem.isEmpty() )
    return problem;
  KitWriter writer( sheet, kit, printDate.isValid() ? printDate : today() );
  return writer.run( pdfPath, progress );
}

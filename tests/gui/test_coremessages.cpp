// Messages from the core (codes with parameters, English in the core) reach the Swedish interface in Swedish,
// with their values: the import's reject reasons and warnings, what editing refuses, an analysis's problems,
// file and database errors; and every code of the catalogue has a finished Swedish text.

#include "coremessages.h"
#include "guitestutil.h"

#include "areas.h"
#include "importer.h"
#include "message.h"
#include "projectfile.h"
#include "recordedits.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>

#include <map>

namespace
{
//! The placeholders a text uses: %1 … %9.
QSet<QString> placeholders( const QString &text )
{
  QSet<QString> found;
  QRegularExpressionMatchIterator it = QRegularExpression( QStringLiteral( "%[1-9]" ) ).globalMatch( text );
  while ( it.hasNext() )
    found.insert( it.next().captured( 0 ) );
  return found;
}

//! A translation that lacks one id: Qt's qtTrId then gives the id itself back, as for any id no file knows.
class LackingTranslator : public QTranslator
{
public:
  explicit LackingTranslator( const char *id ) : mId( id ) {}
  bool isEmpty() const override { return false; }
  QString translate( const char *, const char *sourceText, const char *, int ) const override
  {
    return qstrcmp( sourceText, mId ) == 0 ? QString::fromLatin1( mId ) : QString();
  }

private:
  const char *mId;
};

//! What resources/translations/coremessages_sv.ts holds for an id.
struct TsEntry
{
  QString source;
  QString translation;
  QString type; //!< "unfinished", "vanished", "obsolete" or empty
};

std::map<QString, TsEntry> readTsFile( const QString &path )
{
  std::map<QString, TsEntry> entries;
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    return entries;
  QXmlStreamReader xml( &file );
  QString id;
  while ( !xml.atEnd() )
  {
    if ( !xml.readNext() || !xml.isStartElement() )
      continue;
    if ( xml.name() == QLatin1String( "message" ) )
      id = xml.attributes().value( QLatin1String( "id" ) ).toString();
    else if ( xml.name() == QLatin1String( "source" ) )
      entries[id].source = xml.readElementText();
    else if ( xml.name() == QLatin1String( "translation" ) )
    {
      entries[id].type = xml.attributes().value( QLatin1String( "type" ) ).toString();
      entries[id].translation = xml.readElementText();
    }
  }
  return entries;
}
} // namespace

TEST_CASE( "every code of the core's catalogue has a finished Swedish text with the English placeholders",
           "[coremessages]" )
{
  const std::map<QString, TsEntry> ts = readTsFile( QStringLiteral( TRYGGKARTA_CORE_MESSAGES_TS ) );
  REQUIRE_FALSE( ts.empty() );
  for ( std::size_t i = 0; i < tryggkarta::kMessageCodeCount; ++i )
  {
    const auto code = static_cast<tryggkarta::MessageCode>( i );
    const QString id = QString::fromLatin1( tryggkarta::messageId( code ) );
    const QString english = QString::fromUtf8( tryggkarta::messageTemplate( code ) );
    INFO( id.toStdString() << ": " << english.toStdString() );
    // What the app shows: the embedded translation (built without unfinished entries).
    const QString swedish = CoreMessages::translatedTemplate( code );
    CHECK_FALSE( swedish.isEmpty() );
    CHECK( placeholders( swedish ) == placeholders( english ) );
    // The file the translators edit: made from the catalogue as it is now, and checked.
    const auto entry = ts.find( id );
    REQUIRE( entry != ts.end() );
    CHECK( entry->second.source == english ); // else run scripts/update-core-messages.py
    CHECK( entry->second.type.isEmpty() );    // unfinished: the English changed since it was translated
    CHECK_FALSE( entry->second.translation.isEmpty() );
  }
  // Nothing in the file that the catalogue no longer has.
  CHECK( ts.size() == tryggkarta::kMessageCodeCount );
}

TEST_CASE( "the core's reject reasons and warnings are shown in Swedish with their values", "[coremessages]" )
{
  QTemporaryDir dir;
  const std::string projectPath = dir.filePath( QStringLiteral( "p.gpkg" ) ).toStdString();
  auto project = tryggkarta::ProjectFile::create( projectPath );
  REQUIRE( project.ok() );
  const QString csv = dir.filePath( QStringLiteral( "mixed.csv" ) );
  guitest::writeTextFile( csv, QStringLiteral( "datum,kategori,x,y,beskrivning\n"
                                               "2024-05-03 22:15,klotter,449270,6574920,ok\n"
                                               "2024-05-03 22:15,klotter,,6574920,no x\n"
                                               "2024-05-03 22:15,klotter,449270,6574920000,far\n"
                                               "2024-13-45,klotter,449270,6574920,bad date\n"
                                               "2024-05-03 22:15,Sprayfärg,449270,6574920,unknown\n"
                                               "2024-05-03 22:15,klotter,öst,6574920,text\n"
                                               "2024-05-03 22:15,klotter,449270,6574920,a,b,c\n"
                                               ",klotter,449270,6574920,no date\n"
                                               "2090-01-01,klotter,449270,6574920,future\n" ) );
  REQUIRE( QFile::exists( csv ) );
  auto report = tryggkarta::importFile( *project.value(), csv.toStdString(), tryggkarta::ImportOptions() );
  REQUIRE( report.ok() );
  std::map<int64_t, QString> reasons;
  for ( const tryggkarta::RejectedRow &reject : report->rejects )
  {
    const QString shown = CoreMessages::text( reject.reason );
    INFO( reject.reason.text() );
    // Every reason the importer gave here is one the app knows.
    CHECK( shown != QString::fromStdString( reject.reason.text() ) );
    reasons[reject.rowNumber] = shown;
  }
  REQUIRE( reasons.size() == 8 );
  CHECK( reasons[3] == QStringLiteral( "koordinater saknas" ) );
  CHECK( reasons[4] == QStringLiteral( "koordinaterna (449270, 6574920000) ligger utanför Sverige" ) );
  CHECK( reasons[5] == QStringLiteral( "kan inte läsa datumet '2024-13-45'" ) );
  CHECK( reasons[6] == QStringLiteral( "okänd kategori 'Sprayfärg'" ) );
  CHECK( reasons[7] == QStringLiteral( "koordinaterna 'öst', '6574920' är inte tal" ) );
  CHECK( reasons[8] ==
         QStringLiteral( "raden har 7 värden men rubrikraden har 5 kolumner (en avgränsare utan "
                         "citattecken inne i ett värde?)" ) );
  CHECK( reasons[9] == QStringLiteral( "datum saknas" ) );
  CHECK( reasons[10] == QStringLiteral( "datumet '2090-01-01' ligger i framtiden" ) );
  // The file's warnings too.
  REQUIRE_FALSE( report->warnings.empty() );
  for ( const tryggkarta::Message &warning : report->warnings )
  {
    INFO( warning.text() );
    CHECK( CoreMessages::text( warning ) != QString::fromStdString( warning.text() ) );
  }
  CHECK( CoreMessages::text( report->warnings.front() ).startsWith( QStringLiteral( "Okända kategorier" ) ) );
}

TEST_CASE( "what editing refuses is said in Swedish, and values and what the interface has no words for pass "
           "unchanged",
           "[coremessages]" )
{
  QTemporaryDir dir;
  auto project = tryggkarta::ProjectFile::create( dir.filePath( QStringLiteral( "p.gpkg" ) ).toStdString() );
  REQUIRE( project.ok() );
  tryggkarta::RecordEdits edits( project.value()->db() );
  tryggkarta::IncidentRecord record;
  record.category = "klotter";
  record.fromUtc = 1700000000;
  record.x = 10; // far outside Sweden in SWEREF 99 TM
  record.y = 10;
  auto added = edits.insertIncident( record, tryggkarta::EditOptions{} );
  REQUIRE_FALSE( added.ok() );
  CHECK(
    CoreMessages::text( added.error() ) ==
    QStringLiteral( "Positionen (10, 10) ligger utanför Sverige i projektets koordinatsystem (EPSG:3006). "
                    "Placera händelsen på kommunens karta." ) );

  // A value that looks like a placeholder is never filled in again.
  CHECK( CoreMessages::text(
           tryggkarta::Message::make( tryggkarta::MessageCode::ImportRowUnknownCategory, "'%2'" ) ) ==
         QStringLiteral( "okänd kategori '%2'" ) );
  // Text from outside (SQLite, GDAL, the system) passes as it came.
  const std::string unknown = "Something the app has no words for.";
  CHECK(
    CoreMessages::text( tryggkarta::Message::make( tryggkarta::MessageCode::ProjectReadFailed, unknown ) ) ==
    QStringLiteral( "Kan inte läsa projektet: " ) + QString::fromStdString( unknown ) );
  // A code the translation lacks shows the core's English.
  const tryggkarta::Message equal = tryggkarta::Message::make( tryggkarta::MessageCode::HotSpotAllEqual );
  LackingTranslator lacking( equal.id() );
  QCoreApplication::installTranslator( &lacking );
  const QString shown = CoreMessages::text( equal );
  QCoreApplication::removeTranslator( &lacking );
  CHECK( shown == QString::fromStdString( equal.text() ) );
  CHECK( CoreMessages::text( equal ) != shown );
}

TEST_CASE( "the incidents an analysis leaves out for lying outside the project are listed in Swedish",
           "[coremessages]" )
{
  tryggkarta::ProjectExtent extent;
  extent.envelope = { 440000, 6560000, 460000, 6590000 };
  extent.marginMeters = 2000;
  std::vector<tryggkarta::SelectedIncident> far;
  for ( int i = 0; i < 7; ++i )
  {
    tryggkarta::SelectedIncident incident;
    incident.fid = 100 + i;
    incident.x = 13.5 + i; // degrees taken for metres: a wrong coordinate system
    incident.y = 59.3;
    far.push_back( incident );
  }
  for ( const tryggkarta::MessageCode basis :
        { tryggkarta::MessageCode::ExtentMunicipalityBoundary, tryggkarta::MessageCode::ExtentProjectAreas } )
  {
    extent.basis = tryggkarta::Message::make( basis );
    const tryggkarta::Message one = tryggkarta::describeOutside( { far.front() }, extent ).value();
    INFO( one.text() );
    const QString oneShown = CoreMessages::text( one );
    CHECK( oneShown.startsWith( QStringLiteral( "1 händelse ligger utanför projektets utbredning" ) ) );
    CHECK( oneShown.contains( QStringLiteral( "fid 100 (E 14, N 59)" ) ) );
    CHECK( oneShown.contains( QStringLiteral( "vidgade med 2 km" ) ) );
    CHECK( oneShown.contains( basis == tryggkarta::MessageCode::ExtentProjectAreas
                                ? QStringLiteral( "projektets områden" )
                                : QStringLiteral( "kommungränsens" ) ) );

    const tryggkarta::Message many = tryggkarta::describeOutside( far, extent ).value();
    INFO( many.text() );
    const QString manyShown = CoreMessages::text( many );
    CHECK( manyShown.startsWith( QStringLiteral( "7 händelser ligger utanför" ) ) );
    CHECK( manyShown.contains( QStringLiteral( "fid 104 (E 18, N 59) och 2 till." ) ) );
    CHECK_FALSE( manyShown.contains( QStringLiteral( "more" ) ) );
  }
}

TEST_CASE( "a row with an unknown source is rejected with the sources to use, in Swedish", "[coremessages]" )
{
  QTemporaryDir dir;
  auto project = tryggkarta::ProjectFile::create( dir.filePath( QStringLiteral( "p.gpkg" ) ).toStdString() );
  REQUIRE( project.ok() );
  const QString csv = dir.filePath( QStringLiteral( "source.csv" ) );
  guitest::writeTextFile(
    csv, QStringLiteral( "datum,kategori,x,y,källa\n2024-05-03,klotter,449270,6574920,grannar\n" ) );
  auto report = tryggkarta::importFile( *project.value(), csv.toStdString(), tryggkarta::ImportOptions() );
  REQUIRE( report.ok() );
  REQUIRE( report->rejects.size() == 1 );
  INFO( report->rejects.front().reason.text() );
  CHECK( CoreMessages::text( report->rejects.front().reason ) ==
         QStringLiteral( "okänd källa 'grannar' (använd EST, polis, trygghetsvandring eller manuell)" ) );
}

TEST_CASE( "file and project errors are said in Swedish, with what a file turned out to be translated too",
           "[coremessages]" )
{
  QTemporaryDir dir;
  const QString missing = dir.filePath( QStringLiteral( "saknas.gpkg" ) );
  auto project = tryggkarta::ProjectFile::open( missing.toStdString() );
  REQUIRE_FALSE( project.ok() );
  CHECK( CoreMessages::text( project.error() ) == missing + QStringLiteral( " finns inte." ) );

  auto created = tryggkarta::ProjectFile::create( dir.filePath( QStringLiteral( "p.gpkg" ) ).toStdString() );
  REQUIRE( created.ok() );
  // A workbook saved with the wrong extension: the importer says what it looks like, a message of its own.
  const QString zip = dir.filePath( QStringLiteral( "arbetsbok.csv" ) );
  QFile file( zip );
  REQUIRE( file.open( QIODevice::WriteOnly ) );
  file.write( QByteArray( "PK\x03\x04", 4 ) + QByteArray( 200, '\0' ) );
  file.close();
  auto report = tryggkarta::importFile( *created.value(), zip.toStdString(), tryggkarta::ImportOptions() );
  REQUIRE_FALSE( report.ok() );
  REQUIRE( report.error().code == tryggkarta::MessageCode::CsvBinary );
  CHECK( CoreMessages::text( report.error() ) ==
         QStringLiteral( "arbetsbok.csv är ingen textfil (CSV): den ser ut att vara ett ZIP-arkiv (en "
                         "Excel-arbetsbok .xlsx eller en zippad fil?)." ) );
}

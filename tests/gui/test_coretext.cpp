// Messages from the core (English, no Qt) reach the Swedish interface in Swedish, with their values: the
// import's reject reasons and warnings, what editing refuses, and an analysis's problems.

#include "coretext.h"
#include "guitestutil.h"

#include "areas.h"
#include "importer.h"
#include "projectfile.h"
#include "recordedits.h"
#include "selection.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

#include <map>

TEST_CASE( "the core's reject reasons and warnings are shown in Swedish with their values", "[coretext]" )
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
  REQUIRE_FALSE( report->rejects.empty() );
  for ( const tryggkarta::RejectedRow &reject : report->rejects )
  {
    const QString shown = CoreText::translate( reject.reason );
    INFO( reject.reason );
    // Every reason the importer gave here is one the app knows.
    CHECK( shown != QString::fromStdString( reject.reason ) );
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
  for ( const std::string &warning : report->warnings )
  {
    INFO( warning );
    CHECK( CoreText::translate( warning ) != QString::fromStdString( warning ) );
  }
  CHECK(
    CoreText::translate( report->warnings.front() ).startsWith( QStringLiteral( "Okända kategorier" ) ) );
}

TEST_CASE( "what editing refuses is said in Swedish and unknown messages pass unchanged", "[coretext]" )
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
    CoreText::translate( added.error() ) ==
    QStringLiteral( "Positionen (10, 10) ligger utanför Sverige i projektets koordinatsystem (EPSG:3006). "
                    "Placera händelsen på kommunens karta." ) );

  // A value that looks like a placeholder is never filled in again.
  CHECK( CoreText::translate( std::string( "unknown category '%2'" ) ) ==
         QStringLiteral( "okänd kategori '%2'" ) );
  const std::string unknown = "Something the app has no words for.";
  CHECK( CoreText::translate( unknown ) == QString::fromStdString( unknown ) );
}

TEST_CASE( "the incidents an analysis leaves out for lying outside the project are listed in Swedish",
           "[coretext]" )
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
  for ( const std::string basis : { "the municipality boundary", "the project's areas" } )
  {
    extent.basis = basis;
    const std::string one = tryggkarta::describeOutside( { far.front() }, extent );
    INFO( one );
    const QString oneShown = CoreText::translate( one );
    CHECK( oneShown.startsWith( QStringLiteral( "1 händelse ligger utanför projektets utbredning" ) ) );
    CHECK( oneShown.contains( QStringLiteral( "fid 100 (E 14, N 59)" ) ) );
    CHECK( oneShown.contains( QStringLiteral( "vidgade med 2 km" ) ) );
    CHECK( oneShown.contains( basis == "the project's areas" ? QStringLiteral( "projektets områden" )
                                                             : QStringLiteral( "kommungränsens" ) ) );

    const std::string many = tryggkarta::describeOutside( far, extent );
    INFO( many );
    const QString manyShown = CoreText::translate( many );
    CHECK( manyShown.startsWith( QStringLiteral( "7 händelser ligger utanför" ) ) );
    CHECK( manyShown.contains( QStringLiteral( "fid 104 (E 18, N 59) och 2 till." ) ) );
    CHECK_FALSE( manyShown.contains( QStringLiteral( "more" ) ) );
  }
}

TEST_CASE( "a row with an unknown source is rejected with the sources to use, in Swedish", "[coretext]" )
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
  INFO( report->rejects.front().reason );
  CHECK( CoreText::translate( report->rejects.front().reason ) ==
         QStringLiteral( "okänd källa 'grannar' (använd EST, polis, trygghetsvandring eller manuell)" ) );
}

// The police's event feed and category crosswalks in the import: the feed's JSON and its GeoJSON conversions,
// events never imported twice, places that are only a municipality or a county, rows left out on purpose
// counted apart from errors, and the user's category choices kept in a crosswalk for the next import.

#include "testutil.h"
#include "testproject.h"

#include "crosswalks.h"
#include "database.h"
#include "datetimeparser.h"
#include "importer.h"
#include "policefeedsource.h"
#include "projectfile.h"
#include "swedishplaces.h"

#include <catch2/catch.hpp>
#include <cpl_json.h>

#include <algorithm>
#include <utility>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

using namespace tryggkarta;
using testutil::newProject;
using testutil::TempDir;
using testutil::writeFile;

namespace
{

int64_t count( ProjectFile &project, const std::string &sql )
{
  return project.db().queryInt( sql );
}

std::string text( ProjectFile &project, const std::string &sql )
{
  return project.db().queryText( sql, "" );
}

ImportReport importOk( ProjectFile &project, const std::string &path,
                       const ImportOptions &options = ImportOptions() )
{
  auto result = importFile( project, path, options );
  INFO( ( result.ok() ? std::string() : result.error().text() ) );
  REQUIRE( result.ok() );
  return result.value();
}

bool hasWarning( const ImportReport &report, MessageCode code )
{
  return std::any_of( report.warnings.begin(), report.warnings.end(),
                      [code]( const Message &m ) { return m.code == code; } );
}

const Message &warning( const ImportReport &report, MessageCode code )
{
  const auto it = std::find_if( report.warnings.begin(), report.warnings.end(),
                                [code]( const Message &m ) { return m.code == code; } );
  REQUIRE( it != report.warnings.end() );
  return *it;
}

//! The gps the feed gives for a place it names: the place's centroid, "lat,lon".
std::string centroidGps( const std::string &place )
{
  const SwedishPlace *p = findSwedishPlace( place );
  REQUIRE( p );
  char buffer[64];
  std::snprintf( buffer, sizeof buffer, "%.6f,%.6f", p->lat, p->lon );
  return buffer;
}

struct FeedEvent
{
  FeedEvent() = default;
  FeedEvent( std::string id_, std::string datetime_, std::string type_, std::string place_, std::string gps_,
             std::string summary_ = "Polisen var på plats." )
    : id( std::move( id_ ) ), datetime( std::move( datetime_ ) ), type( std::move( type_ ) ),
      place( std::move( place_ ) ), gps( std::move( gps_ ) ), summary( std::move( summary_ ) )
  {
  }
  std::string id; //!< as written in JSON: 412345 or "412345"
  std::string datetime;
  std::string type;
  std::string place;
  std::string gps;
  std::string summary = "Polisen var på plats.";
  std::string point; //!< GeoJSON only: "lat,lon" of the feature's own point when not the gps
};

//! The point the police's feed gives for Kristinehamn (../shared/domain.md): the town, some 6 km from the
//! centroid of the municipality's polygon.
const std::string kPoliceKristinehamn = "59.310068,14.108919";

std::string jsonEvent( const FeedEvent &e )
{
  std::string digits = e.id;
  digits.erase( std::remove( digits.begin(), digits.end(), '"' ), digits.end() );
  return "{\"id\": " + e.id + ", \"datetime\": \"" + e.datetime + "\", \"name\": \"" +
         e.datetime.substr( 0, 10 ) + ", " + e.type + ", " + e.place + "\", \"summary\": \"" + e.summary +
         "\", \"url\": \"/aktuellt/handelser/2026/november/" + digits + "\", \"type\": \"" + e.type +
         "\", \"location\": {\"name\": \"" + e.place + "\", \"gps\": \"" + e.gps + "\"}}";
}

std::string feedJson( const std::vector<FeedEvent> &events )
{
  std::string json = "[\n";
  for ( size_t i = 0; i < events.size(); ++i )
    json += ( i ? ",\n  " : "  " ) + jsonEvent( events[i] );
  return json + "\n]\n";
}

//! The GeoJSON conversion: a point per event, properties flattened (location_name) or nested (location), the
//! id in the properties as a string or beside them.
std::string feedGeoJson( const std::vector<FeedEvent> &events )
{
  std::string json = "{\"type\": \"FeatureCollection\", \"features\": [\n";
  for ( size_t i = 0; i < events.size(); ++i )
  {
    const FeedEvent &e = events[i];
    const std::string &point = e.point.empty() ? e.gps : e.point;
    const size_t comma = point.find( ',' );
    const std::string lat = point.substr( 0, comma ), lon = point.substr( comma + 1 );
    const std::string id = "\"" + e.id + "\"";
    std::string properties = "\"datetime\": \"" + e.datetime + "\", \"name\": \"" + e.type + ", " + e.place +
                             "\", \"summary\": \"" + e.summary + "\", \"type\": \"" + e.type + "\"";
    if ( i % 2 == 0 )
      properties += ", \"location_name\": \"" + e.place + "\", \"location_gps\": \"" + e.gps + "\"";
    else
      properties += ", \"location\": {\"name\": \"" + e.place + "\", \"gps\": \"" + e.gps + "\"}";
    json += std::string( i ? ",\n" : "" ) + "{\"type\": \"Feature\", " +
            ( i % 3 == 0 ? "\"id\": " + id + ", \"properties\": {" + properties + "}"
                         : "\"properties\": {\"id\": " + id + ", " + properties + "}" ) +
            ", \"geometry\": {\"type\": \"Point\", \"coordinates\": [" + lon + ", " + lat + "]}}";
  }
  return json + "\n]}\n";
}

//! A week of the feed in Värmland: most events in Kristinehamn (the municipality's centroid), some only
//! in the county, one with a finer place.
std::vector<FeedEvent> weekOfEvents( int firstId, int n )
{
  const std::string kristinehamn = kPoliceKristinehamn, county = centroidGps( "Värmlands län" );
  const char *types[] = { "Misshandel", "Skadegörelse", "Stöld/inbrott", "Brand", "Trafikolycka" };
  std::vector<FeedEvent> events;
  for ( int i = 0; i < n; ++i )
  {
    FeedEvent e;
    e.id = std::to_string( firstId + i );
    char datetime[40];
    std::snprintf( datetime, sizeof datetime, "2026-11-%02d %02d:14:03 +01:00", 16 + i % 7, 8 + i % 12 );
    e.datetime = datetime;
    e.type = types[i % 5];
    const bool inCounty = i % 4 == 3;
    e.place = inCounty ? "Värmlands län" : "Kristinehamn";
    e.gps = inCounty ? county : kristinehamn;
    events.push_back( e );
  }
  return events;
}

} // namespace

TEST_CASE( "the police feed's times with +01:00 and +02:00 are read as UTC", "[policefeed][datetime]" )
{
  const auto winter = parseDateTime( "2026-11-20 21:14:03 +01:00" );
  REQUIRE( winter );
  CHECK( winter->hasOffset );
  CHECK( winter->offsetMinutes == 60 );
  CHECK( formatUtcIso( toUtcSeconds( *winter ) ) == "2026-11-20T20:14:03.000Z" );
  const auto summer = parseDateTime( "2026-07-03 00:30:00 +02:00" );
  REQUIRE( summer );
  CHECK( formatUtcIso( toUtcSeconds( *summer ) ) == "2026-07-02T22:30:00.000Z" );

  // Imported, the offset the feed writes decides, not Stockholm's rules for the date.
  TempDir dir;
  auto project = newProject( dir );
  const std::string gps = centroidGps( "Kristinehamn" );
  const std::string feed =
    writeFile( dir.file( "feed.json" ),
               feedJson( { { "1", "2026-11-20 21:14:03 +01:00", "Misshandel", "Kristinehamn", gps },
                           { "2", "2026-07-03 00:30:00 +02:00", "Misshandel", "Kristinehamn", gps },
                           // An offset that is not Stockholm's for the date still decides.
                           { "3", "2026-07-03 00:30:00 +01:00", "Misshandel", "Kristinehamn", gps } } ) );
  const ImportReport report = importOk( *project, feed );
  CHECK( report.rowsImported == 3 );
  CHECK( text( *project, "SELECT occurred_from FROM incidents WHERE source_event_id = '1'" ) ==
         "2026-11-20T20:14:03.000Z" );
  CHECK( text( *project, "SELECT occurred_from FROM incidents WHERE source_event_id = '2'" ) ==
         "2026-07-02T22:30:00.000Z" );
  CHECK( text( *project, "SELECT occurred_from FROM incidents WHERE source_event_id = '3'" ) ==
         "2026-07-02T23:30:00.000Z" );
}

TEST_CASE( "a week of the police feed is imported through the police crosswalk with its places' precision",
           "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::vector<FeedEvent> events = weekOfEvents( 400100, 40 );
  // A finer place named, on the feed's gps for the municipality: known only as the municipality. And a gps
  // that is not "lat,lon".
  events.push_back( { "400200", "2026-11-21 10:00:00 +01:00", "Skadegörelse", "Kristinehamn, Stora torget",
                      kPoliceKristinehamn } );
  events.push_back( { "400201", "2026-11-21 11:00:00 +01:00", "Misshandel", "Kristinehamn", "59.31;14.11" } );
  // Personal data in the summary is screened like any free text.
  events.push_back( { "400202", "2026-11-21 12:00:00 +01:00", "Misshandel", "Kristinehamn",
                      centroidGps( "Kristinehamn" ), "Vittnen kan ringa 070-123 45 67." } );
  // A traffic accident, left out on purpose: its summary's phone number is not kept in the rejects either.
  events.push_back( { "400203", "2026-11-21 13:00:00 +01:00", "Trafikolycka", "Kristinehamn",
                      kPoliceKristinehamn, "Föraren nås på 070-765 43 21." } );
  REQUIRE( looksLikePoliceFeed( writeFile( dir.file( "vecka47.json" ), feedJson( events ) ) ) );

  const ImportReport report = importOk( *project, dir.file( "vecka47.json" ) );
  CHECK( report.format == "Police feed (JSON)" );
  CHECK( report.crosswalk == "polisen" );
  CHECK( report.mapping.at( "category" ) == "type" );
  CHECK( report.mapping.at( "event_id" ) == "id" );
  CHECK( report.mapping.at( "date" ) == "datetime" );
  CHECK( report.mapping.at( "description" ) == "name" );
  CHECK( report.mapping.at( "summary" ) == "summary" );
  CHECK( report.rowsRead == 44 );
  // Every fifth event is a traffic accident, which the police crosswalk leaves out on purpose.
  CHECK( report.rowsLeftOut == 9 );
  CHECK( report.leftOutValues == std::map<std::string, int64_t>{ { "Trafikolycka", 9 } } );
  CHECK( report.rowsRejected == 1 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].rowNumber == 42 );
  CHECK( report.rejects[0].reason.code == MessageCode::ImportRowBadGps );
  CHECK( report.rowsImported == 34 );
  CHECK( report.rowsDuplicate == 0 );
  // Every category value of the file with its count, for the import dialog's mapping table.
  CHECK( report.categoryValues.at( "Misshandel" ) == 10 );
  CHECK( report.categoryValues.at( "Skadegörelse" ) == 9 );
  CHECK( report.categoryValues.at( "Trafikolycka" ) == 9 );
  CHECK( report.categoryValues.size() == 5 );
  CHECK( hasWarning( report, MessageCode::ImportUsedCrosswalk ) );
  CHECK( hasWarning( report, MessageCode::ImportLeftOutSummary ) );

  // The feed's types read as the project's categories.
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'skadegorelse_ovrig'" ) == 9 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'vald'" ) == 9 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'inbrott'" ) == 8 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'brand'" ) == 8 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE source <> 'police'" ) == 0 );

  // Places: the county's rows, the municipality's, the finer one.
  const int64_t countyRows =
    count( *project, "SELECT count(*) FROM incidents WHERE place_precision = 'county'" );
  const int64_t municipalityRows =
    count( *project, "SELECT count(*) FROM incidents WHERE place_precision = 'municipality'" );
  CHECK( countyRows == 8 );
  CHECK( municipalityRows == 26 );
  CHECK( text( *project, "SELECT place_precision FROM incidents WHERE source_event_id = '400200'" ) ==
         "municipality" );
  CHECK( report.impreciseRows == std::map<std::string, int64_t>{ { "county", 8 }, { "municipality", 26 } } );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE place_precision IN ('exact', 'address', "
                          "'street')" ) == 0 );
  const Message &municipality = warning( report, MessageCode::ImportPrecisionMunicipality );
  CHECK( municipality.text().find( "26 rows" ) != std::string::npos );
  CHECK( municipality.text().find( "'Kristinehamn' (25)" ) != std::string::npos );
  CHECK( warning( report, MessageCode::ImportPrecisionCounty ).text().find( "'Värmlands län' (8)" ) !=
         std::string::npos );

  // The event id, the description from name and summary, the url and the place's name kept with the row.
  CHECK( count( *project, "SELECT count(DISTINCT source_event_id) FROM incidents" ) == 34 );
  const std::string description =
    text( *project, "SELECT description FROM incidents WHERE source_event_id = '400100'" );
  CHECK( description == "2026-11-16, Misshandel, Kristinehamn\nPolisen var på plats." );
  const std::string extra =
    text( *project, "SELECT extra_attributes FROM incidents WHERE source_event_id = '400100'" );
  CHECK( extra.find( "\"url\":\"/aktuellt/handelser/2026/november/400100\"" ) != std::string::npos );
  CHECK( extra.find( "\"location_name\":\"Kristinehamn\"" ) != std::string::npos );
  const std::string screened =
    text( *project,
          "SELECT description || '|' || screening_flags FROM incidents WHERE source_event_id = '400202'" );
  CHECK( screened.find( "070-123 45 67" ) == std::string::npos );
  CHECK( screened.find( "|phone" ) != std::string::npos );

  // Left-out rows are kept with the rejects as such, apart from the error.
  CHECK( count( *project, "SELECT count(*) FROM import_rejects WHERE left_out = 1" ) == 9 );
  // Of a row left out only what tells its event apart is kept, never its text.
  CHECK( text( *project, "SELECT raw_row FROM import_rejects WHERE raw_row LIKE 'event_id=400203;%'" ) ==
         "event_id=400203; date=2026-11-21 13:00:00 +01:00; category=Trafikolycka; place_name=Kristinehamn; "
         "place_precision=municipality" );
  CHECK( count( *project,
                "SELECT count(*) FROM import_rejects WHERE raw_row LIKE '%Föraren%' OR raw_row LIKE "
                "'%765 43 21%'" ) == 0 );
  CHECK( count( *project, "SELECT count(*) FROM import_rejects WHERE left_out = 0" ) == 1 );
  CHECK( text( *project, "SELECT reason FROM import_rejects WHERE left_out = 1 LIMIT 1" ) ==
         "left out on purpose: crosswalk 'polisen' leaves out 'Trafikolycka'" );
  CHECK( text( *project, "SELECT rows_imported || '/' || rows_rejected || '/' || rows_left_out || '/' || "
                         "rows_duplicate || '/' || crosswalk FROM import_batches" ) == "34/1/9/0/polisen" );
}

TEST_CASE( "an event imported from the feed's JSON is not imported again from its GeoJSON",
           "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::vector<FeedEvent> all = weekOfEvents( 500000, 30 );
  // The first file holds events 0-19, the second 10-29 (the weeks overlap) with event 28 twice.
  std::vector<FeedEvent> first( all.begin(), all.begin() + 20 ), second( all.begin() + 10, all.end() );
  second.push_back( all[28] );
  // A feature someone placed at the square it names: a point of its own, finer than the municipality. And
  // one named only by a place the app does not know, on the feed's gps: the municipality still.
  FeedEvent square{ "700001", "2026-11-22 09:00:00 +01:00", "Skadegörelse", "Kristinehamn, Stora torget",
                    kPoliceKristinehamn };
  square.point = "59.309400,14.107300";
  FeedEvent unknown{ "700002", "2026-11-22 09:30:00 +01:00", "Skadegörelse", "Bäckhammar",
                     kPoliceKristinehamn };
  second.push_back( square );
  second.push_back( unknown );
  const ImportReport a = importOk( *project, writeFile( dir.file( "v47.json" ), feedJson( first ) ) );
  const std::string geojson = writeFile( dir.file( "v48.geojson" ), feedGeoJson( second ) );
  REQUIRE( looksLikePoliceFeed( geojson ) );
  const ImportReport b = importOk( *project, geojson );
  CHECK( b.format == "Police feed (GeoJSON)" );
  CHECK( b.rowsRead == 23 );
  // Eight events already in the project (the other two of 10-19 are traffic accidents, left out again) and
  // one repeated in the file: none imported twice, none an error.
  CHECK( b.rowsDuplicate == 9 );
  CHECK( b.rowsLeftOut == 4 );
  CHECK( b.rowsImported == 10 );
  CHECK( b.rowsRejected == 0 );
  CHECK( hasWarning( b, MessageCode::ImportDuplicateEvents ) );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == a.rowsImported + b.rowsImported );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 26 ); // 32 events, 6 traffic accidents
  CHECK( count( *project, "SELECT count(DISTINCT source_event_id) FROM incidents" ) == 26 );
  CHECK( count( *project, "SELECT count(*) FROM import_rejects WHERE reason LIKE 'the event % is already "
                          "in the project (imported %'" ) == 8 );
  CHECK( count( *project, "SELECT count(*) FROM import_rejects WHERE reason = 'the event 500028 came "
                          "already on row 19 of this file'" ) == 1 );
  CHECK( count( *project, "SELECT count(*) FROM import_rejects WHERE left_out = 0" ) == 9 );
  // The GeoJSON's points and places read as the JSON's were.
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE place_precision = 'county' AND batch_id = " +
                            std::to_string( b.batchId ) ) == 2 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE batch_id = " + std::to_string( b.batchId ) +
                            " AND place_precision = 'municipality'" ) == 7 );
  CHECK( text( *project, "SELECT place_precision FROM incidents WHERE source_event_id = '700001'" ) ==
         "street" );
  CHECK( text( *project, "SELECT place_precision FROM incidents WHERE source_event_id = '700002'" ) ==
         "municipality" );
  CHECK( text( *project, "SELECT rows_duplicate FROM import_batches WHERE fid = " +
                           std::to_string( b.batchId ) ) == "9" );

  // The JSON again with only new events added is recognised event by event.
  std::vector<FeedEvent> again = first;
  again.push_back(
    { "600000", "2026-11-22 10:00:00 +01:00", "Brand", "Kristinehamn", centroidGps( "Kristinehamn" ) } );
  const ImportReport c = importOk( *project, writeFile( dir.file( "v47b.json" ), feedJson( again ) ) );
  CHECK( c.rowsImported == 1 );
  CHECK( c.rowsDuplicate == 16 );
  CHECK( c.rowsLeftOut == 4 );
}

TEST_CASE( "a normal GeoJSON still goes through OGR", "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string path = writeFile( dir.file( "est.geojson" ),
                                      R"({"type": "FeatureCollection", "features": [
{"type": "Feature", "properties": {"datum": "2026-11-20 21:14", "kategori": "Klotter", "type": "x"},
 "geometry": {"type": "Point", "coordinates": [14.1089, 59.3101]}}]})" );
  CHECK_FALSE( looksLikePoliceFeed( path ) );
  const ImportReport report = importOk( *project, path );
  CHECK( report.format == "GeoJSON" );
  CHECK( report.rowsImported == 1 );
  CHECK( text( *project, "SELECT place_precision || source FROM incidents" ) == "exactest" );
  // A feed-like GeoJSON without any location is not taken for the feed either.
  CHECK_FALSE( looksLikePoliceFeed( writeFile(
    dir.file( "other.geojson" ),
    R"({"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"datetime": "2026-11-20",
 "type": "Klotter"}, "geometry": {"type": "Point", "coordinates": [14.1, 59.3]}}]})" ) ) );
}

TEST_CASE( "an event without an id and a feed that is not a list are refused with their reason",
           "[policefeed]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string gps = centroidGps( "Kristinehamn" );
  std::string json = feedJson( { { "\"\"", "2026-11-20 21:14:03 +01:00", "Misshandel", "Kristinehamn", gps },
                                 { "7", "2026-11-20 21:14:03 +01:00", "Misshandel", "Kristinehamn", gps } } );
  const ImportReport report = importOk( *project, writeFile( dir.file( "feed.json" ), json ) );
  CHECK( report.rowsImported == 1 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].reason.code == MessageCode::ImportRowMissingEventId );
  CHECK( report.rejects[0].rowNumber == 1 );

  // Broken JSON that starts like the feed: an error naming the file, nothing changed.
  const std::string cut = writeFile( dir.file( "cut.json" ), json.substr( 0, json.rfind( ',' ) ) + "," );
  REQUIRE( looksLikePoliceFeed( cut ) );
  auto failed = importFile( *project, cut, ImportOptions() );
  REQUIRE_FALSE( failed.ok() );
  CHECK( failed.error().code == MessageCode::PoliceFeedUnreadable );
  CHECK( failed.error().text().find( "cut.json" ) != std::string::npos );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 1 );
}

TEST_CASE( "a category choice is stored in a crosswalk and used by the next import without asking",
           "[policefeed][crosswalk]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string header = "datum,kategori,lat,lon\n";
  writeFile( dir.file( "a.csv" ), header +
                                    "2026-11-02,Sprejat,59.31,14.11\n2026-11-03,Klotter,59.31,14.11\n"
                                    "2026-11-04,Trasig lampa,59.31,14.11\n2026-11-05,Sprejat,59.31,14.11\n" );
  ImportOptions options;
  options.categoryMap["Sprejat"] = "klotter";
  options.leaveOut.push_back( "Trasig lampa" );
  const ImportReport first = importOk( *project, dir.file( "a.csv" ), options );
  CHECK( first.crosswalk.empty() );
  CHECK( first.rowsImported == 3 );
  CHECK( first.rowsLeftOut == 1 );
  CHECK( first.rowsRejected == 0 );
  CHECK( warning( first, MessageCode::ImportCrosswalkStored ).text() ==
         "2 choices stored in crosswalk 'importval': the next import uses them without asking." );
  auto stored = CrosswalkStore( project->db() ).load( kImportChoicesCrosswalk );
  REQUIRE( stored.ok() );
  REQUIRE( stored->find( "sprejat" ) );
  CHECK( stored->find( "sprejat" )->category == "klotter" );
  REQUIRE( stored->find( "Trasig lampa" ) );
  CHECK( stored->find( "Trasig lampa" )->leaveOut );

  // The next file with the same values needs no choices.
  writeFile( dir.file( "b.csv" ),
             header + "2026-11-12,sprejat,59.31,14.11\n2026-11-13,Trasig lampa,59.31,14.11\n" );
  const ImportReport second = importOk( *project, dir.file( "b.csv" ) );
  CHECK( second.crosswalk == kImportChoicesCrosswalk );
  CHECK( second.rowsImported == 1 );
  CHECK( second.rowsLeftOut == 1 );
  CHECK( second.unknownCategories.empty() );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'klotter'" ) == 4 );
  CHECK_FALSE( hasWarning( second, MessageCode::ImportCrosswalkStored ) );

  // A choice for a value the police crosswalk reads is stored in that crosswalk.
  writeFile( dir.file( "c.json" ), feedJson( { { "9", "2026-11-20 21:14:03 +01:00", "Trafikolycka",
                                                 "Kristinehamn", centroidGps( "Kristinehamn" ) } } ) );
  ImportOptions mapTraffic;
  mapTraffic.categoryMap["Trafikolycka"] = "buskorning";
  const ImportReport third = importOk( *project, dir.file( "c.json" ), mapTraffic );
  CHECK( third.crosswalk == "polisen" );
  CHECK( third.rowsImported == 1 );
  CHECK( CrosswalkStore( project->db() ).load( "polisen" )->find( "Trafikolycka" )->category ==
         "buskorning" );
}

TEST_CASE( "a dry run, a choice not to remember and a cancelled import store no category choices",
           "[policefeed][crosswalk]" )
{
  TempDir dir;
  auto project = newProject( dir );
  writeFile( dir.file( "a.csv" ), "datum,kategori,lat,lon\n2026-11-02,Sprejat,59.31,14.11\n" );
  ImportOptions options;
  options.categoryMap["Sprejat"] = "klotter";
  options.dryRun = true;
  const ImportReport dry = importOk( *project, dir.file( "a.csv" ), options );
  CHECK( dry.rowsImported == 1 );
  CHECK_FALSE( hasWarning( dry, MessageCode::ImportCrosswalkStored ) );
  CHECK_FALSE( CrosswalkStore( project->db() ).load( kImportChoicesCrosswalk ).ok() );

  options.dryRun = false;
  options.rememberChoices = false;
  const ImportReport notRemembered = importOk( *project, dir.file( "a.csv" ), options );
  CHECK( notRemembered.rowsImported == 1 );
  CHECK_FALSE( CrosswalkStore( project->db() ).load( kImportChoicesCrosswalk ).ok() );

  options.rememberChoices = true;
  options.allowReimport = true;
  auto cancelled = importFile( *project, dir.file( "a.csv" ), options, []( double ) { return false; } );
  REQUIRE( cancelled.ok() );
  CHECK( cancelled->cancelled );
  CHECK_FALSE( CrosswalkStore( project->db() ).load( kImportChoicesCrosswalk ).ok() );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 1 );
}

TEST_CASE( "the first pass over the category values shows progress and a cancel there changes nothing",
           "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  std::string csv = "datum,kategori,lat,lon\n";
  for ( int i = 0; i < 30000; ++i )
    csv += i % 3 ? "2026-11-02,Klotter,59.31,14.11\n" : "2026-11-03,Skadegörelse,59.32,14.12\n";
  const std::string path = writeFile( dir.file( "stor.csv" ), csv );

  // Cancelled at the first word, which comes while the values are read: within the first tenth.
  std::vector<double> asked;
  auto cancelled = importFile( *project, path, ImportOptions(),
                               [&asked]( double fraction )
                               {
                                 asked.push_back( fraction );
                                 return false;
                               } );
  REQUIRE( cancelled );
  CHECK( cancelled->cancelled );
  REQUIRE( asked.size() == 1 );
  CHECK( asked[0] > 0 );
  CHECK( asked[0] <= 0.1 );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 0 );
  CHECK( count( *project, "SELECT count(*) FROM import_batches" ) == 0 );

  // Run through: the fractions only grow, from the first pass into the rows, to the end.
  asked.clear();
  auto imported = importFile( *project, path, ImportOptions(),
                              [&asked]( double fraction )
                              {
                                asked.push_back( fraction );
                                return true;
                              } );
  REQUIRE( imported );
  CHECK( imported->rowsImported == 30000 );
  REQUIRE( asked.size() > 3 );
  CHECK( std::is_sorted( asked.begin(), asked.end() ) );
  CHECK( asked.front() <= 0.1 );
  CHECK( asked.back() == 1.0 );
  CHECK( std::any_of( asked.begin(), asked.end(), []( double f ) { return f > 0.1 && f < 1; } ) );
}

TEST_CASE( "a category group's name is read as the group's other category", "[policefeed][crosswalk]" )
{
  TempDir dir;
  auto project = newProject( dir );
  // Without the police crosswalk, which reads Skadegörelse itself.
  REQUIRE( CrosswalkStore( project->db() ).remove( "polisen", CrosswalkWriteOptions() ).ok() );
  writeFile( dir.file( "a.csv" ), "datum,kategori,lat,lon\n2026-11-02,Skadegörelse,59.31,14.11\n"
                                  "2026-11-03,skadegörelse,59.31,14.11\n2026-11-04,Brott,59.31,14.11\n" );
  const ImportReport report = importOk( *project, dir.file( "a.csv" ) );
  CHECK( report.rowsImported == 3 );
  CHECK( report.crosswalk.empty() );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'skadegorelse_ovrig'" ) == 2 );
  // A group without an "other" category: its first category.
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE category = 'inbrott'" ) == 1 );
  const Message &group = warning( report, MessageCode::ImportGroupAsCategory );
  CHECK( group.text() ==
         "'Skadegörelse' is the name of the category group Skadegörelse: read as its category "
         "Övrig skadegörelse." );
}

TEST_CASE( "the police's Skadegörelse is read as other damage through the seeded crosswalk",
           "[policefeed][crosswalk]" )
{
  TempDir dir;
  auto project = newProject( dir );
  writeFile( dir.file( "a.csv" ), "datum,kategori,lat,lon\n2026-11-02,Skadegörelse,59.31,14.11\n"
                                  "2026-11-03,Olaga hot,59.31,14.11\n" );
  const ImportReport report = importOk( *project, dir.file( "a.csv" ) );
  CHECK( report.crosswalk == "polisen" );
  CHECK_FALSE( hasWarning( report, MessageCode::ImportGroupAsCategory ) );
  CHECK(
    text( *project, "SELECT group_concat(category) FROM (SELECT category FROM incidents ORDER BY fid)" ) ==
    "skadegorelse_ovrig,brak_hot" );
  CHECK( warning( report, MessageCode::ImportUsedCrosswalk ).text() ==
         "Categories read through crosswalk 'polisen': it knows 2 of the file's 2 values." );
}

TEST_CASE( "rows left out on purpose are counted apart from errors and kept with the rejects",
           "[policefeed][crosswalk]" )
{
  TempDir dir;
  auto project = newProject( dir );
  writeFile( dir.file( "a.csv" ), "datum,kategori,lat,lon\n2026-11-02,Klotter,59.31,14.11\n"
                                  "2026-11-03,Vägarbete,59.31,14.11\n2026-11-04,Vägarbete,not,a number\n"
                                  "2026-11-05,Okänd sak,59.31,14.11\n" );
  ImportOptions options;
  options.leaveOut.push_back( "vägarbete" );
  options.rememberChoices = false;
  const ImportReport report = importOk( *project, dir.file( "a.csv" ), options );
  CHECK( report.rowsImported == 1 );
  // Left out whatever else is wrong with the row; the unknown category is the only error.
  CHECK( report.rowsLeftOut == 2 );
  CHECK( report.leftOutValues == std::map<std::string, int64_t>{ { "Vägarbete", 2 } } );
  CHECK( report.rowsRejected == 1 );
  CHECK( report.unknownCategories.count( "Okänd sak" ) == 1 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].rowNumber == 5 );
  CHECK( warning( report, MessageCode::ImportLeftOutSummary ).text() ==
         "2 rows left out on purpose by crosswalk 'importval' (kept with the import's rejects, not errors): "
         "'Vägarbete' (2)." );
  CHECK( count( *project,
                "SELECT count(*) FROM import_rejects WHERE left_out = 1 AND row_number IN (3, 4)" ) == 2 );
  CHECK( text( *project, "SELECT rows_rejected || '/' || rows_left_out FROM import_batches" ) == "1/2" );
}

TEST_CASE( "event ids are told apart by organisation, and a row without one is imported unchecked",
           "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  // Two organisations number their events 1, 2, ...; one row has no id.
  writeFile( dir.file( "v47.csv" ), "datum,kategori,lat,lon,organisation,händelseid\n"
                                    "2026-11-02,Klotter,59.31,14.11,Bostadsbolaget,1\n"
                                    "2026-11-03,Klotter,59.31,14.11,Bostadsbolaget,2\n"
                                    "2026-11-03,Klotter,59.31,14.11,Skolan,1\n"
                                    "2026-11-04,Klotter,59.31,14.11,Skolan,2\n"
                                    "2026-11-04,Klotter,59.31,14.11,Skolan,\n" );
  const ImportReport first = importOk( *project, dir.file( "v47.csv" ) );
  CHECK( first.mapping.at( "event_id" ) == "händelseid" );
  CHECK( first.rowsImported == 5 );
  CHECK( first.rowsDuplicate == 0 );
  CHECK( first.rowsRejected == 0 );
  CHECK( count( *project, "SELECT count(*) FROM incidents WHERE source_event_id IS NULL" ) == 1 );
  // The next week repeats one of each organisation's and brings a new one.
  writeFile( dir.file( "v48.csv" ), "datum,kategori,lat,lon,organisation,händelseid\n"
                                    "2026-11-02,Klotter,59.31,14.11,Bostadsbolaget,1\n"
                                    "2026-11-04,Klotter,59.31,14.11,skolan,2\n"
                                    "2026-11-09,Klotter,59.31,14.11,Skolan,3\n" );
  const ImportReport second = importOk( *project, dir.file( "v48.csv" ) );
  CHECK( second.rowsDuplicate == 2 );
  CHECK( second.rowsImported == 1 );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 6 );
  CHECK( count( *project,
                "SELECT count(*) FROM incidents WHERE organisation = 'Skolan' AND source_event_id = "
                "'3'" ) == 1 );
}

TEST_CASE( "a place precision column is read, and a bad value rejects its row", "[policefeed][import]" )
{
  TempDir dir;
  auto project = newProject( dir );
  writeFile( dir.file( "a.csv" ), "datum,kategori,lat,lon,platsnoggrannhet,ort\n"
                                  "2026-11-02,Klotter,59.31,14.11,kommun,Kristinehamn\n"
                                  "2026-11-03,Klotter,59.31,14.11,exakt,\n"
                                  "2026-11-04,Klotter,59.31,14.11,,\n"
                                  "2026-11-05,Klotter,59.31,14.11,ungefär,\n" );
  const ImportReport report = importOk( *project, dir.file( "a.csv" ) );
  CHECK( report.mapping.at( "place_precision" ) == "platsnoggrannhet" );
  CHECK( report.rowsImported == 3 );
  REQUIRE( report.rejects.size() == 1 );
  CHECK( report.rejects[0].reason.code == MessageCode::ImportRowBadPrecision );
  CHECK( text( *project, "SELECT group_concat(place_precision) FROM (SELECT place_precision FROM incidents "
                         "ORDER BY fid)" ) == "municipality,exact,exact" );
  CHECK( report.impreciseRows == std::map<std::string, int64_t>{ { "municipality", 1 } } );
  CHECK( warning( report, MessageCode::ImportPrecisionMunicipality ).text().find( "'Kristinehamn' (1)" ) !=
         std::string::npos );
}

TEST_CASE( "the feed's JSON text is read as GDAL reads it, escapes and extra properties too", "[policefeed]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string gps = centroidGps( "Kristinehamn" );
  // Escapes of every kind, a character beyond the BMP, an id written with a fraction, properties the feed
  // does not have (a number, a list, an object) and a nested location.
  const std::string event =
    R"({"id": 123.0, "datetime": "2026-11-20 21:14:03 +01:00", "type": "Skadeg\u00f6relse",
  "name": "20 november, Skadegörelse, \"Kristinehamn\"",
  "summary": "Rad ett\nrad två\tmed tab, snedstreck \/ och \\ \ud83d\ude00 slut.",
  "url": "/h/123", "prio": 2.50, "taggar": ["a", "b"], "mer": {"k": [1, {"l": null}]},
  "location": {"name": "Kristinehamn", "gps": ")" +
    gps + R"("}})";
  const std::string path = writeFile( dir.file( "feed.json" ), "[" + event + "]" );
  const ImportReport report = importOk( *project, path );
  REQUIRE( report.rowsImported == 1 );
  CPLJSONDocument gdal;
  REQUIRE( gdal.LoadMemory( event ) );
  const CPLJSONObject root = gdal.GetRoot();
  CHECK( text( *project, "SELECT description FROM incidents" ) ==
         root.GetString( "name" ) + "\n" + root.GetString( "summary" ) );
  CHECK( text( *project, "SELECT source_event_id FROM incidents" ) == "123" );
  CHECK( text( *project, "SELECT category FROM incidents" ) == "skadegorelse_ovrig" );
  const std::string extra = text( *project, "SELECT extra_attributes FROM incidents" );
  CHECK( extra.find( "\"prio\":\"2.50\"" ) != std::string::npos );
  CHECK( extra.find( "\"taggar\":\"[\\\"a\\\", \\\"b\\\"]\"" ) != std::string::npos );
  CHECK( extra.find( "\"mer\":\"{\\\"k\\\": [1, {\\\"l\\\": null}]}\"" ) != std::string::npos );
}

TEST_CASE( "a broken feed is refused naming its line, and invalid UTF-8 is replaced and said",
           "[policefeed]" )
{
  TempDir dir;
  auto project = newProject( dir );
  const std::string gps = centroidGps( "Kristinehamn" );
  const std::string good = jsonEvent( { "1", "2026-11-20 21:14:03 +01:00", "Brand", "Kristinehamn", gps } );
  auto refused = [&]( const std::string &file, const std::string &content )
  {
    const std::string path = writeFile( dir.file( file ), content );
    REQUIRE( looksLikePoliceFeed( path ) );
    auto result = importFile( *project, path, ImportOptions() );
    REQUIRE_FALSE( result.ok() );
    return result.error();
  };
  const Message after = refused( "after.json", "[\n" + good + "\n]\nmore" );
  CHECK( after.code == MessageCode::PoliceFeedUnreadable );
  CHECK( after.text() ==
         "after.json cannot be read as the police's event feed: line 4: there is more text after "
         "the end of the JSON" );
  const Message unclosed = refused( "unclosed.json", "[\n" + good + ",\n" + good + ",\n{\"id\": \"3" );
  CHECK( unclosed.text().find( "line 4: a string is not closed" ) != std::string::npos );
  const Message escape =
    refused( "escape.json", "[\n" + good + ",\n" + good + ",\n{\"id\": 3, \"summary\": \"a\\x\"}]" );
  CHECK( escape.text().find( "line 4: '\\x' is not an escape in a JSON string" ) != std::string::npos );
  const Message deep =
    refused( "deep.json", "[\n" + good + ",\n" + good.substr( 0, good.size() - 1 ) +
                            ", \"x\": " + std::string( 200, '[' ) + std::string( 200, ']' ) + "}]" );
  CHECK( deep.code == MessageCode::ImportJsonTooDeep );
  CHECK( count( *project, "SELECT count(*) FROM incidents" ) == 0 );

  // A byte that is not UTF-8 is replaced, and the summary says where.
  std::string latin1 =
    jsonEvent( { "2", "2026-11-20 21:14:03 +01:00", "Brand", "Kristinehamn", gps, "Sk\xF6vde" } );
  const ImportReport report =
    importOk( *project, writeFile( dir.file( "latin1.json" ), "[\n" + good + ",\n" + latin1 + "]" ) );
  CHECK( report.rowsImported == 2 );
  CHECK( text( *project, "SELECT description FROM incidents WHERE source_event_id = '2'" )
           .find( "Sk\xEF\xBF\xBDvde" ) != std::string::npos );
  CHECK( warning( report, MessageCode::ImportInvalidBytesReplaced ).text().find( "the first on line 3" ) !=
         std::string::npos );
}

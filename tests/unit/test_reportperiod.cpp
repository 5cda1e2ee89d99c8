// Report periods (weeks, months, tertials, years, dates) and what printed maps say about themselves.

#include "mapcontent.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "stockholmzone.h"
#include "testutil.h"

#include <catch2/catch.hpp>

using namespace tryggkarta;

TEST_CASE( "report periods are parsed in every form the command line takes", "[report]" )
{
  SECTION( "an ISO week runs Monday to Sunday in Stockholm time" )
  {
    const auto week = parseReportPeriod( "2026-W47" );
    REQUIRE( week.ok() );
    CHECK( week->kind == ReportPeriod::Kind::Week );
    CHECK( week->fromDate == "2026-11-16" );
    CHECK( week->untilDate == "2026-11-22" );
    CHECK( week->fromUtc == stockholmToUtc( 2026, 11, 16, 0, 0, 0 ) );
    CHECK( week->untilUtc == stockholmToUtc( 2026, 11, 23, 0, 0, 0 ) );
    CHECK( week->code() == "2026-W47" );
    CHECK( week->label() == "v. 47 2026" );
    CHECK( week->datesText() == "16–22 november 2026" );
    CHECK( week->days() == 7 );
  }
  SECTION( "week 1 may begin in the year before; week 53 exists only in long years" )
  {
    const auto week1 = parseReportPeriod( "2026-W01" );
    REQUIRE( week1.ok() );
    CHECK( week1->fromDate == "2025-12-29" );
    CHECK( week1->datesText() == "29 december 2025 – 4 januari 2026" );
    CHECK( parseReportPeriod( "2026-W53" ).ok() ); // 2026 has 53 ISO weeks
    CHECK_FALSE( parseReportPeriod( "2025-W53" ).ok() );
    CHECK_FALSE( parseReportPeriod( "2026-W00" ).ok() );
  }
  SECTION( "a month, a tertial and a year" )
  {
    const auto month = parseReportPeriod( "2026-02" );
    REQUIRE( month.ok() );
    CHECK( month->untilDate == "2026-02-28" );
    CHECK( month->label() == "februari 2026" );
    const auto tertial = parseReportPeriod( "2026-T3" );
    REQUIRE( tertial.ok() );
    CHECK( tertial->fromDate == "2026-09-01" );
    CHECK( tertial->untilDate == "2026-12-31" );
    CHECK( tertial->label() == "tertial 3 2026" );
    CHECK( tertial->reportKindName() == "Tertialrapport" );
    const auto year = parseReportPeriod( "2024" );
    REQUIRE( year.ok() );
    CHECK( year->days() == 366 );
    CHECK( year->untilUtc == stockholmToUtc( 2025, 1, 1, 0, 0, 0 ) );
  }
  SECTION( "two dates, both inclusive" )
  {
    // Dates that make a whole week or month are that period.
    CHECK( parseReportPeriod( "2026-11-16..2026-11-22" )->code() == "2026-W47" );
    CHECK( parseReportPeriod( "2025-12-29..2026-01-04" )->code() == "2026-W01" );
    CHECK( parseReportPeriod( "2026-11-01..2026-11-30" )->code() == "2026-11" );
    CHECK( parseReportPeriod( "2026-05-01..2026-08-31" )->code() == "2026-T2" );
    CHECK( parseReportPeriod( "2026-01-01..2026-12-31" )->code() == "2026" );
    CHECK( parseReportPeriod( "2026-11-17..2026-11-23" )->kind == ReportPeriod::Kind::Custom );
    const auto custom = parseReportPeriod( "2026-11-01..2026-11-15" );
    REQUIRE( custom.ok() );
    CHECK( custom->kind == ReportPeriod::Kind::Custom );
    CHECK( custom->days() == 15 );
    CHECK( custom->label() == "1–15 november 2026" );
    CHECK( custom->code() == "2026-11-01..2026-11-15" );
  }
  SECTION( "nonsense is refused with the forms that work" )
  {
    for ( const char *bad : { "", "vecka 47", "2026-13", "2026-T4", "2026-02-30..2026-03-01", "2026/11" } )
    {
      const auto period = parseReportPeriod( bad );
      REQUIRE_FALSE( period.ok() );
      CHECK( period.error().code == MessageCode::ReportPeriodInvalid );
      CHECK( period.error().text().find( "2026-W47" ) != std::string::npos );
    }
    const auto reversed = parseReportPeriod( "2026-11-15..2026-11-01" );
    REQUIRE_FALSE( reversed.ok() );
    CHECK( reversed.error().code == MessageCode::ReportPeriodReversed );
  }
}

TEST_CASE( "a report period knows the period before it and the same period last year", "[report]" )
{
  CHECK( parseReportPeriod( "2026-W01" )->previous().code() == "2025-W52" );
  CHECK( parseReportPeriod( "2027-W01" )->previous().code() == "2026-W53" );
  CHECK( parseReportPeriod( "2026-W53" )->lastYear().code() == "2025-W52" );
  CHECK( parseReportPeriod( "2026-01" )->previous().code() == "2025-12" );
  CHECK( parseReportPeriod( "2026-T1" )->previous().code() == "2025-T3" );
  CHECK( parseReportPeriod( "2026-T2" )->lastYear().code() == "2025-T2" );
  CHECK( parseReportPeriod( "2026" )->previous().code() == "2025" );
  const ReportPeriod custom = *parseReportPeriod( "2024-02-20..2024-02-29" );
  CHECK( custom.previous().code() == "2024-02-10..2024-02-19" );
  CHECK( custom.lastYear().code() == "2023-02-20..2023-02-28" );
  // Periods meet without a gap: the previous one ends where this one begins.
  for ( const char *code : { "2026-W47", "2026-03", "2026-T2", "2026", "2026-03-29..2026-04-02" } )
  {
    const ReportPeriod period = *parseReportPeriod( code );
    CHECK( period.previous().untilUtc == period.fromUtc );
  }
}

namespace
{
CategoryLabels demoLabels()
{
  CategoryLabels labels;
  const std::pair<const char *, const char *> categories[] = { { "klotter", "Klotter" },
                                                               { "glaskross", "Glaskross" },
                                                               { "brand", "Brand" },
                                                               { "ovrig_skadegorelse", "Övrig skadegörelse" },
                                                               { "nedskrapning", "Nedskräpning" } };
  for ( const auto &[code, label] : categories )
  {
    labels.labels[code] = label;
    labels.groupOf[code] = std::string( code ) == "nedskrapning" ? "nedskrapning" : "skadegorelse";
    labels.order.push_back( code );
  }
  labels.groupLabels["skadegorelse"] = "Skadegörelse";
  labels.groupLabels["nedskrapning"] = "Nedskräpning";
  return labels;
}
} // namespace

TEST_CASE( "a printed map's title and texts are made from what it shows", "[report]" )
{
  const CategoryLabels labels = demoLabels();
  MapContent content;
  content.shows = MapShows::Heatmap;
  content.selection.categories = { "klotter", "glaskross" };
  content.period = *parseReportPeriod( "2026-W47" );
  CHECK( mapTitle( content, labels ) == "Värmekarta: klotter och glaskross, v. 47 2026" );

  content.shows = MapShows::HotSpots;
  content.selection.categories = { "klotter", "glaskross", "brand", "ovrig_skadegorelse" };
  content.period = *parseReportPeriod( "2026-08" );
  CHECK( mapTitle( content, labels ) == "Hot spots (Gi*): skadegörelse, augusti 2026" );

  content.selection.categories = { "klotter", "glaskross", "brand", "nedskrapning" };
  CHECK( categoriesText( content.selection.categories, labels ) ==
         "klotter, glaskross och 2 kategorier till" );
  content.selection.categories.clear();
  content.areaName = "Centrum";
  CHECK( mapTitle( content, labels ) == "Hot spots (Gi*): alla kategorier, Centrum, augusti 2026" );

  // Without a whole period the selection's dates say when.
  content.period.reset();
  content.selection.fromUtc = stockholmToUtc( 2026, 11, 1, 0, 0, 0 );
  content.selection.untilUtc = stockholmToUtc( 2026, 11, 16, 0, 0, 0 );
  CHECK( periodText( content ) == "1–15 november 2026" );
}

TEST_CASE( "the filter, the method, the sources and the classification are printed in words", "[report]" )
{
  const CategoryLabels labels = demoLabels();
  Selection selection;
  selection.categories = { "klotter" };
  selection.sources = { "est", "police" };
  selection.weekdays = { 5, 6 };
  selection.hours = { 20, 21, 22, 23, 0, 1, 2 };
  selection.area = "Centrum";
  CHECK( filterText( selection, labels ) ==
         "Kategorier: klotter. Källor: EST-rapporter och polisen. Organisationer: alla. Veckodagar: fre–lör. "
         "Timmar: 20–03. Område: Centrum." );

  MapContent content;
  content.method.kernel = "quartic";
  content.method.radiusMeters = 300;
  content.method.cellMeters = 25;
  content.method.events = 42;
  CHECK( methodText( content ) == "Kärntäthet, kvartisk kärna, radie 300 m, cell 25 m; 42 händelser." );
  // In public the radius is never printed.
  content.publicMode = true;
  content.method.radiusMeters = 1500;
  content.method.cellMeters = 250;
  const std::string publicMethod = methodText( content );
  CHECK( publicMethod.find( "1,5 km" ) == std::string::npos );
  CHECK( publicMethod.find( "radie" ) == std::string::npos );
  CHECK( publicMethod.find( "färre än 5" ) != std::string::npos );

  CHECK( classificationText( false, 5 ) == "Underlag för EST – ej för publicering" );
  CHECK( classificationText( true, 7 ).find( "under 7" ) != std::string::npos );
  // Extraction time in Stockholm time (CET in November).
  CHECK( sourcesText( { "est", "police" }, "2026-11-24T07:00:00Z" ) ==
         "Källor: EST-rapporter och polisen (uttag 2026-11-24 08:00)." );
}

TEST_CASE( "the category labels of a project name its groups", "[report]" )
{
  testutil::TempDir dir;
  auto project = ProjectFile::create( dir.file( "p.gpkg" ) );
  REQUIRE( project.ok() );
  const CategoryLabels labels = categoryLabelsSv( **project );
  REQUIRE_FALSE( labels.order.empty() );
  // Every category of a group chosen: the group's name stands for them.
  std::vector<std::string> group;
  const std::string firstGroup = labels.groupOf.at( labels.order.front() );
  for ( const std::string &code : labels.order )
    if ( labels.groupOf.at( code ) == firstGroup )
      group.push_back( code );
  REQUIRE( group.size() > 1 );
  std::string expected = labels.groupLabels.at( firstGroup );
  expected[0] = static_cast<char>( std::tolower( static_cast<unsigned char>( expected[0] ) ) );
  CHECK( categoriesText( group, labels ) == expected );
}

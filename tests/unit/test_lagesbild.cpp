// The lägesbild report's content: a small hand-made project whose every count is known (categories against
// the previous period and last year, a significant increase, weeks, areas, the organisations' completeness,
// sources, walks, actions, notes), the public mode's suppression, the errors, and the demo municipality
// checked against counts made here from its incidents table. Expected values are worked out in the test from
// the events it puts in, never taken from the report.

#include "testutil.h"

#include "database.h"
#include "datetimeparser.h"
#include "demomunicipality.h"
#include "evaluation.h"
#include "geometryblob.h"
#include "actionstore.h"
#include "lagesbild.h"
#include "projectfile.h"
#include "reportperiod.h"
#include "stockholmzone.h"
#include "temporal.h"

#include <catch2/catch.hpp>

#include <ogr_geometry.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <limits>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

using namespace tryggkarta;
using testutil::TempDir;

namespace
{

//! One event of a hand-made project: a local date and hour, optionally an interval of hours from it.
struct TestEvent
{
  std::string date; //!< YYYY-MM-DD, Stockholm time
  int hour = 12;
  std::string category;
  std::string organisation; //!< empty: none
  std::string source = "est";
  double x = 0, y = 0;
  int spanHours = 0; //!< 0: an instant; else the event lasts this many hours (kept within the day)
};

int number( const std::string &text, std::size_t from, std::size_t length )
{
  return std::stoi( text.substr( from, length ) );
}

int64_t startUtc( const TestEvent &e )
{
  return stockholmToUtc( number( e.date, 0, 4 ), number( e.date, 5, 2 ), number( e.date, 8, 2 ), e.hour, 0,
                         0 );
}

//! The ISO week of a date, worked out with the C library's calendar: "2026-W44".
std::string isoWeekOf( const std::string &date )
{
  std::tm t{};
  t.tm_year = number( date, 0, 4 ) - 1900;
  t.tm_mon = number( date, 5, 2 ) - 1;
  t.tm_mday = number( date, 8, 2 );
  t.tm_hour = 12;
  timegm( &t );
  const int weekday = ( t.tm_wday + 6 ) % 7 + 1; // 1 = Monday
  int year = t.tm_year + 1900;
  int week = ( t.tm_yday + 1 - weekday + 10 ) / 7;
  if ( week < 1 ) // belongs to the last week of the year before; not needed for the dates used here
  {
    --year;
    week = 52;
  }
  char buffer[48];
  std::snprintf( buffer, sizeof buffer, "%04d-W%02d", year, week );
  return buffer;
}

//! The ISO weekday of a date (1 = Monday).
int weekdayOf( const std::string &date )
{
  std::tm t{};
  t.tm_year = number( date, 0, 4 ) - 1900;
  t.tm_mon = number( date, 5, 2 ) - 1;
  t.tm_mday = number( date, 8, 2 );
  t.tm_hour = 12;
  timegm( &t );
  return ( t.tm_wday + 6 ) % 7 + 1;
}

bool between( const std::string &date, const std::string &from, const std::string &until )
{
  return date >= from && date <= until;
}

struct Square
{
  std::string name, code, kind;
  double west, south, side;
  bool contains( double x, double y ) const
  {
    return x >= west && x < west + side && y >= south && y < south + side;
  }
  std::string label() const { return code.empty() ? name : name + " (" + code + ")"; }
};

void addArea( ProjectFile &project, const Square &square )
{
  OGRPolygon polygon;
  OGRLinearRing ring;
  ring.addPoint( square.west, square.south );
  ring.addPoint( square.west + square.side, square.south );
  ring.addPoint( square.west + square.side, square.south + square.side );
  ring.addPoint( square.west, square.south + square.side );
  ring.closeRings();
  polygon.addRing( &ring );
  OGRMultiPolygon multi;
  multi.addGeometry( &polygon );
  std::vector<unsigned char> wkb( static_cast<size_t>( multi.WkbSize() ) );
  multi.exportToWkb( wkbNDR, wkb.data(), wkbVariantIso );
  const auto blob = encodeGpkgWkb(
    3006, wkb, Envelope{ square.west, square.south, square.west + square.side, square.south + square.side } );
  Statement s = project.db().prepare( "INSERT INTO areas (geom, name, kind, code) VALUES (?, ?, ?, ?)" );
  s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) ).bind( 2, square.name ).bind( 3, square.kind );
  s.bindTextOrNull( 4, square.code );
  s.run();
}

void addEvents( ProjectFile &project, const std::vector<TestEvent> &events )
{
  Transaction transaction( project.db() );
  Statement s = project.db().prepare(
    "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, source, created_at, "
    "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)" );
  for ( const TestEvent &e : events )
  {
    const auto blob = encodeGpkgPoint( 3006, e.x, e.y );
    const int64_t from = startUtc( e );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) );
    s.bind( 2, formatUtcIso( from ) );
    if ( e.spanHours > 0 )
      s.bind( 3, formatUtcIso( from + 3600 * e.spanHours ) );
    else
      s.bindNull( 3 );
    s.bind( 4, e.category ).bindTextOrNull( 5, e.organisation ).bind( 6, e.source );
    s.bind( 7, "2026-11-05T10:00:00.000Z" ).bind( 8, "2026-11-05T10:00:00.000Z" );
    s.run();
  }
  transaction.commit();
}

const Square kCentrum{ "Centrum", "EST1", "est_area", 450000, 6580000, 1000 };
const Square kNorr{ "Norr", "EST2", "est_area", 450000, 6581000, 1000 };
const Square kTomt{ "Tomt", "", "est_area", 460000, 6590000, 500 };
const std::vector<Square> kAreas = { kCentrum, kNorr, kTomt };
const std::vector<std::string> kOrganisations = { "Skolan", "Bostadsbolaget", "Polisen", "Gatuenheten" };

//! A place in Centrum's tight cluster (a 5 × 5 lattice 8 m apart: one DBSCAN cluster at 50 m and 10 points).
std::pair<double, double> centrumPlace( int n )
{
  return { 450480.5 + 8 * ( n % 5 ), 6580480.5 + 8 * ( ( n / 5 ) % 5 ) };
}
//! Places in Norr, 100 m apart (no cluster).
std::pair<double, double> norrPlace( int n )
{
  return { 450100.5 + 100 * ( n % 8 ), 6581500.5 };
}
const std::pair<double, double> kOutside{ 452500.3, 6580500.7 };

/**
 * October 2026 (the report), September 2026 (the previous month), October 2025 (last year), and a few events
 * in no period. In October: 30 klotter (a clear increase from 8) and 3 glaskross (one an interval), 25 in
 * Centrum, 6 in Norr, 2 outside every area; Skolan reports every week, Bostadsbolaget in three of five, one
 * event has no organisation.
 */
std::vector<TestEvent> handMadeEvents()
{
  std::vector<TestEvent> events;
  int centrum = 0, norr = 0;
  const auto place = [&]( TestEvent &e, char where )
  {
    std::pair<double, double> p = where == 'c'   ? centrumPlace( centrum++ )
                                  : where == 'n' ? norrPlace( norr++ )
                                                 : kOutside;
    e.x = p.first;
    e.y = p.second;
  };
  const auto add = [&]( const std::string &date, const std::string &category, const std::string &organisation,
                        const std::string &source, char where, int hour = 12, int span = 0 )
  {
    TestEvent e;
    e.date = date;
    e.hour = hour;
    e.category = category;
    e.organisation = organisation;
    e.source = source;
    e.spanHours = span;
    place( e, where );
    events.push_back( e );
  };
  // October 2026. Skolan: klotter every ISO week (40 … 44) and five more, three glaskross.
  int n = 0;
  for ( const char *date : { "2026-10-02", "2026-10-06", "2026-10-13", "2026-10-20", "2026-10-27",
                             "2026-10-14", "2026-10-15", "2026-10-16", "2026-10-21", "2026-10-22" } )
  {
    add( date, "klotter", "Skolan", "est", n < 8 ? 'c' : 'n', 9 + n % 10 );
    ++n;
  }
  add( "2026-10-05", "glaskross", "Skolan", "est", 'n', 22 );
  add( "2026-10-12", "glaskross", "Skolan", "est", 'c', 8, 8 ); // an interval, 08–16
  add( "2026-10-28", "glaskross", "Skolan", "est", 'n', 3 );
  // Bostadsbolaget: 19 klotter in weeks 40, 41 and 43 only.
  const char *bostad[] = { "2026-10-03", "2026-10-07", "2026-10-08", "2026-10-09", "2026-10-19",
                           "2026-10-20", "2026-10-21", "2026-10-22", "2026-10-23" };
  for ( int i = 0; i < 19; ++i )
    add( bostad[i % 9], "klotter", "Bostadsbolaget", "est", i < 16 ? 'c' : ( i < 18 ? 'n' : 'o' ),
         10 + i % 12 );
  add( "2026-10-10", "klotter", "", "manual", 'o', 23 ); // no organisation, outside every area
  // September 2026: 8 klotter (2 by the police), 4 glaskross (one in week 40), 2 inbrott; 4 in Norr.
  int september = 0; // four in Centrum, two in Norr
  for ( const char *date :
        { "2026-09-07", "2026-09-08", "2026-09-09", "2026-09-14", "2026-09-15", "2026-09-16" } )
    add( date, "klotter", "Bostadsbolaget", "est", september++ < 4 ? 'c' : 'n', 14 );
  add( "2026-09-21", "klotter", "Polisen", "police", 'c', 2 );
  add( "2026-09-22", "klotter", "Polisen", "police", 'c', 3 );
  for ( const char *date : { "2026-09-10", "2026-09-17", "2026-09-24", "2026-09-28" } )
    add( date, "glaskross", "Skolan", "est", date[9] == '0' || date[9] == '7' ? 'c' : 'n', 11 );
  add( "2026-09-25", "inbrott", "Polisen", "police", 'c', 4 );
  add( "2026-09-29", "inbrott", "Polisen", "police", 'c', 5 );
  // August 2026, inside the trend's weeks (33 …) but in no compared period.
  add( "2026-08-12", "klotter", "Skolan", "est", 'c', 12 );
  add( "2026-08-20", "klotter", "Skolan", "est", 'c', 12 );
  // October 2025: 10 klotter, 2 glaskross, 1 våld.
  for ( int day = 6; day < 16; ++day )
    add( ( day < 10 ? "2025-10-0" : "2025-10-" ) + std::to_string( day ), "klotter", "Skolan", "est", 'c',
         15 );
  add( "2025-10-20", "glaskross", "Skolan", "est", 'c', 15 );
  add( "2025-10-21", "glaskross", "Skolan", "est", 'c', 15 );
  add( "2025-10-22", "vald", "Skolan", "est", 'n', 15 );
  // In no period of the report: July 2026 and after the period.
  add( "2026-07-15", "klotter", "Skolan", "est", 'c', 12 );
  add( "2026-11-02", "klotter", "Skolan", "est", 'c', 12 );
  return events;
}

//! The hand-made project: areas, organisations, events, walks, actions, meta.
std::string makeHandProject( const TempDir &dir, const std::vector<TestEvent> &events )
{
  const std::string path = dir.file( "handgjord.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created );
  ProjectFile &project = *created.value();
  Database &db = project.db();
  for ( const Square &square : kAreas )
    addArea( project, square );
  for ( const std::string &name : kOrganisations )
  {
    Statement s = db.prepare( "INSERT INTO organisations (name) VALUES (?)" );
    s.bind( 1, name );
    s.run();
  }
  addEvents( project, events );
  project.setMetaValue( "organisation", "Exempels kommun" );
  // Walks: one in Centrum in the period, one before, one cancelled and one planned without an area.
  db.exec( "INSERT INTO safety_walks (name, walk_date, light_condition, area_id, status) VALUES "
           "('Kvällsvandring Centrum', '2026-10-14', 'dark', 1, 'done'), "
           "('Septembervandring', '2026-09-20', 'dusk', 2, 'done'), "
           "('Inställd vandring', '2026-10-31', 'daylight', 1, 'cancelled'), "
           "('Planerad vandring', '2026-10-31', NULL, NULL, 'planned')" );
  const auto observation = [&]( int64_t walk, const char *item, int positive )
  {
    const auto blob = encodeGpkgPoint( 3006, 450500.5, 6580500.5 );
    Statement s = db.prepare( "INSERT INTO observations (geom, walk_id, checklist_item, positive, note, "
                              "created_at, updated_at) VALUES (?, ?, ?, ?, 'fritext', 'x', 'x')" );
    s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
      .bind( 2, walk )
      .bind( 3, item )
      .bind( 4, positive );
    s.run();
  };
  observation( 1, "belysning", 0 );
  observation( 1, "belysning", 0 );
  observation( 1, "sikt", 0 );
  observation( 1, "belysning", 0 );
  observation( 1, "belysning", 1 ); // a good place
  observation( 2, "belysning", 0 );
  // Actions.
  db.exec(
    "INSERT INTO actions (title, responsible_organisation, deadline, status, rejection_reason, area_id, "
    "created_at, updated_at) VALUES "
    "('Byt armaturer i gångtunneln', 'Gatuenheten', '2026-10-15', 'proposed', NULL, 1, 'x', 'x'), "
    "('Beskär buskage', 'Gatuenheten', '2026-11-15', 'proposed', NULL, 1, 'x', 'x'), "
    "('Klottersanering', 'Bostadsbolaget', '2026-10-31', 'in_progress', NULL, 2, 'x', 'x'), "
    "('Ny belysning', 'Gatuenheten', '2026-09-01', 'done', NULL, 1, 'x', 'x'), "
    "('Kamera', 'Polisen', '2026-09-01', 'rejected', 'Ej tillåtet', NULL, 'x', 'x')" );
  return path;
}

std::unique_ptr<ProjectFile> openProject( const std::string &path )
{
  auto opened = ProjectFile::open( path );
  REQUIRE( opened );
  return std::move( opened.value() );
}

ReportOptions fixedOptions()
{
  ReportOptions options;
  options.extractedAtUtc = "2026-11-05T10:00:00Z";
  return options;
}

LagesbildReport gather( ProjectFile &project, const std::string &periodText, const ReportOptions &options )
{
  auto period = parseReportPeriod( periodText );
  REQUIRE( period );
  auto report = gatherLagesbild( project, period.value(), options );
  INFO( ( report ? std::string() : report.error().text() ) );
  REQUIRE( report );
  return std::move( report.value() );
}

bool anyContains( const std::vector<std::string> &lines, const std::string &part )
{
  return std::any_of( lines.begin(), lines.end(),
                      [&]( const std::string &line ) { return line.find( part ) != std::string::npos; } );
}

bool hasHighlight( const LagesbildReport &report, const std::string &text )
{
  return std::any_of( report.highlights.begin(), report.highlights.end(),
                      [&]( const Highlight &h ) { return h.text == text; } );
}

//! Every count the report publishes.
std::vector<ReportCount> allCounts( const LagesbildReport &r )
{
  std::vector<ReportCount> counts = { r.total, r.totalPrevious, r.totalLastYear };
  for ( const auto *rows : { &r.groups, &r.categories } )
    for ( const CategoryRow &row : *rows )
      counts.insert( counts.end(), { row.now, row.previous, row.lastYear } );
  for ( const AreaRow &row : r.areas )
    counts.insert( counts.end(), { row.now, row.previous } );
  for ( const OrganisationRow &row : r.organisations )
    counts.push_back( row.events );
  for ( const WeekRow &row : r.weeks )
    counts.push_back( row.count );
  for ( const auto &source : r.sources )
    counts.push_back( source.second );
  return counts;
}

//! Benjamini–Hochberg at alpha: which of the p-values pass (written out here, apart from the core's).
std::vector<bool> benjaminiHochberg( const std::vector<double> &p, double alpha )
{
  std::vector<std::size_t> order( p.size() );
  for ( std::size_t i = 0; i < order.size(); ++i )
    order[i] = i;
  std::sort( order.begin(), order.end(), [&]( std::size_t a, std::size_t b ) { return p[a] < p[b]; } );
  double cutoff = -1;
  for ( std::size_t r = 0; r < order.size(); ++r )
    if ( p[order[r]] <= alpha * static_cast<double>( r + 1 ) / static_cast<double>( p.size() ) )
      cutoff = p[order[r]];
  std::vector<bool> pass( p.size() );
  for ( std::size_t i = 0; i < p.size(); ++i )
    pass[i] = p[i] <= cutoff;
  return pass;
}

struct Expect
{
  int64_t now = 0, previous = 0, lastYear = 0;
};

// ---------------------------------------------------------------------------------------------------------
// The public mode's guarantee, checked table by table against the report made for the group itself
// ---------------------------------------------------------------------------------------------------------

//! A table of the public report whose rows add up to a published figure, beside the true values.
struct PublicTable
{
  std::string name;
  std::vector<int64_t> truth;     //!< from the report made for the group itself
  std::vector<ReportCount> shown; //!< as the public report has them
  int64_t totalTruth = 0;
  ReportCount total; //!< the figure the rows add up to, as published
};

/**
 * What a reader can tell of each hidden count below k, worked out by going through every sum the other
 * hidden counts can make: the sum of the hidden (the total less the published counts), a hidden count at
 * least 1, one marked below k at most k − 1, a complement at least k and (complements being taken smallest
 * first) at most the smallest non-zero count still shown unless it is larger than that. Returns the number of
 * values the least certain of them can have (0 when none is hidden).
 */
std::size_t fewestPossibleValues( const std::vector<int64_t> &truth, const std::vector<bool> &hidden,
                                  int64_t k )
{
  int64_t sum = 0, smallestShown = std::numeric_limits<int64_t>::max();
  std::vector<std::size_t> members;
  for ( std::size_t i = 0; i < truth.size(); ++i )
    if ( truth[i] > 0 && hidden[i] )
    {
      members.push_back( i );
      sum += truth[i];
    }
    else if ( truth[i] > 0 )
      smallestShown = std::min( smallestShown, truth[i] );
  const auto range = [&]( std::size_t i )
  {
    if ( truth[i] < k )
      return std::make_pair( int64_t( 1 ), k - 1 );
    return std::make_pair( k, truth[i] <= smallestShown ? std::min( smallestShown, sum ) : sum );
  };
  std::size_t fewest = 0;
  for ( std::size_t i : members )
  {
    if ( truth[i] >= k )
      continue;
    std::vector<char> reach( static_cast<std::size_t>( sum ) + 1, 0 );
    reach[0] = 1;
    for ( std::size_t j : members )
    {
      if ( j == i )
        continue;
      const auto [lowest, highest] = range( j );
      // Sums reachable with j too: s − v reachable for some v in [lowest, highest] (prefix sums of reach).
      std::vector<int64_t> prefix( reach.size() + 1, 0 );
      for ( std::size_t s = 0; s < reach.size(); ++s )
        prefix[s + 1] = prefix[s] + reach[s];
      std::vector<char> next( reach.size(), 0 );
      for ( int64_t s = 0; s <= sum; ++s )
      {
        const int64_t from = std::max<int64_t>( 0, s - highest ), until = s - lowest;
        if ( until >= from &&
             prefix[static_cast<std::size_t>( until ) + 1] - prefix[static_cast<std::size_t>( from )] > 0 )
          next[static_cast<std::size_t>( s )] = 1;
      }
      reach = std::move( next );
    }
    std::size_t values = 0;
    for ( int64_t v = 1; v < k && v <= sum; ++v )
      values += reach[static_cast<std::size_t>( sum - v )] ? 1 : 0;
    fewest = fewest == 0 ? values : std::min( fewest, values );
  }
  return fewest;
}

/**
 * Empty when the table keeps the public mode's promise, else what is wrong: every count below k hidden and
 * marked so, a complement only on a count of at least k, a shown count true; and nothing hidden, or two or
 * more hidden whose true values sum to at least k, none below k left with a single possible value (k = 2: the
 * mark alone tells), unless every non-zero count is hidden and the figure they add up to is hidden too.
 */
std::string tableLeak( const PublicTable &t, int64_t k )
{
  std::string why;
  const auto fail = [&]( const std::string &text ) { why += t.name + ": " + text + "\n"; };
  if ( t.truth.size() != t.shown.size() )
    return t.name + ": the tables differ in size\n";
  int hidden = 0;
  int64_t sum = 0, truthSum = 0;
  bool allNonZeroHidden = true;
  std::vector<bool> flags;
  for ( std::size_t i = 0; i < t.truth.size(); ++i )
  {
    const int64_t truth = t.truth[i];
    const ReportCount &shown = t.shown[i];
    const std::string row = "row " + std::to_string( i ) + " (" + std::to_string( truth ) + ")";
    truthSum += truth;
    flags.push_back( shown.suppressed );
    if ( shown.complementary && !shown.suppressed )
      fail( row + " is a complement but not suppressed" );
    if ( !shown.suppressed && shown.value != truth )
      fail( row + " shows " + std::to_string( shown.value ) );
    if ( shown.suppressed && shown.value != 0 )
      fail( row + " is hidden but has a value" );
    if ( shown.suppressed && truth == 0 )
      fail( row + " hides a 0" );
    if ( truth > 0 && truth < k && !( shown.suppressed && !shown.complementary ) )
      fail( row + " is below k and not hidden as such" );
    if ( shown.complementary && truth < k )
      fail( row + " is a complement below k" );
    if ( shown.suppressed )
    {
      ++hidden;
      sum += truth;
    }
    else if ( truth > 0 )
      allNonZeroHidden = false;
  }
  if ( truthSum > t.totalTruth )
    fail( "the rows add up to more than the total" );
  if ( hidden == 0 )
    return why;
  const bool summed = hidden >= 2 && sum >= k;
  const bool unpinned = k <= 2 || fewestPossibleValues( t.truth, flags, k ) != 1;
  if ( !( summed && unpinned ) )
  {
    if ( !allNonZeroHidden )
      fail( std::to_string( hidden ) + " hidden summing to " + std::to_string( sum ) +
            ( unpinned ? std::string() : ", one of them pinned" ) + ", and counts still shown" );
    else if ( !t.total.suppressed && t.totalTruth == truthSum )
      fail( "every count hidden, and the total " + std::to_string( t.totalTruth ) + " still gives one" );
  }
  return why;
}

//! The hour × weekday slots: the same promise on fractional values (a hidden slot below k may be anything in
//! ( 0, k ), a complement anything from k to the smallest shown), to within one event.
std::string slotLeak( const LagesbildReport &open, const LagesbildReport &pub, int64_t k )
{
  std::string why;
  double sum = 0, smallestShown = std::numeric_limits<double>::infinity();
  int hidden = 0;
  bool allHidden = true;
  for ( std::size_t i = 0; i < 168; ++i )
  {
    const double truth = open.hourWeekday.counts[i];
    const bool small = truth > 0 && truth < static_cast<double>( k );
    if ( small && !pub.hourWeekdaySuppressed[i] )
      why += "slot " + std::to_string( i ) + " below k shown\n";
    if ( pub.hourWeekdaySuppressed[i] )
    {
      if ( !( truth > 0 ) || pub.hourWeekday.counts[i] != 0 || pub.hourWeekday.weights[i] != 0 )
        why += "slot " + std::to_string( i ) + " hidden wrongly\n";
      ++hidden;
      sum += truth;
    }
    else
    {
      if ( pub.hourWeekday.counts[i] != truth || pub.hourWeekday.weights[i] != open.hourWeekday.weights[i] )
        why += "slot " + std::to_string( i ) + " shown wrongly\n";
      if ( truth > 0 )
      {
        allHidden = false;
        smallestShown = std::min( smallestShown, truth );
      }
    }
  }
  if ( hidden == 0 || allHidden )
    return why;
  if ( hidden < 2 || sum < static_cast<double>( k ) - 1e-9 )
    why += "slots: " + std::to_string( hidden ) + " hidden summing to " + std::to_string( sum ) + "\n";
  const double kk = static_cast<double>( k );
  for ( std::size_t i = 0; i < 168; ++i )
  {
    const double truth = open.hourWeekday.counts[i];
    if ( !pub.hourWeekdaySuppressed[i] || truth >= kk )
      continue;
    double othersLowest = 0, othersHighest = 0;
    for ( std::size_t j = 0; j < 168; ++j )
      if ( j != i && pub.hourWeekdaySuppressed[j] )
      {
        const double other = open.hourWeekday.counts[j];
        othersLowest += other < kk ? 0 : kk;
        othersHighest += other < kk ? kk : ( other <= smallestShown ? smallestShown : sum );
      }
    const double top = std::min( kk, sum - othersLowest ), bottom = std::max( 0.0, sum - othersHighest );
    if ( top - bottom < 1 - 1e-9 )
      why += "slot " + std::to_string( i ) + " known to lie in [" + std::to_string( bottom ) + ", " +
             std::to_string( top ) + "]\n";
  }
  return why;
}

//! The Monday of an ISO week "2026-W44" as YYYY-MM-DD, and the Sunday, by the C library's calendar.
std::pair<std::string, std::string> isoWeekDates( const std::string &label )
{
  const int year = number( label, 0, 4 ), week = number( label, 6, 2 );
  std::tm t{};
  t.tm_year = year - 1900;
  t.tm_mon = 0;
  t.tm_mday = 4; // 4 January is always in week 1
  t.tm_hour = 12;
  const time_t january4 = timegm( &t );
  const int weekday = ( t.tm_wday + 6 ) % 7; // 0 = Monday
  const time_t monday = january4 + ( static_cast<time_t>( week - 1 ) * 7 - weekday ) * 86400;
  const auto date = []( time_t at )
  {
    std::tm d{};
    gmtime_r( &at, &d );
    char buffer[16];
    std::strftime( buffer, sizeof buffer, "%Y-%m-%d", &d );
    return std::string( buffer );
  };
  return { date( monday ), date( monday + 6 * 86400 ) };
}

//! The report's events without an organisation as its limits publish them (the row after the organisations).
ReportCount withoutOrganisationShown( const LagesbildReport &report )
{
  ReportCount count;
  for ( const std::string &line : report.limits )
  {
    const auto at = line.find( " saknar uppgift om vilken organisation" );
    if ( at == std::string::npos )
      continue;
    if ( line.rfind( "Färre än", 0 ) == 0 )
      count.suppressed = true;
    else if ( line.rfind( "Ett dolt antal", 0 ) == 0 )
      count.suppressed = count.complementary = true;
    else
    {
      std::string digits;
      for ( char c : line.substr( 0, line.find( " händelse" ) ) )
        if ( c >= '0' && c <= '9' )
          digits += c;
      count.value = std::stoll( digits );
    }
  }
  return count;
}

/**
 * Every table of the public report whose rows add up to a published figure, for each period's column: the
 * categories within each group (against the group's row), the groups, the sources and the organisations with
 * the events of none (against the total), the weeks lying wholly within a compared period (against its total;
 * the last week ends with the report's period). The true values come from the report made for the group
 * itself, which has the same rows.
 */
std::vector<PublicTable> publicTables( const LagesbildReport &open, const LagesbildReport &pub )
{
  std::vector<PublicTable> tables;
  REQUIRE( open.groups.size() == pub.groups.size() );
  REQUIRE( open.categories.size() == pub.categories.size() );
  REQUIRE( open.sources.size() == pub.sources.size() );
  REQUIRE( open.organisations.size() == pub.organisations.size() );
  REQUIRE( open.weeks.size() == pub.weeks.size() );
  const std::pair<const char *, ReportCount CategoryRow::*> columns[] = {
    { "nu", &CategoryRow::now },
    { "föregående", &CategoryRow::previous },
    { "förra året", &CategoryRow::lastYear } };
  const std::pair<ReportCount, ReportCount> totals[] = { { open.total, pub.total },
                                                         { open.totalPrevious, pub.totalPrevious },
                                                         { open.totalLastYear, pub.totalLastYear } };
  for ( std::size_t c = 0; c < 3; ++c )
  {
    const auto column = columns[c].second;
    PublicTable groups{
      std::string( "grupper, " ) + columns[c].first, {}, {}, totals[c].first.value, totals[c].second };
    for ( std::size_t g = 0; g < open.groups.size(); ++g )
    {
      REQUIRE( open.groups[g].code == pub.groups[g].code );
      groups.truth.push_back( ( open.groups[g].*column ).value );
      groups.shown.push_back( pub.groups[g].*column );
      PublicTable within{ "kategorier i " + open.groups[g].code + ", " + columns[c].first,
                          {},
                          {},
                          ( open.groups[g].*column ).value,
                          pub.groups[g].*column };
      for ( std::size_t i = 0; i < open.categories.size(); ++i )
      {
        REQUIRE( open.categories[i].code == pub.categories[i].code );
        if ( open.categories[i].groupCode == open.groups[g].code )
        {
          within.truth.push_back( ( open.categories[i].*column ).value );
          within.shown.push_back( pub.categories[i].*column );
        }
      }
      tables.push_back( within );
    }
    tables.push_back( groups );
  }
  PublicTable sources{ "källor", {}, {}, open.total.value, pub.total };
  for ( std::size_t i = 0; i < open.sources.size(); ++i )
  {
    REQUIRE( open.sources[i].first == pub.sources[i].first );
    sources.truth.push_back( open.sources[i].second.value );
    sources.shown.push_back( pub.sources[i].second );
  }
  tables.push_back( sources );
  PublicTable organisations{ "organisationer", {}, {}, open.total.value, pub.total };
  int64_t withOrganisation = 0;
  for ( std::size_t i = 0; i < open.organisations.size(); ++i )
  {
    REQUIRE( open.organisations[i].name == pub.organisations[i].name );
    organisations.truth.push_back( open.organisations[i].events.value );
    organisations.shown.push_back( pub.organisations[i].events );
    withOrganisation += open.organisations[i].events.value;
  }
  organisations.truth.push_back( open.total.value - withOrganisation );
  organisations.shown.push_back( withoutOrganisationShown( pub ) );
  tables.push_back( organisations );
  for ( const auto &[name, period, total] :
        { std::make_tuple( "veckor i perioden", pub.period, std::make_pair( open.total, pub.total ) ),
          std::make_tuple( "veckor i föregående period", pub.previous,
                           std::make_pair( open.totalPrevious, pub.totalPrevious ) ),
          std::make_tuple( "veckor samma period förra året", pub.lastYear,
                           std::make_pair( open.totalLastYear, pub.totalLastYear ) ) } )
  {
    PublicTable weeks{ name, {}, {}, total.first.value, total.second };
    for ( std::size_t w = 0; w < open.weeks.size(); ++w )
    {
      REQUIRE( open.weeks[w].label == pub.weeks[w].label );
      const auto [monday, sunday] = isoWeekDates( open.weeks[w].label );
      const bool last = w + 1 == open.weeks.size() && period.fromDate == pub.period.fromDate;
      if ( monday >= period.fromDate && ( sunday <= period.untilDate || last ) )
      {
        weeks.truth.push_back( open.weeks[w].count.value );
        weeks.shown.push_back( pub.weeks[w].count );
      }
    }
    tables.push_back( weeks );
  }
  // The areas of each kind whose rows add up to the published total (areas that tile the municipality, as
  // the demo's districts do): against it. Other kinds' sums are published nowhere.
  REQUIRE( open.areas.size() == pub.areas.size() );
  std::map<std::string, std::vector<std::size_t>> kinds;
  for ( std::size_t i = 0; i < open.areas.size(); ++i )
  {
    REQUIRE( open.areas[i].label == pub.areas[i].label );
    kinds[open.areas[i].kind].push_back( i );
  }
  for ( const auto &[kind, rows] : kinds )
    for ( ReportCount AreaRow::*column : { &AreaRow::now, &AreaRow::previous } )
    {
      PublicTable table{ "områden " + kind, {}, {}, 0, ReportCount() };
      for ( std::size_t i : rows )
      {
        table.truth.push_back( ( open.areas[i].*column ).value );
        table.shown.push_back( pub.areas[i].*column );
        table.totalTruth += ( open.areas[i].*column ).value;
        // The density of a hidden count would give it back.
        if ( ( pub.areas[i].*column ).suppressed && column == &AreaRow::now )
          CHECK_FALSE( pub.areas[i].perSquareKm );
      }
      const ReportCount &published = column == &AreaRow::now ? pub.total : pub.totalPrevious;
      const int64_t whole = column == &AreaRow::now ? open.total.value : open.totalPrevious.value;
      if ( table.totalTruth != whole )
        continue;
      table.total = published;
      tables.push_back( table );
    }
  return tables;
}

//! Every table's leaks, with the slots'; empty when the public report keeps its promise.
std::string publicLeaks( const LagesbildReport &open, const LagesbildReport &pub )
{
  std::string why;
  for ( const PublicTable &table : publicTables( open, pub ) )
    why += tableLeak( table, pub.options.minCount );
  // What is published beside a hidden count must not tell it: its changes (which keep only the counts shown),
  // an organisation's weeks.
  for ( const auto *rows : { &pub.groups, &pub.categories } )
    for ( const CategoryRow &row : *rows )
      for ( const auto &[change, before] : { std::make_pair( &row.vsPrevious, &row.previous ),
                                             std::make_pair( &row.vsLastYear, &row.lastYear ) } )
        if ( ( row.now.suppressed || before->suppressed ) &&
             ( change->countNow != row.now.value || change->countBefore != before->value ||
               change->change != 0 || change->pValue != 1 || change->percentChange ||
               change->direction != ChangeDirection::Unchanged || change->significant ||
               change->significantFdr ) )
          why += row.code + ": a change beside a hidden count\n";
  // A hidden group whose categories are all shown would be their sum.
  for ( auto column : { &CategoryRow::now, &CategoryRow::previous, &CategoryRow::lastYear } )
    for ( const CategoryRow &group : pub.groups )
    {
      if ( !( group.*column ).suppressed )
        continue;
      bool anyHidden = false;
      for ( const CategoryRow &row : pub.categories )
        anyHidden = anyHidden || ( row.groupCode == group.code && ( row.*column ).suppressed );
      if ( !anyHidden )
        why += group.code + ": hidden, but its categories are all shown\n";
    }
  for ( const OrganisationRow &row : pub.organisations )
    if ( row.events.suppressed && row.weeksReported != 0 )
      why += row.name + ": weeks beside a hidden count\n";
  return why + slotLeak( open, pub, pub.options.minCount );
}

} // namespace

TEST_CASE( "a month's lägesbild of a hand-made project has the counts put in", "[lagesbild]" )
{
  TempDir dir;
  const std::vector<TestEvent> events = handMadeEvents();
  const std::string path = makeHandProject( dir, events );
  auto project = openProject( path );
  REQUIRE( setReportNote( *project, weekPeriod( 2026, 42 ), "En annan periods anteckning." ) );
  auto october = parseReportPeriod( "2026-10" );
  REQUIRE( october );
  REQUIRE( setReportNote( *project, october.value(), "Första stycket.\n\n  Andra stycket.  \n" ) );

  const LagesbildReport report = gather( *project, "2026-10", fixedOptions() );

  // The periods compared, and the data's identity.
  CHECK( report.period.code() == "2026-10" );
  CHECK( report.previous.code() == "2026-09" );
  CHECK( report.lastYear.code() == "2025-10" );
  CHECK( report.organisation == "Exempels kommun" );
  CHECK( report.extractedAtUtc == "2026-11-05T10:00:00Z" );
  CHECK( report.projectName == "handgjord" );
  CHECK_FALSE( report.syntheticData );
  CHECK( report.areaLabel.empty() );

  // What the events say, counted here from the list.
  const auto inNow = [&]( const TestEvent &e ) { return between( e.date, "2026-10-01", "2026-10-31" ); };
  const auto inPrevious = [&]( const TestEvent &e ) { return between( e.date, "2026-09-01", "2026-09-30" ); };
  const auto inLastYear = [&]( const TestEvent &e ) { return between( e.date, "2025-10-01", "2025-10-31" ); };
  std::map<std::string, Expect> perCategory;
  Expect total;
  for ( const TestEvent &e : events )
  {
    perCategory[e.category].now += inNow( e );
    perCategory[e.category].previous += inPrevious( e );
    perCategory[e.category].lastYear += inLastYear( e );
    total.now += inNow( e );
    total.previous += inPrevious( e );
    total.lastYear += inLastYear( e );
  }
  REQUIRE( total.now == 33 );
  CHECK( report.total.value == total.now );
  CHECK( report.totalPrevious.value == total.previous );
  CHECK( report.totalLastYear.value == total.lastYear );
  CHECK_FALSE( report.total.suppressed );
  CHECK( report.totalVsPrevious.countNow == total.now );
  CHECK( report.totalVsPrevious.countBefore == total.previous );
  CHECK( report.totalVsLastYear.countBefore == total.lastYear );

  // Categories with events in any of the three periods, in the project's order (by group).
  std::vector<std::string> codes;
  for ( const CategoryRow &row : report.categories )
    codes.push_back( row.code );
  CHECK( codes == std::vector<std::string>{ "klotter", "glaskross", "vald", "inbrott" } );
  for ( const CategoryRow &row : report.categories )
  {
    INFO( row.code );
    CHECK( row.now.value == perCategory[row.code].now );
    CHECK( row.previous.value == perCategory[row.code].previous );
    CHECK( row.lastYear.value == perCategory[row.code].lastYear );
    CHECK_FALSE( row.now.suppressed );
    CHECK( row.vsPrevious.countNow == perCategory[row.code].now );
    CHECK( row.vsPrevious.countBefore == perCategory[row.code].previous );
  }
  const CategoryRow &klotter = report.categories[0];
  CHECK( klotter.label == "Klotter" );
  CHECK( klotter.groupCode == "skadegorelse" );
  CHECK( klotter.color == "#8e44ad" );

  // The exact Poisson test on the months' lengths (October has an hour more, its summer time ending), and
  // Benjamini–Hochberg over the rows that have something to test.
  const double octoberSeconds =
    static_cast<double>( stockholmToUtc( 2026, 11, 1, 0, 0, 0 ) - stockholmToUtc( 2026, 10, 1, 0, 0, 0 ) );
  const double septemberSeconds =
    static_cast<double>( stockholmToUtc( 2026, 10, 1, 0, 0, 0 ) - stockholmToUtc( 2026, 9, 1, 0, 0, 0 ) );
  const double lastOctoberSeconds =
    static_cast<double>( stockholmToUtc( 2025, 11, 1, 0, 0, 0 ) - stockholmToUtc( 2025, 10, 1, 0, 0, 0 ) );
  for ( bool lastYear : { false, true } )
  {
    std::vector<double> pValues;
    std::vector<const CategoryRow *> tested;
    for ( const CategoryRow &row : report.categories )
    {
      const int64_t before = lastYear ? perCategory[row.code].lastYear : perCategory[row.code].previous;
      const CountChange &change = lastYear ? row.vsLastYear : row.vsPrevious;
      auto p = poissonRateTestPValue( perCategory[row.code].now, octoberSeconds, before,
                                      lastYear ? lastOctoberSeconds : septemberSeconds );
      REQUIRE( p );
      CHECK( change.pValue == Approx( p.value() ).epsilon( 1e-9 ) );
      if ( perCategory[row.code].now + before > 0 )
      {
        pValues.push_back( p.value() );
        tested.push_back( &row );
      }
      else
        CHECK_FALSE( change.significantFdr );
    }
    const std::vector<bool> pass = benjaminiHochberg( pValues, 0.05 );
    for ( std::size_t i = 0; i < tested.size(); ++i )
      CHECK( ( lastYear ? tested[i]->vsLastYear : tested[i]->vsPrevious ).significantFdr == pass[i] );
  }
  // The increase in klotter from 8 to 30 is significant; glaskross 4 → 3 is not.
  CHECK( klotter.vsPrevious.direction == ChangeDirection::Increase );
  CHECK( klotter.vsPrevious.significantFdr );
  CHECK_FALSE( report.categories[1].vsPrevious.significant );
  CHECK( hasHighlight( report, "Klotter ökade från 8 till 30 jämfört med föregående period." ) );
  CHECK( hasHighlight( report, "Antalet händelser ökade från 14 till 33 jämfört med föregående period." ) );
  CHECK_FALSE( anyContains(
    [&]
    {
      std::vector<std::string> texts;
      for ( const Highlight &h : report.highlights )
        texts.push_back( h.text );
      return texts;
    }(),
    "Glaskross" ) );
  const std::regex pText( R"(p (=|<) 0,\d+ \(exakt Poisson-test\), signifikant .*)" );
  for ( const Highlight &h : report.highlights )
  {
    INFO( h.text << " / " << h.test );
    CHECK_FALSE( h.text.empty() );
    CHECK_FALSE( h.test.empty() );
    if ( h.test.rfind( "p ", 0 ) == 0 )
      CHECK( std::regex_match( h.test, pText ) );
  }
  for ( const Highlight &h : report.highlights )
    if ( h.text == "Klotter ökade från 8 till 30 jämfört med föregående period." )
      CHECK( h.test.find( "efter FDR-korrektion (5 %)" ) != std::string::npos );

  // Groups: every group with a category in the report, in the project's order; their counts the sums.
  REQUIRE( report.groups.size() == 11 ); // the 10 EST groups and the police event types (migration 6)
  CHECK( report.groups.back().code == "polis" );
  CHECK( report.groups[0].code == "skadegorelse" );
  CHECK( report.groups[0].label == "Skadegörelse" );
  CHECK( report.groups[0].color == "#8e44ad" );
  CHECK( report.groups[0].groupCode.empty() );
  CHECK( report.groups[0].now.value == perCategory["klotter"].now + perCategory["glaskross"].now );
  CHECK( report.groups[0].previous.value ==
         perCategory["klotter"].previous + perCategory["glaskross"].previous );
  int64_t groupSum = 0;
  for ( const CategoryRow &group : report.groups )
    groupSum += group.now.value;
  CHECK( groupSum == total.now );

  // Hour × weekday, aoristic: an instant in its hour, the interval spread evenly over its eight hours.
  std::array<double, 168> slots{};
  for ( const TestEvent &e : events )
    if ( inNow( e ) )
    {
      const int weekday = weekdayOf( e.date );
      if ( e.spanHours == 0 )
        slots[HourWeekdayMatrix::slot( weekday, e.hour )] += 1;
      else
        for ( int h = e.hour; h < e.hour + e.spanHours; ++h )
          slots[HourWeekdayMatrix::slot( weekday, h )] += 1.0 / e.spanHours;
    }
  for ( std::size_t i = 0; i < 168; ++i )
  {
    INFO( "slot " << i );
    CHECK( report.hourWeekday.counts[i] == Approx( slots[i] ).margin( 1e-9 ) );
    CHECK_FALSE( report.hourWeekdaySuppressed[i] );
  }
  CHECK( report.hourWeekday.eventCount == 33 );
  CHECK( report.hourWeekday.spreadEventCount == 1 );

  // Twelve weeks ending with week 44 (the one holding 31 October), whole weeks but the period's end.
  std::map<std::string, int64_t> perWeek;
  for ( const TestEvent &e : events )
    if ( between( e.date, "2026-08-10", "2026-10-31" ) )
      ++perWeek[isoWeekOf( e.date )];
  REQUIRE( report.weeks.size() == 12 );
  for ( int w = 0; w < 12; ++w )
  {
    char label[48];
    std::snprintf( label, sizeof label, "2026-W%02d", 33 + w );
    INFO( label );
    CHECK( report.weeks[static_cast<std::size_t>( w )].label == label );
    CHECK( report.weeks[static_cast<std::size_t>( w )].count.value == perWeek[label] );
    CHECK( report.weeks[static_cast<std::size_t>( w )].inPeriod == ( 33 + w >= 40 ) );
  }

  // Areas, ranked; the empty EST area listed last.
  std::map<std::string, Expect> perArea;
  int64_t outside = 0;
  for ( const TestEvent &e : events )
  {
    bool inside = false;
    for ( const Square &square : kAreas )
      if ( square.contains( e.x, e.y ) )
      {
        perArea[square.label()].now += inNow( e );
        perArea[square.label()].previous += inPrevious( e );
        inside = true;
      }
    outside += !inside && inNow( e );
  }
  REQUIRE( report.areas.size() == 3 );
  CHECK( report.areas[0].label == "Centrum (EST1)" );
  CHECK( report.areas[1].label == "Norr (EST2)" );
  CHECK( report.areas[2].label == "Tomt" );
  for ( const AreaRow &row : report.areas )
  {
    INFO( row.label );
    CHECK( row.kind == "est_area" );
    CHECK( row.now.value == perArea[row.label].now );
    CHECK( row.previous.value == perArea[row.label].previous );
    CHECK( row.vsPrevious.countNow == perArea[row.label].now );
  }
  REQUIRE( report.areas[0].perSquareKm );
  CHECK( *report.areas[0].perSquareKm ==
         Approx( static_cast<double>( perArea["Centrum (EST1)"].now ) / 1.0 ) );
  CHECK( *report.areas[2].perSquareKm == 0 );
  CHECK( report.eventsOutsideAreas == outside );
  CHECK( outside == 2 );
  CHECK( hasHighlight(
    report, "Flest händelser var i Centrum (EST1): " + std::to_string( perArea["Centrum (EST1)"].now ) +
              " av 33 (" + std::to_string( std::lround( 100.0 * perArea["Centrum (EST1)"].now / 33 ) ) +
              " %)." ) );

  // Organisations: the weeks each reported in (of the five ISO weeks 40–44 that overlap October), and its
  // latest event up to the period's end.
  REQUIRE( report.organisations.size() == 4 );
  std::vector<std::string> names;
  for ( const OrganisationRow &row : report.organisations )
    names.push_back( row.name );
  CHECK( names == std::vector<std::string>{ "Bostadsbolaget", "Gatuenheten", "Polisen", "Skolan" } );
  for ( const OrganisationRow &row : report.organisations )
  {
    INFO( row.name );
    int64_t count = 0;
    std::set<std::string> weeks;
    std::string last;
    for ( const TestEvent &e : events )
    {
      if ( e.organisation != row.name )
        continue;
      if ( inNow( e ) )
      {
        ++count;
        weeks.insert( isoWeekOf( e.date ) );
      }
      if ( e.date <= "2026-10-31" )
        last = std::max( last, e.date );
    }
    CHECK( row.events.value == count );
    CHECK( row.weeksReported == static_cast<int>( weeks.size() ) );
    CHECK( row.weeksInPeriod == 5 );
    CHECK( row.lastReportDate == last );
  }
  CHECK( report.organisations[0].weeksReported == 3 );
  CHECK( report.organisations[3].weeksReported == 5 );
  CHECK( report.organisations[3].lastReportDate == "2026-10-28" ); // not its event of 2 November
  CHECK( report.organisations[1].lastReportDate.empty() );

  // Sources.
  REQUIRE( report.sources.size() == 2 );
  CHECK( report.sources[0].first == "est" );
  CHECK( report.sources[0].second.value == 32 );
  CHECK( report.sources[1].first == "manual" );
  CHECK( report.sources[1].second.value == 1 );

  // Walks in the period, cancelled ones left out, with what they found.
  REQUIRE( report.walks.size() == 2 );
  const WalkRow &walk = report.walks[0];
  CHECK( walk.name == "Kvällsvandring Centrum" );
  CHECK( walk.date == "2026-10-14" );
  CHECK( walk.area == "Centrum (EST1)" );
  CHECK( walk.lightCondition == "mörker" );
  CHECK( walk.status == "genomförd" );
  CHECK( walk.observations == 5 );
  CHECK( walk.unsafe == 4 );
  CHECK( walk.positive == 1 );
  CHECK( walk.topThemes == std::vector<std::string>{ "belysning (3)", "sikt och vegetation (1)" } );
  CHECK( report.walks[1].name == "Planerad vandring" );
  CHECK( report.walks[1].status == "planerad" );
  CHECK( report.walks[1].area.empty() );
  CHECK( report.walks[1].lightCondition.empty() );
  CHECK( report.observations == 5 );

  // Notes of this period only, one paragraph a line.
  CHECK( report.notes == std::vector<std::string>{ "Första stycket.", "Andra stycket." } );

  // Actions by status, and those overdue at the period's end.
  const std::vector<std::pair<std::string, int>> statuses = {
    { "Föreslagen", 2 }, { "Beslutad", 0 }, { "Pågår", 1 }, { "Klar", 1 }, { "Avslagen", 1 } };
  CHECK( report.actionsByStatus == statuses );
  REQUIRE( report.overdueActions.size() == 2 );
  CHECK( report.overdueActions[0].title == "Byt armaturer i gångtunneln" );
  CHECK( report.overdueActions[0].responsible == "Gatuenheten" );
  CHECK( report.overdueActions[0].status == "Föreslagen" );
  CHECK( report.overdueActions[0].deadline == "2026-10-15" );
  CHECK( report.overdueActions[1].title == "Klottersanering" );
  CHECK( report.overdueActions[1].status == "Pågår" );

  // Hot spots (33 events ≥ 30) and the one tight cluster of 25 in Centrum.
  REQUIRE( report.hotSpots );
  CHECK( report.hotSpots->cellMeters == 200 );
  CHECK( report.hotSpots->fdr );
  CHECK( report.hotSpots->parametersText.find( "33 händelser" ) != std::string::npos );
  if ( report.hotSpots->hot99 + report.hotSpots->hot95 > 0 )
  {
    REQUIRE_FALSE( report.hotSpots->hotAreas.empty() );
    CHECK( report.hotSpots->hotAreas.front() == "Centrum (EST1)" );
  }
  REQUIRE( report.clusters );
  CHECK( report.clusters->clusters == 1 );
  CHECK( report.clusters->clusteredEvents == 25 );
  CHECK( report.clusters->largestSizes == std::vector<int64_t>{ 25 } );

  // The limits in plain words.
  INFO(
    [&]
    {
      std::string all;
      for ( const std::string &line : report.limits )
        all += line + "\n";
      return all;
    }() );
  CHECK( anyContains( report.limits,
                      "Händelser rapporterades av 2 av 4 organisationer: Bostadsbolaget och Skolan." ) );
  CHECK( anyContains( report.limits, "Inga händelser under perioden från Gatuenheten och Polisen" ) );
  CHECK( anyContains( report.limits, "Rapporterade inte varje vecka: Bostadsbolaget (3 av 5 veckor)." ) );
  CHECK( anyContains( report.limits, "1 händelse saknar uppgift om vilken organisation" ) );
  CHECK( anyContains( report.limits, "2 händelser ligger utanför alla områden" ) );
  CHECK( anyContains( report.limits, "kan slå fel på korta avstånd" ) );
  CHECK_FALSE( anyContains( report.limits, "som plats" ) ); // every place is a point
  CHECK( anyContains(
    report.limits, "Underlaget kommer från EST-rapporter och manuellt registrerade händelser. Inga händelser "
                   "från polisen och trygghetsvandringar ingår." ) );
  CHECK( anyContains( report.limits, "1 händelse är känd bara som ett tidsintervall" ) );
  CHECK_FALSE( anyContains( report.limits, "Publiceringsläge" ) );
}

TEST_CASE( "the public lägesbild suppresses small counts and every free text", "[lagesbild]" )
{
  TempDir dir;
  const std::vector<TestEvent> events = handMadeEvents();
  auto project = openProject( makeHandProject( dir, events ) );
  auto october = parseReportPeriod( "2026-10" );
  REQUIRE( october );
  REQUIRE( setReportNote( *project, october.value(), "Intern anteckning med namn." ) );

  const LagesbildReport open = gather( *project, "2026-10", fixedOptions() );
  ReportOptions options = fixedOptions();
  options.publicMode = true;
  options.minCount = 5;
  const LagesbildReport report = gather( *project, "2026-10", options );

  // No published count in 1 … k − 1; a suppressed count is 0.
  int suppressed = 0;
  for ( const ReportCount &count : allCounts( report ) )
  {
    CHECK_FALSE( ( count.value > 0 && count.value < 5 ) );
    if ( count.suppressed )
    {
      CHECK( count.value == 0 );
      ++suppressed;
    }
  }
  // The small ones, and complements of at least k: compare with the report made for the group itself.
  const std::vector<ReportCount> openCounts = allCounts( open ), publicCounts = allCounts( report );
  REQUIRE( openCounts.size() == publicCounts.size() );
  int small = 0, complementary = 0;
  for ( std::size_t i = 0; i < openCounts.size(); ++i )
  {
    const bool below = openCounts[i].value > 0 && openCounts[i].value < 5;
    INFO( "count " << i << " = " << openCounts[i].value );
    if ( below )
      CHECK( ( publicCounts[i].suppressed && !publicCounts[i].complementary ) );
    else if ( publicCounts[i].suppressed )
    {
      CHECK( publicCounts[i].complementary );
      CHECK( openCounts[i].value >= 5 );
    }
    else
      CHECK( publicCounts[i].value == openCounts[i].value );
    small += below;
    complementary += publicCounts[i].complementary;
  }
  CHECK( suppressed == small + complementary );
  CHECK( small > 5 );
  CHECK( complementary > 0 );
  CHECK( anyContains( report.limits, std::to_string( suppressed ) + " antal är dolda (varav " +
                                       std::to_string( complementary ) +
                                       " med minst 5, dolda så att mindre " +
                                       "antal inte kan räknas fram ur summorna)" ) );
  // Every table whose rows add up to a published figure keeps the guarantee.
  {
    const std::string leaks = publicLeaks( open, report );
    INFO( leaks );
    CHECK( leaks.empty() );
  }

  // Glaskross 3 now, 4 before, 2 last year: all hidden, and its test tells nothing of them.
  const CategoryRow &glaskross = report.categories[1];
  REQUIRE( glaskross.code == "glaskross" );
  CHECK( glaskross.now.suppressed );
  CHECK( glaskross.previous.suppressed );
  CHECK( glaskross.lastYear.suppressed );
  CHECK( glaskross.vsPrevious.countNow == 0 );
  CHECK( glaskross.vsPrevious.countBefore == 0 );
  CHECK( glaskross.vsPrevious.pValue == 1 );
  CHECK_FALSE( glaskross.vsPrevious.percentChange );
  CHECK_FALSE( glaskross.vsPrevious.significantFdr );
  // Klotter's 30 and 8 are at least k, but beside glaskross' hidden 3 and 4 the group's rows (33 and 12)
  // would give them back: hidden as complements, and so is klotter's change.
  const CategoryRow &klotter = report.categories[0];
  REQUIRE( klotter.code == "klotter" );
  CHECK( open.categories[0].now.value == 30 );
  CHECK( ( klotter.now.suppressed && klotter.now.complementary && klotter.now.value == 0 ) );
  CHECK( ( klotter.previous.suppressed && klotter.previous.complementary ) );
  CHECK( open.categories[0].vsPrevious.significantFdr );
  CHECK_FALSE( klotter.vsPrevious.significantFdr );
  CHECK_FALSE( klotter.vsPrevious.percentChange );
  CHECK( klotter.vsPrevious.countNow == 0 );
  CHECK_FALSE( hasHighlight( report, "Klotter ökade från 8 till 30 jämfört med föregående period." ) );
  CHECK( hasHighlight( open, "Klotter ökade från 8 till 30 jämfört med föregående period." ) );
  // Highlights only from rows whose counts are all shown.
  for ( const Highlight &h : report.highlights )
  {
    INFO( h.text );
    for ( const CategoryRow &row : report.categories )
      if ( row.now.suppressed || row.previous.suppressed )
        CHECK( h.text.find( row.label + " " ) != 0 );
  }

  // Hour × weekday: slots below k (and any complements) are zeroed and marked, the others kept.
  for ( std::size_t i = 0; i < 168; ++i )
  {
    const double value = open.hourWeekday.counts[i];
    const bool hidden = report.hourWeekdaySuppressed[i];
    INFO( "slot " << i << " = " << value );
    if ( value > 0 && value < 5 )
      CHECK( hidden );
    if ( hidden )
      CHECK( value > 0 );
    CHECK( report.hourWeekday.counts[i] == ( hidden ? 0 : value ) );
    CHECK( report.hourWeekday.weights[i] == ( hidden ? 0 : open.hourWeekday.weights[i] ) );
  }

  // No free text: walk names, action titles, notes. Places, dates and statuses stay.
  REQUIRE( report.walks.size() == 2 );
  for ( const WalkRow &walk : report.walks )
    CHECK( walk.name.empty() );
  CHECK( report.walks[0].area == "Centrum (EST1)" );
  REQUIRE( report.overdueActions.size() == 2 );
  for ( const ActionRow &action : report.overdueActions )
  {
    CHECK( action.title.empty() );
    CHECK_FALSE( action.deadline.empty() );
  }
  CHECK( report.notes.empty() );
  CHECK( open.notes == std::vector<std::string>{ "Intern anteckning med namn." } );

  // Areas: Norr had 4 the month before; the two events outside every area are fewer than k.
  REQUIRE( report.areas.size() == 3 );
  CHECK( report.areas[1].previous.suppressed );
  CHECK( report.eventsOutsideAreas == 0 );
  CHECK( open.eventsOutsideAreas == 2 );
  CHECK( anyContains( report.limits, "Färre än 5 händelser ligger utanför alla områden" ) );
  CHECK( anyContains( report.limits, "Färre än 5 händelser saknar uppgift" ) );
  for ( const AreaRow &row : report.areas )
    if ( row.now.suppressed )
      CHECK_FALSE( row.perSquareKm );

  // Clusters: only sizes of at least k.
  REQUIRE( report.clusters );
  for ( int64_t size : report.clusters->largestSizes )
    CHECK( size >= 5 );
  CHECK( report.clusters->minPoints >= 5 );

  // A larger k hides more, and k below 2 counts as 2.
  options.minCount = 20;
  const LagesbildReport strict = gather( *project, "2026-10", options );
  CHECK( strict.categories[0].previous.suppressed ); // 8 < 20
  CHECK_FALSE( strict.categories[0].previous.complementary );
  CHECK( strict.categories[0].now.complementary ); // 30 ≥ 20, but beside glaskross' 3
  CHECK_FALSE( hasHighlight( strict, "Klotter ökade från 8 till 30 jämfört med föregående period." ) );
  {
    const std::string leaks = publicLeaks( open, strict );
    INFO( leaks );
    CHECK( leaks.empty() );
  }
  options.minCount = 0;
  const LagesbildReport lowest = gather( *project, "2026-10", options );
  CHECK( lowest.options.minCount == 2 );
  CHECK( lowest.eventsOutsideAreas == 2 );
  for ( const ReportCount &count : allCounts( lowest ) )
    CHECK( count.value != 1 );
  {
    const std::string leaks = publicLeaks( open, lowest );
    INFO( leaks );
    CHECK( leaks.empty() );
  }
}

TEST_CASE( "the public lägesbild hides complements so that no count below k can be worked out from a sum",
           "[lagesbild]" )
{
  TempDir dir;
  std::vector<TestEvent> events = handMadeEvents();
  // October 2026, besides klotter 30 and glaskross 3 in skadegörelse: in ordningsstörning two small
  // categories summing to less than k (bråk 2, våld 1) beside buskörning 12; in narkotika a 5 beside a 1, a
  // group row of 6 that gives the 1 back whatever of the two is hidden. The police reports the narkotika.
  const auto add = [&]( const std::string &date, const std::string &category, const std::string &organisation,
                        const std::string &source, int n )
  {
    for ( int i = 0; i < n; ++i )
    {
      TestEvent e;
      e.date = date;
      e.hour = 9 + i % 12;
      e.category = category;
      e.organisation = organisation;
      e.source = source;
      e.x = 450050.5 + 97 * static_cast<double>( events.size() % 9 );
      e.y = 6581050.5 + 89 * static_cast<double>( events.size() % 7 );
      events.push_back( e );
    }
  };
  add( "2026-10-06", "brak_hot", "Skolan", "est", 2 );
  add( "2026-10-13", "vald", "Skolan", "est", 1 );
  add( "2026-10-20", "buskorning", "Skolan", "est", 12 );
  add( "2026-10-08", "narkotika", "Polisen", "police", 5 );
  add( "2026-10-15", "sprutfynd", "Polisen", "police", 1 );
  auto project = openProject( makeHandProject( dir, events ) );
  const LagesbildReport open = gather( *project, "2026-10", fixedOptions() );
  ReportOptions options = fixedOptions();
  options.publicMode = true;
  options.minCount = 5;
  const LagesbildReport report = gather( *project, "2026-10", options );

  const auto row = []( const std::vector<CategoryRow> &rows, const std::string &code ) -> const CategoryRow &
  {
    const auto found =
      std::find_if( rows.begin(), rows.end(), [&]( const CategoryRow &r ) { return r.code == code; } );
    REQUIRE( found != rows.end() );
    return *found;
  };
  // The counts put in, as the report for the group itself has them.
  int64_t total = 0;
  for ( const TestEvent &e : events )
    total += between( e.date, "2026-10-01", "2026-10-31" );
  REQUIRE( open.total.value == total );
  REQUIRE( total == 54 );
  CHECK( row( open.categories, "brak_hot" ).now.value == 2 );
  CHECK( row( open.categories, "vald" ).now.value == 1 );
  CHECK( row( open.categories, "buskorning" ).now.value == 12 );
  CHECK( row( open.categories, "narkotika" ).now.value == 5 );
  CHECK( row( open.categories, "sprutfynd" ).now.value == 1 );
  CHECK( row( open.groups, "ordningsstorning" ).now.value == 15 );
  CHECK( row( open.groups, "narkotika" ).now.value == 6 );
  CHECK( row( open.groups, "skadegorelse" ).now.value == 33 );

  const auto small = []( const ReportCount &c ) { return c.suppressed && !c.complementary && c.value == 0; };
  const auto complement = []( const ReportCount &c )
  { return c.suppressed && c.complementary && c.value == 0; };
  // Below k: hidden as such.
  for ( const char *code : { "glaskross", "brak_hot", "vald", "sprutfynd" } )
  {
    INFO( code );
    CHECK( small( row( report.categories, code ).now ) );
  }
  // One small category beside klotter: klotter's 30 is hidden too, or 33 − 30 gives glaskross' 3.
  CHECK( complement( row( report.categories, "klotter" ).now ) );
  // Two small ones summing to 3 < k beside buskörning: 15 − 12 would tell both are tiny; buskörning goes.
  CHECK( complement( row( report.categories, "buskorning" ).now ) );
  // The 1 beside the 5 in a group of 6: even with both hidden, the 5 marked as at least k leaves the 1 as 1;
  // so the group's row goes too, and then, in the groups, the next smallest group (ordningsstörning, 15)
  // beside it. Skadegörelse's 33 and the total stay.
  CHECK( complement( row( report.categories, "narkotika" ).now ) );
  CHECK( complement( row( report.groups, "narkotika" ).now ) );
  CHECK( complement( row( report.groups, "ordningsstorning" ).now ) );
  CHECK( row( report.groups, "skadegorelse" ).now.value == 33 );
  CHECK( report.total.value == 54 );
  // Sources: manual 1 below k, the police's 6 its complement, EST's 47 shown.
  REQUIRE( report.sources.size() == 3 );
  CHECK( report.sources[0].first == "est" );
  CHECK( report.sources[0].second.value == 47 );
  CHECK( report.sources[1].first == "police" );
  CHECK( complement( report.sources[1].second ) );
  CHECK( report.sources[2].first == "manual" );
  CHECK( small( report.sources[2].second ) );
  // Organisations: the one event of none is below k, the police's 6 its complement (and its weeks not shown).
  REQUIRE( report.organisations.size() == 4 );
  CHECK( report.organisations[2].name == "Polisen" );
  CHECK( complement( report.organisations[2].events ) );
  CHECK( report.organisations[2].weeksReported == 0 );
  CHECK( open.organisations[2].weeksReported == 2 );
  CHECK( report.organisations[3].events.value == 28 );
  CHECK( anyContains( report.limits, "Färre än 5 händelser saknar uppgift" ) );
  // A complement's change is not published, and no highlight is made of it.
  const CategoryRow &klotter = row( report.categories, "klotter" );
  CHECK( klotter.vsPrevious.pValue == 1 );
  CHECK_FALSE( klotter.vsPrevious.significantFdr );
  CHECK_FALSE( klotter.vsLastYear.percentChange );
  CHECK( hasHighlight( open, "Klotter ökade från 8 till 30 jämfört med föregående period." ) );
  for ( const Highlight &h : report.highlights )
  {
    INFO( h.text );
    for ( const auto *rows : { &report.categories, &report.groups } )
      for ( const CategoryRow &r : *rows )
        if ( r.now.suppressed || r.previous.suppressed || r.lastYear.suppressed )
          CHECK( h.text.find( r.label + " " ) != 0 );
  }
  CHECK(
    anyContains( report.limits, "med minst 5, dolda så att mindre antal inte kan räknas fram ur summorna" ) );

  // Every table, every column: the guarantee, with the true values of the hidden counts from the report made
  // for the group itself.
  {
    const std::string leaks = publicLeaks( open, report );
    INFO( leaks );
    CHECK( leaks.empty() );
  }
  // A larger k hides more, and still keeps it.
  options.minCount = 13;
  {
    const LagesbildReport strict = gather( *project, "2026-10", options );
    const std::string leaks = publicLeaks( open, strict );
    INFO( leaks );
    CHECK( leaks.empty() );
  }

  // The check above catches what the former rule published: klotter's 30 beside glaskross' hidden 3 alone;
  // bråk's 2 and våld's 1 hidden beside buskörning's 12 shown; the 1 and the 5 hidden in a group row of 6
  // shown.
  const auto shown = []( int64_t value )
  {
    ReportCount c;
    c.value = value;
    return c;
  };
  ReportCount hidden;
  hidden.suppressed = true;
  ReportCount hiddenToo = hidden;
  hiddenToo.complementary = true;
  CHECK_FALSE(
    tableLeak( { "skadegörelse", { 30, 3 }, { shown( 30 ), hidden }, 33, shown( 33 ) }, 5 ).empty() );
  CHECK_FALSE(
    tableLeak(
      { "ordningsstörning", { 2, 1, 12, 0 }, { hidden, hidden, shown( 12 ), shown( 0 ) }, 15, shown( 15 ) },
      5 )
      .empty() );
  CHECK_FALSE( tableLeak( { "narkotika", { 5, 1 }, { hiddenToo, hidden }, 6, shown( 6 ) }, 5 ).empty() );
  CHECK( tableLeak( { "narkotika", { 5, 1 }, { hiddenToo, hidden }, 6, hiddenToo }, 5 ).empty() );
  CHECK( tableLeak( { "skadegörelse", { 30, 3 }, { hiddenToo, hidden }, 33, shown( 33 ) }, 5 ).empty() );
}

TEST_CASE( "the public lägesbild hides a complement among the hour × weekday slots", "[lagesbild]" )
{
  // October 2026: 20 events on Tuesday 6th at 10, 6 on Wednesday 7th at 10, one on Thursday 8th at 3, and one
  // known only as 10–13 on Friday 9th (a third in each hour). The slots below k hold 2 events together, so
  // the total less the 20 and the 6 would tell them: the 6 is hidden too.
  TempDir dir;
  std::vector<TestEvent> events;
  const auto add = [&]( const std::string &date, int hour, int n, int span = 0 )
  {
    for ( int i = 0; i < n; ++i )
    {
      TestEvent e;
      e.date = date;
      e.hour = hour;
      e.spanHours = span;
      e.category = "klotter";
      e.organisation = "Skolan";
      e.x = centrumPlace( static_cast<int>( events.size() ) ).first;
      e.y = centrumPlace( static_cast<int>( events.size() ) ).second;
      events.push_back( e );
    }
  };
  add( "2026-10-06", 10, 20 );
  add( "2026-10-07", 10, 6 );
  add( "2026-10-08", 3, 1 );
  add( "2026-10-09", 10, 1, 3 );
  auto project = openProject( makeHandProject( dir, events ) );
  const LagesbildReport open = gather( *project, "2026-10", fixedOptions() );
  ReportOptions options = fixedOptions();
  options.publicMode = true;
  const LagesbildReport report = gather( *project, "2026-10", options );
  const std::size_t tuesday = HourWeekdayMatrix::slot( 2, 10 ), wednesday = HourWeekdayMatrix::slot( 3, 10 );
  REQUIRE( open.hourWeekday.counts[tuesday] == 20 );
  REQUIRE( open.hourWeekday.counts[wednesday] == 6 );
  CHECK_FALSE( report.hourWeekdaySuppressed[tuesday] );
  CHECK( report.hourWeekday.counts[tuesday] == 20 );
  CHECK( report.hourWeekdaySuppressed[wednesday] );
  CHECK( report.hourWeekday.counts[wednesday] == 0 );
  CHECK( report.hourWeekdaySuppressed[HourWeekdayMatrix::slot( 4, 3 )] );
  for ( int hour = 10; hour < 13; ++hour )
    CHECK( report.hourWeekdaySuppressed[HourWeekdayMatrix::slot( 5, hour )] );
  CHECK( anyContains( report.limits, "liksom 5 av veckans timmar" ) );
  const std::string leaks = publicLeaks( open, report );
  INFO( leaks );
  CHECK( leaks.empty() );
}

TEST_CASE( "the public lägesbild hides a category of a group hidden as a complement", "[lagesbild]" )
{
  // October 2026: klotter 20; samling 2, the only one of its group; in brott stöld 6 and cykelstöld 7. The
  // groups' 20, 2 and 13: samling's 2 is hidden and brott's 13 beside it, but brott's categories, both
  // shown, would add up to it: one of them is hidden, and then the other beside it.
  TempDir dir;
  std::vector<TestEvent> events;
  const auto add = [&]( const std::string &category, int n )
  {
    for ( int i = 0; i < n; ++i )
    {
      TestEvent e;
      e.date = "2026-10-06";
      e.hour = 10;
      e.category = category;
      e.organisation = "Skolan";
      e.x = centrumPlace( static_cast<int>( events.size() ) ).first;
      e.y = centrumPlace( static_cast<int>( events.size() ) ).second;
      events.push_back( e );
    }
  };
  add( "klotter", 20 );
  add( "samling", 2 );
  add( "stold", 6 );
  add( "cykelstold", 7 );
  auto project = openProject( makeHandProject( dir, events ) );
  const LagesbildReport open = gather( *project, "2026-10", fixedOptions() );
  ReportOptions options = fixedOptions();
  options.publicMode = true;
  const LagesbildReport report = gather( *project, "2026-10", options );
  const auto now = []( const std::vector<CategoryRow> &rows, const std::string &code )
  {
    const auto found =
      std::find_if( rows.begin(), rows.end(), [&]( const CategoryRow &r ) { return r.code == code; } );
    REQUIRE( found != rows.end() );
    return found->now;
  };
  REQUIRE( now( open.groups, "brott" ).value == 13 );
  CHECK( now( report.groups, "samling" ).suppressed );
  CHECK_FALSE( now( report.groups, "samling" ).complementary );
  CHECK( now( report.groups, "brott" ).complementary );
  CHECK( now( report.categories, "stold" ).complementary );
  CHECK( now( report.categories, "cykelstold" ).complementary );
  CHECK( now( report.groups, "skadegorelse" ).value == 20 );
  CHECK( now( report.categories, "klotter" ).value == 20 );
  CHECK( report.total.value == 35 );
  const std::string leaks = publicLeaks( open, report );
  INFO( leaks );
  CHECK( leaks.empty() );
}

TEST_CASE( "the demo municipality's public lägesbild keeps the guarantee in every table", "[lagesbild]" )
{
  TempDir dir;
  const std::string path = dir.file( "exempelkommun.gpkg" );
  DemoOptions demo;
  demo.seed = 7;
  demo.untilDate = "2026-11-22";
  demo.years = 2;
  auto made = createDemoProject( path, demo );
  REQUIRE( made );
  auto project = openProject( path );
  int hidden = 0, complementary = 0, hiddenSlots = 0;
  for ( const auto &[code, k] :
        { std::make_pair( std::string( "2026-10" ), 5 ), std::make_pair( std::string( "2026-10" ), 10 ),
          std::make_pair( std::string( "2026-W47" ), 5 ) } )
  {
    INFO( code << ", k = " << k );
    const LagesbildReport open = gather( *project, code, fixedOptions() );
    ReportOptions options = fixedOptions();
    options.publicMode = true;
    options.minCount = k;
    const LagesbildReport report = gather( *project, code, options );
    const std::string leaks = publicLeaks( open, report );
    INFO( leaks );
    CHECK( leaks.empty() );
    for ( const PublicTable &table : publicTables( open, report ) )
      for ( const ReportCount &count : table.shown )
      {
        hidden += count.suppressed;
        complementary += count.complementary;
      }
    for ( bool slot : report.hourWeekdaySuppressed )
      hiddenSlots += slot;
  }
  // The check had something to check.
  CHECK( hidden > 10 );
  CHECK( complementary > 3 );
  CHECK( hiddenSlots > 10 );
}

TEST_CASE( "a lägesbild can be limited to an area or to categories", "[lagesbild]" )
{
  TempDir dir;
  const std::vector<TestEvent> events = handMadeEvents();
  auto project = openProject( makeHandProject( dir, events ) );

  SECTION( "an area by its code" )
  {
    ReportOptions options = fixedOptions();
    options.area = "est1";
    const LagesbildReport report = gather( *project, "2026-10", options );
    int64_t expected = 0, expectedPrevious = 0;
    for ( const TestEvent &e : events )
      if ( kCentrum.contains( e.x, e.y ) )
      {
        expected += between( e.date, "2026-10-01", "2026-10-31" );
        expectedPrevious += between( e.date, "2026-09-01", "2026-09-30" );
      }
    CHECK( report.areaLabel == "Centrum (EST1)" );
    CHECK( report.total.value == expected );
    CHECK( report.totalPrevious.value == expectedPrevious );
    CHECK( report.eventsOutsideAreas == 0 );
    REQUIRE( report.areas.size() == 1 );
    CHECK( report.areas[0].label == "Centrum (EST1)" );
    REQUIRE( report.walks.size() == 1 ); // the planned walk has no area and no observation in Centrum
    CHECK( report.walks[0].area == "Centrum (EST1)" );
    // Centrum's actions: two proposed, one done; one overdue.
    CHECK( report.actionsByStatus[0] == std::make_pair( std::string( "Föreslagen" ), 2 ) );
    CHECK( report.actionsByStatus[2] == std::make_pair( std::string( "Pågår" ), 0 ) );
    REQUIRE( report.overdueActions.size() == 1 );
    CHECK( report.overdueActions[0].deadline == "2026-10-15" );
    CHECK( anyContains( report.limits, "Rapporten gäller bara området Centrum (EST1)." ) );
  }
  SECTION( "one category" )
  {
    ReportOptions options = fixedOptions();
    options.categories = { "glaskross" };
    const LagesbildReport report = gather( *project, "2026-10", options );
    CHECK( report.total.value == 3 );
    CHECK( report.totalPrevious.value == 4 );
    CHECK( report.totalLastYear.value == 2 );
    REQUIRE( report.categories.size() == 1 );
    CHECK( report.categories[0].code == "glaskross" );
    REQUIRE( report.groups.size() == 1 );
    CHECK( report.groups[0].now.value == 3 );
    CHECK( anyContains( report.limits, "Rapporten omfattar bara kategorin glaskross." ) );
    // Completeness counts every report of the period, whatever its category: Bostadsbolaget still reported in
    // three weeks, though never glaskross.
    CHECK( report.organisations[0].name == "Bostadsbolaget" );
    CHECK( report.organisations[0].events.value == 0 );
    CHECK( report.organisations[0].weeksReported == 3 );
    // Too few events for hot spots: said in the limits instead.
    CHECK_FALSE( report.hotSpots );
    CHECK( anyContains( report.limits, "kräver minst 30 händelser" ) );
    CHECK_FALSE( report.clusters );
  }
  SECTION( "hidden categories are left out unless asked for" )
  {
    project->db().exec( "UPDATE categories SET hidden = 1 WHERE code = 'glaskross'" );
    const LagesbildReport report = gather( *project, "2026-10", fixedOptions() );
    CHECK( report.total.value == 30 );
    for ( const CategoryRow &row : report.categories )
      CHECK( row.code != "glaskross" );
    CHECK( anyContains( report.limits, "Dolda kategorier ingår inte: glaskross." ) );
    ReportOptions asked = fixedOptions();
    asked.categories = { "glaskross", "klotter" };
    CHECK( gather( *project, "2026-10", asked ).total.value == 33 );
  }
  SECTION( "a week, compared with the week before and the same week last year" )
  {
    const LagesbildReport report = gather( *project, "2026-W43", fixedOptions() );
    int64_t now = 0, before = 0;
    for ( const TestEvent &e : events )
    {
      now += isoWeekOf( e.date ) == "2026-W43" && e.date.substr( 0, 4 ) == "2026";
      before += isoWeekOf( e.date ) == "2026-W42" && e.date.substr( 0, 4 ) == "2026";
    }
    CHECK( report.total.value == now );
    CHECK( report.totalPrevious.value == before );
    REQUIRE( report.weeks.size() == 12 );
    CHECK( report.weeks.back().label == "2026-W43" );
    CHECK( report.weeks.front().label == "2026-W32" );
    CHECK( std::count_if( report.weeks.begin(), report.weeks.end(),
                          []( const WeekRow &w ) { return w.inPeriod; } ) == 1 );
    for ( const OrganisationRow &row : report.organisations )
      CHECK( row.weeksInPeriod == 1 );
    CHECK( report.walks.empty() );
  }
}

TEST_CASE( "a lägesbild is refused for an empty period, an unknown area, or when cancelled", "[lagesbild]" )
{
  TempDir dir;
  auto project = openProject( makeHandProject( dir, handMadeEvents() ) );
  auto june = parseReportPeriod( "2026-06" );
  REQUIRE( june );
  auto empty = gatherLagesbild( *project, june.value(), fixedOptions() );
  REQUIRE_FALSE( empty );
  CHECK( empty.error().code == MessageCode::ReportNoEvents );
  CHECK( empty.error().text().find( june->label() ) != std::string::npos );
  // A period whose only events are of a category not asked for has none either.
  ReportOptions vald = fixedOptions();
  vald.categories = { "vald" };
  auto october = parseReportPeriod( "2026-10" );
  REQUIRE( october );
  auto none = gatherLagesbild( *project, october.value(), vald );
  REQUIRE_FALSE( none );
  CHECK( none.error().code == MessageCode::ReportNoEvents );

  ReportOptions unknown = fixedOptions();
  unknown.area = "Söder";
  auto area = gatherLagesbild( *project, october.value(), unknown );
  REQUIRE_FALSE( area );
  CHECK( area.error().code == MessageCode::ReportUnknownArea );
  CHECK( area.error().text().find( "Söder" ) != std::string::npos );

  ReportOptions badCategory = fixedOptions();
  badCategory.categories = { "finns_inte" };
  CHECK_FALSE( gatherLagesbild( *project, october.value(), badCategory ) );

  ReportOptions badAlpha = fixedOptions();
  badAlpha.alpha = 0;
  CHECK_FALSE( gatherLagesbild( *project, october.value(), badAlpha ) );

  int calls = 0;
  auto cancelled =
    gatherLagesbild( *project, october.value(), fixedOptions(), [&calls]( double ) { return ++calls < 2; } );
  REQUIRE_FALSE( cancelled );
  CHECK( cancelled.error().code == MessageCode::Cancelled );

  // Progress runs from 0 to 1 and never backwards.
  std::vector<double> seen;
  auto done = gatherLagesbild( *project, october.value(), fixedOptions(),
                               [&seen]( double f )
                               {
                                 seen.push_back( f );
                                 return true;
                               } );
  REQUIRE( done );
  REQUIRE_FALSE( seen.empty() );
  CHECK( std::is_sorted( seen.begin(), seen.end() ) );
  CHECK( seen.back() == 1 );
}

TEST_CASE( "the coordinator's note for a period is stored, read and removed", "[lagesbild]" )
{
  TempDir dir;
  const std::string path = dir.file( "anteckningar.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created );
  ProjectFile &project = *created.value();
  const ReportPeriod week = weekPeriod( 2026, 47 );
  auto month = parseReportPeriod( "2026-11" );
  REQUIRE( month );
  CHECK( reportNote( project, week ).empty() );
  const std::string text = "Ökad oro kring stationen.\nNy belysning beslutad.";
  REQUIRE( setReportNote( project, week, text ) );
  CHECK( reportNote( project, week ) == text );
  CHECK( reportNote( project, month.value() ).empty() );
  CHECK( project.metaValue( "report_note:" + week.code() ) == text );
  REQUIRE( setReportNote( project, month.value(), "Månadens anteckning." ) );
  CHECK( reportNote( project, month.value() ) == "Månadens anteckning." );
  CHECK( reportNote( project, week ) == text );
  // Stored in the file.
  created.value().reset();
  auto reopened = openProject( path );
  CHECK( reportNote( *reopened, week ) == text );
  // Empty text removes it.
  REQUIRE( setReportNote( *reopened, week, "" ) );
  CHECK( reportNote( *reopened, week ).empty() );
  Statement s = reopened->db().prepare( "SELECT count(*) FROM tryggkarta_meta WHERE key = ?" );
  s.bind( 1, "report_note:" + week.code() );
  REQUIRE( s.step() );
  CHECK( s.int64( 0 ) == 0 );
  REQUIRE( setReportNote( *reopened, month.value(), " \n " ) );
  CHECK( reportNote( *reopened, month.value() ).empty() );
}

TEST_CASE( "the demo municipality's lägesbild agrees with its incidents table", "[lagesbild]" )
{
  TempDir dir;
  const std::string path = dir.file( "exempelkommun.gpkg" );
  DemoOptions demo;
  demo.seed = 7;
  demo.untilDate = "2026-11-22";
  demo.years = 2;
  auto made = createDemoProject( path, demo );
  REQUIRE( made );
  auto project = openProject( path );

  // Every incident's category, organisation, source and midpoint, read here.
  struct Row
  {
    std::string category, organisation, source;
    int64_t middle;
  };
  std::vector<Row> rows;
  {
    Statement s = project->db().prepare(
      "SELECT category, organisation, source, occurred_from, coalesce(occurred_until, occurred_from) FROM "
      "incidents" );
    while ( s.step() )
    {
      const auto from = parseUtcIso( s.text( 3 ) ), until = parseUtcIso( s.text( 4 ) );
      REQUIRE( from );
      REQUIRE( until );
      rows.push_back( { s.text( 0 ), s.isNull( 1 ) ? std::string() : s.text( 1 ), s.text( 2 ),
                        *from + ( std::max( *until, *from ) - *from ) / 2 } );
    }
  }

  for ( const auto &[code, from, until] :
        { std::make_tuple( std::string( "2026-10" ), stockholmToUtc( 2026, 10, 1, 0, 0, 0 ),
                           stockholmToUtc( 2026, 11, 1, 0, 0, 0 ) ),
          std::make_tuple( std::string( "2026-W47" ), stockholmToUtc( 2026, 11, 16, 0, 0, 0 ),
                           stockholmToUtc( 2026, 11, 23, 0, 0, 0 ) ) } )
  {
    INFO( code );
    const LagesbildReport report = gather( *project, code, fixedOptions() );
    std::map<std::string, int64_t> perCategory, perOrganisation, perSource;
    int64_t total = 0, withoutOrganisation = 0;
    for ( const Row &row : rows )
      if ( row.middle >= from && row.middle < until )
      {
        ++total;
        ++perCategory[row.category];
        ++perSource[row.source];
        if ( row.organisation.empty() )
          ++withoutOrganisation;
        else
          ++perOrganisation[row.organisation];
      }
    REQUIRE( total > 0 );
    CHECK( report.syntheticData );
    CHECK( report.projectName == "exempelkommun" );
    CHECK( report.total.value == total );
    for ( const CategoryRow &row : report.categories )
      CHECK( row.now.value == perCategory[row.code] );
    int64_t categorySum = 0, groupSum = 0, sourceSum = 0, organisationSum = 0;
    for ( const CategoryRow &row : report.categories )
      categorySum += row.now.value;
    for ( const CategoryRow &row : report.groups )
      groupSum += row.now.value;
    for ( const auto &[source, count] : report.sources )
    {
      CHECK( count.value == perSource[source] );
      sourceSum += count.value;
    }
    for ( const OrganisationRow &row : report.organisations )
    {
      CHECK( row.events.value == perOrganisation[row.name] );
      organisationSum += row.events.value;
      CHECK( row.weeksReported <= row.weeksInPeriod );
      CHECK( row.lastReportDate <= report.period.untilDate );
    }
    CHECK( categorySum == total );
    CHECK( groupSum == total );
    CHECK( sourceSum == total );
    CHECK( organisationSum + withoutOrganisation == total );
    double hours = 0;
    for ( double value : report.hourWeekday.counts )
      hours += value;
    CHECK( hours == Approx( static_cast<double>( total ) ) );
    CHECK( report.weeks.size() >= 12 );
    for ( const WalkRow &walk : report.walks )
      CHECK( ( walk.date >= report.period.fromDate && walk.date <= report.period.untilDate ) );
    CHECK( report.hotSpots.has_value() == ( total >= 30 ) );
    for ( std::size_t i = 1; i < report.areas.size(); ++i )
      CHECK( report.areas[i - 1].now.value >= report.areas[i].now.value );
    CHECK_FALSE( report.limits.empty() );
  }
  const LagesbildReport week = gather( *project, "2026-W47", fixedOptions() );
  CHECK( week.weeks.back().label == "2026-W47" );
  CHECK( week.weeks.back().inPeriod );
}

TEST_CASE( "a year's lägesbild of 10^5 incidents in 100 areas counts every event in its year", "[lagesbild]" )
{
  TempDir dir;
  const std::string path = dir.file( "storstad.gpkg" );
  auto created = ProjectFile::create( path );
  REQUIRE( created );
  ProjectFile &project = *created.value();
  // Many areas: a 10 × 10 grid of districts.
  for ( int i = 0; i < 100; ++i )
    addArea( project, Square{ "Område " + std::to_string( i ), "D" + std::to_string( i ), "district",
                              440000.0 + 1000 * ( i % 10 ), 6570000.0 + 1000 * ( i / 10 ), 1000 } );
  std::vector<std::string> codes;
  for ( const Category &category : project.categories() )
    codes.push_back( category.code );
  std::mt19937 random( 99 );
  std::uniform_real_distribution<double> x( 439000, 451000 ), y( 6569000, 6581000 ), day( 0, 730 );
  std::uniform_int_distribution<std::size_t> pick( 0, codes.size() - 1 );
  const int64_t start = stockholmToUtc( 2025, 1, 1, 0, 0, 0 );
  int64_t in2026 = 0;
  {
    // A page cache that holds the growing R-tree, and the statement journals (the R-tree's trigger) in
    // memory.
    project.db().exec( "PRAGMA cache_size = -65536" );
    project.db().exec( "PRAGMA temp_store = MEMORY" );
    Transaction transaction( project.db() );
    // The R-tree filled once after the rows, as the importer does, instead of by its trigger row by row.
    const std::string trigger = project.db().queryText(
      "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'rtree_incidents_geom_insert'" );
    REQUIRE_FALSE( trigger.empty() );
    project.db().exec( "DROP TRIGGER rtree_incidents_geom_insert" );
    Statement s =
      project.db().prepare( "INSERT INTO incidents (geom, occurred_from, category, source, created_at, "
                            "updated_at) VALUES (?, ?, ?, 'est', 'x', 'x')" );
    // In time order, as events arrive: the time index grows at its end.
    std::vector<int64_t> times( 200000 );
    for ( int64_t &at : times )
      at = start + static_cast<int64_t>( day( random ) * 86400 );
    std::sort( times.begin(), times.end() );
    const int64_t newYear = stockholmToUtc( 2026, 1, 1, 0, 0, 0 );
    for ( const int64_t at : times )
    {
      const auto blob = encodeGpkgPoint( 3006, x( random ), y( random ) );
      in2026 += at >= newYear;
      s.bindBlob( 1, blob.data(), static_cast<int>( blob.size() ) )
        .bind( 2, formatUtcIso( at ) )
        .bind( 3, codes[pick( random )] );
      s.run();
    }
    project.db().exec(
      "INSERT INTO rtree_incidents_geom SELECT fid, ST_MinX(geom), ST_MaxX(geom), ST_MinY(geom), "
      "ST_MaxY(geom) FROM incidents ORDER BY ST_MinY(geom)" );
    project.db().exec( trigger );
    transaction.commit();
  }
  // Its speed is measured in tests/bench (report_bench.sh), not here.
  const LagesbildReport report = gather( project, "2026", fixedOptions() );
  CHECK( report.total.value == in2026 );
  CHECK( report.totalPrevious.value == 200000 - in2026 );
  CHECK( report.weeks.size() >= 52 );
  CHECK( report.hotSpots );
}

TEST_CASE( "the follow-up lists the period's priorities, interventions with their evaluation and the citizen "
           "promise",
           "[lagesbild]" )
{
  TempDir dir;
  auto project = openProject( makeHandProject( dir, handMadeEvents() ) );
  Database &db = project->db();
  db.exec(
    "INSERT INTO priorities (period_label, period_from, period_until, rank, area_id, problem, goal, "
    "created_at, updated_at) VALUES ('T3 2026', '2026-09-01', '2026-12-31', 1, 1, 'Klotter vid torget, "
    "ring 070-123 45 67', 'Halvera klottret', 'x', 'x'), ('T1 2026', '2026-01-01', '2026-04-30', 1, 2, "
    "'Gammalt problem', NULL, 'x', 'x')" );
  db.exec(
    "UPDATE actions SET priority_id = 1 WHERE title IN ('Byt armaturer i gångtunneln', 'Ny belysning')" );
  db.exec(
    "INSERT INTO actions (title, kind, area_id, start_date, end_date, status, decided_date, created_at, "
    "updated_at) VALUES ('Belysning i gångtunneln', 'lighting', 1, '2026-10-01', '2026-10-31', "
    "'in_progress', '2026-09-20', 'x', 'x'), ('Vakter i våras', 'guards', 2, '2026-03-01', '2026-04-30', "
    "'done', '2026-02-20', 'x', 'x')" );
  const int64_t lighting = db.queryInt( "SELECT fid FROM actions WHERE title = 'Belysning i gångtunneln'" );
  // An evaluation of the lighting stored with it: the report quotes its first sentence.
  EvaluationSettings settings;
  settings.interventionId = lighting;
  settings.targetAreaId = 1;
  settings.comparisonAreaId = 2;
  settings.before = { "2026-09-01", "2026-09-30" };
  settings.after = { "2026-10-01", "2026-10-31" };
  auto evaluated = evaluateIntervention( *project, settings );
  INFO( ( evaluated ? std::string() : evaluated.error().text() ) );
  REQUIRE( evaluated );
  REQUIRE_FALSE( evaluated->sentences.empty() );
  REQUIRE( storeEvaluation( *project, evaluated.value() ) );
  db.exec( "INSERT INTO citizen_promises (year, title, created_at, updated_at) VALUES (2026, 'Medborgarlöfte "
           "2026: ett tryggare centrum', 'x', 'x')" );
  db.exec(
    "INSERT INTO promise_activities (promise_id, title, owner, planned_count, planned_from, planned_until, "
    "status, created_at, updated_at) VALUES (1, 'Gemensamma trygghetsvandringar', 'both', 2, '2026-03-01', "
    "'2026-11-30', 'in_progress', 'x', 'x'), (1, 'Informationsmöte', 'police', NULL, NULL, NULL, "
    "'planned', 'x', 'x')" );
  db.exec( "INSERT INTO promise_links (activity_id, walk_id) VALUES (1, 1), (1, 4)" );

  const LagesbildReport report = gather( *project, "2026-10", fixedOptions() );
  REQUIRE( report.priorities.size() == 1 ); // the T1 priority is outside October
  CHECK( report.priorities[0].periodLabel == "T3 2026" );
  CHECK( report.priorities[0].area == "Centrum (EST1)" );
  CHECK( report.priorities[0].problem.find( "070" ) == std::string::npos ); // screened
  CHECK( report.priorities[0].problem.find( "Klotter vid torget" ) != std::string::npos );
  CHECK( report.priorities[0].actions == 2 );
  CHECK( report.priorities[0].actionsDone == 1 );

  REQUIRE( report.interventions.size() == 1 ); // the guards ended in April
  const InterventionRow &row = report.interventions[0];
  CHECK( row.title == "Belysning i gångtunneln" );
  CHECK( row.kind == actionKindLabelSv( "lighting" ) );
  CHECK( row.period == "2026-10-01–2026-10-31" );
  CHECK( row.status == "Pågår" );
  CHECK( row.evaluation.find( evaluated->sentences.front() ) != std::string::npos );
  CHECK( row.evaluation.find( "2026-09-01..2026-09-30" ) != std::string::npos );

  CHECK( report.promiseTitle == "Medborgarlöfte 2026: ett tryggare centrum" );
  REQUIRE( report.promiseActivities.size() == 2 );
  CHECK( report.promiseActivities[0].title == "Informationsmöte" ); // undated first
  CHECK( report.promiseActivities[0].owner == "Polisen" );
  CHECK( report.promiseActivities[0].linked == 0 );
  CHECK( report.promiseActivities[1].owner == "Polisen och kommunen" );
  CHECK( report.promiseActivities[1].planned == "2 ggr, 2026-03-01–2026-11-30" );
  CHECK( report.promiseActivities[1].status == "pågår" );
  CHECK( report.promiseActivities[1].linked == 2 );
  CHECK( report.promiseActivities[1].linkedDone == 1 ); // walk 1 done, walk 4 planned

  SECTION( "the public report leaves out the problem, the goal and the intervention's title" )
  {
    ReportOptions options = fixedOptions();
    options.publicMode = true;
    const LagesbildReport pub = gather( *project, "2026-10", options );
    REQUIRE( pub.priorities.size() == 1 );
    CHECK( pub.priorities[0].problem.empty() );
    CHECK( pub.priorities[0].goal.empty() );
    REQUIRE( pub.interventions.size() == 1 );
    CHECK( pub.interventions[0].title.empty() );
    CHECK( pub.interventions[0].kind == row.kind );
  }
  SECTION( "a report limited to Norr has none of Centrum's priorities or interventions" )
  {
    ReportOptions options = fixedOptions();
    options.area = "EST2";
    const LagesbildReport norr = gather( *project, "2026-10", options );
    CHECK( norr.priorities.empty() );
    CHECK( norr.interventions.empty() );
  }
}

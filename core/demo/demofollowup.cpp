#include "demoparts.h"

#include "datetimeparser.h"

#include <cstdio>

// The EST loop's later steps in the demo: the priorities the group set from the events (the last complete
// tertial's top three areas, and an earlier one now closed) and the year's medborgarlöfte with its
// activities.

namespace tryggkarta::demo
{

namespace
{

struct Tertial
{
  int year = 0;
  int number = 0; // 1: January–April, 2: May–August, 3: September–December
  int64_t firstDay = 0;
  int64_t lastDay = 0;
  std::string label() const { return "T" + std::to_string( number ) + " " + std::to_string( year ); }
};

Tertial tertialOf( int64_t day )
{
  const CivilDate date = daysToCivil( day );
  Tertial t;
  t.year = date.year;
  t.number = ( date.month - 1 ) / 4 + 1;
  t.firstDay = daysFromCivil( t.year, ( t.number - 1 ) * 4 + 1, 1 );
  t.lastDay =
    t.number == 3 ? daysFromCivil( t.year + 1, 1, 1 ) - 1 : daysFromCivil( t.year, t.number * 4 + 1, 1 ) - 1;
  return t;
}

Tertial tertialBefore( const Tertial &tertial )
{
  return tertialOf( tertial.firstDay - 1 );
}

std::string officeTime( int64_t day )
{
  return localToUtcText( day, 10, 0 );
}

std::string jsonString( const std::string &text )
{
  std::string out = "\"";
  for ( const char c : text )
  {
    if ( c == '"' || c == '\\' )
      out += '\\';
    out += c;
  }
  return out + "\"";
}

//! "+41 %", "−12 %", "±0 %"; "ny" when there was nothing before.
std::string changeText( int64_t now, int64_t before )
{
  if ( before == 0 )
    return now == 0 ? "±0 %" : "ny";
  const long percent =
    std::lround( 100.0 * static_cast<double>( now - before ) / static_cast<double>( before ) );
  if ( percent == 0 )
    return "±0 %";
  return ( percent > 0 ? "+" : "\u2212" ) + std::to_string( std::labs( percent ) ) + " %";
}

//! Events by EST area and category in the tertial, an event counted in the tertial that holds its midpoint
//! (as the lägesbild counts).
struct AreaCounts
{
  std::string name;
  int64_t total = 0;
  int64_t previous = 0;
  std::map<std::string, int64_t> byCategory;
};

int64_t localMidpointDay( const IncidentRecord &r )
{
  const int64_t middle = r.untilUtc >= 0 ? r.fromUtc + ( r.untilUtc - r.fromUtc ) / 2 : r.fromUtc;
  return floorDiv( stockholmWallClock( middle ), kSecondsPerDay );
}

const char *const kEstAreas[] = { "Centrum", "Stationsområdet", "Norr (bostadsområde)", "Strandparken/Hamnen",
                                  "Öster (industriområde)" };

//! The EST areas by their events in the tertial, most first (ties by name).
std::vector<AreaCounts> rankAreas( const Town &town, const Tertial &tertial,
                                   const std::vector<IncidentRecord> &records )
{
  const Tertial previous = tertialBefore( tertial );
  std::vector<AreaCounts> areas;
  for ( const char *name : kEstAreas )
  {
    Region region;
    region.add( *areaPolygons( town, name ) );
    AreaCounts counts;
    counts.name = name;
    for ( const IncidentRecord &r : records )
    {
      const int64_t day = localMidpointDay( r );
      if ( day < previous.firstDay || day > tertial.lastDay || !region.contains( r.position ) )
        continue;
      if ( day >= tertial.firstDay )
      {
        ++counts.total;
        ++counts.byCategory[r.category];
      }
      else
        ++counts.previous;
    }
    areas.push_back( std::move( counts ) );
  }
  std::stable_sort( areas.begin(), areas.end(),
                    []( const AreaCounts &a, const AreaCounts &b ) { return a.total > b.total; } );
  return areas;
}

struct AreaText
{
  const char *name;
  const char *context;
  const char *causeAnalysis;
  const char *goal;
};

const AreaText &areaText( const std::string &name )
{
  static const std::vector<AreaText> sTexts = {
    { "Centrum", "Bråk, glaskross och samlingar helgnätter kring Stora torget och krogstråket.",
      "Många människor samtidigt när krogarna stänger, få taxibilar och ingen tydlig väg hem; fulla "
      "papperskorgar och glas ger mer skräp och skadegörelse. Polisen finns på plats men inte vid "
      "stängningsdags.",
      "Färre bråk och mindre glaskross kring torget fredag och lördag natt: minst en fjärdedel färre under "
      "nästa "
      "tertial, och torget städat före klockan åtta." },
    { "Stationsområdet",
      "Samlingar, bråk och skadegörelse kvällstid vid Resecentrum, gångtunneln och fritidsgården.",
      "Väntsalen stänger klockan 22 och ungdomar samlas vid cykelparkeringen och i tunneln; mörka ytor och "
      "ingen vuxen närvaro sena kvällar. Samma grupper rör sig mellan fritidsgården och stationen.",
      "Färre samlingar och bråk vid Resecentrum kvällstid: minst en tredjedel färre händelser, och resenärer "
      "som upplever stationen som trygg." },
    { "Norr (bostadsområde)",
      "Samlingar i trapphus, källarinbrott och klotter kring Norrbackaskolan och bostadsområdet.",
      "Olåsta källardörrar och mörka källargångar; få fritidsaktiviteter kvällstid för ungdomar i området; "
      "klotter på skolan som står kvar över helgen lockar till mer.",
      "Färre inbrott i källarförråd och färre samlingar i trapphusen; klotter på skolan sanerat samma dag." },
    { "Strandparken/Hamnen", "Nedskräpning, samlingar och störande fester i Strandparken sommarkvällar.",
      "Parken är välbesökt sommarkvällar men saknar belysning längs promenaden; papperskorgarna räcker inte "
      "och ingen vuxen finns på plats kvällstid.",
      "Mindre skräp och färre störande fester i parken under sommaren, och en ny trygghetsvandring i "
      "mörker." },
    { "Öster (industriområde)", "Inbrott, stölder och bränder nattetid i det östra industriområdet.",
      "Stora mörka ytor mellan lagerbyggnaderna, öppna infarter nattetid och ingen bevakning; området är öde "
      "efter arbetstid.",
      "Färre inbrott och stölder nattetid: minst en fjärdedel färre under nästa tertial." },
  };
  for ( const AreaText &text : sTexts )
    if ( name == text.name )
      return text;
  return sTexts.front();
}

//! The categories most common in the area, at most three, most first (ties by code).
std::vector<std::string> topCategories( const AreaCounts &counts )
{
  std::vector<std::pair<std::string, int64_t>> sorted( counts.byCategory.begin(), counts.byCategory.end() );
  std::stable_sort( sorted.begin(), sorted.end(),
                    []( const auto &a, const auto &b ) { return a.second > b.second; } );
  std::vector<std::string> codes;
  for ( size_t i = 0; i < sorted.size() && i < 3; ++i )
    codes.push_back( sorted[i].first );
  return codes;
}

std::string categoryLabel( Database &db, const std::string &code )
{
  Statement s = db.prepare( "SELECT label_sv FROM categories WHERE code = ?" );
  s.bind( 1, code );
  if ( !s.step() )
    return code;
  std::string label = s.text( 0 );
  if ( !label.empty() && static_cast<unsigned char>( label[0] ) < 0x80 )
    label[0] = static_cast<char>( std::tolower( static_cast<unsigned char>( label[0] ) ) );
  return label;
}

} // namespace

WrittenPriorities writePriorities( Database &db, const Town &town, const Period &period,
                                   const std::map<std::string, int64_t> &areaIds,
                                   const std::vector<IncidentRecord> &records, DemoSummary &summary )
{
  WrittenPriorities written;
  Statement insert =
    db.prepare( "INSERT INTO priorities (geom, period_label, period_from, period_until, rank, place_kind, "
                "area_id, problem, "
                "categories, figures, cause_analysis, goal, status, created_at, updated_at) "
                "SELECT geom, ?, ?, ?, ?, 'area', fid, ?, ?, ?, ?, ?, ?, ?, ? FROM areas WHERE fid = ?" );

  auto writeOne = [&]( const Tertial &tertial, const std::vector<AreaCounts> &ranked, size_t index,
                       const std::string &status, int64_t decidedDay, int64_t updatedDay )
  {
    const AreaCounts &counts = ranked[index];
    const auto area = areaIds.find( counts.name );
    if ( area == areaIds.end() )
      return WrittenPriorities::Entry{};
    const std::vector<std::string> categories = topCategories( counts );
    std::string categoriesJson = "[", problem = counts.name + ": " + std::to_string( counts.total ) +
                                                " händelser under " + tertial.label();
    for ( size_t i = 0; i < categories.size(); ++i )
    {
      categoriesJson += ( i ? ", " : "" ) + jsonString( categories[i] );
      problem += ( i == 0                       ? ", främst "
                   : i + 1 == categories.size() ? " och "
                                                : ", " ) +
                 categoryLabel( db, categories[i] );
    }
    categoriesJson += "]";
    const AreaText &text = areaText( counts.name );
    problem += ". " + std::string( text.context );
    const std::pair<std::string, std::string> figures[] = {
      { "Händelser " + tertial.label(), std::to_string( counts.total ) },
      { "Förändring mot " + tertialBefore( tertial ).label(), changeText( counts.total, counts.previous ) },
      { "Rang bland EST-områdena", std::to_string( index + 1 ) + " av " + std::to_string( ranked.size() ) },
    };
    std::string figuresJson = "[";
    for ( const auto &[label, value] : figures )
      figuresJson += ( figuresJson.size() > 1 ? ", " : "" ) + std::string( "{\"label\": " ) +
                     jsonString( label ) + ", \"value\": " + jsonString( value ) + "}";
    figuresJson += "]";

    insert.bind( 1, tertial.label() )
      .bind( 2, formatDate( tertial.firstDay ) )
      .bind( 3, formatDate( tertial.lastDay ) );
    insert.bind( 4, static_cast<int>( index + 1 ) )
      .bind( 5, problem )
      .bind( 6, categoriesJson )
      .bind( 7, figuresJson );
    insert.bind( 8, text.causeAnalysis ).bind( 9, text.goal ).bind( 10, status );
    insert.bind( 11, officeTime( decidedDay ) ).bind( 12, officeTime( updatedDay ) ).bind( 13, area->second );
    insert.run();
    insert.reset();
    ++summary.priorities;
    WrittenPriorities::Entry entry;
    entry.fid = db.lastInsertId();
    entry.areaId = area->second;
    entry.areaName = counts.name;
    entry.rank = static_cast<int>( index + 1 );
    entry.decidedDay = decidedDay;
    return entry;
  };

  // The earlier priority, now closed: Stationsområdet in the tertial that ended some months before the guards
  // came (time to procure them), whatever its rank then (the group weighed the residents' complaints too).
  // Closed a month after the guards' period.
  const std::vector<DemoIntervention> interventions = demoInterventions( period );
  const DemoIntervention &guards = interventions.front();
  {
    const Tertial earlier = tertialOf( guards.startDay - 150 );
    const std::vector<AreaCounts> ranked = rankAreas( town, earlier, records );
    size_t index = 0;
    while ( index + 1 < ranked.size() && ranked[index].name != guards.areaName )
      ++index;
    const int64_t decidedDay = std::min( earlier.lastDay + 10, guards.startDay - 16 );
    const int64_t closedDay = std::max( decidedDay, std::min( guards.endDay + 30, period.lastDay ) );
    written.closed = writeOne( earlier, ranked, index, "closed", decidedDay, closedDay );
  }

  // The last complete tertial's top three, set at the group's meeting ten days after it ended.
  const Tertial current = tertialBefore( tertialOf( period.lastDay + 1 ) );
  written.periodLabel = current.label();
  const std::vector<AreaCounts> ranked = rankAreas( town, current, records );
  const int64_t decidedDay = std::min( current.lastDay + 10, period.lastDay );
  for ( size_t index = 0; index < 3 && index < ranked.size(); ++index )
    written.top.push_back( writeOne( current, ranked, index, "active", decidedDay, decidedDay ) );
  return written;
}

void writeCitizenPromise( Database &db, const Period &period, const std::map<std::string, int64_t> &areaIds,
                          const WrittenWalks &walks, DemoSummary &summary )
{
  const int year = daysToCivil( period.lastDay ).year;
  const int64_t signedDay = std::min( daysFromCivil( year, 1, 27 ), period.lastDay );
  Statement promise =
    db.prepare( "INSERT INTO citizen_promises (year, title, signed_date, signed_by_police, "
                "signed_by_municipality, summary, "
                "lagesbild_basis, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  promise.bind( 1, year ).bind( 2, "Medborgarlöfte " + std::to_string( year ) +
                                     ": tryggare kvällar i Exempelkommun" );
  promise.bind( 3, formatDate( signedDay ) )
    .bind( 4, "lokalpolisområdeschef" )
    .bind( 5, "kommunstyrelsens ordförande" );
  promise.bind(
    6, "Polisen och kommunen lovar gemensamma trygghetsvandringar, synlig närvaro vid torget och "
       "stationen helgkvällar, bättre belysning på otrygga gångstråk och dialog med boende och unga." );
  promise.bind( 7,
                "Den gemensamma lägesbilden för " + std::to_string( year - 1 ) +
                  ": bråk och samlingar kvällstid kring Stora torget och Resecentrum, otrygghet i Norrbacka "
                  "och mörka gångstråk längs ån och i Strandparken." );
  promise.bind( 8, officeTime( signedDay - 14 ) ).bind( 9, officeTime( signedDay ) );
  promise.run();
  const int64_t promiseId = db.lastInsertId();

  Statement activityInsert =
    db.prepare( "INSERT INTO promise_activities (promise_id, title, description, kind, owner, planned_count, "
                "planned_from, "
                "planned_until, done_date, status, area_id, place_name, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  Statement linkInsert =
    db.prepare( "INSERT INTO promise_links (activity_id, walk_id, action_id, note) VALUES (?, ?, ?, ?)" );

  auto day = [&]( int month, int dayOfMonth ) { return daysFromCivil( year, month, dayOfMonth ); };
  auto actionId = [&]( const std::string &title ) -> int64_t
  {
    const auto found = walks.actionIds.find( title );
    return found == walks.actionIds.end() ? 0 : found->second;
  };
  auto interventionId = [&]( const std::string &key ) -> int64_t
  {
    const auto found = walks.interventionIds.find( key );
    return found == walks.interventionIds.end() ? 0 : found->second;
  };

  struct ActivitySpec
  {
    const char *title;
    const char *description;
    const char *kind;
    const char *owner;
    int plannedCount; // 0: none
    int64_t plannedFrom, plannedUntil;
    int64_t doneDay; // done when on or before the demo's last day; -1: not to be done yet
    const char *areaName;
    const char *placeName;
    std::vector<int64_t> walkIds;
    std::vector<int64_t> actionIds;
  };
  std::vector<int64_t> walksThisYear;
  for ( size_t i = 0; i < walks.walkIds.size(); ++i )
    if ( daysToCivil( walks.walkDays[i] ).year == year && i > 0 ) // the autumn walk was last year's promise
      walksThisYear.push_back( walks.walkIds[i] );
  const std::vector<DemoIntervention> interventions = demoInterventions( period );
  const std::vector<ActivitySpec> activities = {
    { "Gemensamma trygghetsvandringar i Strandparken och Norrbacka",
      "Kommunen och Polisen bjuder in boende, fastighetsägare och föreningar till vandringar i områden som "
      "lägesbilden pekar ut.",
      "safety_walk",
      "both",
      2,
      day( 4, 1 ),
      day( 12, 20 ),
      -1,
      nullptr,
      "Strandparken och Norrbacka",
      walksThisYear,
      {} },
    { "Informationsmöte för boende i Norrbacka",
      "Vad lägesbilden visar, vad som görs och vad boende kan göra.",
      "information_meeting",
      "both",
      1,
      day( 9, 1 ),
      day( 10, 31 ),
      day( 10, 8 ),
      "Norr (bostadsområde)",
      "Norrbacka, fritidsgårdens lokal",
      {},
      { interventionId( "youth_workers" ) } },
    { "Polisens närvaro vid Stora torget fredag och lördag kväll",
      "Synlig polis vid torget och krogstråket helgkvällar, i samråd med trygghetsvärdarna.",
      "patrol",
      "police",
      40,
      day( 1, 1 ),
      day( 12, 31 ),
      -1,
      "Centrum",
      "Stora torget och Storgatan",
      {},
      { actionId( "Riktad polisnärvaro vid Stora torget fredag och lördag natt" ) } },
    { "Trygghetsvärdar vid Resecentrum helgkvällar",
      "Kommunens trygghetsvärdar vid stationen fredag och lördag.",
      "other",
      "municipality",
      0,
      interventions.front().startDay,
      interventions.front().endDay,
      interventions.front().endDay,
      "Stationsområdet",
      "Resecentrum",
      {},
      { interventionId( "guards" ) } },
    { "Bättre belysning på otrygga gångstråk",
      "Belysningen ses över där vandringarna och lägesbilden visar mörka platser.",
      "environment",
      "municipality",
      3,
      day( 3, 1 ),
      day( 12, 31 ),
      -1,
      nullptr,
      "Gångtunneln, Strandpromenaden och Kungsgatan",
      {},
      { actionId( "Ny belysning i gångtunneln vid stationen" ),
        actionId( "Ny belysning längs Strandpromenaden" ),
        actionId( "Belysning vid parkeringsgårdens infart" ) } },
    { "Dialog med ungdomar på fritidsgården",
      "Samtal om vad som gör kvällarna otrygga och vad unga vill ha.",
      "dialogue",
      "both",
      2,
      day( 11, 1 ),
      day( 12, 15 ),
      -1,
      "Norr (bostadsområde)",
      "Fritidsgården",
      {},
      {} },
  };
  for ( const ActivitySpec &spec : activities )
  {
    const bool done = spec.doneDay >= 0 && spec.doneDay <= period.lastDay;
    const bool started = spec.plannedFrom <= period.lastDay;
    const std::string status = done ? "done" : started ? "in_progress" : "planned";
    activityInsert.bind( 1, promiseId )
      .bind( 2, spec.title )
      .bind( 3, spec.description )
      .bind( 4, spec.kind );
    activityInsert.bind( 5, spec.owner );
    if ( spec.plannedCount > 0 )
      activityInsert.bind( 6, spec.plannedCount );
    else
      activityInsert.bindNull( 6 );
    activityInsert.bind( 7, formatDate( spec.plannedFrom ) ).bind( 8, formatDate( spec.plannedUntil ) );
    if ( done )
      activityInsert.bind( 9, formatDate( spec.doneDay ) );
    else
      activityInsert.bindNull( 9 );
    activityInsert.bind( 10, status );
    const auto area = spec.areaName ? areaIds.find( spec.areaName ) : areaIds.end();
    if ( area != areaIds.end() )
      activityInsert.bind( 11, area->second );
    else
      activityInsert.bindNull( 11 );
    activityInsert.bind( 12, spec.placeName ).bindNull( 13 );
    activityInsert.bind( 14, officeTime( signedDay ) )
      .bind( 15, officeTime( done ? spec.doneDay : signedDay ) );
    activityInsert.run();
    activityInsert.reset();
    const int64_t activityId = db.lastInsertId();
    ++summary.promiseActivities;
    for ( const int64_t walkId : spec.walkIds )
    {
      linkInsert.bind( 1, activityId ).bind( 2, walkId ).bindNull( 3 ).bindNull( 4 );
      linkInsert.run();
      linkInsert.reset();
    }
    for ( const int64_t id : spec.actionIds )
      if ( id > 0 )
      {
        linkInsert.bind( 1, activityId ).bindNull( 2 ).bind( 3, id ).bindNull( 4 );
        linkInsert.run();
        linkInsert.reset();
      }
  }
}

} // namespace tryggkarta::demo

#include "demoparts.h"

#include "datetimeparser.h"
#include "geometryblob.h"

#include <cmath>
#include <stdexcept>

// Safety walks with their observations, and the actions that followed from them and from the lägesbild.

namespace tryggkarta::demo
{

namespace
{

struct ActionPlan
{
  const char *title;
  const char *status; // proposed, decided, in_progress, done, rejected
  const char *responsible;
  int priority;
  int doneAfterDays; // after the decision, for done actions
  const char *rejectionReason;
};

struct StopSpec
{
  XY offset;
  const char *checklistItem;
  int rating; // 0 = very unsafe … 3 = good
  bool positive;
  const char *note;
  const char *proposedAction;
  std::vector<ActionPlan> actions; // what the follow-up made of it (none for good places)
};

enum class WalkTiming
{
  LastAutumn, // the oldest, followed up
  LastSpring,
  Upcoming, // planned, after the period
};

struct PlannedStop
{
  XY offset;
  const char *name;
  const char *reason;
};

struct WalkSpec
{
  const char *name;
  const char *areaName;
  const char *lightCondition;
  const char *status;
  WalkTiming timing;
  int participants;
  int startHour;
  const char *organiser;
  std::vector<XY> route;
  std::vector<StopSpec> stops;
  const char *meetingPoint = "";
  const char *purpose = "";
  std::vector<PlannedStop> plannedStops = {}; // stops of a walk not yet walked
};

const std::vector<WalkSpec> &walkSpecs()
{
  static const std::vector<WalkSpec> sWalks = {
    { "Trygghetsvandring Centrum–stationen",
      "Centrum",
      "dark",
      "followed_up",
      WalkTiming::LastAutumn,
      14,
      18,
      "Kommunen (trygghetssamordnare) och Polisen",
      { { 0, 0 },
        { -100, 0 },
        { -100, -160 },
        { -210, -160 },
        { -210, 280 },
        { 120, 280 },
        { 120, 650 },
        { 450, 650 },
        { 480, 780 },
        { 500, 1000 } },
      {
        { { 0, 0 },
          "helhetsintryck",
          3,
          true,
          "Stora torget: väl upplyst, folkliv och öppna caféer kvällstid",
          "",
          {} },
        { { -40, -95 },
          "underhall",
          1,
          false,
          "Fulla papperskorgar och skräp vid bänkarna på torgets södra del",
          "Tätare tömning av papperskorgar fredag–söndag",
          { { "Tätare tömning av papperskorgar vid Stora torget", "done", "Gatu- och parkenheten", 2, 30,
              nullptr } } },
        { { -170, -155 },
          "belysning",
          0,
          false,
          "Drottninggatan mot ån: två gatlampor släckta, mörk passage",
          "Byt trasiga armaturer och se över belysningen mot ån",
          { { "Byt armaturer på Drottninggatan mot ån", "done", "Gatu- och parkenheten", 1, 21, nullptr } } },
        { { -205, 100 },
          "sikt",
          1,
          false,
          "Västra Strandgatan: höga buskar längs ån skymmer sikten mot gångvägen",
          "Gallra buskaget längs ån till högst en halv meter",
          { { "Gallra buskage längs Västra Strandgatan", "done", "Gatu- och parkenheten", 2, 60,
              nullptr } } },
        { { -20, 285 },
          "folkliv",
          1,
          false,
          "Kyrkogatan kvällstid: öde, stängda lokaler och få fönster mot gatan",
          "Uppmuntra fastighetsägare att tända skyltfönster kvällstid",
          { { "Tända skyltfönster kvällstid på Kyrkogatan", "rejected", "Gatu- och parkenheten", 3, 0,
              "Ligger hos fastighetsägarna; frågan lyfts i centrumföreningen i stället" } } },
        { { 40, 275 },
          "belysning",
          3,
          true,
          "Kyrkogatan vid biblioteket: ny belysning, upplevs tryggt",
          "",
          {} },
        { { 120, 285 },
          "trafiksakerhet",
          1,
          false,
          "Korsningen Kungsgatan–Kyrkogatan: hög fart och otydligt övergångsställe",
          "Bygg om till upphöjt övergångsställe",
          { { "Upphöjt övergångsställe Kungsgatan–Kyrkogatan", "in_progress", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { 125, 460 },
          "overblickbarhet",
          1,
          false,
          "Kungsgatan: infarten till parkeringsgården är mörk och skymd",
          "Belysning och trafikspegel vid infarten",
          { { "Belysning vid parkeringsgårdens infart", "done", "Exempelbostäder AB", 2, 45, nullptr } } },
        { { 300, 690 },
          "kollektivtrafik",
          2,
          false,
          "Resecentrum: upplyst väntsal, men den stänger klockan 22",
          "Förlängda öppettider för väntsalen fredag och lördag",
          { { "Öppen väntsal till 01 fredag och lördag", "decided", "Kollektivtrafiken", 2, 0, nullptr } } },
        { { 370, 660 },
          "underhall",
          0,
          false,
          "Cykelparkeringen vid Resecentrum: klotter, övergivna cyklar och krossat glas",
          "Städa cykelparkeringen och rensa övergivna cyklar",
          { { "Städning och cykelrensning vid Resecentrum", "done", "Gatu- och parkenheten", 1, 20,
              nullptr } } },
        { { 478, 775 },
          "belysning",
          0,
          false,
          "Gångtunneln under järnvägen: trasiga lysrör, mörk och lång",
          "Ny belysning och ljus målning i gångtunneln",
          { { "Ny belysning i gångtunneln vid stationen", "in_progress", "Gatu- och parkenheten", 1, 0,
              nullptr } } },
        { { 484, 805 },
          "alternativa_vagar",
          0,
          false,
          "Gångtunneln: ingen alternativ väg och ingen sikt till utgången",
          "Speglar vid tunnelmynningarna",
          { { "Speglar vid gångtunnelns mynningar", "rejected", "Gatu- och parkenheten", 3, 0,
              "Ersätts av ny belysning i tunneln; speglar bedöms ge liten effekt" } } },
        { { 497, 960 },
          "tillganglighet",
          2,
          false,
          "Stationsstigen norr om järnvägen: brant backe och ojämn beläggning",
          "Laga beläggningen",
          {} },
      },
      "Stora torget, vid fontänen",
      "Kartlägga otrygga platser mellan torget och stationen kvällstid, där lägesbilden visar bråk, "
      "skadegörelse och samlingar." },
    { "Trygghetsvandring Strandparken",
      "Strandparken/Hamnen",
      "daylight",
      "done",
      WalkTiming::LastSpring,
      9,
      17,
      "Kommunen (trygghetssamordnare) och Gatu- och parkenheten",
      { { -250, -1290 },
        { -300, -1330 },
        { -520, -1170 },
        { -700, -930 },
        { -830, -640 },
        { -1050, -380 },
        { -1300, -180 },
        { -1400, 0 },
        { -1420, 162 } },
      {
        { { -245, -1280 },
          "kollektivtrafik",
          2,
          false,
          "Hållplats Hamnen: väderskydd finns men tidtabellen är klottrad",
          "Sanera och byt tidtabell",
          {} },
        { { -330, -1320 }, "folkliv", 3, true, "Hamnen: mycket folk och öppen uteservering", "", {} },
        { { -430, -1240 },
          "underhall",
          1,
          false,
          "Gästhamnens toalettbyggnad: klotter och trasig dörr",
          "Sanera klotter och laga dörren",
          { { "Sanering och ny dörr vid gästhamnens toalett", "done", "Gatu- och parkenheten", 2, 25,
              nullptr } } },
        { { -540, -1145 },
          "sikt",
          1,
          false,
          "Gångbron över Varnan: täta buskar vid brofästet",
          "Röj vegetationen vid brofästet",
          { { "Röjning vid gångbron över Varnan", "decided", "Gatu- och parkenheten", 2, 0, nullptr } } },
        { { -715, -905 },
          "belysning",
          1,
          false,
          "Strandpromenaden väster om ån: belysning saknas på en lång sträcka",
          "Komplettera belysningen längs promenaden",
          { { "Ny belysning längs Strandpromenaden", "proposed", "Gatu- och parkenheten", 1, 0, nullptr } } },
        { { -800, -690 },
          "overblickbarhet",
          3,
          true,
          "Badplatsen: öppen yta och god överblick över vattnet",
          "",
          {} },
        { { -900, -540 },
          "underhall",
          0,
          false,
          "Grillplatsen: mycket skräp, kapsyler och krossat glas",
          "Fler papperskorgar och tätare städning sommartid",
          { { "Fler papperskorgar vid grillplatsen", "in_progress", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { -990, -430 },
          "folkliv",
          1,
          false,
          "Skogspartiet vid udden: öde, få rör sig här kvällstid",
          "Flytta utegymmet närmare gångvägen",
          { { "Utegym närmare Strandpromenaden", "proposed", "Gatu- och parkenheten", 3, 0, nullptr } } },
        { { -1120, -320 },
          "trafiksakerhet",
          2,
          false,
          "Infarten till Strandparkens parkering: mopeder kör in på gångvägen",
          "Bommar vid gångvägens infarter",
          { { "Bommar vid Strandpromenadens infarter", "decided", "Gatu- och parkenheten", 2, 0,
              nullptr } } },
        { { -1180, -270 },
          "tillganglighet",
          1,
          false,
          "Trappan ner mot bryggan saknar ledstång",
          "Montera ledstång",
          { { "Ledstång vid trappan mot bryggan", "done", "Gatu- och parkenheten", 3, 30, nullptr } } },
        { { -1300, -170 },
          "helhetsintryck",
          2,
          false,
          "Strandparken dagtid: trivsam, men upplevs otrygg efter mörkrets inbrott",
          "Ny vandring i mörker efter åtgärderna",
          {} },
        { { -1415, 150 },
          "belysning",
          3,
          true,
          "Storgatans västra del: bra belysning och många fönster mot gatan",
          "",
          {} },
      },
      "Hållplats Hamnen",
      "Se över Strandparken och strandpromenaden inför sommaren: belysning, sikt och skötsel." },
    { "Trygghetsvandring Norrbacka",
      "Norr (bostadsområde)",
      "dark",
      "planned",
      WalkTiming::Upcoming,
      11,
      18,
      "Kommunen (trygghetssamordnare), Exempelbostäder AB och Polisen",
      { { 220, 1100 }, { 236, 1650 }, { 450, 1640 }, { 450, 1700 }, { 600, 1760 }, { 800, 1840 } },
      {},
      "Hållplats Norrbacka, Norrbackavägen",
      "Boende i Norrbacka upplever otrygghet kvällstid kring skolan och gångvägarna; se över belysning och "
      "sikt innan vintern.",
      { { { 230, 1400 }, "Gångvägen mot Norrbacka", "Önskemål från boende: mörk gångväg" },
        { { 236, 1650 }, "Korsningen vid Norrbackavägen", "Önskemål från boende" },
        { { 450, 1680 }, "Norrbackaskolans skolgård", "Önskemål från boende: samlingar kvällstid" },
        { { 600, 1760 }, "Gångstråket öster om skolan", "Önskemål från boende" },
        { { 800, 1840 }, "Hållplats Skolgatan", "Önskemål från boende: mörk hållplats" } } },
  };
  return sWalks;
}

struct AreaActionSpec
{
  const char *title;
  const char *description;
  const char *areaName;
  const char *responsible;
  int priority;
  const char *status;
  int createdDaysBeforeEnd;
  int doneAfterDays;
  const char *rejectionReason;
};

// Actions the EST group decided from the lägesbild rather than from a walk.
const std::vector<AreaActionSpec> &areaActions()
{
  static const std::vector<AreaActionSpec> sActions = {
    { "Riktad polisnärvaro vid Stora torget fredag och lördag natt",
      "Lägesbilden visar bråk och glaskross helgnätter kring torget och krogstråket.", "Centrum", "Polisen",
      1, "in_progress", 200, 0, nullptr },
    { "Trygghetsvärdar vid Resecentrum helgkvällar",
      "Samling och bråk vid stationen kvällstid; värdar fredag–lördag 20–02.", "Stationsområdet",
      "Trygghetsvärdar", 1, "done", 330, 60, nullptr },
    { "Klottersanering inom 24 timmar vid skolorna",
      "Klotter hittas måndagar efter helger; snabb sanering minskar nytt klotter.", "Norr (bostadsområde)",
      "Skolan", 2, "decided", 90, 0, nullptr },
    { "Kvällsöppet på fritidsgården fredagar", "Samlingar i trapphusen i Norrbacka vintertid.",
      "Norr (bostadsområde)", "Fritidsgården", 2, "proposed", 40, 0, nullptr },
    { "Kameraövervakning vid Resecentrum", "Förslag från referensgruppen.", "Stationsområdet",
      "Kollektivtrafiken", 3, "rejected", 260, 0,
      "Belysning och trygghetsvärdar prövas först; frågan tas upp igen vid årsuppföljningen" },
    { "Belysningsinventering i Östra industriområdet",
      "Inbrott och bränder nattetid; mörka ytor mellan lagerbyggnaderna.", "Öster (industriområde)",
      "Gatu- och parkenheten", 2, "decided", 150, 0, nullptr },
  };
  return sActions;
}

//! The latest date with the given month and day on or before limitDay, moved back to the wanted weekday.
int64_t latestDate( int month, int day, int weekday, int64_t limitDay )
{
  int year = daysToCivil( limitDay ).year;
  int64_t candidate = daysFromCivil( year, month, day );
  if ( candidate > limitDay )
    candidate = daysFromCivil( year - 1, month, day );
  return candidate - ( isoWeekday( candidate ) - 1 - weekday + 7 ) % 7;
}

struct WalkDates
{
  std::vector<int64_t> days; // per walk in walkSpecs()
};

WalkDates walkDates( const Period &period )
{
  WalkDates dates;
  // A dark November Tuesday about a year back (time for follow-up), else the latest one in a short period.
  int64_t autumn = latestDate( 11, 6, 1, period.lastDay - 200 );
  if ( autumn < period.firstDay + 14 )
    autumn = latestDate( 11, 6, 1, period.lastDay - 60 );
  if ( autumn < period.firstDay + 14 )
    autumn = period.firstDay + 30 + ( 9 - isoWeekday( period.firstDay + 30 ) ) % 7; // the Tuesday after
  int64_t spring = latestDate( 5, 14, 2, period.lastDay - 30 );
  if ( spring <= autumn + 60 )
    spring = std::min( autumn + 120, period.lastDay - 14 );
  const int64_t upcoming = period.lastDay + 24 + ( 9 - isoWeekday( period.lastDay + 24 ) ) % 7;
  for ( const WalkSpec &walk : walkSpecs() )
  {
    switch ( walk.timing )
    {
    case WalkTiming::LastAutumn:
      dates.days.push_back( autumn );
      break;
    case WalkTiming::LastSpring:
      dates.days.push_back( spring );
      break;
    case WalkTiming::Upcoming:
      dates.days.push_back( upcoming );
      break;
    }
  }
  return dates;
}

//! Office time (10:00 local) on a date, as stored UTC text: when a protocol or decision was registered.
std::string officeTime( int64_t day )
{
  return localToUtcText( day, 10, 0 );
}

} // namespace

void writeWalks( Database &db, const Town &town, const Period &period,
                 const std::map<std::string, int64_t> &areaIds, Random &random, DemoSummary &summary )
{
  const WalkDates dates = walkDates( period );
  Statement walkInsert =
    db.prepare( "INSERT INTO safety_walks (geom, name, walk_date, light_condition, area_id, organiser, "
                "participants, status, note, start_time, meeting_point, purpose, expected_participants, "
                "route_source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                "'demo', ?, ?)" );
  Statement organisationInsert = db.prepare(
    "INSERT INTO walk_organisations (walk_id, organisation, invited, participants) VALUES (?, ?, 1, ?)" );
  Statement stopInsert =
    db.prepare( "INSERT INTO walk_stops (geom, walk_id, stop_number, name, reason) VALUES (?, ?, ?, ?, ?)" );
  Statement observationInsert = db.prepare(
    "INSERT INTO observations (geom, walk_id, checklist_item, rating, positive, note, proposed_action, "
    "observed_at, created_at, updated_at, stop_id, responsible, light_condition) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  Statement actionInsert =
    db.prepare( "INSERT INTO actions (title, description, observation_id, area_id, responsible_organisation, "
                "priority, deadline, "
                "status, decided_date, done_date, rejection_reason, note, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );

  auto writeAction = [&]( const char *title, const std::string &description, int64_t observationId,
                          int64_t areaId, const char *responsible, int priority, const std::string &status,
                          int64_t createdDay, int doneAfterDays, const char *rejectionReason )
  {
    const bool decided = status != "proposed";
    const int64_t decidedDay = std::min( createdDay + 18, period.lastDay );
    const int64_t doneDay = std::min( decidedDay + std::max( doneAfterDays, 1 ), period.lastDay );
    const int64_t deadlineDay = ( decided ? decidedDay : createdDay ) + 60 * priority;
    actionInsert.bind( 1, title ).bindTextOrNull( 2, description );
    if ( observationId > 0 )
      actionInsert.bind( 3, observationId );
    else
      actionInsert.bindNull( 3 );
    if ( areaId > 0 )
      actionInsert.bind( 4, areaId );
    else
      actionInsert.bindNull( 4 );
    actionInsert.bind( 5, responsible ).bind( 6, priority );
    if ( status != "rejected" )
      actionInsert.bind( 7, formatDate( deadlineDay ) );
    else
      actionInsert.bindNull( 7 );
    actionInsert.bind( 8, status );
    if ( decided )
      actionInsert.bind( 9, formatDate( decidedDay ) );
    else
      actionInsert.bindNull( 9 );
    if ( status == "done" )
      actionInsert.bind( 10, formatDate( doneDay ) );
    else
      actionInsert.bindNull( 10 );
    actionInsert.bindTextOrNull( 11, rejectionReason ? rejectionReason : "" );
    actionInsert.bindNull( 12 );
    const int64_t lastChange = status == "done" ? doneDay : decided ? decidedDay : createdDay;
    actionInsert.bind( 13, officeTime( createdDay ) ).bind( 14, officeTime( lastChange ) );
    actionInsert.run();
    ++summary.actions;
  };

  const std::vector<WalkSpec> &walks = walkSpecs();
  for ( size_t w = 0; w < walks.size(); ++w )
  {
    const WalkSpec &walk = walks[w];
    const int64_t day = dates.days[w];
    const auto area = areaIds.find( walk.areaName );
    const int64_t areaId = area != areaIds.end() ? area->second : 0;
    std::string note;
    if ( walk.timing == WalkTiming::LastAutumn )
      note = "Protokoll skickat. Uppföljningsmöte hölls " +
             formatDate( std::min( day + 70, period.lastDay ) ) + ".";
    else if ( walk.timing == WalkTiming::LastSpring )
      note = "Protokoll skickat till berörda förvaltningar och Exempelbostäder AB.";
    else
      note = "Inbjudan skickad till boende, Exempelbostäder AB och Polisen. " +
             std::to_string( walk.participants ) + " anmälda.";

    bindGeometry( walkInsert, 1, blobOf( *makeLine( fromSquare( walk.route ) ) ) );
    walkInsert.bind( 2, walk.name ).bind( 3, formatDate( day ) ).bind( 4, walk.lightCondition );
    if ( areaId > 0 )
      walkInsert.bind( 5, areaId );
    else
      walkInsert.bindNull( 5 );
    walkInsert.bind( 6, walk.organiser ).bind( 8, walk.status ).bind( 9, note );
    if ( walk.timing == WalkTiming::Upcoming )
      walkInsert.bindNull( 7 );
    else
      walkInsert.bind( 7, walk.participants );
    walkInsert.bind( 10, walk.startHour < 10 ? "0" + std::to_string( walk.startHour ) + ":00"
                                             : std::to_string( walk.startHour ) + ":00" );
    walkInsert.bind( 11, walk.meetingPoint ).bind( 12, walk.purpose ).bind( 13, walk.participants );
    walkInsert.bind( 14, officeTime( day - 30 ) ).bind( 15, officeTime( day + 2 ) );
    walkInsert.run();
    const int64_t walkId = db.lastInsertId();
    ++summary.safetyWalks;

    // Who came, as counts per organisation (never names): residents are the largest group.
    {
      const int police = 2, housing = walk.timing == WalkTiming::LastSpring ? 0 : 2;
      const int municipality = 3;
      const int residents = std::max( 0, walk.participants - police - housing - municipality );
      const std::vector<std::pair<const char *, int>> groups = { { "Kommunen", municipality },
                                                                 { "Polisen", police },
                                                                 { "Exempelbostäder AB", housing },
                                                                 { "Boende och allmänhet", residents } };
      for ( const auto &[organisation, count] : groups )
      {
        if ( count == 0 && walk.timing != WalkTiming::Upcoming )
          continue;
        organisationInsert.bind( 1, walkId ).bind( 2, organisation );
        if ( walk.timing == WalkTiming::Upcoming )
          organisationInsert.bindNull( 3 );
        else
          organisationInsert.bind( 3, count );
        organisationInsert.run();
        organisationInsert.reset();
      }
    }

    // Numbered stops: observations made within 40 m of the previous stop's place belong to it.
    std::vector<int64_t> stopOf( walk.stops.size(), 0 );
    {
      int number = 0;
      XY stopPlace{ 1e18, 1e18 };
      int64_t stopId = 0;
      for ( size_t s = 0; s < walk.stops.size(); ++s )
      {
        const XY place = fromSquare( walk.stops[s].offset );
        if ( std::hypot( place.x - stopPlace.x, place.y - stopPlace.y ) > 40 )
        {
          stopPlace = place;
          std::string name = walk.stops[s].note;
          const size_t colon = name.find( ':' );
          if ( colon != std::string::npos && colon < 48 )
            name = name.substr( 0, colon );
          else if ( const size_t at = name.rfind( " vid " ); at != std::string::npos )
            name = "Vid " + name.substr( at + 5 );
          else if ( const size_t to = name.find( " mot " ); to != std::string::npos )
            name = "Mot " + name.substr( to + 5 );
          else
            name = "Stopp " + std::to_string( number + 1 );
          bindGeometry( stopInsert, 1, encodeGpkgPoint( kSrsId, place.x, place.y ) );
          stopInsert.bind( 2, walkId ).bind( 3, ++number ).bind( 4, name ).bind( 5, "Planerat stopp" );
          stopInsert.run();
          stopInsert.reset();
          stopId = db.lastInsertId();
        }
        stopOf[s] = stopId;
      }
      for ( size_t s = 0; s < walk.plannedStops.size(); ++s )
      {
        const PlannedStop &planned = walk.plannedStops[s];
        const XY place = fromSquare( planned.offset );
        bindGeometry( stopInsert, 1, encodeGpkgPoint( kSrsId, place.x, place.y ) );
        stopInsert.bind( 2, walkId ).bind( 3, ++number ).bind( 4, planned.name ).bind( 5, planned.reason );
        stopInsert.run();
        stopInsert.reset();
      }
    }

    for ( size_t s = 0; s < walk.stops.size(); ++s )
    {
      const StopSpec &stop = walk.stops[s];
      // Participants stand near the place, not on it: a few metres of scatter, never in the water.
      const XY place = fromSquare( stop.offset );
      XY p = place;
      for ( int attempt = 0; attempt == 0 || town.water.contains( p ); ++attempt )
      {
        if ( attempt == 100 )
          throw std::logic_error( std::string( "Safety-walk stop in the water: " ) + stop.note );
        p = { std::round( ( place.x + 3 * random.normal() ) * 10 ) / 10,
              std::round( ( place.y + 3 * random.normal() ) * 10 ) / 10 };
      }
      const std::string observedAt = formatUtcIso( stockholmWallClockToUtc(
        day * kSecondsPerDay + walk.startHour * 3600 + static_cast<int64_t>( s ) * 7 * 60 ) );
      const std::string created = officeTime( day + 2 );
      bindGeometry( observationInsert, 1, encodeGpkgPoint( kSrsId, p.x, p.y ) );
      observationInsert.bind( 2, walkId ).bind( 3, stop.checklistItem ).bind( 4, stop.rating );
      observationInsert.bind( 5, stop.positive ? 1 : 0 )
        .bind( 6, stop.note )
        .bindTextOrNull( 7, stop.proposedAction );
      observationInsert.bind( 8, observedAt ).bind( 9, created ).bind( 10, created );
      observationInsert.bind( 11, stopOf[s] );
      if ( !stop.actions.empty() )
        observationInsert.bind( 12, stop.actions.front().responsible );
      else
        observationInsert.bindNull( 12 );
      observationInsert.bind( 13, walk.lightCondition );
      observationInsert.run();
      const int64_t observationId = db.lastInsertId();
      ++summary.observations;

      for ( const ActionPlan &plan : stop.actions )
        writeAction( plan.title, stop.proposedAction, observationId, areaId, plan.responsible, plan.priority,
                     plan.status, day + 3, plan.doneAfterDays, plan.rejectionReason );
    }
  }

  for ( const AreaActionSpec &spec : areaActions() )
  {
    const auto area = areaIds.find( spec.areaName );
    const int64_t createdDay = std::max( period.lastDay - spec.createdDaysBeforeEnd, period.firstDay );
    writeAction( spec.title, spec.description, 0, area != areaIds.end() ? area->second : 0, spec.responsible,
                 spec.priority, spec.status, createdDay, spec.doneAfterDays, spec.rejectionReason );
  }
}

} // namespace tryggkarta::demo

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
  double costSek = 0; // 0: no cost given
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
          { { "Byt armaturer på Drottninggatan mot ån", "done", "Gatu- och parkenheten", 1, 21, nullptr,
              38000 } } },
        { { -205, 100 },
          "sikt",
          1,
          false,
          "Västra Strandgatan: höga buskar längs ån skymmer sikten mot gångvägen",
          "Gallra buskaget längs ån till högst en halv meter",
          { { "Gallra buskage längs Västra Strandgatan", "done", "Gatu- och parkenheten", 2, 60, nullptr,
              24000 } } },
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
              nullptr, 450000 } } },
        { { 125, 460 },
          "overblickbarhet",
          1,
          false,
          "Kungsgatan: infarten till parkeringsgården är mörk och skymd",
          "Belysning och trafikspegel vid infarten",
          { { "Belysning vid parkeringsgårdens infart", "done", "Exempelbostäder AB", 2, 45, nullptr,
              65000 } } },
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
              nullptr, 310000 } } },
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
          { { "Sanering och ny dörr vid gästhamnens toalett", "done", "Gatu- och parkenheten", 2, 25, nullptr,
              18000 } } },
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
          { { "Ny belysning längs Strandpromenaden", "proposed", "Gatu- och parkenheten", 1, 0, nullptr,
              540000 } } },
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
          { { "Bommar vid Strandpromenadens infarter", "decided", "Gatu- och parkenheten", 2, 0, nullptr,
              35000 } } },
        { { -1180, -270 },
          "tillganglighet",
          1,
          false,
          "Trappan ner mot bryggan saknar ledstång",
          "Montera ledstång",
          { { "Ledstång vid trappan mot bryggan", "done", "Gatu- och parkenheten", 3, 30, nullptr, 9000 } } },
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

//! Which priority an action from the lägesbild belongs to.
enum class PriorityLink
{
  None,
  Closed,  // the earlier, closed priority (Stationsområdet)
  OwnArea, // the current tertial's priority of its area when that ranks first or second
};

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
  PriorityLink link = PriorityLink::None;
  double costSek = 0;
};

// Actions the EST group decided from the lägesbild rather than from a walk.
const std::vector<AreaActionSpec> &areaActions()
{
  static const std::vector<AreaActionSpec> sActions = {
    { "Riktad polisnärvaro vid Stora torget fredag och lördag natt",
      "Lägesbilden visar bråk och glaskross helgnätter kring torget och krogstråket.", "Centrum", "Polisen",
      1, "in_progress", 200, 0, nullptr, PriorityLink::OwnArea },
    { "Klottersanering inom 24 timmar vid skolorna",
      "Klotter hittas måndagar efter helger; snabb sanering minskar nytt klotter.", "Norr (bostadsområde)",
      "Skolan", 2, "decided", 90, 0, nullptr, PriorityLink::OwnArea, 55000 },
    { "Kvällsöppet på fritidsgården fredagar", "Samlingar i trapphusen i Norrbacka vintertid.",
      "Norr (bostadsområde)", "Fritidsgården", 2, "proposed", 40, 0, nullptr },
    { "Kameraövervakning vid Resecentrum", "Förslag från referensgruppen.", "Stationsområdet",
      "Kollektivtrafiken", 3, "rejected", 260, 0,
      "Belysning och trygghetsvärdar prövas först; frågan tas upp igen vid årsuppföljningen",
      PriorityLink::Closed, 850000 },
    { "Belysningsinventering i Östra industriområdet",
      "Inbrott och bränder nattetid; mörka ytor mellan lagerbyggnaderna.", "Öster (industriområde)",
      "Gatu- och parkenheten", 2, "decided", 150, 0, nullptr },
  };
  return sActions;
}

//! What the group decided for a prioritised area, whichever areas the events make the top three.
struct PriorityActionSpec
{
  const char *areaName;
  const char *title;
  const char *description;
  const char *responsible;
  double costSek;
};

const std::vector<PriorityActionSpec> &priorityActions()
{
  static const std::vector<PriorityActionSpec> sActions = {
    { "Centrum", "Ordningsvakter vid krogstråket vid stängningsdags",
      "Två ordningsvakter på Storgatan fredag och lördag 00–03, betalda av krogarna och kommunen.",
      "Trygghetsvärdar", 180000 },
    { "Centrum", "Städning av Stora torget tidigt lördag och söndag",
      "Glas och skräp bort före klockan åtta, så att torget inte lockar till mer nedskräpning.",
      "Gatu- och parkenheten", 60000 },
    { "Stationsområdet", "Ljusare väntsal och cykelparkering vid Resecentrum",
      "Byt till ljusare armaturer och öppna upp väggarna mot perrongen.", "Kollektivtrafiken", 240000 },
    { "Stationsområdet", "Samverkan med taxi och nattbussar om kvällarna vid stationen",
      "Gemensam rutin när samlingar och bråk uppstår vid Resecentrum sena kvällar.", "Polisen", 0 },
    { "Norr (bostadsområde)", "Låsbyte och belysning i källargångarna i Norrbacka",
      "Nya lås till förråd och cykelrum, rörelsestyrd belysning i källargångarna.", "Exempelbostäder AB",
      320000 },
    { "Norr (bostadsområde)", "Klotterjour vid Norrbackaskolan",
      "Klotter på skolan saneras samma dag, även på helger.", "Skolan", 45000 },
    { "Strandparken/Hamnen", "Sommarvärdar i Strandparken",
      "Värdar kvällstid juni–augusti vid badplatsen och grillplatsen.", "Gatu- och parkenheten", 150000 },
    { "Strandparken/Hamnen", "Kvällstömning av papperskorgar vid bryggan",
      "Extra tömning fredag–söndag kväll under sommaren.", "Gatu- och parkenheten", 30000 },
    { "Öster (industriområde)", "Nattlig bevakning av industriområdet",
      "Bevakningsrond två gånger per natt mellan lagerbyggnaderna.", "Trygghetsvärdar", 200000 },
    { "Öster (industriområde)", "Bommar och belysning vid lagerytorna",
      "Stäng infarterna nattetid och belys lastytorna.", "Gatu- och parkenheten", 120000 },
  };
  return sActions;
}

//! The role to contact at a responsible organisation: a role, never a person's name.
const char *contactRoleOf( const std::string &organisation )
{
  static const std::map<std::string, const char *> sRoles = {
    { "Gatu- och parkenheten", "driftledare gata och park" },
    { "Exempelbostäder AB", "fastighetschef" },
    { "Kollektivtrafiken", "stationsansvarig" },
    { "Polisen", "kommunpolis" },
    { "Trygghetsvärdar", "arbetsledare för trygghetsvärdarna" },
    { "Skolan", "rektor" },
    { "Fritidsgården", "föreståndare för fritidsgården" },
  };
  const auto role = sRoles.find( organisation );
  return role == sRoles.end() ? "trygghetssamordnare" : role->second;
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

WrittenWalks writeWalks( Database &db, const Town &town, const Period &period,
                         const std::map<std::string, int64_t> &areaIds, const WrittenPriorities &priorities,
                         Random &random, DemoSummary &summary )
{
  WrittenWalks written;
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
  Statement actionInsert = db.prepare(
    "INSERT INTO actions (title, description, observation_id, area_id, responsible_organisation, priority, "
    "deadline, status, decided_date, done_date, rejection_reason, note, created_at, updated_at, priority_id, "
    "contact_role, cost_sek, kind, start_date, end_date) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  Statement historyInsert =
    db.prepare( "INSERT INTO action_status_history (action_id, from_status, to_status, effective_date, "
                "changed_at, actor, note) VALUES (?, ?, ?, ?, ?, ?, ?)" );

  auto bindIdOrNull = []( Statement &statement, int index, int64_t id )
  {
    if ( id > 0 )
      statement.bind( index, id );
    else
      statement.bindNull( index );
  };

  // An action with dates in order: created (proposed), decided or rejected, started (in progress), done;
  // each change is in the status history with the day it took effect and when it was recorded.
  struct ActionRow
  {
    std::string title;
    std::string description;
    std::string kind = "action";
    int64_t observationId = 0;
    int64_t areaId = 0;
    int64_t priorityId = 0;
    std::string responsible;
    std::string contactRole;
    int priority = 2;
    std::string status;
    int64_t createdDay = 0;
    int doneAfterDays = 0;
    std::string rejectionReason;
    double costSek = 0;
    int64_t decidedDay = -1; // -1: 18 days after it was created
    int64_t startDay = -1;   // interventions: their period
    int64_t endDay = -1;
  };
  auto writeAction = [&]( const ActionRow &row )
  {
    const std::string &status = row.status;
    const bool decided = status != "proposed";
    const bool intervention = row.kind != "action";
    const int64_t createdDay = std::min( row.createdDay, period.lastDay );
    const int64_t decidedDay = row.decidedDay >= 0
                                 ? std::min( std::max( row.decidedDay, createdDay ), period.lastDay )
                                 : std::min( createdDay + 18, period.lastDay );
    const int64_t doneDay = intervention
                              ? std::min( row.endDay, period.lastDay )
                              : std::min( decidedDay + std::max( row.doneAfterDays, 1 ), period.lastDay );
    const int64_t startedDay = intervention
                                 ? std::min( std::max( row.startDay, decidedDay ), period.lastDay )
                                 : std::min( decidedDay + std::clamp( row.doneAfterDays / 3, 1, 14 ),
                                             status == "done" ? doneDay : period.lastDay );
    const int64_t deadlineDay =
      intervention ? row.endDay : ( decided ? decidedDay : createdDay ) + 60 * row.priority;

    // The history: the day each change took effect, recorded at the office that day, in order.
    struct Change
    {
      const char *from;
      const char *to;
      int64_t day;
      std::string actor;
      std::string note;
    };
    std::vector<Change> changes = {
      { nullptr, "proposed", createdDay, "trygghetssamordnare",
        row.observationId > 0 ? "Från trygghetsvandringens protokoll" : "Förslag i EST-gruppen" } };
    if ( status == "rejected" )
      changes.push_back( { "proposed", "rejected", decidedDay, "trygghetssamordnare", row.rejectionReason } );
    else if ( decided )
      changes.push_back(
        { "proposed", "decided", decidedDay, "trygghetssamordnare", "Beslut i EST-gruppen" } );
    if ( status == "in_progress" || status == "done" )
      changes.push_back( { "decided", "in_progress", startedDay, row.contactRole, "Arbetet har börjat" } );
    if ( status == "done" )
      changes.push_back( { "in_progress", "done", doneDay, row.contactRole, "Klart" } );
    std::vector<std::string> changedAt;
    for ( size_t i = 0; i < changes.size(); ++i )
      changedAt.push_back( localToUtcText( changes[i].day, 10, static_cast<int>( i ) * 5 ) );

    actionInsert.bind( 1, row.title ).bindTextOrNull( 2, row.description );
    bindIdOrNull( actionInsert, 3, row.observationId );
    bindIdOrNull( actionInsert, 4, row.areaId );
    actionInsert.bind( 5, row.responsible ).bind( 6, row.priority );
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
    actionInsert.bindTextOrNull( 11, row.rejectionReason );
    actionInsert.bindNull( 12 );
    actionInsert.bind( 13, changedAt.front() ).bind( 14, changedAt.back() );
    bindIdOrNull( actionInsert, 15, row.priorityId );
    actionInsert.bindTextOrNull( 16, row.contactRole );
    if ( row.costSek > 0 )
      actionInsert.bind( 17, row.costSek );
    else
      actionInsert.bindNull( 17 );
    actionInsert.bind( 18, row.kind );
    if ( intervention )
      actionInsert.bind( 19, formatDate( row.startDay ) ).bind( 20, formatDate( row.endDay ) );
    else
      actionInsert.bindNull( 19 ).bindNull( 20 );
    actionInsert.run();
    actionInsert.reset();
    const int64_t actionId = db.lastInsertId();
    for ( size_t i = 0; i < changes.size(); ++i )
    {
      historyInsert.bind( 1, actionId );
      if ( changes[i].from )
        historyInsert.bind( 2, changes[i].from );
      else
        historyInsert.bindNull( 2 );
      historyInsert.bind( 3, changes[i].to ).bind( 4, formatDate( changes[i].day ) ).bind( 5, changedAt[i] );
      historyInsert.bind( 6, changes[i].actor ).bindTextOrNull( 7, changes[i].note );
      historyInsert.run();
      historyInsert.reset();
    }
    ++summary.actions;
    if ( intervention )
      ++summary.interventions;
    written.actionIds[row.title] = actionId;
    return actionId;
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
    written.walkIds.push_back( walkId );
    written.walkDays.push_back( day );

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
      {
        ActionRow row;
        row.title = plan.title;
        row.description = stop.proposedAction;
        row.observationId = observationId;
        row.areaId = areaId;
        row.responsible = plan.responsible;
        row.contactRole = contactRoleOf( plan.responsible );
        row.priority = plan.priority;
        row.status = plan.status;
        row.createdDay = day + 3;
        row.doneAfterDays = plan.doneAfterDays;
        row.rejectionReason = plan.rejectionReason ? plan.rejectionReason : "";
        row.costSek = plan.costSek;
        writeAction( row );
      }
    }
  }

  auto areaIdOf = [&]( const std::string &name ) -> int64_t
  {
    const auto area = areaIds.find( name );
    return area != areaIds.end() ? area->second : 0;
  };
  // The current tertial's priority of an area, when it ranks first or second (the third has no actions yet).
  auto topPriorityOf = [&]( const std::string &areaName ) -> const WrittenPriorities::Entry *
  {
    for ( const WrittenPriorities::Entry &entry : priorities.top )
      if ( entry.areaName == areaName && entry.rank <= 2 )
        return &entry;
    return nullptr;
  };

  for ( const AreaActionSpec &spec : areaActions() )
  {
    ActionRow row;
    row.title = spec.title;
    row.description = spec.description;
    row.areaId = areaIdOf( spec.areaName );
    row.responsible = spec.responsible;
    row.contactRole = contactRoleOf( spec.responsible );
    row.priority = spec.priority;
    row.status = spec.status;
    row.createdDay = std::max( period.lastDay - spec.createdDaysBeforeEnd, period.firstDay );
    row.doneAfterDays = spec.doneAfterDays;
    row.rejectionReason = spec.rejectionReason ? spec.rejectionReason : "";
    row.costSek = spec.costSek;
    if ( spec.link == PriorityLink::Closed )
      row.priorityId = priorities.closed.fid;
    else if ( spec.link == PriorityLink::OwnArea )
      if ( const WrittenPriorities::Entry *entry = topPriorityOf( spec.areaName ) )
        row.priorityId = entry->fid;
    writeAction( row );
  }

  // What the group decided for the tertial's first and second priority, at the meetings after it set them.
  for ( const WrittenPriorities::Entry &entry : priorities.top )
  {
    if ( entry.rank > 2 )
      continue;
    int index = 0;
    for ( const PriorityActionSpec &spec : priorityActions() )
    {
      if ( entry.areaName != spec.areaName )
        continue;
      ActionRow row;
      row.title = spec.title;
      row.description = spec.description;
      row.areaId = entry.areaId;
      row.priorityId = entry.fid;
      row.responsible = spec.responsible;
      row.contactRole = contactRoleOf( spec.responsible );
      row.priority = index == 0 ? 1 : 2;
      // First priority: one under way, one decided; second: one done, one still a proposal.
      static const char *const kStatuses[2][2] = { { "in_progress", "decided" }, { "done", "proposed" } };
      row.status = kStatuses[entry.rank - 1][index];
      row.createdDay = entry.decidedDay + 2 + 7 * index;
      row.decidedDay = entry.decidedDay + 14 + 7 * index;
      row.doneAfterDays = 30;
      row.costSek = spec.costSek;
      writeAction( row );
      ++index;
    }
  }

  // The interventions: the one that worked followed the closed priority; the other came from the lägesbild.
  for ( const DemoIntervention &intervention : demoInterventions( period ) )
  {
    ActionRow row;
    row.title = intervention.title;
    row.description = intervention.description;
    row.kind = intervention.kind;
    row.areaId = areaIdOf( intervention.areaName );
    row.responsible = intervention.responsible;
    row.contactRole = intervention.contactRole;
    row.priority = 1;
    row.startDay = intervention.startDay;
    row.endDay = intervention.endDay;
    row.status = intervention.endDay < period.lastDay      ? "done"
                 : intervention.startDay <= period.lastDay ? "in_progress"
                                                           : "decided";
    row.decidedDay = intervention.startDay - 14;
    row.createdDay = intervention.startDay - 30;
    if ( intervention.key == "guards" && priorities.closed.fid > 0 )
    {
      row.priorityId = priorities.closed.fid;
      row.createdDay = std::min( priorities.closed.decidedDay + 2, row.decidedDay );
    }
    row.costSek = intervention.costSek;
    written.interventionIds[intervention.key] = writeAction( row );
  }
  return written;
}

} // namespace tryggkarta::demo

#include "demoparts.h"

#include "datetimeparser.h"
#include "geometryblob.h"

#include <stdexcept>

// The events: when, where and what, from hot spots with their categories' rates and time profiles.

namespace tryggkarta::demo
{

namespace
{

constexpr double kIncidentsPerYear = 1300.0;

//! Relative likelihood by hour, by day and by month (each at most 1). With shiftNights, the small hours count
//! as the evening before: 01:00 on a Saturday is Friday night.
struct TimeProfile
{
  std::array<double, 24> hour;
  std::array<double, 7> day; // Monday first
  std::array<double, 12> month;
  bool shiftNights;
};

enum class Profile
{
  Nightlife,
  School,
  ParkSummer,
  ResidentialEvening,
  IndustrialNight,
  RoadsSummer,
  OfficeHours,
  DarkSeason,
  GrowingSeason,
  SummerEvent,
  ShopHours,
  ShopEvening,
  Evening,
};

const TimeProfile &timeProfile( Profile profile )
{
  static const std::map<Profile, TimeProfile> sProfiles = {
    { Profile::Nightlife,
      { { 1,   1,   .9,  .6,  .3, .1,  .05, .05, .08, .1,  .12, .14,
          .15, .15, .15, .18, .2, .25, .3,  .4,  .55, .75, .9,  1 },
        { .3, .3, .35, .45, 1, 1, .35 },
        { .8, .8, .85, .9, 1, 1, 1, 1, .95, .9, .85, .95 },
        true } },
    { Profile::School,
      { { .1, .05, .03, .02, .02, .02, .03, .05, .08, .08, .1,  .15,
          .3, .4,  .6,  .85, 1,   1,   1,   1,   .9,  .7,  .45, .25 },
        { 1, 1, 1, 1, 1, .8, .6 },
        { 1, 1, 1, 1, 1, .8, .45, .8, 1, 1, 1, .9 },
        true } },
    { Profile::ParkSummer,
      { { .8, .6, .35, .15, .05, .03, .03, .05, .07, .1, .15, .2,
          .3, .3, .35, .4,  .5,  .6,  .75, .9,  1,   1,  1,   .9 },
        { .55, .55, .6, .7, 1, 1, .7 },
        { .08, .08, .12, .3, .65, 1, 1, .95, .6, .25, .1, .08 },
        true } },
    { Profile::ResidentialEvening,
      { { .5,  .35, .2,  .1, .05, .05, .05, .05, .06, .08, .1, .12,
          .15, .18, .25, .4, .55, .7,  .85, 1,   1,   1,   .9, .7 },
        { .8, .8, .8, .85, 1, 1, .85 },
        { 1, 1, .9, .7, .55, .5, .5, .55, .7, .85, 1, 1 },
        true } },
    { Profile::IndustrialNight,
      { { 1,   1,   1,   1,   .8,  .5,  .15, .05, .05, .05, .05, .05,
          .05, .05, .05, .05, .05, .05, .1,  .2,  .35, .6,  .85, 1 },
        { .7, .7, .7, .75, 1, 1, .85 },
        { 1, 1, .9, .8, .7, .65, .8, .7, .8, .9, 1, 1 },
        true } },
    { Profile::RoadsSummer,
      { { .3,  .15, .08, .05, .03, .03, .03, .05, .05, .06, .08, .1,
          .15, .2,  .3,  .4,  .55, .75, .9,  1,   1,   1,   .8,  .5 },
        { .6, .6, .6, .7, 1, 1, .8 },
        { .05, .05, .2, .6, 1, 1, .9, 1, .8, .4, .1, .05 },
        true } },
    { Profile::OfficeHours,
      { { .01, .01, .01, .01, .01, .01, .05, .4,  1,   1,   1,   1,
          .8,  1,   1,   1,   .6,  .2,  .05, .05, .05, .03, .02, .01 },
        { 1, 1, 1, 1, .9, .08, .05 },
        { 1, 1, 1, 1, 1, 1, .5, .8, 1, 1, 1, 1 },
        false } },
    { Profile::DarkSeason,
      { { .01, .01, .01, .01, .01, .01, .05, .4, 1, 1, 1, 1, .8, 1, 1, 1, .7, .5, .5, .5, .4, .2, .05, .02 },
        { 1, 1, 1, 1, .9, .3, .3 },
        { 1, .9, .6, .3, .15, .1, .1, .2, .5, .9, 1, 1 },
        false } },
    { Profile::GrowingSeason,
      { { .01, .01, .01, .01, .01, .01, .05, .4, 1,   1,   1,   1,
          .8,  1,   1,   1,   .6,  .3,  .2,  .1, .05, .03, .02, .01 },
        { 1, 1, 1, 1, .9, .2, .2 },
        { .1, .1, .15, .3, .7, 1, .8, 1, .9, .5, .2, .1 },
        false } },
    { Profile::SummerEvent,
      { { .01, .01, .01, .01, .01, .01, .01, .01, .02, .1, .4, .7, 1, 1, 1, 1, 1, 1, 1, 1, 1, .8, .5, .2 },
        { .05, .05, .05, .1, .4, 1, .5 },
        { .1, .1, .1, .2, .5, 1, .9, 1, .5, .2, .2, .6 },
        false } },
    { Profile::ShopHours,
      { { .02, .02, .02, .02, .02, .02, .02, .02, .05, .4, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, .5, .05, .02, .02 },
        { .8, .8, .8, .85, 1, 1, .7 },
        { .8, .75, .8, .8, .85, .85, .85, .85, .85, .85, .9, 1 },
        false } },
    { Profile::ShopEvening,
      { { .1, .05, .03, .02, .02, .02, .02, .03, .05, .08, .1, .15,
          .2, .25, .3,  .5,  .7,  .85, 1,   1,   1,   .6,  .2, .1 },
        { .85, .85, .85, .9, 1, 1, .8 },
        { 1, 1, .9, .75, .6, .5, .5, .55, .7, .85, 1, 1 },
        true } },
    { Profile::Evening,
      { { .35, .25, .2, .15, .1, .1, .15, .3, .45, .5, .5, .5,
          .55, .55, .6, .7,  .8, .9, 1,   1,  1,   .9, .7, .5 },
        { .85, .85, .85, .9, 1, 1, .9 },
        { .85, .85, .9, .95, 1, 1, 1, 1, 1, .95, .9, .9 },
        true } },
  };
  return sProfiles.at( profile );
}

//! How an event's time is known: an instant, or an interval because it was found afterwards.
enum class Interval
{
  None,
  Hours,        // went on for a few hours (a party, a gathering)
  Overnight,    // from the evening to the next morning
  WeekendFound, // from Friday afternoon, found on Monday morning (schools)
  MultiDay,     // basements, storage rooms, dumped waste: one to five days
  Workday,      // a bicycle left at the station in the morning, gone in the afternoon
};

enum class Where
{
  Point,   // around a place, Gaussian scatter
  Roads,   // along named roads
  Paths,   // along footpaths
  BuiltUp, // anywhere in the built-up area (thin background)
};

struct CategoryRate
{
  const char *category;
  double perYear; // before scaling to kIncidentsPerYear
  Profile profile;
  Interval interval = Interval::None;
  double intervalShare = 0;
  const char *placeType = nullptr; // overrides the hotspot's
};

struct Hotspot
{
  const char *name;
  Where where;
  XY offset;          // from the square, for Where::Point
  double sigmaMeters; // scatter
  const char *placeType;
  std::vector<const char *> reporters;
  std::vector<CategoryRate> rates;
  std::vector<const char *> roadNames = {}; // for Where::Roads
};

Hotspot schoolHotspot( const char *name, XY offset )
{
  return { name,
           Where::Point,
           offset,
           50,
           "skola",
           { "Skolan", "Skolan", "Fritidsgården" },
           { { "klotter", 22, Profile::School, Interval::WeekendFound, 0.55 },
             { "skadegorelse_ovrig", 10, Profile::School, Interval::WeekendFound, 0.5 },
             { "glaskross", 7, Profile::School, Interval::WeekendFound, 0.4 },
             { "samling", 14, Profile::School },
             { "brand", 3, Profile::School },
             { "nedskrapning", 6, Profile::School, Interval::WeekendFound, 0.3 },
             { "incident_personal", 2, Profile::School } } };
}

const std::vector<Hotspot> &hotspots()
{
  static const std::vector<Hotspot> sHotspots = {
    { "Stora torget",
      Where::Point,
      { 0, -20 },
      60,
      "offentlig_plats",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "brak_hot", 35, Profile::Nightlife },
        { "vald", 10, Profile::Nightlife },
        { "glaskross", 20, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "storande_fest", 12, Profile::Nightlife, Interval::Hours, 0.3 },
        { "samling", 25, Profile::Nightlife },
        { "nedskrapning", 20, Profile::Nightlife, Interval::Overnight, 0.4 },
        { "klotter", 8, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "ran", 2, Profile::Nightlife },
        { "positiv_plats", 3, Profile::OfficeHours },
        { "arrangemang", 4, Profile::SummerEvent } } },
    { "Storgatans krogstråk",
      Where::Point,
      { 330, 60 },
      70,
      "offentlig_plats",
      { "Trygghetsvärdar" },
      { { "brak_hot", 20, Profile::Nightlife },
        { "vald", 8, Profile::Nightlife },
        { "storande_fest", 10, Profile::Nightlife, Interval::Hours, 0.3 },
        { "glaskross", 10, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "nedskrapning", 8, Profile::Nightlife, Interval::Overnight, 0.4 } } },
    { "Resecentrum",
      Where::Point,
      { 320, 690 },
      45,
      "station",
      { "Kollektivtrafiken", "Trygghetsvärdar" },
      { { "brak_hot", 25, Profile::Nightlife },
        { "vald", 6, Profile::Nightlife },
        { "glaskross", 15, Profile::Nightlife, Interval::Overnight, 0.3 },
        { "samling", 30, Profile::Nightlife },
        { "narkotika", 10, Profile::Nightlife },
        { "cykelstold", 25, Profile::Evening, Interval::Workday, 0.6 },
        { "klotter", 12, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "incident_personal", 5, Profile::Nightlife },
        { "skadegorelse_ovrig", 8, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "positiv_plats", 1, Profile::OfficeHours } } },
    { "Gångtunneln vid stationen",
      Where::Point,
      { 480, 790 },
      20,
      "gata",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "dalig_belysning", 4, Profile::DarkSeason },
        { "odslig_plats", 2, Profile::DarkSeason },
        { "klotter", 6, Profile::Nightlife, Interval::Overnight, 0.5 },
        { "samling", 4, Profile::Nightlife },
        { "narkotika", 3, Profile::Nightlife } } },
    schoolHotspot( "Västerskolan", { -900, 600 } ),
    schoolHotspot( "Norrbackaskolan", { 450, 1710 } ),
    schoolHotspot( "Strandskolan", { 450, -850 } ),
    { "Stadsparken",
      Where::Point,
      { 740, 0 },
      90,
      "park",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "nedskrapning", 22, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "samling", 18, Profile::ParkSummer },
        { "narkotika", 10, Profile::ParkSummer },
        { "sprutfynd", 6, Profile::OfficeHours },
        { "storande_fest", 6, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "skadegorelse_ovrig", 5, Profile::ParkSummer, Interval::Overnight, 0.5 },
        { "positiv_plats", 3, Profile::OfficeHours } } },
    { "Strandparken",
      Where::Point,
      { -800, -800 },
      130,
      "park",
      { "Gatu- och parkenheten" },
      { { "nedskrapning", 28, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "samling", 18, Profile::ParkSummer },
        { "narkotika", 8, Profile::ParkSummer },
        { "sprutfynd", 5, Profile::OfficeHours },
        { "storande_fest", 8, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "brak_hot", 5, Profile::ParkSummer },
        { "glaskross", 6, Profile::ParkSummer, Interval::Overnight, 0.3 },
        { "arrangemang", 3, Profile::SummerEvent },
        { "positiv_plats", 2, Profile::OfficeHours } } },
    { "Hamnen",
      Where::Point,
      { -250, -1330 },
      70,
      "offentlig_plats",
      { "Gatu- och parkenheten" },
      { { "samling", 6, Profile::ParkSummer },
        { "storande_fest", 5, Profile::ParkSummer, Interval::Hours, 0.3 },
        { "nedskrapning", 6, Profile::ParkSummer, Interval::Overnight, 0.4 },
        { "stold", 6, Profile::IndustrialNight, Interval::Overnight, 0.5 },
        { "positiv_plats", 2, Profile::OfficeHours } } },
    { "Norrbacka bostadsområde",
      Where::Point,
      { 300, 1950 },
      140,
      "bostadsomrade",
      { "Exempelbostäder AB", "Exempelbostäder AB", "Fritidsgården" },
      { { "samling", 28, Profile::ResidentialEvening, Interval::Hours, 0.2, "trapphus" },
        { "inbrott", 12, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "cykelstold", 14, Profile::ResidentialEvening, Interval::Overnight, 0.6 },
        { "klotter", 10, Profile::ResidentialEvening, Interval::Overnight, 0.4, "trapphus" },
        { "nedskrapning", 8, Profile::ResidentialEvening },
        { "brand", 4, Profile::ResidentialEvening },
        { "storande_fest", 6, Profile::Nightlife },
        { "buskorning", 5, Profile::RoadsSummer } } },
    { "Västra bostadsområdet",
      Where::Point,
      { -1000, 900 },
      150,
      "bostadsomrade",
      { "Exempelbostäder AB" },
      { { "samling", 16, Profile::ResidentialEvening, Interval::Hours, 0.2, "trapphus" },
        { "inbrott", 8, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "cykelstold", 8, Profile::ResidentialEvening, Interval::Overnight, 0.6 },
        { "klotter", 6, Profile::ResidentialEvening, Interval::Overnight, 0.4 },
        { "nedskrapning", 5, Profile::ResidentialEvening },
        { "storande_fest", 4, Profile::Nightlife } } },
    { "Söder bostadsområde",
      Where::Point,
      { 250, -650 },
      120,
      "bostadsomrade",
      { "Exempelbostäder AB" },
      { { "samling", 8, Profile::ResidentialEvening, Interval::None, 0, "trapphus" },
        { "cykelstold", 7, Profile::ResidentialEvening, Interval::Overnight, 0.5 },
        { "inbrott", 5, Profile::ResidentialEvening, Interval::MultiDay, 0.7, "kallare_garage" },
        { "klotter", 5, Profile::ResidentialEvening, Interval::Overnight, 0.4 } } },
    { "Östra industriområdet",
      Where::Point,
      { 2150, -50 },
      260,
      "industri",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "inbrott", 22, Profile::IndustrialNight, Interval::Overnight, 0.7 },
        { "stold", 20, Profile::IndustrialNight, Interval::Overnight, 0.6 },
        { "brand", 7, Profile::IndustrialNight },
        { "skadegorelse_ovrig", 6, Profile::IndustrialNight, Interval::Overnight, 0.5 },
        { "nedskrapning", 8, Profile::OfficeHours, Interval::MultiDay, 0.5 },
        { "odslig_plats", 3, Profile::DarkSeason },
        { "buskorning", 6, Profile::RoadsSummer } } },
    { "Kvarnens köpcentrum",
      Where::Point,
      { 1180, 470 },
      60,
      "handel",
      { "Trygghetsvärdar" },
      { { "samling", 18, Profile::ShopEvening },
        { "stold", 22, Profile::ShopHours },
        { "brak_hot", 7, Profile::ShopEvening },
        { "nedskrapning", 5, Profile::ShopEvening },
        { "klotter", 4, Profile::ShopEvening, Interval::Overnight, 0.5 },
        { "incident_personal", 3, Profile::ShopHours } } },
    { "Fritidsgården",
      Where::Point,
      { 600, 610 },
      35,
      "offentlig_plats",
      { "Fritidsgården" },
      { { "samling", 8, Profile::School },
        { "brak_hot", 4, Profile::School },
        { "incident_personal", 4, Profile::School },
        { "klotter", 4, Profile::School, Interval::Overnight, 0.5 } } },
    { "Västervallen",
      Where::Point,
      { -1300, 1450 },
      80,
      "offentlig_plats",
      { "Gatu- och parkenheten" },
      { { "arrangemang", 6, Profile::SummerEvent },
        { "nedskrapning", 5, Profile::SummerEvent },
        { "brak_hot", 3, Profile::SummerEvent },
        { "skadegorelse_ovrig", 3, Profile::Evening, Interval::Overnight, 0.5 } } },
    { "Buskörningsvägar",
      Where::Roads,
      {},
      8,
      "gata",
      { "Trygghetsvärdar", "Gatu- och parkenheten" },
      { { "buskorning", 35, Profile::RoadsSummer, Interval::Hours, 0.2 } },
      { "Hamngatan", "Vänersvägen", "Industrivägen", "Strandpromenaden", "Norra Ringvägen", "Lagergatan" } },
    { "Gångvägar och parker",
      Where::Paths,
      {},
      5,
      "gata",
      { "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "dalig_belysning", 18, Profile::DarkSeason },
        { "skymd_sikt", 12, Profile::GrowingSeason },
        { "odslig_plats", 6, Profile::DarkSeason },
        { "sprutfynd", 3, Profile::OfficeHours, Interval::None, 0, "park" } } },
    { "Bakgrund",
      Where::BuiltUp,
      {},
      0,
      "bostadsomrade",
      { "Exempelbostäder AB", "Gatu- och parkenheten", "Trygghetsvärdar" },
      { { "klotter", 20, Profile::Evening, Interval::Overnight, 0.4 },
        { "nedskrapning", 15, Profile::Evening, Interval::Overnight, 0.3, "gata" },
        { "cykelstold", 15, Profile::Evening, Interval::Overnight, 0.5 },
        { "skadegorelse_ovrig", 12, Profile::Evening, Interval::Overnight, 0.4, "gata" },
        { "inbrott", 10, Profile::Evening, Interval::MultiDay, 0.6, "kallare_garage" },
        { "stold", 10, Profile::Evening, Interval::Overnight, 0.4, "gata" },
        { "samling", 10, Profile::ResidentialEvening, Interval::None, 0, "trapphus" },
        { "brak_hot", 5, Profile::Nightlife, Interval::None, 0, "gata" },
        { "dalig_belysning", 5, Profile::DarkSeason, Interval::None, 0, "gata" },
        { "buskorning", 4, Profile::RoadsSummer, Interval::None, 0, "gata" } } },
  };
  return sHotspots;
}

//! Who reports a category: police share, and a unit that often reports it instead of the place's own
//! reporters.
struct Reporting
{
  const char *category;
  double policeShare;
  const char *usualReporter;
  double usualReporterShare;
};

const Reporting kReporting[] = {
  { "vald", 0.95, "Trygghetsvärdar", 1.0 },
  { "ran", 1.0, nullptr, 0 },
  { "inbrott", 0.75, nullptr, 0 },
  { "stold", 0.7, nullptr, 0 },
  { "cykelstold", 0.8, nullptr, 0 },
  { "brak_hot", 0.5, "Trygghetsvärdar", 0.4 },
  { "narkotika", 0.55, nullptr, 0 },
  { "buskorning", 0.35, nullptr, 0 },
  { "storande_fest", 0.3, nullptr, 0 },
  { "brand", 0.1, "Räddningstjänsten", 0.6 },
  { "sprutfynd", 0, "Gatu- och parkenheten", 0.5 },
  { "nedskrapning", 0, "Gatu- och parkenheten", 0.4 },
  { "dalig_belysning", 0, "Gatu- och parkenheten", 0.3 },
  { "skymd_sikt", 0, "Gatu- och parkenheten", 0.3 },
  { "glaskross", 0.15, nullptr, 0 },
  { "positiv_plats", 0, nullptr, 0 },
  { "arrangemang", 0.2, nullptr, 0 },
};
constexpr double kDefaultPoliceShare = 0.05;

struct Phrases
{
  const char *category;
  const char *placeType; // nullptr: any place
  std::vector<const char *> texts;
};

// Short descriptions of places and situations, never of persons (domain.md, privacy).
const std::vector<Phrases> &descriptions()
{
  static const std::vector<Phrases> sPhrases = {
    { "klotter",
      "skola",
      { "Klotter på fasad mot skolgården", "Klotter på förrådsbyggnaden vid skolan",
        "Taggar på fönster och dörrar vid skolans entré", "Klotter på skolans cykelskjul" } },
    { "klotter",
      "station",
      { "Klotter i väntsalen", "Klotter på perrongens väderskydd", "Taggar på cykelparkeringens tak" } },
    { "klotter",
      "trapphus",
      { "Klotter i trapphuset", "Klotter på källardörren", "Taggar i hissen och på postboxarna" } },
    { "klotter",
      nullptr,
      { "Klotter på fasad", "Klotter på elskåp", "Taggar på busskur", "Klotter på skyltfönster",
        "Klotter på papperskorgar och bänkar" } },
    { "glaskross",
      "skola",
      { "Krossad ruta i skolans matsal", "Krossat glas på skolgården", "Krossad ruta i paviljongen" } },
    { "glaskross",
      nullptr,
      { "Krossad ruta i busskuren", "Krossat glas på gångvägen", "Krossad entrédörr",
        "Krossade flaskor på torget" } },
    { "brand", "skola", { "Brand i papperskorg vid skolgården", "Anlagd brand i containern bakom skolan" } },
    { "brand",
      "industri",
      { "Brand i container på industriområdet", "Brand i lastpallar bakom lagerbyggnad" } },
    { "brand",
      nullptr,
      { "Brand i sopkärl vid miljöstugan", "Brand i papperskorg", "Brand i barnvagnsrum" } },
    { "skadegorelse_ovrig",
      "skola",
      { "Skadat staket runt skolgården", "Sönderslagen belysning vid skolans entré",
        "Skadade lekredskap på skolgården" } },
    { "skadegorelse_ovrig",
      nullptr,
      { "Sönderslagen belysningsarmatur", "Trasig papperskorg", "Uppbrutet elskåp", "Sönderslagna bänkar",
        "Skadade cykelställ" } },
    { "nedskrapning",
      "park",
      { "Mycket skräp vid grillplatsen", "Nedskräpning och tomma flaskor vid bänkarna",
        "Skräp och pizzakartonger vid bryggan" } },
    { "nedskrapning",
      "industri",
      { "Dumpat avfall vid infarten", "Olovlig avfallsdumpning bakom lagret",
        "Dumpade däck vid vändplanen" } },
    { "nedskrapning",
      nullptr,
      { "Nedskräpning vid bänkarna", "Fulla papperskorgar och skräp runt", "Skräp och fimpar vid entrén" } },
    { "brak_hot",
      "station",
      { "Bråk i väntsalen", "Hotfull stämning på perrongen", "Bråk vid busshållplatsen" } },
    { "brak_hot",
      nullptr,
      { "Bråk utanför restaurang vid stängning", "Hotfull stämning i taxikön", "Högljutt bråk på torget",
        "Bråk vid entrén" } },
    { "vald",
      nullptr,
      { "Misshandel utanför nattklubb", "Slagsmål på torget", "Misshandel vid busshållplatsen",
        "Slagsmål vid korvkiosken" } },
    { "buskorning",
      nullptr,
      { "Mopeder kör på gång- och cykelvägen", "Buskörning med EPA-traktorer på parkeringen",
        "Mopedbuskörning i parken", "Hög fart och rivstarter på gatan" } },
    { "storande_fest",
      nullptr,
      { "Störande fest med hög musik", "Oljud och musik från parkeringen", "Högljudd samling med musik" } },
    { "samling",
      "trapphus",
      { "Grupp ungdomar samlas i trapphuset, nedskräpning", "Samling i källargången, rökning och skräp",
        "Samling i trapphuset, boende upplever otrygghet" } },
    { "samling",
      "skola",
      { "Samling på skolgården, krossat glas", "Grupp samlas under skolans tak vid entrén",
        "Samling vid skolans cykelskjul, fimpar och skräp" } },
    { "samling",
      "station",
      { "Samling i väntsalen, resenärer upplever otrygghet", "Grupp samlas vid cykelparkeringen",
        "Samling vid perrongens trappa" } },
    { "samling",
      "park",
      { "Samling vid lekplatsen, flaskor och skräp kvar", "Grupp samlas vid bryggan, flaskor kvar",
        "Samling vid grillplatsen med musik" } },
    { "samling",
      "handel",
      { "Samling vid köpcentrets entré", "Grupp samlas i köpcentrets parkeringsgarage",
        "Samling vid snabbmatsrestaurangen" } },
    { "samling",
      nullptr,
      { "Samling på torget, resenärer och förbipasserande undviker platsen",
        "Otrygghetsskapande samling vid busskuren", "Grupp samlas vid parkeringen" } },
    { "narkotika",
      nullptr,
      { "Misstänkt narkotikaförsäljning vid parkbänkarna", "Misstänkt narkotikabruk i gångtunneln",
        "Lukt av cannabis vid parkeringen", "Misstänkt försäljning vid hållplatsen" } },
    { "sprutfynd",
      nullptr,
      { "Kanyl hittad i rabatten", "Sprutor i buskaget vid gångvägen", "Sprutfynd vid lekplatsen" } },
    { "inbrott",
      "kallare_garage",
      { "Inbrott i källarförråd", "Inbrott i cykelrum", "Uppbrutna förrådsdörrar i källaren",
        "Inbrott i garage" } },
    { "inbrott", "industri", { "Inbrott i verkstadslokal", "Inbrott i byggbod", "Inbrott i lagerlokal" } },
    { "inbrott", nullptr, { "Inbrott i förråd", "Inbrott i kiosk", "Inbrott i föreningslokal" } },
    { "stold",
      "industri",
      { "Stöld av diesel från arbetsmaskin", "Stöld av verktyg från byggarbetsplats",
        "Stöld av kopparkabel" } },
    { "stold", "handel", { "Butiksstöld", "Stöld ur bil på parkeringen", "Stöld av varor från lastkaj" } },
    { "stold", nullptr, { "Stöld ur bil", "Stöld av båtmotor", "Stöld från byggarbetsplats" } },
    { "ran", nullptr, { "Rån vid bankomat", "Rån på gångvägen", "Personrån vid hållplatsen" } },
    { "cykelstold",
      nullptr,
      { "Cykelstöld från cykelparkeringen", "Stöld av elcykel från cykelställ",
        "Cykel stulen ur cykelrummet" } },
    { "dalig_belysning",
      nullptr,
      { "Trasig gatubelysning längs gångvägen", "Mörk passage, flera lampor släckta",
        "Gångtunneln dåligt upplyst", "Belysning saknas vid hållplatsen" } },
    { "skymd_sikt",
      nullptr,
      { "Höga buskar skymmer sikten längs gångvägen", "Igenvuxen häck vid övergångsställe",
        "Skymd sikt vid tunnelmynningen" } },
    { "odslig_plats",
      nullptr,
      { "Öde parkering utan insyn", "Gångväg utan insyn från bostäder", "Öde område efter stängning" } },
    { "incident_personal",
      nullptr,
      { "Hot mot personal vid entrén", "Personal utsatt för hot vid stängning",
        "Hot mot personal vid hållplatsen", "Personal utsatt för glåpord och hot" } },
    { "arrangemang", "park", { "Sommarkonsert i Strandparken", "Midsommarfirande", "Familjedag i parken" } },
    { "arrangemang",
      nullptr,
      { "Marknad på torget", "Julmarknad", "Fotbollsmatch", "Musikfestival", "Cupfinal på idrottsplatsen" } },
    { "positiv_plats",
      nullptr,
      { "Upplevs trygg: bra belysning och folkliv", "Ny belysning, platsen känns tryggare",
        "Trivsam plats med mycket folk dagtid", "Öppen och överblickbar plats" } },
  };
  return sPhrases;
}

const Phrases &phrasesFor( const std::string &category, const std::string &placeType )
{
  const Phrases *fallback = nullptr;
  for ( const Phrases &phrases : descriptions() )
  {
    if ( category != phrases.category )
      continue;
    if ( phrases.placeType && placeType == phrases.placeType )
      return phrases;
    if ( !phrases.placeType )
      fallback = &phrases;
  }
  if ( !fallback )
    throw std::logic_error( "No description for category " + category );
  return *fallback;
}

const WeeklyReporter *weeklyReporterOf( const std::string &organisation )
{
  for ( const WeeklyReporter &reporter : weeklyReporters() )
    if ( organisation == reporter.organisation )
      return &reporter;
  return nullptr;
}

//! Local day of the first of the month monthsBack months before the day's month.
int64_t monthStart( int64_t day, int monthsBack )
{
  const CivilDate date = daysToCivil( day );
  const int index = date.year * 12 + ( date.month - 1 ) - monthsBack;
  return daysFromCivil( index / 12, index % 12 + 1, 1 );
}

class IncidentGenerator
{
public:
  IncidentGenerator( const Town &town, const Period &period, Random &random )
    : mTown( town ), mPeriod( period ), mRandom( random )
  {
  }

  std::vector<IncidentRecord> generate( int years )
  {
    double totalPerYear = 0;
    for ( const Hotspot &hotspot : hotspots() )
      for ( const CategoryRate &rate : hotspot.rates )
        totalPerYear += rate.perYear;
    const double scale = kIncidentsPerYear / totalPerYear;

    std::vector<IncidentRecord> records;
    for ( const Hotspot &hotspot : hotspots() )
    {
      const std::vector<Path> lines = linesFor( hotspot );
      for ( const CategoryRate &rate : hotspot.rates )
      {
        const int count = mRandom.poisson( rate.perYear * scale * years );
        for ( int i = 0; i < count; ++i )
          records.push_back( makeIncident( hotspot, rate, lines ) );
      }
    }
    std::stable_sort( records.begin(), records.end(),
                      []( const IncidentRecord &a, const IncidentRecord &b )
                      { return a.fromUtc < b.fromUtc; } );
    applyInterventions( records );
    leaveOutMissedReports( records );
    return records;
  }

private:
  //! The target areas' events in the interventions' categories and periods, thinned to their kept share. The
  //! draw is a hash of the event, not the random stream, so every other event and the walks stay the same.
  void applyInterventions( std::vector<IncidentRecord> &records ) const
  {
    for ( const DemoIntervention &intervention : demoInterventions( mPeriod ) )
    {
      if ( intervention.keptShare >= 1 )
        continue;
      Region target;
      target.add( *areaPolygons( mTown, intervention.areaName ) );
      const auto removed =
        std::remove_if( records.begin(), records.end(),
                        [&]( const IncidentRecord &r )
                        {
                          if ( std::find( intervention.categories.begin(), intervention.categories.end(),
                                          r.category ) == intervention.categories.end() )
                            return false;
                          const int64_t day = localDayOfMidpoint( r );
                          return day >= intervention.startDay && day <= intervention.endDay &&
                                 target.contains( r.position ) && hashUniform( r ) >= intervention.keptShare;
                        } );
      records.erase( removed, records.end() );
    }
  }

  //! The events of the weekly reports an organisation never sent never entered the project.
  void leaveOutMissedReports( std::vector<IncidentRecord> &records ) const
  {
    const int64_t lastMonday = mPeriod.lastDay - ( isoWeekday( mPeriod.lastDay ) - 1 );
    const auto removed = std::remove_if(
      records.begin(), records.end(),
      [&]( const IncidentRecord &r )
      {
        const WeeklyReporter *reporter = r.source == "est" ? weeklyReporterOf( r.organisation ) : nullptr;
        if ( !reporter || reporter->missedWeeksBack.empty() )
          return false;
        const int64_t day = floorDiv( stockholmWallClock( r.createdUtc ), kSecondsPerDay );
        const int64_t weeksBack = floorDiv( lastMonday - ( day - ( isoWeekday( day ) - 1 ) ), 7 );
        return std::find( reporter->missedWeeksBack.begin(), reporter->missedWeeksBack.end(), weeksBack ) !=
               reporter->missedWeeksBack.end();
      } );
    records.erase( removed, records.end() );
  }

  static int64_t localDayOfMidpoint( const IncidentRecord &r )
  {
    const int64_t middle = r.untilUtc >= 0 ? r.fromUtc + ( r.untilUtc - r.fromUtc ) / 2 : r.fromUtc;
    return floorDiv( stockholmWallClock( middle ), kSecondsPerDay );
  }

  //! Uniform in [0, 1) from the event's time, place and category (splitmix64).
  static double hashUniform( const IncidentRecord &r )
  {
    auto mix = []( uint64_t z )
    {
      z += 0x9e3779b97f4a7c15ULL;
      z = ( z ^ ( z >> 30 ) ) * 0xbf58476d1ce4e5b9ULL;
      z = ( z ^ ( z >> 27 ) ) * 0x94d049bb133111ebULL;
      return z ^ ( z >> 31 );
    };
    uint64_t h = mix( static_cast<uint64_t>( r.fromUtc ) );
    h = mix( h ^ static_cast<uint64_t>( std::llround( r.position.x * 10 ) ) );
    h = mix( h ^ static_cast<uint64_t>( std::llround( r.position.y * 10 ) ) );
    for ( char c : r.category )
      h = mix( h ^ static_cast<unsigned char>( c ) );
    return static_cast<double>( h >> 11 ) * ( 1.0 / 9007199254740992.0 );
  }

  std::vector<Path> linesFor( const Hotspot &hotspot ) const
  {
    std::vector<Path> lines;
    for ( const Road &road : mTown.roads )
    {
      const bool wanted =
        hotspot.where == Where::Paths
          ? road.kind == "path"
          : std::find_if( hotspot.roadNames.begin(), hotspot.roadNames.end(),
                          [&]( const char *name ) { return road.name == name; } ) != hotspot.roadNames.end();
      if ( wanted )
        lines.push_back( road.path );
    }
    return lines;
  }

  bool isValidPlace( const XY &p ) const
  {
    return mTown.boundaryRegion.contains( p ) && !mTown.water.contains( p );
  }

  //! A location for the hotspot; candidates in the water or outside the town are drawn again.
  XY drawPosition( const Hotspot &hotspot, const std::vector<Path> &lines )
  {
    double totalLength = 0;
    for ( const Path &line : lines )
      totalLength += pathLength( line );
    for ( int attempt = 0; attempt < 10000; ++attempt )
    {
      XY p;
      switch ( hotspot.where )
      {
      case Where::Point:
      {
        const XY centre = fromSquare( hotspot.offset );
        p = { centre.x + hotspot.sigmaMeters * mRandom.normal(),
              centre.y + hotspot.sigmaMeters * mRandom.normal() };
        break;
      }
      case Where::Roads:
      case Where::Paths:
      {
        if ( lines.empty() )
          throw std::logic_error( std::string( "No roads for " ) + hotspot.name );
        double along = mRandom.uniform( 0, totalLength );
        size_t index = 0;
        while ( index + 1 < lines.size() && along > pathLength( lines[index] ) )
          along -= pathLength( lines[index++] );
        const XY onLine = pointAlong( lines[index], along );
        p = { onLine.x + hotspot.sigmaMeters * mRandom.normal(),
              onLine.y + hotspot.sigmaMeters * mRandom.normal() };
        break;
      }
      case Where::BuiltUp:
      {
        const OGREnvelope &e = mTown.builtUp.envelope();
        p = { mRandom.uniform( e.MinX, e.MaxX ), mRandom.uniform( e.MinY, e.MaxY ) };
        if ( !mTown.builtUp.contains( p ) )
          continue;
        break;
      }
      }
      if ( isValidPlace( p ) )
        return { std::round( p.x * 10 ) / 10, std::round( p.y * 10 ) / 10 };
    }
    throw std::logic_error( std::string( "No place on land for " ) + hotspot.name );
  }

  //! A local day and minute drawn from the profile by rejection sampling.
  int64_t drawLocalTime( Profile profile )
  {
    const TimeProfile &p = timeProfile( profile );
    for ( int attempt = 0; attempt < 100000; ++attempt )
    {
      const int64_t day =
        mPeriod.firstDay + mRandom.uniformInt( 0, static_cast<int>( mPeriod.dayCount() ) - 1 );
      const int minute = mRandom.uniformInt( 0, 24 * 60 - 1 );
      const int hour = minute / 60;
      const int weekday = isoWeekday( p.shiftNights && hour < 6 ? day - 1 : day ) - 1; // 0 = Monday
      const int month = daysToCivil( day ).month;
      if ( mRandom.uniform() < p.hour[hour] * p.day[weekday] * p.month[month - 1] )
        return day * kSecondsPerDay + minute * 60;
    }
    throw std::logic_error( "Time profile never accepts" );
  }

  //! Local seconds for a day at a time drawn between two hours, on a five-minute grid as reports give it.
  int64_t localAt( int64_t day, double fromHour, double toHour )
  {
    const int minute = static_cast<int>( mRandom.uniform( fromHour, toHour ) * 12 ) * 5;
    return day * kSecondsPerDay + minute * 60;
  }

  //! Replaces the instant by an interval when the event was found afterwards; false if it would leave the
  //! period.
  bool makeInterval( Interval kind, int64_t instantLocal, int64_t &fromLocal, int64_t &untilLocal )
  {
    const int64_t day = floorDiv( instantLocal, kSecondsPerDay );
    const int hour = static_cast<int>( ( instantLocal - day * kSecondsPerDay ) / 3600 );
    switch ( kind )
    {
    case Interval::None:
      return false;
    case Interval::Hours:
      fromLocal = instantLocal;
      untilLocal = instantLocal + mRandom.uniformInt( 4, 20 ) * 15 * 60;
      break;
    case Interval::Overnight:
    {
      const int64_t evening = hour < 12 ? day - 1 : day;
      fromLocal = localAt( evening, 17, 22 );
      untilLocal = localAt( evening + 1, 5.5, 8.5 );
      break;
    }
    case Interval::WeekendFound:
    {
      const int64_t friday = day - ( isoWeekday( day ) + 7 - 5 ) % 7;
      fromLocal = localAt( friday, 15, 18.5 );
      untilLocal = localAt( friday + 3, 6, 8 );
      break;
    }
    case Interval::MultiDay:
      fromLocal = localAt( day, 8, 20 );
      untilLocal = localAt( day + mRandom.uniformInt( 1, 5 ), 7, 18 );
      break;
    case Interval::Workday:
      fromLocal = localAt( day, 6.5, 9 );
      untilLocal = localAt( day, 15, 18.5 );
      break;
    }
    return true;
  }

  IncidentRecord makeIncident( const Hotspot &hotspot, const CategoryRate &rate,
                               const std::vector<Path> &lines )
  {
    IncidentRecord record;
    record.category = rate.category;
    record.placeType = rate.placeType ? rate.placeType : hotspot.placeType;
    record.position = drawPosition( hotspot, lines );

    const int64_t instantLocal = drawLocalTime( rate.profile );
    record.fromUtc = stockholmWallClockToUtc( instantLocal );
    int64_t fromLocal = 0, untilLocal = 0;
    if ( rate.intervalShare > 0 && mRandom.chance( rate.intervalShare ) &&
         makeInterval( rate.interval, instantLocal, fromLocal, untilLocal ) )
    {
      const int64_t fromUtc = stockholmWallClockToUtc( fromLocal );
      const int64_t untilUtc = stockholmWallClockToUtc( untilLocal );
      if ( fromUtc >= mPeriod.startUtc && untilUtc <= mPeriod.endUtc && untilUtc > fromUtc )
      {
        record.fromUtc = fromUtc;
        record.untilUtc = untilUtc;
      }
    }

    const Reporting *reporting = nullptr;
    for ( const Reporting &r : kReporting )
      if ( record.category == r.category )
        reporting = &r;
    const double policeShare = reporting ? reporting->policeShare : kDefaultPoliceShare;
    if ( mRandom.chance( policeShare ) )
    {
      record.source = "police";
      record.organisation = "Polisen";
    }
    else
    {
      record.source = "est";
      const bool usual =
        reporting && reporting->usualReporter && mRandom.chance( reporting->usualReporterShare );
      record.organisation = usual ? reporting->usualReporter : mRandom.pick( hotspot.reporters );
    }
    if ( record.source == "est" )
      record.fromUtc -= record.fromUtc % 300; // EST reports give times to five minutes

    const double weightDraw = mRandom.uniform();
    record.weight = weightDraw < 0.03 ? 3 : weightDraw < 0.11 ? 2 : 1;
    record.description = mRandom.pick( phrasesFor( record.category, record.placeType ).texts );

    // Police records arrive within a day or two, at any hour; EST actors report within the week, in office
    // hours on a weekday.
    // Organisations that report weekly send the past week's events on their weekday of the next week; the
    // demo's last week counts as reported on its last day, so the latest week is complete.
    const int64_t known = record.untilUtc >= 0 ? record.untilUtc : record.fromUtc;
    int64_t created = 0;
    if ( record.source == "police" )
      created = known + mRandom.uniformInt( 1, 48 ) * 3600;
    else if ( const WeeklyReporter *reporter = weeklyReporterOf( record.organisation ) )
    {
      mRandom.uniformInt( 0, 6 ); // drawn as for the others, so every later draw stays the same
      const int64_t time = localAt( 0, 8, 16.5 );
      const int64_t knownDay = floorDiv( stockholmWallClock( known ), kSecondsPerDay );
      const int64_t reportDay = knownDay - ( isoWeekday( knownDay ) - 1 ) + 7 + ( reporter->weekday - 1 );
      created = stockholmWallClockToUtc( reportDay * kSecondsPerDay + time );
    }
    else
    {
      int64_t day = floorDiv( stockholmWallClock( known ), kSecondsPerDay ) + mRandom.uniformInt( 0, 6 );
      const int64_t time = localAt( 0, 8, 16.5 );
      do
      {
        while ( isoWeekday( day ) >= 6 )
          ++day;
        created = stockholmWallClockToUtc( day * kSecondsPerDay + time );
        ++day;
      } while ( created < known );
    }
    record.createdUtc = std::max( known, std::min( created, mPeriod.endUtc ) );
    return record;
  }

  const Town &mTown;
  const Period &mPeriod;
  Random &mRandom;
};

} // namespace

// The demo's interventions, for an evaluation (difference in differences, RES, WDD) to run on. With the
// default end date 2026-11-22:
// - "guards", the one that worked: trygghetsvärdar at Resecentrum, target Stationsområdet (EST2), comparison
//   Centrum (EST1), January–August 2026 (months 10 to 3 before the last day's month), before period
//   January–August 2025. Categories samling, brak_hot, vald, glaskross and klotter: both areas have them at
//   similar levels (Resecentrum, the tunnel and the youth centre; the square and Storgatan) with the same
//   night-life time profile, so the comparison stays level, while in the target half of them are left out
//   during the period (−50 %).
// - "youth_workers", the one that did not: fältassistenter in Norrbacka, target Norr (bostadsområde) (EST3),
//   comparison Västra staden (district D3: Västra bostadsområdet and Västerskolan), February–September 2026,
//   before period February–September 2025. Categories samling, klotter, skadegorelse_ovrig and glaskross; the
//   events are left as they are.
// The areas in each pair do not overlap. The same months a year earlier are the "before" period, so the
// seasons cancel. An event counts at its midpoint, in local days, as the lägesbild and the evaluation count.
std::vector<DemoIntervention> demoInterventions( const Period &period )
{
  std::vector<DemoIntervention> interventions;
  auto monthsBefore = [&]( DemoIntervention &intervention, int firstBack, int lastBack )
  {
    intervention.startDay = monthStart( period.lastDay, firstBack );
    intervention.endDay = monthStart( period.lastDay, lastBack - 1 ) - 1;
    intervention.beforeStartDay = monthStart( period.lastDay, firstBack + 12 );
    intervention.beforeEndDay = monthStart( period.lastDay, lastBack + 11 ) - 1;
  };
  {
    DemoIntervention guards;
    guards.key = "guards";
    guards.title = "Trygghetsvärdar vid Resecentrum fredag och lördag kväll";
    guards.description =
      "Två trygghetsvärdar vid Resecentrum, gångtunneln och fritidsgården fredag och lördag "
      "20–02, efter prioriteringen av Stationsområdet.";
    guards.kind = "guards";
    guards.areaName = "Stationsområdet";
    guards.comparisonAreaName = "Centrum";
    guards.categories = { "samling", "brak_hot", "vald", "glaskross", "klotter" };
    monthsBefore( guards, 10, 3 );
    guards.keptShare = 0.5;
    guards.responsible = "Trygghetsvärdar";
    guards.contactRole = "arbetsledare för trygghetsvärdarna";
    guards.costSek = 420000;
    interventions.push_back( guards );
  }
  {
    DemoIntervention youth;
    youth.key = "youth_workers";
    youth.title = "Fältassistenter kvällstid i Norrbacka";
    youth.description = "Fältassistenter i Norrbacka tisdag–lördag kvällar, kring skolan och trapphusen.";
    youth.kind = "youth_workers";
    youth.areaName = "Norr (bostadsområde)";
    youth.comparisonAreaName = "Västra staden";
    youth.categories = { "samling", "klotter", "skadegorelse_ovrig", "glaskross" };
    monthsBefore( youth, 9, 2 );
    youth.keptShare = 1;
    youth.responsible = "Fritidsgården";
    youth.contactRole = "enhetschef fältverksamheten";
    youth.costSek = 260000;
    interventions.push_back( youth );
  }
  return interventions;
}

// The EST actors report weekly; Fritidsgården has not sent its last three reports and Kollektivtrafiken
// missed two of its recent ones, so "who has reported" shows gaps. Polisen's records come from its own
// extract and Räddningstjänsten reports the odd fire when there is one: neither is expected every week.
const std::vector<WeeklyReporter> &weeklyReporters()
{
  static const std::vector<WeeklyReporter> sReporters = {
    { "Gatu- och parkenheten", 1, {} },
    { "Trygghetsvärdar", 1, {} },
    { "Skolan", 2, {} },
    { "Fritidsgården", 2, { 0, 1, 2 } },
    { "Exempelbostäder AB", 3, {} },
    { "Kollektivtrafiken", 3, { 1, 3 } },
  };
  return sReporters;
}

std::vector<IncidentRecord> generateIncidents( const Town &town, const Period &period, Random &random,
                                               int years )
{
  IncidentGenerator generator( town, period, random );
  return generator.generate( years );
}

int64_t writeIncidents( Database &db, const std::vector<IncidentRecord> &records )
{
  Statement insert =
    db.prepare( "INSERT INTO incidents (geom, occurred_from, occurred_until, category, organisation, "
                "place_type, weight, description, source, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
  std::vector<unsigned char> blob;
  for ( const IncidentRecord &r : records )
  {
    blob.clear();
    appendGpkgPoint( blob, kSrsId, r.position.x, r.position.y );
    bindGeometry( insert, 1, blob );
    insert.bind( 2, formatUtcIso( r.fromUtc ) );
    if ( r.untilUtc >= 0 )
      insert.bind( 3, formatUtcIso( r.untilUtc ) );
    else
      insert.bindNull( 3 );
    const std::string created = formatUtcIso( r.createdUtc );
    insert.bind( 4, r.category ).bind( 5, r.organisation ).bind( 6, r.placeType ).bind( 7, r.weight );
    insert.bind( 8, r.description ).bind( 9, r.source ).bind( 10, created ).bind( 11, created );
    insert.run();
  }
  return static_cast<int64_t>( records.size() );
}

} // namespace tryggkarta::demo

#include "cliutil.h"

#include "climessages.h"

#include "datetimeparser.h"
#include "projectfile.h"
#include "selection.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>

namespace tryggkarta::cli
{

namespace
{
const char *kUsage = R"(Usage: tryggkarta-cli COMMAND ...

Commands:
  new OUT.gpkg [--crs EPSG:N]
      Create an empty project (SWEREF 99 TM unless another CRS is given).
  demo OUT.gpkg [--seed N] [--until YYYY-MM-DD]
      Create the demo project Exempelkommun (synthetic data).
  info PROJECT.gpkg
      Show the schema version and the number of rows per table.
  recover PROJECT.gpkg --out NEW.gpkg
      Copy every row that can still be read of a damaged project into a new project,
      and report per table what was copied and what could not be read. The damaged
      file is only read.
  results PROJECT.gpkg [--delete NAME | --export NAME --out FILE]
      List the analysis results stored in the project (with their selection and
      parameters), remove one, or export one to GeoTIFF, GeoPackage, GeoJSON or CSV.

Maps and the lägesbild report (in Swedish, without a display, for scheduled runs):
  print PROJECT.gpkg --out FILE.pdf|FILE.png [--template "A4 liggande"] [--title TEXT]
        [--period 2026-W47 | --from DATE --until DATE] [--show heatmap|hotspots|clusters|incidents]
        [--public] [--dpi N] [selection options]
      A map through a print template (A4 or A3, liggande or stående; the project's own
      version when one was edited in QGIS): title, period, legend with units, method,
      filter, sources, scale bar, north arrow and classification line. --public
      aggregates to cells, hides counts below the project's k and prints no points.
  report PROJECT.gpkg --period 2026-W47|2026-11|2026-T3|2026|FROM..UNTIL --out FILE.pdf
        [--public] [--area NAME] [--categories LIST]
      The lägesbild for the period as lag 2023:196 structures it: summary, mapping
      (maps, tables, charts), other information, analysis, follow-up.
  settings PROJECT.gpkg [--organisation NAME] [--publish-min-count K]
      Show or set the organisation printed on maps and reports, and k, the smallest count
      the public mode publishes (2-100, default 5).
  note PROJECT.gpkg --period 2026-W47|2026-11|... [--text TEXT | --clear]
      Show, write or remove the coordinator's note for a period (in its report; never in
      the public one). Personal data in it is replaced with placeholders.
  templates PROJECT.gpkg [--install | --export FOLDER]
      List the print templates; --install puts them into the project for QGIS
      Desktop's layout designer (Project → Layouts); --export writes .qpt files.
  walk new PROJECT.gpkg --name NAME [--date YYYY-MM-DD] [--time HH:MM]
        [--light daylight|dusk|dark|dusk-and-dark] [--area NAME] [--organiser TEXT]
        [--meeting-point TEXT] [--purpose TEXT] [--expected N] [--invite ORG,ORG]
      Plan a safety walk; prints its id.
  walk suggest PROJECT.gpkg --area NAME [--max-length M] [--stops N] [--months N]
        [--start X,Y] [--loop] [--straight] [--walk ID | --name NAME ...] [--dry-run]
      Suggest a route through the area's top places from the lägesbild (where events
      gather, Gi* hot spots, clusters, reported insecure places, unsafe findings of
      earlier walks), within M metres (default 2500) and N stops (default 8), along the
      street layer; stores it as a new walk (or on --walk ID) and prints its id.
  walk list PROJECT.gpkg
  walk show PROJECT.gpkg --walk ID [--context [--radius M] [--months N]]
  walk stops PROJECT.gpkg --walk ID [--add X,Y[,NAME]] [--remove N] [--move N:X,Y]
        [--order 3,1,2]
      Change a walk's numbered stops (renumbered in order).
  walk repeat PROJECT.gpkg --walk ID [--name NAME] [--date YYYY-MM-DD]
      Plan a repeat walk on the same route and stops; prints its id.
  walk action PROJECT.gpkg --observation FID
      Make an action (status föreslagen) from an observation's proposed action.
  walk correlations PROJECT.gpkg
      Which checklist items go with the overall feeling across the project's walks.
  walk-kit PROJECT.gpkg --walk ID --out FILE.pdf [--months N] [--radius M]
      The walkers' kit for a safety walk (A4): the plan and a map of the route with its
      numbered stops, then a page per stop with why it is on the route, the events
      within M metres (default 100) over the last N months (default 6) by category,
      what earlier walks found there and their actions, and the project's checklist
      to fill in (0-3 per item, notes, overall feeling, proposed action, responsible).
  walk-protocol PROJECT.gpkg --walk ID --out FILE.pdf
      The protocol after a walk: participants per organisation (counts), the route
      map, a summary, each stop's ratings, notes, proposed actions, deadlines and
      action status with photos, then and now for a repeat walk, and which items go
      with the overall feeling across the project's walks.

Priorities and actions (EST: prioritise, act, follow up):
  actions PROJECT.gpkg [--status S[,S]] [--organisation ORG[,ORG]] [--priority 1-3]
        [--priority-id ID] [--area NAME] [--overdue] [--interventions | --actions-only]
        [--public] [--out FILE.csv|FILE.xlsx|FILE.pdf]
      The action list (by deadline), overdue ones marked FÖRSENAD; statuses proposed,
      decided, in_progress, done, rejected (or föreslagen, beslutad, pågår, klar,
      avslagen). --out writes CSV (UTF-8, ';'), XLSX or an A4 landscape PDF grouped by
      status (through tryggkarta-render) with Swedish headers. --public leaves out
      notes, costs and contact roles: what, status, responsible organisation,
      deadline, done date and the reason for each action not taken.
  action PROJECT.gpkg add --title TEXT [--kind action|patrols|guards|lighting|cleaning|
        pruning|youth_workers|cameras|other_intervention] [--priority-id ID]
        [--observation ID] [--incident ID] [--area NAME] [--responsible ORG]
        [--contact-role ROLE] [--priority 1-3] [--deadline DATE] [--cost SEK]
        [--start DATE --end DATE] [--at X,Y] [--status S] [--reason TEXT]
        [--note TEXT] [--description TEXT]
      A new action (an intervention with a --kind other than action); a contact is a
      role, never a name. Free text is screened for personal data.
  action PROJECT.gpkg status ID[,ID] STATUS [--date DATE] [--note TEXT] [--reason TEXT]
      Move actions to a status (all or none): rejected needs --reason; done for an
      action never decided needs --note; --date is when it happened (default today).
  action PROJECT.gpkg show ID
      An action with its status history.
  action PROJECT.gpkg remove ID
  priority PROJECT.gpkg add --period-label TEXT --from DATE --until DATE | --period 2026-T3
        --area NAME --problem TEXT [--categories A,B] [--cause TEXT] [--goal TEXT]
        [--rank N]
      A prioritised problem for a period, with its figures from the incidents: the
      area's events in the period, the period before and a year before, the changes
      and its rank among the areas.
  priority PROJECT.gpkg list [--period LABEL]
  priority PROJECT.gpkg remove ID
      Its actions stay, without a priority.
  follow-up PROJECT.gpkg
      The loose ends: active priorities without actions, actions with neither a
      priority nor an observation, and overdue actions.
  evaluate PROJECT.gpkg --intervention ID | --target AREA --before FROM..UNTIL
        --after FROM..UNTIL  [--comparison AREA] [--buffer M] [--categories A,B]
        [--suggest-comparison] [--save] [--name TEXT] [--out FILE.pdf|FILE.csv]
      An intervention's effect: events in the target and a comparison area (and a
      ring of M metres around the target) before and after, per category group and
      in total: difference in differences, RES with its 95 % interval, WDD with SE,
      WDQ for displacement or diffusion of benefits, and what the counts can show.
      --intervention takes the target and the after period from the action (the
      before period: as long, just before); dates as YYYY-MM-DD..YYYY-MM-DD. The
      areas must not overlap. --suggest-comparison lists areas outside the target
      ranked by level and trend before. --save stores the result in the project;
      --out writes CSV or a one-page PDF (through tryggkarta-render).

Citizen promises (medborgarlöften) and weekly reporting:
  promises PROJECT.gpkg --year YYYY [--public] [--out FILE.pdf]
      The year's follow-up: per activity what was promised (how many times, when,
      where), what was done (the linked safety walks and actions with their dates and
      status, "2 av 4 trygghetsvandringar genomförda") and the lägesbild of the place
      it named (events this year against the year before, by category group).
      --public: plain Swedish for the public, no internal notes, counts below the
      project's k hidden. --out writes an A4 PDF (through tryggkarta-render).
  promise PROJECT.gpkg add --year YYYY --title TEXT [--signed DATE]
        [--police-role ROLE] [--municipality-role ROLE] [--summary TEXT] [--basis TEXT]
      A new citizen promise; signatories are roles (lokalpolisområdeschef,
      kommunstyrelsens ordförande), never names. Prints its id.
  promise PROJECT.gpkg activity-add --promise ID --title TEXT --owner police|municipality|both
        [--kind safety_walk|information_meeting|patrol|dialogue|environment|other]
        [--count N] [--from DATE --until DATE] [--area NAME] [--place TEXT]
        [--description TEXT] [--note TEXT]
  promise PROJECT.gpkg activity-status ID planned|in_progress|done|cancelled [--date DATE]
      (done needs --date, the day it was done)
  promise PROJECT.gpkg link|unlink ACTIVITY --walk ID | --action ID
      A safety walk or an action (or intervention) that carries the activity out.
  promise PROJECT.gpkg list | remove ID | activity-remove ID
  reporting PROJECT.gpkg [--weeks N] [--expect ORG | --no-expect ORG]
      Who has reported in the last N ISO weeks (default 8, up to this week): a mark per
      week in which an incident of the organisation entered the project, its last
      report and the weeks missing. --expect / --no-expect sets whether the
      organisation is expected to report every week.

Categories and crosswalks (kategorinycklar):
  category PROJECT.gpkg list
      The category groups with their categories: code, colour, names, incidents, hidden.
  category PROJECT.gpkg add CODE --label-sv NAME [--label-en NAME] --group GROUP
        [--color #rrggbb]
      A new category (code: a-z, 0-9, _); without --color, a colour clearly apart
      from those in use.
  category PROJECT.gpkg rename CODE --label-sv NAME [--label-en NAME]
  category PROJECT.gpkg recolour CODE #rrggbb
  category PROJECT.gpkg move CODE GROUP
  category PROJECT.gpkg hide CODE | show CODE
      A hidden category keeps its incidents but is left out of the lists to choose from.
  category PROJECT.gpkg merge FROM INTO
      FROM's incidents, crosswalk lines and the priorities and evaluations naming it
      move to INTO, and FROM is removed: one transaction, in the audit log.
  crosswalk PROJECT.gpkg list
      The crosswalks (e.g. polisen, the police feed's event types) with their lines.
  crosswalk PROJECT.gpkg show NAME
  crosswalk PROJECT.gpkg set NAME [VALUE=CODE ...] [--leave-out VALUE ...] [--note TEXT]
      Read a source's VALUE as the category CODE, or leave its rows out on purpose
      (kept with the import's rejects, counted apart from errors). All lines or none;
      a new crosswalk when there is none of that name.
  crosswalk PROJECT.gpkg remove NAME [VALUE]
      Remove the crosswalk, or only its line for VALUE.
  crosswalk PROJECT.gpkg export NAME FILE.csv | import NAME FILE.csv
      As CSV (UTF-8, ';'): source_value;category;leave_out;note. An import reads every
      line or, when a row is wrong, none (naming the row).
  precision PROJECT.gpkg detect
      Find the stand-in points (a municipality's or county's centroid, a point the rows
      name a town for, one far busier than any real place) in every import batch again:
      their incidents stay counted but are no longer drawn or analysed as points.
  precision PROJECT.gpkg set exact|address|street|area|municipality|county FID ...
      Set the place precision of incidents by fid (FID,FID,... or several).

Analyses store their result in the project under --name (default: the method and
the period; --replace overwrites a result of that name), or write --out FILE instead.
They all take the selection options:
      --from YYYY-MM-DD --until YYYY-MM-DD
                                      the period (local dates, until inclusive)
      --intervals overlap|midpoint    an event known as an interval counts where it
                                      overlaps (default) or where its midpoint falls
      --categories CODE,CODE          --sources est,police,safety_walk,manual
      --organisations NAME,NAME       --area NAME|CODE|ID (only events inside it)
      --weekdays 1-5|mon,fri,...      ISO weekdays, 1 = Monday (local time)
      --hours 22-4|18,19,...          local hours 0-23; ranges may wrap midnight
  kde, hotspots and clusters also take safety-walk observations:
      --layer incidents|observations|both
                                      what the analysis counts (default incidents).
                                      Observations are the problems a walk found
                                      (not positive places, not unconfirmed drafts),
                                      weighted 3 - rating (rating 0, very unsafe,
                                      weighs 3; no rating weighs 1; a problem rated
                                      3 weighs 0 and is left out); DBSCAN counts each
                                      once. Their time is observed_at, else the walk's
                                      date. --categories, --sources and --organisations
                                      filter the incidents only.
      --checklist-item CODE,CODE      only observations of these checklist items
                                      (e.g. belysning)
      --walk ID,ID                    only observations from these safety walks

  kde PROJECT.gpkg [options]
      Kernel density (heatmap): a Float32 raster on a grid aligned to multiples of the
      cell size (--out FILE.tif for a GeoTIFF).
      --radius M                      bandwidth in metres (default: ArcGIS's spatial
                                      Silverman rule from the selected points)
      --cell M                        cell size in metres (default 10)
      --kernel quartic|triweight|epanechnikov|uniform|triangular|gaussian
      --output raw|scaled|per-km2     (default per-km2: events per km² for the period)
      --mask AREA|land                no density outside the area, or in the lake
      --edge-correction               correct the underestimate near the edge of the
                                      study area (the mask, or the grid)
  hotspots PROJECT.gpkg [options]
      Getis-Ord Gi* hot spots: a polygon layer of cells (or areas) with count, z, p and
      the 99/95/90 % hot/cold class after false-discovery-rate correction.
      --cell M                        grid cell size (default 100 m)
      --band M                        neighbours within this distance (default 300 m)
      --neighbours K                  or: the K nearest cells
      --areas est_area|district|custom|all
                                      Gi* on the project's areas instead of a grid
                                      (neighbours: areas within --band, default touching)
      --hexagons                      hexagons --cell apart instead of squares
      --all-cells                     keep empty, non-significant cells in the layer
      --out FILE.gpkg|.geojson|.csv|.tif
  clusters PROJECT.gpkg [options]
      DBSCAN (or ST-DBSCAN with --time-eps) clusters: a layer of cluster outlines with
      count, commonest categories, first/last time and peak hour, and a layer of the
      clustered incidents with their cluster id.
      --eps M                         neighbourhood radius (default 50 m)
      --min-points N                  incidents that make a core point (default 10)
      --time-eps DAYS                 ST-DBSCAN: neighbours also within this many days
      --hull convex|concave           outline (default convex); --concavity 0-1 (0.3)
      --out FILE.gpkg
  compare PROJECT.gpkg --from DATE --until DATE [options]
      The period against the one before it (or --against last-year) per area and per
      grid cell: counts, change and an exact test for small counts (conditional
      Poisson), corrected for many areas (FDR); areas ranked for the "top three".
      --areas est_area|district|custom|all   (default est_area)
      --cell M (default 250)  --alpha A (default 0.05)  --top N (default 3)
      --out FILE.gpkg
  profile PROJECT.gpkg [options]
      Hour x weekday table (intervals spread over their hours, or --midpoint) and the
      weekly (--by week) or monthly (--by month) series per category.
      --out FILE.gpkg
  knox PROJECT.gpkg [options]
      Near-repeat (Knox) test: pairs close in space and time against Monte Carlo
      permutations of the times; observed/expected and p per band.
      --distances 100,200,300,400   --days 7,14,21,28   (band upper limits)
      --permutations N (default 999)  --seed N  --calendar-days
      --out FILE.csv|.gpkg
  import PROJECT.gpkg FILE [options]
      Import incidents or safety-walk observations from CSV, GeoJSON, GeoPackage,
      Shapefile, XLSX or GPX, or the police's event feed (its JSON as saved from the
      API, or GeoJSON made from it: recognised by its content; an event already in the
      project is not imported again). Every row is imported or rejected with its reason.
      --kind incidents|observations   what the rows are (default incidents; for a GPX
                                      file also walk-route or walk-waypoints, below)
      --crs EPSG:N                    the file's coordinate system (default: from the
                                      file, or recognised from the values)
      --map FIELD=COLUMN              map a column to a field (repeatable); fields:
                                      x y lon lat date time from until category
                                      organisation place_type weight description source
                                      summary event_id place_precision place_name
                                      (observations: walk checklist_item rating positive
                                      note photos proposed_action)
      --map-category VALUE=CODE       read a category value as a project category
                                      (repeatable; kept in the crosswalk for next time)
      --leave-out VALUE               leave the rows with this category value out on
                                      purpose (repeatable; kept in the crosswalk; the rows
                                      are counted apart from errors)
      --crosswalk NAME                read categories through this crosswalk (default: the
                                      one that knows the file's values, e.g. polisen)
      --no-remember                   do not keep --map-category and --leave-out in the
                                      crosswalk
      --layer NAME                    layer of a multi-layer file
      --encoding UTF-8|CP1252         CSV text encoding (default: detected)
      --delimiter ','|';'|tab         CSV delimiter (default: detected)
      --source est|police|safety_walk|manual
                                      source of rows without a source column (default est)
      --keep-personal-data            flag personal data in free text but do not redact it
      --force                         import a file whose content was imported before
      --dry-run                       check and report, change nothing
      --quiet                         print the summary, not every reject
  import PROJECT.gpkg FILE.gpx --kind walk-route [--walk ID]
      Store a phone's GPX track (or route) as the walk's route (source gpx); without
      --walk, make a new walk named after the track, dated by its first time, and
      print its id.
  import PROJECT.gpkg FILE.gpx --kind walk-waypoints --walk ID [--snap-tolerance M]
        [--keep-personal-data] [--force] [--quiet]
      The GPX file's waypoints as draft observations of the walk (name and description
      as the note, screened for personal data), each at the nearest of the walk's stops
      within M metres (default 50), or at a new stop "Nytt stopp N" added at the end.
  import-photos PROJECT.gpkg --walk ID DIR|FILE... [--track FILE.gpx]
        [--clock-offset SECONDS] [--snap-tolerance M] [--keep-personal-data] [--quiet]
      Store a walk's JPEG photos (up to 25 MiB each) with a thumbnail, each placed by
      its GPS position, or else by its time on the --track, as a draft observation at
      the nearest stop (or a new one); a photo that cannot be placed is stored for you
      to place by hand, never at a guessed place. The camera's time (DateTimeOriginal)
      is Stockholm time unless the camera wrote its offset; --clock-offset adds seconds
      to it (the camera ran 90 s slow: 90). A photo stored for the walk before is
      skipped. One transaction: a failure or Ctrl+C changes nothing.
      Exit code 1 when a file was refused (too large, not a JPEG, damaged); the
      others are imported.

The EST group's shared database (PostgreSQL 15 + PostGIS 3) and offline copies:
  CONN is a libpq connection: service=NAME (~/.pg_service.conf), "host=H dbname=D user=U" or
  postgresql://U@H/D. Passwords come from ~/.pgpass, PGPASSWORD or the service file, never
  from a project file.
  shared init CONN [--from PROJECT.gpkg] [--roles PREFIX] [--no-basemap]
      Create the shared project in an empty database: the schema tryggkarta with the
      project file's tables in the project's coordinate system (vocabularies and base
      map from --from, else a new project's), numbered migrations, and the roles
      PREFIX_coordinator, PREFIX_reporter and PREFIX_steering (default PREFIX: tk_ and
      the database's name) with row-level security. You become its first coordinator.
  shared migrate CONN
      Bring an older shared schema up to this version.
  shared info CONN
      The shared project and who you are in it.
  shared add-organisation CONN NAME [--kind police|municipality|housing|...]
        [--reports-weekly]
  shared add-user CONN LOGIN --role coordinator|reporter|steering [--organisation NAME]
        [--password-stdin]
      A login: a reporter inserts and edits its organisation's incidents, observations,
      walks and action updates and reads everyone else's only through the shared
      lägesbild (no free text, no police-restricted row, the incidents generalised);
      the steering group reads the lägesbild; a coordinator everything. The password
      is hashed before it is sent.
  shared list-users CONN
  shared restrict|unrestrict CONN TABLE UUID
      Police-restrict a row of incidents, observations or actions (read only by the
      police and the coordinator), or lift it.
  shared lagesbild-cell CONN [METRES]
      The shared lägesbild's grid: another organisation's incident is shown to those
      who may not read its text at the centre of its cell (100 m unless set), its
      times to the hour. With METRES (50, 100, 200, ... 6400: cells that nest), the
      coordinator sets it; every unrestricted incident is then sent to the copies again.
  sync PROJECT.gpkg [--connect CONN] [--batch N]
      Synchronise an offline copy: pull what changed in the shared database, push what
      changed here, row by row with versions. --connect makes PROJECT.gpkg a copy (a
      new file is created; an existing project's rows are sent as new). A row changed on
      both sides is a conflict: neither version is overwritten. An interrupted sync is
      finished by the next one.
  sync PROJECT.gpkg --status | --conflicts
      What waits to be sent; the open conflicts with both versions.
  sync PROJECT.gpkg --resolve N --keep local|shared
      Settle conflict N; the next sync carries it out.
)";
} // namespace

const char *usageText()
{
  return kUsage;
}

int fail( std::ostream &err, const std::string &message )
{
  err << "tryggkarta-cli: " << message << "\n";
  return 1;
}

int fail( std::ostream &err, const Message &message )
{
  return fail( err, messageText( message ) );
}

int usage( std::ostream &err, const std::string &message )
{
  err << "tryggkarta-cli: " << message << "\n\n" << kUsage;
  return 2;
}

bool Arguments::has( const std::string &flag ) const
{
  return std::find( flags.begin(), flags.end(), flag ) != flags.end();
}

std::optional<std::string> Arguments::value( const std::string &name ) const
{
  const auto it = options.find( name );
  return it == options.end() ? std::nullopt : std::optional<std::string>( it->second );
}

std::optional<std::string> parseArguments( const std::vector<std::string> &args,
                                           const std::vector<std::string> &withValue,
                                           const std::vector<std::string> &booleans, Arguments &out )
{
  for ( size_t i = 0; i < args.size(); ++i )
  {
    const std::string &a = args[i];
    if ( a.rfind( "--", 0 ) != 0 || a == "--" )
    {
      out.positional.push_back( a );
      continue;
    }
    std::string name = a, value;
    const size_t eq = a.find( '=' );
    bool inlineValue = false;
    if ( eq != std::string::npos )
    {
      name = a.substr( 0, eq );
      value = a.substr( eq + 1 );
      inlineValue = true;
    }
    if ( std::find( withValue.begin(), withValue.end(), name ) != withValue.end() )
    {
      if ( !inlineValue )
      {
        if ( i + 1 >= args.size() )
          return "option " + name + " needs a value";
        value = args[++i];
      }
      out.options.emplace( name, value );
    }
    else if ( std::find( booleans.begin(), booleans.end(), name ) != booleans.end() && !inlineValue )
      out.flags.push_back( name );
    else
      return "unknown option " + a;
  }
  return std::nullopt;
}

Expected<std::unique_ptr<ProjectFile>> openProject( const std::string &path, bool readOnly,
                                                    std::ostream &err )
{
  auto project = ProjectFile::open( path, readOnly );
  if ( !project )
    return project;
  if ( const auto &note = project.value()->recoveryNote() )
    err << "tryggkarta-cli: note: " << messageText( *note ) << "\n";
  if ( Status intact = project.value()->checkIntact(); !intact )
    return Error{ intact.error() };
  return project;
}

std::optional<int> parseEpsg( const std::string &text )
{
  std::string digits = text;
  for ( const char *prefix : { "EPSG:", "epsg:" } )
    if ( digits.rfind( prefix, 0 ) == 0 )
      digits = digits.substr( 5 );
  if ( digits.empty() || digits.find_first_not_of( "0123456789" ) != std::string::npos || digits.size() > 6 )
    return std::nullopt;
  return std::stoi( digits );
}

std::vector<std::string> splitList( const std::string &text )
{
  std::vector<std::string> out;
  size_t start = 0;
  while ( start <= text.size() )
  {
    const size_t comma = text.find( ',', start );
    const std::string item =
      text.substr( start, comma == std::string::npos ? std::string::npos : comma - start );
    if ( !item.empty() )
      out.push_back( item );
    if ( comma == std::string::npos )
      break;
    start = comma + 1;
  }
  return out;
}

//! A local date (Europe/Stockholm) to Unix seconds at its start; dayOffset 1 gives the next day's start.
std::optional<int64_t> localDateStart( const std::string &text, int dayOffset )
{
  const auto value = parseDateTime( text );
  if ( !value || !value->hasDate || value->hasTime )
    return std::nullopt;
  int y = value->year, m = value->month, d = value->day;
  civilFromDays( daysFromCivil( y, m, d ) + dayOffset, y, m, d );
  return stockholmToUtc( y, m, d, 0, 0, 0 );
}
namespace
{
const char *const kWeekdayNames[][2] = { { "mon", "mån" }, { "tue", "tis" }, { "wed", "ons" },
                                         { "thu", "tor" }, { "fri", "fre" }, { "sat", "lör" },
                                         { "sun", "sön" } };

std::optional<int> weekdayNumber( const std::string &text )
{
  if ( text.size() == 1 && text[0] >= '1' && text[0] <= '7' )
    return text[0] - '0';
  std::string lower;
  for ( char c : text )
    lower += static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
  for ( int i = 0; i < 7; ++i )
    for ( const char *name : kWeekdayNames[i] )
      if ( lower.rfind( name, 0 ) == 0 ||
           ( lower.size() >= 3 && std::string( name ).rfind( lower, 0 ) == 0 ) )
        return i + 1;
  return std::nullopt;
}

std::optional<int> hourNumber( const std::string &text )
{
  if ( text.empty() || text.size() > 2 || text.find_first_not_of( "0123456789" ) != std::string::npos )
    return std::nullopt;
  const int hour = std::stoi( text );
  return hour <= 23 ? std::optional<int>( hour ) : std::nullopt;
}

//! "1-5,7" or "22-4" (wrapping) into a sorted list without duplicates; nothing when an item is invalid.
std::optional<std::vector<int>> readRanges( const std::string &text,
                                            std::optional<int> ( *item )( const std::string & ), int first,
                                            int last )
{
  std::vector<int> values;
  for ( const std::string &part : splitList( text ) )
  {
    const size_t dash = part.find( '-' );
    if ( dash == std::string::npos )
    {
      const auto value = item( part );
      if ( !value )
        return std::nullopt;
      values.push_back( *value );
      continue;
    }
    const auto from = item( part.substr( 0, dash ) ), to = item( part.substr( dash + 1 ) );
    if ( !from || !to )
      return std::nullopt;
    for ( int v = *from;; v = v == last ? first : v + 1 )
    {
      values.push_back( v );
      if ( v == *to )
        break;
    }
  }
  std::sort( values.begin(), values.end() );
  values.erase( std::unique( values.begin(), values.end() ), values.end() );
  if ( values.empty() )
    return std::nullopt;
  return values;
}
} // namespace

const std::vector<std::string> &selectionOptions()
{
  static const std::vector<std::string> sOptions = { "--from",    "--until",         "--categories",
                                                     "--sources", "--organisations", "--weekdays",
                                                     "--hours",   "--area",          "--intervals" };
  return sOptions;
}

std::vector<std::string> withSelectionOptions( std::vector<std::string> options )
{
  options.insert( options.end(), selectionOptions().begin(), selectionOptions().end() );
  return options;
}

std::optional<std::string> readSelection( const Arguments &a, Selection &selection )
{
  if ( auto from = a.value( "--from" ) )
  {
    selection.fromUtc = localDateStart( *from, 0 );
    if ( !selection.fromUtc )
      return "--from must be a date like 2024-01-01, not '" + *from + "'";
  }
  if ( auto until = a.value( "--until" ) )
  {
    selection.untilUtc = localDateStart( *until, 1 );
    if ( !selection.untilUtc )
      return "--until must be a date like 2024-12-31, not '" + *until + "'";
  }
  if ( selection.fromUtc && selection.untilUtc && *selection.untilUtc <= *selection.fromUtc )
    return "--until is before --from";
  if ( auto categories = a.value( "--categories" ) )
    selection.categories = splitList( *categories );
  if ( auto sources = a.value( "--sources" ) )
    selection.sources = splitList( *sources );
  if ( auto organisations = a.value( "--organisations" ) )
    selection.organisations = splitList( *organisations );
  if ( auto weekdays = a.value( "--weekdays" ) )
  {
    auto values = readRanges( *weekdays, weekdayNumber, 1, 7 );
    if ( !values )
      return "--weekdays takes weekdays like 1-5, 6,7 or fri-sun (1 = Monday), not '" + *weekdays + "'";
    selection.weekdays = *values;
  }
  if ( auto hours = a.value( "--hours" ) )
  {
    auto values = readRanges( *hours, hourNumber, 0, 23 );
    if ( !values )
      return "--hours takes hours 0-23 like 22-4 or 18,19,20, not '" + *hours + "'";
    selection.hours = *values;
  }
  if ( auto area = a.value( "--area" ) )
    selection.area = *area;
  if ( auto rule = a.value( "--intervals" ) )
  {
    if ( *rule == "overlap" )
      selection.intervalRule = IntervalRule::Overlap;
    else if ( *rule == "midpoint" )
      selection.intervalRule = IntervalRule::Midpoint;
    else
      return "--intervals must be overlap or midpoint, not '" + *rule + "'";
  }
  return std::nullopt;
}

const std::vector<std::string> &layerOptions()
{
  static const std::vector<std::string> sOptions = { "--layer", "--checklist-item", "--walk" };
  return sOptions;
}

std::optional<std::string> readLayer( const Arguments &a, Selection &selection )
{
  if ( auto layer = a.value( "--layer" ) )
  {
    const auto named = selectionLayerNamed( *layer );
    if ( !named )
      return "--layer must be incidents, observations or both, not '" + *layer + "'";
    selection.layer = *named;
  }
  if ( auto items = a.value( "--checklist-item" ) )
  {
    selection.checklistItems = splitList( *items );
    if ( selection.checklistItems.empty() )
      return "--checklist-item takes checklist item codes like belysning,sikt";
  }
  if ( auto walks = a.value( "--walk" ) )
  {
    for ( const std::string &walk : splitList( *walks ) )
    {
      if ( walk.size() > 18 || walk.find_first_not_of( "0123456789" ) != std::string::npos )
        return "--walk takes safety-walk ids (whole numbers) like 3 or 3,5, not '" + *walks + "'";
      selection.walkIds.push_back( std::stoll( walk ) );
    }
    if ( selection.walkIds.empty() )
      return "--walk takes safety-walk ids (whole numbers) like 3 or 3,5";
  }
  if ( ( a.value( "--checklist-item" ) || a.value( "--walk" ) ) && !selection.includesObservations() )
    return std::string( a.value( "--checklist-item" ) ? "--checklist-item" : "--walk" ) +
           " filters safety-walk observations: add --layer observations or --layer both";
  return std::nullopt;
}

std::optional<std::string> readNumber( const Arguments &a, const char *name, double &value, const char *unit )
{
  if ( auto text = a.value( name ) )
  {
    char *end = nullptr;
    const double parsed = std::strtod( text->c_str(), &end );
    if ( text->empty() || *end != '\0' || !std::isfinite( parsed ) )
      return std::string( name ) + " must be a number of " + unit + ", not '" + *text + "'";
    value = parsed;
  }
  return std::nullopt;
}

std::optional<std::string> readInteger( const Arguments &a, const char *name, int &value, int minimum,
                                        int maximum )
{
  if ( auto text = a.value( name ) )
  {
    if ( text->empty() || text->size() > 9 || text->find_first_not_of( "0123456789" ) != std::string::npos ||
         std::stoi( *text ) < minimum || std::stoi( *text ) > maximum )
      return std::string( name ) + " must be a whole number from " + std::to_string( minimum ) + " to " +
             std::to_string( maximum ) + ", not '" + *text + "'";
    value = std::stoi( *text );
  }
  return std::nullopt;
}

} // namespace tryggkarta::cli

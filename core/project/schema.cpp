#include "schema.h"

#include "database.h"
#include "policevocabulary.h"

#include <ogr_spatialref.h>

#include <tuple>

namespace tryggkarta
{

namespace
{

std::string rtreeSql( const std::string &t, const std::string &c )
{
  const std::string r = "rtree_" + t + "_" + c;
  const std::string values = "VALUES (NEW.fid, ST_MinX(NEW." + c + "), ST_MaxX(NEW." + c + "), ST_MinY(NEW." +
                             c + "), ST_MaxY(NEW." + c + "))";
  std::string sql;
  sql += "CREATE VIRTUAL TABLE \"" + r + "\" USING rtree(id, minx, maxx, miny, maxy);\n";
  sql += "CREATE TRIGGER \"" + r + "_insert\" AFTER INSERT ON \"" + t + "\" WHEN (new." + c +
         " NOT NULL AND NOT ST_IsEmpty(NEW." + c + ")) BEGIN INSERT OR REPLACE INTO \"" + r + "\" " + values +
         "; END;\n";
  sql += "CREATE TRIGGER \"" + r + "_update1\" AFTER UPDATE OF " + c + " ON \"" + t +
         "\" WHEN OLD.fid = NEW.fid AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c +
         ")) BEGIN INSERT OR REPLACE INTO \"" + r + "\" " + values + "; END;\n";
  sql += "CREATE TRIGGER \"" + r + "_update2\" AFTER UPDATE OF " + c + " ON \"" + t +
         "\" WHEN OLD.fid = NEW.fid AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c +
         ")) BEGIN DELETE FROM \"" + r + "\" WHERE id = OLD.fid; END;\n";
  sql += "CREATE TRIGGER \"" + r + "_update3\" AFTER UPDATE ON \"" + t +
         "\" WHEN OLD.fid != NEW.fid AND (NEW." + c + " NOTNULL AND NOT ST_IsEmpty(NEW." + c +
         ")) BEGIN DELETE FROM \"" + r + "\" WHERE id = OLD.fid; INSERT OR REPLACE INTO \"" + r + "\" " +
         values + "; END;\n";
  sql += "CREATE TRIGGER \"" + r + "_update4\" AFTER UPDATE ON \"" + t +
         "\" WHEN OLD.fid != NEW.fid AND (NEW." + c + " ISNULL OR ST_IsEmpty(NEW." + c +
         ")) BEGIN DELETE FROM \"" + r + "\" WHERE id IN (OLD.fid, NEW.fid); END;\n";
  sql += "CREATE TRIGGER \"" + r + "_delete\" AFTER DELETE ON \"" + t + "\" WHEN old." + c +
         " NOT NULL BEGIN DELETE FROM \"" + r + "\" WHERE id = OLD.fid; END;\n";
  return sql;
}

struct CategorySeed
{
  const char *code, *labelSv, *labelEn, *group, *color;
};

// The default EST categories (domain.md); users add, rename, merge and hide them later.
const CategorySeed kCategories[] = {
  { "klotter", "Klotter", "Graffiti", "skadegorelse", "#8e44ad" },
  { "glaskross", "Glaskross", "Broken glass", "skadegorelse", "#5dade2" },
  { "brand", "Brand, anlagd brand", "Fire, arson", "skadegorelse", "#e67e22" },
  { "skadegorelse_ovrig", "Övrig skadegörelse", "Other damage", "skadegorelse", "#af7ac5" },
  { "nedskrapning", "Nedskräpning", "Littering, dumped waste", "nedskrapning", "#9a7d0a" },
  { "brak_hot", "Bråk, hot", "Fights, threats", "ordningsstorning", "#e74c3c" },
  { "vald", "Våld", "Violence", "ordningsstorning", "#922b21" },
  { "buskorning", "Buskörning", "Reckless driving", "ordningsstorning", "#d35400" },
  { "storande_fest", "Störande fest, oljud", "Disturbing party, noise", "ordningsstorning", "#f4d03f" },
  { "samling", "Otrygghetsskapande samling", "Insecurity-creating gathering", "samling", "#c2185b" },
  { "narkotika", "Misstänkt narkotikahandel eller bruk", "Suspected drug dealing or use", "narkotika",
    "#16a085" },
  { "sprutfynd", "Sprutfynd", "Needles found", "narkotika", "#0e6655" },
  { "inbrott", "Inbrott", "Burglary", "brott", "#1f3a93" },
  { "stold", "Stöld", "Theft", "brott", "#5d6d7e" },
  { "ran", "Rån", "Robbery", "brott", "#17202a" },
  { "cykelstold", "Cykelstöld", "Bicycle theft", "brott", "#85929e" },
  { "dalig_belysning", "Dålig belysning", "Poor lighting", "otrygg_plats", "#b7950b" },
  { "skymd_sikt", "Skymd sikt", "Blocked view", "otrygg_plats", "#1e8449" },
  { "odslig_plats", "Öde plats", "Desolate place", "otrygg_plats", "#7e5109" },
  { "incident_personal", "Incident mot personal", "Incident against staff", "incident_personal", "#cb4335" },
  { "arrangemang", "Arrangemang", "Event (festival, match)", "arrangemang", "#2e86c1" },
  { "positiv_plats", "Positiv plats", "Positive place", "positiv_plats", "#27ae60" },
};

//! Default colours changed so that no two categories of a map are near twins (code, old, new): every pair of
//! a new project's categories, the police-only ones included, is at least 23 apart in CIE76 ΔE
//! (categoryedit.h).
const std::tuple<const char *, const char *, const char *> kRecoloured[] = {
  { "arrangemang", "#2e86c1", "#10c0d8" },       // was a blue beside Inbrott's
  { "incident_personal", "#cb4335", "#f870a0" }, // was a red beside Bråk, hot
  { "skymd_sikt", "#1e8449", "#b0c028" },        // was a green beside Positiv plats
  { "cykelstold", "#85929e", "#98b0b8" },        // was a grey beside Stöld
  { "buskorning", "#d35400", "#f8a800" },        // was an orange beside Brand
  { "dalig_belysning", "#b7950b", "#685848" },   // was an ochre beside Nedskräpning
};

const char *kGroups[][3] = {
  { "skadegorelse", "Skadegörelse", "Damage" },
  { "nedskrapning", "Nedskräpning", "Littering" },
  { "ordningsstorning", "Ordningsstörning", "Disorder" },
  { "samling", "Otrygghetsskapande samling av personer", "Insecurity-creating gathering" },
  { "narkotika", "Narkotika", "Drugs" },
  { "brott", "Brott", "Crime" },
  { "otrygg_plats", "Otrygg plats", "Insecure place" },
  { "incident_personal", "Incident mot personal", "Incident against staff" },
  { "arrangemang", "Arrangemang", "Event" },
  { "positiv_plats", "Positiv plats", "Positive place" },
};

const char *kPlaceTypes[][3] = {
  { "offentlig_plats", "Offentlig plats", "Public space" },
  { "gata", "Gata, gång- och cykelväg", "Street, footpath" },
  { "park", "Park, grönområde", "Park, green space" },
  { "trapphus", "Trapphus", "Stairwell" },
  { "kallare_garage", "Källare, garage", "Basement, garage" },
  { "skola", "Skola, skolgård", "School, schoolyard" },
  { "station", "Station, hållplats", "Station, stop" },
  { "handel", "Handelsområde, centrum", "Shopping area" },
  { "bostadsomrade", "Bostadsområde", "Residential area" },
  { "industri", "Industriområde", "Industrial area" },
  { "ovrigt", "Övrigt", "Other" },
};

// The national safety-walk guide's themes, plus the 0–3 parameters of women's safety audits.
const char *kChecklist[][4] = {
  { "belysning", "Belysning", "Lighting", "Är platsen upplyst så att man ser ansikten och vägen framåt?" },
  { "sikt", "Sikt och vegetation", "Visibility and vegetation", "Skymmer buskage, murar eller hörn sikten?" },
  { "overblickbarhet", "Överblickbarhet och orientering", "Overview and orientation",
    "Går det att se och förstå vart vägen leder? Finns skyltning?" },
  { "alternativa_vagar", "Alternativa vägar och flyktvägar", "Alternative and escape routes",
    "Finns det andra vägar att välja eller ta sig därifrån?" },
  { "folkliv", "Folkliv och aktivitet", "People and activity",
    "Finns det människor i rörelse, eller är platsen öde?" },
  { "underhall", "Underhåll (klotter, skräp, trasigt)", "Maintenance (graffiti, litter, damage)",
    "Är platsen skött och hel?" },
  { "trafiksakerhet", "Trafiksäkerhet", "Traffic safety", "Är det säkert att gå och cykla här?" },
  { "tillganglighet", "Tillgänglighet", "Accessibility",
    "Kan alla ta sig fram, även med rullstol eller barnvagn?" },
  { "kollektivtrafik", "Kollektivtrafik", "Public transport", "Är hållplatsen trygg och nära?" },
  { "helhetsintryck", "Helhetsintryck", "Overall feeling", "Hur trygg känns platsen sammantaget?" },
};

void migration1( Database &db )
{
  db.exec( R"SQL(
CREATE TABLE IF NOT EXISTS gpkg_extensions (
  table_name TEXT,
  column_name TEXT,
  extension_name TEXT NOT NULL,
  definition TEXT NOT NULL,
  scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name)
);
CREATE TABLE tryggkarta_meta (
  key TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
);
CREATE TABLE category_groups (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE categories (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL,
  group_code TEXT NOT NULL REFERENCES category_groups(code) ON UPDATE CASCADE,
  color TEXT NOT NULL CHECK (color GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
  hidden BOOLEAN NOT NULL DEFAULT 0,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE place_types (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL
);
CREATE TABLE checklist_items (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL,
  question_sv TEXT,
  sort_order INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE organisations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  kind TEXT
);
CREATE TABLE import_batches (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  file_name TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('incidents', 'observations')),
  format TEXT,
  source_crs TEXT,
  imported_at DATETIME NOT NULL,
  imported_by TEXT,
  rows_read INTEGER NOT NULL DEFAULT 0,
  rows_imported INTEGER NOT NULL DEFAULT 0,
  rows_rejected INTEGER NOT NULL DEFAULT 0,
  rows_flagged INTEGER NOT NULL DEFAULT 0,
  options TEXT
);
CREATE INDEX import_batches_sha ON import_batches(content_sha256);
CREATE TABLE import_rejects (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL REFERENCES import_batches(fid) ON DELETE CASCADE,
  row_number INTEGER NOT NULL,
  raw_row TEXT,
  reason TEXT NOT NULL
);
CREATE INDEX import_rejects_batch ON import_rejects(batch_id);
CREATE TABLE areas (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'est_area' CHECK (kind IN ('est_area', 'district', 'custom')),
  code TEXT,
  note TEXT
);
CREATE TABLE safety_walks (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom LINESTRING,
  name TEXT NOT NULL,
  walk_date DATE,
  light_condition TEXT CHECK (light_condition IN ('daylight', 'dusk', 'dark')),
  area_id INTEGER REFERENCES areas(fid) ON DELETE SET NULL,
  organiser TEXT,
  participants INTEGER CHECK (participants IS NULL OR participants >= 0),
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'followed_up', 'cancelled')),
  note TEXT
);
CREATE TABLE incidents (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  occurred_from DATETIME NOT NULL,
  occurred_until DATETIME,
  category TEXT NOT NULL REFERENCES categories(code) ON UPDATE CASCADE,
  organisation TEXT REFERENCES organisations(name) ON UPDATE CASCADE,
  place_type TEXT REFERENCES place_types(code) ON UPDATE CASCADE,
  weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0),
  description TEXT,
  screening_flags TEXT,
  source TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('est', 'police', 'safety_walk', 'manual')),
  batch_id INTEGER REFERENCES import_batches(fid) ON DELETE SET NULL,
  source_row INTEGER,
  extra_attributes TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  CHECK (occurred_until IS NULL OR occurred_until >= occurred_from)
);
CREATE INDEX incidents_time ON incidents(occurred_from);
CREATE INDEX incidents_category ON incidents(category);
CREATE INDEX incidents_batch ON incidents(batch_id);
CREATE TABLE observations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  walk_id INTEGER REFERENCES safety_walks(fid) ON DELETE SET NULL,
  checklist_item TEXT REFERENCES checklist_items(code) ON UPDATE CASCADE,
  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 0 AND 3),
  positive BOOLEAN,
  note TEXT,
  photos TEXT,
  proposed_action TEXT,
  observed_at DATETIME,
  screening_flags TEXT,
  batch_id INTEGER REFERENCES import_batches(fid) ON DELETE SET NULL,
  source_row INTEGER,
  extra_attributes TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL
);
CREATE INDEX observations_walk ON observations(walk_id);
CREATE TABLE actions (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  title TEXT NOT NULL,
  description TEXT,
  observation_id INTEGER REFERENCES observations(fid) ON DELETE SET NULL,
  incident_id INTEGER REFERENCES incidents(fid) ON DELETE SET NULL,
  area_id INTEGER REFERENCES areas(fid) ON DELETE SET NULL,
  responsible_organisation TEXT,
  priority INTEGER CHECK (priority IS NULL OR priority BETWEEN 1 AND 3),
  deadline DATE,
  status TEXT NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'decided', 'in_progress', 'done', 'rejected')),
  decided_date DATE,
  done_date DATE,
  rejection_reason TEXT,
  note TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  CHECK (status != 'rejected' OR rejection_reason IS NOT NULL)
);
CREATE TABLE action_statuses (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL UNIQUE,
  label_sv TEXT NOT NULL,
  label_en TEXT NOT NULL
);
INSERT INTO action_statuses (code, label_sv, label_en) VALUES
  ('proposed', 'Föreslagen', 'Proposed'), ('decided', 'Beslutad', 'Decided'), ('in_progress', 'Pågår', 'In progress'),
  ('done', 'Klar', 'Done'), ('rejected', 'Avslagen', 'Rejected');
)SQL" );

  for ( const char *table : { "incidents", "observations", "actions" } )
  {
    db.exec( std::string( "CREATE TRIGGER " ) + table + "_touch AFTER UPDATE ON " + table +
             " WHEN NEW.updated_at = OLD.updated_at BEGIN UPDATE " + table +
             " SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE fid = NEW.fid; END;" );
  }

  int order = 0;
  Statement group =
    db.prepare( "INSERT INTO category_groups (code, label_sv, label_en, sort_order) VALUES (?, ?, ?, ?)" );
  for ( const auto &g : kGroups )
  {
    group.bind( 1, g[0] ).bind( 2, g[1] ).bind( 3, g[2] ).bind( 4, order++ );
    group.run();
  }
  order = 0;
  Statement category = db.prepare( "INSERT INTO categories (code, label_sv, label_en, group_code, color, "
                                   "sort_order) VALUES (?, ?, ?, ?, ?, ?)" );
  for ( const auto &c : kCategories )
  {
    category.bind( 1, c.code )
      .bind( 2, c.labelSv )
      .bind( 3, c.labelEn )
      .bind( 4, c.group )
      .bind( 5, c.color )
      .bind( 6, order++ );
    category.run();
  }
  Statement place = db.prepare( "INSERT INTO place_types (code, label_sv, label_en) VALUES (?, ?, ?)" );
  for ( const auto &p : kPlaceTypes )
  {
    place.bind( 1, p[0] ).bind( 2, p[1] ).bind( 3, p[2] );
    place.run();
  }
  order = 0;
  Statement item = db.prepare( "INSERT INTO checklist_items (code, label_sv, label_en, question_sv, "
                               "sort_order) VALUES (?, ?, ?, ?, ?)" );
  for ( const auto &c : kChecklist )
  {
    item.bind( 1, c[0] ).bind( 2, c[1] ).bind( 3, c[2] ).bind( 4, c[3] ).bind( 5, order++ );
    item.run();
  }

  ensureSpatialRefSys( db, kDefaultProjectSrsId );
  const int srs = kDefaultProjectSrsId;
  registerFeatureTable( db, "incidents", "POINT", srs, "Händelser", "EST-händelser och polisanmälningar" );
  registerFeatureTable( db, "observations", "POINT", srs, "Observationer",
                        "Observationer från trygghetsvandringar" );
  registerFeatureTable( db, "safety_walks", "LINESTRING", srs, "Trygghetsvandringar",
                        "Trygghetsvandringarnas rutter" );
  registerFeatureTable( db, "areas", "MULTIPOLYGON", srs, "Områden",
                        "EST-områden, stadsdelar och egna områden" );
  for ( const char *table :
        { "categories", "category_groups", "place_types", "checklist_items", "organisations",
          "import_batches", "import_rejects", "actions", "action_statuses", "tryggkarta_meta" } )
    registerAttributeTable( db, table, table, "" );
  db.exec( "INSERT INTO tryggkarta_meta (key, value) VALUES ('project_srs', '" + std::to_string( srs ) +
           "')" );
}

// Provenance (domain.md: a project file is likely an official document): who changed what, and when.
void migration2( Database &db )
{
  db.exec( R"SQL(
CREATE TABLE audit_log (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  at DATETIME NOT NULL,
  actor TEXT,
  action TEXT NOT NULL,
  table_name TEXT,
  row_count INTEGER,
  details TEXT
);
CREATE TRIGGER import_batches_audit AFTER UPDATE OF rows_read ON import_batches
BEGIN
  INSERT INTO audit_log (at, actor, action, table_name, row_count, details)
  VALUES (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), NEW.imported_by, 'import', NEW.kind, NEW.rows_imported,
          NEW.file_name || ' (batch ' || NEW.fid || ', ' || NEW.rows_rejected || ' rejected)');
END;
)SQL" );
  registerAttributeTable( db, "audit_log", "audit_log", "Who imported or deleted what, and when" );
}

// Analysis results stored in the project (rasters and layers made by GDAL), with what made them.
void migration3( Database &db )
{
  db.exec( R"SQL(
CREATE TABLE analysis_results (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('kde', 'hotspots', 'clusters', 'compare', 'profile', 'knox')),
  tables TEXT NOT NULL,
  selection TEXT NOT NULL,
  selection_text TEXT NOT NULL,
  parameters TEXT NOT NULL,
  summary TEXT,
  units TEXT,
  created_at DATETIME NOT NULL
);
)SQL" );
  registerAttributeTable(
    db, "analysis_results", "analysis_results",
    "Heatmaps, hot spots, clusters and comparisons with the selection and parameters that "
    "made them" );
}

// Safety walks planned, walked and followed up (issue 12): the walk's plan, its numbered stops (a layer QGIS
// Desktop shows), who was invited and how many came per organisation (never names), observations tied to a
// stop, drafts from photos, and the photos themselves with a thumbnail.
void migration4( Database &db )
{
  db.exec( R"SQL(
ALTER TABLE safety_walks ADD COLUMN start_time TEXT CHECK (start_time IS NULL OR start_time GLOB '[0-2][0-9]:[0-5][0-9]');
ALTER TABLE safety_walks ADD COLUMN also_after_dark BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE safety_walks ADD COLUMN meeting_point TEXT;
ALTER TABLE safety_walks ADD COLUMN purpose TEXT;
ALTER TABLE safety_walks ADD COLUMN expected_participants INTEGER CHECK (expected_participants IS NULL OR expected_participants >= 0);
ALTER TABLE safety_walks ADD COLUMN repeat_of INTEGER REFERENCES safety_walks(fid) ON DELETE SET NULL;
ALTER TABLE safety_walks ADD COLUMN route_source TEXT CHECK (route_source IS NULL OR route_source IN ('drawn', 'suggested', 'gpx', 'copied', 'demo'));
ALTER TABLE safety_walks ADD COLUMN created_at DATETIME;
ALTER TABLE safety_walks ADD COLUMN updated_at DATETIME;
CREATE TABLE walk_organisations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  walk_id INTEGER NOT NULL REFERENCES safety_walks(fid) ON DELETE CASCADE,
  organisation TEXT NOT NULL,
  invited BOOLEAN NOT NULL DEFAULT 1,
  participants INTEGER CHECK (participants IS NULL OR participants >= 0),
  UNIQUE (walk_id, organisation)
);
CREATE TABLE walk_stops (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom POINT NOT NULL,
  walk_id INTEGER NOT NULL REFERENCES safety_walks(fid) ON DELETE CASCADE,
  stop_number INTEGER NOT NULL CHECK (stop_number >= 1),
  name TEXT,
  reason TEXT
);
CREATE INDEX walk_stops_walk ON walk_stops(walk_id, stop_number);
ALTER TABLE observations ADD COLUMN stop_id INTEGER REFERENCES walk_stops(fid) ON DELETE SET NULL;
ALTER TABLE observations ADD COLUMN draft BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE observations ADD COLUMN responsible TEXT;
ALTER TABLE observations ADD COLUMN action_deadline DATE;
ALTER TABLE observations ADD COLUMN light_condition TEXT CHECK (light_condition IS NULL OR light_condition IN ('daylight', 'dusk', 'dark'));
CREATE INDEX observations_stop ON observations(stop_id);
CREATE TABLE walk_photos (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  walk_id INTEGER REFERENCES safety_walks(fid) ON DELETE SET NULL,
  observation_id INTEGER REFERENCES observations(fid) ON DELETE SET NULL,
  file_name TEXT NOT NULL,
  content_sha256 TEXT NOT NULL,
  taken_at DATETIME,
  x REAL,
  y REAL,
  position_source TEXT CHECK (position_source IS NULL OR position_source IN ('exif', 'track', 'manual')),
  mime_type TEXT NOT NULL DEFAULT 'image/jpeg',
  width INTEGER,
  height INTEGER,
  data BLOB NOT NULL,
  thumbnail BLOB,
  note TEXT,
  created_at DATETIME NOT NULL,
  CHECK ((x IS NULL) = (y IS NULL))
);
CREATE INDEX walk_photos_walk ON walk_photos(walk_id);
CREATE INDEX walk_photos_observation ON walk_photos(observation_id);
UPDATE safety_walks SET route_source = CASE WHEN EXISTS (SELECT 1 FROM tryggkarta_meta WHERE key = 'synthetic_data')
  THEN 'demo' ELSE 'drawn' END WHERE geom IS NOT NULL AND route_source IS NULL;
)SQL" );
  const int srs = static_cast<int>(
    db.queryInt( "SELECT value FROM tryggkarta_meta WHERE key = 'project_srs'", kDefaultProjectSrsId ) );
  registerFeatureTable( db, "walk_stops", "POINT", srs, "Vandringsstopp",
                        "Trygghetsvandringarnas numrerade stopp" );
  registerAttributeTable( db, "walk_organisations", "walk_organisations",
                          "Inbjudna organisationer och antal deltagare per organisation (aldrig namn)" );
  registerAttributeTable( db, "walk_photos", "walk_photos", "Foton från trygghetsvandringar, med miniatyr" );
}
// Closing the EST loop (issue 13): priorities (prioriterade problem) per period, actions linked to them with
// a contact role, cost and a status history, interventions (an action with a kind, an area and a period) and
// their stored evaluations, the year's citizen promise (medborgarlöfte) with its activities and what carries
// them out, and which organisations are expected to report every week.
void migration5( Database &db )
{
  db.exec( R"SQL(
CREATE TABLE priorities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  geom MULTIPOLYGON,
  period_label TEXT NOT NULL,
  period_from DATE NOT NULL,
  period_until DATE NOT NULL,
  rank INTEGER CHECK (rank IS NULL OR rank >= 1),
  place_kind TEXT NOT NULL DEFAULT 'area' CHECK (place_kind IN ('area', 'cells', 'cluster')),
  area_id INTEGER REFERENCES areas(fid) ON DELETE SET NULL,
  place_ref TEXT,
  problem TEXT NOT NULL,
  categories TEXT,
  figures TEXT,
  cause_analysis TEXT,
  goal TEXT,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  CHECK (period_until >= period_from)
);
ALTER TABLE actions ADD COLUMN priority_id INTEGER REFERENCES priorities(fid) ON DELETE SET NULL;
ALTER TABLE actions ADD COLUMN cluster_ref TEXT;
ALTER TABLE actions ADD COLUMN contact_role TEXT;
ALTER TABLE actions ADD COLUMN cost_sek REAL CHECK (cost_sek IS NULL OR cost_sek >= 0);
ALTER TABLE actions ADD COLUMN kind TEXT NOT NULL DEFAULT 'action' CHECK (kind IN ('action', 'patrols', 'guards', 'lighting', 'cleaning', 'pruning', 'youth_workers', 'cameras', 'other_intervention'));
ALTER TABLE actions ADD COLUMN start_date DATE;
ALTER TABLE actions ADD COLUMN end_date DATE;
ALTER TABLE actions ADD COLUMN x REAL;
ALTER TABLE actions ADD COLUMN y REAL;
CREATE INDEX actions_priority ON actions(priority_id);
CREATE INDEX actions_observation ON actions(observation_id);
CREATE TABLE action_status_history (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  action_id INTEGER NOT NULL REFERENCES actions(fid) ON DELETE CASCADE,
  from_status TEXT,
  to_status TEXT NOT NULL,
  effective_date DATE,
  changed_at DATETIME NOT NULL,
  actor TEXT,
  note TEXT
);
CREATE INDEX action_status_history_action ON action_status_history(action_id, changed_at);
INSERT INTO action_status_history (action_id, from_status, to_status, effective_date, changed_at, actor, note)
  SELECT fid, NULL, status, coalesce(CASE status WHEN 'done' THEN done_date WHEN 'decided' THEN decided_date
    WHEN 'in_progress' THEN decided_date END, substr(created_at, 1, 10)), updated_at, NULL,
    'Status när historiken började föras' FROM actions;
CREATE TABLE evaluations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  action_id INTEGER REFERENCES actions(fid) ON DELETE CASCADE,
  name TEXT NOT NULL,
  target_area_id INTEGER NOT NULL REFERENCES areas(fid) ON DELETE CASCADE,
  comparison_area_id INTEGER NOT NULL REFERENCES areas(fid) ON DELETE CASCADE,
  buffer_m REAL CHECK (buffer_m IS NULL OR buffer_m > 0),
  before_from DATE NOT NULL,
  before_until DATE NOT NULL,
  after_from DATE NOT NULL,
  after_until DATE NOT NULL,
  categories TEXT,
  result TEXT NOT NULL,
  created_at DATETIME NOT NULL,
  CHECK (before_until >= before_from AND after_until >= after_from)
);
CREATE INDEX evaluations_action ON evaluations(action_id);
CREATE TABLE citizen_promises (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  title TEXT NOT NULL,
  signed_date DATE,
  signed_by_police TEXT,
  signed_by_municipality TEXT,
  summary TEXT,
  lagesbild_basis TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  UNIQUE (year, title)
);
CREATE TABLE promise_activities (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  promise_id INTEGER NOT NULL REFERENCES citizen_promises(fid) ON DELETE CASCADE,
  title TEXT NOT NULL,
  description TEXT,
  kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN ('safety_walk', 'information_meeting', 'patrol', 'dialogue', 'environment', 'other')),
  owner TEXT NOT NULL CHECK (owner IN ('police', 'municipality', 'both')),
  planned_count INTEGER CHECK (planned_count IS NULL OR planned_count >= 1),
  planned_from DATE,
  planned_until DATE,
  done_date DATE,
  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done', 'cancelled')),
  area_id INTEGER REFERENCES areas(fid) ON DELETE SET NULL,
  place_name TEXT,
  note TEXT,
  created_at DATETIME NOT NULL,
  updated_at DATETIME NOT NULL,
  CHECK (planned_until IS NULL OR planned_from IS NULL OR planned_until >= planned_from)
);
CREATE INDEX promise_activities_promise ON promise_activities(promise_id);
CREATE TABLE promise_links (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  activity_id INTEGER NOT NULL REFERENCES promise_activities(fid) ON DELETE CASCADE,
  walk_id INTEGER REFERENCES safety_walks(fid) ON DELETE CASCADE,
  action_id INTEGER REFERENCES actions(fid) ON DELETE CASCADE,
  note TEXT,
  CHECK ((walk_id IS NULL) != (action_id IS NULL))
);
CREATE UNIQUE INDEX promise_links_walk ON promise_links(activity_id, walk_id) WHERE walk_id IS NOT NULL;
CREATE UNIQUE INDEX promise_links_action ON promise_links(activity_id, action_id) WHERE action_id IS NOT NULL;
ALTER TABLE organisations ADD COLUMN reports_weekly BOOLEAN NOT NULL DEFAULT 0;
UPDATE organisations SET reports_weekly = 1 WHERE name IN (SELECT DISTINCT organisation FROM incidents WHERE organisation IS NOT NULL);
)SQL" );
  for ( const char *table : { "priorities", "citizen_promises", "promise_activities" } )
    db.exec( std::string( "CREATE TRIGGER " ) + table + "_touch AFTER UPDATE ON " + table +
             " WHEN NEW.updated_at = OLD.updated_at BEGIN UPDATE " + table +
             " SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE fid = NEW.fid; END;" );
  const int srs = static_cast<int>(
    db.queryInt( "SELECT value FROM tryggkarta_meta WHERE key = 'project_srs'", kDefaultProjectSrsId ) );
  registerFeatureTable( db, "priorities", "MULTIPOLYGON", srs, "Prioriterade problem",
                        "EST-gruppens prioriterade problem per period, med plats, orsaksanalys och mål" );
  registerAttributeTable( db, "action_status_history", "action_status_history",
                          "Åtgärdernas statushistorik: varje ändring med tid och anteckning" );
  registerAttributeTable(
    db, "evaluations", "evaluations",
    "Utvärderingar av insatser: mål-, jämförelse- och buffertområde, perioder, resultat" );
  registerAttributeTable( db, "citizen_promises", "citizen_promises", "Medborgarlöften per år" );
  registerAttributeTable( db, "promise_activities", "promise_activities",
                          "Medborgarlöftenas utlovade aktiviteter med ägare, datum och status" );
  registerAttributeTable( db, "promise_links", "promise_links",
                          "Vandringar och åtgärder som genomför en aktivitet i medborgarlöftet" );
}

// Real data in (issue 14): crosswalks (kategorinycklar) from a source's vocabulary to the project's
// categories, the police feed's types among them; how precise each incident's place is, and the police feed's
// event id so an event is never imported twice; rows left out on purpose counted apart from errors.
void migration6( Database &db )
{
  db.exec( R"SQL(
CREATE TABLE crosswalks (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  description TEXT,
  created_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  updated_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
);
CREATE TABLE crosswalk_entries (
  fid INTEGER PRIMARY KEY AUTOINCREMENT,
  crosswalk_id INTEGER NOT NULL REFERENCES crosswalks(fid) ON DELETE CASCADE,
  source_value TEXT NOT NULL CHECK (length(trim(source_value)) > 0),
  category TEXT REFERENCES categories(code) ON UPDATE CASCADE,
  leave_out BOOLEAN NOT NULL DEFAULT 0,
  note TEXT,
  updated_at DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  CHECK ((category IS NULL) = (leave_out = 1))
);
CREATE UNIQUE INDEX crosswalk_entries_value ON crosswalk_entries(crosswalk_id, source_value COLLATE NOCASE);
CREATE INDEX crosswalk_entries_category ON crosswalk_entries(category);
ALTER TABLE incidents ADD COLUMN place_precision TEXT NOT NULL DEFAULT 'exact'
  CHECK (place_precision IN ('exact', 'address', 'street', 'area', 'municipality', 'county'));
ALTER TABLE incidents ADD COLUMN source_event_id TEXT;
ALTER TABLE incidents ADD COLUMN place_precision_given BOOLEAN NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX incidents_source_event ON incidents(source, CASE WHEN source = 'police' THEN '' ELSE coalesce(organisation, '') END, source_event_id) WHERE source_event_id IS NOT NULL;
CREATE INDEX incidents_precision ON incidents(place_precision) WHERE place_precision NOT IN ('exact', 'address', 'street');
ALTER TABLE import_rejects ADD COLUMN left_out BOOLEAN NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN rows_left_out INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN rows_duplicate INTEGER NOT NULL DEFAULT 0;
ALTER TABLE import_batches ADD COLUMN crosswalk TEXT;
)SQL" );
  // The police-only categories, in their own group after the others.
  const int64_t groupOrder = db.queryInt( "SELECT coalesce(max(sort_order), 0) + 1 FROM category_groups" );
  Statement group =
    db.prepare( "INSERT OR IGNORE INTO category_groups (code, label_sv, label_en, sort_order) "
                "VALUES ('polis', 'Polisens händelsetyper', 'Police event types', ?)" );
  group.bind( 1, groupOrder );
  group.run();
  int64_t order = db.queryInt( "SELECT coalesce(max(sort_order), 0) + 1 FROM categories" );
  Statement category = db.prepare( "INSERT OR IGNORE INTO categories (code, label_sv, label_en, group_code, "
                                   "color, sort_order) VALUES (?, ?, ?, 'polis', ?, ?)" );
  for ( const PoliceOnlyCategory &c : policeOnlyCategories() )
  {
    category.bind( 1, c.code )
      .bind( 2, c.labelSv )
      .bind( 3, c.labelEn )
      .bind( 4, c.color )
      .bind( 5, order++ );
    category.run();
  }
  // Default colours clearly apart within a map: the near twins of the first defaults get new colours,
  // unless the coordinator has already chosen others.
  for ( const auto &[code, from, to] : kRecoloured )
  {
    Statement recolour = db.prepare( "UPDATE categories SET color = ? WHERE code = ? AND lower(color) = ?" );
    recolour.bind( 1, to ).bind( 2, code ).bind( 3, from );
    recolour.run();
  }
  db.exec( "INSERT INTO crosswalks (name, description) VALUES ('" + std::string( kPoliceCrosswalkName ) +
           "', 'Polisens öppna händelseflöde (polisen.se): händelsetyp → kategori')" );
  const int64_t crosswalk = db.lastInsertId();
  Statement entry = db.prepare( "INSERT INTO crosswalk_entries (crosswalk_id, source_value, category, "
                                "leave_out, note) SELECT ?, ?, ?, ?, ? WHERE ? IS NULL OR EXISTS "
                                "(SELECT 1 FROM categories WHERE code = ?)" );
  for ( const PoliceEventType &t : policeEventTypes() )
  {
    entry.bind( 1, crosswalk ).bind( 2, t.type );
    t.category ? entry.bind( 3, t.category ) : entry.bindNull( 3 );
    entry.bind( 4, t.category ? 0 : 1 );
    t.note ? entry.bind( 5, t.note ) : entry.bindNull( 5 );
    t.category ? entry.bind( 6, t.category ) : entry.bindNull( 6 );
    t.category ? entry.bind( 7, t.category ) : entry.bindNull( 7 );
    entry.run();
  }
  db.exec(
    "CREATE TRIGGER crosswalks_touch AFTER UPDATE ON crosswalks WHEN NEW.updated_at = OLD.updated_at "
    "BEGIN UPDATE crosswalks SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE fid = NEW.fid; "
    "END;" );
  registerAttributeTable(
    db, "crosswalks", "crosswalks",
    "Kategorinycklar: en källas värden (t.ex. polisens händelsetyper) → projektets kategorier" );
  registerAttributeTable( db, "crosswalk_entries", "crosswalk_entries",
                          "Kategorinycklarnas rader: källvärde → kategori, eller utelämnas med avsikt" );
}
} // namespace

void ensureSpatialRefSys( Database &db, int epsg )
{
  Statement exists = db.prepare( "SELECT 1 FROM gpkg_spatial_ref_sys WHERE srs_id = ?" );
  exists.bind( 1, epsg );
  if ( exists.step() )
    return;
  OGRSpatialReference srs;
  if ( srs.importFromEPSG( epsg ) != OGRERR_NONE )
    throw SqlError( "Unknown coordinate system EPSG:" + std::to_string( epsg ) );
  char *wkt = nullptr;
  srs.exportToWkt( &wkt );
  const std::string definition = wkt ? wkt : "undefined";
  CPLFree( wkt );
  Statement insert = db.prepare( "INSERT INTO gpkg_spatial_ref_sys (srs_name, srs_id, organization, "
                                 "organization_coordsys_id, definition) VALUES (?, ?, 'EPSG', ?, ?)" );
  insert.bind( 1, srs.GetName() ? srs.GetName() : "EPSG" )
    .bind( 2, epsg )
    .bind( 3, epsg )
    .bind( 4, definition );
  insert.run();
}

void registerFeatureTable( Database &db, const std::string &table, const std::string &geometryType, int srsId,
                           const std::string &identifier, const std::string &description )
{
  Statement contents =
    db.prepare( "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                "VALUES (?, 'features', ?, ?, ?)" );
  contents.bind( 1, table ).bind( 2, identifier ).bind( 3, description ).bind( 4, srsId );
  contents.run();
  Statement columns =
    db.prepare( "INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, "
                "srs_id, z, m) VALUES (?, 'geom', ?, ?, 0, 0)" );
  columns.bind( 1, table ).bind( 2, geometryType ).bind( 3, srsId );
  columns.run();
  db.exec( rtreeSql( table, "geom" ) );
  Statement extension =
    db.prepare( "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, "
                "scope) VALUES (?, 'geom', 'gpkg_rtree_index', "
                "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')" );
  extension.bind( 1, table );
  extension.run();
}

void registerAttributeTable( Database &db, const std::string &table, const std::string &identifier,
                             const std::string &description )
{
  Statement contents = db.prepare( "INSERT INTO gpkg_contents (table_name, data_type, identifier, "
                                   "description) VALUES (?, 'attributes', ?, ?)" );
  contents.bind( 1, table ).bind( 2, identifier ).bind( 3, description );
  contents.run();
}

const std::vector<Migration> &migrations()
{
  static const std::vector<Migration> sMigrations = {
    { 1, "Initial schema: incidents, observations, safety walks, actions, areas, categories, imports",
      migration1 },
    { 2, "Audit log of imports and deletions", migration2 },
    { 3, "Stored analysis results", migration3 },
    { 4, "Safety walks: plan, numbered stops, participants per organisation, photos", migration4 },
    { 5, "Priorities, action history and interventions, evaluations, citizen promises, weekly reporting",
      migration5 },
    { 6, "Category crosswalks with the police feed's types, place precision, police event ids", migration6 },
  };
  return sMigrations;
}

int currentSchemaVersion()
{
  return migrations().back().version;
}

const std::vector<std::string> &projectFeatureTables()
{
  static const std::vector<std::string> sTables = { "incidents", "observations", "safety_walks",
                                                    "areas",     "walk_stops",   "priorities" };
  return sTables;
}

} // namespace tryggkarta

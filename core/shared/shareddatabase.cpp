#include "shareddatabase.h"

#include "database.h"
#include "message.h"
#include "pgconnection.h"
#include "policevocabulary.h"
#include "projectfile.h"
#include "sharedtables.h"

#include <gdal_utils.h>
#include <libpq-fe.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <map>
#include <regex>
#include <unistd.h>

namespace tryggkarta
{

namespace
{

const char *kSchema = "tryggkarta";

std::string fail( const PgError &e )
{
  return e.what();
}

Error queryFailed( const std::string &what, const PgError &e )
{
  return Error( MessageCode::SharedQueryFailed, what, fail( e ) );
}

//! The functions the policies and triggers use. They run as the caller (current_user), so the policies follow
//! the login that connects, also through the lägesbild views.
const char *kFunctionsSql = R"SQL(
CREATE TABLE tryggkarta.schema_migrations (
  version integer PRIMARY KEY,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by name NOT NULL DEFAULT current_user
);
CREATE TABLE tryggkarta.meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE tryggkarta.members (
  login name PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('coordinator', 'reporter', 'steering')),
  organisation text,
  added_at timestamptz NOT NULL DEFAULT now(),
  added_by name NOT NULL DEFAULT current_user,
  CHECK (kind <> 'reporter' OR organisation IS NOT NULL)
);
CREATE TABLE tryggkarta.deleted_rows (
  table_name text NOT NULL,
  uuid uuid NOT NULL,
  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),
  deleted_at timestamptz NOT NULL DEFAULT now(),
  deleted_by name NOT NULL DEFAULT current_user,
  PRIMARY KEY (table_name, uuid)
);
CREATE INDEX deleted_rows_tx ON tryggkarta.deleted_rows (tx);

-- The operators are named with their schema: a caller's own operator on a search_path of theirs cannot stand in.
-- (No SET search_path here: that would keep the planner from inlining them into the policies and views.)
CREATE FUNCTION tryggkarta.my_kind() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT kind FROM tryggkarta.members WHERE login OPERATOR(pg_catalog.=) current_user $$;
CREATE FUNCTION tryggkarta.my_organisation() RETURNS text LANGUAGE sql STABLE
  AS $$ SELECT organisation FROM tryggkarta.members WHERE login OPERATOR(pg_catalog.=) current_user $$;
CREATE FUNCTION tryggkarta.is_coordinator() RETURNS boolean LANGUAGE sql STABLE
  AS $$ SELECT coalesce((SELECT kind OPERATOR(pg_catalog.=) 'coordinator' FROM tryggkarta.members
                         WHERE login OPERATOR(pg_catalog.=) current_user), false) $$;

CREATE FUNCTION tryggkarta.touch_version() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    NEW.version := 1;
  ELSE
    NEW.uuid := OLD.uuid;
    NEW.version := OLD.version + 1;
    IF NEW.change_id IS NOT DISTINCT FROM OLD.change_id THEN
      NEW.change_id := NULL; -- changed by someone else than a synchronisation (psql, QGIS Desktop)
    END IF;
  END IF;
  NEW.tx := pg_current_xact_id();
  NEW.updated_by := current_user;
  RETURN NEW;
END $$;

-- Only for writes from elsewhere (psql, QGIS Desktop): a synchronisation sends its own updated_at, and the
-- shared row must stay exactly what the copy sent.
CREATE FUNCTION tryggkarta.touch_updated_at() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.change_id IS NULL AND NEW.updated_at IS NOT DISTINCT FROM OLD.updated_at THEN
    NEW.updated_at := now();
  END IF;
  RETURN NEW;
END $$;

-- A row deleted, or police-restricted (gone from the lägesbild of those who may not read it): a tombstone the
-- copies pull. Only for the project's own tables (it runs with its owner's rights and is no one's to call).
CREATE FUNCTION tryggkarta.remember_delete() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_TABLE_SCHEMA <> 'tryggkarta' THEN
    RAISE EXCEPTION 'remember_delete is for the tables of schema tryggkarta' USING ERRCODE = '42501';
  END IF;
  INSERT INTO tryggkarta.deleted_rows (table_name, uuid, deleted_by) VALUES (TG_TABLE_NAME, OLD.uuid, session_user)
    ON CONFLICT (table_name, uuid) DO UPDATE SET tx = pg_current_xact_id(), deleted_at = now(),
      deleted_by = session_user;
  RETURN OLD;
END $$;
)SQL";

//! After the organisations table exists.
const char *kPolicyFunctionsSql = R"SQL(
ALTER TABLE tryggkarta.members ADD FOREIGN KEY (organisation) REFERENCES tryggkarta.organisations (name)
  ON UPDATE CASCADE;
CREATE FUNCTION tryggkarta.reads_restricted() RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT tryggkarta.is_coordinator() OR coalesce((SELECT o.kind OPERATOR(pg_catalog.=) 'police'
    FROM tryggkarta.members m JOIN tryggkarta.organisations o ON o.name OPERATOR(pg_catalog.=) m.organisation
    WHERE m.login OPERATOR(pg_catalog.=) current_user AND m.kind OPERATOR(pg_catalog.=) 'reporter'), false) $$;

CREATE FUNCTION tryggkarta.guard_owner() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    -- A synchronisation (change_id set) names the owner itself; the policies check it.
    IF NEW.owner IS NULL AND NEW.change_id IS NULL THEN
      IF TG_TABLE_NAME = 'incidents' AND tryggkarta.is_coordinator() THEN
        NEW.owner := to_jsonb(NEW) ->> 'organisation'; -- the coordinator enters other organisations' reports
      END IF;
      IF NEW.owner IS NULL THEN
        NEW.owner := tryggkarta.my_organisation();
      END IF;
    END IF;
  ELSIF NEW.owner IS DISTINCT FROM OLD.owner AND NOT tryggkarta.is_coordinator() THEN
    NEW.owner := OLD.owner; -- only the coordinator hands a row to another organisation
  END IF;
  RETURN NEW;
END $$;

-- An incident entered from elsewhere (psql, QGIS Desktop) without an organisation is its owner's report.
CREATE FUNCTION tryggkarta.incident_organisation() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.change_id IS NULL AND NEW.organisation IS NULL THEN
    NEW.organisation := NEW.owner;
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION tryggkarta.guard_restricted() RETURNS trigger LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NEW.restricted IS DISTINCT FROM OLD.restricted AND NOT tryggkarta.reads_restricted() THEN
    NEW.restricted := OLD.restricted; -- only the police and the coordinator lift or set a restriction
  END IF;
  RETURN NEW;
END $$;

CREATE FUNCTION tryggkarta.add_user(p_login text, p_kind text, p_organisation text, p_password text)
  RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  prefix text := (SELECT value FROM tryggkarta.meta WHERE key = 'role_prefix');
BEGIN
  -- The caller (session_user: inside this function current_user is its owner) must be a coordinator.
  IF NOT EXISTS (SELECT 1 FROM tryggkarta.members WHERE login = session_user AND kind = 'coordinator') THEN
    RAISE EXCEPTION 'only a coordinator adds users' USING ERRCODE = '42501';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
    IF p_password IS NULL THEN
      EXECUTE format('CREATE ROLE %I LOGIN', p_login);
    ELSE
      EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', p_login, p_password);
    END IF;
  END IF;
  EXECUTE format('GRANT %I TO %I', prefix || '_' || p_kind, p_login);
  INSERT INTO tryggkarta.members (login, kind, organisation) VALUES (p_login, p_kind, p_organisation);
END $$;
)SQL";

//! A column as CREATE TABLE and ALTER TABLE ADD COLUMN take it.
std::string columnDdl( const SharedColumn &c )
{
  std::string sql = quoteIdent( c.name ) + " " + sharedPgType( c );
  if ( c.notNull )
    sql += " NOT NULL";
  if ( !c.defaultValue.empty() )
    sql += " DEFAULT " + c.defaultValue;
  if ( c.type == SharedColumnType::Reference )
    sql += " REFERENCES " + std::string( kSchema ) + "." + c.references + " (uuid) ON DELETE " +
           ( c.notNull || c.cascade ? "CASCADE" : "SET NULL" );
  else if ( !c.references.empty() )
    sql += " REFERENCES " + std::string( kSchema ) + "." + c.references + " ON UPDATE CASCADE";
  if ( !c.check.empty() )
    sql += " CHECK (" + c.check + ")";
  return sql;
}

//! The index a reference column gets (deletes of the row it refers to, and the policies, look it up).
std::string referenceIndexDdl( const SharedTable &t, const SharedColumn &c )
{
  return "CREATE INDEX " + t.name + "_" + c.name + " ON " + std::string( kSchema ) + "." + t.name + " (" +
         c.name + ");\n";
}

//! A table as the schema's version `version` has it (its columns of that version and before).
std::string tableDdl( const SharedTable &t, int srid, int version )
{
  const std::string q = std::string( kSchema ) + "." + t.name;
  std::string sql = "CREATE TABLE " + q + " (\n  uuid uuid PRIMARY KEY DEFAULT gen_random_uuid()";
  if ( !t.geometryType.empty() )
    sql += ",\n  geom geometry(" + t.geometryType + ", " + std::to_string( srid ) + ")" +
           ( t.geometryNotNull ? " NOT NULL" : "" );
  for ( const auto &c : t.columns )
    if ( c.since <= version )
      sql += ",\n  " + columnDdl( c );
  if ( !t.vocabulary )
    sql += ",\n  owner text REFERENCES tryggkarta.organisations (name) ON UPDATE CASCADE";
  if ( t.restrictable )
    sql += ",\n  restricted boolean NOT NULL DEFAULT false";
  sql +=
    ",\n  version integer NOT NULL DEFAULT 1,\n  tx xid8 NOT NULL DEFAULT pg_current_xact_id(),\n  change_id "
    "uuid,\n  updated_by name NOT NULL DEFAULT current_user";
  if ( t.vocabulary )
    sql += ",\n  UNIQUE (" + t.naturalKey + ")";
  if ( !t.unique.empty() )
    sql += ",\n  UNIQUE (" + t.unique + ")";
  for ( const auto &check : t.checks )
    sql += ",\n  CHECK (" + check + ")";
  sql += "\n);\n";
  for ( size_t i = 0; i < t.uniqueIndexes.size(); ++i )
    sql += "CREATE UNIQUE INDEX " + t.name + "_unique" + std::to_string( i + 1 ) + " ON " + q + " " +
           t.uniqueIndexes[i] + ";\n";
  sql += "CREATE INDEX " + t.name + "_tx ON " + q + " (tx);\n";
  if ( !t.geometryType.empty() )
    sql += "CREATE INDEX " + t.name + "_geom ON " + q + " USING gist (geom);\n";
  for ( const auto &c : t.columns )
    if ( c.type == SharedColumnType::Reference && c.since <= version )
      sql += referenceIndexDdl( t, c );
  if ( t.name == "incidents" )
    sql += "CREATE INDEX incidents_time ON " + q + " (occurred_from);\n";
  if ( !t.vocabulary )
    sql += "CREATE INDEX " + t.name + "_owner ON " + q + " (owner);\n";
  sql += "CREATE TRIGGER a_touch_version BEFORE INSERT OR UPDATE ON " + q +
         " FOR EACH ROW EXECUTE FUNCTION tryggkarta.touch_version();\n";
  if ( t.hasColumn( "updated_at" ) )
    sql += "CREATE TRIGGER b_touch_updated_at BEFORE UPDATE ON " + q +
           " FOR EACH ROW EXECUTE FUNCTION tryggkarta.touch_updated_at();\n";
  sql += "CREATE TRIGGER z_remember_delete AFTER DELETE ON " + q +
         " FOR EACH ROW EXECUTE FUNCTION tryggkarta.remember_delete();\n";
  return sql;
}

//! For a table whose rows name rows that can be police-restricted (a photo's observation, an evaluation's
//! action): the condition that none of the rows it names is restricted (the view runs with its owner's
//! rights).
std::string namesNoRestrictedRow( const SharedTable &t )
{
  std::string condition;
  for ( const SharedColumn *c : t.restrictableReferences() )
    condition += std::string( condition.empty() ? "" : " AND " ) + "NOT EXISTS (SELECT 1 FROM " + kSchema +
                 "." + c->references + " x WHERE x.uuid = " + quoteIdent( c->name ) + " AND x.restricted)";
  return condition;
}

//! A table's lägesbild view as the schema's version `version` has it; `replace` gives one a later version
//! added columns to (at the end, as CREATE OR REPLACE VIEW allows; its grants stay).
std::string viewDdl( const SharedTable &t, const std::string &prefix, int version, bool replace, int srid )
{
  const std::string q = std::string( kSchema ) + "." + t.name;
  const std::string coordinator = quoteIdent( prefix + "_coordinator" );
  const std::string reporter = quoteIdent( prefix + "_reporter" );
  const std::string steering = quoteIdent( prefix + "_steering" );
  // The shared lägesbild: every organisation's places, times and categories; free text only of the reader's
  // own organisation (all of it for the coordinator); police-restricted rows only for the police and the
  // coordinator. The view runs with its owner's rights, so its WHERE and CASE are the whole rule.
  std::string columns = "uuid, version, tx, change_id, owner";
  if ( t.restrictable )
    columns += ", restricted";
  // Who reads is looked up once per query (the one-row subquery "reader"), not once per row and column: the
  // functions' lookups per row made a pull of 10^5 incidents spend a second here.
  const std::string readsText =
    "(reader.reader_coordinator OR owner = reader.reader_organisation" +
    std::string( t.restrictable ? " OR (restricted AND reader.reader_restricted)" : "" ) + ")";
  // From version 3 another organisation's incident comes generalised to those who may not read its text: its
  // place the centre of its cell of the lägesbild's grid (tryggkarta.meta lagesbild_cell_m, 100 m unless
  // set), its times to the hour. Enough for the heat map, the clusters and the week's counts; not the door
  // or the minute.
  const bool generalised = t.name == "incidents" && version >= 3;
  const bool generalisedPoint = t.name == "actions" && version >= 3; // an action's x, y: often an incident's
  auto cellCentre = []( const std::string &coordinate )
  {
    const std::string cell = "reader.reader_cell";
    return "floor(" + coordinate + " / " + cell + ") * " + cell + " + " + cell + " / 2";
  };
  if ( !t.geometryType.empty() )
  {
    if ( generalised )
      columns += ", CASE WHEN " + readsText + " THEN geom ELSE ST_SetSRID(ST_MakePoint(" +
                 cellCentre( "ST_X(geom)" ) + ", " + cellCentre( "ST_Y(geom)" ) + "), " +
                 std::to_string( srid ) + ")::geometry(Point, " + std::to_string( srid ) + ") END AS geom";
    else
      columns += ", geom";
  }
  for ( const auto &c : t.columns )
  {
    if ( c.since > version )
      continue;
    if ( c.freeText )
      columns +=
        ", CASE WHEN " + readsText + " THEN " + quoteIdent( c.name ) + " END AS " + quoteIdent( c.name );
    else if ( generalised && sharedGeneralisedColumn( t.name, c.name ) )
      // In UTC whatever the session's time zone (an offset of minutes would otherwise move the cut).
      columns += ", CASE WHEN " + readsText + " THEN " + quoteIdent( c.name ) + " ELSE date_trunc('hour', " +
                 quoteIdent( c.name ) + ", 'UTC') END AS " + quoteIdent( c.name );
    else if ( generalisedPoint && sharedGeneralisedColumn( t.name, c.name ) )
      columns += ", CASE WHEN " + readsText + " THEN " + quoteIdent( c.name ) + " ELSE " +
                 cellCentre( quoteIdent( c.name ) ) + " END AS " + quoteIdent( c.name );
    else
      columns += ", " + quoteIdent( c.name );
  }
  std::string sql =
    std::string( replace ? "CREATE OR REPLACE VIEW " : "CREATE VIEW " ) + q +
    "_lagesbild WITH (security_barrier) AS SELECT " + columns + " FROM " + q +
    ", (SELECT tryggkarta.is_coordinator() AS reader_coordinator, tryggkarta.my_organisation() AS "
    "reader_organisation, tryggkarta.reads_restricted() AS reader_restricted" +
    ( generalised || generalisedPoint ? ", tryggkarta.lagesbild_cell() AS reader_cell" : "" ) +
    " OFFSET 0) reader";
  if ( t.restrictable )
    sql += " WHERE NOT restricted OR owner = reader.reader_organisation OR reader.reader_restricted";
  if ( t.name == "action_status_history" )
    sql +=
      " WHERE owner = reader.reader_organisation OR reader.reader_restricted OR NOT EXISTS (SELECT 1 FROM "
      "tryggkarta.actions a WHERE a.uuid = action_id AND a.restricted)";
  // A later table's row about a restricted row (a photo of a restricted observation, a link to a restricted
  // action) is shown only to those who may read that row.
  if ( t.since >= 2 && !t.restrictable && !t.restrictableReferences().empty() )
    sql += " WHERE owner = reader.reader_organisation OR reader.reader_restricted OR (" +
           namesNoRestrictedRow( t ) + ")";
  sql += ";\n";
  sql += "GRANT SELECT ON " + q + "_lagesbild TO " + coordinator + ", " + reporter + ", " + steering + ";\n";
  return sql;
}

//! The grants, policies and the lägesbild view of a table.
std::string accessDdl( const SharedTable &t, const std::string &prefix, int version, int srid )
{
  const std::string q = std::string( kSchema ) + "." + t.name;
  const std::string coordinator = quoteIdent( prefix + "_coordinator" );
  const std::string reporter = quoteIdent( prefix + "_reporter" );
  const std::string steering = quoteIdent( prefix + "_steering" );
  std::string sql;
  if ( t.vocabulary )
  {
    sql += "GRANT SELECT ON " + q + " TO " + coordinator + ", " + reporter + ", " + steering + ";\n";
    sql += "GRANT INSERT, UPDATE, DELETE ON " + q + " TO " + coordinator + ";\n";
    return sql;
  }
  sql += "CREATE TRIGGER c_guard_owner BEFORE INSERT OR UPDATE ON " + q +
         " FOR EACH ROW EXECUTE FUNCTION tryggkarta.guard_owner();\n";
  if ( t.restrictable )
    sql += "CREATE TRIGGER d_guard_restricted BEFORE UPDATE ON " + q +
           " FOR EACH ROW EXECUTE FUNCTION tryggkarta.guard_restricted();\n";
  if ( t.restrictable )
    sql += "CREATE TRIGGER y_hide_restricted AFTER UPDATE OF restricted ON " + q +
           " FOR EACH ROW WHEN (NEW.restricted AND NOT OLD.restricted) EXECUTE FUNCTION "
           "tryggkarta.remember_delete();\n";
  if ( t.name == "incidents" )
    sql += "CREATE TRIGGER e_incident_organisation BEFORE INSERT ON " + q +
           " FOR EACH ROW EXECUTE FUNCTION tryggkarta.incident_organisation();\n";
  sql += "ALTER TABLE " + q + " ENABLE ROW LEVEL SECURITY;\n";
  sql += "GRANT SELECT, INSERT, UPDATE, DELETE ON " + q + " TO " + coordinator + ";\n";
  // The role and a row in members: a role granted by mistake is not enough.
  sql += "CREATE POLICY coordinator_all ON " + q + " TO " + coordinator +
         " USING (tryggkarta.is_coordinator()) WITH CHECK (tryggkarta.is_coordinator());\n";
  const std::string own = "owner = tryggkarta.my_organisation()";
  // Reporters read their own organisation's rows whole (and the police the restricted ones); the rest of a
  // restrictable table only through the lägesbild view. Areas, walks and their stops are everyone's.
  std::string read = t.restrictable ? "(" + own + " OR (restricted AND tryggkarta.reads_restricted()))"
                                    : std::string( "true" );
  if ( t.name == "actions" )
    read = "(" + own +
           " OR (responsible_organisation = tryggkarta.my_organisation() AND NOT restricted) OR "
           "(restricted AND tryggkarta.reads_restricted()))";
  if ( t.name == "action_status_history" )
    read = "(" + own + " OR action_id IN (SELECT uuid FROM tryggkarta.actions))"; // the actions it may read
  if ( t.since >= 2 && !t.restrictable )
  {
    // A later table: another organisation's free text only through the view (a photo's note); a row about a
    // row the reporter may not read (under that table's own policy) is not theirs to read either.
    if ( t.hasFreeText() )
      read = own;
    else if ( !t.restrictableReferences().empty() )
    {
      // (The named table's own policy decides what "may read" is: a subquery on it sees only those rows.)
      std::string readable;
      for ( const SharedColumn *c : t.restrictableReferences() )
        readable += std::string( readable.empty() ? "" : " AND " ) + "(" + quoteIdent( c->name ) +
                    " IS NULL OR " + quoteIdent( c->name ) + " IN (SELECT uuid FROM " + kSchema + "." +
                    c->references + "))";
      read = "(" + own + " OR (" + readable + "))";
    }
  }
  sql += "GRANT SELECT ON " + q + " TO " + reporter + ";\n";
  sql += "CREATE POLICY reporter_read ON " + q + " FOR SELECT TO " + reporter + " USING (" + read + ");\n";
  if ( t.reportersWrite )
  {
    sql += "GRANT INSERT, UPDATE, DELETE ON " + q + " TO " + reporter + ";\n";
    std::string insertCheck = own;
    if ( t.name == "incidents" )
      insertCheck += " AND (organisation IS NULL OR organisation = owner)";
    if ( t.name == "action_status_history" )
      insertCheck +=
        " AND EXISTS (SELECT 1 FROM tryggkarta.actions a WHERE a.uuid = action_id AND (a.owner = "
        "tryggkarta.my_organisation() OR a.responsible_organisation = tryggkarta.my_organisation()))";
    std::string edit = own;
    if ( t.name == "actions" )
      edit = "(" + own + " OR (responsible_organisation = tryggkarta.my_organisation() AND NOT restricted))";
    sql += "CREATE POLICY reporter_insert ON " + q + " FOR INSERT TO " + reporter + " WITH CHECK (" +
           insertCheck + ");\n";
    sql += "CREATE POLICY reporter_update ON " + q + " FOR UPDATE TO " + reporter + " USING (" + edit +
           ") WITH CHECK (" + ( t.name == "incidents" ? insertCheck : edit ) + ");\n";
    sql += "CREATE POLICY reporter_delete ON " + q + " FOR DELETE TO " + reporter + " USING (" + own + ");\n";
  }
  return sql + viewDdl( t, prefix, version, false, srid );
}

std::string defaultPrefix( const std::string &database )
{
  std::string p = "tk_";
  for ( char c : database )
  {
    const unsigned char u = static_cast<unsigned char>( c );
    p += std::isalnum( u ) ? static_cast<char>( std::tolower( u ) ) : '_';
  }
  if ( p.size() > 40 )
    p.resize( 40 );
  return p;
}

void migration1( PgConnection &conn, int srid, const std::string &prefix )
{
  conn.exec( "CREATE EXTENSION IF NOT EXISTS postgis" );
  conn.exec( "CREATE SCHEMA tryggkarta" );
  conn.exec( kFunctionsSql );
  // Roles of the project's own: if they exist, another project on this server uses the prefix (CREATE ROLE
  // fails and nothing is made).
  for ( const char *role : { "_coordinator", "_reporter", "_steering" } )
    conn.exec( "CREATE ROLE " + quoteIdent( prefix + role ) + " NOLOGIN" );
  for ( const auto &t : sharedTables() )
  {
    if ( t.since != 1 )
      continue;
    conn.exec( tableDdl( t, srid, 1 ) );
    if ( t.name == "organisations" )
      conn.exec( kPolicyFunctionsSql );
  }
  for ( const auto &t : sharedTables() )
    if ( t.since == 1 )
      conn.exec( accessDdl( t, prefix, 1, srid ) );
  const std::string all = quoteIdent( prefix + "_coordinator" ) + ", " + quoteIdent( prefix + "_reporter" ) +
                          ", " + quoteIdent( prefix + "_steering" );
  // Who has reported: counts per organisation and week, readable by everyone (aggregated, no row).
  conn.exec( R"SQL(
CREATE VIEW tryggkarta.reported_weeks AS
  SELECT coalesce(organisation, owner) AS organisation,
         date_trunc('week', created_at AT TIME ZONE 'Europe/Stockholm')::date AS week_start,
         count(*) AS incidents, max(created_at) AS last_reported
  FROM tryggkarta.incidents WHERE NOT restricted OR tryggkarta.reads_restricted() GROUP BY 1, 2;
)SQL" );
  conn.exec( "GRANT USAGE ON SCHEMA tryggkarta TO " + all + ";\n" +
             "GRANT SELECT ON tryggkarta.meta, tryggkarta.members, tryggkarta.schema_migrations, "
             "tryggkarta.deleted_rows, tryggkarta.reported_weeks TO " +
             all + ";\n" + "GRANT EXECUTE ON FUNCTION tryggkarta.add_user(text, text, text, text) TO " +
             quoteIdent( prefix + "_coordinator" ) + ";\n" +
             "REVOKE EXECUTE ON FUNCTION tryggkarta.add_user(text, text, text, text) FROM PUBLIC;\n" +
             // The trigger functions are no one's to call (a trigger on a table of one's own could).
             "REVOKE EXECUTE ON FUNCTION tryggkarta.remember_delete(), tryggkarta.touch_version(), "
             "tryggkarta.touch_updated_at(), tryggkarta.guard_owner(), tryggkarta.guard_restricted(), "
             "tryggkarta.incident_organisation() FROM PUBLIC;\n" );
}

//! The tables and columns a later version of the schema added (sharedtables.cpp marks them with it): new
//! tables with their policies and views, new columns of older tables, and those tables' views again.
void addTablesOf( PgConnection &conn, int srid, const std::string &prefix, int version )
{
  for ( const auto &t : sharedTables() )
  {
    if ( t.since == version )
    {
      conn.exec( tableDdl( t, srid, version ) );
      continue;
    }
    if ( t.since > version )
      continue;
    bool added = false;
    for ( const auto &c : t.columns )
    {
      if ( c.since != version )
        continue;
      conn.exec( "ALTER TABLE " + std::string( kSchema ) + "." + t.name + " ADD COLUMN " + columnDdl( c ) );
      if ( c.type == SharedColumnType::Reference )
        conn.exec( referenceIndexDdl( t, c ) );
      added = true;
    }
    if ( added && !t.vocabulary )
      conn.exec( viewDdl( t, prefix, version, true, srid ) );
  }
  for ( const auto &t : sharedTables() )
    if ( t.since == version )
      conn.exec( accessDdl( t, prefix, version, srid ) );
}

//! Version 2: walk organisations and photos, priorities (and the actions' link to them), evaluations, the
//! citizen promises with their activities and links, and the crosswalks.
void migration2( PgConnection &conn, int srid, const std::string &prefix )
{
  addTablesOf( conn, srid, prefix, 2 );
  // Every project starts with the police's crosswalk; a database brought up from version 1 gets it here (a
  // new one, whose vocabularies come after its migrations, takes its project's).
  if ( conn.query( "SELECT EXISTS (SELECT 1 FROM tryggkarta.categories)::int" ).text( 0, 0 ) == "1" )
  {
    conn.query(
      "INSERT INTO tryggkarta.crosswalks (name, description, created_at, updated_at) VALUES ($1, $2, "
      "now(), now())",
      { std::string( kPoliceCrosswalkName ),
        std::string( "Polisens öppna händelseflöde (polisen.se): händelsetyp → kategori" ) } );
    for ( const PoliceEventType &e : policeEventTypes() )
      conn.query(
        "INSERT INTO tryggkarta.crosswalk_entries (crosswalk_id, source_value, category, leave_out, "
        "note, updated_at) SELECT c.uuid, $1, $2::text, $2::text IS NULL, $3, now() FROM "
        "tryggkarta.crosswalks c WHERE c.name = $4 AND ($2::text IS NULL OR EXISTS (SELECT 1 FROM "
        "tryggkarta.categories WHERE code = $2::text))",
        { std::string( e.type ), e.category ? PgParam( std::string( e.category ) ) : PgParam(),
          e.note ? PgParam( std::string( e.note ) ) : PgParam(), std::string( kPoliceCrosswalkName ) } );
  }
  // The older lägesbild views look up who reads once per query instead of once per row (same columns).
  for ( const auto &t : sharedTables() )
    if ( t.since < 2 && !t.vocabulary )
      conn.exec( viewDdl( t, prefix, 2, true, srid ) );
}

//! Tombstones for the rows of table whose column names a row matching condition (alias d for table's row).
std::string tombstonesSql( const std::string &table, const std::string &from, const std::string &condition )
{
  return "INSERT INTO tryggkarta.deleted_rows (table_name, uuid, deleted_by) SELECT '" + table +
         "', d.uuid, session_user FROM " + from + " WHERE " + condition +
         " ON CONFLICT (table_name, uuid) DO UPDATE SET tx = pg_current_xact_id(), deleted_at = now(), "
         "deleted_by = session_user;\n";
}

/**
 * A row restricted after copies took it goes from their lägesbild by its tombstone; the rows of the later
 * tables about it (a photo of an observation, an evaluation of an action, a promise's link to it), which the
 * views then hide too, get tombstones with it. When the restriction is lifted they get a new version, so the
 * copies that lost them take them again.
 */
std::string hideDependentsDdl()
{
  std::map<std::string, std::vector<std::pair<std::string, std::string>>>
    dependents; // restrictable → (table, column)
  for ( const auto &t : sharedTables() )
    if ( !t.restrictable )
      for ( const SharedColumn *c : t.restrictableReferences() )
        dependents[c->references].emplace_back( t.name, c->name );
  std::string body;
  for ( const auto &[target, rows] : dependents )
  {
    body += "  IF TG_TABLE_NAME = '" + target + "' THEN\n    IF NEW.restricted THEN\n";
    for ( const auto &[table, column] : rows )
      body += "      " + tombstonesSql( table, "tryggkarta." + table + " d",
                                        "d." + quoteIdent( column ) + " = NEW.uuid" );
    body += "    ELSE\n";
    for ( const auto &[table, column] : rows )
      body += "      UPDATE tryggkarta." + table + " SET change_id = gen_random_uuid() WHERE " +
              quoteIdent( column ) + " = NEW.uuid;\n";
    body += "    END IF;\n  END IF;\n";
  }
  std::string sql =
    "CREATE FUNCTION tryggkarta.hide_dependents() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
    "SET search_path = pg_catalog, pg_temp AS $$\nBEGIN\n  IF TG_TABLE_SCHEMA <> 'tryggkarta' THEN\n"
    "    RAISE EXCEPTION 'hide_dependents is for the tables of schema tryggkarta' USING ERRCODE = "
    "'42501';\n  END IF;\n" +
    body + "  RETURN NEW;\nEND $$;\nREVOKE EXECUTE ON FUNCTION tryggkarta.hide_dependents() FROM PUBLIC;\n";
  for ( const auto &entry : dependents )
    sql += "CREATE TRIGGER z_hide_dependents AFTER UPDATE OF restricted ON tryggkarta." + entry.first +
           " FOR EACH ROW WHEN (NEW.restricted IS DISTINCT FROM OLD.restricted) EXECUTE FUNCTION "
           "tryggkarta.hide_dependents();\n";
  return sql;
}

//! Tombstones for the rows about rows that are restricted now (a database brought up from version 2).
std::string hideRestrictedDependentsSql()
{
  std::string sql;
  for ( const auto &t : sharedTables() )
    if ( !t.restrictable )
      for ( const SharedColumn *c : t.restrictableReferences() )
        sql += tombstonesSql( t.name,
                              "tryggkarta." + t.name + " d JOIN tryggkarta." + c->references +
                                " r ON r.uuid = d." + quoteIdent( c->name ),
                              "r.restricted" );
  return sql;
}

//! Version 3: another organisation's incidents generalised in the lägesbild for those who may not read their
//! text (see viewDdl), with the grid's cell size in tryggkarta.meta; the rows about a row restricted later
//! hidden from the copies with it (hideDependentsDdl).
void migration3( PgConnection &conn, int srid, const std::string &prefix )
{
  // The grid's cell: 50 m times a power of two, so cells of different sizes nest (two grids seen one after
  // the other never intersect into a finer one); anything else in meta counts as the default.
  conn.exec( "INSERT INTO tryggkarta.meta (key, value) VALUES ('lagesbild_cell_m', '" +
             std::to_string( kDefaultLagesbildCellMetres ) + "') ON CONFLICT (key) DO NOTHING;\n" + R"SQL(
CREATE FUNCTION tryggkarta.lagesbild_cell() RETURNS double precision LANGUAGE sql STABLE
  SET search_path = pg_catalog, pg_temp AS $$
  SELECT coalesce((SELECT value::double precision FROM tryggkarta.meta
                   WHERE key OPERATOR(pg_catalog.=) 'lagesbild_cell_m'
                     AND value OPERATOR(pg_catalog.=) ANY (ARRAY['50', '100', '200', '400', '800', '1600', '3200',
                                                                  '6400'])), 100::double precision) $$;
-- Every unrestricted incident and action sent again (a new version, its content untouched): the copies made
-- before hold no finer places.
CREATE FUNCTION tryggkarta.send_generalised_again() RETURNS void LANGUAGE sql SECURITY DEFINER
  SET search_path = pg_catalog, pg_temp AS $$
  UPDATE tryggkarta.incidents SET change_id = gen_random_uuid() WHERE NOT restricted;
  UPDATE tryggkarta.actions SET change_id = gen_random_uuid() WHERE NOT restricted AND x IS NOT NULL $$;
-- The coordinator (a members row, not the role alone: session_user, as inside this function current_user is
-- its owner) sets the grid.
CREATE FUNCTION tryggkarta.set_lagesbild_cell(metres integer) RETURNS bigint LANGUAGE plpgsql
  SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
  sent bigint;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM tryggkarta.members WHERE login = session_user AND kind = 'coordinator') THEN
    RAISE EXCEPTION 'only a coordinator sets the lägesbild''s grid' USING ERRCODE = '42501';
  END IF;
  IF metres IS NULL OR metres NOT IN (50, 100, 200, 400, 800, 1600, 3200, 6400) THEN
    RAISE EXCEPTION 'a cell of the lägesbild''s grid is 50, 100, 200, 400, 800, 1600, 3200 or 6400 metres'
      USING ERRCODE = '22023';
  END IF;
  INSERT INTO tryggkarta.meta (key, value) VALUES ('lagesbild_cell_m', metres::text)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value;
  PERFORM tryggkarta.send_generalised_again();
  SELECT count(*) INTO sent FROM tryggkarta.incidents WHERE NOT restricted;
  RETURN sent;
END $$;
REVOKE EXECUTE ON FUNCTION tryggkarta.set_lagesbild_cell(integer) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION tryggkarta.send_generalised_again() FROM PUBLIC;
)SQL" );
  conn.exec( "GRANT EXECUTE ON FUNCTION tryggkarta.set_lagesbild_cell(integer) TO " +
             quoteIdent( prefix + "_coordinator" ) );
  for ( const auto &t : sharedTables() )
    if ( t.name == "incidents" || t.name == "actions" )
      conn.exec( viewDdl( t, prefix, 3, true, srid ) );
  // Who has reported: the last report to the hour, as the lägesbild gives its times.
  conn.exec( R"SQL(
CREATE OR REPLACE VIEW tryggkarta.reported_weeks AS
  SELECT coalesce(organisation, owner) AS organisation,
         date_trunc('week', created_at AT TIME ZONE 'Europe/Stockholm')::date AS week_start,
         count(*) AS incidents, date_trunc('hour', max(created_at), 'UTC') AS last_reported
  FROM tryggkarta.incidents WHERE NOT restricted OR tryggkarta.reads_restricted() GROUP BY 1, 2;
)SQL" );
  conn.exec( hideDependentsDdl() );
  // A database brought up from version 2: its copies hold exact places of other organisations' rows, and the
  // rows about rows restricted before have no tombstones yet. Both are sent now.
  conn.exec( "SELECT tryggkarta.send_generalised_again()" );
  conn.exec( hideRestrictedDependentsSql() );
}

struct Migration
{
  int version;
  std::function<void( PgConnection &, int srid, const std::string &prefix )> apply;
};

const std::vector<Migration> &migrations()
{
  static const std::vector<Migration> list = { { 1, migration1 }, { 2, migration2 }, { 3, migration3 } };
  return list;
}

void insertVocabulary( PgConnection &conn, Database &project, int version )
{
  for ( const auto &t : sharedTables() )
  {
    if ( !t.vocabulary || t.since > version )
      continue;
    std::string cols, params, select;
    int n = 0;
    for ( const auto &c : t.columns )
    {
      cols += ( n ? ", " : "" ) + quoteIdent( c.name );
      const std::string param = "$" + std::to_string( n + 1 );
      if ( c.type == SharedColumnType::Reference )
      {
        // Another vocabulary's row (a crosswalk entry's crosswalk), by the name it has on both sides.
        const SharedTable *target = sharedTable( c.references );
        const std::string key = target ? target->naturalKey : std::string( "uuid" );
        params += std::string( n ? ", " : "" ) + "(SELECT uuid FROM tryggkarta." + c.references + " WHERE " +
                  quoteIdent( key ) + " = " + param + ")";
        select += std::string( n ? ", " : "" ) + "(SELECT " + quoteIdent( key ) + " FROM " + c.references +
                  " r WHERE r.fid = " + t.name + "." + quoteIdent( c.local() ) + ")";
      }
      else
      {
        params += ( n ? ", " : "" ) + param + "::" + sharedPgType( c );
        select += ( n ? ", " : "" ) + quoteIdent( c.local() );
      }
      ++n;
    }
    Statement rows = project.prepare( "SELECT " + select + " FROM " + t.name + " ORDER BY fid" );
    const std::string sql = "INSERT INTO tryggkarta." + t.name + " (" + cols + ") VALUES (" + params + ")";
    while ( rows.step() )
    {
      std::vector<PgParam> values;
      for ( int i = 0; i < n; ++i )
        values.push_back( rows.isNull( i ) ? PgParam() : PgParam( rows.text( i ) ) );
      conn.query( sql, values );
    }
  }
}

} // namespace

int sharedSchemaVersion( PgConnection &conn )
{
  if ( conn.query( "SELECT 1 FROM pg_namespace WHERE nspname = 'tryggkarta'" ).rows() == 0 )
    return 0;
  if ( conn.query( "SELECT to_regclass('tryggkarta.schema_migrations') IS NOT NULL" ).text( 0, 0 ) != "t" )
    return 0;
  return static_cast<int>(
    conn.query( "SELECT coalesce(max(version), 0) FROM tryggkarta.schema_migrations" ).int64( 0, 0 ) );
}

Expected<SharedInfo> initSharedDatabase( PgConnection &conn, const std::string &conninfo,
                                         const SharedInitOptions &options )
{
  try
  {
    if ( int version = sharedSchemaVersion( conn ) )
      return Error( MessageCode::SharedAlreadyInitialised, conn.describe(), std::to_string( version ) );
    if ( conn.query( "SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'" ).rows() == 0 )
      return Error( MessageCode::SharedNoPostgis, conn.describe() );
  }
  catch ( const PgError &e )
  {
    return queryFailed( "the check for an existing project", e );
  }

  // The vocabularies, coordinate system and base map come from a project: the one given, else a new one.
  std::string scratch;
  std::string source = options.fromProject;
  if ( source.empty() )
  {
    scratch = ( std::filesystem::temp_directory_path() /
                ( "tryggkarta-shared-init-" + std::to_string( ::getpid() ) + ".gpkg" ) )
                .string();
    std::filesystem::remove( scratch );
    auto created = ProjectFile::create( scratch );
    if ( !created.ok() )
      return Error( created.error() );
    source = scratch;
  }
  struct Cleanup
  {
    std::string path;
    ~Cleanup()
    {
      if ( !path.empty() )
        std::filesystem::remove( path );
    }
  } cleanup{ scratch };
  auto project = ProjectFile::open( source, true );
  if ( !project.ok() )
    return Error( project.error() );
  ProjectFile &p = *project.value();
  const int srid = p.projectSrsId();
  const std::string prefix =
    options.rolePrefix.empty() ? defaultPrefix( conn.database() ) : options.rolePrefix;
  std::vector<std::string> basemap;
  if ( options.copyBasemap )
  {
    std::string layers = p.metaValue( "basemap_layers" );
    size_t start = 0;
    while ( start <= layers.size() && !layers.empty() )
    {
      const size_t comma = layers.find( ',', start );
      const std::string name =
        layers.substr( start, comma == std::string::npos ? std::string::npos : comma - start );
      if ( std::regex_match( name, std::regex( "map_[a-z0-9_]+" ) ) )
        basemap.push_back( name );
      if ( comma == std::string::npos )
        break;
      start = comma + 1;
    }
  }

  try
  {
    PgTransaction transaction( conn );
    for ( const auto &m : migrations() )
    {
      if ( options.schemaVersion > 0 && m.version > options.schemaVersion )
        break;
      m.apply( conn, srid, prefix );
      conn.query( "INSERT INTO tryggkarta.schema_migrations (version) VALUES ($1)",
                  { std::to_string( m.version ) } );
    }
    auto meta = [&conn]( const std::string &key, const std::string &value ) {
      conn.query( "INSERT INTO tryggkarta.meta (key, value) VALUES ($1, $2)", { key, value } );
    };
    meta( "project_srs", std::to_string( srid ) );
    meta( "role_prefix", prefix );
    conn.exec( "INSERT INTO tryggkarta.meta (key, value) VALUES ('project_id', gen_random_uuid()::text)" );
    meta( "created_at", utcNowIso() );
    meta( "municipality_name", p.metaValue( "municipality_name" ) );
    const std::string synthetic = p.metaValue( "synthetic_data" );
    if ( !synthetic.empty() )
      meta( "synthetic_data", synthetic );
    insertVocabulary( conn, p.db(),
                      options.schemaVersion > 0 ? options.schemaVersion : kSharedSchemaVersion );
    conn.query( "INSERT INTO tryggkarta.members (login, kind) VALUES (current_user, 'coordinator')" );
    conn.exec( "GRANT " + quoteIdent( prefix + "_coordinator" ) + " TO CURRENT_USER" );
    transaction.commit();
  }
  catch ( const PgError &e )
  {
    return queryFailed( "the new project's schema", e );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::SharedQueryFailed, std::string( "the project's vocabularies" ),
                  std::string( e.what() ) );
  }

  // The base map, layer by layer through GDAL's PostgreSQL driver (as ogr2ogr would); it is drawn under the
  // incidents and needs no synchronisation: the copies take it when they are made.
  std::vector<std::string> copied;
  for ( const auto &layer : basemap )
  {
    std::vector<std::string> args = {
      "-f",      "PostgreSQL", "-lco", "SCHEMA=tryggkarta", "-lco", "GEOMETRY_NAME=geom", "-lco",
      "FID=fid", "-nln",       layer,  "-overwrite",        layer };
    std::vector<char *> argv;
    for ( auto &a : args )
      argv.push_back( a.data() );
    argv.push_back( nullptr );
    GDALVectorTranslateOptions *opts = GDALVectorTranslateOptionsNew( argv.data(), nullptr );
    GDALDatasetH src =
      GDALOpenEx( source.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr );
    int usageError = 0;
    GDALDatasetH out = nullptr;
    if ( src && opts )
      out =
        GDALVectorTranslate( gdalConnectionName( conninfo ).c_str(), nullptr, 1, &src, opts, &usageError );
    if ( out )
    {
      GDALClose( out );
      copied.push_back( layer );
    }
    if ( src )
      GDALClose( src );
    GDALVectorTranslateOptionsFree( opts );
  }
  if ( !copied.empty() )
  {
    try
    {
      const std::string prefixRoles = quoteIdent( prefix + "_coordinator" ) + ", " +
                                      quoteIdent( prefix + "_reporter" ) + ", " +
                                      quoteIdent( prefix + "_steering" );
      std::string list;
      for ( const auto &layer : copied )
      {
        conn.exec( "GRANT SELECT ON tryggkarta." + quoteIdent( layer ) + " TO " + prefixRoles );
        list += ( list.empty() ? "" : "," ) + layer;
      }
      conn.query( "INSERT INTO tryggkarta.meta (key, value) VALUES ('basemap_layers', $1)", { list } );
    }
    catch ( const PgError &e )
    {
      return queryFailed( "the base map's rights", e );
    }
  }
  return sharedInfo( conn );
}

Expected<int> migrateSharedDatabase( PgConnection &conn )
{
  try
  {
    const int version = sharedSchemaVersion( conn );
    if ( version == 0 )
      return Error( MessageCode::SharedNotInitialised, conn.describe() );
    if ( version > kSharedSchemaVersion )
      return Error( MessageCode::SharedNewerSchema, std::to_string( version ),
                    std::to_string( kSharedSchemaVersion ) );
    const int srid = static_cast<int>(
      conn.query( "SELECT value::int FROM tryggkarta.meta WHERE key = 'project_srs'" ).int64( 0, 0 ) );
    const std::string prefix =
      conn.query( "SELECT value FROM tryggkarta.meta WHERE key = 'role_prefix'" ).text( 0, 0 );
    for ( const auto &m : migrations() )
    {
      if ( m.version <= version )
        continue;
      PgTransaction transaction( conn );
      // One migration at a time, and one program at a time: a second waits for the lock, then finds it done.
      conn.exec( "LOCK TABLE tryggkarta.schema_migrations IN EXCLUSIVE MODE" );
      if ( conn
             .query( "SELECT 1 FROM tryggkarta.schema_migrations WHERE version = $1",
                     { std::to_string( m.version ) } )
             .rows() )
        continue;
      m.apply( conn, srid, prefix );
      conn.query( "INSERT INTO tryggkarta.schema_migrations (version) VALUES ($1)",
                  { std::to_string( m.version ) } );
      transaction.commit();
    }
    return sharedSchemaVersion( conn );
  }
  catch ( const PgError &e )
  {
    return queryFailed( "the schema's migration", e );
  }
}

Expected<SharedInfo> sharedInfo( PgConnection &conn )
{
  try
  {
    SharedInfo info;
    info.schemaVersion = sharedSchemaVersion( conn );
    if ( info.schemaVersion == 0 )
      return Error( MessageCode::SharedNotInitialised, conn.describe() );
    if ( info.schemaVersion > kSharedSchemaVersion )
      return Error( MessageCode::SharedNewerSchema, std::to_string( info.schemaVersion ),
                    std::to_string( kSharedSchemaVersion ) );
    PgResult meta = conn.query( "SELECT key, value FROM tryggkarta.meta" );
    for ( int i = 0; i < meta.rows(); ++i )
    {
      const std::string key = meta.text( i, 0 );
      const std::string value = meta.text( i, 1 );
      if ( key == "project_srs" )
        info.srid = std::atoi( value.c_str() );
      else if ( key == "role_prefix" )
        info.rolePrefix = value;
      else if ( key == "municipality_name" )
        info.municipality = value;
      else if ( key == "synthetic_data" )
        info.syntheticData = value;
      else if ( key == "basemap_layers" )
      {
        size_t start = 0;
        while ( start < value.size() )
        {
          size_t comma = value.find( ',', start );
          if ( comma == std::string::npos )
            comma = value.size();
          info.basemapLayers.push_back( value.substr( start, comma - start ) );
          start = comma + 1;
        }
      }
    }
    PgResult me =
      conn.query( "SELECT current_user, m.kind, m.organisation, coalesce(o.kind = 'police', false)::int "
                  "FROM (SELECT 1) one LEFT JOIN tryggkarta.members m ON m.login = current_user "
                  "LEFT JOIN tryggkarta.organisations o ON o.name = m.organisation" );
    info.login = me.text( 0, 0 );
    info.kind = me.text( 0, 1 );
    info.organisation = me.text( 0, 2 );
    info.police = info.kind == "reporter" && me.text( 0, 3 ) == "1";
    return info;
  }
  catch ( const PgError &e )
  {
    return queryFailed( "reading the project's settings", e );
  }
}

Status addSharedOrganisation( PgConnection &conn, const std::string &name, const std::string &kind,
                              bool reportsWeekly )
{
  try
  {
    if ( conn.query( "SELECT 1 FROM tryggkarta.organisations WHERE name = $1", { name } ).rows() )
      return Error( MessageCode::SharedOrganisationExists, name );
    conn.query(
      "INSERT INTO tryggkarta.organisations (name, kind, reports_weekly) VALUES ($1, $2, $3::boolean)",
      { name, kind.empty() ? PgParam() : PgParam( kind ), std::string( reportsWeekly ? "true" : "false" ) } );
    return Done{};
  }
  catch ( const PgError &e )
  {
    if ( e.isRefusal() )
      return Error( MessageCode::SharedNotAllowed, conn.user() );
    return queryFailed( "the new organisation", e );
  }
}

Status addSharedUser( PgConnection &conn, const std::string &login, const std::string &kind,
                      const std::string &organisation, const std::string &password )
{
  if ( !std::regex_match( login, std::regex( "[a-z][a-z0-9_]{0,39}" ) ) )
    return Error( MessageCode::SharedBadUserName, login );
  if ( kind != "coordinator" && kind != "reporter" && kind != "steering" )
    return Error( MessageCode::SharedBadRole, kind );
  if ( kind == "reporter" && organisation.empty() )
    return Error( MessageCode::SharedReporterNeedsOrganisation );
  try
  {
    if ( !organisation.empty() &&
         conn.query( "SELECT 1 FROM tryggkarta.organisations WHERE name = $1", { organisation } ).rows() ==
           0 )
      return Error( MessageCode::SharedUnknownOrganisation, organisation );
    if ( conn.query( "SELECT 1 FROM tryggkarta.members WHERE login = $1", { login } ).rows() )
      return Error( MessageCode::SharedUserExists, login );
    PgParam hashed;
    if ( !password.empty() )
    {
      // Hashed here: the server never sees the password itself, and no log can show it.
      hashed = conn.encryptPassword( password, login );
    }
    conn.query( "SELECT tryggkarta.add_user($1, $2, $3, $4)",
                { login, kind, organisation.empty() ? PgParam() : PgParam( organisation ), hashed } );
    return Done{};
  }
  catch ( const PgError &e )
  {
    if ( e.isRefusal() )
      return Error( MessageCode::SharedNotAllowed, conn.user() );
    return queryFailed( "the new user", e );
  }
}

Expected<std::vector<SharedUser>> listSharedUsers( PgConnection &conn )
{
  try
  {
    PgResult r = conn.query(
      "SELECT m.login, m.kind, coalesce(m.organisation, ''), coalesce(r.rolcanlogin, false)::int, "
      "to_char(m.added_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
      "FROM tryggkarta.members m LEFT JOIN pg_roles r ON r.rolname = m.login "
      "ORDER BY m.kind, m.organisation NULLS FIRST, m.login" );
    std::vector<SharedUser> users;
    for ( int i = 0; i < r.rows(); ++i )
      users.push_back(
        { r.text( i, 0 ), r.text( i, 1 ), r.text( i, 2 ), r.text( i, 3 ) == "1", r.text( i, 4 ) } );
    return users;
  }
  catch ( const PgError &e )
  {
    return queryFailed( "the list of users", e );
  }
}

Status setSharedRestricted( PgConnection &conn, const std::string &table, const std::string &uuid,
                            bool restricted )
{
  const SharedTable *t = sharedTable( table );
  if ( !t || !t->restrictable )
    return Error( MessageCode::SharedQueryFailed, "restricting a row of " + table,
                  std::string( "only incidents, observations and actions can be police-restricted" ) );
  try
  {
    PgResult r =
      conn.query( "UPDATE tryggkarta." + table +
                    " SET restricted = $2::boolean WHERE uuid = $1::uuid RETURNING restricted::int",
                  { uuid, std::string( restricted ? "true" : "false" ) } );
    if ( r.rows() == 1 && r.text( 0, 0 ) != ( restricted ? "1" : "0" ) )
      return Error( MessageCode::SharedNotAllowed, conn.user() );
    if ( r.rows() == 0 )
      return Error( MessageCode::SharedQueryFailed, "restricting " + table + " " + uuid,
                    std::string( "no such row that this login may change" ) );
    return Done{};
  }
  catch ( const PgError &e )
  {
    if ( e.isRefusal() )
      return Error( MessageCode::SharedNotAllowed, conn.user() );
    return queryFailed( "restricting a row", e );
  }
}

Expected<double> sharedLagesbildCell( PgConnection &conn, std::optional<int> metres )
{
  try
  {
    if ( metres )
      conn.query( "SELECT tryggkarta.set_lagesbild_cell($1::integer)", { std::to_string( *metres ) } );
    return std::stod( conn.query( "SELECT tryggkarta.lagesbild_cell()::text" ).text( 0, 0 ) );
  }
  catch ( const PgError &e )
  {
    if ( e.isRefusal() )
      return Error( MessageCode::SharedNotAllowed, conn.user() );
    return queryFailed( "the lägesbild's grid", e );
  }
}

} // namespace tryggkarta

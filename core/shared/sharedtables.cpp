#include "sharedtables.h"

namespace tryggkarta
{

namespace
{

using T = SharedColumnType;

SharedColumn text( const char *name, bool notNull = false, const char *check = "", const char *def = "" )
{
  return SharedColumn{ name, T::Text, notNull, "", false, check, def };
}
SharedColumn freeText( const char *name )
{
  return SharedColumn{ name, T::Text, false, "", true, "", "" };
}
SharedColumn vocabulary( const char *name, const char *references, bool notNull = false )
{
  return SharedColumn{ name, T::Text, notNull, references, false, "", "" };
}
SharedColumn integer( const char *name, bool notNull = false, const char *check = "", const char *def = "" )
{
  return SharedColumn{ name, T::Integer, notNull, "", false, check, def };
}
SharedColumn real( const char *name, bool notNull = false, const char *check = "", const char *def = "" )
{
  return SharedColumn{ name, T::Real, notNull, "", false, check, def };
}
SharedColumn boolean( const char *name, bool notNull = false, const char *def = "" )
{
  return SharedColumn{ name, T::Boolean, notNull, "", false, "", def };
}
SharedColumn date( const char *name, bool notNull = false )
{
  return SharedColumn{ name, T::Date, notNull, "", false, "", "" };
}
SharedColumn dateTime( const char *name, bool notNull = false )
{
  return SharedColumn{ name, T::DateTime, notNull, "", false, "", "" };
}
SharedColumn reference( const char *name, const char *table, bool notNull = false )
{
  return SharedColumn{ name, T::Reference, notNull, table, false, "", "" };
}
//! A reference whose row goes when the row it refers to goes, also when it may be empty (the project file's
//! ON DELETE CASCADE).
SharedColumn cascading( const char *name, const char *table )
{
  SharedColumn c = reference( name, table );
  c.cascade = true;
  return c;
}
SharedColumn blob( const char *name, bool notNull = false )
{
  return SharedColumn{ name, T::Blob, notNull, "", false, "", "" };
}
//! A column a later version of the shared schema added to a table that had none.
SharedColumn since( int version, SharedColumn c )
{
  c.since = version;
  return c;
}
//! The shared database's name for a column the project file names otherwise.
SharedColumn named( const char *shared, SharedColumn c )
{
  c.localName = c.name;
  c.name = shared;
  return c;
}

// Version 2 of the shared schema: the crosswalks (kategorinycklar), vocabularies the coordinator keeps, an
// entry named by its crosswalk and its source value.
SharedTable crosswalks()
{
  SharedTable t{ "crosswalks",
                 true,
                 "name",
                 "",
                 false,
                 false,
                 false,
                 { text( "name", true, "length(trim(name)) > 0" ), text( "description" ),
                   dateTime( "created_at", true ), dateTime( "updated_at", true ) } };
  t.since = 2;
  t.uniqueIndexes = { "(lower(name))" };
  t.keyNoCase = true;
  return t;
}

SharedTable crosswalkEntries()
{
  SharedTable t{ "crosswalk_entries",
                 true,
                 "crosswalk_id, source_value",
                 "",
                 false,
                 false,
                 false,
                 { reference( "crosswalk_id", "crosswalks", true ),
                   text( "source_value", true, "length(trim(source_value)) > 0" ),
                   vocabulary( "category", "categories(code)" ), boolean( "leave_out", true, "false" ),
                   text( "note" ), dateTime( "updated_at", true ) } };
  t.since = 2;
  t.checks = { "(category IS NULL) = leave_out" };
  t.uniqueIndexes = { "(crosswalk_id, lower(source_value))" };
  t.keyNoCase = true;
  return t;
}

// Version 2 of the shared schema: the rest of the EST loop (walk organisations and photos, priorities,
// evaluations, citizen promises with their activities and links), each table as in the project file.
SharedTable walkOrganisations()
{
  SharedTable t{ "walk_organisations",
                 false,
                 "",
                 "",
                 false,
                 false,
                 true,
                 { reference( "walk_id", "safety_walks", true ),
                   // Who came, by group: an organisation's name or "Boende och allmänhet", as in the project.
                   text( "organisation", true ), boolean( "invited", true, "true" ),
                   integer( "participants", false, "participants >= 0" ) } };
  t.since = 2;
  t.unique = "walk_id, organisation";
  return t;
}

SharedTable walkPhotos()
{
  // The photo itself is everyone's, as the walk is; the note is its organisation's free text.
  SharedTable t{
    "walk_photos",
    false,
    "",
    "",
    false,
    false,
    true,
    { reference( "walk_id", "safety_walks" ), reference( "observation_id", "observations" ),
      text( "file_name", true ), text( "content_sha256", true ), dateTime( "taken_at" ), real( "x" ),
      real( "y" ), text( "position_source", false, "position_source IN ('exif', 'track', 'manual')" ),
      text( "mime_type", true, "", "'image/jpeg'" ), integer( "width" ), integer( "height" ),
      blob( "data", true ), blob( "thumbnail" ), freeText( "note" ), dateTime( "created_at", true ) } };
  t.since = 2;
  t.checks = { "(x IS NULL) = (y IS NULL)" };
  return t;
}

SharedTable priorities()
{
  // The EST group's decisions: the coordinator writes them, everyone reads them.
  SharedTable t{ "priorities",
                 false,
                 "",
                 "MULTIPOLYGON",
                 false,
                 false,
                 false,
                 { text( "period_label", true ), date( "period_from", true ), date( "period_until", true ),
                   integer( "rank", false, "rank >= 1" ),
                   text( "place_kind", true, "place_kind IN ('area', 'cells', 'cluster')", "'area'" ),
                   reference( "area_id", "areas" ), text( "place_ref" ), text( "problem", true ),
                   text( "categories" ), text( "figures" ), text( "cause_analysis" ), text( "goal" ),
                   text( "status", true, "status IN ('active', 'closed')", "'active'" ),
                   dateTime( "created_at", true ), dateTime( "updated_at", true ) } };
  t.since = 2;
  t.checks = { "period_until >= period_from" };
  return t;
}

SharedTable evaluations()
{
  SharedTable t{ "evaluations",
                 false,
                 "",
                 "",
                 false,
                 false,
                 false,
                 { cascading( "action_id", "actions" ), text( "name", true ),
                   reference( "target_area_id", "areas", true ),
                   reference( "comparison_area_id", "areas", true ),
                   real( "buffer_m", false, "buffer_m > 0" ), date( "before_from", true ),
                   date( "before_until", true ), date( "after_from", true ), date( "after_until", true ),
                   text( "categories" ), text( "result", true ), dateTime( "created_at", true ) } };
  t.since = 2;
  t.checks = { "before_until >= before_from AND after_until >= after_from" };
  return t;
}

SharedTable citizenPromises()
{
  SharedTable t{ "citizen_promises",
                 false,
                 "",
                 "",
                 false,
                 false,
                 false,
                 { integer( "year", true, "year BETWEEN 2000 AND 2100" ), text( "title", true ),
                   date( "signed_date" ), text( "signed_by_police" ), text( "signed_by_municipality" ),
                   text( "summary" ), text( "lagesbild_basis" ), dateTime( "created_at", true ),
                   dateTime( "updated_at", true ) } };
  t.since = 2;
  t.unique = "year, title";
  return t;
}

SharedTable promiseActivities()
{
  // The activity's owner (the police, the municipality or both) is promised_by in the shared database, where
  // owner is the organisation a row belongs to.
  SharedTable t{
    "promise_activities",
    false,
    "",
    "",
    false,
    false,
    false,
    { reference( "promise_id", "citizen_promises", true ), text( "title", true ), text( "description" ),
      text( "kind", true,
            "kind IN ('safety_walk', 'information_meeting', 'patrol', 'dialogue', 'environment', 'other')",
            "'other'" ),
      named( "promised_by", text( "owner", true, "promised_by IN ('police', 'municipality', 'both')" ) ),
      integer( "planned_count", false, "planned_count >= 1" ), date( "planned_from" ),
      date( "planned_until" ), date( "done_date" ),
      text( "status", true, "status IN ('planned', 'in_progress', 'done', 'cancelled')", "'planned'" ),
      reference( "area_id", "areas" ), text( "place_name" ), text( "note" ), dateTime( "created_at", true ),
      dateTime( "updated_at", true ) } };
  t.since = 2;
  t.checks = { "planned_until IS NULL OR planned_from IS NULL OR planned_until >= planned_from" };
  return t;
}

SharedTable promiseLinks()
{
  SharedTable t{ "promise_links",
                 false,
                 "",
                 "",
                 false,
                 false,
                 false,
                 { reference( "activity_id", "promise_activities", true ),
                   cascading( "walk_id", "safety_walks" ), cascading( "action_id", "actions" ),
                   text( "note" ) } };
  t.since = 2;
  t.checks = { "(walk_id IS NULL) != (action_id IS NULL)" };
  t.uniqueIndexes = { "(activity_id, walk_id) WHERE walk_id IS NOT NULL",
                      "(activity_id, action_id) WHERE action_id IS NOT NULL" };
  return t;
}

std::vector<SharedTable> makeTables()
{
  std::vector<SharedTable> t;
  t.push_back( { "category_groups",
                 true,
                 "code",
                 "",
                 false,
                 false,
                 false,
                 { text( "code", true ), text( "label_sv", true ), text( "label_en", true ),
                   integer( "sort_order", true, "", "0" ) } } );
  t.push_back( { "categories",
                 true,
                 "code",
                 "",
                 false,
                 false,
                 false,
                 { text( "code", true ), text( "label_sv", true ), text( "label_en", true ),
                   vocabulary( "group_code", "category_groups(code)", true ),
                   text( "color", true, "color ~ '^#[0-9a-fA-F]{6}$'" ), boolean( "hidden", true, "false" ),
                   integer( "sort_order", true, "", "0" ) } } );
  t.push_back( { "place_types",
                 true,
                 "code",
                 "",
                 false,
                 false,
                 false,
                 { text( "code", true ), text( "label_sv", true ), text( "label_en", true ) } } );
  t.push_back( { "checklist_items",
                 true,
                 "code",
                 "",
                 false,
                 false,
                 false,
                 { text( "code", true ), text( "label_sv", true ), text( "label_en", true ),
                   text( "question_sv" ), integer( "sort_order", true, "", "0" ) } } );
  t.push_back( { "organisations",
                 true,
                 "name",
                 "",
                 false,
                 false,
                 false,
                 { text( "name", true ), text( "kind" ), boolean( "reports_weekly", true, "false" ) } } );
  t.push_back( crosswalks() );
  t.push_back( crosswalkEntries() );
  t.push_back( { "areas",
                 false,
                 "",
                 "MULTIPOLYGON",
                 true,
                 false,
                 false,
                 { text( "name", true ),
                   text( "kind", true, "kind IN ('est_area', 'district', 'custom')", "'est_area'" ),
                   text( "code" ), text( "note" ) } } );
  t.push_back(
    { "safety_walks",
      false,
      "",
      "LINESTRING",
      false,
      false,
      true,
      { text( "name", true ), date( "walk_date" ),
        text( "light_condition", false, "light_condition IN ('daylight', 'dusk', 'dark')" ),
        reference( "area_id", "areas" ), text( "organiser" ),
        integer( "participants", false, "participants >= 0" ),
        text( "status", true, "status IN ('planned', 'done', 'followed_up', 'cancelled')", "'planned'" ),
        text( "note" ), text( "start_time", false, "start_time ~ '^[0-2][0-9]:[0-5][0-9]$'" ),
        boolean( "also_after_dark", true, "false" ), text( "meeting_point" ), text( "purpose" ),
        integer( "expected_participants", false, "expected_participants >= 0" ),
        reference( "repeat_of", "safety_walks" ),
        text( "route_source", false, "route_source IN ('drawn', 'suggested', 'gpx', 'copied', 'demo')" ),
        dateTime( "created_at" ), dateTime( "updated_at" ) } } );
  t.push_back( { "walk_stops",
                 false,
                 "",
                 "POINT",
                 true,
                 false,
                 true,
                 { reference( "walk_id", "safety_walks", true ),
                   integer( "stop_number", true, "stop_number >= 1" ), text( "name" ), text( "reason" ) } } );
  t.push_back( walkOrganisations() );
  t.push_back( priorities() );
  t.push_back(
    { "incidents",
      false,
      "",
      "POINT",
      true,
      true,
      true,
      { dateTime( "occurred_from", true ), dateTime( "occurred_until" ),
        vocabulary( "category", "categories(code)", true ),
        vocabulary( "organisation", "organisations(name)" ), vocabulary( "place_type", "place_types(code)" ),
        real( "weight", true, "weight >= 0", "1" ), freeText( "description" ), text( "screening_flags" ),
        text( "source", true, "source IN ('est', 'police', 'safety_walk', 'manual')", "'manual'" ),
        integer( "source_row" ), freeText( "extra_attributes" ), dateTime( "created_at", true ),
        dateTime( "updated_at", true ),
        text( "place_precision", true,
              "place_precision IN ('exact', 'address', 'street', 'area', 'municipality', 'county')",
              "'exact'" ),
        freeText( "source_event_id" ), boolean( "place_precision_given", true, "false" ) } } );
  t.push_back(
    { "observations",
      false,
      "",
      "POINT",
      true,
      true,
      true,
      { reference( "walk_id", "safety_walks" ), vocabulary( "checklist_item", "checklist_items(code)" ),
        integer( "rating", false, "rating BETWEEN 0 AND 3" ), boolean( "positive" ), freeText( "note" ),
        freeText( "photos" ), freeText( "proposed_action" ), dateTime( "observed_at" ),
        text( "screening_flags" ), freeText( "extra_attributes" ), dateTime( "created_at", true ),
        dateTime( "updated_at", true ), reference( "stop_id", "walk_stops" ),
        boolean( "draft", true, "false" ), text( "responsible" ), date( "action_deadline" ),
        text( "light_condition", false, "light_condition IN ('daylight', 'dusk', 'dark')" ) } } );
  t.push_back( walkPhotos() );
  t.push_back(
    { "actions",
      false,
      "",
      "",
      false,
      true,
      true,
      { text( "title", true ),
        freeText( "description" ),
        reference( "observation_id", "observations" ),
        reference( "incident_id", "incidents" ),
        reference( "area_id", "areas" ),
        text( "responsible_organisation" ),
        integer( "priority", false, "priority BETWEEN 1 AND 3" ),
        date( "deadline" ),
        text( "status", true, "status IN ('proposed', 'decided', 'in_progress', 'done', 'rejected')",
              "'proposed'" ),
        date( "decided_date" ),
        date( "done_date" ),
        text( "rejection_reason" ),
        freeText( "note" ),
        dateTime( "created_at", true ),
        dateTime( "updated_at", true ),
        text( "cluster_ref" ),
        text( "contact_role" ),
        real( "cost_sek", false, "cost_sek >= 0" ),
        text( "kind", true,
              "kind IN ('action', 'patrols', 'guards', 'lighting', 'cleaning', 'pruning', 'youth_workers', "
              "'cameras', 'other_intervention')",
              "'action'" ),
        date( "start_date" ),
        date( "end_date" ),
        real( "x" ),
        real( "y" ),
        since( 2, reference( "priority_id", "priorities" ) ) } } );
  t.push_back(
    { "action_status_history",
      false,
      "",
      "",
      false,
      false,
      true,
      { reference( "action_id", "actions", true ), text( "from_status" ), text( "to_status", true ),
        date( "effective_date" ), dateTime( "changed_at", true ), text( "actor" ), text( "note" ) } } );
  t.push_back( evaluations() );
  t.push_back( citizenPromises() );
  t.push_back( promiseActivities() );
  t.push_back( promiseLinks() );
  return t;
}

} // namespace

bool SharedTable::hasColumn( const std::string &name ) const
{
  return column( name ) != nullptr;
}

bool SharedTable::hasFreeText() const
{
  for ( const auto &c : columns )
    if ( c.freeText )
      return true;
  return false;
}

std::vector<const SharedColumn *> SharedTable::restrictableReferences() const
{
  std::vector<const SharedColumn *> out;
  for ( const auto &c : columns )
    if ( c.type == SharedColumnType::Reference )
      if ( const SharedTable *target = sharedTable( c.references ); target && target->restrictable )
        out.push_back( &c );
  return out;
}

const SharedColumn *SharedTable::column( const std::string &name ) const
{
  for ( const auto &c : columns )
    if ( c.name == name )
      return &c;
  return nullptr;
}

std::vector<std::string> SharedTable::naturalKeyColumns() const
{
  std::vector<std::string> out;
  size_t start = 0;
  while ( start < naturalKey.size() )
  {
    size_t comma = naturalKey.find( ',', start );
    if ( comma == std::string::npos )
      comma = naturalKey.size();
    std::string part = naturalKey.substr( start, comma - start );
    part.erase( 0, part.find_first_not_of( ' ' ) );
    part.erase( part.find_last_not_of( ' ' ) + 1 );
    if ( !part.empty() )
      out.push_back( part );
    start = comma + 1;
  }
  return out;
}

const std::vector<SharedTable> &sharedTables()
{
  static const std::vector<SharedTable> tables = makeTables();
  return tables;
}

const SharedTable *sharedTable( const std::string &name )
{
  for ( const auto &t : sharedTables() )
    if ( t.name == name )
      return &t;
  return nullptr;
}

std::string sharedSelectExpression( const SharedColumn &column, const std::string &alias )
{
  const std::string c = ( alias.empty() ? "" : alias + "." ) + "\"" + column.name + "\"";
  switch ( column.type )
  {
  case T::Text:
    return c;
  case T::Integer:
  case T::Real:
  case T::Reference:
  case T::Date:
    return c + "::text";
  case T::Boolean:
    return "(" + c + ")::int::text";
  case T::DateTime:
    return "to_char(" + c + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";
  case T::Blob:
    return "encode(" + c + ", 'hex')";
  }
  return c;
}

bool sharedGeneralisedColumn( const std::string &table, const std::string &column )
{
  if ( table == "incidents" )
    return column == "geom" || column == "occurred_from" || column == "occurred_until" ||
           column == "created_at" || column == "updated_at";
  if ( table == "actions" )
    return column == "x" || column == "y";
  return false;
}

std::string sharedPgType( const SharedColumn &column )
{
  switch ( column.type )
  {
  case T::Text:
    return "text";
  case T::Integer:
    return "bigint";
  case T::Real:
    return "double precision";
  case T::Boolean:
    return "boolean";
  case T::Date:
    return "date";
  case T::DateTime:
    return "timestamptz";
  case T::Reference:
    return "uuid";
  case T::Blob:
    return "bytea";
  }
  return "text";
}

} // namespace tryggkarta

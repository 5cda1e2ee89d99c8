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
        real( "y" ) } } );
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
  return t;
}

} // namespace

bool SharedTable::hasColumn( const std::string &column ) const
{
  for ( const auto &c : columns )
    if ( c.name == column )
      return true;
  return false;
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
  }
  return c;
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
  }
  return "text";
}

} // namespace tryggkarta

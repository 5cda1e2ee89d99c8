#include "selection.h"

#include "datetimeparser.h"
#include "geometryblob.h"
#include "projectfile.h"

namespace tryggkarta
{

namespace
{
//! The Stockholm local date of a UTC instant, as YYYY-MM-DD.
std::string localDate( int64_t utcSeconds )
{
  return formatUtcIso( utcSeconds + stockholmOffsetMinutes( utcSeconds ) * 60 ).substr( 0, 10 );
}

std::string joined( const std::vector<std::string> &values )
{
  std::string out;
  for ( const std::string &v : values )
    out += ( out.empty() ? "" : ", " ) + v;
  return out;
}

//! "(?, ?, ?)" for an IN clause.
std::string placeholders( size_t count )
{
  std::string out = "(";
  for ( size_t i = 0; i < count; ++i )
    out += i ? ", ?" : "?";
  return out + ")";
}
} // namespace

std::string Selection::describe() const
{
  // Local dates, the until date inclusive (the period ends just before untilUtc).
  std::string out = ( fromUtc ? localDate( *fromUtc ) : std::string( "start" ) ) + " – " +
                    ( untilUtc ? localDate( *untilUtc - 1 ) : std::string( "end" ) );
  if ( !categories.empty() )
    out += "; categories: " + joined( categories );
  if ( !sources.empty() )
    out += "; sources: " + joined( sources );
  if ( !organisations.empty() )
    out += "; organisations: " + joined( organisations );
  return out;
}

Expected<std::vector<WeightedPoint>> selectIncidentPoints( ProjectFile &project, const Selection &selection )
{
  if ( selection.fromUtc && selection.untilUtc && *selection.untilUtc <= *selection.fromUtc )
    return Error{ "The period ends before it starts." };
  try
  {
    Database &db = project.db();
    for ( const std::string &code : selection.categories )
    {
      Statement known = db.prepare( "SELECT 1 FROM categories WHERE code = ?" );
      known.bind( 1, code );
      if ( !known.step() )
        return Error{ "'" + code + "' is not a category code in this project." };
    }
    // The stored times are fixed-width UTC text, so they compare correctly as text.
    std::string sql = "SELECT geom, weight FROM incidents WHERE 1";
    if ( selection.untilUtc )
      sql += " AND occurred_from < ?";
    if ( selection.fromUtc )
      sql += " AND coalesce(occurred_until, occurred_from) >= ?";
    if ( !selection.categories.empty() )
      sql += " AND category IN " + placeholders( selection.categories.size() );
    if ( !selection.sources.empty() )
      sql += " AND source IN " + placeholders( selection.sources.size() );
    if ( !selection.organisations.empty() )
      sql += " AND organisation IN " + placeholders( selection.organisations.size() );
    sql += " ORDER BY fid";
    Statement s = db.prepare( sql );
    int index = 1;
    if ( selection.untilUtc )
      s.bind( index++, formatUtcIso( *selection.untilUtc ) );
    if ( selection.fromUtc )
      s.bind( index++, formatUtcIso( *selection.fromUtc ) );
    for ( const auto *list : { &selection.categories, &selection.sources, &selection.organisations } )
      for ( const std::string &value : *list )
        s.bind( index++, value );
    std::vector<WeightedPoint> points;
    while ( s.step() )
    {
      const auto blob = s.blob( 0 );
      const auto point = decodeGpkgPoint( blob.data(), static_cast<int>( blob.size() ) );
      if ( point )
        points.push_back( WeightedPoint{ point->first, point->second, s.real( 1 ) } );
    }
    return points;
  }
  catch ( const SqlError &e )
  {
    return Error{ std::string( "Cannot read the incidents: " ) + e.what() };
  }
}

} // namespace tryggkarta

#include "mapcontent.h"

#include "calendar.h"
#include "datetimeparser.h"
#include "projectfile.h"
#include "stockholmzone.h"
#include "swedishtext.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace tryggkarta
{

namespace
{

std::string joinComma( const std::vector<std::string> &items )
{
  std::string out;
  for ( const std::string &item : items )
    out += ( out.empty() ? "" : ", " ) + item;
  return out;
}

const char *const kWeekdaysShort[] = { "mån", "tis", "ons", "tors", "fre", "lör", "sön" };

//! Runs of consecutive numbers as "fre–lör" or "20–03" (hours wrap over midnight).
std::string runsText( std::vector<int> values, int first, int count, bool hours )
{
  std::sort( values.begin(), values.end() );
  values.erase( std::unique( values.begin(), values.end() ), values.end() );
  std::set<int> set( values.begin(), values.end() );
  auto name = [&]( int v )
  {
    if ( hours )
    {
      char buffer[8];
      std::snprintf( buffer, sizeof buffer, "%02d", v );
      return std::string( buffer );
    }
    return std::string( v >= 1 && v <= 7 ? kWeekdaysShort[v - 1] : std::to_string( v ) );
  };
  auto next = [&]( int v ) { return first + ( v - first + 1 ) % count; };
  auto prev = [&]( int v ) { return first + ( v - first - 1 + count ) % count; };
  std::vector<std::string> runs;
  std::set<int> done;
  for ( int v : values )
  {
    if ( done.count( v ) )
      continue;
    // Start of a run: its predecessor (cyclically) is not in the set, unless every value is.
    int start = v;
    if ( static_cast<int>( set.size() ) < count )
      while ( set.count( prev( start ) ) )
        start = prev( start );
    int end = start;
    done.insert( start );
    while ( set.count( next( end ) ) && !done.count( next( end ) ) )
    {
      end = next( end );
      done.insert( end );
    }
    // An hour run names its end as the hour it ends at: 20–03 means 20:00 to 03:00.
    const std::string endName = hours ? name( next( end ) ) : name( end );
    runs.push_back( start == end && !hours ? name( start ) : name( start ) + "–" + endName );
  }
  return joinComma( runs );
}

} // namespace

std::string CategoryLabels::label( const std::string &code ) const
{
  const auto it = labels.find( code );
  return it == labels.end() ? code : it->second;
}

std::string mapShowsName( MapShows shows )
{
  switch ( shows )
  {
  case MapShows::Heatmap:
    return "heatmap";
  case MapShows::HotSpots:
    return "hotspots";
  case MapShows::Clusters:
    return "clusters";
  case MapShows::Incidents:
    return "incidents";
  }
  return "heatmap";
}

std::optional<MapShows> mapShowsNamed( const std::string &name )
{
  for ( MapShows shows : { MapShows::Heatmap, MapShows::HotSpots, MapShows::Clusters, MapShows::Incidents } )
    if ( mapShowsName( shows ) == name )
      return shows;
  return std::nullopt;
}

CategoryLabels categoryLabelsSv( ProjectFile &project )
{
  CategoryLabels result;
  for ( const Category &category : project.categories() )
  {
    result.labels[category.code] = category.labelSv;
    result.groupOf[category.code] = category.group;
    result.order.push_back( category.code );
  }
  Statement groups = project.db().prepare( "SELECT code, label_sv FROM category_groups" );
  while ( groups.step() )
    result.groupLabels[groups.text( 0 )] = groups.text( 1 );
  return result;
}

std::string categoriesText( const std::vector<std::string> &codes, const CategoryLabels &labels )
{
  if ( codes.empty() )
    return "alla kategorier";
  const std::set<std::string> chosen( codes.begin(), codes.end() );
  // Whole groups by their name, in the project's order; the rest one by one.
  std::vector<std::string> parts;
  std::set<std::string> named;
  std::vector<std::string> groupOrder;
  for ( const std::string &code : labels.order )
  {
    const auto group = labels.groupOf.find( code );
    if ( group != labels.groupOf.end() &&
         std::find( groupOrder.begin(), groupOrder.end(), group->second ) == groupOrder.end() )
      groupOrder.push_back( group->second );
  }
  for ( const std::string &group : groupOrder )
  {
    std::vector<std::string> members;
    for ( const std::string &code : labels.order )
      if ( labels.groupOf.at( code ) == group )
        members.push_back( code );
    const bool whole =
      members.size() > 1 && std::all_of( members.begin(), members.end(),
                                         [&]( const std::string &c ) { return chosen.count( c ); } );
    const auto groupLabel = labels.groupLabels.find( group );
    if ( whole && groupLabel != labels.groupLabels.end() )
    {
      parts.push_back( lowerFirst( groupLabel->second ) );
      named.insert( members.begin(), members.end() );
    }
  }
  std::vector<std::string> ordered = labels.order;
  for ( const std::string &code : codes )
    if ( std::find( ordered.begin(), ordered.end(), code ) == ordered.end() )
      ordered.push_back( code );
  for ( const std::string &code : ordered )
    if ( chosen.count( code ) && !named.count( code ) )
      parts.push_back( lowerFirst( labels.label( code ) ) );
  if ( parts.size() > 3 )
  {
    const std::size_t more = parts.size() - 2;
    parts.resize( 2 );
    return joinComma( parts ) + " och " + std::to_string( more ) + " kategorier till";
  }
  return joinSwedish( parts );
}

std::string periodText( const MapContent &content )
{
  if ( content.period )
    return content.period->label();
  const Selection &s = content.selection;
  if ( s.fromUtc && s.untilUtc )
  {
    auto period = reportPeriodFromDates( isoDateOfDay( stockholmDay( *s.fromUtc ) ),
                                         isoDateOfDay( stockholmDay( *s.untilUtc - 1 ) ) );
    if ( period )
      return period->datesText();
  }
  if ( s.fromUtc )
    return "från " + swedishDate( isoDateOfDay( stockholmDay( *s.fromUtc ) ) );
  if ( s.untilUtc )
    return "till och med " + swedishDate( isoDateOfDay( stockholmDay( *s.untilUtc - 1 ) ) );
  return "hela tiden";
}

std::string periodLine( const MapContent &content )
{
  std::string line = periodText( content );
  if ( content.period && content.period->kind != ReportPeriod::Kind::Custom )
    line += " (" + content.period->datesText() + ")";
  return line;
}

std::optional<ReportPeriod> selectionPeriod( const Selection &selection )
{
  if ( !selection.fromUtc || !selection.untilUtc )
    return std::nullopt;
  auto period = reportPeriodFromDates( isoDateOfDay( stockholmDay( *selection.fromUtc ) ),
                                       isoDateOfDay( stockholmDay( *selection.untilUtc - 1 ) ) );
  if ( !period )
    return std::nullopt;
  return *period;
}

std::string mapTitle( const MapContent &content, const CategoryLabels &labels )
{
  std::string kind;
  switch ( content.shows )
  {
  case MapShows::Heatmap:
    kind = "Värmekarta";
    break;
  case MapShows::HotSpots:
    kind = "Hot spots (Gi*)";
    break;
  case MapShows::Clusters:
    kind = "Kluster";
    break;
  case MapShows::Incidents:
    kind = "Händelser";
    break;
  }
  if ( content.publicMode && content.shows != MapShows::Heatmap )
    kind = "Händelser per ruta";
  const Selection &selection = content.selection;
  std::string what = categoriesText( selection.categories, labels );
  if ( selection.layer == SelectionLayer::Observations )
    what = "observationer från trygghetsvandringar";
  else if ( selection.layer == SelectionLayer::Both )
    what += " och observationer från trygghetsvandringar";
  std::string title = kind + ": " + what;
  if ( !content.areaName.empty() )
    title += ", " + content.areaName;
  return title + ", " + periodText( content );
}

std::string filterText( const Selection &selection, const CategoryLabels &labels )
{
  std::vector<std::string> sentences;
  if ( selection.layer == SelectionLayer::Observations )
    sentences.push_back( "Lager: observationer från trygghetsvandringar" );
  else if ( selection.layer == SelectionLayer::Both )
    sentences.push_back( "Lager: händelser och observationer från trygghetsvandringar" );
  if ( selection.includesIncidents() )
  {
    // The incidents' own filters say whom they filter when observations are in the map too.
    const std::string of = selection.includesObservations() ? " (händelser)" : "";
    sentences.push_back( selection.categories.empty()
                           ? "Kategorier" + of + ": alla"
                           : "Kategorier" + of + ": " + categoriesText( selection.categories, labels ) );
    std::vector<std::string> sources;
    for ( const std::string &source : selection.sources )
      sources.push_back( sourceNameSv( source ) );
    sentences.push_back( "Källor" + of + ": " +
                         ( sources.empty() ? std::string( "alla" ) : joinSwedish( sources ) ) );
    sentences.push_back(
      "Organisationer" + of + ": " +
      ( selection.organisations.empty() ? std::string( "alla" ) : joinComma( selection.organisations ) ) );
  }
  if ( selection.includesObservations() )
  {
    if ( !selection.checklistItems.empty() )
      sentences.push_back( "Checklistpunkter: " + joinComma( selection.checklistItems ) );
    if ( !selection.walkIds.empty() )
    {
      std::vector<std::string> walks;
      for ( int64_t walk : selection.walkIds )
        walks.push_back( std::to_string( walk ) );
      sentences.push_back( "Vandringar: " + joinComma( walks ) );
    }
  }
  if ( !selection.weekdays.empty() )
    sentences.push_back( "Veckodagar: " + runsText( selection.weekdays, 1, 7, false ) );
  if ( !selection.hours.empty() )
    sentences.push_back( "Timmar: " + runsText( selection.hours, 0, 24, true ) );
  if ( selection.area )
    sentences.push_back( "Område: " + *selection.area );
  std::string out;
  for ( const std::string &sentence : sentences )
    out += ( out.empty() ? "" : " " ) + sentence + ".";
  return out;
}

std::string layerStatementSv( const Selection &selection, bool weighted )
{
  const std::string how = weighted ? "viktade 3 − betyg (betyg 0, mycket otryggt, väger 3; utan betyg väger "
                                     "en observation 1)"
                                   : "varje observation räknas en gång";
  switch ( selection.layer )
  {
  case SelectionLayer::Incidents:
    return std::string();
  case SelectionLayer::Observations:
    return "Observationer från trygghetsvandringar (bara brister: positiva platser och utkast ingår inte), " +
           how + ".";
  case SelectionLayer::Both:
    return "Händelser och observationer från trygghetsvandringar; observationerna (bara brister: positiva "
           "platser och utkast ingår inte) " +
           how + ".";
  }
  return std::string();
}

namespace
{
//! "42 händelser", "12 observationer", "54 händelser och observationer".
std::string pointsSv( const Selection &selection, int64_t count )
{
  const std::string n = std::to_string( count );
  switch ( selection.layer )
  {
  case SelectionLayer::Incidents:
    break;
  case SelectionLayer::Observations:
    return n + ( count == 1 ? " observation" : " observationer" );
  case SelectionLayer::Both:
    return n + " händelser och observationer";
  }
  return n + ( count == 1 ? " händelse" : " händelser" );
}

std::string methodSentence( const MapContent &content )
{
  const MapMethod &m = content.method;
  const std::string events = pointsSv( content.selection, m.events );
  if ( content.publicMode )
  {
    std::string text = "Aggregerad till rutor om " + metresText( m.cellMeters ) + "; rutor med färre än " +
                       std::to_string( content.minCount ) + " händelser visas inte";
    if ( content.shows == MapShows::Heatmap )
      text = "Utjämnad täthet av rutornas antal. " + text;
    return text + ".";
  }
  switch ( content.shows )
  {
  case MapShows::Heatmap:
  {
    std::string kernel = m.kernel == "quartic"        ? "kvartisk"
                         : m.kernel == "triweight"    ? "triweight"
                         : m.kernel == "epanechnikov" ? "Epanechnikov"
                         : m.kernel == "uniform"      ? "likformig"
                         : m.kernel == "triangular"   ? "triangulär"
                                                      : m.kernel;
    return "Kärntäthet, " + kernel + " kärna, radie " + metresText( m.radiusMeters ) + ", cell " +
           metresText( m.cellMeters ) + "; " + events + ".";
  }
  case MapShows::HotSpots:
    return "Getis-Ord Gi*, cell " + metresText( m.cellMeters ) + ", grannskap " +
           metresText( m.neighbourhoodMeters ) + ( m.fdr ? ", FDR-korrigerad" : ", utan FDR-korrektion" ) +
           "; " + events + ".";
  case MapShows::Clusters:
    return "DBSCAN, avstånd " + metresText( m.epsMeters ) + ", minst " + std::to_string( m.minPoints ) +
           " händelser per kluster; " + events + ".";
  case MapShows::Incidents:
    break;
  }
  return events + " som punkter.";
}
} // namespace

std::string methodText( const MapContent &content )
{
  const std::string statement = layerStatementSv( content.selection, content.shows != MapShows::Clusters );
  std::string sentence = methodSentence( content );
  const int64_t imprecise = content.method.impreciseLeftOut;
  if ( imprecise > 0 )
  {
    const std::string count =
      content.publicMode && imprecise < content.minCount
        ? std::string( "Några händelser" )
        : swedishInteger( imprecise ) + ( imprecise == 1 ? " händelse" : " händelser" );
    sentence +=
      " " + count + " har bara kommunen, länet eller ett område som plats och finns inte på kartan.";
  }
  return statement.empty() ? sentence : sentence + " " + statement;
}

std::string classificationText( bool publicMode, int minCount )
{
  if ( publicMode )
    return "Publicerad sammanställning: aggregerad, antal under " + std::to_string( minCount ) +
           " händelser visas inte";
  return "Underlag för EST – ej för publicering";
}

std::string sourceNameSv( const std::string &source )
{
  if ( source == "est" )
    return "EST-rapporter";
  if ( source == "police" )
    return "polisen";
  if ( source == "safety_walk" )
    return "trygghetsvandringar";
  if ( source == "manual" )
    return "egna registreringar";
  return source;
}

std::string sourcesText( const std::vector<std::string> &sourcesPresent, const std::string &extractedAtUtc )
{
  std::vector<std::string> names;
  for ( const std::string &source : sourcesPresent )
    names.push_back( sourceNameSv( source ) );
  std::string text = "Källor: " + ( names.empty() ? std::string( "inga händelser" ) : joinSwedish( names ) );
  if ( const std::optional<int64_t> at = parseUtcIso( extractedAtUtc ) )
    text += " (uttag " + stockholmDateTimeText( *at ) + ")";
  return text + ".";
}

std::string syntheticNote( bool synthetic )
{
  return synthetic ? "Syntetiska data: en påhittad exempelkommun, inte verkliga händelser." : std::string();
}

std::string projectOrganisation( ProjectFile &project )
{
  return project.metaValue( "organisation" );
}

Status setProjectOrganisation( ProjectFile &project, const std::string &organisation )
{
  return project.storeMetaValue( "organisation", organisation );
}

} // namespace tryggkarta

#include "fieldmapping.h"

#include <cctype>
#include <charconv>
#include <cstring>
#include <algorithm>
#include <unordered_map>

namespace tryggkarta
{

namespace
{
struct TargetAliases
{
  const char *target;
  std::vector<const char *> aliases; // normalized
};

// Order matters: a column is taken by the first target that lists it.
const std::vector<TargetAliases> &commonAliases()
{
  static const std::vector<TargetAliases> sAliases = {
    { "lon", { "lon", "long", "lng", "longitude", "longitud", "lonwgs84", "wgs84lon", "longitudewgs84" } },
    { "lat", { "lat", "latitude", "latitud", "latwgs84", "wgs84lat", "latitudewgs84" } },
    { "x",
      { "x", "e", "east", "easting", "ost", "ostlig", "xkoordinat", "xkoord", "koordinatx", "esweref",
        "swerefe", "e3006", "xsweref", "swerefx", "ekoordinat", "xcoord", "xcoordinate" } },
    { "y",
      { "y", "n", "north", "northing", "nord", "nordlig", "ykoordinat", "ykoord", "koordinaty", "nsweref",
        "sweref_n", "swerefn", "n3006", "ysweref", "swerefy", "nkoordinat", "ycoord", "ycoordinate" } },
    { "from",
      { "fran", "from", "start", "starttid", "frandatum", "datumfran", "fromdate", "starttime", "begin",
        "fromtime", "tidfran", "franochmed", "fr" } },
    { "until",
      { "till", "until", "to", "slut", "sluttid", "tilldatum", "datumtill", "todate", "end", "endtime",
        "tidtill", "tillochmed", "tom" } },
    { "date",
      { "datum", "date", "dag", "datetime", "tidpunkt", "timestamp", "handelsedatum", "datumtid",
        "datumochtid", "occurred", "occurredat", "when", "rapportdatum", "observerad", "observedat" } },
    { "time", { "tid", "klockslag", "klocka", "kl", "time", "tidpunktkl", "handelsetid" } },
  };
  return sAliases;
}

const std::vector<TargetAliases> &incidentAliases()
{
  static const std::vector<TargetAliases> sAliases = {
    { "category",
      { "kategori", "category", "handelse", "handelsetyp", "typ", "type", "brottstyp", "kategorikod", "kod",
        "code", "incidenttype", "eventtype", "handelsekategori" } },
    { "organisation",
      { "organisation", "organization", "rapportor", "rapporteradav", "aktor", "reporter", "inrapportor",
        "forvaltning", "reportedby", "org", "rapporterandeaktor", "avsandare" } },
    { "place_type",
      { "platstyp", "placetype", "typavplats", "miljo", "locationtype", "plats_typ", "platskategori" } },
    { "weight",
      { "antal", "count", "weight", "vikt", "allvarlighet", "severity", "allvarlighetsgrad", "grad" } },
    { "description",
      { "beskrivning", "description", "text", "kommentar", "comment", "anteckning", "notering", "fritext",
        "desc", "cmt", "note", "notes", "name", "namn", "rubrik", "title" } },
    { "source", { "kalla", "source", "ursprung", "datakalla" } },
    // More free text, added to the description on a line of its own (the police feed's summary).
    { "summary", { "summary", "sammanfattning", "ingress" } },
    // The source's own id of the event, so that an event is never imported twice (the police feed's id).
    { "event_id", { "eventid", "handelseid", "sourceeventid", "polisid", "handelsenummer" } },
    // How precise the place is: exact, address, street, area, municipality, county (placeprecision.h).
    { "place_precision",
      { "placeprecision", "platsprecision", "precision", "platsnoggrannhet", "noggrannhet",
        "lagesnoggrannhet" } },
    // The place's name as the source writes it ("Kristinehamn"); kept with the row and named in the summary.
    { "place_name", { "placename", "platsnamn", "locationname", "ort", "orter" } },
  };
  return sAliases;
}

const std::vector<TargetAliases> &observationAliases()
{
  static const std::vector<TargetAliases> sAliases = {
    { "walk", { "vandring", "walk", "trygghetsvandring", "walkid", "vandringid", "safetywalk" } },
    { "checklist_item",
      { "tema", "punkt", "checklista", "checklist", "checklistitem", "aspekt", "kategori", "category", "type",
        "typ" } },
    { "rating", { "betyg", "rating", "poang", "score", "varde", "bedomning" } },
    { "positive", { "positiv", "positive", "bra", "trygg", "positivplats" } },
    { "note",
      { "anteckning", "note", "kommentar", "beskrivning", "comment", "description", "notering", "text",
        "desc", "cmt", "name", "namn" } },
    { "photos", { "foto", "bild", "photo", "photos", "bilder", "foton", "link", "lank" } },
    { "proposed_action",
      { "atgard", "forslag", "forslagtillatgard", "proposedaction", "action", "atgardsforslag" } },
  };
  return sAliases;
}

//! Normalized column name → the columns bearing it, in file order.
using ColumnsByName = std::unordered_map<std::string, std::vector<size_t>>;

void mapWith( const std::vector<TargetAliases> &table, const ColumnsByName &byName,
              const std::vector<std::string> &columns, std::map<std::string, std::string> &mapping,
              std::vector<bool> &used )
{
  // One lookup per alias: the mapping costs the same whatever the number of columns.
  for ( const TargetAliases &entry : table )
  {
    if ( mapping.count( entry.target ) )
      continue;
    for ( const char *alias : entry.aliases )
    {
      const auto it = byName.find( alias );
      if ( it == byName.end() )
        continue;
      const auto unused =
        std::find_if( it->second.begin(), it->second.end(), [&]( size_t i ) { return !used[i]; } );
      if ( unused != it->second.end() )
      {
        mapping[entry.target] = columns[*unused];
        used[*unused] = true;
        break;
      }
    }
  }
}
} // namespace

std::string normalizeName( std::string_view name )
{
  std::string out;
  out.reserve( name.size() );
  for ( size_t i = 0; i < name.size(); ++i )
  {
    const auto c = static_cast<unsigned char>( name[i] );
    if ( c < 0x80 )
    {
      if ( std::isalnum( c ) )
        out += static_cast<char>( std::tolower( c ) );
      continue;
    }
    if ( c == 0xC3 && i + 1 < name.size() )
    {
      const auto d = static_cast<unsigned char>( name[i + 1] );
      ++i;
      switch ( d )
      {
      case 0xA5: // å
      case 0xA4: // ä
      case 0x85: // Å
      case 0x84: // Ä
      case 0xA0: // à
      case 0xA1: // á
        out += 'a';
        break;
      case 0xB6: // ö
      case 0x96: // Ö
      case 0xB8: // ø
        out += 'o';
        break;
      case 0xA9: // é
      case 0x89: // É
      case 0xA8: // è
        out += 'e';
        break;
      case 0xBC: // ü
        out += 'u';
        break;
      default:
        break;
      }
    }
  }
  return out;
}

std::string labelKey( std::string_view text )
{
  std::string out;
  text = trim( text );
  out.reserve( text.size() );
  for ( size_t i = 0; i < text.size(); ++i )
  {
    const auto c = static_cast<unsigned char>( text[i] );
    if ( c < 0x80 )
    {
      if ( std::isalnum( c ) )
        out += static_cast<char>( std::tolower( c ) );
      else if ( !out.empty() && out.back() != ' ' )
        out += ' ';
      continue;
    }
    if ( c == 0xC3 && i + 1 < text.size() )
    {
      unsigned char d = static_cast<unsigned char>( text[i + 1] );
      if ( d >= 0x80 && d <= 0x9E )
        d = static_cast<unsigned char>( d + 0x20 ); // Latin-1 capitals to small letters
      out += static_cast<char>( c );
      out += static_cast<char>( d );
      ++i;
      continue;
    }
    out += static_cast<char>( c );
  }
  while ( !out.empty() && out.back() == ' ' )
    out.pop_back();
  return out;
}

std::map<std::string, std::string> autoMapFields( const std::vector<std::string> &columns, ImportKind kind )
{
  ColumnsByName byName;
  byName.reserve( columns.size() );
  for ( size_t i = 0; i < columns.size(); ++i )
    byName[normalizeName( columns[i] )].push_back( i );
  std::vector<bool> used( columns.size(), false );
  std::map<std::string, std::string> mapping;
  // Kind-specific names first, so "kategori" is a category for incidents but a checklist item for
  // observations.
  mapWith( kind == ImportKind::Incidents ? incidentAliases() : observationAliases(), byName, columns, mapping,
           used );
  mapWith( commonAliases(), byName, columns, mapping, used );
  return mapping;
}

std::vector<std::string> importTargetFields( ImportKind kind )
{
  std::vector<std::string> fields = { "x", "y", "lon", "lat", "date", "time", "from", "until" };
  const auto &specific = kind == ImportKind::Incidents ? incidentAliases() : observationAliases();
  for ( const auto &entry : specific )
    fields.push_back( entry.target );
  return fields;
}

std::string_view trim( std::string_view text )
{
  auto isSpace = [&]( size_t i, bool fromEnd ) -> size_t
  {
    const char c = text[i];
    if ( c == ' ' || c == '\t' || c == '\r' || c == '\n' )
      return 1;
    // UTF-8 no-break space C2 A0.
    if ( !fromEnd && c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0' )
      return 2;
    if ( fromEnd && c == '\xA0' && i > 0 && text[i - 1] == '\xC2' )
      return 2;
    return 0;
  };
  while ( !text.empty() )
  {
    const size_t n = isSpace( 0, false );
    if ( !n )
      break;
    text.remove_prefix( n );
  }
  while ( !text.empty() )
  {
    const size_t n = isSpace( text.size() - 1, true );
    if ( !n )
      break;
    text.remove_suffix( n );
  }
  return text;
}

std::optional<double> parseNumber( std::string_view text )
{
  text = trim( text );
  if ( text.empty() || text.size() > 60 )
    return std::nullopt;
  char buffer[64];
  size_t n = 0;
  bool separatorSeen = false;
  for ( size_t i = 0; i < text.size(); ++i )
  {
    const char c = text[i];
    if ( ( c >= '0' && c <= '9' ) || c == '-' || c == '+' || c == 'e' || c == 'E' )
      buffer[n++] = c;
    else if ( c == '.' || c == ',' )
    {
      if ( separatorSeen )
        return std::nullopt; // "1,234.5" or "1.234,5": ambiguous, refuse rather than guess
      separatorSeen = true;
      buffer[n++] = '.';
    }
    else if ( c == ' ' )
      continue; // thousands separator "6 574 920"
    else if ( c == '\xC2' && i + 1 < text.size() && text[i + 1] == '\xA0' )
      ++i;
    else if ( c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x88' && text[i + 2] == '\x92' )
    {
      buffer[n++] = '-'; // U+2212 minus sign
      i += 2;
    }
    else
      return std::nullopt;
  }
  const char *begin = buffer;
  if ( n > 0 && buffer[0] == '+' )
    ++begin;
  double value = 0;
  const auto result = std::from_chars( begin, buffer + n, value );
  if ( result.ec != std::errc() || result.ptr != buffer + n )
    return std::nullopt;
  return value;
}

std::optional<bool> parseYesNo( std::string_view text )
{
  const std::string key = normalizeName( text );
  static const char *yes[] = { "ja",   "j",   "yes",     "y",        "1", "sant",
                               "true", "bra", "positiv", "positive", "x" };
  static const char *no[] = { "nej", "n", "no", "0", "falskt", "false", "dalig", "negativ", "negative" };
  for ( const char *y : yes )
    if ( key == y )
      return true;
  for ( const char *n : no )
    if ( key == n )
      return false;
  return std::nullopt;
}

namespace
{

//! The first 30 columns, for a message about the mapping.
std::string columnList( const std::vector<std::string> &columns )
{
  std::string list;
  for ( size_t i = 0; i < columns.size() && i < 30; ++i )
    list += ( i ? ", " : "" ) + columns[i];
  return list;
}

} // namespace

Expected<std::map<std::string, std::string>>
resolveMapping( const std::string &name, const std::vector<std::string> &columns,
                const ImportOptions &options, bool hasGeometry, std::vector<Message> &warnings,
                const std::map<std::string, std::string> &sourceMapping )
{
  auto mapping = autoMapFields( columns, options.kind );
  const auto targets = importTargetFields( options.kind );
  // What the source knows of its own columns wins over the guess from the names.
  for ( const auto &[target, column] : sourceMapping )
  {
    if ( std::find( targets.begin(), targets.end(), target ) == targets.end() ||
         std::find( columns.begin(), columns.end(), column ) == columns.end() )
      continue;
    for ( auto it = mapping.begin(); it != mapping.end(); )
      it = ( it->second == column && it->first != target ) ? mapping.erase( it ) : std::next( it );
    mapping[target] = column;
  }
  std::map<std::string, std::string> explicitColumns; // column -> field, for conflicts
  for ( const auto &[target, column] : options.fieldMap )
  {
    if ( column.empty() )
      continue;
    const auto [it, added] = explicitColumns.emplace( column, target );
    if ( !added )
      return Error( MessageCode::ImportColumnMappedTwice, column, it->second, target );
  }
  auto given = [&]( const char *target ) { return options.fieldMap.count( target ) > 0; };
  for ( const auto &[target, column] : options.fieldMap )
  {
    if ( std::find( targets.begin(), targets.end(), target ) == targets.end() )
    {
      std::string list;
      for ( const auto &t : targets )
        list += ( list.empty() ? "" : ", " ) + t;
      return Error( MessageCode::ImportUnknownField, target, list );
    }
    if ( column.empty() )
    {
      mapping.erase( target );
      continue;
    }
    if ( std::find( columns.begin(), columns.end(), column ) == columns.end() )
      return Error( MessageCode::ImportNoSuchColumn, name, column, target, columnList( columns ) );
    // A column mapped explicitly is no longer used by an automatic mapping elsewhere.
    for ( auto it = mapping.begin(); it != mapping.end(); )
      it = ( it->second == column && it->first != target ) ? mapping.erase( it ) : std::next( it );
    mapping[target] = column;
  }
  // x/y and lon/lat are alternatives: what the user mapped wins, then projected names.
  if ( ( given( "lon" ) || given( "lat" ) ) && !given( "x" ) && !given( "y" ) )
  {
    mapping.erase( "x" );
    mapping.erase( "y" );
  }
  else if ( mapping.count( "x" ) && mapping.count( "y" ) )
  {
    mapping.erase( "lon" );
    mapping.erase( "lat" );
  }
  else if ( mapping.count( "lon" ) && mapping.count( "lat" ) )
  {
    mapping.erase( "x" );
    mapping.erase( "y" );
  }
  // A lone "time" column holding whole timestamps (as in GPX) is the date.
  if ( !mapping.count( "date" ) && !mapping.count( "from" ) && mapping.count( "time" ) )
  {
    mapping["date"] = mapping["time"];
    mapping.erase( "time" );
  }
  const bool hasXy =
    ( mapping.count( "x" ) && mapping.count( "y" ) ) || ( mapping.count( "lon" ) && mapping.count( "lat" ) );
  if ( !hasXy && !hasGeometry )
    return Error( MessageCode::ImportNoCoordinateColumns, name, columnList( columns ) );
  if ( hasXy && hasGeometry )
    warnings.push_back( Message::make( MessageCode::ImportGeometryAndColumns ) );
  if ( options.kind == ImportKind::Incidents )
  {
    if ( !mapping.count( "date" ) && !mapping.count( "from" ) )
      return Error( MessageCode::ImportNoDateColumn, name, columnList( columns ) );
    if ( !mapping.count( "category" ) )
      return Error( MessageCode::ImportNoCategoryColumn, name, columnList( columns ) );
  }
  return mapping;
}
} // namespace tryggkarta

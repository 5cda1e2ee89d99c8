#include "categoryedit.h"

#include "json.h"
#include "projectfile.h"
#include "transactions.h"

#include <cpl_json.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <vector>

namespace tryggkarta
{

namespace
{

std::string trimmed( const std::string &text )
{
  const auto first = text.find_first_not_of( " \t\r\n" );
  if ( first == std::string::npos )
    return std::string();
  const auto last = text.find_last_not_of( " \t\r\n" );
  return text.substr( first, last - first + 1 );
}

void audit( Database &db, const CategoryWriteOptions &options, const std::string &action, int64_t rows,
            const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, 'categories', ?, ?)" );
  s.bind( 1, utcNowIso() );
  s.bindTextOrNull( 2, options.actor );
  s.bind( 3, action ).bind( 4, rows );
  s.bind( 5, details + " (" + ( options.origin.empty() ? std::string( "by hand" ) : options.origin ) + ")" );
  s.run();
}

bool validCode( const std::string &code )
{
  if ( code.empty() || code.size() > 40 )
    return false;
  return std::all_of( code.begin(), code.end(),
                      []( char c )
                      { return ( c >= 'a' && c <= 'z' ) || ( c >= '0' && c <= '9' ) || c == '_'; } );
}

//! The colour as three 0–255 channels, or nothing when it is not #rrggbb.
std::optional<std::array<int, 3>> parseColour( const std::string &text )
{
  if ( text.size() != 7 || text[0] != '#' )
    return std::nullopt;
  std::array<int, 3> rgb{};
  for ( int i = 0; i < 3; ++i )
  {
    int value = 0;
    for ( int j = 0; j < 2; ++j )
    {
      const char c = text[1 + 2 * i + j];
      int digit;
      if ( c >= '0' && c <= '9' )
        digit = c - '0';
      else if ( c >= 'a' && c <= 'f' )
        digit = c - 'a' + 10;
      else if ( c >= 'A' && c <= 'F' )
        digit = c - 'A' + 10;
      else
        return std::nullopt;
      value = value * 16 + digit;
    }
    rgb[i] = value;
  }
  return rgb;
}

std::string checkedColour( const std::string &text )
{
  const std::string colour = trimmed( text );
  if ( !parseColour( colour ) )
    throw Refused{ Message::make( MessageCode::CategoryBadColour, text ) };
  std::string lower = colour;
  std::transform( lower.begin(), lower.end(), lower.begin(),
                  []( char c ) { return c >= 'A' && c <= 'F' ? static_cast<char>( c - 'A' + 'a' ) : c; } );
  return lower;
}

void requireGroup( Database &db, const std::string &group )
{
  Statement s = db.prepare( "SELECT 1 FROM category_groups WHERE code = ?" );
  s.bind( 1, group );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::CategoryGroupUnknown, group ) };
}

//! The category's Swedish label; refused when there is no such category.
std::string requireCategory( Database &db, const std::string &code )
{
  Statement s = db.prepare( "SELECT label_sv FROM categories WHERE code = ?" );
  s.bind( 1, code );
  if ( !s.step() )
    throw Refused{ Message::make( MessageCode::CategoryUnknown, code ) };
  return s.text( 0 );
}

/**
 * A palette to suggest new categories' colours from: strong and muted hues at several lightnesses, so that
 * a colour far from all in use is found also when the project has many.
 */
const std::vector<std::string> &suggestionPalette()
{
  static const std::vector<std::string> sPalette = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
    "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d", "#31a354",
    "#756bb1", "#636363", "#fd8d3c", "#74c476", "#9e9ac8", "#fdae6b", "#a1d99b", "#c6dbef", "#fdd0a2",
    "#00897b", "#5e35b1", "#c0ca33", "#6d4c41", "#546e7a", "#d81b60", "#3949ab", "#00acc1", "#7cb342",
    "#ff00ff", "#00ff00", "#0000ff", "#ffff00", "#00ffff", "#800000", "#008080", "#000080", "#808000",
  };
  return sPalette;
}

//! The codes in a comma-separated list (priorities.categories).
std::vector<std::string> splitList( const std::string &text )
{
  std::vector<std::string> codes;
  std::string current;
  for ( char c : text + "," )
  {
    if ( c == ',' )
    {
      const std::string code = trimmed( current );
      if ( !code.empty() )
        codes.push_back( code );
      current.clear();
    }
    else
      current += c;
  }
  return codes;
}

//! The list with from replaced by into, into kept once; whether anything changed.
bool replaceCode( std::vector<std::string> &codes, const std::string &from, const std::string &into )
{
  if ( std::find( codes.begin(), codes.end(), from ) == codes.end() )
    return false;
  std::vector<std::string> out;
  for ( const std::string &code : codes )
  {
    const std::string &kept = code == from ? into : code;
    if ( std::find( out.begin(), out.end(), kept ) == out.end() )
      out.push_back( kept );
  }
  codes = std::move( out );
  return true;
}

//! Priorities' category lists (comma-separated codes): from becomes into. Returns how many changed.
int64_t mergeInPriorities( Database &db, const std::string &from, const std::string &into )
{
  std::vector<std::pair<int64_t, std::string>> changed;
  Statement s = db.prepare( "SELECT fid, categories FROM priorities WHERE categories IS NOT NULL" );
  while ( s.step() )
  {
    std::vector<std::string> codes = splitList( s.text( 1 ) );
    if ( !replaceCode( codes, from, into ) )
      continue;
    std::string joined;
    for ( const std::string &code : codes )
      joined += ( joined.empty() ? "" : "," ) + code;
    changed.emplace_back( s.int64( 0 ), joined );
  }
  Statement update = db.prepare( "UPDATE priorities SET categories = ? WHERE fid = ?" );
  for ( const auto &row : changed )
  {
    update.bind( 1, row.second ).bind( 2, row.first );
    update.run();
    update.reset();
  }
  return static_cast<int64_t>( changed.size() );
}

/**
 * Evaluations' category lists (the settings a new run uses: a JSON array of category or group codes): from
 * becomes into. Their stored results stay as they were computed. Returns how many changed.
 */
int64_t mergeInEvaluations( Database &db, const std::string &from, const std::string &into )
{
  std::vector<std::pair<int64_t, std::string>> changed;
  Statement s = db.prepare( "SELECT fid, categories FROM evaluations WHERE categories IS NOT NULL" );
  while ( s.step() )
  {
    CPLJSONDocument document;
    if ( !document.LoadMemory( s.text( 1 ) ) || document.GetRoot().GetType() != CPLJSONObject::Type::Array )
      continue;
    std::vector<std::string> codes;
    const CPLJSONArray array = document.GetRoot().ToArray();
    for ( int i = 0; i < array.Size(); ++i )
      codes.push_back( array[i].ToString() );
    if ( !replaceCode( codes, from, into ) )
      continue;
    std::string json = "[";
    for ( std::size_t i = 0; i < codes.size(); ++i )
      json += ( i ? "," : "" ) + jsonString( codes[i] );
    changed.emplace_back( s.int64( 0 ), json + "]" );
  }
  Statement update = db.prepare( "UPDATE evaluations SET categories = ? WHERE fid = ?" );
  for ( const auto &row : changed )
  {
    update.bind( 1, row.second ).bind( 2, row.first );
    update.run();
    update.reset();
  }
  return static_cast<int64_t>( changed.size() );
}

//! sRGB channel (0–255) to linear light.
double linear( int channel )
{
  const double c = channel / 255.0;
  return c <= 0.04045 ? c / 12.92 : std::pow( ( c + 0.055 ) / 1.055, 2.4 );
}

//! CIE L*a*b* (D65) of an sRGB colour.
std::array<double, 3> lab( const std::array<int, 3> &rgb )
{
  const double r = linear( rgb[0] ), g = linear( rgb[1] ), b = linear( rgb[2] );
  const double x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const double y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b;
  const double z = 0.0193339 * r + 0.1191920 * g + 0.9503041 * b;
  auto f = []( double t )
  {
    constexpr double delta = 6.0 / 29.0;
    return t > delta * delta * delta ? std::cbrt( t ) : t / ( 3 * delta * delta ) + 4.0 / 29.0;
  };
  const double fx = f( x / 0.95047 ), fy = f( y / 1.0 ), fz = f( z / 1.08883 );
  return { 116 * fy - 16, 500 * ( fx - fy ), 200 * ( fy - fz ) };
}

} // namespace

Status CategoryEditor::add( const NewCategory &category, const CategoryWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::CategorySaveFailed,
    [&]
    {
      const std::string code = trimmed( category.code );
      if ( !validCode( code ) )
        throw Refused{ Message::make( MessageCode::CategoryCodeInvalid, category.code ) };
      Statement taken = mDb.prepare( "SELECT 1 FROM categories WHERE code = ?" );
      taken.bind( 1, code );
      if ( taken.step() )
        throw Refused{ Message::make( MessageCode::CategoryCodeTaken, code ) };
      const std::string labelSv = trimmed( category.labelSv );
      if ( labelSv.empty() )
        throw Refused{ Message::make( MessageCode::CategoryLabelEmpty ) };
      const std::string labelEn = trimmed( category.labelEn ).empty() ? labelSv : trimmed( category.labelEn );
      const std::string group = trimmed( category.group );
      requireGroup( mDb, group );
      const std::string colour =
        trimmed( category.color ).empty() ? suggestCategoryColour( mDb ) : checkedColour( category.color );
      Statement s =
        mDb.prepare( "INSERT INTO categories (code, label_sv, label_en, group_code, color, hidden, "
                     "sort_order) VALUES (?, ?, ?, ?, ?, 0, "
                     "(SELECT coalesce(max(sort_order), 0) + 1 FROM categories))" );
      s.bind( 1, code ).bind( 2, labelSv ).bind( 3, labelEn ).bind( 4, group ).bind( 5, colour );
      s.run();
      audit( mDb, options, "add", 1,
             "category '" + code + "' (" + labelSv + ") in group '" + group + "', colour " + colour );
      return Done{};
    } );
}

Status CategoryEditor::change( const std::string &code, const CategoryChange &change,
                               const CategoryWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::CategorySaveFailed,
    [&]
    {
      requireCategory( mDb, code );
      std::vector<std::string> what;
      auto set = [&]( const char *column, const std::string &value, const std::string &said )
      {
        Statement s = mDb.prepare( std::string( "UPDATE categories SET " ) + column + " = ? WHERE code = ?" );
        s.bind( 1, value ).bind( 2, code );
        s.run();
        what.push_back( said );
      };
      if ( change.labelSv )
      {
        const std::string label = trimmed( *change.labelSv );
        if ( label.empty() )
          throw Refused{ Message::make( MessageCode::CategoryLabelEmpty ) };
        set( "label_sv", label, "Swedish name '" + label + "'" );
      }
      if ( change.labelEn )
      {
        std::string label = trimmed( *change.labelEn );
        if ( label.empty() )
          label = requireCategory( mDb, code ); // the Swedish name, as a new category gets it
        set( "label_en", label, "English name '" + label + "'" );
      }
      if ( change.color )
      {
        const std::string colour = checkedColour( *change.color );
        set( "color", colour, "colour " + colour );
      }
      if ( change.group )
      {
        const std::string group = trimmed( *change.group );
        requireGroup( mDb, group );
        set( "group_code", group, "group '" + group + "'" );
      }
      if ( change.hidden )
      {
        Statement s = mDb.prepare( "UPDATE categories SET hidden = ? WHERE code = ?" );
        s.bind( 1, *change.hidden ? 1 : 0 ).bind( 2, code );
        s.run();
        what.push_back( *change.hidden ? "hidden" : "shown" );
      }
      if ( what.empty() )
        return Done{};
      std::string details;
      for ( const std::string &w : what )
        details += ( details.empty() ? "" : ", " ) + w;
      audit( mDb, options, "edit", 1, "category '" + code + "': " + details );
      return Done{};
    } );
}

Expected<int64_t> CategoryEditor::merge( const std::string &from, const std::string &into,
                                         const CategoryWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::CategorySaveFailed,
    [&]
    {
      if ( from == into )
        throw Refused{ Message::make( MessageCode::CategoryMergeSame ) };
      const std::string fromLabel = requireCategory( mDb, from );
      const std::string intoLabel = requireCategory( mDb, into );
      Statement incidents = mDb.prepare( "UPDATE incidents SET category = ? WHERE category = ?" );
      incidents.bind( 1, into ).bind( 2, from );
      incidents.run();
      const int64_t moved = mDb.changes();
      Statement lines =
        mDb.prepare( "UPDATE crosswalk_entries SET category = ?, updated_at = ? WHERE category = ?" );
      lines.bind( 1, into ).bind( 2, utcNowIso() ).bind( 3, from );
      lines.run();
      const int64_t crosswalkLines = mDb.changes();
      const int64_t priorities = mergeInPriorities( mDb, from, into );
      const int64_t evaluations = mergeInEvaluations( mDb, from, into );
      Statement remove = mDb.prepare( "DELETE FROM categories WHERE code = ?" );
      remove.bind( 1, from );
      remove.run();
      audit( mDb, options, "merge", moved,
             "category '" + from + "' (" + fromLabel + ") merged into '" + into + "' (" + intoLabel +
               "): " + std::to_string( moved ) + " incidents, " + std::to_string( crosswalkLines ) +
               " crosswalk lines, " + std::to_string( priorities ) + " priorities, " +
               std::to_string( evaluations ) + " evaluations moved" );
      return moved;
    } );
}

std::string suggestCategoryColour( Database &db )
{
  std::vector<std::string> used;
  Statement s = db.prepare( "SELECT color FROM categories" );
  while ( s.step() )
    used.push_back( s.text( 0 ) );
  // The first colour of the palette clearly apart from all in use; when none is, the one farthest from them.
  constexpr double kClearlyApart = 25;
  const std::vector<std::string> &palette = suggestionPalette();
  std::string best = palette.front();
  double bestDistance = -1;
  for ( const std::string &candidate : palette )
  {
    double nearest = std::numeric_limits<double>::infinity();
    for ( const std::string &colour : used )
      nearest = std::min( nearest, colourDistance( candidate, colour ) );
    if ( nearest >= kClearlyApart )
      return candidate;
    if ( nearest > bestDistance )
    {
      bestDistance = nearest;
      best = candidate;
    }
  }
  return best;
}

double colourDistance( const std::string &a, const std::string &b )
{
  const auto first = parseColour( a ), second = parseColour( b );
  if ( !first || !second )
    return std::numeric_limits<double>::infinity();
  const auto p = lab( *first ), q = lab( *second );
  return std::sqrt( ( p[0] - q[0] ) * ( p[0] - q[0] ) + ( p[1] - q[1] ) * ( p[1] - q[1] ) +
                    ( p[2] - q[2] ) * ( p[2] - q[2] ) );
}

} // namespace tryggkarta

#include "crosswalks.h"

#include "csvfield.h"
#include "csvreader.h"
#include "projectfile.h"
#include "transactions.h"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

namespace tryggkarta
{

namespace
{

constexpr const char *kColumns = "source_value;category;leave_out;note";

std::string trimmed( std::string_view text )
{
  const auto first = text.find_first_not_of( " \t\r\n" );
  if ( first == std::string_view::npos )
    return std::string();
  const auto last = text.find_last_not_of( " \t\r\n" );
  return std::string( text.substr( first, last - first + 1 ) );
}

void audit( Database &db, const CrosswalkWriteOptions &options, const std::string &action,
            const std::string &table, int64_t rows, const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, ?, ?, ?)" );
  s.bind( 1, utcNowIso() );
  s.bindTextOrNull( 2, options.actor );
  s.bind( 3, action ).bind( 4, table ).bind( 5, rows );
  s.bind( 6, details + " (" + ( options.origin.empty() ? std::string( "by hand" ) : options.origin ) + ")" );
  s.run();
}

//! The crosswalk's fid and name as stored, or nothing.
std::optional<std::pair<int64_t, std::string>> findCrosswalk( Database &db, const std::string &name )
{
  Statement s = db.prepare( "SELECT fid, name FROM crosswalks WHERE name = ? COLLATE NOCASE" );
  s.bind( 1, trimmed( name ) );
  if ( !s.step() )
    return std::nullopt;
  return std::make_pair( s.int64( 0 ), s.text( 1 ) );
}

std::pair<int64_t, std::string> requireCrosswalk( Database &db, const std::string &name )
{
  auto found = findCrosswalk( db, name );
  if ( !found )
    throw Refused{ Message::make( MessageCode::CrosswalkUnknown, trimmed( name ) ) };
  return *found;
}

std::vector<CrosswalkEntry> readEntries( Database &db, int64_t crosswalk )
{
  std::vector<CrosswalkEntry> entries;
  Statement s = db.prepare( "SELECT source_value, category, leave_out, note FROM crosswalk_entries "
                            "WHERE crosswalk_id = ?" );
  s.bind( 1, crosswalk );
  while ( s.step() )
    entries.push_back( CrosswalkEntry{ s.text( 0 ), s.text( 1 ), s.int64( 2 ) != 0, s.text( 3 ) } );
  std::sort( entries.begin(), entries.end(),
             []( const CrosswalkEntry &a, const CrosswalkEntry &b )
             { return crosswalkKey( a.sourceValue ) < crosswalkKey( b.sourceValue ); } );
  return entries;
}

int64_t createCrosswalk( Database &db, const std::string &name, const std::string &description )
{
  const std::string clean = trimmed( name );
  if ( clean.empty() )
    throw Refused{ Message::make( MessageCode::CrosswalkNameEmpty ) };
  if ( findCrosswalk( db, clean ) )
    throw Refused{ Message::make( MessageCode::CrosswalkNameTaken, clean ) };
  Statement s = db.prepare( "INSERT INTO crosswalks (name, description) VALUES (?, ?)" );
  s.bind( 1, clean ).bindTextOrNull( 2, description );
  s.run();
  return db.lastInsertId();
}

//! Checks a line; the refusal names the value, the crosswalk and the code.
void checkEntry( Database &db, const std::string &crosswalk, const CrosswalkEntry &entry )
{
  const std::string value = trimmed( entry.sourceValue );
  if ( value.empty() )
    throw Refused{ Message::make( MessageCode::CrosswalkValueEmpty ) };
  if ( entry.leaveOut )
    return;
  const std::string code = trimmed( entry.category );
  if ( code.empty() )
    throw Refused{ Message::make( MessageCode::CrosswalkFileNoTarget ) };
  Statement known = db.prepare( "SELECT 1 FROM categories WHERE code = ?" );
  known.bind( 1, code );
  if ( !known.step() )
    throw Refused{ Message::make( MessageCode::CrosswalkUnknownCategory, value, crosswalk, code ) };
}

//! Writes the lines into the crosswalk (checked already); a line for a value there replaces it.
void upsertEntries( Database &db, int64_t crosswalk, const std::vector<CrosswalkEntry> &entries )
{
  std::map<std::string, int64_t> existing; // key -> fid
  {
    Statement s = db.prepare( "SELECT fid, source_value FROM crosswalk_entries WHERE crosswalk_id = ?" );
    s.bind( 1, crosswalk );
    while ( s.step() )
      existing[crosswalkKey( s.text( 1 ) )] = s.int64( 0 );
  }
  Statement update =
    db.prepare( "UPDATE crosswalk_entries SET source_value = ?, category = ?, leave_out = ?, "
                "note = ?, updated_at = ? WHERE fid = ?" );
  Statement insert = db.prepare( "INSERT INTO crosswalk_entries (crosswalk_id, source_value, category, "
                                 "leave_out, note, updated_at) VALUES (?, ?, ?, ?, ?, ?)" );
  const std::string now = utcNowIso();
  for ( const CrosswalkEntry &entry : entries )
  {
    const std::string value = trimmed( entry.sourceValue );
    const std::string code = entry.leaveOut ? std::string() : trimmed( entry.category );
    const std::string key = crosswalkKey( value );
    const auto found = existing.find( key );
    if ( found != existing.end() )
    {
      update.bind( 1, value ).bindTextOrNull( 2, code ).bind( 3, entry.leaveOut ? 1 : 0 );
      update.bindTextOrNull( 4, entry.note ).bind( 5, now ).bind( 6, found->second );
      update.run();
      update.reset();
    }
    else
    {
      insert.bind( 1, crosswalk )
        .bind( 2, value )
        .bindTextOrNull( 3, code )
        .bind( 4, entry.leaveOut ? 1 : 0 );
      insert.bindTextOrNull( 5, entry.note ).bind( 6, now );
      insert.run();
      insert.reset();
      existing[key] = db.lastInsertId();
    }
  }
  Statement touch = db.prepare( "UPDATE crosswalks SET updated_at = ? WHERE fid = ?" );
  touch.bind( 1, now ).bind( 2, crosswalk );
  touch.run();
}

//! A field read back: the apostrophe exportCsv put before formula-like text taken off.
std::string csvValue( std::string_view field )
{
  if ( field.size() >= 2 && field[0] == '\'' &&
       std::string( "=+-@\t\r" ).find( field[1] ) != std::string::npos )
    field.remove_prefix( 1 );
  return std::string( field );
}

} // namespace

std::string crosswalkKey( std::string_view value )
{
  const std::string text = trimmed( value );
  std::string out;
  out.reserve( text.size() );
  for ( size_t i = 0; i < text.size(); ++i )
  {
    const auto c = static_cast<unsigned char>( text[i] );
    if ( c >= 'A' && c <= 'Z' )
      out += static_cast<char>( c + ( 'a' - 'A' ) );
    else if ( c == 0xC3 && i + 1 < text.size() )
    {
      auto d = static_cast<unsigned char>( text[i + 1] );
      if ( d >= 0x80 && d <= 0x9E && d != 0x97 ) // Latin-1 capitals (À … Þ, not ×) to small letters
        d = static_cast<unsigned char>( d + 0x20 );
      out += static_cast<char>( c );
      out += static_cast<char>( d );
      ++i;
    }
    else
      out += static_cast<char>( c );
  }
  return out;
}

const CrosswalkEntry *Crosswalk::find( const std::string &value ) const
{
  const std::string key = crosswalkKey( value );
  if ( key.empty() )
    return nullptr;
  for ( const CrosswalkEntry &entry : entries )
    if ( crosswalkKey( entry.sourceValue ) == key )
      return &entry;
  return nullptr;
}

Expected<std::vector<Crosswalk>> CrosswalkStore::list()
{
  return refusing<std::vector<Crosswalk>>( MessageCode::CrosswalkReadFailed,
                                           [&]
                                           {
                                             std::vector<Crosswalk> crosswalks;
                                             Statement s = mDb.prepare(
                                               "SELECT fid, name, description FROM crosswalks ORDER BY name "
                                               "COLLATE NOCASE" );
                                             while ( s.step() )
                                             {
                                               Crosswalk c;
                                               c.fid = s.int64( 0 );
                                               c.name = s.text( 1 );
                                               c.description = s.text( 2 );
                                               c.entries = readEntries( mDb, c.fid );
                                               crosswalks.push_back( std::move( c ) );
                                             }
                                             return crosswalks;
                                           } );
}

Expected<Crosswalk> CrosswalkStore::load( const std::string &name )
{
  return refusing<Crosswalk>( MessageCode::CrosswalkReadFailed,
                              [&]
                              {
                                const auto found = requireCrosswalk( mDb, name );
                                Crosswalk c;
                                c.fid = found.first;
                                c.name = found.second;
                                Statement s =
                                  mDb.prepare( "SELECT description FROM crosswalks WHERE fid = ?" );
                                s.bind( 1, c.fid );
                                if ( s.step() )
                                  c.description = s.text( 0 );
                                c.entries = readEntries( mDb, c.fid );
                                return c;
                              } );
}

Expected<int64_t> CrosswalkStore::create( const std::string &name, const std::string &description,
                                          const CrosswalkWriteOptions &options )
{
  return inTransaction<int64_t>( mDb, MessageCode::CrosswalkSaveFailed,
                                 [&]
                                 {
                                   const int64_t fid = createCrosswalk( mDb, name, description );
                                   audit( mDb, options, "add", "crosswalks", 1,
                                          "crosswalk '" + trimmed( name ) + "'" );
                                   return fid;
                                 } );
}

Status CrosswalkStore::remove( const std::string &name, const CrosswalkWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::CrosswalkSaveFailed,
    [&]
    {
      const auto found = requireCrosswalk( mDb, name );
      Statement entries = mDb.prepare( "DELETE FROM crosswalk_entries WHERE crosswalk_id = ?" );
      entries.bind( 1, found.first );
      entries.run();
      const int64_t lines = mDb.changes();
      Statement s = mDb.prepare( "DELETE FROM crosswalks WHERE fid = ?" );
      s.bind( 1, found.first );
      s.run();
      audit( mDb, options, "delete", "crosswalks", 1,
             "crosswalk '" + found.second + "' with " + std::to_string( lines ) + " lines" );
      return Done{};
    } );
}

Status CrosswalkStore::set( const std::string &name, const std::vector<CrosswalkEntry> &entries,
                            const CrosswalkWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::CrosswalkSaveFailed,
    [&]
    {
      auto found = findCrosswalk( mDb, name );
      const std::string shownName = found ? found->second : trimmed( name );
      if ( shownName.empty() )
        throw Refused{ Message::make( MessageCode::CrosswalkNameEmpty ) };
      for ( const CrosswalkEntry &entry : entries )
        checkEntry( mDb, shownName, entry );
      const bool created = !found;
      const int64_t fid = found ? found->first : createCrosswalk( mDb, shownName, std::string() );
      upsertEntries( mDb, fid, entries );
      std::string values;
      for ( std::size_t i = 0; i < entries.size() && i < 10; ++i )
        values += ( i ? ", " : "" ) + trimmed( entries[i].sourceValue ) + " → " +
                  ( entries[i].leaveOut ? std::string( "(leave out)" ) : trimmed( entries[i].category ) );
      if ( entries.size() > 10 )
        values += ", …";
      audit( mDb, options, "edit", "crosswalk_entries", static_cast<int64_t>( entries.size() ),
             std::string( created ? "new crosswalk '" : "crosswalk '" ) + shownName + "': " + values );
      return Done{};
    } );
}

Status CrosswalkStore::removeEntry( const std::string &name, const std::string &value,
                                    const CrosswalkWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::CrosswalkSaveFailed,
    [&]
    {
      const auto found = requireCrosswalk( mDb, name );
      const std::string key = crosswalkKey( value );
      Statement s = mDb.prepare( "SELECT fid, source_value FROM crosswalk_entries WHERE crosswalk_id = ?" );
      s.bind( 1, found.first );
      std::optional<std::pair<int64_t, std::string>> line;
      while ( !line && s.step() )
        if ( crosswalkKey( s.text( 1 ) ) == key && !key.empty() )
          line = std::make_pair( s.int64( 0 ), s.text( 1 ) );
      if ( !line )
        throw Refused{ Message::make( MessageCode::CrosswalkEntryUnknown, found.second, trimmed( value ) ) };
      Statement remove = mDb.prepare( "DELETE FROM crosswalk_entries WHERE fid = ?" );
      remove.bind( 1, line->first );
      remove.run();
      audit( mDb, options, "delete", "crosswalk_entries", 1,
             "crosswalk '" + found.second + "': " + line->second );
      return Done{};
    } );
}

Expected<std::string> CrosswalkStore::exportCsv( const std::string &name )
{
  auto crosswalk = load( name );
  if ( !crosswalk )
    return Error{ crosswalk.error() };
  std::string out = "\xEF\xBB\xBF"; // UTF-8 byte-order mark: Excel then reads å, ä and ö right
  out += std::string( kColumns ) + "\r\n";
  for ( const CrosswalkEntry &e : crosswalk->entries )
    out += spreadsheetCsvField( e.sourceValue ) + ";" + spreadsheetCsvField( e.category ) + ";" +
           ( e.leaveOut ? "1" : "0" ) + ";" + spreadsheetCsvField( e.note ) + "\r\n";
  return out;
}

Expected<int64_t> CrosswalkStore::importCsv( const std::string &name, const std::string &path,
                                             const CrosswalkWriteOptions &options )
{
  auto opened = CsvReader::open( path );
  if ( !opened )
    return Error{ opened.error() };
  CsvReader &reader = **opened;
  const std::vector<std::string> &header = reader.header();
  std::map<std::string, std::size_t> column;
  for ( std::size_t i = 0; i < header.size(); ++i )
    column.emplace( crosswalkKey( header[i] ), i );
  for ( const char *needed : { "source_value", "category", "leave_out" } )
    if ( !column.count( needed ) )
      return Error( MessageCode::CrosswalkFileBadHeader, path, std::string( kColumns ) );
  const std::size_t valueColumn = column["source_value"], categoryColumn = column["category"],
                    leaveOutColumn = column["leave_out"];
  const std::size_t noteColumn = column.count( "note" ) ? column["note"] : header.size();

  // Every row is read and checked before anything is written; one bad row refuses the file.
  auto badRow = [&]( int64_t row, Message reason )
  { return Error( MessageCode::CrosswalkFileBadRow, path, row, std::move( reason ) ); };
  std::vector<CrosswalkEntry> entries;
  std::vector<int64_t> rows;
  std::map<std::string, int64_t> seen;
  CsvRow row;
  while ( reader.next( row ) )
  {
    auto field = [&]( std::size_t index )
    { return index < row.fields.size() ? trimmed( row.fields[index] ) : std::string(); };
    // A quote never closed swallows the rest of the file into one value: refused, not read as one.
    if ( row.unterminatedQuote )
      return badRow( row.lineNumber, Message::make( MessageCode::ImportRowUnterminatedQuote ) );
    CrosswalkEntry entry;
    entry.sourceValue = csvValue( field( valueColumn ) );
    entry.category = csvValue( field( categoryColumn ) );
    entry.note = csvValue( field( noteColumn ) );
    const std::string leaveOut = field( leaveOutColumn );
    if ( leaveOut == "1" )
      entry.leaveOut = true;
    else if ( leaveOut == "0" || leaveOut.empty() )
      entry.leaveOut = false;
    else
      return badRow( row.lineNumber, Message::make( MessageCode::CrosswalkFileBadLeaveOut, leaveOut ) );
    if ( trimmed( entry.sourceValue ).empty() )
      return badRow( row.lineNumber, Message::make( MessageCode::CrosswalkValueEmpty ) );
    if ( !entry.leaveOut && trimmed( entry.category ).empty() )
      return badRow( row.lineNumber, Message::make( MessageCode::CrosswalkFileNoTarget ) );
    if ( entry.leaveOut )
      entry.category.clear();
    entries.push_back( std::move( entry ) );
    rows.push_back( row.lineNumber );
  }
  auto shownName = refusing<std::string>( MessageCode::CrosswalkReadFailed,
                                          [&]
                                          {
                                            auto found = findCrosswalk( mDb, name );
                                            return found ? found->second : trimmed( name );
                                          } );
  if ( !shownName )
    return Error{ shownName.error() };
  if ( shownName->empty() )
    return Error( MessageCode::CrosswalkNameEmpty );
  // Categories checked row by row, so that the refusal names the row.
  auto unknown = refusing<std::optional<std::size_t>>( MessageCode::CrosswalkReadFailed,
                                                       [&]() -> std::optional<std::size_t>
                                                       {
                                                         Statement known = mDb.prepare(
                                                           "SELECT 1 FROM categories WHERE code = ?" );
                                                         for ( std::size_t i = 0; i < entries.size(); ++i )
                                                         {
                                                           if ( entries[i].leaveOut )
                                                             continue;
                                                           known.bind( 1, trimmed( entries[i].category ) );
                                                           const bool found = known.step();
                                                           known.reset();
                                                           if ( !found )
                                                             return i;
                                                         }
                                                         return std::nullopt;
                                                       } );
  if ( !unknown )
    return Error{ unknown.error() };
  if ( *unknown )
  {
    const CrosswalkEntry &e = entries[**unknown];
    return badRow( rows[**unknown],
                   Message::make( MessageCode::CrosswalkUnknownCategory, trimmed( e.sourceValue ), *shownName,
                                  trimmed( e.category ) ) );
  }
  auto written = inTransaction<int64_t>(
    mDb, MessageCode::CrosswalkSaveFailed,
    [&]
    {
      auto found = findCrosswalk( mDb, *shownName );
      const int64_t fid = found ? found->first : createCrosswalk( mDb, *shownName, std::string() );
      upsertEntries( mDb, fid, entries );
      audit( mDb, options, "import", "crosswalk_entries", static_cast<int64_t>( entries.size() ),
             std::string( found ? "crosswalk '" : "new crosswalk '" ) + *shownName + "' from " + path );
      return static_cast<int64_t>( entries.size() );
    } );
  return written;
}

std::optional<std::string> pickCrosswalk( const std::vector<Crosswalk> &crosswalks,
                                          const std::map<std::string, int64_t> &values )
{
  std::optional<std::string> best;
  int64_t bestValues = 0, bestRows = 0;
  for ( const Crosswalk &crosswalk : crosswalks )
  {
    std::set<std::string> keys;
    for ( const CrosswalkEntry &e : crosswalk.entries )
      keys.insert( crosswalkKey( e.sourceValue ) );
    int64_t known = 0, rows = 0;
    for ( const auto &[value, count] : values )
      if ( keys.count( crosswalkKey( value ) ) )
      {
        ++known;
        rows += count;
      }
    if ( known > 0 && ( known > bestValues || ( known == bestValues && rows > bestRows ) ) )
    {
      best = crosswalk.name;
      bestValues = known;
      bestRows = rows;
    }
  }
  return best;
}

} // namespace tryggkarta

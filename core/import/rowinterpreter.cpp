#include "rowinterpreter.h"

#include "calendar.h"
#include "vocabulary.h"

#include "datetimeparser.h"
#include "fieldmapping.h"
#include "json.h"
#include "placeprecision.h"
#include "projectfile.h"
#include "textscreening.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace tryggkarta
{

namespace
{

CodeLookup loadLookup( Database &db, const std::string &table )
{
  CodeLookup lookup;
  Statement s = db.prepare( "SELECT code, label_sv, label_en FROM " + table );
  while ( s.step() )
  {
    lookup.add( s.text( 0 ), s.text( 0 ) );
    lookup.add( s.text( 1 ), s.text( 0 ) );
    lookup.add( s.text( 2 ), s.text( 0 ) );
  }
  return lookup;
}

int64_t localDayStart( const LocalDateTime &value, int dayOffset )
{
  int y = value.year, m = value.month, d = value.day;
  if ( dayOffset )
    civilFromDays( daysFromCivil( y, m, d ) + dayOffset, y, m, d );
  return stockholmToUtc( y, m, d, 0, 0, 0 );
}

} // namespace

std::string quotedValue( std::string_view text )
{
  size_t cut = std::min<size_t>( text.size(), 60 );
  // Never cut inside a UTF-8 character.
  while ( cut < text.size() && cut > 0 && ( static_cast<unsigned char>( text[cut] ) & 0xC0 ) == 0x80 )
    --cut;
  std::string shown( text.substr( 0, cut ) );
  if ( cut < text.size() )
    shown += "…";
  return "'" + shown + "'";
}

void CodeLookup::add( const std::string &label, const std::string &code )
{
  if ( !label.empty() )
    mCodes.emplace( labelKey( label ), code );
}

void CodeLookup::set( const std::string &label, const std::string &code )
{
  mCodes[labelKey( label )] = code;
}

const std::string *CodeLookup::find( std::string_view value ) const
{
  const auto it = mCodes.find( labelKey( value ) );
  return it == mCodes.end() ? nullptr : &it->second;
}

void PendingRecord::clear()
{
  rowNumber = 0;
  x = y = 0;
  raw.clear();
  reject.reset();
  times = RecordTimes();
  category.clear();
  organisation.clear();
  placeType.clear();
  weight = 1;
  text.clear();
  text2.clear();
  source.clear();
  flags.clear();
  walkId = 0;
  rating = -1;
  positive = -1;
  photos.clear();
  hasTime = false;
  extra.clear();
  precision = "exact";
  precisionGiven = false;
  placeName.clear();
  eventId.clear();
  leftOut = false;
  duplicate = false;
}

RowInterpreter::RowInterpreter( ProjectFile &project, const ImportOptions &options,
                                const std::vector<std::string> &columns,
                                const std::map<std::string, std::string> &mapping, ImportReport &report )
  : mDb( project.db() ), mOptions( options ), mReport( report ),
    mNow( static_cast<int64_t>( std::time( nullptr ) ) )
{
  auto column = [&]( const char *target ) -> int
  {
    const auto it = mapping.find( target );
    if ( it == mapping.end() )
      return -1;
    for ( size_t i = 0; i < columns.size(); ++i )
      if ( columns[i] == it->second )
        return static_cast<int>( i );
    return -1;
  };
  for ( const std::string &target : importTargetFields( options.kind ) )
    mColumn[target] = column( target.c_str() );
  mX = mColumn["x"] >= 0 ? mColumn["x"] : mColumn["lon"];
  mY = mColumn["y"] >= 0 ? mColumn["y"] : mColumn["lat"];
  std::vector<bool> mapped( columns.size(), false );
  for ( const auto &entry : mColumn )
    if ( entry.second >= 0 && entry.first != "place_name" ) // the place's name is kept with the row too
      mapped[entry.second] = true;
  for ( size_t i = 0; i < columns.size(); ++i )
    if ( !mapped[i] )
      mExtraColumns.emplace_back( i, jsonEscape( columns[i] ) );

  Database &db = project.db();
  if ( options.kind == ImportKind::Incidents )
  {
    mCategories = loadLookup( db, "categories" );
    for ( const auto &entry : options.categoryMap )
      mUserMap.set( entry.first, entry.second );
    for ( const std::string &value : options.leaveOut )
      mUserLeaveOut.insert( labelKey( value ) );
    // A group's name typed as a category: the group's "other" category (its code ends in _ovrig or its name
    // starts with Övrig), else the group's first category. Hidden categories only when the group has no
    // other.
    {
      Statement groups = db.prepare( "SELECT code, label_sv, label_en FROM category_groups" );
      std::map<std::string, std::string> groupLabels;
      while ( groups.step() )
      {
        mGroups.add( groups.text( 0 ), groups.text( 0 ) );
        mGroups.add( groups.text( 1 ), groups.text( 0 ) );
        mGroups.add( groups.text( 2 ), groups.text( 0 ) );
        groupLabels[groups.text( 0 )] = groups.text( 1 );
      }
      Statement categories =
        db.prepare( "SELECT group_code, code, label_sv FROM categories ORDER BY hidden, sort_order, fid" );
      std::set<std::string> settled;
      while ( categories.step() )
      {
        const std::string group = categories.text( 0 ), code = categories.text( 1 ),
                          label = categories.text( 2 );
        if ( settled.count( group ) )
          continue;
        const bool other = ( code.size() > 6 && code.compare( code.size() - 6, 6, "_ovrig" ) == 0 ) ||
                           label.rfind( "\xC3\x96vrig", 0 ) == 0;
        if ( other )
          settled.insert( group );
        if ( other || !mGroupOther.count( group ) )
          mGroupOther[group] = GroupOther{ groupLabels[group], code, label };
      }
    }
    mPlaceTypes = loadLookup( db, "place_types" );
    for ( const std::string &name : organisationNames( db ) )
    {
      mOrganisations.emplace( labelKey( name ), name );
      mKnownOrganisations.insert( name );
    }
    // Events already in the project, by their source and id, loaded once.
    mEventIds = mColumn["event_id"] >= 0;
    if ( mEventIds )
    {
      Statement events = db.prepare(
        "SELECT source, coalesce(organisation, ''), source_event_id, batch_id FROM incidents WHERE "
        "source_event_id IS NOT NULL" );
      while ( events.step() )
        mProjectEvents.emplace( eventKey( events.text( 0 ), events.text( 1 ), events.text( 2 ) ),
                                events.isNull( 3 ) ? 0 : events.int64( 3 ) );
    }
  }
  else
  {
    mCategories = loadLookup( db, "checklist_items" );
    for ( const auto &entry : options.categoryMap )
      mCategories.set( entry.first, entry.second );
    Statement s = db.prepare( "SELECT fid, name FROM safety_walks" );
    while ( s.step() )
    {
      mWalks.emplace( labelKey( s.text( 1 ) ), s.int64( 0 ) );
      mWalks.emplace( std::to_string( s.int64( 0 ) ), s.int64( 0 ) );
    }
  }
}

std::string_view RowInterpreter::value( const SourceRow &row, const char *target ) const
{
  const auto it = mColumn.find( std::string_view( target ) );
  const int c = it == mColumn.end() ? -1 : it->second;
  return c >= 0 ? trim( row.values[c] ) : std::string_view();
}

bool RowInterpreter::readCoordinates( const SourceRow &row, bool swapped, PendingRecord &p ) const
{
  if ( usesGeometry() )
  {
    if ( row.geometryProblem )
    {
      p.reject = row.geometryProblem;
      return false;
    }
    if ( !row.hasGeometry )
    {
      p.reject = Message::make( MessageCode::ImportRowNoGeometry );
      return false;
    }
    p.x = row.gx;
    p.y = row.gy;
    return true;
  }
  const std::string_view xs = trim( row.values[mX] ), ys = trim( row.values[mY] );
  if ( xs.empty() || ys.empty() )
  {
    p.reject = Message::make( MessageCode::ImportRowMissingCoordinates );
    return false;
  }
  const auto x = parseNumber( xs ), y = parseNumber( ys );
  if ( !x || !y || !std::isfinite( *x ) || !std::isfinite( *y ) )
  {
    p.reject =
      Message::make( MessageCode::ImportRowCoordinatesNotNumbers, quotedValue( xs ), quotedValue( ys ) );
    return false;
  }
  p.x = swapped ? *y : *x;
  p.y = swapped ? *x : *y;
  return true;
}

std::optional<LocalDateTime>
RowInterpreter::parseWithTime( std::string_view dateText, std::string_view timeText, PendingRecord &p ) const
{
  auto date = parseDateTime( dateText );
  if ( !date || !date->hasDate )
  {
    p.reject = Message::make( MessageCode::ImportRowUnreadableDate, quotedValue( dateText ) );
    return std::nullopt;
  }
  if ( !timeText.empty() )
  {
    const auto time = parseDateTime( timeText );
    if ( !time || !time->hasTime )
    {
      p.reject = Message::make( MessageCode::ImportRowUnreadableTime, quotedValue( timeText ) );
      return std::nullopt;
    }
    date->hour = time->hour;
    date->minute = time->minute;
    date->second = time->second;
    date->hasTime = true;
  }
  return date;
}

bool RowInterpreter::readTimes( const SourceRow &row, PendingRecord &p ) const
{
  const std::string_view fromText = value( row, "from" );
  const std::string_view dateText = value( row, "date" );
  const std::string_view untilText = value( row, "until" );
  if ( fromText.empty() && dateText.empty() )
  {
    if ( mOptions.kind == ImportKind::Observations )
      return true;
    p.reject = Message::make( MessageCode::ImportRowMissingDate );
    return false;
  }
  // The start: a "from" value (a date and time, or a time of day on the date column's day), else date +
  // time.
  std::optional<LocalDateTime> start;
  if ( !fromText.empty() )
  {
    const auto from = parseDateTime( fromText );
    if ( !from )
    {
      p.reject = Message::make( MessageCode::ImportRowUnreadableStart, quotedValue( fromText ) );
      return false;
    }
    if ( from->hasDate )
      start = from;
    else if ( dateText.empty() )
    {
      p.reject = Message::make( MessageCode::ImportRowStartWithoutDate, quotedValue( fromText ) );
      return false;
    }
    else
      start = parseWithTime( dateText, fromText, p );
  }
  else
    start = parseWithTime( dateText, value( row, "time" ), p );
  if ( !start )
    return false;
  p.hasTime = true;
  if ( start->hasTime )
    p.times.from = toUtcSeconds( *start );
  else
  {
    // A date without a time: the event happened some time that day.
    p.times.from = localDayStart( *start, 0 );
    p.times.until = localDayStart( *start, 1 );
  }
  if ( !untilText.empty() )
  {
    const auto until = parseDateTime( untilText );
    if ( !until )
    {
      p.reject = Message::make( MessageCode::ImportRowUnreadableEnd, quotedValue( untilText ) );
      return false;
    }
    if ( until->hasDate )
      p.times.until = until->hasTime ? toUtcSeconds( *until ) : localDayStart( *until, 1 );
    else
    {
      // A time of day: on the start's day, or the next day when the interval runs over midnight.
      LocalDateTime end = *start;
      end.hour = until->hour;
      end.minute = until->minute;
      end.second = until->second;
      end.hasTime = true;
      end.hasOffset = until->hasOffset;
      end.offsetMinutes = until->offsetMinutes;
      p.times.until = toUtcSeconds( end );
      if ( *p.times.until < p.times.from )
      {
        civilFromDays( daysFromCivil( end.year, end.month, end.day ) + 1, end.year, end.month, end.day );
        p.times.until = toUtcSeconds( end );
      }
    }
    if ( *p.times.until < p.times.from )
    {
      p.reject = Message::make( MessageCode::ImportRowEndBeforeStart, quotedValue( untilText ),
                                quotedValue( fromText.empty() ? dateText : fromText ) );
      return false;
    }
  }
  if ( p.times.from > mNow + kSecondsPerDay )
  {
    p.reject = Message::make( MessageCode::ImportRowDateInFuture,
                              quotedValue( fromText.empty() ? dateText : fromText ) );
    return false;
  }
  if ( p.times.from < 0 )
  {
    p.reject = Message::make( MessageCode::ImportRowDateBefore1970,
                              quotedValue( fromText.empty() ? dateText : fromText ) );
    return false;
  }
  return true;
}

std::string RowInterpreter::screen( std::string_view text, std::string &flags )
{
  const ScreeningResult result = screenText( text );
  if ( result.clean() )
    return std::string( text );
  const std::string found = result.flags();
  if ( !flags.empty() )
  {
    // Merge the kinds from several free-text fields, keeping the fixed order.
    std::string merged;
    for ( const char *kind : { "personnummer", "phone", "email", "car_registration" } )
      if ( flags.find( kind ) != std::string::npos || found.find( kind ) != std::string::npos )
        merged += ( merged.empty() ? "" : "," ) + std::string( kind );
    flags = merged;
  }
  else
    flags = found;
  for ( const ScreeningFinding &finding : result.findings )
    ++mReport.personalData[personalDataKindCode( finding.kind )];
  for ( PersonalDataKind kind : result.uncovered )
    ++mReport.personalData[personalDataKindCode( kind )];
  return mOptions.redactPersonalData ? redact( text, result ) : std::string( text );
}

std::string
RowInterpreter::extraAttributes( const SourceRow &row,
                                 const std::vector<std::pair<std::string, std::string>> &additional ) const
{
  std::string json;
  auto add = [&]( const std::string &key, std::string_view v )
  {
    json += json.empty() ? "{\"" : ",\"";
    json += key;
    json += "\":\"";
    json += jsonEscape( v );
    json += '"';
  };
  for ( const auto &[index, key] : mExtraColumns )
  {
    const std::string_view v = trim( row.values[index] );
    if ( !v.empty() )
      add( key, v );
  }
  for ( const auto &[key, v] : additional )
    add( key, v );
  if ( !json.empty() )
    json += '}';
  return json;
}

void RowInterpreter::interpret( const SourceRow &row, bool swapped, PendingRecord &p )
{
  p.rowNumber = row.rowNumber;
  p.raw.assign( row.raw.data(), row.raw.size() );
  if ( mCountValues )
  {
    const int c = categoryColumn();
    const std::string_view v = c >= 0 ? trim( row.values[c] ) : std::string_view();
    if ( !v.empty() )
      ++mReport.categoryValues[std::string( v )];
  }
  if ( row.structureProblem )
  {
    p.reject = row.structureProblem;
    return;
  }
  if ( mOptions.kind == ImportKind::Incidents && settledEarly( row, p ) )
  {
    // A row left out on purpose or already imported is no error to mend: of it only what tells the event
    // apart is kept, never its free text (a police summary of a missing person, of a sexual offence).
    p.raw = identifyingValues( row );
    return;
  }
  if ( !readCoordinates( row, swapped, p ) || !readTimes( row, p ) )
    return;
  std::vector<std::pair<std::string, std::string>> kept;
  if ( mOptions.kind == ImportKind::Incidents )
    interpretIncident( row, p, kept );
  else
    interpretObservation( row, p );
  if ( !p.reject )
    p.extra = extraAttributes( row, kept );
}

void RowInterpreter::interpretIncident( const SourceRow &row, PendingRecord &p,
                                        std::vector<std::pair<std::string, std::string>> &kept )
{
  const std::string_view category = value( row, "category" );
  if ( category.empty() )
  {
    p.reject = Message::make( MessageCode::ImportRowMissingCategory );
    return;
  }
  const CategoryChoice &choice = chooseCategory( category );
  if ( choice.kind != CategoryChoice::Category )
  {
    ++mReport.unknownCategories[std::string( category )];
    p.reject = Message::make( MessageCode::ImportRowUnknownCategory, quotedValue( category ) );
    return;
  }
  p.category = choice.code;
  const std::string_view weight = value( row, "weight" );
  if ( !weight.empty() )
  {
    const auto w = parseNumber( weight );
    if ( !w || *w < 0 || !std::isfinite( *w ) )
    {
      p.reject = Message::make( MessageCode::ImportRowBadWeight, quotedValue( weight ) );
      return;
    }
    p.weight = *w;
  }
  if ( auto source = sourceOf( row ) )
    p.source = std::move( *source );
  else
  {
    p.reject = Message::make( MessageCode::ImportRowUnknownSource, quotedValue( value( row, "source" ) ) );
    return;
  }
  const std::string_view organisation = value( row, "organisation" );
  if ( !organisation.empty() )
  {
    const std::string key = labelKey( organisation );
    auto it = mOrganisations.find( key );
    if ( it == mOrganisations.end() )
      it = mOrganisations.emplace( key, std::string( organisation ) ).first;
    p.organisation = it->second;
  }
  else
    p.organisation.clear();
  const std::string_view place = value( row, "place_type" );
  if ( !place.empty() )
  {
    if ( const std::string *placeCode = mPlaceTypes.find( place ) )
      p.placeType = *placeCode;
    else
    {
      ++mUnknownPlaceTypes;
      kept.emplace_back( "place_type", std::string( place ) ); // kept, not lost
    }
  }
  const std::string_view precision = value( row, "place_precision" );
  if ( !precision.empty() )
  {
    // A file writes a few values many times: each is read once.
    mKey.assign( precision.data(), precision.size() );
    auto known = mPrecisions.find( mKey );
    if ( known == mPrecisions.end() )
    {
      const auto named = placePrecisionNamed( mKey );
      known = mPrecisions.emplace( mKey, named ? placePrecisionCode( *named ) : nullptr ).first;
    }
    if ( !known->second )
    {
      p.reject = Message::make( MessageCode::ImportRowBadPrecision, quotedValue( precision ) );
      return;
    }
    p.precision = known->second;
    p.precisionGiven = true;
  }
  p.placeName.assign( value( row, "place_name" ) );
  // Free text: the description, and a summary on a line of its own (the police feed's name and summary),
  // each screened.
  p.text = screen( value( row, "description" ), p.flags );
  const std::string_view summary = value( row, "summary" );
  if ( !summary.empty() )
  {
    const std::string screened = screen( summary, p.flags );
    if ( !p.text.empty() )
      p.text += '\n';
    p.text += screened;
  }
  // An event the file has given already (the police feed's weeks overlap): the first row is kept.
  if ( mEventIds && !p.eventId.empty() )
  {
    const auto [earlier, added] =
      mFileEvents.emplace( eventKey( p.source, p.organisation, p.eventId ), p.rowNumber );
    if ( !added )
    {
      p.duplicate = true;
      p.reject = Message::make( MessageCode::ImportRowEventRepeated, p.eventId, earlier->second );
      p.raw = identifyingValues( row );
    }
  }
}

int RowInterpreter::categoryColumn() const
{
  const auto it = mColumn.find( mOptions.kind == ImportKind::Incidents ? "category" : "checklist_item" );
  return it == mColumn.end() ? -1 : it->second;
}

void RowInterpreter::useCrosswalk( const Crosswalk *crosswalk, const std::string &choicesName )
{
  mCrosswalk = crosswalk;
  mChoicesName = choicesName;
  mChosen.clear();
}

const RowInterpreter::CategoryChoice &RowInterpreter::chooseCategory( std::string_view value )
{
  mKey.assign( value.data(), value.size() );
  const auto found = mChosen.find( mKey );
  if ( found != mChosen.end() )
    return found->second;
  CategoryChoice choice;
  const std::string key = labelKey( value );
  const CrosswalkEntry *line = mCrosswalk ? mCrosswalk->find( mKey ) : nullptr;
  if ( const std::string *mapped = mUserMap.find( value ) )
  {
    choice.kind = CategoryChoice::Category;
    choice.code = *mapped;
  }
  else if ( mUserLeaveOut.count( key ) )
  {
    choice.kind = CategoryChoice::LeaveOut;
    choice.code = mChoicesName;
  }
  else if ( line )
  {
    choice.kind = line->leaveOut ? CategoryChoice::LeaveOut : CategoryChoice::Category;
    choice.code = line->leaveOut ? mCrosswalk->name : line->category;
  }
  else if ( const std::string *code = mCategories.find( value ) )
  {
    choice.kind = CategoryChoice::Category;
    choice.code = *code;
  }
  else if ( const std::string *group = mGroups.find( value ) )
  {
    const auto other = mGroupOther.find( *group );
    if ( other != mGroupOther.end() )
    {
      choice.kind = CategoryChoice::Category;
      choice.code = other->second.code;
      mReport.warnings.push_back( Message::make( MessageCode::ImportGroupAsCategory, quotedValue( value ),
                                                 other->second.groupLabel, other->second.label ) );
    }
  }
  return mChosen.emplace( std::string( value ), std::move( choice ) ).first->second;
}

std::string RowInterpreter::eventKey( std::string_view source, std::string_view organisation,
                                      std::string_view id )
{
  // The police's ids are the police's, whoever an event is later said to come from.
  if ( source == "police" )
    organisation = std::string_view();
  std::string key;
  key.reserve( source.size() + organisation.size() + id.size() + 2 );
  key.append( source ).append( 1, '\n' ).append( organisation ).append( 1, '\n' ).append( id );
  return key;
}

std::string RowInterpreter::identifyingValues( const SourceRow &row ) const
{
  std::string out;
  for ( const char *target : { "event_id", "date", "time", "from", "until", "category", "organisation",
                               "place_name", "place_precision" } )
  {
    const std::string_view v = value( row, target );
    if ( v.empty() )
      continue;
    out += out.empty() ? "" : "; ";
    out += target;
    out += '=';
    out.append( v.data(), std::min<size_t>( v.size(), 200 ) );
  }
  return out;
}

std::string RowInterpreter::organisationOf( const SourceRow &row ) const
{
  const std::string_view organisation = value( row, "organisation" );
  if ( organisation.empty() )
    return std::string();
  const auto it = mOrganisations.find( labelKey( organisation ) );
  return it == mOrganisations.end() ? std::string( organisation ) : it->second;
}

std::optional<std::string> RowInterpreter::sourceOf( const SourceRow &row ) const
{
  const std::string_view source = value( row, "source" );
  if ( source.empty() )
    return mOptions.defaultSource;
  const std::string key = normalizeName( source );
  if ( key == "est" || key == "estrapport" || key == "rapport" )
    return std::string( "est" );
  if ( key == "polis" || key == "police" || key == "polisen" || key == "polisanmalan" || key == "anmalan" )
    return std::string( "police" );
  if ( key == "trygghetsvandring" || key == "safetywalk" || key == "vandring" )
    return std::string( "safety_walk" );
  if ( key == "manuell" || key == "manual" )
    return std::string( "manual" );
  return std::nullopt;
}

bool RowInterpreter::settledEarly( const SourceRow &row, PendingRecord &p )
{
  if ( mEventIds )
  {
    const std::string_view id = value( row, "event_id" );
    if ( id.empty() && mOptions.eventIdRequired )
    {
      p.reject = Message::make( MessageCode::ImportRowMissingEventId );
      return true;
    }
    p.eventId.assign( id );
    // Already in the project (the same source, organisation and id): not imported again, whatever else the
    // row holds.
    auto source = mProjectEvents.empty() || p.eventId.empty() ? std::nullopt : sourceOf( row );
    if ( source )
    {
      const auto known = mProjectEvents.find( eventKey( *source, organisationOf( row ), p.eventId ) );
      if ( known != mProjectEvents.end() )
      {
        auto when = mBatchTimes.find( known->second );
        if ( when == mBatchTimes.end() )
        {
          Statement s = mDb.prepare( "SELECT imported_at FROM import_batches WHERE fid = ?" );
          s.bind( 1, known->second );
          std::string at = s.step() ? s.text( 0 ).substr( 0, 16 ) : std::string( "?" );
          if ( at.size() > 10 && at[10] == 'T' )
            at[10] = ' ';
          when = mBatchTimes.emplace( known->second, at ).first;
        }
        p.duplicate = true;
        p.reject = Message::make( MessageCode::ImportRowEventInProject, p.eventId, when->second );
        return true;
      }
    }
  }
  // A value left out on purpose: kept with the rejects as such, whatever else the row holds.
  const std::string_view category = value( row, "category" );
  if ( category.empty() )
    return false;
  const CategoryChoice &choice = chooseCategory( category );
  if ( choice.kind != CategoryChoice::LeaveOut )
    return false;
  p.leftOut = true;
  p.reject = Message::make( MessageCode::ImportRowLeftOut, choice.code, quotedValue( category ) );
  ++mReport.leftOutValues[std::string( category )];
  return true;
}

void RowInterpreter::interpretObservation( const SourceRow &row, PendingRecord &p )
{
  const std::string_view walk = value( row, "walk" );
  if ( !walk.empty() )
  {
    const auto it = mWalks.find( labelKey( walk ) );
    if ( it == mWalks.end() )
    {
      p.reject = Message::make( MessageCode::ImportRowUnknownWalk, quotedValue( walk ) );
      return;
    }
    p.walkId = it->second;
  }
  const std::string_view item = value( row, "checklist_item" );
  if ( !item.empty() )
  {
    const std::string *code = mCategories.find( item );
    if ( !code )
    {
      ++mReport.unknownCategories[std::string( item )];
      p.reject = Message::make( MessageCode::ImportRowUnknownChecklistItem, quotedValue( item ) );
      return;
    }
    p.category = *code;
  }
  const std::string_view rating = value( row, "rating" );
  if ( !rating.empty() )
  {
    const auto r = parseNumber( rating );
    if ( !r || *r < 0 || *r > 3 || std::floor( *r ) != *r )
    {
      p.reject = Message::make( MessageCode::ImportRowBadRating, quotedValue( rating ) );
      return;
    }
    p.rating = static_cast<int>( *r );
  }
  const std::string_view positive = value( row, "positive" );
  if ( !positive.empty() )
  {
    const auto yes = parseYesNo( positive );
    if ( !yes )
    {
      p.reject = Message::make( MessageCode::ImportRowBadPositive, quotedValue( positive ) );
      return;
    }
    p.positive = *yes ? 1 : 0;
  }
  p.photos = std::string( value( row, "photos" ) );
  p.text = screen( value( row, "note" ), p.flags );
  p.text2 = screen( value( row, "proposed_action" ), p.flags );
}

void RowInterpreter::keepOrganisation( const std::string &name )
{
  if ( name.empty() || !mKnownOrganisations.insert( name ).second )
    return;
  mNewOrganisations.push_back( name );
  addOrganisation( mDb, name );
}

} // namespace tryggkarta

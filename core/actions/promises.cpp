#include "promises.h"

#include "areas.h"
#include "calendar.h"
#include "database.h"
#include "projectfile.h"
#include "publicmode.h"
#include "reportperiod.h"
#include "selection.h"
#include "stockholmzone.h"
#include "swedishtext.h"
#include "textscreening.h"
#include "vocabulary.h"
#include "transactions.h"

#include <algorithm>
#include <cctype>
#include <ctime>
#include <map>
#include <set>
#include <sstream>

namespace tryggkarta
{

namespace
{

std::string redacted( const std::string &text )
{
  const ScreeningResult result = screenText( text );
  return result.clean() ? text : redact( text, result );
}

void bindText( Statement &s, int index, const std::string &text )
{
  text.empty() ? s.bindNull( index ) : s.bind( index, text );
}

bool blank( const std::string &text )
{
  return text.find_first_not_of( " \t\r\n" ) == std::string::npos;
}

bool oneOf( const std::string &value, const std::vector<std::string> &allowed )
{
  return std::find( allowed.begin(), allowed.end(), value ) != allowed.end();
}

std::string todayStockholm()
{
  const int64_t day = stockholmDay( static_cast<int64_t>( std::time( nullptr ) ) );
  return isoDateOf( day );
}

void audit( Database &db, const PromiseWriteOptions &options, const std::string &action,
            const std::string &table, const std::string &details )
{
  Statement s = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                            "VALUES (?, ?, ?, ?, 1, ?)" );
  s.bind( 1, utcNowIso() );
  bindText( s, 2, options.actor );
  s.bind( 3, action ).bind( 4, table );
  s.bind( 5, details + " (" + ( options.origin.empty() ? std::string( "by hand" ) : options.origin ) + ")" );
  s.run();
}

void checkDate( const std::string &date )
{
  if ( !date.empty() && !isIsoDate( date ) )
    throw Refused{ Message::make( MessageCode::PromiseBadDate, date ) };
}

/**
 * Whether a signatory's text reads as a person's name rather than a role: two to four words, each starting
 * with a capital letter, none of them a word roles are made of. "Kommunstyrelsens ordförande" and
 * "lokalpolisområdeschef" pass; "Anna Svensson" does not.
 */
bool looksLikeName( const std::string &text )
{
  std::istringstream in( text );
  std::vector<std::string> words;
  for ( std::string word; in >> word; )
    words.push_back( word );
  if ( words.size() < 2 || words.size() > 4 )
    return false;
  static const char *const kRoleParts[] = { "chef",       "ordförande", "polis",      "kommun", "råd",
                                            "direktör",   "styrelse",   "nämnd",      "område", "ledamot",
                                            "samordnare", "vice",       "biträdande", "region", "stad" };
  for ( const std::string &word : words )
  {
    const unsigned char first = static_cast<unsigned char>( word[0] );
    const bool capital = std::isupper( first ) || word.rfind( "Å", 0 ) == 0 || word.rfind( "Ä", 0 ) == 0 ||
                         word.rfind( "Ö", 0 ) == 0 || word.rfind( "É", 0 ) == 0;
    if ( !capital )
      return false;
    std::string lower = lowerFirst( word );
    for ( char &c : lower )
      c = static_cast<char>( std::tolower( static_cast<unsigned char>( c ) ) );
    for ( const char *part : kRoleParts )
      if ( lower.find( part ) != std::string::npos )
        return false;
  }
  return true;
}

void validatePromise( Database &db, const CitizenPromise &promise )
{
  if ( promise.year < 2000 || promise.year > 2100 )
    throw Refused{ Message::make( MessageCode::PromiseBadYear, promise.year ) };
  if ( blank( promise.title ) )
    throw Refused{ Message::make( MessageCode::PromiseTitleRequired ) };
  checkDate( promise.signedDate );
  for ( const std::string *role : { &promise.signedByPolice, &promise.signedByMunicipality } )
    if ( looksLikeName( *role ) )
      throw Refused{ Message::make( MessageCode::PromiseSignatoryName, *role ) };
  Statement s = db.prepare( "SELECT 1 FROM citizen_promises WHERE year = ? AND title = ? AND fid != ?" );
  s.bind( 1, promise.year ).bind( 2, redacted( promise.title ) ).bind( 3, promise.fid );
  if ( s.step() )
    throw Refused{ Message::make( MessageCode::PromiseDuplicate, promise.year, promise.title ) };
}

void requireRow( Database &db, const char *table, int64_t fid, MessageCode code )
{
  Statement s = db.prepare( std::string( "SELECT 1 FROM " ) + table + " WHERE fid = ?" );
  s.bind( 1, fid );
  if ( !s.step() )
    throw Refused{ Message::make( code, fid ) };
}

void validateStatusAndDate( const std::string &status, const std::string &doneDate, const std::string &today )
{
  if ( !oneOf( status, promiseActivityStatuses() ) )
    throw Refused{ Message::make( MessageCode::PromiseActivityBadStatus, status ) };
  checkDate( doneDate );
  if ( status == "done" && doneDate.empty() )
    throw Refused{ Message::make( MessageCode::PromiseActivityDoneWithoutDate ) };
  if ( status != "done" && !doneDate.empty() )
    throw Refused{ Message::make( MessageCode::PromiseActivityDoneDateNotDone, doneDate,
                                  promiseStatusLabelSv( status ) ) };
  const std::string now = today.empty() ? todayStockholm() : today;
  if ( !doneDate.empty() && doneDate > now )
    throw Refused{ Message::make( MessageCode::PromiseActivityDoneInFuture, doneDate, now ) };
}

void validateActivity( Database &db, const PromiseActivity &activity, const PromiseWriteOptions &options )
{
  requireRow( db, "citizen_promises", activity.promiseId, MessageCode::PromiseNotFound );
  if ( blank( activity.title ) )
    throw Refused{ Message::make( MessageCode::PromiseActivityTitleRequired ) };
  if ( !oneOf( activity.kind, promiseActivityKinds() ) )
    throw Refused{ Message::make( MessageCode::PromiseActivityBadKind, activity.kind ) };
  if ( !oneOf( activity.owner, promiseActivityOwners() ) )
    throw Refused{ Message::make( MessageCode::PromiseActivityBadOwner, activity.owner ) };
  if ( activity.plannedCount && ( *activity.plannedCount < 1 || *activity.plannedCount > 1000 ) )
    throw Refused{ Message::make( MessageCode::PromiseActivityBadCount, *activity.plannedCount ) };
  checkDate( activity.plannedFrom );
  checkDate( activity.plannedUntil );
  if ( !activity.plannedFrom.empty() && !activity.plannedUntil.empty() &&
       activity.plannedUntil < activity.plannedFrom )
    throw Refused{ Message::make( MessageCode::PromiseActivityUntilBeforeFrom, activity.plannedFrom,
                                  activity.plannedUntil ) };
  validateStatusAndDate( activity.status, activity.doneDate, options.today );
  if ( activity.areaId )
    requireRow( db, "areas", *activity.areaId, MessageCode::PromiseUnknownArea );
}

void bindPromise( Statement &s, const CitizenPromise &p )
{
  s.bind( 1, p.year ).bind( 2, redacted( p.title ) );
  bindText( s, 3, p.signedDate );
  bindText( s, 4, redacted( p.signedByPolice ) );
  bindText( s, 5, redacted( p.signedByMunicipality ) );
  bindText( s, 6, redacted( p.summary ) );
  bindText( s, 7, redacted( p.lagesbildBasis ) );
  s.bind( 8, utcNowIso() );
}

void bindActivity( Statement &s, const PromiseActivity &a )
{
  s.bind( 1, a.promiseId ).bind( 2, redacted( a.title ) );
  bindText( s, 3, redacted( a.description ) );
  s.bind( 4, a.kind ).bind( 5, a.owner );
  a.plannedCount ? s.bind( 6, *a.plannedCount ) : s.bindNull( 6 );
  bindText( s, 7, a.plannedFrom );
  bindText( s, 8, a.plannedUntil );
  bindText( s, 9, a.doneDate );
  s.bind( 10, a.status );
  a.areaId ? s.bind( 11, *a.areaId ) : s.bindNull( 11 );
  bindText( s, 12, redacted( a.placeName ) );
  bindText( s, 13, redacted( a.note ) );
  s.bind( 14, utcNowIso() );
}

CitizenPromise readPromise( Statement &s )
{
  CitizenPromise p;
  p.fid = s.int64( 0 );
  p.year = static_cast<int>( s.int64( 1 ) );
  p.title = s.text( 2 );
  p.signedDate = s.text( 3 );
  p.signedByPolice = s.text( 4 );
  p.signedByMunicipality = s.text( 5 );
  p.summary = s.text( 6 );
  p.lagesbildBasis = s.text( 7 );
  p.createdAt = s.text( 8 );
  p.updatedAt = s.text( 9 );
  return p;
}

const char *kPromiseColumns =
  "SELECT fid, year, title, signed_date, signed_by_police, signed_by_municipality, "
  "summary, lagesbild_basis, created_at, updated_at FROM citizen_promises";

const char *kActivityColumns =
  "SELECT p.fid, p.promise_id, p.title, p.description, p.kind, p.owner, p.planned_count, p.planned_from, "
  "p.planned_until, p.done_date, p.status, p.area_id, a.name, p.place_name, p.note FROM promise_activities p "
  "LEFT JOIN areas a ON a.fid = p.area_id";

PromiseActivity readActivity( Statement &s )
{
  PromiseActivity a;
  a.fid = s.int64( 0 );
  a.promiseId = s.int64( 1 );
  a.title = s.text( 2 );
  a.description = s.text( 3 );
  a.kind = s.text( 4 );
  a.owner = s.text( 5 );
  if ( !s.isNull( 6 ) )
    a.plannedCount = static_cast<int>( s.int64( 6 ) );
  a.plannedFrom = s.text( 7 );
  a.plannedUntil = s.text( 8 );
  a.doneDate = s.text( 9 );
  a.status = s.text( 10 );
  if ( !s.isNull( 11 ) )
    a.areaId = s.int64( 11 );
  a.areaName = s.text( 12 );
  a.placeName = s.text( 13 );
  a.note = s.text( 14 );
  return a;
}

//! Every row s gives, each read by read.
template <typename Read>
auto allRows( Statement &s, Read read )
{
  std::vector<decltype( read( s ) )> rows;
  while ( s.step() )
    rows.push_back( read( s ) );
  return rows;
}

//! The row of columns + where with fid, read by read; a missing row is refused with missing.
template <typename Read>
auto oneRow( Database &db, const char *columns, const char *where, int64_t fid, MessageCode missing,
             Read read )
{
  Statement s = db.prepare( std::string( columns ) + where );
  s.bind( 1, fid );
  if ( !s.step() )
    throw Refused{ Message::make( missing, fid ) };
  return read( s );
}

std::vector<PromiseLink> readLinks( Database &db, int64_t activityId )
{
  std::vector<PromiseLink> links;
  Statement w =
    db.prepare( "SELECT l.fid, l.walk_id, l.note, w.name, w.walk_date, w.status FROM promise_links l "
                "JOIN safety_walks w ON w.fid = l.walk_id WHERE l.activity_id = ? "
                "ORDER BY w.walk_date IS NULL, w.walk_date, w.fid" );
  w.bind( 1, activityId );
  while ( w.step() )
  {
    PromiseLink link;
    link.fid = w.int64( 0 );
    link.activityId = activityId;
    link.walkId = w.int64( 1 );
    link.note = w.text( 2 );
    link.title = w.text( 3 );
    link.date = w.text( 4 );
    link.status = w.text( 5 );
    link.kind = "walk";
    links.push_back( std::move( link ) );
  }
  Statement a =
    db.prepare( "SELECT l.fid, l.action_id, l.note, a.title, coalesce(a.done_date, a.start_date), "
                "a.status, a.kind FROM promise_links l JOIN actions a ON a.fid = l.action_id "
                "WHERE l.activity_id = ? ORDER BY a.fid" );
  a.bind( 1, activityId );
  while ( a.step() )
  {
    PromiseLink link;
    link.fid = a.int64( 0 );
    link.activityId = activityId;
    link.actionId = a.int64( 1 );
    link.note = a.text( 2 );
    link.title = a.text( 3 );
    link.date = a.text( 4 );
    link.status = a.text( 5 );
    link.kind = a.text( 6 );
    links.push_back( std::move( link ) );
  }
  return links;
}

std::string actionKindSv( const std::string &kind )
{
  static const std::map<std::string, std::string> kLabels = { { "action", "åtgärd" },
                                                              { "patrols", "polispatrullering" },
                                                              { "guards", "ordningsvakter/väktare" },
                                                              { "lighting", "belysning" },
                                                              { "cleaning", "städning/klottersanering" },
                                                              { "pruning", "röjning av växtlighet" },
                                                              { "youth_workers", "fältarbetare" },
                                                              { "cameras", "kamerabevakning" },
                                                              { "other_intervention", "annan insats" } };
  const auto found = kLabels.find( kind );
  return found == kLabels.end() ? kind : found->second;
}

std::string actionStatusSv( const std::string &status )
{
  static const std::map<std::string, std::string> kLabels = { { "proposed", "föreslagen" },
                                                              { "decided", "beslutad" },
                                                              { "in_progress", "pågår" },
                                                              { "done", "klar" },
                                                              { "rejected", "avslagen" } };
  const auto found = kLabels.find( status );
  return found == kLabels.end() ? status : found->second;
}

std::string walkStatusSv( const std::string &status )
{
  static const std::map<std::string, std::string> kLabels = { { "planned", "planerad" },
                                                              { "done", "genomförd" },
                                                              { "followed_up", "uppföljd" },
                                                              { "cancelled", "inställd" } };
  const auto found = kLabels.find( status );
  return found == kLabels.end() ? status : found->second;
}

//! Singular and plural of what an activity counts, and whether the word is neuter.
struct Noun
{
  const char *singular;
  const char *plural;
  bool neuter;
};

Noun nounOf( const std::string &kind )
{
  if ( kind == "safety_walk" )
    return { "trygghetsvandring", "trygghetsvandringar", false };
  if ( kind == "information_meeting" )
    return { "informationsmöte", "informationsmöten", true };
  if ( kind == "patrol" )
    return { "patrullering", "patrulleringar", false };
  if ( kind == "dialogue" )
    return { "dialogmöte", "dialogmöten", true };
  if ( kind == "environment" )
    return { "åtgärd i miljön", "åtgärder i miljön", false };
  return { "aktivitet", "aktiviteter", false };
}

//! "12 mars", with the year when it is not the promise's.
std::string shortDate( const std::string &iso, int year )
{
  if ( !isIsoDate( iso ) )
    return iso;
  const std::string full = swedishDate( iso );
  const std::string suffix = " " + std::to_string( year );
  if ( iso.substr( 0, 4 ) == std::to_string( year ) && full.size() > suffix.size() &&
       full.compare( full.size() - suffix.size(), suffix.size(), suffix ) == 0 )
    return full.substr( 0, full.size() - suffix.size() );
  return full;
}

std::string placeOf( const PromiseActivity &a )
{
  if ( !a.placeName.empty() )
    return a.placeName;
  return a.areaName;
}

//! The plain sentences of the public variant (used in the internal one too, as its summary line).
std::string plainSentences( const ActivityFollowUp &f, int year, const std::string &today )
{
  const PromiseActivity &a = f.activity;
  const Noun noun = nounOf( a.kind );
  const std::string place = placeOf( a );
  const std::string where = place.empty() ? std::string() : " i " + place;
  const bool counted = a.plannedCount.has_value();
  std::vector<std::string> dates;
  for ( const std::string &d : f.doneDates )
    dates.push_back( shortDate( d, year ) );
  const bool yearOver = today > std::to_string( year ) + "-12-31";
  std::string text;
  if ( counted && a.kind != "other" )
    text = "Vi lovade " + swedishCountWord( f.promised, noun.neuter ) + " " +
           ( f.promised == 1 ? noun.singular : noun.plural ) + where + ".";
  else if ( counted )
    text = "Vi lovade " + swedishCountWord( f.promised, noun.neuter ) + " " +
           ( f.promised == 1 ? noun.singular : noun.plural ) + where + ": " + a.title + ".";
  else
    text = "Vi lovade: " + a.title + ( where.empty() ? "" : " (" + place + ")" ) + ".";
  if ( a.status == "cancelled" && f.done == 0 )
    return text + " Den ställdes in.";
  if ( f.done == 0 && counted )
    return text + ( yearOver ? ( noun.neuter ? " Inget blev genomfört." : " Ingen blev genomförd." )
                             : ( noun.neuter ? " Vi har inte genomfört något ännu."
                                             : " Vi har inte genomfört någon ännu." ) );
  if ( f.done == 0 )
    return text + ( yearOver ? " Det blev inte genomfört." : " Det är inte genomfört ännu." );
  if ( counted )
  {
    const bool all = f.done == f.promised && f.done > 1;
    text += " Vi genomförde " + ( all && f.done == 2 ? std::string( "båda" )
                                  : all              ? "alla " + swedishCountWord( f.done, noun.neuter )
                                                     : swedishCountWord( f.done, noun.neuter ) );
    text += dates.empty() ? "." : ": " + joinSwedish( dates ) + ".";
  }
  else
    text += dates.empty() ? " Det är genomfört." : " Det genomfördes " + joinSwedish( dates ) + ".";
  return text;
}

std::string formatIsoDay( int64_t day )
{
  return isoDateOf( day );
}

} // namespace

const std::vector<std::string> &promiseActivityKinds()
{
  static const std::vector<std::string> kKinds = { "safety_walk", "information_meeting", "patrol",
                                                   "dialogue",    "environment",         "other" };
  return kKinds;
}

const std::vector<std::string> &promiseActivityStatuses()
{
  static const std::vector<std::string> kStatuses = { "planned", "in_progress", "done", "cancelled" };
  return kStatuses;
}

const std::vector<std::string> &promiseActivityOwners()
{
  static const std::vector<std::string> kOwners = { "police", "municipality", "both" };
  return kOwners;
}

std::string promiseKindLabelSv( const std::string &kind )
{
  return nounOf( kind ).singular;
}

std::string promiseStatusLabelSv( const std::string &status )
{
  if ( status == "planned" )
    return "planerad";
  if ( status == "in_progress" )
    return "pågår";
  if ( status == "done" )
    return "genomförd";
  if ( status == "cancelled" )
    return "inställd";
  return status;
}

std::string promiseOwnerLabelSv( const std::string &owner )
{
  if ( owner == "police" )
    return "polisen";
  if ( owner == "municipality" )
    return "kommunen";
  if ( owner == "both" )
    return "polisen och kommunen";
  return owner;
}

std::string swedishCountWord( int64_t n, bool neuter )
{
  static const char *const kWords[] = { "noll", "en",   "två", "tre", "fyra", "fem", "sex",
                                        "sju",  "åtta", "nio", "tio", "elva", "tolv" };
  if ( n == 1 && neuter )
    return "ett";
  if ( n >= 0 && n <= 12 )
    return kWords[n];
  return swedishInteger( n );
}

PromiseStore::PromiseStore( Database &db ) : mDb( db ) {}

Expected<int64_t> PromiseStore::create( const CitizenPromise &promise, const PromiseWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      CitizenPromise p = promise;
      p.fid = 0;
      validatePromise( mDb, p );
      Statement s = mDb.prepare( "INSERT INTO citizen_promises (year, title, signed_date, signed_by_police, "
                                 "signed_by_municipality, summary, lagesbild_basis, updated_at, created_at) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)" );
      bindPromise( s, p );
      s.bind( 9, utcNowIso() );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options, "add", "citizen_promises",
             "citizen promise " + std::to_string( fid ) + " for " + std::to_string( p.year ) );
      return fid;
    } );
}

Status PromiseStore::update( const CitizenPromise &promise, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "citizen_promises", promise.fid, MessageCode::PromiseNotFound );
      validatePromise( mDb, promise );
      Statement s = mDb.prepare( "UPDATE citizen_promises SET year = ?, title = ?, signed_date = ?, "
                                 "signed_by_police = ?, signed_by_municipality = ?, summary = ?, "
                                 "lagesbild_basis = ?, updated_at = ? WHERE fid = ?" );
      bindPromise( s, promise );
      s.bind( 9, promise.fid );
      s.run();
      audit( mDb, options, "edit", "citizen_promises", "citizen promise " + std::to_string( promise.fid ) );
      return Done{};
    } );
}

Status PromiseStore::remove( int64_t promiseId, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "citizen_promises", promiseId, MessageCode::PromiseNotFound );
      Statement s = mDb.prepare( "DELETE FROM citizen_promises WHERE fid = ?" );
      s.bind( 1, promiseId );
      s.run();
      audit( mDb, options, "delete", "citizen_promises",
             "citizen promise " + std::to_string( promiseId ) + " with its activities and links" );
      return Done{};
    } );
}

Expected<CitizenPromise> PromiseStore::load( int64_t promiseId )
{
  return refusing<CitizenPromise>( MessageCode::PromiseReadFailed,
                                   [&]
                                   {
                                     return oneRow( mDb, kPromiseColumns, " WHERE fid = ?", promiseId,
                                                    MessageCode::PromiseNotFound, readPromise );
                                   } );
}

Expected<std::vector<CitizenPromise>> PromiseStore::list( std::optional<int> year )
{
  return refusing<std::vector<CitizenPromise>>(
    MessageCode::PromiseReadFailed,
    [&]
    {
      Statement s = mDb.prepare( std::string( kPromiseColumns ) + ( year ? " WHERE year = ?" : "" ) +
                                 " ORDER BY year DESC, title, fid" );
      if ( year )
        s.bind( 1, *year );
      return allRows( s, readPromise );
    } );
}

Expected<int64_t> PromiseStore::addActivity( const PromiseActivity &activity,
                                             const PromiseWriteOptions &options )
{
  return inTransaction<int64_t>( mDb, MessageCode::PromiseSaveFailed,
                                 [&]
                                 {
                                   validateActivity( mDb, activity, options );
                                   Statement s = mDb.prepare(
                                     "INSERT INTO promise_activities (promise_id, title, description, kind, "
                                     "owner, planned_count, planned_from, planned_until, done_date, status, "
                                     "area_id, place_name, note, updated_at, created_at) VALUES (?, ?, ?, ?, "
                                     "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" );
                                   bindActivity( s, activity );
                                   s.bind( 15, utcNowIso() );
                                   s.run();
                                   const int64_t fid = mDb.lastInsertId();
                                   audit( mDb, options, "add", "promise_activities",
                                          "activity " + std::to_string( fid ) + " of citizen promise " +
                                            std::to_string( activity.promiseId ) );
                                   return fid;
                                 } );
}

Status PromiseStore::updateActivity( const PromiseActivity &activity, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activity.fid, MessageCode::PromiseActivityNotFound );
      validateActivity( mDb, activity, options );
      Statement s =
        mDb.prepare( "UPDATE promise_activities SET promise_id = ?, title = ?, description = ?, "
                     "kind = ?, owner = ?, planned_count = ?, planned_from = ?, planned_until = ?, "
                     "done_date = ?, status = ?, area_id = ?, place_name = ?, note = ?, "
                     "updated_at = ? WHERE fid = ?" );
      bindActivity( s, activity );
      s.bind( 15, activity.fid );
      s.run();
      audit( mDb, options, "edit", "promise_activities", "activity " + std::to_string( activity.fid ) );
      return Done{};
    } );
}

Status PromiseStore::removeActivity( int64_t activityId, const PromiseWriteOptions &options )
{
  return inTransaction<Done>( mDb, MessageCode::PromiseSaveFailed,
                              [&]
                              {
                                requireRow( mDb, "promise_activities", activityId,
                                            MessageCode::PromiseActivityNotFound );
                                Statement s = mDb.prepare( "DELETE FROM promise_activities WHERE fid = ?" );
                                s.bind( 1, activityId );
                                s.run();
                                audit( mDb, options, "delete", "promise_activities",
                                       "activity " + std::to_string( activityId ) + " with its links" );
                                return Done{};
                              } );
}

Expected<PromiseActivity> PromiseStore::loadActivity( int64_t activityId )
{
  return refusing<PromiseActivity>( MessageCode::PromiseReadFailed,
                                    [&]
                                    {
                                      return oneRow( mDb, kActivityColumns, " WHERE p.fid = ?", activityId,
                                                     MessageCode::PromiseActivityNotFound, readActivity );
                                    } );
}

Expected<std::vector<PromiseActivity>> PromiseStore::activities( int64_t promiseId )
{
  return refusing<std::vector<PromiseActivity>>(
    MessageCode::PromiseReadFailed,
    [&]
    {
      requireRow( mDb, "citizen_promises", promiseId, MessageCode::PromiseNotFound );
      Statement s = mDb.prepare( std::string( kActivityColumns ) + " WHERE p.promise_id = ? ORDER BY p.fid" );
      s.bind( 1, promiseId );
      return allRows( s, readActivity );
    } );
}

Status PromiseStore::setActivityStatus( int64_t activityId, const std::string &status,
                                        const std::string &doneDate, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activityId, MessageCode::PromiseActivityNotFound );
      validateStatusAndDate( status, doneDate, options.today );
      Statement s = mDb.prepare(
        "UPDATE promise_activities SET status = ?, done_date = ?, updated_at = ? WHERE fid = ?" );
      s.bind( 1, status );
      bindText( s, 2, doneDate );
      s.bind( 3, utcNowIso() ).bind( 4, activityId );
      s.run();
      audit( mDb, options, "status", "promise_activities",
             "activity " + std::to_string( activityId ) + " → " + status +
               ( doneDate.empty() ? std::string() : " " + doneDate ) );
      return Done{};
    } );
}

Expected<int64_t> PromiseStore::linkWalk( int64_t activityId, int64_t walkId, const std::string &note,
                                          const PromiseWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activityId, MessageCode::PromiseActivityNotFound );
      requireRow( mDb, "safety_walks", walkId, MessageCode::WalkNotFound );
      Statement dup = mDb.prepare( "SELECT 1 FROM promise_links WHERE activity_id = ? AND walk_id = ?" );
      dup.bind( 1, activityId ).bind( 2, walkId );
      if ( dup.step() )
        throw Refused{ Message::make( MessageCode::PromiseWalkLinkedAlready, activityId, walkId ) };
      Statement s = mDb.prepare( "INSERT INTO promise_links (activity_id, walk_id, note) VALUES (?, ?, ?)" );
      s.bind( 1, activityId ).bind( 2, walkId );
      bindText( s, 3, redacted( note ) );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options, "link", "promise_links",
             "safety walk " + std::to_string( walkId ) + " → activity " + std::to_string( activityId ) );
      return fid;
    } );
}

Expected<int64_t> PromiseStore::linkAction( int64_t activityId, int64_t actionId, const std::string &note,
                                            const PromiseWriteOptions &options )
{
  return inTransaction<int64_t>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activityId, MessageCode::PromiseActivityNotFound );
      requireRow( mDb, "actions", actionId, MessageCode::PromiseUnknownAction );
      Statement dup = mDb.prepare( "SELECT 1 FROM promise_links WHERE activity_id = ? AND action_id = ?" );
      dup.bind( 1, activityId ).bind( 2, actionId );
      if ( dup.step() )
        throw Refused{ Message::make( MessageCode::PromiseActionLinkedAlready, activityId, actionId ) };
      Statement s =
        mDb.prepare( "INSERT INTO promise_links (activity_id, action_id, note) VALUES (?, ?, ?)" );
      s.bind( 1, activityId ).bind( 2, actionId );
      bindText( s, 3, redacted( note ) );
      s.run();
      const int64_t fid = mDb.lastInsertId();
      audit( mDb, options, "link", "promise_links",
             "action " + std::to_string( actionId ) + " → activity " + std::to_string( activityId ) );
      return fid;
    } );
}

Status PromiseStore::unlinkWalk( int64_t activityId, int64_t walkId, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activityId, MessageCode::PromiseActivityNotFound );
      Statement s = mDb.prepare( "DELETE FROM promise_links WHERE activity_id = ? AND walk_id = ?" );
      s.bind( 1, activityId ).bind( 2, walkId );
      s.run();
      if ( mDb.changes() == 0 )
        throw Refused{ Message::make( MessageCode::PromiseWalkNotLinked, activityId, walkId ) };
      audit( mDb, options, "unlink", "promise_links",
             "safety walk " + std::to_string( walkId ) + " from activity " + std::to_string( activityId ) );
      return Done{};
    } );
}

Status PromiseStore::unlinkAction( int64_t activityId, int64_t actionId, const PromiseWriteOptions &options )
{
  return inTransaction<Done>(
    mDb, MessageCode::PromiseSaveFailed,
    [&]
    {
      requireRow( mDb, "promise_activities", activityId, MessageCode::PromiseActivityNotFound );
      Statement s = mDb.prepare( "DELETE FROM promise_links WHERE activity_id = ? AND action_id = ?" );
      s.bind( 1, activityId ).bind( 2, actionId );
      s.run();
      if ( mDb.changes() == 0 )
        throw Refused{ Message::make( MessageCode::PromiseActionNotLinked, activityId, actionId ) };
      audit( mDb, options, "unlink", "promise_links",
             "action " + std::to_string( actionId ) + " from activity " + std::to_string( activityId ) );
      return Done{};
    } );
}

Expected<std::vector<PromiseLink>> PromiseStore::links( int64_t activityId )
{
  try
  {
    Statement exists = mDb.prepare( "SELECT 1 FROM promise_activities WHERE fid = ?" );
    exists.bind( 1, activityId );
    if ( !exists.step() )
      return Error( MessageCode::PromiseActivityNotFound, activityId );
    return readLinks( mDb, activityId );
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::PromiseReadFailed, e.what() );
  }
}

// ---------------------------------------------------------------------------------------------------------
// The yearly follow-up
// ---------------------------------------------------------------------------------------------------------

namespace
{

struct GroupLookup
{
  std::vector<std::pair<std::string, std::string>> groups; //!< code, Swedish label, in order
  std::map<std::string, std::string> groupOfCategory;
};

GroupLookup groupLookup( Database &db )
{
  GroupLookup lookup;
  auto vocabulary = readVocabulary( db );
  if ( !vocabulary )
    return lookup;
  for ( const VocabularyEntry &g : vocabulary->groups )
    lookup.groups.emplace_back( g.code, g.labelSv );
  for ( const Category &c : vocabulary->categories )
    lookup.groupOfCategory[c.code] = c.group;
  return lookup;
}

//! Counts per group of the incidents in the area between two local days (until inclusive), by midpoint.
Expected<std::map<std::string, int64_t>> countByGroup( ProjectFile &project, int64_t areaId, int64_t fromDay,
                                                       int64_t untilDay, const GroupLookup &lookup )
{
  Selection selection;
  selection.area = std::to_string( areaId );
  int y = 0, m = 0, d = 0;
  civilFromDays( fromDay, y, m, d );
  selection.fromUtc = stockholmToUtc( y, m, d, 0, 0, 0 );
  civilFromDays( untilDay + 1, y, m, d );
  selection.untilUtc = stockholmToUtc( y, m, d, 0, 0, 0 );
  selection.intervalRule = IntervalRule::Midpoint;
  auto incidents = selectIncidents( project, selection );
  if ( !incidents )
    return Error{ incidents.error() };
  std::map<std::string, int64_t> counts;
  for ( const SelectedIncident &incident : *incidents )
  {
    const auto group = lookup.groupOfCategory.find( incident.category );
    counts[group == lookup.groupOfCategory.end() ? incident.category : group->second] += 1;
  }
  return counts;
}

//! The same day a year earlier (29 February as 28 February).
int64_t dayYearBefore( int64_t day )
{
  int y = 0, m = 0, d = 0;
  civilFromDays( day, y, m, d );
  if ( m == 2 && d == 29 )
    d = 28;
  return daysFromCivil( y - 1, m, d );
}

void suppressColumn( std::vector<FollowUpCount *> cells, FollowUpCount &total, int minCount )
{
  std::vector<int64_t> counts;
  for ( const FollowUpCount *c : cells )
    counts.push_back( c->value );
  const std::vector<bool> hidden = suppressCounts( counts, minCount, true );
  for ( size_t i = 0; i < cells.size(); ++i )
    if ( hidden[i] )
    {
      cells[i]->complementary = cells[i]->value >= minCount;
      cells[i]->value = 0;
      cells[i]->suppressed = true;
    }
  if ( total.value > 0 && total.value < minCount )
  {
    total.value = 0;
    total.suppressed = true;
  }
  else if ( !hiddenCountsSafe( counts, hidden, minCount ) )
  {
    total.value = 0;
    total.suppressed = true;
    total.complementary = true;
  }
}

Expected<FollowUpPlaceFigures> placeFigures( ProjectFile &project, const PromiseActivity &activity, int year,
                                             const std::string &today, const FollowUpOptions &options,
                                             const GroupLookup &lookup )
{
  FollowUpPlaceFigures figures;
  figures.areaId = *activity.areaId;
  figures.areaName = activity.areaName;
  const int64_t fromDay = daysFromCivil( year, 1, 1 );
  int64_t untilDay = daysFromCivil( year, 12, 31 );
  if ( const auto todayDay = parseIsoDate( today ) )
    untilDay = std::max( fromDay, std::min( untilDay, *todayDay ) );
  const int64_t lastFrom = dayYearBefore( fromDay );
  const int64_t lastUntil = dayYearBefore( untilDay );
  figures.fromDate = formatIsoDay( fromDay );
  figures.untilDate = formatIsoDay( untilDay );
  figures.lastYearFromDate = formatIsoDay( lastFrom );
  figures.lastYearUntilDate = formatIsoDay( lastUntil );
  auto now = countByGroup( project, figures.areaId, fromDay, untilDay, lookup );
  if ( !now )
    return Error{ now.error() };
  auto before = countByGroup( project, figures.areaId, lastFrom, lastUntil, lookup );
  if ( !before )
    return Error{ before.error() };
  std::vector<std::pair<std::string, std::string>> order = lookup.groups;
  for ( const auto *counts : { &*now, &*before } )
    for ( const auto &entry : *counts )
      if ( std::none_of( order.begin(), order.end(),
                         [&]( const auto &g ) { return g.first == entry.first; } ) )
        order.emplace_back( entry.first, entry.first );
  for ( const auto &group : order )
  {
    const auto n = now->find( group.first );
    const auto b = before->find( group.first );
    if ( n == now->end() && b == before->end() )
      continue;
    FollowUpGroupRow row;
    row.code = group.first;
    row.label = group.second;
    row.thisYear.value = n == now->end() ? 0 : n->second;
    row.lastYear.value = b == before->end() ? 0 : b->second;
    figures.total.value += row.thisYear.value;
    figures.totalLastYear.value += row.lastYear.value;
    figures.groups.push_back( std::move( row ) );
  }
  if ( options.publicMode )
  {
    std::vector<FollowUpCount *> thisYear, lastYear;
    for ( FollowUpGroupRow &row : figures.groups )
    {
      thisYear.push_back( &row.thisYear );
      lastYear.push_back( &row.lastYear );
    }
    suppressColumn( thisYear, figures.total, options.minCount );
    suppressColumn( lastYear, figures.totalLastYear, options.minCount );
  }
  return figures;
}

} // namespace

Expected<std::vector<PromiseFollowUp>> buildPromiseFollowUps( ProjectFile &project, int year,
                                                              const FollowUpOptions &options )
{
  if ( year < 2000 || year > 2100 )
    return Error( MessageCode::PromiseBadYear, year );
  const std::string today = options.today.empty() ? todayStockholm() : options.today;
  if ( !isIsoDate( today ) )
    return Error( MessageCode::PromiseBadDate, today );
  PromiseStore store( project.db() );
  auto promises = store.list( year );
  if ( !promises )
    return Error{ promises.error() };
  if ( promises->empty() )
    return Error( MessageCode::PromiseNoneForYear, year );
  try
  {
    const GroupLookup lookup = groupLookup( project.db() );
    std::vector<PromiseFollowUp> result;
    for ( const CitizenPromise &promise : *promises )
    {
      PromiseFollowUp followUp;
      followUp.promise = promise;
      auto activities = store.activities( promise.fid );
      if ( !activities )
        return Error{ activities.error() };
      for ( const PromiseActivity &activity : *activities )
      {
        ActivityFollowUp f;
        f.activity = activity;
        f.promised = activity.plannedCount.value_or( 1 );
        const std::vector<PromiseLink> links = readLinks( project.db(), activity.fid );
        for ( const PromiseLink &link : links )
        {
          FollowUpItem item;
          item.isWalk = link.walkId.has_value();
          item.fid = item.isWalk ? *link.walkId : *link.actionId;
          item.title = options.publicMode ? std::string() : link.title;
          item.date = link.date;
          item.status = link.status;
          item.statusSv = item.isWalk ? walkStatusSv( link.status ) : actionStatusSv( link.status );
          item.kindSv = item.isWalk ? std::string( "trygghetsvandring" ) : actionKindSv( link.kind );
          item.done =
            item.isWalk ? ( link.status == "done" || link.status == "followed_up" ) : link.status == "done";
          if ( item.done )
          {
            ++f.done;
            if ( !item.date.empty() )
              f.doneDates.push_back( item.date );
          }
          f.items.push_back( std::move( item ) );
        }
        if ( links.empty() && activity.status == "done" )
        {
          f.done = f.promised;
          if ( !activity.doneDate.empty() )
            f.doneDates.push_back( activity.doneDate );
        }
        std::sort( f.doneDates.begin(), f.doneDates.end() );
        const Noun noun = nounOf( activity.kind );
        f.countText = std::to_string( f.done ) + " av " + std::to_string( f.promised ) + " " +
                      ( f.promised == 1 ? noun.singular : noun.plural ) + " " +
                      ( f.promised > 1 ? "genomförda"
                        : noun.neuter  ? "genomfört"
                                       : "genomförd" );
        if ( options.publicMode )
        {
          f.activity.note.clear();
          f.activity.description.clear();
        }
        f.plainText = plainSentences( f, year, today );
        if ( activity.areaId )
        {
          auto figures = placeFigures( project, activity, year, today, options, lookup );
          if ( !figures )
            return Error{ figures.error() };
          f.figures = std::move( *figures );
        }
        const std::string &status = activity.status;
        ( status == "done"          ? followUp.activitiesDone
          : status == "in_progress" ? followUp.activitiesInProgress
          : status == "cancelled"   ? followUp.activitiesCancelled
                                    : followUp.activitiesPlanned ) += 1;
        followUp.activities.push_back( std::move( f ) );
      }
      result.push_back( std::move( followUp ) );
    }
    return result;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::PromiseReadFailed, e.what() );
  }
}

namespace
{
std::string countCell( const FollowUpCount &c, int minCount )
{
  if ( c.suppressed && c.complementary )
    return "dolt (så att små antal inte kan räknas fram)";
  return c.suppressed ? "färre än " + std::to_string( minCount ) : swedishInteger( c.value );
}
} // namespace

std::string promiseFollowUpText( const std::vector<PromiseFollowUp> &followUps, bool publicMode,
                                 int minCount )
{
  std::ostringstream out;
  for ( const PromiseFollowUp &f : followUps )
  {
    const CitizenPromise &p = f.promise;
    if ( p.title.rfind( "Medborgarlöfte", 0 ) == 0 )
      out << p.title << "\n";
    else
      out << "Medborgarlöfte " << p.year << ": " << p.title << "\n";
    if ( !p.signedDate.empty() || !p.signedByPolice.empty() || !p.signedByMunicipality.empty() )
    {
      std::vector<std::string> who;
      if ( !p.signedByPolice.empty() )
        who.push_back( p.signedByPolice );
      if ( !p.signedByMunicipality.empty() )
        who.push_back( p.signedByMunicipality );
      out << "Undertecknat" << ( p.signedDate.empty() ? "" : " " + swedishDate( p.signedDate ) )
          << ( who.empty() ? "" : " av " + joinSwedish( who ) ) << ".\n";
    }
    if ( !p.summary.empty() )
      out << p.summary << "\n";
    if ( !p.lagesbildBasis.empty() )
      out << "Bygger på lägesbilden: " << p.lagesbildBasis << "\n";
    out << "Aktiviteter: " << f.activities.size() << " (genomförda " << f.activitiesDone << ", pågår "
        << f.activitiesInProgress << ", planerade " << f.activitiesPlanned << ", inställda "
        << f.activitiesCancelled << ")\n";
    for ( const ActivityFollowUp &a : f.activities )
    {
      const PromiseActivity &act = a.activity;
      out << "\n";
      if ( publicMode )
      {
        out << "- " << a.plainText << "\n";
      }
      else
      {
        out << "[" << act.fid << "] " << act.title << " (" << promiseKindLabelSv( act.kind ) << ", "
            << promiseOwnerLabelSv( act.owner ) << ", " << promiseStatusLabelSv( act.status )
            << ( act.doneDate.empty() ? "" : " " + act.doneDate ) << ")\n";
        std::string planned = !act.plannedCount || *act.plannedCount == 1
                                ? std::string( "en gång" )
                                : std::to_string( *act.plannedCount ) + " gånger";
        if ( !act.plannedFrom.empty() || !act.plannedUntil.empty() )
          planned += ", " + ( act.plannedFrom.empty() ? std::string( "…" ) : act.plannedFrom ) + " – " +
                     ( act.plannedUntil.empty() ? std::string( "…" ) : act.plannedUntil );
        const std::string place = placeOf( act );
        out << "  Utlovat: " << planned << ( place.empty() ? "" : ", " + place ) << "\n";
        if ( !act.description.empty() )
          out << "  Beskrivning: " << act.description << "\n";
        out << "  Genomfört: " << a.countText << "\n";
        for ( const FollowUpItem &item : a.items )
          out << "    " << ( item.isWalk ? "vandring " : "åtgärd " ) << item.fid << ": " << item.title << ", "
              << ( item.date.empty() ? std::string( "inget datum" ) : item.date ) << ", " << item.statusSv
              << ( item.isWalk ? "" : " (" + item.kindSv + ")" ) << "\n";
        if ( !act.note.empty() )
          out << "  Anteckning (intern): " << act.note << "\n";
        out << "  " << a.plainText << "\n";
      }
      if ( a.figures )
      {
        const FollowUpPlaceFigures &fig = *a.figures;
        out << "  Lägesbild " << fig.areaName << ": " << fig.fromDate << " – " << fig.untilDate << " mot "
            << fig.lastYearFromDate << " – " << fig.lastYearUntilDate << "\n";
        out << "    Totalt: " << countCell( fig.total, minCount ) << " (året före "
            << countCell( fig.totalLastYear, minCount ) << ")\n";
        for ( const FollowUpGroupRow &row : fig.groups )
          out << "    " << row.label << ": " << countCell( row.thisYear, minCount ) << " (året före "
              << countCell( row.lastYear, minCount ) << ")\n";
      }
    }
    out << "\n";
  }
  if ( publicMode )
    out << "Antal under " << minCount
        << " redovisas inte, och inte heller antal som annars skulle gå att räkna "
           "fram ur summan.\n";
  return out.str();
}

} // namespace tryggkarta

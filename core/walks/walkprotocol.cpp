#include "walkprotocol.h"

#include "actionstore.h"

#include "database.h"
#include "geometryblob.h"
#include "projectfile.h"
#include "textscreening.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numeric>
#include <set>

namespace tryggkarta
{

namespace
{

std::string screenedText( const std::string &text )
{
  const ScreeningResult result = screenText( text );
  return result.clean() ? text : redact( text, result );
}

//! The walk's observations, grouped by stop fid (0: at no stop).
std::map<int64_t, std::vector<StopRating>> ratingsByStop( Database &db, int64_t walkId )
{
  std::map<int64_t, std::vector<StopRating>> byStop;
  Statement s = db.prepare(
    "SELECT o.fid, o.stop_id, o.checklist_item, c.label_sv, o.rating, o.positive, o.note, o.proposed_action, "
    "o.responsible, o.action_deadline, o.light_condition, o.draft FROM observations o LEFT JOIN "
    "checklist_items "
    "c ON c.code = o.checklist_item WHERE o.walk_id = ? ORDER BY coalesce(c.sort_order, 1e9), o.fid" );
  s.bind( 1, walkId );
  Statement photos = db.prepare( "SELECT fid FROM walk_photos WHERE observation_id = ? ORDER BY fid" );
  while ( s.step() )
  {
    StopRating r;
    r.observationFid = s.int64( 0 );
    r.checklistItem = s.text( 2 );
    r.checklistItemLabel = s.text( 3 );
    if ( !s.isNull( 4 ) )
      r.rating = static_cast<int>( s.int64( 4 ) );
    if ( !s.isNull( 5 ) )
      r.positive = s.int64( 5 ) != 0;
    r.note = screenedText( s.text( 6 ) );
    r.proposedAction = screenedText( s.text( 7 ) );
    r.responsible = screenedText( s.text( 8 ) );
    r.deadline = s.text( 9 );
    r.light = s.text( 10 );
    r.draft = s.int64( 11 ) != 0;
    photos.bind( 1, r.observationFid );
    while ( photos.step() )
      r.photos.push_back( photos.int64( 0 ) );
    photos.reset();
    r.actions = actionsOfObservation( db, r.observationFid );
    byStop[s.isNull( 1 ) ? 0 : s.int64( 1 )].push_back( std::move( r ) );
  }
  return byStop;
}

std::optional<double> meanRating( const std::vector<StopRating> &ratings )
{
  double sum = 0;
  int n = 0;
  for ( const StopRating &r : ratings )
    if ( r.rating && !r.draft )
    {
      sum += *r.rating;
      ++n;
    }
  if ( n == 0 )
    return std::nullopt;
  return sum / n;
}

std::vector<double> averageRanks( const std::vector<double> &values )
{
  std::vector<size_t> order( values.size() );
  std::iota( order.begin(), order.end(), 0 );
  std::stable_sort( order.begin(), order.end(), [&]( size_t a, size_t b ) { return values[a] < values[b]; } );
  std::vector<double> ranks( values.size() );
  for ( size_t i = 0; i < order.size(); )
  {
    size_t j = i;
    while ( j + 1 < order.size() && values[order[j + 1]] == values[order[i]] )
      ++j;
    const double rank = ( static_cast<double>( i ) + static_cast<double>( j ) ) / 2 + 1;
    for ( size_t k = i; k <= j; ++k )
      ranks[order[k]] = rank;
    i = j + 1;
  }
  return ranks;
}

} // namespace

std::optional<double> spearman( const std::vector<double> &x, const std::vector<double> &y )
{
  if ( x.size() != y.size() || x.size() < 3 )
    return std::nullopt;
  const std::vector<double> rx = averageRanks( x ), ry = averageRanks( y );
  const double n = static_cast<double>( x.size() );
  const double mx = std::accumulate( rx.begin(), rx.end(), 0.0 ) / n;
  const double my = std::accumulate( ry.begin(), ry.end(), 0.0 ) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for ( size_t i = 0; i < rx.size(); ++i )
  {
    sxy += ( rx[i] - mx ) * ( ry[i] - my );
    sxx += ( rx[i] - mx ) * ( rx[i] - mx );
    syy += ( ry[i] - my ) * ( ry[i] - my );
  }
  if ( sxx <= 0 || syy <= 0 )
    return std::nullopt;
  return sxy / std::sqrt( sxx * syy );
}

Expected<std::vector<FeelingCorrelation>> feelingCorrelations( Database &db )
{
  try
  {
    // Mean rating per (walk, stop, item); a stop is the walk's stop, or for observations at no stop the
    // observation itself (it cannot be paired then, as the feeling was rated at a stop).
    struct Key
    {
      int64_t walk, stop;
      bool operator<( const Key &o ) const { return walk != o.walk ? walk < o.walk : stop < o.stop; }
    };
    std::map<Key, std::map<std::string, std::pair<double, int>>> ratings;
    Statement s =
      db.prepare( "SELECT walk_id, stop_id, checklist_item, rating FROM observations WHERE draft = 0 "
                  "AND walk_id IS NOT NULL AND stop_id IS NOT NULL AND rating IS NOT NULL AND "
                  "checklist_item IS NOT NULL" );
    while ( s.step() )
    {
      auto &cell = ratings[{ s.int64( 0 ), s.int64( 1 ) }][s.text( 2 )];
      cell.first += static_cast<double>( s.int64( 3 ) );
      ++cell.second;
    }
    Expected<Vocabulary> vocabulary = readVocabulary( db );
    if ( !vocabulary )
      return Error{ vocabulary.error() };
    std::vector<FeelingCorrelation> result;
    for ( const VocabularyEntry &item : vocabulary->checklistItems )
    {
      if ( item.code == "helhetsintryck" )
        continue;
      std::vector<double> x, y;
      std::set<int64_t> walks;
      for ( const auto &[key, items] : ratings )
      {
        const auto feeling = items.find( "helhetsintryck" );
        const auto rated = items.find( item.code );
        if ( feeling == items.end() || rated == items.end() )
          continue;
        x.push_back( rated->second.first / rated->second.second );
        y.push_back( feeling->second.first / feeling->second.second );
        walks.insert( key.walk );
      }
      const auto rho = spearman( x, y );
      if ( !rho )
        continue;
      FeelingCorrelation c;
      c.checklistItem = item.code;
      c.label = item.labelSv;
      c.rho = *rho;
      c.pairs = static_cast<int>( x.size() );
      c.walks = static_cast<int>( walks.size() );
      result.push_back( std::move( c ) );
    }
    std::stable_sort( result.begin(), result.end(),
                      []( const FeelingCorrelation &a, const FeelingCorrelation &b )
                      { return a.rho > b.rho; } );
    return result;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<WalkProtocol> buildProtocol( ProjectFile &project, int64_t walkId )
{
  Database &db = project.db();
  WalkStore store( db );
  Expected<Walk> walk = store.load( walkId );
  if ( !walk )
    return Error{ walk.error() };
  Expected<std::vector<WalkStop>> stops = store.stops( walkId );
  if ( !stops )
    return Error{ stops.error() };
  try
  {
    WalkProtocol protocol;
    protocol.walk = std::move( *walk );
    screenForPrint( protocol.walk, *stops );
    protocol.organisation = project.metaValue( "organisation" );
    Expected<Vocabulary> vocabulary = readVocabulary( db );
    if ( !vocabulary )
      return Error{ vocabulary.error() };
    protocol.checklist = vocabulary->checklistItems;

    for ( const WalkOrganisation &o : protocol.walk.organisations )
      protocol.participantsTotal += o.participants.value_or( 0 );
    if ( protocol.participantsTotal == 0 && protocol.walk.participants )
      protocol.participantsTotal = *protocol.walk.participants;

    auto byStop = ratingsByStop( db, walkId );
    std::map<std::string, ItemCount> counts;
    for ( const WalkStop &stop : *stops )
    {
      ProtocolStop ps;
      ps.stop = stop;
      ps.ratings = std::move( byStop[stop.fid] );
      ps.meanRating = meanRating( ps.ratings );
      protocol.stops.push_back( std::move( ps ) );
    }
    protocol.unplaced = std::move( byStop[0] );
    for ( const auto &entry : byStop )
    {
      const std::int64_t stopFid = entry.first;
      if ( stopFid != 0 && std::none_of( stops->begin(), stops->end(),
                                         [stopFid]( const WalkStop &s ) { return s.fid == stopFid; } ) )
        protocol.unplaced.insert( protocol.unplaced.end(), entry.second.begin(), entry.second.end() );
    }

    auto countFindings = [&]( const std::vector<StopRating> &ratings )
    {
      for ( const StopRating &r : ratings )
      {
        if ( r.draft || r.checklistItem.empty() || r.checklistItem == "helhetsintryck" )
          continue;
        const bool negative = r.positive ? !*r.positive : ( r.rating && *r.rating <= 1 );
        if ( !negative )
          continue;
        ItemCount &c = counts[r.checklistItem];
        c.checklistItem = r.checklistItem;
        c.label = r.checklistItemLabel;
        ++c.count;
      }
      for ( const StopRating &r : ratings )
        protocol.photoCount += static_cast<int>( r.photos.size() );
    };
    for ( const ProtocolStop &ps : protocol.stops )
      countFindings( ps.ratings );
    countFindings( protocol.unplaced );
    for ( auto &[code, count] : counts )
      protocol.mostOften.push_back( count );
    std::stable_sort( protocol.mostOften.begin(), protocol.mostOften.end(),
                      []( const ItemCount &a, const ItemCount &b ) { return a.count > b.count; } );

    std::vector<const ProtocolStop *> rated;
    for ( const ProtocolStop &ps : protocol.stops )
      if ( ps.meanRating )
        rated.push_back( &ps );
    std::stable_sort( rated.begin(), rated.end(),
                      []( const ProtocolStop *a, const ProtocolStop *b )
                      { return *a->meanRating < *b->meanRating; } );
    for ( size_t i = 0; i < rated.size() && i < 3; ++i )
      protocol.worstStops.push_back( rated[i]->stop.number );

    // A repeat walk: each stop against the earlier walk's stop (same number, else the nearest within 75 m).
    if ( protocol.walk.repeatOf )
    {
      Expected<Walk> earlier = store.load( *protocol.walk.repeatOf );
      if ( earlier )
      {
        Expected<std::vector<WalkStop>> earlierStops = store.stops( earlier->fid );
        auto earlierRatings = ratingsByStop( db, earlier->fid );
        if ( earlierStops )
          for ( ProtocolStop &ps : protocol.stops )
          {
            const WalkStop *match = nullptr;
            for ( const WalkStop &e : *earlierStops )
              if ( e.number == ps.stop.number && std::hypot( e.x - ps.stop.x, e.y - ps.stop.y ) <= 75 )
                match = &e;
            if ( !match )
            {
              double best = 75;
              for ( const WalkStop &e : *earlierStops )
              {
                const double d = std::hypot( e.x - ps.stop.x, e.y - ps.stop.y );
                if ( d <= best )
                {
                  best = d;
                  match = &e;
                }
              }
            }
            if ( !match )
              continue;
            ps.earlierStop = *match;
            const std::vector<StopRating> &then = earlierRatings[match->fid];
            std::vector<std::string> items;
            for ( const VocabularyEntry &item : protocol.checklist )
            {
              RatingThenNow row;
              row.checklistItem = item.code;
              row.checklistItemLabel = item.labelSv;
              auto mean = [&]( const std::vector<StopRating> &ratings ) -> std::optional<int>
              {
                double sum = 0;
                int n = 0;
                for ( const StopRating &r : ratings )
                  if ( r.checklistItem == item.code && r.rating && !r.draft )
                  {
                    sum += *r.rating;
                    ++n;
                  }
                if ( n == 0 )
                  return std::nullopt;
                return static_cast<int>( std::lround( sum / n ) );
              };
              row.then = mean( then );
              row.now = mean( ps.ratings );
              for ( const StopRating &r : then )
                if ( r.checklistItem == item.code )
                  row.actionsBetween.insert( row.actionsBetween.end(), r.actions.begin(), r.actions.end() );
              if ( row.then || row.now || !row.actionsBetween.empty() )
                ps.thenNow.push_back( std::move( row ) );
            }
          }
        protocol.earlier = std::move( *earlier );
      }
    }

    Expected<std::vector<FeelingCorrelation>> correlations = feelingCorrelations( db );
    if ( correlations )
      protocol.correlations = std::move( *correlations );
    return protocol;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<int64_t> createActionFromObservation( Database &db, int64_t observationFid,
                                               const std::string &actor )
{
  try
  {
    Transaction transaction( db );
    Statement s =
      db.prepare( "SELECT o.proposed_action, o.responsible, o.action_deadline, w.area_id, o.note, o.draft "
                  "FROM observations o LEFT JOIN safety_walks w ON w.fid = o.walk_id WHERE o.fid = ?" );
    s.bind( 1, observationFid );
    if ( !s.step() )
      return Error( MessageCode::EditNoSuchObservation, observationFid );
    if ( s.int64( 5 ) != 0 )
      return Error( MessageCode::WalkActionFromDraft, observationFid );
    const std::string proposed = s.text( 0 );
    if ( proposed.find_first_not_of( " \t\r\n" ) == std::string::npos )
      return Error( MessageCode::WalkNothingProposed, observationFid );
    Statement existing =
      db.prepare( "SELECT fid FROM actions WHERE observation_id = ? ORDER BY fid LIMIT 1" );
    existing.bind( 1, observationFid );
    if ( existing.step() )
      return Error( MessageCode::WalkActionExists, observationFid, existing.int64( 0 ) );
    const std::string now = utcNowIso();
    Statement insert =
      db.prepare( "INSERT INTO actions (title, description, observation_id, area_id, "
                  "responsible_organisation, deadline, status, created_at, updated_at) VALUES "
                  "(?, ?, ?, ?, ?, ?, 'proposed', ?, ?)" );
    insert.bind( 1, screenedText( proposed ) );
    const std::string note = screenedText( s.text( 4 ) );
    note.empty() ? insert.bindNull( 2 ) : insert.bind( 2, note );
    insert.bind( 3, observationFid );
    s.isNull( 3 ) ? insert.bindNull( 4 ) : insert.bind( 4, s.int64( 3 ) );
    const std::string responsible = screenedText( s.text( 1 ) );
    responsible.empty() ? insert.bindNull( 5 ) : insert.bind( 5, responsible );
    s.isNull( 2 ) ? insert.bindNull( 6 ) : insert.bind( 6, s.text( 2 ) );
    insert.bind( 7, now ).bind( 8, now );
    s.reset();
    insert.run();
    const int64_t fid = db.lastInsertId();
    // Its status history starts here, like every action's (actionstore.h).
    Statement history =
      db.prepare( "INSERT INTO action_status_history (action_id, from_status, to_status, "
                  "effective_date, changed_at, actor, note) VALUES (?, NULL, 'proposed', ?, ?, ?, ?)" );
    history.bind( 1, fid ).bind( 2, todayInStockholm() ).bind( 3, now );
    actor.empty() ? history.bindNull( 4 ) : history.bind( 4, actor );
    history.bind( 5, "från observation " + std::to_string( observationFid ) );
    history.run();
    Statement audit = db.prepare( "INSERT INTO audit_log (at, actor, action, table_name, row_count, details) "
                                  "VALUES (?, ?, 'add', 'actions', 1, ?)" );
    audit.bind( 1, now );
    actor.empty() ? audit.bindNull( 2 ) : audit.bind( 2, actor );
    audit.bind( 3,
                "action " + std::to_string( fid ) + " from observation " + std::to_string( observationFid ) );
    audit.run();
    transaction.commit();
    return fid;
  }
  catch ( const DamagedFileError &damaged )
  {
    return Error{ damaged.message };
  }
  catch ( const SqlError &e )
  {
    if ( auto full = writeFailureMessage( e, db.path() ) )
      return Error{ *full };
    return Error( MessageCode::WalkSaveFailed, e.what() );
  }
}

Expected<std::vector<int64_t>> photosOfObservation( Database &db, int64_t observationFid )
{
  try
  {
    Statement s = db.prepare( "SELECT fid FROM walk_photos WHERE observation_id = ? ORDER BY fid" );
    s.bind( 1, observationFid );
    std::vector<int64_t> fids;
    while ( s.step() )
      fids.push_back( s.int64( 0 ) );
    return fids;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

Expected<WalkPhoto> readWalkPhoto( Database &db, int64_t photoFid, bool thumbnailOnly )
{
  try
  {
    Statement s = db.prepare( std::string( "SELECT fid, file_name, taken_at, thumbnail, width, height" ) +
                              ( thumbnailOnly ? "" : ", data" ) + " FROM walk_photos WHERE fid = ?" );
    s.bind( 1, photoFid );
    if ( !s.step() )
      return Error( MessageCode::WalkPhotoNotFound, photoFid );
    WalkPhoto photo;
    photo.fid = s.int64( 0 );
    photo.fileName = s.text( 1 );
    photo.takenAt = s.text( 2 );
    photo.thumbnail = s.blob( 3 );
    photo.width = static_cast<int>( s.int64( 4 ) );
    photo.height = static_cast<int>( s.int64( 5 ) );
    if ( !thumbnailOnly )
      photo.data = s.blob( 6 );
    return photo;
  }
  catch ( const SqlError &e )
  {
    return Error( MessageCode::WalkReadFailed, e.what() );
  }
}

} // namespace tryggkarta

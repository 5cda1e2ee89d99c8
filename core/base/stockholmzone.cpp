#include "stockholmzone.h"

#include "calendar.h"

#include <date/ptz.h>
#include <date/tz.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

// Howard Hinnant's date library (the basis of C++20's time zones) reads Europe/Stockholm from the system's
// compiled tz files. Its transitions are read once into a table that all later conversions search: a lookup
// per imported row then costs a short binary search instead of the library's own lookups (two for a local
// time), and the table, built under a function-local static, is safe to read from any thread.

namespace tryggkarta
{
namespace
{

constexpr const char *kZone = "Europe/Stockholm";

//! The zone's offsets: offsets[i] seconds east of UTC from starts[i] until starts[i + 1].
struct ZoneTable
{
  std::vector<int64_t> starts; //!< ascending; starts[0] stands for the beginning of time
  std::vector<int32_t> offsets;

  void add( int64_t start, int64_t offset )
  {
    if ( !offsets.empty() && offsets.back() == offset )
      return; // a change of name or of the summer-time flag only
    starts.push_back( starts.empty() ? INT64_MIN : start );
    offsets.push_back( static_cast<int32_t>( offset ) );
  }
};

/**
 * The rule at the end of the zone's compiled file, a POSIX TZ string ("CET-1CEST,M3.5.0,M10.5.0/3"), or
 * empty. The compiled files list transitions only until 2037 and leave the later ones to this rule, which the
 * date library does not read from the system's files; its Posix::time_zone evaluates it.
 */
std::string posixRule()
{
  const char *dir = std::getenv( "TZDIR" );
  std::ifstream file( std::string( dir && *dir ? dir : "/usr/share/zoneinfo" ) + "/" + kZone,
                      std::ios::binary );
  const std::string bytes( ( std::istreambuf_iterator<char>( file ) ), std::istreambuf_iterator<char>() );
  // Version 2 and later files end with "\n<rule>\n".
  if ( bytes.size() < 6 || bytes.compare( 0, 4, "TZif" ) != 0 || bytes[4] < '2' || bytes.back() != '\n' )
    return {};
  const size_t newline = bytes.rfind( '\n', bytes.size() - 2 );
  return newline == std::string::npos ? std::string()
                                      : bytes.substr( newline + 1, bytes.size() - newline - 2 );
}

ZoneTable buildTable()
{
  const date::time_zone *zone = nullptr;
  try
  {
    zone = date::locate_zone( kZone );
  }
  catch ( const std::exception &e )
  {
    throw std::runtime_error(
      std::string( kZone ) +
      " is missing from the system's time-zone database (install tzdata): " + e.what() );
  }
  // Far enough for any date a coordinator's file holds; later instants keep the last offset.
  const date::sys_seconds horizon = date::sys_days( date::year( 2400 ) / 1 / 1 );
  ZoneTable table;
  date::sys_info info = zone->get_info( date::sys_seconds( date::sys_days( date::year( -32000 ) / 1 / 1 ) ) );
  while ( true )
  {
    table.add( info.begin.time_since_epoch().count(), info.offset.count() );
    if ( info.end >= horizon )
      break;
    info = zone->get_info( info.end );
  }
  // The last listed transition (in 2037) stands for ever in the library's answer; the file's rule goes on.
  const std::string rule = posixRule();
  if ( !rule.empty() )
  {
    try
    {
      const Posix::time_zone posix( rule );
      for ( date::sys_info next = posix.get_info( info.begin ); next.begin < horizon;
            next = posix.get_info( next.end ) )
      {
        table.add( next.begin.time_since_epoch().count(), next.offset.count() );
        if ( next.end <= next.begin )
          break;
      }
    }
    catch ( const std::exception & )
    {
      // A rule the library cannot read: the last listed offset holds, as the library itself answers.
    }
  }
  return table;
}

const ZoneTable &stockholm()
{
  static const ZoneTable table = buildTable();
  return table;
}

//! The index of the table entry in force at a UTC instant.
size_t indexAt( const ZoneTable &table, int64_t utcSeconds )
{
  const auto after = std::upper_bound( table.starts.begin() + 1, table.starts.end(), utcSeconds );
  return static_cast<size_t>( after - table.starts.begin() ) - 1;
}

} // namespace

int64_t stockholmWallClock( int64_t utcSeconds )
{
  const ZoneTable &table = stockholm();
  return utcSeconds + table.offsets[indexAt( table, utcSeconds )];
}

int stockholmOffsetMinutes( int64_t utcSeconds )
{
  const ZoneTable &table = stockholm();
  return table.offsets[indexAt( table, utcSeconds )] / 60;
}

int64_t stockholmNextOffsetChange( int64_t utcSeconds )
{
  const ZoneTable &table = stockholm();
  const size_t next = indexAt( table, utcSeconds ) + 1;
  return next < table.starts.size() ? table.starts[next] : INT64_MAX;
}

int64_t stockholmWallClockToUtc( int64_t wallClockSeconds )
{
  const ZoneTable &table = stockholm();
  const size_t count = table.starts.size();
  // Every offset is less than a day, so only the entries in force within a day of the wall-clock time can
  // hold it. In ascending order the first that does gives the earliest instant: the summer-time reading of a
  // repeated autumn hour.
  const size_t first = indexAt( table, wallClockSeconds - kSecondsPerDay );
  size_t last = first;
  while ( last + 1 < count && table.starts[last + 1] <= wallClockSeconds + kSecondsPerDay )
    ++last;
  for ( size_t i = first; i <= last; ++i )
  {
    const int64_t utc = wallClockSeconds - table.offsets[i];
    if ( utc >= table.starts[i] && ( i + 1 == count || utc < table.starts[i + 1] ) )
      return utc;
  }
  // Nothing holds it: a time skipped when the clocks went forward, read with the offset before the change
  // (02:30 on the spring day as standard time, 01:30 UTC).
  for ( size_t i = first; i < last; ++i )
  {
    if ( wallClockSeconds - table.offsets[i] >= table.starts[i + 1] &&
         wallClockSeconds - table.offsets[i + 1] < table.starts[i + 1] )
      return wallClockSeconds - table.offsets[i];
  }
  return wallClockSeconds - table.offsets[first];
}

int64_t stockholmToUtc( int year, int month, int day, int hour, int minute, int second )
{
  return stockholmWallClockToUtc( daysFromCivil( year, month, day ) * kSecondsPerDay +
                                  hour * kSecondsPerHour + minute * 60 + second );
}

} // namespace tryggkarta

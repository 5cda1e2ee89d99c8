#include "rtreepack.h"

#include "database.h"
#include "geometryblob.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace tryggkarta
{

namespace
{

// SQLite's R-tree node (ext/rtree/rtree.c): 2 bytes of tree depth (read from the root only, zero elsewhere),
// 2 bytes of cell count, then the cells; a cell is the 8-byte rowid (or child node number) and, per
// dimension, a 4-byte float minimum and maximum, every number big-endian. The node size is the length of the
// root's blob.
constexpr int kHeaderBytes = 4;
constexpr int kCellBytes = 8 + 4 * 4;

std::string quoted( const std::string &name )
{
  std::string out = "\"";
  for ( char c : name )
  {
    out += c;
    if ( c == '"' )
      out += '"';
  }
  return out + "\"";
}

void put16( unsigned char *p, int v )
{
  p[0] = static_cast<unsigned char>( ( v >> 8 ) & 0xff );
  p[1] = static_cast<unsigned char>( v & 0xff );
}

void put64( unsigned char *p, int64_t v )
{
  const auto u = static_cast<uint64_t>( v );
  for ( int i = 0; i < 8; ++i )
    p[i] = static_cast<unsigned char>( ( u >> ( 56 - 8 * i ) ) & 0xff );
}

void putFloat( unsigned char *p, float f )
{
  uint32_t u = 0;
  std::memcpy( &u, &f, sizeof u );
  for ( int i = 0; i < 4; ++i )
    p[i] = static_cast<unsigned char>( ( u >> ( 24 - 8 * i ) ) & 0xff );
}

// As SQLite's R-tree stores a box (rtreeValueDown and rtreeValueUp), so the index holds exactly what its own
// inserts would: the minimum rounded down and the maximum up, so the float box holds the exact one.
constexpr double kTowards = 1.0 - 1.0 / 8388608.0;
constexpr double kAway = 1.0 + 1.0 / 8388608.0;

float down( double d )
{
  float f = static_cast<float>( d );
  if ( static_cast<double>( f ) > d )
    f = static_cast<float>( d * ( d < 0 ? kAway : kTowards ) );
  return f;
}

float up( double d )
{
  float f = static_cast<float>( d );
  if ( static_cast<double>( f ) < d )
    f = static_cast<float>( d * ( d < 0 ? kTowards : kAway ) );
  return f;
}

struct Cell
{
  int64_t id; // a row's id in a leaf, a node's number above
  float minX, maxX, minY, maxY;
  double cx() const { return ( static_cast<double>( minX ) + maxX ) / 2; }
  double cy() const { return ( static_cast<double>( minY ) + maxY ) / 2; }
};

//! Sort-tile-recursive grouping: vertical slices by x, runs of capacity by y within each.
std::vector<std::vector<Cell>> tile( std::vector<Cell> cells, size_t capacity )
{
  const size_t nodes = ( cells.size() + capacity - 1 ) / capacity;
  const auto slices = static_cast<size_t>( std::ceil( std::sqrt( static_cast<double>( nodes ) ) ) );
  const size_t perSlice = slices * capacity;
  std::sort( cells.begin(), cells.end(), []( const Cell &a, const Cell &b ) { return a.cx() < b.cx(); } );
  std::vector<std::vector<Cell>> groups;
  groups.reserve( nodes );
  for ( size_t s = 0; s < cells.size(); s += perSlice )
  {
    const auto end = cells.begin() + static_cast<std::ptrdiff_t>( std::min( cells.size(), s + perSlice ) );
    const auto begin = cells.begin() + static_cast<std::ptrdiff_t>( s );
    std::sort( begin, end, []( const Cell &a, const Cell &b ) { return a.cy() < b.cy(); } );
    for ( auto it = begin; it < end; it += static_cast<std::ptrdiff_t>( capacity ) )
      groups.emplace_back( it, std::min( end, it + static_cast<std::ptrdiff_t>( capacity ) ) );
  }
  return groups;
}

Cell boundsOf( const std::vector<Cell> &cells, int64_t id )
{
  Cell b{ id, cells.front().minX, cells.front().maxX, cells.front().minY, cells.front().maxY };
  for ( const auto &c : cells )
  {
    b.minX = std::min( b.minX, c.minX );
    b.maxX = std::max( b.maxX, c.maxX );
    b.minY = std::min( b.minY, c.minY );
    b.maxY = std::max( b.maxY, c.maxY );
  }
  return b;
}

std::vector<unsigned char> nodeBlob( const std::vector<Cell> &cells, int nodeBytes, int depth )
{
  std::vector<unsigned char> blob( static_cast<size_t>( nodeBytes ), 0 );
  put16( blob.data(), depth );
  put16( blob.data() + 2, static_cast<int>( cells.size() ) );
  unsigned char *p = blob.data() + kHeaderBytes;
  for ( const auto &c : cells )
  {
    put64( p, c.id );
    putFloat( p + 8, c.minX );
    putFloat( p + 12, c.maxX );
    putFloat( p + 16, c.minY );
    putFloat( p + 20, c.maxY );
    p += kCellBytes;
  }
  return blob;
}

} // namespace

bool packEmptyRTree( Database &db, const std::string &rtree, std::vector<RTreeEntry> entries )
{
  const std::string node = quoted( rtree + "_node" ), rowid = quoted( rtree + "_rowid" ),
                    parent = quoted( rtree + "_parent" );
  if ( !db.tableExists( rtree + "_node" ) || !db.tableExists( rtree + "_rowid" ) ||
       !db.tableExists( rtree + "_parent" ) )
    return false;
  // Two dimensions of floats, no auxiliary columns: rtree(id, minx, maxx, miny, maxy), as a GeoPackage has.
  {
    Statement declared =
      db.prepare( "SELECT lower(sql) FROM sqlite_master WHERE type = 'table' AND name = ?" );
    declared.bind( 1, rtree );
    if ( !declared.step() )
      return false;
    std::string sql = declared.text( 0 );
    sql.erase(
      std::remove_if( sql.begin(), sql.end(), []( char c ) { return c == ' ' || c == '\n' || c == '"'; } ),
      sql.end() );
    const auto using_ = sql.find( "usingrtree(" );
    if ( using_ == std::string::npos ||
         std::count( sql.begin() + static_cast<std::ptrdiff_t>( using_ ), sql.end(), ',' ) != 4 ||
         sql.find( '+' ) != std::string::npos )
      return false;
  }
  // Empty: the root alone, with no cells, as CREATE VIRTUAL TABLE leaves it.
  if ( db.queryInt( "SELECT count(*) FROM " + rowid ) != 0 ||
       db.queryInt( "SELECT count(*) FROM " + node ) != 1 ||
       db.queryInt( "SELECT count(*) FROM " + parent ) != 0 )
    return false;
  Statement root = db.prepare( "SELECT data FROM " + node + " WHERE nodeno = 1" );
  if ( !root.step() )
    return false;
  const auto rootData = root.blobView( 0 );
  const int nodeBytes = static_cast<int>( rootData.size() );
  // The size SQLite gives a node: a page less 64 bytes, at most 51 cells.
  const int expectedBytes = static_cast<int>(
    std::min<int64_t>( db.queryInt( "PRAGMA page_size" ) - 64, kHeaderBytes + 51 * kCellBytes ) );
  if ( nodeBytes != expectedBytes || nodeBytes < kHeaderBytes + 3 * kCellBytes ||
       rootData.size() < kHeaderBytes ||
       std::any_of( rootData.begin(), rootData.begin() + kHeaderBytes, []( char c ) { return c != 0; } ) )
    return false;
  root.reset();
  if ( entries.empty() )
    return true;
  // A box SQLite's own insert would refuse (not finite, or its minimum above its maximum) is left to it.
  for ( const auto &e : entries )
    if ( !std::isfinite( e.minX ) || !std::isfinite( e.maxX ) || !std::isfinite( e.minY ) ||
         !std::isfinite( e.maxY ) || e.minX > e.maxX || e.minY > e.maxY )
      return false;
  const auto capacity = static_cast<size_t>( ( nodeBytes - kHeaderBytes ) / kCellBytes );

  std::vector<Cell> level;
  level.reserve( entries.size() );
  for ( const auto &e : entries )
    level.push_back( { e.id, down( e.minX ), up( e.maxX ), down( e.minY ), up( e.maxY ) } );
  entries.clear();
  entries.shrink_to_fit();

  Statement writeNode = db.prepare( "INSERT OR REPLACE INTO " + node + " (nodeno, data) VALUES (?, ?)" );
  Statement writeRowid = db.prepare( "INSERT INTO " + rowid + " (rowid, nodeno) VALUES (?, ?)" );
  Statement writeParent = db.prepare( "INSERT INTO " + parent + " (nodeno, parentnode) VALUES (?, ?)" );

  // Levels from the leaves up; the root (node 1) is written last, once the tree's depth is known. The nodes
  // of a level are numbered once their parent's number is known, so every node's parent is written with it.
  struct Pending
  {
    std::vector<Cell> cells;
    int64_t number = 0;
  };
  int64_t nextNumber = 2;
  int depth = 0;
  bool leaves = true;
  while ( level.size() > capacity )
  {
    auto groups = tile( std::move( level ), capacity );
    level.clear();
    level.reserve( groups.size() );
    for ( auto &group : groups )
    {
      const int64_t number = nextNumber++;
      const auto blob = nodeBlob( group, nodeBytes, 0 );
      writeNode.bind( 1, number ).bindBlob( 2, blob.data(), nodeBytes );
      writeNode.run();
      for ( const auto &c : group )
      {
        Statement &w = leaves ? writeRowid : writeParent;
        w.bind( 1, c.id ).bind( 2, number );
        w.run();
      }
      level.push_back( boundsOf( group, number ) );
    }
    leaves = false;
    ++depth;
  }
  const auto blob = nodeBlob( level, nodeBytes, depth );
  writeNode.bind( 1, int64_t( 1 ) ).bindBlob( 2, blob.data(), nodeBytes );
  writeNode.run();
  for ( const auto &c : level )
  {
    Statement &w = leaves ? writeRowid : writeParent;
    w.bind( 1, c.id ).bind( 2, int64_t( 1 ) );
    w.run();
  }
  return true;
}

std::vector<RTreeEntry> rtreeEntries( Database &db, const std::string &table, const std::string &column,
                                      int64_t afterFid )
{
  std::vector<RTreeEntry> entries;
  Statement s = db.prepare( "SELECT fid, " + quoted( column ) + " FROM " + quoted( table ) +
                            " WHERE fid > ? AND " + quoted( column ) + " IS NOT NULL" );
  s.bind( 1, afterFid );
  while ( s.step() )
  {
    const auto blob = s.blobView( 1 );
    const auto *data = reinterpret_cast<const unsigned char *>( blob.data() );
    const int size = static_cast<int>( blob.size() );
    if ( gpkgIsEmpty( data, size ) )
      continue;
    const auto envelope = gpkgEnvelope( data, size );
    if ( !envelope )
      continue;
    entries.push_back( { s.int64( 0 ), envelope->minX, envelope->maxX, envelope->minY, envelope->maxY } );
  }
  return entries;
}

} // namespace tryggkarta

// The packed R-tree: an empty GeoPackage spatial index filled in one pass must be a tree SQLite's own R-tree
// module accepts (rtreecheck), answers every window exactly as one filled row by row does, and keeps working
// when rows are inserted and deleted through it afterwards.

#include "testutil.h"

#include "database.h"
#include "geometryblob.h"
#include "rtreepack.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <set>
#include <string>
#include <vector>

using namespace tryggkarta;

namespace
{

std::set<int64_t> window( Database &db, const std::string &rtree, double minX, double minY, double maxX,
                          double maxY )
{
  Statement s =
    db.prepare( "SELECT id FROM " + rtree + " WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?" );
  s.bind( 1, minX ).bind( 2, maxX ).bind( 3, minY ).bind( 4, maxY );
  std::set<int64_t> ids;
  while ( s.step() )
    ids.insert( s.int64( 0 ) );
  return ids;
}

void insertRow( Database &db, const std::string &rtree, const RTreeEntry &e )
{
  Statement s = db.prepare( "INSERT INTO " + rtree + " VALUES (?, ?, ?, ?, ?)" );
  s.bind( 1, e.id ).bind( 2, e.minX ).bind( 3, e.maxX ).bind( 4, e.minY ).bind( 5, e.maxY );
  s.run();
}

std::string check( Database &db, const std::string &rtree )
{
  return db.queryText( "SELECT rtreecheck('" + rtree + "')" );
}

//! Boxes and points over a municipality in SWEREF 99 TM (coordinates where a float's step is half a metre).
std::vector<RTreeEntry> randomEntries( std::mt19937 &random, int count )
{
  std::uniform_real_distribution<double> x( 640000, 700000 ), y( 6560000, 6620000 ), size( 0, 800 );
  std::vector<RTreeEntry> entries;
  for ( int i = 0; i < count; ++i )
  {
    const double x0 = x( random ), y0 = y( random );
    const bool point = i % 3 != 0;
    entries.push_back(
      { 10 + 3 * i, x0, point ? x0 : x0 + size( random ), y0, point ? y0 : y0 + size( random ) } );
  }
  return entries;
}

} // namespace

TEST_CASE( "a packed R-tree is one SQLite accepts and answers as one filled row by row", "[rtree]" )
{
  testutil::TempDir dir;
  Database d( dir.file( "r.sqlite" ), Database::Mode::Create );
  // A scratch file: no waiting for the disk at every one of the row-by-row inserts.
  d.exec( "PRAGMA synchronous = OFF; PRAGMA journal_mode = MEMORY" );
  std::mt19937 random( 20261207 );
  // Sizes around a node's capacity (51 cells) and its square (2601): a root that is a leaf, one that is full,
  // one level more, and three levels.
  for ( const int count : { 0, 1, 50, 51, 52, 2601, 2602, 30000 } )
  {
    INFO( count << " entries" );
    d.exec( "DROP TABLE IF EXISTS packed; DROP TABLE IF EXISTS rows;" );
    d.exec( "CREATE VIRTUAL TABLE packed USING rtree(id, minx, maxx, miny, maxy);"
            "CREATE VIRTUAL TABLE rows USING rtree(id, minx, maxx, miny, maxy);" );
    auto entries = randomEntries( random, count );
    d.exec( "BEGIN" );
    for ( const auto &e : entries )
      insertRow( d, "rows", e );
    d.exec( "COMMIT" );
    REQUIRE( packEmptyRTree( d, "packed", entries ) );
    CHECK( check( d, "packed" ) == "ok" );
    CHECK( d.queryInt( "SELECT count(*) FROM packed" ) == count );
    CHECK( d.queryInt( "SELECT count(*) FROM packed_rowid" ) == count );

    std::uniform_real_distribution<double> x( 630000, 710000 ), y( 6550000, 6630000 ), size( 0, 20000 );
    int nonEmpty = 0;
    for ( int w = 0; w < 60; ++w )
    {
      const double x0 = x( random ), y0 = y( random );
      const double x1 = x0 + size( random ), y1 = y0 + size( random );
      const auto expected = window( d, "rows", x0, y0, x1, y1 );
      CHECK( window( d, "packed", x0, y0, x1, y1 ) == expected );
      nonEmpty += expected.empty() ? 0 : 1;
    }
    if ( count >= 2601 )
      CHECK( nonEmpty > 30 ); // the windows do find rows, so the comparison means something
    // Exactly each entry's own box, stored as SQLite stores it.
    if ( count > 0 )
      CHECK( d.queryInt( "SELECT count(*) FROM packed p JOIN rows r USING (id) WHERE p.minx = r.minx AND "
                         "p.maxx = r.maxx AND p.miny = r.miny AND p.maxy = r.maxy" ) == count );

    // Row by row afterwards, through the virtual table: splits, deletes that empty nodes, and reinserts.
    auto more = randomEntries( random, 300 );
    for ( auto &e : more )
    {
      e.id += 1000000;
      insertRow( d, "packed", e );
      insertRow( d, "rows", e );
    }
    d.exec( "DELETE FROM packed WHERE id % 7 = 1; DELETE FROM rows WHERE id % 7 = 1;" );
    CHECK( check( d, "packed" ) == "ok" );
    CHECK( window( d, "packed", 600000, 6500000, 800000, 6700000 ) ==
           window( d, "rows", 600000, 6500000, 800000, 6700000 ) );
    CHECK( window( d, "packed", 660000, 6580000, 670000, 6590000 ) ==
           window( d, "rows", 660000, 6580000, 670000, 6590000 ) );
  }
}

TEST_CASE( "a packed R-tree is written only into an empty one", "[rtree]" )
{
  testutil::TempDir dir;
  Database d( dir.file( "r.sqlite" ), Database::Mode::Create );
  d.exec( "CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)" );
  insertRow( d, "r", { 1, 0, 1, 0, 1 } );
  CHECK_FALSE( packEmptyRTree( d, "r", { { 2, 5, 6, 5, 6 } } ) );
  CHECK( d.queryInt( "SELECT count(*) FROM r" ) == 1 );
  CHECK( check( d, "r" ) == "ok" );
  CHECK_FALSE( packEmptyRTree( d, "no_such_rtree", { { 2, 5, 6, 5, 6 } } ) );
  // Boxes SQLite's own insert refuses are left to it: not finite, or upside down.
  d.exec( "CREATE VIRTUAL TABLE e USING rtree(id, minx, maxx, miny, maxy)" );
  CHECK_FALSE( packEmptyRTree( d, "e", { { 2, 5, 6, 5, 6 }, { 3, std::nan( "" ), 6, 5, 6 } } ) );
  CHECK_FALSE( packEmptyRTree( d, "e", { { 2, 5, 6, 5, 6 }, { 3, 7, 6, 5, 6 } } ) );
  CHECK( d.queryInt( "SELECT count(*) FROM e_node" ) == 1 );
  CHECK( d.queryInt( "SELECT count(*) FROM e" ) == 0 );
  // An integer R-tree's cells are not the float layout written here: its node size differs, so it is left.
  d.exec( "CREATE VIRTUAL TABLE i USING rtree_i32(id, minx, maxx, miny, maxy, minz, maxz)" );
  CHECK_FALSE( packEmptyRTree( d, "i", { { 2, 5, 6, 5, 6 } } ) );
  CHECK( d.queryInt( "SELECT count(*) FROM i" ) == 0 );
}

TEST_CASE( "the R-tree's entries are read from the GeoPackage blobs, without nulls and empties", "[rtree]" )
{
  testutil::TempDir dir;
  Database d( dir.file( "r.sqlite" ), Database::Mode::Create );
  d.exec( "CREATE TABLE t (fid INTEGER PRIMARY KEY, geom BLOB)" );
  Statement insert = d.prepare( "INSERT INTO t (fid, geom) VALUES (?, ?)" );
  const auto point = encodeGpkgPoint( 3006, 674032.5, 6580822.25 );
  insert.bind( 1, int64_t( 1 ) ).bindBlob( 2, point.data(), static_cast<int>( point.size() ) );
  insert.run();
  insert.bind( 1, int64_t( 2 ) ).bindNull( 2 );
  insert.run();
  // A line from (10, 20) to (30, 5), with its envelope in the header.
  std::vector<unsigned char> wkb = { 1, 2, 0, 0, 0, 2, 0, 0, 0 };
  for ( const double v : { 10.0, 20.0, 30.0, 5.0 } )
  {
    const auto *bytes = reinterpret_cast<const unsigned char *>( &v );
    wkb.insert( wkb.end(), bytes, bytes + 8 );
  }
  const auto line = encodeGpkgWkb( 3006, wkb, { 10, 5, 30, 20 } );
  insert.bind( 1, int64_t( 3 ) ).bindBlob( 2, line.data(), static_cast<int>( line.size() ) );
  insert.run();
  auto empty = encodeGpkgPoint( 3006, 0, 0 );
  empty[3] |= 0x10; // the empty flag
  insert.bind( 1, int64_t( 4 ) ).bindBlob( 2, empty.data(), static_cast<int>( empty.size() ) );
  insert.run();

  const auto entries = rtreeEntries( d, "t", "geom" );
  REQUIRE( entries.size() == 2 );
  CHECK( entries[0].id == 1 );
  CHECK( entries[0].minX == 674032.5 );
  CHECK( entries[0].maxY == 6580822.25 );
  CHECK( entries[1].id == 3 );
  CHECK( entries[1].minX == 10 );
  CHECK( entries[1].maxX == 30 );
  CHECK( entries[1].minY == 5 );
  CHECK( entries[1].maxY == 20 );
  CHECK( rtreeEntries( d, "t", "geom", 1 ).size() == 1 );
}

// The undo commands of editing on their own (through the editing controller, without the main window): undo
// and redo, again and again, put back exactly the rows that were there.

#include "editingcontroller.h"
#include "filtercontroller.h"
#include "guitestutil.h"
#include "mapcanvas.h"
#include "maptools.h"
#include "projectcontroller.h"
#include "projectlayers.h"
#include "recordeditor.h"

#include <catch2/catch.hpp>

#include <qgsproject.h>

#include <QMainWindow>
#include <QUndoStack>

using tryggkarta::RecordId;
using tryggkarta::RecordSnapshot;
using tryggkarta::RecordTable;

namespace
{
//! The editing room of a demo project, with what it builds on and nothing more.
struct EditingRoom
{
  guitest::DemoProject demo;
  QMainWindow host;
  QgsProject project;
  MapCanvas canvas{ &host };
  ProjectController projects{ &project, &canvas, &host };
  MapTools tools{ &canvas, &project };
  FilterController filter{ &projects, &host };
  EditingController editing{ &projects, &filter, &tools, &canvas, &host };

  EditingRoom()
  {
    REQUIRE( demo.error() == QString() );
    REQUIRE( projects.open( demo.path() ) == QString() );
  }
  RecordEditor *editor() { return editing.editor(); }
  QUndoStack *undo() { return editing.editor()->undoStack(); }
  //! The rows as stored now (they must all be there).
  std::vector<RecordSnapshot> stored( const std::vector<RecordId> &ids )
  {
    tryggkarta::RecordEdits edits( *projects.connection() );
    auto rows = edits.snapshots( ids );
    REQUIRE( rows );
    return rows.value();
  }
  int64_t count( const char *table )
  {
    return guitest::countRows( demo.path(), QString::fromLatin1( table ) );
  }
  //! How many of the records are in the file.
  int64_t present( const std::vector<RecordId> &ids )
  {
    int64_t found = 0;
    for ( const RecordId &id : ids )
      found +=
        guitest::countRows( demo.path(), QString::fromLatin1( tryggkarta::recordTableName( id.table ) ),
                            QStringLiteral( "fid = %1" ).arg( id.fid ) );
    return found;
  }
};

RecordId incident( int64_t fid )
{
  return RecordId{ RecordTable::Incidents, fid };
}
} // namespace

TEST_CASE( "undoing an added incident deletes it and redo brings back the same row with the same fid",
           "[editcommands]" )
{
  EditingRoom room;
  const int64_t before = room.count( "incidents" );
  tryggkarta::IncidentRecord record;
  record.x = 449300;
  record.y = 6574900;
  record.fromUtc = 1751364000;
  record.category = "klotter";
  record.description = "Klotter på elskåpet";
  REQUIRE( room.editor()->addIncident( record, false ) == QString() );
  REQUIRE( room.count( "incidents" ) == before + 1 );
  const int64_t fid =
    guitest::queryText( room.demo.path(), QStringLiteral( "SELECT max(fid) FROM incidents" ) ).toLongLong();
  const std::vector<RecordSnapshot> added = room.stored( { incident( fid ) } );
  REQUIRE( added.size() == 1 );
  for ( int round = 0; round < 2; ++round )
  {
    room.undo()->undo();
    CHECK( room.count( "incidents" ) == before );
    CHECK( room.present( { incident( fid ) } ) == 0 );
    room.undo()->redo();
    CHECK( room.stored( { incident( fid ) } ) == added );
  }
}

TEST_CASE( "undoing a change or a move puts the row back as it was, redo as it became", "[editcommands]" )
{
  EditingRoom room;
  const std::vector<RecordId> ids = { incident( 10 ), incident( 11 ) };
  const std::vector<RecordSnapshot> original = room.stored( ids );
  REQUIRE( original.size() == 2 );

  tryggkarta::IncidentChanges changes;
  changes.category = "glaskross";
  changes.weight = 3;
  REQUIRE( room.editor()->updateIncidents( { 10, 11 }, changes ) == QString() );
  const std::vector<RecordSnapshot> changed = room.stored( ids );
  REQUIRE( changed != original );
  REQUIRE( room.editor()->moveRecords( { { incident( 10 ), 449500, 6575100 } } ) == QString() );
  const std::vector<RecordSnapshot> moved = room.stored( ids );
  REQUIRE( moved.front().position() == std::make_pair( 449500.0, 6575100.0 ) );

  room.undo()->undo(); // the move
  CHECK( room.stored( ids ) == changed );
  room.undo()->undo(); // the change of both
  CHECK( room.stored( ids ) == original );
  room.undo()->redo();
  CHECK( room.stored( ids ) == changed );
  room.undo()->redo();
  CHECK( room.stored( ids ) == moved );
}

TEST_CASE( "undoing a deletion restores every row exactly and redo deletes them again", "[editcommands]" )
{
  EditingRoom room;
  const std::vector<RecordId> ids = { incident( 20 ), incident( 21 ),
                                      RecordId{ RecordTable::Observations, 1 } };
  const std::vector<RecordSnapshot> original = room.stored( ids );
  REQUIRE( original.size() == 3 );
  REQUIRE( room.editor()->deleteRecords( ids ) == QString() );
  CHECK( room.present( ids ) == 0 );
  room.undo()->undo();
  CHECK( room.stored( ids ) == original );
  room.undo()->redo();
  CHECK( room.present( ids ) == 0 );
  room.undo()->undo();
  CHECK( room.stored( ids ) == original );
}

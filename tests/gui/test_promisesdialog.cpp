// The citizen promise dialog on the demo: it shows the year's promise and its activities as stored, adds an
// activity, links a walk, refuses what the store refuses without storing anything, and builds the follow-up.

#include "guitestutil.h"
#include "promisesdialog.h"

#include "database.h"
#include "promises.h"

#include <catch2/catch.hpp>

#include <QTableWidget>

using namespace tryggkarta;

namespace
{
//! The rows of the promise tables and their audit entries, to compare before and after a refusal.
std::string promiseTables( Database &db )
{
  return db.queryText(
           "SELECT group_concat(fid || ':' || status || ':' || coalesce(done_date, ''), ',') FROM "
           "promise_activities" ) +
         "|" +
         db.queryText( "SELECT group_concat(activity_id || ':' || coalesce(walk_id, '') || ':' || "
                       "coalesce(action_id, ''), ',') FROM promise_links" ) +
         "|" + std::to_string( db.queryInt( "SELECT count(*) FROM audit_log" ) );
}
} // namespace

TEST_CASE( "the citizen promise dialog shows, adds, links and refuses as the store does", "[promises]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.error().toStdString() == "" );
  Database db( demo.path().toStdString(), Database::Mode::ReadWrite );
  PromisesDialog dialog( db, demo.path(), 2026 );

  // The demo's promise of 2026 and its activities, as stored.
  const int64_t promise = db.queryInt( "SELECT fid FROM citizen_promises WHERE year = 2026" );
  REQUIRE( promise > 0 );
  CHECK( dialog.promiseId() == promise );
  const int64_t stored =
    db.queryInt( "SELECT count(*) FROM promise_activities WHERE promise_id = " + std::to_string( promise ) );
  CHECK( dialog.activityTable()->rowCount() == stored );
  CHECK( dialog.activityIds().size() == stored );
  const QString followUp = dialog.refreshFollowUp();
  const std::string title =
    db.queryText( "SELECT title FROM citizen_promises WHERE fid = " + std::to_string( promise ) );
  CHECK( followUp.contains( QString::fromStdString( title ) ) );

  // A new activity is stored and listed.
  PromiseActivity activity;
  activity.promiseId = promise;
  activity.title = "Kvällsvandring med föreningarna";
  activity.kind = "safety_walk";
  activity.owner = "municipality";
  activity.plannedCount = 2;
  activity.plannedFrom = "2026-09-01";
  activity.plannedUntil = "2026-11-30";
  CHECK( dialog.addActivity( activity ).isEmpty() );
  CHECK( dialog.activityTable()->rowCount() == stored + 1 );
  const int64_t added = db.queryInt( "SELECT max(fid) FROM promise_activities" );
  CHECK( dialog.activityIds().contains( added ) );

  // A walk linked to it counts in its follow-up.
  const int64_t walk = db.queryInt( "SELECT min(fid) FROM safety_walks" );
  CHECK( dialog.link( added, walk, true ).isEmpty() );
  CHECK( db.queryInt( "SELECT count(*) FROM promise_links WHERE activity_id = " + std::to_string( added ) +
                      " AND walk_id = " + std::to_string( walk ) ) == 1 );

  // Refusals: shown, nothing stored.
  const std::string before = promiseTables( db );
  CHECK_FALSE( dialog.link( added, walk, true ).isEmpty() ); // the same walk twice
  PromiseActivity reversed = activity;
  reversed.title = "Baklänges";
  reversed.plannedFrom = "2026-11-30";
  reversed.plannedUntil = "2026-09-01";
  CHECK_FALSE( dialog.addActivity( reversed ).isEmpty() );
  CHECK_FALSE(
    dialog.setStatus( added, QStringLiteral( "done" ), QString() ).isEmpty() ); // done needs a date
  CHECK( promiseTables( db ) == before );
  CHECK( dialog.activityTable()->rowCount() == stored + 1 );

  // Done with its date.
  CHECK( dialog.setStatus( added, QStringLiteral( "done" ), QStringLiteral( "2026-10-14" ) ).isEmpty() );
  CHECK( db.queryText( "SELECT status || ' ' || done_date FROM promise_activities WHERE fid = " +
                       std::to_string( added ) ) == "done 2026-10-14" );
  CHECK( dialog.refreshFollowUp().contains( QStringLiteral( "Kvällsvandring med föreningarna" ) ) );
}

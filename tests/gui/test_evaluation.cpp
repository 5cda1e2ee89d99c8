// The evaluation dialog on the demo project: filled in from an intervention, run as a QGIS task, the numbers
// shown against the core's own evaluation, refusals shown without running, the result stored and printed.

#include "evaluationdialog.h"
#include "guitestutil.h"

#include "areas.h"
#include "calendar.h"
#include "evaluation.h"
#include "evaluationpdf.h"
#include "projectfile.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

using namespace tryggkarta;

namespace
{
//! The demo with an intervention (lighting in Centrum over its last 91 days); returns the action's fid.
int64_t addIntervention( const guitest::DemoProject &demo, DatePeriod &after )
{
  auto project = ProjectFile::open( demo.path().toStdString() );
  REQUIRE( project );
  Database &db = ( *project )->db();
  const int64_t end =
    *parseIsoDate( db.queryText( "SELECT max(substr(occurred_from, 1, 10)) FROM incidents" ) );
  after = { isoDateOf( end - 90 ), isoDateOf( end ) };
  const int64_t centrum = findArea( **project, "Centrum" )->fid;
  db.exec( "INSERT INTO actions (title, kind, area_id, start_date, end_date, status, created_at, updated_at) "
           "VALUES ('Ny belysning i Centrum', 'lighting', " +
           std::to_string( centrum ) + ", '" + after.from + "', '" + after.until + "', 'done', 'x', 'x')" );
  return db.lastInsertId();
}
} // namespace

TEST_CASE( "the evaluation dialog shows the core's numbers for an intervention and stores them",
           "[evaluation]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  DatePeriod after;
  const int64_t intervention = addIntervention( demo, after );

  EvaluationDialog *dialog = openEvaluationDialog( nullptr, demo.path(), intervention );
  REQUIRE( dialog );
  EvaluationSettings settings = dialog->settings();
  // Filled in from the intervention: its area and period, a before period as long just before.
  CHECK( settings.after == after );
  CHECK( settings.before.days() == after.days() );
  auto project = ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( project );
  CHECK( settings.targetAreaId == findArea( **project, "Centrum" )->fid );
  settings.comparisonAreaId = findArea( **project, "Norr (bostadsområde)" )->fid;
  settings.bufferMeters = 200;
  dialog->setSettings( settings );

  REQUIRE( dialog->evaluate() );
  CHECK( dialog->isRunning() );
  REQUIRE( guitest::waitFor( [&] { return !dialog->isRunning(); } ) );
  INFO( dialog->messageText().toStdString() );
  REQUIRE( dialog->result() );

  auto core = evaluateIntervention( **project, dialog->settings() );
  REQUIRE( core );
  const EvaluationCounts &n = core->total.stats.counts;
  QTableWidget *table = dialog->table();
  REQUIRE( table->rowCount() == static_cast<int>( core->groups.size() ) + 1 );
  const QString arrow = QStringLiteral( " → " );
  CHECK( table->item( 0, 1 )->text() == QString::number( n.a ) + arrow + QString::number( n.b ) );
  CHECK( table->item( 0, 2 )->text() == QString::number( n.c ) + arrow + QString::number( n.d ) );
  CHECK( table->item( 0, 3 )->text() == QString::number( *n.e ) + arrow + QString::number( *n.f ) );
  CHECK( table->item( 0, 6 )->text().startsWith(
    QString::fromStdString( swedishNumber( core->total.stats.wdd.wdd, 1 ) ) + QStringLiteral( " (" ) +
    QString::fromStdString( swedishNumber( core->total.stats.wdd.se, 1 ) ) ) );
  for ( size_t g = 0; g < core->groups.size(); ++g )
  {
    const EvaluationCounts &gn = core->groups[g].stats.counts;
    CHECK( table->item( static_cast<int>( g ) + 1, 0 )->text() ==
           QString::fromStdString( core->groups[g].label ) );
    CHECK( table->item( static_cast<int>( g ) + 1, 1 )->text() ==
           QString::number( gn.a ) + arrow + QString::number( gn.b ) );
  }
  CHECK( dialog->sentencesLabel()->text().contains(
    QString::fromStdString( core->sentences.front() ).toHtmlEscaped() ) );

  // Stored with the intervention.
  const auto fid = dialog->saveResult();
  REQUIRE( fid );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "evaluations" ),
                             QStringLiteral( "action_id = %1" ).arg( intervention ) ) == 1 );
  CHECK_FALSE( dialog->saveButton()->isEnabled() );

  // Printed as one page.
  const QString pdf = demo.file( QStringLiteral( "utvardering.pdf" ) );
  CHECK( dialog->printTo( pdf ).isEmpty() );
  CHECK( QFileInfo( pdf ).size() > 1000 );
  dialog->close();
}

TEST_CASE( "the evaluation dialog refuses overlapping areas without running and suggests comparison areas",
           "[evaluation]" )
{
  guitest::DemoProject demo;
  REQUIRE( demo.isValid() );
  DatePeriod after;
  const int64_t intervention = addIntervention( demo, after );
  EvaluationDialog dialog( demo.path(), intervention );
  auto project = ProjectFile::open( demo.path().toStdString(), true );
  REQUIRE( project );
  EvaluationSettings settings = dialog.settings();
  settings.comparisonAreaId = findArea( **project, "Centrala staden" )->fid;
  dialog.setSettings( settings );
  CHECK_FALSE( dialog.evaluate() );
  CHECK_FALSE( dialog.isRunning() );
  CHECK_FALSE( dialog.messageText().isEmpty() );
  CHECK_FALSE( dialog.result() );

  dialog.suggestComparison();
  auto suggestions = suggestComparisonAreas( **project, dialog.settings() );
  REQUIRE( suggestions );
  REQUIRE( dialog.comparisonCombo()->count() == static_cast<int>( suggestions->size() ) );
  CHECK( dialog.comparisonCombo()->currentData().toLongLong() == suggestions->front().areaId );
  CHECK( guitest::countRows( demo.path(), QStringLiteral( "evaluations" ) ) == 0 );
}

// The attribute table's model on its own: rows read from a project file with labels and Stockholm times,
// sorted in Swedish, filtered by text, number and the map's filter, and updated row by row.

#include "attributetablemodel.h"
#include "database.h"
#include "guitestutil.h"
#include "projectfile.h"
#include "recordedits.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using Kind = AttributeTableModel::Kind;

namespace
{
QVector<AttributeTableModel::Column> incidentColumns()
{
  QVector<AttributeTableModel::Column> columns;
  columns.append( { QStringLiteral( "fid" ), QStringLiteral( "No." ), Kind::Integer, {}, false } );
  columns.append( { QStringLiteral( "category" ),
                    QStringLiteral( "Category" ),
                    Kind::Text,
                    { { QStringLiteral( "klotter" ), QStringLiteral( "Klotter" ) },
                      { QStringLiteral( "glaskross" ), QStringLiteral( "Glaskross" ) } },
                    false } );
  columns.append(
    { QStringLiteral( "organisation" ), QStringLiteral( "Organisation" ), Kind::Text, {}, true } );
  columns.append( { QStringLiteral( "weight" ), QStringLiteral( "Count" ), Kind::Number, {}, false } );
  columns.append( { QStringLiteral( "occurred_from" ), QStringLiteral( "From" ), Kind::Time, {}, false } );
  columns.append(
    { QStringLiteral( "description" ), QStringLiteral( "Description" ), Kind::Text, {}, false } );
  return columns;
}

//! The fids on the rows shown, top to bottom.
QList<QgsFeatureId> shownFids( const AttributeTableModel &model )
{
  QList<QgsFeatureId> fids;
  for ( int row = 0; row < model.rowCount(); ++row )
    fids << model.fidAt( row );
  return fids;
}

QString cell( const AttributeTableModel &model, int row, const QString &field )
{
  return model.data( model.index( row, model.columnOf( field ) ) ).toString();
}

//! A new project with three incidents: their fids are 1, 2 and 3.
struct ThreeIncidents
{
  QTemporaryDir dir;
  QString path = dir.filePath( QStringLiteral( "table.gpkg" ) );

  ThreeIncidents()
  {
    auto created = tryggkarta::ProjectFile::create( path.toStdString() );
    REQUIRE( created );
    tryggkarta::RecordEdits edits( ( *created )->db() );
    auto add = [&]( const char *category, const char *organisation, double weight, int64_t fromUtc,
                    const char *description )
    {
      tryggkarta::IncidentRecord record;
      record.x = 449270;
      record.y = 6574920;
      record.category = category;
      record.organisation = organisation;
      record.weight = weight;
      record.fromUtc = fromUtc;
      record.description = description;
      REQUIRE( edits.insertIncident( record, tryggkarta::EditOptions() ) );
    };
    add( "klotter", "Gatukontoret", 2, 1751364000, "Klotter på skolans vägg" ); // 2025-07-01 10:00 UTC
    add( "glaskross", "Åbo Bostäder", 1, 1736983800, "Krossad ruta i porten" ); // 2025-01-15 23:30 UTC
    add( "klotter", "Gatukontoret", 5, 1743294600, "" );                        // 2025-03-30 00:30 UTC
  }
};
} // namespace

TEST_CASE( "the table reads rows with coded values by label and times as Stockholm's clock",
           "[attributetable]" )
{
  ThreeIncidents project;
  const AttributeTableModel::Rows rows =
    AttributeTableModel::read( project.path, QStringLiteral( "incidents" ), incidentColumns() );
  REQUIRE( rows.error == QString() );
  REQUIRE( rows.fids == QVector<QgsFeatureId>( { 1, 2, 3 } ) );
  AttributeTableModel model;
  model.setTable( incidentColumns(), rows );
  REQUIRE( model.rowCount() == 3 );
  CHECK( cell( model, 0, QStringLiteral( "category" ) ) == QStringLiteral( "Klotter" ) );
  CHECK( cell( model, 1, QStringLiteral( "category" ) ) == QStringLiteral( "Glaskross" ) );
  CHECK( cell( model, 1, QStringLiteral( "organisation" ) ) == QStringLiteral( "Åbo Bostäder" ) );
  CHECK( cell( model, 0, QStringLiteral( "weight" ) ) == QStringLiteral( "2" ) );
  // Summer time (UTC+2), winter time (UTC+1) and the night summer time began (01:30 is still winter time).
  CHECK( cell( model, 0, QStringLiteral( "occurred_from" ) ) == QStringLiteral( "2025-07-01 12:00" ) );
  CHECK( cell( model, 1, QStringLiteral( "occurred_from" ) ) == QStringLiteral( "2025-01-16 00:30" ) );
  CHECK( cell( model, 2, QStringLiteral( "occurred_from" ) ) == QStringLiteral( "2025-03-30 01:30" ) );
  CHECK( model.headerData( 1, Qt::Horizontal ).toString() == QStringLiteral( "Category" ) );
}

TEST_CASE( "the table sorts in Swedish order and by number, ties by fid", "[attributetable]" )
{
  ThreeIncidents project;
  AttributeTableModel model;
  model.setTable( incidentColumns(), AttributeTableModel::read( project.path, QStringLiteral( "incidents" ),
                                                                incidentColumns() ) );
  // Å comes after G in Swedish (in English it would sort with A).
  model.sort( model.columnOf( QStringLiteral( "organisation" ) ), Qt::AscendingOrder );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 1, 3, 2 } ) );
  model.sort( model.columnOf( QStringLiteral( "weight" ) ), Qt::DescendingOrder );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 3, 1, 2 } ) );
  // An empty description sorts before any text.
  model.sort( model.columnOf( QStringLiteral( "description" ) ), Qt::AscendingOrder );
  CHECK( shownFids( model ).first() == 3 );
}

TEST_CASE( "the table shows the rows with the searched text, the searched number, or in the map's filter",
           "[attributetable]" )
{
  ThreeIncidents project;
  AttributeTableModel model;
  model.setTable( incidentColumns(), AttributeTableModel::read( project.path, QStringLiteral( "incidents" ),
                                                                incidentColumns() ) );
  model.setFilter( QStringLiteral( "SKOLANS" ), std::nullopt );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 1 } ) );
  model.setFilter( QStringLiteral( "glaskross" ), std::nullopt ); // the label, not the stored code
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 2 } ) );
  model.setFilter( QStringLiteral( "3" ), std::nullopt ); // a number finds the record with that fid
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 3 } ) );
  model.setFilter( QString(), QgsFeatureIds( { 1, 3 } ) );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 1, 3 } ) );
  model.setFilter( QStringLiteral( "gatukontoret" ), QgsFeatureIds( { 2, 3 } ) );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 3 } ) );
  CHECK( model.rowOf( 3 ) == 0 );
  CHECK( model.rowOf( 1 ) == -1 );
  CHECK( model.totalRows() == 3 );
}

TEST_CASE( "an edit updates only its rows and keeps the sort", "[attributetable]" )
{
  ThreeIncidents project;
  AttributeTableModel model;
  model.setTable( incidentColumns(), AttributeTableModel::read( project.path, QStringLiteral( "incidents" ),
                                                                incidentColumns() ) );
  model.sort( model.columnOf( QStringLiteral( "weight" ) ), Qt::DescendingOrder );
  {
    tryggkarta::Database db( project.path.toStdString(), tryggkarta::Database::Mode::ReadWrite );
    db.exec( "UPDATE incidents SET weight = 9 WHERE fid = 2" );
  }
  // Only fid 2 is read again; fid 1 was deleted meanwhile.
  model.updateRows( AttributeTableModel::read( project.path, QStringLiteral( "incidents" ), incidentColumns(),
                                               QgsFeatureIds( { 2 } ) ),
                    QgsFeatureIds( { 1 } ) );
  CHECK( model.totalRows() == 2 );
  CHECK( shownFids( model ) == QList<QgsFeatureId>( { 2, 3 } ) );
  CHECK( cell( model, 0, QStringLiteral( "weight" ) ) == QStringLiteral( "9" ) );
}

TEST_CASE( "a table that cannot be read says why and shows nothing", "[attributetable]" )
{
  QTemporaryDir dir;
  const AttributeTableModel::Rows rows = AttributeTableModel::read(
    dir.filePath( QStringLiteral( "missing.gpkg" ) ), QStringLiteral( "incidents" ), incidentColumns() );
  CHECK( !rows.error.isEmpty() );
  CHECK( rows.fids.isEmpty() );
}

TEST_CASE( "a big table is read in two halves side by side, whole and in fid order", "[attributetable]" )
{
  ThreeIncidents project;
  // More rows, and one far beyond the rest: the fids span more than 200 000, so the read splits at the middle
  // of the span (the first half holds nearly every row, the second the far one).
  for ( int i = 0; i < 6; ++i )
    guitest::execSql( project.path,
                      QStringLiteral( "INSERT INTO incidents (geom, occurred_from, category, organisation, "
                                      "weight, description, source, created_at, updated_at) SELECT geom, "
                                      "occurred_from, category, organisation, weight, description, source, "
                                      "created_at, updated_at FROM incidents" ) );
  guitest::execSql(
    project.path, QStringLiteral( "INSERT INTO incidents (fid, geom, occurred_from, category, organisation, "
                                  "weight, description, source, created_at, updated_at) SELECT 500000, geom, "
                                  "occurred_from, 'glaskross', organisation, 7, 'långt bort', source, "
                                  "created_at, updated_at FROM incidents WHERE fid = 2" ) );
  const AttributeTableModel::Rows split =
    AttributeTableModel::read( project.path, QStringLiteral( "incidents" ), incidentColumns() );
  REQUIRE( split.error == QString() );
  // The same rows read by their fids, in one piece.
  QgsFeatureIds all;
  for ( QgsFeatureId fid : split.fids )
    all.insert( fid );
  const AttributeTableModel::Rows whole =
    AttributeTableModel::read( project.path, QStringLiteral( "incidents" ), incidentColumns(), all );
  REQUIRE( whole.error == QString() );
  CHECK( split.fids.size() == guitest::countRows( project.path, QStringLiteral( "incidents" ) ) );
  CHECK( split.fids == whole.fids );
  CHECK( std::is_sorted( split.fids.begin(), split.fids.end() ) );
  CHECK( split.fids.last() == 500000 );
  REQUIRE( split.values.size() == whole.values.size() );
  for ( int c = 0; c < split.values.size(); ++c )
    CHECK( split.values[c] == whole.values[c] );
  // A coded value from either half shows by its label.
  AttributeTableModel model;
  model.setTable( incidentColumns(), split );
  CHECK( cell( model, model.rowOf( 500000 ), QStringLiteral( "category" ) ) ==
         QStringLiteral( "Glaskross" ) );
  CHECK( cell( model, model.rowOf( 500000 ), QStringLiteral( "organisation" ) ) ==
         QStringLiteral( "Åbo Bostäder" ) );
}

TEST_CASE( "a big table is sorted on a worker while it shows its rows, and an edit meanwhile is not lost",
           "[attributetable]" )
{
  // Just past the size from which sorting leaves the window's thread.
  const int n = AttributeTableModel::kBackgroundSortRows + 1000;
  const QVector<AttributeTableModel::Column> columns = incidentColumns();
  AttributeTableModel::Rows rows;
  rows.values.resize( columns.size() );
  const int weight = 3; // incidentColumns(): fid, category, organisation, weight, occurred_from, description
  for ( int i = 0; i < n; ++i )
  {
    rows.fids << i + 1;
    for ( int c = 0; c < columns.size(); ++c )
      rows.values[c] << ( c == weight ? QVariant( double( ( i * 7919 ) % 1000 ) ) : QVariant() );
  }
  AttributeTableModel model;
  model.setTable( columns, rows );
  CHECK_FALSE( model.isSorting() );
  const int weightColumn = model.columnOf( QStringLiteral( "weight" ) );
  REQUIRE( weightColumn == weight );

  // The weight of the row's record, as the rows above were made (fid 5 is changed to −1 below).
  bool fiveChanged = false;
  auto weightAt = [&]( int row )
  {
    const QgsFeatureId fid = model.fidAt( row );
    return fid == 5 && fiveChanged ? -1.0 : double( ( ( fid - 1 ) * 7919 ) % 1000 );
  };
  auto waitForSort = [&]
  {
    QElapsedTimer timer;
    timer.start();
    while ( model.isSorting() && timer.elapsed() < 60000 )
      QCoreApplication::processEvents( QEventLoop::AllEvents, 10 );
    return !model.isSorting();
  };
  model.sort( weightColumn, Qt::DescendingOrder );
  CHECK( model.isSorting() );
  CHECK( model.rowCount() == n ); // the rows stay shown meanwhile
  CHECK( model.fidAt( 0 ) == 1 ); // in the order before
  REQUIRE( waitForSort() );
  for ( int row = 1; row < n; row += 997 )
    CHECK( weightAt( row - 1 ) >= weightAt( row ) );
  CHECK( weightAt( 0 ) == 999 );

  // An edit while the next sort runs: the row removed is gone, the changed one sorted where it now belongs.
  model.sort( weightColumn, Qt::AscendingOrder );
  REQUIRE( model.isSorting() );
  AttributeTableModel::Rows changed;
  changed.values.resize( columns.size() );
  changed.fids << 5;
  for ( int c = 0; c < columns.size(); ++c )
    changed.values[c] << ( c == weight ? QVariant( -1.0 ) : QVariant() );
  model.updateRows( changed, QgsFeatureIds{ 7 } );
  fiveChanged = true;
  CHECK( model.rowCount() == n - 1 );
  REQUIRE( waitForSort() );
  CHECK( model.rowCount() == n - 1 );
  CHECK( model.fidAt( 0 ) == 5 ); // weight −1 now: first in ascending order
  CHECK( model.rowOf( 7 ) == -1 );
  for ( int row = 1; row < n - 1; row += 997 )
    CHECK( weightAt( row - 1 ) <= weightAt( row ) );
}

#include "conflictsdialog.h"

#include "coremessages.h"
#include "database.h"
#include "sync.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMap>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <set>

namespace
{
QJsonObject parse( const std::string &json )
{
  return QJsonDocument::fromJson( QByteArray::fromStdString( json ) ).object();
}

//! A shared table's name in words.
QString tableName( const std::string &table )
{
  static const QMap<QString, const char *> names = {
    { QStringLiteral( "incidents" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Incident" ) },
    { QStringLiteral( "observations" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Observation" ) },
    { QStringLiteral( "actions" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Action" ) },
    { QStringLiteral( "action_status_history" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Action status" ) },
    { QStringLiteral( "safety_walks" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Safety walk" ) },
    { QStringLiteral( "walk_stops" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Walk stop" ) },
    { QStringLiteral( "areas" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Area" ) },
    { QStringLiteral( "categories" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Category" ) },
    { QStringLiteral( "category_groups" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Category group" ) },
    { QStringLiteral( "place_types" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Place type" ) },
    { QStringLiteral( "checklist_items" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Checklist item" ) },
    { QStringLiteral( "organisations" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Organisation" ) },
    { QStringLiteral( "walk_organisations" ),
      QT_TRANSLATE_NOOP( "ConflictsDialog", "Organisation on a safety walk" ) },
    { QStringLiteral( "walk_photos" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Walk photo" ) },
    { QStringLiteral( "priorities" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Priority" ) },
    { QStringLiteral( "evaluations" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Evaluation" ) },
    { QStringLiteral( "citizen_promises" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Citizen promise" ) },
    { QStringLiteral( "promise_activities" ),
      QT_TRANSLATE_NOOP( "ConflictsDialog", "Citizen promise activity" ) },
    { QStringLiteral( "promise_links" ),
      QT_TRANSLATE_NOOP( "ConflictsDialog", "Link to a citizen promise activity" ) },
    { QStringLiteral( "crosswalks" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Crosswalk" ) },
    { QStringLiteral( "crosswalk_entries" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Crosswalk line" ) },
  };
  const QString key = QString::fromStdString( table );
  return names.contains( key ) ? QCoreApplication::translate( "ConflictsDialog", names.value( key ) ) : key;
}

//! A column's name in words (the common ones; any other as its name, spaced).
QString fieldName( const QString &column )
{
  static const QMap<QString, const char *> names = {
    { QStringLiteral( "geom" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Place" ) },
    { QStringLiteral( "occurred_from" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Occurred from" ) },
    { QStringLiteral( "occurred_until" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Occurred until" ) },
    { QStringLiteral( "category" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Category" ) },
    { QStringLiteral( "organisation" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Organisation" ) },
    { QStringLiteral( "place_type" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Place type" ) },
    { QStringLiteral( "weight" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Weight" ) },
    { QStringLiteral( "description" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Description" ) },
    { QStringLiteral( "source" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Source" ) },
    { QStringLiteral( "place_precision" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Place precision" ) },
    { QStringLiteral( "created_at" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Created" ) },
    { QStringLiteral( "updated_at" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Last changed" ) },
    { QStringLiteral( "name" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Name" ) },
    { QStringLiteral( "title" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Title" ) },
    { QStringLiteral( "status" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Status" ) },
    { QStringLiteral( "note" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Note" ) },
    { QStringLiteral( "rating" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Rating" ) },
    { QStringLiteral( "checklist_item" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Checklist item" ) },
    { QStringLiteral( "proposed_action" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Proposed action" ) },
    { QStringLiteral( "observed_at" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Observed" ) },
    { QStringLiteral( "walk_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Safety walk" ) },
    { QStringLiteral( "walk_date" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Walk date" ) },
    { QStringLiteral( "stop_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Walk stop" ) },
    { QStringLiteral( "stop_number" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Stop number" ) },
    { QStringLiteral( "participants" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Participants" ) },
    { QStringLiteral( "area_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Area" ) },
    { QStringLiteral( "responsible" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Responsible" ) },
    { QStringLiteral( "responsible_organisation" ),
      QT_TRANSLATE_NOOP( "ConflictsDialog", "Responsible organisation" ) },
    { QStringLiteral( "deadline" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Deadline" ) },
    { QStringLiteral( "start_date" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Start date" ) },
    { QStringLiteral( "end_date" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "End date" ) },
    { QStringLiteral( "goal" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Goal" ) },
    { QStringLiteral( "problem" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Problem" ) },
    { QStringLiteral( "result" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Result" ) },
    { QStringLiteral( "action_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Action" ) },
    { QStringLiteral( "priority_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Priority" ) },
    { QStringLiteral( "kind" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Kind" ) },
    { QStringLiteral( "year" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Year" ) },
    { QStringLiteral( "code" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Code" ) },
    { QStringLiteral( "label_sv" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Name in Swedish" ) },
    { QStringLiteral( "label_en" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Name in English" ) },
    { QStringLiteral( "color" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Colour" ) },
    { QStringLiteral( "data" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Photo" ) },
    { QStringLiteral( "file_name" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "File name" ) },
    { QStringLiteral( "extra_attributes" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Other attributes" ) },
    { QStringLiteral( "place_precision_given" ),
      QT_TRANSLATE_NOOP( "ConflictsDialog", "Precision given by the source" ) },
    { QStringLiteral( "screening_flags" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Personal data found" ) },
    { QStringLiteral( "source_event_id" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Event id at the source" ) },
    { QStringLiteral( "source_row" ), QT_TRANSLATE_NOOP( "ConflictsDialog", "Row in the source file" ) },
  };
  if ( names.contains( column ) )
    return QCoreApplication::translate( "ConflictsDialog", names.value( column ) );
  QString words = column;
  words.replace( QLatin1Char( '_' ), QLatin1Char( ' ' ) );
  if ( !words.isEmpty() )
    words[0] = words[0].toUpper();
  return words;
}

QString shown( const QJsonValue &value )
{
  return value.isNull() || value.isUndefined() ? QStringLiteral( "–" ) : value.toString();
}
} // namespace

ConflictsDialog::ConflictsDialog( tryggkarta::Database &db, QWidget *parent ) : QDialog( parent ), mDb( db )
{
  setWindowTitle( tr( "Synchronisation conflicts" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro =
    new QLabel( tr( "These rows changed both here and in the shared database (or one side deleted "
                    "them) since the last synchronisation. Neither version was overwritten: choose "
                    "which to keep. The next synchronisation carries out the choice." ) );
  intro->setWordWrap( true );
  layout->addWidget( intro );
  auto *splitter = new QSplitter( Qt::Horizontal );
  mList = new QListWidget;
  splitter->addWidget( mList );
  auto *right = new QWidget;
  auto *rightLayout = new QVBoxLayout( right );
  rightLayout->setContentsMargins( 0, 0, 0, 0 );
  mWhat = new QLabel;
  mWhat->setWordWrap( true );
  rightLayout->addWidget( mWhat );
  mComparison = new QTableWidget( 0, 3 );
  mComparison->setHorizontalHeaderLabels( { tr( "Field" ), tr( "This copy" ), tr( "Shared database" ) } );
  mComparison->horizontalHeader()->setStretchLastSection( true );
  mComparison->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::Stretch );
  mComparison->verticalHeader()->setVisible( false );
  mComparison->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mComparison->setWordWrap( true );
  rightLayout->addWidget( mComparison, 1 );
  auto *choice = new QHBoxLayout;
  mKeepLocal = new QPushButton( tr( "Keep this copy's version" ) );
  mKeepShared = new QPushButton( tr( "Keep the shared version" ) );
  choice->addStretch( 1 );
  choice->addWidget( mKeepLocal );
  choice->addWidget( mKeepShared );
  rightLayout->addLayout( choice );
  splitter->addWidget( right );
  splitter->setStretchFactor( 1, 3 );
  splitter->setSizes( { 280, 620 } );
  layout->addWidget( splitter, 1 );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );
  connect( mList, &QListWidget::currentRowChanged, this, &ConflictsDialog::showConflict );
  connect( mKeepLocal, &QPushButton::clicked, this, [this] { resolve( mList->currentRow(), true ); } );
  connect( mKeepShared, &QPushButton::clicked, this, [this] { resolve( mList->currentRow(), false ); } );
  reload();
  resize( 960, 520 );
}

int ConflictsDialog::conflictCount() const
{
  return static_cast<int>( mConflicts.size() );
}

void ConflictsDialog::reload()
{
  mConflicts = tryggkarta::openSyncConflicts( mDb );
  mList->clear();
  for ( const auto &c : mConflicts )
  {
    QString kind;
    if ( c.kind == "both_changed" )
      kind = tr( "changed on both sides" );
    else if ( c.kind == "deleted_there" )
      kind = tr( "deleted in the shared database" );
    else if ( c.kind == "deleted_here" )
      kind = tr( "deleted here" );
    else
      kind = tr( "refused" );
    auto *item =
      new QListWidgetItem( tr( "%1 %2: %3" ).arg( tableName( c.table ) ).arg( c.localFid ).arg( kind ) );
    item->setToolTip( item->text() );
    mList->addItem( item );
  }
  if ( !mConflicts.empty() )
    mList->setCurrentRow( 0 );
  else
    showConflict( -1 );
}

void ConflictsDialog::showConflict( int row )
{
  mComparison->setRowCount( 0 );
  const bool valid = row >= 0 && row < conflictCount();
  mKeepLocal->setEnabled( valid );
  mKeepShared->setEnabled( valid );
  if ( !valid )
  {
    mWhat->setText( tr( "No open conflicts." ) );
    return;
  }
  const auto &c = mConflicts[static_cast<size_t>( row )];
  mWhat->setText( CoreMessages::text( c.describe() ) );
  const QJsonObject here = parse( c.localRow ), there = parse( c.serverRow );
  std::set<QString> keys;
  for ( const auto &k : here.keys() )
    keys.insert( k );
  for ( const auto &k : there.keys() )
    keys.insert( k );
  // The fields that differ first, then the rest.
  std::vector<QString> ordered;
  for ( int pass = 0; pass < 2; ++pass )
    for ( const QString &key : keys )
    {
      const bool differs =
        c.localRow.empty() || c.serverRow.empty() || here.value( key ) != there.value( key );
      if ( differs == ( pass == 0 ) )
        ordered.push_back( key );
    }
  for ( const QString &key : ordered )
  {
    const int r = mComparison->rowCount();
    mComparison->insertRow( r );
    const QString a = c.localRow.empty() ? tr( "(deleted)" ) : shown( here.value( key ) );
    const QString b = c.serverRow.empty() ? tr( "(deleted or not readable)" ) : shown( there.value( key ) );
    auto *field = new QTableWidgetItem( fieldName( key ) );
    field->setToolTip( key ); // the column's own name, as QGIS Desktop and psql show it
    auto *left = new QTableWidgetItem( a );
    auto *right = new QTableWidgetItem( b );
    if ( a != b )
    {
      QFont bold = field->font();
      bold.setBold( true );
      for ( auto *item : { field, left, right } )
      {
        item->setFont( bold );
        item->setBackground( QColor( 255, 236, 179 ) );
      }
    }
    mComparison->setItem( r, 0, field );
    mComparison->setItem( r, 1, left );
    mComparison->setItem( r, 2, right );
  }
  mComparison->resizeColumnToContents( 0 );
  mComparison->resizeRowsToContents();
}

bool ConflictsDialog::resolve( int row, bool keepLocal )
{
  if ( row < 0 || row >= conflictCount() )
    return false;
  const auto resolved =
    tryggkarta::resolveSyncConflict( mDb, mConflicts[static_cast<size_t>( row )].id, keepLocal );
  if ( !resolved.ok() )
  {
    QMessageBox::warning( this, windowTitle(), CoreMessages::text( resolved.error() ) );
    return false;
  }
  reload();
  return true;
}

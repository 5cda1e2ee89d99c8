#include "attributetablepanel.h"

#include "database.h"
#include "screenedtextedit.h"
#include "vocabulary.h"

#include <qgseditorwidgetsetup.h>
#include <qgsfeatureiterator.h>
#include <qgsfilterlineedit.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproviderregistry.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QScopedValueRollback>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

using tryggkarta::RecordTable;
using Column = AttributeTableModel::Column;
using Kind = AttributeTableModel::Kind;

namespace
{
struct ColumnDefinition
{
  const char *field;
  Kind kind;
  bool repeated;
};

//! The columns a coordinator reads, in order (provenance details such as the import batch stay in the file).
const ColumnDefinition kIncidentColumns[] = {
  { "fid", Kind::Integer, false },         { "occurred_from", Kind::Time, false },
  { "occurred_until", Kind::Time, false }, { "category", Kind::Text, false },
  { "organisation", Kind::Text, true },    { "place_type", Kind::Text, false },
  { "weight", Kind::Number, false },       { "description", Kind::Text, false },
  { "source", Kind::Text, false },         { "place_precision", Kind::Text, false },
  { "screening_flags", Kind::Text, true }, { "created_at", Kind::Time, false },
  { "updated_at", Kind::Time, false },
};
const ColumnDefinition kObservationColumns[] = {
  { "fid", Kind::Integer, false },     { "observed_at", Kind::Time, false },
  { "walk_id", Kind::Text, false },    { "checklist_item", Kind::Text, false },
  { "rating", Kind::Integer, false },  { "positive", Kind::Text, false },
  { "note", Kind::Text, false },       { "proposed_action", Kind::Text, false },
  { "photos", Kind::Text, false },     { "screening_flags", Kind::Text, true },
  { "created_at", Kind::Time, false }, { "updated_at", Kind::Time, false },
};

//! The labels of a field's value map (QGIS's ValueMap editor widget), stored code -> label.
QHash<QString, QString> valueMapLabels( const QgsVectorLayer *layer, int index )
{
  QHash<QString, QString> labels;
  const QgsEditorWidgetSetup setup = layer->editorWidgetSetup( index );
  if ( setup.type() != QLatin1String( "ValueMap" ) )
    return labels;
  const QVariantList entries = setup.config().value( QStringLiteral( "map" ) ).toList();
  for ( const QVariant &entry : entries )
  {
    const QVariantMap pair = entry.toMap();
    for ( auto it = pair.constBegin(); it != pair.constEnd(); ++it )
      labels.insert( it.value().toString(), it.key() );
  }
  return labels;
}
} // namespace

AttributeTablePanel::AttributeTablePanel( QgsMapCanvas *canvas, QWidget *parent )
  : QWidget( parent ), mCanvas( canvas )
{
  setObjectName( QStringLiteral( "AttributeTablePanel" ) );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 4, 4, 4, 4 );
  auto *bar = new QHBoxLayout;
  layout->addLayout( bar );

  mTableCombo = new QComboBox( this );
  mTableCombo->setObjectName( QStringLiteral( "TableCombo" ) );
  mTableCombo->addItem( tr( "Incidents" ), static_cast<int>( RecordTable::Incidents ) );
  mTableCombo->addItem( tr( "Safety-walk observations" ), static_cast<int>( RecordTable::Observations ) );
  bar->addWidget( mTableCombo );
  connect( mTableCombo, qOverload<int>( &QComboBox::activated ), this,
           [this] { showTable( static_cast<RecordTable>( mTableCombo->currentData().toInt() ) ); } );

  mSearch = new QgsFilterLineEdit( this );
  mSearch->setObjectName( QStringLiteral( "SearchEdit" ) );
  mSearch->setShowSearchIcon( true );
  mSearch->setPlaceholderText( tr( "Search the table…" ) );
  mSearch->setMinimumWidth( 220 );
  bar->addWidget( mSearch, 1 );

  mOnlyMapFilter = new QCheckBox( tr( "Only what the map filter shows" ), this );
  mOnlyMapFilter->setObjectName( QStringLiteral( "OnlyMapFilterCheck" ) );
  mOnlyMapFilter->setChecked( true );
  mOnlyMapFilter->setToolTip(
    tr( "Show only the incidents of the lägesbild's filter (period, categories, …)" ) );
  bar->addWidget( mOnlyMapFilter );

  mCount = new QLabel( this );
  mCount->setObjectName( QStringLiteral( "CountLabel" ) );
  bar->addWidget( mCount );

  mModel = new AttributeTableModel( this );
  mView = new QTableView( this );
  mView->setObjectName( QStringLiteral( "AttributeTableView" ) );
  mView->setModel( mModel );
  mView->setSelectionBehavior( QAbstractItemView::SelectRows );
  mView->setSelectionMode( QAbstractItemView::ExtendedSelection );
  mView->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mView->setAlternatingRowColors( true );
  mView->setSortingEnabled( true );
  mView->setWordWrap( false );
  mView->verticalHeader()->setDefaultSectionSize( mView->fontMetrics().height() + 8 );
  mView->verticalHeader()->hide();
  mView->horizontalHeader()->setHighlightSections( false );
  mView->setToolTip( tr( "Double-click a row to show it on the map" ) );
  layout->addWidget( mView, 1 );
  connect( mView, &QAbstractItemView::doubleClicked, this,
           [this]( const QModelIndex &index ) { activateRow( index.row() ); } );
  connect( mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
           &AttributeTablePanel::selectOnMap );
  // A reset clears the view's selection without a signal: it is the map's selection, shown again.
  connect( mModel, &QAbstractItemModel::modelReset, this, &AttributeTablePanel::showMapSelection );
  connect( mModel, &AttributeTableModel::sortingChanged, this, &AttributeTablePanel::updateCount );

  // Typing is coalesced.
  mFilterTimer = new QTimer( this );
  mFilterTimer->setSingleShot( true );
  mFilterTimer->setInterval( 200 );
  connect( mFilterTimer, &QTimer::timeout, this, &AttributeTablePanel::applyFilter );
  connect( mSearch, &QLineEdit::textChanged, mFilterTimer, qOverload<>( &QTimer::start ) );
  connect( mOnlyMapFilter, &QCheckBox::toggled, this, &AttributeTablePanel::applyFilter );
  updateCount();
}

AttributeTablePanel::~AttributeTablePanel()
{
  // A table being read holds a source of the layer: let the readers end first.
  for ( const QPointer<QThread> &loader : std::as_const( mLoaders ) )
    if ( loader )
      loader->wait();
}

QgsVectorLayer *AttributeTablePanel::mapLayer( RecordTable table ) const
{
  return table == RecordTable::Incidents ? mIncidents.data() : mObservations.data();
}

void AttributeTablePanel::setLayers( QgsVectorLayer *incidents, QgsVectorLayer *observations )
{
  clear();
  mIncidents = incidents;
  mObservations = observations;
  if ( incidents )
    mPath = QgsProviderRegistry::instance()
              ->decodeUri( QStringLiteral( "ogr" ), incidents->source() )
              .value( QStringLiteral( "path" ) )
              .toString();
  for ( QgsVectorLayer *layer : { incidents, observations } )
    if ( layer )
      connect( layer, &QgsVectorLayer::selectionChanged, this,
               [this, layer]
               {
                 if ( layer == mapLayer( mTable ) )
                   showMapSelection();
               } );
  ensureLoaded();
}

void AttributeTablePanel::clear()
{
  for ( QgsVectorLayer *layer : { mIncidents.data(), mObservations.data() } )
    if ( layer )
      disconnect( layer, nullptr, this, nullptr );
  ++mGeneration; // a table still being read is for the project that closes
  mLoading = false;
  mModel->clear();
  mPath.clear();
  mReadError.clear();
  mIncidents = nullptr;
  mObservations = nullptr;
  mMapFilter.reset();
  mStale = true;
  updateCount();
}

QVector<Column> AttributeTablePanel::columnsFor( RecordTable table, QgsVectorLayer *layer ) const
{
  QVector<Column> columns;
  const QgsFields fields = layer->fields();
  auto add = [&]( const ColumnDefinition &definition )
  {
    const int index = fields.indexOf( QLatin1String( definition.field ) );
    if ( index < 0 )
      return;
    Column column;
    column.field = QLatin1String( definition.field );
    column.title =
      column.field == QLatin1String( "fid" ) ? tr( "No." ) : layer->attributeDisplayName( index );
    column.kind = definition.kind;
    column.repeated = definition.repeated;
    column.labels = valueMapLabels( layer, index );
    if ( column.field == QLatin1String( "screening_flags" ) )
      column.format = &ScreenedTextEdit::flagsText; // "phone" → "telefonnummer"
    columns << column;
  };
  if ( table == RecordTable::Incidents )
    for ( const ColumnDefinition &definition : kIncidentColumns )
      add( definition );
  else
    for ( const ColumnDefinition &definition : kObservationColumns )
      add( definition );

  if ( table == RecordTable::Observations )
  {
    for ( Column &column : columns )
      if ( column.field == QLatin1String( "positive" ) )
        column.labels = { { QStringLiteral( "1" ), tr( "Good place" ) },
                          { QStringLiteral( "0" ), tr( "Problem" ) } };
    // The walk by its name and date rather than its number.
    QHash<QString, QString> names;
    try
    {
      tryggkarta::Database db( mPath.toStdString(), tryggkarta::Database::Mode::ReadOnly );
      if ( auto vocabulary = tryggkarta::readVocabulary( db ) )
        for ( const tryggkarta::SafetyWalkName &walk : vocabulary->walks )
        {
          const QString name = QString::fromStdString( walk.name );
          names.insert( QString::number( walk.fid ),
                        walk.date.empty()
                          ? name
                          : QStringLiteral( "%1 (%2)" ).arg( name, QString::fromStdString( walk.date ) ) );
        }
    }
    catch ( const tryggkarta::SqlError & )
    {
      // The walks are shown by their numbers.
    }
    for ( Column &column : columns )
      if ( column.field == QLatin1String( "walk_id" ) )
        column.labels = names;
  }
  return columns;
}

void AttributeTablePanel::showTable( RecordTable table )
{
  mTableCombo->setCurrentIndex( mTableCombo->findData( static_cast<int>( table ) ) );
  mOnlyMapFilter->setEnabled( table == RecordTable::Incidents );
  if ( table == mTable )
    return;
  mTable = table;
  mModel->clear();
  mStale = true;
  ensureLoaded();
}

void AttributeTablePanel::showEvent( QShowEvent *event )
{
  QWidget::showEvent( event );
  ensureLoaded();
}

void AttributeTablePanel::ensureLoaded()
{
  QgsVectorLayer *source = mapLayer( mTable );
  if ( !source || mPath.isEmpty() || !isVisible() || !mStale )
    return;
  mStale = false;
  const QVector<Column> columns = columnsFor( mTable, source );
  const QString path = mPath;
  const QString tableName = QString::fromLatin1( tryggkarta::recordTableName( mTable ) );
  auto rows = std::make_shared<AttributeTableModel::Rows>();
  const int generation = ++mGeneration;
  const RecordTable table = mTable;
  mLoading = true;
  updateCount();

  QThread *loader = QThread::create( [path, tableName, columns, rows]
                                     { *rows = AttributeTableModel::read( path, tableName, columns ); } );
  connect( loader, &QThread::finished, this,
           [this, loader, rows, columns, generation, table]
           {
             loader->deleteLater();
             if ( generation != mGeneration )
               return; // another table or project since
             mLoading = false;
             mReadError = rows->error;
             // A table read again keeps its sort; a table shown anew starts sorted newest first.
             const bool fresh = mModel->columnCount() == 0;
             mModel->setTable( columns, std::move( *rows ) );
             if ( fresh )
             {
               // Newest first: what was reported last is what the coordinator looks for.
               const int column =
                 mModel->columnOf( table == RecordTable::Incidents ? QStringLiteral( "occurred_from" )
                                                                   : QStringLiteral( "fid" ) );
               mView->sortByColumn( column, Qt::DescendingOrder );
               mView->resizeColumnsToContents();
               for ( int c = 0; c < mModel->columnCount(); ++c )
                 mView->setColumnWidth( c, std::min( mView->columnWidth( c ), 320 ) );
             }
             applyFilter();
           } );
  mLoaders << loader;
  loader->start();
}

void AttributeTablePanel::reload( RecordTable table, const QgsFeatureIds &fids )
{
  if ( table != mTable )
    return; // the other table is read afresh when it is shown
  if ( mModel->columnCount() == 0 || mLoading || !isVisible() || fids.isEmpty() )
  {
    // Not read yet, being read (perhaps from before the edit), or everything changed: read it all when shown.
    mStale = true;
    ensureLoaded();
    return;
  }
  // Only the records edited are read again; the rest of the table stays as it is.
  const AttributeTableModel::Rows rows = AttributeTableModel::read(
    mPath, QString::fromLatin1( tryggkarta::recordTableName( mTable ) ), mModel->columns(), fids );
  if ( !rows.error.isEmpty() )
  {
    mReadError = rows.error;
    updateCount();
    return;
  }
  QgsFeatureIds removed = fids;
  for ( QgsFeatureId fid : rows.fids )
    removed.remove( fid );
  mModel->updateRows( rows, removed );
  updateCount();
}

void AttributeTablePanel::setMapFilter( const std::optional<QgsFeatureIds> &incidents )
{
  mMapFilter = incidents;
  if ( mTable == RecordTable::Incidents && mOnlyMapFilter->isChecked() && mModel->columnCount() > 0 )
    applyFilter();
}

void AttributeTablePanel::setSearchText( const QString &text )
{
  mSearch->setText( text );
  applyFilter();
}

void AttributeTablePanel::setOnlyMapFilter( bool only )
{
  mOnlyMapFilter->setChecked( only );
  applyFilter();
}

void AttributeTablePanel::applyFilter()
{
  mFilterTimer->stop();
  const bool byMap = mTable == RecordTable::Incidents && mOnlyMapFilter->isChecked();
  mModel->setFilter( mSearch->text().trimmed(), byMap ? mMapFilter : std::nullopt );
  updateCount();
}

void AttributeTablePanel::updateCount()
{
  const QLocale locale;
  if ( mLoading )
    mCount->setText( tr( "Reading the table…" ) );
  else if ( !mReadError.isEmpty() )
    mCount->setText( tr( "The table could not be read: %1" ).arg( mReadError ) );
  else if ( mModel->columnCount() == 0 )
    mCount->clear();
  else if ( mModel->isSorting() )
    mCount->setText(
      tr( "%1 of %2, sorting…" ).arg( locale.toString( shownRows() ), locale.toString( totalRows() ) ) );
  else
    mCount->setText( tr( "%1 of %2" ).arg( locale.toString( shownRows() ), locale.toString( totalRows() ) ) );
  emit rowsChanged();
}

void AttributeTablePanel::showMapSelection()
{
  QgsVectorLayer *layer = mapLayer( mTable );
  if ( !layer || mModel->columnCount() == 0 )
    return;
  QVector<int> rows;
  const QgsFeatureIds selected = layer->selectedFeatureIds();
  rows.reserve( selected.size() );
  for ( QgsFeatureId fid : selected )
  {
    const int row = mModel->rowOf( fid );
    if ( row >= 0 )
      rows << row;
  }
  std::sort( rows.begin(), rows.end() );
  // Runs of neighbouring rows as one range each: selecting 10^5 rows stays cheap.
  QItemSelection selection;
  for ( int i = 0; i < rows.size(); )
  {
    int j = i;
    while ( j + 1 < rows.size() && rows[j + 1] == rows[j] + 1 )
      ++j;
    selection.select( mModel->index( rows[i], 0 ), mModel->index( rows[j], mModel->columnCount() - 1 ) );
    i = j + 1;
  }
  const QScopedValueRollback<bool> syncing( mSyncingSelection, true );
  mView->selectionModel()->select( selection, QItemSelectionModel::ClearAndSelect );
}

void AttributeTablePanel::selectOnMap()
{
  QgsVectorLayer *layer = mapLayer( mTable );
  if ( mSyncingSelection || !layer )
    return;
  QgsFeatureIds fids;
  const QModelIndexList rows = mView->selectionModel()->selectedRows();
  for ( const QModelIndex &index : rows )
    fids.insert( mModel->fidAt( index.row() ) );
  const QScopedValueRollback<bool> syncing( mSyncingSelection, true );
  layer->selectByIds( fids );
}

void AttributeTablePanel::activateRow( int row )
{
  QgsVectorLayer *source = mapLayer( mTable );
  if ( !source || row < 0 || row >= shownRows() )
    return;
  const QgsFeatureId fid = fidAt( row );
  // Read from the file: the record may lie outside what the map's filter shows.
  std::optional<std::pair<double, double>> position;
  try
  {
    tryggkarta::Database db( mPath.toStdString(), tryggkarta::Database::Mode::ReadOnly );
    tryggkarta::RecordEdits records( db );
    if ( auto stored = records.snapshots( { tryggkarta::RecordId{ mTable, fid } } );
         stored && !stored->empty() )
      position = stored->front().position();
  }
  catch ( const tryggkarta::SqlError & )
  {
  }
  if ( !position )
    return;
  const QgsPointXY point =
    mCanvas->mapSettings().layerToMapCoordinates( source, QgsPointXY( position->first, position->second ) );
  // Street level around the record, or the same scale when the map is that close already.
  QgsRectangle extent = mCanvas->extent();
  constexpr double kStreetWidth = 800; // map units (metres)
  if ( extent.width() > 2 * kStreetWidth )
    extent = QgsRectangle( point.x() - kStreetWidth / 2, point.y() - kStreetWidth / 2,
                           point.x() + kStreetWidth / 2, point.y() + kStreetWidth / 2 );
  else
    extent = QgsRectangle( point.x() - extent.width() / 2, point.y() - extent.height() / 2,
                           point.x() + extent.width() / 2, point.y() + extent.height() / 2 );
  source->selectByIds( { fid } );
  mCanvas->setExtent( extent );
  mCanvas->refresh();
  mCanvas->flashFeatureIds( source, { fid } );
}

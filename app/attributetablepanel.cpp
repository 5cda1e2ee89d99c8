#include "attributetablepanel.h"

#include "stockholmtimeformatter.h"

#include <qgsattributetableconfig.h>
#include <qgsattributetablefiltermodel.h>
#include <qgsattributetablemodel.h>
#include <qgsattributetableview.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfeatureiterator.h>
#include <qgsfilterlineedit.h>
#include <qgsgeometry.h>
#include <qgsproviderregistry.h>
#include <qgsmapcanvas.h>
#include <qgsvectordataprovider.h>
#include <qgsvaluemapfieldformatter.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayercache.h>
#include <qgsvectorlayerselectionmanager.h>

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

using tryggkarta::RecordTable;

namespace
{
//! Columns a coordinator does not need in the table (provenance details stay in the file and in identify).
const QStringList kHiddenColumns = { QStringLiteral( "batch_id" ), QStringLiteral( "source_row" ),
                                     QStringLiteral( "extra_attributes" ) };
//! The columns the quick search looks in, per table.
const QStringList kIncidentSearchColumns = { QStringLiteral( "category" ), QStringLiteral( "organisation" ),
                                             QStringLiteral( "place_type" ), QStringLiteral( "description" ),
                                             QStringLiteral( "source" ) };
const QStringList kObservationSearchColumns = { QStringLiteral( "walk_id" ),
                                                QStringLiteral( "checklist_item" ), QStringLiteral( "note" ),
                                                QStringLiteral( "proposed_action" ) };
//! Times stored as UTC, shown as Stockholm wall-clock time.
const QStringList kTimeColumns = { QStringLiteral( "occurred_from" ), QStringLiteral( "occurred_until" ),
                                   QStringLiteral( "observed_at" ), QStringLiteral( "created_at" ),
                                   QStringLiteral( "updated_at" ) };
//! Rows kept in memory by the feature cache; the rest are read on demand (as QGIS's own attribute table).
constexpr int kCacheSize = 10000;
} // namespace

AttributeTablePanel::AttributeTablePanel( QgsMapCanvas *canvas, QWidget *parent )
  : QWidget( parent ), mCanvas( canvas )
{
  setObjectName( QStringLiteral( "AttributeTablePanel" ) );
  StockholmTimeFormatter::ensureRegistered();
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
    tr( "Show the incidents of the lägesbild's filter (period, categories, …) only" ) );
  bar->addWidget( mOnlyMapFilter );

  mCount = new QLabel( this );
  mCount->setObjectName( QStringLiteral( "CountLabel" ) );
  bar->addWidget( mCount );

  mView = new QgsAttributeTableView( this );
  mView->setObjectName( QStringLiteral( "AttributeTableView" ) );
  mView->setToolTip( tr( "Double-click a row to show it on the map" ) );
  layout->addWidget( mView, 1 );
  connect( mView, &QAbstractItemView::doubleClicked, this,
           [this]( const QModelIndex &index ) { activateRow( index.row() ); } );

  // Typing is coalesced: each search reads the table's column once.
  mFilterTimer = new QTimer( this );
  mFilterTimer->setSingleShot( true );
  mFilterTimer->setInterval( 250 );
  connect( mFilterTimer, &QTimer::timeout, this, &AttributeTablePanel::applyFilters );
  connect( mSearch, &QLineEdit::textChanged, mFilterTimer, qOverload<>( &QTimer::start ) );
  connect( mOnlyMapFilter, &QCheckBox::toggled, this, &AttributeTablePanel::applyFilters );
}

AttributeTablePanel::~AttributeTablePanel()
{
  dropModel();
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
  // The map's filter is the incidents layer's subset, set when the heatmap of a new filter is ready.
  if ( incidents )
    connect( incidents, &QgsVectorLayer::subsetStringChanged, this,
             [this]
             {
               if ( mTable == RecordTable::Incidents && mOnlyMapFilter->isChecked() )
                 mFilterTimer->start();
             } );
  mStale = true;
  ensureModel();
}

void AttributeTablePanel::clear()
{
  if ( mIncidents )
    disconnect( mIncidents, nullptr, this, nullptr );
  dropModel();
  mIncidents = nullptr;
  mObservations = nullptr;
  mStale = true;
  updateCount();
}

void AttributeTablePanel::dropModel()
{
  mView->setModel( nullptr );
  mView->setFeatureSelectionManager( nullptr );
  delete mSelectionManager;
  mSelectionManager = nullptr;
  delete mFilterModel;
  mFilterModel = nullptr;
  delete mModel;
  mModel = nullptr;
  delete mCache;
  mCache = nullptr;
  mTableLayer.reset();
}

void AttributeTablePanel::showTable( RecordTable table )
{
  mTableCombo->setCurrentIndex( mTableCombo->findData( static_cast<int>( table ) ) );
  mOnlyMapFilter->setEnabled( table == RecordTable::Incidents );
  if ( table == mTable && mModel )
    return;
  mTable = table;
  mStale = true;
  ensureModel();
}

void AttributeTablePanel::reload( RecordTable table )
{
  if ( table != mTable )
    return;
  if ( !mModel || !isVisible() )
  {
    mStale = true; // read again when shown
    return;
  }
  // The provider reopens the file; the feature cache is invalidated with it and the model reads the rows
  // again.
  mTableLayer->dataProvider()->reloadData();
  applyFilters();
}

void AttributeTablePanel::showEvent( QShowEvent *event )
{
  QWidget::showEvent( event );
  ensureModel();
}

void AttributeTablePanel::ensureModel()
{
  QgsVectorLayer *source = mapLayer( mTable );
  if ( !source || !isVisible() || ( !mStale && mModel ) )
    return;
  dropModel();
  mStale = false;

  mTableLayer.reset( source->clone() );
  mTableLayer->setSubsetString( QString() );
  const QgsFields fields = mTableLayer->fields();
  for ( int i = 0; i < fields.count(); ++i )
  {
    mTableLayer->setFieldAlias( i, source->attributeAlias( i ) );
    mTableLayer->setEditorWidgetSetup( i, source->editorWidgetSetup( i ) );
    const QString name = fields.at( i ).name();
    if ( kTimeColumns.contains( name ) )
      mTableLayer->setEditorWidgetSetup( i, QgsEditorWidgetSetup( StockholmTimeFormatter::typeId(), {} ) );
    else if ( name == QLatin1String( "fid" ) )
      mTableLayer->setFieldAlias( i, tr( "No." ) );
  }

  if ( mTable == RecordTable::Observations )
    labelObservationCodes();

  mCache = new QgsVectorLayerCache( mTableLayer.get(), kCacheSize, this );
  mCache->setCacheGeometry( false );
  mModel = new QgsAttributeTableModel( mCache, this );
  mModel->setRequest( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  mModel->loadLayer();
  mFilterModel = new QgsAttributeTableFilterModel( mCanvas, mModel, this );

  QgsAttributeTableConfig config;
  config.update( fields );
  QVector<QgsAttributeTableConfig::ColumnConfig> columns = config.columns();
  for ( QgsAttributeTableConfig::ColumnConfig &column : columns )
    column.hidden = column.type == QgsAttributeTableConfig::Action || kHiddenColumns.contains( column.name );
  config.setColumns( columns );
  mFilterModel->setAttributeTableConfig( config );
  mView->setModel( mFilterModel );
  mView->setAttributeTableConfig( config );
  // The table's selection is the map's: rows picked here are selected on the map, and the other way round.
  mSelectionManager = new QgsVectorLayerSelectionManager( source, this );
  mView->setFeatureSelectionManager( mSelectionManager );
  connect( mFilterModel, &QAbstractItemModel::modelReset, this, &AttributeTablePanel::updateCount );
  connect( mFilterModel, &QAbstractItemModel::layoutChanged, this, &AttributeTablePanel::updateCount );
  connect( mFilterModel, &QAbstractItemModel::rowsInserted, this, &AttributeTablePanel::updateCount );
  connect( mFilterModel, &QAbstractItemModel::rowsRemoved, this, &AttributeTablePanel::updateCount );

  // Newest first: what was reported last is what the coordinator looks for.
  const QString sortField =
    mTable == RecordTable::Incidents ? QStringLiteral( "occurred_from" ) : QStringLiteral( "fid" );
  int visibleColumn = 0;
  for ( const QgsAttributeTableConfig::ColumnConfig &column : std::as_const( columns ) )
  {
    if ( column.hidden )
      continue;
    if ( column.name == sortField )
    {
      mView->sortByColumn( visibleColumn, Qt::DescendingOrder );
      break;
    }
    ++visibleColumn;
  }
  mView->resizeColumnsToContents();
  for ( int c = 0; c < mFilterModel->columnCount( QModelIndex() ); ++c )
    mView->setColumnWidth( c, std::min( mView->columnWidth( c ), 320 ) );
  applyFilters();
}

void AttributeTablePanel::labelObservationCodes()
{
  auto setValueMap = [this]( const QString &field, const QList<QPair<QString, QString>> &entries )
  {
    const int index = mTableLayer->fields().indexOf( field );
    if ( index < 0 || entries.isEmpty() )
      return;
    QVariantList map;
    for ( const auto &[label, value] : entries )
      map << QVariantMap{ { label, value } };
    mTableLayer->setEditorWidgetSetup(
      index,
      QgsEditorWidgetSetup( QStringLiteral( "ValueMap" ), QVariantMap{ { QStringLiteral( "map" ), map } } ) );
  };
  setValueMap( QStringLiteral( "positive" ), { { tr( "Good place" ), QStringLiteral( "true" ) },
                                               { tr( "Problem" ), QStringLiteral( "false" ) },
                                               { QString(), QgsValueMapFieldFormatter::NULL_VALUE } } );
  // The walk by its name and date rather than its number, read from the same file.
  const QVariantMap parts =
    QgsProviderRegistry::instance()->decodeUri( QStringLiteral( "ogr" ), mTableLayer->source() );
  const QString path = parts.value( QStringLiteral( "path" ) ).toString();
  if ( path.isEmpty() )
    return;
  QgsVectorLayer walks( path + QStringLiteral( "|layername=safety_walks" ), QStringLiteral( "walks" ),
                        QStringLiteral( "ogr" ) );
  if ( !walks.isValid() )
    return;
  QList<QPair<QString, QString>> names;
  QgsFeatureIterator it = walks.getFeatures( QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ) );
  QgsFeature walk;
  while ( it.nextFeature( walk ) )
  {
    const QString name = walk.attribute( QStringLiteral( "name" ) ).toString();
    const QVariant date = walk.attribute( QStringLiteral( "walk_date" ) );
    names << qMakePair(
      date.isNull() ? name : QStringLiteral( "%1 (%2)" ).arg( name, date.toDate().toString( Qt::ISODate ) ),
      QString::number( walk.id() ) );
  }
  setValueMap( QStringLiteral( "walk_id" ), names );
}

QgsFeatureIds AttributeTablePanel::searchMatches( const QString &text ) const
{
  QgsFeatureIds ids;
  const QStringList &columns =
    mTable == RecordTable::Incidents ? kIncidentSearchColumns : kObservationSearchColumns;
  const QgsFields fields = mTableLayer->fields();
  QgsAttributeList attributes;
  QList<QHash<QString, QString>> labels; // coded value -> label, per searched column
  for ( const QString &name : columns )
  {
    const int index = fields.indexOf( name );
    if ( index < 0 )
      continue;
    attributes << index;
    QHash<QString, QString> map;
    const QgsEditorWidgetSetup setup = mTableLayer->editorWidgetSetup( index );
    if ( setup.type() == QLatin1String( "ValueMap" ) )
      for ( const QVariant &entry : setup.config().value( QStringLiteral( "map" ) ).toList() )
      {
        const QVariantMap pair = entry.toMap();
        for ( auto it = pair.constBegin(); it != pair.constEnd(); ++it )
          map.insert( it.value().toString(), it.key() );
      }
    labels << map;
  }
  bool isNumber = false;
  const qlonglong number = text.toLongLong( &isNumber );
  QgsFeatureIterator it = mTableLayer->getFeatures(
    QgsFeatureRequest().setFlags( QgsFeatureRequest::NoGeometry ).setSubsetOfAttributes( attributes ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
  {
    bool match = isNumber && feature.id() == number;
    for ( int i = 0; i < attributes.size() && !match; ++i )
    {
      const QString value = feature.attribute( attributes[i] ).toString();
      if ( value.isEmpty() )
        continue;
      const QString shown = labels[i].value( value, value );
      match = shown.contains( text, Qt::CaseInsensitive ) || value.contains( text, Qt::CaseInsensitive );
    }
    if ( match )
      ids.insert( feature.id() );
  }
  return ids;
}

QgsFeatureIds AttributeTablePanel::mapFilterMatches() const
{
  QgsFeatureIds ids;
  QgsFeatureIterator it = mIncidents->getFeatures(
    QgsFeatureRequest().setNoAttributes().setFlags( QgsFeatureRequest::NoGeometry ) );
  QgsFeature feature;
  while ( it.nextFeature( feature ) )
    ids.insert( feature.id() );
  return ids;
}

void AttributeTablePanel::setSearchText( const QString &text )
{
  mSearch->setText( text );
  mFilterTimer->stop();
  applyFilters();
}

void AttributeTablePanel::setOnlyMapFilter( bool only )
{
  mOnlyMapFilter->setChecked( only );
}

void AttributeTablePanel::applyFilters()
{
  mFilterTimer->stop();
  if ( !mFilterModel )
  {
    updateCount();
    return;
  }
  const QString text = mSearch->text().trimmed();
  const bool byMap = mTable == RecordTable::Incidents && mOnlyMapFilter->isChecked() && mIncidents &&
                     !mIncidents->subsetString().isEmpty();
  if ( text.isEmpty() && !byMap )
    mFilterModel->setFilterMode( QgsAttributeTableFilterModel::ShowAll );
  else
  {
    QgsFeatureIds ids = byMap ? mapFilterMatches() : QgsFeatureIds();
    if ( !text.isEmpty() )
      ids = byMap ? ids.intersect( searchMatches( text ) ) : searchMatches( text );
    mFilterModel->setFilteredFeatures( ids );
  }
  updateCount();
}

int AttributeTablePanel::shownRows() const
{
  return mFilterModel ? mFilterModel->rowCount( QModelIndex() ) : 0;
}

int AttributeTablePanel::totalRows() const
{
  return mModel ? mModel->rowCount( QModelIndex() ) : 0;
}

QgsFeatureId AttributeTablePanel::fidAt( int row ) const
{
  return mFilterModel ? mFilterModel->rowToId( mFilterModel->index( row, 0 ) ) : FID_NULL;
}

void AttributeTablePanel::activateRow( int row )
{
  QgsVectorLayer *source = mapLayer( mTable );
  if ( !source || !mFilterModel || row < 0 || row >= shownRows() )
    return;
  const QgsFeatureId fid = fidAt( row );
  QgsFeature feature;
  if ( !mTableLayer->getFeatures( QgsFeatureRequest( fid ).setNoAttributes() ).nextFeature( feature ) ||
       !feature.hasGeometry() )
    return;
  const QgsPointXY point =
    mCanvas->mapSettings().layerToMapCoordinates( mTableLayer.get(), feature.geometry().asPoint() );
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

void AttributeTablePanel::updateCount()
{
  if ( !mModel )
  {
    mCount->clear();
    emit rowsChanged();
    return;
  }
  const QLocale locale;
  mCount->setText( tr( "%1 of %2" ).arg( locale.toString( shownRows() ), locale.toString( totalRows() ) ) );
  emit rowsChanged();
}

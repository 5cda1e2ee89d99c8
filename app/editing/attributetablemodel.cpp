#include "attributetablemodel.h"

#include "coremessages.h"
#include "recordrows.h"
#include "stockholmtime.h"

#include <QCollator>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <string>
#include <thread>
#include <unordered_map>

AttributeTableModel::AttributeTableModel( QObject *parent ) : QAbstractTableModel( parent ) {}

AttributeTableModel::Rows AttributeTableModel::read( const QString &path, const QString &table,
                                                     const QVector<Column> &columns,
                                                     const QgsFeatureIds &fids )
{
  Rows rows;
  rows.values.resize( columns.size() );
  std::vector<tryggkarta::RowColumn> read;
  for ( const Column &column : columns )
  {
    const tryggkarta::ColumnType type = column.kind == Kind::Time      ? tryggkarta::ColumnType::UtcTime
                                        : column.kind == Kind::Number  ? tryggkarta::ColumnType::Real
                                        : column.kind == Kind::Integer ? tryggkarta::ColumnType::Integer
                                                                       : tryggkarta::ColumnType::Text;
    read.push_back( { column.field.toStdString(), type } );
  }
  // Coded values and organisations repeat: each distinct text is shown once (stored text -> shown) and
  // shared by its rows (per part read).
  // (Looked up by the stored bytes, so a repeated value costs no new text.)
  using Shared = std::vector<std::unordered_map<std::string, QString>>;
  const auto reader = [&columns]( Rows &into, Shared &shared )
  {
    return [&columns, &into, &shared]( int64_t fid, std::vector<tryggkarta::CellValue> &values )
    {
      into.fids << fid;
      for ( int c = 0; c < columns.size(); ++c )
      {
        const Column &column = columns[c];
        tryggkarta::CellValue &value = values[static_cast<size_t>( c )];
        QVariant kept;
        if ( const int64_t *number = std::get_if<int64_t>( &value ) )
          kept = static_cast<qint64>( *number );
        else if ( const double *real = std::get_if<double>( &value ) )
          kept = *real;
        else if ( const std::string *stored = std::get_if<std::string>( &value ) )
        {
          if ( !column.labels.isEmpty() || column.repeated || column.format )
          {
            auto &known = shared[static_cast<size_t>( c )];
            auto found = known.find( *stored );
            if ( found == known.end() )
            {
              const QString text = QString::fromStdString( *stored );
              QString shown = column.labels.value( text, text );
              if ( column.format )
                shown = column.format( shown );
              found = known.emplace( *stored, shown ).first;
            }
            kept = found->second;
          }
          else
            kept = QString::fromStdString( *stored );
        }
        into.values[c] << kept;
      }
    };
  };
  Shared shared( static_cast<size_t>( columns.size() ) );
  tryggkarta::Status status = tryggkarta::Done{};
  const auto range = fids.isEmpty()
                       ? tryggkarta::fidRange( path.toStdString(), table.toStdString() )
                       : tryggkarta::Expected<std::pair<int64_t, int64_t>>( std::make_pair( 0, -1 ) );
  // (The span as unsigned: fids may be anywhere in int64.)
  const uint64_t span =
    range ? static_cast<uint64_t>( range->second ) - static_cast<uint64_t>( range->first ) : 0;
  if ( fids.isEmpty() && range && range->second >= range->first && span >= 200000 )
  {
    // A whole big table in two halves by fid, read side by side (on two cores about half the time), joined
    // in order: [first, middle - 1] here, [middle, last] beside.
    const int64_t middle = static_cast<int64_t>( static_cast<uint64_t>( range->first ) + span / 2 );
    Rows second;
    second.values.resize( columns.size() );
    Shared secondShared( static_cast<size_t>( columns.size() ) );
    tryggkarta::Status secondStatus = tryggkarta::Done{};
    std::thread helper(
      [&]
      {
        try
        {
          secondStatus = tryggkarta::readRowRange( path.toStdString(), table.toStdString(), read, middle,
                                                   range->second, reader( second, secondShared ) );
        }
        catch ( const std::exception &e )
        {
          secondStatus =
            tryggkarta::Error( tryggkarta::MessageCode::ProjectTableReadFailed, table.toStdString(),
                               path.toStdString(), std::string( e.what() ) );
        }
      } );
    status = tryggkarta::readRowRange( path.toStdString(), table.toStdString(), read, range->first,
                                       middle - 1, reader( rows, shared ) );
    helper.join();
    if ( status && !secondStatus )
      status = secondStatus;
    if ( status )
    {
      rows.fids += second.fids;
      for ( int c = 0; c < columns.size(); ++c )
        rows.values[c] += second.values[c];
    }
  }
  else if ( !range )
    status = tryggkarta::Error{ range.error() };
  else
    status = tryggkarta::readRows( path.toStdString(), table.toStdString(), read,
                                   std::vector<int64_t>( fids.begin(), fids.end() ), reader( rows, shared ) );
  if ( !status )
  {
    rows = Rows();
    rows.values.resize( columns.size() );
    rows.error = CoreMessages::text( status.error() );
  }
  return rows;
}

void AttributeTableModel::setTable( const QVector<Column> &columns, Rows rows )
{
  beginResetModel();
  bool sameColumns = columns.size() == mColumns.size();
  for ( int c = 0; sameColumns && c < columns.size(); ++c )
    sameColumns = columns[c].field == mColumns[c].field;
  if ( !sameColumns )
  {
    mSortColumn = -1;
    mSortOrder = Qt::AscendingOrder;
  }
  mColumns = columns;
  mFids = std::move( rows.fids );
  mValues = std::move( rows.values );
  mValues.resize( mColumns.size() );
  mRowOfFid.clear(); // made when an edit first needs it
  mRowOfFidStale = true;
  if ( mFids.size() >= kBackgroundSortRows && mSortColumn >= 0 )
  {
    // Shown in fid order at once, in the table's sort a moment later.
    mOrder.resize( mFids.size() );
    for ( int i = 0; i < mFids.size(); ++i )
      mOrder[i] = i;
    resortSoonOrNow();
  }
  else
    resort();
  endResetModel();
}

void AttributeTableModel::updateRowOfFid()
{
  if ( !mRowOfFidStale )
    return;
  mRowOfFid.clear();
  mRowOfFid.reserve( mFids.size() );
  const QVector<QgsFeatureId> &fids = mFids;
  for ( int i = 0; i < fids.size(); ++i )
    mRowOfFid.insert( fids[i], i );
  mRowOfFidStale = false;
}

void AttributeTableModel::updateRows( const Rows &rows, const QgsFeatureIds &removed )
{
  beginResetModel();
  // Where each row went (-1: removed), so the order shown until the rows are sorted again stays valid.
  QVector<int> movedTo;
  if ( !removed.isEmpty() )
  {
    movedTo.fill( -1, mFids.size() );
    int kept = 0;
    for ( int i = 0; i < mFids.size(); ++i )
    {
      if ( removed.contains( mFids[i] ) )
        continue;
      movedTo[i] = kept;
      if ( kept != i )
      {
        mFids[kept] = mFids[i];
        for ( QVector<QVariant> &column : mValues )
          column[kept] = column[i];
      }
      ++kept;
    }
    mFids.resize( kept );
    for ( QVector<QVariant> &column : mValues )
      column.resize( kept );
    mRowOfFidStale = true;
  }
  updateRowOfFid();
  for ( int r = 0; r < rows.fids.size(); ++r )
  {
    const QgsFeatureId fid = rows.fids[r];
    auto it = mRowOfFid.constFind( fid );
    int row = it == mRowOfFid.constEnd() ? -1 : it.value();
    if ( row < 0 )
    {
      row = mFids.size();
      mFids << fid;
      for ( QVector<QVariant> &column : mValues )
        column << QVariant();
      mRowOfFid.insert( fid, row );
    }
    for ( int c = 0; c < mValues.size() && c < rows.values.size(); ++c )
      mValues[c][row] = rows.values[c][r];
  }
  if ( mFids.size() >= kBackgroundSortRows && mSortColumn >= 0 )
  {
    // Until the worker's order comes: the order before, without the rows removed, the new rows last.
    QVector<int> order;
    order.reserve( mFids.size() );
    QVector<bool> placed( mFids.size(), false );
    for ( int row : std::as_const( mOrder ) )
    {
      const int now = movedTo.isEmpty() ? row : ( row < movedTo.size() ? movedTo[row] : -1 );
      if ( now >= 0 && now < mFids.size() && !placed[now] )
      {
        placed[now] = true;
        order << now;
      }
    }
    for ( int row = 0; row < mFids.size(); ++row )
      if ( !placed[row] )
        order << row;
    mOrder = std::move( order );
    resortSoonOrNow();
  }
  else
    resort();
  endResetModel();
}

void AttributeTableModel::clear()
{
  beginResetModel();
  mColumns.clear();
  mFids.clear();
  mValues.clear();
  mRowOfFid.clear();
  mRowOfFidStale = false;
  mOrder.clear();
  mShown.clear();
  mShownRowOfFid.clear();
  mSortColumn = -1;
  ++mSortGeneration; // a sort under way is for rows that are gone
  if ( mSorting )
  {
    mSorting = false;
    emit sortingChanged( false );
  }
  endResetModel();
}

void AttributeTableModel::setFilter( const QString &text, const std::optional<QgsFeatureIds> &fids )
{
  beginResetModel();
  mFilterText = text;
  bool isNumber = false;
  const qlonglong number = text.toLongLong( &isNumber );
  mFilterNumber = isNumber ? std::optional<qlonglong>( number ) : std::nullopt;
  mFilterFids = fids;
  refilter();
  endResetModel();
}

int AttributeTableModel::columnOf( const QString &field ) const
{
  for ( int c = 0; c < mColumns.size(); ++c )
    if ( mColumns[c].field == field )
      return c;
  return -1;
}

QgsFeatureId AttributeTableModel::fidAt( int row ) const
{
  return row >= 0 && row < mShown.size() ? mFids[mShown[row]] : FID_NULL;
}

int AttributeTableModel::rowOf( QgsFeatureId fid ) const
{
  if ( mShownRowOfFidStale )
  {
    mShownRowOfFid.reserve( mShown.size() );
    for ( int i = 0; i < mShown.size(); ++i )
      mShownRowOfFid.insert( mFids[mShown[i]], i );
    mShownRowOfFidStale = false;
  }
  return mShownRowOfFid.value( fid, -1 );
}

int AttributeTableModel::rowCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mShown.size();
}

int AttributeTableModel::columnCount( const QModelIndex &parent ) const
{
  return parent.isValid() ? 0 : mColumns.size();
}

QString AttributeTableModel::display( int column, int row ) const
{
  const QVariant &value = mValues[column][row];
  if ( value.isNull() )
    return QString();
  switch ( mColumns[column].kind )
  {
  case Kind::Text:
    return value.toString();
  case Kind::Integer:
    return QString::number( value.toLongLong() );
  case Kind::Number:
  {
    const double number = value.toDouble();
    return std::floor( number ) == number ? QLocale().toString( number, 'f', 0 )
                                          : QLocale().toString( number, 'g', 6 );
  }
  case Kind::Time:
    return StockholmTime::wallClock( value.toLongLong() ).toString( QStringLiteral( "yyyy-MM-dd HH:mm" ) );
  }
  return QString();
}

QVariant AttributeTableModel::data( const QModelIndex &index, int role ) const
{
  if ( !index.isValid() || index.row() >= mShown.size() || index.column() >= mColumns.size() )
    return QVariant();
  const int row = mShown[index.row()];
  switch ( role )
  {
  case Qt::DisplayRole:
    return display( index.column(), row );
  case Qt::ToolTipRole:
    // Long descriptions are cut in the cell; the tooltip has them whole.
    return mColumns[index.column()].kind == Kind::Text ? display( index.column(), row ) : QVariant();
  case Qt::TextAlignmentRole:
    return mColumns[index.column()].kind == Kind::Number || mColumns[index.column()].kind == Kind::Integer
             ? QVariant( Qt::AlignRight | Qt::AlignVCenter )
             : QVariant( Qt::AlignLeft | Qt::AlignVCenter );
  default:
    return QVariant();
  }
}

QVariant AttributeTableModel::headerData( int section, Qt::Orientation orientation, int role ) const
{
  if ( orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < mColumns.size() )
    return mColumns[section].title;
  return QAbstractTableModel::headerData( section, orientation, role );
}

void AttributeTableModel::sort( int column, Qt::SortOrder order )
{
  mSortColumn = column >= 0 && column < mColumns.size() ? column : -1;
  mSortOrder = order;
  if ( mFids.size() >= kBackgroundSortRows )
  {
    // The rows stay as they are until the new order is ready.
    startBackgroundSort();
    return;
  }
  beginResetModel();
  resort();
  endResetModel();
}

QVector<int> AttributeTableModel::orderOf( const QVector<Column> &columns, const QVector<QgsFeatureId> &fids,
                                           const QVector<QVector<QVariant>> &values, int sortColumn,
                                           Qt::SortOrder sortOrder )
{
  const int n = fids.size();
  QVector<int> order( n );
  for ( int i = 0; i < n; ++i )
    order[i] = i;
  if ( sortColumn < 0 || sortColumn >= columns.size() || sortColumn >= values.size() )
  {
    // Rows are read in fid order: sorted already, unless edits added some at the end.
    const auto byFid = [&fids]( int a, int b ) { return fids[a] < fids[b]; };
    if ( !std::is_sorted( order.begin(), order.end(), byFid ) )
      std::sort( order.begin(), order.end(), byFid );
    return order;
  }
  // One numeric key per row: texts get their rank among the distinct texts in Swedish (or English)
  // collation, so a million rows sort by plain number comparisons.
  const QVector<QVariant> &column = values[sortColumn];
  QVector<double> keys( n );
  constexpr double kNull = -std::numeric_limits<double>::infinity();
  if ( columns[sortColumn].kind == Kind::Text )
  {
    QHash<QString, int> distinct;
    for ( const QVariant &value : column )
      if ( !value.isNull() )
        distinct.insert( value.toString(), 0 );
    QStringList texts = distinct.keys();
    QCollator collator;
    collator.setCaseSensitivity( Qt::CaseInsensitive );
    collator.setNumericMode( true );
    std::vector<std::pair<QCollatorSortKey, int>> sortKeys;
    sortKeys.reserve( static_cast<size_t>( texts.size() ) );
    for ( int i = 0; i < texts.size(); ++i )
      sortKeys.emplace_back( collator.sortKey( texts[i] ), i );
    std::sort( sortKeys.begin(), sortKeys.end(),
               []( const auto &a, const auto &b ) { return a.first.compare( b.first ) < 0; } );
    for ( size_t rank = 0; rank < sortKeys.size(); ++rank )
      distinct[texts[sortKeys[rank].second]] = static_cast<int>( rank );
    for ( int i = 0; i < n; ++i )
      keys[i] = column[i].isNull() ? kNull : distinct.value( column[i].toString() );
  }
  else
    for ( int i = 0; i < n; ++i )
      keys[i] = column[i].isNull() ? kNull : column[i].toDouble();
  const bool descending = sortOrder == Qt::DescendingOrder;
  // Read through const pointers: QVector's non-const [] checks for sharing on every access.
  const QgsFeatureId *fid = fids.constData();
  const double *key = keys.constData();
  const auto before = [&]( int a, int b )
  {
    if ( key[a] != key[b] )
      return descending ? key[a] > key[b] : key[a] < key[b];
    return fid[a] < fid[b];
  };
  // Two halves on two threads, then merged: a big table sorts in about half the time.
  if ( n >= kBackgroundSortRows && std::thread::hardware_concurrency() > 1 )
  {
    int *first = order.data(), *middle = first + n / 2, *last = first + n;
    std::thread other( [&] { std::sort( first, middle, before ); } );
    std::sort( middle, last, before );
    other.join();
    std::inplace_merge( first, middle, last, before );
  }
  else
    std::sort( order.begin(), order.end(), before );
  return order;
}

void AttributeTableModel::resort()
{
  ++mSortGeneration; // a sort under way on a worker is for rows as they were
  mOrder = orderOf( mColumns, mFids, mValues, mSortColumn, mSortOrder );
  if ( mSorting )
  {
    mSorting = false;
    emit sortingChanged( false );
  }
  refilter();
}

void AttributeTableModel::resortSoonOrNow()
{
  if ( mFids.size() < kBackgroundSortRows || mSortColumn < 0 )
  {
    resort();
    return;
  }
  // The order before stays valid while the new one is made (the caller kept it to the rows as they are now).
  refilter();
  startBackgroundSort();
}

void AttributeTableModel::startBackgroundSort()
{
  const int generation = ++mSortGeneration;
  if ( !mSorting )
  {
    mSorting = true;
    emit sortingChanged( true );
  }
  auto *watcher = new QFutureWatcher<QVector<int>>( this );
  connect( watcher, &QFutureWatcher<QVector<int>>::finished, this,
           [this, watcher, generation]
           {
             watcher->deleteLater();
             if ( generation != mSortGeneration )
               return; // the rows or the sort changed since: a newer sort follows
             QVector<int> order = watcher->result();
             beginResetModel();
             mOrder = std::move( order );
             refilter();
             endResetModel();
             mSorting = false;
             emit sortingChanged( false );
           } );
  // The worker reads copies that share the rows' data (an edit meanwhile copies the column it changes).
  watcher->setFuture( QtConcurrent::run(
    [columns = mColumns, fids = mFids, values = mValues, column = mSortColumn, order = mSortOrder]
    { return orderOf( columns, fids, values, column, order ); } ) );
}

bool AttributeTableModel::passes( int row ) const
{
  if ( mFilterFids && !mFilterFids->contains( mFids[row] ) )
    return false;
  if ( mFilterText.isEmpty() )
    return true;
  if ( mFilterNumber && mFids[row] == *mFilterNumber )
    return true;
  for ( int c = 0; c < mColumns.size(); ++c )
    if ( mColumns[c].kind == Kind::Text &&
         mValues[c][row].toString().contains( mFilterText, Qt::CaseInsensitive ) )
      return true;
  return false;
}

void AttributeTableModel::refilter()
{
  mShown.clear();
  mShown.reserve( mOrder.size() );
  for ( int row : std::as_const( mOrder ) )
    if ( passes( row ) )
      mShown << row;
  mShownRowOfFid.clear();
  mShownRowOfFidStale = true;
}

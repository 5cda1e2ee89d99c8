#include "categorymapping.h"

#include "categoryedit.h"
#include "coremessages.h"
#include "database.h"
#include "newcategorydialog.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
enum Column
{
  ColumnValue,
  ColumnRows,
  ColumnReading,
  ColumnCategory,
  ColumnCount
};

QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

//! The rows to decide first: unknown values, then group names, then the rest; more rows first.
int sortRank( CategoryMapping::Reading reading )
{
  switch ( reading )
  {
  case CategoryMapping::Reading::Unknown:
    return 0;
  case CategoryMapping::Reading::GroupName:
    return 1;
  default:
    return 2;
  }
}
} // namespace

CategoryMapping::CategoryMapping( QWidget *parent ) : QWidget( parent )
{
  setObjectName( QStringLiteral( "CategoryMapping" ) );
  mSummary = new QLabel( this );
  mSummary->setObjectName( QStringLiteral( "CategoryMappingSummary" ) );
  mSummary->setWordWrap( true );
  mTable = new QTableWidget( 0, ColumnCount, this );
  mTable->setObjectName( QStringLiteral( "CategoryMappingTable" ) );
  mTable->setHorizontalHeaderLabels(
    { tr( "Value in the file" ), tr( "Rows" ), tr( "How it is read" ), tr( "Category" ) } );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->setSelectionMode( QAbstractItemView::NoSelection );
  mTable->verticalHeader()->hide();
  QHeaderView *header = mTable->horizontalHeader();
  header->setSectionResizeMode( ColumnValue, QHeaderView::Interactive );
  header->setSectionResizeMode( ColumnRows, QHeaderView::ResizeToContents );
  header->setSectionResizeMode( ColumnReading, QHeaderView::ResizeToContents );
  header->setStretchLastSection( true );
  mTable->setColumnWidth( ColumnValue, 200 );
  auto *layout = new QVBoxLayout( this );
  layout->setContentsMargins( 0, 0, 0, 0 );
  layout->addWidget( mSummary );
  layout->addWidget( mTable, 1 );
}

void CategoryMapping::setProject( tryggkarta::Database *db, bool english )
{
  mDb = db;
  mEnglish = english;
  if ( mDb )
    mCategories = ProjectCategories::read( *mDb, mEnglish );
}

void CategoryMapping::setStatus( const QString &text )
{
  mSummary->setText( text );
}

void CategoryMapping::clear()
{
  mRows.clear();
  mCrosswalk.clear();
  mCrosswalkLines = tryggkarta::Crosswalk();
  fill();
  mSummary->clear();
}

void CategoryMapping::setReport( const tryggkarta::ImportReport &report )
{
  if ( mDb )
    mCategories = ProjectCategories::read( *mDb, mEnglish );
  mCrosswalk = q( report.crosswalk );
  mCrosswalkLines = tryggkarta::Crosswalk();
  if ( mDb && !report.crosswalk.empty() )
  {
    tryggkarta::Expected<tryggkarta::Crosswalk> loaded =
      tryggkarta::CrosswalkStore( *mDb ).load( report.crosswalk );
    if ( loaded )
      mCrosswalkLines = *loaded;
  }

  // Every value of the file; an importer that lists only the unknown ones still gets those asked about.
  std::map<std::string, int64_t> values = report.categoryValues;
  for ( const auto &[value, count] : report.unknownCategories )
    values.emplace( value, count );
  for ( const auto &[value, count] : report.leftOutValues )
    values.emplace( value, count );

  mRows.clear();
  for ( const auto &[text, count] : values )
  {
    Row row;
    row.value = q( text );
    row.rows = count;
    const tryggkarta::CrosswalkEntry *line = mCrosswalkLines.find( text );
    const QString named = mCategories.categoryNamed( row.value );
    const QString group = mCategories.groupNamed( row.value );
    if ( report.leftOutValues.count( text ) || ( line && line->leaveOut ) )
      row.reading = Reading::CrosswalkLeftOut;
    else if ( report.unknownCategories.count( text ) )
    {
      row.reading = group.isEmpty() ? Reading::Unknown : Reading::GroupName;
      row.group = group;
      row.category = group.isEmpty() ? QString() : mCategories.otherCategoryOf( group );
    }
    else if ( line )
    {
      row.reading = Reading::Crosswalk;
      row.category = q( line->category );
    }
    else if ( !named.isEmpty() )
    {
      row.reading = Reading::Category;
      row.category = named;
    }
    else if ( !group.isEmpty() )
    {
      // The importer read the group's name as its "other" category: offered the same way, to keep.
      row.reading = Reading::GroupName;
      row.group = group;
      row.category = mCategories.otherCategoryOf( group );
    }
    else
      row.reading = Reading::Category; // read as the importer knows it
    if ( ( row.reading == Reading::Unknown || row.reading == Reading::GroupName ) &&
         !mChoices.contains( row.value ) )
      mChoices.insert( row.value, row.category );
    mRows << row;
  }
  std::stable_sort( mRows.begin(), mRows.end(),
                    []( const Row &a, const Row &b )
                    {
                      if ( sortRank( a.reading ) != sortRank( b.reading ) )
                        return sortRank( a.reading ) < sortRank( b.reading );
                      return a.rows > b.rows;
                    } );
  fill();
}

void CategoryMapping::fill()
{
  mFilling = true;
  mTable->setRowCount( 0 );
  mTable->setRowCount( mRows.size() );
  for ( int r = 0; r < mRows.size(); ++r )
  {
    const Row &row = mRows.at( r );
    mTable->setItem( r, ColumnValue, new QTableWidgetItem( row.value ) );
    auto *rows = new QTableWidgetItem();
    rows->setData( Qt::DisplayRole, row.rows );
    rows->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
    mTable->setItem( r, ColumnRows, rows );
    QString reading;
    switch ( row.reading )
    {
    case Reading::Category:
      reading = tr( "Category of the project" );
      break;
    case Reading::Crosswalk:
      reading = tr( "Through crosswalk %1" ).arg( mCrosswalk );
      break;
    case Reading::CrosswalkLeftOut:
      reading = tr( "Through crosswalk %1" ).arg( mCrosswalk );
      break;
    case Reading::GroupName:
      reading = tr( "Name of the group %1" ).arg( mCategories.groupLabel( row.group ) );
      break;
    case Reading::Unknown:
      reading = tr( "Unknown: choose what it is" ); // or "your choice", see paintRow()
      break;
    case Reading::None:
      break;
    }
    auto *readingItem = new QTableWidgetItem( reading );
    readingItem->setToolTip( reading );
    mTable->setItem( r, ColumnReading, readingItem );
    if ( row.reading == Reading::Unknown || row.reading == Reading::GroupName )
    {
      auto *combo = new QComboBox();
      combo->setObjectName( QStringLiteral( "CategoryChoice" ) );
      fillCombo( combo, row );
      connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
               [this, combo, value = row.value]
               {
                 const int at = rowOf( value );
                 if ( at >= 0 )
                   onComboChanged( at, combo );
               } );
      mTable->setCellWidget( r, ColumnCategory, combo );
      mTable->setItem( r, ColumnCategory, new QTableWidgetItem() );
    }
    else
    {
      const ProjectCategories::Item *item = mCategories.find( row.category );
      auto *category = row.reading == Reading::CrosswalkLeftOut
                         ? new QTableWidgetItem( tr( "Left out on purpose" ) )
                         : new QTableWidgetItem( item ? VocabularyUi::swatch( item->color ) : QIcon(),
                                                 item ? item->label : row.category );
      mTable->setItem( r, ColumnCategory, category );
    }
    paintRow( r );
  }
  mFilling = false;
  updateSummary();
}

void CategoryMapping::fillCombo( QComboBox *combo, const Row &row )
{
  combo->addItem( tr( "Choose…" ), QString() );
  combo->addItem( tr( "Leave out on purpose" ), leaveOutData() );
  combo->insertSeparator( combo->count() );
  const QString choice = mChoices.value( row.value );
  VocabularyUi::addCategories( combo, mCategories, choice );
  if ( mDb )
  {
    combo->insertSeparator( combo->count() );
    combo->addItem( tr( "New category…" ), newCategoryData() );
  }
  const int index = combo->findData( choice );
  combo->setCurrentIndex( index >= 0 ? index : 0 );
}

void CategoryMapping::paintRow( int r )
{
  const Row &row = mRows.at( r );
  const bool undecided = ( row.reading == Reading::Unknown || row.reading == Reading::GroupName ) &&
                         mChoices.value( row.value ).isEmpty();
  const QBrush background = undecided ? QBrush( QColor( 255, 243, 205 ) ) : QBrush();
  if ( row.reading == Reading::Unknown )
    if ( QTableWidgetItem *reading = mTable->item( r, ColumnReading ) )
    {
      reading->setText( undecided ? tr( "Unknown: choose what it is" ) : tr( "Unknown: your choice" ) );
      reading->setToolTip( reading->text() );
    }
  for ( int column = 0; column < ColumnCount; ++column )
    if ( QTableWidgetItem *item = mTable->item( r, column ) )
      item->setBackground( background );
}

void CategoryMapping::onComboChanged( int r, QComboBox *combo )
{
  if ( mFilling )
    return;
  const QString value = mRows.at( r ).value;
  const QString data = combo->currentData().toString();
  if ( data == newCategoryData() )
  {
    // The dialog opens once the combo has finished changing; the table is filled again afterwards.
    QMetaObject::invokeMethod(
      this, [this, value] { askNewCategory( rowOf( value ), comboOf( value ) ); }, Qt::QueuedConnection );
    return;
  }
  mChoices.insert( value, data );
  paintRow( r );
  updateSummary();
  emit choicesChanged();
}

void CategoryMapping::askNewCategory( int r, QComboBox *combo )
{
  if ( r < 0 || !combo || !mDb )
    return;
  const Row row = mRows.at( r );
  NewCategoryDialog dialog( *mDb, mCategories, this );
  dialog.setSwedishName( row.value );
  if ( !row.group.isEmpty() )
    dialog.setGroup( row.group );
  if ( dialog.exec() == QDialog::Accepted )
  {
    mCategoriesAdded = true;
    mChoices.insert( row.value, dialog.addedCode() );
    mCategories = ProjectCategories::read( *mDb, mEnglish );
    fill();
    emit vocabularyChanged();
    emit choicesChanged();
    return;
  }
  // Cancelled: back to the choice made before.
  mFilling = true;
  const int index = combo->findData( mChoices.value( row.value ) );
  combo->setCurrentIndex( index >= 0 ? index : 0 );
  mFilling = false;
}

QString CategoryMapping::addCategoryFor( const QString &value, const tryggkarta::NewCategory &category )
{
  if ( !mDb || rowOf( value ) < 0 )
    return tr( "%1 is not a category value of the file." ).arg( value );
  const tryggkarta::Status added =
    tryggkarta::CategoryEditor( *mDb ).add( category, VocabularyUi::categoryWriteOptions() );
  if ( !added )
    return CoreMessages::text( added.error() );
  mCategoriesAdded = true;
  mChoices.insert( value, q( category.code ) );
  mCategories = ProjectCategories::read( *mDb, mEnglish );
  fill();
  emit vocabularyChanged();
  emit choicesChanged();
  return QString();
}

void CategoryMapping::updateSummary()
{
  if ( mRows.isEmpty() )
    return;
  QStringList parts;
  parts << tr( "The file has %n category value(s).", nullptr, mRows.size() );
  if ( !mCrosswalk.isEmpty() )
    parts << tr( "They are read through the crosswalk %1." ).arg( mCrosswalk );
  const int open = undecided().size();
  if ( open > 0 )
    parts << tr(
      "%n value(s) still unknown: their rows are rejected unless you choose a category or leave them "
      "out on purpose. Your choices are kept in the crosswalk for the next import.",
      nullptr, open );
  else if ( !categoryMap().empty() || !leaveOut().empty() )
    parts << tr( "Your choices are kept in the crosswalk for the next import." );
  mSummary->setText( parts.join( QLatin1Char( ' ' ) ) );
}

std::map<std::string, std::string> CategoryMapping::categoryMap() const
{
  std::map<std::string, std::string> map;
  for ( const Row &row : mRows )
  {
    if ( row.reading != Reading::Unknown && row.reading != Reading::GroupName )
      continue;
    const QString choice = mChoices.value( row.value );
    if ( !choice.isEmpty() && choice != leaveOutData() && choice != newCategoryData() )
      map[row.value.toStdString()] = choice.toStdString();
  }
  return map;
}

std::vector<std::string> CategoryMapping::leaveOut() const
{
  std::vector<std::string> values;
  for ( const Row &row : mRows )
    if ( ( row.reading == Reading::Unknown || row.reading == Reading::GroupName ) &&
         mChoices.value( row.value ) == leaveOutData() )
      values.push_back( row.value.toStdString() );
  return values;
}

int CategoryMapping::rowOf( const QString &value ) const
{
  for ( int r = 0; r < mRows.size(); ++r )
    if ( mRows.at( r ).value == value )
      return r;
  return -1;
}

QComboBox *CategoryMapping::comboOf( const QString &value ) const
{
  const int r = rowOf( value );
  return r < 0 ? nullptr : qobject_cast<QComboBox *>( mTable->cellWidget( r, ColumnCategory ) );
}

CategoryMapping::Reading CategoryMapping::readingOf( const QString &value ) const
{
  const int r = rowOf( value );
  return r < 0 ? Reading::None : mRows.at( r ).reading;
}

qint64 CategoryMapping::rowsOf( const QString &value ) const
{
  const int r = rowOf( value );
  return r < 0 ? 0 : mRows.at( r ).rows;
}

QString CategoryMapping::categoryOf( const QString &value ) const
{
  const int r = rowOf( value );
  if ( r < 0 )
    return QString();
  const Row &row = mRows.at( r );
  if ( row.reading == Reading::Unknown || row.reading == Reading::GroupName )
  {
    const QString choice = mChoices.value( value );
    return choice == leaveOutData() ? QString() : choice;
  }
  return row.reading == Reading::CrosswalkLeftOut ? QString() : row.category;
}

bool CategoryMapping::isLeftOut( const QString &value ) const
{
  const int r = rowOf( value );
  if ( r < 0 )
    return false;
  return mRows.at( r ).reading == Reading::CrosswalkLeftOut || mChoices.value( value ) == leaveOutData();
}

QStringList CategoryMapping::undecided() const
{
  QStringList values;
  for ( const Row &row : mRows )
    if ( ( row.reading == Reading::Unknown || row.reading == Reading::GroupName ) &&
         mChoices.value( row.value ).isEmpty() )
      values << row.value;
  return values;
}

bool CategoryMapping::choose( const QString &value, const QString &categoryCode )
{
  QComboBox *combo = comboOf( value );
  if ( !combo )
    return false;
  const int index = combo->findData( categoryCode );
  if ( index < 0 )
    return false;
  combo->setCurrentIndex( index );
  return combo->currentData().toString() == categoryCode;
}

bool CategoryMapping::chooseLeaveOut( const QString &value )
{
  return choose( value, leaveOutData() );
}

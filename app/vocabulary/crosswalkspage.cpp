#include "crosswalkspage.h"

#include "coremessages.h"
#include "database.h"
#include "policevocabulary.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
enum Column
{
  ColumnValue,
  ColumnCategory,
  ColumnNote,
  ColumnCount
};

QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

std::string s( const QString &text )
{
  return text.trimmed().toStdString();
}

const char *kOrigin = "kategorinycklar (appen)";
} // namespace

CrosswalksPage::CrosswalksPage( tryggkarta::Database &db, bool english, QWidget *parent )
  : QWidget( parent ), mDb( db ), mEnglish( english )
{
  setObjectName( QStringLiteral( "CrosswalksPage" ) );
  mCrosswalks = new QComboBox( this );
  mCrosswalks->setObjectName( QStringLiteral( "CrosswalkCombo" ) );
  mCrosswalks->setSizeAdjustPolicy( QComboBox::AdjustToContents );
  mDescription = new QLabel( this );
  mDescription->setWordWrap( true );

  mNew = new QPushButton( tr( "New…" ), this );
  mNew->setObjectName( QStringLiteral( "NewCrosswalk" ) );
  mRemove = new QPushButton( tr( "Remove…" ), this );
  mRemove->setObjectName( QStringLiteral( "RemoveCrosswalk" ) );
  mImport = new QPushButton( tr( "Import CSV…" ), this );
  mImport->setObjectName( QStringLiteral( "ImportCrosswalkCsv" ) );
  mExport = new QPushButton( tr( "Export CSV…" ), this );
  mExport->setObjectName( QStringLiteral( "ExportCrosswalkCsv" ) );
  auto *top = new QHBoxLayout();
  top->addWidget( new QLabel( tr( "Crosswalk" ), this ) );
  top->addWidget( mCrosswalks, 1 );
  top->addWidget( mNew );
  top->addWidget( mRemove );
  top->addSpacing( 12 );
  top->addWidget( mImport );
  top->addWidget( mExport );

  mTable = new QTableWidget( 0, ColumnCount, this );
  mTable->setObjectName( QStringLiteral( "CrosswalkTable" ) );
  mTable->setHorizontalHeaderLabels( { tr( "Value in the source" ), tr( "Read as" ), tr( "Note" ) } );
  mTable->setSelectionBehavior( QAbstractItemView::SelectRows );
  mTable->setSelectionMode( QAbstractItemView::SingleSelection );
  mTable->setEditTriggers( QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed );
  mTable->verticalHeader()->hide();
  QHeaderView *header = mTable->horizontalHeader();
  header->setSectionResizeMode( ColumnValue, QHeaderView::Interactive );
  header->setSectionResizeMode( ColumnCategory, QHeaderView::Interactive );
  header->setStretchLastSection( true );
  mTable->setColumnWidth( ColumnValue, 260 );
  mTable->setColumnWidth( ColumnCategory, 300 );

  mError = new QLabel( this );
  mError->setObjectName( QStringLiteral( "CrosswalkError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #b00020;" ) );
  mError->hide();

  mAddLine = new QPushButton( tr( "Add Line…" ), this );
  mAddLine->setObjectName( QStringLiteral( "AddCrosswalkLine" ) );
  mRemoveLine = new QPushButton( tr( "Remove Line" ), this );
  mRemoveLine->setObjectName( QStringLiteral( "RemoveCrosswalkLine" ) );
  auto *bottom = new QHBoxLayout();
  bottom->addWidget( mAddLine );
  bottom->addWidget( mRemoveLine );
  bottom->addStretch( 1 );

  auto *note =
    new QLabel( tr( "A crosswalk reads a source's own values as the project's categories. An import "
                    "uses the crosswalk that knows the file's values; rows whose value is left out "
                    "on purpose are kept with the import's rejects, counted apart from errors." ),
                this );
  note->setWordWrap( true );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( note );
  layout->addLayout( top );
  layout->addWidget( mDescription );
  layout->addWidget( mTable, 1 );
  layout->addWidget( mError );
  layout->addLayout( bottom );

  mConfirm = [this]( const QString &question )
  { return QMessageBox::question( this, tr( "Crosswalks" ), question ) == QMessageBox::Yes; };
  connect( mCrosswalks, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           [this]
           {
             if ( mFilling )
               return;
             showError( QString() );
             loadCrosswalk();
             fill();
           } );
  connect( mTable, &QTableWidget::itemSelectionChanged, this, &CrosswalksPage::updateButtons );
  connect( mTable, &QTableWidget::itemChanged, this,
           [this]( QTableWidgetItem *item )
           {
             if ( mFilling || item->column() != ColumnNote )
               return;
             const int row = item->row();
             const QString value = mTable->item( row, ColumnValue )->data( Qt::UserRole ).toString();
             auto *combo = qobject_cast<QComboBox *>( mTable->cellWidget( row, ColumnCategory ) );
             const QString chosen = combo ? combo->currentData().toString() : leaveOutData();
             const QString note = item->text();
             // The table is filled again once this signal has returned.
             QMetaObject::invokeMethod(
               this,
               [this, value, chosen, note]
               { setEntry( value, chosen == leaveOutData() ? QString() : chosen, note ); },
               Qt::QueuedConnection );
           } );
  connect( mAddLine, &QPushButton::clicked, this, &CrosswalksPage::askAddLine );
  connect( mRemoveLine, &QPushButton::clicked, this, &CrosswalksPage::askRemoveLine );
  connect( mNew, &QPushButton::clicked, this, &CrosswalksPage::askNew );
  connect( mRemove, &QPushButton::clicked, this, &CrosswalksPage::askRemove );
  connect( mImport, &QPushButton::clicked, this, &CrosswalksPage::askImport );
  connect( mExport, &QPushButton::clicked, this, &CrosswalksPage::askExport );
  reload();
}

void CrosswalksPage::reload()
{
  const QString shown = currentCrosswalk();
  mCategories = ProjectCategories::read( mDb, mEnglish );
  tryggkarta::Expected<std::vector<tryggkarta::Crosswalk>> list = tryggkarta::CrosswalkStore( mDb ).list();
  mFilling = true;
  mCrosswalks->clear();
  if ( list )
  {
    std::vector<tryggkarta::Crosswalk> crosswalks = *list;
    // The police's first: it is the one every project has.
    std::stable_sort( crosswalks.begin(), crosswalks.end(),
                      []( const tryggkarta::Crosswalk &a, const tryggkarta::Crosswalk &b )
                      {
                        const bool aPolice = a.name == tryggkarta::kPoliceCrosswalkName;
                        const bool bPolice = b.name == tryggkarta::kPoliceCrosswalkName;
                        if ( aPolice != bPolice )
                          return aPolice;
                        return QString::localeAwareCompare( q( a.name ), q( b.name ) ) < 0;
                      } );
    for ( const tryggkarta::Crosswalk &crosswalk : crosswalks )
    {
      mCrosswalks->addItem( tr( "%1 (%n line(s))", nullptr, static_cast<int>( crosswalk.entries.size() ) )
                              .arg( q( crosswalk.name ) ),
                            q( crosswalk.name ) );
      mCrosswalks->setItemData( mCrosswalks->count() - 1, q( crosswalk.description ), Qt::ToolTipRole );
    }
    showError( QString() );
  }
  else
    showError( CoreMessages::text( list.error() ) );
  const int index = mCrosswalks->findData( shown );
  mCrosswalks->setCurrentIndex( index >= 0 ? index : 0 );
  mFilling = false;
  loadCrosswalk();
  fill();
}

QString CrosswalksPage::currentCrosswalk() const
{
  return mCrosswalks->currentData().toString();
}

bool CrosswalksPage::setCurrentCrosswalk( const QString &name )
{
  const int index = mCrosswalks->findData( name );
  if ( index < 0 )
    return false;
  mCrosswalks->setCurrentIndex( index );
  return true;
}

void CrosswalksPage::loadCrosswalk()
{
  mCrosswalk = tryggkarta::Crosswalk();
  const QString name = currentCrosswalk();
  if ( name.isEmpty() )
    return;
  tryggkarta::Expected<tryggkarta::Crosswalk> loaded = tryggkarta::CrosswalkStore( mDb ).load( s( name ) );
  if ( loaded )
    mCrosswalk = *loaded;
  else
    showError( CoreMessages::text( loaded.error() ) );
}

void CrosswalksPage::fill()
{
  mFilling = true;
  const QString selected = currentValue();
  mDescription->setText( q( mCrosswalk.description ) );
  mDescription->setVisible( !mCrosswalk.description.empty() );
  mTable->setRowCount( 0 );
  mTable->setRowCount( static_cast<int>( mCrosswalk.entries.size() ) );
  int row = 0;
  for ( const tryggkarta::CrosswalkEntry &entry : mCrosswalk.entries )
  {
    const QString value = q( entry.sourceValue );
    auto *valueItem = new QTableWidgetItem( value );
    valueItem->setData( Qt::UserRole, value );
    valueItem->setFlags( valueItem->flags() & ~Qt::ItemIsEditable );
    mTable->setItem( row, ColumnValue, valueItem );
    auto *combo = new QComboBox();
    combo->addItem( tr( "Left out on purpose" ), leaveOutData() );
    combo->insertSeparator( 1 );
    VocabularyUi::addCategories( combo, mCategories, q( entry.category ) );
    const int current = entry.leaveOut ? 0 : combo->findData( q( entry.category ) );
    combo->setCurrentIndex( std::max( 0, current ) );
    connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
             [this, combo, value]
             {
               if ( mFilling )
                 return;
               const QString chosen = combo->currentData().toString();
               const QTableWidgetItem *noteItem = nullptr;
               for ( int r = 0; r < mTable->rowCount(); ++r )
                 if ( mTable->item( r, ColumnValue )->data( Qt::UserRole ).toString() == value )
                   noteItem = mTable->item( r, ColumnNote );
               const QString note = noteItem ? noteItem->text() : QString();
               // The combo is replaced when the table is filled again: not while it emits.
               QMetaObject::invokeMethod(
                 this,
                 [this, value, chosen, note]
                 { setEntry( value, chosen == leaveOutData() ? QString() : chosen, note ); },
                 Qt::QueuedConnection );
             } );
    mTable->setCellWidget( row, ColumnCategory, combo );
    mTable->setItem( row, ColumnNote, new QTableWidgetItem( q( entry.note ) ) );
    if ( value == selected )
      mTable->selectRow( row );
    ++row;
  }
  mFilling = false;
  updateButtons();
}

QString CrosswalksPage::currentValue() const
{
  const QList<QTableWidgetItem *> selected = mTable->selectedItems();
  if ( selected.isEmpty() )
    return QString();
  const QTableWidgetItem *item = mTable->item( selected.front()->row(), ColumnValue );
  return item ? item->data( Qt::UserRole ).toString() : QString();
}

void CrosswalksPage::updateButtons()
{
  const bool has = !currentCrosswalk().isEmpty();
  mRemove->setEnabled( has );
  mExport->setEnabled( has );
  mImport->setEnabled( has );
  mAddLine->setEnabled( has );
  mRemoveLine->setEnabled( has && !currentValue().isEmpty() );
}

void CrosswalksPage::showError( const QString &text )
{
  mError->setText( text );
  mError->setVisible( !text.isEmpty() );
}

QString CrosswalksPage::errorText() const
{
  return mError->isHidden() ? QString() : mError->text();
}

QString CrosswalksPage::refused( const tryggkarta::Message &error )
{
  const QString text = CoreMessages::text( error );
  showError( text );
  return text;
}

QString CrosswalksPage::afterChange( const QString &select )
{
  showError( QString() );
  reload();
  if ( !select.isEmpty() )
    setCurrentCrosswalk( select );
  emit changed();
  return QString();
}

QString CrosswalksPage::setEntry( const QString &value, const QString &category, const QString &note )
{
  const QString name = currentCrosswalk();
  tryggkarta::CrosswalkEntry entry;
  entry.sourceValue = s( value );
  entry.category = category.isEmpty() ? std::string() : s( category );
  entry.leaveOut = category.isEmpty();
  entry.note = s( note );
  const tryggkarta::Status stored = tryggkarta::CrosswalkStore( mDb ).set(
    s( name ), { entry }, VocabularyUi::crosswalkWriteOptions( kOrigin ) );
  if ( !stored )
  {
    const QString text = CoreMessages::text( stored.error() );
    loadCrosswalk();
    fill(); // back to what is stored
    showError( text );
    return text;
  }
  showError( QString() );
  reload();
  for ( int row = 0; row < mTable->rowCount(); ++row )
    if ( mTable->item( row, ColumnValue )
           ->data( Qt::UserRole )
           .toString()
           .compare( value.trimmed(), Qt::CaseInsensitive ) == 0 )
      mTable->selectRow( row );
  emit changed();
  return QString();
}

QString CrosswalksPage::removeEntry( const QString &value )
{
  const tryggkarta::Status removed = tryggkarta::CrosswalkStore( mDb ).removeEntry(
    s( currentCrosswalk() ), s( value ), VocabularyUi::crosswalkWriteOptions( kOrigin ) );
  if ( !removed )
    return refused( removed.error() );
  return afterChange();
}

QString CrosswalksPage::createCrosswalk( const QString &name, const QString &description )
{
  const tryggkarta::Expected<int64_t> created = tryggkarta::CrosswalkStore( mDb ).create(
    s( name ), s( description ), VocabularyUi::crosswalkWriteOptions( kOrigin ) );
  if ( !created )
    return refused( created.error() );
  return afterChange( name.trimmed() );
}

QString CrosswalksPage::removeCrosswalk( const QString &name )
{
  if ( mConfirm &&
       !mConfirm( tr( "Remove the crosswalk %1 with its lines? Imports no longer read values through it." )
                    .arg( name ) ) )
    return QString();
  const tryggkarta::Status removed =
    tryggkarta::CrosswalkStore( mDb ).remove( s( name ), VocabularyUi::crosswalkWriteOptions( kOrigin ) );
  if ( !removed )
    return refused( removed.error() );
  return afterChange();
}

QString CrosswalksPage::importCsv( const QString &path )
{
  const tryggkarta::Expected<int64_t> read = tryggkarta::CrosswalkStore( mDb ).importCsv(
    s( currentCrosswalk() ), path.toStdString(), VocabularyUi::crosswalkWriteOptions( kOrigin ) );
  if ( !read )
    return refused( read.error() );
  return afterChange();
}

QString CrosswalksPage::exportCsv( const QString &path )
{
  const tryggkarta::Expected<std::string> csv =
    tryggkarta::CrosswalkStore( mDb ).exportCsv( s( currentCrosswalk() ) );
  if ( !csv )
    return refused( csv.error() );
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) ||
       file.write( csv->data(), static_cast<qint64>( csv->size() ) ) != static_cast<qint64>( csv->size() ) )
  {
    const QString text =
      tr( "%1 could not be written: %2" ).arg( QDir::toNativeSeparators( path ), file.errorString() );
    showError( text );
    return text;
  }
  showError( QString() );
  return QString();
}

void CrosswalksPage::askAddLine()
{
  QDialog dialog( this );
  dialog.setWindowTitle( tr( "New Line in %1" ).arg( currentCrosswalk() ) );
  auto *value = new QLineEdit( &dialog );
  auto *combo = new QComboBox( &dialog );
  combo->addItem( tr( "Left out on purpose" ), leaveOutData() );
  combo->insertSeparator( 1 );
  VocabularyUi::addCategories( combo, mCategories );
  combo->setCurrentIndex( combo->count() > 3 ? 3 : 0 );
  auto *form = new QFormLayout();
  form->addRow( tr( "Value in the source" ), value );
  form->addRow( tr( "Read as" ), combo );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog );
  connect( buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  auto *layout = new QVBoxLayout( &dialog );
  layout->addLayout( form );
  layout->addWidget( buttons );
  dialog.setMinimumWidth( 440 );
  if ( dialog.exec() != QDialog::Accepted )
    return;
  const QString chosen = combo->currentData().toString();
  setEntry( value->text(), chosen == leaveOutData() ? QString() : chosen );
}

void CrosswalksPage::askRemoveLine()
{
  const QString value = currentValue();
  if ( !value.isEmpty() )
    removeEntry( value );
}

void CrosswalksPage::askNew()
{
  QVector<VocabularyUi::TextField> fields{
    { tr( "Name" ), QString(), QString() },
    { tr( "Description" ), QString(), tr( "e.g. the export of the housing company's reporting system" ) } };
  if ( VocabularyUi::askTexts( this, tr( "New Crosswalk" ), fields, 440 ) )
    createCrosswalk( fields[0].text, fields[1].text );
}

void CrosswalksPage::askRemove()
{
  const QString name = currentCrosswalk();
  if ( !name.isEmpty() )
    removeCrosswalk( name );
}

void CrosswalksPage::askImport()
{
  const QString path = QFileDialog::getOpenFileName( this, tr( "Import Crosswalk" ), QString(),
                                                     tr( "CSV (*.csv *.txt);;All files (*)" ) );
  if ( !path.isEmpty() )
    importCsv( path );
}

void CrosswalksPage::askExport()
{
  const QString name = currentCrosswalk();
  QString path = QFileDialog::getSaveFileName( this, tr( "Export Crosswalk" ),
                                               QStringLiteral( "kategorinyckel-%1.csv" ).arg( name ),
                                               tr( "CSV (*.csv)" ) );
  if ( path.isEmpty() )
    return;
  if ( QFileInfo( path ).suffix().isEmpty() )
    path += QStringLiteral( ".csv" );
  exportCsv( path );
}

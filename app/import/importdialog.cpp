#include "importdialog.h"
#include "categorymapping.h"
#include "coremessages.h"
#include "crosswalks.h"
#include "importresultdialog.h"
#include "policevocabulary.h"

#include <qgscoordinatereferencesystem.h>

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>

namespace
{
QString fromStd( const std::string &text )
{
  return QString::fromStdString( text );
}
} // namespace

QList<int> ImportDialog::crsChoices()
{
  QList<int> codes = { 0, 4326, 3006 };
  for ( int code = 3007; code <= 3018; ++code )
    codes << code;
  codes << 3021;
  return codes;
}

QString ImportDialog::targetFieldLabel( const QString &target )
{
  static const QMap<QString, const char *> sLabels = {
    { QStringLiteral( "x" ), QT_TR_NOOP( "X (easting)" ) },
    { QStringLiteral( "y" ), QT_TR_NOOP( "Y (northing)" ) },
    { QStringLiteral( "lon" ), QT_TR_NOOP( "Longitude" ) },
    { QStringLiteral( "lat" ), QT_TR_NOOP( "Latitude" ) },
    { QStringLiteral( "date" ), QT_TR_NOOP( "Date" ) },
    { QStringLiteral( "time" ), QT_TR_NOOP( "Time" ) },
    { QStringLiteral( "from" ), QT_TR_NOOP( "From (date and time)" ) },
    { QStringLiteral( "until" ), QT_TR_NOOP( "Until (date and time)" ) },
    { QStringLiteral( "category" ), QT_TR_NOOP( "Category" ) },
    { QStringLiteral( "organisation" ), QT_TR_NOOP( "Reporting organisation" ) },
    { QStringLiteral( "place_type" ), QT_TR_NOOP( "Place type" ) },
    { QStringLiteral( "weight" ), QT_TR_NOOP( "Count or severity" ) },
    { QStringLiteral( "description" ), QT_TR_NOOP( "Description" ) },
    { QStringLiteral( "source" ), QT_TR_NOOP( "Source" ) },
    { QStringLiteral( "walk" ), QT_TR_NOOP( "Safety walk" ) },
    { QStringLiteral( "checklist_item" ), QT_TR_NOOP( "Checklist theme" ) },
    { QStringLiteral( "rating" ), QT_TR_NOOP( "Rating (0–3)" ) },
    { QStringLiteral( "positive" ), QT_TR_NOOP( "Positive place" ) },
    { QStringLiteral( "note" ), QT_TR_NOOP( "Note" ) },
    { QStringLiteral( "photos" ), QT_TR_NOOP( "Photos" ) },
    { QStringLiteral( "proposed_action" ), QT_TR_NOOP( "Proposed action" ) },
    { QStringLiteral( "summary" ), QT_TR_NOOP( "Summary" ) },
    { QStringLiteral( "event_id" ), QT_TR_NOOP( "Source's event id" ) },
    { QStringLiteral( "place_precision" ), QT_TR_NOOP( "Place precision" ) },
    { QStringLiteral( "place_name" ), QT_TR_NOOP( "Place name" ) },
  };
  const auto it = sLabels.constFind( target );
  return it == sLabels.constEnd() ? target : tr( it.value() );
}

ImportDialog::ImportDialog( const QString &sourcePath, QWidget *parent )
  : QDialog( parent ), mSourcePath( sourcePath )
{
  qRegisterMetaType<ImportDialog::Run>();
  setObjectName( QStringLiteral( "ImportDialog" ) );
  setWindowTitle( tr( "Import %1" ).arg( QFileInfo( sourcePath ).fileName() ) );

  mSummaryLabel = new QLabel( this );
  mSummaryLabel->setWordWrap( true );
  mSummaryLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mWarningsLabel = new QLabel( this );
  mWarningsLabel->setWordWrap( true );
  mWarningsLabel->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );

  // The file's content was imported before: said in the core's words, with the way to import it anyway.
  mImportedBefore = new QWidget( this );
  mImportedBefore->setObjectName( QStringLiteral( "ImportedBefore" ) );
  mImportedBeforeLabel = new QLabel( mImportedBefore );
  mImportedBeforeLabel->setObjectName( QStringLiteral( "ImportedBeforeText" ) );
  mImportedBeforeLabel->setWordWrap( true );
  mImportedBeforeLabel->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );
  auto *importAnywayButton = new QPushButton( tr( "Import Anyway" ), mImportedBefore );
  importAnywayButton->setObjectName( QStringLiteral( "ImportAnywayButton" ) );
  auto *importedBeforeLayout = new QHBoxLayout( mImportedBefore );
  importedBeforeLayout->setContentsMargins( 0, 0, 0, 0 );
  importedBeforeLayout->addWidget( mImportedBeforeLabel, 1 );
  importedBeforeLayout->addWidget( importAnywayButton );
  mImportedBefore->hide();
  connect( importAnywayButton, &QPushButton::clicked, this, &ImportDialog::importAnyway );

  mKindCombo = new QComboBox( this );
  mKindCombo->setObjectName( QStringLiteral( "KindCombo" ) );
  mKindCombo->addItem( tr( "Incidents" ), static_cast<int>( tryggkarta::ImportKind::Incidents ) );
  mKindCombo->addItem( tr( "Safety-walk observations" ),
                       static_cast<int>( tryggkarta::ImportKind::Observations ) );

  mCrsCombo = new QComboBox( this );
  mCrsCombo->setObjectName( QStringLiteral( "CrsCombo" ) );
  for ( int code : crsChoices() )
  {
    if ( code == 0 )
      mCrsCombo->addItem( tr( "Automatic (from the file or its values)" ), 0 );
    else
    {
      const QgsCoordinateReferenceSystem crs = QgsCoordinateReferenceSystem::fromEpsgId( code );
      mCrsCombo->addItem( QStringLiteral( "%1 (EPSG:%2)" ).arg( crs.description() ).arg( code ), code );
    }
  }

  mCrosswalkCombo = new QComboBox( this );
  mCrosswalkCombo->setObjectName( QStringLiteral( "CrosswalkCombo" ) );
  mCrosswalkLabel = new QLabel( tr( "Crosswalk" ), this );

  auto *optionsLayout = new QFormLayout();
  optionsLayout->addRow( tr( "Import as" ), mKindCombo );
  optionsLayout->addRow( tr( "Coordinate system" ), mCrsCombo );
  optionsLayout->addRow( mCrosswalkLabel, mCrosswalkCombo );
  mCrosswalkLabel->hide();
  mCrosswalkCombo->hide();

  mSampleTable = new QTableWidget( this );
  mSampleTable->setObjectName( QStringLiteral( "SampleTable" ) );
  mSampleTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mSampleTable->setAlternatingRowColors( true );
  mSampleTable->horizontalHeader()->setDefaultSectionSize( 120 );
  auto *sampleBox = new QGroupBox( tr( "Columns and first rows" ), this );
  auto *sampleLayout = new QVBoxLayout( sampleBox );
  sampleLayout->addWidget( mSampleTable );

  mMappingWidget = new QWidget();
  mMappingLayout = new QFormLayout( mMappingWidget );
  auto *mappingScroll = new QScrollArea( this );
  mappingScroll->setWidgetResizable( true );
  // The form fits the panel's width (combos shrink and elide) instead of scrolling sideways.
  mappingScroll->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
  mappingScroll->setWidget( mMappingWidget );
  auto *mappingBox = new QGroupBox( tr( "Columns for the project's fields" ), this );
  auto *mappingLayout = new QVBoxLayout( mappingBox );
  mappingLayout->addWidget( mappingScroll );
  mappingBox->setMinimumWidth( 400 );

  auto *splitter = new QSplitter( Qt::Horizontal, this );
  splitter->addWidget( sampleBox );
  splitter->addWidget( mappingBox );
  splitter->setStretchFactor( 0, 3 );
  splitter->setStretchFactor( 1, 2 );

  // The file's category values and how each is read; shown for incidents once a project is set.
  mCategoryMapping = new CategoryMapping( this );
  mCategoryBox = new QGroupBox( tr( "Categories in the file" ), this );
  mCategoryBox->setObjectName( QStringLiteral( "CategoryBox" ) );
  auto *categoryLayout = new QVBoxLayout( mCategoryBox );
  categoryLayout->addWidget( mCategoryMapping );
  mCategoryBox->hide();
  connect( mCategoryMapping, &CategoryMapping::vocabularyChanged, this, &ImportDialog::vocabularyChanged );

  auto *vertical = new QSplitter( Qt::Vertical, this );
  vertical->addWidget( splitter );
  vertical->addWidget( mCategoryBox );
  vertical->setStretchFactor( 0, 1 );
  vertical->setStretchFactor( 1, 1 );
  vertical->setChildrenCollapsible( false );

  mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  mButtons->button( QDialogButtonBox::Ok )->setText( tr( "Import" ) );
  mCheckButton = mButtons->addButton( tr( "Check…" ), QDialogButtonBox::ActionRole );
  mCheckButton->setObjectName( QStringLiteral( "CheckButton" ) );
  mCheckButton->setToolTip( tr( "Check the file and report what an import would do, without changing the "
                                "project" ) );
  mCheckButton->hide();
  connect( mCheckButton, &QPushButton::clicked, this, &ImportDialog::check );
  connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( mSummaryLabel );
  layout->addWidget( mWarningsLabel );
  layout->addWidget( mImportedBefore );
  layout->addLayout( optionsLayout );
  layout->addWidget( vertical, 1 );
  layout->addWidget( mButtons );

  // The mapping's targets depend on the kind: a new kind needs a new preview.
  connect( mKindCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &ImportDialog::refreshPreview );
  connect( mCrosswalkCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &ImportDialog::scheduleScan );

  resize( 1100, 640 );
  refreshPreview();
}

void ImportDialog::setProject( tryggkarta::Database *db, bool english )
{
  mDb = db;
  mEnglish = english;
  mCategoryMapping->setProject( db, english );
  fillCrosswalks();
  resize( width(), 820 );
  updateButtons();
  scheduleScan();
}

void ImportDialog::fillCrosswalks()
{
  const QString chosen = mCrosswalkCombo->currentData().toString();
  const QSignalBlocker blocker( mCrosswalkCombo );
  mCrosswalkCombo->clear();
  mCrosswalkCombo->addItem( tr( "Automatic: the one that knows the file's values" ), QString() );
  if ( mDb )
  {
    tryggkarta::Expected<std::vector<tryggkarta::Crosswalk>> list = tryggkarta::CrosswalkStore( *mDb ).list();
    if ( list )
    {
      QStringList names;
      for ( const tryggkarta::Crosswalk &crosswalk : *list )
        names << fromStd( crosswalk.name );
      std::sort( names.begin(), names.end(),
                 []( const QString &a, const QString &b )
                 {
                   const bool aPolice = a == QLatin1String( tryggkarta::kPoliceCrosswalkName );
                   const bool bPolice = b == QLatin1String( tryggkarta::kPoliceCrosswalkName );
                   if ( aPolice != bPolice )
                     return aPolice;
                   return QString::localeAwareCompare( a, b ) < 0;
                 } );
      for ( const QString &name : std::as_const( names ) )
        mCrosswalkCombo->addItem( name, name );
    }
  }
  mCrosswalkCombo->setCurrentIndex( std::max( 0, mCrosswalkCombo->findData( chosen ) ) );
}

ImportResultDialog *ImportDialog::resultDialog() const
{
  return mResultDialog && mResultDialog->isVisible() ? mResultDialog.data() : nullptr;
}

bool ImportDialog::setCrosswalk( const QString &name )
{
  const int index = mCrosswalkCombo->findData( name );
  if ( index < 0 )
    return false;
  mCrosswalkCombo->setCurrentIndex( index );
  return true;
}

void ImportDialog::refreshPreview()
{
  tryggkarta::ImportOptions previewOptions;
  previewOptions.kind = static_cast<tryggkarta::ImportKind>( mKindCombo->currentData().toInt() );

  mPreviewError.clear();
  mAutoMapping.clear();
  QApplication::setOverrideCursor( Qt::WaitCursor );
  const std::string sourcePath = mSourcePath.toStdString();
  auto readPreview = [&]() -> tryggkarta::Expected<tryggkarta::ImportPreview>
  {
    try
    {
      return tryggkarta::previewFile( sourcePath, previewOptions );
    }
    catch ( const std::exception &e )
    {
      return tryggkarta::Error( tryggkarta::MessageCode::FileReadFailed, sourcePath, e.what() );
    }
  };
  const tryggkarta::Expected<tryggkarta::ImportPreview> preview = readPreview();
  QApplication::restoreOverrideCursor();

  // Rebuild the mapping form for the kind's targets.
  while ( mMappingLayout->rowCount() > 0 )
    mMappingLayout->removeRow( 0 );
  mMappingCombos.clear();
  mSampleTable->clear();
  mSampleTable->setRowCount( 0 );
  mSampleTable->setColumnCount( 0 );

  if ( !preview )
  {
    mPreviewError = CoreMessages::text( preview.error() );
    mSummaryLabel->setText( mPreviewError );
    mWarningsLabel->hide();
    mCategoryBox->hide();
    mCrosswalkLabel->hide();
    mCrosswalkCombo->hide();
    updateButtons();
    return;
  }

  const tryggkarta::ImportPreview &p = *preview;
  mAutoMapping = p.mapping;
  mSummaryLabel->setText(
    tr( "<b>%1</b> — format %2, %3 columns; coordinates: %4" )
      .arg( QFileInfo( mSourcePath ).fileName().toHtmlEscaped(), fromStd( p.format ) )
      .arg( p.columns.size() )
      .arg( p.sourceCrs ? CoreMessages::text( *p.sourceCrs ).toHtmlEscaped() : tr( "not detected yet" ) ) );
  QStringList warnings;
  for ( const tryggkarta::Message &warning : p.warnings )
    warnings << CoreMessages::text( warning );
  mWarningsLabel->setText( warnings.join( QLatin1Char( '\n' ) ) );
  mWarningsLabel->setVisible( !warnings.isEmpty() );

  QStringList headers;
  for ( const std::string &column : p.columns )
    headers << fromStd( column );
  mSampleTable->setColumnCount( headers.size() );
  mSampleTable->setHorizontalHeaderLabels( headers );
  mSampleTable->setRowCount( static_cast<int>( p.sampleRows.size() ) );
  for ( int row = 0; row < static_cast<int>( p.sampleRows.size() ); ++row )
  {
    const std::vector<std::string> &values = p.sampleRows[row];
    for ( int column = 0; column < static_cast<int>( values.size() ) && column < headers.size(); ++column )
      mSampleTable->setItem( row, column, new QTableWidgetItem( fromStd( values[column] ) ) );
  }

  for ( const std::string &target : tryggkarta::importTargetFields( previewOptions.kind ) )
  {
    auto *combo = new QComboBox( mMappingWidget );
    combo->setSizeAdjustPolicy( QComboBox::AdjustToMinimumContentsLengthWithIcon );
    combo->setMinimumContentsLength( 10 );
    combo->setObjectName( QStringLiteral( "Mapping_%1" ).arg( fromStd( target ) ) );
    combo->addItem( tr( "(not used)" ), QString() );
    for ( const QString &column : std::as_const( headers ) )
      combo->addItem( column, column );
    const auto mapped = p.mapping.find( target );
    if ( mapped != p.mapping.end() )
      combo->setCurrentIndex( std::max( 0, combo->findData( fromStd( mapped->second ) ) ) );
    mMappingLayout->addRow( targetFieldLabel( fromStd( target ) ), combo );
    mMappingCombos.insert( fromStd( target ), combo );
    // Another category column has other values: they are read again.
    if ( target == "category" )
      connect( combo, qOverload<int>( &QComboBox::currentIndexChanged ), this, &ImportDialog::scheduleScan );
  }
  updateButtons();
  scheduleScan();
}

void ImportDialog::updateButtons()
{
  QPushButton *ok = mButtons->button( QDialogButtonBox::Ok );
  ok->setEnabled( mPreviewError.isEmpty() && !mRunning );
  mCheckButton->setVisible( mDb != nullptr );
  mCheckButton->setEnabled( mPreviewError.isEmpty() && !mRunning );
}

bool ImportDialog::setMapping( const QString &target, const QString &column )
{
  QComboBox *combo = mMappingCombos.value( target );
  if ( !combo )
    return false;
  const int index = combo->findData( column );
  if ( index < 0 )
    return false;
  combo->setCurrentIndex( index );
  return true;
}

tryggkarta::ImportOptions ImportDialog::options() const
{
  tryggkarta::ImportOptions options;
  options.kind = static_cast<tryggkarta::ImportKind>( mKindCombo->currentData().toInt() );
  const int epsg = mCrsCombo->currentData().toInt();
  if ( epsg > 0 )
    options.sourceEpsg = epsg;
  options.allowReimport = mAllowReimport;
  // Only what the user changed overrides the core's automatic mapping ("" removes a mapping).
  for ( auto it = mMappingCombos.constBegin(); it != mMappingCombos.constEnd(); ++it )
  {
    const std::string target = it.key().toStdString();
    const std::string chosen = it.value()->currentData().toString().toStdString();
    const auto automatic = mAutoMapping.find( target );
    const std::string proposed = automatic == mAutoMapping.end() ? std::string() : automatic->second;
    if ( chosen != proposed )
      options.fieldMap[target] = chosen;
  }
  if ( options.kind == tryggkarta::ImportKind::Incidents && mDb )
  {
    options.crosswalk = mCrosswalkCombo->currentData().toString().toStdString();
    options.categoryMap = mCategoryMapping->categoryMap();
    options.leaveOut = mCategoryMapping->leaveOut();
  }
  return options;
}

bool ImportDialog::scanWanted() const
{
  return mDb && mPreviewError.isEmpty() &&
         static_cast<tryggkarta::ImportKind>( mKindCombo->currentData().toInt() ) ==
           tryggkarta::ImportKind::Incidents;
}

void ImportDialog::scheduleScan()
{
  const bool wanted = scanWanted();
  mCategoryBox->setVisible( wanted );
  mCrosswalkLabel->setVisible( wanted );
  mCrosswalkCombo->setVisible( wanted );
  if ( !wanted )
  {
    mCategoryMapping->clear();
    return;
  }
  if ( mScanScheduled )
    return;
  mScanScheduled = true;
  QTimer::singleShot( 0, this,
                      [this]
                      {
                        mScanScheduled = false;
                        if ( scanWanted() )
                          scanCategories();
                      } );
}

void ImportDialog::scanCategories()
{
  if ( !mDb )
    return;
  if ( mRunning )
  {
    mRescanWanted = true; // the values are read again when the run now ends
    return;
  }
  // Without the user's choices, so the table says how the file's values are read as they stand; the choices
  // made stay in the table.
  tryggkarta::ImportOptions scan = options();
  scan.categoryMap.clear();
  scan.leaveOut.clear();
  scan.dryRun = true;
  scan.rememberChoices = false;
  scan.allowReimport = true; // said apart, above the table
  mRunning = true;
  mRescanWanted = false;
  mCategoryMapping->setStatus( tr( "Reading the file's category values…" ) );
  updateButtons();
  emit runRequested( scan, Run::Scan );
}

void ImportDialog::check()
{
  if ( !mDb || mRunning )
    return;
  tryggkarta::ImportOptions dryRun = options();
  dryRun.dryRun = true;
  mRunning = true;
  updateButtons();
  emit runRequested( dryRun, Run::Check );
}

void ImportDialog::runFinished( const ImportOutcome &outcome, ImportDialog::Run run )
{
  mRunning = false;
  updateButtons();
  if ( run == Run::Scan )
  {
    if ( mRescanWanted || !scanWanted() )
    {
      mRescanWanted = false;
      scheduleScan();
      return;
    }
    if ( !outcome.ok )
    {
      mCategoryMapping->clear();
      mCategoryMapping->setStatus( outcome.error );
    }
    else if ( outcome.report.cancelled )
    {
      mCategoryMapping->clear();
      mCategoryMapping->setStatus(
        tr( "Reading the file's category values was cancelled. Change a column or the crosswalk to read them "
            "again." ) );
    }
    else
    {
      mCategoryMapping->setReport( outcome.report );
      showImportedBefore( outcome.report );
    }
    return;
  }

  // The check: its result opens over the dialog, and closing it comes back here.
  if ( !outcome.ok )
  {
    auto *box =
      new QMessageBox( QMessageBox::Warning, tr( "Check" ), outcome.error, QMessageBox::Close, this );
    box->setObjectName( QStringLiteral( "ImportCheckError" ) );
    box->setAttribute( Qt::WA_DeleteOnClose );
    box->open();
    return;
  }
  auto *result = new ImportResultDialog( outcome, this );
  result->setAttribute( Qt::WA_DeleteOnClose );
  mResultDialog = result;
  result->open();
}

void ImportDialog::showImportedBefore( const tryggkarta::ImportReport &report )
{
  mImportedBeforeText.clear();
  for ( const tryggkarta::Message &warning : report.warnings )
  {
    // The scan imports again on purpose; the import itself would be refused with the message said here.
    if ( warning.code == tryggkarta::MessageCode::ImportReimported ||
         warning.code == tryggkarta::MessageCode::ImportReimportedAs )
    {
      tryggkarta::Message refusal = warning;
      refusal.code = warning.code == tryggkarta::MessageCode::ImportReimported
                       ? tryggkarta::MessageCode::ImportAlreadyImported
                       : tryggkarta::MessageCode::ImportAlreadyImportedAs;
      mImportedBeforeText = CoreMessages::text( refusal );
    }
  }
  mImportedBeforeLabel->setText( mImportedBeforeText );
  mImportedBefore->setVisible( !mImportedBeforeText.isEmpty() && !mAllowReimport );
}

void ImportDialog::importAnyway()
{
  mAllowReimport = true;
  mImportedBefore->hide();
  if ( !mRunning )
    accept();
}

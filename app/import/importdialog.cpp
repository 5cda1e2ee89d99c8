#include "importdialog.h"
#include "coremessages.h"

#include <qgscoordinatereferencesystem.h>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

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
  };
  const auto it = sLabels.constFind( target );
  return it == sLabels.constEnd() ? target : tr( it.value() );
}

ImportDialog::ImportDialog( const QString &sourcePath, QWidget *parent )
  : QDialog( parent ), mSourcePath( sourcePath )
{
  setObjectName( QStringLiteral( "ImportDialog" ) );
  setWindowTitle( tr( "Import %1" ).arg( QFileInfo( sourcePath ).fileName() ) );

  mSummaryLabel = new QLabel( this );
  mSummaryLabel->setWordWrap( true );
  mSummaryLabel->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mWarningsLabel = new QLabel( this );
  mWarningsLabel->setWordWrap( true );
  mWarningsLabel->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );

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

  mDryRunCheck =
    new QCheckBox( tr( "Dry run: check the file and report, without changing the project" ), this );
  mDryRunCheck->setObjectName( QStringLiteral( "DryRunCheck" ) );

  auto *optionsLayout = new QFormLayout();
  optionsLayout->addRow( tr( "Import as" ), mKindCombo );
  optionsLayout->addRow( tr( "Coordinate system" ), mCrsCombo );
  optionsLayout->addRow( QString(), mDryRunCheck );

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

  mButtons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this );
  mButtons->button( QDialogButtonBox::Ok )->setText( tr( "Import" ) );
  connect( mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject );

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( mSummaryLabel );
  layout->addWidget( mWarningsLabel );
  layout->addLayout( optionsLayout );
  layout->addWidget( splitter, 1 );
  layout->addWidget( mButtons );

  // The mapping's targets depend on the kind: a new kind needs a new preview.
  connect( mKindCombo, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &ImportDialog::refreshPreview );
  connect( mDryRunCheck, &QCheckBox::toggled, this, &ImportDialog::updateButtons );

  resize( 1000, 640 );
  refreshPreview();
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
  }
  updateButtons();
}

void ImportDialog::updateButtons()
{
  QPushButton *ok = mButtons->button( QDialogButtonBox::Ok );
  ok->setEnabled( mPreviewError.isEmpty() );
  ok->setText( mDryRunCheck->isChecked() ? tr( "Check" ) : tr( "Import" ) );
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
  options.dryRun = mDryRunCheck->isChecked();
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
  return options;
}

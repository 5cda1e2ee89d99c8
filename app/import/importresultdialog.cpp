#include "importresultdialog.h"
#include "coremessages.h"

#include "importdialog.h"
#include "screenedtextedit.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QString fromStd( const std::string &text )
{
  return QString::fromStdString( text );
}

QString countList( const std::map<std::string, int64_t> &counts )
{
  QStringList parts;
  for ( const auto &[name, count] : counts )
    parts << QStringLiteral( "%1 (%2)" ).arg( fromStd( name ) ).arg( count );
  return parts.join( QStringLiteral( ", " ) );
}
//! "telefonnummer (3), e-postadress (1)": the kinds' codes in words.
QString personalDataList( const std::map<std::string, int64_t> &counts )
{
  QStringList parts;
  for ( const auto &[code, count] : counts )
    parts << QStringLiteral( "%1 (%2)" ).arg( ScreenedTextEdit::flagsText( fromStd( code ) ) ).arg( count );
  return parts.join( QStringLiteral( ", " ) );
}
} // namespace

QString ImportResultDialog::precisionLabel( const QString &precision )
{
  if ( precision == QLatin1String( "municipality" ) )
    return tr( "only the municipality" );
  if ( precision == QLatin1String( "county" ) )
    return tr( "only the county" );
  if ( precision == QLatin1String( "area" ) )
    return tr( "only an area" );
  if ( precision == QLatin1String( "street" ) )
    return tr( "a street or place" );
  if ( precision == QLatin1String( "address" ) )
    return tr( "an address" );
  return tr( "exact" );
}

QString ImportResultDialog::summaryText( const tryggkarta::ImportReport &report )
{
  if ( report.cancelled )
    return tr( "The import was cancelled; the project was not changed." );
  QString counts =
    tr( "%n row(s) read", nullptr, static_cast<int>( report.rowsRead ) ) + QStringLiteral( ", " ) +
    ( report.dryRun ? tr( "%n would be imported", nullptr, static_cast<int>( report.rowsImported ) )
                    : tr( "%n imported", nullptr, static_cast<int>( report.rowsImported ) ) ) +
    QStringLiteral( ", " ) + tr( "%n rejected", nullptr, static_cast<int>( report.rowsRejected ) );
  // Rows left out on purpose and police events already in the project are no errors: counted apart.
  if ( report.rowsLeftOut > 0 )
    counts += QStringLiteral( ", " ) +
              tr( "%n left out on purpose", nullptr, static_cast<int>( report.rowsLeftOut ) );
  if ( report.rowsDuplicate > 0 )
    counts += QStringLiteral( ", " ) +
              tr( "%n already in the project", nullptr, static_cast<int>( report.rowsDuplicate ) );
  counts += QLatin1Char( '.' );
  return report.dryRun ? tr( "Dry run: %1 The project was not changed." ).arg( counts ) : counts;
}

ImportResultDialog::ImportResultDialog( const ImportOutcome &outcome, QWidget *parent ) : QDialog( parent )
{
  setObjectName( QStringLiteral( "ImportResultDialog" ) );
  const tryggkarta::ImportReport &report = outcome.report;
  setWindowTitle( tr( "Import of %1" ).arg( QFileInfo( outcome.sourcePath ).fileName() ) );

  auto *summary =
    new QLabel( QStringLiteral( "<b>%1</b>" ).arg( summaryText( report ).toHtmlEscaped() ), this );
  summary->setWordWrap( true );

  auto *details = new QFormLayout();
  details->addRow( tr( "File" ), new QLabel( outcome.sourcePath.toHtmlEscaped(), this ) );
  QString format = fromStd( report.format );
  if ( !report.encoding.empty() )
    format += tr( ", encoding %1" ).arg( fromStd( report.encoding ) );
  if ( report.delimiter )
    format += tr( ", separator %1" )
                .arg( report.delimiter == '\t' ? tr( "tab" ) : QString( QLatin1Char( report.delimiter ) ) );
  details->addRow( tr( "Format" ), new QLabel( format, this ) );
  details->addRow( tr( "Coordinates" ), new QLabel( CoreMessages::text( report.sourceCrs ), this ) );
  QStringList mapping;
  for ( const auto &[target, column] : report.mapping )
    mapping << QStringLiteral( "%1 ← %2" )
                 .arg( ImportDialog::targetFieldLabel( fromStd( target ) ), fromStd( column ) );
  auto *mappingLabel = new QLabel( mapping.join( QStringLiteral( ", " ) ), this );
  mappingLabel->setWordWrap( true );
  details->addRow( tr( "Columns used" ), mappingLabel );
  if ( report.rowsFlagged > 0 )
  {
    auto *flagged = new QLabel(
      tr( "%n row(s) held personal data in free text: %1", nullptr, static_cast<int>( report.rowsFlagged ) )
        .arg( personalDataList( report.personalData ) ),
      this );
    flagged->setWordWrap( true );
    details->addRow( tr( "Personal data" ), flagged );
  }
  if ( !report.crosswalk.empty() )
    details->addRow(
      tr( "Crosswalk" ),
      new QLabel( tr( "Categories read through the crosswalk %1" ).arg( fromStd( report.crosswalk ) ),
                  this ) );
  if ( report.rowsLeftOut > 0 )
  {
    auto *leftOut =
      new QLabel( tr( "%n row(s) left out on purpose (kept with the import's rejects, not errors): %1",
                      nullptr, static_cast<int>( report.rowsLeftOut ) )
                    .arg( countList( report.leftOutValues ) ),
                  this );
    leftOut->setObjectName( QStringLiteral( "LeftOutRows" ) );
    leftOut->setWordWrap( true );
    details->addRow( tr( "Left out" ), leftOut );
  }
  if ( report.rowsDuplicate > 0 )
  {
    auto *duplicates =
      new QLabel( tr( "%n event(s) already in the project or twice in the file: not imported "
                      "again",
                      nullptr, static_cast<int>( report.rowsDuplicate ) ),
                  this );
    duplicates->setObjectName( QStringLiteral( "DuplicateRows" ) );
    duplicates->setWordWrap( true );
    details->addRow( tr( "Duplicates" ), duplicates );
  }
  if ( !report.impreciseRows.empty() )
  {
    QStringList parts;
    int64_t imprecise = 0;
    for ( const auto &[precision, count] : report.impreciseRows )
    {
      imprecise += count;
      parts << QStringLiteral( "%1 (%2)" ).arg( precisionLabel( fromStd( precision ) ) ).arg( count );
    }
    auto *places =
      new QLabel( tr( "%n incident(s) have no exact place: counted, but not drawn as points or used "
                      "in the point analyses. %1",
                      nullptr, static_cast<int>( imprecise ) )
                    .arg( parts.join( QStringLiteral( ", " ) ) ),
                  this );
    places->setObjectName( QStringLiteral( "ImpreciseRows" ) );
    places->setWordWrap( true );
    details->addRow( tr( "Imprecise places" ), places );
  }
  if ( !report.unknownCategories.empty() )
  {
    auto *unknown = new QLabel( countList( report.unknownCategories ), this );
    unknown->setWordWrap( true );
    details->addRow( tr( "Unknown categories" ), unknown );
  }
  if ( !report.newOrganisations.empty() )
  {
    QStringList names;
    for ( const std::string &name : report.newOrganisations )
      names << fromStd( name );
    auto *organisations = new QLabel( names.join( QStringLiteral( ", " ) ), this );
    organisations->setWordWrap( true );
    details->addRow( tr( "New organisations" ), organisations );
  }

  auto *layout = new QVBoxLayout( this );
  layout->addWidget( summary );
  layout->addLayout( details );

  if ( !report.warnings.empty() )
  {
    auto *warnings = new QListWidget( this );
    // Long warnings wrap instead of running out of the list.
    warnings->setWordWrap( true );
    warnings->setResizeMode( QListView::Adjust );
    warnings->setHorizontalScrollBarPolicy( Qt::ScrollBarAlwaysOff );
    for ( const tryggkarta::Message &warning : report.warnings )
    {
      // The kinds of personal data in the interface's words, not the core's codes ("phone").
      tryggkarta::Message shown = warning;
      if ( ( shown.code == tryggkarta::MessageCode::ImportPersonalDataReplaced ||
             shown.code == tryggkarta::MessageCode::ImportPersonalDataKept ) &&
           shown.args.size() >= 2 )
        shown.args[1].text = personalDataList( report.personalData ).toStdString();
      warnings->addItem( CoreMessages::text( shown ) );
    }
    warnings->setMaximumHeight( 110 );
    auto *box = new QGroupBox( tr( "Warnings" ), this );
    auto *boxLayout = new QVBoxLayout( box );
    boxLayout->addWidget( warnings );
    layout->addWidget( box );
  }

  mRejectsTable = new QTableWidget( static_cast<int>( report.rejects.size() ), 3, this );
  mRejectsTable->setObjectName( QStringLiteral( "RejectsTable" ) );
  mRejectsTable->setHorizontalHeaderLabels( { tr( "Row" ), tr( "Reason" ), tr( "Row as read" ) } );
  mRejectsTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mRejectsTable->verticalHeader()->hide();
  mRejectsTable->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::ResizeToContents );
  mRejectsTable->horizontalHeader()->setSectionResizeMode( 1, QHeaderView::Interactive );
  mRejectsTable->horizontalHeader()->setStretchLastSection( true );
  mRejectsTable->setColumnWidth( 1, 360 );
  for ( int row = 0; row < static_cast<int>( report.rejects.size() ); ++row )
  {
    const tryggkarta::RejectedRow &reject = report.rejects[row];
    auto *number = new QTableWidgetItem();
    number->setData( Qt::DisplayRole, static_cast<qlonglong>( reject.rowNumber ) );
    mRejectsTable->setItem( row, 0, number );
    auto *reason = new QTableWidgetItem( CoreMessages::text( reject.reason ) );
    reason->setToolTip( reason->text() );
    mRejectsTable->setItem( row, 1, reason );
    mRejectsTable->setItem( row, 2, new QTableWidgetItem( fromStd( reject.rawRow ) ) );
  }
  // Only errors: the rows left out on purpose and the events already in the project are said above.
  auto *rejectsBox =
    new QGroupBox( tr( "Rejected rows (%1)" ).arg( static_cast<qlonglong>( report.rejects.size() ) ), this );
  auto *rejectsLayout = new QVBoxLayout( rejectsBox );
  rejectsLayout->addWidget( mRejectsTable );
  rejectsBox->setVisible( !report.rejects.empty() );
  layout->addWidget( rejectsBox, 1 );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );
  resize( 860, report.rejects.empty() ? 360 : 560 );
}

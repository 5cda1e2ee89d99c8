#include "evaluationdialog.h"

#include "areas.h"
#include "coremessages.h"
#include "evaluationpdf.h"
#include "projectfile.h"
#include "vocabulary.h"

#include <qgsapplication.h>

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}

std::string isoDate( const QDateEdit *edit )
{
  return edit->date().toString( Qt::ISODate ).toStdString();
}

QDate qdate( const std::string &text )
{
  return QDate::fromString( q( text ), Qt::ISODate );
}

int indexOfArea( const QComboBox *combo, int64_t fid )
{
  return combo->findData( QVariant::fromValue<qlonglong>( fid ) );
}
} // namespace

// ----- the task --------------------------------------------------------------------------------------------

EvaluationTask::EvaluationTask( const QString &projectPath, const EvaluationSettings &settings )
  : QgsTask( tr( "Evaluating the intervention" ), QgsTask::CanCancel ), mProjectPath( projectPath ),
    mSettings( settings )
{
}

bool EvaluationTask::run()
{
  auto project = ProjectFile::open( mProjectPath.toStdString(), true );
  if ( !project )
  {
    mError = CoreMessages::text( project.error() );
    return false;
  }
  auto result = evaluateIntervention( **project, mSettings,
                                      [this]( double fraction )
                                      {
                                        setProgress( fraction * 100 );
                                        return !isCanceled();
                                      } );
  if ( !result )
  {
    if ( !isCancelled( result.error() ) )
      mError = CoreMessages::text( result.error() );
    return false;
  }
  mResult = std::move( result.value() );
  return true;
}

void EvaluationTask::finished( bool result )
{
  emit evaluationFinished( result );
}

// ----- the chart -------------------------------------------------------------------------------------------

EvaluationChart::EvaluationChart( QWidget *parent ) : QWidget( parent )
{
  setMinimumHeight( 180 );
}

void EvaluationChart::setResult( const std::optional<EvaluationResult> &result )
{
  mResult = result;
  update();
}

void EvaluationChart::paintEvent( QPaintEvent * )
{
  QPainter painter( this );
  painter.fillRect( rect(), Qt::white );
  if ( !mResult )
  {
    painter.setPen( palette().color( QPalette::Disabled, QPalette::Text ) );
    painter.drawText( rect(), Qt::AlignCenter, tr( "The weekly counts show here once evaluated." ) );
    return;
  }
  EvaluationPdf::paintChart( painter, QRectF( rect() ).adjusted( 4, 4, -4, -4 ), *mResult );
}

// ----- the dialog ------------------------------------------------------------------------------------------

EvaluationDialog *openEvaluationDialog( QWidget *parent, const QString &projectPath,
                                        std::optional<int64_t> interventionId )
{
  auto *dialog = new EvaluationDialog( projectPath, interventionId, parent );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  dialog->show();
  return dialog;
}

EvaluationDialog::EvaluationDialog( const QString &projectPath, std::optional<int64_t> interventionId,
                                    QWidget *parent )
  : QDialog( parent ), mProjectPath( projectPath ), mInterventionId( interventionId )
{
  setWindowTitle( tr( "Evaluate an intervention" ) );
  auto *layout = new QVBoxLayout( this );

  mIntervention = new QLabel( this );
  mIntervention->setWordWrap( true );
  layout->addWidget( mIntervention );

  auto *form = new QFormLayout;
  mTarget = new QComboBox( this );
  form->addRow( tr( "Target area" ), mTarget );
  auto *comparisonRow = new QHBoxLayout;
  mComparison = new QComboBox( this );
  mSuggest = new QPushButton( tr( "Suggest" ), this );
  mSuggest->setToolTip(
    tr( "Areas outside the target (and its buffer), most like it in level and trend before "
        "first" ) );
  comparisonRow->addWidget( mComparison, 1 );
  comparisonRow->addWidget( mSuggest );
  form->addRow( tr( "Comparison area" ), comparisonRow );
  mBuffer = new QSpinBox( this );
  mBuffer->setRange( 0, static_cast<int>( kMaximumEvaluationBufferMeters ) );
  mBuffer->setSingleStep( 50 );
  mBuffer->setSuffix( tr( " m" ) );
  mBuffer->setSpecialValueText( tr( "no buffer" ) );
  form->addRow( tr( "Buffer around the target" ), mBuffer );
  const auto dateEdit = [this]()
  {
    auto *edit = new QDateEdit( this );
    edit->setCalendarPopup( true );
    edit->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
    return edit;
  };
  auto *beforeRow = new QHBoxLayout;
  mBeforeFrom = dateEdit();
  mBeforeUntil = dateEdit();
  beforeRow->addWidget( mBeforeFrom );
  beforeRow->addWidget( new QLabel( QStringLiteral( "–" ), this ) );
  beforeRow->addWidget( mBeforeUntil );
  beforeRow->addStretch();
  form->addRow( tr( "Before" ), beforeRow );
  auto *afterRow = new QHBoxLayout;
  mAfterFrom = dateEdit();
  mAfterUntil = dateEdit();
  afterRow->addWidget( mAfterFrom );
  afterRow->addWidget( new QLabel( QStringLiteral( "–" ), this ) );
  afterRow->addWidget( mAfterUntil );
  afterRow->addStretch();
  form->addRow( tr( "After" ), afterRow );
  mGroups = new QListWidget( this );
  mGroups->setMaximumHeight( 90 );
  mGroups->setToolTip( tr( "None ticked: all categories" ) );
  form->addRow( tr( "Category groups" ), mGroups );
  layout->addLayout( form );

  auto *runRow = new QHBoxLayout;
  mRun = new QPushButton( tr( "Evaluate" ), this );
  mRun->setDefault( true );
  mCancel = new QPushButton( tr( "Cancel" ), this );
  mCancel->setEnabled( false );
  mProgress = new QProgressBar( this );
  mProgress->setRange( 0, 100 );
  mProgress->setVisible( false );
  runRow->addWidget( mRun );
  runRow->addWidget( mProgress, 1 );
  runRow->addWidget( mCancel );
  layout->addLayout( runRow );

  mMessage = new QLabel( this );
  mMessage->setWordWrap( true );
  mMessage->setTextInteractionFlags( Qt::TextSelectableByMouse );
  layout->addWidget( mMessage );

  mTable = new QTableWidget( this );
  mTable->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mTable->verticalHeader()->setVisible( false );
  mTable->horizontalHeader()->setSectionResizeMode( QHeaderView::ResizeToContents );
  layout->addWidget( mTable, 1 );
  mSentences = new QLabel( this );
  mSentences->setWordWrap( true );
  mSentences->setTextInteractionFlags( Qt::TextSelectableByMouse );
  layout->addWidget( mSentences );
  mChart = new EvaluationChart( this );
  layout->addWidget( mChart, 1 );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Close, this );
  mSave = buttons->addButton( tr( "Save with the intervention" ), QDialogButtonBox::ActionRole );
  mPrint = buttons->addButton( tr( "Print…" ), QDialogButtonBox::ActionRole );
  mSave->setEnabled( false );
  mPrint->setEnabled( false );
  layout->addWidget( buttons );

  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  connect( mRun, &QPushButton::clicked, this, [this] { evaluate(); } );
  connect( mCancel, &QPushButton::clicked, this, &EvaluationDialog::cancel );
  connect( mSuggest, &QPushButton::clicked, this, &EvaluationDialog::suggestComparison );
  connect( mSave, &QPushButton::clicked, this, [this] { saveResult(); } );
  connect(
    mPrint, &QPushButton::clicked, this,
    [this]
    {
      const QString path =
        QFileDialog::getSaveFileName( this, tr( "Print the evaluation" ), QString(), tr( "PDF (*.pdf)" ) );
      if ( path.isEmpty() )
        return;
      const QString problem = printTo( path );
      showMessage( problem.isEmpty() ? tr( "Printed to %1." ).arg( path ) : problem, !problem.isEmpty() );
    } );
  resize( 820, 760 );
  loadProject();
}

EvaluationDialog::~EvaluationDialog()
{
  if ( mTask )
  {
    disconnect( mTask, nullptr, this, nullptr );
    mTask->cancel();
  }
}

void EvaluationDialog::loadProject()
{
  auto project = ProjectFile::open( mProjectPath.toStdString(), true );
  if ( !project )
  {
    showMessage( CoreMessages::text( project.error() ), true );
    mRun->setEnabled( false );
    return;
  }
  mSynthetic = ( *project )->holdsSyntheticData();
  auto areas = loadAreas( **project );
  if ( areas )
  {
    for ( const ProjectArea &area : *areas )
    {
      mTarget->addItem( q( area.label() ), QVariant::fromValue<qlonglong>( area.fid ) );
      mComparison->addItem( q( area.label() ), QVariant::fromValue<qlonglong>( area.fid ) );
    }
  }
  if ( auto vocabulary = readVocabulary( ( *project )->db() ) )
  {
    for ( const VocabularyEntry &group : vocabulary->groups )
    {
      auto *item = new QListWidgetItem( q( group.labelSv ), mGroups );
      item->setData( Qt::UserRole, q( group.code ) );
      item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
      item->setCheckState( Qt::Unchecked );
    }
  }
  // Defaults: the last three months against the three before.
  const QDate today = QDate::currentDate();
  mAfterUntil->setDate( today );
  mAfterFrom->setDate( today.addMonths( -3 ).addDays( 1 ) );
  mBeforeUntil->setDate( mAfterFrom->date().addDays( -1 ) );
  mBeforeFrom->setDate( mBeforeUntil->date().addMonths( -3 ).addDays( 1 ) );
  if ( mComparison->count() > 1 )
    mComparison->setCurrentIndex( 1 );

  if ( mInterventionId )
  {
    auto info = loadIntervention( **project, *mInterventionId );
    if ( !info )
    {
      showMessage( CoreMessages::text( info.error() ), true );
      return;
    }
    mIntervention->setText(
      tr( "Intervention: %1 (%2), %3 – %4" )
        .arg( q( info->title ), q( info->kind ), q( info->startDate ), q( info->endDate ) ) );
    EvaluationSettings given;
    given.comparisonAreaId = settings().comparisonAreaId;
    auto settings = settingsFromIntervention( **project, *mInterventionId, given );
    if ( !settings )
      showMessage( CoreMessages::text( settings.error() ), true );
    else
      setSettings( *settings );
  }
  else
    mIntervention->setVisible( false );
}

EvaluationSettings EvaluationDialog::settings() const
{
  EvaluationSettings s;
  s.interventionId = mInterventionId;
  s.targetAreaId = mTarget->currentData().toLongLong();
  s.comparisonAreaId = mComparison->currentData().toLongLong();
  if ( mBuffer->value() > 0 )
    s.bufferMeters = mBuffer->value();
  s.before = { isoDate( mBeforeFrom ), isoDate( mBeforeUntil ) };
  s.after = { isoDate( mAfterFrom ), isoDate( mAfterUntil ) };
  for ( int i = 0; i < mGroups->count(); ++i )
    if ( mGroups->item( i )->checkState() == Qt::Checked )
      s.categories.push_back( mGroups->item( i )->data( Qt::UserRole ).toString().toStdString() );
  return s;
}

void EvaluationDialog::setSettings( const EvaluationSettings &s )
{
  if ( const int i = indexOfArea( mTarget, s.targetAreaId ); i >= 0 )
    mTarget->setCurrentIndex( i );
  if ( const int i = indexOfArea( mComparison, s.comparisonAreaId ); i >= 0 )
    mComparison->setCurrentIndex( i );
  mBuffer->setValue( s.bufferMeters ? static_cast<int>( *s.bufferMeters ) : 0 );
  mBeforeFrom->setDate( qdate( s.before.from ) );
  mBeforeUntil->setDate( qdate( s.before.until ) );
  mAfterFrom->setDate( qdate( s.after.from ) );
  mAfterUntil->setDate( qdate( s.after.until ) );
  for ( int i = 0; i < mGroups->count(); ++i )
  {
    const std::string code = mGroups->item( i )->data( Qt::UserRole ).toString().toStdString();
    const bool ticked = std::find( s.categories.begin(), s.categories.end(), code ) != s.categories.end();
    mGroups->item( i )->setCheckState( ticked ? Qt::Checked : Qt::Unchecked );
  }
}

bool EvaluationDialog::evaluate()
{
  if ( mTask )
    return false;
  const EvaluationSettings s = settings();
  {
    auto project = ProjectFile::open( mProjectPath.toStdString(), true );
    if ( !project )
    {
      showMessage( CoreMessages::text( project.error() ), true );
      return false;
    }
    const Status checked = checkEvaluationSettings( **project, s );
    if ( !checked )
    {
      showMessage( CoreMessages::text( checked.error() ), true );
      return false;
    }
  }
  mResult.reset();
  showResult();
  showMessage( tr( "Evaluating…" ), false );
  mTask = new EvaluationTask( mProjectPath, s );
  connect( mTask, &QgsTask::progressChanged, this,
           [this]( double progress ) { mProgress->setValue( qRound( progress ) ); } );
  connect( mTask, &EvaluationTask::evaluationFinished, this,
           [this, task = mTask]( bool ok )
           {
             if ( ok && task->result() )
             {
               mResult = task->result();
               showMessage( QString(), false );
             }
             else
               showMessage( task->error().isEmpty() ? tr( "Cancelled." ) : task->error(),
                            !task->error().isEmpty() );
             mTask = nullptr;
             setRunning( false );
             showResult();
           } );
  setRunning( true );
  QgsApplication::taskManager()->addTask( mTask );
  return true;
}

void EvaluationDialog::cancel()
{
  if ( mTask )
    mTask->cancel();
}

void EvaluationDialog::suggestComparison()
{
  auto project = ProjectFile::open( mProjectPath.toStdString(), true );
  if ( !project )
  {
    showMessage( CoreMessages::text( project.error() ), true );
    return;
  }
  auto suggestions = suggestComparisonAreas( **project, settings() );
  if ( !suggestions )
  {
    showMessage( CoreMessages::text( suggestions.error() ), true );
    return;
  }
  mComparison->clear();
  for ( const ComparisonSuggestion &s : *suggestions )
    mComparison->addItem( tr( "%1 – %2 events before, trend %3 %" )
                            .arg( q( s.name ) )
                            .arg( s.count )
                            .arg( qRound( ( std::exp( s.trend ) - 1 ) * 100 ) ),
                          QVariant::fromValue<qlonglong>( s.areaId ) );
  mComparison->setCurrentIndex( 0 );
  showMessage( tr( "Suggested comparison areas, most like the target (%1 events before) first." )
                 .arg( suggestions->empty() ? 0 : suggestions->front().targetBefore ),
               false );
}

std::optional<int64_t> EvaluationDialog::saveResult()
{
  if ( !mResult )
    return std::nullopt;
  auto project = ProjectFile::open( mProjectPath.toStdString() );
  if ( !project )
  {
    showMessage( CoreMessages::text( project.error() ), true );
    return std::nullopt;
  }
  auto fid = storeEvaluation( **project, *mResult, qEnvironmentVariable( "USER" ).toStdString() );
  if ( !fid )
  {
    showMessage( CoreMessages::text( fid.error() ), true );
    return std::nullopt;
  }
  mResult->fid = *fid;
  mSave->setEnabled( false );
  showMessage( tr( "Stored in the project as evaluation %1." ).arg( *fid ), false );
  return *fid;
}

QString EvaluationDialog::printTo( const QString &pdfPath )
{
  if ( !mResult )
    return tr( "Evaluate first." );
  return EvaluationPdf::write( *mResult, mSynthetic, pdfPath );
}

QString EvaluationDialog::messageText() const
{
  return mMessage->text();
}

void EvaluationDialog::showMessage( const QString &text, bool error )
{
  mMessage->setText( text );
  mMessage->setStyleSheet( error ? QStringLiteral( "color: #a31d1d;" ) : QString() );
}

void EvaluationDialog::setRunning( bool running )
{
  mRun->setEnabled( !running );
  mCancel->setEnabled( running );
  mSuggest->setEnabled( !running );
  mProgress->setVisible( running );
  mProgress->setValue( 0 );
}

void EvaluationDialog::showResult()
{
  mTable->clear();
  mTable->setRowCount( 0 );
  mSentences->clear();
  mChart->setResult( mResult );
  mSave->setEnabled( mResult.has_value() && mResult->fid == 0 );
  mPrint->setEnabled( mResult.has_value() );
  if ( !mResult )
    return;
  const QStringList header = EvaluationPdf::tableHeader( mResult->settings.bufferMeters.has_value() );
  const QList<QStringList> rows = EvaluationPdf::tableRows( *mResult );
  mTable->setColumnCount( header.size() );
  mTable->setHorizontalHeaderLabels( header );
  mTable->setRowCount( rows.size() );
  for ( int r = 0; r < rows.size(); ++r )
    for ( int c = 0; c < rows[r].size(); ++c )
    {
      auto *item = new QTableWidgetItem( rows[r][c] );
      if ( c > 0 )
        item->setTextAlignment( Qt::AlignRight | Qt::AlignVCenter );
      mTable->setItem( r, c, item );
    }
  QStringList sentences;
  for ( const std::string &s : mResult->sentences )
    sentences << q( s ).toHtmlEscaped();
  mSentences->setText( sentences.join( QStringLiteral( "<br>" ) ) );
}

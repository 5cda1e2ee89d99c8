#include "analysisdialog.h"
#include "coremessages.h"

#include "projectcontroller.h"

#include <qgsmapcanvas.h>
#include "projectfile.h"
#include "resultlayers.h"

#include <qgsapplication.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QCoreApplication>
#include <QThread>
#include <QElapsedTimer>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace
{
const double kRoundCellSizes[] = { 1.0,  2.0,   5.0,   10.0,  20.0,  25.0,
                                   50.0, 100.0, 200.0, 250.0, 500.0, 1000.0 };

//! The smallest of the round cell sizes above a size, metres.
double nextRoundCellSize( double metres )
{
  for ( double size : kRoundCellSizes )
    if ( size > metres )
      return size;
  return ( std::floor( metres / 1000 ) + 1 ) * 1000;
}

//! The largest of the round cell sizes at or below a size (at least 1 m).
double roundCellSizeBelow( double metres )
{
  double best = kRoundCellSizes[0];
  for ( double size : kRoundCellSizes )
    if ( size <= metres )
      best = size;
  return best;
}

//! The extent of the incidents, metres.
tryggkarta::MapExtent extentOf( const std::vector<tryggkarta::SelectedIncident> &incidents )
{
  tryggkarta::MapExtent extent{ incidents.front().x, incidents.front().y, incidents.front().x,
                                incidents.front().y };
  for ( const tryggkarta::SelectedIncident &i : incidents )
  {
    extent.xMin = std::min( extent.xMin, i.x );
    extent.yMin = std::min( extent.yMin, i.y );
    extent.xMax = std::max( extent.xMax, i.x );
    extent.yMax = std::max( extent.yMax, i.y );
  }
  return extent;
}

void fillAreaKinds( QComboBox *combo )
{
  combo->addItem( AnalysisDialog::tr( "EST areas" ), QStringLiteral( "est_area" ) );
  combo->addItem( AnalysisDialog::tr( "Districts" ), QStringLiteral( "district" ) );
  combo->addItem( AnalysisDialog::tr( "Own areas" ), QStringLiteral( "custom" ) );
  combo->addItem( AnalysisDialog::tr( "All areas" ), QStringLiteral( "all" ) );
}
} // namespace

AnalysisDialog::AnalysisDialog( AnalysisKind kind, const AnalysisContext &context, QWidget *parent )
  : QDialog( parent ), mKind( kind ), mProjects( context.projects ), mCanvas( context.canvas )
{
  setObjectName( QStringLiteral( "AnalysisDialog" ) );
  setWindowTitle( AnalysisText::methodName( kind ) );
  mProjectPath = openProjectPath();
  mSelection = context.selection;
  mFilterIncidents = context.incidents;
  mImprecise = context.imprecise;
  mFilterObservations = context.observations;
  mCategoryLabels = context.categoryLabels;
  // A comparison counts incidents only; the others take the filter's layer until another is chosen here.
  if ( kind == AnalysisKind::Comparison )
  {
    mSelection.layer = tryggkarta::SelectionLayer::Incidents;
    mSelection.checklistItems.clear();
    mSelection.walkIds.clear();
  }
  mIncidents =
    mSelection.includesIncidents() ? mFilterIncidents : std::vector<tryggkarta::SelectedIncident>{};
  if ( mSelection.includesObservations() )
    for ( const tryggkarta::SelectedIncident &observation : mFilterObservations )
      if ( tryggkarta::matchesKindFilters( observation, mSelection ) )
        mIncidents.push_back( observation );

  // The names in use, to warn before a run that the name is taken.
  QString defaultName = QString::fromStdString( tryggkarta::defaultResultName(
    AnalysisText::methodName( kind ).toStdString(), mSelection, tr( "filtered" ).toStdString() ) );
  if ( auto project = tryggkarta::ProjectFile::open( mProjectPath.toStdString(), true ) )
  {
    tryggkarta::ResultStore store( **project );
    if ( auto results = store.list() )
      for ( const tryggkarta::StoredResult &r : results.value() )
        mExistingNames << QString::fromStdString( r.name );
    if ( auto unique = store.uniqueName( defaultName.toStdString() ) )
      defaultName = QString::fromStdString( unique.value() );
  }

  auto *layout = new QVBoxLayout( this );
  mSelectionLabel = new QLabel( this );
  mSelectionLabel->setObjectName( QStringLiteral( "SelectionText" ) );
  mSelectionLabel->setWordWrap( true );
  mSelectionLabel->setTextFormat( Qt::RichText );
  layout->addWidget( mSelectionLabel );
  updateSelectionText();

  mParameters = new QWidget( this );
  auto *form = new QFormLayout( mParameters );
  form->setContentsMargins( 0, 6, 0, 0 );
  form->setRowWrapPolicy( QFormLayout::DontWrapRows );
  form->setFieldGrowthPolicy( QFormLayout::ExpandingFieldsGrow );
  if ( kind != AnalysisKind::Comparison )
  {
    buildLayerChoice( form, context.checklistItems );
    auto *line = new QFrame( mParameters );
    line->setFrameShape( QFrame::HLine );
    line->setFrameShadow( QFrame::Sunken );
    form->addRow( line );
  }
  switch ( kind )
  {
  case AnalysisKind::KernelDensity:
    buildKernelDensity( form );
    break;
  case AnalysisKind::HotSpots:
    buildHotSpots( form );
    break;
  case AnalysisKind::Clusters:
    buildClusters( form );
    break;
  case AnalysisKind::Comparison:
    buildComparison( form );
    break;
  }
  auto *line = new QFrame( mParameters );
  line->setFrameShape( QFrame::HLine );
  line->setFrameShadow( QFrame::Sunken );
  form->addRow( line );
  mName = new QLineEdit( defaultName, mParameters );
  mName->setObjectName( QStringLiteral( "ResultName" ) );
  mName->setMinimumWidth( 320 );
  addParameter(
    form, tr( "Save as" ), mName,
    tr( "The result is kept in the project file under this name, with the filter and the parameters "
        "that made it." ) );
  mReplace = new QCheckBox( tr( "Replace a result with this name" ), mParameters );
  mReplace->setObjectName( QStringLiteral( "Replace" ) );
  form->addRow( QString(), mReplace );
  mNameHint = new QLabel( mParameters );
  mNameHint->setWordWrap( true );
  mNameHint->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );
  form->addRow( QString(), mNameHint );
  layout->addWidget( mParameters );
  connect( mName, &QLineEdit::textChanged, this, &AnalysisDialog::updateNameHint );
  connect( mReplace, &QCheckBox::toggled, this, &AnalysisDialog::updateNameHint );

  mMessage = new QLabel( this );
  mMessage->setObjectName( QStringLiteral( "Message" ) );
  mMessage->setWordWrap( true );
  mMessage->setTextInteractionFlags( Qt::TextSelectableByMouse );
  mMessage->hide();
  layout->addWidget( mMessage );
  mStage = new QLabel( this );
  mStage->setObjectName( QStringLiteral( "Stage" ) );
  mStage->hide();
  layout->addWidget( mStage );
  mProgress = new QProgressBar( this );
  mProgress->setObjectName( QStringLiteral( "Progress" ) );
  mProgress->setRange( 0, 100 );
  mProgress->hide();
  layout->addWidget( mProgress );
  layout->addStretch( 1 );

  mButtons = new QDialogButtonBox( this );
  mRunButton = mButtons->addButton( tr( "Run" ), QDialogButtonBox::AcceptRole );
  mRunButton->setObjectName( QStringLiteral( "Run" ) );
  mRunButton->setDefault( true );
  mCloseButton = mButtons->addButton( tr( "Close" ), QDialogButtonBox::RejectRole );
  mCloseButton->setObjectName( QStringLiteral( "Close" ) );
  connect( mRunButton, &QPushButton::clicked, this, &AnalysisDialog::start );
  connect( mCloseButton, &QPushButton::clicked, this, &AnalysisDialog::reject );
  layout->addWidget( mButtons );

  updateEnabled();
  updateNameHint();
}

AnalysisDialog::~AnalysisDialog()
{
  // A run still going stops and stores nothing; the task manager deletes the task.
  if ( mTask )
  {
    mTask->cancel();
    emit runningChanged( false );
  }
}

QLabel *AnalysisDialog::addParameter( QFormLayout *form, const QString &label, QWidget *widget,
                                      const QString &explanation )
{
  form->addRow( label, widget );
  auto *text = new QLabel( mParameters );
  text->setWordWrap( true );
  text->setStyleSheet( QStringLiteral( "color: #5f6368; font-size: small;" ) );
  setExplanation( text, explanation );
  form->addRow( QString(), text );
  return text;
}

void AnalysisDialog::setExplanation( QLabel *label, const QString &text )
{
  // A fixed width and the height its wrapped lines need: a dialog does not ask its labels' height for its
  // width, and would cut the longer explanations short.
  constexpr int kWidth = 460;
  label->setText( text );
  label->setFixedWidth( kWidth );
  label->setMinimumHeight( label->heightForWidth( kWidth ) );
}

QDoubleSpinBox *AnalysisDialog::metresBox( const QString &objectName, double value, int decimals )
{
  auto *box = new QDoubleSpinBox( mParameters );
  box->setObjectName( objectName );
  box->setDecimals( decimals );
  // Zero is allowed in the box so that the check before running can say what is wrong with it.
  box->setRange( 0, 100000 );
  box->setSuffix( tr( " m" ) );
  box->setValue( value );
  return box;
}

void AnalysisDialog::updateSelectionText()
{
  const QString selectionText =
    AnalysisText::describeSelection( mSelection, mCategoryLabels ).toHtmlEscaped();
  const int observations = static_cast<int>( std::count_if(
    mIncidents.begin(), mIncidents.end(), []( const auto &point ) { return point.isObservation(); } ) );
  const int incidents = incidentCount() - observations;
  QString count;
  switch ( mSelection.layer )
  {
  case tryggkarta::SelectionLayer::Incidents:
    count = tr( "%n incident(s), as the map shows them.", nullptr, incidents );
    break;
  case tryggkarta::SelectionLayer::Observations:
    count = tr( "%n observation(s) from safety walks.", nullptr, observations );
    break;
  case tryggkarta::SelectionLayer::Both:
    count =
      tr( "%1 incident(s) and %2 observation(s) from safety walks." ).arg( incidents ).arg( observations );
    break;
  }
  if ( mIncidents.empty() )
    count =
      QStringLiteral( "<span style=\"color:#b00020\">%1</span>" )
        .arg( mSelection.layer == tryggkarta::SelectionLayer::Incidents
                ? tr( "The filter selects no incidents: choose another period or more categories in the "
                      "filter panel." )
                : tr( "The filter selects nothing of this layer: choose another layer, more checklist "
                      "items or another period in the filter panel." ) );
  // The filter's incidents whose place is not a point: not in the analysis, and said so.
  if ( mSelection.includesIncidents() )
    for ( const tryggkarta::Message &why : tryggkarta::describeImprecise( mImprecise ) )
      count += QStringLiteral( "<br>" ) + CoreMessages::text( why ).toHtmlEscaped();
  mSelectionLabel->setText( ( mSelection.layer == tryggkarta::SelectionLayer::Incidents
                                ? tr( "<b>The incidents in the filter:</b> %1<br>%2" )
                                : tr( "<b>What the analysis counts:</b> %1<br>%2" ) )
                              .arg( selectionText, count ) );
}

void AnalysisDialog::buildLayerChoice( QFormLayout *form,
                                       const QList<QPair<QString, QString>> &checklistItems )
{
  mLayer = new QComboBox( mParameters );
  mLayer->setObjectName( QStringLiteral( "Layer" ) );
  for ( tryggkarta::SelectionLayer layer :
        { tryggkarta::SelectionLayer::Incidents, tryggkarta::SelectionLayer::Observations,
          tryggkarta::SelectionLayer::Both } )
    mLayer->addItem( AnalysisText::layerName( layer ),
                     QString::fromLatin1( tryggkarta::selectionLayerName( layer ) ) );
  mLayer->setCurrentIndex( static_cast<int>( mSelection.layer ) );
  addParameter(
    form, tr( "Layer" ), mLayer,
    tr( "What the analysis counts. Observations are the problems found on safety walks, weighted 3 − rating "
        "(rating 0, very unsafe, weighs 3; without a rating 1); positive places and unconfirmed drafts never "
        "count. Categories, sources and organisations filter the incidents only." ) );
  mChecklist = new QListWidget( mParameters );
  mChecklist->setObjectName( QStringLiteral( "ChecklistItems" ) );
  mChecklist->setMaximumHeight( 110 );
  for ( const auto &[code, label] : checklistItems )
  {
    auto *item = new QListWidgetItem( label.isEmpty() ? code : label, mChecklist );
    item->setData( Qt::UserRole, code );
    item->setFlags( item->flags() | Qt::ItemIsUserCheckable );
    const bool chosen = mSelection.checklistItems.empty() ||
                        std::find( mSelection.checklistItems.begin(), mSelection.checklistItems.end(),
                                   code.toStdString() ) != mSelection.checklistItems.end();
    item->setCheckState( chosen ? Qt::Checked : Qt::Unchecked );
  }
  addParameter( form, tr( "Checklist items" ), mChecklist,
                tr( "Only observations of the ticked checklist items, e.g. only lighting." ) );
  connect( mLayer, qOverload<int>( &QComboBox::currentIndexChanged ), this, &AnalysisDialog::updatePoints );
  connect( mChecklist, &QListWidget::itemChanged, this, &AnalysisDialog::updatePoints );
}

void AnalysisDialog::updatePoints()
{
  if ( !mLayer )
    return;
  mSelection.layer = tryggkarta::selectionLayerNamed( mLayer->currentData().toString().toStdString() )
                       .value_or( tryggkarta::SelectionLayer::Incidents );
  // All ticked is no filter (also for checklist items added to the project later).
  std::vector<std::string> ticked;
  for ( int i = 0; i < mChecklist->count(); ++i )
    if ( mChecklist->item( i )->checkState() == Qt::Checked )
      ticked.push_back( mChecklist->item( i )->data( Qt::UserRole ).toString().toStdString() );
  mSelection.checklistItems.clear();
  if ( ticked.size() != static_cast<size_t>( mChecklist->count() ) )
    mSelection.checklistItems = ticked.empty() ? std::vector<std::string>{ "-" } : ticked; // "-": nothing
  mIncidents =
    mSelection.includesIncidents() ? mFilterIncidents : std::vector<tryggkarta::SelectedIncident>{};
  if ( mSelection.includesObservations() )
    for ( const tryggkarta::SelectedIncident &observation : mFilterObservations )
      if ( tryggkarta::matchesKindFilters( observation, mSelection ) )
        mIncidents.push_back( observation );
  updateSelectionText();
  // Other points spread otherwise: the heatmap's defaults follow them unless the user set their own.
  if ( mRadius && mKind == AnalysisKind::KernelDensity &&
       qMakePair( mRadius->value(), mCellSize->value() ) == mKernelDefaults )
    applyKernelDefaults();
  updateEnabled();
}

void AnalysisDialog::buildKernelDensity( QFormLayout *form )
{
  mRadius = metresBox( QStringLiteral( "Radius" ), 300 );
  mRadiusExplanation = addParameter( form, tr( "Radius" ), mRadius, QString() );
  mCellSize = metresBox( QStringLiteral( "CellSize" ), 10, 1 );
  addParameter(
    form, tr( "Cell size" ), mCellSize,
    tr( "The squares the heatmap is drawn in. Smaller squares look smoother and take longer; they do "
        "not change the density." ) );
  applyKernelDefaults();
  mKernel = new QComboBox( mParameters );
  mKernel->setObjectName( QStringLiteral( "Kernel" ) );
  mKernel->addItem( tr( "Quartic (the usual)" ), QStringLiteral( "quartic" ) );
  mKernel->addItem( tr( "Triweight" ), QStringLiteral( "triweight" ) );
  mKernel->addItem( tr( "Epanechnikov" ), QStringLiteral( "epanechnikov" ) );
  mKernel->addItem( tr( "Triangular" ), QStringLiteral( "triangular" ) );
  mKernel->addItem( tr( "Uniform" ), QStringLiteral( "uniform" ) );
  mKernel->addItem( tr( "Gaussian" ), QStringLiteral( "gaussian" ) );
  addParameter( form, tr( "Kernel" ), mKernel,
                tr( "How an incident's weight falls off with distance. Quartic gives soft hot spots; uniform "
                    "counts everything within the radius alike." ) );
  mOutput = new QComboBox( mParameters );
  mOutput->setObjectName( QStringLiteral( "Output" ) );
  mOutput->addItem( AnalysisText::densityUnits( QStringLiteral( "per-km2" ) ), QStringLiteral( "per-km2" ) );
  mOutput->addItem( AnalysisText::densityUnits( QStringLiteral( "scaled" ) ), QStringLiteral( "scaled" ) );
  mOutput->addItem( AnalysisText::densityUnits( QStringLiteral( "raw" ) ), QStringLiteral( "raw" ) );
  addParameter(
    form, tr( "Values" ), mOutput,
    tr( "Incidents per km² for the period read as they sound, and maps of periods of the same length "
        "compare." ) );
  mMaskLand = new QCheckBox( tr( "Nothing on water or outside the municipality" ), mParameters );
  mMaskLand->setObjectName( QStringLiteral( "MaskLand" ) );
  mMaskLand->setChecked( true );
  addParameter(
    form, tr( "Mask" ), mMaskLand,
    tr( "Leaves the lake and what lies outside the municipality blank, so the density does not leak "
        "into them." ) );
  mEdgeCorrection = new QCheckBox( tr( "Correct the edges" ), mParameters );
  mEdgeCorrection->setObjectName( QStringLiteral( "EdgeCorrection" ) );
  addParameter(
    form, tr( "Edges" ), mEdgeCorrection,
    tr( "Near the municipality's edge part of each incident's spread falls where nothing is recorded, "
        "so the density looks too low there. The correction raises it; the map then no longer adds "
        "up exactly to the number of incidents." ) );
}

void AnalysisDialog::applyKernelDefaults()
{
  double radius = 300;
  bool fromData = false;
  if ( auto fromIncidents = tryggkarta::defaultKernelRadius( mIncidents ) )
  {
    radius = std::max( 10.0, std::round( fromIncidents.value() / 10 ) * 10 );
    fromData = true;
  }
  // About a twentieth of the radius, and at most some four million cells over the incidents.
  double cell = roundCellSizeBelow( radius / 20 );
  if ( !mIncidents.empty() )
  {
    const tryggkarta::MapExtent extent = extentOf( mIncidents );
    while ( ( extent.width() + 2 * radius ) / cell * ( ( extent.height() + 2 * radius ) / cell ) > 4e6 )
      cell = nextRoundCellSize( cell );
  }
  mRadius->setValue( radius );
  mCellSize->setValue( cell );
  mKernelDefaults = qMakePair( mRadius->value(), mCellSize->value() );
  setExplanation( mRadiusExplanation,
                  fromData
                    ? tr( "How far each incident spreads. The radius shapes the picture more than anything "
                          "else: a small one shows single places, a large one whole districts. %1 m comes "
                          "from how these incidents are spread." )
                        .arg( AnalysisText::number( radius, 0 ) )
                    : tr( "How far each incident spreads. The radius shapes the picture more than anything "
                          "else: a small one shows single places, a large one whole districts." ) );
}

void AnalysisDialog::buildHotSpots( QFormLayout *form )
{
  mHotSpotOn = new QComboBox( mParameters );
  mHotSpotOn->setObjectName( QStringLiteral( "HotSpotOn" ) );
  mHotSpotOn->addItem( tr( "Squares" ), QStringLiteral( "squares" ) );
  mHotSpotOn->addItem( tr( "Hexagons" ), QStringLiteral( "hexagons" ) );
  mHotSpotOn->addItem( tr( "The project's areas" ), QStringLiteral( "areas" ) );
  addParameter(
    form, tr( "Count in" ), mHotSpotOn,
    tr( "Incidents are counted per cell (or area). A hot spot is a cell that, with its neighbours, has "
        "more incidents than chance would give." ) );
  mCellSize = metresBox( QStringLiteral( "CellSize" ), 100 );
  addParameter( form, tr( "Cell size" ), mCellSize,
                tr( "The result depends on it: other sizes draw other hot spots, so try two before drawing "
                    "conclusions." ) );
  mNeighbourhood = new QComboBox( mParameters );
  mNeighbourhood->setObjectName( QStringLiteral( "Neighbourhood" ) );
  mNeighbourhood->addItem( tr( "Cells within a distance" ), QStringLiteral( "band" ) );
  mNeighbourhood->addItem( tr( "The nearest cells" ), QStringLiteral( "nearest" ) );
  addParameter(
    form, tr( "Neighbours" ), mNeighbourhood,
    tr( "Which cells count as a cell's neighbourhood. A distance suits most maps; the nearest cells "
        "suit incidents spread very unevenly." ) );
  mBand = metresBox( QStringLiteral( "Band" ), 300 );
  addParameter( form, tr( "Distance" ), mBand,
                tr( "Cells whose centres lie this close are neighbours; about three cells is usual." ) );
  mNeighbourCount = new QSpinBox( mParameters );
  mNeighbourCount->setObjectName( QStringLiteral( "NeighbourCount" ) );
  mNeighbourCount->setRange( 0, 1000 );
  mNeighbourCount->setValue( 8 );
  addParameter( form, tr( "Nearest cells" ), mNeighbourCount,
                tr( "How many nearest cells are neighbours." ) );
  mAreaKind = new QComboBox( mParameters );
  mAreaKind->setObjectName( QStringLiteral( "AreaKind" ) );
  fillAreaKinds( mAreaKind );
  addParameter(
    form, tr( "Areas" ), mAreaKind,
    tr( "Gi* on areas compares each area and the areas touching it with all areas; it needs at least "
        "three." ) );
  auto *note = new QLabel( mParameters );
  note->setObjectName( QStringLiteral( "HotSpotNote" ) );
  note->setWordWrap( true );
  if ( mIncidents.size() < tryggkarta::HotSpots::sMinimumEvents )
  {
    note->setStyleSheet( QStringLiteral( "color: #8a5a00;" ) );
    note->setText( tr( "Gi* needs at least %1 incidents to say much; the filter selects %2. Choose a longer "
                       "period or more categories." )
                     .arg( tryggkarta::HotSpots::sMinimumEvents )
                     .arg( mIncidents.size() ) );
  }
  else
    note->setText( tr( "Gi* needs 30 incidents or more. Cells are classed as hot or cold spots at 99, 95 or "
                       "90 % confidence, corrected for testing many cells at once (FDR)." ) );
  form->addRow( note );
  connect( mHotSpotOn, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &AnalysisDialog::updateEnabled );
  connect( mNeighbourhood, qOverload<int>( &QComboBox::currentIndexChanged ), this,
           &AnalysisDialog::updateEnabled );
}

void AnalysisDialog::buildClusters( QFormLayout *form )
{
  mEps = metresBox( QStringLiteral( "Eps" ), 50 );
  addParameter( form, tr( "Distance" ), mEps,
                tr( "Incidents this close are neighbours. A larger distance joins nearby groups into one "
                    "cluster." ) );
  mMinPoints = new QSpinBox( mParameters );
  mMinPoints->setObjectName( QStringLiteral( "MinPoints" ) );
  mMinPoints->setRange( 0, 100000 );
  // Some one in a hundred of the incidents, between 5 and 25.
  mMinPoints->setValue( static_cast<int>( std::clamp<size_t>( mIncidents.size() / 100, 5, 25 ) ) );
  addParameter( form, tr( "At least" ), mMinPoints,
                tr( "Incidents within the distance (the incident itself included) that make the core of a "
                    "cluster. Fewer give more and smaller clusters." ) );
  mUseTime = new QCheckBox( tr( "Also close in time" ), mParameters );
  mUseTime->setObjectName( QStringLiteral( "UseTime" ) );
  addParameter(
    form, tr( "Time" ), mUseTime,
    tr( "Incidents must also lie close in time (ST-DBSCAN): the same place months apart is then not "
        "one cluster." ) );
  mTimeEps = new QDoubleSpinBox( mParameters );
  mTimeEps->setObjectName( QStringLiteral( "TimeEps" ) );
  mTimeEps->setRange( 0, 3650 );
  mTimeEps->setDecimals( 1 );
  mTimeEps->setSuffix( tr( " days" ) );
  mTimeEps->setValue( 7 );
  form->addRow( tr( "Within" ), mTimeEps );
  mHull = new QComboBox( mParameters );
  mHull->setObjectName( QStringLiteral( "Hull" ) );
  mHull->addItem( tr( "Convex" ), QStringLiteral( "convex" ) );
  mHull->addItem( tr( "Following the incidents (concave)" ), QStringLiteral( "concave" ) );
  addParameter(
    form, tr( "Outline" ), mHull,
    tr( "Convex is the tightest outline without dents; concave follows the incidents more closely." ) );
  connect( mUseTime, &QCheckBox::toggled, this, &AnalysisDialog::updateEnabled );
}

void AnalysisDialog::buildComparison( QFormLayout *form )
{
  mAgainst = new QComboBox( mParameters );
  mAgainst->setObjectName( QStringLiteral( "Against" ) );
  mAgainst->addItem( tr( "The period before, as long" ), QStringLiteral( "previous" ) );
  mAgainst->addItem( tr( "The same period last year" ), QStringLiteral( "last-year" ) );
  mAgainstExplanation = addParameter( form, tr( "Compare with" ), mAgainst, QString() );
  auto explainAgainst = [this]
  {
    if ( !mSelection.fromUtc || !mSelection.untilUtc )
    {
      setExplanation( mAgainstExplanation,
                      tr( "A comparison needs a period: choose one in the filter panel." ) );
      return;
    }
    const bool lastYear = mAgainst->currentData().toString() == QLatin1String( "last-year" );
    auto before = lastYear ? tryggkarta::samePeriodLastYear( *mSelection.fromUtc, *mSelection.untilUtc )
                           : tryggkarta::previousPeriod( *mSelection.fromUtc, *mSelection.untilUtc );
    if ( !before )
      return;
    tryggkarta::Selection now, then;
    now.fromUtc = mSelection.fromUtc;
    now.untilUtc = mSelection.untilUtc;
    then.fromUtc = before->fromUtc;
    then.untilUtc = before->untilUtc;
    mAgainstExplanation->setText(
      tr( "Compares %1 with %2, with the same filter." )
        .arg( AnalysisText::describeSelection( now, {} ), AnalysisText::describeSelection( then, {} ) ) );
  };
  explainAgainst();
  connect( mAgainst, qOverload<int>( &QComboBox::currentIndexChanged ), this, explainAgainst );
  mAreaKind = new QComboBox( mParameters );
  mAreaKind->setObjectName( QStringLiteral( "AreaKind" ) );
  fillAreaKinds( mAreaKind );
  addParameter(
    form, tr( "Areas" ), mAreaKind,
    tr( "The areas are ranked by their incidents now and coloured by their change; a change beyond "
        "chance is outlined and starred." ) );
  mCellSize = metresBox( QStringLiteral( "CellSize" ), 250 );
  addParameter(
    form, tr( "Cell size" ), mCellSize,
    tr( "The map's squares compared as the areas are, to find changes inside or between areas." ) );
  mAlpha = new QDoubleSpinBox( mParameters );
  mAlpha->setObjectName( QStringLiteral( "Alpha" ) );
  mAlpha->setDecimals( 3 );
  mAlpha->setRange( 0, 1 );
  mAlpha->setSingleStep( 0.01 );
  mAlpha->setValue( 0.05 );
  addParameter(
    form, tr( "Significance level" ), mAlpha,
    tr( "How sure a change must be to be marked: 0.05 marks a change that chance alone gives once in "
        "twenty, corrected for testing many areas and cells. Small counts rarely reach it." ) );
}

void AnalysisDialog::updateEnabled()
{
  const bool running = isRunning();
  mParameters->setEnabled( !running );
  if ( mHotSpotOn )
  {
    const bool areas = mHotSpotOn->currentData().toString() == QLatin1String( "areas" );
    const bool nearest = mNeighbourhood->currentData().toString() == QLatin1String( "nearest" );
    mCellSize->setEnabled( !areas );
    mNeighbourhood->setEnabled( !areas );
    mBand->setEnabled( areas || !nearest );
    mNeighbourCount->setEnabled( !areas && nearest );
    mAreaKind->setEnabled( areas );
    if ( areas && mBand->value() == 300 )
      mBand->setValue( 1 ); // areas that touch
    else if ( !areas && mBand->value() == 1 )
      mBand->setValue( 300 );
  }
  if ( mUseTime )
    mTimeEps->setEnabled( mUseTime->isChecked() );
  if ( mChecklist )
    mChecklist->setEnabled( mSelection.includesObservations() );
}

void AnalysisDialog::updateNameHint()
{
  const bool taken = mExistingNames.contains( mName->text().trimmed() );
  mNameHint->setVisible( taken );
  if ( taken )
    mNameHint->setText(
      mReplace->isChecked()
        ? tr( "The result of this name will be replaced." )
        : tr( "The project has a result of this name: tick Replace or choose another name." ) );
}

QString AnalysisDialog::validate() const
{
  if ( mProjectPath.isEmpty() )
    return tr( "No project is open." );
  if ( mIncidents.empty() && mKind != AnalysisKind::Comparison )
    return mSelection.layer == tryggkarta::SelectionLayer::Incidents
             ? tr( "The filter selects no incidents: choose another period or more categories in the filter "
                   "panel." )
             : tr( "The filter selects nothing of this layer: choose another layer, more checklist items or "
                   "another period in the filter panel." );
  const QString name = mName->text().trimmed();
  if ( name.isEmpty() )
    return tr( "Give the result a name." );
  if ( mExistingNames.contains( name ) && !mReplace->isChecked() )
    return tr( "The project already has a result called %1. Tick Replace or choose another name." )
      .arg( name );
  auto positive = [this]( QDoubleSpinBox *box, const QString &what ) -> QString
  {
    if ( box && box->isEnabled() && !( box->value() > 0 ) )
      return tr( "%1 must be more than 0." ).arg( what );
    return QString();
  };
  const AnalysisRequest run = request();
  switch ( mKind )
  {
  case AnalysisKind::KernelDensity:
  {
    for ( const QString &problem :
          { positive( mRadius, tr( "The radius" ) ), positive( mCellSize, tr( "The cell size" ) ) } )
      if ( !problem.isEmpty() )
        return problem;
    // The grid's size (the core refuses one over its memory limit and says which cell size would fit).
    auto grid = tryggkarta::planKernelDensity( mIncidents,
                                               std::get<tryggkarta::KernelDensitySettings>( run.settings ) );
    if ( !grid )
      return tr( "The heatmap cannot be made with these settings: %1" )
        .arg( CoreMessages::text( grid.error() ) );
    break;
  }
  case AnalysisKind::HotSpots:
  {
    const bool areas = mHotSpotOn->currentData().toString() == QLatin1String( "areas" );
    if ( !areas )
      for ( const QString &problem :
            { positive( mCellSize, tr( "The cell size" ) ), positive( mBand, tr( "The distance" ) ) } )
        if ( !problem.isEmpty() )
          return problem;
    if ( mNeighbourCount->isEnabled() && mNeighbourCount->value() < 1 )
      return tr( "At least one nearest cell is needed." );
    if ( auto problem =
           tryggkarta::checkHotSpots( mIncidents, std::get<tryggkarta::HotSpotSettings>( run.settings ) ) )
      return tr( "Hot spots cannot be found with these settings: %1" )
        .arg( CoreMessages::text( problem->message ) );
    break;
  }
  case AnalysisKind::Clusters:
    if ( QString problem = positive( mEps, tr( "The distance" ) ); !problem.isEmpty() )
      return problem;
    if ( mMinPoints->value() < 1 )
      return tr( "A cluster needs at least 1 incident." );
    if ( mUseTime->isChecked() && !( mTimeEps->value() > 0 ) )
      return tr( "The time window must be more than 0 days." );
    break;
  case AnalysisKind::Comparison:
    if ( !mSelection.fromUtc || !mSelection.untilUtc )
      return tr( "A comparison needs a period: choose one in the filter panel (not all dates)." );
    if ( QString problem = positive( mCellSize, tr( "The cell size" ) ); !problem.isEmpty() )
      return problem;
    if ( !( mAlpha->value() > 0 && mAlpha->value() < 1 ) )
      return tr( "The significance level must lie between 0 and 1, e.g. 0.05." );
    break;
  }
  return QString();
}

AnalysisRequest AnalysisDialog::request() const
{
  AnalysisRequest request;
  request.kind = mKind;
  request.projectPath = mProjectPath;
  request.selection = mSelection;
  request.name = mName->text().trimmed();
  request.replace = mReplace->isChecked();
  switch ( mKind )
  {
  case AnalysisKind::KernelDensity:
  {
    tryggkarta::KernelDensitySettings settings;
    settings.radiusMeters = mRadius->value();
    settings.cellSizeMeters = mCellSize->value();
    settings.kernel = tryggkarta::kernelShapeNamed( mKernel->currentData().toString().toStdString() )
                        .value_or( settings.kernel );
    settings.output = tryggkarta::densityOutputNamed( mOutput->currentData().toString().toStdString() )
                        .value_or( settings.output );
    if ( mMaskLand->isChecked() )
      settings.mask = "land";
    settings.edgeCorrection = mEdgeCorrection->isChecked();
    request.settings = settings;
    break;
  }
  case AnalysisKind::HotSpots:
  {
    tryggkarta::HotSpotSettings settings;
    const QString on = mHotSpotOn->currentData().toString();
    if ( on == QLatin1String( "areas" ) )
    {
      settings.areaKind = mAreaKind->currentData().toString().toStdString();
      settings.distanceBandMeters = mBand->value();
    }
    else
    {
      settings.cellSizeMeters = mCellSize->value();
      settings.hexagons = on == QLatin1String( "hexagons" );
      if ( mNeighbourhood->currentData().toString() == QLatin1String( "nearest" ) )
        settings.neighbourCount = mNeighbourCount->value();
      else
        settings.distanceBandMeters = mBand->value();
    }
    request.settings = settings;
    break;
  }
  case AnalysisKind::Clusters:
  {
    tryggkarta::ClusterSettings settings;
    settings.epsMeters = mEps->value();
    settings.minPoints = mMinPoints->value();
    if ( mUseTime->isChecked() )
      settings.timeEpsDays = mTimeEps->value();
    settings.concaveHull = mHull->currentData().toString() == QLatin1String( "concave" );
    request.settings = settings;
    break;
  }
  case AnalysisKind::Comparison:
  {
    tryggkarta::ComparisonSettings settings;
    settings.againstLastYear = mAgainst->currentData().toString() == QLatin1String( "last-year" );
    settings.areaKind = mAreaKind->currentData().toString().toStdString();
    settings.cellSizeMeters = mCellSize->value();
    settings.alpha = mAlpha->value();
    request.settings = settings;
    break;
  }
  }
  return request;
}

QString AnalysisDialog::openProjectPath() const
{
  return mProjects ? mProjects->path() : QString();
}

bool AnalysisDialog::start()
{
  if ( isRunning() )
    return false;
  // The project's file may have a new name since the dialog opened (Save As): the run writes into the open
  // one.
  if ( !openProjectPath().isEmpty() )
    mProjectPath = openProjectPath();
  const QString problem = validate();
  if ( !problem.isEmpty() )
  {
    showMessage( problem, true );
    return false;
  }
  const AnalysisRequest run = request();
  // The layers of a result about to be replaced read its tables: off the map before the run drops them.
  mHiddenForReplace.clear();
  if ( run.replace && mCanvas && openProjectPath() == mProjectPath &&
       !ResultLayers::layersOf( mProjects->project(), run.name ).isEmpty() )
  {
    ResultLayers::removeFromMap( mProjects->project(), mCanvas, run.name );
    mHiddenForReplace = run.name;
  }
  mOutcome = AnalysisOutcome();
  mTask = new AnalysisTask( run );
  connect( mTask, &QgsTask::progressChanged, this,
           [this]( double progress ) { mProgress->setValue( qRound( progress ) ); } );
  connect( mTask, &AnalysisTask::stageChanged, this,
           [this]( const QString &stage ) { mStage->setText( stage ); } );
  connect( mTask, &AnalysisTask::analysisFinished, this, &AnalysisDialog::onFinished );
  showMessage( QString(), false );
  mStage->setText( tr( "Waiting to start…" ) );
  mProgress->setValue( 0 );
  setRunning( true );
  QgsApplication::taskManager()->addTask( mTask );
  return true;
}

void AnalysisDialog::cancel()
{
  if ( mTask )
  {
    mTask->cancel();
    mStage->setText( tr( "Cancelling…" ) );
  }
}

void AnalysisDialog::cancelAndWait()
{
  if ( !mTask )
    return;
  mTask->cancel();
  // The run notices the cancel between steps (or rolls its one transaction back); its end reaches this
  // dialog through the event loop (onFinished), user input held back meanwhile. A run that ended before the
  // cancel may close this dialog (and delete it) in that loop.
  const QPointer<AnalysisDialog> self( this );
  QElapsedTimer waited;
  waited.start();
  while ( waited.elapsed() < 60000 )
  {
    QCoreApplication::processEvents( QEventLoop::ExcludeUserInputEvents, 20 );
    if ( !self || !mTask )
      return;
    QThread::msleep( 5 );
  }
}

bool AnalysisDialog::isRunning() const
{
  return !mTask.isNull();
}

QString AnalysisDialog::message() const
{
  return mMessage->isVisible() || !mMessage->text().isEmpty() ? mMessage->text() : QString();
}

void AnalysisDialog::showMessage( const QString &text, bool problem )
{
  mMessage->setText( text );
  mMessage->setStyleSheet( problem ? QStringLiteral( "color: #b00020;" )
                                   : QStringLiteral( "color: #1b5e20;" ) );
  mMessage->setVisible( !text.isEmpty() );
}

void AnalysisDialog::setRunning( bool running )
{
  mProgress->setVisible( running );
  mStage->setVisible( running );
  mRunButton->setEnabled( !running );
  mCloseButton->setText( running ? tr( "Cancel" ) : tr( "Close" ) );
  updateEnabled();
  emit runningChanged( running );
}

void AnalysisDialog::reject()
{
  if ( isRunning() )
  {
    cancel();
    return;
  }
  QDialog::reject();
}

void AnalysisDialog::onFinished( const AnalysisOutcome &outcome )
{
  mOutcome = outcome;
  mTask = nullptr; // the task manager deletes it
  setRunning( false );
  const bool sameProject = mCanvas && !mProjectPath.isEmpty() && openProjectPath() == mProjectPath;
  if ( outcome.ok )
  {
    if ( sameProject )
    {
      QString problem;
      if ( ResultLayers::addToMap( mProjects->project(), mCanvas, mProjectPath, outcome.result, &problem )
             .isEmpty() )
        showMessage( tr( "The result was saved, but QGIS cannot show it: %1" ).arg( problem ), true );
    }
    emit resultStored( outcome.result, outcome.summary );
    emit runFinished( outcome );
    if ( !outcome.notes.isEmpty() )
    {
      // The notes matter for reading the result: keep the dialog open with them.
      showMessage(
        tr( "Saved as %1. Note: %2" )
          .arg( QString::fromStdString( outcome.result.name ), outcome.notes.join( QLatin1Char( ' ' ) ) ),
        false );
      mRunButton->setEnabled( false );
      return;
    }
    accept();
    return;
  }
  // Nothing was stored: a result taken off the map to be replaced comes back.
  if ( sameProject && !mHiddenForReplace.isEmpty() )
    if ( auto project = tryggkarta::ProjectFile::open( mProjectPath.toStdString(), true ) )
    {
      tryggkarta::ResultStore store( **project );
      if ( auto old = store.find( mHiddenForReplace.toStdString() ) )
        ResultLayers::addToMap( mProjects->project(), mCanvas, mProjectPath, old.value() );
    }
  mHiddenForReplace.clear();
  if ( outcome.cancelled )
    showMessage( tr( "Cancelled: nothing was saved in the project." ), true );
  else
    showMessage( tr( "The analysis failed and nothing was saved: %1" ).arg( outcome.error ), true );
  emit runFinished( outcome );
}

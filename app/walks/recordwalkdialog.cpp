#include "recordwalkdialog.h"

#include "coremessages.h"
#include "incidentform.h"
#include "recordeditor.h"
#include "screenedtextedit.h"
#include "stockholmtime.h"
#include "walkeditor.h"
#include "walkform.h"

#include "database.h"
#include "projectfile.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace
{
QString text( const std::string &value )
{
  return QString::fromStdString( value );
}

//! The id of "not rated" in a row's rating buttons (the ratings are 0–3; QButtonGroup takes -1 for "any id").
constexpr int kNotRated = 9;

bool sameRecord( const tryggkarta::ObservationRecord &a, const tryggkarta::ObservationRecord &b )
{
  return a.rating == b.rating && a.positive == b.positive && a.note == b.note &&
         a.proposedAction == b.proposedAction && a.responsible == b.responsible &&
         a.actionDeadline == b.actionDeadline && a.lightCondition == b.lightCondition && a.draft == b.draft &&
         a.stopId == b.stopId && a.walkId == b.walkId;
}
} // namespace

RecordWalkDialog::RecordWalkDialog( qint64 walkId, WalkEditor *walks, RecordEditor *records, bool english,
                                    QWidget *parent )
  : QDialog( parent ), mWalkId( walkId ), mWalks( walks ), mRecords( records ), mEnglish( english )
{
  setObjectName( QStringLiteral( "RecordWalkDialog" ) );
  setWindowTitle( tr( "Record the Walk" ) );
  if ( records )
    mVocabulary = records->vocabulary();
  auto *layout = new QVBoxLayout( this );

  mTitle = new QLabel( this );
  mTitle->setObjectName( QStringLiteral( "RecordWalkTitle" ) );
  layout->addWidget( mTitle );

  mPrevious = new QPushButton( tr( "← &Previous" ), this );
  mPrevious->setObjectName( QStringLiteral( "RecordPreviousButton" ) );
  mNext = new QPushButton( tr( "&Next →" ), this );
  mNext->setObjectName( QStringLiteral( "RecordNextButton" ) );
  mStopLabel = new QLabel( this );
  mStopLabel->setObjectName( QStringLiteral( "RecordStopLabel" ) );
  mStopLabel->setAlignment( Qt::AlignCenter );
  QFont bigger = mStopLabel->font();
  bigger.setPointSizeF( bigger.pointSizeF() * 1.2 );
  bigger.setBold( true );
  mStopLabel->setFont( bigger );
  auto *navigation = new QHBoxLayout;
  navigation->addWidget( mPrevious );
  navigation->addWidget( mStopLabel, 1 );
  navigation->addWidget( mNext );
  layout->addLayout( navigation );
  connect( mPrevious, &QPushButton::clicked, this, [this] { showStop( mCurrent - 1 ); } );
  connect( mNext, &QPushButton::clicked, this, [this] { showStop( mCurrent + 1 ); } );

  mStopReason = new QLabel( this );
  mStopReason->setWordWrap( true );
  mStopReason->setStyleSheet( QStringLiteral( "color: #555555;" ) );
  layout->addWidget( mStopReason );

  mLight = new QComboBox( this );
  mLight->setObjectName( QStringLiteral( "RecordLightCombo" ) );
  auto *lightRow = new QHBoxLayout;
  lightRow->addWidget( new QLabel( tr( "Light when recorded:" ), this ) );
  lightRow->addWidget( mLight );
  lightRow->addStretch();
  layout->addLayout( lightRow );

  mScroll = new QScrollArea( this );
  mScroll->setWidgetResizable( true );
  mScroll->setObjectName( QStringLiteral( "RecordItemsArea" ) );
  layout->addWidget( mScroll, 1 );

  mOthers = new QLabel( this );
  mOthers->setWordWrap( true );
  layout->addWidget( mOthers );

  auto *draftsBox = new QGroupBox( tr( "Drafts from photos, to confirm" ), this );
  auto *draftsLayout = new QHBoxLayout( draftsBox );
  mDrafts = new QListWidget( draftsBox );
  mDrafts->setObjectName( QStringLiteral( "RecordDraftsList" ) );
  mDrafts->setMaximumHeight( 80 );
  mConfirmDraft = new QPushButton( tr( "Confirm" ), draftsBox );
  mDeleteDraft = new QPushButton( tr( "Delete" ), draftsBox );
  auto *draftButtons = new QVBoxLayout;
  draftButtons->addWidget( mConfirmDraft );
  draftButtons->addWidget( mDeleteDraft );
  draftButtons->addStretch();
  draftsLayout->addWidget( mDrafts, 1 );
  draftsLayout->addLayout( draftButtons );
  layout->addWidget( draftsBox );
  connect( mConfirmDraft, &QPushButton::clicked, this,
           [this]
           {
             if ( QListWidgetItem *item = mDrafts->currentItem() )
               showProblem( confirmDraft( item->data( Qt::UserRole ).toLongLong() ) );
           } );
  connect( mDeleteDraft, &QPushButton::clicked, this,
           [this]
           {
             if ( QListWidgetItem *item = mDrafts->currentItem() )
               showProblem( deleteDraft( item->data( Qt::UserRole ).toLongLong() ) );
           } );
  connect( mDrafts, &QListWidget::currentRowChanged, this,
           [this]( int row )
           {
             mConfirmDraft->setEnabled( row >= 0 );
             mDeleteDraft->setEnabled( row >= 0 );
           } );

  mError = IncidentForm::createErrorLabel( this );
  layout->addWidget( mError );

  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Close, this );
  buttons->button( QDialogButtonBox::Ok )->setText( tr( "Save and Close" ) );
  mSave = buttons->addButton( tr( "Save the Stop" ), QDialogButtonBox::ApplyRole );
  connect( mSave, &QPushButton::clicked, this, [this] { showProblem( saveCurrentStop() ); } );
  connect( buttons, &QDialogButtonBox::accepted, this, &RecordWalkDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );

  resize( 860, 760 );
  if ( reload() )
    buildStop();
}

RecordWalkDialog::~RecordWalkDialog() = default;

void RecordWalkDialog::showProblem( const QString &message )
{
  mError->setText( message );
  mError->setVisible( !message.isEmpty() );
}

bool RecordWalkDialog::reload()
{
  QString error;
  tryggkarta::ProjectFile *project = mWalks ? mWalks->reader( &error ) : nullptr;
  if ( !project )
  {
    showProblem( error );
    return false;
  }
  auto protocol = tryggkarta::buildProtocol( *project, mWalks->currentWalkId( mWalkId ) );
  if ( !protocol )
  {
    showProblem( CoreMessages::text( protocol.error() ) );
    mProtocol.reset();
    return false;
  }
  mProtocol = std::move( *protocol );
  const tryggkarta::Walk &walk = mProtocol->walk;
  mTitle->setText(
    QStringLiteral( "<b>%1</b> %2" )
      .arg( text( walk.name ).toHtmlEscaped(),
            walk.date.empty() ? QString() : QStringLiteral( "(%1)" ).arg( text( walk.date ) ) ) );
  // Observations are made when the walk was walked.
  mObservedUtc.reset();
  const QDate date = QDate::fromString( text( walk.date ), Qt::ISODate );
  if ( date.isValid() )
  {
    QTime time = QTime::fromString( text( walk.startTime ), QStringLiteral( "HH:mm" ) );
    mObservedUtc = StockholmTime::toUtc( QDateTime( date, time.isValid() ? time : QTime( 12, 0 ), Qt::UTC ) );
  }
  const QString light = mLight->currentData().toString();
  mLight->clear();
  mLight->addItem( tr( "(not set)" ), QString() );
  for ( const char *code : { "daylight", "dusk", "dark" } )
    mLight->addItem( WalkForm::lightLabel( QLatin1String( code ), false, mEnglish ), QLatin1String( code ) );
  const QString walkLight = text( walk.light );
  mLight->setCurrentIndex( std::max( 0, mLight->findData( light.isEmpty() ? walkLight : light ) ) );
  fillDrafts();
  return true;
}

void RecordWalkDialog::fillDrafts()
{
  mDrafts->clear();
  for ( const auto &[fid, line] : drafts() )
  {
    auto *item = new QListWidgetItem( line, mDrafts );
    item->setData( Qt::UserRole, fid );
  }
  mDrafts->parentWidget()->setVisible( mDrafts->count() > 0 );
  mConfirmDraft->setEnabled( false );
  mDeleteDraft->setEnabled( false );
}

QList<QPair<qint64, QString>> RecordWalkDialog::drafts() const
{
  QList<QPair<qint64, QString>> drafts;
  if ( !mProtocol )
    return drafts;
  auto add = [&]( const tryggkarta::StopRating &rating, const QString &where )
  {
    if ( !rating.draft )
      return;
    QString line = where;
    const QString label =
      text( rating.checklistItemLabel.empty() ? rating.checklistItem : rating.checklistItemLabel );
    if ( !label.isEmpty() )
      line += QStringLiteral( ": %1" ).arg( label );
    if ( !rating.note.empty() )
      line += QStringLiteral( " – %1" ).arg( text( rating.note ) );
    if ( !rating.photos.empty() )
      line += tr( " (%n photo(s))", nullptr, static_cast<int>( rating.photos.size() ) );
    drafts << qMakePair( static_cast<qint64>( rating.observationFid ), line );
  };
  for ( const tryggkarta::ProtocolStop &stop : mProtocol->stops )
    for ( const tryggkarta::StopRating &rating : stop.ratings )
      add( rating, tr( "Stop %1" ).arg( stop.stop.number ) );
  for ( const tryggkarta::StopRating &rating : mProtocol->unplaced )
    add( rating, tr( "No stop" ) );
  return drafts;
}

void RecordWalkDialog::buildStop()
{
  mRows.clear();
  auto *items = new QWidget;
  auto *grid = new QVBoxLayout( items );
  grid->setSpacing( 6 );
  if ( !mProtocol || mProtocol->stops.empty() )
  {
    mStopLabel->setText( tr( "The walk has no stops" ) );
    mStopReason->setText( tr( "Plan its stops first (the Stops tab of the walk, or Suggest a Route)." ) );
    grid->addStretch();
    mScroll->setWidget( items );
    mItems = items;
    mOthers->clear();
    updateNavigation();
    return;
  }
  mCurrent = std::clamp( mCurrent, 0, stopCount() - 1 );
  const tryggkarta::ProtocolStop &stop = mProtocol->stops[mCurrent];
  mStopLabel->setText( tr( "Stop %1 of %2: %3" )
                         .arg( stop.stop.number )
                         .arg( stopCount() )
                         .arg( stop.stop.name.empty() ? tr( "(no name)" ) : text( stop.stop.name ) ) );
  mStopReason->setText( text( stop.stop.reason ) );
  mStopReason->setVisible( !stop.stop.reason.empty() );

  // The observations already here: the first of each checklist item is the one edited; the rest are listed.
  QStringList others;
  std::vector<const tryggkarta::StopRating *> existing;
  for ( const tryggkarta::StopRating &rating : stop.ratings )
  {
    if ( rating.draft )
      continue;
    const bool known = std::any_of( mVocabulary.checklistItems.begin(), mVocabulary.checklistItems.end(),
                                    [&rating]( const EditVocabulary::Entry &e )
                                    { return e.code == text( rating.checklistItem ); } );
    const bool first = std::none_of( existing.begin(), existing.end(),
                                     [&rating]( const tryggkarta::StopRating *r )
                                     { return r->checklistItem == rating.checklistItem; } );
    if ( known && first )
      existing.push_back( &rating );
    else
      others << QStringLiteral( "%1%2" ).arg(
        text( rating.checklistItemLabel.empty() ? rating.checklistItem : rating.checklistItemLabel ),
        rating.note.empty() ? QString() : QStringLiteral( ": %1" ).arg( text( rating.note ) ) );
  }
  mOthers->setText(
    others.isEmpty()
      ? QString()
      : tr( "Also recorded here (edit on the map): %1" ).arg( others.join( QStringLiteral( "; " ) ) ) );
  mOthers->setVisible( !others.isEmpty() );

  QStringList organisations = mVocabulary.organisations;
  auto *rowLayout = new QGridLayout;
  rowLayout->setHorizontalSpacing( 8 );
  rowLayout->setVerticalSpacing( 4 );
  rowLayout->setColumnStretch( 1, 3 );
  rowLayout->setColumnStretch( 2, 3 );
  rowLayout->setColumnStretch( 3, 2 );
  grid->addLayout( rowLayout );
  for ( const EditVocabulary::Entry &item : std::as_const( mVocabulary.checklistItems ) )
  {
    Row row;
    row.item = item.code;
    row.label = item.label;
    auto found = std::find_if( existing.begin(), existing.end(),
                               [&item]( const tryggkarta::StopRating *r )
                               { return text( r->checklistItem ) == item.code; } );
    if ( found != existing.end() && mRecords )
    {
      row.observation = ( *found )->observationFid;
      row.hasAction = !( *found )->actions.empty();
      if ( tryggkarta::Database *db = mWalks ? mWalks->connection() : nullptr )
      {
        auto stored = tryggkarta::RecordEdits( *db ).readObservation( *row.observation );
        if ( stored )
          row.stored = *stored;
      }
    }
    else
    {
      row.stored.x = stop.stop.x;
      row.stored.y = stop.stop.y;
      row.stored.walkId = mProtocol->walk.fid;
      row.stored.stopId = stop.stop.fid;
      row.stored.checklistItem = item.code.toStdString();
      row.stored.observedUtc = mObservedUtc;
      row.stored.draft = false;
    }

    // Every item in the same columns of one grid, two lines each and a rule between them.
    QWidget *frame = items;
    const int top = static_cast<int>( mRows.size() ) * 3;
    if ( top > 0 )
    {
      auto *rule = new QFrame( items );
      rule->setFrameShape( QFrame::HLine );
      rule->setFrameShadow( QFrame::Sunken );
      rowLayout->addWidget( rule, top - 1, 0, 1, 4 );
    }
    auto *label = new QLabel( QStringLiteral( "<b>%1</b>" ).arg( item.label.toHtmlEscaped() ), frame );
    label->setObjectName( QStringLiteral( "RecordItem_%1" ).arg( item.code ) );
    rowLayout->addWidget( label, top, 0 );

    // The rating as a segmented control: not rated, 0 (very poor) … 3 (good).
    row.rating = new QButtonGroup( frame );
    row.rating->setExclusive( true );
    auto *ratings = new QHBoxLayout;
    ratings->setSpacing( 0 );
    const QList<QPair<int, QString>> choices = { { kNotRated, tr( "not rated" ) },
                                                 { 0, QStringLiteral( "0" ) },
                                                 { 1, QStringLiteral( "1" ) },
                                                 { 2, QStringLiteral( "2" ) },
                                                 { 3, QStringLiteral( "3" ) } };
    const QStringList tips = { tr( "Not rated" ), tr( "0 – very poor" ), tr( "1 – poor" ), tr( "2 – fair" ),
                               tr( "3 – good" ) };
    for ( int i = 0; i < choices.size(); ++i )
    {
      auto *button = new QToolButton( frame );
      button->setText( choices[i].second );
      button->setToolTip( tips[i] );
      button->setCheckable( true );
      button->setAutoRaise( false );
      button->setToolButtonStyle( Qt::ToolButtonTextOnly );
      // The text whole, never clipped ("ej bedömd"), the digits in buttons of one size.
      button->setMinimumWidth(
        std::max( 30, button->fontMetrics().horizontalAdvance( choices[i].second ) + 18 ) );
      button->setSizePolicy( QSizePolicy::Fixed, QSizePolicy::Fixed );
      row.rating->addButton( button, choices[i].first );
      ratings->addWidget( button );
    }
    ratings->addStretch();
    row.rating->button( row.stored.rating ? *row.stored.rating : kNotRated )->setChecked( true );
    rowLayout->addLayout( ratings, top, 1 );

    row.positive = new QComboBox( frame );
    row.positive->addItem( QStringLiteral( "–" ), QVariant() );
    row.positive->addItem( tr( "A problem" ), false );
    row.positive->addItem( tr( "A good place" ), true );
    row.positive->setCurrentIndex( row.stored.positive ? ( *row.stored.positive ? 2 : 1 ) : 0 );
    rowLayout->addWidget( row.positive, top, 2 );

    row.makeAction = new QPushButton( tr( "Make an Action" ), frame );
    row.makeAction->setToolTip( tr( "Make the proposed action a real action (status proposed) in the action "
                                    "list" ) );
    row.makeAction->setEnabled( row.observation && !row.stored.proposedAction.empty() && !row.hasAction );
    if ( row.hasAction )
      row.makeAction->setText( tr( "Action made" ) );
    rowLayout->addWidget( row.makeAction, top, 3 );
    const QString code = item.code;
    connect( row.makeAction, &QPushButton::clicked, this,
             [this, code] { showProblem( makeAction( code ) ); } );

    const int lines = fontMetrics().lineSpacing() * 2 + 12;
    row.note = new ScreenedTextEdit( frame );
    row.note->setPlaceholderText( tr( "What was seen" ) );
    row.note->setText( text( row.stored.note ) );
    row.note->editor()->setFixedHeight( lines );
    rowLayout->addWidget( row.note, top + 1, 0, 1, 2 );
    row.action = new ScreenedTextEdit( frame );
    row.action->setPlaceholderText( tr( "Proposed action" ) );
    row.action->setText( text( row.stored.proposedAction ) );
    row.action->editor()->setFixedHeight( lines );
    rowLayout->addWidget( row.action, top + 1, 2, 1, 1 );
    row.responsible = new QComboBox( frame );
    row.responsible->setEditable( true );
    row.responsible->setInsertPolicy( QComboBox::NoInsert );
    row.responsible->addItems( organisations );
    row.responsible->setCurrentText( text( row.stored.responsible ) );
    row.responsible->lineEdit()->setPlaceholderText( tr( "Responsible" ) );
    // The deadline of the proposed action, when it has one.
    row.hasDeadline = new QCheckBox( tr( "Deadline" ), frame );
    row.deadline = new QDateEdit( frame );
    row.deadline->setObjectName( QStringLiteral( "RecordDeadline_%1" ).arg( code ) );
    row.deadline->setDisplayFormat( QStringLiteral( "yyyy-MM-dd" ) );
    row.deadline->setCalendarPopup( true );
    row.deadline->setToolTip( tr( "When the proposed action should be done" ) );
    const QDate deadline = QDate::fromString( text( row.stored.actionDeadline ), Qt::ISODate );
    row.hasDeadline->setChecked( deadline.isValid() );
    row.deadline->setDate( deadline.isValid() ? deadline : QDate::currentDate().addMonths( 1 ) );
    row.deadline->setEnabled( deadline.isValid() );
    row.shownDeadline = deadline.isValid() ? deadline.toString( Qt::ISODate ) : QString();
    QDateEdit *deadlineEdit = row.deadline;
    connect( row.hasDeadline, &QCheckBox::toggled, deadlineEdit, &QWidget::setEnabled );
    auto *deadlineRow = new QHBoxLayout();
    deadlineRow->setContentsMargins( 0, 0, 0, 0 );
    deadlineRow->addWidget( row.hasDeadline );
    deadlineRow->addWidget( row.deadline, 1 );
    auto *actionSide = new QVBoxLayout();
    actionSide->setContentsMargins( 0, 0, 0, 0 );
    actionSide->addWidget( row.responsible );
    actionSide->addLayout( deadlineRow );
    actionSide->addStretch( 1 );
    rowLayout->addLayout( actionSide, top + 1, 3 );

    mRows.push_back( row );
  }
  grid->addStretch();
  mScroll->setWidget( items ); // the previous stop's widgets go
  mItems = items;
  updateNavigation();
}

void RecordWalkDialog::updateNavigation()
{
  mPrevious->setEnabled( mCurrent > 0 );
  mNext->setEnabled( mCurrent < stopCount() - 1 );
  mSave->setEnabled( stopCount() > 0 && mRecords && mRecords->canEdit() );
}

const RecordWalkDialog::Row *RecordWalkDialog::rowOf( const QString &item ) const
{
  for ( const Row &row : mRows )
    if ( row.item == item )
      return &row;
  return nullptr;
}

RecordWalkDialog::Row *RecordWalkDialog::rowOf( const QString &item )
{
  for ( Row &row : mRows )
    if ( row.item == item )
      return &row;
  return nullptr;
}

tryggkarta::ObservationRecord RecordWalkDialog::recordOf( const Row &row ) const
{
  tryggkarta::ObservationRecord record = row.stored;
  const int rating = row.rating->checkedId();
  record.rating = rating == kNotRated ? std::nullopt : std::optional<int>( rating );
  const QVariant positive = row.positive->currentData();
  record.positive = positive.isValid() ? std::optional<bool>( positive.toBool() ) : std::nullopt;
  record.note = row.note->text().trimmed().toStdString();
  record.proposedAction = row.action->text().trimmed().toStdString();
  record.responsible = row.responsible->currentText().trimmed().toStdString();
  // A deadline left as it was shown keeps the stored text as it is (whatever its form).
  const QString deadline =
    row.hasDeadline->isChecked() ? row.deadline->date().toString( Qt::ISODate ) : QString();
  if ( deadline != row.shownDeadline )
    record.actionDeadline = deadline.toStdString();
  record.draft = false;
  // A new observation gets the light chosen; one recorded before keeps its own.
  if ( !row.observation )
    record.lightCondition = mLight->currentData().toString().toStdString();
  return record;
}

bool RecordWalkDialog::isEmpty( const tryggkarta::ObservationRecord &record )
{
  return !record.rating && !record.positive && record.note.empty() && record.proposedAction.empty() &&
         record.responsible.empty() && record.actionDeadline.empty();
}

bool RecordWalkDialog::isModified() const
{
  for ( const Row &row : mRows )
  {
    const tryggkarta::ObservationRecord record = recordOf( row );
    if ( row.observation ? !sameRecord( record, row.stored ) : !isEmpty( record ) )
      return true;
  }
  return false;
}

QString RecordWalkDialog::saveCurrentStop()
{
  if ( !mRecords || !mRecords->canEdit() )
    return tr( "The project cannot be edited now." );
  if ( !mProtocol || mProtocol->stops.empty() )
    return QString();
  // What changed: new observations for items rated now, changes to those recorded, and those emptied go.
  struct Change
  {
    const Row *row;
    tryggkarta::ObservationRecord record;
    enum
    {
      Add,
      Update,
      Remove
    } kind;
  };
  std::vector<Change> changes;
  for ( const Row &row : mRows )
  {
    const tryggkarta::ObservationRecord record = recordOf( row );
    if ( row.observation )
    {
      if ( isEmpty( record ) )
        changes.push_back( { &row, record, Change::Remove } );
      else if ( !sameRecord( record, row.stored ) )
        changes.push_back( { &row, record, Change::Update } );
    }
    else if ( !isEmpty( record ) )
      changes.push_back( { &row, record, Change::Add } );
  }
  if ( changes.empty() )
    return QString();

  // One undoable step for the stop; a failure half-way undoes what was written.
  QUndoStack *stack = mRecords->undoStack();
  const tryggkarta::ProtocolStop &stop = mProtocol->stops[mCurrent];
  stack->beginMacro( tr( "Record Stop %1" ).arg( stop.stop.number ) );
  QString problem;
  for ( const Change &change : changes )
  {
    switch ( change.kind )
    {
    case Change::Add:
      problem = mRecords->addObservation( change.record, false );
      break;
    case Change::Update:
      problem = mRecords->updateObservation( *change.row->observation, change.record, false );
      break;
    case Change::Remove:
      problem =
        mRecords->deleteRecords( { { tryggkarta::RecordTable::Observations, *change.row->observation } } );
      break;
    }
    if ( !problem.isEmpty() )
    {
      problem = tr( "%1: %2" ).arg( change.row->label, problem );
      break;
    }
  }
  stack->endMacro();
  if ( !problem.isEmpty() )
    stack->undo();
  // The counts in the walks list follow.
  if ( mWalks )
    mWalks->noteObservationsChanged();
  reload();
  buildStop();
  return problem;
}

bool RecordWalkDialog::showStop( int index )
{
  if ( index < 0 || index >= stopCount() )
    return false;
  const QString problem = saveCurrentStop();
  if ( !problem.isEmpty() )
  {
    showProblem( problem );
    return false;
  }
  showProblem( QString() );
  mCurrent = index;
  buildStop();
  return true;
}

void RecordWalkDialog::accept()
{
  const QString problem = saveCurrentStop();
  if ( !problem.isEmpty() )
  {
    showProblem( problem );
    return;
  }
  QDialog::accept();
}

void RecordWalkDialog::setRating( const QString &item, std::optional<int> rating )
{
  if ( Row *row = rowOf( item ) )
    row->rating->button( rating ? *rating : kNotRated )->setChecked( true );
}

std::optional<int> RecordWalkDialog::rating( const QString &item ) const
{
  const Row *row = rowOf( item );
  if ( !row || row->rating->checkedId() == kNotRated )
    return std::nullopt;
  return row->rating->checkedId();
}

void RecordWalkDialog::setPositive( const QString &item, std::optional<bool> positive )
{
  if ( Row *row = rowOf( item ) )
    row->positive->setCurrentIndex( positive ? ( *positive ? 2 : 1 ) : 0 );
}

void RecordWalkDialog::setNote( const QString &item, const QString &note )
{
  if ( Row *row = rowOf( item ) )
    row->note->setText( note );
}

QString RecordWalkDialog::note( const QString &item ) const
{
  const Row *row = rowOf( item );
  return row ? row->note->text() : QString();
}

void RecordWalkDialog::setProposedAction( const QString &item, const QString &action,
                                          const QString &responsible, const QDate &deadline )
{
  if ( Row *row = rowOf( item ) )
  {
    row->action->setText( action );
    row->responsible->setCurrentText( responsible );
    row->hasDeadline->setChecked( deadline.isValid() );
    if ( deadline.isValid() )
      row->deadline->setDate( deadline );
  }
}

std::optional<qint64> RecordWalkDialog::observationOf( const QString &item ) const
{
  const Row *row = rowOf( item );
  return row ? row->observation : std::nullopt;
}

QString RecordWalkDialog::createAction( WalkEditor *walks, qint64 observationFid, QWidget *parent )
{
  if ( !walks || !walks->connection() )
    return tr( "The project cannot be edited now." );
  auto action =
    tryggkarta::createActionFromObservation( *walks->connection(), observationFid, WalkEditor::actor() );
  if ( !action )
    return CoreMessages::text( action.error() );
  walks->noteActionMade( *action ); // the action list and the map follow
  // Not modal to the event loop: the dialog it came from goes on.
  auto *box =
    new QMessageBox( QMessageBox::Information, tr( "Action Made" ),
                     tr( "Action no. %1 was made from the proposed action (status: proposed). It is "
                         "followed up in the project's action list." )
                       .arg( *action ),
                     QMessageBox::Ok, parent );
  box->setObjectName( QStringLiteral( "ActionMadeBox" ) );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->open();
  return QString();
}

QString RecordWalkDialog::makeAction( const QString &item )
{
  const Row *row = rowOf( item );
  if ( !row )
    return QString();
  // What the form holds now is what becomes the action.
  const QString saved = saveCurrentStop();
  if ( !saved.isEmpty() )
    return saved;
  row = rowOf( item );
  if ( !row || !row->observation )
    return tr( "Write a proposed action for %1 first." ).arg( row ? row->label : item );
  const QString problem = createAction( mWalks, *row->observation, this );
  if ( problem.isEmpty() )
  {
    reload();
    buildStop();
  }
  return problem;
}

QString RecordWalkDialog::confirmDraft( qint64 observationFid )
{
  if ( !mRecords || !mRecords->canEdit() || !mWalks || !mWalks->connection() )
    return tr( "The project cannot be edited now." );
  auto record = tryggkarta::RecordEdits( *mWalks->connection() ).readObservation( observationFid );
  if ( !record )
    return CoreMessages::text( record.error() );
  record->draft = false;
  const QString problem = mRecords->updateObservation( observationFid, *record, false );
  if ( problem.isEmpty() )
  {
    mWalks->noteObservationsChanged();
    reload();
    buildStop();
  }
  return problem;
}

QString RecordWalkDialog::deleteDraft( qint64 observationFid )
{
  if ( !mRecords || !mRecords->canEdit() )
    return tr( "The project cannot be edited now." );
  const QString problem =
    mRecords->deleteRecords( { { tryggkarta::RecordTable::Observations, observationFid } } );
  if ( problem.isEmpty() )
  {
    if ( mWalks )
      mWalks->noteObservationsChanged();
    reload();
    buildStop();
  }
  return problem;
}

#include "promisesdialog.h"

#include "coremessages.h"
#include "database.h"
#include "mapsheet.h"
#include "projectfile.h"
#include "promisepdf.h"
#include "promises.h"
#include "publicmode.h"
#include "walkstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace tryggkarta;

namespace
{
QString q( const std::string &text )
{
  return QString::fromStdString( text );
}
std::string s( const QString &text )
{
  return text.trimmed().toStdString();
}
PromiseWriteOptions appWrite()
{
  PromiseWriteOptions options;
  options.actor = "tryggkarta";
  options.origin = "in the app";
  options.today = qEnvironmentVariable( "TRYGGKARTA_TODAY" ).toStdString();
  return options;
}
} // namespace

PromisesDialog::PromisesDialog( Database &db, const QString &projectPath, int year, QWidget *parent )
  : QDialog( parent ), mDb( db ), mPath( projectPath )
{
  setObjectName( QStringLiteral( "PromisesDialog" ) );
  setWindowTitle( tr( "Citizen promise" ) );
  resize( 820, 640 );
  auto *layout = new QVBoxLayout( this );
  auto *yearRow = new QHBoxLayout;
  mYear = new QSpinBox;
  mYear->setObjectName( QStringLiteral( "PromiseYear" ) );
  mYear->setRange( 2000, 2100 );
  mYear->setValue( year );
  yearRow->addWidget( new QLabel( tr( "Year" ) ) );
  yearRow->addWidget( mYear );
  yearRow->addStretch( 1 );
  layout->addLayout( yearRow );

  mTabs = new QTabWidget;
  layout->addWidget( mTabs, 1 );

  // The promise and its activities.
  auto *promisePage = new QWidget;
  auto *promiseLayout = new QVBoxLayout( promisePage );
  auto *form = new QFormLayout;
  mTitle = new QLineEdit;
  mTitle->setObjectName( QStringLiteral( "PromiseTitle" ) );
  mSigned = new QLineEdit;
  mSigned->setPlaceholderText( QStringLiteral( "YYYY-MM-DD" ) );
  mPoliceRole = new QLineEdit;
  mPoliceRole->setPlaceholderText( tr( "a role, e.g. lokalpolisområdeschef (never a name)" ) );
  mMunicipalityRole = new QLineEdit;
  mMunicipalityRole->setPlaceholderText( tr( "a role, e.g. kommunstyrelsens ordförande (never a name)" ) );
  mSummary = new QPlainTextEdit;
  mSummary->setMaximumHeight( 70 );
  mBasis = new QPlainTextEdit;
  mBasis->setMaximumHeight( 50 );
  form->addRow( tr( "Title" ), mTitle );
  form->addRow( tr( "Signed" ), mSigned );
  form->addRow( tr( "Signed for the police by" ), mPoliceRole );
  form->addRow( tr( "Signed for the municipality by" ), mMunicipalityRole );
  form->addRow( tr( "Summary" ), mSummary );
  form->addRow( tr( "Builds on the lägesbild" ), mBasis );
  promiseLayout->addLayout( form );
  auto *save = new QPushButton( tr( "Save the promise" ) );
  save->setObjectName( QStringLiteral( "SavePromise" ) );
  promiseLayout->addWidget( save, 0, Qt::AlignRight );

  mActivities = new QTableWidget;
  mActivities->setObjectName( QStringLiteral( "PromiseActivities" ) );
  mActivities->setColumnCount( 7 );
  mActivities->setHorizontalHeaderLabels( { tr( "Activity" ), tr( "Kind" ), tr( "Owner" ), tr( "Promised" ),
                                            tr( "Status" ), tr( "Place" ), tr( "Done" ) } );
  mActivities->setSelectionBehavior( QAbstractItemView::SelectRows );
  mActivities->setSelectionMode( QAbstractItemView::SingleSelection );
  mActivities->setEditTriggers( QAbstractItemView::NoEditTriggers );
  mActivities->verticalHeader()->hide();
  mActivities->horizontalHeader()->setSectionResizeMode( 0, QHeaderView::Stretch );
  promiseLayout->addWidget( mActivities, 1 );
  auto *buttons = new QHBoxLayout;
  const auto button = [&]( const QString &text, auto slot )
  {
    auto *b = new QPushButton( text );
    buttons->addWidget( b );
    connect( b, &QPushButton::clicked, this, slot );
    mActivityButtons << b;
    return b;
  };
  button( tr( "Add activity…" ), [this] { editActivity( true ); } );
  button( tr( "Edit…" ), [this] { editActivity( false ); } );
  button( tr( "Status…" ), [this] { pickStatus(); } );
  button( tr( "Link a walk…" ), [this] { pickLink( true ); } );
  button( tr( "Link an action…" ), [this] { pickLink( false ); } );
  button( tr( "Remove" ), [this] { removeActivity(); } );
  buttons->addStretch( 1 );
  promiseLayout->addLayout( buttons );
  mTabs->addTab( promisePage, tr( "Promise and activities" ) );

  // The follow-up.
  auto *followPage = new QWidget;
  auto *followLayout = new QVBoxLayout( followPage );
  mPublic = new QCheckBox( tr( "Public variant (plain Swedish, no internal notes, small counts hidden)" ) );
  mPublic->setObjectName( QStringLiteral( "PromisePublic" ) );
  followLayout->addWidget( mPublic );
  mFollowUp = new QPlainTextEdit;
  mFollowUp->setObjectName( QStringLiteral( "PromiseFollowUp" ) );
  mFollowUp->setReadOnly( true );
  followLayout->addWidget( mFollowUp, 1 );
  auto *printButton = new QPushButton( tr( "Print to PDF…" ) );
  printButton->setObjectName( QStringLiteral( "PrintPromise" ) );
  followLayout->addWidget( printButton, 0, Qt::AlignRight );
  mTabs->addTab( followPage, tr( "Follow-up" ) );

  mError = new QLabel;
  mError->setObjectName( QStringLiteral( "PromiseError" ) );
  mError->setWordWrap( true );
  mError->setStyleSheet( QStringLiteral( "color: #a31d1d;" ) );
  mError->hide();
  layout->addWidget( mError );
  auto *close = new QDialogButtonBox( QDialogButtonBox::Close );
  layout->addWidget( close );
  connect( close, &QDialogButtonBox::rejected, this, &QDialog::reject );

  connect( mYear, qOverload<int>( &QSpinBox::valueChanged ), this, &PromisesDialog::setYear );
  connect( save, &QPushButton::clicked, this,
           [this]
           {
             const QString problem = savePromise();
             if ( !problem.isEmpty() )
               showError( problem );
           } );
  connect( mPublic, &QCheckBox::toggled, this, [this] { refreshFollowUp(); } );
  connect( mTabs, &QTabWidget::currentChanged, this,
           [this]( int index )
           {
             if ( index == 1 )
               refreshFollowUp();
           } );
  connect( printButton, &QPushButton::clicked, this, &PromisesDialog::print );
  setYear( year );
}

void PromisesDialog::setYear( int year )
{
  if ( mYear->value() != year )
  {
    mYear->setValue( year ); // comes back here
    return;
  }
  mPromiseId = 0;
  mTitle->clear();
  mSigned->clear();
  mPoliceRole->clear();
  mMunicipalityRole->clear();
  mSummary->clear();
  mBasis->clear();
  auto promises = PromiseStore( mDb ).list( year );
  if ( !promises )
    showError( CoreMessages::text( promises.error() ) );
  else if ( !promises->empty() )
  {
    const CitizenPromise &p = promises->front();
    mPromiseId = p.fid;
    mTitle->setText( q( p.title ) );
    mSigned->setText( q( p.signedDate ) );
    mPoliceRole->setText( q( p.signedByPolice ) );
    mMunicipalityRole->setText( q( p.signedByMunicipality ) );
    mSummary->setPlainText( q( p.summary ) );
    mBasis->setPlainText( q( p.lagesbildBasis ) );
  }
  loadActivities();
  if ( mTabs->currentIndex() == 1 )
    refreshFollowUp();
}

int PromisesDialog::year() const
{
  return mYear->value();
}

QString PromisesDialog::savePromise()
{
  CitizenPromise p;
  p.fid = mPromiseId;
  p.year = mYear->value();
  p.title = s( mTitle->text() );
  p.signedDate = s( mSigned->text() );
  p.signedByPolice = s( mPoliceRole->text() );
  p.signedByMunicipality = s( mMunicipalityRole->text() );
  p.summary = s( mSummary->toPlainText() );
  p.lagesbildBasis = s( mBasis->toPlainText() );
  PromiseStore store( mDb );
  if ( mPromiseId == 0 )
  {
    auto fid = store.create( p, appWrite() );
    if ( !fid )
      return CoreMessages::text( fid.error() );
    mPromiseId = *fid;
  }
  else if ( const Status updated = store.update( p, appWrite() ); !updated )
    return CoreMessages::text( updated.error() );
  showError( QString() );
  loadActivities();
  return QString();
}

QString PromisesDialog::addActivity( const PromiseActivity &activity )
{
  if ( mPromiseId == 0 )
    return tr( "Save the promise first." );
  PromiseActivity a = activity;
  a.promiseId = mPromiseId;
  auto fid = PromiseStore( mDb ).addActivity( a, appWrite() );
  if ( !fid )
    return CoreMessages::text( fid.error() );
  loadActivities();
  return QString();
}

QList<int64_t> PromisesDialog::activityIds() const
{
  QList<int64_t> ids;
  for ( int r = 0; r < mActivities->rowCount(); ++r )
    ids << mActivities->item( r, 0 )->data( Qt::UserRole ).toLongLong();
  return ids;
}

QString PromisesDialog::link( int64_t activityId, int64_t targetId, bool isWalk )
{
  PromiseStore store( mDb );
  auto linked = isWalk ? store.linkWalk( activityId, targetId, {}, appWrite() )
                       : store.linkAction( activityId, targetId, {}, appWrite() );
  if ( !linked )
    return CoreMessages::text( linked.error() );
  loadActivities();
  return QString();
}

QString PromisesDialog::setStatus( int64_t activityId, const QString &status, const QString &doneDate )
{
  const Status changed =
    PromiseStore( mDb ).setActivityStatus( activityId, s( status ), s( doneDate ), appWrite() );
  if ( !changed )
    return CoreMessages::text( changed.error() );
  loadActivities();
  return QString();
}

QString PromisesDialog::refreshFollowUp()
{
  if ( mPromiseId == 0 )
  {
    mFollowUp->setPlainText( tr( "There is no citizen promise for %1 yet." ).arg( mYear->value() ) );
    return mFollowUp->toPlainText();
  }
  auto project = ProjectFile::open( mPath.toStdString(), true );
  if ( !project )
  {
    mFollowUp->setPlainText( CoreMessages::text( project.error() ) );
    return mFollowUp->toPlainText();
  }
  FollowUpOptions options;
  options.publicMode = mPublic->isChecked();
  options.minCount = publishRules( **project ).minCount;
  options.today = qEnvironmentVariable( "TRYGGKARTA_TODAY" ).toStdString();
  auto followUps = buildPromiseFollowUps( **project, mYear->value(), options );
  if ( !followUps )
    mFollowUp->setPlainText( CoreMessages::text( followUps.error() ) );
  else
    mFollowUp->setPlainText( q( promiseFollowUpText( *followUps, options.publicMode, options.minCount ) ) );
  return mFollowUp->toPlainText();
}

QString PromisesDialog::printTo( const QString &pdfPath )
{
  auto sheet = MapSheet::open( mPath );
  if ( !sheet )
    return CoreMessages::text( sheet.error() );
  FollowUpOptions options;
  options.publicMode = mPublic->isChecked();
  options.minCount = publishRules( ( *sheet )->file() ).minCount;
  options.today = qEnvironmentVariable( "TRYGGKARTA_TODAY" ).toStdString();
  auto followUps = buildPromiseFollowUps( ( *sheet )->file(), mYear->value(), options );
  if ( !followUps )
    return CoreMessages::text( followUps.error() );
  return PromisePdf::write( **sheet, *followUps, options.publicMode, options.minCount, pdfPath );
}

QString PromisesDialog::errorText() const
{
  return mError->text();
}

void PromisesDialog::loadActivities()
{
  mActivities->setRowCount( 0 );
  for ( QPushButton *b : mActivityButtons )
    b->setEnabled( mPromiseId != 0 );
  if ( mPromiseId == 0 )
    return;
  PromiseStore store( mDb );
  auto activities = store.activities( mPromiseId );
  if ( !activities )
  {
    showError( CoreMessages::text( activities.error() ) );
    return;
  }
  for ( const PromiseActivity &a : *activities )
  {
    const int row = mActivities->rowCount();
    mActivities->insertRow( row );
    auto *title = new QTableWidgetItem( q( a.title ) );
    title->setData( Qt::UserRole, QVariant::fromValue<qlonglong>( a.fid ) );
    mActivities->setItem( row, 0, title );
    mActivities->setItem( row, 1, new QTableWidgetItem( q( promiseKindLabelSv( a.kind ) ) ) );
    mActivities->setItem( row, 2, new QTableWidgetItem( q( promiseOwnerLabelSv( a.owner ) ) ) );
    int done = 0;
    if ( auto links = store.links( a.fid ) )
      for ( const PromiseLink &l : *links )
        done +=
          ( l.walkId ? ( l.status == "done" || l.status == "followed_up" ) : l.status == "done" ) ? 1 : 0;
    const QString promised = a.plannedCount ? QString::number( *a.plannedCount ) : QStringLiteral( "1" );
    auto *count = new QTableWidgetItem( tr( "%1 of %2" ).arg( done ).arg( promised ) );
    count->setToolTip( tr( "linked walks and actions done, of the number promised" ) );
    mActivities->setItem( row, 3, count );
    mActivities->setItem( row, 4, new QTableWidgetItem( q( promiseStatusLabelSv( a.status ) ) ) );
    mActivities->setItem( row, 5,
                          new QTableWidgetItem( q( a.placeName.empty() ? a.areaName : a.placeName ) ) );
    mActivities->setItem( row, 6, new QTableWidgetItem( q( a.doneDate ) ) );
  }
}

void PromisesDialog::showError( const QString &text )
{
  mError->setText( text );
  mError->setVisible( !text.isEmpty() );
}

int64_t PromisesDialog::selectedActivity() const
{
  const int row = mActivities->currentRow();
  if ( row < 0 || !mActivities->item( row, 0 ) )
    return 0;
  return mActivities->item( row, 0 )->data( Qt::UserRole ).toLongLong();
}

void PromisesDialog::editActivity( bool isNew )
{
  PromiseActivity activity;
  if ( !isNew )
  {
    const int64_t id = selectedActivity();
    if ( id == 0 )
      return;
    auto loaded = PromiseStore( mDb ).loadActivity( id );
    if ( !loaded )
    {
      showError( CoreMessages::text( loaded.error() ) );
      return;
    }
    activity = *loaded;
  }
  QDialog dialog( this );
  dialog.setWindowTitle( isNew ? tr( "New activity" ) : tr( "Activity" ) );
  auto *form = new QFormLayout( &dialog );
  auto *title = new QLineEdit( q( activity.title ) );
  auto *kind = new QComboBox;
  for ( const std::string &k : promiseActivityKinds() )
    kind->addItem( q( promiseKindLabelSv( k ) ), q( k ) );
  kind->setCurrentIndex( kind->findData( q( activity.kind ) ) );
  auto *owner = new QComboBox;
  for ( const std::string &o : promiseActivityOwners() )
    owner->addItem( q( promiseOwnerLabelSv( o ) ), q( o ) );
  owner->setCurrentIndex( owner->findData( q( activity.owner ) ) );
  auto *count = new QSpinBox;
  count->setRange( 0, 1000 );
  count->setSpecialValueText( tr( "once (not counted)" ) );
  count->setValue( activity.plannedCount.value_or( 0 ) );
  auto *from = new QLineEdit( q( activity.plannedFrom ) );
  auto *until = new QLineEdit( q( activity.plannedUntil ) );
  from->setPlaceholderText( QStringLiteral( "YYYY-MM-DD" ) );
  until->setPlaceholderText( QStringLiteral( "YYYY-MM-DD" ) );
  auto *area = new QComboBox;
  area->addItem( tr( "(no area)" ), QVariant() );
  {
    Statement areas = mDb.prepare( "SELECT fid, name FROM areas ORDER BY name" );
    while ( areas.step() )
      area->addItem( q( areas.text( 1 ) ), QVariant::fromValue<qlonglong>( areas.int64( 0 ) ) );
  }
  if ( activity.areaId )
    area->setCurrentIndex( area->findData( QVariant::fromValue<qlonglong>( *activity.areaId ) ) );
  auto *place = new QLineEdit( q( activity.placeName ) );
  auto *description = new QPlainTextEdit( q( activity.description ) );
  description->setMaximumHeight( 60 );
  auto *note = new QPlainTextEdit( q( activity.note ) );
  note->setMaximumHeight( 50 );
  form->addRow( tr( "Activity" ), title );
  form->addRow( tr( "Kind" ), kind );
  form->addRow( tr( "Owner" ), owner );
  form->addRow( tr( "Times promised" ), count );
  form->addRow( tr( "Planned from" ), from );
  form->addRow( tr( "Planned until" ), until );
  form->addRow( tr( "Area" ), area );
  form->addRow( tr( "Place" ), place );
  form->addRow( tr( "Description (public)" ), description );
  form->addRow( tr( "Note (internal)" ), note );
  auto *error = new QLabel;
  error->setWordWrap( true );
  error->setStyleSheet( QStringLiteral( "color: #a31d1d;" ) );
  form->addRow( error );
  auto *box = new QDialogButtonBox( QDialogButtonBox::Ok | QDialogButtonBox::Cancel );
  form->addRow( box );
  connect( box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject );
  connect( box, &QDialogButtonBox::accepted, &dialog,
           [&]
           {
             PromiseActivity a = activity;
             a.promiseId = mPromiseId;
             a.title = s( title->text() );
             a.kind = s( kind->currentData().toString() );
             a.owner = s( owner->currentData().toString() );
             a.plannedCount = count->value() > 0 ? std::optional<int>( count->value() ) : std::nullopt;
             a.plannedFrom = s( from->text() );
             a.plannedUntil = s( until->text() );
             a.areaId = area->currentData().isValid()
                          ? std::optional<int64_t>( area->currentData().toLongLong() )
                          : std::nullopt;
             a.placeName = s( place->text() );
             a.description = s( description->toPlainText() );
             a.note = s( note->toPlainText() );
             QString problem;
             if ( isNew )
               problem = addActivity( a );
             else if ( const Status updated = PromiseStore( mDb ).updateActivity( a, appWrite() ); !updated )
               problem = CoreMessages::text( updated.error() );
             if ( !problem.isEmpty() )
             {
               error->setText( problem );
               return;
             }
             dialog.accept();
           } );
  if ( dialog.exec() == QDialog::Accepted )
    loadActivities();
}

void PromisesDialog::pickLink( bool isWalk )
{
  const int64_t activity = selectedActivity();
  if ( activity == 0 )
  {
    showError( tr( "Choose an activity first." ) );
    return;
  }
  QStringList items;
  QList<int64_t> ids;
  Statement list = isWalk
                     ? mDb.prepare( "SELECT fid, name, coalesce(walk_date, ''), status FROM safety_walks "
                                    "ORDER BY walk_date DESC, fid DESC" )
                     : mDb.prepare( "SELECT fid, title, coalesce(done_date, deadline, ''), status FROM "
                                    "actions ORDER BY fid DESC" );
  while ( list.step() )
  {
    ids << list.int64( 0 );
    items << QStringLiteral( "%1: %2 (%3, %4)" )
               .arg( list.int64( 0 ) )
               .arg( q( list.text( 1 ) ), q( list.text( 2 ) ), q( list.text( 3 ) ) );
  }
  if ( items.isEmpty() )
  {
    showError( isWalk ? tr( "The project has no safety walks." ) : tr( "The project has no actions." ) );
    return;
  }
  bool ok = false;
  const QString chosen = QInputDialog::getItem( this, isWalk ? tr( "Link a walk" ) : tr( "Link an action" ),
                                                isWalk ? tr( "Safety walk" ) : tr( "Action or intervention" ),
                                                items, 0, false, &ok );
  if ( !ok )
    return;
  const QString problem = link( activity, ids.value( items.indexOf( chosen ) ), isWalk );
  showError( problem );
}

void PromisesDialog::pickStatus()
{
  const int64_t activity = selectedActivity();
  if ( activity == 0 )
  {
    showError( tr( "Choose an activity first." ) );
    return;
  }
  QStringList labels;
  for ( const std::string &status : promiseActivityStatuses() )
    labels << q( promiseStatusLabelSv( status ) );
  bool ok = false;
  const QString chosen =
    QInputDialog::getItem( this, tr( "Status" ), tr( "Status of the activity" ), labels, 0, false, &ok );
  if ( !ok )
    return;
  const std::string status = promiseActivityStatuses()[static_cast<size_t>( labels.indexOf( chosen ) )];
  QString date;
  if ( status == "done" )
  {
    date = QInputDialog::getText( this, tr( "Done" ), tr( "Done on (YYYY-MM-DD)" ), QLineEdit::Normal,
                                  QDate::currentDate().toString( Qt::ISODate ), &ok );
    if ( !ok )
      return;
  }
  showError( setStatus( activity, q( status ), date ) );
}

void PromisesDialog::removeActivity()
{
  const int64_t activity = selectedActivity();
  if ( activity == 0 )
    return;
  const Status removed = PromiseStore( mDb ).removeActivity( activity, appWrite() );
  showError( removed ? QString() : CoreMessages::text( removed.error() ) );
  loadActivities();
}

void PromisesDialog::print()
{
  const QString path = QFileDialog::getSaveFileName(
    this, tr( "Print the follow-up" ),
    tr( "medborgarlofte-%1%2.pdf" ).arg( mYear->value() ).arg( mPublic->isChecked() ? "-publik" : "" ),
    tr( "PDF (*.pdf)" ) );
  if ( path.isEmpty() )
    return;
  showError( printTo( path ) );
}

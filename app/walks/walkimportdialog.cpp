#include "walkimportdialog.h"

#include "coremessages.h"
#include "database.h"
#include "gpximport.h"
#include "photos.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <atomic>

namespace
{
QString fileNameOf( const std::string &path )
{
  return QFileInfo( QString::fromStdString( path ) ).fileName();
}

QString notesText( const std::vector<tryggkarta::Message> &notes )
{
  QStringList texts;
  for ( const tryggkarta::Message &note : notes )
    texts << CoreMessages::text( note );
  return texts.isEmpty() ? QString() : QStringLiteral( " (" ) + texts.join( QStringLiteral( "; " ) ) + ')';
}
} // namespace

QString WalkImportOutcome::summary() const
{
  QStringList parts;
  if ( routeStored )
    parts << QCoreApplication::translate( "WalkImport", "the track is the walk's route" );
  parts << QCoreApplication::translate( "WalkImport", "%n draft observation(s) to confirm", nullptr, placed );
  if ( unplaced )
    parts << QCoreApplication::translate( "WalkImport", "%n photo(s) to place on the map", nullptr,
                                          unplaced );
  if ( newStops )
    parts << QCoreApplication::translate( "WalkImport", "%n new stop(s)", nullptr, newStops );
  if ( refused )
    parts << QCoreApplication::translate( "WalkImport", "%n refused", nullptr, refused );
  if ( duplicates )
    parts << QCoreApplication::translate( "WalkImport", "%n stored before", nullptr, duplicates );
  return parts.join( QStringLiteral( ", " ) );
}

WalkImportOutcome runWalkImport( const QString &projectPath, const WalkImportRequest &request,
                                 const std::function<bool( double )> &progress )
{
  WalkImportOutcome outcome;
  QStringList errors;
  std::atomic<bool> cancelled{ false };
  // The route and the waypoints are quick; the photos (decoded, shrunk to thumbnails) take the bar.
  const double photoShare = request.photos.isEmpty() ? 0.0 : 0.9;
  auto report = [&]( double fraction )
  {
    if ( progress && !progress( fraction ) )
      cancelled = true;
    return !cancelled;
  };
  try
  {
    tryggkarta::Database db( projectPath.toStdString(), tryggkarta::Database::Mode::ReadWrite );
    const std::string actor = qEnvironmentVariable( "USER" ).toStdString();
    if ( !request.trackPath.isEmpty() && request.trackAsRoute )
    {
      tryggkarta::RouteImportOptions options;
      options.walkId = request.walkId;
      options.actor = actor;
      // Each step is one transaction of its own: one that fails is said, and the others still run.
      auto route = tryggkarta::importGpxRoute( db, request.trackPath.toStdString(), options );
      if ( !route )
        errors << CoreMessages::text( route.error() );
      else
      {
        outcome.routeStored = true;
        outcome.lines << QCoreApplication::translate( "WalkImport", "%1: the walk's route, %2 points, %3 km" )
                           .arg( QFileInfo( request.trackPath ).fileName() )
                           .arg( route->points )
                           .arg( QLocale().toString( route->lengthMeters / 1000.0, 'f', 2 ) );
      }
    }
    if ( !report( 0.05 ) )
    {
      outcome.cancelled = true;
      outcome.error = errors.join( QLatin1Char( '\n' ) );
      return outcome;
    }
    if ( !request.trackPath.isEmpty() && request.waypoints )
    {
      tryggkarta::WaypointImportOptions options;
      options.walkId = request.walkId;
      options.actor = actor;
      auto waypoints = tryggkarta::importGpxWaypoints( db, request.trackPath.toStdString(), options );
      if ( !waypoints )
      {
        // A track without waypoints is no failure: there was nothing to take.
        if ( waypoints.error().code == tryggkarta::MessageCode::GpxNoWaypoints )
          outcome.lines << CoreMessages::text( waypoints.error() );
        else
          errors << CoreMessages::text( waypoints.error() );
      }
      else
      {
        for ( const tryggkarta::ImportedWaypoint &w : waypoints->imported )
          outcome.lines << QCoreApplication::translate( "WalkImport",
                                                        "Waypoint %1 %2: draft observation at stop %3%4" )
                             .arg( w.number )
                             .arg( QString::fromStdString( w.name ) )
                             .arg( w.stop.stopNumber )
                             .arg( notesText( w.notes ) );
        for ( const tryggkarta::RejectedWaypoint &w : waypoints->rejected )
          outcome.lines << QCoreApplication::translate( "WalkImport", "Waypoint %1 %2: not imported: %3" )
                             .arg( w.number )
                             .arg( QString::fromStdString( w.name ) )
                             .arg( CoreMessages::text( w.reason ) );
        outcome.placed += static_cast<int>( waypoints->imported.size() );
        outcome.refused += static_cast<int>( waypoints->rejected.size() );
        outcome.newStops += static_cast<int>( waypoints->newStops.size() );
      }
    }
    if ( !report( 0.1 ) )
    {
      outcome.cancelled = true;
      outcome.error = errors.join( QLatin1Char( '\n' ) );
      return outcome;
    }
    if ( !request.photos.isEmpty() )
    {
      std::vector<std::string> files;
      for ( const QString &path : request.photos )
        files.push_back( path.toStdString() );
      tryggkarta::PhotoImportOptions options;
      options.walkId = request.walkId;
      options.trackPath = request.trackPath.toStdString();
      options.clockOffsetSeconds = request.clockOffsetSeconds;
      options.actor = actor;
      auto photos = tryggkarta::importPhotos(
        db, files, options, [&]( double fraction ) { return report( 0.1 + photoShare * fraction ); } );
      if ( !photos )
      {
        if ( cancelled )
          outcome.cancelled = true;
        else
          errors << CoreMessages::text( photos.error() );
        outcome.error = errors.join( QLatin1Char( '\n' ) );
        return outcome;
      }
      for ( const tryggkarta::ImportedPhoto &p : photos->imported )
        outcome.lines << QCoreApplication::translate( "WalkImport",
                                                      "%1: draft observation at stop %2, placed %3%4" )
                           .arg( fileNameOf( p.path ) )
                           .arg( p.stop.stopNumber )
                           .arg( p.placement == tryggkarta::PhotoPlacement::Exif
                                   ? QCoreApplication::translate( "WalkImport", "by its GPS position" )
                                   : QCoreApplication::translate( "WalkImport", "on the track by its time" ) )
                           .arg( notesText( p.notes ) );
      for ( const tryggkarta::UnplacedPhoto &p : photos->unplaced )
        outcome.lines << QCoreApplication::translate(
                           "WalkImport", "%1: stored, to be placed on the map (Place a Photo…): %2" )
                           .arg( fileNameOf( p.path ), CoreMessages::text( p.reason ) );
      for ( const tryggkarta::DuplicatePhoto &p : photos->duplicates )
        outcome.lines << QCoreApplication::translate( "WalkImport",
                                                      "%1: skipped, stored for this walk before as %2" )
                           .arg( fileNameOf( p.path ), QString::fromStdString( p.existingFileName ) );
      for ( const tryggkarta::RefusedPhoto &p : photos->refused )
        outcome.lines << QCoreApplication::translate( "WalkImport", "%1: refused: %2" )
                           .arg( fileNameOf( p.path ), CoreMessages::text( p.reason ) );
      outcome.placed += static_cast<int>( photos->imported.size() );
      outcome.unplaced += static_cast<int>( photos->unplaced.size() );
      outcome.duplicates += static_cast<int>( photos->duplicates.size() );
      outcome.refused += static_cast<int>( photos->refused.size() );
      outcome.newStops += static_cast<int>( photos->newStops.size() );
    }
    report( 1.0 );
  }
  catch ( const std::exception &e )
  {
    errors << QCoreApplication::translate( "WalkImport", "Could not import into %1: %2" )
                .arg( projectPath, QString::fromUtf8( e.what() ) );
  }
  outcome.error = errors.join( QLatin1Char( '\n' ) );
  return outcome;
}

WalkImportDialog::WalkImportDialog( const QString &walkName, QWidget *parent ) : QDialog( parent )
{
  setWindowTitle( QCoreApplication::translate( "WalkImportDialog", "Import Photos and GPS Track" ) );
  setObjectName( QStringLiteral( "WalkImportDialog" ) );
  auto *layout = new QVBoxLayout( this );
  auto *intro = new QLabel(
    QCoreApplication::translate(
      "WalkImportDialog", "Into the walk <b>%1</b>. Photos with a GPS position are placed where they were "
                          "taken, the others on the track by their time; each becomes a draft "
                          "observation at the nearest stop (a new stop when none is near), to confirm "
                          "in Record. Photos that cannot be placed are kept for you to place." )
      .arg( walkName.toHtmlEscaped() ),
    this );
  intro->setWordWrap( true );
  layout->addWidget( intro );

  auto *photosBox = new QGroupBox( QCoreApplication::translate( "WalkImportDialog", "Photos (JPEG)" ), this );
  auto *photosLayout = new QHBoxLayout( photosBox );
  mPhotos = new QListWidget( photosBox );
  mPhotos->setObjectName( QStringLiteral( "WalkImportPhotos" ) );
  mPhotos->setSelectionMode( QAbstractItemView::ExtendedSelection );
  photosLayout->addWidget( mPhotos, 1 );
  auto *photoButtons = new QVBoxLayout();
  auto *addPhotosButton =
    new QPushButton( QCoreApplication::translate( "WalkImportDialog", "Add Photos…" ), photosBox );
  mRemovePhotos = new QPushButton( QCoreApplication::translate( "WalkImportDialog", "Remove" ), photosBox );
  photoButtons->addWidget( addPhotosButton );
  photoButtons->addWidget( mRemovePhotos );
  photoButtons->addStretch( 1 );
  photosLayout->addLayout( photoButtons );
  layout->addWidget( photosBox );
  connect( addPhotosButton, &QPushButton::clicked, this, &WalkImportDialog::browsePhotos );
  connect( mRemovePhotos, &QPushButton::clicked, this,
           [this]
           {
             qDeleteAll( mPhotos->selectedItems() );
             updateState();
           } );
  connect( mPhotos, &QListWidget::itemSelectionChanged, this, &WalkImportDialog::updateState );

  auto *trackBox =
    new QGroupBox( QCoreApplication::translate( "WalkImportDialog", "GPS track (GPX)" ), this );
  auto *trackLayout = new QVBoxLayout( trackBox );
  auto *trackRow = new QHBoxLayout();
  mTrack = new QLineEdit( trackBox );
  mTrack->setObjectName( QStringLiteral( "WalkImportTrack" ) );
  mTrack->setPlaceholderText(
    QCoreApplication::translate( "WalkImportDialog", "None: photos are placed by their GPS position only" ) );
  auto *browseTrackButton =
    new QPushButton( QCoreApplication::translate( "WalkImportDialog", "Browse…" ), trackBox );
  trackRow->addWidget( mTrack, 1 );
  trackRow->addWidget( browseTrackButton );
  trackLayout->addLayout( trackRow );
  mTrackAsRoute =
    new QCheckBox( QCoreApplication::translate( "WalkImportDialog",
                                                "Store the track as the walk's route (replaces the route)" ),
                   trackBox );
  mWaypoints = new QCheckBox(
    QCoreApplication::translate( "WalkImportDialog", "Import its waypoints as draft observations" ),
    trackBox );
  trackLayout->addWidget( mTrackAsRoute );
  trackLayout->addWidget( mWaypoints );
  auto *offsetRow = new QFormLayout();
  mClockOffset = new QSpinBox( trackBox );
  mClockOffset->setObjectName( QStringLiteral( "WalkImportClockOffset" ) );
  // Whole seconds either way; a day covers a camera left on another time zone or summer time.
  mClockOffset->setRange( -86400, 86400 );
  mClockOffset->setSuffix( QCoreApplication::translate( "WalkImportDialog", " s" ) );
  mClockOffset->setToolTip( QCoreApplication::translate(
    "WalkImportDialog", "Seconds to add to the camera's clock to get the true time (the camera ran 90 s "
                        "slow: 90). Used to place photos without a GPS position on the track." ) );
  offsetRow->addRow( QCoreApplication::translate( "WalkImportDialog", "Camera clock correction:" ),
                     mClockOffset );
  trackLayout->addLayout( offsetRow );
  layout->addWidget( trackBox );
  connect( browseTrackButton, &QPushButton::clicked, this, &WalkImportDialog::browseTrack );
  connect( mTrack, &QLineEdit::textChanged, this, &WalkImportDialog::updateState );
  connect( mTrackAsRoute, &QCheckBox::toggled, this, &WalkImportDialog::updateState );
  connect( mWaypoints, &QCheckBox::toggled, this, &WalkImportDialog::updateState );

  mHint = new QLabel( this );
  mHint->setWordWrap( true );
  layout->addWidget( mHint );
  auto *buttons = new QDialogButtonBox( QDialogButtonBox::Cancel, this );
  mImport = buttons->addButton( QCoreApplication::translate( "WalkImportDialog", "Import" ),
                                QDialogButtonBox::AcceptRole );
  mImport->setObjectName( QStringLiteral( "WalkImportButton" ) );
  connect( buttons, &QDialogButtonBox::accepted, this, &QDialog::accept );
  connect( buttons, &QDialogButtonBox::rejected, this, &QDialog::reject );
  layout->addWidget( buttons );
  resize( 620, 520 );
  updateState();
}

WalkImportRequest WalkImportDialog::request() const
{
  WalkImportRequest r;
  for ( int i = 0; i < mPhotos->count(); ++i )
    r.photos << mPhotos->item( i )->data( Qt::UserRole ).toString();
  r.trackPath = mTrack->text().trimmed();
  r.trackAsRoute = !r.trackPath.isEmpty() && mTrackAsRoute->isChecked();
  r.waypoints = !r.trackPath.isEmpty() && mWaypoints->isChecked();
  r.clockOffsetSeconds = mClockOffset->value();
  return r;
}

void WalkImportDialog::addPhotos( const QStringList &paths )
{
  QStringList files;
  for ( const QString &path : paths )
  {
    if ( QFileInfo( path ).isDir() )
    {
      // The folder's photo files (also the kinds a phone saves that are refused with a reason).
      auto inFolder = tryggkarta::photoFilesInFolder( path.toStdString() );
      if ( inFolder )
        for ( const std::string &file : *inFolder )
          files << QString::fromStdString( file );
    }
    else
      files << path;
  }
  for ( const QString &file : files )
  {
    const QString absolute = QFileInfo( file ).absoluteFilePath();
    bool listed = false;
    for ( int i = 0; i < mPhotos->count() && !listed; ++i )
      listed = mPhotos->item( i )->data( Qt::UserRole ).toString() == absolute;
    if ( listed )
      continue;
    auto *item = new QListWidgetItem( QFileInfo( file ).fileName(), mPhotos );
    item->setData( Qt::UserRole, absolute );
    item->setToolTip( absolute );
  }
  updateState();
}

void WalkImportDialog::setTrack( const QString &gpxPath )
{
  mTrack->setText( gpxPath );
}

void WalkImportDialog::browsePhotos()
{
  const QStringList files = QFileDialog::getOpenFileNames(
    this, QCoreApplication::translate( "WalkImportDialog", "Photos from the Walk" ), QString(),
    QCoreApplication::translate( "WalkImportDialog", "Photos (*.jpg *.jpeg *.JPG *.JPEG);;All files (*)" ) );
  addPhotos( files );
}

void WalkImportDialog::browseTrack()
{
  const QString file = QFileDialog::getOpenFileName(
    this, QCoreApplication::translate( "WalkImportDialog", "GPS Track of the Walk" ), QString(),
    QCoreApplication::translate( "WalkImportDialog", "GPX files (*.gpx *.GPX);;All files (*)" ) );
  if ( !file.isEmpty() )
    setTrack( file );
}

void WalkImportDialog::updateState()
{
  const bool track = !mTrack->text().trimmed().isEmpty();
  mTrackAsRoute->setEnabled( track );
  mWaypoints->setEnabled( track );
  mRemovePhotos->setEnabled( !mPhotos->selectedItems().isEmpty() );
  const bool something =
    mPhotos->count() > 0 || ( track && ( mTrackAsRoute->isChecked() || mWaypoints->isChecked() ) );
  mImport->setEnabled( something );
  mHint->setText( something
                    ? QString()
                    : QCoreApplication::translate(
                        "WalkImportDialog", "Add photos, or choose a track and what to take from it." ) );
}

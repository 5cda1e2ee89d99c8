#include "recordeditor.h"

#include <QSet>
#include "coremessages.h"

#include "database.h"
#include "editcommands.h"
#include "edittools.h"
#include "incidentform.h"
#include "multieditform.h"
#include "observationform.h"
#include "stockholmtime.h"

#include <qgscoordinatetransform.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgsmapcanvas.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <QAction>
#include <QDialog>
#include <QMessageBox>
#include <QSettings>
#include <QUndoStack>

#include <map>

using tryggkarta::RecordId;
using tryggkarta::RecordTable;

namespace
{
const QString kLastOrganisationKey = QStringLiteral( "editing/lastOrganisation" );

QString errorText( const tryggkarta::Message &message )
{
  return CoreMessages::text( message );
}
} // namespace

RecordEditor::RecordEditor( QgsMapCanvas *canvas, QWidget *window )
  : QObject( window ), mCanvas( canvas ), mWindow( window )
{
  mUndoStack = new QUndoStack( this );
  showSelectionInBlue();
  mAddIncidentTool = new AddPointTool( canvas );
  mAddObservationTool = new AddPointTool( canvas );
  mSelectTool = new SelectTool( canvas );
  connect( mAddIncidentTool, &AddPointTool::pointChosen, this, &RecordEditor::startIncident );
  connect( mAddObservationTool, &AddPointTool::pointChosen, this, &RecordEditor::startObservation );
  connect( mSelectTool, &SelectTool::moveRequested, this, &RecordEditor::moveSelected );
  connect( mSelectTool, &SelectTool::editRequested, this, &RecordEditor::editSelected );
  connect( mUndoStack, &QUndoStack::indexChanged, this, &RecordEditor::updateActions );
  connect( mUndoStack, &QUndoStack::cleanChanged, this, &RecordEditor::updateActions );
}

RecordEditor::~RecordEditor()
{
  if ( mActiveForm )
    delete mActiveForm;
  // The map tools belong to the window's MapTools, which deletes them while the canvas exists.
}

QgsMapTool *RecordEditor::addIncidentTool() const
{
  return mAddIncidentTool;
}

QgsMapTool *RecordEditor::addObservationTool() const
{
  return mAddObservationTool;
}

void RecordEditor::setActions( const EditActions &actions )
{
  mActions = actions;
  if ( mActions.undo )
    connect( mActions.undo, &QAction::triggered, mUndoStack, &QUndoStack::undo );
  if ( mActions.redo )
    connect( mActions.redo, &QAction::triggered, mUndoStack, &QUndoStack::redo );
  if ( mActions.editSelected )
    connect( mActions.editSelected, &QAction::triggered, this, &RecordEditor::editSelected );
  if ( mActions.deleteSelected )
    connect( mActions.deleteSelected, &QAction::triggered, this, [this] { deleteSelected( true ); } );
  updateActions();
}

void RecordEditor::setProject( tryggkarta::Database *connection, QgsVectorLayer *incidents,
                               QgsVectorLayer *observations, bool englishLabels )
{
  clear();
  mConnection = connection;
  mEnglish = englishLabels;
  mIncidents = incidents;
  mObservations = observations;
  if ( connection && incidents && observations )
  {
    mStore = std::make_unique<tryggkarta::RecordEdits>( *connection );
    mVocabulary = EditVocabulary::read( *connection, englishLabels );
  }
  mSelectTool->setLayers( { incidents, observations } );
  showSelectionInBlue();
  for ( QgsVectorLayer *layer : { incidents, observations } )
    if ( layer )
      connect( layer, &QgsVectorLayer::selectionChanged, this, &RecordEditor::updateActions );
  updateActions();
}

void RecordEditor::reloadVocabulary()
{
  if ( !mConnection )
    return;
  EditVocabulary vocabulary = EditVocabulary::read( *mConnection, mEnglish );
  // A category merged into another is gone: an undo that would bring back a record in it could not be
  // stored, so the edits before the merge can no longer be undone (the merge is in the audit log).
  QSet<QString> codes;
  for ( const EditVocabulary::Category &category : vocabulary.categories )
    codes.insert( category.code );
  for ( const EditVocabulary::Category &category : mVocabulary.categories )
    if ( !codes.contains( category.code ) )
    {
      mUndoStack->clear();
      break;
    }
  mVocabulary = std::move( vocabulary );
}

void RecordEditor::clear()
{
  if ( mActiveForm )
    mActiveForm->reject();
  mUndoStack->clear();
  mStore.reset();
  mConnection = nullptr;
  for ( const QPointer<QgsVectorLayer> &layer : { mIncidents, mObservations } )
    if ( layer )
      disconnect( layer, nullptr, this, nullptr );
  mIncidents = nullptr;
  mObservations = nullptr;
  mSelectTool->setLayers( {} );
  mVocabulary = EditVocabulary();
  updateActions();
}

void RecordEditor::showSelectionInBlue()
{
  // QGIS draws the selection in yellow, which disappears in the heatmap's yellow to red: blue stands out.
  mCanvas->setSelectionColor( QColor( 0, 120, 255 ) );
}

void RecordEditor::setEditingAllowed( bool allowed )
{
  mAllowed = allowed;
  if ( !allowed && mActiveForm )
    mActiveForm->reject();
  updateActions();
}

bool RecordEditor::canEdit() const
{
  return mStore && mAllowed && mIncidents && mObservations;
}

QgsVectorLayer *RecordEditor::layer( RecordTable table ) const
{
  return table == RecordTable::Incidents ? mIncidents.data() : mObservations.data();
}

tryggkarta::EditOptions RecordEditor::options( bool keepPersonalData ) const
{
  tryggkarta::EditOptions options;
  options.keepPersonalData = keepPersonalData;
  options.actor = qEnvironmentVariable( "USER", qEnvironmentVariable( "USERNAME" ) ).toStdString();
  return options;
}

std::vector<RecordId> RecordEditor::selectedRecords() const
{
  std::vector<RecordId> ids;
  for ( RecordTable table : { RecordTable::Incidents, RecordTable::Observations } )
    if ( QgsVectorLayer *l = layer( table ) )
    {
      QList<QgsFeatureId> fids = qgis::setToList( l->selectedFeatureIds() );
      std::sort( fids.begin(), fids.end() );
      for ( QgsFeatureId fid : fids )
        ids.push_back( { table, fid } );
    }
  return ids;
}

void RecordEditor::select( const std::vector<RecordId> &ids )
{
  QgsFeatureIds incidents, observations;
  for ( const RecordId &id : ids )
    ( id.table == RecordTable::Incidents ? incidents : observations ).insert( id.fid );
  if ( mIncidents )
    mIncidents->selectByIds( incidents );
  if ( mObservations )
    mObservations->selectByIds( observations );
}

void RecordEditor::deselect( const std::vector<RecordId> &ids )
{
  QgsFeatureIds incidents, observations;
  for ( const RecordId &id : ids )
    ( id.table == RecordTable::Incidents ? incidents : observations ).insert( id.fid );
  if ( mIncidents && !incidents.isEmpty() )
    mIncidents->deselect( incidents );
  if ( mObservations && !observations.isEmpty() )
    mObservations->deselect( observations );
}

void RecordEditor::afterChange( const std::vector<RecordId> &ids )
{
  std::map<RecordTable, QgsFeatureIds> tables;
  for ( const RecordId &id : ids )
    tables[id.table].insert( id.fid );
  if ( tables.empty() )
    return;
  // The render running now reads the layer through its provider: let it go before the provider reopens.
  mCanvas->cancelJobs();
  for ( const auto &[table, fids] : tables )
  {
    QgsVectorLayer *l = layer( table );
    if ( !l || !l->dataProvider() )
      continue;
    // The edit was written through another connection: the provider drops what it cached (count, extent).
    // QGIS clears a layer's selection when its data reloads; the records edited stay selected.
    const QgsFeatureIds selected = l->selectedFeatureIds();
    l->dataProvider()->reloadData();
    l->updateExtents( true );
    if ( !selected.isEmpty() )
      l->selectByIds( selected );
    l->triggerRepaint();
  }
  for ( const auto &[table, fids] : tables )
    emit recordsChanged( table, fids );
}

void RecordEditor::showProblem( const QString &message )
{
  emit statusMessage( message );
  // Not modal to the event loop: an undo in progress must finish first.
  auto *box = new QMessageBox( QMessageBox::Warning, tr( "Edit" ), message, QMessageBox::Ok, mWindow );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->open();
}

void RecordEditor::showStoreNotes()
{
  if ( !mStore || mStore->warnings().empty() )
    return;
  QStringList notes;
  for ( const tryggkarta::Message &warning : mStore->warnings() )
  {
    const QString text = errorText( warning );
    if ( !notes.contains( text ) )
      notes << text;
  }
  const QString text = notes.join( QLatin1Char( '\n' ) );
  emit statusMessage( text );
  // The change is made (undo takes it back): said in a box that does not wait for an answer, over the map
  // where the record now is selected.
  auto *box = new QMessageBox( QMessageBox::Warning, tr( "Edit" ), text, QMessageBox::Ok, mWindow );
  box->setObjectName( QStringLiteral( "EditNoteBox" ) );
  box->setAttribute( Qt::WA_DeleteOnClose );
  box->open();
}

void RecordEditor::rememberOrganisation( const std::string &organisation )
{
  if ( !organisation.empty() )
    QSettings().setValue( kLastOrganisationKey, QString::fromStdString( organisation ) );
}

void RecordEditor::updateActions()
{
  const bool edit = canEdit();
  const bool selected = edit && ( ( mIncidents && mIncidents->selectedFeatureCount() > 0 ) ||
                                  ( mObservations && mObservations->selectedFeatureCount() > 0 ) );
  if ( mActions.undo )
  {
    mActions.undo->setEnabled( edit && mUndoStack->canUndo() );
    mActions.undo->setText( mUndoStack->canUndo() ? tr( "&Undo %1" ).arg( mUndoStack->undoText() )
                                                  : tr( "&Undo" ) );
  }
  if ( mActions.redo )
  {
    mActions.redo->setEnabled( edit && mUndoStack->canRedo() );
    mActions.redo->setText( mUndoStack->canRedo() ? tr( "&Redo %1" ).arg( mUndoStack->redoText() )
                                                  : tr( "&Redo" ) );
  }
  for ( QAction *action : { mActions.addIncident, mActions.addObservation, mActions.select } )
    if ( action )
      action->setEnabled( edit );
  for ( QAction *action : { mActions.editSelected, mActions.deleteSelected } )
    if ( action )
      action->setEnabled( selected );
  QgsMapTool *current = mCanvas->mapTool();
  const bool ours =
    current && ( current == mAddIncidentTool || current == mAddObservationTool || current == mSelectTool );
  if ( !edit && ours && mFallbackTool )
    mCanvas->setMapTool( mFallbackTool );
}

// --- Forms
// ---------------------------------------------------------------------------------------------------

void RecordEditor::startIncident( const QgsPointXY &mapPoint )
{
  if ( !canEdit() )
    return;
  const QgsPointXY point = mCanvas->mapSettings().mapToLayerCoordinates( mIncidents, mapPoint );
  tryggkarta::IncidentRecord record;
  record.x = point.x();
  record.y = point.y();
  const qint64 now = QDateTime::currentSecsSinceEpoch();
  record.fromUtc = now - now % 60; // the form shows minutes
  record.organisation = QSettings().value( kLastOrganisationKey ).toString().toStdString();
  openIncidentForm( record, std::nullopt );
}

void RecordEditor::startObservation( const QgsPointXY &mapPoint )
{
  if ( !canEdit() )
    return;
  const QgsPointXY point = mCanvas->mapSettings().mapToLayerCoordinates( mObservations, mapPoint );
  tryggkarta::ObservationRecord record;
  record.x = point.x();
  record.y = point.y();
  // Observations are usually entered from the protocol of the latest walk that took place (a planned walk
  // lies ahead).
  const QDate today = StockholmTime::now().date();
  for ( const EditVocabulary::Walk &walk : std::as_const( mVocabulary.walks ) )
    if ( !walk.date.isValid() || walk.date <= today )
    {
      record.walkId = walk.fid;
      break;
    }
  openObservationForm( record, std::nullopt );
}

void RecordEditor::openIncidentForm( const tryggkarta::IncidentRecord &record, std::optional<qint64> fid )
{
  if ( mActiveForm )
    mActiveForm->reject();
  auto *form = new IncidentForm( mVocabulary, mWindow );
  form->setAttribute( Qt::WA_DeleteOnClose );
  form->setRecord( record, !fid );
  form->setSaveHandler(
    [this, form, fid]
    {
      const tryggkarta::IncidentRecord edited = form->record();
      return fid ? updateIncident( *fid, edited, form->keepPersonalData() )
                 : addIncident( edited, form->keepPersonalData() );
    } );
  trackForm( form );
}

void RecordEditor::openObservationForm( const tryggkarta::ObservationRecord &record,
                                        std::optional<qint64> fid )
{
  if ( mActiveForm )
    mActiveForm->reject();
  auto *form = new ObservationForm( mVocabulary, mWindow );
  form->setAttribute( Qt::WA_DeleteOnClose );
  form->setRecord( record, !fid );
  form->setSaveHandler(
    [this, form, fid]
    {
      const tryggkarta::ObservationRecord edited = form->record();
      return fid ? updateObservation( *fid, edited, form->keepPersonalData() )
                 : addObservation( edited, form->keepPersonalData() );
    } );
  trackForm( form );
}

void RecordEditor::trackForm( QDialog *form )
{
  mActiveForm = form;
  // The form is deleted later; it stops being the active one as soon as it closes.
  connect( form, &QDialog::finished, this,
           [this, form]
           {
             if ( mActiveForm == form )
               mActiveForm = nullptr;
           } );
  form->open();
}

void RecordEditor::editSelected()
{
  if ( !canEdit() )
    return;
  const std::vector<RecordId> ids = selectedRecords();
  if ( ids.empty() )
  {
    emit statusMessage( tr( "Select an incident or observation to edit it." ) );
    return;
  }
  if ( ids.size() == 1 )
  {
    const RecordId id = ids.front();
    if ( id.table == RecordTable::Incidents )
    {
      auto record = mStore->readIncident( id.fid );
      if ( !record )
        return showProblem( errorText( record.error() ) );
      openIncidentForm( *record, id.fid );
    }
    else
    {
      auto record = mStore->readObservation( id.fid );
      if ( !record )
        return showProblem( errorText( record.error() ) );
      openObservationForm( *record, id.fid );
    }
    return;
  }
  std::vector<int64_t> incidents;
  for ( const RecordId &id : ids )
    if ( id.table == RecordTable::Incidents )
      incidents.push_back( id.fid );
  if ( incidents.empty() )
  {
    emit statusMessage( tr( "Observations are edited one at a time: select one." ) );
    return;
  }
  if ( mActiveForm )
    mActiveForm->reject();
  auto *form = new MultiEditForm( mVocabulary, static_cast<int>( incidents.size() ),
                                  static_cast<int>( ids.size() - incidents.size() ), mWindow );
  form->setAttribute( Qt::WA_DeleteOnClose );
  form->setSaveHandler( [this, form, incidents] { return updateIncidents( incidents, form->changes() ); } );
  trackForm( form );
}

void RecordEditor::deleteSelected( bool confirm )
{
  if ( !canEdit() )
    return;
  const std::vector<RecordId> ids = selectedRecords();
  if ( ids.empty() )
    return;
  if ( confirm && ids.size() > 1 )
  {
    const auto answer =
      QMessageBox::question( mWindow, tr( "Delete" ),
                             tr( "Delete the %n selected record(s)? Undo (Ctrl+Z) brings them back.", nullptr,
                                 static_cast<int>( ids.size() ) ),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel );
    if ( answer != QMessageBox::Yes )
      return;
  }
  const QString problem = deleteRecords( ids );
  if ( !problem.isEmpty() )
    showProblem( problem );
}

void RecordEditor::moveSelected( double dx, double dy )
{
  if ( !canEdit() || ( dx == 0 && dy == 0 ) )
    return;
  std::vector<tryggkarta::PointMove> moves;
  for ( RecordTable table : { RecordTable::Incidents, RecordTable::Observations } )
  {
    QgsVectorLayer *l = layer( table );
    if ( !l || l->selectedFeatureCount() == 0 )
      continue;
    QgsFeatureIterator it = l->getSelectedFeatures( QgsFeatureRequest().setNoAttributes() );
    QgsFeature feature;
    while ( it.nextFeature( feature ) )
    {
      if ( !feature.hasGeometry() )
        continue;
      // The offset is in map units; the layer may store another CRS.
      const QgsPointXY onMap =
        mCanvas->mapSettings().layerToMapCoordinates( l, feature.geometry().asPoint() );
      const QgsPointXY moved =
        mCanvas->mapSettings().mapToLayerCoordinates( l, QgsPointXY( onMap.x() + dx, onMap.y() + dy ) );
      moves.push_back( { { table, feature.id() }, moved.x(), moved.y() } );
    }
  }
  if ( moves.empty() )
    return;
  const QString problem = moveRecords( moves );
  if ( !problem.isEmpty() )
    showProblem( problem );
}

// --- Undoable steps
// ------------------------------------------------------------------------------------------

QString RecordEditor::addIncident( const tryggkarta::IncidentRecord &record, bool keepPersonalData )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto fid = mStore->insertIncident( record, options( keepPersonalData ) );
  if ( !fid )
    return errorText( fid.error() );
  const RecordId id{ RecordTable::Incidents, *fid };
  auto added = mStore->snapshots( { id } );
  if ( added )
    mUndoStack->push( new AddRecordCommand( this, added->front(), tr( "Add Incident" ) ) );
  rememberOrganisation( record.organisation );
  mVocabulary = EditVocabulary::read( *mConnection, mEnglish );
  afterChange( { id } );
  select( { id } );
  emit recordAdded( id );
  return QString();
}

QString RecordEditor::addObservation( const tryggkarta::ObservationRecord &record, bool keepPersonalData )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto fid = mStore->insertObservation( record, options( keepPersonalData ) );
  if ( !fid )
    return errorText( fid.error() );
  const RecordId id{ RecordTable::Observations, *fid };
  auto added = mStore->snapshots( { id } );
  if ( added )
    mUndoStack->push( new AddRecordCommand( this, added->front(), tr( "Add Observation" ) ) );
  afterChange( { id } );
  select( { id } );
  emit recordAdded( id );
  showStoreNotes();
  return QString();
}

QString RecordEditor::updateIncident( qint64 fid, const tryggkarta::IncidentRecord &record,
                                      bool keepPersonalData )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  const std::vector<RecordId> ids{ { RecordTable::Incidents, fid } };
  auto before = mStore->snapshots( ids );
  if ( !before )
    return errorText( before.error() );
  auto saved = mStore->updateIncident( fid, record, options( keepPersonalData ) );
  if ( !saved )
    return errorText( saved.error() );
  auto after = mStore->snapshots( ids );
  if ( after )
    mUndoStack->push( new ChangeRecordsCommand( this, *before, *after, tr( "Edit Incident" ) ) );
  rememberOrganisation( record.organisation );
  mVocabulary = EditVocabulary::read( *mConnection, mEnglish );
  afterChange( ids );
  return QString();
}

QString RecordEditor::updateObservation( qint64 fid, const tryggkarta::ObservationRecord &record,
                                         bool keepPersonalData )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  const std::vector<RecordId> ids{ { RecordTable::Observations, fid } };
  auto before = mStore->snapshots( ids );
  if ( !before )
    return errorText( before.error() );
  auto saved = mStore->updateObservation( fid, record, options( keepPersonalData ) );
  if ( !saved )
    return errorText( saved.error() );
  auto after = mStore->snapshots( ids );
  if ( after )
    mUndoStack->push( new ChangeRecordsCommand( this, *before, *after, tr( "Edit Observation" ) ) );
  afterChange( ids );
  showStoreNotes();
  return QString();
}

QString RecordEditor::updateIncidents( const std::vector<int64_t> &fids,
                                       const tryggkarta::IncidentChanges &changes )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  std::vector<RecordId> ids;
  for ( int64_t fid : fids )
    ids.push_back( { RecordTable::Incidents, fid } );
  auto before = mStore->snapshots( ids );
  if ( !before )
    return errorText( before.error() );
  auto saved = mStore->updateIncidents( fids, changes, options() );
  if ( !saved )
    return errorText( saved.error() );
  auto after = mStore->snapshots( ids );
  if ( after )
    mUndoStack->push( new ChangeRecordsCommand(
      this, *before, *after, tr( "Change %n Incident(s)", nullptr, static_cast<int>( fids.size() ) ) ) );
  if ( changes.organisation )
    rememberOrganisation( *changes.organisation );
  mVocabulary = EditVocabulary::read( *mConnection, mEnglish );
  afterChange( ids );
  return QString();
}

QString RecordEditor::moveRecords( const std::vector<tryggkarta::PointMove> &moves )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  std::vector<RecordId> ids;
  for ( const tryggkarta::PointMove &move : moves )
    ids.push_back( move.id );
  auto before = mStore->snapshots( ids );
  if ( !before )
    return errorText( before.error() );
  auto moved = mStore->move( moves, options() );
  if ( !moved )
    return errorText( moved.error() );
  auto after = mStore->snapshots( ids );
  if ( after )
    mUndoStack->push( new ChangeRecordsCommand(
      this, *before, *after, tr( "Move %n Record(s)", nullptr, static_cast<int>( ids.size() ) ) ) );
  afterChange( ids );
  showStoreNotes();
  return QString();
}

QString RecordEditor::deleteRecords( const std::vector<RecordId> &ids )
{
  if ( !canEdit() )
    return tr( "The project cannot be edited now." );
  auto removed = mStore->remove( ids, options() );
  if ( !removed )
    return errorText( removed.error() );
  mUndoStack->push( new DeleteRecordsCommand(
    this, *removed, tr( "Delete %n Record(s)", nullptr, static_cast<int>( ids.size() ) ) ) );
  deselect( ids );
  afterChange( ids );
  emit statusMessage(
    tr( "%n record(s) deleted. Undo (Ctrl+Z) brings them back.", nullptr, static_cast<int>( ids.size() ) ) );
  return QString();
}

// --- Undo and redo
// -------------------------------------------------------------------------------------------

bool RecordEditor::removeRecords( const std::vector<RecordId> &ids )
{
  if ( !mStore )
    return false;
  auto removed = mStore->remove( ids, options() );
  if ( !removed )
  {
    showProblem( tr( "This step cannot be undone or redone: %1" ).arg( errorText( removed.error() ) ) );
    return false;
  }
  deselect( ids );
  afterChange( ids );
  return true;
}

bool RecordEditor::restoreRecords( const std::vector<tryggkarta::RecordSnapshot> &snapshots )
{
  if ( !mStore )
    return false;
  auto restored = mStore->restore( snapshots, options() );
  if ( !restored )
  {
    showProblem( tr( "This step cannot be undone or redone: %1" ).arg( errorText( restored.error() ) ) );
    return false;
  }
  std::vector<RecordId> ids;
  for ( const tryggkarta::RecordSnapshot &snapshot : snapshots )
    ids.push_back( snapshot.id );
  afterChange( ids );
  select( ids );
  return true;
}

bool RecordEditor::replaceRecords( const std::vector<tryggkarta::RecordSnapshot> &snapshots )
{
  if ( !mStore )
    return false;
  auto replaced = mStore->replace( snapshots, options() );
  if ( !replaced )
  {
    showProblem( tr( "This step cannot be undone or redone: %1" ).arg( errorText( replaced.error() ) ) );
    return false;
  }
  std::vector<RecordId> ids;
  for ( const tryggkarta::RecordSnapshot &snapshot : snapshots )
    ids.push_back( snapshot.id );
  afterChange( ids );
  return true;
}

#include "vocabularycontroller.h"

#include "filtercontroller.h"
#include "mapcontroller.h"
#include "projectcontroller.h"
#include "vocabularydialog.h"

#include <QAction>

VocabularyController::VocabularyController( ProjectController *projects, MapController *map,
                                            FilterController *filter, QWidget *window )
  : QObject( window ), mProjects( projects ), mMap( map ), mFilter( filter ), mWindow( window )
{
  mAction = new QAction( tr( "Categories and &Crosswalks…" ), this );
  mAction->setObjectName( QStringLiteral( "VocabularyAction" ) );
  mAction->setToolTip( tr( "Add, rename, recolour, hide and merge categories; edit the crosswalks that read "
                           "other sources' values as the project's categories" ) );
  connect( mAction, &QAction::triggered, this, &VocabularyController::showDialog );
  connect( projects, &ProjectController::ready, this, &VocabularyController::updateActions );
  connect( projects, &ProjectController::closing, this,
           [this]
           {
             if ( mDialog )
               mDialog->close();
           } );
  connect( projects, &ProjectController::closed, this, &VocabularyController::updateActions );
  updateActions();
}

VocabularyDialog *VocabularyController::dialog() const
{
  return mDialog;
}

void VocabularyController::updateActions()
{
  mAction->setEnabled( mProjects->isOpen() && mProjects->connection() );
}

VocabularyDialog *VocabularyController::openDialog()
{
  if ( mDialog )
  {
    mDialog->raise();
    mDialog->activateWindow();
    return mDialog;
  }
  if ( !mProjects->isOpen() || !mProjects->connection() )
  {
    emit message( tr( "The categories can be changed only in a project open for writing." ), 10000 );
    return nullptr;
  }
  auto *dialog = new VocabularyDialog( *mProjects->connection(), mProjects->isEnglish(), mWindow );
  dialog->setAttribute( Qt::WA_DeleteOnClose );
  connect( dialog, &VocabularyDialog::changed, this, &VocabularyController::vocabularyChanged );
  mDialog = dialog;
  dialog->open();
  return dialog;
}

void VocabularyController::vocabularyChanged( bool incidentsMoved )
{
  mProjects->reloadVocabulary();
  if ( incidentsMoved )
  {
    mMap->reloadLayers();
    mFilter->refreshIncidents();
  }
}

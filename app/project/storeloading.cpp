#include "storeloading.h"

#include "coremessages.h"
#include "projectfile.h"
#include "storecache.h"
#include "workerprogress.h"

#include <QCoreApplication>

#include <exception>
#include <string>

StoreLoad loadStoreShowingProgress( const QString &path, QWidget *parent,
                                    const std::function<bool( double )> &observer )
{
  StoreLoad result;
  std::optional<tryggkarta::Expected<tryggkarta::IncidentStore>> loaded;
  bool observerCancelled = false;
  WorkerProgressOptions options;
  options.title = QCoreApplication::translate( "StoreLoading", "Open Project" );
  options.label = QCoreApplication::translate( "StoreLoading", "Reading the incidents…" );
  const bool cancelled = runShowingProgress(
    parent, options,
    [&]( const std::function<bool( double )> &progress )
    {
      try
      {
        auto project = tryggkarta::ProjectFile::open( path.toStdString(), true );
        if ( !project )
          loaded.emplace( tryggkarta::Error{ project.error() } );
        else
          loaded.emplace( tryggkarta::loadIncidentStore( project.value()->db(),
                                                         [&]( double fraction )
                                                         {
                                                           if ( observer && !observer( fraction ) )
                                                             observerCancelled = true;
                                                           return progress( fraction ) && !observerCancelled;
                                                         } ) );
      }
      catch ( const std::exception &e )
      {
        // Out of memory, say: told, not a crash.
        loaded.emplace(
          tryggkarta::Error( tryggkarta::MessageCode::StoreReadFailed, std::string( e.what() ) ) );
      }
    } );
  // A Cancel pressed after the last row was read (while the store was cached) still cancels.
  if ( cancelled || observerCancelled )
    result.cancelled = true;
  else if ( loaded && loaded->ok() )
    result.store = std::move( loaded->value() );
  else if ( loaded && loaded->error().code == tryggkarta::MessageCode::Cancelled )
    result.cancelled = true;
  else if ( loaded )
    result.error = CoreMessages::text( loaded->error() );
  return result;
}

#include "storeloading.h"

#include "coremessages.h"
#include "projectfile.h"
#include "storecache.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProgressDialog>

#include <atomic>
#include <exception>
#include <string>
#include <thread>

StoreLoad loadStoreShowingProgress( const QString &path, QWidget *parent,
                                    const std::function<bool( double )> &observer )
{
  StoreLoad result;
  std::atomic<int> permille{ 0 };
  std::atomic<bool> cancel{ false }, done{ false };
  std::optional<tryggkarta::Expected<tryggkarta::IncidentStore>> loaded;
  std::thread worker(
    [&]
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
                                                           permille = static_cast<int>( fraction * 1000 );
                                                           if ( observer && !observer( fraction ) )
                                                             cancel = true;
                                                           return !cancel;
                                                         } ) );
      }
      catch ( const std::exception &e )
      {
        // Out of memory, say: told, not a crash.
        loaded.emplace(
          tryggkarta::Error( tryggkarta::MessageCode::StoreReadFailed, std::string( e.what() ) ) );
      }
      done = true;
    } );

  // The window stays live; once the dialog shows (after a moment), it is modal and takes the input.
  QProgressDialog dialog( QCoreApplication::translate( "StoreLoading", "Reading the incidents…" ),
                          QCoreApplication::translate( "StoreLoading", "Cancel" ), 0, 1000, parent );
  dialog.setWindowTitle( QCoreApplication::translate( "StoreLoading", "Open Project" ) );
  dialog.setWindowModality( Qt::ApplicationModal );
  dialog.setMinimumDuration( 500 );
  dialog.setAutoClose( false );
  dialog.setAutoReset( false );
  dialog.setValue( 0 );
  while ( !done )
  {
    dialog.setValue( permille );
    QCoreApplication::processEvents(
      dialog.isVisible() ? QEventLoop::AllEvents : QEventLoop::ExcludeUserInputEvents, 20 );
    if ( dialog.wasCanceled() )
      cancel = true;
    if ( !done )
      std::this_thread::sleep_for( std::chrono::milliseconds( 5 ) );
  }
  worker.join();
  // A Cancel pressed after the last row was read (while the store was cached) still cancels.
  if ( cancel )
    result.cancelled = true;
  else if ( loaded && loaded->ok() )
    result.store = std::move( loaded->value() );
  else if ( loaded && loaded->error().code == tryggkarta::MessageCode::Cancelled )
    result.cancelled = true;
  else if ( loaded )
    result.error = CoreMessages::text( loaded->error() );
  return result;
}

#include "workerprogress.h"

#include <QCoreApplication>
#include <QProgressDialog>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <thread>

bool runShowingProgress( QWidget *parent, const WorkerProgressOptions &options,
                         const std::function<void( const std::function<bool( double )> &progress )> &work )
{
  std::atomic<int> permille{ 0 };
  std::atomic<bool> cancel{ false }, done{ false };
  std::thread worker(
    [&]
    {
      work(
        [&]( double fraction )
        {
          permille = static_cast<int>( std::clamp( fraction, 0.0, 1.0 ) * 1000 );
          return !cancel;
        } );
      done = true;
    } );

  QProgressDialog dialog( options.label, QCoreApplication::translate( "WorkerProgress", "Cancel" ), 0, 1000,
                          parent );
  dialog.setWindowTitle( options.title );
  dialog.setWindowModality( Qt::ApplicationModal );
  dialog.setMinimumDuration( options.showAfterMilliseconds );
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
  return cancel;
}

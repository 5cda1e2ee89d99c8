#pragma once
// Progress and cancellation for long core work: the caller (the app's task, a test) is told how far the work
// has come and can ask it to stop. The core stays free of Qt: a plain function.

#include "message.h"

#include <functional>

namespace tryggkarta
{

/**
 * Called now and then with how far the work has come (0 … 1); returns false to ask it to stop. Work that
 * stops fails with the message general.cancelled (MessageCode::Cancelled) and leaves nothing behind. May be
 * called from the work's thread only (never from helper threads), and may be empty.
 */
using ProgressCallback = std::function<bool( double fraction )>;

//! Reports progress; true to go on (also when there is no callback).
inline bool reportProgress( const ProgressCallback &progress, double fraction )
{
  return !progress || progress( fraction );
}

//! A callback for a part of the work that maps its 0 … 1 onto from … to of the whole.
inline ProgressCallback progressRange( const ProgressCallback &progress, double from, double to )
{
  if ( !progress )
    return {};
  return [progress, from, to]( double fraction ) { return progress( from + ( to - from ) * fraction ); };
}

//! Whether an error message says the work was cancelled.
inline bool isCancelled( const Message &message )
{
  return message.code == MessageCode::Cancelled;
}

} // namespace tryggkarta
